//! Every IRI newsgraph writes, in one place. The `ng:` terms mirror
//! `ontology/newsgraph.ttl` (a test checks that each one is declared there);
//! the entity classes and relation predicates are the schema's
//! ([`crate::schema`]), and [`ng_terms`] lists them all.

use oxigraph::model::NamedNodeRef;

use crate::schema::{EntityClass, Predicate};

/// Namespace of the newsgraph ontology.
pub const NS: &str = "https://newsgraph.org/ontology#";
/// The ontology's own IRI; also the named graph the ontology is loaded into.
pub const ONTOLOGY_GRAPH: &str = "https://newsgraph.org/ontology";
/// The named graph `newsgraph communities --write` keeps the communities in
/// (apart from the articles' graphs and the merged default graph).
pub const COMMUNITIES_GRAPH: &str = "https://newsgraph.org/id/communities";
/// The named graph of the store's counts (bookkeeping kept by `store`, never part of a dump).
pub const COUNTS_GRAPH: &str = "https://newsgraph.org/counts";
/// Prefix of the IRIs newsgraph mints for articles, entities, quotes and evidence.
pub const ID: &str = "https://newsgraph.org/id/";
/// Prefix of Wikidata entity IRIs (`owl:sameAs` targets).
pub const WIKIDATA: &str = "http://www.wikidata.org/entity/";

macro_rules! terms {
    ($ns:expr; $($name:ident = $local:literal),* $(,)?) => {
        $(pub const $name: NamedNodeRef<'static> =
            NamedNodeRef::new_unchecked(concat!($ns, $local));)*
    };
}

/// The `ng:` terms besides the schema's: articles, quotes, provenance and metadata.
pub mod ng {
    use super::NamedNodeRef;
    terms!("https://newsgraph.org/ontology#";
        ARTICLE = "Article", QUOTE = "Quote", EVIDENCE = "Evidence",
        SAID = "said", TEXT = "text", MENTIONED_IN = "mentionedIn",
        TITLE = "title", DATE = "date", SOURCE = "source", CONTENT_HASH = "contentHash",
        AUTHOR = "author", URL = "url", INGESTED_AT = "ingestedAt",
        ARTICLE_PROP = "article", SENTENCE = "sentence", START = "start", END = "end",
        RULE = "rule", CONFIDENCE = "confidence", ROLE = "role",
        COMMUNITY = "Community", COMMUNITY_PROP = "community",
        EVIDENCE_PROP = "evidence", FACT = "Fact", STATED_BY = "statedBy",
        TRIPLE_COUNT = "tripleCount", QUAD_COUNT = "quadCount", WRITE_COUNT = "writeCount",
    );

    /// These `ng:` terms (the schema's are apart: see [`super::ng_terms`]).
    pub const ALL: &[NamedNodeRef<'static>] = &[
        ARTICLE,
        QUOTE,
        EVIDENCE,
        SAID,
        TEXT,
        MENTIONED_IN,
        TITLE,
        DATE,
        SOURCE,
        CONTENT_HASH,
        AUTHOR,
        URL,
        INGESTED_AT,
        ARTICLE_PROP,
        SENTENCE,
        START,
        END,
        RULE,
        CONFIDENCE,
        ROLE,
        COMMUNITY,
        COMMUNITY_PROP,
        EVIDENCE_PROP,
        FACT,
        STATED_BY,
        TRIPLE_COUNT,
        QUAD_COUNT,
        WRITE_COUNT,
    ];
}

/// Every `ng:` term: the schema's classes and predicates, then the others.
pub fn ng_terms() -> impl Iterator<Item = NamedNodeRef<'static>> {
    let classes = EntityClass::ALL.into_iter().map(EntityClass::iri);
    classes.chain(Predicate::ALL.into_iter().map(Predicate::iri)).chain(ng::ALL.iter().copied())
}

/// Terms of the W3C and community vocabularies newsgraph uses.
pub mod w3c {
    use super::NamedNodeRef;
    terms!("http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        RDF_TYPE = "type", RDF_SUBJECT = "subject", RDF_PREDICATE = "predicate",
        RDF_OBJECT = "object",
    );
    terms!("http://www.w3.org/2000/01/rdf-schema#"; RDFS_LABEL = "label");
    terms!("http://www.w3.org/2004/02/skos/core#"; SKOS_ALT_LABEL = "altLabel");
    terms!("http://www.w3.org/2002/07/owl#"; OWL_SAME_AS = "sameAs");
    terms!("http://www.w3.org/2001/XMLSchema#";
        XSD_DATE = "date", XSD_DATE_TIME = "dateTime", XSD_INTEGER = "integer", XSD_DECIMAL = "decimal",
    );
}
