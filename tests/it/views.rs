//! DOT views (default, focused, filtered, large), read back by Graphviz itself:
//! `dot -Tjson0` parses the DOT and gives its node and edge sets.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::support::*;
use crate::synthetic;

/// What Graphviz read: entity nodes (name → label), edges (tail label, label, head label),
/// the legend's nodes, the graph label (the note).
#[derive(Debug, Default)]
struct Drawing {
    nodes: BTreeMap<String, String>,
    edges: BTreeSet<(String, String, String)>,
    undirected: BTreeSet<(String, String, String)>,
    legend: BTreeSet<String>,
    note: String,
}

impl Drawing {
    fn labels(&self) -> BTreeSet<String> {
        self.nodes.values().cloned().collect()
    }
}

/// Runs `dot -Tjson0` on DOT text (asserting it succeeds) and reads its answer.
fn graphviz(dot: &str) -> Drawing {
    let mut child = Command::new("dot")
        .arg("-Tjson0")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("Graphviz `dot` is installed");
    child.stdin.take().unwrap().write_all(dot.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "dot failed: {}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("dot -Tjson0 gives JSON");
    // Labels come back as written in the DOT: line breaks are the two characters `\n`.
    let note = json["label"].as_str().unwrap_or("").replace("\\n", " ");
    let mut drawing = Drawing { note, ..Drawing::default() };
    let mut by_id = BTreeMap::new();
    for object in json["objects"].as_array().into_iter().flatten() {
        let name = object["name"].as_str().unwrap().to_string();
        if object.get("nodes").is_some() || object.get("subgraphs").is_some() || name.starts_with("cluster") {
            continue;
        }
        let label = object["label"].as_str().unwrap_or("").to_string();
        by_id.insert(object["_gvid"].as_u64().unwrap(), (name.clone(), label.clone()));
        if name.starts_with("legend_") {
            drawing.legend.insert(label);
        } else {
            drawing.nodes.insert(name, label);
        }
    }
    for edge in json["edges"].as_array().into_iter().flatten() {
        let (tail, head) = (&by_id[&edge["tail"].as_u64().unwrap()], &by_id[&edge["head"].as_u64().unwrap()]);
        if tail.0.starts_with("legend_") {
            continue;
        }
        let label = edge["label"].as_str().unwrap_or("").split("\\n").next().unwrap_or("").to_string();
        if edge["dir"].as_str() == Some("none") {
            let (a, b) = if tail.1 <= head.1 { (&tail.1, &head.1) } else { (&head.1, &tail.1) };
            drawing.undirected.insert((a.clone(), label.clone(), b.clone()));
        }
        drawing.edges.insert((tail.1.clone(), label, head.1.clone()));
    }
    drawing
}

/// Every relation of the store as (subject label, relation, object label), by SPARQL.
fn relations(db: &Path) -> Vec<(String, String, String)> {
    select(
        db,
        "SELECT ?sl ?p ?ol WHERE { ?s ?p ?o . ?s rdfs:label ?sl . ?o rdfs:label ?ol .
           FILTER(?p IN (ng:worksFor, ng:founded, ng:developed, ng:buildsOn, ng:competesWith, ng:investedIn,
                         ng:acquired, ng:partnersWith, ng:owns, ng:locatedIn, ng:affiliatedWith)) }",
    )
    .into_iter()
    .map(|r| (r[0].clone(), r[1].rsplit('#').next().unwrap().to_string(), r[2].clone()))
    .collect()
}

#[test]
fn default_view_renders_with_a_legend_and_leaves_out_loose_entities() {
    let (_s, db) = examples_store();
    let dot = ok(&db, &["export", "--format", "dot"]);
    let drawing = graphviz(&dot);
    let all = relations(&db);
    assert_eq!(
        drawing.edges.len(),
        all.len() - count_symmetric_pairs(&all),
        "every relation is drawn (symmetric pairs once)"
    );
    // Each drawn entity has a relation; the note says how many were left out.
    let connected: BTreeSet<String> = all.iter().flat_map(|(s, _, o)| [s.clone(), o.clone()]).collect();
    assert_eq!(drawing.labels(), connected);
    assert!(drawing.note.contains("have no relation shown here"), "{}", drawing.note);
    assert!(drawing.legend.contains("Person") && drawing.legend.contains("AI model"), "{:?}", drawing.legend);
    // Symmetric relations have no arrowheads; others do.
    assert!(drawing.undirected.iter().any(|(_, r, _)| r == "competesWith"));
    assert!(drawing.undirected.iter().all(|(_, r, _)| r == "competesWith" || r == "partnersWith"));
    // With --isolated, every entity is there.
    let all_nodes = graphviz(&ok(&db, &["export", "--format", "dot", "--isolated"]));
    let entities = select(&db, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e ng:mentionedIn ?a }");
    assert_eq!(all_nodes.nodes.len().to_string(), entities[0][0]);
}

fn count_symmetric_pairs(all: &[(String, String, String)]) -> usize {
    all.iter()
        .filter(|(s, r, o)| (r == "competesWith" || r == "partnersWith") && s < o)
        .filter(|(s, r, o)| all.contains(&(o.clone(), r.clone(), s.clone())))
        .count()
}

/// The neighbourhood by breadth-first search over the relations (both ways).
fn expected_neighbourhood(all: &[(String, String, String)], start: &str, depth: usize) -> BTreeSet<String> {
    let mut seen = BTreeSet::from([start.to_string()]);
    let mut frontier = vec![start.to_string()];
    for _ in 0..depth {
        let mut next = Vec::new();
        for (s, _, o) in all {
            for (from, to) in [(s, o), (o, s)] {
                if frontier.contains(from) && seen.insert(to.clone()) {
                    next.push(to.clone());
                }
            }
        }
        frontier = next;
    }
    seen
}

#[test]
fn focused_view_shows_exactly_the_neighbourhood() {
    let (_s, db) = examples_store();
    let all = relations(&db);
    for (focus, name, depth) in [
        ("kestrion systems", "Kestrion Systems", 1),
        ("Kestrion", "Kestrion Systems", 2),
        ("Castagnier", "Hélène Castagnier", 3),
    ] {
        let dot = ok(&db, &["export", "--format", "dot", "--focus", focus, "--depth", &depth.to_string()]);
        let drawing = graphviz(&dot);
        let nodes = expected_neighbourhood(&all, name, depth);
        assert_eq!(drawing.labels(), nodes, "{focus} depth {depth}");
        let edges: BTreeSet<(String, String, String)> =
            all.iter().filter(|(s, _, o)| nodes.contains(s) && nodes.contains(o)).cloned().collect();
        let drawn: BTreeSet<(String, String, String)> = drawing.edges.clone();
        for edge in &drawn {
            let back = (edge.2.clone(), edge.1.clone(), edge.0.clone());
            assert!(edges.contains(edge) || edges.contains(&back), "{edge:?} is not a relation among the neighbours");
        }
        for edge in &edges {
            let back = (edge.2.clone(), edge.1.clone(), edge.0.clone());
            assert!(drawn.contains(edge) || drawn.contains(&back), "{edge:?} is missing from the focused view");
        }
        assert!(drawing.note.contains(&format!("of {name}")), "{}", drawing.note);
    }
    // Depth 1 of Kestrion Systems: its own relations, nothing further.
    let one = graphviz(&ok(&db, &["export", "--format", "dot", "--focus", "Kestrion Systems"]));
    assert!(one.labels().contains("KX-40") && !one.labels().contains("Orpheon-3"));
}

#[test]
fn focus_errors_name_the_entity() {
    let (_s, db) = examples_store();
    let out = run(&db, &["export", "--format", "dot", "--focus", "Nobody Atall"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("\"Nobody Atall\": no entity has this label or alias"), "{}", stderr(&out));
    // A name two entities share: the class picks one.
    let dot = ok(&db, &["export", "--format", "dot", "--focus", "Tessaline (Organization)"]);
    assert!(graphviz(&dot).labels().contains("Hélène Castagnier"));
}

#[test]
fn filtered_view_keeps_the_classes_and_relations_asked_for() {
    let (_s, db) = examples_store();
    let dot = ok(
        &db,
        &[
            "export",
            "--format",
            "dot",
            "--class",
            "Person,Organization",
            "--relation",
            "worksFor",
            "--relation",
            "founded",
        ],
    );
    let drawing = graphviz(&dot);
    let expected: BTreeSet<(String, String, String)> =
        relations(&db).into_iter().filter(|(_, r, _)| r == "worksFor" || r == "founded").collect();
    assert!(!expected.is_empty());
    assert_eq!(drawing.edges, expected);
    assert!(!drawing.legend.contains("AI model") && drawing.legend.contains("Person"));
    assert!(drawing.note.contains("relation worksFor, founded"), "{}", drawing.note);

    // At least three articles: only entities that many articles mention.
    let dot = ok(&db, &["export", "--format", "dot", "--min-articles", "3", "--isolated"]);
    let labels = graphviz(&dot).labels();
    let frequent: BTreeSet<String> = select(
        &db,
        "SELECT ?l WHERE { ?e rdfs:label ?l ; ng:mentionedIn ?a } GROUP BY ?e ?l HAVING (COUNT(DISTINCT ?a) >= 3)",
    )
    .into_iter()
    .map(|r| r[0].clone())
    .collect();
    assert_eq!(labels, frequent);
    assert!(labels.contains("Hélène Castagnier"));
}

#[test]
fn labels_with_quotes_and_backslashes_survive_graphviz() {
    use newsgraph::export::{write_dot, EdgeRow, GraphView, NodeRow, Selected};
    use newsgraph::extract::{EntityClass, Predicate};
    let node = |iri: &str, label: &str, class| NodeRow {
        iri: iri.into(),
        label: label.into(),
        class,
        aliases: Vec::new(),
        wikidata: None,
        articles: 1,
    };
    let tricky = r#"Café "Quote" \ Co {x} <b> & ; -> n1"#;
    let view = GraphView {
        nodes: vec![
            node("urn:a", tricky, EntityClass::Organization),
            node("urn:b", "Zoë Ng\nline", EntityClass::Person),
        ],
        edges: vec![EdgeRow {
            source: "urn:b".into(),
            predicate: Predicate::WorksFor,
            target: "urn:a".into(),
            roles: vec![r#"head of "R&D" \ labs"#.into()],
            articles: 1,
            confidence: 0.9,
            evidence: String::new(),
            article: None,
        }],
        ..GraphView::default()
    };
    let mut out = Vec::new();
    write_dot(&Selected { view, ..Selected::default() }, &mut out).unwrap();
    let dot = String::from_utf8(out).unwrap();
    assert_eq!(graphviz(&dot).nodes.len(), 2, "the DOT parses into two entities");
    // The picture shows the text as it was, line break included.
    let mut child = Command::new("dot").arg("-Tsvg").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(dot.as_bytes()).unwrap();
    let svg = child.wait_with_output().unwrap();
    assert!(svg.status.success());
    let texts = svg_texts(&svg.stdout);
    for expected in [tricky, "Zoë Ng", "line", r#"(head of "R&D" \ labs)"#] {
        assert!(texts.iter().any(|t| t == expected), "{expected:?} not among {texts:?}");
    }
}

/// The text of every `<text>` element of an SVG, unescaped by an XML parser.
fn svg_texts(svg: &[u8]) -> Vec<String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(svg);
    let (mut texts, mut inside, mut buf) = (Vec::new(), false, Vec::new());
    loop {
        match reader.read_event_into(&mut buf).expect("valid SVG") {
            Event::Start(e) if e.name().as_ref() == b"text" => {
                inside = true;
                texts.push(String::new());
            }
            Event::End(e) if e.name().as_ref() == b"text" => inside = false,
            Event::Text(t) if inside => texts.last_mut().unwrap().push_str(&t.unescape().unwrap()),
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    texts
}

#[test]
fn render_writes_images_or_says_how_to_get_graphviz() {
    let (s, db) = examples_store();
    for (kind, magic) in [("svg", &b"<?xml"[..]), ("png", &b"\x89PNG"[..]), ("pdf", &b"%PDF"[..])] {
        let path = s.path(&format!("graph.{kind}"));
        ok(
            &db,
            &["export", "--format", "dot", "--focus", "Tessaline (Organization)", "--render", kind, "-o", p(&path)],
        );
        let bytes = std::fs::read(&path).unwrap();
        assert!(bytes.starts_with(magic), "{kind} starts with {magic:?}");
    }
    let out = run(&db, &["export", "--format", "dot", "--render", "svg"]);
    assert_eq!(out.status.code(), Some(2), "a usage error");
    assert!(stderr(&out).contains("-o"), "{}", stderr(&out));

    // Without Graphviz on PATH: a clear message, no file.
    let empty = s.path("empty-bin");
    std::fs::create_dir_all(&empty).unwrap();
    let path = s.path("none.png");
    let out = Command::new(bin())
        .args(["export", "--db", p(&db), "--format", "dot", "--render", "png", "-o", p(&path)])
        .env("PATH", &empty)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("Graphviz `dot` not found: install it (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz)"),
        "{}",
        stderr(&out)
    );
    assert!(!path.exists());
}

#[test]
fn options_that_do_not_fit_the_format_are_refused() {
    let (s, db) = examples_store();
    for args in [
        vec!["export", "--format", "turtle", "--focus", "Lyon"],
        vec!["export", "--format", "graphml", "--render", "svg", "-o", "x.svg"],
        vec!["export", "--format", "dot", "--csv-style", "semicolon"],
    ] {
        let out = run(&db, &args);
        assert_eq!(out.status.code(), Some(2), "a usage error: {args:?}");
        assert!(stderr(&out).starts_with("error: export failed: --"), "{args:?}: {}", stderr(&out));
    }
    assert!(!s.path("x.svg").exists());
    let out = run(&db, &["export", "--format", "dot", "--class", "Robot"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown class"), "{}", stderr(&out));
}

#[test]
fn a_large_graph_gives_a_readable_default_picture() {
    let s = Scratch::new();
    let db = s.db();
    let entities = synthetic::build_store(&db, 1500);
    assert!(entities >= 3000, "{entities} entities");
    let dot = ok(&db, &["export", "--format", "dot"]);
    let drawing = graphviz(&dot);
    assert!(drawing.nodes.len() <= 150 && drawing.nodes.len() >= 100, "{} nodes", drawing.nodes.len());
    assert!(drawing.note.contains(&format!("of {entities} entities")), "{}", drawing.note);
    assert!(drawing.note.contains("--focus"), "the note says how to see the rest: {}", drawing.note);
    // The most mentioned organisation is in the picture.
    let top = select(
        &db,
        "SELECT ?l WHERE { ?e a ng:Organization ; rdfs:label ?l ; ng:mentionedIn ?a } GROUP BY ?e ?l ORDER BY DESC(COUNT(?a)) LIMIT 1",
    );
    assert!(drawing.labels().contains(&top[0][0]), "{} is drawn", top[0][0]);
    // A budget of 40 is kept too, and a focused view inside the large graph works.
    let small = graphviz(&ok(&db, &["export", "--format", "dot", "--max-nodes", "40"]));
    assert!(small.nodes.len() <= 40);
    let focused = graphviz(&ok(&db, &["export", "--format", "dot", "--focus", &top[0][0]]));
    assert!(focused.nodes.len() > 1 && focused.labels().contains(&top[0][0]));
}
