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
use crate::analysis::Network;
use crate::query::{self, bound_iri as iri, bound_text as text};
use crate::schema::{EntityClass, Predicate};
use crate::stats;
use crate::store::GraphStore;
use crate::vocab::NS;

/// The built-in queries with the schema's lists in place of `CLASSES` and
/// `RELATIONS` (comma-separated, for `IN`) and `RELATION_TERMS` (for `VALUES`).
fn with_lists(text: &str) -> String {
    text.replace("RELATION_TERMS", &Predicate::sparql_list().replace(',', ""))
        .replace("RELATIONS", &Predicate::sparql_list())
        .replace("CLASSES", &EntityClass::sparql_list())
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
    let names: Vec<&str> = bindings.iter().map(|(name, _)| *name).collect();
    let row: Vec<Term> = bindings.iter().map(|(_, value)| value.clone()).collect();
    rows_for(store, text, &names, &[row], token)
}

/// Like `rows`, with several rows of values for `names` (a page of facts, of
/// articles): the query runs once, starting from each row's terms.
fn rows_for(
    store: &GraphStore,
    text: &str,
    names: &[&str],
    values: &[Vec<Term>],
    token: CancellationToken,
) -> Result<Vec<QuerySolution>, Failure> {
    let internal = |e: &dyn std::fmt::Display| Failure::internal(format!("the built-in query does not parse: {e}"));
    let mut parser = spargebra::SparqlParser::new();
    for (prefix, iri) in query::PREFIXES {
        parser = parser.with_prefix(*prefix, *iri).map_err(|e| internal(&e))?;
    }
    let mut parsed = parser.parse_query(text).map_err(|e| internal(&e))?;
    if !names.is_empty() {
        if values.is_empty() {
            return Ok(Vec::new());
        }
        let variables = names.iter().map(|name| Variable::new_unchecked(*name)).collect();
        let ground = |value: &Term| match value {
            Term::NamedNode(n) => Ok(Some(GroundTerm::NamedNode(n.clone()))),
            Term::Literal(l) => Ok(Some(GroundTerm::Literal(l.clone()))),
            other => Err(Failure::internal(format!("cannot bind {other}"))),
        };
        let bindings =
            values.iter().map(|row| row.iter().map(ground).collect::<Result<Vec<_>, _>>()).collect::<Result<_, _>>()?;
        let spargebra::Query::Select { pattern, .. } = &mut parsed else {
            return Err(Failure::internal("the built-in queries are SELECT queries"));
        };
        join_values(pattern, GraphPattern::Values { variables, bindings });
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
/// order, distinct, slice) and the grouping, so that the variables are in scope
/// and an aggregate counts only what the values select; and under the filters
/// and into the left side of OPTIONALs, next to the first pattern, where the
/// planner starts from them (joined above an OPTIONAL, several rows of values
/// made oxigraph evaluate the OPTIONAL over the whole graph first). Sound
/// because in every built-in query the bound variables are bound by that first
/// pattern.
fn join_values(pattern: &mut GraphPattern, values: GraphPattern) {
    match pattern {
        GraphPattern::Project { inner, .. }
        | GraphPattern::OrderBy { inner, .. }
        | GraphPattern::Distinct { inner }
        | GraphPattern::Reduced { inner }
        | GraphPattern::Slice { inner, .. }
        | GraphPattern::Extend { inner, .. }
        | GraphPattern::Group { inner, .. }
        | GraphPattern::Filter { inner, .. }
        | GraphPattern::LeftJoin { left: inner, .. } => join_values(inner, values),
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
    /// The entity of this IRI (its label and class), instead of a search.
    iri: Option<String>,
}

/// One label or alias of an entity, for the search box.
pub struct Name {
    mentions: u64,
    lower: String,
    name: String,
    iri: String,
    label: String,
    class: String,
}

/// The search box's names: every label and alias of every entity of the network.
pub fn names(net: &Network) -> Vec<Name> {
    let mut names = Vec::new();
    for e in &net.entities {
        for name in std::iter::once(&e.label).chain(&e.aliases) {
            names.push(Name {
                mentions: e.articles as u64,
                lower: name.to_lowercase(),
                name: name.clone(),
                iri: e.iri.clone(),
                label: e.label.clone(),
                class: e.class.name().to_string(),
            });
        }
    }
    names
}

/// `GET /api/search?iri=IRI`: the entity of that IRI as a one-hit answer (the
/// connect box shows an entity's name, not its IRI); `[]` when there is none.
///
/// `GET /api/search?q=TEXT`: entities whose label or an alias contains TEXT
/// (case-insensitive), best matches first: whole name, then prefix, then a
/// word's prefix, then anywhere; labels before aliases; shorter names first,
/// then those more articles mention. TEXT is only compared with names in Rust; it never reaches a query.
pub async fn search(State(shared): State<AppState>, Query(params): Query<SearchParams>) -> Response {
    if let Some(wanted) = params.iri {
        let view = shared.views.current().await;
        let hit = view.names.iter().find(|n| n.iri == wanted && n.name == n.label);
        let hits: Vec<Value> =
            hit.map(|n| json!({"iri": n.iri, "label": n.label, "class": n.class, "alias": null})).into_iter().collect();
        return Json(Value::Array(hits)).into_response();
    }
    let needle = params.q.unwrap_or_default().trim().to_lowercase();
    if needle.is_empty() {
        return Json(json!([])).into_response();
    }
    if needle.chars().count() > MAX_NEEDLE {
        return Failure::bad_request(format!("the search text is longer than {MAX_NEEDLE} characters")).into_response();
    }
    Json(rank(&needle, &shared.views.current().await.names)).into_response()
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
    /// One list only, from `offset`: `facts`, `quotes` or `articles`.
    list: Option<String>,
    offset: Option<usize>,
}

/// Items of each list on one page: a hub's page stays small and quick, and the
/// page asks for the next items when the reader wants them.
pub const PAGE: usize = 50;
/// Neighbours in the picture.
const PICTURE: usize = 24;

// Each query starts from the bound entity ?e (or from the bound rows of a
// page), so it costs index lookups around them whatever the size of the graph.

/// What the page shows of the entity: class, names, Wikidata link, relations.
/// (Not `?e ?p ?o`: a hub's mentions and evidence links are thousands of triples.)
const OUT: &str =
    "SELECT ?e ?p ?o WHERE { VALUES ?p { rdf:type rdfs:label skos:altLabel owl:sameAs RELATION_TERMS } ?e ?p ?o }";

/// Relations pointing at it, one scan per relation (the evidence nodes point
/// at it too); the predicate is a number (its place in `Predicate::ALL`), so
/// that only the other end's IRI is decoded.
fn in_query() -> String {
    let branches: Vec<String> = Predicate::ALL
        .iter()
        .enumerate()
        .map(|(k, p)| format!("{{ ?x <{}> ?e BIND({k} AS ?k) }}", p.iri().as_str()))
        .collect();
    format!("SELECT ?e ?x ?k WHERE {{ {} }}", branches.join(" UNION "))
}

/// The labels and classes of the entities a page shows (?x bound).
const LABELS: &str = r#"
SELECT ?x ?xl ?xc WHERE {
  ?x rdfs:label ?xl .
  OPTIONAL { ?x a ?xc . FILTER(?xc IN (CLASSES)) }
}"#;

/// The evidence of some facts (?f bound to their nodes, `graph::fact_iri`):
/// one `ng:statedBy` lookup per fact, then what the page shows of each
/// evidence node. (Bound to the facts' subject, predicate and object instead,
/// oxigraph starts from `?ev rdf:object ?o` and reads every evidence node of a
/// hub once per fact; from the entity's `ng:evidence`, every evidence of a hub
/// to show fifty facts.)
const EVIDENCE: &str = r#"
SELECT ?f ?ev ?a ?role ?conf ?sentence ?title ?date ?source WHERE {
  ?f ng:statedBy ?ev .
  ?ev ng:article ?a .
  OPTIONAL { ?ev ng:role ?role }
  OPTIONAL { ?ev ng:confidence ?conf }
  OPTIONAL { ?ev ng:sentence ?sentence }
  OPTIONAL { ?a ng:title ?title }
  OPTIONAL { ?a ng:date ?date }
  OPTIONAL { ?a ng:source ?source }
}"#;

const QUOTES: &str = "SELECT ?e ?q ?quote WHERE { ?e ng:said ?q . ?q ng:text ?quote }";

/// How many articles mention the entity.
const MENTION_COUNT: &str = "SELECT ?e (COUNT(?a) AS ?n) WHERE { ?e ng:mentionedIn ?a } GROUP BY ?e";

/// One page of the articles that mention the entity, newest first (`PAGE`
/// and `START` replaced by numbers). Sorted and cut in the query: the dates
/// compare without decoding a term, so only the page's IRIs are decoded.
/// Articles of the same date come in the store's index order (deterministic:
/// the same request gives the same page); a tie-break on the IRI would decode
/// every article's IRI at each comparison.
const MENTIONS_PAGE: &str = "SELECT ?e ?a ?date WHERE { ?e ng:mentionedIn ?a . OPTIONAL { ?a ng:date ?date } } \
    ORDER BY DESC(?date) LIMIT PAGE OFFSET START";

/// Title, date and source of the articles a page shows (?a bound).
const ARTICLE_LINES: &str = r#"
SELECT ?a ?title ?date ?source WHERE {
  ?a a ng:Article .
  OPTIONAL { ?a ng:title ?title }
  OPTIONAL { ?a ng:date ?date }
  OPTIONAL { ?a ng:source ?source }
}"#;

/// `GET /api/entity?iri=IRI`: the entity's class, labels, Wikidata link, the
/// neighbours of its picture, and the first page of each list (facts in both
/// directions with their evidence, quotes, articles) with each list's total.
/// `&list=facts|quotes|articles&offset=N` gives one list from item N.
/// IRI is bound to ?e as a term; it never reaches the query text.
pub async fn entity(State(shared): State<AppState>, Query(params): Query<EntityParams>) -> Response {
    let Some(raw) = params.iri else {
        return Failure::bad_request("missing iri: /api/entity?iri=IRI").into_response();
    };
    let node = match NamedNode::new(raw.as_str()) {
        Ok(n) => n,
        Err(e) => return Failure::bad_request(format!("<{raw}> is not an IRI: {e}")).into_response(),
    };
    let list = match params.list.as_deref() {
        None => None,
        Some(l @ ("facts" | "quotes" | "articles")) => Some(l.to_string()),
        Some(other) => {
            return Failure::bad_request(format!("no list {other:?}: list=facts, quotes or articles")).into_response()
        }
    };
    let offset = params.offset.unwrap_or(0);
    let store = shared.clone();
    let view = shared.views.current().await;
    json_answer(
        blocking(&shared, move |token| {
            let entity = Entity { store: &store.store, node, token: &token, known: &view.analysed.net.entities };
            describe(&entity, list.as_deref(), offset)
        })
        .await,
    )
}

/// What changes on an entity's page when an article that mentions it is
/// written or removed: how many articles mention it and when the newest of
/// them was stored. (Index lookups around the entity, one per article.)
const VERSION: &str = "SELECT ?e (COUNT(?a) AS ?n) (MAX(?at) AS ?last) WHERE { \
    ?e ng:mentionedIn ?a . OPTIONAL { ?a ng:ingestedAt ?at } } GROUP BY ?e";

/// `GET /api/entity/version?iri=IRI`: `{"iri", "version"}`, a text that
/// changes when an article mentioning the entity comes or goes; the page polls
/// it to read an open entity again. An entity no article mentions has version "0".
pub async fn entity_version(State(shared): State<AppState>, Query(params): Query<EntityParams>) -> Response {
    let Some(raw) = params.iri else {
        return Failure::bad_request("missing iri: /api/entity/version?iri=IRI").into_response();
    };
    let node = match NamedNode::new(raw.as_str()) {
        Ok(n) => n,
        Err(e) => return Failure::bad_request(format!("<{raw}> is not an IRI: {e}")).into_response(),
    };
    let store = shared.clone();
    json_answer(
        blocking(&shared, move |token| {
            let found = rows(&store.store, VERSION, &[("e", node.clone().into())], token)?;
            let version = found.first().map_or_else(
                || "0".to_string(),
                |row| format!("{}/{}", text(row, "n").unwrap_or_default(), text(row, "last").unwrap_or_default()),
            );
            Ok(json!({"iri": node.as_str(), "version": version}))
        })
        .await,
    )
}

fn article(row: &QuerySolution) -> Option<Value> {
    let a = iri(row, "a")?;
    Some(json!({"iri": a, "title": text(row, "title"), "date": text(row, "date"), "source": text(row, "source")}))
}

/// One page of a list: `{offset, total, items}`.
fn page_of(offset: usize, total: usize, items: Vec<Value>) -> Value {
    json!({"offset": offset, "total": total, "items": items})
}

fn window<T>(all: &[T], offset: usize) -> &[T] {
    let start = offset.min(all.len());
    &all[start..(start + PAGE).min(all.len())]
}

fn named(iri: &str) -> Term {
    NamedNode::new_unchecked(iri).into()
}

/// Reads one entity's page (or one list of it) with queries bound to the entity.
struct Entity<'a> {
    store: &'a GraphStore,
    node: NamedNode,
    token: &'a CancellationToken,
    /// The entities of the page's view (sorted by IRI), for the labels and
    /// classes of the other ends; those it does not know yet (written since
    /// the view was made) are read from the store.
    known: &'a [crate::export::NodeRow],
}

/// A fact of the entity: direction, predicate IRI, the other end's IRI.
type Fact = (&'static str, String, String);
/// A fact as (subject, predicate, object) IRIs.
type Spo = (String, String, String);
/// An entity's label and class, by IRI.
type Labels = BTreeMap<String, (Option<String>, Option<String>)>;

impl Entity<'_> {
    fn run(&self, text: &str) -> Result<Vec<QuerySolution>, Failure> {
        rows(self.store, &with_lists(text), &[("e", self.node.clone().into())], self.token.clone())
    }

    fn run_for(&self, text: &str, names: &[&str], values: &[Vec<Term>]) -> Result<Vec<QuerySolution>, Failure> {
        rows_for(self.store, &with_lists(text), names, values, self.token.clone())
    }

    /// Label, class, aliases, Wikidata link and the outgoing facts (one query);
    /// None when the graph has no such entity.
    fn header(&self) -> Result<Option<(Value, Vec<Fact>)>, Failure> {
        use crate::vocab::w3c::{OWL_SAME_AS, RDFS_LABEL, RDF_TYPE, SKOS_ALT_LABEL};
        let (mut label, mut class, mut aliases, mut wikidata, mut facts) = (None, None, Vec::new(), None, Vec::new());
        for row in self.run(OUT)? {
            let (Some(p), Some(o)) = (iri(&row, "p"), row.get("o")) else { continue };
            match o {
                Term::Literal(l) if p == RDFS_LABEL.as_str() => label = Some(l.value().to_string()),
                Term::Literal(l) if p == SKOS_ALT_LABEL.as_str() => aliases.push(l.value().to_string()),
                Term::NamedNode(n) if p == RDF_TYPE.as_str() && n.as_str().starts_with(NS) => {
                    class = Some(local(n.as_str()))
                }
                Term::NamedNode(n) if p == OWL_SAME_AS.as_str() => wikidata = Some(n.as_str().to_string()),
                Term::NamedNode(n) if Predicate::from_iri(&p).is_some() => {
                    facts.push(("out", p, n.as_str().to_string()))
                }
                _ => {}
            }
        }
        if label.is_none() && class.is_none() {
            return Ok(None);
        }
        aliases.sort();
        let head = json!({"iri": self.node.as_str(), "label": label, "class": class, "aliases": aliases, "wikidata": wikidata});
        Ok(Some((head, facts)))
    }

    /// Every fact, both directions, sorted by predicate, direction, other end.
    fn all_facts(&self, mut facts: Vec<Fact>) -> Result<Vec<Fact>, Failure> {
        let predicates: Vec<String> = Predicate::ALL.iter().map(|p| p.iri().as_str().to_string()).collect();
        for row in self.run(&in_query())? {
            let p = text(&row, "k").and_then(|k| predicates.get(k.parse::<usize>().ok()?));
            if let (Some(p), Some(x)) = (p, iri(&row, "x")) {
                facts.push(("in", p.clone(), x));
            }
        }
        facts.sort_by(|a, b| (&a.1, a.0, &a.2).cmp(&(&b.1, b.0, &b.2)));
        facts.dedup();
        Ok(facts)
    }

    /// Labels and classes of these entities: from the view, else from the store.
    fn labels(&self, others: &[&String]) -> Result<Labels, Failure> {
        let mut found: Labels = BTreeMap::new();
        let mut unknown = Vec::new();
        for x in others {
            match self.known.binary_search_by(|n| n.iri.as_str().cmp(x.as_str())) {
                Ok(i) => {
                    let node = &self.known[i];
                    found.insert((*x).clone(), (Some(node.label.clone()), Some(node.class.name().to_string())));
                }
                Err(_) => unknown.push(x),
            }
        }
        if unknown.is_empty() {
            return Ok(found);
        }
        let values: Vec<Vec<Term>> = unknown.iter().map(|x| vec![named(x)]).collect();
        for row in self.run_for(LABELS, &["x"], &values)? {
            let Some(x) = iri(&row, "x") else { continue };
            let entry = found.entry(x).or_default();
            entry.0 = entry.0.take().or_else(|| text(&row, "xl"));
            entry.1 = entry.1.take().or_else(|| iri(&row, "xc").map(|c| local(&c)));
        }
        Ok(found)
    }

    /// The evidence of these (subject, predicate, object) facts, most confident
    /// first: one query from the facts' nodes.
    fn evidence(&self, facts: &[Spo]) -> Result<BTreeMap<Spo, Vec<Value>>, Failure> {
        let nodes: BTreeMap<String, &Spo> =
            facts.iter().map(|fact| (crate::graph::fact_iri(&fact.0, &fact.1, &fact.2).into_string(), fact)).collect();
        let values: Vec<Vec<Term>> = nodes.keys().map(|f| vec![named(f)]).collect();
        let mut evidence: BTreeMap<Spo, Vec<Value>> = BTreeMap::new();
        let mut seen = std::collections::HashSet::new();
        for row in self.run_for(EVIDENCE, &["f"], &values)? {
            let (Some(f), Some(ev)) = (iri(&row, "f"), iri(&row, "ev")) else { continue };
            let Some(fact) = nodes.get(&f) else { continue };
            // An article with several sources gives a row each: the first is shown.
            if !seen.insert(ev.clone()) {
                continue;
            }
            evidence.entry((*fact).clone()).or_default().push(json!({
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
                let date = v["article"]["date"].as_str().unwrap_or("").to_string();
                (conf, date, v["iri"].as_str().unwrap_or("").to_string())
            };
            list.sort_by_key(key);
        }
        Ok(evidence)
    }

    /// One page of facts, each with the other end's label and class and its evidence.
    fn facts_page(&self, facts: &[Fact], offset: usize) -> Result<Value, Failure> {
        let shown = window(facts, offset);
        let me = self.node.as_str().to_string();
        let spo = |(direction, p, x): &Fact| {
            if *direction == "out" {
                (me.clone(), p.clone(), x.clone())
            } else {
                (x.clone(), p.clone(), me.clone())
            }
        };
        let keys: Vec<Spo> = shown.iter().map(spo).collect();
        let evidence = self.evidence(&keys)?;
        let others: Vec<&String> = shown.iter().map(|f| &f.2).collect();
        let labels = self.labels(&others)?;
        let items = shown
            .iter()
            .zip(&keys)
            .map(|((direction, p, x), key)| {
                let list = evidence.get(key).cloned().unwrap_or_default();
                let mut roles: Vec<String> = list.iter().filter_map(|v| v["role"].as_str().map(String::from)).collect();
                roles.sort();
                roles.dedup();
                let confidence = list
                    .iter()
                    .filter_map(|v| v["confidence"].as_f64())
                    .fold(None, |m: Option<f64>, c| Some(m.map_or(c, |m| m.max(c))));
                let (xl, xc) = labels.get(x).cloned().unwrap_or_default();
                json!({
                    "direction": direction,
                    "predicate": local(p),
                    "other": {"iri": x, "label": xl, "class": xc},
                    "roles": roles,
                    "confidence": confidence,
                    "evidence": list,
                })
            })
            .collect();
        Ok(page_of(offset, facts.len(), items))
    }

    /// The picture's neighbours: the first `PICTURE` other ends, with the relations to each.
    fn neighbours(&self, facts: &[Fact]) -> Result<Value, Failure> {
        let mut order: Vec<&String> = Vec::new();
        let mut relations: BTreeMap<&String, Vec<String>> = BTreeMap::new();
        for (direction, p, x) in facts {
            if !relations.contains_key(x) {
                if order.len() == PICTURE {
                    continue;
                }
                order.push(x);
            }
            let label = if *direction == "out" { format!("{} →", local(p)) } else { format!("← {}", local(p)) };
            let list = relations.entry(x).or_default();
            if !list.contains(&label) {
                list.push(label);
            }
        }
        let labels = self.labels(&order)?;
        let total = facts.iter().map(|f| &f.2).collect::<std::collections::HashSet<_>>().len();
        let items: Vec<Value> = order
            .iter()
            .map(|x| {
                let (xl, xc) = labels.get(*x).cloned().unwrap_or_default();
                json!({"iri": x, "label": xl, "class": xc, "relations": relations[x]})
            })
            .collect();
        Ok(json!({"total": total, "items": items}))
    }

    /// One page of quotes, by their words, each with its evidence.
    fn quotes_page(&self, offset: usize) -> Result<Value, Failure> {
        let mut all: Vec<(String, String)> =
            self.run(QUOTES)?.iter().filter_map(|row| Some((text(row, "quote")?, iri(row, "q")?))).collect();
        all.sort();
        let shown = window(&all, offset);
        let me = self.node.as_str().to_string();
        let said = crate::vocab::ng::SAID.as_str().to_string();
        let keys: Vec<Spo> = shown.iter().map(|(_, q)| (me.clone(), said.clone(), q.clone())).collect();
        let evidence = self.evidence(&keys)?;
        let items = shown
            .iter()
            .zip(&keys)
            .map(|((words, q), key)| json!({"iri": q, "text": words, "evidence": evidence.get(key).cloned().unwrap_or_default()}))
            .collect();
        Ok(page_of(offset, all.len(), items))
    }

    /// One page of the articles that mention the entity, newest first: the
    /// count and the page are read in the query, only the page's articles decoded.
    fn articles_page(&self, offset: usize) -> Result<Value, Failure> {
        let total = self.run(MENTION_COUNT)?.first().and_then(|row| text(row, "n")?.parse().ok()).unwrap_or(0);
        let page = MENTIONS_PAGE.replace("PAGE", &PAGE.to_string()).replace("START", &offset.to_string());
        let shown: Vec<String> = self.run(&page)?.iter().filter_map(|row| iri(row, "a")).collect();
        let values: Vec<Vec<Term>> = shown.iter().map(|a| vec![named(a)]).collect();
        let mut lines: BTreeMap<String, Value> = BTreeMap::new();
        for row in self.run_for(ARTICLE_LINES, &["a"], &values)? {
            if let (Some(a), Some(line)) = (iri(&row, "a"), article(&row)) {
                lines.entry(a).or_insert(line);
            }
        }
        let items = shown.iter().filter_map(|a| lines.get(a).cloned()).collect();
        Ok(page_of(offset, total, items))
    }
}

/// The entity's page, or one list of it. The facts (with the picture's
/// neighbours) and the quotes and articles are read at the same time, on two
/// threads: all are index lookups around the entity, and a hub's page is
/// several thousand of them.
fn describe(entity: &Entity<'_>, list: Option<&str>, offset: usize) -> Result<Value, Failure> {
    let Some((mut head, out)) = entity.header()? else {
        return Err(Failure::new(StatusCode::NOT_FOUND, format!("no entity <{}> in the graph", entity.node.as_str())));
    };
    match list {
        Some("facts") => return entity.facts_page(&entity.all_facts(out)?, offset),
        Some("quotes") => return entity.quotes_page(offset),
        Some("articles") => return entity.articles_page(offset),
        _ => {}
    }
    let (facts, others) = std::thread::scope(|scope| {
        let others = scope.spawn(|| Ok::<_, Failure>((entity.quotes_page(0)?, entity.articles_page(0)?)));
        let facts =
            entity.all_facts(out).and_then(|facts| Ok((entity.neighbours(&facts)?, entity.facts_page(&facts, 0)?)));
        (facts, others.join().unwrap_or_else(|_| Err(Failure::internal("reading the entity's page failed"))))
    });
    let ((neighbours, facts), (quotes, articles)) = (facts?, others?);
    head["neighbours"] = neighbours;
    head["facts"] = facts;
    head["quotes"] = quotes;
    head["articles"] = articles;
    head["page"] = json!(PAGE);
    Ok(head)
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

/// How many of the newest articles the start page lists.
const LATEST: usize = 10;

/// The newest articles: the last whose facts were stored.
/// (Ordered by the time only: a tie-break on the IRI makes oxigraph read every
/// article's IRI, thirty times slower at a million triples; the articles of one
/// bulk batch share their time, and some `LATEST` of them are shown.)
const NEWEST: &str = "SELECT ?a ?at WHERE { ?a ng:ingestedAt ?at } ORDER BY DESC(?at) LIMIT LATEST";

/// Statements per predicate in each of some articles (?a bound).
const STATEMENTS: &str =
    "SELECT ?a ?p (COUNT(?ev) AS ?n) WHERE { ?ev ng:article ?a ; rdf:predicate ?p } GROUP BY ?a ?p";

/// Entities each of some articles mentions (?a bound).
const MENTIONED: &str = "SELECT ?a (COUNT(?e) AS ?n) WHERE { ?e ng:mentionedIn ?a } GROUP BY ?a";

/// The newest articles with their title, date, when they were stored, and how
/// many entities, relation statements and quotes each brought.
fn latest(store: &GraphStore, token: &CancellationToken) -> Result<Vec<Value>, Failure> {
    let newest = rows(store, &NEWEST.replace("LATEST", &LATEST.to_string()), &[], token.clone())?;
    let values: Vec<Vec<Term>> = newest.iter().filter_map(|row| Some(vec![named(&iri(row, "a")?)])).collect();
    let mut lines: BTreeMap<String, Value> = BTreeMap::new();
    for row in rows_for(store, ARTICLE_LINES, &["a"], &values, token.clone())? {
        if let (Some(a), Some(line)) = (iri(&row, "a"), article(&row)) {
            lines.entry(a).or_insert(line);
        }
    }
    let number = |row: &QuerySolution| text(row, "n").and_then(|n| n.parse::<u64>().ok()).unwrap_or(0);
    let mut entities: BTreeMap<String, u64> = BTreeMap::new();
    for row in rows_for(store, MENTIONED, &["a"], &values, token.clone())? {
        entities.insert(iri(&row, "a").unwrap_or_default(), number(&row));
    }
    let said = crate::vocab::ng::SAID.as_str();
    let mut statements: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for row in rows_for(store, STATEMENTS, &["a"], &values, token.clone())? {
        let entry = statements.entry(iri(&row, "a").unwrap_or_default()).or_default();
        if iri(&row, "p").as_deref() == Some(said) {
            entry.1 += number(&row);
        } else {
            entry.0 += number(&row);
        }
    }
    Ok(newest
        .iter()
        .filter_map(|row| {
            let a = iri(row, "a")?;
            let mut line = lines.get(&a).cloned().unwrap_or_else(|| json!({"iri": a}));
            let (relations, quotes) = statements.get(&a).copied().unwrap_or_default();
            line["ingested"] = json!(text(row, "at"));
            line["entities"] = json!(entities.get(&a).copied().unwrap_or(0));
            line["relations"] = json!(relations);
            line["quotes"] = json!(quotes);
            Some(line)
        })
        .collect())
}

/// `GET /api/stats`: counts of articles, entities per class, relations per
/// predicate, quotes, triples (kept by the store as it writes, so nothing is
/// counted here), and the newest articles. The page polls it to show what is new.
pub async fn stats(State(shared): State<AppState>) -> Response {
    let store = shared.clone();
    json_answer(
        blocking(&shared, move |token| {
            let s = stats::stats(&store.store).map_err(|e| Failure::internal(e.with_causes()))?;
            Ok(json!({
                "articles": s.articles,
                "entities": s.entities.iter().map(|(c, n)| json!({"class": c.name(), "count": n})).collect::<Vec<_>>(),
                "relations": s.relations.iter().map(|(p, n)| json!({"predicate": p.name(), "count": n})).collect::<Vec<_>>(),
                "quotes": s.quotes,
                "triples": s.triples,
                "latest": latest(&store.store, &token)?,
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
