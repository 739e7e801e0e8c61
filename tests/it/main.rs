//! newsgraph's integration tests: one binary, so RocksDB is linked once.

mod support;
mod synthetic;

mod bad_input;
mod eval;
mod export;
mod extraction;
mod extraction_fuzz;
mod ingest;
mod ontology;
mod query;
mod concurrency;
mod crash;
mod parallel;
mod fuzz;
mod inputs;
mod remove;
mod remote;
mod views;
mod serve;
mod serve_browser;
mod serve_clients;
mod serve_support;
