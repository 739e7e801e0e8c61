//! Where organisations are: "Chinese startup X", "Paris-based X", "X, a
//! Paris-based lab", "the Lyon company".

use rustc_hash::FxHashSet;

use super::clause::{
    bracketed_place_after, is_list_sep, is_modifier_gap, members_after, names_right_after, no_clause_break,
    past_parenthesis,
};
use super::standing::{has_superlative, org_noun_end};
use super::{Facts, Why};
use crate::extract::entities::plain_fold;
use crate::extract::mentions::{anaphoric_demonym, kind_before_examples, of_home_place};
use crate::extract::model::{EntityClass, Predicate};
use crate::extract::resources::Words;
use crate::text::words::{
    COMPASS_WORDS, CONTINENTS, COPULAS, DESCRIPTION_ENDS, LINKING_ADVERBS, PLACE_PREPOSITIONS, SUBORDINATORS,
};
use crate::text::TokenKind;
use EntityClass::{Organization as Org, Place};

/// "Chinese startup X", "Paris-based X", "X, a Paris-based lab", "X, based in Y",
/// "the Lisbon payments company X", "X, a U.S. inference-chip developer".
pub(super) fn places(f: &mut Facts, k: usize) {
    let place = f.entity(k);
    if f.class(place) != Place || is_anaphoric_demonym(f, k) {
        return;
    }
    // "partners such as Brindle Telecom (Germany)": a place alone in brackets after a company.
    if let Some(before) = k.checked_sub(1).filter(|&o| bracketed_place_after(f, o).is_some()) {
        let org = f.entity(before);
        if f.class(org) == Org {
            f.emit(org, Predicate::LocatedIn, place, None, Why::new(f.live[k].0.start, "bracketed-place", 0.75));
        }
        return;
    }
    // "Brindle bought Kestrel Couriers of Aberdeen": the company is from the place.
    if let Some(org) = home_of(f, k) {
        f.emit(org, Predicate::LocatedIn, place, None, Why::new(f.live[k].0.start, "company-of-place", 0.7));
        return;
    }
    let (start, end) = shared_based_span(f, k);
    if hyphened_not_based(f, end) {
        return;
    }
    let based = f.doc.is_punct(end, '-') && f.word_is(end + 1, Words::BasedWord);
    let demonym = f.doc.is_demonym(start) || f.is_demonym(k);
    let noun_at =
        (end..end + 4).find(|&j| f.doc.lookup(&f.res.org_nouns, j).is_some() && is_modifier_gap(f.doc, end, j));
    let noun_after = noun_at.is_some() && start > 0 && (is_article(f, start - 1) || superlative_the(f, start));
    // "…, the Chinese e-commerce giant said": before a speech verb the noun may come a few words on.
    let said = noun_at.is_some_and(|n| f.doc.lookup(&f.res.speech_verbs, n + 1).is_some());
    let direct = based || noun_at == Some(end) || said;
    let attributive = is_attributive_place(f, k) || owners_rival_place(f, k);
    if !based && !demonym && !noun_after && !attributive {
        return;
    }
    let based = based || noun_after;
    // "the Ruritanian state-owned Zentrix Group": participle compounds before the name.
    let owned = |s: usize| s > end && f.doc.past_participle_compounds(end) == s;
    let after = (end..end + 6).find_map(|j| f.starting(j)).filter(|&m| {
        let s = f.live[m].0.start;
        f.class(f.entity(m)) == Org && (names_right_after(f, end, s, based) || owned(s))
    });
    let sentence_end = f.sentence_end(start);
    let after = after.filter(|&m| f.live[m].0.start < sentence_end && no_clause_break(f.doc, end, f.live[m].0.start));
    let after = after.or_else(|| name_past_demonym(f, end));
    if let Some(m) = after.or_else(|| described_name(f, end, based, sentence_end)) {
        let org = f.entity(m);
        f.emit(
            org,
            Predicate::LocatedIn,
            place,
            None,
            Why::new(
                start,
                match (based, demonym) {
                    (true, _) => "based-before-name",
                    (false, true) => "demonym-noun-name",
                    (false, false) => "place-noun-name",
                },
                0.85,
            ),
        );
        // "US-based Kestrel, Orvane and Tamsin": a list opening right after "-based" shares its place.
        if based && f.live[m].0.start == end + 2 {
            for org in based_list_members(f, m, sentence_end) {
                f.emit(org, Predicate::LocatedIn, place, None, Why::new(start, "based-list", 0.7));
            }
        }
        return;
    }
    if !based && !demonym && !noun_after {
        return;
    }
    // "the giant Frankfurt-headquartered bank", "the No. 1 U.S. automaker":
    // a few describing words may stand between the article and the place.
    // "a privately-held Lyon-based firm": after "a", only describing words.
    let det = (start.saturating_sub(4)..start)
        .rev()
        .take_while(|&j| {
            f.starting(j).is_none() && f.doc.tokens[j].kind != TokenKind::Punct
                || f.doc.is_punct(j, '.')
                || f.doc.is_punct(j, '-') && f.doc.joined(j)
        })
        .find(|&j| matches!(f.doc.lower(j), "a" | "an" | "the"))
        .filter(|&d| {
            (f.doc.lower(d) == "the" || describes(f, d + 1, start)) && f.doc.sentence_of[d] == f.doc.sentence_of[start]
        });
    // "Just weeks after Zentrix lost Brindle, the Danish drugmaker is…": the subject of a
    // clause opening the sentence goes on as the main clause's, and no apposition closes there.
    if let Some(subject) =
        det.filter(|&d| d >= 1 && f.doc.is_punct(d - 1, ',')).and_then(|d| fronted_clause_subject(f, d - 1))
    {
        if let Some(org) =
            subject.filter(|_| noun_at.is_some_and(|n| f.doc.is_lower_word(last_compound_noun(f, n) + 1)))
        {
            f.emit(org, Predicate::LocatedIn, place, None, Why::new(start, "fronted-clause-subject", 0.6));
        }
        return;
    }
    if let Some(d) = det.filter(|&d| d >= 1 && f.doc.is_punct(d - 1, ',') && !in_fronted_phrase(f, d - 1)) {
        // "Founded by X, the Lyon-based startup…": an apposition to a person is no company's.
        let c = past_parenthesis(f.doc, d - 1);
        // "Zentrix Inc., a Lyon-based…": the abbreviation's full stop is not part of the name.
        let c = if c >= 1 && f.doc.is_punct(c - 1, '.') && f.ending(c).is_none() { c - 1 } else { c };
        if let Some(m) = f.ending(c).filter(|&m| f.class(f.entity(m)) == Org) {
            let org = f.entity(m);
            f.emit(org, Predicate::LocatedIn, place, None, Why::new(start, "appositive-based", 0.8));
            return;
        }
    }
    if let Some(d) = det.filter(|&d| d >= 1 && !f.doc.is_possessive(noun_at.map_or(end, |n| n + 1))) {
        if let Some(org) = copula_subject(f, d - 1) {
            f.emit(org, Predicate::LocatedIn, place, None, Why::new(start, "copula-based", 0.75));
            return;
        }
    }
    // "the Lyon-based group" refers to a company named before; "a UK company", "the US
    // subsidiary of Acme" or a name a few words on ("the Lyon-based chip (AI) maker Zentrix") do not.
    let definite = det.is_some_and(|d| f.doc.lower(d) == "the");
    let unit = noun_at.is_some_and(|n| f.word_is(n, Words::UnitNoun));
    // "the new Lyon-based company, Zentrix Motors": a name in apposition, whatever its class.
    // "an Australian fintech company, Zentrix": the compound's last noun before the comma.
    let noun_at = noun_at.map(|n| last_compound_noun(f, n));
    let apposition = noun_at.is_some_and(|n| f.doc.is_punct(n + 1, ',') && f.starting(n + 2).is_some());
    let named_soon = apposition
        || (end..description_end(f, noun_at, end + 10).min(sentence_end))
            .any(|j| f.starting(j).is_some_and(|m| f.class(f.entity(m)) == Org));
    // "the new Lyon-based company, Zentrix Motors, will…": the organisation the apposition names.
    if let Some(m) = noun_at.filter(|_| apposition).and_then(|n| f.starting(n + 2)) {
        let org = f.entity(m);
        if f.class(org) == Org {
            f.emit(org, Predicate::LocatedIn, place, None, Why::new(start, "based-noun-apposition", 0.8));
            return;
        }
    }
    if !direct || !definite || unit || named_soon {
        return;
    }
    // "The two Lyon-based companies will…": the organisations named last, as many as counted.
    let counted = det.and_then(|d| count_word(f.doc.lower(d + 1)));
    // "Quillon, a partner of the Lyon-based firm": the firm is not Quillon.
    let head = det.and_then(|d| of_apposition_head(f, d));
    let orgs = match counted {
        Some(n) => last_orgs(f, start, n),
        // "Acme agreed to take control of the Lyon-based company": not Acme itself.
        None => called_before(f, start, noun_at)
            .or_else(|| f.referent(start))
            .and_then(|o| det.map_or(Some(o), |d| past_own_subject(f, o, d)))
            .map(|o| placed_before(f, o, place, start).unwrap_or_else(|| topic_nearby(f, o, start, head)))
            .filter(|&o| head != Some(o))
            .into_iter()
            .collect(),
    };
    for org in orgs {
        f.emit(org, Predicate::LocatedIn, place, None, Why::new(start, "based-implied-org", 0.5));
    }
}

/// "US-based Kestrel, Orvane and Tamsin", "Boston-based Kestrel's and
/// Orvane's drugs": the members after the first (mention `m`) of the list
/// that opens right after "-based", up to one with a place, a description
/// or an owner of its own ("and Porto-based Quillon", "and US rival Orvane",
/// "Orvane of Porto", "and its owner Orvane"): only commas, "and", "or" and
/// a bracketed short form may stand between members.
fn based_list_members(f: &Facts, m: usize, sentence_end: usize) -> Vec<usize> {
    let members = members_after(f, f.live[m].0.start, sentence_end);
    if members.first().is_none_or(|first| first.head != m || first.owner.is_some()) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut prev_end = f.live[m].0.end;
    // "Kestrel's and Orvane's drugs": two possessors share the noun after the second.
    if members.len() == 1 && f.doc.is_possessive(prev_end) && matches!(f.doc.lower(prev_end + 1), "and" | "or") {
        let second = f.starting(prev_end + 2).filter(|&k| f.doc.is_possessive(f.live[k].0.end));
        out.extend(second.map(|k| f.entity(k)).filter(|&org| f.class(org) == Org));
        return out;
    }
    for member in &members[1..] {
        let (r, org) = (f.live[member.head].0.clone(), f.entity(member.head));
        let mut depth = 0usize;
        let plain_gap = (prev_end..r.start).all(|j| {
            if f.doc.is_punct(j, '(') {
                depth += 1;
            } else if f.doc.is_punct(j, ')') {
                depth = depth.saturating_sub(1);
            } else if depth == 0 && !f.doc.is_punct(j, ',') && !f.doc.is_possessive(j) {
                return matches!(f.doc.lower(j), "and" | "or");
            }
            true
        });
        let placed_gap = f.within(prev_end, r.start).iter().any(|&(_, e)| f.class(e) == Place);
        // "Orvane Partners of Porto", "Orvane in Porto", "Orvane (Porto)": a place of its own.
        let own_place = bracketed_place_after(f, member.head).is_some()
            || matches!(f.doc.lower(r.end), "of" | "in" | "from")
                && f.starting(r.end + 1).is_some_and(|k| f.class(f.entity(k)) == Place);
        // "and Orvane Ventures, the venture arm of Brindle": a member an apposition ties to another has its own home.
        let own_tie = f.doc.is_punct(r.end, ',') && apposition_of_after(f, r.end + 1);
        if member.owner.is_some() || !plain_gap || placed_gap || own_place || own_tie || f.class(org) != Org {
            break;
        }
        out.push(org);
        prev_end = r.end;
    }
    out
}

/// "the venture arm of", "a unit of": an article at token `j`, at most five
/// words or hyphens (no name), then "of".
fn apposition_of_after(f: &Facts, j: usize) -> bool {
    let plain = |i: usize| {
        f.starting(i).is_none()
            && (f.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) || f.doc.is_punct(i, '-'))
    };
    is_article(f, j) && (j + 2..j + 7).find(|&o| f.doc.lower(o) == "of").is_some_and(|o| (j + 1..o).all(plain))
}

/// "London-based Kestrel and Orvane … Orvane, which is based in Prague": a
/// place a list shares (`based_list_members`) yields to any the article
/// gives the member by another rule.
pub(super) fn list_places_yield(f: &mut Facts) {
    const LIST_RULE: &str = "locatedIn/based-list";
    let placed_otherwise: FxHashSet<usize> = f
        .out
        .iter()
        .filter(|r| r.predicate == Predicate::LocatedIn && r.evidence.rule != LIST_RULE)
        .map(|r| r.subject)
        .collect();
    f.out.retain(|r| !(r.evidence.rule == LIST_RULE && placed_otherwise.contains(&r.subject)));
}

/// "Kestrel Couriers of Aberdeen", "Zentrix AG of Germany", "Mubadala of
/// the UAE": the company named right before the "of" that place mention `k`
/// follows ("the" may stand before the place).
fn home_of(f: &Facts, k: usize) -> Option<usize> {
    let start = f.live[k].0.start;
    let the = start.checked_sub(1).filter(|&t| f.doc.lower(t) == "the");
    let of = the.unwrap_or(start).checked_sub(1).filter(|&o| f.doc.lower(o) == "of")?;
    let m = f.ending(of)?;
    let org = f.entity(m);
    if f.class(org) != Org {
        return None;
    }
    if the.is_none() && of_home_place(f.doc, f.res, f.live[m].0.start, of) {
        return Some(org);
    }
    own_name_of_place(f, m, k).then_some(org)
}

/// "Mubadala of the UAE", "Sony of Japan", "Kestrel Holdings of the
/// Netherlands": organisation mention `m`, a name of its own that ends
/// before "of" (a known name, or one split there), and
/// place mention `k` that ends the phrase (not "of Sweden's Orvane", "of
/// New York-based…"). Not a likeness ("Zentrix, the Amazon of Peru", "a
/// Google of Europe"): no article before the name.
fn own_name_of_place(f: &Facts, m: usize, k: usize) -> bool {
    let (start, end) = (f.live[m].0.start, f.live[k].0.end);
    // "Zentrix, Amazon of Peru, grows": in apposition to a name, headline style, a likeness too.
    let apposition = start >= 2
        && f.doc.is_punct(start - 1, ',')
        && f.ending(start - 1).is_some_and(|n| f.class(f.entity(n)) == Org);
    let likeness = apposition || start.checked_sub(1).is_some_and(|j| is_article(f, j));
    // "Acme of the Japanese market": a demonym describes what follows it.
    if f.is_demonym(k) {
        return false;
    }
    let goes_on = f.doc.is_possessive(end)
        || f.doc.is_punct(end, '-') && f.doc.joined(end)
        || f.doc.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && f.doc.is_capitalized(end));
    !likeness && !goes_on
}

/// "Africa-focused lender", "Tokyo-listed Zentrix", "a Europe-wide network":
/// a place ending before token `end` joined by a hyphen to a lower-case
/// word other than "based" or "headquartered" makes a compound adjective
/// that says what a firm serves or where it trades, not where it is.
pub(super) fn hyphened_not_based(f: &Facts, end: usize) -> bool {
    f.doc.is_punct(end, '-')
        && f.doc.joined(end)
        && f.doc.joined(end + 1)
        && f.doc.is_lower_word(end + 1)
        && !f.word_is(end + 1, Words::BasedWord)
}

/// "Medellin-based Colombian bank Bancolombia": past "-based" after the
/// place ending before token `end`, a demonym and its organisation noun
/// stand before the name, which is based in the place as well.
fn name_past_demonym(f: &Facts, end: usize) -> Option<usize> {
    if !(f.doc.is_punct(end, '-') && f.word_is(end + 1, Words::BasedWord) && f.doc.is_demonym(end + 2)) {
        return None;
    }
    let d = f.starting(end + 2).filter(|&d| f.class(f.entity(d)) == Place)?;
    let from = f.live[d].0.end;
    let m = (from + 1..from + 5).find_map(|j| f.starting(j))?;
    let s = f.live[m].0.start;
    (f.class(f.entity(m)) == Org && names_right_after(f, from, s, false)).then_some(m)
}

/// The last single-word organisation noun of the compound whose first is
/// at token `n`: "fintech company" gives "company".
fn last_compound_noun(f: &Facts, n: usize) -> usize {
    let mut n = n;
    while f.doc.lookup(&f.res.org_nouns, n + 1).is_some_and(|(len, _)| len == 1) {
        n += 1;
    }
    n
}

/// Where the noun phrase of a description whose organisation noun is at
/// `noun` may still name its organisation, at most `limit`: "the Lyon-based
/// company Zentrix" runs on to the name, "the Lyon-based airline sees
/// signs in Brindle's…" stops at "sees", the first lower-case word past the
/// noun that is no organisation noun, "of", "and" or "or".
fn description_end(f: &Facts, noun: Option<usize>, limit: usize) -> usize {
    let Some(n) = noun else { return limit };
    let stops = |j: &usize| {
        f.doc.is_lower_word(*j)
            && f.doc.lookup(&f.res.org_nouns, *j).is_none()
            && !matches!(f.doc.lower(*j), "of" | "and" | "or")
    };
    (n + 1..limit).find(stops).unwrap_or(limit)
}

/// "Mr Roe spent years at Fifth Bank. He joined the Lyon-based lender…":
/// the last organisation the article calls by the kind noun at token `noun`
/// ("lender", "airline"; not "company" or "firm", which any may be called),
/// named before token `at` in its sentence or the three before.
fn called_before(f: &Facts, at: usize, noun: Option<usize>) -> Option<usize> {
    let n = noun.filter(|&n| f.word_is(n, Words::CompanyNoun) && !f.word_is(n, Words::GenericCompanyNoun))?;
    f.last_called(at, f.doc.lower(n), |_| true)
}

/// "…in German chemicals maker Zentrix. Brindle holds a stake in Zentrix,
/// the German company said": another organisation than `org`, named in the
/// sentence of token `start` or the three before, that an earlier phrase
/// already placed in `place` is the one a description of that place speaks
/// of again.
fn placed_before(f: &Facts, org: usize, place: usize, start: usize) -> Option<usize> {
    let placed =
        |e: usize| f.out.iter().any(|r| r.predicate == Predicate::LocatedIn && r.subject == e && r.object == place);
    if placed(org) {
        return None;
    }
    let s = *f.doc.sentence_of.get(start)?;
    let from = f.doc.sentences[s.saturating_sub(3)].start;
    f.within(from, start).iter().rev().map(|(_, e)| *e).find(|&e| e != org && f.class(e) == Org && placed(e))
}

/// "…a new leader – Acme. This year has seen the U.S.-headquartered biopharma
/// sign…", "Acme's deal will involve Quillon, a partner of the Lyon-based
/// firm": a description of a place's firm that the rules tie to `org`, not the
/// organisation named last before it (or the `head` of the apposition holding
/// it), stands for the article's topic when the topic is named in its
/// sentence (at token `start`) or the one before.
fn topic_nearby(f: &Facts, org: usize, start: usize, head: Option<usize>) -> usize {
    let Some(topic) = f.topic.filter(|&t| t != org) else { return org };
    let Some(&s) = f.doc.sentence_of.get(start) else { return org };
    let before = f.within(f.doc.sentences[s.saturating_sub(1)].start, start);
    let last = before.iter().rev().map(|(_, e)| *e).find(|&e| f.class(e) == Org);
    if last == Some(org) && head != Some(org) || !before.iter().any(|(_, e)| *e == topic) {
        return org;
    }
    topic
}

/// "Orvane Ventures, the venture arm of the French telecoms giant", "Quillon,
/// a partner of the Lyon-based firm": the organisation that an apposition
/// ending in "of" right before the article at token `the` describes (no name
/// and no punctuation but hyphens between its comma and "of"); the phrase
/// after "of" speaks of another organisation.
fn of_apposition_head(f: &Facts, the: usize) -> Option<usize> {
    let of = the.checked_sub(1).filter(|&o| f.doc.lower(o) == "of")?;
    let comma = (of.saturating_sub(6)..of).rev().find(|&c| f.doc.is_punct(c, ','))?;
    let plain =
        |j: usize| f.starting(j).is_none() && (f.doc.tokens[j].kind == TokenKind::Word || f.doc.is_punct(j, '-'));
    if !(comma + 1..of).all(plain) {
        return None;
    }
    let m = f.ending(comma)?;
    (f.class(f.entity(m)) == Org).then(|| f.entity(m))
}

/// "a", "an" or "the" at token `j`.
fn is_article(f: &Facts, j: usize) -> bool {
    matches!(f.doc.lower(j), "a" | "an" | "the")
}

/// "the largest US chipmaker", "the second-biggest UK lender": "the" and a
/// superlative (with its hyphens and lower-case words) right before the
/// place starting at token `start` make it an adjective of the noun after.
fn superlative_the(f: &Facts, start: usize) -> bool {
    let words = |j: &usize| {
        let word = f.doc.is_lower_word(*j);
        word && !DESCRIPTION_ENDS.contains(&f.doc.lower(*j)) || f.doc.is_punct(*j, '-') && f.doc.joined(*j)
    };
    let from = (start.saturating_sub(4)..start).rev().take_while(words).last().unwrap_or(start);
    from > 0 && f.doc.lower(from - 1) == "the" && from < start && has_superlative(f, from, start)
}

/// Place mention `k`'s tokens, widened over a place it shares "-based" with:
/// "a Lyon- and Porto-based startup" reads as "a Lyon-based startup" for
/// Lyon (the end moves to Porto's) and for Porto (the start moves to Lyon's);
/// "a Lyon, France-based startup" as "a Lyon-based startup" for Lyon.
fn shared_based_span(f: &Facts, k: usize) -> (usize, usize) {
    let (mut start, mut end) = (f.live[k].0.start, f.live[k].0.end);
    let joins = |j: usize| f.doc.is_punct(j, '-') && matches!(f.doc.lower(j + 1), "and" | "or" | "&");
    let based_after = |m: usize| {
        let e = f.live[m].0.end;
        f.doc.is_punct(e, '-') && f.word_is(e + 1, Words::BasedWord)
    };
    // "a Kempten, Germany-based forwarder": the town shares the wider place's "-based".
    let wider = if joins(end) {
        end + 2
    } else if f.doc.is_punct(end, ',') {
        end + 1
    } else {
        end
    };
    if let Some(m) = f.starting(wider).filter(|&m| wider > end && f.class(f.entity(m)) == Place && based_after(m)) {
        end = f.live[m].0.end;
    }
    if let Some(m) = k.checked_sub(1).filter(|&m| {
        let e = f.live[m].0.end;
        e + 2 == start && joins(e) && f.class(f.entity(m)) == Place && based_after(k)
    }) {
        start = f.live[m].0.start;
    }
    (start, end)
}

/// "Lyon-based Zentrix", "Lyon, France-based Zentrix", "Lyon- and
/// Porto-based Zentrix": the token after the "-based" of the place phrase
/// starting at token `i`, or `i` when none starts there.
pub(super) fn past_based_places(f: &Facts, i: usize) -> usize {
    let Some(k) = f.starting(i).filter(|&k| f.class(f.entity(k)) == Place) else { return i };
    let (_, end) = shared_based_span(f, k);
    if f.doc.is_punct(end, '-') && f.word_is(end + 1, Words::BasedWord) {
        end + 2
    } else {
        i
    }
}

/// "Swedish lithium-ion battery maker Zentrix", "Lyon-based integrated oil,
/// gas and chemicals company Brindle", "Porto-based GenAI startup Orvane":
/// the organisation named after a longer run of describing words than
/// `names_right_after` takes (see `described_kind`), from place mention's end `end`.
fn described_name(f: &Facts, end: usize, based: bool, sentence_end: usize) -> Option<usize> {
    let from = if based { end + 2 } else { end };
    let m = (from..(from + 11).min(sentence_end)).find_map(|j| f.starting(j))?;
    (f.class(f.entity(m)) == Org && described_kind(f, from, f.live[m].0.start)).then_some(m)
}

/// Tokens `from..start` describe a kind of organisation and nothing else:
/// lower-case words, hyphens, the commas, "and" and "or" of a list of trades
/// ("oil, gas and chemicals"), a capitalized word that names nothing
/// ("GenAI"), ending in an organisation noun right before `start`. An
/// organisation noun inside the run must be part of the final compound
/// ("telecom giant"): "startup beat rival X" describes no X.
fn described_kind(f: &Facts, from: usize, start: usize) -> bool {
    if start <= from || start - from > 10 || f.doc.sentence_of[from] != f.doc.sentence_of[start] {
        return false;
    }
    let Some(noun) =
        (from..start).find(|&j| f.doc.lookup(&f.res.org_nouns, j).is_some_and(|(len, _)| j + len == start))
    else {
        return false;
    };
    let mut head = noun;
    while head > from && f.doc.lookup(&f.res.org_nouns, head - 1).is_some_and(|(len, _)| len == 1) {
        head -= 1;
    }
    (from..start).all(|j| {
        if f.starting(j).is_some() {
            return false;
        }
        if f.doc.is_punct(j, ',') {
            return j > from && !f.doc.is_capitalized(j + 1) && f.doc.tokens[j + 1].kind != TokenKind::Punct;
        }
        if f.doc.tokens[j].kind == TokenKind::Punct {
            return (f.doc.is_punct(j, '-') || in_bracketed_acronym(f, j)) && j > from;
        }
        if f.doc.is_capitalized(j) {
            return j < noun && !f.doc.is_capitalized(j + 1);
        }
        let w = f.doc.lower(j);
        if matches!(w, "and" | "or") {
            return j > from;
        }
        let noun_here = j < head && f.doc.lookup(&f.res.org_nouns, j).is_some();
        !noun_here && !DESCRIPTION_ENDS.contains(&w)
    })
}

/// Token `j` is a bracket around a single capitalized word of a description:
/// "generative artificial intelligence (AI) startup".
fn in_bracketed_acronym(f: &Facts, j: usize) -> bool {
    let word = |w: usize| f.doc.tokens.get(w).is_some_and(|t| t.kind == TokenKind::Word) && f.doc.is_capitalized(w);
    f.doc.is_punct(j, '(') && word(j + 1) && f.doc.is_punct(j + 2, ')')
        || f.doc.is_punct(j, ')') && j >= 2 && word(j - 1) && f.doc.is_punct(j - 2, '(')
}

/// Tokens `from..to` are lower-case describing words and the hyphens joining
/// them ("privately-held"), no preposition or determiner among them.
fn describes(f: &Facts, from: usize, to: usize) -> bool {
    (from..to).all(|j| {
        let word = f.doc.is_lower_word(j);
        word && !DESCRIPTION_ENDS.contains(&f.doc.lower(j)) || f.doc.is_punct(j, '-') && f.doc.joined(j)
    })
}

/// "Zentrix is a Lyon-based startup", "Zentrix, which is a Chinese firm",
/// "Zentrix says it is the newest Australian unicorn": the organisation
/// the copula at token `c` describes.
fn copula_subject(f: &Facts, c: usize) -> Option<usize> {
    if !matches!(f.doc.lower(c), "is" | "was" | "remains" | "became" | "becomes") || c == 0 {
        return None;
    }
    // "It really is a great Australian company": an adverb may stand before the copula.
    let mut before = c - 1;
    while before > 0 && is_adverb(f.doc.lower(before)) {
        before -= 1;
    }
    let org = match f.doc.lower(before) {
        "it" => f.referent(before),
        "which" | "that" => f.relative_head(before),
        _ => f.ending(c).map(|m| f.entity(m)),
    };
    org.filter(|&o| f.class(o) == Org)
}

/// "Just weeks after Zentrix lost out to Brindle, …", "When Zentrix bought
/// Quillon, …": the comma at `c` closes a clause that opens the sentence
/// with a conjunction of time or reason (past a few words of how long:
/// "Just weeks", "Two days") and a name as its subject: `Some` of that
/// subject, the organisation the main clause after the comma goes on
/// speaking of; `Some(None)` when the subject is a name the rules did not
/// find; `None` when no such clause closes there or its subject is a person
/// or a place (the phrase then reads as it would without the clause).
fn fronted_clause_subject(f: &Facts, c: usize) -> Option<Option<usize>> {
    let s = *f.doc.sentence_of.get(c)?;
    let open = f.opening(f.doc.sentences[s].start);
    let conjunction = (open..(open + 4).min(c)).find(|&j| {
        let w = f.doc.lower(j);
        SUBORDINATORS.contains(&w) || w == "because" || w == "as"
    })?;
    // Before the conjunction only plain words of time: "Just weeks", "Two days", "Shortly".
    let plain = |j: usize| f.doc.tokens[j].kind != TokenKind::Punct && f.starting(j).is_none();
    if !(open..conjunction).all(plain) || (conjunction..c).any(|j| f.doc.is_punct(j, ',')) {
        return None;
    }
    // The subject: a capitalized name right after the conjunction, up to the lower-case word after
    // it (its verb), the organisation its first words are named as (when the rules found one).
    let name = conjunction + 1;
    if !f.doc.is_capitalized(name) {
        return None;
    }
    let verb = (name + 1..(name + 6).min(c)).find(|&j| !f.doc.is_capitalized(j))?;
    if f.doc.is_possessive(verb) || !f.doc.is_lower_word(verb) {
        return None;
    }
    // "After Mara Lind left Zentrix, the Lyon firm…": a person's clause leaves the phrase to the firm named last.
    match f.starting(name).filter(|&m| f.live[m].0.end <= verb).map(|m| f.entity(m)) {
        Some(e) if f.class(e) == Org => Some(Some(e)),
        Some(_) => None,
        None => Some(None),
    }
}

/// An adverb that may stand between a subject and its copula ("really", "still").
fn is_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") || matches!(w, "also" | "still" | "now")
}

/// "Through its stake in Zentrix, the Lyon-based group…", "By buying
/// Brindle, the US giant…": the comma at `c` closes a phrase opening the
/// sentence with a preposition, so the name before it is no apposition's head.
pub(super) fn in_fronted_phrase(f: &Facts, c: usize) -> bool {
    let Some(&s) = f.doc.sentence_of.get(c) else { return false };
    let open = f.opening(f.doc.sentences[s].start);
    let opener = f.doc.lower(open);
    // Not "in", "since" or "for": "In 2023 it bought Zentrix, a Lyon company" opens with a time phrase.
    let preposition = matches!(
        opener,
        "through"
            | "by"
            | "after"
            | "with"
            | "despite"
            | "unlike"
            | "following"
            | "without"
            | "besides"
            | "via"
            | "amid"
    );
    // "After 2020 it bought Zentrix, a…": a subject inside makes it a clause.
    let subject = |j: usize| matches!(f.doc.lower(j), "it" | "he" | "she" | "they" | "we" | "i");
    let names = f.within(open + 1, c).iter().filter(|(_, e)| f.class(*e) != Place).count();
    preposition && names <= 1 && (open + 1..c).all(|j| !f.doc.is_punct(j, ',') && !subject(j))
}

/// "Korea's incentives have led to an edge: its chip giants like A and B…",
/// "the boom gives Chile an edge thanks to its miners such as A": the place
/// "its" at token `i` stands for, when the place is the only kind of name
/// before it in the sentence, is not the object of a preposition, and no
/// organisation noun stands between (then "its" may be a company's).
fn its_place(f: &Facts, i: usize) -> Option<usize> {
    let start = f.doc.sentences[*f.doc.sentence_of.get(i)?].start;
    let before = f.within(start, i);
    let (r, place) = before.last()?;
    if before.iter().any(|(_, e)| f.class(*e) != Place) {
        return None;
    }
    let det = r.start.checked_sub(1).filter(|&j| f.doc.lower(j) == "the").unwrap_or(r.start);
    let governed = det > start && PLACE_PREPOSITIONS.contains(&f.doc.lower(det - 1));
    let company = (start..i).any(|j| f.doc.lookup(&f.res.org_nouns, j).is_some() || f.word_is(j, Words::CompanyNoun));
    (!governed && !company).then_some(*place)
}

/// "Acme's U.S. rival Zentrix", "Acme's Korean partner Brindle": place mention
/// `k` between an organisation's possessive and a rival or partner noun
/// describes the rival or partner named next (a unit, "Acme's China unit",
/// may be named after its place instead).
fn owners_rival_place(f: &Facts, k: usize) -> bool {
    let (start, end) = (f.live[k].0.start, f.live[k].0.end);
    let owner = start.checked_sub(1).filter(|&p| f.doc.is_possessive(p)).and_then(|p| f.ending(p));
    let related = f.word_is(end, Words::RivalNoun) || f.word_is(end, Words::PartnerNoun);
    related && owner.is_some_and(|o| f.class(f.entity(o)) == Org) && f.starting(end + 1).is_some()
}

/// "Chilean Tessaro Holdings": an organisation whose name is a demonym
/// before a company's own name and legal suffix is located in the
/// demonym's place, when the article names that place and it is no
/// continent (a union or a commission of a continent's states is not
/// located in it). A name that merely opens with a demonym ("Ruritanian
/// Airways", "the Ruritanian Western Bank", "Ruritanian Commission for
/// Trade") states no seat: news names such firms and bodies wherever they are.
pub(super) fn demonym_in_name(f: &mut Facts, k: usize) {
    let org = f.entity(k);
    let (start, end) = (f.live[k].0.start, f.live[k].0.end);
    if f.class(org) != Org || end - start < 3 {
        return;
    }
    let own_name = f.doc.is_capitalized(start + 1)
        && !f.res.common_words.contains(f.doc.lower(start + 1))
        && !COMPASS_WORDS.contains(&f.doc.lower(start + 1))
        && f.doc.lookup(&f.res.org_nouns, start + 1).is_none();
    let last = if f.doc.is_punct(end - 1, '.') { end - 2 } else { end - 1 };
    if !own_name || !f.res.legal_suffixes.contains(f.doc.word(last)) {
        return;
    }
    let Some(place) = place_of_demonym(f, start).filter(|&p| !CONTINENTS.contains(&f.entities[p].name.as_str())) else {
        return;
    };
    f.emit(org, Predicate::LocatedIn, place, None, Why::new(start, "demonym-in-name", 0.6));
}

/// The place entity the demonym at token `i` stands for, when the article names it.
fn place_of_demonym(f: &Facts, i: usize) -> Option<usize> {
    place_named(f, f.res.demonyms.get(f.doc.word(i))?)
}

/// The place entity called `name`, when the article names it.
pub(super) fn place_named(f: &Facts, name: &str) -> Option<usize> {
    f.entities.iter().position(|e| e.class == Place && e.name == name)
}

/// The demonym ending at token `i` and its place's name: two words first
/// ("South African" is South Africa's, not Africa's), then one.
pub(super) fn demonym_ending<'f>(f: &'f Facts, i: usize) -> Option<(usize, &'f str)> {
    // A two-word demonym ends in a one-word one ("Korean", "African"): no other pair is looked up.
    let one = f.res.demonyms.get(f.doc.word(i))?;
    let two = (i >= 1 && f.doc.is_capitalized(i - 1))
        .then(|| f.res.demonyms.get(&format!("{} {}", f.doc.word(i - 1), f.doc.word(i))))
        .flatten();
    Some(two.map_or((i, one.as_str()), |place| (i - 1, place.as_str())))
}

/// "Acme bought Zentrix despite the Japanese firm's losses", "the two
/// South African companies said", "Acme said the Argentine online
/// marketplace would…": "the", a demonym and a noun of a kind of company,
/// with no name after them, stand for an organisation named before (the
/// ones a count names, "the two …"), located in the demonym's place when
/// the article names that place.
pub(super) fn demonym_anaphor(f: &mut Facts, i: usize) {
    // Only a demonym is asked more (cheap first: a bit of the token's keys).
    if !f.doc.is_demonym(i)
        || !f.doc.is_capitalized(i)
        || !(i.saturating_sub(5)..i).any(|j| f.doc.lower(j) == "the")
        || f.starting(i).is_some_and(|k| !is_anaphoric_demonym(f, k))
    {
        return;
    }
    let Some((d, place)) = demonym_ending(f, i).and_then(|(d, name)| Some((d, place_named(f, name)?))) else {
        return;
    };
    let continent = CONTINENTS.contains(&f.entities[place].name.as_str());
    if f.starting(d).is_some_and(|k| !is_anaphoric_demonym(f, k)) || continent {
        return;
    }
    let Some(the) = the_before(f, d) else { return };
    let Some(noun_end) = kind_noun_end(f, i + 1) else { return };
    let named_after = f.doc.is_capitalized(noun_end)
        || f.doc.is_punct(noun_end, ',') && f.doc.is_capitalized(noun_end + 1)
        || f.doc.lower(noun_end) == "of";
    if named_after {
        return;
    }
    if is_other_party(f, noun_end - 1) {
        // "…bought Zentrix Peru from Brindle, valuing the Peruvian unit at…": a unit
        // the article named after its place is the one the phrase speaks of.
        if let Some(org) = unit_named_after(f, the, place).filter(|_| f.word_is(noun_end - 1, Words::UnitNoun)) {
            f.emit(org, Predicate::LocatedIn, place, None, Why::new(d, "demonym-unit-named", 0.6));
        }
        return;
    }
    let orgs = match count_word(f.doc.lower(the + 1)) {
        Some(n) => last_orgs(f, the, n),
        // "American firm Zentrix … The American company says": the one the article already places there.
        None if f.out.iter().any(|r| r.predicate == Predicate::LocatedIn && r.object == place) => return,
        None => main_subject_before(f, the)
            .unwrap_or_else(|| f.the_company(the, f.referent(the)).and_then(|o| past_own_subject(f, o, the)))
            .into_iter()
            .collect(),
    };
    let head = of_apposition_head(f, the);
    for org in orgs.into_iter().filter(|&o| head != Some(o)) {
        f.emit(org, Predicate::LocatedIn, place, None, Why::new(d, "demonym-anaphor", 0.55));
    }
}

/// "Orvane Peru", "Kestrel Chile Holdings": the last organisation named
/// before token `at` whose name holds the words of `place`'s name (not the
/// place's name alone).
fn unit_named_after(f: &Facts, at: usize, place: usize) -> Option<usize> {
    let place_name = plain_fold(&f.entities[place].name);
    let words: Vec<&str> = place_name.split(' ').collect();
    f.within(0, at).iter().rev().map(|(_, e)| *e).find(|&e| {
        let name = plain_fold(&f.entities[e].name);
        let name: Vec<&str> = name.split(' ').collect();
        f.class(e) == Org && name.len() > words.len() && name.windows(words.len()).any(|w| w == words.as_slice())
    })
}

/// Place mention `k` is a demonym alone standing for a company named
/// before ("The German software giant said"): `demonym_anaphor` reads it,
/// not `places`.
fn is_anaphoric_demonym(f: &Facts, k: usize) -> bool {
    let r = &f.live[k].0;
    f.is_demonym(k) && f.class(f.entity(k)) == Place && anaphoric_demonym(f.doc, f.res, r.end - 1)
}

/// "Zentrix wants to partner with Brindle as the French group expands",
/// "Zentrix bought Brindle because the Swiss insurer needed…": a clause
/// opened by a conjunction of time or reason right before the phrase at
/// token `the` keeps the subject of the sentence, the organisation opening
/// it, not the object named last. `Some(None)` when such a clause opens
/// there but no organisation opens the sentence (its subject is no name
/// found: the phrase is left unread rather than given to the object).
fn main_subject_before(f: &Facts, the: usize) -> Option<Option<usize>> {
    let conjunction = the.checked_sub(1).is_some_and(|c| {
        let w = f.doc.lower(c);
        SUBORDINATORS.contains(&w) || w == "because" || w == "as" && f.doc.lower(c.wrapping_sub(1)) != "such"
    });
    if !conjunction {
        return None;
    }
    let start = f.opening(f.doc.sentences[f.doc.sentence_of[the]].start);
    // "When the German firm…" opens the sentence: no main clause before it.
    if the <= start + 1 {
        return None;
    }
    let first = f.within(start, the).first().cloned();
    Some(
        first.and_then(|(r, org)| {
            (r.start == start && f.class(org) == Org && !f.doc.is_possessive(r.end)).then_some(org)
        }),
    )
}

/// Whom the phrase at token `the` speaks of when `org` is its usual
/// reading. "Zentrix is a shareholder in the Nigerian lender": an
/// organisation opening the sentence (past a describing word or two,
/// "Italian utility Zentrix") as the subject of the clause holding the
/// phrase is not what the phrase names, as a name in its place would not
/// be; "Zentrix, which owns 70% of Brindle, denied it would sell the
/// Spanish utility", "Zentrix signed a deal with Brindle to use the French
/// automaker's plants": the organisation named last between them is, when
/// no speech verb follows it and no telling verb heads it (whom a speaker
/// tells is no referent) and no speech verb and "that" report a clause
/// before it. With none, after a speech verb the phrase may
/// speak of the speaker itself ("Zentrix said the Nigerian lender
/// would…"); otherwise nothing.
fn past_own_subject(f: &Facts, org: usize, the: usize) -> Option<usize> {
    let start = f.opening(f.doc.sentences[f.doc.sentence_of[the]].start);
    let opens = |r: &std::ops::Range<usize>| {
        r.start <= start + 3 && (start..r.start).all(|j| f.doc.tokens[j].kind == TokenKind::Word)
    };
    let mentions = f.within(start, the);
    let first = mentions.iter().find(|(_, e)| f.class(*e) == Org);
    // "…, the German company said": after a comma the phrase opens a clause of its own.
    let Some((r, _)) = first.filter(|(r, e)| opens(r) && *e == org && !f.doc.is_punct(the - 1, ',')) else {
        return Some(org);
    };
    let speech = |from: usize| (from..the).any(|j| f.doc.lookup(&f.res.speech_verbs, j).is_some());
    // "Zentrix announced that Brindle would join the French group": a reported clause.
    let reported = (r.end..the)
        .any(|j| f.doc.lookup(&f.res.speech_verbs, j).is_some_and(|(len, _)| f.doc.lower(j + len) == "that"));
    let told = |at: usize| {
        let verb = at.checked_sub(1).map(|b| if f.doc.lower(b) == "the" { b.wrapping_sub(1) } else { b });
        verb.is_some_and(|v| v < at && f.word_is(v, Words::TellingVerb))
    };
    let other = mentions
        .iter()
        .rev()
        .take_while(|(m, _)| m.start >= r.end)
        .find(|(m, e)| f.class(*e) == Org && *e != org && !told(m.start));
    match other {
        Some((m, e)) if !speech(m.end) && !reported => Some(*e),
        _ => speech(r.end).then_some(org),
    }
}

/// The "the" opening the noun phrase whose demonym starts at token `d`,
/// past a count ("the two") or up to two describing words ("the troubled").
fn the_before(f: &Facts, d: usize) -> Option<usize> {
    let plain = |j: usize| f.doc.is_lower_word(j);
    (d.saturating_sub(3)..d)
        .rev()
        .take_while(|&j| f.doc.lower(j) == "the" || plain(j) && !DESCRIPTION_ENDS.contains(&f.doc.lower(j)))
        .find(|&j| f.doc.lower(j) == "the")
        .filter(|&t| f.doc.sentence_of[t] == f.doc.sentence_of[d] && !f.doc.is_possessive(t.wrapping_sub(1)))
}

/// Where the noun of a kind of company ends, when lower-case describing
/// words from token `from` run to it ("online marketplace and financial
/// services firm", "contract electronics maker", "tech giant").
fn kind_noun_end(f: &Facts, from: usize) -> Option<usize> {
    let plain = |j: usize| {
        f.doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word)
            && !f.doc.is_capitalized(j)
            && !DESCRIPTION_ENDS.contains(&f.doc.lower(j))
            || f.doc.is_punct(j, '-') && f.doc.joined(j) && j > from
    };
    let noun = (from..from + 8).take_while(|&j| plain(j)).find_map(|j| org_noun_end(f, j))?;
    let mut end = noun;
    while let Some(next) = org_noun_end(f, end) {
        end = next;
    }
    Some(end)
}

/// The noun at token `j` names another party than a company already named:
/// a unit, a rival, a partner, an investor, an owner or a public body
/// ("the Japanese unit", "the German regulator").
fn is_other_party(f: &Facts, j: usize) -> bool {
    let singular = f.doc.lower(j).strip_suffix('s').unwrap_or(f.doc.lower(j));
    [Words::UnitNoun, Words::RivalNoun, Words::PartnerNoun, Words::InvestorNoun, Words::ParentNoun]
        .into_iter()
        .any(|list| f.word_is(j, list))
        || f.doc.word_is(j, Words::PublicBodyNoun)
        || f.res.is(Words::PublicBodyNoun, singular)
}

/// "two" in "the two companies": how many organisations the phrase counts.
fn count_word(w: &str) -> Option<usize> {
    match w {
        "two" => Some(2),
        "three" => Some(3),
        _ => None,
    }
}

/// The last `n` organisations named before token `at`, in its sentence or
/// the three before (each once, not as a possessor), when there are that many.
fn last_orgs(f: &Facts, at: usize, n: usize) -> Vec<usize> {
    let s = f.doc.sentence_of[at];
    let from = f.doc.sentences[s.saturating_sub(3)].start;
    let mut orgs: Vec<usize> = Vec::new();
    for (r, e) in f.within(from, at).iter().rev() {
        if f.class(*e) == Org && !f.doc.is_possessive(r.end) && !orgs.contains(e) {
            orgs.push(*e);
        }
        if orgs.len() == n {
            return orgs;
        }
    }
    Vec::new()
}

/// "studied at Zentrix University in Lyon", "Brindle College, Porto,
/// Portugal": a university or college is where the place right after it
/// says (a university does not move, so "in" names its seat).
pub(super) fn institution_in_place(f: &mut Facts, k: usize) {
    let org = f.entity(k);
    let r = f.live[k].0.clone();
    let school = r.clone().any(|j| matches!(f.doc.word(j), "University" | "College" | "Polytechnic"));
    if f.class(org) != Org || !(school || gave_degree(f, r.start)) {
        return;
    }
    let mut at = r.end;
    if f.doc.lower(at) == "in" {
        if let Some(p) = f.starting(at + 1).filter(|&p| f.class(f.entity(p)) == Place) {
            let place = f.entity(p);
            f.emit(org, Predicate::LocatedIn, place, None, Why::new(at, "institution-in-place", 0.7));
            at = f.live[p].0.end;
        } else {
            return;
        }
    }
    // "…, Ile-Ife, Nigeria": places after commas (a town the lexicon does not know may stand between).
    for _ in 0..2 {
        let Some(p) = f.starting(at + 1).filter(|_| f.doc.is_punct(at, ',')) else { return };
        let (p_end, entity) = (f.live[p].0.end, f.entity(p));
        if f.class(entity) == Place {
            f.emit(org, Predicate::LocatedIn, entity, None, Why::new(at, "institution-in-place", 0.65));
        } else if !f.doc.is_punct(p_end, ',') || f.starting(p_end + 1).is_none_or(|q| f.class(f.entity(q)) != Place) {
            return;
        }
        at = p_end;
    }
}

/// "a law degree from Zentrix in Lyon", "an MBA at Brindle": the name
/// starting at token `start` follows "from" or "at" after a degree noun.
fn gave_degree(f: &Facts, start: usize) -> bool {
    let Some(prep) = start.checked_sub(1).filter(|&p| matches!(f.doc.lower(p), "from" | "at")) else { return false };
    let words = |j: usize| f.doc.tokens[j].kind == TokenKind::Word && f.doc.sentence_of[j] == f.doc.sentence_of[prep];
    (prep.saturating_sub(4)..prep).rev().take_while(|&j| words(j)).any(|j| f.word_is(j, Words::DegreeNoun))
}

/// "U.S. chipmaker Zentrix", "UK lending startup Brindle": place mention `k`
/// stands as an adjective before an organisation noun (not "Acme's China unit").
pub(super) fn is_attributive_place(f: &Facts, k: usize) -> bool {
    let (start, end) = (f.live[k].0.start, f.live[k].0.end);
    let noun = (end..end + 4).any(|j| f.doc.lookup(&f.res.org_nouns, j).is_some() && is_modifier_gap(f.doc, end, j));
    f.class(f.entity(k)) == Place && noun && !f.doc.is_possessive(start.wrapping_sub(1)) && !f.doc.is_possessive(end)
}

/// "rivals such as Zentrix in Lyon and Brindle in Porto", "backers like
/// Zentrix and Brindle of the US, Helixor of Japan": organisations listed
/// each with "in" or "of" and a place are located there (two or more such
/// pairs in a row, or one after "such as" / "including" / "like"). With
/// "of", the place closes a group ("A and B of the US"); each name of the
/// group is there when the pairs form a chain, the last one alone otherwise.
pub(super) fn listed_places(f: &mut Facts, s: usize) {
    let range = f.doc.sentences[s].clone();
    let first = f.live.partition_point(|(q, _)| q.start < range.start);
    // (first name of the group, last name, place)
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for k in first..f.live.len() {
        let (r, e) = &f.live[k];
        if r.start >= range.end {
            break;
        }
        let of = f.doc.lower(r.end) == "of";
        if f.class(*e) != Org || !(of || f.doc.lower(r.end) == "in") {
            continue;
        }
        let at = r.end + 1 + usize::from(of && f.doc.lower(r.end + 1) == "the");
        let Some(place) = f.starting(at).filter(|&p| f.class(f.entity(p)) == Place) else { continue };
        // "Zentrix of France's …": the place owns what follows, it does not close the name.
        if f.doc.is_possessive(f.live[place].0.end) {
            continue;
        }
        let mut g = k;
        while of
            && g > first
            && f.class(f.entity(g - 1)) == Org
            && is_list_sep(f.doc, f.live[g - 1].0.end, f.live[g].0.start)
        {
            g -= 1;
        }
        pairs.push((g, k, place));
    }
    for (n, &(g, k, place)) in pairs.iter().enumerate() {
        let (start, end) = (f.live[g].0.start, f.live[place].0.end);
        let next = pairs.get(n + 1).is_some_and(|q| is_list_sep(f.doc, end, f.live[q.0].0.start));
        let prev = n > 0 && is_list_sep(f.doc, f.live[pairs[n - 1].2].0.end, start);
        let intro_at = |j: usize| {
            j >= 2
                && (matches!(f.doc.lower(j - 1), "including" | "like")
                    || f.doc.lower(j - 2) == "such" && f.doc.lower(j - 1) == "as")
        };
        let named: Vec<usize> = if next || prev {
            (g..=k).collect()
        } else if intro_at(start) {
            vec![k]
        } else {
            // "a stake in Zentrix in Poland", "the purchase of Brindle in Peru": a lone pair whose
            // name is the object of "in" or "of" (not "competes with Zentrix in Peru", nor a
            // title's "the head of Zentrix in Peru", whose place may be the head's).
            let p = f.entity(place);
            let title_before = |of: usize| {
                (of.saturating_sub(3)..of).any(|t| f.doc.lookup(&f.res.titles, t).is_some_and(|(len, _)| t + len == of))
            };
            let lone = g == k
                && f.doc.lower(f.live[k].0.end) == "in"
                && start >= 1
                && (f.doc.lower(start - 1) == "in" || f.doc.lower(start - 1) == "of" && !title_before(start - 1))
                && !CONTINENTS.contains(&f.entities[p].name.as_str());
            if lone {
                let org = f.entity(k);
                f.emit(org, Predicate::LocatedIn, p, None, Why::new(start, "object-in-place", 0.55));
            }
            continue;
        };
        let p = f.entity(place);
        for m in named {
            let org = f.entity(m);
            f.emit(org, Predicate::LocatedIn, p, None, Why::new(f.live[m].0.start, "listed-in-place", 0.6));
        }
    }
}

/// "Chinese companies such as A, B and C", "Korean carmakers including A",
/// "Chinese firms led by frontrunners A and B", "US cloud giants such as A",
/// "Indian telecom rivals, A and B,", "US giants A and B": a demonym or a place with a plural
/// organisation noun locates every organisation of the list it introduces
/// (in the place the article names; "Chinese firms" alone names no entity).
pub(super) fn demonym_kind_list(f: &mut Facts, s: usize) {
    let range = f.doc.sentences[s].clone();
    for i in range.clone() {
        // Demonyms and places are capitalized: the other words ask nothing more (cheap first).
        if !f.doc.is_capitalized(i) && f.doc.lower(i) != "its" {
            continue;
        }
        // "pan-African investors" serve a region; they are not from it.
        if i > 0 && f.doc.is_punct(i - 1, '-') && f.doc.joined(i) {
            continue;
        }
        let (place, after) = match f.doc.is_demonym(i) {
            true => {
                let Some(p) = place_of_demonym(f, i) else { continue };
                (p, i + 1)
            }
            false if f.doc.lower(i) == "its" => {
                let Some(p) = its_place(f, i) else { continue };
                (p, i + 1)
            }
            false => {
                // A place standing as an adjective: "US rivals", not "the US's rivals".
                let Some(k) = f.starting(i).filter(|&k| f.class(f.entity(k)) == Place) else { continue };
                let end = f.live[k].0.end;
                if f.doc.is_possessive(end) || f.doc.is_possessive(i.wrapping_sub(1)) || hyphened_not_based(f, end) {
                    continue;
                }
                (f.entity(k), end)
            }
        };
        let plural_noun = |j: usize| {
            let singular = f.doc.lower(j).strip_suffix('s').map(|w| [w]);
            singular.is_some_and(|w| f.res.org_nouns.longest(&w, 0).is_some_and(|(len, _)| len == 1))
                || matches!(f.doc.lower(j), "companies" | "groups" | "universities" | "agencies")
                || f.word_is(j, Words::BusinessPlural)
        };
        let Some(mut noun) = (after..after + 4)
            .find(|&j| (plural_noun(j) || kind_before_examples(f.doc, f.res, j)) && is_modifier_gap(f.doc, after, j))
        else {
            continue;
        };
        // "Thai telecoms companies A and B": the head is the last noun of the compound.
        while plural_noun(noun + 1) {
            noun += 1;
        }
        // "its universities and tech giants like A and B": the list follows the last of two kinds.
        let noun = match f.doc.lower(noun + 1) {
            "and" | "or" => (noun + 2..noun + 5).find(|&j| plural_noun(j) && is_modifier_gap(f.doc, noun + 2, j)),
            _ => None,
        }
        .unwrap_or(noun);
        // "Indian banks, including A and B": a comma may stand before the word that opens the list.
        let noun = if f.doc.is_punct(noun + 1, ',') && matches!(f.doc.lower(noun + 2), "including" | "such" | "like") {
            noun + 1
        } else {
            noun
        };
        // "Ruritanian state-owned enterprises (SOEs) A, B and C": a bracketed short form of the kind may follow it.
        let noun =
            match f.doc.is_punct(noun + 1, '(') && f.doc.is_punct(noun + 3, ')') && f.doc.is_capitalized(noun + 2) {
                true => noun + 3,
                false => noun,
            };
        let (intro, appositive) = match (f.doc.lower(noun + 1), f.doc.lower(noun + 2)) {
            ("such", "as") | ("led", "by") => (noun + 3, false),
            ("including" | "like", _) => (noun + 2, false),
            (",", _) => (noun + 2, true),
            // "three Ruritanian heavyweights: A, B and C": a colon opens the list as a comma does,
            // after a kind at most one word past the demonym ("officials named two bidders:" is a clause).
            (":", _) if noun <= after + 1 => (noun + 2, true),
            // "US giants A and B", "the Canadian companies A and B": the names right after the noun.
            _ if f.starting(noun + 1).is_some_and(|k| f.class(f.entity(k)) == Org) => (noun + 1, false),
            _ => continue,
        };
        let members = members_after(f, intro, range.end);
        // "…rivals, A and B, have…": an apposition lists at least two names right after the comma.
        let named_at_once = members.first().is_some_and(|m| f.live[m.owner.unwrap_or(m.head)].0.start == intro);
        if appositive && (members.len() < 2 || !named_at_once) {
            continue;
        }
        for m in members {
            let org = f.entity(m.head);
            if f.class(org) == Org {
                f.emit(org, Predicate::LocatedIn, place, None, Why::new(i, "demonym-kind-list", 0.65));
            }
        }
    }
}

/// "Lyon, home to chip makers such as Zentrix and Brindle", "Porto is home
/// to Zentrix": the organisations a place is home to are located there
/// (after lower-case words of a kind, only with "such as", "including" or "like").
pub(super) fn home_to(f: &mut Facts, k: usize) {
    let place = f.entity(k);
    let end = f.live[k].0.end;
    if f.class(place) != Place || !(f.doc.is_punct(end, ',') || COPULAS.contains(&f.doc.lower(end))) {
        return;
    }
    if f.doc.lower(end + 1) != "home" || f.doc.lower(end + 2) != "to" {
        return;
    }
    let from = end + 3;
    let plain = |j: usize| f.doc.tokens[j].kind != TokenKind::Punct && !f.doc.is_capitalized(j);
    let kind_end = (from + 1..(from + 6).min(f.doc.len())).find(|&j| !plain(j) || is_list_intro(f, j));
    let intro = match kind_end.filter(|&j| is_list_intro(f, j)) {
        _ if f.starting(from).is_some() => from,
        Some(j) => j + if f.doc.lower(j) == "such" { 2 } else { 1 },
        None => return,
    };
    for m in members_after(f, intro, f.sentence_end(end)) {
        let org = f.entity(m.head);
        if f.class(org) == Org {
            f.emit(org, Predicate::LocatedIn, place, None, Why::new(end + 1, "home-to", 0.7));
        }
    }
}

/// Token `j` opens the examples of a kind: "such as", "including", "like".
fn is_list_intro(f: &Facts, j: usize) -> bool {
    match f.doc.lower(j) {
        "such" => f.doc.lower(j + 1) == "as",
        "including" | "like" => true,
        _ => false,
    }
}

/// "Zentrix, Lyon, France, makes…", "Brindle, Porto, Portugal, owns…": an
/// organisation followed by a town and the wider place it lies in, each
/// between commas, is located in both (not a list of places running on).
pub(super) fn nested_place_apposition(f: &mut Facts, k: usize) {
    let org = f.entity(k);
    let end = f.live[k].0.end;
    if f.class(org) != Org || !f.doc.is_punct(end, ',') {
        return;
    }
    let place_at = |j: usize| f.starting(j).filter(|&p| f.class(f.entity(p)) == Place);
    let Some(town) = place_at(end + 1) else { return };
    let comma = f.live[town].0.end;
    let Some(wider) = place_at(comma + 1).filter(|_| f.doc.is_punct(comma, ',')) else { return };
    let close = f.live[wider].0.end;
    let runs_on = place_at(close + 1).is_some() || matches!(f.doc.lower(close + 1), "and" | "or");
    if !f.doc.is_punct(close, ',') || runs_on {
        return;
    }
    for p in [town, wider] {
        let place = f.entity(p);
        f.emit(org, Predicate::LocatedIn, place, None, Why::new(end, "nested-place-apposition", 0.65));
    }
}

/// "In Ruritania, Acme acquired Zentrix", "In the UAE, Zentrix and Brindle
/// merged": a place opening the sentence sets its scene, so the company
/// bought there, or each of the companies merging there, is located in it
/// (not a lone subject: "In China, Acme sells phones" says nothing of Acme's seat).
pub(super) fn fronted_place(f: &mut Facts, s: usize) {
    let range = f.doc.sentences[s].clone();
    let open = f.opening(range.start);
    if f.doc.lower(open) != "in" {
        return;
    }
    let at = open + 1 + usize::from(f.doc.lower(open + 1) == "the");
    let Some(p) = f.starting(at).filter(|&p| f.class(f.entity(p)) == Place) else { return };
    let mut comma = f.live[p].0.end;
    // "In Ruritania, however, Zentrix…": a linking adverb between commas.
    if f.doc.is_punct(comma + 2, ',') && LINKING_ADVERBS.contains(&f.doc.lower(comma + 1)) {
        comma += 2;
    }
    let Some(first) = f.starting(comma + 1).filter(|&m| f.doc.is_punct(comma, ',') && f.class(f.entity(m)) == Org)
    else {
        return;
    };
    let place = f.entity(p);
    let members = members_after(f, comma + 1, range.end);
    let subjects: Vec<usize> = members.iter().filter(|m| f.class(f.entity(m.head)) == Org).map(|m| m.head).collect();
    let last_end = subjects.last().map_or(comma, |&m| f.live[m].0.end);
    let merging = (last_end..(last_end + 5).min(range.end)).any(|j| f.doc.lower(j).starts_with("merg"));
    if subjects.len() >= 2 && subjects.len() == members.len() && merging {
        for m in subjects {
            let org = f.entity(m);
            f.emit(org, Predicate::LocatedIn, place, None, Why::new(open, "fronted-place-merger", 0.6));
        }
        return;
    }
    let buyer = f.entity(first);
    let sentence = f.doc.sentence_span(s);
    let bought: Vec<usize> = f
        .out
        .iter()
        .filter(|r| r.predicate == Predicate::Acquired && r.subject == buyer && r.evidence.sentence == sentence)
        .map(|r| r.object)
        .filter(|&o| f.class(o) == Org)
        .collect();
    for org in bought {
        f.emit(org, Predicate::LocatedIn, place, None, Why::new(open, "fronted-place-acquired", 0.6));
    }
}

/// "Based in Lyon, Zentrix makes…", "Headquartered in Porto, Portugal,
/// Brindle sells…", "Based out of Lima, Quillon…": a participle of being
/// based opening the sentence describes its subject, the organisation named
/// right after the comma closing its places (not "Based in Lyon, Zentrix's
/// founder…", whose subject is the founder).
pub(super) fn fronted_based(f: &mut Facts, s: usize) {
    let range = f.doc.sentences[s].clone();
    let open = f.opening(range.start);
    if !f.doc.is_capitalized(open) || !f.word_is(open, Words::BasedWord) {
        return;
    }
    let mut at = match (f.doc.lower(open + 1), f.doc.lower(open + 2)) {
        ("in", _) => open + 2,
        ("out", "of") => open + 3,
        _ => return,
    };
    let mut found: Vec<usize> = Vec::new();
    while let Some(p) = f.starting(at).filter(|&p| f.class(f.entity(p)) == Place) {
        found.push(f.entity(p));
        let end = f.live[p].0.end;
        if !f.doc.is_punct(end, ',') || found.len() == 2 {
            at = end;
            break;
        }
        at = end + 1;
    }
    // The places end at a comma, and the name the comma opens is the subject.
    let comma = if f.doc.is_punct(at, ',') { at } else { at.wrapping_sub(1) };
    if found.is_empty() || !f.doc.is_punct(comma, ',') {
        return;
    }
    let Some(m) = f.starting(comma + 1).filter(|&m| f.class(f.entity(m)) == Org && f.live[m].0.end < range.end) else {
        return;
    };
    if f.doc.is_possessive(f.live[m].0.end) {
        return;
    }
    let org = f.entity(m);
    for place in found {
        f.emit(org, Predicate::LocatedIn, place, None, Why::new(open, "fronted-based", 0.8));
    }
}

/// "Zentrix, which is based in Lyon in central France", "headquartered in
/// Porto in northern Portugal": a place the sentence locates a company in,
/// followed by "in", a word of a part of a country or none, and a wider
/// place, locates the company in the wider place too.
pub(super) fn wider_place_in(f: &mut Facts, s: usize) {
    let range = f.doc.sentences[s].clone();
    // Each place's first mention in the sentence that "in" and a wider place
    // follow (most sentences have none, and the facts found are not read).
    let mentions = f.within(range.start, range.end);
    let wider: Vec<(usize, usize, usize)> = mentions
        .iter()
        .enumerate()
        .filter(|&(i, (_, e))| f.class(*e) == Place && mentions[..i].iter().all(|(_, o)| o != e))
        .filter(|(_, (r, _))| f.doc.lower(r.end) == "in")
        .filter_map(|(_, (r, e))| {
            let at = r.end + 1 + usize::from(COMPASS_WORDS.contains(&f.doc.lower(r.end + 1)));
            let p = f.starting(at).map(|p| f.entity(p)).filter(|&p| f.class(p) == Place && p != *e)?;
            Some((*e, p, r.end))
        })
        .collect();
    if wider.is_empty() {
        return;
    }
    let sentence = f.doc.sentence_span(s);
    let placed: Vec<(usize, usize)> = f
        .out
        .iter()
        .filter(|r| r.predicate == Predicate::LocatedIn && r.evidence.sentence == sentence)
        .map(|r| (r.subject, r.object))
        .collect();
    for (org, place) in placed {
        for &(_, p, end) in wider.iter().filter(|(at, _, _)| *at == place) {
            f.emit(org, Predicate::LocatedIn, p, None, Why::new(end, "wider-place-in", 0.6));
        }
    }
}
