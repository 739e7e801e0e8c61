//! CSV for spreadsheets: one folder with `entities.csv` (the nodes file),
//! `relations.csv` (the edges file), `quotes.csv` and `articles.csv`. RFC 4180
//! with a header row of human names, UTF-8; or, for spreadsheets in locales
//! that write decimals with a comma, `;` between cells, a decimal comma and a
//! byte-order mark (so they detect UTF-8).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::GraphView;
use crate::error::{Error, Result};

/// The spreadsheet conventions to follow.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CsvStyle {
    /// RFC 4180: `,` between cells, `.` in decimals, no byte-order mark.
    #[default]
    Comma,
    /// `;` between cells, `,` in decimals, a UTF-8 byte-order mark first.
    Semicolon,
}

/// The files [`write_csv`] writes, in order.
pub const FILES: [&str; 4] = ["entities.csv", "relations.csv", "quotes.csv", "articles.csv"];

/// Writes the four files into `dir` (created if missing); returns their paths.
pub fn write_csv(view: &GraphView, dir: &Path, style: CsvStyle) -> Result<Vec<PathBuf>> {
    fs::create_dir_all(dir).map_err(|source| Error::Io { path: dir.to_path_buf(), source })?;
    let decimal = |x: f64| {
        let text = format!("{x:.2}");
        if style == CsvStyle::Semicolon {
            text.replace('.', ",")
        } else {
            text
        }
    };
    let title = |iri: &Option<String>| -> String {
        iri.as_deref().and_then(|a| view.article(a)).map(|a| a.title.clone()).unwrap_or_default()
    };

    let mut paths = Vec::new();
    let mut table = Table::create(dir, FILES[0], style)?;
    table.row(["Entity", "Class", "Also known as", "Wikidata", "Articles", "ID"])?;
    for n in &view.nodes {
        table.row([
            n.label.as_str(),
            n.class.name(),
            &n.aliases.join("; "),
            n.wikidata.as_deref().unwrap_or(""),
            &n.articles.to_string(),
            &n.iri,
        ])?;
    }
    paths.push(table.finish()?);

    let mut table = Table::create(dir, FILES[1], style)?;
    table.row([
        "Subject",
        "Relation",
        "Object",
        "Job title",
        "Confidence",
        "Articles",
        "Article",
        "Evidence sentence",
        "Subject ID",
        "Object ID",
        "Article ID",
    ])?;
    for e in &view.edges {
        table.row([
            view.label(&e.source),
            e.predicate.name(),
            view.label(&e.target),
            &e.roles.join("; "),
            &decimal(e.confidence),
            &e.articles.to_string(),
            &title(&e.article),
            &e.evidence,
            &e.source,
            &e.target,
            e.article.as_deref().unwrap_or(""),
        ])?;
    }
    paths.push(table.finish()?);

    let mut table = Table::create(dir, FILES[2], style)?;
    table.row(["Speaker", "Quote", "Article", "Date", "Speaker ID", "Article ID"])?;
    for q in &view.quotes {
        let article = view.article(&q.article);
        table.row([
            view.label(&q.speaker),
            &q.text,
            article.map_or("", |a| a.title.as_str()),
            article.and_then(|a| a.date.as_deref()).unwrap_or(""),
            &q.speaker,
            &q.article,
        ])?;
    }
    paths.push(table.finish()?);

    let mut table = Table::create(dir, FILES[3], style)?;
    table.row(["Title", "Date", "Source", "Entities", "Relations", "Quotes", "ID"])?;
    for a in &view.articles {
        table.row([
            a.title.as_str(),
            a.date.as_deref().unwrap_or(""),
            &a.source,
            &a.entities.to_string(),
            &a.relations.to_string(),
            &a.quotes.to_string(),
            &a.iri,
        ])?;
    }
    paths.push(table.finish()?);
    Ok(paths)
}

/// One CSV file being written; errors name it.
struct Table {
    path: PathBuf,
    writer: csv::Writer<fs::File>,
}

impl Table {
    fn create(dir: &Path, name: &str, style: CsvStyle) -> Result<Table> {
        let path = dir.join(name);
        let io = |source| Error::Io { path: path.clone(), source };
        let mut file = fs::File::create(&path).map_err(io)?;
        if style == CsvStyle::Semicolon {
            file.write_all("\u{feff}".as_bytes()).map_err(io)?;
        }
        let delimiter = if style == CsvStyle::Semicolon { b';' } else { b',' };
        let writer = csv::WriterBuilder::new().delimiter(delimiter).terminator(csv::Terminator::CRLF).from_writer(file);
        Ok(Table { path, writer })
    }

    fn row<const N: usize>(&mut self, cells: [&str; N]) -> Result<()> {
        self.writer
            .write_record(cells.map(neutralised))
            .map_err(|source| Error::Csv { path: self.path.clone(), source })
    }

    fn finish(mut self) -> Result<PathBuf> {
        self.writer.flush().map_err(|source| Error::Io { path: self.path.clone(), source })?;
        Ok(self.path)
    }
}

/// A cell that a spreadsheet would run as a formula (it starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return, as a quote or a name from an article
/// may) gets a leading apostrophe, so it is shown as text. This is what
/// OWASP's advice on CSV injection recommends; the apostrophe is not shown.
fn neutralised(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}
