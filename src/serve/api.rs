//! The page's JSON: search, one entity with its facts and quotes, the example
//! queries, the store's counts. Each runs fixed SPARQL text through the one
//! query path; what the user typed is bound to a variable as a literal (or an
//! IRI) with `substitute_variable`, never written into the query text.

use std::collections::BTreeMap;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use oxigraph::model::{NamedNode, Term, Variable};
use oxigraph::sparql::{CancellationToken, QueryResults, QuerySolution, SparqlEvaluator};
use serde::Deserialize;
use serde_json::{json, Value};
use spargebra::algebra::GraphPattern;
use spargebra::term::GroundTerm;

use super::http::{blocking, Failure};
use super::AppState;
use crate::query::{self, bound_iri as iri, bound_text as text};
use crate::schema::{EntityClass, Predicate};
use crate::stats;
use crate::store::GraphStore;
use crate::vocab::NS;

/// The built-in queries with the schema's lists in place of `CLASSES` and `RELATIONS`.
fn with_lists(text: &str) -> String {
    text.replace("RELATIONS", &Predicate::sparql_list()).replace("CLASSES", &EntityClass::sparql_list())
}

/// Longest search text accepted.
const MAX_NEEDLE: usize = 200;
/// Most entities one search returns.
const SEARCH_HITS: usize = 15;

/// Runs `text` with `bindings` (variable name, value) and collects its rows.
/// The values are joined to the query's pattern as a one-row VALUES block built
/// in the algebra: they are terms, never query text, and the optimiser sees
/// them, so a query about one entity starts from that entity's index entries.
/// (oxigraph's `substitute_variable` binds them only at evaluation time, after
/// the plan is made, which costs a scan of the graph here.)
fn rows(
    store: &GraphStore,
    text: &str,
    bindings: &[(&str, Term)],
    token: CancellationToken,
) -> Result<Vec<QuerySolution>, Failure> {
    let internal = |e: &dyn std::fmt::Display| Failure::internal(format!("the built-in query does not parse: {e}"));
    let mut parser = spargebra::SparqlParser::new();
    for (prefix, iri) in query::PREFIXES {
        parser = parser.with_prefix(*prefix, *iri).map_err(|e| internal(&e))?;
    }
    let mut parsed = parser.parse_query(text).map_err(|e| internal(&e))?;
    if !bindings.is_empty() {
        let variables = bindings.iter().map(|(name, _)| Variable::new_unchecked(*name)).collect();
        let row = bindings
            .iter()
            .map(|(_, value)| match value {
                Term::NamedNode(n) => Ok(Some(GroundTerm::NamedNode(n.clone()))),
                Term::Literal(l) => Ok(Some(GroundTerm::Literal(l.clone()))),
                other => Err(Failure::internal(format!("cannot bind {other}"))),
            })
            .collect::<Result<Vec<_>, _>>()?;
        let spargebra::Query::Select { pattern, .. } = &mut parsed else {
            return Err(Failure::internal("the built-in queries are SELECT queries"));
        };
        join_values(pattern, GraphPattern::Values { variables, bindings: vec![row] });
    }
    let prepared = SparqlEvaluator::new().with_cancellation_token(token).for_query(parsed);
    match store.query(prepared).map_err(|e| Failure::internal(e.with_causes()))? {
        QueryResults::Solutions(s) => {
            s.collect::<Result<Vec<_>, _>>().map_err(|e| Failure::internal(format!("query failed: {e}")))
        }
        _ => Err(Failure::internal("expected solutions")),
    }
}

/// Joins `values` to the WHERE pattern, under the solution modifiers (projection,
/// order, distinct, slice) so that the variables are in scope.
fn join_values(pattern: &mut GraphPattern, values: GraphPattern) {
    match pattern {
        GraphPattern::Project { inner, .. }
        | GraphPattern::OrderBy { inner, .. }
        | GraphPattern::Distinct { inner }
        | GraphPattern::Reduced { inner }
        | GraphPattern::Slice { inner, .. } => join_values(inner, values),
        where_pattern => {
            let right = std::mem::replace(where_pattern, GraphPattern::Bgp { patterns: Vec::new() });
            *where_pattern = GraphPattern::Join { left: Box::new(values), right: Box::new(right) };
        }
    }
}

fn local(iri: &str) -> String {
    iri.strip_prefix(NS).unwrap_or(iri).to_string()
}

fn json_answer(result: Result<Value, Failure>) -> Response {
    match result {
        Ok(value) => Json(value).into_response(),
        Err(f) => f.into_response(),
    }
}

#[derive(Deserialize)]
pub struct SearchParams {
    q: Option<String>,
}

/// Every label and alias of every entity: read on the first search, and again
/// after a write (`Shared::after_write`).
const NAMES: &str = r#"
SELECT ?e ?label ?class ?name WHERE {
  ?e a ?class ; rdfs:label ?label .
  FILTER(?class IN (CLASSES))
  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
}"#;

/// How many articles mention each entity: ties in the search go to the better known.
const MENTIONS: &str = "SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { ?e ng:mentionedIn ?a } GROUP BY ?e";

/// One label or alias of an entity, for the search box.
pub struct Name {
    mentions: u64,
    lower: String,
    name: String,
    iri: String,
    label: String,
    class: String,
}

fn read_names(store: &GraphStore, token: CancellationToken) -> Result<Vec<Name>, Failure> {
    let mentions: std::collections::HashMap<String, u64> = rows(store, MENTIONS, &[], token.clone())?
        .iter()
        .filter_map(|row| Some((iri(row, "e")?, text(row, "n")?.parse().ok()?)))
        .collect();
    let found = rows(store, &with_lists(NAMES), &[], token)?;
    Ok(found
        .iter()
        .filter_map(|row| {
            let name = text(row, "name")?;
            let e = iri(row, "e")?;
            Some(Name {
                mentions: mentions.get(&e).copied().unwrap_or(0),
                lower: name.to_lowercase(),
                name,
                iri: e,
                label: text(row, "label")?,
                class: local(&iri(row, "class")?),
            })
        })
        .collect())
}

/// `GET /api/search?q=TEXT`: entities whose label or an alias contains TEXT
/// (case-insensitive), best matches first: whole name, then prefix, then a
/// word's prefix, then anywhere; labels before aliases; shorter names first,
/// then those more articles mention. TEXT is only compared with names in Rust; it never reaches a query.
pub async fn search(State(shared): State<AppState>, Query(params): Query<SearchParams>) -> Response {
    let needle = params.q.unwrap_or_default().trim().to_lowercase();
    if needle.is_empty() {
        return Json(json!([])).into_response();
    }
    if needle.chars().count() > MAX_NEEDLE {
        return Failure::bad_request(format!("the search text is longer than {MAX_NEEDLE} characters")).into_response();
    }
    let (known, refresh) = {
        let mut names = shared.names.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let refresh = (names.list.is_none() || names.stale) && !names.refreshing;
        if refresh {
            names.refreshing = true;
            names.stale = false;
        }
        (names.list.clone(), refresh)
    };
    let names = match (known, refresh) {
        (Some(list), false) => list,
        // After a write: answer from the list as it was, while one request reads it again.
        (Some(list), true) => {
            tokio::spawn(refresh_names(shared.clone()));
            list
        }
        (None, true) => match refresh_names(shared.clone()).await {
            Ok(list) => list,
            Err(f) => return f.into_response(),
        },
        // The first list is being read by another request: read one for this request too.
        (None, false) => {
            let store = shared.clone();
            match blocking(&shared, move |token| read_names(&store.store, token)).await {
                Ok(list) => std::sync::Arc::new(list),
                Err(f) => return f.into_response(),
            }
        }
    };
    Json(rank(&needle, &names)).into_response()
}

/// The search's names, kept between requests: read on the first search and
/// again after writes (`Shared::after_write` marks them stale), by one request at a time.
#[derive(Default)]
pub struct Names {
    list: Option<std::sync::Arc<Vec<Name>>>,
    stale: bool,
    refreshing: bool,
}

impl Names {
    /// The store changed: read the names again on the next search.
    pub fn mark_stale(&mut self) {
        self.stale = true;
    }
}

/// Reads the names and keeps them; on failure they stay stale, to be read again.
async fn refresh_names(shared: AppState) -> Result<std::sync::Arc<Vec<Name>>, Failure> {
    let store = shared.clone();
    let read = blocking(&shared, move |token| read_names(&store.store, token)).await;
    let mut names = shared.names.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    names.refreshing = false;
    match read {
        Ok(list) => {
            let list = std::sync::Arc::new(list);
            names.list = Some(list.clone());
            Ok(list)
        }
        Err(f) => {
            names.stale = true;
            Err(f)
        }
    }
}

fn rank(needle: &str, names: &[Name]) -> Value {
    // iri → (score, the name that matched)
    let mut best: BTreeMap<&str, (u32, &Name)> = BTreeMap::new();
    for n in names.iter().filter(|n| n.lower.contains(needle)) {
        let mut score = if n.lower == needle {
            0
        } else if n.lower.starts_with(needle) {
            2
        } else if n.lower.split(|c: char| !c.is_alphanumeric()).any(|w| w.starts_with(needle)) {
            4
        } else {
            6
        };
        if n.name != n.label {
            score += 1;
        }
        let entry = best.entry(&n.iri).or_insert((score, n));
        if score < entry.0 {
            *entry = (score, n);
        }
    }
    let mut hits: Vec<(u32, &Name)> = best.into_values().collect();
    hits.sort_by_key(|(score, n)| {
        (*score, n.label.chars().count(), std::cmp::Reverse(n.mentions), n.label.to_lowercase(), n.iri.clone())
    });
    Value::Array(
        hits.into_iter()
            .take(SEARCH_HITS)
            .map(|(_, n)| {
                let alias = (n.name != n.label).then_some(n.name.as_str());
                json!({"iri": n.iri, "label": n.label, "class": n.class, "alias": alias})
            })
            .collect(),
    )
}

#[derive(Deserialize)]
pub struct EntityParams {
    iri: Option<String>,
}

// Each query starts from the bound entity ?e, so it costs index lookups around
// that entity whatever the size of the graph.

/// Everything said about the entity.
const OUT: &str = "SELECT ?e ?p ?o WHERE { ?e ?p ?o }";

/// Relations pointing at it.
const IN: &str = "SELECT ?e ?x ?p WHERE { ?x ?p ?e . FILTER(?p IN (RELATIONS)) }";

/// Its neighbours' labels and classes.
const NEIGHBOURS: &str = r#"
SELECT ?e ?x ?xl ?xc WHERE {
  { ?e ?p ?x } UNION { ?x ?p ?e }
  FILTER(?p IN (RELATIONS))
  OPTIONAL { ?x rdfs:label ?xl }
  OPTIONAL { ?x a ?xc . FILTER(?xc IN (CLASSES)) }
}"#;

/// The evidence of every statement the entity is the subject of (relations and
/// quotes); with `rdf:subject` and `rdf:object` swapped, the object of. (Two
/// queries: one with a UNION of both makes oxigraph scan all evidence.)
const EVIDENCE: &str = r#"
SELECT ?e ?ev ?s ?p ?o ?a ?role ?conf ?sentence ?title ?date ?source WHERE {
  ?ev rdf:subject ?e ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ng:article ?a .
  OPTIONAL { ?ev ng:role ?role }
  OPTIONAL { ?ev ng:confidence ?conf }
  OPTIONAL { ?ev ng:sentence ?sentence }
  OPTIONAL { ?a ng:title ?title }
  OPTIONAL { ?a ng:date ?date }
  OPTIONAL { ?a ng:source ?source }
}"#;

const QUOTES: &str = "SELECT ?e ?q ?quote WHERE { ?e ng:said ?q . ?q ng:text ?quote } ORDER BY ?quote";

const ARTICLES: &str = r#"
SELECT ?e ?a ?title ?date ?source WHERE {
  ?e ng:mentionedIn ?a .
  OPTIONAL { ?a ng:title ?title }
  OPTIONAL { ?a ng:date ?date }
  OPTIONAL { ?a ng:source ?source }
} ORDER BY DESC(?date) ?title ?a"#;

/// `GET /api/entity?iri=IRI`: the entity's class, labels, Wikidata link,
/// articles, facts (both directions, each with its evidence) and quotes.
/// IRI is bound to ?e as a term; it never reaches the query text.
pub async fn entity(State(shared): State<AppState>, Query(params): Query<EntityParams>) -> Response {
    let Some(raw) = params.iri else {
        return Failure::bad_request("missing iri: /api/entity?iri=IRI").into_response();
    };
    let node = match NamedNode::new(raw.as_str()) {
        Ok(n) => n,
        Err(e) => return Failure::bad_request(format!("<{raw}> is not an IRI: {e}")).into_response(),
    };
    let store = shared.clone();
    json_answer(blocking(&shared, move |token| describe(&store.store, node, &token)).await)
}

fn article(row: &QuerySolution) -> Option<Value> {
    let a = iri(row, "a")?;
    Some(json!({"iri": a, "title": text(row, "title"), "date": text(row, "date"), "source": text(row, "source")}))
}

fn describe(store: &GraphStore, node: NamedNode, token: &CancellationToken) -> Result<Value, Failure> {
    use crate::vocab::w3c::{OWL_SAME_AS, RDFS_LABEL, RDF_TYPE, SKOS_ALT_LABEL};
    let e: Term = node.clone().into();
    let bind = [("e", e.clone())];
    let run = |text: &str| rows(store, &with_lists(text), &bind, token.clone());
    let relation = |p: &str| Predicate::from_iri(p).is_some();

    let mut label = None;
    let mut class = None;
    let mut aliases = Vec::new();
    let mut wikidata = None;
    // (direction, predicate IRI, other IRI), in the order found.
    let mut facts: Vec<(&str, String, String)> = Vec::new();
    for row in run(OUT)? {
        let (Some(p), Some(o)) = (iri(&row, "p"), row.get("o")) else { continue };
        match o {
            Term::Literal(l) if p == RDFS_LABEL.as_str() => label = Some(l.value().to_string()),
            Term::Literal(l) if p == SKOS_ALT_LABEL.as_str() => aliases.push(l.value().to_string()),
            Term::NamedNode(n) if p == RDF_TYPE.as_str() && n.as_str().starts_with(NS) => {
                class = Some(local(n.as_str()))
            }
            Term::NamedNode(n) if p == OWL_SAME_AS.as_str() => wikidata = Some(n.as_str().to_string()),
            Term::NamedNode(n) if relation(&p) => facts.push(("out", p, n.as_str().to_string())),
            _ => {}
        }
    }
    if label.is_none() && class.is_none() {
        return Err(Failure::new(StatusCode::NOT_FOUND, format!("no entity <{}> in the graph", node.as_str())));
    }
    aliases.sort();
    for row in run(IN)? {
        if let (Some(p), Some(x)) = (iri(&row, "p"), iri(&row, "x")) {
            facts.push(("in", p, x));
        }
    }
    facts.sort_by(|a, b| (&a.1, a.0, &a.2).cmp(&(&b.1, b.0, &b.2)));
    facts.dedup();

    let mut others: BTreeMap<String, (Option<String>, Option<String>)> = BTreeMap::new();
    for row in run(NEIGHBOURS)? {
        let Some(x) = iri(&row, "x") else { continue };
        let entry = others.entry(x).or_default();
        entry.0 = entry.0.take().or_else(|| text(&row, "xl"));
        entry.1 = entry.1.take().or_else(|| iri(&row, "xc").map(|c| local(&c)));
    }

    // (subject, predicate, object) → evidence, most confident first.
    let mut evidence: BTreeMap<(String, String, String), Vec<Value>> = BTreeMap::new();
    let mut seen = std::collections::HashSet::new();
    let as_object = EVIDENCE.replacen("?ev rdf:subject ?e", "?ev rdf:object ?e", 1);
    let mut found = run(EVIDENCE)?;
    found.extend(run(&as_object)?);
    for row in found {
        let (Some(ev), Some(s), Some(p), Some(o)) = (iri(&row, "ev"), iri(&row, "s"), iri(&row, "p"), iri(&row, "o"))
        else {
            continue;
        };
        if !seen.insert(ev.clone()) {
            continue;
        }
        evidence.entry((s, p, o)).or_default().push(json!({
            "iri": ev,
            "role": text(&row, "role"),
            "confidence": text(&row, "conf").and_then(|c| c.parse::<f64>().ok()),
            "sentence": text(&row, "sentence"),
            "article": article(&row),
        }));
    }

    for list in evidence.values_mut() {
        let key = |v: &Value| {
            let conf = -(v["confidence"].as_f64().unwrap_or(0.0) * 1000.0) as i64;
            (conf, v["article"]["date"].as_str().unwrap_or("").to_string(), v["iri"].as_str().unwrap_or("").to_string())
        };
        list.sort_by_key(key);
    }

    let me = node.as_str().to_string();
    let facts: Vec<Value> = facts
        .into_iter()
        .map(|(direction, p, x)| {
            let key = if direction == "out" {
                (me.clone(), p.clone(), x.clone())
            } else {
                (x.clone(), p.clone(), me.clone())
            };
            let list = evidence.get(&key).cloned().unwrap_or_default();
            let mut roles: Vec<String> = list.iter().filter_map(|v| v["role"].as_str().map(String::from)).collect();
            roles.sort();
            roles.dedup();
            let confidence = list
                .iter()
                .filter_map(|v| v["confidence"].as_f64())
                .fold(None, |m: Option<f64>, c| Some(m.map_or(c, |m| m.max(c))));
            let (xl, xc) = others.get(&x).cloned().unwrap_or_default();
            json!({
                "direction": direction,
                "predicate": local(&p),
                "other": {"iri": x, "label": xl, "class": xc},
                "roles": roles,
                "confidence": confidence,
                "evidence": list,
            })
        })
        .collect();

    let said = crate::vocab::ng::SAID.as_str().to_string();
    let quotes: Vec<Value> = run(QUOTES)?
        .iter()
        .filter_map(|row| {
            let (q, words) = (iri(row, "q")?, text(row, "quote")?);
            let list = evidence.get(&(me.clone(), said.clone(), q.clone())).cloned().unwrap_or_default();
            Some(json!({"iri": q, "text": words, "evidence": list}))
        })
        .collect();
    let articles: Vec<Value> = run(ARTICLES)?.iter().filter_map(article).collect();

    Ok(json!({
        "iri": node.as_str(),
        "label": label,
        "class": class,
        "aliases": aliases,
        "wikidata": wikidata,
        "articles": articles,
        "facts": facts,
        "quotes": quotes,
    }))
}

/// The example queries of `examples/queries`, compiled in.
pub const EXAMPLES: &[(&str, &str)] = &[
    ("people-and-employers.rq", include_str!("../../examples/queries/people-and-employers.rq")),
    ("who-developed-what.rq", include_str!("../../examples/queries/who-developed-what.rq")),
    ("investors.rq", include_str!("../../examples/queries/investors.rq")),
    ("competitors.rq", include_str!("../../examples/queries/competitors.rq")),
    ("where-companies-are-based.rq", include_str!("../../examples/queries/where-companies-are-based.rq")),
    ("most-mentioned.rq", include_str!("../../examples/queries/most-mentioned.rq")),
    ("quotes-by-speaker.rq", include_str!("../../examples/queries/quotes-by-speaker.rq")),
    ("provenance.rq", include_str!("../../examples/queries/provenance.rq")),
];

/// A query's title: its first comment line, up to the first colon or full stop.
fn title(name: &str, text: &str) -> String {
    text.lines()
        .find_map(|l| l.trim().strip_prefix('#'))
        .map(|l| l.trim().split([':', '.']).next().unwrap_or("").trim().to_string())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| name.trim_end_matches(".rq").replace('-', " "))
}

/// `GET /api/examples`: `[{name, title, text}]`.
pub async fn examples() -> Response {
    Json(Value::Array(
        EXAMPLES.iter().map(|(name, text)| json!({"name": name, "title": title(name, text), "text": text})).collect(),
    ))
    .into_response()
}

/// `GET /api/stats`: counts of articles, entities per class, relations per predicate, quotes, triples.
pub async fn stats(State(shared): State<AppState>) -> Response {
    let store = shared.clone();
    json_answer(
        blocking(&shared, move |_token| {
            let s = stats::stats(&store.store).map_err(|e| Failure::internal(e.with_causes()))?;
            Ok(json!({
                "articles": s.articles,
                "entities": s.entities.iter().map(|(c, n)| json!({"class": c.name(), "count": n})).collect::<Vec<_>>(),
                "relations": s.relations.iter().map(|(p, n)| json!({"predicate": p.name(), "count": n})).collect::<Vec<_>>(),
                "quotes": s.quotes,
                "triples": s.triples,
            }))
        })
        .await,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_query_is_compiled_in() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/queries");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".rq"))
            .collect();
        on_disk.sort();
        let mut compiled: Vec<String> = EXAMPLES.iter().map(|(n, _)| n.to_string()).collect();
        compiled.sort();
        assert_eq!(on_disk, compiled, "add new example queries to serve::api::EXAMPLES");
    }

    #[test]
    fn titles() {
        assert_eq!(title("x.rq", "# Competitors: for every…\nSELECT"), "Competitors");
        assert_eq!(title("people-and-employers.rq", "# People and their employers.\n"), "People and their employers");
        assert_eq!(title("a-b.rq", "SELECT"), "a b");
    }
}
