//! Sentence boundaries over tokens.
//!
//! A sentence ends at `.`, `!` or `?` (closing quotes and brackets go with it)
//! when a capital, a digit or an opening mark follows, unless the period closes
//! a title ("Dr."), an initial ("V."), or a month or number abbreviation. After
//! a company suffix or a dotted acronym ("Inc.", "U.S.") it ends only when the
//! next word is one that typically opens a sentence. Line structure counts too:
//! the first line (the headline) is its own sentence, a blank line always ends
//! one, and a single line break does unless the next line starts in lower case
//! (a line wrapped mid-sentence), or the text is hard-wrapped (wire copy cut
//! into lines of a fixed width) and the long line before it ends in a word.

use std::ops::Range;

use super::token::{Token, TokenKind};

/// Words after whose period no sentence ends.
const NEVER_FINAL: &[&str] = &[
    "Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Sr", "Jr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Rev",
    "vs", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Calif", "Mass",
    "Wash", "approx", "e", "i", "etc", "Fig",
];

/// Words that typically open a sentence.
const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "In",
    "On",
    "At",
    "For",
    "As",
    "After",
    "Before",
    "When",
    "While",
    "Since",
    "If",
    "There",
    "Now",
    "Yet",
    "So",
    "Still",
    "Meanwhile",
    "However",
    "His",
    "Her",
    "Their",
    "Our",
    "Some",
    "Many",
    "Most",
];

/// The most tokens a sentence may hold. Real sentences stay far below (a long
/// one in news has about 80); text without sentence punctuation is cut into
/// pieces this long, so that the rules, which look around each word within
/// its sentence, take time linear in the text.
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// The sentences of the text, as token index ranges, in order. Empty
/// sentences are never returned, nor any longer than [`MAX_SENTENCE_TOKENS`].
/// After the period of a company form (`is_form("Inc")`, the lexicon's legal
/// forms) a sentence ends only before a typical opener ("Acme Inc. grew").
pub fn sentences(text: &str, tokens: &[Token], is_form: &dyn Fn(&str) -> bool) -> Vec<Range<usize>> {
    sentences_wrapped(text, tokens, is_hard_wrapped(text, tokens), is_form)
}

/// [`sentences`] of a text already known to be hard-wrapped or not
/// ([`is_hard_wrapped`]), for a caller that keeps the answer.
pub fn sentences_wrapped(
    text: &str,
    tokens: &[Token],
    wrapped: bool,
    is_form: &dyn Fn(&str) -> bool,
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_headline = true;
    for i in 1..tokens.len() {
        let line_break = !(wrapped && continues_wrapped_line(text, tokens, i));
        let breaks =
            breaks_before(text, tokens, i, in_headline, line_break, is_form) || i - start == MAX_SENTENCE_TOKENS;
        if tokens[i].newlines_before > 0 {
            in_headline = false;
        }
        if breaks {
            out.push(start..i);
            start = i;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// Wrapped lines, at least this many, make a text hard-wrapped.
const WRAPPED_LINES: usize = 3;

/// A line shorter than this (in bytes) ends where its writer ended it (a list
/// item, a dateline), not where a fixed width cut it.
const WRAPPED_LINE_MIN: usize = 40;

/// Wire copy cut into lines of a fixed width: several lines end in a word
/// and the next starts in lower case, mid-sentence.
pub fn is_hard_wrapped(text: &str, tokens: &[Token]) -> bool {
    let wrapped = (1..tokens.len()).filter(|&i| {
        tokens[i].newlines_before == 1
            && tokens[i].first_char(text).is_lowercase()
            && tokens[i - 1].kind == TokenKind::Word
    });
    wrapped.take(WRAPPED_LINES).count() == WRAPPED_LINES
}

/// "…when Bank of Nova\nScotia, …": in hard-wrapped text, a single line
/// break after a long line that ends in a word (or a comma) goes on with
/// the sentence, whatever case the next line starts in.
fn continues_wrapped_line(text: &str, tokens: &[Token], i: usize) -> bool {
    let prev = &tokens[i - 1];
    let ends_in_word = prev.kind == TokenKind::Word || prev.is_punct(text, ',');
    let line_start = text[..prev.span.end].rfind('\n').map_or(0, |n| n + 1);
    tokens[i].newlines_before == 1 && ends_in_word && prev.span.end - line_start >= WRAPPED_LINE_MIN
}

/// A sentence ends before token `i`; `line_break` says whether a single line
/// break before it may end one.
fn breaks_before(
    text: &str,
    tokens: &[Token],
    i: usize,
    in_headline: bool,
    line_break: bool,
    is_form: &dyn Fn(&str) -> bool,
) -> bool {
    let tok = &tokens[i];
    match tok.newlines_before {
        0 => {}
        1 => {
            if in_headline || (line_break && !tok.starts_lower(text)) {
                return true;
            }
        }
        _ => return true,
    }
    // A token joined to the one before it (most punctuation) ends nothing:
    // its case goes unread.
    if !tok.space_before || tok.starts_lower(text) {
        return false;
    }
    let Some(end) = terminal_before(text, tokens, i) else { return false };
    if !tokens[end].is_punct(text, '.') {
        return true;
    }
    period_ends_sentence(text, tokens, end, tok, is_form)
}

/// Index of the `.`/`!`/`?` that token `i` follows, closing marks skipped.
fn terminal_before(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let mut j = i.checked_sub(1)?;
    while is_closer(text, &tokens[j]) {
        j = j.checked_sub(1)?;
    }
    let t = &tokens[j];
    (t.kind == TokenKind::Punct && matches!(t.first_char(text), '.' | '!' | '?')).then_some(j)
}

/// A closing quote or bracket attached to the previous token.
fn is_closer(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Punct && !t.space_before && matches!(t.first_char(text), '"' | '”' | '’' | '\'' | ')' | ']')
}

/// The period at `dot` ends a sentence, given the token `next` that follows.
fn period_ends_sentence(
    text: &str,
    tokens: &[Token],
    dot: usize,
    next: &Token,
    is_form: &dyn Fn(&str) -> bool,
) -> bool {
    let Some(prev) = dot.checked_sub(1).map(|p| &tokens[p]) else { return true };
    if prev.kind == TokenKind::Punct || tokens[dot].space_before {
        return true;
    }
    let word = prev.text(text);
    let next_word = next.text(text);
    if NEVER_FINAL.contains(&word) {
        return false;
    }
    let initial = prev.kind == TokenKind::Word && word.chars().count() == 1 && prev.first_char(text).is_uppercase();
    let dotted = dot >= 2 && !prev.space_before && tokens[dot - 2].is_punct(text, '.');
    if initial && !dotted {
        return false;
    }
    if dotted || is_form(word) {
        return OPENERS.contains(&next_word);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn split(t: &str) -> Vec<String> {
        let k = tokenize(t);
        let forms = |w: &str| matches!(w, "Inc" | "Ltd");
        sentences(t, &k, &forms)
            .into_iter()
            .map(|r| t[k[r.start].span.start..k[r.end - 1].span.end].to_string())
            .collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        let s = split("Chris V. Nicholson met Dr. Smith in the U.S. market. Acme Inc. grew. It fell.");
        assert_eq!(s, ["Chris V. Nicholson met Dr. Smith in the U.S. market.", "Acme Inc. grew.", "It fell."]);
    }

    #[test]
    fn quotes_close_sentences() {
        let s = split("He said, \"We won.\" Then she left. “Yes.” She nodded.");
        assert_eq!(s, ["He said, \"We won.\"", "Then she left.", "“Yes.”", "She nodded."]);
    }

    #[test]
    fn text_without_sentence_punctuation_is_cut_into_bounded_pieces() {
        let t = "word ".repeat(1000);
        let k = tokenize(&t);
        let s = sentences(&t, &k, &|_| false);
        assert_eq!(s.iter().map(|r| r.len()).collect::<Vec<_>>(), [400, 400, 200]);
        assert_eq!(s.first().map(|r| r.start), Some(0));
        assert!(s.windows(2).all(|w| w[0].end == w[1].start), "no token is lost");
    }

    #[test]
    fn lines_and_headline() {
        let s = split("Big News Today\nthe body starts here and\nwraps here.\n\nNext para\nNew line");
        assert_eq!(s, ["Big News Today", "the body starts here and\nwraps here.", "Next para", "New line"]);
    }

    #[test]
    fn hard_wrapped_lines_go_on_before_a_capital() {
        let t = "Lender Results\n\n\
                 Shares of the lender rose sharply on the news that the Bank of North\n\
                 Dakota, the oldest of the lenders in the region, had named executive Jane\n\
                 Doe as its new president, a move that most of the analysts had expected\n\
                 and welcomed on a call with the bank's managers, who said the choice was\n\
                 a sound one for the bank and\n\
                 its owners.\n\nOther banks\nFell";
        let s = split(t);
        assert_eq!(s.len(), 4, "{s:?}");
        assert!(s[1].contains("North\nDakota") && s[1].contains("Jane\nDoe"), "{s:?}");
        assert_eq!(&s[2..], ["Other banks", "Fell"], "a short line ends where its writer ended it");
    }
}
