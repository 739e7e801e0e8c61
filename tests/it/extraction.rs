//! Extraction on fixture sentences written for these tests: sentences,
//! entities, merging, relations, quotes, and robustness on odd input.

use newsgraph::extract::{Entity, EntityClass, Extraction, Predicate};
use newsgraph::text::{sentences, tokenize};
use newsgraph::{extract, Resources};

fn run(text: &str) -> Extraction {
    extract(text, &Resources::embedded())
}

fn entity<'a>(x: &'a Extraction, name: &str) -> &'a Entity {
    x.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no entity {name}: {:#?}", names(x)))
}

fn names(x: &Extraction) -> Vec<(String, EntityClass)> {
    x.entities.iter().map(|e| (e.name.clone(), e.class)).collect()
}

fn has_relation(x: &Extraction, s: &str, p: Predicate, o: &str) -> bool {
    x.relations.iter().any(|r| {
        let (a, b) = (&x.entities[r.subject].name, &x.entities[r.object].name);
        r.predicate == p && ((a == s && b == o) || (p.is_symmetric() && a == o && b == s))
    })
}

fn role(x: &Extraction, s: &str, o: &str) -> Option<String> {
    x.relations
        .iter()
        .find(|r| {
            r.predicate == Predicate::WorksFor && x.entities[r.subject].name == s && x.entities[r.object].name == o
        })
        .and_then(|r| r.role.clone())
}

fn relations(x: &Extraction) -> Vec<String> {
    x.relations
        .iter()
        .map(|r| format!("{} {} {}", x.entities[r.subject].name, r.predicate.name(), x.entities[r.object].name))
        .collect()
}

// ---------------------------------------------------------------- sentences

#[test]
fn sentences_survive_abbreviations_initials_and_quotes() {
    let t = "Robots Reach the Moon\nThe U.S. firm Zentrix Inc. hired Dr. Mara Okafor and Chris V. Pell. \"We are ready.\" Then it rained.";
    let tokens = tokenize(t);
    let company_form = |w: &str| w == "Inc";
    let got: Vec<&str> = sentences(t, &tokens, &company_form)
        .into_iter()
        .map(|r| &t[tokens[r.start].span.start..tokens[r.end - 1].span.end])
        .collect();
    assert_eq!(
        got,
        [
            "Robots Reach the Moon",
            "The U.S. firm Zentrix Inc. hired Dr. Mara Okafor and Chris V. Pell.",
            "\"We are ready.\"",
            "Then it rained."
        ]
    );
}

#[test]
fn wrapped_lines_stay_one_sentence() {
    let t = "Headline here\n\nThe board met on a long day and\nagreed to sell.\nA new line starts here.";
    let x = run(t);
    let got: Vec<&str> = x.sentences.iter().map(|s| s.text(t)).collect();
    assert_eq!(got, ["Headline here", "The board met on a long day and\nagreed to sell.", "A new line starts here."]);
}

// ----------------------------------------------------------------- entities

#[test]
fn lexicon_names_with_possessives_and_aliases_are_one_entity() {
    let t = "Meta Platforms grew. Later, Meta's team and Meta’s lawyers met Google.";
    let x = run(t);
    let meta = entity(&x, "Meta");
    assert_eq!(meta.class, EntityClass::Organization);
    assert_eq!(meta.mentions.len(), 3);
    assert_eq!(meta.mentions[1].text(t), "Meta");
    assert!(meta.aliases.contains(&"Meta Platforms".to_string()));
    assert_eq!(meta.wikidata.as_deref(), Some("Q380"));
}

#[test]
fn people_are_found_by_given_names_titles_honorifics_and_speech() {
    let t = "Analysts cited Mara Okafor on Monday. Zentrix hired Dr. Tobiah Quenneville. \
             The startup's CEO Idris Vantongeren spoke, said Ruvo Delacroix-Amsel.";
    let x = run(t);
    for name in ["Mara Okafor", "Tobiah Quenneville", "Idris Vantongeren", "Ruvo Delacroix-Amsel"] {
        assert_eq!(entity(&x, name).class, EntityClass::Person, "{name}");
    }
    let span = entity(&x, "Tobiah Quenneville").mentions[0];
    assert_eq!(span.text(t), "Tobiah Quenneville");
}

#[test]
fn names_with_several_particles_stay_whole() {
    let t = "Tomas Ferreira met Ludwig van der Berg and Ana de la Cruz in Porto. Later, van der Berg left.";
    let x = run(t);
    for name in ["Ludwig van der Berg", "Ana de la Cruz"] {
        assert_eq!(entity(&x, name).class, EntityClass::Person, "{name}");
    }
    assert_eq!(entity(&x, "Ana de la Cruz").mentions[0].text(t), "Ana de la Cruz");
}

#[test]
fn organisations_by_suffix_and_cue_and_their_short_forms_merge() {
    let t = "Quorvant Robotics Inc. opened a lab. Quorvant Robotics hired staff. \
             The startup Helixor grew, and Brindle Cove Capital invested.";
    let x = run(t);
    let q = entity(&x, "Quorvant Robotics Inc");
    assert_eq!(q.class, EntityClass::Organization);
    assert_eq!(q.mentions.len(), 2);
    assert!(q.aliases.contains(&"Quorvant Robotics".to_string()));
    assert_eq!(entity(&x, "Helixor").class, EntityClass::Organization);
    assert_eq!(entity(&x, "Brindle Cove Capital").class, EntityClass::Organization);
}

#[test]
fn model_names_with_versions() {
    let t = "Zentrix compared GPT-4o, Llama 3.1 405B, Claude 3.5 Sonnet, Qwen2.5-Max and DeepSeek-R1 with its Vorta-7B model.";
    let x = run(t);
    for name in ["GPT-4o", "Llama 3.1 405B", "Claude 3.5 Sonnet", "Qwen2.5-Max", "DeepSeek-R1", "Vorta-7B"] {
        assert_eq!(entity(&x, name).class, EntityClass::AIModel, "{name}: {:?}", names(&x));
    }
}

#[test]
fn places_from_based_and_demonyms_and_no_generic_words() {
    let t =
        "The Lisbon-based startup Orvane hired staff. The French startup Pelloux raised money. AI and GPUs in January.";
    let x = run(t);
    assert_eq!(entity(&x, "Lisbon").class, EntityClass::Place);
    assert_eq!(entity(&x, "France").class, EntityClass::Place);
    assert!(has_relation(&x, "Orvane", Predicate::LocatedIn, "Lisbon"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Pelloux", Predicate::LocatedIn, "France"), "{:?}", relations(&x));
    for generic in ["AI", "GPUs", "January", "The"] {
        assert!(x.entities.iter().all(|e| e.name != generic), "{generic}");
    }
}

#[test]
fn surnames_join_the_full_name() {
    let t = "Mara Okafor leads research at Zentrix Labs. Okafor said the work was hard. Mara agreed.";
    let x = run(t);
    let p = entity(&x, "Mara Okafor");
    assert_eq!(p.mentions.len(), 3);
    assert!(p.aliases.contains(&"Okafor".to_string()));
    assert_eq!(x.entities.iter().filter(|e| e.class == EntityClass::Person).count(), 1);
}

// ---------------------------------------------------------------- relations

#[test]
fn works_for_with_roles() {
    let t = "Mara Okafor, Meta's vice president, spoke. Nvidia CEO Tobiah Quenneville agreed. \
             Idris Vantongeren, chief AI scientist at Zentrix Labs, left. \
             Chris V. Pell, from the venture capital firm Brindle Cove Capital, remarked on it.";
    let x = run(t);
    assert_eq!(role(&x, "Mara Okafor", "Meta").as_deref(), Some("vice president"));
    assert_eq!(role(&x, "Tobiah Quenneville", "Nvidia").as_deref(), Some("CEO"));
    assert_eq!(role(&x, "Idris Vantongeren", "Zentrix Labs").as_deref(), Some("chief AI scientist"));
    assert!(has_relation(&x, "Chris V. Pell", Predicate::WorksFor, "Brindle Cove Capital"), "{:?}", relations(&x));
    let r = x.relations.iter().find(|r| r.predicate == Predicate::WorksFor).map(|r| r.evidence.clone());
    let ev = r.unwrap_or_else(|| panic!("no evidence"));
    assert!(ev.rule.starts_with("worksFor/") && ev.confidence > 0.5 && ev.confidence <= 1.0);
    assert!(ev.sentence.text(t).starts_with("Mara Okafor, Meta's vice president"));
}

#[test]
fn founders_and_board_members() {
    let t = "Zentrix Labs co-founder Mara Okafor spoke. Tobiah Quenneville, who founded Orvane Robotics, agreed. \
             Idris Vantongeren, a board member of Zentrix Labs, left.";
    let x = run(t);
    assert!(has_relation(&x, "Mara Okafor", Predicate::Founded, "Zentrix Labs"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Tobiah Quenneville", Predicate::Founded, "Orvane Robotics"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Idris Vantongeren", Predicate::AffiliatedWith, "Zentrix Labs"), "{:?}", relations(&x));
}

#[test]
fn developed_owns_and_builds_on() {
    let t = "Meta's Llama grew. Zentrix Labs released Vorta-7B in May. Vorta-7B is based on Llama. \
             Users love Meta's Instagram.";
    let x = run(t);
    assert!(has_relation(&x, "Meta", Predicate::Developed, "Llama"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Zentrix Labs", Predicate::Developed, "Vorta-7B"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Vorta-7B", Predicate::BuildsOn, "Llama"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Meta", Predicate::Owns, "Instagram"), "{:?}", relations(&x));
}

#[test]
fn lists_give_one_relation_per_member_and_negation_blocks() {
    let t = "Zentrix Labs competes with Meta, Google and Microsoft. Orvane Robotics did not invest in Zentrix Labs. \
             Zentrix Labs is backed by Nvidia and Amazon.";
    let x = run(t);
    for rival in ["Meta", "Google", "Microsoft"] {
        assert!(has_relation(&x, "Zentrix Labs", Predicate::CompetesWith, rival), "{rival}: {:?}", relations(&x));
    }
    assert!(!has_relation(&x, "Orvane Robotics", Predicate::InvestedIn, "Zentrix Labs"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Nvidia", Predicate::InvestedIn, "Zentrix Labs"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Amazon", Predicate::InvestedIn, "Zentrix Labs"), "{:?}", relations(&x));
}

#[test]
fn acquisitions_and_partnerships() {
    let t = "Zentrix Labs acquired Orvane Robotics in May. Meta partnered with Zentrix Labs.";
    let x = run(t);
    assert!(has_relation(&x, "Zentrix Labs", Predicate::Acquired, "Orvane Robotics"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Meta", Predicate::PartnersWith, "Zentrix Labs"), "{:?}", relations(&x));
}

// ------------------------------------------------------------------- quotes

#[test]
fn quotes_are_attributed_before_after_and_by_pronoun() {
    let t = "Mara Okafor, CEO of Zentrix Labs, remarked, \"These chips are invisible to most buyers.\" \
             \u{201c}We will ship the robots next year,\u{201d} said Tobiah Quenneville. \
             Later he added: \"Nobody expected the demand to grow this fast.\" \
             \"The outlook is strong for every region,\" a Nvidia spokesperson said. \
             The so-called \"robot tax\" drew notice.";
    let x = run(t);
    let said: Vec<(String, String)> =
        x.quotes.iter().map(|q| (x.entities[q.speaker].name.clone(), q.text.clone())).collect();
    let expect = [
        ("Mara Okafor", "These chips are invisible to most buyers."),
        ("Tobiah Quenneville", "We will ship the robots next year"),
        ("Tobiah Quenneville", "Nobody expected the demand to grow this fast."),
        ("Nvidia", "The outlook is strong for every region"),
    ];
    for (who, what) in expect {
        assert!(said.iter().any(|(s, q)| s == who && q == what), "{who}: {what}\n{said:#?}");
    }
    assert!(said.iter().all(|(_, q)| q != "robot tax"));
    let q = &x.quotes[0];
    assert_eq!(q.span.text(t), q.text);
}

// --------------------------------------------------------------- robustness

#[test]
fn never_panics_on_odd_input() {
    let resources = Resources::embedded();
    let mut inputs: Vec<String> = vec![
        String::new(),
        " ".into(),
        "\"".into(),
        "“".into(),
        "'s".into(),
        "’s ’s 's".into(),
        "Dr.".into(),
        "U.S.".into(),
        "Meta's".into(),
        "\"\"\"\"\"".into(),
        "said said said \" , : ; ( ) —".into(),
        "Chris V.".into(),
        "-based".into(),
        "Llama 3.".into(),
        "GPT-".into(),
        "X".repeat(100_000),
        "a\u{0301}\u{200d}\u{fe0f}🦀🦀 Ωmega-基于 Zürich-based €5.".into(),
        "\n\n\n\r\n\t".into(),
        ", who founded".into(),
        "CEO of".into(),
        "Meta CEO".into(),
    ];
    let base = "Mara Okafor, CEO of Zentrix Labs, said, \"We won.\" The Paris-based startup Orvane raised $5 million from Nvidia. Meta's Llama 3.1 405B rivals GPT-4o.";
    for cut in 0..base.len() {
        if let Some(s) = base.get(..cut) {
            inputs.push(s.to_string());
        }
        if let Some(s) = base.get(cut..) {
            inputs.push(s.to_string());
        }
    }
    let mut seed = 0x2545_f491_u64;
    for _ in 0..2000 {
        let mut s = String::new();
        for _ in 0..(seed % 60) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let pick = [
                "Meta",
                "'s",
                "\"",
                "“",
                "”",
                ".",
                ",",
                "said",
                "CEO",
                "of",
                "Zentrix",
                "Labs",
                "-",
                "based",
                "\n",
                " ",
                "3",
                "Mr",
                "ß",
                "😀",
                "who",
                "founded",
                "led by",
                "its",
                "board",
                "as",
                "in which",
                "whose",
                "chief executive",
                "Paris",
                "Chinese startup",
                "the company",
                "rivals",
                "include",
                "Llama",
                "GPT",
                "4o",
                "'",
                "’",
                "by",
                ":",
                ";",
                "LONDON",
                "Mara",
                "Okafor",
                "raised",
                "from",
                "it",
                "acquired",
                "\n\n",
            ];
            s.push_str(pick[(seed % pick.len() as u64) as usize]);
            if seed.is_multiple_of(3) {
                s.push(' ');
            }
        }
        inputs.push(s);
    }
    for input in &inputs {
        let x = extract(input, &resources);
        for e in &x.entities {
            for m in &e.mentions {
                assert!(input.get(m.start..m.end).is_some());
            }
        }
        for r in &x.relations {
            assert!(r.subject < x.entities.len() && r.object < x.entities.len());
        }
    }
}

#[test]
fn extract_is_pure() {
    let t = "Mara Okafor, CEO of Zentrix Labs, said, \"We won the whole thing.\"";
    assert_eq!(run(t), run(t));
}

// ------------------------------------------------ article-level mechanisms

/// An invented article: the company it is about fills the missing side of
/// funding sentences, founding lists and bare titles.
const ARTICLE: &str = "Zentrix Labs Raises Money\n\n\
Zentrix Labs, a Lisbon-based startup, makes warehouse robots. Zentrix Labs was founded in 2021 by Mara Okafor and Tobiah Quenneville.\n\n\
Brindle Cove Capital led a $40 million Series B in the company. Orvane Ventures and Nvidia also took part.\n\n\
Okafor, the chief executive, said demand was strong. In March, director Idris Vantongeren joined the board.\n\n\
The company released Vorta 2 in May, and Vorta 3 followed in June. Zentrix Labs's Vorta line competes with Meta's Llama.";

#[test]
fn the_article_topic_fills_funding_founding_and_titles() {
    let x = run(ARTICLE);
    let zentrix = "Zentrix Labs";
    for investor in ["Brindle Cove Capital", "Orvane Ventures", "Nvidia"] {
        assert!(has_relation(&x, investor, Predicate::InvestedIn, zentrix), "{investor}: {:?}", relations(&x));
    }
    for founder in ["Mara Okafor", "Tobiah Quenneville"] {
        assert!(has_relation(&x, founder, Predicate::Founded, zentrix), "{founder}: {:?}", relations(&x));
    }
    assert_eq!(role(&x, "Mara Okafor", zentrix).as_deref(), Some("chief executive"));
    assert!(has_relation(&x, "Idris Vantongeren", Predicate::AffiliatedWith, zentrix), "{:?}", relations(&x));
    assert!(!has_relation(&x, "Idris Vantongeren", Predicate::WorksFor, zentrix), "{:?}", relations(&x));
    assert!(has_relation(&x, zentrix, Predicate::LocatedIn, "Lisbon"), "{:?}", relations(&x));
}

#[test]
fn models_of_one_family_share_their_maker() {
    let x = run(ARTICLE);
    assert!(has_relation(&x, "Zentrix Labs", Predicate::Developed, "Vorta 2"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Zentrix Labs", Predicate::Developed, "Vorta 3"), "{:?}", relations(&x));
    let family = x.relations.iter().find(|r| x.entities[r.object].name == "Vorta 3").map(|r| r.evidence.confidence);
    assert!(family.is_some_and(|c| c < 0.7), "inferred facts are less certain: {family:?}");
}

#[test]
fn a_speaker_with_an_initial_and_an_apposition_after_the_quote() {
    let t = "Brennor Robotics called off the merger on Friday. \"We could not accept terms that gave away our best factory,\" \
             Oskar J. Lindqvist, Brennor's chief executive, said in a statement.";
    let x = run(t);
    let said: Vec<(&str, &str)> =
        x.quotes.iter().map(|q| (x.entities[q.speaker].name.as_str(), q.text.as_str())).collect();
    assert_eq!(said, [("Oskar J. Lindqvist", "We could not accept terms that gave away our best factory")]);
}

#[test]
fn the_spokesperson_speaks_for_the_organisation_named_with_them_before() {
    let t = "Orvane Robotics is not selling its plant, a spokeswoman for Orvane Robotics said on Monday. \
             \"We have had no offers and we are not looking for any,\" the spokeswoman said. \
             Nimbus Labs declined to comment. \"We will see about that,\" the spokesman said.";
    let x = run(t);
    let said: Vec<(&str, &str)> =
        x.quotes.iter().map(|q| (x.entities[q.speaker].name.as_str(), q.text.as_str())).collect();
    assert_eq!(
        said,
        [("Orvane Robotics", "We have had no offers and we are not looking for any")],
        "an unnamed spokesman is nobody"
    );
}

#[test]
fn quotes_need_a_named_speaker() {
    let t = "Analysts called the launch \"a serious challenge to the incumbents\" on Monday. \
             \"Nobody saw this coming at all,\" one engineer said.";
    let x = run(t);
    assert!(x.quotes.is_empty(), "{:?}", x.quotes);
}

#[test]
fn deal_story_headline_names_surnames_and_paragraph_bound_quotes() {
    let t = "Chipmaker Quantora Buys Lumio for $2 Billion\n\n\
             Quantora Inc. said Tuesday it had agreed to acquire Lumio, a Toronto-based maker of optical parts.\n\n\
             \u{201c}This brings light into the data center,\u{201d} Quantora chief executive Ngozi Adebayo-Hart told analysts. \u{201c}Our customers asked for it.\u{201d}\n\n\
             Lumio\u{2019}s founder, Piet Zwanenburg, will join Quantora as senior vice president, according to a statement. \
             The deal closes in May, according to Adebayo-Hart.";
    let x = run(t);
    let q = entity(&x, "Quantora Inc");
    assert_eq!(q.mentions.len(), 4, "headline and short forms join: {:?}", q.aliases);
    let p = entity(&x, "Ngozi Adebayo-Hart");
    assert!(p.aliases.contains(&"Adebayo-Hart".to_string()));
    assert!(has_relation(&x, "Quantora Inc", Predicate::Acquired, "Lumio"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Lumio", Predicate::LocatedIn, "Toronto"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Piet Zwanenburg", Predicate::Founded, "Lumio"), "{:?}", relations(&x));
    assert_eq!(role(&x, "Piet Zwanenburg", "Quantora Inc").as_deref(), Some("senior vice president"));
    let said: Vec<(&str, &str)> =
        x.quotes.iter().map(|q| (x.entities[q.speaker].name.as_str(), q.text.as_str())).collect();
    assert!(said.contains(&("Ngozi Adebayo-Hart", "Our customers asked for it.")), "{said:?}");
    assert_eq!(said.len(), 2, "{said:?}");
}

#[test]
fn relative_clauses_rival_lists_and_pronouns() {
    let t = "Zentrix Labs sells robots. It bought Orvane Robotics in 2023. \
             Brindle Systems, the sensor maker Zentrix Labs acquired last year, grew. \
             Helixor Labs became one of Zentrix Labs's most direct rivals. \
             Nvidia's rivals include AMD and Huawei.";
    let x = run(t);
    assert!(has_relation(&x, "Zentrix Labs", Predicate::Acquired, "Orvane Robotics"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Zentrix Labs", Predicate::Acquired, "Brindle Systems"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Helixor Labs", Predicate::CompetesWith, "Zentrix Labs"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Nvidia", Predicate::CompetesWith, "AMD"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Nvidia", Predicate::CompetesWith, "Huawei"), "{:?}", relations(&x));
}

#[test]
fn institutions_and_kinds_from_copulas() {
    let t = "A judge of the Supreme Court in London ruled. Vortigen is an experimental coding agent. \
             Quillon, a new AI-powered browser, launched.";
    let x = run(t);
    assert_eq!(entity(&x, "Supreme Court").class, EntityClass::Organization);
    assert_eq!(entity(&x, "Vortigen").class, EntityClass::AIModel);
    assert_eq!(entity(&x, "Quillon").class, EntityClass::Product);
}

#[test]
fn unknown_names_next_to_deal_verbs_are_organisations() {
    let x = run("Yesterday Helixor acquired Brindle for cash. Analysts said Veltra partnered with Helixor. Last year Quorra raised $5 million.");
    assert_eq!(entity(&x, "Quorra").class, EntityClass::Organization);
    assert!(has_relation(&x, "Helixor", Predicate::Acquired, "Brindle"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Veltra", Predicate::PartnersWith, "Helixor"), "{:?}", relations(&x));
}

#[test]
fn its_means_the_clause_subject_and_makers_are_named() {
    let t = "Helixor Labs grew fast, and Zentrix Labs added vision to its Vorta-7B model. \
             Orvane Robotics, the Lisbon-based maker of the Quillo robot, hired staff.";
    let x = run(t);
    assert!(has_relation(&x, "Zentrix Labs", Predicate::Developed, "Vorta-7B"), "{:?}", relations(&x));
    assert!(!has_relation(&x, "Helixor Labs", Predicate::Developed, "Vorta-7B"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Orvane Robotics", Predicate::Developed, "Quillo"), "{:?}", relations(&x));
}

#[test]
fn press_release_company_forms_and_honorific_speakers() {
    let t = "Quorra Launches Vega\n\n\
             LONDON, Feb. 4, 2025 -- Quorra, Inc., a developer of AI agents, today announced Vega, an AI assistant for clinicians.\n\n\
             \"Doctors spend half their day on paperwork,\" said Dr. Amara Nwosu, co-founder and chief medical officer of Quorra. \"Vega gives them that time back.\"";
    let x = run(t);
    assert_eq!(entity(&x, "Quorra").class, EntityClass::Organization);
    assert!(x.entities.iter().all(|e| e.name != "Inc"), "{:?}", names(&x));
    assert_eq!(entity(&x, "London").class, EntityClass::Place);
    assert_eq!(role(&x, "Amara Nwosu", "Quorra").as_deref(), Some("chief medical officer"));
    assert!(has_relation(&x, "Amara Nwosu", Predicate::Founded, "Quorra"), "{:?}", relations(&x));
    let speakers: Vec<&str> = x.quotes.iter().map(|q| x.entities[q.speaker].name.as_str()).collect();
    assert_eq!(speakers, ["Amara Nwosu", "Amara Nwosu"]);
}

// ------------------------------------------------------- general mechanisms

fn speakers(x: &Extraction) -> Vec<(String, String)> {
    x.quotes.iter().map(|q| (x.entities[q.speaker].name.clone(), q.text.clone())).collect()
}

#[test]
fn he_and_she_follow_the_gender_of_given_names() {
    let t = "Helga Marsk, who runs Zentrix Labs, met Tobias Quellberg in Oslo. \
             \"The robots are ready for the market,\" she said. \
             \"We have waited years for this moment,\" he said. \
             Later she stepped down as chief executive of Orvane Robotics.";
    let x = run(t);
    let said = speakers(&x);
    assert!(said.iter().any(|(s, q)| s == "Helga Marsk" && q.starts_with("The robots")), "{said:#?}");
    assert!(said.iter().any(|(s, q)| s == "Tobias Quellberg" && q.starts_with("We have waited")), "{said:#?}");
    assert!(has_relation(&x, "Helga Marsk", Predicate::WorksFor, "Orvane Robotics"), "{:?}", relations(&x));
    assert!(!has_relation(&x, "Tobias Quellberg", Predicate::WorksFor, "Orvane Robotics"), "{:?}", relations(&x));
}

#[test]
fn pronouns_fall_back_to_the_last_person_when_names_tell_nothing() {
    let t = "Zentrix Labs chief executive Okwu Tandri spoke. \"We will double the team,\" she said.";
    let x = run(t);
    assert!(speakers(&x).iter().any(|(s, _)| s == "Okwu Tandri"), "{:#?}", speakers(&x));
}

#[test]
fn honorifics_are_stripped_and_the_short_form_joins() {
    let t = "Zentrix Labs hosted H.E. Khalid Al Marzouqi and Sheikh Tamim Korrand. \
             Crown Prince Alvaro Dembel came too. Later Al Marzouqi spoke with Korrand.";
    let x = run(t);
    for name in ["Khalid Al Marzouqi", "Tamim Korrand", "Alvaro Dembel"] {
        assert_eq!(entity(&x, name).class, EntityClass::Person);
    }
    assert!(entity(&x, "Khalid Al Marzouqi").aliases.contains(&"Al Marzouqi".to_string()), "{:#?}", names(&x));
    assert!(
        x.entities.iter().all(|e| !e.name.contains("H.E") && !e.name.starts_with("Prince") && e.name != "Al Marzouqi"),
        "{:#?}",
        names(&x)
    );
}

#[test]
fn hyphenated_given_names_versions_and_institutions_named_after_places() {
    let t = "Choi Min-jun, a graduate of Busan National University, built Quarry 2.5 at Zentrix Labs. \
             Brindle Robotics, a Japanese company, opened an office in Eindhoven.";
    let x = run(t);
    assert_eq!(entity(&x, "Choi Min-jun").class, EntityClass::Person);
    assert_eq!(entity(&x, "Busan National University").class, EntityClass::Organization);
    assert_eq!(entity(&x, "Quarry 2.5").class, EntityClass::AIModel);
    assert_eq!(entity(&x, "Eindhoven").class, EntityClass::Place);
    assert!(has_relation(&x, "Brindle Robotics", Predicate::LocatedIn, "Japan"), "{:?}", relations(&x));
}

#[test]
fn former_names_are_aliases_of_one_entity() {
    let t = "Brindle AI, the Lyon software company formerly known as Brindlewerk Systems, launched Quarry 4. \
             Okafor Robotics (formerly Okafor Motion) hired staff. \
             Zentrix Systems Inc. grew. Zentrix, which was known as Zentrix Data Corp. until 2020, rivals Brindle AI. \
             Brindlewerk Systems was once small.";
    let x = run(t);
    assert!(entity(&x, "Brindle AI").aliases.contains(&"Brindlewerk Systems".to_string()), "{:#?}", x.entities);
    assert!(entity(&x, "Okafor Robotics").aliases.contains(&"Okafor Motion".to_string()), "{:#?}", x.entities);
    let zentrix = entity(&x, "Zentrix Systems Inc");
    for alias in ["Zentrix", "Zentrix Data Corp"] {
        assert!(zentrix.aliases.contains(&alias.to_string()), "{:#?}", x.entities);
    }
    assert_eq!(x.entities.iter().filter(|e| e.class == EntityClass::Organization).count(), 3, "{:#?}", names(&x));
}

#[test]
fn titles_with_field_words_ages_and_its() {
    let t = "Okwu Tandri, a former logistics executive at Brindle Robotics, spoke. \
             Lena Vosk, the 41-year-old founder and chief executive of Zentrix Labs, agreed. \
             Orvane Systems, a Lyon startup, has hired Tobias Quellberg as its chief scientist. \
             Mara Ilves, head of claims operations at Nordwick Insurance, said little. \
             Priya Dandekar, who founded Kestrel Analytics in 2019 and remains its chief executive, left. \
             Helga Marsk, who previously ran infrastructure at the Lyon payments company Quillpay, joined.";
    let x = run(t);
    let expect = [
        ("Okwu Tandri", "Brindle Robotics"),
        ("Lena Vosk", "Zentrix Labs"),
        ("Tobias Quellberg", "Orvane Systems"),
        ("Mara Ilves", "Nordwick Insurance"),
        ("Priya Dandekar", "Kestrel Analytics"),
        ("Helga Marsk", "Quillpay"),
    ];
    for (p, o) in expect {
        assert!(has_relation(&x, p, Predicate::WorksFor, o), "{p} worksFor {o}: {:?}", relations(&x));
    }
    assert!(has_relation(&x, "Priya Dandekar", Predicate::Founded, "Kestrel Analytics"), "{:?}", relations(&x));
    assert_eq!(entity(&x, "Nordwick Insurance").class, EntityClass::Organization);
}

#[test]
fn whose_things_relative_its_and_hyphen_adjectives() {
    let t = "Brindle Robotics, a Lyon startup whose Quarry-2 model is popular, grew. \
             Zentrix Labs and Orvane AI, whose Vorta and Kelpie assistants sell well, met. \
             Helixor Systems, which designs chips that run its Tamber models, spoke. \
             Nvidia-owned Quillpay Inc and Zentrix Labs signed nothing. \
             Kestrel Labs competes with Zentrix Labs and with German rival Orvane AI. \
             Nordwick Capital is an investor in Brindle Robotics.";
    let x = run(t);
    assert!(has_relation(&x, "Brindle Robotics", Predicate::Developed, "Quarry-2"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Zentrix Labs", Predicate::Developed, "Vorta"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Orvane AI", Predicate::Developed, "Kelpie"), "{:?}", relations(&x));
    assert!(!has_relation(&x, "Zentrix Labs", Predicate::Developed, "Kelpie"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Helixor Systems", Predicate::Developed, "Tamber"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Nvidia", Predicate::Owns, "Quillpay Inc"), "{:?}", relations(&x));
    assert!(!has_relation(&x, "Nvidia", Predicate::Owns, "Zentrix Labs"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Kestrel Labs", Predicate::CompetesWith, "Orvane AI"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Nordwick Capital", Predicate::InvestedIn, "Brindle Robotics"), "{:?}", relations(&x));
}

#[test]
fn investors_who_join_a_round_invest_in_the_company_that_raised_it() {
    let t = "Quillpay Inc raised $40 million in a Series B round. Nvidia, Salesforce and Amazon joined the round. \
             Brindle Capital and Orvane Ventures also participated.\n\n\
             Zentrix Labs hired staff. Kestrel Robotics said on Monday it had closed a $12 million seed round. \
             Helixor Capital led it, and Nordwick Ventures and Intel also took part.";
    let x = run(t);
    for investor in ["Nvidia", "Salesforce", "Amazon", "Brindle Capital", "Orvane Ventures"] {
        assert!(has_relation(&x, investor, Predicate::InvestedIn, "Quillpay Inc"), "{investor}: {:?}", relations(&x));
    }
    for investor in ["Helixor Capital", "Nordwick Ventures", "Intel"] {
        assert!(
            has_relation(&x, investor, Predicate::InvestedIn, "Kestrel Robotics"),
            "{investor}: {:?}",
            relations(&x)
        );
    }
    assert!(!x.relations.iter().any(|r| x.entities[r.object].name == "Zentrix Labs"), "{:?}", relations(&x));
}

#[test]
fn board_seats_advisers_and_students_are_affiliations() {
    let t = "Helga Marsk, who sits on the board of Zentrix Labs, spoke first. \
             Tobias Quellberg joined Kestrel Robotics's board in 2023. \
             Lena Vosk, an adviser to Orvane Systems, agreed. \
             Mara Ilves advises Brindle Robotics on policy. \
             Priya Dandekar serves on the board of directors of Helixor Systems. \
             Maria Lind is a partner at Nordwick Capital and a visiting fellow at Stanford University. \
             Jonas Berg studied at Kestrel University. He still advises the research group at the University of Oslo.";
    let x = run(t);
    let expect = [
        ("Helga Marsk", "Zentrix Labs"),
        ("Tobias Quellberg", "Kestrel Robotics"),
        ("Lena Vosk", "Orvane Systems"),
        ("Mara Ilves", "Brindle Robotics"),
        ("Priya Dandekar", "Helixor Systems"),
        ("Jonas Berg", "Kestrel University"),
        ("Jonas Berg", "University of Oslo"),
    ];
    for (p, o) in expect {
        assert!(has_relation(&x, p, Predicate::AffiliatedWith, o), "{p} affiliatedWith {o}: {:?}", relations(&x));
    }
    assert!(!has_relation(&x, "Tobias Quellberg", Predicate::WorksFor, "Kestrel Robotics"), "{:?}", relations(&x));
    assert!(!has_relation(&x, "Tobias Quellberg", Predicate::InvestedIn, "Kestrel Robotics"), "{:?}", relations(&x));
}

#[test]
fn a_title_before_a_list_of_people_is_each_ones() {
    let t = "Granby Robotics was founded by former Intel engineers Okwu Tandri and Mei-Ling Sorvik. \
             Priya Dandekar, who founded Verdwick Stack in 2021 and remains its chief executive, spoke. \
             Amara Quist, a former speech researcher at the University of Toronto, joined.";
    let x = run(t);
    for p in ["Okwu Tandri", "Mei-Ling Sorvik"] {
        assert!(has_relation(&x, p, Predicate::WorksFor, "Intel"), "{p}: {:?}", relations(&x));
        assert!(has_relation(&x, p, Predicate::Founded, "Granby Robotics"), "{p}: {:?}", relations(&x));
    }
    assert!(has_relation(&x, "Priya Dandekar", Predicate::Founded, "Verdwick Stack"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Priya Dandekar", Predicate::WorksFor, "Verdwick Stack"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Amara Quist", Predicate::WorksFor, "University of Toronto"), "{:?}", relations(&x));
}

#[test]
fn it_and_the_company_stand_for_the_organisation_in_focus() {
    let t = "Zentrix Labs sells robots to warehouses. Kestrel Robotics makes drones for farms. \
             The company competes with Orvane Systems and is based in Lyon. It also developed the Quarry-2 model.\n\n\
             Helixor Systems opened an office. The startup competes with Brindle AI.";
    let x = run(t);
    assert!(has_relation(&x, "Kestrel Robotics", Predicate::CompetesWith, "Orvane Systems"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Kestrel Robotics", Predicate::LocatedIn, "Lyon"), "{:?}", relations(&x));
    assert!(!has_relation(&x, "Orvane Systems", Predicate::LocatedIn, "Lyon"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Kestrel Robotics", Predicate::Developed, "Quarry-2"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Helixor Systems", Predicate::CompetesWith, "Brindle AI"), "{:?}", relations(&x));
    assert!(!x.relations.iter().any(|r| x.entities[r.subject].name == "Zentrix Labs"), "{:?}", relations(&x));
}

#[test]
fn modifiers_relatives_and_coordinated_verbs_keep_the_right_sides() {
    let t = "Kestrel Labs competes with Paris-based Orvane AI and with Nvidia-backed Quillpay. \
             Vorta 4 builds on Vorta 3, which Zentrix Labs released in 2024. \
             Brindle Robotics was founded by Okwu Tandri, a graduate of Nordwick University, and is backed by Helixor Capital. \
             Tamber, a Lyon startup, was bought by Zentrix Labs in 2023, and Zentrix Labs bought the analytics firm Quorra Data later. \
             Granby Robotics's robots run on Vorta 4. Polmo 3 is fine-tuned from Mistral Small, a model released by Mistral AI.";
    let x = run(t);
    assert!(has_relation(&x, "Kestrel Labs", Predicate::CompetesWith, "Orvane AI"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Kestrel Labs", Predicate::CompetesWith, "Quillpay"), "{:?}", relations(&x));
    assert!(!has_relation(&x, "Kestrel Labs", Predicate::CompetesWith, "Nvidia"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Zentrix Labs", Predicate::Developed, "Vorta 3"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Helixor Capital", Predicate::InvestedIn, "Brindle Robotics"), "{:?}", relations(&x));
    assert!(!has_relation(&x, "Helixor Capital", Predicate::InvestedIn, "Nordwick University"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Zentrix Labs", Predicate::Acquired, "Quorra Data"), "{:?}", relations(&x));
    assert!(!has_relation(&x, "Tamber", Predicate::Acquired, "Quorra Data"), "{:?}", relations(&x));
    assert!(!has_relation(&x, "Granby Robotics", Predicate::BuildsOn, "Vorta 4"), "{:?}", relations(&x));
    assert_eq!(entity(&x, "Mistral Small").class, EntityClass::AIModel);
    assert!(has_relation(&x, "Polmo 3", Predicate::BuildsOn, "Mistral Small"), "{:?}", relations(&x));
}

#[test]
fn places_before_described_organisations_currencies_and_possessed_targets() {
    let t = "Helga Marsk ran infrastructure at the Lisbon payments company Quillpay. \
             Kestrel Labs competes with Groqwell, a U.S. inference-chip developer. \
             Zentrix Labs raised CHF 40 million and last year acquired Eindhoven's Voltwise Silicon. \
             Granby Robotics makes its chips through a partnership with Samsung Foundry. \
             The deal puts Orvane AI in competition with Microsoft-owned Nuance and with Google, whose Chirp models sell well.";
    let x = run(t);
    assert!(has_relation(&x, "Quillpay", Predicate::LocatedIn, "Lisbon"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Groqwell", Predicate::LocatedIn, "United States"), "{:?}", relations(&x));
    assert!(x.entities.iter().all(|e| e.name != "CHF"), "{:#?}", names(&x));
    assert!(has_relation(&x, "Zentrix Labs", Predicate::Acquired, "Voltwise Silicon"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Granby Robotics", Predicate::PartnersWith, "Samsung Foundry"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Google", Predicate::Developed, "Chirp"), "{:?}", relations(&x));
    assert!(!has_relation(&x, "Microsoft", Predicate::Developed, "Chirp"), "{:?}", relations(&x));
}

#[test]
fn a_former_employer_before_a_title_and_leading_a_team_is_no_round() {
    let t = "Tidewell Robotics raised $30 million in a round led by Granite Peak Ventures. \
             It was founded by Priya Natarajan, a former Amazon engineer, and Lucas Ferreira, who previously led hardware at Kestrel Labs.";
    let x = run(t);
    assert!(
        has_relation(&x, "Granite Peak Ventures", Predicate::InvestedIn, "Tidewell Robotics"),
        "{:?}",
        relations(&x)
    );
    assert!(has_relation(&x, "Priya Natarajan", Predicate::WorksFor, "Amazon"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Lucas Ferreira", Predicate::WorksFor, "Kestrel Labs"), "{:?}", relations(&x));
    assert!(!has_relation(&x, "Lucas Ferreira", Predicate::InvestedIn, "Kestrel Labs"), "{:?}", relations(&x));
}

#[test]
fn a_company_led_by_a_person_is_no_investment() {
    let t = "Kestrel Labs competes with Orvane AI, the Lyon-based company led by Tobias Quellberg. \
             Brindle Robotics raised $20 million from a group led by Helixor Capital.";
    let x = run(t);
    assert!(!has_relation(&x, "Tobias Quellberg", Predicate::InvestedIn, "Orvane AI"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Helixor Capital", Predicate::InvestedIn, "Brindle Robotics"), "{:?}", relations(&x));
}

#[test]
fn an_age_between_a_name_and_its_title() {
    let t = "Tidewell Robotics makes drones. Priya Natarajan, 36, is its chief executive. \
             Lucas Ferreira, 41, the chief technology officer of Kestrel Labs, agreed.";
    let x = run(t);
    assert!(has_relation(&x, "Priya Natarajan", Predicate::WorksFor, "Tidewell Robotics"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Lucas Ferreira", Predicate::WorksFor, "Kestrel Labs"), "{:?}", relations(&x));
}

#[test]
fn titles_before_names_firms_named_like_people_and_possessed_nouns_ending_lists() {
    let t = "Commissioner Helga Marsk said the review would cover Zentrix Labs's stake in Orvane AI and Kestrel Labs's stake in Brindle Robotics. \
             Mara Ilves, a lawyer at the firm Clifford Chance, agreed.";
    let x = run(t);
    assert_eq!(entity(&x, "Helga Marsk").class, EntityClass::Person);
    assert_eq!(entity(&x, "Clifford Chance").class, EntityClass::Organization);
    assert!(has_relation(&x, "Zentrix Labs", Predicate::InvestedIn, "Orvane AI"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Kestrel Labs", Predicate::InvestedIn, "Brindle Robotics"), "{:?}", relations(&x));
    assert!(!has_relation(&x, "Zentrix Labs", Predicate::InvestedIn, "Kestrel Labs"), "{:?}", relations(&x));
    assert!(has_relation(&x, "Mara Ilves", Predicate::WorksFor, "Clifford Chance"), "{:?}", relations(&x));
}

// ------------------------------------------------- standing among a place's firms

#[test]
fn a_firm_ranked_among_a_places_firms_is_located_there() {
    let x = run("Zentrix deal\n\nZentrix Inc., Portugal's second-largest mobile carrier, signed the deal. \
                 Brindle Systems is Spain's biggest lender by assets. \
                 The talks also involved Helixor Labs, one of Ireland's other two operators. \
                 Rivals include Norway's largest bank Quillmark Holdings.");
    for (org, place) in [
        ("Zentrix Inc", "Portugal"),
        ("Brindle Systems", "Spain"),
        ("Helixor Labs", "Ireland"),
        ("Quillmark Holdings", "Norway"),
    ] {
        assert!(has_relation(&x, org, Predicate::LocatedIn, place), "{org} in {place}: {:?}", relations(&x));
    }
}

#[test]
fn a_ranking_that_describes_no_named_firm_locates_nothing() {
    let x = run("Carriers\n\nZentrix Inc. wants to challenge Portugal's big three carriers. \
                 Mara Okafor runs Spain's biggest lender.");
    assert!(!has_relation(&x, "Zentrix Inc.", Predicate::LocatedIn, "Portugal"), "{:?}", relations(&x));
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::LocatedIn), "{:?}", relations(&x));
}
