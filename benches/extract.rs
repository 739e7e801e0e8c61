//! Extraction speed: words per second on one core, over the example articles and
//! the test fixtures repeated until the corpus is about a million words.
//!
//! Run: `cargo bench --bench extract` (prints figures; asserts nothing).
//! `BENCH_WORDS=50000` makes a short run, e.g. under `valgrind --tool=callgrind`.

use std::path::Path;
use std::time::Instant;

use newsgraph::{extract, Resources};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    for dir in ["examples/articles", "tests/fixtures"] {
        let mut paths: Vec<_> =
            std::fs::read_dir(root.join(dir)).expect("folder").map(|e| e.expect("entry").path()).collect();
        paths.sort();
        texts.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    let words_per_round: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let resources = Resources::embedded();

    // Warm up, then time whole rounds until about a million words have gone through.
    for t in &texts {
        std::hint::black_box(extract(t, &resources));
    }
    let target: usize = std::env::var("BENCH_WORDS").ok().and_then(|w| w.parse().ok()).unwrap_or(1_000_000);
    let rounds = (target / words_per_round).max(1);
    let started = Instant::now();
    let mut facts = 0;
    for _ in 0..rounds {
        for t in &texts {
            let x = extract(std::hint::black_box(t), &resources);
            facts += x.entities.len() + x.relations.len() + x.quotes.len();
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let words = rounds * words_per_round;
    println!("extraction, one core: {} articles x {rounds} rounds, {words} words in {seconds:.3} s", texts.len());
    println!("extraction, one core: {:.0} words/s ({facts} entities+relations+quotes)", words as f64 / seconds);
}
