//! Ingest at scale, measured side by side in one run (issue "Fast on one machine"):
//! - extraction words per second on one core and on all cores;
//! - end-to-end ingest (articles/s, quads/s) next to oxigraph's bulk loader
//!   loading the same quads (dumped to N-Quads) into a fresh store;
//! - peak memory (RSS) and store size as the corpus grows (1x, 10x, 100x);
//! - SPARQL latency (median, p95) of the example queries on the largest store.
//!
//! Run: `cargo bench --bench ingest` (or `-- --scales 1,10` for a quick run;
//! `-- --keep DIR` keeps the corpora and stores in DIR to look at afterwards).
//! Each scale is ingested by a child process, so its peak RSS is its own.

#[path = "support/corpus.rs"]
mod corpus;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use newsgraph::extract::{extract, Resources};
use newsgraph::input::sources;
use newsgraph::pipeline::{ingest, IngestOptions};
use newsgraph::query::{run, Limits, ResultFormat};
use newsgraph::store::{Access, GraphStore};
use oxigraph::io::{RdfFormat, RdfSerializer};

use corpus::Corpus;

/// Articles in the 1x corpus (100x gives a store of over a million triples).
const BASE: usize = 70;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--child") {
        return child(Path::new(&args[i + 1]), Path::new(&args[i + 2]), args[i + 3].parse().expect("threads"));
    }
    let scales: Vec<usize> = args
        .iter()
        .position(|a| a == "--scales")
        .map(|i| args[i + 1].split(',').map(|s| s.parse().expect("a scale")).collect())
        .unwrap_or_else(|| vec![1, 10, 100]);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = Corpus::from_examples(&root.join("examples/articles"));
    let temp = tempfile::tempdir().expect("temp dir");
    let work = match args.iter().position(|a| a == "--keep") {
        Some(i) => PathBuf::from(&args[i + 1]),
        None => temp.path().to_path_buf(),
    };
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    println!("machine: {cores} cores");

    extraction_speed(&corpus, cores);

    let mut largest = None;
    for &scale in &scales {
        let dir = work.join(format!("corpus-{scale}x"));
        let articles = BASE * scale;
        write_corpus(&corpus, &dir, articles);
        let db = work.join(format!("store-{scale}x"));
        if scale == 10 {
            // The same corpus with the whole process held to one core (taskset),
            // for the gain from more cores.
            let one = work.join("store-10x-one-core");
            let (seconds, quads, ..) = ingest_in_child(&dir, &one, 1, true);
            println!(
                "ingest {scale:>4}x on 1 core: {articles:>6} articles in {seconds:>7.2} s = {:>7.1} articles/s, {:>8.0} quads/s",
                articles as f64 / seconds,
                quads / seconds
            );
        }
        let (seconds, quads, triples, rss) = ingest_in_child(&dir, &db, 0, false);
        println!(
            "ingest {scale:>4}x: {articles:>6} articles in {seconds:>7.2} s = {:>7.1} articles/s, {:>8.0} quads/s; \
             {triples:.0} triples ({quads:.0} quads); peak RSS {:.0} MB; store {:.1} MB on disk",
            articles as f64 / seconds,
            quads / seconds,
            rss / 1024.0,
            dir_size(&db) as f64 / 1e6
        );
        if scale == 10 || Some(&scale) == scales.last() {
            bulk_load_comparison(&db, quads / seconds);
        }
        largest = Some(db);
    }
    if let Some(db) = largest {
        sparql_latency(&db, &root.join("examples/queries"));
    }
}

/// Ingests `dir` into a fresh store `db` in a child process with `threads`
/// extraction threads (0: one per core), on core 0 only when `one_core`
/// (needs `taskset`, from util-linux): (seconds, quads, triples, peak RSS in kB).
fn ingest_in_child(dir: &Path, db: &Path, threads: usize, one_core: bool) -> (f64, f64, f64, f64) {
    let _ = std::fs::remove_dir_all(db); // a fresh store, also with --keep
    let own = std::env::current_exe().expect("own path");
    let mut command = if one_core { Command::new("taskset") } else { Command::new(&own) };
    if one_core {
        command.args(["-c", "0"]).arg(&own);
    }
    let child = command
        .args(["--child", dir.to_str().expect("path"), db.to_str().expect("path"), &threads.to_string()])
        .output()
        .expect("child runs (taskset installed?)");
    let report = String::from_utf8_lossy(&child.stdout);
    let field = |name: &str| -> f64 {
        report
            .split_whitespace()
            .find_map(|w| w.strip_prefix(&format!("{name}=")))
            .and_then(|v| v.parse().ok())
            .unwrap_or(f64::NAN)
    };
    (field("seconds"), field("quads"), field("triples"), field("rss_kb"))
}

fn extraction_speed(corpus: &Corpus, cores: usize) {
    let texts: Vec<String> = (0..BASE * 10).map(|n| corpus.article(n)).collect();
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let resources = Resources::embedded();
    let started = Instant::now();
    for t in &texts {
        std::hint::black_box(extract(t, &resources));
    }
    let one = words as f64 / started.elapsed().as_secs_f64();
    let started = Instant::now();
    std::thread::scope(|scope| {
        for chunk in texts.chunks(texts.len().div_ceil(cores)) {
            let resources = &resources;
            scope.spawn(move || chunk.iter().for_each(|t| drop(std::hint::black_box(extract(t, resources)))));
        }
    });
    let all = words as f64 / started.elapsed().as_secs_f64();
    println!("extraction: {one:.0} words/s on one core, {all:.0} words/s on {cores} cores ({words} words)");
}

fn write_corpus(corpus: &Corpus, dir: &Path, articles: usize) {
    std::fs::create_dir_all(dir).expect("corpus folder");
    for n in 0..articles {
        std::fs::write(dir.join(format!("article-{n:06}.txt")), corpus.article(n)).expect("write article");
    }
}

/// Runs in the child: ingest `dir` into `db`, print figures and own peak RSS.
fn child(dir: &Path, db: &Path, threads: usize) {
    let store = GraphStore::open(db, Access::Write).expect("store");
    let (found, _) = sources(&[dir.to_path_buf()], None);
    let started = Instant::now();
    let options = IngestOptions { threads, ..IngestOptions::default() };
    ingest(&store, &found, &Resources::embedded(), options, |e| eprintln!("{e}")).expect("ingest");
    let seconds = started.elapsed().as_secs_f64();
    let quads = store.len().expect("len");
    let triples = store.counts().expect("counts").triples;
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let rss =
        status.lines().find_map(|l| l.strip_prefix("VmHWM:")).map(|v| v.trim().trim_end_matches(" kB").to_string());
    println!("seconds={seconds} quads={quads} triples={triples} rss_kb={}", rss.unwrap_or_default());
}

fn bulk_load_comparison(db: &Path, ours_quads_per_s: f64) {
    let store = GraphStore::open(db, Access::Existing).expect("store");
    let mut dump = Vec::new();
    store.dump(RdfSerializer::from_format(RdfFormat::NQuads), &mut dump, false, &|_| true).expect("dump");
    drop(store);
    let fresh_dir = db.with_extension("bulk");
    let _ = std::fs::remove_dir_all(&fresh_dir);
    let fresh = GraphStore::open(&fresh_dir, Access::Write).expect("fresh store");
    let before = fresh.len().expect("len");
    let started = Instant::now();
    fresh.bulk_load(RdfFormat::NQuads, &dump).expect("bulk load");
    let seconds = started.elapsed().as_secs_f64();
    let loaded = fresh.len().expect("len") - before;
    let raw = loaded as f64 / seconds;
    println!(
        "  bulk loader, same quads: {loaded} quads in {seconds:.2} s = {raw:.0} quads/s; newsgraph end to end = {:.2}x of it",
        ours_quads_per_s / raw
    );
}

fn sparql_latency(db: &Path, queries: &Path) {
    let store = GraphStore::open(db, Access::Existing).expect("store");
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(queries).expect("queries").map(|e| e.expect("entry").path()).collect();
    files.sort();
    println!("SPARQL latency on {} triples (20 runs each):", store.counts().expect("counts").triples);
    for file in files.iter().filter(|f| f.extension().is_some_and(|e| e == "rq")) {
        let text = std::fs::read_to_string(file).expect("query");
        let mut times: Vec<f64> = (0..20)
            .map(|_| {
                let started = Instant::now();
                run(&store, &text, ResultFormat::Csv, &mut std::io::sink(), Limits::default()).expect("query runs");
                started.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        times.sort_by(|a, b| a.total_cmp(b));
        println!(
            "  {:<32} median {:>8.1} ms   p95 {:>8.1} ms",
            file.file_name().and_then(|n| n.to_str()).unwrap_or("?"),
            times[times.len() / 2],
            times[times.len() * 95 / 100]
        );
    }
}

fn dir_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| match e.metadata() {
                    Ok(m) if m.is_dir() => dir_size(&e.path()),
                    Ok(m) => m.len(),
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}
