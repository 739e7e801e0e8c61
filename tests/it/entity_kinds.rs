//! Entity boundaries and classes on invented sentences shaped like real
//! published news (session 23): places the gazetteer lacked, name-ending
//! words that say organisation or place, wire-service stock codes, places in
//! lists, and words that open a sentence without being part of a name.

use newsgraph::extract::{EntityClass, Predicate};

use crate::extraction_names::{has, named, names, run};

#[test]
fn countries_states_and_provinces_are_places() {
    let x = run("Zentrix sells its pumps in Madagascar, Mauritius and Papua New Guinea. \
        It also runs plants in Queensland, Gujarat and Maryland, and one in Cote D’Ivoire. \
        Sales in NZ doubled, Zentrix said.");
    for place in ["Madagascar", "Mauritius", "Papua New Guinea", "Queensland", "Gujarat", "Maryland", "Cote D’Ivoire"]
    {
        assert!(has(&x, place, EntityClass::Place), "{place}: {:?}", names(&x));
    }
    assert!(has(&x, "New Zealand", EntityClass::Place), "{:?}", names(&x));
    // A country that is also a given name is left to the context.
    let y = run("Jordan Kessler, a Zentrix engineer, said the pumps work.");
    assert!(has(&y, "Jordan Kessler", EntityClass::Person), "{:?}", names(&y));
}

#[test]
fn a_name_ending_in_an_organisation_word_is_no_person() {
    // Given names and speech verbs would make these people.
    let x = run("The Quellby Tribunal said the deal may close. Dana Stores beat estimates, \
        and Otto Sons said it would bid. Ferro Quill Military Vehicles will build the tank.");
    for org in ["Quellby Tribunal", "Dana Stores", "Otto Sons", "Ferro Quill Military Vehicles"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
        assert!(!has(&x, org, EntityClass::Person), "{org}: {:?}", names(&x));
    }
}

#[test]
fn an_area_noun_ending_a_name_makes_it_a_place() {
    let x = run("The refinery is twice the size of Elena Island. Zentrix will build a plant in \
        Ontario's Norvale Township, near the Kessen Valley.");
    for place in ["Elena Island", "Norvale Township", "Kessen Valley"] {
        assert!(has(&x, place, EntityClass::Place), "{place}: {:?}", names(&x));
    }
    // A region word and a known place after "of" end an institution's name.
    let y = run("She is a professor at the University of Southern Queensland, Zentrix said.");
    assert!(has(&y, "University of Southern Queensland", EntityClass::Organization), "{:?}", names(&y));
    assert!(!named(&y, "Queensland"), "{:?}", names(&y));
}

#[test]
fn a_wire_services_stock_code_is_no_part_of_the_name() {
    let x = run("Zentrix builds the plants through its venture with Quillon Motors QUILn.DE and \
        Velmora Energy VELM.PA, while Harrow Motor Co Ltd (7267.T) supplies parts.");
    for org in ["Quillon Motors", "Velmora Energy", "Harrow Motor Co Ltd"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    for code in ["QUILn", "Quillon Motors QUILn.DE", "Velmora Energy VELM.PA", "VELM", "7267.T"] {
        assert!(!named(&x, code), "{code}: {:?}", names(&x));
    }
}

#[test]
fn names_in_a_list_of_places_are_places() {
    let x = run("Four more chargers will be built by July in Quellby, Norby, Tarvik and Ostley.");
    for place in ["Quellby", "Norby", "Tarvik", "Ostley"] {
        assert!(has(&x, place, EntityClass::Place), "{place}: {:?}", names(&x));
    }
    let y = run("Zentrix opened depots in Lisbon, Varnholm and Osterby.");
    assert!(has(&y, "Varnholm", EntityClass::Place), "{:?}", names(&y));
    // Money or shares "in" a list name companies, not places.
    let z = run("Zentrix holds shares in Quillon Alenia, Telvaro and Brightmoor. \
        It invested in Quorra, Velmix and Tannick.");
    for name in ["Quillon Alenia", "Telvaro", "Brightmoor", "Quorra", "Velmix", "Tannick"] {
        assert!(!has(&z, name, EntityClass::Place), "{name}: {:?}", names(&z));
    }
    // "North and South America": a region word alone is no place.
    let w = run("Zentrix sells across North and South America, Africa and Australia.");
    assert!(!named(&w, "North"), "{:?}", names(&w));
}

#[test]
fn an_opening_verb_or_adverb_is_no_part_of_a_name() {
    let x = run("Zentrix said so. Acquiring Quillon Semiconductor's fab would bring Zentrix into the trade. \
        Referencing Velmora's deal, he said nothing more. \"Ultimately, the firm could spend more,\" he said. \
        \"I’ve worked with Tobin for years,\" she said.");
    assert!(has(&x, "Quillon Semiconductor", EntityClass::Organization), "{:?}", names(&x));
    for junk in ["Acquiring Quillon Semiconductor", "Referencing Velmora", "Ultimately", "I’ve"] {
        assert!(!named(&x, junk), "{junk}: {:?}", names(&x));
    }
    // A word in "-ing" that the article writes inside a sentence too is a name's.
    let y = run("Sterling Quay rose. Analysts like Sterling Quay.");
    assert!(named(&y, "Sterling Quay"), "{:?}", names(&y));
}

#[test]
fn a_particle_after_the_given_name_still_follows_a_title() {
    let x = run("Zentrix wants more deals, Chief Executive Officer Mohamed al Quarani said in an interview.");
    assert!(has(&x, "Mohamed al Quarani", EntityClass::Person), "{:?}", names(&x));
    assert!(!x.entities.iter().any(|e| e.name.starts_with("Officer")), "{:?}", names(&x));
}

#[test]
fn an_acronym_of_a_name_the_article_wrote_in_full_is_that_organisation() {
    let x = run("Zentrix Holdings Corp said on Monday it would buy Quillon Labs. \
        ZH will pay in cash, Velmora said. Analysts expect ZH to raise prices.");
    let full: Vec<_> = x.entities.iter().filter(|e| e.name == "Zentrix Holdings Corp").collect();
    assert_eq!(full.len(), 1, "{:?}", names(&x));
    assert!(!x.entities.iter().any(|e| e.name == "ZH"), "ZH is an alias, not an entity: {:?}", names(&x));
}

#[test]
fn an_unknown_word_before_a_known_place_is_a_company_s_unit_there() {
    let x = run("The round was led by Quillon Africa and TLcom Capital, Zentrix said.");
    assert!(has(&x, "Quillon Africa", EntityClass::Organization), "{:?}", names(&x));
    // A region word before the place keeps it a place.
    let y = run("Zentrix sells pumps in Southern Africa.");
    assert!(!has(&y, "Southern Africa", EntityClass::Organization), "{:?}", names(&y));
}

#[test]
fn the_other_side_of_a_rivalry_or_an_investment_is_a_company() {
    let x = run("Mara Okafor said the firm will compete with Velloria. Last year it invested in Tessaro.");
    for org in ["Velloria", "Tessaro"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
}

#[test]
fn a_job_title_in_brackets_after_an_unknown_name_makes_it_a_person() {
    let x = run("The letter from Oskar Lindqvist (president of Veltra Partners) arrived on Monday. \
        Brindle Quay (CEO: Mara Okafor) did not answer.");
    assert!(has(&x, "Oskar Lindqvist", EntityClass::Person), "{:?}", names(&x));
    assert!(!has(&x, "Brindle Quay", EntityClass::Person), "a press release's credit: {:?}", names(&x));
}

#[test]
fn an_unknown_name_listed_with_company_shaped_names_is_an_organisation() {
    let x = run("Analysts expect DataVolt, Kestrel and BrightPath to bid for the licence. \
        In Norway, existing users include Harlow, QuorraNet and two mining firms.");
    for org in ["Kestrel", "Harlow", "DataVolt", "QuorraNet"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
}

#[test]
fn the_name_a_report_is_cited_or_obtained_by_is_an_organisation() {
    let x = run("Most adults still pay cash, according to figures cited by Ledgerline, but card use rose. \
        A second plant will be built in Norway, as reported by Vantrix. Tovan Holm wrote in an \
        internal email obtained by Pellucid that the talks had ended.");
    for org in ["Ledgerline", "Vantrix", "Pellucid"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    // A person's name after "by" stays a person's.
    let y = run("The plan was first reported by Maria Kessler, a Zentrix engineer.");
    assert!(has(&y, "Maria Kessler", EntityClass::Person), "{:?}", names(&y));
}

#[test]
fn a_name_owning_the_title_after_a_speech_verb_is_an_organisation() {
    // "said X's president": the speaker is the president; X owns the post.
    let x = run("“The firm will grow in software, but not in other areas,” said Velasco Libre’s president. \
        Velasco Libre opened an office in Lima.");
    assert!(has(&x, "Velasco Libre", EntityClass::Organization), "{:?}", names(&x));
    assert!(!has(&x, "Velasco Libre", EntityClass::Person), "{:?}", names(&x));
}

#[test]
fn a_title_after_a_company_ends_its_name_with_a_comma_or_in_lower_case() {
    let x = run("At a briefing, Quellon Mobile General Manager, Stephen Varga said the phone sells well. \
        Brindle Holdings Vice president Andy Corrin said the deal was done.");
    assert!(has(&x, "Quellon Mobile", EntityClass::Organization), "{:?}", names(&x));
    assert!(has(&x, "Brindle Holdings", EntityClass::Organization), "{:?}", names(&x));
    assert!(has(&x, "Andy Corrin", EntityClass::Person), "{:?}", names(&x));
    for wrong in ["Quellon Mobile General Manager", "Brindle Holdings Vice", "Vice"] {
        assert!(!named(&x, wrong), "{wrong}: {:?}", names(&x));
    }
}

#[test]
fn a_town_after_a_site_and_in_or_before_a_bracketed_country_is_a_place() {
    let x = run("Zentrix will co-develop the 300 MWp project in Quandong and a chip factory in Pellburn. \
        Its new fab in Zarrow (France) opens in May, the company said.");
    for place in ["Quandong", "Pellburn", "Zarrow"] {
        assert!(has(&x, place, EntityClass::Place), "{place}: {:?}", names(&x));
    }
    // Money put "in" a company says nothing of a place.
    let y = run("Zentrix invested in Quorvane last year.");
    assert!(!has(&y, "Quorvane", EntityClass::Place), "{:?}", names(&y));
}

#[test]
fn a_ticker_or_one_of_the_largest_companies_makes_an_organisation() {
    let x = run("Kelvane (NYSE:KLV) announced today that it named a new chief. \
        Trevalon, one of the largest companies by market value, announced a plan.");
    assert!(has(&x, "Kelvane", EntityClass::Organization), "{:?}", names(&x));
    assert!(has(&x, "Trevalon", EntityClass::Organization), "{:?}", names(&x));
}

#[test]
fn a_review_board_is_an_institution_but_a_supervisory_board_is_not() {
    let x = run("The deal needs the approval of the Foreign Investment Review Board, Zentrix said. \
        Zentrix's Sharia Supervisory Board approved it.");
    assert!(has(&x, "Foreign Investment Review Board", EntityClass::Organization), "{:?}", names(&x));
    assert!(!named(&x, "Sharia Supervisory Board"), "{:?}", names(&x));
}

#[test]
fn a_place_and_a_company_parted_by_a_comma_are_no_list() {
    let x = run("Founded in 1984 in Tessvale, Quillon employs 4,000 people. \
        Users include Brevanta, DataVolt, and mining companies.");
    assert!(!has(&x, "Tessvale", EntityClass::Organization), "{:?}", names(&x));
    assert!(has(&x, "Brevanta", EntityClass::Organization), "{:?}", names(&x));
}

#[test]
fn an_area_noun_before_of_or_after_a_describing_word_makes_a_place() {
    let x = run("Zentrix opened a plant in the Chinese city of Quellbury last year. It also runs a mine in \
        Australia's western Tarvona region, a depot in Morvale municipality, and offices in the \
        Ostley business district. The province of Darmova pays for the road.");
    for place in ["Quellbury", "Tarvona", "Morvale", "Ostley", "Darmova"] {
        assert!(has(&x, place, EntityClass::Place), "{place}: {:?}", names(&x));
    }
    // A site noun after a describing word is a company's plant, not an area.
    let y = run("Zentrix said the Brindle chip plant will close.");
    assert!(!has(&y, "Brindle", EntityClass::Place), "{:?}", names(&y));
}

#[test]
fn a_locating_phrase_before_a_name_makes_a_place() {
    let x = run("Founded in 1984 in Veldmoor, Zentrix employs 4,000 people. Brindle Ltd, based in \
        Quellmoor, and Harrow Ltd, headquartered in Tarvane, make parts. Jane Doe, originally from \
        Marvilla, joined Zentrix. Paul Mercer was born in Ostrevia.");
    for place in ["Veldmoor", "Quellmoor", "Tarvane", "Marvilla", "Ostrevia"] {
        assert!(has(&x, place, EntityClass::Place), "{place}: {:?}", names(&x));
    }
    // "based in" before an owner's possessive places the owner's thing, not the owner.
    let y = run("The team is based in Brindle's new tower, Zentrix said.");
    assert!(!has(&y, "Brindle", EntityClass::Place), "{:?}", names(&y));
}

#[test]
fn capitals_seas_and_regions_are_places() {
    let x = run("Zentrix drills in the North Sea and the Arabian Gulf, sells in Wales, Kinshasa and \
        Panama City, and runs a plant in Dongguan near the South China Sea. Its Hague office is new, \
        and it ships from NSW.");
    for place in ["North Sea", "Arabian Gulf", "Wales", "Kinshasa", "Panama City", "Dongguan", "South China Sea"] {
        assert!(has(&x, place, EntityClass::Place), "{place}: {:?}", names(&x));
    }
    assert!(has(&x, "The Hague", EntityClass::Place), "{:?}", names(&x));
    assert!(has(&x, "New South Wales", EntityClass::Place), "{:?}", names(&x));
    assert!(!named(&x, "Panama"), "{:?}", names(&x));
}

#[test]
fn a_quarter_or_half_year_is_no_name_nor_part_of_one() {
    let x = run("Zentrix posted third-quarter (3Q) earnings above forecasts. Brindle Corp said its 2H \
        sales rose.\nZentrix Q3 profit falls on costs\nHarrow Ltd reported 1Q results.");
    for period in ["3Q", "2H", "1Q", "Zentrix Q3"] {
        assert!(!named(&x, period), "{period}: {:?}", names(&x));
    }
    assert!(!x.entities.iter().any(|e| e.class == EntityClass::AIModel), "{:?}", names(&x));
}

#[test]
fn his_excellency_is_no_part_of_the_name() {
    let x = run("His Excellency Omar Haddad, Secretary General of Zentrix, said the plan works. \
        Her Excellency Laila Nasser, Zentrix chair, agreed.");
    for person in ["Omar Haddad", "Laila Nasser"] {
        assert!(has(&x, person, EntityClass::Person), "{person}: {:?}", names(&x));
    }
    assert!(!named(&x, "Excellency Omar Haddad"), "{:?}", names(&x));
}

#[test]
fn an_area_noun_after_a_known_place_makes_one_longer_place() {
    let x = run("Zentrix will build a depot in La Quinta, Buenos Aires Province, and another on Hong Kong \
        Island, Brindle Ltd said.");
    for place in ["Buenos Aires Province", "Hong Kong Island"] {
        assert!(has(&x, place, EntityClass::Place), "{place}: {:?}", names(&x));
    }
    assert!(!named(&x, "Buenos Aires"), "{:?}", names(&x));
    // A club or a university named after a place is left alone.
    let y = run("Zentrix sponsors Manchester City, and Jane Doe studied at Ohio State.");
    assert!(!has(&y, "Manchester City", EntityClass::Place), "{:?}", names(&y));
}

#[test]
fn a_noun_of_a_kind_of_business_before_a_lone_name_makes_it_an_organisation() {
    let x = run("Rose was also chairman of online supermarket Vendora. Allianz is restoring order at its \
        fund business Pemquo. They compete with Spanish powerhouse Banco Ferrol. The round was led by \
        returning backer Lumaro. Asda ranks behind market leader Dormont. It took money from the \
        Vexo and Tarlin groups, and from investors Tovarel and Quorvant.");
    for org in ["Vendora", "Pemquo", "Banco Ferrol", "Lumaro", "Dormont", "Vexo", "Tarlin", "Tovarel", "Quorvant"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
}

#[test]
fn a_business_noun_opening_a_sentence_is_no_part_of_the_name() {
    let x = run("Lender Quellby Bank is to take full control of insurer Marrow Holdings. \
        Rival Pendrake said it would bid. Insurer Oskaro declined to comment. \
        Fellow London startup Brisklab raised $40 million.");
    for org in ["Quellby Bank", "Pendrake", "Oskaro", "Brisklab"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    assert!(has(&x, "London", EntityClass::Place), "{:?}", names(&x));
    for wrong in ["Lender Quellby Bank", "Fellow London"] {
        assert!(!named(&x, wrong), "{wrong}: {:?}", names(&x));
    }
}

#[test]
fn a_government_named_by_its_demonym_or_its_place_is_an_organisation() {
    let x = run("The Peruvian Government will invest $6 billion in Zentrix. \
        The Government of Canada said it would back the plant. \
        A Zentrix deal needs the Board of Directors to agree.");
    for org in ["Peruvian Government", "Government of Canada"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    assert!(!named(&x, "Board of Directors"), "{:?}", names(&x));
}

#[test]
fn a_known_company_before_a_quarter_keeps_its_class() {
    // A known company, then a quarter: no model "Microsoft Q3", no product.
    let x = run("Taiwan's Microsoft Q3 profit falls on costs\n\nThe quarter was weak, analysts said.");
    assert!(!named(&x, "Microsoft Q3"), "{:?}", names(&x));
    assert!(has(&x, "Microsoft", EntityClass::Organization), "{:?}", names(&x));
}

#[test]
fn describing_words_and_a_product_noun_after_a_name_make_it_a_product() {
    let x = run("Brindle made the wildly popular Farmstead Go mobile game, which earned $2 billion. \
        In 2013 he launched the E5 program, the latest iteration of the Vexa-Jet narrowbody line. \
        The money will enable production of the Nova Klasse electric vehicle line in Ohio. \
        Dorrit sold the Quarro budget handset in Kenya.");
    for product in ["Farmstead Go", "Vexa-Jet", "Nova Klasse", "Quarro"] {
        assert!(has(&x, product, EntityClass::Product), "{product}: {:?}", names(&x));
    }
    // A verb between the name and the noun describes nothing.
    let y = run("Analysts said Harlow makes phones and Kestrel sells cars in Peru.");
    assert!(!has(&y, "Harlow", EntityClass::Product), "{:?}", names(&y));
}

#[test]
fn a_thing_named_or_called_x_is_of_the_nouns_kind() {
    let x = run("Vantor is also testing an AI chatbot named Pellow that answers shopping questions. \
        Brindle Mobile launched a budget handset called Zelto Mini last week. \
        The firm released its new app, dubbed Orvana, in March.");
    assert!(has(&x, "Pellow", EntityClass::AIModel), "{:?}", names(&x));
    for product in ["Zelto Mini", "Orvana"] {
        assert!(has(&x, product, EntityClass::Product), "{product}: {:?}", names(&x));
    }
    // "named" as a verb: the company named a person, not a product.
    let y = run("The company named Jane Doe its chief executive on Monday.");
    assert!(has(&y, "Jane Doe", EntityClass::Person), "{:?}", names(&y));
}

#[test]
fn a_list_of_names_before_evs_are_products() {
    let x = run("Hartwell provided batteries for the Varo along with Quellco's Kestra Electric and Torva 6 EVs.");
    for product in ["Kestra Electric", "Torva 6"] {
        assert!(has(&x, product, EntityClass::Product), "{product}: {:?}", names(&x));
    }
    assert!(!named(&x, "Torva 6 EVs"), "{:?}", names(&x));
}

#[test]
fn scope_one_emissions_name_nothing() {
    let x = run("Quellco aims for net zero emissions (Scope 1+2) by 2030, and cuts Scope 3 too.");
    assert!(!named(&x, "Scope 1"), "{:?}", names(&x));
    assert!(!named(&x, "Scope 3"), "{:?}", names(&x));
}

#[test]
fn a_company_named_like_a_person_is_an_organisation() {
    // Each name has a given name or a surname; one use as a company's names it.
    let x = run("Retail news\n\nClara Vossberg said on Tuesday it would close 40 stores. \
        Clara Vossberg stores in Austria will stay open. \
        Shares of Martin Hallqvist fell 4% after the retailer cut its forecast. \
        Oskar Brandt, which was founded in 1952, makes kitchen tools. \
        The Talvani NBD banking group posted a record profit, and Talvani NBD said it would grow. \
        Greta Lundholm bought the chain in 2001, and Greta Lundholm's new stores sell shoes. \
        Fashion giant Rosa Merrick is hunting for deals. Rosa Merrick bought Mexto in 2001. \
        Ivan Sorel agreed to buy Brakon Systems. The deal was signed at Ivan Sorel facilities in Texas.");
    for org in [
        "Clara Vossberg",
        "Martin Hallqvist",
        "Oskar Brandt",
        "Talvani NBD",
        "Greta Lundholm",
        "Rosa Merrick",
        "Ivan Sorel",
    ] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
        assert!(!has(&x, org, EntityClass::Person), "{org}: {:?}", names(&x));
    }
    // People: a person's shares, a verb in "-s", a title, "which" after "by".
    let y = run("Peter Holm bought a house in Oslo. Peter Holm's shares in Zentrix are worth $3 million. \
        Nadia Lind stores her bikes in the garage. \
        Anna Feldt, the chief executive of Zentrix, said Anna Feldt stores would not exist. \
        The study by Maria Lund, which was published in May, found nothing. \
        Carl Moberg III said he would retire.");
    for person in ["Peter Holm", "Nadia Lind", "Anna Feldt", "Maria Lund", "Carl Moberg III"] {
        assert!(has(&y, person, EntityClass::Person), "{person}: {:?}", names(&y));
    }
}

#[test]
fn generic_acronyms_and_units_name_nothing() {
    let x = run("The 96-core Vexa design runs on 40 W and offers 250 TOPS of inference performance. \
        Quellco Inc sells to shops in verticals such as fashion, sports and DIY, its chief executive said. \
        Halvor AG is ranked No. 12 on a list of OEM suppliers, and it sells to OEMs in Asia. \
        The group develops onshore wind and solar PV projects in Spain. \
        Paymo Ltd offers no-fee, P2P payment services in Kenya and Ghana.");
    for word in ["TOPS", "DIY", "OEM", "OEMs", "PV", "P2P"] {
        assert!(!named(&x, word), "{word}: {:?}", names(&x));
    }
    for org in ["Quellco Inc", "Halvor AG", "Paymo Ltd"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    // "tops" as a verb before a number measures nothing.
    let y = run("Brindle said on Monday that Zentrix Inc tops 5 million users.");
    assert!(has(&y, "Zentrix Inc", EntityClass::Organization), "{:?}", names(&y));
}

#[test]
fn a_lower_case_word_with_a_drug_names_ending_is_a_product() {
    let x = run("Velmora Pharma said its experimental drug velorimab worked, and its rival ostatinib failed. \
        Regulators approved remdavir in May.");
    for drug in ["velorimab", "ostatinib", "remdavir"] {
        assert!(has(&x, drug, EntityClass::Product), "{drug}: {:?}", names(&x));
    }
    // Common words, and the names of drug classes, name nothing.
    let y = run("Quellco said the concept and its statins helped patients in March.");
    assert!(!named(&y, "concept") && !named(&y, "statins"), "{:?}", names(&y));
}

#[test]
fn a_name_brought_out_after_a_launch_verb_and_a_determiner_is_a_product() {
    let x = run("Lumetra Inc unveiled the flagship Zaro Note on Monday. Brandt Systems launched the new Orvo in May.");
    for product in ["Zaro Note", "Orvo"] {
        assert!(has(&x, product, EntityClass::Product), "{product}: {:?}", names(&x));
    }
    // A named person after the verb, and a name right after it, are not typed so.
    let y = run("Quellco unveiled Jane Doe as its chief executive. Tomas Rehn launched Vintory in 2019.");
    assert!(has(&y, "Jane Doe", EntityClass::Person), "{:?}", names(&y));
    assert!(!has(&y, "Vintory", EntityClass::Product), "{:?}", names(&y));
}

#[test]
fn a_service_named_like_its_company_is_the_company_when_it_acts_as_one() {
    // A company's verb after the name, or a noun of investors before it or its "including".
    let x = run("Kestrel Platforms raised money from investors including Facebook and Hallam Partners. \
        TikTok said on Monday it would open an office in Dublin. WhatsApp has hired Orla Venn.");
    for org in ["Facebook", "TikTok", "WhatsApp"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    let y = crate::facts::run("Facebook invested $5.7 billion in Kestrel Platforms last year.");
    assert!(
        crate::facts::has(&y, "Facebook", newsgraph::extract::Predicate::InvestedIn, "Kestrel Platforms"),
        "{:?}",
        crate::facts::all(&y)
    );
    // Near misses: the service itself, used, launched or grown.
    let z = run("Users of WhatsApp grew, and YouTube launched a new feature. Brindle Media bought ads on TikTok.");
    for product in ["WhatsApp", "YouTube", "TikTok"] {
        assert!(has(&z, product, EntityClass::Product), "{product}: {:?}", names(&z));
    }
}

#[test]
fn a_name_ending_in_a_word_of_a_body_a_clinic_or_a_food_maker_is_no_person() {
    // Given names first and a speech verb after would make these people.
    let x = run("The Angela Growers Organization said it backed 40 farms. Martin Valley Medicine said the \
        trial worked. Susan Foods said sales fell, and Rhys Brewery said it would hire.");
    for org in ["Angela Growers Organization", "Martin Valley Medicine", "Susan Foods", "Rhys Brewery"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
}

#[test]
fn a_name_that_speaks_of_itself_as_it_is_an_organisation() {
    let x = run("Velora said on Monday it would cut 200 jobs. Quorvex said its revenue rose 9%. Tarvik told \
                 analysts it expects more orders.");
    for org in ["Velora", "Quorvex", "Tarvik"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    // A person's surname, a pronoun of a person, a capitalized common word.
    let y = run("Tom Hale joined Brindle Corp in May. Hale said it would take time. Kestrel said he would \
                 resign. Industry said it was worried, and the industry agreed.");
    assert!(has(&y, "Tom Hale", EntityClass::Person), "{:?}", names(&y));
    assert!(!has(&y, "Hale", EntityClass::Organization), "{:?}", names(&y));
    assert!(!has(&y, "Kestrel", EntityClass::Organization), "{:?}", names(&y));
    assert!(!has(&y, "Industry", EntityClass::Organization), "{:?}", names(&y));
}

#[test]
fn a_named_again_subject_whose_sentence_says_its_is_an_organisation() {
    let x = run("Velora is spending $7 billion to buy Tarvik Labs and bolster its drug line. Velora puts a value \
                 of $8 billion on the deal.");
    assert!(has(&x, "Velora", EntityClass::Organization), "{:?}", names(&x));
    // Named once: an opening word such as "Speculation" is no company.
    let y = run("Speculation grew that Tarvik Labs would sell its unit. Quorvex hopes its bid wins.");
    assert!(!has(&y, "Speculation", EntityClass::Organization), "{:?}", names(&y));
    assert!(!has(&y, "Quorvex", EntityClass::Organization), "{:?}", names(&y));
}

#[test]
fn a_speaker_that_agrees_to_buy_or_announces_a_round_is_a_company() {
    let t = "Deals roll on\n\nThe deal is the second this year after Brindle Sciences agreed to pay $4.9bn to buy Zentrix. \
        Also on Monday, Kestrel Soup agreed to acquire Orvane. \
        Quillo Monocle announced the series A round of financing led by Halvard Capital. \
        Varn Tessaly has agreed to sell its stake. \
        Dorian Pratchel said the deal was fair. \
        Mirek Ostrava announced his retirement on Friday.";
    let x = run(t);
    for org in ["Brindle Sciences", "Kestrel Soup", "Quillo Monocle", "Varn Tessaly"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    // Near misses: a speaker's words and a person's own news.
    assert!(has(&x, "Dorian Pratchel", EntityClass::Person), "{:?}", names(&x));
    assert!(has(&x, "Mirek Ostrava", EntityClass::Person), "{:?}", names(&x));
}

#[test]
fn a_place_that_qualifies_a_currency_names_no_place() {
    for text in [
        "Zentrix will pay seven billion US dollars for Orvane.",
        "Brindle's loans amount to 100 million U.S. dollars, Brindle said.",
        "Kestrel offered 60 euros ($70.78 U.S.) a share for Orvane.",
        "The Orvane deal was priced in Hong Kong dollars, Zentrix said.",
    ] {
        let x = run(text);
        for place in ["United States", "Hong Kong"] {
            assert!(!has(&x, place, EntityClass::Place), "{text}: {:?}", names(&x));
        }
    }
    // The place itself, named as one, stays.
    for text in [
        "Zentrix sells dollars of goods in the US every year.",
        "Kestrel paid $5 billion for a U.S. chipmaker.",
        "Orvane raised $20 million in Hong Kong.",
    ] {
        let x = run(text);
        let place = if text.contains("Hong") { "Hong Kong" } else { "United States" };
        assert!(has(&x, place, EntityClass::Place), "{text}: {:?}", names(&x));
    }
}

#[test]
fn a_name_with_digits_in_an_article_without_ai_is_a_product() {
    let x =
        run("Zentrix Media, controlled by the Vantor family, owns the channels Vexo, Brio 4 and Kanal 7 in Austria. \
        Orvane Air will fly its Skyhawk K380 jets to Lyon, and Brindle bought the Corra 5 line.");
    for product in ["Brio 4", "Kanal 7", "Corra 5"] {
        assert!(has(&x, product, EntityClass::Product), "{product}: {:?}", names(&x));
        assert!(!has(&x, product, EntityClass::AIModel), "{product}: {:?}", names(&x));
    }
    // A word of AI, or a model the lexicon knows, keeps the guess of a model.
    let y = run("Zentrix released Vorta 3 on Monday, its answer to the AI startups.");
    assert!(has(&y, "Vorta 3", EntityClass::AIModel), "{:?}", names(&y));
    let z = run("Testers compared Vorta 3 with GPT-4o and found it faster.");
    assert!(has(&z, "Vorta 3", EntityClass::AIModel), "{:?}", names(&z));
}

#[test]
fn regions_named_by_compass_words_and_world_regions() {
    let x = run("Zentrix will expand into South East Asia and the US. Orvane could curb competition \
        in key markets, including Western Canada. Brindle's head for the Asia Pacific spoke, and \
        Kestrel flies throughout the Americas. Its sales in North-West Africa doubled.");
    for place in ["South East Asia", "Western Canada", "Asia Pacific", "Americas", "North-West Africa"] {
        assert!(has(&x, place, EntityClass::Place), "{place}: {:?}", names(&x));
    }
    for part in ["East Asia", "Canada", "Asia", "West Africa"] {
        assert!(!named(&x, part), "{part}: {:?}", names(&x));
    }
    // A region word in lower case before a country leaves the country.
    let y = run("Orvane runs two plants in northern Italy, Zentrix said.");
    assert!(has(&y, "Italy", EntityClass::Place), "{:?}", names(&y));
    assert!(!named(&y, "northern Italy"), "{:?}", names(&y));
    // A company's unit for a region is the company's.
    let z = run("Warner hired Quell Studios Americas president Jane Doe on Monday.");
    assert!(!has(&z, "Quell Studios Americas", EntityClass::Product), "{:?}", names(&z));
}

#[test]
fn a_thing_noun_that_only_describes_the_next_noun_types_nothing() {
    // "agent" of "super-agent networks" is no AI agent: the name is a network.
    let x = run("Orvane, a payments hub, says it has signed an agreement to acquire Pexi, one of \
        Kenya's super-agent networks. Brindle, one of the chatbot makers, fell.");
    assert!(!has(&x, "Pexi", EntityClass::AIModel), "{:?}", names(&x));
    assert!(!has(&x, "Brindle", EntityClass::AIModel), "{:?}", names(&x));
    // The noun heading the appositive still types the name.
    let y = run("Zentrix released Pellow, a chatbot that writes code, and Quorra, an AI agent for \
        lawyers. Brindle unveiled Vexa, its new language model.");
    for model in ["Pellow", "Quorra", "Vexa"] {
        assert!(has(&y, model, EntityClass::AIModel), "{model}: {:?}", names(&y));
    }
}

#[test]
fn a_name_with_a_title_after_it_is_no_thing_the_noun_before_its_comma_names() {
    let x = run("The funding came from investors including Tomas Vell, founder of Zentrix's Kora \
        video calling system, Kunle Ibekwe, co-founder of payments company Orvane, and Jan Dahl.");
    assert!(has(&x, "Kunle Ibekwe", EntityClass::Person), "{:?}", names(&x));
    assert!(!has(&x, "Kunle Ibekwe", EntityClass::AIModel), "{:?}", names(&x));
    // Without a title after it, the name is the noun's.
    let y = run("Zentrix released its new chatbot, Pellow, on Monday.");
    assert!(has(&y, "Pellow", EntityClass::AIModel), "{:?}", names(&y));
}

#[test]
fn a_family_of_people_is_no_model_family() {
    let x = run("Brindle will buy a 60 percent stake from the founding Hoeck family, according to a \
        statement by Orvane. Kestrel paid off the Marlow family's debts in December.");
    for kin in ["Hoeck", "Marlow"] {
        assert!(!has(&x, kin, EntityClass::AIModel), "{kin}: {:?}", names(&x));
    }
    // In an article about AI, "family" still names models.
    let y = run("Zentrix released the Zora family of AI models on Monday, its rival to Brindle.");
    assert!(has(&y, "Zora", EntityClass::AIModel), "{:?}", names(&y));
}

#[test]
fn a_platform_acting_as_its_company_once_is_the_company_throughout() {
    let x = run("Kestrel bags investment from WhatsApp, PayPal\n\nRide-hailing operator Kestrel has \
        secured funding from global tech giants WhatsApp and PayPal, the company said on Wednesday. \
        WhatsApp and PayPal join a long list of investors. The investment is WhatsApp's first in the region.");
    assert!(has(&x, "WhatsApp", EntityClass::Organization), "{:?}", names(&x));
    assert!(!has(&x, "WhatsApp", EntityClass::Product), "{:?}", names(&x));
    // A platform only used as a service stays a product.
    let y = run("Kestrel sells its rides through WhatsApp and takes payments with Orvane. \
        Most riders book on WhatsApp, Kestrel said.");
    assert!(has(&y, "WhatsApp", EntityClass::Product), "{:?}", names(&y));
}

#[test]
fn a_model_noun_in_an_article_with_no_sign_of_ai_types_a_product() {
    // Cars, phones and planes come in models too.
    let x = run("In 2016, Orvane Motors opened a plant in Quellby to make the Orvane Velta and Orvane Pico models. \
        The plant makes 300,000 vehicles a year, Orvane said.");
    for car in ["Orvane Velta", "Orvane Pico"] {
        assert!(has(&x, car, EntityClass::Product), "{car}: {:?}", names(&x));
        assert!(!has(&x, car, EntityClass::AIModel), "{car}: {:?}", names(&x));
        assert!(
            crate::facts::has(&x, "Orvane Motors", Predicate::Developed, car),
            "{car}: {:?}",
            crate::facts::all(&x)
        );
    }
    let y = run("Workers watched as the Kestra model's bodies moved down the assembly line at the plant \
        where Brindle builds its electric cars.");
    assert!(has(&y, "Kestra", EntityClass::Product), "{:?}", names(&y));
    let z = run("Brindle said its Zaro model will go on sale in March, the first of its cars made in Quellby.");
    assert!(has(&z, "Zaro", EntityClass::Product), "{:?}", names(&z));
    // Where the article speaks of AI, a model is still an AI model.
    let a = run("Zentrix released the Quarro model on Monday. The AI start-up said Quarro beats rivals.");
    assert!(has(&a, "Quarro", EntityClass::AIModel), "{:?}", names(&a));
    let b = run("Kestrel trained its Lumo models on public text, the chatbot maker said.");
    assert!(has(&b, "Lumo", EntityClass::AIModel), "{:?}", names(&b));
    // Nor does an article with no word of products make a model a product.
    let c = run("Jane Doe, who spent six years at Quarry Labs, said the Beacon model would be released next spring.");
    assert!(!has(&c, "Beacon", EntityClass::Product), "{:?}", names(&c));
}

#[test]
fn a_model_number_after_an_unknown_word_names_the_maker_too() {
    let x = run("Skyline Air is in talks with Vantor and Halvik about an order. A report spoke of \
        Vantor V350 and Halvik 797X jets for the airline.");
    for org in ["Vantor", "Halvik"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    for plane in ["V350", "797X"] {
        assert!(has(&x, plane, EntityClass::Product), "{plane}: {:?}", names(&x));
    }
    assert!(crate::facts::has(&x, "Vantor", Predicate::Developed, "V350"), "{:?}", crate::facts::all(&x));
    // A maker named only in front of its model is still a maker.
    let y = run("The carrier's order book holds 101 Vantor V380 aircraft, Skyline Air said.");
    assert!(has(&y, "Vantor", EntityClass::Organization), "{:?}", names(&y));
    // A version number or a year is no model number.
    let z = run("Brindle released Quarro 3.0 and the Vision 2030 plan on Monday.");
    assert!(!has(&z, "Quarro", EntityClass::Organization), "{:?}", names(&z));
    assert!(!has(&z, "Vision", EntityClass::Organization), "{:?}", names(&z));
}

#[test]
fn a_model_number_in_the_plural_is_the_model() {
    let x = run("Skyline Air plans to keep its fleet of Vantor V380 planes. Its order book holds 101 \
        Vantor V380s and 70 V350s, and the airline ordered 20 more V350 planes on Monday.");
    assert!(has(&x, "V380", EntityClass::Product), "{:?}", names(&x));
    // One entity each, named in the singular.
    assert_eq!(names(&x).len(), 3, "{:?}", names(&x));
    assert!(has(&x, "V350", EntityClass::Product), "{:?}", names(&x));
}

#[test]
fn names_listed_after_a_plural_noun_of_businesses_are_organisations() {
    // Session 38: a dash before "including", "players" and "newspapers" as the list's noun.
    let x = run("Revenue rose, Tom Hale said, thanks to merchants and companies — including Brindle, \
        Orvane Foods, Kestrel and Zentrix Brewing — moving to the platform.");
    for org in ["Brindle", "Orvane Foods", "Kestrel", "Zentrix Brewing"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    let y = run("She built partnerships with global players such as Quarrow, Tessaly and Pelmont.");
    for org in ["Quarrow", "Tessaly", "Pelmont"] {
        assert!(has(&y, org, EntityClass::Organization), "{org}: {:?}", names(&y));
    }
    let z = run("Local media, including newspapers Diario Velmo and Corvane Post, had reported the plan.");
    for org in ["Diario Velmo", "Corvane Post"] {
        assert!(has(&z, org, EntityClass::Organization), "{org}: {:?}", names(&z));
    }
    // Near misses: no noun of businesses heads the list, or people are listed.
    let w = run("The plant ships to markets — including Quarrow, Tessaly and Pelmont — every week.");
    for name in ["Quarrow", "Tessaly", "Pelmont"] {
        assert!(!has(&w, name, EntityClass::Organization), "{name}: {:?}", names(&w));
    }
    let v = run("The club signed players such as Marcus Brell and Tom Vane last year.");
    for person in ["Marcus Brell", "Tom Vane"] {
        assert!(has(&v, person, EntityClass::Person), "{person}: {:?}", names(&v));
    }
}

#[test]
fn a_name_a_speaker_told_or_talked_to_is_a_news_outlet() {
    let x = run("Brindle will open a plant in Ohio next year, Jon Ravel told Quorvex. \
        Orvane was approached for comment by Tessaline. \
        The company said in a recent interview with Marquent that sales had doubled.");
    for org in ["Quorvex", "Tessaline", "Marquent"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    // A person told stays a person; a board told is no name.
    let y = run("Brindle will open a plant in Ohio, the chief executive told Maria Kessler. \
        He also told the board that costs would rise.");
    assert!(has(&y, "Maria Kessler", EntityClass::Person), "{:?}", names(&y));
    assert!(!names(&y).iter().any(|(n, _)| n.contains("board")), "{:?}", names(&y));
}

#[test]
fn an_outlet_title_after_a_source_cue_keeps_its_the() {
    // Titles holding a place's name or common words, "The" included.
    let x = run("The merger is due next year, Maria Holt tells The Africa Ledger. \
        Brindle plans to hire 200 people, its chief executive told The National. \
        Kestrel is raising $2 billion, according to The Information. \
        Kestrel will list in London, per The Morning Courier.");
    for org in ["The Africa Ledger", "The National", "The Information", "The Morning Courier"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    assert!(!has(&x, "Africa", EntityClass::Place), "{:?}", names(&x));
    // "according to the company", "according to data from Ohio": no outlet.
    let y = run("Sales rose 5%, according to the company. Prices fell, according to data from Ohio.");
    assert!(has(&y, "Ohio", EntityClass::Place), "{:?}", names(&y));
    assert!(!names(&y).iter().any(|(n, _)| n.contains("company")), "{:?}", names(&y));
}

#[test]
fn a_title_opening_a_newsroom_finding_is_a_news_outlet() {
    let x =
        run("Orvane has not said what it will pay, but Business Ledger understands that the deal will close in May. \
        The Globe and Courier first reported the talks in July. The Daily Harbor has learned that Zentrix will bid.");
    for org in ["Business Ledger", "The Globe and Courier", "The Daily Harbor"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    // A person, a known place or a company word opening the sentence: no outlet.
    let y =
        run("Jon Ravel reported that sales rose. New York reported 300 new cases. The company noted that costs fell.");
    assert!(has(&y, "Jon Ravel", EntityClass::Person), "{:?}", names(&y));
    assert!(has(&y, "New York", EntityClass::Place), "{:?}", names(&y));
    // Companies reporting their figures, alone or two together, are no outlet's title.
    let z = run("Kestrel Games and Brindle Soft reported results on Monday. Orvane Motors reported a loss.");
    assert!(!named(&z, "Kestrel Games and Brindle Soft"), "{:?}", names(&z));
    assert!(has(&z, "Kestrel Games", EntityClass::Organization), "{:?}", names(&z));
}

#[test]
fn a_company_noun_types_a_name_with_digits_as_an_organisation() {
    // A company noun before the name, or an appositive whose firm makes a thing.
    let x = run("Zentra sold a 3 percent stake to investment group Pellow No.1 last year. \
        Marvex secured a controlling stake in German broadcasting giant Dunmore.1 on Friday. \
        The chips went to Quellby and to Q42, an Abu Dhabi-based AI and cloud computing firm. \
        Brindle also backs V8 Partners, a chip design company.");
    for org in ["Pellow No.1", "Dunmore.1", "Q42", "V8 Partners"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    // Near misses: a model the company built, an assistant for banks, a phone.
    let y = run("Orvane's robots run on Corvo 2.5, a vision-and-language model the company developed. \
        Halvern AI released Quill 4, the newest version of its AI assistant for banks and insurers. \
        Tarvik launched the Zeta 5, a phone for students.");
    assert!(has(&y, "Corvo 2.5", EntityClass::AIModel), "{:?}", names(&y));
    assert!(has(&y, "Quill 4", EntityClass::AIModel), "{:?}", names(&y));
    assert!(!has(&y, "Zeta 5", EntityClass::Organization), "{:?}", names(&y));
}

#[test]
fn a_known_company_and_a_word_after_it_bought_or_listed_with_companies_is_a_company() {
    // A known company's name and an unknown word were a guessed product of it.
    let x = run("Kestrel Group has acquired Microsoft Helvetia, which will join its fixed-line arm. \
        Tarvo competes with Nvidia and Microsoft Idea in the market. \
        Vexa AI is the only European rival to leaders like OpenAI and Google Deepmind.");
    for org in ["Microsoft Helvetia", "Microsoft Idea", "Google Deepmind"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
        assert!(!has(&x, org, EntityClass::Product), "{org}: {:?}", names(&x));
    }
    // Near miss: a product of a known company, with no company frame.
    let y = run("Shoppers preferred the Microsoft Lumio to older laptops, a survey found.");
    assert!(!has(&y, "Microsoft Lumio", EntityClass::Organization), "{:?}", names(&y));
}

#[test]
fn a_name_after_a_verb_of_hiring_selling_or_working_and_its_preposition_is_a_company() {
    let x = run("The drugmaker was sold by Kestrel to a buyout firm seven years ago. \
        Dana Whitlock, who joined the company from Tarnex two years ago, has led the drive. \
        The group hired Sam Ferris from Velmora, first as chief executive. \
        It acquired 500 stores from Quillan last year. \
        The company could consider a merger with Halvern. \
        Before that, Ferris worked at Pellowby in Leeds.");
    for org in ["Kestrel", "Tarnex", "Velmora", "Quillan", "Halvern", "Pellowby"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    // Near misses: a person's name after the same words, a move between places.
    let y = run("The painting was sold by Jane Orton last year. She joined the board after Ferris left. \
        The team moved from Quellby to a larger office.");
    assert!(!has(&y, "Jane Orton", EntityClass::Organization), "{:?}", names(&y));
    assert!(!has(&y, "Quellby", EntityClass::Organization), "{:?}", names(&y));
}

#[test]
fn a_firm_named_like_a_person_is_a_company_by_the_frame_around_it() {
    // A person's full name, then "of" or "at": the firm the person is with.
    let x = run("Among the new chief executives were Laura Tenby of Harvey Nichols and Paula Rusk of \
        Dunmore Pike. Tom Wren at Arlo Fenwick left in May.");
    for org in ["Harvey Nichols", "Dunmore Pike", "Arlo Fenwick"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    for person in ["Laura Tenby", "Paula Rusk", "Tom Wren"] {
        assert!(has(&x, person, EntityClass::Person), "{person}: {:?}", names(&x));
    }
    // A name that speaks of itself as "its", an acronym in brackets or not.
    let y = run("Corvel Marsh (CMH) said its chief executive Dana Pell would step down. \
        Brenholt Vane said on Monday its profit rose.");
    for org in ["Corvel Marsh", "Brenholt Vane"] {
        assert!(has(&y, org, EntityClass::Organization), "{org}: {:?}", names(&y));
    }
    assert!(has(&y, "Dana Pell", EntityClass::Person), "{:?}", names(&y));
    assert!(crate::facts::has(&y, "Dana Pell", Predicate::WorksFor, "Corvel Marsh"), "{:?}", crate::facts::all(&y));
    // A news outlet's noun, a comma, the outlet's title.
    let z = run("Orvane denied a report in the Spanish daily, Quenta Ribera. A day earlier, Quenta Ribera \
        said Orvane would sell its stake.");
    assert!(has(&z, "Quenta Ribera", EntityClass::Organization), "{:?}", names(&z));
    assert!(!has(&z, "Quenta Ribera", EntityClass::Person), "{:?}", names(&z));
}

#[test]
fn people_near_those_frames_stay_people() {
    // "of" after a common noun, not after a person's name.
    let x = run("Mara Quill, the daughter of Jan Roe, joined Orvane. The wife of Tom Wren said he was fine.");
    for person in ["Mara Quill", "Jan Roe", "Tom Wren"] {
        assert!(has(&x, person, EntityClass::Person), "{person}: {:?}", names(&x));
    }
    // A given name first keeps a speaker who says "its" a person; "it" says nothing.
    let y = run("Orvane launched a pump. Maria Roe said its launch slipped. Dana Pell said it was late.");
    for person in ["Maria Roe", "Dana Pell"] {
        assert!(has(&y, person, EntityClass::Person), "{person}: {:?}", names(&y));
    }
    // A comma after a person noun, not an outlet's.
    let z = run("Orvane hired a lawyer, Tom Wren, in May. The editor, Mara Quill, said Orvane was late.");
    for person in ["Tom Wren", "Mara Quill"] {
        assert!(has(&z, person, EntityClass::Person), "{person}: {:?}", names(&z));
    }
}

#[test]
fn words_of_a_capitalized_job_title_name_nobody() {
    // Modifiers before a title, and "Chief … Officer" titles the list does not spell out.
    let x = run("In March, Vice President KW Tarrow told a Lisbon forum that the plan would hold. \
        The market is key, said Brindlecast Deputy Chief Executive Noor Ellery-Vasz. \
        Halvorsen is Managing Executive Officer, Director, and Chief Digital Officer and joined Quorvel in 1998. \
        Output will rise, according to Tessaly Power Managing Director Osei Pranton. \
        \"We can build it,\" says Mirela Dostan, Chief Growth & Development Officer for zinc at Varrow Mining. \
        Jo Lark is the Chief Sustainability Officer at Pennick.");
    for nobody in
        ["Vice", "Deputy", "Managing", "Digital Officer", "Growth & Development Officer", "Sustainability Officer"]
    {
        assert!(!named(&x, nobody), "{nobody}: {:?}", names(&x));
    }
    for org in ["Brindlecast", "Quorvel", "Tessaly Power", "Varrow Mining", "Pennick"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    for person in ["Osei Pranton", "Mirela Dostan", "Jo Lark"] {
        assert!(has(&x, person, EntityClass::Person), "{person}: {:?}", names(&x));
    }
    assert!(
        crate::facts::has(&x, "Mirela Dostan", Predicate::WorksFor, "Varrow Mining"),
        "{:?}",
        crate::facts::all(&x)
    );
    assert!(crate::facts::has(&x, "Jo Lark", Predicate::WorksFor, "Pennick"), "{:?}", crate::facts::all(&x));
    // Near misses: a modifier word that opens a company's name, no title after it.
    let y = run("Vice Media cut jobs on Monday. General Quellstone Holdings bought Orvane in May.");
    for org in ["Vice Media", "General Quellstone Holdings"] {
        assert!(has(&y, org, EntityClass::Organization), "{org}: {:?}", names(&y));
    }
}

#[test]
fn a_firm_named_like_a_person_is_a_company_where_a_title_is_held_or_an_arm_is_named() {
    // "title … at X", an appositive naming a company's kind, "to lead X".
    let x = run("Tomas Reyes was head of global foreign exchange at Walter Brannock before he joined Orvane. \
        Edwin Tarrant, the venture capital arm of Quellby Group, led the round. \
        Dana Pell joined in May to lead Edwin Tarrant.");
    for org in ["Walter Brannock", "Edwin Tarrant"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
        assert!(!has(&x, org, EntityClass::Person), "{org}: {:?}", names(&x));
    }
    for person in ["Tomas Reyes", "Dana Pell"] {
        assert!(has(&x, person, EntityClass::Person), "{person}: {:?}", names(&x));
    }
    // Near misses: a title before the name, a title in apposition, a letter to an officer.
    let y = run("Sam Ferris was head of sales at Orvane. Jo Lark, the chief executive of Orvane, spoke. \
        The fund wrote a letter to chairman Laura Tenby. The board asked Mara Quill to lead Orvane. \
        Founded in 2021 by Walter Quade, the Oslo-based startup sells pumps.");
    for person in ["Sam Ferris", "Jo Lark", "Laura Tenby", "Mara Quill", "Walter Quade"] {
        assert!(has(&y, person, EntityClass::Person), "{person}: {:?}", names(&y));
    }
}

#[test]
fn an_ampersand_and_a_firms_word_close_a_firms_name() {
    // "& Company", "& Sons", "& Co.", "& Partners" after a surname or a full name.
    let x = run("She was an associate at consulting firm Quellby & Company before she joined Orvane. \
        Dana Pell will become chairman of Tomas Harrow & Sons next year. \
        Brindle & Co. advised the buyer, and Vossen & Partners advised Orvane. \
        The deal was led by Edwin Tarrant & Associates.");
    for org in
        ["Quellby & Company", "Tomas Harrow & Sons", "Brindle & Co", "Vossen & Partners", "Edwin Tarrant & Associates"]
    {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    for part in ["Quellby", "Tomas Harrow", "Edwin Tarrant"] {
        assert!(!named(&x, part), "{part}: {:?}", names(&x));
    }
    assert!(has(&x, "Dana Pell", EntityClass::Person), "{:?}", names(&x));
    // Near misses: "&" inside a word, and "&" between two firms or two people.
    let y = run("Orvane spent more on R&D this year. Tom Wren & Mara Quill founded Orvane. \
        Brindle & Vossen Labs signed a deal.");
    for wrong in ["Orvane & Company", "Tom Wren & Mara Quill"] {
        assert!(!named(&y, wrong), "{wrong}: {:?}", names(&y));
    }
    assert!(has(&y, "Orvane", EntityClass::Organization), "{:?}", names(&y));
}

#[test]
fn an_and_between_fields_inside_a_public_bodys_name_joins_them() {
    // "Department of A and B", "Ministry of A and B C", "A and B Federation of C".
    let x = run("The Department of Rural Welfare and Development tapped Orvane to pay the aid. \
        Brindle briefed the Ministry of Housing and Urban Development in May. \
        Tom Wren is a former president of the Trade and Payments Federation of Zembla. \
        The Department of Trade and Industry approved the deal.");
    for org in [
        "Department of Rural Welfare and Development",
        "Ministry of Housing and Urban Development",
        "Trade and Payments Federation of Zembla",
        "Department of Trade and Industry",
    ] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    for part in
        ["Development", "Urban Development", "Department of Rural Welfare", "Trade", "Payments Federation of Zembla"]
    {
        assert!(!named(&x, part), "{part}: {:?}", names(&x));
    }
    // Near misses: a body "and" a company, two bodies, a body and a field's lower-case noun.
    let y = run("The Department of Energy and Orvane signed a deal. The Bank of Zembla and Brindle Bank cut rates. \
        The Ministry of Finance and industry groups met on Monday.");
    for org in ["Department of Energy", "Orvane", "Bank of Zembla", "Brindle Bank", "Ministry of Finance"] {
        assert!(has(&y, org, EntityClass::Organization), "{org}: {:?}", names(&y));
    }
}

#[test]
fn a_name_shaped_like_a_persons_listed_among_companies_is_one() {
    // A surname-like last word, no given name first, in a list of organisations.
    let x = run("Other customers included the Harwick Corporation, Lockridge Tate, Pell University, \
        Brindle Bank and NASA. \
        The signatories are Vossmark Whitfield, the Zembla Technology Alliance (ZTA), and the Orvane \
        Research Institute (ORI).");
    for org in ["Lockridge Tate", "Vossmark Whitfield", "Harwick Corporation", "Zembla Technology Alliance"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
        assert!(!has(&x, org, EntityClass::Person), "{org}: {:?}", names(&x));
    }
    // Near misses: a given name first, a person in the same list, a list of one company.
    let y = run("Investors include Quellby Capital, Brindle Ventures and Dana Whitfield. \
        The board includes Orvane Bank, Brindle Group, Vossmark Tate and Jo Lark. \
        Harwick Corporation hired Lockridge Tate, and Pell University hired Mara Quill.");
    for person in ["Dana Whitfield", "Vossmark Tate", "Jo Lark", "Lockridge Tate", "Mara Quill"] {
        assert!(has(&y, person, EntityClass::Person), "{person}: {:?}", names(&y));
    }
}

#[test]
fn a_lone_word_of_a_title_case_headline_the_story_never_writes_is_no_name() {
    for headline in ["Kestrel Deals Boom as Rivals Stall", "Kestrel Profits Climb While Rivals Falter"] {
        let x = run(&format!(
            "{headline}\n\nKestrel signed deals this year with Orvane, Quellby Labs and Tessaly Power, the company said."
        ));
        for word in ["Stall", "Falter"] {
            assert!(!named(&x, word), "{word}: {:?}", names(&x));
        }
        for org in ["Orvane", "Quellby Labs", "Tessaly Power"] {
            assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
        }
    }
    // Near misses: the headline's names the story writes too, an acronym.
    let y = run("Kestrel Buys Quellby Labs From ZNT\n\nKestrel said on Monday it bought Quellby Labs from \
        its owner, Zentrix Holdings (ZNT).");
    for org in ["Kestrel", "Quellby Labs", "Zentrix Holdings"] {
        assert!(has(&y, org, EntityClass::Organization), "{org}: {:?}", names(&y));
    }
}

#[test]
fn a_national_body_named_before_of_and_its_place_opens_a_sentence_and_is_its_short_form() {
    // "National Bank of X said": the opener is the name's; "National Bank" later is the same bank.
    let x = run("National Bank of Kenya agreed on Friday to buy Orvane Bank for $2 billion. \
        The purchase lets Nairobi-based National Bank grow in Uganda.");
    let bank = x.entities.iter().find(|e| e.name == "National Bank of Kenya");
    assert!(bank.is_some_and(|e| e.aliases.iter().any(|a| a == "National Bank")), "{:?}", x.entities);
    assert!(!named(&x, "Bank of Kenya"), "{:?}", names(&x));
    assert_eq!(x.entities.iter().filter(|e| e.class == EntityClass::Organization).count(), 2, "{:?}", names(&x));
    assert!(
        crate::facts::has(&x, "National Bank of Kenya", Predicate::Acquired, "Orvane Bank"),
        "{:?}",
        crate::facts::all(&x)
    );
    // Near misses: another opening word.
    let z = run("Under Bank of Kenya rules, the lender must hold more capital.");
    assert!(has(&z, "Bank of Kenya", EntityClass::Organization), "{:?}", names(&z));
    assert!(!named(&z, "Under Bank of Kenya"), "{:?}", names(&z));
}

#[test]
fn a_known_bodys_name_before_a_bank_of_a_place_is_that_bank() {
    let y =
        run("Tom Wren spent a decade as an economist at the Federal Reserve Bank of Chicago before he joined Orvane.");
    assert!(has(&y, "Federal Reserve Bank of Chicago", EntityClass::Organization), "{:?}", names(&y));
    assert!(!named(&y, "Federal Reserve"), "{:?}", names(&y));
    // Near miss: two bodies.
    let z = run("The Federal Reserve and the Bank of Kenya cut rates.");
    for org in ["Bank of Kenya", "Federal Reserve"] {
        assert!(has(&z, org, EntityClass::Organization), "{org}: {:?}", names(&z));
    }
}

#[test]
fn a_demonym_and_one_unknown_word_closing_the_name_are_a_company() {
    let x = run("Before that, Tom Wren worked at Norwegian Quellco as head of sales. \
        Mara Quill spent six years at Kenyan Vostrafin before joining Orvane.");
    for org in ["Norwegian Quellco", "Kenyan Vostrafin"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    // Near misses: an article before the demonym, a title, a kind, a given name, a capital after.
    let y = run("The Kenyan Vostrafin affair hurt Orvane. Chinese President Tom Wren spoke. \
        A Kenyan startup, Brindle, raised money. Kenyan Mara Quill won. Kenyan Quellco Bank grew.");
    for wrong in ["Kenyan Vostrafin", "Chinese President", "Kenyan Mara Quill", "Kenyan Quellco"] {
        assert!(!named(&y, wrong), "{wrong}: {:?}", names(&y));
    }
}

#[test]
fn a_family_name_used_as_a_companys_is_the_company_not_the_person() {
    // "Tom Varnell … Varnell's chief executive": the founder's surname names his firm.
    let x = run("Varnell's chief executive, Jo Lark, said sales rose. Tom Varnell founded the toolmaker in 1950. \
        Mara Varnell, his granddaughter, sits on the board. Varnell's shares fell 3% on Monday.");
    assert!(has(&x, "Varnell", EntityClass::Organization), "{:?}", names(&x));
    for person in ["Tom Varnell", "Mara Varnell", "Jo Lark"] {
        assert!(has(&x, person, EntityClass::Person), "{person}: {:?}", names(&x));
    }
    // Near misses: a surname used as a person's.
    let y = run("Dana Pell joined Orvane in 2010. Pell said the deal was good, and Pell's chief of staff agreed.");
    assert!(has(&y, "Dana Pell", EntityClass::Person), "{:?}", names(&y));
    assert!(!has(&y, "Pell", EntityClass::Organization), "{:?}", names(&y));
}

#[test]
fn a_known_place_closing_an_institutions_or_firms_name_is_part_of_it() {
    // "Imperial College London", "Macquarie Securities Korea": a school or a
    // firm named with its city or country after its organisation word.
    let x = run("Mara Quill taught at Harrowgate College Oslo and at Vennic University Vienna. \
        Tom Wren, an analyst at Brindmoor Securities Poland, said the deal was fair. \
        She was a research associate at the University of Science Lisbon until 2019. \
        The bank merged with its unit Quellar Bank Peru last year.");
    for org in [
        "Harrowgate College Oslo",
        "Vennic University Vienna",
        "Brindmoor Securities Poland",
        "University of Science Lisbon",
        "Quellar Bank Peru",
    ] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    for part in ["Harrowgate College", "Vennic University", "Brindmoor Securities", "University"] {
        assert!(!named(&x, part), "{part}: {:?}", names(&x));
    }
    // Near misses: a preposition or a comma before the place, a place already in
    // the name, a place that goes on into a longer name, a person's name.
    let y =
        run("Tom Wren studied at Harrowgate College in Oslo. Brindmoor Securities, Poland's largest broker, grew. \
        The Bank of Kenya Nairobi office opened. He joined Vennic University Toronto Star columnists. \
        Mara Quill Oslo said nothing.");
    for org in ["Harrowgate College", "Brindmoor Securities", "Bank of Kenya"] {
        assert!(has(&y, org, EntityClass::Organization), "{org}: {:?}", names(&y));
    }
    for wrong in ["Bank of Kenya Nairobi", "Vennic University Toronto", "Mara Quill Oslo"] {
        assert!(!named(&y, wrong), "{wrong}: {:?}", names(&y));
    }
}

#[test]
fn a_parent_told_apart_from_its_unit_is_no_short_form_of_it() {
    // "Brevant Ventures, the venture arm of state lender Brevant": the lone
    // name is the owner, a company of its own, not the unit's short form.
    let x = run("Pellam raised $40 million. Its backers include Brevant Ventures, the venture arm of \
        state lender Brevant, and Quorvel Home, the shopping business owned by retail giant Quorvel. \
        Brevant and Quorvel declined to comment.");
    for org in ["Brevant Ventures", "Brevant", "Quorvel Home", "Quorvel"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    let two = |x: &newsgraph::extract::Extraction, long: &str, short: &str| {
        x.entities.iter().any(|e| e.name == long && !e.aliases.iter().any(|a| a == short))
    };
    assert!(two(&x, "Brevant Ventures", "Brevant"), "{:?}", names(&x));
    assert!(two(&x, "Quorvel Home", "Quorvel"), "{:?}", names(&x));
    // Near miss: with nothing between them in any sentence, the lone word
    // later is the long name's short form.
    let y = run("Brevant Ventures, a Lisbon fund, led the round in Pellam. Brevant said the startup \
        will hire twenty engineers.");
    assert!(
        y.entities.iter().any(|e| e.name == "Brevant Ventures" && e.aliases.iter().any(|a| a == "Brevant")),
        "{:?}",
        names(&y)
    );
}

#[test]
fn two_company_names_joined_by_a_hyphen_before_a_deal_are_two_companies() {
    // "the Acme-Zentrix deal": a known company's name, a hyphen and another
    // company's name before a noun of a deal or a takeover pair two
    // companies; the hyphen joins no model's name.
    let x = run("Regulators cleared the Intel-Brovane deal on Monday, and Brovane shares jumped. \
        Shares of Quellar Foods rose after the Amazon-Quellar Foods merger talks ended. \
        Lawmakers said a Samsung-Orvik Bros Studios deal could harm shoppers, and Orvik Bros Studios \
        declined to comment.");
    for org in ["Intel", "Brovane", "Amazon", "Quellar Foods", "Samsung", "Orvik Bros Studios"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    for wrong in ["Intel-Brovane", "Amazon-Quellar", "Samsung-Orvik"] {
        assert!(!named(&x, wrong), "{wrong}: {:?}", names(&x));
    }
    // Near misses: a model's name after its maker's with no deal after it, and
    // a piece with digits (a version) before a deal word.
    let y = run("Torvane released DeepSeek-Coder to users. Mistral-Large is now free to download. \
        Meta agreed to a Nvidia-H200 chip deal.");
    assert!(has(&y, "DeepSeek-Coder", EntityClass::AIModel), "{:?}", names(&y));
    assert!(has(&y, "Mistral-Large", EntityClass::AIModel), "{:?}", names(&y));
    assert!(named(&y, "Nvidia-H200"), "{:?}", names(&y));
}

#[test]
fn a_bot_is_an_ai_model() {
    // "its Quorrachat bot", "the Pellow trading bot": a bot is an AI system.
    let x = run("Quorra Labs unveiled its Quorrachat bot on Monday. \
        Traders at Halmer Bank now use the Pellow bot for small orders.");
    assert!(has(&x, "Quorrachat", EntityClass::AIModel), "{:?}", names(&x));
    assert!(has(&x, "Pellow", EntityClass::AIModel), "{:?}", names(&x));
    assert!(!has(&x, "Quorrachat", EntityClass::Product), "{:?}", names(&x));
}

#[test]
fn a_name_styled_with_like_or_style_is_no_thing_its_owner_made() {
    // "its Vexa-like chatbot": the name before "-like", "-style" or "-type"
    // says what the thing resembles; the owner did not make it.
    let x = run("Tarvex Labs launched its Vexa-like chatbot on Tuesday. \
        Brindle Labs said its Orvo-style assistant would reach banks. \
        Quorra Labs unveiled its Quorrachat bot on Monday.");
    let made = |maker: &str, thing: &str| {
        x.relations.iter().any(|r| {
            r.predicate == Predicate::Developed
                && x.entities[r.subject].name == maker
                && x.entities[r.object].name == thing
        })
    };
    assert!(!made("Tarvex Labs", "Vexa"), "{:?}", x.relations);
    assert!(!made("Brindle Labs", "Orvo"), "{:?}", x.relations);
    // Near miss: the owner's own thing, named before its noun.
    assert!(made("Quorra Labs", "Quorrachat"), "{:?}", x.relations);
}

#[test]
fn a_model_number_before_a_product_noun_belongs_to_the_name() {
    // "a Xeon 6980 processor": three or four digits after a product's name
    // and before a noun of products are its model number.
    let x = run("The Tarvo X2 handset runs on a Xeon 6980 processor, and the Velmo laptop uses a Gaudi 310 chip.");
    for product in ["Xeon 6980", "Gaudi 310"] {
        assert!(has(&x, product, EntityClass::Product), "{product}: {:?}", names(&x));
    }
    // Near misses: a year before the noun, a number with no product noun after it.
    let y = run("The Xeon 2025 lineup grew. Sales of Gaudi reached 310 units.");
    assert!(has(&y, "Xeon", EntityClass::Product), "{:?}", names(&y));
    assert!(!named(&y, "Xeon 2025"), "{:?}", names(&y));
    assert!(!named(&y, "Gaudi 310"), "{:?}", names(&y));
}

#[test]
fn technology_standards_are_no_names() {
    // Radio and display standards written in capitals name no product or company.
    let x = run("The Tarvo X2 supports 4K video, NFC payments and HSPA and CDMA networks, \
        and a 3D screen on an all-IP network.");
    for word in ["4K", "NFC", "HSPA", "CDMA", "3D", "IP"] {
        assert!(!named(&x, word), "{word}: {:?}", names(&x));
    }
    assert!(named(&x, "Tarvo X2"), "{:?}", names(&x));
}

#[test]
fn a_firm_named_like_a_person_before_its_staff_or_after_an_analyst_s_with_is_an_organisation() {
    // "Piper X analyst Jane Doe", "a research analyst with Raymond X": a
    // brokerage or firm named after its founders, where a staff title ties a
    // person to it, is the employer, not a person.
    let x = run("\"The price looks fair,\" Lyle Morrow analyst Pat Keane wrote in a note. \
        Harold Jennings chief executive Dana Ruiz said the bank would grow. \
        \"We stay cautious,\" said Nora Vale, a research analyst with Tobias Marsh. \
        Henry Caldwell analysts cut their price target on Brindco to $40.");
    for org in ["Lyle Morrow", "Harold Jennings", "Tobias Marsh", "Henry Caldwell"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    for person in ["Pat Keane", "Dana Ruiz", "Nora Vale"] {
        assert!(has(&x, person, EntityClass::Person), "{person}: {:?}", names(&x));
    }
    // Near misses: a person a title names elsewhere, a title used as a verb
    // before "with", a person after a title and "with" in a meeting.
    let y = run("Former prime minister Owen Hale said the plan was sound. Owen Hale adviser Rita Moss \
        agreed. The brand will partner with Julia Banks on a new line. Chief executive Sam Ortiz met \
        with Lena Fisher on Monday.");
    for person in ["Owen Hale", "Rita Moss", "Julia Banks", "Sam Ortiz", "Lena Fisher"] {
        assert!(has(&y, person, EntityClass::Person), "{person}: {:?}", names(&y));
    }
}

#[test]
fn an_agency_in_a_dateline_with_a_colon_a_photo_credit_or_a_source_line_is_no_entity() {
    // "MUMBAI (Wirepress): …", "… file photo.JANE DOE/Wirepress", "By
    // Newsfeed/Jane Doe", "🔗Source: Wirepress": the page's credits name the
    // agency, not an organisation of the story.
    let x = run("Quellco names new chief\n\nOSLO (Kestrelwire): Quellco said on Monday it named Mara \
        Lind its chief executive.\n\nA Quellco store in Oslo is seen in this file photo.TOM HARDE/Brindlepress\n\n\
        By Vantapress/Sami Al Rudaini\n\nQuellco shares rose 3% in Oslo.\n\n\u{1f517}Source: Ostwire Agency\n");
    for credit in ["Kestrelwire", "Brindlepress", "Vantapress", "Ostwire Agency", "TOM HARDE", "Sami Al Rudaini"] {
        assert!(!named(&x, credit), "{credit}: {:?}", names(&x));
    }
    assert!(has(&x, "Quellco", EntityClass::Organization), "{:?}", names(&x));
    assert!(has(&x, "Mara Lind", EntityClass::Person), "{:?}", names(&x));
    // Near misses: a slash inside the story, a bracketed ticker before a
    // colon, an agency the story quotes.
    let y = run("Quellco names new chief\n\nQuellco Holdings (QLC): the deal closes soon. Its Oslo/Bergen route \
        opened, Quellco told Kestrelwire on Monday.\n");
    assert!(has(&y, "Quellco Holdings", EntityClass::Organization), "{:?}", names(&y));
    assert!(has(&y, "Kestrelwire", EntityClass::Organization), "{:?}", names(&y));
    assert!(has(&y, "Oslo", EntityClass::Place), "{:?}", names(&y));
}

#[test]
fn an_organisation_word_then_of_the_or_for_the_and_a_name_is_one_name() {
    // "the Organization of the Petroleum Exporting Countries", "the
    // Foundation for the National Institutes of Health": institutions named
    // with "of the" or "for the" after their organisation word.
    let x = run("Quellco joined the Foundation for the Quellish Institutes of Health last year. \
        Mara Lind heads the Institute for the Study of Brindish Labor. Tom Harde left the \
        Department of the Vantish Treasury in May. The Kestrel Council of the Ostrian Writers Association \
        approved the plan.");
    for org in [
        "Foundation for the Quellish Institutes of Health",
        "Institute for the Study of Brindish Labor",
        "Department of the Vantish Treasury",
        "Kestrel Council of the Ostrian Writers Association",
    ] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    // Near misses: a known place after "of the", lower-case words after
    // "the", a title before "of the".
    let y = run("Quellco Group of the Netherlands bought Brindco. The Fund for the first time backed \
        Vantaco. Mara Lind, chair of the Ostrian Writers Association, spoke.");
    assert!(has(&y, "Quellco Group", EntityClass::Organization), "{:?}", names(&y));
    assert!(has(&y, "Netherlands", EntityClass::Place), "{:?}", names(&y));
    assert!(has(&y, "Ostrian Writers Association", EntityClass::Organization), "{:?}", names(&y));
    for wrong in ["Fund for the", "chair of the Ostrian Writers Association"] {
        assert!(!x.entities.iter().chain(&y.entities).any(|e| e.name.starts_with(wrong)), "{wrong}: {:?}", names(&y));
    }
}

#[test]
fn a_firm_named_after_a_place_stays_whole_after_a_title_or_a_hyphen() {
    // "CEO of Bank of Ruritania", "Ruritania-Vostra Bank": an officer's
    // title "of" an institution's word "of" a known place names the
    // institution, no portfolio; a place hyphened to a word no list knows
    // and an organisation's word is one firm.
    let x = run("Quellco names new chief\n\nMara Lind will become CEO of Bank of Kenya next year. \
        Tom Harde, chairman of Bank of Quebec, spoke on Monday. Lena Ott runs Ontario-Brindle Bank. \
        Shares of Kenya-Vostra Holdings rose. The Quebec-Vantish Group Summit opened.\n");
    for org in ["Bank of Kenya", "Bank of Quebec", "Ontario-Brindle Bank", "Kenya-Vostra Holdings"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    assert!(has(&x, "Mara Lind", EntityClass::Person), "{:?}", names(&x));
    assert!(has(&x, "Tom Harde", EntityClass::Person), "{:?}", names(&x));
    // The organisation's word ends the name: a longer run is no firm of this shape.
    assert!(!x.entities.iter().any(|e| e.name == "Quebec-Vantish Group"), "{:?}", names(&x));
    // Near misses: a portfolio with no place, a place-based firm, a route
    // between two places, a place hyphened to a lower-case word.
    let y = run("Quellco names new chief\n\nMara Lind, head of Research at Quellco, spoke. \
        Kenya-based Vostra cut jobs. The Quebec-Ontario route opened. Brindco bought a Kenya-wide network.\n");
    assert!(has(&y, "Quellco", EntityClass::Organization), "{:?}", names(&y));
    assert!(has(&y, "Vostra", EntityClass::Organization), "{:?}", names(&y));
    assert!(has(&y, "Kenya", EntityClass::Place), "{:?}", names(&y));
    assert!(has(&y, "Quebec", EntityClass::Place), "{:?}", names(&y));
    for wrong in ["Research", "Kenya-based Vostra", "Quebec-Ontario"] {
        assert!(
            !y.entities.iter().any(|e| e.name == wrong && e.class == EntityClass::Organization),
            "{wrong}: {:?}",
            names(&y)
        );
    }
}

#[test]
fn a_company_form_inside_a_name_makes_it_no_person() {
    // "Halvorsen Bros Media": a company form in the middle of a name that
    // opens with a given name (which alone would make it a person's) says a
    // firm, wherever the name stands.
    let x = run("Studio deal\n\nHalvorsen Bros Media agreed to sell its film library. Shares of \
        Mara Lindqvist Inc Americas fell. Nadia Corp Holdings bought a stake in Quellby. Tom Harde, \
        chief of Peter Kessler Co Logistics, said the deal would close.\n");
    for org in ["Halvorsen Bros Media", "Nadia Corp Holdings", "Peter Kessler Co Logistics"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    for org in ["Halvorsen Bros Media", "Mara Lindqvist Inc Americas", "Mara Lindqvist Inc"] {
        assert!(!has(&x, org, EntityClass::Person), "{org}: {:?}", names(&x));
    }
    assert!(has(&x, "Tom Harde", EntityClass::Person), "{:?}", names(&x));
    // Near misses: two capitals inside a person's name may be initials; a
    // name with no company form stays a person's.
    let y = run("Board news\n\nKarl AG Weber said the board would meet. Dana Colm Reyes, a retired \
        teacher, said she was pleased.\n");
    assert!(has(&y, "Karl AG Weber", EntityClass::Person), "{:?}", names(&y));
    assert!(has(&y, "Dana Colm Reyes", EntityClass::Person), "{:?}", names(&y));
}

#[test]
fn a_known_company_a_place_and_a_company_form_name_one_unit() {
    // "Lenovo Kenya Plc", "Foxconn Mexico Group": a known company's name, a
    // known place's and a company form or group word closing the run are its
    // unit there, one organisation, not the company, a place and a firm
    // named after the place.
    let x = run("Quarterly update\n\nLenovo Kenya Plc reported higher sales on Monday. Mara Lind \
        joined Foxconn Mexico Group as finance chief. Shares of Uber Nigeria Ltd. rose 3 percent. \
        Shopify Brazil Holdings said it would hire 200 people.\n");
    for org in ["Lenovo Kenya Plc", "Foxconn Mexico Group", "Uber Nigeria Ltd", "Shopify Brazil Holdings"] {
        assert!(has(&x, org, EntityClass::Organization), "{org}: {:?}", names(&x));
    }
    for wrong in ["Kenya Plc", "Mexico Group", "Nigeria Ltd", "Brazil Holdings", "Lenovo", "Foxconn", "Uber"] {
        assert!(!named(&x, wrong), "{wrong}: {:?}", names(&x));
    }
    // Near misses: a capitalized word after the form, a word that is no
    // company form after the place, a place after "in".
    let y = run("Stadium news\n\nShopify Ghana Inc Stadium opened on Monday. Uber Kenya Marathon \
        sponsors met. Lenovo opened an office in Kenya.\n");
    assert!(has(&y, "Ghana", EntityClass::Place), "{:?}", names(&y));
    assert!(has(&y, "Kenya", EntityClass::Place), "{:?}", names(&y));
    assert!(has(&y, "Lenovo", EntityClass::Organization), "{:?}", names(&y));
    for wrong in ["Shopify Ghana Inc", "Uber Kenya Marathon"] {
        assert!(!named(&y, wrong), "{wrong}: {:?}", names(&y));
    }
}

#[test]
fn a_byline_with_its_date_after_on_and_a_photo_credit_name_no_entity() {
    // "By Jane Doe on 28/11/2017", "By Jane Doe on March 3, 2024": the byline
    // goes on to its date after "on"; "Photo credit: Jane Doe", at a line's
    // start or after a caption, credits the picture. Neither names an
    // entity of the story.
    let x = run("Quellco eyes expansion\n\nBy Tobin Feldmar on 14/02/2019\n\n\
        Quellco said on Monday it would open stores in Kenya, chief executive Ana Varga said.\n\n\
        Shoppers at a Quellco store. Photo credit: Brindle Images\n\n\
        Quellco will hire 300 people.\n\nPhoto credit: Ivo Marchetti\n");
    assert!(has(&x, "Quellco", EntityClass::Organization), "{:?}", names(&x));
    assert!(has(&x, "Ana Varga", EntityClass::Person), "{:?}", names(&x));
    for furniture in ["Tobin Feldmar", "Brindle Images", "Ivo Marchetti"] {
        assert!(!named(&x, furniture), "{furniture}: {:?}", names(&x));
    }
    let y = run("Quellco eyes expansion\n\nBy Tobin Feldmar on March 3, 2024\n\nQuellco said it would grow.\n");
    assert!(!named(&y, "Tobin Feldmar"), "{:?}", names(&y));
    // Near misses: "on" before no date in a story line; "credit" that opens
    // no credit.
    let z = run("Quellco eyes expansion\n\nQuellco was founded by Tobin Feldmar on a farm in Kenya. \
        Photo credit card maker Brindle Images said sales rose.\n");
    assert!(has(&z, "Tobin Feldmar", EntityClass::Person), "{:?}", names(&z));
    assert!(named(&z, "Brindle Images"), "{:?}", names(&z));
}

#[test]
fn products2_ranks_sums_in_a_currency_and_link_codes_are_no_products() {
    // "Tier-2 cities" is a rank, "R6.5bn" and "Sh40bn" sums in rand and
    // shillings, "t.co/Qx7Lm2Pa9K" and "[ID:nL4Kd82Xz1]" a link's and a wire
    // story's codes: none of them names a product or a model.
    let x = run("Brindco plans expansion\n\nBrindco will expand into Tier-2 to Tier-4 towns across Ostria. \
        Kestrel Foods could take on another R6.5bn of debt, its chief said. Velmar raised Sh40bn last year. \
        Watch the launch https://t.co/Qx7Lm2Pa9K\n\nProfits fell. [ID:nL4Kd82Xz1]\n\n\
        Velmar sold more of its Zeta 5 phone and the Orvo KX4090 chip.\n");
    for wrong in ["Tier-2", "Tier-4", "R6.5bn", "Sh40bn", "Qx7Lm2Pa9K", "nL4Kd82Xz1"] {
        assert!(!x.entities.iter().any(|e| e.name.contains(wrong)), "{wrong}: {:?}", names(&x));
    }
    // Near misses: names with digits beside a product noun stay products.
    assert!(has(&x, "Zeta 5", EntityClass::Product), "{:?}", names(&x));
    assert!(x.entities.iter().any(|e| e.name.contains("KX4090") && e.class == EntityClass::Product), "{:?}", names(&x));
    assert!(has(&x, "Velmar", EntityClass::Organization), "{:?}", names(&x));
}

#[test]
fn furniture_an_agency_credit_wrapped_over_lines_names_no_entity() {
    // A wire credit in brackets the page wrapped over two or three lines
    // still credits the reporters and editors: none of them is an entity of
    // the story, whatever the line the name falls on ("Torvald K." / "Brenn)").
    let x = run("Quellco buys Varnholt\n\nSANTIAGO (Wirepress) - Quellco agreed to buy Varnholt, \
        chief executive Ana Varga said.\n\n\
        (Additional reporting by Mireille Ostrand. Writing by\nDesmond Farrow. Editing by Lucian Petrakis and Torvald K.\nBrenn)\n");
    assert!(has(&x, "Quellco", EntityClass::Organization), "{:?}", names(&x));
    assert!(has(&x, "Ana Varga", EntityClass::Person), "{:?}", names(&x));
    for furniture in ["Mireille Ostrand", "Desmond Farrow", "Lucian Petrakis", "Torvald", "Brenn"] {
        assert!(!x.entities.iter().any(|e| e.name.contains(furniture)), "{furniture}: {:?}", names(&x));
    }
    let y = run("Quellco buys Varnholt\n\nQuellco agreed to buy Varnholt on Monday.\n\n\
        (Reporting by Mireille Ostrand; Editing by Lucian Petrakis and Halvard\nBrenn-Osler)\n");
    for furniture in ["Mireille Ostrand", "Lucian Petrakis", "Halvard", "Brenn-Osler"] {
        assert!(!y.entities.iter().any(|e| e.name.contains(furniture)), "{furniture}: {:?}", names(&y));
    }
    // Near misses: a bracket that opens no credit does not reach the next
    // lines, and an unclosed credit does not cross a blank line into the story.
    let z = run(
        "Quellco buys Varnholt\n\nQuellco (the grocer founded by Ana Varga\nin Ostria) agreed to buy Varnholt.\n\n\
        (Reporting by Mireille Ostrand\n\nDesmond Farrow, chief executive of Varnholt, said he welcomed the deal.\n",
    );
    assert!(has(&z, "Ana Varga", EntityClass::Person), "{:?}", names(&z));
    assert!(has(&z, "Desmond Farrow", EntityClass::Person), "{:?}", names(&z));
}

#[test]
fn services_what_the_name_lets_users_do_or_services_after_it_make_it_a_product() {
    // "X, which allows users to …": a service or an app described by what
    // it lets its users do.
    let x = run("Drovel expands its wallet\n\nDrovel Telecom said on Monday it would take Pennyline to three more countries. \
        Pennyline, which allows users to send money and pay bills from a basic handset, has 30 million customers. \
        Rival Quistra launched Tovramix in May. Tovramix, which lets subscribers stream films offline, costs $4 a month. \
        Meanwhile Halvorsen Capital, which advises customers on pensions, said it would hire 200 staff. \
        Brenwick Bank, which employs 4,000 people, opened a branch in Tarsley. \
        Quistra won a licence to roll out Zelvapay services in Ostria. \
        Kellmont Partners, a financial services firm, backed Quistra.\n");
    assert!(has(&x, "Pennyline", EntityClass::Product), "{:?}", names(&x));
    assert!(has(&x, "Tovramix", EntityClass::Product), "{:?}", names(&x));
    // "roll out X services": the plural noun after the name says it is a service.
    assert!(has(&x, "Zelvapay", EntityClass::Product), "{:?}", names(&x));
    assert!(has(&x, "Kellmont Partners", EntityClass::Organization), "{:?}", names(&x));
    // Near misses: a clause of another verb ("advises", "employs") does not make a product.
    assert!(has(&x, "Halvorsen Capital", EntityClass::Organization), "{:?}", names(&x));
    assert!(has(&x, "Brenwick Bank", EntityClass::Organization), "{:?}", names(&x));
    assert!(has(&x, "Drovel Telecom", EntityClass::Organization), "{:?}", names(&x));
}

#[test]
fn brands_a_group_lists_are_organisations_it_owns() {
    // "owns brands including X and Y", "whose brands also include X",
    // "brands such as X, Y, Z", "its banners include X": the brands of a
    // group are businesses, as news names them.
    let x = run("Harrowgate Group, which owns brands including Velmira and Corto Bianco, named a new chair. \
        Pemberly Foods, whose brands also include Snackwise and Orvale, cut prices. \
        Dravenna Motors, which owns brands such as Lussac, Oberholt, Tessaro, plans a new plant. \
        Quenlo Retail said its banners include Freshgate and Valmarket.");
    for brand in
        ["Velmira", "Corto Bianco", "Snackwise", "Orvale", "Lussac", "Oberholt", "Tessaro", "Freshgate", "Valmarket"]
    {
        assert!(has(&x, brand, EntityClass::Organization), "{brand}: {:?}", names(&x));
        assert!(!has(&x, brand, EntityClass::Product), "{brand}: {:?}", names(&x));
    }
    for (owner, brand) in [
        ("Harrowgate Group", "Velmira"),
        ("Harrowgate Group", "Corto Bianco"),
        ("Pemberly Foods", "Snackwise"),
        ("Pemberly Foods", "Orvale"),
    ] {
        assert!(crate::facts::has(&x, owner, Predicate::Owns, brand), "{brand}: {:?}", crate::facts::all(&x));
    }
    // Near misses: products, apps and franchises listed stay products.
    let y = run("Harrowgate Group sells products like Velmira and Corto Bianco. \
        Quenlo Games owns franchises such as Skyreach and Dune Rider. \
        Pemberly Labs said its apps include Snackwise and Orvale.");
    for product in ["Velmira", "Corto Bianco", "Skyreach", "Dune Rider", "Snackwise", "Orvale"] {
        assert!(has(&y, product, EntityClass::Product), "{product}: {:?}", names(&y));
    }
}

#[test]
fn lower_case_peptide_drug_names_are_products_of_their_maker() {
    // Generic names of peptide drugs end in -lintide, -patide, -trutide,
    // -dutide, as news prints them in lower case.
    let x = run("Brannock Pharma said its obesity shot velorlintide cut weight by 18% in a trial. \
        Osterby Bio will partner with Kelmar Health to co-develop Osterby's dalmapatide. \
        Analysts compared it with carvatrutide and with Feldane's sorbidutide.");
    for drug in ["velorlintide", "dalmapatide", "carvatrutide", "sorbidutide"] {
        assert!(has(&x, drug, EntityClass::Product), "{drug}: {:?}", names(&x));
    }
    assert!(crate::facts::has(&x, "Osterby Bio", Predicate::Developed, "dalmapatide"), "{:?}", crate::facts::all(&x));
    // Near misses: common words with those letters are no drugs.
    let y = run(
        "The peptide lowered blood sugar in a trial, and the riptide of demand lifted Brannock Pharma at eventide.",
    );
    for word in ["peptide", "riptide", "eventide"] {
        assert!(!named(&y, word), "{word}: {:?}", names(&y));
    }
}

#[test]
fn a_short_name_in_brackets_drawn_from_the_full_name_is_its_alias() {
    // "Full Name (Short)": the short name a company goes by, made of the
    // full name's letters in order (syllables, initials not all capitals,
    // a plural "s") or one of its later words, is an alias, no second entity.
    let x = run("Velstrom Airways (VSA) and Norhaven Mumvari Holding Company (Mumvari) signed a code-share deal \
        on Monday. Analysts said VSA would gain routes. Tarek Olsen, Mumvari's chief executive, welcomed it. \
        Anglo Meridian Vestrum Ltd (Amvests) said output rose by a tenth. Amvests shares climbed 4% in Tarsley.\n");
    for full in ["Velstrom Airways", "Norhaven Mumvari Holding Company", "Anglo Meridian Vestrum Ltd"] {
        assert!(has(&x, full, EntityClass::Organization), "{full}: {:?}", names(&x));
    }
    for short in ["VSA", "Mumvari", "Amvests"] {
        assert!(!x.entities.iter().any(|e| e.name == short), "{short} is an alias: {:?}", names(&x));
    }
    assert!(
        crate::facts::has(&x, "Tarek Olsen", Predicate::WorksFor, "Norhaven Mumvari Holding Company"),
        "{:?}",
        crate::facts::all(&x)
    );
    // Near misses: a place or another company in brackets is no short name.
    let y = run("Halvren Systems (Lisbon) opened an office. Dorvin Capital (Quellco) bought a stake in it.\n");
    assert!(has(&y, "Lisbon", EntityClass::Place), "{:?}", names(&y));
    assert!(has(&y, "Halvren Systems", EntityClass::Organization), "{:?}", names(&y));
    assert!(has(&y, "Dorvin Capital", EntityClass::Organization), "{:?}", names(&y));
}

#[test]
fn a_unit_named_with_the_acronym_leaves_the_acronym_to_the_full_name() {
    // "Korvel Motors … KM Meridia … KM": the unit's initials happen to be
    // the acronym too, but a name that begins with the acronym is named
    // after it, so "KM" is the company written in full.
    let x = run("Korvel Motors said on Tuesday it would build a plant in Tarsley. \
        KM Meridia, its local unit, will run the site. KM said the plant would open in 2027.\n");
    assert!(!x.entities.iter().any(|e| e.name == "KM"), "KM is Korvel Motors: {:?}", names(&x));
    assert!(has(&x, "Korvel Motors", EntityClass::Organization), "{:?}", names(&x));
    assert!(has(&x, "KM Meridia", EntityClass::Organization), "{:?}", names(&x));
    // Near miss: with no unit the acronym joins the full name as before.
    let y = run("Korvel Motors said on Tuesday it would build a plant. KM said the plant would open in 2027.\n");
    assert!(!y.entities.iter().any(|e| e.name == "KM"), "{:?}", names(&y));
    // Nor does a unit alone lose the acronym it is named with.
    let z = run("KM Meridia said on Tuesday it would build a plant. KM said the plant would open in 2027.\n");
    assert!(!z.entities.iter().any(|e| e.name == "KM"), "{:?}", names(&z));
}

#[test]
fn a_headline_printed_twice_is_still_the_headline() {
    // A page that prints its title twice: the short name of the second
    // copy is the headline's, not a first mention in the story that would
    // make the long name a unit of it.
    let x = run("Travona Reports Profit, Rise in Listeners\n\nTravona Reports Profit, Rise in Listeners\n\n\
        Travona Music Group AB posted a profit for the third quarter as the streaming company added subscribers. \
        Travona said revenue rose 21%.\n");
    assert!(has(&x, "Travona Music Group AB", EntityClass::Organization), "{:?}", names(&x));
    assert!(!x.entities.iter().any(|e| e.name == "Travona"), "Travona is the group: {:?}", names(&x));
    // Near miss: a story sentence naming the short name first still tells a parent from its unit.
    let y = run("Travona expands\n\nTravona said on Monday it had set up a unit. \
        Travona Music Group AB will sell records.\n");
    assert!(y.entities.iter().any(|e| e.name == "Travona"), "{:?}", names(&y));
}

#[test]
fn a_headline_only_name_of_a_story_name_and_headline_words_is_the_story_name() {
    // Words only the headline writes after a name the story writes ("Dorvane
    // Brazil assets", "Quellby AI Japan unicorn"), or words the story writes
    // in lower case ("Cobalt Mining", "Gas-Fired Plants"), make no name.
    let x = run("Varnholt hopes to clinch deal for Dorvane Brazil assets\n\n\
        Varnholt said on Thursday that its purchase of Dorvane's stake in a fertilizer maker would close soon. \
        Dorvane declined to comment.\n");
    assert!(!x.entities.iter().any(|e| e.name == "Dorvane Brazil"), "{:?}", names(&x));
    assert!(has(&x, "Dorvane", EntityClass::Organization), "{:?}", names(&x));
    let y = run("Quellco Expands into Cobalt Mining with Chilean Deal\n\n\
        Quellco agreed to buy a cobalt mining firm in Chile for $300 million, the company said.\n");
    assert!(!y.entities.iter().any(|e| e.name.contains("Cobalt")), "{:?}", names(&y));
    let z = run("Halvren Finalizes Deal to Sell Mexico Gas-Fired Plants\n\n\
        Halvren Energia sold four gas-fired plants in Mexico to a fund run by Tessaly Capital.\n");
    assert!(!z.entities.iter().any(|e| e.name.contains("Gas-Fired")), "{:?}", names(&z));
    assert!(has(&z, "Mexico", EntityClass::Place), "{:?}", names(&z));
    // Near misses: the headline's short form of a longer story name, a name
    // ending in a company word, and a name the story writes, stay names.
    let w = run("Former minister to chair Korvel NZ\n\n\
        Korvel New Zealand chair Ana Varga will step down next year, Korvel said.\n");
    assert!(
        w.entities.iter().any(|e| e.name == "Korvel NZ" || e.aliases.iter().any(|a| a == "Korvel NZ")),
        "{:?}",
        names(&w)
    );
    let v = run(
        "Deals in brief: Tessaly Ventures backs a grocer\n\nThe fund led a $5 million round in Brenwick, a grocer.\n",
    );
    assert!(has(&v, "Tessaly Ventures", EntityClass::Organization), "{:?}", names(&v));
}

#[test]
fn sector_and_chip_words_name_no_organisation() {
    // Generic words of a sector or a technology ("FinTech veteran", "NAND
    // flash", "automotive IC", "rhymes with ATM", "a CXO luncheon",
    // "regions for eCommerce") are no companies.
    let x = run("Brenwick hired FinTech veteran Ana Varga from Mexican FinTech company Quellpay on Monday. \
        Sales of its NAND flash memory and automotive IC products rose, Varnholt said. \
        The brand, which rhymes with ATM, was launched at Brenwick's CXO luncheon in Davos. \
        \"It is one of the most promising regions for eCommerce globally,\" said Tomas Erling, a Brenwick director.\n");
    for generic in ["FinTech", "NAND", "IC", "ATM", "CXO", "eCommerce"] {
        assert!(!x.entities.iter().any(|e| e.name == generic), "{generic}: {:?}", names(&x));
    }
    assert!(has(&x, "Quellpay", EntityClass::Organization), "{:?}", names(&x));
    assert!(has(&x, "Ana Varga", EntityClass::Person), "{:?}", names(&x));
    assert!(has(&x, "Brenwick", EntityClass::Organization), "{:?}", names(&x));
}

#[test]
fn capitals_opening_a_list_or_an_interview_label_are_no_dateline_place() {
    // "ZENTRIX, Quellco and Brenwick are among …": capitals and a comma
    // that run on into a sentence open a list of names; "JANE DOE:" opening
    // several paragraphs labels an interview's speakers. Neither is a dateline.
    let x = run("Rivals object to Tarrow plan\n\nKORVELL, Quellco and Brenwick are among 20 companies that oppose \
        Tarrow's plan to buy its mobile arm, the regulator said.\n");
    assert!(
        !x.entities.iter().any(|e| e.class == EntityClass::Place && e.name.to_lowercase() == "korvell"),
        "{:?}",
        names(&x)
    );
    let y = run("Talking payments with Ravi Dorvalo\n\nRavi Dorvalo founded Quellpay in 2010.\n\n\
        MIRA SENNET: What led you to digital payments?\n\n\
        RAVI DORVALO: I grew up in a small town where cash was king.\n");
    for label in ["Mira Sennet", "MIRA SENNET", "Dorvalo", "RAVI DORVALO"] {
        assert!(
            !y.entities.iter().any(|e| e.class == EntityClass::Place && e.name == label),
            "{label}: {:?}",
            names(&y)
        );
    }
    // Near misses: datelines of places no list knows stay places.
    let z = run("Quellco hires\n\nVELMORA, Ostrelia — Quellco said on Monday it would hire 300 staff.\n");
    assert!(has(&z, "VELMORA", EntityClass::Place), "{:?}", names(&z));
    let w = run("Quellco hires\n\nVELMORA, May 3 (Wirepress) - Quellco said on Monday it would hire 300 staff.\n");
    assert!(has(&w, "VELMORA", EntityClass::Place), "{:?}", names(&w));
}

#[test]
fn a_company_met_alone_before_a_product_ending_with_its_name_stays_the_company() {
    // "Zelvo's Series B … Zelvo launched Pago Rapido Zelvo": a company that
    // names its product after itself is not the product's short form when
    // the article uses its name alone (as a company's) before the product's.
    let x = run("Brannick leads round in wallet maker Zelvo\n\n\
        Brannick Capital said on Tuesday it invested $40 million in Zelvo. \
        Zelvo's Series B round is joined by Quorra Bank. \
        In May, Zelvo launched Pago Rapido Zelvo, a payment service for small shops. \
        Shares of Tarsen rose 5% on Friday. Last year Tarsen rolled out Cuenta Facil Tarsen, an app for savers.\n");
    assert!(has(&x, "Zelvo", EntityClass::Organization), "{:?}", x.entities);
    assert!(x.entities.iter().any(|e| e.name == "Pago Rapido Zelvo" && !e.aliases.iter().any(|a| a == "Zelvo")));
    assert!(has(&x, "Tarsen", EntityClass::Organization), "{:?}", x.entities);
    // Near miss: a product named first and then by its last word alone is
    // one product ("Halvo Tempra … Tempra sales").
    let y = run("Quistra sells more phones\n\nQuistra unveiled the Halvo Tempra phone in March. \
        Quistra said Tempra sales rose 40% in the quarter.\n");
    assert!(
        y.entities.iter().any(|e| e.name == "Halvo Tempra" && e.aliases.iter().any(|a| a == "Tempra")),
        "{:?}",
        y.entities
    );
}

#[test]
fn a_lone_name_opening_a_sentence_with_a_company_act_is_a_company() {
    // A company named once, as the subject of a company's act at the start
    // of a sentence: "has struck deals", ", which owns …", "also operates".
    let x = run("Drug makers chase deals\n\nBrannoch has struck two multi-billion dollar deals since November. \
        Plessard, which owns three factories in the country, declined to comment. \
        Ostrana also operates a chain of clinics in the north. \
        Kestrova acquired a stake in a lab last year. \
        Velquist has signed a supply agreement with the ministry.\n");
    for company in ["Brannoch", "Plessard", "Ostrana", "Kestrova", "Velquist"] {
        assert!(has(&x, company, EntityClass::Organization), "{company}: {:?}", names(&x));
    }
    // Near misses: a plural before a verb in the past tense ("Regulators
    // struck"), a contraction, a given name, and a verb of no company act.
    let y = run("Rules change\n\nRegulators struck down the rule on Monday. \
        We’ve announced deals with three airlines this year. \
        Brandon signed the letter too. \
        Marlowe walked to the station.\n");
    for word in ["Regulators", "We’ve", "Marlowe"] {
        assert!(!named(&y, word), "{word}: {:?}", names(&y));
    }
    assert!(!has(&y, "Brandon", EntityClass::Organization), "{:?}", names(&y));
}

#[test]
fn a_list_after_include_names_what_the_sentence_s_plural_subject_is() {
    // "Investors who … include A, B and C": the list after "include" names
    // what the sentence's subject, a plural noun of businesses, is, however
    // far the verb stands from it.
    let x =
        run("Quellby changes hands\n\nInvestors who sold their stakes in Quellby include Brenvik, Tarsa and Olvane. \
        Its backers included Morrath and Pellisk. \
        Rivals in the region include Zandor and Kelvik. \
        Two regional operators, Drovasa and Quintel, plan to merge.\n");
    for company in ["Brenvik", "Tarsa", "Olvane", "Morrath", "Pellisk", "Zandor", "Kelvik", "Drovasa", "Quintel"] {
        assert!(has(&x, company, EntityClass::Organization), "{company}: {:?}", names(&x));
    }
    // Near misses: a subject that is no noun of businesses ("Highlights"), a
    // clause set off by a comma before the verb, and people listed stay people.
    let y = run("Quellby changes hands\n\nHighlights of the show include Drummel and Ostravo. \
        Investors said on Monday, after the vote, that the winners include Varnossa and Pelquin. \
        Investors who sold their stakes include Maria Lopez and Tom Becker. \
        Investors who left include Harbor Internet and Quellnet.\n");
    // "Harbor" of "Harbor Internet" is a name cut short, no company.
    for word in ["Drummel", "Ostravo", "Varnossa", "Pelquin", "Harbor"] {
        assert!(!has(&y, word, EntityClass::Organization), "{word}: {:?}", names(&y));
    }
    assert!(has(&y, "Maria Lopez", EntityClass::Person), "{:?}", names(&y));
}

#[test]
fn a_company_form_with_its_full_stop_inside_a_name_does_not_end_it() {
    let x = run("Harlow Bros. Media closes its merger\n\n\
        Harlow Bros. Media completed its merger with Quellby Studios on Friday. \
        Harlow Bros. Media chief executive Ana Pell said the deal doubles its library. \
        The studio was long known as Tessing Bros. The brothers sold it in 1990. \
        Warren Bros. Pictures, a rival, said nothing.\n");
    assert!(has(&x, "Harlow Bros. Media", EntityClass::Organization), "{:?}", names(&x));
    assert!(!named(&x, "Media"), "{:?}", names(&x));
    // Opening with a given name, it is still a firm's name.
    assert!(has(&x, "Warren Bros. Pictures", EntityClass::Organization), "{:?}", names(&x));
    // A sentence after the form's full stop is no part of the name.
    assert!(names(&x).iter().all(|(n, _)| !n.contains("Bros. The")), "{:?}", names(&x));
    assert!(
        crate::facts::has(&x, "Ana Pell", Predicate::WorksFor, "Harlow Bros. Media"),
        "{:?}",
        crate::facts::all(&x)
    );
}

#[test]
fn a_company_opening_with_a_given_name_is_one_when_a_stake_is_bought_in_it() {
    let t = "Brindle Capital bought a 20% stake in Nora Quill last year. Orvane Labs agreed to buy a \
        6 percent stake in Norway's Dana Vessel from Kestrel Group. Velmora Foods sold its stakes in \
        South Korea's Gwen Harbor in March.";
    let x = run(t);
    for name in ["Nora Quill", "Dana Vessel", "Gwen Harbor"] {
        assert!(has(&x, name, EntityClass::Organization), "{name}: {:?}", names(&x));
        assert!(!has(&x, name, EntityClass::Person), "{name}: {:?}", names(&x));
    }
    // Near misses: a person beside a stake, a place's person, a stake in a person's firm.
    let y = run("Tomas Verhoek bought a stake in Orvane Labs. Norway's Maja Lindqvist joined Brindle \
        Capital. Kestrel Group took a stake in Edwin Marlowe's startup.");
    for name in ["Tomas Verhoek", "Maja Lindqvist", "Edwin Marlowe"] {
        assert!(has(&y, name, EntityClass::Person), "{name}: {:?}", names(&y));
    }
}
