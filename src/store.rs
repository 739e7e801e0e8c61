//! The store: the only user of `oxigraph::store`.
//!
//! Layout of the dataset:
//! - one named graph per article, holding everything that article contributes
//!   (its entities, relations, quotes and their evidence);
//! - the default graph, the merged view: the set union of all article graphs, so
//!   a fact stated by three articles is one triple there, with three evidence
//!   nodes. Replacing or removing an article keeps it equal to that union;
//! - the ontology in its own named graph;
//! - the store's counts in the counts graph: records of what each write added
//!   (see `Counts`), written in the same transaction or bulk batch as the
//!   quads they count, so `stats` never decodes every quad.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{
    BlankNode, GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, QuadRef, Term,
    TermRef, Triple,
};
use oxigraph::sparql::{PreparedSparqlQuery, QueryResults};
/// oxigraph's storage error, for the other modules to name.
pub use oxigraph::store::StorageError;
use oxigraph::store::{Store, Transaction};

use crate::error::{Error, Result};
use crate::schema::{EntityClass, Predicate};
use crate::vocab::{ng, w3c, COMMUNITIES_GRAPH, COUNTS_GRAPH, ONTOLOGY_GRAPH};

/// The ontology, compiled in and loaded into every store opened for writing.
pub const ONTOLOGY_TTL: &str = include_str!("../ontology/newsgraph.ttl");

/// How a store is opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Create the store if it does not exist, and (re)load the ontology.
    Write,
    /// The store must exist already; opened for writing (`remove`, `serve`).
    Existing,
    /// The store must exist already, and is only read (`query`, `export`,
    /// `stats`, `push`). It is opened for writing when it can be, which takes
    /// the lock, so a running ingest is reported as such and none can start
    /// meanwhile; when it cannot (a read-only medium or folder, a full disk) it
    /// is opened read-only, which needs no lock and writes nothing.
    Read,
}

/// The file newsgraph writes into a store folder when it creates the store:
/// a folder is taken for a store when it holds this file, or (stores made
/// before the file existed) when its RocksDB files are those of an oxigraph
/// database. Anything else is refused untouched.
pub const MARKER: &str = "NEWSGRAPH";

const MARKER_TEXT: &str = "This folder is a newsgraph store (oxigraph on RocksDB). Use it through newsgraph; \
do not write other files into it.\n";

/// What replacing an article's graph did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// A new article.
    Added,
    /// New facts for an article, or a source now holding a different text.
    Replaced,
    /// Nothing written.
    Unchanged,
    /// The same text found in one more place: only its provenance was added.
    NewSource,
}

pub struct GraphStore {
    store: Store,
    path: PathBuf,
}

impl GraphStore {
    /// Opens the store at `path`. Refuses a folder that is not a store, and says
    /// so clearly when another process holds the store.
    pub fn open(path: &Path, access: Access) -> Result<GraphStore> {
        let found = check_is_store(path, access)?;
        if found == Found::Nothing {
            write_marker(path)?;
        }
        let store = match Store::open(path) {
            Ok(store) => store,
            Err(e) if access == Access::Read && !is_lock_error(&e) => {
                // Cannot write here (read-only medium, full disk…): nobody else
                // holds the lock, so reading without it is safe.
                Store::open_read_only(path).map_err(|_| open_error(path, e))?
            }
            Err(e) => return Err(open_error(path, e)),
        };
        let graph_store = GraphStore { store, path: path.to_path_buf() };
        graph_store.count_if_uncounted()?;
        if access == Access::Write {
            if found == Found::OlderStore {
                write_marker(path)?;
            }
            remove_unfinished_bulk_files(path)?;
            graph_store.load_ontology()?;
        }
        Ok(graph_store)
    }

    /// Whether `path` (which need not exist yet) is this store's folder or
    /// lies inside it, symbolic links followed: nothing but the store may
    /// write there, so outputs are refused such paths.
    pub fn holds_path(&self, path: &Path) -> bool {
        let Ok(folder) = std::fs::canonicalize(&self.path) else { return false };
        resolved(path).starts_with(folder)
    }

    /// A new, empty store at `path` (a folder that does not exist yet), without
    /// the ontology: for a copy of a store another process holds, loaded with
    /// `load_nquads`. It keeps the same order as the original (both are RocksDB
    /// stores indexed alike), so what is exported from it is byte for byte the same.
    pub fn create_copy(path: &Path) -> Result<GraphStore> {
        let store = Store::open(path).map_err(|e| open_error(path, e))?;
        Ok(GraphStore { store, path: path.to_path_buf() })
    }

    /// Loads N-Quads from `reader` with the bulk loader (for filling a fresh
    /// store), blank nodes keeping their labels, so a copy dumps as the original.
    pub fn load_nquads(&self, reader: impl std::io::Read) -> Result<()> {
        let mut failure = None;
        let quads = RdfParser::from_format(RdfFormat::NQuads).for_reader(reader).map_while(|q| match q {
            Ok(q) => Some(q),
            Err(e) => {
                failure = Some(e);
                None
            }
        });
        let mut loader = self.store.bulk_loader();
        loader.load_quads(quads).map_err(|e| self.err(e))?;
        if let Some(e) = failure {
            return Err(self.err(std::io::Error::from(e)));
        }
        loader.commit().map_err(|e| self.err(e))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn err(&self, source: impl Into<StorageError>) -> Error {
        Error::Storage { path: self.path.clone(), source: source.into() }
    }

    /// The store's own data is not as it must be (an error in newsgraph, not in the input).
    fn broken(&self, message: String) -> Error {
        Error::Store { path: self.path.clone(), message }
    }

    /// Replaces the ontology graph with the compiled-in ontology (a no-op when equal).
    fn load_ontology(&self) -> Result<()> {
        let graph = NamedNode::new_unchecked(ONTOLOGY_GRAPH);
        let quads: Vec<Quad> = RdfParser::from_format(RdfFormat::Turtle)
            .with_base_iri(ONTOLOGY_GRAPH)
            .map_err(|e| self.broken(format!("the ontology's IRI is not valid: {e}")))?
            .without_named_graphs()
            .with_default_graph(graph.clone())
            .for_slice(ONTOLOGY_TTL.as_bytes())
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| self.broken(format!("the built-in ontology does not parse: {e}")))?;
        // Through an in-memory store, so literals take the canonical form the
        // store gives back ("0"^^xsd:decimal comes back as "0.0").
        let canonical = Store::new().map_err(|e| self.err(e))?;
        canonical.extend(quads).map_err(|e| self.err(e))?;
        let quads: Vec<Quad> = canonical.iter().collect::<std::result::Result<_, _>>().map_err(|e| self.err(e))?;
        let stored = self.graph_quads(graph.as_ref())?;
        if same_up_to_blank_nodes(&stored, &quads) {
            return Ok(());
        }
        self.write(|tx| {
            tx.clear_graph(graph.as_ref())?;
            for q in &quads {
                tx.insert(q.as_ref())?;
            }
            Ok(())
        })
    }

    /// Every quad of one named graph.
    pub fn graph_quads(&self, graph: NamedNodeRef<'_>) -> Result<Vec<Quad>> {
        self.store
            .quads_for_pattern(None, None, None, Some(graph.into()))
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| self.err(e))
    }

    fn write(&self, f: impl FnOnce(&mut Writer<'_>) -> std::result::Result<(), StorageError>) -> Result<()> {
        let mut tx = Writer::start(&self.store).map_err(|e| self.err(e))?;
        f(&mut tx).map_err(|e| self.err(e))?;
        tx.commit().map_err(|e| self.err(e))
    }

    /// The store's counts: the sum of the records in the counts graph (a few
    /// dozen quads read, whatever the size of the store).
    pub fn counts(&self) -> Result<Counts> {
        let records: Vec<Quad> = self.graph_quads(counts_graph().as_ref())?;
        Ok(Counts::from_records(&records))
    }

    /// The store's generation: it changes with every committed write (read
    /// from the counts graph, a few dozen quads). What is kept beside the store
    /// (the analyses' graph cache, the server's name index) compares it with
    /// the generation it was made from.
    pub fn generation(&self) -> Result<Generation> {
        let records: Vec<Quad> = self.graph_quads(counts_graph().as_ref())?;
        let counts = Counts::from_records(&records);
        Ok(Generation { writes: writes_in(&records), quads: counts.quads, triples: counts.triples })
    }

    /// Counts the store by reading every quad, and makes that the one record of
    /// the counts graph. For a store written before counts were kept (done once,
    /// at open) and after `bulk_load`; tests compare it with `counts`.
    pub fn recount(&self) -> Result<Counts> {
        let graph = counts_graph();
        let writes = writes_in(&self.graph_quads(graph.as_ref())?) + 1;
        let mut counts = Counts::default();
        for q in self.store.iter() {
            let q = q.map_err(|e| self.err(e))?;
            if q.graph_name != GraphName::NamedNode(graph.clone()) {
                counts.tally(q.as_ref(), 1);
            }
        }
        let mut tx = self.store.start_transaction().map_err(|e| self.err(e))?;
        tx.clear_graph(GraphNameRef::NamedNode(graph.as_ref())).map_err(|e| self.err(e))?;
        tx.insert_named_graph(graph.as_ref());
        tx.extend(counts.record(writes).iter());
        tx.commit().map_err(|e| self.err(e))?;
        Ok(counts)
    }

    fn count_if_uncounted(&self) -> Result<()> {
        if !self.store.contains_named_graph(counts_graph().as_ref()).map_err(|e| self.err(e))? {
            self.recount()?;
        }
        Ok(())
    }

    /// Stores one article in one transaction, keeping the default graph equal to
    /// the union of the article graphs:
    /// - another article that `update.source` pointed to loses that source (the
    ///   file changed), and is removed when it has no source left;
    /// - a new article is added with its facts, provenance and ingestion time;
    /// - an article with the same facts only gains the provenance it lacks (the
    ///   same text found in another place), and keeps its ingestion time;
    /// - an article whose facts differ (another extractor version, another
    ///   `--min-confidence`) gets the new facts and a new ingestion time, and
    ///   keeps its provenance.
    ///
    /// Nothing is written when nothing changes.
    pub fn put_article(&self, update: &ArticleUpdate<'_>) -> Result<Change> {
        let mut tx = Writer::start(&self.store).map_err(|e| self.err(e))?;
        let change = put_in(&mut tx, update).map_err(|e| self.err(e))?;
        if change != Change::Unchanged {
            tx.commit().map_err(|e| self.err(e))?;
        }
        Ok(change)
    }

    /// Makes `quads` (all in the article's named graph) the article's whole graph,
    /// in one transaction, keeping the default graph the union of the article
    /// graphs. The low-level form of `put_article`, without provenance or
    /// ingestion time (for tests and tools that build graphs themselves).
    pub fn replace_article(&self, article: &NamedNode, quads: &[Quad]) -> Result<Change> {
        let old = self.graph_quads(article.as_ref())?;
        if same_quads(&old, quads) {
            return Ok(Change::Unchanged);
        }
        let change = if old.is_empty() { Change::Added } else { Change::Replaced };
        let new_triples: HashSet<Triple> = quads.iter().map(|q| triple_of(q.as_ref())).collect();
        self.write(|tx| {
            tx.clear_graph(article.as_ref())?;
            tx.insert_named_graph(article.as_ref());
            let gone: Vec<Triple> =
                old.iter().map(|q| triple_of(q.as_ref())).filter(|t| !new_triples.contains(t)).collect();
            drop_unsupported(tx, &gone)?;
            for q in quads {
                tx.insert(QuadRef::new(&q.subject, &q.predicate, &q.object, article.as_ref()))?;
                tx.insert(QuadRef::new(&q.subject, &q.predicate, &q.object, GraphNameRef::DefaultGraph))?;
            }
            Ok(())
        })?;
        Ok(change)
    }

    /// Whether `update` is a new article that can be written without reading or
    /// changing anything stored: no graph of its IRI exists, and no stored article
    /// claims its source. Such articles go through `add_new_articles`.
    pub fn is_new(&self, update: &ArticleUpdate<'_>) -> Result<bool> {
        if self.has_article(update.iri)? {
            return Ok(false);
        }
        if update.source == "-" {
            return Ok(true);
        }
        let lit = Literal::new_simple_literal(update.source);
        let claimed = self.store.quads_for_pattern(None, Some(ng::SOURCE), Some(lit.as_ref().into()), None).next();
        match claimed {
            None => Ok(true),
            Some(Ok(_)) => Ok(false),
            Some(Err(e)) => Err(self.err(e)),
        }
    }

    /// Writes new articles (each checked with `is_new`, no two with the same IRI)
    /// with oxigraph's bulk loader: their quads, in their named graphs and in the
    /// default graph, are sorted into files that RocksDB takes in one atomic step,
    /// so after a crash either all of these articles are whole in the store or
    /// none is there. No transaction log: the fast path of a first ingest. The
    /// only reads are one index lookup per merged-graph triple, for the counts
    /// record that goes into the same batch.
    pub fn add_new_articles(&self, articles: &[ArticleUpdate<'_>]) -> Result<()> {
        if articles.is_empty() {
            return Ok(());
        }
        let record = self.new_articles_counts(articles)?.record(1);
        let count: usize = articles.iter().map(ArticleUpdate::quad_count).sum::<usize>() + record.len();
        let quads = articles
            .iter()
            .flat_map(|a| {
                a.facts.iter().chain(a.provenance).chain([a.stamp]).flat_map(|q| {
                    [GraphName::NamedNode(a.iri.clone()), GraphName::DefaultGraph]
                        .map(|g| Quad::new(q.subject.clone(), q.predicate.clone(), q.object.clone(), g))
                })
            })
            .chain(record.iter().cloned());
        // One thread, and a memory budget that makes the whole batch one sorted
        // run (the loader reserves room for its budget up front: 1,000 quads a megabyte).
        let mut loader =
            self.store.bulk_loader().with_num_threads(1).with_max_memory_size_in_megabytes(count.div_ceil(1000));
        loader.load_quads(quads).map_err(|e| self.err(e))?;
        loader.commit().map_err(|e| self.err(e))
    }

    /// Replaces a named graph that is no article's (the communities) with
    /// `quads`, in one transaction. The merged default graph is not touched.
    pub fn replace_graph(&self, graph: NamedNodeRef<'_>, quads: &[Quad]) -> Result<()> {
        self.write(|tx| {
            tx.clear_graph(graph)?;
            for q in quads {
                tx.insert(q.as_ref())?;
            }
            Ok(())
        })
    }

    /// What `add_new_articles` adds: every quad of the article graphs (new by
    /// `is_new`), and the merged-graph triples neither the store nor an earlier
    /// article of the batch holds.
    ///
    /// A triple about the article node or one of its evidence nodes is new
    /// without a lookup: their IRIs hash the article's (`graph::iri`), so only
    /// this article's graph, which does not exist yet, can hold them. The others
    /// (an entity's type, names, relations) are looked up.
    fn new_articles_counts(&self, articles: &[ArticleUpdate<'_>]) -> Result<Counts> {
        let mut counts = Counts::default();
        let mut seen: HashSet<Triple> = HashSet::new();
        for a in articles {
            let graph = GraphNameRef::NamedNode(a.iri.as_ref());
            // The IRIs of the article and of its evidence nodes.
            let mut own: HashSet<&str> = HashSet::from([a.iri.as_str()]);
            for q in a.facts {
                if let (NamedOrBlankNode::NamedNode(ev), true) = (&q.subject, q.predicate == w3c::RDF_TYPE) {
                    if q.object == Term::NamedNode(ng::EVIDENCE.into_owned()) {
                        own.insert(ev.as_str());
                    }
                }
            }
            let is_own = |t: &Term| matches!(t, Term::NamedNode(n) if own.contains(n.as_str()));
            for q in a.facts.iter().chain(a.provenance).chain([a.stamp]) {
                counts.tally(QuadRef::new(&q.subject, &q.predicate, &q.object, graph), 1);
                let merged = QuadRef::new(&q.subject, &q.predicate, &q.object, GraphNameRef::DefaultGraph);
                let fresh = matches!(&q.subject, NamedOrBlankNode::NamedNode(s) if own.contains(s.as_str()))
                    || is_own(&q.object);
                if fresh
                    || (seen.insert(triple_of(q.as_ref())) && !self.store.contains(merged).map_err(|e| self.err(e))?)
                {
                    counts.tally(merged, 1);
                }
            }
        }
        Ok(counts)
    }

    /// The named graphs of the articles (every named graph but the ontology's, the counts' and the communities'), sorted.
    pub fn article_graphs(&self) -> Result<Vec<NamedNode>> {
        let mut graphs = Vec::new();
        for g in self.store.named_graphs() {
            if let oxigraph::model::NamedOrBlankNode::NamedNode(n) = g.map_err(|e| self.err(e))? {
                if n.as_str() != ONTOLOGY_GRAPH
                    && n.as_str() != COUNTS_GRAPH
                    && n.as_str() != crate::vocab::COMMUNITIES_GRAPH
                {
                    graphs.push(n);
                }
            }
        }
        graphs.sort();
        Ok(graphs)
    }

    /// Removes an article's named graph and what only it supported. False if it was not there.
    pub fn remove_article(&self, article: &NamedNode) -> Result<bool> {
        let known = self.store.contains_named_graph(article.as_ref()).map_err(|e| self.err(e))?;
        if !known {
            return Ok(false);
        }
        self.write(|tx| remove_graph(tx, article))?;
        Ok(true)
    }

    /// Every (article, source) pair: the `ng:source` values of each article graph.
    pub fn sources(&self) -> Result<Vec<(NamedNode, String)>> {
        let mut out = Vec::new();
        for q in self.store.quads_for_pattern(None, Some(ng::SOURCE), None, None) {
            let q = q.map_err(|e| self.err(e))?;
            if let (GraphName::NamedNode(g), NamedOrBlankNode::NamedNode(s), Term::Literal(l)) =
                (&q.graph_name, &q.subject, &q.object)
            {
                if g == s {
                    out.push((g.clone(), l.value().to_string()));
                }
            }
        }
        out.sort();
        Ok(out)
    }

    /// The (article, source) pairs whose source `keep` accepts, read from the
    /// merged graph's `ng:source` index: one pass over the sources, no article
    /// graph read.
    pub fn sources_where(&self, keep: impl Fn(&str) -> bool) -> Result<Vec<(NamedNode, String)>> {
        let mut out = Vec::new();
        let sources = self.store.quads_for_pattern(None, Some(ng::SOURCE), None, Some(GraphNameRef::DefaultGraph));
        for q in sources {
            let q = q.map_err(|e| self.err(e))?;
            if let (NamedOrBlankNode::NamedNode(s), Term::Literal(l)) = (q.subject, q.object) {
                if keep(l.value()) {
                    out.push((s, l.value().to_string()));
                }
            }
        }
        out.sort();
        Ok(out)
    }

    /// The articles that hold `source` (`ng:source`): those a `put_article`
    /// from this source takes it from, when they are another article.
    pub fn articles_with_source(&self, source: &str) -> Result<Vec<NamedNode>> {
        self.articles_with(ng::SOURCE, source)
    }

    /// Articles with this `ng:url`.
    pub fn articles_with_url(&self, url: &str) -> Result<Vec<NamedNode>> {
        self.articles_with(ng::URL, url)
    }

    /// The articles whose own graph says `predicate` is `value` of them.
    fn articles_with(&self, predicate: NamedNodeRef<'_>, value: &str) -> Result<Vec<NamedNode>> {
        let lit = Literal::new_simple_literal(value);
        let mut out = Vec::new();
        for q in self.store.quads_for_pattern(None, Some(predicate), Some(lit.as_ref().into()), None) {
            let q = q.map_err(|e| self.err(e))?;
            if let (GraphName::NamedNode(g), NamedOrBlankNode::NamedNode(s)) = (&q.graph_name, &q.subject) {
                if g == s && !out.contains(g) {
                    out.push(g.clone());
                }
            }
        }
        Ok(out)
    }

    /// Whether an article graph of this IRI exists.
    pub fn has_article(&self, article: &NamedNode) -> Result<bool> {
        self.store.contains_named_graph(article.as_ref()).map_err(|e| self.err(e))
    }

    /// Takes `source` away from `article` in one transaction; removes the article
    /// when no source is left. True when the whole article went.
    pub fn remove_source(&self, article: &NamedNode, source: &str) -> Result<bool> {
        let mut whole = false;
        self.write(|tx| {
            whole = drop_source(tx, article, source)?;
            Ok(())
        })?;
        Ok(whole)
    }

    /// Runs a parsed query on the store. The default graph is the merged view.
    pub fn query(&self, query: PreparedSparqlQuery) -> Result<QueryResults<'static>> {
        query.on_store(&self.store).execute().map_err(|source| Error::Query { source })
    }

    /// Writes the default graph (`graph_only`) or the whole dataset in an RDF format.
    /// Only the quads `keep` accepts are written.
    pub fn dump(
        &self,
        serializer: RdfSerializer,
        out: &mut dyn std::io::Write,
        graph_only: bool,
        keep: &dyn Fn(QuadRef<'_>) -> bool,
    ) -> Result<()> {
        let fail = |source| Error::Write { what: "the RDF dump", source };
        let graph = graph_only.then_some(GraphNameRef::DefaultGraph);
        let mut writer = serializer.for_writer(out);
        let counts = GraphName::NamedNode(counts_graph());
        for quad in self.store.quads_for_pattern(None, None, None, graph) {
            let quad = quad.map_err(|e| self.err(e))?;
            if quad.graph_name == counts || !keep(quad.as_ref()) {
                continue;
            }
            let written =
                if graph_only { writer.serialize_triple(quad.as_ref()) } else { writer.serialize_quad(&quad) };
            written.map_err(fail)?;
        }
        writer.finish().map_err(fail)?;
        Ok(())
    }

    /// The triples of the default graph (the merged view), read as consumed,
    /// in the store's subject-first index order: each subject's triples together.
    pub fn merged_triples(&self) -> impl Iterator<Item = Result<Triple>> + '_ {
        self.store
            .quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph))
            .map(|q| q.map(|q| triple_of(q.as_ref())).map_err(|e| self.err(e)))
    }

    /// Number of quads in the default graph (the merged view).
    pub fn default_graph_len(&self) -> Result<usize> {
        let mut n = 0;
        for q in self.store.quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph)) {
            q.map_err(|e| self.err(e))?;
            n += 1;
        }
        Ok(n)
    }

    /// Every quad in the store, all graphs.
    pub fn len(&self) -> Result<usize> {
        self.store.len().map_err(|e| self.err(e))
    }

    pub fn is_empty(&self) -> Result<bool> {
        self.store.is_empty().map_err(|e| self.err(e))
    }

    /// Loads an RDF dataset with oxigraph's bulk loader: fast, not transactional,
    /// for filling a fresh store (and for measuring against it); counts afresh after.
    pub fn bulk_load(&self, format: RdfFormat, data: &[u8]) -> Result<()> {
        let mut loader = self.store.bulk_loader();
        loader.load_from_slice(format, data).map_err(|e| self.err(std::io::Error::from(e)))?;
        loader.commit().map_err(|e| self.err(e))?;
        self.recount().map(|_| ())
    }

    /// Writes everything to disk.
    pub fn flush(&self) -> Result<()> {
        self.store.flush().map_err(|e| self.err(e))
    }
}

/// One article to store: its facts, where it was found, and the time to record
/// if its facts are written.
pub struct ArticleUpdate<'a> {
    pub iri: &'a NamedNode,
    /// Everything the article's text contributes, in its named graph.
    pub facts: &'a [Quad],
    /// The place it was read from (`ng:source`); `-` (standard input) claims nothing.
    pub source: &'a str,
    /// `ng:source` and `ng:url` quads, added to what the article already has.
    pub provenance: &'a [Quad],
    /// `ng:ingestedAt`, written only with new facts.
    pub stamp: &'a Quad,
}

impl ArticleUpdate<'_> {
    /// Quads a new article writes: its facts, provenance and time stamp, each in
    /// its named graph and in the default graph.
    pub fn quad_count(&self) -> usize {
        2 * (self.facts.len() + self.provenance.len() + 1)
    }
}

fn is_provenance(q: &Quad) -> bool {
    q.predicate == ng::SOURCE || q.predicate == ng::URL
}

fn graph_quads_in(tx: &Writer<'_>, graph: &NamedNode) -> std::result::Result<Vec<Quad>, StorageError> {
    tx.tx.quads_for_pattern(None, None, None, Some(graph.as_ref().into())).collect()
}

fn put_in(tx: &mut Writer<'_>, u: &ArticleUpdate<'_>) -> std::result::Result<Change, StorageError> {
    let mut displaced = false;
    if u.source != "-" {
        let lit = Literal::new_simple_literal(u.source);
        let holders: Vec<NamedNode> =
            tx.tx
                .quads_for_pattern(None, Some(ng::SOURCE), Some(lit.as_ref().into()), None)
                .filter_map(|q| match q {
                    Ok(Quad {
                        graph_name: GraphName::NamedNode(g), subject: NamedOrBlankNode::NamedNode(s), ..
                    }) if g == s && g != *u.iri => Some(Ok(g)),
                    Ok(_) => None,
                    Err(e) => Some(Err(e)),
                })
                .collect::<std::result::Result<_, _>>()?;
        for holder in holders {
            drop_source(tx, &holder, u.source)?;
            displaced = true;
        }
    }
    let old = graph_quads_in(tx, u.iri)?;
    let graph = GraphNameRef::NamedNode(u.iri.as_ref());
    let insert = |tx: &mut Writer<'_>, q: &Quad| -> std::result::Result<(), StorageError> {
        tx.insert(QuadRef::new(&q.subject, &q.predicate, &q.object, graph))?;
        tx.insert(QuadRef::new(&q.subject, &q.predicate, &q.object, GraphNameRef::DefaultGraph))
    };
    if old.is_empty() {
        tx.insert_named_graph(u.iri.as_ref());
        for q in u.facts.iter().chain(u.provenance).chain([u.stamp]) {
            insert(tx, q)?;
        }
        return Ok(if displaced { Change::Replaced } else { Change::Added });
    }
    let old_facts: Vec<Quad> =
        old.iter().filter(|q| !is_provenance(q) && q.predicate != ng::INGESTED_AT).cloned().collect();
    let old_triples: HashSet<Triple> = old.iter().map(|q| triple_of(q.as_ref())).collect();
    let missing: Vec<&Quad> = u.provenance.iter().filter(|q| !old_triples.contains(&triple_of(q.as_ref()))).collect();
    if same_quads(&old_facts, u.facts) {
        for q in &missing {
            insert(tx, q)?;
        }
        return Ok(if displaced {
            Change::Replaced
        } else if missing.is_empty() {
            Change::Unchanged
        } else {
            Change::NewSource
        });
    }
    // New facts: keep the provenance, stamp the time.
    let kept: Vec<Quad> = old.iter().filter(|q| is_provenance(q)).cloned().collect();
    let new: Vec<&Quad> = u.facts.iter().chain(kept.iter()).chain(missing).chain([u.stamp]).collect();
    let new_triples: HashSet<Triple> = new.iter().map(|q| triple_of(q.as_ref())).collect();
    tx.clear_graph(u.iri.as_ref())?;
    tx.insert_named_graph(u.iri.as_ref());
    let gone: Vec<Triple> = old_triples.into_iter().filter(|t| !new_triples.contains(t)).collect();
    drop_unsupported(tx, &gone)?;
    for q in new {
        insert(tx, q)?;
    }
    Ok(Change::Replaced)
}

/// Removes an article graph and the default-graph triples only it held.
fn remove_graph(tx: &mut Writer<'_>, article: &NamedNode) -> std::result::Result<(), StorageError> {
    let old = graph_quads_in(tx, article)?;
    tx.remove_named_graph(article.as_ref())?;
    let gone: Vec<Triple> = old.iter().map(|q| triple_of(q.as_ref())).collect();
    drop_unsupported(tx, &gone)
}

/// Takes one source from an article; removes the article if it had no other. True when removed whole.
fn drop_source(tx: &mut Writer<'_>, article: &NamedNode, source: &str) -> std::result::Result<bool, StorageError> {
    let sources: Vec<Quad> = tx
        .tx
        .quads_for_pattern(Some(article.as_ref().into()), Some(ng::SOURCE), None, Some(article.as_ref().into()))
        .collect::<std::result::Result<_, _>>()?;
    let others = sources.iter().filter(|q| !matches!(&q.object, Term::Literal(l) if l.value() == source)).count();
    if others == 0 {
        remove_graph(tx, article)?;
        return Ok(true);
    }
    let lit = Literal::new_simple_literal(source);
    tx.remove(QuadRef::new(article, ng::SOURCE, &lit, GraphNameRef::NamedNode(article.as_ref())))?;
    drop_unsupported(tx, &[Triple::new(article.clone(), ng::SOURCE, lit)])?;
    Ok(false)
}

/// Removes from the default graph each triple no remaining article graph holds.
fn drop_unsupported(tx: &mut Writer<'_>, triples: &[Triple]) -> std::result::Result<(), StorageError> {
    let ontology = NamedNode::new_unchecked(ONTOLOGY_GRAPH);
    for t in triples {
        let mut supported = false;
        for q in
            tx.tx.quads_for_pattern(Some(t.subject.as_ref()), Some(t.predicate.as_ref()), Some(t.object.as_ref()), None)
        {
            let q = q?;
            if matches!(&q.graph_name, GraphName::NamedNode(g) if *g != ontology) {
                supported = true;
                break;
            }
        }
        if !supported {
            tx.remove(QuadRef::new(&t.subject, &t.predicate, &t.object, GraphNameRef::DefaultGraph))?;
        }
    }
    Ok(())
}

fn triple_of(q: QuadRef<'_>) -> Triple {
    Triple::new(q.subject.into_owned(), q.predicate.into_owned(), q.object.into_owned())
}

fn same_quads(a: &[Quad], b: &[Quad]) -> bool {
    let key = |q: &Quad| triple_of(q.as_ref());
    a.len() == b.len() && a.iter().map(key).collect::<HashSet<_>>() == b.iter().map(key).collect::<HashSet<_>>()
}

/// Whether two graphs are equal when blank node labels are ignored. The parser
/// labels blank nodes afresh on every parse, so this is how the ontology (which
/// uses blank nodes for OWL class expressions) is recognised as unchanged.
fn same_up_to_blank_nodes(a: &[Quad], b: &[Quad]) -> bool {
    fn shape(quads: &[Quad]) -> Vec<String> {
        let term = |t: String| if t.starts_with("_:") { "_:".to_string() } else { t };
        let mut keys: Vec<String> = quads
            .iter()
            .map(|q| format!("{} {} {}", term(q.subject.to_string()), q.predicate, term(q.object.to_string())))
            .collect();
        keys.sort();
        keys
    }
    a.len() == b.len() && shape(a) == shape(b)
}

/// What a store path holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Found {
    /// Nothing yet (missing or an empty folder): a store is created there.
    Nothing,
    /// A store newsgraph made (its marker file is there).
    Store,
    /// An oxigraph database without the marker (a store made by an older newsgraph).
    OlderStore,
}

/// Refuses what is not a store: a file, a folder that holds other things than
/// a store (a file named `CURRENT` is not enough), or no store at all when one
/// must exist.
fn check_is_store(path: &Path, access: Access) -> Result<Found> {
    let not_a_store = |why: &str| Error::Store { path: path.to_path_buf(), message: why.to_string() };
    // One listing of the folder, taken after its metadata, decides: checked
    // one after the other, a store another process was creating meanwhile
    // looked like a folder of other files.
    let meta = std::fs::metadata(path);
    let names: Option<Vec<std::ffi::OsString>> =
        std::fs::read_dir(path).ok().map(|d| d.flatten().map(|e| e.file_name()).collect());
    let found = match meta {
        Err(_) => Found::Nothing,
        Ok(meta) if !meta.is_dir() => return Err(not_a_store("is a file, not a store folder")),
        Ok(_) if names.as_ref().is_some_and(|n| n.iter().any(|n| n == MARKER)) && path.join(MARKER).is_file() => {
            Found::Store
        }
        Ok(_) if names.as_ref().is_some_and(Vec::is_empty) => Found::Nothing,
        Ok(_) if is_oxigraph_database(path) => Found::OlderStore,
        Ok(_) => {
            return Err(not_a_store(
                "is not a newsgraph store (a folder without a newsgraph database); give --db a new folder or an existing store",
            ))
        }
    };
    if found == Found::Nothing && access != Access::Write {
        return Err(not_a_store("no store here yet (run `newsgraph ingest --db DIR PATH...` first)"));
    }
    Ok(found)
}

/// Whether a folder holds an oxigraph database: RocksDB's `CURRENT` names a
/// manifest that is there, and an options file lists oxigraph's column
/// families (its quad indexes).
fn is_oxigraph_database(path: &Path) -> bool {
    let Ok(current) = std::fs::read_to_string(path.join("CURRENT")) else { return false };
    let manifest = current.trim_end_matches('\n');
    let named =
        manifest.strip_prefix("MANIFEST-").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    if !named || !path.join(manifest).is_file() {
        return false;
    }
    let Ok(entries) = std::fs::read_dir(path) else { return false };
    entries.flatten().any(|entry| {
        entry.file_name().to_string_lossy().starts_with("OPTIONS-")
            && std::fs::read_to_string(entry.path()).is_ok_and(|text| {
                ["id2str", "spog", "gspo", "dspo"].iter().all(|cf| text.contains(&format!("[CFOptions \"{cf}\"]")))
            })
    })
}

/// Creates the store folder if needed and marks it as a newsgraph store.
fn write_marker(path: &Path) -> Result<()> {
    let fail = |source| Error::Io { path: path.join(MARKER), source };
    std::fs::create_dir_all(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    std::fs::write(path.join(MARKER), MARKER_TEXT).map_err(fail)
}

/// `path` with symbolic links resolved as far as it exists, and the rest
/// (not yet created) joined to it with `.` and `..` applied.
fn resolved(path: &Path) -> PathBuf {
    let absolute = std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = std::fs::canonicalize(existing) {
            let mut out = real;
            for part in rest.iter().rev() {
                match part {
                    std::path::Component::ParentDir => {
                        out.pop();
                    }
                    std::path::Component::Normal(name) => out.push(name),
                    _ => {}
                }
            }
            return out;
        }
        match (existing.parent(), existing.components().next_back()) {
            (Some(parent), Some(last)) => {
                rest.push(last);
                existing = parent;
            }
            _ => return absolute,
        }
    }
}

/// Deletes the sorted files a bulk load left behind when its process was killed
/// before RocksDB took them in (`bulk-<random>.sst` at the store's top level;
/// they were never part of the store). Called with the store's lock held.
fn remove_unfinished_bulk_files(path: &Path) -> Result<()> {
    let fail = |source| Error::Io { path: path.to_path_buf(), source };
    for entry in std::fs::read_dir(path).map_err(fail)? {
        let entry = entry.map_err(fail)?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("bulk-") && name.ends_with(".sst") {
            std::fs::remove_file(entry.path()).map_err(|source| Error::Io { path: entry.path(), source })?;
        }
    }
    Ok(())
}

/// Whether opening failed because another process (or this one) holds the
/// store's lock, as RocksDB words it; not when the lock file cannot be
/// created at all (a read-only medium), which it words "while open a file for lock".
fn is_lock_error(e: &StorageError) -> bool {
    let text = e.to_string();
    text.contains("While lock file") || text.contains("lock hold by current process")
}

fn open_error(path: &Path, source: StorageError) -> Error {
    if is_lock_error(&source) {
        let message = "is in use by another newsgraph process (an ingest, another command on this store, or a \
         `newsgraph serve`, which holds its store until stopped); one process at a time uses a store, so \
         wait for it to finish or stop the server, and try again";
        return Error::Store { path: path.to_path_buf(), message: message.into() };
    }
    Error::Storage { path: path.to_path_buf(), source }
}

fn counts_graph() -> NamedNode {
    NamedNode::new_unchecked(COUNTS_GRAPH)
}

/// What the store holds, as the counts graph keeps it: its records are summed.
///
/// Each write (a transaction, a bulk batch) adds one record, a blank node in the
/// counts graph with one number per key (`ng:quadCount`, `ng:tripleCount`, a
/// class IRI for its `a CLASS` triples, a relation IRI for its triples, all of
/// the merged graph, and `ng:writeCount` 1 for the write itself: see
/// [`Generation`]); a transaction folds the records into one as it commits.
/// The communities graph is not counted: it is a snapshot written by
/// `communities --write`, not what the articles state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Quads in the store, all graphs but the counts and the communities graphs.
    pub quads: i64,
    /// Triples of the merged (default) graph.
    pub triples: i64,
    /// Merged-graph triples by key: `?x a CLASS` under the class IRI (the
    /// schema's classes, `ng:Article`, `ng:Quote`), `?s REL ?o` under the
    /// relation's IRI (the schema's predicates).
    pub by_key: BTreeMap<String, i64>,
}

impl Counts {
    /// The merged graph's triples under one key (a class or relation IRI).
    pub fn of(&self, key: NamedNodeRef<'_>) -> usize {
        self.by_key.get(key.as_str()).copied().unwrap_or(0).max(0) as usize
    }

    fn counted_class(class: NamedNodeRef<'_>) -> bool {
        class == ng::ARTICLE || class == ng::QUOTE || EntityClass::ALL.iter().any(|c| c.iri() == class)
    }

    fn counted_predicate(predicate: NamedNodeRef<'_>) -> bool {
        Predicate::from_iri(predicate.as_str()).is_some()
    }

    /// Adds (`sign` 1) or takes away (-1) one quad.
    fn tally(&mut self, q: QuadRef<'_>, sign: i64) {
        if matches!(q.graph_name, GraphNameRef::NamedNode(g) if g.as_str() == COMMUNITIES_GRAPH) {
            return;
        }
        self.quads += sign;
        if !q.graph_name.is_default_graph() {
            return;
        }
        self.triples += sign;
        let key = match q.object {
            TermRef::NamedNode(class) if q.predicate == w3c::RDF_TYPE && Counts::counted_class(class) => class,
            _ if Counts::counted_predicate(q.predicate) => q.predicate,
            _ => return,
        };
        *self.by_key.entry(key.as_str().to_string()).or_default() += sign;
    }

    fn add(&mut self, other: &Counts) {
        self.quads += other.quads;
        self.triples += other.triples;
        for (k, n) in &other.by_key {
            *self.by_key.entry(k.clone()).or_default() += n;
        }
        self.by_key.retain(|_, n| *n != 0);
    }

    fn is_zero(&self) -> bool {
        self.quads == 0 && self.triples == 0 && self.by_key.values().all(|n| *n == 0)
    }

    /// Sums the records of the counts graph.
    fn from_records(records: &[Quad]) -> Counts {
        let mut counts = Counts::default();
        for q in records {
            let Term::Literal(n) = &q.object else { continue };
            let n: i64 = n.value().parse().unwrap_or(0);
            if q.predicate == ng::WRITE_COUNT {
                continue;
            } else if q.predicate == ng::QUAD_COUNT {
                counts.quads += n;
            } else if q.predicate == ng::TRIPLE_COUNT {
                counts.triples += n;
            } else {
                *counts.by_key.entry(q.predicate.as_str().to_string()).or_default() += n;
            }
        }
        counts.by_key.retain(|_, n| *n != 0);
        counts
    }

    /// These counts and `writes` as one record of the counts graph (the two
    /// totals always, other keys when not 0).
    fn record(&self, writes: i64) -> Vec<Quad> {
        let node = BlankNode::default();
        let graph = GraphName::NamedNode(counts_graph());
        let number = |n: i64| Literal::new_typed_literal(n.to_string(), w3c::XSD_INTEGER);
        let mut quads = vec![
            Quad::new(node.clone(), ng::QUAD_COUNT, number(self.quads), graph.clone()),
            Quad::new(node.clone(), ng::TRIPLE_COUNT, number(self.triples), graph.clone()),
        ];
        for (key, n) in self.by_key.iter().filter(|(_, n)| **n != 0) {
            quads.push(Quad::new(node.clone(), NamedNode::new_unchecked(key), number(*n), graph.clone()));
        }
        if writes != 0 {
            quads.push(Quad::new(node.clone(), ng::WRITE_COUNT, number(writes), graph.clone()));
        }
        quads
    }
}

/// The sum of the `ng:writeCount` of the counts graph's records: the writes committed.
fn writes_in(records: &[Quad]) -> i64 {
    records
        .iter()
        .filter(|q| q.predicate == ng::WRITE_COUNT)
        .filter_map(|q| match &q.object {
            Term::Literal(n) => n.value().parse::<i64>().ok(),
            _ => None,
        })
        .sum()
}

/// Where the store is in its history of writes: the writes committed (each
/// transaction or bulk batch that changed something counts one) and its
/// size. Equal generations of one store mean the same content; a store written
/// before generations were kept starts at 0 writes, and an older newsgraph
/// writing to it changes the sizes (all but always).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Generation {
    pub writes: i64,
    pub quads: i64,
    pub triples: i64,
}

/// A transaction that counts what it really adds and takes away (an insert of
/// a quad already there adds nothing), and writes the counts with its commit.
struct Writer<'a> {
    tx: Transaction<'a>,
    delta: Counts,
    /// Whether anything was inserted or removed (the counts may not show it:
    /// a quad replaced by another of the same kind).
    changed: bool,
}

impl<'a> Writer<'a> {
    fn start(store: &'a Store) -> std::result::Result<Writer<'a>, StorageError> {
        Ok(Writer { tx: store.start_transaction()?, delta: Counts::default(), changed: false })
    }

    fn insert(&mut self, q: QuadRef<'_>) -> std::result::Result<(), StorageError> {
        if !self.tx.contains(q)? {
            self.tx.insert(q);
            self.delta.tally(q, 1);
            self.changed = true;
        }
        Ok(())
    }

    fn remove(&mut self, q: QuadRef<'_>) -> std::result::Result<(), StorageError> {
        if self.tx.contains(q)? {
            self.tx.remove(q);
            self.delta.tally(q, -1);
            self.changed = true;
        }
        Ok(())
    }

    fn insert_named_graph(&mut self, graph: NamedNodeRef<'_>) {
        self.tx.insert_named_graph(graph);
    }

    fn take_graph_quads(&mut self, graph: NamedNodeRef<'_>) -> std::result::Result<(), StorageError> {
        for q in self.tx.quads_for_pattern(None, None, None, Some(graph.into())) {
            self.delta.tally(q?.as_ref(), -1);
            self.changed = true;
        }
        Ok(())
    }

    fn clear_graph(&mut self, graph: NamedNodeRef<'_>) -> std::result::Result<(), StorageError> {
        self.take_graph_quads(graph)?;
        self.tx.clear_graph(graph)
    }

    fn remove_named_graph(&mut self, graph: NamedNodeRef<'_>) -> std::result::Result<(), StorageError> {
        self.take_graph_quads(graph)?;
        self.tx.remove_named_graph(graph)
    }

    /// Folds the counts graph's records and this transaction's changes (and
    /// one more write, when it changed anything) into one record, and commits.
    fn commit(mut self) -> std::result::Result<(), StorageError> {
        if self.changed || !self.delta.is_zero() {
            let graph = counts_graph();
            let records: Vec<Quad> = self
                .tx
                .quads_for_pattern(None, None, None, Some(graph.as_ref().into()))
                .collect::<std::result::Result<_, _>>()?;
            let mut total = Counts::from_records(&records);
            total.add(&self.delta);
            let writes = writes_in(&records) + 1;
            self.tx.clear_graph(GraphNameRef::NamedNode(graph.as_ref()))?;
            self.tx.insert_named_graph(graph.as_ref());
            self.tx.extend(total.record(writes).iter());
        }
        self.tx.commit()
    }
}
