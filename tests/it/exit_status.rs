//! Exit statuses: 2 for every usage error (clap's own, the library's
//! `Error::Usage`, malformed SPARQL), 1 for other failures, 0 for success; and
//! the error's causes are printed after it.

use crate::support::*;

fn status(db: &std::path::Path, args: &[&str]) -> (Option<i32>, String) {
    let out = run(db, args);
    (out.status.code(), stderr(&out))
}

#[test]
fn usage_errors_exit_with_2_and_other_failures_with_1() {
    let s = Scratch::new();
    let db = s.db();
    let fixtures = fixtures();
    ok(&db, &["ingest", p(&fixtures)]);
    let usage: &[&[&str]] = &[
        &["ingest"],                                                   // clap: a required argument is missing
        &["export", "--format", "nosuch"],                             // clap: an unknown value
        &["stats", "--no-such-flag"],                                  // clap: an unknown option
        &["export", "--format", "csv"],                                // the library: csv needs -o
        &["export", "--format", "turtle", "--focus", "X"],             // the library: a view option for RDF
        &["export", "--format", "nquads", "--csv-style", "semicolon"], // the library: csv style elsewhere
        &["query", "--format", "csv", "CONSTRUCT WHERE { ?s ?p ?o }"], // the library: RDF as a table
        &["ingest", "--include", "[", p(&fixtures)],                   // the library: a malformed glob
        &["query", "SELECT WHERE"],                                    // malformed SPARQL
    ];
    for args in usage {
        let (code, err) = status(&db, args);
        assert_eq!(code, Some(2), "{args:?}: {err}");
    }
    let (code, err) = status(&s.path("no-store"), &["stats"]);
    assert_eq!(code, Some(1), "a missing store is a failure, not a usage error: {err}");
    let (code, err) = status(&db, &["export", "--format", "dot", "--focus", "Nobody Atall"]);
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(status(&db, &["stats"]).0, Some(0));
}

#[test]
fn the_cause_of_an_error_is_printed_after_it() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&fixtures())]);
    let (code, err) = status(&db, &["query", "SELECT ?x WHERE { ?x ?y }"]);
    assert_eq!(code, Some(2));
    // newsgraph's message, then where the parser stopped and what it found there.
    let line = err.lines().next().unwrap();
    let cause = line.strip_prefix("error: malformed SPARQL query ").unwrap_or_else(|| panic!("{err}"));
    assert!(cause.starts_with("at line 1, column 26: the query stops before it is complete"), "{err}");
}
