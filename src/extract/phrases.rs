//! Phrase tables: token sequences looked up by their first token, longest
//! match first. One table per kind of phrase (entity names, titles, cues...).

use std::collections::HashMap;

use crate::text::{tokenize, Token};

/// How a table compares token text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Exactly as written (proper names).
    Sensitive,
    /// Lower-cased on both sides (common words, cue phrases).
    Folded,
}

/// A phrase table mapping token sequences to values.
#[derive(Clone, Debug)]
pub struct PhraseTable<V> {
    case: Case,
    /// First token → (all tokens, value), longest first.
    by_first: HashMap<String, Vec<(Vec<String>, V)>>,
}

impl<V> PhraseTable<V> {
    pub fn new(case: Case) -> PhraseTable<V> {
        PhraseTable { case, by_first: HashMap::new() }
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
    pub fn longest<'a>(&'a self, words: &[String], at: usize) -> Option<(usize, &'a V)> {
        let rest = words.get(at..)?;
        let list = self.by_first.get(rest.first()?)?;
        list.iter().find(|(phrase, _)| fits(phrase, rest)).map(|(phrase, v)| (phrase.len(), v))
    }

    /// Every phrase of the greatest length starting at token `at`.
    pub fn all_longest<'a>(&'a self, words: &[String], at: usize) -> Vec<(usize, &'a V)> {
        let Some((best, _)) = self.longest(words, at) else { return Vec::new() };
        let rest = &words[at..];
        let list = self.by_first.get(&rest[0]).map(Vec::as_slice).unwrap_or(&[]);
        list.iter().filter(|(p, _)| p.len() == best && fits(p, rest)).map(|(p, v)| (p.len(), v)).collect()
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

/// The phrase's words begin `rest`.
fn fits(phrase: &[String], rest: &[String]) -> bool {
    phrase.len() <= rest.len() && phrase.iter().zip(rest).all(|(a, b)| a == b)
}

/// The words of `tokens`, as written and lower-cased, for table look-ups.
pub fn keyed_words(text: &str, tokens: &[Token]) -> (Vec<String>, Vec<String>) {
    let exact: Vec<String> = tokens.iter().map(|t| t.text(text).to_string()).collect();
    let folded = exact.iter().map(|w| w.to_lowercase()).collect();
    (exact, folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_match_wins() {
        let mut t = PhraseTable::new(Case::Folded);
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
