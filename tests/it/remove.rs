//! `newsgraph remove`: by path, folder, URL or article IRI. An entity only the
//! removed article mentioned goes with all its triples; an entity other articles
//! mention keeps what they say.

use crate::support::*;

const SHARED_A: &str = "Zephyr Quantum hires\n\nDana Whitcombe, CEO of Zephyr Quantum Inc., said the lab would open an office in Boston.\n\nLumen Forge Inc. competes with Zephyr Quantum Inc., analysts said.\n";
const SHARED_B: &str =
    "Zephyr Quantum grows\n\nDana Whitcombe, CEO of Zephyr Quantum Inc., told analysts that sales had doubled.\n";

fn count(db: &std::path::Path, q: &str) -> usize {
    select(db, q).len()
}

fn triples_about(db: &std::path::Path, label: &str) -> usize {
    count(
        db,
        &format!(
            r#"SELECT ?p ?o WHERE {{ {{ ?e rdfs:label "{label}" . ?e ?p ?o }} UNION {{ ?e rdfs:label "{label}" . ?o ?p ?e }} }}"#
        ),
    )
}

#[test]
fn removing_an_article_drops_what_only_it_said_and_keeps_what_others_say() {
    let s = Scratch::new();
    let db = s.db();
    let a = s.write("a.txt", SHARED_A);
    let b = s.write("b.txt", SHARED_B);
    ok(&db, &["ingest", p(&a), p(&b)]);
    let lumen = r#"SELECT ?e WHERE { ?e rdfs:label ?l FILTER(STRSTARTS(?l, "Lumen Forge")) }"#;
    assert_eq!(count(&db, lumen), 1, "only a.txt names Lumen Forge");
    let dana_before = triples_about(&db, "Dana Whitcombe");
    let works_for = r#"SELECT ?o WHERE { ?p rdfs:label "Dana Whitcombe" ; ng:worksFor ?o }"#;
    assert_eq!(count(&db, works_for), 1);

    let out = ok(&db, &["remove", p(&a)]);
    assert!(out.contains("removed 1 article"), "{out}");
    assert_eq!(count(&db, lumen), 0, "the unshared entity is gone");
    let lumen_any = r#"SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?s), "lumen-forge") || CONTAINS(STR(?o), "lumen-forge") || CONTAINS(STR(?o), "Lumen Forge")) }"#;
    assert_eq!(count(&db, lumen_any), 0, "with all its triples, in every graph");
    let lumen_default = r#"SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?s), "lumen-forge") || CONTAINS(STR(?o), "lumen-forge")) }"#;
    assert_eq!(count(&db, lumen_default), 0);
    assert_eq!(count(&db, works_for), 1, "the shared fact stays: b.txt states it too");
    assert!(
        triples_about(&db, "Dana Whitcombe") > 0 && triples_about(&db, "Dana Whitcombe") < dana_before,
        "only a.txt's mention is gone"
    );
    assert_eq!(
        count(&db, "SELECT ?ev WHERE { ?ev a ng:Evidence ; rdf:predicate ng:worksFor }"),
        1,
        "b.txt's evidence remains"
    );
    assert_eq!(count(&db, "SELECT ?a WHERE { ?a a ng:Article }"), 1);

    // What remains equals a store that only ever saw b.txt (ingestion times aside).
    let fresh = s.path("fresh.db");
    ok(&fresh, &["ingest", p(&b)]);
    // Ingestion times and the ontology graph (blank nodes labelled afresh per store) aside.
    let strip = |lines: Vec<String>| -> Vec<String> {
        lines
            .into_iter()
            .filter(|l| !l.contains("ingestedAt") && !l.ends_with("<https://newsgraph.org/ontology> ."))
            .collect()
    };
    assert_eq!(strip(nquads(&db)), strip(nquads(&fresh)));
}

#[test]
fn remove_by_url_iri_and_folder_and_a_missing_target_is_reported() {
    let s = Scratch::new();
    let db = s.db();
    let dump = s.write(
        "dump/wire.jsonl",
        "{\"title\": \"One\", \"text\": \"Priya Raman, CEO of Orbital Mesh Inc., said the round closed.\", \"url\": \"https://x.example/one\"}\n{\"title\": \"Two\", \"text\": \"Omar Haddad, CEO of Beta Gadgets Inc., said sales grew.\"}\n",
    );
    let _ = dump;
    ok(&db, &["ingest", p(&s.path("dump")), p(&fixtures())]);
    assert_eq!(count(&db, "SELECT ?a WHERE { ?a a ng:Article }"), 4);

    let out = ok(&db, &["remove", "https://x.example/one"]);
    assert!(out.contains("removed 1 article"), "{out}");
    assert_eq!(count(&db, r#"SELECT ?e WHERE { ?e rdfs:label "Priya Raman" }"#), 0);

    let iri = select(&db, r#"SELECT ?a WHERE { ?a ng:title "Two" }"#)[0][0].clone();
    ok(&db, &["remove", &iri]);
    assert_eq!(count(&db, r#"SELECT ?e WHERE { ?e rdfs:label "Omar Haddad" }"#), 0);

    // A folder removes every article read from under it; the store shrinks back to the ontology.
    let out = ok(&db, &["remove", p(&fixtures())]);
    assert!(out.contains("removed 2 articles"), "{out}");
    assert_eq!(count(&db, "SELECT ?s WHERE { ?s ?p ?o }"), 0, "the default graph is empty");

    let out = run(&db, &["remove", p(&s.path("never-ingested.txt"))]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("never-ingested.txt: no article in the store"), "{}", stderr(&out));
}

#[test]
fn removing_one_of_two_names_keeps_the_article_and_a_deleted_file_can_be_removed() {
    let s = Scratch::new();
    let db = s.db();
    let a = s.write("a.txt", SHARED_B);
    let b = s.write("b.txt", SHARED_B);
    ok(&db, &["ingest", p(&a), p(&b)]);
    std::fs::remove_file(&a).unwrap();
    let out = ok(&db, &["remove", p(&a)]);
    assert!(out.contains("removed 0 articles") && out.contains("1 article kept"), "{out}");
    assert_eq!(count(&db, r#"SELECT ?e WHERE { ?e rdfs:label "Dana Whitcombe" }"#), 1);
    let out = ok(&db, &["remove", p(&b)]);
    assert!(out.contains("removed 1 article"), "{out}");
    assert_eq!(count(&db, r#"SELECT ?e WHERE { ?e rdfs:label "Dana Whitcombe" }"#), 0);
}

#[test]
fn articles_read_from_standard_input_are_removed_with_a_dash() {
    let s = Scratch::new();
    let db = s.db();
    let out = run_with_stdin(&db, &["ingest", "-"], Some(SHARED_B));
    assert!(out.status.success(), "{}", stderr(&out));
    ok(&db, &["ingest", p(&fixtures())]);
    let out = ok(&db, &["remove", "-"]);
    assert!(out.contains("removed 1 article"), "{out}");
    assert_eq!(count(&db, r#"SELECT ?e WHERE { ?e rdfs:label "Dana Whitcombe" }"#), 0);
    assert_eq!(count(&db, "SELECT ?a WHERE { ?a a ng:Article }"), 2, "the files' articles stay");
}
