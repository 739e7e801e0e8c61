//! Quotations and who said them.
//!
//! Quote marks are paired (straight quotes alternate, curly ones open and
//! close). The speaker is read around the quote: after it (", said X",
//! ", X said", ", he said", ", a Nvidia spokesperson said"), or before it
//! ("X, CEO of Y, remarked, …", "X said:", a colon after a sentence whose
//! subject is a person). Pronouns go to the last person named before the
//! quote. Quotes attributed to no one are dropped.

use std::ops::Range;

use super::doc::Doc;
use super::mentions::after_honorific;
use super::model::{Entity, EntityClass, Evidence, Quote, Span};
use super::pronouns::{person_before, pronoun_gender};
use super::resources::Resources;

/// How far from a quote mark the speech verb may be, in tokens.
const REACH: usize = 20;

/// A live mention: tokens and entity.
type Live = (Range<usize>, usize);

/// Every attributed quotation of the article.
pub fn find(doc: &Doc, res: &Resources, live: &[Live], entities: &[Entity]) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    let mut last: Option<(usize, usize)> = None;
    for (open, close) in pairs(doc) {
        let Some(span) = inner_span(doc, open, close) else { continue };
        let text = span.text(doc.text).to_string();
        let words = text.split_whitespace().count();
        let found = after(doc, res, live, entities, close)
            .or_else(|| before(doc, res, live, entities, open))
            .or_else(|| continued(doc, last, open));
        last = found.map(|(speaker, ..)| (speaker, close));
        let Some((speaker, verb_at, rule, confidence)) = found else { continue };
        let adjacent = verb_at.abs_diff(close) <= 4 || verb_at.abs_diff(open) <= 4;
        if words == 0 || (words < 4 && !adjacent) || words < 2 {
            continue;
        }
        let sentence = doc.sentence_span(doc.sentence_of.get(open).copied().unwrap_or(0));
        out.push(Quote {
            speaker,
            span,
            text,
            evidence: Evidence { sentence, rule: format!("quote/{rule}"), confidence },
        });
    }
    out
}

/// A quote that opens a sentence right after another speaker's quote, in the
/// same paragraph, goes on with that speaker.
fn continued(doc: &Doc, last: Option<(usize, usize)>, open: usize) -> Option<(usize, usize, &'static str, f32)> {
    let (speaker, prev_close) = last?;
    let sentence = *doc.sentence_of.get(open)?;
    let starts_sentence = doc.sentences.get(sentence)?.start == open;
    let next_sentence = doc.sentence_of.get(prev_close).is_some_and(|&s| s + 1 == sentence);
    let same_paragraph = doc.tokens.get(open).is_some_and(|t| t.newlines_before == 0);
    (starts_sentence && next_sentence && same_paragraph).then_some((speaker, open, "continued-quote", 0.6))
}

/// Opening and closing quote mark token indices.
fn pairs(doc: &Doc) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for i in 0..doc.len() {
        let (opens, closes) = match doc.word(i) {
            "“" => (true, false),
            "”" => (false, true),
            "\"" => (open.is_none(), open.is_some()),
            _ => {
                if open.is_some() && doc.tokens[i].newlines_before >= 2 {
                    open = None;
                }
                continue;
            }
        };
        match open {
            Some(o) if closes => {
                out.push((o, i));
                open = None;
            }
            _ if opens => open = Some(i),
            _ => {}
        }
    }
    out
}

/// The quoted words between the marks, trimmed of spaces and a final comma.
fn inner_span(doc: &Doc, open: usize, close: usize) -> Option<Span> {
    let start = doc.tokens.get(open)?.span.end;
    let end = doc.tokens.get(close)?.span.start;
    let inner = doc.text.get(start..end)?;
    let trimmed = inner.trim_start();
    let start = start + (inner.len() - trimmed.len());
    let trimmed = trimmed.trim_end().trim_end_matches(',').trim_end();
    (!trimmed.is_empty()).then(|| Span::new(start, start + trimmed.len()))
}

/// A speech verb after the closing mark: ", said X", ", X said", ", he said".
fn after(
    doc: &Doc,
    res: &Resources,
    live: &[Live],
    entities: &[Entity],
    close: usize,
) -> Option<(usize, usize, &'static str, f32)> {
    let limit = (close + REACH).min(doc.len());
    let sentence = doc.sentence_of.get(close).copied();
    let mut j = close + 1;
    while j < limit && !is_mark(doc, j) && !ends_clause(doc, live, j) && doc.sentence_of.get(j).copied() == sentence {
        if let Some((len, _)) = doc.lookup(&res.speech_verbs, j) {
            if let Some(s) = speaker_after_verb(doc, res, live, entities, j + len) {
                return Some((s, j, "said-speaker-after-quote", 0.9));
            }
            let s = speaker_between(doc, res, live, entities, close + 1, j)?;
            return Some((s, j, "speaker-said-after-quote", 0.85));
        }
        j += 1;
    }
    None
}

/// A speech verb before the opening mark in its sentence: "X remarked, …",
/// "said X: …"; else a colon after a sentence about a person.
fn before(
    doc: &Doc,
    res: &Resources,
    live: &[Live],
    entities: &[Entity],
    open: usize,
) -> Option<(usize, usize, &'static str, f32)> {
    let sentence = doc.sentences.get(*doc.sentence_of.get(open)?)?.clone();
    let from = sentence.start.max(open.saturating_sub(3 * REACH));
    let mut j = open;
    while j > from {
        j -= 1;
        if is_mark(doc, j) {
            break;
        }
        if let Some((len, _)) = doc.lookup(&res.speech_verbs, j) {
            if let Some(s) = speaker_after_verb(doc, res, live, entities, j + len).filter(|_| j + len < open) {
                return Some((s, j, "said-speaker-before-quote", 0.85));
            }
            if let Some(s) = speaker_between(doc, res, live, entities, sentence.start, j) {
                return Some((s, j, "speaker-said-before-quote", 0.8));
            }
        }
    }
    let intro = open.checked_sub(1).is_some_and(|p| doc.is_punct(p, ':') || doc.is_punct(p, ','));
    if intro {
        let s = speaker_between(doc, res, live, entities, sentence.start, open)?;
        return Some((s, open, "colon-introduction", 0.6));
    }
    None
}

/// The person or organisation named right after a speech verb ("said X"),
/// the person when a title joins them ("said ASML chief executive X").
fn speaker_after_verb(doc: &Doc, res: &Resources, live: &[Live], entities: &[Entity], at: usize) -> Option<usize> {
    let at = if matches!(doc.lower(at), "the" | "a" | "an") { at + 1 } else { at };
    let at = after_honorific(doc, res, at).unwrap_or(at);
    let k = live.binary_search_by_key(&at, |(r, _)| r.start).ok()?;
    let (r, e) = &live[k];
    if entities[*e].class == EntityClass::Organization {
        let titled = live.get(k + 1).filter(|(r2, e2)| {
            entities[*e2].class == EntityClass::Person
                && r2.start - r.end <= 4
                && (r.end..r2.start).all(|j| !doc.is_punct(j, '.') && !is_mark(doc, j))
        });
        if let Some((_, p)) = titled {
            return Some(*p);
        }
    }
    is_speaker(entities, *e).then_some(*e)
}

/// The speaker named between `from..to`: the nearest person, else a pronoun
/// (the last person named before), else the nearest organisation.
fn speaker_between(
    doc: &Doc,
    res: &Resources,
    live: &[Live],
    entities: &[Entity],
    from: usize,
    to: usize,
) -> Option<usize> {
    let inside: Vec<&Live> = super::relations::within(live, from, to).iter().collect();
    if let Some((_, e)) = inside.last().filter(|(r, e)| r.end == to && is_speaker(entities, *e)) {
        return Some(*e);
    }
    let person = inside.iter().rev().find(|(_, e)| entities[*e].class == EntityClass::Person);
    if let Some((_, e)) = person {
        return Some(*e);
    }
    if let Some(pronoun) = (from..to).find(|&j| matches!(doc.lower(j), "he" | "she")) {
        return person_before(res, live, entities, to, pronoun_gender(doc.lower(pronoun)));
    }
    let org = inside.iter().rev().find(|(_, e)| entities[*e].class == EntityClass::Organization).map(|(_, e)| *e);
    org.or_else(|| spokesperson_named_before(doc, live, entities, from, to))
}

/// Words for someone who speaks for an organisation.
const SPOKESPEOPLE: [&str; 3] = ["spokesperson", "spokesman", "spokeswoman"];

/// "the spokesperson" in `from..to`, after an earlier "a Kalvara spokesperson"
/// or "a spokesperson for Kalvara" in the article: that organisation.
fn spokesperson_named_before(doc: &Doc, live: &[Live], entities: &[Entity], from: usize, to: usize) -> Option<usize> {
    let is_spokesperson = |j: usize| SPOKESPEOPLE.contains(&doc.lower(j));
    let here = (from..to).find(|&j| is_spokesperson(j) && j > 0 && doc.lower(j - 1) == "the")?;
    let org_at = |k: usize| {
        live.iter().find(|(r, e)| r.contains(&k) && entities[*e].class == EntityClass::Organization).map(|(_, e)| *e)
    };
    // The same word, or one of them the neutral "spokesperson".
    let same = |j: usize| {
        is_spokesperson(j)
            && (doc.lower(j) == doc.lower(here) || doc.lower(j) == "spokesperson" || doc.lower(here) == "spokesperson")
    };
    (0..here.saturating_sub(1)).rev().filter(|&j| same(j)).find_map(|j| {
        let before = j.checked_sub(1).and_then(org_at);
        let after = matches!(doc.lower(j + 1), "for" | "at").then(|| org_at(j + 2)).flatten();
        before.or(after)
    })
}

/// A full stop that is not part of a name (the initial in "Walter P. Hennessey").
fn ends_clause(doc: &Doc, live: &[Live], j: usize) -> bool {
    let k = live.partition_point(|(r, _)| r.end <= j);
    doc.is_punct(j, '.') && live.get(k).is_none_or(|(r, _)| r.start > j)
}

fn is_speaker(entities: &[Entity], e: usize) -> bool {
    matches!(entities[e].class, EntityClass::Person | EntityClass::Organization)
}

/// A quotation mark token.
fn is_mark(doc: &Doc, j: usize) -> bool {
    matches!(doc.word(j), "\"" | "“" | "”")
}
