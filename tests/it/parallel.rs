//! Parallel, batched ingest: the store does not depend on how many threads
//! extracted or how new articles were grouped into bulk writes, and runs that
//! mix new, unchanged, changed and moved articles end where one run from
//! scratch ends.

use std::path::Path;

use crate::crash::{article, graphs};
use crate::support::*;

fn write_corpus(dir: &Path, range: std::ops::Range<usize>) {
    std::fs::create_dir_all(dir).unwrap();
    for i in range {
        std::fs::write(dir.join(format!("a{i:04}.txt")), article(i)).unwrap();
    }
}

#[test]
fn threads_and_batch_sizes_do_not_change_the_store() {
    let s = Scratch::new();
    let corpus = s.path("corpus");
    write_corpus(&corpus, 0..80);
    // The same text twice in the corpus: one article with two sources.
    std::fs::write(corpus.join("copy.txt"), article(5)).unwrap();
    let mut stores = Vec::new();
    for (name, threads, batch) in [("one", "1", "1"), ("many", "4", "0"), ("small", "3", "1500")] {
        let db = s.path(name);
        let out = ok(&db, &["ingest", p(&corpus), "--threads", threads, "--batch-quads", batch]);
        assert!(
            out.contains("ingested 81 articles (80 new, 0 replaced, 0 unchanged, 1 duplicate, 0 failed)"),
            "{name}: {out}"
        );
        stores.push(graphs(&db));
    }
    assert_eq!(stores[0].len(), 81, "80 article graphs and the default graph");
    assert_eq!(stores[0], stores[1], "four threads, one batch");
    assert_eq!(stores[0], stores[2], "three threads, many batches");
}

#[test]
fn a_run_mixing_new_changed_moved_and_unchanged_articles_ends_like_a_fresh_run() {
    let s = Scratch::new();
    let corpus = s.path("corpus");
    write_corpus(&corpus, 0..40);
    let db = s.path("grown");
    ok(&db, &["ingest", "-q", p(&corpus), "--batch-quads", "2000"]);
    // New files, a changed file, and a file that now holds the same text as
    // another file (its old article goes; the other article gains a source).
    write_corpus(&corpus, 40..70);
    std::fs::write(corpus.join("a0003.txt"), article(1003)).unwrap();
    std::fs::write(corpus.join("a0004.txt"), article(7)).unwrap();
    let out = ok(&db, &["ingest", p(&corpus), "--batch-quads", "2000"]);
    assert!(out.contains("(30 new, 2 replaced, 38 unchanged, 0 duplicate, 0 failed)"), "{out}");

    let fresh = s.path("fresh");
    ok(&fresh, &["ingest", "-q", p(&corpus)]);
    assert_eq!(graphs(&db), graphs(&fresh), "the grown store holds what a fresh ingest of the same files holds");
}
