//! The data extraction runs on: lexicon of known entities, cue phrases, name lists.
//! Loaded from files under `ontology/lexicon/`; the built-in copy is compiled in.
//!
//! Every file has the same shape: `#` comment lines, one header line naming the
//! columns, then one row per line, columns separated by tabs. A user folder
//! given to [`Resources::with_dir`] may hold files of the same names; their rows
//! are added to the built-in ones.

use rustc_hash::{FxHashMap, FxHashSet};
use std::path::{Path, PathBuf};

use super::model::{EntityClass, Predicate};
use super::phrases::{Case, PhraseTable};
use crate::error::{Error, Result};

/// A known entity of the lexicon.
#[derive(Clone, Debug, PartialEq)]
pub struct LexEntry {
    pub name: String,
    pub class: EntityClass,
    pub wikidata: Option<String>,
    /// A product its company runs as a service (owned, not developed).
    pub platform: bool,
}

/// The tie a job title or role puts between a person and an organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tie {
    /// Employment: `worksFor` with the title as role.
    Work,
    /// Founding: `founded`.
    Founder,
    /// Any other tie: `affiliatedWith` (board member, advisor, student).
    Affiliate,
}

/// The sex a given name is mostly given to, which "he" and "she" follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// Which side of a cue phrase the subject stands on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    /// "X acquired Y": subject before, object after.
    Active,
    /// "Y, acquired by X": object before, subject after.
    Passive,
    /// "a partnership between X, Y and Z": the names listed after the phrase
    /// are tied to each other, pairwise (symmetric predicates only).
    Between,
}

/// A relation cue phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    pub predicate: Predicate,
    pub frame: Frame,
    /// In a sentence about money, the article's main organisation fills a
    /// missing side.
    pub topic: bool,
}

/// The open-class word lists of `words.tsv`, by the name in its first column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Words {
    /// Words that make a sentence about money.
    Money,
    /// Nouns naming a funding round.
    RoundNoun,
    /// Verbs by which a company takes money in ("raised $5m", "closed a round").
    RaiseVerb,
    /// Verbs by which an organisation takes a person on.
    HireVerb,
    /// Verbs of a person's move that a "from" (the former employer) may follow.
    MoveVerb,
    /// Verbs by which a person takes a role ("joined Acme as CFO").
    JoinVerb,
    /// Verbs of selling.
    SellVerb,
    /// What is sold when it is not the company itself ("sold its stake to").
    SoldPart,
    /// Verbs of founding an organisation.
    FoundVerb,
    /// Words that deny or weaken the fact a cue states ("did not acquire", "nearly bought").
    Negation,
    /// Nouns that stand for an organisation named elsewhere ("the company", "the startup").
    CompanyNoun,
    /// Nouns naming a part of an organisation that it owns ("Acme's cloud unit").
    UnitNoun,
    /// Nouns of competition ("Acme's rivals include").
    RivalNoun,
    /// Nouns of partnership.
    PartnerNoun,
    /// Nouns of investors.
    InvestorNoun,
    /// Nouns of an owner ("Acme's parent").
    ParentNoun,
    /// Nouns of a group of investors ("a consortium led by").
    InvestorGroup,
    /// Bodies a person sits on ("joined the board of").
    BoardNoun,
    /// Words that seat a person on a board named after them ("joined its board", "a member of the board").
    SeatWord,
    /// Nouns of a degree a school awards ("an MBA from").
    DegreeNoun,
    /// Participles of schooling joined to a school's name ("Harvard-trained").
    SchoolingWord,
    /// Words that introduce a name ("a startup called Brindle").
    NamingVerb,
    /// Verbs that quote a word to characterise something ("called it 'a mistake'"): no speech.
    CharacterisingVerb,
    /// Verbs of telling, which name the listener after them ("told Reuters").
    TellingVerb,
    /// Nouns of a spokesperson.
    Spokesperson,
    /// Nouns after a name that make it an event ("Acme Summit").
    EventNoun,
    /// Nouns of a meeting a company holds ("the Acme AGM", "its annual meeting").
    MeetingNoun,
    /// Plural nouns that introduce a list of products ("products like X and Y").
    ProductPlural,
    /// Nouns of a brand or franchise a company owns rather than makes ("its Dravo brand").
    BrandNoun,
    /// Plural nouns of businesses around a list of their names ("stores X and Y", "the X and Y chains").
    BusinessPlural,
    /// Words after a number that make it an amount, not part of a name.
    QuantityWord,
    /// Words that are part of a role when they precede a title ("senior vice president").
    RoleModifier,
    /// Words of a top role.
    TopTitle,
    /// Words after a place and a hyphen that locate what follows ("Paris-based").
    BasedWord,
    /// Company forms written with a full stop inside a name ("Warner Bros. Pictures").
    InnerForm,
    /// Verbs of putting money in a company, before an amount ("invest $5bn in").
    InvestVerb,
    /// Verbs of buying a company after "agreed to".
    AcquireVerb,
    /// Verbs of paying, before an amount and "for" ("paid $2bn for X").
    PayVerb,
    /// Nouns that number the parts of something ("Part 2", "Phase 3"): not a name.
    NumberedPart,
    /// Words before a continent that name a region of it ("central Asia").
    RegionWord,
    /// Words that open a picture credit ("Photograph: Jane Doe").
    CreditOpener,
    /// Words that open an agency credit in parentheses ("(Reporting by Jane Doe)").
    AgencyCredit,
    /// Words that make a name a corporate group's ("Acme Group", "Acme Holdings").
    GroupWord,
    /// Nouns before a name that may be a person or an organisation ("investor X").
    InvestorOrOwner,
    /// Nouns of a relative, in an apposition after a person's name ("X, son of Y").
    KinNoun,
    /// Nouns of money that a cue word can be ("raised funds", "new funding").
    FundNoun,
    /// Words of a legal action, after which "against" states no competition.
    LegalAction,
    /// Words of an agreement that a purchase may follow ("struck a deal with X to buy it").
    DealWord,
    /// Verbs of running an organisation or a part of it ("who runs its cloud unit").
    LeadVerb,
    /// Verbs of running an organisation named right after them ("Roe headed Zentrix").
    RunVerb,
    /// Verbs of staying on in a post, before "as" and a title ("will continue as CFO").
    StayVerb,
    /// Nouns of a part an organisation owns, in an apposition ("Brindle, Acme's chip unit").
    OwnedPart,
    /// Plural nouns of parts an organisation owns, naming a list ("its units Zentrix and Brindle").
    OwnedParts,
    /// Participles that, after a hyphen, make the name before them an owner or backer ("Acme-backed").
    OwnedVerb,
    /// Nouns of a company a person keeps for their money, before "of" and the person ("Zentrix, the family office of Dana Roe").
    OwnerVehicle,
    /// Last words of a holding or investment firm's name, which a person's possessive makes theirs ("Dana Roe's Zentrix Capital").
    HoldingNameWord,
    /// Verbs whose subject, right before them, is a company ("Helixor raised").
    BusinessVerb,
    /// Nouns of a change of owner that make an agreement a purchase ("the merger agreement between").
    PurchaseNoun,
    /// Units and multipliers written with a number ("16GB", "350kW", "$4.5M", "700 MW"): a measure, not a name.
    Unit,
    /// Currency codes and signs written with an amount ("KES140", "Rs 9,999", "R2bn"): money, not a name.
    Currency,
    /// Nouns of a document an organisation speaks through ("the statement said", "said a company statement").
    StatementNoun,
    /// Nouns of a site or an area, after a name or in its appositive, that make it a place ("the Quellby plant", "Quellby, a suburb of Oslo").
    PlaceNoun,
    /// Nouns of a joint venture ("joint venture", "JV").
    VentureNoun,
    /// Nouns of the place an organisation has its seat or offices in ("Acme's Lyon headquarters").
    SeatNoun,
    /// Nouns after "home" that make it an organisation's seat ("Acme's home base of Lyon", "Porto, the home market of Acme").
    HomeSeatNoun,
    /// Nouns of an agreement that, after a verb of signing, tie the companies that signed it.
    PactNoun,
    /// Verbs of signing an agreement ("signed", "concluded", "entered into").
    SignVerb,
    /// Verbs of setting something up, before "a joint …" ("A and B will
    /// create a joint fund", "began the construction of a joint plant").
    UndertakeVerb,
    /// Verbs by which an organisation gives a person a post ("named X chief executive", "was appointed CEO").
    AppointVerb,
    /// Nouns of a writer's job that end a byline ("Jane Doe, Daily Planet staff writer").
    ReporterNoun,
    /// Nouns of a partnership the names right before them form ("the Acme-Brindle alliance").
    AllianceNoun,
    /// Nouns of bringing out a product, after its maker's possessive ("Acme's release of Vorta").
    LaunchNoun,
    /// Verbs by which a person takes another's post ("A replaced B as chief executive").
    ReplaceVerb,
    /// Words that hand a post from one person to another: "successor",
    /// "predecessor", and the forms of "take" in "take over from".
    HandoverWord,
    /// Participles after which "by" names the outlet a report comes from ("as reported by X", "cited by X").
    SourceVerb,
    /// Words that make an agreement one of more than two parties ("a tripartite agreement with A and B").
    MultiParty,
    /// Words of joint work after "to" ("…with A and B to collaborate on", "to work together", "to jointly build").
    JointWork,
    /// Nouns of holding a company after its owner's possessive ("Acme's control of Zentrix").
    ControlNoun,
    /// Nouns of a company bought, after its possessive and before "by" and
    /// its buyer ("Zentrix's acquisition by Acme", "its takeover by Acme").
    BoughtNoun,
    /// Product nouns that businesses are described by as well ("delivery service
    /// Quickmart", "e-commerce platform Shoply", "accounting software Ledgerly"):
    /// without a determiner or owner before them they do not make the next name a product.
    BusinessLikeProductNoun,
    /// Nouns of an area a place is ("the city of Quellby", "the Quellby business
    /// district"): unlike a site's nouns (plant, facility), never the premises of a
    /// company named before them.
    AreaNoun,
    /// Words after which "in" and a name place what the sentence speaks of
    /// ("based in Quellby", "founded in 1984 in Quellby").
    LocatingWord,
    /// Organisation nouns of public bodies and institutions, which "the German
    /// regulator" or "the Kenyan agency" do not use for a company named before.
    PublicBodyNoun,
    /// Participles that give a thing its name ("an AI chatbot named X", "a
    /// handset called X", "a startup dubbed X").
    NamingParticiple,
    /// Words before a company noun that make it some other company than one
    /// named before ("the parent company", "the new firm", "the other bank").
    OtherCompanyWord,
    /// Nouns of a kind of business that, right before or after a name behind
    /// "its", name a business the company runs ("its e-commerce retailer
    /// Brindle", "its budget airline, Skyhop"): not a bank, lender or supplier,
    /// which serve it.
    OwnedBusinessNoun,
    /// Nouns of another company's tie to a company, not its ownership ("its
    /// rival retailer X", "its customer X", "its partner airline X").
    TieNoun,
    /// Verbs by which an outlet reports what others did ("the Daily Post
    /// reported that Acme and Brindle…"): the outlet is not one of the actors.
    ReportingVerb,
    /// Nouns of a company an owner of money put it in, after the owner's
    /// possessive ("Zentrix, one of Acme's biggest investments": Acme invested
    /// in Zentrix).
    InvestmentNoun,
    /// Heads of a company (lower case) whose "of" names the company, never a
    /// portfolio ("Chairman of Bolvar Group", not "Minister of Finance").
    CompanyOfficer,
    /// Words of buying a stake, before its measure ("agreed to buy a 55% stake",
    /// "the acquisition of a controlling stake", "took a 60 per cent stake"): a
    /// majority stake bought is a purchase of the company, one held an investment.
    StakeBuyingWord,
    /// Nouns of a group of a company's staff that a person may lead ("Acme
    /// analysts led by X", "Acme's research team, led by X", "a team at Acme
    /// led by X"): the leader works there.
    StaffNoun,
    /// Plural nouns of a company's people ("Brenvik analysts said", "executives
    /// from Brenvik and Casterly"): the name they go with is the company's.
    StaffPlural,
    /// Nouns of a company's stock ("shares of Vossberg Hallqvist", "Quorvex
    /// shares rose").
    StockNoun,
    /// Nouns a company's name goes before, bare or possessive, and a person's
    /// name does not: its shops and premises, its units, its brand, its staff
    /// and owners ("Vossberg Hallqvist stores", "Lundholm Greer's subsidiary").
    CompanyPropertyNoun,
    /// Verbs of bringing out a product, before its name ("Acme unveiled the
    /// flagship Zaro Note", "launched its latest Pavo").
    LaunchVerb,
    /// Words between a launch verb and a product's name ("unveiled the new
    /// Zaro Note", "launched its flagship Pavo").
    LaunchedThingWord,
    /// Area nouns that, capitalized after a known place, make one longer place
    /// ("Hong Kong Island", "Quellby Province"); not "City" or "State", which
    /// after a place's name as often make a club or a university ("Quellby City
    /// FC", "Quellby State").
    AreaNameEnd,
    /// Company nouns that say no kind of business ("the company", "the group"):
    /// any organisation may be what they stand for.
    GenericCompanyNoun,
    /// Nouns of a site that "in" and a place's name follow ("the 300 MW
    /// project in Quandong", "its chip fab in Tessbury"), beside the place nouns
    /// of `words.tsv`.
    SiteNoun,
    /// Words of a deal not (yet) made, before a cue of buying or investing
    /// ("its attempt to buy", "a hostile takeover of", "a possible move to buy a
    /// stake in", "in talks to acquire"): a bid not agreed is no purchase.
    TentativeWord,
    /// Words of a regulator's or a court's say on a deal ("decision to
    /// authorise the acquisition of", "blocked the takeover of"): who approves
    /// a purchase is not who buys.
    ApprovalWord,
    /// Words of supplying before a noun of agreement ("a supply deal with X", "a
    /// gas supply agreement"): a supply contract, which is no partnership.
    SupplyWord,
    /// Nouns of a news outlet's kind, right before or after its name
    /// ("business daily X", "the X newspaper"): the name is an organisation.
    OutletNoun,
    /// Words of a medium that, before a noun of `media-head`, make an outlet
    /// noun of two words ("X news agency", "X radio station").
    MediaWord,
    /// Verbs a newsroom states its own finding with ("X understands that",
    /// "X first reported"): a name before them that opens its sentence is an outlet.
    NewsroomVerb,
    /// Nouns after a word of `media-word` ("news agency", "radio station").
    MediaHead,
    /// Nouns of a currency that a place's name before them qualifies ("US
    /// dollars", "Hong Kong dollar"): money, not the place.
    CurrencyNoun,
    /// Titles a company may hold as well as a person ("Zentrix, a partner of
    /// Acme"): a second apposition with one of them may describe the company.
    CompanyHeldTitle,
    /// Degrees and honours written after a name between commas ("X, Ph.D.,
    /// vice president of Y"), compared with their stops taken out ("phd").
    Credential,
    /// Last words of a company's name that "of" and a known place may follow
    /// to say where it is from ("Kestrel Couriers of Aberdeen", "Zentrix AG of
    /// Germany"); not the heads of banks, public bodies and schools, whose
    /// "of" and place are part of the name ("Reserve Bank of India").
    CompanyOfPlaceEnd,
    /// Words of an investor's standing in a round, before a singular investor
    /// noun and a name ("with existing backer X", "lead investor X"): X put
    /// money in the round.
    InvestorStanding,
    /// Nouns of posts a person holds at an employer ("held senior roles at
    /// Acme", "held executive positions with Zentrix").
    PostNoun,
    /// Adverbs that put a state in the past ("previously owned by Acme",
    /// "formerly a unit of Acme"): the owner was, and is no longer.
    FormerTimeWord,
    /// Verbs of pledging money, before an amount ("pledged $300m to support X").
    PledgeVerb,
    /// Verbs of supporting a company, after "to" and an amount pledged or
    /// invested ("committed $50m to fund X", "to help X expand").
    SupportVerb,
    /// Words of a post not (yet) given, before a verb of replacing ("a
    /// candidate to replace B", "is expected to succeed B").
    CandidacyWord,
    /// Words that give what a name means, before quotation marks ("which
    /// roughly translates to “…”", "literally “…”"): a gloss, not speech.
    GlossWord,
    /// Plural titles that tie the people named after them to the company
    /// before them only in lower case ("Torvik partners Ada Lunn and Ben
    /// Sato"): capitalised, they end a firm's name ("Torvik Partners").
    LowerCaseTitle,
    /// Nouns of the people a service serves ("X, which allows users to …").
    UserNoun,
    /// Verbs of a company's act that a one-word name opening a sentence may
    /// be the subject of ("Brannoch has struck two deals", "Plessard, which
    /// owns three plants, …").
    CompanyActVerb,
}

impl Words {
    /// Every list, in the order of the file.
    pub const ALL: &'static [Words] = &[
        Words::Money,
        Words::RoundNoun,
        Words::RaiseVerb,
        Words::HireVerb,
        Words::MoveVerb,
        Words::JoinVerb,
        Words::SellVerb,
        Words::SoldPart,
        Words::FoundVerb,
        Words::Negation,
        Words::CompanyNoun,
        Words::UnitNoun,
        Words::RivalNoun,
        Words::PartnerNoun,
        Words::InvestorNoun,
        Words::ParentNoun,
        Words::InvestorGroup,
        Words::BoardNoun,
        Words::SeatWord,
        Words::DegreeNoun,
        Words::SchoolingWord,
        Words::NamingVerb,
        Words::CharacterisingVerb,
        Words::TellingVerb,
        Words::Spokesperson,
        Words::EventNoun,
        Words::MeetingNoun,
        Words::ProductPlural,
        Words::BusinessPlural,
        Words::BrandNoun,
        Words::QuantityWord,
        Words::RoleModifier,
        Words::TopTitle,
        Words::BasedWord,
        Words::InnerForm,
        Words::InvestVerb,
        Words::AcquireVerb,
        Words::PayVerb,
        Words::NumberedPart,
        Words::RegionWord,
        Words::CreditOpener,
        Words::AgencyCredit,
        Words::GroupWord,
        Words::InvestorOrOwner,
        Words::KinNoun,
        Words::FundNoun,
        Words::LegalAction,
        Words::DealWord,
        Words::LeadVerb,
        Words::RunVerb,
        Words::StayVerb,
        Words::OwnedPart,
        Words::OwnedParts,
        Words::OwnedVerb,
        Words::OwnerVehicle,
        Words::HoldingNameWord,
        Words::BusinessVerb,
        Words::PurchaseNoun,
        Words::Unit,
        Words::Currency,
        Words::StatementNoun,
        Words::PlaceNoun,
        Words::VentureNoun,
        Words::SeatNoun,
        Words::HomeSeatNoun,
        Words::PactNoun,
        Words::SignVerb,
        Words::UndertakeVerb,
        Words::AppointVerb,
        Words::ReporterNoun,
        Words::AllianceNoun,
        Words::LaunchNoun,
        Words::ReplaceVerb,
        Words::HandoverWord,
        Words::SourceVerb,
        Words::MultiParty,
        Words::JointWork,
        Words::ControlNoun,
        Words::BoughtNoun,
        Words::BusinessLikeProductNoun,
        Words::AreaNoun,
        Words::LocatingWord,
        Words::PublicBodyNoun,
        Words::NamingParticiple,
        Words::OtherCompanyWord,
        Words::OwnedBusinessNoun,
        Words::TieNoun,
        Words::ReportingVerb,
        Words::InvestmentNoun,
        Words::CompanyOfficer,
        Words::StakeBuyingWord,
        Words::StaffNoun,
        Words::StaffPlural,
        Words::StockNoun,
        Words::CompanyPropertyNoun,
        Words::LaunchVerb,
        Words::LaunchedThingWord,
        Words::AreaNameEnd,
        Words::GenericCompanyNoun,
        Words::SiteNoun,
        Words::TentativeWord,
        Words::ApprovalWord,
        Words::SupplyWord,
        Words::OutletNoun,
        Words::MediaWord,
        Words::MediaHead,
        Words::NewsroomVerb,
        Words::CurrencyNoun,
        Words::CompanyHeldTitle,
        Words::Credential,
        Words::CompanyOfPlaceEnd,
        Words::InvestorStanding,
        Words::PostNoun,
        Words::FormerTimeWord,
        Words::PledgeVerb,
        Words::SupportVerb,
        Words::CandidacyWord,
        Words::GlossWord,
        Words::LowerCaseTitle,
        Words::UserNoun,
        Words::CompanyActVerb,
    ];

    /// The list's name in `words.tsv`.
    pub fn name(self) -> &'static str {
        match self {
            Words::BusinessVerb => "business-verb",
            Words::PurchaseNoun => "purchase-noun",
            Words::Unit => "unit",
            Words::Currency => "currency",
            Words::StatementNoun => "statement-noun",
            Words::OwnedVerb => "owned-verb",
            Words::OwnerVehicle => "owner-vehicle",
            Words::HoldingNameWord => "holding-name-word",
            Words::OwnedPart => "owned-part",
            Words::OwnedParts => "owned-parts",
            Words::LeadVerb => "lead-verb",
            Words::RunVerb => "run-verb",
            Words::StayVerb => "stay-verb",
            Words::DealWord => "deal-word",
            Words::LegalAction => "legal-action",
            Words::FundNoun => "fund-noun",
            Words::Money => "money",
            Words::RoundNoun => "round-noun",
            Words::RaiseVerb => "raise-verb",
            Words::HireVerb => "hire-verb",
            Words::MoveVerb => "move-verb",
            Words::JoinVerb => "join-verb",
            Words::SellVerb => "sell-verb",
            Words::SoldPart => "sold-part",
            Words::FoundVerb => "found-verb",
            Words::Negation => "negation",
            Words::CompanyNoun => "company-noun",
            Words::UnitNoun => "unit-noun",
            Words::RivalNoun => "rival-noun",
            Words::PartnerNoun => "partner-noun",
            Words::InvestorNoun => "investor-noun",
            Words::ParentNoun => "parent-noun",
            Words::InvestorGroup => "investor-group",
            Words::BoardNoun => "board-noun",
            Words::SeatWord => "seat-word",
            Words::DegreeNoun => "degree-noun",
            Words::SchoolingWord => "schooling-word",
            Words::NamingVerb => "naming-verb",
            Words::CharacterisingVerb => "characterising-verb",
            Words::TellingVerb => "telling-verb",
            Words::Spokesperson => "spokesperson",
            Words::EventNoun => "event-noun",
            Words::MeetingNoun => "meeting-noun",
            Words::ProductPlural => "product-plural",
            Words::BusinessPlural => "business-plural",
            Words::BrandNoun => "brand-noun",
            Words::QuantityWord => "quantity-word",
            Words::RoleModifier => "role-modifier",
            Words::TopTitle => "top-title",
            Words::BasedWord => "based-word",
            Words::InnerForm => "inner-form",
            Words::InvestVerb => "invest-verb",
            Words::AcquireVerb => "acquire-verb",
            Words::PayVerb => "pay-verb",
            Words::NumberedPart => "numbered-part",
            Words::RegionWord => "region-word",
            Words::CreditOpener => "credit-opener",
            Words::AgencyCredit => "agency-credit",
            Words::GroupWord => "group-word",
            Words::InvestorOrOwner => "investor-or-owner",
            Words::KinNoun => "kin-noun",
            Words::PlaceNoun => "place-noun",
            Words::VentureNoun => "venture-noun",
            Words::SeatNoun => "seat-noun",
            Words::HomeSeatNoun => "home-seat-noun",
            Words::PactNoun => "pact-noun",
            Words::SignVerb => "sign-verb",
            Words::UndertakeVerb => "undertake-verb",
            Words::AppointVerb => "appoint-verb",
            Words::SourceVerb => "source-verb",
            Words::ReporterNoun => "reporter-noun",
            Words::AllianceNoun => "alliance-noun",
            Words::LaunchNoun => "launch-noun",
            Words::ReplaceVerb => "replace-verb",
            Words::HandoverWord => "handover-word",
            Words::MultiParty => "multi-party",
            Words::JointWork => "joint-work",
            Words::ControlNoun => "control-noun",
            Words::BoughtNoun => "bought-noun",
            Words::BusinessLikeProductNoun => "business-like-product-noun",
            Words::AreaNoun => "area-noun",
            Words::LocatingWord => "locating-word",
            Words::PublicBodyNoun => "public-body-noun",
            Words::NamingParticiple => "naming-participle",
            Words::OtherCompanyWord => "other-company-word",
            Words::OwnedBusinessNoun => "owned-business-noun",
            Words::TieNoun => "tie-noun",
            Words::ReportingVerb => "reporting-verb",
            Words::InvestmentNoun => "investment-noun",
            Words::CompanyOfficer => "company-officer",
            Words::StakeBuyingWord => "stake-buying-word",
            Words::StaffNoun => "staff-noun",
            Words::StaffPlural => "staff-plural",
            Words::StockNoun => "stock-noun",
            Words::CompanyPropertyNoun => "company-property-noun",
            Words::LaunchVerb => "launch-verb",
            Words::LaunchedThingWord => "launched-thing-word",
            Words::AreaNameEnd => "area-name-end",
            Words::GenericCompanyNoun => "generic-company-noun",
            Words::SiteNoun => "site-noun",
            Words::TentativeWord => "tentative-word",
            Words::ApprovalWord => "approval-word",
            Words::SupplyWord => "supply-word",
            Words::OutletNoun => "outlet-noun",
            Words::MediaWord => "media-word",
            Words::MediaHead => "media-head",
            Words::NewsroomVerb => "newsroom-verb",
            Words::CurrencyNoun => "currency-noun",
            Words::CompanyHeldTitle => "company-held-title",
            Words::Credential => "credential",
            Words::CompanyOfPlaceEnd => "company-of-place-end",
            Words::InvestorStanding => "investor-standing",
            Words::PostNoun => "post-noun",
            Words::FormerTimeWord => "former-time-word",
            Words::PledgeVerb => "pledge-verb",
            Words::SupportVerb => "support-verb",
            Words::CandidacyWord => "candidacy-word",
            Words::GlossWord => "gloss-word",
            Words::LowerCaseTitle => "lower-case-title",
            Words::UserNoun => "user-noun",
            Words::CompanyActVerb => "company-act-verb",
        }
    }
}

/// Everything the extractor looks up.
#[derive(Clone, Debug)]
pub struct Resources {
    pub(crate) entries: Vec<LexEntry>,
    /// Names and aliases of `entries` → entry index (case-sensitive).
    pub(crate) names: PhraseTable<usize>,
    /// Canonical name → entry index.
    by_name: FxHashMap<String, usize>,
    pub(crate) given_names: FxHashSet<String>,
    /// Given names the census gives mostly to one sex.
    pub(crate) gender: FxHashMap<String, Gender>,
    pub(crate) surnames: FxHashSet<String>,
    pub(crate) titles: PhraseTable<Tie>,
    /// Honorifics, without their final period ("Dr", "H.E").
    pub(crate) honorifics: PhraseTable<()>,
    pub(crate) org_suffixes: FxHashSet<String>,
    pub(crate) org_nouns: PhraseTable<()>,
    pub(crate) thing_nouns: PhraseTable<EntityClass>,
    pub(crate) speech_verbs: PhraseTable<()>,
    /// Demonym ("Chinese") → place name as the lexicon spells it.
    pub(crate) demonyms: FxHashMap<String, String>,
    pub(crate) cues: PhraseTable<Cue>,
    pub(crate) common_words: FxHashSet<String>,
    /// Acronyms that are never a name or part of one ("IPO", "USD", "JST", "KC").
    pub(crate) generic_acronyms: FxHashSet<String>,
    /// Company suffixes that name the same company as the name without them
    /// ("Acme Group", "Acme Inc." are Acme), unlike a unit ("Acme Research").
    pub(crate) legal_suffixes: FxHashSet<String>,
    /// Legal forms ("Inc", "GmbH"): legal suffixes that are never a name on
    /// their own, and after whose period a sentence goes on.
    pub(crate) legal_forms: FxHashSet<String>,
    /// Title words of news outlets ("Gazette", "Insider"): a common word
    /// before one is a name of two words ("told Business Insider").
    pub(crate) outlet_suffixes: FxHashSet<String>,
    pub(crate) model_variants: FxHashSet<String>,
    /// Relation rule ("worksFor/title-before-name") → (facts it stated, how
    /// many were right) on annotated articles: `calibration.tsv`.
    calibration: FxHashMap<String, (u32, u32)>,
    /// The lists of `words.tsv`, indexed by [`Words`].
    words: Vec<FxHashSet<String>>,
    /// What a lower-cased word is, read once per token by a document: the
    /// lists of `words.tsv` that hold it and the folded tables it begins a
    /// phrase of, and the case-sensitive tables it begins a phrase of as
    /// written (a word written in lower case, as most are, needs no second
    /// look-up in `exact_index`). Built by [`Resources::reindex`] from
    /// `words` and the tables.
    folded_index: FxHashMap<String, (WordKeys, u8)>,
    /// The case-sensitive tables a word as written begins a phrase of.
    exact_index: FxHashMap<String, u8>,
    /// `keys_of` for each one-byte ASCII word, by its byte: punctuation and
    /// one-letter words are a fifth of an article's tokens, answered without
    /// hashing. Built by [`Resources::reindex`].
    ascii_keys: Vec<WordKeys>,
}

/// What the resources know of one word, as bits: see [`Resources::keys_of`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct WordKeys {
    /// Bit `list as usize` is set when the lower-cased word is in that list of `words.tsv`.
    pub words: u128,
    /// Bit `slot` is set when a phrase of the table with that slot begins
    /// with the word; bit [`DEMONYM_BIT`] when the word as written is a key of
    /// `demonyms` (asked at every token: a bit test, not a hash look-up).
    pub firsts: u8,
}

/// How many measured facts a rule's set confidence weighs as in
/// [`Resources::calibrated`]: on the real news the rules were not written
/// against, 4 ordered right and wrong facts best among 1, 2, 4 and 8.
const SET_CONFIDENCE_WEIGHT: f32 = 4.0;

/// The bit of `WordKeys::firsts` that no phrase table takes (their slots are 0 to 6).
pub(crate) const DEMONYM_BIT: u8 = 7;

// Every list of `words.tsv` has its bit in `WordKeys::words`.
const _: () = assert!(Words::ALL.len() <= 128);

/// The resource files, by name, with their built-in content.
const FILES: &[(&str, &str)] = &[
    ("entities.tsv", include_str!("../../ontology/lexicon/entities.tsv")),
    ("given-names.txt", include_str!("../../ontology/lexicon/given-names.txt")),
    ("surnames.txt", include_str!("../../ontology/lexicon/surnames.txt")),
    ("titles.tsv", include_str!("../../ontology/lexicon/titles.tsv")),
    ("honorifics.txt", include_str!("../../ontology/lexicon/honorifics.txt")),
    ("org-suffixes.txt", include_str!("../../ontology/lexicon/org-suffixes.txt")),
    ("org-nouns.txt", include_str!("../../ontology/lexicon/org-nouns.txt")),
    ("thing-nouns.tsv", include_str!("../../ontology/lexicon/thing-nouns.tsv")),
    ("speech-verbs.txt", include_str!("../../ontology/lexicon/speech-verbs.txt")),
    ("demonyms.tsv", include_str!("../../ontology/lexicon/demonyms.tsv")),
    ("cues.tsv", include_str!("../../ontology/lexicon/cues.tsv")),
    ("common-words.txt", include_str!("../../ontology/lexicon/common-words.txt")),
    ("model-variants.txt", include_str!("../../ontology/lexicon/model-variants.txt")),
    ("generic-acronyms.txt", include_str!("../../ontology/lexicon/generic-acronyms.txt")),
    ("words.tsv", include_str!("../../ontology/lexicon/words.tsv")),
    ("calibration.tsv", include_str!("../../ontology/lexicon/calibration.tsv")),
];

impl Default for Resources {
    fn default() -> Resources {
        Resources::embedded()
    }
}

impl Resources {
    /// The resources shipped with newsgraph (compiled into the binary).
    pub fn embedded() -> Resources {
        let mut r = Resources::empty();
        for (name, content) in FILES {
            let path = PathBuf::from("ontology/lexicon").join(name);
            if let Err(e) = r.add_file(&path, name, content) {
                panic!("built-in resource is malformed: {e}");
            }
        }
        r.reindex();
        r
    }

    /// The built-in resources extended with the files found in `dir`.
    pub fn with_dir(mut self, dir: &Path) -> Result<Resources> {
        if !dir.is_dir() {
            let source = std::io::Error::new(std::io::ErrorKind::NotFound, "no such folder");
            return Err(Error::Io { path: dir.to_path_buf(), source });
        }
        for (name, _) in FILES {
            let path = dir.join(name);
            if !path.exists() {
                continue;
            }
            let content = std::fs::read_to_string(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
            self.add_file(&path, name, &content)?;
        }
        self.reindex();
        Ok(self)
    }

    /// Rebuilds the per-word index from the word lists and the tables; run
    /// after every change to them (the two constructors do).
    fn reindex(&mut self) {
        let mut folded: FxHashMap<String, (WordKeys, u8)> = FxHashMap::default();
        for (list, words) in self.words.iter().enumerate() {
            for w in words {
                folded.entry(w.clone()).or_default().0.words |= 1u128 << list;
            }
        }
        let mut exact: FxHashMap<String, u8> = FxHashMap::default();
        let tables = [
            (self.names.case(), self.names.slot(), self.names.first_words().collect::<Vec<_>>()),
            (self.titles.case(), self.titles.slot(), self.titles.first_words().collect()),
            (self.honorifics.case(), self.honorifics.slot(), self.honorifics.first_words().collect()),
            (self.org_nouns.case(), self.org_nouns.slot(), self.org_nouns.first_words().collect()),
            (self.thing_nouns.case(), self.thing_nouns.slot(), self.thing_nouns.first_words().collect()),
            (self.speech_verbs.case(), self.speech_verbs.slot(), self.speech_verbs.first_words().collect()),
            (self.cues.case(), self.cues.slot(), self.cues.first_words().collect()),
        ];
        for (case, slot, firsts) in tables {
            for w in firsts {
                match case {
                    Case::Sensitive => *exact.entry(w.to_string()).or_default() |= 1 << slot,
                    Case::Folded => folded.entry(w.to_string()).or_default().0.firsts |= 1 << slot,
                }
            }
        }
        // The eighth bit, which no table takes: the word as written is a demonym.
        for w in self.demonyms.keys() {
            *exact.entry(w.clone()).or_default() |= 1 << DEMONYM_BIT;
        }
        for (w, &slots) in &exact {
            folded.entry(w.clone()).or_default().1 |= slots;
        }
        self.folded_index = folded;
        self.exact_index = exact;
        self.ascii_keys = Vec::new();
        self.ascii_keys = (0..128u8)
            .map(|b| {
                let (exact, folded) = (char::from(b).to_string(), char::from(b.to_ascii_lowercase()).to_string());
                self.keys_of(&exact, b.is_ascii_uppercase().then_some(folded.as_str()))
            })
            .collect();
    }

    /// What the index knows of a word written `exact`, lower-cased `folded`:
    /// its word lists and the tables whose phrases it may begin.
    /// `folded` is `None` when the word is written in lower case: then one
    /// look-up answers both ways.
    pub(crate) fn keys_of(&self, exact: &str, folded: Option<&str>) -> WordKeys {
        if let [b] = exact.as_bytes() {
            // Lower-cased as a document does: only a capital has a folded form.
            if let Some(&keys) =
                self.ascii_keys.get(usize::from(*b)).filter(|_| folded.is_some() == b.is_ascii_uppercase())
            {
                return keys;
            }
        }
        let (mut keys, written) = self.folded_index.get(folded.unwrap_or(exact)).copied().unwrap_or_default();
        keys.firsts |= match folded {
            None => written,
            Some(_) => self.exact_index.get(exact).copied().unwrap_or(0),
        };
        keys
    }

    /// Whether `word` (lower case) is in the list `list` of `words.tsv`.
    pub(crate) fn is(&self, list: Words, word: &str) -> bool {
        self.words[list as usize].contains(word)
    }

    /// The lexicon entry whose canonical name is `name`.
    pub(crate) fn entry_named(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// The confidence of a fact found by `rule` whose rule set it `set`: the
    /// set value pulled towards the share of the rule's facts that were right
    /// in `calibration.tsv`, the set value counting as [`SET_CONFIDENCE_WEIGHT`]
    /// facts (a rule measured on few facts stays near its set value).
    pub(crate) fn calibrated(&self, rule: &str, set: f32) -> f32 {
        match self.calibration.get(rule) {
            Some(&(facts, right)) => {
                (right as f32 + SET_CONFIDENCE_WEIGHT * set) / (facts as f32 + SET_CONFIDENCE_WEIGHT)
            }
            None => set,
        }
    }

    fn empty() -> Resources {
        Resources {
            entries: Vec::new(),
            names: PhraseTable::indexed(Case::Sensitive, 0),
            by_name: FxHashMap::default(),
            given_names: FxHashSet::default(),
            gender: FxHashMap::default(),
            surnames: FxHashSet::default(),
            titles: PhraseTable::indexed(Case::Folded, 1),
            honorifics: PhraseTable::indexed(Case::Sensitive, 2),
            org_suffixes: FxHashSet::default(),
            org_nouns: PhraseTable::indexed(Case::Folded, 3),
            thing_nouns: PhraseTable::indexed(Case::Folded, 4),
            speech_verbs: PhraseTable::indexed(Case::Folded, 5),
            demonyms: FxHashMap::default(),
            cues: PhraseTable::indexed(Case::Folded, 6),
            common_words: FxHashSet::default(),
            generic_acronyms: FxHashSet::default(),
            legal_suffixes: FxHashSet::default(),
            legal_forms: FxHashSet::default(),
            outlet_suffixes: FxHashSet::default(),
            model_variants: FxHashSet::default(),
            calibration: FxHashMap::default(),
            words: vec![FxHashSet::default(); Words::ALL.len()],
            folded_index: FxHashMap::default(),
            exact_index: FxHashMap::default(),
            ascii_keys: Vec::new(),
        }
    }

    /// Adds the rows of one file, read as the resource `name`.
    fn add_file(&mut self, path: &Path, name: &str, content: &str) -> Result<()> {
        for row in rows(path, content)? {
            self.add_row(name, &row).map_err(|message| Error::Resource {
                path: path.to_path_buf(),
                line: row.line,
                message,
            })?;
        }
        Ok(())
    }

    fn add_row(&mut self, file: &str, row: &Row) -> std::result::Result<(), String> {
        match file {
            "entities.tsv" => self.add_entity(row)?,
            "given-names.txt" => {
                let name = row.col(0)?.to_string();
                match row.cols.get(1).map(|g| g.trim()).unwrap_or("") {
                    "" => {}
                    "m" => {
                        self.gender.insert(name.clone(), Gender::Male);
                    }
                    "f" => {
                        self.gender.insert(name.clone(), Gender::Female);
                    }
                    other => return Err(format!("gender must be m, f or empty, not {other:?}")),
                }
                self.given_names.insert(name);
            }
            "surnames.txt" => {
                self.surnames.insert(row.col(0)?.to_string());
            }
            "titles.tsv" => self.titles.insert(row.col(0)?, parse_tie(row.col(1)?)?),
            "honorifics.txt" => self.honorifics.insert(row.col(0)?.trim_end_matches('.'), ()),
            "org-suffixes.txt" => {
                let suffix = row.col(0)?.trim_end_matches('.').to_string();
                match row.cols.get(1).map(|k| k.trim()).unwrap_or("") {
                    "" => {}
                    "legal" => {
                        self.legal_suffixes.insert(suffix.clone());
                    }
                    "form" => {
                        self.legal_suffixes.insert(suffix.clone());
                        self.legal_forms.insert(suffix.clone());
                    }
                    "outlet" => {
                        self.outlet_suffixes.insert(suffix.clone());
                    }
                    other => return Err(format!("kind must be legal, form, outlet or empty, not {other:?}")),
                }
                self.org_suffixes.insert(suffix);
            }
            "org-nouns.txt" => self.org_nouns.insert(row.col(0)?, ()),
            "thing-nouns.tsv" => self.thing_nouns.insert(row.col(0)?, parse_class(row.col(1)?)?),
            "speech-verbs.txt" => self.speech_verbs.insert(row.col(0)?, ()),
            "demonyms.tsv" => {
                self.demonyms.insert(row.col(0)?.to_string(), row.col(1)?.to_string());
            }
            "cues.tsv" => {
                let predicate =
                    Predicate::parse(row.col(0)?).ok_or_else(|| format!("unknown predicate {:?}", row.col(0)))?;
                let (frame, topic) = match row.col(1)? {
                    "active" => (Frame::Active, false),
                    "passive" => (Frame::Passive, false),
                    "active+topic" => (Frame::Active, true),
                    "passive+topic" => (Frame::Passive, true),
                    "between" if predicate.is_symmetric() => (Frame::Between, false),
                    other => {
                        return Err(format!(
                            "frame must be active or passive, with or without +topic, or between (symmetric \
                             predicates only), not {other:?}"
                        ))
                    }
                };
                self.cues.insert(row.col(2)?, Cue { predicate, frame, topic });
            }
            "common-words.txt" => {
                self.common_words.insert(row.col(0)?.to_lowercase());
            }
            "generic-acronyms.txt" => {
                let acronym = row.col(0)?;
                // An acronym in capitals stands for its plural ("CEOs", "VCs") and,
                // of four letters or more, for its title-case spelling ("Ebit",
                // "Ebitda"), which some outlets print.
                if acronym.len() >= 2 && acronym.bytes().all(|b| b.is_ascii_uppercase()) {
                    self.generic_acronyms.insert(format!("{acronym}s"));
                    if acronym.len() >= 4 {
                        let title = format!("{}{}", &acronym[..1], acronym[1..].to_ascii_lowercase());
                        self.generic_acronyms.insert(title);
                    }
                }
                self.generic_acronyms.insert(acronym.to_string());
            }
            "model-variants.txt" => {
                self.model_variants.insert(row.col(0)?.to_string());
            }
            "words.tsv" => {
                let name = row.col(0)?;
                let list = Words::ALL
                    .iter()
                    .find(|l| l.name() == name)
                    .ok_or_else(|| format!("unknown word list {name:?}"))?;
                self.words[*list as usize].insert(row.col(1)?.to_lowercase());
            }
            "calibration.tsv" => {
                let count = |i: usize| {
                    row.col(i)?.trim().parse::<u32>().map_err(|_| format!("column {} must be a count", i + 1))
                };
                let (facts, right) = (count(1)?, count(2)?);
                if right > facts {
                    return Err(format!("{right} right of {facts} facts"));
                }
                let counts = self.calibration.entry(row.col(0)?.to_string()).or_default();
                counts.0 += facts;
                counts.1 += right;
            }
            other => return Err(format!("unknown resource file {other}")),
        }
        Ok(())
    }

    /// An `entities.tsv` row: name, type, aliases (`|`-separated), Wikidata ID,
    /// kind (`platform` or empty).
    fn add_entity(&mut self, row: &Row) -> std::result::Result<(), String> {
        let name = row.col(0)?.to_string();
        let class = parse_class(row.col(1)?)?;
        let aliases = row.cols.get(2).copied().unwrap_or("");
        let wikidata = row.cols.get(3).map(|q| q.trim()).filter(|q| !q.is_empty());
        if let Some(q) = wikidata {
            if !q.starts_with('Q') || !q[1..].chars().all(|c| c.is_ascii_digit()) {
                return Err(format!("wikidata ID must look like Q123, not {q:?}"));
            }
        }
        let platform = match row.cols.get(4).map(|k| k.trim()).unwrap_or("") {
            "" => false,
            "platform" => true,
            other => return Err(format!("kind must be platform or empty, not {other:?}")),
        };
        let id = self.entries.len();
        self.names.insert(&name, id);
        for alias in aliases.split('|').map(str::trim).filter(|a| !a.is_empty()) {
            self.names.insert(alias, id);
        }
        if class == EntityClass::Product && !name.contains(' ') && !name.ends_with('s') {
            self.names.insert(&format!("{name}s"), id);
        }
        self.by_name.insert(name.clone(), id);
        self.entries.push(LexEntry { name, class, wikidata: wikidata.map(str::to_string), platform });
        Ok(())
    }
}

/// One data line of a resource file.
struct Row<'a> {
    line: usize,
    cols: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// Column `i`, which must be present and non-empty.
    fn col(&self, i: usize) -> std::result::Result<&'a str, String> {
        self.cols
            .get(i)
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
            .ok_or_else(|| format!("column {} is missing", i + 1))
    }
}

/// The data rows of a file: comments, blank lines and the header skipped.
fn rows<'a>(path: &Path, content: &'a str) -> Result<Vec<Row<'a>>> {
    let mut out = Vec::new();
    let mut header_seen = false;
    for (i, line) in content.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !header_seen {
            header_seen = true;
            continue;
        }
        out.push(Row { line: i + 1, cols: line.split('\t').collect() });
    }
    if !header_seen && !content.trim().is_empty() {
        return Err(Error::Resource { path: path.to_path_buf(), line: 1, message: "header line is missing".into() });
    }
    Ok(out)
}

fn parse_class(s: &str) -> std::result::Result<EntityClass, String> {
    EntityClass::parse(s).ok_or_else(|| format!("unknown entity type {s:?}"))
}

fn parse_tie(s: &str) -> std::result::Result<Tie, String> {
    match s {
        "work" => Ok(Tie::Work),
        "founder" => Ok(Tie::Founder),
        "affiliate" => Ok(Tie::Affiliate),
        other => Err(format!("tie must be work, founder or affiliate, not {other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_resources_load() {
        let r = Resources::embedded();
        assert!(r.entries.len() > 200);
        assert!(r.given_names.contains("Mary"));
        assert_eq!(r.gender.get("Mary"), Some(&Gender::Female));
        assert_eq!(r.gender.get("John"), Some(&Gender::Male));
        assert!(r.org_suffixes.contains("Inc"));
        for form in ["Inc", "GmbH", "Ltd", "Bros"] {
            assert!(r.legal_forms.contains(form) && r.legal_suffixes.contains(form), "{form}");
        }
        assert!(r.legal_suffixes.contains("Group") && !r.legal_forms.contains("Group"));
    }

    #[test]
    fn every_word_list_has_words_and_only_known_lists_load() {
        let r = Resources::embedded();
        for list in Words::ALL {
            assert!(!r.words[*list as usize].is_empty(), "words.tsv has no words for {}", list.name());
        }
        assert!(r.is(Words::Money, "valuation") && !r.is(Words::Money, "the"));
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join("words.tsv"), "list\tword\nmoney\tKitty\nmony\tpot\n")
            .unwrap_or_else(|e| panic!("{e}"));
        let err = Resources::embedded().with_dir(dir.path()).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.ends_with("words.tsv:3: unknown word list \"mony\""), "{err}");
        std::fs::write(dir.path().join("words.tsv"), "list\tword\nmoney\tKitty\n").unwrap_or_else(|e| panic!("{e}"));
        let r = Resources::embedded().with_dir(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        assert!(r.is(Words::Money, "kitty"));
    }

    #[test]
    fn user_files_extend_and_errors_name_the_line() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let good = dir.path().join("entities.tsv");
        std::fs::write(&good, "# test\nname\ttype\taliases\twikidata\nZorblax\tOrganization\tZbx\t\n")
            .unwrap_or_else(|e| panic!("{e}"));
        let r = Resources::embedded().with_dir(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        assert!(r.entries.iter().any(|e| e.name == "Zorblax"));
        std::fs::write(&good, "name\ttype\nZorblax\tCompany\n").unwrap_or_else(|e| panic!("{e}"));
        let err = Resources::embedded().with_dir(dir.path()).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.ends_with("entities.tsv:2: unknown entity type \"Company\""), "{err}");
        let missing =
            Resources::embedded().with_dir(&dir.path().join("nope")).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(missing.ends_with("nope: no such folder"), "{missing}");
    }

    #[test]
    fn a_document_s_word_index_answers_as_the_lists_and_tables_do() {
        use crate::extract::doc::{Doc, Lowered};
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join("words.tsv"), "list\tword\nmoney\tkitty\n").unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join("entities.tsv"), "name\ttype\nZorblax Prime\tOrganization\n")
            .unwrap_or_else(|e| panic!("{e}"));
        let text = "Zorblax Prime CEO Mary Quell said the Kitty was a valuation of $5bn. OpenAI, chief \
                    executive, said: \"acquired by Nvidia in Paris\" in the United States. A French firm \
                    and the Kenyan, I, french or Kenyans.";
        for r in [Resources::embedded(), Resources::embedded().with_dir(dir.path()).unwrap_or_else(|e| panic!("{e}"))] {
            let lowered = Lowered::new(text);
            let doc = Doc::new(&lowered, &r);
            for i in 0..doc.len() + 2 {
                for &list in Words::ALL {
                    assert_eq!(doc.word_is(i, list), r.is(list, doc.lower(i)), "{:?} {}", doc.lower(i), list.name());
                }
                assert_eq!(doc.is_demonym(i), i < doc.len() && r.demonyms.contains_key(doc.word(i)), "{i}");
                for (name, ok) in [
                    ("names", agrees(&doc, &r.names, i)),
                    ("titles", agrees(&doc, &r.titles, i)),
                    ("honorifics", agrees(&doc, &r.honorifics, i)),
                    ("org nouns", agrees(&doc, &r.org_nouns, i)),
                    ("thing nouns", agrees(&doc, &r.thing_nouns, i)),
                    ("speech verbs", agrees(&doc, &r.speech_verbs, i)),
                    ("cues", agrees(&doc, &r.cues, i)),
                ] {
                    assert!(ok, "{name} at {i} ({:?})", doc.lower(i));
                }
            }
            let added = r.entries.iter().any(|e| e.name == "Zorblax Prime");
            assert_eq!(doc.lookup(&r.names, 0).is_some(), added);
            assert_eq!(doc.word_is(doc.exact.iter().position(|w| *w == "Kitty").unwrap_or(0), Words::Money), added);
        }
    }

    /// The longest phrases of `t` at token `i`, looked up through the
    /// document's index and directly, are the same.
    fn agrees<V>(doc: &crate::extract::doc::Doc, t: &PhraseTable<V>, i: usize) -> bool {
        let (one, all) = match t.case() {
            Case::Sensitive => (t.longest(&doc.exact, i), t.all_longest(&doc.exact, i)),
            Case::Folded => (t.longest(&doc.folded, i), t.all_longest(&doc.folded, i)),
        };
        doc.lookup(t, i).map(|(n, _)| n) == one.map(|(n, _)| n) && doc.lookup_all(t, i).len() == all.len()
    }
}
