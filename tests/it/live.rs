//! A live server (issue 14, the writing half): watched folders ingested while
//! the server runs, `POST /articles` and `DELETE /articles` behind a token, a
//! kill -9 in the middle of a write, and the command line run beside a running
//! server. Real server processes on real stores.

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::crash::{article, assert_whole, corpus_and_full_store, graphs};
use crate::serve_support::{encode, http, Answer, Server};
use crate::support::*;

/// The titles of the articles the server's endpoint answers with, sorted.
fn titles(server: &Server) -> Vec<String> {
    let q = "SELECT ?t WHERE { ?a a ng:Article ; ng:title ?t } ORDER BY ?t";
    let answer = http(&server.addr, "GET", &format!("/query?query={}", encode(q)), &[("Accept", "text/csv")], b"");
    assert_eq!(answer.status, 200, "{answer:?}");
    answer.body.lines().skip(1).map(|l| l.trim().trim_matches('"').to_string()).collect()
}

/// Waits (at most a minute: a bound for a stuck test, not a speed check) until `done` holds.
fn eventually(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !done() {
        assert!(Instant::now() < deadline, "never happened: {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn title(i: usize) -> String {
    article(i).lines().next().unwrap().to_string()
}

/// A store holding one example article, for a server to start on.
fn seeded(s: &Scratch) -> std::path::PathBuf {
    let db = s.db();
    ok(&db, &["ingest", "-q", p(&examples().join("articles/kestrion-kx-40.txt"))]);
    db
}

#[test]
fn a_watched_folder_is_ingested_as_files_appear_change_and_go() {
    let s = Scratch::new();
    let db = seeded(&s);
    let inbox = s.path("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    let server = Server::start(&db, &["--watch", p(&inbox)]);
    let before = titles(&server);
    assert_eq!(before.len(), 1);
    let search = http(&server.addr, "GET", "/api/search?q=brightwater", &[], b"");
    assert_eq!(search.body.trim(), "[]", "not there yet");

    // Dropped in: on the endpoint and in the search, without a restart.
    std::fs::write(inbox.join("one.txt"), article(1)).unwrap();
    eventually("the dropped file's article is served", || titles(&server).contains(&title(1)));
    eventually("the search finds the new entity", || {
        http(&server.addr, "GET", "/api/search?q=brightwater", &[], b"").body.contains("Brightwater Capital")
    });
    // The analysed graph is made again too, and the new entity's page has a version that moves.
    let hits: serde_json::Value =
        serde_json::from_str(&http(&server.addr, "GET", "/api/search?q=brightwater", &[], b"").body).unwrap();
    let brightwater = hits[0]["iri"].as_str().unwrap().to_string();
    eventually("the page's analyses know the new entity", || {
        http(&server.addr, "GET", &format!("/api/community?iri={}", encode(&brightwater)), &[], b"").status == 200
    });
    let version = || {
        let answer = http(&server.addr, "GET", &format!("/api/entity/version?iri={}", encode(&brightwater)), &[], b"");
        assert_eq!(answer.status, 200, "{answer:?}");
        let value: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
        value["version"].as_str().unwrap().to_string()
    };
    let seen = version();
    assert_ne!(seen, "0", "an article mentions it");
    let by_iri = http(&server.addr, "GET", &format!("/api/search?iri={}", encode(&brightwater)), &[], b"");
    assert!(by_iri.body.contains("\"label\":\"Brightwater Capital\""), "{by_iri:?}");

    // Changed: its article is replaced, not added to.
    std::fs::write(inbox.join("one.txt"), article(2)).unwrap();
    eventually("the changed file's article replaces the old one", || {
        let t = titles(&server);
        t.contains(&title(2)) && !t.contains(&title(1))
    });
    assert_eq!(titles(&server).len(), 2);

    // A folder below, and a JSON Lines file: each line an article.
    let lines = format!(
        "{}\n{}\n",
        serde_json::json!({"title": title(3), "text": article(3)}),
        serde_json::json!({"title": title(4), "text": article(4)})
    );
    std::fs::create_dir_all(inbox.join("feed")).unwrap();
    std::fs::write(inbox.join("feed/dump.jsonl"), lines).unwrap();
    eventually("both lines are served", || titles(&server).len() == 4);

    // Deleted: its articles go, as `remove` takes them.
    std::fs::remove_file(inbox.join("one.txt")).unwrap();
    std::fs::remove_dir_all(inbox.join("feed")).unwrap();
    eventually("the deleted files' articles are gone", || titles(&server) == before);
    assert_eq!(version(), "0", "no article mentions it any more: its version moved from {seen}");
    let log = server.log().join("\n");
    assert!(log.contains("watch: added") && log.contains("watch: replaced"), "{log}");
    let (status, _, _) = server.stop();
    assert!(status.success());
    assert!(!db.join("serve.json").exists(), "the server file goes with the server");

    // A file deleted while no server ran goes at the next start; one added meanwhile comes.
    std::fs::write(inbox.join("two.txt"), article(5)).unwrap();
    let server = Server::start(&db, &["--watch", p(&inbox)]);
    eventually("the file written while the server was away is served", || titles(&server).contains(&title(5)));
    drop(server); // killed
    std::fs::remove_file(inbox.join("two.txt")).unwrap();
    let server = Server::start(&db, &["--watch", p(&inbox)]);
    eventually("the file deleted while no server ran is taken out", || titles(&server) == before);
}

#[test]
fn a_server_killed_mid_write_leaves_whole_articles_and_a_restart_completes_the_work() {
    const N: usize = 300;
    let s = Scratch::new();
    let (corpus, full) = corpus_and_full_store(&s, N);

    // The served store starts with one of the articles.
    let db = s.path("served.db");
    ok(&db, &["ingest", "-q", p(&corpus.join("a0000.txt"))]);
    // Small batches: many bulk writes, so the kill lands between and inside them.
    let server = Server::start(&db, &["--watch", p(&corpus), "--batch-quads", "2000"]);
    eventually("the server has stored a few articles", || {
        server.log().iter().filter(|l| l.contains("watch: added")).count() >= 10
    });
    drop(server); // SIGKILL
    let killed = graphs(&db); // the server file it left behind is not used: no server answers there
    let articles = assert_whole(&killed, &full);
    assert!(articles > 10 && articles < N, "killed in the middle of the work ({articles} of {N} articles stored)");

    let server = Server::start(&db, &["--watch", p(&corpus)]);
    eventually("the restart stores the rest", || titles(&server).len() == N);
    let (status, _, _) = server.stop();
    assert!(status.success());
    assert_eq!(graphs(&db), full, "the restart reaches what an uninterrupted ingest writes");
}

const TOKEN: &str = "0123456789abcdef0123456789abcdef";

fn post(server: &Server, query: &str, headers: &[(&str, &str)], body: &[u8]) -> (Answer, serde_json::Value) {
    let answer = http(&server.addr, "POST", &format!("/articles{query}"), headers, body);
    let json = serde_json::from_str(&answer.body).unwrap_or(serde_json::Value::Null);
    (answer, json)
}

#[test]
fn posting_and_deleting_articles_needs_the_write_token() {
    let s = Scratch::new();
    let db = seeded(&s);
    // Off by default.
    let server = Server::start(&db, &[]);
    let (off, _) = post(&server, "", &[("Authorization", &format!("Bearer {TOKEN}"))], article(1).as_bytes());
    assert_eq!(off.status, 403, "{off:?}");
    assert!(off.body.contains("--write-token-file"), "{}", off.body);
    server.stop();

    let token_file = s.write("token", format!("{TOKEN}\n"));
    let server = Server::start(&db, &["--write-token-file", p(&token_file), "--max-post", "100000"]);
    let bearer = format!("Bearer {TOKEN}");
    let auth = [("Authorization", bearer.as_str())];
    let (none, _) = post(&server, "", &[], article(1).as_bytes());
    assert_eq!(none.status, 401, "{none:?}");
    assert_eq!(none.header("www-authenticate"), Some("Bearer"));
    let (wrong, _) = post(&server, "", &[("Authorization", "Bearer 0123456789abcdef0123456789abcdeX")], b"x");
    assert_eq!(wrong.status, 403, "{wrong:?}");
    let (big, _) = post(&server, "", &auth, &vec![b'a'; 100_001]);
    assert_eq!(big.status, 413, "{big:?}");
    assert_eq!(titles(&server).len(), 1, "nothing was stored by refused requests");

    // Text: stored; the same text again is the same article.
    let (added, json) = post(&server, "", &auth, article(1).as_bytes());
    assert_eq!(added.status, 200, "{added:?}");
    assert_eq!(json["stored"][0]["change"], "added", "{json}");
    assert_eq!(json["stored"][0]["title"], title(1).as_str());
    let iri = json["stored"][0]["iri"].as_str().unwrap().to_string();
    let (_, again) = post(&server, "", &auth, article(1).as_bytes());
    assert_eq!(again["stored"][0]["change"], "unchanged", "{again}");
    let (_, named) = post(&server, "?source=feeds/one", &auth, article(1).as_bytes());
    assert_eq!(named["stored"][0]["change"], "duplicate", "same text, one more source: {named}");
    assert_eq!(named["stored"][0]["iri"], iri.as_str());
    // The same source with another text: replaced, as a changed file is.
    let (_, replaced) = post(&server, "?source=feeds/one", &auth, article(2).as_bytes());
    assert_eq!(replaced["stored"][0]["change"], "replaced", "{replaced}");

    // HTML by its Content-Type, gzip-compressed JSON Lines by the source's name.
    let page = format!(
        "<html><head><title>{}</title></head><body><article><p>{}</p></article></body></html>",
        title(3),
        article(3).replace('\n', " ")
    );
    let (_, html) = post(&server, "", &[auth[0], ("Content-Type", "text/html")], page.as_bytes());
    assert_eq!(html["stored"][0]["change"], "added", "{html}");
    let lines = format!("{}\n{}\n", serde_json::json!({"text": article(4)}), serde_json::json!({"body": "  "}));
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(lines.as_bytes()).unwrap();
    let (jsonl, dump) = post(&server, "?source=dump.jsonl.gz", &auth, &gz.finish().unwrap());
    assert_eq!(jsonl.status, 200, "{jsonl:?}");
    assert_eq!(dump["stored"].as_array().unwrap().len(), 1, "{dump}");
    assert_eq!(dump["stored"][0]["source"], "dump.jsonl.gz#L1");
    assert_eq!(dump["failed"][0]["line"], 2, "the bad line is named: {dump}");
    let (empty, _) = post(&server, "", &auth, b"");
    assert_eq!(empty.status, 400, "{empty:?}");
    let (blank, failed) = post(&server, "", &auth, b"   \n");
    assert_eq!(blank.status, 422, "{blank:?}");
    assert!(failed["failed"][0]["error"].as_str().unwrap().contains("empty"), "{failed}");
    let (bad, failed) = post(&server, "?format=html", &auth, b"<html><nav>menu</nav></html>");
    assert_eq!(bad.status, 422, "{bad:?}");
    assert!(failed["failed"][0]["error"].as_str().unwrap().contains("no article text"), "{failed}");
    let served = titles(&server);
    for i in [1, 2, 3, 4] {
        assert!(served.contains(&title(i)), "{} in {served:?}", title(i));
    }

    // Deleting: by IRI, by source; something unknown is 404.
    let delete = |query: &str, headers: &[(&str, &str)]| {
        http(&server.addr, "DELETE", &format!("/articles?{query}"), headers, b"")
    };
    assert_eq!(delete(&format!("iri={}", encode(&iri)), &[]).status, 401);
    let gone = delete(&format!("iri={}", encode(&iri)), &auth);
    assert_eq!(gone.status, 200, "{gone:?}");
    assert!(gone.body.contains("\"removed\":1"), "{}", gone.body);
    let by_source = delete("source=feeds%2Fone", &auth);
    assert!(by_source.body.contains("\"removed\":1"), "{}", by_source.body);
    assert_eq!(delete("source=nowhere", &auth).status, 404);
    let served = titles(&server);
    assert!(!served.contains(&title(1)) && !served.contains(&title(2)), "{served:?}");
}

/// Masks the run time, the one thing that differs between two runs.
fn timeless(text: &str) -> String {
    text.lines()
        .map(|l| match l.rfind(" in ") {
            Some(at) if l.ends_with(" s") => l[..at].to_string(),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn as_str(v: &[Vec<String>]) -> Vec<Vec<&str>> {
    v.iter().map(|c| c.iter().map(String::as_str).collect()).collect()
}

fn outputs(db: &Path, commands: &[Vec<&str>]) -> Vec<(String, String, Option<i32>)> {
    commands
        .iter()
        .map(|args| {
            let out = run(db, args);
            (timeless(&String::from_utf8_lossy(&out.stdout)), stderr(&out), out.status.code())
        })
        .collect()
}

#[test]
fn the_command_line_beside_a_running_server_prints_what_it_prints_without_one() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", "-q", p(&examples().join("articles"))]);
    let extra = s.write("extra/new.txt", article(7));
    let bad = s.write("extra/empty.txt", "  \n");
    let csv_alone = s.path("csv-alone");
    let csv_beside = s.path("csv-beside");
    let reads = |csv: &Path| -> Vec<Vec<String>> {
        [
            vec!["query", "SELECT ?n WHERE { ?p a ng:Person ; rdfs:label ?n } ORDER BY ?n"],
            vec!["query", "--format", "json", "-f", p(&examples().join("queries/people-and-employers.rq"))],
            vec!["query", "CONSTRUCT { ?s ng:worksFor ?o } WHERE { ?s ng:worksFor ?o }"],
            vec!["query", "SELECT nonsense"],
            vec!["stats"],
            vec!["stats", "--articles"],
            vec!["export", "--format", "nquads"],
            vec!["export", "--format", "dot"],
            vec!["export", "--format", "csv", "-o", p(csv)],
        ]
        .into_iter()
        .map(|v| v.into_iter().map(String::from).collect())
        .collect()
    };
    let writes: Vec<Vec<&str>> = vec![
        vec!["ingest", "-v", p(&extra), p(&bad)],
        vec!["stats"],
        vec!["remove", p(&extra), "https://nowhere.example/x"],
        vec!["stats"],
    ];
    let alone_reads = reads(&csv_alone);
    let alone = outputs(&db, &as_str(&alone_reads));
    let alone_writes = outputs(&db, &writes);

    let token_file = s.write("token", TOKEN);
    let server = Server::start(&db, &["--write-token-file", p(&token_file)]);
    let beside_reads = reads(&csv_beside);
    let beside = outputs(&db, &as_str(&beside_reads));
    let beside_writes = outputs(&db, &writes);
    for (i, (a, b)) in alone.iter().zip(&beside).enumerate() {
        // The CSV folders differ by name, so that both can be compared below.
        let b = (b.0.clone(), b.1.replace("csv-beside", "csv-alone"), b.2);
        assert_eq!(*a, b, "{:?} prints the same beside the server", alone_reads[i]);
    }
    assert_eq!(alone[3].2, Some(2), "a malformed query is a usage error both ways");
    // The same lines; on standard error their order may differ: a local ingest
    // reports a new article when its batch is written, after later failures,
    // while through the server each file is written before the next is sent.
    let sorted = |text: &str| {
        let mut lines: Vec<&str> = text.lines().collect();
        lines.sort();
        lines.join("\n")
    };
    for (i, (a, b)) in alone_writes.iter().zip(&beside_writes).enumerate() {
        assert_eq!(
            (&a.0, sorted(&a.1), a.2),
            (&b.0, sorted(&b.1), b.2),
            "{:?} prints the same beside the server",
            writes[i]
        );
    }
    for name in ["entities.csv", "relations.csv", "quotes.csv", "articles.csv"] {
        let (a, b) = (std::fs::read(csv_alone.join(name)).unwrap(), std::fs::read(csv_beside.join(name)).unwrap());
        assert!(a == b, "{name} is the same beside the server");
    }
    let log = server.log_with(&["/cli/query", "/articles"]);
    assert!(log.contains("/cli/query") && log.contains("/articles"), "they went through the server: {log}");

    // A server that takes no writes: reads go through it, writes are refused.
    server.stop();
    let server = Server::start(&db, &[]);
    assert_eq!(outputs(&db, &[vec!["stats"]])[0], alone[4]);
    let refused = run(&db, &["ingest", p(&extra)]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("takes no writes"), "{}", stderr(&refused));
    server.stop();
}
