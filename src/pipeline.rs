//! The library composed: sources → articles → extraction → quads → store.
//!
//! Three stages run at once, joined by channels:
//! - `read_stage` (one thread) reads the sources in order and numbers the articles;
//! - `extract_stage` (one thread per core) extracts each article and builds its quads;
//! - `write_stage` (the calling thread) stores them in the order they were read.
//!
//! New articles, the bulk of a first ingest, are written in batches with the bulk
//! loader (`GraphStore::add_new_articles`: no reads, one atomic step per batch).
//! An article already stored, or one whose source another article held, goes
//! through its own transaction (`GraphStore::put_article`), which compares it with
//! what is stored. Either way a run stopped at any moment leaves whole articles,
//! and running it again writes only what is missing.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::ControlFlow;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::AtomicU64;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, SyncSender};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use oxigraph::model::{NamedNode, Quad};

use crate::analysis::Following;
use crate::error::Error;
use crate::extract::{extract, Resources};
use crate::graph::{article_iri, article_quads, ingested_quad, provenance_quads};
use crate::input::{read_source_to_end, Article, LinesRead, ReadOptions, Source};
use crate::store::{ArticleUpdate, Change, GraphStore};

/// Articles written one transaction each between two flushes of the store's
/// memory tables to disk. RocksDB keeps recent writes in memory tables (up to
/// 64 MB for each of oxigraph's column families, and more while older ones are
/// flushed); flushing every so many articles keeps a long ingest's memory flat.
/// (Bulk-loaded batches bypass the memory tables.)
pub const FLUSH_EVERY: usize = 500;

/// Quads (named graph and default graph together) of new articles gathered
/// before they are bulk-loaded. Larger batches mean fewer, larger files for
/// RocksDB to merge, smaller ones less memory: at this size an ingest of 7,000
/// articles peaks near 120 MB, against 300 MB at 200,000 quads (same speed).
pub const BATCH_QUADS: usize = 50_000;

/// A batch is written at the latest this long after its first article, so a
/// slow stream (standard input) shows its articles in the store soon.
const BATCH_WAIT: Duration = Duration::from_secs(2);

/// Articles read but not yet stored, per extraction thread: bounds memory when
/// reading is faster than storing.
const IN_FLIGHT_PER_WORKER: usize = 16;

/// What an ingest run did.
#[derive(Debug, Default)]
pub struct IngestReport {
    pub added: usize,
    pub replaced: usize,
    pub unchanged: usize,
    /// Articles taken out because the JSON Lines line they were read from is
    /// gone from its file (or blank now); articles also read elsewhere only lose that source.
    pub dropped_lines: usize,
    /// Texts already in the store found in one more place (recorded as a source).
    pub duplicates: usize,
    /// Each source (or JSON Lines line) that failed, with the reason (its path is in the error).
    pub failures: Vec<Error>,
    pub seconds: f64,
}

impl IngestReport {
    /// Articles read and stored (added, replaced, already up to date or duplicates).
    pub fn ingested(&self) -> usize {
        self.added + self.replaced + self.unchanged + self.duplicates
    }

    fn count(&mut self, change: Change) {
        match change {
            Change::Added => self.added += 1,
            Change::Replaced => self.replaced += 1,
            Change::Unchanged => self.unchanged += 1,
            Change::NewSource => self.duplicates += 1,
        }
    }
}

/// How ingest treats what extraction finds.
#[derive(Clone, Copy, Debug, Default)]
pub struct IngestOptions {
    /// Relations and quotes below this confidence are not stored.
    pub min_confidence: f32,
    /// The `ng:ingestedAt` time to write (seconds since 1970), instead of now:
    /// the CLI takes it from `SOURCE_DATE_EPOCH`, for reproducible stores.
    pub ingested_at: Option<u64>,
    /// Extraction threads; 0 means one per core.
    pub threads: usize,
    /// Quads of new articles written together; 0 means `BATCH_QUADS`.
    pub batch_quads: usize,
    /// A few articles at a time into a store that serves meanwhile (the
    /// server's writes): every article in its own transaction, new ones too,
    /// and no flush at the end. A bulk batch makes a file per index for RocksDB
    /// to take in and merge later, which for one article costs more than a
    /// transaction and leaves the store many small files; a transaction goes
    /// to RocksDB's log, which keeps it across a kill, and to the memory
    /// tables, which RocksDB writes out when they fill.
    pub live: bool,
}

/// What happened to one article or source, reported once it is stored.
pub enum Event<'a> {
    Stored { article: &'a Article, change: Change },
    Failed(&'a Error),
}

/// `ingest_with` with the default readers, reporting only failures.
pub fn ingest(
    store: &GraphStore,
    sources: &[Source],
    resources: &Resources,
    options: IngestOptions,
    mut on_failure: impl FnMut(&Error),
) -> Result<IngestReport, Error> {
    ingest_with(store, sources, resources, options, &ReadOptions::default(), None, |event| {
        if let Event::Failed(e) = event {
            on_failure(e);
        }
    })
}

/// What a long-running writer (the server: its watched folders and its
/// `POST /articles`) ingests with: the extraction resources and the settings,
/// held for the writer's life, so that it needs no extraction types itself.
pub struct Ingester {
    pub resources: Resources,
    pub options: IngestOptions,
    pub read: ReadOptions,
}

impl Ingester {
    /// `ingest_with` these resources, the given settings, and no byte counter.
    pub fn run(
        &self,
        store: &GraphStore,
        sources: &[Source],
        options: IngestOptions,
        read: &ReadOptions,
        on_event: impl FnMut(Event<'_>),
    ) -> Result<IngestReport, Error> {
        ingest_with(store, sources, &self.resources, options, read, None, on_event)
    }
}

/// Reads, extracts and stores every source. A failing source or line is
/// reported through `on_event` and skipped; the rest go on. A store failure
/// stops the run (returned as the error). `counter`, when given, counts the
/// bytes read.
pub fn ingest_with(
    store: &GraphStore,
    sources: &[Source],
    resources: &Resources,
    options: IngestOptions,
    read_options: &ReadOptions,
    counter: Option<&AtomicU64>,
    on_event: impl FnMut(Event<'_>),
) -> Result<IngestReport, Error> {
    let started = Instant::now();
    let workers = match options.threads {
        0 => std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        n => n,
    };
    // Each article read takes a ticket, and gets it back once stored.
    let in_flight = workers * IN_FLIGHT_PER_WORKER;
    let (tickets, ticket_rx) = mpsc::sync_channel(in_flight);
    for _ in 0..in_flight {
        tickets.send(()).expect("the receiver is alive");
    }
    let (read_tx, read_rx) = mpsc::channel();
    let (done_tx, done_rx) = mpsc::channel();
    let read_rx = Mutex::new(read_rx);
    let mut report = std::thread::scope(|scope| {
        scope.spawn(move || read_stage(sources, read_options, counter, ticket_rx, read_tx));
        for _ in 0..workers {
            let (read_rx, done_tx) = (&read_rx, done_tx.clone());
            scope.spawn(move || extract_stage(read_rx, done_tx, resources, options));
        }
        drop(done_tx);
        let batch_quads = if options.batch_quads == 0 { BATCH_QUADS } else { options.batch_quads };
        let batch_quads = if options.live { 0 } else { batch_quads };
        write_stage(store, done_rx, tickets, batch_quads, on_event)
    })?;
    if !options.live {
        store.flush()?;
    }
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

/// What the reader hands on, numbered in reading order: an article (or why
/// one could not be read), or the end of a JSON Lines file and the lines it held.
type Read = (usize, Item<Result<Article, Error>>);

enum Item<A> {
    Article(A),
    LinesRead(LinesRead),
}

/// An article ready to store: its quads, built by an extraction thread.
struct Prepared {
    article: Article,
    iri: NamedNode,
    facts: Vec<Quad>,
    provenance: Vec<Quad>,
    stamp: Quad,
}

impl Prepared {
    fn update(&self) -> ArticleUpdate<'_> {
        ArticleUpdate {
            iri: &self.iri,
            facts: &self.facts,
            source: &self.article.source,
            provenance: &self.provenance,
            stamp: &self.stamp,
        }
    }
}

/// Reads each source in turn; stops early when the writer has stopped.
fn read_stage(
    sources: &[Source],
    options: &ReadOptions,
    counter: Option<&AtomicU64>,
    tickets: Receiver<()>,
    out: Sender<Read>,
) {
    let mut seq = 0;
    let mut send = |item| {
        // The writer hung up (it stopped on an error): read no further.
        if tickets.recv().is_err() || out.send((seq, item)).is_err() {
            return ControlFlow::Break(());
        }
        seq += 1;
        ControlFlow::Continue(())
    };
    for source in sources {
        let read = read_source_to_end(source, options, counter, &mut |item| send(Item::Article(item)));
        let done = match read {
            ControlFlow::Break(()) => return,
            ControlFlow::Continue(None) => continue,
            ControlFlow::Continue(Some(lines)) => send(Item::LinesRead(lines)),
        };
        if done.is_break() {
            return;
        }
    }
}

/// Takes articles off the shared queue and builds their quads, until the queue
/// closes or the writer stops. A panic in extraction fails that article only.
fn extract_stage(
    queue: &Mutex<Receiver<Read>>,
    out: Sender<(usize, Item<Result<Prepared, Error>>)>,
    resources: &Resources,
    options: IngestOptions,
) {
    loop {
        let next = match queue.lock() {
            Ok(queue) => queue.recv(),
            Err(_) => return,
        };
        let Ok((seq, item)) = next else { return };
        let prepared = match item {
            Item::Article(read) => Item::Article(read.and_then(|article| prepare(article, resources, options))),
            Item::LinesRead(lines) => Item::LinesRead(lines),
        };
        if out.send((seq, prepared)).is_err() {
            return;
        }
    }
}

fn prepare(article: Article, resources: &Resources, options: IngestOptions) -> Result<Prepared, Error> {
    let built = catch_unwind(AssertUnwindSafe(|| {
        let mut extraction = extract(&article.text, resources);
        extraction.retain_confident(options.min_confidence);
        (article_quads(&article, &extraction), provenance_quads(&article))
    }));
    let Ok((facts, provenance)) = built else {
        return Err(Error::BadArticle {
            path: PathBuf::from(&article.source),
            reason: "extraction failed with an internal error (a bug in newsgraph; please report it with this article)"
                .into(),
        });
    };
    let iri = article_iri(&article.key);
    let now = options
        .ingested_at
        .unwrap_or_else(|| SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0));
    let stamp = ingested_quad(&iri, now);
    Ok(Prepared { article, iri, facts, provenance, stamp })
}

/// Stores the prepared articles in reading order, handing each ticket back once
/// its article is dealt with. Returning (or failing) closes the channels, which
/// stops the other stages.
fn write_stage(
    store: &GraphStore,
    done: Receiver<(usize, Item<Result<Prepared, Error>>)>,
    tickets: SyncSender<()>,
    batch_quads: usize,
    mut on_event: impl FnMut(Event<'_>),
) -> Result<IngestReport, Error> {
    let mut writer = Writer {
        store,
        report: IngestReport::default(),
        batch: Batch::default(),
        batch_quads,
        written: 0,
        files_read: HashMap::new(),
        following: Following::start(store),
    };
    let mut waiting = BTreeMap::new();
    let mut next = 0;
    loop {
        let wait =
            writer.batch.deadline().map_or(Duration::from_secs(3600), |d| d.saturating_duration_since(Instant::now()));
        match done.recv_timeout(wait) {
            Ok((seq, item)) => {
                waiting.insert(seq, item);
            }
            Err(RecvTimeoutError::Timeout) => writer.write_batch(&mut on_event)?,
            Err(RecvTimeoutError::Disconnected) => break,
        }
        while let Some(item) = waiting.remove(&next) {
            next += 1;
            match item {
                Item::Article(prepared) => writer.store_one(prepared, &mut on_event)?,
                Item::LinesRead(read) => {
                    writer.files_read.insert(read.source.clone(), read);
                }
            }
            let _ = tickets.send(());
        }
    }
    writer.write_batch(&mut on_event)?;
    writer.drop_lines_gone()?;
    writer.following.finish();
    Ok(writer.report)
}

struct Writer<'a> {
    store: &'a GraphStore,
    report: IngestReport,
    batch: Batch,
    batch_quads: usize,
    /// Articles written by transactions since the last flush.
    written: usize,
    /// The JSON Lines files read to their end, by source name.
    files_read: HashMap<String, LinesRead>,
    /// What the run wrote, for the analyses' graph cache.
    following: Following<'a>,
}

impl Writer<'_> {
    fn store_one(&mut self, item: Result<Prepared, Error>, on_event: &mut impl FnMut(Event<'_>)) -> Result<(), Error> {
        let prepared = match item {
            Ok(p) => p,
            Err(e) => {
                on_event(Event::Failed(&e));
                self.report.failures.push(e);
                return Ok(());
            }
        };
        if self.batch.overlaps(&prepared) {
            self.write_batch(on_event)?;
        }
        if self.batch_quads > 0 && self.store.is_new(&prepared.update())? {
            self.batch.push(prepared);
            if self.batch.quads >= self.batch_quads {
                self.write_batch(on_event)?;
            }
            return Ok(());
        }
        // Stored before, or its source moves: write what came before it first,
        // so events and the store follow reading order.
        self.write_batch(on_event)?;
        // The articles whose source this one takes, if another (`put_article`):
        // read before the write, and only when the cache is followed.
        let source = prepared.article.source.as_str();
        let holders =
            if self.following.is_on() && source != "-" { self.store.articles_with_source(source)? } else { Vec::new() };
        let change = self.store.put_article(&prepared.update())?;
        match change {
            Change::Added => self.following.wrote(&[], &[&prepared.iri]),
            // Its graph changed (or is new), and the holders lost the source, or went.
            Change::Replaced => self.following.wrote(&holders.iter().collect::<Vec<_>>(), &[&prepared.iri]),
            // A source added: nothing the analyses read.
            Change::NewSource | Change::Unchanged => {}
        }
        if change != Change::Unchanged {
            self.written += 1;
            if self.written.is_multiple_of(FLUSH_EVERY) {
                self.store.flush()?;
            }
        }
        self.report.count(change);
        on_event(Event::Stored { article: &prepared.article, change });
        Ok(())
    }

    /// Drops, once the run's articles are stored, the articles of the lines
    /// of the JSON Lines files read to their end that hold no record now
    /// (gone or blank): each loses that source, and goes when it was its only
    /// one, so re-ingesting a file that shrank replaces what it said. One pass
    /// over the stored sources for the whole run.
    fn drop_lines_gone(&mut self) -> Result<(), Error> {
        if self.files_read.is_empty() {
            return Ok(());
        }
        let gone = |source: &str| {
            let Some((file, line)) = source.rsplit_once("#L") else { return false };
            let read = self.files_read.get(file);
            line.parse::<usize>().is_ok_and(|n| read.is_some_and(|read| !read.holds(n)))
        };
        for (article, source) in self.store.sources_where(gone)? {
            if self.store.remove_source(&article, &source)? {
                self.following.wrote(&[&article], &[]);
            }
            self.report.dropped_lines += 1;
        }
        Ok(())
    }

    fn write_batch(&mut self, on_event: &mut impl FnMut(Event<'_>)) -> Result<(), Error> {
        let batch = std::mem::take(&mut self.batch);
        let updates: Vec<ArticleUpdate<'_>> = batch.articles.iter().map(Prepared::update).collect();
        self.store.add_new_articles(&updates)?;
        let added: Vec<&NamedNode> = updates.iter().map(|u| u.iri).collect();
        self.following.wrote(&[], &added);
        for prepared in &batch.articles {
            self.report.count(Change::Added);
            on_event(Event::Stored { article: &prepared.article, change: Change::Added });
        }
        Ok(())
    }
}

/// New articles waiting to be bulk-loaded together.
#[derive(Default)]
struct Batch {
    articles: Vec<Prepared>,
    iris: HashSet<NamedNode>,
    sources: HashSet<String>,
    quads: usize,
    started: Option<Instant>,
}

impl Batch {
    /// Whether `p` is the same text or the same source as an article in the
    /// batch: then the batch is written first and `p` is compared with it.
    fn overlaps(&self, p: &Prepared) -> bool {
        self.iris.contains(&p.iri) || (p.article.source != "-" && self.sources.contains(&p.article.source))
    }

    fn push(&mut self, p: Prepared) {
        self.started.get_or_insert_with(Instant::now);
        self.iris.insert(p.iri.clone());
        self.sources.insert(p.article.source.clone());
        self.quads += p.update().quad_count();
        self.articles.push(p);
    }

    fn deadline(&self) -> Option<Instant> {
        self.started.map(|s| s + BATCH_WAIT)
    }
}
