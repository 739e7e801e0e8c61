//! The command line beside a running server: the server file that tells where
//! the server holding a store listens, and the HTTP client that runs `query`,
//! `stats`, `export`, `ingest` and `remove` through it (the server's side is
//! `serve::beside` and `serve::write`).
//!
//! RocksDB's lock (`LOCK`, an fcntl lock without content) says that a process
//! holds the store; the server writes `serve.json` beside it once it listens
//! (its address, whether it takes writes, where its token file is) and removes
//! it when it stops. A file left by a killed server is harmless: the server it
//! names no longer answers, or answers for another store, and is not used.

use std::io::Read;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::query::ResultFormat;
use crate::remove::{Removal, Target};
use crate::store::GraphStore;

/// The server file's name, in the store's folder.
pub const SERVER_FILE: &str = "serve.json";

/// The environment variable the command line (and the server) take the write token from.
pub const TOKEN_VARIABLE: &str = "NEWSGRAPH_WRITE_TOKEN";

/// What a running server records beside its store.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct ServerFile {
    /// `http://127.0.0.1:7878/`
    pub url: String,
    pub pid: u32,
    /// Whether it takes writes over HTTP (it was given a write token).
    pub writes: bool,
    /// The file its write token was read from, if it was read from one.
    pub token_file: Option<PathBuf>,
}

impl ServerFile {
    /// The record of a server listening on `local` (an unspecified address is reached on loopback).
    pub fn for_server(local: SocketAddr, writes: bool, token_file: Option<PathBuf>) -> ServerFile {
        let ip = match local.ip() {
            IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
            IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
            ip => ip,
        };
        let url = format!("http://{}/", SocketAddr::new(ip, local.port()));
        ServerFile { url, pid: std::process::id(), writes, token_file }
    }

    /// Writes the file into the store's folder (whole: written aside, then renamed).
    pub fn write(&self, store_dir: &Path) -> Result<()> {
        let path = store_dir.join(SERVER_FILE);
        let aside = store_dir.join(format!(".{SERVER_FILE}.{}", std::process::id()));
        let text = serde_json::to_string_pretty(self).unwrap_or_default();
        std::fs::write(&aside, text + "\n").map_err(|source| Error::Io { path: aside.clone(), source })?;
        std::fs::rename(&aside, &path).map_err(|source| Error::Io { path, source })
    }

    /// Removes the file (nothing to do when it is not there).
    pub fn remove(store_dir: &Path) {
        let _ = std::fs::remove_file(store_dir.join(SERVER_FILE));
    }

    fn read(store_dir: &Path) -> Option<ServerFile> {
        let text = std::fs::read_to_string(store_dir.join(SERVER_FILE)).ok()?;
        serde_json::from_str(&text).ok()
    }
}

/// The totals `ingest` prints after a run.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Totals {
    pub articles: usize,
    pub entities: usize,
    pub relations: usize,
    pub quotes: usize,
    pub triples: usize,
}

/// One article a `POST /articles` stored.
#[derive(Clone, Debug, Deserialize)]
pub struct StoredArticle {
    pub iri: String,
    pub title: String,
    pub source: String,
    /// added, replaced, unchanged or duplicate.
    pub change: String,
    pub encoding: String,
}

/// One source or line a `POST /articles` could not store.
#[derive(Clone, Debug, Deserialize)]
pub struct FailedArticle {
    pub source: Option<String>,
    pub line: Option<usize>,
    /// Why, without the source's name.
    pub reason: String,
    /// The whole message, naming the source.
    pub error: String,
}

/// The answer to a `POST /articles`.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Posted {
    pub stored: Vec<StoredArticle>,
    pub failed: Vec<FailedArticle>,
    pub added: usize,
    pub replaced: usize,
    pub unchanged: usize,
    pub duplicates: usize,
}

/// Options of a `POST /articles` beyond the body.
#[derive(Clone, Debug, Default)]
pub struct PostOptions {
    pub text_field: Option<String>,
    pub title_field: Option<String>,
    pub date_field: Option<String>,
    pub url_field: Option<String>,
    pub min_confidence: Option<f32>,
}

/// A copy of a store, deleted when dropped (the store closes first: fields drop in order).
pub struct Snapshot {
    store: GraphStore,
    _dir: RemovedOnDrop,
}

impl std::ops::Deref for Snapshot {
    type Target = GraphStore;

    fn deref(&self) -> &GraphStore {
        &self.store
    }
}

struct RemovedOnDrop(PathBuf);

impl Drop for RemovedOnDrop {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A running server that holds a store, reached over HTTP.
pub struct Client {
    base: String,
    agent: ureq::Agent,
    file: ServerFile,
}

impl Client {
    /// The server holding the store at `db`, when one runs: its server file
    /// names it, and it answers that it holds this store.
    pub fn find(db: &Path) -> Option<Client> {
        let file = ServerFile::read(db)?;
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_connect(Some(Duration::from_secs(5)))
            .build()
            .into();
        let client = Client { base: file.url.trim_end_matches('/').to_string(), agent, file };
        #[derive(Deserialize)]
        struct Info {
            store: String,
        }
        let mut response = client.agent.get(format!("{}/cli/info", client.base)).call().ok()?;
        if response.status().as_u16() != 200 {
            return None;
        }
        let bytes = response.body_mut().read_to_vec().ok()?;
        let info: Info = serde_json::from_slice(&bytes).ok()?;
        let here = std::fs::canonicalize(db).ok()?;
        (Path::new(&info.store) == here).then_some(client)
    }

    pub fn url(&self) -> &str {
        &self.file.url
    }

    fn fail(&self, message: impl std::fmt::Display) -> Error {
        Error::Remote { endpoint: self.file.url.clone(), message: message.to_string() }
    }

    /// The answer's status and body; a transport failure is an error.
    fn finish(
        &self,
        response: std::result::Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> Result<(u16, ureq::http::HeaderMap, Vec<u8>)> {
        let response = response.map_err(|e| self.fail(format!("the server does not answer: {e}")))?;
        let (parts, body) = response.into_parts();
        let mut bytes = Vec::new();
        body.into_reader().read_to_end(&mut bytes).map_err(|e| self.fail(format!("the answer broke off: {e}")))?;
        Ok((parts.status.as_u16(), parts.headers, bytes))
    }

    /// An error answer: usage errors (the server marks them) exit with 2, as without a server.
    fn refused(&self, status: u16, headers: &ureq::http::HeaderMap, body: &[u8]) -> Error {
        let message = String::from_utf8_lossy(body).trim_end().to_string();
        if headers.contains_key("x-newsgraph-usage") {
            return Error::Relayed { message, usage: true };
        }
        if status == 500 || status == 503 {
            return Error::Relayed { message, usage: false };
        }
        self.fail(format!("{status}: {message}"))
    }

    /// What `newsgraph query --format FORMAT` prints for `text`.
    pub fn query(&self, text: &str, format: ResultFormat) -> Result<Vec<u8>> {
        let name = clap::ValueEnum::to_possible_value(&format).map(|v| v.get_name().to_string()).unwrap_or_default();
        let url = format!("{}/cli/query?format={name}", self.base);
        let (status, headers, body) =
            self.finish(self.agent.post(url).header("Content-Type", "application/sparql-query").send(text.as_bytes()))?;
        if status == 200 {
            Ok(body)
        } else {
            Err(self.refused(status, &headers, &body))
        }
    }

    /// What `newsgraph stats` (with `--articles`) prints.
    pub fn stats_text(&self, articles: bool) -> Result<String> {
        let (status, headers, body) =
            self.finish(self.agent.get(format!("{}/cli/stats?articles={articles}", self.base)).call())?;
        if status != 200 {
            return Err(self.refused(status, &headers, &body));
        }
        String::from_utf8(body).map_err(|e| self.fail(e))
    }

    /// The store's totals.
    pub fn totals(&self) -> Result<Totals> {
        let (status, headers, body) =
            self.finish(self.agent.get(format!("{}/cli/stats?totals=true", self.base)).call())?;
        if status != 200 {
            return Err(self.refused(status, &headers, &body));
        }
        serde_json::from_slice(&body).map_err(|e| self.fail(format!("unexpected answer: {e}")))
    }

    /// A copy of the server's whole store in a temporary folder (for `export`).
    pub fn snapshot(&self) -> Result<Snapshot> {
        let response = self.agent.get(format!("{}/cli/dump", self.base)).call();
        let response = response.map_err(|e| self.fail(format!("the server does not answer: {e}")))?;
        if response.status().as_u16() != 200 {
            let (parts, body) = response.into_parts();
            let mut bytes = Vec::new();
            let _ = body.into_reader().read_to_end(&mut bytes);
            return Err(self.refused(parts.status.as_u16(), &parts.headers, &bytes));
        }
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let dir = RemovedOnDrop(std::env::temp_dir().join(format!("newsgraph-copy-{}-{nanos}", std::process::id())));
        let store = GraphStore::create_copy(&dir.0)?;
        store
            .load_nquads(response.into_body().into_reader())
            .map_err(|e| self.fail(format!("the store's copy did not arrive whole: {}", e.with_causes())))?;
        Ok(Snapshot { store, _dir: dir })
    }

    /// The write token: `NEWSGRAPH_WRITE_TOKEN`, else the token file the server read.
    fn token(&self) -> Result<String> {
        if let Ok(token) = std::env::var(TOKEN_VARIABLE) {
            if !token.trim().is_empty() {
                return Ok(token.trim().to_string());
            }
        }
        if let Some(path) = &self.file.token_file {
            if let Ok(text) = std::fs::read_to_string(path) {
                return Ok(text.trim().to_string());
            }
        }
        Err(self.fail(format!(
            "the server takes writes with its write token, which this command cannot read: set {TOKEN_VARIABLE}"
        )))
    }

    /// Refuses a write when the server takes none.
    pub fn check_writes(&self, db: &Path) -> Result<()> {
        if self.file.writes {
            return self.token().map(|_| ());
        }
        Err(Error::Store {
            path: db.to_path_buf(),
            message: format!(
                "is held by `newsgraph serve` at {}, which takes no writes; stop it and run this again, or \
                 start it with --write-token-file FILE (or {TOKEN_VARIABLE}) so that writes go through it",
                self.file.url
            ),
        })
    }

    /// `POST /articles`: one file's bytes (or standard input's), recorded under `source`.
    pub fn post(&self, bytes: &[u8], source: Option<&str>, options: &PostOptions) -> Result<Posted> {
        let mut query = form_urlencoded::Serializer::new(String::new());
        if let Some(s) = source {
            query.append_pair("source", s);
        }
        for (key, value) in [
            ("text_field", &options.text_field),
            ("title_field", &options.title_field),
            ("date_field", &options.date_field),
            ("url_field", &options.url_field),
        ] {
            if let Some(v) = value {
                query.append_pair(key, v);
            }
        }
        if let Some(c) = options.min_confidence {
            query.append_pair("min_confidence", &c.to_string());
        }
        let url = format!("{}/articles?{}", self.base, query.finish());
        let token = self.token()?;
        let request = self.agent.post(url).header("Authorization", format!("Bearer {token}"));
        let (status, headers, body) = self.finish(request.send(bytes))?;
        if status != 200 && status != 422 {
            return Err(self.refused(status, &headers, &body));
        }
        serde_json::from_slice(&body).map_err(|e| self.fail(format!("unexpected answer: {e}")))
    }

    /// `DELETE /articles`: removes what `target` names.
    pub fn delete(&self, target: &Target) -> Result<Removal> {
        let (key, value) = match target {
            Target::Iri(v) => ("iri", v),
            Target::Url(v) => ("url", v),
            Target::Source(v) => ("source", v),
        };
        let query = form_urlencoded::Serializer::new(String::new()).append_pair(key, value).finish();
        let token = self.token()?;
        let request = self
            .agent
            .delete(format!("{}/articles?{query}", self.base))
            .header("Authorization", format!("Bearer {token}"));
        let (status, headers, body) = self.finish(request.call())?;
        if status != 200 && status != 404 {
            return Err(self.refused(status, &headers, &body));
        }
        serde_json::from_slice(&body).map_err(|e| self.fail(format!("unexpected answer: {e}")))
    }
}
