//! People moving between companies and companies changing hands, as news
//! words them: "Acme hired X", "X joins Acme from Zentrix", "poached from
//! rival Y", "sold the company to Y", "is buying a chip startup … The
//! startup, Brindle, …".

use super::clause::members_after;
use super::held::Said;
use super::ties::fronted_opening;
use super::titles::{org_at, read_titles};
use super::{Facts, Why};
use crate::extract::model::{EntityClass, Predicate};
use crate::extract::resources::{Frame, Words};
use crate::text::words::{
    AUXILIARIES, DURATION_NOUNS, FRONTING_WORDS, HOLD_VERBS, JOINING_TIME_WORDS, PERSON_PRONOUNS, RELATIVES,
    STINT_NOUNS, SUBJECT_ADVERBS, TITLE_DETERMINERS, WORK_VERBS,
};
use crate::text::TokenKind;
use EntityClass::{Organization as Org, Person};

/// Words between "from" and the organisation a person left: "from rival
/// Zentrix", "from its rival", "from insurer Zentrix".
fn former_employer(f: &Facts, from: usize) -> Option<usize> {
    let mut i = from + 1;
    let skipped = |i: usize| {
        TITLE_DETERMINERS.contains(&f.doc.lower(i))
            || f.word_is(i, Words::RivalNoun)
            || f.word_is(i, Words::RoleModifier)
    };
    while skipped(i) && f.starting(i).is_none() {
        i += 1;
    }
    org_at(f, i).map(|k| f.entity(k))
}

/// The organisation that is the subject of the verb at token `v`: a name
/// right before it (past auxiliaries), the name a relative clause's "which"
/// follows, or what "it" / "the company" stands for.
pub(super) fn verb_subject(f: &Facts, v: usize) -> Option<usize> {
    let start = f.doc.sentences[*f.doc.sentence_of.get(v)?].start;
    let mut b = v;
    while b > start && AUXILIARIES.contains(&f.doc.lower(b - 1)) {
        b -= 1;
    }
    if b == start {
        return None;
    }
    // "Acme, which recently hired X": the head of the relative clause, past
    // an adverb in "-ly" before the verb.
    let adverb = b - 1 > start && f.doc.is_lower_word(b - 1) && f.doc.lower(b - 1).ends_with("ly");
    if let Some(head) = f.relative_head(b - 1 - usize::from(adverb)) {
        return Some(head);
    }
    if f.doc.lower(b - 1) == "it" {
        return f.referent(b - 1);
    }
    if b >= start + 2 && f.doc.lower(b - 2) == "the" && f.doc.lookup(&f.res.org_nouns, b - 1).is_some() {
        return f.the_company(b - 2, f.referent(b - 2).or(f.topic));
    }
    let k = f.ending(b)?;
    let e = f.entity(k);
    (f.class(e) == Org && !f.doc.is_possessive(b - 1)).then_some(e)
}

/// "Acme has poached Zentrix chief executive X", "Acme hired X": the
/// organisation before a hiring verb employs the person named a few words
/// after it; "X joins Acme from Zentrix", "hired X from rival Zentrix": the
/// organisation after "from" is the person's former employer.
pub(super) fn hires_and_moves(f: &mut Facts, s: usize) {
    // Only a sentence with a verb of hiring or moving is read.
    if !(f.held(s).has(Words::HireVerb) || f.held(s).has(Words::MoveVerb)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for v in range.clone() {
        let hire = f.word_is(v, Words::HireVerb);
        if !hire && !f.word_is(v, Words::MoveVerb) {
            continue;
        }
        let stop = (v + 1..(v + 12).min(range.end))
            .find(|&j| f.doc.is_punct(j, ',') || f.doc.is_punct(j, ';') || f.doc.is_punct(j, '.'))
            .unwrap_or((v + 12).min(range.end));
        let after = f.within(v + 1, stop).iter().find(|(_, e)| f.class(*e) == Person).map(|(_, e)| *e);
        let hirer = hire.then(|| verb_subject(f, v)).flatten();
        if let (Some(org), Some(p)) = (hirer, after) {
            f.emit(p, Predicate::WorksFor, org, None, Why::new(v, "hired-by", 0.6));
        }
        // The person: named after a hiring verb, else the one before the verb.
        let before = f.within(range.start, v).iter().rev().find(|(_, e)| f.class(*e) == Person).map(|(_, e)| *e);
        let person = if hire { after.or(before) } else { before };
        let Some(p) = person else { continue };
        let Some(from) = (v + 1..stop).find(|&j| f.doc.lower(j) == "from") else { continue };
        if let Some(org) = former_employer(f, from) {
            f.emit(p, Predicate::WorksFor, org, None, Why::new(v, "moved-from", 0.6));
        }
    }
}

/// "Zentrix sold the company to Acme in 2019", "it sold Brindle to Acme",
/// "Brindle was sold by Zentrix to Acme": the organisation after "to"
/// acquired the one sold (named, or what "the company" / "it" stands for, or
/// the subject of a passive); a sale of shares or a stake is no purchase.
pub(super) fn sold_to(f: &mut Facts, s: usize) {
    // Only a sentence with a verb of selling is read.
    if !(f.held(s).has(Words::SellVerb)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for v in range.clone() {
        if !f.word_is(v, Words::SellVerb) {
            continue;
        }
        let stop = (v + 10).min(range.end);
        // "Zentrix was sold (by Kestrel) to Acme": the subject is what was sold.
        let passive = v > range.start && matches!(f.doc.lower(v - 1), "was" | "were" | "is" | "been" | "being" | "be");
        let Some(to) = (v + 1 + usize::from(!passive)..stop).find(|&j| f.doc.lower(j) == "to") else { continue };
        let part = (v + 1..to).any(|j| f.word_is(j, Words::SoldPart) || f.doc.is_punct(j, ','));
        if part {
            continue;
        }
        let Some(buyer) = org_at(f, to + 1).map(|k| f.entity(k)) else { continue };
        let (sold, conf) = if passive {
            (passive_subject(f, v), 0.6)
        } else if let Some(k) = f.starting(v + 1) {
            (Some(f.entity(k)), 0.65)
        } else if f.doc.lower(v + 1) == "it" && to == v + 2 {
            (f.referent(v + 1), 0.5)
        } else if matches!(f.doc.lower(v + 1), "the" | "its")
            && f.doc.lookup(&f.res.org_nouns, v + 2).is_some_and(|(len, _)| v + 2 + len == to)
        {
            // "X sold the company to Y": the company of the clause, not X itself.
            let seller = verb_subject(f, v);
            let meant = f.referent(v + 1).filter(|&e| Some(e) != seller).or(f.topic.filter(|&e| Some(e) != seller));
            (meant, 0.5)
        } else {
            (None, 0.0)
        };
        if let Some(o) = sold.filter(|&o| f.class(o) == Org) {
            f.emit(buyer, Predicate::Acquired, o, None, Why::new(v, "sold-to", conf));
        }
    }
}

/// "Zentrix was sold", "Zentrix, which has been sold": the organisation
/// named as the subject of the passive verb at token `v`.
fn passive_subject(f: &Facts, v: usize) -> Option<usize> {
    let start = f.doc.sentences[f.doc.sentence_of[v]].start;
    let mut b = v;
    while b > start && matches!(f.doc.lower(b - 1), "was" | "were" | "is" | "been" | "being" | "be" | "has" | "had") {
        b -= 1;
    }
    if b >= start + 2 && f.doc.lower(b - 1) == "which" && f.doc.is_punct(b - 2, ',') {
        b -= 2;
    }
    // "Shares of Zentrix were sold", "a stake in Zentrix was sold": a part of it, not the company.
    let part = f.ending(b).is_some_and(|k| {
        let first = f.live[k].0.start;
        first > start && matches!(f.doc.lower(first - 1), "of" | "in")
    });
    // A pronoun or "the company" before a passive is too often another name's.
    let named = b > start && f.doc.lower(b - 1) != "it" && f.doc.lookup(&f.res.org_nouns, b - 1).is_none();
    if part || !named {
        return None;
    }
    verb_subject(f, b)
}

/// "Acme is buying a chip startup for $2bn. The startup, Brindle, makes…":
/// a sentence opening "The <noun>, Name," or "The <noun> Name" names the
/// organisation the sentence before described with the same noun as the
/// object of a cue; the cue's subject gets its relation with the name.
pub(super) fn described_then_named(f: &mut Facts, s: usize) {
    let Some(prev) = s.checked_sub(1).and_then(|p| f.doc.sentences.get(p)).cloned() else { return };
    let start = f.doc.sentences[s].start;
    if f.doc.lower(start) != "the" {
        return;
    }
    let Some((len, _)) = f.doc.lookup(&f.res.org_nouns, start + 1) else { return };
    let noun_end = start + 1 + len;
    let at = if f.doc.is_punct(noun_end, ',') { noun_end + 1 } else { noun_end };
    let Some(k) = f.starting(at) else { return };
    let named = f.entity(k);
    if f.class(named) != Org {
        return;
    }
    let noun: Vec<&str> = (start + 1..noun_end).map(|j| f.doc.lower(j)).collect();
    // The described noun in the sentence before: "a (describing words) <noun>".
    let Some(described) = (prev.start..prev.end).find(|&j| {
        noun.iter().enumerate().all(|(n, w)| f.doc.lower(j + n) == *w)
            && (j.saturating_sub(4).max(prev.start)..j).any(|a| matches!(f.doc.lower(a), "a" | "an"))
    }) else {
        return;
    };
    let Some(article) =
        (described.saturating_sub(4).max(prev.start)..described).rev().find(|&a| matches!(f.doc.lower(a), "a" | "an"))
    else {
        return;
    };
    // The cue that ends right before the description ("is buying a", "invested in a").
    for c in (article.saturating_sub(4).max(prev.start)..article).rev() {
        let found = f.doc.lookup_all(&f.res.cues, c);
        let Some(cue) = found.iter().find(|(l, cue)| c + l == article && cue.frame == Frame::Active).map(|(_, c)| **c)
        else {
            continue;
        };
        if !matches!(cue.predicate, Predicate::Acquired | Predicate::InvestedIn | Predicate::PartnersWith) {
            return;
        }
        let subject = verb_subject(f, c).or_else(|| {
            f.within(prev.start, c)
                .iter()
                .rev()
                .find(|(r, e)| f.class(*e) == Org && !f.doc.is_possessive(r.end))
                .map(|(_, e)| *e)
        });
        if let Some(subject) = subject {
            f.emit(subject, cue.predicate, named, None, Why::new(start, "described-then-named", 0.6));
        }
        return;
    }
}

/// "X previously led product design at Acme", "she spent ten years at
/// Acme", "he was involved in research at the chip company Acme", "with
/// stints at Acme, Zentrix and Brindle", "X's second stint at Acme": a
/// person's work, past or present, at the organisations after "at" (or
/// "with", after a noun of a spell of work).
pub(super) fn worked_at(f: &mut Facts, s: usize) {
    // Only a sentence with a word of work and an "at" or "with" is read.
    if !((f.held(s).says(Said::Work) || f.held(s).has(Words::LeadVerb))
        && (f.held(s).says(Said::At) || f.held(s).says(Said::With)))
    {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for v in range.clone() {
        let lower = f.doc.lower(v);
        let stint = STINT_NOUNS.contains(&lower);
        // "has held leadership roles at Acme": a verb of holding, a noun of posts.
        let holds = HOLD_VERBS.contains(&lower) && (v + 1..v + 4).any(|j| f.word_is(j, Words::PostNoun));
        let work = !stint && (holds || f.word_is(v, Words::LeadVerb) || WORK_VERBS.contains(&lower));
        if !(stint || work) || (lower.starts_with("spen") && !spends_time(f, v)) {
            continue;
        }
        let people = if stint {
            stint_holders(f, v, range.start)
        } else {
            work_subject(f, v, range.start).into_iter().collect()
        };
        if people.is_empty() {
            continue;
        }
        let Some(at) = work_place_at(f, v, stint || holds) else { continue };
        for m in members_after(f, at + 1, range.end) {
            let org = f.entity(m.owner.unwrap_or(m.head));
            if f.class(org) != Org {
                continue;
            }
            for &p in &people {
                f.emit(p, Predicate::WorksFor, org, None, Why::new(v, "worked-at", 0.6));
            }
        }
    }
}

/// "X spent ten years at Acme before joining Zentrix", "X has led it since
/// 2010, having joined Zentrix in 1995", "After joining Zentrix in 2012, X
/// built …": a participle of joining after a word of time (or "having")
/// says its subject works or worked at the organisation named right after
/// it; not at one whose board or part was joined ("joining the board of
/// Zentrix", "joining Zentrix's panel"). The subject is the person a relative
/// clause before it describes, else the one the sentence opens with (after
/// the comma closing a fronted participle).
pub(super) fn joined_participle(f: &mut Facts, s: usize) {
    if !f.held(s).has(Words::MoveVerb) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for v in range.start + 1..range.end {
        if !f.word_is(v, Words::MoveVerb) {
            continue;
        }
        let before = f.doc.lower(v - 1);
        let timed = f.doc.lower(v).ends_with("ing")
            && (JOINING_TIME_WORDS.contains(&before)
                || before == "to" && v >= range.start + 2 && f.doc.lower(v - 2) == "prior");
        if !(timed || before == "having" && f.doc.lower(v).ends_with("joined")) {
            continue;
        }
        let Some(k) = f.starting(v + 1) else { continue };
        let org = f.entity(k);
        if f.class(org) != Org || f.doc.is_possessive(f.live[k].0.end) {
            continue;
        }
        let mut opener = v - 1;
        if before == "to" {
            opener -= 1;
        }
        let fronted = opener == f.opening(range.start);
        let person = if fronted {
            // The subject after the comma closing the fronted phrase.
            let comma = (f.live[k].0.end..range.end.min(v + 12)).find(|&j| f.doc.is_punct(j, ','));
            comma.and_then(|c| {
                if PERSON_PRONOUNS.contains(&f.doc.lower(c + 1)) {
                    return f.person_for_pronoun(c + 1);
                }
                let e = f.entity(f.starting(c + 1)?);
                (f.class(e) == Person).then_some(e)
            })
        } else {
            let who = (range.start..opener).rev().find(|&j| f.doc.lower(j) == "who");
            let own = who.filter(|&w| f.within(w, opener).iter().all(|(_, e)| f.class(*e) != Person));
            match own {
                Some(w) => relative_person(f, w, range.start),
                None => opening_person(f, range.start),
            }
        };
        if let Some(p) = person {
            f.emit(p, Predicate::WorksFor, org, None, Why::new(v, "joined-participle", 0.6));
        }
    }
}

/// "spent ten years", "spent two decades", "spent years": a length of time
/// after the verb at `v`.
fn spends_time(f: &Facts, v: usize) -> bool {
    (v + 1..v + 4).any(|j| DURATION_NOUNS.contains(&f.doc.lower(j)))
}

/// The "at" (or, after a noun of a spell of work, "with") a few words after
/// token `v` ("as VP engineering at"), with no name, comma or clause break
/// between.
fn work_place_at(f: &Facts, v: usize, stint: bool) -> Option<usize> {
    let end = f.sentence_end(v);
    // "spent 20 years at": a number may stand between.
    (v + 1..(v + 8).min(end)).take_while(|&j| f.starting(j).is_none() && f.doc.tokens[j].kind != TokenKind::Punct).find(
        |&j| {
            let w = f.doc.lower(j);
            (w == "at" || stint && w == "with") && (v + 1..j).all(|k| !RELATIVES.contains(&f.doc.lower(k)))
        },
    )
}

/// The person whose verb of work is at `v`: named right before it, past
/// auxiliaries and adverbs ("X has previously led"), or a "he" / "she"
/// there; the one a relative clause opening there describes ("X, a Danish
/// engineer, who had spent"); after "and", the person the sentence opens
/// with ("Earlier, he held posts in banking, and also worked at").
fn work_subject(f: &Facts, v: usize, sentence_start: usize) -> Option<usize> {
    let mut b = v;
    while b > sentence_start && {
        let w = f.doc.lower(b - 1);
        AUXILIARIES.contains(&w) || SUBJECT_ADVERBS.contains(&w) || matches!(w, "was" | "were" | "been")
    } {
        b -= 1;
    }
    match b.checked_sub(1).map(|j| f.doc.lower(j)) {
        // A background clause ("X, who spent two years at Acme") may tell of
        // study or a visit: time spent there needs a post ("in senior roles at").
        Some("who") if f.doc.lower(v).starts_with("spen") && !(v + 1..v + 8).any(|j| f.word_is(j, Words::PostNoun)) => {
            None
        }
        Some("who") => relative_person(f, b - 1, sentence_start),
        // "…, and also worked at", "… in 2001 and later worked at": not "A and B worked at".
        Some("and") if b - 1 > sentence_start && f.ending(b - 1).is_none() => opening_person(f, sentence_start),
        _ => person_at_end(f, b),
    }
}

/// The person a "who" at token `who` describes: named right before its
/// comma, or before an aside between commas before it ("X, a Danish
/// engineer, who"), in which no other person is named.
fn relative_person(f: &Facts, who: usize, sentence_start: usize) -> Option<usize> {
    let comma = who.checked_sub(1).filter(|&c| c > sentence_start && f.doc.is_punct(c, ','))?;
    if let Some(p) = person_at_end(f, comma) {
        return Some(p);
    }
    let open = (comma.saturating_sub(8).max(sentence_start + 1)..comma).rev().find(|&j| f.doc.is_punct(j, ','))?;
    let aside = f.doc.is_lower_word(open + 1) && f.within(open + 1, comma).iter().all(|(_, e)| f.class(*e) != Person);
    aside.then(|| person_at_end(f, open)).flatten()
}

/// The person a sentence opens with as its subject, past a fronted phrase
/// ("Earlier, he …", "In 2019, X …"): named, or a "he" / "she" there.
fn opening_person(f: &Facts, sentence_start: usize) -> Option<usize> {
    let open = fronted_opening(f, sentence_start);
    if PERSON_PRONOUNS.contains(&f.doc.lower(open)) {
        return f.person_for_pronoun(open);
    }
    let k = f.starting(open)?;
    let e = f.entity(k);
    (f.class(e) == Person && !f.doc.is_possessive(f.live[k].0.end)).then_some(e)
}

/// A person named right before token `b`, or what "he" / "she" there stands for.
fn person_at_end(f: &Facts, b: usize) -> Option<usize> {
    let j = b.checked_sub(1)?;
    if PERSON_PRONOUNS.contains(&f.doc.lower(j)) {
        return f.person_for_pronoun(j);
    }
    let e = f.entity(f.ending(b)?);
    (f.class(e) == Person && !f.doc.is_possessive(j)).then_some(e)
}

/// Whose spell of work the noun at `v` is: a person's possessive a few
/// words before ("X's second stint"; "his", "their": the people they stand
/// for), the subject after a fronted phrase ("After stints at A and B, X
/// founded …"), else the person (or "he" / "she") opening the sentence as
/// its subject ("X, who …, has had stints at").
fn stint_holders(f: &Facts, v: usize, sentence_start: usize) -> Vec<usize> {
    let near = v.saturating_sub(4).max(sentence_start)..v;
    let owner = near.clone().rev().find(|&j| f.doc.is_possessive(j));
    if let Some(j) = owner.filter(|&j| (j + 1..v).all(|k| !f.doc.is_capitalized(k))) {
        return f.ending(j).map(|k| f.entity(k)).filter(|&e| f.class(e) == Person).into_iter().collect();
    }
    let open = f.opening(sentence_start);
    let subject = if FRONTING_WORDS.contains(&f.doc.lower(open)) {
        // The comma after the fronted phrase, before the subject (a list's commas aside).
        let end = f.sentence_end(v);
        let subject_at = |j: usize| {
            f.starting(j).is_some_and(|k| f.class(f.entity(k)) == Person)
                || matches!(f.doc.lower(j), "he" | "she" | "they")
        };
        let Some(comma) = (v + 1..end).find(|&j| f.doc.is_punct(j, ',') && subject_at(j + 1)) else {
            return Vec::new();
        };
        comma + 1
    } else {
        open
    };
    let pronoun = near.rev().find(|&j| matches!(f.doc.lower(j), "his" | "her" | "their"));
    if let Some(j) = pronoun {
        return people_for_pronoun(f, j);
    }
    if matches!(f.doc.lower(subject), "he" | "she" | "they") {
        return people_for_pronoun(f, subject);
    }
    let Some(k) = f.starting(subject) else { return Vec::new() };
    let e = f.entity(k);
    (f.class(e) == Person && !f.doc.is_possessive(f.live[k].0.end)).then_some(e).into_iter().collect()
}

/// The people a pronoun at `k` stands for: "he", "his", "she", "her" the
/// person before it; "they", "their" the two or more people listed as the
/// subject of the sentence before ("A and B met in Iowa. Following their …").
fn people_for_pronoun(f: &Facts, k: usize) -> Vec<usize> {
    if !matches!(f.doc.lower(k), "they" | "their") {
        return f.person_for_pronoun(k).into_iter().collect();
    }
    let Some(prev) = f.doc.sentence_of[k].checked_sub(1).map(|s| f.doc.sentences[s].clone()) else {
        return Vec::new();
    };
    let open = f.opening(prev.start);
    if f.starting(open).is_none() {
        return Vec::new();
    }
    let people: Vec<usize> = members_after(f, open, prev.end).iter().map(|m| f.entity(m.head)).collect();
    let all_people = people.len() >= 2 && people.iter().all(|&p| f.class(p) == Person);
    if all_people {
        people
    } else {
        Vec::new()
    }
}

/// "Acme analysts led by X said", "Acme's research team, led by X", "a
/// team at Acme led by X and Y": the people after "led by" lead a group of
/// the organisation's staff, so they work there.
pub(super) fn staff_led_by(f: &mut Facts, s: usize) {
    // Only a sentence with "led by" after a noun of staff is read.
    if !f.held(s).has(Words::LeadVerb) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for v in range.start + 1..range.end {
        if !(f.doc.lower(v) == "led" && f.doc.lower(v + 1) == "by") {
            continue;
        }
        let Some(org) = staff_before(f, v).and_then(|n| staff_employer(f, n)) else { continue };
        let first = read_titles(f.doc, f.res, v + 2).map_or(v + 2, |t| t.end);
        for m in members_after(f, first, range.end) {
            let p = f.entity(m.head);
            if f.class(p) == Person {
                f.emit(p, Predicate::WorksFor, org, None, Why::new(v, "staff-led-by", 0.6));
            }
        }
    }
}

/// The noun of a group of staff that "led" at token `v` describes
/// ("analysts led", "team, led", "team at Acme led").
pub(super) fn staff_before(f: &Facts, v: usize) -> Option<usize> {
    let b = v.checked_sub(1 + usize::from(f.doc.is_punct(v.wrapping_sub(1), ',')))?;
    let staff = |j: usize| f.doc.word_is(j, Words::StaffNoun);
    if staff(b) {
        return Some(b);
    }
    // "a team at Acme led by": the noun before "at" and the name.
    let k = f.ending(b + 1)?;
    let at = f.live[k].0.start.checked_sub(1)?;
    (f.doc.lower(at) == "at" && at >= 1 && staff(at - 1)).then(|| at - 1)
}

/// Whose staff the noun at `n` names: the organisation after "at" ("a team
/// at Acme"), named right before it or by a possessive, a word or two of its
/// field between ("Acme equity analysts", "Acme's research team").
fn staff_employer(f: &Facts, n: usize) -> Option<usize> {
    if f.doc.lower(n + 1) == "at" {
        return org_at(f, n + 2).map(|k| f.entity(k));
    }
    let plain = |j: usize| f.doc.is_lower_word(j);
    let mut b = n;
    while b > n.saturating_sub(2) && b >= 1 && plain(b - 1) && f.ending(b).is_none() {
        b -= 1;
    }
    let end = if f.doc.is_possessive(b.wrapping_sub(1)) { b - 1 } else { b };
    let e = f.entity(f.ending(end)?);
    (f.class(e) == Org).then_some(e)
}
