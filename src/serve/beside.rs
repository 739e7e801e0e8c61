//! The command line beside a running server: `query`, `stats` and `export` run
//! on the same `--db` go through these routes (`crate::client` is the other
//! end) and print what they print without a server, because the same library
//! code makes the text here: `query::write_results`, `report::stats_text`, and
//! for `export` the whole dataset, which the command exports itself.

use std::io::Write;

use axum::body::{Body, Bytes};
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use clap::ValueEnum;
use oxigraph::io::{RdfFormat, RdfSerializer};
use serde::Deserialize;
use serde_json::json;

use super::http::{blocking, Failure};
use super::AppState;
use crate::error::Error;
use crate::query::{self, ResultFormat};
use crate::{report, stats};

/// The header that marks a usage error (exit status 2 on the command line).
pub const USAGE_HEADER: &str = "x-newsgraph-usage";

/// Only the machine the server runs on may use these routes (the command line
/// beside it): `/cli/dump` hands out the whole store without the endpoint's
/// result limits, which a server exposed with `--bind` must not offer to others.
pub async fn only_local(
    State(shared): State<AppState>,
    axum::extract::ConnectInfo(peer): axum::extract::ConnectInfo<std::net::SocketAddr>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    if peer.ip().is_loopback() || peer.ip() == shared.config.bind.ip() {
        return next.run(request).await;
    }
    Failure::new(StatusCode::FORBIDDEN, "the /cli/ routes answer the command line on the server's own machine only")
        .into_response()
}

/// `GET /cli/info`: which store this server holds and whether it takes writes.
pub async fn info(State(shared): State<AppState>) -> Response {
    let store = std::fs::canonicalize(shared.store.path()).unwrap_or_else(|_| shared.store.path().to_path_buf());
    let writes = shared.writer.as_ref().is_some_and(super::write::Writer::accepts_http);
    Json(json!({"store": store.display().to_string(), "writes": writes})).into_response()
}

#[derive(Deserialize)]
pub struct QueryParams {
    format: String,
}

fn usage(message: String) -> Response {
    let mut response = Failure::bad_request(message).into_response();
    response.headers_mut().insert(USAGE_HEADER, header::HeaderValue::from_static("1"));
    response
}

/// `POST /cli/query?format=F` with the query as the body: the bytes `newsgraph
/// query --format F` prints. No row limit (the command has none); the
/// server's `--timeout` applies.
pub async fn query(State(shared): State<AppState>, Query(params): Query<QueryParams>, body: Bytes) -> Response {
    let Ok(format) = ResultFormat::from_str(&params.format, true) else {
        return usage(format!("unknown format {:?}", params.format));
    };
    let Ok(text) = String::from_utf8(body.to_vec()) else {
        return usage("the query is not UTF-8".into());
    };
    let store = shared.clone();
    let done = blocking(&shared, move |token| {
        let run = || -> Result<Vec<u8>, Error> {
            let prepared = query::parse_cancellable(&text, token, store.config.max_query_depth)?;
            let results = store.store.query(prepared)?;
            let mut out = Vec::new();
            query::write_results(results, format, &mut out)?;
            Ok(out)
        };
        Ok(run())
    })
    .await;
    match done {
        Ok(Ok(bytes)) => bytes.into_response(),
        Ok(Err(e)) if e.is_usage() => usage(e.with_causes()),
        Ok(Err(e)) => Failure::internal(e.with_causes()).into_response(),
        Err(f) => f.into_response(),
    }
}

#[derive(Deserialize)]
pub struct StatsParams {
    #[serde(default)]
    articles: bool,
    #[serde(default)]
    totals: bool,
}

/// `GET /cli/stats`: the text `newsgraph stats` prints (`?articles=true`: with
/// the list); `?totals=true`: the totals `ingest` prints after a run, as JSON.
pub async fn stats(State(shared): State<AppState>, Query(params): Query<StatsParams>) -> Response {
    let store = shared.clone();
    let done = blocking(&shared, move |_token| {
        let run = || -> Result<Response, Error> {
            let s = stats::stats(&store.store)?;
            if params.totals {
                return Ok(Json(json!({
                    "articles": s.articles,
                    "entities": s.entity_total(),
                    "relations": s.relation_total(),
                    "quotes": s.quotes,
                    "triples": s.triples,
                }))
                .into_response());
            }
            let list = if params.articles { Some(stats::articles(&store.store)?) } else { None };
            Ok(report::stats_text(&s, list.as_deref()).into_response())
        };
        Ok(run())
    })
    .await;
    match done {
        Ok(Ok(response)) => response,
        Ok(Err(e)) => Failure::internal(e.with_causes()).into_response(),
        Err(f) => f.into_response(),
    }
}

/// Sends what it is given to the answer's body, a chunk at a time.
struct ChunkWriter {
    buf: Vec<u8>,
    tx: tokio::sync::mpsc::Sender<Result<Bytes, std::io::Error>>,
}

impl Write for ChunkWriter {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= 256 * 1024 {
            self.flush()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::take(&mut self.buf));
        self.tx.blocking_send(Ok(chunk)).map_err(|_| std::io::Error::other("the client went away"))
    }
}

/// `GET /cli/dump`: every quad of the store as N-Quads, streamed; `export`
/// loads it into a store in memory and exports that. (Not under the query
/// timeout: a dump of a large store takes as long as it takes.)
pub async fn dump(State(shared): State<AppState>) -> Response {
    let (tx, rx) = tokio::sync::mpsc::channel(4);
    let store = shared.clone();
    tokio::task::spawn_blocking(move || {
        let mut out = ChunkWriter { buf: Vec::new(), tx: tx.clone() };
        let all = |_: oxigraph::model::QuadRef<'_>| true;
        let done = store.store.dump(RdfSerializer::from_format(RdfFormat::NQuads), &mut out, false, &all);
        let done = done.and_then(|()| out.flush().map_err(|source| Error::Write { what: "the dump", source }));
        if let Err(e) = done {
            // Cut the answer short: the client sees a broken body, not a partial dump taken as whole.
            let _ = tx.blocking_send(Err(std::io::Error::other(e.with_causes())));
        }
    });
    (StatusCode::OK, [(header::CONTENT_TYPE, "application/n-quads")], Body::new(Chunks(rx))).into_response()
}

/// The chunks a blocking writer sends, as an answer's body.
struct Chunks(tokio::sync::mpsc::Receiver<Result<Bytes, std::io::Error>>);

impl hyper::body::Body for Chunks {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<hyper::body::Frame<Bytes>, std::io::Error>>> {
        self.0.poll_recv(cx).map(|next| next.map(|chunk| chunk.map(hyper::body::Frame::data)))
    }
}
