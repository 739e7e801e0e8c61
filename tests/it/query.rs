//! SPARQL through the CLI: every results format parsed back by an independent parser.

use std::path::PathBuf;

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsParser, SliceQueryResultsParserOutput};

use crate::support::*;

const PEOPLE: &str = "SELECT ?name WHERE { ?p a ng:Person ; rdfs:label ?name } ORDER BY ?name";

fn store() -> (Scratch, PathBuf) {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&fixtures())]);
    (s, db)
}

/// The `name` column of a CSV results document (sparesults does not read CSV back).
fn csv_names(data: &str) -> Vec<String> {
    let mut reader = csv::Reader::from_reader(data.as_bytes());
    assert_eq!(reader.headers().unwrap(), vec!["name"]);
    reader.records().map(|r| r.unwrap()[0].to_string()).collect()
}

/// The `name` column of a results document, parsed with sparesults.
fn names(format: QueryResultsFormat, data: &str) -> Vec<String> {
    match QueryResultsParser::from_format(format).for_slice(data.as_bytes()).expect("results parse") {
        SliceQueryResultsParserOutput::Solutions(rows) => rows
            .map(|row| row.expect("row").get("name").expect("name bound").to_string())
            .map(|t| t.trim_matches('"').to_string())
            .collect(),
        SliceQueryResultsParserOutput::Boolean(_) => panic!("expected solutions"),
    }
}

#[test]
fn select_round_trips_through_every_results_format() {
    let (_s, db) = store();
    let csv = csv_names(&ok(&db, &["query", "--format", "csv", PEOPLE]));
    assert!(csv.len() >= 3, "the fixtures name several people: {csv:?}");
    assert!(csv.contains(&"Maya Okafor".to_string()), "{csv:?}");
    for (flag, format) in
        [("json", QueryResultsFormat::Json), ("xml", QueryResultsFormat::Xml), ("tsv", QueryResultsFormat::Tsv)]
    {
        let got = names(format, &ok(&db, &["query", "--format", flag, PEOPLE]));
        assert_eq!(got, csv, "{flag} gives the same rows as csv");
    }
    let table = ok(&db, &["query", PEOPLE]);
    assert!(table.starts_with("name\n"), "{table}");
    assert!(table.contains(&format!("({} rows)", csv.len())), "{table}");
    for name in &csv {
        assert!(table.contains(name.as_str()));
    }
}

#[test]
fn ask_construct_and_describe() {
    let (_s, db) = store();
    let yes = ok(&db, &["query", "--format", "json", "ASK { ?p a ng:Person }"]);
    match QueryResultsParser::from_format(QueryResultsFormat::Json).for_slice(yes.as_bytes()).unwrap() {
        SliceQueryResultsParserOutput::Boolean(b) => assert!(b),
        _ => panic!("ASK gives a boolean"),
    }
    assert_eq!(ok(&db, &["query", "ASK { ?p a ng:Nothing }"]).trim(), "false");

    let construct = "CONSTRUCT { ?p ng:worksFor ?o } WHERE { ?p ng:worksFor ?o }";
    let turtle = ok(&db, &["query", construct]);
    let triples: Vec<_> = RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(turtle.as_bytes())
        .collect::<Result<_, _>>()
        .expect("CONSTRUCT output is Turtle");
    let rows = select(&db, "SELECT ?p ?o WHERE { ?p ng:worksFor ?o }");
    assert!(!rows.is_empty());
    assert_eq!(triples.len(), rows.len());

    let nt = ok(&db, &["query", "--format", "ntriples", "DESCRIBE ?p WHERE { ?p rdfs:label \"Maya Okafor\" }"]);
    assert!(nt.lines().count() >= 3 && nt.contains("Maya Okafor"), "{nt}");
}

#[test]
fn query_from_a_file_and_from_stdin() {
    let (s, db) = store();
    let file = s.write("people.rq", PEOPLE);
    let from_file = ok(&db, &["query", "-f", p(&file)]);
    let out = run_with_stdin(&db, &["query", "-"], Some(PEOPLE));
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), from_file);
    assert_eq!(from_file, ok(&db, &["query", PEOPLE]));
}

#[test]
fn every_example_query_runs_on_the_examples() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&examples().join("articles"))]);
    let mut queries: Vec<_> = std::fs::read_dir(examples().join("queries"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rq"))
        .collect();
    queries.sort();
    assert!(queries.len() >= 5);
    for q in &queries {
        let out = ok(&db, &["query", "--format", "csv", "-f", p(q)]);
        assert!(out.lines().count() >= 2, "{} returns rows on the examples:\n{out}", q.display());
    }
}

/// A malformed query's message shows the line the parser stopped on and a
/// caret under the place, not only the parser's list of expected tokens.
#[test]
fn a_malformed_query_is_shown_with_a_caret_where_it_breaks() {
    let (_s, db) = store();
    let out = run(&db, &["query", "SELECT ?s\nWHERE { ?s ?p }"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("malformed SPARQL query at line 2, column 16: the query stops before it is complete"),
        "{err}"
    );
    assert!(!err.contains("[_]") && !err.contains("LATERAL"), "no grammar internals: {err}");
    let lines: Vec<&str> = err.lines().collect();
    let shown = lines.iter().position(|l| l.trim() == "WHERE { ?s ?p }").unwrap_or_else(|| panic!("{err}"));
    let caret = lines[shown + 1];
    assert_eq!(caret.trim(), "^", "{err}");
    let line_start = lines[shown].find("WHERE").unwrap();
    assert_eq!(caret.find('^').unwrap(), line_start + 15, "the caret is under column 16: {err}");
    let out = run(&db, &["query", "SELECT ?s WHERE { ?s ?p } LIMIT 5"]);
    assert!(stderr(&out).contains("column 27: `LIMIT` is not valid SPARQL here"), "{}", stderr(&out));
    // Brackets that do not pair are named where they are, whatever the parser stumbles on.
    let out = run(&db, &["query", "SELECT * WHERE {\n  ?s ?p ?o\n  FILTER (?o = 1\n}"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("hint: the `}` at line 4, column 1 closes the `(` opened at line 3, column 10"),
        "{}",
        stderr(&out)
    );
    let out = run(&db, &["query", "SELECT * WHERE { ?s ?p ?o"]);
    assert!(stderr(&out).contains("the query stops before it is complete"), "{}", stderr(&out));
    assert!(stderr(&out).contains("hint: the `{` opened at line 1, column 16 is never closed"), "{}", stderr(&out));
    // An update says what newsgraph does instead, even one that would not parse as an update.
    for update in ["INSERT DATA { <a:b> <a:c> <a:d> }", "PREFIX x: <http://x.example/>\nDELETE DATA { <b> <c> <d> }"] {
        let out = run(&db, &["query", update]);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("SPARQL Update") && stderr(&out).contains("ingest"), "{}", stderr(&out));
    }
    // A misspelt query form is named, not a word the parser stumbled on later.
    let out = run(&db, &["query", "# people\nPREFIX x: <http://x.example/>\nSELEC * WHERE { ?s ?p ?o }"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("line 3, column 1: `SELEC` does not start a query")
            && stderr(&out).contains("SELECT, CONSTRUCT, ASK or DESCRIBE"),
        "{}",
        stderr(&out)
    );
    // The parser stops past a misspelt keyword or a name without a prefix: the hint names it.
    for (query, hint) in [
        ("SELECT * WHERE { ?s ?p ?o } LIMT 3", "hint: `LIMT` is not a SPARQL keyword (LIMIT?)"),
        ("SELECT * WHERE { ?s ?p \"FILTR\" FILTR(?o) }", "hint: `FILTR` is not a SPARQL keyword (FILTER?)"),
        ("SELECT * WHERE { ?s worksFor ?o }", "hint: `worksFor` is not a SPARQL keyword; a name needs a prefix"),
    ] {
        let out = run(&db, &["query", query]);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains(hint), "{query}: {}", stderr(&out));
    }
    let out =
        run(&db, &["query", "SELECT * WHERE { ?s ng:worksFor <https://x.example/a> FILTER(lang(?s) = 'en') } } "]);
    assert!(
        !stderr(&out).contains("not a SPARQL keyword"),
        "prefixed names, IRIs and strings are no words: {}",
        stderr(&out)
    );
}
