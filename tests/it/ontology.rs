//! The vocabulary module mirrors the ontology file, and the ontology holds no data.

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedOrBlankNode, Term, Triple};

use newsgraph::vocab::{ng, w3c};

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
    for term in ng::ALL {
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
                assert!(ng::ALL.iter().any(|v| v.as_str() == s.as_str()), "{s} is in src/vocab.rs");
            }
        }
    }
}

#[test]
fn symmetric_relations_are_declared_symmetric() {
    let triples = ontology();
    let symmetric = "http://www.w3.org/2002/07/owl#SymmetricProperty";
    assert!(has_type(&triples, ng::COMPETES_WITH.as_str(), symmetric));
    assert!(has_type(&triples, ng::PARTNERS_WITH.as_str(), symmetric));
    assert!(!has_type(&triples, ng::WORKS_FOR.as_str(), symmetric));
}

#[test]
fn the_ontology_states_no_facts_about_entities() {
    let facts = [ng::WORKS_FOR, ng::FOUNDED, ng::DEVELOPED, ng::SAID, ng::TEXT, ng::MENTIONED_IN];
    let classes = [ng::PERSON, ng::ORGANIZATION, ng::AI_MODEL, ng::PRODUCT, ng::PLACE];
    for t in ontology() {
        assert!(!facts.contains(&t.predicate.as_ref()), "no data triple in the ontology: {t}");
        if t.predicate == w3c::RDF_TYPE {
            assert!(!classes.iter().any(|c| matches!(&t.object, Term::NamedNode(o) if o == c)), "{t}");
        }
    }
}
