//! Function words: the closed classes of English that the rules read as
//! grammar (articles, determiners, auxiliaries, copulas, relative pronouns,
//! month and day names, the particles inside names, the continents). Open-class word lists (money words, verbs of hiring,
//! nouns of rivalry, …) are data: `ontology/lexicon/words.tsv`.

/// Prepositions, conjunctions and relative words: each opens a phrase or
/// clause of its own and describes no noun.
pub const PHRASE_OPENERS: &[&str] = &[
    "to", "of", "for", "with", "from", "in", "on", "at", "by", "and", "or", "as", "than", "that", "which", "over",
    "about", "against", "between", "into", "amid", "via",
];

/// Articles.
pub const ARTICLES: &[&str] = &["a", "an", "the"];

/// Words that may stand before a title without being part of the role
/// ("its chief executive", "now chairman").
pub const TITLE_DETERMINERS: &[&str] =
    &["a", "an", "the", "its", "his", "her", "their", "now", "currently", "also", "previously", "formerly", "once"];

/// Auxiliaries and adverbs between a subject and its verb ("has also raised",
/// "had reportedly poached").
pub const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "will",
    "would",
    "also",
    "just",
    "recently",
    "now",
    "then",
    "later",
    "quickly",
    "still",
    "reportedly",
    "already",
    "since",
    "today",
];

/// Finite auxiliaries and modals that open a clause's verb right after its
/// subject ("the group was pursuing", "the company will"), folded.
pub const FINITE_AUXILIARIES: &[&str] =
    &["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should"];

/// The forms of "refer" ("Acme refers to its platform as Lumisk").
pub const REFER_VERBS: &[&str] = &["refer", "refers", "referred", "referring"];

/// Copulas: "X is / was / became the CEO".
pub const COPULAS: &[&str] = &["is", "was", "were", "became", "become", "becomes", "remains"];

/// Words opening a clause put before the main one ("when he became CEO,
/// X ..."), whose pronoun may stand for the main clause's subject.
pub const SUBORDINATORS: &[&str] =
    &["when", "after", "since", "before", "while", "once", "until", "although", "though"];

/// Pronouns that stand for a person named before.
pub const PERSON_PRONOUNS: &[&str] = &["he", "she"];

/// Honorifics that say a person is a man ("Mr Clifford"), folded.
pub const MALE_HONORIFICS: &[&str] = &["mr", "sir", "lord"];

/// Honorifics that say a person is a woman ("Ms Okafor"), folded.
pub const FEMALE_HONORIFICS: &[&str] = &["ms", "mrs", "miss", "dame", "lady"];

/// Third-person pronouns, subject and possessive, of things and of people.
pub const THIRD_PERSON_PRONOUNS: &[&str] = &["it", "its", "he", "she", "his", "her", "they", "their"];

/// Relative pronouns that open a clause about the name before them.
pub const RELATIVES: &[&str] = &["which", "that"];

/// The noun that makes a place's demonym a name of its government as an
/// actor: "the Ruritanian Government".
pub const GOVERNMENT: &str = "Government";

/// Month names, lower case, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Day names, lower case.
pub const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Words that may stand between an organisation's "the company" / "it" and
/// its speech verb ("the startup today announced", "it also said").
pub const BEFORE_VERB: [&str; 6] = ["today", "also", "previously", "later", "then", "had"];

/// Short words a title in title case keeps in lower case ("Made in the
/// Desert", "It's Not the Money").
pub const TITLE_CASE_LOWER: &[&str] =
    &["a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "for", "with", "at", "by", "as", "from"];

/// Speech verbs whose object, not their subject, speaks ("Reuters quoted
/// X as saying").
pub const QUOTING_VERBS: &[&str] = &["quoted"];

/// Last words of the names of investment firms and banks, after which (or
/// before which) a capitalized common word still belongs to the name
/// ("Capital Today", "Now Venture Partners", "Global Ventures"); a sector
/// word does not hold one ("Big Tech", "Generative AI").
pub const FIRM_ENDS: &[&str] = &[
    "Capital",
    "Ventures",
    "Partners",
    "Fund",
    "Funds",
    "Investments",
    "Equity",
    "Holdings",
    "Group",
    "Bank",
    "Securities",
    "Advisors",
    "Advisers",
    "Associates",
    "Management",
];

/// Fields a public body or bank serves, which an "and" joins inside its
/// name ("Industrial and Commercial Bank", "Ministry of Information and
/// Broadcasting", "Export and Credit Insurance Corp.", "Science and
/// Technology Center", "Water and Power Authority").
pub const INSTITUTION_FIELDS: &[&str] = &[
    "Industrial",
    "Commercial",
    "Industry",
    "Trade",
    "Commerce",
    "Information",
    "Broadcasting",
    "Science",
    "Sciences",
    "Technology",
    "Food",
    "Drug",
    "Drugs",
    "Export",
    "Import",
    "Credit",
    "Water",
    "Power",
    "Mines",
    "Energy",
    "Health",
    "Education",
    "Transport",
    "Finance",
    "Agriculture",
    "Planning",
    "Environment",
    "Housing",
    "Labour",
    "Labor",
    "Culture",
    "Tourism",
    "Communications",
    "Justice",
    "Defence",
    "Defense",
    "Markets",
    "Competition",
    "Exchange",
    "Investment",
    "Savings",
    "Loan",
    "Research",
    "Innovation",
    "Fisheries",
    "Forestry",
    "Petroleum",
    "Electricity",
    "Welfare",
    "Infrastructure",
    "Telecommunications",
    "Aviation",
    "Customs",
    "Revenue",
    "Economy",
    "Economic",
    "Development",
    "Banking",
    "Payments",
];

/// Verbs with which an organisation answers a report, then quoted: "Acme
/// denied the report. “…”" (no speech verbs for the relation cues: "denied
/// it had been in talks to buy X" states no deal).
pub const ANSWERING_VERBS: &[&str] = &["denied", "denies", "rejected", "rejects", "dismissed", "dismisses"];

/// Particles written joined to a family name, which then starts with them
/// even in lower case ("al-Rashidi said").
pub const HYPHEN_PARTICLES: [&str; 2] = ["al", "el"];

/// Words that close a firm's name after a spaced "&": "Quellby & Company",
/// "Harrow Tate & Sons", "Brindle & Co." (never "R&D", written joined).
pub const AMPERSAND_FIRM_ENDS: &[&str] = &["Co", "Company", "Sons", "Partners", "Associates", "Brothers", "Cie"];

/// Words that join the parts of a name ("University of California", "Banco do
/// Brasil", "Sociedad Minera y Metales").
pub const CONNECTORS: &[&str] =
    &["of", "de", "van", "von", "der", "den", "du", "la", "le", "al", "bin", "da", "di", "do", "del", "y", "for", "&"];

/// Words inside people's names ("Alwaleed bin Talal", "Ursula von der Leyen").
pub const PERSON_CONNECTORS: &[&str] =
    &["de", "van", "von", "der", "den", "du", "la", "le", "al", "bin", "da", "di", "dos", "del"];

/// Kinds of a company's own board ("the Supervisory Board", "its Sharia
/// Advisory Board"): a name ending in "Board" after one of them is a body of
/// the company, not an institution of its own ("Foreign Investment Review
/// Board" is one).
pub const COMPANY_BOARDS: &[&str] =
    &["Supervisory", "Executive", "Management", "Advisory", "Audit", "Directors", "Governors", "Trustees"];

/// Continents, which a region word before makes a region.
/// The news agencies' abbreviations of US states and the states' names,
/// written with a full stop after a town ("Lake Forest, Ill.", "El Segundo,
/// Calif.-based"); two-letter ones that are also words ("Pa", "La", "Mo")
/// are left out.
pub const STATE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("Ala", "Alabama"),
    ("Ariz", "Arizona"),
    ("Ark", "Arkansas"),
    ("Calif", "California"),
    ("Colo", "Colorado"),
    ("Conn", "Connecticut"),
    ("Del", "Delaware"),
    ("Fla", "Florida"),
    ("Ga", "Georgia"),
    ("Ill", "Illinois"),
    ("Ind", "Indiana"),
    ("Kan", "Kansas"),
    ("Ky", "Kentucky"),
    ("Md", "Maryland"),
    ("Mass", "Massachusetts"),
    ("Mich", "Michigan"),
    ("Minn", "Minnesota"),
    ("Miss", "Mississippi"),
    ("Mont", "Montana"),
    ("Neb", "Nebraska"),
    ("Nev", "Nevada"),
    ("Okla", "Oklahoma"),
    ("Ore", "Oregon"),
    ("Tenn", "Tennessee"),
    ("Va", "Virginia"),
    ("Vt", "Vermont"),
    ("Wash", "Washington"),
    ("Wis", "Wisconsin"),
    ("Wyo", "Wyoming"),
];

/// The head of a public body named by what it is for: "the Bank of
/// Industry", "Ruritania's Ministry of Finance", "the Department of Energy"
/// (not "Board": "the Board of Directors" is a company's board).
pub const INSTITUTION_HEADS: &[&str] =
    &["Bank", "Ministry", "Department", "Authority", "Agency", "Commission", "Institute", "Bureau", "Fund"];

/// Words that make an organisation noun a nation's own company: "the
/// national airline of the UAE", "the state oil company of Norway", "the
/// flag carrier of Ruritania".
pub const NATIONAL_WORDS: &[&str] = &["national", "state", "flag", "sovereign", "state-owned", "state-run"];

/// Nouns of AI models that business news also uses of people ("the
/// founding family", "the Vantor families"): alone they do not make an
/// article one about AI.
pub const LOOSE_MODEL_NOUNS: &[&str] = &["family", "families"];

/// Nouns of AI models that news also uses of cars, phones and planes ("the
/// Zaro and Pico models" a car plant makes): alone they do not make an
/// article one about AI, and there they name a product's model.
pub const SHARED_MODEL_NOUNS: &[&str] = &["model", "models"];

pub const CONTINENTS: &[&str] = &["Africa", "Asia", "Europe", "America", "Oceania"];

/// Words before a noun of a part that make it a part no longer owned ("its
/// former subsidiaries", "its ex-units").
pub const PAST_WORDS: &[&str] = &["former", "ex", "previous", "onetime", "erstwhile", "sold"];

/// Words that may stand between a name and its former name ("Acme,
/// formerly known as Zentrix", "Acme (formerly Zentrix)", "Acme, which was
/// called Zentrix until 2021").
pub const FORMER_GAP: &[&str] = &[
    "which",
    "who",
    "was",
    "were",
    "had",
    "been",
    "formerly",
    "previously",
    "once",
    "then",
    "until",
    "recently",
    "known",
    "as",
    "called",
    "named",
    ",",
    "(",
    "a.k.a",
    "aka",
];

/// Words that end a run of words describing a company ("Swedish battery
/// maker Zentrix"): prepositions, relatives, determiners, auxiliaries.
pub const DESCRIPTION_ENDS: &[&str] = &[
    "to", "of", "for", "with", "from", "in", "on", "at", "by", "as", "than", "that", "which", "who", "whose", "the",
    "a", "an", "its", "their", "is", "was", "are", "were", "has", "had", "have", "said", "says", "will", "would",
];

/// Words of a part of a country before its name ("in central Germany",
/// "in the north of Italy" is not read).
pub const COMPASS_WORDS: &[&str] = &[
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north",
    "south",
    "east",
    "west",
    "mid",
];

/// Seat nouns that name the head seat, not any office ("its Swiss
/// headquarters" places the company, "its Swiss offices" need not).
pub const HEAD_SEATS: &[&str] = &["headquarters", "headquarter", "hq"];

/// Words between an organisation's possessive and the noun of its seat
/// ("Acme's new head office in Lyon", "Acme's global headquarters").
pub const SEAT_MODIFIERS: &[&str] = &["new", "main", "global", "corporate", "head", "former", "registered", "current"];

/// Verbs between a seat noun and the "in" of its place ("Acme's
/// headquarters are in Lyon", "its offices will remain in Porto").
pub const SEAT_VERBS: &[&str] = &["is", "are", "was", "were", "will", "remain", "remains", "stay", "stays", "be"];

/// Prepositions before a place that make it a circumstance, not an owner
/// ("sales in Chile").
pub const PLACE_PREPOSITIONS: &[&str] =
    &["in", "from", "to", "across", "at", "of", "into", "for", "with", "by", "on", "throughout", "outside", "within"];

/// Words that are no part of the field words between a company and a title
/// ("Acme home improvement managing director X"): prepositions, determiners,
/// relatives, auxiliaries, "said".
pub const FIELD_STOPS: &[&str] = &[
    "or", "of", "at", "for", "with", "in", "on", "to", "from", "by", "the", "a", "an", "is", "was", "who", "which",
    "that", "as", "has", "had", "said",
];

/// Company forms and group words of other languages written before the
/// name ("PT Aneka Mitra", "Grupo Ecos", "Groupe Lumen"): the capitalized run
/// after one is an organisation's name, the word included.
pub const COMPANY_PREFIXES: &[&str] = &["PT", "Grupo", "Groupe", "Gruppo", "Grupa"];

/// Business functions that end a department's name ("Head of Clinical
/// Development & Medical Affairs", "Director of Product Marketing"): never
/// a company suffix.
pub const BUSINESS_FUNCTIONS: &[&str] = &[
    "Development",
    "Affairs",
    "Operations",
    "Marketing",
    "Sales",
    "Communications",
    "Relations",
    "Strategy",
    "Engineering",
    "Procurement",
    "Compliance",
    "Partnerships",
    "Policy",
];

/// Small counts written as words, before a plural ("its three founders", "the two companies").
pub const COUNT_WORDS: &[&str] = &["two", "three", "four", "five", "six"];

/// The second half of a hyphened count of parties after a count word ("a three-way deal", "a four-party pact").
pub const PARTY_COUNTS: &[&str] = &["way", "party", "sided"];

/// The last word of a plural founder noun ("founders", "co-founders"): it may open a list of them.
pub const FOUNDER_PLURALS: &[&str] = &["founders", "cofounders"];

/// Adverbs that link a sentence to the one before, set off by commas ("In
/// Lyon, however, Zentrix…").
pub const LINKING_ADVERBS: &[&str] = &["however", "meanwhile", "likewise", "similarly", "too", "also"];

/// Adverbs that may stand between a subject and its verb ("it also acquired", "was formerly a part of"),
/// or between "and" and a second verb sharing the first clause's subject ("…, and previously worked at").
pub const SUBJECT_ADVERBS: &[&str] = &[
    "also",
    "now",
    "already",
    "still",
    "recently",
    "then",
    "later",
    "earlier",
    "formerly",
    "previously",
    "once",
    "further",
];

/// Nouns of a line of products, after describing words ("the X narrowbody
/// line", "the X electric vehicle lineup").
pub const PRODUCT_LINE_NOUNS: &[&str] = &["line", "lineup", "range"];

/// Endings of international nonproprietary drug names, which no common
/// English word has: a word in lower case ending so names a drug, as news
/// writes them ("its experimental drug velorimab", "Acme's ostatinib").
pub const DRUG_NAME_ENDS: &[&str] = &[
    "mab",
    "nib",
    "ciclib",
    "parib",
    "zomib",
    "lisib",
    "degib",
    "vir",
    "gliflozin",
    "gliptin",
    "sartan",
    "vastatin",
    "prazole",
    "taxel",
    "rubicin",
    "glutide",
    "lintide",
    "patide",
    "trutide",
    "dutide",
    "mycin",
    "floxacin",
    "tecan",
    "platin",
    "lukast",
    "triptan",
    "setron",
    "dronate",
];

/// Capitalized words that make a name a document, plan or prize, not a
/// product, though a launch verb brings it out ("introduced the Digital
/// Markets Act", "released the Annual Report", "launched the Harbour Project").
pub const NON_PRODUCT_HEADS: &[&str] = &[
    "Act",
    "Report",
    "Project",
    "Plan",
    "Program",
    "Programme",
    "Strategy",
    "Initiative",
    "Agreement",
    "Index",
    "Award",
    "Awards",
    "Prize",
    "Round",
];

/// Words that open a noun phrase naming a new thing, before a noun and a
/// naming participle ("an app called X", "its new phone dubbed X"; not "the
/// company named X chief": there "named" is the verb).
pub const NEW_THING_DETERMINERS: &[&str] = &["a", "an", "its", "their", "new"];

/// Verbs of a person's work beside the lead verbs, which an "at" and the
/// employer may follow a few words later ("served as an engineer at Acme",
/// "was involved in research at Acme", "spent ten years at Acme").
pub const WORK_VERBS: &[&str] = &["served", "serves", "involved", "spent", "spends"];

/// Verbs of holding a post, which a noun of posts and then "at" or "with" and
/// the employers follow ("held leadership roles at Acme", "held posts with
/// the airline").
pub const HOLD_VERBS: &[&str] = &["held", "holds", "holding"];

/// Nouns of a spell of work, which "at" or "with" and the employers follow
/// ("stints at Acme and Zentrix", "his tenure at Acme").
pub const STINT_NOUNS: &[&str] = &["stint", "stints", "tenure", "spell", "spells"];

/// Nouns of one who holds a stake in a company ("Acme's largest
/// shareholder", "one of its early backers").
pub const HOLDER_NOUNS: &[&str] =
    &["shareholder", "shareholders", "investor", "investors", "stakeholder", "backer", "backers"];

/// Words opening a phrase put before a sentence's subject ("After stints at
/// Acme, X founded …", "Following their years at Acme, they …").
pub const FRONTING_WORDS: &[&str] = &["after", "following", "before", "during", "besides", "between"];

/// Words of time before a participle of joining ("before joining Acme",
/// "since joining Acme"): the sentence's subject works there.
pub const JOINING_TIME_WORDS: &[&str] = &["before", "after", "since", "upon", "on", "until", "following", "when"];

/// Words opening a phrase put before a sentence's subject and closed by a comma
/// ("Next year, Acme will…", "By buying Zentrix in 2020, Acme made…", "Having won
/// approval, Acme bought…"): the sentence's subject stands after the comma.
pub const FRONTED_PHRASE_OPENERS: &[&str] = &[
    "after",
    "following",
    "before",
    "during",
    "besides",
    "next",
    "last",
    "this",
    "earlier",
    "later",
    "in",
    "on",
    "by",
    "since",
    "under",
    "through",
    "having",
    "despite",
    "amid",
];

/// Nouns of a length of time ("spent ten years at Acme").
pub const DURATION_NOUNS: &[&str] = &["years", "months", "decades", "year", "decade"];

/// Nouns of money put into a company that, besides the round nouns, a list of
/// its investors may follow after "from" ("a seed round from A", "investments
/// from A", "the infusion of capital from A", "contributions from A").
pub const ROUND_FROM_NOUNS: &[&str] = &[
    "seed",
    "series",
    "investments",
    "capital",
    "injection",
    "infusion",
    "contribution",
    "contributions",
    "participation",
    "backing",
];

/// Words of inclusion that a list of members follows ("investors include",
/// "a round that included").
pub const INCLUDE_WORDS: &[&str] = &["include", "includes", "included", "including"];
