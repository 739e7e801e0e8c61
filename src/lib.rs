//! newsgraph: news articles in, an RDF knowledge graph out.

pub mod error;
pub mod extract;
pub mod text;

pub use error::{Error, Result};
pub use extract::{extract, Extraction, Resources};
