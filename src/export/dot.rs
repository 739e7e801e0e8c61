//! Graphviz DOT, built with petgraph (the only petgraph user): nodes labelled
//! and styled by class with a legend, edges labelled by relation and job title,
//! symmetric relations drawn once without arrowheads, a note saying what the
//! picture leaves out. Every string is escaped; the output is deterministic.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write;

use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;

use super::{EdgeRow, NodeRow, Selected};
use crate::error::{Error, Result};
use crate::schema::EntityClass;

/// Shape and fill colour of each class.
pub fn style(class: EntityClass) -> (&'static str, &'static str) {
    match class {
        EntityClass::Person => ("ellipse", "#cfe2f3"),
        EntityClass::Organization => ("box", "#fde9b4"),
        EntityClass::AIModel => ("hexagon", "#d9ead3"),
        EntityClass::Product => ("component", "#ead1dc"),
        EntityClass::Place => ("house", "#e6e6e6"),
    }
}

/// One drawn edge: a relation, or both directions of a symmetric one.
struct Drawn {
    label: String,
    symmetric: bool,
    articles: usize,
}

/// A DOT string literal: quotes and backslashes escaped, line breaks as `\n`.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes the selected part of the graph as a DOT digraph.
pub fn write_dot(selected: &Selected, out: &mut dyn Write) -> Result<()> {
    let view = &selected.view;
    let mut graph: DiGraph<&NodeRow, Drawn> = DiGraph::new();
    let mut index: BTreeMap<&str, NodeIndex> = BTreeMap::new();
    for node in &view.nodes {
        index.insert(node.iri.as_str(), graph.add_node(node));
    }
    // Symmetric relations once: both directions of a pair become one edge.
    let mut symmetric: BTreeMap<(&str, &str, &str), Vec<&EdgeRow>> = BTreeMap::new();
    for edge in &view.edges {
        let (Some(&s), Some(&t)) = (index.get(edge.source.as_str()), index.get(edge.target.as_str())) else {
            continue;
        };
        if edge.predicate.is_symmetric() {
            let (a, b) =
                if edge.source <= edge.target { (&edge.source, &edge.target) } else { (&edge.target, &edge.source) };
            symmetric.entry((a.as_str(), edge.predicate.name(), b.as_str())).or_default().push(edge);
            continue;
        }
        graph.add_edge(
            s,
            t,
            Drawn { label: edge_label(edge.predicate.name(), &edge.roles), symmetric: false, articles: edge.articles },
        );
    }
    for ((a, name, b), edges) in symmetric {
        let mut roles: Vec<String> = edges.iter().flat_map(|e| e.roles.iter().cloned()).collect();
        roles.sort();
        roles.dedup();
        let articles = edges.iter().map(|e| e.articles).max().unwrap_or(0);
        graph.add_edge(index[a], index[b], Drawn { label: edge_label(name, &roles), symmetric: true, articles });
    }

    let mut text = String::new();
    text.push_str("digraph newsgraph {\n");
    if let Some(note) = &selected.note {
        let _ = writeln!(text, "    // {}", note.replace('\n', " "));
    }
    text.push_str("    graph [rankdir=LR fontname=\"Helvetica\" fontsize=10 labelloc=b labeljust=l");
    if let Some(note) = &selected.note {
        let _ = write!(text, " label={}", quoted(&wrap(note, 110)));
    }
    text.push_str("]\n");
    text.push_str("    node [fontname=\"Helvetica\" fontsize=11 style=filled]\n");
    text.push_str("    edge [fontname=\"Helvetica\" fontsize=9 color=\"#666666\" fontcolor=\"#444444\"]\n");
    // Grouped by community when asked: one cluster each, filled with its colour.
    let mut groups: BTreeMap<Option<usize>, Vec<NodeIndex>> = BTreeMap::new();
    for i in graph.node_indices() {
        groups.entry(selected.communities.get(graph[i].iri.as_str()).map(|c| c.0)).or_default().push(i);
    }
    for (community, members) in &groups {
        let indent = if community.is_some() { "        " } else { "    " };
        if let Some(id) = community {
            let name = selected.communities.get(graph[members[0]].iri.as_str()).map_or("", |c| c.1.as_str());
            let _ = writeln!(
                text,
                "    subgraph cluster_c{id} {{\n        label={} style=\"rounded\" color=\"#888888\" fontsize=10",
                quoted(&format!("community {id}: {name}"))
            );
        }
        for &i in members {
            let node = graph[i];
            let (shape, class_fill) = style(node.class);
            let fill = community.map_or(class_fill, crate::analysis::community_colour);
            let plural = if node.articles == 1 { "" } else { "s" };
            let mut tooltip = format!("{} · {} · {} article{plural}", node.label, node.class.label(), node.articles);
            if let Some(id) = community {
                tooltip.push_str(&format!(" · community {id}"));
            }
            let pen = if selected.focus.as_deref() == Some(node.iri.as_str()) { " penwidth=3" } else { "" };
            let _ = writeln!(
                text,
                "{indent}n{} [label = {} shape={shape} fillcolor=\"{fill}\" tooltip={}{pen}]",
                i.index(),
                quoted(&node.label),
                quoted(&tooltip)
            );
        }
        if community.is_some() {
            text.push_str("    }\n");
        }
    }
    for e in graph.edge_references() {
        let drawn = e.weight();
        let width = 1.0 + (drawn.articles.saturating_sub(1).min(4) as f64) * 0.5;
        let dir = if drawn.symmetric { " dir=none" } else { "" };
        let _ = writeln!(
            text,
            "    n{} -> n{} [label = {}{dir} penwidth={width:.1}]",
            e.source().index(),
            e.target().index(),
            quoted(&drawn.label)
        );
    }
    let by_community = !selected.communities.is_empty();
    legend(&mut text, &view.nodes, graph.edge_references().any(|e| e.weight().symmetric), by_community);
    text.push_str("}\n");
    out.write_all(text.as_bytes()).map_err(|source| Error::Write { what: "dot", source })
}

fn edge_label(relation: &str, roles: &[String]) -> String {
    if roles.is_empty() {
        relation.to_string()
    } else {
        format!("{relation}\n({})", roles.join(", "))
    }
}

/// A boxed legend: one sample node per class present, and what an edge without
/// arrowheads means when there is one. With the nodes filled by community, the
/// samples show the classes' shapes only (no class colour), and a line says
/// what the colours are.
fn legend(text: &mut String, nodes: &[NodeRow], symmetric: bool, by_community: bool) {
    let classes: Vec<EntityClass> =
        EntityClass::ALL.into_iter().filter(|c| nodes.iter().any(|n| n.class == *c)).collect();
    if classes.is_empty() {
        return;
    }
    text.push_str("    subgraph cluster_legend {\n");
    text.push_str("        label=\"Legend\" labelloc=t fontsize=10 style=rounded color=\"#999999\"\n");
    for class in &classes {
        let (shape, class_fill) = style(*class);
        let fill = if by_community { "#ffffff" } else { class_fill };
        let _ = writeln!(
            text,
            "        legend_{} [label = {} shape={shape} fillcolor=\"{fill}\" fontsize=9]",
            class.name(),
            quoted(class.label())
        );
    }
    for pair in classes.windows(2) {
        let _ = writeln!(text, "        legend_{} -> legend_{} [style=invis]", pair[0].name(), pair[1].name());
    }
    if by_community {
        text.push_str(
            "        legend_colour [label=\"fill colour: community\\n(each box is one)\" shape=plaintext fontsize=9]\n",
        );
    }
    if symmetric {
        text.push_str("        legend_a [label=\"\" shape=point width=0.05]\n");
        text.push_str("        legend_b [label=\"\" shape=point width=0.05]\n");
        text.push_str("        legend_a -> legend_b [label=\"no arrowheads:\\nholds both ways\" dir=none]\n");
    }
    text.push_str("    }\n");
}

/// Breaks a long note into lines of about `width` characters.
fn wrap(text: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + word.chars().count() + 1 > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines.join("\n")
}
