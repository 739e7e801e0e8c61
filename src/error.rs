//! The library's one error type. Messages are lowercase and name the file or the
//! input the user gave; the CLI prints the chain.

use std::fmt;
use std::path::PathBuf;

#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read.
    Io { path: PathBuf, source: std::io::Error },
    /// An article file was read but cannot be used (empty, binary, undecodable, no article text).
    BadArticle { path: PathBuf, reason: String },
    /// One line of a JSON Lines file cannot be used; the other lines are read.
    BadLine { path: PathBuf, line: usize, reason: String },
    /// An option the user gave cannot be used (a malformed glob).
    Usage { message: String },
    /// A line of a resource file (lexicon, cue phrases) is malformed.
    Resource { path: PathBuf, line: usize, message: String },
    /// The store could not be opened or written.
    Store { path: PathBuf, message: String },
    /// A SPARQL query did not parse.
    QuerySyntax { message: String },
    /// A SPARQL query failed while running or writing its results.
    Query { message: String },
    /// Writing an export failed.
    Export { message: String },
    /// A remote store could not be written.
    Remote { endpoint: String, message: String },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, source } => write!(f, "{}: {}", path.display(), source),
            Error::BadArticle { path, reason } => write!(f, "{}: {}", path.display(), reason),
            Error::BadLine { path, line, reason } => write!(f, "{}:{}: {}", path.display(), line, reason),
            Error::Usage { message } => write!(f, "{message}"),
            Error::Resource { path, line, message } => {
                write!(f, "{}:{}: {}", path.display(), line, message)
            }
            Error::Store { path, message } => write!(f, "store {}: {}", path.display(), message),
            Error::QuerySyntax { message } => write!(f, "malformed SPARQL query: {message}"),
            Error::Query { message } => write!(f, "query failed: {message}"),
            Error::Export { message } => write!(f, "export failed: {message}"),
            Error::Remote { endpoint, message } => write!(f, "remote store {endpoint}: {message}"),
        }
    }
}

impl Error {
    /// The file or folder the error is about, if it is about one.
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            Error::Io { path, .. } | Error::BadArticle { path, .. } | Error::BadLine { path, .. } => Some(path),
            Error::Resource { path, .. } | Error::Store { path, .. } => Some(path),
            _ => None,
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
