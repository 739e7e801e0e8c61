//! What the analyses read from the store, before any scope: every entity with
//! its names, every article with its title and date, each relation as each
//! article graph states it, and which articles mention which entity, as
//! indexes. Read by a few SPARQL scans (no per-row lookups) on threads of their
//! own, and kept in a cache file beside the store for the next command, valid
//! while the store's generation is the one it was read at (`cache`); a write
//! brings it to its new generation by reading only what it changed (`follow`).

use oxigraph::model::NamedNode;
use rustc_hash::{FxHashMap, FxHashSet};

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

/// The writes of one run (an ingest, a removal), followed together
/// (`Stored::follow`) at its end: the generation of the cache before the
/// first, and the articles they took out or changed and those they added.
/// One follow for the run, not one per write: each reads and writes the whole
/// cache file, which over a run of many small writes (an ingest of changed
/// articles, one transaction each) would cost more than the read of the store
/// it spares. A run of more articles is followed every `MOST_FOLLOWED`.
pub struct Following<'a> {
    store: &'a GraphStore,
    /// None when there is no cache of the store as it was before the run.
    before: Option<Generation>,
    removed: Vec<NamedNode>,
    added: Vec<NamedNode>,
}

impl<'a> Following<'a> {
    /// Before a run's first write.
    pub fn start(store: &'a GraphStore) -> Following<'a> {
        Following { store, before: Stored::cached_generation(store), removed: Vec::new(), added: Vec::new() }
    }

    /// Whether the run's writes are followed: what they did is worth noting.
    pub fn is_on(&self) -> bool {
        self.before.is_some()
    }

    /// A write took out or changed the graphs of the articles `removed` (or
    /// may have: an article still there is read again), and added or changed
    /// those of `added`. Each write is noted whole, once done.
    pub fn wrote(&mut self, removed: &[&NamedNode], added: &[&NamedNode]) {
        if self.before.is_none() {
            return;
        }
        self.removed.extend(removed.iter().map(|&a| a.clone()));
        self.added.extend(added.iter().map(|&a| a.clone()));
        if self.removed.len() + self.added.len() >= MOST_FOLLOWED {
            // Follows what was written so far, and goes on from there.
            let store = self.store;
            std::mem::replace(self, Following { store, before: None, removed: Vec::new(), added: Vec::new() }).finish();
            *self = Following::start(store);
        }
    }

    /// Brings the cache up to date with the run's writes. Only an
    /// optimisation: should it fail, the next command reads the store.
    pub fn finish(self) {
        if let Some(before) = self.before {
            let removed: Vec<&NamedNode> = self.removed.iter().collect();
            let added: Vec<&NamedNode> = self.added.iter().collect();
            let _ = Stored::follow(self.store, before, &removed, &added);
        }
    }
}

/// Entities: their labels, classes (a number: the class's place in
/// `EntityClass::ALL`, so that no class IRI is decoded), aliases and Wikidata
/// links. Each branch is one index scan: the label and the class are joined
/// in Rust rather than looked up row by row (a lookup costs several times a
/// scanned row).
///
/// `only`, when not empty, is a `VALUES ?e { … }` clause: those entities alone,
/// each branch then a lookup per entity.
fn entities_query(dataset: &str, only: &str) -> String {
    let classes: String = EntityClass::ALL
        .iter()
        .enumerate()
        .map(|(k, c)| format!("  UNION {{ ?e a <{}> BIND({k} AS ?k) }}\n", c.iri().as_str()))
        .collect();
    format!(
        "SELECT ?e ?k ?label ?alt ?wd {dataset} WHERE {{\n  {only}\n  {{ ?e rdfs:label ?label }}\n{classes}  \
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

/// At most this many articles are read on their own to bring the cache up to
/// date (`follow`): a bigger write leaves the next command to read the whole
/// store, which costs little next to the write (a run of writes is followed
/// in parts of this many, `Following`).
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
    /// `before` to its present generation by taking out or changing the graphs
    /// of the articles `removed` and adding or changing those of `added`, and
    /// nothing else that `read` reads: gives the cache of the new generation
    /// what `read` would read from the store, without reading all of it.
    ///
    /// Every article named leaves the cache of `before` with its statements and
    /// mentions, and comes back as its graph now is (none for an article
    /// gone): the graphs read alone, with the same four queries on a dataset
    /// of those graphs, and merged in (`merge`). The entities those articles
    /// named (mentioned, or at an end of a statement) are read again from the
    /// whole store, by IRI: their names, class and links may have come from
    /// those graphs, and one that no graph names any more goes. So an article
    /// in `added` may have been there before (replaced under its IRI), and one
    /// in `removed` may still be there (it lost one of its sources only). A
    /// write of no article's graph (a source added to an article, the
    /// communities graph) is followed with both lists empty.
    ///
    /// Each article graph names the entities of its statements (as
    /// `graph::article_quads` builds them): that is how the entities to read
    /// again are known from the cache alone.
    ///
    /// Some tens of milliseconds for a few articles at a million triples (most
    /// of it reading and writing the cache file), where reading the whole
    /// store takes about a second. Without a cache of `before`
    /// (or for a write of more than `MOST_FOLLOWED` articles) nothing is done
    /// and the next command reads the store; nor is anything written when the
    /// store moved on meanwhile.
    pub fn follow(store: &GraphStore, before: Generation, removed: &[&NamedNode], added: &[&NamedNode]) -> Result<()> {
        if removed.len() + added.len() > MOST_FOLLOWED {
            return Ok(());
        }
        let after = store.generation()?;
        if after == before {
            return Ok(());
        }
        let Some(cached) = cache::read(store.path(), before) else { return Ok(()) };
        let mut changed: Vec<&NamedNode> = removed.iter().chain(added).copied().collect();
        changed.sort();
        changed.dedup();
        let gone: FxHashSet<u32> = changed
            .iter()
            .filter_map(|a| cached.articles.binary_search_by(|x| x.iri.as_str().cmp(a.as_str())).ok())
            .map(|i| i as u32)
            .collect();
        let touched = cached.named_by(&gone);
        let touched_iris: Vec<&str> = touched.iter().map(|&e| cached.entities[e as usize].iri.as_str()).collect();
        let fresh = Stored::read_entities(store, &touched_iris)?;
        let mut followed = cached.without(&gone, &touched, fresh);
        if !changed.is_empty() {
            followed = followed.merge(Stored::read_articles(store, &changed)?);
        }
        if store.generation()? == after {
            cache::write(store.path(), after, &followed);
        }
        Ok(())
    }

    /// The store's generation when the cache file is of it (read from the
    /// file's first bytes): a write after which `follow` can be called.
    fn cached_generation(store: &GraphStore) -> Option<Generation> {
        let written = cache::generation(store.path())?;
        (store.generation().ok()? == written).then_some(written)
    }

    /// The entities the articles `gone` mention or relate, sorted.
    fn named_by(&self, gone: &FxHashSet<u32>) -> Vec<u32> {
        let mut named: Vec<u32> = self
            .mentions
            .iter()
            .filter(|(_, a)| gone.contains(a))
            .map(|&(e, _)| e)
            .chain(self.statements.iter().filter(|s| gone.contains(&s.3)).flat_map(|&(s, _, o, _)| [s, o]))
            .collect();
        named.sort_unstable();
        named.dedup();
        named
    }

    /// `self` without the articles `gone` and their statements and mentions,
    /// and with the entities `touched` (sorted) as the store now has them:
    /// each takes its row in `fresh` (matched by IRI), and one not there is no
    /// entity any more and goes, with every statement and mention that names
    /// it. What stays is indexed anew, in the same order, and each entity's
    /// number of articles is counted again.
    fn without(self, gone: &FxHashSet<u32>, touched: &[u32], fresh: Vec<NodeRow>) -> Stored {
        let mut fresh: FxHashMap<String, NodeRow> = fresh.into_iter().map(|e| (e.iri.clone(), e)).collect();
        // Where each old entity and article went, if it stayed.
        let mut entity_at: Vec<Option<u32>> = Vec::with_capacity(self.entities.len());
        let mut entities: Vec<NodeRow> = Vec::with_capacity(self.entities.len());
        for (i, e) in self.entities.into_iter().enumerate() {
            let row = if touched.binary_search(&(i as u32)).is_ok() { fresh.remove(&e.iri) } else { Some(e) };
            entity_at.push(row.map(|row| {
                entities.push(row);
                entities.len() as u32 - 1
            }));
        }
        let mut article_at: Vec<Option<u32>> = Vec::with_capacity(self.articles.len());
        let mut articles: Vec<ArticleInfo> = Vec::with_capacity(self.articles.len());
        for (i, a) in self.articles.into_iter().enumerate() {
            article_at.push((!gone.contains(&(i as u32))).then(|| {
                articles.push(a);
                articles.len() as u32 - 1
            }));
        }
        let (e, a) = (|i: u32| entity_at[i as usize], |i: u32| article_at[i as usize]);
        // The maps keep the order, so what stays stays sorted.
        let statements: Vec<(u32, Predicate, u32, u32)> =
            self.statements.into_iter().filter_map(|(s, p, o, at)| Some((e(s)?, p, e(o)?, a(at)?))).collect();
        let mentions: Vec<(u32, u32)> = self.mentions.into_iter().filter_map(|(m, at)| Some((e(m)?, a(at)?))).collect();
        for entity in &mut entities {
            entity.articles = 0;
        }
        for &(m, _) in &mentions {
            entities[m as usize].articles += 1;
        }
        Stored { entities, articles, statements, mentions }
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
                // Should the two differ, the first in `EntityClass::ALL` wins, as in `read`.
                e.class = e.class.min(other.class);
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

    /// The entities `iris` as `read` reads them (but for their number of
    /// articles, left 0): one query on the whole store, looking up each.
    fn read_entities(store: &GraphStore, iris: &[&str]) -> Result<Vec<NodeRow>> {
        if iris.is_empty() {
            return Ok(Vec::new());
        }
        let values: String = iris.iter().map(|e| format!("<{e}> ")).collect();
        let rows = query::select(store, &entities_query("", &format!("VALUES ?e {{ {values}}}")))?;
        Ok(entities_from(&rows))
    }

    /// The four queries at once on the store's merged graph (`dataset` empty)
    /// or on the dataset its FROM clauses give.
    fn read_dataset(store: &GraphStore, dataset: &str) -> Result<Stored> {
        let entities_sparql = entities_query(dataset, "");
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

        let entity_rows = entity_rows?;
        let mut entities = entities_from(&entity_rows);
        let entity_index: FxHashMap<String, u32> =
            entities.iter().enumerate().map(|(i, n)| (n.iri.clone(), i as u32)).collect();
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

/// The entities the rows of `entities_query` describe, sorted by IRI: those
/// with a class and a label (should a store hold two labels, the smaller wins,
/// as in export), with their aliases and Wikidata link; `articles` is left 0.
fn entities_from(rows: &[oxigraph::sparql::QuerySolution]) -> Vec<NodeRow> {
    let mut labels: FxHashMap<&str, &str> = FxHashMap::default();
    let mut classes: FxHashMap<&str, usize> = FxHashMap::default();
    let mut aliases: Vec<(&str, &str)> = Vec::new();
    let mut wikidata: Vec<(&str, &str)> = Vec::new();
    for row in rows {
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
    let place = |entities: &[NodeRow], e: &str| entities.binary_search_by(|n| n.iri.as_str().cmp(e)).ok();
    for (e, alt) in aliases {
        if let Some(i) = place(&entities, e) {
            entities[i].aliases.push(alt.to_string());
        }
    }
    for (e, wd) in wikidata {
        if let Some(i) = place(&entities, e) {
            // Should there be two links, the smaller wins (as `merge` does).
            let slot = &mut entities[i].wikidata;
            if slot.as_deref().is_none_or(|w| wd < w) {
                *slot = Some(wd.to_string());
            }
        }
    }
    for node in &mut entities {
        node.aliases.sort();
        node.aliases.dedup();
    }
    entities
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

    #[test]
    fn articles_taken_out_leave_with_what_they_alone_named() {
        use EntityClass::{Organization, Person};
        use Predicate::{InvestedIn, WorksFor};
        // a:1 says e:a invested in e:c; a:2 that e:b works for e:c and e:d;
        // a:3 that e:b works for e:d, and names e:a.
        let cached = Stored {
            entities: vec![
                entity("e:a", "Ax", Organization, &[]),
                entity("e:b", "Bo", Person, &["B.", "Bo B."]),
                entity("e:c", "Cy", Organization, &[]),
                entity("e:d", "Dax", Organization, &[]),
            ],
            articles: vec![article("a:1", "2025-01-01"), article("a:2", "2025-02-01"), article("a:3", "2025-03-01")],
            statements: vec![(0, InvestedIn, 2, 0), (1, WorksFor, 2, 1), (1, WorksFor, 3, 1), (1, WorksFor, 3, 2)],
            mentions: vec![(0, 0), (0, 2), (1, 1), (1, 2), (2, 0), (2, 1), (3, 1), (3, 2)],
        };
        let gone = FxHashSet::from_iter([1]);
        let touched = cached.named_by(&gone);
        assert_eq!(touched, [1, 2, 3], "e:b, e:c, e:d");
        // What the store holds of them now: e:b lost the alias a:2 gave it,
        // e:c is no entity any more (say a:1 gave it no class), e:d is as it was.
        let fresh = vec![entity("e:b", "Bo", Person, &["B."]), entity("e:d", "Dax", Organization, &[])];
        let left = cached.without(&gone, &touched, fresh);
        let iris: Vec<&str> = left.entities.iter().map(|e| e.iri.as_str()).collect();
        assert_eq!(iris, ["e:a", "e:b", "e:d"]);
        assert_eq!(left.entities[1].aliases, ["B."]);
        let counts: Vec<usize> = left.entities.iter().map(|e| e.articles).collect();
        assert_eq!(counts, [2, 1, 1], "articles counted again");
        let articles: Vec<&str> = left.articles.iter().map(|a| a.iri.as_str()).collect();
        assert_eq!(articles, ["a:1", "a:3"]);
        // a:1's statement about e:c goes with e:c; a:3's stays, re-indexed.
        assert_eq!(left.statements, [(1, WorksFor, 2, 1)]);
        assert_eq!(left.mentions, [(0, 0), (0, 1), (1, 1), (2, 1)]);
    }
}
