//! Reports for people, as text: what extraction reads in an article (readable,
//! or JSON in the annotation format of the evaluation guidelines) and the
//! scores of `eval`. The command line prints them; the golden tests compare them.

use std::collections::BTreeMap;

use crate::eval::{Counts, DocResult, Totals};
use crate::extract::{self, Extraction};
use crate::input::Article;
use crate::schema::{EntityClass, Predicate};

/// The extraction of an article as JSON in the guidelines' annotation format, with its source, title and date.
pub fn extraction_json(article: &Article, extraction: &Extraction) -> String {
    let mut value = extract::annotation(extraction, &article.text);
    value["doc"] = article.source.clone().into();
    value["title"] = article.title.clone().into();
    value["date"] = article.date.clone().into();
    format!("{}\n", serde_json::to_string_pretty(&value).unwrap_or_default())
}

/// The extraction of an article as readable text: entities, relations with their evidence, quotes.
pub fn extraction_text(article: &Article, ex: &Extraction) -> String {
    let mut s = format!("== {}\ntitle: {}\n", article.source, article.title);
    if let Some(date) = &article.date {
        s.push_str(&format!("date: {date}\n"));
    }
    let name = |i: usize| ex.entities.get(i).map(|e| e.name.as_str()).unwrap_or("?");
    s.push_str(&format!("\nentities ({}):\n", ex.entities.len()));
    for e in &ex.entities {
        s.push_str(&format!("  {:<13} {}", e.class.name(), e.name));
        if !e.aliases.is_empty() {
            s.push_str(&format!("  (also: {})", e.aliases.join(", ")));
        }
        if let Some(id) = &e.wikidata {
            s.push_str(&format!("  [wikidata {id}]"));
        }
        s.push('\n');
    }
    s.push_str(&format!("\nrelations ({}):\n", ex.relations.len()));
    for r in &ex.relations {
        s.push_str(&format!("  {} --{}--> {}", name(r.subject), r.predicate.name(), name(r.object)));
        if let Some(role) = &r.role {
            s.push_str(&format!("  [{role}]"));
        }
        s.push_str(&format!("  {:.2} {}\n", r.evidence.confidence, r.evidence.rule));
        s.push_str(&format!("      \"{}\"\n", one_line(r.evidence.sentence.text(&article.text))));
    }
    s.push_str(&format!("\nquotes ({}):\n", ex.quotes.len()));
    for q in &ex.quotes {
        s.push_str(&format!(
            "  {}: \"{}\"  {:.2} {}\n",
            name(q.speaker),
            one_line(&q.text),
            q.evidence.confidence,
            q.evidence.rule
        ));
    }
    s.push('\n');
    s
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `eval`'s report: totals per category, entity class and predicate, confidence bands,
/// each document (with its errors when `verbose`), and the summary line last;
/// `totals` are the results' (`Totals::of`).
pub fn eval_text(results: &[DocResult], totals: &Totals, verbose: bool) -> String {
    let row = |label: &str, c: &Counts| {
        format!(
            "{label:<18} {:>5} {:>5} {:>5}  {:>9.3} {:>7.3} {:>7.3}\n",
            c.tp,
            c.fp,
            c.fn_,
            c.precision(),
            c.recall(),
            c.f1()
        )
    };
    let head = |title: &str| {
        format!("{title:<18} {:>5} {:>5} {:>5}  {:>9} {:>7} {:>7}\n", "tp", "fp", "fn", "precision", "recall", "f1")
    };
    let mut s = head("category");
    s += &row("entities", &totals.entities);
    s += &row("relations", &totals.relations);
    s += &row("quotes", &totals.quotes);
    s += &format!("\n{}", head("entity type"));
    for t in EntityClass::ALL.map(EntityClass::name) {
        s += &row(t, totals.by_type.get(t).unwrap_or(&Counts::default()));
    }
    s += &format!("\n{}", head("predicate"));
    for p in Predicate::ALL.map(Predicate::name) {
        s += &row(p, totals.by_predicate.get(p).unwrap_or(&Counts::default()));
    }
    s += "\nrelation confidence   facts  precision\n";
    for (low, high) in [(0.0, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)] {
        let band: Vec<bool> =
            totals.calibration.iter().filter(|(c, _)| *c >= low && *c < high).map(|(_, right)| *right).collect();
        if !band.is_empty() {
            let right = band.iter().filter(|r| **r).count();
            s += &format!(
                "  {low:.1} .. {:.1}         {:>5}  {:>9.3}\n",
                high.min(1.0),
                band.len(),
                right as f64 / band.len() as f64
            );
        }
    }
    if verbose {
        s += &rule_precision(&totals.rules);
    }
    s += "\ndocument: entities / relations / quotes f1\n";
    for r in results {
        s += &format!("  {:<40} {:.3} {:.3} {:.3}\n", r.name, r.entities.f1(), r.relations.f1(), r.quotes.f1());
        if verbose {
            for e in &r.errors {
                s += &format!("      {e}\n");
            }
        }
    }
    s += &format!("\n{}\n", totals.summary());
    s
}

/// Relation precision per rule (the rule of each fact's most confident
/// evidence), most used first: where a rule's confidence is out of line with
/// what it gets right.
fn rule_precision(rules: &[(String, bool)]) -> String {
    let mut s = format!("\n{:<40} {:>5}  {:>9}\n", "relation rule", "facts", "precision");
    for (rule, (facts, right)) in rule_counts(rules) {
        s += &format!("  {rule:<38} {facts:>5}  {:>9.3}\n", right as f64 / facts as f64);
    }
    s
}

/// `eval --calibration`: each relation rule's facts and right ones, as a
/// `calibration.tsv` resource file.
pub fn calibration_table(totals: &Totals) -> String {
    let mut s = String::from("# Written by newsgraph eval --calibration.\nrule\tfacts\tright\n");
    for (rule, (facts, right)) in rule_counts(&totals.rules) {
        s += &format!("{rule}\t{facts}\t{right}\n");
    }
    s
}

/// (rule, (facts, right)) for each rule, most used first.
fn rule_counts(rules: &[(String, bool)]) -> Vec<(&str, (usize, usize))> {
    let mut by_rule: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (rule, right) in rules {
        let counts = by_rule.entry(rule.as_str()).or_default();
        counts.0 += 1;
        counts.1 += usize::from(*right);
    }
    let mut rows: Vec<(&str, (usize, usize))> = by_rule.into_iter().collect();
    rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
    rows
}

/// What `newsgraph stats` prints: the counts, and with `articles` the list of
/// articles (IRI, date, title, each source).
pub fn stats_text(s: &crate::stats::Stats, articles: Option<&[crate::stats::ArticleEntry]>) -> String {
    let mut out = String::new();
    out += &format!("articles   {:>7}\n", s.articles);
    out += &format!("entities   {:>7}\n", s.entity_total());
    for (class, n) in &s.entities {
        out += &format!("  {:<16} {:>7}\n", class.name(), n);
    }
    out += &format!("relations  {:>7}\n", s.relation_total());
    for (predicate, n) in &s.relations {
        out += &format!("  {:<16} {:>7}\n", predicate.name(), n);
    }
    out += &format!("quotes     {:>7}\n", s.quotes);
    out += &format!("triples    {:>7}  (merged graph)\n", s.triples);
    out += &format!("quads      {:>7}  (all graphs: articles, merged graph, ontology)\n", s.quads);
    if let Some(list) = articles {
        out += "\narticles\n";
        for a in list {
            let date = a.date.as_deref().unwrap_or("-");
            out += &format!("  {}  {date}  {}\n      {}\n", a.iri, a.title, a.sources.join("\n      "));
        }
    }
    out
}
