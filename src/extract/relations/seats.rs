//! Where an organisation has its seat, read from the words of the seat:
//! "Lyon, where Zentrix is based", "Lyon, its hometown", "Zentrix's Lyon
//! headquarters", "Zentrix's offices in Porto, Portugal".

use super::places::{demonym_ending, place_named};
use super::possessives::past_its;
use super::titles::the_company_s;
use super::{Facts, Why};
use crate::extract::model::{EntityClass, Predicate};
use crate::extract::resources::Words;
use crate::text::words::{COPULAS, DESCRIPTION_ENDS, HEAD_SEATS, SEAT_MODIFIERS, SEAT_VERBS};
use EntityClass::{Organization as Org, Place};

/// Place mention `k` followed by a clause that seats an organisation there:
/// "Lyon, where Zentrix is based", "Lyon, where Zentrix has its
/// headquarters", "Zentrix grew up in Lyon, its hometown" (the organisation
/// "its" stands for, named earlier in the sentence).
pub(super) fn seat_clause(f: &mut Facts, k: usize) {
    let place = f.entity(k);
    if f.class(place) != Place {
        return;
    }
    let end = f.live[k].0.end;
    let comma = f.doc.is_punct(end, ',');
    let at = end + usize::from(comma);
    let org = match f.doc.lower(at) {
        "where" => seated_subject(f, at + 1),
        "its" if comma && f.word_is(at + 1, Words::SeatNoun) && org_before(f, at) => f.referent(at),
        _ => None,
    };
    if let Some(org) = org.filter(|&o| f.class(o) == Org) {
        f.emit(org, Predicate::LocatedIn, place, None, Why::new(at, "where-based", 0.75));
    }
}

/// An organisation is named in the sentence before token `i` (what "its"
/// may stand for without reaching back to other sentences).
fn org_before(f: &Facts, i: usize) -> bool {
    let start = f.doc.sentences[f.doc.sentence_of[i]].start;
    f.within(start, i).iter().any(|(_, e)| f.class(*e) == Org)
}

/// "Zentrix is based", "Zentrix is also headquartered", "Zentrix has its
/// headquarters": the organisation named at token `i`, when the words after
/// its name seat it where the clause says.
fn seated_subject(f: &Facts, i: usize) -> Option<usize> {
    let m = f.starting(i)?;
    let verb = f.live[m].0.end;
    let mut j = verb + 1;
    while matches!(f.doc.lower(j), "also" | "still" | "now" | "already") {
        j += 1;
    }
    let seated = match f.doc.lower(verb) {
        "are" => f.word_is(j, Words::BasedWord),
        "has" | "have" | "had" => matches!(f.doc.lower(j), "its" | "their") && f.word_is(j + 1, Words::SeatNoun),
        w => COPULAS.contains(&w) && f.word_is(j, Words::BasedWord),
    };
    seated.then(|| f.entity(m))
}

/// "Zentrix's Lyon headquarters", "Zentrix's new offices in Porto,
/// Portugal": organisation mention `k` owns a seat whose place stands
/// before the seat noun, or after it with "in" (and the wider places after
/// commas).
pub(super) fn possessive_seat(f: &mut Facts, k: usize) {
    let org = f.entity(k);
    let poss = f.live[k].0.end;
    if f.class(org) != Org || !f.doc.is_possessive(poss) {
        return;
    }
    owned_seat(f, org, poss);
}

/// "at the company's headquarters in Basel, Switzerland", "its Lyon
/// offices": a seat owned by "its" or "the company's" from token `i` (the
/// organisation the words stand for) locates that organisation.
pub(super) fn pronoun_seat(f: &mut Facts, i: usize) {
    let Some(after) = past_its(f, i) else { return };
    let org = if f.doc.lower(i) == "its" { f.referent(i) } else { the_company_s(f, after) };
    if let Some(org) = org.filter(|&o| f.class(o) == Org) {
        owned_seat(f, org, after - 1);
    }
}

/// The seat that organisation `org`'s possessive at token `poss` owns: its
/// place before the seat noun ("Lyon headquarters", "Lyon operational
/// headquarters", "South African headquarters") or after it with "in"
/// ("offices in Porto, Portugal", the wider places after commas too), or
/// after "home" and a noun of a seat with "of" ("home base of Lyon").
fn owned_seat(f: &mut Facts, org: usize, poss: usize) {
    let mut j = poss + 1;
    while j < poss + 3 && SEAT_MODIFIERS.contains(&f.doc.lower(j)) {
        j += 1;
    }
    if f.doc.lower(j) == "home" && f.word_is(j + 1, Words::HomeSeatNoun) && f.doc.lower(j + 2) == "of" {
        places_from(f, org, j + 3, "home-seat");
        return;
    }
    if let Some(p) = f.starting(j).filter(|&p| f.class(f.entity(p)) == Place) {
        if let Some(seat) = seat_noun_from(f, f.live[p].0.end) {
            let place = f.entity(p);
            f.emit(org, Predicate::LocatedIn, place, None, Why::new(j, "possessive-seat", 0.75));
            places_in_after(f, org, seat + 1, "possessive-seat");
        }
        return;
    }
    // "its South African headquarters": a demonym for the place, when the article names it
    // and no "in" after the seat names a town ("whose North American headquarters is in Lyon").
    if let Some((place, end)) = demonym_at(f, j) {
        if let Some(seat) = seat_noun_from(f, end).filter(|&s| HEAD_SEATS.contains(&f.doc.lower(s))) {
            if !places_in_after(f, org, seat + 1, "possessive-seat") {
                if let Some(place) = place {
                    f.emit(org, Predicate::LocatedIn, place, None, Why::new(j, "possessive-demonym-seat", 0.7));
                }
            }
        }
        return;
    }
    if f.word_is(j, Words::SeatNoun) {
        places_in_after(f, org, j + 1, "possessive-seat");
    }
}

/// The demonym starting at token `j` ("Swiss", "South African"): the place
/// entity it stands for when the article names it, and the token past it.
/// A capitalized word before a demonym that makes no known pair with it
/// ("North American") is a region of no place the lexicon knows.
fn demonym_at(f: &Facts, j: usize) -> Option<(Option<usize>, usize)> {
    if let Some(end) =
        [j + 1, j].into_iter().find(|&e| f.doc.is_demonym(e) && demonym_ending(f, e).is_some_and(|(d, _)| d == j))
    {
        let (_, name) = demonym_ending(f, end)?;
        return Some((place_named(f, name), end + 1));
    }
    (f.doc.is_capitalized(j) && f.doc.is_demonym(j + 1)).then_some((None, j + 2))
}

/// The seat noun at token `at`, or past one or two describing words there
/// ("operational headquarters", "main regional offices").
fn seat_noun_from(f: &Facts, at: usize) -> Option<usize> {
    let describing = |j: usize| f.doc.is_lower_word(j) && !DESCRIPTION_ENDS.contains(&f.doc.lower(j));
    (at..at + 3).take_while(|&j| j == at || describing(j - 1)).find(|&j| f.word_is(j, Words::SeatNoun))
}

/// "Zentrix, whose headquarters are in Lyon", "Zentrix, whose North
/// American headquarters is in Porto": organisation mention `k` and a
/// relative "whose" owning a seat.
pub(super) fn whose_seat(f: &mut Facts, k: usize) {
    let org = f.entity(k);
    let end = f.live[k].0.end;
    if f.class(org) != Org || !f.doc.is_punct(end, ',') || f.doc.lower(end + 1) != "whose" {
        return;
    }
    owned_seat(f, org, end + 1);
}

/// "Lyon, the home market of Zentrix", "Porto, which is the home base of
/// Acme rival Brindle": place mention `k` said to be the home of the
/// organisation named after "of" (the one a rival or partner noun after a
/// first name introduces, "Acme rival Brindle").
pub(super) fn home_of(f: &mut Facts, k: usize) {
    let place = f.entity(k);
    let end = f.live[k].0.end;
    if f.class(place) != Place || !f.doc.is_punct(end, ',') {
        return;
    }
    let mut j = end + 1;
    if matches!(f.doc.lower(j), "which" | "that") && COPULAS.contains(&f.doc.lower(j + 1)) {
        j += 2;
    }
    j += usize::from(f.doc.lower(j) == "the");
    if f.doc.lower(j) != "home" || !f.word_is(j + 1, Words::HomeSeatNoun) || f.doc.lower(j + 2) != "of" {
        return;
    }
    let Some(mut m) = f.starting(j + 3).filter(|&m| f.class(f.entity(m)) == Org) else { return };
    // "Acme rival Brindle": the name after the noun of another party is the one meant.
    let e = f.live[m].0.end;
    let related = [Words::RivalNoun, Words::PartnerNoun, Words::UnitNoun].into_iter().any(|l| f.word_is(e, l));
    if let Some(n) = f.starting(e + 1).filter(|&n| related && f.class(f.entity(n)) == Org) {
        m = n;
    }
    let org = f.entity(m);
    f.emit(org, Predicate::LocatedIn, place, None, Why::new(j, "home-of", 0.7));
}

/// "the headquarters of Zentrix in Lyon", "the world headquarters for
/// Zentrix in Porto, Portugal": a seat noun, "of" or "for" and organisation
/// mention `k`, then the places its "in" names.
pub(super) fn seat_of(f: &mut Facts, k: usize) {
    let org = f.entity(k);
    let start = f.live[k].0.start;
    let seat = start.checked_sub(2).filter(|&s| matches!(f.doc.lower(s + 1), "of" | "for"));
    if f.class(org) != Org || !seat.is_some_and(|s| f.word_is(s, Words::SeatNoun)) {
        return;
    }
    places_in_after(f, org, f.live[k].0.end, "seat-of");
}

/// The places that "in" at token `at` names, past a copula before it
/// ("headquarters are in Lyon", "offices will remain in Porto") and through
/// the wider places after commas ("in Porto, Portugal"): each locates `org`.
/// Whether any was found.
fn places_in_after(f: &mut Facts, org: usize, at: usize, rule: &'static str) -> bool {
    let verbs = (at..at + 2).take_while(|&j| SEAT_VERBS.contains(&f.doc.lower(j))).count();
    f.doc.lower(at + verbs) == "in" && places_from(f, org, at + verbs + 1, rule)
}

/// The place starting at token `at` and the wider places after commas
/// ("Porto, Portugal"): each locates `org`. Whether any was found.
fn places_from(f: &mut Facts, org: usize, mut at: usize, rule: &'static str) -> bool {
    let mut found = false;
    while let Some(p) = f.starting(at).filter(|&p| f.class(f.entity(p)) == Place) {
        let place = f.entity(p);
        f.emit(org, Predicate::LocatedIn, place, None, Why::new(at, rule, 0.7));
        found = true;
        let end = f.live[p].0.end;
        if !f.doc.is_punct(end, ',') {
            break;
        }
        at = end + 1;
    }
    found
}
