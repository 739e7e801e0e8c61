//! The vocabulary module and the domain schema mirror the ontology file, and
//! the ontology holds no data.

use std::collections::BTreeSet;

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedOrBlankNode, Term, Triple};

use newsgraph::schema::{EntityClass, Predicate};
use newsgraph::vocab::{ng_terms, w3c};

fn ontology() -> Vec<Triple> {
    RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(newsgraph::store::ONTOLOGY_TTL.as_bytes())
        .map(|q| q.expect("the ontology parses").into())
        .collect()
}

fn has_type(triples: &[Triple], subject: &str, class: &str) -> bool {
    triples.iter().any(|t| {
        matches!(&t.subject, NamedOrBlankNode::NamedNode(s) if s.as_str() == subject)
            && t.predicate == w3c::RDF_TYPE
            && matches!(&t.object, Term::NamedNode(o) if o.as_str() == class)
    })
}

#[test]
fn every_vocab_term_is_declared_with_label_and_comment() {
    let triples = ontology();
    const OWL: &str = "http://www.w3.org/2002/07/owl#";
    for term in ng_terms() {
        let declared = ["Class", "ObjectProperty", "DatatypeProperty", "AnnotationProperty"]
            .iter()
            .any(|kind| has_type(&triples, term.as_str(), &format!("{OWL}{kind}")));
        assert!(declared, "{term} is declared in ontology/newsgraph.ttl");
        for annotation in ["http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2000/01/rdf-schema#comment"]
        {
            let has = triples.iter().any(|t| {
                matches!(&t.subject, NamedOrBlankNode::NamedNode(s) if s.as_str() == term.as_str())
                    && t.predicate.as_str() == annotation
            });
            assert!(has, "{term} has {annotation}");
        }
    }
}

#[test]
fn every_ontology_term_is_in_the_vocab_module() {
    for t in ontology() {
        if let NamedOrBlankNode::NamedNode(s) = &t.subject {
            if s.as_str().starts_with(newsgraph::vocab::NS) {
                assert!(ng_terms().any(|v| v.as_str() == s.as_str()), "{s} is in src/vocab.rs or src/schema.rs");
            }
        }
    }
}

#[test]
fn symmetric_relations_are_declared_symmetric() {
    let triples = ontology();
    let symmetric = "http://www.w3.org/2002/07/owl#SymmetricProperty";
    assert!(has_type(&triples, Predicate::CompetesWith.iri().as_str(), symmetric));
    assert!(has_type(&triples, Predicate::PartnersWith.iri().as_str(), symmetric));
    assert!(!has_type(&triples, Predicate::WorksFor.iri().as_str(), symmetric));
}

#[test]
fn the_ontology_states_no_facts_about_entities() {
    use newsgraph::vocab::ng;
    let facts = [
        Predicate::WorksFor.iri(),
        Predicate::Founded.iri(),
        Predicate::Developed.iri(),
        ng::SAID,
        ng::TEXT,
        ng::MENTIONED_IN,
    ];
    let classes = EntityClass::ALL.map(EntityClass::iri);
    for t in ontology() {
        assert!(!facts.contains(&t.predicate.as_ref()), "no data triple in the ontology: {t}");
        if t.predicate == w3c::RDF_TYPE {
            assert!(!classes.iter().any(|c| matches!(&t.object, Term::NamedNode(o) if o == c)), "{t}");
        }
    }
}

const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
const OWL: &str = "http://www.w3.org/2002/07/owl#";

/// The objects of `subject predicate ?o`.
fn objects<'a>(triples: &'a [Triple], subject: &NamedOrBlankNode, predicate: &str) -> Vec<&'a Term> {
    triples.iter().filter(|t| &t.subject == subject && t.predicate.as_str() == predicate).map(|t| &t.object).collect()
}

fn node(term: &Term) -> NamedOrBlankNode {
    match term {
        Term::NamedNode(n) => n.clone().into(),
        Term::BlankNode(b) => b.clone().into(),
        other => panic!("{other} is not a node"),
    }
}

/// The members of an RDF list.
fn list(triples: &[Triple], head: &Term) -> Vec<String> {
    let mut members = Vec::new();
    let mut at = head.clone();
    while at.to_string() != format!("<{RDF}nil>") {
        let cell = node(&at);
        members.push(match objects(triples, &cell, &format!("{RDF}first"))[0] {
            Term::NamedNode(n) => n.as_str().to_string(),
            other => panic!("a list of classes holds {other}"),
        });
        at = objects(triples, &cell, &format!("{RDF}rest"))[0].clone();
    }
    members
}

/// The classes a domain or range names: one class, or an `owl:unionOf` of classes.
fn classes(triples: &[Triple], term: &Term) -> BTreeSet<String> {
    match term {
        Term::NamedNode(n) => BTreeSet::from([n.as_str().to_string()]),
        other => list(triples, objects(triples, &node(other), &format!("{OWL}unionOf"))[0]).into_iter().collect(),
    }
}

fn english_label(triples: &[Triple], subject: &str) -> String {
    let subject = NamedOrBlankNode::NamedNode(oxigraph::model::NamedNode::new(subject).unwrap());
    match objects(triples, &subject, &format!("{RDFS}label"))[..] {
        [Term::Literal(l)] if l.language() == Some("en") => l.value().to_string(),
        ref other => panic!("{subject} has one English label, not {other:?}"),
    }
}

fn iris(classes: &[EntityClass]) -> BTreeSet<String> {
    classes.iter().map(|c| c.iri().as_str().to_string()).collect()
}

#[test]
fn the_schema_classes_are_the_ontologys_disjoint_core_classes() {
    let triples = ontology();
    let disjoint = triples
        .iter()
        .find(|t| t.predicate == w3c::RDF_TYPE && t.object.to_string() == format!("<{OWL}AllDisjointClasses>"))
        .expect("the core classes are declared disjoint");
    let members = objects(&triples, &disjoint.subject, &format!("{OWL}members"));
    assert_eq!(list(&triples, members[0]), EntityClass::ALL.map(|c| c.iri().as_str().to_string()));
    for class in EntityClass::ALL {
        assert_eq!(english_label(&triples, class.iri().as_str()), class.label(), "{class:?}");
    }
}

#[test]
fn the_schema_predicates_are_the_ontologys_relations_with_their_domains_ranges_and_symmetry() {
    let triples = ontology();
    let entity_classes = iris(&EntityClass::ALL);
    // Both ways: every object property between entity classes is a schema predicate, and back.
    let mut relations = BTreeSet::new();
    for t in triples
        .iter()
        .filter(|t| t.predicate == w3c::RDF_TYPE && t.object.to_string() == format!("<{OWL}ObjectProperty>"))
    {
        let domain = classes(&triples, objects(&triples, &t.subject, &format!("{RDFS}domain"))[0]);
        let range = classes(&triples, objects(&triples, &t.subject, &format!("{RDFS}range"))[0]);
        if domain.is_subset(&entity_classes) && range.is_subset(&entity_classes) {
            relations.insert(t.subject.to_string());
        }
    }
    let schema: BTreeSet<String> = Predicate::ALL.iter().map(|p| format!("<{}>", p.iri().as_str())).collect();
    assert_eq!(relations, schema);
    for p in Predicate::ALL {
        let subject = NamedOrBlankNode::NamedNode(p.iri().into_owned());
        assert_eq!(english_label(&triples, p.iri().as_str()), p.label(), "{p:?}");
        let domain = classes(&triples, objects(&triples, &subject, &format!("{RDFS}domain"))[0]);
        let range = classes(&triples, objects(&triples, &subject, &format!("{RDFS}range"))[0]);
        assert_eq!(domain, iris(p.domain()), "domain of {p:?}");
        assert_eq!(range, iris(p.range()), "range of {p:?}");
        let symmetric = has_type(&triples, p.iri().as_str(), &format!("{OWL}SymmetricProperty"));
        assert_eq!(symmetric, p.is_symmetric(), "symmetry of {p:?}");
    }
}

/// The schema.org terms (local names) the ontology names as objects of `subject`'s `predicates`.
fn schema_org_terms(triples: &[Triple], subject: &str, predicates: &[&str]) -> BTreeSet<String> {
    let subject = NamedOrBlankNode::NamedNode(oxigraph::model::NamedNode::new(subject).unwrap());
    predicates
        .iter()
        .flat_map(|p| objects(triples, &subject, p))
        .filter_map(|o| match o {
            Term::NamedNode(n) => n.as_str().strip_prefix("https://schema.org/").map(String::from),
            _ => None,
        })
        .collect()
}

#[test]
fn the_schema_org_alignments_are_the_ontologys() {
    let triples = ontology();
    let (equivalent, sub_class) = (format!("{OWL}equivalentClass"), format!("{RDFS}subClassOf"));
    for class in EntityClass::ALL {
        let terms = schema_org_terms(&triples, class.iri().as_str(), &[&equivalent, &sub_class]);
        assert_eq!(terms, BTreeSet::from([class.schema_org().to_string()]), "{class:?}");
    }
    let sub_property = format!("{RDFS}subPropertyOf");
    for p in Predicate::ALL {
        let terms = schema_org_terms(&triples, p.iri().as_str(), &[&sub_property]);
        assert_eq!(terms, p.schema_org().into_iter().map(String::from).collect(), "{p:?}");
    }
}
