//! The graph the analyses run on: entities, relations with the articles (and
//! their dates) stating them, and a petgraph of them, built once per command
//! from what the store holds (`stored`: read by a few scans, or from the graph
//! cache of the store's present generation); then the evidence (sentence,
//! confidence, job title) of the relations a command shows, with one query.

use std::cmp::Ordering;

use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;
use rustc_hash::FxHashMap;

use super::stored::Stored;
use super::Window;
use crate::error::{Error, Result};
use crate::export::{find_node, NodeRow};
use crate::query::{self, bound_text as text};
use crate::schema::Predicate;
use crate::store::GraphStore;

/// Which part of the store an analysis sees.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scope {
    /// Only statements of articles published in this window.
    pub window: Window,
    /// Only these relations (all when empty).
    pub relations: Vec<Predicate>,
    /// Read which articles mention each entity ([`Network::mentions`]) even
    /// without a window (`changes` needs them; a window always reads them).
    pub mentions: bool,
}

/// One article, as a hop's evidence names it.
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleInfo {
    pub iri: String,
    pub title: String,
    /// Publication date (`YYYY-MM-DD`) when the article states one.
    pub date: Option<String>,
}

/// One sentence of one article stating a relation.
#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    /// Index into [`Network::articles`].
    pub article: usize,
    pub confidence: f64,
    pub sentence: String,
    /// The job title (or other qualifier) this sentence gives.
    pub role: Option<String>,
}

/// One relation between two entities, with all its statements, the best first.
#[derive(Clone, Debug, PartialEq)]
pub struct Relation {
    /// Index into [`Network::entities`]. A symmetric relation is stored once,
    /// from the entity with the smaller index.
    pub source: usize,
    pub predicate: Predicate,
    pub target: usize,
    /// Number of distinct articles stating it: the relation's weight.
    pub articles: usize,
    /// Those articles (indexes into [`Network::articles`]), sorted.
    pub sources: Vec<usize>,
    /// Its statements, the most confident first: empty until
    /// [`Network::read_evidence`] reads them.
    pub statements: Vec<Statement>,
}

impl Relation {
    /// Job titles the statements give, sorted, without repeats.
    pub fn roles(&self) -> Vec<String> {
        let mut roles: Vec<String> = self.statements.iter().filter_map(|s| s.role.clone()).collect();
        roles.sort();
        roles.dedup();
        roles
    }

    /// The entity at the other end from `entity`.
    pub fn other(&self, entity: usize) -> usize {
        if self.source == entity {
            self.target
        } else {
            self.source
        }
    }
}

/// Entities and relations of the store (or of a scope of it), indexed.
#[derive(Clone, Debug)]
pub struct Network {
    /// Every entity of the store, sorted by IRI; `articles` counts the articles
    /// in scope that mention each (0: outside the window).
    pub entities: Vec<NodeRow>,
    /// Sorted by IRI: every article in scope.
    pub articles: Vec<ArticleInfo>,
    pub relations: Vec<Relation>,
    /// For each entity, the articles (indexes) in scope that mention it
    /// (empty for all unless the scope has a window or asks for them).
    pub mentions: Vec<Vec<usize>>,
    /// Node `i` is entity `i`; an edge's weight is its relation's index. Loops left out.
    graph: UnGraph<(), usize>,
}

/// The evidence of some facts (their nodes, `graph::fact_iri`, bound by
/// VALUES): sentence, confidence, job title, article; one `ng:statedBy` lookup
/// per fact, whatever the size of the entities it joins.
const EVIDENCE: &str = r#"
SELECT ?f ?a ?conf ?sentence ?role WHERE {
  VALUES ?f { ROWS }
  ?f ng:statedBy ?ev .
  ?ev ng:article ?a ; ng:confidence ?conf ; ng:sentence ?sentence .
  OPTIONAL { ?ev ng:role ?role }
}"#;

fn iri<'a>(row: &'a oxigraph::sparql::QuerySolution, var: &str) -> Option<&'a str> {
    match row.get(var)? {
        oxigraph::model::Term::NamedNode(n) => Some(n.as_str()),
        _ => None,
    }
}

impl Network {
    /// Reads the store once (or the graph cache of its present generation:
    /// `Stored::load`) and builds the network of `scope`. The relations'
    /// sentences are not read: [`Network::read_evidence`] reads them for the
    /// relations a command shows.
    pub fn load(store: &GraphStore, scope: &Scope) -> Result<Network> {
        Ok(Network::scoped(Stored::load(store)?, scope))
    }

    /// The network of `scope` from what the store holds: the articles in the
    /// window, the statements of those articles and of the relations asked for.
    fn scoped(stored: Stored, scope: &Scope) -> Network {
        let Stored { mut entities, articles, statements, mentions } = stored;
        let wanted = |p: &Predicate| scope.relations.is_empty() || scope.relations.contains(p);

        // Articles in scope (sorted, as stored), and each stored article's new index.
        let mut kept_articles = Vec::new();
        let mut article_index: Vec<Option<usize>> = Vec::with_capacity(articles.len());
        for article in articles {
            if scope.window.contains(article.date.as_deref()) {
                article_index.push(Some(kept_articles.len()));
                kept_articles.push(article);
            } else {
                article_index.push(None);
            }
        }

        // Every entity, so that names resolve whatever the window; with a
        // window `articles` and `mentions` count the articles inside it only
        // (without one, `mentions` is left empty unless asked for, and
        // `articles` is the store's count).
        let mut entity_mentions = vec![Vec::new(); entities.len()];
        if scope.window.is_set() || scope.mentions {
            for (e, a) in mentions {
                if let Some(a) = article_index[a as usize] {
                    entity_mentions[e as usize].push(a);
                }
            }
            for (node, list) in entities.iter_mut().zip(&entity_mentions) {
                node.articles = list.len();
            }
        }

        // Relations: the articles stating each, symmetric ones in one direction.
        let mut facts: FxHashMap<(usize, Predicate, usize), Vec<usize>> = FxHashMap::default();
        for (s, predicate, o, a) in statements {
            let Some(article) = article_index[a as usize] else { continue };
            if !wanted(&predicate) {
                continue;
            }
            let (s, o) = (s as usize, o as usize);
            let (s, o) = if predicate.is_symmetric() && o < s { (o, s) } else { (s, o) };
            facts.entry((s, predicate, o)).or_default().push(article);
        }
        let mut relations: Vec<Relation> = facts
            .into_iter()
            .map(|((source, predicate, target), mut sources)| {
                sources.sort_unstable();
                sources.dedup();
                Relation { source, predicate, target, articles: sources.len(), sources, statements: Vec::new() }
            })
            .collect();
        relations.sort_by_key(|r| (r.source, r.predicate, r.target));

        Network::build(entities, kept_articles, relations, entity_mentions)
    }

    /// Reads the evidence of these relations (indexes) from the store, in one
    /// query, into their `statements` (the most confident first; only
    /// statements of the network's articles). Relations already read are skipped.
    pub fn read_evidence(&mut self, store: &GraphStore, relations: &[usize]) -> Result<()> {
        let mut wanted: Vec<usize> =
            relations.iter().copied().filter(|&r| self.relations[r].statements.is_empty()).collect();
        wanted.sort_unstable();
        wanted.dedup();
        if wanted.is_empty() {
            return Ok(());
        }
        // Both directions of a symmetric relation: the articles may state either.
        let mut rows = String::new();
        let mut by_fact: FxHashMap<String, usize> = FxHashMap::default();
        for &r in &wanted {
            let rel = &self.relations[r];
            let mut directions = vec![(rel.source, rel.target)];
            if rel.predicate.is_symmetric() {
                directions.push((rel.target, rel.source));
            }
            for (s, o) in directions {
                let fact =
                    crate::graph::fact_iri(&self.entities[s].iri, rel.predicate.iri().as_str(), &self.entities[o].iri);
                rows.push_str(&format!("<{}> ", fact.as_str()));
                by_fact.insert(fact.into_string(), r);
            }
        }
        let article = |iri: &str| self.articles.binary_search_by(|a| a.iri.as_str().cmp(iri)).ok();
        let mut found: Vec<(usize, Statement)> = Vec::new();
        for row in query::select(store, &EVIDENCE.replace("ROWS", &rows))? {
            let (Some(f), Some(a)) = (iri(&row, "f"), iri(&row, "a")) else {
                continue;
            };
            let (Some(&r), Some(a)) = (by_fact.get(f), article(a)) else {
                continue;
            };
            let confidence = text(&row, "conf").and_then(|c| c.parse().ok()).unwrap_or(0.0);
            let sentence = text(&row, "sentence").unwrap_or_default();
            found.push((r, Statement { article: a, confidence, sentence, role: text(&row, "role") }));
        }
        for (r, statement) in found {
            self.relations[r].statements.push(statement);
        }
        for &r in &wanted {
            let statements = &mut self.relations[r].statements;
            statements.sort_by(|x, y| {
                y.confidence
                    .total_cmp(&x.confidence)
                    .then_with(|| x.sentence.cmp(&y.sentence))
                    .then_with(|| x.article.cmp(&y.article))
            });
            statements.dedup();
        }
        Ok(())
    }

    /// A network of these parts (entities and articles sorted by IRI).
    pub fn build(
        entities: Vec<NodeRow>,
        articles: Vec<ArticleInfo>,
        relations: Vec<Relation>,
        mentions: Vec<Vec<usize>>,
    ) -> Network {
        let mut graph = UnGraph::with_capacity(entities.len(), relations.len());
        for _ in &entities {
            graph.add_node(());
        }
        for (i, r) in relations.iter().enumerate() {
            if r.source != r.target {
                graph.add_edge(NodeIndex::new(r.source), NodeIndex::new(r.target), i);
            }
        }
        Network { entities, articles, relations, mentions, graph }
    }

    /// The entity a user names (label, alias, "Name (Class)" or IRI); `option`
    /// is how the command line calls the argument, for the error message.
    /// Returns its index and the namesakes it was chosen over.
    pub fn find(&self, name: &str, option: &str) -> Result<(usize, Vec<String>)> {
        find_node(&self.entities, name, option).map_err(|message| Error::Analysis { message })
    }

    /// The relations touching `entity`, as (the entity at the other end, relation index).
    pub fn neighbours(&self, entity: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.graph.edges(NodeIndex::new(entity)).map(move |e| {
            let other = if e.source().index() == entity { e.target().index() } else { e.source().index() };
            (other, *e.weight())
        })
    }

    /// Number of relations touching `entity`.
    pub fn degree(&self, entity: usize) -> usize {
        self.graph.edges(NodeIndex::new(entity)).count()
    }

    /// Each pair of related entities once, weighted by the articles of the
    /// relations joining them (summed): the graph communities and PageRank read.
    pub fn weighted_pairs(&self) -> Vec<(usize, usize, f64)> {
        let mut pairs: FxHashMap<(usize, usize), f64> = FxHashMap::default();
        for r in &self.relations {
            if r.source != r.target {
                let key = (r.source.min(r.target), r.source.max(r.target));
                *pairs.entry(key).or_default() += r.articles as f64;
            }
        }
        let mut out: Vec<(usize, usize, f64)> = pairs.into_iter().map(|((a, b), w)| (a, b, w)).collect();
        out.sort_by_key(|p| (p.0, p.1));
        out
    }

    /// The earliest publication date among these articles.
    pub fn first_date(&self, articles: impl IntoIterator<Item = usize>) -> Option<&str> {
        articles.into_iter().filter_map(|a| self.articles[a].date.as_deref()).min()
    }

    /// The latest publication date among these articles.
    pub fn last_date(&self, articles: impl IntoIterator<Item = usize>) -> Option<&str> {
        articles.into_iter().filter_map(|a| self.articles[a].date.as_deref()).max()
    }

    /// A relation's first and last publication dates (first and last seen).
    pub fn seen(&self, relation: &Relation) -> (Option<&str>, Option<&str>) {
        (self.first_date(relation.sources.iter().copied()), self.last_date(relation.sources.iter().copied()))
    }

    /// The statement of `relation` to show: the most confident, the earliest
    /// article on a tie. `None` until its evidence is read.
    pub fn evidence<'a>(&self, relation: &'a Relation) -> Option<&'a Statement> {
        let best = relation.statements.first()?;
        relation.statements.iter().filter(|s| s.confidence.total_cmp(&best.confidence) == Ordering::Equal).min_by(
            |a, b| {
                let date = |s: &Statement| self.articles[s.article].date.clone().unwrap_or_else(|| "9999".into());
                date(a).cmp(&date(b)).then_with(|| a.sentence.cmp(&b.sentence))
            },
        )
    }
}
