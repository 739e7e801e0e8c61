//! Input: turns the paths a user gives into articles.
//!
//! `sources` expands paths (folders are walked recursively, in sorted order,
//! filtered by extension or include/exclude globs); `read_source` reads one
//! source into articles, one for a text, Markdown or HTML file, one per line for
//! JSON Lines, streaming. Gzip is recognised by its magic bytes; encodings by
//! `decode`. Every failure names the file (and the line, for JSON Lines) and
//! never stops the other sources.

mod date;
pub mod decode;
pub mod html;
pub mod jsonl;
mod markdown;

use std::collections::HashSet;
use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::ops::ControlFlow;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use globset::{Glob, GlobSet, GlobSetBuilder};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
pub use jsonl::JsonlFields;

/// File extensions read when walking a folder without `--include` (each also
/// with `.gz`). A file named explicitly is read whatever its name.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "html", "htm", "xhtml", "jsonl", "ndjson"];

/// Where articles come from.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    File(PathBuf),
    Stdin,
    /// Bytes handed over whole (an HTTP request's body), possibly gzip-compressed:
    /// `name` is the source recorded (`None` claims no place, like standard
    /// input), `format` the format when the sender said it; else the name's
    /// extension, else the first bytes, decide.
    Bytes {
        name: Option<String>,
        format: Option<Format>,
        bytes: std::sync::Arc<[u8]>,
    },
}

impl Source {
    /// The source as the user should see it.
    pub fn display(&self) -> String {
        match self {
            Source::File(p) => p.display().to_string(),
            Source::Stdin => "-".to_string(),
            Source::Bytes { name, .. } => name.clone().unwrap_or_else(|| "-".to_string()),
        }
    }

    pub fn path(&self) -> PathBuf {
        match self {
            Source::File(p) => p.clone(),
            Source::Stdin => PathBuf::from("-"),
            Source::Bytes { .. } => PathBuf::from(self.display()),
        }
    }

    /// Bytes on disk, for progress (0 for standard input or when unknown).
    pub fn size(&self) -> u64 {
        match self {
            Source::File(p) => fs::metadata(p).map(|m| m.len()).unwrap_or(0),
            Source::Stdin => 0,
            Source::Bytes { bytes, .. } => bytes.len() as u64,
        }
    }
}

/// How a source's bytes are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Jsonl,
}

/// One news article, as read.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// What identifies the article: the content hash of its text. The same text
    /// read from two files (or two lines) is one article.
    pub key: String,
    /// Where it was read from, as recorded in the store (`ng:source`): the
    /// canonical absolute path of the file, `PATH#L<n>` for a JSON Lines record,
    /// or `-` for standard input. Re-ingesting a source replaces what it said.
    pub source: String,
    /// The headline: the page's or record's title, else the first non-empty line.
    pub title: String,
    /// Publication date (`YYYY-MM-DD`) from the metadata, else from the first lines.
    pub date: Option<String>,
    pub author: Option<String>,
    /// The article's URL (canonical link, `og:url`, or the record's URL field).
    pub url: Option<String>,
    /// The text extraction reads; the headline is its first line. For Markdown,
    /// markup characters are blanked with spaces, so byte offsets still point
    /// into the file as written.
    pub text: String,
    /// `sha256:` + hex digest of `text` (UTF-8); equal to `key`.
    pub content_hash: String,
    /// The encoding the bytes were decoded from.
    pub encoding: &'static str,
}

/// Which files a folder walk takes.
#[derive(Clone, Debug, Default)]
pub struct WalkOptions {
    /// When not empty, a file is taken only if one of these globs matches its
    /// path relative to the folder given or its name (instead of the extension list).
    pub include: Vec<String>,
    /// Files and folders matching any of these are left out.
    pub exclude: Vec<String>,
}

struct Filter {
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
}

fn glob_set(globs: &[String]) -> Result<Option<GlobSet>> {
    if globs.is_empty() {
        return Ok(None);
    }
    let mut b = GlobSetBuilder::new();
    for g in globs {
        let glob = Glob::new(g).map_err(|e| Error::Usage { message: format!("bad glob '{g}': {e}") })?;
        b.add(glob);
    }
    b.build().map(Some).map_err(|e| Error::Usage { message: e.to_string() })
}

impl Filter {
    fn matches(set: &GlobSet, rel: &Path) -> bool {
        set.is_match(rel) || rel.file_name().is_some_and(|n| set.is_match(n))
    }
    fn excluded(&self, rel: &Path) -> bool {
        self.exclude.as_ref().is_some_and(|s| Filter::matches(s, rel))
    }
    fn included(&self, rel: &Path) -> bool {
        match &self.include {
            Some(s) => Filter::matches(s, rel),
            None => has_article_extension(rel),
        }
    }
}

/// `walk_sources` with the default filter (the article extensions).
pub fn sources(paths: &[PathBuf], skip: Option<&Path>) -> (Vec<Source>, Vec<Error>) {
    walk_sources(paths, skip, &WalkOptions::default()).expect("no globs, so no glob errors")
}

/// Expands the paths a user gave into article sources: files as they are,
/// folders walked recursively (hidden entries, `skip`, what an ignore file or
/// `exclude` names, and what is not a regular file left out), sorted. A path
/// that cannot be read becomes an error; the others are still returned. A bad
/// glob is an error for the whole call.
pub fn walk_sources(
    paths: &[PathBuf],
    skip: Option<&Path>,
    walk_options: &WalkOptions,
) -> Result<(Vec<Source>, Vec<Error>)> {
    let filter = Filter { include: glob_set(&walk_options.include)?, exclude: glob_set(&walk_options.exclude)? };
    let skip = skip.and_then(|p| fs::canonicalize(p).ok());
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            found.push(Source::Stdin);
            continue;
        }
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, path, skip.as_deref(), &filter, &mut found, &mut errors),
            Ok(_) => found.push(Source::File(path.clone())),
            Err(source) => errors.push(Error::Io { path: path.clone(), source }),
        }
    }
    Ok((found, errors))
}

/// The name of a file that lists, one glob a line, what a folder walk leaves out
/// below the folder holding it (paths relative to that folder, or names).
pub const IGNORE_FILE: &str = ".newsgraphignore";

/// Globs of a folder's ignore file; an unreadable or malformed one is reported.
fn ignore_globs(dir: &Path, errors: &mut Vec<Error>) -> Option<GlobSet> {
    let path = dir.join(IGNORE_FILE);
    let text = fs::read_to_string(&path).ok()?;
    let globs: Vec<String> = text
        .lines()
        .map(|l| l.trim().trim_end_matches('/'))
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect();
    match glob_set(&globs) {
        Ok(set) => set,
        Err(e) => {
            errors.push(Error::BadArticle { path, reason: e.to_string() });
            None
        }
    }
}

fn walk(
    root: &Path,
    dir: &Path,
    skip: Option<&Path>,
    filter: &Filter,
    found: &mut Vec<Source>,
    errors: &mut Vec<Error>,
) {
    Walk { root, skip, filter, ignores: Vec::new(), seen: HashSet::new(), found, errors }.folder(dir);
}

/// One walk of a folder given on the command line.
struct Walk<'a> {
    root: &'a Path,
    /// The store's own folder, never read.
    skip: Option<&'a Path>,
    filter: &'a Filter,
    /// `.newsgraphignore` globs of the folders on the way down, with their folder.
    ignores: Vec<(PathBuf, GlobSet)>,
    /// The real (canonical) folders walked so far: each is walked once, however
    /// many links lead to it, so a link loop ends.
    seen: HashSet<PathBuf>,
    found: &'a mut Vec<Source>,
    errors: &'a mut Vec<Error>,
}

impl Walk<'_> {
    fn folder(&mut self, dir: &Path) {
        let real = fs::canonicalize(dir).ok();
        if self.skip.is_some() && real.as_deref() == self.skip {
            return;
        }
        if let Some(real) = real {
            if !self.seen.insert(real) {
                return;
            }
        }
        let pushed = match ignore_globs(dir, self.errors) {
            Some(set) => {
                self.ignores.push((dir.to_path_buf(), set));
                true
            }
            None => false,
        };
        self.entries(dir);
        if pushed {
            self.ignores.pop();
        }
    }

    fn entries(&mut self, dir: &Path) {
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(source) => return self.errors.push(Error::Io { path: dir.to_path_buf(), source }),
        };
        let mut paths: Vec<PathBuf> = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => paths.push(entry.path()),
                Err(source) => self.errors.push(Error::Io { path: dir.to_path_buf(), source }),
            }
        }
        paths.sort();
        for path in paths {
            let hidden = path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
            let rel = path.strip_prefix(self.root).unwrap_or(&path).to_path_buf();
            let ignored =
                self.ignores.iter().any(|(base, set)| Filter::matches(set, path.strip_prefix(base).unwrap_or(&path)));
            if hidden || ignored || self.filter.excluded(&rel) {
                continue;
            }
            // Follows symlinks: a link to a folder is walked, a dangling one is reported
            // when read (if its name is taken), FIFOs, sockets and devices are left out.
            match fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => self.folder(&path),
                Ok(meta) if !meta.is_file() => {}
                _ => {
                    if self.filter.included(&rel) {
                        self.found.push(Source::File(path));
                    }
                }
            }
        }
    }
}

/// The name without a trailing `.gz`.
fn inner_name(path: &Path) -> &Path {
    match path.extension().and_then(|e| e.to_str()) {
        Some(e) if e.eq_ignore_ascii_case("gz") => path.file_stem().map(Path::new).unwrap_or(path),
        _ => path,
    }
}

fn has_article_extension(path: &Path) -> bool {
    inner_name(path)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|a| a.eq_ignore_ascii_case(e)))
}

/// The format a file's name says, if it says one.
pub fn format_of_name(path: &Path) -> Option<Format> {
    let ext = inner_name(path).extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "md" | "markdown" => Format::Markdown,
        "html" | "htm" | "xhtml" => Format::Html,
        "jsonl" | "ndjson" => Format::Jsonl,
        "txt" | "text" => Format::Text,
        _ => return None,
    })
}

/// How sources are read.
#[derive(Clone, Debug)]
pub struct ReadOptions {
    pub jsonl: JsonlFields,
    /// The most bytes one article may take once decompressed: a whole file, or
    /// one line of a JSON Lines file. Larger ones are reported and skipped
    /// without being read into memory.
    pub max_article_bytes: u64,
    /// The most bytes of text one article may hold once read (what extraction
    /// reads: a page without its markup, a record's text field). Larger ones
    /// are reported and skipped: extraction and the article's graph take
    /// memory in proportion to the text.
    pub max_text_bytes: usize,
    /// How deep and how many attributes web pages may have (larger are refused unparsed).
    pub html: html::Limits,
}

/// The default of [`ReadOptions::max_article_bytes`] (and of `--max-article-bytes`):
/// far above any news article or web page, and low enough that reading and
/// extracting one stays well under a gigabyte of memory.
pub const MAX_ARTICLE_BYTES: u64 = 16 << 20;

/// The default of [`ReadOptions::max_text_bytes`] (and of `--max-text-bytes`):
/// ten times the longest news article, and low enough that extracting and
/// storing one stays under a gigabyte (a dense 1 MB text makes about 200,000
/// triples and took 755 MB; 16 MB took 8 GB).
pub const MAX_TEXT_BYTES: usize = 1 << 20;

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            jsonl: JsonlFields::default(),
            max_article_bytes: MAX_ARTICLE_BYTES,
            max_text_bytes: MAX_TEXT_BYTES,
            html: html::Limits::default(),
        }
    }
}

/// Why an article over the size limit is skipped, naming the option that raises it.
fn too_large(limit: u64) -> String {
    format!("larger than {limit} bytes, the most one article may take (--max-article-bytes raises it)")
}

/// The article, unless its text is longer than `limit` bytes (then why not,
/// naming the option that raises it).
fn text_within(article: Article, limit: usize) -> std::result::Result<Article, String> {
    if article.text.len() > limit {
        return Err(format!(
            "its text is {} bytes, more than {limit}, the most one article's text may take (--max-text-bytes raises it)",
            article.text.len()
        ));
    }
    Ok(article)
}

/// Counts the bytes read from a file (before decompression), for progress.
struct Counting<'a, R> {
    inner: R,
    counter: Option<&'a AtomicU64>,
}

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(c) = self.counter {
            c.fetch_add(n as u64, Ordering::Relaxed);
        }
        Ok(n)
    }
}

/// Gzip read errors say that the gzip stream is at fault.
struct GzipErrors<R>(R);

impl<R: Read> Read for GzipErrors<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.read(buf).map_err(|e| {
            let what =
                if e.kind() == io::ErrorKind::UnexpectedEof { "truncated gzip file" } else { "corrupt gzip data" };
            io::Error::new(e.kind(), format!("{what} ({e})"))
        })
    }
}

/// Opens a source for reading, decompressing gzip (recognised by its magic bytes).
fn open<'a>(source: &Source, counter: Option<&'a AtomicU64>) -> io::Result<Box<dyn BufRead + 'a>> {
    let raw: Box<dyn Read + 'a> = match source {
        Source::File(path) => Box::new(Counting { inner: fs::File::open(path)?, counter }),
        Source::Stdin => Box::new(Counting { inner: io::stdin(), counter }),
        Source::Bytes { bytes, .. } => Box::new(Counting { inner: io::Cursor::new(bytes.clone()), counter }),
    };
    let mut buffered = BufReader::with_capacity(64 * 1024, raw);
    let magic = peek(&mut buffered, 2)?;
    if magic.starts_with(&[0x1f, 0x8b]) {
        let gz = GzipErrors(flate2::bufread::MultiGzDecoder::new(buffered));
        Ok(Box::new(BufReader::with_capacity(64 * 1024, gz)))
    } else {
        Ok(Box::new(buffered))
    }
}

/// The first `n` bytes (fewer at the end), without consuming them.
fn peek<R: BufRead + ?Sized>(r: &mut R, n: usize) -> io::Result<Vec<u8>> {
    loop {
        match r.fill_buf() {
            Ok(buf) => return Ok(buf[..buf.len().min(n)].to_vec()),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
}

/// The format of content whose name does not say: `<` starts HTML, `{` JSON Lines.
fn sniff(head: &[u8]) -> Format {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    match head.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'<') => Format::Html,
        Some(b'{') => Format::Jsonl,
        _ => Format::Text,
    }
}

/// Reads one source into one article: the whole file, or for JSON Lines the
/// first good record (use `read_source` to get them all).
pub fn read_article(source: &Source) -> Result<Article> {
    let mut first_error = None;
    let found = read_source(source, &ReadOptions::default(), None, &mut |item| match item {
        Ok(article) => ControlFlow::Break(article),
        Err(e) => {
            first_error.get_or_insert(e);
            ControlFlow::Continue(())
        }
    });
    match (found, first_error) {
        (ControlFlow::Break(article), _) => Ok(article),
        (ControlFlow::Continue(()), Some(e)) => Err(e),
        (ControlFlow::Continue(()), None) => {
            Err(Error::BadArticle { path: source.path(), reason: "no article in it".into() })
        }
    }
}

/// Reads one source and hands each article (or the reason one could not be
/// read) to `each`, in order. JSON Lines is streamed line by line. `each`
/// stops the reading by returning `Break`, whose value is returned.
pub fn read_source<B>(
    source: &Source,
    options: &ReadOptions,
    counter: Option<&AtomicU64>,
    each: &mut dyn FnMut(Result<Article>) -> ControlFlow<B>,
) -> ControlFlow<B> {
    read_source_to_end(source, options, counter, each)?;
    ControlFlow::Continue(())
}

/// What a JSON Lines file held when it was read to its end: its source name
/// and the numbers of the lines that held a record (an article, or a line
/// reported as bad), as sorted ranges. Its other lines, blank or gone, hold
/// nothing now, so a store drops what they said before.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinesRead {
    pub source: String,
    pub lines: Vec<std::ops::Range<usize>>,
}

impl LinesRead {
    /// Whether line `n` held a record.
    pub fn holds(&self, n: usize) -> bool {
        let k = self.lines.partition_point(|r| r.end <= n);
        self.lines.get(k).is_some_and(|r| r.contains(&n))
    }

    fn push(&mut self, n: usize) {
        match self.lines.last_mut() {
            Some(last) if last.end == n => last.end = n + 1,
            _ => self.lines.push(n..n + 1),
        }
    }
}

/// As [`read_source`], and when the source is a JSON Lines file read to its
/// end, which of its lines held a record.
pub fn read_source_to_end<B>(
    source: &Source,
    options: &ReadOptions,
    counter: Option<&AtomicU64>,
    each: &mut dyn FnMut(Result<Article>) -> ControlFlow<B>,
) -> ControlFlow<B, Option<LinesRead>> {
    let io_err = |e: io::Error| Error::Io { path: source.path(), source: e };
    let mut reader = match open(source, counter) {
        Ok(r) => r,
        Err(e) => return each(Err(io_err(e))).map_continue(|()| None),
    };
    let locator = match source {
        Source::File(path) => match fs::canonicalize(path) {
            Ok(p) => source_name(&p),
            Err(e) => return each(Err(io_err(e))).map_continue(|()| None),
        },
        Source::Stdin | Source::Bytes { .. } => source.display(),
    };
    let named = match source {
        Source::File(path) => format_of_name(path),
        Source::Stdin => None,
        Source::Bytes { name, format, .. } => {
            format.or_else(|| name.as_deref().and_then(|n| format_of_name(Path::new(n))))
        }
    };
    let format = match named {
        Some(f) => f,
        None => match peek(&mut reader, 512) {
            Ok(head) => sniff(&head),
            Err(e) => return each(Err(io_err(e))).map_continue(|()| None),
        },
    };
    if format == Format::Jsonl {
        return read_jsonl(source, &locator, reader, options, each);
    }
    let mut bytes = Vec::new();
    let limit = options.max_article_bytes;
    if let Err(e) = reader.take(limit.saturating_add(1)).read_to_end(&mut bytes) {
        return each(Err(io_err(e))).map_continue(|()| None);
    }
    let bad = |reason: String| Error::BadArticle { path: source.path(), reason };
    if bytes.len() as u64 > limit {
        return each(Err(bad(too_large(limit)))).map_continue(|()| None);
    }
    let article = article_within(&bytes, format, locator, options.html);
    each(article.and_then(|a| text_within(a, options.max_text_bytes)).map_err(bad))?;
    ControlFlow::Continue(None)
}

fn read_jsonl<B>(
    source: &Source,
    locator: &str,
    mut reader: Box<dyn BufRead + '_>,
    options: &ReadOptions,
    each: &mut dyn FnMut(Result<Article>) -> ControlFlow<B>,
) -> ControlFlow<B, Option<LinesRead>> {
    let mut line = Vec::new();
    let mut number = 0;
    let mut any = false;
    let mut held = LinesRead { source: locator.to_string(), lines: Vec::new() };
    loop {
        line.clear();
        number += 1;
        let limit = options.max_article_bytes;
        match (&mut reader).take(limit.saturating_add(1)).read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                let reason = format!("read failed: {e}");
                return each(Err(Error::BadLine { path: source.path(), line: number, reason })).map_continue(|()| None);
            }
        }
        let bad = |reason: String| Error::BadLine { path: source.path(), line: number, reason };
        if line.len() as u64 > limit && line.last() != Some(&b'\n') {
            any = true;
            held.push(number);
            if let Err(e) = skip_line(&mut reader) {
                return each(Err(bad(format!("read failed: {e}")))).map_continue(|()| None);
            }
            each(Err(bad(too_large(limit))))?;
            continue;
        }
        let record = match std::str::from_utf8(&line) {
            Err(e) => Err(bad(format!(
                "not valid UTF-8 (byte {} of the line); JSON Lines must be UTF-8",
                e.valid_up_to() + 1
            ))),
            Ok(_) => jsonl::parse_line(&line, &options.jsonl).map_err(bad),
        };
        let record = match record {
            Ok(Some(r)) => r,
            Ok(None) => continue,
            Err(e) => {
                any = true;
                held.push(number);
                each(Err(e))?;
                continue;
            }
        };
        any = true;
        held.push(number);
        let locator = if locator == "-" { "-".to_string() } else { format!("{locator}#L{number}") };
        let body = record.text.replace("\r\n", "\n");
        let article = assemble(record.title, &body, record.date, record.author, record.url, locator, "UTF-8");
        let bad = |reason: String| Error::BadLine { path: source.path(), line: number, reason };
        each(text_within(article, options.max_text_bytes).map_err(bad))?;
    }
    if !any {
        return each(Err(Error::BadArticle {
            path: source.path(),
            reason: "empty file: no JSON Lines records".into(),
        }))
        .map_continue(|()| None);
    }
    ControlFlow::Continue((locator != "-").then_some(held))
}

/// Reads past the rest of a line without keeping it.
fn skip_line(reader: &mut dyn BufRead) -> io::Result<()> {
    loop {
        let buf = match reader.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            return Ok(());
        }
        match buf.iter().position(|&b| b == b'\n') {
            Some(at) => {
                reader.consume(at + 1);
                return Ok(());
            }
            None => {
                let n = buf.len();
                reader.consume(n);
            }
        }
    }
}

/// A text or Markdown file's bytes as an article with the given key and source
/// (for callers that read files themselves, such as `eval`).
pub fn article_from_bytes(
    bytes: &[u8],
    key: String,
    source: String,
    markdown: bool,
) -> std::result::Result<Article, String> {
    let format = if markdown { Format::Markdown } else { Format::Text };
    let article = article_from_format(bytes, format, source)?;
    Ok(Article { key, ..article })
}

/// Builds an article from a whole file's bytes in a format; the reason it cannot, otherwise.
pub fn article_from_format(bytes: &[u8], format: Format, locator: String) -> std::result::Result<Article, String> {
    article_within(bytes, format, locator, html::Limits::default())
}

/// As [`article_from_format`], web pages held to `limits`.
fn article_within(
    bytes: &[u8],
    format: Format,
    locator: String,
    limits: html::Limits,
) -> std::result::Result<Article, String> {
    match format {
        Format::Html => {
            let declared = decode::html_declared(bytes);
            let decoded = decode::decode(bytes, declared)?;
            html::check_limits(&decoded.text, limits)?;
            let page = html::read_page(&decoded.text);
            if xml_safe(page.body.clone()).trim().is_empty() {
                return Err("no article text in this HTML page (nothing left once navigation, scripts and boilerplate are removed)".into());
            }
            Ok(assemble(page.title, &page.body, page.date, page.author, page.url, locator, decoded.encoding))
        }
        Format::Text | Format::Markdown => {
            let decoded = decode::decode(bytes, None)?;
            // What is stored is XML-safe: the emptiness check and the headline look at that.
            let text = xml_safe(decoded.text);
            if text.trim().is_empty() {
                return Err("empty file: no article text".to_string());
            }
            let text = if format == Format::Markdown { markdown::blank_markup(&text) } else { text };
            let title = first_line(&text);
            let date = date::find_date(&text);
            Ok(finish(text, title, date, None, None, locator, decoded.encoding))
        }
        Format::Jsonl => {
            let decoded = decode::decode(bytes, None)?;
            let mut first = None;
            for line in decoded.text.lines() {
                if let Some(r) = jsonl::parse_line(line.as_bytes(), &JsonlFields::default())? {
                    first = Some(r);
                    break;
                }
            }
            let r = first.ok_or("empty file: no JSON Lines records")?;
            Ok(assemble(r.title, &r.text, r.date, r.author, r.url, locator, decoded.encoding))
        }
    }
}

/// An article from a headline and a body: the headline becomes the first line
/// of the text (unless the body starts with it), so extraction sees it.
fn assemble(
    title: Option<String>,
    body: &str,
    date: Option<String>,
    author: Option<String>,
    url: Option<String>,
    locator: String,
    encoding: &'static str,
) -> Article {
    // XML-safe first, so that a headline of forbidden characters counts as none.
    let body = xml_safe(body.to_string());
    let body = body.trim();
    let title = title.map(|t| xml_safe(t).split_whitespace().collect::<Vec<_>>().join(" ")).filter(|t| !t.is_empty());
    let text = match &title {
        Some(t) if first_line(body) != *t => format!("{t}\n\n{body}\n"),
        _ => format!("{body}\n"),
    };
    let title = title.unwrap_or_else(|| first_line(&text));
    let date = date.as_deref().and_then(normalize_date).or_else(|| date::find_date(&text));
    finish(text, title, date, author, url, locator, encoding)
}

fn finish(
    text: String,
    title: String,
    date: Option<String>,
    author: Option<String>,
    url: Option<String>,
    source: String,
    encoding: &'static str,
) -> Article {
    let (text, title) = (xml_safe(text), xml_safe(title));
    let (author, url) = (author.map(xml_safe), url.map(xml_safe));
    let hash = format!("sha256:{}", hex_digest(text.as_bytes()));
    Article { key: hash.clone(), source, title, date, author, url, text, content_hash: hash, encoding }
}

/// Drops the characters no XML 1.0 document may hold (control characters but
/// tab, newline and carriage return; U+FFFE, U+FFFF), which a JSON Lines text
/// can carry as `\u0000` escapes: stored, they made SPARQL XML results and
/// RDF/XML exports malformed. A form feed becomes a newline.
fn xml_safe(s: String) -> String {
    let bad = |c: char| (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}');
    if !s.contains(bad) {
        return s;
    }
    s.chars().filter_map(|c| if c == '\u{0C}' { Some('\n') } else { (!bad(c)).then_some(c) }).collect()
}

fn first_line(text: &str) -> String {
    text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or_default().to_string()
}

/// `2025-01-29T10:00:00Z` → `2025-01-29`; other forms through the dateline reader.
fn normalize_date(value: &str) -> Option<String> {
    let v = value.trim();
    let b = v.as_bytes();
    if b.len() >= 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b[..4].iter().chain(&b[5..7]).chain(&b[8..10]).all(u8::is_ascii_digit)
    {
        let (m, d): (u32, u32) = (v[5..7].parse().ok()?, v[8..10].parse().ok()?);
        if (1..=12).contains(&m) && (1..=31).contains(&d) {
            return Some(v[..10].to_string());
        }
    }
    date::find_date(v)
}

/// The name a file is recorded under as a source: the path as text, where
/// bytes that are not UTF-8 are written `\xHH` so that two names differing only
/// in such bytes stay two sources (a lossy conversion made them one, and the
/// second file replaced the first article).
pub fn source_name(path: &Path) -> String {
    if let Some(s) = path.to_str() {
        return s.to_string();
    }
    let mut out = String::new();
    for chunk in path.as_os_str().as_encoded_bytes().utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    out
}

/// An absolute, normalised form of a path that may no longer exist (for
/// `remove`): canonical when it exists, else joined to the working directory
/// with `.` and `..` resolved lexically.
pub fn absolute(path: &Path) -> PathBuf {
    if let Ok(p) = fs::canonicalize(path) {
        return p;
    }
    let joined = std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| path.to_path_buf());
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

fn hex_digest(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_metadata() {
        assert_eq!(normalize_date("2025-01-29T10:00:00+01:00").as_deref(), Some("2025-01-29"));
        assert_eq!(normalize_date("January 29, 2025").as_deref(), Some("2025-01-29"));
        assert_eq!(normalize_date("yesterday"), None);
    }

    #[test]
    fn the_headline_leads_the_text_once() {
        let a = assemble(Some("Head".into()), "Head\n\nBody.", None, None, None, "x".into(), "UTF-8");
        assert_eq!(a.text, "Head\n\nBody.\n");
        let b = assemble(Some("Head".into()), "Body.", None, None, None, "y".into(), "UTF-8");
        assert_eq!(b.text, "Head\n\nBody.\n");
        assert_eq!(a.key, b.key, "identity is the text, not the source");
    }

    #[test]
    fn formats_by_name() {
        assert_eq!(format_of_name(Path::new("a/b.html.gz")), Some(Format::Html));
        assert_eq!(format_of_name(Path::new("dump.JSONL")), Some(Format::Jsonl));
        assert_eq!(format_of_name(Path::new("x.gz")), None);
        assert!(has_article_extension(Path::new("notes.md.gz")));
        assert!(!has_article_extension(Path::new("image.png")));
    }
}
