//! The endpoint driven by independent, widely used clients: Python's
//! SPARQLWrapper and rdflib (installed by .ci/setup), in tests/clients/.

use std::process::Command;

use crate::serve_support::*;
use crate::support::*;

#[test]
fn sparqlwrapper_and_rdflib_read_the_endpoint() {
    let python = python_with(&["SPARQLWrapper", "rdflib"]);
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&examples().join("articles"))]);
    let server = Server::start(&db, &[]);
    for endpoint in ["query", "sparql"] {
        let url = format!("{}{endpoint}", server.url());
        let out = Command::new(&python)
            .arg(clients().join("sparql_clients.py"))
            .args([url.as_str(), "Priya Natarajan"])
            .output()
            .expect("python3 runs");
        let stdout = String::from_utf8_lossy(&out.stdout);
        println!("{stdout}");
        assert!(
            out.status.success() && stdout.contains("all client checks passed"),
            "the Python clients failed on {url}:\n{stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let log = server.log_with(&["\"POST /query\" 200", "\"GET /sparql\" 200", "\"GET /query\" 400"]);
    assert!(log.contains("\"POST /query\" 200") && log.contains("\"GET /sparql\" 200"), "{log}");
    assert!(log.contains("\"GET /query\" 400"), "the malformed query is logged: {log}");
}
