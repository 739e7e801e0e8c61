//! Deals whose words no cue phrase holds together: a passive purchase or
//! backing with a time phrase before its agent ("Zentrix was acquired in
//! October 2006 by Brindle", "the bank was bought last year by Orvane",
//! "Zentrix, backed in 2019 by Kestrel").

use super::clause::{members_after, members_before, past_time_phrase};
use super::cues::{apply_cue, referred_object};
use super::held::Said;
use super::Facts;
use crate::extract::model::Predicate;
use crate::extract::resources::Frame;

/// "Zentrix was acquired in October 2006 by Brindle", "The bank was further
/// bought last year by Orvane": a participle of buying or backing, a short
/// time phrase, then "by" and the buyer or backer; the bought or backed
/// company is the name before the participle, or what "it" or "the bank"
/// opening the sentence stands for.
pub(super) fn passive_past_time(f: &mut Facts, s: usize) {
    // Only a sentence with a participle of buying or backing is read.
    if !f.held(s).says(Said::DealParticiple) {
        return;
    }
    let range = f.doc.sentences[s].clone();
    for j in range.start + 1..range.end {
        let p = match f.doc.lower(j) {
            "acquired" | "bought" | "purchased" => Predicate::Acquired,
            "backed" | "funded" | "financed" => Predicate::InvestedIn,
            _ => continue,
        };
        let by = past_time_phrase(f.doc, j + 1);
        if by == j + 1 || f.doc.lower(by) != "by" {
            continue;
        }
        let right = members_after(f, by + 1, range.end);
        if right.is_empty() {
            continue;
        }
        let left = members_before(f, j, range.start);
        if !apply_cue(f, p, Frame::Passive, &left, &right, j) && left.is_empty() {
            referred_object(f, p, &right, j, range.start);
        }
    }
}
