//! A remote SPARQL 1.1 store written through the Graph Store HTTP Protocol:
//! one `PUT ?graph=IRI` per article graph, so re-runs replace rather than add
//! and stay idempotent. Works with any store that speaks the protocol
//! (Virtuoso, Fuseki, GraphDB, oxigraph server); HTTP Basic and Digest
//! authentication are answered when the server asks for them.

use std::io::Read;
use std::time::Duration;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{NamedNode, Quad};

use crate::error::{Error, Result};
use crate::store::GraphStore;
use crate::vocab::ONTOLOGY_GRAPH;

/// How many times a request is tried when the server or the network fails.
const ATTEMPTS: u32 = 4;

/// What a push sent.
#[derive(Clone, Debug, PartialEq)]
pub struct Pushed {
    pub article_graphs: usize,
    /// Triples of all graphs sent, the ontology's included.
    pub triples: usize,
    pub seconds: f64,
}

/// Copies the ontology and every article graph to `remote`, one PUT per graph.
pub fn push(store: &GraphStore, remote: &Remote) -> Result<Pushed> {
    let started = std::time::Instant::now();
    let mut graphs = vec![NamedNode::new_unchecked(ONTOLOGY_GRAPH)];
    graphs.extend(store.article_graphs()?);
    let mut triples = 0;
    for graph in &graphs {
        let quads = store.graph_quads(graph.as_ref())?;
        remote.put_graph(graph, &quads)?;
        triples += quads.len();
    }
    Ok(Pushed { article_graphs: graphs.len() - 1, triples, seconds: started.elapsed().as_secs_f64() })
}

/// User name and password for a remote store.
#[derive(Clone, Debug)]
pub struct Credentials {
    pub user: String,
    pub password: String,
}

pub struct Remote {
    agent: ureq::Agent,
    /// The Graph Store Protocol endpoint, e.g. `http://host:8890/sparql-graph-crud-auth`.
    endpoint: String,
    credentials: Option<Credentials>,
}

impl Remote {
    pub fn new(endpoint: &str, credentials: Option<Credentials>) -> Remote {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(120)))
            .build()
            .into();
        Remote { agent, endpoint: endpoint.trim_end_matches('?').to_string(), credentials }
    }

    fn fail(&self, message: impl std::fmt::Display) -> Error {
        Error::Remote { endpoint: self.endpoint.clone(), message: message.to_string() }
    }

    /// Replaces the remote graph `graph` with `quads` (their graph names are ignored).
    pub fn put_graph(&self, graph: &NamedNode, quads: &[Quad]) -> Result<()> {
        let mut body = Vec::new();
        let mut writer = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(&mut body);
        for q in quads {
            writer.serialize_triple(q.as_ref()).map_err(|e| self.fail(e))?;
        }
        writer.finish().map_err(|e| self.fail(e))?;
        let separator = if self.endpoint.contains('?') { '&' } else { '?' };
        let url = format!("{}{separator}graph={}", self.endpoint, percent_encode(graph.as_str()));
        self.put_with_retries(&url, &body)
            .map_err(|message| self.fail(format!("graph <{}>: {message}", graph.as_str())))
    }

    fn put_with_retries(&self, url: &str, body: &[u8]) -> std::result::Result<(), String> {
        let mut last = String::new();
        for attempt in 0..ATTEMPTS {
            if attempt > 0 {
                std::thread::sleep(Duration::from_millis(250 << attempt));
            }
            match self.put_once(url, body) {
                Ok(()) => return Ok(()),
                Err(Failure::Refused(message)) => return Err(message),
                Err(Failure::Transient(message)) => last = message,
            }
        }
        Err(format!("{last} (after {ATTEMPTS} attempts)"))
    }

    fn put_once(&self, url: &str, body: &[u8]) -> std::result::Result<(), Failure> {
        let send = |authorization: Option<String>| {
            let mut request = self.agent.put(url).header("Content-Type", "application/n-triples");
            if let Some(value) = authorization {
                request = request.header("Authorization", value);
            }
            request.send(body).map_err(|e| Failure::Transient(format!("cannot reach the store: {e}")))
        };
        let mut response = send(None)?;
        if response.status().as_u16() == 401 {
            let Some(credentials) = &self.credentials else {
                return Err(Failure::Refused(
                    "the store asks for credentials: give --user and --password (or NEWSGRAPH_REMOTE_USER and NEWSGRAPH_REMOTE_PASSWORD)".into(),
                ));
            };
            let challenge = response
                .headers()
                .get("www-authenticate")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_string();
            let path = url.split_once("://").and_then(|(_, rest)| rest.find('/').map(|i| &rest[i..])).unwrap_or("/");
            response = send(Some(authorization(&challenge, credentials, "PUT", path)))?;
        }
        let status = response.status().as_u16();
        if (200..300).contains(&status) {
            return Ok(());
        }
        if status == 401 {
            return Err(Failure::Refused("the store refused the credentials (401 Unauthorized)".into()));
        }
        let mut text = String::new();
        let _ = response.body_mut().as_reader().take(500).read_to_string(&mut text);
        let message = format!("the store answered {status}: {}", text.split_whitespace().collect::<Vec<_>>().join(" "));
        if status >= 500 || status == 429 || status == 408 {
            Err(Failure::Transient(message))
        } else {
            Err(Failure::Refused(message))
        }
    }
}

enum Failure {
    /// Worth another try: network errors, 5xx, 429.
    Transient(String),
    /// The server said no: retrying will not help.
    Refused(String),
}

/// The `Authorization` header answering a `WWW-Authenticate` challenge:
/// Digest (RFC 7616, MD5, qop=auth) when asked for, Basic otherwise.
fn authorization(challenge: &str, c: &Credentials, method: &str, uri: &str) -> String {
    let Some(params) = challenge.trim().strip_prefix("Digest ") else {
        return format!("Basic {}", base64(format!("{}:{}", c.user, c.password).as_bytes()));
    };
    let field = |name: &str| -> String {
        params
            .split(',')
            .filter_map(|kv| kv.trim().split_once('='))
            .find(|(k, _)| k.trim().eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim().trim_matches('"').to_string())
            .unwrap_or_default()
    };
    let (realm, nonce, opaque) = (field("realm"), field("nonce"), field("opaque"));
    let cnonce = md5_hex(format!("{nonce}:{:?}:{}", std::time::SystemTime::now(), std::process::id()).as_bytes());
    let ha1 = md5_hex(format!("{}:{realm}:{}", c.user, c.password).as_bytes());
    let ha2 = md5_hex(format!("{method}:{uri}").as_bytes());
    let nc = "00000001";
    let response = md5_hex(format!("{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}").as_bytes());
    let mut header = format!(
        "Digest username=\"{}\", realm=\"{realm}\", nonce=\"{nonce}\", uri=\"{uri}\", qop=auth, nc={nc}, cnonce=\"{cnonce}\", response=\"{response}\", algorithm=MD5",
        c.user
    );
    if !opaque.is_empty() {
        header.push_str(&format!(", opaque=\"{opaque}\""));
    }
    header
}

fn md5_hex(data: &[u8]) -> String {
    use md5::{Digest, Md5};
    Md5::digest(data).iter().map(|b| format!("{b:02x}")).collect()
}

fn base64(data: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_answer_matches_the_rfc_2617_example() {
        // The worked example of RFC 2617 section 3.5, with our cnonce replaced by theirs.
        let ha1 = md5_hex(b"Mufasa:testrealm@host.com:Circle Of Life");
        let ha2 = md5_hex(b"GET:/dir/index.html");
        let response =
            md5_hex(format!("{ha1}:dcd98b7102dd2f0e8b11d0f600bfb0c093:00000001:0a4f113b:auth:{ha2}").as_bytes());
        assert_eq!(response, "6629fae49393a05397450978507c4ef1");
    }

    #[test]
    fn basic_and_encoding() {
        assert_eq!(base64(b"Aladdin:open sesame"), "QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
        assert_eq!(base64(b"ab"), "YWI=");
        assert_eq!(percent_encode("https://x.org/id/a b"), "https%3A%2F%2Fx.org%2Fid%2Fa%20b");
        let c = Credentials { user: "u".into(), password: "p".into() };
        assert!(authorization("Basic realm=\"x\"", &c, "PUT", "/").starts_with("Basic "));
        let digest = authorization("Digest realm=\"SPARQL\", nonce=\"abc\", qop=\"auth\"", &c, "PUT", "/g?graph=x");
        assert!(digest.contains("realm=\"SPARQL\"") && digest.contains("uri=\"/g?graph=x\""), "{digest}");
    }
}
