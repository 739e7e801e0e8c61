//! JSON-LD for the web: the merged graph as a `@graph` of node objects under a
//! `@context` whose plain terms are schema.org's. Every triple of the store is
//! there with its own `ng:`, `rdfs:`, `skos:`… property; where the ontology
//! aligns a term with schema.org (`ng:Person` ≡ `schema:Person`, `ng:worksFor`
//! ⊑ `schema:worksFor`, `ng:title` ⊑ `schema:headline`, …) the schema.org type
//! or property is stated too, so a reader that knows only schema.org finds
//! people, organisations, employers, headlines and quotations.

use std::io::Write;

use oxigraph::model::Term;
use serde_json::{json, Map, Value};

use crate::error::{Error, Result};
use crate::query::PREFIXES;
use crate::schema::{EntityClass, Predicate};
use crate::vocab::NS;

const XSD_STRING: &str = "http://www.w3.org/2001/XMLSchema#string";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

/// The schema.org class each `ng:` class outside the schema's is a kind of (see the ontology).
const CLASSES: &[(&str, &str)] = &[("Article", "NewsArticle"), ("Quote", "Quotation")];

/// The schema.org property each `ng:` property outside the schema's is a sub-property of.
const PROPERTIES: &[(&str, &str)] = &[("title", "headline"), ("date", "datePublished"), ("text", "text")];

/// The schema.org class of the `ng:` class with this IRI, if the ontology aligns it.
fn schema_class(iri: &str) -> Option<&'static str> {
    let other = || iri.strip_prefix(NS).and_then(|l| CLASSES.iter().find(|(n, _)| *n == l)).map(|(_, s)| *s);
    EntityClass::from_iri(iri).map(EntityClass::schema_org).or_else(other)
}

/// The schema.org property of the `ng:` property with this IRI, if the ontology aligns it.
fn schema_property(iri: &str) -> Option<&'static str> {
    let other = || iri.strip_prefix(NS).and_then(|l| PROPERTIES.iter().find(|(n, _)| *n == l)).map(|(_, s)| *s);
    Predicate::from_iri(iri).and_then(Predicate::schema_org).or_else(other)
}

/// The `@context`: the project's prefixes and the schema.org terms used.
pub fn context() -> Value {
    let mut context = Map::new();
    for (prefix, iri) in PREFIXES {
        context.insert(prefix.to_string(), json!(iri));
    }
    let classes = EntityClass::ALL.map(EntityClass::schema_org).into_iter().chain(CLASSES.iter().map(|(_, s)| *s));
    let properties =
        Predicate::ALL.into_iter().filter_map(Predicate::schema_org).chain(PROPERTIES.iter().map(|(_, s)| *s));
    for term in classes.chain(properties) {
        context.insert(term.to_string(), json!(format!("schema:{term}")));
    }
    Value::Object(context)
}

/// Writes `triples` (the merged graph, each subject's triples together) as a
/// JSON-LD document, streaming: one node object is in memory at a time.
pub fn write_jsonld(triples: impl Iterator<Item = Result<(Term, Term, Term)>>, out: &mut dyn Write) -> Result<()> {
    let fail = |source| Error::Write { what: "json-ld", source };
    let context = serde_json::to_string_pretty(&json!({ "@context": context() }))
        .map_err(|e| Error::Write { what: "json-ld", source: e.into() })?;
    // The context object without its closing brace, then the graph's opening.
    let head = context.trim_end().strip_suffix('}').unwrap_or(&context).trim_end();
    write!(out, "{head},\n  \"@graph\": [").map_err(fail)?;
    let mut node: Option<(String, Map<String, Value>)> = None;
    let mut written = 0usize;
    let mut flush = |node: Option<(String, Map<String, Value>)>, out: &mut dyn Write| -> Result<()> {
        let Some((_, map)) = node else { return Ok(()) };
        let text = serde_json::to_string_pretty(&Value::Object(map))
            .map_err(|e| Error::Write { what: "json-ld", source: e.into() })?;
        let sep = if written == 0 { "\n    " } else { ",\n    " };
        written += 1;
        out.write_all(sep.as_bytes()).map_err(fail)?;
        out.write_all(text.replace('\n', "\n    ").as_bytes()).map_err(fail)
    };
    for triple in triples {
        let (s, p, o) = triple?;
        let Term::NamedNode(p) = p else { continue };
        let id = match s {
            Term::NamedNode(n) => compact(n.as_str()),
            Term::BlankNode(b) => format!("_:{}", b.as_str()),
            _ => continue,
        };
        if node.as_ref().is_none_or(|(current, _)| *current != id) {
            flush(node.take(), out)?;
            let mut m = Map::new();
            m.insert("@id".into(), json!(id));
            node = Some((id, m));
        }
        let (_, node) = node.as_mut().expect("set above");
        if p.as_str() == RDF_TYPE {
            if let Term::NamedNode(class) = &o {
                push(node, "@type", json!(compact(class.as_str())));
                if let Some(schema) = schema_class(class.as_str()) {
                    push(node, "@type", json!(schema));
                }
                continue;
            }
        }
        let value = value(&o);
        if let Some(schema) = schema_property(p.as_str()) {
            push(node, schema, value.clone());
        }
        push(node, &compact(p.as_str()), value);
    }
    flush(node.take(), out)?;
    let close = if written == 0 { "]\n}\n" } else { "\n  ]\n}\n" };
    out.write_all(close.as_bytes()).map_err(fail)
}

fn push(node: &mut Map<String, Value>, key: &str, value: Value) {
    match node.entry(key.to_string()).or_insert_with(|| Value::Array(Vec::new())) {
        Value::Array(values) => {
            if !values.contains(&value) {
                values.push(value)
            }
        }
        other => *other = json!([other.clone(), value]),
    }
}

/// An IRI shortened with a known prefix (`ng:worksFor`, `id:person/…`), or as it is.
fn compact(iri: &str) -> String {
    PREFIXES
        .iter()
        .find_map(|(p, ns)| {
            iri.strip_prefix(ns)
                .filter(|local| !local.is_empty() && !local.starts_with("//"))
                .map(|l| format!("{p}:{l}"))
        })
        .unwrap_or_else(|| iri.to_string())
}

fn value(term: &Term) -> Value {
    match term {
        Term::NamedNode(n) => json!({ "@id": compact(n.as_str()) }),
        Term::BlankNode(b) => json!({ "@id": format!("_:{}", b.as_str()) }),
        Term::Literal(l) => {
            if let Some(language) = l.language() {
                json!({ "@value": l.value(), "@language": language })
            } else if l.datatype().as_str() == XSD_STRING {
                json!(l.value())
            } else {
                json!({ "@value": l.value(), "@type": compact(l.datatype().as_str()) })
            }
        }
        #[allow(unreachable_patterns)]
        _ => Value::Null,
    }
}
