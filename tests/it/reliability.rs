//! Issue 13's reproductions that are not the server's: outputs never land in
//! the store, a folder is a store only when it really is one, reading commands
//! work on a read-only or full medium, a JSON Lines file that shrank loses the
//! articles of its gone lines, `remove` takes any file name, hostile markup is
//! refused with the option that raises the limit, and tables and JSON-LD
//! stream (peak memory measured with GNU time, not time).

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::support::{bin, fixtures, nquads, ok, p, run, select, stderr, Scratch};

const GOOD: &str = "Zentrix Labs hires\n\nMara Okafor, chief executive of Zentrix Labs, said the company would grow.\n";

/// Every file of a folder with its size and a hash of its bytes.
fn all_files(dir: &Path) -> Vec<(PathBuf, usize, u64)> {
    use std::hash::{Hash, Hasher};
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let bytes = std::fs::read(&path).unwrap();
            let mut h = std::collections::hash_map::DefaultHasher::new();
            bytes.hash(&mut h);
            out.push((path, bytes.len(), h.finish()));
        }
    }
    out.sort();
    out
}

#[test]
fn an_export_into_the_store_folder_is_refused_and_the_store_kept() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&fixtures())]);
    let before = nquads(&db);
    std::os::unix::fs::symlink(&db, s.path("link")).unwrap();
    let attempts: [(&str, PathBuf); 4] = [
        ("ntriples", db.join("CURRENT")),
        ("nquads", db.join("new-file.nq")),
        ("csv", db.clone()),
        ("turtle", s.path("link/../store.db/sub/../x.ttl")),
    ];
    for (format, output) in attempts {
        let out = run(&db, &["export", "--format", format, "-o", p(&output)]);
        assert_eq!(out.status.code(), Some(2), "{format} to {}: {}", output.display(), stderr(&out));
        assert!(stderr(&out).contains("inside the store folder"), "{}", stderr(&out));
    }
    let out = run(&db, &["export", "--format", "ntriples", "-o", p(&s.path("link/CURRENT"))]);
    assert_eq!(out.status.code(), Some(2), "through a link to the store: {}", stderr(&out));
    let current = std::fs::read_to_string(db.join("CURRENT")).unwrap();
    assert!(current.starts_with("MANIFEST-"), "CURRENT still names the store's manifest: {current}");
    assert!(!db.join("new-file.nq").exists());
    assert_eq!(before, nquads(&db), "the store still opens and holds the same quads");
    // Next to the store is fine.
    ok(&db, &["export", "--format", "ntriples", "-o", p(&s.path("graph.nt"))]);
}

#[test]
fn a_folder_with_a_file_named_current_is_not_taken_for_a_store() {
    let s = Scratch::new();
    let dir = s.path("notes");
    s.write("notes/CURRENT", "the current plan\n");
    s.write("notes/todo.txt", "buy milk\n");
    let before = all_files(&dir);
    let good = s.write("good.txt", GOOD);
    for args in [vec!["ingest", p(&good)], vec!["stats"], vec!["query", "ASK { ?s ?p ?o }"]] {
        let out = run(&dir, &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("is not a newsgraph store"), "{args:?}: {}", stderr(&out));
    }
    assert_eq!(all_files(&dir), before, "nothing was added to the folder or changed in it");
}

#[test]
fn a_store_is_marked_and_a_store_made_before_the_mark_still_opens() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&fixtures())]);
    assert!(db.join("NEWSGRAPH").is_file(), "a new store holds its marker file");
    let before = nquads(&db);
    std::fs::remove_file(db.join("NEWSGRAPH")).unwrap();
    assert_eq!(nquads(&db), before, "an unmarked oxigraph store is still a store");
    assert!(!db.join("NEWSGRAPH").exists(), "reading writes nothing");
    ok(&db, &["ingest", p(&fixtures())]);
    assert!(db.join("NEWSGRAPH").is_file(), "the next ingest marks it");
}

/// Runs `script` (sh) in a mount namespace of its own, so it can mount a
/// read-only view or a small full file system without touching the machine's.
fn in_mount_namespace(script: &str) -> Output {
    let out = Command::new("unshare")
        .args(["--mount", "--map-root-user", "sh", "-euc", script])
        .output()
        .expect("unshare runs (util-linux)");
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("unshare failed"),
        "mount namespaces are needed for this test: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// What stats, a query and an export print for the store at `db`, run by `sh` as `prefix DB`.
fn reading_commands(db: &Path) -> String {
    let b = bin();
    let db = p(db);
    format!(
        "{b} stats --db {db} > \"$OUT/stats\"\n\
         {b} query --db {db} --format csv 'SELECT ?n WHERE {{ ?p a ng:Person ; rdfs:label ?n }} ORDER BY ?n' > \"$OUT/query\"\n\
         {b} export --db {db} --format nquads > \"$OUT/export\"\n"
    )
}

fn same_answers(out_dir: &Path, db: &Path) {
    let stats = std::fs::read_to_string(out_dir.join("stats")).unwrap();
    assert_eq!(stats, ok(db, &["stats"]));
    let query = std::fs::read_to_string(out_dir.join("query")).unwrap();
    assert_eq!(
        query,
        ok(db, &["query", "--format", "csv", "SELECT ?n WHERE { ?p a ng:Person ; rdfs:label ?n } ORDER BY ?n"])
    );
    let mut export: Vec<String> =
        std::fs::read_to_string(out_dir.join("export")).unwrap().lines().map(String::from).collect();
    export.sort();
    assert_eq!(export, nquads(db));
}

#[test]
fn reading_commands_work_on_a_read_only_store() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&fixtures())]);
    let outputs = s.path("out");
    std::fs::create_dir(&outputs).unwrap();
    let before = all_files(&db);
    let script = format!(
        "OUT={out}\nmount --bind {db} {db}\nmount -o remount,bind,ro {db}\n\
         if touch {db}/probe 2>/dev/null; then echo 'still writable' >&2; exit 3; fi\n{reads}\
         if {b} ingest --db {db} {good} 2> \"$OUT/ingest-error\"; then exit 4; fi\n",
        out = p(&outputs),
        db = p(&db),
        reads = reading_commands(&db),
        b = bin(),
        good = p(&fixtures()),
    );
    let out = in_mount_namespace(&script);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(all_files(&db), before, "nothing in the store folder changed");
    same_answers(&outputs, &db);
    let ingest_error = std::fs::read_to_string(outputs.join("ingest-error")).unwrap();
    assert!(ingest_error.contains("Read-only file system"), "writing says why it cannot: {ingest_error}");
}

#[test]
fn reading_commands_work_on_a_full_disk() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&fixtures())]);
    let outputs = s.path("out");
    std::fs::create_dir(&outputs).unwrap();
    let size: u64 = all_files(&db).iter().map(|(_, n, _)| *n as u64).sum();
    let mount = s.path("small-disk");
    std::fs::create_dir(&mount).unwrap();
    let full = mount.join("store.db");
    let script = format!(
        "OUT={out}\nmount -t tmpfs -o size={kb}k tmpfs {mnt}\ncp -a {db} {full}\n\
         dd if=/dev/zero of={mnt}/filler bs=4k 2>/dev/null || true\n\
         if dd if=/dev/zero of={mnt}/more bs=4k count=1 2>/dev/null; then echo 'not full' >&2; exit 3; fi\n{reads}",
        out = p(&outputs),
        kb = size / 1024 + 4096,
        mnt = p(&mount),
        db = p(&db),
        full = p(&full),
        reads = reading_commands(&full),
    );
    let out = in_mount_namespace(&script);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    same_answers(&outputs, &db);
}

fn article_count(db: &Path) -> usize {
    select(db, "SELECT (COUNT(?a) AS ?n) WHERE { ?a a ng:Article }")[0][0].parse().unwrap()
}

fn line(text: &str) -> String {
    format!(
        "{}\n",
        serde_json::json!({ "title": text, "text": format!("{text} Mara Okafor, chief executive of Zentrix Labs, spoke.") })
    )
}

#[test]
fn a_json_lines_file_that_shrank_loses_the_articles_of_its_gone_lines() {
    let s = Scratch::new();
    let db = s.db();
    let texts = ["First story.", "Second story.", "Third story.", "Fourth story.", "Fifth story.", "Sixth story."];
    let dump = s.write("dump.jsonl", texts.iter().map(|t| line(t)).collect::<String>());
    // The fifth text is also a file of its own.
    let copy = s.write("fifth.jsonl", line(texts[4]));
    ok(&db, &["ingest", p(&dump), p(&copy)]);
    assert_eq!(article_count(&db), 6);
    // Now: line 1 as before, line 2 blank, line 3 malformed (kept, reported),
    // line 4 a new text, lines 5 and 6 gone.
    let shrunk = format!("{}\n\n{{\"text\": \n{}", line(texts[0]).trim_end(), line("A new story."));
    std::fs::write(&dump, shrunk).unwrap();
    let out = run(&db, &["ingest", p(&dump)]);
    assert_eq!(out.status.code(), Some(1), "the malformed line is reported: {}", stderr(&out));
    assert!(stderr(&out).contains("dump.jsonl:3"), "{}", stderr(&out));
    let titles: Vec<String> = select(&db, "SELECT ?t WHERE { ?a a ng:Article ; ng:title ?t } ORDER BY ?t")
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    assert_eq!(titles, ["A new story.", "Fifth story.", "First story.", "Third story."]);
    let sources: Vec<String> = select(&db, "SELECT ?s WHERE { ?a ng:title \"Fifth story.\" ; ng:source ?s }")
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    assert_eq!(sources.len(), 1, "the fifth text keeps only its other file: {sources:?}");
    assert!(sources[0].ends_with("fifth.jsonl#L1"), "{sources:?}");
    // Ingesting the same file again changes nothing.
    let before = nquads(&db);
    run(&db, &["ingest", p(&dump)]);
    assert_eq!(nquads(&db), before);
}

#[test]
fn remove_takes_file_names_that_are_not_utf8() {
    let s = Scratch::new();
    let db = s.db();
    let dir = s.path("news");
    std::fs::create_dir(&dir).unwrap();
    let ff = dir.join(OsStr::from_bytes(b"a\xff.txt"));
    let fe = dir.join(OsStr::from_bytes(b"a\xfe.txt"));
    std::fs::write(&ff, "One story\n\nMara Okafor founded Zentrix Labs.\n").unwrap();
    std::fs::write(&fe, "Another story\n\nTomas Berg founded Kalvara.\n").unwrap();
    ok(&db, &["ingest", p(&dir)]);
    assert_eq!(article_count(&db), 2);
    let out = Command::new(bin()).arg("remove").arg(&ff).arg("--db").arg(&db).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("removed 1 article"));
    let titles: Vec<String> =
        select(&db, "SELECT ?t WHERE { ?a ng:title ?t }").into_iter().map(|r| r[0].clone()).collect();
    assert_eq!(titles, ["Another story"], "the file with the other byte stays");
}

#[test]
fn hostile_markup_is_refused_unparsed_with_the_option_that_raises_the_limit() {
    let s = Scratch::new();
    let db = s.db();
    let nested = s.write(
        "in/nested.html",
        format!("<html><body>{}<p>Deep text.</p>{}</body></html>", "<div>".repeat(100_000), "</div>".repeat(100_000)),
    );
    let attributes: String = (0..1_000_000).map(|i| format!(" a{i}=x")).collect();
    let wide = s.write("in/attributes.html", format!("<html><body><p{attributes}>Text.</p></body></html>"));
    let good = s.write("in/good.txt", GOOD);
    let out = run(&db, &["ingest", p(&s.path("in"))]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains(&format!("{}: the page nests elements more than 512 deep", nested.display())), "{err}");
    assert!(err.contains("--max-html-depth"), "{err}");
    assert!(err.contains(&format!("{}: a <p> tag has more than 1000 attributes", wide.display())), "{err}");
    assert!(err.contains("--max-html-attributes"), "{err}");
    assert_eq!(article_count(&db), 1, "the good file is stored: {}", good.display());

    // Ordinary deep pages pass, and the limits can be lowered or raised.
    let page = format!(
        "<html><body>{}<p>Mara Okafor founded Zentrix Labs.</p>{}</body></html>",
        "<div>".repeat(150),
        "</div>".repeat(150)
    );
    let deep = s.write("deep.html", page);
    let out = run(&db, &["ingest", "--max-html-depth", "100", p(&deep)]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("more than 100 deep"), "{}", stderr(&out));
    ok(&db, &["ingest", p(&deep)]);
    assert_eq!(article_count(&db), 2);
}

/// A megabyte of quotations attributed to thousands of different people, in
/// one "sentence" (no full stop): every quote found, not a stalled run (an
/// extraction stage compared every entity with every other: 5.7 s for this
/// megabyte, growing with its square).
#[test]
fn a_megabyte_of_quotes_by_thousands_of_speakers_is_read_whole() {
    let s = Scratch::new();
    let given = ["Mara", "Tomas", "Lena", "Ingrid", "Omar", "Priya", "Kenji", "Sofia"];
    let syllables = ["ka", "lo", "vex", "tra", "mi", "dor", "qua", "zen", "pel", "ri", "sto", "nar", "bel", "cor"];
    let family = |k: usize| {
        let word: String = [k % 14, k / 14 % 14, k / 196 % 14].iter().map(|&i| syllables[i]).collect();
        word[..1].to_uppercase() + &word[1..]
    };
    let mut text = String::from("Quotes\n\n");
    let mut n = 0;
    while text.len() < 1_000_000 {
        let name = format!("{} {}", given[n % 8], family(n / 8));
        text.push_str(&format!("\"Growth is strong in unit {n}\" said {name}, "));
        n += 1;
    }
    let file = s.write("said.txt", &text);
    let out = Command::new(bin()).args(["extract", "--format", "json"]).arg(&file).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let quotes = report["quotes"].as_array().map_or(0, Vec::len);
    assert!(quotes * 10 >= n * 9, "{quotes} of {n} quotes found");
}

/// Peak memory (MB) of `newsgraph ARGS --db DB`, its standard output thrown away.
fn peak_mb(db: &Path, args: &[&str]) -> u64 {
    let s = Scratch::new();
    let report = s.path("rss");
    let out = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%M")
        .arg("-o")
        .arg(&report)
        .arg(bin())
        .args(args)
        .arg("--db")
        .arg(db)
        .stdout(std::process::Stdio::null())
        .output()
        .expect("GNU time (apt-get install time)");
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    let kb: u64 = std::fs::read_to_string(report).unwrap().trim().lines().last().unwrap().parse().unwrap();
    kb / 1024
}

#[test]
fn a_table_of_a_million_rows_is_written_in_bounded_memory() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&s.write("good.txt", GOOD))]);
    let values = (0..100).map(|i| i.to_string()).collect::<Vec<_>>().join(" ");
    let million =
        format!("SELECT * WHERE {{ VALUES ?a {{ {values} }} VALUES ?b {{ {values} }} VALUES ?c {{ {values} }} }}");
    let table = ok(&db, &["query", &million]);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 2 + 1_000_000 + 1, "header, rule, rows, count");
    assert_eq!(*lines.last().unwrap(), "(1000000 rows)");
    let small = peak_mb(&db, &["query", "ASK { ?s ?p ?o }"]);
    let big = peak_mb(&db, &["query", &million]);
    assert!(big < small + 60, "a million rows took {big} MB, a one-line answer {small} MB");
}

#[test]
fn a_table_aligns_on_its_first_rows_and_streams_the_rest() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&s.write("good.txt", GOOD))]);
    let values = (0..1500).map(|i| format!("\"{}\"", "x".repeat(if i == 1200 { 30 } else { 3 }))).collect::<Vec<_>>();
    let query = format!("SELECT ?v ?w WHERE {{ VALUES ?v {{ {} }} BIND(\"end\" AS ?w) }}", values.join(" "));
    let table = ok(&db, &["query", &query]);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines[0], "v   | w");
    assert_eq!(lines[2], "xxx | end");
    assert_eq!(lines[2 + 1200], format!("{} | end", "x".repeat(30)), "a wider later row is written whole");
    assert_eq!(lines.len(), 2 + 1500 + 1);
}

#[test]
fn json_ld_is_written_as_it_is_read() {
    let s = Scratch::new();
    let db = s.db();
    crate::synthetic::build_store(&db, 1500);
    let triples = select(&db, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0][0].parse::<u64>().unwrap();
    assert!(triples > 50_000, "{triples} triples");
    let small = peak_mb(&db, &["query", "ASK { ?s ?p ?o }"]);
    let jsonld = peak_mb(&db, &["export", "--format", "jsonld"]);
    assert!(jsonld < small + 60, "JSON-LD of {triples} triples took {jsonld} MB, a one-line answer {small} MB");
}
