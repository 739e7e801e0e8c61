//! Clause and list helpers the relation rules share: the names listed before
//! and after a cue, separators of lists, dashes, parentheses, quotes and time
//! phrases between the two ends of a relation.

use super::titles::read_titles;
use super::Facts;
use crate::extract::doc::Doc;
use crate::extract::model::EntityClass;
use crate::extract::resources::Words;
use crate::text::words::{ARTICLES, AUXILIARIES, COPULAS, MONTHS, PHRASE_OPENERS, WEEKDAYS};
use crate::text::TokenKind;
use EntityClass::{Organization as Org, Person, Place};

/// One member of a list: a name, possibly with its possessor ("OpenAI's GPT-4o").
#[derive(Clone, Copy)]
pub(super) struct Member {
    pub(super) head: usize,
    pub(super) owner: Option<usize>,
}

/// A name before a cue.
#[derive(Clone, Copy)]
pub(super) struct Left {
    pub(super) member: Member,
    pub(super) confidence: f32,
    /// Listed with the name after it ("Meta, Google and Microsoft").
    pub(super) listed: bool,
    /// One of a list that an apposition closes ("A and B, two of X's
    /// customers, are…"): the apposition may tie them to a third name.
    pub(super) appositive: bool,
}

/// How many names before a cue are read when they are not one list, and how
/// many when they are ("A, B, C, … and L participated in the round").
const NEAR_MEMBERS: usize = 6;
const LISTED_MEMBERS: usize = 24;

/// Names before a cue at `i`, nearest first, with a confidence that falls
/// with distance. Past a few names, or far from the cue, only members of the
/// list the nearest names belong to are read.
pub(super) fn members_before(f: &Facts, i: usize, sentence_start: usize) -> Vec<Left> {
    let mut out: Vec<Left> = Vec::new();
    let mut k = f.live.partition_point(|(r, _)| r.end <= i);
    let mut next_start = i;
    // A member joined by "and the" ("A, the B (BB), and the C"): the list may
    // go on with ", the" before it.
    let mut article_list = false;
    while k > 0 && out.len() < LISTED_MEMBERS {
        k -= 1;
        let r = f.live[k].0.clone();
        // "Acme Robotics (AR) and Brindle (BR) signed…": a short name in brackets
        // right after a name is that name's; the list is read past the bracket.
        // "A and B (a unit of C) also took part": a name in an aside is no member.
        if k > 0 && (bracketed_after_name(f, k) || in_aside_after_name(f, k)) {
            continue;
        }
        // "Acme and US technology firm Brindle signed…": a place describing the
        // name after it is no member; the list goes on before it.
        // "Zentrix, the Kenyan subsidiary of Acme": a demonym describing the part noun opening
        // the cue is no member; the part is the name before it.
        let part_noun = f.word_is(i, Words::UnitNoun) || f.word_is(i, Words::OwnedPart);
        if out.is_empty() && r.end == i && part_noun && f.is_demonym(k) {
            next_start = r.start;
            continue;
        }
        if !out.is_empty() && f.class(f.entity(k)) == Place && describes_next(f, r.end, next_start) {
            next_start = r.start;
            continue;
        }
        // A bracket after the name closes before the next name (or the cue).
        let end = Some(past_bracket(f.doc, r.end)).filter(|&e| e <= next_start).unwrap_or(r.end);
        let far = out.len() >= NEAR_MEMBERS || i - end > 14;
        let tail = if end > r.end { end } else { past_form_tail(f, r.end) };
        let the_gap = article_gap(f.doc, tail, next_start, article_list);
        article_list |= the_gap && next_start >= 2 && f.doc.lower(next_start - 2) == "and";
        // "Acme and chip designer Brindle": describing words before the next name.
        let listed = is_list_sep(f.doc, tail, next_start)
            || the_gap
            || out.first().is_some_and(|l| l.confidence > 0.6)
                && (tail + 1..next_start).any(|j| is_list_sep(f.doc, tail, j) && describes_next(f, j, next_start));
        let chained = out.first().is_some_and(|l| l.confidence > 0.6) && listed && out.iter().skip(1).all(|l| l.listed);
        if r.start < sentence_start || far && !chained || crosses_quote(f.doc, r.end, i) {
            break;
        }
        // "Acme Corp. (Nasdaq: ACME) is buying…": an exchange in a ticker is no subject.
        if r.start >= 1 && f.doc.is_punct(r.start - 1, '(') && f.doc.is_punct(r.end, ':') {
            continue;
        }
        if holders_of(f, r.start) || person_of(f, r.start) {
            continue;
        }
        // "Nvidia-backed AI firm teams up with X": the name describes an unnamed subject.
        let org = f.class(f.entity(k)) == EntityClass::Organization;
        if org && r.end + 2 < i && is_hyphen_modifier(f, r.end) && modified_name(f, k).is_none() {
            break;
        }
        let confidence = if i - end <= 4 { 0.7 } else { 0.55 };
        let owner = (r.start >= 2 && f.doc.is_possessive(r.start - 1)).then(|| f.ending(r.start - 1)).flatten();
        out.push(Left { member: Member { head: k, owner }, confidence, listed, appositive: false });
        if let Some(o) = owner {
            k = o;
        }
        next_start = f.live[k].0.start;
    }
    let single = appositive_subject(f, i, sentence_start).map(|k| k..=k);
    match single.clone().or_else(|| appositive_list(f, i, sentence_start)) {
        Some(subjects) => subjects
            .rev()
            .enumerate()
            .map(|(n, k)| {
                let member = Member { head: k, owner: None };
                Left { member, confidence: 0.7, listed: n > 0, appositive: single.is_none() }
            })
            .collect(),
        None => out,
    }
}

/// The name `k` stands alone in brackets right after another name: "Acme
/// Robotics (AR)", "the Lyon Institute of Optics (Lyon Institute)".
fn bracketed_after_name(f: &Facts, k: usize) -> bool {
    let r = &f.live[k].0;
    r.start >= 1 && f.doc.is_punct(r.start - 1, '(') && f.doc.is_punct(r.end, ')') && f.live[k - 1].0.end + 1 == r.start
}

/// The name `k` stands inside brackets opened right after another name and
/// closed after it: "Brindle (a unit of Acme)", "Brindle (once part of Acme,
/// now no longer)".
fn in_aside_after_name(f: &Facts, k: usize) -> bool {
    let r = &f.live[k].0;
    let open = (r.start.saturating_sub(8)..r.start)
        .rev()
        .take_while(|&j| !f.doc.is_punct(j, ')'))
        .find(|&j| f.doc.is_punct(j, '('));
    let closed =
        (r.end..(r.end + 8).min(f.doc.len())).take_while(|&j| !f.doc.is_punct(j, '(')).any(|j| f.doc.is_punct(j, ')'));
    open.is_some_and(|o| o >= 1 && f.ending(o).is_some()) && closed
}

/// "A, B and the C", "A, the B (BB), and the C": a list's separator, then
/// "the", from token `from` to a name at `to`. ", the" (an apposition's way
/// too) only once the list has shown "and the" after it.
fn article_gap(doc: &Doc, from: usize, to: usize, article_list: bool) -> bool {
    to >= from + 2
        && doc.lower(to - 1) == "the"
        && is_list_sep(doc, from, to - 1)
        && (article_list || doc.lower(to - 2) == "and")
}

/// Between token `from` and a name at `start` stand only describing words
/// ending in an organisation noun ("technology firm", "commodity giant").
fn describes_next(f: &Facts, from: usize, start: usize) -> bool {
    start > from && start - from <= 4 && names_right_after(f, from, start, false)
}

/// "Investors in Brindle will swap their shares for stakes in…",
/// "shareholders of Brindle": a name starting at `start` right after "in" or
/// "of" and a noun of investors names whose holders they are; the holders,
/// not the company, are the subject of what follows.
fn holders_of(f: &Facts, start: usize) -> bool {
    start >= 2 && matches!(f.doc.lower(start - 1), "in" | "of") && f.word_is(start - 2, Words::InvestorNoun)
}

/// "Jaime Ortiz of Brindle Capital invested $3 million in…": a name starting
/// at `start` right after a person and "of" says whom the person is with;
/// the person, not the organisation, is the subject.
fn person_of(f: &Facts, start: usize) -> bool {
    start >= 2 && f.doc.lower(start - 1) == "of" && f.ending(start - 1).is_some_and(|p| f.class(f.entity(p)) == Person)
}

/// "Google, a subsidiary of Alphabet Inc., is headquartered in…": when a
/// comma closes the words before a cue at `i`, the name that opens the
/// sentence and is followed by a comma is the subject.
/// So does a comma a few lower-case words before ("Zentrix, a unit of Acme, a
/// Lyon group, has formed a commercial partnership with…"), and a bracket may
/// follow the opening name ("Zentrix (www.zentrix.com), a unit of…").
pub(super) fn appositive_subject(f: &Facts, i: usize, sentence_start: usize) -> Option<usize> {
    let k = opening_before_appositive(f, i, sentence_start)?;
    let end = past_bracket(f.doc, f.live[k].0.end);
    (f.doc.is_punct(end, ',') && end + 1 < i).then_some(k)
}

/// "Aster Fund and Norvik Bank, the Danish lender, also took part": when a
/// comma closes the words before a cue at `i`, the list of names (joined by
/// "and") that opens the sentence, its last followed by a comma, is the
/// subject; the mentions of its members.
fn appositive_list(f: &Facts, i: usize, sentence_start: usize) -> Option<std::ops::RangeInclusive<usize>> {
    let first = opening_before_appositive(f, i, sentence_start)?;
    let mut last = first;
    let mut joined = false;
    while let Some((r, _)) = f.live.get(last + 1).filter(|(r, _)| r.end < i) {
        let end = f.live[last].0.end;
        if !is_list_sep(f.doc, end, r.start) {
            break;
        }
        joined |= (end..r.start).any(|j| f.doc.lower(j) == "and");
        last += 1;
        let end = f.live[last].0.end;
        if joined && f.doc.is_punct(end, ',') && end + 1 < i {
            return Some(first..=last);
        }
    }
    None
}

/// The first mention of a sentence that opens with it, when a comma closes
/// the words before a cue at `i` (the end of an apposition).
fn opening_before_appositive(f: &Facts, i: usize, sentence_start: usize) -> Option<usize> {
    // "…, finalised a 49.5 per cent stake in", "…, paid $5bn for": a measure is as plain as a word.
    let lower_word = |j: usize| match f.doc.tokens[j].kind {
        TokenKind::Word => !f.doc.is_capitalized(j),
        TokenKind::Number => true,
        TokenKind::Punct => f.doc.is_punct(j, '%') || f.doc.is_punct(j, '$') || f.doc.is_decimal_fraction(j + 1),
    };
    let comma = (i.saturating_sub(3).max(sentence_start)..i).rev().find(|&j| f.doc.is_punct(j, ',')).or_else(|| {
        let c = (i.saturating_sub(10).max(sentence_start)..i).rev().find(|&j| !lower_word(j))?;
        // "…, has formed", "…, signed", "…, last week announced": the words after the
        // comma (past a time phrase) are the verb's, not a subject's.
        let v = past_time_phrase(f.doc, c + 1);
        let verb = AUXILIARIES.contains(&f.doc.lower(v)) || f.doc.lower(v).ends_with("ed");
        (f.doc.is_punct(c, ',') && verb).then_some(c)
    })?;
    // "…to buy Zentrix, which is based in…": a relative clause describes the name before its comma.
    // "Zentrix, the Kenyan unit of Acme": a demonym describing the part is no name.
    let first_within = f.live.partition_point(|(r, _)| r.start < comma);
    let named_within = (first_within..first_within + f.within(comma, i).len()).any(|k| !f.is_demonym(k));
    if named_within || f.relative_head(comma + 1).is_some() {
        return None;
    }
    let k = f.live.partition_point(|(r, _)| r.start < sentence_start);
    f.live.get(k).filter(|(r, _)| r.start <= sentence_start + 1)?;
    // "Acme, which competes with Zentrix, the unit of Brindle": the apposition describes the
    // name of the relative clause, not the one opening the sentence.
    let end = past_bracket(f.doc, f.live[k].0.end);
    let apposition = ARTICLES.contains(&f.doc.lower(comma + 1));
    if apposition && f.doc.is_punct(end, ',') && end + 1 < comma && f.relative_head(end + 1).is_some() {
        return None;
    }
    Some(k)
}

/// Where the words after token `j` go on when a bracket of at most a dozen
/// tokens opens there ("Zentrix (www.zentrix.com), a…"); else `j`.
pub(super) fn past_bracket(doc: &Doc, j: usize) -> usize {
    if !doc.is_punct(j, '(') {
        return j;
    }
    (j + 1..(j + 12).min(doc.len())).find(|&c| doc.is_punct(c, ')')).map_or(j, |c| c + 1)
}

/// The list of names after a cue ending at `i`: "OpenAI's GPT-4o and Google's Gemini".
pub(super) fn members_after(f: &Facts, i: usize, sentence_end: usize) -> Vec<Member> {
    let mut out = Vec::new();
    let i = past_time_phrase(f.doc, i);
    // "an additional 49.76% of Zentrix": a decimal number counts as one word.
    let reach = i + 7 + 2 * (i..i + 7).filter(|&j| f.doc.is_decimal_fraction(j)).count();
    let Some(mut k) = (i..reach.min(sentence_end)).find_map(|j| f.starting(j)) else { return out };
    let start = f.live[k].0.start;
    let named = start >= 1 && (f.doc.lower(start - 1) == "as" && start >= 2 || f.word_is(start - 1, Words::NamingVerb));
    if !no_stop_between(f.doc, i, start) || (!named && (i..start).any(|j| f.doc.is_punct(j, ','))) {
        return out;
    }
    loop {
        if let Some(p) = titled_person(f, k) {
            k = p;
        }
        if let Some(n) = modified_name(f, k).or_else(|| described_by_place(f, k)) {
            k = n;
        } else if bare_based(f, k) {
            return out;
        }
        let end = f.live[k].0.end;
        let member = if f.doc.is_possessive(end) {
            let direct = f.starting(end + 1).filter(|&h| !f.is_demonym(h));
            match direct.or_else(|| described_after_possessive(f, end)) {
                Some(h) => Member { head: h, owner: Some(k) },
                None => Member { head: k, owner: None },
            }
        } else {
            Member { head: k, owner: None }
        };
        out.push(member);
        let mut head = member.head;
        let mut last = f.live[head].0.end;
        // "TSMC in Taiwan and Samsung in South Korea", "A from Uganda and B from
        // Ghana": the place goes with its member.
        if matches!(f.doc.lower(last), "in" | "from")
            && f.live.get(head + 1).is_some_and(|(r, e)| r.start == last + 1 && f.class(*e) == Place)
        {
            head += 1;
            last = f.live[head].0.end;
        }
        // "Brindle (Germany), Zentrix (France) and Helixor": so does a place in brackets.
        if let Some(close) = bracketed_place_after(f, head) {
            head += 1;
            last = close + 1;
        } else if let Some(close) =
            bracketed_short_form(f, head).or_else(|| bracketed_ticker(f.doc, f.live[head].0.end))
        {
            // "Amazon Web Services (AWS) and Microsoft", "Zentrix (ASX: ZTX) and
            // Brindle": the short form or the stock ticker in brackets.
            head = f.live.partition_point(|(r, _)| r.start < close) - 1;
            last = close + 1;
        }
        // "Mercedes MBGn.DE and TotalEnergies TTEF.PA": an exchange code after a member.
        if let Some(code_end) = exchange_code(f.doc, last) {
            last = code_end;
        }
        last = past_form_tail(f, last);
        // "In-Q-Tel, the venture arm of the Norvik Group, as well as Tessaly
        // Ventures": the list goes on past an apposition describing the member.
        if let Some((h, sep)) = appositive_aside(f, head, last, sentence_end) {
            head = h;
            last = sep;
        }
        let demonym = |n: usize| n < f.live.len() && f.is_demonym(n);
        let next = head + 1 + usize::from(demonym(head + 1));
        // "…, Italy's Exor Ventures and Belgian firm Sofina": a place possessor
        // or a demonym and an organisation noun open the next member.
        let opener = if demonym(head + 1) { f.live[head + 1].0.clone() } else { 0..0 };
        let sep_end = match f.live.get(next) {
            Some((r, _)) if !opener.is_empty() => {
                // "and Chinese internet giant Tencent": describing words may come before the noun.
                let noun = (opener.end..r.start).any(|n| {
                    f.doc.lookup(&f.res.org_nouns, n).is_some_and(|(len, _)| n + len == r.start)
                        && is_modifier_gap(f.doc, opener.end, n)
                });
                if noun {
                    opener.start
                } else {
                    r.start
                }
            }
            Some((r, _)) => member_opening(f, last, r.start),
            None => 0,
        };
        let place_owner = |n: usize| f.live.get(n).is_some_and(|(_, e)| f.class(*e) == Place);
        // "partners such as Acme in July 2017 and rival Brindle in March 2018": a list
        // of members each dated goes on past the time phrase and a rival noun.
        if let Some((r, _)) = f.live.get(next).filter(|(r, _)| r.start < sentence_end) {
            let dated = past_time_phrase(f.doc, last);
            if dated > last && past_time_phrase(f.doc, r.end) > r.end && is_dated_list_sep(f, dated, r.start) {
                k = next;
                continue;
            }
        }
        match f.live.get(next) {
            Some((r, _))
                if r.start < sentence_end
                    && is_list_sep(f.doc, last, sep_end)
                    && !(f.doc.is_punct(last, ',') && f.doc.is_possessive(r.end) && !place_owner(next))
                    && !owns_common_noun(f, next)
                    && !reporter_set_off(f, last, next) =>
            {
                k = next
            }
            _ => return out,
        }
    }
}

/// "A, the venture arm of B, as well as C", "A, a unit of B, and C": when a
/// comma at `last` after list member `head` opens an apposition (an article,
/// then at most a dozen words with no stop, no clause and no quote) that a
/// comma closes right before "and", "or" or "as well as" and a name, the last
/// mention inside the apposition (or `head`) and where the separator starts
/// (the closing comma, or "as" of ", as well as").
fn appositive_aside(f: &Facts, head: usize, last: usize, sentence_end: usize) -> Option<(usize, usize)> {
    if !f.doc.is_punct(last, ',') || !ARTICLES.contains(&f.doc.lower(last + 1)) || f.doc.is_capitalized(last + 1) {
        return None;
    }
    let close = (last + 2..(last + 14).min(sentence_end)).find(|&c| f.doc.is_punct(c, ','))?;
    let clause = (last + 2..close).any(|j| matches!(f.doc.lower(j), "who" | "which" | "that" | "whose"));
    if clause || !no_stop_between(f.doc, last + 1, close) || crosses_quote(f.doc, last + 1, close) {
        return None;
    }
    let sep = if f.doc.lower(close + 1) == "as" { close + 1 } else { close };
    let joined = matches!(f.doc.lower(sep + 1), "and" | "or") || f.doc.lower(sep) == "as";
    let inside = f.live.partition_point(|(r, _)| r.start < close);
    // The name after the separator must follow within a few describing words.
    let next = f.live.get(inside).filter(|(r, _)| r.start < sentence_end && r.start <= sep + 6)?;
    (joined && next.0.start > sep).then_some((inside - 1).max(head)).map(|h| (h, sep))
}

/// "Walmart's Brazilian retailer Zentrix", "Brindle's third biggest food
/// retailer Zentrix": the name a possessive at `poss` describes with a few
/// describing words (a demonym among them) ending in a noun of an
/// organisation right before it; the name, not the possessor, is what a cue
/// before the possessor speaks of ("agreed to buy Brindle's German unit Zentrix").
fn described_after_possessive(f: &Facts, poss: usize) -> Option<usize> {
    (poss + 2..poss + 9).find_map(|j| {
        let k = f.starting(j)?;
        let noun = (j.saturating_sub(3).max(poss + 1)..j)
            .find(|&n| f.doc.lookup(&f.res.org_nouns, n).is_some_and(|(len, _)| n + len == j))?;
        is_wide_modifier_gap(f, poss + 1, noun).then_some(k)
    })
}

/// "Acme teamed up with Brindle, Reuters reported", "…with Brindle, the Tessbury
/// Herald said": mention `next`, set off from the list ending at `last` by a
/// bare comma (and "the"), is followed by a verb of reporting or speech; it
/// names who tells of the fact, not one more member.
pub(super) fn reporter_set_off(f: &Facts, last: usize, next: usize) -> bool {
    let (r, _) = &f.live[next];
    let article = usize::from(f.doc.lower(r.start.wrapping_sub(1)) == "the");
    let comma = f.doc.is_punct(last, ',') && last + 1 + article == r.start;
    comma && (f.word_is(r.end, Words::ReportingVerb) || f.doc.lookup(&f.res.speech_verbs, r.end).is_some())
}

/// "…, the Bank of Orrin", "and private equity group Dorset Capital", "as
/// well as the fashion retailer Quillo", "Acme, the Zentrix Group and
/// Brindle": where a list member whose name
/// starts at `start` opens, past "the" and (after "and", "or", "as well as",
/// never a bare comma: "Brindle, the chip unit Acme bought") a few describing
/// words ending in an organisation or a product noun ("as well as the atrophy
/// treatment Spinor"), never before `floor` (the previous
/// member's end). "Brindle, the Zentrix unit": a name a noun follows is
/// described, and so is one a lower-case word follows after a bare comma
/// ("Acme, the Zentrix chip unit").
fn member_opening(f: &Facts, floor: usize, start: usize) -> usize {
    let joined = (floor..start).any(|j| matches!(f.doc.lower(j), "and" | "or" | "&" | "well"));
    // "…as well as the atrophy treatment Spinor": a product's noun opens a member as well.
    let org_noun = |j: usize| f.doc.lookup(&f.res.org_nouns, j).is_some_and(|(len, _)| j + len == start);
    let thing_noun = |j: usize| f.doc.lookup(&f.res.thing_nouns, j).is_some_and(|(len, _)| j + len == start);
    let noun = (start.saturating_sub(3).max(floor)..start).find(|&j| joined && (org_noun(j) || thing_noun(j)));
    let described = noun.map_or(start, |n| {
        (n.saturating_sub(3).max(floor)..=n)
            .find(|&j| is_modifier_gap(f.doc, j, n) && (j..n).all(|d| !ARTICLES.contains(&f.doc.lower(d))))
            .unwrap_or(n)
    });
    let noun_after = f.starting(start).is_some_and(|k| {
        let end = f.live[k].0.end;
        f.doc.lookup(&f.res.org_nouns, end).is_some()
            || !joined
                && f.doc.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word)
                && !f.doc.is_capitalized(end)
                && !matches!(f.doc.lower(end), "and" | "or")
    });
    // "and former Zentrix chief Mara Okafor": a person titled by the name after
    // "former" is a member too.
    let former = |j: usize| j > floor && f.doc.lower(j - 1) == "former";
    if joined && described == start && former(start) && f.starting(start).and_then(|k| titled_person(f, k)).is_some() {
        return start - 1;
    }
    if described > floor && f.doc.lower(described - 1) == "the" && !noun_after {
        described - 1
    } else {
        described
    }
}

/// "one of its main rivals, Zentrix Pay, applied…", "Acme's rival payment
/// app, Quillo, …": the names set off by a comma (or a dash) right after a
/// relational noun ending before token `j` and at most three describing
/// words, closed by a comma, a dash or the sentence's end; none after
/// "unlike", "like" or "than" a few words before `noun` ("Unlike its rivals,
/// Acme…" contrasts, it does not name the rivals).
pub(super) fn appositive_members(f: &Facts, noun: usize, j: usize, sentence_end: usize) -> Vec<Member> {
    set_off_members(f, noun, j, sentence_end, false)
}

/// As `appositive_members`, the names set off after the noun at `noun`
/// also closing the sentence ("angering its largest shareholder, Brindle
/// Holdings."), or closed past an acronym in brackets ("Acme's biggest
/// shareholder, Brindle Holdings (BH)."): the sentence's period closes them too.
pub(super) fn appositive_members_to_end(f: &Facts, noun: usize, j: usize, sentence_end: usize) -> Vec<Member> {
    set_off_members(f, noun, j, sentence_end, true)
}

fn set_off_members(f: &Facts, noun: usize, j: usize, sentence_end: usize, to_end: bool) -> Vec<Member> {
    let set_off = |c: usize| f.doc.is_punct(c, ',') || is_dash(f.doc, c);
    let Some(comma) = (j..(j + 4).min(sentence_end)).find(|&c| set_off(c)) else { return Vec::new() };
    let contrast = (noun.saturating_sub(5)..noun)
        .any(|b| matches!(f.doc.lower(b), "unlike" | "like" | "than") && no_clause_break(f.doc, b, noun));
    if contrast || !is_modifier_gap(f.doc, j, comma) || f.starting(comma + 1).is_none() {
        return Vec::new();
    }
    let right = members_after(f, comma + 1, sentence_end);
    let closed = right.last().is_some_and(|m| {
        let mut end = f.live[m.head].0.end;
        // "Brindle Holdings (BH).": past a bracket of a few words.
        if to_end && f.doc.is_punct(end, '(') {
            end = (end + 1..(end + 5).min(sentence_end)).find(|&c| f.doc.is_punct(c, ')')).map_or(end, |c| c + 1);
        }
        let last = to_end && end + 1 == sentence_end && f.doc.is_punct(end, '.');
        end >= sentence_end || last || set_off(end) || f.doc.is_punct(end, ';')
    });
    if closed {
        right
    } else {
        Vec::new()
    }
}

/// "Zentrix Co., Ltd., Brindle and…", "Acme, Inc. and…": where a legal form
/// written after a name's comma (after the name's own abbreviating period)
/// ends, when one follows the name ending at `end`; else the comma after
/// the abbreviating period of a form that ends the name, or `end`.
pub(super) fn past_form_tail(f: &Facts, end: usize) -> usize {
    let comma = end + usize::from(f.doc.is_punct(end, '.'));
    let form = comma + 1;
    if !f.doc.is_punct(comma, ',') || !f.res.legal_forms.contains(f.doc.word(form)) || f.starting(form).is_some() {
        // "Zentrix Co., Ltd., Brindle": the period of the name's own last form.
        let own = end > 0 && f.res.legal_forms.contains(f.doc.word(end - 1)) && comma > end;
        return if own && (f.doc.is_punct(comma, ',') || abbreviation_before_and(f, end)) { comma } else { end };
    }
    form + 1 + usize::from(f.doc.is_punct(form + 1, '.'))
}

/// "stakes in Zentrix Corp. and Orvane Ltd.", "Zentrix Co. or Brindle":
/// the period at `end` abbreviates the legal form that ends a name (it is
/// joined to it) and a list word follows, so the list goes on past it.
fn abbreviation_before_and(f: &Facts, end: usize) -> bool {
    f.doc.is_punct(end, '.') && f.doc.joined(end) && matches!(f.doc.lower(end + 1), "and" | "or" | "&")
}

/// "Acme ACMEn.DE", "Brindle 300750.SZ": where an exchange code written
/// after a company's name (a symbol, a dot and a one- or two-letter upper-case
/// market suffix, all joined) ends, when one starts at token `j`.
pub(super) fn exchange_code(doc: &Doc, j: usize) -> Option<usize> {
    let symbol = doc.tokens.get(j).is_some_and(|t| t.kind != TokenKind::Punct && t.space_before)
        && doc.word(j).chars().any(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let suffix = doc.word(j + 2);
    let market = doc.tokens.get(j + 2).is_some_and(|t| t.kind == TokenKind::Word)
        && (1..=2).contains(&suffix.len())
        && suffix.chars().all(|c| c.is_ascii_uppercase());
    (symbol && doc.is_punct(j + 1, '.') && doc.joined(j + 1) && doc.joined(j + 2) && market).then_some(j + 3)
}

/// "Brindle Telecom (Germany)": where the bracket closes when mention `k`
/// is followed by a place alone in brackets (the place is mention `k + 1`).
pub(super) fn bracketed_place_after(f: &Facts, k: usize) -> Option<usize> {
    let end = f.live[k].0.end;
    let (r, e) = f.live.get(k + 1)?;
    (f.doc.is_punct(end, '(') && r.start == end + 1 && f.class(*e) == Place && f.doc.is_punct(r.end, ')'))
        .then_some(r.end)
}

/// "Amazon Web Services (AWS)": where the bracket closes when mention `k`
/// is followed by one word in brackets that is the same entity or no name.
fn bracketed_short_form(f: &Facts, k: usize) -> Option<usize> {
    let end = f.live[k].0.end;
    if !(f.doc.is_punct(end, '(') && f.doc.is_punct(end + 2, ')')) {
        return None;
    }
    let inside = f.starting(end + 1);
    inside.is_none_or(|m| f.entity(m) == f.entity(k)).then_some(end + 2)
}

/// "(NYSE: ZTX)", "(HKG: 9696)", "(BSE code: 532523)": where the bracket
/// closes when one opening at token `end` holds an exchange, a colon and a
/// ticker.
fn bracketed_ticker(doc: &Doc, end: usize) -> Option<usize> {
    let colon = if doc.lower(end + 2) == "code" { end + 3 } else { end + 2 };
    let exchange = doc.tokens.get(end + 1).is_some_and(|t| t.kind == TokenKind::Word);
    let close = colon + 2;
    (doc.is_punct(end, '(') && exchange && doc.is_punct(colon, ':') && doc.is_punct(close, ')')).then_some(close)
}

/// A hyphen at token `end` joins the name before it to a lower-case word
/// ("Paris-based", "Nvidia-backed").
fn is_hyphen_modifier(f: &Facts, end: usize) -> bool {
    f.doc.is_punct(end, '-')
        && f.doc.joined(end)
        && f.doc.joined(end + 1)
        && f.doc.tokens.get(end + 1).is_some_and(|t| t.kind == TokenKind::Word)
        && !f.doc.is_capitalized(end + 1)
}

/// "Paris-based Mistral AI", "Microsoft-owned Nuance": the name that mention
/// `k`, joined to a lower-case word by a hyphen, describes.
fn modified_name(f: &Facts, k: usize) -> Option<usize> {
    let end = f.live[k].0.end;
    if !is_hyphen_modifier(f, end) {
        return None;
    }
    // "Cambridge-based chip designer Arm": describing words and a noun before the name.
    (end + 2..end + 7).find_map(|j| f.starting(j)).filter(|&m| names_right_after(f, end, f.live[m].0.start, true))
}

/// "Oslo angel Marta Kvist", "London fund manager Brindle Capital": the
/// person or organisation that place mention `k` describes, one to three
/// lower-case words after it (no time phrase: "in Oslo last week Acme…";
/// "Oslo-based" is `modified_name`'s).
fn described_by_place(f: &Facts, k: usize) -> Option<usize> {
    let (r, e) = &f.live[k];
    let hyphened = f.doc.is_punct(r.end, '-');
    if f.class(*e) != Place || hyphened || f.doc.is_possessive(r.end) || past_time_phrase(f.doc, r.end) > r.end {
        return None;
    }
    let (next, e2) = f.live.get(k + 1)?;
    let gap = (r.end + 1..=r.end + 3).contains(&next.start)
        && is_modifier_gap(f.doc, r.end, next.start)
        && describing(f, r.end, next.start);
    (gap && matches!(f.class(*e2), Org | Person)).then_some(k + 1)
}

/// "the Cambridge-based chip designer": a place joined to "-based" with no
/// name after it describes; it is no member of a list.
fn bare_based(f: &Facts, k: usize) -> bool {
    let end = f.live[k].0.end;
    f.doc.is_punct(end, '-') && f.doc.joined(end) && f.word_is(end + 1, Words::BasedWord)
}

/// "Acme founder Mara Okafor": the person a title ties to mention `k`.
pub(super) fn titled_person(f: &Facts, k: usize) -> Option<usize> {
    let end = f.live[k].0.end;
    let t = read_titles(f.doc, f.res, end)?;
    let p = f.starting(t.end)?;
    (f.class(f.entity(p)) == Person).then_some(p)
}

/// "Olmo's robots run on Corvo": mention `k` owns the common noun that is
/// the real subject.
pub(super) fn owns_common_noun(f: &Facts, k: usize) -> bool {
    let end = f.live[k].0.end;
    f.doc.is_possessive(end) && f.starting(end + 1).is_none() && !f.doc.is_capitalized(end + 1)
}

/// Separators between list members: "," "and" ", and" "or" "as well as", and
/// a repeated preposition with a few describing words ("and with German rival").
pub(super) fn is_list_sep(doc: &Doc, from: usize, to: usize) -> bool {
    // The longest separator is ", and with" and three words: no list is wider.
    let mut words = [""; 6];
    let n = to.saturating_sub(from);
    if n == 0 || n > words.len() {
        return false;
    }
    for (w, k) in words.iter_mut().zip(from..to) {
        *w = doc.lower(k);
    }
    let gap = &words[..n];
    let repeated = |rest: &[&str]| {
        rest.len() <= 3 && (from..to).rev().take(rest.len()).all(|k| doc.tokens[k].kind == TokenKind::Word)
    };
    match gap {
        [","] | ["and"] | [",", "and"] | ["or"] | [",", "or"] | ["as", "well", "as"] | ["&"] => true,
        ["and", "with" | "to", rest @ ..] | [",", "and", "with" | "to", rest @ ..] => repeated(rest),
        _ => false,
    }
}

/// Between two dated members of a list ("Acme in 2017 and rival Brindle in
/// 2018"): a separator, possibly followed by a rival noun.
fn is_dated_list_sep(f: &Facts, from: usize, to: usize) -> bool {
    let rival = to > from && f.word_is(to - 1, Words::RivalNoun);
    is_list_sep(f.doc, from, to - usize::from(rival))
}

/// No sentence-internal stop (";", ":", a quote) between `from..to`.
pub(super) fn no_stop_between(doc: &Doc, from: usize, to: usize) -> bool {
    (from..to).all(|j| !(doc.is_punct(j, ';') || doc.is_punct(j, '(') || is_quote(doc, j)))
}

/// A quote mark between `from..to`.
pub(super) fn crosses_quote(doc: &Doc, from: usize, to: usize) -> bool {
    (from..to).any(|j| is_quote(doc, j) || doc.is_punct(j, ';'))
}

/// A quote mark at token `j`.
pub(super) fn is_quote(doc: &Doc, j: usize) -> bool {
    doc.is_punct(j, '"') || doc.is_punct(j, '“') || doc.is_punct(j, '”')
}

/// "acquired in 2016 Brindle", "bought, last year, the startup": where the
/// words after a verb go on past a short time phrase ("in 2016", "last
/// year", "in March", "on Monday", between commas or not) at `i`.
pub(super) fn past_time_phrase(doc: &Doc, i: usize) -> usize {
    let j = if doc.is_punct(i, ',') { i + 1 } else { i };
    let unit = |k: usize| {
        let w = doc.lower(k);
        doc.is_number(k)
            || MONTHS.contains(&w)
            || WEEKDAYS.contains(&w)
            || matches!(w, "year" | "month" | "week" | "quarter")
    };
    let len = match doc.lower(j) {
        "in" | "on" if unit(j + 1) => 2 + usize::from(doc.is_number(j + 2)),
        "last" | "this" | "earlier" if unit(j + 1) => 2,
        "earlier" | "later" if doc.lower(j + 1) == "this" && unit(j + 2) => 3,
        _ => return i,
    };
    let end = j + len;
    match (j > i, doc.is_punct(end, ',')) {
        (true, true) => end + 1,
        (false, false) => end,
        (false, true) => end + 1,
        (true, false) => i,
    }
}

/// "backed in a big way by", "funded largely by", "financed in part by":
/// where the words after a participle go on past a short phrase of manner at
/// `i` (an adverb in "-ly", or "in" and at most three lower-case words) that
/// ends right before "by"; else `i`.
pub(super) fn past_manner_phrase(doc: &Doc, i: usize) -> usize {
    let w = doc.lower(i);
    if doc.is_lower_word(i) && w.len() > 4 && w.ends_with("ly") && doc.lower(i + 1) == "by" {
        return i + 1;
    }
    if w != "in" {
        return i;
    }
    let by = (i + 2..(i + 5).min(doc.len())).find(|&j| doc.lower(j) == "by");
    by.filter(|&by| (i + 1..by).all(|j| doc.is_lower_word(j))).unwrap_or(i)
}

/// A dash between words: "–", "—", or a hyphen with spaces around it.
pub(super) fn is_dash(doc: &Doc, j: usize) -> bool {
    doc.is_punct(j, '–') || doc.is_punct(j, '—') || (doc.is_punct(j, '-') && !doc.joined(j) && !doc.joined(j + 1))
}

/// Between a place (or "-based") ending at `end` and a name at `start` stand
/// at most an adjective or two and an organisation noun ("Paris-based AI
/// startup Mistral"), never a verb phrase ("a Shenzhen-based startup backed by X").
pub(super) fn names_right_after(f: &Facts, end: usize, start: usize, based: bool) -> bool {
    let from = if based && f.doc.is_punct(end, '-') { end + 2 } else { end };
    if start <= from {
        return true;
    }
    let noun_last = (from..start).any(|j| f.doc.lookup(&f.res.org_nouns, j).is_some_and(|(len, _)| j + len == start));
    noun_last && is_modifier_gap(f.doc, from, start)
        || start - from <= 4
            && noun_last
            && (from..start).all(|j| !f.doc.is_capitalized(j) || f.doc.is_plain_acronym(j) && f.starting(j).is_none())
}

/// No punctuation other than hyphens between tokens `from..to`.
pub(super) fn no_clause_break(doc: &Doc, from: usize, to: usize) -> bool {
    (from..to).all(|j| doc.tokens[j].kind != TokenKind::Punct || doc.is_punct(j, '-'))
}

/// `c`, or where a parenthesis closing right before it opens: "Ampere
/// Computing (“Ampere”), a U.S.-based…" reads as "Ampere Computing, a…".
pub(super) fn past_parenthesis(doc: &Doc, c: usize) -> usize {
    if c == 0 || !doc.is_punct(c - 1, ')') {
        return c;
    }
    let open = (c.saturating_sub(8)..c - 1).rev().find(|&j| doc.is_punct(j, '(')).unwrap_or(c);
    // "Brindle Systems Inc. (…)": the abbreviation's period is not the name's.
    if open < c && open >= 1 && doc.is_punct(open - 1, '.') {
        open - 1
    } else {
        open
    }
}

/// Tokens `from..to` are describing words: lower-case words, numbers,
/// joining hyphens, a rank ("No. 3") and short acronyms that name nothing
/// ("leading IT services providers").
pub(super) fn describing(f: &Facts, from: usize, to: usize) -> bool {
    (from..to).all(|j| {
        let t = &f.doc.tokens[j];
        let plain = (t.kind != TokenKind::Punct || f.doc.is_punct(j, '-')) && !f.doc.is_capitalized(j);
        f.starting(j).is_none() && (plain || is_rank_mark(f, j) || f.doc.is_plain_acronym(j))
    })
}

/// Token `j` is the "No" or the full stop of a rank before its number ("No. 3").
fn is_rank_mark(f: &Facts, j: usize) -> bool {
    let number_after = |i: usize| f.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number);
    match f.doc.word(j) {
        "No" => number_after(j + 1) || f.doc.is_punct(j + 1, '.') && number_after(j + 2),
        "." => j > 0 && f.doc.word(j - 1) == "No" && number_after(j + 1),
        _ => false,
    }
}

/// "120-core", "63%-owned Norwegian", "next-generation autonomous driving
/// and humanoid robot AI": tokens `from..to` (at most ten) are describing
/// words before a noun (`describing`, and percentages and demonyms), with
/// at most one "and" between two of them; no other function word, no
/// article, pronoun or verb of being.
pub(super) fn is_wide_modifier_gap(f: &Facts, from: usize, to: usize) -> bool {
    let demonym = |j: usize| f.starting(j).map_or(f.doc.is_demonym(j), |k| f.is_demonym(k));
    let word = |j: usize| {
        let w = f.doc.lower(j);
        !is_function_word(f.doc, j)
            && !ARTICLES.contains(&w)
            && !AUXILIARIES.contains(&w)
            && !COPULAS.contains(&w)
            && !matches!(w, "its" | "their" | "his" | "her" | "it" | "they")
            && (describing(f, j, j + 1) || demonym(j) || f.doc.is_punct(j, '%') && f.doc.is_number(j.wrapping_sub(1)))
    };
    let and = |j: usize| f.doc.lower(j) == "and" && j > from && j + 1 < to && word(j - 1) && word(j + 1);
    let ands = (from..to).filter(|&j| f.doc.lower(j) == "and").count();
    to >= from && to - from <= 10 && ands <= 1 && (from..to).all(|j| word(j) || and(j))
}

/// Words allowed between a possessive and the thing owned ("Google's
/// newest in-house TPU", "its well-liked little Vorta"): at most three
/// words, a hyphen joining two of them not counted.
pub(super) fn is_modifier_gap(doc: &Doc, from: usize, to: usize) -> bool {
    let hyphens = (from..to).filter(|&j| doc.is_punct(j, '-')).count();
    to >= from
        && to - from <= 3 + hyphens.min(2)
        && (from..to).all(|j| {
            (doc.tokens[j].kind != TokenKind::Punct || doc.is_punct(j, '-'))
                && !doc.is_capitalized(j)
                && !is_function_word(doc, j)
        })
}

/// A preposition, conjunction or relative word at token `j`: it opens a
/// phrase or clause of its own, it describes no noun.
fn is_function_word(doc: &Doc, j: usize) -> bool {
    PHRASE_OPENERS.contains(&doc.lower(j))
}

/// "owned by the Orvane family", "controlled by Italy's Orvane family": the
/// mention `k` names a family by its surname, not the company that shares it.
pub(super) fn names_a_family(f: &Facts, k: usize) -> bool {
    matches!(f.doc.lower(f.live[k].0.end), "family" | "families")
}
