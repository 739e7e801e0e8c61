//! Business relations as news states them: owners and their units, deals,
//! stakes, joint ventures and where companies are. Every sentence is invented.

use newsgraph::extract::Predicate;

use crate::facts::{all, has, run};

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

#[test]
fn buying_a_companys_unit_or_site_is_no_purchase_of_the_company_nor_its_ownership() {
    let x = run("Brindle Motors has acquired the local subsidiary of Zentrix Group for $1 billion. \
                 Orvane Systems will buy Halden Corp's chip business. \
                 Tessaro Labs has bought a former Quillmark Industries plant.");
    assert!(!has(&x, "Brindle Motors", Predicate::Acquired, "Zentrix Group"), "{:?}", all(&x));
    assert!(!has(&x, "Zentrix Group", Predicate::Owns, "Brindle Motors"), "{:?}", all(&x));
    assert!(!has(&x, "Orvane Systems", Predicate::Acquired, "Halden Corp"), "{:?}", all(&x));
    assert!(!has(&x, "Tessaro Labs", Predicate::Acquired, "Quillmark Industries"), "{:?}", all(&x));
}

#[test]
fn an_exchange_in_a_ticker_and_an_unnamed_owner_are_no_subjects() {
    let x = run("Quillmark Inc. (Nasdaq: QLMK) is close to buying Orvane Systems for $2 billion. \
                 Quillmark would be larger than the state-owned Halden Bank.");
    assert!(has(&x, "Quillmark Inc", Predicate::Acquired, "Orvane Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Nasdaq", Predicate::Acquired, "Orvane Systems"), "{:?}", all(&x));
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::Owns), "{:?}", all(&x));
}

#[test]
fn a_pronoun_right_before_the_cue_is_its_subject() {
    let x = run("Zentrix Labs raised $50 million in May. Zentrix Labs plans to hire. Zentrix Labs is based in Oslo. \
                 Kestrel Ventures, a unit of the Halden Fund, said it invested $1 billion last year in robotics.");
    assert!(has(&x, "Halden Fund", Predicate::Owns, "Kestrel Ventures"), "{:?}", all(&x));
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::InvestedIn), "{:?}", all(&x));
}

#[test]
fn where_a_parent_or_a_site_is_does_not_locate_the_company() {
    let x = run("Orvane Systems, whose parent is based in Oslo, makes sensors. \
                 Brindle cars are shipped from the Lyon plant. \
                 Tessaro Labs bought Quillmark Robotics. The deal is the biggest by a UK company this year. \
                 The US subsidiary of Tessaro Labs will run it.");
    assert!(!has(&x, "Orvane Systems", Predicate::LocatedIn, "Oslo"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle", Predicate::LocatedIn, "Lyon"), "{:?}", all(&x));
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::LocatedIn), "{:?}", all(&x));
}

#[test]
fn a_name_opening_a_clause_or_a_rivals_list_is_not_made_by_the_subject() {
    let x = run("Market data compiled by Brindle Analytics showed Vorta 3 is outselling its rivals. \
                 Quillmark said its models compare well with platforms like Corvo 2 and Nimbus 4.");
    assert!(!has(&x, "Brindle Analytics", Predicate::Developed, "Vorta 3"), "{:?}", all(&x));
    assert!(!has(&x, "Quillmark", Predicate::Developed, "Corvo 2"), "{:?}", all(&x));
    assert!(!has(&x, "Quillmark", Predicate::Developed, "Nimbus 4"), "{:?}", all(&x));
}

#[test]
fn the_two_companies_of_a_partnership_are_the_ones_the_sentence_names_before() {
    let x = run("Quillmark Inc and Orvane Systems said the agreement signed on Monday set out a long-term \
                 collaboration between the two groups. \
                 Halden Corp (Nasdaq: HLDN), Tessaro Labs, and Brindle Bank today announced that the three \
                 companies signed a framework agreement to set up a joint venture company. \
                 The sale by Kestrel Motors, partly owned by Zentrix Group, comes after the two companies \
                 announced that they would explore joint venture opportunities.");
    assert!(has(&x, "Quillmark Inc", Predicate::PartnersWith, "Orvane Systems"), "{:?}", all(&x));
    assert!(has(&x, "Halden Corp", Predicate::PartnersWith, "Tessaro Labs"), "{:?}", all(&x));
    assert!(has(&x, "Halden Corp", Predicate::PartnersWith, "Brindle Bank"), "{:?}", all(&x));
    assert!(has(&x, "Tessaro Labs", Predicate::PartnersWith, "Brindle Bank"), "{:?}", all(&x));
    assert!(!has(&x, "Nasdaq", Predicate::PartnersWith, "Tessaro Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Motors", Predicate::PartnersWith, "Zentrix Group"), "{:?}", all(&x));
}

#[test]
fn a_partnership_between_described_names_and_a_list_with_exchange_codes() {
    let x = run("The close collaboration between Norwegian carmaker Quillmark Motors and Germany's Orvane Group \
                 is important, the minister said. \
                 Halden Corp is building plants through its Brindle joint venture with Tessaro AG TSRG.DE and \
                 Kestrel SA KSTL.PA, while others might follow.");
    assert!(has(&x, "Quillmark Motors", Predicate::PartnersWith, "Orvane Group"), "{:?}", all(&x));
    assert!(has(&x, "Halden Corp", Predicate::PartnersWith, "Kestrel SA"), "{:?}", all(&x));
    assert!(has(&x, "Halden Corp", Predicate::PartnersWith, "Tessaro AG"), "{:?}", all(&x));
}

#[test]
fn companies_that_team_up_or_work_jointly_are_partners() {
    let x = run("Norway’s Quillmark, Sweden’s Orvane Team Up on Trucks\n\n\
                 Quillmark Systems and Orvane Group will build trucks in Oslo. \
                 Halden Motor Co is working jointly with Brindle Robotics to develop a delivery van.");
    assert!(has(&x, "Quillmark Systems", Predicate::PartnersWith, "Orvane Group"), "{:?}", all(&x));
    assert!(has(&x, "Halden Motor Co", Predicate::PartnersWith, "Brindle Robotics"), "{:?}", all(&x));
}

#[test]
fn the_it_after_a_speech_verb_is_the_subject_not_the_name_before() {
    let x = run("A sensor maker, Quillmark Inc., a rival to Orvane Corp., said on Tuesday it will open a \
                 research centre in partnership with Halden University in Oslo.");
    assert!(has(&x, "Quillmark Inc", Predicate::PartnersWith, "Halden University"), "{:?}", all(&x));
    assert!(!has(&x, "Orvane Corp", Predicate::PartnersWith, "Halden University"), "{:?}", all(&x));
}

#[test]
fn a_hyphened_backer_of_an_unnamed_firm_is_no_partner() {
    let x = run("Orvane-backed AI firm teams up with Brindle Cloud for a new data centre\n\n\
                 Orvane Capital invested in Quillmark Labs in 2023. Quillmark Labs builds models.");
    assert!(!has(&x, "Orvane Capital", Predicate::PartnersWith, "Brindle Cloud"), "{:?}", all(&x));
}

#[test]
fn a_product_in_the_style_of_another_is_not_the_other() {
    let x = run("Zentrix Corp plans to launch Vorta – style bot Quill in March\n\n\
                 Brindle Labs makes Vorta, a chatbot. Zentrix Corp said Quill, an AI model, would open to the public.");
    assert!(has(&x, "Zentrix Corp", Predicate::Developed, "Quill"), "{:?}", all(&x));
    assert!(!has(&x, "Zentrix Corp", Predicate::Developed, "Vorta"), "{:?}", all(&x));
}

#[test]
fn the_listener_of_told_is_not_what_its_stands_for() {
    let x = run("Zentrix Corp shows Quill 2\n\n\
                 \"Quill 2 is doing a sprint,\" Zentrix Corp told Reuters on Tuesday, noting that its Quill 3 may \
                 start testing earlier. Reuters is a news agency.");
    assert!(has(&x, "Zentrix Corp", Predicate::Developed, "Quill 3"), "{:?}", all(&x));
    assert!(!has(&x, "Reuters", Predicate::Developed, "Quill 3"), "{:?}", all(&x));
}

#[test]
fn a_list_of_dated_partners_goes_on_past_a_rival_noun() {
    let x = run("Quillmark Inc chose strategic partners such as Orvane Group in July 2017 and rival Brindle Corp \
                 in March 2018, its chief said. \
                 Halden Corp will keep a close relationship with Tessaro Labs for chips.");
    assert!(has(&x, "Quillmark Inc", Predicate::PartnersWith, "Orvane Group"), "{:?}", all(&x));
    assert!(has(&x, "Quillmark Inc", Predicate::PartnersWith, "Brindle Corp"), "{:?}", all(&x));
    assert!(!has(&x, "Orvane Group", Predicate::CompetesWith, "Brindle Corp"), "{:?}", all(&x));
    assert!(has(&x, "Halden Corp", Predicate::PartnersWith, "Tessaro Labs"), "{:?}", all(&x));
}

#[test]
fn a_dated_member_followed_by_a_clause_ends_the_list() {
    let x = run("Quillmark Inc invested in Orvane Group in 2016 and Brindle Corp led a round of Halden Labs.");
    assert!(has(&x, "Quillmark Inc", Predicate::InvestedIn, "Orvane Group"), "{:?}", all(&x));
    assert!(!has(&x, "Quillmark Inc", Predicate::InvestedIn, "Brindle Corp"), "{:?}", all(&x));
}

#[test]
fn the_maker_of_opening_a_sentence_is_the_company_before() {
    let x = run("Quillmark Motors has built a test track near Oslo. The maker of the Vorta sedan tends to be \
                 cautious about new technology.");
    assert!(has(&x, "Quillmark Motors", Predicate::Developed, "Vorta"), "{:?}", all(&x));
}

#[test]
fn a_company_that_may_overtake_another_competes_with_it() {
    let x = run("Quillmark Inc could surpass Orvane Electronics in operating profit this year. \
                 In 2020 Norway surpassed Sweden in sales of Quillmark Inc products.");
    assert!(has(&x, "Quillmark Inc", Predicate::CompetesWith, "Orvane Electronics"), "{:?}", all(&x));
    assert!(x.relations.iter().all(|r| x.entities[r.subject].name != "Norway"), "{:?}", all(&x));
}

#[test]
fn companies_that_work_closely_are_partners() {
    let x = run("Quillmark Inc unveiled a $1 billion investment in Orvane Group in June, in a deal that would see \
                 the two companies working more closely on connected cars. \
                 Halden Corp will work closely with Brindle Systems on batteries.");
    assert!(has(&x, "Quillmark Inc", Predicate::PartnersWith, "Orvane Group"), "{:?}", all(&x));
    assert!(has(&x, "Halden Corp", Predicate::PartnersWith, "Brindle Systems"), "{:?}", all(&x));
}
