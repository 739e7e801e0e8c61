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

use newsgraph::client::{self, Client};
use newsgraph::error::{Error, Result};
use newsgraph::export;
use newsgraph::extract::{extract, Resources};
use newsgraph::input::{self, read_source, JsonlFields, ReadOptions, Source, WalkOptions};
use newsgraph::stats::stats;
use newsgraph::store::{Access, Change, GraphStore};
use newsgraph::{eval, pipeline, query, remote, remove, report};

pub use args::{Cli, Command};
use args::{ExtractFormat, ServeArgs};
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
            max_text_bytes,
            max_html_depth,
            max_html_attributes,
            quiet,
            verbose,
        } => {
            let post = client::PostOptions {
                text_field: text_field.clone(),
                title_field: title_field.clone(),
                date_field: date_field.clone(),
                url_field: url_field.clone(),
                min_confidence: Some(min_confidence),
            };
            let settings = IngestSettings {
                options: pipeline::IngestOptions {
                    min_confidence,
                    ingested_at: source_date_epoch(),
                    threads,
                    batch_quads,
                    live: false,
                },
                walk: WalkOptions { include, exclude },
                read: ReadOptions {
                    jsonl: JsonlFields::with_overrides(text_field, title_field, date_field, url_field),
                    max_article_bytes,
                    max_text_bytes,
                    html: input::html::Limits { depth: max_html_depth, attributes: max_html_attributes },
                },
                quiet,
                verbose,
            };
            if let Some(server) = Client::find(&cli.db) {
                return ingest_through(&server, &cli.db, &paths, &settings, &post);
            }
            ingest(&cli.db, &paths, &resources()?, &settings)
        }
        Command::Remove { articles } => remove(&cli.db, &articles),
        Command::Query { query, file, format, timeout, max_memory, max_query_depth } => {
            let text = query_text(query, file)?;
            if let Some(server) = Client::find(&cli.db) {
                let bytes = server.query(&text, format)?;
                let mut out = io::stdout().lock();
                out.write_all(&bytes)
                    .and_then(|()| out.flush())
                    .map_err(|source| Error::Io { path: "-".into(), source })?;
                return Ok(Outcome::Success);
            }
            let store = GraphStore::open(&cli.db, Access::Read)?;
            let mut out = io::stdout().lock();
            let limits = query::Limits {
                timeout,
                max_memory: max_memory.saturating_mul(1 << 20),
                max_depth: max_query_depth,
                on_overrun: Some(end_overrun),
            };
            query::run(&store, &text, format, &mut out, limits)?;
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
                min_confidence,
            };
            options.check()?;
            let copy;
            let local;
            let store: &GraphStore = match Client::find(&cli.db) {
                Some(server) => {
                    copy = server.snapshot()?;
                    &copy
                }
                None => {
                    local = GraphStore::open(&cli.db, Access::Read)?;
                    &local
                }
            };
            let done = export::export(store, &options, &mut io::stdout().lock())?;
            if let Some(note) = &done.note {
                eprintln!("note: {note}");
            }
            for path in &done.files {
                eprintln!("wrote {}", path.display());
            }
            Ok(Outcome::Success)
        }
        Command::Extract { paths, format } => extract_only(&paths, &resources()?, format),
        Command::Eval { gold_dir, verbose, calibration } => {
            let results = eval::evaluate(&gold_dir, &resources()?)?;
            let totals = eval::Totals::of(&results);
            if let Some(path) = calibration {
                std::fs::write(&path, report::calibration_table(&totals))
                    .map_err(|source| Error::Io { path, source })?;
            }
            print!("{}", report::eval_text(&results, &totals, verbose));
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
        Command::Serve(args) => serve(&cli.db, args, resources()?),
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
            if let Some(server) = Client::find(&cli.db) {
                print!("{}", server.stats_text(articles)?);
                return Ok(Outcome::Success);
            }
            let store = GraphStore::open(&cli.db, Access::Read)?;
            let list = if articles { Some(newsgraph::stats::articles(&store)?) } else { None };
            print!("{}", report::stats_text(&stats(&store)?, list.as_deref()));
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
    if !settings.quiet {
        let s = stats(&store)?;
        let totals = client::Totals {
            articles: s.articles,
            entities: s.entity_total(),
            relations: s.relation_total(),
            quotes: s.quotes,
            triples: s.triples,
        };
        print_ingest_summary(db, &report, &walk_errors, &totals);
    }
    let failed = report.failures.len() + walk_errors.len();
    Ok(if failed > 0 { Outcome::PartialFailure } else { Outcome::Success })
}

/// The two lines after an ingest, and the failures grouped by file.
fn print_ingest_summary(db: &Path, report: &pipeline::IngestReport, walk_errors: &[Error], s: &client::Totals) {
    let failed = report.failures.len() + walk_errors.len();
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
        s.entities,
        s.relations,
        s.quotes,
        s.triples
    );
    if failed > 0 {
        eprint!("{}", failure_summary(walk_errors.iter().chain(&report.failures)));
    }
}

/// How a stored article is described by `ingest -v`.
fn change_words(change: &str) -> &'static str {
    match change {
        "added" => "new",
        "replaced" => "replaced",
        "unchanged" => "unchanged",
        _ => "same text as an article already stored; source added",
    }
}

/// `ingest` while a server holds the store: each file's bytes (standard
/// input's) are posted to it, recorded under the name `ingest` would record,
/// and its answers are printed as `ingest` prints its own.
fn ingest_through(
    server: &Client,
    db: &Path,
    paths: &[PathBuf],
    settings: &IngestSettings,
    options: &client::PostOptions,
) -> Result<Outcome> {
    server.check_writes(db)?;
    let started = std::time::Instant::now();
    let (sources, walk_errors) = input::walk_sources(paths, Some(db), &settings.walk)?;
    walk_errors.iter().for_each(report_failure);
    let total: u64 = sources.iter().map(Source::size).sum();
    let mut bar = Progress::new(total, !settings.quiet);
    let mut done = 0;
    let mut report = pipeline::IngestReport::default();
    for source in &sources {
        let read = match source {
            Source::File(path) => fs::read(path).and_then(|bytes| {
                let name = input::source_name(&fs::canonicalize(path)?);
                Ok((bytes, Some(name)))
            }),
            _ => {
                let mut bytes = Vec::new();
                io::stdin().read_to_end(&mut bytes).map(|_| (bytes, None))
            }
        };
        let (bytes, name) = match read {
            Ok(read) => read,
            Err(source_error) => {
                let e = Error::Io { path: source.path(), source: source_error };
                bar.line(&format!("error: {}", e.with_causes()));
                report.failures.push(e);
                continue;
            }
        };
        done += bytes.len() as u64;
        let posted = server.post(&bytes, name.as_deref(), options)?;
        for a in &posted.stored {
            if settings.verbose {
                bar.line(&format!("stored {} ({}; {})", a.source, change_words(&a.change), a.encoding));
            }
            bar.article(done);
        }
        for f in posted.failed {
            let e = match f.line {
                Some(line) => Error::BadLine { path: source.path(), line, reason: f.reason },
                None => Error::BadArticle { path: source.path(), reason: f.reason },
            };
            bar.line(&format!("error: {}", e.with_causes()));
            bar.failure(done);
            report.failures.push(e);
        }
        report.added += posted.added;
        report.replaced += posted.replaced;
        report.unchanged += posted.unchanged;
        report.duplicates += posted.duplicates;
    }
    bar.finish();
    report.seconds = started.elapsed().as_secs_f64();
    if !settings.quiet {
        print_ingest_summary(db, &report, &walk_errors, &server.totals()?);
    }
    let failed = report.failures.len() + walk_errors.len();
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
    let done = match Client::find(db) {
        Some(server) => {
            server.check_writes(db)?;
            let mut done = remove::Removal::default();
            for target in targets {
                let one = server.delete(&remove::Target::parse(target))?;
                done.removed += one.removed;
                done.kept += one.kept;
                if !one.unknown.is_empty() {
                    done.unknown.push(target.to_string_lossy().into_owned());
                }
            }
            done
        }
        None => remove::remove(&GraphStore::open(db, Access::Existing)?, targets)?,
    };
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

/// The write token of `serve`: the file's first line (trimmed), else `NEWSGRAPH_WRITE_TOKEN`.
fn write_token(file: Option<&Path>) -> Result<Option<String>> {
    let token = match file {
        Some(path) => {
            let text = fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
            text.lines().next().unwrap_or_default().trim().to_string()
        }
        None => match std::env::var(client::TOKEN_VARIABLE) {
            Ok(t) => t.trim().to_string(),
            Err(_) => return Ok(None),
        },
    };
    if token.chars().count() < 16 {
        let from = file.map_or(client::TOKEN_VARIABLE.to_string(), |p| p.display().to_string());
        return Err(Error::Usage {
            message: format!("{from}: the write token must be at least 16 characters (e.g. `openssl rand -hex 32`)"),
        });
    }
    Ok(Some(token))
}

/// Set by a server that starts itself again (see `restart`) to the number of
/// the listening socket it hands over, which the new process listens on
/// instead of binding `--bind` (same address, same port even for port 0, and
/// no connection refused in between).
const RESTART_LISTENER: &str = "NEWSGRAPH_RESTART_LISTENER";

fn serve(db: &Path, args: ServeArgs, resources: Resources) -> Result<Outcome> {
    let handed = handed_listener();
    let defaults = newsgraph::serve::Config::default();
    let config = newsgraph::serve::Config {
        bind: args.bind,
        timeout: args.timeout,
        client_timeout: args.client_timeout,
        max_rows: args.max_rows,
        max_result_bytes: args.max_result_bytes,
        max_body: args.max_body,
        workers: args.workers.unwrap_or(defaults.workers).max(1),
        max_query_memory: args.max_query_memory.saturating_mul(1 << 20),
        max_query_depth: args.max_query_depth,
        max_connections: args.max_connections,
    };
    let token = write_token(args.write_token_file.as_deref())?;
    let writes = token.is_some();
    let writing = (token.is_some() || !args.watch.is_empty()).then(|| newsgraph::serve::Writing {
        ingester: pipeline::Ingester {
            resources,
            options: pipeline::IngestOptions {
                ingested_at: source_date_epoch(),
                batch_quads: args.batch_quads,
                ..Default::default()
            },
            read: ReadOptions::default(),
        },
        watch: args.watch.clone(),
        token,
        token_file: args.write_token_file.as_deref().map(input::absolute),
        max_post: args.max_post,
    });
    let store = GraphStore::open(db, Access::Existing)?;
    let quiet = args.quiet;
    let log: newsgraph::serve::Log = Arc::new(move |line: &str| {
        if !quiet {
            eprintln!("{line}");
        }
    });
    let ended = newsgraph::serve::serve(
        store,
        config,
        handed,
        writing,
        |addr| {
            if !addr.ip().is_loopback() {
                eprintln!("warning: listening on {addr}, which other machines can reach; the graph is readable by anyone there");
            }
            println!("serving {} at http://{addr}/ (SPARQL endpoint http://{addr}/query); Ctrl-C stops", db.display());
            if writes {
                println!("writes: POST and DELETE http://{addr}/articles with the write token (Authorization: Bearer)");
            }
            let _ = io::stdout().flush();
        },
        log,
    )?;
    match ended {
        newsgraph::serve::Ended::Stopped => {
            println!("stopped; store {} released", db.display());
            Ok(Outcome::Success)
        }
        newsgraph::serve::Ended::Restart(bound) => restart(bound),
    }
}

/// Starts the server again in this process (same process id, same arguments,
/// the same listening socket), which gives back all the memory frozen runaway
/// queries held. Returns only if that fails.
#[allow(unsafe_code)]
fn restart(listener: std::net::TcpListener) -> Result<Outcome> {
    use std::os::fd::IntoRawFd;
    use std::os::unix::process::CommandExt;
    extern "C" {
        fn fcntl(fd: i32, cmd: i32, ...) -> i32;
    }
    const F_SETFD: i32 = 2;
    let _ = io::stdout().flush();
    let exe = std::env::current_exe().map_err(|source| Error::Io { path: "the running program".into(), source })?;
    let fd = listener.into_raw_fd();
    // SAFETY: `fd` is the listener's, owned here; clearing FD_CLOEXEC (flags 0)
    // keeps it open across the exec below.
    if unsafe { fcntl(fd, F_SETFD, 0) } == -1 {
        return Err(Error::Io { path: "the listening socket".into(), source: io::Error::last_os_error() });
    }
    let source =
        std::process::Command::new(&exe).args(std::env::args_os().skip(1)).env(RESTART_LISTENER, fd.to_string()).exec();
    Err(Error::Io { path: exe, source })
}

/// The listening socket a server handed over to this process (see `restart`),
/// if it did. The variable is removed so that nothing started later takes it.
#[allow(unsafe_code)]
fn handed_listener() -> Option<std::net::TcpListener> {
    use std::os::fd::FromRawFd;
    let fd: i32 = std::env::var(RESTART_LISTENER).ok()?.parse().ok()?;
    // SAFETY: single-threaded at this point (before the server's runtime starts).
    unsafe { std::env::remove_var(RESTART_LISTENER) };
    // SAFETY: the server before the exec left exactly this descriptor open for
    // us, a listening TCP socket, and nothing else in this process owns it.
    Some(unsafe { std::net::TcpListener::from_raw_fd(fd) })
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

/// A query stopped at its limit that goes on (a sort of what it had gathered):
/// the command has nothing else to do, so it ends with the limit's message, as
/// a query that stopped at once does.
fn end_overrun(limit: &Error) {
    eprintln!("error: {}", limit.with_causes());
    std::process::exit(1);
}
