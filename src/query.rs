//! SPARQL: one path for every query the CLI (and later the HTTP server) runs.
//! Parses, evaluates on the store, writes results in the asked format.

use std::io::Write;
use std::panic::AssertUnwindSafe;
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{
    CancellationToken, PreparedSparqlQuery, QueryEvaluationError, QueryResults, QuerySolution, SparqlEvaluator,
};

use crate::error::{Error, Result};
use crate::memory::{self, Budget};
use crate::store::GraphStore;
use crate::vocab::{ID, NS, WIKIDATA};

/// How query results are written (also the values of `query --format`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ResultFormat {
    /// An aligned text table for people (Turtle for CONSTRUCT/DESCRIBE).
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
    Turtle,
    #[value(name = "ntriples")]
    NTriples,
    #[value(name = "rdfxml")]
    RdfXml,
}

/// Prefixes used to shorten IRIs in tables and Turtle output.
pub const PREFIXES: &[(&str, &str)] = &[
    ("ng", NS),
    ("id", ID),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("schema", "https://schema.org/"),
    ("wd", WIKIDATA),
];

/// Parses a SPARQL query; the `ng:`, `rdf:`, `rdfs:`… prefixes are predeclared.
/// (Built without an HTTP client, so SERVICE calls to remote endpoints cannot run.)
/// Refuses a query nested deeper than [`DEFAULT_QUERY_DEPTH`].
pub fn parse(text: &str) -> Result<PreparedSparqlQuery> {
    parse_with(text, SparqlEvaluator::new(), DEFAULT_QUERY_DEPTH)
}

/// As [`parse`], for a query that stops with an error once `token` is
/// cancelled (a timeout, a memory limit), nested at most `max_depth` levels.
pub fn parse_cancellable(text: &str, token: CancellationToken, max_depth: usize) -> Result<PreparedSparqlQuery> {
    parse_with(text, SparqlEvaluator::new().with_cancellation_token(token), max_depth)
}

fn parse_with(text: &str, mut evaluator: SparqlEvaluator, max_depth: usize) -> Result<PreparedSparqlQuery> {
    check_depth(text, max_depth)?;
    for (prefix, iri) in PREFIXES {
        evaluator = evaluator.with_prefix(*prefix, *iri).expect("the built-in prefixes are valid IRIs");
    }
    evaluator.parse_query(text).map_err(|source| {
        if is_update(text) || first_word(text).is_some_and(|(_, w)| UPDATE_WORDS.contains(&w.to_uppercase().as_str())) {
            let message = "this is a SPARQL Update, and newsgraph only reads with SPARQL: articles go in with \
                           `ingest` and out with `remove`";
            Error::Usage { message: message.into() }
        } else if let Some(message) = not_a_query_form(text) {
            Error::QuerySyntax { message }
        } else {
            let parser_said = source.to_string();
            let mut message = plain(&parser_said, text);
            if let Some(near) = located(&parser_said).and_then(|(line, column, _)| near(text, line, column)) {
                message.push_str(&format!("\n{near}"));
            }
            if let Some(hint) = unbalanced(text) {
                message.push_str(&format!("\n  hint: {hint}"));
            }
            let stop = located(&parser_said).map_or(text.len(), |(line, column, _)| offset(text, line, column));
            if let Some(hint) = unknown_word(text, stop) {
                message.push_str(&format!("\n  hint: {hint}"));
            }
            Error::QuerySyntax { message }
        }
    })
}

/// The words that open a SPARQL Update operation (with `WITH`).
const UPDATE_WORDS: [&str; 10] = ["INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"];

/// The words that open a query (after its PREFIX and BASE lines).
const QUERY_FORMS: [&str; 4] = ["SELECT", "CONSTRUCT", "ASK", "DESCRIBE"];

/// The first word of `text` after white space, comments and the PREFIX and
/// BASE declarations, with its byte offset. The parser reads a misspelt
/// query form ("SELEC *") as the start of something else and stops further
/// on, where the caret would point at a word that is right.
fn first_word(text: &str) -> Option<(usize, &str)> {
    let word_at = |i: usize| {
        let end = text[i..].find(|c: char| !(c.is_alphanumeric() || c == '_')).map_or(text.len(), |n| i + n);
        &text[i..end]
    };
    let mut i = 0;
    loop {
        let rest = &text[i..];
        let trimmed = rest.trim_start();
        i += rest.len() - trimmed.len();
        if trimmed.starts_with('#') {
            i += trimmed.find('\n').unwrap_or(trimmed.len());
            continue;
        }
        let word = word_at(i);
        if word.is_empty() {
            return None;
        }
        if !word.eq_ignore_ascii_case("PREFIX") && !word.eq_ignore_ascii_case("BASE") {
            return Some((i, word));
        }
        // Past the declaration's IRI.
        i += text[i..].find('>')? + 1;
    }
}

/// "`SELEC` does not start a query …" when the first word is neither a query
/// form nor an update's.
fn not_a_query_form(text: &str) -> Option<String> {
    let (at, word) = first_word(text)?;
    if QUERY_FORMS.contains(&word.to_uppercase().as_str()) {
        return None;
    }
    let line = text[..at].matches('\n').count() + 1;
    let column = text[..at].rsplit('\n').next().unwrap_or("").chars().count() + 1;
    let mut message = format!(
        "at line {line}, column {column}: `{word}` does not start a query: after any PREFIX and BASE lines a query \
         starts with SELECT, CONSTRUCT, ASK or DESCRIBE"
    );
    if let Some(near) = near(text, line, column) {
        message.push_str(&format!("\n{near}"));
    }
    Some(message)
}

/// Where the parser stopped (`error at LINE:COLUMN: …` in its message).
fn located(message: &str) -> Option<(usize, usize, &str)> {
    let at = message.strip_prefix("error at ")?;
    let (line, rest) = at.split_once(':')?;
    let (column, rest) = rest.split_once(':')?;
    Some((line.parse().ok()?, column.parse().ok()?, rest.trim_start()))
}

/// The parser's message in plain words: the place, and what was found there
/// instead of its list of the tokens it expected (which names grammar
/// internals: character classes, `[_]`, `LATERAL` where `?o` was missing).
/// The parser often stops only at the end of the text, past the mistake.
fn plain(message: &str, text: &str) -> String {
    let Some((line, column, rest)) = located(message) else { return format!(": {message}") };
    if !rest.starts_with("expected") {
        return format!("at line {line}, column {column}: {rest}");
    }
    let lines: Vec<&str> = text.lines().collect();
    let chars: Vec<char> = lines.get(line.saturating_sub(1)).unwrap_or(&"").chars().collect();
    let is_word = |c: &char| c.is_alphanumeric() || matches!(c, '?' | '$' | '_' | ':');
    let mut at = column.saturating_sub(1).min(chars.len());
    // The whole word, when the parser stopped inside one.
    while at > 0 && at < chars.len() && is_word(&chars[at]) && is_word(&chars[at - 1]) {
        at -= 1;
    }
    let here = &chars[at..];
    let word: String = here.iter().take_while(|c| is_word(c)).collect();
    let found = match here.first() {
        _ if !word.is_empty() => format!("`{word}` is"),
        Some(c) if !c.is_whitespace() => format!("`{c}` is"),
        _ if lines.iter().skip(line).all(|l| l.trim().is_empty()) => {
            return format!(
                "at line {line}, column {column}: the query stops before it is complete (the mistake is at or before the caret)"
            )
        }
        _ => "this is".to_string(),
    };
    format!("at line {line}, column {column}: {found} not valid SPARQL here")
}

/// The line `line` of `text` with a caret under `column`, both cut to 80
/// characters around it.
fn near(text: &str, line: usize, column: usize) -> Option<String> {
    let chars: Vec<char> = text.lines().nth(line.checked_sub(1)?)?.chars().collect();
    let column = column.saturating_sub(1).min(chars.len());
    let start = column.saturating_sub(60);
    let end = (start + 80).min(chars.len());
    let shown: String = chars[start..end].iter().collect();
    Some(format!("  {shown}\n  {}^", " ".repeat(column - start)))
}

/// The deepest nesting of groups, brackets and parentheses a query may have
/// unless the user allows more (`--max-query-depth`). Real queries nest a few
/// dozen levels at most.
pub const DEFAULT_QUERY_DEPTH: usize = 256;

/// The most `--max-query-depth` allows. The parser and the evaluator recurse:
/// a query nested thousands of levels deep would overflow its thread's stack
/// (2,000 levels overflowed a 2 MiB stack; the command line and the server's
/// threads have 8 MiB), so deeper ones are refused before parsing.
pub const DEEPEST_QUERY: usize = 2000;

/// Refuses a query nested deeper than `max_depth` (or [`DEEPEST_QUERY`]).
pub fn check_depth(text: &str, max_depth: usize) -> Result<()> {
    let allowed = max_depth.min(DEEPEST_QUERY);
    let depth = nesting_depth(text);
    if depth > allowed {
        let raise = if allowed < DEEPEST_QUERY {
            format!(" (--max-query-depth N raises it, up to {DEEPEST_QUERY})")
        } else {
            String::new()
        };
        return Err(Error::Usage {
            message: format!(
                "the query nests {depth} levels of {{ }}, ( ) or [ ]; at most {allowed} are allowed{raise}"
            ),
        });
    }
    Ok(())
}

/// Whether `text` parses as a SPARQL Update (with the predeclared prefixes).
/// Never parses a query nested deeper than [`DEEPEST_QUERY`].
pub fn is_update(text: &str) -> bool {
    if nesting_depth(text) > DEEPEST_QUERY {
        return false;
    }
    let mut evaluator = SparqlEvaluator::new();
    for (prefix, iri) in PREFIXES {
        match evaluator.with_prefix(*prefix, *iri) {
            Ok(e) => evaluator = e,
            Err(_) => return false,
        }
    }
    evaluator.parse_update(text).is_ok()
}

/// The keywords and built-in function names of SPARQL 1.1 queries (and
/// oxigraph's LATERAL), upper case.
const KEYWORDS: &[&str] = &[
    "SELECT",
    "CONSTRUCT",
    "ASK",
    "DESCRIBE",
    "WHERE",
    "FROM",
    "NAMED",
    "PREFIX",
    "BASE",
    "DISTINCT",
    "REDUCED",
    "AS",
    "GROUP",
    "BY",
    "HAVING",
    "ORDER",
    "ASC",
    "DESC",
    "LIMIT",
    "OFFSET",
    "VALUES",
    "UNDEF",
    "OPTIONAL",
    "UNION",
    "MINUS",
    "GRAPH",
    "SERVICE",
    "SILENT",
    "FILTER",
    "BIND",
    "EXISTS",
    "NOT",
    "IN",
    "A",
    "TRUE",
    "FALSE",
    "LATERAL",
    "COUNT",
    "SUM",
    "MIN",
    "MAX",
    "AVG",
    "SAMPLE",
    "GROUP_CONCAT",
    "SEPARATOR",
    "STR",
    "LANG",
    "LANGMATCHES",
    "DATATYPE",
    "BOUND",
    "IRI",
    "URI",
    "BNODE",
    "RAND",
    "ABS",
    "CEIL",
    "FLOOR",
    "ROUND",
    "CONCAT",
    "STRLEN",
    "UCASE",
    "LCASE",
    "ENCODE_FOR_URI",
    "CONTAINS",
    "STRSTARTS",
    "STRENDS",
    "STRBEFORE",
    "STRAFTER",
    "YEAR",
    "MONTH",
    "DAY",
    "HOURS",
    "MINUTES",
    "SECONDS",
    "TIMEZONE",
    "TZ",
    "NOW",
    "UUID",
    "STRUUID",
    "MD5",
    "SHA1",
    "SHA256",
    "SHA384",
    "SHA512",
    "COALESCE",
    "IF",
    "STRLANG",
    "STRDT",
    "SAMETERM",
    "ISIRI",
    "ISURI",
    "ISBLANK",
    "ISLITERAL",
    "ISNUMERIC",
    "REGEX",
    "SUBSTR",
    "REPLACE",
];

/// The byte offset of `line`:`column` (1-based, in characters) in `text`.
fn offset(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let rest = &text[start.min(text.len())..];
    start + rest.char_indices().nth(column.saturating_sub(1)).map_or(rest.len(), |(i, _)| i)
}

/// "`FILTR` is not a SPARQL keyword (FILTER?)": the first bare word before
/// `stop` (where the parser gave up, often well past a misspelt keyword) that
/// is no keyword, and the keyword it is closest to. Bare words are those
/// outside strings, IRIs and comments that are not variables, prefixed
/// names, language tags or numbers.
fn unknown_word(text: &str, stop: usize) -> Option<String> {
    let b = text.as_bytes();
    let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    // The words before `stop` (a `-` goes on a word, a `.` too when a word character follows).
    let mut words: Vec<std::ops::Range<usize>> = Vec::new();
    each_code_byte(text, |i, c| {
        let last = words.last_mut().filter(|w| w.end == i);
        let goes_on = c == b'-' || c == b'.' && b.get(i + 1).is_some_and(|&n| is_word(n));
        match last {
            Some(w) if is_word(c) || goes_on => w.end = i + 1,
            _ if is_word(c) && i <= stop => words.push(i..i + 1),
            _ => {}
        }
    });
    let word = words.into_iter().map(|w| (w.start, &text[w])).find(|&(start, word)| {
        let before = start.checked_sub(1).map(|j| b[j]);
        !b[start].is_ascii_digit()
            && !matches!(before, Some(b'?' | b'$' | b'@' | b':' | b'^'))
            && b.get(start + word.len()) != Some(&b':')
            && !word.contains(['-', '.'])
            && !KEYWORDS.contains(&word.to_ascii_uppercase().as_str())
    })?;
    let word = word.1;
    let upper = word.to_ascii_uppercase();
    let closest = KEYWORDS.iter().map(|k| (edit_distance(&upper, k), *k)).min();
    Some(match closest {
        Some((d, k)) if d <= 2 && word.len() >= 3 => format!("`{word}` is not a SPARQL keyword ({k}?)"),
        _ => format!("`{word}` is not a SPARQL keyword; a name needs a prefix (ng:{word}) or angle brackets"),
    })
}

/// Levenshtein distance between two short ASCII words.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, &x) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &y) in b.iter().enumerate() {
            let next = (diagonal + usize::from(x != y)).min(row[j] + 1).min(row[j + 1] + 1);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// Calls `seen` with the byte index and the byte of each `{ ( [ } ) ]` of a
/// query outside strings, IRIs and comments. Linear in the text.
fn each_bracket(text: &str, mut seen: impl FnMut(usize, u8)) {
    each_code_byte(text, |i, c| {
        if matches!(c, b'{' | b'(' | b'[' | b'}' | b')' | b']') {
            seen(i, c);
        }
    });
}

/// Calls `seen` with the byte index and the byte of each byte of a query
/// outside strings, IRIs and comments. Linear in the text.
fn each_code_byte(text: &str, mut seen: impl FnMut(usize, u8)) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            q @ (b'"' | b'\'') => i = string_end(b, i, q) - 1,
            b'<' => i = iri_end(b, i).map_or(i, |end| end - 1),
            c => seen(i, c),
        }
        i += 1;
    }
}

/// The deepest nesting of `{`, `(` and `[` in a query, not counting those inside
/// strings, IRIs and comments. Linear in the text, no recursion.
pub fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    each_bracket(text, |_, c| {
        if matches!(c, b'{' | b'(' | b'[') {
            depth += 1;
            max = max.max(depth);
        } else {
            depth = depth.saturating_sub(1);
        }
    });
    max
}

/// Brackets that do not pair up, in words: the first that closes nothing or
/// closes another kind, else the innermost never closed. The parser only says
/// which tokens it expected where it stopped, which is often far from the cause.
fn unbalanced(text: &str) -> Option<String> {
    let place = |i: usize| {
        let before = &text[..i];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        format!("line {line}, column {column}")
    };
    let mut open: Vec<(usize, u8)> = Vec::new();
    let mut wrong = None;
    each_bracket(text, |i, c| {
        if wrong.is_some() {
            return;
        }
        if matches!(c, b'{' | b'(' | b'[') {
            open.push((i, c));
            return;
        }
        wrong = match open.pop() {
            Some((_, o)) if matches!((o, c), (b'{', b'}') | (b'(', b')') | (b'[', b']')) => None,
            Some((at, o)) => {
                Some(format!("the `{}` at {} closes the `{}` opened at {}", c as char, place(i), o as char, place(at)))
            }
            None => Some(format!("the `{}` at {} closes nothing", c as char, place(i))),
        };
    });
    wrong.or_else(|| open.last().map(|&(at, o)| format!("the `{}` opened at {} is never closed", o as char, place(at))))
}

/// Index just past the string literal opening at `i` with quote `q` (short or
/// long form, with backslash escapes); the text's end if it never closes.
fn string_end(b: &[u8], i: usize, q: u8) -> usize {
    let long = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
    let mut j = if long { i + 3 } else { i + 1 };
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            c if c == q && (!long || (b.get(j + 1) == Some(&q) && b.get(j + 2) == Some(&q))) => {
                return j + if long { 3 } else { 1 };
            }
            b'\n' if !long => return j,
            _ => j += 1,
        }
    }
    b.len()
}

/// Index just past an IRI `<…>` opening at `i`, if one does (else `<` is an operator).
fn iri_end(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    while let Some(&c) = b.get(j) {
        match c {
            b'>' => return Some(j + 1),
            b'<' | b'"' | b'{' | b'}' | b'|' | b'^' | b'`' | b'\\' => return None,
            c if c <= b' ' => return None,
            _ => j += 1,
        }
    }
    None
}

/// What one query run by [`run`] may take before it is stopped.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Longest it may run (none: as long as it takes).
    pub timeout: Option<Duration>,
    /// Most bytes it may allocate (counted where the binary's allocator counts, see [`crate::memory`]).
    pub max_memory: usize,
    /// Deepest nesting of its text.
    pub max_depth: usize,
    /// Called, from another thread, with the limit's error when the query,
    /// once stopped at a limit, has not ended [`GRACE`] later: parts of the
    /// evaluator never look at the cancellation (a sort of the rows gathered
    /// before the stop compares them all). A command that has nothing else to
    /// do ends the process there; none: `run` waits for the query to end.
    pub on_overrun: Option<fn(&Error)>,
}

impl Default for Limits {
    /// No timeout, [`DEFAULT_QUERY_MEMORY`], [`DEFAULT_QUERY_DEPTH`]: `newsgraph query`'s defaults.
    fn default() -> Limits {
        Limits { timeout: None, max_memory: DEFAULT_QUERY_MEMORY, max_depth: DEFAULT_QUERY_DEPTH, on_overrun: None }
    }
}

/// How long a stopped query may go on before [`Limits::on_overrun`] is called.
/// A query stopped at a read of the store ends within milliseconds.
pub const GRACE: Duration = Duration::from_secs(2);

/// The default of `--max-query-memory` (the server's) and `query --max-memory`: enough
/// to sort a million rows, little enough that a runaway query leaves the
/// process under a gigabyte (a vector that doubles past the limit holds up to
/// twice the limit before the query stops).
pub const DEFAULT_QUERY_MEMORY: usize = 256 << 20;

/// Runs a query and writes its results as they come; a query past one of
/// `limits` is stopped with [`Error::Limit`].
pub fn run(store: &GraphStore, text: &str, format: ResultFormat, out: &mut dyn Write, limits: Limits) -> Result<()> {
    let token = CancellationToken::new();
    let budget = Budget::timed(limits.max_memory, token.clone(), limits.timeout);
    let counted = budget.enter();
    let watch = Watch::start(&limits, budget.clone(), token.clone());
    let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| {
        parse_cancellable(text, token.clone(), limits.max_depth)
            .and_then(|query| store.query(query))
            .and_then(|results| write_results(results, format, &mut *out))
    }));
    drop(watch);
    drop(counted);
    // The evaluator can panic while it stops (see `memory::stopping`): the
    // limit is the answer then; any other panic goes on.
    match outcome {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) if !token.is_cancelled() => Err(e),
        Err(panic) if !token.is_cancelled() => std::panic::resume_unwind(panic),
        _ => Err(limit_error(&budget)),
    }
}

/// What a query stopped at a limit is told: which limit, and the option that raises it.
pub fn limit_error(budget: &Budget) -> Error {
    let message = if budget.exceeded() {
        format!(
            "the query needed more than {} MiB of memory and was stopped (newsgraph query --max-memory MIB)",
            memory::mib(budget.limit())
        )
    } else {
        format!(
            "the query ran longer than {} s and was stopped (newsgraph query --timeout SECONDS)",
            budget.timeout().unwrap_or_default().as_secs_f64()
        )
    };
    Error::Limit { message }
}

/// Watches a running query from a thread of its own, until dropped: cancels
/// its token once its time is up, and calls `on_overrun` should the query,
/// once stopped (by its time or its memory), go on for [`GRACE`] more.
struct Watch {
    _done: mpsc::Sender<()>,
}

impl Watch {
    /// How often the watch looks: the timeout's precision.
    const TICK: Duration = Duration::from_millis(10);

    fn start(limits: &Limits, budget: Arc<Budget>, token: CancellationToken) -> Option<Watch> {
        if limits.timeout.is_none() && limits.on_overrun.is_none() {
            return None;
        }
        let (done, finished) = mpsc::channel::<()>();
        let (timeout, on_overrun) = (limits.timeout, limits.on_overrun);
        let deadline = timeout.map(|t| Instant::now() + t);
        std::thread::spawn(move || {
            let mut stopped: Option<Instant> = None;
            while let Err(mpsc::RecvTimeoutError::Timeout) = finished.recv_timeout(Watch::TICK) {
                let now = Instant::now();
                if deadline.is_some_and(|d| now >= d) {
                    token.cancel();
                }
                if token.is_cancelled() && now - *stopped.get_or_insert(now) >= GRACE {
                    if let Some(hook) = on_overrun {
                        hook(&limit_error(&budget));
                    }
                    return;
                }
            }
        });
        Some(Watch { _done: done })
    }
}

fn eval_err(source: QueryEvaluationError) -> Error {
    Error::Query { source }
}

fn write_err(source: std::io::Error) -> Error {
    Error::Write { what: "query results", source }
}

/// Writes query results: solutions and booleans in the W3C results formats
/// (or a table), graphs in an RDF format.
pub fn write_results(results: QueryResults<'_>, format: ResultFormat, out: &mut dyn Write) -> Result<()> {
    match results {
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            let Some(results_format) = results_format(format) else {
                return write_table(&variables, solutions.map(|row| row.map_err(eval_err)), out);
            };
            let mut writer = QueryResultsSerializer::from_format(results_format)
                .serialize_solutions_to_writer(out, variables)
                .map_err(write_err)?;
            for solution in solutions {
                writer.serialize(&solution.map_err(eval_err)?).map_err(write_err)?;
            }
            writer.finish().map_err(write_err)?;
            Ok(())
        }
        QueryResults::Boolean(value) => match results_format(format) {
            Some(f) => QueryResultsSerializer::from_format(f)
                .serialize_boolean_to_writer(out, value)
                .map(drop)
                .map_err(write_err),
            None => writeln!(out, "{value}").map_err(write_err),
        },
        QueryResults::Graph(triples) => {
            let rdf = match format {
                ResultFormat::Table | ResultFormat::Turtle => RdfFormat::Turtle,
                ResultFormat::NTriples => RdfFormat::NTriples,
                ResultFormat::RdfXml => RdfFormat::RdfXml,
                _ => {
                    return Err(Error::Usage {
                        message: "CONSTRUCT and DESCRIBE return RDF: use --format turtle, ntriples or rdfxml".into(),
                    })
                }
            };
            let mut writer = with_prefixes(RdfSerializer::from_format(rdf)).for_writer(out);
            for triple in triples {
                writer.serialize_triple(&triple.map_err(eval_err)?).map_err(write_err)?;
            }
            writer.finish().map_err(write_err)?;
            Ok(())
        }
    }
}

/// An RDF serializer that knows the project's prefixes.
pub fn with_prefixes(mut serializer: RdfSerializer) -> RdfSerializer {
    for (prefix, iri) in PREFIXES {
        serializer = serializer.with_prefix(*prefix, *iri).expect("the built-in prefixes are valid IRIs");
    }
    serializer
}

fn results_format(format: ResultFormat) -> Option<QueryResultsFormat> {
    match format {
        ResultFormat::Csv => Some(QueryResultsFormat::Csv),
        ResultFormat::Tsv => Some(QueryResultsFormat::Tsv),
        ResultFormat::Json => Some(QueryResultsFormat::Json),
        ResultFormat::Xml => Some(QueryResultsFormat::Xml),
        _ => None,
    }
}

/// A term for people: IRIs shortened with the known prefixes, literals as their text.
pub fn display_term(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => PREFIXES
            .iter()
            .find_map(|(p, ns)| n.as_str().strip_prefix(ns).map(|rest| format!("{p}:{rest}")))
            .unwrap_or_else(|| format!("<{}>", n.as_str())),
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }
}

/// Rows a table's column widths are measured on. Later rows are written as
/// they come, padded to those widths (a longer cell pushes the rest of its row
/// right), so a table of millions of rows holds this many at most in memory.
pub const TABLE_ALIGN_ROWS: usize = 1000;

/// Writes solutions as an aligned text table, streaming: widths come from the
/// first [`TABLE_ALIGN_ROWS`] rows.
fn write_table(
    variables: &[oxigraph::sparql::Variable],
    mut rows: impl Iterator<Item = Result<QuerySolution>>,
    out: &mut dyn Write,
) -> Result<()> {
    let cells = |row: &QuerySolution| -> Vec<String> {
        variables
            .iter()
            .map(|v| row.get(v).map(display_term).unwrap_or_default().replace(['\n', '\r', '\t'], " "))
            .collect()
    };
    let mut first: Vec<Vec<String>> = Vec::new();
    while first.len() < TABLE_ALIGN_ROWS {
        match rows.next() {
            Some(row) => first.push(cells(&row?)),
            None => break,
        }
    }
    let header: Vec<String> = variables.iter().map(|v| v.as_str().to_string()).collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &first {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |row: &[String]| {
        let padded: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w.saturating_sub(c.chars().count()))))
            .collect();
        let mut text = padded.join(" | ").trim_end().to_string();
        text.push('\n');
        text
    };
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    let mut out = std::io::BufWriter::new(out);
    let mut put = |text: &str| out.write_all(text.as_bytes()).map_err(write_err);
    put(&line(&header))?;
    put(&format!("{}\n", rule.join("-+-")))?;
    let mut count = first.len();
    for row in first.drain(..) {
        put(&line(&row))?;
    }
    for row in rows {
        put(&line(&cells(&row?)))?;
        count += 1;
    }
    put(&format!("({count} row{})\n", if count == 1 { "" } else { "s" }))?;
    out.flush().map_err(write_err)
}

/// The IRI bound to `var` in a solution, if it is an IRI.
pub fn bound_iri(row: &QuerySolution, var: &str) -> Option<String> {
    match row.get(var)? {
        Term::NamedNode(n) => Some(n.as_str().to_string()),
        _ => None,
    }
}

/// The lexical form of the literal bound to `var` in a solution, if it is a literal.
pub fn bound_text(row: &QuerySolution, var: &str) -> Option<String> {
    match row.get(var)? {
        Term::Literal(l) => Some(l.value().to_string()),
        _ => None,
    }
}

/// The solutions of a SELECT query, all in memory.
pub fn select(store: &GraphStore, text: &str) -> Result<Vec<QuerySolution>> {
    match store.query(parse(text)?)? {
        QueryResults::Solutions(s) => s.collect::<std::result::Result<_, _>>().map_err(eval_err),
        _ => Err(Error::Usage { message: "a SELECT query was expected".into() }),
    }
}
