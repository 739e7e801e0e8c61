//! The server's writes: watched folders polled on a thread of their own, and
//! `POST /articles` / `DELETE /articles` behind a bearer token. Both go through
//! `pipeline` (readers, identity, batching, crash safety as `ingest`) and
//! `remove`, one write at a time, each followed by `Shared::after_write`.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::http::{timestamp, Failure};
use super::AppState;
use crate::client::TOKEN_VARIABLE;
use crate::error::{Error, Result};
use crate::graph::article_iri;
use crate::input::{Format, JsonlFields, ReadOptions, Source};
use crate::pipeline::{Event, IngestOptions, IngestReport, Ingester};
use crate::remove::{remove_targets, Removal, Target};
use crate::store::{Change, GraphStore};
use crate::watch::Watcher;

/// How often the watched folders are looked at.
pub const WATCH_EVERY: Duration = Duration::from_millis(250);

/// Up to this many sources and bytes a write is "live": each article in its
/// own transaction, no flush (`IngestOptions::live`); more (a folder's first
/// scan, a large dump) go through the bulk batches, as `ingest` writes them.
const LIVE_SOURCES: usize = 32;
const LIVE_BYTES: u64 = 1 << 20;

/// The ingest options for writing `sources` while serving.
fn options_for(base: IngestOptions, sources: &[Source]) -> IngestOptions {
    let bytes: u64 = sources.iter().map(Source::size).sum();
    IngestOptions { live: sources.len() <= LIVE_SOURCES && bytes <= LIVE_BYTES, ..base }
}

/// What the server writes with: given by the caller, for a server that writes.
pub struct Writing {
    pub ingester: Ingester,
    /// Folders whose files are ingested as they appear, changed, or go (`--watch`).
    pub watch: Vec<PathBuf>,
    /// The bearer token `POST /articles` and `DELETE /articles` must carry;
    /// without one they are refused (403).
    pub token: Option<String>,
    /// Where the token was read from, recorded for the command line beside the server.
    pub token_file: Option<PathBuf>,
    /// Largest `POST /articles` body (413 beyond).
    pub max_post: usize,
}

/// The writing side of a running server.
pub struct Writer {
    ingester: Ingester,
    token: Option<String>,
    token_file: Option<PathBuf>,
    max_post: usize,
    /// One write at a time (the pipeline's bulk batches must not race a transaction).
    turn: Mutex<()>,
}

impl Writing {
    /// The writer, and the watcher of the folders when there are any.
    pub(super) fn start(self, store: &GraphStore) -> Result<(Writer, Option<Watcher>)> {
        let watcher = if self.watch.is_empty() { None } else { Some(Watcher::new(&self.watch, store.path())?) };
        let writer = Writer {
            ingester: self.ingester,
            token: self.token,
            token_file: self.token_file,
            max_post: self.max_post,
            turn: Mutex::new(()),
        };
        Ok((writer, watcher))
    }
}

impl Writer {
    pub fn accepts_http(&self) -> bool {
        self.token.is_some()
    }

    pub fn token_file(&self) -> Option<PathBuf> {
        self.token_file.clone()
    }
}

/// Runs one write with the store to itself among writers (readers go on, on
/// their snapshots), then the after-write hook.
fn write<T>(shared: &AppState, job: impl FnOnce(&GraphStore, &Ingester) -> Result<T>) -> Result<T> {
    let writer = shared.writer.as_ref().expect("writes are only started with a writer");
    let done = {
        let _turn = writer.turn.lock().unwrap_or_else(PoisonError::into_inner);
        job(&shared.store, &writer.ingester)
    };
    shared.after_write();
    done
}

/// The watching thread, and how to stop it.
pub struct Watching {
    stop: Arc<AtomicBool>,
    thread: std::thread::JoinHandle<()>,
}

impl Watching {
    /// Asks the thread to stop after the write it is doing, and waits for it.
    pub async fn stop(self) {
        self.stop.store(true, Ordering::Relaxed);
        let _ = tokio::task::spawn_blocking(move || self.thread.join()).await;
    }
}

/// Starts polling the folders every `WATCH_EVERY` on a thread of its own.
pub fn watch(shared: AppState, mut watcher: Watcher) -> Watching {
    let stop = Arc::new(AtomicBool::new(false));
    let stopped = stop.clone();
    let thread = std::thread::spawn(move || {
        let folders: Vec<String> = watcher.folders().iter().map(|f| f.display().to_string()).collect();
        (shared.log)(&format!("{} watching {}", timestamp(), folders.join(", ")));
        while !stopped.load(Ordering::Relaxed) {
            if let Err(e) = watch_once(&shared, &mut watcher) {
                (shared.log)(&format!("{} watch: error: {}", timestamp(), e.with_causes()));
            }
            std::thread::sleep(WATCH_EVERY);
        }
    });
    Watching { stop, thread }
}

fn watch_once(shared: &AppState, watcher: &mut Watcher) -> Result<()> {
    let changes = watcher.poll(&shared.store)?;
    let log = &shared.log;
    for e in &changes.errors {
        log(&format!("{} watch: error: {}", timestamp(), e.with_causes()));
    }
    if changes.is_empty() {
        return Ok(());
    }
    write(shared, |store, ingester| {
        if !changes.gone.is_empty() {
            let gone: Vec<(Target, &str)> =
                changes.gone.iter().map(|g| (Target::Source(g.clone()), g.as_str())).collect();
            let done = remove_targets(store, &gone)?;
            log(&format!(
                "{} watch: {} file{} gone: {} article{} removed, {} kept (also read elsewhere)",
                timestamp(),
                changes.gone.len(),
                plural(changes.gone.len()),
                done.removed,
                plural(done.removed),
                done.kept
            ));
        }
        if !changes.ingest.is_empty() {
            let options = options_for(ingester.options, &changes.ingest);
            ingester.run(store, &changes.ingest, options, &ingester.read, |event| match event {
                Event::Stored { article, change } => {
                    log(&format!("{} watch: {} {}", timestamp(), change_name(change), article.source))
                }
                Event::Failed(e) => log(&format!("{} watch: error: {}", timestamp(), e.with_causes())),
            })?;
        }
        Ok(())
    })
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// How a change is named in answers and log lines.
fn change_name(change: Change) -> &'static str {
    match change {
        Change::Added => "added",
        Change::Replaced => "replaced",
        Change::Unchanged => "unchanged",
        Change::NewSource => "duplicate",
    }
}

/// Why a request may not write.
enum Refusal {
    /// The server takes no writes over HTTP (403).
    Off,
    /// No bearer token (401).
    NoToken,
    /// A wrong token (403).
    Wrong,
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        match self {
            Refusal::Off => Failure::new(
                StatusCode::FORBIDDEN,
                format!(
                    "this server does not accept writes: start it with --write-token-file FILE (or {TOKEN_VARIABLE})"
                ),
            )
            .into_response(),
            Refusal::NoToken => {
                let mut response = Failure::new(
                    StatusCode::UNAUTHORIZED,
                    "writing needs the server's write token: send the header 'Authorization: Bearer TOKEN'",
                )
                .into_response();
                response.headers_mut().insert(header::WWW_AUTHENTICATE, header::HeaderValue::from_static("Bearer"));
                response
            }
            Refusal::Wrong => Failure::new(StatusCode::FORBIDDEN, "wrong write token").into_response(),
        }
    }
}

/// The writer, if this request may write: the server takes writes over HTTP
/// and the request carries its bearer token.
fn authorized<'a>(shared: &'a AppState, headers: &HeaderMap) -> std::result::Result<&'a Writer, Refusal> {
    let writer = shared.writer.as_ref().ok_or(Refusal::Off)?;
    let expected = writer.token.as_deref().ok_or(Refusal::Off)?;
    let given = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| {
        let (scheme, token) = v.trim().split_once(' ')?;
        scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
    });
    match given {
        None => Err(Refusal::NoToken),
        Some(token) if same_secret(token.as_bytes(), expected.as_bytes()) => Ok(writer),
        Some(_) => Err(Refusal::Wrong),
    }
}

/// Compares two secrets in a time that does not depend on where they differ.
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    let mut diff = a.len() ^ b.len();
    for (i, x) in a.iter().enumerate() {
        diff |= usize::from(x ^ b.get(i % b.len().max(1)).copied().unwrap_or(0));
    }
    diff == 0
}

/// `POST /articles` parameters.
#[derive(Deserialize, Default)]
pub struct PostParams {
    /// The source to record (a path, a URL, a name): the same source posted
    /// again with another text replaces its article, as a changed file does.
    /// Without one the article claims no place, like standard input.
    source: Option<String>,
    /// text, markdown, html or jsonl, when neither Content-Type nor the source's extension says.
    format: Option<String>,
    text_field: Option<String>,
    title_field: Option<String>,
    date_field: Option<String>,
    url_field: Option<String>,
    min_confidence: Option<f32>,
}

fn format_named(name: &str) -> Option<Format> {
    Some(match name.trim().to_ascii_lowercase().as_str() {
        "text" | "txt" | "text/plain" => Format::Text,
        "markdown" | "md" | "text/markdown" | "text/x-markdown" => Format::Markdown,
        "html" | "text/html" | "application/xhtml+xml" => Format::Html,
        "jsonl" | "ndjson" | "application/jsonl" | "application/x-ndjson" | "application/x-jsonlines" => Format::Jsonl,
        _ => return None,
    })
}

/// `POST /articles`: the body is one article file (text, Markdown, HTML) or a
/// JSON Lines dump, possibly gzip-compressed; stored as `ingest` stores a file.
/// Answers `{stored: [{iri, title, source, change, encoding}], failed: [{source, error}], added, replaced, unchanged, duplicates}`.
pub async fn post_articles(
    State(shared): State<AppState>,
    Query(params): Query<PostParams>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let writer = match authorized(&shared, &headers) {
        Ok(w) => w,
        Err(refused) => return refused.into_response(),
    };
    let limit = writer.max_post;
    let bytes = match axum::body::to_bytes(body, limit).await {
        Ok(b) => b,
        Err(e) => {
            let too_large = std::error::Error::source(&e).is_some_and(|s| s.to_string().contains("length limit"))
                || e.to_string().contains("length limit");
            if too_large {
                return Failure::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    format!("the body is larger than {limit} bytes, the most this server takes (serve --max-post)"),
                )
                .into_response();
            }
            return Failure::bad_request(format!("the body could not be read: {e}")).into_response();
        }
    };
    if bytes.is_empty() {
        return Failure::bad_request("empty body: POST the article's bytes").into_response();
    }
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let format = match &params.format {
        Some(name) => match format_named(name) {
            Some(f) => Some(f),
            None => {
                return Failure::bad_request(format!("format={name}: one of text, markdown, html, jsonl"))
                    .into_response()
            }
        },
        None => format_named(content_type.split(';').next().unwrap_or_default()),
    };
    let source =
        Source::Bytes { name: params.source.clone().filter(|s| !s.is_empty()), format, bytes: bytes.to_vec().into() };
    let job_shared = shared.clone();
    let answer = tokio::task::spawn_blocking(move || {
        write(&job_shared, |store, ingester| {
            let mut options = options_for(ingester.options, std::slice::from_ref(&source));
            if let Some(c) = params.min_confidence {
                options.min_confidence = c.clamp(0.0, 1.0);
            }
            let read = ReadOptions {
                jsonl: JsonlFields::with_overrides(
                    params.text_field,
                    params.title_field,
                    params.date_field,
                    params.url_field,
                ),
                max_article_bytes: ingester.read.max_article_bytes,
                max_text_bytes: ingester.read.max_text_bytes,
                html: ingester.read.html,
            };
            let mut stored = Vec::new();
            let mut failed = Vec::new();
            let report = ingester.run(store, &[source], options, &read, |event| match event {
                Event::Stored { article, change } => stored.push(json!({
                    "iri": article_iri(&article.key).as_str(),
                    "title": article.title,
                    "source": article.source,
                    "change": change_name(change),
                    "encoding": article.encoding,
                })),
                Event::Failed(e) => failed.push(failure_json(e)),
            })?;
            Ok(post_answer(&report, stored, failed))
        })
    })
    .await;
    match answer {
        Ok(Ok((status, value))) => (status, Json(value)).into_response(),
        Ok(Err(e)) => Failure::internal(format!("storing failed: {}", e.with_causes())).into_response(),
        Err(e) => Failure::internal(format!("storing stopped unexpectedly: {e}")).into_response(),
    }
}

fn failure_json(e: &Error) -> Value {
    let reason = match e {
        Error::BadArticle { reason, .. } | Error::BadLine { reason, .. } => reason.clone(),
        Error::Io { source, .. } => source.to_string(),
        other => other.with_causes(),
    };
    let mut v = json!({"error": e.with_causes(), "reason": reason});
    if let Some(path) = e.path() {
        v["source"] = json!(path.display().to_string());
    }
    if let Error::BadLine { line, .. } = e {
        v["line"] = json!(line);
    }
    v
}

/// 200 when something was stored or nothing failed; 422 when every article failed.
fn post_answer(report: &IngestReport, stored: Vec<Value>, failed: Vec<Value>) -> (StatusCode, Value) {
    let status =
        if stored.is_empty() && !failed.is_empty() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let value = json!({
        "stored": stored,
        "failed": failed,
        "added": report.added,
        "replaced": report.replaced,
        "unchanged": report.unchanged,
        "duplicates": report.duplicates,
    });
    (status, value)
}

/// `DELETE /articles` parameters: exactly one of them.
#[derive(Deserialize, Default)]
pub struct DeleteParams {
    /// A source as recorded: a path (a folder takes everything below it), a name a POST gave, or `-`.
    source: Option<String>,
    /// An article IRI.
    iri: Option<String>,
    /// An article URL (`ng:url`).
    url: Option<String>,
}

/// `DELETE /articles?source=…|iri=…|url=…`: takes articles out as `remove`
/// does. Answers `{removed, kept, unknown}`, with 404 when nothing matched.
pub async fn delete_articles(
    State(shared): State<AppState>,
    Query(params): Query<DeleteParams>,
    headers: HeaderMap,
) -> Response {
    if let Err(refused) = authorized(&shared, &headers) {
        return refused.into_response();
    }
    let target = match (params.source, params.iri, params.url) {
        (Some(s), None, None) => Target::Source(s),
        (None, Some(i), None) if crate::graph::is_article_iri(&i) => Target::Iri(i),
        (None, Some(i), None) => {
            return Failure::bad_request(format!("iri={i}: not an article IRI")).into_response();
        }
        (None, None, Some(u)) => Target::Url(u),
        _ => return Failure::bad_request("give one of source=, iri= or url=").into_response(),
    };
    let job_shared = shared.clone();
    let done: std::result::Result<Result<Removal>, _> = tokio::task::spawn_blocking(move || {
        let name = match &target {
            Target::Source(s) | Target::Iri(s) | Target::Url(s) => s.clone(),
        };
        write(&job_shared, |store, _| remove_targets(store, &[(target, name.as_str())]))
    })
    .await;
    match done {
        Ok(Ok(removal)) => {
            let status = if removal.unknown.is_empty() { StatusCode::OK } else { StatusCode::NOT_FOUND };
            (status, Json(json!(removal))).into_response()
        }
        Ok(Err(e)) if e.is_usage() => Failure::bad_request(e.with_causes()).into_response(),
        Ok(Err(e)) => Failure::internal(format!("removing failed: {}", e.with_causes())).into_response(),
        Err(e) => Failure::internal(format!("removing stopped unexpectedly: {e}")).into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret(b"abc", b"abc"));
        assert!(!same_secret(b"abc", b"abd"));
        assert!(!same_secret(b"ab", b"abc"));
        assert!(!same_secret(b"", b"abc"));
        assert!(!same_secret(b"abc", b""));
    }
}
