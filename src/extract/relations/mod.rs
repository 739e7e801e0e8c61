//! Relations, read sentence by sentence from the mentions and the words
//! between them. Each rule is a small function named after the construction
//! it reads; every fact it states goes through [`Facts::emit`], which checks
//! the predicate's subject and object types and keeps one copy of each fact.
//!
//! - [`titles`]: "X, Meta's vice president", "Meta CEO X", "X, CEO of Y",
//!   "X, who runs … at Y as a vice president", "X from the firm Y", board seats.
//! - [`possessives`]: "Meta's Llama", "Nvidia H100", "Vorta, Acme's chatbot",
//!   "Acme's rivals include Zentrix", "France's Mistral".
//! - [`places`]: "Chinese startup X", "Paris-based X", "X, a Paris-based lab".
//! - [`cues`]: a cue phrase of `cues.tsv` between two (lists of) mentions.
//! - [`article`]: founders after "by", "raised … from", model families.
//! - [`moves`]: hires and moves between employers ("poached X from rival Y").
//! - [`handovers`]: "A replaces B", "A will take over from B", "his
//!   predecessor, B": B held a post where A's is.
//! - [`standing`]: "X, Japan's second-largest carrier" (where a firm is).
//! - [`ventures`]: joint ventures, their owners and the partners they join.
//! - [`seats`]: "Lyon, where X is based", "X's Lyon headquarters".
//! - [`owners`]: "Zentrix is a Brindle-owned chain", "Zentrix, which is 51%
//!   owned by A and 49% by B", "Zentrix, whose parent is Acme".
//!
//! When a sentence leaves a side implicit ("it", "the company", "led a Series
//! A"), the article's topic (its most mentioned organisation) may fill it, at a
//! lower confidence. An officer's title with no company named goes to the
//! headline's first organisation instead, when the article names it three
//! times or more (`headline_company`).

mod article;
mod clause;
mod cues;
mod deals;
mod handovers;
mod held;
mod moves;
mod naming;
mod owners;
mod places;
mod possessives;
mod proprietors;
mod rounds;
mod seats;
mod standing;
mod ties;
mod titles;
mod ventures;

use article::{backed_opener, families, founded_by, joined_including, named_after_maker, product_lists, raised_from};
use clause::{is_dash, is_list_sep};
use cues::{
    announced_investment_in, backed_the_firm, cues, holder_of, invest_amount_in, named_group, pay_amount_for, seen_as,
    signed_together,
};
use deals::{co_invested, money_to_support, passive_past_time};
use held::Held;
use moves::{described_then_named, hires_and_moves, joined_participle, sold_to, staff_led_by, worked_at};
use owners::{owners, under_brands};
use places::{
    demonym_anaphor, demonym_in_name, demonym_kind_list, fronted_based, fronted_place, home_to, institution_in_place,
    list_places_yield, listed_places, nested_place_apposition, places, wider_place_in,
};
use possessives::{its_parts, its_thing, its_unit, past_its, possessives, whose_thing};
use seats::{home_of, possessive_seat, pronoun_seat, seat_clause, seat_of, whose_seat};
use titles::{
    board_seat, degree_from, former_title_opening, founders_listed, held_title, post_taken, read_titles, shared_title,
    titles,
};
use ventures::{joint_undertaking, joint_ventures, named_alliances};

use super::doc::Doc;
use super::mentions::demonym_pair_at;
use super::model::{Entity, EntityClass, Evidence, Predicate, Relation};
use super::pronouns::{person_before, pronoun_gender};
use super::resources::{Resources, Tie, Words};
use crate::text::words::{AUXILIARIES, PERSON_PRONOUNS, PLACE_PREPOSITIONS, RELATIVES};
use crate::text::TokenKind;

use EntityClass::Organization as Org;

/// How much less sure a place is when the article names it only by its
/// demonym: on real news such facts were right about a quarter of the time.
const DEMONYM_ONLY_DOUBT: f32 = 0.3;

/// What the rules read and what they have found so far.
struct Facts<'a> {
    doc: &'a Doc<'a>,
    res: &'a Resources,
    /// Live mentions (those with an entity), in text order: (tokens, entity).
    live: &'a [(std::ops::Range<usize>, usize)],
    entities: &'a [Entity],
    /// The organisation the article is mostly about, if one stands out.
    topic: Option<usize>,
    /// Whose officer a title with no company named is: the headline's first
    /// organisation when it is mentioned as often as a topic must be, else
    /// the topic.
    officers_company: Option<usize>,
    /// What each sentence holds, for the rules' triggers.
    held: Vec<Held>,
    /// Where the words of each sentence begin (see [`opening`]), read once:
    /// several rules ask it of every sentence.
    openings: Vec<usize>,
    out: Vec<Relation>,
}

/// Why a fact is stated: the token it was read at, the rule, its confidence.
#[derive(Clone, Copy)]
struct Why<'r> {
    at: usize,
    rule: &'r str,
    confidence: f32,
}

impl<'r> Why<'r> {
    fn new(at: usize, rule: &'r str, confidence: f32) -> Why<'r> {
        Why { at, rule, confidence }
    }
}

/// The organisation with the most mentions, if it has at least three and
/// more than any other.
fn topic_of(entities: &[Entity]) -> Option<usize> {
    let mut orgs: Vec<(usize, usize)> =
        entities.iter().enumerate().filter(|(_, e)| e.class == Org).map(|(i, e)| (e.mentions.len(), i)).collect();
    orgs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    match orgs.as_slice() {
        [(n, i), (m, _), ..] if *n >= 3 && n > m => Some(*i),
        [(n, i)] if *n >= 3 => Some(*i),
        _ => None,
    }
}

/// Where the words of the sentence starting at token `start` begin, past a
/// dateline ("PARIS:", "June 8 (Reuters) -", "(Newswire) --") or a bullet.
fn opening(doc: &Doc, start: usize) -> usize {
    // "• Zentrix…", "* Zentrix…": a bullet opening a point of a list of them.
    if ['•', '*', '▪'].iter().any(|&c| doc.is_punct(start, c)) {
        let end = doc.sentences[doc.sentence_of[start]].end;
        if start + 1 < end {
            return opening(doc, start + 1);
        }
    }
    let end = doc.sentences[doc.sentence_of[start]].end.min(start + 10);
    for j in start + 1..end {
        // "(Newswire) -- Zentrix…": two hyphens make one dash.
        let double = doc.is_punct(j, '-') && doc.is_punct(j + 1, '-') && doc.joined(j + 1);
        if double && doc.is_punct(j - 1, ')') {
            return j + 2;
        }
        let dash = is_dash(doc, j) && doc.is_punct(j - 1, ')');
        let colon =
            doc.is_punct(j, ':') && j <= start + 3 && (start..j).all(|k| doc.word(k) == doc.word(k).to_uppercase());
        if dash || colon {
            return j + 1;
        }
    }
    start
}

/// Whether organisation `e` is named at least as often as any other.
fn most_named(entities: &[Entity], e: usize) -> bool {
    let n = entities[e].mentions.len();
    entities.iter().all(|o| o.class != Org || o.mentions.len() <= n)
}

/// Reads every relation of the article.
pub fn find(
    doc: &Doc,
    res: &Resources,
    live: &[(std::ops::Range<usize>, usize)],
    entities: &[Entity],
) -> Vec<Relation> {
    let topic = topic_of(entities);
    let held = Held::of(doc);
    let openings = doc.sentences.iter().map(|r| opening(doc, r.start)).collect();
    let mut f = Facts { doc, res, live, entities, topic, officers_company: topic, held, openings, out: Vec::new() };
    let headline_subject = f.headline_subject();
    f.officers_company = headline_subject.or(topic);
    // "AstraZeneca buys rival…" with the rival named as often: the headline's
    // subject breaks a tie for the most-named organisation.
    f.topic = topic.or_else(|| headline_subject.filter(|&e| most_named(entities, e)));
    for k in 0..f.live.len() {
        titles(&mut f, k);
        possessives(&mut f, k);
        places(&mut f, k);
        institution_in_place(&mut f, k);
        demonym_in_name(&mut f, k);
        standing::standing(&mut f, k);
        seat_clause(&mut f, k);
        home_to(&mut f, k);
        possessive_seat(&mut f, k);
        whose_seat(&mut f, k);
        home_of(&mut f, k);
        seat_of(&mut f, k);
        nested_place_apposition(&mut f, k);
        ties::possessor_partner(&mut f, k);
    }
    for i in 0..doc.len() {
        // The three rules of a possessive ("its", "the company's") ask
        // nothing of the other tokens: most tokens are asked once, not thrice.
        if past_its(&f, i).is_some() {
            its_thing(&mut f, i);
            its_unit(&mut f, i);
            its_parts(&mut f, i);
            owners::its_parent(&mut f, i);
            pronoun_seat(&mut f, i);
            ties::its_tie(&mut f, i);
        }
        // The rules below each ask first for a word most tokens are not
        // (a demonym, "country", "whose"): asked here, that costs no call.
        if doc.is_demonym(i) {
            demonym_anaphor(&mut f, i);
        }
        if doc.lower(i) == "country" {
            standing::largest_in_the_country(&mut f, i);
            standing::the_country_s_standing(&mut f, i);
        }
        if doc.lower(i) == "whose" {
            whose_thing(&mut f, i);
        }
    }
    for s in 0..doc.sentences.len() {
        held_title(&mut f, s);
        post_taken(&mut f, s);
        board_seat(&mut f, s);
        former_title_opening(&mut f, s);
        degree_from(&mut f, s);
        shared_title(&mut f, s);
        cues(&mut f, s);
        ties::rival_opening(&mut f, s);
        ties::alliance_past_time(&mut f, s);
        ties::rivals_of_named(&mut f, s);
        fronted_place(&mut f, s);
        fronted_based(&mut f, s);
        invest_amount_in(&mut f, s);
        pay_amount_for(&mut f, s);
        passive_past_time(&mut f, s);
        co_invested(&mut f, s);
        money_to_support(&mut f, s);
        holder_of(&mut f, s);
        backed_the_firm(&mut f, s);
        announced_investment_in(&mut f, s);
        raised_from(&mut f, s);
        rounds::round_frame(&mut f, s);
        backed_opener(&mut f, s);
        joined_including(&mut f, s);
        founded_by(&mut f, s);
        founders_listed(&mut f, s);
        product_lists(&mut f, s);
        listed_places(&mut f, s);
        hires_and_moves(&mut f, s);
        worked_at(&mut f, s);
        joined_participle(&mut f, s);
        staff_led_by(&mut f, s);
        sold_to(&mut f, s);
        demonym_kind_list(&mut f, s);
        wider_place_in(&mut f, s);
        described_then_named(&mut f, s);
        joint_ventures(&mut f, s);
        owners(&mut f, s);
        owners::bought_by(&mut f, s);
        under_brands(&mut f, s);
        named_alliances(&mut f, s);
        named_group(&mut f, s);
        signed_together(&mut f, s);
        joint_undertaking(&mut f, s);
        seen_as(&mut f, s);
    }
    naming::named_things(&mut f);
    named_after_maker(&mut f);
    families(&mut f);
    handovers::handovers(&mut f);
    proprietors::proprietors(&mut f);
    list_places_yield(&mut f);
    f.out
}

impl Facts<'_> {
    fn class(&self, e: usize) -> EntityClass {
        self.entities[e].class
    }

    /// The live mention starting at token `i`.
    fn starting(&self, i: usize) -> Option<usize> {
        self.live.binary_search_by_key(&i, |(r, _)| r.start).ok()
    }

    /// The live mention ending right before token `i`.
    fn ending(&self, i: usize) -> Option<usize> {
        let k = self.live.partition_point(|(r, _)| r.end < i);
        self.live.get(k).filter(|(r, _)| r.end == i).map(|_| k)
    }

    /// The live mentions lying within tokens `from..to`.
    fn within(&self, from: usize, to: usize) -> &[(std::ops::Range<usize>, usize)] {
        within(self.live, from, to)
    }

    /// What sentence `s` holds.
    fn held(&self, s: usize) -> Held {
        self.held[s]
    }

    /// What sentence `s` and the one after it hold, for a rule that may read
    /// a few words past the end of `s`.
    fn held_on(&self, s: usize) -> Held {
        self.held[s].with(self.held.get(s + 1))
    }

    fn entity(&self, k: usize) -> usize {
        self.live[k].1
    }

    /// The organisation live mention `k` stands for, if it stands for one.
    fn org_entity(&self, k: usize) -> Option<usize> {
        Some(self.entity(k)).filter(|&e| self.class(e) == Org)
    }

    /// Whether live mention `k` is a demonym alone ("German" for Germany,
    /// "South Korean" for South Korea).
    fn is_demonym(&self, k: usize) -> bool {
        let r = &self.live[k].0;
        r.len() == 1 && self.doc.is_demonym(r.start)
            || r.len() == 2 && demonym_pair_at(self.doc, self.res, r.start).is_some()
    }

    /// Whether the article names place `e` only by its demonym ("German
    /// carmaker Zentrix" and no "Germany"): annotators then often leave the
    /// place, and so the fact, out.
    fn named_only_by_demonym(&self, e: usize) -> bool {
        let mut of_e = (0..self.live.len()).filter(|&k| self.entity(k) == e).peekable();
        of_e.peek().is_some() && of_e.all(|k| self.is_demonym(k))
    }

    /// Whether the word at token `j` is in the word list `list`.
    fn word_is(&self, j: usize, list: Words) -> bool {
        self.doc.word_is(j, list)
    }

    /// End of the sentence holding token `i`.
    fn sentence_end(&self, i: usize) -> usize {
        self.doc.sentence_of.get(i).and_then(|&s| self.doc.sentences.get(s)).map(|r| r.end).unwrap_or(0)
    }

    /// Sentence holding token `i` speaks of money.
    fn about_money(&self, i: usize) -> bool {
        let Some(&s) = self.doc.sentence_of.get(i) else { return false };
        let from = self.doc.sentences[s.saturating_sub(1)].start;
        let to = self.doc.sentences[s].end;
        (from..to).any(|j| self.word_is(j, Words::Money))
    }

    /// The organisation that raised the money a sentence speaks of ("joined
    /// the round", "also took part"): the subject of the last "raised",
    /// "closed" or "secured" before token `i`, in its sentence or the three
    /// before, else the article's topic.
    fn funded(&self, i: usize) -> Option<usize> {
        let s = *self.doc.sentence_of.get(i)?;
        let from = self.doc.sentences[s.saturating_sub(3)].start;
        if let Some(owner) = self.round_owner(i) {
            return Some(owner);
        }
        let raised = (from..i).rev().find(|&j| self.word_is(j, Words::RaiseVerb));
        let subject = raised.and_then(|j| {
            let start = self.doc.sentences[self.doc.sentence_of[j]].start;
            self.raiser(j).or_else(|| {
                self.within(start, j)
                    .iter()
                    .rev()
                    .find(|(r, e)| self.class(*e) == Org && !self.doc.is_possessive(r.end) && !self.staff_of(r.end))
                    .map(|(_, e)| *e)
            })
        });
        subject.or(self.topic)
    }

    /// "a trio of former Acme and Brindle researchers": the name ending at
    /// `end` describes a plural noun of a company's people (alone or listed
    /// before another name that does); it is no subject.
    fn staff_of(&self, end: usize) -> bool {
        if self.word_is(end, Words::StaffPlural) {
            return true;
        }
        let next = (end + 1..end + 3)
            .find_map(|j| self.starting(j))
            .filter(|&m| is_list_sep(self.doc, end, self.live[m].0.start));
        next.is_some_and(|m| self.word_is(self.live[m].0.end, Words::StaffPlural))
    }

    /// The organisation a sentence names as raising the money a cue at `i`
    /// speaks of: the owner of a round named before it, or the subject of a
    /// "raised" before it in the sentence (none when the sentence says neither).
    fn funded_here(&self, i: usize) -> Option<usize> {
        if let Some(owner) = self.round_owner(i) {
            return Some(owner);
        }
        let start = self.doc.sentences[*self.doc.sentence_of.get(i)?].start;
        let raised = (start..i).rev().find(|&j| self.word_is(j, Words::RaiseVerb))?;
        self.raiser(raised)
    }

    /// "Acme's funding was led by…", "Acme, a startup whose $1bn round
    /// included…", "its Series B drew…": the organisation whose round the
    /// clause before token `i` names (a round noun owned by a possessive,
    /// "whose" or "its" in the same sentence).
    fn round_owner(&self, i: usize) -> Option<usize> {
        let s = *self.doc.sentence_of.get(i)?;
        let start = self.doc.sentences[s].start;
        let noun =
            (start..i).rev().find(|&j| self.word_is(j, Words::RoundNoun) || self.word_is(j, Words::InvestorNoun))?;
        // "the latest round of funding for Acme included…": the company after "for".
        let named =
            (noun + 1..(noun + 3).min(i)).find(|&j| self.doc.lower(j) == "for").and_then(|j| self.starting(j + 1));
        if let Some(e) = named.map(|k| self.entity(k)).filter(|&e| self.class(e) == Org) {
            return Some(e);
        }
        let det = (noun.saturating_sub(5).max(start)..noun).rev().find(|&j| {
            self.doc.is_possessive(j) || matches!(self.doc.lower(j), "whose" | "its") || self.starting(j).is_some()
        })?;
        if (det + 1..noun).any(|j| self.starting(j).is_some() || self.doc.is_punct(j, ',')) {
            return None;
        }
        match self.doc.lower(det) {
            "whose" => {
                let c = (start.max(det.saturating_sub(8))..det).rev().find(|&c| self.doc.is_punct(c, ','))?;
                self.ending(c).and_then(|k| self.org_entity(k))
            }
            "its" => self.referent(det),
            _ if self.doc.is_possessive(det) => self.ending(det).and_then(|k| self.org_entity(k)),
            _ => None,
        }
    }

    /// The organisation that raised money at the verb at token `j`: "it had
    /// raised" (what "it" stands for), "Acme, which raised", "Acme raised".
    fn raiser(&self, j: usize) -> Option<usize> {
        let start = self.doc.sentences[*self.doc.sentence_of.get(j)?].start;
        let mut b = j;
        while b > start && AUXILIARIES.contains(&self.doc.lower(b - 1)) {
            b -= 1;
        }
        let w = self.doc.lower(b.checked_sub(1)?);
        if w == "it" {
            return self.company_called_at(b - 1);
        }
        if b >= 2 && self.doc.lower(b - 2) == "the" && self.doc.lookup(&self.res.org_nouns, b - 1).is_some() {
            return self.company_called_at(b - 2);
        }
        if RELATIVES.contains(&w) {
            return self.relative_head(b - 1);
        }
        let k = self.ending(b)?;
        let e = self.entity(k);
        (self.class(e) == Org).then_some(e)
    }

    /// What "it" or "the company" ("the startup", "the bank") starting at
    /// token `j` stands for; none for other words.
    fn company_called_at(&self, j: usize) -> Option<usize> {
        match self.doc.lower(j) {
            "it" => self.referent(j),
            "the" if self.doc.lookup(&self.res.org_nouns, j + 1).is_some() => {
                self.the_company(j, self.referent(j + 1).or(self.topic))
            }
            _ => None,
        }
    }

    /// Where the words of the sentence starting at token `start` begin, past a
    /// dateline or a bullet (see [`opening`]).
    fn opening(&self, start: usize) -> usize {
        let s = self.doc.sentence_of[start];
        match self.openings.get(s) {
            Some(&at) if self.doc.sentences[s].start == start => at,
            _ => opening(self.doc, start),
        }
    }

    /// The subject of the headline (the first sentence), else of the lede
    /// (the second), when the article mentions it at least three times:
    /// the company whose officers a report quotes by title alone, even
    /// when another company (a target, a rival) is named more often.
    fn headline_subject(&self) -> Option<usize> {
        let subject = |s: &std::ops::Range<usize>| self.subject_org(s.start, s.end);
        self.doc.sentences.iter().take(2).find_map(|s| subject(s).filter(|&e| self.entities[e].mentions.len() >= 3))
    }

    /// The organisation a sentence (tokens `start..end`) opens with as its
    /// subject: the first one named, past a dateline and before any
    /// preposition or person, that is no possessor or first half of a
    /// compound ("Acme's carrier Zentrix named", "Acme-owned Zentrix
    /// names": Zentrix).
    fn subject_org(&self, start: usize, end: usize) -> Option<usize> {
        let open = self.opening(start);
        for &(ref r, e) in self.within(open, end) {
            if (open..r.start).any(|j| PLACE_PREPOSITIONS.contains(&self.doc.lower(j))) {
                return None;
            }
            let modifier = self.doc.is_possessive(r.end) || self.doc.is_punct(r.end, '-') && self.doc.joined(r.end);
            match self.class(e) {
                _ if modifier => {}
                Org => return Some(e),
                EntityClass::Person => return None,
                _ => {}
            }
        }
        None
    }

    /// The organisation "its" or "it" stands for at token `i`: the one a
    /// relative clause holding it describes, the last one
    /// named (not as a possessor) earlier in its clause, else the one opening
    /// the sentence, else the last one in the sentence, else the subject of
    /// an earlier sentence, else the article's topic.
    fn referent(&self, i: usize) -> Option<usize> {
        let start = self.doc.sentence_of.get(i).and_then(|&s| self.doc.sentences.get(s)).map(|r| r.start).unwrap_or(0);
        // "Acme told Reuters it had raised…", "Acme told the Daily Courier that
        // its…": whom a speaker tells is not what "it" or "its" means.
        let addressee = |r: &std::ops::Range<usize>| {
            let before = r.start.checked_sub(1);
            let verb = before.and_then(|b| if self.doc.lower(b) == "the" { b.checked_sub(1) } else { Some(b) });
            verb.is_some_and(|v| self.word_is(v, Words::TellingVerb))
        };
        let orgs = || self.within(start, i).iter().filter(|(r, e)| self.class(*e) == Org && !addressee(r));
        let clause =
            (start..i).rev().find(|&j| self.doc.is_punct(j, ',') || self.doc.is_punct(j, ';')).map_or(start, |c| c + 1);
        if let Some(e) = self.relative_head(clause) {
            return Some(e);
        }
        // "named former Zentrix executive X as its CEO": a name owning a title is not what "its" means.
        let owns_title = |end: usize| read_titles(self.doc, self.res, end).is_some();
        let in_clause = orgs()
            .rev()
            .find(|(r, _)| r.start >= clause && !self.doc.is_possessive(r.end) && !owns_title(r.end))
            .map(|(_, e)| *e);
        // Asked only when the ones before them answer nothing.
        let subject = || {
            let open = self.opening(start);
            orgs()
                .find(|(r, _)| r.start >= open && r.start <= open + 4 && !self.doc.is_possessive(r.end))
                .map(|(_, e)| *e)
        };
        // "Acme is pouring billions into Zentrix and is working to put it into its
        // search engine": past "and" and an auxiliary, the predicate goes on with
        // the sentence's subject; the name in the first one's object is not "its".
        let in_clause = in_clause.filter(|&e| {
            let end = self.within(start, i).iter().rev().find(|(_, m)| *m == e).map_or(i, |(r, _)| r.end);
            let coordinated =
                (end..i).any(|j| self.doc.lower(j) == "and" && AUXILIARIES.contains(&self.doc.lower(j + 1)));
            !coordinated || subject().is_none_or(|s| s == e)
        });
        let last = || orgs().next_back().map(|(_, e)| *e);
        // "Zentrix – whose clients include Acme – told Reuters it…": right after
        // the one told, "it" is the teller, the sentence's first organisation.
        let after_told = self.ending(i).is_some_and(|k| addressee(&self.live[k].0));
        if after_told {
            if let Some((_, e)) = orgs().next() {
                return Some(*e);
            }
        }
        in_clause.or_else(subject).or_else(last).or_else(|| self.previous_subject(start)).or(self.topic)
    }

    /// "the bank", "the insurer's": what "the" at token `the` and the company
    /// noun after it stand for, when `usual` (what the rule would take: what
    /// "it" stands for, or the article's topic) may be wrong. A noun of a kind
    /// of business picks, when `usual` is not called so, the last organisation
    /// before it that is (in its sentence or the three before): "Kestrel Bank
    /// hired Ada Mirel. The bank's chief…" is Kestrel Bank's, whatever the
    /// article is mostly about; when none is, what "it" would stand for (the
    /// sentence's subject, the one before's). A generic noun ("the company")
    /// keeps `usual`.
    fn the_company(&self, the: usize, usual: Option<usize>) -> Option<usize> {
        let Some(noun) = self.kind_noun_after(the) else { return usual };
        if usual.is_some_and(|e| self.called(e, noun)) {
            return usual;
        }
        // "Kestrel Motors bought Halvern. The carmaker's brands…": with none
        // called so, what "it" would stand for, then `usual`.
        self.last_called(the, noun, |_| true).or_else(|| self.referent(the)).or(usual)
    }

    /// The last organisation `fits` keeps that the article calls `noun`,
    /// named before token `at` in its sentence or the three before.
    fn last_called(&self, at: usize, noun: &str, fits: impl Fn(usize) -> bool) -> Option<usize> {
        let s = *self.doc.sentence_of.get(at)?;
        let from = self.doc.sentences[s.saturating_sub(3)].start;
        let mut before = self.within(from, at).iter().rev().map(|(_, e)| *e);
        before.find(|&e| self.class(e) == Org && fits(e) && self.called(e, noun))
    }

    /// The noun of a kind of business ("bank", "insurer", "carmaker", not
    /// "company") right after "the" at token `the`, past up to two
    /// describing words ("the Nigerian lender").
    fn kind_noun_after(&self, the: usize) -> Option<&str> {
        let noun = (the + 1..the + 4)
            .take_while(|&j| self.doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word))
            .find(|&j| self.word_is(j, Words::CompanyNoun))?;
        let w = self.doc.lower(noun);
        (!self.word_is(noun, Words::GenericCompanyNoun)).then_some(w)
    }

    /// Whether the article calls organisation `e` by the noun `noun`: a word
    /// of its name ("Kestrel Bank", "Vorta Labs"), or the noun right before a
    /// mention ("insurer Kestrel", "Borvia's second bank, Kestrel") or in an
    /// apposition after it ("Kestrel, a Lyon-based bank,").
    fn called(&self, e: usize, noun: &str) -> bool {
        let plural = format!("{noun}s");
        let is_noun = |w: &str| w.eq_ignore_ascii_case(noun) || w.eq_ignore_ascii_case(&plural);
        let ent = &self.entities[e];
        if std::iter::once(&ent.name).chain(&ent.aliases).any(|n| n.split_whitespace().any(is_noun)) {
            return true;
        }
        // "a Lyon-based bank": words and hyphens, places among them.
        let word =
            |j: usize| self.doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word) || self.doc.is_punct(j, '-');
        self.live.iter().filter(|(_, x)| *x == e).any(|(r, _)| {
            let comma_before = r.start >= 2 && self.doc.is_punct(r.start - 1, ',');
            let before = r.start.checked_sub(1 + usize::from(comma_before)).is_some_and(|j| is_noun(self.doc.lower(j)));
            let after = self.doc.is_punct(r.end, ',')
                && matches!(self.doc.lower(r.end + 1), "a" | "an" | "the")
                && (r.end + 2..r.end + 8)
                    .take_while(|&j| {
                        word(j) && self.starting(j).is_none_or(|k| self.class(self.entity(k)) == EntityClass::Place)
                    })
                    .any(|j| is_noun(self.doc.lower(j)));
            before || after
        })
    }

    /// "Google, which designs…": the organisation a relative clause starting
    /// at token `clause` describes (the name right before its comma).
    fn relative_head(&self, clause: usize) -> Option<usize> {
        if clause < 2 || !RELATIVES.contains(&self.doc.lower(clause)) || !self.doc.is_punct(clause - 1, ',') {
            return None;
        }
        let k = self.ending(clause - 1)?;
        (self.class(self.entity(k)) == Org).then(|| self.entity(k))
    }

    /// The organisation that opens the sentence before the one starting at
    /// token `start` (what "it" most often stands for), looking further back
    /// past sentences (four at most) that open with "It" or "The company".
    fn previous_subject(&self, start: usize) -> Option<usize> {
        let s = *self.doc.sentence_of.get(start)?;
        for back in 1..=5 {
            let prev = self.doc.sentences.get(s.checked_sub(back)?)?;
            // "(Newswire) -- Zentrix sees…": the subject stands past a dateline;
            // "Next year, the automaker will…": past a phrase put before it.
            let open = ties::fronted_opening(self, prev.start);
            let opener = self.doc.lower(open);
            let named_at = self.past_opening_kind(open, prev.end);
            if let Some(first) = self.within(open, prev.end).first().filter(|m| m.0.start == named_at) {
                if self.class(first.1) == EntityClass::Place {
                    return self.placed_subject(first.0.end, prev.end);
                }
                return (self.class(first.1) == Org && !self.doc.is_possessive(first.0.end)).then_some(first.1);
            }
            if let Some(e) = self.short_name_at(open) {
                return Some(e);
            }
            let the_company = opener == "the" && self.doc.lookup(&self.res.org_nouns, open + 1).is_some();
            if !matches!(opener, "it" | "its") && !the_company {
                return None;
            }
        }
        None
    }

    /// "Drugmaker Kestrel bought…", "Software giant Kestrel said…": where the
    /// name a sentence opening at token `open` introduces starts, past an
    /// organisation noun that names nothing, as its first or second word
    /// (`open` when the sentence opens otherwise).
    fn past_opening_kind(&self, open: usize, end: usize) -> usize {
        let word =
            |j: usize| self.doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word) && self.starting(j).is_none();
        (open..end.min(open + 2))
            .take_while(|&j| word(j))
            .find_map(|j| {
                let (len, _) = self.doc.lookup(&self.res.org_nouns, j)?;
                let after = j + len;
                (after < end && self.starting(after).is_some()).then_some(after)
            })
            .unwrap_or(open)
    }

    /// "Borvia's tier-II bank, Kestrel Bank has…", "Borvian insurer Kestrel
    /// said…": the organisation that a place opening a sentence (ending at
    /// token `end`, its possessive or demonym) and a few describing words
    /// introduce, the sentence's subject.
    fn placed_subject(&self, end: usize, sentence_end: usize) -> Option<usize> {
        let mut j = end + usize::from(self.doc.is_possessive(end));
        let describing = |j: usize| {
            self.doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word)
                && !self.doc.is_capitalized(j)
                && self.starting(j).is_none()
                || self.doc.is_punct(j, '-')
        };
        while j < sentence_end.min(end + 6) && describing(j) {
            j += 1;
        }
        j += usize::from(j > end + 1 && self.doc.is_punct(j, ','));
        let k = self.starting(j)?;
        let e = self.entity(k);
        (self.class(e) == Org && !self.doc.is_possessive(self.live[k].0.end)).then_some(e)
    }

    /// "Kestrel was set up in 2005…": a capitalized word at token `j` that the
    /// extractor took for no name but that is the first word of exactly one
    /// organisation's longer name ("Kestrel Property Insurance"), followed by
    /// a lower-case word: that organisation, named short.
    fn short_name_at(&self, j: usize) -> Option<usize> {
        let w = self.doc.word(j);
        let name_like = self.doc.is_capitalized(j)
            && self.starting(j).is_none()
            && !self.res.common_words.contains(self.doc.lower(j))
            && self.doc.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Word)
            && !self.doc.is_capitalized(j + 1);
        if !name_like {
            return None;
        }
        let starts = |n: &String| n.split_whitespace().nth(1).is_some() && n.split_whitespace().next() == Some(w);
        let mut orgs = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.class == Org && std::iter::once(&e.name).chain(&e.aliases).any(starts));
        match (orgs.next(), orgs.next()) {
            (Some((e, _)), None) => Some(e),
            _ => None,
        }
    }

    /// The subject person of a verb at token `v`: the person last named
    /// between token `start` and `v`, or else the one the first "he" or
    /// "she" there stands for ("A will replace B", "He replaces B").
    fn person_named_before(&self, start: usize, v: usize) -> Option<usize> {
        let named =
            self.within(start, v).iter().rev().find(|(_, e)| self.class(*e) == EntityClass::Person).map(|(_, e)| *e);
        let pronoun = || (start..v).find(|&j| PERSON_PRONOUNS.contains(&self.doc.lower(j)));
        named.or_else(|| pronoun().and_then(|j| self.person_for_pronoun(j)))
    }

    /// The person the pronoun at token `k` ("he", "she") stands for.
    fn person_for_pronoun(&self, k: usize) -> Option<usize> {
        person_before(self.doc, self.res, self.live, self.entities, k, pronoun_gender(self.doc.lower(k)))
    }

    /// Adds a fact if the types fit the predicate and it is new.
    fn emit(&mut self, s: usize, p: Predicate, o: usize, role: Option<String>, why: Why) -> bool {
        let Why { at: at_token, rule, confidence } = why;
        if s == o || !types_fit(p, self.class(s), self.class(o)) {
            return false;
        }
        let (s, o) = if p.is_symmetric() && o < s { (o, s) } else { (s, o) };
        if let Some(r) = self.out.iter_mut().find(|r| r.subject == s && r.predicate == p && r.object == o) {
            if r.role.is_none() && role.is_some() {
                r.role = role;
            }
            return true;
        }
        let sentence = self.doc.sentence_span(self.doc.sentence_of.get(at_token).copied().unwrap_or(0));
        let confidence = if p == Predicate::LocatedIn && self.named_only_by_demonym(o) {
            confidence - DEMONYM_ONLY_DOUBT
        } else {
            confidence
        };
        let evidence = Evidence { sentence, rule: [p.name(), "/", rule].concat(), confidence };
        self.out.push(Relation { subject: s, predicate: p, object: o, role, evidence });
        true
    }
}

/// The mentions of `live` (sorted, not overlapping) lying within tokens `from..to`.
pub fn within(live: &[(std::ops::Range<usize>, usize)], from: usize, to: usize) -> &[(std::ops::Range<usize>, usize)] {
    let a = live.partition_point(|(r, _)| r.start < from);
    let b = live.partition_point(|(r, _)| r.end <= to).max(a);
    &live[a..b]
}

/// Subject and object types each predicate allows: the ontology's domain and
/// range, and for `competesWith` both ends of one class, as the annotation
/// guidelines ask (the ontology also allows an organisation and a model).
fn types_fit(p: Predicate, s: EntityClass, o: EntityClass) -> bool {
    p.fits(s, o) && (p != Predicate::CompetesWith || s == o)
}

/// The predicate a title's tie states.
fn tie_predicate(t: Tie) -> Predicate {
    match t {
        Tie::Work => Predicate::WorksFor,
        Tie::Founder => Predicate::Founded,
        Tie::Affiliate => Predicate::AffiliatedWith,
    }
}
