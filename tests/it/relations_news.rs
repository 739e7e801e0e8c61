//! Relations as published news states them: funding rounds with lists of
//! investors, titles in dashed asides and stacked with units, places in lists,
//! acquisitions and rivalry idioms. Every sentence is invented.

use newsgraph::extract::Predicate;

use crate::facts::{all, confidence, has, run};

#[test]
fn investors_in_one_round_invest_in_the_raiser_not_in_each_other() {
    let x = run("Zentrix Labs raised $40 million this week. Zentrix Labs's funding was led by Brindle Capital \
                 and joined by other investors such as Orvane Ventures, Quillmark Partners and Tessaro Capital.");
    for investor in ["Brindle Capital", "Orvane Ventures", "Quillmark Partners", "Tessaro Capital"] {
        assert!(has(&x, investor, Predicate::InvestedIn, "Zentrix Labs"), "{investor}: {:?}", all(&x));
    }
    for other in ["Orvane Ventures", "Quillmark Partners", "Tessaro Capital"] {
        assert!(!has(&x, "Brindle Capital", Predicate::InvestedIn, other), "{other}: {:?}", all(&x));
        assert!(!has(&x, other, Predicate::InvestedIn, "Brindle Capital"), "{other}: {:?}", all(&x));
    }
}

#[test]
fn it_had_raised_is_the_subject_past_a_dateline_and_an_apposition() {
    let x = run("March 3 (Newswire) - Zentrix Labs, a startup that competes with Brindle Systems, said on Monday \
                 it had raised $90 million in a round from investors including Orvane Ventures and Tessaro Capital.");
    for investor in ["Orvane Ventures", "Tessaro Capital"] {
        assert!(has(&x, investor, Predicate::InvestedIn, "Zentrix Labs"), "{investor}: {:?}", all(&x));
        assert!(!has(&x, investor, Predicate::InvestedIn, "Brindle Systems"), "{investor}: {:?}", all(&x));
    }
}

#[test]
fn raising_funds_is_no_investment_by_the_raiser() {
    let x = run("Zentrix Labs raises funds from Orvane Ventures.");
    assert!(has(&x, "Orvane Ventures", Predicate::InvestedIn, "Zentrix Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Zentrix Labs", Predicate::InvestedIn, "Orvane Ventures"), "{:?}", all(&x));
}

#[test]
fn whose_round_included_names_the_investors_of_the_startup() {
    let x = run("Mara Okafor, the former chief executive of Zentrix Labs, a startup whose $300 million funding round \
                 last year included Brindle Capital, spoke on Monday.");
    assert!(has(&x, "Brindle Capital", Predicate::InvestedIn, "Zentrix Labs"), "{:?}", all(&x));
}

#[test]
fn as_were_extends_the_investors_and_shareholders_are_investors() {
    let x = run("Zentrix Labs raised $20 million on Monday. Brindle Capital was also involved, as were Orvane \
                 Ventures and Tessaro Capital. Quillmark Partners is also a shareholder in Zentrix Labs.");
    for investor in ["Brindle Capital", "Orvane Ventures", "Tessaro Capital", "Quillmark Partners"] {
        assert!(has(&x, investor, Predicate::InvestedIn, "Zentrix Labs"), "{investor}: {:?}", all(&x));
    }
}

#[test]
fn joining_a_company_is_no_investment_and_almost_is_a_denial() {
    let x = run("Zentrix Labs raised $20 million last year. Mara Okafor almost joined Brindle Systems in May. \
                 Later, Daniel Quenneville joined Orvane Robotics.");
    assert!(!has(&x, "Mara Okafor", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Daniel Quenneville", Predicate::InvestedIn, "Orvane Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Orvane Robotics"), "{:?}", all(&x));
}

#[test]
fn a_lawsuit_against_a_company_is_no_rivalry() {
    let x =
        run("Zentrix Labs filed a lawsuit against Brindle Systems. Orvane Robotics competes against Brindle Systems.");
    assert!(!has(&x, "Zentrix Labs", Predicate::CompetesWith, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Robotics", Predicate::CompetesWith, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn an_agreement_to_acquire_is_a_purchase_not_a_partnership() {
    let x = run("Zentrix Labs said it entered into an agreement with Brindle Systems Inc., a chip designer, \
                 to acquire all of its shares.");
    assert!(has(&x, "Zentrix Labs", Predicate::Acquired, "Brindle Systems Inc"), "{:?}", all(&x));
    assert!(!has(&x, "Zentrix Labs", Predicate::PartnersWith, "Brindle Systems Inc"), "{:?}", all(&x));
}

#[test]
fn a_dashed_aside_and_stacked_titles_with_a_unit() {
    let x = run("Mara Okafor – the former chief executive of Zentrix Labs, a startup based in Lyon – has become \
                 a Brindle Systems executive vice president and CEO of the newly formed Brindle Robotics.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Brindle Robotics"), "{:?}", all(&x));
}

#[test]
fn a_title_followed_by_a_person_is_that_persons() {
    let x = run("Guests included Mara Okafor, Nvidia CEO Daniel Quenneville and others.");
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Nvidia"), "{:?}", all(&x));
    assert!(!has(&x, "Mara Okafor", Predicate::WorksFor, "Nvidia"), "{:?}", all(&x));
}

#[test]
fn who_clauses_give_their_person_to_every_verb() {
    let x = run("Joining them is Mara Okafor – who co-founded Zentrix Labs in 2010 and left Brindle Systems in 2022 \
                 to co-found Orvane Robotics – as chief scientist.");
    assert!(has(&x, "Mara Okafor", Predicate::Founded, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Mara Okafor", Predicate::Founded, "Orvane Robotics"), "{:?}", all(&x));
}

#[test]
fn companies_listed_with_their_places() {
    let x =
        run("Zentrix Labs wants to outgrow rivals such as Brindle Systems in Portugal and Orvane Robotics in Chile.");
    assert!(has(&x, "Brindle Systems", Predicate::LocatedIn, "Portugal"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Robotics", Predicate::LocatedIn, "Chile"), "{:?}", all(&x));
    assert!(has(&x, "Zentrix Labs", Predicate::CompetesWith, "Orvane Robotics"), "{:?}", all(&x));
}

#[test]
fn a_parenthesised_short_name_before_an_apposition() {
    let x = run("Zentrix Labs said it will buy Brindle Systems Inc. (“Brindle”), a Canada-based chip designer.");
    assert!(has(&x, "Brindle Systems Inc", Predicate::LocatedIn, "Canada"), "{:?}", all(&x));
}

#[test]
fn news_idioms_for_buying_trailing_and_making() {
    let x = run("Zentrix Labs completed its $2 billion purchase of Brindle Systems. Orvane Robotics trails \
                 Zentrix Labs and Tessaro Inc. Quillmark Inc. will buy chips from Tessaro Inc.");
    assert!(has(&x, "Zentrix Labs", Predicate::Acquired, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Robotics", Predicate::CompetesWith, "Tessaro Inc"), "{:?}", all(&x));
    assert!(!has(&x, "Quillmark Inc", Predicate::Acquired, "Tessaro Inc"), "{:?}", all(&x));
}

#[test]
fn its_stake_in_belongs_to_the_company_its_stands_for() {
    let x = run("Zentrix Labs reported results on Monday, after the sale of its 45 per cent stake in Brindle Systems.");
    assert!(has(&x, "Zentrix Labs", Predicate::InvestedIn, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn a_hiring_verb_and_from_name_the_new_and_the_former_employer() {
    let x = run("Zentrix Insurance has poached Tessaro Group chief executive Mario Grell in a surprise move.");
    assert!(has(&x, "Mario Grell", Predicate::WorksFor, "Zentrix Insurance"), "{:?}", all(&x));
    assert!(has(&x, "Mario Grell", Predicate::WorksFor, "Tessaro Group"), "{:?}", all(&x));
    let x = run("Lina Posk joins Helixor Analytics from rival Varnel Systems.");
    assert!(has(&x, "Lina Posk", Predicate::WorksFor, "Helixor Analytics"), "{:?}", all(&x));
    assert!(has(&x, "Lina Posk", Predicate::WorksFor, "Varnel Systems"), "{:?}", all(&x));
    let x = run("Helixor Analytics hired Omar Tefft from Brindle Capital last year.");
    assert!(has(&x, "Omar Tefft", Predicate::WorksFor, "Helixor Analytics"), "{:?}", all(&x));
    assert!(has(&x, "Omar Tefft", Predicate::WorksFor, "Brindle Capital"), "{:?}", all(&x));
    let x = run("Omar Tefft left Helixor Analytics and praised Brindle Capital.");
    assert!(!has(&x, "Omar Tefft", Predicate::WorksFor, "Brindle Capital"), "{:?}", all(&x));
}

#[test]
fn a_former_employer_before_a_title_is_not_what_its_means() {
    let x = run("Orvane Systems named former Quillmark Labs executive Dara Velt as its new CEO.");
    assert!(has(&x, "Dara Velt", Predicate::WorksFor, "Orvane Systems"), "{:?}", all(&x));
    assert!(has(&x, "Dara Velt", Predicate::WorksFor, "Quillmark Labs"), "{:?}", all(&x));
    let role = x.relations.iter().find(|r| x.entities[r.object].name == "Quillmark Labs").and_then(|r| r.role.clone());
    assert_eq!(role.as_deref(), Some("executive"), "{:?}", all(&x));
}

#[test]
fn a_title_of_a_described_company_and_of_the_company() {
    let x = run("\"It is bold,\" says Tomas Reyn, CEO of dealership group Kestor Holdings.");
    assert!(has(&x, "Tomas Reyn", Predicate::WorksFor, "Kestor Holdings"), "{:?}", all(&x));
    let x = run("Varnel Systems lost a contract. Kestor Holdings said on Monday that the company's chief executive, \
                 Hugo Brandt, will leave.");
    assert!(has(&x, "Hugo Brandt", Predicate::WorksFor, "Kestor Holdings"), "{:?}", all(&x));
    assert!(!has(&x, "Hugo Brandt", Predicate::WorksFor, "Varnel Systems"), "{:?}", all(&x));
}

#[test]
fn sold_to_and_a_time_phrase_before_the_bought_company() {
    let x = run("Pellar Dynamics founder Ana Roos sold the company to Maxwell Holdings in 2016.");
    assert!(has(&x, "Maxwell Holdings", Predicate::Acquired, "Pellar Dynamics"), "{:?}", all(&x));
    let x = run("Pellar Dynamics sold its stake to Maxwell Holdings.");
    assert!(!has(&x, "Maxwell Holdings", Predicate::Acquired, "Pellar Dynamics"), "{:?}", all(&x));
    let x = run("Zentrix Insurance acquired, in 2016, Obrin Logistics.");
    assert!(has(&x, "Zentrix Insurance", Predicate::Acquired, "Obrin Logistics"), "{:?}", all(&x));
}

#[test]
fn a_company_described_then_named_in_the_next_sentence() {
    let x = run("Halvane Foods is buying a chip startup for $2bn. The startup, Corvex Labs, makes sensors.");
    assert!(has(&x, "Halvane Foods", Predicate::Acquired, "Corvex Labs"), "{:?}", all(&x));
    let x = run("Halvane Foods is buying a bakery for $2m. The startup, Corvex Labs, makes sensors.");
    assert!(!has(&x, "Halvane Foods", Predicate::Acquired, "Corvex Labs"), "{:?}", all(&x));
}

#[test]
fn a_place_s_kind_of_company_locates_the_company() {
    let x = run("Kestor Bank is Japan's second-largest lender, with 5 million customers. Pellar Dynamics, one of \
                 Italy's biggest insurers, said nothing.");
    assert!(has(&x, "Kestor Bank", Predicate::LocatedIn, "Japan"), "{:?}", all(&x));
    assert!(has(&x, "Pellar Dynamics", Predicate::LocatedIn, "Italy"), "{:?}", all(&x));
    let x = run("Orvane Systems is buying chips from Japan's largest retailer.");
    assert!(!has(&x, "Orvane Systems", Predicate::LocatedIn, "Japan"), "{:?}", all(&x));
}

#[test]
fn a_demonym_and_a_plural_noun_locate_the_list_they_introduce() {
    let x = run("Cloud spending in China grew fast. Chinese companies led by frontrunners Halvane Foods, Corvex Labs \
                 and Brindle Capital are launching into all-out competition in the cloud sector.");
    for org in ["Halvane Foods", "Corvex Labs", "Brindle Capital"] {
        assert!(has(&x, org, Predicate::LocatedIn, "China"), "{org}: {:?}", all(&x));
    }
    assert!(has(&x, "Halvane Foods", Predicate::CompetesWith, "Corvex Labs"), "{:?}", all(&x));
    assert!(has(&x, "Corvex Labs", Predicate::CompetesWith, "Brindle Capital"), "{:?}", all(&x));
}

#[test]
fn a_subject_far_before_a_competition_cue() {
    let x = run("Zentrix Insurance, which has grown quickly over the past decade through a string of deals in Europe \
                 and Asia, is outcompeting Halvane Foods and Corvex Labs.");
    assert!(has(&x, "Zentrix Insurance", Predicate::CompetesWith, "Halvane Foods"), "{:?}", all(&x));
    assert!(has(&x, "Zentrix Insurance", Predicate::CompetesWith, "Corvex Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Halvane Foods", Predicate::CompetesWith, "Corvex Labs"), "{:?}", all(&x));
}

#[test]
fn a_place_with_based_before_a_description_is_no_bought_company() {
    let x = run("Maxwell Holdings, which acquired in 2016 the Lyon-based chip designer Corvex Labs, said nothing.");
    assert!(has(&x, "Maxwell Holdings", Predicate::Acquired, "Corvex Labs"), "{:?}", all(&x));
    let x = run("\"It is bold,\" says Tomas Reyn, CEO of dealership group Kestor Holdings and Zentrix Motors's \
                 largest dealer.");
    assert!(has(&x, "Tomas Reyn", Predicate::WorksFor, "Kestor Holdings"), "{:?}", all(&x));
    assert!(!has(&x, "Tomas Reyn", Predicate::WorksFor, "Zentrix Motors"), "{:?}", all(&x));
}

#[test]
fn a_group_named_like_its_member_owns_it_and_is_not_owned() {
    let x = run("Halvane Foods, part of Halvane Group, opened a plant. Halvane Group said Halvane was growing. \
                 Halvane Foods hired 200 people.");
    assert!(has(&x, "Halvane Group", Predicate::Owns, "Halvane Foods"), "{:?}", all(&x));
    assert!(!has(&x, "Halvane Foods", Predicate::Owns, "Halvane Group"), "{:?}", all(&x));
    let x = run("Corvex said on Monday that Corvex Group would pay a dividend. Corvex has 40 stores.");
    assert!(!has(&x, "Corvex", Predicate::Owns, "Corvex Group"), "{:?}", all(&x));
}

#[test]
fn a_round_that_included_investments_from_names_investors_of_the_raiser() {
    let x = run("Orvane Photonics raises $80 million\n\nOrvane Photonics, a Lyon startup, has raised $80 million. \
                 Orvane Photonics says the money pays for a new fab.\n\nThe round was led by Brindle Capital and \
                 included investments from Tessaro Partners and Quillmark Ventures.");
    for investor in ["Brindle Capital", "Tessaro Partners", "Quillmark Ventures"] {
        assert!(has(&x, investor, Predicate::InvestedIn, "Orvane Photonics"), "{investor}: {:?}", all(&x));
        assert!(!has(&x, investor, Predicate::InvestedIn, "Brindle Capital"), "{investor}: {:?}", all(&x));
    }
}

#[test]
fn a_bare_officer_title_before_a_name_is_with_the_article_s_company() {
    let x = run("Orvane Photonics raises $80 million\n\nOrvane Photonics has raised $80 million. Orvane Photonics \
                 says the money pays for a new fab.\n\nCEO Ilse Marquardt explained that the chips use less power.");
    assert!(has(&x, "Ilse Marquardt", Predicate::WorksFor, "Orvane Photonics"), "{:?}", all(&x));
    // A head of state's capitalized title names no employer.
    let y = run("Orvane Photonics raises $80 million\n\nOrvane Photonics has raised $80 million. Orvane Photonics \
                 says the money pays for a new fab.\n\nPresident Ilse Marquardt praised the plan.");
    assert!(!has(&y, "Ilse Marquardt", Predicate::WorksFor, "Orvane Photonics"), "{:?}", all(&y));
}

#[test]
fn a_bare_officer_title_is_with_the_headline_s_company_over_a_more_named_target() {
    // The target is named more often than the buyer, whose officers speak by title alone.
    let x = run("Zentrix Labs eyes bigger stake in Orvane Photonics\n\nZentrix Labs may raise its stake in Orvane \
                 Photonics to 90%. Orvane Photonics makes lasers. CEO Ilse Marquardt hopes for approval. Orvane \
                 Photonics shares rose. \"We are patient,\" Chief Executive Tomas Wren said. Orvane Photonics and \
                 Zentrix Labs declined to comment.");
    assert!(has(&x, "Ilse Marquardt", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Ilse Marquardt", Predicate::WorksFor, "Orvane Photonics"), "{:?}", all(&x));
    assert!(has(&x, "Tomas Wren", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    // A headline company named fewer than three times leaves the post to the most named one.
    let y = run("Zentrix Labs eyes stake in Orvane Photonics\n\nOrvane Photonics makes lasers. Orvane Photonics \
                 shares rose. CEO Ilse Marquardt hopes for approval. Orvane Photonics declined to comment.");
    assert!(has(&y, "Ilse Marquardt", Predicate::WorksFor, "Orvane Photonics"), "{:?}", all(&y));
}

#[test]
fn an_unknown_name_before_a_lower_case_title_and_a_person_is_their_employer() {
    let x = run("Shares fell. Regardless, Tessaro analyst Thomas Kerrigan said the sale was bad news for Brindle.");
    assert!(has(&x, "Thomas Kerrigan", Predicate::WorksFor, "Tessaro"), "{:?}", all(&x));
    assert!(!x.entities.iter().any(|e| e.name == "Regardless"), "an opening adverb is no name: {:?}", x.entities);
}

#[test]
fn a_place_as_an_adjective_before_a_company_noun_locates_the_name() {
    let x = run("U.S. chipmaker Zentrix will need approval for its purchase of Israeli AI startup Corvane. \
                 Orvane Bank hired an executive from UK lending startup Quillmark Circle.");
    assert!(has(&x, "Zentrix", Predicate::LocatedIn, "United States"), "{:?}", all(&x));
    assert!(has(&x, "Corvane", Predicate::LocatedIn, "Israel"), "{:?}", all(&x));
    assert!(has(&x, "Quillmark Circle", Predicate::LocatedIn, "United Kingdom"), "{:?}", all(&x));
    // "from UK lending startup X": the place is X's, not the hirer's.
    assert!(!has(&x, "Orvane Bank", Predicate::LocatedIn, "United Kingdom"), "{:?}", all(&x));
}

#[test]
fn a_place_ranking_may_have_several_describing_words_and_a_consultancy_is_a_firm() {
    let x = run("Halvard is Japan's second-largest mobile phone carrier, with 50 million subscribers. \
                 Jane Roe is managing director for Beijing-based Marbrook Consulting.");
    assert!(has(&x, "Halvard", Predicate::LocatedIn, "Japan"), "{:?}", all(&x));
    assert!(has(&x, "Marbrook Consulting", Predicate::LocatedIn, "Beijing"), "{:?}", all(&x));
}

#[test]
fn an_ex_title_is_a_former_role_at_the_organisation() {
    let x = run("For example, Ilse Marquardt, the ex-head of payments at Orvane Bank, joined in March.");
    assert!(has(&x, "Ilse Marquardt", Predicate::WorksFor, "Orvane Bank"), "{:?}", all(&x));
}

#[test]
fn a_rivalry_far_from_its_subject_belongs_to_the_sentence_s_company() {
    let x = run("The move marks an attempt by Zentrix Labs, once the world's biggest maker of routers, to regain \
                 the top spot by outcompeting Asian rivals such as Brindle Systems in Taiwan.");
    assert!(has(&x, "Zentrix Labs", Predicate::CompetesWith, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn a_rivalry_with_no_company_in_its_sentence_belongs_to_the_topic() {
    let x = run("Zentrix Labs reports a loss. Zentrix Labs cut jobs. Zentrix Labs sold a plant in Lyon. \
                 The phone business reported an operating loss in the year ended March, lagging rivals \
                 such as Brindle Systems and Orvane Inc.");
    assert!(has(&x, "Zentrix Labs", Predicate::CompetesWith, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Zentrix Labs", Predicate::CompetesWith, "Orvane Inc"), "{:?}", all(&x));
}

#[test]
fn a_rival_or_partner_named_between_commas_after_the_noun_is_its_object() {
    let x = run("Brindle Bank is popular in Peru. Late last year, one of its main competitors, Zentrix Capital, \
                 applied for a licence. Shoppers may pay with Orvane Systems' rival payment platform, Quillpay \
                 Inc, or by card. Tessaro Labs' long-time partner, Corvex Logistics, opened a plant.");
    assert!(has(&x, "Brindle Bank", Predicate::CompetesWith, "Zentrix Capital"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Systems", Predicate::CompetesWith, "Quillpay Inc"), "{:?}", all(&x));
    assert!(has(&x, "Tessaro Labs", Predicate::PartnersWith, "Corvex Logistics"), "{:?}", all(&x));
    let y = run("Brindle Bank is popular in Peru. Unlike its rivals, Zentrix Capital, a lender, made money.");
    assert!(!has(&y, "Brindle Bank", Predicate::CompetesWith, "Zentrix Capital"), "{:?}", all(&y));
}

#[test]
fn titles_with_group_vice_and_a_bracketed_short_form_still_tie_the_person() {
    let x = run("Ravi Menon, group chief executive of Brindle Systems, spoke first.");
    assert!(has(&x, "Ravi Menon", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    let x = run("Paula Grey, vice chairman and president of Zentrix Labs, spoke next.");
    assert!(has(&x, "Paula Grey", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    // A job among stacked roles is the tie; the chair is not a second one.
    assert!(!has(&x, "Paula Grey", Predicate::AffiliatedWith, "Zentrix Labs"), "{:?}", all(&x));
    let x = run("The plan was shown by Zentrix Labs chief technology officer (CTO) Dong-Ho Park on Monday.");
    assert!(has(&x, "Dong-Ho Park", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
}

#[test]
fn an_unknown_name_before_co_founders_or_an_officer_title_is_a_company() {
    let x = run("Korvane co-founders Jeremy Hale and Sacha Moret have stepped down.");
    assert!(has(&x, "Jeremy Hale", Predicate::Founded, "Korvane"), "{:?}", all(&x));
    assert!(has(&x, "Sacha Moret", Predicate::Founded, "Korvane"), "{:?}", all(&x));
    let x = run("Marc Dalton reveals that Quillon COO and the board orchestrated the merger.");
    let quillon = x.entities.iter().find(|e| e.name == "Quillon").map(|e| e.class);
    assert_eq!(quillon, Some(newsgraph::extract::EntityClass::Organization));
}

#[test]
fn the_largest_operator_in_a_place_and_a_headquartered_place_locate_the_company() {
    let x = run("Quillon Telecom, the largest mobile operator in Kenya, has signed a deal with Brindle Systems.");
    assert!(has(&x, "Quillon Telecom", Predicate::LocatedIn, "Kenya"), "{:?}", all(&x));
    let x = run("Zentrix Labs sold a unit. Zentrix Labs cut jobs. Zentrix Labs hired staff. \
                 The London-headquartered bank announced that it would sell a unit.");
    assert!(has(&x, "Zentrix Labs", Predicate::LocatedIn, "London"), "{:?}", all(&x));
}

#[test]
fn an_amount_between_invest_and_in_still_states_the_investment() {
    let x = run("Zentrix Labs is to invest $1.5 billion in Abu Dhabi artificial intelligence and cloud company \
                 Quillon Systems.");
    assert!(has(&x, "Zentrix Labs", Predicate::InvestedIn, "Quillon Systems"), "{:?}", all(&x));
    assert!(!x.relations.iter().any(|r| x.entities[r.object].name == "Abu Dhabi"), "{:?}", all(&x));
}

#[test]
fn investors_of_a_company_s_round_or_of_the_company_invest_in_it() {
    let x = run("Other investors who took part in the latest round of funding for Verano Robotics included \
                 Coatue Management and Intel Capital.");
    assert!(has(&x, "Coatue Management", Predicate::InvestedIn, "Verano Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Intel Capital", Predicate::InvestedIn, "Verano Robotics"), "{:?}", all(&x));
    let x = run("Dorrit Bank's investors already included DST Global and Sequoia Capital.");
    assert!(has(&x, "DST Global", Predicate::InvestedIn, "Dorrit Bank"), "{:?}", all(&x));
    assert!(has(&x, "Sequoia Capital", Predicate::InvestedIn, "Dorrit Bank"), "{:?}", all(&x));
}

#[test]
fn a_place_describing_the_rivals_is_not_one_of_them() {
    let x = run("The Zentrix Labs unit faces stiff competition from US cloud giants such as Quillon Web Services.");
    assert!(has(&x, "Zentrix Labs", Predicate::CompetesWith, "Quillon Web Services"), "{:?}", all(&x));
    assert!(!has(&x, "Zentrix Labs", Predicate::LocatedIn, "United States"), "{:?}", all(&x));
}

#[test]
fn an_organisation_s_named_unit_is_owned_by_it() {
    let x = run("Halvorsen Telecom sought to buy Telefónica's O2 unit in the UK.");
    assert!(has(&x, "Telefónica", Predicate::Owns, "O2"), "{:?}", all(&x));
    // A rival named after a possessive is not owned.
    let x = run("Zentrix Labs's rival Brindle Systems cut prices.");
    assert!(!has(&x, "Zentrix Labs", Predicate::Owns, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn working_with_hooking_up_and_joint_ventures_are_partnerships() {
    let x = run("Zentrix Labs is working with Brindle Systems to build the car.");
    assert!(has(&x, "Zentrix Labs", Predicate::PartnersWith, "Brindle Systems"), "{:?}", all(&x));
    let x = run("Zentrix Labs said it has hooked up with Brindle Systems.");
    assert!(has(&x, "Zentrix Labs", Predicate::PartnersWith, "Brindle Systems"), "{:?}", all(&x));
}

#[test]
fn a_partnership_between_a_list_ties_its_members_pairwise() {
    let x = run("Mara Okafor praised the three-way partnership between Zentrix Labs, Orvane Robotics, and Quillmark \
                 Systems at the summit. The agreement between Brindle Capital and Tessaro Motors under which Brindle \
                 Capital will acquire the firm was signed.");
    for (a, b) in [
        ("Zentrix Labs", "Orvane Robotics"),
        ("Zentrix Labs", "Quillmark Systems"),
        ("Orvane Robotics", "Quillmark Systems"),
    ] {
        assert!(has(&x, a, Predicate::PartnersWith, b), "{a} {b}: {:?}", all(&x));
    }
    assert!(!has(&x, "Brindle Capital", Predicate::PartnersWith, "Tessaro Motors"), "{:?}", all(&x));
}

#[test]
fn partnership_idioms_of_news_tie_the_companies() {
    let x = run("Zentrix Labs and Orvane Robotics have announced signing of agreements with Quillmark Systems to \
                 sell its satellite service. Brindle Telecom has joined hands with Tessaro Motors. Helixor Networks \
                 is in close cooperation with Corvane Energy. Pellwick Foods and Ardent Logistics signed a deal to \
                 build a warehouse.");
    for (a, b) in [
        ("Zentrix Labs", "Quillmark Systems"),
        ("Orvane Robotics", "Quillmark Systems"),
        ("Brindle Telecom", "Tessaro Motors"),
        ("Helixor Networks", "Corvane Energy"),
        ("Pellwick Foods", "Ardent Logistics"),
    ] {
        assert!(has(&x, a, Predicate::PartnersWith, b), "{a} {b}: {:?}", all(&x));
    }
}

#[test]
fn an_unnamed_company_subject_or_a_long_apposition_before_the_verb_of_a_deal() {
    let x = run("Zentrix Labs said profits rose. Earlier this week, the Brazilian firm announced an agreement \
                 with Brindle Energy to study wind farms. \
                 Orvane Data (www.orvane.com), a business of Halden Group, a pan-African technology group, has \
                 formed a commercial partnership with Tessaro Systems to run data centres.");
    assert!(has(&x, "Zentrix Labs", Predicate::PartnersWith, "Brindle Energy"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Data", Predicate::PartnersWith, "Tessaro Systems"), "{:?}", all(&x));
    assert!(!has(&x, "Halden Group", Predicate::PartnersWith, "Tessaro Systems"), "{:?}", all(&x));
    // "…, and the two companies will work together": the words after the comma have a subject of their own.
    let y = run("Mara Okafor, Corvex Labs' finance chief, will join Quillmark Inc's committee, and the two \
                 companies will work together on chips.");
    assert!(has(&y, "Corvex Labs", Predicate::PartnersWith, "Quillmark Inc"), "{:?}", all(&y));
}

#[test]
fn companies_that_sign_an_agreement_together_are_partners() {
    let x = run("Zentrix Labs and Brindle Systems have concluded the agreement to create a new, jointly-operated \
                 chip plant in Lyon. Orvane Inc, Tessaro Labs and Corvex Group signed a three-way pact on \
                 batteries.");
    assert!(has(&x, "Zentrix Labs", Predicate::PartnersWith, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Inc", Predicate::PartnersWith, "Tessaro Labs"), "{:?}", all(&x));
    assert!(has(&x, "Tessaro Labs", Predicate::PartnersWith, "Corvex Group"), "{:?}", all(&x));
    let y = run("Halvane Corp and Quillmark Inc signed a merger agreement. Pellwick Foods and Ardent Logistics \
                 have not signed the agreement. Helixor Networks bought Corvane Energy and signed a supply deal.");
    assert!(y.relations.iter().all(|r| r.predicate != Predicate::PartnersWith), "{:?}", all(&y));
}

#[test]
fn a_place_in_brackets_locates_the_company_and_keeps_the_list_going() {
    let x = run("Helixor Networks sells its cloud service to partners such as Brindle Telecom (Germany), Corvane \
                 Networks (France), Tessaro Systems (Spain) and Orvane Telecom.");
    for (org, place) in [("Brindle Telecom", "Germany"), ("Corvane Networks", "France"), ("Tessaro Systems", "Spain")] {
        assert!(has(&x, org, Predicate::LocatedIn, place), "{org}: {:?}", all(&x));
    }
    for partner in ["Brindle Telecom", "Corvane Networks", "Tessaro Systems", "Orvane Telecom"] {
        assert!(has(&x, "Helixor Networks", Predicate::PartnersWith, partner), "{partner}: {:?}", all(&x));
    }
}

#[test]
fn a_place_or_demonym_before_a_plural_kind_locates_the_listed_companies() {
    let x = run("Helixor Networks faces stiff competition from German cloud giants such as Brindle Systems \
                 (BSX) and Corvane Networks. Both Japanese carriers, Orvane Telecom and Tessaro Telecom, signed \
                 on. It also lags France rivals like Pellwick Systems. Germany, Japan and France are big markets.");
    for (org, place) in [
        ("Brindle Systems", "Germany"),
        ("Corvane Networks", "Germany"),
        ("Orvane Telecom", "Japan"),
        ("Tessaro Telecom", "Japan"),
        ("Pellwick Systems", "France"),
    ] {
        assert!(has(&x, org, Predicate::LocatedIn, place), "{org}: {:?}", all(&x));
    }
}

#[test]
fn a_title_of_a_company_before_the_name_between_commas_ties_the_person() {
    let x = run("The chief executive of Brindle Systems, Mara Okafor, said the deal was done. Asked about it, VP \
                 cloud and platform sales at Zentrix Labs, Daniel Quenneville, said little.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Brindle Systems"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    let role =
        x.relations.iter().find(|r| x.entities[r.subject].name == "Daniel Quenneville").and_then(|r| r.role.clone());
    assert_eq!(role.as_deref(), Some("VP cloud and platform sales"));
}

#[test]
fn an_affiliate_and_a_part_owner_and_owners_of() {
    let x = run("Zentrix Semiconductor was launched in 2012 as an affiliate of Quillon Group.");
    assert!(has(&x, "Quillon Group", Predicate::Owns, "Zentrix Semiconductor"), "{:?}", all(&x));
    let x = run("Brennor Telecom, which is partly owned by Velmora Holdings, said profit rose.");
    assert!(has(&x, "Velmora Holdings", Predicate::InvestedIn, "Brennor Telecom"), "{:?}", all(&x));
    assert!(!has(&x, "Velmora Holdings", Predicate::Owns, "Brennor Telecom"), "{:?}", all(&x));
}

#[test]
fn a_malaysian_legal_form_makes_a_company() {
    let x = run("Its local partner Haslam-Teo Bhd owns the remainder.");
    let e = x.entities.iter().find(|e| e.name == "Haslam-Teo Bhd");
    assert!(e.is_some_and(|e| e.class == newsgraph::extract::EntityClass::Organization), "{:?}", x.entities);
}

#[test]
fn a_company_s_title_is_a_person_after_a_copula() {
    let x = run("Zentrix Labs's current chief executive is Mara Okafor. The winner is Daniel Quenneville.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
    assert!(!has(&x, "Daniel Quenneville", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
}

#[test]
fn quitting_to_lead_a_company_is_working_for_it() {
    let x = run("Zentrix Labs boss Jana Ruel has quit the group to lead rival Orvane Systems.");
    assert!(has(&x, "Jana Ruel", Predicate::WorksFor, "Orvane Systems"), "{:?}", all(&x));
    assert!(has(&x, "Jana Ruel", Predicate::WorksFor, "Zentrix Labs"), "{:?}", all(&x));
}

#[test]
fn a_place_with_a_plural_noun_locates_the_names_right_after_it() {
    let x = run("Investors include US giants Quillmark Systems and Velmora Corp, which build data centres. \
                 US regulators said Tessaro Energy must wait.");
    for org in ["Quillmark Systems", "Velmora Corp"] {
        assert!(has(&x, org, Predicate::LocatedIn, "United States"), "{org}: {:?}", all(&x));
    }
    assert!(!has(&x, "Tessaro Energy", Predicate::LocatedIn, "United States"), "{:?}", all(&x));
}

#[test]
fn becoming_a_company_s_biggest_shareholder_is_investing_in_it() {
    let x = run("Zentrix Labs reported a loss for a year in which investor Mara Okafor became the company's \
                 biggest shareholder. Daniel Quenneville became Orvane Robotics's second-largest shareholder in May. \
                 Halvex Robotics grew fast. Tessaro Capital is its largest investor.");
    assert!(has(&x, "Mara Okafor", Predicate::InvestedIn, "Zentrix Labs"), "{:?}", all(&x));
    assert!(has(&x, "Daniel Quenneville", Predicate::InvestedIn, "Orvane Robotics"), "{:?}", all(&x));
    assert!(has(&x, "Tessaro Capital", Predicate::InvestedIn, "Halvex Robotics"), "{:?}", all(&x));
}

#[test]
fn a_long_description_between_a_place_and_a_name_locates_the_name() {
    let x = run("Swedish lithium-ion battery producer Zentrix Cells told reporters it had raised money. Orvane \
                 Holdings will buy a stake in Austria-based integrated oil, gas, and chemicals company Brindle \
                 Energie. Lisbon-based GenAI startup Quillmark Labs announced a model on Monday. Austrian investors \
                 and the chemicals company Kestor Chemie met on Monday.");
    assert!(has(&x, "Zentrix Cells", Predicate::LocatedIn, "Sweden"), "{:?}", all(&x));
    assert!(has(&x, "Brindle Energie", Predicate::LocatedIn, "Austria"), "{:?}", all(&x));
    assert!(has(&x, "Quillmark Labs", Predicate::LocatedIn, "Lisbon"), "{:?}", all(&x));
    assert!(!has(&x, "Orvane Holdings", Predicate::LocatedIn, "Austria"), "{:?}", all(&x));
    assert!(!has(&x, "Kestor Chemie", Predicate::LocatedIn, "Austria"), "{:?}", all(&x));
}

#[test]
fn places_sharing_based_and_a_based_noun_in_apposition() {
    let x = run("Zentrix Inc., a Lyon- and Porto-based robotics startup, signed a deal with Brindle Capital. The \
                 partners will each own half of the new Italy-based company, Orvane Defence Systems, which starts \
                 next year.");
    assert!(has(&x, "Zentrix Inc", Predicate::LocatedIn, "Lyon"), "{:?}", all(&x));
    assert!(has(&x, "Zentrix Inc", Predicate::LocatedIn, "Porto"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Defence Systems", Predicate::LocatedIn, "Italy"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Capital", Predicate::LocatedIn, "Porto"), "{:?}", all(&x));
}

#[test]
fn a_name_closing_a_fronted_phrase_is_no_apposition_head() {
    let x = run("Through its investment in Helixor Labs, France's largest bank will grow. By buying Tessaro \
                 Systems, the US chip giant doubled its size. In 2023 it bought Kestor Software, a Lyon company \
                 that makes payroll software.");
    assert!(!has(&x, "Helixor Labs", Predicate::LocatedIn, "France"), "{:?}", all(&x));
    assert!(!has(&x, "Tessaro Systems", Predicate::LocatedIn, "United States"), "{:?}", all(&x));
    assert!(has(&x, "Kestor Software", Predicate::LocatedIn, "Lyon"), "{:?}", all(&x));
}

#[test]
fn a_place_possessive_and_a_kind_name_the_firms_after_a_comma() {
    let x = run("Norway's largest lender, the Fjordvik Bank, reported profits. Korea's two major memory chip \
                 manufacturers, Zentrix Semiconductor and Helixor Memory, will report results. Chile's biggest \
                 clean-energy firm, Orvane Solar, looks at deals with Brindle Power.");
    assert!(has(&x, "Fjordvik Bank", Predicate::LocatedIn, "Norway"), "{:?}", all(&x));
    assert!(has(&x, "Zentrix Semiconductor", Predicate::LocatedIn, "South Korea"), "{:?}", all(&x));
    assert!(has(&x, "Helixor Memory", Predicate::LocatedIn, "South Korea"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Solar", Predicate::LocatedIn, "Chile"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Holdings", Predicate::LocatedIn, "Chile"), "{:?}", all(&x));
}

#[test]
fn its_kinds_like_a_list_belong_to_the_place_its_stands_for() {
    let x = run("Cheap power gives Norway an edge that is reinforced by its universities and energy giants like \
                 Fjordvik Holdings, Zentrix Labs and Helixor Systems. Norway's subsidies have led to a boom, and its \
                 e-commerce giants like Quillmark Retail have grown. Sales in Norway rose as its rivals such as \
                 Tessaro Systems lost ground.");
    for org in ["Fjordvik Holdings", "Zentrix Labs", "Helixor Systems", "Quillmark Retail"] {
        assert!(has(&x, org, Predicate::LocatedIn, "Norway"), "{org}: {:?}", all(&x));
    }
    assert!(!has(&x, "Tessaro Systems", Predicate::LocatedIn, "Norway"), "{:?}", all(&x));
}

#[test]
fn an_owners_place_rival_a_university_in_a_place_and_a_relative_situated_in() {
    let x = run("Zentrix Motors's U.S. rival Brindle Motor Co agreed to use a platform. Mara Okafor studied at \
                 Quillmark University in Indiana and at Tessaro College, Lagos, Nigeria. Dana Ruel, the chief \
                 executive of Kestor Bank, sealed the deal to take over Orvane Banking Corporation, which is \
                 situated in Mozambique.");
    assert!(has(&x, "Brindle Motor Co", Predicate::LocatedIn, "United States"), "{:?}", all(&x));
    assert!(!has(&x, "Zentrix Motors", Predicate::LocatedIn, "United States"), "{:?}", all(&x));
    assert!(has(&x, "Quillmark University", Predicate::LocatedIn, "Indiana"), "{:?}", all(&x));
    assert!(has(&x, "Tessaro College", Predicate::LocatedIn, "Nigeria"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Banking Corporation", Predicate::LocatedIn, "Mozambique"), "{:?}", all(&x));
    assert!(!has(&x, "Kestor Bank", Predicate::LocatedIn, "Mozambique"), "{:?}", all(&x));
}

#[test]
fn a_copula_before_a_place_and_a_kind_locates_its_subject() {
    let x = run("Zentrix Labs is a Chinese startup. Brindle Systems says it is the newest Australian unicorn. \
                 Kestor Holdings is a Lyon-based company. Orvane Robotics, which is a Korean chipmaker, grew. \
                 Tessaro Capital is the Japanese company's biggest shareholder.");
    assert!(has(&x, "Zentrix Labs", Predicate::LocatedIn, "China"), "{:?}", all(&x));
    assert!(has(&x, "Brindle Systems", Predicate::LocatedIn, "Australia"), "{:?}", all(&x));
    assert!(has(&x, "Kestor Holdings", Predicate::LocatedIn, "Lyon"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Robotics", Predicate::LocatedIn, "South Korea"), "{:?}", all(&x));
    assert!(!has(&x, "Tessaro Capital", Predicate::LocatedIn, "Japan"), "{:?}", all(&x));
}

#[test]
fn a_list_of_founders_may_stand_before_the_founding_place() {
    let x = run("Zentrix Labs is a research company co-founded by former Brindle engineers Mara Okafor and Dana \
                 Ruel in Lisbon in May 2023.");
    assert!(has(&x, "Zentrix Labs", Predicate::LocatedIn, "Lisbon"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle", Predicate::LocatedIn, "Lisbon"), "{:?}", all(&x));
}

#[test]
fn the_demonym_kind_said_after_a_clause_is_its_subject() {
    let x = run("Zentrix Labs plans to open four new data centres across the world, the Chilean e-commerce giant \
                 said on Monday. Brindle Systems sued Orvane Robotics over a patent, the court said.");
    assert!(has(&x, "Zentrix Labs", Predicate::LocatedIn, "Chile"), "{:?}", all(&x));
    assert!(!has(&x, "Orvane Robotics", Predicate::LocatedIn, "Chile"), "{:?}", all(&x));
}

#[test]
fn a_place_named_only_by_its_demonym_locates_less_surely() {
    // One rule for both facts, so only the place's naming tells them apart
    // (whatever the calibration table says of the rule).
    let x = run("German carmaker Brindle Motors will invest in a plant. French startup Zentrix Labs agreed. \
                 Zentrix Labs has offices across France.");
    let only_demonym = confidence(&x, "Brindle Motors", Predicate::LocatedIn, "Germany");
    let named_too = confidence(&x, "Zentrix Labs", Predicate::LocatedIn, "France");
    let (Some(only_demonym), Some(named_too)) = (only_demonym, named_too) else { panic!("both places: {:?}", all(&x)) };
    assert!(only_demonym < named_too, "demonym only {only_demonym} < named too {named_too}");
}

#[test]
fn a_makers_release_of_a_product_says_it_made_it() {
    let x = run("Halvex Inc builds software. Its stock jumped after Halvex's release of the Orbitra 2 chatbot.");
    assert!(has(&x, "Halvex Inc", Predicate::Developed, "Orbitra 2"), "{:?}", all(&x));
}

#[test]
fn a_place_s_long_kind_locates_the_name_after_its_last_noun() {
    let x = run("Portugal's four-year-old challenger digital bank Zentrix landed $90 million. Japan's largest \
                 insurer said it would buy a stake in Brindle Systems.");
    assert!(has(&x, "Zentrix", Predicate::LocatedIn, "Portugal"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Systems", Predicate::LocatedIn, "Japan"), "{:?}", all(&x));
}

#[test]
fn a_bracketed_acronym_may_stand_in_the_kind_after_a_based_place() {
    let x = run("Lyon-based generative artificial intelligence (AI) startup Zentrix plans a data centre. \
                 A Porto-based (and loss-making) rival of Brindle Systems grew.");
    assert!(has(&x, "Zentrix", Predicate::LocatedIn, "Lyon"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Systems", Predicate::LocatedIn, "Porto"), "{:?}", all(&x));
}

#[test]
fn a_place_home_to_companies_such_as_a_list_locates_them() {
    let x = run("Portugal, home to chip makers such as Zentrix Systems and Brindle Labs, has become a hub. \
                 Lyon is home to Orvane Robotics. Spain, home to the company of Tessaro Capital, grew. \
                 Kenya, home to 50 million people, signed a deal with Quillmark Bank.");
    assert!(has(&x, "Zentrix Systems", Predicate::LocatedIn, "Portugal"), "{:?}", all(&x));
    assert!(has(&x, "Brindle Labs", Predicate::LocatedIn, "Portugal"), "{:?}", all(&x));
    assert!(has(&x, "Orvane Robotics", Predicate::LocatedIn, "Lyon"), "{:?}", all(&x));
    assert!(!has(&x, "Tessaro Capital", Predicate::LocatedIn, "Spain"), "{:?}", all(&x));
    assert!(!has(&x, "Quillmark Bank", Predicate::LocatedIn, "Kenya"), "{:?}", all(&x));
}

#[test]
fn a_school_that_gave_a_degree_is_in_the_place_after_it() {
    let x = run("Mara Okafor received a law degree from Zentrix Institute in Spain in 1994. She later \
                 worked for Brindle Systems in Portugal.");
    assert!(has(&x, "Zentrix Institute", Predicate::LocatedIn, "Spain"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Systems", Predicate::LocatedIn, "Portugal"), "{:?}", all(&x));
}

#[test]
fn a_miner_is_a_kind_of_company_after_a_demonym() {
    let x = run("The venture is 49% owned by Australian miner Zentrix Ltd.");
    assert!(has(&x, "Zentrix Ltd", Predicate::LocatedIn, "Australia"), "{:?}", all(&x));
}

#[test]
fn the_subject_before_a_based_description_stands_past_a_double_hyphen_dateline() {
    let x = run("Brindle-backed Zentrix AI eyes deals\n\n(Newswire) -- Zentrix AI sees more investors in Japan.\n\n\
                 Risks are heightening interest in the Tokyo-based startup, which announced a round.");
    assert!(has(&x, "Zentrix AI", Predicate::LocatedIn, "Tokyo"), "{:?}", all(&x));
}

#[test]
fn the_makers_of_a_product_in_apposition_developed_it() {
    let x = run("Marlow Group, makers of the Quenta X9 phone, reported higher sales.");
    assert!(has(&x, "Marlow Group", Predicate::Developed, "Quenta X9"), "{:?}", all(&x));
}

/// Three mentions of Brindle Systems make it the article's topic.
const TOPIC: &str = "Brindle Systems opened a plant in Lyon. Brindle Systems hired 200 people. \
                     Brindle Systems expects more orders. ";

#[test]
fn the_carmakers_brands_are_the_last_subjects_and_the_companys_the_topics() {
    let x =
        run(&format!("{TOPIC}Kestrel Motors bought Halvern Foods last year. The carmaker's brands include Zentra."));
    assert!(has(&x, "Kestrel Motors", Predicate::Owns, "Zentra"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Systems", Predicate::Owns, "Zentra"), "{:?}", all(&x));
    let x = run(&format!("{TOPIC}Kestrel Motors bought Halvern Foods last year. The company's brands include Zentra."));
    assert!(has(&x, "Brindle Systems", Predicate::Owns, "Zentra"), "{:?}", all(&x));
}

#[test]
fn it_after_a_short_name_or_a_placed_subject_is_that_company() {
    let x = run(&format!(
        "{TOPIC}Brindle Systems bought a stake in Kestrel Property Insurance. Kestrel was set up in 2005. \
         It is based in Porto."
    ));
    assert!(has(&x, "Kestrel Property Insurance", Predicate::LocatedIn, "Porto"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Systems", Predicate::LocatedIn, "Porto"), "{:?}", all(&x));
    let x =
        run(&format!("{TOPIC}Portugal's second-largest insurer, Quenvale, named a chairman. It is based in Porto."));
    assert!(has(&x, "Quenvale", Predicate::LocatedIn, "Porto"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Systems", Predicate::LocatedIn, "Porto"), "{:?}", all(&x));
}

#[test]
fn a_possessive_with_many_describing_words_before_a_noun_names_the_thing_set_off_after_it() {
    let x = run("Kappa Labs’ 96-core inference chip, Helion, ships in June. \
                 The deal covers Sarto Inc's next-generation autonomous driving and humanoid robot AI chip, \
                 the 'QX5', until 2031. \
                 Tosca Systems’ shares rose and its rivals gained, Mirren Corp said.");
    assert!(has(&x, "Kappa Labs", Predicate::Developed, "Helion"), "{:?}", all(&x));
    assert!(has(&x, "Sarto Inc", Predicate::Developed, "QX5"), "{:?}", all(&x));
    assert!(!has(&x, "Tosca Systems", Predicate::Developed, "Mirren Corp"), "{:?}", all(&x));
}

#[test]
fn the_demonym_and_a_kind_of_company_stand_for_one_named_before() {
    // "the Japanese firm's", "the Argentine online marketplace", "the two South African companies".
    let x = run("Halvane Foods bought Corvex Labs in Japan last year despite having to absorb the Japanese firm's \
                 huge debts.");
    assert!(has(&x, "Corvex Labs", Predicate::LocatedIn, "Japan"), "{:?}", all(&x));
    assert!(!has(&x, "Halvane Foods", Predicate::LocatedIn, "Japan"), "{:?}", all(&x));
    let x = run("Brindle Capital opened offices across Argentina. Its founder said the Argentine online marketplace \
                 and payments firm would build a new warehouse.");
    assert!(has(&x, "Brindle Capital", Predicate::LocatedIn, "Argentina"), "{:?}", all(&x));
    let x = run("Orvane Bank will take control of insurer Tessaro Holdings, the two South African companies \
                 said on Thursday in South Africa.");
    for org in ["Orvane Bank", "Tessaro Holdings"] {
        assert!(has(&x, org, Predicate::LocatedIn, "South Africa"), "{org}: {:?}", all(&x));
    }
    assert!(!has(&x, "Tessaro Holdings", Predicate::LocatedIn, "Africa"), "{:?}", all(&x));
    let x = run("Orvane Bank will take control of insurer Tessaro Holdings, the two Japanese companies said.");
    for org in ["Orvane Bank", "Tessaro Holdings"] {
        assert!(has(&x, org, Predicate::LocatedIn, "Japan"), "{org}: {:?}", all(&x));
    }
    // Its own subject, a continent, a regulator or a unit: nothing.
    let x =
        run("Quillmark Partners is one of the main shareholders in the Nigerian lender, which operates in Nigeria.");
    assert!(!has(&x, "Quillmark Partners", Predicate::LocatedIn, "Nigeria"), "{:?}", all(&x));
    let x = run("Zentrix Holdings rose in Africa and Germany on Monday. The African fintech met the German regulator \
                 on Tuesday.");
    assert!(!has(&x, "Zentrix Holdings", Predicate::LocatedIn, "Africa"), "{:?}", all(&x));
    assert!(!has(&x, "Zentrix Holdings", Predicate::LocatedIn, "Germany"), "{:?}", all(&x));
    // After a speech verb the phrase may speak of the speaker itself; the place need not be named
    // elsewhere (see `a_demonym_anaphor_names_its_place_even_when_the_article_does_not`).
    let x = run("Corvex Labs said the French firm would hire 200 engineers.");
    assert!(has(&x, "Corvex Labs", Predicate::LocatedIn, "France"), "{:?}", all(&x));
}

#[test]
fn a_demonym_description_in_the_subject_s_own_clause_is_the_other_company_named_there() {
    // A definite description in the clause of a company named as its subject speaks of another
    // company: the one named last between them, not the subject ("it" would be the subject).
    for (text, other, subject, place) in [
        (
            "Halvane Motors, which signed a deal with Corvex Auto in May to use the French automaker's plants \
             in Brazil, is still waiting for approval.",
            "Corvex Auto",
            "Halvane Motors",
            "France",
        ),
        (
            "Orvane Group, which owns 70% of Brindle Holdings, denied rumours that it planned to sell the \
             Spanish company.",
            "Brindle Holdings",
            "Orvane Group",
            "Spain",
        ),
        (
            "Kestrel Group announced a partnership with Tamsin Bank to use the Polish lender's branches.",
            "Tamsin Bank",
            "Kestrel Group",
            "Poland",
        ),
        (
            "Dunmore Holdings bought a stake in Velmora Foods last year and now plans to list the Danish \
             dairy group.",
            "Velmora Foods",
            "Dunmore Holdings",
            "Denmark",
        ),
    ] {
        let x = run(text);
        assert!(has(&x, other, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
        assert!(!has(&x, subject, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
    }
    // Near misses: after a speech verb the speaker may speak of itself; a company a speaker tells
    // is no referent; with no other company in the clause, nothing.
    let x = run("Corvex Labs, which works with Brindle Systems, said the French firm would hire 200 engineers.");
    assert!(!has(&x, "Brindle Systems", Predicate::LocatedIn, "France"), "{:?}", all(&x));
    let x = run("Corvex Labs announced that Ada Mirel of Brindle Systems would become its next chief, a move \
                 that could reshape the French group.");
    assert!(!has(&x, "Brindle Systems", Predicate::LocatedIn, "France"), "{:?}", all(&x));
    let x = run("Corvex Labs told Brindle News the French firm would hire 200 engineers.");
    assert!(!has(&x, "Brindle News", Predicate::LocatedIn, "France"), "{:?}", all(&x));
    let x = run("Kestrel Capital will take control of the Czech drugmaker next year.");
    assert!(!has(&x, "Kestrel Capital", Predicate::LocatedIn, "Czech Republic"), "{:?}", all(&x));
    // The same with a place and "-based" or "-headquartered".
    let x = run("Brindle Motors is based in the Czech Republic. Halvane Partners will take control of the \
                 Czech Republic-headquartered company next year.");
    assert!(!has(&x, "Halvane Partners", Predicate::LocatedIn, "Czech Republic"), "{:?}", all(&x));
    let x = run("Orvane Group, which owns 70% of Brindle Holdings, plans to sell the Madrid-based utility.");
    assert!(has(&x, "Brindle Holdings", Predicate::LocatedIn, "Madrid"), "{:?}", all(&x));
    assert!(!has(&x, "Orvane Group", Predicate::LocatedIn, "Madrid"), "{:?}", all(&x));
    // In another sentence the phrase still speaks of the company named before.
    let x = run("Halvard Biotech named Ada Mirel as chief executive on Monday. The Barcelona-based company, which \
                 makes medicines, was hit hard last year.");
    assert!(has(&x, "Halvard Biotech", Predicate::LocatedIn, "Barcelona"), "{:?}", all(&x));
}

#[test]
fn the_two_based_companies_are_the_two_named_last() {
    let x = run("Orvane Motor Group and Tessaro Cells will build a battery plant in Georgia. The plant will open in \
                 2026. The two South Korea-based companies will each take a 50% stake.");
    for org in ["Orvane Motor Group", "Tessaro Cells"] {
        assert!(has(&x, org, Predicate::LocatedIn, "South Korea"), "{org}: {:?}", all(&x));
    }
}

#[test]
fn an_unnamed_superlative_of_a_place_is_the_article_s_company() {
    // The article is about Kestor Insurance (three mentions, more than any other).
    let about = "Kestor Insurance raised its dividend. Kestor Insurance also cut costs. Kestor Insurance said so. ";
    for tail in [
        "The board will appoint Ada Mirel as the new chief of Europe's largest insurer from May.",
        "The deals added up to a shift at Europe's largest insurer by market value.",
        "Her legacy lies at the FTSE 100 company, which is Europe's biggest composite insurer.",
    ] {
        let x = run(&format!("{about}{tail}"));
        assert!(has(&x, "Kestor Insurance", Predicate::LocatedIn, "Europe"), "{tail}: {:?}", all(&x));
    }
    // Many firms, one of many, or a place that a copula or a comma describes: not the company.
    for tail in [
        "It plans to work with Europe's top insurers.",
        "It competes with one of Europe's largest insurers.",
        "Portugal, where it has an office, is Europe's largest cork producer.",
    ] {
        let x = run(&format!("{about}{tail}"));
        assert!(!has(&x, "Kestor Insurance", Predicate::LocatedIn, "Europe"), "{tail}: {:?}", all(&x));
    }
}

#[test]
fn a_demonym_before_a_plural_kind_and_a_list_names_its_place_unwritten() {
    // No sentence names Japan, Sweden, Korea or Denmark: the demonym does.
    let x = run("The market has long been dominated by Japanese carmakers such as Velmora Motor, Kestrel Motor Co, \
                 and Ardent Motors. Swedish lenders including Norrbank Holdings and Fjellstad Bank cut rates. \
                 Analysts said Korean chipmakers like Hanvoro Semiconductor would gain. Danish forwarder Brindle \
                 Logistics' $2 billion acquisition of Orvane Freight closed in May.");
    for (org, place) in [
        ("Velmora Motor", "Japan"),
        ("Kestrel Motor Co", "Japan"),
        ("Ardent Motors", "Japan"),
        ("Norrbank Holdings", "Sweden"),
        ("Fjellstad Bank", "Sweden"),
        ("Hanvoro Semiconductor", "South Korea"),
        ("Brindle Logistics", "Denmark"),
    ] {
        assert!(has(&x, org, Predicate::LocatedIn, place), "{org}: {:?}", all(&x));
    }
    assert!(!has(&x, "Orvane Freight", Predicate::LocatedIn, "Denmark"), "{:?}", all(&x));
    // Customers and regulators are no businesses of the place.
    let x = run("Sales to Japanese customers such as Velmora Motor rose. Swedish regulators like Fjellstad Bank \
                 were cautious.");
    assert!(!has(&x, "Velmora Motor", Predicate::LocatedIn, "Japan"), "{:?}", all(&x));
    assert!(!has(&x, "Fjellstad Bank", Predicate::LocatedIn, "Sweden"), "{:?}", all(&x));
}

#[test]
fn a_town_and_its_wider_place_before_based_locate_the_company_in_both() {
    let x = run("Burkhard Lenz, CEO of Kempten, Germany-based Halvorsen Logistics, said it made eight deals. With \
                 El Segundo, Calif.-based Trexon Systems, he gains a supplier. Austin, Texas-based Pellwood Labs \
                 raised $5 million. Analysts at Porto, Portugal-headquartered Quintela Bank were cautious.");
    for (org, place) in [
        ("Halvorsen Logistics", "Kempten"),
        ("Halvorsen Logistics", "Germany"),
        ("Trexon Systems", "El Segundo"),
        ("Trexon Systems", "Calif."),
        ("Pellwood Labs", "Austin"),
        ("Pellwood Labs", "Texas"),
        ("Quintela Bank", "Porto"),
        ("Quintela Bank", "Portugal"),
    ] {
        assert!(has(&x, org, Predicate::LocatedIn, place), "{org} {place}: {:?}", all(&x));
    }
    assert!(has(&x, "Burkhard Lenz", Predicate::WorksFor, "Halvorsen Logistics"), "{:?}", all(&x));
    assert!(!has(&x, "Burkhard Lenz", Predicate::WorksFor, "Kempten"), "{:?}", all(&x));
    // A list of towns is no town of a wider place.
    let x = run("It has offices in Lyon, Porto and Oslo-based Quintela Bank runs them.");
    assert!(!has(&x, "Quintela Bank", Predicate::LocatedIn, "Lyon"), "{:?}", all(&x));
}

#[test]
fn a_us_state_abbreviated_after_a_town_is_a_place() {
    let x = run("Zentrix Corp is based in Lake Forest, Ill., and employs 900 people. Brindle Medical Inc is based in \
                 North Billerica, Mass. It sells monitors.");
    for (org, place) in [("Zentrix Corp", "Lake Forest"), ("Zentrix Corp", "Ill."), ("Brindle Medical Inc", "Mass.")] {
        assert!(has(&x, org, Predicate::LocatedIn, place), "{org} {place}: {:?}", all(&x));
    }
    // Written out elsewhere in the article, the abbreviation is the state's.
    let x = run("Zentrix Corp is based in Lake Forest, Ill. Illinois is its home state.");
    assert!(has(&x, "Zentrix Corp", Predicate::LocatedIn, "Illinois"), "{:?}", all(&x));
    // Not a state after a town: "Mass" alone, or "Ill." with no town before it.
    let x = run("Zentrix Corp said Mass. production starts soon. Brindle Medical fell ill. on Monday.");
    assert!(x.entities.iter().all(|e| e.name != "Mass." && e.name != "Ill."), "{:?}", x.entities);
}

#[test]
fn a_place_s_public_body_named_by_what_it_is_for() {
    let x = run("Mrs Obi drove growth at Nigeria's Bank of Industry, the oldest lender. Mr Dale has been CEO of \
                 Australia's National Broadband Network since 2018. Kenya's ICT Authority signed a deal with \
                 Zentrix Labs. Norway's Ministry of Finance and Norway's Velmora Bank agreed.");
    for (org, place) in [
        ("Bank of Industry", "Nigeria"),
        ("National Broadband Network", "Australia"),
        ("ICT Authority", "Kenya"),
        ("Ministry of Finance", "Norway"),
        ("Velmora Bank", "Norway"),
    ] {
        assert!(has(&x, org, Predicate::LocatedIn, place), "{org}: {:?}", all(&x));
    }
    assert!(has(&x, "Dale", Predicate::WorksFor, "National Broadband Network"), "{:?}", all(&x));
    // A company's board is no public body; an acronym before a plain word names nothing.
    let x = run("The Board of Directors of Zentrix Labs met. The ICT sector grew.");
    assert!(x.entities.iter().all(|e| e.name != "Board of Directors" && e.name != "ICT"), "{:?}", x.entities);
}

#[test]
fn a_nation_s_own_company_of_a_place_is_located_there() {
    let x = run("Zentrix Air, the Abu Dhabi-based national airline of the UAE, ordered 28 aircraft. Brindle Oil, the \
                 state oil company of Norway, grew. Orvane Telecom, the biggest mobile operator in Kenya, said sales \
                 rose.");
    for (org, place) in [
        ("Zentrix Air", "Abu Dhabi"),
        ("Zentrix Air", "United Arab Emirates"),
        ("Brindle Oil", "Norway"),
        ("Orvane Telecom", "Kenya"),
    ] {
        assert!(has(&x, org, Predicate::LocatedIn, place), "{org} {place}: {:?}", all(&x));
    }
    // A place that describes what follows "of" locates nothing.
    let x = run("Lyon-based Pellwood Energy is among the leading developers of U.S. wind projects.");
    assert!(!has(&x, "Pellwood Energy", Predicate::LocatedIn, "United States"), "{:?}", all(&x));
}

#[test]
fn a_known_name_before_a_us_state_is_the_town() {
    let x = run("Quorvia Labs is headquartered in Berlin as well as Cambridge, Mass., with investments from Brindle \
                 Capital.");
    for place in ["Berlin", "Cambridge", "Mass."] {
        assert!(has(&x, "Quorvia Labs", Predicate::LocatedIn, place), "{place}: {:?}", all(&x));
    }
    assert!(x.entities.iter().all(|e| e.name != "University of Cambridge"), "{:?}", x.entities);
    assert!(has(&x, "Brindle Capital", Predicate::InvestedIn, "Quorvia Labs"), "{:?}", all(&x));
}

#[test]
fn a_place_and_a_field_s_acronym_before_a_kind_name_no_company() {
    let x = run("A China AI start-up named Quillmark Labs grew. A UK AI firm, Pellwood Labs, grew too.");
    assert!(x.entities.iter().all(|e| e.name != "China AI" && e.name != "UK AI"), "{:?}", x.entities);
    assert!(x.entities.iter().any(|e| e.name == "China"), "{:?}", x.entities);
}

#[test]
fn a_seat_of_a_company_or_a_seat_verb_before_in_locates_it() {
    for text in [
        "The world headquarters for Brindle Systems in Porto, Portugal.",
        "Brindle Systems is big. The headquarters of Brindle Systems in Porto, Portugal, will close.",
        "Brindle Systems is big. Brindle Systems's headquarters are in Porto, Portugal.",
        "Brindle Systems is big. The company's headquarters will remain in Porto, Portugal.",
        "Brindle Systems is big. Its headquarters were in Porto, Portugal.",
    ] {
        let x = run(text);
        assert!(has(&x, "Brindle Systems", Predicate::LocatedIn, "Porto"), "{text}: {:?}", all(&x));
        assert!(has(&x, "Brindle Systems", Predicate::LocatedIn, "Portugal"), "{text}: {:?}", all(&x));
    }
    // A seat of another noun, or a place after other words: nothing.
    for text in [
        "The head of Brindle Systems in Porto resigned.",
        "Brindle Systems is big. Brindle Systems's headquarters moved to Lyon from Porto.",
    ] {
        let x = run(text);
        assert!(!has(&x, "Brindle Systems", Predicate::LocatedIn, "Porto"), "{text}: {:?}", all(&x));
    }
}

#[test]
fn the_largest_kind_in_the_country_is_in_the_country_named_before() {
    for text in [
        "Kestrel Holdings expanded into Portugal. Shoppers use Halvane Group, the biggest e-commerce marketplace \
         in the country, which has 10,000 sellers.",
        "In Portugal, Quenvale Bank, the biggest Islamic lender in the country, has recommended a bid.",
        "Portugal grew. Quenvale Bank, the biggest Sharia-compliant lender in the country, made a bid.",
        "Brindle Systems opened in Lyon, Portugal, last year. Halvane Group is the largest chipmaker in the country.",
        "Halvane Group sells in Portugal and Lyon. Halvane Group is one of the largest lenders in the country.",
    ] {
        let x = run(text);
        let org = if text.contains("Quenvale") { "Quenvale Bank" } else { "Halvane Group" };
        assert!(has(&x, org, Predicate::LocatedIn, "Portugal"), "{text}: {:?}", all(&x));
        assert!(!has(&x, org, Predicate::LocatedIn, "Lyon"), "{text}: {:?}", all(&x));
    }
    // No superlative, no country named before, or a continent: nothing.
    for text in [
        "Portugal has many banks. Halvane Group, a lender in the country, grew.",
        "Halvane Group, the biggest lender in the country, grew. Portugal agreed.",
        "Halvane Group expanded in Africa. It is the biggest lender in the country.",
    ] {
        let x = run(text);
        assert!(!all(&x).iter().any(|r| r.contains("locatedIn")), "{text}: {:?}", all(&x));
    }
}

#[test]
fn a_place_after_the_and_a_superlative_describes_the_company_in_apposition() {
    for text in [
        "Arvion Systems will buy Corvex Semi, the largest US maker of military chips. The United States cheered.",
        "Arvion Systems will buy Corvex Semi, the largest US commercial manufacturer of chips. The US cheered.",
        "Arvion Systems will buy Corvex Semi, the second-largest US chipmaker. The United States cheered.",
        "The United States cheered as the biggest U.S. chipmaker Corvex Semi grew.",
    ] {
        let x = run(text);
        assert!(has(&x, "Corvex Semi", Predicate::LocatedIn, "United States"), "{text}: {:?}", all(&x));
        assert!(!has(&x, "Arvion Systems", Predicate::LocatedIn, "United States"), "{text}: {:?}", all(&x));
    }
    // A superlative with no "the", or a place as an object: nothing.
    let x = run("Arvion Systems will buy Corvex Semi, whose largest US plant makes chips.");
    assert!(!has(&x, "Corvex Semi", Predicate::LocatedIn, "United States"), "{:?}", all(&x));
}

#[test]
fn its_product_noun_before_a_name_or_a_list_gives_the_maker_each_product() {
    let x = run("Velmora Pharma said its experimental drug velorimab cut tumour growth. \
                 Hestal Biotech faces generic competition for its blockbuster drugs Ostrel and Lunaxa. \
                 Norrland Aero won an order for its widebody N900 and N700 jets.");
    assert!(has(&x, "Velmora Pharma", Predicate::Developed, "velorimab"), "{:?}", all(&x));
    assert!(has(&x, "Hestal Biotech", Predicate::Developed, "Ostrel"), "{:?}", all(&x));
    assert!(has(&x, "Hestal Biotech", Predicate::Developed, "Lunaxa"), "{:?}", all(&x));
    assert!(has(&x, "Norrland Aero", Predicate::Developed, "N700"), "{:?}", all(&x));
    // No name after the noun: no product, and no fact.
    let y = run("Ostmark Pharma said its experimental drug failed in March.");
    assert!(y.relations.iter().all(|r| r.predicate != Predicate::Developed), "{:?}", all(&y));
}

#[test]
fn a_name_set_off_before_its_product_noun_is_the_makers() {
    let x = run("Sarnet Medical won approval for Trivexa, its treatment for sickle cell disease.");
    assert!(has(&x, "Sarnet Medical", Predicate::Developed, "Trivexa"), "{:?}", all(&x));
    // "its rival" is no product noun.
    let y = run("Sarnet Medical lost ground to Corvane Health, its rival in Ohio.");
    assert!(!has(&y, "Sarnet Medical", Predicate::Developed, "Corvane Health"), "{:?}", all(&y));
}

#[test]
fn makes_the_treatments_and_unveiled_the_flagship_name_their_products() {
    let x = run("Dorvane Therapeutics makes the arthritis treatments Quenza and Parvix. \
                 Lumetra Inc unveiled the flagship Zaro Note on Monday.");
    assert!(has(&x, "Dorvane Therapeutics", Predicate::Developed, "Quenza"), "{:?}", all(&x));
    assert!(has(&x, "Dorvane Therapeutics", Predicate::Developed, "Parvix"), "{:?}", all(&x));
    assert!(has(&x, "Lumetra Inc", Predicate::Developed, "Zaro Note"), "{:?}", all(&x));
}

/// Whether the extraction holds a Place entity called `name`.
fn has_place(x: &newsgraph::extract::Extraction, name: &str) -> bool {
    x.entities.iter().any(|e| e.class == newsgraph::extract::EntityClass::Place && e.name == name)
}

#[test]
fn a_demonym_anaphor_names_its_place_even_when_the_article_does_not() {
    // "The German software giant said…": the company named before, in a place the article names nowhere else.
    let x = run("Zentrix Holdings has reshuffled its cloud unit. The German software giant said in a statement that \
                 its cloud chief would leave.");
    assert!(has(&x, "Zentrix Holdings", Predicate::LocatedIn, "Germany"), "{:?}", all(&x));
    assert!(has_place(&x, "Germany"));
    // A possessive after the noun.
    let x = run("Orvane Power Corp agreed to buy Kestrel Wind on Monday. The deal is a further sign of the Italian \
                 utility group's commitment to wind power.");
    assert!(has(&x, "Orvane Power Corp", Predicate::LocatedIn, "Italy"), "{:?}", all(&x));
    // Describing words before the noun, the subject of the next sentence.
    let x = run("Quillmark Semiconductor will build a plant in Lyon. The American semiconductor giant will make an \
                 announcement later this week.");
    assert!(has(&x, "Quillmark Semiconductor", Predicate::LocatedIn, "United States"), "{:?}", all(&x));
    // A count: the two named last.
    let x =
        run("Halvane Motor Group and Tessaro Cells will build a battery plant. The two Korean companies will each \
                 own half of it.");
    for org in ["Halvane Motor Group", "Tessaro Cells"] {
        assert!(has(&x, org, Predicate::LocatedIn, "South Korea"), "{org}: {:?}", all(&x));
    }
}

#[test]
fn a_demonym_before_another_party_or_a_name_is_no_anaphor() {
    // A regulator, a unit, a market and a named firm are other parties: no place for the subject.
    for text in [
        "Zentrix Holdings met the German regulator on Tuesday to discuss the fine.",
        "Zentrix Holdings agreed to buy the German unit of Brindle Motors for $2 billion.",
        "Zentrix Holdings sells most of its phones in the German market.",
        "Zentrix Holdings dropped a planned purchase of the Spanish lender-software firm Tresmares Pay.",
        "Zentrix Holdings competes with the German carmaker Brindle Motors.",
    ] {
        let x = run(text);
        assert!(all(&x).iter().all(|r| !r.starts_with("Zentrix Holdings locatedIn")), "{text}: {:?}", all(&x));
    }
    let x = run("Zentrix Holdings met the German regulator on Tuesday.");
    assert!(!has_place(&x, "Germany"), "{:?}", x.entities);
}

#[test]
fn a_short_acronym_may_stand_in_a_demonym_description() {
    // "Chinese IT giant X", "Chinese EV maker X", "Korean AI chip startup X".
    let x = run("The shares rose after a report on Chinese IT giant Helixor Holdings Ltd.'s review of a deal.");
    assert!(has(&x, "Helixor Holdings Ltd", Predicate::LocatedIn, "China"), "{:?}", all(&x));
    let x = run("Chinese EV maker Quanta Motors raised $300 million on Monday.");
    assert!(has(&x, "Quanta Motors", Predicate::LocatedIn, "China"), "{:?}", all(&x));
    let x = run("Acme Robotics bought Korean AI chip startup Norvik Labs.");
    assert!(has(&x, "Norvik Labs", Predicate::LocatedIn, "South Korea"), "{:?}", all(&x));
    assert!(!has(&x, "Acme Robotics", Predicate::LocatedIn, "South Korea"), "{:?}", all(&x));
    // A word the lexicon knows as a name is no acronym of a description.
    let x = run("Acme Robotics hired engineers from the Chinese UN agency and Kestrel Vision.");
    assert!(!has(&x, "Kestrel Vision", Predicate::LocatedIn, "China"), "{:?}", all(&x));
}

#[test]
fn a_demonym_anaphor_after_as_or_while_keeps_the_sentence_subject() {
    // "…as the French supermajor expands": the subject of the sentence, not the partner named last.
    let x = run("Orvane Energies Corp is interested in partnering with Tallis Oil on projects abroad as the French \
                 supermajor expands in Latin America.");
    assert!(has(&x, "Orvane Energies Corp", Predicate::LocatedIn, "France"), "{:?}", all(&x));
    assert!(!has(&x, "Tallis Oil", Predicate::LocatedIn, "France"), "{:?}", all(&x));
    let x = run("Quillmark Semiconductor signed a supply deal with Tessaro Cells while the American chip major \
                 builds its new plant.");
    assert!(has(&x, "Quillmark Semiconductor", Predicate::LocatedIn, "United States"), "{:?}", all(&x));
    assert!(!has(&x, "Tessaro Cells", Predicate::LocatedIn, "United States"), "{:?}", all(&x));
    // A subject that is no name found: the phrase is not given to the partner instead.
    let x = run("The oil group is interested in partnering with Tallis Oil as the French supermajor expands abroad.");
    assert!(!has(&x, "Tallis Oil", Predicate::LocatedIn, "France"), "{:?}", all(&x));
    // "major" and "supermajor" are nouns of a kind of company.
    let x = run("Indonesian telecommunications major Norvik Telekom is building a network in the new capital.");
    assert!(has(&x, "Norvik Telekom", Predicate::LocatedIn, "Indonesia"), "{:?}", all(&x));
    // "major" as an adjective before a noun describes the noun: "a major French bank" is no major.
    let x = run("Zentrix Holdings hired advisers from a major French bank and Brindle Partners.");
    assert!(!has(&x, "Brindle Partners", Predicate::LocatedIn, "France"), "{:?}", all(&x));
    assert!(!has(&x, "Zentrix Holdings", Predicate::LocatedIn, "France"), "{:?}", all(&x));
}

#[test]
fn a_based_description_stops_at_its_verb_before_a_later_name() {
    // The description's clause runs on past its verb: a name there is not what it describes.
    let x =
        run("Zentrix Airways ordered jets. At the annual meeting, Mara Okafor, Zentrix Airways President, said the \
                 Lyon-based airline sees positive signs in Brindle Aero's ability to deliver.");
    assert!(has(&x, "Zentrix Airways", Predicate::LocatedIn, "Lyon"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Aero", Predicate::LocatedIn, "Lyon"), "{:?}", all(&x));
    // A name the description runs on to is the one it describes, not one named before.
    let x = run("Orvane Capital met investors. The deal was with the Lyon-based chip maker Zentrix Labs.");
    assert!(!has(&x, "Orvane Capital", Predicate::LocatedIn, "Lyon"), "{:?}", all(&x));
    let x = run("Orvane Capital met investors. The Lyon-based owner of Zentrix Labs said nothing.");
    assert!(!has(&x, "Orvane Capital", Predicate::LocatedIn, "Lyon"), "{:?}", all(&x));
}

#[test]
fn a_based_kind_noun_stands_for_the_company_the_article_calls_so() {
    // "the Porto-based lender" is the lender named last, not the article's topic.
    let x = run(&format!(
        "{TOPIC}Mara Okafor, the former chief of regional lender Kestrel Bancorp, joins Brindle Systems. \
         She spent two decades at Kestrel Bancorp, which is worth $19 billion. She joined the Porto-based \
         lender as a vice-president."
    ));
    assert!(has(&x, "Kestrel Bancorp", Predicate::LocatedIn, "Porto"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Systems", Predicate::LocatedIn, "Porto"), "{:?}", all(&x));
    // "company" is what any is called: the usual referent.
    let x = run(&format!("{TOPIC}She joined the Porto-based company as a vice-president."));
    assert!(has(&x, "Brindle Systems", Predicate::LocatedIn, "Porto"), "{:?}", all(&x));
    // An airline no name was called: the usual referent, not the lender.
    let x = run("Orvane Air hired Mara Okafor from lender Kestrel Bancorp. The Porto-based airline said so.");
    assert!(!has(&x, "Kestrel Bancorp", Predicate::LocatedIn, "Porto"), "{:?}", all(&x));
}

#[test]
fn a_home_base_or_home_city_of_a_place_is_the_company_s_seat() {
    let x = run("The lab is the second of its kind, the first being in Zentrix Labs' home base of Lyon, France.");
    for place in ["Lyon", "France"] {
        assert!(has(&x, "Zentrix Labs", Predicate::LocatedIn, place), "{place}: {:?}", all(&x));
    }
    let x = run("Mara Okafor, who lives in Brindle Airways' home city of Porto, will lead it.");
    assert!(has(&x, "Brindle Airways", Predicate::LocatedIn, "Porto"), "{:?}", all(&x));
    // The place first, the company after "the home market of" (the rival a first name introduces).
    let x = run("The six markets include Sweden, which is the home market of Kestrel Systems rival Orvane Networks.");
    assert!(has(&x, "Orvane Networks", Predicate::LocatedIn, "Sweden"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Systems", Predicate::LocatedIn, "Sweden"), "{:?}", all(&x));
    let x = run("Talks were held in Porto, the home base of Zentrix Labs, on Monday.");
    assert!(has(&x, "Zentrix Labs", Predicate::LocatedIn, "Porto"), "{:?}", all(&x));
    // Near misses: a market that is no home, a home that is no seat.
    let x = run("Talks were held in Spain, the biggest market of Zentrix Labs, on Monday. Zentrix Labs' sales \
                 of Spain grew. Brindle Systems left its home market of Lyon for Porto.");
    assert!(!has(&x, "Zentrix Labs", Predicate::LocatedIn, "Spain"), "{:?}", all(&x));
}

#[test]
fn a_seat_owned_with_describing_words_or_a_demonym_places_the_company() {
    let x = run("Mara Okafor will divide her time between Brindle Airways' Porto operational headquarters and \
                 its offices in Lisbon.");
    assert!(has(&x, "Brindle Airways", Predicate::LocatedIn, "Porto"), "{:?}", all(&x));
    let x = run("Kestrel Group operates in South Africa and Nigeria. The chairman visited its South African \
                 headquarters on Monday.");
    assert!(has(&x, "Kestrel Group", Predicate::LocatedIn, "South Africa"), "{:?}", all(&x));
    // "whose" owns the seat too; a town after "in" is the seat, not the region of the demonym.
    let x = run("Orvane Seating Corp, whose North American headquarters is in Detroit, employs 3,446 people in \
                 North America.");
    assert!(has(&x, "Orvane Seating Corp", Predicate::LocatedIn, "Detroit"), "{:?}", all(&x));
    assert!(!has(&x, "Orvane Seating Corp", Predicate::LocatedIn, "North America"), "{:?}", all(&x));
    assert!(!has(&x, "Orvane Seating Corp", Predicate::LocatedIn, "United States"), "{:?}", all(&x));
    let x = run("Zentrix Labs, whose headquarters are in Lyon, France, grew.");
    for place in ["Lyon", "France"] {
        assert!(has(&x, "Zentrix Labs", Predicate::LocatedIn, place), "{place}: {:?}", all(&x));
    }
    // Offices owned abroad are no seat.
    let x = run("Zentrix Labs sells in Germany. It opened its German offices in 2020.");
    assert!(!has(&x, "Zentrix Labs", Predicate::LocatedIn, "Germany"), "{:?}", all(&x));
}

#[test]
fn based_in_takes_an_area_noun_out_of_and_a_wider_place_after_in() {
    let x = run("Zentrix Mining is a large-scale mining group headquartered in the Fujian province.");
    assert!(has(&x, "Zentrix Mining", Predicate::LocatedIn, "Fujian"), "{:?}", all(&x));
    let x = run("Analysts expect the sale to Brindle Inc., a smaller regional player based out of Montreal, to pass.");
    assert!(has(&x, "Brindle Inc", Predicate::LocatedIn, "Montreal"), "{:?}", all(&x));
    let x = run("For some time now, Orvane Software, which is based in Lyon in central France, has grown.");
    for place in ["Lyon", "France"] {
        assert!(has(&x, "Orvane Software", Predicate::LocatedIn, place), "{place}: {:?}", all(&x));
    }
    // A site's noun still names no seat; a place after a verb's "in" is no wider place.
    let x = run("Zentrix Mining shipped ore from the Fujian plant. Kestrel Labs is based in Lyon and invests in \
                 Germany.");
    assert!(!has(&x, "Zentrix Mining", Predicate::LocatedIn, "Fujian"), "{:?}", all(&x));
    assert!(!has(&x, "Kestrel Labs", Predicate::LocatedIn, "Germany"), "{:?}", all(&x));
}

#[test]
fn the_examples_of_a_place_s_plural_kind_are_located_there() {
    for text in [
        "Brindle Capital has holdings in Japan's five biggest trading firms, also including Zentrix Inc and Orvane \
         Inc.",
        "Halvane Labs is the oldest of China's AI unicorns — a group that includes Zentrix Inc and Orvane Inc.",
        "Brindle Capital backed several of Korea's chipmakers, including Zentrix Inc and Orvane Inc.",
        "Portugal's largest lenders, such as Zentrix Inc and Orvane Inc, reported losses.",
        "Brindle Capital courted Japan's trading companies, notably including Zentrix Inc and Orvane Inc.",
    ] {
        let x = run(text);
        let place = ["Japan", "China", "Korea", "Portugal"].into_iter().find(|p| text.contains(p)).unwrap();
        let place = if place == "Korea" { "South Korea" } else { place };
        for org in ["Zentrix Inc", "Orvane Inc"] {
            assert!(has(&x, org, Predicate::LocatedIn, place), "{text}: {org} {:?}", all(&x));
        }
        assert!(!has(&x, "Brindle Capital", Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
    }
    // A singular noun, or a list that does not start at the intro: nothing listed.
    for text in [
        "Japan's biggest trading firm, including its units, owns Zentrix Inc and Orvane Inc.",
        "Japan's trading firms grew, including the ones that own Zentrix Inc and Orvane Inc.",
    ] {
        let x = run(text);
        assert!(!has(&x, "Orvane Inc", Predicate::LocatedIn, "Japan"), "{text}: {:?}", all(&x));
    }
}

#[test]
fn a_based_place_before_a_demonym_and_noun_locates_the_name_in_both() {
    for (text, org, city, country) in [
        ("Lyon-based French bank Zentrix Banque confirmed the deal.", "Zentrix Banque", "Lyon", "France"),
        ("It hired Porto-based Portuguese lender Orvane Credito.", "Orvane Credito", "Porto", "Portugal"),
        ("Shenzhen-based Chinese tech giant Kestrel Holdings bid for it.", "Kestrel Holdings", "Shenzhen", "China"),
    ] {
        let x = run(text);
        assert!(has(&x, org, Predicate::LocatedIn, city), "{text}: {:?}", all(&x));
        assert!(has(&x, org, Predicate::LocatedIn, country), "{text}: {:?}", all(&x));
    }
    // A verb after the noun ends the phrase: the name after it is another party's.
    let x = run("Lyon-based French bank staff joined Zentrix Banque.");
    assert!(!has(&x, "Zentrix Banque", Predicate::LocatedIn, "Lyon"), "{:?}", all(&x));
}

#[test]
fn an_indefinite_demonym_noun_before_a_name_in_apposition_locates_it() {
    for (text, org, place) in [
        (
            "Brindle Corp bought an Australian firm, Zentrix Digital, for an undisclosed sum.",
            "Zentrix Digital",
            "Australia",
        ),
        ("Brindle Corp teamed up with a Japanese startup, Orvane Labs.", "Orvane Labs", "Japan"),
        ("The fund backed a French fintech company, Kestrel Pay, last year.", "Kestrel Pay", "France"),
    ] {
        let x = run(text);
        assert!(has(&x, org, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
        assert!(!has(&x, "Brindle Corp", Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
    }
    // "X, a French firm, said": the apposition describes the name before it.
    let x = run("Brindle Corp, a French firm, on Monday said it would grow.");
    assert!(has(&x, "Brindle Corp", Predicate::LocatedIn, "France"), "{:?}", all(&x));
}

#[test]
fn a_place_hyphened_to_a_word_other_than_based_locates_nothing() {
    for text in [
        "Olu Ade, co-founder of Africa-focused payments company Zentrix Pay, invested.",
        "Zentrix Pay, an India-focused lender, grew.",
        "Tokyo-listed Zentrix Pay rose 10%.",
        "Brindle Capital invested in an Asia-focused fund, Zentrix Pay.",
        "Brindle Capital invested in Europe-focused startups such as Zentrix Pay and Orvane Labs.",
    ] {
        let x = run(text);
        assert!(!all(&x).iter().any(|r| r.contains("locatedIn")), "{text}: {:?}", all(&x));
    }
    // "-based" and "-headquartered" still locate.
    for text in ["Africa-based payments company Zentrix Pay grew.", "Zentrix Pay, an India-headquartered lender, grew."]
    {
        let x = run(text);
        assert!(all(&x).iter().any(|r| r.starts_with("Zentrix Pay locatedIn")), "{text}: {:?}", all(&x));
    }
}

#[test]
fn mideast_is_the_middle_east() {
    let x = run("Brindle Corp buys Mideast ride-share rival Zentrix Rides.");
    assert!(has(&x, "Zentrix Rides", Predicate::LocatedIn, "Middle East"), "{:?}", all(&x));
    assert!(x.entities.iter().all(|e| e.name != "Mideast"), "{:?}", x.entities);
    assert!(!has(&x, "Zentrix Rides", Predicate::CompetesWith, "Middle East"), "{:?}", all(&x));
}

#[test]
fn a_company_of_a_place_is_based_there_and_the_place_is_no_part_of_its_name() {
    // Wire style: the company's name, "of" and where it is from.
    for (text, org, place) in [
        (
            "Brindle Logistics has acquired Kestrel Couriers of Aberdeen for an undisclosed sum.",
            "Kestrel Couriers",
            "Aberdeen",
        ),
        ("Investors include Zentrix Capital of Sweden, with lead investor Brindle Labs.", "Zentrix Capital", "Sweden"),
        ("Quillon Holdings of Japan agreed to buy Harrow Steel.", "Quillon Holdings", "Japan"),
        ("Orvane AG of Germany signed the deal on Monday.", "Orvane AG", "Germany"),
        // "VC" ends a venture firm's name as "Ventures" does.
        ("These include Kestrel Ventures and Orvane VC of Sweden.", "Orvane VC", "Sweden"),
    ] {
        let x = run(text);
        assert!(has(&x, org, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
        assert!(x.entities.iter().all(|e| !e.name.ends_with(place) || e.name == place), "{text}: {:?}", all(&x));
    }
    // A bank's, a public body's or a university's "of" and place are part of its name.
    for (text, name) in [
        ("The Commonwealth Bank of Australia cut rates.", "Commonwealth Bank of Australia"),
        ("The Reserve Bank of India held rates.", "Reserve Bank of India"),
        ("The Life Insurance Corporation of India bought shares.", "Life Insurance Corporation of India"),
        ("The Manufacturers Association of Nigeria welcomed the move.", "Manufacturers Association of Nigeria"),
    ] {
        let x = run(text);
        assert!(x.entities.iter().any(|e| e.name == name), "{text}: {:?}", x.entities);
        assert!(!all(&x).iter().any(|r| r.contains("locatedIn")), "{text}: {:?}", all(&x));
    }
    // A place that goes on into a longer name, or owns what follows, is not where the company is from.
    for text in
        ["Kestrel Capital of Sweden's Orvane Group invested.", "Brindle Ventures of New York Mellon fame invested."]
    {
        let x = run(text);
        assert!(!has(&x, "Kestrel Capital", Predicate::LocatedIn, "Sweden"), "{text}: {:?}", all(&x));
        assert!(!has(&x, "Brindle Ventures", Predicate::LocatedIn, "New York"), "{text}: {:?}", all(&x));
    }
}

#[test]
fn a_company_sold_in_the_passive_was_bought_by_the_one_after_to() {
    for text in [
        "Pellar Dynamics was sold by Kestor Holdings to Maxwell Capital in 2018.",
        "Pellar Dynamics was sold to Maxwell Capital for $2 billion.",
        "Pellar Dynamics, which has been sold to Maxwell Capital, grew.",
    ] {
        let x = run(text);
        assert!(has(&x, "Maxwell Capital", Predicate::Acquired, "Pellar Dynamics"), "{text}: {:?}", all(&x));
        assert!(!has(&x, "Kestor Holdings", Predicate::Acquired, "Pellar Dynamics"), "{text}: {:?}", all(&x));
    }
    // A stake sold in the passive is no purchase of the company.
    let x = run("A stake in Pellar Dynamics was sold by Kestor Holdings to Maxwell Capital.");
    assert!(!has(&x, "Maxwell Capital", Predicate::Acquired, "Pellar Dynamics"), "{:?}", all(&x));
}

#[test]
fn a_demonym_of_two_words_locates_the_company_it_describes() {
    for (text, org, place) in [
        ("Orvane Studios was bought by South Korean carmaker Kestrel Motors.", "Kestrel Motors", "South Korea"),
        ("Yesterday the South African miner Kestrel Mining bought Orvane.", "Kestrel Mining", "South Africa"),
        ("The deal was signed with Kestrel Energy, a South African solar developer.", "Kestrel Energy", "South Africa"),
        ("Orvane said it has acquired its Middle Eastern competitor Kestrel for $3 billion.", "Kestrel", "Middle East"),
        (
            "Kestrel Labs reported a profit on Monday. The Southeast Asian firm said sales rose.",
            "Kestrel Labs",
            "Southeast Asia",
        ),
        ("Brindle said it will buy Guatemalan lender Kestrel Bank.", "Kestrel Bank", "Guatemala"),
    ] {
        let x = run(text);
        assert!(has(&x, org, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
        assert!(
            !x.entities.iter().any(|e| e.name.starts_with("South ") && e.class.name() != "Place"),
            "{text}: {:?}",
            x.entities
        );
    }
    // A demonym of two words that begins a longer name is part of it, and one with no company named places nothing.
    let x = run("South African Airways said it would buy planes from Kestrel Aero.");
    assert!(x.entities.iter().any(|e| e.name == "South African Airways"), "{:?}", x.entities);
    assert!(!all(&x).iter().any(|r| r.contains("locatedIn")), "{:?}", all(&x));
    let x = run("Kestrel Motors expanded its South Korean operations and hired 300 people.");
    assert!(!has(&x, "Kestrel Motors", Predicate::LocatedIn, "South Korea"), "{:?}", all(&x));
}

#[test]
fn a_place_before_any_plural_noun_of_businesses_locates_the_list() {
    for (text, orgs, place) in [
        (
            "Alibaba joins Brindle Group and Silicon Valley peers such as Orvane Labs in placing big bets on AI.",
            &["Orvane Labs"][..],
            "Silicon Valley",
        ),
        (
            "Kestrel Capital outbid US suitors including Orvane Partners and Zentrix Labs.",
            &["Orvane Partners", "Zentrix Labs"][..],
            "United States",
        ),
    ] {
        let x = run(text);
        for org in orgs {
            assert!(has(&x, org, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
        }
    }
    // Without a place the kind says nothing of where the members are.
    let x = run("Kestrel Capital said its peers such as Orvane Labs had grown.");
    assert!(!all(&x).iter().any(|r| r.contains("locatedIn")), "{:?}", all(&x));
}

#[test]
fn it_after_a_sentence_opening_with_a_fronted_phrase_is_that_sentences_subject() {
    let cases = [
        (
            "Next year, Kestrel Motor Corp will begin producing cars in Lyon. It will also open plants for its \
             electronics and seating subsidiaries Mindro Electronics and Nobrin Auto.",
            "Kestrel Motor Corp",
            Predicate::Owns,
            "Mindro Electronics",
        ),
        (
            "By purchasing a plant from Halvex Motors in 2020, France's Saldor Motor made an early bet on Spain. \
             Next year, the automaker will begin building vans there. It will also open offices for its units \
             Mindro Electronics and Nobrin Auto.",
            "Saldor Motor",
            Predicate::Owns,
            "Nobrin Auto",
        ),
        (
            "Last week, Brindle Bank reported a rise in profit. It also agreed to buy Orvane Credit for $2 billion.",
            "Brindle Bank",
            Predicate::Acquired,
            "Orvane Credit",
        ),
        (
            "Having won approval from regulators, Talvo Energy Group closed the deal on Monday. It then bought a \
             stake in Pellan Solar Ltd.",
            "Talvo Energy Group",
            Predicate::InvestedIn,
            "Pellan Solar Ltd",
        ),
    ];
    for (text, s, p, o) in cases {
        let x = run(text);
        assert!(has(&x, s, p, o), "{text}: {:?}", all(&x));
    }
    // The name inside the fronted phrase is not the subject.
    let x = run("By purchasing a plant from Halvex Motors in 2020, France's Saldor Motor made an early bet on Spain. \
                 It also bought Dunmore Parts Ltd.");
    assert!(!has(&x, "Halvex Motors", Predicate::Acquired, "Dunmore Parts Ltd"), "{:?}", all(&x));
}

#[test]
fn a_list_right_after_based_shares_the_place() {
    for (text, orgs, place) in [
        (
            "Brindle Motors raised money from investors including Lyon-based Kestrel Capital, Orvane Partners \
             and Tamsin Ventures.",
            &["Kestrel Capital", "Orvane Partners", "Tamsin Ventures"][..],
            "Lyon",
        ),
        ("The round drew Porto-based Quillon Group and Marrow Fund.", &["Quillon Group", "Marrow Fund"][..], "Porto"),
        (
            "Singapore-based Kestrel Capital, Orvane Partners and Tamsin Ventures joined the round.",
            &["Kestrel Capital", "Orvane Partners", "Tamsin Ventures"][..],
            "Singapore",
        ),
        (
            "Trials of drugs from Boston-based Hollow Labs' and Vantro Therapeutics' programmes failed.",
            &["Hollow Labs", "Vantro Therapeutics"][..],
            "Boston",
        ),
        (
            "Brindle took money from Dubai-based Marrow Fund and Quillon Investment Authority (QIA).",
            &["Marrow Fund", "Quillon Investment Authority"][..],
            "Dubai",
        ),
    ] {
        let x = run(text);
        for org in orgs {
            assert!(has(&x, org, Predicate::LocatedIn, place), "{text} {org}: {:?}", all(&x));
        }
    }
    // Two lists, each after its own place.
    let x = run("Brindle Motors raised money from investors including US-based Kestrel Capital, Orvane Partners \
                 and Tamsin Ventures, and Lyon-based Quillon Group and Marrow Fund.");
    for org in ["Kestrel Capital", "Orvane Partners", "Tamsin Ventures"] {
        assert!(has(&x, org, Predicate::LocatedIn, "United States"), "{org}: {:?}", all(&x));
        assert!(!has(&x, org, Predicate::LocatedIn, "Lyon"), "{org}: {:?}", all(&x));
    }
    for org in ["Quillon Group", "Marrow Fund"] {
        assert!(has(&x, org, Predicate::LocatedIn, "Lyon"), "{org}: {:?}", all(&x));
        assert!(!has(&x, org, Predicate::LocatedIn, "United States"), "{org}: {:?}", all(&x));
    }
    // A member with a place or a description of its own, a clause, an apposition: not the list's place.
    for (text, other) in [
        ("Lyon-based Kestrel Capital and US rival Orvane Partners signed a deal.", "Orvane Partners"),
        ("Lyon-based Kestrel Capital and Orvane Partners of Porto signed a deal.", "Orvane Partners"),
        ("Lyon-based Kestrel Capital, which backs Orvane Partners and Tamsin Ventures, grew.", "Orvane Partners"),
        ("Lyon-based Kestrel Capital, a unit of Orvane Partners, grew.", "Orvane Partners"),
        ("Lyon-based Kestrel Capital and its owner Orvane Partners grew.", "Orvane Partners"),
        ("A Lyon-based startup, Kestrel Capital, and Orvane Partners signed a deal.", "Orvane Partners"),
        ("Lyon-based lender Kestrel Capital and Orvane Partners signed a deal.", "Orvane Partners"),
        (
            "The round was led by Lyon-based Kestrel Capital and Orvane Partners. A partner at Orvane Partners, \
             which is based in Prague, will join the board.",
            "Orvane Partners",
        ),
    ] {
        let x = run(text);
        assert!(has(&x, "Kestrel Capital", Predicate::LocatedIn, "Lyon"), "{text}: {:?}", all(&x));
        assert!(!has(&x, other, Predicate::LocatedIn, "Lyon"), "{text}: {:?}", all(&x));
    }
}

#[test]
fn a_demonym_before_any_plural_or_a_company_noun_and_like_locates_the_named_examples() {
    for (text, orgs, place) in [
        (
            "Zentrix is a cheap alternative to rivals, without turning to Chinese options like Hollow Labs.",
            &["Hollow Labs"][..],
            "China",
        ),
        (
            "Orvane is the only European rival to US leaders like Kestrel Mind and Brindle Intelligence.",
            &["Kestrel Mind", "Brindle Intelligence"][..],
            "United States",
        ),
        (
            "While an American company like Tarrow Foods is leaving the region, Orvane is arriving.",
            &["Tarrow Foods"][..],
            "United States",
        ),
        (
            "Japanese names such as Kestrel Robotics and Orvane Motors gained on Monday.",
            &["Kestrel Robotics", "Orvane Motors"][..],
            "Japan",
        ),
    ] {
        let x = run(text);
        for org in orgs {
            assert!(has(&x, org, Predicate::LocatedIn, place), "{text} {org}: {:?}", all(&x));
        }
    }
    // Places as examples, a list past another phrase, a comma before "such as" after a non-company noun.
    for (text, org) in [
        ("European markets like Germany and France grew, Kestrel Robotics said.", "Kestrel Robotics"),
        ("Kestrel Robotics sells to Japanese buyers and to rivals like Orvane Motors.", "Orvane Motors"),
        ("Kestrel Robotics sold its French assets, such as a plant, to Orvane Motors.", "Orvane Motors"),
        ("Sales to Korean clients such as Orvane Motors rose.", "Orvane Motors"),
        ("Dutch regulators like Orvane Motors were cautious.", "Orvane Motors"),
    ] {
        let x = run(text);
        assert!(!all(&x).iter().any(|r| r.starts_with(&format!("{org} locatedIn"))), "{text}: {:?}", all(&x));
    }
}

#[test]
fn hyphened_describing_words_before_a_product_keep_its_maker() {
    for (sentence, maker, thing) in [
        (
            "Kestrel Motors will begin producing its well-liked little Arvo Cat EV in Thailand.",
            "Kestrel Motors",
            "Arvo Cat",
        ),
        (
            "Pellan Systems will pack its latest-generation Arclight Max chips into the machine.",
            "Pellan Systems",
            "Arclight Max",
        ),
        (
            "The cloud will run on 18,000 of Pellan Systems' latest high-end Arclight Max chips.",
            "Pellan Systems",
            "Arclight Max",
        ),
        ("Kestrel Motors showed its new low-cost Arvo Cat EV on Monday.", "Kestrel Motors", "Arvo Cat"),
    ] {
        let x = run(sentence);
        assert!(has(&x, maker, Predicate::Developed, thing), "{sentence}: {:?}", all(&x));
    }
    // A verb phrase between is no describing word.
    let y = run("Kestrel Motors said its plan to sell Arvo Cat EV cars failed.");
    assert!(!has(&y, "Kestrel Motors", Predicate::Developed, "Arvo Cat"), "{:?}", all(&y));
}

#[test]
fn a_capitalized_region_word_before_a_continent_names_one_place() {
    let x = run("Brellon Capital said the deals mark the integration of North Africa into the wider startup scene. \
                 Its funds focus on Francophone Africa and West Africa. Vantor Air flies across South-East Asia \
                 and South East Asia, and its routes reach Southern Europe.");
    for place in ["North Africa", "Francophone Africa", "West Africa", "South-East Asia", "South East Asia"] {
        assert!(has_place(&x, place), "{place}: {:?}", x.entities);
    }
    for part in ["North", "Francophone", "Africa", "Asia", "South-East"] {
        assert!(!x.entities.iter().any(|e| e.name == part), "{part}: {:?}", x.entities);
    }
    assert!(!x.entities.iter().any(|e| e.name == "North Africa" && e.class != newsgraph::extract::EntityClass::Place));
    // A known name with a region word is left to the lexicon, a lone region word is no place.
    let y = run("North Korea fired a missile. The North said sales at Kestrel Lager rose.");
    assert!(has_place(&y, "North Korea"), "{:?}", y.entities);
    assert!(!y.entities.iter().any(|e| e.name == "North"), "{:?}", y.entities);
}

#[test]
fn a_place_before_a_preposition_describes_no_company_after_it() {
    let x = run("The standoff between Germany and Japan over chipmaker Velsen Semi continues.");
    assert!(!has(&x, "Velsen Semi", Predicate::LocatedIn, "Japan"), "{:?}", all(&x));
    assert!(!has(&x, "Velsen Semi", Predicate::LocatedIn, "Germany"), "{:?}", all(&x));
    let y = run("Talks between Brisa Holdings and China about chipmaker Velsen Semi stalled.");
    assert!(!has(&y, "Velsen Semi", Predicate::LocatedIn, "China"), "{:?}", all(&y));
    // The place right before the noun still describes it.
    let z = run("The dispute involves Dutch chipmaker Velsen Semi.");
    assert!(has(&z, "Velsen Semi", Predicate::LocatedIn, "Netherlands"), "{:?}", all(&z));
}

#[test]
fn an_e_commerce_platform_is_a_kind_of_company() {
    // A place's platform, a demonym before it, "-based" with it: the company's home.
    for (text, org, place) in [
        (
            "Talvane Bazaar named a new chief on Monday. Mr Orrin joined Portugal's dominant e-commerce platform in \
             2015. Talvane Bazaar shares rose, and Talvane Bazaar paid a dividend.",
            "Talvane Bazaar",
            "Portugal",
        ),
        ("Brazilian e-commerce platform Talvane Bazaar raised $40 million.", "Talvane Bazaar", "Brazil"),
        ("Lisbon-based e-commerce platform Talvane Bazaar hired 200 staff.", "Talvane Bazaar", "Lisbon"),
        (
            "Orrin Pay will work with Talvane Bazaar, the largest e-commerce platform in Kenya.",
            "Talvane Bazaar",
            "Kenya",
        ),
    ] {
        let x = run(text);
        assert!(has(&x, org, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
    }
    // A platform that is a product, and a place the platform sells in, give no home.
    let y = run("Talvane Bazaar sells shoes on its e-commerce platform in Kenya.");
    assert!(!has(&y, "Talvane Bazaar", Predicate::LocatedIn, "Kenya"), "{:?}", all(&y));
}

#[test]
fn a_described_home_goes_to_the_company_the_description_can_mean() {
    // The topic named just before, not the subject of the sentence before it.
    let x = run("Dravik Pharma signs deals. Last year, Halvern Bio made headlines for its many deals, but now there \
                 is a new leader in town – Dravik Pharma. This year has seen the U.S.-headquartered drugmaker sign \
                 five licensing deals. Dravik Pharma shares rose.");
    assert!(has(&x, "Dravik Pharma", Predicate::LocatedIn, "United States"), "{:?}", all(&x));
    assert!(!has(&x, "Halvern Bio", Predicate::LocatedIn, "United States"), "{:?}", all(&x));
    // Not the company an apposition holding the description speaks of.
    let y = run("Dravik Holdings invests in wallets. Mr Orr said Dravik Holdings' deal with Quellen Bank will \
                 involve Tessaro Group, another close partner of the Singapore-headquartered firm. Dravik Holdings \
                 grew.");
    assert!(has(&y, "Dravik Holdings", Predicate::LocatedIn, "Singapore"), "{:?}", all(&y));
    assert!(!has(&y, "Tessaro Group", Predicate::LocatedIn, "Singapore"), "{:?}", all(&y));
    let z = run("The round was co-led by Lisbon-based Arvo Capital and Quellen Ventures, the venture arm of the \
                 French telecoms giant.");
    assert!(has(&z, "Arvo Capital", Predicate::LocatedIn, "Lisbon"), "{:?}", all(&z));
    assert!(!has(&z, "Quellen Ventures", Predicate::LocatedIn, "France"), "{:?}", all(&z));
    assert!(!has(&z, "Quellen Ventures", Predicate::LocatedIn, "Lisbon"), "{:?}", all(&z));
    // The company the text already placed there, not the sentence's subject.
    let w = run("Brindle Energy bought a stake in German chemicals maker Ostrava Chemie. Brindle Holding, a unit of \
                 Brindle Energy, holds 83% of Ostrava Chemie, the German company said on Tuesday.");
    assert!(has(&w, "Ostrava Chemie", Predicate::LocatedIn, "Germany"), "{:?}", all(&w));
    assert!(!has(&w, "Brindle Holding", Predicate::LocatedIn, "Germany"), "{:?}", all(&w));
    // A lone description still goes to the company named before it.
    let v = run("Halvern Bio won approval on Monday. The Boston-based company said it would hire 40 people.");
    assert!(has(&v, "Halvern Bio", Predicate::LocatedIn, "Boston"), "{:?}", all(&v));
}

#[test]
fn a_demonym_before_based_names_the_home() {
    // "Swiss-based", "German-based": a demonym stands for its place before "-based".
    for (text, org, place) in [
        (
            "The round was led by Swiss-based impact investor Corvane Capital, per a filing.",
            "Corvane Capital",
            "Switzerland",
        ),
        ("German-based lender Ostlund Bank cut its forecast on Monday.", "Ostlund Bank", "Germany"),
        ("Talvane Pay hired Mr Orrin from Dutch-based Brisk Ledger in May.", "Brisk Ledger", "Netherlands"),
        ("Quellen Bio, a Danish-based drug developer, raised $12 million.", "Quellen Bio", "Denmark"),
        ("Arvo Motors won the order. The Swedish-based company said it would hire 40 people.", "Arvo Motors", "Sweden"),
    ] {
        let x = run(text);
        assert!(has(&x, org, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
    }
    // A demonym with another hyphened word, or a demonym of people, gives no home.
    for (text, org, place) in [
        ("Corvane Capital signed a Swiss-made watch deal with Ostlund Bank.", "Ostlund Bank", "Switzerland"),
        ("Brisk Ledger serves German-speaking clients of Ostlund Bank.", "Ostlund Bank", "Germany"),
        ("Swiss investors backed Corvane Capital in May.", "Corvane Capital", "Switzerland"),
    ] {
        let x = run(text);
        assert!(!has(&x, org, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
    }
}

#[test]
fn a_demonym_kind_opens_a_list_past_a_colon_or_a_short_form() {
    // A colon or a bracketed short form of the kind may stand between the kind and its list.
    for (text, orgs, place) in [
        (
            "Tessaro grew fast in Peru. Its round drew three Peruvian heavyweights: Quellen Bank, Arvo Seguros \
             and Brindle Capital.",
            &["Quellen Bank", "Arvo Seguros", "Brindle Capital"][..],
            "Peru",
        ),
        (
            "Norway backs the plan. The wallet merges those of Norwegian state-owned enterprises (SOEs) Ostlund \
             Kraft, Fjellnet and Varde Post.",
            &["Ostlund Kraft", "Fjellnet", "Varde Post"][..],
            "Norway",
        ),
        (
            "Chile cheered the deal. Orvane bought Chilean lenders: Banco Talvane and Quillmark Credit.",
            &["Banco Talvane", "Quillmark Credit"][..],
            "Chile",
        ),
    ] {
        let x = run(text);
        for org in orgs {
            assert!(has(&x, org, Predicate::LocatedIn, place), "{text} {org}: {:?}", all(&x));
        }
    }
    // "Lisbon-based supermarket chain X": a chain is a kind of company.
    let y = run("Arvo Capital bought a stake in Lisbon-based discount supermarket chain Pingo Verde.");
    assert!(has(&y, "Pingo Verde", Predicate::LocatedIn, "Lisbon"), "{:?}", all(&y));
    // A colon after words of no kind, or before a lone name, lists no companies of the place.
    for (text, org, place) in [
        ("Peru matters. Peruvian officials named two bidders: Quellen Bank and Arvo Seguros.", "Quellen Bank", "Peru"),
        ("Norway matters. The Norwegian enterprises have one backer: Fjellnet.", "Fjellnet", "Norway"),
        (
            "Chile matters. Analysts at Chilean lenders said two rivals, Banco Talvane and Quillmark Credit, \
             would gain: Orvane and Tessaro.",
            "Orvane",
            "Chile",
        ),
    ] {
        let x = run(text);
        assert!(!has(&x, org, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
    }
}

#[test]
fn the_country_s_superlative_places_its_company_in_the_country_named_before() {
    // "the country's" stands for the last country named; the phrase locates the company it names or describes.
    for (text, org, place) in [
        (
            "Quellen Bank cut rates in Norway on Monday. Quellen Bank, the country's largest lender, said profit rose.",
            "Quellen Bank",
            "Norway",
        ),
        (
            "Peru's regulator approved the deal. Arvo Movil is the country's leading mobile operator.",
            "Arvo Movil",
            "Peru",
        ),
        (
            "The centre will unite Tessaro's reach in Chile and Brindle Telecom's role as the country's top digital \
             telco.",
            "Brindle Telecom",
            "Chile",
        ),
        (
            "Orvane opened an office in Kenya. It will serve the country's biggest bank Talvane Trust.",
            "Talvane Trust",
            "Kenya",
        ),
    ] {
        let x = run(text);
        assert!(has(&x, org, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
    }
    // Not without a superlative, not "one of" many, not when no country was named before.
    for (text, org, place) in [
        ("Quellen Bank lends in Norway. Quellen Bank, the country's lender of record, grew.", "Quellen Bank", "Norway"),
        (
            "Arvo Movil sells phones in Peru. Arvo Movil is one of the country's largest operators.",
            "Arvo Movil",
            "Peru",
        ),
        (
            "Brindle Telecom, the country's top digital telco, hired Mr Orr. He once lived in Chile.",
            "Brindle Telecom",
            "Chile",
        ),
    ] {
        let x = run(text);
        assert!(!has(&x, org, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
    }
}

#[test]
fn greater_and_a_known_place_names_the_wider_area_a_place() {
    use newsgraph::extract::EntityClass;
    let class =
        |x: &newsgraph::extract::Extraction, name: &str| x.entities.iter().find(|e| e.name == name).map(|e| e.class);
    for (text, area) in [
        ("Brindle Logistics opened two depots in Greater Lisbon last year.", "Greater Lisbon"),
        ("Rents across Greater Manchester rose by 4% in March, Quillmark Homes said.", "Greater Manchester"),
        ("Orvane Bank will offer mortgages to families in the Greater Oslo region.", "Greater Oslo"),
        ("Greater Porto now hosts a dozen chip designers, said Tessaro Capital.", "Greater Porto"),
    ] {
        let x = run(text);
        assert_eq!(class(&x, area), Some(EntityClass::Place), "{text}: {:?}", x.entities);
    }
    // A company named with "Greater" and a known place before a company word stays a company.
    let x = run("Greater Lyon Holdings bought Kestrel Couriers on Monday.");
    assert_eq!(class(&x, "Greater Lyon Holdings"), Some(EntityClass::Organization), "{:?}", x.entities);
}

#[test]
fn a_unit_phrase_with_a_demonym_is_the_unit_named_after_its_place() {
    for (text, org, place) in [
        (
            "Brindle Telecom agreed to buy a 54% stake in Kestrel Peru Networks from Orvane Group, in a deal giving \
             the Peruvian unit a value of 400 million euros. Peru's regulator must approve it.",
            "Kestrel Peru Networks",
            "Peru",
        ),
        (
            "Ana Ruiz, president of Tessaro México, said the Mexican subsidiary is proud of the new plant. Mexico \
             buys most of its cars.",
            "Tessaro México",
            "Mexico",
        ),
        (
            "Former Quillon Kenya chief Omar Said joined Brindle Africa. He had been the first head of the Kenyan \
             unit since 2021, when Kenya granted its licence.",
            "Quillon Kenya",
            "Kenya",
        ),
    ] {
        let x = run(text);
        assert!(has(&x, org, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
    }
    // Not a unit no name says is in the place, not the parent, not a name that is the place alone.
    for (text, org, place) in [
        (
            "Brindle Telecom bought Kestrel Networks from Orvane Group, valuing the Peruvian unit at 400 million \
             euros. Peru's regulator must approve it.",
            "Kestrel Networks",
            "Peru",
        ),
        (
            "Brindle Telecom bought Kestrel Networks from Orvane Group, valuing the Peruvian unit at 400 million \
             euros. Peru's regulator must approve it.",
            "Orvane Group",
            "Peru",
        ),
        (
            "Tessaro Mexico Holdings named Ana Ruiz chair. Mexico's regulator says the Mexican subsidiary of Orvane \
             must sell.",
            "Orvane",
            "Mexico",
        ),
    ] {
        let x = run(text);
        assert!(!has(&x, org, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
    }
}

#[test]
fn a_company_in_a_place_after_of_or_in_is_located_there() {
    for (text, org, place) in [
        (
            "Brindle Bank will offer cash for its stake in Kestrel Credit in Poland, part of the Orvane group.",
            "Kestrel Credit",
            "Poland",
        ),
        (
            "The deal is bigger than the 2011 purchase of Quillon Mutual in Portugal by Tessaro.",
            "Quillon Mutual",
            "Portugal",
        ),
        ("Orvane Capital holds 10% of Zentrix Foods in Kenya, the filing showed.", "Zentrix Foods", "Kenya"),
    ] {
        let x = run(text);
        assert!(has(&x, org, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
    }
    // Where a verb's phrase puts the company, not the name itself: not located there.
    for (text, org, place) in [
        ("Brindle Bank competes with Kestrel Credit in Poland.", "Kestrel Credit", "Poland"),
        ("Tessaro built a warehouse for Quillon Mutual in Portugal last year.", "Quillon Mutual", "Portugal"),
        ("Orvane Capital sold Zentrix Foods in 2019 and Kestrel in Europe.", "Kestrel", "Europe"),
        ("The chief executive of Zentrix Foods in Kenya resigned.", "Zentrix Foods", "Kenya"),
    ] {
        let x = run(text);
        assert!(!has(&x, org, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
    }
}

#[test]
fn products_a_naming_idiom_types_the_name_and_gives_its_maker() {
    use newsgraph::extract::EntityClass::{AIModel, Product};
    // "a jet called “X”", "refers to its platform as X", "its app is
    // called X", "a chatbot which it named X", "the drug, called X by Acme":
    // the name is of the noun's kind, and the organisation the idiom names
    // (the subject of "refers", what "its" or "it" stands for, the one
    // after "by") developed it.
    let x = run("Quorvel Systems unveils jet\n\n\
        Quorvel Systems has shown a combat jet called “Harrow” to the air force. \
        Veltrana Labs refers to its platform as Lumisk, and says it runs on laptops. \
        Since then Brightwave Labs has released an open-source chatbot which it named Pemberly. \
        Dravik Labs' flagship assistant is called Ostrana and competes with larger rivals. \
        Tessaro Group was set up in 2019 and its flagship app is called Kivra. \
        The drug, called Zolvatrin by Merrow Therapeutics, is being tested in patients. \
        Brindco said the platform that it called Orvane had failed. \
        Ostrava Robotics connected DataLoom to a sensor. Ostrava Robotics refers to their system as DataLoom.\n");
    let typed = |name: &str, class| x.entities.iter().any(|e| e.name == name && e.class == class);
    for (name, class) in [
        ("Harrow", Product),
        ("Lumisk", Product),
        ("Pemberly", AIModel),
        ("Ostrana", AIModel),
        ("Kivra", Product),
        ("Zolvatrin", Product),
        ("Orvane", Product),
        ("DataLoom", AIModel),
    ] {
        assert!(typed(name, class), "{name}: {:?}", x.entities.iter().map(|e| (&e.name, e.class)).collect::<Vec<_>>());
    }
    for (maker, thing) in [
        ("Veltrana Labs", "Lumisk"),
        ("Brightwave Labs", "Pemberly"),
        ("Dravik Labs", "Ostrana"),
        ("Tessaro Group", "Kivra"),
        ("Merrow Therapeutics", "Zolvatrin"),
        ("Brindco", "Orvane"),
        ("Ostrava Robotics", "DataLoom"),
    ] {
        assert!(has(&x, maker, Predicate::Developed, thing), "{maker} {thing}: {:?}", all(&x));
    }
    // Near misses: an award "was named", a deal referred to by a name, a
    // person after "by" (no maker), a person "called" by a name.
    let y = run("Kestrel Motors wins award\n\n\
        Kestrel Motors' new sedan was named Car of the Year by Drive Weekly. \
        Halvern Bank referred to the deal as Project Falcon. \
        The robot, called Tibbo by Mara Lind, greets visitors. \
        Its chief executive is called Tom Harde by his staff.\n");
    let things = |n: &str| y.entities.iter().any(|e| e.name.contains(n) && matches!(e.class, Product | AIModel));
    assert!(!things("Car of the Year") && !things("Project Falcon") && !things("Tom Harde"), "{:?}", all(&y));
    assert!(!all(&y).iter().any(|r| r.contains("developed")), "{:?}", all(&y));
}

#[test]
fn a_demonym_opening_a_name_locates_only_a_company_s_own_name_with_its_legal_suffix() {
    let x = run("Chilean Tessaro Holdings will build a plant near Santiago, Chile.");
    assert!(has(&x, "Chilean Tessaro Holdings", Predicate::LocatedIn, "Chile"), "{:?}", all(&x));
    for (text, org, place) in [
        ("Peruvian Western Bank lent more. Peru grew.", "Peruvian Western Bank", "Peru"),
        ("He later ran Chilean Airways. Chile grew.", "Chilean Airways", "Chile"),
        ("The Bolivian Council for Mining met. Bolivia grew.", "Bolivian Council for Mining", "Bolivia"),
        ("Orvane sold shares to Peruvian Overseas Bank. Peru grew.", "Peruvian Overseas Bank", "Peru"),
    ] {
        let x = run(text);
        assert!(!has(&x, org, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
    }
}

#[test]
fn a_known_name_of_a_place_after_the_is_based_there_but_a_likeness_is_not() {
    for (text, orgs, place) in [
        (
            "\"We welcome Orvane Group of the UAE as a partner,\" the chairman said.",
            &["Orvane Group"][..],
            "United Arab Emirates",
        ),
        ("Tessaro Capital of the Netherlands led the round.", &["Tessaro Capital"][..], "Netherlands"),
        ("The buyers are Google of the United States and Brindle AG of Austria.", &["Brindle AG"][..], "Austria"),
        ("Orvane sold its stake to Google of Ireland on Monday.", &["Google"][..], "Ireland"),
    ] {
        let x = run(text);
        for org in orgs {
            assert!(has(&x, org, Predicate::LocatedIn, place), "{text}: {org}: {:?}", all(&x));
        }
    }
    // A likeness ("the Google of Peru"), a place that goes on into what it owns,
    // or a demonym describing what follows say nothing of where a firm is.
    for (text, org, place) in [
        ("Zentrix, the Google of Peru, raised $20 million.", "Google", "Peru"),
        ("Zentrix Labs, Google of Peru, raised $20 million.", "Google", "Peru"),
        // A lone place after "of" goes with the last name of a list only.
        ("It welcomed Kestrel Holdings and Google of Peru as partners.", "Kestrel Holdings", "Peru"),
        ("Quillon wants to be an Amazon of Chile, its founder said.", "Amazon", "Chile"),
        ("Kestrel Capital of Sweden's Orvane Group invested.", "Kestrel Capital", "Sweden"),
        ("Analysts asked whether Brindle Group of the Japanese market would grow.", "Brindle Group", "Japan"),
    ] {
        let x = run(text);
        assert!(!has(&x, org, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
    }
}

#[test]
fn a_place_s_standing_after_adverbs_or_has_become_describes_the_subject() {
    for (text, org, place) in [
        (
            "While Kovalo Telecom is still clearly Portugal's largest mobile operator, rivals are growing.",
            "Kovalo Telecom",
            "Portugal",
        ),
        ("Tenrik Robotics has quickly become Japan's leading robot maker.", "Tenrik Robotics", "Japan"),
        ("Marlow Bank is now firmly Ireland's biggest lender, analysts say.", "Marlow Bank", "Ireland"),
        ("Sorvik Energy, already arguably Norway's largest utility, will expand.", "Sorvik Energy", "Norway"),
    ] {
        let x = run(text);
        assert!(has(&x, org, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
    }
    // Near misses: a firm that has another firm as a client, or invests in it.
    for (text, org, place) in [
        ("Kestrel Foods has Spain's largest retailer as a client.", "Kestrel Foods", "Spain"),
        ("Brindle Capital has quickly become an investor in Peru's largest bank.", "Brindle Capital", "Peru"),
    ] {
        let x = run(text);
        assert!(!has(&x, org, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
    }
}

#[test]
fn based_in_a_place_opening_the_sentence_locates_its_subject() {
    for (text, org, places) in [
        ("Based in Lyon, Zentrix Technologies makes chips for cars.", "Zentrix Technologies", &["Lyon"][..]),
        (
            "Headquartered in Porto, Portugal, Brindle Logistics runs 40 depots.",
            "Brindle Logistics",
            &["Porto", "Portugal"][..],
        ),
        ("Based out of Madrid, Quillon Labs sells software to banks.", "Quillon Labs", &["Madrid"][..]),
    ] {
        let x = run(text);
        for place in places {
            assert!(has(&x, org, Predicate::LocatedIn, place), "{text}: {place}: {:?}", all(&x));
        }
    }
    // Near misses: the subject is the firm's founder; "based on" is no seat.
    for (text, org, place) in [
        ("Based in Lyon, Zentrix Technologies' founder Mara Lind started in 2019.", "Zentrix Technologies", "Lyon"),
        ("Based on figures from Paris, Orvane Group cut its forecast.", "Orvane Group", "Paris"),
    ] {
        let x = run(text);
        assert!(!has(&x, org, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
    }
}

#[test]
fn a_clause_opening_the_sentence_keeps_its_subject_for_the_description_after_it() {
    for (text, org, other, place) in [
        (
            "Just weeks after Halvern Pharma lost a bid for Quillon Bio, the Danish drugmaker is sending a message.",
            "Halvern Pharma",
            "Quillon Bio",
            "Denmark",
        ),
        (
            "When Tessaro Motors bought Orvane Systems, the German carmaker paid cash.",
            "Tessaro Motors",
            "Orvane Systems",
            "Germany",
        ),
        (
            "Two days after Marlow Bank sold Kestrel Capital, the Irish lender raised its forecast.",
            "Marlow Bank",
            "Kestrel Capital",
            "Ireland",
        ),
    ] {
        let x = run(text);
        assert!(has(&x, org, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
        assert!(!has(&x, other, Predicate::LocatedIn, place), "{text}: {:?}", all(&x));
    }
    // Near miss: an apposition with no clause before it still describes its name.
    let text = "Mara Lind joined Quillon Bio, the Danish biotech, in 2020.";
    let x = run(text);
    assert!(has(&x, "Quillon Bio", Predicate::LocatedIn, "Denmark"), "{text}: {:?}", all(&x));
}
