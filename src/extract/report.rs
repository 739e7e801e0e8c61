//! An extraction as JSON in the annotation schema of the evaluation guidelines
//! (entities with name/type/aliases, relations s/p/o/role, quotes speaker/text),
//! plus the evidence of each fact.

use serde_json::{json, Value};

use super::Extraction;

/// The extraction of `text` in the gold-annotation JSON schema.
pub fn annotation(extraction: &Extraction, text: &str) -> Value {
    let name = |i: usize| extraction.entities.get(i).map(|e| e.name.as_str()).unwrap_or("");
    let entities: Vec<Value> = extraction
        .entities
        .iter()
        .map(|e| {
            json!({
                "name": e.name,
                "type": e.class.name(),
                "aliases": e.aliases,
                "wikidata": e.wikidata,
            })
        })
        .collect();
    let relations: Vec<Value> = extraction
        .relations
        .iter()
        .map(|r| {
            let mut v = json!({
                "s": name(r.subject),
                "p": r.predicate.name(),
                "o": name(r.object),
                "rule": r.evidence.rule,
                "confidence": r.evidence.confidence,
                "evidence": r.evidence.sentence.text(text),
            });
            if let Some(role) = &r.role {
                v["role"] = json!(role);
            }
            v
        })
        .collect();
    let quotes: Vec<Value> = extraction
        .quotes
        .iter()
        .map(|q| {
            json!({
                "speaker": name(q.speaker),
                "text": q.text,
                "rule": q.evidence.rule,
                "confidence": q.evidence.confidence,
            })
        })
        .collect();
    json!({ "entities": entities, "relations": relations, "quotes": quotes })
}
