//! The command line's arguments: clap definitions, whose doc comments are the help text.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use newsgraph::analysis::{Measure, Scope, Window};
use newsgraph::export::{self, ExportFormat, RenderFormat};
use newsgraph::query::{ResultFormat, DEEPEST_QUERY, DEFAULT_QUERY_DEPTH, DEFAULT_QUERY_MEMORY};
use newsgraph::schema::{EntityClass, Predicate};

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
        /// The most bytes one article may take (a whole file once decompressed, or
        /// one JSON Lines record); larger ones are reported and skipped.
        #[arg(long, value_name = "BYTES", default_value_t = newsgraph::input::MAX_ARTICLE_BYTES)]
        max_article_bytes: u64,
        /// The most bytes of text one article may hold once read (a page
        /// without its markup, a record's text); longer ones are reported and
        /// skipped.
        #[arg(long, value_name = "BYTES", default_value_t = newsgraph::input::MAX_TEXT_BYTES)]
        max_text_bytes: usize,
        /// The deepest nesting of elements a web page may have; deeper pages
        /// are reported and skipped unparsed.
        #[arg(long, value_name = "N", default_value_t = newsgraph::input::html::MAX_DEPTH)]
        max_html_depth: usize,
        /// The most attributes one tag of a web page may have; pages with more
        /// are reported and skipped unparsed.
        #[arg(long, value_name = "N", default_value_t = newsgraph::input::html::MAX_ATTRIBUTES)]
        max_html_attributes: usize,
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
        articles: Vec<std::ffi::OsString>,
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
        /// Stop the query after this many seconds (default: no limit).
        #[arg(long, value_name = "SECONDS", value_parser = positive_seconds)]
        timeout: Option<std::time::Duration>,
        /// Stop the query once it holds more than this many MiB of memory.
        #[arg(long, value_name = "MIB", default_value_t = DEFAULT_QUERY_MEMORY >> 20)]
        max_memory: usize,
        /// Refuse a query nesting { }, ( ) or [ ] deeper than this (at most 2000).
        #[arg(long, value_name = "N", default_value_t = DEFAULT_QUERY_DEPTH, value_parser = query_depth)]
        max_query_depth: usize,
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
        /// dot, csv, graphml: publication dates of the articles whose statements count.
        #[command(flatten)]
        window: WindowArgs,
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
        /// Also write how often each relation rule was right here, as a table in the
        /// format of ontology/lexicon/calibration.tsv, to FILE: in a --resources folder
        /// it makes confidences follow what your own annotated articles measured.
        #[arg(long, value_name = "FILE")]
        calibration: Option<PathBuf>,
    },
    /// The shortest connections between two entities: every path of the fewest
    /// relation hops (relations taken both ways), each hop with its relation,
    /// direction, job title and best evidence sentence and article. Exit status
    /// 1 when there is no path within --max-hops.
    Path {
        /// Where the paths start: an entity's label or alias (any case), "Name (Class)" or IRI.
        #[arg(value_name = "FROM")]
        from: String,
        /// Where they end.
        #[arg(value_name = "TO")]
        to: String,
        /// The most hops a path may have.
        #[arg(long, default_value_t = 6, value_name = "N")]
        max_hops: usize,
        /// Show at most N of the shortest paths, the best attested first.
        #[arg(long, default_value_t = 5, value_name = "N")]
        limit: usize,
        #[command(flatten)]
        scope: ScopeArgs,
        /// table: for people; json; dot: a Graphviz picture (--render for SVG/PNG/PDF).
        #[arg(long, value_enum, default_value_t = PathFormat::Table)]
        format: PathFormat,
        /// Run Graphviz and write this format to -o (implies --format dot).
        #[arg(long, value_enum, value_name = "FORMAT", requires = "output")]
        render: Option<RenderFormat>,
        /// Output file; standard output when absent.
        #[arg(short = 'o', long = "output", value_name = "PATH")]
        output: Option<PathBuf>,
    },
    /// Entities ordered by influence, with their figures: degree (relations, and
    /// the articles attesting them), PageRank and betweenness.
    Rank {
        /// What to order by.
        #[arg(long, value_enum, default_value_t = Measure::Degree)]
        by: Measure,
        /// List only entities of these classes (the figures count the whole graph).
        #[arg(long, value_name = "CLASS", value_delimiter = ',', value_parser = parse_class)]
        class: Vec<EntityClass>,
        #[command(flatten)]
        scope: ScopeArgs,
        /// Show the first N (0 = all).
        #[arg(long, default_value_t = 20, value_name = "N")]
        limit: usize,
        #[arg(long, value_enum, default_value_t = TableFormat::Table)]
        format: TableFormat,
    },
    /// Groups of entities more related to each other than to the rest (Louvain,
    /// relations weighted by the articles stating them), each named by its most
    /// central members, the largest first.
    Communities {
        #[command(flatten)]
        scope: ScopeArgs,
        /// List communities of at least N entities.
        #[arg(long, default_value_t = 2, value_name = "N")]
        min_size: usize,
        /// Show the first N communities (0 = all).
        #[arg(long, default_value_t = 10, value_name = "N")]
        limit: usize,
        /// table: name at most N members of each community (0 = all).
        #[arg(long, default_value_t = 8, value_name = "N")]
        members: usize,
        /// Also keep them in the store as triples (`?entity ng:community ?c`) in the
        /// named graph <https://newsgraph.org/id/communities>, replacing the last ones.
        #[arg(long)]
        write: bool,
        #[arg(long, value_enum, default_value_t = TableFormat::Table)]
        format: TableFormat,
    },
    /// Entities and relations first seen (by the publication dates of the articles
    /// stating them) from a date on, each with the article and sentence that first
    /// stated it.
    Changes {
        /// First seen on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        since: String,
        /// And on or before this date.
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        until: Option<String>,
        /// Only these relations (repeat or separate with commas).
        #[arg(long, value_name = "RELATION", value_delimiter = ',', value_parser = parse_relation)]
        relation: Vec<Predicate>,
        #[arg(long, value_enum, default_value_t = TableFormat::Table)]
        format: TableFormat,
    },
    /// Serves the store over HTTP until Ctrl-C: a SPARQL 1.1 Protocol endpoint at
    /// /query (and /sparql) and a page to explore the graph at /. With --watch it
    /// ingests the files that appear in folders as they appear; with a write
    /// token it takes POST /articles and DELETE /articles. Other newsgraph
    /// commands on the same --db go through the server while it runs.
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
    /// Queries evaluated at once (default: twice the number of cores); others
    /// wait, within --timeout.
    #[arg(long, value_name = "N")]
    pub workers: Option<usize>,
    /// Stop a query once it holds more than this many MiB of memory (the client gets 503).
    #[arg(long, value_name = "MIB", default_value_t = DEFAULT_QUERY_MEMORY >> 20)]
    pub max_query_memory: usize,
    /// Most connections open at once; past them a new one gets 503 and is closed.
    /// (Each costs a file descriptor: keep it under `ulimit -n`.)
    #[arg(long, value_name = "N", default_value_t = 1024)]
    pub max_connections: usize,
    /// Refuse a query nesting { }, ( ) or [ ] deeper than this (400; at most 2000).
    #[arg(long, value_name = "N", default_value_t = DEFAULT_QUERY_DEPTH, value_parser = query_depth)]
    pub max_query_depth: usize,
    /// Seconds a client may take to send its request headers, again its body, and
    /// to take each part of the answer.
    #[arg(long, default_value = "10", value_name = "SECONDS", value_parser = positive_seconds)]
    pub client_timeout: std::time::Duration,
    /// Print no line per request.
    #[arg(long)]
    pub quiet: bool,
    /// Ingest the article files in these folders (recursively, as `ingest` reads
    /// a folder) while serving: new and changed files within a second,
    /// and a deleted file's articles taken out, as `remove` does.
    #[arg(long, value_name = "DIR", num_args = 1..)]
    pub watch: Vec<PathBuf>,
    /// A file holding the bearer token that POST /articles and DELETE /articles
    /// must carry (also NEWSGRAPH_WRITE_TOKEN). Without a token, writing over HTTP is off.
    #[arg(long, value_name = "FILE")]
    pub write_token_file: Option<PathBuf>,
    /// New articles (watched or posted) are written together in batches of about
    /// this many quads (default 50000), as `ingest --batch-quads`.
    #[arg(long, value_name = "N", default_value_t = 0, hide_default_value = true)]
    pub batch_quads: usize,
    /// Largest POST /articles body accepted, in bytes (gzip counts compressed).
    #[arg(long, default_value_t = 64 << 20, value_name = "BYTES")]
    pub max_post: usize,
}

/// What part of the graph an analysis sees.
#[derive(clap::Args, Debug, Default)]
pub struct ScopeArgs {
    /// Only these relations (worksFor, founded, …; repeat or separate with commas).
    #[arg(long, value_name = "RELATION", value_delimiter = ',', value_parser = parse_relation)]
    pub relation: Vec<Predicate>,
    #[command(flatten)]
    pub window: WindowArgs,
}

/// Publication dates: which articles count.
#[derive(clap::Args, Debug, Default)]
pub struct WindowArgs {
    /// Only what articles published on or after this date state (YYYY-MM-DD, YYYY-MM or YYYY;
    /// undated articles are left out).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<String>,
    /// Only what articles published on or before this date state (YYYY-MM includes the whole month).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<String>,
}

impl WindowArgs {
    pub fn window(&self) -> newsgraph::Result<Window> {
        Window::new(self.since.as_deref(), self.until.as_deref())
    }
}

impl ScopeArgs {
    pub fn scope(&self) -> newsgraph::Result<Scope> {
        Ok(Scope { window: self.window.window()?, relations: self.relation.clone(), mentions: false })
    }
}

/// `path --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PathFormat {
    Table,
    Json,
    Dot,
}

/// How `rank`, `communities` and `changes` write their answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    /// Aligned text for people.
    Table,
    Csv,
    Json,
}

fn parse_date(text: &str) -> std::result::Result<String, String> {
    newsgraph::analysis::check_date(text).map(str::to_string).map_err(|e| e.to_string())
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
    /// dot: group the entities into their communities (as `newsgraph communities` finds them),
    /// one colour each.
    #[arg(long)]
    pub communities: bool,
}

impl ViewArgs {
    /// The library's view options: the same fields.
    pub fn options(&self) -> export::ViewOptions {
        export::ViewOptions {
            focus: self.focus.clone(),
            depth: self.depth,
            classes: self.class.clone(),
            relations: self.relation.clone(),
            min_articles: self.min_articles,
            max_nodes: self.max_nodes,
            isolated: self.isolated,
            communities: self.communities,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CsvStyleArg {
    Comma,
    Semicolon,
}

impl From<CsvStyleArg> for export::CsvStyle {
    fn from(style: CsvStyleArg) -> export::CsvStyle {
        match style {
            CsvStyleArg::Comma => export::CsvStyle::Comma,
            CsvStyleArg::Semicolon => export::CsvStyle::Semicolon,
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ExtractFormat {
    /// Readable text.
    Text,
    /// JSON in the annotation format of the evaluation guidelines.
    Json,
}

/// Parses a confidence threshold between 0 and 1.
fn confidence(text: &str) -> std::result::Result<f32, String> {
    match text.parse::<f32>() {
        Ok(c) if (0.0..=1.0).contains(&c) => Ok(c),
        _ => Err(format!("'{text}' is not a confidence between 0 and 1")),
    }
}

/// A positive number of seconds, possibly fractional ("0.5").
/// A nesting depth for `--max-query-depth`: 1 to [`DEEPEST_QUERY`].
fn query_depth(text: &str) -> std::result::Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(n) if (1..=DEEPEST_QUERY).contains(&n) => Ok(n),
        _ => Err(format!(
            "{text:?} is not a depth from 1 to {DEEPEST_QUERY} (deeper queries would overflow the parser's stack)"
        )),
    }
}

fn positive_seconds(text: &str) -> std::result::Result<std::time::Duration, String> {
    match text.trim().parse::<f64>() {
        Ok(s) if s.is_finite() && s > 0.0 && s < 1e9 => Ok(std::time::Duration::from_secs_f64(s)),
        _ => Err(format!("{text:?} is not a positive number of seconds")),
    }
}
