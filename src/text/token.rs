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

    /// Starts with a lower-case letter (read from the first byte when it is ASCII).
    #[inline]
    pub fn starts_lower(&self, text: &str) -> bool {
        match self.ascii_first(text) {
            Some(b) => b.is_ascii_lowercase(),
            None => self.first_char(text).is_lowercase(),
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

/// What an ASCII byte is to the tokeniser, read from [`ASCII_CLASS`].
const SPACE: u8 = 0;
const NEWLINE: u8 = 1;
const LETTER: u8 = 2;
const DIGIT: u8 = 3;
const OTHER: u8 = 4;

/// The class of each ASCII byte, as `char::is_whitespace`,
/// `char::is_alphanumeric` and `char::is_numeric` answer for it: one load
/// per byte instead of a chain of comparisons (this runs for every byte of
/// every article).
const ASCII_CLASS: [u8; 128] = {
    let mut class = [OTHER; 128];
    let mut b = 0;
    while b < 128 {
        class[b] = match b as u8 {
            b'\n' => NEWLINE,
            b' ' | b'\t' | b'\x0b' | b'\x0c' | b'\r' => SPACE,
            b'0'..=b'9' => DIGIT,
            b'a'..=b'z' | b'A'..=b'Z' => LETTER,
            _ => OTHER,
        };
        b += 1;
    }
    class
};

/// The tokens of `text`, in order.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut at = 0;
    let mut space_before = true;
    let mut newlines_before = 0u32;
    while let Some(&b) = bytes.get(at) {
        let start = at;
        // Most of a text is ASCII: its bytes are classed by the table, and
        // only another character is decoded.
        let (word, mut all_digits) = if b.is_ascii() {
            at += 1;
            match ASCII_CLASS[usize::from(b)] {
                SPACE => {
                    space_before = true;
                    continue;
                }
                NEWLINE => {
                    space_before = true;
                    newlines_before += 1;
                    continue;
                }
                LETTER => (true, false),
                DIGIT => (true, true),
                _ => {
                    // Two apostrophes stand for a double quote mark
                    // (''…,'' he said): one token.
                    if b == b'\'' && bytes.get(at) == Some(&b'\'') {
                        at += 1;
                    }
                    (false, false)
                }
            }
        } else {
            let c = text[at..].chars().next().unwrap_or_default();
            at += c.len_utf8();
            if c.is_whitespace() {
                space_before = true;
                continue;
            }
            // Two curly single marks stand for a double one too (‘‘…,” he
            // said): one token.
            if matches!(c, '‘' | '’') && text[at..].starts_with(c) {
                at += c.len_utf8();
            }
            (c.is_alphanumeric(), c.is_numeric())
        };
        let kind = if word {
            loop {
                // Most of a word is ASCII letters and digits: read them a byte
                // at a time, then decode any other character.
                while let Some(&b) = bytes.get(at) {
                    match ASCII_CLASS.get(usize::from(b)) {
                        Some(&LETTER) => all_digits = false,
                        Some(&DIGIT) => {}
                        _ => break,
                    }
                    at += 1;
                }
                // Only an apostrophe or a character past ASCII may go on with it.
                let Some(d) = bytes.get(at).filter(|&&b| !b.is_ascii() || b == b'\'').and_then(|_| char_at(text, at))
                else {
                    break;
                };
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
            assert_eq!(k.starts_lower(t), first.is_lowercase(), "{:?}", k.text(t));
            for c in [',', '.', '—', '“', '”', '¿', '?', 'a'] {
                assert_eq!(k.is_punct(t, c), k.kind == TokenKind::Punct && first == c, "{:?} {c}", k.text(t));
            }
        }
    }

    #[test]
    fn the_byte_table_answers_as_the_char_methods_do() {
        for b in 0..128u8 {
            let c = char::from(b);
            let class = ASCII_CLASS[usize::from(b)];
            assert_eq!(class == SPACE || class == NEWLINE, c.is_whitespace(), "{b}");
            assert_eq!(class == NEWLINE, c == '\n', "{b}");
            assert_eq!(class == LETTER || class == DIGIT, c.is_alphanumeric(), "{b}");
            assert_eq!(class == DIGIT, c.is_numeric(), "{b}");
        }
    }

    /// The tokeniser as it was before the byte table: a character at a time.
    fn char_by_char(text: &str) -> Vec<Token> {
        let (mut tokens, mut at, mut space_before, mut newlines_before) = (Vec::new(), 0, true, 0);
        while let Some(c) = text[at..].chars().next() {
            let start = at;
            at += c.len_utf8();
            if c.is_whitespace() {
                space_before = true;
                newlines_before += u32::from(c == '\n');
                continue;
            }
            let kind = if c.is_alphanumeric() {
                let mut all_digits = c.is_numeric();
                while let Some(d) = text[at..].chars().next() {
                    let letter_next = || text[at + d.len_utf8()..].chars().next().is_some_and(char::is_alphabetic);
                    if d.is_alphanumeric() {
                        all_digits &= d.is_numeric();
                    } else if is_apostrophe(d) && letter_next() {
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
                if matches!(c, '\'' | '‘' | '’') && text[at..].starts_with(c) {
                    at += c.len_utf8();
                }
                TokenKind::Punct
            };
            push_word(&mut tokens, text, Span::new(start, at), kind, space_before, newlines_before);
            (space_before, newlines_before) = (false, 0);
        }
        tokens
    }

    #[test]
    fn two_apostrophes_are_one_quote_mark() {
        assert_eq!(words("''Yes,'' he said. x' 'y"), ["''", "Yes", ",", "''", "he", "said", ".", "x", "'", "'", "y"]);
        assert_eq!(words("‘‘Yes,’’ he said. x’ ‘y"), ["‘‘", "Yes", ",", "’’", "he", "said", ".", "x", "’", "‘", "y"]);
    }

    #[test]
    fn words_across_apostrophes_and_other_scripts() {
        let t = "l'Oréal’s rock'n'roll 12'3 x' 'y Ⅻ2 ½ l’eau 42’s Straße\u{a0}Köln\u{2028}Zoë\x1f\r\n\nA's";
        assert_eq!(tokenize(t), char_by_char(t));
    }

    proptest::proptest! {
        #[test]
        fn the_byte_table_tokenises_as_a_character_at_a_time(t in "[aZ09 \n\t\r'’sS.,\\-é ßⅫ½\u{a0}\u{2028}\x1f\x0b]{0,24}") {
            proptest::prop_assert_eq!(tokenize(&t), char_by_char(&t));
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
