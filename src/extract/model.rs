//! The extraction boundary: what `extract` returns. Plain data, no RDF.
//!
//! Every span is a byte range into the article's original text.

use serde::Serialize;

pub use crate::text::Span;

/// The five core classes of the graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum EntityClass {
    Person,
    Organization,
    AIModel,
    Product,
    Place,
}

impl EntityClass {
    pub const ALL: [EntityClass; 5] = [
        EntityClass::Person,
        EntityClass::Organization,
        EntityClass::AIModel,
        EntityClass::Product,
        EntityClass::Place,
    ];

    /// The class's local name in the ontology, e.g. `AIModel`.
    pub fn name(self) -> &'static str {
        match self {
            EntityClass::Person => "Person",
            EntityClass::Organization => "Organization",
            EntityClass::AIModel => "AIModel",
            EntityClass::Product => "Product",
            EntityClass::Place => "Place",
        }
    }

    pub fn parse(name: &str) -> Option<EntityClass> {
        EntityClass::ALL.into_iter().find(|c| c.name().eq_ignore_ascii_case(name))
    }
}

/// The closed set of relation predicates (see the ontology).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Predicate {
    WorksFor,
    Founded,
    Developed,
    BuildsOn,
    CompetesWith,
    InvestedIn,
    Acquired,
    PartnersWith,
    Owns,
    LocatedIn,
    AffiliatedWith,
}

impl Predicate {
    pub const ALL: [Predicate; 11] = [
        Predicate::WorksFor,
        Predicate::Founded,
        Predicate::Developed,
        Predicate::BuildsOn,
        Predicate::CompetesWith,
        Predicate::InvestedIn,
        Predicate::Acquired,
        Predicate::PartnersWith,
        Predicate::Owns,
        Predicate::LocatedIn,
        Predicate::AffiliatedWith,
    ];

    /// The property's local name in the ontology, e.g. `worksFor`.
    pub fn name(self) -> &'static str {
        match self {
            Predicate::WorksFor => "worksFor",
            Predicate::Founded => "founded",
            Predicate::Developed => "developed",
            Predicate::BuildsOn => "buildsOn",
            Predicate::CompetesWith => "competesWith",
            Predicate::InvestedIn => "investedIn",
            Predicate::Acquired => "acquired",
            Predicate::PartnersWith => "partnersWith",
            Predicate::Owns => "owns",
            Predicate::LocatedIn => "locatedIn",
            Predicate::AffiliatedWith => "affiliatedWith",
        }
    }

    pub fn parse(name: &str) -> Option<Predicate> {
        Predicate::ALL.into_iter().find(|p| p.name().eq_ignore_ascii_case(name))
    }

    /// `competesWith` and `partnersWith` hold both ways.
    pub fn is_symmetric(self) -> bool {
        matches!(self, Predicate::CompetesWith | Predicate::PartnersWith)
    }
}

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
