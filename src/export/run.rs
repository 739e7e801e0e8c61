//! One export as `newsgraph export` asks for it: the options checked against
//! the format (before the store is opened), the store read, the format written
//! to a file, a folder or the given writer, Graphviz run for a rendered picture.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfSerializer};

use super::{read_triples, read_view_in, select, write_csv, write_dot, write_graphml, write_jsonld};
use super::{ConfidenceFilter, CsvStyle, NodeFigures, Selected, Selection, DEFAULT_MAX_NODES};
use crate::analysis::{communities, pagerank, Network, Scope, Window};
use crate::error::{Error, Result};
use crate::query;
use crate::schema::{EntityClass, Predicate};
use crate::store::GraphStore;

/// What `export --format` writes (the doc comments are the command line's help).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
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

/// What `--render` asks Graphviz for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum RenderFormat {
    Svg,
    Png,
    Pdf,
}

/// What part of the graph a picture (dot) or GraphML shows, as the user asked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewOptions {
    pub focus: Option<String>,
    pub depth: usize,
    pub classes: Vec<EntityClass>,
    pub relations: Vec<Predicate>,
    pub min_articles: Option<usize>,
    /// `Some(0)` means no budget; `None` the format's default.
    pub max_nodes: Option<usize>,
    pub isolated: bool,
    /// dot: group entities into their communities, one colour each.
    pub communities: bool,
}

impl ViewOptions {
    fn is_set(&self) -> bool {
        self.focus.is_some()
            || !self.classes.is_empty()
            || !self.relations.is_empty()
            || self.min_articles.is_some()
            || self.max_nodes.is_some()
            || self.isolated
            || self.communities
    }

    /// What to show: `picture` (dot) has a node budget and leaves out isolated entities by default.
    fn selection(&self, picture: bool) -> Selection {
        let max_nodes = match self.max_nodes {
            Some(0) => None,
            Some(n) => Some(n),
            None => picture.then_some(DEFAULT_MAX_NODES),
        };
        Selection {
            focus: self.focus.clone(),
            depth: self.depth,
            classes: self.classes.clone(),
            relations: self.relations.clone(),
            min_articles: self.min_articles.unwrap_or(0),
            max_nodes,
            max_edges: max_nodes.map(|n| n * 2),
            isolated: self.isolated || !picture,
        }
    }
}

/// One export.
#[derive(Clone, Debug)]
pub struct ExportOptions {
    pub format: ExportFormat,
    /// A file (a folder for csv); the writer given to [`export`] when absent.
    pub output: Option<PathBuf>,
    pub view: ViewOptions,
    pub render: Option<RenderFormat>,
    pub csv_style: CsvStyle,
    /// Leave out facts whose evidence is all below this confidence.
    pub min_confidence: f32,
    /// dot, csv, graphml: only what articles published in this window state.
    pub window: Window,
}

/// What an export did, for the user: a note on what a picture leaves out, the files written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Exported {
    pub note: Option<String>,
    pub files: Vec<PathBuf>,
}

impl ExportOptions {
    /// Refuses options that do not apply to the format (a usage error), before the store is opened.
    pub fn check(&self) -> Result<()> {
        let usage = |message: String| Err(Error::Usage { message: format!("export failed: {message}") });
        let name = format!("{:?}", self.format).to_lowercase();
        let output = self.output.is_some();
        if self.view.communities && self.format != ExportFormat::Dot {
            return usage(format!(
                "--communities groups a picture's entities: use it with --format dot (graphml always carries each entity's community), not {name}"
            ));
        }
        if self.view.is_set() && !matches!(self.format, ExportFormat::Dot | ExportFormat::Graphml) {
            return usage(format!(
                "--focus, --class, --relation, --min-articles and --max-nodes choose what a picture shows: they apply to dot and graphml, not {name}"
            ));
        }
        if self.window.is_set() && !matches!(self.format, ExportFormat::Dot | ExportFormat::Csv | ExportFormat::Graphml)
        {
            return usage(format!("--since and --until apply to dot, csv and graphml, not {name}"));
        }
        if self.render.is_some() && self.format != ExportFormat::Dot {
            return usage(format!("--render runs Graphviz on DOT: use it with --format dot, not {name}"));
        }
        if self.render.is_some() && !output {
            return usage("--render writes an image file: give its path with -o".into());
        }
        if self.csv_style != CsvStyle::Comma && self.format != ExportFormat::Csv {
            return usage(format!("--csv-style applies to --format csv, not {name}"));
        }
        if self.format == ExportFormat::Csv && !output {
            return usage("csv export writes a folder of files (entities.csv, relations.csv, quotes.csv, articles.csv): give the folder with -o".into());
        }
        Ok(())
    }
}

/// Runs the export (`options` checked first): to `options.output`, else to `stdout`.
pub fn export(store: &GraphStore, options: &ExportOptions, stdout: &mut dyn Write) -> Result<Exported> {
    options.check()?;
    if let Some(path) = options.output.as_ref().filter(|path| store.holds_path(path)) {
        return Err(Error::Usage {
            message: format!(
                "export failed: {} is inside the store folder {}; writing there would damage the store, so give -o a path outside it",
                path.display(),
                store.path().display()
            ),
        });
    }
    let filter = ConfidenceFilter::read(store, options.min_confidence)?;
    let filter = filter.as_ref();
    let mut done = Exported::default();
    let window = &options.window;
    if let (ExportFormat::Csv, Some(dir)) = (options.format, &options.output) {
        done.files = write_csv(&read_view_in(store, filter, window)?, dir, options.csv_style)?;
        return Ok(done);
    }
    if let (Some(format), Some(path)) = (options.render, &options.output) {
        let selected = picture(store, filter, options)?;
        let mut dot = Vec::new();
        write_dot(&selected, &mut dot)?;
        render(&dot, format, path)?;
        done.note = selected.note;
        done.files.push(path.clone());
        return Ok(done);
    }
    let (mut out, path): (Box<dyn Write + '_>, &Path) = match &options.output {
        Some(path) => (
            Box::new(io::BufWriter::new(
                fs::File::create(path).map_err(|source| Error::Io { path: path.clone(), source })?,
            )),
            path,
        ),
        None => (Box::new(io::BufWriter::new(stdout)), Path::new("-")),
    };
    let rdf = |format: RdfFormat| query::with_prefixes(RdfSerializer::from_format(format));
    let keep = |q: oxigraph::model::QuadRef<'_>| filter.is_none_or(|f| f.keeps_quad(q));
    match options.format {
        ExportFormat::Dot => {
            let selected = picture(store, filter, options)?;
            write_dot(&selected, &mut out)?;
            done.note = selected.note;
        }
        ExportFormat::Graphml => {
            let selected = select(&read_view_in(store, filter, window)?, &options.view.selection(false))?;
            write_graphml(&selected.view, &node_figures(store, options)?, &mut out)?
        }
        ExportFormat::Jsonld => write_jsonld(read_triples(store, filter), &mut out)?,
        ExportFormat::Turtle => store.dump(rdf(RdfFormat::Turtle), &mut out, true, &keep)?,
        ExportFormat::Ntriples => store.dump(rdf(RdfFormat::NTriples), &mut out, true, &keep)?,
        ExportFormat::Nquads => store.dump(rdf(RdfFormat::NQuads), &mut out, false, &keep)?,
        ExportFormat::Trig => store.dump(rdf(RdfFormat::TriG), &mut out, false, &keep)?,
        ExportFormat::Csv => unreachable!("checked: csv needs a folder"),
    }
    out.flush().map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    Ok(done)
}

/// The DOT picture's selection, with each entity's community when asked.
fn picture(store: &GraphStore, filter: Option<&ConfidenceFilter>, options: &ExportOptions) -> Result<Selected> {
    let mut selected = select(&read_view_in(store, filter, &options.window)?, &options.view.selection(true))?;
    if options.view.communities {
        let net = Network::load(store, &scope(options))?;
        let found = communities(&net);
        for (e, node) in net.entities.iter().enumerate() {
            if let Some(c) = found.community_of(e) {
                selected.communities.insert(node.iri.clone(), (c.id, c.name(&net)));
            }
        }
    }
    Ok(selected)
}

/// What the analyses behind an export see: its window and relations.
fn scope(options: &ExportOptions) -> Scope {
    Scope { window: options.window.clone(), relations: options.view.relations.clone(), mentions: false }
}

/// Each entity's community and PageRank, for GraphML.
fn node_figures(store: &GraphStore, options: &ExportOptions) -> Result<NodeFigures> {
    let net = Network::load(store, &scope(options))?;
    let found = communities(&net);
    let ranks = pagerank(net.entities.len(), &net.weighted_pairs());
    Ok(net
        .entities
        .iter()
        .enumerate()
        .map(|(e, node)| (node.iri.clone(), (found.community_of(e).map(|c| c.id), ranks[e])))
        .collect())
}

/// Runs Graphviz `dot` on `dot_text`, writing `format` to `path`.
pub fn render(dot_text: &[u8], format: RenderFormat, path: &Path) -> Result<()> {
    use std::process::{Command, Stdio};
    let kind = format!("{format:?}").to_lowercase();
    let mut child = match Command::new("dot")
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
