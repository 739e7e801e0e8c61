//! Where an organisation stands among a place's firms: "KDDI, Japan's
//! second-largest carrier", "Brindle is Portugal's biggest lender", "Zentrix,
//! one of Korea's big three operators", "Japan's largest bank Brindle".

use super::clause::{describing, is_dash, members_after, past_parenthesis};
use super::places::{in_fronted_phrase, past_based_places};
use super::{Facts, Why};
use crate::extract::model::{EntityClass, Predicate};
use crate::extract::resources::Words;
use crate::text::words::{CONTINENTS, COPULAS, NATIONAL_WORDS};
use crate::text::TokenKind;

/// Words that may stand between "Japan's" and the organisation noun: lower-case
/// words, numbers and hyphens ("second-largest mobile phone", "big three", "other two").
const MOST_WORDS: usize = 6;

/// A place mention `k` with a possessive, a few describing words and an
/// organisation noun: the organisation the phrase describes is located there.
pub(super) fn standing(f: &mut Facts, k: usize) {
    let place = f.entity(k);
    if f.class(place) != EntityClass::Place {
        return;
    }
    if !f.doc.is_possessive(f.live[k].0.end) {
        largest_in(f, k);
        return;
    }
    let from = f.live[k].0.end + 1;
    let read: &Facts = f;
    // "Mexico's four-year-old challenger digital bank Zentrix": a later noun right before a name ends the run.
    let named = noun_ends(read, from, MOST_WORDS + 2)
        .find(|&e| read.starting(e).is_some_and(|m| read.class(read.entity(m)) == EntityClass::Organization));
    let Some(noun_end) = named.or_else(|| noun_ends(read, from, MOST_WORDS).next()) else {
        return;
    };
    // "Korea's biggest telecom giant Zentrix": the noun runs on to its last word.
    let mut noun_end = noun_end;
    while let Some(next) = org_noun_end(f, noun_end).filter(|&e| e <= from + MOST_WORDS + 2) {
        noun_end = next;
    }
    if named_list(f, k, noun_end) {
        return;
    }
    let named_after = f.starting(noun_end).filter(|&m| f.class(f.entity(m)) == EntityClass::Organization);
    if let Some(m) = named_after.or_else(|| described(f, f.live[k].0.start)) {
        let org = f.entity(m);
        f.emit(org, Predicate::LocatedIn, place, None, Why::new(from, "place-standing", 0.7));
    } else if let Some(org) = has_superlative(f, from, noun_end).then(|| referred(f, f.live[k].0.start)).flatten() {
        f.emit(org, Predicate::LocatedIn, place, None, Why::new(from, "place-standing-referred", 0.6));
    } else if let Some(org) = has_superlative(f, from, noun_end).then(|| the_topic_unnamed(f, k, noun_end)).flatten() {
        f.emit(org, Predicate::LocatedIn, place, None, Why::new(from, "place-standing-topic", 0.5));
    }
}

/// "Australia's top insurer said…" opening the sentence, "It is Europe's
/// largest lender", "makes it Europe's most valuable company": the
/// organisation a superlative description starting at token `start` refers
/// back to, when it stands as the sentence's subject or is said of "it".
fn referred(f: &Facts, start: usize) -> Option<usize> {
    let opens = f.doc.sentence_of.get(start).is_some_and(|&s| f.opening(f.doc.sentences[s].start) == start);
    let it = match (f.doc.lower(start.wrapping_sub(2)), f.doc.lower(start.wrapping_sub(1))) {
        ("it", w) if COPULAS.contains(&w) => Some(start - 2),
        ("makes" | "made" | "make", "it") => Some(start - 1),
        _ => None,
    };
    let org = if opens { f.referent(start) } else { f.referent(it?) };
    org.filter(|&o| f.class(o) == EntityClass::Organization)
}

/// "…appoint X as the new chief of Europe's largest insurer", "a shift at
/// Europe's largest drugmaker": a superlative description that no name
/// claims (not "one of" many, nor one a name follows) stands for the
/// organisation the article is about, the way news varies its name.
fn the_topic_unnamed(f: &Facts, k: usize, noun_end: usize) -> Option<usize> {
    let start = f.live[k].0.start;
    let before = f.doc.lower(start.checked_sub(1)?);
    let among = before == "among" || start >= 2 && f.doc.lower(start - 2) == "one" && before == "of";
    // "Zentrix's top rivals": many firms are none.
    let last = f.doc.lower(noun_end - 1);
    let plural = last.strip_suffix('s').is_some_and(|w| f.res.org_nouns.longest(&[w], 0).is_some());
    // "Ruritania, where …, is Europe's largest producer": what a copula or a comma
    // describes is its subject; only "the company, which is …" is the company's.
    let described = COPULAS.contains(&before) && !company_which(f, start - 1) || f.doc.is_punct(start - 1, ',');
    (!among && !plural && !described).then_some(f.topic?)
}

/// "the FTSE 100 company, which is": the copula at token `c` follows
/// "which" or "that" after a comma and a noun of a kind of company.
fn company_which(f: &Facts, c: usize) -> bool {
    c >= 3
        && matches!(f.doc.lower(c - 1), "which" | "that")
        && f.doc.is_punct(c - 2, ',')
        && f.word_is(c - 3, Words::CompanyNoun)
}

/// A superlative among tokens `from..to`: "largest", "top", "most valuable".
pub(super) fn has_superlative(f: &Facts, from: usize, to: usize) -> bool {
    (from..to).any(|j| {
        let w = f.doc.lower(j);
        w.ends_with("est") && w.len() > 4 || matches!(w, "leading" | "top" | "dominant" | "most")
    })
}

/// "Canada's largest bank, the Royal Brindle Bank,", "Korea's two big
/// chipmakers, Zentrix and Helixor,", "Korea's two big chipmakers Zentrix and
/// Helixor": the names right after the organisation noun ending at token
/// `noun_end` (behind a comma and "the" too) are located in place mention `k`:
/// the first name for a singular noun, each name of the list for a plural one.
fn named_list(f: &mut Facts, k: usize, noun_end: usize) -> bool {
    if examples_listed(f, k, noun_end) {
        return true;
    }
    let comma = f.doc.is_punct(noun_end, ',');
    let at = noun_end + usize::from(comma);
    let at = at + usize::from(comma && f.doc.lower(at) == "the");
    let Some(first) = f.starting(at).filter(|&m| f.class(f.entity(m)) == EntityClass::Organization) else {
        return false;
    };
    let last = f.doc.lower(noun_end - 1);
    let plural = last.len() > 3 && last.ends_with('s') && f.doc.lookup(&f.res.org_nouns, noun_end - 1).is_none();
    if !comma && !plural {
        return false;
    }
    let place = f.entity(k);
    let named = if plural {
        members_after(f, f.live[first].0.start, f.sentence_end(at)).into_iter().map(|m| m.head).collect()
    } else {
        vec![first]
    };
    for m in named {
        let org = f.entity(m);
        if f.class(org) == EntityClass::Organization {
            f.emit(org, Predicate::LocatedIn, place, None, Why::new(noun_end, "place-standing-named", 0.7));
        }
    }
    true
}

/// "Japan's five biggest trading firms, also including A, B and C",
/// "China's AI unicorns — a group that includes A and B", "Korea's
/// chipmakers such as A": the examples a plural organisation noun ending
/// at token `noun_end` introduces are located in place mention `k`.
fn examples_listed(f: &mut Facts, k: usize, noun_end: usize) -> bool {
    if !f.doc.looks_plural(noun_end - 1) {
        return false;
    }
    let Some(intro) = examples_start(f, noun_end) else { return false };
    let place = f.entity(k);
    let members = members_after(f, intro, f.sentence_end(intro));
    if members.first().is_none_or(|m| f.live[m.owner.unwrap_or(m.head)].0.start != intro) {
        return false;
    }
    for m in members {
        let org = f.entity(m.head);
        if f.class(org) == EntityClass::Organization {
            f.emit(org, Predicate::LocatedIn, place, None, Why::new(noun_end, "place-standing-examples", 0.65));
        }
    }
    true
}

/// Where the examples start after a plural noun ending before token `j`:
/// past a comma or dash, "also" or "notably", and "including", "such as",
/// "like", "among them", or "a group that includes".
fn examples_start(f: &Facts, j: usize) -> Option<usize> {
    let mut j = j;
    if f.doc.is_punct(j, ',') || is_dash(f.doc, j) {
        j += 1;
    }
    if matches!(f.doc.lower(j), "also" | "notably") {
        j += 1;
    }
    match (f.doc.lower(j), f.doc.lower(j + 1)) {
        ("including" | "like", _) => Some(j + 1),
        ("such", "as") | ("among", "them") => Some(j + 2),
        // "— a group that includes A": a few lower-case words, then "includes".
        ("a", _) => (j + 1..j + 5)
            .take_while(|&g| f.doc.is_lower_word(g))
            .find(|&g| matches!(f.doc.lower(g), "includes" | "include"))
            .map(|g| g + 1),
        _ => None,
    }
}

/// "Quillon, the largest mobile operator in Kenya", "Brindle is the
/// biggest lender in Portugal", "Zentrix Air, the Lyon-based national
/// airline of the UAE": a superlative or a word of a nation's own company,
/// an organisation noun and "in" or "of" (maybe "the") before place mention
/// `k` locate the organisation the phrase describes.
fn largest_in(f: &mut Facts, k: usize) {
    let start = f.live[k].0.start;
    let before = start.checked_sub(1 + usize::from(f.doc.lower(start.wrapping_sub(1)) == "the"));
    let Some(in_) = before.filter(|&j| matches!(f.doc.lower(j), "in" | "of")) else { return };
    // "the leading developers of U.S. wind projects": after "of" the place ends the phrase.
    let after = f.live[k].0.end;
    let ends = f.doc.tokens.get(after).is_none_or(|t| t.kind == TokenKind::Punct)
        || matches!(f.doc.lower(after), "and" | "or" | "since" | "for" | "with" | "in" | "that" | "which");
    if f.doc.lower(in_) == "of" && !ends {
        return;
    }
    if let Some((the, m)) = largest_before(f, in_) {
        let (org, place) = (f.entity(m), f.entity(k));
        f.emit(org, Predicate::LocatedIn, place, None, Why::new(the, "largest-in-place", 0.65));
    }
}

/// "Zentrix, the biggest lender in the country," "Brindle is the largest
/// online marketplace in the country": "the country" at token `i` is the
/// last country the text named before it (in its sentence or the two
/// before), and the superlative phrase locates its organisation there.
pub(super) fn largest_in_the_country(f: &mut Facts, i: usize) {
    if f.doc.lower(i) != "country" || i < 2 || f.doc.lower(i - 1) != "the" || f.doc.lower(i - 2) != "in" {
        return;
    }
    let Some((the, m)) = largest_before(f, i - 2) else { return };
    let from = f.doc.sentences[f.doc.sentence_of[i].saturating_sub(2)].start;
    let country = f.within(from, the).iter().rev().map(|(_, e)| *e).find(|&e| is_country(f, e));
    if let Some(place) = country {
        let org = f.entity(m);
        f.emit(org, Predicate::LocatedIn, place, None, Why::new(the, "largest-in-country", 0.6));
    }
}

/// "Zentrix, the country's largest lender,", "Brindle is the country's
/// leading telco", "Quillon's role as the country's top carrier", "the
/// country's biggest bank Zentrix": "the country's" at token `i` (the
/// possessive "country") is the last country the text named before it (in
/// its sentence or the two before), and a superlative phrase with an
/// organisation noun locates the organisation it names or describes there.
pub(super) fn the_country_s_standing(f: &mut Facts, i: usize) {
    if f.doc.lower(i) != "country" || i < 1 || f.doc.lower(i - 1) != "the" || !f.doc.is_possessive(i + 1) {
        return;
    }
    let the = i - 1;
    let from = i + 2;
    let Some(noun_end) = noun_ends(f, from, MOST_WORDS).next() else { return };
    let mut noun_end = noun_end;
    while let Some(next) = org_noun_end(f, noun_end).filter(|&e| e <= from + MOST_WORDS + 2) {
        noun_end = next;
    }
    // "one of the country's largest lenders": many firms are none; "the country's largest-ever deal" names none.
    if !has_superlative(f, from, noun_end) || f.doc.looks_plural(noun_end - 1) {
        return;
    }
    let named_after = f.starting(noun_end).filter(|&m| f.class(f.entity(m)) == EntityClass::Organization);
    let Some(m) = named_after.or_else(|| described(f, the)).or_else(|| role_as(f, the)) else { return };
    let start = f.doc.sentences[f.doc.sentence_of[i].saturating_sub(2)].start;
    let country = f.within(start, the).iter().rev().map(|(_, e)| *e).find(|&e| is_country(f, e));
    if let Some(place) = country {
        let org = f.entity(m);
        f.emit(org, Predicate::LocatedIn, place, None, Why::new(the, "country-s-standing", 0.6));
    }
}

/// "Zentrix's role as the …", "Brindle's position as the …": the
/// organisation whose role the phrase at token `the` names.
fn role_as(f: &Facts, the: usize) -> Option<usize> {
    let as_ = the.checked_sub(1).filter(|&a| f.doc.lower(a) == "as")?;
    let noun = as_.checked_sub(1).filter(|&n| matches!(f.doc.lower(n), "role" | "position" | "status" | "place"))?;
    let owner_end = noun.checked_sub(1).filter(|&p| f.doc.is_possessive(p))?;
    f.ending(owner_end).filter(|&m| f.class(f.entity(m)) == EntityClass::Organization)
}

/// Place entity `e` is a country: a demonym stands for it and it is no continent.
fn is_country(f: &Facts, e: usize) -> bool {
    let name = f.entities[e].name.as_str();
    f.class(e) == EntityClass::Place && !CONTINENTS.contains(&name) && f.res.demonyms.values().any(|p| p == name)
}

/// "the largest mobile operator" ending at the "in" or "of" at token `in_`,
/// with a superlative or a word of a nation's own company: its "the" and
/// the organisation mention the phrase describes.
fn largest_before(f: &Facts, in_: usize) -> Option<(usize, usize)> {
    let the = (in_.saturating_sub(MOST_WORDS + 2)..in_).rev().find(|&j| f.doc.lower(j) == "the")?;
    // "the Lyon-based national airline of": the place phrase is a describing word too.
    let from = past_based_places(f, the + 1);
    let noun_ends_at_in = (from..in_).any(|j| org_noun_end(f, j) == Some(in_));
    let national = (from..in_).any(|j| NATIONAL_WORDS.contains(&f.doc.lower(j)));
    let superlative = has_superlative(f, from, in_) || national;
    if !(noun_ends_at_in && superlative && (from..in_).all(|j| describing(f, j, j + 1) || adjective(f, j))) {
        return None;
    }
    described(f, the).map(|m| (the, m))
}

/// Token `j` is a capitalized describing word that names nothing, before a
/// lower-case word or a hyphen ("the biggest Islamic lender", "Sharia-compliant").
fn adjective(f: &Facts, j: usize) -> bool {
    let word = f.doc.tokens[j].kind == TokenKind::Word && f.doc.is_capitalized(j);
    word && f.starting(j).is_none() && !f.doc.is_capitalized(j + 1)
}

/// The ends of the organisation nouns at most `most` tokens after token
/// `from`, with only describing words before them.
fn noun_ends<'f>(f: &'f Facts, from: usize, most: usize) -> impl Iterator<Item = usize> + 'f {
    (from..=from + most).filter_map(move |j| org_noun_end(f, j).filter(|_| describing(f, from, j)))
}

/// Where an organisation noun starting at token `j` ends ("carrier",
/// "carriers", "mobile phone carrier" through its last word), if one does.
pub(super) fn org_noun_end(f: &Facts, j: usize) -> Option<usize> {
    if let Some((len, _)) = f.doc.lookup(&f.res.org_nouns, j) {
        return Some(j + len);
    }
    let singular = f.doc.lower(j).strip_suffix('s')?;
    f.res.org_nouns.longest(&[singular], 0).filter(|(len, _)| *len == 1).map(|_| j + 1)
}

/// The organisation a phrase starting at token `start` describes: "X, …",
/// "X, one of …", "X is …", "X remains one of …" (the name right before).
fn described(f: &Facts, start: usize) -> Option<usize> {
    // "X is still clearly …", "X has quickly become …": adverbs may stand before the description.
    let adverb = |j: usize| {
        let w = f.doc.lower(j);
        f.doc.is_lower_word(j)
            && (w.len() > 4 && w.ends_with("ly") || matches!(w, "now" | "also" | "still" | "already"))
    };
    let mut j = start;
    while j > 0 && (matches!(f.doc.lower(j - 1), "one" | "of" | "among") || adverb(j - 1)) {
        j -= 1;
    }
    let mut before = j.checked_sub(1)?;
    // "X has quickly become …": the perfect of "become" stands for its copula.
    let perfect = f.doc.lower(before) == "become";
    if perfect {
        let mut h = before;
        while h > 0 && adverb(h - 1) {
            h -= 1;
        }
        before = h.checked_sub(1).filter(|&h| matches!(f.doc.lower(h), "has" | "have" | "had"))?;
    }
    // "Zentrix – Ruritania's biggest lender": a dash sets off the description as a comma does.
    let end = if matches!(f.doc.lower(before), "is" | "was" | "remains" | "became" | "becomes" | "as")
        || perfect
        || f.doc.is_punct(before, ',') && !in_fronted_phrase(f, before)
        || is_dash(f.doc, before)
    {
        past_parenthesis(f.doc, before)
    } else {
        return None;
    };
    // "Zentrix Inc., …": the abbreviation's full stop is not part of the name.
    let end = if end >= 1 && f.doc.is_punct(end - 1, '.') && f.ending(end).is_none() { end - 1 } else { end };
    f.ending(end).filter(|&m| f.class(f.entity(m)) == EntityClass::Organization)
}
