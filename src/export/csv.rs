//! CSV for spreadsheets: `nodes.csv` and `edges.csv` (RFC 4180, header row, UTF-8).

use std::fs;
use std::path::{Path, PathBuf};

use super::GraphView;
use crate::error::{Error, Result};

/// Writes `nodes.csv` and `edges.csv` into `dir` (created if missing); returns their paths.
pub fn write_csv(view: &GraphView, dir: &Path) -> Result<Vec<PathBuf>> {
    fs::create_dir_all(dir).map_err(|source| Error::Io { path: dir.to_path_buf(), source })?;
    let labels: std::collections::HashMap<&str, &str> =
        view.nodes.iter().map(|n| (n.iri.as_str(), n.label.as_str())).collect();
    let label = |iri: &str| labels.get(iri).copied().unwrap_or(iri).to_string();

    let nodes_path = dir.join("nodes.csv");
    let mut nodes = writer(&nodes_path)?;
    let fail = |path: &Path, e: csv::Error| Error::Export { message: format!("{}: {e}", path.display()) };
    nodes
        .write_record(["id", "label", "class", "aliases", "wikidata", "articles"])
        .map_err(|e| fail(&nodes_path, e))?;
    for n in &view.nodes {
        let articles = n.articles.to_string();
        let aliases = n.aliases.join("; ");
        let record = [&n.iri, &n.label, n.class.name(), &aliases, n.wikidata.as_deref().unwrap_or(""), &articles];
        nodes.write_record(record).map_err(|e| fail(&nodes_path, e))?;
    }
    nodes.flush().map_err(|source| Error::Io { path: nodes_path.clone(), source })?;

    let edges_path = dir.join("edges.csv");
    let mut edges = writer(&edges_path)?;
    edges
        .write_record(["source", "relation", "target", "job_title", "articles", "confidence", "evidence", "source_id", "target_id"])
        .map_err(|e| fail(&edges_path, e))?;
    for e in &view.edges {
        let record = [
            label(&e.source),
            e.predicate.name().to_string(),
            label(&e.target),
            e.roles.join("; "),
            e.articles.to_string(),
            format!("{:.2}", e.confidence),
            e.evidence.clone(),
            e.source.clone(),
            e.target.clone(),
        ];
        edges.write_record(&record).map_err(|err| fail(&edges_path, err))?;
    }
    edges.flush().map_err(|source| Error::Io { path: edges_path.clone(), source })?;
    Ok(vec![nodes_path, edges_path])
}

fn writer(path: &Path) -> Result<csv::Writer<fs::File>> {
    let file = fs::File::create(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    Ok(csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(file))
}
