//! Minting IRIs: deterministic, from canonical names and content, so the same
//! entity gets the same IRI in every article and every run.

use oxigraph::model::{NamedNode, NamedNodeRef, Term};
use sha2::{Digest, Sha256};

use crate::schema::EntityClass;
use crate::vocab::ID;

/// `…/id/<class>/<slug of the canonical name>`, e.g. `…/id/person/yann-lecun`.
pub fn entity_iri(class: EntityClass, name: &str) -> NamedNode {
    let class = class.name().to_lowercase();
    NamedNode::new_unchecked(format!("{ID}{class}/{}", slug(name)))
}

/// Whether `text` is an article IRI as `article_iri` mints them.
pub fn is_article_iri(text: &str) -> bool {
    text.strip_prefix(ID).is_some_and(|rest| rest.starts_with("article/"))
}

/// `…/id/article/<hash of the article key>`.
pub fn article_iri(key: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ID}article/{}", short_hash(&[key])))
}

/// A quote node is the same wherever the same speaker is quoted with the same words.
pub fn quote_iri(speaker: &NamedNode, text: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ID}quote/{}", short_hash(&[speaker.as_str(), text])))
}

/// `…/id/community/<n>`: community number `n` of the last `communities --write`.
pub fn community_iri(n: usize) -> NamedNode {
    NamedNode::new_unchecked(format!("{ID}community/{n}"))
}

/// `…/id/fact/<hash of subject, predicate and object>`: the node of one fact
/// (a triple of the merged graph) that its evidence nodes hang from
/// (`ng:statedBy`), so that a fact's evidence is one index lookup away from
/// the fact. Anyone holding the three IRIs can mint it again.
pub fn fact_iri(s: &str, p: &str, o: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ID}fact/{}", short_hash(&[s, p, o])))
}

/// One evidence node per (article, fact, sentence, rule).
pub fn evidence_iri(
    article: &NamedNode,
    s: &NamedNode,
    p: NamedNodeRef<'_>,
    o: &Term,
    start: usize,
    rule: &str,
) -> NamedNode {
    let parts = [article.as_str(), s.as_str(), p.as_str(), &o.to_string(), &start.to_string(), rule];
    NamedNode::new_unchecked(format!("{ID}evidence/{}", short_hash(&parts)))
}

/// Lowercase letters and digits; every other run of characters becomes one `-`.
/// Letters outside ASCII are kept (IRIs allow them): "Clément Delangue" → "clément-delangue".
fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out = short_hash(&[name]);
    }
    out
}

fn short_hash(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0u8]);
    }
    hasher.finalize()[..8].iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_stable_and_readable() {
        assert_eq!(slug("Yann LeCun"), "yann-lecun");
        assert_eq!(slug("Chris V. Nicholson"), "chris-v-nicholson");
        assert_eq!(slug("Clément Delangue"), "clément-delangue");
        assert_eq!(slug("01.AI"), "01-ai");
        assert_eq!(slug("GPT-4o"), "gpt-4o");
        assert_eq!(slug("!!!").len(), 16);
    }

    #[test]
    fn entity_iris_depend_on_class_and_name_only() {
        let a = entity_iri(EntityClass::Organization, "Meta");
        assert_eq!(a.as_str(), "https://newsgraph.org/id/organization/meta");
        assert_eq!(a, entity_iri(EntityClass::Organization, "META"));
    }
}
