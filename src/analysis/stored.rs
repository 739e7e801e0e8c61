//! What the analyses read from the store, before any scope: every entity with
//! its names, every article with its title and date, each relation as each
//! article graph states it, and which articles mention which entity, as
//! indexes. Read by a few SPARQL scans (no per-row lookups) on threads of their
//! own, and kept in a cache file beside the store for the next command, valid
//! while the store's generation is the one it was read at (`cache`).

use oxigraph::model::NamedNode;
use rustc_hash::FxHashMap;

use super::cache;
use super::network::ArticleInfo;
use crate::error::{Error, Result};
use crate::export::NodeRow;
use crate::query::{self, bound_text as text};
use crate::schema::{EntityClass, Predicate};
use crate::store::{Generation, GraphStore};

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
fn entities_query(dataset: &str) -> String {
    let classes: String = EntityClass::ALL
        .iter()
        .enumerate()
        .map(|(k, c)| format!("  UNION {{ ?e a <{}> BIND({k} AS ?k) }}\n", c.iri().as_str()))
        .collect();
    format!(
        "SELECT ?e ?k ?label ?alt ?wd {dataset} WHERE {{\n  {{ ?e rdfs:label ?label }}\n{classes}  \
         UNION {{ ?e skos:altLabel ?alt }}\n  UNION {{ ?e owl:sameAs ?wd }}\n}}"
    )
}

/// Articles, their titles and publication dates, three scans.
fn articles_query(dataset: &str) -> String {
    format!(
        "SELECT ?a ?title ?date {dataset} WHERE {{ {{ ?a a ng:Article }} UNION {{ ?a ng:title ?title }} \
         UNION {{ ?a ng:date ?date }} }}"
    )
}

/// Which articles mention which entity.
fn mentions_query(dataset: &str) -> String {
    format!("SELECT ?e ?a {dataset} WHERE {{ ?e ng:mentionedIn ?a }}")
}

/// Each relation as each article graph states it; the predicate is a number
/// (its place in `Predicate::ALL`), so that only the three IRIs are decoded.
fn statements_query(dataset: &str) -> String {
    let branches: Vec<String> = Predicate::ALL
        .iter()
        .enumerate()
        .map(|(k, p)| format!("{{ GRAPH ?a {{ ?s <{}> ?o }} BIND({k} AS ?k) }}", p.iri().as_str()))
        .collect();
    format!("SELECT ?s ?k ?o ?a {dataset} WHERE {{ {} }}", branches.join(" UNION "))
}

/// At most this many new articles are read on their own to bring the cache up
/// to date (`follow_added`); a bigger write leaves the next command to read the
/// whole store, which costs little next to the write.
const MOST_FOLLOWED: usize = 1000;

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

    /// Brings the cache up to date after a write that took the store from
    /// `before` to its present generation by adding the graphs of the new
    /// articles `added` and changing nothing else (`Change::Added`): what the
    /// cache of `before` held, merged with what those graphs hold. A few
    /// milliseconds for a few articles, where reading the whole store takes
    /// about a second at a million triples. Without a cache of `before` (or for
    /// a write of more than `MOST_FOLLOWED` articles) nothing is done and the
    /// next command reads the store.
    pub fn follow_added(store: &GraphStore, before: Generation, added: &[&NamedNode]) -> Result<()> {
        if added.len() > MOST_FOLLOWED {
            return Ok(());
        }
        let Some(cached) = cache::read(store.path(), before) else { return Ok(()) };
        let after = store.generation()?;
        let merged = cached.merge(Stored::read_articles(store, added)?);
        if store.generation()? == after {
            cache::write(store.path(), after, &merged);
        }
        Ok(())
    }

    /// The store's generation when the cache file is of it (read from the
    /// file's first bytes): a write after which `follow_added` can be called.
    pub fn cached_generation(store: &GraphStore) -> Option<Generation> {
        let written = cache::generation(store.path())?;
        (store.generation().ok()? == written).then_some(written)
    }

    /// `self` and `added` (read from graphs of other articles) as one: what
    /// `read` gives on the union of the graphs each was read from. Entities
    /// and articles are matched by IRI; the smaller label, class, link, title
    /// and date win, aliases, statements and mentions add up, and each
    /// entity's number of articles is counted again.
    fn merge(self, added: Stored) -> Stored {
        let (mut entities, old_entity, new_entity) = union_sorted(
            self.entities,
            added.entities,
            |e| &e.iri,
            |e, other| {
                e.label = std::mem::take(&mut e.label).min(other.label);
                let place = |c: EntityClass| EntityClass::ALL.iter().position(|x| *x == c);
                if place(other.class) < place(e.class) {
                    e.class = other.class;
                }
                e.aliases.extend(other.aliases);
                e.aliases.sort();
                e.aliases.dedup();
                e.wikidata = [e.wikidata.take(), other.wikidata].into_iter().flatten().min();
            },
        );
        let (articles, old_article, new_article) = union_sorted(
            self.articles,
            added.articles,
            |a| &a.iri,
            |a, other| {
                if a.title.is_empty() || (!other.title.is_empty() && other.title < a.title) {
                    a.title = other.title;
                }
                a.date = [a.date.take(), other.date].into_iter().flatten().min();
            },
        );
        let mut statements: Vec<(u32, Predicate, u32, u32)> = Vec::new();
        let mut mentions: Vec<(u32, u32)> = Vec::new();
        let parts = [
            (self.statements, self.mentions, &old_entity, &old_article),
            (added.statements, added.mentions, &new_entity, &new_article),
        ];
        for (part_statements, part_mentions, entity, article) in parts {
            let (e, a) = (|i: u32| entity[i as usize], |i: u32| article[i as usize]);
            statements.extend(part_statements.into_iter().map(|(s, p, o, at)| (e(s), p, e(o), a(at))));
            mentions.extend(part_mentions.into_iter().map(|(m, at)| (e(m), a(at))));
        }
        statements.sort_unstable();
        statements.dedup();
        mentions.sort_unstable();
        mentions.dedup();
        for e in &mut entities {
            e.articles = 0;
        }
        for &(e, _) in &mentions {
            entities[e as usize].articles += 1;
        }
        Stored { entities, articles, statements, mentions }
    }

    /// Reads everything from the store: four queries at once, each a few scans.
    pub fn read(store: &GraphStore) -> Result<Stored> {
        Stored::read_dataset(store, "")
    }

    /// What the graphs of the articles `iris` hold, as `read` reads the whole
    /// store: the same queries on a dataset of those graphs.
    fn read_articles(store: &GraphStore, iris: &[&NamedNode]) -> Result<Stored> {
        let dataset: String = iris.iter().map(|iri| format!("FROM {iri} FROM NAMED {iri} ")).collect();
        Stored::read_dataset(store, &dataset)
    }

    /// The four queries at once on the store's merged graph (`dataset` empty)
    /// or on the dataset its FROM clauses give.
    fn read_dataset(store: &GraphStore, dataset: &str) -> Result<Stored> {
        let entities_sparql = entities_query(dataset);
        let articles_sparql = articles_query(dataset);
        let mentions_sparql = mentions_query(dataset);
        let statements_sparql = statements_query(dataset);
        let (entity_rows, article_rows, mention_rows, statement_rows) = std::thread::scope(|scope| {
            let entities = scope.spawn(|| query::select(store, &entities_sparql));
            let articles = scope.spawn(|| query::select(store, &articles_sparql));
            let mentions = scope.spawn(|| query::select(store, &mentions_sparql));
            let statements = query::select(store, &statements_sparql);
            let join = |handle: std::thread::ScopedJoinHandle<'_, Result<_>>| {
                handle.join().unwrap_or_else(|_| Err(Error::Analysis { message: "reading the store failed".into() }))
            };
            (join(entities), join(articles), join(mentions), statements)
        });

        // Entities: a class and a label each (should a store hold two labels, the smaller wins, as in export).
        let mut labels: FxHashMap<&str, &str> = FxHashMap::default();
        let mut classes: FxHashMap<&str, usize> = FxHashMap::default();
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
            } else if let Some(k) = number(row, "k").filter(|&k| k < EntityClass::ALL.len()) {
                // Should an entity have two classes, the first in `EntityClass::ALL` wins.
                let slot = classes.entry(e).or_insert(k);
                *slot = k.min(*slot);
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
                    class: EntityClass::ALL[*class],
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
                // Should there be two links, the smaller wins (as `merge` does).
                let slot = &mut entities[i as usize].wikidata;
                if slot.as_deref().is_none_or(|w| wd < w) {
                    *slot = Some(wd.to_string());
                }
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

/// Two lists sorted by `key` as one sorted list, items of the same key joined
/// into one; with, for each list, where each of its items went.
fn union_sorted<T>(
    old: Vec<T>,
    new: Vec<T>,
    key: impl Fn(&T) -> &String,
    join: impl Fn(&mut T, T),
) -> (Vec<T>, Vec<u32>, Vec<u32>) {
    let mut out: Vec<T> = Vec::with_capacity(old.len() + new.len());
    let (mut from_old, mut from_new) = (Vec::with_capacity(old.len()), Vec::with_capacity(new.len()));
    let mut new = new.into_iter().peekable();
    for mut item in old {
        while let Some(n) = new.next_if(|n| key(n) < key(&item)) {
            from_new.push(out.len() as u32);
            out.push(n);
        }
        if let Some(n) = new.next_if(|n| key(n) == key(&item)) {
            join(&mut item, n);
            from_new.push(out.len() as u32);
        }
        from_old.push(out.len() as u32);
        out.push(item);
    }
    for n in new {
        from_new.push(out.len() as u32);
        out.push(n);
    }
    (out, from_old, from_new)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(iri: &str, label: &str, class: EntityClass, aliases: &[&str]) -> NodeRow {
        let aliases = aliases.iter().map(|a| a.to_string()).collect();
        NodeRow { iri: iri.into(), label: label.into(), class, aliases, wikidata: None, articles: 0 }
    }

    fn article(iri: &str, date: &str) -> ArticleInfo {
        ArticleInfo { iri: iri.into(), title: format!("about {iri}"), date: Some(date.into()) }
    }

    #[test]
    fn a_merge_matches_entities_by_iri_and_moves_the_indexes() {
        use EntityClass::{Organization, Person};
        use Predicate::{InvestedIn, WorksFor};
        let old = Stored {
            entities: vec![entity("e:b", "Bo", Person, &["B."]), entity("e:d", "Dax", Organization, &[])],
            articles: vec![article("a:2", "2025-02-01")],
            statements: vec![(0, WorksFor, 1, 0)],
            mentions: vec![(0, 0), (1, 0)],
        };
        let added = Stored {
            entities: vec![
                entity("e:a", "Ax", Organization, &[]),
                entity("e:b", "Bo", Person, &["Bo B."]),
                entity("e:c", "Cy", Organization, &[]),
            ],
            articles: vec![article("a:1", "2025-01-01"), article("a:3", "2025-03-01")],
            statements: vec![(0, InvestedIn, 2, 1), (1, WorksFor, 2, 0)],
            mentions: vec![(0, 1), (1, 0), (1, 1), (2, 0), (2, 1)],
        };
        let merged = old.merge(added);
        let iris: Vec<&str> = merged.entities.iter().map(|e| e.iri.as_str()).collect();
        assert_eq!(iris, ["e:a", "e:b", "e:c", "e:d"]);
        assert_eq!(merged.entities[1].aliases, ["B.", "Bo B."]);
        let counts: Vec<usize> = merged.entities.iter().map(|e| e.articles).collect();
        assert_eq!(counts, [1, 3, 2, 1], "articles counted again over both");
        let articles: Vec<&str> = merged.articles.iter().map(|a| a.iri.as_str()).collect();
        assert_eq!(articles, ["a:1", "a:2", "a:3"]);
        // e:b worksFor e:d in a:2; e:a investedIn e:c in a:3; e:b worksFor e:c in a:1.
        assert_eq!(merged.statements, [(0, InvestedIn, 2, 2), (1, WorksFor, 2, 0), (1, WorksFor, 3, 1)]);
        assert_eq!(merged.mentions, [(0, 2), (1, 0), (1, 1), (1, 2), (2, 0), (2, 2), (3, 1)]);
    }
}
