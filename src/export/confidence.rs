//! `export --min-confidence C`: what an export leaves out. A fact (relation or
//! quote) stays when at least one of its evidence nodes is at least C
//! confident; evidence nodes below C go, and so does a quote node nobody is
//! left saying. One filter for every format, so a picture, a spreadsheet and
//! an RDF dump of the same store at the same threshold agree.

use std::collections::{HashMap, HashSet};

use oxigraph::model::{QuadRef, Term};

use crate::error::Result;
use crate::query::{self, bound_text};
use crate::store::GraphStore;
use crate::vocab::ng;

const EVIDENCE: &str = r#"
SELECT ?ev ?s ?p ?o ?c
WHERE { ?ev a ng:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ng:confidence ?c }"#;

/// What falls below the threshold (terms in N-Triples form).
#[derive(Debug, Default)]
pub struct ConfidenceFilter {
    weak_evidence: HashSet<String>,
    dropped_facts: HashSet<(String, String, String)>,
    dropped_quotes: HashSet<String>,
}

impl ConfidenceFilter {
    /// Reads the evidence of the store's merged graph; `None` when `min` keeps everything.
    /// Stored confidences are read as `f32`, the type extraction and ingest
    /// compare in, so a threshold typed as a stored value ("0.98") keeps it.
    pub fn read(store: &GraphStore, min: f32) -> Result<Option<ConfidenceFilter>> {
        if min <= 0.0 {
            return Ok(None);
        }
        let mut best: HashMap<(String, String, String), f32> = HashMap::new();
        let mut filter = ConfidenceFilter::default();
        for row in query::select(store, EVIDENCE)? {
            let (Some(ev), Some(s), Some(p), Some(o)) = (row.get("ev"), row.get("s"), row.get("p"), row.get("o"))
            else {
                continue;
            };
            let c: f32 = bound_text(&row, "c").and_then(|c| c.parse().ok()).unwrap_or(0.0);
            if c < min {
                filter.weak_evidence.insert(ev.to_string());
            }
            let entry = best.entry((s.to_string(), p.to_string(), o.to_string())).or_insert(c);
            *entry = entry.max(c);
        }
        let said = Term::from(ng::SAID.into_owned()).to_string();
        for ((s, p, o), c) in best {
            if c < min {
                if p == said {
                    filter.dropped_quotes.insert(o.clone());
                }
                filter.dropped_facts.insert((s, p, o));
            }
        }
        Ok(Some(filter))
    }

    /// Whether the triple (terms in N-Triples form) stays in the export.
    pub fn keeps(&self, s: &str, p: &str, o: &str) -> bool {
        !self.weak_evidence.contains(s)
            && !self.weak_evidence.contains(o)
            && !self.dropped_quotes.contains(s)
            && !self.dropped_facts.contains(&(s.to_string(), p.to_string(), o.to_string()))
    }

    pub fn keeps_terms(&self, s: &Term, p: &Term, o: &Term) -> bool {
        self.keeps(&s.to_string(), &p.to_string(), &o.to_string())
    }

    pub fn keeps_quad(&self, q: QuadRef<'_>) -> bool {
        self.keeps(&q.subject.to_string(), &q.predicate.to_string(), &q.object.to_string())
    }
}
