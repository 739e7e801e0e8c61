//! The library's one error type. Messages are lowercase and name the file or the
//! input the user gave. When another library's error is the cause, it is kept
//! whole as the `source()` rather than flattened into the message; `main` prints
//! the chain (see [`Error::with_causes`]).

use std::fmt;
use std::io;
use std::path::PathBuf;

use oxigraph::sparql::QueryEvaluationError;

use crate::store::StorageError;

#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read or written.
    Io { path: PathBuf, source: io::Error },
    /// An article file was read but cannot be used (empty, binary, undecodable, no article text).
    BadArticle { path: PathBuf, reason: String },
    /// One line of a JSON Lines file cannot be used; the other lines are read.
    BadLine { path: PathBuf, line: usize, reason: String },
    /// What the user asked for cannot be done as asked (a malformed glob, options
    /// that do not go together): exit status 2.
    Usage { message: String },
    /// A line of a resource file (lexicon, cue phrases) is malformed.
    Resource { path: PathBuf, line: usize, message: String },
    /// The store cannot be used: not a store, or held by another process.
    Store { path: PathBuf, message: String },
    /// Reading or writing the store failed.
    Storage { path: PathBuf, source: StorageError },
    /// A SPARQL query did not parse: exit status 2. `message` says where, in
    /// plain words, and shows the query's line with a caret under the place.
    QuerySyntax { message: String },
    /// A SPARQL query failed while running.
    Query { source: QueryEvaluationError },
    /// A query reached a limit the user can raise (its time or its memory);
    /// the message names the option.
    Limit { message: String },
    /// Writing query results or an RDF dump failed.
    Write { what: &'static str, source: io::Error },
    /// Writing a CSV file failed.
    Csv { path: PathBuf, source: csv::Error },
    /// An export cannot be made (no such entity to focus on, Graphviz missing or failing).
    Export { message: String },
    /// A remote store could not be written, or a running server not reached.
    Remote { endpoint: String, message: String },
    /// A graph analysis cannot be done as asked (no such entity).
    Analysis { message: String },
    /// An error a running server reported for a command it ran for the
    /// command line, said as the command says it without a server.
    Relayed { message: String, usage: bool },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // The one message that includes its cause, as it always has (`with_causes` says it once).
            Error::Io { path, source } => write!(f, "{}: {}", path.display(), source),
            Error::BadArticle { path, reason } => write!(f, "{}: {}", path.display(), reason),
            Error::BadLine { path, line, reason } => write!(f, "{}:{}: {}", path.display(), line, reason),
            Error::Usage { message } => write!(f, "{message}"),
            Error::Resource { path, line, message } => {
                write!(f, "{}:{}: {}", path.display(), line, message)
            }
            Error::Store { path, message } => write!(f, "store {}: {}", path.display(), message),
            Error::Storage { path, .. } => write!(f, "store {}", path.display()),
            // Where the parser stopped, in words, and the query's line (no `source()`: said here).
            Error::QuerySyntax { message } => write!(f, "malformed SPARQL query {message}"),
            Error::Query { .. } => write!(f, "query failed"),
            Error::Limit { message } => write!(f, "{message}"),
            Error::Write { what, .. } => write!(f, "writing {what} failed"),
            Error::Csv { path, .. } => write!(f, "export failed: {}", path.display()),
            Error::Export { message } => write!(f, "export failed: {message}"),
            Error::Remote { endpoint, message } => write!(f, "remote store {endpoint}: {message}"),
            Error::Analysis { message } => write!(f, "{message}"),
            Error::Relayed { message, .. } => write!(f, "{message}"),
        }
    }
}

impl Error {
    /// The file or folder the error is about, if it is about one.
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            Error::Io { path, .. } | Error::BadArticle { path, .. } | Error::BadLine { path, .. } => Some(path),
            Error::Resource { path, .. } | Error::Store { path, .. } | Error::Storage { path, .. } => Some(path),
            Error::Csv { path, .. } => Some(path),
            _ => None,
        }
    }

    /// Whether the user asked for something that cannot be done as asked (exit status 2).
    pub fn is_usage(&self) -> bool {
        matches!(self, Error::Usage { .. } | Error::QuerySyntax { .. } | Error::Relayed { usage: true, .. })
    }

    /// The error and each of its causes, joined by `: `, e.g. `malformed SPARQL
    /// query at line 1, column 8: …`.
    pub fn with_causes(&self) -> String {
        let mut text = self.to_string();
        let mut cause = std::error::Error::source(self);
        while let Some(e) = cause {
            // Some errors print their cause in their own message too: say it once.
            let said = e.to_string();
            if !text.ends_with(&said) {
                text.push_str(": ");
                text.push_str(&said);
            }
            cause = e.source();
        }
        text
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } | Error::Write { source, .. } => Some(source),
            Error::Storage { source, .. } => Some(source),
            Error::Query { source } => Some(source),
            Error::Csv { source, .. } => Some(source),
            _ => None,
        }
    }
}
