//! Extraction: article text in, entities, relations and quotes out.
//!
//! `extract` is a pure function of (text, resources): no I/O, never fails, never
//! panics. It knows nothing of RDF.

mod model;
mod report;
mod resources;

pub use model::{Entity, EntityClass, Evidence, Extraction, Predicate, Quote, Relation, Span};
pub use report::annotation;
pub use resources::Resources;

/// Reads the entities, relations and quotes out of an article's text.
pub fn extract(text: &str, resources: &Resources) -> Extraction {
    let _ = (text, resources);
    Extraction::default()
}
