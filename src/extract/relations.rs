//! Relations, read sentence by sentence from the mentions and the words
//! between them. Each rule is a small function named after the construction
//! it reads; every fact it states goes through [`Facts::emit`], which checks
//! the predicate's subject and object types and keeps one copy of each fact.
//!
//! - `titles`: "X, Meta's vice president", "Meta CEO X", "X, CEO of Y",
//!   "X, who leads … at Y as a vice president", "X from the firm Y".
//! - `possessives`: "Meta's Llama", "Nvidia H100", "Grok, xAI's chatbot",
//!   "France's Mistral".
//! - `places`: "Chinese startup X", "Paris-based X", "X, a Paris-based lab".
//! - `cues`: a cue phrase of `cues.tsv` between two (lists of) mentions.
//! - `raised_from`: "Y raised … from X and Z".

use super::doc::Doc;
use super::mentions::Mention;
use super::model::{Entity, EntityClass, Evidence, Predicate, Relation, Span};
use super::resources::{Frame, Resources, Tie};
use crate::text::TokenKind;

use EntityClass::{AIModel, Organization as Org, Person, Place, Product};

/// What the rules read and what they have found so far.
struct Facts<'a> {
    doc: &'a Doc<'a>,
    res: &'a Resources,
    /// Live mentions (those with an entity), in text order: (tokens, entity).
    live: Vec<(std::ops::Range<usize>, usize)>,
    entities: &'a [Entity],
    /// The organisation the article is mostly about, if one stands out.
    topic: Option<usize>,
    out: Vec<Relation>,
}

/// Why a fact is stated: the token it was read at, the rule, its confidence.
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

/// Words that make a sentence about money.
const MONEY_WORDS: &[&str] = &[
    "round", "series", "funding", "raised", "raise", "raises", "raising", "invest", "invested", "investing", "investment",
    "investor", "investors", "backer", "backers", "backing", "valuation", "valued", "stake", "seed", "financing", "capital",
];

/// The organisation with the most mentions, if it has at least three and
/// more than any other.
fn topic_of(entities: &[Entity]) -> Option<usize> {
    let mut orgs: Vec<(usize, usize)> = entities.iter().enumerate().filter(|(_, e)| e.class == Org).map(|(i, e)| (e.mentions.len(), i)).collect();
    orgs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    match orgs.as_slice() {
        [(n, i), (m, _), ..] if *n >= 3 && n > m => Some(*i),
        [(n, i)] if *n >= 3 => Some(*i),
        _ => None,
    }
}

/// Reads every relation of the article.
pub fn find(doc: &Doc, res: &Resources, mentions: &[Mention], of_mention: &[Option<usize>], entities: &[Entity]) -> Vec<Relation> {
    let live: Vec<_> = mentions.iter().zip(of_mention).filter_map(|(m, e)| e.map(|e| (m.tokens.clone(), e))).collect();
    let mut f = Facts { doc, res, live, entities, topic: topic_of(entities), out: Vec::new() };
    for k in 0..f.live.len() {
        titles(&mut f, k);
        possessives(&mut f, k);
        places(&mut f, k);
    }
    for i in 0..doc.len() {
        its_thing(&mut f, i);
    }
    for s in 0..doc.sentences.len() {
        held_title(&mut f, s);
        board_seat(&mut f, s);
        cues(&mut f, s);
        raised_from(&mut f, s);
        founded_by(&mut f, s);
    }
    named_after_maker(&mut f);
    families(&mut f);
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
        within(&self.live, from, to)
    }

    fn entity(&self, k: usize) -> usize {
        self.live[k].1
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
        (from..to).any(|j| MONEY_WORDS.contains(&self.doc.lower(j)))
    }

    /// The organisation "its" or "the company" stands for at token `i`: the
    /// last one named earlier in the sentence, else the article's topic.
    fn referent(&self, i: usize) -> Option<usize> {
        let start = self.doc.sentence_of.get(i).and_then(|&s| self.doc.sentences.get(s)).map(|r| r.start).unwrap_or(0);
        let orgs = || self.within(start, i).iter().filter(|(_, e)| self.class(*e) == Org);
        let subject = orgs().find(|(r, _)| r.start <= start + 4 && !self.doc.is_possessive(r.end)).map(|(_, e)| *e);
        let last = orgs().next_back().map(|(_, e)| *e);
        subject.or(last).or_else(|| self.previous_subject(start)).or(self.topic)
    }

    /// The organisation that opens the sentence before the one starting at
    /// token `start` (what "it" most often stands for).
    fn previous_subject(&self, start: usize) -> Option<usize> {
        let s = *self.doc.sentence_of.get(start)?;
        for back in 1..=3 {
            let prev = self.doc.sentences.get(s.checked_sub(back)?)?;
            let opener = self.doc.lower(prev.start);
            if let Some(first) = self.within(prev.start, prev.end).first().filter(|m| m.0.start == prev.start) {
                return (self.class(first.1) == Org && !self.doc.is_possessive(first.0.end)).then_some(first.1);
            }
            if !matches!(opener, "it" | "its") {
                return None;
            }
        }
        None
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
        let evidence = Evidence { sentence, rule: format!("{}/{}", p.name(), rule), confidence };
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

/// "Nvidia H100", "Meta AI": a model or product whose name starts with an
/// organisation's name is that organisation's.
fn named_after_maker(f: &mut Facts) {
    for (m, thing) in f.entities.iter().enumerate() {
        if !matches!(thing.class, AIModel | Product | Org) {
            continue;
        }
        let named_after = |n: &String| std::iter::once(&thing.name).chain(&thing.aliases).any(|t| t.strip_prefix(n.as_str()).is_some_and(|rest| rest.starts_with(' ')));
        let maker = f.entities.iter().position(|o| o.class == Org && std::iter::once(&o.name).chain(&o.aliases).any(named_after));
        if let Some(o) = maker {
            let at = f.live.iter().find(|(_, e)| *e == m).map(|(r, _)| r.start).unwrap_or(0);
            if thing.class == Org {
                f.emit(o, Predicate::Owns, m, None, Why::new(at, "named-after-owner", 0.6));
            } else {
                owned(f, o, m, at, "named-after-maker", 0.7);
            }
        }
    }
}

/// Models of one family ("Grok", "Grok 3", "Grok-1") share their maker: when
/// exactly one organisation is said to have developed some of them, it
/// developed the rest.
fn families(f: &mut Facts) {
    let stem = |name: &str| -> Option<String> {
        let s: String = name.chars().take_while(|c| c.is_alphabetic()).collect();
        (s.chars().count() >= 3).then_some(s)
    };
    let mut makers: std::collections::HashMap<String, Vec<(usize, Span)>> = std::collections::HashMap::new();
    for r in &f.out {
        if r.predicate == Predicate::Developed && f.class(r.object) == AIModel {
            if let Some(st) = stem(&f.entities[r.object].name) {
                let list = makers.entry(st).or_default();
                if !list.iter().any(|(o, _)| *o == r.subject) {
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

/// Subject and object types each predicate allows.
fn types_fit(p: Predicate, s: EntityClass, o: EntityClass) -> bool {
    use Predicate::*;
    match p {
        WorksFor | Founded | AffiliatedWith => s == Person && o == Org,
        Developed => s == Org && matches!(o, AIModel | Product),
        BuildsOn => matches!(s, Org | AIModel) && matches!(o, AIModel | Org),
        CompetesWith => s == o && matches!(s, Org | AIModel),
        InvestedIn => matches!(s, Org | Person) && o == Org,
        Acquired | PartnersWith => s == Org && o == Org,
        Owns => s == Org && matches!(o, Org | Product),
        LocatedIn => s == Org && o == Place,
    }
}

/// The predicate a title's tie states.
fn tie_predicate(t: Tie) -> Predicate {
    match t {
        Tie::Work => Predicate::WorksFor,
        Tie::Founder => Predicate::Founded,
        Tie::Affiliate => Predicate::AffiliatedWith,
    }
}

// ------------------------------------------------------------------ titles

/// Words that may stand before a title without being part of the role.
const DETERMINERS: &[&str] = &["a", "an", "the", "its", "his", "her", "their", "now", "currently", "also", "previously", "formerly", "once"];
/// Words that are part of a role when they precede a title.
const MODIFIERS: &[&str] = &["senior", "former", "interim", "acting", "deputy", "associate", "executive", "founding", "longtime", "then", "co", "current", "new", "global", "lead", "principal", "general"];

/// A parsed title phrase: the roles and where it ends.
struct Titles {
    roles: Vec<(String, Tie)>,
    end: usize,
}

/// Reads "senior vice president and co-founder" starting at token `i`.
fn read_titles(doc: &Doc, res: &Resources, mut i: usize) -> Option<Titles> {
    let mut roles = Vec::new();
    loop {
        let start = i;
        while MODIFIERS.contains(&doc.lower(i)) || (doc.is_punct(i, '-') && doc.joined(i)) {
            i += 1;
        }
        let (len, tie) = doc.lookup(&res.titles, i).map(|(len, &tie)| (len, tie)).or_else(|| chief_officer(doc, i))?;
        let mut end = i + len;
        if doc.lower(end) == "of" && !doc.is_capitalized(end + 1) && !matches!(doc.lower(end + 1), "the" | "a" | "an" | "its") {
            end = head_of_end(doc, end);
        }
        roles.push((doc.slice(start..end).to_string(), tie));
        i = end;
        let joiner = matches!(doc.lower(i), "and" | "&") || (doc.is_punct(i, ',') && doc.lower(i + 1) != "who");
        if joiner && read_titles_start(doc, res, i + 1) {
            i += 1;
            continue;
        }
        return Some(Titles { roles, end: i });
    }
}

/// "chief science officer", "chief people and culture officer": "chief", up to
/// three words, "officer" (titles the list does not spell out).
fn chief_officer(doc: &Doc, i: usize) -> Option<(usize, Tie)> {
    if doc.lower(i) != "chief" {
        return None;
    }
    let end = (i + 2..i + 5).find(|&j| doc.lower(j) == "officer")?;
    (i + 1..end).all(|j| doc.tokens[j].kind == TokenKind::Word).then_some((end + 1 - i, Tie::Work))
}

/// A title (with modifiers) starts at `i`.
fn read_titles_start(doc: &Doc, res: &Resources, mut i: usize) -> bool {
    while MODIFIERS.contains(&doc.lower(i)) || doc.is_punct(i, '-') {
        i += 1;
    }
    doc.lookup(&res.titles, i).is_some() || chief_officer(doc, i).is_some()
}

/// "head of generative AI": up to three words after "of", before at/for/,.
fn head_of_end(doc: &Doc, of: usize) -> usize {
    let mut j = of + 1;
    while j < of + 4 && doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word) && !matches!(doc.lower(j), "at" | "for" | "in" | "and") {
        j += 1;
    }
    if j == of + 1 { of } else { j }
}

/// The organisation mention at `i`, skipping "the" and an organisation noun
/// ("at the venture capital firm Y").
fn org_at(f: &Facts, mut i: usize) -> Option<usize> {
    if matches!(f.doc.lower(i), "the" | "a" | "an") {
        i += 1;
    }
    if let Some((len, _)) = f.doc.lookup(&f.res.org_nouns, i) {
        i += len;
    }
    let k = f.starting(i)?;
    (f.class(f.entity(k)) == Org).then_some(k)
}

/// The organisation that owns a title: "Meta's", "Meta".
fn owner_before(f: &Facts, i: usize) -> Option<usize> {
    let end = if f.doc.is_possessive(i.wrapping_sub(1)) { i - 1 } else { i };
    let k = f.ending(end)?;
    (f.class(f.entity(k)) == Org).then_some(k)
}

/// Emits the ties a list of roles states between a person and an organisation.
fn emit_roles(f: &mut Facts, person: usize, org: usize, roles: &[(String, Tie)], at: usize, rule: &str, confidence: f32) {
    for (role, tie) in roles {
        let role = (*tie == Tie::Work).then(|| role.clone());
        f.emit(person, tie_predicate(*tie), org, role, Why::new(at, rule, confidence));
    }
}

/// Titles around a person mention `k`.
fn titles(f: &mut Facts, k: usize) {
    let p = f.entity(k);
    if f.class(p) != Person {
        return;
    }
    let (start, end) = (f.live[k].0.start, f.live[k].0.end);
    title_after(f, p, end);
    title_before(f, p, start);
    as_title(f, p, end);
    who_clause(f, p, end);
    from_org(f, p, end);
}

/// "X, Meta's vice president" / "X, CEO of Y" / "X, a Microsoft vice president".
fn title_after(f: &mut Facts, p: usize, end: usize) {
    let copula = matches!(f.doc.lower(end), "is" | "was" | "became" | "remains" | "becomes");
    if !f.doc.is_punct(end, ',') && !copula {
        return;
    }
    let mut i = end + 1;
    while DETERMINERS.contains(&f.doc.lower(i)) {
        i += 1;
    }
    if matches!(f.doc.lower(i), "company" | "startup" | "firm" | "group" | "lab") && f.doc.is_possessive(i + 1) && f.doc.lower(i - 1) == "the" {
        if let (Some(topic), Some(t)) = (f.topic, read_titles(f.doc, f.res, i + 2)) {
            emit_roles(f, p, topic, &t.roles, end, "title-of-the-company", 0.6);
        }
        return;
    }
    let mut owner = None;
    if let Some(k) = f.starting(i) {
        if f.class(f.entity(k)) == Org {
            owner = Some(k);
            i = f.live[k].0.end + usize::from(f.doc.is_possessive(f.live[k].0.end));
        }
    }
    let Some(t) = read_titles(f.doc, f.res, i) else { return };
    let mut after = matches!(f.doc.lower(t.end), "of" | "at" | "for" | "with").then(|| org_list_at(f, t.end + 1)).unwrap_or_default();
    if after.is_empty() {
        if let Some(at) = (t.end..t.end + 5).take_while(|&j| !f.doc.is_punct(j, ',') && !f.doc.is_punct(j, '.')).find(|&j| f.doc.lower(j) == "at") {
            after = org_list_at(f, at + 1);
        }
    }
    if let Some(o) = owner {
        let org = f.entity(o);
        emit_roles(f, p, org, &t.roles, end, "appositive-possessive-title", 0.9);
    } else if !after.is_empty() {
        for org in after {
            emit_roles(f, p, org, &t.roles, end, "appositive-title-of", 0.9);
        }
    } else if !matches!(f.doc.lower(t.end), "of" | "at" | "for" | "with") {
        let its = f.doc.lower(end + 1) == "its";
        implied_org(f, p, &t.roles, end + 1, its);
    }
}

/// A company title with no company named ("X, the chief executive", "its
/// president"): the organisation "its" stands for, or the article's topic.
fn implied_org(f: &mut Facts, p: usize, roles: &[(String, Tie)], at: usize, its: bool) {
    let executive = roles.iter().any(|(r, t)| *t != Tie::Affiliate && is_executive(r) && !r.starts_with(char::is_uppercase));
    let org = if its { f.referent(at) } else { f.topic };
    if let Some(org) = org.filter(|_| executive) {
        let roles: Vec<(String, Tie)> = roles.iter().filter(|(r, _)| is_executive(r)).cloned().collect();
        emit_roles(f, p, org, &roles, at, "title-implied-org", 0.5);
    }
}

/// A title only a company's own officer holds ("chief executive", "president").
fn is_executive(role: &str) -> bool {
    let r = role.to_lowercase();
    let words: Vec<&str> = r.split(|c: char| !c.is_alphanumeric()).collect();
    let key = |w: &&str| matches!(*w, "chief" | "ceo" | "cto" | "cfo" | "coo" | "president" | "founder");
    words.iter().any(key) && !words.contains(&"former")
}

/// The organisations listed at `i` ("at DeepMind and OpenAI").
fn org_list_at(f: &Facts, i: usize) -> Vec<usize> {
    let Some(first) = org_at(f, i) else { return Vec::new() };
    let mut out = vec![f.entity(first)];
    let mut k = first;
    while let Some((r, e)) = f.live.get(k + 1) {
        if !is_list_sep(f.doc, f.live[k].0.end, r.start) || f.class(*e) != Org {
            break;
        }
        out.push(*e);
        k += 1;
    }
    out
}

/// "Meta CEO X", "Meta's chief executive, X", "Alibaba's chairman and co-founder X".
fn title_before(f: &mut Facts, p: usize, start: usize) {
    let at = if f.doc.is_punct(start.wrapping_sub(1), ',') { start - 1 } else { start };
    for n in (1..=8).rev() {
        let Some(t0) = at.checked_sub(n) else { continue };
        let Some(t) = read_titles(f.doc, f.res, t0).filter(|t| t.end == at) else { continue };
        if let Some(k) = owner_before(f, t0) {
            let org = f.entity(k);
            emit_roles(f, p, org, &t.roles, start, "title-before-name", 0.85);
            return;
        }
    }
    let bare = (1..=5).rev().find_map(|n| at.checked_sub(n).and_then(|t0| read_titles(f.doc, f.res, t0).filter(|t| t.end == at).map(|t| (t0, t))));
    if let Some((t0, t)) = bare.as_ref().filter(|(t0, _)| f.doc.lower(t0.wrapping_sub(1)) == "whose") {
        let sentence_start = f.doc.sentence_of.get(*t0).and_then(|&s| f.doc.sentences.get(s)).map(|r| r.start).unwrap_or(0);
        let org = f.within(sentence_start, *t0).iter().rev().find(|(_, e)| f.class(*e) == Org).map(|(_, e)| *e);
        if let Some(org) = org {
            emit_roles(f, p, org, &t.roles, start, "whose-title", 0.75);
            return;
        }
    }
    if let Some((_, t)) = bare {
        let its = (start.saturating_sub(8)..start).any(|j| f.doc.lower(j) == "its");
        implied_org(f, p, &t.roles, start, its);
    }
}

/// "X resigned as chief executive", "named X as chief executive of Y".
fn as_title(f: &mut Facts, p: usize, end: usize) {
    let at = if f.doc.lower(end) == "as" { end } else if f.doc.lower(end + 1) == "as" && !f.doc.is_punct(end, ',') { end + 1 } else { return };
    let mut i = at + 1;
    while DETERMINERS.contains(&f.doc.lower(i)) {
        i += 1;
    }
    let Some(t) = read_titles(f.doc, f.res, i) else { return };
    let after = matches!(f.doc.lower(t.end), "of" | "at").then(|| org_list_at(f, t.end + 1)).unwrap_or_default();
    if after.is_empty() {
        implied_org(f, p, &t.roles, end, false);
    }
    for org in after {
        emit_roles(f, p, org, &t.roles, end, "as-title-of", 0.75);
    }
}

/// "X, who leads AI at Meta as a vice president" / "X, who founded Y".
fn who_clause(f: &mut Facts, p: usize, end: usize) {
    if !(f.doc.is_punct(end, ',') && f.doc.lower(end + 1) == "who") {
        return;
    }
    let stop = (end + 2..(end + 18).min(f.sentence_end(end))).find(|&j| f.doc.is_punct(j, ',') || f.doc.is_punct(j, '.')).unwrap_or(end + 2);
    let mut org = None;
    let mut roles = Vec::new();
    let mut founded = false;
    let mut i = end + 2;
    while i < stop {
        if let Some(k) = f.starting(i) {
            if org.is_none() && f.class(f.entity(k)) == Org {
                org = Some(f.entity(k));
            }
            i = f.live[k].0.end;
            continue;
        }
        if matches!(f.doc.lower(i), "founded" | "co-founded" | "cofounded" | "started") {
            founded = true;
        }
        if let Some(t) = read_titles(f.doc, f.res, i) {
            roles.extend(t.roles);
            i = t.end;
            continue;
        }
        i += 1;
    }
    let Some(org) = org else {
        if !roles.is_empty() {
            let its = (end + 2..stop).any(|j| f.doc.lower(j) == "its");
            implied_org(f, p, &roles, end, its);
        }
        return;
    };
    if founded {
        f.emit(p, Predicate::Founded, org, None, Why::new(end, "who-founded", 0.85));
    } else if !roles.is_empty() {
        emit_roles(f, p, org, &roles, end, "who-clause-title", 0.75);
    } else if (end + 2..stop).any(|j| matches!(f.doc.lower(j), "leads" | "led" | "heads" | "runs" | "works" | "joined")) {
        f.emit(p, Predicate::WorksFor, org, None, Why::new(end, "who-leads", 0.65));
    }
}

/// "She was stepping down as chief executive of X", "he had been chief
/// executive of Y": the person is the nearest one named before (a pronoun
/// stands for the last person named).
fn held_title(f: &mut Facts, s: usize) {
    let range = f.doc.sentences[s].clone();
    for i in range.clone() {
        if !matches!(f.doc.lower(i), "as" | "been" | "was" | "is" | "became") {
            continue;
        }
        let mut j = i + 1;
        while DETERMINERS.contains(&f.doc.lower(j)) {
            j += 1;
        }
        let Some(t) = read_titles(f.doc, f.res, j) else { continue };
        let joined_org = (f.doc.lower(i) == "as")
            .then(|| f.ending(i))
            .flatten()
            .filter(|&k| matches!(f.doc.lower(f.live[k].0.start.wrapping_sub(1)), "join" | "joins" | "joined" | "joining" | "rejoined" | "rejoins"))
            .map(|k| f.entity(k))
            .filter(|&e| f.class(e) == Org);
        let orgs = if matches!(f.doc.lower(t.end), "of" | "at") {
            org_list_at(f, t.end + 1)
        } else if let Some(org) = joined_org {
            vec![org]
        } else {
            continue;
        };
        let person = f.within(range.start, i).iter().rev().find(|(_, e)| f.class(*e) == Person).map(|(_, e)| *e);
        let pronoun = (range.start..i).any(|k| matches!(f.doc.lower(k), "he" | "she"));
        let person = person.or_else(|| pronoun.then(|| f.within(0, i).iter().rev().find(|(_, e)| f.class(*e) == Person).map(|(_, e)| *e)).flatten());
        if let Some(p) = person {
            for org in orgs {
                emit_roles(f, p, org, &t.roles, i, "held-title-of", 0.65);
            }
        }
    }
}

/// "X joined the board", "a seat on OpenAI's board", "left its board": a
/// board tie between the person named last before "board" and the board's
/// organisation (its possessor, "board of Y", or the article's topic).
fn board_seat(f: &mut Facts, s: usize) {
    let range = f.doc.sentences[s].clone();
    for i in range.clone() {
        if !matches!(f.doc.lower(i), "board" | "committee") {
            continue;
        }
        let prev = f.doc.lower(i.wrapping_sub(1));
        let owner = if f.doc.is_possessive(i.wrapping_sub(1)) {
            f.ending(i - 1).map(|k| f.entity(k)).filter(|&e| f.class(e) == Org)
        } else if f.doc.lower(i + 1) == "of" {
            org_at(f, i + 2).map(|k| f.entity(k))
        } else if prev == "its" {
            f.referent(i)
        } else {
            None
        };
        let generic = matches!(prev, "the" | "its") || f.doc.is_possessive(i.wrapping_sub(1));
        let Some(org) = owner.or(f.topic.filter(|_| generic)) else { continue };
        let person = f.within(range.start, i).iter().rev().find(|(_, e)| f.class(*e) == Person).map(|(_, e)| *e);
        if let Some(p) = person {
            f.emit(p, Predicate::AffiliatedWith, org, None, Why::new(i, "board-seat", 0.55));
        }
    }
}

/// "X, from the venture capital firm Y" / "X of Y" / "X at Y".
fn from_org(f: &mut Facts, p: usize, end: usize) {
    let i = if f.doc.is_punct(end, ',') { end + 1 } else { end };
    let (rule, conf) = match f.doc.lower(i) {
        "from" => ("from-org", 0.7),
        "at" => ("at-org", 0.6),
        "of" if i == end => ("of-org", 0.5),
        _ => return,
    };
    if let Some(k) = org_at(f, i + 1) {
        let org = f.entity(k);
        f.emit(p, Predicate::WorksFor, org, None, Why::new(end, rule, conf));
    }
}

// ------------------------------------------------------------- possessives

/// Words allowed between a possessive and the thing owned ("Google's
/// sixth-generation TPU").
fn is_modifier_gap(doc: &Doc, from: usize, to: usize) -> bool {
    let function_word = |j: usize| matches!(doc.lower(j), "to" | "of" | "for" | "with" | "from" | "in" | "on" | "at" | "by" | "and" | "or" | "as" | "than" | "that" | "which");
    to >= from && to - from <= 3 && (from..to).all(|j| (doc.tokens[j].kind != TokenKind::Punct || doc.is_punct(j, '-')) && !doc.is_capitalized(j) && !function_word(j))
}

/// "Meta's Llama", "Nvidia H100", "Grok, xAI's chatbot", "France's Mistral".
fn possessives(f: &mut Facts, k: usize) {
    let a = f.entity(k);
    let end = f.live[k].0.end;
    if f.doc.is_possessive(end) {
        if let Some(b) = (end + 1..end + 5).find_map(|j| f.starting(j).filter(|_| is_modifier_gap(f.doc, end + 1, j))) {
            let sentence_end = f.sentence_end(end);
            for m in members_after(f, f.live[b].0.start, sentence_end).into_iter().filter(|m| m.owner.is_none()) {
                let b_ent = f.entity(m.head);
                owned(f, a, b_ent, end, "possessive", 0.8);
            }
        }
        possessive_appositive(f, k, end);
        relational_noun(f, k, end);
    }
    if let Some(b) = f.starting(end).filter(|_| f.class(a) == Org) {
        let b_ent = f.entity(b);
        if matches!(f.class(b_ent), AIModel | Product) {
            f.emit(a, Predicate::Developed, b_ent, None, Why::new(end, "name-before-product", 0.6));
        }
    }
}

/// "its Grok chatbot", "the company's first model, Mistral 7B": the maker is
/// the organisation "its" stands for.
fn its_thing(f: &mut Facts, i: usize) {
    let after = if f.doc.lower(i) == "its" {
        i + 1
    } else if matches!(f.doc.lower(i), "company" | "startup" | "firm" | "lab") && f.doc.lower(i.wrapping_sub(1)) == "the" && f.doc.is_possessive(i + 1) {
        i + 2
    } else {
        return;
    };
    let owner = if f.doc.lower(i) == "its" { f.referent(i) } else { f.topic };
    let Some(owner) = owner else { return };
    let mut j = after;
    while j < after + 4 && f.starting(j).is_none() && !f.doc.is_punct(j, '.') {
        j += 1;
    }
    let noun_after = |m: usize| f.doc.lookup(&f.res.thing_nouns, f.live[m].0.end).is_some();
    let direct = f.starting(j).filter(|&m| is_modifier_gap(f.doc, after, j) && (j - after <= 1 || noun_after(m)));
    let appositive = (after..after + 5).find(|&c| f.doc.is_punct(c, ',')).filter(|&c| is_modifier_gap(f.doc, after, c)).and_then(|c| {
        let named = if matches!(f.doc.lower(c + 1), "known" | "called" | "named" | "dubbed") { c + 2 + usize::from(f.doc.lower(c + 2) == "as") } else { c + 1 };
        f.starting(named)
    });
    if let Some(m) = direct.or(appositive) {
        let thing = f.entity(m);
        if matches!(f.class(thing), AIModel | Product) {
            owned(f, owner, thing, i, "its-thing", 0.55);
        }
    }
}

/// "Nvidia's rivals include AMD and Huawei", "TSMC, Nvidia's manufacturing
/// partner": a relational noun after a possessive ties the possessor to the
/// name before the comma or the list after the noun.
fn relational_noun(f: &mut Facts, k: usize, poss: usize) {
    let a = f.entity(k);
    let Some(noun) = (poss + 1..poss + 4).find(|&j| relation_of_noun(f.doc.lower(j)).is_some()) else { return };
    if !is_modifier_gap(f.doc, poss + 1, noun) {
        return;
    }
    let Some((p, reverse)) = relation_of_noun(f.doc.lower(noun)) else { return };
    let start = f.live[k].0.start;
    let mut others: Vec<usize> = Vec::new();
    let det = start.checked_sub(1).filter(|&d| matches!(f.doc.lower(d), "a" | "an" | "the" | "one")).map_or(start, |d| d);
    if let Some(m) = det.checked_sub(1).filter(|&c| f.doc.is_punct(c, ',')).and_then(|c| f.ending(c)) {
        others.push(f.entity(m));
    }
    let one_of = (start >= 2 && f.doc.lower(start - 2) == "one" && f.doc.lower(start - 1) == "of") || f.doc.lower(start.wrapping_sub(1)) == "among";
    if one_of {
        let from = if f.doc.lower(start - 1) == "among" { start - 1 } else { start - 2 };
        let k2 = f.live.partition_point(|(r, _)| r.end <= from);
        if let Some(prev) = k2.checked_sub(1).filter(|&q| from - f.live[q].0.end <= 6 && no_clause_break(f.doc, f.live[q].0.end, from)) {
            others.push(f.entity(prev));
        }
    }
    let verb = noun + 1;
    if matches!(f.doc.lower(verb), "include" | "includes" | "included" | "are" | "is" | "were" | ":" | "such" | "like" | "including") {
        let from = if f.doc.lower(verb) == "such" { verb + 2 } else { verb + 1 };
        let sentence_end = f.sentence_end(noun);
        others.extend(members_after(f, from, sentence_end).into_iter().map(|m| f.entity(m.head)));
    }
    for o in others {
        let (s, ob) = if reverse { (o, a) } else { (a, o) };
        f.emit(s, p, ob, None, Why::new(noun, "possessive-relational-noun", 0.7));
    }
}

/// The predicate a relational noun states, and whether the named thing is
/// its subject ("X, Meta's backer": X invested in Meta).
fn relation_of_noun(noun: &str) -> Option<(Predicate, bool)> {
    match noun {
        "rival" | "rivals" | "competitor" | "competitors" | "challenger" | "challengers" => Some((Predicate::CompetesWith, false)),
        "partner" | "partners" | "ally" | "allies" => Some((Predicate::PartnersWith, false)),
        "investor" | "investors" | "backer" | "backers" | "shareholder" | "shareholders" => Some((Predicate::InvestedIn, true)),
        "parent" | "owner" => Some((Predicate::Owns, true)),
        "subsidiary" | "unit" | "division" | "arm" => Some((Predicate::Owns, false)),
        _ => None,
    }
}

/// What "A's B" states, by the types of A and B.
fn owned(f: &mut Facts, a: usize, b: usize, at: usize, rule: &str, conf: f32) {
    match (f.class(a), f.class(b)) {
        (Org, Org) if rule == "possessive" => {
            let direct = f.starting(at + 1).filter(|&k| f.entity(k) == b);
            let unit = direct.is_some_and(|k| relation_of_noun(f.doc.lower(f.live[k].0.end)).is_some());
            if direct.is_some() && !unit {
                f.emit(a, Predicate::Owns, b, None, Why::new(at, "possessive-org", 0.6));
            }
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

/// A product its maker built (a chip, a model hub) rather than a service it
/// runs: any product but the lexicon's platforms.
fn is_made_thing(f: &Facts, b: usize) -> bool {
    let entry = f.res.entry_named(&f.entities[b].name);
    !entry.is_some_and(|e| f.res.entries[e].platform)
}

/// "Grok, xAI's rival to…" (the possessor made the name before the comma) and
/// "Meta's own assistant, Meta AI" (the possessor made the name after it).
fn possessive_appositive(f: &mut Facts, k: usize, poss: usize) {
    let a = f.entity(k);
    let start = f.live[k].0.start;
    if start >= 2 && f.doc.is_punct(start - 1, ',') {
        if let Some(m) = f.ending(start - 1) {
            let m_ent = f.entity(m);
            owned(f, a, m_ent, start, "appositive-possessive", 0.7);
            let unit = (poss + 1..poss + 4).any(|j| matches!(f.doc.lower(j), "arm" | "unit" | "division" | "subsidiary" | "lab" | "brand" | "business"));
            if unit && f.class(a) == Org && f.class(m_ent) == Org {
                f.emit(a, Predicate::Owns, m_ent, None, Why::new(start, "appositive-possessive-unit", 0.7));
            }
        }
    }
    if let Some(comma) = (poss + 1..poss + 5).find(|&j| f.doc.is_punct(j, ',')) {
        let noun = (poss + 1..comma).any(|j| f.doc.lookup(&f.res.thing_nouns, j).is_some());
        if noun && is_modifier_gap(f.doc, poss + 1, comma) {
            if let Some(m) = f.starting(comma + 1) {
                let m_ent = f.entity(m);
                owned(f, a, m_ent, poss, "possessive-noun-appositive", 0.7);
            }
        }
    }
}

// ------------------------------------------------------------------ places

/// "Chinese startup X", "Paris-based X", "X, a Paris-based lab", "X, based in Y".
fn places(f: &mut Facts, k: usize) {
    let place = f.entity(k);
    if f.class(place) != Place {
        return;
    }
    let (start, end) = (f.live[k].0.start, f.live[k].0.end);
    let based = f.doc.is_punct(end, '-') && f.doc.lower(end + 1) == "based";
    let demonym = f.res.demonyms.contains_key(f.doc.word(start));
    let noun_after = f.doc.lookup(&f.res.org_nouns, end).is_some() && start > 0 && matches!(f.doc.lower(start - 1), "a" | "an" | "the");
    if !based && !demonym && !noun_after {
        return;
    }
    let based = based || noun_after;
    let after = (end..end + 6).find_map(|j| f.starting(j)).filter(|&m| f.class(f.entity(m)) == Org && names_right_after(f, end, f.live[m].0.start, based));
    let sentence_end = f.sentence_end(start);
    if let Some(m) = after.filter(|&m| f.live[m].0.start < sentence_end && no_clause_break(f.doc, end, f.live[m].0.start)) {
        let org = f.entity(m);
        f.emit(org, Predicate::LocatedIn, place, None, Why::new(start, if based { "based-before-name" } else { "demonym-noun-name" }, 0.85));
        return;
    }
    let det = start.checked_sub(1).filter(|&d| matches!(f.doc.lower(d), "a" | "an" | "the"));
    if let Some(d) = det.filter(|&d| d >= 1 && f.doc.is_punct(d - 1, ',')) {
        if let Some(m) = f.ending(d - 1) {
            let org = f.entity(m);
            f.emit(org, Predicate::LocatedIn, place, None, Why::new(start, "appositive-based", 0.8));
            return;
        }
    }
    if let Some(org) = f.referent(start).filter(|_| based && det.is_some()) {
        f.emit(org, Predicate::LocatedIn, place, None, Why::new(start, "based-implied-org", 0.5));
    }
}

/// Between a place (or "-based") ending at `end` and a name at `start` stand
/// at most an adjective or two and an organisation noun ("Paris-based AI
/// startup Mistral"), never a verb phrase ("a Shenzhen-based startup backed by X").
fn names_right_after(f: &Facts, end: usize, start: usize, based: bool) -> bool {
    let from = if based { end + 2 } else { end };
    if start <= from {
        return true;
    }
    let noun_last = (from..start).any(|j| f.doc.lookup(&f.res.org_nouns, j).is_some_and(|(len, _)| j + len == start));
    noun_last && is_modifier_gap(f.doc, from, start) || start - from <= 4 && noun_last && (from..start).all(|j| !f.doc.is_capitalized(j) || f.doc.lower(j) == "ai")
}

/// No punctuation other than hyphens between tokens `from..to`.
fn no_clause_break(doc: &Doc, from: usize, to: usize) -> bool {
    (from..to).all(|j| doc.tokens[j].kind != TokenKind::Punct || doc.is_punct(j, '-'))
}

// -------------------------------------------------------------------- cues

/// One member of a list: a name, possibly with its possessor ("OpenAI's GPT-4o").
#[derive(Clone, Copy)]
struct Member {
    head: usize,
    owner: Option<usize>,
}

/// Words that deny what follows.
fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "never" | "no" | "denied" | "denies" | "deny" | "without") || w.ends_with("n't") || w.ends_with("n’t")
}

/// Relations stated by cue phrases in sentence `s`.
fn cues(f: &mut Facts, s: usize) {
    let range = f.doc.sentences[s].clone();
    let mut i = range.start;
    while i < range.end {
        let found = f.doc.lookup_all(&f.res.cues, i);
        let Some(&(len, _)) = found.first() else {
            i += 1;
            continue;
        };
        let negated = (i.saturating_sub(3).max(range.start)..i).any(|j| is_negation(f.doc.lower(j)));
        if !negated && f.starting(i).is_none() {
            let cues: Vec<_> = found.iter().map(|(_, c)| **c).collect();
            let left = members_before(f, i, range.start);
            let right = members_after(f, i + len, range.end);
            for cue in cues {
                let left_for_cue: Vec<Left> = if cue.topic && cue.frame == Frame::Passive {
                    left.iter().copied().filter(|l| !is_investor(f, f.entity(l.member.head))).collect()
                } else {
                    left.clone()
                };
                let mut done = apply_cue(f, cue.predicate, cue.frame, &left_for_cue, &right, i);
                if !done && cue.frame == Frame::Active {
                    done = pronoun_subject(f, cue.predicate, &right, i, range.start);
                }
                if !done && cue.frame == Frame::Active {
                    done = relative_object(f, cue.predicate, &left, i);
                }
                if !done && cue.predicate == Predicate::InvestedIn && cue.frame == Frame::Active {
                    done = in_which(f, &left, i, range.start);
                }
                if !done && cue.topic && f.about_money(i) {
                    topic_fills(f, cue.predicate, cue.frame, &left, &right, i);
                }
                if !done && cue.predicate.is_symmetric() && right.is_empty() {
                    pairwise(f, cue.predicate, &left, i);
                }
            }
        }
        i += len;
    }
}

/// Emits a cue's relation between the nearest fitting left member (and the
/// members listed with it) and every right member.
fn apply_cue(f: &mut Facts, p: Predicate, frame: Frame, left: &[Left], right: &[Member], at: usize) -> bool {
    let rule = if frame == Frame::Active { "cue-active" } else { "cue-passive" };
    let mut emitted = false;
    for l in left {
        if emitted && !l.listed {
            break;
        }
        let mut any = false;
        for r in right {
            any |= emit_pair(f, p, frame, l.member, *r, Why::new(at, rule, l.confidence));
        }
        emitted |= any;
    }
    emitted
}

/// Already found investing in something.
fn is_investor(f: &Facts, e: usize) -> bool {
    f.out.iter().any(|r| r.predicate == Predicate::InvestedIn && r.subject == e)
}

/// "CoreWeave, in which Nvidia has invested": the name before "in which" is
/// what the names after it invested in.
fn in_which(f: &mut Facts, left: &[Left], at: usize, sentence_start: usize) -> bool {
    let Some(w) = (at.saturating_sub(6).max(sentence_start)..at).find(|&j| f.doc.lower(j) == "in" && f.doc.lower(j + 1) == "which") else { return false };
    let Some(target) = w.checked_sub(1).filter(|&c| f.doc.is_punct(c, ',')).and_then(|c| f.ending(c)) else { return false };
    let o = f.entity(target);
    let mut any = false;
    let investors: Vec<usize> = left.iter().filter(|l| f.live[l.member.head].0.start > w).map(|l| f.entity(l.member.head)).collect();
    for s in investors {
        any |= f.emit(s, Predicate::InvestedIn, o, None, Why::new(at, "in-which-invested", 0.7));
    }
    any
}

/// "Nvidia and Hugging Face announced a partnership", "Google and Amazon are
/// competitors": the members of the list before the cue, pairwise.
fn pairwise(f: &mut Facts, p: Predicate, left: &[Left], at: usize) {
    let Some(first) = left.first() else { return };
    let mut group = vec![first.member.head];
    for l in &left[1..] {
        if !l.listed {
            break;
        }
        group.push(l.member.head);
    }
    for (n, &a) in group.iter().enumerate() {
        for &b in &group[n + 1..] {
            let (ea, eb) = (f.entity(a), f.entity(b));
            f.emit(ea, p, eb, None, Why::new(at, "cue-pairwise", 0.6));
        }
    }
}

/// "In 2024 it acquired XetHub": "it" or "the company" right before the cue
/// stands for the organisation named last (or the article's topic).
fn pronoun_subject(f: &mut Facts, p: Predicate, right: &[Member], at: usize, sentence_start: usize) -> bool {
    let before = |n: usize| at.checked_sub(n).filter(|&j| j >= sentence_start).map(|j| f.doc.lower(j)).unwrap_or("");
    let aux = |w: &str| matches!(w, "also" | "has" | "had" | "have" | "then" | "later" | "now" | "quickly" | "recently" | "already" | "since" | "will" | "would");
    let it = (1..=4).any(|n| matches!(before(n), "it" | "company" | "startup") && (1..n).all(|k| aux(before(k))));
    let we = (1..=4).any(|n| before(n) == "we" && (1..n).all(|k| aux(before(k))));
    let company = (1..=4).any(|n| matches!(before(n), "company" | "startup") && (1..n).all(|k| aux(before(k))));
    let subject = if we || company { f.topic } else { f.referent(at).filter(|_| it) };
    let Some(subject) = subject else { return false };
    let mut any = false;
    for r in right {
        let o = f.entity(r.head);
        any |= f.emit(subject, p, o, None, Why::new(at, "cue-pronoun-subject", 0.5));
    }
    any
}

/// "X, the social network that xAI now owns", "Annapurna Labs, the unit
/// Amazon bought in 2015": the cue's subject stands right before it, and its
/// object is the name the relative clause describes.
fn relative_object(f: &mut Facts, p: Predicate, left: &[Left], at: usize) -> bool {
    let Some(l) = left.first().filter(|l| at - f.live[l.member.head].0.end <= 2) else { return false };
    let mut j = f.live[l.member.head].0.start;
    if matches!(f.doc.lower(j.wrapping_sub(1)), "that" | "which") {
        j -= 1;
    }
    let mut words = 0;
    while j > 0 && words < 6 && (f.doc.tokens[j - 1].kind != TokenKind::Punct || f.doc.is_punct(j - 1, '-')) {
        if f.doc.is_capitalized(j - 1) || f.starting(j - 1).is_some() {
            return false;
        }
        j -= 1;
        words += 1;
    }
    if words == 0 || !f.doc.is_punct(j.wrapping_sub(1), ',') {
        return false;
    }
    let Some(m) = f.ending(j - 1) else { return false };
    let (s, o) = (f.entity(l.member.head), f.entity(m));
    f.emit(s, p, o, None, Why::new(at, "cue-relative-object", 0.6))
}

/// "Lux Capital led a Series A" / "a round led by X and Y": the side the
/// sentence leaves out is the article's topic.
fn topic_fills(f: &mut Facts, p: Predicate, frame: Frame, left: &[Left], right: &[Member], at: usize) {
    let Some(topic) = f.topic else { return };
    match frame {
        Frame::Active => {
            for (n, l) in left.iter().enumerate() {
                if n > 0 && !l.listed {
                    break;
                }
                let s = f.entity(l.member.head);
                f.emit(s, p, topic, None, Why::new(at, "cue-topic", 0.5));
            }
        }
        Frame::Passive => {
            for r in right {
                let s = f.entity(r.head);
                f.emit(s, p, topic, None, Why::new(at, "cue-topic", 0.5));
            }
        }
    }
}

/// Emits one fact between two members, trying heads before possessors.
fn emit_pair(f: &mut Facts, p: Predicate, frame: Frame, l: Member, r: Member, why: Why) -> bool {
    let Why { at, rule, confidence: conf } = why;
    let ends = |m: Member| [Some(m.head), m.owner].into_iter().flatten();
    for ro in ends(r) {
        for lo in ends(l) {
            let (le, re) = (f.entity(lo), f.entity(ro));
            let (s, o) = if frame == Frame::Active { (le, re) } else { (re, le) };
            let loose = p == Predicate::BuildsOn && f.class(s) == Org && conf < 0.7;
            if !loose && f.emit(s, p, o, None, Why::new(at, rule, conf)) {
                return true;
            }
        }
    }
    false
}

/// A name before a cue.
#[derive(Clone, Copy)]
struct Left {
    member: Member,
    confidence: f32,
    /// Listed with the name after it ("Meta, Google and Microsoft").
    listed: bool,
}

/// Names before a cue at `i`, nearest first, with a confidence that falls
/// with distance.
fn members_before(f: &Facts, i: usize, sentence_start: usize) -> Vec<Left> {
    let mut out: Vec<Left> = Vec::new();
    let mut k = f.live.partition_point(|(r, _)| r.end <= i);
    let mut next_start = i;
    while k > 0 && out.len() < 6 {
        k -= 1;
        let r = f.live[k].0.clone();
        if r.start < sentence_start || i - r.end > 14 || crosses_quote(f.doc, r.end, i) {
            break;
        }
        let confidence = if i - r.end <= 4 { 0.7 } else { 0.55 };
        let listed = is_list_sep(f.doc, r.end, next_start);
        let owner = (r.start >= 2 && f.doc.is_possessive(r.start - 1)).then(|| f.ending(r.start - 1)).flatten();
        out.push(Left { member: Member { head: k, owner }, confidence, listed });
        if let Some(o) = owner {
            k = o;
        }
        next_start = f.live[k].0.start;
    }
    match appositive_subject(f, i, sentence_start) {
        Some(subject) => vec![Left { member: Member { head: subject, owner: None }, confidence: 0.65, listed: false }],
        None => out,
    }
}

/// "Google, a subsidiary of Alphabet Inc., is headquartered in…": when a
/// comma closes the words before a cue at `i`, the name that opens the
/// sentence and is followed by a comma is the subject.
fn appositive_subject(f: &Facts, i: usize, sentence_start: usize) -> Option<usize> {
    let comma_before = (i.saturating_sub(3).max(sentence_start)..i).any(|j| f.doc.is_punct(j, ','));
    if !comma_before {
        return None;
    }
    let k = f.live.partition_point(|(r, _)| r.start < sentence_start);
    f.live.get(k).filter(|(r, _)| r.start <= sentence_start + 1)?;
    let end = f.live[k].0.end;
    (f.doc.is_punct(end, ',') && end + 1 < i).then_some(k)
}

/// The list of names after a cue ending at `i`: "OpenAI's GPT-4o and Google's Gemini".
fn members_after(f: &Facts, i: usize, sentence_end: usize) -> Vec<Member> {
    let mut out = Vec::new();
    let Some(mut k) = (i..(i + 7).min(sentence_end)).find_map(|j| f.starting(j)) else { return out };
    let start = f.live[k].0.start;
    let named = start >= 2 && matches!(f.doc.lower(start - 1), "as" | "called" | "named" | "dubbed") || start >= 1 && matches!(f.doc.lower(start - 1), "called" | "named" | "dubbed");
    if !no_stop_between(f.doc, i, start) || (!named && (i..start).any(|j| f.doc.is_punct(j, ','))) {
        return out;
    }
    loop {
        if let Some(p) = titled_person(f, k) {
            k = p;
        }
        let end = f.live[k].0.end;
        let member = if f.doc.is_possessive(end) {
            match f.starting(end + 1) {
                Some(h) => Member { head: h, owner: Some(k) },
                None => Member { head: k, owner: None },
            }
        } else {
            Member { head: k, owner: None }
        };
        out.push(member);
        let last = f.live[member.head].0.end;
        match f.live.get(member.head + 1) {
            Some((r, _)) if r.start < sentence_end && is_list_sep(f.doc, last, r.start) && !(f.doc.is_punct(last, ',') && f.doc.is_possessive(r.end)) => {
                k = member.head + 1
            }
            _ => return out,
        }
    }
}

/// "Amazon founder Jeff Bezos": the person a title ties to mention `k`.
fn titled_person(f: &Facts, k: usize) -> Option<usize> {
    let end = f.live[k].0.end;
    let t = read_titles(f.doc, f.res, end)?;
    let p = f.starting(t.end)?;
    (f.class(f.entity(p)) == Person).then_some(p)
}

/// Separators between list members: "," "and" ", and" "or" "as well as".
fn is_list_sep(doc: &Doc, from: usize, to: usize) -> bool {
    let gap: Vec<&str> = (from..to).map(|k| doc.lower(k)).collect();
    matches!(gap.as_slice(), [","] | ["and"] | [",", "and"] | ["or"] | [",", "or"] | ["as", "well", "as"] | ["&"])
}

/// No sentence-internal stop (";", ":", a quote) between `from..to`.
fn no_stop_between(doc: &Doc, from: usize, to: usize) -> bool {
    (from..to).all(|j| !(doc.is_punct(j, ';') || doc.is_punct(j, '(') || is_quote(doc, j)))
}

/// A quote mark between `from..to`.
fn crosses_quote(doc: &Doc, from: usize, to: usize) -> bool {
    (from..to).any(|j| is_quote(doc, j) || doc.is_punct(j, ';'))
}

fn is_quote(doc: &Doc, j: usize) -> bool {
    doc.is_punct(j, '"') || doc.is_punct(j, '“') || doc.is_punct(j, '”')
}

/// "Y was founded in 2016 by A, B and C" / "the startup, set up by A": every
/// person named after "by" founded the organisation named before the verb
/// (else the article's topic).
fn founded_by(f: &mut Facts, s: usize) {
    let range = f.doc.sentences[s].clone();
    for i in range.clone() {
        let verb = matches!(f.doc.lower(i), "founded" | "co-founded" | "cofounded" | "started" | "established" | "created")
            || (f.doc.lower(i) == "set" && f.doc.lower(i + 1) == "up");
        if !verb || f.starting(i).is_some() {
            continue;
        }
        let object = f.starting(i + 1 + usize::from(f.doc.lower(i) == "set")).map(|k| f.entity(k)).filter(|&e| f.class(e) == Org);
        let before = f.within(range.start, i).iter().rev().find(|(_, e)| f.class(*e) == Org).map(|(_, e)| *e);
        founded_in(f, object.or(before).or(f.topic), i, range.end);
        let Some(by) = (i + 1..(i + 12).min(range.end)).take_while(|&j| !f.doc.is_punct(j, '.') && !f.doc.is_punct(j, ';')).find(|&j| f.doc.lower(j) == "by") else { continue };
        let Some(org) = before.or(f.topic) else { continue };
        let founders: Vec<usize> = f.within(by + 1, range.end).iter().filter(|(_, e)| f.class(*e) == Person).map(|(_, e)| *e).collect();
        for p in founders {
            f.emit(p, Predicate::Founded, org, None, Why::new(i, "founded-by", 0.75));
        }
    }
}

/// "founded Black Forest Labs in Freiburg, Germany", "was founded in 2016 in
/// New York": the places after "in" near a founding verb at `i`.
fn founded_in(f: &mut Facts, org: Option<usize>, i: usize, sentence_end: usize) {
    let Some(org) = org else { return };
    let stop = (i + 10).min(sentence_end);
    for j in i + 1..stop {
        if f.doc.lower(j) != "in" {
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

/// "Y raised $2 billion from X and Z" / "Y's round, with money from X".
fn raised_from(f: &mut Facts, s: usize) {
    let range = f.doc.sentences[s].clone();
    for i in range.clone() {
        if !matches!(f.doc.lower(i), "raised" | "raises" | "raising" | "secured" | "closed") {
            continue;
        }
        let Some(from) = (i + 1..(i + 14).min(range.end)).find(|&j| f.doc.lower(j) == "from") else { continue };
        let investors = members_after(f, from + 1, range.end);
        let left = members_before(f, i, range.start);
        let Some(target) = left.first().copied() else { continue };
        for inv in investors {
            let (a, b) = (f.entity(inv.head), f.entity(target.member.head));
            f.emit(a, Predicate::InvestedIn, b, None, Why::new(i, "raised-from", target.confidence));
        }
    }
}
