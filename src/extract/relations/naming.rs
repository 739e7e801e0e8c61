//! The maker of a thing that a naming idiom names: "Acme refers to its
//! platform as Lumisk", "its flagship assistant is called Ostra", "a chatbot
//! which it named Pemberly", "the drug, called Zolvatrin by Acme".

use super::{Facts, Why};
use crate::extract::model::{EntityClass, Predicate};
use crate::extract::resources::Words;
use crate::text::words::REFER_VERBS;

/// Read after the sentence rules: a product or model named by an idiom
/// that also says whose it is was developed by that organisation.
pub(super) fn named_things(f: &mut Facts) {
    for k in 0..f.live.len() {
        let e = f.entity(k);
        if !matches!(f.class(e), EntityClass::Product | EntityClass::AIModel) {
            continue;
        }
        let (start, end) = (f.live[k].0.start, f.live[k].0.end);
        let Some((maker, rule)) = maker_before(f, start).or_else(|| maker_after(f, start, end)) else { continue };
        if f.class(maker) == EntityClass::Organization {
            f.emit(maker, Predicate::Developed, e, None, Why::new(start, rule, 0.65));
        }
    }
}

/// The token before the name starting at `start`, past an opening quote.
fn before_name(f: &Facts, start: usize) -> Option<usize> {
    let b = start.checked_sub(1)?;
    if f.doc.opens_quote(b) {
        b.checked_sub(1)
    } else {
        Some(b)
    }
}

/// The organisation a naming idiom ending right before the name names as
/// the thing's owner: the subject of "refers to its … as", what "it" of
/// "which it named" stands for, the owner of "its … is called".
fn maker_before(f: &Facts, start: usize) -> Option<(usize, &'static str)> {
    let doc = f.doc;
    let b = before_name(f, start)?;
    let plain = |j: usize| doc.is_lower_word(j) || doc.is_punct(j, '-');
    if doc.lower(b) == "as" {
        let to = (b.saturating_sub(6)..b).rev().take_while(|&j| plain(j)).find(|&j| doc.lower(j) == "to")?;
        let det = to + 1;
        let verb = to.checked_sub(1)?;
        if !REFER_VERBS.contains(&doc.lower(verb)) || !matches!(doc.lower(det), "its" | "their") {
            return None;
        }
        let subject = f.ending(verb).map(|k| f.entity(k)).filter(|&s| f.class(s) == EntityClass::Organization);
        return subject.or_else(|| f.referent(det)).map(|m| (m, "named-referred-as"));
    }
    if !doc.word_is(b, Words::NamingParticiple) {
        return None;
    }
    let p = b.checked_sub(1)?;
    if matches!(doc.lower(p), "it" | "they") && p > 0 && matches!(doc.lower(p - 1), "which" | "that") {
        return f.referent(p).map(|m| (m, "named-by-relative"));
    }
    if !matches!(doc.lower(p), "is" | "was" | "are" | "were") {
        return None;
    }
    // "its flagship platform is called Ostra", "Acme's assistant is named Ostra".
    let det = (p.saturating_sub(5)..p).rev().find(|&j| !plain(j) || matches!(doc.lower(j), "its" | "their"))?;
    if matches!(doc.lower(det), "its" | "their") && det + 1 < p {
        return f.referent(det).map(|m| (m, "named-stated"));
    }
    let owner = f.ending(det).filter(|_| doc.is_possessive(det) && det + 1 < p)?;
    Some((f.entity(owner), "named-stated"))
}

/// "…, called Zolvatrin by Acme", "a chip dubbed Ostra by Acme": a naming
/// participle before the name and "by" and an organisation right after it.
fn maker_after(f: &Facts, start: usize, end: usize) -> Option<(usize, &'static str)> {
    let b = before_name(f, start)?;
    if !f.doc.word_is(b, Words::NamingParticiple) {
        return None;
    }
    let by = if f.doc.is_punct(end, '”') || f.doc.is_punct(end, '"') { end + 1 } else { end };
    if f.doc.lower(by) != "by" {
        return None;
    }
    let k = f.starting(by + 1)?;
    Some((f.entity(k), "named-called-by"))
}
