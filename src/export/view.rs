//! The graph as people look at it: entity nodes and relation edges, each with
//! the figures the pictures and spreadsheets show. Read from the store by SPARQL.

use oxigraph::model::Term;
use oxigraph::sparql::QuerySolution;

use crate::error::Result;
use crate::query::{self, bound_iri as iri, bound_text as text};
use crate::schema::{EntityClass, Predicate};
use crate::store::GraphStore;

use super::ConfidenceFilter;
use crate::analysis::Window;

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
    /// The article of that sentence.
    pub article: Option<String>,
}

/// One quotation as one article gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteRow {
    pub speaker: String,
    pub text: String,
    pub article: String,
}

/// One article with what it contributes.
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleRow {
    pub iri: String,
    pub title: String,
    pub date: Option<String>,
    pub source: String,
    pub entities: usize,
    pub relations: usize,
    pub quotes: usize,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct GraphView {
    pub nodes: Vec<NodeRow>,
    pub edges: Vec<EdgeRow>,
    pub quotes: Vec<QuoteRow>,
    pub articles: Vec<ArticleRow>,
}

impl GraphView {
    /// The entity with this IRI.
    pub fn node(&self, iri: &str) -> Option<&NodeRow> {
        self.nodes.binary_search_by(|n| n.iri.as_str().cmp(iri)).ok().map(|i| &self.nodes[i])
    }

    /// The label of the entity with this IRI (the IRI itself when unknown).
    pub fn label<'a>(&'a self, iri: &'a str) -> &'a str {
        self.node(iri).map(|n| n.label.as_str()).unwrap_or(iri)
    }

    /// The article with this IRI.
    pub fn article(&self, iri: &str) -> Option<&ArticleRow> {
        self.articles.binary_search_by(|a| a.iri.as_str().cmp(iri)).ok().map(|i| &self.articles[i])
    }
}

const SEP: &str = "\u{1f}";

// In the queries, `CLASSES` and `RELATIONS` stand for the schema's lists.

const NODES: &str = r#"
SELECT ?e (SAMPLE(?class) AS ?c) (MIN(?label) AS ?l)
       (GROUP_CONCAT(DISTINCT ?alt; separator="\u001F") AS ?alts)
       (SAMPLE(?wd) AS ?w) (COUNT(DISTINCT ?a) AS ?n)
WHERE {
  ?e a ?class ; rdfs:label ?label .
  FILTER(?class IN (CLASSES))
  OPTIONAL { ?e skos:altLabel ?alt }
  OPTIONAL { ?e owl:sameAs ?wd }
  OPTIONAL { ?e ng:mentionedIn ?a }
}
GROUP BY ?e"#;

const EDGES: &str = r#"
SELECT ?s ?p ?o ?ev ?role ?a ?conf ?sentence
WHERE {
  ?s ?p ?o .
  FILTER(?p IN (RELATIONS))
  OPTIONAL {
    ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
        ng:article ?a ; ng:confidence ?conf ; ng:sentence ?sentence .
    OPTIONAL { ?ev ng:role ?role }
  }
}
"#;

const QUOTES: &str = r#"
SELECT DISTINCT ?speaker ?q ?text ?a
WHERE {
  ?speaker ng:said ?q . ?q ng:text ?text .
  ?ev rdf:subject ?speaker ; rdf:predicate ng:said ; rdf:object ?q ; ng:article ?a .
}
ORDER BY ?speaker ?text ?a"#;

const ARTICLES: &str = r#"
SELECT ?a (SAMPLE(?t) AS ?title) (SAMPLE(?d) AS ?date) (SAMPLE(?src) AS ?source)
       (COUNT(DISTINCT ?e) AS ?entities)
WHERE {
  ?a a ng:Article ; ng:title ?t ; ng:source ?src .
  OPTIONAL { ?a ng:date ?d }
  OPTIONAL { ?e ng:mentionedIn ?a }
}
GROUP BY ?a"#;

const STATEMENTS: &str = r#"
SELECT ?a (COUNT(DISTINCT ?quote) AS ?quotes) (COUNT(DISTINCT ?fact) AS ?facts)
WHERE {
  ?ev a ng:Evidence ; ng:article ?a ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  BIND(IF(?p = ng:said, ?o, ?unbound) AS ?quote)
  BIND(IF(?p != ng:said, CONCAT(STR(?s), " ", STR(?p), " ", STR(?o)), ?unbound) AS ?fact)
}
GROUP BY ?a"#;

/// Reads every entity and relation of the store's merged graph, sorted, less
/// what `filter` leaves out (relations and quotes below a confidence).
pub fn read_view(store: &GraphStore, filter: Option<&ConfidenceFilter>) -> Result<GraphView> {
    read_view_in(store, filter, &Window::default())
}

const DATED: &str = "SELECT ?a ?d WHERE { ?a a ng:Article OPTIONAL { ?a ng:date ?d } }";
const MENTIONS: &str = "SELECT ?e ?a WHERE { ?e ng:mentionedIn ?a }";

/// As [`read_view`], as the articles published in `window` tell it: their
/// statements, quotes and the entities they mention (counted in them only).
pub fn read_view_in(store: &GraphStore, filter: Option<&ConfidenceFilter>, window: &Window) -> Result<GraphView> {
    let mut view = read_all(store, filter, window)?;
    if window.is_set() {
        let mut count: std::collections::BTreeMap<String, usize> = Default::default();
        for row in query::select(store, MENTIONS)? {
            if let (Some(e), Some(a)) = (iri(&row, "e"), iri(&row, "a")) {
                if view.article(&a).is_some() {
                    *count.entry(e).or_default() += 1;
                }
            }
        }
        view.nodes.retain_mut(|n| match count.get(&n.iri) {
            Some(&c) => {
                n.articles = c;
                true
            }
            None => false,
        });
    }
    Ok(view)
}

fn read_all(store: &GraphStore, filter: Option<&ConfidenceFilter>, window: &Window) -> Result<GraphView> {
    let inside: Option<std::collections::BTreeSet<String>> = if window.is_set() {
        Some(
            query::select(store, DATED)?
                .iter()
                .filter(|row| window.contains(text(row, "d").as_deref()))
                .filter_map(|row| iri(row, "a"))
                .collect(),
        )
    } else {
        None
    };
    let in_window = |article: Option<String>| match (&inside, article) {
        (None, _) => true,
        (Some(set), Some(a)) => set.contains(&a),
        (Some(_), None) => false,
    };
    let kept = |row: &QuerySolution, s: &str, p: &str, o: &str| match (filter, row.get(s), row.get(p), row.get(o)) {
        (Some(f), Some(s), Some(p), Some(o)) => f.keeps_terms(s, p, o),
        _ => true,
    };
    let mut nodes: Vec<NodeRow> = query::select(store, &NODES.replace("CLASSES", &EntityClass::sparql_list()))?
        .iter()
        .filter_map(node_row)
        .collect();
    nodes.sort_by(|a, b| a.iri.cmp(&b.iri));
    // Grouped and sorted here rather than by ORDER BY, which costs more than
    // the rest of the query on large stores.
    type Statement = (Option<f64>, Option<String>, Option<String>, Option<String>);
    let mut facts: std::collections::BTreeMap<(String, Predicate, String), Vec<Statement>> = Default::default();
    for row in query::select(store, &EDGES.replace("RELATIONS", &Predicate::sparql_list()))? {
        let (Some(source), Some(p), Some(target)) = (iri(&row, "s"), iri(&row, "p"), iri(&row, "o")) else {
            continue;
        };
        let Some(predicate) = Predicate::from_iri(&p) else { continue };
        let weak = filter.is_some_and(|f| row.get("ev").is_some_and(|ev| !f.keeps(&ev.to_string(), "", "")));
        if weak || !kept(&row, "s", "p", "o") || !in_window(iri(&row, "a")) {
            continue;
        }
        facts.entry((source, predicate, target)).or_default().push((
            number(&row, "conf"),
            text(&row, "sentence"),
            iri(&row, "a"),
            text(&row, "role"),
        ));
    }
    let mut edges = Vec::with_capacity(facts.len());
    for ((source, predicate, target), mut statements) in facts {
        // The most confident evidence first; ties by sentence, then article.
        statements.sort_by(|a, b| {
            b.0.unwrap_or(0.0).total_cmp(&a.0.unwrap_or(0.0)).then_with(|| a.1.cmp(&b.1)).then_with(|| a.2.cmp(&b.2))
        });
        let mut roles: Vec<String> = statements.iter().filter_map(|s| s.3.clone()).collect();
        roles.sort();
        roles.dedup();
        let mut articles: Vec<&String> = statements.iter().filter_map(|s| s.2.as_ref()).collect();
        articles.sort();
        articles.dedup();
        let best = &statements[0];
        edges.push(EdgeRow {
            source,
            predicate,
            target,
            roles,
            articles: articles.len(),
            confidence: best.0.unwrap_or(0.0),
            evidence: best.1.clone().unwrap_or_default(),
            article: best.2.clone(),
        });
    }
    let said = Term::from(crate::vocab::ng::SAID.into_owned());
    let quotes = query::select(store, QUOTES)?
        .iter()
        .filter(|row| match (filter, row.get("speaker"), row.get("q")) {
            (Some(f), Some(s), Some(q)) => f.keeps_terms(s, &said, q),
            _ => true,
        })
        .filter_map(|row| {
            Some(QuoteRow { speaker: iri(row, "speaker")?, text: text(row, "text")?, article: iri(row, "a")? })
        })
        .filter(|q| in_window(Some(q.article.clone())))
        .collect();
    let mut articles: Vec<ArticleRow> = query::select(store, ARTICLES)?
        .iter()
        .filter_map(|row| {
            Some(ArticleRow {
                iri: iri(row, "a")?,
                title: text(row, "title")?,
                date: text(row, "date"),
                source: text(row, "source").unwrap_or_default(),
                entities: number(row, "entities").unwrap_or(0.0) as usize,
                relations: 0,
                quotes: 0,
            })
        })
        .filter(|a| in_window(Some(a.iri.clone())))
        .collect();
    articles.sort_by(|a, b| a.iri.cmp(&b.iri));
    for row in query::select(store, STATEMENTS)? {
        let Some(a) = iri(&row, "a") else { continue };
        if let Ok(i) = articles.binary_search_by(|r| r.iri.cmp(&a)) {
            articles[i].relations = number(&row, "facts").unwrap_or(0.0) as usize;
            articles[i].quotes = number(&row, "quotes").unwrap_or(0.0) as usize;
        }
    }
    Ok(GraphView { nodes, edges, quotes, articles })
}

fn node_row(row: &QuerySolution) -> Option<NodeRow> {
    let class = EntityClass::from_iri(&iri(row, "c")?)?;
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

fn number(row: &QuerySolution, var: &str) -> Option<f64> {
    text(row, var)?.parse().ok()
}

/// Every triple of the merged graph, each subject's triples together (in the
/// store's index order, the same for the same graph), less what `filter`
/// leaves out; read as they are consumed, never all in memory.
pub fn read_triples<'a>(
    store: &'a GraphStore,
    filter: Option<&'a ConfidenceFilter>,
) -> impl Iterator<Item = Result<(Term, Term, Term)>> + 'a {
    store
        .merged_triples()
        .map(|t| t.map(|t| (Term::from(t.subject), Term::from(t.predicate), t.object)))
        .filter(move |t| t.as_ref().map_or(true, |(s, p, o)| filter.is_none_or(|f| f.keeps_terms(s, p, o))))
}
