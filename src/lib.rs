//! newsgraph: news articles in, an RDF knowledge graph out.
//!
//! The modules, in pipeline order:
//! input → text → extract → graph → store → query → export, composed by
//! `pipeline` (the library) and `cli` (the binary).

pub mod error;
pub mod schema;
pub mod vocab;

pub mod eval;
pub mod export;
pub mod extract;
pub mod graph;
pub mod input;
pub mod query;
pub mod remote;
pub mod serve;
pub mod stats;
pub mod store;
pub mod text;

pub mod cli;
pub mod pipeline;
pub mod progress;

pub use error::{Error, Result};
pub use extract::{extract, Extraction, Resources};
