//! `newsgraph push` into a real SPARQL store: Virtuoso open source, started on
//! loopback in a temporary folder (installed by .ci/setup), with its default
//! digest-authenticated Graph Store Protocol endpoint.

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::*;

/// A Virtuoso server of its own, stopped when dropped.
struct Virtuoso {
    child: Child,
    http: u16,
    _dir: tempfile::TempDir,
}

impl Drop for Virtuoso {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Virtuoso {
    fn start() -> Virtuoso {
        let ini = std::fs::read_to_string("/etc/virtuoso-opensource-7/virtuoso.ini")
            .expect("Virtuoso is installed (run .ci/setup: apt-get install virtuoso-opensource)");
        let dir = tempfile::tempdir().unwrap();
        let (sql, http) = (free_port(), free_port());
        let ini: String = ini
            .replace("/var/lib/virtuoso-opensource-7/db/", &format!("{}/", dir.path().display()))
            .lines()
            .map(|line| match line.split('=').next().map(str::trim) {
                Some("ServerPort") if line.contains("1111") => format!("ServerPort = 127.0.0.1:{sql}"),
                Some("ServerPort") if line.contains("8890") => format!("ServerPort = 127.0.0.1:{http}"),
                _ => line.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        let config = dir.path().join("virtuoso.ini");
        std::fs::write(&config, ini).unwrap();
        let child = Command::new("virtuoso-t")
            .arg("+configfile")
            .arg(&config)
            .arg("+foreground")
            .current_dir(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("virtuoso-t starts");
        let server = Virtuoso { child, http, _dir: dir };
        let started = Instant::now();
        while server.select("ASK {}").is_err() {
            assert!(started.elapsed() < Duration::from_secs(60), "Virtuoso did not come up within 60 s");
            std::thread::sleep(Duration::from_millis(250));
        }
        server
    }

    fn gsp(&self) -> String {
        format!("http://127.0.0.1:{}/sparql-graph-crud-auth", self.http)
    }

    /// A query through Virtuoso's public SPARQL endpoint, CSV rows without the header.
    fn select(&self, query: &str) -> Result<Vec<Vec<String>>, String> {
        let url = format!("http://127.0.0.1:{}/sparql", self.http);
        let out = Command::new("curl")
            .args(["-sf", "--max-time", "10", "-G", &url, "--data-urlencode", &format!("query={query}")])
            .args(["--data-urlencode", "format=text/csv"])
            .output()
            .map_err(|e| e.to_string())?;
        if !out.status.success() {
            return Err(format!("curl exit {}", out.status));
        }
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        Ok(reader.records().map(|r| r.unwrap().iter().map(String::from).collect()).collect())
    }
}

fn push(db: &Path, server: &Virtuoso, user: &str, password: &str) -> std::process::Output {
    Command::new(bin())
        .args(["push", "--db", p(db), "--endpoint", &server.gsp()])
        .env("NEWSGRAPH_REMOTE_USER", user)
        .env("NEWSGRAPH_REMOTE_PASSWORD", password)
        .output()
        .unwrap()
}

const OURS: &str = "FILTER(STRSTARTS(STR(?g), \"https://newsgraph.org/id/article/\"))";

#[test]
fn push_copies_every_article_graph_and_reruns_are_idempotent() {
    let server = Virtuoso::start();
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&examples().join("articles"))]);

    let out = push(&db, &server, "dba", "dba");
    assert!(out.status.success(), "{}", stderr(&out));
    let count = format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OURS} }}");
    let local = select(&db, &format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OURS} }}"));
    let remote = server.select(&count).unwrap();
    assert_eq!(remote, local, "the remote store holds the same article triples");

    // The same facts read back from the shared store by a plain SPARQL query.
    let people = "PREFIX ng: <https://newsgraph.org/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> \
        SELECT DISTINCT ?name WHERE { GRAPH ?g { ?p ng:worksFor ?o ; rdfs:label ?name } } ORDER BY ?name";
    let remote_people = server.select(people).unwrap();
    assert!(!remote_people.is_empty());
    assert_eq!(
        remote_people,
        select(&db, "SELECT DISTINCT ?name WHERE { ?p ng:worksFor ?o ; rdfs:label ?name } ORDER BY ?name")
    );

    let again = push(&db, &server, "dba", "dba");
    assert!(again.status.success());
    assert_eq!(server.select(&count).unwrap(), local, "a second push replaces, it does not add");
}

#[test]
fn a_refusing_store_gets_a_clear_error() {
    let server = Virtuoso::start();
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&fixtures())]);
    let out = push(&db, &server, "dba", "not-the-password");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("refused the credentials"), "{}", stderr(&out));
    let out = Command::new(bin())
        .args(["push", "--db", p(&db), "--endpoint", &server.gsp()])
        .env_remove("NEWSGRAPH_REMOTE_USER")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("asks for credentials"), "{}", stderr(&out));
    let nothing = format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OURS} }}");
    assert_eq!(server.select(&nothing).unwrap(), vec![vec!["0".to_string()]]);
}
