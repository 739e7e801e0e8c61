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

/// One article stating `person`'s job at `org`, in `right/` with gold that
/// holds the job and in `wrong/` with gold that does not; the article's path
/// in `right/`.
fn one_job_article(s: &Scratch, person: &str, org: &str) -> std::path::PathBuf {
    let sentence = format!("{person}, chief executive of {org}, opened the plant.");
    let text = format!("{org} names a chief\n\n{sentence}\n");
    let gold = |relations: &str| {
        format!(
            "{{\"doc\": \"a\", \"title\": \"{org} names a chief\", \"date\": null, \"entities\": [\
             {{\"name\": \"{person}\", \"type\": \"Person\", \"aliases\": []}}, \
             {{\"name\": \"{org}\", \"type\": \"Organization\", \"aliases\": []}}], \
             \"relations\": [{relations}], \"quotes\": []}}"
        )
    };
    let job = format!("{{\"s\": \"{person}\", \"p\": \"worksFor\", \"o\": \"{org}\", \"evidence\": \"{sentence}\"}}");
    s.write("right/a.gold.json", gold(&job));
    s.write("wrong/a.txt", &text);
    s.write("wrong/a.gold.json", gold(""));
    s.write("right/a.txt", &text)
}

#[test]
fn verbose_eval_gives_each_relation_rule_its_precision() {
    let s = Scratch::new();
    one_job_article(&s, "Priya Raman", "Orbital Mesh");
    let rule_row = |dir: &str, verbose: bool| {
        let folder = s.path(dir);
        let mut args = vec!["eval", p(&folder)];
        if verbose {
            args.push("--verbose");
        }
        let out = ok(&s.db(), &args);
        let table = out.split("relation rule").nth(1).map(str::to_string);
        table.and_then(|t| t.lines().find(|l| l.trim_start().starts_with("worksFor/")).map(str::to_string))
    };
    let figures = |row: String| row.split_whitespace().skip(1).map(str::to_string).collect::<Vec<_>>();
    assert_eq!(figures(rule_row("right", true).expect("a worksFor rule in the table")), ["1", "1.000"]);
    assert_eq!(figures(rule_row("wrong", true).expect("a worksFor rule in the table")), ["1", "0.000"]);
    assert_eq!(rule_row("right", false), None, "only with --verbose");
}

#[test]
fn a_rule_measured_on_your_gold_moves_the_confidence_of_its_facts() {
    let s = Scratch::new();
    let article = one_job_article(&s, "Marta Okafor", "Kestrel Forge");
    // Twenty right facts, so that the push shows after rounding to two
    // decimals even where the shipped table already holds the rule high.
    for copy in 1..20 {
        for ext in ["txt", "gold.json"] {
            let from = std::fs::read_to_string(s.path(&format!("right/a.{ext}"))).unwrap();
            s.write(&format!("right/c{copy}.{ext}"), &from);
        }
    }
    let table = |dir: &str| {
        let file = s.path(&format!("{dir}-res/calibration.tsv"));
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        ok(&s.db(), &["eval", p(&s.path(dir)), "--calibration", p(&file)]);
        std::fs::read_to_string(&file).unwrap()
    };
    let row = |t: &str| {
        t.lines().find(|l| l.starts_with("worksFor/")).map(|l| l.split('\t').skip(1).collect::<Vec<_>>().join(" "))
    };
    assert_eq!(row(&table("right")).as_deref(), Some("20 20"), "twenty facts, right");
    assert_eq!(row(&table("wrong")).as_deref(), Some("1 0"), "one fact, wrong");
    let confidence = |resources: Option<&str>| -> f64 {
        let mut args = vec!["extract", "--format", "json", p(&article)];
        let folder = resources.map(|r| s.path(&format!("{r}-res")));
        if let Some(folder) = &folder {
            args.extend(["--resources", p(folder)]);
        }
        let json: serde_json::Value = serde_json::from_str(&ok(&s.db(), &args)).unwrap();
        let works = json["relations"].as_array().unwrap().iter().find(|r| r["p"] == "worksFor").cloned();
        works.expect("the job is found")["confidence"].as_f64().unwrap()
    };
    let (set, raised, lowered) = (confidence(None), confidence(Some("right")), confidence(Some("wrong")));
    assert!(lowered < set && set < raised, "wrong {lowered} < built in {set} < right {raised}");
    assert!(set - lowered < 0.5, "one wrong fact only nudges the rule: {set} → {lowered}");
}

#[test]
fn a_calibration_row_with_more_right_than_facts_is_refused_with_its_line() {
    let s = Scratch::new();
    s.write("res/calibration.tsv", "rule\tfacts\tright\nworksFor/x\t1\t2\n");
    let article = s.write("a.txt", "A headline\n\nSome text.\n");
    let out = run(&s.db(), &["extract", p(&article), "--resources", p(&s.path("res"))]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("calibration.tsv") && err.contains('2'), "{err}");
}
