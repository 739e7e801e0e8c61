//! Pictures of analyses in Graphviz DOT: the shortest paths between two
//! entities (each relation's evidence as its tooltip), and the colours that
//! tell communities apart in the graph's picture.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::Write;

use super::{Network, Paths};
use crate::error::{Error, Result};
use crate::export::{class_style, quoted};

/// Fill colours for communities, cycled (light enough for black text).
const PALETTE: &[&str] = &[
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd",
    "#ccebc5", "#ffed6f",
];

/// The fill colour of community `id` (1-based).
pub fn community_colour(id: usize) -> &'static str {
    PALETTE[(id.max(1) - 1) % PALETTE.len()]
}

/// Writes the paths as a DOT digraph: their entities, styled by class (the
/// two ends outlined), and each relation on them once, labelled by its name
/// and job title, its evidence sentence and article as the tooltip (read
/// them first with [`Network::read_evidence`]).
pub fn write_path_dot(net: &Network, paths: &Paths, out: &mut dyn Write) -> Result<()> {
    let mut entities: BTreeSet<usize> = BTreeSet::from([paths.from, paths.to]);
    let mut relations: BTreeSet<usize> = BTreeSet::new();
    for path in &paths.paths {
        for hop in &path.hops {
            entities.insert(hop.from);
            entities.insert(hop.to);
            relations.extend(hop.relations.iter().copied());
        }
    }
    let (from, to) = (&net.entities[paths.from].label, &net.entities[paths.to].label);
    let title = match paths.length {
        Some(n) => format!("{from} → {to}: {} shortest path(s) of {n} hop(s)", paths.found),
        None => format!("{from} → {to}: no path"),
    };
    let mut text = String::from("digraph paths {\n");
    let _ =
        writeln!(text, "    graph [rankdir=LR fontname=\"Helvetica\" fontsize=11 labelloc=t label={}]", quoted(&title));
    text.push_str("    node [fontname=\"Helvetica\" fontsize=11 style=filled]\n");
    text.push_str("    edge [fontname=\"Helvetica\" fontsize=9 color=\"#666666\" fontcolor=\"#444444\"]\n");
    for &e in &entities {
        let node = &net.entities[e];
        let (shape, fill) = class_style(node.class);
        let pen = if e == paths.from || e == paths.to { " penwidth=3" } else { "" };
        let _ = writeln!(text, "    n{e} [label = {} shape={shape} fillcolor=\"{fill}\"{pen}]", quoted(&node.label));
    }
    for &r in &relations {
        let relation = &net.relations[r];
        let roles = relation.roles();
        let label = if roles.is_empty() {
            relation.predicate.name().to_string()
        } else {
            format!("{}\n({})", relation.predicate.name(), roles.join(", "))
        };
        let tooltip = match net.evidence(relation) {
            Some(statement) => {
                let article = &net.articles[statement.article];
                let date = article.date.as_deref().map(|d| format!(", {d}")).unwrap_or_default();
                format!("{} — {}{date}", statement.sentence, article.title)
            }
            None => relation.predicate.label().to_string(),
        };
        let dir = if relation.predicate.is_symmetric() { " dir=none" } else { "" };
        let _ = writeln!(
            text,
            "    n{} -> n{} [label = {} tooltip = {}{dir}]",
            relation.source,
            relation.target,
            quoted(&label),
            quoted(&tooltip)
        );
    }
    text.push_str("}\n");
    out.write_all(text.as_bytes()).map_err(|source| Error::Write { what: "dot", source })
}
