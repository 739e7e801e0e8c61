//! Annotations in the guidelines' JSON format, and predictions read from quads
//! the way the evaluation reads them from a store.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use oxigraph::model::{Quad, Term};
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::schema::{EntityClass, Predicate};
use crate::vocab::{ng, w3c};

#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
pub struct Annotation {
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    #[serde(default)]
    pub relations: Vec<GoldRelation>,
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct GoldEntity {
    pub name: String,
    #[serde(rename = "type")]
    pub class: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct GoldRelation {
    pub s: String,
    pub p: String,
    pub o: String,
    /// For predictions: the highest confidence of the fact's evidence.
    #[serde(skip)]
    pub confidence: Option<f64>,
    /// For predictions: the rule of that evidence.
    #[serde(skip)]
    pub rule: Option<String>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct GoldQuote {
    pub speaker: String,
    pub text: String,
}

/// Reads a gold file; a malformed one is an error naming the file and the reason.
pub fn load(path: &Path) -> Result<Annotation> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    serde_json::from_str(&text)
        .map_err(|e| Error::BadArticle { path: path.to_path_buf(), reason: format!("not a gold annotation: {e}") })
}

fn local_name(term: &str) -> &str {
    term.rsplit(['#', '/']).next().unwrap_or(term)
}

/// The longest label, then the first alphabetically (the fullest form).
fn pick_name(labels: &BTreeSet<String>) -> String {
    labels.iter().max_by(|a, b| a.len().cmp(&b.len()).then(b.cmp(a))).cloned().unwrap_or_default()
}

/// Entities, relations and quotes as a store built from `quads` would answer them.
pub fn from_quads(quads: &[Quad]) -> Annotation {
    #[derive(Default)]
    struct Node {
        types: BTreeSet<String>,
        labels: BTreeSet<String>,
        alts: BTreeSet<String>,
    }
    let literal = |t: &Term| match t {
        Term::Literal(l) => Some(l.value().to_string()),
        _ => None,
    };
    let mut nodes: BTreeMap<String, Node> = BTreeMap::new();
    for q in quads {
        let s = q.subject.to_string();
        if q.predicate == w3c::RDF_TYPE {
            if let Term::NamedNode(class) = &q.object {
                if EntityClass::from_name(local_name(class.as_str())).is_some() {
                    nodes.entry(s).or_default().types.insert(local_name(class.as_str()).to_string());
                }
            }
        }
    }
    for q in quads {
        if let Some(node) = nodes.get_mut(&q.subject.to_string()) {
            if q.predicate == w3c::RDFS_LABEL {
                node.labels.extend(literal(&q.object));
            } else if q.predicate == w3c::SKOS_ALT_LABEL {
                node.alts.extend(literal(&q.object));
            }
        }
    }
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    let mut annotation = Annotation::default();
    for (iri, node) in &nodes {
        if node.labels.is_empty() {
            continue;
        }
        let name = pick_name(&node.labels);
        let class =
            EntityClass::ALL.into_iter().map(EntityClass::name).find(|t| node.types.contains(*t)).unwrap_or_default();
        let aliases = node.labels.union(&node.alts).filter(|a| **a != name).cloned().collect();
        names.insert(iri.clone(), name.clone());
        annotation.entities.push(GoldEntity { name, class: class.to_string(), aliases });
    }
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    for q in quads.iter().filter(|q| q.predicate == ng::TEXT) {
        texts.extend(literal(&q.object).map(|t| (q.subject.to_string(), t)));
    }
    let confidence = evidence_confidence(quads);
    let mut relations = BTreeMap::new();
    for q in quads {
        let p = local_name(q.predicate.as_str());
        let (Some(s), Some(o)) = (names.get(&q.subject.to_string()), names.get(&q.object.to_string())) else {
            if q.predicate == ng::SAID {
                if let (Some(s), Some(text)) = (names.get(&q.subject.to_string()), texts.get(&q.object.to_string())) {
                    annotation.quotes.push(GoldQuote { speaker: s.clone(), text: text.clone() });
                }
            }
            continue;
        };
        if Predicate::from_name(p).is_some() {
            let c = confidence.get(&(q.subject.to_string(), q.predicate.to_string(), q.object.to_string())).cloned();
            let best = relations.entry((s.clone(), p.to_string(), o.clone())).or_insert(None);
            if c.as_ref().is_some_and(|(c, _)| best.as_ref().is_none_or(|(b, _)| c > b)) {
                *best = c;
            }
        }
    }
    annotation.relations = relations
        .into_iter()
        .map(|((s, p, o), best)| {
            let (confidence, rule) = best.map_or((None, None), |(c, rule)| (Some(c), Some(rule)));
            GoldRelation { s, p, o, confidence, rule }
        })
        .collect();
    annotation
}

/// The highest `ng:confidence` of the evidence of each (subject, predicate,
/// object), with that evidence's `ng:rule`.
fn evidence_confidence(quads: &[Quad]) -> BTreeMap<(String, String, String), (f64, String)> {
    let mut parts: BTreeMap<String, [Option<String>; 5]> = BTreeMap::new();
    for q in quads {
        let slot = if q.predicate == w3c::RDF_SUBJECT {
            0
        } else if q.predicate == w3c::RDF_PREDICATE {
            1
        } else if q.predicate == w3c::RDF_OBJECT {
            2
        } else if q.predicate == ng::CONFIDENCE {
            3
        } else if q.predicate == ng::RULE {
            4
        } else {
            continue;
        };
        let value = match &q.object {
            Term::Literal(l) => l.value().to_string(),
            other => other.to_string(),
        };
        parts.entry(q.subject.to_string()).or_default()[slot] = Some(value);
    }
    let mut best: BTreeMap<(String, String, String), (f64, String)> = BTreeMap::new();
    for [s, p, o, c, rule] in parts.into_values() {
        if let (Some(s), Some(p), Some(o), Some(c)) = (s, p, o, c.and_then(|c| c.parse::<f64>().ok())) {
            let rule = rule.unwrap_or_default();
            let entry = best.entry((s, p, o)).or_insert((c, rule.clone()));
            if c > entry.0 {
                *entry = (c, rule);
            }
        }
    }
    best
}
