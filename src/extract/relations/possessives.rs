//! What possessives and names next to names state: "Meta's Llama", "Nvidia
//! H100", "Vorta, Acme's chatbot", "Acme's rivals include Zentrix", "its Vorta chatbot".

use super::clause::{
    appositive_members, appositive_members_to_end, is_dash, is_list_sep, is_modifier_gap, is_quote,
    is_wide_modifier_gap, members_after, no_clause_break,
};
use super::places::in_fronted_phrase;
use super::{Facts, Why};
use crate::extract::doc::Doc;
use crate::extract::mentions::product_noun_ending_at;
use crate::extract::model::{EntityClass, Predicate};
use crate::extract::resources::Words;
use crate::text::words::{FRONTED_PHRASE_OPENERS, PAST_WORDS, PHRASE_OPENERS};
use crate::text::TokenKind;
use EntityClass::{AIModel, Organization as Org, Place, Product};

/// "Meta's Llama", "Nvidia H100", "Vorta, Acme's chatbot", "France's Mistral".
pub(super) fn possessives(f: &mut Facts, k: usize) {
    let a = f.entity(k);
    // "Tavian Land Inc.'s chain": the possessive past an abbreviation's period
    // (the apostrophe and the "s" after it two tokens there).
    let name_end = f.live[k].0.end;
    let split_s = |j: usize| (f.doc.is_punct(j, '\'') || f.doc.is_punct(j, '’')) && f.doc.lower(j + 1) == "s";
    let past_period = if !f.doc.is_punct(name_end, '.') {
        0
    } else if f.doc.is_possessive(name_end + 1) {
        1
    } else if split_s(name_end + 1) {
        2
    } else {
        0
    };
    let end = name_end + past_period;
    if past_period > 0 || f.doc.is_possessive(end) {
        if let Some(b) = (end + 1..end + 7).find_map(|j| f.starting(j).filter(|_| is_modifier_gap(f.doc, end + 1, j))) {
            let sentence_end = f.sentence_end(end);
            let mut things = members_after(f, f.live[b].0.start, sentence_end);
            // "Italy's Exor and Belgian firm Sofina": a place is only its first member's.
            if f.class(a) == Place {
                things.truncate(1);
            }
            for m in things.into_iter().filter(|m| m.owner.is_none()) {
                let b_ent = f.entity(m.head);
                owned(f, a, b_ent, end, "possessive", 0.8);
            }
        } else if f.class(a) == Org {
            described_thing(f, a, end);
        }
        possessive_appositive(f, k, end);
        possessive_part(f, k, end);
        if let Some(parts) = parts_listed(f, end + 1) {
            own_parts(f, a, &parts, end);
        }
        relational_noun(f, k, end);
        release_of(f, k, end);
        control_of(f, k, end);
    } else {
        named_relational_noun(f, k);
        // "several Acme subsidiaries, such as A and B": the name right before a plural
        // noun of parts owns those it lists.
        if f.class(a) == Org && f.word_is(end, Words::OwnedParts) {
            if let Some(parts) = parts_listed(f, end) {
                own_parts(f, a, &parts, end);
            }
        }
    }
    if let Some(b) = f.starting(end).filter(|_| f.class(a) == Org) {
        let b_ent = f.entity(b);
        // "Microsoft Azure": a service named with its company's name in front says
        // nothing of who runs it; "Amazon Bedrock, the company's service" does.
        let said = |f: &Facts| {
            let after = f.live[b].0.end;
            let its = past_its(f, after + 1).or_else(|| past_its(f, after + 2));
            is_made_thing(f, b_ent) || f.doc.is_punct(after, ',') && its.is_some()
        };
        if matches!(f.class(b_ent), AIModel | Product) && said(f) {
            owned(f, a, b_ent, end, "name-before-product", 0.7);
        }
    }
}

/// "Vexon's tennis-like video game Quarro", "Acme's best-selling blood
/// thinner Velix": more describing words than a plain possessive takes (at
/// most ten, `is_wide_modifier_gap`), then a noun of a product or model
/// kind right before the name: the organisation `a` (its possessive at
/// `poss`) made the thing named.
fn described_thing(f: &mut Facts, a: usize, poss: usize) {
    let Some(m) = (poss + 2..poss + 13).find_map(|j| f.starting(j)) else { return };
    let start = f.live[m].0.start;
    let noun = (1..=3).find_map(|n| {
        let s = start.checked_sub(n).filter(|&s| s > poss)?;
        let (len, _) = f.doc.lookup(&f.res.thing_nouns, s)?;
        (s + len == start && !(s..start).any(|j| f.doc.is_capitalized(j))).then_some(s)
    });
    let Some(noun) = noun.filter(|&s| is_wide_modifier_gap(f, poss + 1, s)) else { return };
    let b = f.entity(m);
    if matches!(f.class(b), AIModel | Product) {
        owned(f, a, b, noun, "possessive-described", 0.7);
    }
}

/// "Acme's release of Vorta", "Acme's surprise launch of the Vorta app": the
/// organisation at mention `k` (its possessive at `poss`) made the product
/// or model its noun of launching brings out.
fn release_of(f: &mut Facts, k: usize, poss: usize) {
    let a = f.entity(k);
    if f.class(a) != Org {
        return;
    }
    let Some((noun, b)) = possessed_noun_of(f, poss, |j| f.word_is(j, Words::LaunchNoun)) else { return };
    if matches!(f.class(b), AIModel | Product) {
        f.emit(a, Predicate::Developed, b, None, Why::new(noun, "possessive-release-of", 0.7));
    }
}

/// "Acme's control of Zentrix", "Acme's full ownership of the Zentrix
/// chain": the organisation at mention `k` (its possessive at `poss`) owns
/// what its noun of holding is said of.
fn control_of(f: &mut Facts, k: usize, poss: usize) {
    let a = f.entity(k);
    let control = |j: usize| f.doc.word_is(j, Words::ControlNoun);
    let Some((noun, b)) = possessed_noun_of(f, poss, control) else { return };
    if f.class(a) == Org && matches!(f.class(b), Org | Product) {
        f.emit(a, Predicate::Owns, b, None, Why::new(noun, "possessive-control-of", 0.7));
    }
}

/// "Acme's [describing words] <noun> of [the] Zentrix": the noun that
/// `is_noun` accepts after the possessive at `poss`, and the entity named
/// right after its "of".
fn possessed_noun_of(f: &Facts, poss: usize, is_noun: impl Fn(usize) -> bool) -> Option<(usize, usize)> {
    let noun = (poss + 1..poss + 3).find(|&j| is_noun(j))?;
    if !is_modifier_gap(f.doc, poss + 1, noun) || f.doc.lower(noun + 1) != "of" {
        return None;
    }
    let the = usize::from(matches!(f.doc.lower(noun + 2), "the" | "its" | "a" | "an"));
    f.starting(noun + 2 + the).map(|m| (noun, f.entity(m)))
}

/// The token after "its" or "the company's" (any company noun) at `i`.
#[inline]
pub(super) fn past_its(f: &Facts, i: usize) -> Option<usize> {
    if f.doc.lower(i) == "its" {
        return Some(i + 1);
    }
    let company = f.word_is(i, Words::CompanyNoun) && f.doc.lower(i.wrapping_sub(1)) == "the";
    (company && f.doc.is_possessive(i + 1)).then_some(i + 2)
}

/// "its Vorta chatbot", "the company's first model, Vorta-7B": the maker is
/// the organisation "its" stands for.
pub(super) fn its_thing(f: &mut Facts, i: usize) {
    let Some(after) = past_its(f, i) else { return };
    let owner = if f.doc.lower(i) == "its" { f.referent(i) } else { f.the_company(i - 1, f.topic) };
    let Some(owner) = owner else { return };
    let mut j = after;
    while j < after + 4 && f.starting(j).is_none() && !f.doc.is_punct(j, '.') {
        j += 1;
    }
    let noun_after = |m: usize| f.doc.lookup(&f.res.thing_nouns, f.live[m].0.end).is_some();
    // "Velmora said its experimental drug velorimab", "its latest phone Pavo X": a product
    // noun right before the name, when the maker is named earlier in the sentence
    // (a "the company" before "its" may stand for another company than the text's).
    let named = named_earlier_in_sentence(f, owner, i);
    let noun_before = |m: usize| named && product_noun_ending_at(f.doc, f.res, f.live[m].0.start).is_some();
    let direct = f.starting(j).filter(|&m| {
        is_modifier_gap(f.doc, after, j) && (j - after <= 1 || noun_after(m) || noun_before(m)) && !styled(f, m)
    });
    // "its third-generation Vantix smartphone - the K3 -": the name the apposition gives the thing.
    let direct = direct.map(|m| named_after_thing(f, m).unwrap_or(m));
    // "its new smartphone, the K3,", "its new chatbot – Vorta –": a comma or a dash, maybe "the".
    let appositive = (after..after + 5)
        .find(|&c| f.doc.is_punct(c, ',') || is_dash(f.doc, c))
        .filter(|&c| is_modifier_gap(f.doc, after, c))
        .and_then(|c| {
            let named = if f.word_is(c + 1, Words::NamingVerb) {
                c + 2 + usize::from(f.doc.lower(c + 2) == "as")
            } else {
                c + 1 + usize::from(f.doc.lower(c + 1) == "the" && c > after)
            };
            f.starting(named)
        });
    let Some(m) = direct.or(appositive).or_else(|| set_off_before_its(f, i, after)) else { return };
    // "its blockbuster drugs Ostrel and Lunaxa": every name of the list.
    let listed = if direct.is_some_and(noun_before) {
        members_after(f, j, f.sentence_end(j)).into_iter().filter(|m| m.owner.is_none()).map(|m| m.head).collect()
    } else {
        vec![m]
    };
    for m in listed {
        let thing = f.entity(m);
        if matches!(f.class(thing), AIModel | Product) {
            owned(f, owner, thing, i, "its-thing", 0.55);
        }
    }
}

/// "its Vorta-like chatbot", "its Vorta-style app": mention `m` joined by a
/// dash to "like", "style" or "type" names the kind the thing is of, not the
/// thing the owner made.
pub(super) fn styled(f: &Facts, m: usize) -> bool {
    let end = f.live[m].0.end;
    (f.doc.is_punct(end, '-') || is_dash(f.doc, end)) && matches!(f.doc.lower(end + 1), "like" | "style" | "type")
}

/// "Vantix smartphone - the K3 -", "Vantix phone, the K3,": the product or
/// model named in apposition to the product noun right after mention `m`
/// (the thing is the K3; Vantix only describes it).
pub(super) fn named_after_thing(f: &Facts, m: usize) -> Option<usize> {
    let end = f.live[m].0.end;
    let (len, _) = f.doc.lookup(&f.res.thing_nouns, end).filter(|_| f.doc.is_lower_word(end))?;
    let sep = end + len;
    if !(f.doc.is_punct(sep, ',') || is_dash(f.doc, sep)) {
        return None;
    }
    let at = sep + 1 + usize::from(f.doc.lower(sep + 1) == "the");
    f.starting(at).filter(|&x| matches!(f.class(f.entity(x)), AIModel | Product))
}

/// Whether a mention of entity `e` ends before token `i` in `i`'s sentence.
fn named_earlier_in_sentence(f: &Facts, e: usize, i: usize) -> bool {
    let sentence = f.doc.sentence_of.get(i);
    f.live.iter().any(|(r, k)| *k == e && r.end <= i && f.doc.sentence_of.get(r.start) == sentence)
}

/// "Trivexa, its treatment for…", "the Orbit Pad, its first tablet": the
/// name set off right before "its" at `i` that a product noun after it
/// (describing words between) describes.
fn set_off_before_its(f: &Facts, i: usize, after: usize) -> Option<usize> {
    let m = f.ending(i.checked_sub(1).filter(|&c| f.doc.is_punct(c, ','))?)?;
    let product_noun = |k: usize| {
        f.doc.lookup(&f.res.thing_nouns, k).is_some_and(|(_, &class)| class == Product) && !f.doc.is_capitalized(k)
    };
    (after..after + 3).any(|k| product_noun(k) && is_modifier_gap(f.doc, after, k)).then_some(m)
}

/// "its Zentrix unit", "its online subsidiary Zentrix", "its wholly owned
/// subsidiary, Zentrix", "the company's Zentrix (ZX) division": a part-of
/// noun (unit, division, subsidiary, business…) right after a name, or right
/// before one, behind "its" or "the company's": the organisation that stands
/// for owns the named part.
pub(super) fn its_unit(f: &mut Facts, i: usize) {
    let Some(after) = past_its(f, i) else { return };
    let named = part_named_after(f, after);
    // "In a move aimed at growing its data center business, Corvan announced…": the name
    // after the comma closing a fronted phrase is the sentence's subject, what "its" stands
    // for, not its part in apposition.
    let fronted = |m: usize| {
        let start = f.live[m].0.start;
        start > after && f.doc.is_punct(start - 1, ',') && its_before_any_name(f, i)
    };
    let named = named.filter(|&m| !fronted(m));
    let Some(m) = named.or_else(|| part_set_off_before_its(f, i, after)) else { return };
    let owner = if f.doc.lower(i) == "its" { its_owner(f, i) } else { f.the_company(i - 1, f.topic) };
    let unit = f.entity(m);
    // "Zentrix, its U.S. unit, said…": not the part itself, but what "its" would stand for before it.
    let owner = if named.is_none() && owner == Some(unit) { f.referent(f.live[m].0.start) } else { owner };
    let owner = if stake_bought_in(f, i) { owner.and_then(|o| other_than_buyer(f, i, o)) } else { owner };
    let Some(owner) = owner else { return };
    if f.class(owner) == Org && f.class(unit) == Org && owner != unit {
        f.emit(owner, Predicate::Owns, unit, None, Why::new(i, "its-unit", 0.6));
    }
}

/// Whether "its" at token `i` stands in a phrase opening its sentence with a
/// preposition ("In a move aimed at growing its…", "To fund its…"), before
/// any name: it then stands for the subject the comma closing the phrase
/// leads to.
fn its_before_any_name(f: &Facts, i: usize) -> bool {
    let Some(&s) = f.doc.sentence_of.get(i) else { return false };
    let open = f.opening(f.doc.sentences[s].start);
    let preposition = FRONTED_PHRASE_OPENERS.contains(&f.doc.lower(open)) || matches!(f.doc.lower(open), "to" | "as");
    preposition && f.within(open, i).is_empty() && !(open..i).any(|j| f.doc.is_punct(j, ','))
}

/// "Brindle will buy a 2% stake in its unit…", "took a stake in its arm…":
/// "its" at `i` closes a stake (or shares) after a verb or noun of buying a
/// stake, a few words before; one buys into another's part, not one's own.
fn stake_bought_in(f: &Facts, i: usize) -> bool {
    if i < 3 || f.doc.lower(i - 1) != "in" {
        return false;
    }
    let start = f.doc.sentence_of.get(i).and_then(|&s| f.doc.sentences.get(s)).map_or(0, |r| r.start);
    let from = i.saturating_sub(12).max(start);
    let stake = |j: usize| f.doc.lower(j) == "stake" || f.word_is(j, Words::StockNoun);
    let Some(noun) = (from..i - 1).rev().find(|&j| stake(j)) else { return false };
    (from..noun).any(|j| f.word_is(j, Words::StakeBuyingWord))
}

/// "Acme said Brindle will buy a stake in its unit Zentrix": the
/// organisation named before token `i` in its sentence that is not `buyer`
/// (what "its" was read as, the buyer), the first such; none when there is
/// none.
fn other_than_buyer(f: &Facts, i: usize, buyer: usize) -> Option<usize> {
    let start = f.doc.sentences.get(*f.doc.sentence_of.get(i)?)?.start;
    let named = f.within(start, i);
    let buyer_named = named.iter().any(|(_, e)| *e == buyer);
    let first = named.iter().map(|(_, e)| *e).find(|&e| f.class(e) == Org && e != buyer);
    first.filter(|_| buyer_named)
}

/// "its subsidiaries Zentrix and Brindle", "its Zentrix and Brindle units",
/// "the company's brands Zentrix and Brindle": a plural noun of parts behind
/// "its" (or "the company's") at `i` names a list; what "its" stands for owns
/// every name of it.
pub(super) fn its_parts(f: &mut Facts, i: usize) {
    let Some(after) = past_its(f, i) else { return };
    let Some(parts) = parts_listed(f, after) else { return };
    let owner = if f.doc.lower(i) == "its" { its_owner(f, i) } else { f.the_company(i - 1, f.topic) };
    if let Some(owner) = owner {
        own_parts(f, owner, &parts, i);
    }
}

/// `owner` owns each of the mentions `parts` (companies and brands) a list
/// of parts named, read at token `at`.
fn own_parts(f: &mut Facts, owner: usize, parts: &[usize], at: usize) {
    if f.class(owner) != Org {
        return;
    }
    for &m in parts {
        let part = f.entity(m);
        if matches!(f.class(part), Org | Product) && part != owner {
            f.emit(owner, Predicate::Owns, part, None, Why::new(at, "its-parts-listed", 0.6));
        }
    }
}

/// The mentions a list of parts names after a possessive ending before
/// token `after`: the names after a plural noun of parts, past describing
/// words ("its electronics, powertrains, and seating-making subsidiaries
/// Zentrix, Brindle, and Orvane", "its units: A and B", "its brands include
/// A and B", "three of its key units – A, its research arm B, and ICT unit
/// C –"), or the names listed right before the noun ("its Zentrix and
/// Brindle units"). None when a word of a tie or of a past stands among the
/// describing words ("its rival units", "its former subsidiaries").
fn parts_listed(f: &Facts, after: usize) -> Option<Vec<usize>> {
    let sentence = *f.doc.sentence_of.get(after)?;
    if !f.held(sentence).has(Words::OwnedParts) {
        return None;
    }
    let sentence_end = f.sentence_end(after);
    let past_or_tie = |j: usize| {
        f.doc.word_is(j, Words::TieNoun) || PAST_WORDS.contains(&f.doc.lower(j)) || f.doc.lower(j) == "other"
    };
    // The names listed before the noun: "its Zentrix, Brindle and Orvane units".
    let mut j = after;
    let mut before = Vec::new();
    while let Some(m) = f.starting(j).filter(|&m| f.class(f.entity(m)) != Place) {
        before.push(m);
        j = f.live[m].0.end;
        let sep = (j + 1..j + 3).find(|&t| f.starting(t).is_some()).filter(|&t| is_list_sep(f.doc, j, t));
        match sep {
            Some(t) if f.doc.is_lower_word(j) || f.doc.is_punct(j, ',') => j = t,
            _ => break,
        }
    }
    if before.len() >= 2 && f.word_is(j, Words::OwnedParts) {
        return Some(before);
    }
    if !before.is_empty() {
        return None;
    }
    // The noun after describing words: lower-case words, hyphens, commas, "and", places.
    let describing = |j: usize| {
        (f.doc.is_lower_word(j) || f.doc.is_punct(j, '-') || f.doc.is_punct(j, ',') || is_field_acronym(f, j))
            && !matches!(f.doc.lower(j), "of" | "to" | "with" | "from" | "in" | "for" | "by" | "that" | "which")
    };
    let mut j = past_describing_place(f, after);
    let mut words = 0;
    while words < 8 && j < sentence_end && !f.word_is(j, Words::OwnedParts) {
        if !describing(j) || past_or_tie(j) || f.starting(j).is_some() {
            return None;
        }
        j += 1;
        words += 1;
    }
    if !f.word_is(j, Words::OwnedParts) {
        return None;
    }
    let mut k = j + 1;
    if is_dash(f.doc, k) {
        return Some(dashed_parts(f, k + 1, sentence_end));
    }
    // "its chains of A and B supermarkets": the parts named after "of".
    if f.doc.is_punct(k, ':')
        || f.doc.is_punct(k, ',')
        || matches!(f.doc.lower(k), "include" | "including" | "are" | "of")
    {
        k += 1;
    }
    // "its subsidiaries, such as A and B", "its brands like A", "its units, including A".
    if f.doc.lower(k) == "such" && f.doc.lower(k + 1) == "as" {
        k += 2;
    } else if f.doc.lower(k) == "like" || f.doc.is_punct(k - 1, ',') && f.doc.lower(k) == "including" {
        k += 1;
    }
    f.starting(k)?;
    let listed: Vec<usize> =
        members_after(f, k, sentence_end).into_iter().filter(|m| m.owner.is_none()).map(|m| m.head).collect();
    (!listed.is_empty()).then_some(listed)
}

/// "– Acme Cloud, its research and development arm Brindle, and ICT unit
/// Orvane –": the names of a list set off by dashes from token `from`, each
/// first in the list, after a comma or "and", or right after a noun of a part.
fn dashed_parts(f: &Facts, from: usize, sentence_end: usize) -> Vec<usize> {
    let end = (from..sentence_end).find(|&j| is_dash(f.doc, j)).unwrap_or(sentence_end);
    let opens_member = |t: usize| {
        t == from
            || f.doc.is_punct(t - 1, ',')
            || f.doc.lower(t - 1) == "and"
            || f.word_is(t - 1, Words::OwnedPart)
            || f.word_is(t - 1, Words::UnitNoun)
    };
    let first = f.live.partition_point(|(r, _)| r.start < from);
    (first..f.live.len()).take_while(|&m| f.live[m].0.end <= end).filter(|&m| opens_member(f.live[m].0.start)).collect()
}

/// "Orvane Bank, its lending unit,", "Zentrix, its U.S. subsidiary.": the
/// name set off by a comma right before "its" (at `i`) that a noun of a part
/// (after describing words and a place's name, from token `after`) ending
/// the apposition describes.
fn part_set_off_before_its(f: &Facts, i: usize, after: usize) -> Option<usize> {
    let m = f.ending(i.checked_sub(1).filter(|&c| f.doc.is_punct(c, ','))?)?;
    let from = past_describing_place(f, after);
    let noun = (from..from + 4).find(|&j| f.word_is(j, Words::OwnedPart) || f.word_is(j, Words::UnitNoun))?;
    let closed =
        f.doc.tokens.get(noun + 1).is_none_or(|t| t.kind == TokenKind::Punct) || noun + 1 >= f.sentence_end(noun);
    // "its rival unit", "its partner division": another company's part, not its own.
    let tie = (after..noun).any(|t| f.doc.word_is(t, Words::TieNoun));
    (is_wide_modifier_gap(f, from, noun) && closed && !tie).then_some(m)
}

/// "Brindle's Australian phone carrier Zentrix", "Brindle's German software
/// unit Zentrix", "Brindle's Zentrix unit": the part a name's possessive (at
/// `poss`) names with a noun of a part or of a business a company runs, past
/// describing words and a demonym; the possessor owns it. (A bare "Brindle's
/// Zentrix" is `owned`'s.)
fn possessive_part(f: &mut Facts, k: usize, poss: usize) {
    let owner = f.entity(k);
    if f.class(owner) != Org {
        return;
    }
    let Some(m) = part_named_after(f, poss + 1) else { return };
    let unit = f.entity(m);
    if f.class(unit) == Org && unit != owner {
        f.emit(owner, Predicate::Owns, unit, None, Why::new(poss, "possessive-described-part", 0.65));
    }
}

/// The mention a possessive ending before token `after` names as a part
/// ("its Texan subsidiary Zentrix", "its Zentrix unit", "its e-commerce
/// retailer Brindle"), past at most four describing words; none when a noun of
/// a tie calls it another company ("its rival retailer Brindle").
fn part_named_after(f: &Facts, after: usize) -> Option<usize> {
    // Describing words between the possessor and the name or the noun: lower-case
    // words, hyphens and demonyms ("its Texan subsidiary").
    let describing = |j: usize| {
        // "its Mexican subsidiary": a demonym, whether or not the rules kept it as a place.
        let demonym = f.starting(j).is_some_and(|m| f.class(f.entity(m)) == Place && f.live[m].0.len() == 1)
            || f.starting(j).is_none() && f.doc.is_demonym(j);
        let word = f.doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word)
            && (!f.doc.is_capitalized(j) || demonym || is_field_acronym(f, j));
        // "Acme's offer undervalued its unit Zentrix": a possessive word opens another phrase.
        (word || f.doc.is_punct(j, '-'))
            && !matches!(f.doc.lower(j), "and" | "or" | "of" | "to" | "with" | "from" | "its" | "their" | "his" | "her")
    };
    let is_demonym = |j: usize| f.starting(j).is_some_and(|m| f.class(f.entity(m)) == Place && f.live[m].0.len() == 1);
    let mut j = after;
    let mut words = 0;
    while words < 4 && !is_part_noun(f, j) {
        if let Some(end) = place_describing(f, j).filter(|_| !is_demonym(j)) {
            // "its Hong Kong subsidiary", "its U.S. unit": a place's name of several tokens.
            j = end;
        } else if (f.starting(j).is_none() || is_demonym(j)) && describing(j) {
            j += 1;
        } else {
            break;
        }
        words += 1;
    }
    let part = if let Some(m) = f.starting(j).filter(|&m| f.class(f.entity(m)) != Place) {
        // "its Zentrix unit", "the company's Zentrix (ZX) division".
        // Past an abbreviation's period ("Zentrix Inc.") and a short form in brackets.
        let mut end = f.live[m].0.end + usize::from(f.doc.is_punct(f.live[m].0.end, '.'));
        if f.doc.is_punct(end, '(') && f.doc.is_punct(end + 2, ')') {
            end += 3;
        }
        is_part_noun(f, end).then_some(m)
    } else if is_part_noun(f, j) {
        // "its online subsidiary Zentrix", "its wholly owned subsidiary, Zentrix".
        let comma = usize::from(f.doc.is_punct(j + 1, ','));
        // "its Mexican subsidiary, Acme Mexico" read as "Acme" and "Mexico": a cut name.
        f.starting(j + 1 + comma).filter(|&m| f.starting(f.live[m].0.end).is_none_or(|n| f.class(f.entity(n)) != Place))
    } else {
        None
    };
    let m = part?;
    // "its rival retailer Brindle", "its partner airline Skyhop": another company, not a part.
    if (after..f.live[m].0.end + 2).any(|t| f.doc.word_is(t, Words::TieNoun)) {
        return None;
    }
    Some(m)
}

/// "AI" in "Brindle's AI unit Zentrix", "TV" in "its TV arm": an acronym of
/// two or three capitals at token `j` that starts no name, describing a part.
fn is_field_acronym(f: &Facts, j: usize) -> bool {
    f.doc.is_plain_acronym(j) && f.starting(j).is_none()
}

/// "Hong Kong" in "its Hong Kong subsidiary", "U.S." in "its U.S. unit": a
/// place's name starting at token `j` that describes the noun after it
/// (a lower-case word follows); where it ends.
fn place_describing(f: &Facts, j: usize) -> Option<usize> {
    let m = f.starting(j).filter(|&m| f.class(f.entity(m)) == Place)?;
    let end = f.live[m].0.end;
    let word = f.doc.is_lower_word(end);
    (word || f.doc.is_punct(end, '-')).then_some(end)
}

/// Where the describing words after a possessive (from token `j`) go on
/// past a place's name that describes the noun after it: "China" in
/// "Brindle's China unit", "U.S.-based" in "its U.S.-based unit"; else `j`.
fn past_describing_place(f: &Facts, j: usize) -> usize {
    match place_describing(f, j) {
        Some(end) if f.doc.is_punct(end, '-') && f.doc.is_lower_word(end + 1) => end + 2,
        Some(end) => end,
        None => j,
    }
}

/// "unit", "subsidiary", "retailer", "airline": a noun of a part or of a
/// business a company runs, at token `j`.
fn is_part_noun(f: &Facts, j: usize) -> bool {
    f.word_is(j, Words::OwnedPart) || f.doc.word_is(j, Words::OwnedBusinessNoun)
}

/// What "its" at token `i` stands for; when an unnamed organisation ("the
/// Detroit automaker and its…") stands between the last name and "its", the
/// article's topic (the unnamed one is most often the company written about).
pub(super) fn its_owner(f: &Facts, i: usize) -> Option<usize> {
    let start = f.doc.sentences.get(*f.doc.sentence_of.get(i)?)?.start;
    // "said its A unit grew faster than its B unit": a second "its" in the
    // sentence stands for what the first one does, not for the unit between.
    if let Some(first) = (start..i).rev().find(|&j| f.doc.lower(j) == "its") {
        // "To fund its expansion, Halvard sold its unit…": the first "its" stood for the
        // subject after the fronted phrase it opened.
        if its_before_any_name(f, first) {
            let subject = f.within(first, i).iter().find(|(r, e)| f.class(*e) == Org && !f.doc.is_possessive(r.end));
            if let Some((_, e)) = subject {
                return Some(*e);
            }
        }
        return its_owner(f, first);
    }
    // "Mitan's $40 billion plan to take full control of its mobile arm": "its" in what the
    // possessed noun governs ("plan to", "bid for") stands for the possessor.
    if let Some(owner) = possessor_governing(f, start, i) {
        return Some(owner);
    }
    let from = i.saturating_sub(6).max(start);
    let described = (from..i).rev().take_while(|&j| f.ending(j + 1).is_none() && f.starting(j).is_none()).any(|j| {
        f.doc.lookup(&f.res.org_nouns, j).is_some()
            && (j.saturating_sub(3).max(start)..j).any(|d| f.doc.lower(d) == "the")
    });
    if described {
        f.topic
    } else {
        f.referent(i)
    }
}

/// The organisation whose possessive stands last before "its" at token `i`
/// (its sentence starting at `start`), when the noun it possesses governs
/// the phrase holding "its": at most three describing words (a sum, "$40
/// billion"), the noun, then "to" or a preposition within two words, and
/// no name, comma or relative word up to "its".
fn possessor_governing(f: &Facts, start: usize, i: usize) -> Option<usize> {
    let (r, e) = f.within(start, i).last().cloned()?;
    if f.class(e) != Org || !f.doc.is_possessive(r.end) || i - r.end > 14 {
        return None;
    }
    let plain = |j: usize| {
        let t = &f.doc.tokens[j];
        (t.kind == TokenKind::Word && !f.doc.is_capitalized(j) || f.doc.is_number(j) || f.doc.is_punct(j, '$'))
            && !matches!(f.doc.lower(j), "that" | "which" | "who" | "and" | "but")
    };
    if !(r.end + 1..i).all(plain) {
        return None;
    }
    let governs = |j: usize| matches!(f.doc.lower(j), "to" | "of" | "for" | "over" | "in" | "with");
    let first = (r.end + 1..i).find(|&j| PHRASE_OPENERS.contains(&f.doc.lower(j)))?;
    (governs(first) && first <= r.end + 6).then_some(e)
}

/// "Acme, a Lyon startup whose Vorta model…", "AWS, Amazon's cloud unit,
/// whose Trainium chips…", "OpenAI and Google, whose ChatGPT and Gemini…":
/// the organisations "whose" refers to made the things named right after it
/// (one each, in order, when as many are listed; else the nearest made them all).
pub(super) fn whose_thing(f: &mut Facts, i: usize) {
    if f.doc.lower(i) != "whose" {
        return;
    }
    let Some(owner) = whose_owner(f, i) else { return };
    let Some(first) = (i + 1..i + 4).find_map(|j| f.starting(j).filter(|_| is_modifier_gap(f.doc, i + 1, j))) else {
        return;
    };
    // "Acme, whose brands include Vorta": a list a plural noun introduces (`product_lists`).
    if (i + 1..f.live[first].0.start).any(|j| f.word_is(j, Words::ProductPlural)) {
        return;
    }
    let things: Vec<usize> = members_after(f, f.live[first].0.start, f.sentence_end(i))
        .iter()
        .filter(|m| m.owner.is_none())
        .map(|m| f.entity(m.head))
        .collect();
    let mut owners = vec![f.entity(owner)];
    let mut k = owner;
    while let Some(prev) = k.checked_sub(1).filter(|&q| is_list_sep(f.doc, f.live[q].0.end, f.live[k].0.start)) {
        owners.insert(0, f.entity(prev));
        k = prev;
    }
    for (n, &thing) in things.iter().enumerate() {
        let maker = if owners.len() == things.len() { owners[n] } else { f.entity(owner) };
        if f.class(maker) == Org && matches!(f.class(thing), AIModel | Product) {
            owned(f, maker, thing, i, "whose-thing", 0.6);
        }
    }
}

/// The name "whose" at token `i` refers to: the one before its comma, or the
/// one an appositive describes ("Acme, a Lyon startup whose").
pub(super) fn whose_owner(f: &Facts, i: usize) -> Option<usize> {
    let start = f.doc.sentences.get(*f.doc.sentence_of.get(i)?)?.start;
    (start.max(i.saturating_sub(12))..i)
        .rev()
        .filter(|&c| f.doc.is_punct(c, ','))
        .find_map(|c| f.ending(c).filter(|&k| f.class(f.entity(k)) == Org && !f.doc.is_possessive(c)))
}

/// "Acme's rivals include Zentrix and Helixor", "Brindle, Acme's chip-making
/// partner": a relational noun after a possessive ties the possessor to the
/// name before the comma or the list after the noun.
pub(super) fn relational_noun(f: &mut Facts, k: usize, poss: usize) {
    // "Brindle's China unit", "Acme's U.S.-based rival": past a place's name describing the noun.
    let from = past_describing_place(f, poss + 1);
    let Some(noun) = (from..from + 4).find(|&j| relation_of_noun(f.doc, j).is_some()) else { return };
    if is_modifier_gap(f.doc, from, noun) {
        tie_relational_noun(f, k, noun);
    }
}

/// "Tencent, a Sea backer,", "Zentrix, an Acme unit,", "Brindle, a longtime
/// Acme partner": a name used as a modifier, after "a" (and describing
/// words), before a relational noun ties like a possessor ("Acme's unit").
pub(super) fn named_relational_noun(f: &mut Facts, k: usize) {
    let (start, noun) = (f.live[k].0.start, f.live[k].0.end);
    // "Zentrix, another Acme unit": "another" says the same as "a".
    let det = (start.saturating_sub(3)..start).rev().find(|&j| matches!(f.doc.lower(j), "a" | "an" | "another"));
    let described = det.is_some_and(|d| is_modifier_gap(f.doc, d + 1, start));
    let word = f.doc.is_lower_word(noun);
    if described && word && relation_of_noun(f.doc, noun).is_some() {
        tie_relational_noun(f, k, noun);
    }
}

/// The relational noun at `noun` ("rival", "backer", "unit") said of mention
/// `k` ties it to the name in apposition before it ("Brindle, a/Acme's …"), the
/// name a "one of"/"among" speaks of, or the list the noun introduces.
fn tie_relational_noun(f: &mut Facts, k: usize, noun: usize) {
    let a = f.entity(k);
    let Some((p, reverse)) = relation_of_noun(f.doc, noun) else { return };
    let start = f.live[k].0.start;
    let mut others: Vec<usize> = Vec::new();
    // "Brindle, a longtime Acme partner": the determiner before describing words.
    let det = (start.saturating_sub(3)..start)
        .rev()
        .find(|&d| {
            matches!(f.doc.lower(d), "a" | "an" | "another" | "the" | "one") && is_modifier_gap(f.doc, d + 1, start)
        })
        .unwrap_or(start);
    // "Kanto Group - Vinra's parent company -": a dash sets the apposition off as a comma does.
    let set_off = |c: usize| f.doc.is_punct(c, ',') || is_dash(f.doc, c);
    if let Some(m) = det.checked_sub(1).filter(|&c| set_off(c)).and_then(|c| f.ending(c)) {
        others.push(f.entity(m));
    }
    let one_of = (start >= 2 && f.doc.lower(start - 2) == "one" && f.doc.lower(start - 1) == "of")
        || f.doc.lower(start.wrapping_sub(1)) == "among";
    if one_of {
        let from = if f.doc.lower(start - 1) == "among" { start - 1 } else { start - 2 };
        let k2 = f.live.partition_point(|(r, _)| r.end <= from);
        if let Some(prev) =
            k2.checked_sub(1).filter(|&q| from - f.live[q].0.end <= 6 && no_clause_break(f.doc, f.live[q].0.end, from))
        {
            others.push(f.entity(prev));
        }
    }
    let verb = noun + 1;
    if matches!(
        f.doc.lower(verb),
        "include" | "includes" | "included" | "are" | "is" | "were" | ":" | "such" | "like" | "including"
    ) {
        let from = if f.doc.lower(verb) == "such" { verb + 2 } else { verb + 1 };
        let sentence_end = f.sentence_end(noun);
        others.extend(members_after(f, from, sentence_end).into_iter().map(|m| f.entity(m.head)));
    } else if others.is_empty() {
        // "Acme's rival payment app, Quillo, …": the name set off after the noun.
        // "Iberia's biggest shareholder, Brindle Holdings (BH).": a tie other than
        // ownership set off right after the noun may close the sentence.
        let to_end = p != Predicate::Owns && (f.doc.is_punct(noun + 1, ',') || is_dash(f.doc, noun + 1));
        let named = if to_end {
            appositive_members_to_end(f, noun, noun + 1, f.sentence_end(noun))
        } else {
            appositive_members(f, noun, noun + 1, f.sentence_end(noun))
        };
        others.extend(named.into_iter().map(|m| f.entity(m.head)));
        // "Acme's cloud computing unit (ZCS) said…": the name in brackets right after the noun.
        others.extend(bracketed_name(f, noun + 1).map(|m| f.entity(m)));
        // "Velto's owner Brask Capital", "Zephra's parent company Orlin", "Velto's parent
        // firm Brask": the owner named right after, past a noun of an organisation.
        if others.is_empty() && f.word_is(noun, Words::ParentNoun) {
            let named = noun + 1 + f.doc.lookup(&f.res.org_nouns, noun + 1).map_or(0, |(len, _)| len);
            others.extend(f.starting(named).map(|m| f.entity(m)));
        }
    }
    for o in others {
        let (s, ob) = if reverse { (o, a) } else { (a, o) };
        f.emit(s, p, ob, None, Why::new(noun, "possessive-relational-noun", 0.7));
    }
}

/// "(ZCS)": the mention a bracket opening at token `j` holds alone.
fn bracketed_name(f: &Facts, j: usize) -> Option<usize> {
    let m = f.starting(j + 1).filter(|_| f.doc.is_punct(j, '('))?;
    f.doc.is_punct(f.live[m].0.end, ')').then_some(m)
}

/// The predicate the relational noun at token `noun` states, and whether the
/// named thing is its subject ("X, Meta's backer": X invested in Meta). Its
/// lists are bits of the token's keys: no hashing.
fn relation_of_noun(doc: &Doc, noun: usize) -> Option<(Predicate, bool)> {
    [
        (Words::RivalNoun, Predicate::CompetesWith, false),
        (Words::PartnerNoun, Predicate::PartnersWith, false),
        (Words::InvestorNoun, Predicate::InvestedIn, true),
        (Words::ParentNoun, Predicate::Owns, true),
        (Words::UnitNoun, Predicate::Owns, false),
    ]
    .into_iter()
    .find(|(list, ..)| doc.word_is(noun, *list))
    .map(|(_, p, reverse)| (p, reverse))
    .or_else(|| doc.word_is(noun, Words::InvestmentNoun).then_some((Predicate::InvestedIn, false)))
}

/// What "A's B" states, by the types of A and B.
pub(super) fn owned(f: &mut Facts, a: usize, b: usize, at: usize, rule: &str, conf: f32) {
    match (f.class(a), f.class(b)) {
        (Org, Org) if rule == "possessive" => {
            let direct = f.starting(at + 1).filter(|&k| f.entity(k) == b);
            let noun_after = direct.map(|k| f.live[k].0.end);
            let related = noun_after.is_some_and(|j| relation_of_noun(f.doc, j).is_some());
            // "Telefónica's O2 unit", "Nokia's Mobile Networks division": the owner's part.
            // "Acme's online subsidiary Zentrix": the part-of noun right before the name.
            let noun_before = (at + 2..at + 5)
                .find_map(|j| f.starting(j))
                .filter(|&k| f.entity(k) == b && f.word_is(f.live[k].0.start - 1, Words::OwnedPart));
            if let Some(deal) = noun_after.filter(|&j| is_deal_after_names(f, j)) {
                // "Acme's Zentrix acquisition": Acme bought Zentrix; "Acme's Zentrix
                // deal" or "merger" says no owner.
                if is_purchase_after_names(f, deal, at) {
                    f.emit(a, Predicate::Acquired, b, None, Why::new(deal, "possessive-purchase-noun", 0.65));
                }
            } else if noun_after.is_some_and(|j| f.word_is(j, Words::UnitNoun)) || noun_before.is_some() {
                f.emit(a, Predicate::Owns, b, None, Why::new(at, "possessive-unit", 0.75));
            } else if direct.is_some() && !related {
                f.emit(a, Predicate::Owns, b, None, Why::new(at, "possessive-org", 0.6));
            }
        }
        // "Zentrix's Mara Okafor", "iNovia's Okafor": a person named right
        // after a company's possessive, with no title, is one of its people.
        (Org, EntityClass::Person) if rule == "possessive" && f.starting(at + 1).is_some_and(|k| f.entity(k) == b) => {
            f.emit(b, Predicate::WorksFor, a, None, Why::new(at, "possessive-person", 0.55));
        }
        (Org, AIModel) => {
            f.emit(a, Predicate::Developed, b, None, Why::new(at, rule, conf));
        }
        (Org, Product) => {
            let p = if is_made_thing(f, b) { Predicate::Developed } else { Predicate::Owns };
            f.emit(a, p, b, None, Why::new(at, rule, conf - 0.1));
        }
        (Place, Org) => {
            f.emit(b, Predicate::LocatedIn, a, None, Why::new(at, rule, conf - 0.1));
        }
        _ => {}
    }
}

/// "acquisition", "deal", "merger" at token `j`, right after the second name
/// of "Acme's Zentrix …": a noun of a deal about that company, whose
/// possessor is a party to it, not its owner.
fn is_deal_after_names(f: &Facts, j: usize) -> bool {
    f.doc.is_lower_word(j) && (f.word_is(j, Words::PurchaseNoun) || f.word_is(j, Words::DealWord))
}

/// "Acme's Zentrix acquisition", "Acme's Zentrix takeover" (the noun at
/// `deal`): a noun of buying a company, not a merger or a sale, and no
/// word of a deal not made ("the failed", "a planned") in the four words
/// before the possessive at `poss`.
fn is_purchase_after_names(f: &Facts, deal: usize, poss: usize) -> bool {
    let buying = f.word_is(deal, Words::PurchaseNoun) && f.word_is(deal, Words::StakeBuyingWord);
    let start = f.doc.sentences[f.doc.sentence_of[poss]].start;
    let tentative = (poss.saturating_sub(6).max(start)..poss)
        .any(|j| f.word_is(j, Words::TentativeWord) || f.word_is(j, Words::Negation));
    buying && !tentative
}

/// A product its maker built (a chip, a model hub) rather than a service it
/// runs: any product but the lexicon's platforms.
pub(super) fn is_made_thing(f: &Facts, b: usize) -> bool {
    let entry = f.res.entry_named(&f.entities[b].name);
    !entry.is_some_and(|e| f.res.entries[e].platform) && !is_brand(f, b)
}

/// "the Dravo brand", "its Dravo and Kelso brands", "the Starfall
/// franchise": a name the text calls a brand is owned, not made.
fn is_brand(f: &Facts, b: usize) -> bool {
    f.live.iter().filter(|(_, e)| *e == b).any(|(r, _)| {
        // Past the rest of a list of names: "the Dravo and Kelso brands".
        let mut j = r.end;
        for _ in 0..8 {
            if let Some(m) = f.starting(j) {
                j = f.live[m].0.end;
            } else if matches!(f.doc.lower(j), "and" | "," | "or") {
                j += 1;
            } else {
                break;
            }
        }
        f.word_is(j, Words::BrandNoun) && !f.doc.is_capitalized(j)
    })
}

/// "Vorta, Acme's rival to…" (the possessor made the name before the comma) and
/// "Acme's own assistant, Vorta" (the possessor made the name after it).
pub(super) fn possessive_appositive(f: &mut Facts, k: usize, poss: usize) {
    let a = f.entity(k);
    let start = f.live[k].0.start;
    // "Kelso, Acme Air's (AA's) low-cost subsidiary": past the possessor's short form in brackets.
    let after = past_short_form(f, poss + 1);
    // "Zentrix, Brindle's U.S. unit": a place's name describing the noun names no other company.
    let from = past_describing_place(f, after);
    let named_after = f.starting(from).is_some();
    // "Through its stake in Zentrix, France's biggest bank…": no apposition to Zentrix.
    let fronted = f.class(a) == Place && start >= 2 && in_fronted_phrase(f, start - 1);
    if start >= 2 && f.doc.is_punct(start - 1, ',') && !named_after && !fronted {
        if let Some(m) = f.ending(start - 1) {
            let m_ent = f.entity(m);
            owned(f, a, m_ent, start, "appositive-possessive", 0.7);
            // "Kelso, Acme's 63%-owned Norwegian subsidiary,": describing words before the noun;
            // "Merrow, Acme's chain of clinics,": a noun of a business it runs.
            let unit = (after..after + 10).any(|j| {
                is_part_noun(f, j)
                    && (j < after + 3
                        || is_wide_modifier_gap(f, after, j)
                        || j >= from && is_wide_modifier_gap(f, from, j))
            });
            // "Kelvo, Pavo's biggest rival chain": another company, not a part.
            let close = (after..after + 10).find(|&t| f.doc.tokens.get(t).is_none_or(|x| x.kind == TokenKind::Punct));
            let tie = (after..close.unwrap_or(after + 10)).any(|t| f.doc.word_is(t, Words::TieNoun));
            if unit && !tie && f.class(a) == Org && f.class(m_ent) == Org {
                f.emit(a, Predicate::Owns, m_ent, None, Why::new(start, "appositive-possessive-unit", 0.7));
            }
        }
    }
    // "Orsa Specialty (Orsa's large commercial and specialty business)": the
    // possessor opens brackets right after a name, and a noun of a part closes them.
    if start >= 2 && f.doc.is_punct(start - 1, '(') && !named_after {
        let close = (after..after + 12).find(|&j| f.doc.is_punct(j, ')'));
        // Inside the brackets any describing words but a name ("large commercial P&C and specialty").
        let describing = |j: usize| {
            f.starting(j).is_none()
                && (f.doc.tokens[j].kind == TokenKind::Word || f.doc.is_punct(j, '&') || f.doc.is_punct(j, '-'))
        };
        let tie = |c: usize| (after..c).any(|t| f.doc.word_is(t, Words::TieNoun));
        let unit = close.filter(|&c| c > after && is_part_noun(f, c - 1) && (from..c - 1).all(describing) && !tie(c));
        // "Brio Specialty Corp. (Brio's …)": past the abbreviation's period.
        let named = |_| f.ending(start - 1).or_else(|| f.doc.is_punct(start - 2, '.').then(|| f.ending(start - 2))?);
        if let Some(m) = unit.and_then(named) {
            let m_ent = f.entity(m);
            if f.class(a) == Org && f.class(m_ent) == Org && m_ent != a {
                f.emit(a, Predicate::Owns, m_ent, None, Why::new(start, "bracketed-possessive-unit", 0.7));
            }
        }
    }
    let Some(comma) = (poss + 1..poss + 13).find(|&j| f.doc.is_punct(j, ',')) else { return };
    let Some(m) = f.starting(past_article_and_quote(f.doc, comma + 1)) else { return };
    let m_ent = f.entity(m);
    let noun = (poss + 1..comma).any(|j| f.doc.lookup(&f.res.thing_nouns, j).is_some());
    // "Acme's 120-core chip, Vorta", "Acme's next-generation AI chip, the 'V9'":
    // more describing words, before a noun that ends right at the comma.
    let wide_noun = (poss + 1..comma).any(|j| {
        f.doc.lookup(&f.res.thing_nouns, j).is_some_and(|(len, _)| j + len == comma)
            && is_wide_modifier_gap(f, poss + 1, j)
    });
    if noun && is_modifier_gap(f.doc, poss + 1, comma) || wide_noun {
        owned(f, a, m_ent, poss, "possessive-noun-appositive", 0.7);
    }
    // "Acme's Mexican subsidiary, Acme Mexico,": the possessor owns the part named after.
    let part = f.word_is(comma - 1, Words::OwnedPart) && comma > from && is_wide_modifier_gap(f, from, comma - 1);
    if part && f.class(a) == Org && f.class(m_ent) == Org {
        f.emit(a, Predicate::Owns, m_ent, None, Why::new(poss, "possessive-unit-appositive", 0.65));
    }
}

/// "(AA's)": where the words after a possessor's short form in brackets,
/// opening at token `j`, begin (`j` when no such brackets open there).
fn past_short_form(f: &Facts, j: usize) -> usize {
    if !f.doc.is_punct(j, '(') {
        return j;
    }
    let close = (j + 2..j + 5).find(|&c| f.doc.is_punct(c, ')'));
    let short = |c: usize| (j + 1..c).all(|t| f.doc.is_capitalized(t) || f.doc.is_possessive(t));
    close.filter(|&c| short(c)).map_or(j, |c| c + 1)
}

/// Where a name set off after a comma starts when an article, an opening
/// quote or both stand before it at token `j` ("…chip, the 'V9'").
fn past_article_and_quote(doc: &Doc, j: usize) -> usize {
    let j = j + usize::from(doc.lower(j) == "the");
    let quote = is_quote(doc, j) || doc.is_punct(j, '\'') || doc.is_punct(j, '‘');
    j + usize::from(quote)
}
