//! Quotation attribution on invented news sentences: how real articles
//! spread, introduce and attribute quotes.

use newsgraph::{extract, Extraction, Resources};

fn said(t: &str) -> Vec<(String, String)> {
    let x: Extraction = extract(t, &Resources::embedded());
    x.quotes.iter().map(|q| (x.entities[q.speaker].name.clone(), q.text.clone())).collect()
}

fn has(said: &[(String, String)], who: &str, what: &str) -> bool {
    said.iter().any(|(s, q)| s == who && q == what)
}

#[test]
fn a_paragraph_that_is_only_a_quotation_continues_the_last_speaker() {
    let t = "Brennor Robotics will buy Quillon for $40 million.\n\n\
             \u{201c}The deal doubles our factory space,\u{201d} said Oskar Lindqvist.\n\n\
             \u{201c}We will hire two hundred engineers in Lisbon next year and double the size of the plant.\u{201d}\n\n\
             \u{201c}Nobody should expect prices to fall,\u{201d} Mara Okafor, an analyst at Veltra Partners, said.\n\n\
             Quillon makes sensors.\n\n\
             \u{201c}This paragraph has no speaker of its own and follows no quotation.\u{201d}";
    let said = said(t);
    assert!(
        has(
            &said,
            "Oskar Lindqvist",
            "We will hire two hundred engineers in Lisbon next year and double the size of the plant."
        ),
        "{said:#?}"
    );
    assert!(has(&said, "Mara Okafor", "Nobody should expect prices to fall"), "a new speaker wins: {said:#?}");
    assert!(said.iter().all(|(_, q)| !q.starts_with("This paragraph")), "{said:#?}");
    assert_eq!(said.len(), 3, "{said:#?}");
}

#[test]
fn a_statement_left_open_at_a_paragraph_end_goes_on_in_the_next() {
    let t = "Helixor Labs was sold on Monday.\n\n\
             Helixor co-founder Tobiah Quenneville said: \"This is a great day for our team and for the people who backed us.\n\n\
             \"Our customers will see faster chips within a year, and the price will not change.\"\n\n\
             Zentrix Labs declined to comment.";
    let said = said(t);
    assert!(
        has(&said, "Tobiah Quenneville", "This is a great day for our team and for the people who backed us."),
        "{said:#?}"
    );
    assert!(
        has(
            &said,
            "Tobiah Quenneville",
            "Our customers will see faster chips within a year, and the price will not change."
        ),
        "{said:#?}"
    );
    assert_eq!(said.len(), 2, "{said:#?}");
}

#[test]
fn a_speaker_introduced_with_a_colon_before_a_new_paragraph() {
    let t = "Orvane Robotics chairman Piet Zwanenburg said:\n\n\u{201c}We have never had a better quarter in our history.\u{201d}";
    assert_eq!(
        said(t),
        [("Piet Zwanenburg".to_string(), "We have never had a better quarter in our history.".to_string())]
    );
}

#[test]
fn the_company_and_it_speak_for_the_organisation_the_text_is_about() {
    let t = "Zentrix Labs is getting closer to Nimbus Cloud. The startup today announced in a blog post that it \
             will license its models to Nimbus Cloud in exchange for \u{201c}more money to keep growing and building robots.\u{201d}\n\n\
             Mara Okafor will lead the team. \u{201c}We are excited for what comes next,\u{201d} the company said in the blog post.\n\n\
             But it said in its blog post that \u{201c}the market has shifted\u{201d} in recent years.";
    let said = said(t);
    assert!(has(&said, "Zentrix Labs", "more money to keep growing and building robots."), "{said:#?}");
    assert!(has(&said, "Zentrix Labs", "We are excited for what comes next"), "not Mara Okafor: {said:#?}");
    assert!(has(&said, "Zentrix Labs", "the market has shifted"), "{said:#?}");
    assert_eq!(said.len(), 3, "{said:#?}");
}

#[test]
fn an_organisation_named_inside_the_quote_is_not_the_company() {
    let t = "Helga Marsk runs a bakery in Oslo.\n\n\
             \u{201c}We are glad to work with Zentrix Labs on this,\u{201d} the company said.";
    assert!(said(t).is_empty(), "{:?}", said(t));
}

#[test]
fn an_honorific_full_stop_does_not_end_the_attribution() {
    let t = "Hans Brenner runs Zentrix Labs. \u{201c}Demand for robots keeps growing in every region,\u{201d} Mr. Brenner said.";
    assert_eq!(said(t), [("Hans Brenner".to_string(), "Demand for robots keeps growing in every region".to_string())]);
}

#[test]
fn the_listener_of_told_is_not_the_speaker() {
    let t = "\u{201c}We will not sell the company to anyone,\u{201d} Mara Okafor told Veltra News in an interview.";
    assert_eq!(said(t), [("Mara Okafor".to_string(), "We will not sell the company to anyone".to_string())]);
}

#[test]
fn a_post_by_an_author_is_the_author_s_words_and_the_organisation_s() {
    let t = "Tobiah Quenneville joined Zentrix Labs to lead a team with a focus \u{201c}on building robots for \
             every warehouse,\u{201d} according to a Zentrix Labs blog post Monday written by chief executive Mara Okafor.";
    let said = said(t);
    assert!(has(&said, "Mara Okafor", "on building robots for every warehouse"), "{said:#?}");
    assert!(has(&said, "Zentrix Labs", "on building robots for every warehouse"), "{said:#?}");
}

#[test]
fn partial_quotations_after_said_that_and_said_it_would() {
    let t = "Mara Okafor said the market would \u{201c}grow fast\u{201d} this year. \
             Tobiah Quenneville said in an interview that \u{201c}nothing has changed\u{201d} since May. \
             Helga Marsk once mentioned the \u{201c}robot tax\u{201d} at a dinner.";
    let said = said(t);
    assert!(has(&said, "Mara Okafor", "grow fast"), "{said:#?}");
    assert!(has(&said, "Tobiah Quenneville", "nothing has changed"), "{said:#?}");
    assert!(said.iter().all(|(_, q)| q != "robot tax"), "{said:#?}");
}

#[test]
fn a_speaker_after_a_determiner_and_adjectives() {
    let t = "Brennor Robotics president Oskar Lindqvist met investors in Oslo.\n\n\
             \u{201c}I was not convinced that it would work at all,\u{201d} a visibly tired Lindqvist said.";
    assert_eq!(said(t), [("Oskar Lindqvist".to_string(), "I was not convinced that it would work at all".to_string())]);
}

#[test]
fn a_person_who_calls_or_describes_something_in_quotes_says_it() {
    let t = "In a statement, Helga Marsk called Zentrix Labs \u{201c}a danger to every open market.\u{201d} \
             Anna Lindqvist, who founded Nimbus Labs in 2019 with Maria Sten, said it was not for sale. \
             She described a report that Veltra Partners had approached Nimbus Labs as \u{201c}simply wrong\u{201d}. \
             Zentrix Labs called its new robot \u{201c}the Vorta Pro\u{201d} at the launch.";
    let said = said(t);
    assert!(has(&said, "Helga Marsk", "a danger to every open market."), "{said:#?}");
    assert!(has(&said, "Anna Lindqvist", "simply wrong"), "the sentence subject, not the last name: {said:#?}");
    assert!(said.iter().all(|(_, q)| q != "the Vorta Pro"), "a company naming a product: {said:#?}");
}

#[test]
fn statements_posts_blogs_additions_and_interviews_attribute() {
    let t = "Zentrix Labs Buys Nimbus\n\n\
             Zentrix Labs bought Nimbus Labs on Monday, chief executive Helga Marsk said.\n\n\
             \u{201c}We are glad to welcome the Nimbus team today,\u{201d} Zentrix Labs said in a statement.\n\n\
             Marsk wrote on LinkedIn: \u{201c}This is the best day of my working life.\u{201d}\n\n\
             \u{201c}Nobody at Nimbus will lose a job,\u{201d} Marsk posted on X. \u{201c}We need every one of them,\u{201d} she added.\n\n\
             The deal will \u{201c}change the robot market for good,\u{201d} Nimbus Labs said in a blog post.\n\n\
             \u{201c}Prices will rise for every buyer,\u{201d} Hans Brenner, an analyst, told Veltra News.";
    let said = said(t);
    let expect = [
        ("Zentrix Labs", "We are glad to welcome the Nimbus team today"),
        ("Helga Marsk", "This is the best day of my working life."),
        ("Helga Marsk", "Nobody at Nimbus will lose a job"),
        ("Helga Marsk", "We need every one of them"),
        ("Nimbus Labs", "change the robot market for good"),
        ("Hans Brenner", "Prices will rise for every buyer"),
    ];
    for (who, what) in expect {
        assert!(has(&said, who, what), "{who}: {what}\n{said:#?}");
    }
    assert_eq!(said.len(), expect.len(), "{said:#?}");
}

#[test]
fn a_job_title_between_said_and_the_name() {
    let t = "\u{201c}Our results speak for themselves this year,\u{201d} said chairman Oskar Lindqvist.\n\n\
             \u{201c}Nobody expected the plant to open so soon,\u{201d} said former chief executive Mara Okafor.";
    let said = said(t);
    assert!(has(&said, "Oskar Lindqvist", "Our results speak for themselves this year"), "{said:#?}");
    assert!(has(&said, "Mara Okafor", "Nobody expected the plant to open so soon"), "{said:#?}");
    assert_eq!(said.len(), 2, "{said:#?}");
}

#[test]
fn he_said_means_the_person_the_last_sentence_reports() {
    let t = "Zentrix Labs named a new chief executive.\n\n\
             Although Hans Brenner is stepping down as chief executive, he will stay involved in the company, \
             said Oskar Lindqvist, managing director of Veltra Partners.\n\n\
             \u{201c}I think the company will continue to do well,\u{201d} he said. \
             \u{201c}He would not leave if he did not trust his managers.\u{201d}";
    let said = said(t);
    assert!(has(&said, "Oskar Lindqvist", "I think the company will continue to do well"), "{said:#?}");
    assert!(has(&said, "Oskar Lindqvist", "He would not leave if he did not trust his managers."), "{said:#?}");
    assert!(said.iter().all(|(s, _)| s != "Hans Brenner"), "{said:#?}");
}

#[test]
fn he_said_means_the_subject_after_an_opening_clause_not_a_possessive() {
    let t = "Brennor Media hired Oskar Lindqvist as chief executive.\n\n\
             While remaining guarded about his plans, Mr Lindqvist suggested he would like more dramas \
             such as Hans Brenner's Nordic Tales.\n\n\
             \u{201c}This is a moment in which bold programmes really break through,\u{201d} he said.";
    assert_eq!(
        said(t),
        [("Oskar Lindqvist".to_string(), "This is a moment in which bold programmes really break through".to_string())]
    );
}

#[test]
fn a_statement_named_only_in_its_last_paragraph_is_the_speaker_s_throughout() {
    let t = "Brennor Robotics bought a stake in Quillon.\n\n\
             \u{201c}As the market grows, it becomes clear that a few fast makers will lead it.\n\n\
             \u{201c}We feel it is the right time to back Quillon and its team,\u{201d} said Brennor chief executive Oskar Lindqvist.\n\n\
             Quillon makes sensors.\n\n\
             \u{201c}Nobody has claimed this paragraph, which stays open.\n\n\
             Quillon sells them in Lisbon.";
    let said = said(t);
    assert!(
        has(&said, "Oskar Lindqvist", "As the market grows, it becomes clear that a few fast makers will lead it."),
        "{said:#?}"
    );
    assert!(has(&said, "Oskar Lindqvist", "We feel it is the right time to back Quillon and its team"), "{said:#?}");
    assert_eq!(said.len(), 2, "{said:#?}");
}

#[test]
fn a_short_quotation_inside_the_clause_a_speaker_reports() {
    let t = "Mara Okafor said she expects the new managers to be \u{201c}better equipped\u{201d} to run the company. \
             Oskar Lindqvist said the plan was ready, and the \u{201c}robot tax\u{201d} would be dropped.";
    let said = said(t);
    assert!(has(&said, "Mara Okafor", "better equipped"), "{said:#?}");
    assert!(said.iter().all(|(_, q)| q != "robot tax"), "past a comma: {said:#?}");
}

#[test]
fn a_person_before_said_speaks_though_the_company_follows_the_verb() {
    let q = said(
        "Brennor Robotics bought Quillon. Dana Whitfield said the company \u{201c}will grow fast\u{201d} next year.",
    );
    assert!(has(&q, "Dana Whitfield", "will grow fast"), "{q:?}");
    assert!(!q.iter().any(|(s, _)| s != "Dana Whitfield"), "{q:?}");
}

#[test]
fn after_said_an_organisation_s_stacked_title_introduces_the_speaker() {
    let q = said(
        "\u{201c}We keep investing here,\u{201d} said Brennor Robotics vice chairman and chief executive \
                  officer (CEO) Marta Quill.",
    );
    assert!(has(&q, "Marta Quill", "We keep investing here"), "{q:?}");
    assert!(!has(&q, "Brennor Robotics", "We keep investing here"), "{q:?}");
}

#[test]
fn a_company_statement_speaks_for_the_company_in_focus() {
    let t = "Brennor Robotics names a new chief\n\n\
             Brennor Robotics said on Monday that its chief executive would leave.\n\n\
             \"After five years leading the company, he has decided to step down,\" said a company statement.\n\n\
             \"The company will keep building robots for farms and factories,\" the statement noted.";
    let said = said(t);
    assert!(
        has(&said, "Brennor Robotics", "After five years leading the company, he has decided to step down"),
        "{said:#?}"
    );
    assert!(
        has(&said, "Brennor Robotics", "The company will keep building robots for farms and factories"),
        "{said:#?}"
    );
}

#[test]
fn a_speaker_after_words_that_describe_him_or_after_his_title_alone() {
    let t = "Quillon is here to stay, says Quillon VP Oskar Lindqvist\n\n\
             \u{201c}Our country is an important market for us,\u{201d} announced a rather emotional Oskar Lindqvist at the launch.\n\n\
             Quillon showed two phones.\n\n\
             \u{201c}We are bringing the new phone here within a month,\u{201d} said the Quillon VP to the audience.";
    let said = said(t);
    assert!(has(&said, "Oskar Lindqvist", "Our country is an important market for us"), "{said:#?}");
    assert!(has(&said, "Oskar Lindqvist", "We are bringing the new phone here within a month"), "{said:#?}");
    assert!(said.iter().all(|(s, _)| s != "Quillon"), "{said:#?}");
}

#[test]
fn a_person_named_with_an_age_speaks() {
    let t = "Gamers queue for a console\n\n\
             Tavish Orlanu, 30, who queued since Monday, said: \u{201c}I cannot wait to play it at home tonight.\u{201d}\n\n\
             \u{201c}It is fast and easy to play,\u{201d} said Kesh, who brought his own chair.\n\n\
             He came with his son, Kesh, 19, to take first place in the line.";
    let said = said(t);
    assert!(has(&said, "Tavish Orlanu", "I cannot wait to play it at home tonight."), "{said:#?}");
    assert!(has(&said, "Kesh", "It is fast and easy to play"), "{said:#?}");
}

#[test]
fn expressed_attributes_a_quote() {
    let t = "Velmora founder steps back\n\n\
             Mara Okafor, who founded Velmora in 1999, is stepping back.\n\n\
             \"When I turned 30, I thought I would step back at 40. It was time to decide,\" she expressed.";
    let said = said(t);
    assert!(
        has(&said, "Mara Okafor", "When I turned 30, I thought I would step back at 40. It was time to decide"),
        "{said:#?}"
    );
}

#[test]
fn a_short_quotation_after_calling_it_belongs_to_the_main_clause_s_speaker() {
    let said = said(
        "Calling it a \u{201c}remarkable engineering feat,\u{201d} Brindle Systems chief executive Tomas Halvorsen \
         said the chip would ship soon.",
    );
    assert!(has(&said, "Tomas Halvorsen", "remarkable engineering feat"), "{said:#?}");
}

#[test]
fn partial_quotations_after_underscored_and_hinted_at() {
    let said = said(
        "Tomas Halvorsen runs Brindle Systems.\n\nIn an interview, Halvorsen underscored how the group aims to \
         keep its \"cost discipline\" in the market.\n\nLater, Halvorsen hinted at \"bigger ambitions\" for the company.",
    );
    assert!(has(&said, "Tomas Halvorsen", "cost discipline"), "{said:#?}");
    assert!(has(&said, "Tomas Halvorsen", "bigger ambitions"), "{said:#?}");
}

#[test]
fn a_quotation_paragraph_after_reported_speech_is_the_reporter_s_subject_s() {
    let said = said(
        "Petra Lindqvist runs Orvane Power.\n\nLindqvist said the main problems she faced were regulatory.\n\n\
         \u{201c}Our biggest challenge is the power grid, particularly as we have many sites.\u{201d}\n\n\
         Orvane Power makes turbines.\n\n\u{201c}Nobody has claimed this paragraph of words.\u{201d}",
    );
    assert!(
        has(&said, "Petra Lindqvist", "Our biggest challenge is the power grid, particularly as we have many sites."),
        "{said:#?}"
    );
    assert_eq!(said.len(), 1, "{said:#?}");
}

#[test]
fn a_person_named_as_a_possessor_does_not_speak() {
    let said = said(
        "Mara Okafor won the election.\n\nOkafor's government warned in a statement that \"this merger could \
         leave most of the market in the hands of one group.\"",
    );
    assert!(said.iter().all(|(s, _)| s != "Mara Okafor"), "{said:#?}");
}

#[test]
fn a_surname_that_is_also_a_given_name_says_nothing_of_gender() {
    // "Lin" is a woman's given name in the lexicon; here it is the family name.
    let said = said(
        "Brindle Systems chief Casey Lin shook hands with Peter Lindqvist.\n\n\
         Zentrix CEO Casey Lin said at a conference that he \u{201c}got the point.\u{201d}\n\n\
         Asked about data, he said, \u{201c}our customers keep their data at home, and nobody else sees it.\u{201d}",
    );
    assert!(has(&said, "Casey Lin", "our customers keep their data at home, and nobody else sees it."), "{said:#?}");
}

#[test]
fn a_person_whose_appositive_ends_in_an_employer_speaks() {
    let said = said(
        "\u{201c}The center of robotics is not Boston. It is Lyon,\u{201d} Tomas Halvorsen, head of ventures at \
         Zentrix Capital said on Wednesday.",
    );
    assert!(has(&said, "Tomas Halvorsen", "The center of robotics is not Boston. It is Lyon"), "{said:#?}");
    assert!(said.iter().all(|(s, _)| s != "Zentrix Capital"), "{said:#?}");
}

#[test]
fn a_verb_before_an_earlier_quotation_introduces_the_next_in_its_sentence() {
    let said = said(
        "Brindle Systems sells robots.\n\nBrindle chief executive Tomas Halvorsen said that the group is \
         \u{201c}ready for a bigger market,\u{201d} and that \u{201c}nobody else can build these machines so fast\u{201d}.\n\n\
         In an interview, Halvorsen underscored how the group aims to keep its \u{201c}cost discipline\u{201d} \
         and its engineering edge to reach a \u{201c}sweet spot\u{201d} in Europe.",
    );
    assert!(has(&said, "Tomas Halvorsen", "ready for a bigger market"), "{said:#?}");
    assert!(has(&said, "Tomas Halvorsen", "nobody else can build these machines so fast"), "{said:#?}");
    assert!(has(&said, "Tomas Halvorsen", "sweet spot"), "{said:#?}");
}

#[test]
fn a_curly_mark_against_its_direction_reads_by_its_spacing() {
    // A closing mark that opens ("is ”very proud…”"), and German marks „…“
    // whose second one has the shape of an English opening mark.
    let said = said(
        "Oskar Lindqvist said the company is \u{201d}very proud to open the plant in Lisbon,\u{201d} on Monday.\n\n\
         Mara Okafor said Veltra Partners wants to be a \u{201e}bridge between the two markets\u{201c} for its clients.",
    );
    assert!(has(&said, "Oskar Lindqvist", "very proud to open the plant in Lisbon"), "{said:#?}");
    assert!(has(&said, "Mara Okafor", "bridge between the two markets"), "{said:#?}");
}

#[test]
fn a_quotation_whose_closing_mark_was_forgotten_runs_to_its_paragraph_s_end() {
    let said = said(
        "Brindle Systems bought Quillon on Monday.\n\n\
         Oskar Lindqvist, chairman of Brindle Systems, stated: \u{201c}This deal is good for our engineers. \
         We know Quillon very well.\n\n\
         Quillon makes sensors for 12\" screens and the deal closes in May.",
    );
    assert!(
        has(&said, "Oskar Lindqvist", "This deal is good for our engineers. We know Quillon very well."),
        "{said:#?}"
    );
    assert_eq!(said.len(), 1, "the inch sign opens nothing: {said:#?}");
}

#[test]
fn every_name_listed_before_the_verb_says_the_words() {
    let said = said(
        "Brindle Systems and Quillon Labs said the agreement covers \"a decade of joint work on sensors\".\n\n\
         According to the joint statement from Oskar Lindqvist (chief executive of Brindle Systems), \
         Mara Okafor (chair of Quillon Labs), and Tomas Halvorsen (president of Veltra Partners): \
         \u{201c}Together we will build the best sensors in Europe.\u{201d}\n\n\
         \u{201c}The price is fair,\u{201d} said Petra Lindgren, an analyst who covers Brindle Systems and Quillon Labs.",
    );
    for who in ["Brindle Systems", "Quillon Labs"] {
        assert!(has(&said, who, "a decade of joint work on sensors"), "{who}: {said:#?}");
    }
    for who in ["Oskar Lindqvist", "Mara Okafor", "Tomas Halvorsen"] {
        assert!(has(&said, who, "Together we will build the best sensors in Europe."), "{who}: {said:#?}");
    }
    let fair: Vec<_> = said.iter().filter(|(_, q)| q == "The price is fair").collect();
    assert_eq!(fair.len(), 1, "the analyst alone: {said:#?}");
}

#[test]
fn the_person_after_stacked_capitalized_titles_speaks() {
    let t = "Orvane Robotics bought a plant.\n\n\
             \u{201c}The plant fits our growth plan,\u{201d} said Orvane Robotics Chair, President and CEO Ilse Marchetti.";
    let said = said(t);
    assert!(has(&said, "Ilse Marchetti", "The plant fits our growth plan"), "{said:#?}");
    assert!(said.iter().all(|(who, _)| who != "Orvane Robotics"), "{said:#?}");
}

#[test]
fn single_quotation_marks_pair_past_the_apostrophes_inside() {
    let t = "Brennor Robotics will buy Quillon.\n\n\
             'Quillon's growth is real and we've seen it,' said Oskar Lindqvist, chief executive of Brennor.\n\n\
             \u{2018}The investors' money is safe with Brennor\u{2019}s team,\u{2019} Mara Okafor said.";
    let said = said(t);
    assert!(has(&said, "Oskar Lindqvist", "Quillon's growth is real and we've seen it"), "{said:#?}");
    assert!(has(&said, "Mara Okafor", "The investors' money is safe with Brennor\u{2019}s team"), "{said:#?}");
}

#[test]
fn a_person_after_a_described_title_speaks() {
    let t = "Orvane Robotics bought a plant in Lyon.\n\n\
             \u{201c}The plant fits the long-term demand,\u{201d} said Lisbon mining consultant Ilse Marchetti.\n\n\
             \u{201c}Orvane has been a strong and careful buyer,\u{201d} said chairman and top shareholder Tomas Halvorsen.";
    let said = said(t);
    assert!(has(&said, "Ilse Marchetti", "The plant fits the long-term demand"), "{said:#?}");
    assert!(has(&said, "Tomas Halvorsen", "Orvane has been a strong and careful buyer"), "{said:#?}");
}

#[test]
fn a_person_after_a_title_of_an_organisation_speaks() {
    let t = "Kestrel Systems is working with Orvane Holdings and the Brindle Group on data centres.\n\n\
             \u{201c}This platform will be a catalyst for new services,\u{201d} said Chairman of Orvane Holdings Tomas Lindqvist, adding that the group wants wide access.\n\n\
             \u{201c}Every company must prepare for this trend,\u{201d} said Chief Executive of Brindle Group Marta Okafor.\n\n\
             \u{201c}The plan is sound,\u{201d} said the head of Orvane Holdings on Monday as Ilse Marchetti looked on.\n\n\
             \u{201c}We will see,\u{201d} said Orvane Holdings of the plan.";
    let said = said(t);
    assert!(has(&said, "Tomas Lindqvist", "This platform will be a catalyst for new services"), "{said:#?}");
    assert!(has(&said, "Marta Okafor", "Every company must prepare for this trend"), "{said:#?}");
    // Words of a clause after the organisation: the person named there does not speak.
    assert!(said.iter().all(|(who, q)| who != "Ilse Marchetti" || q != "The plan is sound"), "{said:#?}");
    assert!(has(&said, "Orvane Holdings", "We will see"), "{said:#?}");
}

#[test]
fn an_organisation_before_the_title_of_an_unknown_name_does_not_speak() {
    let t = "Orvane Robotics bought a plant in Lyon.\n\n\
             \u{201c}By 2030 we ought to build every second robot in this plant,\u{201d} said Orvane board member Zbrovny Quelt.";
    let said = said(t);
    assert!(said.iter().all(|(who, _)| who != "Orvane Robotics"), "{said:#?}");
}

#[test]
fn names_in_title_case_between_quote_marks_are_no_quotations() {
    let t = "Orvane Robotics: \u{2018}It\u{2019}s Not the Money. We Want to Build Robots\u{2019}\n\n\
             Orvane Robotics said it would open an \u{201c}Orvane Innovation Hub\u{201d} in Lyon.\n\n\
             Ilse Marchetti said the \u{201c}Vela Nova\u{201d} robot line will be built in the plant.\n\n\
             Ilse Marchetti said the plant was \u{201c}a marriage more than an engagement\u{201d}.";
    let said = said(t);
    assert!(has(&said, "Ilse Marchetti", "a marriage more than an engagement"), "{said:#?}");
    assert_eq!(said.len(), 1, "{said:#?}");
}

#[test]
fn the_object_of_quoted_as_saying_speaks_not_the_subject() {
    let t = "Orvane Robotics bought a plant in Lyon.\n\n\
             \u{201c}The plant is key to our growth in Europe,\u{201d} the newspaper quoted Orvane CEO Ilse Marchetti as saying.\n\n\
             Tomas Halvorsen was quoted in the statement as praising the city\u{2019}s \u{201c}deep pool of engineers and suppliers.\u{201d}\n\n\
             \u{201c}Prices will rise next year,\u{201d} Brindle Daily quoted unnamed sources as saying.";
    let said = said(t);
    assert!(has(&said, "Ilse Marchetti", "The plant is key to our growth in Europe"), "{said:#?}");
    assert!(has(&said, "Tomas Halvorsen", "deep pool of engineers and suppliers."), "{said:#?}");
    assert!(said.iter().all(|(_, q)| q != "Prices will rise next year"), "{said:#?}");
}

#[test]
fn a_quotation_signed_with_a_dash_on_the_next_line() {
    let t = "Orvane Robotics raised $40 million.\n\n\
             \u{201c}With this funding we can build what we thought would take ten more years,\u{201d}\n\n\
             \u{2014} Ilse Marchetti, co-founder and CEO, speaking to Brindle Daily.";
    let said = said(t);
    assert!(
        has(&said, "Ilse Marchetti", "With this funding we can build what we thought would take ten more years"),
        "{said:#?}"
    );
}

#[test]
fn a_participle_clause_quotes_the_sentence_subject_not_the_nearest_person() {
    let t = "Orvane Robotics named a new chief executive.\n\n\
             Chairman Tomas Halvorsen thanked Ilse Marchetti for her \u{201c}care and hard work,\u{201d} adding: \
             \u{201c}we look forward to her advice on the board.\u{201d}";
    let said = said(t);
    assert!(has(&said, "Tomas Halvorsen", "we look forward to her advice on the board."), "{said:#?}");
    assert!(has(&said, "Tomas Halvorsen", "care and hard work"), "{said:#?}");
    assert!(said.iter().all(|(who, _)| who != "Ilse Marchetti"), "{said:#?}");
}

#[test]
fn the_holder_of_a_title_speaks_not_the_organisation_of_the_title() {
    let t = "President Tomas Halvorsen visited the offices of Orvane Robotics in Lyon.\n\n\
             \u{201c}Thanks to builders like you, our country will move forward,\u{201d} said the President.\n\n\
             \u{201c}We are thinking ten years from now, not three months,\u{201d} said Orvane Robotics\u{2019}s chairman.";
    let said = said(t);
    assert!(has(&said, "Tomas Halvorsen", "Thanks to builders like you, our country will move forward"), "{said:#?}");
    assert!(said.iter().all(|(who, _)| who != "Orvane Robotics"), "{said:#?}");
}

#[test]
fn a_quotation_sentence_after_a_sentence_about_its_speaker() {
    let t = "Omar Lund, the chief executive of Kestrel Bank, was upbeat on Monday. \
             \u{201c}We will grow in every market we serve.\u{201d}\n\n\
             Vera Holm sounded cautious. \u{201c}Costs are still rising faster than our prices.\u{201d}\n\n\
             She is clear about the risks. \u{201c}Nobody should expect a quick recovery this year.\u{201d}\n\n\
             Tarn Holdings denied the report on Friday. \u{201c}We are not in talks with any buyer at this time.\u{201d}\n\n\
             Brindle Motors shares fell on Monday. \u{201c}This is a bad result for the whole sector.\u{201d}\n\n\
             Selma Rask resigned in May.\n\n\u{201c}It was a shock to all of us who worked with her.\u{201d}\n\n\
             Jonas Ekberg left in June. \u{201c}It was a shock to all of us,\u{201d} one colleague said.";
    let said = said(t);
    assert!(has(&said, "Omar Lund", "We will grow in every market we serve."), "{said:#?}");
    assert!(has(&said, "Vera Holm", "Costs are still rising faster than our prices."), "{said:#?}");
    assert!(has(&said, "Vera Holm", "Nobody should expect a quick recovery this year."), "{said:#?}");
    assert!(has(&said, "Tarn Holdings", "We are not in talks with any buyer at this time."), "{said:#?}");
    // An organisation with no speech verb, a new paragraph, an unnamed speaker: no one.
    assert_eq!(said.len(), 4, "{said:#?}");
}

#[test]
fn the_subject_before_said_speaks_not_the_name_after_it() {
    let t = "Sven Tollak has run Kolby Group since 2019.\n\n\
             He has said Kolby Group, as the company is formally known, \u{201c}must prepare for a hard winter\u{201d} this year.\n\n\
             Maria Olsen has also said Tarn Holdings would \u{201c}double its output\u{201d} by 2027.\n\n\
             A spokeswoman for Halvern Energy declined to comment on the talks. She said Halvern Energy would \
             \u{201c}defend itself vigorously.\u{201d}\n\n\
             According to Kestrel Bank, Omar Lund discussed \u{201c}cooperation in payments and new technologies\u{201d} with bankers.";
    let said = said(t);
    assert!(has(&said, "Sven Tollak", "must prepare for a hard winter"), "{said:#?}");
    assert!(has(&said, "Maria Olsen", "double its output"), "{said:#?}");
    assert!(has(&said, "Halvern Energy", "defend itself vigorously."), "the spokeswoman's company: {said:#?}");
    assert!(has(&said, "Kestrel Bank", "cooperation in payments and new technologies"), "the source: {said:#?}");
    assert_eq!(said.len(), 4, "{said:#?}");
}

#[test]
fn a_speaker_after_a_long_apposition_or_in_a_sentence_of_its_own() {
    let t = "\u{201c}Sven acknowledges that the errors were his own and hurt the company,\u{201d} Mark Odell, chief \
             executive of Quarry Bros. parent company Quarry Group, said in a statement.\n\n\
             \u{201c}The margins will recover by next spring,\u{201d} said Anna Berg, who heads the bank's retail arm \
             and joined from Kolby Group in 2019.\n\n\
             \u{201c}We take ideas from our customers and turn them into new phones. We are delighted.\u{201d} Said Odell.\n\n\
             \u{201c}The plant opens in May.\u{201d} Anna Berg said.\n\n\
             \u{201c}We are done with the unit.\u{201d} Analysts expect nothing more from the unit this year.";
    let said = said(t);
    assert!(
        has(&said, "Mark Odell", "Sven acknowledges that the errors were his own and hurt the company"),
        "{said:#?}"
    );
    assert!(has(&said, "Anna Berg", "The margins will recover by next spring"), "{said:#?}");
    assert!(
        has(&said, "Mark Odell", "We take ideas from our customers and turn them into new phones. We are delighted."),
        "{said:#?}"
    );
    assert!(has(&said, "Anna Berg", "The plant opens in May."), "{said:#?}");
    assert_eq!(said.len(), 4, "{said:#?}");
}

#[test]
fn short_quotations_in_asides_participles_and_relative_clauses() {
    let t = "Tarn Holdings is profiting not from war, Marit Oyen argues, but from rivals who invested \
             \u{201c}almost nothing\u{201d} in safety.\n\n\
             Lena Vik, the head of Kolby Group, helped inject \u{201c}cloud DNA\u{201d} into the group, as Kolby Group \
             puts it.\n\n\
             Norvik Chairman Sven Tollak said the deal would close in May, adding that Kestrel Bank could raise its \
             stake \u{201c}one year after the closing\u{201d}.\n\n\
             Halvern Energy Managing Director Omar Lund described Brindle Motors as \u{201c}the best partner we could \
             find\u{201d}, stating that the company builds \u{201c}some of the finest engines in the world\u{201d}.\n\n\
             Demand is strong, according to Morrow Partners\u{2019} Selma Rask, who called it the \u{201c}crown jewel\u{201d} \
             of the group.\n\n\
             Ivor Quillane described Brindle Motors as \u{201c}a fine partner\u{201d}, stating that it builds \
             \u{201c}good engines\u{201d}.\n\n\
             The chairman thanked Jonas Ekberg for his \u{201c}hard work,\u{201d} adding: \u{201c}we look forward to \
             his advice on the board.\u{201d}";
    let said = said(t);
    assert!(has(&said, "Marit Oyen", "almost nothing"), "{said:#?}");
    assert!(has(&said, "Kolby Group", "cloud DNA"), "{said:#?}");
    assert!(has(&said, "Sven Tollak", "one year after the closing"), "{said:#?}");
    assert!(has(&said, "Omar Lund", "the best partner we could find"), "{said:#?}");
    assert!(has(&said, "Omar Lund", "some of the finest engines in the world"), "{said:#?}");
    assert!(has(&said, "Selma Rask", "crown jewel"), "{said:#?}");
    // The object of "described" does not speak when the subject is no name the text knows.
    assert!(said.iter().all(|(s, _)| s != "Brindle Motors"), "{said:#?}");
    // The one thanked does not speak.
    assert!(said.iter().all(|(s, _)| s != "Jonas Ekberg"), "{said:#?}");
}

#[test]
fn a_job_title_alone_as_the_subject_is_the_person_given_that_title() {
    let t = "Norvik Minister Jonas Ekberg spoke at the forum. \u{201c}The tax will not change this year,\u{201d} \
             the minister added.\n\n\
             Ada Berg, an analyst at Morrow Partners, met Omar Lund, the chief executive of Kestrel Bank, on Monday.\n\n\
             \u{201c}We will keep every branch open,\u{201d} the chief executive said.\n\n\
             The chief executive also said that the bank would \u{201c}stay in every town\u{201d}.";
    let said = said(t);
    assert!(has(&said, "Jonas Ekberg", "The tax will not change this year"), "{said:#?}");
    assert!(has(&said, "Omar Lund", "We will keep every branch open"), "not the analyst: {said:#?}");
    assert!(has(&said, "Omar Lund", "stay in every town"), "{said:#?}");
    assert_eq!(said.len(), 3, "{said:#?}");
}

#[test]
fn a_quote_after_a_sentence_of_narration_goes_on_with_the_paragraph_s_speaker() {
    let t = "Harlow founder Tomas Mirek unveiled the phone on Monday.\n\n\
             \u{201c}Harlow is a young company with big plans,\u{201d} said Mirek. The firm has often been accused \
             of copying larger rivals. \u{201c}In five years we will hold thousands of patents.\u{201d}\n\n\
             \u{201c}We are proud of the launch,\u{201d} Edda Varga, its design chief, said. Sales open in May and \
             the phone ships in June. \u{201c}Nobody has built a lighter one.\u{201d}\n\n\
             \u{201c}Prices will fall,\u{201d} said Mirek. Analyst Joanna Brill doubts it. \u{201c}Costs are rising everywhere.\u{201d}\n\n\
             \u{201c}Demand is strong,\u{201d} said Mirek. Harlow said sales doubled. \u{201c}We cannot build enough.\u{201d}\n\n\
             \u{201c}We are ready,\u{201d} said Mirek.\n\n\
             Harlow was founded in 2019. It sells in ten markets. It has 300 staff. \u{201c}A quotation far from any speaker.\u{201d}";
    let said = said(t);
    assert!(has(&said, "Tomas Mirek", "In five years we will hold thousands of patents."), "{said:#?}");
    assert!(has(&said, "Edda Varga", "Nobody has built a lighter one."), "{said:#?}");
    // Another person named in between, or speech reported in between, or a
    // new paragraph: the narration may have changed the voice.
    assert!(!has(&said, "Tomas Mirek", "Costs are rising everywhere."), "{said:#?}");
    assert!(!has(&said, "Tomas Mirek", "We cannot build enough."), "{said:#?}");
    assert!(!said.iter().any(|(_, q)| q.starts_with("A quotation far")), "{said:#?}");
}

#[test]
fn words_a_speaker_characterises_with_in_a_participle_or_coins_are_its_quotes() {
    let t = "Velora Telecom was fined $50 million by the regulator on Monday. Velora Telecom has denied the \
             allegations, calling the regulator\u{2019}s findings \u{201c}biased\u{201d} and \u{201c}unsupported by evidence.\u{201d}\n\n\
             Brenvik Energy, which is building what it calls the \u{201c}factory of tomorrow,\u{201d} hired 300 people.\n\n\
             Halvard Sunde, the chief executive of Casterly Group, rejected the offer, calling it \u{201c}far too low\u{201d} \
             for shareholders.\n\n\
             Casterly Group welcomed the ruling, describing it as \u{201c}a win for customers and for competition.\u{201d}\n\n\
             In March, Brenvik Energy sold its camera unit as part of what it called \u{201c}strict portfolio management,\u{201d} \
             while keeping its radar business.\n\n\
             Analysts were sceptical, calling the target \u{201c}ambitious.\u{201d} Many investors pursue what traders call \
             \u{201c}a momentum strategy.\u{201d}";
    let said = said(t);
    assert!(has(&said, "Velora Telecom", "biased"), "{said:#?}");
    assert!(has(&said, "Velora Telecom", "unsupported by evidence."), "{said:#?}");
    assert!(has(&said, "Brenvik Energy", "factory of tomorrow"), "{said:#?}");
    assert!(has(&said, "Halvard Sunde", "far too low"), "{said:#?}");
    assert!(has(&said, "Casterly Group", "a win for customers and for competition."), "{said:#?}");
    assert!(has(&said, "Brenvik Energy", "strict portfolio management"), "{said:#?}");
    // No one the article names characterises: no quotation.
    assert!(!said.iter().any(|(_, q)| q.starts_with("ambitious") || q.starts_with("a momentum")), "{said:#?}");
    assert_eq!(said.len(), 6, "{said:#?}");
}

#[test]
fn vows_and_pledges_attribute_and_it_in_a_subordinate_clause_is_the_subject() {
    let t = "Kestrel Foods will put $40 million into its delivery unit Trova. Kestrel Foods vowed to \
             \u{201c}do what it takes\u{201d} to fight bigger rivals.\n\n\
             Orvane Motors will make a large cash injection into its retailer Tessaly as it vows to \
             \u{201c}win back every customer\u{201d} this year.\n\n\
             Halvard Sunde, the chief executive of Orvane Motors, pledged to \u{201c}keep every plant open\u{201d} this year.\n\n\
             The minister promised the plant would be \u{201c}a jewel of the region\u{201d}.";
    let said = said(t);
    assert!(has(&said, "Kestrel Foods", "do what it takes"), "{said:#?}");
    assert!(has(&said, "Orvane Motors", "win back every customer"), "{said:#?}");
    assert!(has(&said, "Halvard Sunde", "keep every plant open"), "{said:#?}");
    assert!(!said.iter().any(|(s, _)| s == "Tessaly"), "the company named last is not 'it': {said:#?}");
    assert!(!said.iter().any(|(_, q)| q.starts_with("a jewel")), "an unnamed minister: {said:#?}");
}

#[test]
fn a_statement_in_single_marks_left_open_at_a_paragraph_end_goes_on_in_the_next() {
    let t = "Brindle names new chief\n\n\
             Ann Orvane, Brindle's incoming chairman, said: \u{2018}Brindle has had a fine start and Tom Kestrel is the leader it needs.\n\n\
             \u{2018}His knowledge of factories will be vital to our next chapter.\n\n\
             \u{2018}With this team Brindle will set new standards.\u{2019}\n\n\
             Analysts said the \u{2018}new chapter will be hard. The shares fell.\n\n\
             Brindle makes vans.";
    let said = said(t);
    assert!(
        has(&said, "Ann Orvane", "Brindle has had a fine start and Tom Kestrel is the leader it needs."),
        "{said:#?}"
    );
    assert!(has(&said, "Ann Orvane", "His knowledge of factories will be vital to our next chapter."), "{said:#?}");
    assert!(has(&said, "Ann Orvane", "With this team Brindle will set new standards."), "{said:#?}");
    // A single mark left open with no paragraph opening on a mark after it is no quotation.
    assert_eq!(said.len(), 3, "{said:#?}");
}

#[test]
fn a_name_the_quotation_goes_on_from_after_said_is_not_the_speaker() {
    let t = "Ida Marsh, CEO of Velora, said Nokra \"is our sole supplier of network gear in all markets.\" \
             Later, Velora said Quorvex \"had been a loyal partner\" to the group. \
             Tom Kestrel said on Monday Nokra would \"grow fast in every market\" this year.";
    let said = said(t);
    assert!(has(&said, "Ida Marsh", "is our sole supplier of network gear in all markets."), "{said:#?}");
    assert!(has(&said, "Velora", "had been a loyal partner"), "{said:#?}");
    assert!(has(&said, "Tom Kestrel", "grow fast in every market"), "{said:#?}");
    assert!(said.iter().all(|(s, _)| s != "Nokra" && s != "Quorvex"), "{said:#?}");
}

#[test]
fn a_capitalized_title_of_an_organisation_between_the_speaker_and_said() {
    let t = "\"Velto and Lynkra bear similarities, which will lead to conflict,\" Gui Shenli, CEO of Quorvex Motors said \
             during a call on Thursday. \"Our prices will hold,\" Ada Lindqvist, Chief Financial Officer at Brindle Group \
             said. \"The market is soft,\" Quorvex Motors said.";
    let said = said(t);
    assert!(has(&said, "Gui Shenli", "Velto and Lynkra bear similarities, which will lead to conflict"), "{said:#?}");
    assert!(has(&said, "Ada Lindqvist", "Our prices will hold"), "{said:#?}");
    assert!(has(&said, "Quorvex Motors", "The market is soft"), "{said:#?}");
}

#[test]
fn the_organisation_s_stacked_titles_as_subject_name_the_person_given_them() {
    let t = "Brindle CEO Tom Kestrel: the deal saved us\n\n\
             Tom Kestrel spoke on Monday. \"It was pure survival instinct,\" the Brindle co-founder and CEO added.";
    let said = said(t);
    assert!(has(&said, "Tom Kestrel", "It was pure survival instinct"), "{said:#?}");
    // The organisation owning the titles does not speak.
    assert!(said.iter().all(|(s, _)| s != "Brindle"), "{said:#?}");
}

#[test]
fn a_person_described_by_an_aside_characterises_not_the_employer_ending_it() {
    let t = "Sales fell by 1.3 percent. Niamh Orla, research analyst at Velora Bank, described the performance as \
             \"reassuringly steady\". Velora Bank, the lender, described the outlook as \"rather bleak\".";
    let said = said(t);
    assert!(has(&said, "Niamh Orla", "reassuringly steady"), "{said:#?}");
    assert!(said.iter().all(|(s, _)| s != "Velora Bank"), "{said:#?}");
}

#[test]
fn a_speaker_of_unknown_name_set_off_after_a_title_of_an_organisation_speaks() {
    let q = said(
        "Brindle agreed to buy Zentrix. \
                  The Chief Executive Officer, Zentrix, Degbolu Abadu, said, \u{201c}We are thrilled to join.\u{201d} \
                  The head of Brindle, Kunle Ibekwe, said: \u{201c}It doubles our reach.\u{201d}",
    );
    assert!(has(&q, "Degbolu Abadu", "We are thrilled to join."), "{q:?}");
    assert!(has(&q, "Kunle Ibekwe", "It doubles our reach."), "{q:?}");
    assert!(!q.iter().any(|(s, _)| s == "Zentrix" || s == "Brindle"), "{q:?}");
}

#[test]
fn a_spokesperson_for_an_organisation_speaks_for_it_past_an_aside_naming_a_person() {
    let q = said("Brindle drops its bid. \
                  \u{201c}Brindle has withdrawn its bid,\u{201d} a spokesperson for Brindle, a firm owned by Tomas Kerrigan, \
                  told reporters. \u{201c}We will not raise the offer,\u{201d} a spokeswoman for Zentrix Capital, which is run \
                  by Ada Brun, said on Monday.");
    assert!(has(&q, "Brindle", "Brindle has withdrawn its bid"), "{q:?}");
    assert!(has(&q, "Zentrix Capital", "We will not raise the offer"), "{q:?}");
    // A spokesperson named right after the organisation or its comma, and
    // one who names their organisation in an aside, speaks in person.
    let q = said(
        "Brindle drops its bid. \
                  \u{201c}The offer stands,\u{201d} a spokesperson for Brindle, Jane Morrow, said. \
                  \u{201c}The price is fair,\u{201d} Brindle spokeswoman Ada Brun told reporters. \
                  \u{201c}It is done,\u{201d} Tom Kestrel, a spokesman for Brindle, said.",
    );
    assert!(has(&q, "Jane Morrow", "The offer stands"), "{q:?}");
    assert!(has(&q, "Ada Brun", "The price is fair"), "{q:?}");
    assert!(has(&q, "Tom Kestrel", "It is done"), "{q:?}");
}

#[test]
fn described_as_a_quoted_phrase_after_an_article_is_the_describers_words() {
    let q = said("Brindle agreed to buy Zentrix. \
                  Ada Brun, Brindle\u{2019}s CEO, described the deal as a \u{201c}major milestone\u{201d} for the group. \
                  Zentrix's chief executive and co-founder Tom Kestrel described the sale as an \"obvious step\" for them.");
    assert!(has(&q, "Ada Brun", "major milestone"), "{q:?}");
    assert!(has(&q, "Tom Kestrel", "obvious step"), "{q:?}");
    // The phrase must follow "as" and its article: a quoted name of a thing
    // described is nobody's words.
    let q = said("Ada Brun described a \u{201c}Project Lark\u{201d} plan to staff at Brindle.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn quoted_words_in_a_sentence_its_last_clause_reports_are_the_reporters() {
    let q = said(
        "Brindle chief executive Tom Kestrel spoke to analysts on Monday. \
                  Demand for memory chips will be \u{201c}subdued\u{201d} in the first half of next year, while demand \
                  for sensors is growing, he said. \
                  Zentrix is \u{201c}very close\u{201d} to approving a plant in Ohio, Ada Brun said at a conference.",
    );
    assert!(has(&q, "Tom Kestrel", "subdued"), "{q:?}");
    assert!(has(&q, "Ada Brun", "very close"), "{q:?}");
    // However far the last clause stands from the quotation.
    let q = said(
        "Brindle chief executive Tom Kestrel spoke to analysts on Monday. \
                  Demand for chips will be \u{201c}subdued\u{201d} in the first half of next year and well into the \
                  following one as stocks run down, while demand for sensors is growing fast, he said.",
    );
    assert!(has(&q, "Tom Kestrel", "subdued"), "{q:?}");
    // A last clause that goes on past the speech verb with a clause of its
    // own, or a sentence with no reporting clause, gives the words to no one.
    let q = said(
        "Brindle chief executive Tom Kestrel spoke to analysts on Monday. \
                  Demand will be \u{201c}subdued\u{201d} next year, while sales of sensors grow, he said, and added \
                  that prices would hold. \
                  Sales were \u{201c}flat\u{201d} in the quarter, while margins rose, and Tom Kestrel left early.",
    );
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn adding_after_an_opening_quotation_goes_on_with_its_speaker() {
    let q = said(
        "Talks go on. \u{201c}It will be a long negotiation,\u{201d} Ada Brun said, adding that she hopes \
                  talks will \u{201c}bear fruit\u{201d} this year.",
    );
    assert!(has(&q, "Ada Brun", "It will be a long negotiation"), "{q:?}");
    assert!(has(&q, "Ada Brun", "bear fruit"), "{q:?}");
    // With no speaker named for the opening quotation, the short one after
    // the participle is nobody's.
    let q = said(
        "Talks go on. \u{201c}It will be a long negotiation,\u{201d} the memo read, adding that talks \
                  might \u{201c}bear fruit\u{201d} this year.",
    );
    assert!(!q.iter().any(|(_, w)| w == "bear fruit"), "{q:?}");
}

#[test]
fn it_said_after_a_quote_naming_a_partner_goes_to_the_speaker_of_that_quote() {
    let q = said(
        "Brindle Bank agreed to sell its units in five countries to Zentrix Bank.\n\n\
         \u{201c}Zentrix Bank will provide a full range of services to our clients,\u{201d} Brindle Bank said in a \
         statement.\n\n\
         The sale is in line with the global strategy of Brindle Bank \u{201c}aimed at reducing complexity and \
         driving scale,\u{201d} it said.",
    );
    assert!(has(&q, "Brindle Bank", "aimed at reducing complexity and driving scale"), "{q:?}");
    assert!(!q.iter().any(|(s, _)| s == "Zentrix Bank"), "{q:?}");
}

#[test]
fn the_company_is_the_subject_not_a_partner_named_after_a_preposition() {
    let q = said(
        "Highlighting its partnership with Orvane, a Chinese maker of electric cars, Kestrel Motors noted that the \
         venture has moved quickly. Last year, the carmaker invested 1.5 billion euros for a stake in Orvane.\n\n\
         \u{201c}Together with our partner we are confident we can deliver what customers want,\u{201d} the company \
         said.",
    );
    assert!(
        has(&q, "Kestrel Motors", "Together with our partner we are confident we can deliver what customers want"),
        "{q:?}"
    );
    // A company named after a preposition still opens a sentence with no other subject.
    let q = said(
        "Shares in Zentrix Labs rose 5% on Monday. \u{201c}We are pleased with the results of the quarter,\u{201d} the \
         company said.",
    );
    assert!(has(&q, "Zentrix Labs", "We are pleased with the results of the quarter"), "{q:?}");
}

#[test]
fn what_it_called_passes_over_a_place_before_the_company() {
    let q = said(
        "Last month, Orvane Holdings abruptly called off its pursuit of the firm. \
         Lyon-based Zentrix Lighting traces its roots back to 1899. In February, it completed the sale of its camera \
         unit to Brindle Group as part of what it called \u{201c}stringent portfolio management.\u{201d}",
    );
    assert!(has(&q, "Zentrix Lighting", "stringent portfolio management."), "{q:?}");
    assert!(!q.iter().any(|(s, _)| s == "Orvane Holdings" || s == "Brindle Group"), "{q:?}");
}

#[test]
fn an_adverb_may_stand_between_the_company_and_its_verb() {
    let q = said(
        "Lima-based Peruvian bank Kestrel Bank confirmed on Tuesday that it would buy Orvane Finance.\n\n\
         \u{201c}The operation consolidates our presence and interest in Peru,\u{201d} the bank reportedly said in a \
         statement to regulators.",
    );
    assert!(has(&q, "Kestrel Bank", "The operation consolidates our presence and interest in Peru"), "{q:?}");
}

#[test]
fn a_passive_speech_verb_gives_its_subject_no_words() {
    let q = said(
        "The Wall Street Journal reported that the sale of Orvane Pharma to Brindle Capital has been signed and will \
         be announced \u{201c}in the coming days,\u{201d} citing people familiar with the matter.",
    );
    assert!(!q.iter().any(|(s, _)| s == "Brindle Capital" || s == "Orvane Pharma"), "{q:?}");
}

#[test]
fn a_last_clause_may_name_its_speaker_after_a_lower_case_title() {
    let q = said(
        "Kestrel Chips on Wednesday announced a push into Europe, partnering with local firms to help build the \
         continent's \u{201c}own ecosystem\u{201d} for chips, chief executive Ada Brun said in Paris.",
    );
    assert!(has(&q, "Ada Brun", "own ecosystem"), "{q:?}");
    // A last clause whose subject is a lower-case noun phrase reports nothing.
    let q = said(
        "Kestrel Chips on Wednesday announced a push into Europe to help build the continent's \u{201c}own \
         ecosystem\u{201d} for chips, local media said in Paris.",
    );
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_last_clause_reports_every_quotation_before_it() {
    let q = said(
        "Tom Kestrel met the board last month. Selling assets piecemeal can be used to \u{201c}get around \
         shareholders\u{201d} and \u{201c}in the end, the outcome is significant,\u{201d} he said.",
    );
    assert!(has(&q, "Tom Kestrel", "get around shareholders"), "{q:?}");
    assert!(has(&q, "Tom Kestrel", "in the end, the outcome is significant"), "{q:?}");
}

#[test]
fn adding_after_a_quotation_inside_the_sentence_goes_on_with_its_speaker() {
    let q = said(
        "Basing the chips in Europe would offer firms the \u{201c}strategic autonomy they need\u{201d}, Orvane chief \
         Mara Okafor told reporters, adding that the project would \u{201c}strengthen European leadership\u{201d}.",
    );
    assert!(has(&q, "Mara Okafor", "strategic autonomy they need"), "{q:?}");
    assert!(has(&q, "Mara Okafor", "strengthen European leadership"), "{q:?}");
    // No speech verb between the earlier quotation and the participle: no one.
    let q = said(
        "The board thanked Tom Kestrel for his \u{201c}tireless work\u{201d}, adding that the firm would \
         \u{201c}go on growing\u{201d}.",
    );
    assert!(!q.iter().any(|(_, w)| w == "go on growing"), "{q:?}");
}

#[test]
fn which_a_company_calls_gives_the_company_its_coinage() {
    let q = said(
        "Kestrel Chips will work with Brindle Power on gigantic data centres dedicated to AI, which Kestrel Chips \
         calls \u{201c}AI factories\u{201d}.",
    );
    assert!(has(&q, "Kestrel Chips", "AI factories"), "{q:?}");
    assert!(!q.iter().any(|(s, _)| s == "Brindle Power"), "{q:?}");
}

#[test]
fn two_apostrophes_are_a_double_quote_mark() {
    let q = said(
        "Kestrel Air chairman Hugo Orvane said Mr Brun was an outstanding executive.\n\n\
         ''Tom will assume the role of chief executive designate from today,'' he said. ''Ada and Tom will work \
         together over the next four months.''\n\n\
         \"I think this is a matter of continuation,'' Tom Brun told journalists.",
    );
    assert!(has(&q, "Hugo Orvane", "Tom will assume the role of chief executive designate from today"), "{q:?}");
    assert!(has(&q, "Hugo Orvane", "Ada and Tom will work together over the next four months."), "{q:?}");
    assert!(has(&q, "Tom Brun", "I think this is a matter of continuation"), "{q:?}");
    // A name inside the quotation is neither the pronoun's person nor listed with the speaker.
    assert_eq!(q.len(), 3, "{q:?}");
}

#[test]
fn an_honorific_in_the_article_decides_whom_a_pronoun_fits() {
    // A given name most often a woman's, for a man the article calls "Mr".
    let q = said(
        "Kestrel Air chairman Leigh Orvane said Mr Brun was an outstanding executive.\n\n\
         \u{201c}Tom will assume the role of chief executive designate from today,\u{201d} he said.\n\n\
         Mr Orvane praised the outgoing chief.",
    );
    assert!(has(&q, "Leigh Orvane", "Tom will assume the role of chief executive designate from today"), "{q:?}");
}

#[test]
fn said_a_companys_title_then_the_name() {
    let q = said(
        "Kestrel Power and Brindle Capital expanded their alliance.\n\n\
         \"We have expanded our clean energy alliance to advance renewables,\" said Kestrel Power\u{2019}s Executive \
         Chairman, Ada Brun.\n\n\
         \"We are pleased with the deal,\" said Brindle Capital's chief executive Tom Orvane.",
    );
    assert!(has(&q, "Ada Brun", "We have expanded our clean energy alliance to advance renewables"), "{q:?}");
    assert!(has(&q, "Tom Orvane", "We are pleased with the deal"), "{q:?}");
    assert!(!q.iter().any(|(s, _)| s == "Kestrel Power" || s == "Brindle Capital"), "{q:?}");
}

#[test]
fn one_word_ending_a_clause_a_person_reports_is_a_quotation() {
    let q = said(
        "Chief executive Tom Kestrel dismissed any questions about Orvane Mining, saying he won't comment on \
         \u{201c}rumours\u{201d}.",
    );
    assert!(has(&q, "Tom Kestrel", "rumours"), "{q:?}");
    let q = said(
        "Ada Brun announced the plant on Monday. While she did not share many details, she suggested that the \
         investment from Zentrix was \u{201c}multi-billion.\u{201d}",
    );
    assert!(has(&q, "Ada Brun", "multi-billion."), "{q:?}");
    // A scare-quoted word inside the clause, or a company's clause, gives no quotation.
    let q = said(
        "Ada Brun said the \u{201c}smart\u{201d} glasses will ship in May. \
         Zentrix Labs said the product is \u{201c}revolutionary\u{201d}.",
    );
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_partial_quotation_after_adding_that_is_the_sentence_subjects() {
    // The subject a pronoun stands for, or a name after a lower-case title
    // that follows its employer's name.
    let q = said(
        "Tom Kestrel, chief executive of Orvane Mining, said on Monday that the dispute shows how fragile supply \
         chains are. He pointed out that it highlights the need for \"calm heads,\" adding that \"talks are vital.\"\n\n\
         Brindle Capital analyst Ada Brun describes the choice as \"a sensible step,\" adding that his 20 years at \
         Orvane \"should ease the handover.\"\n\n\
         Veltra Partners senior economist Lena Marrow called the plan \u{201c}bold\u{201d}, adding that the costs \
         would be \u{201c}hard to carry for years.\u{201d}\n\n\
         She told reporters that Orvane had been \u{201c}too slow\u{201d}, adding that \u{201c}the board knew it.\u{201d}",
    );
    assert!(has(&q, "Tom Kestrel", "talks are vital."), "{q:?}");
    assert!(has(&q, "Ada Brun", "should ease the handover."), "{q:?}");
    assert!(has(&q, "Lena Marrow", "hard to carry for years."), "{q:?}");
    assert!(has(&q, "Lena Marrow", "the board knew it."), "{q:?}");
    // Near misses: a company that hired a person is no speaker's title, and a
    // sentence opening with "it" gives no person.
    let q = said(
        "Orvane Mining hired analyst Ada Brun last year, adding that she will \u{201c}lead the review of costs.\u{201d}\n\n\
         Tom Kestrel left in May. It was a surprise, adding to what critics call \u{201c}a long year of turmoil\u{201d}.",
    );
    assert!(!q.iter().any(|(s, _)| s == "Ada Brun" || s == "Tom Kestrel"), "{q:?}");
}

#[test]
fn two_curly_single_marks_are_a_double_quote_mark() {
    let q = said(
        "Treasurer Lena Marrow said the government wanted the rail sector to be \u{2018}\u{2018}leaner and more \
         open\u{201d}, even as she left the decision to the regulator. \u{2018}\u{2018}We know that foreign money can \
         serve the national interest,\u{201d} she said.\n\n\
         Transport Minister Hugo Orvane said he hoped the regulator approved the sale.\n\n\
         \u{2018}\u{2018}Two years ago Kestrel Rail was on its knees. Now a global buyer wants a stake in it,\u{2019}\u{2019} \
         he said. \u{2018}\u{2018}I took a Kestrel train this morning. The staff see job security.\u{2019}\u{2019}\n\n\
         Brindle Capital called the bid \u{2018}fair\u{2019} on Monday.",
    );
    assert!(has(&q, "Lena Marrow", "leaner and more open"), "{q:?}");
    assert!(has(&q, "Lena Marrow", "We know that foreign money can serve the national interest"), "{q:?}");
    assert!(
        has(&q, "Hugo Orvane", "Two years ago Kestrel Rail was on its knees. Now a global buyer wants a stake in it"),
        "{q:?}"
    );
    assert!(has(&q, "Hugo Orvane", "I took a Kestrel train this morning. The staff see job security."), "{q:?}");
    // A single pair of single marks around one word a company used stays no quotation.
    assert!(!q.iter().any(|(_, t)| t == "fair"), "{q:?}");
}

#[test]
fn a_news_outlet_is_never_who_issued_a_companys_statement() {
    let q = said(
        "Orvane Energy said it would not sell its stake in Kestrel Power, in response to a report in the business \
         daily, Brindle Courier.\n\n\
         A day earlier, Brindle Courier claimed that the two firms had met to discuss a merger.\n\n\
         \u{201c}There has been no meeting between Orvane and Kestrel executives,\u{201d} the statement declared.",
    );
    assert!(has(&q, "Orvane Energy", "There has been no meeting between Orvane and Kestrel executives"), "{q:?}");
    assert!(!q.iter().any(|(s, _)| s == "Brindle Courier"), "{q:?}");
}

#[test]
fn lines_are_paragraphs_where_a_page_prints_one_per_line() {
    // Pages stored one paragraph per line, whose statements run a paragraph at
    // a time and lose their last closing mark.
    let said = said(
        "Brindle buys Osprey\n\n\
         Brindle Corp agreed to buy Osprey Labs for $40m, the companies said on Monday.\n\
         Brindle chief executive Mara Quell said: \"This gives us a foothold in a market we have watched for years.\n\
         \"We will keep the Osprey team together and invest in its roadmap.\n\
         Osprey was founded in 2019 in Leeds.\n\
         Brindle president Tom Arvel said: \"Growth abroad is a critical strategy for us.\n\
         \"With Osprey, Brindle gains a proven team.\n\
         The deal closes in June.",
    );
    assert!(has(&said, "Mara Quell", "We will keep the Osprey team together and invest in its roadmap."), "{said:#?}");
    assert!(has(&said, "Tom Arvel", "Growth abroad is a critical strategy for us."), "{said:#?}");
    assert!(has(&said, "Tom Arvel", "With Osprey, Brindle gains a proven team."), "{said:#?}");
    // Narration after the statement is nobody's quotation.
    assert!(said.iter().all(|(_, q)| !q.contains("Leeds") && !q.contains("June")), "{said:#?}");
    assert_eq!(said.len(), 4, "{said:#?}");
}

#[test]
fn a_line_break_in_wire_copy_cut_to_a_width_does_not_end_a_quotation() {
    let said = said(
        "Kestrel Rail said on Monday that it would sell its freight arm to a\n\
         buyer from abroad for about $300 million, ending a long review of\n\
         the business. Chief executive Ines Varga said: \"The freight arm is\n\
         a good business.\n\
         It needs an owner who can invest in it for a decade,\n\
         and we are not that owner,\" in a note to staff that was seen by the\n\
         press on Monday.",
    );
    let whole = "The freight arm is a good business. It needs an owner who can invest in it for a decade, and we are \
                 not that owner";
    let one_line = |q: &str| q.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(said.iter().any(|(s, q)| s == "Ines Varga" && one_line(q) == whole), "{said:#?}");
    assert_eq!(said.len(), 1, "{said:#?}");
}

#[test]
fn the_speaker_named_by_age_is_the_person_just_introduced() {
    let said = said(
        "Carla Mendes will replace Otto Berg as chair of Brindle Foods.\n\n\
         Ms Mendes has been with the firm for 12 years.\n\n\
         \"I have always wanted to lead this company,\" the 41-year-old said.\n\n\
         Osprey Labs hired Ines Varga in May. \"We grow where the customers are,\" said the 52-year-old.\n\n\
         Tomas Reyes has run Velto Pay since 2019. \"We will stay in Manila,\" the 58-year-old chief executive said.\n\n\
         Kestrel Rail cut 300 jobs. \"Nobody saw this coming,\" the 30-year-old union said.",
    );
    assert!(has(&said, "Carla Mendes", "I have always wanted to lead this company"), "{said:#?}");
    assert!(has(&said, "Ines Varga", "We grow where the customers are"), "{said:#?}");
    assert!(has(&said, "Tomas Reyes", "We will stay in Manila"), "{said:#?}");
    // An age describing something else is no speaker's.
    assert!(said.iter().all(|(s, q)| q != "Nobody saw this coming" || s == "Kestrel Rail"), "{said:#?}");
}

#[test]
fn the_holder_named_after_a_title_of_a_place_speaks_for_the_participle() {
    let said = said(
        "Velto Logistics will open a new depot in Tarvo.\n\n\
         In May, the socialist mayor of Tarvo, Hugo Salas, tried to stop the building, arguing an alleged \
         \"lack of water permits.\"\n\n\
         In June, the chief executive of Brindle Freight, Ada Kovac, blocked a second depot, arguing a \
         \"shortage of road capacity\" in the town.\n\n\
         In July, the port of Brenn, run by Osprey Ports, closed a third depot, arguing \"a lack of cranes\" there.",
    );
    assert!(has(&said, "Hugo Salas", "lack of water permits."), "{said:#?}");
    assert!(has(&said, "Ada Kovac", "shortage of road capacity"), "{said:#?}");
    // Neither the place nor the company after the title speaks.
    assert!(!said.iter().any(|(s, _)| s == "Tarvo" || s == "Brindle Freight"), "{said:#?}");
}

#[test]
fn a_sentence_reported_in_its_last_clause_gives_even_a_short_quotation_to_its_speaker() {
    let said = said(
        "Orvane Telecom will build a data centre in Kaspa.\n\n\
         The site is \u{201c}one key part\u{201d} of the plan, which has three stages, said Lida Varkonyi.\n\n\
         The network is a \u{201c}real edge\u{201d} for the group, which sells phones in six countries, \
         said Teodor Brisk, who joined the board in March.\n\n\
         Orvane is ready to \u{201c}seize\u{201d} the right chances for deals, Chief Executive Officer \
         Ansel Moravec said.\n\n\
         The plant is \u{201c}a long bet\u{201d} for the region, which has few jobs, said the company.\n\n\
         Prices are \u{201c}too high\u{201d} in the city, which has two airports, said analysts in Kaspa.\n\n\
         The report calls the plan \u{201c}bold\u{201d} and costly, adding that it needs more staff.",
    );
    assert!(has(&said, "Lida Varkonyi", "one key part"), "{said:#?}");
    assert!(has(&said, "Teodor Brisk", "real edge"), "{said:#?}");
    assert!(has(&said, "Ansel Moravec", "seize"), "{said:#?}");
    // No person named after the verb: no speaker for a short fragment.
    assert!(said.iter().all(|(_, q)| q != "a long bet" && q != "too high" && q != "bold"), "{said:#?}");
}

#[test]
fn a_company_viewing_describing_or_dismissing_something_as_quoted_words_says_them() {
    let said = said(
        "Corvex Energy denied on Monday that it would sell Talmar Power.\n\n\
         On the contrary, it viewed Talmar as \u{201c}central\u{201d} to its plans, and a company statement \
         dismissed the reports as \u{201c}plainly false\u{201d} on Friday.\n\n\
         Osprey Labs hired Ilse Brannock, 58, whom Corvex Energy described as a \u{201c}patient builder\u{201d}.\n\n\
         Speaking to bankers in 2021, Oren Falkvik hailed a \u{201c}quiet revolution\u{201d} in the grid.\n\n\
         Dunmore Mining was described as \u{201c}a weak link\u{201d} in the chain.\n\n\
         Analysts viewed the sale as \u{201c}unlikely\u{201d} this year.\n\n\
         Velto Labs hailed a \u{201c}new era\u{201d} for the field.",
    );
    assert!(has(&said, "Corvex Energy", "central"), "{said:#?}");
    assert!(has(&said, "Corvex Energy", "plainly false"), "{said:#?}");
    assert!(has(&said, "Corvex Energy", "patient builder"), "{said:#?}");
    assert!(has(&said, "Oren Falkvik", "quiet revolution"), "{said:#?}");
    // A passive, unnamed analysts and a company merely hailing say nothing.
    assert!(said.iter().all(|(_, q)| q != "a weak link" && q != "unlikely" && q != "new era"), "{said:#?}");
}

#[test]
fn an_unnamed_company_opening_the_sentence_speaks_for_its_participle_clause() {
    let said = said(
        "Norvale Robotics sells welding arms to car plants in Brenn.\n\n\
         The company frames its plan as a reply to rising wages, stating, \u{201c}Nobody can afford idle \
         robots any more.\u{201d}\n\n\
         Kestrel Freight Inc. cut its forecast on Monday.\n\n\
         It blamed the weak harvest, saying \u{201c}demand for grain trucks has slowed sharply this spring.\u{201d}\n\n\
         The firm later trimmed its fleet, adding: \u{201c}We will keep every driver on the payroll.\u{201d}\n\n\
         The report frames the sale as a risk, stating, \u{201c}Few buyers will pay this price.\u{201d}\n\n\
         Analysts framed the plan as bold, saying \u{201c}the numbers look far too rosy for now.\u{201d}\n\n\
         It is unclear what happens next, noting \u{201c}the talks could drag on for a year.\u{201d}",
    );
    assert!(has(&said, "Norvale Robotics", "Nobody can afford idle robots any more."), "{said:#?}");
    assert!(has(&said, "Kestrel Freight Inc", "demand for grain trucks has slowed sharply this spring."), "{said:#?}");
    assert!(has(&said, "Kestrel Freight Inc", "We will keep every driver on the payroll."), "{said:#?}");
    // A report, unnamed analysts and an empty "it" say nothing.
    assert!(
        said.iter()
            .all(|(_, q)| !q.starts_with("Few buyers") && !q.starts_with("the numbers") && !q.starts_with("the talks")),
        "{said:#?}"
    );
}

#[test]
fn a_sentence_glued_to_a_closed_quotation_gives_it_no_speaker() {
    // "…said: “…group.”Quillon also announced…": the text lost the space after
    // the closing mark; the name opening the next sentence did not say the
    // words before it, the speaker before the colon did.
    let said = said(
        "Veltra Partners bought Quillon Systems for $40 million. Mara Okafor, chief executive of \
         Veltra Partners, said: \u{201c}Quillon Systems is a valuable addition to the group.\u{201d}Quillon \
         Systems also announced a new board on Friday.\n\n\
         \u{201c}We are glad to join,\u{201d} Quillon Systems said in a statement.",
    );
    assert!(has(&said, "Mara Okafor", "Quillon Systems is a valuable addition to the group."), "{said:#?}");
    // Near miss: a comma and a space before the name, as news writes it.
    assert!(has(&said, "Quillon Systems", "We are glad to join"), "{said:#?}");
}

#[test]
fn the_person_named_right_after_a_quotation_speaks_not_the_names_in_their_appositive() {
    let said = said(
        "Harwell Brandt raised its target for Norvik Pharma on Tuesday.\n\n\
         \u{201c}The trial data look cleaner than we had hoped,\u{201d} Livia Thornquist, PhD, a research analyst \
         with Harwell Brandt, wrote in a note.\n\n\
         \u{201c}Nobody in the lab expected it to go this fast,\u{201d} Kasimir Odell, a former aide to Ruth \
         Abernathy, said on Monday.\n\n\
         \u{201c}The board will meet again in June\u{201d}, Pilar Sandoval, who worked for Tomas Ferrante for a \
         decade, told reporters.\n\n\
         \u{201c}We are not selling the brand,\u{201d} Ingrid Sorvald, the daughter of founder Jonas Sorvald, said.\n\n\
         \u{201c}My client did nothing wrong,\u{201d} Dorian Pike's lawyer, Maeve Collins, said.\n\n\
         \u{201c}The plant stays open,\u{201d} said Wendell Ashby, a colleague of Ruth Abernathy.",
    );
    assert!(has(&said, "Livia Thornquist", "The trial data look cleaner than we had hoped"), "{said:#?}");
    assert!(has(&said, "Kasimir Odell", "Nobody in the lab expected it to go this fast"), "{said:#?}");
    assert!(has(&said, "Pilar Sandoval", "The board will meet again in June"), "{said:#?}");
    assert!(has(&said, "Ingrid Sorvald", "We are not selling the brand"), "{said:#?}");
    // A possessor named first is not the speaker; "said X" names its own.
    assert!(has(&said, "Maeve Collins", "My client did nothing wrong"), "{said:#?}");
    assert!(has(&said, "Wendell Ashby", "The plant stays open"), "{said:#?}");
    let others = ["Harwell Brandt", "Ruth Abernathy", "Tomas Ferrante", "Jonas Sorvald", "Dorian Pike"];
    assert!(said.iter().all(|(s, _)| !others.contains(&s.as_str())), "{said:#?}");
}

#[test]
fn a_person_named_in_a_relative_clause_is_not_the_speaker() {
    let said = said(
        "Dunmere council approved the warehouse on Friday.\n\n\
         A late-night post from the former mayor of Dunmere, Clara Vossen, who had never met Tobias Brennan, \
         also drew attention: \u{201c}I would sign the permits for this depot tomorrow morning.\u{201d}\n\n\
         Rolf Andersen, who replaced Greta Lind as chair in May, has said the plan is \u{201c}far too timid \
         for a company of this size.\u{201d}\n\n\
         \u{201c}We will keep the branch network as it is,\u{201d} Kestrel Bank, which employs Lena Horvath, said.\n\n\
         At the hearing, which Amara Kline chaired, the plant manager Soren Voss was blunt: \u{201c}We cannot \
         run the line without the new permits.\u{201d}",
    );
    assert!(has(&said, "Clara Vossen", "I would sign the permits for this depot tomorrow morning."), "{said:#?}");
    assert!(has(&said, "Rolf Andersen", "far too timid for a company of this size."), "{said:#?}");
    assert!(has(&said, "Kestrel Bank", "We will keep the branch network as it is"), "{said:#?}");
    // A person named after the clause closes still speaks.
    assert!(has(&said, "Soren Voss", "We cannot run the line without the new permits."), "{said:#?}");
    let others = ["Tobias Brennan", "Greta Lind", "Lena Horvath", "Amara Kline"];
    assert!(said.iter().all(|(s, _)| !others.contains(&s.as_str())), "{said:#?}");
}

#[test]
fn words_glossing_what_a_name_means_are_no_quotation() {
    let said = said(
        "Tessaro Labs unveiled a farming assistant in Brenn on Monday.\n\n\
         Chief executive Hanna Vidmar said on Monday that the assistant, Zorvik Tala, which roughly translates \
         to \u{201c}the quiet harbour for every farm\u{201d}, would ship in May.\n\n\
         The app is sold as Mirennu, translated as \u{201c}a little bridge between fields\u{201d}, Odalys Perrin \
         said in a statement.\n\n\
         Its name, literally \u{201c}one hundred rivers in spring\u{201d}, was chosen by founder Bastian Kroll, \
         who said: \u{201c}We wanted something every farmer would remember.\u{201d}\n\n\
         Hanna Vidmar said the app \u{201c}translates our ideas into real products for the farmers.\u{201d}\n\n\
         \u{201c}Translation is the hardest part of the job,\u{201d} said Noor Azimi.\n\n\
         Ilse Varga said the orders would go to \u{201c}a translation team based in Riga next year.\u{201d}",
    );
    let glosses =
        ["the quiet harbour for every farm", "a little bridge between fields", "one hundred rivers in spring"];
    assert!(said.iter().all(|(_, q)| !glosses.contains(&q.as_str())), "{said:#?}");
    // Quotations that merely hold or follow such a word are speech.
    assert!(has(&said, "Bastian Kroll", "We wanted something every farmer would remember."), "{said:#?}");
    assert!(has(&said, "Hanna Vidmar", "translates our ideas into real products for the farmers."), "{said:#?}");
    assert!(has(&said, "Noor Azimi", "Translation is the hardest part of the job"), "{said:#?}");
    assert!(has(&said, "Ilse Varga", "a translation team based in Riga next year."), "{said:#?}");
}

#[test]
fn a_quotation_paragraph_after_an_attribution_written_last_is_that_speaker_s() {
    let said = said(
        "Halvero Systems agreed to buy Quintrel for $900 million.\n\n\
         The purchase will be the fifth this year for Leeds-based Halvero, said chief executive Marta Quell \
         on a call with analysts on Monday.\n\n\
         \u{201c}This makes us the largest supplier of grid software in the north of Europe.\u{201d}\n\n\
         The deal still needs approval from regulators, said Brannock Capital.\n\n\
         \u{201c}Approval may take a year or longer in the current climate.\u{201d}\n\n\
         Shares rose, said the report, which cited Odile Faure.\n\n\
         \u{201c}Nobody has claimed this paragraph either.\u{201d}",
    );
    assert!(
        has(&said, "Marta Quell", "This makes us the largest supplier of grid software in the north of Europe."),
        "{said:#?}"
    );
    // An organisation named last does not go on speaking a paragraph later,
    // and a person named in a relative clause after a report never spoke.
    assert_eq!(said.len(), 1, "{said:#?}");
}

#[test]
fn the_company_after_said_and_before_a_verb_is_the_reported_clause_s_subject() {
    let said = said(
        "Brindle Foods makes snacks in Leeds.\n\n\
         Brindle\u{2019}s chief financial officer, Mara Kell, said the group was pursuing small deals \u{2013} \
         \u{201c}which we have generally done quite well\u{201d} \u{2013} and larger ones at the right price.\n\n\
         \u{201c}We will hold our prices through the winter,\u{201d} said the company.",
    );
    assert!(has(&said, "Mara Kell", "which we have generally done quite well"), "{said:#?}");
    assert!(!has(&said, "Brindle Foods", "which we have generally done quite well"), "{said:#?}");
    // "said the company" closing a quotation still names the company.
    assert!(has(&said, "Brindle Foods", "We will hold our prices through the winter"), "{said:#?}");
}

#[test]
fn a_quotation_inside_the_sentence_after_a_speaker_s_quote_goes_on_with_that_speaker() {
    let said = said(
        "Tomas Wren runs Quellby Freight.\n\n\
         \u{201c}I could also see mid-sized purchases as we had before,\u{201d} Tomas Wren said. The Halvero deal \
         \u{201c}would certainly be a size that we would look at.\u{201d}\n\n\
         \u{201c}Our fleet is the youngest in the region,\u{201d} Tomas Wren said. Critics say the fleet \
         \u{201c}was bought at the top of the market.\u{201d}\n\n\
         \u{201c}We expect a better spring,\u{201d} Tomas Wren said. Lena Ostrova thinks the plan is \
         \u{201c}far too timid for a firm of this size.\u{201d}\n\n\
         \u{201c}Prices will rise in May,\u{201d} Tomas Wren said.\n\n\
         The Halvero board, though, \u{201c}has not yet voted on the offer.\u{201d}\n\n\
         \u{201c}Fares stay as they are,\u{201d} Tomas Wren said. The so-called \u{201c}fuel levy\u{201d} drew notice.",
    );
    assert!(has(&said, "Tomas Wren", "would certainly be a size that we would look at."), "{said:#?}");
    // Someone else's speech, another person, or a new paragraph: not his.
    let not_his = [
        "was bought at the top of the market.",
        "far too timid for a firm of this size.",
        "has not yet voted on the offer.",
        "fuel levy",
    ];
    assert!(said.iter().all(|(s, q)| s != "Tomas Wren" || !not_his.contains(&q.as_str())), "{said:#?}");
}

#[test]
fn a_statement_named_before_is_its_issuer_s_and_a_located_company_is_the_one_in_focus() {
    let said = said(
        "Corvane Systems builds drones in Porto.\n\n\
         \u{201c}We are ready for a bigger market,\u{201d} Corvane chief executive Ilse Marrow said in a statement. \
         \u{201c}The new plant doubles our output,\u{201d} the statement said.\n\n\
         Tellwin Bank posted a loss on Tuesday.\n\n\
         \u{201c}Our lending grew in every region,\u{201d} the Lisbon-based lender said in a press release.\n\n\
         \u{201c}Deposits rose by a fifth,\u{201d} read the press release.\n\n\
         \u{201c}We will cut fees next year,\u{201d} the Portuguese bank said.\n\n\
         \u{201c}Branches stay open,\u{201d} the statement added.\n\n\
         \u{201c}No entry after dark,\u{201d} read the sign on the gate.",
    );
    // The statement Ilse Marrow issued goes on in her voice.
    assert!(has(&said, "Ilse Marrow", "The new plant doubles our output"), "{said:#?}");
    // "the Lisbon-based lender", "the Portuguese bank", "read the press release":
    // the bank the text is about.
    for quote in ["Our lending grew in every region", "Deposits rose by a fifth", "We will cut fees next year"] {
        assert!(has(&said, "Tellwin Bank", quote), "{quote}: {said:#?}");
    }
    // A statement whose issuer was not named before its verb: the company in focus.
    assert!(has(&said, "Tellwin Bank", "Branches stay open"), "{said:#?}");
    // A sign is read, but it is not a statement.
    assert!(said.iter().all(|(_, q)| q != "No entry after dark"), "{said:#?}");
}

#[test]
fn a_quotation_paragraph_whose_closing_mark_went_missing_goes_on_with_the_last_speaker() {
    let said = said(
        "Brindle Foods opens a plant in Leeds.\n\n\
         \u{201c}The market for snacks is like no other in the region,\u{201d} said Tomas Wren, chief executive of \
         Brindle Foods.\n\n\
         \u{201c}There is so much room to grow, people buy more every month and that is why we build.\n\n\
         The figures were published on Monday.\n\n\
         \u{201c}Stray marks are no speech of anyone and no sentence ends here\n\n\
         Prices rose in May.",
    );
    assert!(
        has(
            &said,
            "Tomas Wren",
            "There is so much room to grow, people buy more every month and that is why we build."
        ),
        "{said:#?}"
    );
    // Narration comes between: the stray mark after it quotes no one.
    assert!(said.iter().all(|(_, q)| !q.starts_with("Stray marks")), "{said:#?}");
    assert_eq!(said.len(), 2, "{said:#?}");
}
