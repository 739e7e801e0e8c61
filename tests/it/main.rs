//! newsgraph's integration tests: one binary, so RocksDB is linked once.

mod support;
mod synthetic;

mod analysis;
mod architecture;
mod bad_input;
mod concurrency;
mod counts;
mod crash;
mod eval;
mod exit_status;
mod export;
mod extraction;
mod extraction_fuzz;
mod extraction_names;
mod fuzz;
mod golden;
mod ingest;
mod inputs;
mod live;
mod ontology;
mod parallel;
mod people_roles;
mod query;
mod query_limits;
mod quotes;
mod relations_business;
mod relations_news;
mod reliability;
mod remote;
mod remove;
mod serve;
mod serve_browser;
mod serve_clients;
mod serve_support;
mod views;
