//! Joint ventures: "their joint venture Zentrix", "its Zentrix joint venture
//! with Brindle", "the Acme/Brindle joint venture Zentrix", "Zentrix, a joint
//! venture between Acme and Brindle". The owners each own the venture and
//! are partners of one another.

use super::clause::{members_after, members_before};
use super::cues::{negated_before, pairwise};
use super::held::Said;
use super::ties::sentence_subject;
use super::{Facts, Why};
use crate::extract::model::{EntityClass, Predicate};
use crate::extract::resources::Words;
use crate::text::words::COPULAS;
use crate::text::TokenKind;
use EntityClass::Organization as Org;

/// Where the noun of a joint venture starts when one ends at token `v`
/// ("joint venture", "JV").
fn venture_phrase(f: &Facts, v: usize) -> Option<usize> {
    if !f.word_is(v, Words::VentureNoun) {
        return None;
    }
    match f.doc.lower(v) {
        "venture" | "ventures" => (v >= 1 && f.doc.lower(v - 1) == "joint").then(|| v - 1),
        _ => Some(v),
    }
}

/// "its Zentrix joint venture with…", "their Zentrix JV", "the Acme/Brindle
/// joint venture Zentrix": a partnership cue of `len` tokens at token `i`
/// names a joint venture (right before it or right after it), not a partner.
pub(super) fn names_the_venture(f: &Facts, i: usize, len: usize) -> bool {
    let Some(v) = (i..i + 2).find(|&v| venture_phrase(f, v) == Some(i)) else { return false };
    let named_after = v + 1 == i + len && f.starting(i + len).is_some();
    named_after || f.ending(i).is_some_and(|k| determined(f, k)) || venture_before(f, i).is_some()
}

/// "Zentrix, its joint venture with Brindle", "Zentrix, their JV": the
/// organisation mention set off by a comma before "its" or "their" at `at - 1`,
/// the venture the noun starting at `at` describes.
fn venture_before(f: &Facts, at: usize) -> Option<usize> {
    let comma = at.checked_sub(2)?;
    let owned = matches!(f.doc.lower(at - 1), "its" | "their") && f.doc.is_punct(comma, ',');
    f.ending(comma).filter(|&k| owned && f.org_entity(k).is_some())
}

/// "their joint venture, Zentrix, will…": the name set off by commas right
/// after the noun of a venture ending at `v` whose determiner at `det` owns it.
fn venture_set_off(f: &Facts, det: usize, v: usize) -> Option<usize> {
    let owned = matches!(f.doc.lower(det), "its" | "their");
    let k = f.starting(v + 2).filter(|_| owned && f.doc.is_punct(v + 1, ','))?;
    f.doc.is_punct(f.live[k].0.end, ',').then_some(k)
}

/// "its Zentrix", "their Zentrix", "the Zentrix", "Acme's Zentrix": a
/// determiner or a possessor right before mention `k`.
fn determined(f: &Facts, k: usize) -> bool {
    let before = f.live[k].0.start.wrapping_sub(1);
    matches!(f.doc.lower(before), "its" | "their" | "the") || f.doc.is_possessive(before)
}

/// The mention ending right before token `at`, or before a list separator
/// there (",", "and", ", and", "/", "-", "&"): "Acme, Brindle and Zentrix",
/// "Acme-Brindle", or names side by side ("Acme Brindle Zentrix").
fn name_before(f: &Facts, at: usize, floor: usize) -> Option<usize> {
    let separator = |j: usize| {
        j >= floor && ([',', '/', '-', '&'].iter().any(|&c| f.doc.is_punct(j, c)) || f.doc.lower(j) == "and")
    };
    f.ending(at)
        .or_else(|| at.checked_sub(1).filter(|&j| separator(j)).and_then(|j| f.ending(j)))
        .or_else(|| at.checked_sub(2).filter(|&j| separator(j) && separator(j + 1)).and_then(|j| f.ending(j)))
}

/// The organisations sentence `s` names as actors, for a "their" in the
/// next sentence that names none: not a possessor, not a company the
/// sentence says another owns ("Acme, parent of Zentrix,"), not a speaker
/// that reports ("Daily Post reported that Acme and Brindle…").
fn earlier_owners(f: &Facts, s: usize) -> Vec<usize> {
    let range = f.doc.sentences[s].clone();
    let sentence = f.doc.sentence_span(s);
    let owned = |e: usize| {
        f.out.iter().any(|r| r.predicate == Predicate::Owns && r.object == e && r.evidence.sentence == sentence)
    };
    let mut named: Vec<usize> = Vec::new();
    for (r, e) in f.within(range.start, range.end) {
        let reports = f.doc.word_is(r.end, Words::ReportingVerb);
        if f.class(*e) == Org && !f.doc.is_possessive(r.end) && !reports && !owned(*e) && !named.contains(e) {
            named.push(*e);
        }
    }
    named
}

/// "the Acme, Brindle and Zentrix partnership", "an Acme-Brindle alliance":
/// the organisations listed right before a singular noun of partnership
/// (after a determiner) are partners of one another.
pub(super) fn named_alliances(f: &mut Facts, s: usize) {
    // Only a sentence with a noun of a venture or an alliance is read.
    if !(f.held(s).has(Words::VentureNoun) || f.held(s).has(Words::AllianceNoun)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for v in range.clone() {
        let Some(p0) = venture_phrase(f, v).or_else(|| f.word_is(v, Words::AllianceNoun).then_some(v)) else {
            continue;
        };
        let mut members: Vec<usize> = Vec::new();
        let mut at = p0;
        while let Some(k) = name_before(f, at, range.start) {
            members.push(k);
            at = f.live[k].0.start;
        }
        let determined = matches!(f.doc.lower(at.wrapping_sub(1)), "the" | "a" | "an" | "their" | "this");
        let mut orgs: Vec<usize> = members.iter().filter_map(|&k| f.org_entity(k)).collect();
        orgs.dedup();
        if !determined || orgs.len() < 2 {
            continue;
        }
        for (n, &a) in orgs.iter().rev().enumerate() {
            for &b in orgs.iter().rev().skip(n + 1) {
                f.emit(a, Predicate::PartnersWith, b, None, Why::new(v, "named-alliance", 0.6));
            }
        }
    }
}

/// Joint ventures named in sentence `s`, their owners and partners.
pub(super) fn joint_ventures(f: &mut Facts, s: usize) {
    // Only a sentence with a noun of a venture is read.
    if !(f.held(s).has(Words::VentureNoun)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for v in range.clone() {
        let Some(p0) = venture_phrase(f, v) else { continue };
        let mut owners: Vec<usize> = Vec::new();
        let mut venture = None;
        // The venture's name: right after the noun ("joint venture Zentrix",
        // "a JV called Zentrix") or between a determiner and the noun ("its Zentrix JV").
        let named = if f.word_is(v + 1, Words::NamingVerb) { v + 2 } else { v + 1 };
        let name_after = f
            .starting(named)
            .or_else(|| venture_set_off(f, p0.wrapping_sub(1), v))
            .filter(|&k| f.live[k].0.start < range.end && f.org_entity(k).is_some());
        if let Some(k) = name_after {
            venture = f.org_entity(k);
        }
        let mut det = p0;
        // "the Acme/Brindle ecommerce joint venture": up to two describing words before the noun.
        while det > range.start
            && p0 - det < 2
            && f.starting(det - 1).is_none()
            && f.ending(det).is_none()
            && f.doc.tokens[det - 1].kind == TokenKind::Word
            && !f.doc.is_capitalized(det - 1)
            && !matches!(f.doc.lower(det - 1), "its" | "their" | "the" | "a" | "an")
        {
            det -= 1;
        }
        if let Some(k) = f.ending(det) {
            let slash = |a: usize, b: usize| {
                f.live[a].0.end + 1 == f.live[b].0.start
                    && (f.doc.is_punct(f.live[a].0.end, '/') || f.doc.is_punct(f.live[a].0.end, '-'))
            };
            let mut first = k;
            while first > 0 && slash(first - 1, first) {
                first -= 1;
            }
            if first < k {
                // "the Acme/Brindle joint venture": the names joined by slashes own it.
                owners.extend((first..=k).filter_map(|m| f.org_entity(m)));
                det = f.live[first].0.start;
            } else if venture.is_none() && determined(f, k) && !f.doc.is_possessive(f.live[k].0.end) {
                venture = f.org_entity(k);
                det = f.live[k].0.start - 1;
            }
        }
        let word_before = f.doc.lower(det.wrapping_sub(1));
        let after = name_after.map_or(v + 1, |k| f.live[k].0.end);
        let link = f.doc.lower(after);
        if owners.is_empty() && (f.doc.lower(det) == "its" || word_before == "its") {
            // "its Zentrix joint venture with Brindle": what "its" stands for and the partners after "with".
            let its = if f.doc.lower(det) == "its" { det } else { det - 1 };
            let set_off = venture_before(f, its + 1).and_then(|k| f.org_entity(k));
            if venture.is_none() {
                venture = set_off;
            }
            // "The company sells through Orvane Launch, its joint venture with Brindle": "its" in
            // the apposition stands for the sentence's subject, not a name nearer to it.
            owners.extend(set_off.and_then(|z| sentence_subject(f, its, z)).or_else(|| f.referent(its)));
            if link == "with" {
                owners.extend(members_after(f, after + 1, range.end).iter().filter_map(|m| f.org_entity(m.head)));
            }
        } else if owners.is_empty() && (f.doc.lower(det) == "their" || word_before == "their") {
            // "Acme and Brindle… through their joint venture Zentrix": the companies the sentence names before.
            let their = if f.doc.lower(det) == "their" { det } else { det - 1 };
            let mut named_before: Vec<usize> = Vec::new();
            for (r, e) in f.within(range.start, their) {
                if f.class(*e) == Org && !f.doc.is_possessive(r.end) && !named_before.contains(e) {
                    named_before.push(*e);
                }
            }
            // "They told the regulator that their joint venture, Zentrix, will…": the
            // owners were named in the sentence before.
            let they = f.doc.lower(f.opening(range.start)) == "they";
            if (named_before.is_empty() || they) && s > 0 {
                named_before = earlier_owners(f, s - 1);
            }
            if (2..=3).contains(&named_before.len()) {
                owners = named_before;
            }
        } else if owners.is_empty() && matches!(link, "between" | "of" | "by") {
            // "a joint venture between Acme and Brindle", "the JV of Acme and Brindle".
            let listed: Vec<usize> =
                members_after(f, after + 1, range.end).iter().filter_map(|m| f.org_entity(m.head)).collect();
            if listed.len() >= 2 && f.starting(after + 1).is_some() {
                owners = listed;
            }
            // "Zentrix, a joint venture between…", "Zentrix is a joint venture of…":
            // the venture is named before the comma or the copula.
            let article = matches!(word_before, "a" | "the") || matches!(f.doc.lower(det), "a" | "the");
            let a = if matches!(f.doc.lower(det), "a" | "the") { det } else { det.wrapping_sub(1) };
            let link = a.checked_sub(1).filter(|&l| f.doc.is_punct(l, ',') || COPULAS.contains(&f.doc.lower(l)));
            if let Some(l) = link.filter(|_| venture.is_none() && article) {
                venture = f.ending(l).and_then(|k| f.org_entity(k));
            }
        }
        owners.dedup();
        if let Some(z) = venture {
            owners.retain(|&o| o != z);
            for &o in &owners {
                f.emit(o, Predicate::Owns, z, None, Why::new(v, "joint-venture-owner", 0.6));
            }
        }
        for (n, &a) in owners.iter().enumerate() {
            for &b in &owners[n + 1..] {
                f.emit(a, Predicate::PartnersWith, b, None, Why::new(v, "joint-venture-partners", 0.6));
            }
        }
    }
}

/// "A and B will create a joint fund", "A, B and C began the construction of
/// a joint battery plant", "A, B to build joint plant": the organisations
/// listed right before a verb of setting up whose object is something joint
/// are partners of one another. The verb stands at most six plain words
/// before "joint"; a negated verb ties nothing, and a joint venture is left
/// to the venture rules.
pub(super) fn joint_undertaking(f: &mut Facts, s: usize) {
    // Only a sentence with "joint" and a verb of setting up is read.
    if !(f.held(s).says(Said::Joint) && f.held(s).has(Words::UndertakeVerb)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for j in range.start + 2..range.end {
        if f.doc.lower(j) != "joint" || venture_phrase(f, j + 1).is_some() {
            continue;
        }
        let Some(verb) = undertaking_verb(f, j, range.start) else { continue };
        if negated_before(f.doc, verb, range.start) {
            continue;
        }
        let left = members_before(f, verb, range.start);
        pairwise(f, Predicate::PartnersWith, &left, verb);
    }
}

/// The verb of setting up that governs the "joint" at token `j`: at most
/// six plain lower-case words before it ("create a joint", "began the
/// construction of a joint"), none a name.
fn undertaking_verb(f: &Facts, j: usize, sentence_start: usize) -> Option<usize> {
    let floor = j.saturating_sub(7).max(sentence_start + 1);
    for v in (floor..j).rev() {
        let plain = f.doc.is_lower_word(v) && f.starting(v).is_none();
        if !plain {
            return None;
        }
        if f.word_is(v, Words::UndertakeVerb) {
            return Some(v);
        }
    }
    None
}
