//! A large generated graph, built through the library (article → quads →
//! store), for the large-graph picture test and `examples/large_graph.rs`.
//! Deterministic: the same `articles` gives the same store.

use std::path::Path;

use newsgraph::extract::{Entity, EntityClass, Evidence, Extraction, Predicate, Relation, Span};
use newsgraph::graph::article_quads;
use newsgraph::input::Article;
use newsgraph::store::{Access, GraphStore};

/// A small linear congruential generator: enough to spread mentions unevenly.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }

    /// An index below `n`, small ones far more often (a few entities are in
    /// the news every day, most only once).
    fn skewed(&mut self, n: usize) -> usize {
        ((self.next().powi(3)) * n as f64) as usize % n
    }

    fn uniform(&mut self, n: usize) -> usize {
        (self.next() * n as f64) as usize % n
    }
}

/// Sizes of the generated population for `articles` articles.
pub struct Population {
    pub orgs: usize,
    pub people: usize,
    pub models: usize,
    pub places: usize,
}

impl Population {
    pub fn for_articles(articles: usize) -> Population {
        Population { orgs: articles, people: articles * 2, models: articles / 2 + 1, places: 60 }
    }
}

fn entity(class: EntityClass, name: String) -> Entity {
    Entity { name, class, aliases: Vec::new(), wikidata: None, mentions: vec![Span::new(0, 1)] }
}

/// Writes `articles` generated articles into a new store at `db`; returns the
/// number of distinct entities they name.
pub fn build_store(db: &Path, articles: usize) -> usize {
    let store = GraphStore::open(db, Access::Write).expect("a new store");
    let pop = Population::for_articles(articles);
    let mut rng = Lcg(42);
    let mut named = std::collections::BTreeSet::new();
    for i in 0..articles {
        let org_a = rng.skewed(pop.orgs);
        let mut org_b = rng.skewed(pop.orgs);
        if org_b == org_a {
            org_b = (org_a + 1) % pop.orgs;
        }
        let investor = rng.skewed(pop.orgs);
        let person = rng.uniform(pop.people);
        let founder = rng.uniform(pop.people);
        let model = rng.skewed(pop.models);
        let place = rng.skewed(pop.places);
        let text = format!(
            "Org {org_a} and Org {org_b} news {i}\n\nPerson {person}, Org {org_a}'s engineer, said Org {org_a} built Model {model}. \
             Org {org_a}, based in Place {place}, competes with Org {org_b}. Org {investor} invested in Org {org_b}, founded by Person {founder}.\n"
        );
        let sentence = Span::new(0, text.len());
        let evidence = |rule: &str| Evidence { sentence, rule: rule.to_string(), confidence: 0.8 };
        let mut entities = vec![
            entity(EntityClass::Organization, format!("Org {org_a}")),
            entity(EntityClass::Organization, format!("Org {org_b}")),
            entity(EntityClass::Person, format!("Person {person}")),
            entity(EntityClass::AIModel, format!("Model {model}")),
            entity(EntityClass::Place, format!("Place {place}")),
            entity(EntityClass::Person, format!("Person {founder}")),
        ];
        let mut relations = vec![
            Relation {
                subject: 2,
                predicate: Predicate::WorksFor,
                object: 0,
                role: Some("engineer".into()),
                evidence: evidence("synthetic/works"),
            },
            Relation {
                subject: 0,
                predicate: Predicate::Developed,
                object: 3,
                role: None,
                evidence: evidence("synthetic/developed"),
            },
            Relation {
                subject: 0,
                predicate: Predicate::LocatedIn,
                object: 4,
                role: None,
                evidence: evidence("synthetic/based"),
            },
            Relation {
                subject: 0,
                predicate: Predicate::CompetesWith,
                object: 1,
                role: None,
                evidence: evidence("synthetic/competes"),
            },
            Relation {
                subject: 5,
                predicate: Predicate::Founded,
                object: 1,
                role: None,
                evidence: evidence("synthetic/founded"),
            },
        ];
        if investor != org_a && investor != org_b {
            entities.push(entity(EntityClass::Organization, format!("Org {investor}")));
            relations.push(Relation {
                subject: 6,
                predicate: Predicate::InvestedIn,
                object: 1,
                role: None,
                evidence: evidence("synthetic/invested"),
            });
        }
        for e in &entities {
            named.insert((e.class.name(), e.name.clone()));
        }
        let extraction = Extraction { sentences: vec![sentence], entities, relations, quotes: Vec::new() };
        let article = Article {
            key: format!("synthetic/{i:05}.txt"),
            source: format!("synthetic/{i:05}.txt"),
            title: format!("Org {org_a} and Org {org_b} news {i}"),
            date: None,
            content_hash: format!("sha256:{i:064x}"),
            text,
            author: None,
            url: None,
            encoding: "UTF-8",
        };
        let quads = article_quads(&article, &extraction);
        store.replace_article(&newsgraph::graph::article_iri(&article.key), &quads).expect("store the article");
    }
    store.flush().expect("flush");
    named.len()
}
