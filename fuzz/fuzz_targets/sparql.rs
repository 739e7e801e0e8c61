//! Fuzz target `sparql`: any query text through both SPARQL entry points.
//!
//! - The command line's path: `query::run` with every result format, under a
//!   2 s timeout and a 64 MiB memory budget (so a slow or hungry query is an
//!   expected `Error::Limit`, not a hang).
//! - The server's router (`serve::app`) driven in process with tower's
//!   `oneshot`: one request per input, GET or POST, as the first byte says.
//!
//! Input: the first byte chooses the request (bits 0-2: the `Accept` header,
//! bit 3: `/query` or `/sparql`, bits 4-5: GET `?query=`, POST
//! `application/sparql-query`, POST form, or GET with the rest of the input as
//! the raw query string); the rest is the query. A panic, an abort, a stack
//! overflow, a 500 answer, or JSON results that do not parse are crashes.
//!
//! The store is made once per process, in a temporary folder, from a few
//! articles written for this target, through the library's ingest.

#![no_main]

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use libfuzzer_sys::fuzz_target;
use newsgraph::input::{Format, Source};
use newsgraph::pipeline::{ingest, IngestOptions};
use newsgraph::query::{self, Limits, ResultFormat};
use newsgraph::serve::{self, Config};
use newsgraph::store::{Access, GraphStore};
use newsgraph::{Error, Resources};
use tower::ServiceExt;

/// As in the binary: a query's allocations count against its memory budget.
#[global_allocator]
static ALLOCATOR: newsgraph::memory::Counting = newsgraph::memory::Counting;

const TIMEOUT: Duration = Duration::from_secs(2);
const MEMORY: usize = 64 << 20;

/// Invented articles (names, places and events made up for this target).
const ARTICLES: &[(&str, Format, &str)] = &[
    (
        "corvane.txt",
        Format::Text,
        "Corvane Labs releases Ostrel-2\n\n\
         LISBON, March 4, 2025 - Corvane Labs, a Lisbon-based startup, released Ostrel-2, its second open \
         language model, on Tuesday. Corvane Labs chief executive Marta Quenby said the model was trained \
         on public data only.\n\n\
         \"We built Ostrel-2 for small teams that cannot rent a data centre,\" Quenby said.\n\n\
         The startup, which is backed by Halden Ventures, competes with Mistral AI and Brisket Systems. \
         Halden Ventures invested $12 million in Corvane Labs last year.\n",
    ),
    (
        "brisket.md",
        Format::Markdown,
        "# Brisket Systems buys Tallow AI\n\n\
         *June 2, 2025*\n\n\
         **Brisket Systems** has acquired Tallow AI, a Nairobi company that makes speech models, the \
         Oslo-based firm said on Monday. Tallow AI founder Peter Okonjo will join Brisket Systems as head \
         of research.\n\n\
         > \"Speech is where most of our customers start,\" said Ingrid Sæther, Brisket's CEO.\n\n\
         - Tallow AI developed Whisk, a model for Swahili.\n\
         - Brisket Systems is a rival of Corvane Labs.\n",
    ),
    (
        "ferrow.jsonl",
        Format::Jsonl,
        "{\"title\": \"Ferrow Capital backs Quillon\", \"date\": \"2025-01-20T08:00:00Z\", \
         \"author\": \"Ana Pereira\", \"url\": \"https://news.example/ferrow\", \
         \"text\": \"Ferrow Capital led a $40 million round in Quillon, a Toronto maker of AI chips. \
         Quillon CEO Daniel Roux said the money would pay for a second factory. \
         \\\"Chips are the bottleneck,\\\" Roux said.\"}\n\
         {\"title\": \"Quillon partners with Corvane Labs\", \"text\": \"Quillon and Corvane Labs announced \
         a partnership on Thursday. Marta Quenby, Corvane's CEO, said the deal covers Ostrel-2.\"}\n",
    ),
];

/// Accept headers the first byte picks from.
const ACCEPTS: [Option<&str>; 8] = [
    None,
    Some("*/*"),
    Some("application/sparql-results+xml"),
    Some("text/csv"),
    Some("text/tab-separated-values;q=0.9, application/json;q=0.1"),
    Some("text/turtle"),
    Some("application/n-triples, image/png;q=0"),
    Some("application/rdf+xml, text/*;q=0.5"),
];

const FORMATS: [ResultFormat; 8] = [
    ResultFormat::Table,
    ResultFormat::Json,
    ResultFormat::Csv,
    ResultFormat::Tsv,
    ResultFormat::Xml,
    ResultFormat::Turtle,
    ResultFormat::NTriples,
    ResultFormat::RdfXml,
];

struct World {
    /// The store the command line's path reads (the server holds its own copy:
    /// `serve::app` takes its store, and RocksDB lets one process open a folder once).
    store: GraphStore,
    app: Router,
    runtime: tokio::runtime::Runtime,
}

fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        quiet_panics_of_stopped_queries();
        let dir = scratch_dir("sparql");
        let store = make_store(&dir.join("cli"));
        let served = make_store(&dir.join("http"));
        let config = Config {
            timeout: TIMEOUT,
            // The result-size caps answer 500 by design ("add a LIMIT"): off
            // here, so that every 500 is a fault; the memory budget stops big answers.
            max_rows: usize::MAX,
            max_result_bytes: usize::MAX,
            max_body: 1 << 20,
            client_timeout: Duration::from_secs(5),
            workers: 2,
            max_query_memory: MEMORY,
            ..Config::default()
        };
        let app = serve::app(served, config, Arc::new(|_: &str| {})).expect("the router is made");
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .max_blocking_threads(4)
            // As `serve` does: the server's threads have the main thread's stack.
            .thread_stack_size(8 << 20)
            .enable_all()
            .build()
            .expect("a tokio runtime");
        World { store, app, runtime }
    })
}

/// As the binary does: a query stopped at a limit may panic inside the
/// evaluator on its way out, and `query::run` (or the server) reports the
/// limit instead. libFuzzer's hook would abort on that panic; any other
/// panic still goes to it.
fn quiet_panics_of_stopped_queries() {
    let fuzzer_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !newsgraph::memory::stopping() {
            fuzzer_hook(info);
        }
    }));
}

/// A fresh folder for this process under the temporary folder; those left by
/// earlier processes that are gone (libFuzzer exits without running
/// destructors) are removed.
fn scratch_dir(target: &str) -> PathBuf {
    let tmp = std::env::temp_dir();
    let prefix = format!("newsgraph-fuzz-{target}-");
    if let Ok(entries) = std::fs::read_dir(&tmp) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(pid) = name.strip_prefix(&prefix) {
                if !Path::new("/proc").join(pid).exists() {
                    let _ = std::fs::remove_dir_all(entry.path());
                }
            }
        }
    }
    let dir = tmp.join(format!("{prefix}{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

fn make_store(path: &Path) -> GraphStore {
    let store = GraphStore::open(path, Access::Write).expect("the store opens");
    let sources: Vec<Source> = ARTICLES
        .iter()
        .map(|(name, format, text)| Source::Bytes {
            name: Some((*name).to_string()),
            format: Some(*format),
            bytes: text.as_bytes().into(),
        })
        .collect();
    let options = IngestOptions { threads: 1, ingested_at: Some(1_750_000_000), ..IngestOptions::default() };
    let report = ingest(&store, &sources, &Resources::embedded(), options, |e| panic!("ingest failed: {e}"))
        .expect("the articles are stored");
    assert_eq!(report.added, 4, "four articles (one JSON Lines file holds two)");
    store
}

/// The command line's path with every format. A query that reached a limit,
/// or ran for a quarter of it, is not run again in the other formats: each
/// run keeps to the limit, but eight of them in a row would add up to more
/// than libFuzzer's 20 s for one input.
fn command_line(store: &GraphStore, text: &str) {
    let limits = Limits { timeout: Some(TIMEOUT), max_memory: MEMORY, ..Limits::default() };
    for format in FORMATS {
        let mut out = Vec::new();
        let started = std::time::Instant::now();
        match query::run(store, text, format, &mut out, limits) {
            Ok(()) if format == ResultFormat::Json => {
                if let Err(e) = serde_json::from_slice::<serde_json::Value>(&out) {
                    panic!("JSON results do not parse ({e}): {}", String::from_utf8_lossy(&out));
                }
            }
            Ok(()) => {}
            // Every format fails alike on a query that does not parse.
            Err(Error::Limit { .. } | Error::QuerySyntax { .. }) => return,
            Err(Error::Usage { .. } | Error::Query { .. } | Error::Write { .. }) => {}
            Err(e) => panic!("query::run failed with an internal error: {}", e.with_causes()),
        }
        if started.elapsed() > TIMEOUT / 4 {
            return;
        }
    }
}

/// Percent-encodes the bytes a URI's query may not hold, keeping `&`, `=`
/// and `%` so that the input can spell parameters and escapes itself.
fn raw_query_string(bytes: &[u8]) -> String {
    let mut s = String::new();
    for &b in bytes {
        if b.is_ascii_alphanumeric() || b"&=%-._~!$'()*+,;:@/?".contains(&b) {
            s.push(b as char);
        } else {
            s.push_str(&format!("%{b:02X}"));
        }
    }
    s
}

fn request(flags: u8, query: &[u8]) -> Option<Request<Body>> {
    let path = if flags & 8 == 0 { "/query" } else { "/sparql" };
    let encoded: String = form_urlencoded::byte_serialize(query).collect();
    let builder = |method: &str, uri: String| {
        let b = Request::builder().method(method).uri(uri);
        match ACCEPTS[usize::from(flags & 7)] {
            Some(accept) => b.header(header::ACCEPT, accept),
            None => b,
        }
    };
    let built = match (flags >> 4) & 3 {
        0 => builder("GET", format!("{path}?query={encoded}")).body(Body::empty()),
        1 => builder("POST", path.to_string())
            .header(header::CONTENT_TYPE, "application/sparql-query")
            .body(Body::from(query.to_vec())),
        2 => builder("POST", path.to_string())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!("query={encoded}"))),
        _ => builder("GET", format!("{path}?{}", raw_query_string(query))).body(Body::empty()),
    };
    // A request line hyper would refuse never reaches the router.
    built.ok()
}

fn http(world: &World, flags: u8, query: &[u8]) {
    let Some(req) = request(flags, query) else { return };
    let (status, body) = world.runtime.block_on(async {
        let response = world.app.clone().oneshot(req).await.expect("the router is infallible");
        let status = response.status();
        let body = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap_or_default();
        (status, body)
    });
    assert_ne!(
        status,
        StatusCode::INTERNAL_SERVER_ERROR,
        "500 for flags {flags:#04x}, query {:?}: {}",
        String::from_utf8_lossy(query),
        String::from_utf8_lossy(&body)
    );
}

fuzz_target!(|data: &[u8]| {
    let Some((&flags, query)) = data.split_first() else { return };
    let world = world();
    command_line(&world.store, &String::from_utf8_lossy(query));
    http(world, flags, query);
});
