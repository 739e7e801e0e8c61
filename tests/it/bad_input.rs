//! Bad input: one error line naming the file and the reason; the rest still ingested;
//! non-zero exit at the end. Malformed SPARQL and unusable stores.

use crate::support::*;

const GOOD: &str = "Orbital Mesh raises funds\n\nPriya Raman, CEO of Orbital Mesh Inc., said the round closed.\n";

fn error_lines(out: &std::process::Output) -> Vec<String> {
    stderr(out).lines().filter(|l| l.starts_with("error:")).map(String::from).collect()
}

/// Ingests a good article next to `bad`; asserts one error naming `bad` with `reason`.
fn assert_reported_and_others_ingested(s: &Scratch, bad: &std::path::Path, reason: &str) {
    let good = s.write("good.txt", GOOD);
    let db = s.db();
    let out = run(&db, &["ingest", p(bad), p(&good)]);
    assert_eq!(out.status.code(), Some(1), "a failed input makes the exit status non-zero");
    let errors = error_lines(&out);
    assert_eq!(errors.len(), 1, "exactly one error line: {errors:?}");
    assert!(errors[0].contains(p(bad)), "the error names the file: {}", errors[0]);
    assert!(errors[0].contains(reason), "the error says why ({reason}): {}", errors[0]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("ingested 1 article") && stdout.contains("1 failed"), "{stdout}");
    let rows = select(&db, r#"SELECT ?e WHERE { ?e rdfs:label "Priya Raman" }"#);
    assert_eq!(rows.len(), 1, "the good article is in the store");
}

#[test]
fn a_path_that_does_not_exist() {
    let s = Scratch::new();
    assert_reported_and_others_ingested(&s, &s.path("missing.txt"), "No such file");
}

#[test]
fn an_empty_file() {
    let s = Scratch::new();
    let bad = s.write("empty.txt", "  \n\n");
    assert_reported_and_others_ingested(&s, &bad, "empty");
}

#[test]
fn a_binary_file() {
    let s = Scratch::new();
    let bad = s.write("image.txt", [0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0xff, 0x00]);
    assert_reported_and_others_ingested(&s, &bad, "binary");
}

#[test]
fn bytes_that_fit_no_encoding_are_reported_not_mangled() {
    let s = Scratch::new();
    // Not UTF-8, and 0x81/0x8D are undefined in Windows-1252.
    let bad = s.write("mystery.txt", b"Caf\xe9 \x81\x8d society\n\nA story about Z\xfcrich.\n");
    assert_reported_and_others_ingested(&s, &bad, "undecodable: not valid UTF-8 (byte 0xE9 at offset 3)");
}

#[test]
fn an_unreadable_file() {
    let s = Scratch::new();
    // A dangling symlink cannot be read by anyone, root included.
    let bad = s.path("dangling.txt");
    std::os::unix::fs::symlink(s.path("nowhere/at/all.txt"), &bad).unwrap();
    assert_reported_and_others_ingested(&s, &bad, "No such file");
}

#[test]
fn a_file_without_read_permission() {
    use std::os::unix::fs::PermissionsExt;
    let s = Scratch::new();
    let bad = s.write("secret.txt", GOOD);
    std::fs::set_permissions(&bad, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&bad).is_ok() {
        // Running as root: permissions do not stop reads, so there is nothing to refuse.
        return;
    }
    assert_reported_and_others_ingested(&s, &bad, "Permission denied");
}

#[test]
fn malformed_sparql_reports_line_and_column_and_leaves_the_store_alone() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&fixtures())]);
    let before = nquads(&db);
    let out = run(&db, &["query", "SELECT ?x WHERE {\n  ?x ?y \n}"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.starts_with("error: malformed SPARQL query"), "{err}");
    assert!(err.contains("3:") || err.contains("line 3"), "line and column: {err}");
    assert_eq!(before, nquads(&db));
}

#[test]
fn sparql_update_is_not_a_query() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&fixtures())]);
    let before = nquads(&db);
    let out = run(&db, &["query", "DELETE WHERE { ?s ?p ?o }"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(before, nquads(&db));
}

#[test]
fn sparql_update_is_named_as_such() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&fixtures())]);
    let out = run(&db, &["query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("SPARQL Update"), "{}", stderr(&out));
}

/// A query nested thousands of levels deep used to overflow the parser's stack
/// and abort the process; it is refused before parsing, with the limit named.
#[test]
fn a_query_nested_too_deep_is_refused_not_a_crash() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&fixtures())]);
    let groups = format!("SELECT * WHERE {}?s ?p ?o{}", "{".repeat(5000), "}".repeat(5000));
    let parens = format!("SELECT * WHERE {{ ?s ?p ?o FILTER{}1{} }}", "(".repeat(5000), ")".repeat(5000));
    let update = format!("INSERT DATA {}", "{".repeat(5000));
    for query in [groups, parens, update] {
        let out = run(&db, &["query", &query]);
        assert_eq!(out.status.code(), Some(2), "a usage error, not an abort: {}", stderr(&out));
        assert!(stderr(&out).contains("at most 256"), "{}", stderr(&out));
    }
    let fine = format!("SELECT * WHERE {}?s ?p ?o{} LIMIT 1", "{".repeat(50), "}".repeat(50));
    assert_eq!(run(&db, &["query", &fine]).status.code(), Some(0), "ordinary nesting still runs");
}

#[test]
fn a_folder_that_is_not_a_store_is_refused_and_left_alone() {
    let s = Scratch::new();
    let notes = s.write("notes/todo.txt", "buy milk\n");
    let db = s.path("notes");
    let good = s.write("good.txt", GOOD);
    let out = run(&db, &["ingest", p(&good)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("is not a newsgraph store"), "{}", stderr(&out));
    let entries: Vec<_> = std::fs::read_dir(&db).unwrap().collect();
    assert_eq!(entries.len(), 1, "nothing was added to the folder");
    assert_eq!(std::fs::read_to_string(notes).unwrap(), "buy milk\n");
    let out = run(&db, &["query", "ASK { ?s ?p ?o }"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_missing_store_is_not_created_by_query() {
    let s = Scratch::new();
    let out = run(&s.db(), &["stats"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no store here yet"), "{}", stderr(&out));
    assert!(!s.db().exists());
}

#[test]
fn a_store_held_by_another_process_gets_a_clear_message() {
    let s = Scratch::new();
    let db = s.db();
    let good = s.write("good.txt", GOOD);
    ok(&db, &["ingest", p(&good)]);
    let before = nquads(&db);
    {
        let _held = newsgraph::store::GraphStore::open(&db, newsgraph::store::Access::Existing).unwrap();
        let out = run(&db, &["ingest", p(&fixtures())]);
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr(&out).contains("in use by another newsgraph process"), "{}", stderr(&out));
    }
    assert_eq!(before, nquads(&db), "the store is unchanged and still opens");
}

#[test]
fn a_folder_without_permission_a_fifo_and_a_dangling_link_in_a_walked_folder() {
    use std::os::unix::fs::PermissionsExt;
    let s = Scratch::new();
    let root = s.path("news");
    s.write("news/good.txt", GOOD);
    s.write("news/locked/inside.txt", "Corvid grows\n\nMaya Okafor, CEO of Corvid Analytics Inc., said sales grew.\n");
    // A FIFO with an article's name: opening it would block for ever, so a walk leaves it out.
    let fifo = root.join("pipe.txt");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    // A link to nothing, with an article's name: read, and reported.
    let dangling = root.join("gone.txt");
    std::os::unix::fs::symlink(s.path("nowhere.txt"), &dangling).unwrap();
    let locked = root.join("locked");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let as_root = std::fs::read_dir(&locked).is_ok();

    let db = s.db();
    let out = run(&db, &["ingest", p(&root)]);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(out.status.code(), Some(1), "the run finished (no hang on the FIFO) and reports failures");
    let errors = error_lines(&out);
    assert!(errors.iter().any(|e| e.contains(p(&dangling)) && e.contains("No such file")), "{errors:?}");
    assert!(!errors.iter().any(|e| e.contains("pipe.txt")), "the FIFO is left out, not read: {errors:?}");
    let found = |label: &str| !select(&db, &format!(r#"SELECT ?e WHERE {{ ?e rdfs:label "{label}" }}"#)).is_empty();
    assert!(found("Priya Raman"), "the readable article is in");
    if as_root {
        // Permissions do not stop root: the folder is read like any other.
        assert!(found("Maya Okafor"));
        assert_eq!(errors.len(), 1, "{errors:?}");
    } else {
        assert!(errors.iter().any(|e| e.contains(p(&locked)) && e.contains("Permission denied")), "{errors:?}");
        assert!(!found("Maya Okafor"));
        assert_eq!(errors.len(), 2, "{errors:?}");
    }
    let summary = stderr(&out);
    assert!(
        summary.contains(&format!(
            "failed: {} input{} in {} file{}:",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" },
            errors.len(),
            if errors.len() == 1 { "" } else { "s" }
        )),
        "{summary}"
    );
}

/// A link back to its own folder used to be walked again and again (the same
/// file read 41 times, and with two such links the walk never ended): each
/// real folder is walked once.
#[test]
fn a_link_loop_in_a_walked_folder_reads_each_file_once() {
    let s = Scratch::new();
    let root = s.path("news");
    s.write("news/good.txt", GOOD);
    std::os::unix::fs::symlink(".", root.join("again")).unwrap();
    std::os::unix::fs::symlink("..", root.join("up")).unwrap();
    let db = s.db();
    let out = run(&db, &["ingest", p(&root)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let sources = select(&db, "SELECT ?src WHERE { ?a ng:source ?src }");
    assert_eq!(sources.len(), 1, "the file is one source, read once: {sources:?}");
}

/// Standard input, gzip and whole files used to be read whole into memory
/// (`ingest - </dev/zero` grew to 24 GB). An article over the size limit is
/// reported with the option that raises it and skipped; the rest is read.
#[test]
fn an_article_over_the_size_limit_is_reported_and_skipped_without_reading_it_whole() {
    use std::io::Write;
    let s = Scratch::new();
    let big = s.write("big.txt", "Zentrix grows\n\n".to_string() + &"word ".repeat(400));
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all("Zentrix grows\n\n".as_bytes()).unwrap();
    gz.write_all(&vec![b'z'; 100_000]).unwrap();
    let packed = s.write("packed.txt.gz", gz.finish().unwrap());
    let long_line = format!("{{\"text\": \"{}\"}}", "y".repeat(3000));
    let dump = s.write("dump.jsonl", format!("{long_line}\n{{\"text\": \"{}\"}}\n", GOOD.replace('\n', " ")));
    let db = s.db();
    let out = run(&db, &["ingest", "--max-article-bytes", "1000", p(&big), p(&packed), p(&dump)]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let errors = error_lines(&out);
    assert_eq!(errors.len(), 3, "{errors:?}");
    for (e, name) in errors.iter().zip(["big.txt", "packed.txt.gz", "dump.jsonl:1"]) {
        assert!(e.contains(name) && e.contains("--max-article-bytes"), "{e}");
    }
    let rows = select(&db, r#"SELECT ?e WHERE { ?e rdfs:label "Priya Raman" }"#);
    assert_eq!(rows.len(), 1, "the record after the long line is read");

    let stdin =
        run_with_stdin(&s.path("db2"), &["ingest", "--max-article-bytes", "1000", "-"], Some(&"x".repeat(5000)));
    assert_eq!(stdin.status.code(), Some(1));
    assert!(stderr(&stdin).contains("--max-article-bytes"), "{}", stderr(&stdin));
}

/// Extraction and an article's graph take memory in proportion to its text
/// (16 MB of dense news text in one article took 8 GB). A text over the limit
/// is reported with the option that raises it and skipped, from a web page
/// whose markup is small enough and from a JSON Lines record alike; the rest
/// is read.
#[test]
fn an_article_whose_text_is_over_the_text_limit_is_reported_and_skipped() {
    let s = Scratch::new();
    let long = "Zentrix opened a plant in Ohio. ".repeat(100);
    let page = s.write(
        "page.html",
        format!("<html><head><title>Zentrix grows</title></head><body><p>{long}</p></body></html>"),
    );
    let dump =
        s.write("dump.jsonl", format!("{{\"text\": \"{long}\"}}\n{{\"text\": \"{}\"}}\n", GOOD.replace('\n', " ")));
    let db = s.db();
    let out = run(&db, &["ingest", "--max-text-bytes", "2000", p(&page), p(&dump)]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let errors = error_lines(&out);
    assert_eq!(errors.len(), 2, "{errors:?}");
    for (e, name) in errors.iter().zip(["page.html", "dump.jsonl:1"]) {
        assert!(e.contains(name) && e.contains("--max-text-bytes"), "{e}");
    }
    let rows = select(&db, r#"SELECT ?e WHERE { ?e rdfs:label "Priya Raman" }"#);
    assert_eq!(rows.len(), 1, "the record after the long one is read");
    // The default limit takes the same page.
    ok(&s.path("db2"), &["ingest", p(&page)]);
}
