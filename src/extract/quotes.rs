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
use super::mentions::{after_honorific, title_before_name};
use super::model::{Entity, EntityClass, Evidence, Quote, Span};
use super::pronouns::{person_before, pronoun_fits, pronoun_gender};
use super::resources::{Gender, Resources, Words};
use crate::text::words::{
    ANSWERING_VERBS, ARTICLES, AUXILIARIES, BEFORE_VERB, FIELD_STOPS, FINITE_AUXILIARIES, PERSON_PRONOUNS,
    PLACE_PREPOSITIONS, QUOTING_VERBS, TITLE_CASE_LOWER,
};
use crate::text::TokenKind;

/// How far from a quote mark the speech verb may be, in tokens.
const REACH: usize = 20;

/// A live mention: tokens and entity.
type Live = (Range<usize>, usize);

/// Every attributed quotation of the article.
pub fn find(doc: &Doc, res: &Resources, live: &[Live], entities: &[Entity]) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    let mut last: Option<(usize, usize)> = None;
    let mut open_before: Vec<Pair> = Vec::new();
    for pair in pairs(doc) {
        let Pair { open, close, closed } = pair;
        let Some(span) = inner_span(doc, open, close) else { continue };
        if closed && is_title(doc, open, close) || glossed(doc, open) {
            continue;
        }
        let text = span.text(doc.text).to_string();
        let words = text.split_whitespace().count();
        let own = closed
            .then(|| after(doc, res, live, entities, open, close))
            .flatten()
            .or_else(|| before(doc, res, live, entities, open))
            .or_else(|| closed.then(|| signed(doc, live, entities, close)).flatten());
        // A quotation whose closing mark was forgotten must name its own
        // speaker: it may as well be a stray mark.
        let forgotten = !(closed || close < doc.len() && is_mark(doc, close));
        // Unless its opening mark is the one that ended the last speaker's
        // paragraph: a statement printed a paragraph at a time, whose final
        // closing mark went missing.
        let chained = last.is_some_and(|(_, last_close)| last_close == open);
        // Or a whole paragraph of quotation right after the speaker's quote
        // paragraph, its closing mark missing at the paragraph's full stop
        // ("“…,” said X. ¶ “There is more to come … grows.").
        let paragraph_on = |(.., rule, _): &(usize, usize, &str, f32)| *rule == "continued-paragraph";
        let last_clause = last_clause_verb(doc, res, pair);
        let last_verb = last_clause.map(|c| c.verb);
        let found = own
            .or_else(|| continued(doc, last, pair).filter(|c| !forgotten || chained || paragraph_on(c)))
            .or_else(|| resumed_after_narration(doc, res, live, entities, last, pair).filter(|_| !forgotten))
            .or_else(|| reported_paragraph_before(doc, res, live, entities, pair))
            .or_else(|| subject_of_sentence_before(doc, res, live, entities, pair))
            .or_else(|| reported_by_last_clause(doc, res, live, entities, last_clause))
            .or_else(|| taken_up_in_next_sentence(doc, res, live, entities, last, pair).filter(|_| !forgotten));
        last = found.map(|(speaker, ..)| (speaker, close));
        let goes_on = open_before.last().is_some_and(|p| continues_into(p, pair));
        if let Some((speaker, ..)) = own.filter(|_| goes_on) {
            out.extend(open_before.iter().filter_map(|&p| statement_opening(doc, p, speaker)));
        }
        // Paragraphs of a statement still waiting for its speaker: news may
        // name it only in the statement's last paragraph ("“… ¶ “…,” said X").
        if found.is_some() || closed {
            open_before.clear();
        } else {
            if !goes_on {
                open_before.clear();
            }
            open_before.push(pair);
        }
        let Some((speaker, verb_at, rule, confidence)) = found else { continue };
        let reported_sentence = last_verb == Some(verb_at);
        let adjacent = verb_at.abs_diff(close) <= 4
            || verb_at.abs_diff(open) <= 4
            || introduced(doc, open)
            || characterising_participle(doc, open)
            || rule == "characterised-by"
            || reported_sentence
            || in_aside(doc, res, verb_at)
            || (rule.ends_with("before-quote") && in_reported_clause(doc, verb_at, open));
        // One word is a quotation only where a speaker characterises with it
        // ("calling the findings “biased”") or ends the clause a person's
        // speech verb reports ("saying he won't comment on “rumours”").
        let reported_word = rule.ends_with("before-quote")
            && entities[speaker].class == EntityClass::Person
            && in_reported_clause(doc, verb_at, open)
            && closed
            && [',', '.'].iter().any(|&c| doc.is_punct(close + 1, c) || doc.is_punct(close - 1, c));
        let one_word_ok = rule == "characterised-by" || reported_sentence || reported_word;
        if words == 0 || (words < 4 && !adjacent) || (words < 2 && !one_word_ok) {
            continue;
        }
        let sentence = doc.sentence_span(doc.sentence_of.get(open).copied().unwrap_or(0));
        let evidence = Evidence { sentence, rule: ["quote/", rule].concat(), confidence };
        if let Some(author) = closed.then(|| author_after(doc, live, entities, close, verb_at)).flatten() {
            if author != speaker {
                let evidence = Evidence { rule: "quote/document-by-author".into(), ..evidence.clone() };
                out.push(Quote { speaker: author, span, text: text.clone(), evidence });
            }
        }
        for other in co_speakers(doc, live, entities, speaker, verb_at) {
            let evidence = Evidence { rule: "quote/listed-with-speaker".into(), ..evidence.clone() };
            out.push(Quote { speaker: other, span, text: text.clone(), evidence });
        }
        out.push(Quote { speaker, span, text, evidence });
    }
    out
}

/// Words between quote marks written in title case, every word capitalized
/// but the short ones a title keeps in lower case: the name of a product, a
/// programme or a headline ("an “Orbit Innovation Hub”", "the “Vela Nova”
/// line", 'Founder: ‘It’s Not the Money’'), not what someone said.
fn is_title(doc: &Doc, open: usize, close: usize) -> bool {
    // A word's own parts ("It’s") go with it.
    let words =
        || (open + 1..close).filter(|&j| doc.tokens[j].kind == TokenKind::Word && (j == open + 1 || !doc.joined(j)));
    let capitalized = words().filter(|&j| doc.is_capitalized(j)).count();
    capitalized >= 2 && words().all(|j| doc.is_capitalized(j) || TITLE_CASE_LOWER.contains(&doc.lower(j)))
}

/// Words the opening mark at `open` gives as a name's meaning ("Zorya,
/// which roughly translates to “dawn”", "translated as “…”", "literally
/// “…”"): a gloss, which nobody says.
fn glossed(doc: &Doc, open: usize) -> bool {
    let mut j = open;
    while j > 0 && (matches!(doc.lower(j - 1), "to" | "as") || doc.is_punct(j - 1, ',')) {
        j -= 1;
    }
    j.checked_sub(1).is_some_and(|w| doc.word_is(w, Words::GlossWord))
}

/// The others listed with the speaker ("Acme and Brindle said", "a joint
/// statement from X (…), Y (…) and Z (…)"): names of the speaker's class
/// joined to its mention nearest the verb at `verb` by commas and one "and",
/// a parenthesis after each allowed. Each says the words too.
fn co_speakers(doc: &Doc, live: &[Live], entities: &[Entity], speaker: usize, verb: usize) -> Vec<usize> {
    let Some(sentence) = doc.sentence_of.get(verb.min(doc.len().saturating_sub(1))).and_then(|&s| doc.sentences.get(s))
    else {
        return Vec::new();
    };
    let near = live
        .iter()
        .enumerate()
        .filter(|(_, (r, e))| *e == speaker && sentence.contains(&r.start) && !quoted(doc, sentence.start, r.start))
        .min_by_key(|(_, (r, _))| r.start.abs_diff(verb).min(r.end.abs_diff(verb)));
    let Some((k, _)) = near else { return Vec::new() };
    let class = entities[speaker].class;
    let at = |pos: usize, by_end: bool| {
        live.iter()
            .position(|(r, e)| (if by_end { r.end } else { r.start }) == pos && entities[*e].class == class)
            .filter(|&i| sentence.contains(&live[i].0.start))
    };
    // The next name: after a parenthesis, ",", "and" or ", and".
    let right = |r: &Range<usize>| -> Option<(usize, bool)> {
        let mut j = r.end;
        if doc.is_punct(j, '(') {
            j = (j..j + 16).find(|&k| doc.is_punct(k, ')'))? + 1;
        }
        let with_and = doc.lower(j) == "and" || (doc.is_punct(j, ',') && doc.lower(j + 1) == "and");
        let j = j + usize::from(doc.is_punct(j, ',')) + usize::from(with_and);
        (j > r.end).then(|| at(j, false)).flatten().map(|i| (i, with_and))
    };
    let left = |r: &Range<usize>| -> Option<(usize, bool)> {
        let mut j = r.start;
        let with_and = j > 0 && doc.lower(j - 1) == "and";
        j -= usize::from(with_and);
        j -= usize::from(j > 0 && doc.is_punct(j - 1, ','));
        if j == r.start {
            return None;
        }
        if j > 0 && doc.is_punct(j - 1, ')') {
            j = (j.saturating_sub(16)..j - 1).rev().find(|&k| doc.is_punct(k, '('))?;
        }
        at(j, true).map(|i| (i, with_and))
    };
    // One list has one "and", before its last name.
    let (mut listed, mut and) = (Vec::new(), false);
    let mut first = k;
    while !and {
        let Some((i, with_and)) = left(&live[first].0) else { break };
        (first, and) = (i, with_and);
        listed.push(live[i].1);
    }
    let mut last = k;
    while !and {
        let Some((i, with_and)) = right(&live[last].0) else { break };
        (last, and) = (i, with_and);
        listed.push(live[i].1);
    }
    if !and {
        return Vec::new();
    }
    listed.retain(|&e| e != speaker);
    listed.sort_unstable();
    listed.dedup();
    listed
}

/// `pair` runs unclosed to its paragraph's end and `next` is the paragraph
/// that goes on with it.
fn continues_into(pair: &Pair, next: Pair) -> bool {
    !pair.closed && pair.close == next.open
}

/// A statement paragraph left open before the one that names its speaker.
fn statement_opening(doc: &Doc, pair: Pair, speaker: usize) -> Option<Quote> {
    let span = inner_span(doc, pair.open, pair.close)?;
    let text = span.text(doc.text).to_string();
    if text.split_whitespace().count() < 4 {
        return None;
    }
    let sentence = doc.sentence_span(doc.sentence_of.get(pair.open).copied().unwrap_or(0));
    let evidence = Evidence { sentence, rule: "quote/statement-named-after".into(), confidence: 0.6 };
    Some(Quote { speaker, span, text, evidence })
}

/// "Calling it a “landmark deal,” X said": a short quotation a participle
/// opening the sentence characterises something with; the main clause's
/// speaker says it.
fn characterising_participle(doc: &Doc, open: usize) -> bool {
    (open.saturating_sub(4)..open).any(|j| matches!(doc.lower(j), "calling" | "describing" | "dubbing" | "terming"))
}

/// A paragraph that is only a quotation, attributed to no one, right after a
/// paragraph whose last sentence reports what a person said ("X said the
/// main problems were regulatory. ¶ “Our biggest challenge is …”", or with
/// the attribution last: "Sales will double, said chief executive X on a
/// call. ¶ “…”"): that person goes on speaking.
fn reported_paragraph_before(
    doc: &Doc,
    res: &Resources,
    live: &[Live],
    entities: &[Entity],
    pair: Pair,
) -> Option<(usize, usize, &'static str, f32)> {
    let Pair { open, close, closed } = pair;
    let starts_paragraph = doc.tokens.get(open).is_some_and(|t| t.newlines_before > 0);
    let whole_paragraph = !closed || doc.tokens.get(close + 1).is_none_or(|t| t.newlines_before > 0);
    if !starts_paragraph || !whole_paragraph {
        return None;
    }
    let previous = doc.sentences.get(*doc.sentence_of.get(open.checked_sub(1)?)?)?.clone();
    if previous.clone().any(|j| is_mark(doc, j)) {
        return None;
    }
    let (verb, len) = previous.clone().find_map(|j| doc.lookup(&res.speech_verbs, j).map(|(len, _)| (j, len)))?;
    let person = |e: &usize| entities[*e].class == EntityClass::Person;
    let speaker =
        speaker_between(doc, res, live, entities, previous.start, verb, verb).filter(person).or_else(|| {
            // ", said X": the reporting clause after what was reported names its speaker after the verb.
            let inverted = doc.is_punct(verb.checked_sub(1)?, ',');
            inverted.then(|| speaker_after_verb(doc, res, live, entities, verb, len, verb)).flatten().filter(person)
        })?;
    Some((speaker, open, "reported-paragraph-before", 0.55))
}

/// How many words an attribution set off by commas may hold before its verb.
const ASIDE: usize = 6;

/// The speech verb at `verb` attributes its whole sentence from an aside set
/// off by commas: ", Lund argues, but …", ", as Acme puts it, …". A short
/// quotation anywhere in that sentence is the speaker's own words.
fn in_aside(doc: &Doc, res: &Resources, verb: usize) -> bool {
    let len = doc.lookup(&res.speech_verbs, verb).map_or(1, |(len, _)| len);
    let closed = doc.is_punct(verb + len, ',') || doc.is_punct(verb + len, '.');
    let opened = (verb.saturating_sub(ASIDE)..verb)
        .rev()
        .take_while(|&j| !is_mark(doc, j) && doc.tokens[j].newlines_before == 0)
        .any(|j| doc.is_punct(j, ','));
    closed && opened && !is_mark(doc, verb.saturating_sub(1))
}

/// A quotation that is a sentence of its own, with no attribution, right
/// after a sentence of the same paragraph about its speaker: "Omar Lund was
/// upbeat. “We will grow.”", "He is clear about it. “…”". The earlier
/// sentence's subject speaks: a person (or "he" / "she"), or an organisation
/// whose sentence has a speech verb ("Acme denied the report. “…”").
fn subject_of_sentence_before(
    doc: &Doc,
    res: &Resources,
    live: &[Live],
    entities: &[Entity],
    pair: Pair,
) -> Option<(usize, usize, &'static str, f32)> {
    let Pair { open, close, closed } = pair;
    let here = *doc.sentence_of.get(open)?;
    let sentence_alone = doc.sentences.get(here)?.start == open
        && (!closed || doc.sentence_of.get(close + 1).is_none_or(|&s| s != doc.sentence_of[close]));
    let same_paragraph = doc.tokens[open].newlines_before == 0;
    if !sentence_alone || !same_paragraph || here == 0 {
        return None;
    }
    let previous = doc.sentences[here - 1].clone();
    if previous.clone().any(|j| is_mark(doc, j)) || previous.clone().skip(1).any(|j| doc.tokens[j].newlines_before > 0)
    {
        return None;
    }
    let pronoun = doc.lower(previous.start);
    if PERSON_PRONOUNS.contains(&pronoun) {
        let person = person_in_focus(doc, res, live, entities, previous.start, pronoun_gender(pronoun))?;
        return Some((person, open, "subject-of-sentence-before", 0.6));
    }
    let verb = previous
        .clone()
        .find(|&j| doc.lookup(&res.speech_verbs, j).is_some() || ANSWERING_VERBS.contains(&doc.lower(j)));
    let subject = sentence_subject(doc, res, live, entities, verb.unwrap_or(previous.end - 1))?;
    let speaks = entities[subject].class == EntityClass::Person || verb.is_some();
    speaks.then_some((subject, open, "subject-of-sentence-before", 0.6))
}

/// Words after the speech verb of a sentence's last clause, to its end ("at
/// a conference in Rio on Tuesday").
const LAST_CLAUSE_TAIL: usize = 10;

/// "“…,” X said, adding that talks will “bear fruit”", "… the “…”, X told
/// AFP, adding that …": the speaker of the sentence's last quotation before
/// the participle at `participle`, named with the speech verb between its
/// closing mark and the participle, goes on speaking.
fn opening_quote_speaker(
    doc: &Doc,
    res: &Resources,
    live: &[Live],
    entities: &[Entity],
    participle: usize,
) -> Option<usize> {
    let close = (0..participle).rev().find(|&k| is_mark(doc, k))?;
    (close + 1..participle).rev().find_map(|v| {
        let (len, _) = doc.lookup(&res.speech_verbs, v)?;
        person_subject(doc, res, live, entities, v)
            .or_else(|| speaker_after_verb(doc, res, live, entities, v, len, participle))
    })
}

/// "Demand will be “subdued” next year, while sales grow, he said.": the
/// speech verb of the last clause of the sentence holding a quotation, when
/// that clause reports the sentence: a comma, then a name (or "he" / "she",
/// after auxiliaries) and a speech verb, then a few words with no comma to
/// the sentence's end. The quoted words are the speaker's, however short.
fn last_clause_verb(doc: &Doc, res: &Resources, pair: Pair) -> Option<LastClause> {
    let Pair { open, close, closed } = pair;
    let here = *doc.sentence_of.get(close)?;
    if !closed || doc.sentence_of.get(open) != Some(&here) {
        return None;
    }
    let sentence = doc.sentences.get(here)?.clone();
    // The clause starts after a comma, or after the mark a later quotation
    // of the sentence closes with it ("“…” and “…, …,” he said").
    let clause_after = |comma: usize| comma + 1 + usize::from(is_mark(doc, comma + 1));
    let paired = |start: usize| {
        (close + 1..start).filter(|&j| is_mark(doc, j)).count() % 2 == 0
            && !(start..sentence.end).any(|j| is_mark(doc, j))
    };
    // "…, said Matsuda.", "…, said Ada Brun, who joined in May.": the
    // speech verb opens the clause and a name follows it, ending the
    // sentence or set off by a comma.
    let inverted =
        (close + 1..sentence.end).rev().filter(|&j| doc.is_punct(j, ',')).map(clause_after).find_map(|start| {
            let (len, _) = doc.lookup(&res.speech_verbs, start).filter(|_| !doc.word_is(start, Words::TellingVerb))?;
            Some((start, len))
        });
    if let Some((start, len)) = inverted.filter(|&(start, _)| paired(start)) {
        let named = name_after_verb(doc, res, start + len);
        let name_end = (named..sentence.end).find(|&j| !doc.is_capitalized(j)).unwrap_or(named);
        let ends = name_end + 1 == sentence.end || doc.is_punct(name_end, ',');
        if name_end > named && ends {
            return Some(LastClause { verb: start, inverted: Some(len) });
        }
    }
    let comma = (close + 1..sentence.end).rev().find(|&j| doc.is_punct(j, ','))?;
    let start = clause_after(comma);
    if !paired(start) {
        return None;
    }
    let verb = (start + 1..(start + 9).min(sentence.end)).find(|&j| doc.lookup(&res.speech_verbs, j).is_some())?;
    // "…, chief executive X said", "…, Chief Executive Officer Ada Brun
    // said": a job title may stand before the name.
    let mut j = start;
    while j < verb {
        let word = doc.lower(j);
        j += match doc.lookup(&res.titles, j) {
            Some((len, _)) => len,
            None if doc.is_capitalized(j) || PERSON_PRONOUNS.contains(&word) || AUXILIARIES.contains(&word) => 1,
            None => return None,
        };
    }
    (sentence.end - verb <= LAST_CLAUSE_TAIL && j == verb).then_some(LastClause { verb, inverted: None })
}

/// The speech verb `last_clause_verb` found, and when it opens its clause
/// (", said X."), the length of its phrase.
#[derive(Clone, Copy)]
struct LastClause {
    verb: usize,
    inverted: Option<usize>,
}

/// The person reporting a sentence in its last clause, whose speech verb
/// `last_clause_verb` found.
fn reported_by_last_clause(
    doc: &Doc,
    res: &Resources,
    live: &[Live],
    entities: &[Entity],
    clause: Option<LastClause>,
) -> Option<(usize, usize, &'static str, f32)> {
    let LastClause { verb, inverted } = clause?;
    let speaker = match inverted {
        Some(len) => speaker_after_verb(doc, res, live, entities, verb, len, verb)
            .filter(|&e| entities[e].class == EntityClass::Person)?,
        None => person_subject(doc, res, live, entities, verb)?,
    };
    Some((speaker, verb, "reported-by-last-clause", 0.6))
}

/// A quotation that is the whole complement of its verb: "said that “…”",
/// "said: “…”" (short partial quotations count there).
fn introduced(doc: &Doc, open: usize) -> bool {
    open.checked_sub(1).is_some_and(|p| doc.lower(p) == "that" || doc.is_punct(p, ':'))
}

/// A quotation inside the clause its speech verb at `verb` reports, with no
/// punctuation between ("X said he expects them to be “better equipped”",
/// "X said yesterday that AI is “profoundly” changing"): the speaker's own
/// words even when short.
fn in_reported_clause(doc: &Doc, verb: usize, open: usize) -> bool {
    if verb >= open {
        return false;
    }
    // Words inside an earlier quotation of the clause ("to keep its “cost
    // discipline” and reach a “…”") neither count nor break it.
    let mut quoted = false;
    let mut words = 0;
    for j in verb + 1..open {
        if doc.tokens.get(j).is_none_or(|t| t.newlines_before > 0) {
            return false;
        }
        if is_mark(doc, j) {
            quoted = !quoted;
        } else if !quoted {
            if [',', ';', ':', '(', ')', '.'].iter().any(|&c| doc.is_punct(j, c)) {
                return false;
            }
            words += 1;
        }
    }
    !quoted && words < REACH
}

/// A quote that goes on with the last speaker: one opening a sentence right
/// after that speaker's quote in the same paragraph, or a paragraph that is
/// only a quotation right after the paragraph holding that speaker's quote
/// (news prints long statements one paragraph at a time; a speaker named in
/// the new paragraph is found before this is asked).
fn continued(doc: &Doc, last: Option<(usize, usize)>, pair: Pair) -> Option<(usize, usize, &'static str, f32)> {
    let (speaker, prev_close) = last?;
    let Pair { open, close, closed } = pair;
    let sentence = *doc.sentence_of.get(open)?;
    let starts_sentence = doc.sentences.get(sentence)?.start == open;
    let next_sentence = doc.sentence_of.get(prev_close).is_some_and(|&s| s + 1 == sentence);
    let starts_paragraph = doc.tokens.get(open).is_some_and(|t| t.newlines_before > 0);
    if starts_sentence && next_sentence && !starts_paragraph {
        return Some((speaker, open, "continued-quote", 0.6));
    }
    let whole_paragraph = !closed || doc.tokens.get(close + 1).is_none_or(|t| t.newlines_before > 0);
    let previous_paragraph =
        prev_close <= open && (prev_close + 1..open).all(|j| doc.tokens.get(j).is_some_and(|t| t.newlines_before == 0));
    (starts_paragraph && whole_paragraph && previous_paragraph).then_some((speaker, open, "continued-paragraph", 0.6))
}

/// How many sentences of narration may stand between a speaker's quote and
/// the same speaker's next one in a paragraph.
const NARRATION: usize = 2;

/// A quotation that is a sentence of its own, later in the paragraph of the
/// last speaker's quote, after a sentence or two of narration that names no
/// other person and reports no speech: "“…,” said X. The firm has been
/// criticised for copying rivals. “In ten years we will …”". News steps
/// out of a statement to give background and goes back to the same voice.
fn resumed_after_narration(
    doc: &Doc,
    res: &Resources,
    live: &[Live],
    entities: &[Entity],
    last: Option<(usize, usize)>,
    pair: Pair,
) -> Option<(usize, usize, &'static str, f32)> {
    let (speaker, prev_close) = last?;
    let Pair { open, close, closed } = pair;
    let here = *doc.sentence_of.get(open)?;
    let previous = *doc.sentence_of.get(prev_close)?;
    let alone = doc.sentences.get(here)?.start == open
        && (!closed || doc.sentence_of.get(close + 1).is_none_or(|&s| s != here));
    if !alone || here <= previous + 1 || here - previous - 1 > NARRATION {
        return None;
    }
    // The narration: the sentences after the one holding the last quote.
    let between = doc.sentences.get(previous + 1)?.start..open;
    let same_paragraph = (prev_close + 1..=open).all(|j| doc.tokens[j].newlines_before == 0);
    let quiet = quiet_for(doc, res, live, entities, speaker, between);
    (same_paragraph && quiet).then_some((speaker, open, "resumed-after-narration", 0.55))
}

/// Tokens `span` quote nothing, report no speech, and name no person but
/// `speaker` (not even as "he" or "she"): the voice cannot have changed there.
fn quiet_for(
    doc: &Doc,
    res: &Resources,
    live: &[Live],
    entities: &[Entity],
    speaker: usize,
    span: Range<usize>,
) -> bool {
    let a = live.partition_point(|(r, _)| r.start < span.start);
    let b = live.partition_point(|(r, _)| r.start < span.end);
    let no_one_else = live[a..b.max(a)].iter().all(|&(_, e)| e == speaker || entities[e].class != EntityClass::Person);
    no_one_else
        && !span.into_iter().any(|j| {
            is_mark(doc, j) || doc.lookup(&res.speech_verbs, j).is_some() || PERSON_PRONOUNS.contains(&doc.lower(j))
        })
}

/// How many words a quotation taken up without an attribution of its own must hold.
const CLAUSE_WORDS: usize = 4;

/// A quotation inside the sentence right after the last speaker's quote, in
/// the same paragraph, where nothing before it in that sentence names a
/// person, says "he" or "she" or reports speech: "“…,” he said. The Vexa
/// deal “would certainly be a size we look at.”" News goes on quoting the
/// same voice in a sentence of its own words.
fn taken_up_in_next_sentence(
    doc: &Doc,
    res: &Resources,
    live: &[Live],
    entities: &[Entity],
    last: Option<(usize, usize)>,
    pair: Pair,
) -> Option<(usize, usize, &'static str, f32)> {
    let (speaker, prev_close) = last?;
    let here = *doc.sentence_of.get(pair.open)?;
    let next_sentence = doc.sentence_of.get(prev_close).is_some_and(|&s| s + 1 == here);
    let start = doc.sentences.get(here)?.start;
    if !next_sentence || start == pair.open || start <= prev_close {
        return None;
    }
    let same_paragraph = (prev_close + 1..=pair.open).all(|j| doc.tokens[j].newlines_before == 0);
    let quiet = quiet_for(doc, res, live, entities, speaker, start..pair.open);
    // A clause of the speaker's words, not a term set off in quote marks ("the so-called “robot tax”").
    let clause = (pair.open + 1..pair.close).filter(|&j| doc.tokens[j].kind == TokenKind::Word).count() >= CLAUSE_WORDS;
    (same_paragraph && quiet && clause).then_some((speaker, pair.open, "taken-up-in-next-sentence", 0.5))
}

/// A quotation: its opening mark, the mark that closes it, and whether that
/// is a real closing mark (`false`: the quote runs to the end of its
/// paragraph and `close` is the mark that opens the next one).
#[derive(Clone, Copy)]
struct Pair {
    open: usize,
    close: usize,
    closed: bool,
}

/// The quotations of the article, in order. A quote mark that starts a
/// paragraph always opens a quotation; if one was still open, that one ran to
/// the end of its paragraph (the convention for a statement spread over
/// several paragraphs: no closing mark until the last one).
fn pairs(doc: &Doc) -> Vec<Pair> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut single: Option<usize> = None;
    let lines_are_paragraphs = !doc.hard_wrapped;
    for i in 0..doc.len() {
        // Quotation marks are punctuation: a word or a number (most tokens)
        // is asked only whether it opens a paragraph.
        if doc.tokens[i].kind != TokenKind::Punct {
            if new_paragraph(doc, i, lines_are_paragraphs) {
                if let Some(o) = open.take() {
                    out.extend(left_open(doc, o, i));
                }
                single = None;
            }
            continue;
        }
        let starts_paragraph = doc.tokens[i].newlines_before > 0;
        // Against the usual direction, a curly mark reads by its spacing:
        // "is ”very proud,”" opens with a closing mark, and „…“ (German
        // style) closes with an opening one.
        let attached_after = doc.tokens.get(i + 1).is_some_and(|t| !t.space_before && t.newlines_before == 0);
        let attached_before = !doc.tokens[i].space_before && !starts_paragraph;
        // Two curly single marks stand for the double one (‘‘…’’).
        let mark = match doc.word(i) {
            "‘‘" => "“",
            "’’" => "”",
            word => word,
        };
        let (opens, closes) = match mark {
            "“" if open.is_some() && attached_before && !attached_after => (false, true),
            "“" | "„" => (true, false),
            "”" if open.is_none() && !attached_before && attached_after => (true, false),
            "”" => (false, true),
            "\"" | "''" => (open.is_none() || starts_paragraph, open.is_some() && !starts_paragraph),
            _ => {
                if new_paragraph(doc, i, lines_are_paragraphs) {
                    if let Some(o) = open.take() {
                        out.extend(left_open(doc, o, i));
                    }
                    // 'A statement ¶ 'that goes on: in single marks too, a
                    // paragraph opening with a mark ends the one left open.
                    if let Some(s) = single.filter(|_| matches!(doc.word(i), "'" | "‘")) {
                        out.extend(left_open(doc, s, i));
                    }
                    single = None;
                }
                if open.is_none() {
                    single = single_mark(doc, i, single, &mut out);
                }
                continue;
            }
        };
        match open {
            Some(o) if closes => {
                out.push(Pair { open: o, close: i, closed: true });
                open = None;
            }
            Some(o) if opens && starts_paragraph => {
                out.push(Pair { open: o, close: i, closed: false });
                open = Some(i);
            }
            _ if opens => open = Some(i),
            _ => {}
        }
    }
    out.extend(open.and_then(|o| left_open(doc, o, doc.len())));
    out
}

/// Token `i` opens a paragraph: after a blank line, or, in text whose
/// lines are its paragraphs (not wire copy cut to a width), after a line
/// that ended a sentence. A quotation still open there ends with it.
fn new_paragraph(doc: &Doc, i: usize, lines_are_paragraphs: bool) -> bool {
    let line_after_sentence = || {
        i > 0 && ['.', '!', '?'].iter().any(|&c| doc.is_punct(i - 1, c)) && !doc.word(i).starts_with(char::is_lowercase)
    };
    match doc.tokens[i].newlines_before {
        0 => false,
        1 => lines_are_paragraphs && line_after_sentence(),
        _ => true,
    }
}

/// 'Acme's growth is real,' she said: outside double quotes, single marks
/// (straight or curly) pair too. One opens after a space and before a word;
/// one closes after a word or a comma and before a space or punctuation. An
/// apostrophe inside a word ("Acme's", "we've") is no mark, and neither is
/// the one of a plural possessive ("investors' money": after an "s", before
/// a lower-case word). Returns the mark left open.
fn single_mark(doc: &Doc, i: usize, open: Option<usize>, out: &mut Vec<Pair>) -> Option<usize> {
    let mark = doc.word(i);
    if !matches!(mark, "'" | "‘" | "’") {
        return open;
    }
    let token = &doc.tokens[i];
    let attached_before = i > 0 && !token.space_before && token.newlines_before == 0;
    let next = doc.tokens.get(i + 1).filter(|t| t.newlines_before == 0);
    let word_after = next.is_some_and(|t| !t.space_before && t.kind != TokenKind::Punct);
    let possessive = attached_before
        && doc.word(i - 1).ends_with(['s', 'S'])
        && next.is_some_and(|t| t.space_before && t.kind == TokenKind::Word)
        && doc.word(i + 1).starts_with(char::is_lowercase);
    match open {
        Some(o) if mark != "‘" && attached_before && !word_after && !possessive => {
            out.push(Pair { open: o, close: i, closed: true });
            None
        }
        None if mark != "’" && !attached_before && word_after => Some(i),
        _ => open,
    }
}

/// A quotation whose closing mark the text forgot: opened cleanly (a space
/// before the mark, a word right after it) and running to a paragraph's
/// last full sentence at `end`, where no quotation follows ("…, stated:
/// “This deal is good for us.¶"). A stray mark (an inch sign) starts none.
fn left_open(doc: &Doc, open: usize, end: usize) -> Option<Pair> {
    let clean = doc.tokens[open].space_before || doc.tokens[open].newlines_before > 0 || open == 0;
    let attached = doc.tokens.get(open + 1).is_some_and(|t| !t.space_before);
    let last = end.checked_sub(1)?;
    let full_stop = last > open + 1 && ['.', '!', '?'].iter().any(|&c| doc.is_punct(last, c));
    (clean && attached && full_stop).then_some(Pair { open, close: end, closed: false })
}

/// The quoted words between the marks, trimmed of spaces and a final comma.
fn inner_span(doc: &Doc, open: usize, close: usize) -> Option<Span> {
    let start = doc.tokens.get(open)?.span.end;
    let end = doc.tokens.get(close).map_or(doc.text.len(), |t| t.span.start);
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
    open: usize,
    close: usize,
) -> Option<(usize, usize, &'static str, f32)> {
    // "…presence.”Acme also announced": a quotation closed after a full stop with
    // the next sentence glued to its mark (a space the text lost) has no speaker after it.
    let full_stop = close > 0 && ['.', '!', '?'].iter().any(|&c| doc.is_punct(close - 1, c));
    let glued = doc.tokens.get(close + 1).is_some_and(|t| !t.space_before && t.newlines_before == 0);
    if full_stop && glued && doc.is_capitalized(close + 1) {
        return None;
    }
    let limit = (close + REACH).min(doc.len());
    let sentence = attribution_sentence(doc, close).or_else(|| doc.sentence_of.get(close).copied());
    let mut j = close + 1;
    while j < limit
        && !is_mark(doc, j)
        && !ends_clause(doc, res, live, j)
        && doc.sentence_of.get(j).copied() == sentence
    {
        // "“…,” read the press release": a document's text is read, not said.
        let read = || (doc.lower(j) == "read" && statement_at(doc, j + 1).is_some()).then_some(1);
        if let Some(len) = doc.lookup(&res.speech_verbs, j).map(|(len, _)| len).or_else(read) {
            if let Some(s) = speaker_after_verb(doc, res, live, entities, j, len, open) {
                return Some((s, j, "said-speaker-after-quote", 0.9));
            }
            if in_participle_clause(doc, j) {
                let s = sentence_subject(doc, res, live, entities, j)?;
                return Some((s, j, "participle-subject-after-quote", 0.75));
            }
            if !subject_speaks(doc, j) {
                return None;
            }
            let s = named_before_appositive(doc, live, entities, close, j)
                .or_else(|| speaker_between(doc, res, live, entities, close + 1, j, open))?;
            return Some((s, j, "speaker-said-after-quote", 0.85));
        }
        j += 1;
    }
    None
}

/// "“…,” Jane Doe, PhD, an analyst with Acme Bank, wrote": a person named
/// right after the closing mark (or its comma) and set off by a comma is the
/// subject of the speech verb at `verb`; the names in the appositive after it
/// (an employer, a boss, a degree) do not speak.
fn named_before_appositive(doc: &Doc, live: &[Live], entities: &[Entity], close: usize, verb: usize) -> Option<usize> {
    let start = close + 1 + usize::from(doc.is_punct(close + 1, ','));
    let k = live.binary_search_by_key(&start, |(r, _)| r.start).ok()?;
    let (r, e) = &live[k];
    (entities[*e].class == EntityClass::Person && r.end < verb && doc.is_punct(r.end, ',')).then_some(*e)
}

/// Words that may make a sentence of their own after a quotation that ended
/// one: "“… result.” Said Odell." (the speech verb, the speaker, a title).
const ATTRIBUTION_SENTENCE: usize = 8;

/// The short sentence that starts right after the closing mark at `close`
/// when the quotation ended its own sentence: only an attribution can be
/// that short ("“We are ready.” Said Odell.", "“…” Odell said.").
fn attribution_sentence(doc: &Doc, close: usize) -> Option<usize> {
    let here = *doc.sentence_of.get(close)?;
    let next = *doc.sentence_of.get(close + 1)?;
    let sentence = doc.sentences.get(next)?;
    let fits = next == here + 1 && sentence.start == close + 1 && sentence.len() <= ATTRIBUTION_SENTENCE;
    let same_paragraph = doc.tokens[close + 1].newlines_before == 0;
    (fits && same_paragraph).then_some(next)
}

/// A quotation signed the press-release way, a dash and the speaker's name
/// right after its closing mark ("“…,”¶— Jane Doe, CEO of Acme").
fn signed(doc: &Doc, live: &[Live], entities: &[Entity], close: usize) -> Option<(usize, usize, &'static str, f32)> {
    let dash = close + 1;
    if !matches!(doc.word(dash), "—" | "–" | "―") {
        return None;
    }
    let k = live.binary_search_by_key(&(dash + 1), |(r, _)| r.start).ok()?;
    let e = live[k].1;
    (entities[e].class == EntityClass::Person).then_some((e, dash, "signed-after-dash", 0.7))
}

/// "X thanked Y for his “…”, adding: “…”": a speech verb in a participle
/// clause after a comma (or a quotation closed by one) at `verb`.
fn in_participle_clause(doc: &Doc, verb: usize) -> bool {
    let after_comma = |p: usize| doc.is_punct(p, ',') || is_mark(doc, p) && p > 0 && doc.is_punct(p - 1, ',');
    doc.lower(verb).ends_with("ing") && verb.checked_sub(1).is_some_and(after_comma)
}

/// The speaker of a participle clause at `verb`: the sentence's subject
/// (a person within its first words, else the organisation opening it), not
/// the name nearest the verb. None when the subject is no speaker the
/// article knows ("Acme Chairman Lumo Vartanen thanked …" with the name
/// unknown).
fn sentence_subject(doc: &Doc, res: &Resources, live: &[Live], entities: &[Entity], verb: usize) -> Option<usize> {
    let sentence = doc.sentences.get(*doc.sentence_of.get(verb)?)?;
    let k = live.partition_point(|(r, _)| r.start < sentence.start);
    let opening = || {
        live[k..]
            .iter()
            .take_while(|(r, _)| {
                r.start < verb && (opens_subject(doc, res, sentence.start, r.start) || of_title(doc, res, r.start))
            })
            .filter(|(r, _)| !doc.is_possessive(r.end))
    };
    // "Brindle Capital analyst Ada Brun describes …": a job title in lower
    // case, opening the clause, introduces the person too.
    let titled_here = |at: usize| {
        (at.saturating_sub(4)..at).any(|t| {
            doc.lookup(&res.titles, t).is_some_and(|(len, _)| t + len == at)
                && (sentence.start..t).all(|j| {
                    doc.tokens[j].kind == TokenKind::Word
                        && (!doc.is_lower_word(j) || doc.word_is(j, Words::RoleModifier))
                })
        })
    };
    let person = opening().find(|(r, e)| {
        entities[*e].class == EntityClass::Person && (heads_clause(doc, res, r.start) || titled_here(r.start))
    });
    let first = opening().next().filter(|(_, e)| entities[*e].class == EntityClass::Organization);
    // "…, Acme Chairman Lumo Vartanen said …, adding": the titled person.
    let titled = || {
        let (r, _) = first?;
        let name = title_before_name(doc, res, r.end)?;
        let k = live.binary_search_by_key(&name, |(r2, _)| r2.start).ok()?;
        Some(&live[k]).filter(|(_, e)| entities[*e].class == EntityClass::Person)
    };
    let org = || first.filter(|(r, _)| !title_before_unknown_name(doc, res, r.end) && heads_clause(doc, res, r.start));
    // "He pointed out that …, adding that “…”": the person the pronoun
    // opening the sentence stands for.
    let pronoun = || {
        let word = doc.lower(sentence.start);
        let gender = pronoun_gender(word).filter(|_| matches!(word, "he" | "she"))?;
        person_in_focus(doc, res, live, entities, sentence.start, Some(gender))
    };
    // "The company frames its mission as …, stating, “…”", "It cut its
    // forecast, saying …": an unnamed organisation opening the sentence
    // is the one the article is about.
    let org_anaphor = || {
        let start = sentence.start;
        let len = if doc.lower(start) == "it" {
            Some(1).filter(|_| !matches!(doc.lower(start + 1), "is" | "was" | "seems" | "remains"))
        } else {
            org_anaphor_at(doc, res, start).filter(|&len| statement_at(doc, start).is_none() && start + len < verb)
        }?;
        let subject = !doc.is_possessive(start + len) && doc.is_lower_word(start + len) && first.is_none();
        subject.then(|| org_in_focus(doc, live, entities, start)).flatten()
    };
    person.or_else(titled).or_else(org).map(|(_, e)| *e).or_else(pronoun).or_else(org_anaphor)
}

/// A speech verb before the opening mark in its sentence: "X remarked, …",
/// "said X: …"; else a colon after a sentence about a person. A quote that
/// opens a paragraph after one ending in a colon ("X said:") is read with
/// that sentence.
fn before(
    doc: &Doc,
    res: &Resources,
    live: &[Live],
    entities: &[Entity],
    open: usize,
) -> Option<(usize, usize, &'static str, f32)> {
    let colon = open.checked_sub(1).filter(|&p| doc.is_punct(p, ':'));
    let sentence = doc.sentences.get(*doc.sentence_of.get(colon.unwrap_or(open))?)?.clone();
    let from = sentence.start.max(open.saturating_sub(3 * REACH));
    let mut j = open;
    while j > from {
        j -= 1;
        if is_mark(doc, j) {
            // An earlier quotation of the same sentence: the verb before it
            // may introduce this one too ("said the group is “…” and
            // that “…”", "to keep its “…” and reach a “…”").
            match (from..j).rev().find(|&k| is_mark(doc, k)) {
                Some(k) => {
                    j = k;
                    continue;
                }
                None => break,
            }
        }
        if let Some(s) = characterised_by(doc, res, live, entities, j, open) {
            return Some((s, j, "characterised-by", 0.7));
        }
        if let Some((len, _)) = doc.lookup(&res.speech_verbs, j) {
            // "X said the company "will grow"", "He has said Acme …": a
            // person right before the verb speaks; what follows it is the
            // reported clause.
            if let Some(s) = person_subject(doc, res, live, entities, j).filter(|_| subject_speaks(doc, j)) {
                return Some((s, j, "speaker-said-before-quote", 0.8));
            }
            if let Some(s) = speaker_after_verb(doc, res, live, entities, j, len, open).filter(|_| j + len < open) {
                // "X, CEO of Acme, said Zentrix “is our sole supplier”": a
                // name the quotation goes straight on from is the subject of
                // the reported clause; the subject before the verb speaks.
                let reported = live.iter().any(|(r, e)| *e == s && r.end == open) && doc.is_lower_word(open + 1);
                let subject = || {
                    speaker_between(doc, res, live, entities, sentence.start, j, open)
                        .filter(|_| subject_speaks(doc, j))
                };
                if let Some(s) = subject().filter(|_| reported) {
                    return Some((s, j, "speaker-said-before-quote", 0.8));
                }
                return Some((s, j, "said-speaker-before-quote", 0.85));
            }
            if in_participle_clause(doc, j) {
                // A sentence opening with a quotation has its speaker after
                // the verb before the participle ("“…,” added X, pointing
                // out that “…”"); any other with no subject known has none
                // ("Acme Chairman <unknown name> thanked Y for his “…”,
                // adding: “…”" is not Y's).
                // A quotation earlier in the sentence, attributed between its
                // closing mark and the participle, lends its speaker too
                // ("… the “…”, X told AFP, adding that …").
                let subject = sentence_subject(doc, res, live, entities, j)
                    .or_else(|| opening_quote_speaker(doc, res, live, entities, j));
                match subject {
                    Some(s) => return Some((s, j, "participle-subject-before-quote", 0.75)),
                    None if is_mark(doc, sentence.start) => continue,
                    None => return None,
                }
            }
            if let Some(s) =
                speaker_between(doc, res, live, entities, sentence.start, j, open).filter(|_| subject_speaks(doc, j))
            {
                return Some((s, j, "speaker-said-before-quote", 0.8));
            }
        }
    }
    let intro = colon.is_some() || open.checked_sub(1).is_some_and(|p| doc.is_punct(p, ','));
    if intro {
        let s = speaker_between(doc, res, live, entities, sentence.start, open, open)?;
        return Some((s, open, "colon-introduction", 0.6));
    }
    None
}

/// The person who is the subject right before the speech verb at `verb`,
/// auxiliaries between ("X said", "X has also said", "he has said": whom
/// the pronoun stands for).
fn person_subject(doc: &Doc, res: &Resources, live: &[Live], entities: &[Entity], verb: usize) -> Option<usize> {
    let mut end = verb;
    while end > 0 && AUXILIARIES.contains(&doc.lower(end - 1)) {
        end -= 1;
    }
    let pronoun = doc.lower(end.checked_sub(1)?);
    if PERSON_PRONOUNS.contains(&pronoun) {
        if spokesperson_last(doc, live, entities, end - 1) {
            return None;
        }
        return person_in_focus(doc, res, live, entities, end - 1, pronoun_gender(pronoun));
    }
    let k = live.partition_point(|(r, _)| r.start < end).checked_sub(1)?;
    let (r, e) = &live[k];
    (r.end == end && entities[*e].class == EntityClass::Person).then_some(*e)
}

/// "A spokeswoman for Acme said …. She said …": the last human the text
/// spoke of before the pronoun at `pronoun` (in its sentence or the one
/// before) is a spokesperson, no person named after.
fn spokesperson_last(doc: &Doc, live: &[Live], entities: &[Entity], pronoun: usize) -> bool {
    let Some(&here) = doc.sentence_of.get(pronoun) else { return false };
    let from = doc.sentences[here.saturating_sub(1)].start;
    let Some(word) = (from..pronoun).rev().find(|&j| doc.word_is(j, Words::Spokesperson)) else { return false };
    let k = live.partition_point(|(r, _)| r.start <= word);
    !live[k..].iter().take_while(|(r, _)| r.start < pronoun).any(|(_, e)| entities[*e].class == EntityClass::Person)
}

/// A name at `at` that can head its clause: first in it, after a comma, a
/// determiner, a capitalized word or a noun of a kind of organisation
/// ("Italian energy group Acme"), not after a verb whose object it is
/// ("Lumo Vartanen described Acme as …").
fn heads_clause(doc: &Doc, res: &Resources, at: usize) -> bool {
    let Some(p) = at.checked_sub(1) else { return true };
    let nominal =
        |j: usize| doc.is_capitalized(j) || ARTICLES.contains(&doc.lower(j)) || doc.word_is(j, Words::RoleModifier);
    let noun = (p.saturating_sub(3)..=p).any(|j| doc.lookup(&res.org_nouns, j).is_some_and(|(len, _)| j + len == at));
    doc.sentence_of.get(p) != doc.sentence_of.get(at) || doc.tokens[p].kind == TokenKind::Punct || nominal(p) || noun
}

/// The subject of the speech verb at `verb` is the one who speaks: not so
/// for "Reuters quoted X as saying" (X speaks), but again in the passive
/// ("X was quoted as saying"); not so for any other verb in the passive
/// ("it was announced").
fn subject_speaks(doc: &Doc, verb: usize) -> bool {
    let passive =
        verb.checked_sub(1).is_some_and(|p| matches!(doc.lower(p), "was" | "is" | "were" | "been" | "being" | "be"));
    if QUOTING_VERBS.contains(&doc.lower(verb)) {
        return passive;
    }
    // "the deal will be announced “in the coming days”": in the passive the
    // subject is what is said, not who says it.
    !(passive && doc.lower(verb).ends_with("ed"))
}

/// The name or pronoun ending at `at` follows "what" or "which": "what it
/// calls", "which Acme Labs calls".
fn coiner_after_relative(doc: &Doc, live: &[Live], at: usize) -> bool {
    let start = live.binary_search_by_key(&at, |(r, _)| r.end - 1).map_or(at, |k| live[k].0.start);
    start.checked_sub(1).is_some_and(|p| matches!(doc.lower(p), "what" | "which" | "whom"))
}

/// Who "what X calls" names: X itself when the article knows it, else a
/// pronoun's antecedent ("what it called" the company in focus, "what he
/// called" the person in focus).
fn coined_by(doc: &Doc, res: &Resources, live: &[Live], entities: &[Entity], at: usize) -> Option<usize> {
    if let Ok(k) = live.binary_search_by_key(&at, |(r, _)| r.end - 1) {
        return Some(live[k].1);
    }
    match doc.lower(at) {
        "it" => org_in_focus(doc, live, entities, at),
        pronoun @ ("he" | "she") => person_in_focus(doc, res, live, entities, at, pronoun_gender(pronoun)),
        _ => None,
    }
}

/// A person who characterises something with the quote opening at `open`:
/// the person (or "he" / "she") right before the verb at `verb`, the quote
/// at most a few words after it ("as", maybe with an article, right
/// before the quote after "described"). Only people: a company "calling" something names it.
fn characterised_by(
    doc: &Doc,
    res: &Resources,
    live: &[Live],
    entities: &[Entity],
    verb: usize,
    open: usize,
) -> Option<usize> {
    let word = doc.lower(verb);
    // "described it as “…”", "viewed Acme as “key”", "dismissed the
    // reports as “unfounded”": a judgement the subject states, a
    // company's as well as a person's.
    let describes = ["describ", "view", "dismiss"].iter().any(|stem| word.starts_with(stem));
    if !res.is(Words::CharacterisingVerb, word) || open - verb > if describes { REACH } else { 12 } {
        return None;
    }
    // "described it as “…”", "described the deal as a “major milestone”".
    let article = matches!(doc.lower(open - 1), "a" | "an" | "the");
    let as_at = if article { open.saturating_sub(2) } else { open - 1 };
    if describes && doc.lower(as_at) != "as" {
        return None;
    }
    // "X denied it, calling the findings “biased”": a participle clause
    // after a comma characterises for the sentence's subject, a company as
    // well as a person.
    if word.ends_with("ing") {
        let clause = verb.checked_sub(1).is_some_and(|p| doc.is_punct(p, ','));
        return clause.then(|| sentence_subject(doc, res, live, entities, verb)).flatten();
    }
    // "what it calls the “cockpit of the future”", "which Acme Labs calls
    // “…”": the words are the coinage of whoever stands between "what" (or
    // "which") and the verb.
    if let Some(at) = verb.checked_sub(1).filter(|&at| coiner_after_relative(doc, live, at)) {
        return coined_by(doc, res, live, entities, at);
    }
    // "X, an analyst at Acme, described it as …": the subject before the
    // aside speaks, not the employer that ends it.
    if verb >= 1 && doc.is_punct(verb - 1, ',') {
        let subject = sentence_subject(doc, res, live, entities, verb)?;
        return (entities[subject].class == EntityClass::Person).then_some(subject);
    }
    // "X, who called it …": the relative pronoun stands for X.
    let relative = verb >= 2 && doc.lower(verb - 1) == "who" && doc.is_punct(verb - 2, ',');
    let subject_end = if relative { verb - 2 } else { verb };
    let k = live.partition_point(|(r, _)| r.end < subject_end);
    let named = live.get(k).filter(|(r, _)| r.end == subject_end).map(|(_, e)| *e);
    let person = named.or_else(|| {
        let pronoun = doc.lower(verb.checked_sub(1)?);
        pronoun_gender(pronoun)
            .filter(|_| matches!(pronoun, "he" | "she"))
            .map(|g| (g, verb - 1))
            .and_then(|(g, at)| person_in_focus(doc, res, live, entities, at, Some(g)))
    });
    // "it viewed Acme as “key”", "a company statement dismissed the
    // reports as “…”": the organisation the text is about.
    let sentence_start = doc.sentences.get(*doc.sentence_of.get(verb)?)?.start;
    let org = || {
        org_subject_before_verb(doc, res, sentence_start, verb)
            .filter(|_| describes && named.is_none())
            .and_then(|_| org_in_focus(doc, live, entities, verb))
    };
    let speaker = person.or_else(org)?;
    let company = describes && entities[speaker].class == EntityClass::Organization;
    (entities[speaker].class == EntityClass::Person || company).then_some(speaker)
}

/// How many sentences back a pronoun looks for the person who is the topic.
const PRONOUN_REACH: usize = 3;

/// Whom "he" / "she" before token `before` stands for: the topic of the
/// nearest sentence naming a person, when its gender fits, else the last
/// person named. A sentence's topic is the person it quotes or reports
/// ("…, said X", "X said …"), else its subject: the first person named, at
/// its start or right after an opening clause ("While …, X suggested …"),
/// not a possessive ("X's company"), nor a name inside a quotation. A
/// sentence that names people only in the possessive or in a quotation is
/// passed over.
fn person_in_focus(
    doc: &Doc,
    res: &Resources,
    live: &[Live],
    entities: &[Entity],
    before: usize,
    gender: Option<Gender>,
) -> Option<usize> {
    let here = *doc.sentence_of.get(before.min(doc.len().saturating_sub(1)))?;
    let is_person = |e: usize| entities[e].class == EntityClass::Person;
    for s in (here.saturating_sub(PRONOUN_REACH)..=here).rev() {
        let Some(sentence) = doc.sentences.get(s) else { continue };
        let a = live.partition_point(|(r, _)| r.start < sentence.start);
        let b = live.partition_point(|(r, _)| r.start < sentence.end.min(before));
        // A name inside a quotation ("“Ada will lead us,” he said") is
        // no topic of the narration.
        let people =
            || live[a..b.max(a)].iter().filter(|(r, e)| is_person(*e) && !quoted(doc, sentence.start, r.start));
        if people().all(|(r, _)| doc.is_possessive(r.end)) {
            continue;
        }
        let speaker = people().find(|(r, _)| reported_speaker(doc, res, r));
        let subject = || {
            people()
                .next()
                .filter(|(r, _)| !doc.is_possessive(r.end) && opens_subject(doc, res, sentence.start, r.start))
        };
        match speaker.or_else(subject) {
            Some((_, e)) if pronoun_fits(doc, res, live, entities, *e, gender) => return Some(*e),
            _ => break,
        }
    }
    person_before(doc, res, live, entities, before, gender)
}

/// A mention at `r` that a speech verb attributes words to: right before
/// the verb ("X said") or right after it ("said chairman X").
fn reported_speaker(doc: &Doc, res: &Resources, r: &Range<usize>) -> bool {
    let verb_after = doc.lookup(&res.speech_verbs, r.end).is_some() && !doc.is_possessive(r.end);
    verb_after
        || (r.start.saturating_sub(6)..r.start).any(|j| {
            doc.lookup(&res.speech_verbs, j).is_some_and(|(len, _)| name_after_verb(doc, res, j + len) == r.start)
        })
}

/// A mention starting at `at` is its sentence's subject: within the first
/// words, or right after the comma of an opening clause (an honorific may
/// come between: "…, Mr Lindqvist said").
/// The name at `at` ends a job title ("the mayor of Tarvo", "the chief
/// executive of Acme"): still the subject's phrase, whose holder may follow
/// ("…, Ada Kovac, said").
fn of_title(doc: &Doc, res: &Resources, at: usize) -> bool {
    let Some(of) = at.checked_sub(1).filter(|&j| doc.lower(j) == "of") else { return false };
    (of.saturating_sub(3)..of).any(|t| doc.lookup(&res.titles, t).is_some_and(|(len, _)| t + len == of))
}

fn opens_subject(doc: &Doc, res: &Resources, sentence_start: usize, at: usize) -> bool {
    let at = (at.saturating_sub(2)..at).find(|&j| after_honorific(doc, res, j) == Some(at)).unwrap_or(at);
    // The honorific may close the sentence before ("…Dr.\n\nX said"): X opens this one.
    at.saturating_sub(sentence_start) <= 5 || at.checked_sub(1).is_some_and(|p| doc.is_punct(p, ','))
}

/// "the 41-year-old", "the 64-year-old chief executive": news names a
/// speaker just introduced by age, alone or with a job title, as it would by
/// a pronoun. Returns the token after those words.
fn aged_speaker(doc: &Doc, res: &Resources, at: usize) -> Option<usize> {
    if doc.lower(at) != "the" || !doc.is_age(at + 1) {
        return None;
    }
    let after = at + 6;
    Some(doc.lookup(&res.titles, after).map_or(after, |(len, _)| after + len))
}

/// The person or organisation named right after the speech verb at `verb`
/// (`len` tokens): "said X", the person when a title joins them ("said ASML
/// chief executive X"), the organisation meant by "said the company".
fn speaker_after_verb(
    doc: &Doc,
    res: &Resources,
    live: &[Live],
    entities: &[Entity],
    verb: usize,
    len: usize,
    quote_open: usize,
) -> Option<usize> {
    if doc.word_is(verb, Words::TellingVerb) {
        return None;
    }
    let at = verb + len;
    if let Some(author) = statement_author(doc, res, live, entities, at) {
        return Some(author);
    }
    // "said the group was pursuing deals": a verb after "the group" makes it
    // the subject of the reported clause, not the speaker.
    let anaphor = org_anaphor_at(doc, res, at)
        .filter(|len| !doc.is_possessive(at + len) && !FINITE_AUXILIARIES.contains(&doc.lower(at + len)));
    let issuer =
        || statement_issuer(doc, res, live, entities, quote_open.min(at)).filter(|_| statement_at(doc, at).is_some());
    let described = || described_org(doc, live, entities, at);
    if let Some(org) = anaphor
        .and_then(|_| issuer().or_else(described).or_else(|| org_in_focus(doc, live, entities, quote_open.min(at))))
    {
        return Some(org);
    }
    if aged_speaker(doc, res, at).is_some() {
        return person_in_focus(doc, res, live, entities, quote_open.min(at), None);
    }
    let named = name_after_verb(doc, res, at);
    if named != at {
        let k = live.binary_search_by_key(&named, |(r, _)| r.start);
        if let Some((_, e)) = k.ok().map(|k| &live[k]).filter(|(_, e)| entities[*e].class == EntityClass::Person) {
            return Some(*e);
        }
    }
    if let Some(person) = described_person_after(doc, live, entities, at) {
        return Some(person);
    }
    if let Some(person) = titled_person_after(doc, res, live, entities, at) {
        return Some(person);
    }
    if let Some(person) = title_holder_after(doc, res, live, entities, at) {
        return Some(person);
    }
    let at = if matches!(doc.lower(at), "the" | "a" | "an") { at + 1 } else { at };
    let at = after_honorific(doc, res, at).unwrap_or(at);
    let k = live.binary_search_by_key(&at, |(r, _)| r.start).ok()?;
    let (r, e) = &live[k];
    // "said Acme's president": a holder of Acme's title speaks, not Acme;
    // the person named after it ("said Acme's executive chairman, X").
    let title_after_possessive = doc.is_possessive(r.end)
        && doc.lookup(&res.titles, r.end + 1).is_some()
        && !doc.word_is(r.end + 1, Words::Spokesperson);
    if title_after_possessive {
        return person_after_title(doc, res, live, entities, r.end + 1);
    }
    if entities[*e].class == EntityClass::Organization {
        // "said Acme CEO X", "said Acme vice chairman and chief executive
        // officer (CEO) X": the person the title introduces speaks.
        let title_follows = doc.word_is(r.end, Words::RoleModifier) || doc.lookup(&res.titles, r.end).is_some();
        // "According to Acme, X discussed": a comma closes the source.
        let titled = live.get(k + 1).filter(|(r2, e2)| {
            entities[*e2].class == EntityClass::Person
                && !doc.is_punct(r.end, ',')
                && (r.end..r2.start).all(|j| !doc.is_punct(j, '.') && !is_mark(doc, j))
                && (r2.start - r.end <= 4
                    || title_follows && r2.start - r.end <= 9 && (r.end..r2.start).all(|j| !doc.is_punct(j, ','))
                    // "said Acme Chair, President and CEO X": capitalized titles stacked.
                    || title_before_name(doc, res, r.end) == Some(r2.start))
        });
        if let Some((_, p)) = titled {
            return Some(*p);
        }
        // "said the Acme VP": the person the article gave that title before.
        if let Some(p) =
            doc.lookup(&res.titles, r.end).and_then(|(len, _)| title_holder(doc, live, entities, r.end, len))
        {
            return Some(p);
        }
        if title_before_unknown_name(doc, res, r.end) {
            return None;
        }
    }
    is_speaker(entities, *e).then_some(*e)
}

/// The person named right after the job title at `title`, a comma between
/// allowed ("Acme's executive chairman, X").
fn person_after_title(doc: &Doc, res: &Resources, live: &[Live], entities: &[Entity], title: usize) -> Option<usize> {
    let (len, _) = doc.lookup(&res.titles, title)?;
    let at = title + len;
    let at = at + usize::from(doc.is_punct(at, ','));
    let k = live.binary_search_by_key(&at, |(r, _)| r.start).ok()?;
    let e = live[k].1;
    (entities[e].class == EntityClass::Person).then_some(e)
}

/// "said the President", "said the chief executive": the person the article
/// named with that title before ("President Lumo Vartanen").
fn title_holder_after(doc: &Doc, res: &Resources, live: &[Live], entities: &[Entity], at: usize) -> Option<usize> {
    if doc.lower(at) != "the" {
        return None;
    }
    let (len, _) = doc.lookup(&res.titles, at + 1)?;
    let named_after = doc.is_capitalized(at + 1 + len) && !doc.joined(at + 1 + len);
    (!named_after).then(|| title_holder(doc, live, entities, at + 1, len)).flatten()
}

/// "…,” the chief executive said", "The minister added that …": a job
/// title alone (after "the" and role words) as the subject right before the
/// verb at `verb`, no name after it: the person the article gave that title.
fn title_subject(
    doc: &Doc,
    res: &Resources,
    live: &[Live],
    entities: &[Entity],
    from: usize,
    verb: usize,
) -> Option<usize> {
    let mut end = verb;
    while end > from && AUXILIARIES.contains(&doc.lower(end - 1)) {
        end -= 1;
    }
    let the = (end.saturating_sub(8).max(from)..end).find(|&j| doc.lower(j) == "the")?;
    let mut title = the + 1;
    // "the Acme co-founder and CEO added": the organisation owning the titles.
    if let Ok(k) = live.binary_search_by_key(&title, |(r, _)| r.start) {
        let (r, e) = &live[k];
        if entities[*e].class == EntityClass::Organization {
            title = r.end + usize::from(doc.is_possessive(r.end));
        }
    }
    // Stacked titles ("co-founder and CEO"): the last one is looked up.
    loop {
        // "co-founder" is a title of its own; "co" alone modifies one.
        while doc.lookup(&res.titles, title).is_none()
            && (doc.word_is(title, Words::RoleModifier) || doc.is_punct(title, '-'))
        {
            title += 1;
        }
        let (len, _) = doc.lookup(&res.titles, title)?;
        if title + len == end {
            return title_holder(doc, live, entities, title, len);
        }
        if !matches!(doc.lower(title + len), "and" | "&") {
            return None;
        }
        title += len + 1;
    }
}

/// The last person before the title at `title..title + len` whom the
/// article gave the same title: right before the name ("CEO Petra Sund"),
/// or in a few words after it ("Petra Sund, the CEO of Acme", "named Petra
/// Sund as CEO").
fn title_holder(doc: &Doc, live: &[Live], entities: &[Entity], title: usize, len: usize) -> Option<usize> {
    let words: Vec<&str> = (title..title + len).map(|j| doc.lower(j)).collect();
    let titled_at = |at: usize| (0..len).all(|n| doc.lower(at + n) == words[n]);
    let after = |r: &Range<usize>| {
        (r.end..(r.end + TITLED_GAP).min(title))
            .take_while(|&j| !doc.is_punct(j, '.') && !is_mark(doc, j))
            .any(titled_at)
    };
    live.iter()
        .take_while(|(r, _)| r.start < title)
        .filter(|(r, e)| {
            entities[*e].class == EntityClass::Person && (r.start >= len && titled_at(r.start - len) || after(r))
        })
        .map(|(_, e)| *e)
        .last()
}

/// "said Acme board member Lumo Vartanen" where the name is no person the
/// article knows: a job title at `at` (role words before it allowed) with
/// a capitalized word after it. The organisation before the title only
/// says whose title it is; it does not speak.
fn title_before_unknown_name(doc: &Doc, res: &Resources, at: usize) -> bool {
    let mut j = at;
    while doc.word_is(j, Words::RoleModifier) {
        j += 1;
    }
    doc.lookup(&res.titles, j).is_some_and(|(len, _)| doc.is_capitalized(j + len) && !doc.joined(j + len))
}

/// "said a rather emotional Jane Doe": a person named after a determiner
/// and a few lower-case words that describe her.
fn described_person_after(doc: &Doc, live: &[Live], entities: &[Entity], at: usize) -> Option<usize> {
    if !matches!(doc.lower(at), "a" | "an" | "the") {
        return None;
    }
    let lower = |j: usize| doc.is_lower_word(j);
    let named = (at + 2..at + 5).find(|&j| !lower(j))?;
    if !(at + 1..named).all(lower) {
        return None;
    }
    let k = live.binary_search_by_key(&named, |(r, _)| r.start).ok()?;
    let e = live[k].1;
    (entities[e].class == EntityClass::Person).then_some(e)
}

/// How many words a job title and what describes it may take between a
/// speech verb and the person it introduces.
const TITLED_GAP: usize = 8;

/// "said Lyon mining consultant X", "said chairman and top shareholder X",
/// "said Acme board member X", "said Chairman of Acme Group X": the first
/// person named within a few words after the speech verb ending at `at`,
/// when only words (no punctuation, no preposition or verb of a clause, but
/// the "of" between a title and a name) stand between and a job
/// title is among them.
fn titled_person_after(doc: &Doc, res: &Resources, live: &[Live], entities: &[Entity], at: usize) -> Option<usize> {
    let from = if ARTICLES.contains(&doc.lower(at)) { at + 1 } else { at };
    let k = live.partition_point(|(r, _)| r.start < from);
    let (r, e) = live[k..]
        .iter()
        .take_while(|(r, _)| r.start <= from + TITLED_GAP)
        .find(|(_, e)| entities[*e].class == EntityClass::Person)?;
    let title_ends_at = |j: usize| (from..j).any(|t| doc.lookup(&res.titles, t).is_some_and(|(len, _)| t + len == j));
    let word = |j: usize| {
        doc.tokens[j].kind == TokenKind::Word
            && (!FIELD_STOPS.contains(&doc.lower(j))
                || doc.lower(j) == "of" && title_ends_at(j) && doc.is_capitalized(j + 1))
            && doc.lookup(&res.speech_verbs, j).is_none()
    };
    let titled = (from..r.start).any(|j| doc.lookup(&res.titles, j).is_some());
    (r.start > from && titled && (from..r.start).all(word)).then_some(*e)
}

/// Where a person's name would start after a speech verb ending at `at`,
/// past a job title and an honorific ("said chairman X", "said the former
/// chief executive Dr X"); `at` itself when no title is there.
fn name_after_verb(doc: &Doc, res: &Resources, at: usize) -> usize {
    let mut j = if matches!(doc.lower(at), "the" | "a" | "an" | "its" | "his" | "her") { at + 1 } else { at };
    while doc.word_is(j, Words::RoleModifier) {
        j += 1;
    }
    let Some((len, _)) = doc.lookup(&res.titles, j) else { return at };
    let j = j + len;
    after_honorific(doc, res, j).unwrap_or(j)
}

/// The speaker named between `from..to`: the nearest person, else a pronoun
/// (the last person named before the quote opening at `quote_open`), else the
/// nearest organisation, else "the company" / "it" right before the verb (the
/// organisation the text is about).
#[allow(clippy::too_many_arguments)]
fn speaker_between(
    doc: &Doc,
    res: &Resources,
    live: &[Live],
    entities: &[Entity],
    from: usize,
    to: usize,
    quote_open: usize,
) -> Option<usize> {
    if let Some(person) = title_subject(doc, res, live, entities, from, to) {
        return Some(person);
    }
    let inside: Vec<&Live> = super::relations::within(live, from, to).iter().collect();
    if let Some(person) = appositive_speaker(doc, res, entities, &inside, to) {
        return Some(person);
    }
    if let Some((_, e)) = inside.last().filter(|(r, e)| r.end == to && is_speaker(entities, *e)) {
        return Some(*e);
    }
    if let Some(org) = spokesperson_for(doc, entities, &inside) {
        return Some(org);
    }
    // "X's government warned": a person named as a possessor does not speak;
    // nor does one named in a relative clause ("X, who had never met Y, also
    // wrote:").
    let person = inside.iter().rev().find(|(r, e)| {
        entities[*e].class == EntityClass::Person
            && !doc.is_possessive(r.end)
            && !in_relative_clause(doc, from, r.start)
    });
    if let Some((_, e)) = person {
        return Some(*e);
    }
    let anchor = to.min(quote_open);
    if let Some(pronoun) = (from..to).find(|&j| matches!(doc.lower(j), "he" | "she")) {
        return person_in_focus(doc, res, live, entities, anchor, pronoun_gender(doc.lower(pronoun)));
    }
    if (from..to).any(|j| aged_speaker(doc, res, j) == Some(to)) {
        return person_in_focus(doc, res, live, entities, anchor, None);
    }
    // "it", "the company" or "the statement" as the speech verb's subject.
    let subject_anaphor = org_subject_before_verb(doc, res, from, to);
    // "Acme will fund its unit Beta as it vows to …": "it" stands for the
    // sentence's subject, not the company named last.
    let it_subject = || {
        let it = subject_anaphor.filter(|_| inside.last().is_none_or(|(r, _)| r.end < to));
        it.and_then(|_| sentence_subject(doc, res, live, entities, to))
            .filter(|&e| entities[e].class == EntityClass::Organization)
    };
    let org = || inside.iter().rev().find(|(_, e)| entities[*e].class == EntityClass::Organization).map(|(_, e)| *e);
    // "the US-based firm said": the firm described so before.
    let described = || subject_anaphor.and_then(|start| described_org(doc, live, entities, start));
    described()
        .or_else(it_subject)
        .or_else(org)
        .or_else(|| spokesperson_named_before(doc, live, entities, from, to))
        .or_else(|| {
            // "“…,” the statement said": a news outlet the text cites is
            // never who issued a company's statement.
            let start = subject_anaphor?;
            let statement = statement_at(doc, start).is_some();
            let issuer = || statement_issuer(doc, res, live, entities, anchor).filter(|_| statement);
            issuer().or_else(|| {
                org_in_focus_except(doc, live, entities, anchor, |e| statement && news_outlet(doc, live, e))
            })
        })
}

/// The token at `at` is in a relative clause set off by commas: the last comma
/// after `from` before it opens "who", "whom", "whose" or "which".
fn in_relative_clause(doc: &Doc, from: usize, at: usize) -> bool {
    (from..at)
        .rev()
        .find(|&j| doc.is_punct(j, ','))
        .is_some_and(|c| matches!(doc.lower(c + 1), "who" | "whom" | "whose" | "which"))
}

/// The organisation `e` is a news outlet: one of its mentions has a noun of
/// an outlet's kind right before it ("the Spanish daily, X", "news agency
/// X") or after it ("the X newspaper").
fn news_outlet(doc: &Doc, live: &[Live], e: usize) -> bool {
    let outlet_noun =
        |j: usize| doc.is_lower_word(j) && (doc.word_is(j, Words::OutletNoun) || doc.word_is(j, Words::MediaHead));
    live.iter().filter(|(_, x)| *x == e).any(|(r, _)| {
        let before = r.start.checked_sub(1).and_then(|p| if doc.is_punct(p, ',') { p.checked_sub(1) } else { Some(p) });
        let after = doc.word_is(r.end, Words::OutletNoun) && !doc.lower(r.end).ends_with("ly");
        before.is_some_and(outlet_noun) || doc.is_lower_word(r.end) && after
    })
}

/// "a spokesperson for Acme, a firm owned by X, told", "an Acme spokesman,
/// who declined to be named by X, said": the organisation of the first name
/// in a speaker's words `inside` when it is a spokesperson's ("for", "at" or
/// "of" it, or written before the noun) and no person comes before it. A
/// person named in an aside after it does not speak; one right after it or
/// its comma is the spokesperson ("a spokesperson for Acme, Jane Doe, said",
/// "Acme spokeswoman Jane Doe said").
fn spokesperson_for(doc: &Doc, entities: &[Entity], inside: &[&Live]) -> Option<usize> {
    let (at, (range, org)) = inside.iter().enumerate().find(|(_, (_, e))| entities[*e].class != EntityClass::Place)?;
    let written_before = doc.word_is(range.end, Words::Spokesperson);
    let after_noun = range.start >= 2
        && matches!(doc.lower(range.start - 1), "for" | "at" | "of")
        && doc.word_is(range.start - 2, Words::Spokesperson);
    if entities[*org].class != EntityClass::Organization || !(written_before || after_noun) {
        return None;
    }
    let aside = range.end + usize::from(written_before);
    let named = inside.get(at + 1).is_some_and(|(r, e)| {
        entities[*e].class == EntityClass::Person
            && (r.start == aside || r.start == aside + 1 && doc.is_punct(aside, ','))
    });
    (!named).then_some(*org)
}

/// "X, head of ventures at Acme said": the organisation right before the verb
/// ends the person's appositive (a comma after the person, then lower-case
/// words ending in "at" or "of"); the person speaks, not the employer.
fn appositive_speaker(doc: &Doc, res: &Resources, entities: &[Entity], inside: &[&Live], verb: usize) -> Option<usize> {
    let [.., (person, p), (org, o)] = inside else { return None };
    // "X, CEO of Acme said": a title may be capitalized.
    let mut j = person.end + 1;
    while j + 1 < org.start {
        match doc.lookup(&res.titles, j) {
            Some((len, _)) => j += len,
            None if doc.is_lower_word(j) => j += 1,
            None => return None,
        }
    }
    let appositive = doc.is_punct(person.end, ',')
        && org.start >= person.end + 3
        && matches!(doc.lower(org.start - 1), "at" | "of")
        && j == org.start - 1;
    let fits =
        org.end == verb && entities[*o].class == EntityClass::Organization && entities[*p].class == EntityClass::Person;
    (appositive && fits).then_some(*p)
}

/// "the company" or "it" as the subject of the speech verb at `verb`,
/// starting its clause (after `from`, punctuation or a conjunction).
fn org_subject_before_verb(doc: &Doc, res: &Resources, from: usize, verb: usize) -> Option<usize> {
    let mut end = verb;
    while end > from && (BEFORE_VERB.contains(&doc.lower(end - 1)) || manner_adverb(doc, end - 1)) {
        end -= 1;
    }
    let start = if end > from && doc.lower(end - 1) == "it" {
        end - 1
    } else {
        (end.saturating_sub(ANAPHOR_REACH).max(from)..end)
            .find(|&j| org_anaphor_at(doc, res, j).is_some_and(|len| j + len == end))?
    };
    let opens_clause = start == from
        || start.checked_sub(1).is_some_and(|p| {
            matches!(doc.lower(p), "but" | "and" | "so" | "as" | "while" | "because" | "although" | "though")
                || is_mark(doc, p)
                || doc.is_punct(p, ',')
        });
    opens_clause.then_some(start)
}

/// An adverb in "-ly" between a subject and its speech verb ("the bank
/// reportedly said", "the company separately said").
fn manner_adverb(doc: &Doc, j: usize) -> bool {
    let word = doc.word(j);
    doc.is_lower_word(j) && word.len() >= 6 && word.ends_with("ly")
}

/// "the company" / "the startup" (an organisation noun after "the") at `at`:
/// its length in tokens. So is a document the organisation speaks through:
/// "the statement", "a company statement", "its press release".
fn org_anaphor_at(doc: &Doc, res: &Resources, at: usize) -> Option<usize> {
    if let Some(len) = statement_at(doc, at) {
        return Some(len);
    }
    if doc.lower(at) != "the" {
        return None;
    }
    let noun = at + 1 + describer_len(doc, at + 1);
    doc.lookup(&res.org_nouns, noun).map(|(len, _)| noun + len - at)
}

/// Words that say where the organisation of "the … company" is or what
/// country it is from, at `at`: "Lisbon-based", "San Francisco-based",
/// "Portuguese". Their length in tokens (none: 0).
fn describer_len(doc: &Doc, at: usize) -> usize {
    if doc.is_demonym(at) {
        return 1;
    }
    let mut j = at;
    while j < at + 3 && doc.is_capitalized(j) {
        j += 1;
    }
    let based = j > at && doc.based_at(j) && doc.joined(j + 1);
    if based {
        j + 2 - at
    } else {
        0
    }
}

/// "the US-based firm" at `at`: the organisation the text describes with the
/// same place before ("US-based Zentrix", "the US-based games maker
/// Zentrix"), which need not be the one in focus.
fn described_org(doc: &Doc, live: &[Live], entities: &[Entity], at: usize) -> Option<usize> {
    let len = describer_len(doc, at + 1);
    if len < 3 {
        return None;
    }
    let describer = at + 1..at + 1 + len;
    let same = |j: usize| describer.clone().enumerate().all(|(k, d)| doc.lower(j + k) == doc.lower(d));
    (0..at).filter(|&j| same(j)).find_map(|j| {
        let after = j + len;
        live.iter()
            .find(|(r, e)| r.start >= after && r.start <= after + 5 && entities[*e].class == EntityClass::Organization)
            .map(|(_, e)| *e)
    })
}

/// "“…,” the statement said" after "X said in a statement": the statement
/// is X's. The speaker of the nearest "said in a statement" (or "… in a
/// press release") in this sentence or the two before `before`, when it is
/// named right before its verb.
fn statement_issuer(doc: &Doc, res: &Resources, live: &[Live], entities: &[Entity], before: usize) -> Option<usize> {
    let s = *doc.sentence_of.get(before)?;
    let from = doc.sentences[s.saturating_sub(2)].start;
    let verb = (from + 1..before).rev().find(|&j| {
        doc.lower(j) == "in" && statement_at(doc, j + 1).is_some() && doc.lookup(&res.speech_verbs, j - 1).is_some()
    })? - 1;
    let (_, e) = live.iter().find(|(r, _)| r.end == verb)?;
    is_speaker(entities, *e).then_some(*e)
}

/// "the joint statement from X", "a statement by X" at `at`: the person or
/// organisation named after "from" or "by" (past a job title) wrote it.
fn statement_author(doc: &Doc, res: &Resources, live: &[Live], entities: &[Entity], at: usize) -> Option<usize> {
    let by = at + statement_at(doc, at)?;
    if !matches!(doc.lower(by), "from" | "by") {
        return None;
    }
    let named = name_after_verb(doc, res, by + 1);
    let k = live.binary_search_by_key(&named, |(r, _)| r.start).ok()?;
    let e = live[k].1;
    is_speaker(entities, e).then_some(e)
}

/// "the statement", "a company statement", "its press release" at `at`: its
/// length in tokens.
fn statement_at(doc: &Doc, at: usize) -> Option<usize> {
    if !matches!(doc.lower(at), "the" | "a" | "its" | "their") {
        return None;
    }
    let modifier = matches!(doc.lower(at + 1), "company" | "press" | "joint" | "official" | "written" | "brief");
    let noun = at + 1 + usize::from(modifier);
    doc.word_is(noun, Words::StatementNoun).then_some(noun + 1 - at)
}

/// How many tokens "the company" may take before its speech verb ("the San
/// Francisco-based company said").
const ANAPHOR_REACH: usize = 8;

/// How many sentences back "the company" may look for the organisation it means.
const FOCUS_REACH: usize = 8;

/// The organisation the text is about at token `before`: the nearest
/// sentence (this one or up to `FOCUS_REACH` before) whose subject is an
/// organisation. The subject is the first organisation outside a quotation
/// and after no preposition that opens the sentence or follows a comma or a
/// closing quote mark ("Zentrix Labs said …", "Lyon-based Zentrix …", "“…,”
/// Zentrix said", "Highlighting its deal with Brindle, Zentrix noted …");
/// else the sentence's first named entity, a place passed over, when it is
/// an organisation within the first words ("In May, Zentrix Labs's team …",
/// "Shares in Zentrix rose").
fn org_in_focus(doc: &Doc, live: &[Live], entities: &[Entity], before: usize) -> Option<usize> {
    org_in_focus_except(doc, live, entities, before, |_| false)
}

/// `org_in_focus`, passing over the organisations `except` rules out.
fn org_in_focus_except(
    doc: &Doc,
    live: &[Live],
    entities: &[Entity],
    before: usize,
    except: impl Fn(usize) -> bool,
) -> Option<usize> {
    let here = *doc.sentence_of.get(before.min(doc.len().saturating_sub(1)))?;
    (here.saturating_sub(FOCUS_REACH)..=here).rev().find_map(|s| {
        let sentence = doc.sentences.get(s)?;
        let k = live.partition_point(|(r, _)| r.start < sentence.start);
        let named = || {
            live[k..].iter().take_while(|(r, _)| r.start < sentence.end.min(before)).filter(|(r, e)| {
                entities[*e].class != EntityClass::Place && !quoted(doc, sentence.start, r.start) && !except(*e)
            })
        };
        let is_org = |e: usize| entities[e].class == EntityClass::Organization;
        let subject = named().find(|(r, e)| {
            is_org(*e) && opens_clause_as_subject(doc, sentence.start, r.start) && !inside_list(doc, live, r)
        });
        // "He has also worked for Acme": a person opens the sentence.
        let pronoun = PERSON_PRONOUNS.contains(&doc.lower(sentence.start));
        let first = || named().next().filter(|(r, e)| r.start - sentence.start <= 5 && is_org(*e) && !pronoun);
        subject.or_else(first).map(|(_, e)| *e)
    })
}

/// A name at `at` stands where a clause's subject does: within the first
/// words of its sentence (from `start`) or after a comma or a closing quote
/// mark, and not after a preposition ("with Brindle").
fn opens_clause_as_subject(doc: &Doc, start: usize, at: usize) -> bool {
    let Some(p) = at.checked_sub(1).filter(|&p| p >= start) else { return true };
    let after_break = doc.is_punct(p, ',') || is_mark(doc, p) && p > start;
    !PLACE_PREPOSITIONS.contains(&doc.lower(p)) && (at - start <= 5 || after_break)
}

/// "worked for Naturkraft, Alliance Gas and Statoil": the name at `r`
/// stands between a list's commas (a name ends right before the comma before
/// it, and ", " or "and" then another name follow it), a member of the
/// list, not the subject of a clause that the comma opens.
fn inside_list(doc: &Doc, live: &[Live], r: &std::ops::Range<usize>) -> bool {
    let Some(comma) = r.start.checked_sub(1).filter(|&c| doc.is_punct(c, ',')) else { return false };
    let k = live.partition_point(|(q, _)| q.start < r.start);
    let member_before = k > 0 && live[k - 1].0.end == comma;
    let next = live.get(k + 1).map(|(q, _)| q.start);
    let goes_on = (doc.is_punct(r.end, ',') || matches!(doc.lower(r.end), "and" | "or"))
        && next.is_some_and(|n| n > r.end && n <= r.end + 2);
    member_before && goes_on
}

/// Token `at` stands inside a quotation opened in its sentence (from
/// `start`): an odd number of quote marks before it.
fn quoted(doc: &Doc, start: usize, at: usize) -> bool {
    (start..at).filter(|&j| is_mark(doc, j)).count() % 2 == 1
}

/// The author of the document a quote is taken from: "according to a
/// Zentrix blog post by chief executive Mara Okafor" (the person, after
/// "by" within a few words of the verb at `verb`).
fn author_after(doc: &Doc, live: &[Live], entities: &[Entity], close: usize, verb: usize) -> Option<usize> {
    if verb <= close || doc.lower(verb) != "according" {
        return None;
    }
    let sentence = doc.sentence_of.get(verb).copied();
    let by = (verb + 2..(verb + 10).min(doc.len()))
        .take_while(|&j| doc.sentence_of.get(j).copied() == sentence && !doc.is_punct(j, ','))
        .find(|&j| doc.lower(j) == "by")?;
    let k = live.partition_point(|(r, _)| r.start <= by);
    live[k..]
        .iter()
        .take_while(|(r, _)| r.start <= by + 5 && doc.sentence_of.get(r.start).copied() == sentence)
        .find(|(_, e)| entities[*e].class == EntityClass::Person)
        .map(|(_, e)| *e)
}

/// "the spokesperson" in `from..to`, after an earlier "a Kalvara spokesperson"
/// or "a spokesperson for Kalvara" in the article: that organisation.
fn spokesperson_named_before(doc: &Doc, live: &[Live], entities: &[Entity], from: usize, to: usize) -> Option<usize> {
    let is_spokesperson = |j: usize| doc.word_is(j, Words::Spokesperson);
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

/// A full stop that is not part of a name (the initial in "Walter P.
/// Hennessey") nor an honorific's ("Mr. Lindqvist said") nor an
/// abbreviation's inside a clause (a lower-case word after it: "of Quarry
/// Bros. parent company Quarry Group, said").
fn ends_clause(doc: &Doc, res: &Resources, live: &[Live], j: usize) -> bool {
    let k = live.partition_point(|(r, _)| r.end <= j);
    let honorific = j > 0 && after_honorific(doc, res, j - 1).is_some();
    let abbreviation = doc.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Word && t.newlines_before == 0)
        && !doc.is_capitalized(j + 1);
    doc.is_punct(j, '.') && live.get(k).is_none_or(|(r, _)| r.start > j) && !honorific && !abbreviation
}

fn is_speaker(entities: &[Entity], e: usize) -> bool {
    matches!(entities[e].class, EntityClass::Person | EntityClass::Organization)
}

/// A quotation mark token.
fn is_mark(doc: &Doc, j: usize) -> bool {
    matches!(doc.word(j), "\"" | "“" | "”" | "„" | "''" | "‘‘" | "’’")
}
