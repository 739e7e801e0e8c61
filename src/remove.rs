//! `newsgraph remove`: what each argument names and taking it out. An article
//! IRI or a URL removes the article whatever its sources; a path (a file, or a
//! folder meaning every article read from under it; `-` standard input) takes
//! that source away, and an article left with no source goes.

use std::ffi::{OsStr, OsString};
use std::path::Path;

use oxigraph::model::NamedNode;
use serde::{Deserialize, Serialize};

use crate::analysis::Following;
use crate::error::{Error, Result};
use crate::graph::is_article_iri;
use crate::input;
use crate::store::GraphStore;

/// What a removal did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removal {
    /// Articles taken out of the store.
    pub removed: usize,
    /// Articles that lost a source but stay: also read from other sources.
    pub kept: usize,
    /// The arguments that name no article in the store.
    pub unknown: Vec<String>,
}

/// What one argument of `remove` names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// An article IRI: that article.
    Iri(String),
    /// A URL: the articles with this `ng:url`.
    Url(String),
    /// A source as recorded (an absolute path, `-`, or a name a POST gave):
    /// that source, and every source below it when it is a folder.
    Source(String),
}

impl Target {
    /// Reads a command-line argument: an article IRI, an `http(s)` URL, else a
    /// path, made absolute against the working directory. An argument that is
    /// not UTF-8 can only be a path: it names the source byte for byte, as the
    /// source name keeps those bytes (`\xHH`).
    pub fn parse(argument: &OsStr) -> Target {
        match argument.to_str() {
            Some(text) if is_article_iri(text) => Target::Iri(text.to_string()),
            Some(text) if text.starts_with("http://") || text.starts_with("https://") => Target::Url(text.to_string()),
            Some("-") => Target::Source("-".to_string()),
            _ => Target::Source(input::source_name(&input::absolute(Path::new(argument)))),
        }
    }
}

/// Removes what `arguments` name (see the module documentation).
pub fn remove(store: &GraphStore, arguments: &[OsString]) -> Result<Removal> {
    let names: Vec<String> = arguments.iter().map(|a| input::source_name(Path::new(a))).collect();
    let targets: Vec<(Target, &str)> =
        arguments.iter().zip(&names).map(|(a, name)| (Target::parse(a), name.as_str())).collect();
    remove_targets(store, &targets)
}

/// Removes each target; `unknown` lists the names (the second of each pair) of
/// those that matched no article. The analyses' graph cache follows.
pub fn remove_targets(store: &GraphStore, targets: &[(Target, &str)]) -> Result<Removal> {
    let mut done = Removal::default();
    let mut following = Following::start(store);
    for (target, name) in targets {
        let mut found = false;
        match target {
            Target::Iri(text) => {
                let iri =
                    NamedNode::new(text.as_str()).map_err(|e| Error::Usage { message: format!("{text}: {e}") })?;
                if store.remove_article(&iri)? {
                    following.wrote(&[&iri], &[]);
                    done.removed += 1;
                    found = true;
                }
            }
            Target::Url(url) => {
                for iri in store.articles_with_url(url)? {
                    store.remove_article(&iri)?;
                    following.wrote(&[&iri], &[]);
                    done.removed += 1;
                    found = true;
                }
            }
            Target::Source(abs) => {
                let under = |s: &str| {
                    s == abs
                        || s.strip_prefix(abs.as_str())
                            .is_some_and(|rest| rest.starts_with("#L") || rest.starts_with('/'))
                };
                for (iri, source) in store.sources()? {
                    if !under(&source) || !store.has_article(&iri)? {
                        continue;
                    }
                    found = true;
                    if store.remove_source(&iri, &source)? {
                        following.wrote(&[&iri], &[]);
                        done.removed += 1;
                    } else {
                        done.kept += 1;
                    }
                }
            }
        }
        if !found {
            done.unknown.push(name.to_string());
        }
    }
    store.flush()?;
    following.finish();
    Ok(done)
}
