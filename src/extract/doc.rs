//! An article read once: tokens, their look-up keys, sentences. Every later
//! stage reads this instead of the raw text.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;

use super::model::Span;
use super::phrases::{keyed_words, Case, PhraseTable};
use super::resources::{Resources, WordKeys, Words, DEMONYM_BIT};
use crate::text::{is_hard_wrapped, sentences_wrapped, tokenize, Token, TokenKind};

/// Up to this many tokens, `Doc::written_where` scans instead of indexing.
const SCAN_UP_TO: usize = 4096;

/// An article's text beside the same text with its ASCII letters
/// lower-cased (the same length and character boundaries), which a [`Doc`]'s
/// lower-cased words borrow: an ASCII word with capitals, as nearly every
/// capitalized word is, needs no copy of its own.
pub struct Lowered<'t> {
    text: &'t str,
    lower: String,
}

impl<'t> Lowered<'t> {
    pub fn new(text: &'t str) -> Lowered<'t> {
        Lowered { text, lower: text.to_ascii_lowercase() }
    }
}

/// The tokenised article.
pub struct Doc<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    /// Token texts as written.
    pub exact: Vec<&'t str>,
    /// Token texts lower-cased.
    pub folded: Vec<Cow<'t, str>>,
    /// What the resources know of each token's word (its word lists, the
    /// tables it begins a phrase of), looked up once here so that the rules'
    /// many questions about a token cost a bit test, not a hash look-up.
    keys: Vec<WordKeys>,
    /// Each token's shape, read once here for the same reason.
    marks: Vec<Mark>,
    /// The same for the empty word, which stands for a token past the end.
    keys_past_end: WordKeys,
    /// Sentences as token ranges.
    pub sentences: Vec<Range<usize>>,
    /// Token index → sentence index.
    pub sentence_of: Vec<usize>,
    /// Wire copy cut into lines of a fixed width, so a line break is not
    /// a paragraph's end (`text::is_hard_wrapped`).
    pub hard_wrapped: bool,
    /// Counts of product and AI-model nouns in the whole article, computed
    /// when first asked for (see `mentions`).
    pub domain: OnceCell<[usize; 2]>,
    /// Whether the article shows a sign of AI, found when first asked for.
    pub ai_sign: OnceCell<bool>,
    /// The same, not counting the nouns cars and phones share ("model").
    pub strict_ai_sign: OnceCell<bool>,
    /// In a long article, the tokens of words written in lower case, one
    /// per word, sorted by word (indices keep `Doc` covariant), gathered
    /// when first asked for.
    lower_case_words: OnceCell<Vec<usize>>,
    /// The same for the tokens that open no sentence.
    inner_words: OnceCell<Vec<usize>>,
    /// The same for every token.
    all_words: OnceCell<Vec<usize>>,
}

impl<'t> Doc<'t> {
    pub fn new(lowered: &'t Lowered, res: &Resources) -> Doc<'t> {
        let text = lowered.text;
        let tokens = tokenize(text);
        let (exact, folded, upper) = keyed_words(text, &lowered.lower, &tokens);
        // One pass for a token's keys and marks. A word written in lower case
        // is looked up once, as written.
        let mut keys = Vec::with_capacity(tokens.len());
        let mut marks = Vec::with_capacity(tokens.len());
        for (((t, &word), lower), &upper) in tokens.iter().zip(&exact).zip(&folded).zip(&upper) {
            keys.push(res.keys_of(word, upper.then_some(&**lower)));
            marks.push(Mark::of(t, word, upper));
        }
        let keys_past_end = res.keys_of("", None);
        let hard_wrapped = is_hard_wrapped(text, &tokens);
        let sentences = sentences_wrapped(text, &tokens, hard_wrapped, &|w| res.legal_forms.contains(w));
        let mut sentence_of = vec![0; tokens.len()];
        for (s, range) in sentences.iter().enumerate() {
            for i in range.clone() {
                sentence_of[i] = s;
            }
        }
        Doc {
            text,
            tokens,
            exact,
            folded,
            keys,
            keys_past_end,
            marks,
            sentences,
            sentence_of,
            hard_wrapped,
            domain: OnceCell::new(),
            ai_sign: OnceCell::new(),
            strict_ai_sign: OnceCell::new(),
            lower_case_words: OnceCell::new(),
            inner_words: OnceCell::new(),
            all_words: OnceCell::new(),
        }
    }

    /// The article writes `word` (lower case) somewhere in lower case: a
    /// capitalized "Proposal" in a headline is then a common word.
    pub fn written_in_lower_case(&self, word: &str) -> bool {
        word.starts_with(char::is_lowercase)
            && self.written_where(&self.lower_case_words, word, |i| {
                self.tokens[i].kind == TokenKind::Word && self.exact[i].starts_with(char::is_lowercase)
            })
    }

    /// The article writes `word`, exactly so, at a token that opens no
    /// sentence: the capital of "Sterling" opening a sentence is then a
    /// name's, as the article writes "Sterling Bank" inside a sentence too.
    pub fn written_inside_a_sentence(&self, word: &str) -> bool {
        self.written_where(&self.inner_words, word, |i| {
            self.sentences.get(self.sentence_of[i]).is_some_and(|r| r.start != i)
        })
    }

    /// The article writes `word`, exactly so, as a token somewhere.
    pub fn writes(&self, word: &str) -> bool {
        self.written_where(&self.all_words, word, |_| true)
    }

    /// Some token that `keep` keeps is `word`. A short article is scanned,
    /// which costs less than building an index; a long one builds `index`
    /// once, as a scan per question grows with the square of its length.
    fn written_where(&self, index: &OnceCell<Vec<usize>>, word: &str, keep: impl Fn(usize) -> bool) -> bool {
        if self.len() <= SCAN_UP_TO {
            return self.exact.iter().enumerate().any(|(i, &w)| w == word && keep(i));
        }
        let words = index.get_or_init(|| {
            let mut words: Vec<usize> = (0..self.len()).filter(|&i| keep(i)).collect();
            words.sort_unstable_by_key(|&i| self.exact[i]);
            words.dedup_by_key(|i| self.exact[*i]);
            words
        });
        words.binary_search_by(|&i| self.exact[i].cmp(word)).is_ok()
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The byte span covering tokens `range` (empty ranges give an empty span).
    pub fn span(&self, range: Range<usize>) -> Span {
        match (self.tokens.get(range.start), range.end.checked_sub(1).and_then(|e| self.tokens.get(e))) {
            (Some(a), Some(b)) if range.start < range.end => Span::new(a.span.start, b.span.end),
            _ => Span::new(0, 0),
        }
    }

    /// The text of tokens `range`, as printed.
    pub fn slice(&self, range: Range<usize>) -> &'t str {
        self.span(range).text(self.text)
    }

    /// Sentence `s` is the article's headline: the first, a line of its own
    /// that ends in no full stop, with the story after it; or a line of its
    /// own that repeats it word for word (a page that prints its title
    /// twice, over the picture and over the story).
    pub fn is_headline(&self, s: usize) -> bool {
        let Some(first) = self.sentences.first().filter(|_| self.first_is_headline()) else { return false };
        if s == 0 {
            return true;
        }
        let Some(range) = self.sentences.get(s) else { return false };
        let own_line = self.tokens.get(range.start).is_some_and(|t| t.newlines_before > 0)
            && self.tokens.get(range.end).is_none_or(|t| t.newlines_before > 0);
        own_line && self.exact[range.clone()] == self.exact[first.clone()]
    }

    fn first_is_headline(&self) -> bool {
        let Some(range) = self.sentences.first() else { return false };
        let own_line = self.tokens.get(range.end).is_some_and(|t| t.newlines_before > 0);
        let last = range.end.checked_sub(1).and_then(|k| self.exact.get(k));
        own_line && last.is_some_and(|w| *w != ".")
    }

    /// The byte span of sentence `s`.
    pub fn sentence_span(&self, s: usize) -> Span {
        self.sentences.get(s).map(|r| self.span(r.clone())).unwrap_or(Span::new(0, 0))
    }

    /// The tokens inside the byte span `span` (a sentence's span read back
    /// from a fact's evidence, say).
    pub fn tokens_of(&self, span: Span) -> Range<usize> {
        let a = self.tokens.partition_point(|t| t.span.start < span.start);
        let b = self.tokens.partition_point(|t| t.span.start < span.end);
        a..b.max(a)
    }

    /// Lower-cased text of token `i` ("" past the end).
    pub fn lower(&self, i: usize) -> &str {
        self.folded.get(i).map(|w| w.as_ref()).unwrap_or("")
    }

    /// Text of token `i` as written ("" past the end).
    pub fn word(&self, i: usize) -> &str {
        self.exact.get(i).copied().unwrap_or("")
    }

    /// Token `i` is the punctuation character `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.marks.get(i).is_some_and(|m| m.punct == Some(c))
    }

    /// Tokens from `i` spell an age, "38-year-old" (five tokens).
    pub fn is_age(&self, i: usize) -> bool {
        self.is_number(i)
            && self.is_punct(i + 1, '-')
            && self.lower(i + 2) == "year"
            && self.is_punct(i + 3, '-')
            && self.lower(i + 4) == "old"
    }

    /// Token `i` starts with an upper-case letter.
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.marks.get(i).is_some_and(|m| m.capitalized)
    }

    /// Token `i` is a word written in lower case (not a name's, not a
    /// number or a mark); false past the end.
    pub fn is_lower_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) && !self.is_capitalized(i)
    }

    /// Token `i` has a plural's shape: longer than three letters, ending in
    /// "s" but not "ss" ("analysts", "firms"; not "boss", "bus").
    pub fn looks_plural(&self, i: usize) -> bool {
        let w = self.lower(i);
        w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
    }

    /// Token `i` is a word of two or three capital letters ("IT", "EV", "ICT").
    pub fn is_plain_acronym(&self, i: usize) -> bool {
        let w = self.word(i);
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            && (2..=3).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_uppercase())
    }

    /// Where a run of hyphenated compounds ending in a participle starting at
    /// token `from` ends ("state-owned", "family-run", "military-owned"):
    /// `from` when there is none.
    pub fn past_participle_compounds(&self, from: usize) -> usize {
        let participle = |w: &str| w.len() > 3 && w.ends_with("ed") || matches!(w, "run" | "held" | "built" | "led");
        let mut j = from;
        while self.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word)
            && !self.is_capitalized(j)
            && self.is_punct(j + 1, '-')
            && self.joined(j + 1)
            && self.joined(j + 2)
            && participle(self.lower(j + 2))
        {
            j += 3;
        }
        j
    }

    /// Token `i` is an opening quotation mark: set off before, joined to the
    /// word after it ("a jet called “Harrow”").
    pub fn opens_quote(&self, i: usize) -> bool {
        (self.is_punct(i, '“') || self.is_punct(i, '"')) && self.joined(i + 1) && !self.joined(i)
    }

    /// A hyphen joined to the word before it at `i`, then a word that
    /// locates what the words before describe ("Paris-based", "Lyon-headquartered").
    pub fn based_at(&self, i: usize) -> bool {
        self.is_punct(i, '-') && self.joined(i) && self.word_is(i + 1, Words::BasedWord)
    }

    /// Token `i` is attached to the one before it (no white space between).
    pub fn joined(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.space_before)
    }

    /// Token `i` has an upper-case letter anywhere ("xAI", "Acme", "ÖBB").
    pub fn has_upper_case(&self, i: usize) -> bool {
        self.marks.get(i).is_some_and(|m| m.upper)
    }

    /// Token `i` is a word or number containing a digit.
    pub fn has_digit(&self, i: usize) -> bool {
        self.marks.get(i).is_some_and(|m| m.digit)
    }

    /// Token `i` is a number.
    pub fn is_number(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number)
    }

    /// Token `i` is the decimal part of a number ("49" "." "76"): digits
    /// joined to a point joined to digits before them.
    pub fn is_decimal_fraction(&self, i: usize) -> bool {
        i >= 2
            && self.has_digit(i)
            && self.has_digit(i - 2)
            && self.is_punct(i - 1, '.')
            && self.joined(i - 1)
            && self.joined(i)
    }

    /// A percentage's sign starts at token `i`: "%", "percent", "pct" or
    /// "per cent" ("2.5 per cent": the number before it is an amount, never a
    /// version of a name).
    pub fn is_percent_sign(&self, i: usize) -> bool {
        match self.lower(i) {
            "%" | "percent" | "pct" => true,
            "per" => self.lower(i + 1) == "cent",
            _ => false,
        }
    }

    /// The colon that follows the noun at `noun`, right after it or after
    /// at most two lower-case words ("its brands: X, Y", "its franchises
    /// going forward: X, Y"): a list of what the noun names comes after it.
    pub fn colon_after(&self, noun: usize) -> Option<usize> {
        (noun + 1..noun + 4).find(|&c| self.is_punct(c, ':')).filter(|&c| (noun + 1..c).all(|k| self.is_lower_word(k)))
    }

    /// The possessive `'s` / `’s` token, or a bare apostrophe after a word
    /// ending in s ("Lumen Labs' claim").
    pub fn is_possessive(&self, i: usize) -> bool {
        match self.lower(i) {
            "'s" | "’s" => true,
            "'" | "’" => self.joined(i) && i > 0 && self.lower(i - 1).ends_with('s') && !self.joined(i + 1),
            _ => false,
        }
    }

    /// The word of token `i` (lower-cased; "" past the end) is in the list
    /// `list` of `words.tsv`: `res.is(list, self.lower(i))`, without hashing.
    pub fn word_is(&self, i: usize, list: Words) -> bool {
        self.keys.get(i).unwrap_or(&self.keys_past_end).words & (1u128 << list as u32) != 0
    }

    /// The word lists and phrase tables of the words of tokens `range`, all
    /// together: whether some word of a sentence is of a list is one bit test.
    pub fn keys_within(&self, range: Range<usize>) -> WordKeys {
        let mut all = WordKeys::default();
        for keys in &self.keys[range] {
            all.words |= keys.words;
            all.firsts |= keys.firsts;
        }
        all
    }

    /// The word of token `i`, as written, is a key of `res.demonyms`:
    /// `res.demonyms.contains_key(self.word(i))`, without hashing.
    pub fn is_demonym(&self, i: usize) -> bool {
        self.keys.get(i).is_some_and(|keys| keys.firsts & (1 << DEMONYM_BIT) != 0)
    }

    /// No phrase of `table` can start at token `at`: the token's word (or
    /// none, past the end) begins none of its phrases.
    fn begins_none<V>(&self, table: &PhraseTable<V>, at: usize) -> bool {
        self.keys.get(at).is_none_or(|keys| keys.firsts & (1 << table.slot()) == 0)
    }

    /// The longest phrase of `table` starting at token `at`, keyed the table's way.
    ///
    /// Asked of most tokens, and most begin no phrase: that answer is a bit
    /// test inlined at the caller; only a token that begins one pays for a
    /// call (and its saved registers) and a hash look-up.
    #[inline]
    pub fn lookup<'a, V>(&self, table: &'a PhraseTable<V>, at: usize) -> Option<(usize, &'a V)> {
        if self.begins_none(table, at) {
            return None;
        }
        self.lookup_begun(table, at)
    }

    /// `lookup` at a token that begins some phrase of `table`.
    #[inline(never)]
    fn lookup_begun<'a, V>(&self, table: &'a PhraseTable<V>, at: usize) -> Option<(usize, &'a V)> {
        match table.case() {
            Case::Sensitive => table.longest(&self.exact, at),
            Case::Folded => table.longest(&self.folded, at),
        }
    }

    /// All phrases of `table` of the greatest length starting at `at`
    /// (inlined bit test first, as in `lookup`).
    #[inline]
    pub fn lookup_all<'a, V>(&self, table: &'a PhraseTable<V>, at: usize) -> Vec<(usize, &'a V)> {
        if self.begins_none(table, at) {
            return Vec::new();
        }
        self.lookup_all_begun(table, at)
    }

    /// `lookup_all` at a token that begins some phrase of `table`.
    #[inline(never)]
    fn lookup_all_begun<'a, V>(&self, table: &'a PhraseTable<V>, at: usize) -> Vec<(usize, &'a V)> {
        match table.case() {
            Case::Sensitive => table.all_longest(&self.exact, at),
            Case::Folded => table.all_longest(&self.folded, at),
        }
    }
}

/// What the rules ask of a token's shape.
#[derive(Clone, Copy)]
struct Mark {
    /// The character of a punctuation token (asked of every token many
    /// times, "—" and "“" as often as ","): no slicing, no decoding.
    punct: Option<char>,
    capitalized: bool,
    /// A word or number with a digit in it.
    digit: bool,
    /// An upper-case letter anywhere in it.
    upper: bool,
}

impl Mark {
    /// `upper`: the word has an upper-case letter (`keyed_words` folded it).
    /// `word` is the token's text: its first byte answers for ASCII, as
    /// `Token::is_capitalized` and `Token::is_punct` do.
    fn of(t: &Token, word: &str, upper: bool) -> Mark {
        let first_char = || word.chars().next();
        let capitalized = || match word.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => first_char().is_some_and(char::is_uppercase),
        };
        match t.kind {
            TokenKind::Punct => Mark { punct: first_char(), capitalized: false, digit: false, upper },
            kind => Mark {
                punct: None,
                capitalized: kind == TokenKind::Word && capitalized(),
                digit: word.bytes().any(|b| b.is_ascii_digit()),
                upper,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_articles_word_index_answers_as_a_scan_does() {
        let res = Resources::embedded();
        let sentence = "Starting Vexo Bank grew. The bank said growth was strong, Vexo said. Growth slowed. ";
        let text = sentence.repeat(2 * SCAN_UP_TO / 16);
        let lowered = Lowered::new(&text);
        let doc = Doc::new(&lowered, &res);
        assert!(doc.len() > SCAN_UP_TO);
        for word in ["growth", "Growth", "bank", "Bank", "Starting", "Vexo", "The", "slowed", "absent"] {
            let lower = (0..doc.len()).any(|i| doc.word(i) == word && doc.tokens[i].kind == TokenKind::Word)
                && word.starts_with(char::is_lowercase);
            let inner = (0..doc.len()).any(|i| doc.word(i) == word && doc.sentences[doc.sentence_of[i]].start != i);
            assert_eq!(doc.written_in_lower_case(word), lower, "{word}");
            assert_eq!(doc.written_inside_a_sentence(word), inner, "{word}");
            assert_eq!(doc.writes(word), (0..doc.len()).any(|i| doc.word(i) == word), "{word}");
        }
        let lowered = Lowered::new(sentence);
        let short = Doc::new(&lowered, &res);
        assert!(short.writes("Vexo") && !short.writes("vexo") && !short.writes("absent"));
    }

    #[test]
    fn token_marks_answer_as_the_tokens_themselves_do() {
        let res = Resources::embedded();
        let text = "Émile met ÖBB, acme and Zeta-3 — “ok” éa 3M. ¿Qué? H100s at $4.5bn";
        let lowered = Lowered::new(text);
        let doc = Doc::new(&lowered, &res);
        for (i, t) in doc.tokens.iter().enumerate() {
            let word = t.text(text);
            assert_eq!(doc.is_capitalized(i), t.is_capitalized(text), "{word:?}");
            let digit = t.kind != TokenKind::Punct && word.chars().any(|c| c.is_ascii_digit());
            assert_eq!(doc.has_digit(i), digit, "{word:?}");
            assert_eq!(doc.has_upper_case(i), word.chars().any(char::is_uppercase), "{word:?}");
            for c in [',', '.', '-', '—', '“', '”', '¿', '?', '$', 'a', 'É'] {
                assert_eq!(doc.is_punct(i, c), t.is_punct(text, c), "{word:?} {c}");
            }
        }
        let past = doc.len();
        assert!(!doc.is_capitalized(past) && !doc.has_digit(past) && !doc.is_punct(past, '.'));
        assert!(!doc.has_upper_case(past));
    }
}
