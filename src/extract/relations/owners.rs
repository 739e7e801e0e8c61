//! Who owns a company, read from the words around its name: "Zentrix is a
//! Brindle-owned chain", "Zentrix, a majority-owned unit of Acme",
//! "Zentrix, which is 51% owned by Acme and 49% by Brindle", "Zentrix,
//! whose parent is Acme", "Acme trades under the Zentrix brand".

use super::clause::{is_wide_modifier_gap, members_after, names_a_family};
use super::cues::{is_hyphen_adjective, minority_share_before, past_describers};
use super::held::Said;
use super::possessives::{its_owner, past_its, whose_owner};
use super::ties::sentence_subject;
use super::{Facts, Why};
use crate::extract::model::{EntityClass, Predicate};
use crate::extract::resources::Words;
use crate::text::words::{AUXILIARIES, COPULAS, PAST_WORDS, RELATIVES};

/// Ownership stated by participles and "whose" in sentence `s`.
pub(super) fn owners(f: &mut Facts, s: usize) {
    // Only a sentence with "owned", "controlled" or "whose" is read.
    if !(f.held(s).says(Said::Owned) || f.held(s).says(Said::Whose)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for i in range.clone() {
        match f.doc.lower(i) {
            "owned" | "controlled" if is_hyphen_adjective(f.doc, i) => described_owned(f, i, range.clone()),
            "owned" if f.doc.lower(i + 1) == "by" => shared_owners(f, i, range.end),
            "whose" => whose_parent(f, i),
            _ => {}
        }
    }
}

/// "51%", "majority", "wholly", "51 per cent": a word of a share of a
/// company at token `j`, before "owned" ("partly owned by" is a stake, not
/// ownership, and no share word).
fn is_share_word(f: &Facts, j: usize) -> bool {
    f.doc.is_number(j)
        || f.doc.is_punct(j, '%')
        || matches!(f.doc.lower(j), "majority" | "wholly" | "fully" | "jointly" | "per" | "cent" | "percent")
}

/// "logistics group", "subsidiary", "portfolio company", "retailer": where a
/// noun of an organisation or of an owned part ends when one starts at `j`.
fn company_noun_end(f: &Facts, j: usize) -> Option<usize> {
    if let Some((len, _)) = f.doc.lookup(&f.res.org_nouns, j) {
        return Some(j + len);
    }
    let part = f.word_is(j, Words::OwnedPart) || f.doc.word_is(j, Words::OwnedBusinessNoun);
    part.then_some(j + 1)
}

/// "Zentrix is a Brindle-owned logistics group", "Zentrix, a Brindle-controlled
/// insurer,", "the Brindle-controlled Zentrix", "Zentrix, a majority-owned
/// unit of Acme", "As a majority-owned portfolio company of Acme, Zentrix…":
/// a hyphened participle at `i` makes the name before the hyphen (or the
/// name after the noun's "of") the owner of the company the phrase describes.
fn described_owned(f: &mut Facts, i: usize, range: std::ops::Range<usize>) {
    let owner_k = f.ending(i - 1).filter(|&k| f.org_entity(k).is_some());
    // "Brindle-controlled Zentrix": the name right after ("Brindle-owned" is a cue's).
    if let (Some(o), Some(y)) = (owner_k, f.starting(i + 1)) {
        if let (Some(o), Some(y)) = (f.org_entity(o), f.org_entity(y)) {
            f.emit(o, Predicate::Owns, y, None, Why::new(i, "hyphen-owned-name", 0.65));
        }
        return;
    }
    let Some(noun) = (i + 1..(i + 6).min(range.end)).find(|&j| company_noun_end(f, j).is_some()) else { return };
    if !is_wide_modifier_gap(f, i + 1, noun) {
        return;
    }
    let end = company_noun_end(f, noun).unwrap_or(noun + 1);
    let of_owner = || {
        let the = usize::from(f.doc.lower(end + 1) == "the");
        f.starting(end + 1 + the).filter(|_| f.doc.lower(end) == "of").and_then(|k| f.org_entity(k))
    };
    let Some(owner) = owner_k.and_then(|k| f.org_entity(k)).or_else(of_owner) else { return };
    // Where the phrase starts: the owner's name, or the words of a share before the hyphen.
    let mut start = owner_k.map_or(i - 1, |k| f.live[k].0.start);
    while owner_k.is_none() && start > range.start && is_share_word(f, start - 1) {
        start -= 1;
    }
    if let Some(y) = described_company(f, start, end, range).and_then(|k| f.org_entity(k)) {
        if y != owner {
            f.emit(owner, Predicate::Owns, y, None, Why::new(i, "hyphen-owned-described", 0.6));
        }
    }
}

/// The company a phrase of describing words (tokens `start..end`, ending in
/// a noun) describes: the name it stands in apposition to ("Zentrix, a …"),
/// the subject of the copula before it ("Zentrix is a …"), the name right
/// after its noun ("the … chain Zentrix"), or, for a phrase "As a …" that
/// opens the sentence, the name right after its comma.
fn described_company(f: &Facts, start: usize, end: usize, range: std::ops::Range<usize>) -> Option<usize> {
    if let Some(k) = f.starting(end) {
        return Some(k);
    }
    let det = start.checked_sub(1).filter(|&d| d >= range.start && matches!(f.doc.lower(d), "a" | "an" | "the"))?;
    let before = det.checked_sub(1).filter(|&b| b >= range.start)?;
    let w = f.doc.lower(before);
    if f.doc.is_punct(before, ',') || COPULAS.contains(&w) {
        return f.ending(before);
    }
    if w == "as" && before == f.opening(range.start) {
        let comma = (end..range.end).find(|&c| f.doc.is_punct(c, ','))?;
        return f.starting(comma + 1);
    }
    None
}

/// "Zentrix, which is 51% owned by Acme and 49% by Brindle", "Zentrix is
/// jointly owned by Acme and Brindle", "Zentrix, 60 per cent owned by
/// Acme,": the owners after "owned by" at `i` (and those after a further
/// share and "by") own the company named before, past a share, a copula and
/// a relative pronoun set off by a comma.
fn shared_owners(f: &mut Facts, i: usize, sentence_end: usize) {
    // "previously owned by Acme": an owner that was ("46% owned by Acme" alone, a stake, is the cue's).
    if f.word_is(i - 1, Words::FormerTimeWord) {
        return;
    }
    let mut j = i;
    while j > 0 && is_share_word(f, j - 1) {
        j -= 1;
    }
    while j > 0 && (COPULAS.contains(&f.doc.lower(j - 1)) || AUXILIARIES.contains(&f.doc.lower(j - 1))) {
        j -= 1;
    }
    if j > 1 && RELATIVES.contains(&f.doc.lower(j - 1)) && f.doc.is_punct(j - 2, ',') {
        j -= 1;
    }
    let j = j - usize::from(j > 0 && f.doc.is_punct(j - 1, ','));
    let Some(y) = f.ending(j).and_then(|k| f.org_entity(k)) else { return };
    let mut owners: Vec<usize> = Vec::new();
    let mut by = i + 1;
    loop {
        // "…and 49% by Danish miner Brindle": past a demonym and describing words.
        let listed = members_after(f, past_describers(f, by + 1), sentence_end);
        owners.extend(listed.iter().filter(|m| !names_a_family(f, m.head)).filter_map(|m| f.org_entity(m.head)));
        let Some(last) = listed.last() else { break };
        // "…and 49% by Brindle", ", 30% by Brindle".
        let mut n = f.live[last.head].0.end;
        if !(f.doc.is_punct(n, ',') || f.doc.lower(n) == "and") {
            break;
        }
        n += 1 + usize::from(f.doc.lower(n + 1) == "and");
        let share = n;
        while n < sentence_end && is_share_word(f, n) {
            n += 1;
        }
        if n == share || f.doc.lower(n) != "by" {
            break;
        }
        by = n;
    }
    // "46% owned by Acme": one owner of a minority share holds a stake (the cue states it).
    if by == i + 1 && minority_share_before(f.doc, i) {
        return;
    }
    for o in owners {
        f.emit(o, Predicate::Owns, y, None, Why::new(i, "owned-by-shares", 0.65));
    }
}

/// "Zentrix, whose parent is Acme", "Zentrix, whose parent company, Acme,
/// …", "Zentrix, whose majority owner is Acme": a noun of an owner after
/// "whose" at `i` (and describing words), then a copula or a comma, and a
/// name: that organisation owns the one "whose" refers to.
fn whose_parent(f: &mut Facts, i: usize) {
    let Some(noun) = (i + 1..i + 4).find(|&j| f.word_is(j, Words::ParentNoun)) else { return };
    let plain = |j: usize| f.doc.is_lower_word(j);
    if !(i + 1..noun).all(plain) {
        return;
    }
    let mut j = noun + 1;
    if f.doc.lower(j) == "company" {
        j += 1;
    }
    if !(COPULAS.contains(&f.doc.lower(j)) || f.doc.is_punct(j, ',')) {
        return;
    }
    let j = j + 1 + usize::from(f.doc.lower(j + 1) == "the");
    let (Some(parent), Some(child)) = (f.starting(j), whose_owner(f, i)) else { return };
    if let (Some(p), Some(c)) = (f.org_entity(parent), f.org_entity(child)) {
        f.emit(p, Predicate::Owns, c, None, Why::new(noun, "whose-parent", 0.65));
    }
}

/// "Acme operates in Peru under the Zentrix brand", "runs 400 stores under
/// the Zentrix banner, Kestrel and Orvane banners, as well as the Tolva
/// banner": the names right before a noun of a brand after "under" (and
/// before the nouns of brands listed after it) are brands of the sentence's
/// subject, which owns them.
pub(super) fn under_brands(f: &mut Facts, s: usize) {
    // Only a sentence with "under" and a noun of a brand is read.
    if !(f.held(s).says(Said::Under) && f.held(s).has(Words::BrandNoun)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for u in range.start + 1..range.end {
        if f.doc.lower(u) != "under" {
            continue;
        }
        let mut j = u + 1;
        let mut brands: Vec<usize> = Vec::new();
        loop {
            if matches!(f.doc.lower(j), "the" | "its" | "their") {
                j += 1;
            }
            let (names, noun) = names_before_brand_noun(f, j, range.end);
            if names.is_empty() {
                break;
            }
            brands.extend(names);
            j = noun + 1;
            match f.doc.lower(j) {
                "," | "and" | "or" => j += 1,
                _ => break,
            }
            if f.doc.lower(j) == "and" {
                j += 1;
            }
            if f.doc.lower(j) == "as" && f.doc.lower(j + 1) == "well" && f.doc.lower(j + 2) == "as" {
                j += 3;
            }
        }
        for k in brands {
            let brand = f.entity(k);
            if !matches!(f.class(brand), EntityClass::Product | EntityClass::Organization) {
                continue;
            }
            if let Some(owner) = sentence_subject(f, u, brand) {
                f.emit(owner, Predicate::Owns, brand, None, Why::new(u, "under-its-brand", 0.6));
            }
        }
    }
}

/// "Zentrix banner", "Kestrel and Orvane banners": the names listed from
/// token `j` right up to a lower-case noun of a brand, and where that noun
/// stands; no names when the list ends elsewhere.
fn names_before_brand_noun(f: &Facts, mut j: usize, end: usize) -> (Vec<usize>, usize) {
    let mut names = Vec::new();
    while j < end {
        if let Some(k) = f.starting(j) {
            names.push(k);
            j = f.live[k].0.end;
        } else if !names.is_empty() && matches!(f.doc.lower(j), "," | "and") {
            j += 1;
        } else {
            break;
        }
    }
    if names.is_empty() || !f.word_is(j, Words::BrandNoun) || f.doc.is_capitalized(j) {
        return (Vec::new(), j);
    }
    (names, j)
}

/// "Velto said its parent company Brask Capital…", "bought 25% of Velto
/// from its private equity owner Brask Capital", "its majority owner,
/// Brask": a noun of an owner behind "its" (or "the company's") at `i`,
/// past describing words, then (past a noun of an organisation and a
/// comma) a name: that organisation owns what "its" stands for. Not a
/// former owner ("its previous owner Brask"), nor an owner's possessive
/// ("its parent's chief").
pub(super) fn its_parent(f: &mut Facts, i: usize) {
    let Some(after) = past_its(f, i) else { return };
    let Some(noun) = (after..after + 4).find(|&j| f.word_is(j, Words::ParentNoun)) else { return };
    let plain = |j: usize| f.doc.is_lower_word(j) || f.doc.is_punct(j, '-');
    if !(after..noun).all(plain) || (after..noun).any(|j| PAST_WORDS.contains(&f.doc.lower(j))) {
        return;
    }
    let mut j = noun + 1 + f.doc.lookup(&f.res.org_nouns, noun + 1).map_or(0, |(len, _)| len);
    if f.doc.is_punct(j, ',') {
        j += 1;
    }
    let Some(parent) = f.starting(j).and_then(|m| f.org_entity(m)) else { return };
    let child = if f.doc.lower(i) == "its" { its_owner(f, i) } else { f.the_company(i - 1, f.topic) };
    let Some(child) = child.filter(|&c| f.class(c) == EntityClass::Organization) else { return };
    if child != parent {
        f.emit(parent, Predicate::Owns, child, None, Why::new(noun, "its-parent", 0.6));
    }
}

/// "Velto's acquisition by Brask", "since its takeover by Brask in 2020",
/// "Velto's long-awaited purchase by Brask": a noun of a company bought
/// right after its possessive (or "its", past describing words), then "by"
/// and the buyer: the buyer acquired the possessor.
pub(super) fn bought_by(f: &mut Facts, s: usize) {
    let range = f.doc.sentences[s].clone();
    for i in range.start + 1..range.end {
        if !(f.doc.word_is(i, Words::BoughtNoun) && f.doc.lower(i + 1) == "by") {
            continue;
        }
        let the = usize::from(f.doc.lower(i + 2) == "the");
        let Some(buyer) = f.starting(i + 2 + the).and_then(|m| f.org_entity(m)) else { continue };
        // Back past describing words to the possessive.
        let mut p = i;
        while p > range.start + 1 && i - p < 3 && (f.doc.is_lower_word(p - 1) || f.doc.is_punct(p - 1, '-')) {
            if f.doc.lower(p - 1) == "its" {
                break;
            }
            p -= 1;
        }
        // "its former owner's takeover by", "Velto's hostile takeover by Brask": no purchase made.
        let unmade = |j: usize| PAST_WORDS.contains(&f.doc.lower(j)) || f.word_is(j, Words::TentativeWord);
        if p <= range.start || unmade(p - 1) || (p..i).any(unmade) {
            continue;
        }
        let bought = if f.doc.lower(p - 1) == "its" {
            its_owner(f, p - 1)
        } else if f.doc.is_possessive(p - 1) {
            f.ending(p - 1).map(|m| f.entity(m))
        } else {
            None
        };
        let Some(bought) = bought.filter(|&b| f.class(b) == EntityClass::Organization) else { continue };
        if bought != buyer {
            f.emit(buyer, Predicate::Acquired, bought, None, Why::new(i, "bought-by", 0.65));
        }
    }
}
