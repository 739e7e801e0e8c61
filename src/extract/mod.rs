//! Extraction: article text in, entities, relations and quotes out.
//!
//! `extract` is a pure function of (text, resources): no I/O, never fails, never
//! panics. It knows nothing of RDF. The stages, in order:
//!
//! - [`doc`]: tokens and sentences, read once (see `crate::text`);
//! - [`mentions`]: names in the text, from the lexicon or discovered;
//! - [`entities`]: mentions merged into one entity per real-world thing;
//! - [`relations`]: facts between entities, from patterns in each sentence,
//!   each with its rule's confidence calibrated on annotated news;
//! - [`quotes`]: quotations and their speakers.
//!
//! [`phrases`] holds the longest-match phrase tables that every stage looks
//! words up in; [`resources`] loads them. [`pronouns`] says whom "he" and
//! "she" stand for (relations and quotes both ask it).

mod doc;
mod entities;
mod mentions;
mod model;
mod phrases;
mod pronouns;
mod quotes;
mod relations;
mod report;
mod resources;

pub use model::{Entity, EntityClass, Evidence, Extraction, Predicate, Quote, Relation, Span};
pub use report::annotation;
pub use resources::Resources;

/// Reads the entities, relations and quotes out of an article's text.
pub fn extract(text: &str, resources: &Resources) -> Extraction {
    let lowered = doc::Lowered::new(text);
    let doc = doc::Doc::new(&lowered, resources);
    let mentions = mentions::find(&doc, resources);
    let resolved = entities::resolve(&doc, resources, &mentions);
    // The mentions that stand for an entity, with it, read by relations and quotes.
    let live: Vec<_> =
        mentions.iter().zip(&resolved.of_mention).filter_map(|(m, e)| e.map(|e| (m.tokens.clone(), e))).collect();
    let mut relations = relations::find(&doc, resources, &live, &resolved.entities);
    calibrate(&mut relations, resources);
    let quotes = quotes::find(&doc, resources, &live, &resolved.entities);
    let sentences = doc.sentences.iter().map(|r| doc.span(r.clone())).collect();
    Extraction { sentences, entities: resolved.entities, relations, quotes }
}

/// Sets each fact's confidence by how often its rule was right on annotated
/// news (`calibration.tsv`), so that confidences of different rules compare;
/// to the two places the graph keeps, so that `--min-confidence` on ingest
/// and on export draw the same line.
fn calibrate(relations: &mut [Relation], resources: &Resources) {
    for r in relations {
        let c = resources.calibrated(&r.evidence.rule, r.evidence.confidence);
        r.evidence.confidence = (c * 100.0).round() / 100.0;
    }
}
