//! `newsgraph eval GOLD_DIR`: scores extraction against gold annotations in the
//! format of the evaluation guidelines (NAME.txt + NAME.gold.json), by the same
//! rules as the project's `score.py`, so users can measure newsgraph on articles
//! they annotate themselves.
//!
//! Predictions are read from the quads ingest would store for each article (the
//! same entities, labels, relations and quotes a store would answer with).

mod annotation;
mod score;

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::extract::{extract, Resources};
use crate::graph::article_quads;
use crate::input::article_from_bytes;

pub use annotation::{Annotation, GoldEntity, GoldQuote, GoldRelation};
pub use score::{score_document, Counts, DocResult, Totals};

/// Scores every NAME.gold.json in `gold_dir` against newsgraph's extraction of NAME.txt.
pub fn evaluate(gold_dir: &Path, resources: &Resources) -> Result<Vec<DocResult>> {
    let mut results = Vec::new();
    for (name, gold_path) in gold_files(gold_dir)? {
        let gold = annotation::load(&gold_path)?;
        let txt = gold_dir.join(format!("{name}.txt"));
        let bytes = std::fs::read(&txt).map_err(|source| Error::Io { path: txt.clone(), source })?;
        let article = article_from_bytes(&bytes, txt.display().to_string(), txt.display().to_string(), false)
            .map_err(|reason| Error::BadArticle { path: txt.clone(), reason })?;
        let extraction = extract(&article.text, resources);
        let predicted = annotation::from_quads(&article_quads(&article, &extraction));
        results.push(score_document(&name, &gold, &predicted));
    }
    if results.is_empty() {
        return Err(Error::BadArticle { path: gold_dir.to_path_buf(), reason: "no NAME.gold.json files".into() });
    }
    Ok(results)
}

/// (NAME, path) of every `NAME.gold.json` in the folder, sorted.
fn gold_files(dir: &Path) -> Result<Vec<(String, PathBuf)>> {
    let entries = std::fs::read_dir(dir).map_err(|source| Error::Io { path: dir.to_path_buf(), source })?;
    let mut found = Vec::new();
    for entry in entries {
        let path = entry.map_err(|source| Error::Io { path: dir.to_path_buf(), source })?.path();
        let name = path.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_suffix(".gold.json"));
        if let Some(name) = name {
            found.push((name.to_string(), path.clone()));
        }
    }
    found.sort();
    Ok(found)
}
