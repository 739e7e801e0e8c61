//! Graph analytics (`path`, `rank`, `communities`, `changes`, time windows on
//! exports) on stores built from articles written here, whose graphs are
//! known: shortest paths, ranks and planted communities checked by hand.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde_json::Value;

use crate::support::*;

/// Four dated articles. Mira Kessel runs Vantor Labs and Tomas Verrin runs
/// Pellam Systems; Orly Capital (January, March) and Brisk Ventures (February)
/// back both; in June Vantor Labs competes with Pellam Systems.
const PATH_ARTICLES: &[(&str, &str)] = &[
    (
        "vantor.txt",
        "Vantor Labs raises $20 million from Orly Capital\n15 January 2025\n\n\
         Vantor Labs raised $20 million from Orly Capital, the startup said on Monday.\n\n\
         Mira Kessel, CEO of Vantor Labs, said the money would pay for new engineers.\n",
    ),
    (
        "brisk.txt",
        "Brisk Ventures backs two startups\n20 February 2025\n\n\
         Vantor Labs raised $3 million from Brisk Ventures. Pellam Systems raised $4 million from Brisk Ventures.\n",
    ),
    (
        "pellam.txt",
        "Pellam Systems raises $5 million from Orly Capital\n10 March 2025\n\n\
         Pellam Systems raised $5 million from Orly Capital, the company said on Tuesday.\n\n\
         Tomas Verrin, CEO of Pellam Systems, said the company would hire in the spring.\n",
    ),
    (
        "rivals.txt",
        "A new rivalry in document search\n1 June 2025\n\n\
         Vantor Labs competes with Pellam Systems in the market for document search, analysts said.\n",
    ),
];

fn store_of(articles: &[(&str, &str)]) -> (Scratch, PathBuf) {
    let s = Scratch::new();
    for (name, text) in articles {
        s.write(&format!("articles/{name}"), text);
    }
    let db = s.db();
    ok(&db, &["ingest", p(&s.path("articles"))]);
    (s, db)
}

fn json(db: &std::path::Path, args: &[&str]) -> Value {
    serde_json::from_str(&ok(db, args)).expect("JSON output")
}

/// The label sequences of a `path --format json` answer's paths.
fn path_labels(answer: &Value) -> BTreeSet<Vec<String>> {
    answer["paths"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["entities"].as_array().unwrap().iter().map(|e| e["label"].as_str().unwrap().to_string()).collect())
        .collect()
}

#[test]
fn path_finds_the_known_shortest_paths_with_their_evidence() {
    let (_s, db) = store_of(PATH_ARTICLES);
    let all = json(&db, &["path", "Mira Kessel", "tomas verrin", "--format", "json"]);
    assert_eq!(all["length"], 3, "{all:#}");
    assert_eq!(all["found"], 1);
    let expected: Vec<String> =
        ["Mira Kessel", "Vantor Labs", "Pellam Systems", "Tomas Verrin"].map(String::from).to_vec();
    assert_eq!(path_labels(&all), BTreeSet::from([expected]));
    let hops = all["paths"][0]["hops"].as_array().unwrap();
    let first = &hops[0]["relations"][0];
    assert_eq!((first["relation"].as_str(), first["direction"].as_str()), (Some("worksFor"), Some("forward")));
    assert_eq!(first["job_titles"][0], "CEO");
    assert_eq!(
        first["evidence"]["sentence"],
        "Mira Kessel, CEO of Vantor Labs, said the money would pay for new engineers."
    );
    assert_eq!(first["evidence"]["date"], "2025-01-15");
    let middle = &hops[1]["relations"][0];
    assert_eq!((middle["relation"].as_str(), middle["direction"].as_str()), (Some("competesWith"), Some("both")));
    assert_eq!(middle["evidence"]["title"], "A new rivalry in document search");
    let last = &hops[2]["relations"][0];
    assert_eq!((last["relation"].as_str(), last["direction"].as_str()), (Some("worksFor"), Some("backward")));

    // The table says the same, hop by hop, each with its sentence and article.
    let table = ok(&db, &["path", "Mira Kessel", "Tomas Verrin"]);
    assert!(table.contains("1 shortest path of 3 hops"), "{table}");
    assert!(table.contains("Mira Kessel —worksFor (CEO)→ Vantor Labs"), "{table}");
    assert!(table.contains("Pellam Systems ←worksFor (CEO)— Tomas Verrin"), "{table}");
    assert!(table.contains("“Vantor Labs competes with Pellam Systems in the market"), "{table}");
    assert!(table.contains("— A new rivalry in document search (2025-06-01)"), "{table}");
}

#[test]
fn path_gives_every_path_of_the_shortest_length_and_respects_the_window() {
    let (_s, db) = store_of(PATH_ARTICLES);
    // Before June the rivalry is not known: two paths of 4 hops, one through each investor.
    let before = json(&db, &["path", "Mira Kessel", "Tomas Verrin", "--until", "2025-05", "--format", "json"]);
    assert_eq!(before["length"], 4, "{before:#}");
    assert_eq!(before["found"], 2);
    let through: BTreeSet<String> = path_labels(&before).into_iter().map(|p| p[2].clone()).collect();
    assert_eq!(through, BTreeSet::from(["Orly Capital".to_string(), "Brisk Ventures".to_string()]));
    // Only some relations: the same as leaving out competesWith.
    let invested =
        json(&db, &["path", "Mira Kessel", "Tomas Verrin", "--relation", "worksFor,investedIn", "--format", "json"]);
    assert_eq!(path_labels(&invested), path_labels(&before));

    // Until February Tomas Verrin's job is not stated yet; from March Mira Kessel's no longer is.
    for window in [["--until", "2025-02-28"], ["--since", "2025-03-01"]] {
        let out = run(&db, &[&["path", "Mira Kessel", "Tomas Verrin"][..], &window[..]].concat());
        assert_eq!(out.status.code(), Some(1), "{window:?}: no path is exit status 1");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("no path from Mira Kessel (Person) to Tomas Verrin (Person) within 6 hops"), "{text}");
    }
    let out = run(&db, &["path", "Mira Kessel", "Tomas Verrin", "--max-hops", "2"]);
    assert_eq!(out.status.code(), Some(1));
    let out = run(&db, &["path", "Mira Kessel", "Nobody Here"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("\"Nobody Here\": no entity has this label or alias"), "{}", stderr(&out));
}

#[test]
fn the_graph_cache_never_outlives_a_write_nor_changes_an_answer() {
    // The first three articles: the rivalry of June is not stated yet.
    let (s, db) = store_of(&PATH_ARTICLES[..3]);
    let cache = db.join(newsgraph::analysis::CACHE_FILE);
    let before = json(&db, &["path", "Mira Kessel", "Tomas Verrin", "--format", "json"]);
    assert_eq!(before["length"], 4, "{before:#}");
    assert!(cache.exists(), "the first command leaves the graph it read for the next");
    assert_eq!(json(&db, &["path", "Mira Kessel", "Tomas Verrin", "--format", "json"]), before, "read from the cache");

    // A write: the next command reads the store again and sees the new relation.
    let rivals = s.write("articles/rivals.txt", PATH_ARTICLES[3].1);
    ok(&db, &["ingest", p(&rivals)]);
    let after = json(&db, &["path", "Mira Kessel", "Tomas Verrin", "--format", "json"]);
    assert_eq!(after["length"], 3, "{after:#}");

    // A damaged or foreign file in its place is not used, and is replaced.
    std::fs::write(&cache, b"newsgraph analysis graph 1\nnot a graph").unwrap();
    assert_eq!(json(&db, &["path", "Mira Kessel", "Tomas Verrin", "--format", "json"]), after);
    assert!(std::fs::read(&cache).unwrap().len() > 100, "written again");

    // Taking the article out again goes back to the first answer.
    ok(&db, &["remove", p(&rivals)]);
    assert_eq!(json(&db, &["path", "Mira Kessel", "Tomas Verrin", "--format", "json"]), before);
}

#[test]
fn an_ingest_of_new_articles_brings_the_graph_cache_up_to_date() {
    let (s, db) = store_of(&PATH_ARTICLES[..2]);
    let cache = db.join(newsgraph::analysis::CACHE_FILE);
    ok(&db, &["rank", "--format", "csv"]);
    let first = std::fs::read(&cache).unwrap();

    // Two more articles, each ingested on its own (each a write of new articles).
    for (name, text) in &PATH_ARTICLES[2..] {
        ok(&db, &["ingest", p(&s.write(&format!("more/{name}"), text))]);
    }
    let followed = std::fs::read(&cache).unwrap();
    assert_ne!(followed, first, "each ingest wrote the cache of its own write");
    let answers = || {
        [
            ok(&db, &["rank", "--format", "csv"]),
            ok(&db, &["communities", "--format", "json"]),
            ok(&db, &["changes", "--since", "2025-01-01", "--format", "json"]),
            ok(&db, &["path", "Mira Kessel", "Tomas Verrin", "--format", "json"]),
        ]
    };
    let from_cache = answers();
    assert!(from_cache[3].contains("Pellam Systems"), "{}", from_cache[3]);
    assert_eq!(std::fs::read(&cache).unwrap(), followed, "the commands took the graph from that cache");

    // Read from the whole store instead: the same answers, and the same cache byte for byte.
    std::fs::remove_file(&cache).unwrap();
    assert_eq!(answers(), from_cache);
    assert_eq!(std::fs::read(&cache).unwrap(), followed, "what the ingests merged is what a read of the store gives");
}

/// Checks that the graph cache a write left is the one a read of the whole
/// store writes, byte for byte: of the store's generation (the file starts
/// with it), and with the same entities, articles, statements and mentions.
/// A cache not followed (still of the generation before) or followed wrong
/// fails. Returns that cache.
fn assert_cache_followed(db: &std::path::Path, what: &str) -> Vec<u8> {
    let cache = db.join(newsgraph::analysis::CACHE_FILE);
    let followed = std::fs::read(&cache).expect("a cache file");
    std::fs::remove_file(&cache).unwrap();
    ok(db, &["rank", "--format", "csv"]);
    let read = std::fs::read(&cache).expect("the read of the store writes the cache");
    assert!(
        followed == read,
        "{what}: the cache followed ({} bytes) is not what a read of the store gives ({} bytes)",
        followed.len(),
        read.len()
    );
    read
}

#[test]
fn a_removal_brings_the_graph_cache_up_to_date() {
    let (s, db) = store_of(PATH_ARTICLES);
    ok(&db, &["rank", "--format", "csv"]);
    // The March story is also kept in a second file.
    let copy = s.write("copies/pellam.txt", PATH_ARTICLES[2].1);
    ok(&db, &["ingest", p(&copy)]);
    let first = assert_cache_followed(&db, "a second source");

    // One of its two files goes: the article stays, with one source less.
    ok(&db, &["remove", p(&copy)]);
    assert_ne!(std::fs::read(db.join(newsgraph::analysis::CACHE_FILE)).unwrap(), first, "a new generation");
    assert_cache_followed(&db, "a source taken away");

    // Now its other file: Tomas Verrin, named there only, goes; Pellam
    // Systems and Orly Capital lose an article, and the paths change.
    ok(&db, &["remove", p(&s.path("articles/pellam.txt"))]);
    assert_cache_followed(&db, "an article removed");
    let out = run(&db, &["path", "Mira Kessel", "Tomas Verrin"]);
    assert!(stderr(&out).contains("no entity"), "{}", stderr(&out));

    // By IRI, and several at once.
    let iris: Vec<String> = select(&db, "SELECT ?a WHERE { ?a a ng:Article ; ng:title ?t } ORDER BY ?t")
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    assert_eq!(iris.len(), 3);
    ok(&db, &["remove", &iris[0], &iris[1]]);
    assert_cache_followed(&db, "two articles removed by IRI");
    ok(&db, &["remove", &iris[2]]);
    assert_cache_followed(&db, "the last article removed");
}

#[test]
fn a_replaced_article_brings_the_graph_cache_up_to_date() {
    let (s, db) = store_of(PATH_ARTICLES);
    ok(&db, &["rank", "--format", "csv"]);

    // The file of June now says something else: its old article goes (its
    // only source), a new one comes under another IRI; Pellam Systems loses
    // an article, Quillon Data is new.
    let rivals = s.write(
        "articles/rivals.txt",
        "A new rivalry in document search\n1 June 2025\n\n\
         Vantor Labs competes with Quillon Data in the market for document search, analysts said.\n",
    );
    ok(&db, &["ingest", p(&rivals)]);
    assert_cache_followed(&db, "a file that changed");
    let answer = json(&db, &["path", "Mira Kessel", "Quillon Data", "--format", "json"]);
    assert_eq!(answer["length"], 2, "{answer:#}");

    // The same texts with fewer relations (a higher confidence floor): each
    // article is replaced under its own IRI.
    ok(&db, &["ingest", "--min-confidence", "0.99", p(&s.path("articles"))]);
    let stored =
        ok(&db, &["query", "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ng:investedIn ?o } }"]);
    assert!(stored.lines().nth(1).is_some_and(|n| n.trim() == "0"), "the relations were replaced: {stored}");
    assert_cache_followed(&db, "articles replaced under their IRIs");
}

#[test]
fn a_json_lines_file_that_shrank_brings_the_graph_cache_up_to_date() {
    let s = Scratch::new();
    let db = s.db();
    let line = |(name, text): &(&str, &str)| {
        let (title, body) = text.split_once('\n').unwrap();
        format!("{}\n", serde_json::json!({ "title": title, "text": body, "url": format!("https://news.test/{name}") }))
    };
    let dump = s.write("dump.jsonl", PATH_ARTICLES.iter().map(line).collect::<String>());
    ok(&db, &["ingest", p(&dump)]);
    ok(&db, &["rank", "--format", "csv"]);

    // Lines 2 and 4 gone, line 3 blank: three articles go, one stays.
    let shrunk = format!("{}\n\n", line(&PATH_ARTICLES[0]).trim_end());
    std::fs::write(&dump, shrunk).unwrap();
    ok(&db, &["ingest", p(&dump)]);
    assert_eq!(select(&db, "SELECT ?a WHERE { ?a a ng:Article }").len(), 1);
    assert_cache_followed(&db, "a JSON Lines file that shrank");
    // And by URL, the last one.
    ok(&db, &["remove", "https://news.test/vantor.txt"]);
    assert_cache_followed(&db, "an article removed by URL");
}

#[test]
fn path_picture_renders_with_graphviz_and_carries_the_evidence() {
    let (s, db) = store_of(PATH_ARTICLES);
    let dot = ok(&db, &["path", "Mira Kessel", "Tomas Verrin", "--format", "dot"]);
    assert!(dot.contains("tooltip = \"Vantor Labs competes with Pellam Systems"), "{dot}");
    let svg = s.path("path.svg");
    ok(&db, &["path", "Mira Kessel", "Tomas Verrin", "--render", "svg", "-o", p(&svg)]);
    let svg = std::fs::read_to_string(svg).unwrap();
    assert!(svg.contains("<svg") && svg.contains("Pellam Systems"));
}

#[test]
fn changes_lists_what_was_first_seen_after_a_date_with_its_evidence() {
    let (_s, db) = store_of(PATH_ARTICLES);
    let answer = json(&db, &["changes", "--since", "2025-03-01", "--format", "json"]);
    let entities: BTreeSet<&str> =
        answer["entities"].as_array().unwrap().iter().map(|e| e["label"].as_str().unwrap()).collect();
    assert!(entities.contains("Tomas Verrin"), "{answer:#}");
    assert!(!entities.contains("Pellam Systems"), "first seen in February: {answer:#}");
    assert!(!entities.contains("Mira Kessel"));
    let relations: BTreeSet<(String, String, String)> = answer["relations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let name = |v: &Value| v["label"].as_str().unwrap().to_string();
            (name(&r["subject"]), r["relation"].as_str().unwrap().to_string(), name(&r["object"]))
        })
        .collect();
    let expected = |s: &str, p: &str, o: &str| (s.to_string(), p.to_string(), o.to_string());
    assert!(relations.contains(&expected("Orly Capital", "investedIn", "Pellam Systems")), "{relations:?}");
    assert!(relations.contains(&expected("Tomas Verrin", "worksFor", "Pellam Systems")), "{relations:?}");
    assert!(!relations.contains(&expected("Orly Capital", "investedIn", "Vantor Labs")), "{relations:?}");
    assert!(!relations.contains(&expected("Brisk Ventures", "investedIn", "Pellam Systems")), "{relations:?}");
    let rivalry = answer["relations"].as_array().unwrap().iter().find(|r| r["relation"] == "competesWith").unwrap();
    assert_eq!(rivalry["first_seen"], "2025-06-01");
    assert!(rivalry["evidence"]["sentence"].as_str().unwrap().starts_with("Vantor Labs competes with"));
    // A window's end: nothing first seen in June.
    let spring = json(&db, &["changes", "--since", "2025-03-01", "--until", "2025-05-31", "--format", "json"]);
    assert!(spring["relations"].as_array().unwrap().iter().all(|r| r["relation"] != "competesWith"));
}

#[test]
fn exports_keep_only_what_the_window_states() {
    let (s, db) = store_of(PATH_ARTICLES);
    let dir = s.path("csv");
    ok(&db, &["export", "--format", "csv", "--until", "2025-02", "-o", p(&dir)]);
    let relations = std::fs::read_to_string(dir.join("relations.csv")).unwrap();
    assert!(relations.contains("Brisk Ventures") && relations.contains("Mira Kessel"), "{relations}");
    assert!(!relations.contains("competesWith") && !relations.contains("Orly Capital,investedIn,Pellam"));
    let entities = std::fs::read_to_string(dir.join("entities.csv")).unwrap();
    assert!(!entities.contains("Tomas Verrin"), "not mentioned before March: {entities}");
    let articles = std::fs::read_to_string(dir.join("articles.csv")).unwrap();
    assert_eq!(articles.lines().count(), 3, "header and two articles: {articles}");

    let dot = ok(&db, &["export", "--format", "dot", "--since", "2025-06-01"]);
    assert!(dot.contains("competesWith") && !dot.contains("investedIn"), "{dot}");
    let graphml = parse_graphml(&ok(&db, &["export", "--format", "graphml", "--until", "2025-05"]));
    assert!(graphml.edges.iter().all(|e| e["relation"] != "competesWith"));
    assert!(graphml.edges.iter().any(|e| e["relation"] == "investedIn"));

    let out = run(&db, &["export", "--format", "turtle", "--since", "2025-01-01"]);
    assert_eq!(out.status.code(), Some(2), "a window on an RDF dump is a usage error");
    let out = run(&db, &["rank", "--since", "2025-13-01"]);
    assert_eq!(out.status.code(), Some(2), "a malformed date is a usage error");
}

/// A star and a spoke: Hubbel Labs is backed by three investors and run by
/// Nora Lind; one of the investors also backs Spoke Systems.
const RANK_ARTICLES: &[(&str, &str)] = &[
    (
        "hubbel.txt",
        "Hubbel Labs raises $10 million\n5 May 2025\n\n\
         Hubbel Labs raised $10 million from Alder Capital, Birch Capital and Cedar Capital.\n\n\
         Nora Lind, CEO of Hubbel Labs, said the money would pay for new engineers.\n",
    ),
    (
        "spoke.txt",
        "Spoke Systems raises $2 million\n6 May 2025\n\nSpoke Systems raised $2 million from Alder Capital.\n",
    ),
];

#[test]
fn rank_orders_a_graph_whose_order_is_known_by_hand() {
    let (_s, db) = store_of(RANK_ARTICLES);
    let figures = |by: &str| -> Vec<(String, u64, f64)> {
        let answer = json(&db, &["rank", "--by", by, "--format", "json"]);
        answer["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["label"].as_str().unwrap().to_string(),
                    e["relations"].as_u64().unwrap(),
                    e["betweenness"].as_f64().unwrap(),
                )
            })
            .collect()
    };
    // Degrees: Hubbel Labs 4, Alder Capital 2, the others 1 (ties by name).
    let by_degree = figures("degree");
    let order: Vec<&str> = by_degree.iter().map(|(l, _, _)| l.as_str()).collect();
    assert_eq!(
        order,
        ["Hubbel Labs", "Alder Capital", "Birch Capital", "Cedar Capital", "Nora Lind", "Spoke Systems"],
        "{by_degree:?}"
    );
    assert_eq!(by_degree.iter().map(|f| f.1).collect::<Vec<_>>(), [4, 2, 1, 1, 1, 1]);
    // Betweenness: Hubbel Labs sits between the 6 pairs of its four neighbours
    // and between Spoke Systems and its three others (9); Alder Capital between
    // Spoke Systems and the four others (4); the leaves between none.
    let by_betweenness = figures("betweenness");
    assert_eq!(by_betweenness[0], ("Hubbel Labs".to_string(), 4, 9.0));
    assert_eq!(by_betweenness[1], ("Alder Capital".to_string(), 2, 4.0));
    assert!(by_betweenness[2..].iter().all(|f| f.2 == 0.0));
    assert_eq!(figures("pagerank")[0].0, "Hubbel Labs");
    // A class filter lists that class only; the figures still count every relation.
    let people = json(&db, &["rank", "--class", "Person", "--format", "json"]);
    assert_eq!(people["entities"].as_array().unwrap().len(), 1);
    let csv = ok(&db, &["rank", "--format", "csv", "--limit", "2"]);
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(csv.starts_with("rank,entity,class,relations,articles,pagerank,betweenness,id"), "{csv}");
}

/// Three planted clusters of five companies, each company competing with the
/// four others of its cluster, and one rivalry across each pair of neighbours.
fn cluster_articles() -> (Vec<(String, String)>, Vec<Vec<String>>) {
    let clusters: Vec<Vec<String>> = [
        ["Aster", "Bello", "Corra", "Dunmore", "Elvin"].map(|n| format!("{n} Labs")),
        ["Fenwick", "Garrow", "Hollin", "Ibsley", "Jarrow"].map(|n| format!("{n} Technologies")),
        ["Kelmer", "Lorne", "Marden", "Nyland", "Ostby"].map(|n| format!("{n} Ventures")),
    ]
    .map(|c| c.to_vec())
    .to_vec();
    let mut articles = Vec::new();
    for (k, cluster) in clusters.iter().enumerate() {
        let mut text = format!("Rivals crowd the market\n{} April 2025\n\n", k + 2);
        for (i, name) in cluster.iter().enumerate() {
            let rest = &cluster[i + 1..];
            let list = match rest {
                [] => continue,
                [one] => one.clone(),
                [init @ .., last] => format!("{} and {last}", init.join(", ")),
            };
            text.push_str(&format!("{name} competes with {list}. "));
        }
        text.push('\n');
        articles.push((format!("cluster-{k}.txt"), text));
    }
    articles.push((
        "bridges.txt".into(),
        format!(
            "Two more rivalries\n9 April 2025\n\n{} competes with {}. {} competes with {}.\n",
            clusters[0][4], clusters[1][0], clusters[1][4], clusters[2][0]
        ),
    ));
    (articles, clusters)
}

#[test]
fn communities_recover_planted_clusters_and_go_into_the_store_graphml_and_dot() {
    let (articles, clusters) = cluster_articles();
    let articles: Vec<(&str, &str)> = articles.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    let (s, db) = store_of(&articles);
    let planted: BTreeSet<BTreeSet<String>> = clusters.iter().map(|c| c.iter().cloned().collect()).collect();

    let answer = json(&db, &["communities", "--format", "json"]);
    let found: BTreeSet<BTreeSet<String>> = answer["communities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["members"].as_array().unwrap().iter().map(|m| m["label"].as_str().unwrap().to_string()).collect())
        .collect();
    assert_eq!(found, planted, "{answer:#}");
    assert!(answer["modularity"].as_f64().unwrap() > 0.4);

    // Into the store, where SPARQL sees them.
    ok(&db, &["communities", "--write"]);
    let rows = select(
        &db,
        "SELECT ?label ?name WHERE { GRAPH id:communities { ?e ng:community ?c . ?c rdfs:label ?name } ?e rdfs:label ?label }",
    );
    let mut by_community: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for row in rows {
        by_community.entry(row[1].clone()).or_default().insert(row[0].clone());
    }
    assert_eq!(by_community.into_values().collect::<BTreeSet<_>>(), planted);
    let articles = select(&db, "SELECT (COUNT(*) AS ?n) WHERE { ?a a ng:Article }");
    assert_eq!(articles[0][0], "4", "the communities graph is no article");

    // GraphML: a community and a rank for every entity, read back by an XML parser.
    let graphml = parse_graphml(&ok(&db, &["export", "--format", "graphml"]));
    assert!(graphml.keys.contains(&("node".to_string(), "community".to_string())));
    assert!(graphml.keys.contains(&("node".to_string(), "rank".to_string())));
    let community_of: BTreeMap<&str, &str> =
        graphml.nodes.iter().map(|n| (n["label"].as_str(), n["community"].as_str())).collect();
    for cluster in &clusters {
        let ids: BTreeSet<&str> = cluster.iter().map(|c| community_of[c.as_str()]).collect();
        assert_eq!(ids.len(), 1, "one community per cluster: {community_of:?}");
    }
    let ids: BTreeSet<&str> = community_of.values().copied().collect();
    assert_eq!(ids.len(), 3);
    assert!(graphml.nodes.iter().all(|n| n["rank"].parse::<f64>().is_ok_and(|r| r > 0.0)));

    // DOT grouped by community renders with Graphviz.
    let dot = ok(&db, &["export", "--format", "dot", "--communities"]);
    assert_eq!(dot.matches("subgraph cluster_c").count(), 3, "{dot}");
    // The legend shows the classes' shapes, not their colours: the fill is the community's.
    let legend = &dot[dot.find("cluster_legend").expect("a legend")..];
    assert!(legend.contains("fill colour: community"), "{legend}");
    let samples: Vec<&str> =
        legend.lines().filter(|l| l.trim_start().starts_with("legend_") && l.contains("shape=")).collect();
    assert!(samples.iter().any(|l| l.contains("shape=box")), "{legend}");
    assert!(samples.iter().all(|l| !l.contains("#fde9b4") && !l.contains("#cfe2f3")), "no class colour: {legend}");
    let plain = ok(&db, &["export", "--format", "dot"]);
    assert!(plain.contains("fillcolor=\"#fde9b4\" fontsize=9") && !plain.contains("fill colour: community"));
    let svg = s.path("communities.svg");
    ok(&db, &["export", "--format", "dot", "--communities", "--render", "svg", "-o", p(&svg)]);
    assert!(std::fs::read_to_string(&svg).unwrap().contains("community 1"));
}

struct GraphMl {
    /// (for, attr.name) of each key.
    keys: BTreeSet<(String, String)>,
    nodes: Vec<BTreeMap<String, String>>,
    edges: Vec<BTreeMap<String, String>>,
}

/// Reads GraphML with an XML parser: each node's and edge's data by attribute name.
fn parse_graphml(xml: &str) -> GraphMl {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut names: BTreeMap<String, (String, String)> = BTreeMap::new();
    let (mut nodes, mut edges) = (Vec::new(), Vec::new());
    let mut current: BTreeMap<String, String> = BTreeMap::new();
    let mut key: Option<String> = None;
    let attr = |e: &quick_xml::events::BytesStart, name: &str| -> Option<String> {
        e.try_get_attribute(name).unwrap().map(|a| a.unescape_value().unwrap().into_owned())
    };
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Empty(e) if e.name().as_ref() == b"key" => {
                names.insert(attr(&e, "id").unwrap(), (attr(&e, "for").unwrap(), attr(&e, "attr.name").unwrap()));
            }
            Event::Start(e) if matches!(e.name().as_ref(), b"node" | b"edge") => current.clear(),
            Event::Start(e) if e.name().as_ref() == b"data" => key = attr(&e, "key"),
            Event::Text(t) => {
                if let Some(k) = &key {
                    current.insert(names[k].1.clone(), t.unescape().unwrap().into_owned());
                }
            }
            Event::End(e) if e.name().as_ref() == b"data" => key = None,
            Event::End(e) if e.name().as_ref() == b"node" => nodes.push(current.clone()),
            Event::End(e) if e.name().as_ref() == b"edge" => edges.push(current.clone()),
            Event::Eof => break,
            _ => {}
        }
    }
    GraphMl { keys: names.into_values().collect(), nodes, edges }
}
