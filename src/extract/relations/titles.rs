//! People tied to organisations by titles and roles: "X, Meta's vice
//! president", "Meta CEO X", "X, who founded Y", "X joined the board".

use super::clause::{is_dash, is_list_sep, is_quote, members_after, reporter_set_off};
use super::moves::verb_subject;
use super::places::past_based_places;
use super::{tie_predicate, Facts, Why};
use crate::extract::doc::Doc;
use crate::extract::mentions::after_honorific;
use crate::extract::model::{EntityClass, Predicate};
use crate::extract::resources::{Resources, Tie, Words};
use crate::text::words::{
    ARTICLES, AUXILIARIES, COPULAS, COUNT_WORDS, FIELD_STOPS, FOUNDER_PLURALS, PERSON_PRONOUNS, RELATIVES,
    SUBJECT_ADVERBS, SUBORDINATORS, TITLE_DETERMINERS, WEEKDAYS,
};
use crate::text::TokenKind;
use EntityClass::{Organization as Org, Person, Place};

/// A parsed title phrase: the roles and where it ends.
pub(super) struct Titles {
    pub(super) roles: Vec<(String, Tie)>,
    pub(super) end: usize,
}

/// Reads "senior vice president and co-founder" starting at token `i`.
pub(super) fn read_titles(doc: &Doc, res: &Resources, mut i: usize) -> Option<Titles> {
    let mut roles = Vec::new();
    loop {
        let start = i;
        while doc.word_is(i, Words::RoleModifier) || (doc.is_punct(i, '-') && doc.joined(i)) {
            i += 1;
        }
        i = modifier_as_title(doc, res, start, i);
        // "executive board member", "interim executive chair": a listed
        // title that starts with a modifier is read whole (its tie may
        // differ from the rest's).
        if let Some(m) = (start..i).find(|&m| doc.lookup(&res.titles, m).is_some_and(|(len, _)| m + len > i)) {
            i = m;
        }
        let described = i > start
            || start.checked_sub(1).is_some_and(|b| TITLE_DETERMINERS.contains(&doc.lower(b)) || doc.is_possessive(b));
        // "Acme energy columnist X": a writer's field after a name, which
        // may be the owner's ("Acme beat analyst X's forecast" is no field).
        let named =
            start.checked_sub(1).is_some_and(|b| doc.tokens[b].kind == TokenKind::Word && doc.is_capitalized(b));
        if described && doc.lookup(&res.titles, i).is_none() {
            i = after_field_words(doc, res, i);
        } else if named && doc.lookup(&res.titles, i).is_none() {
            let j = after_field_words(doc, res, i);
            if doc.word_is(j, Words::ReporterNoun) && !doc.is_capitalized(j) {
                i = j;
            }
        }
        // "Torvik partners Ada Lunn": a plural title read in lower case only.
        let lower_only = || (doc.is_lower_word(i) && doc.word_is(i, Words::LowerCaseTitle)).then_some((1, Tie::Work));
        let listed = doc.lookup(&res.titles, i).map(|(len, &tie)| (len, tie)).or_else(lower_only);
        let (len, tie) = match (listed, chief_officer(doc, i)) {
            (Some(a), Some(b)) => {
                if b.0 > a.0 {
                    b
                } else {
                    a
                }
            }
            (a, b) => a.or(b)?,
        };
        let mut end = i + len;
        // "head of Australian operations": a demonym starts a field, not a name.
        let field = !doc.is_capitalized(end + 1) || doc.is_demonym(end + 1) && !doc.is_capitalized(end + 2);
        if doc.lower(end) == "of" && field && !matches!(doc.lower(end + 1), "the" | "a" | "an" | "its" | "their") {
            end = head_of_end(doc, res, end);
        }
        // "a director of Acme" is one of its board's directors; "the
        // director of Acme" or "a director at Acme" holds a job there.
        let board_director = doc.lower(start) == "director"
            && end == start + 1
            && matches!(doc.lower(start.wrapping_sub(1)), "a" | "an")
            && doc.lower(end) == "of";
        // "executive chairman of the board": a title held on the board is a seat.
        let of_board = tie == Tie::Work
            && doc.lower(end) == "of"
            && doc.lower(end + 1) == "the"
            && doc.word_is(end + 2, Words::BoardNoun);
        // "chairman of the supervisory board of Acme", "chair of the board of
        // directors of Acme": the board's words are the title's; the company
        // follows the last "of".
        let seat_title = (tie == Tie::Work || tie == Tie::Affiliate) && doc.lower(end) == "of";
        let named_board = (end + 2..end + 4)
            .filter(|_| seat_title && doc.lower(end + 1) == "the")
            .find(|&j| doc.word_is(j, Words::BoardNoun) && (end + 2..j).all(|m| doc.is_lower_word(m)))
            .map(|j| if doc.lower(j + 1) == "of" && doc.lower(j + 2) == "directors" { j + 2 } else { j })
            .filter(|&j| doc.lower(j + 1) == "of" && doc.is_capitalized(j + 2));
        let of_board = of_board || named_board.is_some();
        if let Some(j) = named_board {
            end = j + 1;
        }
        let tie = if board_director || of_board { Tie::Affiliate } else { tie };
        roles.push((doc.slice(start..end).to_string(), tie));
        // "chief executive officer (CEO)": the title's short form in brackets.
        if doc.is_punct(end, '(') {
            if let Some((short, _)) = doc.lookup(&res.titles, end + 1).filter(|&(n, _)| doc.is_punct(end + 1 + n, ')'))
            {
                end += short + 2;
            }
        }
        i = end;
        let joiner = matches!(doc.lower(i), "and" | "&") || (doc.is_punct(i, ',') && doc.lower(i + 1) != "who");
        // "President, and CEO of Acme": a comma before the "and" of the last.
        let serial = usize::from(doc.is_punct(i, ',') && matches!(doc.lower(i + 1), "and" | "&"));
        if joiner && read_titles_start(doc, res, i + 1 + serial) {
            i += 1 + serial;
            continue;
        }
        return Some(Titles { roles, end: i });
    }
}

/// "former Acme executive X", "a senior executive, said", "a senior
/// executive at Acme": a word that may
/// modify a title ("executive") is the title itself when no title and no
/// lower-case word follows it; returns where the title starts.
fn modifier_as_title(doc: &Doc, res: &Resources, start: usize, i: usize) -> usize {
    // "a senior executive at Acme": a preposition after it ends the title too.
    let lower_word = doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
        && !doc.is_capitalized(i)
        && !matches!(doc.lower(i), "at" | "of" | "for" | "with");
    if i > start
        && !lower_word
        && doc.lookup(&res.titles, i).is_none()
        && doc.lookup(&res.titles, i - 1).is_some_and(|(len, _)| len == 1)
    {
        i - 1
    } else {
        i
    }
}

/// "a former logistics executive", "its senior semiconductor analyst": one or
/// two lower-case words naming a field before a title; returns where the
/// title starts (or `i` when none follows).
fn after_field_words(doc: &Doc, res: &Resources, i: usize) -> usize {
    let field = |j: usize| {
        doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word)
            && !doc.is_capitalized(j)
            && !doc.is_possessive(j)
            && doc.lower(j) != "and"
            && !FIELD_STOPS.contains(&doc.lower(j))
    };
    for n in 1..=2 {
        if !(i..i + n).all(field) {
            break;
        }
        if doc.lookup(&res.titles, i + n).is_some() {
            return i + n;
        }
    }
    i
}

/// "X, Country Manager of Singapore for Acme": one or two capitalised
/// words that name no entity, before a capitalised title, after a comma;
/// returns where the title starts (or `i` when none follows).
fn capitalized_field_words(f: &Facts, i: usize) -> usize {
    let field = |j: usize| {
        f.doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word)
            && f.doc.is_capitalized(j)
            && f.starting(j).is_none()
    };
    (1..=2)
        .take_while(|&n| field(i + n - 1))
        .find(|&n| f.doc.is_capitalized(i + n) && f.doc.lookup(&f.res.titles, i + n).is_some())
        .map_or(i, |n| i + n)
}

/// "chief science officer", "chief people and culture officer": "chief", up to
/// three words, "officer" (titles the list does not spell out).
pub(super) fn chief_officer(doc: &Doc, i: usize) -> Option<(usize, Tie)> {
    if doc.lower(i) != "chief" {
        return None;
    }
    let end = (i + 2..i + 5).find(|&j| doc.lower(j) == "officer")?;
    (i + 1..end).all(|j| doc.tokens[j].kind == TokenKind::Word).then_some((end + 1 - i, Tie::Work))
}

/// A title (with modifiers) starts at `i`.
pub(super) fn read_titles_start(doc: &Doc, res: &Resources, mut i: usize) -> bool {
    while doc.word_is(i, Words::RoleModifier) || doc.is_punct(i, '-') {
        i += 1;
    }
    doc.lookup(&res.titles, i).is_some() || chief_officer(doc, i).is_some()
}

/// "head of product design": up to three words after "of", before at/for/,.
/// Not when an organisation noun before a name follows ("CEO of dealership
/// group Kestor", "CEO of Kenyan telecoms firm Kestor": the title is of the
/// company).
pub(super) fn head_of_end(doc: &Doc, res: &Resources, of: usize) -> usize {
    let names_company = (of + 1..of + 4).any(|j| {
        doc.lookup(&res.org_nouns, j).is_some_and(|(len, _)| doc.is_capitalized(j + len))
            && (of + 1..j).all(|k| doc.is_lower_word(k) || doc.is_demonym(k))
    });
    if names_company {
        return of;
    }
    let mut j = of + 1;
    // "director of purchasing Jan Roe": a capitalised word after the field begins a name.
    while j < of + 4
        && doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word)
        && !matches!(doc.lower(j), "at" | "for" | "in" | "and")
        && !(j > of + 1 && doc.is_capitalized(j) && !doc.is_demonym(j))
    {
        j += 1;
    }
    if j == of + 1 {
        of
    } else {
        j
    }
}

/// The organisation mention at `i`, skipping "the" and an organisation noun
/// ("at the venture capital firm Y").
pub(super) fn org_at(f: &Facts, mut i: usize) -> Option<usize> {
    // "of The Copper Company": "The" may open the name itself.
    if let Some(k) = f.starting(i).filter(|&k| f.doc.lower(i) == "the" && f.class(f.entity(k)) == Org) {
        return Some(k);
    }
    // "CEO of their new company, Y": a possessive determiner describes it too.
    if matches!(f.doc.lower(i), "the" | "a" | "an" | "their" | "its") {
        i += 1;
        // "the newly formed Microsoft AI", "the recently created unit Y".
        let described = (i..i + 3).find(|&j| {
            f.starting(j).is_some()
                || f.doc.lookup(&f.res.org_nouns, j).is_some()
                || f.doc.is_capitalized(j)
                || f.doc.tokens.get(j).is_none_or(|t| t.kind != TokenKind::Word)
        });
        if let Some(j) = described.filter(|&j| f.starting(j).is_some() || f.doc.lookup(&f.res.org_nouns, j).is_some()) {
            i = j;
        }
    }
    // "at Singapore's Temasek": a place owning the name only says where it is.
    if let Some(k) = f.starting(i).filter(|&k| f.class(f.entity(k)) == Place) {
        if f.doc.is_possessive(f.live[k].0.end) {
            i = f.live[k].0.end + 1;
        }
    }
    // "CEO of Kempten, Germany-based Dachser": the place phrase describes the name after it.
    i = past_based_places(f, i);
    // "at business advisory firm Y", "of Kenyan telecoms firm Y": words
    // (a place's among them) may describe the noun after them.
    if f.starting(i).is_none_or(|k| f.class(f.entity(k)) == Place) {
        i = past_describing_words(f, i);
    }
    if let Some((len, _)) = f.doc.lookup(&f.res.org_nouns, i).filter(|_| f.starting(i).is_none()) {
        i += len;
        // "of the new company, Y": the name in apposition after the noun.
        if f.doc.is_punct(i, ',') && f.starting(i + 1).is_some() {
            i += 1;
        }
    }
    let k = f.starting(i)?;
    (f.class(f.entity(k)) == Org).then_some(k)
}

/// "dealership group Y", "Swiss insurer Y": one or two describing words
/// before an organisation noun; returns where the noun starts (or `i`).
fn past_describing_words(f: &Facts, i: usize) -> usize {
    let word = |j: usize| {
        f.doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word)
            && f.starting(j).is_none_or(|k| f.class(f.entity(k)) == Place)
    };
    (1..=2).find(|&n| (i..i + n).all(word) && f.doc.lookup(&f.res.org_nouns, i + n).is_some()).map_or(i, |n| i + n)
}

/// "the company's chief executive": the organisation "the company's" right
/// before token `t0` stands for (the one its clause or sentence names, else
/// the article's topic).
pub(super) fn the_company_s(f: &Facts, t0: usize) -> Option<usize> {
    let poss = t0.checked_sub(1).filter(|&j| f.doc.is_possessive(j))?;
    let noun = poss.checked_sub(1).filter(|&j| f.word_is(j, Words::CompanyNoun))?;
    // "the $44 billion company's": an amount or a few words may describe it.
    let plain = |j: usize| {
        f.starting(j).is_none()
            && (f.doc.tokens[j].kind != TokenKind::Punct || f.doc.is_punct(j, '$') || f.doc.is_punct(j, '-'))
    };
    let the = (noun.saturating_sub(5)..noun).rev().take_while(|&j| plain(j)).find(|&j| f.doc.lower(j) == "the")?;
    f.the_company(the, f.referent(the).or(f.topic))
}

/// "the French group's", "the Dutch lender's": after "the" (right before
/// token `i`), one or two describing words (lower case, or a demonym) and a
/// noun of a company with a possessive; how many describing words.
fn described_company_s(f: &Facts, i: usize) -> Option<usize> {
    if f.doc.lower(i.wrapping_sub(1)) != "the" {
        return None;
    }
    (1..=2).find(|&n| {
        (i..i + n).all(|j| f.doc.is_lower_word(j) || f.doc.is_demonym(j))
            && f.word_is(i + n, Words::CompanyNoun)
            && f.doc.is_possessive(i + n + 1)
    })
}

/// The organisation that owns a title: "Meta's", "Meta".
pub(super) fn owner_before(f: &Facts, i: usize) -> Option<usize> {
    let end = if f.doc.is_possessive(i.wrapping_sub(1)) { i - 1 } else { i };
    // "Acme Inc. head X": the period of the company's suffix stands between.
    // (not the period that ends the sentence before).
    let suffix_period = end > 0
        && f.doc.is_punct(end - 1, '.')
        && f.doc.joined(end - 1)
        && f.doc.sentence_of.get(end - 1) == f.doc.sentence_of.get(end);
    let k = f.ending(end).or_else(|| suffix_period.then(|| f.ending(end - 1)).flatten())?;
    // "Prime Minister X" read as the name "Prime": the title starts there.
    let opens_title = end == i && read_titles(f.doc, f.res, f.live[k].0.start).is_some_and(|t| t.end > i);
    (f.class(f.entity(k)) == Org && !opens_title).then_some(k)
}

/// Emits the ties a list of roles states between a person and an organisation.
pub(super) fn emit_roles(
    f: &mut Facts,
    person: usize,
    org: usize,
    roles: &[(String, Tie)],
    at: usize,
    rule: &str,
    confidence: f32,
) {
    // "vice chairman and CEO": a job among stacked roles says what the tie is.
    let works = roles.iter().any(|(_, tie)| *tie == Tie::Work);
    for (role, tie) in roles.iter().filter(|(_, tie)| !(works && *tie == Tie::Affiliate)) {
        let role = (*tie == Tie::Work).then(|| role.clone());
        let confidence = if *tie == Tie::Affiliate { confidence - BOARD_TITLE_DOUBT } else { confidence };
        f.emit(person, tie_predicate(*tie), org, role, Why::new(at, rule, confidence));
    }
}

/// How much less sure an affiliation read from a board title ("chairman",
/// "chair") is than the rule that read it: news counts a chair as the
/// company's staff about as often as not.
const BOARD_TITLE_DOUBT: f32 = 0.35;

/// Titles around a person mention `k`.
pub(super) fn titles(f: &mut Facts, k: usize) {
    let p = f.entity(k);
    if f.class(p) != Person {
        return;
    }
    let start = f.live[k].0.start;
    let end = past_bracketed_age(f.doc, f.live[k].0.end);
    title_after(f, p, end);
    formerly_of(f, p, end);
    if let Some(c) = after_dashed_aside(f, end) {
        title_after(f, p, c);
    }
    if !led_by(f, p, start) {
        title_before(f, p, start);
    }
    if let Some(head) = list_head(f, k).filter(|&h| h != k) {
        title_before(f, p, f.live[head].0.start);
    }
    title_of_org_before(f, p, start);
    credit_in_brackets(f, p, start);
    as_title(f, p, start, end);
    appointed_title(f, p, end);
    who_clause(f, p, end);
    from_org(f, p, end);
}

/// "X – the former CEO of Y, a startup whose … – has become Z's …": past an
/// aside between dashes or parentheses right after a person, the copula
/// ("has become", "is now") that goes on with their sentence.
fn after_dashed_aside(f: &Facts, end: usize) -> Option<usize> {
    let paren = f.doc.is_punct(end, '(');
    if !(is_dash(f.doc, end) || paren) {
        return None;
    }
    let stop = f.sentence_end(end).min(end + 60);
    let close = (end + 1..stop).find(|&j| if paren { f.doc.is_punct(j, ')') } else { is_dash(f.doc, j) })?;
    let mut c = close + 1;
    while AUXILIARIES.contains(&f.doc.lower(c)) && !COPULAS.contains(&f.doc.lower(c)) {
        c += 1;
    }
    COPULAS.contains(&f.doc.lower(c)).then_some(c)
}

/// "A and B, the respective chief executives of X and Y": the people listed
/// before the comma at token `end` hold the title at the organisations in
/// the same order, one each; with the counts unequal, no one.
fn respective_titles(f: &mut Facts, end: usize, roles: &[(String, Tie)], orgs: &[usize]) {
    let Some(last) = f.ending(end) else { return };
    let Some(first) = list_head(f, last) else { return };
    if last + 1 - first != orgs.len() {
        return;
    }
    // "respective chief executives": each holds one post, without the pairing word.
    let one = |r: &str| {
        let r = r.trim_start_matches("respective ");
        r.strip_suffix('s').filter(|r| !r.ends_with('s')).unwrap_or(r).to_string()
    };
    let roles: Vec<(String, Tie)> = roles.iter().map(|(r, tie)| (one(r), *tie)).collect();
    for (k, &org) in (first..=last).zip(orgs) {
        let p = f.entity(k);
        emit_roles(f, p, org, &roles, end, "respective-title-of", 0.8);
    }
}

/// "former Intel engineers A and B": the first person of the list person
/// mention `k` ends, whose title is the whole list's.
fn list_head(f: &Facts, mut k: usize) -> Option<usize> {
    while k > 0 && f.class(f.entity(k - 1)) == Person && is_list_sep(f.doc, f.live[k - 1].0.end, f.live[k].0.start) {
        k -= 1;
    }
    Some(k)
}

/// "X, Meta's vice president" / "X, CEO of Y" / "X (CEO of Y)" / "X, a former Microsoft vice
/// president" / "X, 36, is its chief executive".
pub(super) fn title_after(f: &mut Facts, p: usize, end: usize) {
    let is_copula = |j: usize| COPULAS.contains(&f.doc.lower(j));
    let aged = f.doc.is_punct(end, ',') && f.doc.is_number(end + 1) && f.doc.is_punct(end + 2, ',');
    let end = if aged && is_copula(end + 3) {
        end + 3
    } else if aged {
        end + 2
    } else {
        past_credentials(f.doc, f.res, end)
    };
    // "X has been CEO of Y", "X will remain interim CEO": auxiliaries before the copula.
    let verb = past_auxiliaries_to_copula(f, end);
    // "has been", "will remain": a standing title, not one being announced.
    let standing = verb > end && !is_copula(verb);
    let copula = verb > end || is_copula(end);
    let end = verb;
    // "X (chief executive of Y)": a title in brackets right after the name.
    let bracket = f.doc.is_punct(end, '(');
    if !f.doc.is_punct(end, ',') && !copula && !is_dash(f.doc, end) && !bracket {
        return;
    }
    let mut i = end + 1;
    while TITLE_DETERMINERS.contains(&f.doc.lower(i)) || f.doc.is_age(i) {
        i += if f.doc.is_age(i) { 5 } else { 1 };
    }
    // "X, one of Acme's co-CEOs": one of several holding the title.
    if f.doc.lower(i) == "one" && f.doc.lower(i + 1) == "of" {
        i += 2;
    }
    if let Some(org) = the_company_s(f, i + 2) {
        if let Some(t) = read_titles(f.doc, f.res, i + 2) {
            emit_roles(f, p, org, &t.roles, end, "title-of-the-company", 0.6);
        }
        return;
    }
    // "X, the French group's deputy chief executive", "X, the Dutch
    // lender's CFO": one or two describing words before the noun.
    if let Some(n) = described_company_s(f, i) {
        let the = i - 1;
        let org = f.the_company(the, f.referent(the).or(f.topic)).filter(|&e| f.class(e) == Org);
        if let (Some(org), Some(t)) = (org, read_titles(f.doc, f.res, i + n + 2)) {
            emit_roles(f, p, org, &t.roles, end, "title-of-the-described-company", 0.6);
            return;
        }
    }
    let mut owner = None;
    let past_modifiers = (i..i + 3).find(|&j| !f.word_is(j, Words::RoleModifier)).unwrap_or(i);
    // "X, the influential Acme analyst": an adjective after the determiner.
    let org_next = |j: usize| f.starting(j).is_some_and(|k| f.class(f.entity(k)) == Org);
    let described = i > end + 1 && f.doc.is_lower_word(past_modifiers) && org_next(past_modifiers + 1);
    let past_modifiers = past_modifiers + usize::from(described && f.starting(past_modifiers).is_none());
    if let Some(k) = f.starting(past_modifiers) {
        if f.class(f.entity(k)) == Org {
            owner = Some(k);
            i = f.live[k].0.end + usize::from(f.doc.is_possessive(f.live[k].0.end));
        }
    }
    if let Some(k) = owner.filter(|&k| schooled_at(f, k)) {
        f.emit(p, Predicate::AffiliatedWith, f.entity(k), None, Why::new(end, "schooled-at", 0.7));
        return;
    }
    let field_from = i;
    if owner.is_none() {
        i = past_place_over_title(f, i);
    }
    // "X, a former Acme finance chief": field words between the owner and the title;
    // "X, mining equity analyst at Y": or right after the comma, when "at" or "of" follows.
    let comma = f.doc.is_punct(end, ',');
    let i = if (owner.is_some() || comma) && read_titles(f.doc, f.res, i).is_none() {
        match after_field_words(f.doc, f.res, i) {
            j if j == i && owner.is_none() => capitalized_field_words(f, i),
            j => j,
        }
    } else {
        i
    };
    let Some(mut t) = read_titles(f.doc, f.res, i) else { return };
    if owner.is_none()
        && i > field_from
        && !matches!(f.doc.lower(t.end), "at" | "of" | "for")
        && held_at(f, t.end, false).is_none()
    {
        return;
    }
    // "A, Arm CEO Rene Haas": the title is the next person's; so is it in
    // "A, CEO of Zentrix Lee Jae-won", the person's name right after the company's.
    if f.starting(t.end).is_some_and(|k| f.class(f.entity(k)) == Person) || org_then_person(f, t.end) {
        return;
    }
    // "mining equity analyst", "Country Manager": the field words are the role's.
    if let Some(first) = t.roles.first_mut().filter(|_| i > field_from) {
        let from = f.doc.span(field_from..field_from + 1).start;
        let to = f.doc.span(i..i + 1).start + first.0.len();
        first.0 = f.doc.text[from..to].to_string();
    }
    let adviser = t.roles.iter().any(|(_, tie)| *tie == Tie::Affiliate);
    let linked = matches!(f.doc.lower(t.end), "of" | "at" | "for" | "with") || adviser && f.doc.lower(t.end) == "to";
    let mut after = if linked { orgs_of(f, t.end) } else { Vec::new() };
    let mut after_from = t.end + 1;
    if after.is_empty() {
        // "head of Europe for Acme", "Head of Public Sector in Africa at
        // Acme": a title over a place or a field, held at a company; the
        // words before "at" or "for" are the role's.
        let of_place =
            f.doc.lower(t.end) == "of" && f.starting(t.end + 1).is_some_and(|k| f.class(f.entity(k)) == Place);
        if let Some(at) = held_at(f, t.end, of_place) {
            after = org_list_at(f, at + 1);
            after_from = at + 1;
            if let [(role, _)] = t.roles.as_mut_slice() {
                *role = f.doc.slice(field_from..at).to_string();
            }
        }
    }
    // "X, President, University of Kestrel, said": a press release's title
    // and organisation in commas of their own.
    if after.is_empty() && owner.is_none() {
        after.extend(orgs_in_commas(f, t.end));
    }
    if let Some(o) = owner {
        let org = f.entity(o);
        // "a Microsoft vice president and CEO of Microsoft AI": the last
        // of stacked roles is the named unit's.
        let split = t.roles.len() > 1 && !after.is_empty() && !after.contains(&org);
        let (own, last) = t.roles.split_at(if split { t.roles.len() - 1 } else { t.roles.len() });
        emit_roles(f, p, org, own, end, "appositive-possessive-title", 0.9);
        for &unit in after.iter().filter(|_| split) {
            emit_roles(f, p, unit, last, end, "appositive-stacked-title", 0.8);
        }
        if after.is_empty() {
            second_title_after_and(f, p, t.end);
        }
    } else if !after.is_empty() {
        if f.doc.lower(i) == "respective" {
            respective_titles(f, end, &t.roles, &after);
            return;
        }
        for org in after {
            emit_roles(f, p, org, &t.roles, end, "appositive-title-of", 0.9);
        }
        if let Some(&k) = org_mentions_at(f, after_from).last() {
            second_title_after_and(f, p, f.live[k].0.end);
        }
        if let Some(comma) = second_apposition(f, t.end) {
            title_after(f, p, comma);
        }
    } else if let Some(org) = comma.then(|| org_alone_after_title(f, t.end)).flatten() {
        // "X, CEO Acme Bank S.A., said": the title's company with no "of".
        emit_roles(f, p, org, &t.roles, end, "appositive-title-org", 0.75);
    } else if !matches!(f.doc.lower(t.end), "of" | "at" | "for" | "with" | "to") {
        let its = f.doc.lower(end + 1) == "its";
        // "X will remain interim CEO", "X has been CEO": a standing title
        // names no employer unless "its" does ("X will become COO" is
        // the article's announcement).
        if its || !standing {
            implied_org(f, p, &t.roles, end + 1, its);
        }
    }
}

/// "X, formerly of Acme,", "X, previously at Acme": a past job, with no
/// title, in an apposition right after the name (token `end`).
fn formerly_of(f: &mut Facts, p: usize, end: usize) {
    let past = matches!(f.doc.lower(end + 1), "formerly" | "previously");
    if !(f.doc.is_punct(end, ',') && past && matches!(f.doc.lower(end + 2), "of" | "at" | "with")) {
        return;
    }
    if let Some(org) = org_at(f, end + 3).and_then(|k| f.org_entity(k)) {
        f.emit(p, Predicate::WorksFor, org, None, Why::new(end, "formerly-of", 0.6));
    }
}

/// "X, executive director of Acme and CEO of Zentrix", "X, head of sales
/// at Acme and the founder of Zentrix", "X, Acme's founder and CEO, and a
/// board member at Zentrix": a second title of person `p` after "and" (or
/// ", and") at token `from`, right after the first title's organisations,
/// held at the organisations named after its own "of" or "at".
fn second_title_after_and(f: &mut Facts, p: usize, from: usize) {
    let mut i = from + usize::from(f.doc.is_punct(from, ','));
    if f.doc.lower(i) != "and" {
        return;
    }
    i += 1;
    // "and later chief executive of Zentrix", "and then, as chair of Zentrix":
    // an adverb of time (a comma, "as") may open the second post.
    // "and more recently, CEO of Zentrix": a degree word before the adverb.
    if matches!(f.doc.lower(i), "more" | "most") && SUBJECT_ADVERBS.contains(&f.doc.lower(i + 1)) {
        i += 1;
    }
    if SUBJECT_ADVERBS.contains(&f.doc.lower(i)) {
        i += 1 + usize::from(f.doc.is_punct(i + 1, ','));
    }
    if f.doc.lower(i) == "as" {
        i += 1;
    }
    if matches!(f.doc.lower(i), "the" | "a" | "an") {
        i += 1;
    }
    let Some(t) = read_titles(f.doc, f.res, i) else { return };
    if !matches!(f.doc.lower(t.end), "of" | "at") {
        return;
    }
    for org in org_list_at(f, t.end + 1) {
        emit_roles(f, p, org, &t.roles, from, "second-title-of", 0.8);
    }
}

/// "X, managing partner at Acme, a board member at Zentrix": the comma
/// that closes the organisations of a title read up to token `from` (the
/// title's "at" or "of") when a second title with "a" or "an" follows it.
fn second_apposition(f: &Facts, from: usize) -> Option<usize> {
    let end = f.sentence_end(from);
    let comma = (from + 1..(from + 12).min(end)).find(|&j| f.doc.is_punct(j, ','))?;
    let closes_org = f.ending(comma).is_some_and(|k| f.class(f.entity(k)) == Org);
    let titled = matches!(f.doc.lower(comma + 1), "a" | "an")
        && read_titles(f.doc, f.res, comma + 2).is_some_and(|t| {
            // "…, a partner of Zentrix", "…, an investor in Y": words a company is described by too.
            let person_only = t.roles.iter().all(|(r, _)| !f.res.is(Words::CompanyHeldTitle, &r.to_lowercase()));
            person_only && matches!(f.doc.lower(t.end), "at" | "of")
        });
    (closes_org && titled).then_some(comma)
}

/// "X, Ph.D., vice president of Y", "X, MBA, CFO of Y": past degrees and
/// honours between commas right after a name (the comma at token `end`);
/// the comma that closes them, or `end` when there are none.
fn past_credentials(doc: &Doc, res: &Resources, end: usize) -> usize {
    let mut at = end;
    while doc.is_punct(at, ',') {
        let Some(close) = (at + 1..at + 6).find(|&j| doc.is_punct(j, ',')) else { break };
        let letters: String =
            doc.slice(at + 1..close).chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
        if !res.is(Words::Credential, &letters) {
            break;
        }
        at = close;
    }
    at
}

/// "X, Iberia country manager at Y", "X, Europe head of sales for Y": a
/// place (not its possessive), or one capitalised word naming nothing, naming the region a title right after it is
/// over; returns where the title starts (or `i` when no place stands
/// there). The caller asks for "at", "of" or "for" after the title.
fn past_place_over_title(f: &Facts, i: usize) -> usize {
    // A region the lexicon does not know: one capitalised word naming nothing.
    let unnamed = f.doc.is_capitalized(i) && f.doc.is_lower_word(i + 1) && f.starting(i).is_none();
    let end = match f.starting(i) {
        Some(k) if f.class(f.entity(k)) == Place => f.live[k].0.end,
        None if unnamed => i + 1,
        _ => return i,
    };
    let titled = read_titles(f.doc, f.res, end).is_some() || after_field_words(f.doc, f.res, end) > end;
    if f.doc.is_possessive(end) || !titled {
        return i;
    }
    end
}

/// "President, University of Kestrel, said", "Vice President, Acme.",
/// "General Manager, Acme Industries and Zentrix, said": the organisations
/// named alone (one, or a list of them and nothing else) between the comma
/// at token `comma` and the next comma or the sentence's end.
fn orgs_in_commas(f: &Facts, comma: usize) -> Vec<usize> {
    if !f.doc.is_punct(comma, ',') {
        return Vec::new();
    }
    let Some(first) = f.starting(comma + 1) else { return Vec::new() };
    let Some(org) = f.org_entity(first) else { return Vec::new() };
    let mut orgs = vec![org];
    let mut last = first;
    // "…, Acme, and Jane Roe, Chair, Zentrix": the list goes on with organisations only.
    while let Some(next) = (last + 1 < f.live.len())
        .then(|| f.org_entity(last + 1))
        .flatten()
        .filter(|_| is_list_sep(f.doc, f.live[last].0.end, f.live[last + 1].0.start))
    {
        orgs.push(next);
        last += 1;
    }
    let end = f.live[last].0.end;
    let alone = f.doc.is_punct(end, ',') || f.doc.is_punct(end, '.') || end >= f.sentence_end(comma);
    if !alone {
        return Vec::new();
    }
    orgs
}

/// "CEO Acme Bank S.A., said", "Managing Director Acme Bank.", "CEO Acme
/// Forwarding Middle East & Africa": an organisation right at token `at`,
/// after a title, that ends its clause (a comma, a bracket, the sentence's
/// end or a region it serves follows).
fn org_alone_after_title(f: &Facts, at: usize) -> Option<usize> {
    let k = f.starting(at)?;
    let end = f.live[k].0.end;
    let region = f.starting(end).is_some_and(|r| f.class(f.entity(r)) == Place);
    let alone = f.doc.is_punct(end, ',') || f.doc.is_punct(end, '.') || f.doc.is_punct(end, '(') || region;
    f.org_entity(k).filter(|_| alone || end >= f.sentence_end(at))
}

/// "head of M&A and valuations at Acme", "Head of Public Sector in Africa
/// at Acme", "Business Development Manager, Cloud Services at Acme": the
/// "at" (or, after a title over a place, the "for") that ends the field or
/// unit a title at token `end` is held over. Past seven words only names
/// and their prepositions go on; one comma may open a unit's name when
/// the title ends at it; a clause's opening word, a pronoun, a copula, an
/// auxiliary or a verb of speech ends the search ("an engineer she met
/// when both were students at Y" holds no job at Y).
fn held_at(f: &Facts, end: usize, of_place: bool) -> Option<usize> {
    let named =
        |j: usize| f.doc.is_capitalized(j) || matches!(f.doc.lower(j), "of" | "in" | "for" | "and" | "at" | "&");
    let mut unit = false;
    for j in end..end + 10 {
        if f.doc.is_punct(j, ',') && j == end && f.doc.is_capitalized(j + 1) {
            unit = true;
            continue;
        }
        let word = f.doc.lower(j);
        if f.doc.is_punct(j, ',') || f.doc.is_punct(j, '.') || f.doc.lookup(&f.res.speech_verbs, j).is_some() {
            return None;
        }
        if word == "at" || of_place && word == "for" {
            return Some(j);
        }
        let clause = matches!(word, "who" | "when" | "where")
            || [RELATIVES, SUBORDINATORS, PERSON_PRONOUNS, COPULAS, AUXILIARIES].iter().any(|l| l.contains(&word));
        if clause || (unit || j >= end + 7) && !named(j) {
            return None;
        }
    }
    None
}

/// "X has been", "X will remain", "X would be": where the copula after
/// the auxiliaries at token `end` stands (or `end` when none does).
fn past_auxiliaries_to_copula(f: &Facts, end: usize) -> usize {
    let mut c = end;
    while AUXILIARIES.contains(&f.doc.lower(c)) && !COPULAS.contains(&f.doc.lower(c)) {
        c += 1;
    }
    let after_auxiliary = c > end && matches!(f.doc.lower(c), "been" | "be" | "remain");
    if COPULAS.contains(&f.doc.lower(c)) || after_auxiliary {
        c
    } else {
        end
    }
}

/// "X (47), former chief operating officer": past an age in brackets right
/// after a name (at token `end`); `end` when there is none.
fn past_bracketed_age(doc: &Doc, end: usize) -> usize {
    let age = doc.is_punct(end, '(') && doc.is_number(end + 1) && doc.is_punct(end + 2, ')');
    if age {
        end + 3
    } else {
        end
    }
}

/// A company title with no company named ("X, the chief executive", "its
/// president", "hired X as its chief scientist"): the organisation "its" stands
/// for (any title), or the article's topic (an executive's title only).
pub(super) fn implied_org(f: &mut Facts, p: usize, roles: &[(String, Tie)], at: usize, its: bool) {
    // "its chairman X", "X will become chairman": a chair's seat, like an
    // officer's post, at the company "its" stands for or the article's.
    let kept = |r: &str, t: Tie| {
        let chair = t == Tie::Affiliate && is_chair(f.res, r);
        chair || if its { t != Tie::Affiliate } else { is_executive(f.res, r) }
    };
    let executive = roles.iter().any(|(r, t)| kept(r, *t) && officer_cased(f.res, r));
    let org = if its { f.referent(at) } else { framing_company(f, at).or(f.officers_company) };
    if let Some(org) = org.filter(|_| executive) {
        let roles: Vec<(String, Tie)> = roles.iter().filter(|(r, t)| kept(r, *t)).cloned().collect();
        emit_roles(f, p, org, &roles, at, "title-implied-org", 0.5);
    } else if let Some(org) = org.filter(|_| bare_founder(roles)) {
        f.emit(p, Predicate::Founded, org, None, Why::new(at, "founder-implied-org", 0.5));
    }
}

/// "At Acme, X took over from long-time CEO Y", "…include Acme, where
/// chief executive Y said…": the organisation a sentence opens with after
/// "At" and a comma, or the one right before the ", where" of the clause
/// holding token `at`, frames a bare title there: it is held at that
/// organisation, not the article's.
fn framing_company(f: &Facts, at: usize) -> Option<usize> {
    let start = f.doc.sentences[*f.doc.sentence_of.get(at)?].start;
    let open = f.opening(start);
    let org_mention = |k: usize| (f.class(f.entity(k)) == Org).then(|| f.entity(k));
    if f.doc.lower(open) == "at" {
        let k = f.starting(open + 1)?;
        let end = f.live[k].0.end;
        if f.doc.is_punct(end, ',') && end < at {
            return org_mention(k);
        }
    }
    // The last ", where" before the title, with no organisation named between.
    let comma = (start..at).rev().find(|&j| f.doc.is_punct(j, ',') && f.doc.lower(j + 1) == "where")?;
    if f.within(comma, at).iter().any(|(_, e)| f.class(*e) == Org) {
        return None;
    }
    org_mention(f.ending(comma)?)
}

/// "according to cofounder X", "its founder X": a founder's title alone,
/// in lower case (a capitalised "Founder" may head a byline or a list).
fn bare_founder(roles: &[(String, Tie)]) -> bool {
    matches!(roles, [(r, Tie::Founder)] if r.starts_with(|c: char| c.is_lowercase()))
}

/// "President Ruto" is a head of state's title; "CEO Jane Doe" an
/// officer's: a role whose first word (past modifiers: "Group CEO") is in
/// lower case or an acronym.
fn officer_cased(res: &Resources, role: &str) -> bool {
    let first = role
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty() && !res.is(Words::RoleModifier, &w.to_lowercase()))
        .unwrap_or("");
    !first.starts_with(char::is_uppercase) || (first.len() >= 2 && first.chars().all(|c| c.is_ascii_uppercase()))
}

/// A title only a company's own officer holds ("chief executive", "president").
pub(super) fn is_executive(res: &Resources, role: &str) -> bool {
    names_top_title(res, role) && !role.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|w| w == "former")
}

/// A title naming a company's top job ("chief executive", "former CEO").
fn names_top_title(res: &Resources, role: &str) -> bool {
    role.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|w| res.is(Words::TopTitle, w))
}

/// Every role is a company officer's post ("chief executive", "CFO").
pub(super) fn officers_only(res: &Resources, roles: &[(String, Tie)]) -> bool {
    roles.iter().all(|(r, t)| *t == Tie::Work && is_executive(res, r))
}

/// Company officers' posts a head of state does not hold (no "president").
fn company_officers_only(res: &Resources, roles: &[(String, Tie)]) -> bool {
    officers_only(res, roles) && !roles.iter().any(|(r, _)| r.eq_ignore_ascii_case("president"))
}

/// The organisations listed at `i` ("at Acme and Zentrix", "of Acme
/// and of Helixor Labs").
pub(super) fn org_list_at(f: &Facts, i: usize) -> Vec<usize> {
    org_mentions_at(f, i).into_iter().map(|k| f.entity(k)).collect()
}

/// "President of the group", "a director of the Spanish lender": the
/// organisations a title's "of" or "at" (token `of`) names, or when it names
/// none, the one "the" and a company noun after it stand for (not one a
/// name, a possessive, a hyphen or a clause goes on to describe).
fn orgs_of(f: &Facts, of: usize) -> Vec<usize> {
    let named = org_list_at(f, of + 1);
    if !named.is_empty() || !matches!(f.doc.lower(of), "of" | "at") || f.doc.lower(of + 1) != "the" {
        return named;
    }
    let end = f.sentence_end(of);
    let plain = |j: usize| {
        j < end
            && f.doc.tokens[j].kind == TokenKind::Word
            && !f.doc.is_capitalized(j)
            && f.starting(j).is_none_or(|k| f.is_demonym(k))
    };
    let noun =
        (of + 2..of + 5).take_while(|&j| plain(j) || f.doc.is_demonym(j)).find(|&j| f.word_is(j, Words::CompanyNoun));
    let Some(noun) = noun else { return named };
    let next = noun + 1;
    let described = next < end
        && (f.doc.is_possessive(next)
            || f.doc.is_punct(next, '-')
            || f.starting(next).is_some()
            || f.doc.is_capitalized(next)
            || matches!(f.doc.lower(next), "of" | "that" | "which" | "whose" | "and" | "or"));
    if described {
        return named;
    }
    f.the_company(of + 1, f.referent(of + 1).or(f.topic)).filter(|&e| f.class(e) == Org).into_iter().collect()
}

/// The mentions of the organisations listed at `i` (see `org_list_at`).
fn org_mentions_at(f: &Facts, i: usize) -> Vec<usize> {
    let Some(first) = org_at(f, i).map(|k| held_in_phrase(f, k)) else { return Vec::new() };
    let mut out = vec![first];
    let mut k = first;
    while let Some((r, e)) = f.live.get(k + 1) {
        let gap: Vec<&str> = (f.live[k].0.end..r.start).map(|j| f.doc.lower(j)).collect();
        let repeated = matches!(gap.as_slice(), ["and", "of" | "at"] | [",", "and", "of" | "at"])
            || described_in_apposition(f, f.live[k].0.end, r.start);
        // "CEO of Acme and Zentrix's largest dealer": a possessor opens a new phrase.
        let possessor = f.doc.is_possessive(r.end);
        // "a former engineer at Acme, Zentrix said": the one who tells of it.
        let reporter = reporter_set_off(f, f.live[k].0.end, k + 1);
        // "CEO of Acme, and Zentrix said …": the name after "and" opens a clause.
        let speaker = gap.contains(&"and") && f.doc.lookup(&f.res.speech_verbs, r.end).is_some();
        if !(is_list_sep(f.doc, f.live[k].0.end, r.start) || repeated)
            || f.class(*e) != Org
            || possessor
            || reporter
            || speaker
        {
            break;
        }
        k += 1;
        out.push(k);
    }
    out
}

/// "chief executive of Acme, and the country's largest ferry operator,
/// Zentrix": between two listed organisations (tokens `from..to`), ", and",
/// a determiner, plain words (a place's possessive among them) ending in a
/// noun of a company, and the comma of the apposition that names the next.
fn described_in_apposition(f: &Facts, from: usize, to: usize) -> bool {
    if to < from + 5 || to > from + 12 || !f.doc.is_punct(from, ',') || f.doc.lower(from + 1) != "and" {
        return false;
    }
    if !matches!(f.doc.lower(from + 2), "the" | "a" | "an") || !f.doc.is_punct(to - 1, ',') {
        return false;
    }
    let plain = |j: usize| {
        let place = f.starting(j).or_else(|| f.ending(j + 1)).is_some_and(|k| f.class(f.entity(k)) == Place);
        f.doc.is_possessive(j) || place || f.doc.is_lower_word(j) || f.doc.is_punct(j, '-')
    };
    let noun_ends =
        (from + 3..to - 1).any(|j| f.doc.lookup(&f.res.org_nouns, j).is_some_and(|(len, _)| j + len == to - 1));
    noun_ends && (from + 3..to - 1).all(plain)
}

/// "CEO of Acme's Zentrix unit", "chief executive of Zentrix parent company
/// Acme": the organisation mention `k` after a title's "of" may only
/// describe the one the title is held at, the unit named after its
/// possessive or the parent named after "parent (company)"; returns that
/// mention (or `k`).
fn held_in_phrase(f: &Facts, k: usize) -> usize {
    let end = f.live[k].0.end;
    let org_at = |j: usize| f.starting(j).filter(|&n| f.class(f.entity(n)) == Org);
    if f.doc.is_possessive(end) {
        // "CEO of Acme's EV distributor unit Zentrix": a few plain words and
        // a noun of a company before the unit's name.
        let plain =
            |j: usize| f.starting(j).is_none() && f.doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word);
        let described = (end + 1..end + 5).take_while(|&j| plain(j)).find_map(|j| {
            let (len, _) = f.doc.lookup(&f.res.org_nouns, j)?;
            org_at(j + len)
        });
        return org_at(end + 1).or(described).unwrap_or(k);
    }
    if f.word_is(end, Words::ParentNoun) {
        let noun = f.doc.lookup(&f.res.org_nouns, end + 1).map_or(0, |(len, _)| len);
        return org_at(end + 1 + noun).unwrap_or(k);
    }
    k
}

/// "Meta CEO X", "Meta's chief executive, X", "Acme's president and co-founder X",
/// "Acme's current chief executive is X".
pub(super) fn title_before(f: &mut Facts, p: usize, start: usize) {
    // "Acme CEO Dr. X", "Acme chairman Sheikh X": the title stands before the honorific.
    let named =
        (start.saturating_sub(3)..start).find(|&j| after_honorific(f.doc, f.res, j) == Some(start)).unwrap_or(start);
    // "Acme CEO and President X", "Acme Fund Governor X": a word that is
    // both an honorific and a title ends the title the owner holds.
    if named < start && emit_owned_title_before(f, p, start, start).is_ok() {
        return;
    }
    let before = named.wrapping_sub(1);
    let copula = matches!(f.doc.lower(before), "is" | "was");
    let at = if f.doc.is_punct(before, ',') || copula { named - 1 } else { named };
    // The titles ending at `at` that no owner holds, read by the same pass.
    let Err(bare) = emit_owned_title_before(f, p, at, start) else { return };
    // "Acme, whose chief executive is X": the title of the name before "whose".
    if let Some((t0, t)) = bare.as_ref().filter(|(t0, _)| f.doc.lower(t0.wrapping_sub(1)) == "whose") {
        let sentence_start =
            f.doc.sentence_of.get(*t0).and_then(|&s| f.doc.sentences.get(s)).map(|r| r.start).unwrap_or(0);
        let org = f.within(sentence_start, *t0).iter().rev().find(|(_, e)| f.class(*e) == Org).map(|(_, e)| *e);
        if let Some(org) = org {
            emit_roles(f, p, org, &t.roles, start, "whose-title", 0.75);
            return;
        }
    }
    // "The winner is X": a bare title before a copula names no employer.
    if copula {
        return;
    }
    if let Some((org, t)) = owner_past_field_words(f, at) {
        emit_roles(f, p, org, &t.roles, start, "title-field-before-name", 0.7);
        return;
    }
    if let Some((t0, t)) = bare {
        if let Some(org) = listed_title_owner(f, start, &t.roles) {
            emit_roles(f, p, org, &t.roles, start, "listed-title-owner", 0.7);
            return;
        }
        let same_sentence = f.doc.sentence_of[t0] == f.doc.sentence_of[start];
        if let Some(org) = announcing_org(f, t0).filter(|_| same_sentence) {
            emit_roles(f, p, org, &t.roles, start, "announced-title", 0.7);
            return;
        }
        if let Some(org) = succession_owner(f, t0, start, &t.roles).filter(|_| same_sentence) {
            emit_roles(f, p, org, &t.roles, start, "succession-title", 0.6);
            return;
        }
        if let Some(org) = speaker_of_subject(f, t0, start, &t.roles) {
            emit_roles(f, p, org, &t.roles, start, "title-speaker-of-subject", 0.65);
            return;
        }
        if owner_unknown(f, t0) {
            return;
        }
        if let Some(org) = f.officers_company.filter(|_| quoted_officer(f, t0, &t.roles)) {
            emit_roles(f, p, org, &t.roles, start, "quoted-officer-topic", 0.55);
            return;
        }
        let its = (start.saturating_sub(8)..start).any(|j| f.doc.lower(j) == "its");
        if !its && opening_officer(f, t0, &t.roles) {
            if let Some(org) = framing_company(f, t0).or(f.officers_company) {
                emit_roles(f, p, org, &t.roles, start, "opening-title-topic", 0.5);
                return;
            }
        }
        if !its && bare_chair_or_former(f, p, t0, start, &t.roles) {
            return;
        }
        implied_org(f, p, &t.roles, start, its);
    }
}

/// "Chairman X is stepping down", "said chairperson X", "replaced by former
/// CEO X": a chair's title, or a company officer's past one, with no company
/// named is the article's company's, as a serving officer's is (in lower
/// case, or capitalised by opening its sentence); whether it read one.
fn bare_chair_or_former(f: &mut Facts, p: usize, t0: usize, start: usize, roles: &[(String, Tie)]) -> bool {
    let Some(org) = framing_company(f, t0).or(f.officers_company) else { return false };
    if roles.iter().any(|(r, t)| *t == Tie::Work && is_executive(f.res, r)) {
        return false;
    }
    let opening = t0 == f.opening(f.doc.sentences[f.doc.sentence_of[t0]].start);
    let kept: Vec<(String, Tie)> = roles
        .iter()
        .filter(|(r, t)| {
            let cased = opening || officer_cased(f.res, r);
            let chair = *t == Tie::Affiliate && is_chair(f.res, r);
            let former = *t == Tie::Work && names_top_title(f.res, r) && !is_executive(f.res, r);
            cased && (chair || former)
        })
        .cloned()
        .collect();
    if kept.is_empty() || kept.len() < roles.len() {
        return false;
    }
    emit_roles(f, p, org, &kept, start, "bare-chair-or-former-topic", 0.5);
    true
}

/// A chair's title ("executive chairman", "chairperson", "vice chair").
fn is_chair(res: &Resources, role: &str) -> bool {
    role.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.starts_with("chair") && (res.is(Words::CompanyOfficer, w) || res.is(Words::SeatWord, w)))
}

/// The titles ending at token `at` before person `p` (named at `start`)
/// and the organisations owning them, emitted; whether there were any.
/// When no owner holds titles ending at `at`, the error is the titles
/// that start furthest back (up to five tokens) and end right at `at`.
fn emit_owned_title_before(f: &mut Facts, p: usize, at: usize, start: usize) -> Result<(), Option<(usize, Titles)>> {
    let (org, t, rule, confidence, mention) = owned_or_bare_title_before(f, at)?;
    if mention.is_some_and(|k| schooled_at(f, k)) {
        f.emit(p, Predicate::AffiliatedWith, org, None, Why::new(start, "schooled-at", 0.7));
        return Ok(());
    }
    emit_roles(f, p, org, &t.roles, start, rule, confidence);
    for co in mention.map(|k| coordinated_owners(f, k)).unwrap_or_default() {
        emit_roles(f, p, co, &t.roles, start, "coordinated-title-before-name", 0.75);
    }
    // "Acme board member and former Zentrix chief X": another owned title
    // joined to this one by "and" is the same person's.
    if let Some(k) = mention {
        let mut and = f.live[k].0.start.wrapping_sub(1);
        while f.word_is(and, Words::RoleModifier) {
            and = and.wrapping_sub(1);
        }
        if f.doc.lower(and) == "and" {
            if let Some((org, t, _, _, _)) =
                owned_title_before(f, and).filter(|(_, _, rule, ..)| *rule == "title-before-name")
            {
                emit_roles(f, p, org, &t.roles, start, "joined-title-before-name", 0.75);
            }
        }
    }
    Ok(())
}

/// "Meta CEO X", "Meta's chief executive, X", "the company's president X":
/// the titles ending at token `at` and the organisation owning them, with
/// the rule and confidence that read them and the owner's mention.
fn owned_title_before(f: &Facts, at: usize) -> Option<OwnedTitles> {
    owned_or_bare_title_before(f, at).ok()
}

/// The owner of titles, the titles, the rule and confidence that read
/// them and the owner's mention.
type OwnedTitles = (usize, Titles, &'static str, f32, Option<usize>);

/// `owned_title_before`, or when no owner holds them, the titles starting
/// furthest back (one to five tokens before `at`) that end right at `at`:
/// the reads of the one pass, not read again.
fn owned_or_bare_title_before(f: &Facts, at: usize) -> Result<OwnedTitles, Option<(usize, Titles)>> {
    let mut bare = None;
    for n in (1..=8).rev() {
        let Some(t0) = at.checked_sub(n) else { continue };
        let Some(t) = read_titles(f.doc, f.res, t0)
            .filter(|t| t.end == at || past_field_tail(f, t.end) == at || past_capitalized_field(f, t0, t.end) == at)
        else {
            continue;
        };
        if let Some(k) = owner_before(f, t0) {
            return Ok((f.entity(k), t, "title-before-name", 0.85, Some(k)));
        }
        if let Some(org) = the_company_s(f, t0) {
            return Ok((org, t, "the-company-s-title", 0.6, None));
        }
        if bare.is_none() && n <= 5 && t.end == at {
            bare = Some((t0, t));
        }
    }
    Err(bare)
}

/// "Acme's Director of Purchasing X", "Acme Head of Global Sales X": a
/// capitalised title's "of" and one to three capitalised words that begin no
/// name (the department) before the person; returns where they end (or
/// `end` when the title is no such one).
fn past_capitalized_field(f: &Facts, start: usize, end: usize) -> usize {
    if f.doc.lower(end) != "of" || !f.doc.is_capitalized(start) {
        return end;
    }
    let field = |j: usize| {
        f.doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word)
            && (f.doc.is_capitalized(j) || matches!(f.doc.lower(j), "and" | "&"))
            && f.starting(j).is_none()
            && !f.doc.is_possessive(j)
    };
    let n = (end + 1..end + 4).take_while(|&j| field(j)).count();
    if n == 0 || !f.doc.is_capitalized(end + n) {
        return end;
    }
    end + 1 + n
}

/// "senior vice president for retail X": past "for" and one or two
/// lower-case words naming the field a title before a name is over;
/// `end` when there are none.
fn past_field_tail(f: &Facts, end: usize) -> usize {
    let field = |j: usize| {
        f.doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word)
            && !f.doc.is_capitalized(j)
            && !FIELD_STOPS.contains(&f.doc.lower(j))
    };
    if f.doc.lower(end) != "for" || !field(end + 1) {
        return end;
    }
    if field(end + 2) {
        end + 3
    } else {
        end + 2
    }
}

/// "Acme and Zentrix group CFO X", "Interim Acme and Zentrix CEO X": the
/// organisations listed before the owner (mention `k`) of a shared title,
/// when the list opens its sentence or follows a role modifier or "the"
/// ("talks between Acme and Zentrix CEO X" give no shared title).
fn coordinated_owners(f: &Facts, k: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut j = k;
    while j > 0 && f.class(f.entity(j - 1)) == Org && is_list_sep(f.doc, f.live[j - 1].0.end, f.live[j].0.start) {
        j -= 1;
        out.push(f.entity(j));
    }
    let first = f.live[j].0.start;
    let sentence_start = f.doc.sentences[f.doc.sentence_of[first]].start;
    let opens = first == sentence_start
        || f.word_is(first - 1, Words::RoleModifier)
        || matches!(f.doc.lower(first - 1), "the" | "former" | "by");
    if opens {
        out
    } else {
        Vec::new()
    }
}

/// "Acme's founders, CEO A, COO B and CTO C", "Acme CEO A and CFO B": an
/// officer's bare title before person `start` in a list of titled people
/// belongs to the organisation owning the title of a person listed before.
fn listed_title_owner(f: &Facts, start: usize, roles: &[(String, Tie)]) -> Option<usize> {
    if !roles.iter().all(|(r, _)| officer_cased(f.res, r)) {
        return None;
    }
    let mut k = f.starting(start)?;
    for _ in 0..6 {
        k = listed_before(f, k)?;
        let at = f.live[k].0.start;
        if let Some((org, ..)) = owned_title_before(f, at) {
            return Some(org);
        }
    }
    None
}

/// "A, COO B", "A and Acme head B", "A and B": the person listed right
/// before person mention `k`, past a list separator and the title (with
/// its owner) of `k`.
pub(super) fn listed_before(f: &Facts, k: usize) -> Option<usize> {
    let owned = k.checked_sub(1).filter(|&o| f.class(f.entity(o)) == Org);
    let prev = k.checked_sub(1 + usize::from(owned.is_some()))?;
    if f.class(f.entity(prev)) != Person || f.class(f.entity(k)) != Person {
        return None;
    }
    let mut j = f.live[prev].0.end;
    j += usize::from(f.doc.is_punct(j, ','));
    j += usize::from(matches!(f.doc.lower(j), "and" | "&"));
    if j == f.live[prev].0.end {
        return None;
    }
    if let Some(o) = owned {
        if f.live[o].0.start != j {
            return None;
        }
        // "Acme Inc.'s", "Acme Inc. head": past the suffix's period too.
        j = f.live[o].0.end;
        j += usize::from(f.doc.is_punct(j, '.'));
        j += usize::from(f.doc.is_possessive(j));
    }
    let start = f.live[k].0.start;
    let titled = j == start || read_titles(f.doc, f.res, j).is_some_and(|t| t.end == start);
    titled.then_some(prev)
}

/// "Acme, led by chief executive X", "Acme, which is run by X": the
/// organisation before a participle of leading and "by" is the job of the
/// person after them (past a title); "chaired by X" is a board's tie.
/// Whether it read one.
fn led_by(f: &mut Facts, p: usize, start: usize) -> bool {
    let title = (1..=5).rev().find_map(|n| {
        let t0 = start.checked_sub(n)?;
        read_titles(f.doc, f.res, t0).filter(|t| t.end == start).map(|t| (t0, t.roles))
    });
    let (t0, roles) = title.unwrap_or((start, Vec::new()));
    let Some(by) = t0.checked_sub(1).filter(|&b| f.doc.lower(b) == "by") else { return false };
    let Some(v) = by.checked_sub(1) else { return false };
    let tie = match f.doc.lower(v) {
        "led" | "headed" | "run" | "managed" | "directed" => Tie::Work,
        "chaired" => Tie::Affiliate,
        _ => return false,
    };
    let sentence_start = f.doc.sentences[f.doc.sentence_of[v]].start;
    let mut b = v;
    while b > sentence_start
        && (AUXILIARIES.contains(&f.doc.lower(b - 1))
            || matches!(f.doc.lower(b - 1), "which" | "that" | "is" | "was" | "be" | "been" | "now"))
    {
        b -= 1;
    }
    let comma = f.doc.is_punct(b.wrapping_sub(1), ',');
    let Some(k) = f.ending(if comma { b - 1 } else { b }) else { return false };
    let org = f.entity(k);
    // "a round in Acme, led by X": an investor leads the round, not the company.
    let named = |j: usize| f.within(sentence_start, v).iter().any(|(r, _)| r.contains(&j));
    let money =
        (sentence_start..v).any(|j| (f.word_is(j, Words::RoundNoun) || f.word_is(j, Words::Money)) && !named(j));
    if f.class(org) != Org || money {
        return false;
    }
    if roles.is_empty() || tie == Tie::Affiliate {
        f.emit(p, tie_predicate(tie), org, None, Why::new(v, "led-by", 0.7));
    } else {
        emit_roles(f, p, org, &roles, v, "led-by-title", 0.75);
    }
    true
}

/// "Acme home improvement and office supplies managing director X": an
/// organisation, then a few lower-case words naming its division or field
/// (no preposition, verb of speech or rival word among them), then a title
/// ending at `at`, right before the name.
fn owner_past_field_words(f: &Facts, at: usize) -> Option<(usize, Titles)> {
    let (t0, t) = (1..=5).rev().find_map(|n| {
        at.checked_sub(n).and_then(|t0| read_titles(f.doc, f.res, t0).filter(|t| t.end == at).map(|t| (t0, t)))
    })?;
    let field = |j: usize| {
        f.doc.tokens[j].kind == TokenKind::Word
            && !f.doc.is_capitalized(j)
            && f.starting(j).is_none()
            && !f.word_is(j, Words::RivalNoun)
            && f.doc.lookup(&f.res.speech_verbs, j).is_none()
            && !f.word_is(j, Words::TellingVerb)
            && !f.doc.lower(j).ends_with("ed")
            && !AUXILIARIES.contains(&f.doc.lower(j))
            && !FIELD_STOPS.contains(&f.doc.lower(j))
            && !matches!(f.doc.lower(j), "its" | "their")
    };
    let mut b = t0;
    while b > 0 && t0 - b < 6 && field(b - 1) {
        b -= 1;
    }
    // Two words at least: one lower-case word between a name and a title is as often a verb ("beat").
    if t0 - b < 2 || f.doc.lower(b) == "and" || f.doc.is_possessive(b.wrapping_sub(1)) {
        return None;
    }
    let org = f.entity(f.ending(b)?);
    (f.class(org) == Org).then_some((org, t))
}

/// "Acme announced chief executive X had stepped down", "Acme appointed
/// finance chief X as CEO": the organisation whose announcement or hire,
/// right before a title, names its own officer.
fn announcing_org(f: &Facts, t0: usize) -> Option<usize> {
    let mut b = t0;
    let mut verb = false;
    while b > 0 && t0 - b < 4 {
        let j = b - 1;
        if f.doc.tokens[j].kind != TokenKind::Word || f.doc.is_capitalized(j) && !on_weekday(f, j) {
            break;
        }
        verb |= f.doc.lookup(&f.res.speech_verbs, j).is_some() || f.word_is(j, Words::HireVerb);
        b = j;
    }
    let k = f.ending(b).filter(|_| verb)?;
    let org = apposition_head(f, k).unwrap_or(f.entity(k));
    (f.class(org) == Org && !f.doc.is_possessive(b)).then_some(org)
}

/// A capitalised day after "on" ("said on Friday chief executive X") is
/// part of the announcement, not a name.
fn on_weekday(f: &Facts, j: usize) -> bool {
    WEEKDAYS.contains(&f.doc.lower(j)) && f.doc.lower(j.wrapping_sub(1)) == "on"
}

/// "Acme, the parent of insulin maker Zentrix said on Friday …": the
/// organisation heading an apposition whose closing comma was forgotten,
/// when mention `k` ends it, described by a lower-case word right before it.
fn apposition_head(f: &Facts, k: usize) -> Option<usize> {
    let start = f.live[k].0.start;
    if start == 0 || !f.doc.is_lower_word(start - 1) {
        return None;
    }
    let first = f.doc.sentences[*f.doc.sentence_of.get(start)?].start;
    let comma = (first..start).rev().find(|&j| f.doc.is_punct(j, ','))?;
    if !matches!(f.doc.lower(comma + 1), "the" | "a" | "an") {
        return None;
    }
    let head = f.entity(f.ending(comma)?);
    (f.class(head) == Org).then_some(head)
}

/// "Acme named X as president, making him heir to Chief Executive Officer
/// Y", "Acme has tapped X to lead it, taking over from outgoing Chief
/// Executive Y", "…following the retirement of former CEO, Y": an
/// officer's bare title (at `t0`, before the person at `start`) later in a
/// sentence where an organisation appoints or hires someone is the post
/// being handed on, that organisation's, when no other organisation or
/// place (nor an unread capitalised word) stands between the verb and the
/// title, and none right after the person.
fn succession_owner(f: &Facts, t0: usize, start: usize, roles: &[(String, Tie)]) -> Option<usize> {
    let officer =
        roles.iter().all(|(r, t)| *t == Tie::Work && names_top_title(f.res, r) && !r.eq_ignore_ascii_case("president"));
    let end = f.live[f.starting(start)?].0.end;
    let held_elsewhere = matches!(f.doc.lower(end), "of" | "at" | "from") && org_at(f, end + 1).is_some();
    if !officer || held_elsewhere {
        return None;
    }
    let sentence_start = f.doc.sentences[f.doc.sentence_of[t0]].start;
    let since = f.within(sentence_start, t0).iter().rev().find(|(_, e)| f.class(*e) != Person).map(|(r, _)| r.end);
    let hires = |j: &usize| f.word_is(*j, Words::AppointVerb) || f.word_is(*j, Words::HireVerb);
    let v = (since.unwrap_or(sentence_start)..t0).rev().find(hires)?;
    // "…after Kestrel Foods lost chief executive Y": a name the rules did not
    // read may be the post's owner.
    let people = f.within(v + 1, t0);
    let unread_name = (v + 1..t0).any(|j| f.doc.is_capitalized(j) && !people.iter().any(|(r, _)| r.contains(&j)));
    if unread_name {
        return None;
    }
    appointing_subject(f, v)
}

/// "Chief Executive X told reporters…", "Acme is buying again, as Chief
/// Executive X agreed to pay…": a title opening a sentence is capitalized
/// by its place, and a title only a company's officer holds (not
/// "President", which heads of state hold) is no head of state's wherever
/// it is capitalized; such a title with no owner named (no capitalised
/// word before it) is the article's company's, as it is in lower case.
fn opening_officer(f: &Facts, t0: usize, roles: &[(String, Tie)]) -> bool {
    let start = f.doc.sentences[f.doc.sentence_of[t0]].start;
    (t0 == f.opening(start) || f.doc.is_capitalized(t0)) && company_officers_only(f.res, roles)
}

/// "Acme is open to offers, Chief Executive X said": an officer's bare
/// title (one a head of state does not hold) before a person who speaks at
/// the end of a sentence whose subject is an organisation: the officer is
/// that organisation's (a title at `t0`, the person at `start`).
fn speaker_of_subject(f: &Facts, t0: usize, start: usize, roles: &[(String, Tie)]) -> Option<usize> {
    let officer =
        roles.iter().any(|(r, t)| *t == Tie::Work && is_executive(f.res, r) && !r.eq_ignore_ascii_case("president"));
    let comma = t0.checked_sub(1).filter(|&c| f.doc.is_punct(c, ','))?;
    let k = f.starting(start)?;
    let end = f.live[k].0.end;
    if !officer || f.doc.lookup(&f.res.speech_verbs, end).is_none() {
        return None;
    }
    let open = f.opening(f.doc.sentences[f.doc.sentence_of[t0]].start);
    let first = f.within(open, comma).first().filter(|(r, _)| r.start == open)?;
    let org = first.1;
    (f.class(org) == Org && !f.doc.is_possessive(first.0.end)).then_some(org)
}

/// "…,” Chief Executive X told a conference call", "…,” said chief
/// executive X": an officer's bare title (one a head of state does not hold)
/// opening the credit after a quotation, which a capital opens as it opens
/// a sentence; the officer is the article's company's (a title at `t0`).
fn quoted_officer(f: &Facts, t0: usize, roles: &[(String, Tie)]) -> bool {
    let officer = company_officers_only(f.res, roles);
    let Some(mut q) = t0.checked_sub(1) else { return false };
    if f.doc.lookup(&f.res.speech_verbs, q).is_some_and(|(len, _)| q + len == t0) {
        q = q.wrapping_sub(1);
    }
    let closing = |q: usize| is_quote(f.doc, q) && q > 0 && [',', '?', '!'].iter().any(|&c| f.doc.is_punct(q - 1, c));
    officer && closing(q)
}

/// "Brazil's vice president X", "Zentrix CEO X" when Zentrix is no known
/// organisation: the title right before token `t0` has an owner, a possessor
/// or a capitalised word inside the sentence, that is not the article's
/// topic, so the topic must not fill it.
fn owner_unknown(f: &Facts, t0: usize) -> bool {
    let Some(b) = t0.checked_sub(1) else { return false };
    let start = f.doc.sentences[f.doc.sentence_of[t0]].start;
    let word = f.doc.tokens[b].kind == TokenKind::Word;
    f.doc.is_possessive(b) || (word && f.doc.is_capitalized(b) && b > f.opening(start))
}

/// "Acme Corp. (NYSE: ACM, President and CEO: X)": a press release's
/// credit of a company's officer, in the brackets after the company's name.
fn credit_in_brackets(f: &mut Facts, p: usize, start: usize) {
    let Some(colon) = start.checked_sub(1).filter(|&c| f.doc.is_punct(c, ':') || f.doc.is_punct(c, ';')) else {
        return;
    };
    let Some((t0, t)) = (1..=6).rev().find_map(|n| {
        let t0 = colon.checked_sub(n)?;
        read_titles(f.doc, f.res, t0).filter(|t| t.end == colon).map(|t| (t0, t))
    }) else {
        return;
    };
    let Some(b) = t0.checked_sub(1).filter(|&b| f.doc.is_punct(b, '(') || f.doc.is_punct(b, ',')) else { return };
    // Back past the ticker ("NYSE: ACM,") to the opening bracket.
    let Some(open) =
        (b.saturating_sub(12)..=b).rev().take_while(|&j| !f.doc.is_punct(j, ')')).find(|&j| f.doc.is_punct(j, '('))
    else {
        return;
    };
    // "Acme Inc. (": the period of the company's suffix may stand between.
    let named =
        f.ending(open).or_else(|| f.doc.is_punct(open.wrapping_sub(1), '.').then(|| f.ending(open - 1)).flatten());
    if let Some(k) = named.filter(|&k| f.class(f.entity(k)) == Org) {
        let org = f.entity(k);
        emit_roles(f, p, org, &t.roles, start, "credit-in-brackets", 0.8);
    }
}

/// "of Zentrix Lee Jae-won": "of", an organisation, and a person's name
/// right after it, at token `of`.
fn org_then_person(f: &Facts, of: usize) -> bool {
    let org = f.starting(of + 1).filter(|&k| f.doc.lower(of) == "of" && f.class(f.entity(k)) == Org);
    org.is_some_and(|k| f.starting(f.live[k].0.end).is_some_and(|n| f.class(f.entity(n)) == Person))
}

/// "The chief executive of Acme, X, said", "VP sales and marketing at Acme,
/// X, said", "The Managing Director, Acme, X, said": a title opening its
/// clause, a few words naming its field, "of" / "at" / "for" (or a comma
/// right after the title) and an organisation, then the person between
/// commas; or,
/// with no commas, right after the organisation's name ("Chairman of Bolvar
/// Group Park Min-soo, CEO of Zentrix Lee Jae-won").
fn title_of_org_before(f: &mut Facts, p: usize, start: usize) {
    // "Researchers at Acme, A and B", "two professors at Acme: A, B and C":
    // every person listed after the first holds the plural title too.
    let named_at = start;
    let start = first_listed_person(f, start);
    let colon = start.checked_sub(1).is_some_and(|c| f.doc.is_punct(c, ':'));
    let org_end = match start.checked_sub(1) {
        Some(c) if f.doc.is_punct(c, ',') || colon => c,
        _ => start,
    };
    let Some(k) = f.ending(org_end).filter(|&k| f.class(f.entity(k)) == Org) else { return };
    let org_start = f.live[k].0.start;
    let Some(prep) = (org_start.saturating_sub(3)..org_start)
        .rev()
        .find(|&q| matches!(f.doc.lower(q), "of" | "at" | "for") && org_at(f, q + 1) == Some(k))
        .or_else(|| org_start.checked_sub(1).filter(|&c| f.doc.is_punct(c, ',')))
    else {
        return;
    };
    // "The Managing Director, Zentrix, X": a comma stands for "of" only
    // right after one person's title ("Analysts, Acme, X, and Y" is a list).
    let comma = f.doc.is_punct(prep, ',');
    let sentence_start = f.doc.sentences[f.doc.sentence_of[start]].start;
    // "A pair of scientists at Acme, A and B": a count before a plural title.
    let count = |w: &str| COUNT_WORDS.contains(&w) || matches!(w, "pair" | "group" | "of");
    let opens_clause = |t0: usize| {
        let mut b = t0;
        while b > sentence_start
            && (TITLE_DETERMINERS.contains(&f.doc.lower(b - 1)) || count(f.doc.lower(b - 1)) && t0 < prep)
        {
            b -= 1;
        }
        b == f.opening(sentence_start) || f.doc.is_punct(b.wrapping_sub(1), ',') || after_quote_verb(f, b)
    };
    let field = |j: usize| f.doc.is_lower_word(j) && f.starting(j).is_none() || f.doc.is_punct(j, '-');
    for t0 in prep.saturating_sub(10).max(sentence_start)..prep {
        let Some(t) = read_titles(f.doc, f.res, t0) else { continue };
        if t.end > prep
            || !(t.end..prep).all(field)
            || !(opens_clause(t0) || colon)
            || comma && (t.end < prep || f.doc.looks_plural(t.end - 1))
        {
            continue;
        }
        // "The CEO of Acme, A, and B": only a plural title is every listed person's.
        if named_at != start && !f.doc.looks_plural(t.end - 1) {
            return;
        }
        let roles = if t.end == prep {
            t.roles
        } else {
            // "VP global roaming and mobility at Acme": the field words are part of the role.
            let tie = t.roles.last().map_or(Tie::Work, |r| r.1);
            vec![(f.doc.slice(t0..prep).to_string(), tie)]
        };
        let org = f.entity(k);
        emit_roles(f, p, org, &roles, start, "title-of-org-before-name", 0.75);
        return;
    }
}

/// "“…,” said Chairman of Acme X": a one-word speech verb right after a
/// quotation's end or a comma, before token `b`.
fn after_quote_verb(f: &Facts, b: usize) -> bool {
    b >= 2
        && f.doc.lookup(&f.res.speech_verbs, b - 1).is_some_and(|(len, _)| len == 1)
        && (is_quote(f.doc, b - 2) || f.doc.is_punct(b - 2, ','))
}

/// The first token of the first person of the list of people whose member
/// starts at token `start` ("A, B and C": A's), past a describing clause
/// between commas ("A, a prominent figure, and B"); `start` itself when the
/// person opens no list.
fn first_listed_person(f: &Facts, start: usize) -> usize {
    let mut first = start;
    while let Some(k) = f.ending(list_gap_start(f, first)).filter(|&k| f.class(f.entity(k)) == Person) {
        first = f.live[k].0.start;
    }
    first
}

/// Where the gap before a listed name at `at` starts: back over "and", "&"
/// and commas ("A, B", "A and B", "A, and B"), and over a short clause
/// between commas before ", and"; `at` when no list gap is there.
fn list_gap_start(f: &Facts, at: usize) -> usize {
    let sep = |j: usize| matches!(f.doc.lower(j), "and" | "&") || f.doc.is_punct(j, ',');
    let mut b = at;
    while b > 0 && sep(b - 1) && at - b < 2 {
        b -= 1;
    }
    if b == at {
        return at;
    }
    // "A, a prominent figure in AI, and B": back to the comma after A.
    if f.ending(b).is_none() && f.doc.is_punct(b, ',') {
        let open = (b.saturating_sub(10)..b).rev().find(|&j| f.doc.is_punct(j, ','));
        if let Some(o) = open.filter(|&o| f.ending(o).is_some()) {
            return o;
        }
    }
    b
}

/// "X resigned as chief executive", "named X as chief executive of Y",
/// "Acme named X as president" (the appointing organisation's title),
/// "Acme appointed X, a former banker, as chief executive", "Acme named X
/// its chief executive".
pub(super) fn as_title(f: &mut Facts, p: usize, start: usize, end: usize) {
    let appointer = appointer(f, start);
    let end = match appointer {
        Some(_) => past_appositive(f, end),
        None => end,
    };
    let at = if f.doc.lower(end) == "as" {
        end
    } else if f.doc.lower(end + 1) == "as" && !f.doc.is_punct(end, ',') {
        end + 1
    } else if let Some(as_) = taking_over_as(f, end) {
        as_
    } else if let Some(as_) = staying_on_as(f, end) {
        as_
    } else if appointer.is_some() {
        // "Acme named X chief executive": the title right after the name.
        end - 1
    } else {
        return;
    };
    let mut i = at + 1;
    while TITLE_DETERMINERS.contains(&f.doc.lower(i)) {
        i += 1;
    }
    let its = (at + 1..i).any(|j| f.doc.lower(j) == "its");
    let Some((owner, t)) = owned_titles(f, i) else { return };
    // "named X chief executive Y's deputy": the title is the next person's.
    if at + 1 == end && (f.starting(t.end).is_some() || f.doc.is_possessive(t.end)) {
        return;
    }
    let after = match owner {
        Some(org) => vec![org],
        None => matches!(f.doc.lower(t.end), "of" | "at").then(|| orgs_of(f, t.end)).unwrap_or_default(),
    };
    // "A has replaced B as chief executive of Acme", "A replaces B as
    // CFO": A holds the post now.
    let successor = replacer(f, start);
    let bare = after.is_empty() && !its;
    let appointed = appointer.filter(|_| bare).map(|org| (org, "appointed-as-title", 0.7)).or_else(|| {
        bare.then(|| appointed_by_person(f, start)).flatten().map(|org| (org, "appointed-by-person-as-title", 0.6))
    });
    match appointed {
        Some((org, rule, confidence)) => emit_roles(f, p, org, &t.roles, end, rule, confidence),
        None if after.is_empty() => {
            for q in std::iter::once(p).chain(successor) {
                implied_org(f, q, &t.roles, at + 1, its);
            }
        }
        None => {}
    }
    for &org in &after {
        emit_roles(f, p, org, &t.roles, end, "as-title-of", 0.75);
    }
    if let Some(q) = successor {
        for org in after {
            emit_roles(f, q, org, &t.roles, end, "replaced-as-title", 0.7);
        }
    }
}

/// "X will take over as chief executive", "X took over as": the "as" after
/// auxiliaries, a verb of taking and "over" right after a name ending at `end`.
fn taking_over_as(f: &Facts, end: usize) -> Option<usize> {
    let take = (end..end + 3).find(|&j| !AUXILIARIES.contains(&f.doc.lower(j)))?;
    let taking = f.word_is(take, Words::HandoverWord) && f.doc.lower(take + 1) == "over";
    (taking && f.doc.lower(take + 2) == "as").then_some(take + 2)
}

/// "X will continue as chief executive", "X shall continue to serve as
/// CFO", "X will stay on as chairman": past the auxiliaries after a name
/// (at token `end`) a verb of staying on in a post, then "as": the token
/// "as". A post only hoped for or tipped ("is expected to serve as",
/// "would like to continue as") has a word that is neither between.
fn staying_on_as(f: &Facts, end: usize) -> Option<usize> {
    let mut j = end;
    while j < end + 4 && (AUXILIARIES.contains(&f.doc.lower(j)) || f.doc.lower(j) == "shall") {
        j += 1;
    }
    if !f.word_is(j, Words::StayVerb) {
        return None;
    }
    j += 1;
    if f.doc.lower(j) == "to" && f.word_is(j + 1, Words::StayVerb) {
        j += 2;
    }
    j += usize::from(f.doc.lower(j) == "on");
    (f.doc.lower(j) == "as").then_some(j)
}

/// "A will replace B", "A, Zentrix's chair, succeeds B", "he replaced B":
/// the person named (or the pronoun standing for the one named) before a
/// verb of taking another's post right before the person at token `start`.
fn replacer(f: &Facts, start: usize) -> Option<usize> {
    let v = start.checked_sub(1).filter(|&v| f.word_is(v, Words::ReplaceVerb))?;
    f.person_named_before(f.doc.sentences[f.doc.sentence_of[v]].start, v)
}

/// "Acme's chief executive", "Acme chief executive", "chief executive":
/// titles at token `i`, and the organisation owning them when one is named
/// before them ("stepped down as Acme's chief executive").
fn owned_titles(f: &Facts, i: usize) -> Option<(Option<usize>, Titles)> {
    let owner = f.starting(i).filter(|&k| f.class(f.entity(k)) == Org);
    let i = owner.map_or(i, |k| f.live[k].0.end + usize::from(f.doc.is_possessive(f.live[k].0.end)));
    let t = read_titles(f.doc, f.res, i)?;
    Some((owner.map(|k| f.entity(k)), t))
}

/// "X, a former banker, as": past an aside between commas right after a
/// name (at token `end`), to the token after its closing comma; `end` when
/// there is none.
fn past_appositive(f: &Facts, end: usize) -> usize {
    if !f.doc.is_punct(end, ',') {
        return end;
    }
    let stop = f.sentence_end(end).min(end + 10);
    let close = (end + 1..stop).find(|&j| f.doc.is_punct(j, ',') || f.doc.is_punct(j, ';'));
    match close {
        Some(c) if f.doc.is_punct(c, ',') && f.within(end + 1, c).iter().all(|(_, e)| f.class(*e) != Person) => c + 1,
        _ => end,
    }
}

/// "Acme named longtime executive X", "Acme, Canada's third-largest bank,
/// appointed X", "the board has appointed X": the organisation whose
/// appointing verb stands before the person mention starting at token
/// `start` (past a few words describing the person).
fn appointer(f: &Facts, start: usize) -> Option<usize> {
    let sentence_start = f.doc.sentences[*f.doc.sentence_of.get(start)?].start;
    let appoints = |j: usize| f.word_is(j, Words::AppointVerb);
    let mut v = start;
    while v > sentence_start
        && start - v < 4
        && f.doc.tokens[v - 1].kind == TokenKind::Word
        && f.ending(v).is_none()
        && !appoints(v - 1)
    {
        v -= 1;
    }
    let v = v.checked_sub(1).filter(|&v| v >= sentence_start && appoints(v))?;
    appointing_subject(f, v)
}

/// "Kestrel Power's largest shareholder is the state, and its minister
/// Ana Ruiz installed X as chief executive": a person, not a company,
/// appoints the person at token `start` (named a few words after the
/// appointing verb); the post given is at the last organisation the
/// sentence names before the one who appoints (a speaker that reports it
/// aside), not the article's.
fn appointed_by_person(f: &Facts, start: usize) -> Option<usize> {
    let sentence_start = f.doc.sentences[*f.doc.sentence_of.get(start)?].start;
    let appoints = |j: usize| f.word_is(j, Words::AppointVerb);
    let v = (start.saturating_sub(4).max(sentence_start + 1)..start).rev().find(|&j| appoints(j))?;
    if (v + 1..start).any(|j| f.doc.tokens[j].kind != TokenKind::Word || f.ending(j + 1).is_some()) {
        return None;
    }
    let mut b = v;
    while b > sentence_start && AUXILIARIES.contains(&f.doc.lower(b - 1)) {
        b -= 1;
    }
    let k = f.ending(b)?;
    if f.class(f.entity(k)) != Person {
        return None;
    }
    let from = f.live[k].0.start;
    let reports = |end: usize| f.word_is(end, Words::ReportingVerb) || f.doc.lookup(&f.res.speech_verbs, end).is_some();
    f.within(sentence_start, from).iter().rev().find(|(r, e)| f.class(*e) == Org && !reports(r.end)).map(|(_, e)| *e)
}

/// "Acme named", "Acme's board has appointed", "Acme, Canada's
/// third-largest bank, named", "Acme Ltd. (ACM.AX) has tapped": the
/// organisation that is the subject of the appointing or hiring verb at
/// token `v`.
fn appointing_subject(f: &Facts, v: usize) -> Option<usize> {
    let sentence_start = f.doc.sentences[*f.doc.sentence_of.get(v)?].start;
    let mut b = v;
    while b > sentence_start && AUXILIARIES.contains(&f.doc.lower(b - 1)) {
        b -= 1;
    }
    let b = b.checked_sub(1).filter(|&b| b >= sentence_start)?;
    // "Acme named A as CEO and appointed B as CFO": the first verb's subject.
    if f.doc.lower(b) == "and" {
        let first = (sentence_start..b).rev().find(|&j| f.word_is(j, Words::AppointVerb))?;
        return appointing_subject(f, first);
    }
    // "Acme's board has appointed", "the board appointed": the board's company.
    if f.word_is(b, Words::BoardNoun) {
        let poss = b.checked_sub(1)?;
        let owner = if f.doc.is_possessive(poss) { f.ending(poss).map(|k| f.entity(k)) } else { f.referent(b) };
        return owner.filter(|&e| f.class(e) == Org);
    }
    // "Acme, Canada's third-largest bank, named": the name before an aside;
    // "Acme Ltd. (ACM.AX) has tapped": the name before its ticker.
    let opener = if f.doc.is_punct(b, ')') { Some('(') } else { f.doc.is_punct(b, ',').then_some(',') };
    if let Some(opener) = opener {
        let open = (b.saturating_sub(10).max(sentence_start)..b).rev().find(|&j| f.doc.is_punct(j, opener))?;
        // "Acme Ltd. (": the period of the company's suffix may stand between.
        let named = f.ending(open).is_none() && f.doc.is_punct(open.wrapping_sub(1), '.');
        return verb_subject(f, if named { open - 1 } else { open });
    }
    verb_subject(f, v)
}

/// "X was appointed Acme chairman", "X has been named the new chief
/// executive of Y": a title given to the person by an appointing verb right
/// after the name, owned by the organisation before it or named after it.
fn appointed_title(f: &mut Facts, p: usize, end: usize) {
    let mut j = end;
    while j < end + 4 && (AUXILIARIES.contains(&f.doc.lower(j)) || matches!(f.doc.lower(j), "was" | "been" | "be")) {
        j += 1;
    }
    if j == end || !f.word_is(j, Words::AppointVerb) {
        return;
    }
    let mut i = j + 1 + usize::from(matches!(f.doc.lower(j + 1), "as" | "to"));
    while TITLE_DETERMINERS.contains(&f.doc.lower(i)) {
        i += 1;
    }
    let owner = f.starting(i).filter(|&k| f.class(f.entity(k)) == Org);
    let t0 = owner.map_or(i, |k| f.live[k].0.end + usize::from(f.doc.is_possessive(f.live[k].0.end)));
    let Some(t) = read_titles(f.doc, f.res, t0) else { return };
    // "was named Acme CEO Jane Doe's deputy": the title is the next person's.
    if f.starting(t.end).is_some_and(|k| f.class(f.entity(k)) == Person) || f.doc.is_possessive(t.end) {
        return;
    }
    let orgs = match owner {
        Some(k) => vec![f.entity(k)],
        None if matches!(f.doc.lower(t.end), "of" | "at") => org_list_at(f, t.end + 1),
        None => Vec::new(),
    };
    // "X was promoted to chief operating officer", "X was named its
    // CFO": a company post with no company named is the one "its" stands
    // for, or the article's topic's; not a lone "president", which voters
    // elect too.
    let named_none = orgs.is_empty() && !matches!(f.doc.lower(t.end), "of" | "at" | "for" | "to" | "by");
    if named_none && !t.roles.iter().all(|(r, _)| r.eq_ignore_ascii_case("president")) {
        let its = (j + 1..t0).any(|k| f.doc.lower(k) == "its");
        implied_org(f, p, &t.roles, j + 1, its);
    }
    for org in orgs {
        emit_roles(f, p, org, &t.roles, end, "appointed-title", 0.75);
    }
}

/// "X, who runs research at Meta as a vice president" / "X, who founded Y".
pub(super) fn who_clause(f: &mut Facts, p: usize, end: usize) {
    // "X who has been Acme governor since 2015": with no comma, only a copula's clause.
    let bare = f.doc.lower(end) == "who"
        && (COPULAS.contains(&f.doc.lower(end + 1))
            || matches!(f.doc.lower(end + 1), "has" | "had") && f.doc.lower(end + 2) == "been");
    if !((f.doc.is_punct(end, ',') || is_dash(f.doc, end)) && f.doc.lower(end + 1) == "who" || bare) {
        return;
    }
    let end = if bare { end - 1 } else { end };
    let stop = (end + 2..(end + 18).min(f.sentence_end(end)))
        .find(|&j| f.doc.is_punct(j, ',') || f.doc.is_punct(j, '.') || is_dash(f.doc, j))
        .unwrap_or(end + 2);
    let mut org = None;
    let mut org_end = end;
    let mut roles = Vec::new();
    let mut roles_at_org = 0;
    let mut founded = false;
    let mut owner_unread = false;
    let mut i = end + 2;
    while i < stop {
        if let Some(k) = f.starting(i) {
            if org.is_none() && f.class(f.entity(k)) == Org {
                org = Some(f.entity(k));
                org_end = f.live[k].0.end;
                roles_at_org = roles.len();
            }
            i = f.live[k].0.end;
            continue;
        }
        if f.word_is(i, Words::FoundVerb) {
            founded = true;
        }
        if let Some(t) = read_titles(f.doc, f.res, i) {
            // "who will become chairman of John Swire & Sons": a name
            // after the title's "of" that was not read as a company still
            // owns the post.
            owner_unread |= matches!(f.doc.lower(t.end), "of" | "at") && f.doc.is_capitalized(t.end + 1);
            roles.extend(t.roles);
            i = t.end;
            continue;
        }
        i += 1;
    }
    let Some(org) = org else {
        if !roles.is_empty() && !owner_unread {
            let its = (end + 2..stop).any(|j| f.doc.lower(j) == "its");
            implied_org(f, p, &roles, end, its);
        }
        return;
    };
    let its = (end + 2..stop).any(|j| f.doc.lower(j) == "its");
    // "who became chair of Acme and later chief executive of Zentrix": the
    // titles before the first company are its; the later ones, the next's.
    if roles_at_org > 0 && org_end < stop && f.doc.lower(org_end) == "and" {
        roles.truncate(roles_at_org);
    }
    if founded {
        f.emit(p, Predicate::Founded, org, None, Why::new(end, "who-founded", 0.85));
    }
    if !roles.is_empty() && (!founded || its) {
        emit_roles(f, p, org, &roles, end, "who-clause-title", 0.75);
        // "X, who became CFO of Acme and later chief executive of Zentrix".
        second_title_after_and(f, p, org_end);
    } else if !founded && (end + 2..stop).any(|j| f.word_is(j, Words::LeadVerb)) {
        f.emit(p, Predicate::WorksFor, org, None, Why::new(end, "who-leads", 0.65));
    }
}

/// "When he became president of Acme, X ...": a pronoun (at `k`) in a
/// clause fronted by a subordinator stands for the subject named right
/// after the comma closing it (past token `from`): `Some` of that person,
/// or of none when the name there was not read as an entity; `None` when
/// no such clause and name are there.
fn fronted_subject(f: &Facts, k: usize, from: usize) -> Option<Option<usize>> {
    if !SUBORDINATORS.contains(&f.doc.lower(k.checked_sub(1)?)) {
        return None;
    }
    let end = f.sentence_end(from);
    let comma = (from..end).find(|&j| f.doc.is_punct(j, ','))?;
    let first = f.doc.lower(comma + 1);
    let named = f.doc.is_capitalized(comma + 1) && !ARTICLES.contains(&first) && !PERSON_PRONOUNS.contains(&first);
    match f.starting(comma + 1).map(|m| f.entity(m)) {
        Some(e) if f.class(e) == Person => Some(Some(e)),
        None if named => Some(None),
        _ => None,
    }
}

/// The rule of a post read from a sentence opening "As CEO of Acme, X…",
/// which tells of what the holder did in it, often a post held before: a
/// handover does not pass it on (`handovers::post_of`).
pub(super) const FRONTED_POST: &str = "fronted-title-of";

/// "As CEO of Acme, Lund steered…", "As its chief executive, she…": a
/// sentence opening with "as" (token `as_`) and a post, the title ending at
/// `end`, names its holder right after the comma closing the phrase.
fn fronted_post_holder(f: &Facts, as_: usize, end: usize) -> Option<usize> {
    let range = f.doc.sentences[*f.doc.sentence_of.get(as_)?].clone();
    if as_ != f.opening(range.start) {
        return None;
    }
    let comma = (end..(end + 12).min(range.end)).find(|&j| f.doc.is_punct(j, ','))?;
    match f.starting(comma + 1) {
        Some(k) => Some(f.entity(k)).filter(|&e| f.class(e) == Person),
        None if PERSON_PRONOUNS.contains(&f.doc.lower(comma + 1)) => f.person_for_pronoun(comma + 1),
        None => None,
    }
}

/// "X will take on the CEO role at Acme", "she stepped into the post of
/// chief executive at Acme", "he assumed the position of CFO of Y": a post
/// taken, named by a noun of a job with its title before it or after its
/// "of", held at the organisation after "at", "of" or "with"; the holder is
/// the person named before the verb (or the one "he" or "she" stands for).
pub(super) fn post_taken(f: &mut Facts, s: usize) {
    if !(f.held_on(s).may_begin(&f.res.titles)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    let post_noun = |j: usize| matches!(f.doc.lower(j), "role" | "post" | "position");
    for i in range.clone() {
        if f.doc.lower(i) != "the" || i < range.start + 2 {
            continue;
        }
        let taking = match f.doc.lower(i - 1) {
            "on" | "up" | "into" => f.doc.is_lower_word(i - 2),
            w => matches!(w, "assume" | "assumes" | "assumed" | "assuming"),
        };
        if !taking {
            continue;
        }
        let (t, after) = if post_noun(i + 1) && f.doc.lower(i + 2) == "of" {
            let Some(t) = read_titles(f.doc, f.res, i + 3) else { continue };
            let after = t.end;
            (t, after)
        } else {
            let Some(t) = read_titles(f.doc, f.res, i + 1).filter(|t| post_noun(t.end)) else { continue };
            let after = t.end + 1;
            (t, after)
        };
        if !matches!(f.doc.lower(after), "at" | "of" | "with") {
            continue;
        }
        let orgs = org_list_at(f, after + 1);
        let Some(p) = f.person_named_before(range.start, i - 1) else { continue };
        for org in orgs {
            emit_roles(f, p, org, &t.roles, i, "post-taken", 0.6);
        }
    }
}

/// "She stepped down as chief executive of X", "he had been chief
/// executive of Y": the person is the nearest one named before (a pronoun
/// stands for the last person named).
pub(super) fn held_title(f: &mut Facts, s: usize) {
    // Only a sentence where a title may start (or the next, which a title may run into) is read.
    if !(f.held_on(s).may_begin(&f.res.titles)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for i in range.clone() {
        if !matches!(f.doc.lower(i), "as" | "been" | "was" | "is" | "became" | "becoming") {
            continue;
        }
        let mut j = i + 1;
        // "she was appointed chief financial officer of Acme", "he has been
        // named as CEO of Y": a post given, read past the appointing verb.
        let given = matches!(f.doc.lower(i), "been" | "was" | "is") && f.word_is(j, Words::AppointVerb);
        if given {
            j += 1 + usize::from(matches!(f.doc.lower(j + 1), "as" | "to"));
        }
        while TITLE_DETERMINERS.contains(&f.doc.lower(j)) {
            j += 1;
        }
        let Some((owner, t)) = owned_titles(f, j) else { continue };
        // "as Acme's chief executive"; not "who is also the Acme chief", nor
        // "as well as Acme CEO Y" (the title is the next person's).
        let next_person = f.starting(t.end).is_some_and(|k| f.class(f.entity(k)) == Person);
        if owner.is_some() && (f.doc.lower(i) != "as" && !given || next_person) {
            continue;
        }
        let joined_org = (f.doc.lower(i) == "as")
            .then(|| f.ending(i))
            .flatten()
            .filter(|&k| f.word_is(f.live[k].0.start.wrapping_sub(1), Words::JoinVerb))
            .map(|k| f.entity(k))
            .filter(|&e| f.class(e) == Org);
        // "had been a consultant to Acme": an adviser's tie is read after "to".
        let adviser = t.roles.iter().all(|(_, tie)| *tie == Tie::Affiliate) && f.doc.lower(t.end) == "to";
        let orgs = if let Some(org) = owner {
            vec![org]
        } else if matches!(f.doc.lower(t.end), "of" | "at") || adviser {
            orgs_of(f, t.end)
        } else if let Some(org) = joined_org {
            vec![org]
        } else if let Some(org) = its_officer(f, i + 1, j, &t.roles) {
            vec![org]
        } else {
            continue;
        };
        let person = f.within(range.start, i).iter().rev().find(|(_, e)| f.class(*e) == Person).map(|(_, e)| *e);
        let pronoun = (range.start..i).find(|&k| PERSON_PRONOUNS.contains(&f.doc.lower(k)));
        let person = person
            .or_else(|| pronoun.and_then(|k| fronted_subject(f, k, t.end).unwrap_or_else(|| f.person_for_pronoun(k))));
        let fronted = person.is_none().then(|| fronted_post_holder(f, i, t.end)).flatten();
        if let Some(p) = person.or(fronted) {
            let last = orgs.last().copied();
            for org in orgs {
                let rule = if given {
                    "given-title-of"
                } else if fronted.is_some() {
                    FRONTED_POST
                } else {
                    "held-title-of"
                };
                emit_roles(f, p, org, &t.roles, i, rule, 0.65);
            }
            // "He was CEO of Acme, and more recently, CEO of Zentrix": a
            // second post after the first one's organisations.
            let last_end =
                last.and_then(|e| f.within(t.end, range.end).iter().find(|(_, o)| *o == e).map(|(r, _)| r.end));
            if let Some(end) = last_end {
                second_title_after_and(f, p, end);
            }
        }
    }
}

/// "The former Acme AI chief closed a round", "The former boss of office
/// furniture firm Zentrix joined Acme": a sentence that opens with a
/// former title of a named organisation, and no name after the title, speaks
/// of the person named first in the sentence before it.
pub(super) fn former_title_opening(f: &mut Facts, s: usize) {
    let Some(start) = f.doc.sentences.get(s).map(|r| r.start) else { return };
    if s == 0 || f.doc.lower(start) != "the" || !matches!(f.doc.lower(start + 1), "former" | "ex") {
        return;
    }
    let i = start + 2 + usize::from(f.doc.is_punct(start + 2, '-'));
    // "The former Acme AI chief", else "The former boss of (firm) Acme".
    let named = f.starting(i).and_then(|k| f.org_entity(k).map(|e| (e, f.live[k].0.end)));
    let (org, t, after) = if let Some((org, end)) = named {
        let Some(t) = read_titles(f.doc, f.res, end) else { return };
        let after = t.end;
        (org, t, after)
    } else {
        let Some(t) = read_titles(f.doc, f.res, i).filter(|t| f.doc.lower(t.end) == "of") else { return };
        let Some(k) = org_at(f, t.end + 1) else { return };
        let Some(org) = f.org_entity(k) else { return };
        let after = f.live[k].0.end;
        (org, t, after)
    };
    // "The former Acme chief Jane Roe said": the name's own title.
    let verb = f.doc.is_lower_word(after) && !matches!(f.doc.lower(after), "of" | "and" | "or" | "at" | "for");
    if f.starting(after).is_some() || !verb {
        return;
    }
    let before = f.doc.sentences[s - 1].clone();
    let Some(p) = f.within(before.start, before.end).iter().find(|(_, e)| f.class(*e) == Person).map(|(_, e)| *e)
    else {
        return;
    };
    let roles: Vec<(String, Tie)> = t.roles.iter().map(|(r, tie)| (format!("former {r}"), *tie)).collect();
    emit_roles(f, p, org, &roles, start, "former-title-opening", 0.55);
}

/// "since becoming its chief executive", "she was its CFO": the
/// organisation "its" (among the determiners at tokens `from..to`) stands
/// for, when every role is a company officer's.
fn its_officer(f: &Facts, from: usize, to: usize, roles: &[(String, Tie)]) -> Option<usize> {
    let its = (from..to).find(|&k| f.doc.lower(k) == "its")?;
    let officer = officers_only(f.res, roles);
    f.referent(its).filter(|&e| officer && f.class(e) == Org)
}

/// "X joined the board", "a seat on Acme's board", "quit its board", "Acme's
/// strategic committee", "the board of directors of Y": a board tie between
/// the person named last before "board" (and those named after "alongside")
/// and the board's organisation (its possessor, "board of Y", or the
/// article's topic).
pub(super) fn board_seat(f: &mut Facts, s: usize) {
    // Only a sentence with a noun of a board is read.
    if !(f.held(s).has(Words::BoardNoun)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for i in range.clone() {
        if !f.word_is(i, Words::BoardNoun) {
            continue;
        }
        let adjective = i >= 2
            && f.doc.is_possessive(i - 2)
            && f.doc.tokens[i - 1].kind == TokenKind::Word
            && !f.doc.is_capitalized(i - 1);
        let poss = if adjective { i - 2 } else { i.wrapping_sub(1) };
        let prev = f.doc.lower(i.wrapping_sub(1));
        // "the board of directors of Y", "board seats at Y" (a board member's
        // title is read by the title rules: "Executive Board Member of Y" is a job).
        let of = if matches!(f.doc.lower(i + 1), "of" | "seat" | "seats")
            && matches!(f.doc.lower(i + 2), "directors" | "at" | "of")
        {
            if f.doc.lower(i + 2) == "directors" && matches!(f.doc.lower(i + 3), "of" | "at") {
                i + 3
            } else {
                i + 1 + usize::from(f.doc.lower(i + 1) != "of")
            }
        } else {
            i + 1
        };
        // "appointed to the boards of Acme and Zentrix": every board listed.
        let owners: Vec<usize> = if f.doc.is_possessive(poss) {
            f.ending(poss).map(|k| f.entity(k)).filter(|&e| f.class(e) == Org).into_iter().collect()
        } else if let Some(e) = board_named_before(f, i) {
            vec![e]
        } else if matches!(f.doc.lower(of), "of" | "at") && (of > i + 1 || f.doc.lower(of) == "of") {
            org_list_at(f, past_kind_of_company(f, of + 1))
        } else if prev == "its" {
            f.referent(i).into_iter().collect()
        } else {
            Vec::new()
        };
        // "A and B were appointed to board seats", "confirmed as new board
        // members": a seat on the board of the company the article is about.
        let seat_noun = matches!(f.doc.lower(i + 1), "seat" | "seats" | "member" | "members");
        let appointed = seat_noun
            && (range.start..i).any(|j| f.word_is(j, Words::SeatWord) || f.doc.lower(j) == "confirmed")
            && f.ending(i).is_none();
        let generic = matches!(prev, "the" | "its") || f.doc.is_possessive(poss) || appointed;
        if owners.is_empty() {
            members_of_the_subjects_board(f, i, range.start);
        }
        let owners = if owners.is_empty() { f.topic.filter(|_| generic).into_iter().collect() } else { owners };
        // "X will report to Y and remain a member of the board": the one after
        // a preposition is not who sits, when someone else is named before.
        let people = || f.within(range.start, i).iter().rev().filter(|(_, e)| f.class(*e) == Person);
        let object =
            |r: &std::ops::Range<usize>| matches!(f.doc.lower(r.start.wrapping_sub(1)), "to" | "by" | "with" | "from");
        let person = people().find(|(r, _)| !object(r)).or_else(|| people().next()).cloned();

        // "X overhauled its board", "X's notion … on the board": a person who
        // acts on a board, or owns what the clause speaks of, has no seat on it.
        // "X, the board's chairman", "X, a board member": the seat may follow.
        let seat_after = (i + 1..(i + 3).min(range.end)).any(|j| {
            f.word_is(j, Words::SeatWord) && f.doc.lower(j) != "on" || f.doc.lookup(&f.res.titles, j).is_some()
        });
        let seated_by_verb = |r: &std::ops::Range<usize>| (r.end..i).any(|j| f.word_is(j, Words::SeatWord));
        let seated = person.filter(|(r, _)| !f.doc.is_possessive(r.end) && (seat_after || seated_by_verb(r)));
        // "A and B were appointed to board seats", "Acme CEO A and Zentrix
        // head B joined the board": the people listed with the one seated.
        // "A and B will take board seats at Acme": a plural seat seats the list.
        let seats = matches!(f.doc.lower(i + 1), "seats" | "members");
        let listed_from =
            seated.as_ref().and_then(|(r, _)| f.starting(r.start).filter(|_| appointed || seats || seated_by_verb(r)));
        let seated = seated.map(|(_, p)| p);
        // "X joins the board alongside A and B", "appointed to the board,
        // joining independent directors A, B and C": they sit on it too.
        let alongside: Vec<usize> = (i + 1..(i + 6).min(range.end))
            .find_map(|j| match f.doc.lower(j) {
                "alongside" => Some(members_after(f, j + 1, range.end).iter().map(|m| m.head).collect()),
                _ if f.word_is(j, Words::JoinVerb) => directors_joined(f, j + 1, range.end),
                _ => None,
            })
            .unwrap_or_default()
            .iter()
            .map(|&k| f.entity(k))
            .filter(|&p| f.class(p) == Person)
            .collect();
        for org in owners {
            if let Some(p) = seated {
                f.emit(p, Predicate::AffiliatedWith, org, None, Why::new(i, "board-seat", 0.55));
                let mut k = listed_from;
                while let Some(m) = k.and_then(|k| listed_before(f, k).or_else(|| listed_past_apposition(f, k))) {
                    let q = f.entity(m);
                    f.emit(q, Predicate::AffiliatedWith, org, None, Why::new(i, "board-seat-listed", 0.5));
                    k = Some(m);
                }
            }
            for &p in &alongside {
                f.emit(p, Predicate::AffiliatedWith, org, None, Why::new(i, "board-seat-alongside", 0.5));
            }
        }
    }
}

/// "joining independent directors A, B and C, and executive directors
/// including D and E": the members of a board listed after a plural noun of
/// them (a few describing words before it) from token `i`, and those of a
/// second such list joined by "and"; their mentions.
fn directors_joined(f: &Facts, i: usize, end: usize) -> Option<Vec<usize>> {
    let names = |i: usize| {
        let noun = (i..i + 4).find(|&j| matches!(f.doc.lower(j), "directors" | "members"))?;
        let describing = (i..noun).all(|j| f.doc.is_lower_word(j) || f.doc.is_punct(j, '-'));
        let from = noun + 1 + usize::from(f.doc.lower(noun + 1) == "including");
        describing.then(|| titled_people_listed(f, from, end)).filter(|l| !l.is_empty())
    };
    let mut members = names(i)?;
    let last = members.last().map(|&k| f.live[k].0.end)?;
    let and = if f.doc.is_punct(last, ',') { last + 1 } else { last };
    if f.doc.lower(and) == "and" {
        members.extend(names(and + 1).unwrap_or_default());
    }
    Some(members)
}

/// "A, B and C", "local CEO A, Acme risk chief B and finance chief C": the
/// people listed from token `i`, each maybe after a few words of a title
/// (organisations among them); their mentions.
fn titled_people_listed(f: &Facts, mut i: usize, end: usize) -> Vec<usize> {
    let mut out = Vec::new();
    while i < end {
        let mut j = i;
        let person = loop {
            if j >= end.min(i + 8) {
                break None;
            }
            if let Some(k) = f.starting(j) {
                match f.class(f.entity(k)) {
                    Person => break Some(k),
                    Org => {
                        j = f.live[k].0.end;
                        continue;
                    }
                    _ => break None,
                }
            }
            let word = f.doc.tokens[j].kind == TokenKind::Word || f.doc.is_punct(j, '-');
            let clause = [RELATIVES, SUBORDINATORS].iter().any(|l| l.contains(&f.doc.lower(j)));
            if !word || clause {
                break None;
            }
            j += 1;
        };
        let Some(k) = person else { break };
        out.push(k);
        let e = f.live[k].0.end;
        i = match (f.doc.is_punct(e, ','), f.doc.lower(e + 1) == "and", f.doc.lower(e) == "and") {
            (true, true, _) => e + 2,
            (true, false, _) | (false, _, true) => e + 1,
            _ => break,
        };
    }
    out
}

/// "Acme announced the choice at a news conference by board members A and
/// B": the people named right after "board member(s)" at token `i`, with
/// no organisation before it, sit on the board of the organisation that
/// opens the sentence as its subject.
fn members_of_the_subjects_board(f: &mut Facts, i: usize, start: usize) {
    let member = matches!(f.doc.lower(i + 1), "member" | "members");
    if !member || f.ending(i).is_some() || f.doc.is_possessive(i.wrapping_sub(1)) {
        return;
    }
    let Some(subject) = f.starting(f.opening(start)).filter(|&k| f.class(f.entity(k)) == Org) else { return };
    let end = f.sentence_end(i);
    let org = f.entity(subject);
    let people: Vec<usize> =
        members_after(f, i + 2, end).iter().map(|m| f.entity(m.head)).filter(|&p| f.class(p) == Person).collect();
    for p in people {
        f.emit(p, Predicate::AffiliatedWith, org, None, Why::new(i, "board-members-of-subject", 0.5));
    }
}

/// "A, chairperson of Acme, and B, chairman of Zentrix, joined the board":
/// the person listed before person mention `k` past an apposition of their
/// own (no person in it, a dozen tokens at most) closed by ", and".
fn listed_past_apposition(f: &Facts, k: usize) -> Option<usize> {
    let to = f.live[k].0.start;
    let prev = (k.saturating_sub(4)..k).rev().find(|&m| f.class(f.entity(m)) == Person)?;
    let from = f.live[prev].0.end;
    let closed = to >= from + 3 && f.doc.is_punct(to - 2, ',') && f.doc.lower(to - 1) == "and";
    let person = f.class(f.entity(k)) == Person;
    (closed && person && f.doc.is_punct(from, ',') && to - from <= 12).then_some(prev)
}

/// "sits on the Acme board", "joined the Zentrix Labs board": the
/// organisation named right before the board noun at `i`, after "the".
fn board_named_before(f: &Facts, i: usize) -> Option<usize> {
    let k = f.ending(i)?;
    let e = f.entity(k);
    let start = f.live[k].0.start;
    (f.class(e) == Org && f.doc.lower(start.checked_sub(1)?) == "the").then_some(e)
}

/// "chairs the boards of operating companies such as A and B": the first
/// name after a few plain words and "such as" / "including", else `at`.
fn past_kind_of_company(f: &Facts, at: usize) -> usize {
    let end = f.sentence_end(at);
    let plain = |j: usize| f.doc.is_lower_word(j);
    (at + 1..(at + 5).min(end))
        .find(|&j| {
            let such = f.doc.lower(j) == "such" && f.doc.lower(j + 1) == "as";
            (such || matches!(f.doc.lower(j), "including" | "like")) && (at..j).all(plain)
        })
        .map_or(at, |j| j + 1 + usize::from(f.doc.lower(j) == "such"))
}

/// "X, from the venture capital firm Y" / "X of Y" / "X at Y".
pub(super) fn from_org(f: &mut Facts, p: usize, end: usize) {
    let i = if f.doc.is_punct(end, ',') { end + 1 } else { end };
    let (rule, conf) = match f.doc.lower(i) {
        "from" => ("from-org", 0.7),
        "at" => ("at-org", 0.6),
        "of" if i == end => ("of-org", 0.5),
        // "X, of Acme, said": "of" and a company set off by commas.
        "of" => ("comma-of-org", 0.6),
        _ => return,
    };
    let closed = |k: usize| {
        let after = f.live[k].0.end;
        [',', ')', '.', ';'].iter().any(|&c| f.doc.is_punct(after, c)) || after >= f.sentence_end(end)
    };
    if let Some(k) = org_at(f, i + 1).filter(|&k| i == end || f.doc.lower(i) != "of" || closed(k)) {
        if rule == "at-org" && at_companys_gathering(f, f.live[k].0.end) {
            return;
        }
        let org = f.entity(k);
        f.emit(p, Predicate::WorksFor, org, None, Why::new(end, rule, conf));
    }
}

/// "at the Acme AGM", "at Acme headquarters", "at the Acme annual
/// meeting": a noun of a meeting, an event or a seat right after the
/// organisation (at token `after`, past one describing word) makes "at" a
/// place the person was, not their employer.
fn at_companys_gathering(f: &Facts, after: usize) -> bool {
    let gathering =
        |j: usize| f.word_is(j, Words::MeetingNoun) || f.word_is(j, Words::EventNoun) || f.word_is(j, Words::SeatNoun);
    gathering(after) || (f.doc.is_lower_word(after) && gathering(after + 1))
}

/// "a Harvard-trained economist", "Oxford-educated lawyer X": the
/// organisation of mention `k` joined by a hyphen to a participle of
/// schooling is where the person studied, not where they work.
fn schooled_at(f: &Facts, k: usize) -> bool {
    let end = f.live[k].0.end;
    f.doc.is_punct(end, '-') && f.doc.joined(end) && f.word_is(end + 1, Words::SchoolingWord)
}

/// "founded by A, B and C, all Kestrel University alumni", "A and B, both
/// former Acme engineers": a title an organisation's name owns, after
/// ", all" or ", both" closing a list of people, is every listed person's.
pub(super) fn shared_title(f: &mut Facts, s: usize) {
    let range = f.doc.sentences[s].clone();
    for i in range.start + 2..range.end {
        if !matches!(f.doc.lower(i), "all" | "both") || !f.doc.is_punct(i - 1, ',') {
            continue;
        }
        let mut j = i + 1;
        while f.word_is(j, Words::RoleModifier) {
            j += 1;
        }
        let Some(k) = f.starting(j).filter(|&k| f.class(f.entity(k)) == Org) else { continue };
        let org = f.entity(k);
        let Some(t) = read_titles(f.doc, f.res, f.live[k].0.end) else { continue };
        if t.roles.iter().any(|(_, tie)| *tie == Tie::Founder) || f.starting(t.end).is_some() {
            continue;
        }
        let mut people = Vec::new();
        let mut at = i - 1;
        while let Some(m) = f.ending(at).filter(|&m| f.class(f.entity(m)) == Person) {
            people.push(f.entity(m));
            let mut b = f.live[m].0.start;
            if f.doc.lower(b.wrapping_sub(1)) == "and" {
                b -= 1;
            }
            if f.doc.is_punct(b.wrapping_sub(1), ',') {
                b -= 1;
            }
            if b == f.live[m].0.start {
                break;
            }
            at = b;
        }
        if people.len() < 2 {
            continue;
        }
        let schooled = schooled_at(f, k);
        for p in people {
            if schooled {
                f.emit(p, Predicate::AffiliatedWith, org, None, Why::new(i, "shared-title", 0.7));
            } else {
                emit_roles(f, p, org, &t.roles, i, "shared-title", 0.7);
            }
        }
    }
}

/// "He holds a degree in physics from the University of Y and an MBA from
/// Z": a school that gave a person a degree. The person is the last one named
/// before the degree in the sentence, else the one "he" or "she" stands for.
pub(super) fn degree_from(f: &mut Facts, s: usize) {
    // Only a sentence with a noun of a degree is read.
    if !(f.held(s).has(Words::DegreeNoun)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for i in range.clone() {
        // "to a degree", "to some degree", "a degree of determination from Acme": no diploma.
        let measure = (i.saturating_sub(3)..i).any(|j| f.doc.lower(j) == "to")
            || f.doc.lower(i) == "degree" && f.doc.lower(i + 1) == "of";
        if !f.word_is(i, Words::DegreeNoun) || measure {
            continue;
        }
        let stop = (i + 8).min(range.end);
        let Some(from) = (i + 1..stop)
            .take_while(|&j| f.doc.tokens[j].kind == TokenKind::Word || f.doc.is_possessive(j))
            .find(|&j| matches!(f.doc.lower(j), "from" | "at"))
        else {
            continue;
        };
        let schools = org_list_at(f, from + 1);
        if schools.is_empty() {
            continue;
        }
        let named = f.within(range.start, i).iter().rev().find(|(_, e)| f.class(*e) == Person).map(|(_, e)| *e);
        let pronoun = (range.start..i).find(|&k| f.doc.lower(k) == "he" || f.doc.lower(k) == "she");
        let Some(p) = named.or_else(|| pronoun.and_then(|k| f.person_for_pronoun(k))) else { continue };
        for school in schools {
            f.emit(p, Predicate::AffiliatedWith, school, None, Why::new(i, "degree-from", 0.7));
        }
    }
}

/// "Acme's three founders, CEO A, COO B and CTO C", "The co-founders, A and
/// B, explain…", "the company's co-founders include A, who…, and B": every
/// person of the list a plural founder noun opens founded the organisation
/// that owns the noun (a possessive, "its", "the company's", or at the
/// sentence's opening the organisation the text speaks of), and holds the
/// title standing right before their name.
pub(super) fn founders_listed(f: &mut Facts, s: usize) {
    // Only a sentence where a title may start is read.
    if !(f.held(s).may_begin(&f.res.titles)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for j in range.clone() {
        let Some((len, Tie::Founder)) = f.doc.lookup(&f.res.titles, j).map(|(n, &t)| (n, t)) else { continue };
        if !FOUNDER_PLURALS.contains(&f.doc.lower(j + len - 1)) {
            continue;
        }
        let Some(org) = founders_owner(f, j, range.start) else { continue };
        let mut at = j + len;
        if f.doc.is_punct(at, ',') || matches!(f.doc.lower(at), "include" | "included" | "includes" | "are" | "were") {
            at += 1;
        }
        for (p, roles) in founders_after(f, at, range.end) {
            f.emit(p, Predicate::Founded, org, None, Why::new(j, "founders-listed", 0.75));
            let jobs: Vec<(String, Tie)> = roles.into_iter().filter(|(_, t)| *t != Tie::Founder).collect();
            emit_roles(f, p, org, &jobs, j, "founders-listed", 0.75);
        }
    }
}

/// The organisation whose founders the plural noun at token `j` names, past
/// a count ("three"): "Acme's", "the company's", "its", or "The" opening
/// the sentence (the one organisation the sentence before names).
fn founders_owner(f: &Facts, j: usize, sentence_start: usize) -> Option<usize> {
    let mut b = j;
    while b > sentence_start && (f.doc.is_number(b - 1) || COUNT_WORDS.contains(&f.doc.lower(b - 1))) {
        b -= 1;
    }
    if let Some(k) = owner_before(f, b).filter(|_| f.doc.is_possessive(b.wrapping_sub(1))) {
        return Some(f.entity(k));
    }
    if let Some(org) = the_company_s(f, b) {
        return Some(org);
    }
    let det = b.checked_sub(1).filter(|&d| d >= sentence_start)?;
    match f.doc.lower(det) {
        "its" => f.referent(det),
        "the" if det == f.opening(sentence_start) => sole_org_before(f, sentence_start),
        _ => None,
    }
}

/// The one organisation the sentence before the one starting at token
/// `start` names (none when it names none or several).
fn sole_org_before(f: &Facts, start: usize) -> Option<usize> {
    let s = f.doc.sentence_of.get(start)?.checked_sub(1)?;
    let prev = f.doc.sentences[s].clone();
    let mut orgs = f.within(prev.start, prev.end).iter().map(|(_, e)| *e).filter(|&e| f.class(e) == Org);
    let first = orgs.next()?;
    orgs.all(|e| e == first).then_some(first)
}

/// The people listed from token `at`, each with the titles right before
/// their name: "CEO A, COO B and CTO C", "A, who helped…, and B, one of…".
/// An aside after a name ("who…", "one of…") is passed over up to the next
/// ", and"; the list ends at anything else.
fn founders_after(f: &Facts, mut at: usize, sentence_end: usize) -> Vec<(usize, Vec<(String, Tie)>)> {
    let mut out = Vec::new();
    while at < sentence_end {
        let titled = read_titles(f.doc, f.res, at).filter(|t| f.starting(t.end).is_some());
        // "ex-Acme engineers A and B": a title at another company says
        // nothing of the founded one.
        let (roles, name_at) = titled.map_or_else(|| (Vec::new(), past_others_title(f, at)), |t| (t.roles, t.end));
        let Some(k) = f.starting(name_at).filter(|&k| f.class(f.entity(k)) == Person) else { break };
        out.push((f.entity(k), roles));
        let end = f.live[k].0.end;
        at = match (f.doc.lower(end), f.doc.lower(end + 1)) {
            ("and", _) => end + 1,
            (",", "and") => end + 2,
            (",", _) if f.starting(end + 1).is_some() || read_titles_start(f.doc, f.res, end + 1) => end + 1,
            (",", _) => match next_and(f, end + 1, sentence_end) {
                Some(a) => a,
                None => break,
            },
            _ => break,
        };
    }
    out
}

/// "ex-Acme engineers X", "former Acme analysts X": where the name after a
/// title owned by an organisation, starting at token `at`, starts (`at`
/// when no such title is there).
fn past_others_title(f: &Facts, at: usize) -> usize {
    let mut i = at;
    while f.word_is(i, Words::RoleModifier) || f.doc.is_punct(i, '-') && f.doc.joined(i) {
        i += 1;
    }
    match owned_titles(f, i) {
        Some((Some(_), t)) if f.starting(t.end).is_some() => t.end,
        _ => at,
    }
}

/// Past an aside starting at token `from` (with no person in it): the token
/// after its closing ", and".
fn next_and(f: &Facts, from: usize, sentence_end: usize) -> Option<usize> {
    let stop = sentence_end.min(from + 25);
    let and = (from..stop).find(|&j| f.doc.is_punct(j, ',') && f.doc.lower(j + 1) == "and")?;
    let person_between = f.within(from, and).iter().any(|(_, e)| f.class(*e) == Person);
    (!person_between).then_some(and + 2)
}
