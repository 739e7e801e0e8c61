//! A deterministic corpus generator for benchmarks: many articles made by
//! recombining the sentences of `examples/articles`, with every entity mention
//! replaced by a generated name of the same class, so the graph grows the way a
//! real archive does (new people and companies all the time, some recurring).

use std::path::Path;

use newsgraph::extract::{extract, EntityClass, Resources};

/// A sentence of an example article with its entity mentions as slots.
struct Template {
    /// Literal pieces between slots; `pieces.len() == slots.len() + 1`.
    pieces: Vec<String>,
    slots: Vec<EntityClass>,
}

pub struct Corpus {
    templates: Vec<Template>,
    headlines: Vec<Template>,
}

const GIVEN: &[&str] = &[
    "Amara", "Bruno", "Chen", "Dagny", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kavya", "Luca", "Mei",
    "Nadia", "Omar", "Paula", "Quentin", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wanjiru", "Yusuf",
];
const FAMILY: &[&str] = &[
    "Abara",
    "Becker",
    "Castillo",
    "Dlamini",
    "Eriksen",
    "Fontaine",
    "Gupta",
    "Haddad",
    "Ivanova",
    "Jansen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "Okonkwo",
    "Petrov",
    "Quispe",
    "Rossi",
    "Sato",
    "Tanaka",
];
const STEMS: &[&str] = &[
    "Arden", "Borealis", "Cinder", "Delphi", "Ember", "Fathom", "Glint", "Harbor", "Iris", "Juniper", "Kestrel",
    "Lumen", "Meridian", "Nimbus", "Onyx", "Prism", "Quill", "Rook", "Solace", "Tidal", "Umber", "Vesper",
];
const SUFFIXES: &[&str] = &["Labs", "AI", "Systems", "Capital", "Ventures", "Technologies", "Robotics", "Partners"];
const PLACES: &[&str] = &[
    "Paris",
    "Berlin",
    "Singapore",
    "Nairobi",
    "Toronto",
    "Lisbon",
    "Seoul",
    "Austin",
    "Lagos",
    "Oslo",
    "Lyon",
    "Bangalore",
    "Zurich",
    "Tokyo",
    "Madrid",
    "Boston",
];
const PRODUCTS: &[&str] = &["Cloud", "Studio", "Chip", "Console", "Hub", "Engine"];

impl Corpus {
    /// Templates from every article in `dir`.
    pub fn from_examples(dir: &Path) -> Corpus {
        let resources = Resources::embedded();
        let mut paths: Vec<_> =
            std::fs::read_dir(dir).expect("examples folder").map(|e| e.expect("entry").path()).collect();
        paths.sort();
        let (mut templates, mut headlines) = (Vec::new(), Vec::new());
        for path in paths {
            let Ok(text) = std::fs::read_to_string(&path) else { continue };
            let x = extract(&text, &resources);
            let mut mentions: Vec<(usize, usize, EntityClass)> =
                x.entities.iter().flat_map(|e| e.mentions.iter().map(move |m| (m.start, m.end, e.class))).collect();
            mentions.sort();
            for (i, sentence) in x.sentences.iter().enumerate() {
                let inside: Vec<_> =
                    mentions.iter().filter(|m| m.0 >= sentence.start && m.1 <= sentence.end).copied().collect();
                let mut pieces = Vec::new();
                let mut slots = Vec::new();
                let mut at = sentence.start;
                for (start, end, class) in inside {
                    if start < at {
                        continue;
                    }
                    pieces.push(text[at..start].to_string());
                    slots.push(class);
                    at = end;
                }
                pieces.push(text[at..sentence.end].to_string());
                let template = Template { pieces, slots };
                if i == 0 {
                    headlines.push(template)
                } else if !template.slots.is_empty() {
                    templates.push(template)
                }
            }
        }
        Corpus { templates, headlines }
    }

    /// Article number `n` (deterministic): a headline and about twelve sentences.
    /// Entities are drawn from a pool that grows with `n`, so names recur across
    /// nearby articles and new ones keep coming.
    pub fn article(&self, n: usize) -> String {
        let mut rng = Lcg(n as u64 * 0x9E37_79B9 + 17);
        let mut out = String::new();
        let fill = |t: &Template, rng: &mut Lcg| {
            let mut s = String::new();
            for (i, piece) in t.pieces.iter().enumerate() {
                s.push_str(piece);
                if let Some(class) = t.slots.get(i) {
                    s.push_str(&name(*class, n, rng));
                }
            }
            s
        };
        out.push_str(&fill(&self.headlines[rng.below(self.headlines.len())], &mut rng).replace('\n', " "));
        out.push_str("\n\n");
        for k in 0..12 {
            out.push_str(fill(&self.templates[rng.below(self.templates.len())], &mut rng).trim());
            out.push_str(if k % 3 == 2 { "\n\n" } else { " " });
        }
        out.push('\n');
        out
    }
}

/// A generated name of `class` for article `n`: drawn among names of nearby
/// articles (a window of the pool), so entities recur.
fn name(class: EntityClass, n: usize, rng: &mut Lcg) -> String {
    let pool = n / 4 + rng.below(8);
    let pick = |list: &[&str], k: usize| list[k % list.len()].to_string();
    match class {
        EntityClass::Person => {
            format!("{} {}", pick(GIVEN, pool * 7 + rng.below(3)), pick(FAMILY, pool * 3 + pool / 20))
        }
        EntityClass::Organization => {
            format!("{}{} {}", pick(STEMS, pool), pool / STEMS.len(), pick(SUFFIXES, pool / 3))
        }
        EntityClass::AIModel => format!("{}-{}", pick(STEMS, pool + 5), 1 + pool % 9),
        EntityClass::Product => format!("{} {}", pick(STEMS, pool + 11), pick(PRODUCTS, pool)),
        EntityClass::Place => pick(PLACES, pool + rng.below(4)),
    }
}

/// A tiny linear congruential generator: deterministic and dependency-free.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}
