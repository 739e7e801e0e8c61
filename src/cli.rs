//! The command line: clap arguments become library calls. The only place that
//! prints (besides `main`, which prints the final error).

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};
use oxigraph::io::{RdfFormat, RdfSerializer};

use crate::error::{Error, Result};
use crate::export;
use crate::extract::{self, extract, EntityClass, Extraction, Predicate, Resources};
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
        self.focus.is_some() || !self.class.is_empty() || !self.relation.is_empty() || self.min_articles.is_some() || self.max_nodes.is_some() || self.isolated
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
        Command::Ingest { paths } => ingest(&cli.db, &paths, &resources()?),
        Command::Query { query, file, format } => {
            let text = query_text(query, file)?;
            let store = GraphStore::open(&cli.db, Access::Existing)?;
            let mut out = io::stdout().lock();
            query::run(&store, &text, format.into(), &mut out)?;
            out.flush().map_err(|source| Error::Io { path: "-".into(), source })?;
            Ok(Outcome::Success)
        }
        Command::Export { format, output, view, render, csv_style } => {
            check_export_options(format, output.as_deref(), &view, render, csv_style)?;
            let store = GraphStore::open(&cli.db, Access::Existing)?;
            export_store(&store, format, output.as_deref(), &view, render, csv_style)?;
            Ok(Outcome::Success)
        }
        Command::Extract { paths, format } => extract_only(&paths, &resources()?, format),
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
) -> Result<()> {
    if let (ExportFormat::Csv, Some(dir)) = (format, output) {
        let style = match csv_style {
            CsvStyleArg::Comma => export::CsvStyle::Comma,
            CsvStyleArg::Semicolon => export::CsvStyle::Semicolon,
        };
        for path in export::write_csv(&export::read_view(store)?, dir, style)? {
            eprintln!("wrote {}", path.display());
        }
        return Ok(());
    }
    if let (Some(render), Some(path)) = (render, output) {
        let selected = export::select(&export::read_view(store)?, &view.selection(true))?;
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
    match format {
        ExportFormat::Dot => {
            let selected = export::select(&export::read_view(store)?, &view.selection(true))?;
            if let Some(note) = &selected.note {
                eprintln!("note: {note}");
            }
            export::write_dot(&selected, &mut out)?
        }
        ExportFormat::Graphml => {
            let selected = export::select(&export::read_view(store)?, &view.selection(false))?;
            export::write_graphml(&selected.view, &mut out)?
        }
        ExportFormat::Jsonld => export::write_jsonld(&export::read_triples(store)?, &mut out)?,
        ExportFormat::Turtle => store.dump(rdf(RdfFormat::Turtle), &mut out, true)?,
        ExportFormat::Ntriples => store.dump(rdf(RdfFormat::NTriples), &mut out, true)?,
        ExportFormat::Nquads => store.dump(rdf(RdfFormat::NQuads), &mut out, false)?,
        ExportFormat::Trig => store.dump(rdf(RdfFormat::TriG), &mut out, false)?,
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
        return Err(Error::Export { message: format!("{}: graphviz `dot -T{kind}` failed ({}): {why}", path.display(), result.status) });
    }
    Ok(())
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
