//! People tied to organisations by the roles news gives them: titles in
//! brackets, titles whose owner is not the article's company, former
//! employers, schools and press-release style credits. Every sentence is
//! invented.

use newsgraph::extract::Predicate;

use crate::facts::{all, confidence, has, role, run};

/// Three mentions of Brindle Systems make it the article's topic.
const TOPIC: &str = "Brindle Systems opened a plant in Lyon. Brindle Systems hired 200 people. \
                     Brindle Systems expects more orders. ";

#[test]
fn a_title_in_brackets_after_a_name_is_that_persons() {
    let x = run("The statement came from Mara Okafor (Chief Executive Officer of Zentrix Labs), Daniel Quenneville \
                 (Chairman & Chief Executive Officer of Orvane Robotics) and Ilse Marchetti (former CEO of Tessaro \
                 Capital and now an adviser).");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Ilse Marchetti", Predicate::WorksFor, "Tessaro Capital"), "{:?}", all(&x));
}

#[test]
fn a_title_owned_by_a_place_or_an_unknown_name_is_not_the_topics() {
    let x = run(&format!(
        "{TOPIC}Portugal's vice president Mara Okafor visited the plant. Qorvanta CEO Daniel Quenneville \
         came too. Later, CEO Ilse Marchetti spoke."
    ));
    assert!(!has(&x, "Mara Okafor", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Daniel Quenneville", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Ilse Marchetti", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn a_degree_from_a_school_is_an_affiliation() {
    let x = run("Mara Okafor joined Brindle Systems in 2019. She holds a degree in physics from Kestrel University \
                 and an MBA from the Quellby School of Management.");
    assert!(has(&x, "Mara Okafor", Predicate::AffiliatedWith, "Kestrel University"), "{:?}", all(&x));
    assert!(has(&x, "Mara Okafor", Predicate::AffiliatedWith, "Quellby School of Management"), "{:?}", all(&x));
    let x = run("Daniel Quenneville agreed to some degree with Kestrel University.");
    assert!(!has(&x, "Daniel Quenneville", Predicate::AffiliatedWith, "Kestrel University"), "{:?}", all(&x));
    let x = run("Daniel Quenneville said he saw a greater degree of determination from Kestrel Aerospace.");
    assert!(!has(&x, "Daniel Quenneville", Predicate::AffiliatedWith, "Kestrel Aerospace"), "{:?}", all(&x));
}

#[test]
fn a_board_tie_needs_a_seat_not_an_action_on_the_board() {
    let x = run(&format!(
        "{TOPIC}Activist Mara Okafor became its biggest shareholder and overhauled its board. \
         Daniel Quenneville, the board's chairman, praised her. Ilse Marchetti will remain a member of the board."
    ));
    assert!(!has(&x, "Mara Okafor", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Ilse Marchetti", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn a_press_release_credits_officers_in_brackets_after_the_company() {
    let x = run("Zentrix Labs Inc. (NYSE: ZTX, President and CEO: Mara Okafor, \"Zentrix\") and Orvane Robotics \
                 (TSE: 4821, Chairman & CEO; Daniel Quenneville) signed an agreement.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs Inc"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
}

#[test]
fn former_employers_with_field_words_places_and_announcements() {
    let x = run("They will be replaced by Mara Okafor, a former Zentrix Labs finance chief. Okafor worked as a \
                 senior executive at Norway's Kestrel Capital. Separately, Orvane Robotics announced chief executive \
                 Daniel Quenneville had stepped down.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Kestrel Capital"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
}

#[test]
fn a_described_company_owns_a_title_with_a_field() {
    let x = run(&format!(
        "{TOPIC}The chief executive will be replaced by the $44 billion company's head of European operations, \
         Ilse Marchetti."
    ));
    assert!(has(&x, "Ilse Marchetti", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn a_director_of_a_company_and_a_consultant_to_it_sit_beside_it() {
    let x = run("Mara Okafor is a former head of Zentrix Labs and is currently a director of Orvane Robotics. \
                 Okafor had been a consultant to Kestrel Capital for two years. \
                 Daniel Quenneville is the director of Tessaro Capital.");
    assert!(has(&x, "Mara Okafor", Predicate::AffiliatedWith, "Orvane Robotics"), "{:?}", all(&x));
    assert!(!has(&x, "Mara Okafor", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Mara Okafor", Predicate::AffiliatedWith, "Kestrel Capital"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Tessaro Capital"), "{:?}", all(&x));
}

#[test]
fn the_board_member_is_the_subject_not_the_one_reported_to() {
    let x = run(&format!(
        "{TOPIC}Mara Okafor will continue to report to Daniel Quenneville and will remain a member of the board."
    ));
    assert!(has(&x, "Mara Okafor", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Daniel Quenneville", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn a_name_that_opens_a_longer_title_owns_no_title() {
    let x = run("Swedish Prime Minister Mara Okafor and Prime Video chief Daniel Quenneville attended.");
    assert!(!x.relations.iter().any(|r| x.entities[r.subject].name == "Mara Okafor"), "{:?}", all(&x));
}

#[test]
fn capitalized_titles_stacked_between_a_company_and_a_name() {
    let x = run("Orvane Robotics said demand is rising. \"Our pipeline is strong,\" said Orvane Robotics Chair, \
                 President and CEO Ilse Marchetti. Tessaro Capital Chairwoman and Chief Executive Officer Mara Okafor \
                 said in a statement. \"Demand is not in doubt,\" explained Kestrel Telecommunications Managing \
                 Partner Daniel Quenneville.");
    assert!(has(&x, "Ilse Marchetti", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Tessaro Capital"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Kestrel Telecommunications"), "{:?}", all(&x));
}

#[test]
fn a_company_between_commas_after_of_is_the_persons() {
    let x = run("The board chose Mara Okafor, of Zentrix Labs, to be chairman. Daniel Quenneville, of Orvane \
                 Robotics. The shares of Ilse Marchetti, of which half were sold, went to Tessaro Capital.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
    assert!(!has(&x, "Ilse Marchetti", Predicate::WorksFor, "Tessaro Capital"), "{:?}", all(&x));
}

#[test]
fn chaired_by_and_the_chairman_of_listed_funds_are_board_ties() {
    let x = run("Zentrix Labs, which is chaired by Mara Okafor, joined the round. The Orvane-backed firm is \
                 chaired by Daniel Quenneville, the chairman of sovereign wealth funds Tessaro Capital and \
                 Kestrel Holdings.");
    assert!(has(&x, "Mara Okafor", Predicate::AffiliatedWith, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::AffiliatedWith, "Tessaro Capital"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::AffiliatedWith, "Kestrel Holdings"), "{:?}", all(&x));
    // "wealth funds X": a noun, not the verb "funds"; "Orvane-backed": an adjective, not the chaired firm.
    assert!(!has(&x, "Daniel Quenneville", Predicate::InvestedIn, "Tessaro Capital"), "{:?}", all(&x));
    assert!(!has(&x, "Daniel Quenneville", Predicate::AffiliatedWith, "Orvane"), "{:?}", all(&x));
}

#[test]
fn an_officer_title_opening_a_sentence_is_the_topics() {
    let x = run(&format!(
        "{TOPIC}Chief Executive Mara Okafor told a summit that demand was high. President Daniel Quenneville \
         said the country would grow."
    ));
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Daniel Quenneville", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn field_words_after_the_comma_and_executive_board_members() {
    let x = run("\"Prices are low,\" said Mara Okafor, mining equity analyst at financial services firm Zentrix \
                 Capital. Daniel Quenneville, Executive Board Member of Orvane Robotics, stated that the deal was \
                 good. Ilse Marchetti, shipping industry veteran, spoke.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Capital"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
    assert!(!has(&x, "Daniel Quenneville", Predicate::AffiliatedWith, "Orvane Robotics"), "{:?}", all(&x));
}

#[test]
fn a_modifier_opening_a_sentence_is_no_part_of_the_company_name() {
    let x = run("Longtime Zentrix Labs executive Mara Okafor will replace Daniel Quenneville. Interim Orvane CEO \
                 Ilse Marchetti spoke.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Ilse Marchetti", Predicate::WorksFor, "Orvane"), "{:?}", all(&x));
}

#[test]
fn a_title_given_by_an_appointing_verb() {
    let x = run("Mara Okafor was appointed Zentrix Labs chairman on Thursday. Daniel Quenneville has been appointed \
                 the new Director-General of the Orvane Institute. Ilse Marchetti was named Tessaro Capital CEO \
                 Piet Vance's deputy.");
    assert!(has(&x, "Mara Okafor", Predicate::AffiliatedWith, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Orvane Institute"), "{:?}", all(&x));
    assert!(!has(&x, "Ilse Marchetti", Predicate::WorksFor, "Tessaro Capital"), "{:?}", all(&x));
}

#[test]
fn people_listed_and_appointed_to_board_seats_sit_on_the_topics_board() {
    let x = run(&format!(
        "{TOPIC}Mara Okafor and Daniel Quenneville, both nominated by the state, were appointed to board seats \
         on Monday. Ilse Marchetti said board members would vote soon."
    ));
    assert!(has(&x, "Mara Okafor", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Ilse Marchetti", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn a_plural_title_before_listed_names_and_a_who_clause_without_comma() {
    let x = run("Zentrix Labs co-CEOs Mara Okafor and Daniel Quenneville resigned on Monday. Ilse Marchetti who has \
                 been Orvane Bank governor since 2015 will retire. Piet Vance who met Tessaro Capital chairman Anna \
                 Roe said nothing.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Ilse Marchetti", Predicate::WorksFor, "Orvane Bank"), "{:?}", all(&x));
    assert!(!has(&x, "Piet Vance", Predicate::AffiliatedWith, "Tessaro Capital"), "{:?}", all(&x));
}

#[test]
fn a_company_unit_named_after_a_place_before_a_title() {
    let x = run("Mara Okafor, Quillon Africa CEO, said the deal is good. Quillon Africa Chief Executive Officer Ilse \
                 Marchetti agreed.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Quillon Africa"), "{:?}", all(&x));
    assert!(has(&x, "Ilse Marchetti", Predicate::WorksFor, "Quillon Africa"), "{:?}", all(&x));
}

#[test]
fn an_officer_of_a_companys_unit_is_a_person_who_works_for_the_company() {
    let x = run("\"The city is a gateway,\" said Lian Qorvell, the president of Zentrix Labs' cloud business unit. \
                 Orvane Robotics, a partner of Tessaro Capital, agreed.");
    assert!(has(&x, "Lian Qorvell", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(x
        .entities
        .iter()
        .any(|e| e.name == "Orvane Robotics" && e.class != newsgraph::extract::EntityClass::Person));
}

#[test]
fn field_words_between_a_company_and_a_title_before_a_name() {
    let x = run("Zentrix Labs home improvement and office supplies managing director Mara Okafor said sales rose. \
                 Orvane Robotics beat analyst Daniel Quenneville's forecast. Tessaro Capital also told analyst Ilse \
                 Marchetti the news.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Daniel Quenneville", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
    assert!(!has(&x, "Ilse Marchetti", Predicate::WorksFor, "Tessaro Capital"), "{:?}", all(&x));
}

#[test]
fn an_organisation_that_appoints_a_person_owns_the_title_it_gives() {
    let x = run(&format!(
        "{TOPIC}Bank of Quellby named longtime executive Mara Okafor as president in October. Zentrix Labs, the \
         region's largest lender, appointed Daniel Quenneville, a former banker, as chief executive. Orvane \
         Robotics named Ilse Marchetti chief operating officer on Monday. Critics named Tomas Ferreira as the \
         likely winner."
    ));
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Bank of Quellby"), "{:?}", all(&x));
    assert!(!has(&x, "Mara Okafor", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Ilse Marchetti", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
    assert!(all(&x).iter().all(|r| !r.contains("Tomas Ferreira")), "{:?}", all(&x));
}

#[test]
fn a_founding_participle_opening_the_sentence_describes_the_main_clauses_subject() {
    let x = run(&format!(
        "{TOPIC}Founded in 2015 by Mara Okafor and Daniel Quenneville, Zentrix Labs sells robots. Founded by Ilse \
         Marchetti, Orvane Robotics hired Tomas Ferreira in 2020."
    ));
    assert!(has(&x, "Mara Okafor", Predicate::Founded, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::Founded, "Zentrix Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Mara Okafor", Predicate::Founded, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Ilse Marchetti", Predicate::Founded, "Orvane Robotics"), "{:?}", all(&x));
    assert!(!has(&x, "Tomas Ferreira", Predicate::Founded, "Orvane Robotics"), "{:?}", all(&x));
}

#[test]
fn an_ex_prefix_marks_a_former_employer_and_is_no_part_of_its_name() {
    let x = run("Ex-Zentrix Labs executive Mara Okafor joined the panel in 2008.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(x.entities.iter().all(|e| !e.name.starts_with("Ex")), "{:?}", x.entities);
}

#[test]
fn a_title_over_a_place_is_held_for_the_company_after_for() {
    let x = run("Mara Okafor, head of Europe for Zentrix Labs, said sales rose. Daniel Quenneville, country manager \
                 of Portugal for Orvane Robotics, agreed.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
}

#[test]
fn whose_title_is_a_person_and_led_by_a_person_tie_them_to_the_company() {
    let x = run(&format!(
        "{TOPIC}Zentrix Labs, whose chief executive is Mara Okafor, said sales rose. Orvane Robotics, led by \
         chief executive Daniel Quenneville, agreed. Kestrel Capital, which is run by Ilse Marchetti, declined \
         to comment. Quellby Holdings, which is chaired by Tomas Ferreira, was silent. A $20 million round in \
         Halvard Labs, led by angel investor Sofia Brenner, closed on Friday."
    ));
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
    assert!(!has(&x, "Daniel Quenneville", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Daniel Quenneville", Predicate::InvestedIn, "Orvane Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Ilse Marchetti", Predicate::WorksFor, "Kestrel Capital"), "{:?}", all(&x));
    assert!(has(&x, "Tomas Ferreira", Predicate::AffiliatedWith, "Quellby Holdings"), "{:?}", all(&x));
    assert!(!has(&x, "Sofia Brenner", Predicate::WorksFor, "Halvard Labs"), "{:?}", all(&x));
}

#[test]
fn a_title_after_as_may_be_owned_by_the_company_named_before_it() {
    let x = run("Mara Okafor stepped down as Zentrix Labs' chief executive last year. The ceremony was attended by \
                 Daniel Quenneville, as well as Orvane Robotics CEO Ilse Marchetti.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Daniel Quenneville", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Ilse Marchetti", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
}

#[test]
fn an_age_in_brackets_after_a_name_does_not_hide_the_title_after_it() {
    let x = run("The board of Zentrix Labs has appointed Mara Okafor (47), former chief operating officer, as the \
                 incoming CEO. Daniel Quenneville (52), vice chairman of Orvane Robotics, agreed.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::AffiliatedWith, "Orvane Robotics"), "{:?}", all(&x));
}

#[test]
fn a_vice_or_deputy_chair_sits_on_the_board() {
    let x = run("Zentrix Labs will grow in Asia, the bank's vice chairman Mara Okafor said in May.");
    assert!(has(&x, "Mara Okafor", Predicate::AffiliatedWith, "Zentrix Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    let x = run("Quell hands Orvane Holdings to his son, Daniel Quell, the company's deputy chairman.");
    assert!(has(&x, "Daniel Quell", Predicate::AffiliatedWith, "Orvane Holdings"), "{:?}", all(&x));
    let x = run("Ilse Marchetti, vice-chairwoman of Kestrel Capital, and Tomas Reyes, non-executive director of \
                 Kestrel Capital, signed the letter.");
    assert!(has(&x, "Ilse Marchetti", Predicate::AffiliatedWith, "Kestrel Capital"), "{:?}", all(&x));
    assert!(has(&x, "Tomas Reyes", Predicate::AffiliatedWith, "Kestrel Capital"), "{:?}", all(&x));
    assert!(!has(&x, "Tomas Reyes", Predicate::WorksFor, "Kestrel Capital"), "{:?}", all(&x));
    let x = run("Brindle Systems vice chair Paulo Arnaud visited Lyon.");
    assert!(has(&x, "Paulo Arnaud", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
    // A job stacked with the chair is the tie.
    let x = run("Paula Grey, deputy chairman and chief executive of Zentrix Labs, spoke next.");
    assert!(has(&x, "Paula Grey", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Paula Grey", Predicate::AffiliatedWith, "Zentrix Labs"), "{:?}", all(&x));
    // A vice president is staff, not board.
    let x = run("Hugo Maret, vice president of Zentrix Labs, spoke next.");
    assert!(has(&x, "Hugo Maret", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
}

#[test]
fn a_chair_title_affiliates_less_surely_than_an_officer_title_employs() {
    let x = run("\"We are ready,\" said Mara Okafor, chairwoman of Zentrix Labs. Daniel Quenneville, chief executive \
                 of Zentrix Labs, agreed.");
    let chair = confidence(&x, "Mara Okafor", Predicate::AffiliatedWith, "Zentrix Labs");
    let officer = confidence(&x, "Daniel Quenneville", Predicate::WorksFor, "Zentrix Labs");
    let (Some(chair), Some(officer)) = (chair, officer) else { panic!("both ties: {:?}", all(&x)) };
    assert!(chair < officer, "chair {chair} < officer {officer}");
}

#[test]
fn an_executive_chair_is_a_board_seat_unless_an_officers_title_is_stacked_with_it() {
    let x = run("Mara Okafor has been executive chairman of Zentrix Labs since 2010. Daniel Quenneville, who is \
                 serving as Orvane Robotics' interim executive chair, agreed. Ilse Marchetti will become executive \
                 chairman of the board of Tessaro Capital. \"Good,\" said Kestrel Executive Chairman Phil Sandoval. \
                 Brindle Corp's executive chairman and chief executive, Lea Moss, agreed.");
    for (person, org) in [
        ("Mara Okafor", "Zentrix Labs"),
        ("Daniel Quenneville", "Orvane Robotics"),
        ("Ilse Marchetti", "Tessaro Capital"),
        ("Phil Sandoval", "Kestrel"),
    ] {
        assert!(has(&x, person, Predicate::AffiliatedWith, org), "{person}: {:?}", all(&x));
        assert!(!has(&x, person, Predicate::WorksFor, org), "{person}: {:?}", all(&x));
    }
    assert!(has(&x, "Lea Moss", Predicate::WorksFor, "Brindle Corp"), "{:?}", all(&x));
}

#[test]
fn officers_listed_after_a_titled_one_share_its_company() {
    let x = run(&format!(
        "{TOPIC}Zentrix Labs' three founders, CEO Mara Okafor, COO Daniel Quenneville and CTO Ilse Marchetti, \
         will stay. Orvane Robotics CEO Tomas Ferreira and CFO Sofia Brenner signed."
    ));
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Ilse Marchetti", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Ilse Marchetti", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Sofia Brenner", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
}

#[test]
fn who_replaces_someone_as_an_officer_holds_the_post() {
    let x = run("Mara Okafor, chair of Kestrel Capital, will also replace Daniel Quenneville as Zentrix Labs' CEO. \
                 Ilse Marchetti has replaced Tomas Ferreira as chief operations officer of Orvane Robotics.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Ilse Marchetti", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
    assert!(!has(&x, "Mara Okafor", Predicate::WorksFor, "Kestrel Capital"), "{:?}", all(&x));
}

#[test]
fn seats_on_the_boards_of_several_companies_and_a_titled_list_joining_a_board() {
    let x = run(&format!(
        "{TOPIC}Mara Okafor has also been appointed to the boards of Zentrix Labs and Orvane Robotics. Former \
         Kestrel Capital CEO Daniel Quenneville and Tessaro Inc. head Ilse Marchetti have been appointed to the \
         board, the company said."
    ));
    assert!(has(&x, "Mara Okafor", Predicate::AffiliatedWith, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Mara Okafor", Predicate::AffiliatedWith, "Orvane Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Ilse Marchetti", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn a_bachelor_of_arts_from_a_school_is_an_affiliation() {
    let x = run("Mara Okafor has a Bachelor of Arts in Public Administration from Kestrel University in Lyon.");
    assert!(has(&x, "Mara Okafor", Predicate::AffiliatedWith, "Kestrel University"), "{:?}", all(&x));
}

#[test]
fn every_person_a_plural_founder_noun_lists_founded_its_owner() {
    let x = run("Brindle Labs's three founders, CEO Marta Kowal, COO Henrik Dahl and CTO Lise Moe, and their teams, \
                 will stay on.");
    for p in ["Marta Kowal", "Henrik Dahl", "Lise Moe"] {
        assert!(has(&x, p, Predicate::Founded, "Brindle Labs"), "{p}: {:?}", all(&x));
        assert!(has(&x, p, Predicate::WorksFor, "Brindle Labs"), "{p}: {:?}", all(&x));
    }
    let x = run("Zentrix Robotics makes drones. The co-founders, Paul Verano and Ana Ruiz, explain their aims.");
    assert!(has(&x, "Paul Verano", Predicate::Founded, "Zentrix Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Ana Ruiz", Predicate::Founded, "Zentrix Robotics"), "{:?}", all(&x));
    let x = run("Vantor Systems sells chips. The company's co-founders include Tomas Greer, who helped build a lab \
                 in Kyoto, and Nina Obi, one of the authors of a key paper.");
    assert!(has(&x, "Tomas Greer", Predicate::Founded, "Vantor Systems"), "{:?}", all(&x));
    assert!(has(&x, "Nina Obi", Predicate::Founded, "Vantor Systems"), "{:?}", all(&x));
}

#[test]
fn the_founders_of_a_sentence_naming_two_companies_are_nobodys() {
    let x = run("Orvane Robotics invested in Kestrel Labs. The co-founders, Paul Verano and Ana Ruiz, were pleased.");
    assert!(!has(&x, "Paul Verano", Predicate::Founded, "Orvane Robotics"), "{:?}", all(&x));
    assert!(!has(&x, "Paul Verano", Predicate::Founded, "Kestrel Labs"), "{:?}", all(&x));
}

#[test]
fn career_cues_and_a_second_verb_after_and_share_the_persons_subject() {
    let x = run("Mara Okafor leads the unit. She has been with Brindle Systems since 1998, and previously worked at \
                 Zentrix Labs and Orvane Capital. Daniel Quenneville started his career with Tessaro Bank in 1990.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Orvane Capital"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Tessaro Bank"), "{:?}", all(&x));
    assert!(!has(&x, "Daniel Quenneville", Predicate::Founded, "Tessaro Bank"), "{:?}", all(&x));
    // The problem, not a person, "has been with" the company; a clause after "and" opening with a company is no person's.
    let x = run("The problem has been with Kestrel Capital since 2001, Ilse Marchetti said. Orvane Capital hired \
                 staff and later joined Kestrel Capital's fund.");
    assert!(!has(&x, "Ilse Marchetti", Predicate::WorksFor, "Kestrel Capital"), "{:?}", all(&x));
}

#[test]
fn a_title_of_a_company_noun_belongs_to_the_name_in_apposition_after_it() {
    let x = run(&format!(
        "{TOPIC}Sara Holm is now the CEO of their new company, Vantor Robotics. Pia Lund, the chief executive of \
         the company, Quellby Energy, said sales rose."
    ));
    assert!(has(&x, "Sara Holm", Predicate::WorksFor, "Vantor Robotics"), "{:?}", all(&x));
    assert!(!has(&x, "Sara Holm", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Pia Lund", Predicate::WorksFor, "Quellby Energy"), "{:?}", all(&x));
}

#[test]
fn a_company_suffix_with_its_period_owns_the_title_after_it() {
    let x = run("Former Kestrel Holding NV CEO Anton Miro and Quorvex Technology Inc. head Dana Pell joined the \
                 board of Brindle Systems.");
    assert!(has(&x, "Dana Pell", Predicate::WorksFor, "Quorvex Technology Inc"), "{:?}", all(&x));
    assert!(!has(&x, "Dana Pell", Predicate::WorksFor, "Kestrel Holding NV"), "{:?}", all(&x));
    // The period that ends the sentence before is no suffix's.
    let x = run("Orders fell at Quorvex Labs. CEO Dana Pell resigned on Monday.");
    assert!(!has(&x, "Dana Pell", Predicate::WorksFor, "Quorvex Labs"), "{:?}", all(&x));
}

#[test]
fn an_assistant_title_is_read_whole() {
    let x = run("Zentrix Bank assistant governor Rina Tallis told reporters that three firms had applied.");
    assert_eq!(role(&x, "Rina Tallis", Predicate::WorksFor, "Zentrix Bank").as_deref(), Some("assistant governor"));
}

#[test]
fn a_post_given_with_no_company_named_is_the_topics() {
    let x = run(&format!(
        "{TOPIC}Linda Farber was promoted to group president of mobility. Edda Holm was appointed chief operating \
         officer. Mara Okafor was elected president in 2022."
    ));
    assert!(has(&x, "Linda Farber", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Edda Holm", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Mara Okafor", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn who_replaces_a_person_as_an_officer_of_no_named_company_holds_the_topics_post() {
    let x = run(&format!("{TOPIC}Nadia Ostrow replaces Carl Mensfield as CFO."));
    assert_eq!(role(&x, "Nadia Ostrow", Predicate::WorksFor, "Brindle Systems").as_deref(), Some("CFO"));
    assert!(has(&x, "Carl Mensfield", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn an_officers_title_crediting_a_quote_is_the_topics() {
    let x = run(&format!(
        "{TOPIC}\"We will grow in India,\" Chief Executive Piet Varga told a conference call. \"Costs are \
         falling,\" said chief financial officer Ana Ruiz. \"We welcome them,\" President Ilse Marchetti told \
         reporters."
    ));
    assert!(has(&x, "Piet Varga", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Ana Ruiz", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Ilse Marchetti", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn a_capitalised_title_over_a_field_or_place_names_its_company_after_at_or_for() {
    let x = run("\"The deal is good,\" Maria Lopez, Country Manager of Singapore for Quorvex Labs, said. Ines \
                 Albrecht, Head of Public Sector in Africa at Quorvex Labs, agreed.");
    let lopez = role(&x, "Maria Lopez", Predicate::WorksFor, "Quorvex Labs");
    assert_eq!(lopez.as_deref(), Some("Country Manager of Singapore"), "{:?}", all(&x));
    let albrecht = role(&x, "Ines Albrecht", Predicate::WorksFor, "Quorvex Labs");
    assert_eq!(albrecht.as_deref(), Some("Head of Public Sector in Africa"), "{:?}", all(&x));
    // Past five words, a clause of its own is not the title's field.
    let x = run("Mara Okafor founded Zentrix Labs with Tomas Wren, an engineer she met when both were students at \
                 Kestrel University.");
    assert!(!has(&x, "Tomas Wren", Predicate::WorksFor, "Kestrel University"), "{:?}", all(&x));
}

#[test]
fn becoming_its_officer_is_a_post_at_the_company_its_stands_for() {
    let x = run("Dame Mara Okafor spoke on Monday. While she has reshaped Quorvex Insurance since becoming its \
                 chief executive, the bid is her boldest move.");
    let got = role(&x, "Mara Okafor", Predicate::WorksFor, "Quorvex Insurance");
    assert_eq!(got.as_deref(), Some("chief executive"), "{:?}", all(&x));
    // "its" before a role no company officer holds ties no one.
    let x = run("Ana Ruiz said Quorvex Insurance was its biggest client.");
    assert!(!has(&x, "Ana Ruiz", Predicate::WorksFor, "Quorvex Insurance"), "{:?}", all(&x));
}

#[test]
fn the_banks_officer_works_for_the_bank_named_before_not_the_topic() {
    let x = run(&format!(
        "{TOPIC}Kestrel Bank Plc has named a new acting chairman. Ada Mirel, the bank's secretary, announced it. \
         Portugal's second lender, Quenvale, also named one. Tomas Wren, the lender's chief executive, said so."
    ));
    assert!(has(&x, "Ada Mirel", Predicate::WorksFor, "Kestrel Bank Plc"), "{:?}", all(&x));
    assert!(!has(&x, "Ada Mirel", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Tomas Wren", Predicate::WorksFor, "Quenvale"), "{:?}", all(&x));
    assert!(!has(&x, "Tomas Wren", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn a_bare_officer_title_in_a_succession_sentence_is_the_appointers() {
    let x = run("Zentrix Labs has tapped finance chief Mara Okafor to lead the company, taking over from outgoing \
                 chief executive Daniel Quenneville. Orvane Robotics, Europe's third-largest robot maker, named \
                 longtime executive Ilse Marchetti as president, making her the heir apparent to Chief Executive \
                 Officer Tomas Wren. Tessaro Capital today announced that it has appointed Lena Brook as its chief \
                 executive following the retirement of former CEO, Paolo Brandt. Kestrel Foods Inc. (KFI.TO) has \
                 named Ruth Adeyemi finance chief, succeeding CFO Jonas Pike.");
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Tomas Wren", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Paolo Brandt", Predicate::WorksFor, "Tessaro Capital"), "{:?}", all(&x));
    assert!(has(&x, "Jonas Pike", Predicate::WorksFor, "Kestrel Foods Inc"), "{:?}", all(&x));
}

#[test]
fn a_bare_officer_title_after_another_company_is_not_the_appointers() {
    let x = run("Zentrix Labs hired Mara Okafor, who once worked under chief executive Daniel Quenneville at Orvane \
                 Robotics. Tessaro Capital named Lena Brook as president after Kestrel Foods lost chief executive \
                 Paolo Brandt. Zentrix Labs appointed Ruth Adeyemi as adviser, said President Jonas Pike.");
    assert!(!has(&x, "Daniel Quenneville", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Paolo Brandt", Predicate::WorksFor, "Tessaro Capital"), "{:?}", all(&x));
    assert!(!has(&x, "Jonas Pike", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
}

#[test]
fn an_honorific_between_a_title_and_a_name_keeps_the_title() {
    let x = run("\"We are delighted,\" said Orvane Robotics Chairman and CEO Dr Ilse Marchetti. Zentrix Labs chief \
                 executive Prof. Mara Okafor agreed. Tessaro Capital chairman Sir Paolo Brandt said he was pleased.");
    assert!(has(&x, "Ilse Marchetti", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Paolo Brandt", Predicate::AffiliatedWith, "Tessaro Capital"), "{:?}", all(&x));
}

#[test]
fn stacked_titles_ending_in_an_honorific_word_are_the_owners() {
    let x = run("Kestrel Motors said profit rose. Kestrel Motors CEO and President Maria Lopez said costs fell. \
                 The delegation was led by Northwind Fund Governor Yasir Omar. Halvern Energy Chairman and \
                 Chief Executive Daniel Harper spoke too.");
    assert!(has(&x, "Maria Lopez", Predicate::WorksFor, "Kestrel Motors"), "{:?}", all(&x));
    assert!(has(&x, "Yasir Omar", Predicate::WorksFor, "Northwind Fund"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Harper", Predicate::WorksFor, "Halvern Energy"), "{:?}", all(&x));
    // A head of state's title after a verb has no owner.
    let x = run("Kestrel Motors said President Maria Lopez visited the plant.");
    assert!(!has(&x, "Maria Lopez", Predicate::WorksFor, "Kestrel Motors"), "{:?}", all(&x));
}

#[test]
fn one_of_a_companys_co_officers_holds_the_title() {
    let x = run("Kestrel Motors said profit rose. Maria Lopez, one of Kestrel Motors' co-CEOs, said costs fell. \
                 Daniel Harper, one of Halvern Energy's founders, agreed.");
    assert!(has(&x, "Maria Lopez", Predicate::WorksFor, "Kestrel Motors"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Harper", Predicate::Founded, "Halvern Energy"), "{:?}", all(&x));
    let x = run("Halvern Energy said profit rose. Maria Lopez, one of the critics of Halvern Energy, spoke.");
    assert!(!has(&x, "Maria Lopez", Predicate::WorksFor, "Halvern Energy"), "{:?}", all(&x));
}

#[test]
fn a_place_based_modifier_stands_between_a_title_and_its_company() {
    let x = run("Halvor ASA said profit rose. Linda Park, CEO of Bergen, Norway-based Halvor, said sales rose. \
                 Maria Lopez, chief executive of London-based Optivo Ltd, agreed.");
    assert!(has(&x, "Linda Park", Predicate::WorksFor, "Halvor ASA"), "{:?}", all(&x));
    assert!(has(&x, "Maria Lopez", Predicate::WorksFor, "Optivo Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Linda Park", Predicate::WorksFor, "Bergen"), "{:?}", all(&x));
}

#[test]
fn a_title_after_auxiliaries_and_a_copula_names_its_company() {
    let x = run("Optivo Ltd said profit rose. Mr Daniel Harper has been CEO of Optivo since 2018. Maria Lopez \
                 will be chief financial officer of Halvern Energy from May.");
    assert!(has(&x, "Daniel Harper", Predicate::WorksFor, "Optivo Ltd"), "{:?}", all(&x));
    assert!(has(&x, "Maria Lopez", Predicate::WorksFor, "Halvern Energy"), "{:?}", all(&x));
    // No company named: a future or past title is not the topic's.
    let x = run(&format!("{TOPIC}Halvern Energy said Mara Okafor will remain interim CEO until May."));
    assert!(!has(&x, "Mara Okafor", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    let x = run("Optivo Ltd said profit rose. Daniel Harper has been a critic of Optivo for years.");
    assert!(!has(&x, "Daniel Harper", Predicate::WorksFor, "Optivo Ltd"), "{:?}", all(&x));
}

#[test]
fn a_title_shared_by_coordinated_companies_is_held_at_each() {
    let x = run("Kestrel Motors and Halvern Energy said profit rose. Kestrel Motors and Halvern Energy group CFO \
                 Maria Lopez said costs fell.");
    assert!(has(&x, "Maria Lopez", Predicate::WorksFor, "Halvern Energy"), "{:?}", all(&x));
    assert!(has(&x, "Maria Lopez", Predicate::WorksFor, "Kestrel Motors"), "{:?}", all(&x));
    // "between A and B CEO X": only B is X's.
    let x = run("Talks between Kestrel Motors and Halvern Energy CEO Maria Lopez stalled.");
    assert!(!has(&x, "Maria Lopez", Predicate::WorksFor, "Kestrel Motors"), "{:?}", all(&x));
}

#[test]
fn the_funds_officer_works_for_the_fund() {
    let x = run("Northwind Fund said it would invest more. \"We are pleased,\" Fahad Saif, the fund's head of \
                 capital finance, said.");
    assert!(has(&x, "Fahad Saif", Predicate::WorksFor, "Northwind Fund"), "{:?}", all(&x));
}

#[test]
fn a_person_who_will_become_an_officer_takes_the_topics_post() {
    let x = run(&format!("{TOPIC}Mara Okafor will become chief operating officer."));
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn an_officers_title_after_companies_joined_by_and_heads_no_portfolio() {
    let x = run("Kestrel Motors and Halvern Energy said profit rose. Quillon Bank agreed. Kestrel said sales rose \
                 and Halvern said costs fell while Quillon lent more. Interim Kestrel and Halvern CEO Maria Lopez \
                 said the plan would work. Former Kestrel and Halvern Chief Executive Tomas Brandt said he was \
                 pleased. Kestrel, Halvern and Quillon CFO Anna Weiss said margins held. Talks between Kestrel and \
                 Halvern CEO Ivo Marsh stalled. Sales and Marketing Director Jane Holt spoke. Trade and Industry \
                 Chief Omar Diallo agreed.");
    for org in ["Kestrel Motors", "Halvern Energy"] {
        assert!(has(&x, "Maria Lopez", Predicate::WorksFor, org), "{org}: {:?}", all(&x));
        assert!(has(&x, "Tomas Brandt", Predicate::WorksFor, org), "{org}: {:?}", all(&x));
        assert!(has(&x, "Anna Weiss", Predicate::WorksFor, org), "{org}: {:?}", all(&x));
    }
    assert!(has(&x, "Anna Weiss", Predicate::WorksFor, "Quillon Bank"), "{:?}", all(&x));
    assert!(has(&x, "Ivo Marsh", Predicate::WorksFor, "Halvern Energy"), "{:?}", all(&x));
    assert!(!has(&x, "Ivo Marsh", Predicate::WorksFor, "Kestrel Motors"), "{:?}", all(&x));
    // A portfolio before a director's or a chief's title is still no company.
    assert!(!x.entities.iter().any(|e| e.name.contains("Sales") || e.name.contains("Trade")), "{:?}", x.entities);
}

#[test]
fn past_work_at_listed_employers_is_work_at_each() {
    let x = run("Brindle Systems hired Mara Okafor as chief executive. Quillon Bank and Halvern Energy agreed. The \
                 Ledger noted that Okafor, a Lisbon outsider, has past executive experience working for Kestrel \
                 Motors, the Halvern Energy and Quillon Bank. Daniel Harper previously led product design at \
                 Tessaro Capital, the Oslo-based lender. Anna Weiss spent ten years at Orvane Robotics before \
                 joining. Ilse Marchetti has had stints at Zentrix Labs, Kestrel Motors and Quillon Bank in previous \
                 years. He was previously involved in research at the chip company Helixor Labs. Peter Vance also \
                 served as VP engineering and chief architect at Tamsin Works, which Brindle Systems bought.");
    for org in ["Kestrel Motors", "Halvern Energy", "Quillon Bank"] {
        assert!(has(&x, "Mara Okafor", Predicate::WorksFor, org), "{org}: {:?}", all(&x));
    }
    assert!(has(&x, "Daniel Harper", Predicate::WorksFor, "Tessaro Capital"), "{:?}", all(&x));
    assert!(has(&x, "Anna Weiss", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
    for org in ["Zentrix Labs", "Kestrel Motors", "Quillon Bank"] {
        assert!(has(&x, "Ilse Marchetti", Predicate::WorksFor, org), "{org}: {:?}", all(&x));
    }
    assert!(has(&x, "Peter Vance", Predicate::WorksFor, "Tamsin Works"), "{:?}", all(&x));
    // Money spent at a company, a company's spell, a comma before a description: no job.
    let x = run("Kestrel Motors and Halvern Energy said profit rose. Anna Weiss spent $5 million at Halvern Energy \
                 stores. Kestrel Motors spent two years at the top. Daniel Harper worked for Kestrel Motors, the \
                 Halvern Energy unit.");
    assert!(!has(&x, "Anna Weiss", Predicate::WorksFor, "Halvern Energy"), "{:?}", all(&x));
    assert!(!has(&x, "Daniel Harper", Predicate::WorksFor, "Halvern Energy"), "{:?}", all(&x));
}

#[test]
fn an_appositive_title_reaches_its_company_past_a_field_or_a_unit() {
    let x = run("\"We are growing fast,\" said Henrik Solberg, Business Development Manager, Cloud Services at \
                 Dravon Labs. \"The market is soft,\" said Tomas Berg, global co-leader of energy and utilities at \
                 business advisory firm Pellmar Partners. The deal would help, noted Ingrid Holm, head of M&A and \
                 valuations at Corvex Partners.");
    assert!(has(&x, "Henrik Solberg", Predicate::WorksFor, "Dravon Labs"), "{:?}", all(&x));
    assert!(has(&x, "Tomas Berg", Predicate::WorksFor, "Pellmar Partners"), "{:?}", all(&x));
    assert!(has(&x, "Ingrid Holm", Predicate::WorksFor, "Corvex Partners"), "{:?}", all(&x));
    // Past a clause's verb the place of study is no employer.
    let x = run("Mara Okafor co-founded Brindle Systems with Tomas Berg, an engineer she met when both were \
                 doctoral students at Kestrel University.");
    assert!(!has(&x, "Tomas Berg", Predicate::WorksFor, "Kestrel University"), "{:?}", all(&x));
}

#[test]
fn secretaries_general_and_chairpersons_are_titles() {
    let x = run("Olav Dahl, secretary-general of Kestrel Group, welcomed the plan. Sigrid Vik, Secretary General \
                 of Norvan Capital, agreed. Lena Aas, chairperson of Halvor Foundation, said nothing.");
    assert!(has(&x, "Olav Dahl", Predicate::WorksFor, "Kestrel Group"), "{:?}", all(&x));
    assert!(has(&x, "Sigrid Vik", Predicate::WorksFor, "Norvan Capital"), "{:?}", all(&x));
    assert!(has(&x, "Lena Aas", Predicate::AffiliatedWith, "Halvor Foundation"), "{:?}", all(&x));
}

#[test]
fn a_title_before_a_name_may_be_described_or_over_a_field() {
    let x = run(&format!(
        "{TOPIC}Analysts praised Kestrel Group's new CEO, Mara Flint. Brindle Systems met Pellmar Partners' \
         long-serving president Sir Ivo Crane in Oslo. Corvant Bank senior vice-president for retail Jonas Ek \
         added that a purchase was possible."
    ));
    assert!(has(&x, "Mara Flint", Predicate::WorksFor, "Kestrel Group"), "{:?}", all(&x));
    assert!(has(&x, "Ivo Crane", Predicate::WorksFor, "Pellmar Partners"), "{:?}", all(&x));
    assert!(!has(&x, "Ivo Crane", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Jonas Ek", Predicate::WorksFor, "Corvant Bank"), "{:?}", all(&x));
}

#[test]
fn a_pronoun_in_a_fronted_clause_stands_for_the_name_after_it() {
    let x = run("In 2019, Tom Vance became the president of Halvor Retail. Since 2009, when he became president \
                 of Corvant Bank, Ola Dahl has focused on Brazil.");
    assert!(has(&x, "Ola Dahl", Predicate::WorksFor, "Corvant Bank"), "{:?}", all(&x));
    assert!(!has(&x, "Tom Vance", Predicate::WorksFor, "Corvant Bank"), "{:?}", all(&x));
    assert!(has(&x, "Tom Vance", Predicate::WorksFor, "Halvor Retail"), "{:?}", all(&x));
    // A company after the comma leaves the pronoun to the person named before.
    let x = run("Tom Vance spoke on Monday. After he became president of Corvant Bank, Halvor Retail grew.");
    assert!(has(&x, "Tom Vance", Predicate::WorksFor, "Corvant Bank"), "{:?}", all(&x));
}

#[test]
fn a_title_of_a_company_right_before_a_name_is_that_persons() {
    let x = run("On the Korean side, CEO of Zentrix Energy Solution Lee Jae-won, CEO of Korvane Mobis \
                 Cho Sung-hwan, and others attended online. Founder of Quellmark Logistics Yoon Ji-ho said the \
                 port would open. CEO of Tavrin Energy Jane Holloway visited the plant.");
    assert!(has(&x, "Lee Jae-won", Predicate::WorksFor, "Zentrix Energy Solution"), "{:?}", all(&x));
    assert!(has(&x, "Cho Sung-hwan", Predicate::WorksFor, "Korvane Mobis"), "{:?}", all(&x));
    assert!(has(&x, "Yoon Ji-ho", Predicate::Founded, "Quellmark Logistics"), "{:?}", all(&x));
    assert!(has(&x, "Jane Holloway", Predicate::WorksFor, "Tavrin Energy"), "{:?}", all(&x));
    // The title after a name's comma is the next person's, whose name follows the company's.
    assert!(!has(&x, "Lee Jae-won", Predicate::WorksFor, "Korvane Mobis"), "{:?}", all(&x));
}

#[test]
fn spells_of_work_numbers_fronted_stints_and_their_stints() {
    let x = run("Ilse Marchetti spent 20 years at Corvant Bank before she retired. After stints at Zentrix Labs, \
                 Quellby Energy and Tessaro Bank, Daniel Quenneville set up his own firm. Dana Pell returns to \
                 Orvane Capital as chief strategist.");
    assert!(has(&x, "Ilse Marchetti", Predicate::WorksFor, "Corvant Bank"), "{:?}", all(&x));
    for o in ["Zentrix Labs", "Quellby Energy", "Tessaro Bank"] {
        assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, o), "{o}: {:?}", all(&x));
    }
    assert!(has(&x, "Dana Pell", Predicate::WorksFor, "Orvane Capital"), "{:?}", all(&x));
    let x = run("Sara Holm and John Varga met in Oslo after college. Following their stints at big names like \
                 Vantor Robotics, Halvor Media and Pellmar Partners, they decided to build a startup.");
    for p in ["Sara Holm", "John Varga"] {
        for o in ["Vantor Robotics", "Halvor Media", "Pellmar Partners"] {
            assert!(has(&x, p, Predicate::WorksFor, o), "{p} {o}: {:?}", all(&x));
        }
    }
    // Met, criticised, sued, talks: no spell of work; "returned to growth" names no employer.
    let x = run("Nina Obi met executives of Dravon Labs on Tuesday. Following their talks, they agreed. Carl \
                 Mensfield criticised Orvane Capital for its pay policy. Ana Ruiz sued Kestrel Capital in March. \
                 Sales at Orvane Capital returned to growth, Ana Ruiz said.");
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::WorksFor), "{:?}", all(&x));
}

#[test]
fn board_seats_named_before_the_board_at_a_company_and_among_kinds_of_companies() {
    let x = run("Mara Okafor sits on the Zentrix Labs board. Daniel Quenneville and Ilse Marchetti will take board \
                 seats at Vantor Robotics as part of the financing. John Varga recently joined the Corvant Bank \
                 board. Sara Holm also chairs the boards of operating companies such as Quellby Energy, Halvor \
                 Media and Dravon Labs.");
    assert!(has(&x, "Mara Okafor", Predicate::AffiliatedWith, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::AffiliatedWith, "Vantor Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Ilse Marchetti", Predicate::AffiliatedWith, "Vantor Robotics"), "{:?}", all(&x));
    assert!(has(&x, "John Varga", Predicate::AffiliatedWith, "Corvant Bank"), "{:?}", all(&x));
    assert!(!has(&x, "John Varga", Predicate::WorksFor, "Corvant Bank"), "{:?}", all(&x));
    for o in ["Quellby Energy", "Halvor Media", "Dravon Labs"] {
        assert!(has(&x, "Sara Holm", Predicate::AffiliatedWith, o), "{o}: {:?}", all(&x));
    }
    // Meeting or criticising a board, or a seat on an unnamed charity's board, is no seat on a company's.
    let x = run("Carl Mensfield met the Orvane Capital board on Friday. Ana Ruiz criticised the Pellmar Partners \
                 board for the delay. Rina Tallis sits on the board of a local charity.");
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::AffiliatedWith), "{:?}", all(&x));
}

#[test]
fn plural_titles_at_a_company_before_listed_people_and_staff_led_by_a_person() {
    let x = run("It was founded in 2019 by two computer science professors at the elite Kestrel University: Mara \
                 Okafor, a leading figure in the field, and Daniel Quenneville. A pair of scientists at Quellby \
                 Energy, Anton Miro and Dana Pell, are in talks with investors.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Kestrel University"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Kestrel University"), "{:?}", all(&x));
    assert!(has(&x, "Anton Miro", Predicate::WorksFor, "Quellby Energy"), "{:?}", all(&x));
    assert!(has(&x, "Dana Pell", Predicate::WorksFor, "Quellby Energy"), "{:?}", all(&x));
    let x = run("Sales were good, Corvex analysts led by John Varga said in a note. Halvor Media's research team, \
                 led by Lena Aas, built the model. Vantor Capital analysts led by Sara Holm expect a cut.");
    assert!(has(&x, "John Varga", Predicate::WorksFor, "Corvex"), "{:?}", all(&x));
    assert!(has(&x, "Lena Aas", Predicate::WorksFor, "Halvor Media"), "{:?}", all(&x));
    assert!(has(&x, "Sara Holm", Predicate::WorksFor, "Vantor Capital"), "{:?}", all(&x));
    assert!(!has(&x, "Sara Holm", Predicate::InvestedIn, "Vantor Capital"), "{:?}", all(&x));
    // A singular title is not every listed person's; protesters are no staff.
    let x = run("The chief executive of Orvane Capital, Sara Holm, and Nina Obi spoke. Protesters led by Rina \
                 Tallis marched on Dravon Labs.");
    assert!(has(&x, "Sara Holm", Predicate::WorksFor, "Orvane Capital"), "{:?}", all(&x));
    assert!(!has(&x, "Nina Obi", Predicate::WorksFor, "Orvane Capital"), "{:?}", all(&x));
    assert!(!has(&x, "Rina Tallis", Predicate::WorksFor, "Dravon Labs"), "{:?}", all(&x));
}

#[test]
fn founders_after_by_with_a_place_a_description_or_a_home_between() {
    let x = run("Kestrel Pay was founded in Paris in 2018 by Hamid Serunjo from Uganda and Maijid Moulad from Ghana.");
    assert!(has(&x, "Hamid Serunjo", Predicate::Founded, "Kestrel Pay"), "{:?}", all(&x));
    assert!(has(&x, "Maijid Moulad", Predicate::Founded, "Kestrel Pay"), "{:?}", all(&x));
    let x = run("Started in 2017 by serial entrepreneurs Teodor Blask and Sergiu Negal, Orvane Labs now has \
                 customers in 20 countries.");
    assert!(has(&x, "Teodor Blask", Predicate::Founded, "Orvane Labs"), "{:?}", all(&x));
    assert!(has(&x, "Sergiu Negal", Predicate::Founded, "Orvane Labs"), "{:?}", all(&x));
    let x = run("Quellby Capital was set up in 2015 by former bankers Tomas Reyes and Ilse Marchetti.");
    assert!(has(&x, "Tomas Reyes", Predicate::Founded, "Quellby Capital"), "{:?}", all(&x));
    assert!(has(&x, "Ilse Marchetti", Predicate::Founded, "Quellby Capital"), "{:?}", all(&x));
    let x = run("Lantern Labs was co-founded by Hugo Maret, a physicist, and Nora Ismail.");
    assert!(has(&x, "Nora Ismail", Predicate::Founded, "Lantern Labs"), "{:?}", all(&x));
}

#[test]
fn a_by_that_another_verb_owns_names_no_founder() {
    let x = run("Kestrel Pay was started in 2016 and later bought by Orvane Brask and Zentrix Labs.");
    assert!(!x.relations.iter().any(|r| r.predicate == Predicate::Founded), "{:?}", all(&x));
    let x = run("Kestrel Pay was founded in 2016. The plant in Lyon was built in 2019 by Hamid Serunjo.");
    assert!(!has(&x, "Hamid Serunjo", Predicate::Founded, "Kestrel Pay"), "{:?}", all(&x));
    let x = run("Orvane Labs, founded in 2012, was acquired by Tomas Reyes and Ilse Marchetti last year.");
    assert!(!has(&x, "Tomas Reyes", Predicate::Founded, "Orvane Labs"), "{:?}", all(&x));
}

#[test]
fn a_one_word_company_owns_a_title_with_a_modifier_before_it() {
    let x = run("In an interview, Clark praised the leadership of Zentrix’s new CEO, Kelly Ortberg.");
    assert!(has(&x, "Kelly Ortberg", Predicate::WorksFor, "Zentrix"), "{:?}", all(&x));
    let x = run("Mara Okafor, Quellby’s former chief executive, joined the board of a bank.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Quellby"), "{:?}", all(&x));
    let x = run("Analysts expect Orvane’s interim president Tomas Reyes to stay.");
    assert!(has(&x, "Tomas Reyes", Predicate::WorksFor, "Orvane"), "{:?}", all(&x));
    let x = run("The plan came from Brask’s executive vice president Ilse Marchetti.");
    assert!(has(&x, "Ilse Marchetti", Predicate::WorksFor, "Brask"), "{:?}", all(&x));
}

#[test]
fn a_possessive_before_a_modifier_and_no_title_names_no_company() {
    let x = run("He visited Zentrix’s new plant. Analysts liked Quellby’s former strategy.");
    assert!(x.entities.iter().all(|e| e.name != "Zentrix" && e.name != "Quellby"), "{:?}", all(&x));
    // A person's new manager: the person stays a person.
    let x = run("Mara Okafor said Kelly Ortberg’s new manager, Tomas Reyes, had left.");
    assert!(!has(&x, "Tomas Reyes", Predicate::WorksFor, "Kelly Ortberg"), "{:?}", all(&x));
}

#[test]
fn a_title_of_a_units_phrase_is_held_at_the_unit_or_the_named_parent() {
    let x = run("Tom Hale, CEO of Brindle's Kestrel subsidiary, will run the merged unit. Ann Ruiz, chief \
                 executive of Kestrel parent company Orvane Group, said the sale was good. Lea Moss, president \
                 of Zentrix's Tarrow Labs, agreed.");
    assert!(has(&x, "Tom Hale", Predicate::WorksFor, "Kestrel"), "{:?}", all(&x));
    assert!(!has(&x, "Tom Hale", Predicate::WorksFor, "Brindle"), "{:?}", all(&x));
    assert!(has(&x, "Ann Ruiz", Predicate::WorksFor, "Orvane Group"), "{:?}", all(&x));
    assert!(!has(&x, "Ann Ruiz", Predicate::WorksFor, "Kestrel"), "{:?}", all(&x));
    assert!(has(&x, "Lea Moss", Predicate::WorksFor, "Tarrow Labs"), "{:?}", all(&x));
}

#[test]
fn a_title_over_a_companys_unnamed_unit_stays_the_companys() {
    let x = run("Ann Ruiz, head of Orvane Group's cloud unit, left. Tom Hale, CEO of Brindle Corp, parent of \
                 Kestrel, stayed.");
    assert!(has(&x, "Ann Ruiz", Predicate::WorksFor, "Orvane Group"), "{:?}", all(&x));
    assert!(has(&x, "Tom Hale", Predicate::WorksFor, "Brindle Corp"), "{:?}", all(&x));
    assert!(!has(&x, "Tom Hale", Predicate::WorksFor, "Kestrel"), "{:?}", all(&x));
}

#[test]
fn an_officer_named_by_title_alone_is_the_headline_or_lede_subjects() {
    // The headline's subject is the owned carrier, not its owner.
    let x =
        run("Kestrel-owned Zentrix names new chief\n\nKestrel's phone carrier Zentrix appointed Tom Hale on Monday. \
                 Zentrix has 9 million users. Kestrel owns 60% of Zentrix. Kestrel said it was pleased. Kestrel \
                 shares rose.\n\nChief executive Ann Ruiz said the carrier would grow.");
    assert!(has(&x, "Ann Ruiz", Predicate::WorksFor, "Zentrix"), "{:?}", all(&x));
    assert!(!has(&x, "Ann Ruiz", Predicate::WorksFor, "Kestrel"), "{:?}", all(&x));
    // No company in the headline: the lede's subject, though the target is named more often.
    let x = run("Drugmaker agrees to $4 billion deal\n\nBrindle Corp agreed to buy Orvane Bio for $4 billion. Orvane \
                 Bio makes cancer drugs. Orvane Bio's lead drug is in trials. Orvane Bio has 300 staff. Brindle \
                 Corp will pay in cash. Brindle Corp expects growth.\n\nChief executive Ann Ruiz said the deal \
                 was a good fit.");
    assert!(has(&x, "Ann Ruiz", Predicate::WorksFor, "Brindle Corp"), "{:?}", all(&x));
    assert!(!has(&x, "Ann Ruiz", Predicate::WorksFor, "Orvane Bio"), "{:?}", all(&x));
}

#[test]
fn the_person_a_new_officer_replaces_or_takes_over_from_held_a_post_there() {
    let x = run("Brindle Motors names new chief executive\n\nBrindle Motors has named Kenji Orvane as its new chief \
                 executive. Mr Orvane replaces Hiro Tamsaki, who resigned last month. Mr Tamsaki had succeeded Carla \
                 Vessan. Brindle Motors expects more orders.");
    assert!(has(&x, "Hiro Tamsaki", Predicate::WorksFor, "Brindle Motors"), "{:?}", all(&x));
    assert!(has(&x, "Carla Vessan", Predicate::WorksFor, "Brindle Motors"), "{:?}", all(&x));
    // The new officer's title is not the one who went's.
    assert_eq!(role(&x, "Hiro Tamsaki", Predicate::WorksFor, "Brindle Motors"), None);
    let x = run("Ida Kestrel, chief executive of Zentrix Labs, will take over from Tom Parrot in March. Later, \
                 Joan Borg was replaced by Ida Kestrel on the panel.");
    assert!(has(&x, "Tom Parrot", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Joan Borg", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
}

#[test]
fn a_predecessor_or_the_one_a_successor_is_sought_for_held_the_post() {
    let x = run("Ida Kestrel, the chief executive of Orvane Bank, was seen as friendlier than her predecessor, \
                 Martin Wheel.");
    assert!(has(&x, "Martin Wheel", Predicate::WorksFor, "Orvane Bank"), "{:?}", all(&x));
    let x =
        run("Quellby names new chief\n\nQuellby Robotics on Monday named Ann Orvane as its chief executive, ending \
                 a long search for a successor to founder Drew Nelland. Quellby Robotics makes arms. Quellby \
                 Robotics expects growth.");
    assert!(has(&x, "Drew Nelland", Predicate::WorksFor, "Quellby Robotics"), "{:?}", all(&x));
}

#[test]
fn a_handover_with_no_known_post_or_a_post_named_after_as_gives_no_job_by_handover() {
    // The one who came has no job the article states.
    let x = run("Tom Parrot will take over from Joan Borg on March 25. Brindle Motors said so.");
    assert!(!has(&x, "Joan Borg", Predicate::WorksFor, "Brindle Motors"), "{:?}", all(&x));
    // Two employers and neither is the article's company: which post went is unknown.
    let x = run("Ida Kestrel, vice president of Zentrix Labs, also sits on the board. Ida Kestrel, chief financial \
                 officer of Orvane Bank, replaced Tom Parrot.");
    assert!(!has(&x, "Tom Parrot", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Tom Parrot", Predicate::WorksFor, "Orvane Bank"), "{:?}", all(&x));
    // "replaced B as prime minister": the post is named, and it is not at the company.
    let x = run("Ida Kestrel, chief executive of Zentrix Labs, once replaced Tom Parrot as prime minister.");
    assert!(!has(&x, "Tom Parrot", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    // A product's predecessor is no person.
    let x = run("Ida Kestrel, chief executive of Zentrix Labs, said the Vorta 2 is faster than its predecessor, \
                 the Vorta 1.");
    assert_eq!(all(&x).iter().filter(|r| r.contains("worksFor")).count(), 1, "{:?}", all(&x));
}

#[test]
fn a_title_then_the_organisation_in_commas_of_their_own_is_held_there() {
    let x = run("\"Machines change how we work,\" said Professor Mero Gastler, President, University of Kestrel. \
                 Ada Brun, Vice President, Quorvex Labs, said the deal was good.");
    assert!(has(&x, "Mero Gastler", Predicate::WorksFor, "University of Kestrel"), "{:?}", all(&x));
    assert!(has(&x, "Ada Brun", Predicate::WorksFor, "Quorvex Labs"), "{:?}", all(&x));
    // The organisation must stand alone: here it opens a clause of its own.
    let x = run("Ada Brun, Vice President, Quorvex Labs and Zentrix Bank signed the deal.");
    assert!(!has(&x, "Ada Brun", Predicate::WorksFor, "Quorvex Labs"), "{:?}", all(&x));
}

#[test]
fn a_title_of_a_company_described_by_a_demonym_and_a_kind_noun() {
    let x = run("Mikel Josten, the former chief executive officer of Kenyan telecoms firm Safrano, was summoned.");
    assert!(has(&x, "Mikel Josten", Predicate::WorksFor, "Safrano"), "{:?}", all(&x));
    assert_eq!(
        role(&x, "Mikel Josten", Predicate::WorksFor, "Safrano").as_deref(),
        Some("former chief executive officer")
    );
}

#[test]
fn a_plural_title_before_a_list_of_people_is_each_ones() {
    let x = run("Zentrix's new chiefs Joel Tarrant and Eddo Wen have pledged to turn the company around. \
                 Brindle bosses Ann Orvane and Tom Kestrel declined to comment.");
    for (p, o) in
        [("Joel Tarrant", "Zentrix"), ("Eddo Wen", "Zentrix"), ("Ann Orvane", "Brindle"), ("Tom Kestrel", "Brindle")]
    {
        assert!(has(&x, p, Predicate::WorksFor, o), "{p}: {:?}", all(&x));
    }
}

#[test]
fn a_boss_named_by_title_alone_is_the_headline_companys_officer() {
    let x = run("Polvane names new chief\n\nPolvane has appointed Mika Lohsen as its new CEO following the shock \
                 resignation of long-standing boss Tomas Ingel. Polvane makes cars. Polvane sells vans.");
    assert!(has(&x, "Tomas Ingel", Predicate::WorksFor, "Polvane"), "{:?}", all(&x));
    assert_eq!(role(&x, "Tomas Ingel", Predicate::WorksFor, "Polvane").as_deref(), Some("long-standing boss"));
}

#[test]
fn a_name_no_lexicon_knows_set_off_after_a_title_of_an_organisation_is_its_holder() {
    let x = run("Brindle said on Monday it would buy Zentrix. \
                 The chief executive of Zentrix, Kunle Ibekwe, said the deal was fair. \
                 The Managing Director, Brindle, Femi Oduya, said, \u{201c}We are glad.\u{201d}");
    assert!(has(&x, "Kunle Ibekwe", Predicate::WorksFor, "Zentrix"), "{:?}", all(&x));
    assert!(has(&x, "Femi Oduya", Predicate::WorksFor, "Brindle"), "{:?}", all(&x));
    assert_eq!(role(&x, "Femi Oduya", Predicate::WorksFor, "Brindle").as_deref(), Some("Managing Director"));
    // A plural title before the commas opens a list, and a name the
    // commas do not close is a list member.
    let x = run("Brindle said it would buy Zentrix. The head of Zentrix, Orvane Lumo, declined to comment. \
                 Analysts, Zentrix, Orvane Lumo, and Brindle all expect growth. \
                 The chief executive of Brindle, Quarro Vantel and Zentrix signed the pact.");
    assert!(has(&x, "Orvane Lumo", Predicate::WorksFor, "Zentrix"), "{:?}", all(&x));
    assert_eq!(role(&x, "Orvane Lumo", Predicate::WorksFor, "Zentrix").as_deref(), Some("head"));
    assert!(
        !x.entities.iter().any(|e| e.name == "Quarro Vantel" && e.class == newsgraph::extract::EntityClass::Person),
        "{:?}",
        x.entities
    );
}

#[test]
fn degrees_after_a_name_do_not_hide_the_title_after_them() {
    let x = run("\"This is great,\" said Tomas Reyn, Ph.D., vice president and general manager of the imaging \
                 business at Brindle Medical. Mara Okafor, MBA, CPA, chief financial officer of Zentrix Labs, \
                 agreed. Ilse Marchetti, PhD, is a professor.");
    assert!(has(&x, "Tomas Reyn", Predicate::WorksFor, "Brindle Medical"), "{:?}", all(&x));
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    // A name list or a place after the comma is no degree.
    let x = run("Tomas Reyn, Mara Okafor, chief executive of Zentrix Labs, and others came.");
    assert!(!has(&x, "Tomas Reyn", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
}

#[test]
fn a_region_before_a_title_at_a_company_is_the_titles_field() {
    let x = run("Ilse Marchetti, Iberia country manager at Zentrix Cloud, welcomed the partnership. Daniel \
                 Quenneville, Europe head of sales for Orvane Robotics, agreed. Mara Okafor, Asia vice president \
                 of Brindle Systems, spoke.");
    assert!(has(&x, "Ilse Marchetti", Predicate::WorksFor, "Zentrix Cloud"), "{:?}", all(&x));
    assert_eq!(
        role(&x, "Ilse Marchetti", Predicate::WorksFor, "Zentrix Cloud").as_deref(),
        Some("Iberia country manager")
    );
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    // A place's own title, or a regional title with no company after it, is no job at a company.
    let x = run("Mara Okafor, Portugal's vice president, met Zentrix Cloud officials. Tomas Reyn, Kenya country \
                 manager, said sales at Orvane Robotics grew.");
    assert!(!has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Cloud"), "{:?}", all(&x));
    assert!(!has(&x, "Tomas Reyn", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
}

#[test]
fn board_ties_in_second_appositions_lists_with_asides_and_after_the_subject() {
    // A second apposition after the first title's company.
    let x = run("One of them is Petra Lind, managing partner at Quellby Fund, a board member at Zentrix Labs and \
                 one of its first investors.");
    assert!(has(&x, "Petra Lind", Predicate::WorksFor, "Quellby Fund"), "{:?}", all(&x));
    assert!(has(&x, "Petra Lind", Predicate::AffiliatedWith, "Zentrix Labs"), "{:?}", all(&x));
    let x = run("Mara Okafor, chief executive of Orvane Robotics, a former director of Kestrel Bank, spoke.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Kestrel Bank"), "{:?}", all(&x));
    // People listed with asides of their own before joining a board.
    let x = run("Ilse Marchetti, chairperson of Brindle Foundation, and Karl Mennen, chairman of Zentrix Infocomm, \
                 recently joined the Orvane Media board.");
    assert!(has(&x, "Ilse Marchetti", Predicate::AffiliatedWith, "Orvane Media"), "{:?}", all(&x));
    assert!(has(&x, "Karl Mennen", Predicate::AffiliatedWith, "Orvane Media"), "{:?}", all(&x));
    // Board members named after the organisation that opens the sentence.
    let x = run("Brindle Motor announced the appointment in a news conference by board members Tomas Reyn and \
                 Petra Lind.");
    assert!(has(&x, "Tomas Reyn", Predicate::AffiliatedWith, "Brindle Motor"), "{:?}", all(&x));
    assert!(has(&x, "Petra Lind", Predicate::AffiliatedWith, "Brindle Motor"), "{:?}", all(&x));
    // Near misses: the second apposition describes the company; a board met; another company's board.
    let x = run("Petra Lind, chief executive of Quellby Fund, a partner of Zentrix Labs, spoke. Ilse Marchetti, \
                 the chief executive of Brindle Foundation, and Karl Mennen met the Orvane Media board. Kestrel \
                 Motor thanked Zentrix Labs board members Tomas Reyn and Ana Ruiz.");
    assert!(!has(&x, "Petra Lind", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Ilse Marchetti", Predicate::AffiliatedWith, "Orvane Media"), "{:?}", all(&x));
    assert!(!has(&x, "Tomas Reyn", Predicate::AffiliatedWith, "Kestrel Motor"), "{:?}", all(&x));
    assert!(has(&x, "Tomas Reyn", Predicate::AffiliatedWith, "Zentrix Labs"), "{:?}", all(&x));
}

#[test]
fn a_bare_founder_title_before_a_name_is_the_topics_founder() {
    let x = run(&format!(
        "{TOPIC}Over the years, the platform has found traction, according to cofounder Julien Marrow. Founder \
         Ana Ruiz said more."
    ));
    assert!(has(&x, "Julien Marrow", Predicate::Founded, "Brindle Systems"), "{:?}", all(&x));
    let x = run("Zentrix Labs makes drones. Zentrix Labs raised money. Its co-founder Mara Okafor left last year.");
    assert!(has(&x, "Mara Okafor", Predicate::Founded, "Zentrix Labs"), "{:?}", all(&x));
    // A founder of something the text names, or of no company at all, is not the topic's.
    let x = run(&format!("{TOPIC}Mara Okafor, a founder of the movement, spoke. Orvane founder Tomas Reyn came too."));
    assert!(!has(&x, "Mara Okafor", Predicate::Founded, "Brindle Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Tomas Reyn", Predicate::Founded, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn a_second_title_joined_by_and_in_an_apposition_is_held_at_its_own_company() {
    // "X, T1 of A and T2 of B": each title at its own company.
    let x = run("Robert Vail, executive director of Manara Holdings and CEO of Dalton Mining, said the deal was good.");
    assert!(has(&x, "Robert Vail", Predicate::WorksFor, "Manara Holdings"), "{:?}", all(&x));
    assert!(has(&x, "Robert Vail", Predicate::WorksFor, "Dalton Mining"), "{:?}", all(&x));
    assert_eq!(role(&x, "Robert Vail", Predicate::WorksFor, "Dalton Mining").as_deref(), Some("CEO"));
    // With "the" and stacked titles; a founder's title too.
    let x = run("Lars Dahl, head of sales at Orvane Robotics and the founder and CEO of Kestrel Cloud, is leaving.");
    assert!(has(&x, "Lars Dahl", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Lars Dahl", Predicate::Founded, "Kestrel Cloud"), "{:?}", all(&x));
    assert!(has(&x, "Lars Dahl", Predicate::WorksFor, "Kestrel Cloud"), "{:?}", all(&x));
    // After a possessive title, ", and a new board member at B".
    let x = run("Alain Marsh, Blisce Capital's founder and CEO, and a new board member at Evrok Systems, spoke.");
    assert!(has(&x, "Alain Marsh", Predicate::WorksFor, "Blisce Capital"), "{:?}", all(&x));
    assert!(has(&x, "Alain Marsh", Predicate::AffiliatedWith, "Evrok Systems"), "{:?}", all(&x));
    // "at A and chairman of B": a board title after "and" is a board tie.
    let x = run("Mara Okafor, partner at Quellby Fund and chairman of Tessaro Foods, said prices rose.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Quellby Fund"), "{:?}", all(&x));
    assert!(has(&x, "Mara Okafor", Predicate::AffiliatedWith, "Tessaro Foods"), "{:?}", all(&x));
    // Near misses: "and" going on with the sentence, or joining a person, names no second title.
    let x = run("Petra Lind, chief executive of Quellby Fund and its largest shareholder, met Zentrix Labs. Tomas \
                 Reyn, CEO of Brindle Foods and president Ana Ruiz of Orvane Robotics met.");
    assert!(!has(&x, "Petra Lind", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Tomas Reyn", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
    let x = run("Ilse Marchetti, chief executive of Brindle Foods and the head of its bakery unit, said the chairman \
                 of Zentrix Labs agreed.");
    assert!(!has(&x, "Ilse Marchetti", Predicate::AffiliatedWith, "Zentrix Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Ilse Marchetti", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
}

#[test]
fn a_person_named_right_after_a_companys_possessive_is_one_of_its_people() {
    let x =
        run("Kestrel Capital and Zentrix Labs backed the round. Orvane partner Gordon Ritter and Kestrel Capital's \
                 Shawn Abbott will take board seats.");
    assert!(has(&x, "Shawn Abbott", Predicate::WorksFor, "Kestrel Capital"), "{:?}", all(&x));
    let x = run("Brindle Systems named chipmaker Zentrix Labs' Americo Lemos as its chief executive on Monday.");
    assert!(has(&x, "Americo Lemos", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    // A list after the possessive: each person.
    let x = run("Zentrix Labs' Mara Okafor and Tomas Reyn met investors in Lyon.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    // Near misses: a place's person, a person's company, a company's company.
    let x = run("France's Mara Okafor met Tomas Reyn's Brindle Systems and Zentrix Labs' Orvane Robotics unit.");
    assert!(!has(&x, "Mara Okafor", Predicate::WorksFor, "France"), "{:?}", all(&x));
    assert!(!has(&x, "Tomas Reyn", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(!all(&x).iter().any(|r| r.contains("worksFor") && r.contains("Orvane")), "{:?}", all(&x));
    // A title after the possessive keeps its own reading.
    let x = run("Zentrix Labs' chief executive Mara Okafor spoke.");
    assert_eq!(role(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs").as_deref(), Some("chief executive"));
}

#[test]
fn a_person_at_a_companys_meeting_or_headquarters_is_no_employee_there() {
    // A caption or a visit: "X at the Acme AGM", "at Acme headquarters".
    let x = run("Kestrel Mining opened a mine. Dominic Bart at the Kestrel Mining AGM in Brisbane.");
    assert!(!has(&x, "Dominic Bart", Predicate::WorksFor, "Kestrel Mining"), "{:?}", all(&x));
    let x =
        run("The minister met the Orvane Nigeria delegation, led by chairman Ernest Nduk and Karl Toro, at Zentrix \
                 Group headquarters in Fairland.");
    assert!(!has(&x, "Karl Toro", Predicate::WorksFor, "Zentrix Group"), "{:?}", all(&x));
    let x = run("Brindle Systems held a summit. Mara Okafor at the Brindle Systems conference in Lyon.");
    assert!(!has(&x, "Mara Okafor", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    let x = run("Tomas Reyn at the Zentrix Labs annual meeting in May.");
    assert!(!has(&x, "Tomas Reyn", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    // Still a job: "X at Acme" closed, or followed by a title's unit.
    let x = run("\"We are growing,\" said Tomas Reyn at Zentrix Labs. Mara Okafor, an engineer at Brindle Systems, \
                 agreed.");
    assert!(has(&x, "Tomas Reyn", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn the_companys_title_goes_to_the_headline_subject_when_two_firms_are_named_as_often() {
    // Brindle and its target are each named three times; the headline's subject is the buyer.
    let body = "Drugmaker Brindle today bought rival Zentrix Therapeutics for $1 billion. The deal for Zentrix will \
                widen Brindle's pipeline.\n\nThe takeover is a clear signal that the company's new chief executive \
                Mara Quinlan wants growth.";
    let x = run(&format!("Brindle buys rival Zentrix for $1 billion\n\n{body}"));
    assert!(has(&x, "Mara Quinlan", Predicate::WorksFor, "Brindle"), "{:?}", all(&x));
    assert!(!has(&x, "Mara Quinlan", Predicate::WorksFor, "Zentrix Therapeutics"), "{:?}", all(&x));
    // The same body under a headline about the target: the title is the target's.
    let x = run(&format!("Zentrix agrees to sale to Brindle\n\n{body}"));
    assert!(has(&x, "Mara Quinlan", Predicate::WorksFor, "Zentrix Therapeutics"), "{:?}", all(&x));
    assert!(!has(&x, "Mara Quinlan", Predicate::WorksFor, "Brindle"), "{:?}", all(&x));
}

#[test]
fn a_sentence_opened_by_a_kind_noun_and_a_name_has_that_name_for_subject() {
    // "Drugmaker Brindle …", "Software group Brindle …" open the sentence; the next one's "the company's" is Brindle's.
    for opener in ["Drugmaker Brindle", "Software group Brindle"] {
        let x = run(&format!(
            "{opener} today bought rival Zentrix Therapeutics for $1 billion. The takeover is a clear signal \
             that the company's new chief executive Mara Quinlan wants growth."
        ));
        assert!(has(&x, "Mara Quinlan", Predicate::WorksFor, "Brindle"), "{opener}: {:?}", all(&x));
    }
    // A kind noun deeper in the sentence names no subject: "Shares of drugmaker Brindle" are the subject.
    let x = run("Shares of drugmaker Brindle rose after a deal with Zentrix Therapeutics. The takeover is a clear \
                 signal that the company's new chief executive Mara Quinlan wants growth.");
    assert!(!has(&x, "Mara Quinlan", Predicate::WorksFor, "Brindle"), "{:?}", all(&x));
}

#[test]
fn he_or_she_in_a_job_sentence_follows_the_honorific_the_article_gives() {
    // "Andrea" is mostly a woman's given name in the census lists; "Mr" says this Andrea is a man.
    let x = run("Mr Andrea Conti spoke first. Ms Maria Hale chairs the Kestrel board. He was previously chief \
                 executive of Zentrix Labs.");
    assert!(has(&x, "Andrea Conti", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Maria Hale", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    // With no honorific the given name decides: "she" is Maria Hale, the last woman named.
    let x = run("Andrea Conti spoke first. Maria Hale chairs the Kestrel board. She was previously chief executive \
                 of Zentrix Labs.");
    assert!(has(&x, "Maria Hale", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
}

#[test]
fn people_and_their_respective_titles_pair_in_order() {
    let x = run("Tom Hale and Rita Vance, the respective chief executives of Kestor Group and Pellam Energy, met on \
                 Monday.");
    assert!(has(&x, "Tom Hale", Predicate::WorksFor, "Kestor Group"), "{:?}", all(&x));
    assert!(has(&x, "Rita Vance", Predicate::WorksFor, "Pellam Energy"), "{:?}", all(&x));
    assert!(!has(&x, "Tom Hale", Predicate::WorksFor, "Pellam Energy"), "{:?}", all(&x));
    assert!(!has(&x, "Rita Vance", Predicate::WorksFor, "Kestor Group"), "{:?}", all(&x));
    assert_eq!(role(&x, "Rita Vance", Predicate::WorksFor, "Pellam Energy").as_deref(), Some("chief executive"));
    // Three people and two companies: the pairing is unknown, so no one is placed.
    let x = run("Tom Hale, Ann Ruiz and Rita Vance, the respective chief executives of Kestor Group and Pellam \
                 Energy, met on Monday.");
    assert!(!all(&x).iter().any(|r| r.contains("worksFor")), "{:?}", all(&x));
}

#[test]
fn a_title_of_a_company_before_a_name_after_said_is_that_persons() {
    let x = run("\"We are pleased,\" said Chairman of Orvane Holdings Tomas Brindle.");
    assert!(has(&x, "Tomas Brindle", Predicate::AffiliatedWith, "Orvane Holdings"), "{:?}", all(&x));
    let x = run("\"The plan works,\" said the chief executive of Kestrel Systems, Lena Harrow.");
    assert!(has(&x, "Lena Harrow", Predicate::WorksFor, "Kestrel Systems"), "{:?}", all(&x));
    let x = run("\"Demand is strong,\" says CEO of Dunmore Logistics Petra Quill, adding that prices rose.");
    assert!(has(&x, "Petra Quill", Predicate::WorksFor, "Dunmore Logistics"), "{:?}", all(&x));
    // Near miss: the company said it; the title has no "of".
    let x = run("Orvane Holdings said chairman Tomas Brindle would visit Kestrel Systems.");
    assert!(!has(&x, "Tomas Brindle", Predicate::AffiliatedWith, "Kestrel Systems"), "{:?}", all(&x));
}

#[test]
fn a_chair_of_a_companys_named_board_is_a_seat_at_the_company() {
    let x = run("Lena Harrow, chairman of the supervisory board of Kestrel Systems, praised the result.");
    assert!(has(&x, "Lena Harrow", Predicate::AffiliatedWith, "Kestrel Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Lena Harrow", Predicate::WorksFor, "Kestrel Systems"), "{:?}", all(&x));
    let x = run("Tomas Brindle, chief financial officer of Orvane Holdings and chairman of the board of Orvane \
                 Mexico, said the unit would grow.");
    assert!(has(&x, "Tomas Brindle", Predicate::WorksFor, "Orvane Holdings"), "{:?}", all(&x));
    assert!(has(&x, "Tomas Brindle", Predicate::AffiliatedWith, "Orvane Mexico"), "{:?}", all(&x));
    let x = run("Petra Quill is chair of the board of directors of Dunmore Logistics.");
    assert!(has(&x, "Petra Quill", Predicate::AffiliatedWith, "Dunmore Logistics"), "{:?}", all(&x));
    let x = run("Ivo Tarrant, deputy chairman of the management board of Halvard Bank, left.");
    assert!(has(&x, "Ivo Tarrant", Predicate::AffiliatedWith, "Halvard Bank"), "{:?}", all(&x));
    let x = run("Mira Lotte, the executive chairman of the board, said Brindle Foods would grow.");
    assert!(!has(&x, "Mira Lotte", Predicate::WorksFor, "Brindle Foods"), "{:?}", all(&x));
}

#[test]
fn a_title_right_before_a_company_in_an_apposition_is_held_there() {
    let x = run("Brindle Systems grew. Kestrel Bank S.A. grew. Kestrel Bank S.A. hired. Lena Harrow, CEO Kestrel \
                 Bank S.A. (photo), said it was a good year.");
    assert!(has(&x, "Lena Harrow", Predicate::WorksFor, "Kestrel Bank S.A"), "{:?}", all(&x));
    // Near miss: the company opens a clause of its own.
    let x = run("Ivo Tarrant, the CEO Orvane Holdings hired last year, resigned.");
    assert!(!has(&x, "Ivo Tarrant", Predicate::WorksFor, "Orvane Holdings"), "{:?}", all(&x));
}

#[test]
fn founders_listed_with_their_former_employers_are_founders() {
    let x = run("Orvane's founders include Ruth Anvil, formerly of Brindle Labs, and ex-Quill engineers Dov Kessel \
                 and Mira Lotte.");
    for p in ["Ruth Anvil", "Dov Kessel", "Mira Lotte"] {
        assert!(has(&x, p, Predicate::Founded, "Orvane"), "{p} {:?}", all(&x));
    }
    assert!(has(&x, "Ruth Anvil", Predicate::WorksFor, "Brindle Labs"), "{:?}", all(&x));
    assert!(has(&x, "Dov Kessel", Predicate::WorksFor, "Quill"), "{:?}", all(&x));
    assert!(!has(&x, "Dov Kessel", Predicate::WorksFor, "Orvane"), "{:?}", all(&x));
    let x = run("Kestrel Systems' founders are former Halvard Bank analysts Sela Moor and Cato Fenwick.");
    assert!(has(&x, "Sela Moor", Predicate::Founded, "Kestrel Systems"), "{:?}", all(&x));
    assert!(has(&x, "Cato Fenwick", Predicate::Founded, "Kestrel Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Cato Fenwick", Predicate::Founded, "Halvard Bank"), "{:?}", all(&x));
}

#[test]
fn formerly_of_a_company_after_a_name_is_a_past_job_there() {
    let x = run("The startup hired Ruth Anvil, formerly of Brindle Labs, as its chief scientist.");
    assert!(has(&x, "Ruth Anvil", Predicate::WorksFor, "Brindle Labs"), "{:?}", all(&x));
    let x = run("Lena Harrow, previously at Halvard Bank, joined the board.");
    assert!(has(&x, "Lena Harrow", Predicate::WorksFor, "Halvard Bank"), "{:?}", all(&x));
    let x = run("Mira Lotte, formerly with Quellby Partners, now runs a fund.");
    assert!(has(&x, "Mira Lotte", Predicate::WorksFor, "Quellby Partners"), "{:?}", all(&x));
    // Near misses: a former name of a company; a place.
    let x = run("Orvane Robotics, formerly of Kestrel Group, moved.");
    assert!(all(&x).iter().all(|r| !r.contains("worksFor")), "{:?}", all(&x));
    let x = run("Sela Moor, formerly of Lyon, joined Brindle Labs.");
    assert!(!has(&x, "Sela Moor", Predicate::WorksFor, "Lyon"), "{:?}", all(&x));
}

#[test]
fn a_company_whose_name_opens_with_the_is_the_employer_after_of_or_at() {
    let x = run("Among the new chief executives were Lena Harrow of Pellow Foods, Tomas Brindle of Varnish Group \
                 and Petra Quill of The Copper Company.");
    assert!(has(&x, "Lena Harrow", Predicate::WorksFor, "Pellow Foods"), "{:?}", all(&x));
    assert!(has(&x, "Petra Quill", Predicate::WorksFor, "The Copper Company"), "{:?}", all(&x));
    let x = run("Ivo Tarrant, chief executive of The Marble Group, said sales rose.");
    assert!(has(&x, "Ivo Tarrant", Predicate::WorksFor, "The Marble Group"), "{:?}", all(&x));
}

#[test]
fn a_bare_chair_title_is_a_seat_at_the_articles_company() {
    // A chair's title with no company named, in lower case or opening its
    // sentence, is the article's company's seat; a former officer's title
    // its past job.
    let x = run(&format!(
        "{TOPIC}Chairman Tomas Wren is stepping down next month and will be replaced by former CEO Ada Mirel. \
         Executive chairman Paolo Brandt said the board agreed. \"We are ready,\" said chairperson Lena Brook. \
         The plan was backed by non-executive chair Ruth Adeyemi."
    ));
    assert!(has(&x, "Tomas Wren", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Tomas Wren", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert_eq!(role(&x, "Ada Mirel", Predicate::WorksFor, "Brindle Systems").as_deref(), Some("former CEO"));
    assert!(has(&x, "Paolo Brandt", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Lena Brook", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Ruth Adeyemi", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
    // "its chairman X": the seat is at the company "its" stands for.
    let x = run("The loan will help Orvane Holdings meet the goal set by its chairman Rajan Osei.");
    assert!(has(&x, "Rajan Osei", Predicate::AffiliatedWith, "Orvane Holdings"), "{:?}", all(&x));
    // Near misses: a chair owned by a place or an unknown name, a title
    // after a copula, a chair's title capitalised inside a sentence.
    let x = run(&format!(
        "{TOPIC}Portugal's chairman Mara Okafor visited the plant. Qorvanta chairman Daniel Quenneville came \
         too. They met Chairman Jonas Pike."
    ));
    assert!(!has(&x, "Mara Okafor", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Daniel Quenneville", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Jonas Pike", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn a_field_word_between_an_owner_and_a_title_keeps_the_owner() {
    let x = run("Kestrel Times energy columnist Piet Osgood wrote that the deal was late. Brindle Weekly contributor \
                 Lena Aho agreed. Halden Bank senior oil analyst Ravi Mehta was unsure, and Tarnby Post markets \
                 editor Dana Rusk said the price was high. Quellby Bank's chief economist Ana Lisk disagreed.");
    assert_eq!(role(&x, "Piet Osgood", Predicate::WorksFor, "Kestrel Times").as_deref(), Some("energy columnist"));
    assert!(has(&x, "Lena Aho", Predicate::WorksFor, "Brindle Weekly"), "{:?}", all(&x));
    assert!(has(&x, "Ravi Mehta", Predicate::WorksFor, "Halden Bank"), "{:?}", all(&x));
    assert!(has(&x, "Dana Rusk", Predicate::WorksFor, "Tarnby Post"), "{:?}", all(&x));
    assert_eq!(role(&x, "Ana Lisk", Predicate::WorksFor, "Quellby Bank").as_deref(), Some("chief economist"));
    // Near misses: a place before the field words owns no title; a word
    // before a title other than a writer's is no field after a name.
    let x = run("Brindle Systems hired Lyon energy columnist Mara Okafor.");
    assert!(all(&x).iter().all(|r| !r.contains("Lyon")), "{:?}", all(&x));
    let x = run("Orvane Robotics beat analyst Daniel Quenneville's forecast.");
    assert!(!has(&x, "Daniel Quenneville", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
}

#[test]
fn posts_held_at_a_company_are_past_jobs_there() {
    let x = run("Orvane Holdings hired Mara Vessi from Quillon Mining Ltd. She has also held leadership roles at \
                 Tarnby Steel Ltd. Dana Rusk held senior positions with Halden Bank, and Ravi Mehta has held \
                 several executive posts at Kestrel Foods Inc.");
    assert!(has(&x, "Mara Vessi", Predicate::WorksFor, "Tarnby Steel Ltd"), "{:?}", all(&x));
    assert!(has(&x, "Dana Rusk", Predicate::WorksFor, "Halden Bank"), "{:?}", all(&x));
    assert!(has(&x, "Ravi Mehta", Predicate::WorksFor, "Kestrel Foods Inc"), "{:?}", all(&x));
    // Near misses: holding talks or a stake is no post.
    let x = run("Dana Rusk held talks with Halden Bank. Ravi Mehta holds a stake at Kestrel Foods Inc.");
    assert!(!has(&x, "Dana Rusk", Predicate::WorksFor, "Halden Bank"), "{:?}", all(&x));
    assert!(!has(&x, "Ravi Mehta", Predicate::WorksFor, "Kestrel Foods Inc"), "{:?}", all(&x));
}

#[test]
fn a_title_of_a_companys_named_unit_is_held_at_the_unit() {
    let x = run("Ana Lisk, chief executive of Orvane Group's EV distributor unit Zentrix Mobility Ltd, said sales \
                 rose. Ravi Mehta, head of Halden Bank's retail arm Quellby Finance, agreed.");
    assert!(has(&x, "Ana Lisk", Predicate::WorksFor, "Zentrix Mobility Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Ana Lisk", Predicate::WorksFor, "Orvane Group"), "{:?}", all(&x));
    assert!(has(&x, "Ravi Mehta", Predicate::WorksFor, "Quellby Finance"), "{:?}", all(&x));
    // Near miss: the unit is not named; the title is the parent's.
    let x = run("Ana Lisk, chief executive of Orvane Group's cloud unit, said sales rose.");
    assert!(has(&x, "Ana Lisk", Predicate::WorksFor, "Orvane Group"), "{:?}", all(&x));
}

#[test]
fn a_capitalised_officers_title_inside_a_sentence_is_the_articles_company() {
    let x = run(&format!(
        "{TOPIC}The firm is making big deals again, as Chief Executive Mara Okafor agreed to pay $2 billion. \
         The deal was praised by Chief Financial Officer Daniel Quenneville."
    ));
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    // Near misses: a head of state's title; an owner named before the title.
    let x = run(&format!(
        "{TOPIC}The plant was opened by President Ilse Marchetti. Later Qorvanta Chief Executive Tomas Wren came."
    ));
    assert!(!has(&x, "Ilse Marchetti", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Tomas Wren", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn an_adjective_before_the_owner_of_an_appositive_title_is_passed() {
    let x = run("Tom Ruiz, the veteran Quellby Capital analyst, said prices rose. Ana Lisk, the influential Tarnby \
                 Partners media analyst, agreed.");
    assert!(has(&x, "Tom Ruiz", Predicate::WorksFor, "Quellby Capital"), "{:?}", all(&x));
    assert!(has(&x, "Ana Lisk", Predicate::WorksFor, "Tarnby Partners"), "{:?}", all(&x));
    // Near miss: a company named after the adjective but no title after it.
    let x = run("Tom Ruiz, the new Quellby Capital fund, said prices rose.");
    assert!(!has(&x, "Tom Ruiz", Predicate::WorksFor, "Quellby Capital"), "{:?}", all(&x));
}

#[test]
fn a_chair_taken_with_no_company_named_is_a_seat_at_the_articles_company() {
    let x = run(&format!(
        "{TOPIC}Ruth Adeyemi will take over as chief executive while Jonas Pike will become chairman. \
         Lena Brook, the chairwoman, said the board agreed."
    ));
    assert!(has(&x, "Ruth Adeyemi", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Jonas Pike", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Jonas Pike", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Lena Brook", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
    // Near miss: the chair of a named body.
    let x = run(&format!("{TOPIC}Jonas Pike will become chairman of Quellby Trust."));
    assert!(!has(&x, "Jonas Pike", Predicate::AffiliatedWith, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn two_owned_titles_joined_by_and_before_a_name_are_both_the_persons() {
    let x =
        run("The talk was with Orvane Labs board member and former Kestrel Agency leader Tomas Wren at a meeting. \
                 Quellby Bank chairman and Halden Foods chief executive Ana Lisk agreed.");
    assert!(has(&x, "Tomas Wren", Predicate::AffiliatedWith, "Orvane Labs"), "{:?}", all(&x));
    assert!(has(&x, "Tomas Wren", Predicate::WorksFor, "Kestrel Agency"), "{:?}", all(&x));
    assert!(has(&x, "Ana Lisk", Predicate::AffiliatedWith, "Quellby Bank"), "{:?}", all(&x));
    assert!(has(&x, "Ana Lisk", Predicate::WorksFor, "Halden Foods"), "{:?}", all(&x));
    // Near miss: a company joined by "and" with no title of its own.
    let x = run("Talks between Orvane Labs and Kestrel Agency chief Tomas Wren stalled.");
    assert!(!has(&x, "Tomas Wren", Predicate::AffiliatedWith, "Orvane Labs"), "{:?}", all(&x));
}

#[test]
fn a_person_pronoun_past_an_adverb_of_time_still_works_for_the_cues_object() {
    let opening = "Kestrel Airlines named Jan Roe as chief executive on Monday. ";
    for (sentence, org) in [
        ("She previously worked for Orvane Airlines.", "Orvane Airlines"),
        ("She previously worked for the defunct carrier Orvane Airlines and Brindle Bank.", "Orvane Airlines"),
        ("She previously worked for the defunct carrier Orvane Airlines and Brindle Bank.", "Brindle Bank"),
        ("She formerly worked at Talmo Foods in senior roles.", "Talmo Foods"),
        ("She later joined Quellby Bank as a director.", "Quellby Bank"),
        ("She had previously worked for Halden Foods.", "Halden Foods"),
    ] {
        let x = run(&format!("{opening}{sentence}"));
        assert!(has(&x, "Jan Roe", Predicate::WorksFor, org), "{sentence}: {:?}", all(&x));
    }
    // Near misses: a negation, and a verb whose object is no employer.
    let x = run(&format!("{opening}She never worked for Orvane Airlines."));
    assert!(!has(&x, "Jan Roe", Predicate::WorksFor, "Orvane Airlines"), "{:?}", all(&x));
    let x = run(&format!("{opening}She previously praised Orvane Airlines."));
    assert!(!has(&x, "Jan Roe", Predicate::WorksFor, "Orvane Airlines"), "{:?}", all(&x));
}

#[test]
fn a_title_of_a_department_before_a_name_does_not_swallow_the_name() {
    for (sentence, person, org) in [
        ("Orvane Airlines’ Director of Purchasing Jan Roe was also considered.", "Jan Roe", "Orvane Airlines"),
        ("Orvane Airlines’ director of purchasing Jan Roe was also considered.", "Jan Roe", "Orvane Airlines"),
        ("Brindle Bank Head of Global Sales Kim Bax spoke first.", "Kim Bax", "Brindle Bank"),
        ("The rivals included Talmo Foods’ head of sales Lee Fenn.", "Lee Fenn", "Talmo Foods"),
        ("Analysts cited Quellby Bank's Director of Risk Ana Lisk on Friday.", "Ana Lisk", "Quellby Bank"),
        ("The chain grew, Halden Foods’ Head of Retail Tomas Wren said.", "Tomas Wren", "Halden Foods"),
    ] {
        let x = run(sentence);
        assert!(has(&x, person, Predicate::WorksFor, org), "{sentence}: {:?}", all(&x));
    }
    // Near misses: no owner before the title, and a list of companies.
    let x = run("Director of Purchasing Jan Roe said Orvane Airlines grew.");
    assert!(!has(&x, "Jan Roe", Predicate::WorksFor, "Orvane Airlines"), "{:?}", all(&x));
    let x = run("Talks between Orvane Airlines and Brindle Bank stalled, Director of Finance Jan Roe said.");
    assert!(!has(&x, "Jan Roe", Predicate::WorksFor, "Orvane Airlines"), "{:?}", all(&x));
}

#[test]
fn a_second_post_after_and_later_is_held_at_its_own_company() {
    for (sentence, person, org) in [
        (
            "Mara Okafor was chief financial officer of Orvane Airlines and later chief executive of Brindle Bank.",
            "Mara Okafor",
            "Brindle Bank",
        ),
        (
            "Tomas Wren, head of sales at Talmo Foods and then chief executive of Quellby Bank, spoke.",
            "Tomas Wren",
            "Quellby Bank",
        ),
        (
            "Ana Lisk, who became finance chief of Halden Foods and later chief executive of Kestrel Airlines, \
          retired.",
            "Ana Lisk",
            "Kestrel Airlines",
        ),
        (
            "Ana Lisk, who became finance chief of Halden Foods and later chief executive of Kestrel Airlines, \
          retired.",
            "Ana Lisk",
            "Halden Foods",
        ),
        (
            "Lee Fenn was chief financial officer of Orvane Airlines and now, as chief executive of Talmo Foods, \
          leads its turnaround.",
            "Lee Fenn",
            "Talmo Foods",
        ),
        (
            "Kim Bax, chief executive of Brindle Bank and also a director of Quellby Bank, agreed.",
            "Kim Bax",
            "Brindle Bank",
        ),
    ] {
        let x = run(sentence);
        assert!(has(&x, person, Predicate::WorksFor, org), "{sentence}: {:?}", all(&x));
    }
    // A chair taken first is a seat, and so is one taken later.
    let x =
        run("Ana Lisk, who left to become chairman of Halden Foods and later chief executive of Kestrel Airlines, \
                 retired.");
    assert!(has(&x, "Ana Lisk", Predicate::AffiliatedWith, "Halden Foods"), "{:?}", all(&x));
    let x = run("Mara Okafor was chief executive of Orvane Airlines and later chairman of Brindle Bank.");
    assert!(has(&x, "Mara Okafor", Predicate::AffiliatedWith, "Brindle Bank"), "{:?}", all(&x));
    // Near miss: what follows "and later" is no post.
    let x = run("Mara Okafor was chief executive of Orvane Airlines and later sued Brindle Bank.");
    assert!(!has(&x, "Mara Okafor", Predicate::WorksFor, "Brindle Bank"), "{:?}", all(&x));
}

#[test]
fn the_people_a_founder_started_the_company_with_founded_it_too() {
    for sentence in [
        "Mark Lund, 43, co-founded Dunmark Inc in 2005 with fellow Swedish entrepreneurs Peter Varr and Anna Solm \
         with the aim of taking on banks.",
        "Mark Lund co-founded Dunmark Inc with Peter Varr and Anna Solm.",
        "Mark Lund founded Dunmark Inc in 2005 with Peter Varr and Anna Solm.",
    ] {
        let x = run(sentence);
        for p in ["Mark Lund", "Peter Varr", "Anna Solm"] {
            assert!(has(&x, p, Predicate::Founded, "Dunmark Inc"), "{sentence}: {p} {:?}", all(&x));
        }
    }
    // Backing, or a company after "with", founds nothing.
    let x = run("Mark Lund co-founded Dunmark Inc with backing from Talvik Corp.");
    assert!(!has(&x, "Talvik Corp", Predicate::Founded, "Dunmark Inc"), "{:?}", all(&x));
    let x = run("Mark Lund founded Dunmark Inc in 2005 with help from his mentor Peter Varr.");
    assert!(!has(&x, "Peter Varr", Predicate::Founded, "Dunmark Inc"), "{:?}", all(&x));
}

#[test]
fn the_directors_a_new_board_member_joins_sit_on_that_board() {
    let board = "Halvard Bank named a new chair. Halvard Bank shares rose. Halvard Bank expects growth. ";
    for sentence in [
        "The bank said Tova Rinn had been appointed to the board on Monday, joining independent directors \
         Piet Orla, Lise Danner and Omar Vesk.",
        "Tova Rinn was appointed to the board of Halvard Bank, joining non-executive directors Piet Orla, \
         Lise Danner and Omar Vesk.",
        "Tova Rinn joins the board on Monday, joining fellow directors Piet Orla, Lise Danner and Omar Vesk.",
        "Tova Rinn will join the board in May, joining board members Piet Orla, Lise Danner and Omar Vesk.",
    ] {
        let x = run(&format!("{board}{sentence}"));
        for p in ["Piet Orla", "Lise Danner", "Omar Vesk"] {
            assert!(has(&x, p, Predicate::AffiliatedWith, "Halvard Bank"), "{sentence}: {p} {:?}", all(&x));
        }
    }
    // The executive directors listed next sit there too, each with their job.
    let x = run(&format!(
        "{board}The bank said Tova Rinn had been appointed to the board on Monday, joining independent directors \
         Piet Orla and Lise Danner, and executive directors including chief executive Omar Vesk and finance \
         chief Ines Marr."
    ));
    for p in ["Piet Orla", "Lise Danner", "Omar Vesk", "Ines Marr"] {
        assert!(has(&x, p, Predicate::AffiliatedWith, "Halvard Bank"), "{p} {:?}", all(&x));
    }
    // Near misses: people joined elsewhere, or named as no directors, sit on no board.
    let x =
        run(&format!("{board}Tova Rinn was appointed to the board on Monday, joining Piet Orla at the annual dinner."));
    assert!(!has(&x, "Piet Orla", Predicate::AffiliatedWith, "Halvard Bank"), "{:?}", all(&x));
    let x = run(&format!(
        "{board}Tova Rinn was appointed to the board on Monday, joining analysts Piet Orla and Lise Danner in \
         praising the plan."
    ));
    assert!(!has(&x, "Piet Orla", Predicate::AffiliatedWith, "Halvard Bank"), "{:?}", all(&x));
    assert!(!has(&x, "Lise Danner", Predicate::AffiliatedWith, "Halvard Bank"), "{:?}", all(&x));
}

#[test]
fn a_sentence_opening_with_a_former_title_speaks_of_the_person_just_named() {
    for (sentence, org) in [
        ("The former Quellby Labs chief technology officer closed a round last week.", "Quellby Labs"),
        ("The former boss of office furniture firm Halvard Works joined Orvane last year.", "Halvard Works"),
        ("The former chief executive of Kestrel Airlines will start in May.", "Kestrel Airlines"),
        ("The ex-Brindle Bank chief financial officer said the plan was sound.", "Brindle Bank"),
    ] {
        let x = run(&format!("Orvane hires a new chief. Orvane said on Monday it had hired Tova Rinn. {sentence}"));
        assert!(has(&x, "Tova Rinn", Predicate::WorksFor, org), "{sentence}: {:?}", all(&x));
    }
    // Near misses: a title with its own name, a title not former, or no title at all.
    let x = run("Orvane hires a new chief. Orvane said on Monday it had hired Tova Rinn. The former Quellby Labs \
                 chief technology officer Piet Orla closed a round.");
    assert!(!has(&x, "Tova Rinn", Predicate::WorksFor, "Quellby Labs"), "{:?}", all(&x));
    let x = run("Orvane hires a new chief. Orvane said on Monday it had hired Tova Rinn. The Quellby Labs chief \
                 technology officer closed a round.");
    assert!(!has(&x, "Tova Rinn", Predicate::WorksFor, "Quellby Labs"), "{:?}", all(&x));
    let x = run("Orvane hires a new chief. Orvane said on Monday it had hired Tova Rinn. The former Quellby Labs \
                 plant closed last year.");
    assert!(!has(&x, "Tova Rinn", Predicate::WorksFor, "Quellby Labs"), "{:?}", all(&x));
}

#[test]
fn a_successor_s_former_post_is_not_handed_to_the_one_who_went() {
    let bank = "Halvard Bank named a new chair. Halvard Bank shares rose. Halvard Bank expects growth. ";
    for sentence in [
        "Halvard Bank appointed Laura Penn, formerly head of lending at Brindle Finance, to succeed Daniel Quist.",
        "The chair will be replaced by Laura Penn, who was formerly the chief executive of Brindle Finance.",
        "Daniel Quist will be replaced by Laura Penn, previously chief executive of Brindle Finance.",
        "With Daniel Quist's exit, the chair will be replaced by Laura Penn, who was formerly the chief executive \
         of Brindle Finance.",
    ] {
        let x = run(&format!("{bank}{sentence}"));
        assert!(has(&x, "Laura Penn", Predicate::WorksFor, "Brindle Finance"), "{sentence}: {:?}", all(&x));
        assert!(!has(&x, "Daniel Quist", Predicate::WorksFor, "Brindle Finance"), "{sentence}: {:?}", all(&x));
    }
    // The successor's present post is the one handed on.
    for sentence in [
        "Daniel Quist will be replaced by Laura Penn, Halvard Bank's chief financial officer.",
        "Laura Penn, chief operating officer of Halvard Bank, will replace Daniel Quist.",
    ] {
        let x = run(&format!("{bank}{sentence}"));
        assert!(has(&x, "Daniel Quist", Predicate::WorksFor, "Halvard Bank"), "{sentence}: {:?}", all(&x));
    }
}

#[test]
fn a_bare_title_framed_by_at_or_where_is_held_at_that_company() {
    for sentence in [
        "At Brindle Bank, Laura Penn took over from long-time CEO Daniel Quist last year.",
        "At Brindle Bank, chief executive Daniel Quist said profits would rise.",
        "Backers include Brindle Bank, where Daniel Quist is chief executive.",
        "The fund invested alongside Brindle Bank, where chief executive Daniel Quist has cut costs.",
    ] {
        let x = run(&format!("{TOPIC}{sentence}"));
        assert!(has(&x, "Daniel Quist", Predicate::WorksFor, "Brindle Bank"), "{sentence}: {:?}", all(&x));
        assert!(!has(&x, "Daniel Quist", Predicate::WorksFor, "Brindle Systems"), "{sentence}: {:?}", all(&x));
    }
    // Near misses: "at" opening no company, a title whose owner is named,
    // and a place before "where" leave the title where it was.
    let x = run(&format!("{TOPIC}At the same time, chief executive Daniel Quist said profits would rise."));
    assert!(has(&x, "Daniel Quist", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    let x = run(&format!(
        "{TOPIC}Backers include Brindle Bank, where Brindle Systems chief executive Daniel Quist sits on the board."
    ));
    assert!(!has(&x, "Daniel Quist", Predicate::WorksFor, "Brindle Bank"), "{:?}", all(&x));
    let x = run(&format!("{TOPIC}Brindle Bank is in Lyon, where chief executive Daniel Quist has cut costs."));
    assert!(!has(&x, "Daniel Quist", Predicate::WorksFor, "Brindle Bank"), "{:?}", all(&x));
}

#[test]
fn the_one_who_takes_over_holds_the_post_the_one_who_went_held() {
    for (sentence, p) in [
        ("At Brindle Bank, Laura Penn took over from long-time CEO Daniel Quist last year.", Predicate::WorksFor),
        ("Laura Penn took over from Daniel Quist, the chief executive of Brindle Bank.", Predicate::WorksFor),
        (
            "Laura Penn will replace Daniel Quist, who has been chairman of Brindle Bank since 2011.",
            Predicate::AffiliatedWith,
        ),
    ] {
        let x = run(&format!("{TOPIC}{sentence}"));
        assert!(has(&x, "Laura Penn", p, "Brindle Bank"), "{sentence}: {:?}", all(&x));
    }
    // Near misses: a post only tipped, and a successor with a job of their
    // own, whose job the one who went never held.
    for sentence in [
        "Laura Penn is seen as a strong candidate to replace Daniel Quist, the chief executive of Brindle Bank.",
        "Laura Penn is expected to take over from Daniel Quist, the chief executive of Brindle Bank.",
    ] {
        let x = run(&format!("{TOPIC}{sentence}"));
        assert!(!has(&x, "Laura Penn", Predicate::WorksFor, "Brindle Bank"), "{sentence}: {:?}", all(&x));
    }
    let x = run(&format!(
        "{TOPIC}Laura Penn, a partner at Halden Capital, will replace Daniel Quist, the chief executive of Brindle Bank."
    ));
    assert!(!has(&x, "Daniel Quist", Predicate::WorksFor, "Halden Capital"), "{:?}", all(&x));
    assert!(!has(&x, "Laura Penn", Predicate::WorksFor, "Brindle Bank"), "{:?}", all(&x));
}

#[test]
fn a_post_whose_owner_was_not_read_is_not_the_topics() {
    let topic = "Orvane Systems opened a plant in Lyon. Orvane Systems hired 200 people. Orvane Systems expects \
                 more orders. Laura Penn is chief executive of Orvane Systems. ";
    for sentence in [
        "Daniel Quist, who will become chairman of Harold Vance & Sons, spoke on Monday.",
        "Laura Penn will replace Daniel Quist, who will be moving to London to become chairman of Harold Vance & Sons.",
    ] {
        let x = run(&format!("{topic}{sentence}"));
        assert!(!has(&x, "Daniel Quist", Predicate::AffiliatedWith, "Orvane Systems"), "{sentence}: {:?}", all(&x));
        assert!(!has(&x, "Daniel Quist", Predicate::WorksFor, "Orvane Systems"), "{sentence}: {:?}", all(&x));
    }
    // A bare title, or a clause with no title, still leaves the post where it was.
    let x = run(&format!("{topic}Daniel Quist, who became chairman last year, spoke on Monday."));
    assert!(has(&x, "Daniel Quist", Predicate::AffiliatedWith, "Orvane Systems"), "{:?}", all(&x));
    let x = run(&format!("{topic}Laura Penn will replace Daniel Quist, who retired."));
    assert!(has(&x, "Daniel Quist", Predicate::WorksFor, "Orvane Systems"), "{:?}", all(&x));
}

#[test]
fn a_verb_of_running_an_organisation_states_a_job() {
    for sentence in [
        "Laura Penn headed Brindle Bank between 2004 and 2009.",
        "Laura Penn previously ran Brindle Bank.",
        "Laura Penn, who led Brindle Bank for a decade, retired on Monday.",
        "Laura Penn runs Brindle Bank from an office in Lyon.",
        "Laura Penn heads Brindle Bank, the group's lending arm.",
        "Laura Penn took the helm at Brindle Bank in March.",
        "Laura Penn has been named to run Brindle Bank.",
    ] {
        let x = run(&format!("{TOPIC}{sentence}"));
        assert!(has(&x, "Laura Penn", Predicate::WorksFor, "Brindle Bank"), "{sentence}: {:?}", all(&x));
    }
    // Near misses: a round, a deal, talks or a campaign led, and a trip.
    for sentence in [
        "Laura Penn led the talks with Brindle Bank.",
        "Laura Penn ran a campaign against Brindle Bank.",
        "Laura Penn led a $2 billion deal for Brindle Bank.",
        "Laura Penn led Brindle Bank's bid for Orvane Systems.",
        "Laura Penn headed to Brindle Bank's offices in Lyon.",
        "Laura Penn led the $40 million round in Brindle Bank.",
    ] {
        let x = run(&format!("{TOPIC}{sentence}"));
        assert!(!has(&x, "Laura Penn", Predicate::WorksFor, "Brindle Bank"), "{sentence}: {:?}", all(&x));
    }
}

#[test]
fn staying_on_in_a_post_is_holding_it() {
    for (sentence, p) in [
        ("Laura Penn will continue as chief financial officer.", Predicate::WorksFor),
        ("Laura Penn will remain as chief executive until June.", Predicate::WorksFor),
        (
            "Laura Penn shall continue to serve as the president and chief executive officer of the group.",
            Predicate::WorksFor,
        ),
        ("Laura Penn will stay on as chief operating officer.", Predicate::WorksFor),
        ("Beyond next year, Laura Penn will continue as executive chairman.", Predicate::AffiliatedWith),
    ] {
        let x = run(&format!("{TOPIC}{sentence}"));
        assert!(has(&x, "Laura Penn", p, "Brindle Systems"), "{sentence}: {:?}", all(&x));
    }
    // Near misses: a post only tipped or hoped for, and one held at a company named.
    for sentence in [
        "Laura Penn is expected to serve as chief executive.",
        "Laura Penn would like to continue as a consultant.",
        "Laura Penn will continue as chief executive of Orvane Capital.",
    ] {
        let x = run(&format!("{TOPIC}{sentence}"));
        assert!(!has(&x, "Laura Penn", Predicate::WorksFor, "Brindle Systems"), "{sentence}: {:?}", all(&x));
    }
}

#[test]
fn a_comma_before_the_and_of_stacked_titles_keeps_them_one_list() {
    for sentence in [
        "\"We grew,\" said Laura Penn, President, and CEO of Orvane Capital.",
        "Laura Penn, chairman, and chief executive of Orvane Capital, said costs would fall.",
    ] {
        let x = run(&format!("{TOPIC}{sentence}"));
        assert!(has(&x, "Laura Penn", Predicate::WorksFor, "Orvane Capital"), "{sentence}: {:?}", all(&x));
    }
    // Near miss: a second person after ", and".
    let x = run(&format!("{TOPIC}Laura Penn, chairman, and Daniel Quist, CEO of Orvane Capital, spoke."));
    assert!(!has(&x, "Laura Penn", Predicate::WorksFor, "Orvane Capital"), "{:?}", all(&x));
}

#[test]
fn a_post_of_the_group_is_the_one_the_noun_stands_for() {
    for sentence in [
        "Mr. Daniel Quist will continue to serve as the President of the group.",
        "Daniel Quist, chief executive of the lender, said costs would fall.",
        "Daniel Quist was named chief operating officer of the bank in 2020.",
    ] {
        let x = run(&format!("Kestrel Bank said profits rose. {sentence}"));
        assert!(has(&x, "Daniel Quist", Predicate::WorksFor, "Kestrel Bank"), "{sentence}: {:?}", all(&x));
    }
    // Near misses: the noun owns what follows, or a name goes on from it.
    for sentence in [
        "Daniel Quist, chief executive of the bank's Orvane Capital unit, said costs would fall.",
        "Daniel Quist, chief executive of the group that owns Orvane Capital, said costs would fall.",
    ] {
        let x = run(&format!("Kestrel Bank said profits rose. {sentence}"));
        assert!(!has(&x, "Daniel Quist", Predicate::WorksFor, "Kestrel Bank"), "{sentence}: {:?}", all(&x));
    }
}

#[test]
fn a_post_given_to_he_or_she_is_that_persons() {
    for sentence in [
        "She was appointed chief financial officer of Orvane Capital in 2019.",
        "She was named chief executive of Orvane Capital last year.",
        "In March she was promoted to chief operating officer of Orvane Capital.",
        "She has been appointed as head of lending at Orvane Capital.",
        "She was elected chairman of Orvane Capital in May.",
    ] {
        let x = run(&format!("{TOPIC}Laura Penn spoke on Monday. {sentence}"));
        let p = if sentence.contains("chairman") { Predicate::AffiliatedWith } else { Predicate::WorksFor };
        assert!(has(&x, "Laura Penn", p, "Orvane Capital"), "{sentence}: {:?}", all(&x));
    }
    // Near misses: a prize, not a post; a company named for its deputy's title; and
    // no one named before the pronoun.
    for sentence in [
        "Laura Penn spoke on Monday. She was named one of the best leaders by Orvane Capital.",
        "Laura Penn spoke on Monday. She was named Orvane Capital CEO Daniel Quist's deputy.",
        "She was appointed chief executive of Orvane Capital in 2019.",
    ] {
        let x = run(&format!("{TOPIC}{sentence}"));
        assert!(!has(&x, "Laura Penn", Predicate::WorksFor, "Orvane Capital"), "{sentence}: {:?}", all(&x));
    }
}

#[test]
fn a_sentence_opening_as_a_post_names_its_holder_after_the_comma() {
    for sentence in [
        "As CEO of Orvane Capital, Laura Penn oversaw two mergers.",
        "Laura Penn is a veteran. As chief executive of Orvane Capital, she cut costs.",
        "As head of research at Orvane Capital, Laura Penn built the first model.",
    ] {
        let x = run(&format!("{TOPIC}{sentence}"));
        assert!(has(&x, "Laura Penn", Predicate::WorksFor, "Orvane Capital"), "{sentence}: {:?}", all(&x));
    }
    // Near misses: a post held by the company named after the comma, and a
    // comparison ("as well as").
    for sentence in [
        "As CEO of Orvane Capital, Kestrel Bank hired Laura Penn.",
        "As well as Orvane Capital, Laura Penn visited Lyon.",
    ] {
        let x = run(&format!("{TOPIC}{sentence}"));
        assert!(!has(&x, "Laura Penn", Predicate::WorksFor, "Orvane Capital"), "{sentence}: {:?}", all(&x));
    }
    // A past post so named is not the one a successor's predecessor held.
    let x = run("Kestrel Bank named Laura Penn chairman. As CEO of Orvane Capital, Penn led a merger. \
                 Penn replaces Daniel Quist.");
    assert!(!has(&x, "Daniel Quist", Predicate::WorksFor, "Orvane Capital"), "{:?}", all(&x));
}

#[test]
fn a_post_taken_by_its_noun_is_held_at_the_company_after_it() {
    for sentence in [
        "After that, Laura Penn will take on the CEO role at Orvane Capital.",
        "Laura Penn stepped into the post of chief executive at Orvane Capital in May.",
        "Laura Penn spoke on Monday. In June she assumed the position of chief financial officer of Orvane Capital.",
    ] {
        let x = run(&format!("{TOPIC}{sentence}"));
        assert!(has(&x, "Laura Penn", Predicate::WorksFor, "Orvane Capital"), "{sentence}: {:?}", all(&x));
    }
    // Near misses: a post declined, offered or only sought.
    for sentence in [
        "Laura Penn declined the CEO role at Orvane Capital.",
        "Laura Penn was offered the post of chief executive at Orvane Capital.",
        "Laura Penn is a contender for the role of chief executive at Orvane Capital.",
    ] {
        let x = run(&format!("{TOPIC}{sentence}"));
        assert!(!has(&x, "Laura Penn", Predicate::WorksFor, "Orvane Capital"), "{sentence}: {:?}", all(&x));
    }
}

#[test]
fn a_person_who_owns_a_company_is_affiliated_with_it() {
    for sentence in [
        "The round was joined by Tomas Veldt's Harrowgate Capital.",
        "Backers include shipping tycoon Tomas Veldt's Harrowgate Capital and two banks.",
        "The startup raised money from billionaire Harrowgate Capital-owner Tomas Veldt.",
        "The fund won support from Harrowgate Capital owner Tomas Veldt last week.",
        "The deal was led by Harrowgate Capital, the family office of Tomas Veldt.",
        "The round was led by Harrowgate Capital, the private investment arm of Lyon's richest man, Tomas Veldt.",
    ] {
        let x = run(sentence);
        assert!(has(&x, "Tomas Veldt", Predicate::AffiliatedWith, "Harrowgate Capital"), "{sentence}: {:?}", all(&x));
    }
    // Near misses: a company's possessive, a person who works there, an owner of
    // another company, and a unit of a company, not a person's.
    for sentence in [
        "Harrowgate Capital's Tomas Veldt said the round closed.",
        "Tomas Veldt, chief executive of Harrowgate Capital, said Tomas Veldt's Harrowgate Capital would grow.",
        "Harrowgate Capital, the investment arm of Kestrel Bank, hired Tomas Veldt.",
        "Harrowgate Capital bought a stake, said Tomas Veldt, an owner of Kestrel Bank.",
    ] {
        let x = run(sentence);
        assert!(!has(&x, "Tomas Veldt", Predicate::AffiliatedWith, "Harrowgate Capital"), "{sentence}: {:?}", all(&x));
    }
}

#[test]
fn a_persons_possessive_before_a_company_they_may_only_run_is_no_affiliation() {
    let x = run("Tomas Veldt's Harrowgate built a data centre in Lyon.");
    assert!(!has(&x, "Tomas Veldt", Predicate::AffiliatedWith, "Harrowgate"), "{:?}", all(&x));
}

#[test]
fn joining_after_a_word_of_time_and_work_in_a_relative_or_second_clause() {
    let x = run("Kestrel Motors announced the arrival of Ana Pryce, a Danish engineer, who had spent 15 years in \
                 senior roles at Orvane Robotics before joining Tessaro Capital in 2019. Ilse Marchetti has been a \
                 director of Corvant Bank since 2010, having joined Zentrix Labs in 1995. Henrik Solberg runs Helixor \
                 Labs. Earlier, he held senior posts in the shipping trade, and also worked at Quillon Bank and \
                 Halvern Energy. After joining Dravon Labs in 2012, Sara Holm built its cloud unit. Peter Vance has \
                 led sales since joining Talmo Foods.");
    for (person, org) in [
        ("Ana Pryce", "Orvane Robotics"),
        ("Ana Pryce", "Tessaro Capital"),
        ("Ilse Marchetti", "Zentrix Labs"),
        ("Henrik Solberg", "Quillon Bank"),
        ("Henrik Solberg", "Halvern Energy"),
        ("Sara Holm", "Dravon Labs"),
        ("Peter Vance", "Talmo Foods"),
    ] {
        assert!(has(&x, person, Predicate::WorksFor, org), "{person} {org}: {:?}", all(&x));
    }
    // Near misses: a board joined (a seat, no job), a company joining, forces
    // joined, a part of a company joined, and the relative clause of another
    // person than the one before it; time spent, with no post, in a
    // background clause (study or a visit, as often as work).
    let x = run("Kestrel Motors hired staff. Ana Pryce backed the plan before joining the board of Quillon Bank. \
                 Henrik Solberg praised the deal before Orvane Robotics joined the alliance. Before joining forces with \
                 Halvern Energy, Corvant Bank cut jobs, Sara Holm said. Peter Vance spoke after joining Zentrix \
                 Labs' advisory panel. Ilse Marchetti met Daniel Harper, who had spent years in senior roles at Tessaro \
                 Capital. Sara Holm, who spent two years at Quillon Bank, is a lawyer.");
    for (person, org) in [
        ("Ana Pryce", "Quillon Bank"),
        ("Henrik Solberg", "Orvane Robotics"),
        ("Sara Holm", "Halvern Energy"),
        ("Peter Vance", "Zentrix Labs"),
        ("Ilse Marchetti", "Tessaro Capital"),
        ("Sara Holm", "Quillon Bank"),
    ] {
        assert!(!has(&x, person, Predicate::WorksFor, org), "{person} {org}: {:?}", all(&x));
    }
    assert!(has(&x, "Daniel Harper", Predicate::WorksFor, "Tessaro Capital"), "{:?}", all(&x));
}

#[test]
fn a_company_appointing_one_person_to_replace_another() {
    // The company opening the sentence gives the post of the one who went
    // to the one it appointed: both work for it.
    for (text, came, went, org) in [
        (
            "Corvant Bank in March chose Lena Birkholt to replace Peter Denning in June.",
            "Lena Birkholt",
            "Peter Denning",
            "Corvant Bank",
        ),
        (
            "On Monday, Tessaro Capital surprised investors by reorganising its trading desk and appointing Mira \
             Castellan, formerly head of risk at the fund, to succeed Paul Ardent.",
            "Mira Castellan",
            "Paul Ardent",
            "Tessaro Capital",
        ),
        (
            "Halvern Energy has picked Tomas Reinholt to succeed Mark Sandberg.",
            "Tomas Reinholt",
            "Mark Sandberg",
            "Halvern Energy",
        ),
        (
            "Last week Quillon Foods selected Greta Olander to replace Jonas Ferrick.",
            "Greta Olander",
            "Jonas Ferrick",
            "Quillon Foods",
        ),
    ] {
        let x = run(text);
        assert!(has(&x, came, Predicate::WorksFor, org), "{came} {org}: {:?}", all(&x));
        assert!(has(&x, went, Predicate::WorksFor, org), "{went} {org}: {:?}", all(&x));
    }
    // Near misses: a person, not the company, appoints; a candidate, not
    // an appointment.
    let x = run("Kestrel Motors praised Yara Holmes, who chose Ian Pike to replace Rolf Berg.");
    assert!(!has(&x, "Ian Pike", Predicate::WorksFor, "Kestrel Motors"), "{:?}", all(&x));
    assert!(!has(&x, "Rolf Berg", Predicate::WorksFor, "Kestrel Motors"), "{:?}", all(&x));
    let x = run("Brindle Group analysts picked Ada Fenwick as the leading candidate to replace Bo Lindqvist.");
    assert!(!has(&x, "Bo Lindqvist", Predicate::WorksFor, "Brindle Group"), "{:?}", all(&x));
    assert!(!has(&x, "Ada Fenwick", Predicate::WorksFor, "Brindle Group"), "{:?}", all(&x));
}

#[test]
fn a_career_list_after_worked_for_names_past_employers() {
    let x = run("Halvern Energy has picked Sigrun Talvik as chief executive. Halvern Energy runs 40 plants. Halvern \
                 Energy employs 9,000 people. She has also worked for Kelvane, Ostrix Gas and Duramo, according to a \
                 statement. The company said she will work alongside the outgoing chief for a “period of transition” \
                 before taking over in May. Her deputy, Anders Brekke, works for Tessaro Grid. Brekke previously \
                 worked with Pell Varga and Orsk Tarn on a wind project. Talvik worked for a decade at a refinery.");
    for org in ["Kelvane", "Ostrix Gas", "Duramo"] {
        assert!(has(&x, "Sigrun Talvik", Predicate::WorksFor, org), "{org}: {:?}", all(&x));
    }
    assert!(has(&x, "Anders Brekke", Predicate::WorksFor, "Tessaro Grid"), "{:?}", all(&x));
    // Near misses: working with others is no job there; a list's member is
    // not the company that "the company said" means.
    assert!(!has(&x, "Anders Brekke", Predicate::WorksFor, "Pell Varga"), "{:?}", all(&x));
    assert!(!has(&x, "Anders Brekke", Predicate::WorksFor, "Orsk Tarn"), "{:?}", all(&x));
    let speakers: Vec<&str> = x.quotes.iter().map(|q| x.entities[q.speaker].name.as_str()).collect();
    assert_eq!(speakers, ["Halvern Energy"], "{:?}", all(&x));
}

#[test]
fn a_press_release_title_over_a_list_of_companies_is_held_at_each() {
    let x =
        run("“We will grow,” said Ines Varga, General Manager, Corvant Industries and Pellmark Holdings. “The plan \
                 is sound,” said Ada Kroll, President, Helvick Labs, and Tom Basso, Chair, Orvane Robotics. Lars Moen, \
                 Senior Partner, Norvik Law, Kestrel Fund and Tavira Trust, signed the deal.");
    assert!(has(&x, "Ines Varga", Predicate::WorksFor, "Corvant Industries"), "{:?}", all(&x));
    assert!(has(&x, "Ines Varga", Predicate::WorksFor, "Pellmark Holdings"), "{:?}", all(&x));
    assert!(has(&x, "Ada Kroll", Predicate::WorksFor, "Helvick Labs"), "{:?}", all(&x));
    for org in ["Norvik Law", "Kestrel Fund", "Tavira Trust"] {
        assert!(has(&x, "Lars Moen", Predicate::WorksFor, org), "{org}: {:?}", all(&x));
    }
    // Near misses: the next person's company is not the first one's.
    assert!(!has(&x, "Ada Kroll", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
    assert!(!has(&x, "Tom Basso", Predicate::WorksFor, "Helvick Labs"), "{:?}", all(&x));
}

#[test]
fn plural_partners_in_lower_case_before_names_are_the_firms() {
    let x = run(&format!(
        "{TOPIC}Torvik Capital partners Mara Lind and Oskar Brandt met the founders. The deal was struck by \
         Quellstone Ventures partners Ilse Marchetti and Tomas Ferreira. Halvik Bank partners with Orvane \
         Robotics, and its partners Kestrel Labs and Pellmark back the plan."
    ));
    assert!(has(&x, "Mara Lind", Predicate::WorksFor, "Torvik Capital"), "{:?}", all(&x));
    assert!(has(&x, "Oskar Brandt", Predicate::WorksFor, "Torvik Capital"), "{:?}", all(&x));
    assert!(has(&x, "Ilse Marchetti", Predicate::WorksFor, "Quellstone Ventures"), "{:?}", all(&x));
    assert!(has(&x, "Tomas Ferreira", Predicate::WorksFor, "Quellstone Ventures"), "{:?}", all(&x));
    // Near misses: partners that are companies, and "partners with", are no staff.
    assert!(has(&x, "Halvik Bank", Predicate::PartnersWith, "Orvane Robotics"), "{:?}", all(&x));
    assert!(all(&x).iter().all(|r| !r.contains("worksFor Halvik Bank")), "{:?}", all(&x));
}

#[test]
fn a_post_a_person_gives_is_at_the_company_the_sentence_names() {
    let x = run(&format!(
        "{TOPIC}The state is Corvant Energy Group's largest shareholder, and in April the prime minister Gianna \
         Rossetti installed Marco Feld as chief executive, taking the place of Luca Varo. At Norvik Rail Group, \
         transport minister Paula Brandt appointed longtime manager Ivo Marr as chief executive. Halvik Media \
         reported that finance minister Ada Pool named Ida Wren as chief executive."
    ));
    assert!(has(&x, "Marco Feld", Predicate::WorksFor, "Corvant Energy Group"), "{:?}", all(&x));
    assert!(has(&x, "Luca Varo", Predicate::WorksFor, "Corvant Energy Group"), "{:?}", all(&x));
    assert!(has(&x, "Ivo Marr", Predicate::WorksFor, "Norvik Rail Group"), "{:?}", all(&x));
    // Near misses: not the article's company, not the one who appoints,
    // not the outlet that reports it.
    assert!(!has(&x, "Marco Feld", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Luca Varo", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Ida Wren", Predicate::WorksFor, "Halvik Media"), "{:?}", all(&x));
    assert!(all(&x).iter().all(|r| !r.starts_with("Gianna Rossetti worksFor")), "{:?}", all(&x));
}

#[test]
fn a_supervisory_board_chair_is_a_seat_not_a_job() {
    let x = run("“We back the plan,” said Henrik Vollmer, Kestrel Werke co-founder and supervisory board chairman. \
                 Greta Olander, supervisory board member of Tavira Trust, agreed. Tavira Trust's supervisory board \
                 chair Jonas Ferrick stayed silent. Ola Brandt, Kestrel Werke's chief financial officer, spoke last.");
    assert!(has(&x, "Henrik Vollmer", Predicate::AffiliatedWith, "Kestrel Werke"), "{:?}", all(&x));
    assert!(has(&x, "Henrik Vollmer", Predicate::Founded, "Kestrel Werke"), "{:?}", all(&x));
    assert!(has(&x, "Greta Olander", Predicate::AffiliatedWith, "Tavira Trust"), "{:?}", all(&x));
    assert!(has(&x, "Jonas Ferrick", Predicate::AffiliatedWith, "Tavira Trust"), "{:?}", all(&x));
    // Near misses: a seat is no job; an officer's post still is.
    assert!(!has(&x, "Greta Olander", Predicate::WorksFor, "Tavira Trust"), "{:?}", all(&x));
    assert!(!has(&x, "Jonas Ferrick", Predicate::WorksFor, "Tavira Trust"), "{:?}", all(&x));
    assert!(has(&x, "Ola Brandt", Predicate::WorksFor, "Kestrel Werke"), "{:?}", all(&x));
}

#[test]
fn a_company_that_reports_a_past_job_is_not_the_employer() {
    let x =
        run("The plan was drawn up by Fay Dorn, a former engineer at Kestrel Motors, Halvik Media reported. Senna \
                 Vale, previously head of design at Orvane Robotics, Pellmark Holdings said, will join in May. Tom \
                 Basso, a partner at Norvik Law and Tavira Trust, declined to comment.");
    assert!(has(&x, "Fay Dorn", Predicate::WorksFor, "Kestrel Motors"), "{:?}", all(&x));
    assert!(has(&x, "Tom Basso", Predicate::WorksFor, "Norvik Law"), "{:?}", all(&x));
    assert!(has(&x, "Tom Basso", Predicate::WorksFor, "Tavira Trust"), "{:?}", all(&x));
    // Near misses: the outlet or the company that tells of the job.
    assert!(!has(&x, "Fay Dorn", Predicate::WorksFor, "Halvik Media"), "{:?}", all(&x));
    assert!(!has(&x, "Senna Vale", Predicate::WorksFor, "Pellmark Holdings"), "{:?}", all(&x));
}

#[test]
fn a_hire_in_a_relative_clause_is_the_companys() {
    let x = run(&format!(
        "{TOPIC}Vantor Systems, which hired Ola Ruud last year, said its phone is fast. Kelvo Labs, which \
         recently hired Palmora Bank's former vice president Ada Berg, said sales rose. Halvik Media, which \
         interviewed Ivo Lund, said the market is weak. Ida Wren, who hired Cal Moss, runs Tessaro Grid."
    ));
    assert!(has(&x, "Ola Ruud", Predicate::WorksFor, "Vantor Systems"), "{:?}", all(&x));
    assert!(has(&x, "Ada Berg", Predicate::WorksFor, "Kelvo Labs"), "{:?}", all(&x));
    assert!(has(&x, "Ada Berg", Predicate::WorksFor, "Palmora Bank"), "{:?}", all(&x));
    // Near misses: no verb of hiring; a person, not a company, hires.
    assert!(!has(&x, "Ivo Lund", Predicate::WorksFor, "Halvik Media"), "{:?}", all(&x));
    assert!(!has(&x, "Cal Moss", Predicate::WorksFor, "Tessaro Grid"), "{:?}", all(&x));
    assert!(!has(&x, "Ola Ruud", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn a_second_appointing_verb_shares_the_first_ones_company() {
    let x = run(&format!(
        "{TOPIC}Torvane Bank named Ada Roth as its co-CEO and appointed Ben Lyle as chief operating officer. \
         Kestrel Labs promoted Cara Voss to president and has named Dan Ortiz as chief financial officer. Mira \
         Holt joined Pellmark Holdings and was appointed chief executive."
    ));
    assert!(has(&x, "Ben Lyle", Predicate::WorksFor, "Torvane Bank"), "{:?}", all(&x));
    assert!(has(&x, "Dan Ortiz", Predicate::WorksFor, "Kestrel Labs"), "{:?}", all(&x));
    // Near misses: not the article's company.
    assert!(!has(&x, "Ben Lyle", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Dan Ortiz", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn a_second_post_after_a_held_titles_companies() {
    let x = run(&format!(
        "{TOPIC}Marta Quist was chief executive of Halvern Bank, and more recently, chief executive of Torvik \
         Capital. Oskar Lind has previously served as chief executive of Norway's largest lender, Fjellbank, and \
         the region's biggest ferry operator, Selvo Line. Ada Brun was head of sales at Kestrel Motors, and most \
         recently chief financial officer of Orvane Robotics. Tom Reyes was chief executive of Palmora Bank, and \
         Halvik Media said the deal would close. Ida Moss was finance chief of Kelvo Labs, and a spokesman for \
         Pellmark Holdings declined to comment."
    ));
    assert!(has(&x, "Marta Quist", Predicate::WorksFor, "Halvern Bank"), "{:?}", all(&x));
    assert!(has(&x, "Marta Quist", Predicate::WorksFor, "Torvik Capital"), "{:?}", all(&x));
    assert!(has(&x, "Oskar Lind", Predicate::WorksFor, "Fjellbank"), "{:?}", all(&x));
    assert!(has(&x, "Oskar Lind", Predicate::WorksFor, "Selvo Line"), "{:?}", all(&x));
    assert!(has(&x, "Ada Brun", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
    // Near misses: a new clause after "and"; a spokesman of another company.
    assert!(!has(&x, "Tom Reyes", Predicate::WorksFor, "Halvik Media"), "{:?}", all(&x));
    assert!(!has(&x, "Ida Moss", Predicate::WorksFor, "Pellmark Holdings"), "{:?}", all(&x));
}

#[test]
fn a_company_that_says_on_a_day_what_its_officer_does() {
    let x = run(&format!(
        "{TOPIC}Tavira Holdings said on Friday Chief Executive Otto Berg will step down. Morlan Group said on \
         Tuesday chief operating officer Erik Lund would retire. Kestrel Energy, the parent of the country's \
         largest pump maker Kestrel Pumps said on Monday finance chief Ines Varga will leave. Tessaro Grid said \
         Palmora Bank chief executive Nina Holm will join its board. Vantor Labs shares fell on \
         Friday as chief executive Ivo Stern quit."
    ));
    assert!(has(&x, "Otto Berg", Predicate::WorksFor, "Tavira Holdings"), "{:?}", all(&x));
    assert!(has(&x, "Erik Lund", Predicate::WorksFor, "Morlan Group"), "{:?}", all(&x));
    assert!(has(&x, "Ines Varga", Predicate::WorksFor, "Kestrel Energy"), "{:?}", all(&x));
    assert!(has(&x, "Nina Holm", Predicate::WorksFor, "Palmora Bank"), "{:?}", all(&x));
    // Near misses: the unit in the apposition; the company that tells of
    // another's officer; the day after a verb of no announcement.
    assert!(!has(&x, "Ines Varga", Predicate::WorksFor, "Kestrel Pumps"), "{:?}", all(&x));
    assert!(!has(&x, "Nina Holm", Predicate::WorksFor, "Tessaro Grid"), "{:?}", all(&x));
    assert!(!has(&x, "Otto Berg", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn a_school_joined_to_a_participle_of_schooling_is_studied_at() {
    let x = run(&format!(
        "{TOPIC}Karl Sand, a Halvern University-trained economist who was deputy minister, will run it. \
         Melvin Institute-educated lawyer Rita Moss joined the board. Vantor Systems was founded by Aidan Marsh, \
         Ivan Ruiz, and Nick Foster, all Tarvo University alumni. Lena Park and Omar Diaz, both former Kestrel \
         Motors engineers, left. Paula Stam, a Tessaro Grid-backed founder, spoke. Tom Reyes, a Palmora Bank \
         economist, and Ada Brun met Ivo Lund, all smiles."
    ));
    assert!(has(&x, "Karl Sand", Predicate::AffiliatedWith, "Halvern University"), "{:?}", all(&x));
    assert!(has(&x, "Rita Moss", Predicate::AffiliatedWith, "Melvin Institute"), "{:?}", all(&x));
    assert!(has(&x, "Aidan Marsh", Predicate::AffiliatedWith, "Tarvo University"), "{:?}", all(&x));
    assert!(has(&x, "Ivan Ruiz", Predicate::AffiliatedWith, "Tarvo University"), "{:?}", all(&x));
    assert!(has(&x, "Nick Foster", Predicate::AffiliatedWith, "Tarvo University"), "{:?}", all(&x));
    assert!(has(&x, "Lena Park", Predicate::WorksFor, "Kestrel Motors"), "{:?}", all(&x));
    assert!(has(&x, "Omar Diaz", Predicate::WorksFor, "Kestrel Motors"), "{:?}", all(&x));
    assert!(has(&x, "Tom Reyes", Predicate::WorksFor, "Palmora Bank"), "{:?}", all(&x));
    // Near misses: a school is no employer; a company's backing is no schooling.
    assert!(!has(&x, "Karl Sand", Predicate::WorksFor, "Halvern University"), "{:?}", all(&x));
    assert!(!has(&x, "Rita Moss", Predicate::WorksFor, "Melvin Institute"), "{:?}", all(&x));
    assert!(!has(&x, "Paula Stam", Predicate::AffiliatedWith, "Tessaro Grid"), "{:?}", all(&x));
    assert!(!has(&x, "Ivo Lund", Predicate::WorksFor, "Palmora Bank"), "{:?}", all(&x));
}

#[test]
fn a_described_companys_title_after_a_name() {
    let x = run(&format!(
        "{TOPIC}\"We will grow,\" said Karl Sand, the French group's deputy chief executive. Anna Vik, the \
         Dutch lender's head of retail, agreed. Lars Egg, the French group's rival, disagreed."
    ));
    assert!(has(&x, "Karl Sand", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    // Near miss: no title after the possessive.
    assert!(!has(&x, "Lars Egg", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn seats_on_the_boards_of_listed_companies() {
    let x = run(&format!(
        "{TOPIC}Ivo Lund serves on the boards of Kelvo Labs and Tessaro Grid. Ada Brun served on the board of \
         Halvern Bank."
    ));
    assert!(has(&x, "Ivo Lund", Predicate::AffiliatedWith, "Kelvo Labs"), "{:?}", all(&x));
    assert!(has(&x, "Ivo Lund", Predicate::AffiliatedWith, "Tessaro Grid"), "{:?}", all(&x));
    assert!(has(&x, "Ada Brun", Predicate::AffiliatedWith, "Halvern Bank"), "{:?}", all(&x));
    // Near miss: a seat is no job.
    assert!(!has(&x, "Ivo Lund", Predicate::WorksFor, "Tessaro Grid"), "{:?}", all(&x));
}

#[test]
fn taking_the_helm_or_the_reins_of_a_company() {
    let x = run(&format!(
        "{TOPIC}Gina Holt will take the helm at Palmora Bank in the wake of the loss. Kai Brandt will take the \
         reins of Torvane Retail on November 1. Halvern Bank said Ada Brun would take the reins of the plan."
    ));
    assert!(has(&x, "Gina Holt", Predicate::WorksFor, "Palmora Bank"), "{:?}", all(&x));
    assert!(has(&x, "Kai Brandt", Predicate::WorksFor, "Torvane Retail"), "{:?}", all(&x));
    // Near miss: the reins of no company.
    assert!(!has(&x, "Ada Brun", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
}
