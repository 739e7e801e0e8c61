//! The graph as people look at it: entity nodes and relation edges, each with
//! the figures the pictures and spreadsheets show. Read from the store by SPARQL.

use oxigraph::model::Term;
use oxigraph::sparql::{QueryResults, QuerySolution};

use crate::error::{Error, Result};
use crate::extract::{EntityClass, Predicate};
use crate::query;
use crate::store::GraphStore;

/// One entity.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeRow {
    pub iri: String,
    pub label: String,
    pub class: EntityClass,
    pub aliases: Vec<String>,
    pub wikidata: Option<String>,
    /// Number of articles that mention it.
    pub articles: usize,
}

/// One relation fact, merged over the articles that state it.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgeRow {
    pub source: String,
    pub predicate: Predicate,
    pub target: String,
    /// Job titles (or other qualifiers) the evidence gives, sorted.
    pub roles: Vec<String>,
    /// Number of articles that state it.
    pub articles: usize,
    /// The highest confidence of its evidence.
    pub confidence: f64,
    /// The sentence of its most confident evidence.
    pub evidence: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct GraphView {
    pub nodes: Vec<NodeRow>,
    pub edges: Vec<EdgeRow>,
}

const SEP: &str = "\u{1f}";

const NODES: &str = r#"
SELECT ?e (SAMPLE(?class) AS ?c) (MIN(?label) AS ?l)
       (GROUP_CONCAT(DISTINCT ?alt; separator="\u001F") AS ?alts)
       (SAMPLE(?wd) AS ?w) (COUNT(DISTINCT ?a) AS ?n)
WHERE {
  ?e a ?class ; rdfs:label ?label .
  FILTER(?class IN (ng:Person, ng:Organization, ng:AIModel, ng:Product, ng:Place))
  OPTIONAL { ?e skos:altLabel ?alt }
  OPTIONAL { ?e owl:sameAs ?wd }
  OPTIONAL { ?e ng:mentionedIn ?a }
}
GROUP BY ?e ORDER BY ?e"#;

const EDGES: &str = r#"
SELECT ?s ?p ?o ?role ?a ?conf ?sentence
WHERE {
  ?s ?p ?o .
  FILTER(?p IN (ng:worksFor, ng:founded, ng:developed, ng:buildsOn, ng:competesWith,
                ng:investedIn, ng:acquired, ng:partnersWith, ng:owns, ng:locatedIn,
                ng:affiliatedWith))
  OPTIONAL {
    ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
        ng:article ?a ; ng:confidence ?conf ; ng:sentence ?sentence .
    OPTIONAL { ?ev ng:role ?role }
  }
}
ORDER BY ?s ?p ?o DESC(?conf) ?sentence"#;

/// Reads every entity and relation of the store's merged graph, sorted.
pub fn read_view(store: &GraphStore) -> Result<GraphView> {
    let nodes = solutions(store, NODES)?.iter().filter_map(node_row).collect();
    let mut edges: Vec<EdgeRow> = Vec::new();
    let mut articles: Vec<String> = Vec::new();
    for row in solutions(store, EDGES)? {
        let (Some(source), Some(p), Some(target)) = (iri(&row, "s"), iri(&row, "p"), iri(&row, "o")) else {
            continue;
        };
        let Some(predicate) = Predicate::parse(p.rsplit('#').next().unwrap_or_default()) else { continue };
        let same = edges.last().is_some_and(|e| e.source == source && e.predicate == predicate && e.target == target);
        if !same {
            articles.clear();
            edges.push(EdgeRow {
                source,
                predicate,
                target,
                roles: Vec::new(),
                articles: 0,
                confidence: number(&row, "conf").unwrap_or(0.0),
                evidence: text(&row, "sentence").unwrap_or_default(),
            });
        }
        let edge = edges.last_mut().expect("pushed above");
        if let Some(role) = text(&row, "role") {
            if !edge.roles.contains(&role) {
                edge.roles.push(role);
                edge.roles.sort();
            }
        }
        if let Some(article) = iri(&row, "a") {
            if !articles.contains(&article) {
                articles.push(article);
                edge.articles += 1;
            }
        }
    }
    Ok(GraphView { nodes, edges })
}

fn solutions(store: &GraphStore, text: &str) -> Result<Vec<QuerySolution>> {
    match store.query(query::parse(text)?)? {
        QueryResults::Solutions(s) => {
            s.collect::<std::result::Result<_, _>>().map_err(|e| Error::Export { message: e.to_string() })
        }
        _ => Err(Error::Export { message: "expected solutions".into() }),
    }
}

fn node_row(row: &QuerySolution) -> Option<NodeRow> {
    let class_iri = iri(row, "c")?;
    let class = EntityClass::parse(class_iri.rsplit('#').next()?)?;
    let mut aliases: Vec<String> =
        text(row, "alts").unwrap_or_default().split(SEP).filter(|a| !a.is_empty()).map(String::from).collect();
    aliases.sort();
    Some(NodeRow {
        iri: iri(row, "e")?,
        label: text(row, "l")?,
        class,
        aliases,
        wikidata: iri(row, "w"),
        articles: number(row, "n").unwrap_or(0.0) as usize,
    })
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

fn number(row: &QuerySolution, var: &str) -> Option<f64> {
    text(row, var)?.parse().ok()
}
