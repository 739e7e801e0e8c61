//! newsgraph's integration tests: one binary, so RocksDB is linked once.

mod support;
mod synthetic;

mod bad_input;
mod concurrency;
mod crash;
mod eval;
mod export;
mod extraction;
mod extraction_fuzz;
mod fuzz;
mod ingest;
mod inputs;
mod ontology;
mod parallel;
mod query;
mod quotes;
mod remote;
mod remove;
mod serve;
mod serve_browser;
mod serve_clients;
mod serve_support;
mod views;
