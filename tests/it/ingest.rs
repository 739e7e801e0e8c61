//! Ingest into a real store: idempotence, replacement, merging across articles.

use crate::support::*;

const PERSON_AT_ACME: &str = "Acme Widgets hires a research chief\n\n\
Dana Whitcombe, CEO of Zephyr Quantum Inc., said the lab would open an office in Boston.\n";

const PERSON_AT_ACME_AGAIN: &str = "Zephyr Quantum grows\n\n\
Dana Whitcombe, CEO of Zephyr Quantum Inc., told analysts that sales had doubled.\n";

const WITHOUT_ACME: &str = "A quiet week\n\nNothing much happened at Northwind Traders Inc. this week.\n";

fn count_rows(db: &std::path::Path, query: &str) -> usize {
    select(db, query).len()
}

#[test]
fn reingesting_the_same_files_leaves_the_same_triples() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&fixtures())]);
    let first = nquads(&db);
    assert!(first.len() > 50, "the fixtures produce a graph ({} quads)", first.len());
    let out = ok(&db, &["ingest", p(&fixtures())]);
    assert!(out.contains("0 new, 0 replaced, 2 unchanged"), "{out}");
    assert_eq!(first, nquads(&db));
}

#[test]
fn a_changed_article_replaces_its_old_facts() {
    let s = Scratch::new();
    let db = s.db();
    let article = s.write("news/story.txt", PERSON_AT_ACME);
    ok(&db, &["ingest", p(&fixtures()), p(&article)]);
    let zephyr = r#"SELECT ?e WHERE { ?e rdfs:label ?l FILTER(STRSTARTS(?l, "Zephyr Quantum")) }"#;
    assert_eq!(count_rows(&db, zephyr), 1);
    let others_before = count_rows(&db, r#"SELECT ?e WHERE { ?e rdfs:label "Corvid Analytics" }"#);
    assert_eq!(others_before, 1);

    std::fs::write(&article, WITHOUT_ACME).unwrap();
    let out = ok(&db, &["ingest", p(&article)]);
    assert!(out.contains("0 new, 1 replaced"), "{out}");
    assert_eq!(count_rows(&db, zephyr), 0, "the entity only the old text named is gone");
    assert_eq!(count_rows(&db, r#"SELECT ?e WHERE { ?e rdfs:label "Dana Whitcombe" }"#), 0);
    assert_eq!(
        count_rows(&db, r#"SELECT ?e WHERE { ?e rdfs:label ?l FILTER(STRSTARTS(?l, "Northwind Traders")) }"#),
        1
    );
    assert_eq!(
        count_rows(&db, r#"SELECT ?e WHERE { ?e rdfs:label "Corvid Analytics" }"#),
        1,
        "other articles keep their facts"
    );
    let stale = r#"SELECT ?ev WHERE { ?ev a ng:Evidence ; ng:sentence ?s FILTER(CONTAINS(?s, "Whitcombe")) }"#;
    assert_eq!(count_rows(&db, stale), 0, "no evidence of the old text is left");
}

#[test]
fn a_fact_stated_by_two_articles_is_one_triple_with_two_evidence_nodes() {
    let s = Scratch::new();
    let db = s.db();
    let one = s.write("a.txt", PERSON_AT_ACME);
    let two = s.write("b.txt", PERSON_AT_ACME_AGAIN);
    ok(&db, &["ingest", p(&one), p(&two)]);
    let fact = r#"SELECT ?p ?o WHERE { ?p ng:worksFor ?o . ?p rdfs:label "Dana Whitcombe" }"#;
    assert_eq!(count_rows(&db, fact), 1, "one triple in results");
    let evidence = r#"SELECT ?ev ?a WHERE { ?ev rdf:predicate ng:worksFor ; ng:article ?a ; ng:role "CEO" }"#;
    assert_eq!(count_rows(&db, evidence), 2, "two statements in provenance");
    // The fact's node, minted from its three IRIs, leads to both by ng:statedBy.
    let ends = select(&db, r#"SELECT ?p ?o WHERE { ?p ng:worksFor ?o . ?p rdfs:label "Dana Whitcombe" }"#);
    let node =
        newsgraph::graph::fact_iri(&ends[0][0], newsgraph::schema::Predicate::WorksFor.iri().as_str(), &ends[0][1]);
    let stated_by = format!(
        "SELECT ?ev WHERE {{ <{}> ng:statedBy ?ev . ?ev rdf:subject <{}> ; rdf:predicate ng:worksFor ; rdf:object <{}> }}",
        node.as_str(),
        ends[0][0],
        ends[0][1]
    );
    assert_eq!(count_rows(&db, &stated_by), 2, "the fact's node leads to its two evidence nodes");

    // One article stops saying it: the other still supports the fact.
    std::fs::write(&one, WITHOUT_ACME).unwrap();
    ok(&db, &["ingest", p(&one)]);
    assert_eq!(count_rows(&db, fact), 1);
    assert_eq!(count_rows(&db, evidence), 1);
    assert_eq!(count_rows(&db, &stated_by), 1, "the link to the gone article's evidence went with it");
    // The last one stops saying it: the fact is gone.
    std::fs::write(&two, WITHOUT_ACME).unwrap();
    ok(&db, &["ingest", p(&two)]);
    assert_eq!(count_rows(&db, fact), 0);
    assert_eq!(count_rows(&db, &stated_by), 0);
}

#[test]
fn the_summary_counts_what_the_store_holds() {
    let s = Scratch::new();
    let out = ok(&s.db(), &["ingest", p(&fixtures())]);
    for word in ["2 articles", "entities", "relations", "quotes", "triples", " s\n"] {
        assert!(out.contains(word), "summary lacks {word:?}: {out}");
    }
}

#[test]
fn standard_input_is_an_article() {
    let s = Scratch::new();
    let db = s.db();
    let out = run_with_stdin(&db, &["ingest", "-"], Some(PERSON_AT_ACME));
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = select(&db, "SELECT ?t ?src WHERE { ?a a ng:Article ; ng:title ?t ; ng:source ?src }");
    assert_eq!(rows, vec![vec!["Acme Widgets hires a research chief".to_string(), "-".to_string()]]);
}

#[test]
fn examples_merge_one_company_across_articles() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&examples().join("articles"))]);
    let rows = select(
        &db,
        r#"SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { ?e rdfs:label "Tessaline" ; ng:mentionedIn ?a } GROUP BY ?e"#,
    );
    assert_eq!(rows.len(), 1, "one node for the company: {rows:?}");
    assert!(rows[0][1].parse::<usize>().unwrap() >= 3, "mentioned in at least three articles: {rows:?}");
    let titles = select(&db, "SELECT ?t WHERE { ?a a ng:Article ; ng:title ?t }");
    assert!(titles.iter().all(|t| !t[0].starts_with('#')), "Markdown heading marks are not in titles: {titles:?}");
    assert_eq!(titles.len(), 5);
}

#[test]
fn each_article_has_its_own_named_graph_and_the_ontology_has_one() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&fixtures())]);
    let graphs = select(&db, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g");
    assert_eq!(graphs.len(), 4, "two articles, the ontology and the store's counts: {graphs:?}");
    assert!(graphs.iter().any(|g| g[0] == "https://newsgraph.org/ontology"));
    assert!(graphs.iter().any(|g| g[0] == "https://newsgraph.org/counts"));
    let articles = select(&db, "SELECT ?a WHERE { GRAPH ?a { ?a a ng:Article } }");
    assert_eq!(articles.len(), 2);
}

#[test]
fn min_confidence_keeps_only_confident_facts() {
    let all = Scratch::new();
    ok(&all.db(), &["ingest", p(&examples().join("articles"))]);
    let confidences = select(&all.db(), "SELECT ?c WHERE { ?ev ng:confidence ?c }");
    let values: Vec<f64> = confidences.iter().map(|r| r[0].parse().unwrap()).collect();
    let max = values.iter().cloned().fold(0.0, f64::max);
    let min = values.iter().cloned().fold(1.0, f64::min);
    assert!(min < max, "the examples give facts of several confidences: {values:?}");

    let some = Scratch::new();
    let threshold = format!("{max}");
    ok(&some.db(), &["ingest", "--min-confidence", &threshold, p(&examples().join("articles"))]);
    let kept = select(&some.db(), "SELECT ?c WHERE { ?ev ng:confidence ?c }");
    assert!(!kept.is_empty());
    assert!(kept.len() < values.len());
    assert!(kept.iter().all(|r| r[0].parse::<f64>().unwrap() >= max - 1e-9));

    let out = run(&some.db(), &["ingest", "--min-confidence", "1.5", p(&fixtures())]);
    assert_eq!(out.status.code(), Some(2), "an out-of-range threshold is a usage error");
}
