//! newsgraph: news articles in, an RDF knowledge graph out.
//!
//! The modules, in pipeline order:
//! input → text → extract → graph → store → query → export, composed by
//! `pipeline` for ingest; `analysis` runs graph algorithms on what the store
//! holds. `schema` holds the closed sets of the domain that
//! every layer shares. The library prints nothing: the binary's `cli` module
//! turns what these functions return into output.

pub mod error;
pub mod schema;
pub mod vocab;

pub mod analysis;
pub mod client;
pub mod eval;
pub mod export;
pub mod extract;
pub mod graph;
pub mod input;
#[allow(unsafe_code)] // a global allocator is unsafe by nature; the module is small and says why each part is sound
pub mod memory;
pub mod query;
pub mod remote;
pub mod remove;
pub mod report;
pub mod serve;
pub mod stats;
pub mod store;
pub mod text;
pub mod watch;

pub mod pipeline;

pub use error::{Error, Result};
pub use extract::{extract, Extraction, Resources};
