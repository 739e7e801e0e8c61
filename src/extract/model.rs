//! The extraction boundary: what `extract` returns. Plain data, no RDF.
//!
//! Every span is a byte range into the article's original text.

use serde::Serialize;

pub use crate::schema::{EntityClass, Predicate};
pub use crate::text::Span;

/// One real-world entity named in the article (all its mentions merged).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    /// Canonical name: the lexicon's name when known, else the fullest form in the text.
    pub name: String,
    pub class: EntityClass,
    /// Other surface forms the text uses for this entity (not the canonical name).
    pub aliases: Vec<String>,
    /// Wikidata ID such as `Q380`, when the lexicon knows it.
    pub wikidata: Option<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Span>,
}

/// Where a relation or a quote comes from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evidence {
    /// The sentence that states it.
    pub sentence: Span,
    /// The name of the rule that fired, e.g. `worksFor/appositive-possessive-title`.
    pub rule: String,
    /// 0.0 ..= 1.0: how likely the fact is right.
    pub confidence: f32,
}

/// A fact between two entities (indices into `Extraction::entities`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Relation {
    pub subject: usize,
    pub predicate: Predicate,
    pub object: usize,
    /// Job title for `worksFor` (and similar qualifiers), as printed.
    pub role: Option<String>,
    pub evidence: Evidence,
}

/// A direct quotation attributed to an entity (index into `Extraction::entities`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    pub speaker: usize,
    /// The quoted words without the quotation marks.
    pub span: Span,
    pub text: String,
    pub evidence: Evidence,
}

/// Everything extraction read out of one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Extraction {
    pub sentences: Vec<Span>,
    pub entities: Vec<Entity>,
    pub relations: Vec<Relation>,
    pub quotes: Vec<Quote>,
}

impl Extraction {
    /// Drops the relations and quotes whose confidence is below `min`.
    pub fn retain_confident(&mut self, min: f32) {
        self.relations.retain(|r| r.evidence.confidence >= min);
        self.quotes.retain(|q| q.evidence.confidence >= min);
    }
}
