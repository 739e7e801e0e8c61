//! The graph the analyses run on: entities, relations with every statement
//! (article, date, sentence, confidence, job title), and a petgraph of them,
//! read from the store with one SPARQL query, once per command.

use std::cmp::Ordering;

use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;
use rustc_hash::FxHashMap;

use super::Window;
use crate::error::{Error, Result};
use crate::export::{find_node, NodeRow};
use crate::query::{self, bound_text as text};
use crate::schema::{EntityClass, Predicate};
use crate::store::GraphStore;

/// Which part of the store an analysis sees.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scope {
    /// Only statements of articles published in this window.
    pub window: Window,
    /// Only these relations (all when empty).
    pub relations: Vec<Predicate>,
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
    /// Most confident first; never empty.
    pub statements: Vec<Statement>,
    /// Number of distinct articles stating it: the relation's weight.
    pub articles: usize,
}

impl Relation {
    /// The statement to show: the most confident.
    pub fn best(&self) -> &Statement {
        &self.statements[0]
    }

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
    /// For each entity, the articles (indexes) in scope that mention it.
    pub mentions: Vec<Vec<usize>>,
    /// Node `i` is entity `i`; an edge's weight is its relation's index. Loops left out.
    graph: UnGraph<(), usize>,
}

/// The one read: entities, their names, mentions, articles and the evidence
/// of every relation. A UNION, so that the store is read once.
const READ: &str = r#"
SELECT ?e ?class ?label ?alt ?wd ?m ?a ?title ?date ?s ?p ?o ?conf ?sentence ?role WHERE {
  { ?e a ?class ; rdfs:label ?label . FILTER(?class IN (CLASSES)) }
  UNION { ?e skos:altLabel ?alt }
  UNION { ?e owl:sameAs ?wd }
  UNION { ?e ng:mentionedIn ?m }
  UNION { ?a a ng:Article . OPTIONAL { ?a ng:title ?title } OPTIONAL { ?a ng:date ?date } }
  UNION {
    ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ng:article ?a ;
        ng:confidence ?conf ; ng:sentence ?sentence .
    FILTER(?p IN (RELATIONS))
    OPTIONAL { ?ev ng:role ?role }
  }
}"#;

fn iri<'a>(row: &'a oxigraph::sparql::QuerySolution, var: &str) -> Option<&'a str> {
    match row.get(var)? {
        oxigraph::model::Term::NamedNode(n) => Some(n.as_str()),
        _ => None,
    }
}

/// An evidence row before indexing: (subject, predicate, object, article, confidence, sentence, role).
type RawStatement = (String, Predicate, String, String, f64, String, Option<String>);

impl Network {
    /// Reads the store once and builds the network of `scope`.
    pub fn load(store: &GraphStore, scope: &Scope) -> Result<Network> {
        let sparql =
            READ.replace("CLASSES", &EntityClass::sparql_list()).replace("RELATIONS", &Predicate::sparql_list());
        let mut entities: FxHashMap<String, (EntityClass, String)> = FxHashMap::default();
        let mut alts: Vec<(String, String)> = Vec::new();
        let mut wikidata: Vec<(String, String)> = Vec::new();
        let mut mentions: Vec<(String, String)> = Vec::new();
        let mut articles: FxHashMap<String, (Option<String>, Option<String>)> = FxHashMap::default();
        let mut evidence: Vec<RawStatement> = Vec::new();
        for row in query::select(store, &sparql)? {
            if let (Some(s), Some(p), Some(o), Some(a)) =
                (iri(&row, "s"), iri(&row, "p"), iri(&row, "o"), iri(&row, "a"))
            {
                let Some(predicate) = Predicate::from_iri(p) else { continue };
                if !scope.relations.is_empty() && !scope.relations.contains(&predicate) {
                    continue;
                }
                let confidence = text(&row, "conf").and_then(|c| c.parse().ok()).unwrap_or(0.0);
                let sentence = text(&row, "sentence").unwrap_or_default();
                evidence.push((s.into(), predicate, o.into(), a.into(), confidence, sentence, text(&row, "role")));
            } else if let Some(a) = iri(&row, "a") {
                articles.insert(a.into(), (text(&row, "title"), text(&row, "date")));
            } else if let Some(e) = iri(&row, "e") {
                if let (Some(class), Some(label)) = (iri(&row, "class"), text(&row, "label")) {
                    if let Some(class) = EntityClass::from_iri(class) {
                        // One label each; should a store hold two, the smaller wins (as in export).
                        let slot = entities.entry(e.into()).or_insert((class, label.clone()));
                        if label < slot.1 {
                            slot.1 = label;
                        }
                    }
                } else if let Some(alt) = text(&row, "alt") {
                    alts.push((e.into(), alt));
                } else if let Some(wd) = iri(&row, "wd") {
                    wikidata.push((e.into(), wd.into()));
                } else if let Some(m) = iri(&row, "m") {
                    mentions.push((e.into(), m.into()));
                }
            }
        }

        // Articles in scope, sorted.
        let mut kept_articles: Vec<ArticleInfo> = articles
            .into_iter()
            .filter(|(_, (_, date))| scope.window.contains(date.as_deref()))
            .map(|(iri, (title, date))| ArticleInfo { iri, title: title.unwrap_or_default(), date })
            .collect();
        kept_articles.sort_by(|a, b| a.iri.cmp(&b.iri));
        let article_index: FxHashMap<&str, usize> =
            kept_articles.iter().enumerate().map(|(i, a)| (a.iri.as_str(), i)).collect();

        // Every entity, so that names resolve whatever the window; `articles`
        // and `mentions` count the articles in the window only.
        let mut mentioned: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        for (e, a) in &mentions {
            if let Some(&i) = article_index.get(a.as_str()) {
                mentioned.entry(e.as_str()).or_default().push(i);
            }
        }
        let mut nodes: Vec<NodeRow> = entities
            .iter()
            .map(|(iri, (class, label))| NodeRow {
                iri: iri.clone(),
                label: label.clone(),
                class: *class,
                aliases: Vec::new(),
                wikidata: None,
                articles: 0,
            })
            .collect();
        nodes.sort_by(|a, b| a.iri.cmp(&b.iri));
        let entity_index: FxHashMap<String, usize> =
            nodes.iter().enumerate().map(|(i, n)| (n.iri.clone(), i)).collect();
        let mut entity_mentions = vec![Vec::new(); nodes.len()];
        for (i, node) in nodes.iter_mut().enumerate() {
            let mut list = mentioned.remove(node.iri.as_str()).unwrap_or_default();
            list.sort_unstable();
            list.dedup();
            node.articles = list.len();
            entity_mentions[i] = list;
        }
        for (e, alt) in alts {
            if let Some(&i) = entity_index.get(&e) {
                nodes[i].aliases.push(alt);
            }
        }
        for (e, wd) in wikidata {
            if let Some(&i) = entity_index.get(&e) {
                nodes[i].wikidata = Some(wd);
            }
        }
        for node in &mut nodes {
            node.aliases.sort();
            node.aliases.dedup();
        }

        // Relations: statements grouped by fact, symmetric ones in one direction.
        let mut facts: FxHashMap<(usize, Predicate, usize), Vec<Statement>> = FxHashMap::default();
        for (s, predicate, o, a, confidence, sentence, role) in evidence {
            let (Some(&s), Some(&o), Some(&article)) =
                (entity_index.get(&s), entity_index.get(&o), article_index.get(a.as_str()))
            else {
                continue;
            };
            let (s, o) = if predicate.is_symmetric() && o < s { (o, s) } else { (s, o) };
            facts.entry((s, predicate, o)).or_default().push(Statement { article, confidence, sentence, role });
        }
        let mut relations: Vec<Relation> = facts
            .into_iter()
            .map(|((source, predicate, target), mut statements)| {
                statements.sort_by(|x, y| {
                    y.confidence
                        .total_cmp(&x.confidence)
                        .then_with(|| x.sentence.cmp(&y.sentence))
                        .then_with(|| x.article.cmp(&y.article))
                });
                statements.dedup();
                let mut distinct: Vec<usize> = statements.iter().map(|s| s.article).collect();
                distinct.sort_unstable();
                distinct.dedup();
                Relation { source, predicate, target, statements, articles: distinct.len() }
            })
            .collect();
        relations.sort_by_key(|r| (r.source, r.predicate, r.target));

        Ok(Network::build(nodes, kept_articles, relations, entity_mentions))
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
        let articles = || relation.statements.iter().map(|s| s.article);
        (self.first_date(articles()), self.last_date(articles()))
    }

    /// The statement of `relation` to show: the most confident, the earliest article on a tie.
    pub fn evidence<'a>(&self, relation: &'a Relation) -> &'a Statement {
        let best = relation.best();
        relation
            .statements
            .iter()
            .filter(|s| s.confidence.total_cmp(&best.confidence) == Ordering::Equal)
            .min_by(|a, b| {
                let date = |s: &Statement| self.articles[s.article].date.clone().unwrap_or_else(|| "9999".into());
                date(a).cmp(&date(b)).then_with(|| a.sentence.cmp(&b.sentence))
            })
            .unwrap_or(best)
    }
}
