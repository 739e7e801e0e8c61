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

#[test]
fn its_unit_or_the_companys_division_is_owned_by_the_company_it_stands_for() {
    let x = run("Marrowby Retail reported higher sales on Tuesday. Marrowby Retail said its Pellam Stores Inc. \
                 unit grew faster than its Texan subsidiary Dovecote Bank. The company's Sarnia Stores (SS) \
                 division also grew. Marrowby Retail runs delivery through its wholly owned subsidiary, \
                 Tillow Freight.");
    assert!(has(&x, "Marrowby Retail", Predicate::Owns, "Pellam Stores Inc"), "{:?}", all(&x));
    assert!(has(&x, "Marrowby Retail", Predicate::Owns, "Dovecote Bank"), "{:?}", all(&x));
    assert!(has(&x, "Marrowby Retail", Predicate::Owns, "Sarnia Stores"), "{:?}", all(&x));
    assert!(has(&x, "Marrowby Retail", Predicate::Owns, "Tillow Freight"), "{:?}", all(&x));
    // "its" after an unnamed company ("the Detroit carmaker and its") is not the name before it.
    let x = run("Quorra Motors is working with the Detroit carmaker and its self-driving division Vantro.");
    assert!(!has(&x, "Quorra Motors", Predicate::Owns, "Vantro"), "{:?}", all(&x));
}

#[test]
fn a_possessors_named_unit_after_its_noun_is_owned() {
    let x = run("Halvard Group's online subsidiary Pexley Direct will open a warehouse.");
    assert!(has(&x, "Halvard Group", Predicate::Owns, "Pexley Direct"), "{:?}", all(&x));
}

#[test]
fn the_parent_company_of_a_name_owns_it() {
    let x = run("Kestrel Holdings, the parent company of Kestrel Savings Bank, said profits rose. \
                 Ombria Corp., parent company of Lantern Insurance, said the same.");
    assert!(has(&x, "Kestrel Holdings", Predicate::Owns, "Kestrel Savings Bank"), "{:?}", all(&x));
    assert!(has(&x, "Ombria Corp", Predicate::Owns, "Lantern Insurance"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Savings Bank", Predicate::Owns, "Kestrel Holdings"), "{:?}", all(&x));
}

#[test]
fn a_sentence_opening_with_backed_by_names_the_backers_of_what_follows_the_comma() {
    let x = run("Tavrin Labs makes chips. Tavrin Labs hired staff. Tavrin Labs grew. \
                 Backed by prominent investors such as Lumo Capital, Orrin Partners, Westmark Teachers Pension Board, and Nalda Fund, \
                 the company has raised $90m to date. \
                 Funded by Pessa Ventures, Corlin Robotics builds arms. \
                 Backed by Lenn Capital and Ostby Fund, Garrow Robotics builds legs.");
    assert!(has(&x, "Ostby Fund", Predicate::InvestedIn, "Garrow Robotics"), "{:?}", all(&x));
    for investor in ["Lumo Capital", "Orrin Partners", "Nalda Fund"] {
        assert!(has(&x, investor, Predicate::InvestedIn, "Tavrin Labs"), "{investor}: {:?}", all(&x));
    }
    assert!(has(&x, "Pessa Ventures", Predicate::InvestedIn, "Corlin Robotics"), "{:?}", all(&x));
    assert!(!has(&x, "Pessa Ventures", Predicate::InvestedIn, "Tavrin Labs"), "{:?}", all(&x));
}

#[test]
fn backers_listed_after_participated_including_invested_in_the_raiser() {
    let x = run("Sorrel AI raised $200 million this month. Sorrel AI's list of investors is long. \
                 Global funds and notable figures participated, including Corvid Capital and Tamsin Ventures \
                 of the United States, Brannock Group, and Ada Pellworth of Quillmark.");
    for investor in ["Corvid Capital", "Tamsin Ventures", "Brannock Group", "Ada Pellworth"] {
        assert!(has(&x, investor, Predicate::InvestedIn, "Sorrel AI"), "{investor}: {:?}", all(&x));
    }
    // "of Quillmark" says where the backer is from; Quillmark invested nothing.
    assert!(!has(&x, "Quillmark", Predicate::InvestedIn, "Sorrel AI"), "{:?}", all(&x));
}

#[test]
fn a_stake_held_of_any_size_is_an_investment_not_ownership() {
    // A stake is an investment (the annotation conventions); a majority one held is
    // no parent's tie: news names a parent by other words ("a unit of", "X-owned").
    let x = run("Velmora Energy holds a 75% stake in Austrian chemical company Drussel Chemie. \
                 Kavlin Holdings holds a 60 per cent stake in Olwen Dairy Ltd. \
                 Harrow Capital holds a 20% stake in Brisk Logistics. \
                 The deal will see Brannock Partners reduce its controlling stake in Talvera Air to less than 70%. \
                 Quillon Group has raised its majority stake in Marsk Shipping to 80% from 65%.");
    for (s, o) in [
        ("Velmora Energy", "Drussel Chemie"),
        ("Kavlin Holdings", "Olwen Dairy Ltd"),
        ("Harrow Capital", "Brisk Logistics"),
        ("Brannock Partners", "Talvera Air"),
        ("Quillon Group", "Marsk Shipping"),
    ] {
        assert!(has(&x, s, Predicate::InvestedIn, o), "{s} {o}: {:?}", all(&x));
        assert!(!has(&x, s, Predicate::Owns, o), "{s} {o}: {:?}", all(&x));
        assert!(!has(&x, s, Predicate::Acquired, o), "{s} {o}: {:?}", all(&x));
    }
}

#[test]
fn whom_a_company_told_is_not_what_it_stands_for() {
    let x = run("Last week battery maker Fennick Power – whose customers include Orvane Motors – told Reuters \
                 it had raised $1 billion from investors including Larch Capital.");
    assert!(has(&x, "Larch Capital", Predicate::InvestedIn, "Fennick Power"), "{:?}", all(&x));
    assert!(!has(&x, "Larch Capital", Predicate::InvestedIn, "Reuters"), "{:?}", all(&x));
    assert!(!has(&x, "Larch Capital", Predicate::InvestedIn, "Orvane Motors"), "{:?}", all(&x));
}

#[test]
fn the_name_backed_firm_is_the_article_company_and_other_verbs_by_are_no_founders() {
    let x = run("Zelkova Systems builds data centres. Zelkova Systems hired staff. Zelkova Systems grew. \
                 Brenner Capital invests widely. The Brenner-backed firm founded in 2018 is chaired by Omar Feld, the chairman of sovereign \
                 wealth funds Tolland Fund and Marsh Capital.");
    assert!(has(&x, "Brenner Capital", Predicate::InvestedIn, "Zelkova Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Omar Feld", Predicate::Founded, "Brenner Capital"), "{:?}", all(&x));
    assert!(!has(&x, "Omar Feld", Predicate::Founded, "Zelkova Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Omar Feld", Predicate::InvestedIn, "Tolland Fund"), "{:?}", all(&x));
}

#[test]
fn a_second_stake_joined_by_and_is_held_by_the_first_stakes_holder() {
    let x =
        run("Merrow Holdings holds a 30 per cent stake in Dalvik Power and a 37.4 per cent stake in Tessel Gas Ltd.");
    assert!(has(&x, "Merrow Holdings", Predicate::InvestedIn, "Dalvik Power"), "{:?}", all(&x));
    assert!(has(&x, "Merrow Holdings", Predicate::InvestedIn, "Tessel Gas Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Dalvik Power", Predicate::InvestedIn, "Tessel Gas Ltd"), "{:?}", all(&x));
}

#[test]
fn an_announced_amount_invested_in_a_name_is_the_announcers_investment() {
    let x = run("Hollin Motors unveiled a US$1 billion investment in Pexa Holdings in June. \
                 Analysts said a $5 million investment in Corvid Labs by Tamsin Capital was small.");
    assert!(has(&x, "Hollin Motors", Predicate::InvestedIn, "Pexa Holdings"), "{:?}", all(&x));
    assert!(!has(&x, "Pexa Holdings", Predicate::InvestedIn, "Corvid Labs"), "{:?}", all(&x));
}

#[test]
fn a_company_owns_the_brands_it_lists_and_does_not_make_them() {
    let x = run("Brindle Holdings, whose brands include Crunchwell, Paxo and Sunnivale, reported higher sales. \
                 Tarrow Group owns brands such as Velvane and Orlisso. \
                 Hexaton Games Inc said its Starfall franchise sold ten million copies.");
    for (owner, brand) in [
        ("Brindle Holdings", "Crunchwell"),
        ("Brindle Holdings", "Paxo"),
        ("Brindle Holdings", "Sunnivale"),
        ("Tarrow Group", "Velvane"),
        ("Tarrow Group", "Orlisso"),
        ("Hexaton Games Inc", "Starfall"),
    ] {
        assert!(has(&x, owner, Predicate::Owns, brand), "{brand}: {:?}", all(&x));
        assert!(!has(&x, owner, Predicate::Developed, brand), "{brand}: {:?}", all(&x));
    }
}

#[test]
fn an_unnamed_company_owner_of_brands_is_the_article_company_when_not_named_in_the_sentence() {
    let x = run("Dunmore Motors sells cars. Dunmore Motors grew. Dunmore Motors hired. \
                 Corvid Cells will supply batteries to the Franco-Italian automaker, owner of brands including \
                 Varga, Pellon and Ostrava.");
    for brand in ["Varga", "Pellon", "Ostrava"] {
        assert!(has(&x, "Dunmore Motors", Predicate::Owns, brand), "{brand}: {:?}", all(&x));
        assert!(!has(&x, "Corvid Cells", Predicate::Owns, brand), "{brand}: {:?}", all(&x));
    }
    // The article's company named in the sentence is not the unnamed one.
    let x = run("Dunmore Motors sells cars. Dunmore Motors grew. Dunmore Motors hired. \
                 Dunmore Motors will supply batteries to the Franco-Italian automaker, owner of brands including \
                 Varga and Pellon.");
    assert!(!has(&x, "Dunmore Motors", Predicate::Owns, "Varga"), "{:?}", all(&x));
}

#[test]
fn agreeing_to_a_takeover_by_a_name_is_being_acquired_by_it() {
    let x = run(
        "Australian miner Tarrow Gold Ltd said on Monday it had agreed to a takeover by US rival Keldan Mining Corp.",
    );
    assert!(has(&x, "Keldan Mining Corp", Predicate::Acquired, "Tarrow Gold Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Tarrow Gold Ltd", Predicate::Acquired, "Keldan Mining Corp"), "{:?}", all(&x));
}

#[test]
fn two_owners_each_in_apposition_own_only_their_own_lists() {
    let x = run("Kenya's Halvard Group, owners of Halvard Kenya, and Orvane Africa, owners of Orvane Kenya, \
                 today said they will share towers.");
    assert!(has(&x, "Halvard Group", Predicate::Owns, "Halvard Kenya"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Africa", Predicate::Owns, "Orvane Kenya"), "{:?}", all(&x));
    assert!(!has(&x, "Halvard Group", Predicate::Owns, "Orvane Africa"), "{:?}", all(&x));
    assert!(!has(&x, "Halvard Kenya", Predicate::Owns, "Orvane Kenya"), "{:?}", all(&x));
}

#[test]
fn a_seat_clause_or_a_possessive_seat_locates_the_company() {
    let x = run("Zentrix Labs, Brindle Corp, Helixor Ltd and Quorra Inc make sensors. \
                 The minister praised Kenya, where Zentrix Labs is based. \
                 The mayor of Madrid, where Brindle Corp has its headquarters, spoke. \
                 Guests toured Helixor's new offices in Porto, Portugal. \
                 Quorra's Oslo headquarters opened in 2019. \
                 Tessaro Inc grew up in Lyon, its hometown.");
    assert!(has(&x, "Zentrix Labs", Predicate::LocatedIn, "Kenya"), "{:?}", all(&x));
    assert!(has(&x, "Brindle Corp", Predicate::LocatedIn, "Madrid"), "{:?}", all(&x));
    assert!(has(&x, "Helixor Ltd", Predicate::LocatedIn, "Porto"), "{:?}", all(&x));
    assert!(has(&x, "Helixor Ltd", Predicate::LocatedIn, "Portugal"), "{:?}", all(&x));
    assert!(has(&x, "Quorra Inc", Predicate::LocatedIn, "Oslo"), "{:?}", all(&x));
    assert!(has(&x, "Tessaro Inc", Predicate::LocatedIn, "Lyon"), "{:?}", all(&x));
}

#[test]
fn a_customer_base_a_rivals_seat_or_an_earlier_sentences_its_do_not_locate_the_company() {
    let x = run("Zentrix Labs and Brindle Corp make sensors. \
                 Zentrix Labs's customer base in Lyon grew. \
                 Analysts visited Oslo, where Brindle Corp's rival is based. \
                 Critics spoke of the unrest in Madrid, its hometown.");
    assert!(!has(&x, "Zentrix Labs", Predicate::LocatedIn, "Lyon"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Corp", Predicate::LocatedIn, "Oslo"), "{:?}", all(&x));
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::LocatedIn), "{:?}", all(&x));
}

#[test]
fn a_ranked_standing_or_one_with_an_acronym_locates_the_company() {
    let x = run("Speculation began when Halden Bank Inc, Canada's No. 3 bank, named a new chief. \
                 It signed with Orvane Technologies, one of Chile's leading enterprise IT solutions providers.");
    assert!(has(&x, "Halden Bank Inc", Predicate::LocatedIn, "Canada"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Technologies", Predicate::LocatedIn, "Chile"), "{:?}", all(&x));
}

#[test]
fn a_demonym_before_a_compound_plural_noun_locates_the_listed_companies() {
    let x = run("Major Thai telecoms companies Zentrix Mobile and Brindle Corp. plan to merge. \
                 Thailand's regulator must approve.");
    assert!(has(&x, "Zentrix Mobile", Predicate::LocatedIn, "Thailand"), "{:?}", all(&x));
    assert!(has(&x, "Brindle Corp", Predicate::LocatedIn, "Thailand"), "{:?}", all(&x));
}

#[test]
fn describing_words_before_a_based_place_or_an_adverb_before_the_copula_keep_the_apposition() {
    let x = run("Halden Corp will acquire Quorra Pharmaceutical, a privately-held Ohio-based company with two drugs. \
                 Tessaro Ltd named a new chief. It really is a great Australian company.");
    assert!(has(&x, "Quorra Pharmaceutical", Predicate::LocatedIn, "Ohio"), "{:?}", all(&x));
    assert!(!has(&x, "Halden Corp", Predicate::LocatedIn, "Ohio"), "{:?}", all(&x));
    assert!(has(&x, "Tessaro Ltd", Predicate::LocatedIn, "Australia"), "{:?}", all(&x));
}

#[test]
fn a_demonym_noun_and_a_name_after_a_comma_locate_the_name() {
    let x = run("Nigerian payment startup, Zentrix Pay, which recently became a unicorn, plans to expand. \
                 Orvane Group said its French subsidiary, Brindle SAS, had applied for a licence.");
    assert!(has(&x, "Zentrix Pay", Predicate::LocatedIn, "Nigeria"), "{:?}", all(&x));
    assert!(has(&x, "Brindle SAS", Predicate::LocatedIn, "France"), "{:?}", all(&x));
    assert!(!has(&x, "Orvane Group", Predicate::LocatedIn, "France"), "{:?}", all(&x));
}

#[test]
fn an_organisation_named_with_a_demonym_is_in_its_place_when_the_article_names_it() {
    let x = run("Chilean Tessaro Holdings will build a plant near Santiago, Chile. \
                 The European Quorra Council met in Brussels, Europe.");
    assert!(has(&x, "Chilean Tessaro Holdings", Predicate::LocatedIn, "Chile"), "{:?}", all(&x));
    assert!(!has(&x, "European Quorra Council", Predicate::LocatedIn, "Europe"), "{:?}", all(&x));
    let x = run("Peruvian Halden Holdings said it would invest abroad.");
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::LocatedIn), "{:?}", all(&x));
}

#[test]
fn participles_between_a_demonym_and_a_name_keep_the_name_in_the_place() {
    let x = run("The deal expands a data centre owned by the Peruvian state-owned Zentrix Group, \
                 which already uses the chips. Peru welcomed it.");
    assert!(has(&x, "Zentrix Group", Predicate::LocatedIn, "Peru"), "{:?}", all(&x));
}

#[test]
fn viet_nam_is_vietnam() {
    let x = run("Orvane Systems, a Vietnamese software firm, opened an office in Ha Noi, Viet Nam.");
    assert!(has(&x, "Orvane Systems", Predicate::LocatedIn, "Vietnam"), "{:?}", all(&x));
    assert!(x.entities.iter().any(|e| e.name == "Hanoi"), "{:?}", x.entities);
}

#[test]
fn a_long_list_of_backers_before_participated_all_invested() {
    let x = run("Zentrix Labs raised $80 million in a Series C round. \
                 Other venture firms such as Orvane Capital, Brindle Partners, Halden Ventures, Tessaro Capital, \
                 Quillmark Ventures, Kestrel Partners, Marlow Capital and Vantablue Ventures participated in the round.");
    for investor in ["Orvane Capital", "Brindle Partners", "Halden Ventures", "Marlow Capital", "Vantablue Ventures"] {
        assert!(has(&x, investor, Predicate::InvestedIn, "Zentrix Labs"), "{investor}: {:?}", all(&x));
    }
}

#[test]
fn a_list_member_with_a_legal_form_after_its_comma_keeps_the_list_going() {
    let x = run("Zentrix Labs raised $80 million in a Series C round. \
                 Investors such as Orvane Capital, Jiangbei Venture Management Co., Ltd., Halden Ventures, \
                 Tessaro Capital and Vantablue Ventures participated in the round.");
    for investor in ["Orvane Capital", "Jiangbei Venture Management Co., Ltd", "Halden Ventures"] {
        assert!(has(&x, investor, Predicate::InvestedIn, "Zentrix Labs"), "{investor}: {:?}", all(&x));
    }
}

#[test]
fn a_list_an_apposition_closes_is_the_subject_but_ties_no_pair() {
    let x = run("Lumio Pay, a Cairo-based payments startup, said it had raised a $15 million Series A round. \
                 Aster Fund and Norvik Bank, the Danish development lender, also participated in the investment. \
                 Pellucid and Corvane, two of Marrow's largest customers, are also competitors.");
    assert!(has(&x, "Aster Fund", Predicate::InvestedIn, "Lumio Pay"), "{:?}", all(&x));
    assert!(has(&x, "Norvik Bank", Predicate::InvestedIn, "Lumio Pay"), "{:?}", all(&x));
    assert!(!has(&x, "Pellucid", Predicate::CompetesWith, "Corvane"), "{:?}", all(&x));
    assert!(!has(&x, "Corvane", Predicate::CompetesWith, "Pellucid"), "{:?}", all(&x));
}

#[test]
fn a_list_far_from_a_cue_is_not_read_past_the_usual_reach() {
    let x = run("We now have 37 contracts – 20 with named customers including Orvane, Brindle Telecom, Halden \
                 and Tessaro Mobile – and more than half of them include wider elements that our competitors \
                 cannot match.");
    assert!(!has(&x, "Brindle Telecom", Predicate::CompetesWith, "Halden"), "{:?}", all(&x));
    assert!(!has(&x, "Halden", Predicate::CompetesWith, "Brindle Telecom"), "{:?}", all(&x));
}

#[test]
fn a_name_before_a_relational_noun_in_apposition_ties_like_a_possessor() {
    let x = run("Sea Corvid Ltd reported a profit. Orvane Systems and Tessaro Inc. also reported. \
                 Pellmark Holdings, a Sea Corvid backer, plans to convert its shares. \
                 Brindle Robotics, a longtime Orvane Systems partner, said on Monday it would hire. \
                 Quillmark Labs, a Tessaro Inc. rival, cut prices.");
    assert!(has(&x, "Pellmark Holdings", Predicate::InvestedIn, "Sea Corvid Ltd"), "{:?}", all(&x));
    assert!(has(&x, "Brindle Robotics", Predicate::PartnersWith, "Orvane Systems"), "{:?}", all(&x));
    assert!(has(&x, "Quillmark Labs", Predicate::CompetesWith, "Tessaro Inc"), "{:?}", all(&x));
}

#[test]
fn the_majority_of_a_stake_is_no_majority_stake() {
    let x = run("Marlow Bank said it will retain the substantial majority of its equity stake in Kestrel Pay.");
    assert!(has(&x, "Marlow Bank", Predicate::InvestedIn, "Kestrel Pay"), "{:?}", all(&x));
    assert!(!has(&x, "Marlow Bank", Predicate::Owns, "Kestrel Pay"), "{:?}", all(&x));
}

#[test]
fn two_parents_in_apposition_each_own_only_their_own_unit() {
    let x = run("Regulators questioned the plan announced by Norway's Halden Group, parent company of Zentrix \
                 Mobile, and Orvane Holding, the parent firm of Brindle Telecom. \
                 Quillmark Data, a business of Tessaro Technologies, opened a site.");
    assert!(has(&x, "Halden Group", Predicate::Owns, "Zentrix Mobile"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Holding", Predicate::Owns, "Brindle Telecom"), "{:?}", all(&x));
    assert!(has(&x, "Tessaro Technologies", Predicate::Owns, "Quillmark Data"), "{:?}", all(&x));
    for (s, o) in [
        ("Halden Group", "Orvane Holding"),
        ("Brindle Telecom", "Orvane Holding"),
        ("Zentrix Mobile", "Brindle Telecom"),
        ("Orvane Holding", "Zentrix Mobile"),
    ] {
        assert!(!has(&x, s, Predicate::Owns, o), "{s} owns {o}: {:?}", all(&x));
    }
}

#[test]
fn its_unit_after_a_demonym_is_owned_unless_the_name_is_cut_at_a_place() {
    let x = run("Orvane Bank, one of the region's largest lenders, said that its Mexican subsidiary, \
                 Orvane Mexico, had applied for the license.");
    assert!(has(&x, "Orvane Bank", Predicate::Owns, "Orvane Mexico"), "{:?}", all(&x));
}

#[test]
fn paying_an_amount_for_a_company_acquires_it_but_not_its_shares_or_units() {
    let x = run("They came to celebrate a day after Halden Corp agreed to pay $15.3 billion for Zentrix Vision, \
                 the maker of driving software. Tessaro Group paid $40 million for Brindle Robotics shares \
                 last year. Quillmark Inc paid $2 billion for Pellucid Labs' chip unit.");
    assert!(has(&x, "Halden Corp", Predicate::Acquired, "Zentrix Vision"), "{:?}", all(&x));
    assert!(!has(&x, "Tessaro Group", Predicate::Acquired, "Brindle Robotics"), "{:?}", all(&x));
    assert!(!has(&x, "Quillmark Inc", Predicate::Acquired, "Pellucid Labs"), "{:?}", all(&x));
}

#[test]
fn money_from_named_investors_is_their_investment_and_a_bought_stake_no_purchase() {
    let x = run("Zentrix Labs raised a new round this year. Zentrix Labs makes chips. Zentrix Labs is growing. \
                 The round closed with $800 million from investors Corvane Group and Pellucid Capital. \
                 Kestrel Corp bought a Marlow Holdings stake last year.");
    assert!(has(&x, "Corvane Group", Predicate::InvestedIn, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Pellucid Capital", Predicate::InvestedIn, "Zentrix Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Corp", Predicate::Acquired, "Marlow Holdings"), "{:?}", all(&x));
}

#[test]
fn an_agreement_to_buy_a_company_is_no_partnership() {
    let x =
        run("Norwegian utility Brenwick AS has signed an agreement to buy the Oslo-based solar developer Talvora Ltd.");
    assert!(!has(&x, "Brenwick AS", Predicate::PartnersWith, "Talvora Ltd"), "{:?}", all(&x));
}

#[test]
fn partnerships_with_others_do_not_tie_the_names_before_them() {
    let x = run("Brenwick Ltd and Talvora Inc merged last year. \
                 Brenwick and Talvora plan to stay open to partnerships with other companies. \
                 Brenwick and Talvora will keep serving other firms, including competitors.");
    assert!(!has(&x, "Brenwick Ltd", Predicate::PartnersWith, "Talvora Inc"), "{:?}", all(&x));
    assert!(!has(&x, "Brenwick Ltd", Predicate::CompetesWith, "Talvora Inc"), "{:?}", all(&x));
}

#[test]
fn names_listed_before_a_partnership_noun_are_partners() {
    let x = run("Brenwick Ltd and Talvora Inc sell mobile plans. \
                 The Brenwick and Talvora partnership with its new licence will start in May.");
    assert!(has(&x, "Brenwick Ltd", Predicate::PartnersWith, "Talvora Inc"), "{:?}", all(&x));
}

#[test]
fn a_venture_or_consortium_involving_names_ties_them() {
    let x = run("A packaging venture involving Brenwick Ltd and Talvora Inc won approval. \
                 A consortium of Quensly Corp, Halvex Inc and Orvane Systems bid for the licence.");
    assert!(has(&x, "Brenwick Ltd", Predicate::PartnersWith, "Talvora Inc"), "{:?}", all(&x));
    assert!(has(&x, "Quensly Corp", Predicate::PartnersWith, "Orvane Systems"), "{:?}", all(&x));
}

#[test]
fn a_round_being_led_or_money_committed_to_it_is_an_investment() {
    let x = run("Zentrix raises $40 million\n\nZentrix, a Lyon-based robotics startup, is raising a new round. \
                 Brindle Capital is leading the round with a $30 million investment, with Halvex Partners and \
                 Corvo Ventures committing another $10 million in convertible debt.");
    for investor in ["Brindle Capital", "Halvex Partners", "Corvo Ventures"] {
        assert!(has(&x, investor, Predicate::InvestedIn, "Zentrix"), "{investor}: {:?}", all(&x));
    }
}

#[test]
fn a_share_of_a_company_bought_or_owned_is_an_investment_or_by_its_size_ownership() {
    let x = run("Talvora Bank announced on Sunday the acquisition of an additional 20% of Merrow Bank to take \
                 its stake to 45%. Kestrel Group agreed to buy 12% of Dunmore Holdings for $300 million. \
                 Kestrel Group owns 30% of Sabre Robotics. Kestrel Group owns 60% of Corvin Holdings. \
                 Tarn Energy owns shares in Kivu Mining.");
    assert!(has(&x, "Talvora Bank", Predicate::InvestedIn, "Merrow Bank"), "{:?}", all(&x));
    assert!(!has(&x, "Talvora Bank", Predicate::Acquired, "Merrow Bank"), "{:?}", all(&x));
    assert!(has(&x, "Kestrel Group", Predicate::InvestedIn, "Dunmore Holdings"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Group", Predicate::Acquired, "Dunmore Holdings"), "{:?}", all(&x));
    assert!(has(&x, "Kestrel Group", Predicate::InvestedIn, "Sabre Robotics"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Group", Predicate::Owns, "Sabre Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Kestrel Group", Predicate::Owns, "Corvin Holdings"), "{:?}", all(&x));
    assert!(has(&x, "Tarn Energy", Predicate::InvestedIn, "Kivu Mining"), "{:?}", all(&x));
    assert!(!has(&x, "Tarn Energy", Predicate::Owns, "Kivu Mining"), "{:?}", all(&x));
}

#[test]
fn a_company_said_to_be_part_of_another_is_owned_by_it() {
    let x = run("Dravik Labs was formerly a part of the conglomerate Ostrava Group. \
                 Sabre Robotics, part of Halvex Group, makes arms. \
                 Nolvik Bank is part of a consortium led by Brindle Capital.");
    assert!(has(&x, "Ostrava Group", Predicate::Owns, "Dravik Labs"), "{:?}", all(&x));
    assert!(has(&x, "Halvex Group", Predicate::Owns, "Sabre Robotics"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Capital", Predicate::Owns, "Nolvik Bank"), "{:?}", all(&x));
}

#[test]
fn a_passive_cue_after_it_the_company_or_both_firms_ties_what_they_refer_to() {
    let x = run("Kelvar Networks reported results on Monday. The company was acquired by Ostrava Group in 2019.");
    assert!(has(&x, "Ostrava Group", Predicate::Acquired, "Kelvar Networks"), "{:?}", all(&x));
    let x = run("Dunmore Labs makes sensors. It was formerly a part of Halden Corp.");
    assert!(has(&x, "Halden Corp", Predicate::Owns, "Dunmore Labs"), "{:?}", all(&x));
    let x =
        run("Morrow Telecom forged its partnership with Sigma Pay in 2018. Both firms were backed by Quill Ventures.");
    assert!(has(&x, "Quill Ventures", Predicate::InvestedIn, "Morrow Telecom"), "{:?}", all(&x));
    assert!(has(&x, "Quill Ventures", Predicate::InvestedIn, "Sigma Pay"), "{:?}", all(&x));
}

#[test]
fn both_firms_after_a_sentence_naming_three_refers_to_none() {
    let x = run("Morrow Telecom, Sigma Pay and Lantern Bank met in Oslo. Both firms were backed by Quill Ventures.");
    assert!(!has(&x, "Quill Ventures", Predicate::InvestedIn, "Morrow Telecom"), "{:?}", all(&x));
    assert!(!has(&x, "Quill Ventures", Predicate::InvestedIn, "Lantern Bank"), "{:?}", all(&x));
}

#[test]
fn a_decimal_share_is_read_whole() {
    let x = run("Calder Bank announced on Sunday the acquisition of an additional 49.76% of Merrow Bank.");
    assert!(has(&x, "Calder Bank", Predicate::InvestedIn, "Merrow Bank"), "{:?}", all(&x));
    assert!(!has(&x, "Calder Bank", Predicate::Owns, "Merrow Bank"), "{:?}", all(&x));
    let x = run("Tamsin Capital bought a 62.5% stake in Orlan Foods Ltd.");
    assert!(has(&x, "Tamsin Capital", Predicate::Acquired, "Orlan Foods Ltd"), "{:?}", all(&x));
}

#[test]
fn a_passive_cue_after_and_and_another_agent_shares_the_first_cues_subject() {
    let x = run("Quorra Pay Inc, which is owned by Indonesian conglomerate Tessel Group and backed by \
                 ride-hailing firm Drivo Inc, is growing.");
    assert!(has(&x, "Tessel Group", Predicate::Owns, "Quorra Pay Inc"), "{:?}", all(&x));
    assert!(has(&x, "Drivo Inc", Predicate::InvestedIn, "Quorra Pay Inc"), "{:?}", all(&x));
    assert!(!has(&x, "Drivo Inc", Predicate::InvestedIn, "Tessel Group"), "{:?}", all(&x));
    let x = run("Zentrix Labs, founded by Mara Klein and backed by Orwin Capital, makes chips.");
    assert!(has(&x, "Orwin Capital", Predicate::InvestedIn, "Zentrix Labs"), "{:?}", all(&x));
}

#[test]
fn the_purchase_of_a_name_by_another_is_the_others_acquisition() {
    let x = run("The purchase of rival shipping line Norvik Inc by state-owned Tallis Corp was approved last year.");
    assert!(has(&x, "Tallis Corp", Predicate::Acquired, "Norvik Inc"), "{:?}", all(&x));
    let x = run("Halvern Group said the takeover of Pellucid Corp by Gorvan Media would close in May.");
    assert!(has(&x, "Gorvan Media", Predicate::Acquired, "Pellucid Corp"), "{:?}", all(&x));
    assert!(!has(&x, "Halvern Group", Predicate::Acquired, "Pellucid Corp"), "{:?}", all(&x));
    let x = run("The acquisition of Merrow Bank by 2026 is the plan of Calder Bank.");
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::Acquired), "{:?}", all(&x));
}

#[test]
fn a_company_snapping_up_another_acquires_it() {
    let x = run("Gorvan Media spent $71 billion to snap up Pellucid Corp a few years back.");
    assert!(has(&x, "Gorvan Media", Predicate::Acquired, "Pellucid Corp"), "{:?}", all(&x));
}

#[test]
fn new_entrants_of_a_round_invest_in_the_raiser() {
    let x = run("Brindle Inc raised $50 million in a Series B round. \
                 New entrants include Quillon Ventures and Marrow Capital.");
    assert!(has(&x, "Quillon Ventures", Predicate::InvestedIn, "Brindle Inc"), "{:?}", all(&x));
    assert!(has(&x, "Marrow Capital", Predicate::InvestedIn, "Brindle Inc"), "{:?}", all(&x));
}

#[test]
fn a_seat_owned_by_its_or_the_companys_locates_the_company() {
    let x = run("Tessaro Inc makes sensors. \
                 Analysts met the chief at the company's headquarters in Lyon, France. \
                 Orvane Labs said its new offices in Porto would open soon.");
    assert!(has(&x, "Tessaro Inc", Predicate::LocatedIn, "Lyon"), "{:?}", all(&x));
    assert!(has(&x, "Tessaro Inc", Predicate::LocatedIn, "France"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Labs", Predicate::LocatedIn, "Porto"), "{:?}", all(&x));
}

#[test]
fn a_town_and_its_country_between_commas_locate_the_company_before() {
    let x = run("Brindle Bakeries Ltd, Lyon, France, owns six plants. \
                 Helixor Foods supplies shops in Zentrix Stores, Lyon, Porto, and Oslo.");
    assert!(has(&x, "Brindle Bakeries Ltd", Predicate::LocatedIn, "Lyon"), "{:?}", all(&x));
    assert!(has(&x, "Brindle Bakeries Ltd", Predicate::LocatedIn, "France"), "{:?}", all(&x));
    assert!(!has(&x, "Zentrix Stores", Predicate::LocatedIn, "Lyon"), "{:?}", all(&x));
}

#[test]
fn a_place_opening_the_sentence_locates_the_company_bought_or_the_companies_merging() {
    let x = run("In Portugal, Tessaro Group acquired Brindle Bakeries, a maker of cookies. \
                 In Norway, however, Helixor Bank and Orvane Bank ended their merger talks. \
                 In France, Quorra Inc sells sensors.");
    assert!(has(&x, "Brindle Bakeries", Predicate::LocatedIn, "Portugal"), "{:?}", all(&x));
    assert!(!has(&x, "Tessaro Group", Predicate::LocatedIn, "Portugal"), "{:?}", all(&x));
    assert!(has(&x, "Helixor Bank", Predicate::LocatedIn, "Norway"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Bank", Predicate::LocatedIn, "Norway"), "{:?}", all(&x));
    assert!(!has(&x, "Quorra Inc", Predicate::LocatedIn, "France"), "{:?}", all(&x));
}

#[test]
fn a_superlative_standing_said_of_the_subject_or_after_a_dash_locates_the_company() {
    let x = run("Tessaro Insurance Ltd raised its forecast on Monday. \
                 Norway's top car insurer, whose largest market is Sweden, expects growth. \
                 Tessaro Insurance Ltd doubled its profit. \
                 Its market value makes it Europe's most valuable insurer. \
                 Analysts watch Helixor Motors – Portugal's electric car maker.");
    assert!(has(&x, "Tessaro Insurance Ltd", Predicate::LocatedIn, "Norway"), "{:?}", all(&x));
    assert!(has(&x, "Tessaro Insurance Ltd", Predicate::LocatedIn, "Europe"), "{:?}", all(&x));
    assert!(has(&x, "Helixor Motors", Predicate::LocatedIn, "Portugal"), "{:?}", all(&x));
}

#[test]
fn names_of_products_before_located_in_are_not_located() {
    let x = run("Tessaro Games owns studios. \
                 The unit includes the teams behind the Dravo Quest, Kelso Rising and Tarn Legends franchises located in Lyon and Porto.");
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::LocatedIn), "{:?}", all(&x));
}

#[test]
fn a_hyphened_wholly_owned_subsidiary_of_a_name_is_owned_by_it() {
    let x = run("Orrin Mining Ltd is a wholly-owned subsidiary of Castell Steel Corp. \
                 Juno Freight Ltd, a majority-owned subsidiary of Halden Group, grew. \
                 Pavo Motors acquired the wholly-owned subsidiary of Tarrant Steel Corp.");
    assert!(has(&x, "Castell Steel Corp", Predicate::Owns, "Orrin Mining Ltd"), "{:?}", all(&x));
    assert!(has(&x, "Halden Group", Predicate::Owns, "Juno Freight Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Tarrant Steel Corp", Predicate::Owns, "Pavo Motors"), "{:?}", all(&x));
}

#[test]
fn a_possessors_control_or_ownership_of_a_company_owns_it() {
    let x = run("Kelvaro Holdings' control of Ostrana Ltd widens its moat in Asia. \
                 Regulators questioned Birch Capital's ownership of the Tamsin Media Group.");
    assert!(has(&x, "Kelvaro Holdings", Predicate::Owns, "Ostrana Ltd"), "{:?}", all(&x));
    assert!(has(&x, "Birch Capital", Predicate::Owns, "Tamsin Media Group"), "{:?}", all(&x));
}

#[test]
fn a_possessors_unit_named_in_brackets_is_owned() {
    let x = run("Skyvault Cloud Services (SCS) opened a data centre in Chile. Halvorsen Group's cloud \
                 computing unit (SCS) plans to invest $4bn there.");
    assert!(has(&x, "Halvorsen Group", Predicate::Owns, "Skyvault Cloud Services"), "{:?}", all(&x));
}

#[test]
fn the_seller_a_company_is_bought_from_owned_it() {
    let x = run("In January Pemberly Foods acquired Pitar Bakeries Ltd from Nordhaven Capital. \
                 Quarto Corp bought Lisle Systems shares from Ardent Partners.");
    assert!(has(&x, "Nordhaven Capital", Predicate::Owns, "Pitar Bakeries Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Ardent Partners", Predicate::Owns, "Lisle Systems"), "{:?}", all(&x));
}

#[test]
fn a_company_spinning_off_another_owns_it() {
    let x = run("Sorrel Telecom Inc said last year it was spinning off Varna Media Inc in a $43 billion deal. \
                 Trellis Bio Ltd was spun off from Gantry Pharma Corp in 2020.");
    assert!(has(&x, "Sorrel Telecom Inc", Predicate::Owns, "Varna Media Inc"), "{:?}", all(&x));
    assert!(has(&x, "Gantry Pharma Corp", Predicate::Owns, "Trellis Bio Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Trellis Bio Ltd", Predicate::Owns, "Gantry Pharma Corp"), "{:?}", all(&x));
}

#[test]
fn a_three_way_agreement_or_one_to_work_together_ties_the_parties_after_it() {
    let x = run("Halvern Mining has signed a three-way agreement with Dorsal Metals and Quorra Batteries. \
                 Zentrix Telecom signed a memorandum with Brindle Networks and Orvane Systems to collaborate on \
                 cloud services. Lumora Group signed agreements with Ardent Farms and Brisk Dairy.");
    assert!(has(&x, "Halvern Mining", Predicate::PartnersWith, "Quorra Batteries"), "{:?}", all(&x));
    assert!(has(&x, "Dorsal Metals", Predicate::PartnersWith, "Quorra Batteries"), "{:?}", all(&x));
    assert!(has(&x, "Brindle Networks", Predicate::PartnersWith, "Orvane Systems"), "{:?}", all(&x));
    assert!(has(&x, "Lumora Group", Predicate::PartnersWith, "Brisk Dairy"), "{:?}", all(&x));
    assert!(!has(&x, "Ardent Farms", Predicate::PartnersWith, "Brisk Dairy"), "{:?}", all(&x));
}

#[test]
fn a_memorandum_of_understanding_with_its_short_form_is_a_partnership() {
    let x = run("Zentrix Telecom has signed a memorandum of understanding (MoU) with Brindle Networks. \
                 Officials approved a joint venture (JV) between Kestrel Lithium Ltd and Orvane Metals Corp.");
    assert!(has(&x, "Zentrix Telecom", Predicate::PartnersWith, "Brindle Networks"), "{:?}", all(&x));
    assert!(has(&x, "Kestrel Lithium Ltd", Predicate::PartnersWith, "Orvane Metals Corp"), "{:?}", all(&x));
}

#[test]
fn a_stock_ticker_in_brackets_does_not_end_a_list_of_partners() {
    let x = run("Tessaro Energy, a joint venture between Kestrel Lithium (HKG: 2460) and Brantley Minerals Ltd \
                 (ASX: BML), has bid for a lithium explorer.");
    assert!(has(&x, "Kestrel Lithium", Predicate::PartnersWith, "Brantley Minerals Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "HKG", Predicate::PartnersWith, "Brantley Minerals Ltd"), "{:?}", all(&x));
}

#[test]
fn in_partnership_with_far_after_said_it_ties_the_speaker() {
    let x = run("Velmont Semiconductor said it will be spending an additional $1.6 billion in its chip plant in \
                 Japan in partnership with Corvane Group.");
    assert!(has(&x, "Velmont Semiconductor", Predicate::PartnersWith, "Corvane Group"), "{:?}", all(&x));
    assert!(!has(&x, "Velmont Semiconductor", Predicate::InvestedIn, "Corvane Group"), "{:?}", all(&x));
}

#[test]
fn a_company_seen_or_chosen_as_a_partner_or_rival_is_one() {
    let x = run("Quorra Labs values Brindle Systems as a business partner and investor. \
                 Halden Bank has chosen Orvane Technologies as its cloud partner. \
                 Kestrel Motors sees Tarnell Group as its main rival in Europe. \
                 Velmont Corp replaced Ardent Systems as its supplier partner. \
                 Analysts at Pellam Capital see Sabre Robotics as a partner for the deal.");
    assert!(has(&x, "Quorra Labs", Predicate::PartnersWith, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Halden Bank", Predicate::PartnersWith, "Orvane Technologies"), "{:?}", all(&x));
    assert!(has(&x, "Kestrel Motors", Predicate::CompetesWith, "Tarnell Group"), "{:?}", all(&x));
    assert!(!has(&x, "Velmont Corp", Predicate::PartnersWith, "Ardent Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Pellam Capital", Predicate::PartnersWith, "Sabre Robotics"), "{:?}", all(&x));
}

#[test]
fn a_possessive_part_noun_with_a_share_and_a_demonym_names_the_owned_company_on_either_side() {
    let x = run("Kelso Energy, Harrow Group’s 63%-owned Norwegian subsidiary, will buy ten fields. \
                 Pamir Group’s wholly owned Chilean unit, Teller Mining, reported a loss. \
                 Quorra Holdings’ profits and shares fell, Velo Capital said.");
    assert!(has(&x, "Harrow Group", Predicate::Owns, "Kelso Energy"), "{:?}", all(&x));
    assert!(has(&x, "Pamir Group", Predicate::Owns, "Teller Mining"), "{:?}", all(&x));
    assert!(!has(&x, "Quorra Holdings", Predicate::Owns, "Velo Capital"), "{:?}", all(&x));
}

#[test]
fn the_company_after_a_deal_cue_is_the_company_named_before() {
    let x = run("Vexel Holdings makes lithography machines. \
                 Tarsis Capital had previously invested $1 billion into the company.");
    assert!(has(&x, "Tarsis Capital", Predicate::InvestedIn, "Vexel Holdings"), "{:?}", all(&x));
    let x = run("Dunmore Bank, a Nigerian lender, named a new chairman on Monday. \
                 Carver Partners is one of the largest shareholders in the Nigerian lender.");
    assert!(has(&x, "Carver Partners", Predicate::InvestedIn, "Dunmore Bank"), "{:?}", all(&x));
    let x = run("Quorra Robotics builds warehouse arms. Halden Group agreed to buy the firm for $2 billion.");
    assert!(has(&x, "Halden Group", Predicate::Acquired, "Quorra Robotics"), "{:?}", all(&x));
    let x = run("Quorra Robotics builds warehouse arms. Halden Group has partnered with the company since 2019.");
    assert!(has(&x, "Halden Group", Predicate::PartnersWith, "Quorra Robotics"), "{:?}", all(&x));
}

#[test]
fn the_company_described_further_or_after_another_clause_is_no_object() {
    // Another company ("the parent company of…", "the company's rival"), a
    // round's investor group, a clause of another verb before the cue.
    let x = run("Quorra Robotics builds warehouse arms. Halden Group invested in the parent company of a rival.");
    assert!(!has(&x, "Halden Group", Predicate::InvestedIn, "Quorra Robotics"), "{:?}", all(&x));
    let x = run("Quorra Robotics raised $40 million. Brindle Ventures joined the investor group.");
    assert!(has(&x, "Brindle Ventures", Predicate::InvestedIn, "Quorra Robotics"), "{:?}", all(&x));
    assert_eq!(x.relations.iter().filter(|r| r.predicate == Predicate::InvestedIn).count(), 1, "{:?}", all(&x));
    let x = run("Orvane Pay grew fast last year. Tessaro Labs formed a partnership with Kestrel Pay in 2018 \
                 and also owns shares in the company.");
    assert!(!has(&x, "Kestrel Pay", Predicate::InvestedIn, "Orvane Pay"), "{:?}", all(&x));
    let x = run("Tessaro Labs makes chips. Tessaro Labs acquired the company in 2020.");
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::Acquired), "{:?}", all(&x));
}

#[test]
fn memorandums_signed_with_a_list_of_described_names_tie_each_partner() {
    let x = run("Yarrow Bank said that it signed the memorandums of understanding with the Valmont Bank, \
                 the Orrin Credit Bank, Telvar Insurance Corp., and the Export Bank of Dravia. \
                 Corvina Motors Inc signed MoUs with Pellam Steel Corp, Rusk Mining Corp and Odell Chemicals Inc. \
                 Marlow Dairy Inc signed memoranda of understanding with Calder Capital as well as Henfield Trust. \
                 Anthera Labs engineers will work with Quorra Systems, the chip unit Kestrel Group bought in 2015.");
    for o in ["Valmont Bank", "Orrin Credit Bank", "Telvar Insurance Corp", "Export Bank of Dravia"] {
        assert!(has(&x, "Yarrow Bank", Predicate::PartnersWith, o), "{o}: {:?}", all(&x));
    }
    for o in ["Pellam Steel Corp", "Rusk Mining Corp", "Odell Chemicals Inc"] {
        assert!(has(&x, "Corvina Motors Inc", Predicate::PartnersWith, o), "{o}: {:?}", all(&x));
    }
    assert!(has(&x, "Marlow Dairy Inc", Predicate::PartnersWith, "Henfield Trust"), "{:?}", all(&x));
    assert!(x.entities.iter().all(|e| e.name != "MoUs"), "{:?}", all(&x));
    // A name set off by a comma and described ("the chip unit X bought") is no list member.
    assert!(!has(&x, "Anthera Labs", Predicate::PartnersWith, "Kestrel Group"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Group", Predicate::PartnersWith, "Anthera Labs"), "{:?}", all(&x));
}

#[test]
fn an_owner_of_several_listed_with_as_well_as_or_a_describing_noun_owns_each() {
    let x = run("Zentrix Group, which owns Harlow Networks as well as the Belmar Systems Inc, raised money. \
                 Dunmore Labs is owned by Tom Brennan and private equity group Dorset Capital. \
                 Halvard Corp also houses the online retailer Superba Inc. \
                 Tessaro Labs acquired Quillmark Robotics as well as Orvane Systems.");
    assert!(has(&x, "Zentrix Group", Predicate::Owns, "Harlow Networks"), "{:?}", all(&x));
    assert!(has(&x, "Zentrix Group", Predicate::Owns, "Belmar Systems Inc"), "{:?}", all(&x));
    assert!(has(&x, "Dorset Capital", Predicate::Owns, "Dunmore Labs"), "{:?}", all(&x));
    assert!(has(&x, "Halvard Corp", Predicate::Owns, "Superba Inc"), "{:?}", all(&x));
    assert!(has(&x, "Tessaro Labs", Predicate::Acquired, "Orvane Systems"), "{:?}", all(&x));
}

#[test]
fn a_subject_set_off_by_its_owner_and_a_time_phrase_is_the_partner() {
    let x =
        run("Tarvo Networks, wholly owned by Selmar Telecom, last week announced an agreement with Quorra Telecom.");
    assert!(has(&x, "Selmar Telecom", Predicate::Owns, "Tarvo Networks"), "{:?}", all(&x));
    assert!(has(&x, "Tarvo Networks", Predicate::PartnersWith, "Quorra Telecom"), "{:?}", all(&x));
    assert!(!has(&x, "Selmar Telecom", Predicate::PartnersWith, "Quorra Telecom"), "{:?}", all(&x));
}

#[test]
fn a_venture_named_in_apposition_or_before_a_copula_is_owned_by_its_parents() {
    let x = run("Tolvan Steel and Ikara Metals said their joint venture, Ferrite Works Ltd, will build a mill. \
                 Delta Polymers Inc is a joint venture of Pyro Chemicals Inc and Hexa Oil Group. \
                 Lockmere Corp competes with Orbix Inc through Stellar Launch Alliance, its joint venture with \
                 Varden Aerospace Inc.");
    for (owner, venture) in [
        ("Lockmere Corp", "Stellar Launch Alliance"),
        ("Varden Aerospace Inc", "Stellar Launch Alliance"),
        ("Tolvan Steel", "Ferrite Works Ltd"),
        ("Ikara Metals", "Ferrite Works Ltd"),
        ("Pyro Chemicals Inc", "Delta Polymers Inc"),
        ("Hexa Oil Group", "Delta Polymers Inc"),
    ] {
        assert!(has(&x, owner, Predicate::Owns, venture), "{owner} {venture}: {:?}", all(&x));
        assert!(!has(&x, owner, Predicate::PartnersWith, venture), "{owner} {venture}: {:?}", all(&x));
        assert!(!has(&x, venture, Predicate::PartnersWith, owner), "{owner} {venture}: {:?}", all(&x));
    }
    assert!(has(&x, "Lockmere Corp", Predicate::PartnersWith, "Varden Aerospace Inc"), "{:?}", all(&x));
    assert!(has(&x, "Pyro Chemicals Inc", Predicate::PartnersWith, "Hexa Oil Group"), "{:?}", all(&x));
    assert!(!has(&x, "Orbix Inc", Predicate::PartnersWith, "Varden Aerospace Inc"), "{:?}", all(&x));
}

#[test]
fn a_company_described_with_a_hyphened_owner_is_owned_by_it() {
    let x = run("Prosk Group is a Pelmar Holdings-owned logistics group with assets across Europe. \
                 Norrisk Insurance, a Delphine Group-controlled insurer, raised prices. \
                 As a majority-owned portfolio company of Zantor Holdings, Brivo Energy remains a key asset. \
                 The Harlan Group-controlled Tevo Mining raised output. \
                 The state-owned Lumera Bank and privately held Corvin Bank signed the deal. \
                 Sella Bank, a Kestrel Holdings-backed lender, grew. \
                 Dorrit Capital sold its shares in the Nolan Group-owned chain last year.");
    assert!(has(&x, "Pelmar Holdings", Predicate::Owns, "Prosk Group"), "{:?}", all(&x));
    assert!(has(&x, "Delphine Group", Predicate::Owns, "Norrisk Insurance"), "{:?}", all(&x));
    assert!(has(&x, "Zantor Holdings", Predicate::Owns, "Brivo Energy"), "{:?}", all(&x));
    assert!(has(&x, "Harlan Group", Predicate::Owns, "Tevo Mining"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Holdings", Predicate::Owns, "Sella Bank"), "{:?}", all(&x));
    assert!(!has(&x, "Nolan Group", Predicate::Owns, "Dorrit Capital"), "{:?}", all(&x));
    assert!(x.relations.iter().all(|r| x.entities[r.object].name != "Lumera Bank"), "{:?}", all(&x));
}

#[test]
fn each_owner_of_a_share_named_after_owned_by_owns_the_company() {
    let x = run("Quillon Mining, which is 51% owned by Marvex Group and 49% by Danish miner Ostra Ltd, set a bid. \
                 Tarvik Power Ltd is 60 per cent owned by Halden Energy and 40 per cent by Norsk Grid Ltd. \
                 Quarry Corp, which is owned by Delta Fund, hired Brenna Ltd.");
    assert!(has(&x, "Marvex Group", Predicate::Owns, "Quillon Mining"), "{:?}", all(&x));
    assert!(has(&x, "Ostra Ltd", Predicate::Owns, "Quillon Mining"), "{:?}", all(&x));
    assert!(has(&x, "Halden Energy", Predicate::Owns, "Tarvik Power Ltd"), "{:?}", all(&x));
    assert!(has(&x, "Norsk Grid Ltd", Predicate::Owns, "Tarvik Power Ltd"), "{:?}", all(&x));
    assert!(has(&x, "Delta Fund", Predicate::Owns, "Quarry Corp"), "{:?}", all(&x));
    assert!(!has(&x, "Delta Fund", Predicate::Owns, "Brenna Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Ostra Ltd", Predicate::Owns, "Marvex Group"), "{:?}", all(&x));
}

#[test]
fn a_parent_named_after_whose_or_the_possessors_owner_owns_the_company() {
    let x = run("Lumo Bank, whose parent is Garran Group, cut rates. \
                 Telka Media, whose parent company, Orrin Holdings, is listed in Oslo, grew. \
                 Velto Retail's owner Brask Capital plans a sale. \
                 Kanto Group - Vinra Motors' parent company - is the largest conglomerate. \
                 Sella Bank's rival Varla Bank grew. \
                 Orvane Systems, whose parent is based in Oslo, makes sensors.");
    assert!(has(&x, "Garran Group", Predicate::Owns, "Lumo Bank"), "{:?}", all(&x));
    assert!(has(&x, "Orrin Holdings", Predicate::Owns, "Telka Media"), "{:?}", all(&x));
    assert!(has(&x, "Brask Capital", Predicate::Owns, "Velto Retail"), "{:?}", all(&x));
    assert!(has(&x, "Kanto Group", Predicate::Owns, "Vinra Motors"), "{:?}", all(&x));
    assert!(!has(&x, "Sella Bank", Predicate::Owns, "Varla Bank"), "{:?}", all(&x));
    assert!(!has(&x, "Varla Bank", Predicate::Owns, "Sella Bank"), "{:?}", all(&x));
}

#[test]
fn a_business_its_owner_runs_named_after_its_is_owned_unless_a_tie_noun_describes_it() {
    let x = run("Pelican Group will make a cash injection into its e-commerce retailer Brindle Shop. \
                 Pamber Airlines expanded its budget airline, Skyhop Airways, to Brazil. \
                 Gravel Foods Inc said its rival retailer Hummock Stores cut prices. \
                 Sentra Corp said its customer retailer Bellway Group had paid late. \
                 Arvo Systems said its partner airline Quintel Airways would fly the route.");
    assert!(has(&x, "Pelican Group", Predicate::Owns, "Brindle Shop"), "{:?}", all(&x));
    assert!(has(&x, "Pamber Airlines", Predicate::Owns, "Skyhop Airways"), "{:?}", all(&x));
    assert!(!has(&x, "Gravel Foods Inc", Predicate::Owns, "Hummock Stores"), "{:?}", all(&x));
    assert!(!has(&x, "Sentra Corp", Predicate::Owns, "Bellway Group"), "{:?}", all(&x));
    assert!(!has(&x, "Arvo Systems", Predicate::Owns, "Quintel Airways"), "{:?}", all(&x));
}

#[test]
fn their_joint_venture_with_no_owner_named_is_owned_by_the_companies_named_before() {
    let x = run("Telvo Group and Marrow Holding agreed to merge their units. \
                 They told the Oslo Stock Exchange that their joint venture, Citrine Link Co, will make an offer. \
                 The Daily Ledger reported that Bexa Motors and Sunfa Cells Inc agreed to build batteries. \
                 Their joint venture Norcell Power will employ 900. \
                 Anvo Corp and Tesk Inc signed a supply deal. Their venture partner Holt Labs was not part of it.");
    assert!(has(&x, "Telvo Group", Predicate::Owns, "Citrine Link Co"), "{:?}", all(&x));
    assert!(has(&x, "Marrow Holding", Predicate::Owns, "Citrine Link Co"), "{:?}", all(&x));
    assert!(has(&x, "Telvo Group", Predicate::PartnersWith, "Marrow Holding"), "{:?}", all(&x));
    assert!(has(&x, "Bexa Motors", Predicate::Owns, "Norcell Power"), "{:?}", all(&x));
    assert!(has(&x, "Sunfa Cells Inc", Predicate::Owns, "Norcell Power"), "{:?}", all(&x));
    assert!(!has(&x, "Oslo Stock Exchange", Predicate::Owns, "Citrine Link Co"), "{:?}", all(&x));
    assert!(x.relations.iter().all(|r| x.entities[r.object].name != "Holt Labs"), "{:?}", all(&x));
}

/// The funding-round frame: each sentence names a round and lists its
/// investors in another shape; the company is the round's owner, the one
/// that raised it, the sentence's subject or the company spoken of.
#[test]
fn the_investors_a_round_lists_invested_in_the_company_whose_round_it_is() {
    let battery: &[(&str, &[&str], &str)] = &[
        (
            "Brisklane makes delivery robots. Brisklane has 40 staff. Brisklane was founded in 2020. \
             Today the company emerged from stealth with a $3 million seed round from Boston investors Harrow \
             Ventures and Pemberly Capital, as well as Oslo-based Tindra Partners and Madrid-based Corvo Fund.",
            &["Harrow Ventures", "Pemberly Capital", "Tindra Partners", "Corvo Fund"],
            "Brisklane",
        ),
        (
            "One of the largest, Quillon Labs, is headquartered in Oslo as well as Boston, with investments \
             from Marbeck Capital, Dunmore Ventures and Ostara Partners.",
            &["Marbeck Capital", "Dunmore Ventures", "Ostara Partners"],
            "Quillon Labs",
        ),
        (
            "Tavrin Labs, a payments startup, has raised $4 million. The new round saw contributions from \
             Kelso Ventures, Brixham Lab's Northwind Fund, Orrin Capital Fund II and angel investors.",
            &["Kelso Ventures", "Northwind Fund", "Orrin Capital Fund II"],
            "Tavrin Labs",
        ),
        (
            "Tavrin Labs, a payments startup, has raised $4 million. In addition, existing investors, \
             Halvard Capital, Lumen Angels and Pico Ventures, made follow-on investments in this round.",
            &["Halvard Capital", "Lumen Angels", "Pico Ventures"],
            "Tavrin Labs",
        ),
        (
            "Tavrin Labs, a payments startup, has raised $4 million. The angel investors who participated in \
             Tavrin Labs' seed round are Mr Oskar Lind, founder and CEO of Brenner Pay, and Mr Jonas Feld, \
             CEO of Ketla.",
            &["Oskar Lind", "Jonas Feld"],
            "Tavrin Labs",
        ),
        (
            "The company, Sorrel AI, has reached a valuation of more than $2 billion after a funding round \
             that included Marbeck Group's cloud unit, its founder said in an interview.",
            &["Marbeck Group"],
            "Sorrel AI",
        ),
        (
            "Zentrix Robotics closed a $20 million Series B on Monday. Backers in the round included \
             Marbeck Capital and Dunmore Ventures.",
            &["Marbeck Capital", "Dunmore Ventures"],
            "Zentrix Robotics",
        ),
        (
            "Tessel Corp has lost money for years. Tessel Corp employs 40,000 people. Tessel Corp makes TVs. \
             Its president said the infusion of capital from Harrow Group would help it grow again.",
            &["Harrow Group"],
            "Tessel Corp",
        ),
        (
            "Corlin Therapeutics will grow. Corlin Therapeutics' investors are Marbeck Capital, Dunmore \
             Ventures and Tindra Partners.",
            &["Marbeck Capital", "Dunmore Ventures", "Tindra Partners"],
            "Corlin Therapeutics",
        ),
        (
            "Velto Energy said it secured a $12 million round – with backing from Osprey Fund and Lindqvist \
             Partners – to build plants.",
            &["Osprey Fund", "Lindqvist Partners"],
            "Velto Energy",
        ),
    ];
    for (text, investors, company) in battery {
        let x = run(text);
        for investor in *investors {
            assert!(has(&x, investor, Predicate::InvestedIn, company), "{investor} in {company}: {:?}", all(&x));
        }
    }
}

/// A person's own company in the list of a round's angels, and customers,
/// partners and rivals listed beside a round, invested in nothing.
#[test]
fn a_round_frame_reads_no_investors_in_titles_customers_partners_or_rivals() {
    let x = run("Tavrin Labs, a payments startup, has raised $4 million. The angel investors who participated in \
                 Tavrin Labs' seed round are Mr Oskar Lind, founder and CEO of Brenner Pay, and Mr Jonas Feld, \
                 CEO of Ketla.");
    assert!(!has(&x, "Brenner Pay", Predicate::InvestedIn, "Tavrin Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Ketla", Predicate::InvestedIn, "Tavrin Labs"), "{:?}", all(&x));
    let x = run("Tavrin Labs, a payments startup, has raised $4 million from Kelso Ventures. Its customers include \
                 Brenner Pay, Ketla and Orrin Bank. The company's rivals include Lomax Pay and Quint, which \
                 raised $10 million last year. Its partners in the round's first project are Sabel Bank and Ardo.");
    assert!(has(&x, "Kelso Ventures", Predicate::InvestedIn, "Tavrin Labs"), "{:?}", all(&x));
    for other in ["Brenner Pay", "Ketla", "Orrin Bank", "Lomax Pay", "Quint", "Sabel Bank", "Ardo"] {
        assert!(!has(&x, other, Predicate::InvestedIn, "Tavrin Labs"), "{other}: {:?}", all(&x));
    }
    // A sentence of no round: selling shares bought from investors names no company they invested in.
    let x = run("Halden Power said it would buy its rival's shares from London-based investors Marbeck Capital \
                 and Zouk Partners.");
    assert!(!has(&x, "Marbeck Capital", Predicate::InvestedIn, "Halden Power"), "{:?}", all(&x));
}

/// Money put in written as an injection, and a company called one of an
/// owner's investments.
#[test]
fn a_cash_injection_into_a_company_and_being_one_of_its_investments_are_investments() {
    let x = run("Retail group Marlow Holdings will make a substantial cash injection into its online retailer \
                 Brisket as it fights bigger rivals. Halden Group made a capital injection in Tessaro Labs last \
                 year. Orvane Telecom is one of Kessel Group's biggest overseas investments. Quillmark Labs, Pessa \
                 Capital's latest investment, opened an office.");
    assert!(has(&x, "Marlow Holdings", Predicate::InvestedIn, "Brisket"), "{:?}", all(&x));
    assert!(has(&x, "Halden Group", Predicate::InvestedIn, "Tessaro Labs"), "{:?}", all(&x));
    assert!(has(&x, "Kessel Group", Predicate::InvestedIn, "Orvane Telecom"), "{:?}", all(&x));
    assert!(has(&x, "Pessa Capital", Predicate::InvestedIn, "Quillmark Labs"), "{:?}", all(&x));
    // The owner's investments in things, not named companies, tie nothing.
    let x = run("Kessel Group's investments in Oslo rose. Brindle Corp's investment, $5 million, was small.");
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::InvestedIn), "{:?}", all(&x));
}

/// An amount spent to buy a company is a purchase, whatever the amount's
/// words (a currency named by a place, another currency in brackets); money
/// spent to do something else buys nothing.
#[test]
fn spending_an_amount_to_buy_a_company_is_its_purchase() {
    let x = run("Biogen Corp is spending more than seven billion US dollars (5.4 billion pounds) to buy Reata Labs \
                 and bolster its drugs. Corvane Studios spent $71.3 billion to snap up most of Fennick Media a few years \
                 back. Halden Group shelled out $3.4bn to acquire Quillmark Labs in 2011.");
    assert!(has(&x, "Biogen Corp", Predicate::Acquired, "Reata Labs"), "{:?}", all(&x));
    assert!(has(&x, "Corvane Studios", Predicate::Acquired, "Fennick Media"), "{:?}", all(&x));
    assert!(has(&x, "Halden Group", Predicate::Acquired, "Quillmark Labs"), "{:?}", all(&x));
    let x = run("Kessel Motors spent $2 billion to build a plant with Orvane Steel. Brindle Corp spent $5 million \
                 to hire staff from Tessaro Labs.");
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::Acquired), "{:?}", all(&x));
}

#[test]
fn a_majority_stake_bought_is_a_purchase_and_one_held_an_investment() {
    let bought = [
        (
            "Halden Corp agreed to buy a 55 percent stake in Trovix Pharma BV for $4 billion.",
            "Halden Corp",
            "Trovix Pharma BV",
        ),
        ("Merrow SE agreed to buy a majority stake in German supplier Kastell GmbH.", "Merrow SE", "Kastell GmbH"),
        (
            "Vantor Group grew with the acquisition of 80% stake in Selva Cable Corp.",
            "Vantor Group",
            "Selva Cable Corp",
        ),
        ("Osric Energy took a 60 per cent stake in Pallas Gas Ltd last year.", "Osric Energy", "Pallas Gas Ltd"),
        ("Kestrel Group bought 70% of Corvin Holdings in March.", "Kestrel Group", "Corvin Holdings"),
        ("Arvo Systems completed its acquisition of all the shares in Selma Pte Ltd.", "Arvo Systems", "Selma Pte Ltd"),
    ];
    for (t, buyer, bought) in bought {
        let x = run(t);
        assert!(has(&x, buyer, Predicate::Acquired, bought), "{t}: {:?}", all(&x));
        assert!(!has(&x, buyer, Predicate::Owns, bought), "{t}: {:?}", all(&x));
    }
    let x = run("Bravia Airlines bought a 20% stake in Ostra Air Ltd last year.");
    assert!(has(&x, "Bravia Airlines", Predicate::InvestedIn, "Ostra Air Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Bravia Airlines", Predicate::Acquired, "Ostra Air Ltd"), "{:?}", all(&x));
    let x = run("Velmora Energy holds a 75% stake in Drussel Chemie AG.");
    assert!(has(&x, "Velmora Energy", Predicate::InvestedIn, "Drussel Chemie AG"), "{:?}", all(&x));
    assert!(!has(&x, "Velmora Energy", Predicate::Owns, "Drussel Chemie AG"), "{:?}", all(&x));
    assert!(!has(&x, "Velmora Energy", Predicate::Acquired, "Drussel Chemie AG"), "{:?}", all(&x));
}

#[test]
fn a_majority_owner_or_shareholder_owns() {
    let x = run("Pradhan Trusts Ltd, the majority owner of Pradhan Sons Ltd, backed him.");
    assert!(has(&x, "Pradhan Trusts Ltd", Predicate::Owns, "Pradhan Sons Ltd"), "{:?}", all(&x));
    let x = run("Kavlin Holdings is the majority shareholder in Serra Foods Inc.");
    assert!(has(&x, "Kavlin Holdings", Predicate::Owns, "Serra Foods Inc"), "{:?}", all(&x));
    assert!(!has(&x, "Kavlin Holdings", Predicate::InvestedIn, "Serra Foods Inc"), "{:?}", all(&x));
    let x = run("Dravik Capital is a minority shareholder in Serra Foods Inc.");
    assert!(!has(&x, "Dravik Capital", Predicate::Owns, "Serra Foods Inc"), "{:?}", all(&x));
}

/// One article per sentence: the lead of a round story, then `sentence`.
fn round_story(sentence: &str) -> newsgraph::extract::Extraction {
    run(&format!(
        "Brindlewood raises $12 million\n\nBrindlewood, a Lyon-based payments startup, said on Monday it raised \
         $12 million.\n\n{sentence}"
    ))
}

#[test]
fn investors_a_place_and_a_noun_describe_and_the_leads_of_a_round_invested() {
    let listed = [
        "Other investors in the latest round include Oslo angel Marta Kvist and Toronto-based Halvard Ventures \
         as well as Palo Alto's Quarrow Ventures.",
        "Investors include London fund manager Halvard Ventures and Berlin angel Marta Kvist.",
        "The two leads on the round were Oslo-based Halvard Ventures and Montreal's Marta Kvist.",
        "The leads of the round were Halvard Ventures and Marta Kvist.",
    ];
    for sentence in listed {
        let x = round_story(sentence);
        assert!(has(&x, "Halvard Ventures", Predicate::InvestedIn, "Brindlewood"), "{sentence}: {:?}", all(&x));
        assert!(has(&x, "Marta Kvist", Predicate::InvestedIn, "Brindlewood"), "{sentence}: {:?}", all(&x));
    }
    let x = round_story("Halvard Ventures leads the round and Quillon Capital joined.");
    assert!(!has(&x, "Halvard Ventures", Predicate::InvestedIn, "Quillon Capital"), "{:?}", all(&x));
    let x = round_story("The company moved to Berlin last year and the round drew no new names.");
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::InvestedIn), "{:?}", all(&x));
    let x = round_story("Tessaly said it would buy its rival's shares from London-based investors Halvard Ventures.");
    assert!(!has(&x, "Tessaly", Predicate::CompetesWith, "Halvard Ventures"), "{:?}", all(&x));
}

#[test]
fn the_participation_of_an_investor_in_a_round_is_an_investment() {
    for sentence in [
        "The round was led by Tamsin Capital with the participation of Orvale Partners.",
        "The round was led by Tamsin Capital, with participation by Orvale Partners and Oslo fund Quillon Capital.",
    ] {
        let x = round_story(sentence);
        assert!(has(&x, "Tamsin Capital", Predicate::InvestedIn, "Brindlewood"), "{sentence}: {:?}", all(&x));
        assert!(has(&x, "Orvale Partners", Predicate::InvestedIn, "Brindlewood"), "{sentence}: {:?}", all(&x));
        assert!(!has(&x, "Orvale Partners", Predicate::InvestedIn, "Tamsin Capital"), "{sentence}: {:?}", all(&x));
    }
}

#[test]
fn rivals_such_as_after_a_rivalry_verbs_objects_are_the_subjects_rivals_too() {
    let listed = [
        "Quarrow Inc is challenging Bellmont Inc and Tarsus Electronics Co Ltd as well as domestic rivals such as \
         Heyu Technologies Co Ltd.",
        "Quarrow Inc competes with Bellmont Inc and foreign rivals including Heyu Technologies Co Ltd.",
        "Quarrow Inc takes on Bellmont Inc and smaller rivals like Heyu Technologies Co Ltd.",
    ];
    for sentence in listed {
        let x = run(sentence);
        assert!(has(&x, "Quarrow Inc", Predicate::CompetesWith, "Bellmont Inc"), "{sentence}: {:?}", all(&x));
        assert!(
            has(&x, "Quarrow Inc", Predicate::CompetesWith, "Heyu Technologies Co Ltd"),
            "{sentence}: {:?}",
            all(&x)
        );
        assert!(
            !has(&x, "Bellmont Inc", Predicate::CompetesWith, "Heyu Technologies Co Ltd"),
            "{sentence}: {:?}",
            all(&x)
        );
    }
    let x = run("A string of heavyweight competitors including Ridgeway Mining, Tallis Metals and Ambrose Metals \
                 may be weighing rival bids for Orlo Copper.");
    assert!(!has(&x, "Ridgeway Mining", Predicate::CompetesWith, "Tallis Metals"), "{:?}", all(&x));
    let x = run("Quarrow Inc hired Bellmont Inc as well as advisers such as Heyu Technologies Co Ltd.");
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::CompetesWith), "{:?}", all(&x));
}

#[test]
fn names_listed_each_from_a_place_are_all_members_of_the_list() {
    let x = round_story("The round was led by Halvard Ventures from Oslo and Quillon Capital from Berlin.");
    for investor in ["Halvard Ventures", "Quillon Capital"] {
        assert!(has(&x, investor, Predicate::InvestedIn, "Brindlewood"), "{investor}: {:?}", all(&x));
    }
    assert!(!has(&x, "Halvard Ventures", Predicate::LocatedIn, "Berlin"), "{:?}", all(&x));
    let x = run("Brindle Pay is a payments company. Brindle Pay was co-founded in 2018 by Hamid Seruwa from Kampala, \
                 Majid Moulad from Accra and Tara Quist from Oslo.");
    for founder in ["Hamid Seruwa", "Majid Moulad", "Tara Quist"] {
        assert!(has(&x, founder, Predicate::Founded, "Brindle Pay"), "{founder}: {:?}", all(&x));
    }
}

#[test]
fn a_seller_owns_what_it_sells_and_a_buyer_buys_from_it() {
    let owned = [
        (
            "Halvard Group agreed to sell Orlenko Brands to Pellum Capital for $2 billion.",
            "Halvard Group",
            "Orlenko Brands",
        ),
        (
            "Pellum Capital completed its acquisition of Kelso Mining from Brantley Holdings.",
            "Brantley Holdings",
            "Kelso Mining",
        ),
        (
            "Corvane Partners completed its acquisition of all the shares in Tarvo Mining Pte Ltd and Lindqvist \
             Industries from Maribel Group.",
            "Maribel Group",
            "Lindqvist Industries",
        ),
        (
            "Strata Capital is buying Fenwick Paper Co and Norby Chemicals from Norlund Industries.",
            "Norlund Industries",
            "Norby Chemicals",
        ),
        (
            "Morrow Energy plans to sell Caspian Gas Ltd, people familiar with the matter said.",
            "Morrow Energy",
            "Caspian Gas Ltd",
        ),
        ("Vireo Group is now prepared to sell Lantana Software for $500 million.", "Vireo Group", "Lantana Software"),
        (
            "The board said Dunmore Capital will sell Ardent Logistics to Yarrow Holdings.",
            "Dunmore Capital",
            "Ardent Logistics",
        ),
        (
            "Tollan Media, which agreed to sell Brisco Studios last year, reported a loss.",
            "Tollan Media",
            "Brisco Studios",
        ),
    ];
    for (t, seller, sold) in owned {
        let x = run(t);
        assert!(has(&x, seller, Predicate::Owns, sold), "{t}: {:?}", all(&x));
    }
    let x = run("Ruskin Holdings won approval from Delmar Authority to buy Pike Chemicals.");
    assert!(has(&x, "Ruskin Holdings", Predicate::Acquired, "Pike Chemicals"), "{:?}", all(&x));
    assert!(!has(&x, "Delmar Authority", Predicate::Acquired, "Pike Chemicals"), "{:?}", all(&x));
    let x = run("Odessa Retail is selling its 20% stake in Varn Outdoor Ltd to Quillon Brands.");
    assert!(!has(&x, "Odessa Retail", Predicate::Owns, "Varn Outdoor Ltd"), "{:?}", all(&x));
    let x = run("Hallam Group agreed to sell its software to Pellum Capital.");
    assert!(!has(&x, "Hallam Group", Predicate::Owns, "Pellum Capital"), "{:?}", all(&x));
    let x = run("Quarry Partners hired analysts from Hollis Capital to sell Brecon Energy shares.");
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::Owns), "{:?}", all(&x));
}

#[test]
fn the_holding_company_for_a_company_owns_it() {
    let x = run("Citadel Bank is the holding company for Verde Bank.");
    assert!(has(&x, "Citadel Bank", Predicate::Owns, "Verde Bank"), "{:?}", all(&x));
    let x = run("Selwyn Corp is the holding company for a group that includes Selwyn Land Inc, the largest developer.");
    assert!(has(&x, "Selwyn Corp", Predicate::Owns, "Selwyn Land Inc"), "{:?}", all(&x));
    // The stake is in the holding company, not in what it holds.
    let x = run("Citadel Bank increased its stake in Rowan Holdings, the holding company for Verde Bank, to 50%.");
    assert!(has(&x, "Rowan Holdings", Predicate::Owns, "Verde Bank"), "{:?}", all(&x));
    assert!(!has(&x, "Citadel Bank", Predicate::Owns, "Verde Bank"), "{:?}", all(&x));
}

#[test]
fn an_attributive_rival_ending_a_list_is_not_the_listed_names_rival() {
    // The list is what the subject joins or beats: its members are not the rival's rivals.
    let x = run("Halvard Capital considered joining Brindle Partners, Orvane Fund and Korean gaming rival \
                 Zentrix Corp. in the bid.");
    assert!(!has(&x, "Brindle Partners", Predicate::CompetesWith, "Zentrix Corp"), "{:?}", all(&x));
    assert!(!has(&x, "Orvane Fund", Predicate::CompetesWith, "Zentrix Corp"), "{:?}", all(&x));
    let x = run("Kestrel Motors Inc beat out competition from German parts maker Zentrix GmbH and French rival \
                 Orvane SA.");
    assert!(has(&x, "Kestrel Motors Inc", Predicate::CompetesWith, "Zentrix GmbH"), "{:?}", all(&x));
    assert!(has(&x, "Kestrel Motors Inc", Predicate::CompetesWith, "Orvane SA"), "{:?}", all(&x));
    assert!(!has(&x, "Zentrix GmbH", Predicate::CompetesWith, "Orvane SA"), "{:?}", all(&x));
    let x = run("Quarrow Inc bought Halden Corp and rival Zentrix Corp last year.");
    assert!(!has(&x, "Halden Corp", Predicate::CompetesWith, "Zentrix Corp"), "{:?}", all(&x));
    // Near misses: a list that opens the sentence names the rivals themselves.
    let x = run("Kestrel Motors Inc and rival Zentrix Corp both cut prices.");
    assert!(has(&x, "Kestrel Motors Inc", Predicate::CompetesWith, "Zentrix Corp"), "{:?}", all(&x));
    let x = run("The German carmaker Kestrel Motors Inc and its rival Zentrix Corp both cut prices.");
    assert!(has(&x, "Kestrel Motors Inc", Predicate::CompetesWith, "Zentrix Corp"), "{:?}", all(&x));
}

#[test]
fn a_rival_with_no_name_before_it_is_the_rival_of_what_the_sentence_opens_with() {
    // "the company" opening the sentence, not the article's most named company.
    let x = run("Kestrel Motors Inc agreed to buy Halden Systems. Halden Systems makes rocket engines. \
                 Halden Systems employs 5,000 people. Kestrel Motors Inc has been scouting for deals. \
                 In January, the company said it was flush with cash and open to deals as rival Zentrix Corp. \
                 prepared to merge with Orvane Group.");
    assert!(has(&x, "Kestrel Motors Inc", Predicate::CompetesWith, "Zentrix Corp"), "{:?}", all(&x));
    assert!(!has(&x, "Halden Systems", Predicate::CompetesWith, "Zentrix Corp"), "{:?}", all(&x));
    // Rivals listed with the article's company are someone else's.
    let x = run("Halden Mining held its annual meeting. Halden Mining faced questions. Halden Mining said little. \
                 Speculation is growing that heavyweight competitors including Halden, Tallis Metals and Ambrose \
                 Metals may be weighing rival takeover bids for Orlo Copper.");
    assert!(!has(&x, "Halden Mining", Predicate::CompetesWith, "Tallis Metals"), "{:?}", all(&x));
    assert!(!has(&x, "Halden Mining", Predicate::CompetesWith, "Ambrose Metals"), "{:?}", all(&x));
    // Near miss: the article's company with rivals listed apart from it.
    let x = run("Halden Mining held its annual meeting. Halden Mining faced questions. Halden Mining said little. \
                 It faces competitors including Tallis Metals and Ambrose Metals.");
    assert!(has(&x, "Halden Mining", Predicate::CompetesWith, "Tallis Metals"), "{:?}", all(&x));
}

#[test]
fn a_rival_bid_for_a_company_is_no_rivalry_with_it() {
    for t in [
        "Halden Mining would not say whether it would make a rival bid for Orlo Copper.",
        "Tallis Metals may be weighing rival takeover bids for Orlo Copper.",
        "Brindle Corp is preparing a rival offer for Zentrix Inc.",
    ] {
        let x = run(t);
        assert!(x.relations.iter().all(|r| r.predicate != Predicate::CompetesWith), "{t}: {:?}", all(&x));
    }
    // Near misses: a rival named, a rival to a company.
    let x = run("Halden Mining lost the contract to rival miner Orlo Copper.");
    assert!(has(&x, "Halden Mining", Predicate::CompetesWith, "Orlo Copper"), "{:?}", all(&x));
    let x = run("Brindle Corp is a rival to Zentrix Inc in cloud software.");
    assert!(has(&x, "Brindle Corp", Predicate::CompetesWith, "Zentrix Inc"), "{:?}", all(&x));
}

#[test]
fn a_name_set_off_before_reported_or_said_ends_the_list() {
    let x = run("Orvane Inc teamed up with Brindle Corp, Reuters reported on Monday.");
    assert!(has(&x, "Orvane Inc", Predicate::PartnersWith, "Brindle Corp"), "{:?}", all(&x));
    assert!(!has(&x, "Orvane Inc", Predicate::PartnersWith, "Reuters"), "{:?}", all(&x));
    let x = run("Orvane Inc signed a partnership with Brindle Corp, Zentrix Inc said.");
    assert!(!has(&x, "Orvane Inc", Predicate::PartnersWith, "Zentrix Inc"), "{:?}", all(&x));
    let x = run("Kestrel Motors Inc beat out competition from Zentrix GmbH and Orvane SA, the Tessbury Herald \
                 reported earlier.");
    assert!(has(&x, "Kestrel Motors Inc", Predicate::CompetesWith, "Orvane SA"), "{:?}", all(&x));
    assert!(x.relations.iter().all(|r| x.entities[r.object].name != "Tessbury Herald"), "{:?}", all(&x));
    assert!(x.relations.iter().all(|r| x.entities[r.subject].name != "Tessbury Herald"), "{:?}", all(&x));
    // Near miss: a list of three partners, none reporting.
    let x = run("Orvane Inc teamed up with Brindle Corp, Zentrix Corp and Halden Inc.");
    for partner in ["Brindle Corp", "Zentrix Corp", "Halden Inc"] {
        assert!(has(&x, "Orvane Inc", Predicate::PartnersWith, partner), "{partner}: {:?}", all(&x));
    }
}

#[test]
fn its_partner_or_rival_named_after_or_before_ties_what_its_stands_for() {
    let x = run("Kestrel Energy Inc has agreed to acquire Tradwell Power Corp, its long-time development partner \
                 in the U.S.");
    assert!(has(&x, "Kestrel Energy Inc", Predicate::PartnersWith, "Tradwell Power Corp"), "{:?}", all(&x));
    assert!(has(&x, "Kestrel Energy Inc", Predicate::Acquired, "Tradwell Power Corp"), "{:?}", all(&x));
    let x = run("Zentrix Inc said its partner, Brindle Corp, makes the cells.");
    assert!(has(&x, "Zentrix Inc", Predicate::PartnersWith, "Brindle Corp"), "{:?}", all(&x));
    let x = run("Zentrix Inc opened a plant. Its technology partner Brindle Corp makes the cells.");
    assert!(has(&x, "Zentrix Inc", Predicate::PartnersWith, "Brindle Corp"), "{:?}", all(&x));
    let x = run("Zentrix Inc's partner Brindle Corp makes the cells.");
    assert!(has(&x, "Zentrix Inc", Predicate::PartnersWith, "Brindle Corp"), "{:?}", all(&x));
    let x = run("Zentrix Inc lost ground to Brindle Corp, its biggest rival.");
    assert!(has(&x, "Zentrix Inc", Predicate::CompetesWith, "Brindle Corp"), "{:?}", all(&x));
    // Near misses: a supplier, a person who is a partner at a firm, partners unnamed.
    let x = run("Zentrix Inc bought Brindle Corp, its supplier.");
    assert!(!has(&x, "Zentrix Inc", Predicate::PartnersWith, "Brindle Corp"), "{:?}", all(&x));
    let x = run("Zentrix Inc hired Ada Mirel, a partner at Brindle Corp.");
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::PartnersWith), "{:?}", all(&x));
    let x = run("Zentrix Inc and its partners will build a plant near Brindle Corp's site.");
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::PartnersWith), "{:?}", all(&x));
}

#[test]
fn its_joint_venture_named_before_its_is_the_sentence_subjects() {
    let x = run("Kestrel Aero Inc makes rockets. The company competes with Halden Space for launches through \
                 Orvane Launch Alliance, its joint venture with Brindle Corp.");
    assert!(has(&x, "Kestrel Aero Inc", Predicate::PartnersWith, "Brindle Corp"), "{:?}", all(&x));
    assert!(has(&x, "Brindle Corp", Predicate::Owns, "Orvane Launch Alliance"), "{:?}", all(&x));
    assert!(!has(&x, "Halden Space", Predicate::PartnersWith, "Brindle Corp"), "{:?}", all(&x));
    let x = run("Kestrel Aero Inc sells launches through Orvane Launch Alliance, its joint venture with Brindle Corp.");
    assert!(has(&x, "Kestrel Aero Inc", Predicate::PartnersWith, "Brindle Corp"), "{:?}", all(&x));
}

#[test]
fn its_unit_described_by_a_place_of_several_words_is_owned() {
    for (t, owner, unit) in [
        (
            "Zentrix Holdings will make the purchase through its wholly-owned Hong Kong subsidiary Tolva Mining Ltd.",
            "Zentrix Holdings",
            "Tolva Mining Ltd",
        ),
        (
            "Velmar Group said its U.S. subsidiary Harlow Systems Inc would cut jobs.",
            "Velmar Group",
            "Harlow Systems Inc",
        ),
        (
            "Brindle Group will sell the plant through its New York-based unit Marlin Capital LLC.",
            "Brindle Group",
            "Marlin Capital LLC",
        ),
    ] {
        let x = run(t);
        assert!(has(&x, owner, Predicate::Owns, unit), "{t}: {:?}", all(&x));
    }
    // A rival, a customer or a stake described by the place is no unit.
    for t in [
        "Orvane Corp said its Hong Kong rival Pessa Holdings cut prices.",
        "Dunmore Group said its Hong Kong customer Sabre Retail Ltd paid late.",
        "Keldan Corp sold its Hong Kong stake to Brannock Ltd.",
    ] {
        let x = run(t);
        assert!(x.relations.iter().all(|r| r.predicate != Predicate::Owns), "{t}: {:?}", all(&x));
    }
}

#[test]
fn another_owners_unit_in_apposition_is_owned() {
    let x = run(
        "The regulator said Talbot Networks and Quill Retail Inc, another Dorsey Group subsidiary, broke the rules. \
                 Pexa Bank, another Lumo Holdings unit, grew. \
                 Sarn Bank, another Velto Capital rival, shrank.",
    );
    assert!(has(&x, "Dorsey Group", Predicate::Owns, "Quill Retail Inc"), "{:?}", all(&x));
    assert!(has(&x, "Lumo Holdings", Predicate::Owns, "Pexa Bank"), "{:?}", all(&x));
    assert!(!has(&x, "Velto Capital", Predicate::Owns, "Sarn Bank"), "{:?}", all(&x));
    assert!(!has(&x, "Quill Retail Inc", Predicate::Owns, "Dorsey Group"), "{:?}", all(&x));
}

#[test]
fn the_possessors_parent_named_after_a_noun_of_a_firm_owns_it() {
    for (t, parent, unit) in [
        ("Last month, Orrin Retail's parent firm Dessa Holdings said profits rose.", "Dessa Holdings", "Orrin Retail"),
        ("Harlan Motors's parent group Sella Holdings cut jobs.", "Sella Holdings", "Harlan Motors"),
        ("Brisk Media's parent holding company Norvel Group named a chief.", "Norvel Group", "Brisk Media"),
    ] {
        let x = run(t);
        assert!(has(&x, parent, Predicate::Owns, unit), "{t}: {:?}", all(&x));
        assert!(!has(&x, unit, Predicate::Owns, parent), "{t}: {:?}", all(&x));
    }
    // A rival firm is no parent; a parent firm not named owns nothing named.
    let x = run("Velto Retail's rival firm Brask Capital grew. Orrin Retail's parent firm said profits rose.");
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::Owns), "{:?}", all(&x));
}

#[test]
fn a_singular_unit_in_apposition_after_a_list_is_only_the_last_members() {
    let x = run("Grivo Inc is 70 per cent owned by investors including Pavlo Capital and Tessin Holding, a unit of \
                 Brindle Group. Ostrel Bank, Carvo Ltd and Meddin Finance, a subsidiary of Larch Group, signed.");
    assert!(has(&x, "Brindle Group", Predicate::Owns, "Tessin Holding"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Group", Predicate::Owns, "Pavlo Capital"), "{:?}", all(&x));
    assert!(has(&x, "Larch Group", Predicate::Owns, "Meddin Finance"), "{:?}", all(&x));
    assert!(!has(&x, "Larch Group", Predicate::Owns, "Carvo Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Larch Group", Predicate::Owns, "Ostrel Bank"), "{:?}", all(&x));
}

#[test]
fn a_majority_stake_bought_is_only_a_purchase_and_one_held_an_investment() {
    use Predicate::{Acquired, InvestedIn, Owns};
    let majority = [
        (
            "Merrow SE agreed to buy a majority stake in German supplier Kastell GmbH.",
            "Merrow SE",
            Acquired,
            "Kastell GmbH",
        ),
        (
            "Vantor Group grew with the acquisition of 80% stake in Selva Cable Corp.",
            "Vantor Group",
            Acquired,
            "Selva Cable Corp",
        ),
        (
            "Halden Corp agreed to buy a 55 percent stake in Trovix Pharma BV.",
            "Halden Corp",
            Acquired,
            "Trovix Pharma BV",
        ),
        (
            "Osric Energy took a 60 per cent stake in Pallas Gas Ltd last year.",
            "Osric Energy",
            Acquired,
            "Pallas Gas Ltd",
        ),
        ("Kestrel Group bought 70% of Corvin Holdings in March.", "Kestrel Group", Acquired, "Corvin Holdings"),
        ("Velmora Energy holds a 75% stake in Drussel Chemie AG.", "Velmora Energy", InvestedIn, "Drussel Chemie AG"),
        (
            "Tamsin Capital, which owns a controlling stake in Orlan Foods Ltd, declined to comment.",
            "Tamsin Capital",
            InvestedIn,
            "Orlan Foods Ltd",
        ),
    ];
    // Control bought is a purchase only (the annotation conventions), not an investment too.
    for (t, s, p, o) in majority {
        let x = run(t);
        assert!(has(&x, s, p, o), "{t}: {:?}", all(&x));
        assert_eq!(has(&x, s, InvestedIn, o), p == InvestedIn, "{t}: {:?}", all(&x));
    }
    // Bought from a seller: the seller is invested in nothing by the sale.
    let x = run("Kestrel Holdings has agreed to buy a 54% stake in Orvane Telecom from Brindle Group.");
    assert!(has(&x, "Kestrel Holdings", Acquired, "Orvane Telecom"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Holdings", InvestedIn, "Orvane Telecom"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Group", InvestedIn, "Orvane Telecom"), "{:?}", all(&x));
    // A majority secured is bought as well.
    let x = run("Tarvex Energy has secured a 95.1 per cent stake in chemicals company Halvar Chemie AG.");
    assert!(has(&x, "Tarvex Energy", Acquired, "Halvar Chemie AG"), "{:?}", all(&x));
    assert!(!has(&x, "Tarvex Energy", InvestedIn, "Halvar Chemie AG"), "{:?}", all(&x));
    // The whole company is bought, not invested in.
    for (t, s, o) in [
        ("Arvo Systems completed its acquisition of all the shares in Selma Pte Ltd.", "Arvo Systems", "Selma Pte Ltd"),
        ("Brisa Holdings bought a 100% stake in Tovan Ltd last year.", "Brisa Holdings", "Tovan Ltd"),
    ] {
        let x = run(t);
        assert!(has(&x, s, Acquired, o), "{t}: {:?}", all(&x));
        assert!(!has(&x, s, InvestedIn, o), "{t}: {:?}", all(&x));
    }
    // A minority stake is an investment only.
    let x = run("Harrow Capital bought a 20% stake in Brisk Logistics Ltd.");
    assert!(has(&x, "Harrow Capital", InvestedIn, "Brisk Logistics Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Harrow Capital", Acquired, "Brisk Logistics Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Harrow Capital", Owns, "Brisk Logistics Ltd"), "{:?}", all(&x));
}

#[test]
fn a_bid_or_a_deal_only_weighed_is_no_purchase_and_no_investment() {
    use Predicate::{Acquired, InvestedIn};
    let weighed = [
        "Brindle Corp's hostile takeover of Zentrix Inc would be the largest deal in history.",
        "Shares of Zentrix Inc rallied on Brindle Corp's attempt to buy Zentrix Inc.",
        "Brindle Corp was looking to strike a deal to buy smaller rival Zentrix Inc.",
        "Brindle Corp is in talks to acquire Zentrix Inc, people familiar with the matter said.",
        "Brindle Corp made an unsolicited bid to buy Zentrix Inc on Monday.",
        "Analysts see a potential acquisition of Zentrix Inc by Brindle Corp next year.",
    ];
    for t in weighed {
        let x = run(t);
        assert!(!has(&x, "Brindle Corp", Acquired, "Zentrix Inc"), "{t}: {:?}", all(&x));
    }
    let x = run("The two had been discussing a possible move by Brindle Corp to buy a stake in Zentrix Inc.");
    assert!(!has(&x, "Brindle Corp", InvestedIn, "Zentrix Inc"), "{:?}", all(&x));
    // Agreed, planned or done, set off from a bid by a comma, it is a purchase.
    let made = [
        "Brindle Corp agreed to buy Zentrix Inc for $2 billion.",
        "Brindle Corp announced in June that it would buy Zentrix Inc.",
        "After a bidding war, Brindle Corp agreed to acquire Zentrix Inc.",
        "Brindle Corp, which had weighed a possible bid for months, bought Zentrix Inc on Friday.",
        "Brindle Corp's takeover of Zentrix Inc closed on Monday.",
    ];
    for t in made {
        let x = run(t);
        assert!(has(&x, "Brindle Corp", Acquired, "Zentrix Inc"), "{t}: {:?}", all(&x));
    }
    let x = run("Brindle Corp agreed to buy a 30% stake in Zentrix Inc.");
    assert!(has(&x, "Brindle Corp", InvestedIn, "Zentrix Inc"), "{:?}", all(&x));
}

#[test]
fn who_approves_blocks_or_reviews_a_purchase_is_not_the_buyer() {
    use Predicate::Acquired;
    let approvers = [
        (
            "Analysts welcomed the Kestrel Tribunal's decision to authorise the acquisition of Zentrix Bank.",
            "Kestrel Tribunal",
        ),
        ("The Orvane Commission blocked the takeover of Zentrix Bank in May.", "Orvane Commission"),
        ("The Halden Authority is reviewing the purchase of Zentrix Bank.", "Halden Authority"),
        ("The Kestrel Tribunal approved the acquisition of Zentrix Bank on Friday.", "Kestrel Tribunal"),
    ];
    for (t, regulator) in approvers {
        let x = run(t);
        assert!(!has(&x, regulator, Acquired, "Zentrix Bank"), "{t}: {:?}", all(&x));
    }
    for t in [
        "Brindle Group completed the acquisition of Zentrix Bank in March.",
        "Brindle Group won approval on Friday and completed the acquisition of Zentrix Bank.",
    ] {
        let x = run(t);
        assert!(has(&x, "Brindle Group", Acquired, "Zentrix Bank"), "{t}: {:?}", all(&x));
    }
}

#[test]
fn a_delegation_led_by_a_companys_officer_is_no_round() {
    let x = run("Brindle Fund invested $5 billion last year. Brindle Fund is growing. Brindle Fund hired staff. \
                 A delegation led by Brindle Fund Governor Yasir Halloum visited Beijing to sign deals worth $50 billion. \
                 The Zentrix Telecom delegation, led by Zentrix Telecom Chairman Ode Marwell and Zentrix Telecom CEO \
                 Kala Timmer, pledged investment.");
    for (s, o) in [
        ("Yasir Halloum", "Brindle Fund"),
        ("Ode Marwell", "Zentrix Telecom"),
        ("Kala Timmer", "Zentrix Telecom"),
        ("Ode Marwell", "Brindle Fund"),
        ("Kala Timmer", "Brindle Fund"),
    ] {
        assert!(!has(&x, s, Predicate::InvestedIn, o), "{s} invested in {o}: {:?}", all(&x));
    }
    // A round led by investors is still theirs.
    let x = run("Orvane Labs raised $20 million. Orvane Labs makes chips. Orvane Labs hired staff. \
                 The round was led by Kestrel Ventures and Halden Capital.");
    assert!(has(&x, "Kestrel Ventures", Predicate::InvestedIn, "Orvane Labs"), "{:?}", all(&x));
    assert!(has(&x, "Halden Capital", Predicate::InvestedIn, "Orvane Labs"), "{:?}", all(&x));
}

#[test]
fn a_deal_to_buy_goods_from_a_company_does_not_buy_the_company() {
    use Predicate::Acquired;
    for t in [
        "Last November, Brindle Energy signed a deal with Zentrix Gas Corp to purchase 4 million tons of gas annually.",
        "Orvane Airways struck a deal with Zentrix Gas Corp to buy 20 aircraft.",
    ] {
        let x = run(t);
        assert!(x.relations.iter().all(|r| r.predicate != Acquired), "{t}: {:?}", all(&x));
    }
    let x = run("Brindle Energy signed a deal with Zentrix Gas Corp to buy it for $3 billion.");
    assert!(has(&x, "Brindle Energy", Acquired, "Zentrix Gas Corp"), "{:?}", all(&x));
}

#[test]
fn a_stake_in_a_companys_asset_is_no_stake_in_the_company() {
    use Predicate::InvestedIn;
    for t in [
        "Zentrix Mining buys 49.5% stake in Orvane Corp's copper project.",
        "Zentrix Mining invested $300 million in Orvane Corp's new smelter.",
        "Zentrix Mining will buy a 49.5% stake in Orvane Corp's Congo copper project.",
    ] {
        let x = run(t);
        assert!(!has(&x, "Zentrix Mining", InvestedIn, "Orvane Corp"), "{t}: {:?}", all(&x));
    }
    for t in [
        "Zentrix Mining buys 49.5% stake in Orvane Corp.",
        "Zentrix Mining invested in Orvane Corp's $5 million Series A round.",
        "Zentrix Mining took a 10% stake in Orvane Corp's Kestrel Copper unit.",
    ] {
        let x = run(t);
        let o = if t.contains("Kestrel") { "Kestrel Copper" } else { "Orvane Corp" };
        assert!(has(&x, "Zentrix Mining", InvestedIn, o), "{t}: {:?}", all(&x));
    }
}

#[test]
fn purchases_said_as_plans_nouns_and_shareholders_of() {
    use Predicate::{Acquired, InvestedIn};
    let bought = [
        ("Brindle Corp agreed to purchase Zentrix Ltd for $2 billion.", "Brindle Corp", "Zentrix Ltd"),
        ("A day later, Brindle Corp wrote another check to purchase the Italian company Zentrix Ltd.", "Brindle Corp", "Zentrix Ltd"),
        ("Brindle Corp, the largest chipmaker, announced in June that it would buy Zentrix Ltd.", "Brindle Corp", "Zentrix Ltd"),
        ("Brindle Corp said it will buy Zentrix Ltd.", "Brindle Corp", "Zentrix Ltd"),
        ("Brindle Corp grew. Building on its recent acquisitions of Tarlo Foods and Krave Snacks Ltd, Brindle Corp opened a plant.", "Brindle Corp", "Krave Snacks Ltd"),
        ("Brindle Corp grew. Building on its recent acquisitions of Tarlo Foods and Krave Snacks Ltd, Brindle Corp opened a plant.", "Brindle Corp", "Tarlo Foods"),
    ];
    for (t, s, o) in bought {
        let x = run(t);
        assert!(has(&x, s, Acquired, o), "{t}: {:?}", all(&x));
    }
    // Purchases that no possessive gives a buyer, goods, and shareholders in general.
    let x = run("The purchase of Thistle Couriers Ltd strengthens the network we built with the acquisitions of \
                 Orvane Parcels Ltd and Kestrel Express Ltd.");
    assert!(!has(&x, "Thistle Couriers Ltd", Acquired, "Orvane Parcels Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Thistle Couriers Ltd", Acquired, "Kestrel Express Ltd"), "{:?}", all(&x));
    let x = run("Brindle Corp said it will purchase 30 turbines from Zentrix Ltd.");
    assert!(!has(&x, "Brindle Corp", Acquired, "Zentrix Ltd"), "{:?}", all(&x));
    let x = run("Kestrel Partners became the second-largest shareholder of Zentrix Ltd in May. \
                 Orvane Capital is a major shareholder of Brindle Corp.");
    assert!(has(&x, "Kestrel Partners", InvestedIn, "Zentrix Ltd"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Capital", InvestedIn, "Brindle Corp"), "{:?}", all(&x));
    let x = run("Halden Corp said shareholders of Zentrix Ltd will receive $5 a share.");
    assert!(!has(&x, "Halden Corp", InvestedIn, "Zentrix Ltd"), "{:?}", all(&x));
}

#[test]
fn an_outlet_reporting_a_round_did_not_raise_it() {
    let x = run("Orvane Pay raised $100 million in a Series C round. Orvane Pay is growing. Orvane Pay hired staff. \
                 TechDaily reports that this was after closing a $13.8 million Series A round from Kestrel Capital \
                 and other investors in June.");
    assert!(has(&x, "Kestrel Capital", Predicate::InvestedIn, "Orvane Pay"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Capital", Predicate::InvestedIn, "TechDaily"), "{:?}", all(&x));
}

#[test]
fn a_subject_set_off_by_a_relative_clause_ending_in_a_place_reaches_a_measured_cue() {
    use Predicate::{Acquired, InvestedIn};
    let x = run("Orvane Airways, which flies to more than 30 destinations in Africa, finalised a 49 per cent stake \
                 in Zentrix Airways, its chairman said.");
    assert!(has(&x, "Orvane Airways", InvestedIn, "Zentrix Airways"), "{:?}", all(&x));
    let x = run("Halden Media, which runs channels in Italy and Spain, has built a near 29.9% stake in Brindle TV AG.");
    assert!(has(&x, "Halden Media", InvestedIn, "Brindle TV AG"), "{:?}", all(&x));
    let x = run("Kestrel Foods Ltd, which sells snacks in France, paid $2 billion for Tarlo Brands Inc.");
    assert!(has(&x, "Kestrel Foods Ltd", Acquired, "Tarlo Brands Inc"), "{:?}", all(&x));
    // The place in the clause is no investor, and a name in the clause no subject.
    assert!(!x.relations.iter().any(|r| r.predicate == Acquired && x.entities[r.subject].name == "France"));
    let x = run(
        "Orvane Airways, which flies to Kestrel Air hubs in Africa, finalised a 49 per cent stake in Zentrix Airways.",
    );
    assert!(!has(&x, "Kestrel Air", InvestedIn, "Zentrix Airways"), "{:?}", all(&x));
}

#[test]
fn a_time_phrase_between_a_purchase_participle_and_its_agent_keeps_the_buyer() {
    use Predicate::{Acquired, InvestedIn};
    let bought = [
        "Zentrix Bank was acquired in October 2006 by Brindle Group.",
        "Zentrix Bank was bought last year by Brindle Group.",
        "Zentrix Bank grew. The bank was further acquired in 2006 by Brindle Group.",
        "Zentrix Bank, purchased in March by Brindle Group, kept its name.",
    ];
    for t in bought {
        let x = run(t);
        assert!(has(&x, "Brindle Group", Acquired, "Zentrix Bank"), "{t}: {:?}", all(&x));
        assert!(!has(&x, "Zentrix Bank", Acquired, "Brindle Group"), "{t}: {:?}", all(&x));
    }
    let x = run("Zentrix Labs, backed in 2019 by Kestrel Ventures, makes chips.");
    assert!(has(&x, "Kestrel Ventures", InvestedIn, "Zentrix Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Zentrix Labs", InvestedIn, "Kestrel Ventures"), "{:?}", all(&x));
    // "by" and a time, or no name after "by", names no buyer.
    let x = run("Zentrix Bank said the deal for Orvane Ltd will be completed in 2026 by the end of March.");
    assert!(x.relations.iter().all(|r| r.predicate != Acquired), "{:?}", all(&x));
    let x = run("Brindle Group acquired in 2006 the lender Zentrix Bank.");
    assert!(has(&x, "Brindle Group", Acquired, "Zentrix Bank"), "{:?}", all(&x));
}

#[test]
fn a_second_verb_after_and_has_the_sentences_subject_not_the_first_verbs_object() {
    for t in [
        "Kestrel Group bought Orvane Corp and signed a partnership with Brindle Corp.",
        "Kestrel Group bought Orvane Corp last year and partnered with Brindle Corp.",
        "Since then, Kestrel Group has completed the acquisition of Orvane Parcels Ltd and Tallis Express Ltd — \
         and struck a marketing alliance with Brindle Corp.",
    ] {
        let x = run(t);
        assert!(has(&x, "Kestrel Group", Predicate::PartnersWith, "Brindle Corp"), "{t}: {:?}", all(&x));
        assert!(
            x.relations.iter().all(|r| r.predicate != Predicate::PartnersWith
                || x.entities[r.subject].name == "Kestrel Group"
                || x.entities[r.object].name == "Kestrel Group"),
            "{t}: {:?}",
            all(&x)
        );
    }
    // Near misses: two names joined by "and" before the verb are both partners.
    let x = run("Kestrel Group and Orvane Corp partnered with Brindle Corp.");
    assert!(has(&x, "Orvane Corp", Predicate::PartnersWith, "Brindle Corp"), "{:?}", all(&x));
    assert!(has(&x, "Kestrel Group", Predicate::PartnersWith, "Brindle Corp"), "{:?}", all(&x));
}

#[test]
fn a_supply_deal_or_agreement_is_no_partnership() {
    for t in [
        "Zentrix Inc signed a supply agreement with Brindle Corp.",
        "Zentrix Inc signed a long-term gas supply agreement with Brindle Corp.",
        "Zentrix Inc sealed two supply chain deals with Brindle Corp and Orvane Ltd.",
    ] {
        let x = run(t);
        assert!(x.relations.iter().all(|r| r.predicate != Predicate::PartnersWith), "{t}: {:?}", all(&x));
    }
    // Near misses: a supply partnership is stated as one; a deal of another kind.
    let x = run("Zentrix Inc formed a supply partnership with Brindle Corp.");
    assert!(has(&x, "Zentrix Inc", Predicate::PartnersWith, "Brindle Corp"), "{:?}", all(&x));
    let x = run("Zentrix Inc signed a research agreement with Brindle Corp.");
    assert!(has(&x, "Zentrix Inc", Predicate::PartnersWith, "Brindle Corp"), "{:?}", all(&x));
}

#[test]
fn stakes_in_the_plural_are_investments_of_each_holder_listed() {
    let x = run(
        "Kestrel Holdings, Orvane Capital and Tolva Partners all purchased stakes in Zentrix Inc earlier this year. \
                 Brindle Group and Halden Ventures hold stakes in Quillmark Ltd. \
                 Norvik Capital bought stakes in Dravo Systems and Kelso Labs.",
    );
    for holder in ["Kestrel Holdings", "Orvane Capital", "Tolva Partners"] {
        assert!(has(&x, holder, Predicate::InvestedIn, "Zentrix Inc"), "{holder}: {:?}", all(&x));
        assert!(!has(&x, holder, Predicate::Acquired, "Zentrix Inc"), "{holder}: {:?}", all(&x));
    }
    assert!(has(&x, "Brindle Group", Predicate::InvestedIn, "Quillmark Ltd"), "{:?}", all(&x));
    assert!(has(&x, "Halden Ventures", Predicate::InvestedIn, "Quillmark Ltd"), "{:?}", all(&x));
    assert!(has(&x, "Norvik Capital", Predicate::InvestedIn, "Dravo Systems"), "{:?}", all(&x));
    assert!(has(&x, "Norvik Capital", Predicate::InvestedIn, "Kelso Labs"), "{:?}", all(&x));
}

#[test]
fn the_company_whose_investors_are_named_is_no_subject_of_their_stake() {
    let x = run("Investors in Kestrel Holdings will swap their shares for stakes in a new holding company called Zentrix Holdings Ltd. \
                 Shareholders of Orvane Capital received a stake in Tolva Partners. \
                 Brindle Capital, an investor in Quillmark Ltd, also took a stake in Dravo Systems.");
    assert!(!has(&x, "Kestrel Holdings", Predicate::InvestedIn, "Zentrix Holdings Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Orvane Capital", Predicate::InvestedIn, "Tolva Partners"), "{:?}", all(&x));
    assert!(has(&x, "Brindle Capital", Predicate::InvestedIn, "Quillmark Ltd"), "{:?}", all(&x));
    assert!(has(&x, "Brindle Capital", Predicate::InvestedIn, "Dravo Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Quillmark Ltd", Predicate::InvestedIn, "Dravo Systems"), "{:?}", all(&x));
}

#[test]
fn an_offer_or_a_wish_to_buy_is_no_purchase() {
    let x = run("Orvane Corp has offered to buy Zentrix Inc for $2 billion. \
                 Kestrel Group made an offer to acquire Tolva Ltd last week. \
                 Brindle Holdings wants to buy Quillmark Ltd. \
                 Halden Corp is hoping to buy Dravo Systems. \
                 Norvik Capital agreed to buy Kelso Labs for $1 billion. \
                 Marlow Group offered to sell its stake in Tessaro Labs.");
    assert!(!has(&x, "Orvane Corp", Predicate::Acquired, "Zentrix Inc"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Group", Predicate::Acquired, "Tolva Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Holdings", Predicate::Acquired, "Quillmark Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Halden Corp", Predicate::Acquired, "Dravo Systems"), "{:?}", all(&x));
    assert!(has(&x, "Norvik Capital", Predicate::Acquired, "Kelso Labs"), "{:?}", all(&x));
    assert!(has(&x, "Marlow Group", Predicate::InvestedIn, "Tessaro Labs"), "{:?}", all(&x));
}

#[test]
fn a_word_inside_a_hyphened_compound_is_no_preposition() {
    let x = run("Zentrix Sons - the holding company of the salt-to-software Zentrix Group - reported profits. \
                 Kestrel Holdings, the owner of farm-to-table chain Orvane Retail Ltd, hired a chief executive. \
                 Brindle Group owns a plant next to Quillmark Ltd.");
    assert!(has(&x, "Zentrix Sons", Predicate::Owns, "Zentrix Group"), "{:?}", all(&x));
    assert!(has(&x, "Kestrel Holdings", Predicate::Owns, "Orvane Retail Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Group", Predicate::Owns, "Quillmark Ltd"), "{:?}", all(&x));
}

#[test]
fn a_possessor_owns_the_business_it_describes_by_a_demonym_and_a_noun() {
    let x = run("Brindle Group's Australian phone carrier Zentrix Mobile appointed a new chief executive. \
                 Orvane Corp agreed to acquire Kestrel Holdings' Brazilian retailer Tolva Stores for $2 billion. \
                 Halden Corp's Chinese supplier Quillmark Labs cut 200 jobs. \
                 Dravo Systems' Japanese rival Kelso Labs cut prices. \
                 Marlow Group's biggest customer Tessaro Labs cut orders.");
    assert!(has(&x, "Brindle Group", Predicate::Owns, "Zentrix Mobile"), "{:?}", all(&x));
    assert!(has(&x, "Kestrel Holdings", Predicate::Owns, "Tolva Stores"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Corp", Predicate::Acquired, "Tolva Stores"), "{:?}", all(&x));
    assert!(!has(&x, "Orvane Corp", Predicate::Acquired, "Kestrel Holdings"), "{:?}", all(&x));
    assert!(!has(&x, "Halden Corp", Predicate::Owns, "Quillmark Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Dravo Systems", Predicate::Owns, "Kelso Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Marlow Group", Predicate::Owns, "Tessaro Labs"), "{:?}", all(&x));
}

#[test]
fn each_seller_listed_after_from_owned_what_was_bought() {
    let x = run("Orvane Corp agreed to buy Zentrix Inc from Walmex Group and investment firm Kestrel Capital. \
                 Brindle Group bought Tolva Ltd from Halden Corp and hired Quillmark Partners as its adviser.");
    assert!(has(&x, "Walmex Group", Predicate::Owns, "Zentrix Inc"), "{:?}", all(&x));
    assert!(has(&x, "Kestrel Capital", Predicate::Owns, "Zentrix Inc"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Corp", Predicate::Acquired, "Zentrix Inc"), "{:?}", all(&x));
    assert!(has(&x, "Halden Corp", Predicate::Owns, "Tolva Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Quillmark Partners", Predicate::Owns, "Tolva Ltd"), "{:?}", all(&x));
}

#[test]
fn a_listed_backer_may_be_described_by_a_demonym_and_words_before_its_noun() {
    let x = run("Zentrix Inc raised $5 million from Brindle Capital and Chinese internet giant Kestrel Holdings. \
                 Tolva Ltd raised $8 million from Orvane Partners, US private equity firm Halden Capital and Dravo Ventures.");
    assert!(has(&x, "Brindle Capital", Predicate::InvestedIn, "Zentrix Inc"), "{:?}", all(&x));
    assert!(has(&x, "Kestrel Holdings", Predicate::InvestedIn, "Zentrix Inc"), "{:?}", all(&x));
    for backer in ["Orvane Partners", "Halden Capital", "Dravo Ventures"] {
        assert!(has(&x, backer, Predicate::InvestedIn, "Tolva Ltd"), "{backer}: {:?}", all(&x));
    }
}

#[test]
fn investors_set_off_by_a_comma_before_including_hold_stakes_not_the_company() {
    let x = run(
        "Zentrix Inc is 73.9 per cent owned by foreign investors, including Brindle Capital and Kestrel Holdings, \
                 with the rest owned by local investors. \
                 Tolva Ltd has 300 shareholders, including Orvane Partners.",
    );
    assert!(has(&x, "Brindle Capital", Predicate::InvestedIn, "Zentrix Inc"), "{:?}", all(&x));
    assert!(has(&x, "Kestrel Holdings", Predicate::InvestedIn, "Zentrix Inc"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Capital", Predicate::Owns, "Zentrix Inc"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Holdings", Predicate::Owns, "Zentrix Inc"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Partners", Predicate::InvestedIn, "Tolva Ltd"), "{:?}", all(&x));
}

#[test]
fn a_person_of_an_organisation_is_the_subject_of_the_verb_after() {
    let x = run("Just this month, Jaime Ortiz of Brindle Capital invested $362 million in Spanish bank Zentrix Bank. \
                 Maria Lund of Kestrel Holdings said the firm had invested in Tolva Ltd. \
                 Analysts of Halden Capital said Orvane Corp bought Quillmark Ltd.");
    assert!(has(&x, "Jaime Ortiz", Predicate::InvestedIn, "Zentrix Bank"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Capital", Predicate::InvestedIn, "Zentrix Bank"), "{:?}", all(&x));
    assert!(has(&x, "Kestrel Holdings", Predicate::InvestedIn, "Tolva Ltd"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Corp", Predicate::Acquired, "Quillmark Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Halden Capital", Predicate::Acquired, "Quillmark Ltd"), "{:?}", all(&x));
}

#[test]
fn companies_listed_before_setting_up_something_joint_are_partners() {
    let x = run("Brindle Corp, Orvane Energy to build joint battery plant\n\n\
                 Brindle Corp and Orvane Energy began the construction of a joint battery plant in Indonesia. \
                 Kestrel Telecom, Halden Motor Company, Tessaro Asset Management, and Marlow AI will create a joint \
                 fund to invest in startups. \
                 Quillmark Systems and Zentrix Labs have launched a joint initiative to train engineers.");
    assert!(has(&x, "Brindle Corp", Predicate::PartnersWith, "Orvane Energy"), "{:?}", all(&x));
    for (a, b) in [
        ("Kestrel Telecom", "Halden Motor Company"),
        ("Kestrel Telecom", "Marlow AI"),
        ("Halden Motor Company", "Tessaro Asset Management"),
        ("Tessaro Asset Management", "Marlow AI"),
    ] {
        assert!(has(&x, a, Predicate::PartnersWith, b), "{a} {b}: {:?}", all(&x));
    }
    assert!(has(&x, "Quillmark Systems", Predicate::PartnersWith, "Zentrix Labs"), "{:?}", all(&x));
}

#[test]
fn a_joint_statement_a_refused_joint_fund_or_one_named_subject_makes_no_partners() {
    let x = run("Brindle Corp and Orvane Group issued a joint statement on Monday. \
                 Kestrel Telecom and Halden Motor Company will not create a joint fund, the companies said. \
                 Tessaro Labs said Marlow Group would build a joint plant with local firms. \
                 Analysts at Quillmark Systems and Zentrix Labs expect the joint plant to open in 2025.");
    for (a, b) in [
        ("Brindle Corp", "Orvane Group"),
        ("Kestrel Telecom", "Halden Motor Company"),
        ("Tessaro Labs", "Marlow Group"),
        ("Quillmark Systems", "Zentrix Labs"),
    ] {
        assert!(!has(&x, a, Predicate::PartnersWith, b), "{a} {b}: {:?}", all(&x));
    }
}

#[test]
fn one_of_a_companys_investors_or_backers_invested_in_it() {
    let x = run("Zentrix Labs was sold to Orvane Group on Monday. \
                 Saudi-based Kestrel Holding, one of Zentrix's early investors, said the deal was good. \
                 Halden Capital, one of the company's biggest backers, welcomed the sale. \
                 Brindle Ventures is one of Zentrix Labs' largest shareholders. \
                 Tessaro Fund is among Zentrix Labs' backers.");
    for holder in ["Kestrel Holding", "Halden Capital", "Brindle Ventures", "Tessaro Fund"] {
        assert!(has(&x, holder, Predicate::InvestedIn, "Zentrix Labs"), "{holder}: {:?}", all(&x));
    }
}

#[test]
fn one_of_a_companys_rivals_or_customers_or_of_the_largest_investors_holds_no_stake() {
    let x = run("Zentrix Labs was sold to Orvane Group on Monday. \
                 Kestrel Holding, one of Zentrix's rivals, said the deal was bad. \
                 Brindle Ventures, one of Zentrix Labs' customers, bought chips. \
                 Halden Capital, one of the largest investors in Asia, backs startups.");
    for other in ["Kestrel Holding", "Brindle Ventures", "Halden Capital"] {
        assert!(!has(&x, other, Predicate::InvestedIn, "Zentrix Labs"), "{other}: {:?}", all(&x));
    }
}

#[test]
fn a_company_trading_under_a_brand_owns_it() {
    let x = run("Brindle Corp operates in Bolivia, Colombia and Peru under the Zentrix brand, serving 50 million \
                 customers. Orvane Retail sells phones in Europe under its Kestrel and Tolva brands. \
                 Halden Foods sells snacks under the Quillmark brand, as well as the Marlow brand.");
    assert!(has(&x, "Brindle Corp", Predicate::Owns, "Zentrix"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Retail", Predicate::Owns, "Kestrel"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Retail", Predicate::Owns, "Tolva"), "{:?}", all(&x));
    assert!(has(&x, "Halden Foods", Predicate::Owns, "Quillmark"), "{:?}", all(&x));
    assert!(has(&x, "Halden Foods", Predicate::Owns, "Marlow"), "{:?}", all(&x));
}

#[test]
fn under_a_deal_or_an_agreement_owns_nothing() {
    let x = run("Under the deal, Brindle Corp will keep its brand. \
                 Orvane Retail bought the chain from Tessaro Group, under the Kestrel agreement.");
    assert!(!has(&x, "Orvane Retail", Predicate::Owns, "Kestrel"), "{:?}", all(&x));
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::Owns || x.entities[r.subject].name != "Brindle Corp"));
}

#[test]
fn the_names_a_round_lead_led_the_round_with_are_fellow_investors_not_the_company() {
    let x = run("Zentrix Labs raises $8 million\n\n\
                 Zentrix Labs, a Toronto startup, raised $8 million on Wednesday. \
                 Kestrel Ventures, which led the seed round together with Israel's Brindle Capital, welcomed the deal. \
                 Halden Partners led the Series A round alongside Marlow Capital.");
    for investor in ["Kestrel Ventures", "Brindle Capital", "Halden Partners", "Marlow Capital"] {
        assert!(has(&x, investor, Predicate::InvestedIn, "Zentrix Labs"), "{investor}: {:?}", all(&x));
    }
    assert!(!has(&x, "Kestrel Ventures", Predicate::InvestedIn, "Brindle Capital"), "{:?}", all(&x));
    assert!(!has(&x, "Halden Partners", Predicate::InvestedIn, "Marlow Capital"), "{:?}", all(&x));
}

#[test]
fn a_round_in_or_for_a_named_company_is_that_companys() {
    let x = run("Zentrix Labs raises $8 million\n\n\
                 Zentrix Labs, a Toronto startup, raised $8 million on Wednesday. \
                 Kestrel Ventures led a $5 million round in Orvane Robotics last year. \
                 Halden Partners led the round for Tessaro Systems with Marlow Capital.");
    assert!(has(&x, "Kestrel Ventures", Predicate::InvestedIn, "Orvane Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Halden Partners", Predicate::InvestedIn, "Tessaro Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Ventures", Predicate::InvestedIn, "Zentrix Labs"), "{:?}", all(&x));
}

#[test]
fn a_possessive_before_a_named_purchase_noun_is_the_buyer_not_the_owner() {
    let x = run("Kestrel Games and Brindle Soft reported results. \
                 Analysts spoke about Kestrel Games's Brindle Soft acquisition on Monday.");
    assert!(has(&x, "Kestrel Games", Predicate::Acquired, "Brindle Soft"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Games", Predicate::Owns, "Brindle Soft"), "{:?}", all(&x));
    let x = run("Orvane Corp and Zentrix Ltd reported results. Regulators cleared Orvane Corp's Zentrix Ltd takeover.");
    assert!(has(&x, "Orvane Corp", Predicate::Acquired, "Zentrix Ltd"), "{:?}", all(&x));
    let x = run("Orvane Corp and Zentrix Ltd reported results. Orvane Corp's Zentrix Ltd purchase closed in May.");
    assert!(has(&x, "Orvane Corp", Predicate::Acquired, "Zentrix Ltd"), "{:?}", all(&x));
    // A deal or a merger names no buyer and no owner.
    let x = run("Halvor Inc and Pellam Inc reported results. Investors cheered Halvor Inc's Pellam Inc deal.");
    assert!(!has(&x, "Halvor Inc", Predicate::Acquired, "Pellam Inc"), "{:?}", all(&x));
    assert!(!has(&x, "Halvor Inc", Predicate::Owns, "Pellam Inc"), "{:?}", all(&x));
    let x = run("Halvor Inc and Pellam Inc reported results. Investors cheered Halvor Inc's Pellam Inc merger.");
    assert!(!has(&x, "Halvor Inc", Predicate::Acquired, "Pellam Inc"), "{:?}", all(&x));
    assert!(!has(&x, "Halvor Inc", Predicate::Owns, "Pellam Inc"), "{:?}", all(&x));
    // A bid not agreed is no purchase.
    let x = run("Halvor Inc and Pellam Inc reported results. Halvor Inc dropped its attempt at Halvor Inc's Pellam Inc takeover.");
    assert!(!has(&x, "Halvor Inc", Predicate::Acquired, "Pellam Inc"), "{:?}", all(&x));
}

#[test]
fn a_place_describing_a_unit_noun_after_a_possessive_keeps_the_unit_owned() {
    let x = run("Brindle Motor Co named a new chief. Mr Kovac is now president of Zentrix Motor Co, Brindle Motor Co's China unit.");
    assert!(has(&x, "Brindle Motor Co", Predicate::Owns, "Zentrix Motor Co"), "{:?}", all(&x));
    let x =
        run("Brindle Bank reported results. Ana Ruiz runs Orvane Bank, Brindle Bank's U.S. subsidiary, from Miami.");
    assert!(has(&x, "Brindle Bank", Predicate::Owns, "Orvane Bank"), "{:?}", all(&x));
    let x = run("Brindle Bank reported results. Brindle Bank's Texas-based unit, Orvane Bank, said profit rose.");
    assert!(has(&x, "Brindle Bank", Predicate::Owns, "Orvane Bank"), "{:?}", all(&x));
    // A place with no noun of a part after it names no part.
    let x = run("Brindle Bank reported results. Orvane Bank, Brindle Bank's China rival, said profit rose.");
    assert!(!has(&x, "Brindle Bank", Predicate::Owns, "Orvane Bank"), "{:?}", all(&x));
}

#[test]
fn a_name_set_off_before_its_and_a_unit_noun_is_the_owners_part() {
    let x = run(
        "Brindle Bank reported results. Brindle Bank is hiring an outsider as chair for Orvane Bank, its lending unit.",
    );
    assert!(has(&x, "Brindle Bank", Predicate::Owns, "Orvane Bank"), "{:?}", all(&x));
    let x = run("Brindle Bank reported results on Monday. Orvane Bank, its U.S. subsidiary, said profit rose.");
    assert!(has(&x, "Brindle Bank", Predicate::Owns, "Orvane Bank"), "{:?}", all(&x));
    let x = run("Kestrel Group said sales rose. It named a new chief for Tessaro Foods, its Mexican food division.");
    assert!(has(&x, "Kestrel Group", Predicate::Owns, "Tessaro Foods"), "{:?}", all(&x));
    // Its rival's unit, and a unit noun that goes on to something else, are not its parts.
    let x = run("Kestrel Group said sales rose. It competes with Tessaro Foods, its rival unit.");
    assert!(!has(&x, "Kestrel Group", Predicate::Owns, "Tessaro Foods"), "{:?}", all(&x));
    let x = run("Kestrel Group said sales rose. It sold goods to Tessaro Foods, its unit manager said.");
    assert!(!has(&x, "Kestrel Group", Predicate::Owns, "Tessaro Foods"), "{:?}", all(&x));
}

#[test]
fn a_product_creator_named_before_its_maker_developed_it() {
    let x = run("The Vorta chatbot is popular. Everyone tries to catch up to Vorta creator Brindle AI, and Zentrix is its rival.");
    assert!(has(&x, "Brindle AI", Predicate::Developed, "Vorta"), "{:?}", all(&x));
    // The singular noun has one maker: a name after ", and" opens another clause.
    assert!(!has(&x, "Zentrix", Predicate::Developed, "Vorta"), "{:?}", all(&x));
    let x = run("The Vorta chatbot is popular. Investors back Vorta maker Brindle AI, and Zentrix is growing too.");
    assert!(has(&x, "Brindle AI", Predicate::Developed, "Vorta"), "{:?}", all(&x));
    assert!(!has(&x, "Zentrix", Predicate::Developed, "Vorta"), "{:?}", all(&x));
}

#[test]
fn its_after_and_and_an_auxiliary_stands_for_the_sentences_subject() {
    let x = run(
        "Halvor Corp is pouring billions into Zentrix AI and is working to put its tools into its Quill search engine.",
    );
    assert!(has(&x, "Halvor Corp", Predicate::Developed, "Quill"), "{:?}", all(&x));
    assert!(!has(&x, "Zentrix AI", Predicate::Developed, "Quill"), "{:?}", all(&x));
    // Without the coordinated predicate, the nearer name is still what "its" means.
    let x = run("Halvor Corp said that Zentrix AI will put the tools into its Quill search engine.");
    assert!(has(&x, "Zentrix AI", Predicate::Developed, "Quill"), "{:?}", all(&x));
}

#[test]
fn a_products_noun_after_as_well_as_opens_one_more_member() {
    let x =
        run("Orvane Pharma makes the sclerosis treatments Tovix and Lumra as well as the atrophy treatment Spinor.");
    assert!(has(&x, "Orvane Pharma", Predicate::Developed, "Tovix"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Pharma", Predicate::Developed, "Spinor"), "{:?}", all(&x));
    // A bare comma before the noun describes the name before, it opens no member.
    let x = run("Orvane Pharma makes Tovix, the drug Brindle Labs sells.");
    assert!(!has(&x, "Orvane Pharma", Predicate::Developed, "Brindle Labs"), "{:?}", all(&x));
}

#[test]
fn a_round_named_after_the_lead_verb_is_the_named_companys_not_the_topics() {
    let x = run("Orvane Capital raised its stake in Brindle Systems. Orvane Capital is big. Orvane Capital is old. \
                 Alvora Group led a US$1 billion funding round in Moonvex AI last week. Kestrel Ventures led the \
                 Series B for Quellby Labs.");
    assert!(has(&x, "Alvora Group", Predicate::InvestedIn, "Moonvex AI"), "{:?}", all(&x));
    assert!(!has(&x, "Alvora Group", Predicate::InvestedIn, "Orvane Capital"), "{:?}", all(&x));
    // "Series B for Quellby Labs": the round's letter is no part of the name.
    assert!(has(&x, "Kestrel Ventures", Predicate::InvestedIn, "Quellby Labs"), "{:?}", all(&x));
}

#[test]
fn a_list_goes_on_past_the_period_of_a_legal_form() {
    let x = run("Kestrel Partners raised its stakes in Zentrix Corp. and Orvane & Co., a vote of confidence. \
                 Halvern Capital invested in Brindle Inc. and Tessaro Ltd. last year. \
                 Mardale Group acquired Quillmark Co. or Ostrava Corp. in 2019, the filing said. \
                 Corvex Holdings holds stakes in Lumen Corp., Sarnia Ltd. and Pellworth Inc.");
    for (s, p, o) in [
        ("Kestrel Partners", Predicate::InvestedIn, "Zentrix Corp"),
        ("Kestrel Partners", Predicate::InvestedIn, "Orvane & Co"),
        ("Halvern Capital", Predicate::InvestedIn, "Brindle Inc"),
        ("Halvern Capital", Predicate::InvestedIn, "Tessaro Ltd"),
        ("Mardale Group", Predicate::Acquired, "Quillmark Co"),
        ("Mardale Group", Predicate::Acquired, "Ostrava Corp"),
        ("Corvex Holdings", Predicate::InvestedIn, "Lumen Corp"),
        ("Corvex Holdings", Predicate::InvestedIn, "Sarnia Ltd"),
        ("Corvex Holdings", Predicate::InvestedIn, "Pellworth Inc"),
    ] {
        assert!(has(&x, s, p, o), "{s} {p:?} {o}: {:?}", all(&x));
    }
}

#[test]
fn a_sentence_ending_in_a_legal_form_does_not_carry_its_list_on() {
    let x = run("Kestrel Partners invested in Zentrix Corp. And Orvane Labs said it would hire. \
                 Halvern Capital bought Brindle Inc. Tessaro Ltd. was not part of the deal.");
    assert!(has(&x, "Kestrel Partners", Predicate::InvestedIn, "Zentrix Corp"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Partners", Predicate::InvestedIn, "Orvane Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Halvern Capital", Predicate::Acquired, "Tessaro Ltd"), "{:?}", all(&x));
}

#[test]
fn a_company_named_before_the_noun_owner_is_owned_by_the_name_after() {
    let x = run("Zentrix Labs owner Brindle Corp said on Monday it would sell shares. \
                 Shares of Orvane Media owner Kestrel Holdings rose 3%. \
                 The Daily Courier owner Halvern Media Group struck a deal to buy The Evening Post.");
    assert!(has(&x, "Brindle Corp", Predicate::Owns, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Kestrel Holdings", Predicate::Owns, "Orvane Media"), "{:?}", all(&x));
    assert!(has(&x, "Halvern Media Group", Predicate::Owns, "Daily Courier"), "{:?}", all(&x));
}

#[test]
fn an_owner_noun_without_a_company_right_after_owns_nothing() {
    let x = run("Zentrix Labs became the owner. Brindle Corp did not comment. \
                 Tessaro Air is the largest owner of aircraft, and Quillmark Corp is second. \
                 Sales at Mardale Foods rose, its owner said, and Corvex Corp fell.");
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::Owns), "{:?}", all(&x));
}

#[test]
fn a_second_predicate_after_and_an_auxiliary_and_an_adverb_is_the_subjects() {
    let x = run("Zentrix AI is seen as the only serious rival to Orvane Labs and Kestrel Labs, and is also backed by Brindle Corp and Halvern Capital. \
                 Founded in 2019, Tessaro Robotics competes with Quillmark Systems, and is also funded by Mardale Capital. \
                 • Founded in April 2021, Lumen Health signed a deal with Sarnia Biotech and was later acquired by Pellworth Group.");
    for (s, p, o) in [
        ("Brindle Corp", Predicate::InvestedIn, "Zentrix AI"),
        ("Halvern Capital", Predicate::InvestedIn, "Zentrix AI"),
        ("Mardale Capital", Predicate::InvestedIn, "Tessaro Robotics"),
        ("Pellworth Group", Predicate::Acquired, "Lumen Health"),
    ] {
        assert!(has(&x, s, p, o), "{s} {p:?} {o}: {:?}", all(&x));
    }
    for (s, p, o) in [
        ("Brindle Corp", Predicate::InvestedIn, "Orvane Labs"),
        ("Brindle Corp", Predicate::InvestedIn, "Kestrel Labs"),
        ("Mardale Capital", Predicate::InvestedIn, "Quillmark Systems"),
        ("Pellworth Group", Predicate::Acquired, "Sarnia Biotech"),
    ] {
        assert!(!has(&x, s, p, o), "{s} {p:?} {o}: {:?}", all(&x));
    }
}

#[test]
fn a_relative_clause_or_a_named_subject_after_and_keeps_its_own_subject() {
    let x = run("Zentrix AI rivals Orvane Labs, which is also backed by Brindle Corp. \
                 Tessaro Robotics competes with Quillmark Systems, and Quillmark Systems is also funded by Mardale Capital.");
    assert!(has(&x, "Brindle Corp", Predicate::InvestedIn, "Orvane Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Corp", Predicate::InvestedIn, "Zentrix AI"), "{:?}", all(&x));
    assert!(has(&x, "Mardale Capital", Predicate::InvestedIn, "Quillmark Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Mardale Capital", Predicate::InvestedIn, "Tessaro Robotics"), "{:?}", all(&x));
}

#[test]
fn houses_after_a_describing_word_is_a_noun_and_owns_nothing() {
    let x = run("Kestrel Partners has stakes in five trading houses: Zentrix Corp. and Orvane Ltd. \
                 European fashion houses Brindle Labs and Halvern Labs grew. \
                 Tessaro Group also houses the fashion retailer Quillmark Labs and the food service Mardale Foods. \
                 Corvex Holdings, which houses Lumen Labs, grew.");
    assert!(has(&x, "Kestrel Partners", Predicate::InvestedIn, "Orvane Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Partners", Predicate::Owns, "Zentrix Corp"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Partners", Predicate::Owns, "Orvane Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Labs", Predicate::Owns, "Halvern Labs"), "{:?}", all(&x));
    assert!(has(&x, "Tessaro Group", Predicate::Owns, "Quillmark Labs"), "{:?}", all(&x));
    assert!(has(&x, "Tessaro Group", Predicate::Owns, "Mardale Foods"), "{:?}", all(&x));
    assert!(has(&x, "Corvex Holdings", Predicate::Owns, "Lumen Labs"), "{:?}", all(&x));
}

#[test]
fn a_backer_named_by_its_standing_in_a_round_invested_in_the_round_company() {
    let x = run("Quillon Capital led a US$1 billion funding round in Zentrix Pay Ltd with existing backer \
                 Monarch Management, the sources said. \
                 Orvane Labs closed a $20 million Series B round, with lead investor Brisa Partners and others. \
                 Kestrel Bank named a new investor relations chief, Ada Morrow, on Monday.");
    assert!(has(&x, "Monarch Management", Predicate::InvestedIn, "Zentrix Pay Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Monarch Management", Predicate::InvestedIn, "Quillon Capital"), "{:?}", all(&x));
    assert!(has(&x, "Brisa Partners", Predicate::InvestedIn, "Orvane Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Ada Morrow", Predicate::InvestedIn, "Kestrel Bank"), "{:?}", all(&x));
}

#[test]
fn an_aside_in_brackets_does_not_end_a_list_of_investors() {
    let x = run("Halvex Pay raised $13 million in a Series B2 round led by Drummond Ventures. \
                 Also participating in the round were existing investors Goodvale (managed by Altera Capital), \
                 Adrevo Capital, Omira Network and Unrest Capital.");
    for investor in ["Goodvale", "Adrevo Capital", "Omira Network", "Unrest Capital"] {
        assert!(has(&x, investor, Predicate::InvestedIn, "Halvex Pay"), "{investor}: {:?}", all(&x));
    }
    assert!(!has(&x, "Altera Capital", Predicate::InvestedIn, "Halvex Pay"), "{:?}", all(&x));
}

#[test]
fn a_purchase_only_tried_sought_or_abandoned_is_no_purchase() {
    let x = run("Soltra Holdings bought the British chip designer Armex Ltd, which Nvora Corp later tried to \
                 acquire from Soltra Holdings. Quellby Group sought to buy Tarvik Foods last year. \
                 Brannock Motors abandoned its plan to buy Ostra Cars Ltd. \
                 Hollin Bank agreed to buy Pexon Credit Ltd after Marsk Finance tried to buy it.");
    assert!(has(&x, "Soltra Holdings", Predicate::Acquired, "Armex Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Nvora Corp", Predicate::Acquired, "Armex Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Quellby Group", Predicate::Acquired, "Tarvik Foods"), "{:?}", all(&x));
    assert!(!has(&x, "Brannock Motors", Predicate::Acquired, "Ostra Cars Ltd"), "{:?}", all(&x));
    assert!(has(&x, "Hollin Bank", Predicate::Acquired, "Pexon Credit Ltd"), "{:?}", all(&x));
}

#[test]
fn a_venture_between_two_companies_of_any_kind_makes_them_partners() {
    let x = run("Stargate is a mega venture between Orvane AI and Quillon Corp to build data centres. \
                 Hessel Mining is a new venture between Marsk Holdings and Tarvik Capital. \
                 Brindle Corp said its venture arm had backed Kestrel Labs and Dunmore Ltd.");
    assert!(has(&x, "Orvane AI", Predicate::PartnersWith, "Quillon Corp"), "{:?}", all(&x));
    assert!(has(&x, "Marsk Holdings", Predicate::PartnersWith, "Tarvik Capital"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Labs", Predicate::PartnersWith, "Dunmore Ltd"), "{:?}", all(&x));
}

#[test]
fn an_acronym_of_a_field_may_describe_a_possessed_unit() {
    let x = run("Exclusive / Korvo Fund's AI unit Zentara Ltd has already sold out its capacity. \
                 Brindle Bank's TV arm Ostra Media Ltd grew. Hollin Group's IBM Kestrel deal closed.");
    assert!(has(&x, "Korvo Fund", Predicate::Owns, "Zentara Ltd"), "{:?}", all(&x));
    assert!(has(&x, "Brindle Bank", Predicate::Owns, "Ostra Media Ltd"), "{:?}", all(&x));
    assert!(
        !x.relations.iter().any(|r| x.entities[r.object].name.contains("Kestrel") && r.predicate == Predicate::Owns),
        "{:?}",
        all(&x)
    );
}

#[test]
fn leading_a_round_with_its_amount_and_series_in_a_company_invests_in_it() {
    let x = run("In May, Orvane Capital led a $5.9 million series A round in Lyon-based Zentrix Labs. \
                 Talvo Partners led a US$1 billion Series C funding round in Kestrel Robotics last week. \
                 Brindle Capital is a large fund. It led a $40 million funding round in Halden Systems. \
                 Marsk Ventures led a $3 million seed round for Dunmore Labs.");
    assert!(has(&x, "Orvane Capital", Predicate::InvestedIn, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Talvo Partners", Predicate::InvestedIn, "Kestrel Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Brindle Capital", Predicate::InvestedIn, "Halden Systems"), "{:?}", all(&x));
    assert!(has(&x, "Marsk Ventures", Predicate::InvestedIn, "Dunmore Labs"), "{:?}", all(&x));
}

#[test]
fn a_round_led_with_a_place_or_a_date_after_in_names_no_company() {
    let x = run("Quillon Corp makes sensors. Orvane Capital led a $5.9 million series A round in Lyon last year. \
                 Talvo Partners led a $2 million round in March, joined by Hessel Bank. \
                 Brindle Capital led the largest financing round for a Chinese chip startup this year.");
    assert!(!has(&x, "Orvane Capital", Predicate::InvestedIn, "Lyon"), "{:?}", all(&x));
    assert!(
        !x.relations.iter().any(|r| x.entities[r.object].name == "Hessel Bank" && r.predicate == Predicate::InvestedIn),
        "{:?}",
        all(&x)
    );
    assert!(!has(&x, "Brindle Capital", Predicate::InvestedIn, "Talvo Partners"), "{:?}", all(&x));
}

#[test]
fn a_minority_share_bought_is_an_investment_whatever_words_describe_it_but_control_is_a_purchase() {
    let x = run("Orvane Media has agreed to buy 30 percent of cell phone carrier Kestrel Telecom for $1.4 billion. \
                 Talvo Bank agreed to buy 20% of the Lyon-based lender Halden Credit. \
                 Quellby Bank completed its acquisition of a 45% majority stake in Ostra Funds.");
    for (buyer, bought) in
        [("Orvane Media", "Kestrel Telecom"), ("Talvo Bank", "Halden Credit"), ("Quellby Bank", "Ostra Funds")]
    {
        assert!(has(&x, buyer, Predicate::InvestedIn, bought), "{buyer}: {:?}", all(&x));
        assert!(!has(&x, buyer, Predicate::Acquired, bought), "{buyer}: {:?}", all(&x));
    }
    // A stake called controlling is control bought, whatever its size.
    let x = run("Brindle Group completed its acquisition of a 49% controlling stake in Zentrix Labs and a 50% stake \
                 in Zentrix Funds.");
    assert!(has(&x, "Brindle Group", Predicate::Acquired, "Zentrix Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Group", Predicate::InvestedIn, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Brindle Group", Predicate::InvestedIn, "Zentrix Funds"), "{:?}", all(&x));
}

#[test]
fn a_company_that_controls_another_owns_it() {
    for text in [
        "Orvane Motors controls Tolvex Labs with a 22.4 percent stake.",
        "Tolvex Labs, the mobile phone company which Orvane Motors controls, said profits rose.",
        "Tolvex Labs, which is controlled by Orvane Motors, said profits rose.",
        "Kestrel Bank will raise its stake in Orvane Motors, the holding company that controls Tolvex Labs, to \
         60 percent.",
    ] {
        let x = run(text);
        assert!(has(&x, "Orvane Motors", Predicate::Owns, "Tolvex Labs"), "{text}: {:?}", all(&x));
    }
}

#[test]
fn a_majority_or_a_control_with_no_smaller_size_stated_is_still_a_purchase() {
    let x = run("Brindle Group bought a controlling stake in Zentrix Labs. \
                 Orvane Media has agreed to buy 60 percent of sensor maker Kestrel Systems. \
                 Talvo Bank agreed to buy the cell phone carrier Halden Telecom.");
    assert!(has(&x, "Brindle Group", Predicate::Acquired, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Media", Predicate::Acquired, "Kestrel Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Orvane Media", Predicate::InvestedIn, "Kestrel Systems"), "{:?}", all(&x));
    assert!(has(&x, "Talvo Bank", Predicate::Acquired, "Halden Telecom"), "{:?}", all(&x));
    assert!(!has(&x, "Talvo Bank", Predicate::InvestedIn, "Halden Telecom"), "{:?}", all(&x));
}

#[test]
fn participants_of_a_round_a_round_spearheaded_and_a_company_gobbled_up() {
    let x = run("Zentrix Labs raised $20 million in a new round. Orvane Ventures and Kestrel Partners are \
                 among the participants. Halden Robotics raised $9 million. The funding round was spearheaded \
                 by Talvo Capital. Drugmaker Brindle Pharma today gobbled up rival Dunmore Labs for $1 billion.");
    assert!(has(&x, "Orvane Ventures", Predicate::InvestedIn, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Kestrel Partners", Predicate::InvestedIn, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Talvo Capital", Predicate::InvestedIn, "Halden Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Brindle Pharma", Predicate::Acquired, "Dunmore Labs"), "{:?}", all(&x));
}

#[test]
fn participants_of_a_meeting_and_a_reform_spearheaded_invest_in_nothing() {
    let x = run("Orvane Ventures and Kestrel Partners were among the participants at the Lyon conference. \
                 The reform was spearheaded by Talvo Capital.");
    assert!(!x.relations.iter().any(|r| r.predicate == Predicate::InvestedIn), "{:?}", all(&x));
}

#[test]
fn a_share_controlled_a_lost_control_or_a_family_in_control_is_no_ownership() {
    for text in [
        "Orvane Motors controls 30 percent of Tolvex Labs.",
        "Orvane Motors controls a 30 percent stake in Tolvex Labs.",
        "Regulators said Orvane Motors no longer controls Tolvex Labs.",
        "Orvane Motors makes cars. Tolvex Labs is controlled by the Orvane family.",
        "Orvane Motors makes cars. Tolvex Labs is owned by the Orvane family.",
    ] {
        let x = run(text);
        assert!(!has(&x, "Orvane Motors", Predicate::Owns, "Tolvex Labs"), "{text}: {:?}", all(&x));
    }
}

#[test]
fn a_single_unit_set_off_after_a_list_is_the_nearest_name_only() {
    let x = run("E-commerce platforms like Tolvex Labs, Marlowe Systems and Singapore-based Nobrin Auto — a unit \
                 of Orvane Motors — moved quickly.");
    assert!(has(&x, "Orvane Motors", Predicate::Owns, "Nobrin Auto"), "{:?}", all(&x));
    for other in ["Tolvex Labs", "Marlowe Systems"] {
        assert!(!has(&x, "Orvane Motors", Predicate::Owns, other), "{other}: {:?}", all(&x));
    }
    let y = run("Tolvex Labs, a wholly owned subsidiary of Orvane Motors, moved quickly.");
    assert!(has(&y, "Orvane Motors", Predicate::Owns, "Tolvex Labs"), "{:?}", all(&y));
}

#[test]
fn a_demonym_in_an_apposition_places_the_name_before_it_past_long_descriptions() {
    let x = run("The contract was signed with Tolvane Group, a South African clean energy development company. \
                 The offer went to Bestra Media, the cash-strapped French media and entertainment group. \
                 Harlo Capital, an Ivorian fund, invested in Pellow. \
                 Rennet Labs, a Swedish battery recycling and storage startup, hired engineers. \
                 Quorra Bank, the struggling Greek lender, cut jobs.");
    assert!(has(&x, "Tolvane Group", Predicate::LocatedIn, "South Africa"), "{:?}", all(&x));
    assert!(has(&x, "Bestra Media", Predicate::LocatedIn, "France"), "{:?}", all(&x));
    assert!(has(&x, "Harlo Capital", Predicate::LocatedIn, "Ivory Coast"), "{:?}", all(&x));
    assert!(has(&x, "Rennet Labs", Predicate::LocatedIn, "Sweden"), "{:?}", all(&x));
    assert!(has(&x, "Quorra Bank", Predicate::LocatedIn, "Greece"), "{:?}", all(&x));
    // Near misses: a place the firm sells to or a demonym about its clients is no home.
    let y = run("Tolvane Group, a maker of panels for French and German utilities, grew. \
                 Bestra Media, the group that bought a Spanish broadcaster last year, fell.");
    assert!(!has(&y, "Tolvane Group", Predicate::LocatedIn, "France"), "{:?}", all(&y));
    assert!(!has(&y, "Tolvane Group", Predicate::LocatedIn, "Germany"), "{:?}", all(&y));
    assert!(!has(&y, "Bestra Media", Predicate::LocatedIn, "Spain"), "{:?}", all(&y));
}

#[test]
fn a_demonym_kind_list_may_put_a_comma_before_including() {
    let x = run("The round drew Indian banks, including Harlan Bank, Merrit Bank and Stoke Finance. \
                 Buyers were Dutch lenders, such as Veldhuis Bank and Oranje Krediet.");
    for bank in ["Harlan Bank", "Merrit Bank", "Stoke Finance"] {
        assert!(has(&x, bank, Predicate::LocatedIn, "India"), "{bank}: {:?}", all(&x));
    }
    assert!(has(&x, "Veldhuis Bank", Predicate::LocatedIn, "Netherlands"), "{:?}", all(&x));
    assert!(has(&x, "Oranje Krediet", Predicate::LocatedIn, "Netherlands"), "{:?}", all(&x));
    // "pan-African investors" serve a region; the list's members are not from it.
    let y = run("The syndicate held pan-African investors, including Korvo Ventures and Malindi Capital.");
    assert!(!has(&y, "Korvo Ventures", Predicate::LocatedIn, "Africa"), "{:?}", all(&y));
    assert!(!has(&y, "Malindi Capital", Predicate::LocatedIn, "Africa"), "{:?}", all(&y));
}

#[test]
fn a_countrys_possessive_before_an_unknown_name_places_that_company() {
    let x = run("He previously worked for the carrier Ansel and Ireland's Ferrow Air in senior roles. \
                 The drug was licensed from India's Galvo for arthritis. \
                 The plan was backed by South Africa's Tembo Power.");
    assert!(has(&x, "Ferrow Air", Predicate::LocatedIn, "Ireland"), "{:?}", all(&x));
    assert!(has(&x, "Galvo", Predicate::LocatedIn, "India"), "{:?}", all(&x));
    assert!(has(&x, "Tembo Power", Predicate::LocatedIn, "South Africa"), "{:?}", all(&x));
    // Near misses: a person, and a name describing the noun and the name after it.
    let y = run("Germany's Olaf Brenner said the talks failed. \
                 The plan was opposed by Qatar's Skyway partner Brindle Air.");
    assert!(!all(&y).iter().any(|r| r.contains("Olaf Brenner") && r.contains("locatedIn")), "{:?}", all(&y));
    assert!(!has(&y, "Skyway", Predicate::LocatedIn, "Qatar"), "{:?}", all(&y));
}

#[test]
fn a_demonym_before_a_kind_with_an_acronym_places_the_name() {
    let x = run("Moroccan B2B e-commerce startup Kestrel raised $5 million last week. \
                 Investors backed Kenyan AI-recruitment startup Pellow. \
                 Lenders backed Chilean ERP-software firm Tarvo on Monday.");
    assert!(has(&x, "Kestrel", Predicate::LocatedIn, "Morocco"), "{:?}", all(&x));
    assert!(has(&x, "Pellow", Predicate::LocatedIn, "Kenya"), "{:?}", all(&x));
    assert!(has(&x, "Tarvo", Predicate::LocatedIn, "Chile"), "{:?}", all(&x));
    // Near miss: no noun of a kind of company before the name.
    let y = run("The Kenyan AI-recruitment market grew as Pellow hired staff.");
    assert!(!has(&y, "Pellow", Predicate::LocatedIn, "Kenya"), "{:?}", all(&y));
}

#[test]
fn a_second_verb_of_a_relative_clause_is_the_relatives_heads() {
    let cases = [
        ("Saldor Motor Corp, which owns Marvel Motor Ltd and is in joint venture with Charlon Group, said sales rose.",
         Predicate::PartnersWith),
        ("Rival Saldor Motor Corp, which owns Marvel Motor Ltd and is in a joint venture with Thai conglomerate \
          Charlon Group, released its first EV in 2019.",
         Predicate::PartnersWith),
        ("Saldor Motor Corp, which bought Marvel Motor Ltd in 2019 and competes with Charlon Group, said sales rose.",
         Predicate::CompetesWith),
        ("Saldor Motor Corp, which owns Marvel Motor Ltd and has a partnership with Charlon Group, said sales rose.",
         Predicate::PartnersWith),
    ];
    for (text, p) in cases {
        let x = run(text);
        assert!(has(&x, "Saldor Motor Corp", p, "Charlon Group"), "{text}: {:?}", all(&x));
        assert!(!has(&x, "Marvel Motor Ltd", p, "Charlon Group"), "{text}: {:?}", all(&x));
        assert!(!has(&x, "Charlon Group", p, "Marvel Motor Ltd"), "{text}: {:?}", all(&x));
    }
    // A passive second verb keeps the head as what the cue speaks of.
    let x = run("Saldor Motor Corp, which owns Marvel Motor Ltd and is also backed by Charlon Group, said sales rose.");
    assert!(has(&x, "Charlon Group", Predicate::InvestedIn, "Saldor Motor Corp"), "{:?}", all(&x));
    // Not a relative clause before "and": the relative after the list keeps its own subject.
    let x = run("Saldor Motor Corp owns Marvel Motor Ltd and Charlon Group, which competes with Pellow Motors.");
    assert!(has(&x, "Charlon Group", Predicate::CompetesWith, "Pellow Motors"), "{:?}", all(&x));
    assert!(!has(&x, "Saldor Motor Corp", Predicate::CompetesWith, "Pellow Motors"), "{:?}", all(&x));
}

#[test]
fn a_name_after_a_deals_purpose_is_no_partner() {
    let x = run("Halvik Corp is buying a stake in Dunmore Platforms, while its Whistle unit struck a deal to invest \
                 in Gorran Ltd. Brindle Energy signed a deal to supply Orvane Steel with gas.");
    assert!(!has(&x, "Whistle", Predicate::PartnersWith, "Gorran Ltd"), "{:?}", all(&x));
    assert!(has(&x, "Whistle", Predicate::InvestedIn, "Gorran Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Energy", Predicate::PartnersWith, "Orvane Steel"), "{:?}", all(&x));
    // A party named before the purpose still is one.
    let x = run("Brindle Energy struck a deal with Orvane Steel to develop hydrogen plants. \
                 Kestrel Labs signed a deal with Pellan Bio on Monday.");
    assert!(has(&x, "Brindle Energy", Predicate::PartnersWith, "Orvane Steel"), "{:?}", all(&x));
    assert!(has(&x, "Kestrel Labs", Predicate::PartnersWith, "Pellan Bio"), "{:?}", all(&x));
}

#[test]
fn a_sentence_opening_with_a_rival_names_a_rival_of_the_company_before() {
    let cases = [
        (
            "Kestrel Motor Corp will build a plant in Spain. Chinese rival Saldor Motor Corp released its first EV \
          in 2019.",
            "Saldor Motor Corp",
            "Kestrel Motor Corp",
        ),
        (
            "Brindle Bank reported higher profit on Monday. Rival Orvane Bank said its own profit fell.",
            "Orvane Bank",
            "Brindle Bank",
        ),
        (
            "Talvo Foods Ltd cut prices in March. It also closed stores. Smaller rivals Pellan Foods and Dunmore \
          Grocers did the same.",
            "Dunmore Grocers",
            "Talvo Foods Ltd",
        ),
        (
            "Kestrel Motor Corp will build a plant in Spain. In 2019, domestic rival Saldor Motor Corp, which owns \
          Marvel Motor Ltd, opened one there.",
            "Saldor Motor Corp",
            "Kestrel Motor Corp",
        ),
    ];
    for (text, a, b) in cases {
        let x = run(text);
        assert!(has(&x, a, Predicate::CompetesWith, b), "{text}: {:?}", all(&x));
    }
    // The company before stays the subject through sentences opening with "It" and "the automaker".
    let x = run("By purchasing a plant from Halvex Motors in 2020, France's Saldor Motor made an early bet on Spain. \
                 It plans to invest 600 million euros there. Next year, the automaker will begin building vans. \
                 It will also open offices for its units Mindro Electronics and Nobrin Auto. Chinese rival Kestrel \
                 Motor Corp released its first EV in 2019.");
    assert!(has(&x, "Kestrel Motor Corp", Predicate::CompetesWith, "Saldor Motor"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Motor Corp", Predicate::CompetesWith, "Halvex Motors"), "{:?}", all(&x));
    // A rival bid, a rival of someone named, a noun after the rival noun: no rivalry with the company before.
    for text in [
        "Kestrel Motor Corp will build a plant in Spain. Rival bids from Saldor Motor Corp were rejected.",
        "Kestrel Motor Corp will build a plant in Spain. A rival of Saldor Motor Corp said so.",
    ] {
        let x = run(text);
        assert!(!has(&x, "Saldor Motor Corp", Predicate::CompetesWith, "Kestrel Motor Corp"), "{text}: {:?}", all(&x));
    }
}

#[test]
fn a_passive_agent_described_then_named_after_a_comma() {
    let cases = [
        (
            "Founded in May 2025, Quarnel Labs is majority-owned by the state fund, the Pelham Investment Fund (PIF).",
            "Pelham Investment Fund",
            Predicate::Owns,
            "Quarnel Labs",
        ),
        (
            "Tolvex Foods is owned by the national investment fund, the Pelham Investment Fund.",
            "Pelham Investment Fund",
            Predicate::Owns,
            "Tolvex Foods",
        ),
        (
            "Quarnel Labs is backed by a venture firm, Orvane Ventures.",
            "Orvane Ventures",
            Predicate::InvestedIn,
            "Quarnel Labs",
        ),
    ];
    for (text, s, p, o) in cases {
        let x = run(text);
        assert!(has(&x, s, p, o), "{text}: {:?}", all(&x));
    }
    // A description the comma does not close with a name, or a name of a place after it.
    let x = run("Quarnel Labs is owned by a state fund, and Orvane Ventures holds no stake.");
    assert!(!has(&x, "Orvane Ventures", Predicate::Owns, "Quarnel Labs"), "{:?}", all(&x));
}

#[test]
fn a_second_purchase_after_a_price_is_the_first_buyers() {
    let cases = [
        "Orvane Software plans to grow. In 2014 it snapped up Kestrel Systems for 1.2bn US dollars and bought \
         Pellan Software this year for 540m US dollars.",
        "Orvane Software bought Kestrel Systems for $1.2 billion and acquired Pellan Software in March.",
        "Orvane Software bought Kestrel Systems in 2019 and bought Pellan Software this year.",
    ];
    for text in cases {
        let x = run(text);
        assert!(has(&x, "Orvane Software", Predicate::Acquired, "Pellan Software"), "{text}: {:?}", all(&x));
        assert!(!has(&x, "Kestrel Systems", Predicate::Acquired, "Pellan Software"), "{text}: {:?}", all(&x));
    }
    // Two buyers listed: the second is the purchase's subject.
    let x = run("Orvane Software and Kestrel Systems bought Pellan Software for $3 billion.");
    assert!(has(&x, "Kestrel Systems", Predicate::Acquired, "Pellan Software"), "{:?}", all(&x));
}

#[test]
fn a_clause_after_a_comma_is_no_relative_clause_of_the_name_before() {
    let x = run("Tarvo Group has a 26 per cent stake in Sorell Mobile, while Pellan Networks owns 15 per cent.");
    assert!(!has(&x, "Pellan Networks", Predicate::Owns, "Sorell Mobile"), "{:?}", all(&x));
    let y = run("Brindle Soft has a stake in Sorell Mobile, but Pellan Networks owns the rest.");
    assert!(!has(&y, "Pellan Networks", Predicate::Owns, "Sorell Mobile"), "{:?}", all(&y));
    // The relative clause it must not stop: the app is the object of the owner's verb.
    let z = run("Quillo Chat, the app that Pellan Networks now owns, grew fast.");
    assert!(has(&z, "Pellan Networks", Predicate::Owns, "Quillo Chat"), "{:?}", all(&z));
}

#[test]
fn a_rounds_investors_listed_after_words_of_their_kind_or_in_the_next_sentence() {
    use Predicate::InvestedIn;
    // "backing from venture funds, including A", "participation from banks such as A".
    let x = run("Zentrix Labs has attracted backing from prominent venture capital funds, including Pellam \
                 Partners, Corvo Capital and Dunmore Ventures as well as Lumen Bank and Vantor Inc, over two \
                 funding rounds.");
    for investor in ["Pellam Partners", "Corvo Capital", "Dunmore Ventures", "Lumen Bank", "Vantor Inc"] {
        assert!(has(&x, investor, InvestedIn, "Zentrix Labs"), "{investor}: {:?}", all(&x));
    }
    let x = run("Halden Finance Ltd raised $30 million in a debt round. The round also saw participation from \
                 regional banks such as Orvane Bank, Kessel Bank and Tarvo Credit.");
    for investor in ["Orvane Bank", "Kessel Bank", "Tarvo Credit"] {
        assert!(has(&x, investor, InvestedIn, "Halden Finance Ltd"), "{investor}: {:?}", all(&x));
    }
    let x = run("Halden Finance Ltd raised $30 million in debt funding. The round also saw participation from \
                 Indian banks, including Orvane Bank, Kessel Bank, and Tarvo Credit, among others.");
    for investor in ["Orvane Bank", "Kessel Bank", "Tarvo Credit"] {
        assert!(has(&x, investor, InvestedIn, "Halden Finance Ltd"), "{investor}: {:?}", all(&x));
    }
    // "These include A and B": the list goes on with the round of the sentence before.
    let x = run("Orvane Cloud has raised $40 million in a Series A round. The funding round was led by a group of \
                 investors. These include Kestrel Ventures and Brindle VC, together with lead investor Tarvix \
                 Capital.");
    for investor in ["Kestrel Ventures", "Brindle VC", "Tarvix Capital"] {
        assert!(has(&x, investor, InvestedIn, "Orvane Cloud"), "{investor}: {:?}", all(&x));
    }
    let x = run("Selby Robotics closed a $12 million seed round last week. They also included Marrow Partners.");
    assert!(has(&x, "Marrow Partners", InvestedIn, "Selby Robotics"), "{:?}", all(&x));
    // Near misses: a list after words of a kind with no round, a "These include" after no round,
    // customers from a round's sentence named after "from" and no word of inclusion.
    let x = run("Zentrix Labs won contracts from large carriers, including Pellam Telecom and Corvo Mobile.");
    assert!(!x.relations.iter().any(|r| r.predicate == InvestedIn), "{:?}", all(&x));
    let x = run("Orvane Cloud sells to many banks. These include Kestrel Bank and Brindle Credit.");
    assert!(!x.relations.iter().any(|r| r.predicate == InvestedIn), "{:?}", all(&x));
    let x = run("Halden Labs, which closed a seed round last year, won orders from retailers, including Tarvo Stores.");
    assert!(!has(&x, "Tarvo Stores", InvestedIn, "Halden Labs"), "{:?}", all(&x));
}

#[test]
fn an_amount_pumped_or_ploughed_into_a_company_is_an_investment() {
    use Predicate::InvestedIn;
    for (t, s, o) in [
        (
            "Dutch toolmaker Kestrel Systems is pumping more than $1.5 billion into Orvane AI.",
            "Kestrel Systems",
            "Orvane AI",
        ),
        ("Brindle Group has ploughed €200 million into Zentrix Labs since 2021.", "Brindle Group", "Zentrix Labs"),
        ("Tarvix Capital plowed $40m into Selby Robotics last year.", "Tarvix Capital", "Selby Robotics"),
        ("Halden Bank pumps $3 billion into Marrow Energy, the companies said.", "Halden Bank", "Marrow Energy"),
    ] {
        let x = run(t);
        assert!(has(&x, s, InvestedIn, o), "{t}: {:?}", all(&x));
    }
    // Near misses: money pumped into a plant or a market, water pumped into a mine.
    for t in [
        "Kestrel Systems is pumping $2 billion into its Lyon plant.",
        "Brindle Group pumped water into the Orvane mine for 12 days.",
    ] {
        let x = run(t);
        assert!(!x.relations.iter().any(|r| r.predicate == InvestedIn), "{t}: {:?}", all(&x));
    }
}

#[test]
fn a_person_a_round_cue_ties_outside_a_round_leads_or_joins_and_invests_in_nothing() {
    use Predicate::InvestedIn;
    for (t, person, org) in [
        (
            "Orvane Media, led by Jan Roe, son of the late tycoon, made its capital plans public.",
            "Jan Roe",
            "Orvane Media",
        ),
        (
            "Zentrix Labs chief executive Mara Quist, who joined the company from Tarvo Pharma two years ago, spoke.",
            "Mara Quist",
            "Tarvo Pharma",
        ),
        ("Its telecoms arm is billionaire Piet Vale-led Kessel Telecom.", "Piet Vale", "Kessel Telecom"),
        (
            "Dana Holm joined the Lyon retailer Selby Stores in 2017 and led its stake deals.",
            "Dana Holm",
            "Selby Stores",
        ),
    ] {
        let x = run(t);
        assert!(!has(&x, person, InvestedIn, org), "{t}: {:?}", all(&x));
    }
    // A person in a round still invests; a company led by one still does.
    let x = run("Orvane AI raised $20 million in a seed round led by Jan Roe, joined by Kestrel Ventures.");
    assert!(has(&x, "Jan Roe", InvestedIn, "Orvane AI"), "{:?}", all(&x));
    assert!(has(&x, "Kestrel Ventures", InvestedIn, "Orvane AI"), "{:?}", all(&x));
    let x = run("Selby Robotics raised $8 million. Former Halden chief Dana Holm also took part in the round.");
    assert!(has(&x, "Dana Holm", InvestedIn, "Selby Robotics"), "{:?}", all(&x));
}

#[test]
fn a_name_or_its_before_a_plural_noun_of_parts_owns_those_listed_such_as() {
    use Predicate::Owns;
    let x = run("He heads several Kessel Group subsidiaries, such as Dunmore Media, Brindle Soft and Tarvo Link. \
                 Halvar Corp's subsidiaries, such as Pellam Media and Corvo Soft, reported results.");
    for unit in ["Dunmore Media", "Brindle Soft", "Tarvo Link"] {
        assert!(has(&x, "Kessel Group", Owns, unit), "{unit}: {:?}", all(&x));
    }
    for unit in ["Pellam Media", "Corvo Soft"] {
        assert!(has(&x, "Halvar Corp", Owns, unit), "{unit}: {:?}", all(&x));
    }
    // "its Quellair offshoot": an offshoot is a unit.
    let x = run("Kessel Airways has named Jan Roe, the head of its Quellair offshoot, as chief executive.");
    assert!(has(&x, "Kessel Airways", Owns, "Quellair"), "{:?}", all(&x));
    // Near misses: businesses a fund invests in, a company's rivals.
    let x = run("Kestrel Capital invests in businesses such as Orvane Labs and Selby Robotics. \
                 Halden Group rivals, such as Vantor Media and Ostra Net, cut prices.");
    assert!(!x.relations.iter().any(|r| r.predicate == Owns), "{:?}", all(&x));
}

#[test]
fn partners_who_team_up_to_buy_a_company_are_partners_of_each_other_not_of_it() {
    for sentence in [
        "Lundin Mining and Orvane Corp teamed up to buy Cadera Copper.",
        "Lundin Mining and Orvane Corp were teaming up to buy Cadera Copper.",
        "Lundin Mining and Orvane Corp joined forces to acquire Cadera Copper last year.",
        "Lundin Mining and Orvane Corp have teamed up to take over Cadera Copper.",
        "Lundin Mining and Orvane Corp will work together to develop Cadera Copper's mine.",
    ] {
        let x = run(sentence);
        assert!(has(&x, "Lundin Mining", Predicate::PartnersWith, "Orvane Corp"), "{sentence}: {:?}", all(&x));
        for buyer in ["Lundin Mining", "Orvane Corp"] {
            assert!(!has(&x, buyer, Predicate::PartnersWith, "Cadera Copper"), "{sentence}: {:?}", all(&x));
        }
    }
    // With a partner after "with", or one subject alone, the name after stays the partner.
    let y = run("Lundin Mining teamed up with Orvane Corp to buy Cadera Copper.");
    assert!(has(&y, "Lundin Mining", Predicate::PartnersWith, "Orvane Corp"), "{:?}", all(&y));
    assert!(!has(&y, "Lundin Mining", Predicate::PartnersWith, "Cadera Copper"), "{:?}", all(&y));
    let z = run("Lundin Mining and Orvane Corp teamed up to work with Cadera Copper on a smelter.");
    assert!(has(&z, "Lundin Mining", Predicate::PartnersWith, "Cadera Copper"), "{:?}", all(&z));
    let w = run("Halvex Corp struck a partnership to offer Kestrel AI's models on its cloud.");
    assert!(has(&w, "Halvex Corp", Predicate::PartnersWith, "Kestrel AI"), "{:?}", all(&w));
}

#[test]
fn a_described_second_party_still_joins_the_list_that_signs() {
    for (sentence, a, b) in [
        ("Nordane AI and US technology firm Corvex signed an agreement on Tuesday.", "Nordane AI", "Corvex"),
        (
            "Emirati artificial intelligence company Nordane and US technology firm Corvex have signed a deal.",
            "Nordane",
            "Corvex",
        ),
        ("Nordane AI and chip designer Corvex formed a partnership.", "Nordane AI", "Corvex"),
        ("Halvex Bank and German lender Tolvik Bank announced an alliance.", "Halvex Bank", "Tolvik Bank"),
    ] {
        let x = run(sentence);
        assert!(has(&x, a, Predicate::PartnersWith, b), "{sentence}: {:?}", all(&x));
    }
    // A company bought, then a deal signed: the bought one is no party.
    let y = run("Nordane AI bought US technology firm Corvex and signed a deal.");
    assert!(!has(&y, "Nordane AI", Predicate::PartnersWith, "Corvex"), "{:?}", all(&y));
}

#[test]
fn a_consortium_with_two_names_ties_all_three() {
    let x = run("Dravik Holdings formed a consortium with Kelvane Energy and Ostrava Resources.");
    for (a, b) in [
        ("Dravik Holdings", "Kelvane Energy"),
        ("Dravik Holdings", "Ostrava Resources"),
        ("Kelvane Energy", "Ostrava Resources"),
    ] {
        assert!(has(&x, a, Predicate::PartnersWith, b), "{a} {b}: {:?}", all(&x));
    }
    let y = run("Dravik Holdings is a large conglomerate. Last month the conglomerate launched a consortium with \
                 Chinese energy firm Kelvane Power and global commodity giant Ostrava Resources.");
    for (a, b) in [
        ("Dravik Holdings", "Kelvane Power"),
        ("Dravik Holdings", "Ostrava Resources"),
        ("Kelvane Power", "Ostrava Resources"),
    ] {
        assert!(has(&y, a, Predicate::PartnersWith, b), "{a} {b}: {:?}", all(&y));
    }
    let z = run("Dravik Holdings is a large conglomerate. The conglomerate signed a partnership with Kelvane Power.");
    assert!(has(&z, "Dravik Holdings", Predicate::PartnersWith, "Kelvane Power"), "{:?}", all(&z));
    // A consortium led by a name is an investor group, not a tie with it.
    let w = run("Dravik Holdings was bought by a consortium led by Kelvane Power.");
    assert!(!has(&w, "Dravik Holdings", Predicate::PartnersWith, "Kelvane Power"), "{:?}", all(&w));
    // The conglomerate bought a stake: no tie read from the verb and article.
    let v = run("Dravik Holdings is a large conglomerate. The conglomerate bought a stake in Kelvane Power.");
    assert!(!has(&v, "Dravik Holdings", Predicate::PartnersWith, "Kelvane Power"), "{:?}", all(&v));
}

#[test]
fn a_rival_who_is_a_company_officer_ties_no_company() {
    for sentence in [
        "Mara Okafor was in the frame to lead Kestrel Motors, vying with Orvane's chief executive Tomas Verhal.",
        "Kestrel Motors, vying with Orvane's CEO Tomas Verhal and Brindle's Lena Dupree, lost the vote.",
        "Kestrel Motors is in a partnership with Orvane's chairman Tomas Verhal on the project.",
    ] {
        let x = run(sentence);
        for p in [Predicate::CompetesWith, Predicate::PartnersWith] {
            assert!(!has(&x, "Kestrel Motors", p, "Orvane"), "{sentence}: {:?}", all(&x));
        }
    }
    // The company itself, or the owner of a brand, stays the rival.
    let y = run("Kestrel Motors competes with Orvane's Velta brand.");
    assert!(has(&y, "Kestrel Motors", Predicate::CompetesWith, "Orvane"), "{:?}", all(&y));
    let z = run("Kestrel Motors is vying with Orvane Group for the contract.");
    assert!(has(&z, "Kestrel Motors", Predicate::CompetesWith, "Orvane Group"), "{:?}", all(&z));
}

#[test]
fn a_thing_started_by_a_person_is_no_company_they_founded() {
    for sentence in [
        "Lena Dupree, who joined Zentara from Orvane Labs two years ago, keeps up the drive for growth \
         started by predecessor Tomas Verhal.",
        "Orvane Labs has kept the research programme set up by Tomas Verhal in 2010.",
    ] {
        let x = run(sentence);
        assert!(!has(&x, "Tomas Verhal", Predicate::Founded, "Orvane Labs"), "{sentence}: {:?}", all(&x));
    }
    for sentence in [
        "Orvane Labs was founded by Tomas Verhal in 2010.",
        "Orvane Labs, a startup founded by Tomas Verhal, raised $5 million.",
        "Orvane Labs was originally set up by Tomas Verhal.",
        "Orvane Labs, which was started by Tomas Verhal, sells chips.",
    ] {
        let x = run(sentence);
        assert!(has(&x, "Tomas Verhal", Predicate::Founded, "Orvane Labs"), "{sentence}: {:?}", all(&x));
    }
}

#[test]
fn a_place_before_a_rivalry_cue_leaves_the_subject_to_the_sentence() {
    for sentence in [
        "Quellan Capital is one of the biggest buyout firms in Europe and has been getting larger to better \
         compete against U.S. rivals Blackline Partners, Corvex Holdings and Apsen Global.",
        "Quellan Capital is one of the biggest buyout firms in Europe and has grown to compete with Blackline \
         Partners, Corvex Holdings and Apsen Global.",
    ] {
        let x = run(sentence);
        for rival in ["Blackline Partners", "Corvex Holdings", "Apsen Global"] {
            assert!(has(&x, "Quellan Capital", Predicate::CompetesWith, rival), "{sentence}: {:?}", all(&x));
        }
    }
    // The sentence's own company, not the place, is the rival.
    let y = run("Quellan Capital has offices in Europe and now competes with Blackline Partners.");
    assert!(has(&y, "Quellan Capital", Predicate::CompetesWith, "Blackline Partners"), "{:?}", all(&y));
    assert!(!all(&y).iter().any(|r| r.starts_with("Europe competesWith")), "{:?}", all(&y));
}

#[test]
fn a_maker_of_things_founded_by_people_is_still_their_company() {
    let x = run("Orvane Labs bought Zentrix Robotics, a Lyon-based maker of humanoid robots founded in 2016 by Tomas \
                 Verhal and Lena Dupree.");
    for p in ["Tomas Verhal", "Lena Dupree"] {
        assert!(has(&x, p, Predicate::Founded, "Zentrix Robotics"), "{p}: {:?}", all(&x));
    }
}

#[test]
fn a_second_verb_of_buying_a_stake_after_and_is_the_subjects_not_the_first_objects() {
    let x =
        run("Kestrel Holdings recently invested in Orvane Labs and bought a stake in chip startup Brindle Systems. \
                 Halden Group backed Tessaro Labs last year and took a 10% stake in Quillmark Robotics. \
                 Marlow Capital will invest in Sable Networks and buy a stake in Corvid Telecom. \
                 Pellam Partners said Fenwick Media bought a stake in Ashgrove Systems.");
    assert!(has(&x, "Kestrel Holdings", Predicate::InvestedIn, "Orvane Labs"), "{:?}", all(&x));
    assert!(has(&x, "Kestrel Holdings", Predicate::InvestedIn, "Brindle Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Orvane Labs", Predicate::InvestedIn, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Halden Group", Predicate::InvestedIn, "Quillmark Robotics"), "{:?}", all(&x));
    assert!(!has(&x, "Tessaro Labs", Predicate::InvestedIn, "Quillmark Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Marlow Capital", Predicate::InvestedIn, "Corvid Telecom"), "{:?}", all(&x));
    assert!(!has(&x, "Sable Networks", Predicate::InvestedIn, "Corvid Telecom"), "{:?}", all(&x));
    // Near miss: a name that is the subject of its own clause keeps the stake.
    assert!(has(&x, "Fenwick Media", Predicate::InvestedIn, "Ashgrove Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Pellam Partners", Predicate::InvestedIn, "Ashgrove Systems"), "{:?}", all(&x));
    // "The conglomerate" opening the sentence: the company the article calls so.
    let y = run(
        "Korean conglomerate Talon Group will buy chips from Vexa Corp. \
                 The conglomerate recently invested in Draxton Labs and bought a stake in chip startup Quenby Systems.",
    );
    assert!(has(&y, "Talon Group", Predicate::InvestedIn, "Quenby Systems"), "{:?}", all(&y));
    assert!(!has(&y, "Draxton Labs", Predicate::InvestedIn, "Quenby Systems"), "{:?}", all(&y));
    assert!(!has(&y, "Vexa Corp", Predicate::InvestedIn, "Quenby Systems"), "{:?}", all(&y));
}

#[test]
fn who_co_invested_with_whom_all_invested_in_the_company_after_in() {
    let x = run("Kestrel Capital earlier co-invested with Orvane Partners and Brindle Ventures in seed funding \
                 logistics platform Quarrel Systems. \
                 Halden Group co-invested in Tessaro Labs alongside Marlow Capital last year. \
                 Sable Ventures has co-invested with Corvid Partners in Fenwick Robotics and Ashgrove Systems. \
                 Pellam Fund also met Draxton Capital in Lyon with Vantor Group.");
    for investor in ["Kestrel Capital", "Orvane Partners", "Brindle Ventures"] {
        assert!(has(&x, investor, Predicate::InvestedIn, "Quarrel Systems"), "{investor} {:?}", all(&x));
    }
    assert!(!has(&x, "Orvane Partners", Predicate::InvestedIn, "Brindle Ventures"), "{:?}", all(&x));
    assert!(has(&x, "Halden Group", Predicate::InvestedIn, "Tessaro Labs"), "{:?}", all(&x));
    assert!(has(&x, "Marlow Capital", Predicate::InvestedIn, "Tessaro Labs"), "{:?}", all(&x));
    for company in ["Fenwick Robotics", "Ashgrove Systems"] {
        assert!(has(&x, "Sable Ventures", Predicate::InvestedIn, company), "{company} {:?}", all(&x));
        assert!(has(&x, "Corvid Partners", Predicate::InvestedIn, company), "{company} {:?}", all(&x));
    }
    // Near miss: no word of investing, no investment.
    assert!(x.relations.iter().all(|r| x.entities[r.subject].name != "Pellam Fund"), "{:?}", all(&x));
    assert!(!has(&x, "Vantor Group", Predicate::InvestedIn, "Draxton Capital"), "{:?}", all(&x));
}

#[test]
fn a_phrase_of_manner_between_a_participle_of_backing_and_by_keeps_the_agent_the_backer() {
    let x = run("Brindle Labs, which makes chatbots and is backed in a big way by Halcyon Capital, said on Monday it would expand. \
                 Orvane Robotics was funded largely by Kestrel Ventures. \
                 Tessaro Labs, financed in part by Marlow Capital, hired staff. \
                 Quillmark Systems was acquired quietly by Sable Group. \
                 Fenwick Media backed Ashgrove Systems heavily in its early years.");
    assert!(has(&x, "Halcyon Capital", Predicate::InvestedIn, "Brindle Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Labs", Predicate::InvestedIn, "Halcyon Capital"), "{:?}", all(&x));
    assert!(has(&x, "Kestrel Ventures", Predicate::InvestedIn, "Orvane Robotics"), "{:?}", all(&x));
    assert!(!has(&x, "Orvane Robotics", Predicate::InvestedIn, "Kestrel Ventures"), "{:?}", all(&x));
    assert!(has(&x, "Marlow Capital", Predicate::InvestedIn, "Tessaro Labs"), "{:?}", all(&x));
    assert!(has(&x, "Sable Group", Predicate::Acquired, "Quillmark Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Quillmark Systems", Predicate::Acquired, "Sable Group"), "{:?}", all(&x));
    // Near miss: an active verb of backing keeps its subject.
    assert!(!has(&x, "Ashgrove Systems", Predicate::InvestedIn, "Fenwick Media"), "{:?}", all(&x));
}

#[test]
fn a_list_that_competed_in_a_market_are_rivals() {
    for sentence in [
        "Quillon Corp and Tessaro Inc have historically competed in data centers and personal computing.",
        "Quillon Corp and Tessaro Inc compete in the market for cloud storage.",
        "Quillon Corp and Tessaro Inc long competed for customers in Europe.",
        "For years Quillon Corp and Tessaro Inc competed in chips, analysts said.",
        "Quillon Corp, Tessaro Inc and Halvard Ltd compete for the same buyers.",
    ] {
        let x = run(sentence);
        assert!(has(&x, "Quillon Corp", Predicate::CompetesWith, "Tessaro Inc"), "{sentence}: {:?}", all(&x));
    }
    let x = run("Quillon Corp, Tessaro Inc and Halvard Ltd compete for the same buyers.");
    assert!(has(&x, "Tessaro Inc", Predicate::CompetesWith, "Halvard Ltd"), "{:?}", all(&x));
    // One company in a market, or a market a list competes for, names no rival.
    for sentence in [
        "Quillon Corp competed in the Orvane Cup last year.",
        "Quillon Corp and Tessaro Inc competed for Brindle Group's contract.",
        "Quillon Corp competes in Europe with its new chips.",
    ] {
        let x = run(sentence);
        let rivals: Vec<String> = all(&x).into_iter().filter(|r| r.contains("competesWith")).collect();
        let tied = rivals.iter().any(|r| r.contains("Orvane") || r.contains("Brindle") || r.contains("Europe"));
        assert!(!tied, "{sentence}: {:?}", all(&x));
    }
}

#[test]
fn an_owned_rival_is_the_subject_s_rival_not_its_owner_s() {
    for sentence in [
        "Regulators blocked Kestrel Foods' attempt to take over Brindle Corp owned rival Orvane Market Ltd.",
        "Regulators blocked Kestrel Foods' attempt to take over Brindle Corp-owned rival Orvane Market Ltd.",
        "Kestrel Foods bid for Brindle Corp-backed rival Orvane Market Ltd last year.",
    ] {
        let x = run(sentence);
        assert!(!has(&x, "Brindle Corp", Predicate::CompetesWith, "Orvane Market Ltd"), "{sentence}: {:?}", all(&x));
        assert!(has(&x, "Kestrel Foods", Predicate::CompetesWith, "Orvane Market Ltd"), "{sentence}: {:?}", all(&x));
    }
    // A rival the owner's name does not describe stays the owner's.
    let x = run("Brindle Corp said rival Orvane Market Ltd cut prices.");
    assert!(has(&x, "Brindle Corp", Predicate::CompetesWith, "Orvane Market Ltd"), "{:?}", all(&x));
}

#[test]
fn a_possessor_in_a_list_of_rivals_is_no_rival() {
    for sentence in [
        "Kestrel Payments Inc faced rising competition from rivals such as Talvik Inc, Pelora Corp and Dunmark Inc's lending arm.",
        "Kestrel Payments Inc competes with Talvik Inc, Pelora Corp and Dunmark Inc's payments arm.",
        "Kestrel Payments Inc's rivals include Talvik Inc and Dunmark Inc's lending unit.",
    ] {
        let x = run(sentence);
        assert!(has(&x, "Kestrel Payments Inc", Predicate::CompetesWith, "Talvik Inc"), "{sentence}: {:?}", all(&x));
        assert!(!has(&x, "Kestrel Payments Inc", Predicate::CompetesWith, "Dunmark Inc"), "{sentence}: {:?}", all(&x));
    }
}

#[test]
fn companies_that_will_jointly_make_something_are_partners() {
    for sentence in [
        "Quillon Corp and Dunmark Inc will jointly develop AI products.",
        "Quillon Corp and Dunmark Inc plan to jointly develop AI products.",
        "Quillon Corp, Dunmark Inc to jointly develop AI products for Korea",
        "Quillon Corp will jointly develop the chip with Dunmark Inc.",
    ] {
        let x = run(sentence);
        assert!(has(&x, "Quillon Corp", Predicate::PartnersWith, "Dunmark Inc"), "{sentence}: {:?}", all(&x));
    }
    // A thing run jointly, or one company's work, names no partnership.
    for sentence in [
        "The plant is jointly-run by Quillon Corp and Dunmark Inc.",
        "Quillon Corp will jointly develop the chip, Dunmark Inc said.",
    ] {
        let x = run(sentence);
        assert!(!has(&x, "Quillon Corp", Predicate::PartnersWith, "Dunmark Inc"), "{sentence}: {:?}", all(&x));
    }
}

#[test]
fn a_consortium_formed_at_a_time_with_companies_ties_them_all() {
    for sentence in [
        "Brindle Group formed a consortium in March with Orvane Power Ltd and Talvik Corp.",
        "Brindle Group launched a consortium last month with Orvane Power Ltd and Talvik Corp to explore investment.",
        "Brindle Group formed a consortium with Orvane Power Ltd and Talvik Corp.",
    ] {
        let x = run(sentence);
        for (a, b) in [
            ("Brindle Group", "Orvane Power Ltd"),
            ("Brindle Group", "Talvik Corp"),
            ("Orvane Power Ltd", "Talvik Corp"),
        ] {
            assert!(has(&x, a, Predicate::PartnersWith, b), "{sentence}: {a} {b} {:?}", all(&x));
        }
    }
    let x = run("Kestrel Telecom formed an alliance earlier this year with Pelora Corp.");
    assert!(has(&x, "Kestrel Telecom", Predicate::PartnersWith, "Pelora Corp"), "{:?}", all(&x));
    // Unnamed, the conglomerate is the company the text called so.
    let x = run("Brindle Group, a conglomerate, grew fast. The conglomerate launched a consortium last month with \
                 Chinese energy firm Orvane Power Ltd and global commodity giant Talvik Corp to explore investment.");
    assert!(has(&x, "Orvane Power Ltd", Predicate::PartnersWith, "Talvik Corp"), "{:?}", all(&x));
    assert!(has(&x, "Brindle Group", Predicate::PartnersWith, "Talvik Corp"), "{:?}", all(&x));
    // A time phrase and "with" after a noun that is no partnership tie nothing.
    let x = run("Brindle Group signed a lease in March with Orvane Power Ltd.");
    assert!(!has(&x, "Brindle Group", Predicate::PartnersWith, "Orvane Power Ltd"), "{:?}", all(&x));
}

#[test]
fn a_list_of_investors_goes_on_past_an_apposition_and_a_former_chief() {
    let opening = "Brindlewood Labs, a Lisbon-based battery recycler, has raised $40 million in a Series B round led by Corvane Capital. ";
    for (sentence, investors) in [
        (
            "Other investors include Pellworth Fund, the venture arm of the Norvik Group, as well as U.S.-based \
             Tessaly Ventures and Oremont Ventures.",
            &["Pellworth Fund", "Tessaly Ventures", "Oremont Ventures"][..],
        ),
        (
            "The round drew Pellworth Fund, a unit of Norvik Group, and Tessaly Ventures.",
            &["Pellworth Fund", "Tessaly Ventures"][..],
        ),
        (
            "The company has attracted backing from Quillon Partners and Marzell Capital as well as Ostrava Bank \
             and former Sontreal chief Dmitri Valcourt over two rounds.",
            &["Quillon Partners", "Marzell Capital", "Ostrava Bank", "Dmitri Valcourt"][..],
        ),
        (
            "Halvard Partners has also taken part in the financing round, Brindlewood Labs said.",
            &["Halvard Partners"][..],
        ),
        ("Halvard Partners is taking part in the round as well.", &["Halvard Partners"][..]),
    ] {
        let x = run(&format!("{opening}{sentence}"));
        for investor in investors {
            assert!(
                has(&x, investor, Predicate::InvestedIn, "Brindlewood Labs"),
                "{sentence}: {investor} {:?}",
                all(&x)
            );
        }
        // The owner an apposition names, and the company a former chief led, put no money in.
        for other in ["Norvik Group", "Sontreal"] {
            assert!(!has(&x, other, Predicate::InvestedIn, "Brindlewood Labs"), "{sentence}: {other} {:?}", all(&x));
        }
    }
    // An apposition closed by a comma with no name after the separator ends the list.
    let x = run(
        "Corvane Capital invested in Brindlewood Labs, the battery recycler, and said Tessaly Ventures would follow.",
    );
    assert!(has(&x, "Corvane Capital", Predicate::InvestedIn, "Brindlewood Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Corvane Capital", Predicate::InvestedIn, "Tessaly Ventures"), "{:?}", all(&x));
    // Taking part in something other than money is no investment.
    let x = run("Brindlewood Labs makes batteries. Halvard Partners has taken part in the trade fair since 2010.");
    assert!(!has(&x, "Halvard Partners", Predicate::InvestedIn, "Brindlewood Labs"), "{:?}", all(&x));
}

#[test]
fn an_owner_that_was_or_a_minority_share_owned_is_no_present_owner() {
    // A minority share owned is a stake; a majority or the whole is ownership.
    let x = run("Kavtek Energy is 46% owned by Telmont Group. \
                 Rulon Telecom, the Czech operator which is 40 per cent owned and managed by Varsten AG, cut prices. \
                 Quarry Foods is 65% owned by Delta Fund. \
                 Marlo Foods Inc is owned and operated by Pentland Holdings.");
    assert!(has(&x, "Telmont Group", Predicate::InvestedIn, "Kavtek Energy"), "{:?}", all(&x));
    assert!(!has(&x, "Telmont Group", Predicate::Owns, "Kavtek Energy"), "{:?}", all(&x));
    assert!(has(&x, "Varsten AG", Predicate::InvestedIn, "Rulon Telecom"), "{:?}", all(&x));
    assert!(!has(&x, "Varsten AG", Predicate::Owns, "Rulon Telecom"), "{:?}", all(&x));
    assert!(has(&x, "Delta Fund", Predicate::Owns, "Quarry Foods"), "{:?}", all(&x));
    assert!(has(&x, "Pentland Holdings", Predicate::Owns, "Marlo Foods Inc"), "{:?}", all(&x));
    // An owner the text puts in the past owns nothing now.
    let x = run("She ran Dravo Coal Ltd, which was previously owned by Kessler Mining. \
                 Orrin Mills Ltd, formerly owned by Tasker Group, reopened. \
                 Corvan Dairy Ltd is now owned by Halvik Foods.");
    assert!(!has(&x, "Kessler Mining", Predicate::Owns, "Dravo Coal Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Tasker Group", Predicate::Owns, "Orrin Mills Ltd"), "{:?}", all(&x));
    assert!(has(&x, "Halvik Foods", Predicate::Owns, "Corvan Dairy Ltd"), "{:?}", all(&x));
    // A unit described in an apposition has the one owner named before its closing comma.
    let x = run("The round drew Sunvale Capital, the venture arm of Orbis Holdings, and Trenton Partners. \
                 Backers were Pellow Bank, Marsh Ventures, the investment unit of Tarnby Group, and Quist Capital.");
    assert!(has(&x, "Orbis Holdings", Predicate::Owns, "Sunvale Capital"), "{:?}", all(&x));
    assert!(!has(&x, "Trenton Partners", Predicate::Owns, "Sunvale Capital"), "{:?}", all(&x));
    assert!(has(&x, "Tarnby Group", Predicate::Owns, "Marsh Ventures"), "{:?}", all(&x));
    assert!(!has(&x, "Tarnby Group", Predicate::Owns, "Pellow Bank"), "{:?}", all(&x));
    assert!(!has(&x, "Quist Capital", Predicate::Owns, "Marsh Ventures"), "{:?}", all(&x));
    assert!(!has(&x, "Quist Capital", Predicate::Owns, "Pellow Bank"), "{:?}", all(&x));
}

#[test]
fn money_pledged_to_support_a_company_is_invested_in_it() {
    let x = run("Harlow Group has pledged an additional $300 million (€280 million) to support its battery arm, \
                 Kavtek Energy, through 2027. \
                 In May, Brenfield Capital said it plans to invest up to $2 billion to help Quenby Systems expand. \
                 Ostara Bank committed €50 million to fund Tarnby Robotics over three years. \
                 Founder Lena Marsh has personally pledged $40m to back Pellow Analytics.");
    assert!(has(&x, "Harlow Group", Predicate::InvestedIn, "Kavtek Energy"), "{:?}", all(&x));
    assert!(has(&x, "Brenfield Capital", Predicate::InvestedIn, "Quenby Systems"), "{:?}", all(&x));
    assert!(has(&x, "Ostara Bank", Predicate::InvestedIn, "Tarnby Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Lena Marsh", Predicate::InvestedIn, "Pellow Analytics"), "{:?}", all(&x));
    // Money put elsewhere, help to a company's customers or suppliers, a pledger named after a
    // preposition and a pledge of no money put nothing in the company.
    let x = run("Brenfield Capital will invest $2 billion in new plants to help customers such as Quenby Systems. \
                 Under a deal with Ostara Bank, the city pledged $5 million to support Tarnby Robotics. \
                 Harlow Group pledged $10 million to help Kavtek Energy's suppliers. \
                 Pellow Analytics pledged to support Marsh Foods Ltd.");
    assert!(!has(&x, "Brenfield Capital", Predicate::InvestedIn, "Quenby Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Ostara Bank", Predicate::InvestedIn, "Tarnby Robotics"), "{:?}", all(&x));
    assert!(!has(&x, "Harlow Group", Predicate::InvestedIn, "Kavtek Energy"), "{:?}", all(&x));
    assert!(!has(&x, "Pellow Analytics", Predicate::InvestedIn, "Marsh Foods Ltd"), "{:?}", all(&x));
}

#[test]
fn committing_is_an_investment_only_with_an_amount() {
    let x = run("Pellow Pharma raised $50 million in a Series B round. Kestrel Capital is committing $20 million.");
    assert!(has(&x, "Kestrel Capital", Predicate::InvestedIn, "Pellow Pharma"), "{:?}", all(&x));
    let x = run("By working with Tarnby Corp on chips and committing large deployments with Quenby Systems, \
                 Marsh Corp has grown.");
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::InvestedIn), "{:?}", all(&x));
    let x = run("Pellow Pharma raised $50 million in a Series B round. \
                 Kestrel Capital is committing more staff to its chip unit.");
    assert!(!has(&x, "Kestrel Capital", Predicate::InvestedIn, "Pellow Pharma"), "{:?}", all(&x));
}

#[test]
fn a_deal_only_rumoured_is_no_deal() {
    let x = run("There was a buzz of Tarnby Corp investing in Pellow Pharma, which is now off. \
                 Shares rose on rumours of Marsh Holdings buying Quenby Systems.");
    assert!(!has(&x, "Tarnby Corp", Predicate::InvestedIn, "Pellow Pharma"), "{:?}", all(&x));
    assert!(!has(&x, "Marsh Holdings", Predicate::Acquired, "Quenby Systems"), "{:?}", all(&x));
    let x = run("Tarnby Corp invested in Pellow Pharma last year, ending months of chatter.");
    assert!(has(&x, "Tarnby Corp", Predicate::InvestedIn, "Pellow Pharma"), "{:?}", all(&x));
}

#[test]
fn a_rivalry_between_two_names_ties_them_as_rivals() {
    for text in [
        "The deal is a new twist in the long-running price war between rivals Quorra Rides and Melvane Go.",
        "The rivalry between Quorra Rides and Melvane Go has cut fares across the region.",
        "Competition between Quorra Rides and Melvane Go intensified after the merger talks failed.",
        "Analysts expect the battle between rivals Quorra Rides and Melvane Go to last for years.",
    ] {
        let x = run(text);
        assert!(has(&x, "Quorra Rides", Predicate::CompetesWith, "Melvane Go"), "{text}: {:?}", all(&x));
    }
    // A deal or a partnership between two names is no rivalry.
    for text in [
        "The agreement between Quorra Rides and Melvane Go was signed on Monday.",
        "Quorra Rides said the partnership between Quorra Rides and Melvane Go would end.",
    ] {
        let x = run(text);
        assert!(!has(&x, "Quorra Rides", Predicate::CompetesWith, "Melvane Go"), "{text}: {:?}", all(&x));
    }
}

#[test]
fn a_company_called_anothers_partner_partners_with_it() {
    for text in [
        "Quorra Holdings is already a key investor and strategic partner of Melvane Group, one of the largest wallets.",
        "Quorra Holdings, a longtime partner of Melvane Group, said sales rose.",
        "Quorra Holdings became a founding partner of Melvane Group in 2019.",
        "Sales at Quorra Holdings, the biggest partner of Melvane Group, rose 8%.",
    ] {
        let x = run(text);
        assert!(has(&x, "Quorra Holdings", Predicate::PartnersWith, "Melvane Group"), "{text}: {:?}", all(&x));
    }
    // A person's post of partner ties no company to the firm.
    for text in [
        "Quorra Holdings hired Jane Ostrow, a partner of Melvane Capital, as its finance chief.",
        "Quorra Holdings named Jane Ostrow, a former partner of Melvane Capital, to its board.",
    ] {
        let x = run(text);
        assert!(!has(&x, "Quorra Holdings", Predicate::PartnersWith, "Melvane Capital"), "{text}: {:?}", all(&x));
    }
}

#[test]
fn a_product_named_in_apposition_to_its_makers_thing_is_the_one_made() {
    for (text, maker, thing) in [
        (
            "Phone maker Corvane Mobile unveiled on Thursday its third-generation Android smartphone - the \
             Corvane Z3 - as well as a TV.",
            "Corvane Mobile",
            "Corvane Z3",
        ),
        ("Corvane Mobile unveiled its new smartphone, the Z3, on Thursday.", "Corvane Mobile", "Z3"),
        ("Tessaly Labs said its new reasoning model, Orla 2, beats rivals.", "Tessaly Labs", "Orla 2"),
    ] {
        let x = run(text);
        assert!(has(&x, maker, Predicate::Developed, thing), "{text}: {:?}", all(&x));
        // The platform describing the thing is not what the maker made or owns.
        assert!(!has(&x, maker, Predicate::Developed, "Android"), "{text}: {:?}", all(&x));
        assert!(!has(&x, maker, Predicate::Owns, "Android"), "{text}: {:?}", all(&x));
    }
    // A thing noun with no name in apposition names nothing new.
    let y = run("Corvane Mobile sells its Android smartphone in Kenya, the company said.");
    assert!(!has(&y, "Corvane Mobile", Predicate::Developed, "Android"), "{:?}", all(&y));
}

#[test]
fn the_rivals_of_a_company_named_in_apposition_compete_with_it() {
    for text in [
        "The two biggest competitors of Halvern Bank, Orsk Bank SA and Tessaly Bank SA, have recently appointed \
         new chiefs.",
        "Analysts said the main rivals of Halvern Bank, Orsk Bank SA and Tessaly Bank SA, would gain.",
    ] {
        let x = run(text);
        for rival in ["Orsk Bank SA", "Tessaly Bank SA"] {
            assert!(has(&x, "Halvern Bank", Predicate::CompetesWith, rival), "{text}: {rival} {:?}", all(&x));
        }
    }
    // A list not set off as the noun's apposition, and a plain list of names, name no rivals.
    for text in [
        "Competitors of Halvern Bank, Orsk Bank SA and Tessaly Bank SA all cut rates on Monday.",
        "Shares of Halvern Bank, Orsk Bank SA and Tessaly Bank SA fell.",
    ] {
        let x = run(text);
        assert!(!has(&x, "Halvern Bank", Predicate::CompetesWith, "Orsk Bank SA"), "{text}: {:?}", all(&x));
    }
}

#[test]
fn a_part_in_apposition_described_by_a_demonym_or_after_a_relative_clause_is_owned() {
    for (text, owner, part) in [
        (
            "Marvell Telecom, the Kenyan subsidiary of Castlow Plc, cut its prices on Monday.",
            "Castlow Plc",
            "Marvell Telecom",
        ),
        (
            "Pendry Capital, the Japanese arm of retail group Sorrel Holdings, joined the round.",
            "Sorrel Holdings",
            "Pendry Capital",
        ),
        (
            "Ostler Bank, which competes with Vantry Mobile, the local subsidiary of Quenby Group, sold a unit.",
            "Quenby Group",
            "Vantry Mobile",
        ),
        (
            "Ostler Bank, which competes with Vantry Mobile, the Kenyan subsidiary of British phone giant Quenby \
             Group, has been selling its businesses.",
            "Quenby Group",
            "Vantry Mobile",
        ),
        ("Halbrook Foods, a German unit of Tamsin Group, bought a plant.", "Tamsin Group", "Halbrook Foods"),
    ] {
        let x = run(text);
        assert!(has(&x, owner, Predicate::Owns, part), "{text}: {:?}", all(&x));
    }
    // The company whose relative clause holds the part is no part of the owner.
    let x = run("Ostler Bank, which competes with Vantry Mobile, the local subsidiary of Quenby Group, sold a unit.");
    assert!(!has(&x, "Quenby Group", Predicate::Owns, "Ostler Bank"), "{:?}", all(&x));
    // A unit with no name in apposition, or bought, is owned by nobody named there.
    let y = run("Larkfield Motors has bought the Kenyan subsidiary of Dovecot Group for $1 billion.");
    assert!(!has(&y, "Dovecot Group", Predicate::Owns, "Larkfield Motors"), "{:?}", all(&y));
    let z = run("Harwick Steel, a Swedish rival of Tolland Metals, cut its output.");
    assert!(!has(&z, "Tolland Metals", Predicate::Owns, "Harwick Steel"), "{:?}", all(&z));
}

#[test]
fn a_seller_named_as_a_possessors_unit_is_the_unit() {
    for text in [
        "Ferrow Telecom agreed to buy a 54% stake in Lindal Networks from Caswell Group's Penrose Holdings, the \
         companies said.",
        "Marlow Energy bought Dunstan Power from Caswell Group's Penrose Holdings for $300 million.",
    ] {
        let x = run(text);
        assert!(
            has(
                &x,
                "Penrose Holdings",
                Predicate::Owns,
                if text.contains("Lindal") { "Lindal Networks" } else { "Dunstan Power" }
            ),
            "{text}: {:?}",
            all(&x)
        );
        assert!(!has(&x, "Caswell Group", Predicate::Owns, "Lindal Networks"), "{text}: {:?}", all(&x));
        assert!(!has(&x, "Caswell Group", Predicate::Owns, "Dunstan Power"), "{text}: {:?}", all(&x));
    }
    // A plain seller still owned what was bought.
    let x = run("Marlow Energy bought Dunstan Power from Caswell Group for $300 million.");
    assert!(has(&x, "Caswell Group", Predicate::Owns, "Dunstan Power"), "{:?}", all(&x));
}

#[test]
fn half_or_less_of_a_company_bought_or_a_purchase_wished_for_is_no_acquisition() {
    // A share of half or less, whatever words describe the company after "of", is a stake.
    for (text, target) in [
        ("Halvane Energy agreed to buy 50% of US solar company Brisco Power for $2 billion.", "Brisco Power"),
        ("Halvane Energy bought 40% of Dutch grid group Corvel for $1 billion.", "Corvel"),
        ("Halvane Energy will buy 45 per cent of British wind farm builder Tamsett Renewables.", "Tamsett Renewables"),
    ] {
        let x = run(text);
        assert!(!has(&x, "Halvane Energy", Predicate::Acquired, target), "{text}: {:?}", all(&x));
    }
    // More than half is a purchase.
    let x = run("Halvane Energy bought 70% of German grid operator Darnley Netz for $3 billion.");
    assert!(has(&x, "Halvane Energy", Predicate::Acquired, "Darnley Netz"), "{:?}", all(&x));
    // A purchase wished for or weighed is none.
    for text in [
        "Ostrel Group's interest in acquiring Pemberton Mobile was discussed by the board.",
        "The board backed a potential acquisition of Pemberton Mobile by Ostrel Group.",
        "Ostrel Group has the backing of its shareholders for a potential acquisition of Pemberton Mobile.",
    ] {
        let x = run(text);
        assert!(!has(&x, "Ostrel Group", Predicate::Acquired, "Pemberton Mobile"), "{text}: {:?}", all(&x));
    }
    let x = run("Ostrel Group agreed to buy Pemberton Mobile last week.");
    assert!(has(&x, "Ostrel Group", Predicate::Acquired, "Pemberton Mobile"), "{:?}", all(&x));
}

#[test]
fn a_past_tie_denied_right_after_it_is_no_ownership() {
    for text in [
        "The round drew Larchmont Capital (once part of Tessaly Group, now no longer) and others.",
        "Larchmont Capital, formerly a unit of Tessaly Group but no longer, joined the round.",
        "Larchmont Capital, once a subsidiary of Tessaly Group, no longer.",
    ] {
        let x = run(text);
        assert!(!has(&x, "Tessaly Group", Predicate::Owns, "Larchmont Capital"), "{text}: {:?}", all(&x));
    }
    // "No longer" speaking of what the unit does leaves the tie standing.
    for text in [
        "Larchmont Capital, a unit of Tessaly Group, no longer invests in shipping.",
        "Larchmont Capital, which is owned by Tessaly Group, joined the round.",
    ] {
        let x = run(text);
        assert!(has(&x, "Tessaly Group", Predicate::Owns, "Larchmont Capital"), "{text}: {:?}", all(&x));
    }
}

#[test]
fn backers_said_to_be_participating_or_listed_as_participants_invested_in_the_raiser() {
    let x = run("Dravon Robotics has raised $12 million in a Series A round led by Pellham Capital, with Corvane \
                 Ventures and Istra Partners also participating.");
    assert!(has(&x, "Pellham Capital", Predicate::InvestedIn, "Dravon Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Corvane Ventures", Predicate::InvestedIn, "Dravon Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Istra Partners", Predicate::InvestedIn, "Dravon Robotics"), "{:?}", all(&x));
    let z = run("Tellwright Energy raised $8 million in seed funding. Participants included Brannock Ventures and \
                 Selwyn Partners.");
    assert!(has(&z, "Brannock Ventures", Predicate::InvestedIn, "Tellwright Energy"), "{:?}", all(&z));
    assert!(has(&z, "Selwyn Partners", Predicate::InvestedIn, "Tellwright Energy"), "{:?}", all(&z));
    let w = run("Corlath Bio has secured $20 million in new financing. Participants include Yarrow Ventures.");
    assert!(has(&w, "Yarrow Ventures", Predicate::InvestedIn, "Corlath Bio"), "{:?}", all(&w));
    // Taking part in something other than money is no investment.
    for text in [
        "Velmont Foods said it is participating in a trade fair in Lyon this week.",
        "Participants included Carrow Systems and Denholm Labs at the summit in Geneva.",
        "Harlan Motors makes trucks. Fenwick Logistics is also participating in the road trials.",
    ] {
        let v = run(text);
        assert!(v.relations.iter().all(|r| r.predicate != Predicate::InvestedIn), "{text}: {:?}", all(&v));
    }
}

#[test]
fn an_owner_set_off_by_a_comma_after_a_list_owns_the_last_name_only() {
    // "A and B, owned by X": the apposition describes the name before the comma.
    let x = run("The merger of Orvane Telecom and Brisk Mobile Ltd, owned by Halden Group of Norway, will create a \
                 stronger rival.");
    assert!(has(&x, "Halden Group", Predicate::Owns, "Brisk Mobile Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Halden Group", Predicate::Owns, "Orvane Telecom"), "{:?}", all(&x));
    let x = run("The country has three carmakers: Pellam Motors, Garrow Motors and Quist Motors, now owned by Varda \
                 Group.");
    assert!(has(&x, "Varda Group", Predicate::Owns, "Quist Motors"), "{:?}", all(&x));
    assert!(!has(&x, "Varda Group", Predicate::Owns, "Pellam Motors"), "{:?}", all(&x));
    assert!(!has(&x, "Varda Group", Predicate::Owns, "Garrow Motors"), "{:?}", all(&x));
    let x = run("Analysts expect Tolley Foods and Marsh Dairy Ltd, acquired by Brenner Holdings in 2019, to merge.");
    assert!(has(&x, "Brenner Holdings", Predicate::Acquired, "Marsh Dairy Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Brenner Holdings", Predicate::Acquired, "Tolley Foods"), "{:?}", all(&x));
    let x = run("Regulators cleared the sale of Fennick Media, owned by Harrow Capital, to Dunmore Group.");
    assert!(has(&x, "Harrow Capital", Predicate::Owns, "Fennick Media"), "{:?}", all(&x));
    // "both owned by", or no comma: every name of the list.
    for text in [
        "Selby Bank and Ardent Bank, both owned by Corvel Group, will merge.",
        "Selby Bank and Ardent Bank were owned by Corvel Group until 2020.",
    ] {
        let x = run(text);
        assert!(has(&x, "Corvel Group", Predicate::Owns, "Selby Bank"), "{text}: {:?}", all(&x));
        assert!(has(&x, "Corvel Group", Predicate::Owns, "Ardent Bank"), "{text}: {:?}", all(&x));
    }
}

#[test]
fn a_stake_bought_in_its_unit_is_a_stake_in_the_speakers_unit() {
    // One buys a stake in another's part: "its" is the company that says so.
    let x = run("Harlow Industries said on Saturday that US-based Denton Capital will buy a 2 per cent stake in its \
                 software arm Quorvia Systems for $400 million.");
    assert!(has(&x, "Harlow Industries", Predicate::Owns, "Quorvia Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Denton Capital", Predicate::Owns, "Quorvia Systems"), "{:?}", all(&x));
    let x = run("Marlowe Group said Pentland Partners had agreed to acquire a 12% stake in its payments unit Ferrin \
                 Pay Ltd.");
    assert!(has(&x, "Marlowe Group", Predicate::Owns, "Ferrin Pay Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Pentland Partners", Predicate::Owns, "Ferrin Pay Ltd"), "{:?}", all(&x));
    // With no one else named, the buyer's "its" names no owner.
    let x = run("Pentland Partners will buy a 12% stake in its unit Ferrin Pay Ltd.");
    assert!(!has(&x, "Pentland Partners", Predicate::Owns, "Ferrin Pay Ltd"), "{:?}", all(&x));
    // A seller's stake in its own unit: the seller owns it.
    let x =
        run("Denton Capital will sell a 2 per cent stake in its software arm Quorvia Systems to Harlow Industries.");
    assert!(has(&x, "Denton Capital", Predicate::Owns, "Quorvia Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Harlow Industries", Predicate::Owns, "Quorvia Systems"), "{:?}", all(&x));
}

#[test]
fn names_listed_before_are_owned_by_are_owned() {
    let x = run("Amber Bank Ltd and Selwick Bank are owned by Torvel Group.");
    assert!(has(&x, "Torvel Group", Predicate::Owns, "Amber Bank Ltd"), "{:?}", all(&x));
    assert!(has(&x, "Torvel Group", Predicate::Owns, "Selwick Bank"), "{:?}", all(&x));
    let x = run("Corrie Foods and Lanyard Drinks Ltd are now owned by Brannock Holdings, the company said.");
    assert!(has(&x, "Brannock Holdings", Predicate::Owns, "Corrie Foods"), "{:?}", all(&x));
    assert!(has(&x, "Brannock Holdings", Predicate::Owns, "Lanyard Drinks Ltd"), "{:?}", all(&x));
    // Rivals, or shares held by others: no ownership.
    for text in [
        "Corrie Foods and Lanyard Drinks Ltd are rivals of Brannock Holdings.",
        "Shares in Corrie Foods and Lanyard Drinks Ltd are owned by many pension funds, Brannock Holdings said.",
    ] {
        let x = run(text);
        assert!(x.relations.iter().all(|r| r.predicate != Predicate::Owns), "{text}: {:?}", all(&x));
    }
}

#[test]
fn an_owner_described_with_its_country_then_named_owns() {
    // "owned by Norway's wealth fund, the X": the country describes the owner the apposition names.
    for text in [
        "Tessaro Labs is majority-owned by Norway's powerful sovereign wealth fund, the Nordvik Investment Fund \
         (NIF), the engine behind the plan.",
        "Tessaro Labs is owned by Norway's sovereign wealth fund, the Nordvik Investment Fund.",
    ] {
        let x = run(text);
        assert!(has(&x, "Nordvik Investment Fund", Predicate::Owns, "Tessaro Labs"), "{text}: {:?}", all(&x));
    }
    let x = run("Tessaro Labs was acquired by Norway's biggest telecom group, Velden Telecom, in 2021.");
    assert!(has(&x, "Velden Telecom", Predicate::Acquired, "Tessaro Labs"), "{:?}", all(&x));
    // A country's government described, then a speaker: no owner named.
    let x = run("Tessaro Labs is owned by Norway's government, Nordvik Investment Fund said.");
    assert!(!has(&x, "Nordvik Investment Fund", Predicate::Owns, "Tessaro Labs"), "{:?}", all(&x));
}

#[test]
fn its_or_a_possessors_shareholder_rival_or_partner_set_off_is_tied_to_it() {
    // An investor noun after "its" or a possessive: the name set off by it invested in the company.
    for text in [
        "Regulators said the bid would weaken Corvex Energy's biggest shareholder, Halden Holdings.",
        "The plan was opposed by Corvex Energy's largest shareholder, Halden Holdings (HH).",
        "Corvex Energy cut prices last year, angering its largest shareholder, Halden Holdings.",
        "Corvex Energy cut prices last year. Halden Holdings, its largest single shareholder, objected.",
        "Corvex Energy named a new chief, who will also chair the group and its main backer, Halden Holdings.",
    ] {
        let x = run(text);
        assert!(has(&x, "Halden Holdings", Predicate::InvestedIn, "Corvex Energy"), "{text}: {:?}", all(&x));
    }
    // Rivals and partners set off at the sentence's end, or before "its".
    for text in [
        "Corvex Energy cut prices last year, and so did its biggest rival, Halden Holdings.",
        "Corvex Energy cut prices last year. Halden Holdings, its biggest rival, did not.",
    ] {
        let x = run(text);
        assert!(has(&x, "Corvex Energy", Predicate::CompetesWith, "Halden Holdings"), "{text}: {:?}", all(&x));
    }
    let x = run("Corvex Energy opened a plant in Lyon with its longtime partner, Halden Holdings.");
    assert!(has(&x, "Corvex Energy", Predicate::PartnersWith, "Halden Holdings"), "{:?}", all(&x));
    // Near misses: the name after the comma is the subject, or no investor is named.
    for text in [
        "After meeting its largest shareholder, Halden Holdings said it would sell Corvex Energy.",
        "Corvex Energy met its investor relations chief, Halden Holdings.",
        "Corvex Energy cut prices. Unlike its rivals, Halden Holdings did not.",
    ] {
        let x = run(text);
        assert!(!has(&x, "Halden Holdings", Predicate::InvestedIn, "Corvex Energy"), "{text}: {:?}", all(&x));
        assert!(!has(&x, "Corvex Energy", Predicate::CompetesWith, "Halden Holdings"), "{text}: {:?}", all(&x));
    }
}

#[test]
fn a_company_naming_the_founders_past_employer_did_not_raise_the_money() {
    // "former Acme researchers": the name describes the founders, the money went to the unnamed start-up.
    for text in [
        "A robotics start-up founded by a pair of former Halden Holdings and Brisco Capital engineers last year \
         raised $40 million in funding from backers including Tarvel Ventures.",
        "A robotics start-up founded by former Halden Holdings researchers raised $40 million from Tarvel Ventures.",
    ] {
        let x = run(text);
        assert!(!has(&x, "Tarvel Ventures", Predicate::InvestedIn, "Halden Holdings"), "{text}: {:?}", all(&x));
        assert!(!has(&x, "Tarvel Ventures", Predicate::InvestedIn, "Brisco Capital"), "{text}: {:?}", all(&x));
    }
    // The raiser named, its founders' past employer aside, still takes the money.
    for text in [
        "Corvex Robotics raised $40 million in funding from backers including Tarvel Ventures.",
        "Corvex Robotics, whose founders are former Halden Holdings researchers, raised $40 million from Tarvel \
         Ventures.",
    ] {
        let x = run(text);
        assert!(has(&x, "Tarvel Ventures", Predicate::InvestedIn, "Corvex Robotics"), "{text}: {:?}", all(&x));
        assert!(!has(&x, "Tarvel Ventures", Predicate::InvestedIn, "Halden Holdings"), "{text}: {:?}", all(&x));
    }
}

#[test]
fn a_name_before_a_rival_noun_is_what_the_thing_made_rivals() {
    // The name before "challenger", "rival" or "competitor" is the rival, not the thing made.
    for text in [
        "Zentrix Corp unveils Vorta challenger\n\nBrindle Labs makes Vorta, a chatbot.",
        "Zentrix Corp launched a Vorta rival on Tuesday. Brindle Labs makes Vorta, a chatbot.",
        "Zentrix Corp will release a Vorta competitor next year. Brindle Labs makes Vorta, a chatbot.",
    ] {
        let x = run(text);
        assert!(!has(&x, "Zentrix Corp", Predicate::Developed, "Vorta"), "{text}: {:?}", all(&x));
    }
    // A name after the rival noun is the thing made.
    let x = run("Zentrix Corp launched a Vorta challenger, named Quill, in March. Quill is an AI model. \
                 Brindle Labs makes Vorta, a chatbot.");
    assert!(has(&x, "Zentrix Corp", Predicate::Developed, "Quill"), "{:?}", all(&x));
    assert!(!has(&x, "Zentrix Corp", Predicate::Developed, "Vorta"), "{:?}", all(&x));
    // With no rival noun after it, the name is the thing made.
    let x = run("Zentrix Corp launched Vorta, an AI model, on Tuesday. Brindle Labs is its rival.");
    assert!(has(&x, "Zentrix Corp", Predicate::Developed, "Vorta"), "{:?}", all(&x));
}

#[test]
fn a_pronoun_launching_a_thing_styled_after_a_name_did_not_make_the_name() {
    for text in [
        "Zentrix Corp pledged to grow as it launched its Vorta-like generative model in Oslo on Tuesday.\n\n\
         Brindle Labs makes Vorta, a chatbot. Vorta is an AI model.",
        "Zentrix Corp said it would unveil a Vorta rival next month. Brindle Labs makes Vorta, a chatbot.",
    ] {
        let x = run(text);
        assert!(!has(&x, "Zentrix Corp", Predicate::Developed, "Vorta"), "{text}: {:?}", all(&x));
    }
    let x = run("Zentrix Corp said it launched Quill, an AI model, in Oslo on Tuesday.");
    assert!(has(&x, "Zentrix Corp", Predicate::Developed, "Quill"), "{:?}", all(&x));
}

#[test]
fn money_parties_with_bracketed_short_names_signing_together_are_partners() {
    // "A (AB) and C (CD) signed …": a short name in brackets after each party is its own;
    // the list of parties goes on past it, also with "and the" and ", the".
    for text in [
        "Halvik Telecom (HT) and Orvane Digital Alliance (ODA) signed an agreement to build a research centre.",
        "Halvik Telecom and Orvane Digital Alliance (ODA) signed a memorandum of understanding on Tuesday.",
        "Halvik Telecom (HT) and the Orvane Digital Alliance have signed an agreement to train engineers.",
        "Halvik Telecom, the Orvane Digital Alliance (ODA), and the Brenmoor Institute of Robotics (BIR) have \
         signed a memorandum of understanding (MoU) to open a lab in Lisbon.",
        "Halvik Telecom (HT), Orvane Digital Alliance (ODA) and Brenmoor Institute of Robotics (BIR) signed a \
         framework agreement in Lisbon on Monday.",
    ] {
        let x = run(text);
        assert!(has(&x, "Halvik Telecom", Predicate::PartnersWith, "Orvane Digital Alliance"), "{text}: {:?}", all(&x));
    }
    let x = run("Halvik Telecom, the Orvane Digital Alliance (ODA), and the Brenmoor Institute of Robotics (BIR) \
                 have signed a memorandum of understanding (MoU) to open a lab in Lisbon.");
    assert!(has(&x, "Halvik Telecom", Predicate::PartnersWith, "Brenmoor Institute of Robotics"), "{:?}", all(&x));
    assert!(
        has(&x, "Orvane Digital Alliance", Predicate::PartnersWith, "Brenmoor Institute of Robotics"),
        "{:?}",
        all(&x)
    );
    // Near misses: a company an apposition names is no party, nor is one that is only described.
    for text in [
        "Halvik Telecom, the owner of Tarvel Bank (TB), signed an agreement to build a data centre.",
        "Halvik Telecom, the parent of Tarvel Bank, signed an agreement to build a data centre.",
    ] {
        let x = run(text);
        assert!(!has(&x, "Halvik Telecom", Predicate::PartnersWith, "Tarvel Bank"), "{text}: {:?}", all(&x));
    }
    let x = run("Analysts at Tarvel Bank (TB) said Halvik Telecom signed an agreement to build a data centre.");
    assert!(!has(&x, "Tarvel Bank", Predicate::PartnersWith, "Halvik Telecom"), "{:?}", all(&x));
}

#[test]
fn money_investors_a_lead_shared_the_deal_with_put_money_in_the_round() {
    // "X co-led the deal with A and B": the deal is the round; A and B are investors beside
    // X in the company that raised it, not companies X invested in or partners of X.
    let raised = "Pellworth Robotics, a Lisbon-based startup, said on Monday it had raised $20 million in a \
                  series B round. ";
    for lead in [
        "Harrow Capital co-led the deal with holding company Ostend Group and Marlow Partners.",
        "Harrow Capital led the deal with Ostend Group and Marlow Partners.",
    ] {
        let text = format!("{raised}{lead}");
        let x = run(&text);
        assert!(has(&x, "Harrow Capital", Predicate::InvestedIn, "Pellworth Robotics"), "{text}: {:?}", all(&x));
        assert!(has(&x, "Ostend Group", Predicate::InvestedIn, "Pellworth Robotics"), "{text}: {:?}", all(&x));
        assert!(has(&x, "Marlow Partners", Predicate::InvestedIn, "Pellworth Robotics"), "{text}: {:?}", all(&x));
        assert!(!has(&x, "Harrow Capital", Predicate::InvestedIn, "Ostend Group"), "{text}: {:?}", all(&x));
        assert!(!has(&x, "Harrow Capital", Predicate::PartnersWith, "Ostend Group"), "{text}: {:?}", all(&x));
        assert!(!has(&x, "Ostend Group", Predicate::PartnersWith, "Harrow Capital"), "{text}: {:?}", all(&x));
    }
    // Near misses: a deal struck with a company, not led, is a partnership; a company led is no round.
    let x = run("Harrow Capital signed a deal with Ostend Group to manage its pension funds.");
    assert!(!has(&x, "Harrow Capital", Predicate::InvestedIn, "Ostend Group"), "{:?}", all(&x));
    assert!(!has(&x, "Ostend Group", Predicate::InvestedIn, "Harrow Capital"), "{:?}", all(&x));
    let x = run("Jane Varley led Ostend Group for a decade before she joined Harrow Capital.");
    assert!(!has(&x, "Jane Varley", Predicate::InvestedIn, "Ostend Group"), "{:?}", all(&x));
}

#[test]
fn money_shareholders_a_sentence_about_the_raiser_lists_invested_in_it() {
    // "Other shareholders include A, B and C": in a sentence about money, the holders listed
    // invested in the company the money went to.
    let raised = "Pellworth Robotics, a Lisbon-based startup, said on Monday it had raised $20 million in new \
                  funding from Harrow Capital. ";
    for tail in [
        "Other shareholders include Ostend Group, Marlow Partners and Tarvik Bank.",
        "Existing shareholders include Ostend Group, Marlow Partners and Tarvik Bank.",
        "Its early shareholders included Ostend Group, Marlow Partners and Tarvik Bank.",
    ] {
        let text = format!("{raised}{tail}");
        let x = run(&text);
        for holder in ["Ostend Group", "Marlow Partners", "Tarvik Bank"] {
            assert!(has(&x, holder, Predicate::InvestedIn, "Pellworth Robotics"), "{text}: {:?}", all(&x));
        }
    }
    // Near misses: customers or a portfolio listed hold no shares.
    for tail in ["Its customers include Ostend Group and Marlow Partners.", "Clients include Ostend Group."] {
        let text = format!("{raised}{tail}");
        let x = run(&text);
        assert!(!has(&x, "Ostend Group", Predicate::InvestedIn, "Pellworth Robotics"), "{text}: {:?}", all(&x));
    }
}

#[test]
fn money_a_name_in_an_aside_after_an_investor_is_no_investor() {
    // "A and B (a unit of C) also took part": the bracketed aside describes B; the list of
    // investors is read past it, and C put no money in.
    let raised = "Pellworth Robotics, a Lisbon-based startup, said on Monday it had raised $20 million in a \
                  series B round. ";
    for tail in [
        "The round was led by Harrow Capital, with Ostend Group and Marlow Partners (a unit of Tarvik Bank) \
         also participating.",
        "The $20 million is being led by Harrow Capital, with Ostend Group and Marlow Partners (once part of \
         Tarvik Bank, now no longer) also participating.",
        "Ostend Group and Marlow Partners (formerly owned by Tarvik Bank) also took part.",
    ] {
        let text = format!("{raised}{tail}");
        let x = run(&text);
        assert!(has(&x, "Ostend Group", Predicate::InvestedIn, "Pellworth Robotics"), "{text}: {:?}", all(&x));
        assert!(has(&x, "Marlow Partners", Predicate::InvestedIn, "Pellworth Robotics"), "{text}: {:?}", all(&x));
        assert!(!has(&x, "Tarvik Bank", Predicate::InvestedIn, "Pellworth Robotics"), "{text}: {:?}", all(&x));
    }
    // Near miss: an investor named outside the aside still is one.
    let text = format!("{raised}Tarvik Bank and Marlow Partners (a Lisbon fund) also took part.");
    let x = run(&text);
    assert!(has(&x, "Tarvik Bank", Predicate::InvestedIn, "Pellworth Robotics"), "{text}: {:?}", all(&x));
    assert!(has(&x, "Marlow Partners", Predicate::InvestedIn, "Pellworth Robotics"), "{text}: {:?}", all(&x));
}

#[test]
fn owners_brands_listed_after_a_named_group_or_a_known_for_phrase_are_its_own() {
    // The owner named after "brands at" or "brands of", the list after "which includes" or "including".
    for text in [
        "Tarrow Group reported higher sales. The unit writes software for all brands at Tarrow Group, \
         which includes Velvane, Corsa Motors and Pellinor.",
        "Tarrow Group reported higher sales. Analysts like the brands of Tarrow Group, including Velvane, \
         Corsa Motors and Pellinor.",
    ] {
        let x = run(text);
        for brand in ["Velvane", "Corsa Motors", "Pellinor"] {
            assert!(has(&x, "Tarrow Group", Predicate::Owns, brand), "{text}: {:?}", all(&x));
        }
    }
    // The owner set off before "best known for brands like", "known for brands such as".
    for text in [
        "The deal is a big moment for his deputies at Halvern Media, best known for brands like Quillo TV, \
         Marzen Channel and Dovetail Network.",
        "Halvern Media, known for brands such as Quillo TV, Marzen Channel and Dovetail Network, said profits rose.",
    ] {
        let x = run(text);
        for brand in ["Quillo TV", "Marzen Channel", "Dovetail Network"] {
            assert!(has(&x, "Halvern Media", Predicate::Owns, brand), "{text}: {:?}", all(&x));
        }
    }
    // "whose brands also include".
    let x = run("Ostrava Group, whose brands also include Velmor Foods and Tandor Foods, reported higher sales.");
    assert!(has(&x, "Ostrava Group", Predicate::Owns, "Velmor Foods"), "{:?}", all(&x));
    assert!(has(&x, "Ostrava Group", Predicate::Owns, "Tandor Foods"), "{:?}", all(&x));
    // Near misses: a rival's brands, brands a person is known for, brands at a name with no list verb.
    for text in [
        "Tarrow Group sells more cars than rival brands at Corsa Motors, Velvane and Pellinor.",
        "Tarrow Group hired Dana Mirel, best known for brands like Velvane and Pellinor.",
        "Tarrow Group reported higher sales of brands at Corsa Motors and Pellinor.",
    ] {
        let x = run(text);
        assert!(x.relations.iter().all(|r| r.predicate != Predicate::Owns), "{text}: {:?}", all(&x));
    }
}

#[test]
fn owners_a_short_sum_after_a_company_name_is_a_price_not_part_of_the_name() {
    // "for R1.6bn", "for Rs450m": a sum written short after "for" ends the name and names nothing.
    for (text, bought) in [
        (
            "In 2012, Tamsin Foods led the acquisition of a 65.7% stake in Nigeria's Orvik Industries for R1.6bn.",
            "Orvik Industries",
        ),
        ("Tamsin Foods bought Kenya's Pellor Industries for R450m last year.", "Pellor Industries"),
    ] {
        let x = run(text);
        assert!(has(&x, "Tamsin Foods", Predicate::Acquired, bought), "{text}: {:?}", all(&x));
        assert!(
            x.entities.iter().all(|e| !e.name.contains("R1.6bn") && !e.name.contains("R450m")),
            "{text}: {:?}",
            x.entities
        );
    }
    // Near miss: a body's field after "for" stays in its name.
    let x = run("The Halvern Association for Science and Technology said on Monday it would meet Tamsin Foods.");
    assert!(x.entities.iter().any(|e| e.name == "Halvern Association for Science and Technology"), "{:?}", x.entities);
}

#[test]
fn owners_a_possessive_apposition_past_the_owners_short_form_in_brackets_names_a_unit() {
    for text in [
        "Dana Mirel is the chief of Pexa Air, Orlan Airways' (OA's) wholly-owned low-cost subsidiary.",
        "Dana Mirel is the chief of Pexa Air, Orlan Airways’ (OA’s) low-cost unit.",
        "Dana Mirel is the chief of Pexa Air, Orlan Airways' wholly-owned low-cost subsidiary.",
    ] {
        let x = run(text);
        assert!(has(&x, "Orlan Airways", Predicate::Owns, "Pexa Air"), "{text}: {:?}", all(&x));
    }
    // Near misses: a rival or a partner in the apposition, a bracket holding more than a short form.
    for text in [
        "Dana Mirel is the chief of Pexa Air, Orlan Airways' (OA's) main rival.",
        "Dana Mirel is the chief of Pexa Air, Orlan Airways' (OA's) partner.",
        "Dana Mirel is the chief of Pexa Air, Orlan Airways' (whose shares fell on Monday) low-cost subsidiary.",
    ] {
        let x = run(text);
        assert!(!has(&x, "Orlan Airways", Predicate::Owns, "Pexa Air"), "{text}: {:?}", all(&x));
    }
}

#[test]
fn examples_in_a_relative_clause_left_open_are_not_the_subject_of_the_deal() {
    let x = run("Orvane Group, which is the parent of carmakers like Belcor, Tasso, Vireo and Quillon amongst others \
                 has formed a joint venture with Kestrel Cells for batteries in Canada. \
                 Halvern Foods, which owns brands such as Pikko and Salvo, has signed a partnership with Drennan Farms. \
                 Carmakers like Dastra and Moltec have formed a joint venture with Pellow Energy.");
    assert!(has(&x, "Orvane Group", Predicate::PartnersWith, "Kestrel Cells"), "{:?}", all(&x));
    for brand in ["Belcor", "Tasso", "Vireo", "Quillon"] {
        assert!(!has(&x, brand, Predicate::PartnersWith, "Kestrel Cells"), "{brand}: {:?}", all(&x));
    }
    // With the clause closed by its comma the head is read as before; a
    // plural noun's examples outside any clause are the subject.
    assert!(has(&x, "Halvern Foods", Predicate::PartnersWith, "Drennan Farms"), "{:?}", all(&x));
    assert!(has(&x, "Dastra", Predicate::PartnersWith, "Pellow Energy"), "{:?}", all(&x));
    assert!(has(&x, "Moltec", Predicate::PartnersWith, "Pellow Energy"), "{:?}", all(&x));
}

#[test]
fn owners_a_chain_or_business_of_an_owner_set_off_or_bracketed_is_its_part() {
    for (text, owner, part) in [
        (
            "The group entered healthcare through Merrowell Health, Tavian Land Inc.'s chain of clinics, in 2016.",
            "Tavian Land Inc",
            "Merrowell Health",
        ),
        ("Dana Mirel now runs Kestrel Stores, Pavo Group's chain of stores.", "Pavo Group", "Kestrel Stores"),
        (
            "The operations of Quell Group, Brio Specialty Corp. (Brio Holdings' large commercial and specialty \
             business) and Orsa Art Ltd. will be led by Ben Hale.",
            "Brio Holdings",
            "Brio Specialty Corp",
        ),
        (
            "Harcourt Tire Corp. said gains at its sporting goods chains such as Sportvane Stores Inc. made up for weakness.",
            "Harcourt Tire Corp",
            "Sportvane Stores Inc",
        ),
        (
            "The company expects synergies with Dunmore Holdings' chains of Pellow Foods and Ritz Markets Ltd. supermarkets.",
            "Dunmore Holdings",
            "Ritz Markets Ltd",
        ),
        (
            "Ferro A/S, the parent company behind the insulin maker Ferro Pharma, said on Friday its chief will step down.",
            "Ferro A/S",
            "Ferro Pharma",
        ),
    ] {
        let x = run(text);
        assert!(has(&x, owner, Predicate::Owns, part), "{text}: {:?}", all(&x));
        assert!(!has(&x, part, Predicate::Owns, owner), "{text}: {:?}", all(&x));
    }
    let x = run("The company expects synergies with Dunmore Holdings' chains of Pellow Foods and Ritz Markets Ltd. supermarkets.");
    assert!(has(&x, "Dunmore Holdings", Predicate::Owns, "Pellow Foods"), "{:?}", all(&x));
    // Near misses: a rival or a partner in the apposition or the brackets, a name inside the brackets.
    for (text, owner, other) in [
        ("Kelvo Markets, Pavo Group's biggest rival chain, fell.", "Pavo Group", "Kelvo Markets"),
        ("Tello Stores (Brio Group's rival business) grew.", "Brio Group", "Tello Stores"),
        ("Sarn Retail Inc., Dunmore Holdings' partner chain, grew.", "Dunmore Holdings", "Sarn Retail Inc"),
        ("Quell Group (Brio Holdings' Orsa Art Ltd. business) grew.", "Brio Holdings", "Quell Group"),
    ] {
        let x = run(text);
        assert!(!has(&x, owner, Predicate::Owns, other), "{text}: {:?}", all(&x));
    }
}

#[test]
fn owners_its_in_a_fronted_phrase_or_after_a_possessors_plan_stands_for_the_right_company() {
    // "its" opening a fronted phrase stands for the subject after it: the name after the comma is no part.
    let x = run("Merrow Bank reported results on Monday. In a move aimed at growing its data center business, \
                 Corvan Systems announced plans to acquire Trellis Networks.");
    assert!(!has(&x, "Merrow Bank", Predicate::Owns, "Corvan Systems"), "{:?}", all(&x));
    assert!(has(&x, "Corvan Systems", Predicate::Acquired, "Trellis Networks"), "{:?}", all(&x));
    let x = run("Merrow Bank reported results on Monday. \
                 To fund its expansion, Halvard Foods sold its dairy unit, Orlo Dairy Ltd., to Pemmer Group.");
    assert!(has(&x, "Halvard Foods", Predicate::Owns, "Orlo Dairy Ltd"), "{:?}", all(&x));
    assert!(!has(&x, "Merrow Bank", Predicate::Owns, "Orlo Dairy Ltd"), "{:?}", all(&x));
    // "its" in what a possessor's plan governs is the possessor's, not the sentence subject's.
    let x = run("Orvis Corp., Kanto Telecom and Peloa Mobile are among 20 companies that have raised concerns \
                 about Mitan Holdings' $40 billion plan to take full control of its mobile arm Docora Inc.");
    assert!(has(&x, "Mitan Holdings", Predicate::Owns, "Docora Inc"), "{:?}", all(&x));
    assert!(!has(&x, "Peloa Mobile", Predicate::Owns, "Docora Inc"), "{:?}", all(&x));
    // Near misses: the possessor's noun is the subject of a verb, or "its" sits in a subject's own clause.
    let x = run("Brindle Group said Acme Holdings' offer undervalued its unit Zentrix Labs.");
    assert!(!has(&x, "Acme Holdings", Predicate::Owns, "Zentrix Labs"), "{:?}", all(&x));
    let x = run("Kestrel Bank said on Monday that its lending unit Halden Finance grew.");
    assert!(has(&x, "Kestrel Bank", Predicate::Owns, "Halden Finance"), "{:?}", all(&x));
}

#[test]
fn holdings_named_by_shareholding_investments_or_part_held_by_are_investments() {
    // A holder's shareholding, investments or part-holding in a company: each company it names.
    let x = run("Dravik Capital has investments in Pellmore Foods, Ostrava United and film studio Kenmare Pictures. \
                 Lunden Group also holds a shareholding in Marvoy Chemicals. \
                 Corrigan Telecom, which is part held by Aldane Telecom and Fosk Holdings, reported higher profits. \
                 Tesso Energy is partly held by Vremont Power. \
                 Bexley Partners has a 30 per cent interest in Harrow Mining.");
    for (s, o) in [
        ("Dravik Capital", "Pellmore Foods"),
        ("Dravik Capital", "Ostrava United"),
        ("Dravik Capital", "Kenmare Pictures"),
        ("Lunden Group", "Marvoy Chemicals"),
        ("Aldane Telecom", "Corrigan Telecom"),
        ("Fosk Holdings", "Corrigan Telecom"),
        ("Vremont Power", "Tesso Energy"),
        ("Bexley Partners", "Harrow Mining"),
    ] {
        assert!(has(&x, s, Predicate::InvestedIn, o), "{s} {o}: {:?}", all(&x));
        assert!(!has(&x, s, Predicate::Owns, o), "{s} {o}: {:?}", all(&x));
    }
    // Near misses: an interest shown is no holding, a place is no company invested in,
    // a thing held by a company is no company held, a stake sold is no longer held.
    let x = run("Dravik Capital expressed interest in Pellmore Foods. \
                 Lunden Group has investments in France and Germany. \
                 The patents held by Fosk Holdings cover Marvoy Chemicals. \
                 Tesso Energy holds the record, with Vremont Power second.");
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::InvestedIn), "{:?}", all(&x));
}

#[test]
fn a_round_includes_its_investors_past_a_speaker_or_a_relative_clause_on_its_lead() {
    // The round's word of inclusion, past a speaker, a lead joined by "and" or a
    // clause on its lead set off by commas: each name it lists put money in.
    for (text, company, investors) in [
        (
            "Korvel Labs has raised $2 billion. The Sarn funds come as part of a round that Korvel says \
             also includes Pastern Capital and state lender Bravik Bank.",
            "Korvel Labs",
            &["Pastern Capital", "Bravik Bank"][..],
        ),
        (
            "This followed a $1M seed round for fintech startup Ulmo Pay, which was led by Sarn Ventures \
             and included Tolvik Fund.",
            "Ulmo Pay",
            &["Sarn Ventures", "Tolvik Fund"][..],
        ),
        (
            "Dessa Robotics said on Monday it had raised $30 million. The round, which was led by Harrow Capital, \
             included Ostrin Ventures and Palvane Partners.",
            "Dessa Robotics",
            &["Harrow Capital", "Ostrin Ventures", "Palvane Partners"][..],
        ),
        (
            "Marlow Bio closed a $12 million Series A, which it said also included Quessa Capital.",
            "Marlow Bio",
            &["Quessa Capital"][..],
        ),
    ] {
        let x = run(text);
        for investor in investors {
            assert!(has(&x, investor, Predicate::InvestedIn, company), "{investor}: {text}: {:?}", all(&x));
        }
    }
    // Near misses: what a company, a clause on a person or a plan includes is no round's investor list.
    for text in [
        "Korvel Labs has raised $2 billion. Its board, which was led by Dana Mirel and included Pastern Capital, met.",
        "Korvel Labs has raised $2 billion. The product line that Korvel says also includes Pastern Pay is selling well.",
        "Korvel Labs has raised $2 billion. The plan, which was drawn up by Dana Mirel, includes Pastern Capital.",
    ] {
        let x = run(text);
        assert!(!has(&x, "Pastern Capital", Predicate::InvestedIn, "Korvel Labs"), "{text}: {:?}", all(&x));
        assert!(!has(&x, "Pastern Pay", Predicate::InvestedIn, "Korvel Labs"), "{text}: {:?}", all(&x));
    }
}

#[test]
fn a_company_catching_up_with_another_competes_and_close_collaborators_are_partners() {
    // "catch up with" a company is a race with it; "collaborated closely with" is joint work.
    let x = run("Samsel Electronics named new heads of its chip units as it scrambles to catch up with Harko Semis \
                 and Taiwan's Pexa Foundry. \
                 Orlan Motors is catching up with Vessel Cars in electric vans. \
                 The Dorvo radio station, owned by Halvern, has recently collaborated closely with Pexa TV, sharing content. \
                 Quillon Labs collaborates closely with Tessaly Bio on vaccines.");
    for (a, b) in
        [("Samsel Electronics", "Harko Semis"), ("Samsel Electronics", "Pexa Foundry"), ("Orlan Motors", "Vessel Cars")]
    {
        assert!(
            has(&x, a, Predicate::CompetesWith, b) || has(&x, b, Predicate::CompetesWith, a),
            "{a} {b}: {:?}",
            all(&x)
        );
    }
    assert!(
        has(&x, "Dorvo", Predicate::PartnersWith, "Pexa TV") || has(&x, "Pexa TV", Predicate::PartnersWith, "Dorvo"),
        "{:?}",
        all(&x)
    );
    assert!(
        has(&x, "Quillon Labs", Predicate::PartnersWith, "Tessaly Bio")
            || has(&x, "Tessaly Bio", Predicate::PartnersWith, "Quillon Labs"),
        "{:?}",
        all(&x)
    );
    // Near misses: catching up with a person, or with demand, states no rivalry.
    let x = run("Dana Mirel of Orlan Motors will catch up with Tom Rees next week. \
                 Orlan Motors said output has caught up with demand.");
    assert!(x.relations.iter().all(|r| r.predicate != Predicate::CompetesWith), "{:?}", all(&x));
}
