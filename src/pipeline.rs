//! The library composed: sources → articles → extraction → quads → store.

use std::time::Instant;

use crate::error::Error;
use crate::extract::{extract, Resources};
use crate::graph::{article_iri, article_quads};
use crate::input::{read_article, Source};
use crate::store::{Change, GraphStore};

/// What an ingest run did.
#[derive(Debug, Default)]
pub struct IngestReport {
    pub added: usize,
    pub replaced: usize,
    pub unchanged: usize,
    /// Each source that failed, with the reason (its path is in the error).
    pub failures: Vec<Error>,
    pub seconds: f64,
}

impl IngestReport {
    /// Articles read and stored (added, replaced or already up to date).
    pub fn ingested(&self) -> usize {
        self.added + self.replaced + self.unchanged
    }
}

/// How ingest treats what extraction finds.
#[derive(Clone, Copy, Debug, Default)]
pub struct IngestOptions {
    /// Relations and quotes below this confidence are not stored.
    pub min_confidence: f32,
}

/// Reads, extracts and stores each source, one transaction per article.
/// A failing source is reported through `on_failure` and skipped; the rest go on.
/// A store failure stops the run (returned as the error).
pub fn ingest(
    store: &GraphStore,
    sources: &[Source],
    resources: &Resources,
    options: IngestOptions,
    mut on_failure: impl FnMut(&Error),
) -> Result<IngestReport, Error> {
    let started = Instant::now();
    let mut report = IngestReport::default();
    for source in sources {
        let article = match read_article(source) {
            Ok(article) => article,
            Err(e) => {
                on_failure(&e);
                report.failures.push(e);
                continue;
            }
        };
        let mut extraction = extract(&article.text, resources);
        extraction.retain_confident(options.min_confidence);
        let quads = article_quads(&article, &extraction);
        match store.replace_article(&article_iri(&article.key), &quads)? {
            Change::Added => report.added += 1,
            Change::Replaced => report.replaced += 1,
            Change::Unchanged => report.unchanged += 1,
        }
    }
    store.flush()?;
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}
