//! Fuzz target `extract`: any UTF-8 text through the extractor as ingest runs
//! it (`newsgraph::extract` with the built-in resources, then `article_quads`
//! for the article the text makes), checking what holds by construction:
//!
//! - every span (sentence, mention, evidence, quote) lies in the text on
//!   character boundaries, and sentences and each entity's mentions come in
//!   text order;
//! - a relation joins two different entities of the extraction, of classes its
//!   predicate allows (`Facts::emit` and `families` never add others), a
//!   symmetric one with the lower index first, and none is stated twice;
//! - a quote's speaker is an entity and its text is the text its span covers;
//! - evidence points to one of the extraction's sentences, with a confidence
//!   in 0..=1.

#![no_main]

use std::collections::HashSet;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use newsgraph::extract::{Extraction, Span};
use newsgraph::graph::article_quads;
use newsgraph::input::{article_from_format, Format};
use newsgraph::{extract, Resources};

fn resources() -> &'static Resources {
    static RESOURCES: OnceLock<Resources> = OnceLock::new();
    RESOURCES.get_or_init(Resources::embedded)
}

fn check(text: &str, x: &Extraction) {
    let fits = |s: &Span| s.start <= s.end && text.get(s.start..s.end).is_some();
    for w in x.sentences.windows(2) {
        assert!(w[0].end <= w[1].start, "sentences in order, apart: {:?}", w);
    }
    let sentences: HashSet<Span> = x.sentences.iter().copied().collect();
    for s in &x.sentences {
        assert!(fits(s), "sentence {s:?} fits the text");
    }
    let evidence = |e: &newsgraph::extract::Evidence| {
        assert!(sentences.contains(&e.sentence), "evidence {e:?} is one of the sentences");
        assert!((0.0..=1.0).contains(&e.confidence), "confidence of {e:?}");
    };
    for e in &x.entities {
        assert!(!e.name.trim().is_empty(), "an entity has a name");
        assert!(e.mentions.iter().all(fits), "mentions of {e:?} fit the text");
        assert!(e.mentions.windows(2).all(|w| w[0].start <= w[1].start), "mentions of {e:?} in text order");
    }
    let mut stated = HashSet::new();
    for r in &x.relations {
        assert!(r.subject < x.entities.len() && r.object < x.entities.len(), "{r:?} joins entities");
        assert_ne!(r.subject, r.object, "{r:?} joins two entities");
        let (s, o) = (&x.entities[r.subject], &x.entities[r.object]);
        assert!(r.predicate.fits(s.class, o.class), "{r:?}: {:?} and {:?} fit its predicate", s.class, o.class);
        assert!(!r.predicate.is_symmetric() || r.subject < r.object, "{r:?}: symmetric, lower index first");
        assert!(stated.insert((r.subject, r.predicate, r.object)), "{r:?} stated once");
        evidence(&r.evidence);
    }
    for q in &x.quotes {
        assert!(q.speaker < x.entities.len(), "{q:?}: the speaker is an entity");
        assert!(fits(&q.span), "{q:?} fits the text");
        assert_eq!(q.text, &text[q.span.start..q.span.end], "a quote's text is its span's");
        evidence(&q.evidence);
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let extraction = extract(text, resources());
    check(text, &extraction);
    // As ingest does: the article the text makes, its extraction, its quads.
    if let Ok(article) = article_from_format(data, Format::Text, "fuzz".into()) {
        let extraction = if article.text == text {
            extraction
        } else {
            let x = extract(&article.text, resources());
            check(&article.text, &x);
            x
        };
        let _ = article_quads(&article, &extraction);
    }
});
