//! Finding mentions, sentence by sentence, in one left-to-right pass:
//!
//! 1. a lexicon name (longest match, case-sensitive), an AI model family
//!    extended by its version ("Llama" → "Llama 4 Scout");
//! 2. a demonym before an organisation noun ("Chinese startup X") → its place;
//! 3. otherwise a run of capitalized tokens, classified by its shape (company
//!    suffix, digits, given name, honorific) or its context (title before,
//!    "the startup X", "X, a chatbot", "X said", "X-based").
//!
//! Runs of unknown kind are kept with no class: they may turn out to be a
//! short form of a known name (see `entities`), or be typed by their
//! neighbours (a list with known companies, "invested in X").

use std::ops::Range;

use super::doc::Doc;
use super::model::{EntityClass, Predicate};
use super::resources::{Resources, Tie};
use crate::text::TokenKind;

/// One mention of a name in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// The name's tokens (no honorific, no possessive).
    pub tokens: Range<usize>,
    /// `None` while its kind is unknown.
    pub class: Option<EntityClass>,
    /// The lexicon entry it names, if known.
    pub entry: Option<usize>,
    pub sentence: usize,
    /// The longer form the text used when a maker's name was split off
    /// ("Nvidia H100" for the mention "H100"): an alias of the entity.
    pub full: Option<Range<usize>>,
}

impl Mention {
    pub fn new(tokens: Range<usize>, class: Option<EntityClass>, entry: Option<usize>, sentence: usize) -> Mention {
        Mention { tokens, class, entry, sentence, full: None }
    }
}

/// Words that join the parts of a name ("University of California").
const CONNECTORS: &[&str] = &["of", "de", "van", "von", "der", "den", "du", "la", "le", "al", "bin", "da", "di", "for", "&"];

/// Words inside people's names ("Alwaleed bin Talal", "Ursula von der Leyen").
const PERSON_CONNECTORS: &[&str] = &["de", "van", "von", "der", "den", "du", "la", "le", "al", "bin", "da", "di", "dos", "del"];

/// All mentions of the article, in text order.
pub fn find(doc: &Doc, res: &Resources) -> Vec<Mention> {
    let mut out = Vec::new();
    for (s, range) in doc.sentences.iter().enumerate() {
        let headline = is_title_case(doc, range.clone());
        let mut i = range.start;
        while i < range.end {
            i = mention_at(doc, res, s, range.end, i, headline, &mut out).max(i + 1);
        }
    }
    out.retain(|m| !is_license(doc, m));
    type_by_neighbours(doc, res, &mut out);
    mid_sentence_organisations(doc, &mut out);
    out
}

/// A one-word name of unknown kind shaped like a company's (an acronym such
/// as "IVP", or capitals inside as in "CompVis"), inside a sentence and not
/// in a headline, is taken for an organisation.
fn mid_sentence_organisations(doc: &Doc, mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.class.is_none() && m.tokens.len() == 1) {
        let Some(range) = doc.sentences.get(m.sentence) else { continue };
        let k = m.tokens.start;
        let first = (range.start..k).all(|j| doc.tokens[j].kind == TokenKind::Punct);
        let after_break = k > 0 && doc.tokens[k - 1].kind == TokenKind::Punct && !doc.is_punct(k - 1, ',');
        if !first && !after_break && !is_title_case(doc, range.clone()) && company_shaped(doc.word(k)) {
            m.class = Some(EntityClass::Organization);
        }
    }
}

/// "IVP", "NEA" (two to five capitals) or "CompVis" (a capital inside).
fn company_shaped(word: &str) -> bool {
    let letters: Vec<char> = word.chars().collect();
    let acronym = (2..=5).contains(&letters.len()) && letters.iter().all(|c| c.is_ascii_uppercase());
    let inner = letters.windows(2).any(|w| w[0].is_lowercase() && w[1].is_uppercase());
    acronym || inner
}

/// A headline in title case ("Google Introduces Gemini 2.0"): a line of its
/// own, not ending in a period, most of its words capitalized, so capitals
/// say little about names.
fn is_title_case(doc: &Doc, range: Range<usize>) -> bool {
    let own_line = doc.tokens.get(range.start).is_some_and(|t| t.newlines_before > 0 || range.start == 0)
        && doc.tokens.get(range.end).is_none_or(|t| t.newlines_before > 0)
        && !doc.is_punct(range.end.saturating_sub(1), '.');
    if !own_line {
        return false;
    }
    let words: Vec<usize> = range.filter(|&k| doc.tokens[k].kind == TokenKind::Word && doc.word(k).chars().count() > 3).collect();
    words.len() >= 3 && words.iter().filter(|&&k| doc.is_capitalized(k)).count() * 10 >= words.len() * 8
}

/// "an MIT license", "the Apache 2.0 license": a licence, not the organisation.
fn is_license(doc: &Doc, m: &Mention) -> bool {
    matches!(doc.lower(m.tokens.end), "license" | "licence" | "licenses")
}

/// Looks for a mention starting at token `i` (sentence `s` ends at `end`);
/// returns the index to go on from.
fn mention_at(doc: &Doc, res: &Resources, s: usize, end: usize, i: usize, headline: bool, out: &mut Vec<Mention>) -> usize {
    if let Some(next) = demonym_at(doc, res, s, end, i, out) {
        return next;
    }
    if let Some((len, entry)) = dateline_at(doc, res, s, i) {
        out.push(Mention::new(i..i + len, Some(res.entries[entry].class), Some(entry), s));
        return i + len;
    }
    if let Some((len, &entry)) = doc.lookup(&res.names, i).filter(|_| starts_word(doc, i)) {
        let class = res.entries[entry].class;
        let name_end = (i + len).min(end);
        let grown = if headline { None } else { grow_known(doc, res, class, i, name_end, end) };
        let m = match grown {
            Some((to, class)) => Mention::new(i..to, Some(class), None, s),
            None => Mention::new(i..name_end, Some(class), Some(entry), s),
        };
        let next = m.tokens.end;
        out.extend(split_maker(doc, res, m));
        return next;
    }
    let honorific = is_honorific(doc, res, i);
    let start = if honorific { i + 1 + usize::from(doc.is_punct(i + 1, '.')) } else { i };
    if let Some(to) = institution_at(doc, res, start, end).filter(|_| !headline) {
        out.push(Mention::new(start..to, Some(EntityClass::Organization), None, s));
        return to;
    }
    if !starts_name(doc, res, start) || start >= end {
        return i + 1;
    }
    let stop = if headline { joined_end(doc, start, end) } else { run_end(doc, res, start, end) };
    if stop - start == 1 && doc.word(start).chars().count() == 1 {
        return i + 1;
    }
    let mut class = if honorific { Some(EntityClass::Person) } else { classify(doc, res, start, stop) };
    let mut to = stop;
    if class == Some(EntityClass::AIModel) && !headline {
        to = extend_model(doc, res, start, stop, end);
    }
    if class.is_none() && is_based(doc, stop) {
        class = Some(EntityClass::Place);
    }
    out.push(Mention::new(start..to, class, None, s));
    to
}

/// A dateline place in capitals at the start of a sentence ("SEATTLE, Nov. 22"):
/// looked up in title case.
fn dateline_at(doc: &Doc, res: &Resources, s: usize, i: usize) -> Option<(usize, usize)> {
    let start = doc.sentences.get(s)?.start;
    let is_caps = |k: usize| doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word) && doc.word(k).chars().all(|c| c.is_uppercase()) && doc.word(k).chars().count() >= 3;
    if i != start || !is_caps(i) {
        return None;
    }
    let words: Vec<String> = (i..(i + 3).min(doc.len())).take_while(|&k| is_caps(k)).map(|k| title_case(doc.word(k))).collect();
    let (len, &entry) = res.names.longest(&words, 0)?;
    (res.entries[entry].class == EntityClass::Place && doc.is_punct(i + len, ',')).then_some((len, entry))
}

/// "SEATTLE" → "Seattle".
fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect()).unwrap_or_default()
}

/// "Chinese startup X": a demonym before an organisation noun and a name
/// becomes a mention of its place.
fn demonym_at(doc: &Doc, res: &Resources, s: usize, end: usize, i: usize, out: &mut Vec<Mention>) -> Option<usize> {
    let place = res.demonyms.get(doc.word(i))?;
    let entry = res.entry_named(place)?;
    let noun_at = (i + 1..(i + 4).min(end)).find(|&j| doc.lookup(&res.org_nouns, j).is_some())?;
    let (len, _) = doc.lookup(&res.org_nouns, noun_at)?;
    let gap_ok = (i + 1..noun_at).all(|j| !doc.is_capitalized(j) && doc.tokens[j].kind == TokenKind::Word);
    if !gap_ok || !doc.is_capitalized(noun_at + len) {
        return None;
    }
    out.push(Mention::new(i..i + 1, Some(EntityClass::Place), Some(entry), s));
    Some(i + 1)
}

/// "Nvidia H100" → "Nvidia" and "H100": a product or model named with its
/// maker's name in front, when the rest is the product's own name (the
/// lexicon's canonical name, or a part number), is two mentions.
fn split_maker(doc: &Doc, res: &Resources, m: Mention) -> Vec<Mention> {
    if !matches!(m.class, Some(EntityClass::AIModel | EntityClass::Product)) {
        return vec![m];
    }
    let start = m.tokens.start;
    let maker = (start + 1..m.tokens.end).rev().find_map(|cut| {
        let (len, &e) = res.names.longest(&doc.exact[..cut], start)?;
        (start + len == cut && res.entries[e].class == EntityClass::Organization).then_some((len, e))
    });
    let Some((len, org)) = maker else { return vec![m] };
    let rest = m.tokens.start + len..m.tokens.end;
    let own_name = match m.entry {
        Some(e) => res.entries[e].name == doc.slice(rest.clone()),
        None => chip_shaped(doc, rest.start, rest.end).is_some(),
    };
    if !own_name {
        return vec![m];
    }
    let maker = Mention::new(m.tokens.start..rest.start, Some(EntityClass::Organization), Some(org), m.sentence);
    let full = Some(m.tokens.clone());
    vec![maker, Mention { tokens: rest, full, ..m }]
}

/// "the High Court", "the National Security Council": after "the", capitalized
/// common words ending in an organisation suffix name an institution.
fn institution_at(doc: &Doc, res: &Resources, start: usize, end: usize) -> Option<usize> {
    if doc.lower(start.checked_sub(1)?) != "the" || !doc.is_capitalized(start) || !res.common_words.contains(doc.lower(start)) {
        return None;
    }
    let mut j = start;
    while j < end && j < start + 5 && doc.is_capitalized(j) && doc.lookup(&res.names, j).is_none() {
        j += 1;
    }
    (j > start + 1 && res.org_suffixes.contains(doc.word(j - 1))).then_some(j)
}

/// A lexicon match may start here: not the tail of a longer word piece.
fn starts_word(doc: &Doc, i: usize) -> bool {
    !(doc.joined(i) && i > 0 && doc.tokens[i - 1].kind != TokenKind::Punct)
}

/// A known name that goes on: a model family with its version ("Gemini 2.0
/// Flash"), an organisation's model ("DeepSeek-Coder"), an organisation's unit
/// ending in a company suffix ("Microsoft Research").
fn grow_known(doc: &Doc, res: &Resources, class: EntityClass, start: usize, stop: usize, end: usize) -> Option<(usize, EntityClass)> {
    match class {
        EntityClass::AIModel | EntityClass::Product => {
            let to = extend_model(doc, res, start, stop, end);
            (to > stop).then_some((to, class))
        }
        EntityClass::Organization => {
            if doc.is_punct(stop, '-') && doc.joined(stop) && doc.joined(stop + 1) && is_model_piece(doc, stop + 1) {
                let to = extend_model(doc, res, start, stop, end);
                return (to > stop).then_some((to, EntityClass::AIModel));
            }
            if stop < end && doc.has_digit(stop) && doc.tokens[stop].kind == TokenKind::Word && !doc.joined(stop) {
                let to = extend_model(doc, res, stop, stop + 1, end);
                let class = thing_noun_near(doc, res, to).or_else(|| chip_shaped(doc, stop, to)).unwrap_or(EntityClass::AIModel);
                return Some((to, class));
            }
            if stop < end && looks_like_name(doc, stop) && !doc.joined(stop) && doc.lookup(&res.names, stop).is_none() && !res.given_names.contains(doc.word(stop)) {
                let to = run_end(doc, res, stop, end);
                let last = doc.word(to.saturating_sub(1));
                if to <= stop || res.common_words.contains(doc.lower(to - 1)) && !res.org_suffixes.contains(last) {
                    return None;
                }
                let class = if res.org_suffixes.contains(last) { EntityClass::Organization } else { EntityClass::Product };
                return (to - stop <= 2).then_some((to, class));
            }
            None
        }
        _ => None,
    }
}

/// A token that can follow a hyphen inside a model name: has a digit or a capital.
fn is_model_piece(doc: &Doc, i: usize) -> bool {
    doc.has_digit(i) || doc.is_capitalized(i)
}

/// Extends a model name over its version and variant ("Llama" + " 3.1 405B",
/// "GPT" + "-4o", "Qwen2.5" + "-Max").
pub fn extend_model(doc: &Doc, res: &Resources, start: usize, stop: usize, end: usize) -> usize {
    let mut j = stop;
    let mut seen_digit = (start..stop).any(|k| doc.has_digit(k));
    while j < end {
        if doc.joined(j) && (doc.is_punct(j, '-') || doc.is_punct(j, '.')) && j + 1 < end && doc.joined(j + 1) {
            let piece = j + 1;
            let fits = doc.tokens[piece].kind != TokenKind::Punct
                && (is_model_piece(doc, piece) || seen_digit || res.model_variants.contains(doc.word(piece)));
            if !fits || doc.lower(piece) == "based" {
                break;
            }
            seen_digit |= doc.has_digit(piece);
            j += 2;
            continue;
        }
        if doc.joined(j) && doc.tokens[j].kind != TokenKind::Punct && !doc.is_possessive(j) {
            j += 1;
            continue;
        }
        if is_version(doc, j) {
            seen_digit = true;
            j = skip_decimal(doc, j);
            continue;
        }
        let variant = doc.is_capitalized(j) && (seen_digit || res.model_variants.contains(doc.word(j)));
        if variant && !res.common_words.contains(doc.lower(j)) && doc.lookup(&res.names, j).is_none() {
            j += 1;
            continue;
        }
        break;
    }
    j
}

/// A version number: small ("4", "2.0", "3.5") or with letters ("405B", "4o").
fn is_version(doc: &Doc, j: usize) -> bool {
    if !doc.has_digit(j) {
        return false;
    }
    if doc.tokens[j].kind == TokenKind::Word {
        return true;
    }
    let small = doc.word(j).len() <= 2;
    let decimal = doc.is_punct(j + 1, '.') && doc.joined(j + 1) && doc.joined(j + 2) && doc.is_number(j + 2);
    let unit_after = matches!(doc.lower(if decimal { j + 3 } else { j + 1 }), "million" | "billion" | "trillion" | "percent" | "%" | "years" | "months" | "days");
    (small || decimal) && !unit_after
}

/// Past a number and its decimal part ("2" "." "0").
fn skip_decimal(doc: &Doc, j: usize) -> usize {
    if doc.is_punct(j + 1, '.') && doc.joined(j + 1) && doc.joined(j + 2) && doc.has_digit(j + 2) {
        j + 3
    } else {
        j + 1
    }
}

/// Dr., Mr., Prof. before a capitalized word.
fn is_honorific(doc: &Doc, res: &Resources, i: usize) -> bool {
    if !res.honorifics.contains(doc.word(i)) {
        return false;
    }
    let next = if doc.is_punct(i + 1, '.') { i + 2 } else { i + 1 };
    doc.is_capitalized(next) && !res.common_words.contains(doc.lower(next))
}

/// Token `i` may start a discovered name: capitalized (or an inner capital as
/// in "xAI"), not a common word.
fn starts_name(doc: &Doc, res: &Resources, i: usize) -> bool {
    let hyphenated = doc.is_punct(i + 1, '-') && doc.joined(i + 1) && doc.joined(i + 2) && doc.is_capitalized(i + 2);
    looks_like_name(doc, i) && (hyphenated || !res.common_words.contains(doc.lower(i))) && !res.demonyms.contains_key(doc.word(i)) && starts_word(doc, i)
}

/// Capitalized, or a word with a capital inside ("xAI", "iPhone").
fn looks_like_name(doc: &Doc, i: usize) -> bool {
    doc.is_capitalized(i) || (doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) && doc.word(i).chars().skip(1).any(char::is_uppercase))
}

/// The end of the word pieces joined to token `start` ("Qwen3-235B").
fn joined_end(doc: &Doc, start: usize, end: usize) -> usize {
    let mut j = start + 1;
    while j < end && doc.joined(j) && !doc.is_possessive(j) {
        let piece = doc.tokens[j].kind != TokenKind::Punct || (doc.joined(j + 1) && j + 1 < end && doc.tokens[j + 1].kind != TokenKind::Punct);
        if !piece || doc.is_punct(j, ',') || doc.is_punct(j, '.') && !doc.joined(j + 1) {
            break;
        }
        j += 1;
    }
    j
}

/// Where a run of name tokens starting at `start` ends (exclusive).
fn run_end(doc: &Doc, res: &Resources, start: usize, end: usize) -> usize {
    let mut j = start + 1;
    let mut last_good = j;
    let mut seen_digit = doc.has_digit(start);
    while j < end {
        let joined = doc.joined(j);
        if joined && (doc.is_punct(j, '-') || doc.is_punct(j, '.')) && doc.joined(j + 1) && j + 1 < end {
            let piece = j + 1;
            let ok = doc.tokens[piece].kind != TokenKind::Punct && (looks_like_name(doc, piece) || doc.has_digit(piece) || seen_digit);
            if !ok {
                break;
            }
            seen_digit |= doc.has_digit(piece);
            j += 2;
            last_good = j;
            continue;
        }
        if joined && doc.tokens[j].kind != TokenKind::Punct && !doc.is_possessive(j) {
            j += 1;
            last_good = j;
            continue;
        }
        if is_initial_dot(doc, j) {
            j += 1;
            continue;
        }
        if doc.is_number(j) && doc.word(j).len() == 1 && !doc.joined(j) && !doc.is_punct(j + 1, '.') && !matches!(doc.lower(j + 1), "billion" | "million" | "percent" | "%") {
            j += 1;
            last_good = j;
            break;
        }
        let after_connector = CONNECTORS.contains(&doc.word(j - 1));
        if looks_like_name(doc, j) && !joined && (doc.lookup(&res.names, j).is_none() || after_connector) {
            j += 1;
            if !res.common_words.contains(doc.lower(j - 1)) || res.org_suffixes.contains(doc.word(j - 1)) {
                last_good = j;
            }
            continue;
        }
        let person_like = res.given_names.contains(doc.word(start));
        let connector = if person_like { PERSON_CONNECTORS.contains(&doc.word(j)) } else { CONNECTORS.contains(&doc.word(j)) };
        if connector && looks_like_name(doc, j + 1) && !res.common_words.contains(doc.lower(j + 1)) {
            j += 1;
            continue;
        }
        break;
    }
    last_good
}

/// The period of an initial ("V." in "Chris V. Nicholson").
fn is_initial_dot(doc: &Doc, j: usize) -> bool {
    doc.is_punct(j, '.') && doc.joined(j) && j > 0 && doc.word(j - 1).chars().count() == 1 && doc.is_capitalized(j - 1) && doc.is_capitalized(j + 1)
}

/// The run `start..stop` is followed by "-based".
fn is_based(doc: &Doc, stop: usize) -> bool {
    doc.is_punct(stop, '-') && doc.joined(stop) && doc.lower(stop + 1) == "based"
}

/// The class of an unknown name from its shape, then its context.
fn classify(doc: &Doc, res: &Resources, start: usize, stop: usize) -> Option<EntityClass> {
    let words: Vec<&str> = (start..stop).map(|k| doc.word(k)).collect();
    let last = words.last().copied().unwrap_or("");
    let multi = stop - start >= 2;
    let last_word = (start + 1..stop).rev().find(|&k| !doc.is_number(k)).filter(|&k| !doc.joined(k));
    let suffixed = last_word.is_some_and(|k| res.org_suffixes.contains(doc.word(k)));
    let suffix_of = words.windows(2).any(|w| res.org_suffixes.contains(w[0]) && CONNECTORS.contains(&w[1]));
    if multi && (suffixed || suffix_of) {
        return Some(EntityClass::Organization);
    }
    if words.iter().all(|w| res.org_suffixes.contains(*w) || res.common_words.contains(&w.to_lowercase())) {
        return None;
    }
    if (start..stop).any(|k| doc.has_digit(k)) {
        return Some(thing_noun_near(doc, res, stop).or_else(|| chip_shaped(doc, start, stop)).unwrap_or(EntityClass::AIModel));
    }
    let all_words = (start..stop).all(|k| doc.tokens[k].kind == TokenKind::Word || doc.is_punct(k, '.') || doc.is_punct(k, '-'));
    let name_sized = multi && stop - start <= 5 && all_words;
    let surname = res.surnames.contains(last) && words[0].chars().all(char::is_alphabetic);
    if name_sized && (res.given_names.contains(words[0]) || surname) {
        return Some(EntityClass::Person);
    }
    if let Some(class) = context_class(doc, res, start, stop) {
        if class != EntityClass::Person || name_sized {
            return Some(class);
        }
    }
    None
}

/// The class the words around a name give it.
fn context_class(doc: &Doc, res: &Resources, start: usize, stop: usize) -> Option<EntityClass> {
    let before = start.checked_sub(1);
    if ends_phrase(doc, &res.org_nouns, start) {
        return Some(EntityClass::Organization);
    }
    if let Some(class) = thing_noun_near(doc, res, stop) {
        return Some(class);
    }
    if let Some(class) = appositive_class(doc, res, stop) {
        return Some(class);
    }
    if before.is_some_and(|b| doc.lower(b) == "the") && stop == start + 1 && doc.lookup(&res.titles, stop).is_some_and(|(_, t)| *t != Tie::Affiliate) {
        return Some(EntityClass::Organization);
    }
    if let Some(class) = before.filter(|&b| doc.is_punct(b, ',')).and_then(|b| noun_ending_at(doc, res, b)) {
        return Some(class);
    }
    let after_title = ends_phrase(doc, &res.titles, start) || before.is_some_and(|b| doc.is_punct(b, ',') && ends_phrase(doc, &res.titles, b));
    let who = doc.is_punct(stop, ',') && doc.lower(stop + 1) == "who";
    if who || title_appositive(doc, res, stop) {
        return Some(EntityClass::Person);
    }
    let speaker = doc.lookup(&res.speech_verbs, stop).is_some() || before.is_some_and(|b| ends_phrase(doc, &res.speech_verbs, b + 1));
    (after_title || speaker).then_some(EntityClass::Person)
}

/// "X, Meta's vice president", "X, a senior engineer at": a title after the comma.
fn title_appositive(doc: &Doc, res: &Resources, stop: usize) -> bool {
    if doc.lower(stop) == "as" {
        let j = if matches!(doc.lower(stop + 1), "a" | "an" | "the" | "its") { stop + 2 } else { stop + 1 };
        return doc.lookup(&res.titles, j).is_some_and(|(_, t)| *t == Tie::Work);
    }
    if !doc.is_punct(stop, ',') {
        return false;
    }
    let mut j = stop + 1;
    while matches!(doc.lower(j), "a" | "an" | "the" | "its" | "now" | "formerly" | "former" | "previously" | "then" | "also") {
        j += 1;
    }
    let name_start = j;
    while doc.is_capitalized(j) && j < name_start + 4 && doc.lookup(&res.titles, j).is_none() {
        j += 1;
    }
    if doc.is_possessive(j) {
        j += 1;
    }
    while matches!(doc.lower(j), "senior" | "former" | "executive" | "deputy" | "interim" | "acting" | "co" | "-" | "founding" | "general") {
        j += 1;
    }
    doc.lookup(&res.titles, j).is_some()
}

/// "the X chip", "X model": the class a thing noun right after the name gives.
fn thing_noun_near(doc: &Doc, res: &Resources, stop: usize) -> Option<EntityClass> {
    doc.lookup(&res.thing_nouns, stop).map(|(_, &class)| class)
}

/// Chip part numbers: one to three capitals, then three or more digits
/// ("H100", "MI300X", "B200"): a product.
fn chip_shaped(doc: &Doc, start: usize, stop: usize) -> Option<EntityClass> {
    let word = doc.word(start);
    let letters = word.chars().take_while(char::is_ascii_uppercase).count();
    let digits = word.chars().skip(letters).take_while(char::is_ascii_digit).count();
    (stop == start + 1 && (1..=3).contains(&letters) && digits >= 3).then_some(EntityClass::Product)
}

/// "X, a startup that…" / "X, the chatbot": the class of an appositive's noun.
fn appositive_class(doc: &Doc, res: &Resources, stop: usize) -> Option<EntityClass> {
    let lead = doc.is_punct(stop, ',') || matches!(doc.lower(stop), "is" | "was");
    let det = matches!(doc.lower(stop + 1), "a" | "an" | "the" | "its" | "their" | "our" | "his" | "her");
    let owner = doc.is_capitalized(stop + 1) && doc.is_possessive(stop + 2);
    if !lead || !(det || owner) {
        return None;
    }
    for j in stop + if owner { 3 } else { 2 }..stop + 8 {
        if let Some((_, &e)) = doc.lookup(&res.names, j) {
            let class = res.entries[e].class;
            if matches!(class, EntityClass::AIModel | EntityClass::Product) {
                return Some(class);
            }
        }
        if doc.tokens.get(j).is_none_or(|t| t.kind == TokenKind::Punct && !doc.is_punct(j, '-')) {
            break;
        }
        if doc.is_possessive(j + 1) {
            continue;
        }
        if let Some((_, &class)) = doc.lookup(&res.thing_nouns, j) {
            return Some(class);
        }
        if doc.lookup(&res.org_nouns, j).is_some() {
            return Some(EntityClass::Organization);
        }
    }
    None
}

/// The class of a thing or organisation noun ending right before token `at`
/// ("its own model hub, ModelScope").
fn noun_ending_at(doc: &Doc, res: &Resources, at: usize) -> Option<EntityClass> {
    if ends_phrase(doc, &res.org_nouns, at) && !doc.is_capitalized(at - 1) {
        return Some(EntityClass::Organization);
    }
    (1..=3).find_map(|n| {
        let s = at.checked_sub(n)?;
        let (len, &class) = doc.lookup(&res.thing_nouns, s)?;
        (s + len == at && !doc.is_capitalized(s)).then_some(class)
    })
}

/// Some phrase of `table` ends right before token `at`.
pub fn ends_phrase<V>(doc: &Doc, table: &super::phrases::PhraseTable<V>, at: usize) -> bool {
    (1..=4).any(|n| at.checked_sub(n).and_then(|s| doc.lookup_all(table, s).first().map(|(len, _)| s + len == at)).unwrap_or(false))
}

/// Gives unknown names the class of their neighbours: members of a list with
/// a known name ("Databricks, Groq and Snowflake"), an owner before a title
/// ("Acme's CEO"), the organisation after a title ("CEO of Acme").
fn type_by_neighbours(doc: &Doc, res: &Resources, mentions: &mut [Mention]) {
    for _ in 0..2 {
        for k in 0..mentions.len() {
            if mentions[k].class.is_some() {
                continue;
            }
            let m = &mentions[k];
            let listed = [k.checked_sub(1), Some(k + 1)].into_iter().flatten().filter_map(|n| mentions.get(n)).find(|n| {
                let (a, b) = if n.tokens.start < m.tokens.start { (*n, m) } else { (m, *n) };
                let appositive = doc.is_punct(a.tokens.end, ',') && doc.is_possessive(b.tokens.end);
                let person_ok = m.tokens.len() >= 2 && (m.tokens.clone()).all(|t| doc.tokens[t].kind == TokenKind::Word);
                let fits = n.class.is_some_and(|c| c != EntityClass::Place && (c != EntityClass::Person || person_ok));
                a.sentence == b.sentence && !appositive && is_list_gap(doc, a.tokens.end, b.tokens.start) && fits
            });
            let class = listed.and_then(|n| n.class).or_else(|| org_by_title(doc, res, m)).or_else(|| org_by_cue(doc, res, m));
            mentions[k].class = class;
        }
    }
}

/// "Helixor acquired…", "…partnered with Helixor": a name right before or after
/// a cue whose predicate ties organisations only.
fn org_by_cue(doc: &Doc, res: &Resources, m: &Mention) -> Option<EntityClass> {
    let org_only = |at: usize| doc.lookup_all(&res.cues, at).iter().any(|(_, c)| matches!(c.predicate, Predicate::Acquired | Predicate::PartnersWith));
    let mut after = m.tokens.end;
    while matches!(doc.lower(after), "has" | "have" | "had" | "also" | "will" | "quickly" | "recently" | "later") {
        after += 1;
    }
    let before = (1..=4).any(|n| m.tokens.start.checked_sub(n).is_some_and(|s| doc.lookup_all(&res.cues, s).iter().any(|(len, c)| s + len == m.tokens.start && matches!(c.predicate, Predicate::Acquired | Predicate::PartnersWith))));
    (org_only(after) || before).then_some(EntityClass::Organization)
}

/// Tokens `from..to` separate two members of a list: ",", "and", ", and", "or".
fn is_list_gap(doc: &Doc, from: usize, to: usize) -> bool {
    let gap: Vec<&str> = (from..to).map(|k| doc.lower(k)).collect();
    matches!(gap.as_slice(), [","] | ["and"] | [",", "and"] | ["or"] | [",", "or"])
}

/// "Acme's CEO", "CEO of Acme", "chief scientist at Acme": an organisation.
fn org_by_title(doc: &Doc, res: &Resources, m: &Mention) -> Option<EntityClass> {
    let owner = doc.is_possessive(m.tokens.end) && doc.lookup(&res.titles, m.tokens.end + 1).is_some_and(|(_, t)| *t != Tie::Affiliate);
    let at = m.tokens.start.checked_sub(1).is_some_and(|p| matches!(doc.lower(p), "of" | "at") && ends_phrase(doc, &res.titles, p));
    (owner || at).then_some(EntityClass::Organization)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<(String, Option<EntityClass>)> {
        let res = Resources::embedded();
        let doc = Doc::new(t);
        find(&doc, &res).into_iter().map(|m| (doc.slice(m.tokens.clone()).to_string(), m.class)).collect()
    }

    fn has(t: &str, name: &str, class: EntityClass) -> bool {
        found(t).iter().any(|(n, c)| n == name && *c == Some(class))
    }

    #[test]
    fn lexicon_and_possessive() {
        assert!(has("Yesterday Meta's team met Google.", "Meta", EntityClass::Organization));
        assert!(has("Yesterday Meta's team met Google.", "Google", EntityClass::Organization));
    }

    #[test]
    fn model_versions_extend_family_names() {
        let t = "They compared Llama 3.1 405B with GPT-4o, Claude 3.5 Sonnet and Qwen2.5-Max.";
        for name in ["Llama 3.1 405B", "GPT-4o", "Claude 3.5 Sonnet", "Qwen2.5-Max"] {
            assert!(has(t, name, EntityClass::AIModel), "{name}: {:?}", found(t));
        }
    }

    #[test]
    fn people_by_given_name_honorific_and_title() {
        assert!(has("He met Chris V. Nicholson there.", "Chris V. Nicholson", EntityClass::Person));
        assert!(has("He met Dr. Zorvak Quell there.", "Zorvak Quell", EntityClass::Person));
        assert!(has("Acme named CEO Zorvak Quell today.", "Zorvak Quell", EntityClass::Person));
    }

    #[test]
    fn organisations_by_suffix_and_cue() {
        assert!(has("He left Page Two Capital in May.", "Page Two Capital", EntityClass::Organization));
        assert!(has("He joined Zorblax Robotics Inc. last year.", "Zorblax Robotics Inc", EntityClass::Organization));
        assert!(has("He joined the startup Zorblax last year.", "Zorblax", EntityClass::Organization));
        assert!(has("He joined Zorblax, a startup in Lyon.", "Zorblax", EntityClass::Organization));
    }

    #[test]
    fn places_from_demonyms_and_based() {
        assert!(has("The Chinese startup Zorblax grew.", "Chinese", EntityClass::Place));
        assert!(has("The Quelltown-based lab grew.", "Quelltown", EntityClass::Place));
        assert!(found("Chinese firms grew.").iter().all(|(_, c)| c.is_none()));
    }

    #[test]
    fn common_words_are_not_names() {
        assert!(found("The AI boom. However, In March GPUs sold.").iter().all(|(_, c)| c.is_none()));
    }
}
