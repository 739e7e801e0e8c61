//! Graph: an article and its extraction as RDF quads, all in the article's
//! named graph. The only place that builds RDF terms for facts.
//!
//! The shape (see ARCHITECTURE.md): entity nodes with type, label, aliases and
//! Wikidata link; relation triples between them; quote nodes; one `ng:Evidence`
//! node per statement of a fact (RDF reification + PROV-O) carrying the article,
//! sentence, character offsets, rule, confidence and job title, linked from
//! both ends of the fact by `ng:evidence` and from the fact's own node
//! (`iri::fact_iri`) by `ng:statedBy`.

mod iri;

use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, Quad, Term};
use rustc_hash::FxHashSet;

use crate::extract::{Evidence, Extraction};
use crate::input::Article;
use crate::vocab::{ng, w3c, WIKIDATA};

pub use iri::{article_iri, community_iri, entity_iri, fact_iri, is_article_iri};

/// The communities as quads of the communities graph: each community a
/// `ng:Community` labelled with its name, each member `ng:community` it.
/// `communities` holds (number, name, member entity IRIs).
pub fn community_quads(communities: &[(usize, String, Vec<&str>)]) -> Vec<Quad> {
    let graph = GraphName::NamedNode(NamedNode::new_unchecked(crate::vocab::COMMUNITIES_GRAPH));
    let mut quads = Vec::new();
    for (n, name, members) in communities {
        let node = community_iri(*n);
        quads.push(Quad::new(node.clone(), w3c::RDF_TYPE, ng::COMMUNITY, graph.clone()));
        quads.push(Quad::new(node.clone(), w3c::RDFS_LABEL, Literal::new_simple_literal(name), graph.clone()));
        for member in members {
            quads.push(Quad::new(NamedNode::new_unchecked(*member), ng::COMMUNITY_PROP, node.clone(), graph.clone()));
        }
    }
    quads
}

/// Where the article was found (`ng:source`, and `ng:url` when known). The store
/// keeps these across versions of the article: the same text found in two places
/// is one article with two sources.
pub fn provenance_quads(article: &Article) -> Vec<Quad> {
    let node = article_iri(&article.key);
    let graph = GraphName::NamedNode(node.clone());
    let mut quads =
        vec![Quad::new(node.clone(), ng::SOURCE, Literal::new_simple_literal(&article.source), graph.clone())];
    if let Some(url) = &article.url {
        quads.push(Quad::new(node, ng::URL, Literal::new_simple_literal(url), graph));
    }
    quads
}

/// `ng:ingestedAt` now (UTC, whole seconds). The store writes it only with new facts.
pub fn ingested_quad(article: &NamedNode, unix_seconds: u64) -> Quad {
    let stamp = Literal::new_typed_literal(date_time(unix_seconds), w3c::XSD_DATE_TIME);
    Quad::new(article.clone(), ng::INGESTED_AT, stamp, GraphName::NamedNode(article.clone()))
}

/// Seconds since 1970 as `YYYY-MM-DDThh:mm:ssZ` (proleptic Gregorian, UTC).
fn date_time(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// All quads an article's text contributes (its facts), in its own named graph,
/// each once. Provenance (`provenance_quads`) and the ingestion time are apart.
pub fn article_quads(article: &Article, extraction: &Extraction) -> Vec<Quad> {
    let article_node = article_iri(&article.key);
    let mut b = Builder {
        graph: GraphName::NamedNode(article_node.clone()),
        article: article_node.clone(),
        offsets: CharOffsets::new(&article.text),
        text: &article.text,
        quads: Vec::new(),
    };
    b.article(article);
    let entities: Vec<NamedNode> = extraction.entities.iter().map(|e| entity_iri(e.class, &e.name)).collect();
    for (entity, node) in extraction.entities.iter().zip(&entities) {
        b.add(node, w3c::RDF_TYPE, entity.class.iri());
        b.add(node, w3c::RDFS_LABEL, Literal::new_simple_literal(&entity.name));
        for alias in entity.aliases.iter().filter(|a| **a != entity.name) {
            b.add(node, w3c::SKOS_ALT_LABEL, Literal::new_simple_literal(alias));
        }
        if let Some(id) = &entity.wikidata {
            b.add(node, w3c::OWL_SAME_AS, NamedNode::new_unchecked(format!("{WIKIDATA}{id}")));
        }
        b.add(node, ng::MENTIONED_IN, b.article.clone());
    }
    for relation in &extraction.relations {
        let (Some(s), Some(o)) = (entities.get(relation.subject), entities.get(relation.object)) else {
            continue;
        };
        if s == o {
            continue;
        }
        let p = relation.predicate.iri();
        b.add(s, p, o.clone());
        b.evidence(s, p, o.clone().into(), &relation.evidence, relation.role.as_deref());
    }
    for quote in &extraction.quotes {
        let Some(speaker) = entities.get(quote.speaker) else { continue };
        let node = iri::quote_iri(speaker, &quote.text);
        b.add(&node, w3c::RDF_TYPE, ng::QUOTE);
        b.add(&node, ng::TEXT, Literal::new_simple_literal(&quote.text));
        b.add(speaker, ng::SAID, node.clone());
        b.evidence(speaker, ng::SAID, node.into(), &quote.evidence, None);
    }
    dedup(b.quads)
}

/// Drops repeated quads (an entity mentioned twice, a fact stated twice in a
/// sentence), keeping the first of each: the order stays the order of the
/// extraction, which is deterministic.
fn dedup(mut quads: Vec<Quad>) -> Vec<Quad> {
    let mut seen = FxHashSet::with_capacity_and_hasher(quads.len(), Default::default());
    let first: Vec<bool> = quads.iter().map(|q| seen.insert(q)).collect();
    drop(seen);
    let mut i = 0;
    quads.retain(|_| {
        i += 1;
        first[i - 1]
    });
    quads
}

struct Builder<'a> {
    graph: GraphName,
    article: NamedNode,
    offsets: CharOffsets,
    text: &'a str,
    quads: Vec<Quad>,
}

impl Builder<'_> {
    fn add(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, o: impl Into<Term>) {
        self.quads.push(Quad::new(s.clone(), p, o, self.graph.clone()));
    }

    fn article(&mut self, article: &Article) {
        let node = self.article.clone();
        self.add(&node, w3c::RDF_TYPE, ng::ARTICLE);
        self.add(&node, ng::TITLE, Literal::new_simple_literal(&article.title));
        if let Some(date) = &article.date {
            self.add(&node, ng::DATE, Literal::new_typed_literal(date, w3c::XSD_DATE));
        }
        if let Some(author) = &article.author {
            self.add(&node, ng::AUTHOR, Literal::new_simple_literal(author));
        }
        self.add(&node, ng::CONTENT_HASH, Literal::new_simple_literal(&article.content_hash));
    }

    /// One `ng:Evidence` node: this sentence of this article states (s, p, o).
    fn evidence(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, o: Term, ev: &Evidence, role: Option<&str>) {
        let start = self.offsets.char_offset(ev.sentence.start);
        let end = self.offsets.char_offset(ev.sentence.end);
        let node = iri::evidence_iri(&self.article, s, p, &o, start, &ev.rule);
        self.add(&node, w3c::RDF_TYPE, ng::EVIDENCE);
        self.add(&node, w3c::RDF_SUBJECT, s.clone());
        self.add(&node, w3c::RDF_PREDICATE, p.into_owned());
        // The direct links from both ends of the fact (see ARCHITECTURE.md, "Provenance").
        self.add(s, ng::EVIDENCE_PROP, node.clone());
        if let Term::NamedNode(object) = &o {
            self.add(object, ng::EVIDENCE_PROP, node.clone());
            // And from the fact itself: one lookup from a fact to its evidence.
            self.add(&fact_iri(s.as_str(), p.as_str(), object.as_str()), ng::STATED_BY, node.clone());
        }
        self.add(&node, w3c::RDF_OBJECT, o);
        self.add(&node, ng::ARTICLE_PROP, self.article.clone());
        let sentence = ev.sentence.text(self.text).trim();
        self.add(&node, ng::SENTENCE, Literal::new_simple_literal(sentence));
        self.add(&node, ng::START, integer(start));
        self.add(&node, ng::END, integer(end));
        self.add(&node, ng::RULE, Literal::new_simple_literal(&ev.rule));
        self.add(&node, ng::CONFIDENCE, decimal(ev.confidence));
        if let Some(role) = role {
            self.add(&node, ng::ROLE, Literal::new_simple_literal(role));
        }
    }
}

/// A confidence as an `xsd:decimal` in canonical form with two places at most
/// ("0.9", "1.0", "0.85"): the store keeps decimals canonical, and the quads must
/// compare equal to what it gives back for re-ingest to be a no-op.
fn decimal(value: f32) -> Literal {
    let fixed = format!("{:.2}", value.clamp(0.0, 1.0));
    let trimmed = fixed.trim_end_matches('0');
    let canonical = if trimmed.ends_with('.') { format!("{trimmed}0") } else { trimmed.to_string() };
    Literal::new_typed_literal(canonical, w3c::XSD_DECIMAL)
}

fn integer(n: usize) -> Literal {
    Literal::new_typed_literal(n.to_string(), w3c::XSD_INTEGER)
}

/// Byte offsets to character (Unicode scalar) offsets, which is what other tools count.
struct CharOffsets {
    /// Byte offset of each char boundary, in order.
    boundaries: Vec<usize>,
}

impl CharOffsets {
    fn new(text: &str) -> CharOffsets {
        let mut boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        boundaries.push(text.len());
        CharOffsets { boundaries }
    }

    fn char_offset(&self, byte: usize) -> usize {
        match self.boundaries.binary_search(&byte) {
            Ok(i) | Err(i) => i,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{date_time, decimal};

    #[test]
    fn date_times_are_utc_calendar_dates() {
        assert_eq!(date_time(0), "1970-01-01T00:00:00Z");
        assert_eq!(date_time(1_709_251_199), "2024-02-29T23:59:59Z");
        assert_eq!(date_time(1_798_761_600), "2027-01-01T00:00:00Z");
    }

    #[test]
    fn confidences_are_canonical_decimals() {
        assert_eq!(decimal(0.9).value(), "0.9");
        assert_eq!(decimal(1.0).value(), "1.0");
        assert_eq!(decimal(0.85).value(), "0.85");
        assert_eq!(decimal(0.0).value(), "0.0");
        assert_eq!(decimal(7.0).value(), "1.0");
    }
}
