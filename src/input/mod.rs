//! Input: turns the paths a user gives into articles.
//!
//! `sources` expands paths (folders are walked recursively, in sorted order);
//! `read_article` reads one source into an `Article`. Every failure names the
//! file and the reason, and never stops the other sources.

mod date;
mod markdown;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// File extensions read when walking a folder (a file named explicitly is read whatever its name).
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown"];

/// Where an article comes from.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    File(PathBuf),
    Stdin,
}

impl Source {
    /// The source as the user should see it.
    pub fn display(&self) -> String {
        match self {
            Source::File(p) => p.display().to_string(),
            Source::Stdin => "-".to_string(),
        }
    }

    fn path(&self) -> PathBuf {
        match self {
            Source::File(p) => p.clone(),
            Source::Stdin => PathBuf::from("-"),
        }
    }
}

/// One news article, as read.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// What identifies the article across runs: its absolute path, or for
    /// standard input its content hash. Re-ingesting the same key replaces it.
    pub key: String,
    /// Where it was read from, as given (a path, or `-`).
    pub source: String,
    /// The headline: the first non-empty line, without Markdown heading marks.
    pub title: String,
    /// Publication date (`YYYY-MM-DD`) when the first lines state one.
    pub date: Option<String>,
    /// The text extraction reads. For Markdown, markup characters are blanked
    /// with spaces, so byte offsets still point into the file as written.
    pub text: String,
    /// `sha256:` + hex digest of the file's bytes.
    pub content_hash: String,
}

/// Expands the paths a user gave into article sources: files as they are,
/// folders walked recursively (hidden entries and `skip` left out), sorted.
/// A path that cannot be read becomes an error; the others are still returned.
pub fn sources(paths: &[PathBuf], skip: Option<&Path>) -> (Vec<Source>, Vec<Error>) {
    let skip = skip.and_then(|p| fs::canonicalize(p).ok());
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            found.push(Source::Stdin);
            continue;
        }
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, skip.as_deref(), &mut found, &mut errors),
            Ok(_) => found.push(Source::File(path.clone())),
            Err(source) => errors.push(Error::Io { path: path.clone(), source }),
        }
    }
    (found, errors)
}

fn walk(dir: &Path, skip: Option<&Path>, found: &mut Vec<Source>, errors: &mut Vec<Error>) {
    if skip.is_some() && fs::canonicalize(dir).ok().as_deref() == skip {
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => return errors.push(Error::Io { path: dir.to_path_buf(), source }),
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => paths.push(entry.path()),
            Err(source) => errors.push(Error::Io { path: dir.to_path_buf(), source }),
        }
    }
    paths.sort();
    for path in paths {
        let hidden = path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, skip, found, errors);
        } else if has_article_extension(&path) {
            found.push(Source::File(path));
        }
    }
}

fn has_article_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|a| a.eq_ignore_ascii_case(e)))
}

fn is_markdown(source: &Source) -> bool {
    match source {
        Source::File(p) => p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown")),
        Source::Stdin => false,
    }
}

/// Reads one source into an article.
pub fn read_article(source: &Source) -> Result<Article> {
    let bytes = read_bytes(source)?;
    let key = match source {
        Source::File(path) => fs::canonicalize(path)
            .map_err(|e| Error::Io { path: path.clone(), source: e })?
            .display()
            .to_string(),
        Source::Stdin => format!("stdin:{}", hex_digest(&bytes)),
    };
    article_from_bytes(&bytes, key, source.display(), is_markdown(source))
        .map_err(|reason| Error::BadArticle { path: source.path(), reason })
}

fn read_bytes(source: &Source) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let read = match source {
        Source::File(path) => fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)),
        Source::Stdin => std::io::stdin().lock().read_to_end(&mut bytes),
    };
    read.map_err(|source_err| Error::Io { path: source.path(), source: source_err })?;
    Ok(bytes)
}

/// Builds an article from a file's bytes; the reason it cannot, otherwise.
pub fn article_from_bytes(
    bytes: &[u8],
    key: String,
    source: String,
    markdown: bool,
) -> std::result::Result<Article, String> {
    if bytes.contains(&0) {
        return Err("binary file (it contains NUL bytes), not an article".to_string());
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let raw = std::str::from_utf8(body).map_err(|e| {
        format!("not valid UTF-8 (invalid byte at offset {})", e.valid_up_to() + bytes.len() - body.len())
    })?;
    if raw.trim().is_empty() {
        return Err("empty file: no article text".to_string());
    }
    let text = if markdown { markdown::blank_markup(raw) } else { raw.to_string() };
    let title = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or_default().to_string();
    let date = date::find_date(&text);
    Ok(Article { key, source, title, date, text, content_hash: format!("sha256:{}", hex_digest(bytes)) })
}

fn hex_digest(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}
