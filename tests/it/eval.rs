//! `newsgraph eval` on gold annotations written for the tests.

use std::path::Path;

use crate::support::*;

fn gold_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold")
}

#[test]
fn eval_prints_figures_per_category_class_and_predicate() {
    let s = Scratch::new();
    let out = ok(&s.db(), &["eval", p(&gold_dir())]);
    for heading in ["category", "entity type", "predicate", "lumen-hires"] {
        assert!(out.contains(heading), "{heading} in\n{out}");
    }
    let summary = out.lines().last().expect("a summary line");
    assert!(summary.starts_with("score: entities_f1="), "{summary}");
    let f1 = |name: &str| -> f64 {
        let field = summary.split_whitespace().find(|f| f.starts_with(name)).expect(name);
        field.split('=').nth(1).unwrap().parse().unwrap()
    };
    assert!(f1("entities_f1") > 0.5, "the extractor finds most of these names: {summary}");
    assert!(!s.db().exists(), "eval needs no store");
}

#[test]
fn a_malformed_gold_file_is_named() {
    let s = Scratch::new();
    s.write("gold/a.txt", "A headline\n\nSome text.\n");
    let bad = s.write("gold/a.gold.json", "{\"entities\": [{\"name\": 3}]}");
    let out = run(&s.db(), &["eval", p(&s.path("gold"))]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(p(&bad)), "{}", stderr(&out));
}
