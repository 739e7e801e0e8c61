//! Exports read back by independent parsers: Graphviz `dot`, a CSV reader, RDF parsers.

use std::path::PathBuf;
use std::process::Command;

use oxigraph::io::{RdfFormat, RdfParser};

use crate::support::*;

fn examples_store() -> (Scratch, PathBuf) {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&examples().join("articles"))]);
    (s, db)
}

#[test]
fn dot_renders_with_graphviz() {
    let (s, db) = examples_store();
    let dot_file = s.path("graph.dot");
    ok(&db, &["export", "--format", "dot", "-o", p(&dot_file)]);
    let dot = std::fs::read_to_string(&dot_file).unwrap();
    assert!(dot.starts_with("digraph newsgraph {"), "{dot}");
    assert!(dot.contains("label = \"Tessaline\""), "nodes are labelled");
    assert!(dot.contains("worksFor"), "edges are labelled by relation");
    assert!(dot.contains("shape=box") && dot.contains("shape=ellipse"), "nodes are styled by class");
    let svg = Command::new("dot").arg("-Tsvg").arg(&dot_file).output().expect("Graphviz `dot` is installed");
    assert!(svg.status.success(), "dot failed: {}", String::from_utf8_lossy(&svg.stderr));
    let svg = String::from_utf8(svg.stdout).unwrap();
    assert!(svg.contains("<svg") && svg.contains("Tessaline"));
    assert!(svg.contains("Hélène Castagnier"), "non-ASCII labels survive");
}

#[test]
fn dot_output_is_deterministic() {
    let (_s, db) = examples_store();
    let a = ok(&db, &["export", "--format", "dot"]);
    let (_t, db2) = examples_store();
    assert_eq!(a, ok(&db2, &["export", "--format", "dot"]));
}

#[test]
fn csv_opens_into_the_right_columns() {
    let (s, db) = examples_store();
    let dir = s.path("csv");
    ok(&db, &["export", "--format", "csv", "-o", p(&dir)]);

    let mut nodes = csv::Reader::from_path(dir.join("nodes.csv")).unwrap();
    assert_eq!(nodes.headers().unwrap(), vec!["id", "label", "class", "aliases", "wikidata", "articles"]);
    let rows: Vec<csv::StringRecord> = nodes.records().map(Result::unwrap).collect();
    let helene = rows.iter().find(|r| &r[1] == "Hélène Castagnier").expect("a non-ASCII name intact");
    assert_eq!(&helene[2], "Person");
    let tessaline = rows.iter().find(|r| &r[1] == "Tessaline").expect("Tessaline");
    assert!(tessaline[5].parse::<usize>().unwrap() >= 3);

    let mut edges = csv::Reader::from_path(dir.join("edges.csv")).unwrap();
    assert_eq!(
        edges.headers().unwrap(),
        vec!["source", "relation", "target", "job_title", "articles", "confidence", "evidence", "source_id", "target_id"]
    );
    let rows: Vec<csv::StringRecord> = edges.records().map(Result::unwrap).collect();
    assert!(rows.iter().all(|r| r.len() == 9));
    assert!(rows.iter().any(|r| &r[1] == "worksFor" && !r[3].is_empty()), "a job title column is filled");
    assert!(
        rows.iter().any(|r| r[6].contains(',') && r[6].contains('"')),
        "an evidence sentence with commas and quotes stays in one cell"
    );
}

fn parse_count(format: RdfFormat, data: &[u8]) -> usize {
    let quads: Vec<_> = RdfParser::from_format(format).for_slice(data).collect::<Result<_, _>>().expect("valid RDF");
    quads.len()
}

#[test]
fn rdf_dumps_parse_back_to_the_same_number_of_triples() {
    let (_s, db) = examples_store();
    let stats = ok(&db, &["stats"]);
    let number = |label: &str| -> usize {
        let line = stats.lines().find(|l| l.starts_with(label)).expect(label);
        line.split_whitespace().nth(1).unwrap().parse().unwrap()
    };
    let (triples, quads) = (number("triples"), number("quads"));
    assert!(triples > 100);
    for (flag, format) in [("turtle", RdfFormat::Turtle), ("ntriples", RdfFormat::NTriples)] {
        let out = ok(&db, &["export", "--format", flag]);
        assert_eq!(parse_count(format, out.as_bytes()), triples, "{flag}");
    }
    for (flag, format) in [("nquads", RdfFormat::NQuads), ("trig", RdfFormat::TriG)] {
        let out = ok(&db, &["export", "--format", flag]);
        assert_eq!(parse_count(format, out.as_bytes()), quads, "{flag}");
    }
}

#[test]
fn csv_export_needs_a_folder() {
    let (_s, db) = examples_store();
    let out = run(&db, &["export", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("-o"), "{}", stderr(&out));
}
