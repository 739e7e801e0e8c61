//! The `newsgraph` binary: parse the arguments, run, print the error, exit.
//! Exit status: 0 done, 1 failed (or some inputs failed), 2 usage or malformed SPARQL.

use std::process::ExitCode;

use clap::Parser;

mod cli;

/// Counts each query's allocations so that a query past its memory limit is stopped.
#[global_allocator]
static ALLOCATOR: newsgraph::memory::Counting = newsgraph::memory::Counting;

use cli::{Cli, Outcome};

fn main() -> ExitCode {
    restore_sigpipe();
    quiet_panics_of_stopped_queries();
    let cli = Cli::parse();
    end_runaway_queries(matches!(cli.command, cli::Command::Serve(_)));
    match cli::run(cli) {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::PartialFailure) => ExitCode::from(1),
        Err(e) => {
            eprintln!("error: {}", e.with_causes());
            ExitCode::from(if e.is_usage() { 2 } else { 1 })
        }
    }
}

/// A query stopped at a limit may panic inside the evaluator on its way out;
/// that is reported as the limit, so the panic itself is not printed. Any
/// other panic is printed as Rust prints it.
fn quiet_panics_of_stopped_queries() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !newsgraph::memory::stopping() {
            default(info);
        }
    }));
}

/// A query stopped at a limit that goes on allocating (see
/// `newsgraph::memory`): the server freezes its thread and goes on; any other
/// command has nothing else to do and ends, with the limit's message.
fn end_runaway_queries(server: bool) {
    if server {
        newsgraph::memory::on_runaway(|_| newsgraph::memory::freeze());
    } else {
        newsgraph::memory::on_runaway(|budget| {
            eprintln!("error: {}", newsgraph::query::limit_error(budget).with_causes());
            std::process::exit(1);
        });
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
