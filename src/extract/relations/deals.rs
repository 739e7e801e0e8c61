//! Deals whose words no cue phrase holds together: a passive purchase or
//! backing with a time phrase before its agent ("Zentrix was acquired in
//! October 2006 by Brindle", "the bank was bought last year by Orvane",
//! "Zentrix, backed in 2019 by Kestrel", "backed in a big way by Kestrel"); a joint investment ("Kestrel
//! co-invested with Orvane and Brindle in Zentrix").

use super::clause::{members_after, members_before, past_manner_phrase, past_time_phrase};
use super::cues::{apply_cue, referred_object};
use super::held::Said;
use super::{Facts, Why};
use crate::extract::model::{EntityClass, Predicate};
use crate::extract::resources::{Frame, Words};

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
