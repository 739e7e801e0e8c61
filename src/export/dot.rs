//! Graphviz DOT, built with petgraph (the only petgraph user): nodes labelled
//! and styled by class, edges labelled by relation (and job title).

use std::collections::HashMap;
use std::fmt;
use std::io::Write;

use petgraph::dot::{Config, Dot};
use petgraph::graph::DiGraph;
use petgraph::visit::NodeRef;

use super::{GraphView, NodeRow};
use crate::error::{Error, Result};
use crate::extract::EntityClass;

struct Node<'a>(&'a NodeRow);
struct Edge(String, bool);

impl fmt::Display for Node<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.label)
    }
}

impl fmt::Display for Edge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Shape and fill colour of each class.
fn style(class: EntityClass) -> (&'static str, &'static str) {
    match class {
        EntityClass::Person => ("ellipse", "#cfe2f3"),
        EntityClass::Organization => ("box", "#fde9b4"),
        EntityClass::AIModel => ("hexagon", "#d9ead3"),
        EntityClass::Product => ("component", "#ead1dc"),
        EntityClass::Place => ("house", "#e6e6e6"),
    }
}

/// Writes the view as a DOT digraph. Symmetric relations have no arrowhead.
pub fn write_dot(view: &GraphView, out: &mut dyn Write) -> Result<()> {
    let mut graph = DiGraph::new();
    let mut index = HashMap::new();
    for node in &view.nodes {
        index.insert(node.iri.as_str(), graph.add_node(Node(node)));
    }
    for edge in &view.edges {
        let (Some(&s), Some(&t)) = (index.get(edge.source.as_str()), index.get(edge.target.as_str())) else {
            continue;
        };
        let mut label = edge.predicate.name().to_string();
        if !edge.roles.is_empty() {
            label = format!("{label}\n({})", edge.roles.join(", "));
        }
        graph.add_edge(s, t, Edge(label, edge.predicate.is_symmetric()));
    }
    let node_attrs = |_, n: (petgraph::graph::NodeIndex, &Node)| {
        let (shape, fill) = style(n.weight().0.class);
        format!("shape={shape} style=filled fillcolor=\"{fill}\" ")
    };
    let edge_attrs = |_, e: petgraph::graph::EdgeReference<'_, Edge>| {
        if e.weight().1 { "dir=none ".to_string() } else { String::new() }
    };
    let dot = Dot::with_attr_getters(&graph, &[Config::GraphContentOnly], &edge_attrs, &node_attrs);
    let text = format!(
        "digraph newsgraph {{\n    graph [rankdir=LR fontname=\"Helvetica\"]\n    node [fontname=\"Helvetica\" fontsize=11]\n    edge [fontname=\"Helvetica\" fontsize=9 color=\"#666666\"]\n{dot}}}\n"
    );
    out.write_all(text.as_bytes()).map_err(|e| Error::Export { message: e.to_string() })
}
