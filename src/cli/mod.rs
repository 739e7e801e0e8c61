//! The command line: arguments become library calls, and results become
//! lines on standard output and standard error. The only code that prints
//! (besides `main`, which prints the final error).

mod analysis;
mod args;
mod progress;

use std::fs;
use std::io::{self, Read, Write};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use newsgraph::error::{Error, Result};
use newsgraph::export;
use newsgraph::extract::{extract, Resources};
use newsgraph::input::{self, read_source, JsonlFields, ReadOptions, Source, WalkOptions};
use newsgraph::stats::{stats, Stats};
use newsgraph::store::{Access, Change, GraphStore};
use newsgraph::{eval, pipeline, query, remote, remove, report};

pub use args::Cli;
use args::{Command, ExtractFormat, ServeArgs};
use progress::Progress;

/// How a command ended, for the exit status.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Success,
    /// Some inputs failed (each was reported); the rest was done.
    PartialFailure,
}

pub fn run(cli: Cli) -> Result<Outcome> {
    let resources = || -> Result<Resources> {
        match &cli.resources {
            Some(dir) => Resources::embedded().with_dir(dir),
            None => Ok(Resources::embedded()),
        }
    };
    match cli.command {
        Command::Ingest {
            paths,
            min_confidence,
            include,
            exclude,
            text_field,
            title_field,
            date_field,
            url_field,
            threads,
            batch_quads,
            max_article_bytes,
            max_html_depth,
            max_html_attributes,
            quiet,
            verbose,
        } => {
            let settings = IngestSettings {
                options: pipeline::IngestOptions {
                    min_confidence,
                    ingested_at: source_date_epoch(),
                    threads,
                    batch_quads,
                },
                walk: WalkOptions { include, exclude },
                read: ReadOptions {
                    jsonl: JsonlFields::with_overrides(text_field, title_field, date_field, url_field),
                    max_article_bytes,
                    html: input::html::Limits { depth: max_html_depth, attributes: max_html_attributes },
                },
                quiet,
                verbose,
            };
            ingest(&cli.db, &paths, &resources()?, &settings)
        }
        Command::Remove { articles } => remove(&cli.db, &articles),
        Command::Query { query, file, format } => {
            let text = query_text(query, file)?;
            let store = GraphStore::open(&cli.db, Access::Read)?;
            let mut out = io::stdout().lock();
            query::run(&store, &text, format, &mut out)?;
            out.flush().map_err(|source| Error::Io { path: "-".into(), source })?;
            Ok(Outcome::Success)
        }
        Command::Export { format, output, view, render, csv_style, min_confidence, window } => {
            let options = export::ExportOptions {
                window: window.window()?,
                format,
                output,
                view: view.options(),
                render,
                csv_style: csv_style.into(),
                min_confidence: f64::from(min_confidence),
            };
            options.check()?;
            let store = GraphStore::open(&cli.db, Access::Read)?;
            let done = export::export(&store, &options, &mut io::stdout().lock())?;
            if let Some(note) = &done.note {
                eprintln!("note: {note}");
            }
            for path in &done.files {
                eprintln!("wrote {}", path.display());
            }
            Ok(Outcome::Success)
        }
        Command::Extract { paths, format } => extract_only(&paths, &resources()?, format),
        Command::Eval { gold_dir, verbose } => {
            let results = eval::evaluate(&gold_dir, &resources()?)?;
            print!("{}", report::eval_text(&results, verbose));
            Ok(Outcome::Success)
        }
        Command::Push { endpoint, user, password } => {
            let store = GraphStore::open(&cli.db, Access::Read)?;
            let credentials = user.map(|user| remote::Credentials { user, password: password.unwrap_or_default() });
            let pushed = remote::push(&store, &remote::Remote::new(&endpoint, credentials))?;
            println!(
                "pushed {} article graphs and the ontology ({} triples) to {endpoint} in {:.2} s",
                pushed.article_graphs, pushed.triples, pushed.seconds
            );
            Ok(Outcome::Success)
        }
        Command::Serve(args) => serve(&cli.db, args),
        Command::Path { from, to, max_hops, limit, scope, format, render, output } => {
            let options = newsgraph::analysis::PathOptions { max_hops, limit };
            analysis::path(&cli.db, (&from, &to), options, &scope.scope()?, format, render, output)
        }
        Command::Rank { by, class, scope, limit, format } => {
            analysis::rank(&cli.db, by, &class, &scope.scope()?, limit, format)
        }
        Command::Communities { scope, min_size, limit, members, write, format } => {
            let shown = analysis::Shown { min_size, limit, members };
            analysis::communities(&cli.db, &scope.scope()?, shown, write, format)
        }
        Command::Changes { since, until, relation, format } => {
            let window = newsgraph::analysis::Window::new(Some(&since), until.as_deref())?;
            analysis::changes(&cli.db, &window, &relation, format)
        }
        Command::Stats { articles } => {
            let store = GraphStore::open(&cli.db, Access::Read)?;
            print_stats(&stats(&store)?);
            if articles {
                println!("\narticles");
                for a in newsgraph::stats::articles(&store)? {
                    let date = a.date.as_deref().unwrap_or("-");
                    println!("  {}  {date}  {}\n      {}", a.iri, a.title, a.sources.join("\n      "));
                }
            }
            Ok(Outcome::Success)
        }
    }
}

fn report_failure(e: &Error) {
    eprintln!("error: {}", e.with_causes());
}

/// `SOURCE_DATE_EPOCH` (the reproducible-builds convention): a fixed ingestion
/// time, so two stores built from the same input are the same, byte for byte.
fn source_date_epoch() -> Option<u64> {
    std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|v| v.trim().parse().ok())
}

struct IngestSettings {
    options: pipeline::IngestOptions,
    walk: WalkOptions,
    read: ReadOptions,
    quiet: bool,
    verbose: bool,
}

fn ingest(db: &Path, paths: &[PathBuf], resources: &Resources, settings: &IngestSettings) -> Result<Outcome> {
    let (sources, walk_errors) = input::walk_sources(paths, Some(db), &settings.walk)?;
    walk_errors.iter().for_each(report_failure);
    let store = GraphStore::open(db, Access::Write)?;
    let total: u64 = sources.iter().map(Source::size).sum();
    let counter = AtomicU64::new(0);
    let mut bar = Progress::new(total, !settings.quiet);
    let report =
        pipeline::ingest_with(&store, &sources, resources, settings.options, &settings.read, Some(&counter), |event| {
            let done = counter.load(Ordering::Relaxed);
            match event {
                pipeline::Event::Stored { article, change } => {
                    if settings.verbose {
                        let what = match change {
                            Change::Added => "new",
                            Change::Replaced => "replaced",
                            Change::Unchanged => "unchanged",
                            Change::NewSource => "same text as an article already stored; source added",
                        };
                        bar.line(&format!("stored {} ({what}; {})", article.source, article.encoding));
                    }
                    bar.article(done);
                }
                pipeline::Event::Failed(e) => {
                    bar.line(&format!("error: {}", e.with_causes()));
                    bar.failure(done);
                }
            }
        });
    bar.finish();
    let report = report?;
    let failed = report.failures.len() + walk_errors.len();
    if !settings.quiet {
        let s = stats(&store)?;
        println!(
            "ingested {} article{} ({} new, {} replaced, {} unchanged, {} duplicate, {} failed) in {:.2} s",
            report.ingested(),
            if report.ingested() == 1 { "" } else { "s" },
            report.added,
            report.replaced,
            report.unchanged,
            report.duplicates,
            failed,
            report.seconds
        );
        if report.dropped_lines > 0 {
            let n = report.dropped_lines;
            println!(
                "{n} JSON Lines line{} no longer in {} file: what {} said was taken out",
                if n == 1 { "" } else { "s" },
                if n == 1 { "its" } else { "their" },
                if n == 1 { "it" } else { "they" }
            );
        }
        println!(
            "store {}: {} articles, {} entities, {} relations, {} quotes, {} triples",
            db.display(),
            s.articles,
            s.entity_total(),
            s.relation_total(),
            s.quotes,
            s.triples
        );
        if failed > 0 {
            eprint!("{}", failure_summary(walk_errors.iter().chain(&report.failures)));
        }
    }
    Ok(if failed > 0 { Outcome::PartialFailure } else { Outcome::Success })
}

/// Failures grouped by file: one line per file, with the failed line numbers of JSON Lines files.
fn failure_summary<'a>(failures: impl Iterator<Item = &'a Error>) -> String {
    let mut by_file: Vec<(String, Vec<usize>, Option<String>)> = Vec::new();
    let mut count = 0;
    for e in failures {
        count += 1;
        let file = e.path().map(|p| p.display().to_string()).unwrap_or_else(|| "-".into());
        let pos = match by_file.iter().position(|(f, _, _)| *f == file) {
            Some(i) => i,
            None => {
                by_file.push((file, Vec::new(), None));
                by_file.len() - 1
            }
        };
        match e {
            Error::BadLine { line, .. } => by_file[pos].1.push(*line),
            other => by_file[pos].2 = Some(other.with_causes()),
        }
    }
    let mut s = format!(
        "failed: {count} input{} in {} file{}:\n",
        if count == 1 { "" } else { "s" },
        by_file.len(),
        if by_file.len() == 1 { "" } else { "s" }
    );
    for (file, lines, whole) in by_file {
        if let Some(reason) = whole {
            s += &format!("  {reason}\n");
        }
        if !lines.is_empty() {
            let shown: Vec<String> = lines.iter().take(20).map(usize::to_string).collect();
            let more = if lines.len() > 20 { format!(", … {} more", lines.len() - 20) } else { String::new() };
            s += &format!(
                "  {file}: {} bad line{} ({}{more})\n",
                lines.len(),
                if lines.len() == 1 { "" } else { "s" },
                shown.join(", ")
            );
        }
    }
    s
}

/// `remove`: see [`newsgraph::remove`].
fn remove(db: &Path, targets: &[std::ffi::OsString]) -> Result<Outcome> {
    let store = GraphStore::open(db, Access::Existing)?;
    let done = remove::remove(&store, targets)?;
    for target in &done.unknown {
        report_failure(&Error::Usage {
            message: format!("{target}: no article in the store was read from this path or has this URL or IRI"),
        });
    }
    let (removed, kept) = (done.removed, done.kept);
    println!("removed {removed} article{}", if removed == 1 { "" } else { "s" });
    if kept > 0 {
        println!("{kept} article{} kept: also read from other sources", if kept == 1 { "" } else { "s" });
    }
    Ok(if done.unknown.is_empty() { Outcome::Success } else { Outcome::PartialFailure })
}

fn serve(db: &Path, args: ServeArgs) -> Result<Outcome> {
    let defaults = newsgraph::serve::Config::default();
    let config = newsgraph::serve::Config {
        bind: args.bind,
        timeout: args.timeout,
        client_timeout: args.client_timeout,
        max_rows: args.max_rows,
        max_result_bytes: args.max_result_bytes,
        max_body: args.max_body,
        workers: args.workers.unwrap_or(defaults.workers).max(1),
    };
    let store = GraphStore::open(db, Access::Existing)?;
    let quiet = args.quiet;
    let log: newsgraph::serve::Log = Arc::new(move |line: &str| {
        if !quiet {
            eprintln!("{line}");
        }
    });
    let exposed = !args.bind.ip().is_loopback();
    newsgraph::serve::serve(
        store,
        config,
        |addr| {
            if exposed {
                eprintln!("warning: listening on {addr}, which other machines can reach; the graph is readable by anyone there");
            }
            println!("serving {} at http://{addr}/ (SPARQL endpoint http://{addr}/query); Ctrl-C stops", db.display());
            let _ = io::stdout().flush();
        },
        log,
    )?;
    println!("stopped; store {} released", db.display());
    Ok(Outcome::Success)
}

fn query_text(query: Option<String>, file: Option<PathBuf>) -> Result<String> {
    if let Some(path) = file {
        return fs::read_to_string(&path).map_err(|source| Error::Io { path, source });
    }
    match query.as_deref() {
        Some("-") | None => {
            let mut text = String::new();
            io::stdin().read_to_string(&mut text).map_err(|source| Error::Io { path: "-".into(), source })?;
            Ok(text)
        }
        Some(q) => Ok(q.to_string()),
    }
}

fn extract_only(paths: &[PathBuf], resources: &Resources, format: ExtractFormat) -> Result<Outcome> {
    let (sources, mut failures) = input::sources(paths, None);
    failures.iter().for_each(report_failure);
    let mut out = io::stdout().lock();
    for source in &sources {
        let read = read_source(source, &ReadOptions::default(), None, &mut |item| {
            let article = match item {
                Ok(article) => article,
                Err(e) => {
                    report_failure(&e);
                    failures.push(e);
                    return ControlFlow::Continue(());
                }
            };
            let extraction = extract(&article.text, resources);
            let text = match format {
                ExtractFormat::Json => report::extraction_json(&article, &extraction),
                ExtractFormat::Text => report::extraction_text(&article, &extraction),
            };
            match out.write_all(text.as_bytes()) {
                Ok(()) => ControlFlow::Continue(()),
                Err(source) => ControlFlow::Break(Error::Io { path: "-".into(), source }),
            }
        });
        if let ControlFlow::Break(e) = read {
            return Err(e);
        }
    }
    Ok(if failures.is_empty() { Outcome::Success } else { Outcome::PartialFailure })
}

fn print_stats(s: &Stats) {
    println!("articles   {:>7}", s.articles);
    println!("entities   {:>7}", s.entity_total());
    for (class, n) in &s.entities {
        println!("  {:<16} {:>7}", class.name(), n);
    }
    println!("relations  {:>7}", s.relation_total());
    for (predicate, n) in &s.relations {
        println!("  {:<16} {:>7}", predicate.name(), n);
    }
    println!("quotes     {:>7}", s.quotes);
    println!("triples    {:>7}  (merged graph)", s.triples);
    println!("quads      {:>7}  (all graphs: articles, merged graph, ontology)", s.quads);
}
