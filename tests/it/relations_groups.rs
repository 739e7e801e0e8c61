//! Relations stated of groups of names: places closing lists ("A and B of
//! the US"), joint ventures and their owners, and companies referred back
//! to by a description ("the Lyon-based startup"). Every sentence is invented.

use newsgraph::extract::Predicate;

use crate::facts::{all, has, run};

#[test]
fn a_place_after_of_closes_each_group_of_a_chained_list() {
    let x = run("Several firms took part, including Brindle Capital and Orvane Ventures of the United States, \
                 Sony, Nvidia and Toyota of Japan, and Mara Okafor of Helixor Labs.");
    for org in ["Brindle Capital", "Orvane Ventures"] {
        assert!(has(&x, org, Predicate::LocatedIn, "United States"), "{org}: {:?}", all(&x));
        assert!(!has(&x, org, Predicate::LocatedIn, "Japan"), "{org}: {:?}", all(&x));
    }
    for org in ["Sony", "Nvidia", "Toyota"] {
        assert!(has(&x, org, Predicate::LocatedIn, "Japan"), "{org}: {:?}", all(&x));
    }
}

#[test]
fn a_single_place_after_of_goes_with_the_last_name_only() {
    let x = run("It has deals with many carmakers, including Brindle Motors, Orvane Autos and Toyota of Japan.");
    assert!(has(&x, "Toyota", Predicate::LocatedIn, "Japan"), "{:?}", all(&x));
    assert!(!has(&x, "Brindle Motors", Predicate::LocatedIn, "Japan"), "{:?}", all(&x));
    // A known company's own name and "of" a place say where it is from, in a list or not.
    let y = run("Brindle Motors met Sony of Japan on Monday.");
    assert!(has(&y, "Sony", Predicate::LocatedIn, "Japan"), "{:?}", all(&y));
    assert!(!has(&y, "Brindle Motors", Predicate::LocatedIn, "Japan"), "{:?}", all(&y));
}

#[test]
fn the_owners_of_a_joint_venture_own_it_and_are_partners() {
    let x = run("Brindle Telecom and Orvane Networks said on Monday that they would widen their joint venture \
                 Zentrix Systems to the whole country.");
    for owner in ["Brindle Telecom", "Orvane Networks"] {
        assert!(has(&x, owner, Predicate::Owns, "Zentrix Systems"), "{owner}: {:?}", all(&x));
    }
    assert!(has(&x, "Brindle Telecom", Predicate::PartnersWith, "Orvane Networks"), "{:?}", all(&x));

    let y = run("Kestrel Motors is building three plants through its Zentrix Systems joint venture with Brindle \
                 Energy and Orvane Labs.");
    for owner in ["Kestrel Motors", "Brindle Energy", "Orvane Labs"] {
        assert!(has(&y, owner, Predicate::Owns, "Zentrix Systems"), "{owner}: {:?}", all(&y));
    }
    assert!(has(&y, "Kestrel Motors", Predicate::PartnersWith, "Brindle Energy"), "{:?}", all(&y));
    assert!(!has(&y, "Zentrix Systems", Predicate::PartnersWith, "Brindle Energy"), "{:?}", all(&y));
}

#[test]
fn slashed_owners_and_a_venture_between_two_firms() {
    let x = run("Mara Okafor once ran the Brindle Telecom/Orvane Networks ecommerce joint venture Zentrix Systems.");
    for owner in ["Brindle Telecom", "Orvane Networks"] {
        assert!(has(&x, owner, Predicate::Owns, "Zentrix Systems"), "{owner}: {:?}", all(&x));
    }
    let y = run("Zentrix Systems, a joint venture between Brindle Telecom and Orvane Networks, builds towers.");
    for owner in ["Brindle Telecom", "Orvane Networks"] {
        assert!(has(&y, owner, Predicate::Owns, "Zentrix Systems"), "{owner}: {:?}", all(&y));
    }
    assert!(has(&y, "Brindle Telecom", Predicate::PartnersWith, "Orvane Networks"), "{:?}", all(&y));
}

#[test]
fn a_place_describing_the_company_past_an_apposition_to_its_founder() {
    let x = run("Zentrix Labs opened an office. Founded in 2023 by Mara Okafor, the Lyon-based startup \
                 sells robots.");
    assert!(has(&x, "Zentrix Labs", Predicate::LocatedIn, "Lyon"), "{:?}", all(&x));
    // Describing words between the article and the place.
    let y = run("Orvane Motors posted a loss. Asked whether the giant Frankfurt-based carmaker would cut \
                 jobs, the board said no.");
    assert!(has(&y, "Orvane Motors", Predicate::LocatedIn, "Frankfurt"), "{:?}", all(&y));
}

#[test]
fn an_officer_speaking_after_a_sentence_about_the_company_works_there() {
    let x = run("Orvane Motors is open to working with other carmakers, Chief Executive Mara Okafor said on \
                 Thursday.");
    assert!(has(&x, "Mara Okafor", Predicate::WorksFor, "Orvane Motors"), "{:?}", all(&x));
    let y = run("Orvane Motors matters to the economy, President Mara Okafor said on Thursday.");
    assert!(!has(&y, "Mara Okafor", Predicate::WorksFor, "Orvane Motors"), "{:?}", all(&y));
}

#[test]
fn a_plural_noun_of_parts_after_its_owns_every_name_listed() {
    let x = run("Orvane Motors is a carmaker. It will also open plants for its electronics, powertrains, and \
                 seating-making subsidiaries Tolvex Electronics, Marlowe Systems, and Nobrin Auto.");
    for unit in ["Tolvex Electronics", "Marlowe Systems", "Nobrin Auto"] {
        assert!(has(&x, "Orvane Motors", Predicate::Owns, unit), "{unit}: {:?}", all(&x));
    }
    let y = run("Orvane Motors is a carmaker. Its subsidiaries include Tolvex Labs, Marlowe Systems and Nobrin Auto.");
    for unit in ["Tolvex Labs", "Marlowe Systems", "Nobrin Auto"] {
        assert!(has(&y, "Orvane Motors", Predicate::Owns, unit), "{unit}: {:?}", all(&y));
    }
    let z = run("Orvane Motors' subsidiaries Tolvex Labs, Marlowe Systems and Nobrin Auto will build the plant.");
    for unit in ["Tolvex Labs", "Marlowe Systems", "Nobrin Auto"] {
        assert!(has(&z, "Orvane Motors", Predicate::Owns, unit), "{unit}: {:?}", all(&z));
    }
}

#[test]
fn names_listed_before_a_plural_noun_of_parts_are_the_possessor_s() {
    let x = run("Orvane Motors is a carmaker. Orvane Motors will reorganise its Tolvex Labs and Marlowe Systems \
                 units, the company said.");
    for unit in ["Tolvex Labs", "Marlowe Systems"] {
        assert!(has(&x, "Orvane Motors", Predicate::Owns, unit), "{unit}: {:?}", all(&x));
    }
    let y = run("Orvane Motors' Tolvex Labs, Marlowe Systems and Nobrin Auto units will build the plant.");
    for unit in ["Tolvex Labs", "Marlowe Systems", "Nobrin Auto"] {
        assert!(has(&y, "Orvane Motors", Predicate::Owns, unit), "{unit}: {:?}", all(&y));
    }
}

#[test]
fn parts_set_off_by_dashes_each_with_its_own_noun() {
    let x = run("Orvane Motors is a carmaker. Orvane Motors also set up a new entity, Kestrel42, that merged three \
                 of its key units – Orvane Cloud, its research and development arm Tolvex Labs, and ICT unit \
                 Marlowe Systems – to focus on services.");
    for unit in ["Orvane Cloud", "Tolvex Labs", "Marlowe Systems"] {
        assert!(has(&x, "Orvane Motors", Predicate::Owns, unit), "{unit}: {:?}", all(&x));
    }
}

#[test]
fn former_rival_and_customer_lists_are_no_parts() {
    for text in [
        "Orvane Motors is a carmaker. Orvane Motors sold its former subsidiaries Tolvex Labs and Marlowe Systems \
         last year.",
        "Orvane Motors is a carmaker. Its rival units Tolvex Labs and Marlowe Systems grew.",
        "Orvane Motors is a carmaker. Orvane Motors' customers Tolvex Labs and Marlowe Systems grew.",
        "Orvane Motors is a carmaker. Orvane Motors will build the plant with its suppliers Tolvex Labs, \
         Marlowe Systems and Nobrin Auto.",
    ] {
        let x = run(text);
        for unit in ["Tolvex Labs", "Marlowe Systems"] {
            assert!(!has(&x, "Orvane Motors", Predicate::Owns, unit), "{text}: {:?}", all(&x));
        }
    }
}

#[test]
fn an_owner_noun_behind_its_names_the_parent() {
    for text in [
        "Halvard Airlines said on Monday its parent company Tolvex Capital would sell shares.",
        "Kestrel Group will buy 25 per cent of Halvard Airlines from its private equity owner Tolvex Capital.",
        "Halvard Airlines said its majority owner, Tolvex Capital, backed the plan.",
        "Halvard Airlines has grown fast since its new owner Tolvex Capital took over in 2021.",
    ] {
        let x = run(text);
        assert!(has(&x, "Tolvex Capital", Predicate::Owns, "Halvard Airlines"), "{text}: {:?}", all(&x));
    }
    for text in [
        "Halvard Airlines said its former owner Tolvex Capital would sell shares.",
        "Halvard Airlines said its previous owner, Tolvex Capital, backed the plan.",
        "Halvard Airlines said its parent's chief Mara Okafor met Tolvex Capital.",
        "Halvard Airlines said its owner had met Tolvex Capital on Monday.",
    ] {
        let x = run(text);
        assert!(!has(&x, "Tolvex Capital", Predicate::Owns, "Halvard Airlines"), "{text}: {:?}", all(&x));
    }
}

#[test]
fn a_noun_of_purchase_after_a_possessive_and_before_by_names_the_buyer() {
    for text in [
        "Halvard Payments' acquisition by Tolvex Capital closed in May.",
        "The deal marks Halvard Payments' boldest move since its acquisition by Tolvex Capital in 2020.",
        "Halvard Payments' long-awaited purchase by Tolvex Capital was completed on Friday.",
        "Halvard Payments has doubled its staff since its buyout by the private equity firm Tolvex Capital.",
    ] {
        let x = run(text);
        assert!(has(&x, "Tolvex Capital", Predicate::Acquired, "Halvard Payments"), "{text}: {:?}", all(&x));
    }
    for text in [
        "Halvard Payments' sale by Tolvex Capital closed in May.",
        "Halvard Payments' merger with Tolvex Capital closed in May.",
        "Halvard Payments rejected its hostile takeover by Tolvex Capital on Monday.",
        "Halvard Payments' acquisition of Tolvex Capital closed in May.",
        "Halvard Payments' acquisition by the end of the year would please Tolvex Capital.",
    ] {
        let x = run(text);
        assert!(!has(&x, "Tolvex Capital", Predicate::Acquired, "Halvard Payments"), "{text}: {:?}", all(&x));
    }
}

#[test]
fn an_owned_part_of_a_company_is_owned_not_an_owner() {
    for text in [
        "Orvane Labs, a wholly owned indirect subsidiary of Tolvex Group, holds a stake in Marlowe.",
        "Orvane Labs, a wholly owned subsidiary of Tolvex Group, holds a stake in Marlowe.",
        "Orvane Labs is a majority owned research unit of Tolvex Group.",
    ] {
        let x = run(text);
        assert!(has(&x, "Tolvex Group", Predicate::Owns, "Orvane Labs"), "{text}: {:?}", all(&x));
        assert!(!has(&x, "Orvane Labs", Predicate::Owns, "Tolvex Group"), "{text}: {:?}", all(&x));
    }
    for text in [
        "Orvane Labs, a wholly owned Swiss subsidiary of Tolvex Group, holds a stake in Marlowe.",
        "Brindle Holdings bought the wholly owned local subsidiary of Tolvex Group from Orvane Labs.",
    ] {
        let x = run(text);
        assert!(!has(&x, "Orvane Labs", Predicate::Owns, "Tolvex Group"), "{text}: {:?}", all(&x));
    }
    let y = run("Orvane Labs owned Tolvex Group outright.");
    assert!(has(&y, "Orvane Labs", Predicate::Owns, "Tolvex Group"), "{:?}", all(&y));
}

#[test]
fn a_majority_share_of_what_a_company_owns_is_no_purchase_of_it() {
    for text in [
        "Kestrel Group bought 60% of Orvane Airlines.",
        "Kestrel Group bought 60% of Orvane Airlines' shares.",
        "Kestrel Group agreed to acquire 75 per cent of Orvane Airlines on Monday.",
    ] {
        let x = run(text);
        assert!(has(&x, "Kestrel Group", Predicate::Acquired, "Orvane Airlines"), "{text}: {:?}", all(&x));
    }
    for text in [
        "Kestrel Group acquires 55% of Orvane Airlines' operating profit in the country.",
        "Kestrel Group agreed to buy 70% of Orvane Airlines' Mexican power plants.",
    ] {
        let x = run(text);
        assert!(!has(&x, "Kestrel Group", Predicate::Acquired, "Orvane Airlines"), "{text}: {:?}", all(&x));
    }
}
