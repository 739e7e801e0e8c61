//! The SPARQL 1.1 Protocol, query operation only: GET `?query=`, POST
//! form-encoded, POST `application/sparql-query`; `default-graph-uri` and
//! `named-graph-uri` honoured; results negotiated with `Accept`.
//! Evaluation is `query::parse_cancellable` + `GraphStore::query` +
//! `query::write_results`, the path `newsgraph query` takes.

use std::cell::Cell;
use std::io::{self, Write};
use std::rc::Rc;

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode};
use oxigraph::sparql::{CancellationToken, QueryEvaluationError, QueryResults, QuerySolutionIter, QueryTripleIter};

use super::http::{blocking, Failure};
use super::{AppState, LoggedQuery};
use crate::error::Error;
use crate::query::{self, ResultFormat};

/// Media types for SELECT and ASK answers: (accepted type, format, type answered).
const SOLUTION_TYPES: &[(&str, ResultFormat, &str)] = &[
    ("application/sparql-results+json", ResultFormat::Json, "application/sparql-results+json"),
    ("application/sparql-results+xml", ResultFormat::Xml, "application/sparql-results+xml"),
    ("text/csv", ResultFormat::Csv, "text/csv; charset=utf-8"),
    ("text/tab-separated-values", ResultFormat::Tsv, "text/tab-separated-values; charset=utf-8"),
    ("application/json", ResultFormat::Json, "application/sparql-results+json"),
    ("application/xml", ResultFormat::Xml, "application/sparql-results+xml"),
    ("text/xml", ResultFormat::Xml, "application/sparql-results+xml"),
];

/// Media types for CONSTRUCT and DESCRIBE answers.
const GRAPH_TYPES: &[(&str, ResultFormat, &str)] = &[
    ("text/turtle", ResultFormat::Turtle, "text/turtle; charset=utf-8"),
    ("application/n-triples", ResultFormat::NTriples, "application/n-triples"),
    ("application/rdf+xml", ResultFormat::RdfXml, "application/rdf+xml"),
    ("application/x-turtle", ResultFormat::Turtle, "text/turtle; charset=utf-8"),
    ("text/plain", ResultFormat::NTriples, "application/n-triples"),
];

type Choice = Option<(ResultFormat, &'static str)>;

/// The best of `offered` for an `Accept` header (absent or empty: the first).
/// Each offer takes the quality of the most specific range matching it; the
/// highest quality wins, then the client's order, then ours.
fn negotiate(accept: Option<&str>, offered: &[(&'static str, ResultFormat, &'static str)]) -> Choice {
    let accept = accept.map(str::trim).unwrap_or("");
    if accept.is_empty() {
        return offered.first().map(|(_, f, t)| (*f, *t));
    }
    let ranges: Vec<(String, f32)> = accept
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let range = pieces.next()?.trim().to_ascii_lowercase();
            if range.is_empty() {
                return None;
            }
            let q = pieces
                .filter_map(|p| p.trim().strip_prefix("q=").or_else(|| p.trim().strip_prefix("Q=")))
                .find_map(|v| v.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            Some((range, q))
        })
        .collect();
    let mut best: Option<(f32, usize, usize)> = None;
    for (ours, (media, _, _)) in offered.iter().enumerate() {
        let main = media.split('/').next().unwrap_or_default();
        // (specificity, quality, position in the header) of the most specific matching range.
        let mut found: Option<(u8, f32, usize)> = None;
        for (pos, (range, q)) in ranges.iter().enumerate() {
            let specificity = if range == media {
                3
            } else if range.strip_suffix("/*") == Some(main) {
                2
            } else if range == "*/*" || range == "*" {
                1
            } else {
                continue;
            };
            if found.is_none_or(|(s, _, _)| specificity > s) {
                found = Some((specificity, *q, pos));
            }
        }
        let Some((_, q, pos)) = found else { continue };
        if q <= 0.0 {
            continue;
        }
        let better = match best {
            None => true,
            Some((bq, bpos, _)) => q > bq || (q == bq && pos < bpos),
        };
        if better {
            best = Some((q, pos, ours));
        }
    }
    best.map(|(_, _, i)| (offered[i].1, offered[i].2))
}

fn accepted_list(offered: &[(&str, ResultFormat, &str)]) -> String {
    offered.iter().map(|(m, _, _)| *m).collect::<Vec<_>>().join(", ")
}

/// What a protocol request asks for.
struct Request {
    query: String,
    default_graphs: Vec<String>,
    named_graphs: Vec<String>,
}

fn read_request(
    method: &Method,
    headers: &HeaderMap,
    raw_query: Option<&str>,
    body: &[u8],
) -> Result<Request, Failure> {
    let mut params: Vec<(String, String)> =
        form_urlencoded::parse(raw_query.unwrap_or("").as_bytes()).into_owned().collect();
    let mut body_query = None;
    if method == Method::POST {
        let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
        let mime = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        let text = || {
            std::str::from_utf8(body)
                .map(str::to_string)
                .map_err(|e| Failure::bad_request(format!("the request body is not UTF-8: {e}")))
        };
        match mime.as_str() {
            "application/x-www-form-urlencoded" => params.extend(form_urlencoded::parse(body).into_owned()),
            "application/sparql-query" => body_query = Some(text()?),
            "application/sparql-update" => return Err(read_only()),
            "" => {
                return Err(Failure::new(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "a POST needs a Content-Type: application/x-www-form-urlencoded (query=…) or application/sparql-query",
                ))
            }
            other => {
                return Err(Failure::new(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    format!(
                        "Content-Type {other} is not accepted: POST application/x-www-form-urlencoded (query=…) or application/sparql-query"
                    ),
                ))
            }
        }
    }
    if params.iter().any(|(k, _)| k == "update" || k == "using-graph-uri" || k == "using-named-graph-uri") {
        return Err(read_only());
    }
    let mut queries: Vec<String> = params.iter().filter(|(k, _)| k == "query").map(|(_, v)| v.clone()).collect();
    if let Some(q) = body_query {
        if !queries.is_empty() {
            return Err(Failure::bad_request(
                "the query is given twice: in the body (application/sparql-query) and as a query parameter",
            ));
        }
        queries.push(q);
    }
    let query = match queries.len() {
        0 => {
            return Err(Failure::bad_request(
                "missing query: send the SPARQL text as the query parameter (GET /query?query=… or a form POST) or as an application/sparql-query body",
            ))
        }
        1 => queries.remove(0),
        _ => return Err(Failure::bad_request("more than one query parameter: send one query per request")),
    };
    if query.trim().is_empty() {
        return Err(Failure::bad_request("the query is empty"));
    }
    let graphs = |key: &str| params.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect();
    Ok(Request { query, default_graphs: graphs("default-graph-uri"), named_graphs: graphs("named-graph-uri") })
}

fn read_only() -> Failure {
    Failure::bad_request("this endpoint is read-only: SPARQL Update (and LOAD, CLEAR, DROP…) is not accepted")
}

/// `GET|POST /query` and `/sparql`.
pub async fn endpoint(
    State(shared): State<AppState>,
    method: Method,
    headers: HeaderMap,
    RawQuery(raw_query): RawQuery,
    body: Bytes,
) -> Response {
    let request = match read_request(&method, &headers, raw_query.as_deref(), &body) {
        Ok(r) => r,
        Err(f) => return f.into_response(),
    };
    let logged = LoggedQuery(request.query.clone());
    let mut response = answer(&shared, &headers, request).await.unwrap_or_else(IntoResponse::into_response);
    response.extensions_mut().insert(logged);
    response.headers_mut().insert(header::VARY, header::HeaderValue::from_static("Accept"));
    response
}

async fn answer(shared: &AppState, headers: &HeaderMap, request: Request) -> Result<Response, Failure> {
    let accept = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).map(str::to_string);
    let solutions = negotiate(accept.as_deref(), SOLUTION_TYPES);
    let graph = negotiate(accept.as_deref(), GRAPH_TYPES);
    if solutions.is_none() && graph.is_none() {
        return Err(not_acceptable(accept.as_deref().unwrap_or("")));
    }
    let max_rows = shared.config.max_rows;
    let max_bytes = shared.config.max_result_bytes;
    let store_shared = shared.clone();
    let (content_type, body) = blocking(shared, move |token| {
        evaluate(&store_shared, &request, token, solutions, graph, max_rows, max_bytes, accept.as_deref())
    })
    .await?;
    Ok(([(header::CONTENT_TYPE, content_type)], body).into_response())
}

fn not_acceptable(accept: &str) -> Failure {
    Failure::new(
        StatusCode::NOT_ACCEPTABLE,
        format!(
            "no answer format matches Accept: {accept}; SELECT and ASK give {}; CONSTRUCT and DESCRIBE give {}",
            accepted_list(SOLUTION_TYPES),
            accepted_list(GRAPH_TYPES)
        ),
    )
}

/// Which limit stopped an answer, if any.
#[derive(Clone, Copy, PartialEq)]
enum Stop {
    None,
    Rows,
    Bytes,
}

#[allow(clippy::too_many_arguments)]
fn evaluate(
    shared: &AppState,
    request: &Request,
    token: CancellationToken,
    solutions: Choice,
    graph: Choice,
    max_rows: usize,
    max_bytes: usize,
    accept: Option<&str>,
) -> Result<(&'static str, Vec<u8>), Failure> {
    let mut prepared = match query::parse_cancellable(&request.query, token.clone(), shared.config.max_query_depth) {
        Ok(p) => p,
        Err(e) if query::is_update(&request.query) => {
            return Err(Failure::bad_request(format!("{}; {}", read_only().message, e.with_causes())))
        }
        Err(e @ (Error::QuerySyntax { .. } | Error::Usage { .. })) => {
            return Err(Failure::bad_request(e.with_causes()))
        }
        Err(e) => return Err(Failure::internal(e.with_causes())),
    };
    if !request.default_graphs.is_empty() || !request.named_graphs.is_empty() {
        let iri = |s: &String| {
            NamedNode::new(s.as_str()).map_err(|e| Failure::bad_request(format!("graph IRI <{s}> is not valid: {e}")))
        };
        let defaults =
            request.default_graphs.iter().map(|s| iri(s).map(GraphName::from)).collect::<Result<Vec<_>, _>>()?;
        let named =
            request.named_graphs.iter().map(|s| iri(s).map(NamedOrBlankNode::from)).collect::<Result<Vec<_>, _>>()?;
        let dataset = prepared.dataset_mut();
        if !defaults.is_empty() {
            dataset.set_default_graph(defaults);
        }
        if !named.is_empty() {
            dataset.set_available_named_graphs(named);
        }
    }
    let failed = |e: Error| {
        if token.is_cancelled() {
            return Failure::timed_out(shared.config.timeout);
        }
        let text = e.with_causes();
        match &e {
            Error::Query { source } if is_service(source) => Failure::bad_request(format!(
                "{text}: this endpoint sends no requests to other hosts, so SERVICE is refused"
            )),
            Error::Query { source } if is_unknown_function(source) => Failure::bad_request(text),
            _ => Failure::internal(text),
        }
    };
    let results = shared.store.query(prepared).map_err(failed)?;
    let chosen = match &results {
        QueryResults::Graph(_) => graph,
        _ => solutions,
    };
    let Some((format, content_type)) = chosen else {
        return Err(not_acceptable(accept.unwrap_or("")));
    };
    let stop = Rc::new(Cell::new(Stop::None));
    let results = cap_rows(results, max_rows, stop.clone());
    let mut out = CappedWriter { buf: Vec::new(), max: max_bytes, stop: stop.clone() };
    match query::write_results(results, format, &mut out) {
        Ok(()) => Ok((content_type, out.buf)),
        Err(e) => Err(match stop.get() {
            Stop::Rows => Failure::internal(format!(
                "the answer has more than {max_rows} rows (or triples), the server's limit (newsgraph serve --max-rows): add a LIMIT"
            )),
            Stop::Bytes => Failure::internal(format!(
                "the answer is larger than {max_bytes} bytes, the server's limit (newsgraph serve --max-result-bytes): add a LIMIT or select fewer columns"
            )),
            Stop::None => failed(e),
        }),
    }
}

/// A `SERVICE` call: the endpoint calls no other hosts, so the query asked for
/// what it cannot have (400, not 500).
fn is_service(e: &QueryEvaluationError) -> bool {
    matches!(
        e,
        QueryEvaluationError::UnsupportedService(_)
            | QueryEvaluationError::UnboundService
            | QueryEvaluationError::InvalidServiceName(_)
    )
}

/// A function SPARQL does not define (or the wrong number of arguments to
/// one): the query's fault, found only while it runs (400, not 500).
fn is_unknown_function(e: &QueryEvaluationError) -> bool {
    matches!(
        e,
        QueryEvaluationError::UnsupportedCustomFunction(_)
            | QueryEvaluationError::UnsupportedCustomFunctionArity { .. }
    )
}

fn too_many() -> QueryEvaluationError {
    QueryEvaluationError::Dataset(Box::new(io::Error::other("result-size limit reached")))
}

/// The same results, failing after `max` rows or triples.
fn cap_rows(results: QueryResults<'static>, max: usize, stop: Rc<Cell<Stop>>) -> QueryResults<'static> {
    match results {
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec().into();
            let mut n = 0usize;
            QueryResults::Solutions(QuerySolutionIter::new(
                variables,
                solutions.map(move |s| {
                    n += 1;
                    if n > max {
                        stop.set(Stop::Rows);
                        return Err(too_many());
                    }
                    s
                }),
            ))
        }
        QueryResults::Graph(triples) => {
            let mut n = 0usize;
            QueryResults::Graph(QueryTripleIter::new(triples.map(move |t| {
                n += 1;
                if n > max {
                    stop.set(Stop::Rows);
                    return Err(too_many());
                }
                t
            })))
        }
        boolean => boolean,
    }
}

/// A buffer that refuses to grow past `max` bytes.
struct CappedWriter {
    buf: Vec<u8>,
    max: usize,
    stop: Rc<Cell<Stop>>,
}

impl Write for CappedWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        if self.buf.len() + data.len() > self.max {
            self.stop.set(Stop::Bytes);
            return Err(io::Error::other("result-size limit reached"));
        }
        self.buf.extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(accept: &str) -> Option<ResultFormat> {
        negotiate(Some(accept), SOLUTION_TYPES).map(|(f, _)| f)
    }

    #[test]
    fn negotiation() {
        assert_eq!(negotiate(None, SOLUTION_TYPES).map(|c| c.0), Some(ResultFormat::Json));
        assert_eq!(pick("*/*"), Some(ResultFormat::Json));
        assert_eq!(pick("application/sparql-results+xml"), Some(ResultFormat::Xml));
        assert_eq!(pick("text/csv;q=0.5, text/tab-separated-values"), Some(ResultFormat::Tsv));
        assert_eq!(pick("text/*"), Some(ResultFormat::Csv));
        assert_eq!(pick("image/png"), None);
        assert_eq!(pick("application/sparql-results+json;q=0, */*;q=0.1"), Some(ResultFormat::Xml));
        // Jena's SERVICE header.
        assert_eq!(
            pick("application/sparql-results+json, application/sparql-results+xml;q=0.9, text/tab-separated-values;q=0.7, text/csv;q=0.5, application/json;q=0.2, application/xml;q=0.2, */*;q=0.1"),
            Some(ResultFormat::Json)
        );
        assert_eq!(negotiate(Some("application/rdf+xml"), GRAPH_TYPES).map(|c| c.0), Some(ResultFormat::RdfXml));
        assert_eq!(negotiate(Some("application/sparql-results+json"), GRAPH_TYPES), None);
    }
}
