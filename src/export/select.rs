//! Which part of the graph a picture shows: the neighbourhood of one entity,
//! class and relation filters, a floor on mentions, and a node budget for
//! graphs too large to read. Pure functions on a [`GraphView`]; no petgraph.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use super::GraphView;
use crate::error::{Error, Result};
use crate::schema::{EntityClass, Predicate};

/// The node budget of the default picture: more than this is not readable.
pub const DEFAULT_MAX_NODES: usize = 150;

/// What to keep. The default keeps everything.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    /// An entity label or alias: keep its neighbourhood only.
    pub focus: Option<String>,
    /// How many relation hops from the focus (ignored without one).
    pub depth: usize,
    /// Keep entities of these classes only (all when empty).
    pub classes: Vec<EntityClass>,
    /// Keep relations with these predicates only (all when empty).
    pub relations: Vec<Predicate>,
    /// Keep entities mentioned by at least this many articles.
    pub min_articles: usize,
    /// Keep at most this many entities, the most mentioned first.
    pub max_nodes: Option<usize>,
    /// Keep at most this many relations, the best attested first (Graphviz's
    /// layout time grows much faster than the number of edges).
    pub max_edges: Option<usize>,
    /// Keep entities that no shown relation touches (a picture leaves them out).
    pub isolated: bool,
}

impl Selection {
    fn is_filtered(&self) -> bool {
        self.focus.is_some() || !self.classes.is_empty() || !self.relations.is_empty() || self.min_articles > 1
    }
}

/// The part of the view a selection keeps, and a note for the reader about
/// what was left out (none when nothing was).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selected {
    pub view: GraphView,
    pub note: Option<String>,
    /// The focused entity's IRI.
    pub focus: Option<String>,
    /// Entities left out because no shown relation touches them.
    pub isolated_cut: usize,
    /// When the picture groups by community: each entity's community (number and name).
    pub communities: BTreeMap<String, (usize, String)>,
}

/// Applies `selection` to `view`. Errors when the focus names no entity.
pub fn select(view: &GraphView, selection: &Selection) -> Result<Selected> {
    let (focus, namesakes) = match &selection.focus {
        Some(name) => {
            let (iri, others) = find_entity(view, name)?;
            (Some(iri), others)
        }
        None => (None, Vec::new()),
    };
    let keep_node = |iri: &str| -> bool {
        if focus.as_deref() == Some(iri) {
            return true;
        }
        view.node(iri).is_some_and(|n| {
            (selection.classes.is_empty() || selection.classes.contains(&n.class))
                && n.articles >= selection.min_articles
        })
    };
    let mut nodes: BTreeSet<&str> = view.nodes.iter().map(|n| n.iri.as_str()).filter(|i| keep_node(i)).collect();
    let edge_ok = |e: &super::EdgeRow| selection.relations.is_empty() || selection.relations.contains(&e.predicate);

    if let Some(start) = &focus {
        nodes = neighbourhood(view, start, selection.depth, |e| {
            edge_ok(e) && nodes.contains(e.source.as_str()) && nodes.contains(e.target.as_str())
        });
    }

    let mut isolated_cut = 0;
    if !selection.isolated {
        let degree = degrees(view, &nodes, edge_ok);
        let before = nodes.len();
        nodes.retain(|n| degree.contains_key(n) || focus.as_deref() == Some(*n));
        isolated_cut = before - nodes.len();
    }

    let mut cut = 0;
    if let Some(max) = selection.max_nodes.filter(|max| *max > 0 && nodes.len() > *max) {
        let degree = degrees(view, &nodes, edge_ok);
        let mut ranked: Vec<&str> = nodes.iter().copied().collect();
        // Most mentioned first; then the best connected; then by name, for a stable cut.
        ranked.sort_by(|a, b| {
            let (na, nb) = (view.node(a), view.node(b));
            let key = |n: Option<&super::NodeRow>, iri: &str| {
                (n.map_or(0, |n| n.articles), degree.get(iri).copied().unwrap_or(0))
            };
            key(nb, b).cmp(&key(na, a)).then_with(|| view.label(a).cmp(view.label(b))).then_with(|| a.cmp(b))
        });
        let mut kept: BTreeSet<&str> = ranked.iter().take(max).copied().collect();
        if let Some(f) = focus.as_deref() {
            if !kept.contains(f) {
                kept.remove(ranked[max - 1]);
                kept.insert(f);
            }
        }
        if !selection.isolated {
            // Entities whose every neighbour was cut would float alone: cut them too.
            let degree = degrees(view, &kept, edge_ok);
            kept.retain(|n| degree.contains_key(n) || focus.as_deref() == Some(*n));
        }
        cut = nodes.len() - kept.len();
        nodes = kept;
    }

    let mut out_edges: Vec<_> = view
        .edges
        .iter()
        .filter(|e| edge_ok(e) && nodes.contains(e.source.as_str()) && nodes.contains(e.target.as_str()))
        .cloned()
        .collect();
    let mut edge_cut = 0;
    if let Some(max) = selection.max_edges.filter(|max| out_edges.len() > *max) {
        edge_cut = out_edges.len() - max;
        out_edges = strongest(out_edges, max);
        if !selection.isolated {
            let before = nodes.len();
            let touched: BTreeSet<String> =
                out_edges.iter().flat_map(|e| [e.source.clone(), e.target.clone()]).collect();
            nodes.retain(|n| touched.contains(*n) || focus.as_deref() == Some(*n));
            cut += before - nodes.len();
        }
    }
    let out_nodes: Vec<_> = view.nodes.iter().filter(|n| nodes.contains(n.iri.as_str())).cloned().collect();

    let counts = Counts { nodes: out_nodes.len(), edges: out_edges.len(), cut, edge_cut, isolated: isolated_cut };
    let mut note = note(view, selection, focus.as_deref(), &counts);
    if !namesakes.is_empty() {
        let also = format!(
            "Also named {}: {}; pick one with --focus \"NAME (CLASS)\".",
            focus.as_deref().map_or("", |f| view.label(f)),
            namesakes.join(", ")
        );
        note = Some(match note {
            Some(text) => format!("{text} {also}"),
            None => also,
        });
    }
    let view = GraphView { nodes: out_nodes, edges: out_edges, quotes: Vec::new(), articles: Vec::new() };
    Ok(Selected { view, note, focus, isolated_cut, communities: BTreeMap::new() })
}

/// The entity a user means by `name` after `--focus`: see [`find_node`].
pub fn find_entity(view: &GraphView, name: &str) -> Result<(String, Vec<String>)> {
    find_node(&view.nodes, name, "--focus")
        .map(|(i, others)| (view.nodes[i].iri.clone(), others))
        .map_err(|message| Error::Export { message })
}

/// The entity a user means by `name` (given after `option`, which error
/// messages repeat) among `nodes`, sorted by IRI: its label or one of its
/// aliases, compared without regard to case, optionally followed by its class
/// in parentheses ("Tessaline (Organization)"), or its IRI. A label wins over
/// an alias; among several entities of that name, the one mentioned in the most
/// articles wins (the others are returned as "label (class)") unless they tie.
/// Returns its index; the error is a message for people.
pub fn find_node(
    nodes: &[super::NodeRow],
    name: &str,
    option: &str,
) -> std::result::Result<(usize, Vec<String>), String> {
    if let Ok(i) = nodes.binary_search_by(|n| n.iri.as_str().cmp(name.trim())) {
        return Ok((i, Vec::new()));
    }
    let (wanted, class) = split_class(name);
    let wanted = wanted.to_lowercase();
    let class_ok = |(_, n): &(usize, &super::NodeRow)| class.is_none_or(|c| n.class == c);
    let by_label: Vec<(usize, &super::NodeRow)> =
        nodes.iter().enumerate().filter(|(_, n)| n.label.to_lowercase() == wanted).filter(class_ok).collect();
    let mut candidates = if by_label.is_empty() {
        nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| n.aliases.iter().any(|a| a.to_lowercase() == wanted))
            .filter(class_ok)
            .collect()
    } else {
        by_label
    };
    candidates.sort_by(|(_, a), (_, b)| b.articles.cmp(&a.articles).then_with(|| a.iri.cmp(&b.iri)));
    let describe = |n: &super::NodeRow| format!("{} ({})", n.label, n.class.name());
    match candidates.as_slice() {
        [] => {
            let mut near: Vec<&str> = nodes
                .iter()
                .filter(|n| !wanted.is_empty() && n.label.to_lowercase().contains(&wanted))
                .map(|n| n.label.as_str())
                .collect();
            near.dedup();
            near.truncate(5);
            let hint = if near.is_empty() { String::new() } else { format!(" (did you mean: {}?)", near.join(", ")) };
            Err(format!("{option} {name:?}: no entity has this label or alias{hint}"))
        }
        [(_, first), (_, second), ..] if first.articles == second.articles => {
            let tied: Vec<String> =
                candidates.iter().filter(|(_, n)| n.articles == first.articles).map(|(_, n)| describe(n)).collect();
            Err(format!(
                "{option} {name:?}: several entities have this name: {}; add the class, e.g. {option} \"{}\"",
                tied.join(", "),
                describe(first)
            ))
        }
        [(i, _), rest @ ..] => Ok((*i, rest.iter().map(|(_, n)| describe(n)).collect())),
    }
}

/// "Name (Class)" → ("Name", Some(class)); anything else → (name, None).
fn split_class(name: &str) -> (&str, Option<EntityClass>) {
    let name = name.trim();
    if let Some(open) = name.strip_suffix(')').and_then(|s| s.rfind('(').map(|i| (i, s))) {
        let (i, s) = open;
        if let Some(class) = EntityClass::parse(s[i + 1..].trim()) {
            return (s[..i].trim(), Some(class));
        }
    }
    (name, None)
}

/// Entities at most `depth` relation hops from `start`, relations taken both
/// ways, through the edges `usable` accepts.
fn neighbourhood<'a>(
    view: &'a GraphView,
    start: &str,
    depth: usize,
    usable: impl Fn(&super::EdgeRow) -> bool,
) -> BTreeSet<&'a str> {
    let mut adjacent: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for e in view.edges.iter().filter(|e| usable(e)) {
        adjacent.entry(e.source.as_str()).or_default().push(e.target.as_str());
        adjacent.entry(e.target.as_str()).or_default().push(e.source.as_str());
    }
    let mut seen = BTreeSet::new();
    let Some(start) = view.node(start).map(|n| n.iri.as_str()) else { return seen };
    seen.insert(start);
    let mut queue = VecDeque::from([(start, 0)]);
    while let Some((node, d)) = queue.pop_front() {
        if d == depth {
            continue;
        }
        for next in adjacent.get(node).into_iter().flatten() {
            if seen.insert(next) {
                queue.push_back((next, d + 1));
            }
        }
    }
    seen
}

/// The `max` best attested relations: first, for each entity, its best one
/// (so no entity is left alone), then the rest by number of articles and
/// confidence. Returned in the original order.
fn strongest(edges: Vec<super::EdgeRow>, max: usize) -> Vec<super::EdgeRow> {
    let mut order: Vec<usize> = (0..edges.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&edges[a], &edges[b]);
        y.articles.cmp(&x.articles).then_with(|| y.confidence.total_cmp(&x.confidence)).then_with(|| a.cmp(&b))
    });
    let mut keep = vec![false; edges.len()];
    let mut touched: BTreeSet<&str> = BTreeSet::new();
    let mut kept = 0;
    for &i in &order {
        let e = &edges[i];
        if kept < max && (!touched.contains(e.source.as_str()) || !touched.contains(e.target.as_str())) {
            keep[i] = true;
            kept += 1;
            touched.insert(&e.source);
            touched.insert(&e.target);
        }
    }
    for &i in &order {
        if kept < max && !keep[i] {
            keep[i] = true;
            kept += 1;
        }
    }
    edges.into_iter().zip(keep).filter(|(_, k)| *k).map(|(e, _)| e).collect()
}

fn degrees<'a>(
    view: &'a GraphView,
    nodes: &BTreeSet<&str>,
    edge_ok: impl Fn(&super::EdgeRow) -> bool,
) -> BTreeMap<&'a str, usize> {
    let mut degree = BTreeMap::new();
    for e in view.edges.iter().filter(|e| edge_ok(e)) {
        if nodes.contains(e.source.as_str()) && nodes.contains(e.target.as_str()) {
            *degree.entry(e.source.as_str()).or_default() += 1;
            *degree.entry(e.target.as_str()).or_default() += 1;
        }
    }
    degree
}

struct Counts {
    nodes: usize,
    edges: usize,
    /// Entities cut by the node budget.
    cut: usize,
    /// Relations among the shown entities cut by the edge budget.
    edge_cut: usize,
    /// Entities left out because no shown relation touches them.
    isolated: usize,
}

/// What the picture leaves out and how to see it; none when it shows everything.
fn note(view: &GraphView, selection: &Selection, focus: Option<&str>, counts: &Counts) -> Option<String> {
    if !selection.is_filtered() && counts.cut == 0 && counts.isolated == 0 {
        return None;
    }
    let mut parts = Vec::new();
    if let Some(f) = focus {
        let hops = if selection.depth == 1 { "1 hop".to_string() } else { format!("{} hops", selection.depth) };
        parts.push(format!("within {hops} of {}", view.label(f)));
    }
    if !selection.classes.is_empty() {
        let names: Vec<&str> = selection.classes.iter().map(|c| c.name()).collect();
        parts.push(format!("class {}", names.join(", ")));
    }
    if !selection.relations.is_empty() {
        let names: Vec<&str> = selection.relations.iter().map(|p| p.name()).collect();
        parts.push(format!("relation {}", names.join(", ")));
    }
    if selection.min_articles > 1 {
        parts.push(format!("in at least {} articles", selection.min_articles));
    }
    if counts.cut > 0 {
        parts.push(format!("the {} most mentioned", counts.nodes));
    }
    if counts.edge_cut > 0 {
        parts.push(format!("the {} best attested relations among them", counts.edges));
    }
    let which = if parts.is_empty() { String::new() } else { format!(" ({})", parts.join("; ")) };
    let mut text = format!(
        "Showing {} of {} entities and {} of {} relations{which}; left out: {} entities, {} relations.",
        counts.nodes,
        view.nodes.len(),
        counts.edges,
        view.edges.len(),
        view.nodes.len() - counts.nodes,
        view.edges.len() - counts.edges,
    );
    if counts.isolated > 0 {
        text.push_str(&format!(" {} of them have no relation shown here (--isolated shows them).", counts.isolated));
    }
    if counts.cut > 0 || counts.edge_cut > 0 {
        text.push_str(
            " See the rest with --focus NAME --depth N, --class, --relation, --min-articles or --max-nodes 0.",
        );
    }
    Some(text)
}
