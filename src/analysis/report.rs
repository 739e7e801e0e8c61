//! Analyses' answers as JSON (the `--format json` of the commands and the
//! page's analysis requests): entities by label, class and IRI; relations
//! with direction, job titles, first and last seen and their best evidence.

use serde_json::{json, Value};

use super::{Network, Paths, Relation};

/// An entity: label, class, IRI.
pub fn entity_json(net: &Network, e: usize) -> Value {
    let n = &net.entities[e];
    json!({ "label": n.label, "class": n.class.name(), "iri": n.iri })
}

/// How a relation reads from `from`: `forward`, `backward` or `both` (symmetric).
pub fn direction(relation: &Relation, from: usize) -> &'static str {
    if relation.predicate.is_symmetric() {
        "both"
    } else if relation.source == from {
        "forward"
    } else {
        "backward"
    }
}

/// A relation seen from `from`, with its best evidence (null until read).
pub fn relation_json(net: &Network, relation: &Relation, from: usize) -> Value {
    let evidence = net.evidence(relation).map(|s| {
        let a = &net.articles[s.article];
        json!({ "sentence": s.sentence, "confidence": s.confidence, "article": a.iri, "title": a.title, "date": a.date })
    });
    let (first, last) = net.seen(relation);
    json!({
        "relation": relation.predicate.name(),
        "direction": direction(relation, from),
        "subject": net.entities[relation.source].label,
        "object": net.entities[relation.target].label,
        "job_titles": relation.roles(),
        "articles": relation.articles,
        "first_seen": first,
        "last_seen": last,
        "evidence": evidence,
    })
}

/// Shortest paths, each hop with its relations and their evidence.
pub fn paths_json(net: &Network, paths: &Paths) -> Value {
    let list: Vec<Value> = paths
        .paths
        .iter()
        .map(|path| {
            let hops: Vec<Value> = path
                .hops
                .iter()
                .map(|hop| {
                    let relations: Vec<Value> =
                        hop.relations.iter().map(|&r| relation_json(net, &net.relations[r], hop.from)).collect();
                    json!({ "from": entity_json(net, hop.from), "to": entity_json(net, hop.to), "relations": relations })
                })
                .collect();
            let entities: Vec<Value> = path.entities().iter().map(|&e| entity_json(net, e)).collect();
            json!({ "entities": entities, "hops": hops })
        })
        .collect();
    json!({
        "from": entity_json(net, paths.from),
        "to": entity_json(net, paths.to),
        "length": paths.length,
        "found": paths.found,
        "paths": list,
    })
}
