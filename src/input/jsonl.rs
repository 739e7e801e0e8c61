//! JSON Lines dumps (one JSON object per line), as news APIs and crawlers write
//! them. Read line by line, never whole; a bad line is reported with its number
//! and skipped.

use serde_json::{Map, Value};

/// Which fields of a line hold what. Each is a list of names tried in order; a
/// name may be a dotted path into nested objects (`"source.url"`).
#[derive(Clone, Debug, PartialEq)]
pub struct JsonlFields {
    pub text: Vec<String>,
    pub title: Vec<String>,
    pub date: Vec<String>,
    pub url: Vec<String>,
    pub author: Vec<String>,
}

impl Default for JsonlFields {
    /// Names common in news dumps (NewsAPI, GDELT-style crawls, news-please,
    /// Common Crawl news extracts, Hugging Face news sets).
    fn default() -> JsonlFields {
        let v = |names: &[&str]| names.iter().map(|s| s.to_string()).collect();
        JsonlFields {
            text: v(&["text", "content", "body", "maintext", "article", "articleBody", "full_text", "description"]),
            title: v(&["title", "headline", "name"]),
            date: v(&[
                "date",
                "published",
                "published_at",
                "publishedAt",
                "date_publish",
                "datePublished",
                "pubDate",
                "pub_date",
                "timestamp",
            ]),
            url: v(&["url", "link", "canonical_url", "source_url", "uri"]),
            author: v(&["author", "authors", "byline", "creator"]),
        }
    }
}

impl JsonlFields {
    /// Defaults, with each field the user named replacing its list.
    pub fn with_overrides(
        text: Option<String>,
        title: Option<String>,
        date: Option<String>,
        url: Option<String>,
    ) -> JsonlFields {
        let mut f = JsonlFields::default();
        if let Some(t) = text {
            f.text = vec![t];
        }
        if let Some(t) = title {
            f.title = vec![t];
        }
        if let Some(d) = date {
            f.date = vec![d];
        }
        if let Some(u) = url {
            f.url = vec![u];
        }
        f
    }
}

/// The parts of one line.
#[derive(Debug, PartialEq)]
pub struct Record {
    pub text: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
}

/// Parses one line; `Ok(None)` for a blank line; the reason when it cannot be used.
pub fn parse_line(line: &[u8], fields: &JsonlFields) -> Result<Option<Record>, String> {
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if line.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    let value: Value = serde_json::from_slice(line).map_err(|e| {
        let text = e.to_string();
        let what = text.split(" at line ").next().unwrap_or(&text);
        format!("invalid JSON ({what} at column {})", e.column())
    })?;
    let Value::Object(map) = value else {
        return Err(format!("not a JSON object ({})", kind(&value)));
    };
    let text = match first(&map, &fields.text) {
        None => return Err(format!("no text field (looked for {})", fields.text.join(", "))),
        Some((name, Value::String(s))) if super::xml_safe(s.clone()).trim().is_empty() => {
            return Err(format!("the text field \"{name}\" is empty"))
        }
        Some((_, Value::String(s))) => s.clone(),
        Some((name, v)) => return Err(format!("the text field \"{name}\" is {}, not a string", kind(v))),
    };
    let string = |names: &[String]| first(&map, names).and_then(|(_, v)| scalar(v)).filter(|s| !s.trim().is_empty());
    Ok(Some(Record {
        text,
        title: string(&fields.title).map(|t| t.split_whitespace().collect::<Vec<_>>().join(" ")),
        date: string(&fields.date),
        url: string(&fields.url),
        author: first(&map, &fields.author).and_then(|(_, v)| super::html::author_names(v)),
    }))
}

/// The first of `names` present (and not null) in the object.
fn first<'a>(map: &'a Map<String, Value>, names: &'a [String]) -> Option<(&'a str, &'a Value)> {
    names.iter().find_map(|name| {
        let mut parts = name.split('.');
        let mut value = map.get(parts.next()?)?;
        for part in parts {
            value = value.get(part)?;
        }
        (!value.is_null()).then_some((name.as_str(), value))
    })
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_fit_common_dumps() {
        let f = JsonlFields::default();
        let r = parse_line(br#"{"headline":"H","content":"Body.","publishedAt":"2025-01-02T03:04:05Z","link":"https://x.y/z","authors":["A","B"]}"#, &f)
            .unwrap()
            .unwrap();
        assert_eq!(r.text, "Body.");
        assert_eq!(r.title.as_deref(), Some("H"));
        assert_eq!(r.date.as_deref(), Some("2025-01-02T03:04:05Z"));
        assert_eq!(r.url.as_deref(), Some("https://x.y/z"));
        assert_eq!(r.author.as_deref(), Some("A, B"));
    }

    #[test]
    fn bad_lines_say_why() {
        let f = JsonlFields::default();
        assert!(parse_line(b"{\"text\": ", &f).unwrap_err().starts_with("invalid JSON"));
        assert_eq!(parse_line(b"[1, 2]", &f).unwrap_err(), "not a JSON object (an array)");
        assert!(parse_line(b"{\"title\": \"x\"}", &f).unwrap_err().starts_with("no text field"));
        assert_eq!(parse_line(b"{\"text\": \"  \"}", &f).unwrap_err(), "the text field \"text\" is empty");
        assert!(parse_line(b"{\"text\": 5}", &f).unwrap_err().contains("number"));
        assert_eq!(parse_line(b"   \r", &f), Ok(None));
    }

    #[test]
    fn named_and_nested_fields() {
        let f = JsonlFields::with_overrides(Some("doc.body".into()), None, None, Some("meta.link".into()));
        let r = parse_line(br#"{"doc":{"body":"B"},"meta":{"link":"u"},"text":"ignored"}"#, &f).unwrap().unwrap();
        assert_eq!((r.text.as_str(), r.url.as_deref()), ("B", Some("u")));
    }
}
