//! The page's JSON: search, one entity with its facts and quotes, the example
//! queries, the store's counts. Each runs fixed SPARQL text through the one
//! query path; what the user typed is bound to a variable as a literal (or an
//! IRI) with `substitute_variable`, never written into the query text.

use std::collections::BTreeMap;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use oxigraph::model::{Literal, NamedNode, Term, Variable};
use oxigraph::sparql::{CancellationToken, QueryResults, QuerySolution};
use serde::Deserialize;
use serde_json::{json, Value};

use super::http::{blocking, Failure};
use super::AppState;
use crate::query;
use crate::stats;
use crate::store::GraphStore;
use crate::vocab::NS;

const CLASSES: &str = "ng:Person, ng:Organization, ng:AIModel, ng:Product, ng:Place";
const RELATIONS: &str = "ng:worksFor, ng:founded, ng:developed, ng:buildsOn, ng:competesWith, ng:investedIn, \
                         ng:acquired, ng:partnersWith, ng:owns, ng:locatedIn, ng:affiliatedWith";

/// Longest search text accepted.
const MAX_NEEDLE: usize = 200;
/// Most entities one search returns.
const SEARCH_HITS: usize = 15;

/// Runs `text` with `bindings` (variable name, value) and collects its rows.
/// Each bound variable must be in the SELECT clause (oxigraph's rule).
fn rows(store: &GraphStore, text: &str, bindings: &[(&str, Term)], token: CancellationToken) -> Result<Vec<QuerySolution>, Failure> {
    let mut prepared = query::parse_cancellable(text, token).map_err(|e| Failure::internal(e.to_string()))?;
    for (name, value) in bindings {
        prepared = prepared.substitute_variable(Variable::new_unchecked(*name), value.clone());
    }
    match store.query(prepared).map_err(|e| Failure::internal(e.to_string()))? {
        QueryResults::Solutions(s) => {
            s.collect::<Result<Vec<_>, _>>().map_err(|e| Failure::internal(format!("query failed: {e}")))
        }
        _ => Err(Failure::internal("expected solutions")),
    }
}

fn iri(row: &QuerySolution, var: &str) -> Option<String> {
    match row.get(var)? {
        Term::NamedNode(n) => Some(n.as_str().to_string()),
        _ => None,
    }
}

fn text(row: &QuerySolution, var: &str) -> Option<String> {
    match row.get(var)? {
        Term::Literal(l) => Some(l.value().to_string()),
        _ => None,
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

const SEARCH: &str = r#"
SELECT ?e ?label ?class ?hit ?needle WHERE {
  ?e rdfs:label|skos:altLabel ?hit .
  FILTER(CONTAINS(LCASE(STR(?hit)), ?needle))
  ?e rdfs:label ?label ; a ?class .
  FILTER(?class IN (CLASSES))
}"#;

/// `GET /api/search?q=TEXT`: entities whose label or an alias contains TEXT
/// (case-insensitive), best matches first: whole name, then prefix, then a
/// word's prefix, then anywhere; labels before aliases; shorter names first.
pub async fn search(State(shared): State<AppState>, Query(params): Query<SearchParams>) -> Response {
    let needle = params.q.unwrap_or_default().trim().to_lowercase();
    if needle.is_empty() {
        return Json(json!([])).into_response();
    }
    if needle.chars().count() > MAX_NEEDLE {
        return Failure::bad_request(format!("the search text is longer than {MAX_NEEDLE} characters")).into_response();
    }
    let store = shared.clone();
    json_answer(
        blocking(&shared, move |token| {
            let text = SEARCH.replace("CLASSES", CLASSES);
            let found = rows(&store.store, &text, &[("needle", Literal::new_simple_literal(&needle).into())], token)?;
            Ok(rank(&needle, &found))
        })
        .await,
    )
}

fn rank(needle: &str, found: &[QuerySolution]) -> Value {
    // iri → (score, label, class, matched alias)
    let mut best: BTreeMap<String, (u32, String, String, Option<String>)> = BTreeMap::new();
    for row in found {
        let (Some(e), Some(label), Some(class), Some(hit)) =
            (iri(row, "e"), text(row, "label"), iri(row, "class"), text(row, "hit"))
        else {
            continue;
        };
        let lower = hit.to_lowercase();
        let mut score = if lower == needle {
            0
        } else if lower.starts_with(needle) {
            2
        } else if lower.split(|c: char| !c.is_alphanumeric()).any(|w| w.starts_with(needle)) {
            4
        } else {
            6
        };
        let alias = (hit != label).then_some(hit);
        if alias.is_some() {
            score += 1;
        }
        let entry = best.entry(e).or_insert((u32::MAX, label.clone(), local(&class), None));
        if score < entry.0 {
            *entry = (score, label, local(&class), alias);
        }
    }
    let mut hits: Vec<_> = best.into_iter().collect();
    hits.sort_by(|(ia, a), (ib, b)| {
        (a.0, a.1.chars().count(), a.1.to_lowercase(), ia).cmp(&(b.0, b.1.chars().count(), b.1.to_lowercase(), ib))
    });
    Value::Array(
        hits.into_iter()
            .take(SEARCH_HITS)
            .map(|(iri, (_, label, class, alias))| json!({"iri": iri, "label": label, "class": class, "alias": alias}))
            .collect(),
    )
}

#[derive(Deserialize)]
pub struct EntityParams {
    iri: Option<String>,
}

const INFO: &str = r#"
SELECT ?e ?p ?o WHERE {
  ?e ?p ?o .
  FILTER(?p IN (rdf:type, rdfs:label, skos:altLabel, owl:sameAs))
}"#;

const ARTICLES: &str = r#"
SELECT ?e ?a ?title ?date ?source WHERE {
  ?e ng:mentionedIn ?a .
  OPTIONAL { ?a ng:title ?title }
  OPTIONAL { ?a ng:date ?date }
  OPTIONAL { ?a ng:source ?source }
} ORDER BY DESC(?date) ?title ?a"#;

/// Facts with the entity as subject (`?e ?p ?x`); FACTS_IN swaps the sides.
const FACTS_OUT: &str = r#"
SELECT ?e ?p ?x ?xl ?xc ?ev ?role ?conf ?sentence ?a ?title ?date ?source WHERE {
  ?e ?p ?x .
  FILTER(?p IN (RELATIONS))
  OPTIONAL { ?x rdfs:label ?xl }
  OPTIONAL { ?x a ?xc . FILTER(?xc IN (CLASSES)) }
  OPTIONAL {
    ?ev rdf:subject ?e ; rdf:predicate ?p ; rdf:object ?x ; ng:article ?a .
    OPTIONAL { ?ev ng:role ?role }
    OPTIONAL { ?ev ng:confidence ?conf }
    OPTIONAL { ?ev ng:sentence ?sentence }
    OPTIONAL { ?a ng:title ?title }
    OPTIONAL { ?a ng:date ?date }
    OPTIONAL { ?a ng:source ?source }
  }
} ORDER BY ?p ?xl ?x DESC(?conf) ?ev"#;

const QUOTES: &str = r#"
SELECT ?e ?q ?quote ?ev ?conf ?sentence ?a ?title ?date ?source WHERE {
  ?e ng:said ?q .
  ?q ng:text ?quote .
  OPTIONAL {
    ?ev rdf:subject ?e ; rdf:predicate ng:said ; rdf:object ?q ; ng:article ?a .
    OPTIONAL { ?ev ng:confidence ?conf }
    OPTIONAL { ?ev ng:sentence ?sentence }
    OPTIONAL { ?a ng:title ?title }
    OPTIONAL { ?a ng:date ?date }
    OPTIONAL { ?a ng:source ?source }
  }
} ORDER BY ?quote ?ev"#;

/// `GET /api/entity?iri=IRI`: the entity's class, labels, Wikidata link,
/// articles, facts (both directions, each with its evidence) and quotes.
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

fn evidence(row: &QuerySolution) -> Option<Value> {
    let ev = iri(row, "ev")?;
    Some(json!({
        "iri": ev,
        "role": text(row, "role"),
        "confidence": text(row, "conf").and_then(|c| c.parse::<f64>().ok()),
        "sentence": text(row, "sentence"),
        "article": article(row),
    }))
}

fn describe(store: &GraphStore, node: NamedNode, token: &CancellationToken) -> Result<Value, Failure> {
    let e: Term = node.clone().into();
    let bind = [("e", e)];
    let mut label = None;
    let mut class = None;
    let mut aliases = Vec::new();
    let mut wikidata = None;
    for row in rows(store, INFO, &bind, token.clone())? {
        let Some(p) = iri(&row, "p") else { continue };
        let o = row.get("o");
        match (p.as_str(), o) {
            (p, Some(Term::Literal(l))) if p == crate::vocab::w3c::RDFS_LABEL.as_str() => label = Some(l.value().to_string()),
            (p, Some(Term::Literal(l))) if p == crate::vocab::w3c::SKOS_ALT_LABEL.as_str() => aliases.push(l.value().to_string()),
            (p, Some(Term::NamedNode(n))) if p == crate::vocab::w3c::RDF_TYPE.as_str() && n.as_str().starts_with(NS) => {
                class = Some(local(n.as_str()))
            }
            (p, Some(Term::NamedNode(n))) if p == crate::vocab::w3c::OWL_SAME_AS.as_str() => {
                wikidata = Some(n.as_str().to_string())
            }
            _ => {}
        }
    }
    if label.is_none() && class.is_none() {
        return Err(Failure::new(StatusCode::NOT_FOUND, format!("no entity <{}> in the graph", node.as_str())));
    }
    aliases.sort();
    let articles: Vec<Value> = rows(store, ARTICLES, &bind, token.clone())?.iter().filter_map(article).collect();

    let mut facts: Vec<Value> = Vec::new();
    for (direction, text_of) in [("out", FACTS_OUT.to_string()), ("in", facts_in())] {
        let query = text_of.replace("RELATIONS", RELATIONS).replace("CLASSES", CLASSES);
        let mut last: Option<(String, String)> = None;
        for row in rows(store, &query, &bind, token.clone())? {
            let (Some(p), Some(x)) = (iri(&row, "p"), iri(&row, "x")) else { continue };
            if last.as_ref() != Some(&(p.clone(), x.clone())) {
                last = Some((p.clone(), x.clone()));
                facts.push(json!({
                    "direction": direction,
                    "predicate": local(&p),
                    "other": {"iri": x, "label": text(&row, "xl"), "class": iri(&row, "xc").map(|c| local(&c))},
                    "roles": [],
                    "confidence": null,
                    "evidence": [],
                }));
            }
            let fact = facts.last_mut().expect("pushed above");
            if let Some(ev) = evidence(&row) {
                let list = fact["evidence"].as_array_mut().expect("an array");
                if !list.iter().any(|v| v["iri"] == ev["iri"]) {
                    if let Some(role) = ev["role"].as_str() {
                        let roles = fact["roles"].as_array_mut().expect("an array");
                        if !roles.iter().any(|r| r == role) {
                            roles.push(role.into());
                        }
                    }
                    let conf = ev["confidence"].as_f64();
                    if conf > fact["confidence"].as_f64() {
                        fact["confidence"] = conf.into();
                    }
                    fact["evidence"].as_array_mut().expect("an array").push(ev);
                }
            }
        }
    }

    let mut quotes: Vec<Value> = Vec::new();
    for row in rows(store, QUOTES, &bind, token.clone())? {
        let (Some(q), Some(words)) = (iri(&row, "q"), text(&row, "quote")) else { continue };
        if quotes.last().is_none_or(|last| last["iri"] != q.as_str()) {
            quotes.push(json!({"iri": q, "text": words, "evidence": []}));
        }
        if let Some(ev) = evidence(&row) {
            let list = quotes.last_mut().expect("pushed above")["evidence"].as_array_mut().expect("an array");
            if !list.iter().any(|v| v["iri"] == ev["iri"]) {
                list.push(ev);
            }
        }
    }

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

/// FACTS_OUT with the entity as object: `?x ?p ?e`, evidence `rdf:subject ?x ; rdf:object ?e`.
fn facts_in() -> String {
    FACTS_OUT
        .replace("?e ?p ?x .", "?x ?p ?e .")
        .replace("rdf:subject ?e ; rdf:predicate ?p ; rdf:object ?x", "rdf:subject ?x ; rdf:predicate ?p ; rdf:object ?e")
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
        EXAMPLES
            .iter()
            .map(|(name, text)| json!({"name": name, "title": title(name, text), "text": text}))
            .collect(),
    ))
    .into_response()
}

/// `GET /api/stats`: counts of articles, entities per class, relations per predicate, quotes, triples.
pub async fn stats(State(shared): State<AppState>) -> Response {
    let store = shared.clone();
    json_answer(
        blocking(&shared, move |_token| {
            let s = stats::stats(&store.store).map_err(|e| Failure::internal(e.to_string()))?;
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
