//! Whom "he" and "she" stand for: the last person named before them whom
//! the pronoun fits (the honorific the article gives them, "Mr Clifford",
//! else their given name: the census lists in `given-names.txt` say which
//! names are mostly men's or women's), else the last person named.

use std::ops::Range;

use super::doc::Doc;
use super::model::{Entity, EntityClass};
use super::resources::{Gender, Resources};
use crate::text::words::{FEMALE_HONORIFICS, MALE_HONORIFICS};

/// The gender a personal pronoun refers to, if the word is one.
pub fn pronoun_gender(word: &str) -> Option<Gender> {
    match word {
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// The gender a person's name suggests: that of its given name, the first
/// word (both halves of "Jean-Luc"). A later word says nothing: a surname may
/// be some other person's given name ("Peng Xiao": Xiao is a woman's given
/// name too, but here the family name).
fn gender_of(res: &Resources, e: &Entity) -> Option<Gender> {
    let first = e.name.split_whitespace().next()?;
    first.split('-').find_map(|w| res.gender.get(w).copied())
}

/// A person's name does not contradict a pronoun of `gender`.
fn gender_fits(res: &Resources, e: &Entity, gender: Option<Gender>) -> bool {
    gender.is_none_or(|g| gender_of(res, e).is_none_or(|h| h == g))
}

/// The person a pronoun of `gender` stands for, among the live mentions
/// (`(tokens, entity)`, in text order) ending before token `before`.
pub fn person_before(
    doc: &Doc,
    res: &Resources,
    live: &[(Range<usize>, usize)],
    entities: &[Entity],
    before: usize,
    gender: Option<Gender>,
) -> Option<usize> {
    last_person_fitting(live, entities, before, |e| pronoun_fits(doc, res, live, entities, e, gender))
}

/// A pronoun of `gender` may stand for person `e`: the honorific the article
/// gives the person ("Mr Clifford") decides, else the given name's gender.
pub fn pronoun_fits(
    doc: &Doc,
    res: &Resources,
    live: &[(Range<usize>, usize)],
    entities: &[Entity],
    e: usize,
    gender: Option<Gender>,
) -> bool {
    match (gender, honorific_gender(doc, live, e)) {
        (Some(g), Some(h)) => g == h,
        _ => gender_fits(res, &entities[e], gender),
    }
}

/// The gender an honorific right before a mention of person `e` gives it
/// ("Mr Clifford", "Mrs. Okafor").
fn honorific_gender(doc: &Doc, live: &[(Range<usize>, usize)], e: usize) -> Option<Gender> {
    live.iter().filter(|(_, x)| *x == e).find_map(|(r, _)| {
        let p = r.start.checked_sub(1)?;
        let p = if doc.is_punct(p, '.') { p.checked_sub(1)? } else { p };
        let word = doc.lower(p);
        if MALE_HONORIFICS.contains(&word) {
            Some(Gender::Male)
        } else {
            FEMALE_HONORIFICS.contains(&word).then_some(Gender::Female)
        }
    })
}

/// The last person named before token `before` (among the live mentions)
/// for whom `fits` holds, else the last person named.
fn last_person_fitting(
    live: &[(Range<usize>, usize)],
    entities: &[Entity],
    before: usize,
    fits: impl Fn(usize) -> bool,
) -> Option<usize> {
    let k = live.partition_point(|(r, _)| r.end <= before);
    let people = || live[..k].iter().rev().map(|(_, e)| *e).filter(|&e| entities[e].class == EntityClass::Person);
    people().find(|&e| fits(e)).or_else(|| people().next())
}
