//! The data extraction runs on: lexicon of known entities, cue phrases, name lists.
//! Loaded from files under `ontology/lexicon/`; the built-in copy is compiled in.
//!
//! Every file has the same shape: `#` comment lines, one header line naming the
//! columns, then one row per line, columns separated by tabs. A user folder
//! given to [`Resources::with_dir`] may hold files of the same names; their rows
//! are added to the built-in ones.

use rustc_hash::{FxHashMap, FxHashSet};
use std::path::{Path, PathBuf};

use super::model::{EntityClass, Predicate};
use super::phrases::{Case, PhraseTable};
use crate::error::{Error, Result};

/// A known entity of the lexicon.
#[derive(Clone, Debug, PartialEq)]
pub struct LexEntry {
    pub name: String,
    pub class: EntityClass,
    pub wikidata: Option<String>,
    /// A product its company runs as a service (owned, not developed).
    pub platform: bool,
}

/// The tie a job title or role puts between a person and an organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tie {
    /// Employment: `worksFor` with the title as role.
    Work,
    /// Founding: `founded`.
    Founder,
    /// Any other tie: `affiliatedWith` (board member, advisor, student).
    Affiliate,
}

/// The sex a given name is mostly given to, which "he" and "she" follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// Which side of a cue phrase the subject stands on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    /// "X acquired Y": subject before, object after.
    Active,
    /// "Y, acquired by X": object before, subject after.
    Passive,
}

/// A relation cue phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    pub predicate: Predicate,
    pub frame: Frame,
    /// In a sentence about money, the article's main organisation fills a
    /// missing side.
    pub topic: bool,
}

/// Everything the extractor looks up.
#[derive(Clone, Debug)]
pub struct Resources {
    pub(crate) entries: Vec<LexEntry>,
    /// Names and aliases of `entries` → entry index (case-sensitive).
    pub(crate) names: PhraseTable<usize>,
    /// Canonical name → entry index.
    by_name: FxHashMap<String, usize>,
    pub(crate) given_names: FxHashSet<String>,
    /// Given names the census gives mostly to one sex.
    pub(crate) gender: FxHashMap<String, Gender>,
    pub(crate) surnames: FxHashSet<String>,
    pub(crate) titles: PhraseTable<Tie>,
    /// Honorifics, without their final period ("Dr", "H.E").
    pub(crate) honorifics: PhraseTable<()>,
    pub(crate) org_suffixes: FxHashSet<String>,
    pub(crate) org_nouns: PhraseTable<()>,
    pub(crate) thing_nouns: PhraseTable<EntityClass>,
    pub(crate) speech_verbs: PhraseTable<()>,
    /// Demonym ("Chinese") → place name as the lexicon spells it.
    pub(crate) demonyms: FxHashMap<String, String>,
    pub(crate) cues: PhraseTable<Cue>,
    pub(crate) common_words: FxHashSet<String>,
    /// Acronyms that are never a name or part of one ("IPO", "USD", "JST", "KC").
    pub(crate) generic_acronyms: FxHashSet<String>,
    /// Company suffixes that name the same company as the name without them
    /// ("Acme Group", "Acme Inc." are Acme), unlike a unit ("Acme Research").
    pub(crate) legal_suffixes: FxHashSet<String>,
    pub(crate) model_variants: FxHashSet<String>,
}

/// The resource files, by name, with their built-in content.
const FILES: &[(&str, &str)] = &[
    ("entities.tsv", include_str!("../../ontology/lexicon/entities.tsv")),
    ("given-names.txt", include_str!("../../ontology/lexicon/given-names.txt")),
    ("surnames.txt", include_str!("../../ontology/lexicon/surnames.txt")),
    ("titles.tsv", include_str!("../../ontology/lexicon/titles.tsv")),
    ("honorifics.txt", include_str!("../../ontology/lexicon/honorifics.txt")),
    ("org-suffixes.txt", include_str!("../../ontology/lexicon/org-suffixes.txt")),
    ("org-nouns.txt", include_str!("../../ontology/lexicon/org-nouns.txt")),
    ("thing-nouns.tsv", include_str!("../../ontology/lexicon/thing-nouns.tsv")),
    ("speech-verbs.txt", include_str!("../../ontology/lexicon/speech-verbs.txt")),
    ("demonyms.tsv", include_str!("../../ontology/lexicon/demonyms.tsv")),
    ("cues.tsv", include_str!("../../ontology/lexicon/cues.tsv")),
    ("common-words.txt", include_str!("../../ontology/lexicon/common-words.txt")),
    ("model-variants.txt", include_str!("../../ontology/lexicon/model-variants.txt")),
    ("generic-acronyms.txt", include_str!("../../ontology/lexicon/generic-acronyms.txt")),
];

impl Default for Resources {
    fn default() -> Resources {
        Resources::embedded()
    }
}

impl Resources {
    /// The resources shipped with newsgraph (compiled into the binary).
    pub fn embedded() -> Resources {
        let mut r = Resources::empty();
        for (name, content) in FILES {
            let path = PathBuf::from("ontology/lexicon").join(name);
            if let Err(e) = r.add_file(&path, name, content) {
                panic!("built-in resource is malformed: {e}");
            }
        }
        r
    }

    /// The built-in resources extended with the files found in `dir`.
    pub fn with_dir(mut self, dir: &Path) -> Result<Resources> {
        if !dir.is_dir() {
            let source = std::io::Error::new(std::io::ErrorKind::NotFound, "no such folder");
            return Err(Error::Io { path: dir.to_path_buf(), source });
        }
        for (name, _) in FILES {
            let path = dir.join(name);
            if !path.exists() {
                continue;
            }
            let content = std::fs::read_to_string(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
            self.add_file(&path, name, &content)?;
        }
        Ok(self)
    }

    /// The lexicon entry whose canonical name is `name`.
    pub(crate) fn entry_named(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    fn empty() -> Resources {
        Resources {
            entries: Vec::new(),
            names: PhraseTable::new(Case::Sensitive),
            by_name: FxHashMap::default(),
            given_names: FxHashSet::default(),
            gender: FxHashMap::default(),
            surnames: FxHashSet::default(),
            titles: PhraseTable::new(Case::Folded),
            honorifics: PhraseTable::new(Case::Sensitive),
            org_suffixes: FxHashSet::default(),
            org_nouns: PhraseTable::new(Case::Folded),
            thing_nouns: PhraseTable::new(Case::Folded),
            speech_verbs: PhraseTable::new(Case::Folded),
            demonyms: FxHashMap::default(),
            cues: PhraseTable::new(Case::Folded),
            common_words: FxHashSet::default(),
            generic_acronyms: FxHashSet::default(),
            legal_suffixes: FxHashSet::default(),
            model_variants: FxHashSet::default(),
        }
    }

    /// Adds the rows of one file, read as the resource `name`.
    fn add_file(&mut self, path: &Path, name: &str, content: &str) -> Result<()> {
        for row in rows(path, content)? {
            self.add_row(name, &row).map_err(|message| Error::Resource {
                path: path.to_path_buf(),
                line: row.line,
                message,
            })?;
        }
        Ok(())
    }

    fn add_row(&mut self, file: &str, row: &Row) -> std::result::Result<(), String> {
        match file {
            "entities.tsv" => self.add_entity(row)?,
            "given-names.txt" => {
                let name = row.col(0)?.to_string();
                match row.cols.get(1).map(|g| g.trim()).unwrap_or("") {
                    "" => {}
                    "m" => {
                        self.gender.insert(name.clone(), Gender::Male);
                    }
                    "f" => {
                        self.gender.insert(name.clone(), Gender::Female);
                    }
                    other => return Err(format!("gender must be m, f or empty, not {other:?}")),
                }
                self.given_names.insert(name);
            }
            "surnames.txt" => {
                self.surnames.insert(row.col(0)?.to_string());
            }
            "titles.tsv" => self.titles.insert(row.col(0)?, parse_tie(row.col(1)?)?),
            "honorifics.txt" => self.honorifics.insert(row.col(0)?.trim_end_matches('.'), ()),
            "org-suffixes.txt" => {
                let suffix = row.col(0)?.trim_end_matches('.').to_string();
                match row.cols.get(1).map(|k| k.trim()).unwrap_or("") {
                    "" => {}
                    "legal" => {
                        self.legal_suffixes.insert(suffix.clone());
                    }
                    other => return Err(format!("kind must be legal or empty, not {other:?}")),
                }
                self.org_suffixes.insert(suffix);
            }
            "org-nouns.txt" => self.org_nouns.insert(row.col(0)?, ()),
            "thing-nouns.tsv" => self.thing_nouns.insert(row.col(0)?, parse_class(row.col(1)?)?),
            "speech-verbs.txt" => self.speech_verbs.insert(row.col(0)?, ()),
            "demonyms.tsv" => {
                self.demonyms.insert(row.col(0)?.to_string(), row.col(1)?.to_string());
            }
            "cues.tsv" => {
                let predicate =
                    Predicate::parse(row.col(0)?).ok_or_else(|| format!("unknown predicate {:?}", row.col(0)))?;
                let (frame, topic) = match row.col(1)? {
                    "active" => (Frame::Active, false),
                    "passive" => (Frame::Passive, false),
                    "active+topic" => (Frame::Active, true),
                    "passive+topic" => (Frame::Passive, true),
                    other => {
                        return Err(format!("frame must be active or passive, with or without +topic, not {other:?}"))
                    }
                };
                self.cues.insert(row.col(2)?, Cue { predicate, frame, topic });
            }
            "common-words.txt" => {
                self.common_words.insert(row.col(0)?.to_lowercase());
            }
            "generic-acronyms.txt" => {
                self.generic_acronyms.insert(row.col(0)?.to_string());
            }
            "model-variants.txt" => {
                self.model_variants.insert(row.col(0)?.to_string());
            }
            other => return Err(format!("unknown resource file {other}")),
        }
        Ok(())
    }

    /// An `entities.tsv` row: name, type, aliases (`|`-separated), Wikidata ID,
    /// kind (`platform` or empty).
    fn add_entity(&mut self, row: &Row) -> std::result::Result<(), String> {
        let name = row.col(0)?.to_string();
        let class = parse_class(row.col(1)?)?;
        let aliases = row.cols.get(2).copied().unwrap_or("");
        let wikidata = row.cols.get(3).map(|q| q.trim()).filter(|q| !q.is_empty());
        if let Some(q) = wikidata {
            if !q.starts_with('Q') || !q[1..].chars().all(|c| c.is_ascii_digit()) {
                return Err(format!("wikidata ID must look like Q123, not {q:?}"));
            }
        }
        let platform = match row.cols.get(4).map(|k| k.trim()).unwrap_or("") {
            "" => false,
            "platform" => true,
            other => return Err(format!("kind must be platform or empty, not {other:?}")),
        };
        let id = self.entries.len();
        self.names.insert(&name, id);
        for alias in aliases.split('|').map(str::trim).filter(|a| !a.is_empty()) {
            self.names.insert(alias, id);
        }
        if class == EntityClass::Product && !name.contains(' ') && !name.ends_with('s') {
            self.names.insert(&format!("{name}s"), id);
        }
        self.by_name.insert(name.clone(), id);
        self.entries.push(LexEntry { name, class, wikidata: wikidata.map(str::to_string), platform });
        Ok(())
    }
}

/// One data line of a resource file.
struct Row<'a> {
    line: usize,
    cols: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// Column `i`, which must be present and non-empty.
    fn col(&self, i: usize) -> std::result::Result<&'a str, String> {
        self.cols
            .get(i)
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
            .ok_or_else(|| format!("column {} is missing", i + 1))
    }
}

/// The data rows of a file: comments, blank lines and the header skipped.
fn rows<'a>(path: &Path, content: &'a str) -> Result<Vec<Row<'a>>> {
    let mut out = Vec::new();
    let mut header_seen = false;
    for (i, line) in content.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !header_seen {
            header_seen = true;
            continue;
        }
        out.push(Row { line: i + 1, cols: line.split('\t').collect() });
    }
    if !header_seen && !content.trim().is_empty() {
        return Err(Error::Resource { path: path.to_path_buf(), line: 1, message: "header line is missing".into() });
    }
    Ok(out)
}

fn parse_class(s: &str) -> std::result::Result<EntityClass, String> {
    EntityClass::parse(s).ok_or_else(|| format!("unknown entity type {s:?}"))
}

fn parse_tie(s: &str) -> std::result::Result<Tie, String> {
    match s {
        "work" => Ok(Tie::Work),
        "founder" => Ok(Tie::Founder),
        "affiliate" => Ok(Tie::Affiliate),
        other => Err(format!("tie must be work, founder or affiliate, not {other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_resources_load() {
        let r = Resources::embedded();
        assert!(r.entries.len() > 200);
        assert!(r.given_names.contains("Mary"));
        assert_eq!(r.gender.get("Mary"), Some(&Gender::Female));
        assert_eq!(r.gender.get("John"), Some(&Gender::Male));
        assert!(r.org_suffixes.contains("Inc"));
    }

    #[test]
    fn user_files_extend_and_errors_name_the_line() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let good = dir.path().join("entities.tsv");
        std::fs::write(&good, "# test\nname\ttype\taliases\twikidata\nZorblax\tOrganization\tZbx\t\n")
            .unwrap_or_else(|e| panic!("{e}"));
        let r = Resources::embedded().with_dir(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        assert!(r.entries.iter().any(|e| e.name == "Zorblax"));
        std::fs::write(&good, "name\ttype\nZorblax\tCompany\n").unwrap_or_else(|e| panic!("{e}"));
        let err = Resources::embedded().with_dir(dir.path()).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.ends_with("entities.tsv:2: unknown entity type \"Company\""), "{err}");
        let missing =
            Resources::embedded().with_dir(&dir.path().join("nope")).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(missing.ends_with("nope: no such folder"), "{missing}");
    }
}
