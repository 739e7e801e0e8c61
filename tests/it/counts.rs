//! The counts `stats` and the page show are kept by the store's writes (bulk
//! batches and transactions alike): after ingests, a changed file, a moved
//! text and removals they equal a count of every quad.

use newsgraph::store::{Access, GraphStore};

use crate::support::*;

/// What the store kept equals what a full count finds; returns the triples.
fn kept_equals_counted(db: &std::path::Path, when: &str) -> i64 {
    let store = GraphStore::open(db, Access::Existing).expect("the store opens");
    let kept = store.counts().expect("counts");
    let counted = store.recount().expect("recount");
    assert_eq!(kept, counted, "{when}");
    drop(store);
    let merged = select(db, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    let merged: i64 = merged[0][0].parse().unwrap();
    assert_eq!(kept.triples, merged, "{when}: the merged graph's triples");
    kept.triples
}

#[test]
fn counts_are_kept_by_every_write() {
    let s = Scratch::new();
    let db = s.db();
    let articles = examples().join("articles");
    // New articles (bulk batches, two articles' quads a batch).
    ok(&db, &["ingest", "-q", "--batch-quads", "2000", p(&articles)]);
    let first = kept_equals_counted(&db, "after a first ingest");
    assert!(first > 100);
    let stats = ok(&db, &["stats"]);
    assert!(stats.contains(&format!("{first}")), "{stats}");

    // A changed file replaces its article (a transaction), a new file joins.
    let a = s.write("a.txt", "Zephyr Quantum hires\n\nDana Whitcombe, CEO of Zephyr Quantum Inc., said the lab would open an office in Boston.\n");
    ok(&db, &["ingest", "-q", p(&a)]);
    kept_equals_counted(&db, "after a new file");
    s.write(
        "a.txt",
        "Zephyr Quantum hires\n\nDana Whitcombe, CEO of Zephyr Quantum Inc., said sales doubled in Boston.\n",
    );
    ok(&db, &["ingest", "-q", p(&a)]);
    kept_equals_counted(&db, "after a changed file");
    // The same text in a second place: only provenance is added.
    let b = s.write("b.txt", std::fs::read_to_string(&a).unwrap());
    ok(&db, &["ingest", "-q", p(&b)]);
    kept_equals_counted(&db, "after a second source");
    ok(&db, &["remove", p(&a)]);
    kept_equals_counted(&db, "after taking one source away");
    ok(&db, &["remove", p(&b)]);
    kept_equals_counted(&db, "after removing the article");
    ok(&db, &["remove", p(&articles)]);
    assert_eq!(kept_equals_counted(&db, "after removing everything"), 0);
}

#[test]
fn the_communities_snapshot_is_not_counted_as_the_store_s_content() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", "-q", p(&examples().join("articles"))]);
    let before = ok(&db, &["stats"]);
    let written = ok(&db, &["communities", "--write"]);
    assert!(!written.trim().is_empty());
    let communities =
        select(&db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://newsgraph.org/id/communities> { ?s ?p ?o } }");
    assert_ne!(communities[0][0], "0", "the communities are in the store");
    assert_eq!(ok(&db, &["stats"]), before, "stats counts what the articles state, not the snapshot");
    kept_equals_counted(&db, "after communities --write");
}

#[test]
fn the_generation_changes_with_every_write_and_only_then() {
    let s = Scratch::new();
    let db = s.db();
    let generation = || {
        let store = GraphStore::open(&db, Access::Existing).expect("the store opens");
        store.generation().expect("generation")
    };
    let a = s.write("a.txt", "Zephyr Quantum hires\n\nDana Whitcombe, CEO of Zephyr Quantum Inc., said the lab would open an office in Boston.\n");
    ok(&db, &["ingest", "-q", p(&a)]);
    let first = generation();
    ok(&db, &["ingest", "-q", p(&a)]);
    assert_eq!(generation(), first, "an unchanged article writes nothing");
    // The same sizes, other content: the title's one word changes.
    s.write("a.txt", "Zephyr Quantum hired\n\nDana Whitcombe, CEO of Zephyr Quantum Inc., said the lab would open an office in Boston.\n");
    ok(&db, &["ingest", "-q", p(&a)]);
    let second = generation();
    assert!(second.writes > first.writes, "{first:?} then {second:?}");
    ok(&db, &["communities", "--write"]);
    assert!(generation().writes > second.writes, "communities --write is a write");
}
