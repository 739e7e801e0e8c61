//! Exports read back by independent parsers: Graphviz `dot`, a CSV reader, RDF parsers.

use std::process::Command;

use oxigraph::io::{RdfFormat, RdfParser};

use crate::support::*;

#[test]
fn dot_renders_with_graphviz() {
    let (s, db) = examples_store();
    let dot_file = s.path("graph.dot");
    ok(&db, &["export", "--format", "dot", "-o", p(&dot_file)]);
    let dot = std::fs::read_to_string(&dot_file).unwrap();
    assert!(dot.starts_with("digraph newsgraph {"), "{dot}");
    assert!(dot.contains("label = \"Tessaline\""), "nodes are labelled");
    assert!(dot.contains("worksFor"), "edges are labelled by relation");
    assert!(dot.contains("shape=box") && dot.contains("shape=ellipse"), "nodes are styled by class");
    let svg = Command::new("dot").arg("-Tsvg").arg(&dot_file).output().expect("Graphviz `dot` is installed");
    assert!(svg.status.success(), "dot failed: {}", String::from_utf8_lossy(&svg.stderr));
    let svg = String::from_utf8(svg.stdout).unwrap();
    assert!(svg.contains("<svg") && svg.contains("Tessaline"));
    assert!(svg.contains("Hélène Castagnier"), "non-ASCII labels survive");
}

#[test]
fn dot_output_is_deterministic() {
    // Two stores built from the same articles; SOURCE_DATE_EPOCH fixes the
    // ingestion time, the one value that would differ between them.
    let build = || {
        let s = Scratch::new();
        let out = std::process::Command::new(bin())
            .args(["ingest", "--db", p(&s.db()), p(&examples().join("articles"))])
            .env("SOURCE_DATE_EPOCH", "1700000000")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let db = s.db();
        (s, db)
    };
    let (_s, db) = build();
    let (_t, db2) = build();
    for args in [
        &["export", "--format", "dot"][..],
        &["export", "--format", "dot", "--focus", "Kestrion Systems", "--depth", "2"],
        &["export", "--format", "graphml"],
        &["export", "--format", "jsonld"],
    ] {
        assert_eq!(ok(&db, args), ok(&db2, args), "{args:?}");
    }
}

#[test]
fn csv_opens_into_the_right_columns() {
    let (s, db) = examples_store();
    let dir = s.path("csv");
    ok(&db, &["export", "--format", "csv", "-o", p(&dir)]);
    let names: Vec<String> = {
        let mut n: Vec<String> =
            std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        n.sort();
        n
    };
    assert_eq!(names, vec!["articles.csv", "entities.csv", "quotes.csv", "relations.csv"]);

    // entities.csv is the nodes file.
    let mut nodes = csv::Reader::from_path(dir.join("entities.csv")).unwrap();
    assert_eq!(nodes.headers().unwrap(), vec!["Entity", "Class", "Also known as", "Wikidata", "Articles", "ID"]);
    let rows: Vec<csv::StringRecord> = nodes.records().map(Result::unwrap).collect();
    let helene = rows.iter().find(|r| &r[0] == "Hélène Castagnier").expect("a non-ASCII name intact");
    assert_eq!(&helene[1], "Person");
    assert!(helene[2].contains("Castagnier"), "aliases: {:?}", &helene[2]);
    let tessaline = rows.iter().find(|r| &r[0] == "Tessaline" && &r[1] == "Organization").expect("Tessaline");
    assert!(tessaline[4].parse::<usize>().unwrap() >= 3);

    // relations.csv is the edges file.
    let mut edges = csv::Reader::from_path(dir.join("relations.csv")).unwrap();
    assert_eq!(
        edges.headers().unwrap(),
        vec![
            "Subject",
            "Relation",
            "Object",
            "Job title",
            "Confidence",
            "Articles",
            "Article",
            "Evidence sentence",
            "Subject ID",
            "Object ID",
            "Article ID"
        ]
    );
    let rows: Vec<csv::StringRecord> = edges.records().map(Result::unwrap).collect();
    assert!(rows.iter().all(|r| r.len() == 11));
    let ceo = rows
        .iter()
        .find(|r| &r[0] == "Hélène Castagnier" && &r[1] == "worksFor")
        .expect("Hélène Castagnier works for Tessaline");
    assert_eq!((&ceo[2], &ceo[3]), ("Tessaline", "chief executive"));
    assert!(ceo[4].parse::<f64>().unwrap() > 0.0 && ceo[4].contains('.'), "confidence {:?}", &ceo[4]);
    assert!(!ceo[6].is_empty(), "the article's title");
    assert!(ceo[7].contains("Castagnier"), "the evidence sentence: {:?}", &ceo[7]);
    assert!(
        rows.iter().any(|r| r[7].contains(',') && r[7].contains('"')),
        "an evidence sentence with commas and quotes stays in one cell"
    );

    let mut quotes = csv::Reader::from_path(dir.join("quotes.csv")).unwrap();
    assert_eq!(quotes.headers().unwrap(), vec!["Speaker", "Quote", "Article", "Date", "Speaker ID", "Article ID"]);
    let rows: Vec<csv::StringRecord> = quotes.records().map(Result::unwrap).collect();
    let quote = rows.iter().find(|r| r[1].starts_with("We wanted a model that treats Slovenian")).expect("a quote");
    assert_eq!(&quote[0], "Hélène Castagnier");
    assert!(quote[2].starts_with("Lyon-based Tessaline releases Orpheon-3"), "{:?}", &quote[2]);
    assert_eq!(&quote[3], "2025-03-12");
    assert!(quote[1].contains(','), "a quote with commas stays in one cell");

    let mut articles = csv::Reader::from_path(dir.join("articles.csv")).unwrap();
    assert_eq!(articles.headers().unwrap(), vec!["Title", "Date", "Source", "Entities", "Relations", "Quotes", "ID"]);
    let rows: Vec<csv::StringRecord> = articles.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 5);
    let orpheon = rows.iter().find(|r| r[2].ends_with("tessaline-orpheon-3.txt")).expect("the article");
    assert!(orpheon[3].parse::<usize>().unwrap() > 5 && orpheon[5].parse::<usize>().unwrap() >= 2, "{orpheon:?}");
}

#[test]
fn csv_for_semicolon_locales_has_a_bom_and_decimal_commas() {
    let (s, db) = examples_store();
    let dir = s.path("csv-eu");
    ok(&db, &["export", "--format", "csv", "--csv-style", "semicolon", "-o", p(&dir)]);
    for name in ["entities.csv", "relations.csv", "quotes.csv", "articles.csv"] {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        assert!(bytes.starts_with("\u{feff}".as_bytes()), "{name} starts with a byte-order mark");
    }
    let bytes = std::fs::read(dir.join("relations.csv")).unwrap();
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(&bytes[3..]);
    assert_eq!(&reader.headers().unwrap()[0], "Subject");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(rows.iter().all(|r| r.len() == 11));
    let ceo = rows.iter().find(|r| &r[0] == "Hélène Castagnier" && &r[1] == "worksFor").unwrap();
    assert!(ceo[4].contains(',') && ceo[4].replace(',', ".").parse::<f64>().is_ok(), "decimal comma: {:?}", &ceo[4]);
    assert!(
        rows.iter().any(|r| r[7].contains(';') || r[7].contains(',')),
        "sentences keep their punctuation in one cell"
    );
}

#[test]
fn graphml_reads_back_with_an_xml_parser() {
    use quick_xml::events::Event;
    let (_s, db) = examples_store();
    let xml = ok(&db, &["export", "--format", "graphml"]);
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut keys = std::collections::BTreeMap::new();
    // id → (label, class) for nodes; (source, target, relation, job title) for edges
    let mut nodes = std::collections::BTreeMap::new();
    let mut edges = Vec::new();
    let (mut current, mut data_key, mut element) =
        (std::collections::BTreeMap::<String, String>::new(), None, String::new());
    let attr = |e: &quick_xml::events::BytesStart, name: &str| -> Option<String> {
        e.try_get_attribute(name).unwrap().map(|a| a.unescape_value().unwrap().into_owned())
    };
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Empty(e) if e.name().as_ref() == b"key" => {
                keys.insert(attr(&e, "id").unwrap(), (attr(&e, "for").unwrap(), attr(&e, "attr.name").unwrap()));
            }
            Event::Start(e) if e.name().as_ref() == b"node" || e.name().as_ref() == b"edge" => {
                element = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                current.clear();
                for name in ["id", "source", "target"] {
                    if let Some(v) = attr(&e, name) {
                        current.insert(format!("@{name}"), v);
                    }
                }
            }
            Event::Start(e) if e.name().as_ref() == b"data" => data_key = attr(&e, "key"),
            Event::Text(t) if data_key.is_some() => {
                let (_, name) = &keys[data_key.as_ref().unwrap()];
                current.insert(name.clone(), t.unescape().unwrap().into_owned());
            }
            Event::End(e) if e.name().as_ref() == b"data" => data_key = None,
            Event::End(e) if e.name().as_ref() == b"node" => {
                nodes.insert(current["@id"].clone(), current.clone());
            }
            Event::End(e) if e.name().as_ref() == b"edge" => edges.push(current.clone()),
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(element, "edge");
    for (name, domain) in
        [("label", "node"), ("class", "node"), ("relation", "edge"), ("job_title", "edge"), ("articles", "edge")]
    {
        assert!(keys.values().any(|(f, n)| f == domain && n == name), "a {domain} key {name}");
    }
    let entities = select(&db, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e ng:mentionedIn ?a }");
    assert_eq!(nodes.len().to_string(), entities[0][0], "every entity is a node");
    let helene = nodes.values().find(|n| n["label"] == "Hélène Castagnier").expect("a non-ASCII label intact");
    assert_eq!(helene["class"], "Person");
    let ceo = edges.iter().find(|e| e["@source"] == helene["@id"]).expect("her edge");
    assert_eq!((ceo["relation"].as_str(), ceo["job_title"].as_str()), ("worksFor", "chief executive"));
    assert_eq!(nodes[&ceo["@target"]]["label"], "Tessaline");
    assert!(edges.iter().any(|e| e["evidence"].contains('"') && e["evidence"].contains(',')), "evidence with quotes");

    // The view options apply: a focused GraphML holds the neighbourhood only.
    let focused = ok(&db, &["export", "--format", "graphml", "--focus", "Hélène Castagnier"]);
    assert_eq!(focused.matches("<node ").count(), 2, "{focused}");
}

#[test]
fn jsonld_reads_back_into_the_same_triples_plus_schema_org() {
    use oxigraph::io::JsonLdProfileSet;
    use std::collections::BTreeSet;
    let (_s, db) = examples_store();
    let triples = |format: RdfFormat, data: &[u8]| -> BTreeSet<String> {
        RdfParser::from_format(format)
            .for_slice(data)
            .map(|q| {
                let q = q.expect("valid RDF");
                format!("{} {} {}", q.subject, q.predicate, q.object)
            })
            .collect()
    };
    let turtle = triples(RdfFormat::Turtle, ok(&db, &["export", "--format", "turtle"]).as_bytes());
    let text = ok(&db, &["export", "--format", "jsonld"]);
    let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(json["@context"]["Person"], "schema:Person");
    assert_eq!(json["@context"]["schema"], "https://schema.org/");
    let jsonld = triples(RdfFormat::JsonLd { profile: JsonLdProfileSet::empty() }, text.as_bytes());
    let schema = |t: &String| t.contains("<https://schema.org/");
    let ours: BTreeSet<String> = jsonld.iter().filter(|t| !schema(t)).cloned().collect();
    assert_eq!(ours.len(), turtle.len());
    assert!(ours == turtle, "the JSON-LD holds exactly the merged graph's triples");
    // The schema.org statements the ontology's alignments give.
    let added: BTreeSet<&String> = jsonld.iter().filter(|t| schema(t)).collect();
    let helene = "<https://newsgraph.org/id/person/hélène-castagnier>";
    assert!(
        added.contains(&format!(
            "{helene} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person>"
        )),
        "{added:?}"
    );
    let predicate = |t: &str| t.split(' ').nth(1).unwrap_or_default().to_string();
    let works = added.iter().filter(|t| predicate(t) == "<https://schema.org/worksFor>").count();
    let ng_works = turtle.iter().filter(|t| predicate(t) == "<https://newsgraph.org/ontology#worksFor>").count();
    assert!(ng_works > 0);
    assert_eq!(works, ng_works, "one schema:worksFor per ng:worksFor");
    assert!(added.iter().any(|t| t.contains("<https://schema.org/headline>")));
}

fn parse_count(format: RdfFormat, data: &[u8]) -> usize {
    let quads: Vec<_> = RdfParser::from_format(format).for_slice(data).collect::<Result<_, _>>().expect("valid RDF");
    quads.len()
}

#[test]
fn rdf_dumps_parse_back_to_the_same_number_of_triples() {
    let (_s, db) = examples_store();
    let stats = ok(&db, &["stats"]);
    let number = |label: &str| -> usize {
        let line = stats.lines().find(|l| l.starts_with(label)).expect(label);
        line.split_whitespace().nth(1).unwrap().parse().unwrap()
    };
    let (triples, quads) = (number("triples"), number("quads"));
    assert!(triples > 100);
    for (flag, format) in [("turtle", RdfFormat::Turtle), ("ntriples", RdfFormat::NTriples)] {
        let out = ok(&db, &["export", "--format", flag]);
        assert_eq!(parse_count(format, out.as_bytes()), triples, "{flag}");
    }
    for (flag, format) in [("nquads", RdfFormat::NQuads), ("trig", RdfFormat::TriG)] {
        let out = ok(&db, &["export", "--format", flag]);
        assert_eq!(parse_count(format, out.as_bytes()), quads, "{flag}");
    }
}

#[test]
fn csv_export_needs_a_folder() {
    let (_s, db) = examples_store();
    let out = run(&db, &["export", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(2), "a usage error");
    assert!(stderr(&out).contains("-o"), "{}", stderr(&out));
}

#[test]
fn min_confidence_leaves_out_weak_facts_in_every_format() {
    let (s, db) = examples_store();
    let relation_evidence = "SELECT ?c WHERE { ?ev ng:confidence ?c ; rdf:predicate ?p FILTER(?p != ng:said) }";
    let confidences: Vec<f64> = select(&db, relation_evidence).iter().map(|r| r[0].parse().unwrap()).collect();
    let max = confidences.iter().cloned().fold(0.0, f64::max);
    let threshold = max.to_string();
    let relations = |dir: &std::path::Path| -> Vec<csv::StringRecord> {
        csv::Reader::from_path(dir.join("relations.csv")).unwrap().records().map(Result::unwrap).collect()
    };

    let all = s.path("all");
    ok(&db, &["export", "--format", "csv", "-o", p(&all)]);
    let strong = s.path("strong");
    ok(&db, &["export", "--format", "csv", "--min-confidence", &threshold, "-o", p(&strong)]);
    let (all_rows, strong_rows) = (relations(&all), relations(&strong));
    assert!(
        !strong_rows.is_empty() && strong_rows.len() < all_rows.len(),
        "{} of {}",
        strong_rows.len(),
        all_rows.len()
    );

    // The RDF dump at the same threshold holds the same relations, and only strong evidence.
    let nq = ok(&db, &["export", "--format", "nquads", "--min-confidence", &threshold]);
    let quads: Vec<_> =
        RdfParser::from_format(RdfFormat::NQuads).for_slice(nq.as_bytes()).collect::<Result<_, _>>().unwrap();
    let ng = |local: &str| format!("https://newsgraph.org/ontology#{local}");
    for q in &quads {
        if q.predicate.as_str() == ng("confidence") {
            let c: f64 = match &q.object {
                oxigraph::model::Term::Literal(l) => l.value().parse().unwrap(),
                _ => panic!("a literal"),
            };
            assert!(c >= max - 1e-9, "weak evidence left in the dump: {q}");
        }
    }
    let relation_names = [
        "worksFor",
        "founded",
        "developed",
        "buildsOn",
        "competesWith",
        "investedIn",
        "acquired",
        "partnersWith",
        "owns",
        "locatedIn",
        "affiliatedWith",
    ];
    let dumped = quads
        .iter()
        .filter(|q| q.graph_name.is_default_graph() && relation_names.iter().any(|r| q.predicate.as_str() == ng(r)))
        .count();
    assert_eq!(dumped, strong_rows.len());
    let out = run(&db, &["export", "--format", "dot", "--min-confidence", "2"]);
    assert_eq!(out.status.code(), Some(2), "an out-of-range threshold is a usage error");
}

/// A cell starting with `=`, `+`, `-` or `@` would run as a formula when the CSV
/// is opened in a spreadsheet: it is written with a leading apostrophe.
#[test]
fn csv_cells_that_look_like_formulas_are_written_as_text() {
    let s = Scratch::new();
    let db = s.db();
    let article = s.write(
        "formula.txt",
        "-Zentrix posts record sales\n\n“+10% a year is what we promised, and we kept it,” said Mara Okafor, \
         chief executive of Zentrix Inc.\n",
    );
    ok(&db, &["ingest", p(&article)]);
    let dir = s.path("csv");
    ok(&db, &["export", "--format", "csv", "-o", p(&dir)]);
    let column = |file: &str, name: &str| -> Vec<String> {
        let mut reader = csv::Reader::from_path(dir.join(file)).unwrap();
        let at = reader.headers().unwrap().iter().position(|h| h == name).unwrap();
        reader.records().map(|r| r.unwrap()[at].to_string()).collect()
    };
    assert_eq!(column("articles.csv", "Title"), vec!["'-Zentrix posts record sales"]);
    let quotes = column("quotes.csv", "Quote");
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    assert!(quotes[0].starts_with("'+10% a year"), "{quotes:?}");
    assert!(column("entities.csv", "Entity").iter().all(|e| !e.starts_with('\'')), "plain cells are untouched");
}

/// `\u0000` and other control characters in a JSON Lines text used to be stored
/// and then written raw into SPARQL XML results (not well-formed XML).
#[test]
fn control_characters_from_json_lines_never_reach_xml_results() {
    use quick_xml::events::Event;
    let s = Scratch::new();
    let db = s.db();
    let dump = s.write(
        "dump.jsonl",
        r#"{"title":"Zentrix\u0000 grows","text":"Mara Okafor, CEO of Zentrix Inc.,\u0001 said\u000c sales grew.\u0000"}"#,
    );
    ok(&db, &["ingest", p(&dump)]);
    let xml = ok(&db, &["query", "--format", "xml", "SELECT ?t ?s WHERE { ?a ng:title ?t . ?e ng:sentence ?s }"]);
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut literals = 0;
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Eof => break,
            Event::Text(_) => literals += 1,
            _ => {}
        }
    }
    assert!(literals >= 2, "{xml}");
    assert!(xml.contains("Zentrix grows") && !xml.contains('\u{0}') && !xml.contains('\u{1}'), "{xml}");
}
