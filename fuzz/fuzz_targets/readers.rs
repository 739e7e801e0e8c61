//! Fuzz target `readers`: any bytes through every input reader.
//!
//! - `article_from_format` for each `Format` (text, Markdown, HTML, JSON Lines,
//!   with the decoder's encodings) and `article_from_bytes`;
//! - `read_source` over the bytes as a source handed over whole, with each
//!   declared format and none (the first bytes decide), as they are and
//!   gzip-compressed (the stream reader, the JSON Lines line reader and the
//!   gzip recognition).
//!
//! Each must return an article or a clean error; an article must keep the
//! promises `Article` makes: its key and content hash are the SHA-256 of its
//! text, its date is `YYYY-MM-DD`, and no text of it holds a character XML 1.0
//! forbids (what is stored must serialise as SPARQL XML results and RDF/XML).

#![no_main]

use std::io::Write;
use std::ops::ControlFlow;

use libfuzzer_sys::fuzz_target;
use newsgraph::input::{article_from_bytes, article_from_format, read_source, Article, Format, ReadOptions, Source};
use sha2::{Digest, Sha256};

const FORMATS: [Format; 4] = [Format::Text, Format::Markdown, Format::Html, Format::Jsonl];

fn xml_forbidden(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

fn check(article: &Article, key_is_hash: bool) {
    let hex: String = Sha256::digest(article.text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(article.content_hash, format!("sha256:{hex}"), "the content hash is the text's");
    if key_is_hash {
        assert_eq!(article.key, article.content_hash, "the key is the content hash");
    }
    let texts = [Some(&article.text), Some(&article.title), article.author.as_ref(), article.url.as_ref()];
    for text in texts.into_iter().flatten() {
        assert!(!text.contains(xml_forbidden), "no XML-forbidden character in {text:?}");
    }
    if let Some(date) = &article.date {
        let b = date.as_bytes();
        let shaped = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        assert!(shaped, "the date {date:?} is YYYY-MM-DD");
        let (month, day): (u32, u32) = (date[5..7].parse().unwrap(), date[8..10].parse().unwrap());
        assert!((1..=12).contains(&month) && (1..=31).contains(&day), "the date {date:?} is a day of the year");
    }
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(data).expect("writing to memory");
    gz.finish().expect("writing to memory")
}

fuzz_target!(|data: &[u8]| {
    for format in FORMATS {
        if let Ok(article) = article_from_format(data, format, "fuzz".into()) {
            check(&article, true);
        }
    }
    for markdown in [false, true] {
        if let Ok(article) = article_from_bytes(data, "key".into(), "fuzz".into(), markdown) {
            assert_eq!(article.key, "key");
            check(&article, false);
        }
    }
    let compressed = gzip(data);
    let options = ReadOptions::default();
    for bytes in [data, compressed.as_slice()] {
        for format in [None, Some(Format::Text), Some(Format::Markdown), Some(Format::Html), Some(Format::Jsonl)] {
            let source = Source::Bytes { name: None, format, bytes: bytes.into() };
            let _: ControlFlow<()> = read_source(&source, &options, None, &mut |read| {
                if let Ok(article) = read {
                    check(&article, true);
                }
                ControlFlow::Continue(())
            });
        }
    }
});
