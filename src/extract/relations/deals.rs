//! Deals whose words no cue phrase holds together: a passive purchase or
//! backing with a time phrase before its agent ("Zentrix was acquired in
//! October 2006 by Brindle", "the bank was bought last year by Orvane",
//! "Zentrix, backed in 2019 by Kestrel", "backed in a big way by Kestrel"); a joint investment ("Kestrel
//! co-invested with Orvane and Brindle in Zentrix"); money pledged to a company
//! ("Kestrel pledged $300m to support Zentrix").

use super::clause::{members_after, members_before, past_manner_phrase, past_time_phrase};
use super::cues::{apply_cue, referred_object};
use super::held::Said;
use super::{Facts, Why};
use crate::extract::model::{EntityClass, Predicate};
use crate::extract::resources::{Frame, Words};
use crate::text::words::PHRASE_OPENERS;

/// "Zentrix was acquired in October 2006 by Brindle", "The bank was further
/// bought last year by Orvane": a participle of buying or backing, a short
/// time phrase, then "by" and the buyer or backer; the bought or backed
/// company is the name before the participle, or what "it" or "the bank"
/// opening the sentence stands for.
pub(super) fn passive_past_time(f: &mut Facts, s: usize) {
    // Only a sentence with a participle of buying or backing is read.
    if !f.held(s).says(Said::DealParticiple) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for j in range.start + 1..range.end {
        let p = match f.doc.lower(j) {
            "acquired" | "bought" | "purchased" => Predicate::Acquired,
            "backed" | "funded" | "financed" => Predicate::InvestedIn,
            _ => continue,
        };
        // "backed in 2019 by", "backed in a big way by".
        let by = past_manner_phrase(f.doc, past_time_phrase(f.doc, j + 1));
        if by == j + 1 || f.doc.lower(by) != "by" {
            continue;
        }
        let right = members_after(f, by + 1, range.end);
        if right.is_empty() {
            continue;
        }
        let left = members_before(f, j, range.start);
        if !apply_cue(f, p, Frame::Passive, &left, &right, j) && left.is_empty() {
            referred_object(f, p, &right, j, range.start);
        }
    }
}

/// "Kestrel co-invested with Orvane and Brindle in Zentrix", "Kestrel
/// co-invested in Zentrix alongside Orvane": a verb of investing joined to
/// "co", the ones it was done with after "with" or "alongside", the company
/// after "in". The subject and every one it invested with put money in the
/// company.
pub(super) fn co_invested(f: &mut Facts, s: usize) {
    // Only a sentence with a verb of investing is read.
    if !f.held(s).has(Words::InvestVerb) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    let with = |j: usize| matches!(f.doc.lower(j), "with" | "alongside");
    for j in range.start + 2..range.end.saturating_sub(2) {
        let joined = f.doc.lower(j - 2) == "co" && f.doc.is_punct(j - 1, '-') && f.doc.joined(j - 1);
        if !joined || !f.word_is(j, Words::InvestVerb) {
            continue;
        }
        // The first list's end: the word after its last name, past a time phrase.
        let after_list = |f: &Facts, list: &[super::clause::Member]| {
            list.last().map_or(range.end, |m| past_time_phrase(f.doc, f.live[m.head].0.end))
        };
        let (partners, companies) = if with(j + 1) {
            let partners = members_after(f, j + 2, range.end);
            let next = after_list(f, &partners);
            if next >= range.end || f.doc.lower(next) != "in" {
                continue;
            }
            (partners, members_after(f, next + 1, range.end))
        } else if f.doc.lower(j + 1) == "in" {
            let companies = members_after(f, j + 2, range.end);
            let next = after_list(f, &companies);
            if next >= range.end || !with(next) {
                continue;
            }
            (members_after(f, next + 1, range.end), companies)
        } else {
            continue;
        };
        let companies: Vec<_> =
            companies.into_iter().filter(|m| f.class(f.entity(m.head)) == EntityClass::Organization).collect();
        if companies.is_empty() {
            continue;
        }
        let left = members_before(f, j - 2, range.start);
        apply_cue(f, Predicate::InvestedIn, Frame::Active, &left, &companies, j);
        for p in &partners {
            let partner = f.entity(p.head);
            if !matches!(f.class(partner), EntityClass::Organization | EntityClass::Person) {
                continue;
            }
            for c in &companies {
                let company = f.entity(c.head);
                f.emit(partner, Predicate::InvestedIn, company, None, Why::new(j, "co-invested", 0.6));
            }
        }
    }
}

/// "Kestrel has pledged an additional $300m to support its battery arm,
/// Zentrix", "it plans to invest up to $2bn to help Zentrix expand",
/// "committed EUR 50m to fund Zentrix": a verb of putting or pledging money,
/// an amount, then "to", a verb of supporting and the company (past its
/// describing words): whoever pledged the money invested in the company.
pub(super) fn money_to_support(f: &mut Facts, s: usize) {
    // Only a sentence with a verb of investing or pledging and one of supporting is read.
    let held = f.held(s);
    if !(held.has(Words::InvestVerb) || held.has(Words::PledgeVerb)) || !held.has(Words::SupportVerb) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for j in range.start + 1..range.end {
        if !(f.word_is(j, Words::InvestVerb) || f.word_is(j, Words::PledgeVerb)) {
            continue;
        }
        // The amount, then "to" and a verb of supporting; no name and no "in" between
        // ("invested $5m in plants to help Zentrix": the money went elsewhere).
        let end = (j + 16).min(range.end.saturating_sub(2));
        let Some(to) = (j + 1..end)
            .take_while(|&t| f.starting(t).is_none() && !matches!(f.doc.lower(t), "in" | "into" | ";"))
            .find(|&t| f.doc.lower(t) == "to" && f.word_is(t + 1, Words::SupportVerb))
        else {
            continue;
        };
        if !(j + 1..to).any(|t| f.doc.has_digit(t)) {
            continue;
        }
        let Some(object) = supported_company(f, to + 2, range.end) else { continue };
        let Some(subject) = pledger(f, j, range.start) else { continue };
        if subject != object {
            f.emit(subject, Predicate::InvestedIn, object, None, Why::new(j, "money-to-support", 0.6));
        }
    }
}

/// "Zentrix", "its battery arm, Zentrix", "struggling carmaker Zentrix": the
/// organisation named at token `from`, past a few describing words (and the
/// comma of an apposition); not a possessor ("Zentrix's suppliers").
fn supported_company(f: &Facts, from: usize, end: usize) -> Option<usize> {
    let mut k = from;
    while k < end && k - from < 6 && f.starting(k).is_none() {
        let w = f.doc.lower(k);
        let describing = f.doc.is_lower_word(k) && !PHRASE_OPENERS.contains(&w) && !matches!(w, "such" | "like");
        let comma = f.doc.is_punct(k, ',') && k > from && f.doc.is_lower_word(k - 1);
        if !(describing || comma || f.doc.is_punct(k, '-')) {
            return None;
        }
        k += 1;
    }
    let m = f.starting(k)?;
    let e = f.org_entity(m)?;
    (!f.doc.is_possessive(f.live[m].0.end)).then_some(e)
}

/// Who pledged the money the verb at token `j` speaks of: the nearest person
/// or organisation named before it in its sentence (not a possessor, nor the
/// object of a preposition), or what an "it" between stands for.
fn pledger(f: &Facts, j: usize, start: usize) -> Option<usize> {
    let (r, e) = f
        .within(start, j)
        .iter()
        .rev()
        .find(|(r, e)| {
            matches!(f.class(*e), EntityClass::Organization | EntityClass::Person) && !f.doc.is_possessive(r.end)
        })?
        .clone();
    if let Some(it) = (r.end..j).find(|&t| f.doc.lower(t) == "it") {
        return f.referent(it).filter(|&o| f.class(o) == EntityClass::Organization);
    }
    let governed = r.start > start && PHRASE_OPENERS.contains(&f.doc.lower(r.start - 1));
    (!governed).then_some(e)
}
