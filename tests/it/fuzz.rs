//! Property tests: the HTML and JSON Lines readers (and the decoder) take any
//! input without panicking, and what they return keeps its promises. Case
//! counts are bounded so the suite stays fast; set PROPTEST_CASES for a longer run.

use newsgraph::input::decode::decode;
use newsgraph::input::html::read_page;
use newsgraph::input::jsonl::{parse_line, JsonlFields};
use newsgraph::input::{article_from_format, Format};
use proptest::prelude::*;

/// HTML-like text: tags, attributes, entities, scripts and JSON-LD fragments, text.
fn html_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<article>".to_string()),
        Just("</article>".to_string()),
        Just("<div class=\"ad related cookie\">".to_string()),
        Just("</div>".to_string()),
        Just("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":".to_string()),
        Just("</script>".to_string()),
        Just("<meta property=\"og:title\" content=\"".to_string()),
        Just("<br>".to_string()),
        Just("<!--".to_string()),
        Just("-->".to_string()),
        Just("&amp;&#x1F600;&bogus;".to_string()),
        Just("<nav><a href=x>".to_string()),
        Just("<table><td>".to_string()),
        Just("<![CDATA[".to_string()),
        "[A-Za-z ,.\"'<>/=]{0,20}",
        any::<String>(),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// JSON-like lines: objects with the known field names, broken ones, other values.
fn json_like() -> impl Strategy<Value = Vec<u8>> {
    let value = prop_oneof![
        any::<String>().prop_map(|s| serde_json::to_string(&s).unwrap()),
        Just("null".to_string()),
        Just("42".to_string()),
        Just("[\"a\", {\"name\": \"b\"}]".to_string()),
        Just("{\"name\": \"x\", \"@id\": \"y\"}".to_string()),
        Just("\"\\ud800\"".to_string()),
    ];
    let key = prop_oneof![
        Just("text"),
        Just("content"),
        Just("title"),
        Just("date"),
        Just("url"),
        Just("author"),
        Just("x"),
    ];
    let object = proptest::collection::vec((key, value), 0..6).prop_map(|fields| {
        let body: Vec<String> = fields.iter().map(|(k, v)| format!("\"{k}\": {v}")).collect();
        format!("{{{}}}", body.join(", "))
    });
    prop_oneof![
        object.clone().prop_map(String::into_bytes),
        object.prop_flat_map(|o| {
            let len = o.len();
            (Just(o), 0..=len).prop_map(|(o, cut)| o.as_bytes()[..cut].to_vec())
        }),
        any::<Vec<u8>>(),
        any::<String>().prop_map(String::into_bytes),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_html_reader_takes_any_text(page in html_like()) {
        let p = read_page(&page);
        prop_assert!(!p.body.contains("\n\n\n"), "paragraphs are separated by one blank line");
        prop_assert!(p.body.lines().all(|l| l == l.trim()), "no stray whitespace");
    }

    #[test]
    fn the_html_reader_takes_any_bytes(bytes in any::<Vec<u8>>()) {
        if let Ok(a) = article_from_format(&bytes, Format::Html, "x".into()) {
            prop_assert!(!a.text.trim().is_empty());
            prop_assert!(a.text.starts_with(&a.title));
        }
    }

    #[test]
    fn the_jsonl_reader_takes_any_line(line in json_like()) {
        match parse_line(&line, &JsonlFields::default()) {
            Ok(Some(r)) => prop_assert!(!r.text.trim().is_empty()),
            Ok(None) => prop_assert!(line.iter().all(|b| b.is_ascii_whitespace()) || line.starts_with(b"\xEF\xBB\xBF")),
            Err(reason) => prop_assert!(!reason.is_empty()),
        }
    }

    #[test]
    fn the_jsonl_file_reader_takes_any_bytes(bytes in any::<Vec<u8>>()) {
        let _ = article_from_format(&bytes, Format::Jsonl, "x".into());
    }

    #[test]
    fn decoding_is_lossless_or_refused(bytes in any::<Vec<u8>>()) {
        if let Ok(d) = decode(&bytes, None) {
            // Whatever is accepted encodes back to the very bytes: nothing was replaced.
            let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
            match d.encoding {
                "UTF-8" => prop_assert_eq!(d.text.as_bytes(), body),
                "windows-1252" => prop_assert_eq!(&encoding_rs::WINDOWS_1252.encode(&d.text).0[..], &bytes[..]),
                _ => {
                    let units: Vec<u16> = d.text.encode_utf16().collect();
                    prop_assert_eq!(units.len() * 2 + 2, bytes.len());
                }
            }
        }
    }

    #[test]
    fn utf8_text_round_trips(text in any::<String>()) {
        if !text.contains('\0') {
            prop_assert_eq!(decode(text.as_bytes(), None).unwrap().text, text);
        }
    }
}

// Inputs the cargo-fuzz targets (fuzz/) found, kept as regressions.

/// fuzz/readers: a file holding only characters XML 1.0 forbids (here U+0016)
/// was checked for emptiness before they were dropped, so an article with no
/// text at all was stored; the headline was taken from the text before they
/// were dropped too, and came out empty.
#[test]
fn a_file_of_control_characters_is_an_empty_file() {
    for format in [Format::Text, Format::Markdown] {
        let reason = article_from_format(b"\x16 \x01\n", format, "x".into()).unwrap_err();
        assert!(reason.contains("empty"), "{reason}");
    }
    let a = article_from_format(b"\x16\nMill reopens\n\nIt did.\n", Format::Text, "x".into()).unwrap();
    assert_eq!(a.title, "Mill reopens");
    let line = br#"{"title": "\u0001", "text": "The mill reopened."}"#;
    let a = article_from_format(line, Format::Jsonl, "x".into()).unwrap();
    assert_eq!((a.title.as_str(), a.text.as_str()), ("The mill reopened.", "The mill reopened.\n"));
}

/// fuzz/readers: a dateline spelled like an ISO date with a number past 12
/// where the month goes ("2025-70-01", minimised from a Markdown file whose
/// `_Date:` line had been mangled) was taken as the article's date, a
/// `YYYY-MM-DD` with month 70; a month 0 likewise.
#[test]
fn an_iso_date_with_no_such_month_is_no_date() {
    for (text, date) in [
        (&b"Mill reopens\n\n2025-70-1\n\nIt did.\n"[..], None),
        (b"Mill reopens\n\nDate: 2025-00-12\n\nIt did.\n", None),
        (b"Mill reopens\n\n2025-7-1\n\nIt did.\n", Some("2025-07-01")),
    ] {
        for format in [Format::Text, Format::Markdown] {
            let a = article_from_format(text, format, "x".into()).unwrap();
            assert_eq!(a.date.as_deref(), date, "{}", String::from_utf8_lossy(text));
        }
    }
}
