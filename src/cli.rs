//! The command line: clap arguments become library calls. The only place that
//! prints (besides `main`, which prints the final error).

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::{Parser, Subcommand, ValueEnum};
use oxigraph::io::{RdfFormat, RdfSerializer};

use crate::error::{Error, Result};
use crate::eval::{self, Counts, DocResult, Totals};
use crate::export;
use crate::extract::{self, extract, EntityClass, Extraction, Predicate, Resources};
use std::sync::atomic::{AtomicU64, Ordering};

use oxigraph::model::{NamedNode, Term};
use oxigraph::sparql::QueryResults;

use crate::input::{self, read_source, Article, JsonlFields, ReadOptions, Source, WalkOptions};
use crate::pipeline;
use crate::progress::Progress;
use crate::query::{self, ResultFormat};
use crate::remote;
use crate::stats::{stats, Stats};
use crate::store::{Access, Change, GraphStore};

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
    /// Reads articles into the store: text (.txt), Markdown (.md), web pages
    /// (.html: the article body and the page's metadata) and JSON Lines dumps
    /// (.jsonl: one article per line), each possibly gzip-compressed (.gz);
    /// folders recursively; '-' for standard input. Re-ingesting a file replaces
    /// what it said before; the same text under two names is one article.
    Ingest {
        /// Files, folders, or '-' for standard input.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Store only relations and quotes at least this confident (0 to 1).
        #[arg(long, value_name = "C", default_value_t = 0.0, value_parser = confidence)]
        min_confidence: f32,
        /// In folders, read only files matching this glob (path relative to the
        /// folder, or file name; repeatable). Default: the article extensions above.
        #[arg(long, value_name = "GLOB")]
        include: Vec<String>,
        /// In folders, skip files and folders matching this glob (repeatable).
        #[arg(long, value_name = "GLOB")]
        exclude: Vec<String>,
        /// JSON Lines: the field holding the article text (a dotted path for nested
        /// objects). Default: the first of text, content, body, maintext, article, …
        #[arg(long, value_name = "NAME")]
        text_field: Option<String>,
        /// JSON Lines: the headline field. Default: title, headline, name.
        #[arg(long, value_name = "NAME")]
        title_field: Option<String>,
        /// JSON Lines: the publication date field. Default: date, published, published_at, publishedAt, …
        #[arg(long, value_name = "NAME")]
        date_field: Option<String>,
        /// JSON Lines: the URL field. Default: url, link, canonical_url, …
        #[arg(long, value_name = "NAME")]
        url_field: Option<String>,
        /// Extraction threads (default: one per core).
        #[arg(long, value_name = "N", default_value_t = 0, hide_default_value = true)]
        threads: usize,
        /// New articles are written together in batches of about this many quads
        /// (default 50000); smaller batches use less memory.
        #[arg(long, value_name = "N", default_value_t = 0, hide_default_value = true)]
        batch_quads: usize,
        /// Print only errors: no progress bar, no summary.
        #[arg(short, long, conflicts_with = "verbose")]
        quiet: bool,
        /// Also print one line per article stored.
        #[arg(short, long)]
        verbose: bool,
    },
    /// Removes articles from the store, by file path (a folder removes every
    /// article read from under it), URL or article IRI. An entity only they
    /// mentioned goes with all its triples; what other articles say stays.
    Remove {
        #[arg(required = true, value_name = "ARTICLE")]
        articles: Vec<String>,
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
        #[arg(long, value_enum, default_value_t = ResultFormat::Table)]
        format: ResultFormat,
    },
    /// Writes the graph as a picture (DOT, or SVG/PNG/PDF through Graphviz), CSV for
    /// spreadsheets, GraphML for Gephi, yEd and Cytoscape, JSON-LD, or an RDF dump.
    ///
    /// DOT shows at most 150 entities (the most mentioned) and 300 relations unless told otherwise,
    /// with a note saying what was left out; --focus, --class, --relation and
    /// --min-articles choose what the picture (or the GraphML) shows.
    Export {
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Output file (a folder for csv); standard output when absent.
        #[arg(short = 'o', long = "output", value_name = "PATH")]
        output: Option<PathBuf>,
        #[command(flatten)]
        view: ViewArgs,
        /// dot: run Graphviz `dot` and write this format to -o instead of DOT text.
        #[arg(long, value_enum, value_name = "FORMAT")]
        render: Option<RenderFormat>,
        /// csv: 'comma' is RFC 4180; 'semicolon' is for spreadsheets in locales that
        /// write decimals with a comma (';' between cells, decimal comma, UTF-8 byte-order mark).
        #[arg(long, value_enum, default_value_t = CsvStyleArg::Comma, value_name = "STYLE")]
        csv_style: CsvStyleArg,
        /// Leave out relations and quotes whose evidence is all below this
        /// confidence (0 to 1), with that evidence; in every format.
        #[arg(long, value_name = "C", default_value_t = 0.0, value_parser = confidence)]
        min_confidence: f32,
    },
    /// Shows what ingest would add for these articles, without a store.
    Extract {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = ExtractFormat::Text)]
        format: ExtractFormat,
    },
    /// Counts articles, entities per class, relations per predicate, quotes and triples.
    Stats {
        /// Also list the articles: IRI, date, title and where each was read from.
        #[arg(long)]
        articles: bool,
    },
    /// Copies every article's graph and the ontology to a shared SPARQL 1.1 store
    /// through the Graph Store HTTP Protocol (one PUT per graph, so re-runs
    /// replace rather than duplicate). Run it on each machine after its ingest.
    Push {
        /// The store's Graph Store Protocol endpoint, e.g.
        /// http://host:8890/sparql-graph-crud-auth (Virtuoso) or http://host:7878/store (oxigraph).
        #[arg(long, value_name = "URL")]
        endpoint: String,
        /// User name, when the store asks for one (HTTP Basic or Digest).
        #[arg(long, env = "NEWSGRAPH_REMOTE_USER", value_name = "USER")]
        user: Option<String>,
        /// Password for --user.
        #[arg(long, env = "NEWSGRAPH_REMOTE_PASSWORD", value_name = "PASSWORD", hide_env_values = true)]
        password: Option<String>,
    },
    /// Scores extraction against your own gold annotations: a folder of NAME.txt
    /// with NAME.gold.json in the format of the evaluation guidelines. Prints
    /// precision, recall and F1 per category, entity class, predicate and document.
    Eval {
        #[arg(value_name = "GOLD_DIR")]
        gold_dir: PathBuf,
        /// Also list every false positive and false negative.
        #[arg(short, long)]
        verbose: bool,
    },
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Graphviz DOT (a picture of the graph).
    Dot,
    /// A folder of spreadsheets: entities, relations, quotes, articles.
    Csv,
    /// GraphML (Gephi, yEd, Cytoscape).
    Graphml,
    /// JSON-LD of the merged graph, with schema.org terms.
    Jsonld,
    /// Turtle, the merged graph.
    Turtle,
    /// N-Triples, the merged graph.
    Ntriples,
    /// N-Quads, every graph.
    Nquads,
    /// TriG, every graph.
    Trig,
}

/// What part of the graph a picture shows (dot and graphml).
#[derive(clap::Args, Debug, Default)]
pub struct ViewArgs {
    /// Show only the neighbourhood of this entity (its label or an alias, any case).
    #[arg(long, value_name = "ENTITY")]
    pub focus: Option<String>,
    /// With --focus: how many relation hops to include.
    #[arg(long, default_value_t = 1, value_name = "N", requires = "focus")]
    pub depth: usize,
    /// Show only entities of these classes (Person, Organization, AIModel, Product, Place;
    /// repeat or separate with commas).
    #[arg(long, value_name = "CLASS", value_delimiter = ',', value_parser = parse_class)]
    pub class: Vec<EntityClass>,
    /// Show only these relations (worksFor, founded, developed, …; repeat or separate with commas).
    #[arg(long, value_name = "RELATION", value_delimiter = ',', value_parser = parse_relation)]
    pub relation: Vec<Predicate>,
    /// Show only entities mentioned in at least N articles.
    #[arg(long, value_name = "N")]
    pub min_articles: Option<usize>,
    /// Show at most N entities, the most mentioned first, and 2×N relations, the best
    /// attested first (dot: 150 by default, so that Graphviz lays it out in seconds; 0 = all).
    #[arg(long, value_name = "N")]
    pub max_nodes: Option<usize>,
    /// dot: also show entities no shown relation touches (left out by default; graphml keeps them).
    #[arg(long)]
    pub isolated: bool,
}

impl ViewArgs {
    fn is_set(&self) -> bool {
        self.focus.is_some()
            || !self.class.is_empty()
            || !self.relation.is_empty()
            || self.min_articles.is_some()
            || self.max_nodes.is_some()
            || self.isolated
    }

    /// What to show: `picture` (dot) has a node budget and leaves out isolated entities by default.
    fn selection(&self, picture: bool) -> export::Selection {
        let default_max = picture.then_some(export::DEFAULT_MAX_NODES);
        let max_nodes = match self.max_nodes {
            Some(0) => None,
            Some(n) => Some(n),
            None => default_max,
        };
        export::Selection {
            focus: self.focus.clone(),
            depth: self.depth,
            classes: self.class.clone(),
            relations: self.relation.clone(),
            min_articles: self.min_articles.unwrap_or(0),
            max_nodes,
            max_edges: max_nodes.map(|n| n * 2),
            isolated: self.isolated || !picture,
        }
    }
}

fn parse_class(text: &str) -> std::result::Result<EntityClass, String> {
    EntityClass::parse(text.trim()).ok_or_else(|| {
        let names: Vec<&str> = EntityClass::ALL.iter().map(|c| c.name()).collect();
        format!("unknown class (one of {})", names.join(", "))
    })
}

fn parse_relation(text: &str) -> std::result::Result<Predicate, String> {
    Predicate::parse(text.trim()).ok_or_else(|| {
        let names: Vec<&str> = Predicate::ALL.iter().map(|p| p.name()).collect();
        format!("unknown relation (one of {})", names.join(", "))
    })
}

/// What `--render` asks Graphviz for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RenderFormat {
    Svg,
    Png,
    Pdf,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CsvStyleArg {
    Comma,
    Semicolon,
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
                },
                quiet,
                verbose,
            };
            ingest(&cli.db, &paths, &resources()?, &settings)
        }
        Command::Remove { articles } => remove(&cli.db, &articles),
        Command::Query { query, file, format } => {
            let text = query_text(query, file)?;
            let store = GraphStore::open(&cli.db, Access::Existing)?;
            let mut out = io::stdout().lock();
            query::run(&store, &text, format, &mut out)?;
            out.flush().map_err(|source| Error::Io { path: "-".into(), source })?;
            Ok(Outcome::Success)
        }
        Command::Export { format, output, view, render, csv_style, min_confidence } => {
            check_export_options(format, output.as_deref(), &view, render, csv_style)?;
            let store = GraphStore::open(&cli.db, Access::Existing)?;
            let filter = export::ConfidenceFilter::read(&store, f64::from(min_confidence))?;
            export_store(&store, format, output.as_deref(), &view, render, csv_style, filter.as_ref())?;
            Ok(Outcome::Success)
        }
        Command::Extract { paths, format } => extract_only(&paths, &resources()?, format),
        Command::Eval { gold_dir, verbose } => {
            let results = eval::evaluate(&gold_dir, &resources()?)?;
            print!("{}", eval_report(&results, verbose));
            Ok(Outcome::Success)
        }
        Command::Push { endpoint, user, password } => {
            let store = GraphStore::open(&cli.db, Access::Existing)?;
            let credentials = user.map(|user| remote::Credentials { user, password: password.unwrap_or_default() });
            push(&store, &remote::Remote::new(&endpoint, credentials), &endpoint)?;
            Ok(Outcome::Success)
        }
        Command::Serve(args) => serve(&cli.db, args),
        Command::Stats { articles } => {
            let store = GraphStore::open(&cli.db, Access::Existing)?;
            print_stats(&stats(&store)?);
            if articles {
                print_articles(&store)?;
            }
            Ok(Outcome::Success)
        }
    }
}

fn report_failure(e: &Error) {
    eprintln!("error: {e}");
}

/// `SOURCE_DATE_EPOCH` (the reproducible-builds convention): a fixed ingestion
/// time, so two stores built from the same input are the same, byte for byte.
fn source_date_epoch() -> Option<u64> {
    std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|v| v.trim().parse().ok())
}

/// Parses a confidence threshold between 0 and 1.
fn confidence(text: &str) -> std::result::Result<f32, String> {
    match text.parse::<f32>() {
        Ok(c) if (0.0..=1.0).contains(&c) => Ok(c),
        _ => Err(format!("'{text}' is not a confidence between 0 and 1")),
    }
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
                    bar.line(&format!("error: {e}"));
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
            other => by_file[pos].2 = Some(other.to_string()),
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

/// `remove`: each argument is an article IRI, a URL, or a path (a file, or a
/// folder meaning every article read from under it). A path takes that source
/// away from its article; an article with no source left is removed. An IRI or
/// a URL removes the article whatever its sources.
fn remove(db: &Path, targets: &[String]) -> Result<Outcome> {
    let store = GraphStore::open(db, Access::Existing)?;
    let (mut removed, mut kept, mut missing) = (0, 0, 0);
    for target in targets {
        let mut found = false;
        if crate::graph::is_article_iri(target) {
            let iri =
                NamedNode::new(target.as_str()).map_err(|e| Error::Usage { message: format!("{target}: {e}") })?;
            if store.remove_article(&iri)? {
                removed += 1;
                found = true;
            }
        } else if target.starts_with("http://") || target.starts_with("https://") {
            for iri in store.articles_with_url(target)? {
                store.remove_article(&iri)?;
                removed += 1;
                found = true;
            }
        } else {
            // `-` names what was read from standard input.
            let abs =
                if target == "-" { "-".to_string() } else { input::absolute(Path::new(target)).display().to_string() };
            let under = |s: &str| {
                s == abs
                    || s.strip_prefix(abs.as_str()).is_some_and(|rest| rest.starts_with("#L") || rest.starts_with('/'))
            };
            for (iri, source) in store.sources()? {
                if !under(&source) || !store.has_article(&iri)? {
                    continue;
                }
                found = true;
                if store.remove_source(&iri, &source)? {
                    removed += 1;
                } else {
                    kept += 1;
                }
            }
        }
        if !found {
            missing += 1;
            report_failure(&Error::Usage {
                message: format!("{target}: no article in the store was read from this path or has this URL or IRI"),
            });
        }
    }
    store.flush()?;
    println!("removed {removed} article{}", if removed == 1 { "" } else { "s" });
    if kept > 0 {
        println!("{kept} article{} kept: also read from other sources", if kept == 1 { "" } else { "s" });
    }
    Ok(if missing > 0 { Outcome::PartialFailure } else { Outcome::Success })
}

fn print_articles(store: &GraphStore) -> Result<()> {
    let text = "SELECT ?a ?title ?date (GROUP_CONCAT(?src; SEPARATOR=\"\\n      \") AS ?sources) WHERE { GRAPH ?a { ?a a ng:Article ; ng:title ?title ; ng:source ?src OPTIONAL { ?a ng:date ?date } } } GROUP BY ?a ?title ?date ORDER BY ?date ?title";
    println!("\narticles");
    if let QueryResults::Solutions(rows) = store.query(query::parse(text)?)? {
        for row in rows {
            let row = row.map_err(|e| Error::Query { message: e.to_string() })?;
            let get = |v: &str| match row.get(v) {
                Some(Term::Literal(l)) => l.value().to_string(),
                Some(Term::NamedNode(n)) => n.as_str().to_string(),
                _ => "-".to_string(),
            };
            println!("  {}  {}  {}\n      {}", get("a"), get("date"), get("title"), get("sources"));
        }
    }
    Ok(())
}

fn push(store: &GraphStore, remote: &remote::Remote, endpoint: &str) -> Result<()> {
    let started = std::time::Instant::now();
    let ontology = oxigraph::model::NamedNode::new_unchecked(crate::vocab::ONTOLOGY_GRAPH);
    let mut graphs = vec![ontology];
    graphs.extend(store.article_graphs()?);
    let mut triples = 0;
    for graph in &graphs {
        let quads = store.graph_quads(graph.as_ref())?;
        remote.put_graph(graph, &quads)?;
        triples += quads.len();
    }
    println!(
        "pushed {} article graphs and the ontology ({triples} triples) to {endpoint} in {:.2} s",
        graphs.len() - 1,
        started.elapsed().as_secs_f64()
    );
    Ok(())
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

/// Refuses options that do not apply to the format, before the store is opened.
fn check_export_options(
    format: ExportFormat,
    output: Option<&Path>,
    view: &ViewArgs,
    render: Option<RenderFormat>,
    csv_style: CsvStyleArg,
) -> Result<()> {
    let usage = |message: String| Err(Error::Export { message });
    let name = format!("{format:?}").to_lowercase();
    if view.is_set() && !matches!(format, ExportFormat::Dot | ExportFormat::Graphml) {
        return usage(format!(
            "--focus, --class, --relation, --min-articles and --max-nodes choose what a picture shows: they apply to dot and graphml, not {name}"
        ));
    }
    if render.is_some() && format != ExportFormat::Dot {
        return usage(format!("--render runs Graphviz on DOT: use it with --format dot, not {name}"));
    }
    if render.is_some() && output.is_none() {
        return usage("--render writes an image file: give its path with -o".into());
    }
    if csv_style != CsvStyleArg::Comma && format != ExportFormat::Csv {
        return usage(format!("--csv-style applies to --format csv, not {name}"));
    }
    if format == ExportFormat::Csv && output.is_none() {
        return usage("csv export writes a folder of files (entities.csv, relations.csv, quotes.csv, articles.csv): give the folder with -o".into());
    }
    Ok(())
}

fn export_store(
    store: &GraphStore,
    format: ExportFormat,
    output: Option<&Path>,
    view: &ViewArgs,
    render: Option<RenderFormat>,
    csv_style: CsvStyleArg,
    filter: Option<&export::ConfidenceFilter>,
) -> Result<()> {
    if let (ExportFormat::Csv, Some(dir)) = (format, output) {
        let style = match csv_style {
            CsvStyleArg::Comma => export::CsvStyle::Comma,
            CsvStyleArg::Semicolon => export::CsvStyle::Semicolon,
        };
        for path in export::write_csv(&export::read_view(store, filter)?, dir, style)? {
            eprintln!("wrote {}", path.display());
        }
        return Ok(());
    }
    if let (Some(render), Some(path)) = (render, output) {
        let selected = export::select(&export::read_view(store, filter)?, &view.selection(true))?;
        let mut dot = Vec::new();
        export::write_dot(&selected, &mut dot)?;
        if let Some(note) = &selected.note {
            eprintln!("note: {note}");
        }
        run_graphviz(&dot, render, path)?;
        eprintln!("wrote {}", path.display());
        return Ok(());
    }
    let mut out: Box<dyn Write> = match output {
        Some(path) => Box::new(io::BufWriter::new(
            fs::File::create(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?,
        )),
        None => Box::new(io::BufWriter::new(io::stdout().lock())),
    };
    let rdf = |format: RdfFormat| query::with_prefixes(RdfSerializer::from_format(format));
    let keep = |q: oxigraph::model::QuadRef<'_>| filter.is_none_or(|f| f.keeps_quad(q));
    match format {
        ExportFormat::Dot => {
            let selected = export::select(&export::read_view(store, filter)?, &view.selection(true))?;
            if let Some(note) = &selected.note {
                eprintln!("note: {note}");
            }
            export::write_dot(&selected, &mut out)?
        }
        ExportFormat::Graphml => {
            let selected = export::select(&export::read_view(store, filter)?, &view.selection(false))?;
            export::write_graphml(&selected.view, &mut out)?
        }
        ExportFormat::Jsonld => export::write_jsonld(&export::read_triples(store, filter)?, &mut out)?,
        ExportFormat::Turtle => store.dump(rdf(RdfFormat::Turtle), &mut out, true, &keep)?,
        ExportFormat::Ntriples => store.dump(rdf(RdfFormat::NTriples), &mut out, true, &keep)?,
        ExportFormat::Nquads => store.dump(rdf(RdfFormat::NQuads), &mut out, false, &keep)?,
        ExportFormat::Trig => store.dump(rdf(RdfFormat::TriG), &mut out, false, &keep)?,
        ExportFormat::Csv => unreachable!("checked before: csv needs -o"),
    }
    out.flush().map_err(|source| Error::Io { path: output.unwrap_or(Path::new("-")).to_path_buf(), source })
}

/// Runs Graphviz `dot` on `dot_text`, writing `format` to `path`.
fn run_graphviz(dot_text: &[u8], format: RenderFormat, path: &Path) -> Result<()> {
    use std::process::{Command as Process, Stdio};
    let kind = format!("{format:?}").to_lowercase();
    let mut child = match Process::new("dot")
        .arg(format!("-T{kind}"))
        .arg("-o")
        .arg(path)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(Error::Export {
                message: "Graphviz `dot` not found: install it (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz)".into(),
            })
        }
        Err(e) => return Err(Error::Export { message: format!("cannot run Graphviz `dot`: {e}") }),
    };
    let mut stdin = child.stdin.take().expect("piped");
    let written = stdin.write_all(dot_text);
    drop(stdin);
    let result = child.wait_with_output().map_err(|e| Error::Export { message: format!("graphviz `dot`: {e}") })?;
    if !result.status.success() || written.is_err() {
        let why = String::from_utf8_lossy(&result.stderr).trim().to_string();
        return Err(Error::Export {
            message: format!("{}: graphviz `dot -T{kind}` failed ({}): {why}", path.display(), result.status),
        });
    }
    Ok(())
}

fn extract_only(paths: &[PathBuf], resources: &Resources, format: ExtractFormat) -> Result<Outcome> {
    let (sources, mut failures) = input::sources(paths, None);
    failures.iter().for_each(report_failure);
    let mut out = io::stdout().lock();
    for source in &sources {
        read_source(source, &ReadOptions::default(), None, &mut |item| {
            let article = match item {
                Ok(article) => article,
                Err(e) => {
                    report_failure(&e);
                    failures.push(e);
                    return Ok(());
                }
            };
            let extraction = extract(&article.text, resources);
            let text = match format {
                ExtractFormat::Json => json_report(&article, &extraction),
                ExtractFormat::Text => text_report(&article, &extraction),
            };
            out.write_all(text.as_bytes()).map_err(|source| Error::Io { path: "-".into(), source })
        })?;
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

fn text_report(article: &Article, ex: &Extraction) -> String {
    let mut s = format!("== {}\ntitle: {}\n", article.source, article.title);
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
        s.push_str(&format!(
            "  {}: \"{}\"  {:.2} {}\n",
            name(q.speaker),
            one_line(&q.text),
            q.evidence.confidence,
            q.evidence.rule
        ));
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

fn eval_report(results: &[DocResult], verbose: bool) -> String {
    let totals = Totals::of(results);
    let row = |label: &str, c: &Counts| {
        format!(
            "{label:<18} {:>5} {:>5} {:>5}  {:>9.3} {:>7.3} {:>7.3}\n",
            c.tp,
            c.fp,
            c.fn_,
            c.precision(),
            c.recall(),
            c.f1()
        )
    };
    let head = |title: &str| {
        format!("{title:<18} {:>5} {:>5} {:>5}  {:>9} {:>7} {:>7}\n", "tp", "fp", "fn", "precision", "recall", "f1")
    };
    let mut s = head("category");
    s += &row("entities", &totals.entities);
    s += &row("relations", &totals.relations);
    s += &row("quotes", &totals.quotes);
    s += &format!("\n{}", head("entity type"));
    for t in EntityClass::ALL.map(EntityClass::name) {
        s += &row(t, totals.by_type.get(t).unwrap_or(&Counts::default()));
    }
    s += &format!("\n{}", head("predicate"));
    for p in Predicate::ALL.map(Predicate::name) {
        s += &row(p, totals.by_predicate.get(p).unwrap_or(&Counts::default()));
    }
    s += "\nrelation confidence   facts  precision\n";
    for (low, high) in [(0.0, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)] {
        let band: Vec<bool> =
            totals.calibration.iter().filter(|(c, _)| *c >= low && *c < high).map(|(_, right)| *right).collect();
        if !band.is_empty() {
            let right = band.iter().filter(|r| **r).count();
            s += &format!(
                "  {low:.1} .. {:.1}         {:>5}  {:>9.3}\n",
                high.min(1.0),
                band.len(),
                right as f64 / band.len() as f64
            );
        }
    }
    s += "\ndocument: entities / relations / quotes f1\n";
    for r in results {
        s += &format!("  {:<40} {:.3} {:.3} {:.3}\n", r.name, r.entities.f1(), r.relations.f1(), r.quotes.f1());
        if verbose {
            for e in &r.errors {
                s += &format!("      {e}\n");
            }
        }
    }
    s += &format!("\n{}\n", totals.summary());
    s
}
