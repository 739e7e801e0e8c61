//! Web pages: the article body only, through a real HTML5 parser (html5ever via
//! `scraper`), and the page's metadata (JSON-LD `NewsArticle`, `og:*` and
//! `article:*` meta tags, `<link rel=canonical>`, `<title>`).
//!
//! The body is found the way reading modes do it, in small: boilerplate is never
//! entered (scripts, styles, navigation, headers and footers, asides, forms, and
//! anything whose class, id or role names ads, cookie banners, comments, sharing,
//! newsletters or related stories); the container is the `<article>`, `<main>` or
//! `itemprop=articleBody` element with the most paragraph text, else the element
//! whose own paragraphs hold the most text; its blocks become paragraphs
//! separated by blank lines, and short blocks made mostly of links are dropped.

use scraper::node::Node;
use scraper::{ElementRef, Html};
use serde_json::Value;

/// What a page yields.
#[derive(Debug, Default, PartialEq)]
pub struct Page {
    pub title: Option<String>,
    pub date: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
    /// Body paragraphs separated by blank lines, without the headline.
    pub body: String,
}

/// Elements never entered.
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
    "select", "textarea", "input", "object", "embed", "canvas", "video", "audio", "dialog", "menu", "figure",
    "picture", "head", "title", "link", "meta",
];

/// Class, id or role words that mark boilerplate (matched as whole words of the attribute).
const SKIP_WORDS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "adslot",
    "banner",
    "sponsor",
    "sponsored",
    "promo",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "comment",
    "comments",
    "disqus",
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscribe",
    "signup",
    "related",
    "recommended",
    "recommendations",
    "more-stories",
    "outbrain",
    "taboola",
    "sidebar",
    "breadcrumb",
    "breadcrumbs",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "footer",
    "header",
    "masthead",
    "popup",
    "modal",
    "paywall",
    "byline-share",
    "tags",
    "toolbar",
    "skip",
    "hidden",
    "visually-hidden",
    "sr-only",
    "print-only",
    "complementary",
    "contentinfo",
];

/// Substrings of class or id that mark boilerplate even inside a longer word.
const SKIP_PARTS: &[&str] = &[
    "cookie",
    "advert",
    "sponsor",
    "related",
    "comment",
    "newsletter",
    "share",
    "social",
    "promo",
    "recommend",
    "outbrain",
    "taboola",
    "consent",
];

/// Elements that end a paragraph.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "dl",
    "dt",
    "dd",
    "br",
    "hr",
    "figcaption",
    "address",
    "body",
    "center",
];

const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "BlogPosting",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "Report",
    "TechArticle",
    "ScholarlyArticle",
    "LiveBlogPosting",
];

/// How much markup a page may have before it is refused unread. The HTML5
/// parser's work grows with the square of the nesting depth and of the
/// attributes of one tag (each new one is compared with those before it), so a
/// page of 100,000 nested `<div>`s or a tag with a million attributes would
/// take minutes to hours. Real pages nest a few dozen levels and carry a few
/// dozen attributes per tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Elements open inside one another (`--max-html-depth`).
    pub depth: usize,
    /// Attributes on one tag (`--max-html-attributes`).
    pub attributes: usize,
}

/// The default of `--max-html-depth`.
pub const MAX_DEPTH: usize = 512;
/// The default of `--max-html-attributes`.
pub const MAX_ATTRIBUTES: usize = 1000;

impl Default for Limits {
    fn default() -> Limits {
        Limits { depth: MAX_DEPTH, attributes: MAX_ATTRIBUTES }
    }
}

/// Elements that never hold others (no end tag).
const VOID_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "keygen", "frame", "basefont", "bgsound", "image",
];

/// Elements whose end tag may be left out: the parser closes them when the
/// next one starts, so they do not pile up.
const OPTIONAL_END_TAGS: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
    "rb", "rt", "rtc", "rp", "html", "head", "body",
];

/// Elements whose content is text up to their end tag.
const RAW_TEXT_TAGS: &[&str] =
    &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"];

/// Checks a page against `limits` in one pass over its text, before it is
/// parsed: the deepest nesting of elements (start tags less the end tags that
/// close them, as a parser pairs them) and the most attributes on one tag.
/// The reason it is refused, naming the option that raises the limit.
pub fn check_limits(text: &str, limits: Limits) -> Result<(), String> {
    let b = text.as_bytes();
    let mut open: Vec<String> = Vec::new();
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut i = 0;
    while let Some(at) = b[i..].iter().position(|&c| c == b'<') {
        i += at + 1;
        if b[i..].starts_with(b"!--") {
            i = find(b, i + 3, b"-->").map_or(b.len(), |e| e + 3);
            continue;
        }
        if matches!(b.get(i), Some(b'!' | b'?')) {
            i = find(b, i, b">").map_or(b.len(), |e| e + 1);
            continue;
        }
        let end_tag = b.get(i) == Some(&b'/');
        let name_start = if end_tag { i + 1 } else { i };
        if !b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let mut j = name_start;
        while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'/' && b[j] != b'>' {
            j += 1;
        }
        let name = text[name_start..j].to_ascii_lowercase();
        let (after, attributes, self_closing) = tag_rest(b, j, limits.attributes);
        if attributes > limits.attributes {
            return Err(format!(
                "a <{name}> tag has more than {} attributes; such pages are refused, as parsing them takes time that \
                 grows with the square of that number (--max-html-attributes raises the limit)",
                limits.attributes
            ));
        }
        i = after;
        if end_tag {
            if counts.get(&name).is_some_and(|&n| n > 0) {
                while let Some(top) = open.pop() {
                    *counts.entry(top.clone()).or_default() -= 1;
                    if top == name {
                        break;
                    }
                }
            }
            continue;
        }
        if name == "plaintext" {
            break;
        }
        if RAW_TEXT_TAGS.contains(&name.as_str()) && !self_closing {
            let close = format!("</{name}");
            i = find_ignore_case(b, i, close.as_bytes()).unwrap_or(b.len());
            continue;
        }
        if self_closing || VOID_TAGS.contains(&name.as_str()) || OPTIONAL_END_TAGS.contains(&name.as_str()) {
            continue;
        }
        *counts.entry(name.clone()).or_default() += 1;
        open.push(name);
        if open.len() > limits.depth {
            return Err(format!(
                "the page nests elements more than {} deep; such pages are refused, as parsing them takes time that \
                 grows with the square of the depth (--max-html-depth raises the limit)",
                limits.depth
            ));
        }
    }
    Ok(())
}

/// Reads a tag's attributes from `j` (just past its name) to its `>`: where the
/// tag ends, how many attributes it has (counting stops past `most`), and
/// whether it ends with `/>`.
fn tag_rest(b: &[u8], mut j: usize, most: usize) -> (usize, usize, bool) {
    let mut attributes = 0;
    let mut slash = false;
    while j < b.len() {
        match b[j] {
            b'>' => return (j + 1, attributes, slash),
            c if c.is_ascii_whitespace() => j += 1,
            b'/' => {
                slash = true;
                j += 1;
            }
            _ => {
                slash = false;
                attributes += 1;
                if attributes > most {
                    return (b.len(), attributes, false);
                }
                while j < b.len() && !b[j].is_ascii_whitespace() && !matches!(b[j], b'/' | b'>' | b'=') {
                    j += 1;
                }
                while j < b.len() && b[j].is_ascii_whitespace() {
                    j += 1;
                }
                if b.get(j) != Some(&b'=') {
                    continue;
                }
                j += 1;
                while j < b.len() && b[j].is_ascii_whitespace() {
                    j += 1;
                }
                match b.get(j) {
                    Some(&q @ (b'"' | b'\'')) => {
                        j = b[j + 1..].iter().position(|&c| c == q).map_or(b.len(), |e| j + 1 + e + 1);
                    }
                    _ => {
                        while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                            j += 1;
                        }
                    }
                }
            }
        }
    }
    (b.len(), attributes, slash)
}

/// Where `needle` next occurs in `b` from `from`.
fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| from + p)
}

/// As [`find`], ASCII letters in any case.
fn find_ignore_case(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle)).map(|p| from + p)
}

pub fn read_page(text: &str) -> Page {
    let html = Html::parse_document(text);
    let mut page = Page::default();
    let ld = json_ld(&html);
    let meta = |names: &[&str]| names.iter().find_map(|n| meta_content(&html, n));
    page.title = ld
        .as_ref()
        .and_then(|a| string_field(a, "headline"))
        .or_else(|| meta(&["og:title", "twitter:title"]))
        .or_else(|| first_text(&html, "h1"))
        .or_else(|| first_text(&html, "title"));
    page.date = ld
        .as_ref()
        .and_then(|a| string_field(a, "datePublished"))
        .or_else(|| {
            meta(&[
                "article:published_time",
                "og:published_time",
                "date",
                "pubdate",
                "publishdate",
                "dc.date",
                "dcterms.date",
                "sailthru.date",
                "parsely-pub-date",
            ])
        })
        .or_else(|| time_datetime(&html));
    page.author = ld
        .as_ref()
        .and_then(|a| a.get("author"))
        .and_then(author_names)
        .or_else(|| meta(&["author", "article:author", "dc.creator", "parsely-author"]));
    page.url = canonical(&html)
        .or_else(|| meta(&["og:url"]))
        .or_else(|| ld.as_ref().and_then(|a| string_field(a, "url")))
        .or_else(|| {
            ld.as_ref()
                .and_then(|a| a.get("mainEntityOfPage"))
                .and_then(|m| m.get("@id").or(Some(m)))
                .and_then(Value::as_str)
                .map(str::to_string)
        });
    page.body = body_text(&html);
    if page.body.trim().is_empty() {
        if let Some(body) = ld.as_ref().and_then(|a| string_field(a, "articleBody")) {
            page.body = body;
        }
    }
    page
}

fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn meta_content(html: &Html, name: &str) -> Option<String> {
    html.root_element()
        .descendent_elements()
        .filter(|e| e.value().name() == "meta")
        .find(|e| {
            ["property", "name", "itemprop"]
                .iter()
                .any(|a| e.value().attr(a).is_some_and(|v| v.trim().eq_ignore_ascii_case(name)))
        })
        .and_then(|e| e.value().attr("content"))
        .map(clean)
        .filter(|s| !s.is_empty())
}

fn canonical(html: &Html) -> Option<String> {
    html.root_element()
        .descendent_elements()
        .filter(|e| e.value().name() == "link")
        .find(|e| {
            e.value().attr("rel").is_some_and(|r| r.split_whitespace().any(|w| w.eq_ignore_ascii_case("canonical")))
        })
        .and_then(|e| e.value().attr("href"))
        .map(|h| h.trim().to_string())
        .filter(|s| !s.is_empty())
}

fn first_text(html: &Html, tag: &str) -> Option<String> {
    html.root_element()
        .descendent_elements()
        .find(|e| e.value().name() == tag)
        .map(|e| clean(&e.text().collect::<String>()))
        .filter(|s| !s.is_empty())
}

fn time_datetime(html: &Html) -> Option<String> {
    html.root_element()
        .descendent_elements()
        .filter(|e| e.value().name() == "time")
        .find_map(|e| e.value().attr("datetime").map(str::to_string))
}

/// The first JSON-LD object of an article type, looking into arrays and `@graph`.
fn json_ld(html: &Html) -> Option<Value> {
    for script in html.root_element().descendent_elements().filter(|e| e.value().name() == "script") {
        let is_ld = script.value().attr("type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
        if !is_ld {
            continue;
        }
        let Ok(value) = serde_json::from_str::<Value>(&script.text().collect::<String>()) else { continue };
        if let Some(found) = find_article(&value, 0) {
            return Some(found.clone());
        }
    }
    None
}

fn find_article(value: &Value, depth: usize) -> Option<&Value> {
    if depth > 8 {
        return None;
    }
    match value {
        Value::Array(items) => items.iter().find_map(|v| find_article(v, depth + 1)),
        Value::Object(map) => {
            let is_article = match map.get("@type") {
                Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
                _ => false,
            };
            if is_article {
                return Some(value);
            }
            map.get("@graph").and_then(|g| find_article(g, depth + 1))
        }
        _ => None,
    }
}

fn string_field(object: &Value, field: &str) -> Option<String> {
    match object.get(field)? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Array(items) => items.iter().find_map(Value::as_str).map(|s| s.trim().to_string()),
        _ => None,
    }
}

/// `"Name"`, `{"name": "Name"}` or a list of either, joined with ", ".
pub fn author_names(value: &Value) -> Option<String> {
    let one = |v: &Value| match v {
        Value::String(s) => Some(clean(s)),
        Value::Object(m) => m.get("name").and_then(Value::as_str).map(clean),
        _ => None,
    };
    let names: Vec<String> = match value {
        Value::Array(items) => items.iter().filter_map(one).collect(),
        v => one(v).into_iter().collect(),
    };
    let names: Vec<String> = names.into_iter().filter(|n| !n.is_empty()).collect();
    (!names.is_empty()).then(|| names.join(", "))
}

fn is_boilerplate(e: &ElementRef<'_>) -> bool {
    let el = e.value();
    if SKIP_TAGS.contains(&el.name()) || el.attr("hidden").is_some() {
        return true;
    }
    // Page-level classes ("single-post has-sidebar") describe the page, not the element.
    if matches!(el.name(), "html" | "body" | "main" | "article") {
        return false;
    }
    if el.attr("aria-hidden").is_some_and(|v| v == "true") {
        return true;
    }
    if let Some(style) = el.attr("style") {
        let s: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    if el
        .attr("role")
        .is_some_and(|r| matches!(r, "navigation" | "banner" | "contentinfo" | "complementary" | "dialog" | "alert"))
    {
        return true;
    }
    for attr in ["class", "id"] {
        let Some(value) = el.attr(attr) else { continue };
        let lower = value.to_ascii_lowercase();
        for word in lower.split(|c: char| c.is_whitespace() || c == '_' || c == '-') {
            if SKIP_WORDS.contains(&word) {
                return true;
            }
        }
        if lower.split_whitespace().any(|w| SKIP_WORDS.contains(&w)) {
            return true;
        }
        // Article wrappers ("article-body", "story-comments-count") may contain the
        // parts; only the ones never used for the body are matched inside words.
        if SKIP_PARTS.iter().any(|p| lower.contains(p))
            && !lower.contains("article-body")
            && !lower.contains("story-body")
        {
            return true;
        }
    }
    false
}

fn is_block(name: &str) -> bool {
    BLOCK_TAGS.contains(&name)
}

/// One paragraph being collected: its text, and how much of it is link text.
#[derive(Default)]
struct Block {
    text: String,
    link_chars: usize,
}

struct Collector {
    blocks: Vec<Block>,
    current: Block,
}

impl Collector {
    fn end_block(&mut self) {
        let block = std::mem::take(&mut self.current);
        let text = clean(&block.text);
        if !text.is_empty() {
            self.blocks.push(Block { text, link_chars: block.link_chars });
        }
    }

    fn walk(&mut self, e: ElementRef<'_>, in_link: bool, depth: usize) {
        if depth > 200 {
            return;
        }
        for child in e.children() {
            match child.value() {
                Node::Text(t) => {
                    self.current.text.push_str(t);
                    if in_link {
                        self.current.link_chars += t.trim().chars().count();
                    }
                }
                Node::Element(el) => {
                    let Some(child_el) = ElementRef::wrap(child) else { continue };
                    if is_boilerplate(&child_el) {
                        continue;
                    }
                    let block = is_block(el.name());
                    if block {
                        self.end_block();
                    }
                    if el.name() != "br" {
                        self.walk(child_el, in_link || el.name() == "a", depth + 1);
                    }
                    if block {
                        self.end_block();
                    } else {
                        self.current.text.push(' ');
                    }
                }
                _ => {}
            }
        }
    }
}

fn blocks_of(e: ElementRef<'_>) -> Vec<Block> {
    let mut c = Collector { blocks: Vec::new(), current: Block::default() };
    c.walk(e, false, 0);
    c.end_block();
    c.blocks
}

/// Characters of paragraph text directly under `e` (its `<p>` children and grandchildren).
fn paragraph_chars(e: ElementRef<'_>) -> usize {
    e.descendent_elements()
        .filter(|d| d.value().name() == "p")
        .filter(|p| {
            !p.ancestors().filter_map(ElementRef::wrap).take_while(|a| a.id() != e.id()).any(|a| is_boilerplate(&a))
        })
        .map(|p| p.text().map(|t| t.trim().chars().count()).sum::<usize>())
        .sum()
}

fn body_text(html: &Html) -> String {
    let root = html.root_element();
    let body = root.descendent_elements().find(|e| e.value().name() == "body").unwrap_or(root);
    let marked = body.descendent_elements().filter(|e| {
        let el = e.value();
        el.name() == "article"
            || el.name() == "main"
            || el.attr("role") == Some("main")
            || el.attr("itemprop").is_some_and(|v| v.split_whitespace().any(|w| w == "articleBody"))
    });
    let unskipped = |e: &ElementRef<'_>| {
        !e.ancestors().filter_map(ElementRef::wrap).any(|a| is_boilerplate(&a)) && !is_boilerplate(e)
    };
    let best_marked = marked.filter(unskipped).map(|e| (paragraph_chars(e), e)).max_by_key(|(n, _)| *n);
    let container = match best_marked {
        Some((n, e)) if n > 0 => e,
        _ => {
            // The element whose own <p> children hold the most text.
            // Each parent measured once, however many paragraphs it holds.
            let mut best: Option<(usize, ElementRef<'_>)> = None;
            let mut measured = std::collections::HashSet::new();
            for p in body.descendent_elements().filter(|e| e.value().name() == "p").filter(unskipped) {
                let Some(parent) = p.parent().and_then(ElementRef::wrap) else { continue };
                if !measured.insert(parent.id()) {
                    continue;
                }
                let n = paragraph_chars(parent);
                if best.is_none_or(|(m, _)| n > m) {
                    best = Some((n, parent));
                }
            }
            best.map(|(_, e)| e).unwrap_or(body)
        }
    };
    let blocks = blocks_of(container);
    blocks
        .into_iter()
        .filter(|b| {
            let chars = b.text.chars().count();
            // Link lists ("Read more: …") are mostly link text.
            !(b.link_chars * 2 > chars && chars < 200)
        })
        .map(|b| b.text)
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_and_metadata() {
        let page = r#"<!doctype html><html><head><title>Site | Story</title>
            <meta property="og:title" content="Story headline">
            <meta property="article:published_time" content="2025-03-04T10:00:00Z">
            <meta name="author" content="Ana Ruiz">
            <link rel="canonical" href="https://example.com/story">
            <script>var x = "script text";</script><style>p { color: red }</style></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <div class="ad-slot">Buy things now</div>
            <article><h1>Story headline</h1><p>First paragraph of the story.</p>
            <p>Second <b>bold</b> paragraph.</p>
            <div class="related-stories"><a href="/x">Another story</a></div></article>
            <div id="cookie-banner">We use cookies</div>
            <section class="comments"><p>Great article!</p></section>
            <footer>Copyright</footer></body></html>"#;
        let p = read_page(page);
        assert_eq!(p.title.as_deref(), Some("Story headline"));
        assert_eq!(p.date.as_deref(), Some("2025-03-04T10:00:00Z"));
        assert_eq!(p.author.as_deref(), Some("Ana Ruiz"));
        assert_eq!(p.url.as_deref(), Some("https://example.com/story"));
        assert_eq!(p.body, "Story headline\n\nFirst paragraph of the story.\n\nSecond bold paragraph.");
    }

    #[test]
    fn json_ld_wins_and_its_body_is_a_fallback() {
        let page = r#"<html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":["NewsArticle"],
             "headline":"From LD","datePublished":"2024-12-01","author":[{"@type":"Person","name":"A One"},{"name":"B Two"}],
             "articleBody":"Body from LD."}]}</script></head><body><div></div></body></html>"#;
        let p = read_page(page);
        assert_eq!(p.title.as_deref(), Some("From LD"));
        assert_eq!(p.date.as_deref(), Some("2024-12-01"));
        assert_eq!(p.author.as_deref(), Some("A One, B Two"));
        assert_eq!(p.body, "Body from LD.");
    }

    #[test]
    fn page_level_classes_do_not_hide_the_page() {
        let page = "<body class=\"single-post has-sidebar header-fixed\"><article class=\"post type-post\"><p>The whole story.</p></article><div class=sidebar><p>Links and more links here.</p></div></body>";
        assert_eq!(read_page(page).body, "The whole story.");
    }

    #[test]
    fn limits_pair_tags_as_the_parser_does() {
        let limits = Limits { depth: 3, attributes: 2 };
        let ok = |page: &str| check_limits(page, limits);
        // Paragraphs and list items close themselves; void tags hold nothing.
        assert_eq!(ok("<div><p>a<p>b<p>c<p>d<ul><li>x<li>y</ul><br><img src=x></div>"), Ok(()));
        // An end tag closes what is open inside its element.
        assert_eq!(ok("<div><span><b>x</div><div><span><b>y</div>"), Ok(()));
        // Script text and comments are not markup; quoted values may hold anything.
        assert_eq!(ok("<script><div><div><div><div></script><!-- <div><div><div><div> -->"), Ok(()));
        assert_eq!(ok("<a href=\"x > y\" title='a b c'>t</a>"), Ok(()));
        let deep = ok("<div><div><section><span>x</span></section></div></div>").unwrap_err();
        assert!(deep.contains("more than 3 deep") && deep.contains("--max-html-depth"), "{deep}");
        let wide = ok("<p a=1 b c='3'>x</p>").unwrap_err();
        assert!(
            wide.contains("<p> tag has more than 2 attributes") && wide.contains("--max-html-attributes"),
            "{wide}"
        );
    }

    #[test]
    fn pages_without_article_markup_use_the_densest_paragraphs() {
        let page = "<body><div class=menu><p>Home</p></div><div><p>One long paragraph of news text here.</p><p>And another one.</p></div><div><p>x</p></div>";
        assert_eq!(read_page(page).body, "One long paragraph of news text here.\n\nAnd another one.");
    }
}
