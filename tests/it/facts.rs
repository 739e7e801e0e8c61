//! What the relation tests share: extracting invented text with the built-in
//! lexicons and looking up the relations found, by the names of their ends.

use newsgraph::extract::{Extraction, Predicate};
use newsgraph::{extract, Resources};

pub fn run(text: &str) -> Extraction {
    extract(text, &Resources::embedded())
}

/// Whether `s -p-> o` was found (either way round for a symmetric predicate).
pub fn has(x: &Extraction, s: &str, p: Predicate, o: &str) -> bool {
    x.relations.iter().any(|r| {
        let (a, b) = (&x.entities[r.subject].name, &x.entities[r.object].name);
        r.predicate == p && ((a == s && b == o) || (p.is_symmetric() && a == o && b == s))
    })
}

/// Every relation found, as "subject predicate object", for failure messages.
pub fn all(x: &Extraction) -> Vec<String> {
    x.relations
        .iter()
        .map(|r| format!("{} {} {}", x.entities[r.subject].name, r.predicate.name(), x.entities[r.object].name))
        .collect()
}

/// The confidence of `s -p-> o`, if it was found.
pub fn confidence(x: &Extraction, s: &str, p: Predicate, o: &str) -> Option<f32> {
    x.relations
        .iter()
        .find(|r| r.predicate == p && x.entities[r.subject].name == s && x.entities[r.object].name == o)
        .map(|r| r.evidence.confidence)
}

/// The role of `s -p-> o`, if it was found with one.
pub fn role(x: &Extraction, s: &str, p: Predicate, o: &str) -> Option<String> {
    x.relations
        .iter()
        .find(|r| r.predicate == p && x.entities[r.subject].name == s && x.entities[r.object].name == o)
        .and_then(|r| r.role.clone())
}
