//! Counts of what a store holds: articles, entities per class, relations per
//! predicate, quotes, triples; and the list of its articles.

use oxigraph::sparql::QueryResults;

use crate::error::{Error, Result};
use crate::query;
use crate::schema::{EntityClass, Predicate};
use crate::store::GraphStore;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stats {
    pub articles: usize,
    pub entities: Vec<(EntityClass, usize)>,
    pub relations: Vec<(Predicate, usize)>,
    pub quotes: usize,
    /// Triples of the merged (default) graph.
    pub triples: usize,
    /// Quads in the store, all graphs (articles, merged view, ontology).
    pub quads: usize,
}

impl Stats {
    pub fn entity_total(&self) -> usize {
        self.entities.iter().map(|(_, n)| n).sum()
    }

    pub fn relation_total(&self) -> usize {
        self.relations.iter().map(|(_, n)| n).sum()
    }
}

/// Counts everything in the store's merged graph.
pub fn stats(store: &GraphStore) -> Result<Stats> {
    let mut stats = Stats {
        articles: count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?a a ng:Article }")?,
        quotes: count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?q a ng:Quote }")?,
        triples: store.default_graph_len()?,
        quads: store.len()?,
        ..Stats::default()
    };
    for class in EntityClass::ALL {
        let q = format!("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a ng:{} }}", class.name());
        stats.entities.push((class, count(store, &q)?));
    }
    for predicate in Predicate::ALL {
        let q = format!("SELECT (COUNT(*) AS ?n) WHERE {{ ?s ng:{} ?o }}", predicate.name());
        stats.relations.push((predicate, count(store, &q)?));
    }
    Ok(stats)
}

/// One stored article and where it was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleEntry {
    pub iri: String,
    pub title: String,
    pub date: Option<String>,
    /// Every `ng:source`: a path, `PATH#L<n>` or `-`.
    pub sources: Vec<String>,
}

/// Every article in the store, by date then title.
pub fn articles(store: &GraphStore) -> Result<Vec<ArticleEntry>> {
    const ARTICLES: &str = "SELECT ?a ?title ?date (GROUP_CONCAT(?src; SEPARATOR=\"\\u001F\") AS ?sources) \
        WHERE { GRAPH ?a { ?a a ng:Article ; ng:title ?title ; ng:source ?src OPTIONAL { ?a ng:date ?date } } } \
        GROUP BY ?a ?title ?date ORDER BY ?date ?title";
    let rows = query::select(store, ARTICLES)?;
    Ok(rows
        .iter()
        .map(|row| ArticleEntry {
            iri: query::bound_iri(row, "a").unwrap_or_default(),
            title: query::bound_text(row, "title").unwrap_or_default(),
            date: query::bound_text(row, "date"),
            sources: query::bound_text(row, "sources").unwrap_or_default().split('\u{1f}').map(String::from).collect(),
        })
        .collect())
}

fn count(store: &GraphStore, text: &str) -> Result<usize> {
    if let QueryResults::Solutions(mut rows) = store.query(query::parse(text)?)? {
        if let Some(row) = rows.next() {
            let row = row.map_err(|source| Error::Query { source })?;
            if let Some(oxigraph::model::Term::Literal(l)) = row.get("n") {
                return Ok(l.value().parse().unwrap_or(0));
            }
        }
    }
    Ok(0)
}
