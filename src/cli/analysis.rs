//! The analysis commands (`path`, `rank`, `communities`, `changes`): the store
//! read once into a network, the library's analysis run, its typed answer
//! written as a table, CSV, JSON or a picture.

use std::io::{self, Write};
use std::path::{Path as FsPath, PathBuf};

use serde_json::{json, Value};

use newsgraph::analysis::{
    self, entity_json, paths_json, Changes, Communities, Measure, Network, PathOptions, Paths, Ranking, Relation,
    Scope, Window,
};
use newsgraph::error::{Error, Result};
use newsgraph::export::RenderFormat;
use newsgraph::schema::{EntityClass, Predicate};
use newsgraph::store::{Access, GraphStore};

use super::args::{PathFormat, TableFormat};
use super::Outcome;

fn load(db: &FsPath, scope: &Scope) -> Result<(GraphStore, Network)> {
    let store = GraphStore::open(db, Access::Existing)?;
    let net = Network::load(&store, scope)?;
    Ok((store, net))
}

fn write_out(text: &str) -> Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|()| out.flush()).map_err(|source| Error::Io { path: "-".into(), source })
}

fn named(net: &Network, e: usize) -> String {
    let n = &net.entities[e];
    format!("{} ({})", n.label, n.class.name())
}

/// "A —worksFor (CEO)→ B", "A ←acquired— B", "A —partnersWith— B", seen from `from`.
fn arrow(net: &Network, relation: &Relation, from: usize) -> String {
    let roles = relation.roles();
    let name = if roles.is_empty() {
        relation.predicate.name().to_string()
    } else {
        format!("{} ({})", relation.predicate.name(), roles.join(", "))
    };
    let to = relation.other(from);
    let (a, b) = (&net.entities[from].label, &net.entities[to].label);
    if relation.predicate.is_symmetric() {
        format!("{a} —{name}— {b}")
    } else if relation.source == from {
        format!("{a} —{name}→ {b}")
    } else {
        format!("{a} ←{name}— {b}")
    }
}

/// The evidence lines under a hop or a relation: the sentence, then the article.
fn evidence_lines(net: &Network, relation: &Relation, indent: &str) -> String {
    let Some(s) = net.evidence(relation) else { return format!("{indent}(no evidence in these articles)\n") };
    let a = &net.articles[s.article];
    let date = a.date.as_deref().map(|d| format!(" ({d})")).unwrap_or_default();
    let more = match relation.articles {
        1 => String::new(),
        n => format!(" [stated in {n} articles]"),
    };
    format!("{indent}“{}”\n{indent}— {}{date}{more}\n", s.sentence, a.title)
}

/// `newsgraph path`.
pub fn path(
    db: &FsPath,
    (from, to): (&str, &str),
    options: PathOptions,
    scope: &Scope,
    format: PathFormat,
    render: Option<RenderFormat>,
    output: Option<PathBuf>,
) -> Result<Outcome> {
    let (store, mut net) = load(db, scope)?;
    let (a, also_a) = net.find(from, "path")?;
    let (b, also_b) = net.find(to, "path")?;
    for (chosen, also) in [(a, also_a), (b, also_b)] {
        if !also.is_empty() {
            eprintln!(
                "note: {} chosen; also named so: {} (name one with \"NAME (CLASS)\")",
                named(&net, chosen),
                also.join(", ")
            );
        }
    }
    let paths = analysis::shortest_paths(&net, a, b, options);
    net.read_evidence(&store, &paths.relations())?;
    let format = if render.is_some() { PathFormat::Dot } else { format };
    let text = match format {
        PathFormat::Table => paths_table(&net, &paths, options, scope),
        PathFormat::Json => {
            let mut value = paths_json(&net, &paths);
            value["max_hops"] = json!(options.max_hops);
            serde_json::to_string_pretty(&value).expect("JSON values serialize") + "\n"
        }
        PathFormat::Dot => {
            let mut dot = Vec::new();
            analysis::write_path_dot(&net, &paths, &mut dot)?;
            String::from_utf8(dot).expect("DOT is UTF-8")
        }
    };
    match (render, &output) {
        (Some(kind), Some(file)) => {
            newsgraph::export::render(text.as_bytes(), kind, file)?;
            eprintln!("wrote {}", file.display());
        }
        (_, Some(file)) => {
            std::fs::write(file, &text).map_err(|source| Error::Io { path: file.clone(), source })?;
            eprintln!("wrote {}", file.display());
        }
        _ => write_out(&text)?,
    }
    if paths.length.is_none() && format != PathFormat::Table {
        eprintln!("no path within {} hops", options.max_hops);
    }
    Ok(if paths.length.is_some() { Outcome::Success } else { Outcome::PartialFailure })
}

fn paths_table(net: &Network, paths: &Paths, options: PathOptions, scope: &Scope) -> String {
    let (a, b) = (named(net, paths.from), named(net, paths.to));
    let within = scope.window.describe().map(|w| format!(" in {w}")).unwrap_or_default();
    let Some(length) = paths.length else {
        return format!("no path from {a} to {b} within {} hops{within}\n", options.max_hops);
    };
    let hops = if length == 1 { "1 hop".to_string() } else { format!("{length} hops") };
    let count = match paths.found {
        1 => "1 shortest path".to_string(),
        n if n >= analysis::MAX_COUNTED => format!("at least {n} shortest paths"),
        n => format!("{n} shortest paths"),
    };
    let shown = if paths.paths.len() < paths.found {
        format!(", the {} best attested shown", paths.paths.len())
    } else {
        String::new()
    };
    let mut text = format!("{a} → {b}: {count} of {hops}{shown}{within}\n");
    for (i, path) in paths.paths.iter().enumerate() {
        let names: Vec<&str> = path.entities().iter().map(|&e| net.entities[e].label.as_str()).collect();
        text.push_str(&format!("\n{}. {}\n", i + 1, names.join(" → ")));
        for hop in &path.hops {
            for &r in &hop.relations {
                let relation = &net.relations[r];
                text.push_str(&format!("   {}\n", arrow(net, relation, hop.from)));
                text.push_str(&evidence_lines(net, relation, "       "));
            }
        }
    }
    text
}

/// Aligned columns; numbers (cells that parse as one) right-aligned.
fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let numeric: Vec<bool> =
        (0..header.len()).map(|i| !rows.is_empty() && rows.iter().all(|r| r[i].parse::<f64>().is_ok())).collect();
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let pad = " ".repeat(widths[i] - c.chars().count());
                if numeric[i] {
                    format!("{pad}{c}")
                } else {
                    format!("{c}{pad}")
                }
            })
            .collect();
        padded.join("  ").trim_end().to_string() + "\n"
    };
    let mut text = line(header.to_vec());
    for row in rows {
        text.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    text
}

fn csv_text(header: &[&str], rows: &[Vec<String>]) -> Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| Error::Csv { path: "-".into(), source: e };
    writer.write_record(header).map_err(fail)?;
    for row in rows {
        writer.write_record(row).map_err(fail)?;
    }
    let bytes = writer.into_inner().map_err(|e| Error::Write { what: "csv", source: e.into_error() })?;
    Ok(String::from_utf8(bytes).expect("CSV of UTF-8 cells is UTF-8"))
}

/// `newsgraph rank`.
pub fn rank(
    db: &FsPath,
    by: Measure,
    classes: &[EntityClass],
    scope: &Scope,
    limit: usize,
    format: TableFormat,
) -> Result<Outcome> {
    let (_store, net) = load(db, scope)?;
    let ranking = analysis::rank(&net, by, classes, limit);
    write_out(&ranking_text(&net, &ranking, scope, format)?)?;
    Ok(Outcome::Success)
}

fn ranking_text(net: &Network, ranking: &Ranking, scope: &Scope, format: TableFormat) -> Result<String> {
    let header = ["rank", "entity", "class", "relations", "articles", "pagerank", "betweenness"];
    let rows: Vec<Vec<String>> = ranking
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let n = &net.entities[r.entity];
            vec![
                (i + 1).to_string(),
                n.label.clone(),
                n.class.name().to_string(),
                r.degree.to_string(),
                r.weighted.to_string(),
                format!("{:.5}", r.pagerank),
                format!("{:.1}", r.betweenness),
            ]
        })
        .collect();
    Ok(match format {
        TableFormat::Table => {
            let by = format!("{:?}", ranking.by).to_lowercase();
            let within = scope.window.describe().map(|w| format!(", {w}")).unwrap_or_default();
            let mut text =
                format!("by {by} ({} entities, {} relations{within})\n", net.entities.len(), net.relations.len());
            text.push_str(&table(&header, &rows));
            if let Some(k) = ranking.sampled {
                text.push_str(&format!("betweenness estimated from {k} source entities spread over the graph\n"));
            }
            text
        }
        TableFormat::Csv => {
            let mut header = header.to_vec();
            header.push("id");
            let rows: Vec<Vec<String>> = rows
                .into_iter()
                .zip(&ranking.rows)
                .map(|(mut row, r)| {
                    row[5] = format!("{}", r.pagerank);
                    row[6] = format!("{}", r.betweenness);
                    row.push(net.entities[r.entity].iri.clone());
                    row
                })
                .collect();
            csv_text(&header, &rows)?
        }
        TableFormat::Json => {
            let rows: Vec<Value> = ranking
                .rows
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let mut v = entity_json(net, r.entity);
                    v["rank"] = json!(i + 1);
                    v["relations"] = json!(r.degree);
                    v["articles"] = json!(r.weighted);
                    v["pagerank"] = json!(r.pagerank);
                    v["betweenness"] = json!(r.betweenness);
                    v
                })
                .collect();
            let by = format!("{:?}", ranking.by).to_lowercase();
            let value = json!({ "by": by, "betweenness_sources": ranking.sampled, "entities": rows });
            serde_json::to_string_pretty(&value).expect("JSON values serialize") + "\n"
        }
    })
}

/// How much of the communities to show.
pub struct Shown {
    pub min_size: usize,
    pub limit: usize,
    pub members: usize,
}

/// `newsgraph communities`.
pub fn communities(db: &FsPath, scope: &Scope, shown: Shown, write: bool, format: TableFormat) -> Result<Outcome> {
    let store = GraphStore::open(db, Access::Existing)?;
    let net = Network::load(&store, scope)?;
    let found = analysis::communities(&net);
    write_out(&communities_text(&net, &found, &shown, format)?)?;
    if write {
        let triples = analysis::write_communities(&store, &net, &found)?;
        eprintln!(
            "wrote {} communities ({triples} triples) to the graph <{}>",
            found.list.len(),
            newsgraph::vocab::COMMUNITIES_GRAPH
        );
    }
    Ok(Outcome::Success)
}

fn communities_text(net: &Network, found: &Communities, shown: &Shown, format: TableFormat) -> Result<String> {
    let listed: Vec<&analysis::Community> = found
        .list
        .iter()
        .filter(|c| c.members.len() >= shown.min_size.max(1))
        .take(if shown.limit == 0 { usize::MAX } else { shown.limit })
        .collect();
    Ok(match format {
        TableFormat::Table => {
            let without = found.of.iter().filter(|c| c.is_none()).count();
            let mut text = format!(
                "{} communities among {} entities (modularity {:.3}); {without} entities without relations are in none\n",
                found.list.len(),
                net.entities.len() - without,
                found.modularity
            );
            for c in &listed {
                text.push_str(&format!(
                    "\ncommunity {}: {} ({} entities, {} relations inside)\n",
                    c.id,
                    c.name(net),
                    c.members.len(),
                    c.relations
                ));
                let take = if shown.members == 0 { c.members.len() } else { shown.members };
                let names: Vec<String> = c.members.iter().take(take).map(|&m| named(net, m)).collect();
                let more = c.members.len().saturating_sub(take);
                let more = if more > 0 { format!(", and {more} more") } else { String::new() };
                text.push_str(&format!("  {}{more}\n", names.join(", ")));
            }
            let hidden = found.list.len() - listed.len();
            if hidden > 0 {
                text.push_str(&format!(
                    "\n{hidden} more communities not shown (--limit 0 shows all, --min-size 1 the single entities)\n"
                ));
            }
            text
        }
        TableFormat::Csv => {
            let header = ["community", "name", "size", "entity", "class", "id"];
            let rows: Vec<Vec<String>> = listed
                .iter()
                .flat_map(|c| {
                    c.members.iter().map(|&m| {
                        let n = &net.entities[m];
                        vec![
                            c.id.to_string(),
                            c.name(net),
                            c.members.len().to_string(),
                            n.label.clone(),
                            n.class.name().to_string(),
                            n.iri.clone(),
                        ]
                    })
                })
                .collect();
            csv_text(&header, &rows)?
        }
        TableFormat::Json => {
            let list: Vec<Value> = listed
                .iter()
                .map(|c| {
                    let members: Vec<Value> = c.members.iter().map(|&m| entity_json(net, m)).collect();
                    json!({ "community": c.id, "name": c.name(net), "size": c.members.len(), "relations": c.relations, "members": members })
                })
                .collect();
            let value = json!({ "modularity": found.modularity, "communities": list });
            serde_json::to_string_pretty(&value).expect("JSON values serialize") + "\n"
        }
    })
}

/// `newsgraph changes`.
pub fn changes(db: &FsPath, window: &Window, relations: &[Predicate], format: TableFormat) -> Result<Outcome> {
    // First seen over the whole store: no window on the read.
    let scope = Scope { window: Window::default(), relations: relations.to_vec(), mentions: true };
    let (store, mut net) = load(db, &scope)?;
    let found = analysis::changes(&net, window);
    let shown: Vec<usize> = found.relations.iter().map(|r| r.relation).collect();
    net.read_evidence(&store, &shown)?;
    write_out(&changes_text(&net, &found, window, format)?)?;
    Ok(Outcome::Success)
}

fn changes_text(net: &Network, found: &Changes, window: &Window, format: TableFormat) -> Result<String> {
    Ok(match format {
        TableFormat::Table => {
            let when = window.describe().unwrap_or_default().replace("articles published", "first seen");
            let mut text = format!("{} new entities ({when})\n", found.entities.len());
            for e in &found.entities {
                let a = &net.articles[e.article];
                text.push_str(&format!("  {}  {}  — {}\n", e.first_seen, named(net, e.entity), a.title));
            }
            text.push_str(&format!("\n{} new relations ({when})\n", found.relations.len()));
            for r in &found.relations {
                let relation = &net.relations[r.relation];
                text.push_str(&format!("  {}  {}\n", r.first_seen, arrow(net, relation, relation.source)));
                if let Some(s) = r.statement(net) {
                    let a = &net.articles[s.article];
                    text.push_str(&format!("        “{}”\n        — {}\n", s.sentence, a.title));
                }
            }
            text
        }
        TableFormat::Csv => {
            let header =
                ["first seen", "kind", "subject", "relation", "object", "evidence sentence", "article", "article id"];
            let mut rows: Vec<Vec<String>> = found
                .entities
                .iter()
                .map(|e| {
                    let a = &net.articles[e.article];
                    let n = &net.entities[e.entity];
                    vec![
                        e.first_seen.clone(),
                        "entity".into(),
                        n.label.clone(),
                        String::new(),
                        n.class.name().into(),
                        String::new(),
                        a.title.clone(),
                        a.iri.clone(),
                    ]
                })
                .collect();
            for r in &found.relations {
                let relation = &net.relations[r.relation];
                let a = &net.articles[r.article];
                let sentence = r.statement(net).map(|s| s.sentence.clone()).unwrap_or_default();
                rows.push(vec![
                    r.first_seen.clone(),
                    "relation".into(),
                    net.entities[relation.source].label.clone(),
                    relation.predicate.name().into(),
                    net.entities[relation.target].label.clone(),
                    sentence,
                    a.title.clone(),
                    a.iri.clone(),
                ]);
            }
            csv_text(&header, &rows)?
        }
        TableFormat::Json => {
            let entities: Vec<Value> = found
                .entities
                .iter()
                .map(|e| {
                    let a = &net.articles[e.article];
                    let mut v = entity_json(net, e.entity);
                    v["first_seen"] = json!(e.first_seen);
                    v["article"] = json!({ "iri": a.iri, "title": a.title, "date": a.date });
                    v
                })
                .collect();
            let relations: Vec<Value> = found
                .relations
                .iter()
                .map(|r| {
                    let relation = &net.relations[r.relation];
                    let a = &net.articles[r.article];
                    let sentence = r.statement(net).map(|s| s.sentence.as_str());
                    json!({
                        "first_seen": r.first_seen,
                        "subject": entity_json(net, relation.source),
                        "relation": relation.predicate.name(),
                        "object": entity_json(net, relation.target),
                        "evidence": { "sentence": sentence, "article": a.iri, "title": a.title, "date": a.date },
                    })
                })
                .collect();
            let value =
                json!({ "since": window.since, "until": window.until, "entities": entities, "relations": relations });
            serde_json::to_string_pretty(&value).expect("JSON values serialize") + "\n"
        }
    })
}
