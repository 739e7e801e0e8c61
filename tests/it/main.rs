//! newsgraph's integration tests: one binary, so RocksDB is linked once.

mod support;
mod synthetic;

mod bad_input;
mod export;
mod extraction;
mod ingest;
mod ontology;
mod query;
mod views;
