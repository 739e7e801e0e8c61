//! Cue phrases of `cues.tsv` between the names before and after them, with
//! lists, possessors, pronouns, relative clauses and the article's topic
//! filling what the sentence leaves implicit.

use std::ops::Range;

use super::clause::{
    appositive_members, is_dash, is_modifier_gap, is_quote, members_after, members_before, names_a_family,
    names_right_after, owns_common_noun, past_bracket, past_form_tail, past_manner_phrase, past_time_phrase, Left,
    Member,
};
use super::held::Said;
use super::moves::staff_before;
use super::places::is_attributive_place;
use super::possessives::{named_after_thing, styled};
use super::ties::{
    and_second_verb, fronted_opening, opening_company, opening_rival, persons_partner, rival_in_object_list,
    rival_thing_for, supply_deal,
};
use super::titles::{officers_only, org_at, read_titles, the_company_s};
use super::ventures::names_the_venture;
use super::{Facts, Why};
use crate::extract::doc::Doc;
use crate::extract::model::{EntityClass, Predicate};
use crate::extract::resources::{Cue, Frame, Words};
use crate::text::words::{
    ARTICLES, AUXILIARIES, COPULAS, COUNT_WORDS, HOLDER_NOUNS, MONTHS, PARTY_COUNTS, PERSON_PRONOUNS,
    PLACE_PREPOSITIONS, RELATIVES, SUBJECT_ADVERBS, SUBORDINATORS, WEEKDAYS,
};
use crate::text::TokenKind;
use EntityClass::{Organization as Org, Person, Place};

/// The word of token `j` denies what follows ("not", "denied", "didn't").
fn is_negation(doc: &Doc, j: usize) -> bool {
    doc.word_is(j, Words::Negation) || doc.lower(j).ends_with("n't") || doc.lower(j).ends_with("n’t")
}

/// One of the three words before token `at` (not before `from`, the
/// sentence's start) denies it ("did not sign", "never bought"); one closed
/// in brackets before it denies only the aside ("B (once part of C, now no
/// longer) also took part").
pub(super) fn negated_before(doc: &Doc, at: usize, from: usize) -> bool {
    (at.saturating_sub(3).max(from)..at).rev().take_while(|&j| !doc.is_punct(j, ')')).any(|j| is_negation(doc, j))
}

/// Relations stated by cue phrases in sentence `s`.
pub(super) fn cues(f: &mut Facts, s: usize) {
    let range = f.doc.sentences[s].clone();
    let mut i = range.start;
    while i < range.end {
        let found = f.doc.lookup_all(&f.res.cues, i);
        let Some(&(len, _)) = found.first() else {
            i += 1;
            continue;
        };
        let negated = negated_before(f.doc, i, range.start);
        let between = found.iter().find(|(_, c)| c.frame == Frame::Between).map(|(n, c)| (*n, c.predicate));
        if let Some((n, p)) = between.filter(|_| !negated) {
            between_listed(f, p, i, n, range.end);
            i += n;
            continue;
        }
        // "state-owned Brindle", "family-backed Zentrix": a hyphened cue with no name joined states
        // nothing ("a wholly-owned subsidiary of Acme" is a longer cue, and states).
        let unowned_adjective = len == 1 && is_hyphen_adjective(f.doc, i) && f.ending(i - 1).is_none();
        if !negated
            && f.starting(i).is_none()
            && !is_object_noun(f, i, len)
            && !is_money_noun(f, i, len)
            && !unowned_adjective
            && !is_plural_noun_houses(f, i, len)
        {
            let site = site_of(f, &found, s, i, len);
            for (_, cue) in &found {
                // "joined the board of Zentrix": a seat on a board is no job and no round.
                if !(site.board && matches!(cue.predicate, Predicate::WorksFor | Predicate::InvestedIn)) {
                    read_cue(f, &site, **cue);
                }
            }
        }
        i += len;
    }
}

/// A cue phrase in a sentence and the names on either side of it, shared by
/// the cues of one phrase ("led" is a job and a round).
struct Site {
    /// The sentence and its tokens.
    s: usize,
    range: Range<usize>,
    /// The cue's first token and length.
    i: usize,
    len: usize,
    /// The names before the cue that may be its subjects.
    left: Vec<Left>,
    /// The names after the cue that may be its objects.
    right: Vec<Member>,
    /// The first name after is "at" something, or the cue describes a company ("led by").
    elsewhere: bool,
    /// The cue is a noun compounded with the name before it ("ChatGPT maker OpenAI").
    compound: bool,
    /// The name after is a company's board.
    board: bool,
}

/// The names around the cue of `found` at `i` (`len` tokens) in sentence `s`.
fn site_of(f: &Facts, found: &[(usize, &Cue)], s: usize, i: usize, len: usize) -> Site {
    let range = f.doc.sentences[s].clone();
    // "holds a 50% stake in Zentrix and a 37% stake in Brindle": the second stake is the first's holder's.
    let before = second_stake(f.doc, i, range.start).unwrap_or(i);
    let left = coordinated_subject(f, before, range.start)
        .or_else(|| coordinated_passive(f, before, range.start).map(|p| members_before(f, p, range.start)))
        .unwrap_or_else(|| members_before(f, before, range.start));
    let mut right = members_after(f, i + len, range.end);
    if right.is_empty() && is_relational_noun(f, i + len - 1) {
        right = appositive_members(f, i + len - 1, i + len, range.end);
    }
    if found.iter().all(|(_, c)| c.predicate != Predicate::LocatedIn) {
        right = past_describing_place(f, right, range.end);
    }
    right.retain(|m| !names_a_family(f, m.head));
    // "Sunvale, the venture arm of Orbis, and Trenton joined": the apposition closes at its
    // comma; the name set off after it is no owner.
    if part_in_apposition(f, i, len) {
        if let Some(cut) = right.iter().skip(1).position(|m| set_off_by_comma(f, m)) {
            right.truncate(cut + 1);
        }
    }
    // "unveiled its Vantix smartphone - the K3": the thing named is the K3.
    if found.iter().all(|(_, c)| c.predicate == Predicate::Developed) {
        for m in right.iter_mut().filter(|m| m.owner.is_none()) {
            m.head = named_after_thing(f, m.head).unwrap_or(m.head);
        }
    }
    let rivalry = found.iter().any(|(_, c)| c.predicate == Predicate::CompetesWith);
    if rivalry {
        let more = rivals_such_as_after(f, &right, range.end);
        right.extend(more);
        // "rivals such as A and B's payments app": B's thing is the rival, not B.
        right.retain(|m| m.owner.is_some() || !f.doc.is_possessive(f.live[m.head].0.end));
    }
    if is_hyphen_adjective(f.doc, i) {
        right.truncate(usize::from(f.starting(i + len).is_some()));
    }
    // "majority-owned by the state fund, the Pelham Fund": an agent described, then named;
    // "owned by Norway's wealth fund, the Pelham Fund": the place owning the noun is no agent.
    let owner_or_buyer = found.iter().all(|(_, c)| matches!(c.predicate, Predicate::Owns | Predicate::Acquired));
    let placed = right.first().is_some_and(|m| {
        let k = m.owner.unwrap_or(m.head);
        f.live[k].0.start == i + len && f.class(f.entity(k)) == Place
    });
    if (right.is_empty() || owner_or_buyer && placed) && found.iter().all(|(_, c)| c.frame == Frame::Passive) {
        if let Some(comma) = described_agent(f, i + len, range.end) {
            let at = comma + 1 + usize::from(ARTICLES.contains(&f.doc.lower(comma + 1)));
            right = members_after(f, at, range.end);
            right.retain(|m| f.live[m.head].0.start == at);
        }
    }
    let elsewhere = right.first().is_some_and(|m| (i + len..f.live[m.head].0.start).any(|j| f.doc.lower(j) == "at"))
        || describes_company(f, i);
    let compound = is_compound(f, i, len);
    let board = right.first().is_some_and(|m| names_a_board(f, i + len, m.head));
    Site { s, range, i, len, left, right, elsewhere, compound, board }
}

/// The fact `cue` states at `site`: what the cue means there, its subjects
/// and objects narrowed, tied, or else the pronoun, relative or topic that
/// stands in for a side the sentence leaves implicit.
fn read_cue(f: &mut Facts, site: &Site, cue: Cue) {
    let Some(mut cue) = settled_cue(f, site, cue) else { return };
    let mark = f.out.len();
    let mut left = subjects_for(f, site, &cue);
    if ruled_out(f, site, &cue) {
        return;
    }
    if cue.predicate == Predicate::CompetesWith && rivalry_read(f, site, &cue, &mut left) {
        return;
    }
    if cue.predicate == Predicate::PartnersWith && partnership_read(f, site, &cue, &left) {
        return;
    }
    let (right, also_invested) = objects_for(f, site, &mut cue);
    if cue.predicate == Predicate::Acquired && cue.frame == Frame::Active {
        seller_after(f, &right, site.i);
    }
    if read_another_way(f, site, &cue, &right, &mut left) {
        return;
    }
    if !owner_subjects(f, site, &cue, &mut left) {
        return;
    }
    tie_sides(f, site, &cue, left, &right);
    if also_invested {
        invested_with_majority(f, mark, site.i);
    }
    if cue_of_a_leader(f, &cue, site.i, site.s) {
        let found_here = f.out.split_off(mark);
        let kept: Vec<_> = found_here
            .into_iter()
            .filter(|r| !(r.predicate == Predicate::InvestedIn && f.class(r.subject) == Person))
            .collect();
        f.out.extend(kept);
    }
}

/// What `cue` states at `site`, or `None` when it states nothing there.
fn settled_cue(f: &Facts, site: &Site, mut cue: Cue) -> Option<Cue> {
    let (i, range) = (site.i, &site.range);
    // "agreed to buy a 55% stake in Zentrix", "the acquisition of a controlling stake":
    // a majority stake bought is a purchase of the company, and only that (the
    // annotation conventions: control bought is acquired, not also invested in). A
    // majority stake held, raised or cut ("holds a 75% stake in", "reduce its controlling
    // stake in") stays an investment: news names a parent by other words ("a unit of").
    if cue.predicate == Predicate::InvestedIn
        && f.doc.lower(i) == "stake"
        && majority_before(f.doc, i)
        && stake_bought(f.doc, i)
    {
        cue.predicate = Predicate::Acquired;
    }
    // "Zentrix, which was previously owned by Acme": an owner that was, not one that is
    // ("was formerly a part of Acme" says what it belongs to); "Zentrix is 46% owned by
    // Acme": a minority share owned is a stake.
    if cue.predicate == Predicate::Owns && cue.frame == Frame::Passive {
        if f.word_is(i.wrapping_sub(1), Words::FormerTimeWord) && f.word_is(i, Words::OwnedVerb) {
            return None;
        }
        if minority_share_before(f.doc, i) {
            cue.predicate = Predicate::InvestedIn;
        }
        // "Zentrix (once part of Acme, now no longer)": a tie denied right after its owner.
        if site.right.first().is_some_and(|m| no_longer_after(f.doc, f.live[m.head].0.end, range.end)) {
            return None;
        }
    }
    // "committing large chip deployments with Zentrix": a verb of pledging speaks of an
    // investment only with the amount after it ("committing $20m").
    if cue.predicate == Predicate::InvestedIn
        && f.word_is(i, Words::PledgeVerb)
        && !(i + 1..(i + 5).min(range.end)).any(|j| f.doc.has_digit(j))
    {
        return None;
    }
    Some(cue)
}

/// The names before the cue that `cue` may take as subjects.
fn subjects_for(f: &Facts, site: &Site, cue: &Cue) -> Vec<Left> {
    let (i, len) = (site.i, site.len);
    // "a start-up founded by former Acme and Brindle researchers raised funding from X":
    // names describing the founders' past employer are not what the money went to.
    let mut left: Vec<Left> = if cue.topic && cue.frame == Frame::Passive {
        let staff = |l: &&Left| f.staff_of(f.live[l.member.head].0.end);
        site.left.iter().filter(|l| !is_investor(f, f.entity(l.member.head)) && !staff(l)).copied().collect()
    } else {
        site.left.clone()
    };
    if site.compound && cue.frame == Frame::Passive {
        left.truncate(1);
    }
    if singular_part_appositive(f, i, len) || part_in_apposition(f, i, len) {
        // The name right before the comma, else the nearest one.
        match f.ending(i - 1) {
            Some(k) => {
                let member = Member { head: k, owner: None };
                left = vec![Left { member, confidence: 0.7, listed: false, appositive: false }];
            }
            None => left.truncate(1),
        }
    }
    // "Orvane and Brisk, owned by Halden", "A, B and C, now owned by X": a
    // passive purchase or ownership set off by a comma right after a list
    // describes the name before the comma alone.
    if cue.frame == Frame::Passive
        && matches!(cue.predicate, Predicate::Owns | Predicate::Acquired)
        && set_off_after_list(f, i, &left)
    {
        left.truncate(1);
    }
    // "Acme, which is the parent of carmakers like A, B and C has formed a
    // venture with X": examples listed in a relative clause whose closing
    // comma was forgotten are not the subject; the clause's head is.
    if let Some(head) = head_of_examples(f, &left, i) {
        let member = Member { head, owner: None };
        left = vec![Left { member, confidence: 0.6, listed: false, appositive: false }];
    }
    // "won approval from Brindle to buy Zentrix": who grants it is not who buys.
    if cue.frame == Frame::Active && f.doc.lower(i) == "to" {
        left.retain(|l| !after_from(f.doc, f.live[l.member.head].0.start));
    }
    // "the Acme-backed firm … is chaired by X": a name made an
    // adjective by a hyphen is not what a passive cue speaks of.
    if cue.frame == Frame::Passive {
        left.retain(|l| {
            let end = f.live[l.member.head].0.end;
            !(f.doc.is_punct(end, '-') && f.doc.joined(end) && is_hyphen_adjective(f.doc, end + 1))
        });
    }
    // "the tribunal's decision to authorise the acquisition of Zentrix": who
    // approves, blocks or reviews a purchase is not who buys.
    if cue.predicate == Predicate::Acquired && cue.frame == Frame::Active {
        left.retain(|l| !approval_between(f, f.live[l.member.head].0.end, i));
    }
    left
}

/// The mention heading a relative clause (", which" right after an
/// organisation's name) whose examples ("like", "such as", "including")
/// are the names `left` before the cue at `i`, with no comma closing the
/// clause between the last example and the cue.
fn head_of_examples(f: &Facts, left: &[Left], i: usize) -> Option<usize> {
    let first = f.live[left.last()?.member.head].0.start;
    let last = f.live[left.first()?.member.head].0.end;
    let examples = first >= 2
        && (matches!(f.doc.lower(first - 1), "like" | "including")
            || f.doc.lower(first - 1) == "as" && f.doc.lower(first - 2) == "such");
    if !examples || (last..i).any(|j| f.doc.is_punct(j, ',')) {
        return None;
    }
    let start = f.doc.sentences[*f.doc.sentence_of.get(first)?].start;
    // The clause's words before the examples hold no comma: "which is the parent of carmakers like".
    let relative =
        (start + 2..first).rev().take_while(|&j| !f.doc.is_punct(j, ',')).find(|&j| f.relative_head(j).is_some())?;
    f.ending(relative - 1)
}

/// The cue states no fact at `site`, whatever its names.
fn ruled_out(f: &Facts, site: &Site, cue: &Cue) -> bool {
    let (i, len, range, right) = (site.i, site.len, &site.range, &site.right);
    // "led hardware at iRobot", "the company led by X": not a round.
    if cue.topic && site.elsewhere {
        return true;
    }
    // "Zentrix, backed in 2019 by Kestrel": the time phrase parts a passive
    // cue; its agent is the subject (`passive_past_time`), not the object.
    if cue.frame == Frame::Active && f.doc.lower(past_manner_phrase(f.doc, past_time_phrase(f.doc, i + len))) == "by" {
        return true;
    }
    // "Brindle's attempt to buy Zentrix", "a possible move to buy a stake in
    // Zentrix": a bid or a plan only weighed is no purchase and no investment.
    if matches!(cue.predicate, Predicate::Acquired | Predicate::InvestedIn) && tentative_before(f, i, range.start) {
        return true;
    }
    // "its recent acquisitions of A and B": a plural purchase noun speaks of its
    // possessor's purchases ("built with the acquisitions of A" names no buyer).
    if f.doc.lower(i) == "acquisitions" && !possessed_noun(f, i, range.start) {
        return true;
    }
    // "the drive for growth started by X": the participle describes the common
    // noun right before it, not a company named further back.
    if cue.predicate == Predicate::Founded && cue.frame == Frame::Passive && started_thing_before(f, i) {
        return true;
    }
    // "Acme, led by chief executive X": its officer leads the company, not a round.
    // "Acme analysts led by X": a group of staff, not a round.
    if cue.predicate == Predicate::InvestedIn
        && cue.frame == Frame::Passive
        && (officer_after(f, i + len) || staff_before(f, i).is_some())
    {
        return true;
    }
    // "X joined Microsoft", "Y led Zentrix for a decade": a company, not a round.
    if cue.topic && cue.frame == Frame::Active && names_a_company(f, i + len, right) {
        return true;
    }
    if cue.predicate == Predicate::WorksFor && runs_something_else(f, i + len, right) {
        return true;
    }
    // "ChatGPT maker OpenAI": a bare noun cue ties only the names around it.
    cue.frame == Frame::Passive && cue.predicate == Predicate::Developed && len == 1 && !site.compound
}

/// A rivalry cue whose reading ends here (true): no rival, or rivals only
/// among the names before; otherwise narrows `left` to the rival's side.
fn rivalry_read(f: &mut Facts, site: &Site, cue: &Cue, left: &mut Vec<Left>) -> bool {
    let (i, len, range) = (site.i, site.len, &site.range);
    if is_legal_against(f, i, range.start)
        || objects_of_rivalry(f, &site.left, range.start)
        || rival_thing_for(f, i, len, &site.right)
    {
        return true;
    }
    // "joining Halden, Orvane and gaming rival Zentrix": the names listed before are not its rivals.
    if rival_in_object_list(f, i, len, range.start) {
        left.clear();
    }
    // "Acme's bid for Brindle owned rival Zentrix": the owner describes the rival; the
    // rival is the subject's further back.
    if owner_describes_rival(f, i) {
        left.retain(|l| f.live[l.member.head].0.end + 1 != i);
    }
    // "Acme and Brindle have long competed in chips": the list before is rivals,
    // pairwise; the market or prize after is no rival, nor is a lone subject's.
    if rivalry_in_a_market(f, i, len) {
        if left.get(1).is_some_and(|l| l.listed) {
            pairwise(f, cue.predicate, left, i);
        }
        return true;
    }
    false
}

/// A partnership cue whose reading ends here (true): partners only among the
/// names before, the partner after a later "with", or no partnership at all.
fn partnership_read(f: &mut Facts, site: &Site, cue: &Cue, left: &[Left]) -> bool {
    let (i, len, range, right) = (site.i, site.len, &site.range, &site.right);
    // "Acme and Brindle will jointly develop chips", "Acme, Brindle to jointly build…":
    // the list before is partners, pairwise; what follows is their work, no partner.
    if joint_work_verb(f, i, len) {
        if left.get(1).is_some_and(|l| l.listed) {
            pairwise(f, cue.predicate, left, i);
        } else if let Some(with) = (i + 2..(i + 8).min(range.end))
            .take_while(|&j| !f.doc.is_punct(j, ',') && f.starting(j).is_none())
            .find(|&j| f.doc.lower(j) == "with")
        {
            // "Acme will jointly develop the chip with Brindle": the partner after "with".
            let partners = members_after(f, with + 1, range.end);
            apply_cue(f, cue.predicate, cue.frame, left, &partners, i);
        }
        return true;
    }
    if deal_to_buy(f, cue.frame, &site.left, right, i, range.end) {
        return true;
    }
    // "struck a deal to invest in Gorran", "signed an agreement to supply Orvane":
    // a name after the deal's purpose is what it is for, not a party to it.
    if deal_for_purpose(f, i, len) {
        return true;
    }
    // "Lundin and Brindle teamed up to buy Cadera", "joined forces to acquire Cadera":
    // the name after the purpose is what the partners work on; they are the names before
    // ("Acme struck a partnership to offer Brindle's models": one subject, whose partner
    // the name after may be).
    if cue.frame == Frame::Active && left.get(1).is_some_and(|l| l.listed) && purpose_before_names(f, i, len, right) {
        pairwise(f, cue.predicate, left, i);
        return true;
    }
    // "Jane Roe, a partner of Orvane Capital": a person's post, no tie between companies.
    // "a gas supply agreement with X": a supply contract is no partnership.
    // "its Zentrix joint venture with Brindle": the venture is owned, not a partner (see `ventures`).
    persons_partner(f, i, range.start) || supply_deal(f, i, len) || names_the_venture(f, i, len) || led_deal(f, i)
}

/// "Kestrel co-led the deal with Brindle": "deal with" right after a round's
/// verb ("led", "co-led", "joined") and "the" names the round the two put
/// money in, no partnership between them.
fn led_deal(f: &Facts, i: usize) -> bool {
    let round_verb = |j: usize| {
        f.doc
            .lookup_all(&f.res.cues, j)
            .iter()
            .any(|(n, c)| j + n + 1 == i && c.predicate == Predicate::InvestedIn && c.topic && c.frame == Frame::Active)
    };
    i >= 2 && f.doc.lower(i) == "deal" && f.doc.lower(i - 1) == "the" && (i.saturating_sub(4)..i - 1).any(round_verb)
}

/// The names after the cue that `cue` takes as objects; a share bought or
/// owned turns the cue into an investment (a minority) or keeps it (a
/// majority, and an owner of a majority has invested too: the flag).
fn objects_for(f: &Facts, site: &Site, cue: &mut Cue) -> (Vec<Member>, bool) {
    let (i, len, right) = (site.i, site.len, &site.right);
    // "owns 30% of Dunmore", "bought 12% of Dunmore": a share of the company.
    let mut whole_share = false;
    let mut also_invested = false;
    if matches!(cue.predicate, Predicate::Acquired | Predicate::Owns) && cue.frame == Frame::Active {
        let to = right.first().map(|m| f.live[m.owner.unwrap_or(m.head)].0.start);
        if let Some((to, majority)) = to.and_then(|to| Some((to, share_before(f.doc, i + len, to)?))) {
            // "bought 60% of Dunmore" stays a purchase (only that), "owns 60% of Dunmore"
            // ownership, and an investment too.
            whole_share = majority;
            also_invested = majority && cue.predicate == Predicate::Owns && !whole_before(f.doc, to);
            if !majority {
                cue.predicate = Predicate::InvestedIn;
            }
        }
    }
    let objects = if whole_share {
        // "the acquisition of all the shares in Zentrix": the company itself; "acquires
        // 55% of Zentrix's operating profit": a share of what it owns, not of it.
        right.iter().copied().filter(|m| !names_its_asset(f, *m) || stock_of(f, *m)).collect()
    } else if cue.predicate == Predicate::Acquired {
        right.iter().copied().filter(|m| is_bought_thing(f, i + len, *m)).collect()
    } else if cue.predicate == Predicate::InvestedIn {
        // "a stake in Orvane's copper project": a stake in what the company owns.
        right.iter().copied().filter(|m| !names_its_asset(f, *m)).collect()
    } else if cue.predicate == Predicate::Owns {
        // "part of a consortium led by Brindle": the owner is the name the cue governs;
        // "agreed to sell Zentrix": the seller owns the company it sells, not its shares.
        let sale = f.word_is(i + len - 1, Words::SellVerb);
        right
            .iter()
            .copied()
            .filter(|m| !preposition_between(f.doc, i + len, f.live[m.owner.unwrap_or(m.head)].0.start))
            .filter(|m| !sale || is_bought_thing(f, i + len, *m) && f.class(f.entity(m.head)) == Org)
            .collect()
    } else if cue.predicate == Predicate::LocatedIn {
        // "hired from UK startup Brindle": the place describes the next name;
        // "shipped from the Lyon plant": a site's name, not where the company is.
        right
            .iter()
            .copied()
            .filter(|m| {
                let noun = f.live[m.head].0.end;
                // "based in the Fujian province": an area's noun keeps the place.
                let site = f.word_is(noun, Words::PlaceNoun) && !f.word_is(noun, Words::AreaNoun);
                !is_attributive_place(f, m.head) && !site
            })
            .collect()
    } else if let Some(named) =
        right.first().filter(|_| cue.predicate == Predicate::Developed).and_then(|m| styled_after(f, m.head))
    {
        // "launch a Vorta-style bot, named Quill", "it unveiled its Vorta challenger":
        // the maker's product is Quill (or unnamed), not Vorta.
        named.map(|k| Member { head: k, owner: None }).into_iter().collect()
    } else if site.compound && cue.frame == Frame::Passive && cue.predicate == Predicate::Developed {
        // "ChatGPT creator OpenAI, and Acme is its rival": one maker
        // for the singular noun; the next name opens another clause.
        right.iter().copied().take(1).collect()
    } else {
        right.clone()
    };
    (objects, also_invested)
}

/// The cue's fact read another way (true): the buyer named after the
/// purchase, the raiser that takes a round, the pronoun or the "it" after a
/// speech verb as the subject; or a place or product sentence that states
/// no seat. Otherwise narrows `left` for a bare "from".
fn read_another_way(f: &mut Facts, site: &Site, cue: &Cue, right: &[Member], left: &mut Vec<Left>) -> bool {
    let (i, len, range) = (site.i, site.len, &site.range);
    // "the purchase of Norvik by Tallis": the agent after the bought name is the buyer.
    if cue.predicate == Predicate::Acquired && is_purchase_noun(f, i, len) {
        if let Some(buyer) = purchase_agent(f, right, range.end) {
            for r in right {
                let o = f.entity(r.head);
                f.emit(buyer, cue.predicate, o, None, Why::new(i, "cue-purchase-by", 0.7));
            }
            return true;
        }
    }
    // "…it had raised $9m from investors including X", "Acme, whose
    // round included X": the raiser the sentence names takes the money.
    let raiser = if cue.topic && cue.frame == Frame::Passive { f.funded_here(i) } else { None };
    if matches!(f.doc.lower(i), "included" | "includes") && raiser.is_none() {
        return true;
    }
    if let Some(o) = raiser {
        for r in right {
            let s = f.entity(r.head);
            f.emit(s, cue.predicate, o, None, Why::new(i, "cue-round-owner", 0.65));
        }
        return true;
    }
    // "Zentrix from Lyon": a bare "from" ties only the name right before it
    // ("it is banks from Italy", "Acme cars shipped from Lyon" say nothing of Acme).
    if cue.predicate == Predicate::LocatedIn && len == 1 && f.doc.lower(i) == "from" {
        left.retain(|l| f.live[l.member.head].0.end + usize::from(f.doc.is_punct(i - 1, ',')) == i);
        if left.is_empty() {
            return true;
        }
    }
    // "the Dravo and Kelso franchises located in Lyon": the names are of
    // products, and the place is the products' (or their makers' studios').
    if cue.predicate == Predicate::LocatedIn && names_products_before(f, left) {
        return true;
    }
    // "In Lyon, the company owns Zentrix", "Brindle said it invested…": a
    // pronoun right before the cue is its subject, not a name further back.
    // ("says it rivals o3": when "it" stands for no organisation that fits, the name before may.)
    // "It led a $1bn round in Zentrix": the round's company, named past the usual reach, is the object.
    let round_of: Vec<Member> =
        if right.is_empty() && cue.topic { round_named_after(f, i).into_iter().collect() } else { Vec::new() };
    let object = if round_of.is_empty() { right } else { round_of.as_slice() };
    if cue.frame == Frame::Active
        && pronoun_right_before(f, i, range.start)
        && (pronoun_subject(f, cue.predicate, object, i, range.start) || right.is_empty())
    {
        return true;
    }
    // "Acme, a rival to Brindle, said on Tuesday it will open a lab in partnership
    // with X": the "it" after the speech verb is the subject, not the name before.
    if cue.frame == Frame::Active {
        if let Some(it) = said_it(f, i, range.start) {
            let mut any = false;
            if let Some(subject) = f.referent(it).filter(|&e| f.class(e) == Org) {
                for r in right {
                    let o = f.entity(r.head);
                    any |= f.emit(subject, cue.predicate, o, None, Why::new(i, "cue-said-it", 0.55));
                }
            }
            if any {
                return true;
            }
        }
    }
    false
}

/// Narrows `left` to the owners an ownership cue may have; false when the
/// cue states no owner among the names before.
fn owner_subjects(f: &Facts, site: &Site, cue: &Cue, left: &mut Vec<Left>) -> bool {
    let (i, len, range) = (site.i, site.len, &site.range);
    // "a wholly owned indirect subsidiary of Acme": the participle describes the part
    // whose owner the noun's "of" names; the name before is owned, not an owner.
    if cue.predicate == Predicate::Owns && cue.frame == Frame::Active && owned_part_of_after(f, i, len) {
        return false;
    }
    // "a wholly-owned subsidiary of": the hyphened compound's first word opens the cue.
    let opening = if is_hyphen_adjective(f.doc, i) { i.saturating_sub(2) } else { i };
    if cue.frame == Frame::Passive && cue.predicate == Predicate::Owns && !unit_in_apposition(f, opening) {
        return false;
    }
    // "platforms like A, B and C — a unit of X —": one part, the name nearest.
    if cue.frame == Frame::Passive && cue.predicate == Predicate::Owns && singular_part(f.doc, opening) {
        if let Some(nearest) = left.iter().map(|l| l.member.head).max() {
            left.retain(|l| l.member.head == nearest);
        }
    }
    // "Acme, whose parent is based in Lyon": the parent is the subject, not Acme.
    if (i.saturating_sub(4).max(range.start)..i).any(|j| f.doc.lower(j) == "whose") {
        left.clear();
    }
    true
}

/// Ties the cue's subjects `left` to its objects `right`, else lets what the
/// sentence leaves implicit stand in for a missing side.
fn tie_sides(f: &mut Facts, site: &Site, cue: &Cue, mut left: Vec<Left>, right: &[Member]) {
    let (i, len, range) = (site.i, site.len, &site.range);
    // "Kestrel led the seed round with Brindle": Brindle put money in the round too.
    let fellows = round_before_names(f, cue, right, i + len);
    if fellows {
        let joined = right.iter().map(|&member| Left { member, confidence: 0.6, listed: true, appositive: false });
        left.extend(joined);
    }
    // "data showed Vorta is selling well": a name opening a clause is no object.
    let opening = cue.predicate == Predicate::Developed && right.first().is_some_and(|m| opens_clause(f, m.head));
    let right: &[Member] = if fellows || opening { &[] } else { right };
    // "…to the Franco-Italian carmaker, owner of X": the owner is the unnamed one, not a name before it.
    let unnamed_owner =
        cue.predicate == Predicate::Owns && cue.frame == Frame::Active && unnamed_appositive(f, i, range.start);
    if unnamed_owner {
        left.clear();
    }
    // "A, owners of B, and C, owners of D": each owner takes only its own list.
    let mut own_list: Vec<Member> = Vec::new();
    let right: &[Member] = if cue.predicate == Predicate::Owns && cue.frame == Frame::Active && in_apposition(f.doc, i)
    {
        left.retain(|l| !after_owner_of(f, l.member.head));
        own_list.extend(right.iter().copied().take_while(|m| !before_owner_cue(f, m.head)));
        &own_list
    } else {
        right
    };
    let done = apply_cue(f, cue.predicate, cue.frame, &left, right, i);
    if done && cue.predicate == Predicate::Founded && cue.frame == Frame::Active {
        fellow_founders(f, right, i, range.end);
    }
    if cue.predicate == Predicate::PartnersWith && cue.frame == Frame::Active {
        parties_after(f, right, i, range.end);
    }
    if !done {
        stand_in(f, site, cue, &left, right, fellows, unnamed_owner);
    }
}

/// A cue that tied no names: the first reading that fills the missing side
/// (a relative's or pronoun's subject, the described object or owner, the
/// article's topic, a remote rival, the names before pairwise) ties it.
fn stand_in(
    f: &mut Facts,
    site: &Site,
    cue: &Cue,
    left: &[Left],
    right: &[Member],
    fellows: bool,
    unnamed_owner: bool,
) {
    let (i, len, range) = (site.i, site.len, &site.range);
    let mut done = false;
    if cue.frame == Frame::Active {
        done = who_subject(f, cue.predicate, right, i, range.start)
            || pronoun_subject(f, cue.predicate, right, i, range.start)
            || elided_person_subject(f, cue.predicate, right, i, range.start)
            || relative_object(f, cue.predicate, &site.left, i);
    }
    if !done && cue.frame == Frame::Passive && left.is_empty() {
        done = referred_object(f, cue.predicate, right, i, range.start);
    }
    if !done && cue.frame == Frame::Active && cue.predicate == Predicate::Developed {
        done = maker_opening(f, right, i, range.start);
    }
    if !done && cue.predicate == Predicate::InvestedIn && cue.frame == Frame::Active {
        done = in_which(f, &site.left, i, range.start);
    }
    // "joined the investor group": a round cue speaks of a round, not of a company.
    let money_put = !cue.topic || f.word_is(i, Words::InvestVerb);
    // "…shareholders in the Nigerian lender": a demonym alone names no object.
    let unnamed = right.iter().all(|m| f.is_demonym(m.head) && f.class(f.entity(m.head)) == Place);
    if !done && cue.frame == Frame::Active && unnamed && money_put {
        done = described_object(f, cue.predicate, left, i, i + len, range.end);
    }
    if !done && cue.topic && f.about_money(i) {
        let topic_left = if fellows { left } else { &site.left };
        topic_fills(f, cue.predicate, cue.frame, topic_left, right, i);
    }
    if !done && unnamed_owner {
        done = described_owner(f, right, i, range.clone());
    }
    // "Rival Zentrix said…": the company before is its rival (`rival_opening`).
    if !done && cue.predicate == Predicate::CompetesWith && opening_rival(f, range.start) == Some(i) {
        done = true;
    }
    // "… companies in Europe and has grown to compete against X", "Europe's best
    // chance of taking on X": a place before the cue is no rival; the subject is remote.
    if !done
        && cue.predicate == Predicate::CompetesWith
        && left.iter().all(|l| f.class(f.entity(l.member.head)) == Place)
    {
        done = remote_competitor(f, right, i, range.start);
    }
    if !done && cue.predicate.is_symmetric() && right.is_empty() && !tie_to_others(f, i, len) {
        pairwise(f, cue.predicate, &site.left, i);
    }
}

/// "Kestrel, which led the seed round together with Brindle", "led its
/// Series A alongside Orvane": a round cue (`cue`, ending at `after`) whose
/// object is a round, named by a noun of a round before the first name after
/// it; those names are the lead's fellow investors, not the company.
fn round_before_names(f: &Facts, cue: &Cue, right: &[Member], after: usize) -> bool {
    let Some(first) = right.first() else { return false };
    if !(cue.topic && cue.frame == Frame::Active && cue.predicate == Predicate::InvestedIn) {
        return false;
    }
    let gap = after..f.live[first.head].0.start;
    // "co-led the deal with Brindle": after a round's verb, the deal is the round.
    let round_word = |j: usize| f.word_is(j, Words::RoundNoun) || j == after + 1 && f.doc.lower(j) == "deal";
    let Some(round) = gap.clone().find(|&j| round_word(j)) else { return false };
    // "led a $5 million round in Zentrix": the round's company follows it.
    let with = (round + 1..gap.end).any(|j| matches!(f.doc.lower(j), "with" | "alongside"));
    let of = (round + 1..gap.end).any(|j| matches!(f.doc.lower(j), "in" | "for" | "into" | "of" | "at"));
    with && !of
}

/// "open to partnerships with other companies", "…to others, including
/// competitors": the cue of `len` tokens at `i` ties the names before it to
/// someone else (a complement after it, "including" or "other" before it),
/// not to one another.
fn tie_to_others(f: &Facts, i: usize, len: usize) -> bool {
    let complement = |j: usize| matches!(f.doc.lower(j), "with" | "from" | "against" | "among");
    complement(i + len - 1) || complement(i + len) || matches!(f.doc.lower(i.wrapping_sub(1)), "including" | "other")
}

/// "…including Kestrel and Tolva, a unit of Brindle": a cue of `len` tokens
/// at `i`, set off by a comma, whose noun of a part is singular ("a unit
/// of", "subsidiary of") describes the one name right before it, not the
/// list that name closes.
fn singular_part_appositive(f: &Facts, i: usize, len: usize) -> bool {
    if len < 2 || i == 0 {
        return false;
    }
    let noun = i + len - 2;
    f.doc.is_punct(i - 1, ',')
        && f.doc.lower(i + len - 1) == "of"
        && (f.word_is(noun, Words::UnitNoun) || f.word_is(noun, Words::OwnedPart) || f.doc.lower(noun) == "affiliate")
}

/// "Sunvale, the venture arm of Orbis", "Marsh, a unit of Tarnby": a cue of
/// `len` tokens at `i`, a noun of a part and "of", that opens (after an
/// article and a few describing words) an apposition set off by a comma; it
/// describes the one name before the comma.
fn part_in_apposition(f: &Facts, i: usize, len: usize) -> bool {
    if len < 2 || f.doc.lower(i + len - 1) != "of" {
        return false;
    }
    let noun = i + len - 2;
    if !(f.word_is(noun, Words::UnitNoun) || f.word_is(noun, Words::OwnedPart)) {
        return false;
    }
    let from = i.saturating_sub(4);
    let Some(article) = (from..=i).rev().find(|&j| ARTICLES.contains(&f.doc.lower(j))) else { return false };
    article > 0
        && f.doc.is_punct(article - 1, ',')
        && (article + 1..noun).all(|j| f.doc.is_lower_word(j) || f.doc.is_punct(j, '-'))
}

/// "Orvane and Brisk, owned by Halden", "A, B and C, now owned by X": the
/// nearest of `left` (names listed together) ends at a comma that, past
/// adverbs ("now", "later"), stands right before the passive cue at `i`;
/// not when the words between speak of every name ("both owned by", "all
/// acquired by", "each owned by").
fn set_off_after_list(f: &Facts, i: usize, left: &[Left]) -> bool {
    let Some(first) = left.first() else { return false };
    if !left.get(1).is_some_and(|l| l.listed) {
        return false;
    }
    let mut j = i;
    while j > 0 && SUBJECT_ADVERBS.contains(&f.doc.lower(j - 1)) {
        j -= 1;
    }
    let comma = j.wrapping_sub(1);
    let end = f.live[first.member.head].0.end;
    j > 0 && f.doc.is_punct(comma, ',') && (end == comma || f.doc.is_punct(end, '.') && end + 1 == comma)
}

/// A member of a list set off from the one before it by a comma (", B",
/// ", and B").
fn set_off_by_comma(f: &Facts, m: &Member) -> bool {
    let start = f.live[m.owner.unwrap_or(m.head)].0.start;
    let and = start > 0 && f.doc.lower(start - 1) == "and";
    let comma = start - usize::from(and);
    comma > 0 && f.doc.is_punct(comma - 1, ',')
}

/// "46% owned by", "40 per cent owned and managed by": a share of at most
/// half, in the measure words right before token `i`.
pub(super) fn minority_share_before(doc: &Doc, i: usize) -> bool {
    let mut j = i;
    while j > 0
        && i - j < 5
        && (doc.has_digit(j - 1) || matches!(doc.lower(j - 1), "%" | "." | "per" | "cent" | "percent" | "pct"))
    {
        j -= 1;
    }
    (j..i).find_map(|k| percent_at(doc, k)).is_some_and(|n| n <= 50.0)
}

/// "rivals", "partner": a noun of rivalry or partnership at token `j`.
fn is_relational_noun(f: &Facts, j: usize) -> bool {
    f.word_is(j, Words::RivalNoun) || f.word_is(j, Words::PartnerNoun)
}

/// "by the state fund, the Pelham Fund", "by Spain's sovereign wealth fund,
/// Orvane": after a passive cue ending before token `j`, an article or a
/// place's possessive, at most three describing words and an organisation
/// noun right before a comma; where the noun ends.
fn described_agent(f: &Facts, j: usize, end: usize) -> Option<usize> {
    let mut k = j;
    if let Some(m) = f.starting(k).filter(|&m| f.class(f.entity(m)) == Place) {
        let e = f.live[m].0.end;
        k = if f.doc.is_possessive(e) { e + 1 } else { return None };
    } else if ARTICLES.contains(&f.doc.lower(k)) {
        k += 1;
    } else {
        return None;
    }
    (k..(k + 4).min(end)).find_map(|n| {
        let (len, _) = f.doc.lookup(&f.res.org_nouns, n)?;
        let plain = (k..n).all(|w| f.doc.is_lower_word(w) || f.doc.is_punct(w, '-'));
        (plain && f.doc.is_punct(n + len, ',')).then_some(n + len)
    })
}

/// "led by chief executive X": an officer's title (a company's top job) right
/// before a person at token `i`.
fn officer_after(f: &Facts, i: usize) -> bool {
    // "a delegation led by Brindle Fund Governor X", "led by Acme's chairman X":
    // after an organisation's name any title is the person's post there.
    let named = f.starting(i).filter(|&k| f.class(f.entity(k)) == Org).map(|k| f.live[k].0.end);
    let from = named.map_or(i, |end| end + usize::from(f.doc.is_possessive(end)));
    read_titles(f.doc, f.res, from).is_some_and(|t| {
        f.starting(t.end).is_some_and(|k| f.class(f.entity(k)) == Person)
            && (named.is_some() || officers_only(f.res, &t.roles))
    })
}

/// "it acquired", "the company now owns", "we have invested": a subject
/// pronoun (or "the" and a company noun) stands right before the cue at
/// `i`, with only auxiliaries and an adverb between.
fn pronoun_right_before(f: &Facts, i: usize, sentence_start: usize) -> bool {
    let mut j = i;
    while j > sentence_start
        && (AUXILIARIES.contains(&f.doc.lower(j - 1)) || SUBJECT_ADVERBS.contains(&f.doc.lower(j - 1)))
    {
        j -= 1;
    }
    let Some(w) = j.checked_sub(1).filter(|&w| w >= sentence_start) else { return false };
    // "the models that it released…": in a relative clause the object comes before, not after.
    let relative = w >= 1
        && matches!(f.doc.lower(w - 1), "that" | "which")
        && !(w >= 2 && f.doc.lookup(&f.res.speech_verbs, w - 2).is_some());
    !relative && matches!(f.doc.lower(w), "it" | "we")
        || f.word_is(w, Words::CompanyNoun) && w >= 1 && matches!(f.doc.lower(w - 1), "the" | "this")
}

/// "owned indirect subsidiary of", "owned Swiss unit of": the participle
/// "owned" of the cue at `i` (`len` tokens) describes a noun of a part (past
/// at most two describing words) that "of" follows.
fn owned_part_of_after(f: &Facts, i: usize, len: usize) -> bool {
    let end = i + len;
    if f.doc.lower(end - 1) != "owned" {
        return false;
    }
    let part = |j: usize| f.word_is(j, Words::UnitNoun) || f.word_is(j, Words::OwnedPart);
    (end..end + 3)
        .find(|&j| part(j) && f.doc.lower(j + 1) == "of")
        .is_some_and(|noun| (end..noun).all(|j| f.doc.tokens[j].kind == TokenKind::Word && !f.doc.is_punct(j, ',')))
}

/// "Zentrix, a subsidiary of Acme", "was launched as an affiliate of Acme":
/// a unit cue at `i` (and its describing words) stands in an apposition or
/// after a copula, not as the object of another verb ("Brindle acquires
/// local subsidiary of Acme" says nothing of Brindle's owner).
fn unit_in_apposition(f: &Facts, i: usize) -> bool {
    let mut j = i;
    while j > 0 && i - j < 4 && f.doc.is_lower_word(j - 1) {
        let w = f.doc.lower(j - 1);
        // "Zentrix and Brindle are owned by Acme", "…are units of Acme": the plural copula too.
        if matches!(w, "as" | "are") || COPULAS.contains(&w) {
            return true;
        }
        // "Zentrix, a unit of Acme", "…is the unit of Acme", not "acquired the unit of Acme".
        if matches!(w, "a" | "an" | "the" | "its") {
            // "…was formerly a part of Acme": an adverb may stand between the copula and the article.
            let mut d = j - 1;
            if matches!(f.doc.lower(d.wrapping_sub(1)), "formerly" | "previously" | "once" | "now" | "still" | "also")
                && COPULAS.contains(&f.doc.lower(d.wrapping_sub(2)))
            {
                d -= 1;
            }
            let v = f.doc.lower(d.wrapping_sub(1));
            return d == 0 || f.doc.tokens[d - 1].kind == TokenKind::Punct || v == "as" || COPULAS.contains(&v);
        }
        j -= 1;
    }
    j == 0
        || f.doc.tokens[j - 1].kind == TokenKind::Punct
        || f.doc.is_possessive(j - 1)
        || j == i && f.ending(j).is_some()
}

/// Mention `k` is followed by a verb ("Vorta is", "Vorta has"), opening a
/// clause of its own.
fn opens_clause(f: &Facts, k: usize) -> bool {
    let w = f.doc.lower(f.live[k].0.end);
    COPULAS.contains(&w) || AUXILIARIES.contains(&w)
}

/// "a partnership between Acme, Zentrix and Brindle", "the joint venture
/// between Acme and Zentrix": the names listed right after a cue of the
/// between frame (ending at `i + len`) are tied pairwise; a single name
/// states nothing, nor does a merger agreement or one to buy.
fn between_listed(f: &mut Facts, p: Predicate, i: usize, len: usize, sentence_end: usize) {
    let from = past_describers(f, i + len);
    let right = members_after(f, from, sentence_end);
    let first = right.first().map(|m| f.live[m.owner.unwrap_or(m.head)].0.start);
    if right.len() < 2 || first != Some(from) || f.word_is(i.wrapping_sub(1), Words::PurchaseNoun) {
        return;
    }
    // "an agreement between Acme and Zentrix under which Acme will acquire it": a purchase.
    let last = f.live[right[right.len() - 1].head].0.end;
    if (last..sentence_end.min(last + 30)).any(|j| f.word_is(j, Words::AcquireVerb)) {
        return;
    }
    tie_members(f, p, &right, Why::new(i, "cue-between", 0.7));
}

/// The members of a list tied to one another, pairwise.
fn tie_members(f: &mut Facts, p: Predicate, members: &[Member], why: Why) {
    let group: Vec<usize> = members.iter().map(|m| f.entity(m.head)).collect();
    for (n, &a) in group.iter().enumerate() {
        for &b in &group[n + 1..] {
            f.emit(a, p, b, None, why);
        }
    }
}

/// "signed a three-way agreement with Zentrix and Brindle", "a memorandum
/// with Zentrix and Brindle to collaborate on…": an agreement of more than
/// two parties, or one for joint work, ties the names listed after its cue
/// at `i` to one another as well as to its subject.
pub(super) fn parties_after(f: &mut Facts, right: &[Member], i: usize, sentence_end: usize) {
    let Some(last) = right.last().filter(|_| right.len() >= 2) else { return };
    let end = f.live[last.head].0.end;
    if several_parties(f.doc, i) || joint_work_after(f.doc, end, sentence_end) {
        tie_members(f, Predicate::PartnersWith, right, Why::new(i, "cue-parties", 0.6));
    }
}

/// "tripartite", "three-way", "four-party": a word of more than two parties
/// among the three words before the agreement cue at `i` or opening it ("a
/// consortium with A and B").
fn several_parties(doc: &Doc, i: usize) -> bool {
    (i.saturating_sub(3)..=i).any(|j| {
        let counted = j >= 2 && is_hyphen_adjective(doc, j) && COUNT_WORDS[1..].contains(&doc.lower(j - 2));
        doc.word_is(j, Words::MultiParty) || counted && PARTY_COUNTS.contains(&doc.lower(j))
    })
}

/// "…and Brindle to work together", "…and Brindle (BRN) to jointly build": "to"
/// and a word of joint work right after the list ending at `end`.
fn joint_work_after(doc: &Doc, end: usize, sentence_end: usize) -> bool {
    let to = past_bracket(doc, end);
    to + 1 < sentence_end
        && doc.lower(to) == "to"
        && (to + 1..(to + 3).min(sentence_end)).any(|j| doc.word_is(j, Words::JointWork))
}

/// "between Malaysian carmaker Quorra and…", "between chip designer Quorra
/// and…": where the first name starts when a demonym and describing words
/// ending in an organisation noun stand before it at token `j` (else `j`).
pub(super) fn past_describers(f: &Facts, j: usize) -> usize {
    let demonym =
        f.starting(j).filter(|&k| f.class(f.entity(k)) == Place && f.is_demonym(k)).map_or(j, |k| f.live[k].0.end);
    let Some(name) = (demonym..j + 5).find(|&k| f.starting(k).is_some()) else { return j };
    if name > demonym && names_right_after(f, demonym, name, false) || name == demonym {
        name
    } else {
        j
    }
}

/// "Acme and Brindle said … a collaboration between the two groups", "A, B
/// and C announced that the three companies signed … to set up a joint
/// venture", "a supply partnership the two companies signed": a partnership
/// cue next to "the two (three, four) companies" or "both companies" ties the
/// organisations the sentence names before that phrase, pairwise, when exactly
/// that many stand there (those in brackets or after "by", as in "partly owned
/// by X", describe another name and do not count). A sentence about a
/// purchase, or naming another organisation after the phrase, states nothing.
pub(super) fn named_group(f: &mut Facts, s: usize) {
    // Only a sentence with "both" or a count and a cue is read.
    if !(f.held(s).says(Said::Count) && f.held(s).may_begin(&f.res.cues)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for j in range.clone() {
        let n = match f.doc.lower(j) {
            "both" => 2,
            "two" if j > range.start && f.doc.lower(j - 1) == "the" => 2,
            "three" if j > range.start && f.doc.lower(j - 1) == "the" => 3,
            "four" if j > range.start && f.doc.lower(j - 1) == "the" => 4,
            _ => continue,
        };
        if !is_company_plural(f, j + 1) {
            continue;
        }
        let phrase_end = j + 2;
        let partnership = |c: usize| {
            f.doc.lookup_all(&f.res.cues, c).iter().any(|(_, cue)| cue.predicate == Predicate::PartnersWith)
                && !negated_before(f.doc, c, range.start)
        };
        let before = (j.saturating_sub(8).max(range.start)..j).any(partnership);
        let after = (phrase_end..(phrase_end + 18).min(range.end)).any(partnership);
        let purchase = range.clone().any(|k| f.word_is(k, Words::PurchaseNoun) || f.word_is(k, Words::AcquireVerb));
        let named_after = f.within(phrase_end, range.end).iter().any(|(_, e)| f.class(*e) == Org);
        if !(before || after) || purchase || named_after {
            continue;
        }
        let mut group: Vec<usize> = Vec::new();
        let mut depth = 0usize;
        for t in range.start..j {
            if f.doc.is_punct(t, '(') {
                depth += 1;
            } else if f.doc.is_punct(t, ')') {
                depth = depth.saturating_sub(1);
            }
            let Some(k) = f.starting(t) else { continue };
            let e = f.entity(k);
            let agent = (t.saturating_sub(2).max(range.start)..t).any(|b| f.doc.lower(b) == "by");
            if depth == 0 && f.class(e) == Org && !agent && !group.contains(&e) {
                group.push(e);
            }
        }
        if group.len() != n {
            continue;
        }
        for (a, &x) in group.iter().enumerate() {
            for &y in &group[a + 1..] {
                f.emit(x, Predicate::PartnersWith, y, None, Why::new(j, "cue-named-group", 0.6));
            }
        }
    }
}

/// "Acme and Brindle have concluded the agreement to build a plant", "A, B
/// and C signed a three-way pact": a verb of signing, a determiner, at most
/// three describing words and a noun of agreement (no cue of its own, as
/// "agreement with" is) tie the names listed before the verb, pairwise. An
/// agreement to buy, of a sale or a settlement, or denied, ties nothing.
pub(super) fn signed_together(f: &mut Facts, s: usize) {
    // Only a sentence with a noun of agreement is read.
    if !(f.held(s).has(Words::PactNoun)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for n in range.start + 2..range.end {
        if !f.word_is(n, Words::PactNoun) || !f.doc.lookup_all(&f.res.cues, n).is_empty() {
            continue;
        }
        let Some(verb) = signing_verb(f, n, range.start) else { continue };
        let purchase = |j: usize| {
            f.word_is(j, Words::PurchaseNoun) || f.word_is(j, Words::AcquireVerb) || f.word_is(j, Words::LegalAction)
        };
        let negated = negated_before(f.doc, verb, range.start);
        if negated || (verb..range.end.min(n + 30)).any(purchase) {
            continue;
        }
        let left = members_before(f, verb, range.start);
        pairwise(f, Predicate::PartnersWith, &left, verb);
    }
}

/// Where the verb of signing is that governs the noun of agreement at
/// token `n`: "signed a framework agreement", "entered into an accord",
/// "concluded the agreement".
fn signing_verb(f: &Facts, n: usize, sentence_start: usize) -> Option<usize> {
    let det =
        (n.saturating_sub(4).max(sentence_start)..n).rev().find(|&j| matches!(f.doc.lower(j), "a" | "an" | "the"))?;
    if !is_modifier_gap(f.doc, det + 1, n) || det == sentence_start {
        return None;
    }
    let verb = if f.doc.lower(det - 1) == "into" { det.checked_sub(2)? } else { det - 1 };
    (verb >= sentence_start && f.word_is(verb, Words::SignVerb)).then_some(verb)
}

/// "companies", "firms", "groups", "partners": a plural of a company noun
/// (or of a partner noun) at token `j`.
fn is_company_plural(f: &Facts, j: usize) -> bool {
    let w = f.doc.lower(j);
    if !w.ends_with('s') {
        return false;
    }
    if f.word_is(j, Words::PartnerNoun) {
        return true;
    }
    match w.strip_suffix("ies") {
        Some(stem) => f.res.is(Words::CompanyNoun, &format!("{stem}y")),
        None => f.res.is(Words::CompanyNoun, &w[..w.len() - 1]),
    }
}

/// "to buy chips from Nvidia", "the purchase of Zentrix shares": what an
/// acquisition cue ending at `from` names is the company bought only when no
/// preposition stands before it and no plural noun after it.
fn is_bought_thing(f: &Facts, from: usize, m: Member) -> bool {
    let from = past_time_phrase(f.doc, from);
    let (r, _) = &f.live[m.owner.unwrap_or(m.head)];
    let preposition = preposition_between(f.doc, from, r.start);
    let end = f.live[m.head].0.end;
    let next = f.doc.lower(end);
    let noun_after = !f.doc.is_capitalized(end)
        && f.doc.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word)
        && (f.doc.lookup(&f.res.thing_nouns, end).is_some()
            || next.ends_with('s') && !matches!(next, "was" | "is" | "has" | "as" | "its" | "this" | "plus")
            // "bought a Zentrix stake": a part of it.
            || matches!(next, "stake" | "holding"));
    // "Acme's chip business", "a subsidiary of Acme", "a former Acme facility": a part of it.
    let part_of = f.doc.is_possessive(end)
        || f.word_is(end, Words::PlaceNoun)
        || (r.start >= 2
            && f.doc.lower(r.start - 1 - usize::from(f.doc.lower(r.start - 1) == "the")) == "of"
            && (from..r.start).any(|j| f.word_is(j, Words::SoldPart) || f.word_is(j, Words::UnitNoun)));
    // "to purchase 4 million tons of Zentrix gas": goods measured out.
    let measured = r.start >= 1 && f.doc.lower(r.start - 1) == "of" && (from..r.start).any(|j| goods_after(f, j));
    !preposition && !noun_after && !part_of && !measured
}

/// "Brindle's attempt to buy", "a hostile takeover of", "a possible move by
/// Brindle to buy a stake in", "in talks to acquire": a word of a deal not
/// made among the eight words before the cue at `i`, in its clause. A stake
/// offered for sale is held all the same ("offered to sell its stake in").
fn tentative_before(f: &Facts, i: usize, sentence_start: usize) -> bool {
    let from = i.saturating_sub(8).max(sentence_start);
    (from..i)
        .rev()
        .take_while(|&j| !f.doc.is_punct(j, ',') && !f.doc.is_punct(j, ';') && !is_dash(f.doc, j))
        .take_while(|&j| !f.word_is(j, Words::SellVerb))
        .any(|j| f.word_is(j, Words::TentativeWord) || interest_in(f.doc, j, i))
}

/// "once part of Acme, now no longer", "a unit of Acme, but no longer.": "no
/// longer" among the four tokens from `from`, standing alone (a comma, a
/// bracket or the sentence's end after it), so denying the tie before it
/// ("a unit of Acme, no longer makes phones" denies only the verb after).
fn no_longer_after(doc: &Doc, from: usize, sentence_end: usize) -> bool {
    (from..(from + 4).min(sentence_end)).any(|j| {
        doc.lower(j) == "no"
            && doc.lower(j + 1) == "longer"
            && (j + 2 >= sentence_end || [',', ')', '.', ';'].iter().any(|&c| doc.is_punct(j + 2, c)))
    })
}

/// "Acme's interest in acquiring Zentrix": the noun "interest" at `j`, then
/// "in" right before the cue at `i`: a purchase wished for, not made.
fn interest_in(doc: &Doc, j: usize, i: usize) -> bool {
    j + 2 == i && doc.lower(j) == "interest" && doc.lower(j + 1) == "in"
}

/// "its recent acquisitions", "Brindle's two acquisitions": a possessive
/// ("its", "their", a name's) before the noun at `i`, past up to three
/// describing words.
fn possessed_noun(f: &Facts, i: usize, sentence_start: usize) -> bool {
    let mut j = i;
    while j > sentence_start
        && i - j < 3
        && f.doc.tokens[j - 1].kind == TokenKind::Word
        && !f.doc.is_capitalized(j - 1)
        && !f.doc.is_possessive(j - 1)
        && !matches!(f.doc.lower(j - 1), "its" | "their" | "the" | "a" | "an")
    {
        j -= 1;
    }
    j > sentence_start && (f.doc.is_possessive(j - 1) || matches!(f.doc.lower(j - 1), "its" | "their"))
}

/// "Kestrel Authority's decision to authorise the acquisition of", "Brindle
/// blocked the takeover of": a word of approving or reviewing a deal among
/// the few lower-case words right before the purchase cue at `i`, after a
/// name ending at `end`.
fn approval_between(f: &Facts, end: usize, i: usize) -> bool {
    // The approving word governs the purchase noun: only plain lower-case words
    // ("the", "proposed") stand between ("won approval and completed the acquisition" buys).
    let governing = (end.max(i.saturating_sub(4))..i)
        .rev()
        .take_while(|&j| f.doc.is_lower_word(j))
        .any(|j| f.word_is(j, Words::ApprovalWord));
    end < i && governing
}

/// "Zentrix's shares", "Zentrix's stock": a noun of stock right after the
/// possessive ending member `m`.
fn stock_of(f: &Facts, m: Member) -> bool {
    let end = f.live[m.head].0.end;
    f.doc.is_possessive(end) && f.doc.word_is(end + 1, Words::StockNoun)
}

/// "a stake in Orvane's copper project", "invested in Orvane's new plant", "a
/// stake in Orvane's DRC copper project": a name whose possessive owns a thing
/// named by common words, not a round of its own ("Orvane's $5m Series B"), is
/// not what the money went into.
fn names_its_asset(f: &Facts, m: Member) -> bool {
    let end = f.live[m.head].0.end;
    // "Orvane's Kestrel Copper unit" names the company invested in; "Orvane's
    // DRC copper project" (a place, a product) names none.
    let from = match m.owner {
        Some(_) if f.class(f.entity(m.head)) == Org => return false,
        Some(_) => end,
        None if f.doc.is_possessive(end) => end + 1,
        None => return false,
    };
    let sentence_end = f.sentence_end(end);
    let thing = (from..(from + 8).min(sentence_end))
        .take_while(|&j| f.starting(j).is_none() && !f.doc.is_punct(j, ','))
        .collect::<Vec<_>>();
    !thing.is_empty() && !thing.iter().any(|&j| f.word_is(j, Words::Money))
}

/// "Acme bought Zentrix from Brindle", "the acquisition of Zentrix and
/// Norvik from Brindle Capital": the organisation after "from" right after
/// the last name bought owned them; so does each of a list of sellers
/// ("bought Zentrix from Brindle and investment firm Kestrel Capital").
fn seller_after(f: &mut Facts, bought: &[Member], at: usize) {
    let Some(last) = bought.last() else { return };
    let from = past_bracket(f.doc, past_form_tail(f, f.live[last.head].0.end));
    if f.doc.lower(from) != "from" {
        return;
    }
    let Some(first) = org_at(f, from + 1) else { return };
    // "from Brindle's Zentrix Holdings": the seller is the possessor's unit, not the possessor.
    let end = f.live[first].0.end;
    let unit = f.doc.is_possessive(end).then(|| f.starting(end + 1)).flatten();
    let first = unit.filter(|&u| f.class(f.entity(u)) == Org).unwrap_or(first);
    let mut sellers = vec![f.entity(first)];
    let listed = members_after(f, f.live[first].0.start, f.sentence_end(from));
    sellers.extend(listed.iter().skip(1).filter(|m| m.owner.is_none()).filter_map(|m| f.org_entity(m.head)));
    for seller in sellers {
        for m in bought {
            let o = f.entity(m.head);
            if f.class(o) == Org && o != seller {
                f.emit(seller, Predicate::Owns, o, None, Why::new(at, "bought-from", 0.55));
            }
        }
    }
}

/// "from Brindle", "from the Brindle fund": a name starting at `start` is
/// the object of "from".
fn after_from(doc: &Doc, start: usize) -> bool {
    let the = usize::from(start >= 1 && doc.lower(start - 1) == "the");
    start > the && doc.lower(start - 1 - the) == "from"
}

/// A preposition between tokens `from` and `to` ("bought a stake in X",
/// "part of a consortium led by X"): the name after it is not the cue's object.
/// The "as" of a list's "as well as" is no preposition ("owns A as well as B"),
/// nor is a word inside a hyphened compound ("the salt-to-software Zentrix Group").
fn preposition_between(doc: &Doc, from: usize, to: usize) -> bool {
    let as_well_as = |j: usize| doc.lower(j + 1) == "well" || j > 0 && doc.lower(j - 1) == "well";
    (from..to).filter(|&j| !in_hyphen_compound(doc, j)).any(|j| match doc.lower(j) {
        "from" | "with" | "to" | "for" | "in" | "on" | "at" | "by" | "into" => true,
        "as" => !as_well_as(j),
        _ => false,
    })
}

/// "business-to-business", "salt-to-software", "built-in": token `j` is joined
/// by a hyphen to the word before or after it, a part of one compound word.
fn in_hyphen_compound(doc: &Doc, j: usize) -> bool {
    let before = j >= 2 && doc.is_punct(j - 1, '-') && doc.joined(j - 1) && doc.joined(j);
    let after = doc.is_punct(j + 1, '-') && doc.joined(j + 1) && doc.joined(j + 2);
    before || after
}

/// "raises funds from X", "its backs": a cue word used as a noun after a
/// money verb or a determiner is no verb.
fn is_money_noun(f: &Facts, i: usize, len: usize) -> bool {
    len == 1
        && f.word_is(i, Words::FundNoun)
        && (f.word_is(i.wrapping_sub(1), Words::RaiseVerb)
            || matches!(f.doc.lower(i.wrapping_sub(1)), "new" | "fresh" | "more" | "the" | "its")
            || is_fund_kind(f.doc.lower(i.wrapping_sub(1))))
}

/// "sovereign wealth funds X and Y", "pension funds": a word naming a kind
/// of fund before "funds" makes it a noun, not the verb.
fn is_fund_kind(w: &str) -> bool {
    matches!(
        w,
        "wealth"
            | "pension"
            | "hedge"
            | "investment"
            | "index"
            | "mutual"
            | "equity"
            | "retirement"
            | "venture"
            | "their"
    )
}

/// "…a 50% stake in Zentrix and a 37.4 per cent stake in Brindle": where the
/// first "stake" is when the one at `i` is the second of two joined by "and a".
fn second_stake(doc: &Doc, i: usize, sentence_start: usize) -> Option<usize> {
    if doc.lower(i) != "stake" {
        return None;
    }
    let from = i.saturating_sub(7).max(sentence_start + 1);
    let a = (from..i).rev().find(|&j| matches!(doc.lower(j), "a" | "an"))?;
    let measure = (a + 1..i).all(|j| {
        doc.has_digit(j)
            || matches!(doc.lower(j), "%" | "." | "per" | "cent" | "percent" | "pct" | "further" | "minority")
    });
    if doc.lower(a - 1) != "and" || !measure {
        return None;
    }
    (sentence_start..a - 1).rev().find(|&j| doc.lower(j) == "stake")
}

/// "Orvane, led by Jan Roe", "Roe-led Brindle", "Roe, who joined the
/// company from Acme": a cue of a round's ("led", "joined", "took part") at
/// `i` in sentence `s` ties a person as a leader or a hire, not as an
/// investor, when it is hyphened to the name or the sentence speaks of no
/// round and no investors.
fn cue_of_a_leader(f: &Facts, cue: &Cue, i: usize, s: usize) -> bool {
    let held = f.held(s);
    cue.topic
        && cue.predicate == Predicate::InvestedIn
        && !f.word_is(i, Words::InvestVerb)
        && (is_hyphen_adjective(f.doc, i) || !(held.has(Words::RoundNoun) || held.has(Words::InvestorNoun)))
}

/// "Roe headed Zentrix", "previously ran Brindle": a verb of running
/// (ending at `after`) states a job only when the organisation follows as
/// the thing run. "led the talks with Zentrix", "ran a campaign against
/// Brindle", "led Zentrix's bid": a preposition or a possessive before the
/// name makes it something else's, and the verb states no job.
fn runs_something_else(f: &Facts, after: usize, right: &[Member]) -> bool {
    if after == 0 || !f.word_is(after - 1, Words::RunVerb) {
        return false;
    }
    let Some(first) = right.first() else { return false };
    let (span, _) = &f.live[first.head];
    let owned = first.owner.is_some() || f.doc.is_possessive(span.end);
    owned
        || (after..span.start).any(|j| {
            PLACE_PREPOSITIONS.contains(&f.doc.lower(j)) || matches!(f.doc.lower(j), "against" | "over" | "behind")
        })
}

/// "a 75% stake", "a 60 per cent stake", "a majority stake", "a controlling
/// stake": the words right before the noun "stake" at `i` make it more than half
/// ("the majority of its stake" is most of a stake of any size).
fn majority_before(doc: &Doc, i: usize) -> bool {
    let from = i.saturating_sub(5);
    // "all the shares in Zentrix", "all of the outstanding shares of": the whole company.
    if (from..i).any(|j| doc.lower(j) == "all" && (j + 1..=i).any(|k| doc.lower(k) == "shares")) {
        return true;
    }
    // "a 49% controlling stake": control is stated, whatever the size; "a 45% majority
    // stake" is no majority, the size stated decides.
    if (from..i).any(|j| doc.lower(j) == "controlling" && doc.lower(j + 1) != "of") {
        return true;
    }
    if let Some(n) = (from..i).find_map(|j| percent_at(doc, j)) {
        return n > 50.0 && n <= 100.0;
    }
    (from..i).any(|j| doc.lower(j) == "majority" && doc.lower(j + 1) != "of")
}

/// "all the shares in Zentrix", "a 100% stake": the words right before
/// token `i` speak of the whole company, not of a share of it.
fn whole_before(doc: &Doc, i: usize) -> bool {
    let from = i.saturating_sub(5);
    (from..i).any(|j| doc.lower(j) == "all" && (j + 1..=i).any(|k| doc.lower(k) == "shares"))
        || (from..i).any(|j| percent_at(doc, j).is_some_and(|n| n >= 100.0))
}

/// "agreed to buy a 55% stake in Zentrix", "holds a 75% stake in Zentrix",
/// "bought 70% of Zentrix": a majority bought or held is an investment as
/// well as a purchase or ownership; each purchase or ownership the cue at
/// `at` stated since `mark` in the relations found is stated as an investment too.
fn invested_with_majority(f: &mut Facts, mark: usize, at: usize) {
    let pairs: Vec<(usize, usize)> = f.out[mark..]
        .iter()
        .filter(|r| matches!(r.predicate, Predicate::Acquired | Predicate::Owns))
        .map(|r| (r.subject, r.object))
        .collect();
    for (s, o) in pairs {
        f.emit(s, Predicate::InvestedIn, o, None, Why::new(at, "majority-stake", 0.55));
    }
}

/// "agreed to buy a 55% stake", "the acquisition of a controlling stake",
/// "took a 60 per cent stake": a word of buying right before the article and
/// measure words of the noun "stake" at `i`.
fn stake_bought(doc: &Doc, i: usize) -> bool {
    let measure = |j: usize| {
        doc.has_digit(j)
            || matches!(doc.lower(j), "a" | "an" | "the" | "%" | "." | "per" | "cent" | "percent" | "pct")
            || matches!(doc.lower(j), "majority" | "controlling" | "further" | "additional")
    };
    let mut j = i;
    while j > 0 && i - j < 8 && measure(j - 1) {
        j -= 1;
    }
    // "the acquisition of a 60% stake": the noun before "of".
    let j = j - usize::from(j > 1 && doc.lower(j - 1) == "of");
    j > 0 && doc.word_is(j - 1, Words::StakeBuyingWord)
}

/// The number of a percentage at token `j` ("75%", "75 %", "75 percent", "75
/// per cent"); at the decimal part of one ("49.76%"), the whole number.
fn percent_at(doc: &Doc, j: usize) -> Option<f32> {
    let w = doc.lower(j);
    let percent = w.ends_with('%') || doc.is_percent_sign(j + 1);
    let digits = w.trim_end_matches('%');
    let number = || match doc.is_decimal_fraction(j) {
        true => format!("{}.{digits}", doc.lower(j - 2)).parse::<f32>(),
        false => digits.parse::<f32>(),
    };
    percent.then(|| number().ok()).flatten()
}

/// "the acquisition of an additional 20% of Merrow Bank", "bought 12 per cent
/// of Dunmore", "buys shares of Brindle": between a buying cue (ending before
/// `from`) and the name at `to`, a share of the company, not the company.
/// Whether the share is more than half, when it is one.
fn share_before(doc: &Doc, from: usize, to: usize) -> Option<bool> {
    let of = of_before_described(doc, from, to).or_else(|| percent_of_after(doc, from, to))?;
    let share = (from..of).any(|j| percent_at(doc, j).is_some() || matches!(doc.lower(j), "shares" | "stock"));
    share.then(|| majority_before(doc, of + 1))
}

/// "agreed to buy 50% of US solar firm Dunmore": a percentage right after the
/// cue ending before `from`, then "of" or "in", before the first name after
/// the cue (at `to`) whatever words describe it; the "of" or "in".
fn percent_of_after(doc: &Doc, from: usize, to: usize) -> Option<usize> {
    (from..to.min(from + 6))
        .find(|&j| matches!(doc.lower(j), "of" | "in"))
        .filter(|&j| (from..j).any(|k| percent_at(doc, k).is_some()))
}

/// "of Dunmore", "of the Lyon bank Dunmore", "of cell phone carrier Dunmore":
/// the "of" or "in" after token `from` that only a few describing words
/// (lower-case, joined by hyphens, "Lyon-based") part from the name at `to`.
fn of_before_described(doc: &Doc, from: usize, to: usize) -> Option<usize> {
    let describing = |j: usize| doc.is_lower_word(j) || doc.is_punct(j, '-') || doc.is_punct(j + 1, '-');
    let mut j = to.checked_sub(1)?;
    let mut words = 0;
    while j > from && words < 5 && !matches!(doc.lower(j), "of" | "in") && describing(j) {
        j -= 1;
        words += 1;
    }
    (j >= from && matches!(doc.lower(j), "of" | "in")).then_some(j)
}

/// "X joined Microsoft", "Y led Zentrix for a decade": a round cue whose
/// object is a company named right after it (not "Acme's round") speaks of
/// the company, not of money.
fn names_a_company(f: &Facts, after: usize, right: &[Member]) -> bool {
    right.first().is_some_and(|m| {
        let (r, e) = &f.live[m.owner.unwrap_or(m.head)];
        r.start <= after + 1 && f.class(*e) == Org && !f.doc.is_possessive(r.end)
    })
}

/// "is challenging A and B as well as domestic rivals such as C": the rivals
/// a list of competitors (`right`) goes on to after "and" or "as well as",
/// a few describing words, a plural rival noun and "such as", "like" or
/// "including".
fn rivals_such_as_after(f: &Facts, right: &[Member], sentence_end: usize) -> Vec<Member> {
    let Some(last) = right.last() else { return Vec::new() };
    let tail = f.live[last.head].0.end;
    let joined = match f.doc.lower(tail) {
        "and" => tail + 1,
        "as" if f.doc.lower(tail + 1) == "well" && f.doc.lower(tail + 2) == "as" => tail + 3,
        _ => return Vec::new(),
    };
    let Some(noun) = (joined..(joined + 4).min(sentence_end)).find(|&j| f.word_is(j, Words::RivalNoun)) else {
        return Vec::new();
    };
    let open = match (f.doc.lower(noun + 1), f.doc.lower(noun + 2)) {
        ("such", "as") => noun + 3,
        ("like" | "including", _) => noun + 2,
        _ => return Vec::new(),
    };
    if !f.doc.lower(noun).ends_with('s') || !is_modifier_gap(f.doc, joined, noun) {
        return Vec::new();
    }
    members_after(f, open, sentence_end)
}

/// "Brindle owned rival Zentrix", "Brindle controlled rival Zentrix": a
/// one-word rival noun cue at `i` right after a participle of owning that a
/// name (not joined by a hyphen) ends right before: the name owns the rival.
fn owner_describes_rival(f: &Facts, i: usize) -> bool {
    i >= 2
        && f.word_is(i, Words::RivalNoun)
        && matches!(f.doc.lower(i - 1), "owned" | "controlled" | "backed")
        && f.ending(i - 1).is_some()
}

/// "compete in", "competed for": a rivalry cue at `i` (of `len` tokens), a
/// verb of competing whose last word opens the market or prize competed in,
/// not a rival ("a rival in Zentrix", a noun's, names one).
fn rivalry_in_a_market(f: &Facts, i: usize, len: usize) -> bool {
    len >= 2
        && f.doc.lower(i).starts_with("compet")
        && !f.word_is(i, Words::RivalNoun)
        && matches!(f.doc.lower(i + len - 1), "in" | "for")
}

/// "co-founded Zentrix in 2005 with fellow engineers A and B": the people
/// listed after "with" (a time phrase may stand before it) right after the
/// company a founding cue at `at` names (`right`) founded it too.
fn fellow_founders(f: &mut Facts, right: &[Member], at: usize, sentence_end: usize) {
    let Some(company) = right.first().filter(|m| m.owner.is_none()) else { return };
    let with = past_time_phrase(f.doc, f.live[company.head].0.end);
    if f.doc.lower(with) != "with" {
        return;
    }
    let org = f.entity(company.head);
    for m in members_after(f, with + 1, sentence_end) {
        // "with help from his mentor X": a preposition before the name makes no co-founder.
        if preposition_between(f.doc, with + 1, f.live[m.head].0.start) {
            break;
        }
        let person = f.entity(m.head);
        if f.class(person) == Person {
            f.emit(person, Predicate::Founded, org, None, Why::new(at, "cue-fellow-founders", 0.6));
        }
    }
}

/// "will jointly develop", "to jointly build": the one-word cue "jointly" at
/// `i` after "to" or an auxiliary, before a lower-case verb (not joined by a
/// hyphen: "a jointly-run plant" describes a thing).
fn joint_work_verb(f: &Facts, i: usize, len: usize) -> bool {
    len == 1
        && i > 0
        && f.doc.lower(i) == "jointly"
        && (f.doc.lower(i - 1) == "to" || AUXILIARIES.contains(&f.doc.lower(i - 1)))
        && f.doc.is_lower_word(i + 1)
}

/// "challenging A and B as well as rivals such as C": the names before a
/// rivalry cue are the objects of another rivalry cue right before them, not
/// the subject of this one (`rivals_such_as_after` gives C to that cue's subject).
fn objects_of_rivalry(f: &Facts, left: &[Left], sentence_start: usize) -> bool {
    // The nearest name and those listed with it ("Bellmont and Tarsus"), not a subject further back.
    let run = left.iter().enumerate().take_while(|(n, l)| *n == 0 || l.listed);
    let Some(first) = run.map(|(_, l)| f.live[l.member.owner.unwrap_or(l.member.head)].0.start).min() else {
        return false;
    };
    (first.saturating_sub(4).max(sentence_start)..first).any(|j| {
        f.doc.lookup_all(&f.res.cues, j).iter().any(|(len, c)| {
            c.predicate == Predicate::CompetesWith
                && c.frame == Frame::Active
                && j + len <= first
                && is_modifier_gap(f.doc, j + len, first)
        })
    })
}

/// "filed complaints against Google", "a lawsuit against X": "against" in a
/// legal action states no competition.
fn is_legal_against(f: &Facts, i: usize, sentence_start: usize) -> bool {
    f.doc.lower(i) == "against"
        && (i.saturating_sub(6).max(sentence_start)..i).any(|j| f.word_is(j, Words::LegalAction))
}

/// "entered into an agreement with Ampere … to acquire", "struck a deal
/// with Brindle to buy it": the agreement is a purchase, not a partnership;
/// the subject acquired the organisation the deal is with.
fn deal_to_buy(f: &mut Facts, frame: Frame, left: &[Left], right: &[Member], i: usize, end: usize) -> bool {
    if frame != Frame::Active || !(f.word_is(i, Words::DealWord) || f.doc.lower(i) == "a") {
        return false;
    }
    // "to buy the Oslo-based developer Zentrix": the first organisation, not a place describing it.
    let Some(target) = right.iter().find(|m| f.class(f.entity(m.head)) == Org) else { return false };
    let (start, from) = (f.live[target.head].0.start, f.live[target.head].0.end);
    let buy = (from..end.min(from + 30))
        .find(|&j| f.doc.lower(j) == "to" && f.word_is(j + 1, Words::AcquireVerb) && !f.doc.is_capitalized(j + 2))
        .or_else(|| purchase_before(f, i, start));
    let Some(buy) = buy else { return false };
    // "signed a deal with Brindle to purchase 4 million tons of gas": goods bought
    // from it; "was looking to strike a deal to buy Brindle": a deal not made.
    let sentence_start = f.doc.sentences[f.doc.sentence_of[i]].start;
    if goods_after(f, buy + 2) || tentative_before(f, i, sentence_start) {
        return true;
    }
    let subject = left.first().map(|l| f.entity(l.member.head)).or_else(|| {
        let start = f.doc.sentences[f.doc.sentence_of[i]].start;
        (start..i).rev().find(|&j| f.doc.lower(j) == "it").and_then(|j| f.referent(j))
    });
    if let Some(s) = subject {
        let o = f.entity(target.head);
        f.emit(s, Predicate::Acquired, o, None, Why::new(buy, "deal-to-acquire", 0.6));
    }
    true
}

/// "struck a deal to invest in", "signed an agreement to supply": the cue of
/// `len` tokens at `i` ends with a noun of agreement that an infinitive of
/// purpose follows, before any name.
fn deal_for_purpose(f: &Facts, i: usize, len: usize) -> bool {
    let end = i + len;
    f.word_is(end - 1, Words::DealWord)
        && f.doc.lower(end) == "to"
        && f.doc.is_lower_word(end + 1)
        && !ARTICLES.contains(&f.doc.lower(end + 1))
}

/// "teamed up to buy Cadera", "joined forces to acquire Cadera", "teaming up
/// to develop Vorta": an infinitive of purpose right after the partnership cue
/// of `len` tokens at `i` (or its last word) stands before the first name after
/// it, with no "with" between that names a partner ("teamed up to work with X").
fn purpose_before_names(f: &Facts, i: usize, len: usize, right: &[Member]) -> bool {
    let end = i + len;
    let to = if f.doc.lower(end - 1) == "to" {
        end - 1
    } else if f.doc.lower(end) == "to" {
        end
    } else {
        return false;
    };
    let verb = f.doc.is_lower_word(to + 1) && !ARTICLES.contains(&f.doc.lower(to + 1));
    let Some(first) = right.first().filter(|_| verb) else { return false };
    let start = f.live[first.owner.unwrap_or(first.head)].0.start;
    start > to && !(to + 1..start).any(|j| matches!(f.doc.lower(j), "with" | "between" | "alongside"))
}

/// "the drive for growth started by X", "a programme set up by X": a plain
/// lower-case word right before the passive cue of starting (not "founded")
/// at `i` that is no organisation noun ("a startup set up by"), auxiliary or
/// adverb ("was originally started by"), and ends no name.
pub(super) fn started_thing_before(f: &Facts, i: usize) -> bool {
    // "a maker of robots founded in 2016 by": "founded" speaks of a company whatever stands before it.
    if !matches!(f.doc.lower(i), "started" | "set" | "launched" | "begun") {
        return false;
    }
    let Some(j) = i.checked_sub(1).filter(|&j| f.doc.is_lower_word(j) && f.ending(j + 1).is_none()) else {
        return false;
    };
    let w = f.doc.lower(j);
    let noun =
        (j.saturating_sub(2)..=j).any(|k| f.doc.lookup(&f.res.org_nouns, k).is_some_and(|(len, _)| k + len == i));
    !(noun
        || f.word_is(j, Words::CompanyNoun)
        || AUXILIARIES.contains(&w)
        || COPULAS.contains(&w)
        || SUBJECT_ADVERBS.contains(&w)
        || w.ends_with("ly")
        || matches!(w, "and" | "or" | "who" | "which" | "that" | "been"))
}

/// "to purchase 4 million tons of gas", "to buy 20 aircraft": an amount right
/// after a buying verb (token `j`), not a share ("to buy 51% of it").
fn goods_after(f: &Facts, j: usize) -> bool {
    (f.doc.has_digit(j) || f.word_is(j, Words::QuantityWord)) && percent_at(f.doc, j).is_none()
}

/// "signed an agreement to buy the Lyon-based developer Zentrix": "to" and a
/// verb of buying between the cue at `i` and the name at `start`, with only
/// describing words between the verb and the name.
fn purchase_before(f: &Facts, i: usize, start: usize) -> Option<usize> {
    let buy = (i + 1..start).find(|&j| f.doc.lower(j) == "to" && f.word_is(j + 1, Words::AcquireVerb))?;
    let describing = (buy + 2..start).all(|j| {
        f.doc.is_punct(j, '-')
            || f.doc.tokens[j].kind == TokenKind::Word && !matches!(f.doc.lower(j), "from" | "with" | "in" | "of")
    });
    (describing && start - buy <= 9).then_some(buy)
}

/// "X became Acme's biggest shareholder", "X is the company's largest
/// investor", "X, one of Acme's early backers,": a holder noun owned by a
/// possessive (an organisation's name, "the company's", "its"), after a
/// copula (or "one of", "among" after a copula or a comma) that follows the
/// holder's name.
pub(super) fn holder_of(f: &mut Facts, s: usize) {
    // Only a sentence with a noun of a holder is read.
    if !(f.held(s).says(Said::Holder)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for j in range.clone() {
        if !HOLDER_NOUNS.contains(&f.doc.lower(j)) {
            continue;
        }
        // Describing words between the possessive and the noun ("biggest", "second-largest").
        let mut b = j;
        while b > range.start
            && j - b < 4
            && (f.doc.tokens[b - 1].kind == TokenKind::Word
                && !f.doc.is_capitalized(b - 1)
                && f.starting(b - 1).is_none()
                || f.doc.is_punct(b - 1, '-') && f.doc.joined(b - 1))
            && !f.doc.is_possessive(b - 1)
            && f.doc.lower(b - 1) != "its"
        {
            b -= 1;
        }
        let Some(poss) = b.checked_sub(1) else { continue };
        let (owner, from) = if f.doc.lower(poss) == "its" {
            (f.referent(poss), poss)
        } else if f.doc.is_possessive(poss) {
            match f.ending(poss).filter(|&k| f.class(f.entity(k)) == Org) {
                Some(k) => (Some(f.entity(k)), f.live[k].0.start),
                None => (the_company_s(f, b), poss.saturating_sub(2)),
            }
        } else {
            continue;
        };
        let Some(owner) = owner else { continue };
        let verb = from.wrapping_sub(if f.doc.lower(from.wrapping_sub(1)) == "the" { 2 } else { 1 });
        let verb = one_of_before(f, verb, range.start);
        let appositive = verb > range.start && f.doc.is_punct(verb, ',') && verb != from.wrapping_sub(1);
        if verb < range.start || !appositive && !COPULAS.contains(&f.doc.lower(verb)) && f.doc.lower(verb) != "becoming"
        {
            continue;
        }
        let Some(k) = f.ending(verb) else { continue };
        let holder = f.entity(k);
        // "Acme grew. Zentrix is its largest investor": "its" is not the holder itself.
        // "Kestrel, one of Zentrix's investors, said… Halden, one of the company's
        // backers, …": a holder named just before is not the company; what it holds is.
        let owner = if owner == holder {
            let before = f.previous_subject(range.start);
            let held = before.and_then(|p| {
                f.out.iter().find(|r| r.subject == p && r.predicate == Predicate::InvestedIn).map(|r| r.object)
            });
            held.or(before).or(f.topic)
        } else {
            Some(owner)
        };
        let Some(owner) = owner else { continue };
        if matches!(f.class(holder), Person | Org) {
            f.emit(holder, Predicate::InvestedIn, owner, None, Why::new(j, "holder-of", 0.7));
        }
    }
}

/// "one of" or "among" ending at token `at` (the word before a holder's
/// possessive): the token before it, where the link to the holder stands
/// ("Kestrel, one of Zentrix's early investors", "Kestrel is among its
/// backers"); `at` itself otherwise.
fn one_of_before(f: &Facts, at: usize, sentence_start: usize) -> usize {
    if at > sentence_start + 1 && f.doc.lower(at) == "of" && f.doc.lower(at - 1) == "one" {
        at - 2
    } else if at > sentence_start && f.doc.lower(at) == "among" {
        at - 1
    } else {
        at
    }
}

/// "Acme values Zentrix as a business partner", "Brindle has chosen Orvane as
/// its technology partner", "Kestrel sees Halden as its main rival": a name,
/// one verb (auxiliaries before it), a second name, "as", a determiner, at
/// most two describing words and a noun of partnership or rivalry tie the two
/// organisations ("replaced Orvane as its partner" does not, nor does a name
/// after a preposition: "analysts at Pellam see…").
pub(super) fn seen_as(f: &mut Facts, s: usize) {
    // Only a sentence with a noun of partnership or rivalry is read.
    if !(f.held(s).has(Words::PartnerNoun) || f.held(s).has(Words::RivalNoun)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for j in range.start + 2..range.end.saturating_sub(2) {
        if f.doc.lower(j) != "as" || !matches!(f.doc.lower(j + 1), "a" | "an" | "its" | "their" | "the") {
            continue;
        }
        let Some(y) = f.ending(j) else { continue };
        let noun_at = (j + 2..(j + 5).min(range.end)).find(|&n| f.starting(n).is_none() && is_tie_noun(f, n));
        let Some(noun) = noun_at.filter(|&n| is_modifier_gap(f.doc, j + 2, n)) else { continue };
        let p = if f.word_is(noun, Words::PartnerNoun) { Predicate::PartnersWith } else { Predicate::CompetesWith };
        let Some(verb) = f.live[y].0.start.checked_sub(1).filter(|&v| v > range.start) else { continue };
        let plain_verb = f.doc.is_lower_word(verb);
        if !plain_verb || f.word_is(verb, Words::ReplaceVerb) || is_negation(f.doc, verb) {
            continue;
        }
        let mut before = verb;
        while before > range.start && AUXILIARIES.contains(&f.doc.lower(before - 1)) {
            before -= 1;
        }
        let Some(x) = f.ending(before) else { continue };
        // "Analysts at Pellam see Zentrix as a partner": a name after a preposition is no subject.
        let start = f.live[x].0.start;
        if start > range.start && preposition_between(f.doc, start - 1, start) {
            continue;
        }
        let (ex, ey) = (f.entity(x), f.entity(y));
        if f.class(ex) == Org && f.class(ey) == Org {
            f.emit(ex, p, ey, None, Why::new(j, "seen-as", 0.6));
        }
    }
}

/// "partner", "ally", "rival", "competitor": a noun of partnership or rivalry at token `n`.
fn is_tie_noun(f: &Facts, n: usize) -> bool {
    f.word_is(n, Words::PartnerNoun) || f.word_is(n, Words::RivalNoun)
}

/// "competition from US cloud giants such as X", "invest $1bn in Abu Dhabi
/// cloud company X": a lone place that describes the words after it is not
/// the object; the names after those words are.
fn past_describing_place(f: &Facts, right: Vec<Member>, sentence_end: usize) -> Vec<Member> {
    match right.as_slice() {
        [m] if m.owner.is_none()
            && f.class(f.entity(m.head)) == Place
            && !f.doc.is_possessive(f.live[m.head].0.end) =>
        {
            let after = members_after(f, f.live[m.head].0.end, sentence_end);
            if after.is_empty() {
                right
            } else {
                after
            }
        }
        _ => right,
    }
}

/// "Acme will invest a total of $5 billion into EV maker Brindle", "is to
/// invest $1.5bn in Abu Dhabi cloud company Zentrix": an amount between an
/// investing verb and "in" / "into" (not "in Brindle's new plant").
pub(super) fn invest_amount_in(f: &mut Facts, s: usize) {
    // Only a sentence with a verb of investing is read.
    if !(f.held(s).has(Words::InvestVerb)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for v in range.clone() {
        if !f.word_is(v, Words::InvestVerb) {
            continue;
        }
        let Some(prep) = amount_then(f, v, range.end, &["in", "into"]) else { continue };
        let left = members_before(f, v, range.start);
        // "…$2bn in its plant in partnership with Brindle": the name after "with" is no investee.
        let right: Vec<Member> = past_describing_place(f, members_after(f, prep + 1, range.end), range.end)
            .into_iter()
            .filter(|m| (prep + 1..f.live[m.owner.unwrap_or(m.head)].0.start).all(|j| f.doc.lower(j) != "with"))
            .filter(|m| !names_its_asset(f, *m))
            .collect();
        if !apply_cue(f, Predicate::InvestedIn, Frame::Active, &left, &right, v) {
            pronoun_subject(f, Predicate::InvestedIn, &right, v, range.start);
        }
    }
}

/// "Halden agreed to pay $15.3 billion for Zentrix", "it paid $2bn for
/// Brindle in 2019": an amount between a paying verb and "for", then the
/// company bought (not "for Zentrix shares" nor "for Brindle's unit").
pub(super) fn pay_amount_for(f: &mut Facts, s: usize) {
    // Only a sentence with a verb of paying is read.
    if !(f.held(s).has(Words::PayVerb)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for v in range.clone() {
        if !f.word_is(v, Words::PayVerb) {
            continue;
        }
        let Some(prep) = amount_then(f, v, range.end, &["for", "to"]) else { continue };
        // "spent $71bn to snap up most of Zentrix", "is spending $7bn (£5bn) to buy Brindle".
        let after = if f.doc.lower(prep) == "to" {
            match buying_verb_end(f, prep + 1) {
                Some(end) => end,
                None => continue,
            }
        } else {
            prep + 1
        };
        let left = members_before(f, v, range.start);
        let right: Vec<Member> =
            members_after(f, after, range.end).into_iter().filter(|m| is_bought_thing(f, after, *m)).collect();
        if !apply_cue(f, Predicate::Acquired, Frame::Active, &left, &right, v) {
            pronoun_subject(f, Predicate::Acquired, &right, v, range.start);
        }
    }
}

/// "buy", "acquire", "snap up" at token `j`: where the words after the verb go on.
fn buying_verb_end(f: &Facts, j: usize) -> Option<usize> {
    if f.word_is(j, Words::AcquireVerb) {
        return Some(j + 1);
    }
    (f.doc.lower(j) == "snap" && f.doc.lower(j + 1) == "up").then_some(j + 2)
}

/// "invest $5bn in", "pay $1 billion for": one of `preps` a few words after
/// the verb at `v`, with an amount and no name, comma or semicolon between.
fn amount_then(f: &Facts, v: usize, sentence_end: usize, preps: &[&str]) -> Option<usize> {
    // "$7bn (£5.4bn) to buy": the amount in another currency, in brackets, does not count.
    let open = (v + 1..(v + 10).min(sentence_end)).find(|&j| f.doc.is_punct(j, '('));
    let bracket = open.map_or(0, |o| past_bracket(f.doc, o) - o);
    let prep = (v + 2..(v + 10 + bracket).min(sentence_end)).find(|&j| preps.contains(&f.doc.lower(j)))?;
    // "seven billion US dollars": a place may name the currency.
    let amount = (v + 1..prep).any(|j| f.doc.has_digit(j) || f.word_is(j, Words::QuantityWord))
        && f.within(v + 1, prep).iter().all(|(_, e)| f.class(*e) == Place)
        && (v + 1..prep).all(|j| !f.doc.is_punct(j, ',') && !f.doc.is_punct(j, ';'));
    amount.then_some(prep)
}

/// "Intel, once the world's biggest chipmaker, wants to regain the top spot
/// by outcompeting rivals such as TSMC", "The phone business made a loss,
/// lagging rivals such as Apple": a rivalry whose subject is not near the
/// cue belongs to the organisation the sentence opens with, else to the
/// article's topic.
fn remote_competitor(f: &mut Facts, right: &[Member], at: usize, sentence_start: usize) -> bool {
    let first = f.live.partition_point(|(r, _)| r.start < sentence_start);
    let named = f.live[first..]
        .iter()
        .take_while(|(r, _)| r.end <= at)
        .map(|(_, e)| *e)
        .find(|&e| matches!(f.class(e), Org | EntityClass::AIModel));
    // "In January, the company said … as rival X": what the opening stands for, before a name further on.
    let (subject, confidence) = match (opening_company(f, sentence_start), named, f.topic) {
        (Some(e), ..) => (e, 0.5),
        (None, Some(e), _) => (e, 0.5),
        (None, None, Some(t)) => (t, 0.45),
        (None, None, None) => return false,
    };
    // "competitors including Rio, Glencore and Vale": rivals listed with the subject are someone else's.
    if right.iter().any(|r| f.entity(r.head) == subject) {
        return false;
    }
    let mut any = false;
    for r in right {
        let o = f.entity(r.head);
        any |= f.emit(subject, Predicate::CompetesWith, o, None, Why::new(at, "cue-remote-subject", confidence));
    }
    any
}

/// "X, who co-founded Y in 2010, sold it and left Z": a cue inside a
/// relative clause ("who", after a comma or a dash) opened right after a
/// person has that person as subject.
fn who_subject(f: &mut Facts, p: Predicate, right: &[Member], at: usize, sentence_start: usize) -> bool {
    if !matches!(p, Predicate::WorksFor | Predicate::Founded | Predicate::AffiliatedWith | Predicate::InvestedIn) {
        return false;
    }
    let from = at.saturating_sub(30).max(sentence_start);
    let Some(who) = (from..at).rev().find(|&j| f.doc.lower(j) == "who") else { return false };
    let closed = (who + 1..at).any(|j| is_dash(f.doc, j) || f.doc.is_punct(j, ')') || f.doc.is_punct(j, ';'));
    let other = f.within(who + 1, at).iter().any(|(_, e)| f.class(*e) == Person);
    if who == 0 || closed || other || !(f.doc.is_punct(who - 1, ',') || is_dash(f.doc, who - 1)) {
        return false;
    }
    let Some(k) = f.ending(who - 1).filter(|&k| f.class(f.entity(k)) == Person) else { return false };
    let person = f.entity(k);
    let mut any = false;
    for r in right {
        let o = f.entity(r.head);
        any |= f.emit(person, p, o, None, Why::new(at, "cue-who-subject", 0.6));
    }
    any
}

/// "He has been with Acme since 2008, and previously worked at Brindle": a
/// person's cue right after "and" (and adverbs) has no subject of its own;
/// it shares that of the sentence, a person named or a pronoun opening it.
fn elided_person_subject(f: &mut Facts, p: Predicate, right: &[Member], at: usize, sentence_start: usize) -> bool {
    if !matches!(p, Predicate::WorksFor | Predicate::Founded | Predicate::AffiliatedWith) {
        return false;
    }
    let mut j = at;
    while j > sentence_start && SUBJECT_ADVERBS.contains(&f.doc.lower(j - 1)) {
        j -= 1;
    }
    if j <= sentence_start + 1 || f.doc.lower(j - 1) != "and" {
        return false;
    }
    let subject = if PERSON_PRONOUNS.contains(&f.doc.lower(sentence_start)) {
        f.person_for_pronoun(sentence_start)
    } else {
        f.starting(sentence_start).map(|k| f.entity(k)).filter(|&e| f.class(e) == Person)
    };
    let Some(subject) = subject else { return false };
    let mut any = false;
    for r in right {
        let o = f.entity(r.head);
        any |= f.emit(subject, p, o, None, Why::new(at, "cue-elided-subject", 0.5));
    }
    any
}

/// "Acme competes with Zentrix and is based in Lyon": a cue after "and" and
/// an auxiliary belongs to the sentence's subject (its opening name, or what
/// "It" / "The company" opening it stands for), not to the name before "and".
fn coordinated_subject(f: &Facts, i: usize, sentence_start: usize) -> Option<Vec<Left>> {
    if let Some(head) = relative_second_verb(f, i, sentence_start) {
        let member = Member { head, owner: None };
        return Some(vec![Left { member, confidence: 0.6, listed: false, appositive: false }]);
    }
    let aux = |j: usize| AUXILIARIES.contains(&f.doc.lower(j)) || COPULAS.contains(&f.doc.lower(j));
    // "and is also backed by", "and was later acquired by": an adverb may follow the auxiliary.
    let verb_word = |j: usize| aux(j) || SUBJECT_ADVERBS.contains(&f.doc.lower(j));
    let and = (1..=3).map(|n| i.checked_sub(n)).find(|j| j.is_some_and(|j| f.doc.lower(j) == "and")).flatten();
    let after_name = and.and_then(|and| {
        f.ending(and).or_else(|| f.doc.is_punct(and.wrapping_sub(1), ',').then(|| f.ending(and - 1)).flatten())
    });
    let auxiliary_first = |and: usize| and + 1 < i && aux(and + 1) && (and + 2..i).all(verb_word);
    // "Acme bought Brindle and signed a partnership with Zentrix": a second verb of its own.
    let and = match and.filter(|&and| auxiliary_first(and) && after_name.is_some()) {
        Some(and) => and,
        None => and_second_verb(f, i, sentence_start)?,
    };
    // "Since then, Acme has…": the subject stands past a fronted phrase.
    let open = fronted_opening(f, sentence_start);
    let first = f.live.partition_point(|(r, _)| r.start < open);
    let subject = match f.live.get(first).filter(|(r, _)| r.start == open && r.end < and) {
        Some(_) => first,
        None if matches!(f.doc.lower(open), "it" | "the") => {
            // "The conglomerate invested in A and…": the company the article calls so.
            let e = if f.doc.lower(open) == "the" { f.the_company(open, f.referent(open)) } else { f.referent(open) }?;
            f.live.iter().rposition(|(r, ent)| *ent == e && r.end <= i)?
        }
        None => return None,
    };
    Some(vec![Left {
        member: Member { head: subject, owner: None },
        confidence: 0.6,
        listed: false,
        appositive: false,
    }])
}

/// "Saldor, which owns Marvel and is in a joint venture with Charlon",
/// "Saldor, which bought Marvel in 2019 and competes with Charlon": a cue at
/// `i` after "and" and plain lower-case words, right after the object of the
/// first verb of a relative clause, is the second verb's, whose subject is
/// the name the relative follows (its mention), not that object.
fn relative_second_verb(f: &Facts, i: usize, sentence_start: usize) -> Option<usize> {
    let and = (i.saturating_sub(6).max(sentence_start + 1)..i).rev().find(|&j| f.doc.lower(j) == "and")?;
    if !(and + 1..i).all(|j| f.doc.is_lower_word(j)) {
        return None;
    }
    let k = f.live.partition_point(|(r, _)| r.end <= and).checked_sub(1)?;
    let object = f.live[k].0.clone();
    if object.start <= sentence_start + 2 || past_time_phrase(f.doc, object.end) != and {
        return None;
    }
    let relative = (sentence_start + 1..object.start)
        .rev()
        .find(|&j| RELATIVES.contains(&f.doc.lower(j)) && f.doc.is_punct(j - 1, ','))?;
    if !(relative + 1..object.start).all(|j| f.doc.is_lower_word(j)) || relative + 1 == object.start {
        return None;
    }
    let head = f.ending(relative - 1)?;
    (f.class(f.entity(head)) == Org && f.entity(head) != f.entity(k)).then_some(head)
}

/// "Quorra, which is owned by Tessel and backed by Drivo": a passive cue at
/// `i` right after "and" and the agent of an earlier passive cue shares that
/// cue's subject; where the earlier cue starts.
fn coordinated_passive(f: &Facts, i: usize, sentence_start: usize) -> Option<usize> {
    let and = i.checked_sub(1).filter(|&a| f.doc.lower(a) == "and")?;
    let end = and - usize::from(f.doc.is_punct(and.wrapping_sub(1), ','));
    let agent = f.ending(end)?;
    let is_passive = |c: usize| f.doc.lookup_all(&f.res.cues, c).iter().any(|(_, cue)| cue.frame == Frame::Passive);
    if !is_passive(i) {
        return None;
    }
    let by = agent_by(f, agent, sentence_start)?;
    (by.saturating_sub(3).max(sentence_start)..by).find(|&c| {
        f.doc.lookup_all(&f.res.cues, c).iter().any(|(n, cue)| cue.frame == Frame::Passive && c + n == by + 1)
    })
}

/// "by Indonesian conglomerate Tessel", "by Tallis": where the "by" is that
/// makes mention `k` an agent, with at most three describing words (no other
/// name but a demonym) between.
fn agent_by(f: &Facts, k: usize, sentence_start: usize) -> Option<usize> {
    let start = f.live[k].0.start;
    let by = (start.saturating_sub(4).max(sentence_start)..start).rev().find(|&j| f.doc.lower(j) == "by")?;
    let describer = |j: usize| {
        f.doc.tokens[j].kind == TokenKind::Word
            && (!f.doc.is_capitalized(j) || f.starting(j).is_some_and(|d| f.is_demonym(d)))
            || f.doc.is_punct(j, '-') && f.doc.joined(j)
    };
    (by + 1..start).all(describer).then_some(by)
}

/// "acquisition of", "purchase of", "takeover of": the cue of `len` tokens
/// at `i` is a noun of purchase and "of".
fn is_purchase_noun(f: &Facts, i: usize, len: usize) -> bool {
    len >= 2 && f.doc.lower(i + len - 1) == "of" && f.word_is(i + len - 2, Words::PurchaseNoun)
}

/// "the purchase of rival line Norvik by Tallis": the organisation named
/// after "by" right after the last bought name (a few describing words
/// between) is the buyer.
fn purchase_agent(f: &Facts, right: &[Member], sentence_end: usize) -> Option<usize> {
    let last = right.last()?;
    let by = past_form_tail(f, f.live[last.head].0.end);
    if f.doc.lower(by) != "by" {
        return None;
    }
    let k = (by + 1..(by + 5).min(sentence_end)).find_map(|j| f.starting(j))?;
    let e = f.entity(k);
    (agent_by(f, k, by) == Some(by) && f.class(e) == Org).then_some(e)
}

/// "the Toronto company led by X": a cue right after an organisation noun
/// describes the company, not a funding round (a group of investors aside).
fn describes_company(f: &Facts, i: usize) -> bool {
    let investors = f.word_is(i.wrapping_sub(1), Words::InvestorGroup);
    !investors
        && (1..=3).any(|n| {
            i.checked_sub(n).is_some_and(|s| f.doc.lookup(&f.res.org_nouns, s).is_some_and(|(len, _)| s + len == i))
        })
}

/// "joined the board of Acme", "joined Acme's board", "joined the Acme
/// board": a seat on a board (see `board_seat`), neither a job nor an
/// investment.
fn names_a_board(f: &Facts, from: usize, k: usize) -> bool {
    let end = f.live[k].0.end;
    let board = |j: usize| f.word_is(j, Words::BoardNoun);
    (from..f.live[k].0.start).any(board)
        || board(end)
        || (f.doc.is_possessive(end) && (board(end + 1) || board(end + 2)))
}

/// "Microsoft-owned", "Nvidia-backed": a cue joined by a hyphen to the name
/// before it describes only the name right after it, not a list.
pub(super) fn is_hyphen_adjective(doc: &Doc, i: usize) -> bool {
    i >= 1 && doc.is_punct(i - 1, '-') && doc.joined(i - 1) && doc.joined(i)
}

/// "Google parent Alphabet": a cue standing right between two names; in the
/// passive frame it ties just those two.
fn is_compound(f: &Facts, i: usize, len: usize) -> bool {
    f.ending(i).is_some() && f.starting(i + len).is_some() && !f.doc.joined(i)
}

/// "…competes with Acme and with German rival Zentrix": a noun cue after
/// "with" (and a modifier) is part of another cue's object, not a cue.
fn is_object_noun(f: &Facts, i: usize, len: usize) -> bool {
    let noun =
        (i..i + len).all(|j| f.doc.tokens[j].kind == TokenKind::Word) && f.word_is(i + len - 1, Words::RivalNoun);
    let with = |j: usize| f.doc.lower(j) == "with";
    let modifier = |j: usize| {
        f.doc.tokens[j].kind == TokenKind::Word && f.starting(j).is_none_or(|k| f.class(f.entity(k)) == Place)
    };
    // "…such as Acme in July 2017 and rival Brindle in 2018": a member of a dated list.
    let dated = i >= 2
        && f.doc.lower(i - 1) == "and"
        && (f.doc.is_number(i - 2) || MONTHS.contains(&f.doc.lower(i - 2)) || f.doc.lower(i - 2) == "year");
    noun && i >= 2 && (with(i - 1) || (with(i - 2) && modifier(i - 1)) || dated)
}

/// "stakes in five trading houses: Zentrix and Brindle", "fashion houses
/// such as Zentrix": the cue "houses" at `i` after a word in lower case that
/// is no adverb, relative or pronoun is the plural noun, not the verb of
/// "Acme also houses Zentrix".
fn is_plural_noun_houses(f: &Facts, i: usize, len: usize) -> bool {
    let verb_before = |w: &str| SUBJECT_ADVERBS.contains(&w) || RELATIVES.contains(&w) || matches!(w, "it" | "now");
    len == 1
        && f.doc.lower(i) == "houses"
        && i > 0
        && f.ending(i - 1).is_none()
        && f.doc.tokens[i - 1].kind == TokenKind::Word
        && !f.doc.is_capitalized(i - 1)
        && !verb_before(f.doc.lower(i - 1))
}

/// Emits a cue's relation between the nearest fitting left member (and the
/// members listed with it) and every right member.
pub(super) fn apply_cue(f: &mut Facts, p: Predicate, frame: Frame, left: &[Left], right: &[Member], at: usize) -> bool {
    let rule = if frame == Frame::Active { "cue-active" } else { "cue-passive" };
    let mut emitted = false;
    for l in left {
        if emitted && !l.listed {
            break;
        }
        if p == Predicate::BuildsOn && owns_common_noun(f, l.member.head) {
            continue;
        }
        let mut any = false;
        for r in right {
            if p == Predicate::InvestedIn && fellow_investors(f, frame, l.member, *r, at) {
                continue;
            }
            any |= emit_pair(f, p, frame, l.member, *r, Why::new(at, rule, l.confidence));
        }
        emitted |= any;
    }
    emitted
}

/// "led by A and joined by B, C": the object of an investment a cue at `at`
/// states is already an investor in this sentence, so the two are fellow
/// investors in one round, not one investing in the other.
fn fellow_investors(f: &Facts, frame: Frame, l: Member, r: Member, at: usize) -> bool {
    let object = if frame == Frame::Active { r.head } else { l.head };
    let e = f.entity(object);
    let sentence = f.doc.sentence_span(f.doc.sentence_of[at]);
    f.out.iter().any(|x| x.predicate == Predicate::InvestedIn && x.subject == e && x.evidence.sentence == sentence)
}

/// Already found investing in something.
pub(super) fn is_investor(f: &Facts, e: usize) -> bool {
    f.out.iter().any(|r| r.predicate == Predicate::InvestedIn && r.subject == e)
}

/// "Helixor, in which Nvidia has invested": the name before "in which" is
/// what the names after it invested in.
pub(super) fn in_which(f: &mut Facts, left: &[Left], at: usize, sentence_start: usize) -> bool {
    let Some(w) = (at.saturating_sub(6).max(sentence_start)..at)
        .find(|&j| f.doc.lower(j) == "in" && f.doc.lower(j + 1) == "which")
    else {
        return false;
    };
    let Some(target) = w.checked_sub(1).filter(|&c| f.doc.is_punct(c, ',')).and_then(|c| f.ending(c)) else {
        return false;
    };
    let o = f.entity(target);
    let mut any = false;
    let investors: Vec<usize> =
        left.iter().filter(|l| f.live[l.member.head].0.start > w).map(|l| f.entity(l.member.head)).collect();
    for s in investors {
        any |= f.emit(s, Predicate::InvestedIn, o, None, Why::new(at, "in-which-invested", 0.7));
    }
    any
}

/// "Acme and Zentrix announced a partnership", "Helixor and Brindle are
/// competitors": the members of the list before the cue, pairwise (not of
/// a list an apposition closes: "A and B, two of X's customers, are also
/// competitors" may speak of X).
pub(super) fn pairwise(f: &mut Facts, p: Predicate, left: &[Left], at: usize) {
    let Some(first) = left.first().filter(|l| !l.appositive) else { return };
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

/// The nearest name before a cue modifies a plural noun of products or
/// brands ("the Dravo, Kelso and Tarn franchises"): the list names products.
fn names_products_before(f: &Facts, left: &[Left]) -> bool {
    left.first().is_some_and(|l| {
        let end = f.live[l.member.head].0.end;
        f.word_is(end, Words::ProductPlural) || f.word_is(end, Words::BrandNoun)
    })
}

/// "In 2024 it acquired Brindle": "it" or "the company" right before the cue
/// stands for the organisation named last (or the article's topic); "he" or
/// "she" before a person's cue ("she advises X") for the person it refers to.
pub(super) fn pronoun_subject(f: &mut Facts, p: Predicate, right: &[Member], at: usize, sentence_start: usize) -> bool {
    let before = |n: usize| at.checked_sub(n).filter(|&j| j >= sentence_start).map(|j| f.doc.lower(j)).unwrap_or("");
    let aux = |w: &str| AUXILIARIES.contains(&w);
    let close = |word: &dyn Fn(&str) -> bool| (1..=4).any(|n| word(before(n)) && (1..n).all(|k| aux(before(k))));
    // Each test asked only when the ones before it fail: this runs at every cue.
    let we = || close(&|w| w == "we");
    // "the conglomerate launched a consortium with X": a tie's cue may follow a verb and an article.
    let verbed = || {
        p.is_symmetric()
            && ARTICLES.contains(&before(1))
            && !before(2).is_empty()
            && f.doc.is_lower_word(at - 2)
            && (3..=5).any(|n| f.res.is(Words::CompanyNoun, before(n)) && (3..n).all(|k| aux(before(k))))
            && (3..=7).any(|n| before(n) == "the")
    };
    let company = || {
        close(&|w| f.res.is(Words::CompanyNoun, w)) && (1..=5).any(|n| before(n) == "the")
            || verbed()
            || clause_subject_company(f, at, sentence_start)
    };
    let it = || close(&|w| w == "it") || clause_subject_it(f, at, sentence_start) || its_before(f, at, sentence_start);
    // "she previously worked for X", "he later joined X": an adverb of time may stand between.
    let aux_or_adverb = |w: &str| aux(w) || SUBJECT_ADVERBS.contains(&w);
    let person = (1..=4)
        .find(|&n| PERSON_PRONOUNS.contains(&before(n)) && (1..n).all(|k| aux_or_adverb(before(k))))
        .map(|n| at - n);
    if let Some(k) = person.filter(|_| {
        matches!(p, Predicate::WorksFor | Predicate::Founded | Predicate::AffiliatedWith | Predicate::InvestedIn)
    }) {
        let Some(subject) = f.person_for_pronoun(k) else { return false };
        let mut any = false;
        for r in right {
            let o = f.entity(r.head);
            any |= f.emit(subject, p, o, None, Why::new(at, "cue-pronoun-subject", 0.5));
        }
        return any;
    }
    let subject = if we() {
        f.topic
    } else if company() {
        let the = (at.saturating_sub(8).max(sentence_start)..at).rev().find(|&j| f.doc.lower(j) == "the");
        let usual = f.referent(at).or(f.topic);
        the.map_or(usual, |the| f.the_company(the, usual))
    } else {
        f.referent(at).filter(|_| it())
    };
    let Some(subject) = subject else { return false };
    let mut any = false;
    for r in right {
        let o = f.entity(r.head);
        any |= f.emit(subject, p, o, None, Why::new(at, "cue-pronoun-subject", 0.5));
    }
    any
}

/// "The company was acquired by X", "It was formerly a part of X", "Both
/// firms were backed by X": a passive cue at `at` whose subject, opening the
/// sentence with only auxiliaries and adverbs before the cue, refers back: "it"
/// and "the company" to the organisation it stands for, "both firms" and "the
/// two companies" to the organisations the sentence before names, when it
/// names just that many. Those are the cue's objects; the names after it its
/// subjects.
pub(super) fn referred_object(f: &mut Facts, p: Predicate, right: &[Member], at: usize, sentence_start: usize) -> bool {
    let open = f.opening(sentence_start);
    // "backed by X) - Y": a dateline-like opening may end past the cue.
    if open >= at {
        return false;
    }
    let mut j = at;
    while j > open && {
        let w = f.doc.lower(j - 1);
        AUXILIARIES.contains(&w) || COPULAS.contains(&w) || SUBJECT_ADVERBS.contains(&w)
    } {
        j -= 1;
    }
    let objects: Vec<usize> = match (j - open, f.doc.lower(open)) {
        (1, "it") => f.referent(open).into_iter().collect(),
        (2, "the") if f.word_is(open + 1, Words::CompanyNoun) => {
            f.the_company(open, f.referent(open).or(f.topic)).into_iter().collect()
        }
        (2, "both") if is_company_plural(f, open + 1) => orgs_before(f, open, 2),
        (3, "the") if is_company_plural(f, open + 2) => match f.doc.lower(open + 1) {
            "two" => orgs_before(f, open, 2),
            "three" => orgs_before(f, open, 3),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let mut any = false;
    for o in objects {
        if f.class(o) != Org {
            continue;
        }
        for r in right {
            let s = f.entity(r.head);
            any |= f.emit(s, p, o, None, Why::new(at, "cue-passive-reference", 0.55));
        }
    }
    any
}

/// "the fund had invested $1 billion into the company", "Carver is one of
/// the shareholders in the Nigerian lender", "Brindle agreed to buy the
/// firm": "the", at most two describing words and a company noun right after
/// an active cue ending at `end` (past an amount) stand for a company named
/// before, not for the cue's named subject (an organisation: "she backed the
/// company" is left to the rules that know whose board she sits on).
fn described_object(f: &mut Facts, p: Predicate, left: &[Left], at: usize, end: usize, sentence_end: usize) -> bool {
    let deal =
        matches!(p, Predicate::InvestedIn | Predicate::Acquired | Predicate::PartnersWith | Predicate::CompetesWith);
    // "X forged a partnership with Y and also owns shares in the company": the
    // name nearest the cue is no subject when another verb's clause stands between.
    let Some(first) = left.first().filter(|l| {
        let end = f.live[l.member.head].0.end;
        deal && f.class(f.entity(l.member.head)) == Org && !(end..at).any(|j| matches!(f.doc.lower(j), "and" | "but"))
    }) else {
        return false;
    };
    let Some(noun) = described_company_after(f, end, sentence_end) else { return false };
    let subjects: Vec<usize> = std::iter::once(first)
        .chain(left[1..].iter().take_while(|l| l.listed))
        .map(|l| f.entity(l.member.head))
        .filter(|&e| f.class(e) == Org)
        .collect();
    let Some(o) = company_named_before(f, noun, &subjects) else { return false };
    let mut any = false;
    for &s in &subjects {
        any |= f.emit(s, p, o, None, Why::new(at, "cue-described-object", 0.5));
    }
    any
}

/// The company noun of "the company", "the Nigerian lender" opening at most
/// six tokens after `from`, past only an amount and a preposition ("$1
/// billion into the company"); none when the noun is described further ("the
/// holding company for X", "the company's shares") or is not a company's own.
fn described_company_after(f: &Facts, from: usize, sentence_end: usize) -> Option<usize> {
    let amount = |j: usize| {
        f.doc.has_digit(j)
            || f.word_is(j, Words::QuantityWord)
            || f.word_is(j, Words::Currency)
            || ['$', '€', '£', '.'].iter().any(|&c| f.doc.is_punct(j, c))
            || matches!(f.doc.lower(j), "in" | "into" | "with" | "about" | "around" | "nearly" | "some")
    };
    let the = (from..(from + 7).min(sentence_end)).find(|&j| f.doc.lower(j) == "the")?;
    if (from..the).any(|j| !amount(j) || f.starting(j).is_some()) {
        return None;
    }
    let noun = (the + 1..(the + 4).min(sentence_end))
        .take_while(|&j| f.doc.tokens[j].kind == TokenKind::Word && f.starting(j).is_none_or(|k| f.is_demonym(k)))
        .find(|&j| f.word_is(j, Words::CompanyNoun))?;
    let describing_ok = (the + 1..noun).all(|j| !f.doc.word_is(j, Words::OtherCompanyWord));
    let next = noun + 1;
    let described_further = next < sentence_end
        && (f.doc.is_possessive(next)
            || f.doc.is_punct(next, '-')
            || f.starting(next).is_some()
            || matches!(f.doc.lower(next), "of" | "that" | "which" | "whose")
            || f.doc.lower(next) == "for" && f.starting(next + 1).is_some());
    (describing_ok && !described_further).then_some(noun)
}

/// The organisation named before the company noun at token `noun` that it
/// stands for, none of `subjects`: the last one called by that noun in the
/// three sentences before ("the lender"), else, for a generic noun ("the
/// company"), the last one named in the sentence before, else the article's
/// topic.
fn company_named_before(f: &Facts, noun: usize, subjects: &[usize]) -> Option<usize> {
    let w = f.doc.lower(noun);
    let s = *f.doc.sentence_of.get(noun)?;
    let fits = |e: &usize| f.class(*e) == Org && !subjects.contains(e);
    let called = f.last_called(noun, w, |e| !subjects.contains(&e));
    let generic = f.word_is(noun, Words::GenericCompanyNoun);
    let last = || {
        let prev = f.doc.sentences.get(s.checked_sub(1)?)?;
        f.within(prev.start, prev.end).iter().rev().map(|(_, e)| *e).find(fits)
    };
    called.or_else(|| if generic { last() } else { None }).or_else(|| f.topic.filter(fits))
}

/// The organisations the sentence before the one holding token `at` names
/// (not as possessors, not after "by"), when there are exactly `n`.
fn orgs_before(f: &Facts, at: usize, n: usize) -> Vec<usize> {
    let Some(s) = f.doc.sentence_of.get(at).and_then(|s| s.checked_sub(1)) else { return Vec::new() };
    let prev = f.doc.sentences[s].clone();
    let mut group: Vec<usize> = Vec::new();
    for (r, e) in f.within(prev.start, prev.end) {
        let agent = r.start > prev.start && f.doc.lower(r.start - 1) == "by";
        if f.class(*e) == Org && !agent && !f.doc.is_possessive(r.end) && !group.contains(e) {
            group.push(*e);
        }
    }
    if group.len() == n {
        group
    } else {
        Vec::new()
    }
}

/// "its 45 per cent stake in X", "its Asian rivals such as X", "its $2bn
/// purchase of X": "its" a few describing words before the cue at `at`
/// makes what it stands for the subject.
fn its_before(f: &Facts, at: usize, sentence_start: usize) -> bool {
    let from = at.saturating_sub(6).max(sentence_start);
    let Some(its) = (from..at).rev().find(|&j| f.doc.lower(j) == "its") else { return false };
    f.within(its, at).is_empty()
        && (its + 1..at).all(|j| {
            !matches!(f.doc.lower(j), "and" | "or" | "of" | "to" | "in" | "with" | "for" | "by" | "that" | "which")
                && !f.doc.is_punct(j, ',')
        })
}

/// "a Vorta-style bot, named Quill", "a Vorta – like app called Quill": when
/// mention `k` is joined by a dash to "style" or "like", or followed by a rival
/// noun ("a Vorta challenger"), it names a kind, not the thing made; the
/// product is the name after the describing words (and a naming word), if
/// any: `Some(None)` when none follows.
fn styled_after(f: &Facts, k: usize) -> Option<Option<usize>> {
    let end = f.live[k].0.end;
    // "unveils a Vorta challenger": a name before a rival noun names what the thing made rivals.
    let rival = f.word_is(end, Words::RivalNoun);
    if !rival && !styled(f, k) {
        return None;
    }
    let stop = f.sentence_end(end).min(end + 7);
    let mut j = if rival { end + 1 } else { end + 2 };
    while j < stop && f.starting(j).is_none() {
        let word = f.doc.is_lower_word(j);
        if !(word || f.doc.is_punct(j, ',')) {
            return Some(None);
        }
        j += 1;
    }
    let made = |k: usize| matches!(f.class(f.entity(k)), EntityClass::AIModel | EntityClass::Product);
    Some(f.starting(j).filter(|&m| j < stop && made(m)))
}

/// "Acme opened a plant. The maker of the Vorta sedan tends to be cautious…":
/// a sentence opening with "the maker of" (a developed cue at `at` starting
/// with "the") describes the organisation the sentence before opens with.
fn maker_opening(f: &mut Facts, right: &[Member], at: usize, sentence_start: usize) -> bool {
    if f.opening(sentence_start) != at || f.doc.lower(at) != "the" {
        return false;
    }
    let Some(subject) = f.previous_subject(sentence_start) else { return false };
    let mut any = false;
    for r in right {
        let o = f.entity(r.head);
        any |= f.emit(subject, Predicate::Developed, o, None, Why::new(at, "cue-maker-opening", 0.5));
    }
    any
}

/// "Acme said on Tuesday it will open a lab in partnership with…", "Acme
/// said that it would work with…": the "it" a few words before the cue at
/// `at` (with no name or comma between) follows a speech verb, past "that"
/// and a short time phrase; the token of "it".
fn said_it(f: &Facts, at: usize, sentence_start: usize) -> Option<usize> {
    // "…said it will spend $2bn on its plant in Lyon in partnership with X": an
    // adverbial cue ends the clause "it" opens, past amounts and places.
    let adverbial = f.doc.lower(at) == "in";
    let from = at.saturating_sub(if adverbial { 20 } else { 7 }).max(sentence_start + 1);
    let it = (from..at).rev().find(|&j| f.doc.lower(j) == "it")?;
    let gap_ok = if adverbial {
        f.within(it, at).iter().all(|(_, e)| f.class(*e) == Place)
            && (it..at).all(|j| !f.doc.is_punct(j, ',') && !f.doc.is_punct(j, ';') && !is_quote(f.doc, j))
    } else {
        f.within(it, at).is_empty() && (it..at).all(|j| f.doc.tokens[j].kind != TokenKind::Punct)
    };
    if !gap_ok {
        return None;
    }
    let mut v = it - 1;
    if f.doc.lower(v) == "that" {
        v = v.checked_sub(1)?;
    }
    // "said on Tuesday it", "said today it", "said last week it".
    let time = |k: usize| WEEKDAYS.contains(&f.doc.lower(k)) || matches!(f.doc.lower(k), "today" | "week" | "month");
    if time(v) {
        let before = v.checked_sub(1)?;
        v = if matches!(f.doc.lower(before), "on" | "last" | "this") { before.checked_sub(1)? } else { before };
    }
    (v >= sentence_start && f.doc.lookup(&f.res.speech_verbs, v).is_some_and(|(len, _)| v + len <= it)).then_some(it)
}

/// "…, it now faces a strong rival in Zentrix": "it" opens the clause that
/// holds the cue at `at`, a few words before it, with no name between.
fn clause_subject_it(f: &Facts, at: usize, sentence_start: usize) -> bool {
    let from = at.saturating_sub(7).max(sentence_start);
    let Some(it) = (from..at).rev().find(|&j| f.doc.lower(j) == "it") else { return false };
    opens_clause_at(f, it, sentence_start) && f.within(it, at).is_empty() && (it..at).all(|j| !f.doc.is_punct(j, ','))
}

/// The word at token `j` opens a clause: the sentence's first, or after a
/// comma or a conjunction.
fn opens_clause_at(f: &Facts, j: usize, sentence_start: usize) -> bool {
    j == sentence_start
        || f.doc.is_punct(j - 1, ',')
        || matches!(f.doc.lower(j - 1), "and" | "but" | "so" | "then" | "that" | "when")
}

/// "Earlier this week, the Brazilian firm announced an agreement with X":
/// "the", describing words (a demonym among them) and a company noun open
/// the clause that holds the cue at `at`, a few words before it, with no
/// name or comma between.
fn clause_subject_company(f: &Facts, at: usize, sentence_start: usize) -> bool {
    let from = at.saturating_sub(7).max(sentence_start);
    let Some(noun) = (from..at).rev().find(|&j| f.word_is(j, Words::CompanyNoun)) else { return false };
    let describing = |j: usize| {
        f.doc.tokens[j].kind == TokenKind::Word
            && f.starting(j).is_none_or(|k| f.class(f.entity(k)) == Place)
            && (!f.doc.is_capitalized(j) || f.starting(j).is_some())
    };
    let Some(the) = (noun.saturating_sub(3).max(sentence_start)..noun).rev().find(|&j| f.doc.lower(j) == "the") else {
        return false;
    };
    (the + 1..noun).all(describing)
        && opens_clause_at(f, the, sentence_start)
        && f.within(noun, at).is_empty()
        && (noun..at).all(|j| !f.doc.is_punct(j, ','))
}

/// "Quillo, the app that Zentrix now owns", "Brindle Systems, the unit
/// Acme bought in 2019", "Vorta 3, which Acme released": the cue's subject
/// stands right before it, and its object is the name the relative clause
/// describes.
pub(super) fn relative_object(f: &mut Facts, p: Predicate, left: &[Left], at: usize) -> bool {
    let Some(l) = left.first().filter(|l| at - f.live[l.member.head].0.end <= 2) else { return false };
    let mut j = f.live[l.member.head].0.start;
    let relative = RELATIVES.contains(&f.doc.lower(j.wrapping_sub(1)));
    if relative {
        j -= 1;
    }
    let mut words = 0;
    while j > 0 && words < 6 && (f.doc.tokens[j - 1].kind != TokenKind::Punct || f.doc.is_punct(j - 1, '-')) {
        // "Zentrix, and Acme, the parent of…": a list, no relative clause; "a stake in
        // Zentrix, while Acme owns 15%": a clause of its own.
        let word = f.doc.lower(j - 1);
        if f.doc.is_capitalized(j - 1)
            || f.starting(j - 1).is_some()
            || matches!(word, "and" | "or" | "but" | "whereas")
            || SUBORDINATORS.contains(&word)
        {
            return false;
        }
        j -= 1;
        words += 1;
    }
    if (words == 0 && !relative) || !f.doc.is_punct(j.wrapping_sub(1), ',') {
        return false;
    }
    let Some(m) = f.ending(j - 1) else { return false };
    let (s, o) = (f.entity(l.member.head), f.entity(m));
    f.emit(s, p, o, None, Why::new(at, "cue-relative-object", 0.6))
}

/// "Page Two Capital led a Series A" / "a round led by X and Y" / "Nvidia and
/// Intel joined the round": the side the sentence leaves out is the
/// organisation that raised the money (see `Facts::funded`).
pub(super) fn topic_fills(f: &mut Facts, p: Predicate, frame: Frame, left: &[Left], right: &[Member], at: usize) {
    let named = if frame == Frame::Active { round_named_after(f, at) } else { None };
    let Some(topic) = named.and_then(|m| f.org_entity(m.head)).or_else(|| f.funded(at)) else { return };
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
        // Never with a topic (see `between_listed`).
        Frame::Between => {}
    }
    for m in as_were(f, at) {
        let s = f.entity(m.head);
        f.emit(s, p, topic, None, Why::new(at, "cue-topic-as-were", 0.5));
    }
}

/// "X led a $1bn funding round in Zentrix", "X led the Series B for
/// Zentrix", "X led a $5.9 million series A round in Lyon-based Zentrix",
/// "series A funding of $5 million in Zentrix": the company a round right
/// after the cue at `at` is named as raising (after "in", "for" or "into",
/// describing words allowed before the name), within the clause.
fn round_named_after(f: &Facts, at: usize) -> Option<Member> {
    let end = f.sentence_end(at).min(at + 16);
    let clause = (at + 1..end).take_while(|&j| !f.doc.is_punct(j, ',') && !f.doc.is_punct(j, ';'));
    let round = clause.clone().find(|&j| f.word_is(j, Words::RoundNoun))?;
    let prep = clause.skip_while(|&j| j <= round).find(|&j| matches!(f.doc.lower(j), "in" | "for" | "into"))?;
    if !round_words_between(f, round, prep) {
        return None;
    }
    let m = members_after(f, prep + 1, f.sentence_end(at)).into_iter().next()?;
    let company = f.live[m.head].0.start <= prep + 4 && f.org_entity(m.head).is_some();
    company.then_some(Member { head: m.head, owner: None })
}

/// "round in", "round of $5 million in", "Series B round in": between the
/// first round noun at `round` and the preposition at `prep`, only more
/// words of the round and its amount.
fn round_words_between(f: &Facts, round: usize, prep: usize) -> bool {
    (round + 1..prep).all(|j| {
        f.word_is(j, Words::RoundNoun)
            || f.doc.has_digit(j)
            || f.word_is(j, Words::QuantityWord)
            || matches!(f.doc.lower(j), "of" | "$" | "." | "a" | "b" | "c" | "d" | "e")
    })
}

/// "A and B were also involved, as were C, D and E" / "A led the round, as
/// did B": the names after "as were" / "as did" later in the sentence share
/// the subject's part.
fn as_were(f: &Facts, at: usize) -> Vec<Member> {
    let end = f.sentence_end(at);
    let Some(as_) = (at + 1..end).find(|&j| {
        f.doc.lower(j) == "as"
            && f.doc.is_punct(j - 1, ',')
            && matches!(f.doc.lower(j + 1), "were" | "was" | "did" | "have" | "has" | "had" | "do" | "does")
    }) else {
        return Vec::new();
    };
    members_after(f, as_ + 2, end)
}

/// Emits one fact between two members, trying heads before possessors.
pub(super) fn emit_pair(f: &mut Facts, p: Predicate, frame: Frame, l: Member, r: Member, why: Why) -> bool {
    let Why { at, rule, confidence: conf } = why;
    let ends = |m: Member| [Some(m.head), m.owner].into_iter().flatten();
    // "vying with Dacia's chief executive X": a rival or partner who is a person
    // is no tie with the company whose officer the person is.
    let person_named =
        || f.class(f.entity(r.head)) == Person && r.owner.is_some() || officer_after_possessive(f, r.head);
    if matches!(p, Predicate::CompetesWith | Predicate::PartnersWith) && person_named() {
        return false;
    }
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

/// "Orvane's chief executive Tomas Verhal", "Brindle's Lena Dupree": the
/// mention `k` is a possessive whose noun is a person named within a few
/// lower-case words (a title) after it.
fn officer_after_possessive(f: &Facts, k: usize) -> bool {
    let end = f.live[k].0.end;
    if !f.doc.is_possessive(end) {
        return false;
    }
    let Some(m) = (end + 1..end + 6).find_map(|j| f.starting(j)) else { return false };
    let start = f.live[m].0.start;
    f.class(f.entity(m)) == Person && (end + 1..start).all(|j| f.doc.is_lower_word(j) || f.doc.is_plain_acronym(j))
}

/// "The Acme-backed firm…", "the Acme-owned startup": a backing or owning
/// participle joined to a name, before "the"-led company noun with no name,
/// speaks of the company the article is about.
pub(super) fn backed_the_firm(f: &mut Facts, s: usize) {
    // Only a sentence with "backed", "funded" or "owned" and a company noun is read.
    if !(f.held(s).says(Said::Backed) && f.held(s).may_begin(&f.res.org_nouns)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for i in range.start + 2..range.end {
        let p = match f.doc.lower(i) {
            "backed" | "funded" => Predicate::InvestedIn,
            "owned" => Predicate::Owns,
            _ => continue,
        };
        if !is_hyphen_adjective(f.doc, i) {
            continue;
        }
        let Some(k) = f.ending(i - 1) else { continue };
        if f.doc.lower(f.live[k].0.start.wrapping_sub(1)) != "the" || f.starting(i + 1).is_some() {
            continue;
        }
        let noun = (i + 1..(i + 3).min(range.end))
            .take_while(|&j| f.doc.is_lower_word(j))
            .any(|j| f.doc.lookup(&f.res.org_nouns, j).is_some_and(|(len, _)| f.starting(j + len).is_none()));
        let (Some(topic), true) = (f.topic, noun) else { continue };
        let owner = f.entity(k);
        if f.class(owner) == Org {
            f.emit(owner, p, topic, None, Why::new(i, "backed-the-firm", 0.5));
        }
    }
}

/// "Toyota unveiled a $1 billion investment in Zentrix", "Acme made a $50m
/// investment into Brindle": a verb of announcing or making, an amount, then
/// "investment in" and a name: the name before the verb invested in it.
pub(super) fn announced_investment_in(f: &mut Facts, s: usize) {
    // Only a sentence with "investment" is read.
    if !(f.held(s).says(Said::Investment)) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for n in range.start + 2..range.end {
        if f.doc.lower(n) != "investment" || !matches!(f.doc.lower(n + 1), "in" | "into") {
            continue;
        }
        let Some(verb) = (n.saturating_sub(8).max(range.start)..n).rev().find(|&j| {
            matches!(
                f.doc.lower(j),
                "unveiled"
                    | "announced"
                    | "made"
                    | "completed"
                    | "pledged"
                    | "committed"
                    | "confirmed"
                    | "finalised"
                    | "finalized"
                    | "disclosed"
            )
        }) else {
            continue;
        };
        let amount = (verb + 1..n).any(|j| f.doc.has_digit(j))
            && f.within(verb + 1, n).is_empty()
            && (verb + 1..n).all(|j| !f.doc.is_punct(j, ',') && !f.doc.is_punct(j, ';'));
        // "…investment in Zentrix by Brindle" or "from Brindle": the investor is named after, not before.
        let Some(object) = f.starting(n + 2) else { continue };
        let by_after = matches!(f.doc.lower(f.live[object].0.end), "by" | "from");
        if !amount || by_after {
            continue;
        }
        let Some(subject) = f.ending(verb).or_else(|| {
            let mut b = verb;
            while b > range.start && AUXILIARIES.contains(&f.doc.lower(b - 1)) {
                b -= 1;
            }
            f.ending(b)
        }) else {
            continue;
        };
        let (a, b) = (f.entity(subject), f.entity(object));
        if f.class(a) == Org && f.class(b) == Org {
            f.emit(a, Predicate::InvestedIn, b, None, Why::new(n, "announced-investment-in", 0.65));
        }
    }
}

/// "…to the Franco-Italian carmaker, owner of brands including X and Y": an
/// owning cue after an unnamed company ("the … carmaker,") speaks of the
/// article's company, when the sentence does not name it (then it is another).
fn described_owner(f: &mut Facts, right: &[Member], i: usize, sentence: std::ops::Range<usize>) -> bool {
    let Some(topic) = f.topic else { return false };
    if f.within(sentence.start, sentence.end).iter().any(|(_, e)| *e == topic) {
        return false;
    }
    let mut any = false;
    for m in right.iter().filter(|m| m.owner.is_none()) {
        let o = f.entity(m.head);
        any |= f.emit(topic, Predicate::Owns, o, None, Why::new(i, "cue-described-owner", 0.5));
    }
    any
}

/// "the Franco-Italian carmaker, <cue>": the cue at `i` follows a comma that
/// closes "the", describing words (places among them) and a company noun.
fn unnamed_appositive(f: &Facts, i: usize, sentence_start: usize) -> bool {
    if i < sentence_start + 3 || !f.doc.is_punct(i - 1, ',') || f.doc.lookup(&f.res.org_nouns, i - 2).is_none() {
        return false;
    }
    let the = (i.saturating_sub(7).max(sentence_start)..i - 2).rev().find(|&j| f.doc.lower(j) == "the");
    let Some(the) = the else { return false };
    (the + 1..i - 2).all(|j| {
        f.doc.is_punct(j, '-')
            || f.doc.tokens[j].kind == TokenKind::Word && f.starting(j).is_none_or(|k| f.class(f.entity(k)) == Place)
    })
}

/// "Zentrix, owner of", "Zentrix, the parent firm of": the cue at `i` opens
/// an apposition (a comma, maybe an article, before it).
fn in_apposition(doc: &Doc, i: usize) -> bool {
    let article = matches!(doc.lower(i.wrapping_sub(1)), "the" | "a" | "an");
    doc.is_punct(i.wrapping_sub(1 + usize::from(article)), ',')
}

/// "owners of Zentrix", "parent company of Zentrix": mention `k` follows an owning cue.
fn after_owner_of(f: &Facts, k: usize) -> bool {
    let start = f.live[k].0.start;
    (start.saturating_sub(4)..start).any(|c| {
        f.doc
            .lookup_all(&f.res.cues, c)
            .iter()
            .any(|(len, cue)| c + len == start && cue.predicate == Predicate::Owns && cue.frame == Frame::Active)
    })
}

/// "Zentrix, owners of Brindle", "Zentrix, the parent firm of Brindle":
/// mention `k` is followed by a comma and an owning cue of its own.
fn before_owner_cue(f: &Facts, k: usize) -> bool {
    let end = f.live[k].0.end;
    let cue = end + 1 + usize::from(matches!(f.doc.lower(end + 1), "the" | "a" | "an"));
    f.doc.is_punct(end, ',') && f.doc.lookup_all(&f.res.cues, cue).iter().any(|(_, c)| c.predicate == Predicate::Owns)
}

/// "a unit of", "an affiliate of", "a wholly owned subsidiary of": the cue
/// opening at token `opening` speaks of a single part ("a", "an" open it or
/// stand right before it), which only the nearest name of a list can be.
fn singular_part(doc: &Doc, opening: usize) -> bool {
    let article = |j: usize| matches!(doc.lower(j), "a" | "an");
    article(opening) || opening.checked_sub(1).is_some_and(article)
}
