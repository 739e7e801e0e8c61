//! The invariants ARCHITECTURE.md states about the source tree, checked on
//! `src/`: which modules may use oxigraph's store, petgraph, the HTTP stack,
//! extraction's types, and which may print; that the extraction rules import
//! by name and keep no word lists. Comment lines are not code and are skipped.

use std::path::{Path, PathBuf};

/// (what, the text that uses it, the files or folders allowed to, relative to `src/`).
const RULES: &[(&str, &[&str], &[&str])] = &[
    ("oxigraph's store", &["oxigraph::store"], &["store.rs"]),
    ("petgraph", &["petgraph::"], &["export/dot.rs", "analysis/"]),
    (
        "the HTTP stack",
        &["axum::", "hyper::", "hyper_util::", "tokio::", "tower_http::", "tower_service::"],
        &["serve/"],
    ),
    ("printing", &["print!", "println!", "eprint!", "eprintln!", "dbg!", "stdout()", "stderr()"], &["main.rs", "cli/"]),
    ("IRIs in newsgraph's namespaces", &["newsgraph.org/"], &["vocab.rs", "schema.rs", "graph/iri.rs"]),
    (
        "extraction's types, to read the store",
        &["crate::extract"],
        &["extract/", "graph/", "pipeline.rs", "eval/", "report.rs", "lib.rs"],
    ),
];

/// (what, the text that uses it, the folder where it is not allowed, relative to `src/`).
const FORBIDDEN: &[(&str, &[&str], &str)] = &[
    ("a glob import between relation rules", &["use super::*;"], "extract/relations/"),
    (
        "a word list in the extractor (open-class words go in ontology/lexicon/words.tsv, function words in src/text/words.rs)",
        &[": &[&str] =", ": [&str; "],
        "extract/",
    ),
];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Every use of a rule's text outside the places it allows, as `file:line: what`.
fn violations(src: &Path) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    let mut found = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(src).unwrap().to_string_lossy().replace('\\', "/");
        let text = std::fs::read_to_string(file).unwrap();
        for (what, needles, allowed) in RULES {
            if allowed.iter().any(|a| relative == *a || (a.ends_with('/') && relative.starts_with(a))) {
                continue;
            }
            for (n, line) in text.lines().enumerate() {
                let code = line.trim_start();
                if !code.starts_with("//") && needles.iter().any(|needle| code.contains(needle)) {
                    found.push(format!("src/{relative}:{}: {what}: {}", n + 1, code));
                }
            }
        }
        for (what, needles, folder) in FORBIDDEN {
            if !relative.starts_with(folder) {
                continue;
            }
            // A file's unit tests may glob-import the file they test.
            let code_part = text.split("#[cfg(test)]").next().unwrap_or("");
            for (n, line) in code_part.lines().enumerate() {
                let code = line.trim_start();
                if !code.starts_with("//") && needles.iter().any(|needle| code.contains(needle)) {
                    found.push(format!("src/{relative}:{}: {what}: {}", n + 1, code));
                }
            }
        }
    }
    found
}

#[test]
fn the_source_tree_keeps_the_stated_invariants() {
    let found = violations(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    assert!(found.is_empty(), "ARCHITECTURE.md, Invariants, broken:\n{}", found.join("\n"));
}

#[test]
fn a_broken_invariant_is_found() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("export")).unwrap();
    std::fs::write(dir.path().join("stats.rs"), "// println! in a comment is fine\nfn f() { println!(\"x\"); }\n")
        .unwrap();
    std::fs::write(dir.path().join("export/csv.rs"), "use petgraph::graph::DiGraph;\n").unwrap();
    std::fs::write(dir.path().join("export/dot.rs"), "use petgraph::graph::DiGraph;\n").unwrap();
    std::fs::create_dir_all(dir.path().join("extract/relations")).unwrap();
    std::fs::write(
        dir.path().join("extract/relations/titles.rs"),
        "use super::*;\nconst CHIEFS: &[&str] = &[\"ceo\"];\n#[cfg(test)]\nmod tests {\n    use super::*;\n}\n",
    )
    .unwrap();
    let found = violations(dir.path());
    assert_eq!(found.len(), 4, "{found:?}");
    assert!(found[0].starts_with("src/export/csv.rs:1: petgraph"), "{found:?}");
    assert!(found[1].starts_with("src/extract/relations/titles.rs:1: a glob import"), "{found:?}");
    assert!(found[2].starts_with("src/extract/relations/titles.rs:2: a word list"), "{found:?}");
    assert!(found[3].starts_with("src/stats.rs:2: printing"), "{found:?}");
}

/// Each lexicon file lists an entry once: a second copy changes nothing and
/// hides which one a later edit should touch.
#[test]
fn every_lexicon_entry_is_listed_once() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology/lexicon");
    let mut repeated = Vec::new();
    for file in std::fs::read_dir(&dir).unwrap() {
        let path = file.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let mut seen = std::collections::HashSet::new();
        for line in text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            if !seen.insert(line) {
                repeated.push(format!("{}: {line}", path.file_name().unwrap().to_string_lossy()));
            }
        }
    }
    assert!(repeated.is_empty(), "entries listed twice: {repeated:#?}");
}
