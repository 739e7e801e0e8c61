//! The graph the analyses run on: entities, relations with the articles (and
//! their dates) stating them, and a petgraph of them, read from the store with
//! one SPARQL query, once per command; then the evidence (sentence,
//! confidence, job title) of the relations a command shows, with one more.

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

/// The one read that builds the graph: entities and their names, articles
/// and their dates, and each relation as the article graphs state it (one
/// row per relation and article; the predicate is a number, so that the
/// read decodes as few strings as it can: decoding terms is most of its cost).
/// `MENTIONS` is replaced by the mentions per article when a window needs
/// them, else by a count per entity.
const READ: &str = r#"
SELECT ?e ?class ?label ?alt ?wd ?m ?n ?a ?title ?date ?s ?k ?o WHERE {
  { ?e a ?class ; rdfs:label ?label . FILTER(?class IN (CLASSES)) }
  UNION { ?e skos:altLabel ?alt }
  UNION { ?e owl:sameAs ?wd }
  UNION MENTIONS
  UNION { ?a a ng:Article . OPTIONAL { ?a ng:title ?title } OPTIONAL { ?a ng:date ?date } }
  RELATIONS
}"#;

const EACH_MENTION: &str = "{ ?e ng:mentionedIn ?m }";
const MENTION_COUNT: &str = "{ SELECT ?e (COUNT(?x) AS ?n) WHERE { ?e ng:mentionedIn ?x } GROUP BY ?e }";

/// The evidence of some relations (bound by VALUES): sentence, confidence, job title, article.
const EVIDENCE: &str = r#"
SELECT ?s ?p ?o ?a ?conf ?sentence ?role WHERE {
  VALUES (?s ?p ?o) { ROWS }
  ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ng:article ?a ;
      ng:confidence ?conf ; ng:sentence ?sentence .
  OPTIONAL { ?ev ng:role ?role }
}"#;

fn iri<'a>(row: &'a oxigraph::sparql::QuerySolution, var: &str) -> Option<&'a str> {
    match row.get(var)? {
        oxigraph::model::Term::NamedNode(n) => Some(n.as_str()),
        _ => None,
    }
}

impl Network {
    /// Reads the store once and builds the network of `scope`. The relations'
    /// sentences are not read: [`Network::read_evidence`] reads them for the
    /// relations a command shows.
    pub fn load(store: &GraphStore, scope: &Scope) -> Result<Network> {
        let predicates: Vec<Predicate> =
            Predicate::ALL.into_iter().filter(|p| scope.relations.is_empty() || scope.relations.contains(p)).collect();
        let relations: String = predicates
            .iter()
            .enumerate()
            .map(|(k, p)| format!("  UNION {{ GRAPH ?a {{ ?s ng:{} ?o }} BIND({k} AS ?k) }}\n", p.name()))
            .collect();
        let mentions = if scope.window.is_set() || scope.mentions { EACH_MENTION } else { MENTION_COUNT };
        let sparql = READ
            .replace("CLASSES", &EntityClass::sparql_list())
            .replace("MENTIONS", mentions)
            .replace("RELATIONS", &relations);
        let mut entities: FxHashMap<String, (EntityClass, String)> = FxHashMap::default();
        let mut alts: Vec<(String, String)> = Vec::new();
        let mut wikidata: Vec<(String, String)> = Vec::new();
        let mut mentions: Vec<(String, String)> = Vec::new();
        let mut counts: Vec<(String, usize)> = Vec::new();
        let mut articles: FxHashMap<String, (Option<String>, Option<String>)> = FxHashMap::default();
        let mut stated: Vec<(String, Predicate, String, String)> = Vec::new();
        for row in query::select(store, &sparql)? {
            if let (Some(s), Some(k), Some(o), Some(a)) =
                (iri(&row, "s"), text(&row, "k"), iri(&row, "o"), iri(&row, "a"))
            {
                let Some(&predicate) = k.parse::<usize>().ok().and_then(|k| predicates.get(k)) else { continue };
                stated.push((s.into(), predicate, o.into(), a.into()));
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
                } else if let Some(n) = text(&row, "n").and_then(|n| n.parse().ok()) {
                    counts.push((e.into(), n));
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
        // and `mentions` count the articles in the window only (without a
        // window, `mentions` is left empty and `articles` is the store's count).
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
        for (e, n) in counts {
            if let Some(&i) = entity_index.get(&e) {
                nodes[i].articles = n;
            }
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

        // Relations: the articles stating each, symmetric ones in one direction.
        let mut facts: FxHashMap<(usize, Predicate, usize), Vec<usize>> = FxHashMap::default();
        for (s, predicate, o, a) in stated {
            let (Some(&s), Some(&o), Some(&article)) =
                (entity_index.get(&s), entity_index.get(&o), article_index.get(a.as_str()))
            else {
                continue;
            };
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

        Ok(Network::build(nodes, kept_articles, relations, entity_mentions))
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
        let mut by_fact: FxHashMap<(usize, Predicate, usize), usize> = FxHashMap::default();
        for &r in &wanted {
            let rel = &self.relations[r];
            let mut directions = vec![(rel.source, rel.target)];
            if rel.predicate.is_symmetric() {
                directions.push((rel.target, rel.source));
            }
            for (s, o) in directions {
                rows.push_str(&format!(
                    "(<{}> ng:{} <{}>) ",
                    self.entities[s].iri,
                    rel.predicate.name(),
                    self.entities[o].iri
                ));
                by_fact.insert((s, rel.predicate, o), r);
            }
        }
        let entity = |iri: &str| self.entities.binary_search_by(|n| n.iri.as_str().cmp(iri)).ok();
        let article = |iri: &str| self.articles.binary_search_by(|a| a.iri.as_str().cmp(iri)).ok();
        let mut found: Vec<(usize, Statement)> = Vec::new();
        for row in query::select(store, &EVIDENCE.replace("ROWS", &rows))? {
            let (Some(s), Some(p), Some(o), Some(a)) = (iri(&row, "s"), iri(&row, "p"), iri(&row, "o"), iri(&row, "a"))
            else {
                continue;
            };
            let (Some(s), Some(p), Some(o), Some(a)) = (entity(s), Predicate::from_iri(p), entity(o), article(a))
            else {
                continue;
            };
            let Some(&r) = by_fact.get(&(s, p, o)) else { continue };
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
