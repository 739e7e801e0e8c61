//! `newsgraph serve` over raw HTTP: the protocol's corner cases, limits,
//! the page's JSON, shutdown, and how ingests become visible.

use std::time::{Duration, Instant};

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsParser, SliceQueryResultsParserOutput};

use crate::serve_support::*;
use crate::support::*;

const PEOPLE: &str = "SELECT ?name WHERE { ?p a ng:Person ; rdfs:label ?name } ORDER BY ?name";

fn names(format: QueryResultsFormat, data: &str) -> Vec<String> {
    match QueryResultsParser::from_format(format).for_slice(data.as_bytes()).expect("results parse") {
        SliceQueryResultsParserOutput::Solutions(rows) => rows
            .map(|row| row.expect("row").get("name").expect("name bound").to_string().trim_matches('"').to_string())
            .collect(),
        SliceQueryResultsParserOutput::Boolean(_) => panic!("expected solutions"),
    }
}

#[test]
fn the_endpoint_answers_like_the_query_command() {
    let (_s, db) = examples_store();
    // Before the server holds the store: what `newsgraph query` says.
    let people_csv = ok(&db, &["query", "--format", "csv", PEOPLE]);
    let example = examples().join("queries/people-and-employers.rq");
    let example_text = std::fs::read_to_string(&example).unwrap();
    let example_csv = ok(&db, &["query", "--format", "csv", "-f", p(&example)]);
    let cli_names: Vec<String> = people_csv.lines().skip(1).map(String::from).collect();
    assert!(cli_names.len() >= 3);

    let server = Server::start(&db, &[]);
    let a = &server.addr;

    // GET, default format JSON.
    let json = get(a, &query_path(PEOPLE), "*/*");
    assert_eq!(json.status, 200, "{}", json.body);
    assert_eq!(json.header("content-type"), Some("application/sparql-results+json"));
    assert_eq!(names(QueryResultsFormat::Json, &json.body), cli_names);
    // POST form, XML.
    let form = format!("query={}", encode(PEOPLE));
    let xml = http(
        a,
        "POST",
        "/sparql",
        &[("Content-Type", "application/x-www-form-urlencoded"), ("Accept", "application/sparql-results+xml")],
        form.as_bytes(),
    );
    assert_eq!(xml.status, 200, "{}", xml.body);
    assert_eq!(xml.header("content-type"), Some("application/sparql-results+xml"));
    assert_eq!(names(QueryResultsFormat::Xml, &xml.body), cli_names);
    // POST application/sparql-query: CSV is byte for byte the CLI's, for an example query too.
    for (query, expected) in [(PEOPLE, &people_csv), (example_text.as_str(), &example_csv)] {
        let csv = http(
            a,
            "POST",
            "/query",
            &[("Content-Type", "application/sparql-query"), ("Accept", "text/csv")],
            query.as_bytes(),
        );
        assert_eq!(csv.status, 200, "{}", csv.body);
        assert_eq!(&csv.body, expected, "the endpoint and newsgraph query agree");
    }
    let tsv = get(a, &query_path(PEOPLE), "text/tab-separated-values");
    assert_eq!(names(QueryResultsFormat::Tsv, &tsv.body), cli_names);
    // ASK.
    let ask = get(a, &query_path("ASK { ?p a ng:Person }"), "application/sparql-results+json");
    assert_eq!(ask.status, 200);
    assert!(ask.body.contains("\"boolean\":true"), "{}", ask.body);
    // CONSTRUCT in Turtle and N-Triples; Accept with q-values.
    let construct = "CONSTRUCT { ?p ng:worksFor ?o } WHERE { ?p ng:worksFor ?o }";
    for (accept, format, media) in [
        ("text/turtle", RdfFormat::Turtle, "text/turtle"),
        ("application/n-triples;q=0.9, application/rdf+xml;q=0.5", RdfFormat::NTriples, "application/n-triples"),
        ("application/rdf+xml", RdfFormat::RdfXml, "application/rdf+xml"),
    ] {
        let answer = get(a, &query_path(construct), accept);
        assert_eq!(answer.status, 200, "{accept}: {}", answer.body);
        assert!(answer.header("content-type").unwrap().starts_with(media), "{accept}");
        let triples: Vec<_> = RdfParser::from_format(format)
            .for_slice(answer.body.as_bytes())
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("{accept}: {e}\n{}", answer.body));
        assert!(triples.len() >= 3, "{accept}: {}", answer.body);
    }
    // The request log: one line per query, with the query.
    let log = server.log_with(&["\"GET /query\" 200", "query=\"SELECT ?name WHERE", "\"POST /sparql\" 200"]);
    assert!(log.contains("\"GET /query\" 200") && log.contains("query=\"SELECT ?name WHERE"), "{log}");
    assert!(log.contains("\"POST /sparql\" 200"), "{log}");
    let (status, stdout, _) = server.stop();
    assert!(status.success(), "Ctrl-C ends the server cleanly: {status}");
    assert!(stdout.contains("stopped"), "{stdout}");
    // The store is released: the CLI can use it again.
    assert_eq!(ok(&db, &["query", "--format", "csv", PEOPLE]), people_csv);
}

#[test]
fn protocol_corner_cases() {
    let (_s, db) = examples_store();
    let server = Server::start(&db, &["--max-body", "4096"]);
    let a = &server.addr;

    let wrong = http(a, "PUT", "/query", &[("Content-Type", "application/sparql-query")], b"ASK {}");
    assert_eq!(wrong.status, 405, "{wrong:?}");
    let allow = wrong.header("allow").expect("405 names the allowed methods");
    assert!(allow.contains("GET") && allow.contains("POST"), "{allow}");
    assert_eq!(http(a, "DELETE", "/sparql", &[], b"").status, 405);

    let unknown = get(a, &query_path(PEOPLE), "image/png");
    assert_eq!(unknown.status, 406, "{unknown:?}");
    assert!(unknown.body.contains("application/sparql-results+json"), "406 lists what there is: {}", unknown.body);
    // A SELECT asked for as RDF only: nothing fits either.
    assert_eq!(get(a, &query_path(PEOPLE), "text/turtle").status, 406);

    let missing = get(a, "/query", "*/*");
    assert_eq!(missing.status, 400);
    assert!(missing.body.contains("missing query"), "{}", missing.body);
    let empty_form = http(a, "POST", "/query", &[("Content-Type", "application/x-www-form-urlencoded")], b"");
    assert_eq!(empty_form.status, 400);

    let malformed = get(a, &query_path("SELECT ?x WHERE { ?x ng:worksFor }"), "*/*");
    assert_eq!(malformed.status, 400);
    assert!(
        malformed.body.starts_with("malformed SPARQL query at line 1, column 34: `}` is not valid SPARQL here"),
        "where the parser stopped: {}",
        malformed.body
    );
    assert_eq!(malformed.header("content-type"), Some("text/plain; charset=utf-8"));

    let big = format!("ASK {{ }} # {}", "x".repeat(10_000));
    let oversized = http(a, "POST", "/query", &[("Content-Type", "application/sparql-query")], big.as_bytes());
    assert_eq!(oversized.status, 413, "{oversized:?}");

    let no_type = http(a, "POST", "/query", &[], b"ASK {}");
    assert_eq!(no_type.status, 415);
    let update_type = http(a, "POST", "/query", &[("Content-Type", "application/sparql-update")], b"CLEAR ALL");
    assert_eq!(update_type.status, 400);
    assert!(update_type.body.contains("read-only"), "{}", update_type.body);
    let update_form = http(
        a,
        "POST",
        "/query",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        format!("update={}", encode("INSERT DATA { <a:x> <a:y> <a:z> }")).as_bytes(),
    );
    assert_eq!(update_form.status, 400);
    for update in ["LOAD <http://example.org/data.ttl>", "DROP ALL", "INSERT DATA { <a:x> <a:y> <a:z> }"] {
        let answer = http(a, "POST", "/query", &[("Content-Type", "application/sparql-query")], update.as_bytes());
        assert_eq!(answer.status, 400, "{update}");
        assert!(answer.body.contains("read-only"), "{update}: {}", answer.body);
    }
    let service = get(a, &query_path("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"), "*/*");
    assert_eq!(service.status, 400, "{service:?}");
    assert!(service.body.contains("SERVICE is refused"), "{}", service.body);
    // A function the endpoint does not have is the query's fault, not the
    // server's (fuzz/sparql found it answered 500).
    for call in ["<urn:x:nothing>(?o)", "ng:saidREGEX(?o, \"^T\")"] {
        let unknown = get(a, &query_path(&format!("SELECT * WHERE {{ ?s ?p ?o FILTER({call}) }}")), "*/*");
        assert_eq!(unknown.status, 400, "{unknown:?}");
        assert!(unknown.body.contains("is not supported"), "{}", unknown.body);
    }

    // Nothing happened to the store.
    let count = get(a, &query_path("SELECT (COUNT(*) AS ?n) WHERE { <a:x> ?p ?o }"), "text/csv");
    assert_eq!(count.body.lines().nth(1), Some("0"));

    // CORS: preflight and simple requests.
    let preflight = http(
        a,
        "OPTIONS",
        "/query",
        &[
            ("Origin", "http://yasgui.example"),
            ("Access-Control-Request-Method", "POST"),
            ("Access-Control-Request-Headers", "content-type"),
        ],
        b"",
    );
    assert!(preflight.status < 300, "{preflight:?}");
    assert_eq!(preflight.header("access-control-allow-origin"), Some("*"));
    assert!(preflight.header("access-control-allow-methods").unwrap_or_default().contains("POST"));
    let simple = http(a, "GET", &query_path("ASK {}"), &[("Origin", "http://yasgui.example")], b"");
    assert_eq!(simple.header("access-control-allow-origin"), Some("*"));

    // Only the embedded assets are files.
    for path in [
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/src/serve/page/app.js",
        "/Cargo.toml",
        "/app.js/../../Cargo.toml",
    ] {
        let answer = http(a, "GET", path, &[], b"");
        assert_eq!(answer.status, 404, "{path}: {}", answer.body);
        assert!(!answer.body.contains("root:"), "{path}");
    }
    let page = get(a, "/", "text/html");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<title>newsgraph</title>"));
    assert!(page.header("content-security-policy").unwrap().contains("script-src 'self'"));
    assert!(get(a, "/app.js", "*/*").header("content-type").unwrap().starts_with("text/javascript"));
    assert_eq!(get(a, "/style.css", "*/*").status, 200);
}

#[test]
fn timeouts_and_result_limits() {
    let (_s, db) = examples_store();
    let server = Server::start(&db, &["--timeout", "0.5", "--max-rows", "5", "--workers", "2"]);
    let a = &server.addr;

    let too_many = get(a, &query_path("SELECT * WHERE { ?s ?p ?o }"), "*/*");
    assert_eq!(too_many.status, 500, "{too_many:?}");
    assert!(too_many.body.contains("more than 5 rows"), "{}", too_many.body);
    let graph = get(a, &query_path("CONSTRUCT WHERE { ?s ?p ?o }"), "text/turtle");
    assert_eq!(graph.status, 500, "{}", graph.body);
    assert_eq!(get(a, &query_path("SELECT * WHERE { ?s ?p ?o } LIMIT 5"), "*/*").status, 200);

    // A cross product of the whole graph with itself three times cannot finish in 0.5 s.
    let slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    let started = Instant::now();
    let timed_out = get(a, &query_path(slow), "*/*");
    assert_eq!(timed_out.status, 503, "{timed_out:?}");
    assert!(timed_out.body.contains("ran longer than 0.5 s"), "{}", timed_out.body);
    assert!(started.elapsed() < Duration::from_secs(5), "answered at the timeout: {:?}", started.elapsed());
    // The cancelled queries give their places back: two more slow ones and then a quick one.
    for _ in 0..2 {
        assert_eq!(get(a, &query_path(slow), "*/*").status, 503);
    }
    let started = Instant::now();
    assert_eq!(get(a, &query_path("ASK { ?s ?p ?o }"), "*/*").status, 200);
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
}

#[test]
fn slow_clients_are_cut_off() {
    use std::io::{Read, Write};
    let (_s, db) = examples_store();
    let server = Server::start(&db, &["--client-timeout", "1"]);
    // Headers that never end.
    let mut stream = std::net::TcpStream::connect(&server.addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    stream.write_all(b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n").unwrap();
    let started = Instant::now();
    let mut buf = Vec::new();
    let _ = stream.read_to_end(&mut buf);
    assert!(started.elapsed() < Duration::from_secs(5), "the server hung up after the client timeout");
    // A body that never comes.
    let mut stream = std::net::TcpStream::connect(&server.addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    stream
        .write_all(b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 100\r\n\r\nASK")
        .unwrap();
    let started = Instant::now();
    let mut buf = Vec::new();
    let _ = stream.read_to_end(&mut buf);
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    let text = String::from_utf8_lossy(&buf);
    assert!(text.is_empty() || text.starts_with("HTTP/1.1 4"), "{text}");
    // And the server still serves others.
    assert_eq!(get(&server.addr, "/query?query=ASK%7B%7D", "*/*").status, 200);
}

#[test]
fn the_page_api_binds_what_users_type() {
    let s = Scratch::new();
    let db = s.db();
    s.write(
        "articles/xss.txt",
        "Corvid <b>bold</b> news\n29 January 2025\n\nMaya Okafor, the chief executive of Corvid Labs, said \
         <script>window.__xss = 1</script> the launch went well.\n",
    );
    ok(&db, &["ingest", p(&examples().join("articles")), p(&s.path("articles"))]);
    let server = Server::start(&db, &[]);
    let a = &server.addr;
    let json = |path: &str| -> serde_json::Value {
        let answer = get(a, path, "application/json");
        assert_eq!(answer.status, 200, "{path}: {}", answer.body);
        serde_json::from_str(&answer.body).unwrap()
    };

    let hits = json(&format!("/api/search?q={}", encode("tessa")));
    let first = &hits[0];
    assert!(first["label"].as_str().unwrap().starts_with("Tessaline"), "{hits}");
    // Found by an alias, which is reported.
    let us = json(&format!("/api/search?q={}", encode("u.s.")));
    assert!(us.as_array().unwrap().iter().any(|h| h["label"] == "United States" && h["alias"] == "U.S."), "{us}");
    // Quotes, braces and SPARQL in the search text are just characters.
    for nasty in ["\") } DROP ALL #", "'\\\"<>", "} UNION { ?e ?p ?o }", "%", "\u{0}"] {
        let found = json(&format!("/api/search?q={}", encode(nasty)));
        assert_eq!(found, serde_json::json!([]), "{nasty:?}");
    }
    assert_eq!(get(a, &format!("/api/search?q={}", "x".repeat(300)), "*/*").status, 400);

    let maya = hits_iri(&json("/api/search?q=maya%20oka"), "Maya Okafor");
    let entity = json(&format!("/api/entity?iri={}", encode(&maya)));
    assert_eq!(entity["class"], "Person");
    let fact = entity["facts"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["predicate"] == "worksFor" && f["other"]["label"] == "Corvid Labs")
        .unwrap_or_else(|| panic!("{entity}"));
    assert_eq!(fact["roles"][0], "chief executive");
    let sentence = fact["evidence"][0]["sentence"].as_str().unwrap();
    assert!(sentence.contains("<script>window.__xss = 1</script>"), "kept verbatim, escaped by the page: {sentence}");
    assert_eq!(fact["evidence"][0]["article"]["title"], "Corvid <b>bold</b> news");

    let bad = get(a, &format!("/api/entity?iri={}", encode("not an iri")), "*/*");
    assert_eq!(bad.status, 400, "{}", bad.body);
    let absent = get(a, &format!("/api/entity?iri={}", encode("https://newsgraph.org/id/person/nobody")), "*/*");
    assert_eq!(absent.status, 404);
    let examples = json("/api/examples");
    assert!(examples.as_array().unwrap().len() >= 8);
    let stats = json("/api/stats");
    assert_eq!(stats["articles"], 6);
    // The newest articles, with their counts.
    let latest = stats["latest"].as_array().unwrap();
    assert_eq!(latest.len(), 6, "{stats}");
    let corvid = latest.iter().find(|a| a["title"] == "Corvid <b>bold</b> news").unwrap_or_else(|| panic!("{stats}"));
    assert_eq!(corvid["date"], "2025-01-29");
    assert!(corvid["entities"].as_u64().unwrap() >= 2 && corvid["relations"].as_u64().unwrap() >= 1, "{corvid}");
}

/// A hub's page comes in pages: the first of each list with its total, the
/// rest by `list=…&offset=N`, together every fact once, each with its evidence.
#[test]
fn an_entity_page_lists_in_pages() {
    let s = Scratch::new();
    let db = s.db();
    // One city named by 60 companies (more than a page of facts).
    for i in 0..60 {
        let name = format!("Velcor{}", ["a", "e", "i", "o", "u"][i % 5].repeat(1 + i / 5));
        s.write(
            &format!("articles/a{i:02}.txt"),
            format!(
                "{name} Labs opens
3 March 2025

{name} Labs, a Lyon-based startup, said it hired staff.
"
            ),
        );
    }
    ok(&db, &["ingest", p(&s.path("articles"))]);
    let server = Server::start(&db, &[]);
    let a = &server.addr;
    let json = |path: &str| -> serde_json::Value {
        let answer = get(a, path, "application/json");
        assert_eq!(answer.status, 200, "{path}: {}", answer.body);
        serde_json::from_str(&answer.body).unwrap()
    };
    let lyon = hits_iri(&json("/api/search?q=lyon"), "Lyon");
    let page = json(&format!("/api/entity?iri={}", encode(&lyon)));
    let total = page["facts"]["total"].as_u64().unwrap() as usize;
    assert!(total >= 60, "{}", page["facts"]);
    let mut facts: Vec<serde_json::Value> = page["facts"]["items"].as_array().unwrap().clone();
    assert_eq!(facts.len(), 50, "the first page");
    assert_eq!(page["articles"]["total"], 60);
    assert_eq!(page["articles"]["items"].as_array().unwrap().len(), 50);
    assert_eq!(page["neighbours"]["items"].as_array().unwrap().len(), 24, "the picture's neighbours");
    while facts.len() < total {
        let more = json(&format!("/api/entity?iri={}&list=facts&offset={}", encode(&lyon), facts.len()));
        let items = more["items"].as_array().unwrap();
        assert!(!items.is_empty());
        facts.extend(items.iter().cloned());
    }
    let mut others: Vec<&str> = facts.iter().map(|f| f["other"]["iri"].as_str().unwrap()).collect();
    others.sort();
    others.dedup();
    assert_eq!(others.len(), total, "every fact once");
    assert!(facts.iter().all(|f| f["evidence"][0]["sentence"].as_str().is_some_and(|t| t.contains("Lyon"))));
    let rest = json(&format!("/api/entity?iri={}&list=articles&offset=50", encode(&lyon)));
    assert_eq!(rest["items"].as_array().unwrap().len(), 10);
    assert_eq!(get(a, &format!("/api/entity?iri={}&list=nope", encode(&lyon)), "*/*").status, 400);
}

fn hits_iri(hits: &serde_json::Value, label: &str) -> String {
    hits.as_array()
        .unwrap()
        .iter()
        .find(|h| h["label"] == label)
        .and_then(|h| h["iri"].as_str())
        .unwrap_or_else(|| panic!("{label} in {hits}"))
        .to_string()
}

/// A server without a write token holds the store for reading only: `ingest`
/// meanwhile is refused with a clear message, and what is ingested after the
/// server stops is served on restart.
#[test]
fn ingests_become_visible_when_the_server_restarts() {
    let s = Scratch::new();
    let db = s.db();
    ok(&db, &["ingest", p(&fixtures())]);
    let server = Server::start(&db, &[]);
    let refused = run(&db, &["ingest", p(&examples().join("articles"))]);
    assert_eq!(refused.status.code(), Some(1));
    let message = stderr(&refused);
    assert!(message.contains("takes no writes") && message.contains("newsgraph serve"), "{message}");
    assert_eq!(get(&server.addr, "/api/search?q=tessaline", "*/*").body.trim(), "[]");
    let (status, _, _) = server.stop();
    assert!(status.success());

    ok(&db, &["ingest", p(&examples().join("articles"))]);
    let server = Server::start(&db, &[]);
    let found = get(&server.addr, "/api/search?q=tessaline", "*/*");
    assert!(found.body.contains("Tessaline"), "{}", found.body);
}

#[test]
fn serve_refuses_what_it_cannot_serve() {
    let s = Scratch::new();
    let out = run(&s.db(), &["serve", "--bind", "127.0.0.1:0"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no store here yet"), "{}", stderr(&out));

    let (_s, db) = examples_store();
    let server = Server::start(&db, &[]);
    // A second server on the same store: refused, the first keeps serving.
    let second = run(&db, &["serve", "--bind", "127.0.0.1:0"]);
    assert_eq!(second.status.code(), Some(1));
    assert!(stderr(&second).contains("in use"), "{}", stderr(&second));
    let copy = Scratch::new();
    let copy_db = copy.db();
    ok(&copy_db, &["ingest", p(&fixtures())]);
    // A port already taken: the error names it.
    let taken = run(&copy_db, &["serve", "--bind", &server.addr]);
    assert_eq!(taken.status.code(), Some(1));
    assert!(stderr(&taken).contains(&format!("--bind {}", server.addr)), "{}", stderr(&taken));
    assert_eq!(get(&server.addr, "/query?query=ASK%7B%7D", "*/*").status, 200);
}

/// A query nested thousands of levels deep once overflowed the serving thread's
/// stack and killed the server: it gets a 400 naming the limit, and the server
/// goes on answering.
#[test]
fn a_query_nested_too_deep_gets_400_and_the_server_lives() {
    let (_s, db) = examples_store();
    let server = Server::start(&db, &[]);
    let a = &server.addr;
    let deep = format!("SELECT * WHERE {}?s ?p ?o{}", "{".repeat(5000), "}".repeat(5000));
    let body = deep.as_bytes();
    let post = http(a, "POST", "/query", &[("Content-Type", "application/sparql-query")], body);
    assert_eq!(post.status, 400, "{post:?}");
    assert!(post.body.contains("at most 256"), "{}", post.body);
    let update = format!("INSERT DATA {}", "{".repeat(5000));
    let form = format!("update={}", encode(&update));
    let refused = http(a, "POST", "/query", &[("Content-Type", "application/x-www-form-urlencoded")], form.as_bytes());
    assert!(refused.status >= 400 && refused.status < 500, "{refused:?}");
    assert_eq!(get(a, &query_path(PEOPLE), "*/*").status, 200, "the server still answers");
}
