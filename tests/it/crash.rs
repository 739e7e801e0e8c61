//! Crash safety: an ingest killed with SIGKILL at any moment leaves a store that
//! opens and holds only whole articles (each article graph exactly as an
//! uninterrupted run writes it, and the default graph exactly their union), and
//! running the ingest again reaches the same quads as an uninterrupted run.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Quad};

use crate::support::*;

const FIRST: &[&str] =
    &["Dana", "Priya", "Omar", "Maya", "Jonas", "Aoife", "Rosa", "Imogen", "Carla", "Tomas", "Lena", "Sam"];
const LAST: &[&str] = &[
    "Whitcombe",
    "Raman",
    "Haddad",
    "Okafor",
    "Weyland",
    "Brennan",
    "Delacroix",
    "Saltmarsh",
    "Benedetti",
    "Berg",
    "Okonkwo",
    "Ortiz",
];
const ORG: &[&str] = &[
    "Zephyr Quantum",
    "Orbital Mesh",
    "Corvid Analytics",
    "Kestrel Dynamics",
    "Harrowgate Robotics",
    "Pellucid Motors",
    "Veltro Systems",
    "Fjordline Analytics",
    "Lumen Forge",
];
const CITY: &[&str] = &["Boston", "Lisbon", "Toronto", "Dublin", "Leeds", "Detroit", "Turin", "Oslo"];

/// A deterministic article recombining names, so entities are shared across articles.
pub fn article(i: usize) -> String {
    let person = format!("{} {}", FIRST[i % FIRST.len()], LAST[(i / 3) % LAST.len()]);
    let org = ORG[i % ORG.len()];
    let other = ORG[(i * 7 + 3) % ORG.len()];
    let city = CITY[(i / 2) % CITY.len()];
    format!(
        "{org} report number {i}\n\n{org}, a {city}-based startup, said it raised ${i} million from Brightwater Capital.\n\n\
         {person}, CEO of {org} Inc., said the company would hire {n} engineers.\n\n\
         \"We are building for the long run,\" {person} said.\n\n{org} competes with {other} in the market for robots, analysts said.\n",
        n = i % 90 + 10,
    )
}

/// `n` articles in the folder `corpus` of `s`, and the quads by graph of a store
/// that ingested them all without interruption (what an interrupted run must reach).
pub fn corpus_and_full_store(s: &Scratch, n: usize) -> (std::path::PathBuf, BTreeMap<String, BTreeSet<String>>) {
    let corpus = s.path("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    for i in 0..n {
        std::fs::write(corpus.join(format!("a{i:04}.txt")), article(i)).unwrap();
    }
    let full_db = s.path("full.db");
    ok(&full_db, &["ingest", "-q", p(&corpus)]);
    (corpus, graphs(&full_db))
}

/// Quads of a store by graph, without `ng:ingestedAt` (a clock reading) and the
/// ontology graph (its blank nodes are labelled afresh in every store).
pub fn graphs(db: &std::path::Path) -> BTreeMap<String, BTreeSet<String>> {
    let text = ok(db, &["export", "--format", "nquads"]);
    let mut by_graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for q in RdfParser::from_format(RdfFormat::NQuads).for_slice(text.as_bytes()) {
        let q: Quad = q.expect("the dump parses");
        if q.predicate.as_str().ends_with("#ingestedAt")
            || q.graph_name.to_string() == "<https://newsgraph.org/ontology>"
        {
            continue;
        }
        let g = match &q.graph_name {
            GraphName::DefaultGraph => String::new(),
            g => g.to_string(),
        };
        by_graph.entry(g).or_default().insert(format!("{} {} {}", q.subject, q.predicate, q.object));
    }
    by_graph
}

/// Every article graph of `killed` is exactly that graph of `full`, and the
/// default graph is exactly the union of the article graphs.
pub fn assert_whole(killed: &BTreeMap<String, BTreeSet<String>>, full: &BTreeMap<String, BTreeSet<String>>) -> usize {
    let mut union = BTreeSet::new();
    let mut articles = 0;
    for (g, quads) in killed {
        if g.is_empty() {
            continue;
        }
        articles += 1;
        assert_eq!(Some(quads), full.get(g), "article graph {g} is whole");
        union.extend(quads.iter().cloned());
    }
    let default = killed.get("").cloned().unwrap_or_default();
    assert_eq!(default, union, "the default graph is the union of the article graphs");
    articles
}

#[test]
fn an_ingest_killed_at_any_moment_leaves_whole_articles_and_a_rerun_completes_it() {
    const N: usize = 300;
    let s = Scratch::new();
    let (corpus, full) = corpus_and_full_store(&s, N);
    assert_eq!(full.len(), N + 1, "N article graphs and the default graph");

    let db = s.path("killed.db");
    let mut kills = 0;
    // Kill after the first new article, then after a third more, twice: each
    // time the process is running flat out, so the kill lands wherever it lands.
    for after in [1, N / 3, N / 3] {
        let mut child = Command::new(bin())
            // Small batches: many bulk writes in the run, so kills land between and inside them.
            .args(["ingest", "-v", "--batch-quads", "2000", p(&corpus), "--db", p(&db)])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            let mut stored = 0;
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if line.starts_with("stored ") && line.contains("(new;") {
                    stored += 1;
                    let _ = tx.send(stored);
                }
            }
        });
        while let Ok(stored) = rx.recv() {
            if stored >= after {
                break;
            }
        }
        let still_running = child.try_wait().unwrap().is_none();
        child.kill().unwrap(); // SIGKILL on Unix
        let status = child.wait().unwrap();
        reader.join().unwrap();
        if still_running {
            use std::os::unix::process::ExitStatusExt;
            assert_eq!(status.signal(), Some(9), "killed by SIGKILL");
            kills += 1;
        }
        let killed = graphs(&db);
        let articles = assert_whole(&killed, &full);
        assert!(articles >= after.min(N), "at least the {after} articles reported stored are there ({articles})");
    }
    assert!(kills >= 2, "the ingest was killed mid-run ({kills} times)");

    let out = ok(&db, &["ingest", p(&corpus)]);
    assert!(out.contains(&format!("ingested {N} articles")), "{out}");
    assert_eq!(graphs(&db), full, "the rerun reaches the same quads as an uninterrupted run");
    let leftovers: Vec<_> = std::fs::read_dir(&db)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("bulk-"))
        .collect();
    assert!(leftovers.is_empty(), "files of interrupted bulk writes are cleared: {leftovers:?}");
}
