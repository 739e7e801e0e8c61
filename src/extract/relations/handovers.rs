//! Posts handed from one person to another: "A replaces B", "A will take
//! over from B", "A, taking the place of B", "B was succeeded by A", "her
//! predecessor, B", "a successor to founder B". The one who went held a
//! post at the organisation the article gives the one who came; a handover
//! that says "as chief executive of Y" is read with the title
//! (`titles::as_title`).

use super::titles::{read_titles, FRONTED_POST};
use super::{Facts, Why};
use crate::extract::model::{EntityClass, Predicate, Relation};
use crate::extract::resources::Words;

/// Reads every handover of the article. It runs after the other rules: the
/// post is the one they found for the person who came.
pub(super) fn handovers(f: &mut Facts) {
    for s in 0..f.doc.sentences.len() {
        let held = f.held(s);
        if !(held.has(Words::ReplaceVerb) || held.has(Words::HandoverWord)) {
            continue;
        }
        let range = f.doc.sentences[s].clone();
        for i in range.clone() {
            let Some((went, came)) = handover_at(f, i, range.start) else { continue };
            // The title the one who came was given ("new chief executive")
            // is not the one who went's: the fact carries none.
            let Some(org) = post_of(f, came).filter(|_| Some(went) != came) else {
                if let Some(came) = came.filter(|&c| c != went) {
                    if appointed_by_subject(f, went, came, i, range.clone()) {
                        continue;
                    }
                }
                let subject = came.filter(|&c| first_person(f, range.clone()) == Some(c));
                if let Some(came) = subject.filter(|&c| c != went && !f.out.iter().any(|r| works_for(r, c))) {
                    taken_post(f, went, came, i, range.start);
                }
                continue;
            };
            // "Chairman B … will be replaced by A": B's seat there is read already.
            let seated =
                f.out.iter().any(|r| r.subject == went && r.object == org && r.predicate == Predicate::AffiliatedWith);
            // "A, a partner at Y, will replace B, the chief executive of X":
            // B's post is read already, and A's other job is not it.
            let employed = f.out.iter().any(|r| works_for(r, went));
            if seated || employed || post_described(f, went, i, range.end) {
                continue;
            }
            f.emit(went, Predicate::WorksFor, org, None, Why::new(i, "handover", 0.55));
        }
    }
}

/// "At Acme, A took over from long-time CEO B", "A will replace B, who
/// has been chairman of Acme since 2011": the one who came, given no job
/// by the article, takes the post the one who went held (a job, or else
/// a board seat) at the handover word at token `i`, unless a word of
/// candidacy before it leaves the post not given ("a candidate to replace
/// B").
fn taken_post(f: &mut Facts, went: usize, came: usize, i: usize, start: usize) {
    if (start..i).any(|j| f.word_is(j, Words::CandidacyWord)) {
        return;
    }
    if let Some(org) = post_of(f, Some(went)) {
        f.emit(came, Predicate::WorksFor, org, None, Why::new(i, "handover-taken", 0.5));
        return;
    }
    let seats: Vec<usize> = f
        .out
        .iter()
        .filter(|r| r.subject == went && r.predicate == Predicate::AffiliatedWith)
        .map(|r| r.object)
        .collect();
    if let [org] = seats.as_slice() {
        f.emit(came, Predicate::AffiliatedWith, *org, None, Why::new(i, "handover-seat-taken", 0.45));
    }
}

/// "Acme in December chose A to replace B", "Acme surprised observers by
/// appointing A, formerly head of sales, to succeed B": a company opening
/// the sentence (past a fronted phrase) gives the one who came, named
/// right after a verb of appointing, the post of the one who went; both
/// work for it. No other name may stand between the company and the verb.
fn appointed_by_subject(f: &mut Facts, went: usize, came: usize, i: usize, range: std::ops::Range<usize>) -> bool {
    let open = super::ties::fronted_opening(f, range.start);
    let Some(k) = f.starting(open) else { return false };
    let (org_span, org) = (f.live[k].0.clone(), f.live[k].1);
    if f.class(org) != EntityClass::Organization {
        return false;
    }
    // The mention of the one who came, the last one before the handover word.
    let Some((named, _)) = f.within(org_span.end, i).iter().rev().find(|(_, e)| *e == came) else { return false };
    let verb = named.start.wrapping_sub(1);
    if verb < org_span.end || !f.word_is(verb, Words::AppointVerb) {
        return false;
    }
    if !f.within(org_span.end, verb).is_empty() || (range.start..i).any(|j| f.word_is(j, Words::CandidacyWord)) {
        return false;
    }
    f.emit(came, Predicate::WorksFor, org, None, Why::new(i, "appointed-to-replace", 0.55));
    if !f.out.iter().any(|r| works_for(r, went)) && !post_described(f, went, i, range.end) {
        f.emit(went, Predicate::WorksFor, org, None, Why::new(i, "appointed-to-replace", 0.5));
    }
    true
}

/// The first person sentence `range` names: the subject the one who came
/// must be when the handover gives them a post ("Turnbull joined Acme and
/// was named to replace B": not a name read between them).
fn first_person(f: &Facts, range: std::ops::Range<usize>) -> Option<usize> {
    f.within(range.start, range.end).iter().map(|(_, e)| *e).find(|&e| f.class(e) == EntityClass::Person)
}

/// "A will replace B, who will be moving to London to become chairman of
/// Brindle & Sons": a clause after the one who went (named after token `i`)
/// that gives them a title says which post is theirs, though no rule read
/// its owner; the post of the one who came is not it.
fn post_described(f: &Facts, went: usize, i: usize, end: usize) -> bool {
    let Some((r, _)) = f.within(i, end).iter().find(|(_, e)| *e == went) else { return false };
    if !(f.doc.is_punct(r.end, ',') && f.doc.lower(r.end + 1) == "who") {
        return false;
    }
    (r.end + 2..end).take_while(|&j| !f.doc.is_punct(j, ',')).any(|j| read_titles(f.doc, f.res, j).is_some())
}

/// Whether relation `r` is a job of person `p`.
fn works_for(r: &Relation, p: usize) -> bool {
    r.subject == p && r.predicate == Predicate::WorksFor
}

/// The person who went and the one who came (when the sentence names
/// them) in a handover word at token `i`: "A replaces B", "B was replaced
/// by A", "A will take over from B", "B's successor", "a successor to B",
/// "his predecessor, B".
fn handover_at(f: &Facts, i: usize, start: usize) -> Option<(usize, Option<usize>)> {
    let next = f.doc.lower(i + 1);
    if f.word_is(i, Words::ReplaceVerb) {
        if next == "by" {
            let (came, _) = person_after(f, i + 2)?;
            return Some((f.person_named_before(start, i)?, Some(came)));
        }
        let (went, end) = person_after(f, i + 1)?;
        // "replaced B as chief executive": the title's rule reads it.
        if f.doc.lower(end) == "as" {
            return None;
        }
        return Some((went, Some(f.person_named_before(start, i)?)));
    }
    if !f.word_is(i, Words::HandoverWord) {
        return None;
    }
    if next == "over" {
        let (went, _) = (f.doc.lower(i + 2) == "from").then(|| person_after(f, i + 3)).flatten()?;
        return Some((went, Some(f.person_named_before(start, i)?)));
    }
    let successor = f.doc.lower(i).starts_with("successor");
    if successor && next == "to" {
        return Some((person_after(f, i + 2)?.0, None));
    }
    if successor {
        // "B's successor, A" / "B's successor": B went.
        let poss = i.checked_sub(1).filter(|&j| f.doc.is_possessive(j))?;
        let went = f.ending(poss).map(|k| f.entity(k)).filter(|&e| f.class(e) == EntityClass::Person)?;
        return Some((went, person_after(f, i + 1).map(|(e, _)| e)));
    }
    // "A, taking the place of B", "A took the place of B".
    if next == "the" && f.doc.lower(i + 2) == "place" && f.doc.lower(i + 3) == "of" {
        let (went, _) = person_after(f, i + 4)?;
        return Some((went, Some(f.person_named_before(start, i)?)));
    }
    // "his predecessor, B", "her predecessor B".
    let (went, _) = person_after(f, i + 1)?;
    let owner = i.checked_sub(1).filter(|&j| matches!(f.doc.lower(j), "his" | "her"));
    let came = match owner {
        Some(j) => f.person_for_pronoun(j),
        None => f.person_named_before(start, i),
    };
    Some((went, came))
}

/// The person named right after token `i`, past a comma and the words of
/// their old title ("former Acme chairman B", "outgoing chief executive
/// B", ", B"): a lower-case word that is neither a role word nor "the"
/// ends the search ("replaced the team B led"). Returns the person and
/// the token after their name.
fn person_after(f: &Facts, i: usize) -> Option<(usize, usize)> {
    let mut j = i + usize::from(f.doc.is_punct(i, ','));
    for _ in 0..6 {
        if let Some(k) = f.starting(j) {
            let e = f.entity(k);
            match f.class(e) {
                EntityClass::Person => return Some((e, f.live[k].0.end)),
                EntityClass::Organization => {
                    j = f.live[k].0.end + usize::from(f.doc.is_possessive(f.live[k].0.end));
                    continue;
                }
                _ => return None,
            }
        }
        // "long-time CEO B": a title the lexicon reads whole.
        if let Some(t) = read_titles(f.doc, f.res, j).filter(|t| t.end > j) {
            j = t.end;
            continue;
        }
        let role_word = f.doc.is_capitalized(j)
            || f.word_is(j, Words::RoleModifier)
            || f.doc.lookup(&f.res.titles, j).is_some()
            || matches!(f.doc.lower(j), "the" | "its" | "co" | "-");
        if !role_word {
            return None;
        }
        j += 1;
    }
    None
}

/// The organisation of the post the person who came takes: the one the
/// article says they work for (not a post they held before: "former
/// chief executive", or one read from a sentence with a word of the past,
/// "A, formerly head of sales at Y, will succeed B"), the
/// officers' company when they work for it among others; with no one
/// named, the officers' company.
fn post_of(f: &Facts, came: Option<usize>) -> Option<usize> {
    let Some(came) = came else { return f.officers_company };
    let former = |r: &Relation| {
        let said_before = f.doc.tokens_of(r.evidence.sentence).any(|j| f.doc.word_is(j, Words::FormerTimeWord));
        let fronted = r.evidence.rule.strip_prefix("worksFor/") == Some(FRONTED_POST);
        said_before || fronted || r.role.as_deref().is_some_and(|role| role.starts_with("former "))
    };
    let jobs: Vec<_> =
        f.out.iter().filter(|r| r.subject == came && r.predicate == Predicate::WorksFor && !former(r)).collect();
    match jobs.as_slice() {
        [one] => Some(one.object),
        many => many.iter().find(|r| Some(r.object) == f.officers_company).map(|r| r.object),
    }
}
