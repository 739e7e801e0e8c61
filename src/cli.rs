//! The command line: clap arguments become library calls. The only place that
//! prints (besides `main`, which prints the final error).

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::{Parser, Subcommand, ValueEnum};
use oxigraph::io::{RdfFormat, RdfSerializer};

use crate::error::{Error, Result};
use crate::export;
use crate::extract::{self, extract, Extraction, Resources};
use crate::input::{self, read_article, Article, Source};
use crate::pipeline;
use crate::query::{self, ResultFormat};
use crate::stats::{stats, Stats};
use crate::store::{Access, GraphStore};

/// newsgraph reads news articles and keeps what they say (people, companies,
/// AI models, products, places, their relations and quotes) as an RDF
/// knowledge graph you can query with SPARQL, draw with Graphviz and open in a
/// spreadsheet.
#[derive(Parser, Debug)]
#[command(name = "newsgraph", version, about, max_term_width = 100)]
pub struct Cli {
    /// The store: a folder holding an embedded oxigraph (RocksDB) database.
    #[arg(long, global = true, default_value = "newsgraph.db", value_name = "DIR")]
    pub db: PathBuf,

    /// A folder of extra lexicon files (same names and formats as ontology/lexicon/)
    /// that extend the built-in ones.
    #[arg(long, global = true, value_name = "DIR")]
    pub resources: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Reads articles (.txt, .md; folders recursively; '-' for stdin) into the store.
    /// Re-ingesting a file replaces what it said before.
    Ingest {
        /// Files, folders, or '-' for standard input.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Runs a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the store.
    /// The prefixes ng:, rdf:, rdfs:, skos:, owl:, xsd:, prov:, schema:, wd: and id: are predeclared.
    Query {
        /// The query text, or '-' to read it from standard input.
        #[arg(value_name = "QUERY", required_unless_present = "file", conflicts_with = "file")]
        query: Option<String>,
        /// Read the query from a file.
        #[arg(short = 'f', long = "file", value_name = "FILE")]
        file: Option<PathBuf>,
        /// Output format (CONSTRUCT/DESCRIBE: table means Turtle).
        #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
        format: QueryFormat,
    },
    /// Writes the graph as DOT, CSV (a folder with nodes.csv and edges.csv) or RDF.
    Export {
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Output file (a folder for csv); standard output when absent.
        #[arg(short = 'o', long = "output", value_name = "PATH")]
        output: Option<PathBuf>,
    },
    /// Shows what ingest would add for these articles, without a store.
    Extract {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = ExtractFormat::Text)]
        format: ExtractFormat,
    },
    /// Counts articles, entities per class, relations per predicate, quotes and triples.
    Stats,
    /// Serves the store over HTTP until Ctrl-C: a SPARQL 1.1 Protocol endpoint at
    /// /query (and /sparql) and a page to explore the graph at /. Read-only. The
    /// server holds the store, so stop it before `ingest` and start it again after.
    Serve(ServeArgs),
}

#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// Address and port to listen on. Anything but loopback exposes the graph to the network.
    #[arg(long, default_value = "127.0.0.1:7878", value_name = "ADDR:PORT")]
    pub bind: std::net::SocketAddr,
    /// Seconds a query may run before it is stopped (the client gets 503).
    #[arg(long, default_value = "10", value_name = "SECONDS", value_parser = positive_seconds)]
    pub timeout: std::time::Duration,
    /// Most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) one answer may hold.
    #[arg(long, default_value_t = 100_000, value_name = "N")]
    pub max_rows: usize,
    /// Most bytes one answer may take.
    #[arg(long, default_value_t = 64 << 20, value_name = "BYTES")]
    pub max_result_bytes: usize,
    /// Largest request body accepted (a POSTed query), in bytes.
    #[arg(long, default_value_t = 1 << 20, value_name = "BYTES")]
    pub max_body: usize,
    /// Queries evaluated at once (default: twice the number of cores); others wait.
    #[arg(long, value_name = "N")]
    pub workers: Option<usize>,
    /// Seconds a client may take to send its request headers, again its body, and
    /// to take each part of the answer.
    #[arg(long, default_value = "10", value_name = "SECONDS", value_parser = positive_seconds)]
    pub client_timeout: std::time::Duration,
    /// Print no line per request.
    #[arg(long)]
    pub quiet: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum QueryFormat {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
    Turtle,
    Ntriples,
    Rdfxml,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ExportFormat {
    Dot,
    Csv,
    Turtle,
    Ntriples,
    Nquads,
    Trig,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ExtractFormat {
    /// Readable text.
    Text,
    /// JSON in the annotation format of the evaluation guidelines.
    Json,
}

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
        Command::Ingest { paths } => ingest(&cli.db, &paths, &resources()?),
        Command::Query { query, file, format } => {
            let text = query_text(query, file)?;
            let store = GraphStore::open(&cli.db, Access::Existing)?;
            let mut out = io::stdout().lock();
            query::run(&store, &text, format.into(), &mut out)?;
            out.flush().map_err(|source| Error::Io { path: "-".into(), source })?;
            Ok(Outcome::Success)
        }
        Command::Export { format, output } => {
            let store = GraphStore::open(&cli.db, Access::Existing)?;
            export_store(&store, format, output.as_deref())?;
            Ok(Outcome::Success)
        }
        Command::Extract { paths, format } => extract_only(&paths, &resources()?, format),
        Command::Serve(args) => serve(&cli.db, args),
        Command::Stats => {
            let store = GraphStore::open(&cli.db, Access::Existing)?;
            print_stats(&stats(&store)?);
            Ok(Outcome::Success)
        }
    }
}

impl From<QueryFormat> for ResultFormat {
    fn from(f: QueryFormat) -> ResultFormat {
        match f {
            QueryFormat::Table => ResultFormat::Table,
            QueryFormat::Csv => ResultFormat::Csv,
            QueryFormat::Tsv => ResultFormat::Tsv,
            QueryFormat::Json => ResultFormat::Json,
            QueryFormat::Xml => ResultFormat::Xml,
            QueryFormat::Turtle => ResultFormat::Turtle,
            QueryFormat::Ntriples => ResultFormat::NTriples,
            QueryFormat::Rdfxml => ResultFormat::RdfXml,
        }
    }
}

fn report_failure(e: &Error) {
    eprintln!("error: {e}");
}

fn ingest(db: &Path, paths: &[PathBuf], resources: &Resources) -> Result<Outcome> {
    let (sources, walk_errors) = input::sources(paths, Some(db));
    walk_errors.iter().for_each(report_failure);
    let store = GraphStore::open(db, Access::Write)?;
    let report = pipeline::ingest(&store, &sources, resources, report_failure)?;
    let s = stats(&store)?;
    let failed = report.failures.len() + walk_errors.len();
    println!(
        "ingested {} article{} ({} new, {} replaced, {} unchanged, {} failed) in {:.2} s",
        report.ingested(),
        if report.ingested() == 1 { "" } else { "s" },
        report.added,
        report.replaced,
        report.unchanged,
        failed,
        report.seconds
    );
    println!(
        "store {}: {} articles, {} entities, {} relations, {} quotes, {} triples",
        db.display(),
        s.articles,
        s.entity_total(),
        s.relation_total(),
        s.quotes,
        s.triples
    );
    Ok(if failed > 0 { Outcome::PartialFailure } else { Outcome::Success })
}

/// A positive number of seconds, possibly fractional ("0.5").
fn positive_seconds(text: &str) -> std::result::Result<std::time::Duration, String> {
    match text.trim().parse::<f64>() {
        Ok(s) if s.is_finite() && s > 0.0 && s < 1e9 => Ok(std::time::Duration::from_secs_f64(s)),
        _ => Err(format!("{text:?} is not a positive number of seconds")),
    }
}

fn serve(db: &Path, args: ServeArgs) -> Result<Outcome> {
    let defaults = crate::serve::Config::default();
    let config = crate::serve::Config {
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
    let log: crate::serve::Log = Arc::new(move |line: &str| {
        if !quiet {
            eprintln!("{line}");
        }
    });
    let exposed = !args.bind.ip().is_loopback();
    crate::serve::serve(
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

fn export_store(store: &GraphStore, format: ExportFormat, output: Option<&Path>) -> Result<()> {
    if let ExportFormat::Csv = format {
        let dir = output.ok_or_else(|| Error::Export {
            message: "csv export writes two files (nodes.csv and edges.csv): give the folder with -o".into(),
        })?;
        for path in export::write_csv(&export::read_view(store)?, dir)? {
            eprintln!("wrote {}", path.display());
        }
        return Ok(());
    }
    let mut out: Box<dyn Write> = match output {
        Some(path) => Box::new(io::BufWriter::new(
            fs::File::create(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?,
        )),
        None => Box::new(io::BufWriter::new(io::stdout().lock())),
    };
    let rdf = |format: RdfFormat| query::with_prefixes(RdfSerializer::from_format(format));
    match format {
        ExportFormat::Dot => export::write_dot(&export::read_view(store)?, &mut out)?,
        ExportFormat::Turtle => store.dump(rdf(RdfFormat::Turtle), &mut out, true)?,
        ExportFormat::Ntriples => store.dump(rdf(RdfFormat::NTriples), &mut out, true)?,
        ExportFormat::Nquads => store.dump(rdf(RdfFormat::NQuads), &mut out, false)?,
        ExportFormat::Trig => store.dump(rdf(RdfFormat::TriG), &mut out, false)?,
        ExportFormat::Csv => unreachable!("handled above"),
    }
    out.flush().map_err(|source| Error::Io { path: output.unwrap_or(Path::new("-")).to_path_buf(), source })
}

fn extract_only(paths: &[PathBuf], resources: &Resources, format: ExtractFormat) -> Result<Outcome> {
    let (sources, mut failures) = input::sources(paths, None);
    failures.iter().for_each(report_failure);
    let mut out = io::stdout().lock();
    for source in &sources {
        let article = match read_article(source) {
            Ok(article) => article,
            Err(e) => {
                report_failure(&e);
                failures.push(e);
                continue;
            }
        };
        let extraction = extract(&article.text, resources);
        let text = match format {
            ExtractFormat::Json => json_report(&article, &extraction),
            ExtractFormat::Text => text_report(source, &article, &extraction),
        };
        out.write_all(text.as_bytes()).map_err(|source| Error::Io { path: "-".into(), source })?;
    }
    Ok(if failures.is_empty() { Outcome::Success } else { Outcome::PartialFailure })
}

fn json_report(article: &Article, extraction: &Extraction) -> String {
    let mut value = extract::annotation(extraction, &article.text);
    value["doc"] = article.source.clone().into();
    value["title"] = article.title.clone().into();
    value["date"] = article.date.clone().into();
    format!("{}\n", serde_json::to_string_pretty(&value).unwrap_or_default())
}

fn text_report(source: &Source, article: &Article, ex: &Extraction) -> String {
    let mut s = format!("== {}\ntitle: {}\n", source.display(), article.title);
    if let Some(date) = &article.date {
        s.push_str(&format!("date: {date}\n"));
    }
    let name = |i: usize| ex.entities.get(i).map(|e| e.name.as_str()).unwrap_or("?");
    s.push_str(&format!("\nentities ({}):\n", ex.entities.len()));
    for e in &ex.entities {
        s.push_str(&format!("  {:<13} {}", e.class.name(), e.name));
        if !e.aliases.is_empty() {
            s.push_str(&format!("  (also: {})", e.aliases.join(", ")));
        }
        if let Some(id) = &e.wikidata {
            s.push_str(&format!("  [wikidata {id}]"));
        }
        s.push('\n');
    }
    s.push_str(&format!("\nrelations ({}):\n", ex.relations.len()));
    for r in &ex.relations {
        s.push_str(&format!("  {} --{}--> {}", name(r.subject), r.predicate.name(), name(r.object)));
        if let Some(role) = &r.role {
            s.push_str(&format!("  [{role}]"));
        }
        s.push_str(&format!("  {:.2} {}\n", r.evidence.confidence, r.evidence.rule));
        s.push_str(&format!("      \"{}\"\n", one_line(r.evidence.sentence.text(&article.text))));
    }
    s.push_str(&format!("\nquotes ({}):\n", ex.quotes.len()));
    for q in &ex.quotes {
        s.push_str(&format!("  {}: \"{}\"  {:.2} {}\n", name(q.speaker), one_line(&q.text), q.evidence.confidence, q.evidence.rule));
    }
    s.push('\n');
    s
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
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
