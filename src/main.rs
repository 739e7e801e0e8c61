//! The `newsgraph` binary: parse the arguments, run, print the error, exit.
//! Exit status: 0 done, 1 failed (or some inputs failed), 2 usage or malformed SPARQL.

use std::process::ExitCode;

use clap::Parser;

mod cli;

use cli::{Cli, Outcome};

fn main() -> ExitCode {
    restore_sigpipe();
    match cli::run(Cli::parse()) {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::PartialFailure) => ExitCode::from(1),
        Err(e) => {
            eprintln!("error: {}", e.with_causes());
            ExitCode::from(if e.is_usage() { 2 } else { 1 })
        }
    }
}

/// A closed pipe (`newsgraph query … | head`) ends the program quietly, as for other Unix tools.
#[allow(unsafe_code)]
fn restore_sigpipe() {
    #[cfg(unix)]
    {
        extern "C" {
            fn signal(signum: i32, handler: usize) -> usize;
        }
        const SIGPIPE: i32 = 13;
        const SIG_DFL: usize = 0;
        // SAFETY: resetting a signal to its default disposition before any thread starts.
        unsafe {
            signal(SIGPIPE, SIG_DFL);
        }
    }
}
