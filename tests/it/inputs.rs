//! Real inputs: web pages, JSON Lines dumps, gzip, legacy encodings, UTF-16,
//! standard input and folder walks, on the sample files in tests/fixtures/inputs.

use std::path::PathBuf;

use newsgraph::input::{read_source, Article, ReadOptions, Source};

use crate::support::*;

fn inputs() -> PathBuf {
    fixtures().join("inputs")
}

fn error_lines(out: &std::process::Output) -> Vec<String> {
    stderr(out).lines().filter(|l| l.starts_with("error:")).map(String::from).collect()
}

/// The articles the library reads from a file (errors dropped).
fn read(path: &std::path::Path) -> Vec<Article> {
    let mut found = Vec::new();
    let _: std::ops::ControlFlow<()> =
        read_source(&Source::File(path.to_path_buf()), &ReadOptions::default(), None, &mut |item| {
            if let Ok(a) = item {
                found.push(a);
            }
            std::ops::ControlFlow::Continue(())
        });
    found
}

fn labels(db: &std::path::Path) -> Vec<String> {
    select(db, "SELECT ?l WHERE { ?e rdfs:label ?l } ORDER BY ?l").into_iter().map(|r| r[0].clone()).collect()
}

#[test]
fn a_web_page_gives_its_article_body_only() {
    let page = read(&inputs().join("harrowgate-page.html"));
    assert_eq!(page.len(), 1);
    let text = &page[0].text;
    assert!(
        text.starts_with("Harrowgate Robotics hires a chief scientist\n\n"),
        "the headline is the first line: {text}"
    );
    assert_eq!(text.matches("Harrowgate Robotics hires a chief scientist").count(), 1, "the headline once: {text}");
    for kept in ["Leeds-based startup", "double in size", "learn a new shelf", "competes with Nimbus Labs"] {
        assert!(text.contains(kept), "body paragraph kept ({kept}): {text}");
    }
    for gone in [
        "cookies",
        "Cookiecorp",
        "World",
        "Markets",
        "Advertisement",
        "Quantafold",
        "Share on Twitter",
        "Tracking Pixel",
        "trackRead",
        "hotpink",
        "Related stories",
        "Veltro",
        "Comments",
        "Trollbridge",
        "Most read",
        "Sidebarco",
        "Footerly",
        "Noscriptia",
        "Read also",
        "Archive Images",
        "Daily Ledger",
    ] {
        assert!(!text.contains(gone), "boilerplate {gone:?} is not in the text: {text}");
    }
    assert!(text.contains("said on Thursday.\n\nImogen Saltmarsh"), "paragraphs are separated by blank lines: {text}");
}

#[test]
fn a_web_page_gives_its_metadata_to_the_article_node() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&inputs().join("harrowgate-page.html"))]);
    let rows = select(&db, "SELECT ?t ?d ?au ?u ?src ?h ?at WHERE { ?a a ng:Article ; ng:title ?t ; ng:date ?d ; ng:author ?au ; ng:url ?u ; ng:source ?src ; ng:contentHash ?h ; ng:ingestedAt ?at }");
    assert_eq!(rows.len(), 1, "{rows:?}");
    let r = &rows[0];
    assert_eq!(r[0], "Harrowgate Robotics hires a chief scientist");
    assert_eq!(r[1], "2025-04-17");
    assert_eq!(r[2], "Lena Okonkwo, Tomas Berg", "JSON-LD authors");
    assert_eq!(r[3], "https://ledger.example/tech/harrowgate-chief-scientist", "the canonical link");
    assert_eq!(PathBuf::from(&r[4]), std::fs::canonicalize(inputs().join("harrowgate-page.html")).unwrap());
    assert!(r[5].starts_with("sha256:") && r[5].len() == 71, "{}", r[5]);
    assert!(r[6].len() == 20 && r[6].ends_with('Z'), "an xsd:dateTime in UTC: {}", r[6]);
    let names = labels(&db);
    assert!(names.contains(&"Imogen Saltmarsh".to_string()), "{names:?}");
    for noise in ["Rupert Ashdown", "Quentin Marlowe", "Gus Pellham", "Veltro Systems", "Pellucid Motors"] {
        assert!(!names.iter().any(|n| n.contains(noise)), "{noise} comes from boilerplate: {names:?}");
    }
}

#[test]
fn malformed_html_is_still_read_and_a_page_without_article_text_is_reported() {
    let page = read(&inputs().join("broken-markup.html"));
    assert_eq!(page.len(), 1);
    assert!(
        page[0].text.contains("Carla Benedetti, CEO of Veltro Systems, said the plant would employ 300 people."),
        "{}",
        page[0].text
    );
    assert_eq!(page[0].title, "Veltro Systems opens a plant in Turin");

    let s = Scratch::new();
    let db = s.db();
    let empty = inputs().join("boilerplate-only.html");
    let out = run(&db, &["ingest", p(&empty), p(&inputs().join("broken-markup.html"))]);
    assert_eq!(out.status.code(), Some(1));
    let errors = error_lines(&out);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains(p(&empty)) && errors[0].contains("no article text"), "{}", errors[0]);
    assert!(labels(&db).contains(&"Carla Benedetti".to_string()));
}

#[test]
fn a_jsonl_dump_gives_one_article_per_good_line_and_names_each_bad_line() {
    let s = Scratch::new();
    let db = s.db();
    let dump = inputs().join("wire-dump.jsonl");
    let out = run(&db, &["ingest", p(&dump)]);
    assert_eq!(out.status.code(), Some(1), "bad lines make the exit status non-zero");
    let errors = error_lines(&out);
    let expect = [
        (2, "invalid JSON (EOF while parsing a string at column"),
        (4, "not a JSON object (an array)"),
        (5, "no text field (looked for text, content,"),
        (6, "the text field \"content\" is empty"),
        (8, "the text field \"content\" is a number, not a string"),
    ];
    assert_eq!(errors.len(), expect.len(), "{errors:?}");
    for (e, (line, why)) in errors.iter().zip(expect) {
        assert!(e.starts_with(&format!("error: {}:{line}: {why}", p(&dump))), "line {line}: {e}");
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("ingested 2 articles (2 new"), "{stdout}");
    let summary = stderr(&out);
    assert!(
        summary.contains(&format!("{}: 5 bad lines (2, 4, 5, 6, 8)", p(&dump))),
        "failures listed by file: {summary}"
    );

    let rows = select(&db, "SELECT ?t ?d ?u ?src WHERE { ?a ng:title ?t ; ng:source ?src OPTIONAL { ?a ng:date ?d } OPTIONAL { ?a ng:url ?u } } ORDER BY ?t");
    let canon = std::fs::canonicalize(&dump).unwrap().display().to_string();
    assert_eq!(
        rows,
        vec![
            vec![
                "Brightwater Capital backs Orbital Mesh".to_string(),
                "2025-03-03".into(),
                "https://wire.example/orbital-mesh".into(),
                format!("{canon}#L7")
            ],
            vec![
                "Pellucid Motors names a new chief executive".to_string(),
                "2025-02-11".into(),
                "https://wire.example/pellucid-ceo".into(),
                format!("{canon}#L1")
            ],
        ]
    );
    assert_eq!(select(&db, "SELECT ?au WHERE { ?a ng:author ?au }"), vec![vec!["Sam Ortiz".to_string()]]);
    assert!(labels(&db).contains(&"Rosa Delacroix".to_string()));
}

#[test]
fn jsonl_field_names_can_be_set() {
    let s = Scratch::new();
    let dump = s.write(
        "custom.jsonl",
        "{\"story\": {\"words\": \"Priya Raman, CEO of Orbital Mesh Inc., said the round closed.\"}, \"head\": \"Orbital Mesh closes a round\", \"when\": \"2024-09-09\", \"href\": \"https://x.example/om\"}\n",
    );
    let db = s.db();
    let fields =
        ["--text-field", "story.words", "--title-field", "head", "--date-field", "when", "--url-field", "href"];
    let mut args = vec!["ingest"];
    args.extend(fields);
    args.push(p(&dump));
    ok(&db, &args);
    let rows = select(&db, "SELECT ?t ?d ?u WHERE { ?a ng:title ?t ; ng:date ?d ; ng:url ?u }");
    assert_eq!(
        rows,
        vec![vec!["Orbital Mesh closes a round".to_string(), "2024-09-09".into(), "https://x.example/om".into()]]
    );
    // Without the settings the same line has no text field.
    let out = run(&s.path("other.db"), &["ingest", p(&dump)]);
    assert!(stderr(&out).contains("custom.jsonl:1: no text field"), "{}", stderr(&out));
}

#[test]
fn windows_1252_utf16_and_gzip_files_are_decoded() {
    let s = Scratch::new();
    let db = s.db();
    let files = ["zurich-1252.txt", "oslo-utf16.txt", "dublin-lab.txt.gz"].map(|f| inputs().join(f));
    let args: Vec<&str> = ["ingest", "-v"].into_iter().chain(files.iter().map(|f| p(f))).collect();
    let out = run(&db, &args);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("zurich-1252.txt (new; windows-1252)"), "{err}");
    assert!(err.contains("oslo-utf16.txt (new; UTF-16LE)"), "{err}");
    let names = labels(&db);
    for name in ["José Müller", "Café Lumière AG", "Søren Ødegaard", "Aoife Brennan"] {
        assert!(names.contains(&name.to_string()), "{name} decoded: {names:?}");
    }
    let quotes = select(&db, "SELECT ?t WHERE { ?q ng:text ?t }");
    assert!(quotes.iter().any(|q| q[0] == "We roast in Zürich and sell in Genève"), "{quotes:?}");
}

#[test]
fn a_truncated_gzip_file_is_reported_and_the_rest_ingested() {
    let s = Scratch::new();
    let whole = std::fs::read(inputs().join("dublin-lab.txt.gz")).unwrap();
    let cut = s.write("cut.txt.gz", &whole[..whole.len() / 2]);
    let good = s.write(
        "good.txt",
        "Orbital Mesh raises funds\n\nPriya Raman, CEO of Orbital Mesh Inc., said the round closed.\n",
    );
    let out = run(&s.db(), &["ingest", p(&cut), p(&good)]);
    assert_eq!(out.status.code(), Some(1));
    let errors = error_lines(&out);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains(p(&cut)) && errors[0].contains("truncated gzip file"), "{}", errors[0]);
    assert!(labels(&s.db()).contains(&"Priya Raman".to_string()));
}

#[test]
fn standard_input_takes_jsonl_html_and_gzip() {
    let s = Scratch::new();
    let db = s.db();
    let dump = "{\"title\": \"T1\", \"text\": \"Priya Raman, CEO of Orbital Mesh Inc., said the round closed.\"}\n{\"title\": \"T2\", \"text\": \"Maya Okafor, CEO of Corvid Analytics Inc., said sales grew.\"}\n";
    let out = run_with_stdin(&db, &["ingest", "-"], Some(dump));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        select(&db, "SELECT ?t WHERE { ?a ng:title ?t } ORDER BY ?t"),
        vec![vec!["T1".to_string()], vec!["T2".to_string()]]
    );
    let page = std::fs::read_to_string(inputs().join("harrowgate-page.html")).unwrap();
    let out = run_with_stdin(&db, &["ingest", "-"], Some(&page));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(labels(&db).contains(&"Imogen Saltmarsh".to_string()));
    // Gzip on standard input: bytes, so through a file handle.
    let gz = std::fs::File::open(inputs().join("dublin-lab.txt.gz")).unwrap();
    let out = std::process::Command::new(bin()).args(["ingest", "-", "--db", p(&db)]).stdin(gz).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(labels(&db).contains(&"Aoife Brennan".to_string()));
}

#[test]
fn folders_are_walked_with_globs_skipping_hidden_files_and_the_store() {
    let s = Scratch::new();
    let root = s.path("news");
    std::fs::create_dir_all(root.join("drafts")).unwrap();
    s.write("news/2025/a.txt", "Alpha Widgets hires\n\nDana Whitcombe, CEO of Alpha Widgets Inc., said hello.\n");
    std::fs::copy(inputs().join("harrowgate-page.html"), root.join("2025/page.html")).unwrap();
    std::fs::copy(inputs().join("dublin-lab.txt.gz"), root.join("2025/dublin.txt.gz")).unwrap();
    s.write("news/drafts/b.txt", "Beta Gadgets hires\n\nOmar Haddad, CEO of Beta Gadgets Inc., said hello.\n");
    s.write("news/.hidden/c.txt", "Gamma Tools hires\n\nLi Wei, CEO of Gamma Tools Inc., said hello.\n");
    s.write("news/.d.txt", "Delta Parts hires\n\nAna Silva, CEO of Delta Parts Inc., said hello.\n");
    s.write("news/notes.csv", "not,an,article\n");
    // The store inside the walked folder is not read as input.
    let db = root.join("store.db");
    let out = run(&db, &["ingest", p(&root), "--exclude", "drafts"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let names = labels(&db);
    assert!(
        names.contains(&"Dana Whitcombe".to_string())
            && names.contains(&"Imogen Saltmarsh".to_string())
            && names.contains(&"Aoife Brennan".to_string()),
        "{names:?}"
    );
    for skipped in ["Omar Haddad", "Li Wei", "Ana Silva"] {
        assert!(!names.contains(&skipped.to_string()), "{skipped} should be skipped: {names:?}");
    }
    assert!(String::from_utf8_lossy(&out.stdout).contains("ingested 3 articles"));
    // Re-running walks the store folder's files too if it were not skipped; it is.
    let out = run(&db, &["ingest", p(&root), "--include", "*.txt", "--include", "drafts/**"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("ingested 2 articles"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(labels(&db).contains(&"Omar Haddad".to_string()));
    let out = run(&db, &["ingest", p(&root), "--include", "[broken"]);
    assert_eq!(out.status.code(), Some(2), "a malformed glob is a usage error");
}

#[test]
fn the_same_bytes_under_two_names_are_one_article_with_two_sources() {
    let s = Scratch::new();
    let db = s.db();
    let text =
        "Zephyr Quantum grows\n\nDana Whitcombe, CEO of Zephyr Quantum Inc., told analysts that sales had doubled.\n";
    let a = s.write("a.txt", text);
    let b = s.write("copy/b.txt", text);
    let out = ok(&db, &["ingest", p(&a), p(&b)]);
    assert!(out.contains("1 new, 0 replaced, 0 unchanged, 1 duplicate"), "{out}");
    let rows = select(&db, "SELECT ?a (COUNT(?src) AS ?n) WHERE { GRAPH ?a { ?a ng:source ?src } } GROUP BY ?a");
    assert_eq!(rows.len(), 1, "one article: {rows:?}");
    assert_eq!(rows[0][1], "2", "two sources");
    let before = nquads(&db);
    let out = ok(&db, &["ingest", p(&a), p(&b)]);
    assert!(out.contains("0 new, 0 replaced, 2 unchanged"), "{out}");
    assert_eq!(before, nquads(&db), "nothing written, ingestion time kept");

    // One name changes: it becomes its own article, the other keeps the old one.
    std::fs::write(&b, "A quiet week\n\nNothing much happened at Northwind Traders Inc. this week.\n").unwrap();
    let out = ok(&db, &["ingest", p(&b)]);
    assert!(out.contains("0 new, 1 replaced"), "{out}");
    let rows = select(&db, "SELECT ?t ?src WHERE { ?a ng:title ?t ; ng:source ?src } ORDER BY ?t");
    let canon = |f: &std::path::Path| std::fs::canonicalize(f).unwrap().display().to_string();
    assert_eq!(
        rows,
        vec![vec!["A quiet week".to_string(), canon(&b)], vec!["Zephyr Quantum grows".to_string(), canon(&a)]]
    );
}

#[test]
fn a_redirected_run_has_no_progress_bar_quiet_prints_nothing_and_verbose_lists_articles() {
    let s = Scratch::new();
    let out = run(&s.db(), &["ingest", p(&fixtures())]);
    assert!(out.status.success());
    let err = stderr(&out);
    assert!(!err.contains('\r') && !err.contains("/s"), "no progress bar when stderr is not a terminal: {err:?}");
    let out = run(&s.path("q.db"), &["ingest", "-q", p(&fixtures())]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty() && out.stderr.is_empty(), "{}", stderr(&out));
    let out = run(&s.path("v.db"), &["ingest", "-v", p(&fixtures())]);
    let err = stderr(&out);
    assert_eq!(err.lines().filter(|l| l.starts_with("stored ") && l.contains("(new; UTF-8)")).count(), 2, "{err}");
}

#[test]
fn stats_lists_articles_when_asked() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&fixtures())]);
    let plain = ok(&db, &["stats"]);
    assert!(!plain.contains("https://newsgraph.org/id/article/"));
    let listed = ok(&db, &["stats", "--articles"]);
    assert_eq!(listed.matches("https://newsgraph.org/id/article/").count(), 2, "{listed}");
    assert!(listed.contains("2025-06-02  Corvid Analytics raises money from Brightwater Capital"), "{listed}");
    assert!(listed.contains("corvid-funding.txt"), "{listed}");
}

#[test]
fn on_a_terminal_a_progress_bar_is_drawn_and_cleared() {
    // `script` (util-linux) runs the ingest with a pseudo-terminal as its output.
    let s = Scratch::new();
    let command = format!("{} ingest --db {} {}", bin(), p(&s.db()), p(&fixtures()));
    let out = std::process::Command::new("script").args(["-qec", &command, "/dev/null"]).output().expect("script runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(screen.contains("\r\x1b[K["), "a bar is drawn: {screen:?}");
    assert!(screen.contains("articles") && screen.contains("/s"), "with articles and a rate: {screen:?}");
    assert!(screen.contains("ingested 2 articles"), "{screen:?}");
}

#[test]
fn read_article_gives_the_first_good_record_or_the_reason() {
    use newsgraph::input::read_article;
    let a = read_article(&Source::File(inputs().join("wire-dump.jsonl"))).unwrap();
    assert_eq!(a.title, "Pellucid Motors names a new chief executive");
    let e = read_article(&Source::File(inputs().join("boilerplate-only.html"))).unwrap_err();
    assert!(e.to_string().contains("no article text"), "{e}");
}

/// Two file names that differ only in bytes that are not UTF-8 used to be
/// recorded as one source (both `a�.txt`), so the second article replaced the
/// first. They are two sources, and both articles are kept.
#[test]
fn names_differing_only_in_non_utf8_bytes_are_two_sources() {
    use std::os::unix::ffi::OsStrExt;
    let s = Scratch::new();
    let dir = s.path("news");
    std::fs::create_dir_all(&dir).unwrap();
    for (byte, who) in [(0xFF_u8, "Mara Okafor"), (0xFE, "Priya Raman")] {
        let bytes = [b'a', byte, b'.', b't', b'x', b't'];
        let name = std::ffi::OsStr::from_bytes(&bytes);
        let text = format!("Zentrix hires\n\n{who}, CEO of Zentrix Inc., said sales grew.\n");
        std::fs::write(dir.join(name), text).unwrap();
    }
    let db = s.db();
    ok(&db, &["ingest", p(&dir)]);
    let mut sources: Vec<String> = select(&db, "SELECT ?src WHERE { ?a ng:source ?src }").concat();
    sources.sort();
    assert_eq!(sources.len(), 2, "{sources:?}");
    assert!(sources[0].ends_with("a\\xFE.txt") && sources[1].ends_with("a\\xFF.txt"), "{sources:?}");
    assert_eq!(select(&db, "SELECT ?a WHERE { ?a a ng:Article }").len(), 2);
}
