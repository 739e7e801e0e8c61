//! What the analyses read from the store, before any scope: every entity with
//! its names, every article with its title and date, each relation as each
//! article graph states it, and which articles mention which entity, as
//! indexes. Read by a few SPARQL scans (no per-row lookups) on threads of their
//! own, and kept in a cache file beside the store for the next command, valid
//! while the store's generation is the one it was read at (`cache`).

use rustc_hash::FxHashMap;

use super::cache;
use super::network::ArticleInfo;
use crate::error::{Error, Result};
use crate::export::NodeRow;
use crate::query::{self, bound_text as text};
use crate::schema::{EntityClass, Predicate};
use crate::store::GraphStore;

/// The store's entities, articles, statements and mentions, as indexes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stored {
    /// Sorted by IRI; `articles` is the number of articles that mention each.
    pub entities: Vec<NodeRow>,
    /// Sorted by IRI.
    pub articles: Vec<ArticleInfo>,
    /// (subject, predicate, object, article): one per article graph stating
    /// the triple (entities and articles as indexes), sorted.
    pub statements: Vec<(u32, Predicate, u32, u32)>,
    /// (entity, article): the article mentions the entity; sorted.
    pub mentions: Vec<(u32, u32)>,
}

/// Entities: their labels, classes (a number: the class's place in
/// `EntityClass::ALL`, so that no class IRI is decoded), aliases and Wikidata
/// links. Each branch is one index scan: the label and the class are joined
/// in Rust rather than looked up row by row (a lookup costs several times a
/// scanned row).
fn entities_query() -> String {
    let classes: String = EntityClass::ALL
        .iter()
        .enumerate()
        .map(|(k, c)| format!("  UNION {{ ?e a <{}> BIND({k} AS ?k) }}\n", c.iri().as_str()))
        .collect();
    format!(
        "SELECT ?e ?k ?label ?alt ?wd WHERE {{\n  {{ ?e rdfs:label ?label }}\n{classes}  \
         UNION {{ ?e skos:altLabel ?alt }}\n  UNION {{ ?e owl:sameAs ?wd }}\n}}"
    )
}

/// Articles, their titles and publication dates, three scans.
const ARTICLES: &str = "SELECT ?a ?title ?date WHERE { { ?a a ng:Article } UNION { ?a ng:title ?title } \
    UNION { ?a ng:date ?date } }";

/// Which articles mention which entity.
const MENTIONS: &str = "SELECT ?e ?a WHERE { ?e ng:mentionedIn ?a }";

/// Each relation as each article graph states it; the predicate is a number
/// (its place in `Predicate::ALL`), so that only the three IRIs are decoded.
fn statements_query() -> String {
    let branches: Vec<String> = Predicate::ALL
        .iter()
        .enumerate()
        .map(|(k, p)| format!("{{ GRAPH ?a {{ ?s <{}> ?o }} BIND({k} AS ?k) }}", p.iri().as_str()))
        .collect();
    format!("SELECT ?s ?k ?o ?a WHERE {{ {} }}", branches.join(" UNION "))
}

fn iri<'a>(row: &'a oxigraph::sparql::QuerySolution, var: &str) -> Option<&'a str> {
    match row.get(var)? {
        oxigraph::model::Term::NamedNode(n) => Some(n.as_str()),
        _ => None,
    }
}

fn number(row: &oxigraph::sparql::QuerySolution, var: &str) -> Option<usize> {
    text(row, var)?.parse().ok()
}

impl Stored {
    /// What the store holds: from the cache when it was written at the store's
    /// present generation, else read from the store (and the cache written for
    /// the next command; a store on a read-only medium just goes without).
    pub fn load(store: &GraphStore) -> Result<Stored> {
        let generation = store.generation()?;
        if let Some(stored) = cache::read(store.path(), generation) {
            return Ok(stored);
        }
        let stored = Stored::read(store)?;
        // Read again after the read: a write in between (a server writes while
        // it reads) leaves no cache that claims a generation it did not see.
        if store.generation()? == generation {
            cache::write(store.path(), generation, &stored);
        }
        Ok(stored)
    }

    /// Reads everything from the store: four queries at once, each a few scans.
    pub fn read(store: &GraphStore) -> Result<Stored> {
        let entities_sparql = entities_query();
        let statements_sparql = statements_query();
        let (entity_rows, article_rows, mention_rows, statement_rows) = std::thread::scope(|scope| {
            let entities = scope.spawn(|| query::select(store, &entities_sparql));
            let articles = scope.spawn(|| query::select(store, ARTICLES));
            let mentions = scope.spawn(|| query::select(store, MENTIONS));
            let statements = query::select(store, &statements_sparql);
            let join = |handle: std::thread::ScopedJoinHandle<'_, Result<_>>| {
                handle.join().unwrap_or_else(|_| Err(Error::Analysis { message: "reading the store failed".into() }))
            };
            (join(entities), join(articles), join(mentions), statements)
        });

        // Entities: a class and a label each (should a store hold two labels, the smaller wins, as in export).
        let mut labels: FxHashMap<&str, &str> = FxHashMap::default();
        let mut classes: FxHashMap<&str, EntityClass> = FxHashMap::default();
        let mut aliases: Vec<(&str, &str)> = Vec::new();
        let mut wikidata: Vec<(&str, &str)> = Vec::new();
        let entity_rows = entity_rows?;
        for row in &entity_rows {
            let Some(e) = iri(row, "e") else { continue };
            let literal = |var: &str| match row.get(var) {
                Some(oxigraph::model::Term::Literal(l)) => Some(l.value()),
                _ => None,
            };
            if let Some(label) = literal("label") {
                let slot = labels.entry(e).or_insert(label);
                if label < *slot {
                    *slot = label;
                }
            } else if let Some(class) = number(row, "k").and_then(|k| EntityClass::ALL.get(k)) {
                classes.entry(e).or_insert(*class);
            } else if let Some(alt) = literal("alt") {
                aliases.push((e, alt));
            } else if let Some(wd) = iri(row, "wd") {
                wikidata.push((e, wd));
            }
        }
        let mut entities: Vec<NodeRow> = classes
            .iter()
            .filter_map(|(e, class)| {
                Some(NodeRow {
                    iri: e.to_string(),
                    label: labels.get(e)?.to_string(),
                    class: *class,
                    aliases: Vec::new(),
                    wikidata: None,
                    articles: 0,
                })
            })
            .collect();
        entities.sort_by(|a, b| a.iri.cmp(&b.iri));
        let entity_index: FxHashMap<String, u32> =
            entities.iter().enumerate().map(|(i, n)| (n.iri.clone(), i as u32)).collect();
        for (e, alt) in aliases {
            if let Some(&i) = entity_index.get(e) {
                entities[i as usize].aliases.push(alt.to_string());
            }
        }
        for (e, wd) in wikidata {
            if let Some(&i) = entity_index.get(e) {
                entities[i as usize].wikidata = Some(wd.to_string());
            }
        }
        for node in &mut entities {
            node.aliases.sort();
            node.aliases.dedup();
        }
        drop(entity_rows);

        // Articles.
        // (typed, title, date): only what is typed ng:Article is an article.
        let mut found: FxHashMap<String, (bool, Option<String>, Option<String>)> = FxHashMap::default();
        for row in article_rows? {
            let Some(a) = iri(&row, "a") else { continue };
            let slot = found.entry(a.to_string()).or_default();
            if let Some(title) = text(&row, "title") {
                slot.1 = Some(slot.1.take().map_or(title.clone(), |t: String| t.min(title)));
            } else if let Some(date) = text(&row, "date") {
                slot.2 = Some(slot.2.take().map_or(date.clone(), |d: String| d.min(date)));
            } else {
                slot.0 = true;
            }
        }
        let mut articles: Vec<ArticleInfo> = found
            .into_iter()
            .filter(|(_, (typed, _, _))| *typed)
            .map(|(iri, (_, title, date))| ArticleInfo { iri, title: title.unwrap_or_default(), date })
            .collect();
        articles.sort_by(|a, b| a.iri.cmp(&b.iri));
        let article_index: FxHashMap<&str, u32> =
            articles.iter().enumerate().map(|(i, a)| (a.iri.as_str(), i as u32)).collect();

        // Mentions, and each entity's number of articles.
        let mut mentions: Vec<(u32, u32)> = mention_rows?
            .iter()
            .filter_map(|row| Some((*entity_index.get(iri(row, "e")?)?, *article_index.get(iri(row, "a")?)?)))
            .collect();
        mentions.sort_unstable();
        mentions.dedup();
        for &(e, _) in &mentions {
            entities[e as usize].articles += 1;
        }

        // Statements.
        let mut statements: Vec<(u32, Predicate, u32, u32)> = statement_rows?
            .iter()
            .filter_map(|row| {
                let predicate = *number(row, "k").and_then(|k| Predicate::ALL.get(k))?;
                let s = *entity_index.get(iri(row, "s")?)?;
                let o = *entity_index.get(iri(row, "o")?)?;
                let a = *article_index.get(iri(row, "a")?)?;
                Some((s, predicate, o, a))
            })
            .collect();
        statements.sort_unstable();
        statements.dedup();

        Ok(Stored { entities, articles, statements, mentions })
    }
}
