//! Two processes and one store. RocksDB lets one process open a store for
//! writing, and oxigraph's read-only mode is undefined behaviour while another
//! process writes, so newsgraph opens every store read-write and the decision is:
//! while an ingest runs, `query`, `export`, `stats`, `remove` and a second
//! `ingest` stop at once with "is in use by another newsgraph process", exit 1,
//! and touch nothing. These tests hold an ingest open deterministically: it reads
//! standard input first, and the test keeps that pipe open.

use std::io::Write;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::*;

const ARTICLE: &str = "Orbital Mesh raises funds\n\nPriya Raman, CEO of Orbital Mesh Inc., said the round closed.\n";

/// Starts `newsgraph ingest - EXTRA...` with its standard input open.
fn held_ingest(db: &std::path::Path, extra: &[&str]) -> Child {
    Command::new(bin())
        .args(["ingest", "-"])
        .args(extra)
        .args(["--db", p(db)])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("newsgraph runs")
}

/// Waits until the held ingest has the store open: its open files include the
/// store's RocksDB `LOCK` (read from /proc, so the probe itself takes no lock).
fn wait_until_busy(db: &std::path::Path, child: &mut Child) {
    let lock = std::fs::canonicalize(db.parent().unwrap()).unwrap().join(db.file_name().unwrap()).join("LOCK");
    let fds = format!("/proc/{}/fd", child.id());
    let started = Instant::now();
    loop {
        assert!(child.try_wait().unwrap().is_none(), "the held ingest ended early");
        let holds = std::fs::read_dir(&fds)
            .map(|d| d.flatten().any(|e| std::fs::read_link(e.path()).is_ok_and(|t| t == lock)))
            .unwrap_or(false);
        if holds {
            return;
        }
        assert!(started.elapsed() < Duration::from_secs(120), "the ingest never opened the store");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn finish(mut child: Child, input: &str) -> std::process::Output {
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input.as_bytes()).unwrap();
    drop(stdin);
    child.wait_with_output().unwrap()
}

#[test]
fn while_an_ingest_runs_other_commands_say_the_store_is_busy_and_nothing_is_corrupted() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&fixtures())]);
    let before = nquads(&db);
    let fixtures = fixtures();
    let mut child = held_ingest(&db, &[]);
    wait_until_busy(&db, &mut child);
    let commands: [&[&str]; 5] = [
        &["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"],
        &["export", "--format", "nquads"],
        &["stats"],
        &["remove", "https://newsgraph.org/id/article/0000"],
        &["ingest", p(&fixtures)],
    ];
    for args in commands {
        let out = run(&db, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = stderr(&out);
        assert!(err.contains(&format!("store {}: is in use by another newsgraph process", p(&db))), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?} printed nothing on stdout");
    }
    let out = finish(child, ARTICLE);
    assert!(out.status.success(), "the first ingest finished: {}", stderr(&out));
    let after = nquads(&db);
    assert!(before.iter().all(|q| after.contains(q)), "what was there is still there");
    assert_eq!(
        select(&db, r#"SELECT ?e WHERE { ?e rdfs:label "Priya Raman" }"#).len(),
        1,
        "and the held ingest's article was added"
    );
}

#[test]
fn a_file_that_vanishes_mid_run_is_reported_and_the_rest_ingested() {
    let s = Scratch::new();
    let db = s.db();
    let doomed = s.write("doomed.txt", "Corvid grows\n\nMaya Okafor, CEO of Corvid Analytics Inc., said sales grew.\n");
    let mut child = held_ingest(&db, &[p(&doomed)]);
    wait_until_busy(&db, &mut child);
    // The ingest listed the file, then blocked on standard input: delete it now.
    std::fs::remove_file(&doomed).unwrap();
    let out = finish(child, ARTICLE);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains(&format!("error: {}: No such file", p(&doomed))), "{err}");
    assert_eq!(select(&db, r#"SELECT ?e WHERE { ?e rdfs:label "Priya Raman" }"#).len(), 1);
}

/// Two first ingests started together on a folder that does not exist yet:
/// one makes the store, the other is told the store is in use (never that the
/// half-made folder "is not a newsgraph store"), and a rerun stores both.
#[test]
fn two_first_ingests_at_once_one_makes_the_store_the_other_is_told_it_is_busy() {
    for round in 0..6 {
        let s = Scratch::new();
        let db = s.db();
        let a = s.write("a.txt", ARTICLE);
        let b = s.write("b.txt", "Quill Labs hires\n\nTomas Weber joined Quill Labs as chief scientist.\n");
        let start = |file: &std::path::Path| {
            Command::new(bin())
                .args(["ingest", p(file), "--db", p(&db)])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("newsgraph runs")
        };
        let (first, second) = (start(&a), start(&b));
        for out in [first.wait_with_output().unwrap(), second.wait_with_output().unwrap()] {
            let err = stderr(&out);
            assert!(
                out.status.success() || err.contains("is in use by another newsgraph process"),
                "round {round}: {err}"
            );
        }
        ok(&db, &["ingest", p(&a), p(&b)]);
        let sources = select(&db, "SELECT DISTINCT ?a WHERE { ?a a ng:Article }");
        assert_eq!(sources.len(), 2, "round {round}: {sources:?}");
    }
}
