//! Ties between companies other than money that a cue phrase leaves to the
//! words around it: whose rival an attributive "rival X" at the end of a
//! list is, "a rival bid for X" (no rivalry with X), the subject a sentence
//! opens with ("In January, the company said … as rival X"), "its partner
//! X", "X, its long-time partner", "Acme's partner X".

use super::clause::{
    appositive_members_to_end, is_dash, is_list_sep, is_modifier_gap, is_wide_modifier_gap, members_after,
    members_before, past_form_tail, past_time_phrase, Member,
};
use super::cues::{apply_cue, parties_after, pronoun_subject};
use super::possessives::past_its;
use super::{Facts, Why};
use crate::extract::model::{EntityClass, Predicate};
use crate::extract::resources::{Frame, Words};
use crate::text::words::{ARTICLES, FRONTED_PHRASE_OPENERS};
use crate::text::TokenKind;
use EntityClass::Organization as Org;

/// "Brindle considered joining Halden, Orvane and Korean gaming rival
/// Zentrix", "competition from parts maker Halden and French rival Zentrix":
/// a one-word rival noun cue at `i`, right before a name and after at most
/// three describing words, that opens one more member of a list the
/// sentence does not open. The members before it are named with the rival,
/// not as its rivals ("Acme and rival Zentrix cut prices" opens the sentence:
/// the two are rivals).
pub(super) fn rival_in_object_list(f: &Facts, i: usize, len: usize, sentence_start: usize) -> bool {
    if len != 1 || !f.word_is(i, Words::RivalNoun) || f.starting(i + 1).is_none() {
        return false;
    }
    let mut d = i;
    while d > sentence_start && i - d < 3 && is_wide_modifier_gap(f, d - 1, i) {
        d -= 1;
    }
    let Some(mut k) = f.live.partition_point(|(r, _)| r.end <= d).checked_sub(1) else { return false };
    if f.live[k].0.start < sentence_start || !is_list_sep(f.doc, past_form_tail(f, f.live[k].0.end), d) {
        return false;
    }
    while k > 0
        && f.live[k - 1].0.start >= sentence_start
        && is_list_sep(f.doc, past_form_tail(f, f.live[k - 1].0.end), f.live[k].0.start)
    {
        k -= 1;
    }
    // What stands between the sentence's opening and the list: describing
    // words and an article only when the list is the subject.
    let open = f.opening(sentence_start);
    let first = f.live[k].0.start;
    let subject = (open..first).all(|j| ARTICLES.contains(&f.doc.lower(j)) || is_wide_modifier_gap(f, j, j + 1));
    !subject
}

/// "would make a rival bid for Anglo", "weighing rival takeover bids for
/// Orlo": a rival noun cue at `i` (of `len` tokens, an article and the noun
/// at most) describing another noun, with
/// "for" before the first name after it: the name is what the bid is for,
/// not a rival.
pub(super) fn rival_thing_for(f: &Facts, i: usize, len: usize, right: &[Member]) -> bool {
    let Some(first) = right.first() else { return false };
    let start = f.live[first.owner.unwrap_or(first.head)].0.start;
    // "a rival offer": the cue may take the article with the noun.
    let noun = i + len - 1;
    (i..noun).all(|j| ARTICLES.contains(&f.doc.lower(j)))
        && f.word_is(noun, Words::RivalNoun)
        && f.starting(noun + 1).is_none()
        && f.doc.is_lower_word(noun + 1)
        && f.doc.lookup(&f.res.org_nouns, noun + 1).is_none()
        && (noun + 2..start).any(|j| f.doc.lower(j) == "for")
}

/// "It …", "The company …", "In January, the company said…": the
/// organisation that "it" or "the" and a company noun opening the sentence
/// starting at `sentence_start` (past a dateline and a fronted time phrase)
/// stands for.
pub(super) fn opening_company(f: &Facts, sentence_start: usize) -> Option<usize> {
    let open = f.opening(sentence_start);
    let open = past_time_phrase(f.doc, open);
    f.company_called_at(open).filter(|&e| f.class(e) == Org)
}

/// The subject of the sentence holding token `at`: the organisation named
/// first in it (not as a possessor) or what an opening "it" or "the
/// company" stands for; none when that is `besides` ("Orvane Launch, its
/// joint venture with Brindle": "its" is not the venture's own).
pub(super) fn sentence_subject(f: &Facts, at: usize, besides: usize) -> Option<usize> {
    let s = *f.doc.sentence_of.get(at)?;
    let start = f.doc.sentences[s].start;
    if let Some(e) = opening_company(f, start) {
        return Some(e).filter(|&e| e != besides);
    }
    let open = f.opening(start);
    let (r, e) = f.within(open, at).first()?;
    let named = r.start <= open + 3 && f.class(*e) == Org && !f.doc.is_possessive(r.end);
    named.then_some(*e).filter(|&e| e != besides)
}

/// The predicate a noun of partnership, rivalry or investment at token `n`
/// states ("its largest shareholder": the named one invested in it).
fn tie_of_noun(f: &Facts, n: usize) -> Option<Predicate> {
    if f.word_is(n, Words::PartnerNoun) {
        Some(Predicate::PartnersWith)
    } else if f.word_is(n, Words::RivalNoun) {
        Some(Predicate::CompetesWith)
    } else if f.word_is(n, Words::InvestorNoun) {
        Some(Predicate::InvestedIn)
    } else {
        None
    }
}

/// The names a noun of partnership or rivalry at token `noun` names: right
/// after it ("partner Brindle", "partner airline Skyhop", "partners Brindle
/// and Zentrix"), or set off after a comma ("partner, Brindle,").
fn named_after_noun(f: &Facts, noun: usize) -> Vec<Member> {
    let end = f.sentence_end(noun);
    let next = noun + 1;
    // "its partner airline Skyhop": a company noun may stand between.
    let direct = f.starting(next).map(|_| next).or_else(|| {
        f.doc.lookup(&f.res.org_nouns, next).and_then(|(len, _)| f.starting(next + len).map(|_| next + len))
    });
    // "its investor relations chief, Jane Roe.": a noun of investors names its
    // investors only set off right after it.
    let set_off_now = f.doc.is_punct(next, ',') || is_dash(f.doc, next);
    match direct {
        Some(j) => members_after(f, j, end),
        None if f.word_is(noun, Words::InvestorNoun) && !set_off_now => Vec::new(),
        None => appositive_members_to_end(f, noun, next, end),
    }
}

/// "its partner Brindle", "its partner, Brindle,", "Tradwell, its long-time
/// development partner", "Brindle, its biggest rival": a noun of
/// partnership or rivalry after "its" (or "the company's") at token `i`
/// and describing words ties what "its" stands for to the name after the
/// noun, or to the name set off by a comma right before "its".
pub(super) fn its_tie(f: &mut Facts, i: usize) {
    let Some(after) = past_its(f, i) else { return };
    let Some(noun) = (after..after + 5).find(|&n| tie_of_noun(f, n).is_some()) else { return };
    if f.starting(noun).is_some() || !is_wide_modifier_gap(f, after, noun) {
        return;
    }
    let Some(p) = tie_of_noun(f, noun) else { return };
    let invested = p == Predicate::InvestedIn;
    let mut others: Vec<usize> = named_after_noun(f, noun).into_iter().map(|m| f.entity(m.head)).collect();
    // "Tradwell, its partner": the name the apposition describes ("Brindle, its
    // largest shareholder, said": an investor noun closed by a comma or the sentence's end).
    let closed =
        !invested || f.doc.is_punct(noun + 1, ',') || f.doc.is_punct(noun + 1, '.') || is_dash(f.doc, noun + 1);
    let set_off = i.checked_sub(1).filter(|&c| f.doc.is_punct(c, ',') && closed).and_then(|c| f.ending(c));
    others.extend(set_off.map(|k| f.entity(k)));
    if others.is_empty() {
        return;
    }
    let owner = if f.doc.lower(i) == "its" { f.referent(i) } else { f.the_company(i - 1, f.topic) };
    // "Brindle, its biggest rival,": not the name set off, but what "its" would stand for before it.
    let owner = match (owner, set_off) {
        (Some(e), Some(k)) if e == f.entity(k) => f.referent(f.live[k].0.start),
        _ => owner,
    };
    let Some(owner) = owner.filter(|&e| f.class(e) == Org) else { return };
    for o in others {
        let fits = f.class(o) == Org || invested && f.class(o) == EntityClass::Person;
        if fits && o != owner {
            let (s, ob) = if invested { (o, owner) } else { (owner, o) };
            f.emit(s, p, ob, None, Why::new(noun, "its-tie", 0.55));
        }
    }
}

/// "Acme's partner Brindle", "Acme's technology partner Brindle": a noun of
/// partnership after the possessive of mention `k` and describing words,
/// right before a name, ties the two ("Acme's rival Brindle" is the rival
/// cue's).
pub(super) fn possessor_partner(f: &mut Facts, k: usize) {
    let end = f.live[k].0.end;
    if !f.doc.is_possessive(end) {
        return;
    }
    let Some(noun) = (end + 1..end + 5).find(|&n| f.word_is(n, Words::PartnerNoun)) else { return };
    if f.starting(noun).is_some() || !is_wide_modifier_gap(f, end + 1, noun) || f.starting(noun + 1).is_none() {
        return;
    }
    let a = f.entity(k);
    let named: Vec<usize> = named_after_noun(f, noun).into_iter().map(|m| f.entity(m.head)).collect();
    for o in named {
        if f.class(a) == Org && f.class(o) == Org {
            f.emit(a, Predicate::PartnersWith, o, None, Why::new(noun, "possessor-partner", 0.6));
        }
    }
}

/// "Jane Roe, a partner of Orvane Capital": "partner" at token `i` after a
/// person named last in its sentence is the person's post, no tie between
/// companies ("Kestrel, a strategic partner of Orvane" is one).
pub(super) fn persons_partner(f: &Facts, i: usize, sentence_start: usize) -> bool {
    if f.doc.lower(i) != "partner" {
        return false;
    }
    let Some(k) = f.live.partition_point(|(r, _)| r.end <= i).checked_sub(1) else { return false };
    f.live[k].0.start >= sentence_start && f.class(f.entity(k)) == EntityClass::Person
}

/// "sealed two supply chain deals with", "a gas supply agreement with": the
/// cue of `len` tokens at `i` names a noun of agreement that a word of
/// supplying describes (describing words between): a supply contract, no
/// partnership.
pub(super) fn supply_deal(f: &Facts, i: usize, len: usize) -> bool {
    let Some(noun) = (i..i + len).find(|&j| f.word_is(j, Words::PactNoun) || f.word_is(j, Words::DealWord)) else {
        return false;
    };
    (noun.saturating_sub(3)..noun).any(|j| f.word_is(j, Words::SupplyWord) && is_modifier_gap(f.doc, j + 1, noun))
}

/// "Acme bought Brindle and signed a partnership with Zentrix", "… — and
/// sealed two deals with Zentrix": the "and" that opens a second verb phrase
/// (a verb of signing, or a past-tense verb before an article or a number,
/// then lower-case words) ending at the cue at `i`, right after a name (and
/// a time phrase, a comma or a dash); the name before it is the first verb's
/// object, not the cue's subject.
pub(super) fn and_second_verb(f: &Facts, i: usize, sentence_start: usize) -> Option<usize> {
    let and = (i.saturating_sub(7).max(sentence_start + 1)..i).rev().find(|&j| f.doc.lower(j) == "and")?;
    let verb = and + 1;
    // "… and bought Zentrix": the cue's own verb, whatever its form, right after "and".
    // "… and bought a stake in Zentrix", "… and took a stake in": a verb of buying a stake.
    let signed = f.doc.is_lower_word(verb)
        && (f.word_is(verb, Words::SignVerb)
            || f.doc.lower(verb).ends_with("ed")
            || f.word_is(verb, Words::StakeBuyingWord)
            || verb == i);
    // "and partnered with": the cue itself opens with the verb.
    let determiner = |j: usize| matches!(f.doc.lower(j), "a" | "an" | "the" | "its" | "their") || f.doc.is_number(j);
    let object = verb == i || f.word_is(verb, Words::SignVerb) || determiner(verb + 1);
    // "and took a 10% stake in": a number and its per cent sign.
    let plain = (verb..i)
        .all(|j| f.doc.is_lower_word(j) || f.doc.is_number(j) || f.doc.is_punct(j, '-') || f.doc.is_punct(j, '%'));
    if !signed || !object || !plain {
        return None;
    }
    // "bought Brindle last year and…": past a time phrase, a comma or a dash.
    let mut k = f.live.partition_point(|(r, _)| r.end <= and).checked_sub(1)?;
    // "Brindle for 1.2bn US dollars and": a place naming the currency is no object.
    while k > 0
        && f.class(f.entity(k)) == EntityClass::Place
        && (f.live[k - 1].0.end..f.live[k].0.start).any(|j| f.doc.lower(j) == "for")
    {
        k -= 1;
    }
    let mut end = past_time_phrase(f.doc, f.live[k].0.end);
    // "snapped up Brindle for 1.2bn US dollars and bought…": past the price paid.
    end = past_price(f, end, and);
    if end < and && (f.doc.is_punct(end, ',') || is_dash(f.doc, end)) {
        end += 1;
    }
    (end == and && f.live[k].0.start >= sentence_start).then_some(and)
}

/// "for $1.2bn", "for 540m US dollars": a price from token `from` ending at
/// `to` (a number in it, no comma, no name but a place naming the currency);
/// where it ends, else `from`.
fn past_price(f: &Facts, from: usize, to: usize) -> usize {
    if f.doc.lower(from) != "for" || to <= from + 1 || to > from + 8 {
        return from;
    }
    // "US dollars": a word may name the currency, but no company or person.
    let other_name = |j: usize| {
        let m = f.live.partition_point(|(r, _)| r.start <= j).checked_sub(1);
        m.is_some_and(|m| f.live[m].0.end > j && f.class(f.entity(m)) != EntityClass::Place)
    };
    let price_word = |j: usize| {
        f.doc.tokens[j].kind == TokenKind::Word && !other_name(j)
            || f.doc.tokens[j].kind == TokenKind::Punct && !f.doc.is_punct(j, ',') && !f.doc.is_punct(j, ';')
            || f.doc.has_digit(j)
    };
    let price = (from + 1..to).all(price_word) && (from + 1..to).any(|j| f.doc.has_digit(j));
    if price {
        to
    } else {
        from
    }
}

/// Where the words of the sentence starting at `sentence_start` begin, past
/// a dateline and a fronted phrase set off by a comma ("In January,",
/// "Since then,"): where its subject stands.
pub(super) fn fronted_opening(f: &Facts, sentence_start: usize) -> usize {
    let open = f.opening(sentence_start);
    let past = past_time_phrase(f.doc, open);
    if past > open {
        return past;
    }
    // "In a statement,", "Founded in 2023,", "Founded in April 2023,": a few words, numbers among them.
    let end = f.sentence_end(open);
    let comma = (open + 1..(open + 5).min(end)).find(|&j| f.doc.is_punct(j, ','));
    match comma {
        Some(c) if (open..c).all(|j| f.starting(j).is_none() && f.doc.tokens[j].kind != TokenKind::Punct) => c + 1,
        // "By buying a plant from Brindle in 2020, Acme…", "Having won approval
        // from Zentrix, Acme…": a longer phrase a word of its own opens, names in it.
        _ if FRONTED_PHRASE_OPENERS.contains(&f.doc.lower(open)) && f.starting(open).is_none() => {
            let comma = (open + 1..(open + 16).min(end)).find(|&j| f.doc.is_punct(j, ','));
            comma.filter(|&c| c + 1 < end).map_or(open, |c| c + 1)
        }
        _ => open,
    }
}

/// "Rival Zentrix said…", "Chinese rival Zentrix, which owns…", "Smaller
/// rivals Zentrix and Brindle cut prices": a sentence (past a fronted
/// phrase) opening with a rival noun, after at most two describing words
/// (a demonym among them), right before names: they compete with the
/// company the sentences before it speak of (their subject, else the
/// article's main company).
pub(super) fn rival_opening(f: &mut Facts, s: usize) {
    if !f.held(s).has(Words::RivalNoun) {
        return;
    }
    let start = f.doc.sentences[s].start;
    let Some(noun) = opening_rival(f, start) else { return };
    let end = f.sentence_end(noun);
    let Some(subject) = f.previous_subject(start).or(f.topic) else { return };
    for m in members_after(f, noun + 1, end) {
        let rival = f.entity(m.head);
        if f.class(rival) == Org && rival != subject && m.owner.is_none() {
            f.emit(rival, Predicate::CompetesWith, subject, None, Why::new(noun, "rival-opening", 0.55));
        }
    }
}

/// The rival noun a sentence starting at `sentence_start` opens with (past a
/// fronted phrase and at most two describing words, a demonym among them),
/// right before a name: "Rival Zentrix…", "Chinese rival Zentrix…".
pub(super) fn opening_rival(f: &Facts, sentence_start: usize) -> Option<usize> {
    let open = fronted_opening(f, sentence_start);
    let end = f.sentence_end(open);
    let describing = |j: usize| {
        f.doc.tokens[j].kind == TokenKind::Word
            && f.starting(j).is_none_or(|m| f.class(f.entity(m)) == EntityClass::Place && f.live[m].0.end == j + 1)
            && !f.word_is(j, Words::RivalNoun)
            && !matches!(f.doc.lower(j), "its" | "their" | "a" | "an" | "the")
    };
    let noun = (open..(open + 3).min(end)).find(|&j| f.word_is(j, Words::RivalNoun))?;
    ((open..noun).all(describing) && f.starting(noun + 1).is_some()).then_some(noun)
}

/// "Acme launched a consortium last month with Brindle and Zentrix", "formed
/// an alliance in March with Brindle": a noun of partnership, a short time
/// phrase, then "with" and the partners (no cue phrase holds the noun and its
/// "with" together across the time phrase). The subject is the name before
/// the noun, or what "it" or "the company" stands for; the partners of a
/// consortium are one another's too (`parties_after`).
pub(super) fn alliance_past_time(f: &mut Facts, s: usize) {
    // Only a sentence with a noun of partnership is read.
    if !f.held(s).has(Words::AllianceNoun) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for j in range.start + 1..range.end {
        if !f.word_is(j, Words::AllianceNoun) {
            continue;
        }
        let with = past_time_phrase(f.doc, j + 1);
        if with == j + 1 || f.doc.lower(with) != "with" {
            continue;
        }
        let right = members_after(f, with + 1, range.end);
        if right.is_empty() {
            continue;
        }
        let left = members_before(f, j, range.start);
        let p = Predicate::PartnersWith;
        if !apply_cue(f, p, Frame::Active, &left, &right, j) {
            pronoun_subject(f, p, &right, j, range.start);
        }
        parties_after(f, &right, j, range.end);
    }
}

/// "The two biggest competitors of Acme, Brindle and Zentrix, have…": a
/// plural rival noun, "of" and an organisation, then a comma and the names
/// set off in apposition to the noun (two at least, closed by a comma, a dash
/// or the sentence's end): each is the organisation's rival.
pub(super) fn rivals_of_named(f: &mut Facts, s: usize) {
    let range = f.doc.sentences[s].clone();
    for i in range.start..range.end.saturating_sub(4) {
        if !f.word_is(i, Words::RivalNoun) || !f.doc.looks_plural(i) || f.doc.lower(i + 1) != "of" {
            continue;
        }
        let Some(k) = f.starting(i + 2).filter(|&k| f.class(f.entity(k)) == Org) else { continue };
        let comma = f.live[k].0.end;
        if !f.doc.is_punct(comma, ',') {
            continue;
        }
        let members = members_after(f, comma + 1, range.end);
        let first_at = members.first().map(|m| f.live[m.owner.unwrap_or(m.head)].0.start);
        let closed = members.last().is_some_and(|m| {
            let end = past_form_tail(f, f.live[m.head].0.end);
            end >= range.end || f.doc.is_punct(end, ',') || is_dash(f.doc, end)
        });
        if members.len() < 2 || first_at != Some(comma + 1) || !closed {
            continue;
        }
        let org = f.entity(k);
        for m in members {
            let rival = f.entity(m.head);
            if f.class(rival) == Org && rival != org {
                f.emit(org, Predicate::CompetesWith, rival, None, Why::new(i, "rivals-of-named", 0.6));
            }
        }
    }
}
