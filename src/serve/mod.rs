//! `newsgraph serve`: a SPARQL 1.1 Protocol endpoint (`/query`, `/sparql`) and a
//! page to explore the graph (`/`), over one store held for the server's life.
//!
//! - `sparql` speaks the protocol: reads the query from GET, form POST or a
//!   `application/sparql-query` body, negotiates the results format, runs the
//!   query through `query::parse_cancellable` and `GraphStore::query` (the path
//!   `newsgraph query` takes) under a timeout and a result-size limit.
//! - `api` answers the page's JSON requests (search, entity, examples, stats)
//!   with fixed SPARQL queries whose inputs are bound as values.
//! - `assets` holds the page, compiled in; nothing is read from disk.
//! - `write` takes articles in while the server runs, when asked to: the
//!   watched folders (`--watch`, polled by `crate::watch`) and, with a bearer
//!   token, `POST /articles` and `DELETE /articles`; all through
//!   `pipeline` and `remove`, one write at a time, each followed by the
//!   `Shared::after_write` hook.
//! - `beside` answers the command line run on the same store while the server
//!   holds it (`query`, `stats`, `export`; `crate::client` is the other end),
//!   and the server file tells it where the server listens.
//!
//! The server holds the store read-write (RocksDB's lock): other processes go
//! through it. Readers run on snapshots, so a query sees an article whole or
//! not at all while a write goes on. Nothing here prints: the request log goes
//! to the caller's `Log`.
//! Anything that writes to the store from inside the server goes through
//! `Shared::after_write`, which marks the page's view (`view`: the search's
//! names and the analysed graph) stale for its refresher (the counts need
//! nothing: the store's write functions keep them).

mod analysis;
mod api;
mod assets;
mod beside;
mod http;
mod io;
mod sparql;
mod view;
mod write;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::pin::pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower_http::cors::{Any, CorsLayer};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::RequestBodyTimeoutLayer;
use tower_service::Service;

use crate::client::ServerFile;
use crate::error::{Error, Result};
use crate::store::GraphStore;
pub use write::Writing;

/// How the server runs. `Config::default()` gives the CLI's defaults.
#[derive(Clone, Debug)]
pub struct Config {
    /// Address to listen on; loopback unless the user says otherwise.
    pub bind: SocketAddr,
    /// Longest a query may run before it is cancelled (503).
    pub timeout: Duration,
    /// Most rows (SELECT) or triples (CONSTRUCT/DESCRIBE) one answer may hold (500 beyond).
    pub max_rows: usize,
    /// Most bytes one serialized answer may take (500 beyond).
    pub max_result_bytes: usize,
    /// Largest request body accepted (413 beyond).
    pub max_body: usize,
    /// Longest a client may take to send its request headers, its body, and to
    /// accept each write of the answer.
    pub client_timeout: Duration,
    /// Queries evaluated at the same time; further ones wait their turn
    /// (within the timeout).
    pub workers: usize,
    /// Most bytes one query may allocate before it is stopped (503).
    pub max_query_memory: usize,
    /// Deepest nesting of a query's text (400 beyond).
    pub max_query_depth: usize,
    /// Most connections open at once (503 beyond).
    pub max_connections: usize,
}

impl Default for Config {
    fn default() -> Config {
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
        Config {
            bind: SocketAddr::from(([127, 0, 0, 1], 7878)),
            timeout: Duration::from_secs(10),
            max_rows: 100_000,
            max_result_bytes: 64 << 20,
            max_body: 1 << 20,
            client_timeout: Duration::from_secs(10),
            workers: (cores * 2).max(2),
            max_query_memory: crate::query::DEFAULT_QUERY_MEMORY,
            max_query_depth: crate::query::DEFAULT_QUERY_DEPTH,
            max_connections: 1024,
        }
    }
}

/// Stack size of the server's threads, those that parse and evaluate queries.
pub(crate) const QUERY_STACK: usize = 8 << 20;

/// The whole answer to a connection past `--max-connections`.
const TOO_MANY_CONNECTIONS: &str = "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 49\r\nRetry-After: 1\r\nConnection: close\r\n\r\nthe server has too many open connections; retry\r\n";

/// Where the request log lines go (one per request).
pub type Log = Arc<dyn Fn(&str) + Send + Sync>;

/// What every handler shares.
struct Shared {
    store: GraphStore,
    config: Config,
    /// One permit per query evaluated at a time (they run on blocking threads).
    permits: Arc<Semaphore>,
    log: Log,
    /// The search's names and the analysed graph: made at start (after a
    /// restart, while requests are already accepted), and again
    /// (by `view::refresh`, at most about once a second) after writes.
    views: view::Views,
    /// How the server writes, when it does (`--watch`, a write token).
    writer: Option<write::Writer>,
    /// Told when a runaway query's thread was frozen: the server stops as on
    /// SIGTERM and `serve` returns [`Ended::Restart`], so that the process
    /// can start again and get the frozen thread's memory back.
    restart: tokio::sync::Notify,
}

/// How `serve` ended.
#[derive(Debug)]
pub enum Ended {
    /// Ctrl-C or SIGTERM.
    Stopped,
    /// A runaway query's thread was frozen (see `crate::memory`), holding
    /// memory only the end of the process gives back: the caller should start
    /// the server again in a new process image (`exec`), handing it this
    /// listener, which stayed open (not accepting) since the stop: clients
    /// that connect meanwhile wait in its backlog instead of being refused.
    Restart(std::net::TcpListener),
}

impl Shared {
    /// What the handlers share: `config.workers` query permits, no view yet.
    fn new(store: GraphStore, config: Config, log: Log, writer: Option<write::Writer>) -> AppState {
        let permits = Arc::new(Semaphore::new(config.workers.max(1)));
        let restart = tokio::sync::Notify::new();
        Arc::new(Shared { store, permits, log, views: view::Views::new(), writer, config, restart })
    }

    /// Called after every write to the store (an article stored or removed, by
    /// a watched folder or over HTTP): what the read side keeps beside the
    /// store is brought up to date here. The view (the search's names, the
    /// analysed graph) is marked stale, and the refresher makes a new one
    /// within about a second; requests meanwhile use the one before. (The
    /// counts need nothing: the store's writes keep them.)
    fn after_write(&self) {
        self.views.mark_stale();
    }
}

type AppState = Arc<Shared>;

/// Runs the server until Ctrl-C (SIGINT) or SIGTERM (or a runaway query, see
/// [`Ended::Restart`]), then lets requests in flight finish and returns,
/// releasing the store. It listens on `listener` when given (one handed over
/// by the server before a restart), else on `config.bind`. `ready` is told the bound
/// address once the server accepts connections. With `writing`, the server
/// also writes (watched folders, `POST /articles`).
pub fn serve(
    store: GraphStore,
    config: Config,
    listener: Option<std::net::TcpListener>,
    writing: Option<Writing>,
    ready: impl FnOnce(SocketAddr),
    log: Log,
) -> Result<Ended> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(config.workers + 2)
        // The main thread's stack: a query nested `--max-query-depth` 2000 deep
        // is parsed and evaluated as on the command line (2 MiB overflowed).
        .thread_stack_size(QUERY_STACK)
        .thread_name("newsgraph-serve")
        .build()
        .map_err(|source| Error::Io { path: PathBuf::from("the server's runtime"), source })?;
    let grace = config.timeout + Duration::from_secs(2);
    let result = runtime.block_on(run(store, config, listener, writing, ready, log));
    runtime.shutdown_timeout(grace);
    result
}

async fn run(
    store: GraphStore,
    config: Config,
    listener: Option<std::net::TcpListener>,
    writing: Option<Writing>,
    ready: impl FnOnce(SocketAddr),
    log: Log,
) -> Result<Ended> {
    let bind = config.bind;
    let bind_err = |source| Error::Io { path: PathBuf::from(format!("--bind {bind}")), source };
    // A listener handed over by a restart has clients waiting in its backlog.
    let restarted = listener.is_some();
    let listener = match listener {
        Some(handed) => handed.set_nonblocking(true).and_then(|()| TcpListener::from_std(handed)).map_err(bind_err)?,
        None => TcpListener::bind(bind).await.map_err(bind_err)?,
    };
    let local = listener.local_addr().map_err(bind_err)?;
    let client_timeout = config.client_timeout;
    let (writer, watcher) = match writing {
        Some(w) => {
            let (writer, watcher) = w.start(&store)?;
            (Some(writer), watcher)
        }
        None => (None, None),
    };
    let server_file = ServerFile::for_server(
        local,
        writer.as_ref().is_some_and(write::Writer::accepts_http),
        writer.as_ref().and_then(write::Writer::token_file),
    );
    let store_dir = store.path().to_path_buf();
    let shared = Shared::new(store, config, log.clone(), writer);
    // The first view: on a start, made before the first request, so that no
    // search waits for it; after a restart, made while requests are accepted,
    // so that the clients waiting in the backlog get their query answers at
    // once (a query needs no view; the requests that do wait for it).
    let view_err = |e: tokio::task::JoinError| Error::Store {
        path: store_dir.clone(),
        message: format!("reading the store failed: {e}"),
    };
    let mut first_view = pin!(tokio::task::spawn_blocking({
        let shared = shared.clone();
        move || view::View::make(&shared.store).map(|view| shared.views.first(view))
    }));
    let mut viewing = restarted;
    if !restarted {
        (&mut first_view).await.map_err(view_err).and_then(|made| made)?;
    }
    let mut failed = None;
    let refreshing = view::refresh(shared.clone());
    server_file.write(&store_dir)?;
    let watching = watcher.map(|w| write::watch(shared.clone(), w));
    let app = router(shared.clone());
    ready(local);

    let graceful = GracefulShutdown::new();
    let max_connections = shared.config.max_connections.max(1);
    let connections = Arc::new(Semaphore::new(max_connections));
    let mut stop = pin!(shutdown_signal());
    let mut restarting = false;
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, peer) = match accepted {
                    Ok(pair) => pair,
                    Err(e) => {
                        // Out of file descriptors and the like: wait a little, go on.
                        log(&format!("{} accept failed: {e}", http::timestamp()));
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                // Past the limit a new connection gets a 503 written without
                // waiting (what fits in the socket's buffer) and is closed.
                let Ok(open) = connections.clone().try_acquire_owned() else {
                    log(&format!("{} {peer} refused: {max_connections} connections are open", http::timestamp()));
                    let _ = stream.try_write(TOO_MANY_CONNECTIONS.as_bytes());
                    continue;
                };
                let _ = stream.set_nodelay(true);
                let app = app.clone();
                let service = hyper::service::service_fn(move |req: hyper::Request<hyper::body::Incoming>| {
                    let mut req = req.map(axum::body::Body::new);
                    req.extensions_mut().insert(ConnectInfo(peer));
                    let mut app = app.clone();
                    async move { app.call(req).await }
                });
                let conn = hyper::server::conn::http1::Builder::new()
                    .timer(TokioTimer::new())
                    .header_read_timeout(client_timeout)
                    .serve_connection(TokioIo::new(io::WriteTimeout::new(stream, client_timeout)), service);
                let conn = graceful.watch(conn);
                tokio::spawn(async move {
                    // Errors here are clients going away or timing out: nothing to do.
                    let _ = conn.await;
                    drop(open);
                });
            }
            made = &mut first_view, if viewing => {
                viewing = false;
                if let Err(e) = made.map_err(view_err).and_then(|made| made) {
                    failed = Some(e);
                    break;
                }
            }
            _ = &mut stop => break,
            _ = shared.restart.notified() => {
                restarting = true;
                break;
            }
        }
    }
    // On a restart the listener is kept (not accepting) for the next process.
    let (kept, why) = if restarting {
        (Some(listener), "restarting to give a frozen query's memory back")
    } else if failed.is_some() {
        drop(listener);
        (None, "stopping, the page's view could not be made")
    } else {
        drop(listener);
        (None, "stopping")
    };
    ServerFile::remove(&store_dir);
    log(&format!("{} {why}: finishing requests in flight", http::timestamp()));
    if let Some(watching) = watching {
        watching.stop().await;
    }
    refreshing.stop().await;
    let grace = shared.config.timeout + Duration::from_secs(1);
    if tokio::time::timeout(grace, graceful.shutdown()).await.is_err() {
        log(&format!(
            "{} some connections did not finish within {} s; closing them",
            http::timestamp(),
            grace.as_secs()
        ));
    }
    if let Some(e) = failed {
        return Err(e);
    }
    match kept {
        Some(listener) => Ok(Ended::Restart(listener.into_std().map_err(bind_err)?)),
        None => Ok(Ended::Stopped),
    }
}

/// The server's routes over `store`, as `serve` answers them, but without a
/// listener, watched folders or writes: for driving the real handlers in
/// process (the fuzz targets under `fuzz/` send requests with tower's
/// `oneshot`). Handlers run blocking work with `tokio::task::spawn_blocking`,
/// so requests must be sent from inside a multi-thread tokio runtime; the
/// `/cli/` routes also need the `ConnectInfo<SocketAddr>` extension that
/// `serve` adds to each connection's requests.
pub fn app(store: GraphStore, config: Config, log: Log) -> Result<Router> {
    let view = view::View::make(&store)?;
    let shared = Shared::new(store, config, log, None);
    shared.views.first(view);
    Ok(router(shared))
}

fn router(shared: AppState) -> Router {
    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([axum::http::Method::GET, axum::http::Method::POST, axum::http::Method::DELETE])
        .allow_headers(Any)
        .max_age(Duration::from_secs(3600));
    let body_limit = shared.config.max_body;
    let body_timeout = shared.config.client_timeout;
    // Reads take bodies up to --max-body; `/articles` checks the token before
    // it reads a body, and allows up to --max-post.
    let reads = Router::new()
        .route("/query", get(sparql::endpoint).post(sparql::endpoint))
        .route("/sparql", get(sparql::endpoint).post(sparql::endpoint))
        .route("/api/search", get(api::search))
        .route("/api/entity", get(api::entity))
        .route("/api/entity/version", get(api::entity_version))
        .route("/api/examples", get(api::examples))
        .route("/api/stats", get(api::stats))
        .route("/api/path", get(analysis::path))
        .route("/api/influential", get(analysis::influential))
        .route("/api/community", get(analysis::community))
        .merge(
            Router::new()
                .route("/cli/info", get(beside::info))
                .route("/cli/query", post(beside::query))
                .route("/cli/stats", get(beside::stats))
                .route("/cli/dump", get(beside::dump))
                .route_layer(middleware::from_fn_with_state(shared.clone(), beside::only_local)),
        )
        .merge(assets::routes())
        .layer(middleware::from_fn_with_state(shared.clone(), whole_body))
        .layer(RequestBodyLimitLayer::new(body_limit));
    // Writing needs the token, read before the body: an unknown client cannot
    // hold a write open, and a large upload gets the client timeout per part.
    let writes = Router::new()
        .route("/articles", post(write::post_articles).delete(write::delete_articles))
        .layer(RequestBodyTimeoutLayer::new(body_timeout));
    Router::new()
        .merge(reads)
        .merge(writes)
        .fallback(assets::not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(cors)
        .layer(middleware::from_fn_with_state(shared.clone(), log_request))
        .with_state(shared)
}

/// Reads a request's whole body within the client timeout before the handler
/// runs: a client sending a byte now and then cannot hold a connection (and a
/// place among the open connections) longer than that. 408 when it is late.
async fn whole_body(State(shared): State<AppState>, req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    let timeout = shared.config.client_timeout;
    match tokio::time::timeout(timeout, axum::body::to_bytes(body, shared.config.max_body)).await {
        Ok(Ok(bytes)) => next.run(Request::from_parts(parts, axum::body::Body::from(bytes))).await,
        Ok(Err(e)) => {
            let too_large = std::iter::successors(std::error::Error::source(&e), |cause| cause.source())
                .any(|cause| cause.is::<http_body_util::LengthLimitError>());
            if too_large {
                http::Failure::new(
                    axum::http::StatusCode::PAYLOAD_TOO_LARGE,
                    format!(
                        "the request body is larger than {} bytes (newsgraph serve --max-body BYTES)",
                        shared.config.max_body
                    ),
                )
                .into_response()
            } else {
                http::Failure::bad_request(format!("the request body could not be read: {e}")).into_response()
            }
        }
        Err(_) => http::Failure::new(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            format!(
                "the request body did not arrive within {} s (newsgraph serve --client-timeout SECONDS)",
                timeout.as_secs_f64()
            ),
        )
        .into_response(),
    }
}

/// The query text a handler ran, for the log line.
#[derive(Clone)]
struct LoggedQuery(String);

/// One line per request: time, client, method and path, status, size, duration, query.
async fn log_request(State(shared): State<AppState>, req: Request, next: Next) -> Response {
    let start = Instant::now();
    let peer = req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.to_string()).unwrap_or_default();
    let line = format!("{} {}", req.method(), req.uri().path());
    let response = next.run(req).await;
    let size = axum::body::HttpBody::size_hint(response.body()).exact().map(|n| format!(" {n} B")).unwrap_or_default();
    let query = response
        .extensions()
        .get::<LoggedQuery>()
        .map(|q| format!(" query={:?}", http::one_line(&q.0, 200)))
        .unwrap_or_default();
    (shared.log)(&format!(
        "{} {peer} \"{line}\" {}{size} {:.1} ms{query}",
        http::timestamp(),
        response.status().as_u16(),
        start.elapsed().as_secs_f64() * 1000.0
    ));
    response
}

/// A known path asked with a method it does not take (axum adds the `Allow` header).
async fn method_not_allowed(method: axum::http::Method, uri: axum::http::Uri) -> crate::serve::http::Failure {
    http::Failure::new(
        axum::http::StatusCode::METHOD_NOT_ALLOWED,
        format!("{method} is not allowed on {}: use GET or POST", uri.path()),
    )
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
