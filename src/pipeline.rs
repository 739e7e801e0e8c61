//! The library composed: sources → articles → extraction → quads → store.

use std::sync::atomic::AtomicU64;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::error::Error;
use crate::extract::{extract, Resources};
use crate::graph::{article_iri, article_quads, ingested_quad, provenance_quads};
use crate::input::{read_source, Article, ReadOptions, Source};
use crate::store::{ArticleUpdate, Change, GraphStore};

/// Articles written between two flushes of the store's memory tables to disk.
/// RocksDB keeps recent writes in memory tables (up to 64 MB for each of
/// oxigraph's column families, and more while older ones are flushed); flushing
/// every so many articles keeps a long ingest's memory flat, and inserting into
/// smaller tables is faster too.
pub const FLUSH_EVERY: usize = 500;

/// What an ingest run did.
#[derive(Debug, Default)]
pub struct IngestReport {
    pub added: usize,
    pub replaced: usize,
    pub unchanged: usize,
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
}

/// How ingest treats what extraction finds.
#[derive(Clone, Copy, Debug, Default)]
pub struct IngestOptions {
    /// Relations and quotes below this confidence are not stored.
    pub min_confidence: f32,
    /// The `ng:ingestedAt` time to write (seconds since 1970), instead of now:
    /// the CLI takes it from `SOURCE_DATE_EPOCH`, for reproducible stores.
    pub ingested_at: Option<u64>,
}

/// What happened to one article or source, as it happens.
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

/// Reads, extracts and stores each source, one transaction per article, so a run
/// stopped at any moment leaves whole articles. A failing source or line is
/// reported through `on_event` and skipped; the rest go on. A store failure stops
/// the run (returned as the error). `counter`, when given, counts the bytes read.
pub fn ingest_with(
    store: &GraphStore,
    sources: &[Source],
    resources: &Resources,
    options: IngestOptions,
    read_options: &ReadOptions,
    counter: Option<&AtomicU64>,
    mut on_event: impl FnMut(Event<'_>),
) -> Result<IngestReport, Error> {
    let started = Instant::now();
    let mut report = IngestReport::default();
    let mut written = 0usize;
    for source in sources {
        read_source(source, read_options, counter, &mut |item| {
            let article = match item {
                Ok(article) => article,
                Err(e) => {
                    on_event(Event::Failed(&e));
                    report.failures.push(e);
                    return Ok(());
                }
            };
            let mut extraction = extract(&article.text, resources);
            extraction.retain_confident(options.min_confidence);
            let iri = article_iri(&article.key);
            let facts = article_quads(&article, &extraction);
            let provenance = provenance_quads(&article);
            let now = options
                .ingested_at
                .unwrap_or_else(|| SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0));
            let stamp = ingested_quad(&iri, now);
            let change = store.put_article(&ArticleUpdate {
                iri: &iri,
                facts: &facts,
                source: &article.source,
                provenance: &provenance,
                stamp: &stamp,
            })?;
            if change != Change::Unchanged {
                written += 1;
                if written.is_multiple_of(FLUSH_EVERY) {
                    store.flush()?;
                }
            }
            match change {
                Change::Added => report.added += 1,
                Change::Replaced => report.replaced += 1,
                Change::Unchanged => report.unchanged += 1,
                Change::NewSource => report.duplicates += 1,
            }
            on_event(Event::Stored { article: &article, change });
            Ok(())
        })?;
    }
    store.flush()?;
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}
