//! Tokenising: one left-to-right pass over the text.
//!
//! A word is a run of letters and digits; an apostrophe inside a word stays in
//! it ("don't", "O'Shaughnessy") except a final possessive `'s`, which becomes
//! its own token. Every other visible character is a one-character punctuation
//! token, so "GPT-4o" is `GPT` `-` `4o` with no space between: `space_before`
//! tells joined pieces apart from separate words.

use super::Span;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with digits ("Qwen2", "H100").
    Word,
    /// Digits only.
    Number,
    /// One character that is neither a letter, a digit nor white space.
    Punct,
}

/// One token of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// White space separates this token from the previous one.
    pub space_before: bool,
    /// Line breaks in the white space before this token.
    pub newlines_before: u32,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.text(text)
    }

    /// The first character of the token.
    pub fn first_char(&self, text: &str) -> char {
        self.text(text).chars().next().unwrap_or(' ')
    }

    /// The token's first byte when it is an ASCII character (the rules ask
    /// this of every token many times: no slicing, no decoding).
    fn ascii_first(&self, text: &str) -> Option<u8> {
        text.as_bytes().get(self.span.start).copied().filter(|b| b.is_ascii() && self.span.end > self.span.start)
    }

    /// Starts with an upper-case letter.
    pub fn is_capitalized(&self, text: &str) -> bool {
        self.kind == TokenKind::Word
            && match self.ascii_first(text) {
                Some(b) => b.is_ascii_uppercase(),
                None => self.first_char(text).is_uppercase(),
            }
    }

    /// Is one character of punctuation equal to `c`.
    pub fn is_punct(&self, text: &str, c: char) -> bool {
        self.kind == TokenKind::Punct
            && match self.ascii_first(text) {
                Some(b) => u32::from(b) == u32::from(c),
                None => self.first_char(text) == c,
            }
    }
}

/// The tokens of `text`, in order.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut at = 0;
    let mut space_before = true;
    let mut newlines_before = 0u32;
    while let Some(c) = char_at(text, at) {
        let start = at;
        at += c.len_utf8();
        if c.is_whitespace() {
            space_before = true;
            if c == '\n' {
                newlines_before += 1;
            }
            continue;
        }
        let kind = if c.is_alphanumeric() {
            let mut all_digits = c.is_numeric();
            let bytes = text.as_bytes();
            // Most of a word is ASCII letters and digits: read them a byte at a
            // time, then the general loop below takes any other character.
            while let Some(b) = bytes.get(at).filter(|b| b.is_ascii_alphanumeric()) {
                all_digits &= b.is_ascii_digit();
                at += 1;
            }
            while let Some(d) = char_at(text, at) {
                if d.is_alphanumeric() {
                    all_digits &= d.is_numeric();
                } else if is_apostrophe(d) && continues_word(text, at + d.len_utf8()) {
                    all_digits = false;
                } else {
                    break;
                }
                at += d.len_utf8();
            }
            if all_digits {
                TokenKind::Number
            } else {
                TokenKind::Word
            }
        } else {
            TokenKind::Punct
        };
        push_word(&mut tokens, text, Span::new(start, at), kind, space_before, newlines_before);
        space_before = false;
        newlines_before = 0;
    }
    tokens
}

/// The character at byte `at` (a character boundary), read from one byte when
/// it is ASCII: most of a text is, and this runs for every character.
fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at)? {
        &b if b.is_ascii() => Some(char::from(b)),
        _ => text[at..].chars().next(),
    }
}

/// Pushes a token, splitting a final possessive `'s` off a word.
fn push_word(
    tokens: &mut Vec<Token>,
    text: &str,
    span: Span,
    kind: TokenKind,
    space_before: bool,
    newlines_before: u32,
) {
    if kind == TokenKind::Word {
        if let Some(cut) = possessive_cut(span.text(text)) {
            let split = span.start + cut;
            tokens.push(Token { span: Span::new(span.start, split), kind, space_before, newlines_before });
            tokens.push(Token { span: Span::new(split, span.end), kind, space_before: false, newlines_before: 0 });
            return;
        }
    }
    tokens.push(Token { span, kind, space_before, newlines_before });
}

/// Byte offset of a final `'s` / `’s` in a word longer than that.
fn possessive_cut(word: &str) -> Option<usize> {
    // Asked of every word: most do not end in "s".
    if !word.ends_with(['s', 'S']) {
        return None;
    }
    for mark in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = word.strip_suffix(mark) {
            if !stem.is_empty() && !stem.ends_with(is_apostrophe) {
                return Some(stem.len());
            }
        }
    }
    None
}

/// A straight or typographic apostrophe.
pub fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The character at byte `at` is a letter (the apostrophe before it is inside a word).
fn continues_word(text: &str, at: usize) -> bool {
    char_at(text, at).is_some_and(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        tokenize(t).iter().map(|k| k.text(t)).collect()
    }

    #[test]
    fn capitals_and_punctuation_read_from_the_first_byte_or_character() {
        let t = "Émile met ÖBB, acme and Zeta — “ok” éa 3M. ¿Qué?";
        for k in tokenize(t) {
            let first = k.first_char(t);
            assert_eq!(k.is_capitalized(t), k.kind == TokenKind::Word && first.is_uppercase(), "{:?}", k.text(t));
            for c in [',', '.', '—', '“', '”', '¿', '?', 'a'] {
                assert_eq!(k.is_punct(t, c), k.kind == TokenKind::Punct && first == c, "{:?} {c}", k.text(t));
            }
        }
    }

    #[test]
    fn splits_possessive_and_hyphen() {
        assert_eq!(words("Meta's GPT-4o"), ["Meta", "'s", "GPT", "-", "4o"]);
        assert_eq!(words("Meta’s don't"), ["Meta", "’s", "don't"]);
        assert_eq!(words("O'Shaughnessy said."), ["O'Shaughnessy", "said", "."]);
    }

    #[test]
    fn records_spacing_and_lines() {
        let t = "A-b\n\nC";
        let k = tokenize(t);
        assert!(!k[1].space_before);
        assert_eq!(k[3].newlines_before, 2);
        assert_eq!(k[3].kind, TokenKind::Word);
    }

    #[test]
    fn numbers_and_models() {
        let t = "Qwen2.5 has 72 B";
        let k = tokenize(t);
        assert_eq!(k[0].kind, TokenKind::Word);
        assert_eq!(k[2].text(t), "5");
        assert_eq!(k[2].kind, TokenKind::Number);
    }
}
