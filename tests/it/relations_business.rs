//! Business relations as news states them: owners and their units, deals,
//! stakes, joint ventures and where companies are. Every sentence is invented.

use newsgraph::extract::{Extraction, Predicate};
use newsgraph::{extract, Resources};

fn run(text: &str) -> Extraction {
    extract(text, &Resources::embedded())
}

fn has(x: &Extraction, s: &str, p: Predicate, o: &str) -> bool {
    x.relations.iter().any(|r| {
        let (a, b) = (&x.entities[r.subject].name, &x.entities[r.object].name);
        r.predicate == p && ((a == s && b == o) || (p.is_symmetric() && a == o && b == s))
    })
}

fn all(x: &Extraction) -> Vec<String> {
    x.relations
        .iter()
        .map(|r| format!("{} {} {}", x.entities[r.subject].name, r.predicate.name(), x.entities[r.object].name))
        .collect()
}

#[test]
fn a_name_sharing_its_first_word_is_owned_only_when_called_a_part() {
    let x = run("Kestrel said on Monday that its shipping unit, Kestrel Marine, would buy ten vessels. \
                 Separately, the chairman of Kestrel Motor Corp. said the carmaker would open a plant. \
                 Kestrel Foundation, a charity, gave money to schools.");
    assert!(has(&x, "Kestrel Motor Corp", Predicate::Owns, "Kestrel Marine"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Motor Corp", Predicate::Owns, "Kestrel Foundation"), "{:?}", all(&x));
}

#[test]
fn a_product_named_after_its_maker_is_its_only_with_a_model_number() {
    let x = run("Corvex Inc. reported higher sales, Corvex said. Shoppers lined up for the Corvex Z9 phone. \
                 Others used the Corvex Maps app.");
    assert!(has(&x, "Corvex Inc", Predicate::Developed, "Corvex Z9"), "{:?}", all(&x));
    assert!(x.relations.iter().all(|r| x.entities[r.object].name != "Corvex Maps"), "{:?}", all(&x));
}
