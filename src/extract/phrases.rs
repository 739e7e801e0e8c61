//! Phrase tables: token sequences looked up by their first token, longest
//! match first. One table per kind of phrase (entity names, titles, cues...).

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use crate::text::{tokenize, Token};

/// How a table compares token text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Exactly as written (proper names).
    Sensitive,
    /// Lower-cased on both sides (common words, cue phrases).
    Folded,
}

/// Phrases (all their tokens) with their values, longest first.
type Phrases<V> = [(Vec<String>, V)];

/// A phrase table mapping token sequences to values.
#[derive(Clone, Debug)]
pub struct PhraseTable<V> {
    case: Case,
    /// The table's bit in the per-word index of [`Resources`](super::Resources)
    /// that says which tables a word begins a phrase of.
    slot: u8,
    /// First token → (all tokens, value), longest first.
    by_first: FxHashMap<String, Vec<(Vec<String>, V)>>,
}

impl<V> PhraseTable<V> {
    /// A table whose first words the resources index under bit `slot`, so
    /// that a document can tell, from the index it read once per token, that
    /// no phrase of the table starts at a token without hashing the word again.
    pub fn indexed(case: Case, slot: u8) -> PhraseTable<V> {
        PhraseTable { case, slot, by_first: FxHashMap::default() }
    }

    /// The table's bit in the resources' word index.
    pub fn slot(&self) -> u8 {
        self.slot
    }

    /// The first words of the table's phrases, keyed the table's way.
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.by_first.keys().map(String::as_str)
    }

    /// Adds a phrase (tokenised like article text). Empty phrases are ignored.
    pub fn insert(&mut self, phrase: &str, value: V) {
        let words: Vec<String> = tokenize(phrase).iter().map(|t| self.key(t.text(phrase))).collect();
        let Some(first) = words.first().cloned() else { return };
        let list = self.by_first.entry(first).or_default();
        let at = list.iter().position(|(w, _)| w.len() < words.len()).unwrap_or(list.len());
        list.insert(at, (words, value));
    }

    /// The longest phrase starting at token `at`: its token count and value.
    /// `words` are the article's tokens as this table keys them.
    pub fn longest<'a, W: AsRef<str>>(&'a self, words: &[W], at: usize) -> Option<(usize, &'a V)> {
        let (list, rest) = self.starting(words, at)?;
        list.iter().find(|(phrase, _)| fits(phrase, rest)).map(|(phrase, v)| (phrase.len(), v))
    }

    /// Every phrase of the greatest length starting at token `at`.
    pub fn all_longest<'a, W: AsRef<str>>(&'a self, words: &[W], at: usize) -> Vec<(usize, &'a V)> {
        // One pass over the phrases of the first word (longest first): from the
        // first that fits, those of its length that fit.
        let Some((list, rest)) = self.starting(words, at) else { return Vec::new() };
        let Some(first) = list.iter().position(|(p, _)| fits(p, rest)) else { return Vec::new() };
        let best = list[first].0.len();
        list[first..]
            .iter()
            .take_while(|(p, _)| p.len() == best)
            .filter(|(p, _)| fits(p, rest))
            .map(|(p, v)| (p.len(), v))
            .collect()
    }

    /// The phrases whose first word is token `at`'s, and the words from `at` on.
    fn starting<'a, 'w, W: AsRef<str>>(&'a self, words: &'w [W], at: usize) -> Option<(&'a Phrases<V>, &'w [W])> {
        let rest = words.get(at..)?;
        Some((self.by_first.get(rest.first()?.as_ref())?, rest))
    }

    /// Which of the two keyings this table uses.
    pub fn case(&self) -> Case {
        self.case
    }

    fn key(&self, word: &str) -> String {
        match self.case {
            Case::Sensitive => word.to_string(),
            Case::Folded => word.to_lowercase(),
        }
    }
}

/// The phrase's words begin `rest`, whose first word is the phrase's (the
/// table's look-up by first word found the phrase), so it is not compared again.
fn fits<W: AsRef<str>>(phrase: &[String], rest: &[W]) -> bool {
    phrase.len() <= rest.len() && phrase.iter().zip(rest).skip(1).all(|(a, b)| a == b.as_ref())
}

/// The words of `tokens`, as written and lower-cased, for table look-ups,
/// and for each whether it has upper-case letters (its two forms differ).
/// `lowered` is the text with its ASCII letters lower-cased (the same length
/// and character boundaries). The lower-cased form of a word borrows the
/// text, or `lowered` for an ASCII word with capitals: only a word with a
/// capital past ASCII is copied (a copy per capitalized word was the largest
/// cost of reading an article).
pub fn keyed_words<'t>(
    text: &'t str,
    lowered: &'t str,
    tokens: &[Token],
) -> (Vec<&'t str>, Vec<Cow<'t, str>>, Vec<bool>) {
    let mut exact = Vec::with_capacity(tokens.len());
    let mut folded = Vec::with_capacity(tokens.len());
    let mut upper = Vec::with_capacity(tokens.len());
    // One pass for the three.
    for t in tokens {
        let w = t.text(text);
        // Most words are ASCII: testing and folding them needs no decoding.
        let (lower, capitals) = if w.is_ascii() {
            if w.bytes().any(|b| b.is_ascii_uppercase()) {
                let lower = t.text(lowered);
                match lower.len() == w.len() {
                    true => (Cow::Borrowed(lower), true),
                    false => (Cow::Owned(w.to_ascii_lowercase()), true),
                }
            } else {
                (Cow::Borrowed(w), false)
            }
        } else if w.chars().any(char::is_uppercase) {
            (Cow::Owned(w.to_lowercase()), true)
        } else {
            (Cow::Borrowed(w), false)
        };
        exact.push(w);
        folded.push(lower);
        upper.push(capitals);
    }
    (exact, folded, upper)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_match_wins() {
        let mut t = PhraseTable::indexed(Case::Folded, 0);
        t.insert("vice president", 1);
        t.insert("senior vice president", 2);
        t.insert("president", 3);
        let words: Vec<String> = ["senior", "vice", "president", "of"].map(String::from).to_vec();
        assert_eq!(t.longest(&words, 0), Some((3, &2)));
        assert_eq!(t.longest(&words, 2), Some((1, &3)));
        assert_eq!(t.longest(&words, 3), None);
        assert_eq!(t.longest(&words, 9), None);
    }
}
