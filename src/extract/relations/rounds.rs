//! The funding-round frame. A sentence that speaks of a round (a round,
//! funding, financing, a seed or Series round, investments, backers,
//! investors) lists the organisations and people who put money in at a few
//! places: after "from" ("a $3m seed round from Boston investors A and B, as
//! well as Oslo-based C"), after an investor noun ("investors A and B",
//! "existing investors, A, B & C, made follow-on investments", "the angel
//! investors who took part are A, founder of X, and B"), after "included"
//! ("a round that included A's cloud unit"). Every one listed invested in the
//! company whose round it is: the owner of the round noun ("Acme's seed
//! round"), the one the sentence says raised it, the sentence's subject
//! ("Acme is based in Oslo, with investments from A"), else the company the
//! article has been speaking of ("the company", "it").

use super::clause::{appositive_members, is_list_sep, members_after, Member};
use super::held::Said;
use super::titles::read_titles;
use super::{Facts, Why};
use crate::extract::mentions::after_honorific;
use crate::extract::model::{EntityClass, Predicate};
use crate::extract::resources::Words;
use crate::text::words::{AUXILIARIES, COPULAS, INCLUDE_WORDS, ROUND_FROM_NOUNS};
use EntityClass::{Organization as Org, Person, Place};

/// How far after an investor noun its verb may come ("the angel investors who
/// took part in Acme's seed round are…").
const VERB_REACH: usize = 14;

pub(super) fn round_frame(f: &mut Facts, s: usize) {
    // "The round was led by a pool of investors. These include A and B": a
    // list that goes on with the round the sentence before speaks of.
    let continued = continued_list(f, s);
    // Only a sentence with a noun of a round or of investors is read.
    let held = f.held(s);
    if !(held.has(Words::RoundNoun)
        || held.has(Words::InvestorNoun)
        || held.says(Said::RoundFrom)
        || continued.is_some())
    {
        return;
    }
    let range = f.doc.sentences[s].clone();
    // Without a round noun, only investors the sentence ties to a company
    // ("Acme's investors include…", "investors in Acme are…") are read.
    let round_talk = continued.is_some() || range.clone().any(|j| is_round_noun(f, j));
    if !round_talk && !range.clone().any(|j| f.word_is(j, Words::InvestorNoun)) {
        return;
    }
    if let Some(start) = continued {
        if let Some(company) = round_company(f, start, range.start, true) {
            for m in investor_list(f, start, range.end) {
                let investor = f.entity(m.head);
                if matches!(f.class(investor), Org | Person) {
                    f.emit(investor, Predicate::InvestedIn, company, None, Why::new(start, "round-frame", 0.6));
                }
            }
        }
    }
    for i in range.clone() {
        let listed = investors_at(f, i, range.end);
        if listed.is_empty() {
            continue;
        }
        let Some(company) = round_company(f, i + 1, range.start, round_talk) else { continue };
        for m in listed {
            let investor = f.entity(m.head);
            if matches!(f.class(investor), Org | Person) {
                f.emit(investor, Predicate::InvestedIn, company, None, Why::new(i, "round-frame", 0.6));
            }
        }
    }
}

/// "These include A and B", "They also included A": where the list starts in
/// sentence `s` when it opens with a pronoun of several and a word of
/// inclusion, and the sentence before speaks of a round.
fn continued_list(f: &Facts, s: usize) -> Option<usize> {
    let prev = f.doc.sentences.get(s.checked_sub(1)?)?.clone();
    let range = f.doc.sentences[s].clone();
    let open = f.opening(range.start);
    if !matches!(f.doc.lower(open), "these" | "those" | "they") {
        return None;
    }
    let v = open + 1 + usize::from(f.doc.lower(open + 1) == "also");
    if v >= range.end || !INCLUDE_WORDS.contains(&f.doc.lower(v)) || f.starting(v + 1).is_none() {
        return None;
    }
    prev.clone().any(|j| is_round_noun(f, j)).then_some(v + 1)
}

/// A noun of a round or of money put in ("seed", "financing", "investments",
/// "capital", "contributions"), not a word of a name ("Zentrix Capital").
fn is_round_noun(f: &Facts, j: usize) -> bool {
    let noun = f.word_is(j, Words::RoundNoun) || ROUND_FROM_NOUNS.contains(&f.doc.lower(j));
    noun && f.live.get(f.live.partition_point(|(r, _)| r.end <= j)).is_none_or(|(r, _)| r.start > j)
}

/// The investors listed at token `i`, when a list of them starts there.
fn investors_at(f: &Facts, i: usize, end: usize) -> Vec<Member> {
    let w = f.doc.lower(i);
    // "a seed round from A", "investments from A", "investors from the A and B groups".
    if w == "from" {
        let noun = (i.saturating_sub(4)..i).rev().find(|&j| is_round_noun(f, j) || f.word_is(j, Words::InvestorNoun));
        return match noun {
            Some(n) if f.within(n, i).is_empty() => investor_list(f, past_described_kind(f, i + 1, end), end),
            _ => Vec::new(),
        };
    }
    // "a funding round that included A", "a round including A".
    if INCLUDE_WORDS.contains(&w) {
        return if round_includes(f, i) { investor_list(f, i + 1, end) } else { Vec::new() };
    }
    if let Some(m) = standing_investor(f, i, end) {
        return vec![m];
    }
    if !(f.word_is(i, Words::InvestorNoun) || is_leads_noun(f, i)) || !w.ends_with('s') {
        return Vec::new();
    }
    // "investors A and B".
    if f.starting(i + 1).is_some() {
        return investor_list(f, i + 1, end);
    }
    // "existing investors, A, B & C, made…".
    let set_off = appositive_members(f, i, i + 1, end);
    if !set_off.is_empty() {
        return investor_list(f, f.live[set_off[0].head].0.start, end);
    }
    // "existing investors, A, B, C & D Partners, made…": a list of several
    // names right after the comma, though a name the extractor missed leaves it unclosed.
    if f.doc.is_punct(i + 1, ',') && f.starting(i + 2).is_some() {
        let listed = investor_list(f, i + 2, end);
        if listed.len() >= 2 {
            return listed;
        }
    }
    // "investors include A", "the investors who took part in it are A and B".
    let verb = (i + 1..(i + VERB_REACH).min(end))
        .take_while(|&j| !f.doc.is_punct(j, ',') && !f.doc.is_punct(j, ';'))
        .find(|&j| {
            INCLUDE_WORDS.contains(&f.doc.lower(j)) || COPULAS.contains(&f.doc.lower(j)) || f.doc.lower(j) == "are"
        });
    match verb {
        Some(v) => investor_list(f, v + 1, end),
        None => Vec::new(),
    }
}

/// The word of inclusion at token `i` has a round noun for its subject: "a
/// round that included", "a round including", and past the words a
/// relative clause puts between them: a speaker ("a round that Acme says
/// also includes"), a lead joined by "and" ("a round which was led by B and
/// included") or set off by commas ("the round, which was led by B, included").
fn round_includes(f: &Facts, i: usize) -> bool {
    let start = f.doc.sentences[f.doc.sentence_of[i]].start;
    let mut j = i;
    if j > start && f.doc.lower(j - 1) == "also" {
        j -= 1;
    }
    // "that Acme says also includes", "which it said included": the speaker and the verb of speech.
    if j >= start + 2 && f.doc.lookup(&f.res.speech_verbs, j - 1).is_some_and(|(len, _)| len == 1) {
        if f.doc.lower(j - 2) == "it" {
            j -= 2;
        } else if let Some(k) = f.ending(j - 1) {
            j = f.live[k].0.start;
        }
    }
    if j <= start {
        return false;
    }
    let relative = |r: usize| r > start && matches!(f.doc.lower(r), "that" | "which");
    if relative(j - 1) {
        j -= 1;
    } else if j > start + 1 && f.doc.lower(j - 1) == "and" {
        // "which was led by B and included", "which was led by B and C, and includes".
        let tail = j - 1 - usize::from(f.doc.is_punct(j - 2, ','));
        let Some(k) = f.ending(tail) else { return false };
        let by = (start + 1..f.live[k].0.start).rev().take(12).find(|&b| f.doc.lower(b) == "by");
        let Some(by) = by.filter(|&b| matches!(f.doc.lower(b - 1), "led" | "co-led")) else { return false };
        if (by..tail).any(|t| [';', ':', '(', ')'].iter().any(|&c| f.doc.is_punct(t, c))) {
            return false;
        }
        j = by - 1;
        while j > start && (AUXILIARIES.contains(&f.doc.lower(j - 1)) || COPULAS.contains(&f.doc.lower(j - 1))) {
            j -= 1;
        }
        if !relative(j - 1) {
            return false;
        }
        j -= 1;
    } else if j > start + 1 && f.doc.is_punct(j - 1, ',') {
        // "the round, which was led by B, included": a relative clause set off by commas.
        let open = (start.max(j.saturating_sub(16))..j - 1).rev().find(|&c| f.doc.is_punct(c, ','));
        let Some(c) = open.filter(|&c| relative(c + 1)) else { return false };
        j = c + 1;
    }
    // ", which": the clause's opening comma.
    if relative(j) && f.doc.is_punct(j - 1, ',') {
        j -= 1;
    }
    // "a seed round for fintech startup Ulmo, which was led by B and included": the
    // clause follows the company the round is for.
    if let Some(k) = f.ending(j).filter(|_| j > start && f.doc.is_punct(j, ',')) {
        let named = f.live[k].0.start;
        let words = (start.max(named.saturating_sub(5))..named).rev().find(|&w| f.doc.lower(w) == "for");
        if let Some(w) =
            words.filter(|&w| w > start && (w + 1..named).all(|d| f.doc.is_lower_word(d) || f.doc.is_plain_acronym(d)))
        {
            j = w;
        }
    }
    j > start && is_round_noun(f, j - 1)
}

/// "backing from venture funds, including A", "participation from local
/// banks such as A": where the list of investors after "from" (at `start`)
/// starts when a few words of their kind come first, with no name; else `start`.
fn past_described_kind(f: &Facts, start: usize, end: usize) -> usize {
    for j in start..(start + 7).min(end) {
        // "from Indian banks, including A": a demonym may describe the kind.
        if f.starting(j).is_some_and(|k| f.class(f.entity(k)) != Place) {
            return start;
        }
        let w = f.doc.lower(j);
        if INCLUDE_WORDS.contains(&w) {
            return j + 1;
        }
        if w == "such" && f.doc.lower(j + 1) == "as" {
            return j + 2;
        }
        // "funds, including": a comma only right before the word of inclusion.
        let before_list = INCLUDE_WORDS.contains(&f.doc.lower(j + 1)) || f.doc.lower(j + 1) == "such";
        if f.doc.is_punct(j, ',') && before_list {
            continue;
        }
        if [',', ';', ':', '.', '(', ')'].iter().any(|&c| f.doc.is_punct(j, c)) {
            return start;
        }
    }
    start
}

/// "with existing backer A", "together with lead investor A": the one name
/// right after a singular investor noun at token `i` that a word of an
/// investor's standing in a round comes before.
fn standing_investor(f: &Facts, i: usize, end: usize) -> Option<Member> {
    let singular = f.word_is(i, Words::InvestorNoun) && !f.doc.lower(i).ends_with('s');
    if !singular || i == 0 || !f.word_is(i - 1, Words::InvestorStanding) {
        return None;
    }
    f.starting(i + 1)?;
    members_after(f, i + 1, end).first().copied()
}

/// "A (managed by B), C and D": where the words after a listed name ending
/// at `tail` go on past an aside in brackets that closes within a few words
/// (its names are no investors of the list); else `tail`.
fn past_bracketed_aside(f: &Facts, tail: usize, end: usize) -> usize {
    if !f.doc.is_punct(tail, '(') {
        return tail;
    }
    (tail + 1..(tail + 8).min(end)).find(|&j| f.doc.is_punct(j, ')')).map_or(tail, |close| close + 1)
}

/// "the two leads on the round were A and B", "its leads": "leads" used
/// as a noun (after a determiner or a number), not as a verb ("Acme leads
/// the round").
fn is_leads_noun(f: &Facts, i: usize) -> bool {
    f.doc.lower(i) == "leads"
        && i > 0
        && (matches!(f.doc.lower(i - 1), "the" | "its" | "their" | "two" | "three" | "four") || f.doc.is_number(i - 1))
}

/// The list of investors starting at token `start`: the members of a list,
/// going on past a person's title ("A, founder of X, and B") and a possessed
/// fund after a comma ("A, X's Growth Fund and B").
fn investor_list(f: &Facts, start: usize, end: usize) -> Vec<Member> {
    let mut out: Vec<Member> = Vec::new();
    let mut at = start;
    loop {
        let part = members_after(f, at, end);
        let Some(last) = part.last().copied() else { return out };
        out.extend(part);
        let mut tail = f.live[last.head].0.end;
        if f.class(f.entity(last.head)) == Person {
            tail = past_person_title(f, tail);
        }
        tail = past_bracketed_aside(f, tail, end);
        let next = f.live.partition_point(|(r, _)| r.start < tail);
        let Some((r, _)) = f.live.get(next).filter(|(r, _)| r.start < end) else { return out };
        // "…, and Mr B": an honorific before the next name is no separator.
        let opens = (tail..r.start).find(|&j| after_honorific(f.doc, f.res, j) == Some(r.start)).unwrap_or(r.start);
        if !is_list_sep(f.doc, tail, opens) && !is_comma_as_well_as(f, tail, opens) {
            return out;
        }
        at = r.start;
    }
}

/// ", as well as" between `from..to`.
fn is_comma_as_well_as(f: &Facts, from: usize, to: usize) -> bool {
    to == from + 4 && f.doc.is_punct(from, ',') && is_list_sep(f.doc, from + 1, to)
}

/// Where the words after a person's name ending at `end` go on past a title
/// of another organisation set off by commas (", founder and CEO of Zentrix"):
/// the end of that organisation's name; else `end`.
fn past_person_title(f: &Facts, end: usize) -> usize {
    if !f.doc.is_punct(end, ',') {
        return end;
    }
    let Some(t) = read_titles(f.doc, f.res, end + 1) else { return end };
    if !matches!(f.doc.lower(t.end), "of" | "at") {
        return end;
    }
    f.starting(t.end + 1).map_or(end, |k| f.live[k].0.end)
}

/// The company whose round the words before token `i` speak of; when the
/// sentence speaks of no round (`round_talk` false), only one named as the
/// owner of the investors.
fn round_company(f: &Facts, i: usize, sentence_start: usize, round_talk: bool) -> Option<usize> {
    let owner = f.round_owner(i).or_else(|| round_for(f, i, sentence_start));
    if !round_talk {
        return owner;
    }
    owner
        .or_else(|| f.funded_here(i))
        .or_else(|| round_in(f, i, sentence_start))
        .or_else(|| lone_subject(f, i, sentence_start))
        .or_else(|| called_subject(f, i, sentence_start))
        .or_else(|| f.funded(i))
}

/// "investors in Acme include…", "backers of Acme are…": the organisation
/// named right after "in", "of" or "for" after the last investor noun before
/// token `i`.
fn round_for(f: &Facts, i: usize, sentence_start: usize) -> Option<usize> {
    let noun = (sentence_start..i).rev().find(|&j| f.word_is(j, Words::InvestorNoun))?;
    if !matches!(f.doc.lower(noun + 1), "in" | "of" | "for") {
        return None;
    }
    let e = f.entity(f.starting(noun + 2)?);
    (f.class(e) == Org).then_some(e)
}

/// "Brindle led a $1 billion funding round in Acme with existing backer…":
/// the organisation named right after "in" behind the last round noun before
/// token `i` (the leader before it is an investor, not the company).
fn round_in(f: &Facts, i: usize, sentence_start: usize) -> Option<usize> {
    let noun = (sentence_start..i).rev().find(|&j| is_round_noun(f, j))?;
    if f.doc.lower(noun + 1) != "in" {
        return None;
    }
    let e = f.entity(f.starting(noun + 2).filter(|&m| f.live[m].0.end <= i)?);
    (f.class(e) == Org).then_some(e)
}

/// "Acme is headquartered in Oslo, with investments from…": the only
/// organisation before token `i` in the sentence that no preposition or
/// possessive ties to another word (the subject), and no verb of reporting
/// follows (an outlet).
fn lone_subject(f: &Facts, i: usize, sentence_start: usize) -> Option<usize> {
    // "TechDaily reports that this came after a round from…": the outlet is no subject.
    let free = |(r, e): &&(std::ops::Range<usize>, usize)| {
        let governed = r.start > sentence_start && is_preposition(f.doc.lower(r.start - 1));
        let reporting = f.word_is(r.end, Words::ReportingVerb);
        f.class(*e) == Org && !governed && !f.doc.is_possessive(r.end) && !reporting
    };
    let orgs: Vec<usize> = f.within(sentence_start, i).iter().filter(free).map(|(_, e)| *e).collect();
    match orgs.as_slice() {
        [e] => Some(*e),
        _ => None,
    }
}

/// "Today the startup emerged with a seed round from…", "it closed a round
/// with backing from…": what the first "it" or "the company" before token
/// `i` that no preposition governs stands for; when the usual reading finds
/// nothing, the only organisation the sentence before names.
fn called_subject(f: &Facts, i: usize, sentence_start: usize) -> Option<usize> {
    let open = f.opening(sentence_start);
    let j = (open..i).find(|&j| {
        let free = j == open || !is_preposition(f.doc.lower(j - 1));
        let called =
            f.doc.lower(j) == "it" || f.doc.lower(j) == "the" && f.doc.lookup(&f.res.org_nouns, j + 1).is_some();
        free && called
    })?;
    f.company_called_at(j).or_else(|| sole_org_before(f, sentence_start))
}

/// The only organisation the sentence before the one starting at token
/// `sentence_start` names.
fn sole_org_before(f: &Facts, sentence_start: usize) -> Option<usize> {
    let s = *f.doc.sentence_of.get(sentence_start)?;
    let prev = f.doc.sentences.get(s.checked_sub(1)?)?;
    let mut orgs = f.within(prev.start, prev.end).iter().map(|(_, e)| *e).filter(|&e| f.class(e) == Org);
    let first = orgs.next()?;
    orgs.all(|e| e == first).then_some(first)
}

/// Words before a name that tie it to another word than the verb ("in",
/// "from", "as well as").
fn is_preposition(w: &str) -> bool {
    matches!(w, "as" | "at" | "from" | "of" | "by" | "with" | "in" | "for" | "to" | "into" | "on" | "like" | "than")
}
