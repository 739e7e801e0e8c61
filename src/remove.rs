//! `newsgraph remove`: what each argument names and taking it out. An article
//! IRI or a URL removes the article whatever its sources; a path (a file, or a
//! folder meaning every article read from under it; `-` standard input) takes
//! that source away, and an article left with no source goes.

use std::ffi::OsString;
use std::path::Path;

use oxigraph::model::NamedNode;

use crate::error::{Error, Result};
use crate::graph::is_article_iri;
use crate::input;
use crate::store::GraphStore;

/// What a removal did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Removal {
    /// Articles taken out of the store.
    pub removed: usize,
    /// Articles that lost a source but stay: also read from other sources.
    pub kept: usize,
    /// The arguments that name no article in the store.
    pub unknown: Vec<String>,
}

/// Removes what `targets` name (see the module documentation). A target that
/// is not UTF-8 can only be a path: it is matched byte for byte, as its
/// source name keeps those bytes (`\xHH`).
pub fn remove(store: &GraphStore, targets: &[OsString]) -> Result<Removal> {
    let mut done = Removal::default();
    for os_target in targets {
        let mut found = false;
        let target = input::source_name(Path::new(os_target));
        let target = &target;
        let text = os_target.to_str().is_some();
        if text && is_article_iri(target) {
            let iri =
                NamedNode::new(target.as_str()).map_err(|e| Error::Usage { message: format!("{target}: {e}") })?;
            if store.remove_article(&iri)? {
                done.removed += 1;
                found = true;
            }
        } else if text && (target.starts_with("http://") || target.starts_with("https://")) {
            for iri in store.articles_with_url(target)? {
                store.remove_article(&iri)?;
                done.removed += 1;
                found = true;
            }
        } else {
            // `-` names what was read from standard input.
            let abs = if target == "-" {
                "-".to_string()
            } else {
                input::source_name(&input::absolute(Path::new(os_target)))
            };
            let under = |s: &str| {
                s == abs
                    || s.strip_prefix(abs.as_str()).is_some_and(|rest| rest.starts_with("#L") || rest.starts_with('/'))
            };
            for (iri, source) in store.sources()? {
                if !under(&source) || !store.has_article(&iri)? {
                    continue;
                }
                found = true;
                if store.remove_source(&iri, &source)? {
                    done.removed += 1;
                } else {
                    done.kept += 1;
                }
            }
        }
        if !found {
            done.unknown.push(target.clone());
        }
    }
    store.flush()?;
    Ok(done)
}
