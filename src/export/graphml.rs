//! GraphML for Gephi, yEd and Cytoscape: one node per entity (label, class,
//! aliases, Wikidata, articles) and one edge per relation (relation, job
//! title, articles, confidence, evidence), all as declared `<data>` keys; each
//! node also has its `community` and PageRank (`rank`) for Gephi.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write;

use super::GraphView;
use crate::error::{Error, Result};

/// Text for XML content and attribute values: markup characters escaped,
/// characters XML 1.0 forbids dropped.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

const KEYS: &[(&str, &str, &str, &str)] = &[
    // id, for, attr.name, attr.type
    ("label", "node", "label", "string"),
    ("class", "node", "class", "string"),
    ("aliases", "node", "aliases", "string"),
    ("wikidata", "node", "wikidata", "string"),
    ("mentions", "node", "articles", "int"),
    ("community", "node", "community", "int"),
    ("rank", "node", "rank", "double"),
    ("relation", "edge", "relation", "string"),
    ("job_title", "edge", "job_title", "string"),
    ("symmetric", "edge", "symmetric", "boolean"),
    ("edge_articles", "edge", "articles", "int"),
    ("confidence", "edge", "confidence", "double"),
    ("evidence", "edge", "evidence", "string"),
];

/// An entity's community number (none when it has no relation) and PageRank.
pub type NodeFigures = BTreeMap<String, (Option<usize>, f64)>;

/// Writes the view as a GraphML document. Node ids are the entity IRIs;
/// `figures` gives each entity's `community` and `rank` attributes.
pub fn write_graphml(view: &GraphView, figures: &NodeFigures, out: &mut dyn Write) -> Result<()> {
    let mut text = String::new();
    text.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    text.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (id, domain, name, kind) in KEYS {
        let _ = writeln!(text, "  <key id=\"{id}\" for=\"{domain}\" attr.name=\"{name}\" attr.type=\"{kind}\"/>");
    }
    text.push_str("  <graph id=\"newsgraph\" edgedefault=\"directed\">\n");
    let data = |text: &mut String, key: &str, value: &str| {
        if !value.is_empty() {
            let _ = writeln!(text, "      <data key=\"{key}\">{}</data>", xml_escape(value));
        }
    };
    for n in &view.nodes {
        let _ = writeln!(text, "    <node id=\"{}\">", xml_escape(&n.iri));
        data(&mut text, "label", &n.label);
        data(&mut text, "class", n.class.name());
        data(&mut text, "aliases", &n.aliases.join("; "));
        data(&mut text, "wikidata", n.wikidata.as_deref().unwrap_or(""));
        data(&mut text, "mentions", &n.articles.to_string());
        if let Some((community, rank)) = figures.get(&n.iri) {
            data(&mut text, "community", &community.map(|c| c.to_string()).unwrap_or_default());
            data(&mut text, "rank", &format!("{rank:.6}"));
        }
        text.push_str("    </node>\n");
    }
    for (i, e) in view.edges.iter().enumerate() {
        if view.node(&e.source).is_none() || view.node(&e.target).is_none() {
            continue;
        }
        let directed = if e.predicate.is_symmetric() { " directed=\"false\"" } else { "" };
        let _ = writeln!(
            text,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\"{directed}>",
            xml_escape(&e.source),
            xml_escape(&e.target)
        );
        data(&mut text, "relation", e.predicate.name());
        data(&mut text, "job_title", &e.roles.join("; "));
        data(&mut text, "symmetric", if e.predicate.is_symmetric() { "true" } else { "false" });
        data(&mut text, "edge_articles", &e.articles.to_string());
        data(&mut text, "confidence", &format!("{:.2}", e.confidence));
        data(&mut text, "evidence", &e.evidence);
        text.push_str("    </edge>\n");
    }
    text.push_str("  </graph>\n</graphml>\n");
    out.write_all(text.as_bytes()).map_err(|source| Error::Write { what: "graphml", source })
}
