//! Page furniture: the parts of a news page that are not the story and name
//! no entity of it: bylines ("By Jane Doe and John Roe", "Jane Doe, Planet
//! staff writer", "Jane Doe contributed to this report"), a dated source line
//! ("March 4, 2021|Reuters"), agency credits in a dateline ("June 8 (Reuters)
//! -"), after a paragraph ("… rose. (Reuters)") or at the end ("(Reporting by
//! …; Editing by …)"), photo credits ("Photograph: Jane Doe", "(Jane Doe/The Daily Planet)"),
//! links to other stories ("Read more: …", "[RELATED: …]", "Click here to
//! watch"). Names in a link are not mentions: they belong to another story.
//! Names in a byline or credit are entities the page names (the annotation
//! guidelines count the reporter and the agency), but no fact is read there.

use super::*;
use crate::text::words::{MONTHS, WEEKDAYS};

/// Words that open a link to another story: the rest of the line is its headline.
const LINK_OPENERS: &[&[&str]] = &[
    &["read", "more"],
    &["related"],
    &["see", "also"],
    &["also", "read"],
    &["more", "on", "this"],
    &["recommended"],
    &["watch"],
];

/// What a token is part of: the story, a link to another story, or a byline
/// or credit. Only the story's names are entities; a byline's capitals are
/// also no headline's (see `mentions::find`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Part {
    Story,
    Elsewhere,
    Credit,
}

/// For each token, the part of the page it belongs to.
pub(super) fn furniture(doc: &Doc, res: &Resources) -> Vec<Part> {
    let mut out = vec![Part::Story; doc.len()];
    let lines = lines(doc);
    let mut byline_open = false;
    for (n, line) in lines.iter().enumerate() {
        let line = line.clone();
        if lines.get(n + 1).is_some_and(|next| outlet_over_date(doc, res, line.clone(), next.start)) {
            out[line].fill(Part::Credit);
            continue;
        }
        if byline_open && name_line(doc, line.clone()) {
            out[line].fill(Part::Credit);
            byline_open = false;
            continue;
        }
        byline_open = false;
        if link_line(doc, line.clone()) || advertisement_line(doc, line.clone()) {
            out[line].fill(Part::Elsewhere);
            continue;
        }
        let under_headline =
            n == 1 && lines.len() > 2 && bare_name_line(doc, line.clone()) || name_over_date(doc, &lines, n);
        if byline(doc, line.clone())
            || writer_line(doc, line.clone())
            || dated_source_line(doc, line.clone())
            || under_headline
        {
            byline_open = line.len() == 1;
            out[line].fill(Part::Credit);
            continue;
        }
        if let Some(from) = credit_start(doc, line.clone()) {
            out[from..line.end].fill(Part::Credit);
            // The opener ("Photograph:", "PHOTO:") names nothing.
            out[from] = Part::Elsewhere;
        }
        if let Some(from) = slash_credit_start(doc, line.clone()) {
            out[from..line.end].fill(Part::Credit);
        }
        for k in line.clone() {
            if doc.is_punct(k, '(') || doc.is_punct(k, '[') {
                if let Some(to) = bracketed_credit(doc, k, line.clone()) {
                    out[k..to].fill(Part::Credit);
                }
            }
        }
    }
    out
}

/// "Mon 24 Feb", "June 8": a day or month name (or its three-letter form)
/// before a number starts a date.
fn dated(doc: &Doc, k: usize) -> bool {
    let word = doc.lower(k);
    let day_or_month =
        WEEKDAYS.iter().chain(MONTHS.iter()).any(|d| word == *d || word.len() == 3 && d.starts_with(word));
    day_or_month && doc.is_number(k + 1)
}

/// Token ranges of the text's lines.
fn lines(doc: &Doc) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for k in 1..=doc.len() {
        if k == doc.len() || doc.tokens[k].newlines_before > 0 {
            out.push(start..k);
            start = k;
        }
    }
    out
}

/// "Read more: …", "[RELATED: …]", "… Click here to watch": a line pointing elsewhere.
fn link_line(doc: &Doc, line: Range<usize>) -> bool {
    let first = line.start + usize::from(doc.is_punct(line.start, '['));
    let opener = LINK_OPENERS.iter().any(|words| {
        let after = first + words.len();
        words.iter().enumerate().all(|(n, w)| doc.lower(first + n) == *w && doc.is_capitalized(first))
            && (doc.is_punct(after, ':') || after == line.end)
    });
    opener || line.clone().any(|k| doc.lower(k) == "click" && doc.lower(k + 1) == "here" && k + 1 < line.end)
}

/// "By Jane Doe and John Roe", "By Staff Reporter", "Written by Jane Doe",
/// or "By" alone on its line (the names then follow on the next). What the
/// page prints after the names on the same line (the outlet after "for" or a
/// dash, "|", "Published", a date) is part of the byline.
fn byline(doc: &Doc, line: Range<usize>) -> bool {
    let first = doc.word(line.start);
    let names = match first {
        "By" => line.start + 1,
        "Written" if doc.lower(line.start + 1) == "by" => line.start + 2,
        // "ByDaily Planet Staff": "By" glued to the names, as pages print it.
        _ if glued_by(first) => return line.len() <= 8 && name_line(doc, line),
        _ => return false,
    };
    if names == line.end {
        return line.len() == 1;
    }
    // "By Jane Doe on 28/11/2017", "By Jane Doe on March 3, 2024": "on" before a date.
    let on_date = |k: usize| doc.lower(k) == "on" && (doc.is_number(k + 1) || dated(doc, k + 1));
    let tail = (names..line.end).find(|&k| {
        matches!(doc.lower(k), "for" | "|" | "–" | "—" | "published" | "updated" | "written" | "posted")
            || doc.is_number(k)
            || dated(doc, k)
            || on_date(k)
    });
    let names_end = tail.unwrap_or(line.end);
    names_end > names && line.len() <= 24 && name_line(doc, names..names_end)
}

/// "ByJane Doe": "By" and a capitalized word written as one.
fn glued_by(word: &str) -> bool {
    word.strip_prefix("By").and_then(|rest| rest.chars().next()).is_some_and(char::is_uppercase)
}

/// "Jane Doe" alone on the line under the headline: a byline without its
/// "By" (or a subhead of a few capitalized words, furniture too): two to
/// four capitalized words and nothing else.
fn bare_name_line(doc: &Doc, line: Range<usize>) -> bool {
    (2..=4).contains(&line.len())
        && line.clone().all(|k| doc.tokens[k].kind == TokenKind::Word && doc.is_capitalized(k) && !doc.has_digit(k))
}

/// "Jane Doe" over "January 2, 2025", or over "Gulf Bureau Chief" and then
/// "Aug 27, 2025, 7:06am": a line of a few capitalized words above a line
/// that opens with a date (other such lines between, at most two) is a
/// byline without its "By", wherever the page prints it.
fn name_over_date(doc: &Doc, lines: &[Range<usize>], n: usize) -> bool {
    if !lines.get(n).is_some_and(|l| bare_name_line(doc, l.clone())) {
        return false;
    }
    let mut m = n + 1;
    while m < n + 3 && lines.get(m).is_some_and(|l| bare_name_line(doc, l.clone())) {
        m += 1;
    }
    lines.get(m).is_some_and(|l| dated(doc, l.start))
}

/// "Advertisement", "Advertisement 2": an advertisement's slot printed as a line.
fn advertisement_line(doc: &Doc, line: Range<usize>) -> bool {
    line.len() <= 2
        && matches!(doc.lower(line.start), "advertisement" | "advertising")
        && (line.start + 1..line.end).all(|k| doc.is_number(k))
}

/// "Jane Doe, Daily Planet staff writer", "JANE DOE, Senior Correspondent"
/// (a name, a comma, the writer's job at the line's end), or "Jane Doe
/// contributed to this report" (names, then "contributed"): a byline.
fn writer_line(doc: &Doc, line: Range<usize>) -> bool {
    let Some(last) = line.clone().rev().find(|&k| !doc.is_punct(k, '.')) else { return false };
    // Asked of every line, paragraphs too: the short line's tests first.
    let words =
        || line.clone().all(|k| doc.tokens[k].kind == TokenKind::Word || doc.is_punct(k, ',') || doc.is_punct(k, '.'));
    let comma = || line.clone().find(|&k| doc.is_punct(k, ','));
    let job = line.len() <= 10
        && doc.word_is(last, Words::ReporterNoun)
        && words()
        && comma().is_some_and(|c| name_line(doc, line.start..c));
    let contributed = line.clone().find(|&k| doc.lower(k) == "contributed").is_some_and(|k| {
        k > line.start && name_line(doc, line.start..k) && matches!(doc.lower(k + 1), "to" | "reporting")
    });
    job || contributed
}

/// "January 08, 2013|Wirepress", "Mon 24 Feb | Daily Planet": a line that
/// opens with a date and holds a bar, the date and the source of the page.
fn dated_source_line(doc: &Doc, line: Range<usize>) -> bool {
    line.len() <= 12 && dated(doc, line.start) && line.clone().any(|k| doc.is_punct(k, '|'))
}

/// "Quellby Gazette" over "Nov 30, 2020 • 1 minute read": an outlet's name
/// alone on its line (its last word an outlet's title word) above a line that
/// opens with a date is the page's source, not the story.
fn outlet_over_date(doc: &Doc, res: &Resources, line: Range<usize>, next: usize) -> bool {
    let outlet = line.end > line.start && res.outlet_suffixes.contains(doc.word(line.end - 1));
    outlet && line.len() <= 5 && name_line(doc, line) && dated(doc, next)
}

/// A line of nothing but names: capitalized words joined by "and", commas,
/// hyphens, initials' periods, the slash of an agency and its photographer
/// ("AFP/Jane Doe") (at most a dozen tokens).
fn name_line(doc: &Doc, line: Range<usize>) -> bool {
    let fits = |k: usize| {
        doc.is_capitalized(k)
            || matches!(doc.lower(k), "and" | "," | "-" | "." | "&" | "/")
            || PERSON_CONNECTORS.contains(&doc.word(k))
    };
    !line.is_empty() && line.len() <= 12 && doc.is_capitalized(line.start) && line.clone().all(fits)
}

/// "Photograph: Jane Doe", "Photos by Getty Images", "Photo credit: Jane
/// Doe": where a picture credit starts (its opener may be glued to a symbol
/// the page prints before it: "🔗Source: Wirepress").
fn credit_start(doc: &Doc, line: Range<usize>) -> Option<usize> {
    line.clone().find(|&k| {
        let credit = matches!(doc.lower(k + 1), "credit" | "credits") && doc.is_punct(k + 2, ':');
        doc.is_capitalized(k)
            && doc.word_is(k, Words::CreditOpener)
            && (doc.is_punct(k + 1, ':') || doc.is_punct(k + 1, '|') || doc.lower(k + 1) == "by" || credit)
            && (k == line.start || !doc.joined(k) || doc.tokens[k - 1].kind == TokenKind::Punct)
    })
}

/// "… seen in this file photo. JANE DOE/Wirepress": a photographer's name,
/// a slash and an agency's name (capitalized words, at most four on each
/// side) ending a line, after a full stop or alone on it, are a photo credit
/// without brackets. Returns where the credit starts.
fn slash_credit_start(doc: &Doc, line: Range<usize>) -> Option<usize> {
    let slash = (line.start + 1..line.end.saturating_sub(1)).rev().find(|&k| doc.is_punct(k, '/'))?;
    let word = |k: usize| doc.tokens[k].kind == TokenKind::Word && doc.is_capitalized(k);
    let agency = slash + 1..line.end;
    if agency.len() > 4 || !agency.clone().all(word) {
        return None;
    }
    let mut from = slash;
    while from > line.start && slash - from < 4 && word(from - 1) {
        from -= 1;
    }
    let opens = from == line.start || doc.is_punct(from - 1, '.');
    (from < slash && opens).then_some(from)
}

/// A bracketed credit starting at the bracket `open`: an agency in a dateline
/// ("(Reuters) -", "(Reuters):"), a photo credit ("(Jane Doe/The Daily Planet)"), an agency
/// credit ("(Reporting by …)"). Returns the end (after the closing bracket).
/// An agency credit may wrap over the next lines of its paragraph ("(Reporting
/// by Jane Doe; Editing by John" / "Roe)"): its bracket closes there.
fn bracketed_credit(doc: &Doc, open: usize, line: Range<usize>) -> Option<usize> {
    let credit_opens = doc.word_is(open + 1, Words::AgencyCredit)
        && (open + 1..open + 4).any(|k| doc.lower(k) == "by")
        && doc.is_capitalized(open + 1);
    let end = if credit_opens { paragraph_end(doc, line.end) } else { line.end };
    let close = (open + 1..end.min(open + 40)).find(|&k| doc.is_punct(k, ')') || doc.is_punct(k, ']'))?;
    let inside = open + 1..close;
    if inside.is_empty() {
        return None;
    }
    let credit = credit_opens && inside.clone().take(3).any(|k| doc.lower(k) == "by");
    // "(Source: Jane Doe on Flickr)", "(Photo: Jane Doe)".
    let sourced = doc.word_is(inside.start, Words::CreditOpener)
        && doc.is_capitalized(inside.start)
        && doc.is_punct(inside.start + 1, ':');
    let piece = |k: usize| doc.is_capitalized(k) || doc.is_punct(k, '-') || doc.joined(k) && doc.is_punct(k - 1, '-');
    let names = |r: Range<usize>| r.clone().all(piece) && !r.is_empty();
    let slash = inside.clone().find(|&k| doc.is_punct(k, '/'));
    let photo = slash.is_some_and(|s| names(inside.start..s) && names(s + 1..close) && s - inside.start >= 2);
    let dash = |k: usize| doc.is_punct(k, '-') || doc.is_punct(k, '—') || doc.is_punct(k, '–');
    // "MUMBAI (Wirepress) -", "MUMBAI (Wirepress):": a dash or a colon after the agency.
    let dateline = open - line.start <= 8
        && (dash(close + 1) || doc.is_punct(close + 1, ':'))
        && inside.len() <= 3
        && names(inside.clone());
    // "… rose 4%. (Wirepress)": an agency after a paragraph's last full stop.
    let closing = close + 1 == line.end
        && open > line.start
        && doc.is_punct(open - 1, '.')
        && inside.len() <= 3
        && names(inside.clone());
    (credit || sourced || photo || dateline || closing).then_some(close + 1)
}

/// Where the paragraph holding the token before `from` ends: the first token
/// from `from` on after a blank line (or the text's end).
fn paragraph_end(doc: &Doc, from: usize) -> usize {
    (from..doc.len()).find(|&k| doc.tokens[k].newlines_before > 1).unwrap_or(doc.len())
}
