//! A person who owns an organisation, a tie other than employment: "Dana
//! Roe's Zentrix Capital", "Zentrix-owner Dana Roe", "Zentrix, the private
//! investment arm of Dana Roe".

use super::{Facts, Why};
use crate::extract::model::{EntityClass, Predicate};
use crate::extract::resources::Words;
use crate::text::words::ARTICLES;
use EntityClass::{Organization as Org, Person};

/// Read after every other rule: a person already said to work for, found,
/// lead or sit on the board of the organisation keeps that fact alone.
pub(super) fn proprietors(f: &mut Facts) {
    for k in 0..f.live.len() {
        let e = f.entity(k);
        let end = f.live[k].0.end;
        match f.class(e) {
            // "Dana Roe's Zentrix Capital": a holding or investment firm right after a
            // person's possessive ("Dana Roe's Zentrix" may be a company the person only runs).
            Person if f.doc.is_possessive(end) => {
                let holding = f.starting(end + 1).filter(|&o| f.word_is(f.live[o].0.end - 1, Words::HoldingNameWord));
                if let Some(o) = holding.map(|o| f.entity(o)).filter(|&o| f.class(o) == Org) {
                    tie(f, e, o, end, "person-possessive-org");
                }
            }
            Org => {
                // "Zentrix-owner Dana Roe", "Zentrix owner Dana Roe".
                let j = if f.doc.is_punct(end, '-') { end + 1 } else { end };
                if f.doc.lower(j) == "owner" {
                    if let Some(p) = f.starting(j + 1).map(|p| f.entity(p)).filter(|&p| f.class(p) == Person) {
                        tie(f, p, e, j, "org-owner-person");
                    }
                }
                if let Some(p) = vehicle_of(f, end) {
                    tie(f, p, e, end, "vehicle-of-person");
                }
            }
            _ => {}
        }
    }
}

/// ", the family office of Dana Roe", ", the private investment arm of
/// Hong Kong's richest man, Dana Roe" after an organisation ending at
/// `end`: the person the "of" names first, past at most a place and a
/// description, with no other company or person before.
fn vehicle_of(f: &Facts, end: usize) -> Option<usize> {
    if !f.doc.is_punct(end, ',') || !ARTICLES.contains(&f.doc.lower(end + 1)) {
        return None;
    }
    let sentence_end = f.sentence_end(end);
    let noun = (end + 2..(end + 6).min(sentence_end))
        .take_while(|&j| f.doc.is_lower_word(j))
        .find(|&j| f.word_is(j, Words::OwnerVehicle) && f.doc.lower(j + 1) == "of")?;
    let stop = (noun + 10).min(sentence_end);
    let mut k = f.live.partition_point(|(r, _)| r.start < noun + 2);
    while k < f.live.len() && f.live[k].0.start < stop {
        let e = f.entity(k);
        match f.class(e) {
            Person => return Some(e),
            EntityClass::Place => k += 1,
            _ => return None,
        }
    }
    None
}

/// Person `p` affiliated with organisation `o`, unless another rule tied them.
fn tie(f: &mut Facts, p: usize, o: usize, at: usize, rule: &str) {
    if f.out.iter().any(|r| r.subject == p && r.object == o) {
        return;
    }
    f.emit(p, Predicate::AffiliatedWith, o, None, Why::new(at, rule, 0.6));
}
