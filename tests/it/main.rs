//! newsgraph's integration tests: one binary, so RocksDB is linked once.

mod support;

mod bad_input;
mod export;
mod extraction;
mod ingest;
mod ontology;
mod query;
mod serve;
mod serve_browser;
mod serve_clients;
mod serve_support;
