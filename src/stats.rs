//! Counts of what a store holds: articles, entities per class, relations per
//! predicate, quotes, triples; and the list of its articles.

use crate::error::Result;
use crate::query;
use crate::schema::{EntityClass, Predicate};
use crate::store::GraphStore;
use crate::vocab::ng;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stats {
    pub articles: usize,
    pub entities: Vec<(EntityClass, usize)>,
    pub relations: Vec<(Predicate, usize)>,
    pub quotes: usize,
    /// Triples of the merged (default) graph.
    pub triples: usize,
    /// Quads in the store: the article graphs, the merged view and the ontology
    /// (not the counts, not the communities `communities --write` keeps).
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

/// Counts everything in the store's merged graph, from the counts the store
/// keeps as it writes (`GraphStore::counts`): no quad is read but the counts'.
pub fn stats(store: &GraphStore) -> Result<Stats> {
    let counts = store.counts()?;
    let n = |x: i64| x.max(0) as usize;
    Ok(Stats {
        articles: counts.of(ng::ARTICLE),
        entities: EntityClass::ALL.into_iter().map(|c| (c, counts.of(c.iri()))).collect(),
        relations: Predicate::ALL.into_iter().map(|p| (p, counts.of(p.iri()))).collect(),
        quotes: counts.of(ng::QUOTE),
        triples: n(counts.triples),
        quads: n(counts.quads),
    })
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
