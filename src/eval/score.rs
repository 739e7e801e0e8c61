//! The scoring rules of the evaluation guidelines (the same as `score.py`):
//! normalised surface forms, typed entity matching with maximum bipartite
//! matching, relation ends resolved through matched entities, quotes matched on
//! speaker and 80% word coverage. Micro-averaged over documents.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::annotation::{Annotation, GoldEntity, GoldQuote, GoldRelation};
use crate::schema::Predicate;

/// Whether the gold or predicted predicate `p` is one of the schema's symmetric ones.
fn is_symmetric(p: &str) -> bool {
    Predicate::from_name(p).is_some_and(Predicate::is_symmetric)
}

const QUOTE_THRESHOLD: f64 = 0.8;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    fn ratio(&self, num: usize, den: usize) -> f64 {
        if den > 0 {
            num as f64 / den as f64
        } else if self.fp == 0 && self.fn_ == 0 {
            1.0
        } else {
            0.0
        }
    }

    pub fn precision(&self) -> f64 {
        self.ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        self.ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

/// One document's figures and errors.
#[derive(Clone, Debug, Default)]
pub struct DocResult {
    pub name: String,
    pub entities: Counts,
    pub relations: Counts,
    pub quotes: Counts,
    pub by_type: BTreeMap<String, Counts>,
    pub by_predicate: BTreeMap<String, Counts>,
    /// "entity false positive: …" and the like, for `--verbose`.
    pub errors: Vec<String>,
    /// (confidence, right?) of each predicted relation that carries a confidence.
    pub calibration: Vec<(f64, bool)>,
    /// (rule, right?) of each predicted relation that names its rule.
    pub rules: Vec<(String, bool)>,
}

/// Figures summed over documents.
#[derive(Clone, Debug, Default)]
pub struct Totals {
    pub entities: Counts,
    pub relations: Counts,
    pub quotes: Counts,
    pub by_type: BTreeMap<String, Counts>,
    pub by_predicate: BTreeMap<String, Counts>,
    pub calibration: Vec<(f64, bool)>,
    pub rules: Vec<(String, bool)>,
}

impl Totals {
    pub fn of(results: &[DocResult]) -> Totals {
        let mut t = Totals::default();
        for r in results {
            t.entities.add(r.entities);
            t.relations.add(r.relations);
            t.quotes.add(r.quotes);
            for (k, c) in &r.by_type {
                t.by_type.entry(k.clone()).or_default().add(*c);
            }
            for (k, c) in &r.by_predicate {
                t.by_predicate.entry(k.clone()).or_default().add(*c);
            }
            t.calibration.extend(&r.calibration);
            t.rules.extend(r.rules.iter().cloned());
        }
        t
    }

    /// The evaluation's summary line.
    pub fn summary(&self) -> String {
        format!(
            "score: entities_f1={:.3} relations_f1={:.3} quotes_f1={:.3}",
            self.entities.f1(),
            self.relations.f1(),
            self.quotes.f1()
        )
    }
}

/// The matching key of a label: case folded, a trailing possessive and all
/// punctuation dropped, white space collapsed.
pub fn normalise(text: &str) -> String {
    let mut s = text.trim().to_lowercase();
    for apostrophe in ['\'', '\u{2019}', '\u{2bc}'] {
        if let Some(rest) = s.strip_suffix(&format!("{apostrophe}s")).or_else(|| s.strip_suffix(apostrophe)) {
            s = rest.to_string();
            break;
        }
    }
    let kept: String = s.chars().filter(|c| !is_punctuation(*c)).collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Unicode punctuation (general category P*), as far as news text needs it.
fn is_punctuation(c: char) -> bool {
    matches!(c, '!' | '"' | '#' | '%' | '&' | '\'' | '(' | ')' | '*' | ',' | '-' | '.' | '/' | ':' | ';' | '?' | '@'
        | '[' | '\\' | ']' | '_' | '{' | '}' | '¡' | '§' | '«' | '¶' | '·' | '»' | '¿'
        | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{3001}'..='\u{3003}' | '\u{FF01}'..='\u{FF0F}')
}

fn forms(e: &GoldEntity) -> BTreeSet<String> {
    let mut f: BTreeSet<String> = std::iter::once(&e.name).chain(&e.aliases).map(|s| normalise(s)).collect();
    f.remove("");
    f
}

fn quote_words(text: &str) -> HashMap<String, usize> {
    let mut words = HashMap::new();
    for w in text.to_lowercase().split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty()) {
        *words.entry(w.to_string()).or_insert(0) += 1;
    }
    words
}

fn word_coverage(gold: &str, pred: &str) -> f64 {
    let g = quote_words(gold);
    let total: usize = g.values().sum();
    if total == 0 {
        return 1.0;
    }
    let p = quote_words(pred);
    let found: usize = g.iter().map(|(w, n)| (*n).min(*p.get(w).unwrap_or(&0))).sum();
    found as f64 / total as f64
}

/// Maximum bipartite matching by augmenting paths; left items tried in `order`.
fn max_matching(candidates: &[Vec<usize>], order: &[usize]) -> Vec<Option<usize>> {
    fn assign(
        i: usize,
        candidates: &[Vec<usize>],
        owner: &mut HashMap<usize, usize>,
        seen: &mut BTreeSet<usize>,
    ) -> bool {
        for &j in &candidates[i] {
            if !seen.insert(j) {
                continue;
            }
            let free = match owner.get(&j) {
                None => true,
                Some(&other) => assign(other, candidates, owner, seen),
            };
            if free {
                owner.insert(j, i);
                return true;
            }
        }
        false
    }
    let mut owner = HashMap::new();
    for &i in order {
        assign(i, candidates, &mut owner, &mut BTreeSet::new());
    }
    let mut result = vec![None; candidates.len()];
    for (j, i) in owner {
        result[i] = Some(j);
    }
    result
}

fn match_entities(gold: &[GoldEntity], pred: &[GoldEntity], typed: bool) -> Vec<Option<usize>> {
    let gold_forms: Vec<_> = gold.iter().map(forms).collect();
    let mut candidates = Vec::new();
    let mut best_tier = Vec::new();
    for p in pred {
        let (p_forms, p_key) = (forms(p), normalise(&p.name));
        let mut scored: Vec<(u8, usize)> = Vec::new();
        for (gi, g) in gold.iter().enumerate() {
            if (typed && p.class != g.class) || p_forms.is_disjoint(&gold_forms[gi]) {
                continue;
            }
            let tier = if p_key == normalise(&g.name) {
                0
            } else if gold_forms[gi].contains(&p_key) {
                1
            } else {
                2
            };
            scored.push((tier, gi));
        }
        scored.sort();
        best_tier.push(scored.first().map(|s| s.0).unwrap_or(3));
        candidates.push(scored.into_iter().map(|s| s.1).collect());
    }
    let mut order: Vec<usize> = (0..pred.len()).collect();
    order.sort_by_key(|i| best_tier[*i]);
    max_matching(&candidates, &order)
}

/// Which gold entities a label denotes.
struct Resolver {
    by_form: HashMap<String, BTreeSet<usize>>,
    via_pred: HashMap<String, BTreeSet<usize>>,
    by_name: HashMap<String, usize>,
}

impl Resolver {
    fn new(gold: &[GoldEntity], pred: &[GoldEntity], pred_to_gold: &[Option<usize>]) -> Resolver {
        let mut by_form: HashMap<String, BTreeSet<usize>> = HashMap::new();
        let mut by_name = HashMap::new();
        for (gi, g) in gold.iter().enumerate() {
            for f in forms(g) {
                by_form.entry(f).or_default().insert(gi);
            }
            by_name.insert(g.name.clone(), gi);
        }
        let mut via_pred: HashMap<String, BTreeSet<usize>> = HashMap::new();
        for (p, gi) in pred.iter().zip(pred_to_gold) {
            if let Some(gi) = gi {
                for f in forms(p) {
                    via_pred.entry(f).or_default().insert(*gi);
                }
            }
        }
        Resolver { by_form, via_pred, by_name }
    }

    fn pred_label(&self, label: &str) -> BTreeSet<usize> {
        let key = normalise(label);
        let mut ids = self.by_form.get(&key).cloned().unwrap_or_default();
        ids.extend(self.via_pred.get(&key).into_iter().flatten());
        ids
    }

    fn gold_label(&self, name: &str) -> BTreeSet<usize> {
        match self.by_name.get(name) {
            Some(gi) => BTreeSet::from([*gi]),
            None => self.by_form.get(&normalise(name)).cloned().unwrap_or_default(),
        }
    }
}

fn relation_key(r: &GoldRelation) -> (String, String, String) {
    let (mut s, mut o) = (normalise(&r.s), normalise(&r.o));
    if is_symmetric(&r.p) && o < s {
        std::mem::swap(&mut s, &mut o);
    }
    (s, r.p.clone(), o)
}

fn dedupe<T: Clone, K: Ord>(items: &[T], key: impl Fn(&T) -> K) -> Vec<T> {
    let mut seen = BTreeSet::new();
    items.iter().filter(|i| seen.insert(key(i))).cloned().collect()
}

fn intersects(a: &BTreeSet<usize>, b: &BTreeSet<usize>) -> bool {
    !a.is_disjoint(b)
}

/// Scores one document's prediction against its gold annotation.
pub fn score_document(name: &str, gold: &Annotation, pred: &Annotation) -> DocResult {
    let mut res = DocResult { name: name.to_string(), ..DocResult::default() };
    let typed = match_entities(&gold.entities, &pred.entities, true);
    let matched: BTreeSet<usize> = typed.iter().flatten().copied().collect();
    for (p, m) in pred.entities.iter().zip(&typed) {
        let c = res.by_type.entry(p.class.clone()).or_default();
        if m.is_some() {
            res.entities.tp += 1;
            c.tp += 1;
        } else {
            res.entities.fp += 1;
            c.fp += 1;
            res.errors.push(format!("entity false positive: {} [{}]", p.name, p.class));
        }
    }
    for (gi, g) in gold.entities.iter().enumerate() {
        if !matched.contains(&gi) {
            res.entities.fn_ += 1;
            res.by_type.entry(g.class.clone()).or_default().fn_ += 1;
            res.errors.push(format!("entity false negative: {} [{}]", g.name, g.class));
        }
    }
    let resolver = Resolver::new(&gold.entities, &pred.entities, &typed);
    score_relations(&mut res, gold, pred, &resolver);
    score_quotes(&mut res, gold, pred, &resolver);
    res
}

fn score_relations(res: &mut DocResult, gold: &Annotation, pred: &Annotation, resolver: &Resolver) {
    let gold_rels = dedupe(&gold.relations, relation_key);
    let pred_rels = dedupe(&pred.relations, relation_key);
    let gold_ends: Vec<_> = gold_rels.iter().map(|r| (resolver.gold_label(&r.s), resolver.gold_label(&r.o))).collect();
    let candidates: Vec<Vec<usize>> = pred_rels
        .iter()
        .map(|r| {
            let (s, o) = (resolver.pred_label(&r.s), resolver.pred_label(&r.o));
            let symmetric = is_symmetric(&r.p);
            (0..gold_rels.len())
                .filter(|gi| gold_rels[*gi].p == r.p)
                .filter(|gi| {
                    let (gs, go) = &gold_ends[*gi];
                    (intersects(&s, gs) && intersects(&o, go))
                        || (symmetric && intersects(&s, go) && intersects(&o, gs))
                })
                .collect()
        })
        .collect();
    let order: Vec<usize> = (0..pred_rels.len()).collect();
    let matches = max_matching(&candidates, &order);
    for (r, m) in pred_rels.iter().zip(&matches) {
        if let Some(confidence) = r.confidence {
            res.calibration.push((confidence, m.is_some()));
        }
        if let Some(rule) = &r.rule {
            res.rules.push((rule.clone(), m.is_some()));
        }
        let c = res.by_predicate.entry(r.p.clone()).or_default();
        if m.is_some() {
            res.relations.tp += 1;
            c.tp += 1;
        } else {
            res.relations.fp += 1;
            c.fp += 1;
            res.errors.push(format!("relation false positive: {} -{}-> {}", r.s, r.p, r.o));
        }
    }
    let matched: BTreeSet<usize> = matches.iter().flatten().copied().collect();
    for (gi, g) in gold_rels.iter().enumerate() {
        if !matched.contains(&gi) {
            res.relations.fn_ += 1;
            res.by_predicate.entry(g.p.clone()).or_default().fn_ += 1;
            res.errors.push(format!("relation false negative: {} -{}-> {}", g.s, g.p, g.o));
        }
    }
}

fn score_quotes(res: &mut DocResult, gold: &Annotation, pred: &Annotation, resolver: &Resolver) {
    let pred_quotes = dedupe(&pred.quotes, |q: &GoldQuote| {
        let mut words: Vec<_> = quote_words(&q.text).into_iter().collect();
        words.sort();
        (normalise(&q.speaker), words)
    });
    let speakers: Vec<_> = gold.quotes.iter().map(|q| resolver.gold_label(&q.speaker)).collect();
    let candidates: Vec<Vec<usize>> = pred_quotes
        .iter()
        .map(|q| {
            let speaker = resolver.pred_label(&q.speaker);
            let mut scored: Vec<(f64, usize)> = (0..gold.quotes.len())
                .filter(|gi| intersects(&speaker, &speakers[*gi]))
                .map(|gi| (-word_coverage(&gold.quotes[gi].text, &q.text), gi))
                .filter(|(c, _)| -c >= QUOTE_THRESHOLD)
                .collect();
            scored.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
            scored.into_iter().map(|s| s.1).collect()
        })
        .collect();
    let order: Vec<usize> = (0..pred_quotes.len()).collect();
    let matches = max_matching(&candidates, &order);
    for (q, m) in pred_quotes.iter().zip(&matches) {
        if m.is_some() {
            res.quotes.tp += 1;
        } else {
            res.quotes.fp += 1;
            res.errors.push(format!("quote false positive: {}: \"{}\"", q.speaker, q.text));
        }
    }
    let matched: BTreeSet<usize> = matches.iter().flatten().copied().collect();
    for (gi, g) in gold.quotes.iter().enumerate() {
        if !matched.contains(&gi) {
            res.quotes.fn_ += 1;
            res.errors.push(format!("quote false negative: {}: \"{}\"", g.speaker, g.text));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_drops_case_possessives_and_punctuation() {
        assert_eq!(normalise("Meta's"), "meta");
        assert_eq!(normalise("  U.S. "), "us");
        assert_eq!(normalise("Hugging Face’s"), "hugging face");
        assert_eq!(normalise("Clément  Delangue"), "clément delangue");
        assert_eq!(normalise("GPT-4o"), "gpt4o");
    }

    #[test]
    fn a_second_node_for_one_entity_is_a_false_positive() {
        let e = |n: &str| GoldEntity { name: n.into(), class: "Person".into(), aliases: vec![] };
        let gold = Annotation {
            entities: vec![GoldEntity { aliases: vec!["LeCun".into()], ..e("Yann LeCun") }],
            ..Default::default()
        };
        let pred = Annotation { entities: vec![e("Yann LeCun"), e("LeCun")], ..Default::default() };
        let r = score_document("d", &gold, &pred);
        assert_eq!(r.entities, Counts { tp: 1, fp: 1, fn_: 0 });
    }

    #[test]
    fn symmetric_relations_match_either_way_and_quotes_need_most_words() {
        let e = |n: &str| GoldEntity { name: n.into(), class: "Organization".into(), aliases: vec![] };
        let rel = |s: &str, o: &str| GoldRelation {
            s: s.into(),
            p: "competesWith".into(),
            o: o.into(),
            confidence: None,
            rule: None,
        };
        let q = |t: &str| GoldQuote { speaker: "A".into(), text: t.into() };
        let gold = Annotation {
            entities: vec![e("A"), e("B")],
            relations: vec![rel("A", "B")],
            quotes: vec![q("one two three four five")],
        };
        let pred = Annotation {
            entities: vec![e("A"), e("B")],
            relations: vec![rel("B", "A")],
            quotes: vec![q("one two three four")],
        };
        let r = score_document("d", &gold, &pred);
        assert_eq!(r.relations, Counts { tp: 1, fp: 0, fn_: 0 });
        assert_eq!(r.quotes, Counts { tp: 1, fp: 0, fn_: 0 }, "4 of 5 words is 80%");
        let pred = Annotation { quotes: vec![q("one two three")], ..pred };
        assert_eq!(score_document("d", &gold, &pred).quotes, Counts { tp: 0, fp: 1, fn_: 1 });
    }
}
