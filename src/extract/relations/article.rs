//! Facts read across a sentence or the whole article: founders after "by",
//! founding places, "raised … from", models named after their maker, and
//! model families sharing their maker.

use super::clause::{appositive_subject, is_modifier_gap, members_after, members_before, Member};
use super::cues::started_thing_before;
use super::held::Said;
use super::possessives::owned;
use super::{Facts, Why};
use crate::extract::model::{Entity, EntityClass, Evidence, Predicate, Relation, Span};
use crate::extract::resources::{Resources, Words};
use crate::text::words::{COPULAS, INCLUDE_WORDS, SHARED_MODEL_NOUNS};
use EntityClass::{AIModel, Organization as Org, Person, Place, Product};

/// "Nvidia H100", "Acme Vision": a model or product whose name starts with an
/// organisation's name is that organisation's.
pub(super) fn named_after_maker(f: &mut Facts) {
    // Looked up, not searched: an article naming thousands of things stays linear.
    let entities = f.entities;
    let mut org_named: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (o, org) in entities.iter().enumerate().filter(|(_, e)| e.class == Org) {
        for n in std::iter::once(&org.name).chain(&org.aliases) {
            org_named.entry(n.as_str()).or_insert(o);
        }
    }
    let mut first_at = vec![None; entities.len()];
    for (r, e) in f.live {
        first_at[*e].get_or_insert(r.start);
    }
    for (m, thing) in entities.iter().enumerate() {
        if !matches!(thing.class, AIModel | Product | Org) {
            continue;
        }
        // The first organisation whose name is the first words of one of the thing's names.
        let maker = std::iter::once(&thing.name)
            .chain(&thing.aliases)
            .flat_map(|t| t.match_indices(' ').map(move |(i, _)| &t[..i]))
            .filter_map(|words| org_named.get(words).copied())
            .min();
        if let Some(o) = maker {
            let at = first_at[m].unwrap_or(0);
            if thing.class == Org {
                match group_of(f.res, &f.entities[o], thing) {
                    // "Vodafone" and "Vodafone Group": one company, no ownership.
                    Some(true) => {}
                    // "Tata Electronics" and "Tata Group": the group owns its member.
                    Some(false) => {
                        f.emit(m, Predicate::Owns, o, None, Why::new(at, "group-owns-member", 0.6));
                    }
                    // "its cloud unit, Acme Cloud": a shared first word alone is no tie
                    // (a longer form of the same name, a namesake); the text must call it a part.
                    None if called_a_part(f, m) => {
                        f.emit(o, Predicate::Owns, m, None, Why::new(at, "named-after-owner", 0.6));
                    }
                    None => {}
                }
            } else if thing.class == AIModel || model_numbered(&thing.name, &f.entities[o]) || called_a_model(f, m) {
                // "Acme X200" is Acme's; "Acme Maps" or "the Acme Building" need the text to say so.
                owned(f, o, m, at, "named-after-maker", 0.7);
            }
        }
    }
}

/// "Acme's cloud unit, Acme Cloud", "Acme Labs, the group's research arm",
/// "Acme Space, whose parent…": a mention of organisation `e` stands in an
/// apposition that calls it a unit, an arm, a subsidiary (or says its parent).
fn called_a_part(f: &Facts, e: usize) -> bool {
    let part = |j: usize| {
        f.word_is(j, Words::UnitNoun)
            || f.word_is(j, Words::OwnedPart)
            || f.doc.lower(j) == "part" && f.doc.lower(j + 1) == "of"
    };
    let parent = |j: usize| f.word_is(j, Words::ParentNoun) && matches!(f.doc.lower(j - 1), "whose" | "its");
    f.live.iter().filter(|(_, x)| *x == e).any(|(r, _)| {
        let before = r.start >= 2
            && f.doc.is_punct(r.start - 1, ',')
            && (r.start.saturating_sub(5)..r.start - 1).rev().take_while(|&j| f.starting(j).is_none()).any(part);
        // "Acme America Inc., the group's US unit": past the abbreviation's period.
        let comma = r.end + usize::from(f.doc.is_punct(r.end, '.'));
        let after = f.doc.is_punct(comma, ',')
            && (comma + 1..comma + 8)
                .take_while(|&j| f.starting(j).is_none() && !f.doc.is_punct(j, ','))
                .any(|j| part(j) || parent(j));
        before || after
    })
}

/// "the Acme Velta and Acme Pico models", "the Acme Velta model's bodies":
/// a mention of product `e` (maybe one of a list of names) ends at the
/// noun "model", so the name after its maker's is a model's, not a place's.
fn called_a_model(f: &Facts, e: usize) -> bool {
    let listed = |j: usize| f.doc.is_capitalized(j) || f.doc.lower(j) == "and" || f.doc.is_punct(j, ',');
    f.live.iter().filter(|(_, x)| *x == e).any(|(r, _)| {
        let end = (r.end..r.end + 8).find(|&j| !listed(j)).unwrap_or(r.end + 8);
        end < f.doc.len() && SHARED_MODEL_NOUNS.contains(&f.doc.lower(end))
    })
}

/// "Acme X200", "Acme L40S": the words after the maker's name hold a model
/// number (a name with only words, "Acme Maps", may be a place or an event).
fn model_numbered(name: &str, maker: &Entity) -> bool {
    std::iter::once(&maker.name)
        .chain(&maker.aliases)
        .filter_map(|n| name.strip_prefix(n.as_str()))
        .any(|rest| rest.starts_with(' ') && rest.chars().any(|c| c.is_ascii_digit()))
}

/// When `thing`'s name is `maker`'s shared first words and a group word ("Acme
/// Group", "Acme Technology Group"): whether the two are one company (the
/// maker's own name is those first words), or a group and its member ("Acme
/// Foods", short "Acme", in "Acme Group"). None when `thing` is no group.
fn group_of(res: &Resources, maker: &Entity, thing: &Entity) -> Option<bool> {
    let names = || std::iter::once(&maker.name).chain(&maker.aliases);
    let rest = names().find_map(|n| thing.name.strip_prefix(n.as_str()).filter(|r| r.starts_with(' ')))?;
    let last = rest.split_whitespace().last()?.to_lowercase();
    if !res.is(Words::GroupWord, &last) {
        return None;
    }
    let prefix = &thing.name[..thing.name.len() - rest.len()];
    Some(maker.name == prefix)
}

/// Models of one family ("Vorta", "Vorta 2", "Vorta-1") share their maker: when
/// exactly one organisation is said to have developed some of them, it
/// developed the rest.
pub(super) fn families(f: &mut Facts) {
    let stem = |name: &str| -> Option<String> {
        let s: String = name.chars().take_while(|c| c.is_alphabetic()).collect();
        (s.chars().count() >= 3).then_some(s)
    };
    let mut makers: rustc_hash::FxHashMap<String, Vec<(usize, Span)>> = rustc_hash::FxHashMap::default();
    for r in &f.out {
        if r.predicate == Predicate::Developed && f.class(r.object) == AIModel {
            if let Some(st) = stem(&f.entities[r.object].name) {
                let list = makers.entry(st).or_default();
                if !list.iter().any(|(o, _)| *o == r.subject || owns(f, *o, r.subject) || owns(f, r.subject, *o)) {
                    list.push((r.subject, r.evidence.sentence));
                }
            }
        }
    }
    for m in 0..f.entities.len() {
        if f.class(m) != AIModel || f.out.iter().any(|r| r.predicate == Predicate::Developed && r.object == m) {
            continue;
        }
        let Some(st) = stem(&f.entities[m].name) else { continue };
        if let Some([(maker, sentence)]) = makers.get(&st).map(Vec::as_slice) {
            let evidence = Evidence { sentence: *sentence, rule: "developed/same-family".into(), confidence: 0.5 };
            f.out.push(Relation { subject: *maker, predicate: Predicate::Developed, object: m, role: None, evidence });
        }
    }
}

/// "the company … products like Facebook and Instagram", "its apps such as
/// X", "its brands include X, Y and Z", "Acme, whose brands include X": the
/// products listed belong to the organisation "its", "the company" or
/// "whose" stands for (brands and franchises are owned, products made).
pub(super) fn product_lists(f: &mut Facts, s: usize) {
    // Only a sentence with a plural noun of products is read.
    if !(f.held(s).has(Words::ProductPlural)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for i in range.clone() {
        if !f.word_is(i, Words::ProductPlural) || f.doc.is_capitalized(i) {
            continue;
        }
        // "all brands at Ostrava Group, which includes Skarn and Pellow": the owner named after the noun.
        if let Some((owner, list_at)) = brands_of_named(f, i) {
            for m in members_after(f, list_at, range.end) {
                let brand = f.entity(m.head);
                if matches!(f.class(brand), Product | Org) {
                    f.emit(owner, Predicate::Owns, brand, None, Why::new(i, "brands-of-named", 0.55));
                }
            }
            continue;
        }
        let list_at = match f.doc.lower(i + 1) {
            "like" | "including" | "include" | "included" => i + 2,
            // "whose brands also include Velmor".
            "also" if matches!(f.doc.lower(i + 2), "include" | "included") => i + 3,
            "such" if f.doc.lower(i + 2) == "as" => i + 3,
            _ => continue,
        };
        let Some(owner) = lister(f, i, range.start) else { continue };
        for m in members_after(f, list_at, range.end) {
            let thing = f.entity(m.head);
            if f.word_is(i, Words::BrandNoun) && f.class(owner) == Org && matches!(f.class(thing), Product | Org) {
                f.emit(owner, Predicate::Owns, thing, None, Why::new(i, "its-brands-like", 0.55));
            } else {
                owned(f, owner, thing, i, "its-products-like", 0.5);
            }
        }
    }
}

/// "brands at Ostrava Group, which includes Skarn", "the brands of
/// Ostrava, including Skarn": a noun of brands at `i`, "at" or "of" and an
/// organisation's name, then (past a comma and "which") a verb of
/// including: that organisation and where its list starts.
fn brands_of_named(f: &Facts, i: usize) -> Option<(usize, usize)> {
    if !f.word_is(i, Words::BrandNoun) || !matches!(f.doc.lower(i + 1), "at" | "of") {
        return None;
    }
    let k = f.starting(i + 2)?;
    let owner = f.org_entity(k)?;
    let mut j = f.live[k].0.end;
    j += usize::from(f.doc.is_punct(j, ','));
    j += usize::from(matches!(f.doc.lower(j), "which" | "that"));
    j += usize::from(f.doc.lower(j) == "also");
    INCLUDE_WORDS.contains(&f.doc.lower(j)).then_some((owner, j + 1))
}

/// Whose list the plural noun at `i` heads: "its apps", "the company's
/// consumer products", "Acme, whose brands", "Acme, best known for brands"
/// ("how its models compare with platforms like X" names rivals: the owner
/// stands in the noun phrase).
fn lister(f: &Facts, i: usize, start: usize) -> Option<usize> {
    let near = i.saturating_sub(4).max(start);
    let its = (near..i).any(|j| f.doc.lower(j) == "its" && is_modifier_gap(f.doc, j + 1, i));
    // "the company's", "the bank's": "the" before a company noun and its possessive.
    let company = (near.max(1)..i).find(|&j| {
        let noun = f.word_is(j, Words::CompanyNoun) && f.doc.is_possessive(j + 1) || f.doc.lower(j) == "company's";
        noun && f.doc.lower(j - 1) == "the"
    });
    let whose = (near.max(1)..i)
        .find(|&j| f.doc.lower(j) == "whose" && f.doc.is_punct(j - 1, ',') && is_modifier_gap(f.doc, j + 1, i))
        .and_then(|j| f.ending(j - 1))
        .map(|k| f.entity(k));
    // "Tarrow Group owns brands such as Velvane": the owner right before "owns".
    let owning = (near..i)
        .find(|&j| matches!(f.doc.lower(j), "owns" | "owned") && is_modifier_gap(f.doc, j + 1, i))
        .and_then(|j| f.ending(j))
        .map(|k| f.entity(k));
    // "Halvern, best known for brands like Quillo": the name before the comma of "known for".
    let known = (near.max(2)..i)
        .find(|&j| f.doc.lower(j) == "known" && f.doc.lower(j + 1) == "for" && is_modifier_gap(f.doc, j + 2, i))
        .and_then(|j| {
            let adverb = f.doc.is_lower_word(j - 1) && f.doc.is_punct(j - 2, ',');
            let comma = if f.doc.is_punct(j - 1, ',') { j - 1 } else { adverb.then_some(j - 2)? };
            f.ending(comma)
        })
        .map(|k| f.entity(k));
    if its {
        f.referent(i)
    } else if let Some(j) = company {
        f.the_company(j - 1, f.topic)
    } else {
        whose.or(owning).or(known)
    }
}

/// One organisation owns the other (a parent and its unit count as one maker).
fn owns(f: &Facts, a: usize, b: usize) -> bool {
    f.out.iter().any(|r| r.predicate == Predicate::Owns && r.subject == a && r.object == b)
}

/// "Y was founded in 2019 by A, B and C" / "the startup, set up by A": every
/// person named after "by" founded the organisation named before the verb
/// (else the article's topic).
pub(super) fn founded_by(f: &mut Facts, s: usize) {
    // Only a sentence with a verb of founding or "set" is read.
    if !(f.held(s).has(Words::FoundVerb) || f.held(s).says(Said::Set)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for i in range.clone() {
        let verb = f.word_is(i, Words::FoundVerb) || (f.doc.lower(i) == "set" && f.doc.lower(i + 1) == "up");
        if !verb || f.starting(i).is_some() {
            continue;
        }
        let object = f
            .starting(i + 1 + usize::from(f.doc.lower(i) == "set"))
            .map(|k| f.entity(k))
            .filter(|&e| f.class(e) == Org);
        let subject = appositive_subject(f, i, range.start).map(|k| f.entity(k)).filter(|&e| f.class(e) == Org);
        let by = (i + 1..(i + 12).min(range.end))
            .take_while(|&j| !f.doc.is_punct(j, '.') && !f.doc.is_punct(j, ';'))
            .find(|&j| f.doc.lower(j) == "by");
        // "Founded in 2015 by A and B, Zentrix sells…": the main clause's subject.
        let fronted = by.filter(|_| i == f.opening(range.start)).and_then(|by| fronted_subject(f, by, range.end));
        let before = fronted
            .map(|(e, _)| e)
            .or(subject)
            .or_else(|| f.within(range.start, i).iter().rev().find(|(_, e)| f.class(*e) == Org).map(|(_, e)| *e));
        founded_in(f, object.or(before).or(f.topic), i, range.end);
        let Some(by) = by else { continue };
        // "the firm founded in 2018 is chaired by X": "by" belongs to another verb.
        let other_verb = (i + 1..by).any(|j| {
            let w = f.doc.lower(j);
            COPULAS.contains(&w)
                || matches!(w, "are" | "has" | "have" | "had")
                || (j + 1 == by && w.ends_with("ed") && !f.word_is(j, Words::FoundVerb))
        });
        // "the drive for growth started by X": the participle describes the noun before it.
        if other_verb || started_thing_before(f, i) {
            continue;
        }
        let Some(org) = before.or(f.topic) else { continue };
        let until = fronted.map_or(range.end, |(_, at)| at);
        let founders: Vec<usize> =
            f.within(by + 1, until).iter().filter(|(_, e)| f.class(*e) == Person).map(|(_, e)| *e).collect();
        for p in founders {
            f.emit(p, Predicate::Founded, org, None, Why::new(i, "founded-by", 0.75));
        }
    }
}

/// "Founded in 2015 by A, B and C, Zentrix sells…": a founding participle
/// opening the sentence describes the subject of the main clause, the
/// organisation named right after the comma that closes the founders after
/// "by" (at token `by`); returns it and where it starts.
fn fronted_subject(f: &Facts, by: usize, sentence_end: usize) -> Option<(usize, usize)> {
    let (r, e) = f.within(by + 1, sentence_end).iter().find(|(_, e)| f.class(*e) != Person)?;
    let founders = f.within(by + 1, r.start);
    // "by serial entrepreneurs A and B": lower-case words may describe the founders.
    let described = |g: usize| f.doc.is_lower_word(g);
    let listed = founders.first().is_some_and(|(first, _)| first.start > by && (by + 1..first.start).all(described));
    (listed && f.doc.is_punct(r.start - 1, ',') && f.class(*e) == Org).then_some((*e, r.start))
}

/// "founded Zentrix Labs in Lyon, France", "was founded in 2019 in
/// Austin": the places after "in" near a founding verb at `i`.
pub(super) fn founded_in(f: &mut Facts, org: Option<usize>, i: usize, sentence_end: usize) {
    let Some(org) = org else { return };
    // "co-founded by former Acme engineers A and B in Tokyo": a list of
    // founders may push the place further, with no comma on the way.
    let stop = (i + 14).min(sentence_end);
    for j in i + 1..stop {
        if f.doc.lower(j) != "in" || j >= i + 10 && (i..j).any(|c| f.doc.is_punct(c, ',')) {
            continue;
        }
        if let Some(k) = f.starting(j + 1).filter(|&k| f.class(f.entity(k)) == Place) {
            for m in members_after(f, f.live[k].0.start, sentence_end) {
                let place = f.entity(m.head);
                f.emit(org, Predicate::LocatedIn, place, None, Why::new(i, "founded-in-place", 0.6));
            }
            return;
        }
    }
}

/// "Y raised $2 billion from X and Z" / "Y's round, with money from X" /
/// "…most of it from X, a Lyon fund, and from Z".
pub(super) fn raised_from(f: &mut Facts, s: usize) {
    // Only a sentence with a verb of raising is read.
    if !(f.held(s).has(Words::RaiseVerb)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for i in range.clone() {
        if !f.word_is(i, Words::RaiseVerb) {
            continue;
        }
        let Some(from) = (i + 1..(i + 14).min(range.end)).find(|&j| f.doc.lower(j) == "from") else { continue };
        let more =
            (from + 1..range.end).filter(|&j| f.doc.lower(j) == "from" && matches!(f.doc.lower(j - 1), "and" | "also"));
        let investors: Vec<Member> =
            std::iter::once(from).chain(more).flat_map(|j| members_after(f, j + 1, range.end)).collect();
        // "a start-up founded by former Acme researchers raised…": Acme describes the founders.
        let staff = |e: usize| f.within(range.start, i).iter().any(|(r, x)| *x == e && f.staff_of(r.end));
        let mut left = members_before(f, i, range.start);
        left.retain(|l| !f.staff_of(f.live[l.member.head].0.end));
        let target = match f.raiser(i).filter(|&e| !staff(e)) {
            Some(e) => (e, 0.7),
            None => match left.first() {
                Some(l) => (f.entity(l.member.head), l.confidence),
                None => continue,
            },
        };
        for inv in investors {
            let a = f.entity(inv.head);
            f.emit(a, Predicate::InvestedIn, target.0, None, Why::new(i, "raised-from", target.1));
        }
    }
}

/// "Backed by investors such as X and Y, the company has raised…", "Funded
/// by X, Zentrix…": a sentence that opens with a backing participle names the
/// backers after "by" and the backed organisation after the comma that closes
/// them (a name, or "the company", the article's topic).
pub(super) fn backed_opener(f: &mut Facts, s: usize) {
    let range = f.doc.sentences[s].clone();
    let i = f.opening(range.start);
    if !matches!(f.doc.lower(i), "backed" | "funded" | "financed") || f.doc.lower(i + 1) != "by" {
        return;
    }
    let Some(first) = members_after(f, i + 2, range.end).first().map(|m| m.owner.unwrap_or(m.head)) else { return };
    // The backers: names joined by commas and "and"; the list ends at the name
    // after "and", and a name the comma joins after that is the backed one
    // ("Backed by X and Y, Zentrix…").
    let mut backers = vec![first];
    let mut closed = false;
    let mut named_after = None;
    while let Some((r, _)) = f.live.get(backers[backers.len() - 1] + 1).filter(|(r, _)| r.start < range.end) {
        let end = f.live[backers[backers.len() - 1]].0.end;
        let gap = end..r.start;
        // A name the extractor did not take ("X, Some Pension Board, and Y") stays in the list.
        let sep = gap.clone().any(|j| f.doc.is_punct(j, ',') || matches!(f.doc.lower(j), "and" | "or"))
            && gap
                .clone()
                .all(|j| f.doc.is_punct(j, ',') || matches!(f.doc.lower(j), "and" | "or") || f.doc.is_capitalized(j));
        if !sep {
            break;
        }
        let next = backers[backers.len() - 1] + 1;
        if closed {
            named_after = (gap.len() == 1).then(|| f.entity(next));
            break;
        }
        closed = gap.clone().any(|j| matches!(f.doc.lower(j), "and" | "or"));
        backers.push(next);
    }
    // "Funded by X, Zentrix builds…": with no "and", a last name the main clause follows is the backed one.
    let mut last_end = f.live[backers[backers.len() - 1]].0.end;
    while last_end < range.end && f.doc.is_capitalized(last_end) {
        last_end += 1;
    }
    if !closed && named_after.is_none() && backers.len() >= 2 && !f.doc.is_punct(last_end, ',') {
        named_after = backers.pop().map(|k| f.entity(k));
    }
    let mut comma = f.live[backers[backers.len() - 1]].0.end;
    while comma < range.end && f.doc.is_capitalized(comma) {
        comma += 1;
    }
    if !f.doc.is_punct(comma, ',') {
        return;
    }
    let named = named_after.or_else(|| f.starting(comma + 1).map(|k| f.entity(k)));
    let the_company = f.doc.lower(comma + 1) == "the" && f.doc.lookup(&f.res.org_nouns, comma + 2).is_some();
    let Some(backed) = named.or(if the_company { f.the_company(comma + 1, f.topic) } else { None }) else { return };
    if f.class(backed) != Org {
        return;
    }
    for k in backers {
        let investor = f.entity(k);
        f.emit(investor, Predicate::InvestedIn, backed, None, Why::new(i, "backed-opener", 0.65));
    }
}

/// "Investors participated, including X and Y": a joining verb of a round
/// whose subject names nobody, then "including" and a list: the listed
/// backers put money in the company that raised it.
pub(super) fn joined_including(f: &mut Facts, s: usize) {
    // Only a sentence with a verb of joining and "including" is read.
    if !(f.held(s).says(Said::Participated) && f.held_on(s).says(Said::Including)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for i in range.clone() {
        if !matches!(f.doc.lower(i), "participated" | "invested" | "joined") {
            continue;
        }
        let including = i + 1 + usize::from(f.doc.is_punct(i + 1, ','));
        if f.doc.lower(including) != "including" || !f.about_money(i) {
            continue;
        }
        // The subject is a common noun ("investors", "global funds"): no name in the clause before.
        let clause = (range.start..i).rev().find(|&j| f.doc.is_punct(j, ',') || f.doc.is_punct(j, ';'));
        if !f.within(clause.map_or(range.start, |c| c + 1), i).is_empty() {
            continue;
        }
        let Some(target) = f.funded(i) else { continue };
        // The list: names joined by commas and "and"; a name after "of" ("X of
        // Japan", "Y of Zentrix") says where the one before is from, and is no backer.
        let mut at = including + 1;
        let mut investors: Vec<usize> = Vec::new();
        for (r, e) in f.within(including + 1, range.end) {
            let gap_ok =
                (at..r.start).all(|j| f.doc.is_punct(j, ',') || matches!(f.doc.lower(j), "and" | "of" | "the"));
            if !gap_ok {
                break;
            }
            let of = (at..r.start).any(|j| f.doc.lower(j) == "of");
            if !of && matches!(f.class(*e), Org | Person) {
                investors.push(*e);
            }
            at = r.end;
        }
        for investor in investors {
            f.emit(investor, Predicate::InvestedIn, target, None, Why::new(i, "joined-including", 0.6));
        }
    }
}
