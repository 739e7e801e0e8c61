//! Watched folders: which files are new, changed or gone since the last look,
//! found by polling (std only: a walk and a `stat` per file), for the server to
//! ingest and remove through `pipeline` and `remove`.
//!
//! A file is taken once its size and modification time have stayed the same
//! for one poll, so a file being written is not read half-way (writers that
//! rename a finished file into the folder are never read early). A file that
//! disappears takes its articles away. On the first look the store's sources
//! below the folders whose files are gone are taken away too (deleted while no
//! server ran), and every file is offered once: an unchanged one writes nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::error::{Error, Result};
use crate::input::{self, Source, WalkOptions};
use crate::store::GraphStore;

/// What a file looked like at one poll.
type Stamp = (u64, Option<SystemTime>);

/// The state kept between polls of a set of folders.
pub struct Watcher {
    /// The folders, absolute.
    folders: Vec<PathBuf>,
    /// The store's folder, never read as input.
    skip: PathBuf,
    /// What the last poll saw.
    seen: BTreeMap<PathBuf, Stamp>,
    /// What each file looked like when it was last handed out for ingest.
    taken: BTreeMap<PathBuf, Stamp>,
    /// Whether the stored sources below the folders were compared with the files yet.
    reconciled: bool,
    /// The walk's errors of the last poll, reported again only when they change.
    last_errors: Vec<String>,
}

/// What one poll found to do.
#[derive(Debug, Default)]
pub struct Changes {
    /// Files new or changed (and steady for a poll), in sorted order.
    pub ingest: Vec<Source>,
    /// Sources whose files are gone (absolute paths, as `remove` takes them).
    pub gone: Vec<String>,
    /// Folders or files that could not be read, when different from the last poll.
    pub errors: Vec<Error>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.ingest.is_empty() && self.gone.is_empty()
    }
}

impl Watcher {
    /// Watches `folders` (made absolute now) for the store at `store_dir`.
    pub fn new(folders: &[PathBuf], store_dir: &Path) -> Result<Watcher> {
        let mut absolute = Vec::new();
        for folder in folders {
            let meta = std::fs::metadata(folder).map_err(|source| Error::Io { path: folder.clone(), source })?;
            if !meta.is_dir() {
                return Err(Error::Usage { message: format!("--watch {}: not a folder", folder.display()) });
            }
            absolute.push(input::absolute(folder));
        }
        Ok(Watcher {
            folders: absolute,
            skip: store_dir.to_path_buf(),
            seen: BTreeMap::new(),
            taken: BTreeMap::new(),
            reconciled: false,
            last_errors: Vec::new(),
        })
    }

    pub fn folders(&self) -> &[PathBuf] {
        &self.folders
    }

    /// Looks at the folders once and says what changed since the last look.
    pub fn poll(&mut self, store: &GraphStore) -> Result<Changes> {
        let (sources, errors) = input::walk_sources(&self.folders, Some(&self.skip), &WalkOptions::default())?;
        let mut now = BTreeMap::new();
        for source in sources {
            if let Source::File(path) = source {
                if let Ok(meta) = std::fs::metadata(&path) {
                    now.insert(path, (meta.len(), meta.modified().ok()));
                }
            }
        }
        let mut changes = Changes::default();
        let texts: Vec<String> = errors.iter().map(Error::with_causes).collect();
        if texts != self.last_errors {
            self.last_errors = texts;
            changes.errors = errors;
        }
        for (path, stamp) in &now {
            let steady = self.seen.get(path) == Some(stamp);
            if steady && self.taken.get(path) != Some(stamp) {
                self.taken.insert(path.clone(), *stamp);
                changes.ingest.push(Source::File(path.clone()));
            }
        }
        let gone: Vec<PathBuf> = self.taken.keys().filter(|p| !now.contains_key(*p)).cloned().collect();
        for path in gone {
            self.taken.remove(&path);
            changes.gone.push(input::source_name(&path));
        }
        if !self.reconciled {
            changes.gone.extend(self.stored_but_missing(store, &now)?);
            self.reconciled = true;
        }
        self.seen = now;
        Ok(changes)
    }

    /// Sources stored from below the folders whose files are no longer there.
    fn stored_but_missing(&self, store: &GraphStore, now: &BTreeMap<PathBuf, Stamp>) -> Result<Vec<String>> {
        let present: BTreeSet<String> = now.keys().map(|p| input::source_name(p)).collect();
        let mut missing = BTreeSet::new();
        for (_, source) in store.sources()? {
            let file = match source.rfind("#L") {
                Some(at) if source[at + 2..].bytes().all(|b| b.is_ascii_digit()) => &source[..at],
                _ => source.as_str(),
            };
            let below = self.folders.iter().any(|f| Path::new(file).starts_with(f));
            if below && !present.contains(file) {
                missing.insert(file.to_string());
            }
        }
        Ok(missing.into_iter().collect())
    }
}
