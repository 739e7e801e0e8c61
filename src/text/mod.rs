//! Text basics the extractor stands on: one pass of tokenising, then sentences.
//!
//! - [`span`]: byte ranges into the text.
//! - [`token`]: words, numbers and punctuation with byte spans and the white
//!   space before them.
//! - [`sentence`]: sentence boundaries over those tokens.
//! - [`words`]: function words (articles, auxiliaries, copulas, months).

pub mod sentence;
pub mod span;
pub mod token;
pub mod words;

pub use sentence::{is_hard_wrapped, sentences, sentences_wrapped};
pub use span::Span;
pub use token::{tokenize, Token, TokenKind};
