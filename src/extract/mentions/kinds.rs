//! What kind of thing an unknown name is, from its shape and the words
//! around it: company suffixes, given names and surnames, titles, "the
//! startup X", "X, a chatbot", lists with known names, deal verbs.

use super::*;

/// A one-word name of unknown kind shaped like a company's (an acronym such
/// as "ZTX", or capitals inside as in "DataVolt"), inside a sentence and not
/// in a headline, is taken for an organisation (not before a number: "CHF 40
/// million" is a currency; nor before "conference": "the ZTX conference" is an event),
/// unless the article gives it as the name of a product or model elsewhere
/// ("Acme refers to its system as DataVolt", "a chatbot called DataVolt").
pub(super) fn mid_sentence_organisations(doc: &Doc, res: &Resources, mentions: &mut [Mention]) {
    let things: rustc_hash::FxHashSet<&str> = mentions
        .iter()
        .filter(|m| m.tokens.len() == 1 && !m.guessed)
        .filter(|m| matches!(m.class, Some(EntityClass::Product | EntityClass::AIModel)))
        .filter(|m| named_by_noun(doc, res, m.tokens.start).is_some_and(|c| Some(c) == m.class))
        .map(|m| doc.word(m.tokens.start))
        .collect();
    for m in mentions.iter_mut().filter(|m| m.class.is_none() && m.tokens.len() == 1) {
        if things.contains(doc.word(m.tokens.start)) {
            continue;
        }
        let Some(range) = doc.sentences.get(m.sentence) else { continue };
        let k = m.tokens.start;
        let first = (range.start..k).all(|j| doc.tokens[j].kind == TokenKind::Punct);
        let after_break = k > 0 && doc.tokens[k - 1].kind == TokenKind::Punct && !doc.is_punct(k - 1, ',');
        let currency = doc.is_number(k + 1);
        let event = doc.word_is(k + 1, Words::EventNoun);
        if !first
            && !after_break
            && !currency
            && !event
            && !is_title_case(doc, range.clone())
            && company_shaped(doc.word(k))
        {
            m.class = Some(EntityClass::Organization);
        }
    }
}

/// "Rappi said… investors in Rappi…": a one-word name of unknown kind that
/// the article uses again, once at least standing alone inside a sentence
/// (not its first word, not after a break, not in a headline, no capitalized
/// word or joining mark next to it, not after "in" or "of"), is a
/// name and not a capitalized common word or a piece of a longer name;
/// business news names companies that way most often, so it is taken for an
/// organisation. Never after "the" ("the Transaction"), never a word of a
/// longer name in the article ("Lula" of "Luiz Inácio Lula da Silva"), never
/// a name typed elsewhere ("Comet" where "the Comet browser" says product).
pub(super) fn recurring_names(doc: &Doc, mentions: &mut [Mention]) {
    let capitalized = |j: usize| doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word) && doc.is_capitalized(j);
    let alone = |m: &Mention| {
        let Some(range) = doc.sentences.get(m.sentence) else { return false };
        let k = m.tokens.start;
        let first = (range.start..k).all(|j| doc.tokens[j].kind == TokenKind::Punct);
        let after_break = k > 0 && doc.tokens[k - 1].kind == TokenKind::Punct && !doc.is_punct(k - 1, ',');
        // "Bureau of Industry and Security": words of one longer name.
        let of_name = doc.lower(k + 1) == "of" && capitalized(k + 2);
        let and_name = k >= 2 && doc.lower(k - 1) == "and" && capitalized(k - 2);
        // A joined mark ("Quorra-led", "Quorra.ai") is part of something
        // longer; a full stop after it is not ("…advances toward Quorra.").
        // A comma may close a list of languages or terms: it proves nothing.
        let closing = matches!(doc.word(k + 1), "." | ";" | ":" | ")" | "!" | "?");
        let neighbours = (k > 0 && capitalized(k - 1))
            || capitalized(k + 1)
            || doc.joined(k)
            || doc.joined(k + 1) && !closing
            || of_name
            || and_name;
        let place_like = k > 0 && matches!(doc.lower(k - 1), "in" | "of");
        // "Quorra said", "Quorra, it said", "Optus and…", not "Swahili loan
        // assistant": no bare noun after it makes it an adjective.
        let next = doc.lower(k + 1);
        let ends_phrase = doc.tokens.get(k + 1).is_none_or(|t| t.kind == TokenKind::Punct)
            || AUXILIARIES.contains(&next)
            || COPULAS.contains(&next)
            || next.ends_with("ed")
            || next.ends_with('s')
            || matches!(
                next,
                "and" | "or" | "to" | "in" | "for" | "with" | "on" | "at" | "by" | "from" | "as" | "said"
            );
        !first && !after_break && !neighbours && !place_like && ends_phrase && !is_title_case(doc, range.clone())
    };
    let mut uses: rustc_hash::FxHashMap<&str, (usize, bool, bool)> = rustc_hash::FxHashMap::default();
    for m in mentions.iter().filter(|m| m.class.is_none() && m.tokens.len() == 1) {
        let k = m.tokens.start;
        let entry = uses.entry(doc.word(k)).or_default();
        entry.0 += 1;
        entry.1 |= alone(m);
        entry.2 |= k > 0 && doc.lower(k - 1) == "the";
    }
    // Most articles have no such word: the words of all names go unread then.
    if !uses.values().any(|&(n, alone, the)| n >= 2 && alone && !the) {
        return;
    }
    // Words of longer names, and names typed somewhere else in the article
    // (where their own evidence says what they are).
    let in_longer: rustc_hash::FxHashSet<&str> = mentions
        .iter()
        .filter(|m| m.tokens.len() > 1 || m.class.is_some())
        .flat_map(|m| m.tokens.clone().map(|j| doc.word(j)))
        .collect();
    for m in mentions.iter_mut().filter(|m| m.class.is_none() && m.tokens.len() == 1) {
        let word = doc.word(m.tokens.start);
        let recurring = uses.get(word).is_some_and(|&(n, alone, the)| n >= 2 && alone && !the);
        if recurring && !in_longer.contains(word) {
            m.class = Some(EntityClass::Organization);
        }
    }
}

/// The class of an unknown name from its shape, then its context.
/// "Pellam & Stroud advised", "at Marlow & Finch": two capitalized words
/// joined by a spaced "&" name a firm (partners' names), wherever the run
/// stands; a person's name has no "&", and "R&D" or "M&A" is written joined.
fn ampersand_firm(doc: &Doc, start: usize, stop: usize) -> bool {
    (start + 1..stop.saturating_sub(1)).any(|k| {
        doc.word(k) == "&"
            && !doc.joined(k)
            && !doc.joined(k + 1)
            && doc.is_capitalized(k - 1)
            && doc.is_capitalized(k + 1)
            && doc.word(k - 1).chars().count() >= 2
            && doc.word(k + 1).chars().count() >= 2
    })
}

/// "Yonhap news agency", "the Quellby Ledger newspaper", "business daily
/// Vexa 24 Ore", "news site Brindle", "…, reported Harbor Insurance Review.",
/// "he tells The Kestrel Report.": a name that a noun of a news outlet's kind
/// stands next to (in lower case), or that a reporting verb after a comma or
/// a quote's end introduces at its clause's end, or that "The" and a verb of
/// telling come before, is a news outlet named as a source: an organisation.
fn news_outlet(doc: &Doc, res: &Resources, start: usize, stop: usize) -> bool {
    if outlet_noun_after(doc, stop) || told_the(doc, start) {
        return true;
    }
    // "told Semafor", "in an interview with Xinhua": no given name in it.
    let no_person = || (start..stop).all(|k| !res.given_names.contains(doc.word(k)));
    if source_cue_before(doc, start, false) && no_person() {
        return true;
    }
    let Some(b) = start.checked_sub(1) else { return false };
    let lower = |k: usize| doc.is_lower_word(k);
    if lower(b) && doc.word_is(b, Words::OutletNoun) || b >= 1 && media_noun(doc, b - 1) {
        return true;
    }
    // "the Spanish daily, Quenta Ribera": the outlet's noun, a comma, its title.
    if doc.is_punct(b, ',') && b >= 1 && lower(b - 1) && doc.word_is(b - 1, Words::OutletNoun) && no_person() {
        return true;
    }
    // "…, reported Harbor Insurance Review.": the verb after a comma or a
    // quote's end, the name closing the clause.
    let inverted = b >= 1 && matches!(doc.word(b - 1), "," | "”" | "\"");
    let closes = doc.tokens.get(stop).is_none_or(|t| t.kind == TokenKind::Punct);
    inverted && closes && doc.word_is(b, Words::ReportingVerb)
}

/// "news agency", "radio station": a word of a medium and a noun of an
/// outlet, in lower case, at `k` ("TV" as written).
fn media_noun(doc: &Doc, k: usize) -> bool {
    doc.word_is(k, Words::MediaWord)
        && (doc.is_lower_word(k) || doc.word(k) == "TV")
        && doc.is_lower_word(k + 1)
        && doc.word_is(k + 1, Words::MediaHead)
}

/// "… newspaper", "… news agency": a noun of a news outlet's kind at `k`,
/// right after a name ("daily" and "weekly" there describe something:
/// "Zentrix daily users").
pub(super) fn outlet_noun_after(doc: &Doc, k: usize) -> bool {
    let noun = doc.is_lower_word(k) && doc.word_is(k, Words::OutletNoun) && !doc.lower(k).ends_with("ly");
    noun || media_noun(doc, k)
}

/// "he told The Kestrel Report", "tells The Ledger": a capitalized "The"
/// inside a sentence opens a title, and a verb of telling before it makes
/// the title a listener's, an outlet's (the name starts at `start`, with or
/// without the "The").
pub(super) fn told_the(doc: &Doc, start: usize) -> bool {
    let the = if doc.word(start) == "The" { Some(start) } else { start.checked_sub(1) };
    let Some(the) = the.filter(|&t| doc.word(t) == "The" && t >= 1) else { return false };
    let inside = doc.sentences.get(doc.sentence_of[the]).is_some_and(|r| r.start < the);
    inside && matches!(doc.lower(the - 1), "told" | "tells" | "telling")
}

/// "he told Semafor", "tells The Ledger", "in an interview with Xinhua",
/// "approached for comment by Ravena", and (`cited`) "according to The
/// Ledger", "per The Ledger": words that name whom a speaker talked to, or
/// whose reporting an article cites, end right before token `k`.
pub(super) fn source_cue_before(doc: &Doc, k: usize, cited: bool) -> bool {
    let Some(b) = k.checked_sub(1) else { return false };
    let before = |w: &str| b >= 1 && doc.lower(b - 1) == w;
    let cue = doc.is_lower_word(b) && doc.word_is(b, Words::TellingVerb)
        || doc.lower(b) == "with" && before("interview")
        || doc.lower(b) == "by" && (before("comment") || before("approached") || before("contacted"));
    let cites = cited && (doc.lower(b) == "to" && before("according") || doc.word(b) == "per");
    cue || cites
}

/// A word of an outlet's title at `k`: capitalized, a word's token.
fn title_word(doc: &Doc, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word) && doc.is_capitalized(k)
}

/// "according to The Kestrel Report", "he told The National.", "per The
/// Ledger": a capitalized "The" at token `i`, inside a sentence, after a
/// source cue opens a news outlet's title, which runs over the capitalized
/// words after it ("and" or "of" between two of them kept: "The Globe and
/// Mail"); the title, "The" included, ends before the token returned.
pub(super) fn outlet_title_after_cue(doc: &Doc, i: usize, end: usize) -> Option<usize> {
    if doc.word(i) != "The" || !source_cue_before(doc, i, true) {
        return None;
    }
    title_run_end(doc, i + 1, end)
}

/// The end of a run of capitalized words from `from` (joined by single "and",
/// "&" or "of"), if there is one, before `end`.
fn title_run_end(doc: &Doc, from: usize, end: usize) -> Option<usize> {
    let mut j = from;
    while j < end && title_word(doc, j) {
        j += 1;
        if j + 1 < end && matches!(doc.word(j), "and" | "&" | "of") && title_word(doc, j + 1) {
            j += 1;
        }
    }
    (j > from).then_some(j)
}

/// "The Globe and Mail first reported …", "Kestrel Business understands that
/// …", "The Ledger has learned": a title opening its sentence (or a clause
/// after "but") at `i` ("The"
/// and one capitalized word or more, or two capitalized words or more), no
/// word of it a known name or a given name, then maybe an adverb, then a verb
/// a newsroom states its own finding with, is a news outlet; the title ends
/// before the token returned.
pub(super) fn outlet_opening_finding(doc: &Doc, res: &Resources, s: usize, i: usize, end: usize) -> Option<usize> {
    // Asked at every token: most are no capitalized word.
    if !doc.is_capitalized(i) {
        return None;
    }
    // "…, but Kestrel Business understands that": a clause "but" opens counts too.
    let opens = doc.sentences.get(s).is_some_and(|r| r.start == i) || i >= 1 && doc.word(i - 1) == "but";
    if !opens {
        return None;
    }
    let from = if doc.word(i) == "The" { i + 1 } else { i };
    let to = title_run_end(doc, from, end)?;
    let verb = if matches!(doc.lower(to), "first" | "previously" | "exclusively" | "has") { to + 1 } else { to };
    // "Kestrel Games reported results": a company reports figures; a title
    // with no "The" is a newsroom when it reports that, on or in something,
    // or ends its clause there.
    let reported = from == i && matches!(doc.lower(verb), "reported" | "noted" | "revealed");
    let object =
        doc.is_lower_word(verb + 1) && !matches!(doc.lower(verb + 1), "that" | "on" | "in" | "earlier" | "last");
    let finding = doc.is_lower_word(verb) && doc.word_is(verb, Words::NewsroomVerb) && !(reported && object);
    // "Kestrel Games and Brindle Soft reported": with no "The", a joiner lists two names.
    let joined = (from..to).any(|k| matches!(doc.word(k), "and" | "&" | "of"));
    let long_enough = from > i || to - from >= 2 && !joined;
    let unknown = (from..to).all(|k| doc.lookup(&res.names, k).is_none() && !res.given_names.contains(doc.word(k)));
    (finding && long_enough && unknown).then_some(to)
}

pub(super) fn classify(doc: &Doc, res: &Resources, start: usize, stop: usize) -> Option<EntityClass> {
    // The first and last words, "" for an empty name.
    let (first, last) = if stop > start { (doc.word(start), doc.word(stop - 1)) } else { ("", "") };
    let multi = stop - start >= 2;
    let last_word = (start + 1..stop).rev().find(|&k| !doc.is_number(k)).filter(|&k| !doc.joined(k));
    let suffixed = last_word.is_some_and(|k| res.org_suffixes.contains(doc.word(k)))
        || multi && dotted_form_start(doc, res, stop - 1).is_some_and(|f| f > start);
    let suffix_of = (start..stop.saturating_sub(1))
        .any(|k| res.org_suffixes.contains(doc.word(k)) && CONNECTORS.contains(&doc.word(k + 1)));
    // "Harrowgate College Oslo", "Brindmoor Securities Poland": an organisation
    // word right before a known place that ends the name.
    let suffix_placed = (start + 1..stop).any(|k| {
        res.org_suffixes.contains(doc.word(k - 1))
            && doc
                .lookup(&res.names, k)
                .is_some_and(|(len, &e)| k + len == stop && res.entries[e].class == EntityClass::Place)
    });
    // "the Defence Equipment International fair": an event, whatever its last word.
    if multi && doc.word_is(stop, Words::EventNoun) {
        return None;
    }
    // "Harlow Bros Media", "Quellby Inc Americas": a company form inside the
    // name (no person's name holds one), whatever its first word; not two
    // capitals, which may be a person's initials ("Karl AG Weber"), nor a
    // form joined to the next word ("Brindle Corp-owned").
    let initials = |w: &str| w.len() == 2 && w.chars().all(|c| c.is_ascii_uppercase());
    let form_inside = (start + 1..stop.saturating_sub(1)).any(|k| {
        let w = doc.word(k);
        let dotted = doc.is_punct(k + 1, '.') && doc.word_is(k, Words::InnerForm);
        let whole = !doc.joined(k) && (!doc.joined(k + 1) || dotted);
        doc.tokens[k].kind == TokenKind::Word && whole && res.legal_forms.contains(w) && !initials(w)
    });
    if multi && (suffixed || suffix_of || suffix_placed || form_inside || ampersand_firm(doc, start, stop)) {
        return Some(EntityClass::Organization);
    }
    if news_outlet(doc, res, start, stop) {
        return Some(EntityClass::Organization);
    }
    // `lower` is the word lower-cased, as `common_words` holds it.
    if (start..stop).all(|k| res.org_suffixes.contains(doc.word(k)) || res.common_words.contains(doc.lower(k))) {
        return None;
    }
    // "Greater Quellby": "Greater" and a known place's name is the place's wider area.
    let greater_place = doc.word(start) == "Greater"
        && doc
            .lookup(&res.names, start + 1)
            .is_some_and(|(len, &e)| multi && start + 1 + len == stop && res.entries[e].class == EntityClass::Place);
    if greater_place {
        return Some(EntityClass::Place);
    }
    // "Quillon Africa": a word and a known place's name, a company's unit there.
    let unit = doc
        .lookup(&res.names, start + 1)
        .is_some_and(|(len, &e)| multi && start + 1 + len == stop && res.entries[e].class == EntityClass::Place);
    if unit && doc.lookup(&res.names, start).is_none() {
        return Some(EntityClass::Organization);
    }
    // "Quellby Island", "Loyalist Township": an area noun ends the name.
    if multi && last_word.is_some_and(|k| doc.word_is(k, Words::PlaceNoun)) {
        return Some(EntityClass::Place);
    }
    if (start..stop).any(|k| doc.has_digit(k)) {
        // "the B20 Summit", "the Zeta 5 forum": an event, not a model or product.
        let event = |k: usize| doc.word_is(k, Words::EventNoun);
        if is_numbered_part(doc, start, stop)
            || is_short_amount(doc, start, stop)
            || is_code_string(doc, start, stop)
            || event(stop - 1)
            || event(stop)
        {
            return None;
        }
        // "investment group Pellow No.1", "broadcasting giant Dunmore.1": a
        // company noun right before the name says what it is, whatever its digits.
        let org_noun_before = ends_phrase(doc, &res.org_nouns, start) && plain_before(doc, start);
        if after_title_at(doc, res, start) || organisation_after(doc, res, stop) || org_noun_before {
            return Some(EntityClass::Organization);
        }
        if doc.lookup(&res.org_nouns, stop).is_some_and(|_| doc.word_is(stop, Words::UnitNoun)) {
            return Some(EntityClass::Organization);
        }
        return Some(digit_evidence(doc, res, start, stop).unwrap_or_else(|| digit_name_class(doc, res, start)));
    }
    let all_words =
        (start..stop).all(|k| doc.tokens[k].kind == TokenKind::Word || doc.is_punct(k, '.') || doc.is_punct(k, '-'));
    let word_count = (start..stop).filter(|&k| doc.tokens[k].kind == TokenKind::Word).count();
    let name_sized = multi && word_count <= 5 && all_words;
    let syllables = (start + 1..stop).any(|k| doc.is_punct(k, '-') && is_syllable_pair(doc, start, k));
    let surname = (res.surnames.contains(last) || syllables && res.surnames.contains(first))
        && first.chars().all(char::is_alphabetic);
    if let Some(class) = thing_noun_near(doc, res, stop).or_else(|| described_product(doc, res, stop)) {
        return Some(class);
    }
    if is_place_by_context(doc, res, start, stop) {
        return Some(EntityClass::Place);
    }
    let person_noun = person_noun_before(doc, start, name_sized && res.given_names.contains(first));
    if ends_phrase(doc, &res.org_nouns, start) && plain_before(doc, start) && !person_noun {
        return Some(EntityClass::Organization);
    }
    let determiner = start.checked_sub(1).is_some_and(|b| matches!(doc.lower(b), "the" | "a" | "an"));
    let founders = name_sized && founded_by_before(doc, start);
    if person_noun || founders || name_sized && !determiner && (res.given_names.contains(first) || surname) {
        return Some(EntityClass::Person);
    }
    if (aged(doc, start, stop) || kin_apposition(doc, stop)) && all_words && word_count <= 4 {
        return Some(EntityClass::Person);
    }
    if let Some(class) = context_class(doc, res, start, stop) {
        if class != EntityClass::Person || name_sized {
            return Some(class);
        }
    }
    let document = (start..=stop).any(|k| NON_PRODUCT_HEADS.contains(&doc.word(k)));
    (launched_thing(doc, start) && !document).then_some(EntityClass::Product)
}

/// "Acme unveiled the flagship Zaro Note", "launched the new Pavo": a name no
/// other evidence types, after a launch verb and a determiner or a word of
/// newness (at most three), is the product brought out, unless a word of
/// a document or plan is in it or right after it. Right after the verb it
/// proves nothing ("Jane Doe launched Quillo in 2019").
fn launched_thing(doc: &Doc, start: usize) -> bool {
    let gap =
        (1..=3).take_while(|&n| start.checked_sub(n).is_some_and(|k| doc.word_is(k, Words::LaunchedThingWord))).last();
    gap.is_some_and(|n| start.checked_sub(n + 1).is_some_and(|v| doc.word_is(v, Words::LaunchVerb)))
}

/// A name no list knows is a place by the words around it: a site or area
/// noun after it ("the Quellby plant", "Tokyo's Quellby district"), an
/// appositive of one ("Quellby, a suburb of Oslo"), or a known place after a
/// comma following "in", "at" or "near" ("in Quellby, Norway").
fn is_place_by_context(doc: &Doc, res: &Resources, start: usize, stop: usize) -> bool {
    let word = |k: usize| doc.is_lower_word(k);
    let place_noun = |k: usize| word(k) && doc.word_is(k, Words::PlaceNoun);
    if place_noun(stop) {
        return true;
    }
    let appositive = doc.is_punct(stop, ',') && matches!(doc.lower(stop + 1), "a" | "an");
    let noun_at = |k: usize| place_noun(k) && matches!(doc.lower(k + 1), "of" | "in" | "near" | "outside");
    if appositive && (noun_at(stop + 2) || word(stop + 2) && noun_at(stop + 3)) {
        return true;
    }
    let located = start.checked_sub(1).is_some_and(|b| matches!(doc.lower(b), "in" | "at" | "near"));
    let place_at = |k: usize| doc.lookup(&res.names, k).filter(|&(_, &e)| res.entries[e].class == EntityClass::Place);
    let known_place = doc.is_punct(stop, ',') && place_at(stop + 1).is_some();
    // "a fab in Quellby (France)": the country in brackets.
    let bracketed =
        doc.is_punct(stop, '(') && place_at(stop + 1).is_some_and(|(len, _)| doc.is_punct(stop + 1 + len, ')'));
    located && (known_place || bracketed)
        || town_of_wider_place(doc, res, start, stop)
        || site_in_before(doc, start)
        || area_around(doc, start, stop)
        || located_by_phrase(doc, start, stop)
}

/// "Quellby, Germany-based Acme", "Quellby, Calif.-based Acme", "in
/// Quellby, Mass., and": after the name at `stop`, a comma and a place that
/// "-based" follows, or a US state's abbreviation with its full stop (not
/// the end of a name in capitals cut short: "LAKE FOREST, Ill."; nor a
/// member of a list: "rivals such as Zentrix, Germany-based Brindle").
fn town_of_wider_place(doc: &Doc, res: &Resources, start: usize, stop: usize) -> bool {
    let shouted = |k: usize| doc.tokens[k].kind == TokenKind::Word && doc.word(k).chars().all(char::is_uppercase);
    if !doc.is_punct(stop, ',') || start.checked_sub(1).is_some_and(shouted) {
        return false;
    }
    if state_after(doc, stop) {
        return true;
    }
    let listed =
        start.checked_sub(1).is_some_and(|b| matches!(doc.lower(b), "as" | "including" | "like" | "," | "and"));
    let at = stop + 1;
    let place = doc.lookup(&res.names, at).filter(|&(_, &e)| res.entries[e].class == EntityClass::Place);
    !listed && place.is_some_and(|(len, _)| doc.is_punct(at + len, '-') && doc.word_is(at + len + 1, Words::BasedWord))
}

/// A comma at `stop`, then a US state's abbreviation with its full stop: "Cambridge, Mass.".
pub(super) fn state_after(doc: &Doc, stop: usize) -> bool {
    let at = stop + 1;
    doc.is_punct(stop, ',')
        && STATE_ABBREVIATIONS.iter().any(|(short, _)| *short == doc.word(at))
        && doc.is_punct(at + 1, '.')
        && doc.joined(at + 1)
}

/// "the Chinese city of Quellby", "the province of Quellby", "the Quellby
/// business district": an area noun before "of" and the name, or after the
/// name and one lower-case word.
fn area_around(doc: &Doc, start: usize, stop: usize) -> bool {
    let area = |k: usize| doc.tokens[k].kind == TokenKind::Word && doc.word_is(k, Words::AreaNoun);
    let lower = |k: usize| doc.is_lower_word(k);
    let of_before = start >= 2 && doc.lower(start - 1) == "of" && lower(start - 2) && area(start - 2);
    let after = lower(stop) && lower(stop + 1) && area(stop + 1) && !doc.is_possessive(stop);
    of_before || after
}

/// "Acme, based in Quellby", "founded in 1984 in Quellby", "born in Quellby",
/// "originally from Quellby": a locating word, "in" (maybe a year and "in"
/// again) or "from", then the name, which no possessive follows.
fn located_by_phrase(doc: &Doc, start: usize, stop: usize) -> bool {
    if doc.is_possessive(stop) || start < 2 {
        return false;
    }
    let word = |k: usize| doc.lower(k);
    let locating = |k: usize| doc.word_is(k, Words::LocatingWord);
    match word(start - 1) {
        "in" => {
            locating(start - 2)
                || start >= 4 && doc.is_number(start - 2) && word(start - 3) == "in" && locating(start - 4)
        }
        "from" => matches!(word(start - 2), "originally" | "hails"),
        _ => false,
    }
}

/// "the 300 MW project in Quellby", "its chip factory in Quellby": "in"
/// right before the name, a site noun right before "in".
fn site_in_before(doc: &Doc, start: usize) -> bool {
    let Some(site) = start.checked_sub(2).filter(|&b| doc.lower(b + 1) == "in") else { return false };
    let noun = doc.is_lower_word(site);
    noun && (doc.word_is(site, Words::PlaceNoun) || doc.word_is(site, Words::SiteNoun))
}

/// "founded in 2015 by Jane Doe", "was co-founded by Jane Doe and …": a
/// name of several words right after "by", which a founding verb (maybe a
/// few lower-case words, a year or a place after "in" between) comes before,
/// names a founder, a person (a company founding another is one word:
/// "founded by Acme"). A few lower-case words may describe the founders
/// ("by serial entrepreneurs Jane Doe and …"), and a later name of their
/// list is one too ("by Jane Doe from Kenya and John Roe from Ghana").
fn founded_by_before(doc: &Doc, start: usize) -> bool {
    founder_after_by(doc, start) || founder_listed(doc, start)
}

/// The name at `start` follows "by" (and at most three lower-case words
/// describing it) after a founding verb.
fn founder_after_by(doc: &Doc, start: usize) -> bool {
    let lower = |g: usize| doc.is_lower_word(g);
    let Some(by) = (start.saturating_sub(4)..start).rev().find(|&b| doc.lower(b) == "by") else { return false };
    if !(by + 1..start).all(lower) {
        return false;
    }
    (by.saturating_sub(8)..by).any(|k| {
        // "founded in San Francisco in 2018 by": a place after "in" may stand between.
        let place = |g: usize| {
            (k + 1..g).rev().take_while(|&h| doc.is_capitalized(h)).last().is_some_and(|h| doc.lower(h - 1) == "in")
        };
        // "started in 2016 and later bought by": another verb owns "by".
        let gap = |g: usize| !(matches!(doc.lower(g), "and" | "but") || doc.lower(g).ends_with("ed"));
        doc.word_is(k, Words::FoundVerb)
            && (k + 1..by).all(|g| {
                doc.is_number(g)
                    || lower(g) && gap(g)
                    || doc.is_capitalized(g) && (doc.lower(g - 1) == "in" || place(g))
            })
    })
}

/// "by Jane Doe from Kenya and John Roe": the name at `start`, after "and"
/// or a comma, closes a list whose first name is a founder's; only
/// capitalized words, commas and "from"/"of" between.
fn founder_listed(doc: &Doc, start: usize) -> bool {
    let Some(join) = start.checked_sub(1).filter(|&j| doc.lower(j) == "and" || doc.is_punct(j, ',')) else {
        return false;
    };
    let between =
        |g: usize| doc.is_capitalized(g) || doc.is_punct(g, ',') || matches!(doc.lower(g), "from" | "of" | "and");
    (join.saturating_sub(10)..join)
        .rev()
        .take_while(|&g| between(g))
        .any(|g| doc.is_capitalized(g) && founder_after_by(doc, g))
}

/// "Jane Doe, 30, who …", "his son, Tom, 19,": a name followed by an age
/// between commas is a person's; so is one followed by an adult's age in
/// brackets ("the board named Jane Doe (47), its finance chief").
fn aged(doc: &Doc, start: usize, stop: usize) -> bool {
    let age =
        |k: usize, least: u32| doc.is_number(k) && doc.word(k).parse::<u32>().is_ok_and(|n| (least..=110).contains(&n));
    let commas =
        doc.is_punct(stop, ',') && age(stop + 1, 1) && (doc.is_punct(stop + 2, ',') || doc.is_punct(stop + 2, '.'));
    let bracket = doc.is_punct(stop, '(') && age(stop + 1, 18) && doc.is_punct(stop + 2, ')');
    commas || bracket && stop >= start + 2
}

/// "Orvane, led by Jan Kolar, son of the founder", "Jan Kolar, the founder's
/// daughter,": a name followed by a comma and a relative's noun (maybe after
/// "the" or a possessive) is a person's.
fn kin_apposition(doc: &Doc, stop: usize) -> bool {
    if !doc.is_punct(stop, ',') {
        return false;
    }
    let mut k = stop + 1;
    if matches!(doc.lower(k), "the" | "his" | "her" | "their") {
        k += 1;
    }
    let kin = |j: usize| doc.word_is(j, Words::KinNoun) && doc.is_lower_word(j);
    kin(k) && matches!(doc.lower(k + 1), "of" | "," | ".") || (k + 1..k + 4).any(|j| doc.is_possessive(j) && kin(j + 1))
}

/// "Part 2", "Phase 3", "Tier-2": a numbered part or rank of something, not a name.
fn is_numbered_part(doc: &Doc, start: usize, stop: usize) -> bool {
    let hyphened = stop == start + 3 && doc.is_punct(start + 1, '-') && doc.joined(start + 1) && doc.joined(start + 2);
    (stop == start + 2 || hyphened) && doc.word_is(start, Words::NumberedPart) && doc.is_number(stop - 1)
}

/// "https://t.co/Qx7Lm2Pa9K", "[ID:nB4Kd82Xz1]": one token of at least
/// eight letters and digits with three runs of digits or more is a link's
/// or a wire story's code, not a product's or model's name ("A380",
/// "RTX4090" have one run).
fn is_code_string(doc: &Doc, start: usize, stop: usize) -> bool {
    let word = doc.word(start);
    let runs = word.as_bytes().windows(2).filter(|w| w[1].is_ascii_digit() && !w[0].is_ascii_digit()).count()
        + usize::from(word.starts_with(|c: char| c.is_ascii_digit()));
    stop == start + 1 && word.len() >= 8 && word.bytes().all(|b| b.is_ascii_alphanumeric()) && runs >= 3
}

/// "Fines Telcel 93M", "raises $4.5B", "a 12bn deal": one token of digits
/// (a decimal point maybe) closed by a letter of magnitude is a sum of
/// money written short, not a model's or product's name. A currency's
/// letters may open it, the whole written without a space: "for R1.6bn",
/// "Sh40bn", "N250m" are sums in rand, shillings and naira.
fn is_short_amount(doc: &Doc, start: usize, stop: usize) -> bool {
    if stop <= start || stop > start + 3 || (start + 1..stop).any(|k| !doc.joined(k)) {
        return false;
    }
    let word: String = (start..stop).map(|k| doc.word(k)).collect();
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let magnitude = &word[digits.len()..];
    let currency = digits.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let letters = &digits[..digits.len() - currency.len()];
    let sum = |d: &str| {
        d.starts_with(|c: char| c.is_ascii_digit()) && d.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    };
    let short = matches!(magnitude, "M" | "B" | "K" | "bn" | "mn" | "m" | "k" | "tn" | "Bn" | "Mn");
    let written = matches!(magnitude, "bn" | "mn" | "m" | "tn");
    short && stop == start + 1 && sum(digits)
        || written
            && (1..=3).contains(&letters.len())
            && letters.starts_with(|c: char| c.is_ascii_uppercase())
            && sum(currency)
}

/// The class a name with digits gets from the words at hand: a thing noun
/// after it ("the Zeta 5 phone", "Zeta 5 flagship phone") or a part number's shape.
pub(super) fn digit_evidence(doc: &Doc, res: &Resources, start: usize, stop: usize) -> Option<EntityClass> {
    let described = doc.is_lower_word(stop);
    thing_noun_near(doc, res, stop)
        .or_else(|| described.then(|| thing_noun_near(doc, res, stop + 1)).flatten())
        .or_else(|| chip_shaped(doc, start, stop))
}

/// The class of a name with digits that no noun next to it types ("SU7",
/// "Zeta 5"): a product when the sentence, or else the whole article, speaks
/// more of products (phones, cars, chips) than of AI models, else an AI model.
pub(super) fn digit_name_class(doc: &Doc, res: &Resources, at: usize) -> EntityClass {
    let sentence = doc.sentences.get(doc.sentence_of.get(at).copied().unwrap_or(0)).cloned().unwrap_or(0..0);
    let [products, models] = kind_votes(doc, res, sentence);
    let [products, models] = if products == models { article_votes(doc, res) } else { [products, models] };
    // "ProSieben, Sat.1 and Kabel 1", "its A380 fleet": an article with no
    // sign of AI speaks of other things; a point release ("Quarry 2.5")
    // is still a model's way of numbering.
    let release = (at..doc.len()).take_while(|&k| k < at + 4).any(|k| doc.is_decimal_fraction(k));
    if products > models || !release && !*doc.ai_sign.get_or_init(|| has_ai_sign(doc, res, true)) {
        EntityClass::Product
    } else {
        EntityClass::AIModel
    }
}

/// How often the words of `range` speak of products (thing nouns of
/// products: "phone", "cars") and of AI models (their nouns, "AI", "LLM").
fn kind_votes(doc: &Doc, res: &Resources, range: Range<usize>) -> [usize; 2] {
    let mut v = [0usize; 2];
    for k in range {
        if let Some((_, class)) = doc.lookup(&res.thing_nouns, k) {
            match class {
                EntityClass::Product => v[0] += 1,
                EntityClass::AIModel => v[1] += 1,
                _ => {}
            }
        }
        if matches!(doc.word(k), "AI" | "AGI" | "LLM" | "LLMs") {
            v[1] += 1;
        }
    }
    v
}

/// `kind_votes` over the whole article, counted once.
fn article_votes(doc: &Doc, res: &Resources) -> [usize; 2] {
    *doc.domain.get_or_init(|| kind_votes(doc, res, 0..doc.len()))
}

/// Whether the article holds a sign of AI: the words "AI", "LLM", a noun
/// of AI models other than the loose ones ("chatbot", "model", not
/// "family"; not "model" either unless `shared`), the name of an AI model
/// the lexicon knows ("GPT-4o").
fn has_ai_sign(doc: &Doc, res: &Resources, shared: bool) -> bool {
    (0..doc.len()).any(|k| {
        matches!(doc.word(k), "AI" | "AGI" | "LLM" | "LLMs")
            || doc.lookup(&res.names, k).is_some_and(|(_, &e)| res.entries[e].class == EntityClass::AIModel)
            || doc.lookup(&res.thing_nouns, k).is_some_and(|(len, &class)| {
                let word = doc.lower(k);
                class == EntityClass::AIModel
                    && !(len == 1
                        && (LOOSE_MODEL_NOUNS.contains(&word) || !shared && SHARED_MODEL_NOUNS.contains(&word)))
            })
    })
}

/// "the angel investor X", or "the investor X" when X starts with a given
/// name: the noun before the name describes a person.
fn person_noun_before(doc: &Doc, start: usize, given_name: bool) -> bool {
    let Some(noun) = start.checked_sub(1) else { return false };
    let angel = noun > 0 && doc.lower(noun - 1) == "angel";
    doc.word_is(noun, Words::InvestorOrOwner) && (angel || given_name)
}

/// The class the words around a name give it.
pub(super) fn context_class(doc: &Doc, res: &Resources, start: usize, stop: usize) -> Option<EntityClass> {
    let before = start.checked_sub(1);
    if ends_phrase(doc, &res.org_nouns, start) && !doc.is_capitalized(start.saturating_sub(1)) {
        return Some(EntityClass::Organization);
    }
    if let Some(class) = thing_noun_near(doc, res, stop) {
        return Some(class);
    }
    if product_noun_before(doc, res, start, stop) {
        return Some(EntityClass::Product);
    }
    if let Some(class) = named_by_noun(doc, res, start) {
        return Some(class);
    }
    // "Quellco (NYSE: QLC) said": a listed company's ticker.
    if doc.is_punct(stop, '(') && exchange_before_ticker(doc, stop + 1).is_some() {
        return Some(EntityClass::Organization);
    }
    if doc.is_punct(stop, ',') && res.legal_forms.contains(doc.word(stop + 1)) {
        return Some(EntityClass::Organization);
    }
    if let Some(class) = appositive_class(doc, res, stop) {
        return Some(class);
    }
    if lets_users(doc, stop) {
        return Some(EntityClass::Product);
    }
    if before.is_some_and(|b| doc.lower(b) == "the")
        && stop == start + 1
        && doc.lookup(&res.titles, stop).is_some_and(|(_, t)| *t != Tie::Affiliate)
    {
        return Some(EntityClass::Organization);
    }
    // "its model hub, Quillstore": the noun before the comma names the
    // name's kind, unless a title set off after the name says it is a
    // person's ("… video calling system, Kunle Ibekwe, co-founder of Orvane").
    if let Some(class) = before.filter(|&b| doc.is_punct(b, ',')).and_then(|b| noun_ending_at(doc, res, b)) {
        if !title_appositive(doc, res, stop) {
            return Some(class);
        }
    }
    let after_title = ends_phrase(doc, &res.titles, start) && !verb_of_a_title(doc, res, start)
        || before.is_some_and(|b| {
            doc.is_punct(b, ',')
                && (ends_phrase(doc, &res.titles, b) || doc.is_punct(stop, ',') && title_of_named_before(doc, res, b))
        });
    let who = doc.is_punct(stop, ',') && doc.lower(stop + 1) == "who" && !after_title_at(doc, res, start);
    if who || title_appositive(doc, res, stop) {
        return Some(EntityClass::Person);
    }
    // "said Acme's president": the speaker is the president, and the name
    // before the title the organisation; "Bernstein analysts said": a firm's
    // analysts.
    if owns_title(doc, res, stop) || doc.word_is(stop, Words::StaffPlural) {
        return Some(EntityClass::Organization);
    }
    if stop >= start + 2 && company_act_after(doc, stop) {
        return Some(EntityClass::Organization);
    }
    // "said Acme Chair and CEO Jane Doe": the speaker is the person after
    // the title, not the name before it.
    let speaker = doc.lookup(&res.speech_verbs, stop).is_some()
        || before.is_some_and(|b| ends_phrase(doc, &res.speech_verbs, b + 1))
            && title_before_name(doc, res, stop).is_none()
        || titled_speaker(doc, res, start);
    (after_title || speaker).then_some(EntityClass::Person)
}

/// "the chief executive of Zentrix, Kunle Ibekwe,", "The Managing Director,
/// Zentrix, Femi Oduya,": a title, then "of" or "at" or a comma, then a
/// capitalized name of at most four words ending at the comma at `comma`.
/// The name set off after it is the title holder's.
fn title_of_named_before(doc: &Doc, res: &Resources, comma: usize) -> bool {
    let mut k = comma;
    while k > 0 && k + 4 > comma && doc.is_capitalized(k - 1) && doc.lookup(&res.titles, k - 1).is_none() {
        k -= 1;
    }
    k < comma
        && k >= 2
        && (matches!(doc.lower(k - 1), "of" | "at") || doc.is_punct(k - 1, ','))
        && ends_phrase(doc, &res.titles, k - 1)
}

/// "Brindle Sciences agreed to pay $4bn", "Kestrel Soup agreed to acquire
/// Zentrix", "Orvane Monocle announced the series A round": a verb that
/// reports speech, read at `stop` (after "has", "also"), whose object is a
/// purchase or a funding round, tells of a company's act, not a person's
/// words.
fn company_act_after(doc: &Doc, stop: usize) -> bool {
    let mut j = stop;
    while matches!(doc.lower(j), "has" | "had" | "have" | "also" | "then") {
        j += 1;
    }
    match doc.lower(j) {
        "agreed" | "agrees" => {
            let act = [Words::AcquireVerb, Words::PayVerb, Words::SellVerb, Words::InvestVerb];
            doc.lower(j + 1) == "to" && act.iter().any(|&w| doc.word_is(j + 2, w))
        }
        "announced" | "announces" => (j + 1..j + 6)
            .take_while(|&k| doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word))
            .any(|k| doc.is_lower_word(k) && (doc.word_is(k, Words::RoundNoun) || doc.word_is(k, Words::PurchaseNoun))),
        _ => false,
    }
}

/// "said chairman and top shareholder Jane Doe": a speech verb, then
/// lower-case words holding a job title (at most six), then the name at `start`.
fn titled_speaker(doc: &Doc, res: &Resources, start: usize) -> bool {
    let mut titled = false;
    let mut k = start;
    while k > 0 && k + 6 > start {
        if titled && ends_phrase(doc, &res.speech_verbs, k) {
            return true;
        }
        k -= 1;
        // "said the head of Brindle Vantor": a title "of" or "at" a name is the company's.
        let word = doc.is_lower_word(k);
        if !word || matches!(doc.lower(k), "of" | "at" | "for" | "from" | "with") {
            return false;
        }
        titled |= doc.lookup(&res.titles, k).is_some();
    }
    false
}

/// "X, Meta's vice president", "X, a senior engineer at", "X — a former
/// logistics executive": a title after the comma.
pub(super) fn title_appositive(doc: &Doc, res: &Resources, stop: usize) -> bool {
    if doc.lower(stop) == "as" {
        let j = if matches!(doc.lower(stop + 1), "a" | "an" | "the" | "its") { stop + 2 } else { stop + 1 };
        return doc.lookup(&res.titles, j).is_some_and(|(_, t)| *t == Tie::Work);
    }
    if !doc.is_punct(stop, ',') && !is_dash(doc, stop) {
        return false;
    }
    let mut j = stop + 1 + usize::from(doc.is_punct(stop, '-') && doc.is_punct(stop + 1, '-'));
    while TITLE_DETERMINERS.contains(&doc.lower(j)) || doc.word_is(j, Words::RoleModifier) {
        j += 1;
    }
    let name_start = j;
    while doc.is_capitalized(j) && j < name_start + 4 && doc.lookup(&res.titles, j).is_none() {
        j += 1;
    }
    if doc.is_possessive(j) {
        j += 1;
    }
    while doc.word_is(j, Words::RoleModifier) || doc.is_punct(j, '-') {
        j += 1;
    }
    let field_word = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
            && !doc.is_capitalized(k)
            && !res.common_words.contains(doc.lower(k))
    };
    (0..=2).any(|n| (j..j + n).all(field_word) && doc.lookup(&res.titles, j + n).is_some())
}

/// A dash between words that opens an aside ("Jane Doe — a former…"): an em
/// or en dash, or a hyphen standing apart ("--" too).
pub(super) fn is_dash(doc: &Doc, at: usize) -> bool {
    doc.is_punct(at, '—') || doc.is_punct(at, '–') || doc.is_punct(at, '-') && !doc.joined(at)
}

/// "the Farmstead Go mobile game", "the Vexa-Jet narrowbody line", "the Nova
/// Klasse electric vehicle line": one or two describing words in lower case
/// after the name (no verb's: "Acme makes phones"), then a product noun in
/// the singular or a noun of a product line. Not after a possessive.
fn described_product(doc: &Doc, res: &Resources, stop: usize) -> Option<EntityClass> {
    let describing = |k: usize| {
        let word = doc.lower(k);
        doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
            && !doc.is_capitalized(k)
            && !doc.has_digit(k)
            && !word.ends_with('s')
            && !word.ends_with("ed")
            && !AUXILIARIES.contains(&word)
            && !COPULAS.contains(&word)
            && !res.common_words.contains(word)
    };
    let noun = |k: usize| {
        let single = doc.lookup(&res.thing_nouns, k).is_some_and(|(len, &class)| {
            class == EntityClass::Product && !doc.lower(k + len - 1).ends_with('s') && !doc.is_capitalized(k)
        });
        single || PRODUCT_LINE_NOUNS.contains(&doc.word(k))
    };
    let found = !doc.is_possessive(stop) && (1..=2).any(|n| (stop..stop + n).all(describing) && noun(stop + n));
    found.then_some(EntityClass::Product)
}

/// "an AI chatbot named Pellow", "a budget handset called Zelto Mini", "a
/// startup dubbed Quorra", "its new app, branded Vexo": a thing or business
/// noun after "a", "an", "its" or "new" (lower-case words between), maybe a
/// comma, then a naming participle right before the name: the name is of the
/// noun's kind ("the company named Jane Doe chief" uses "named" as a verb).
/// So too "a jet called “Harrow”", "its flagship app is called Kivra" (a
/// copula; not "was named", an award's), "a chatbot which it named Pemberly",
/// "the drug, called Zolvatrin by…" ("the" or an owner's possessive will do
/// there) and "Acme refers to its platform as Lumisk".
fn named_by_noun(doc: &Doc, res: &Resources, start: usize) -> Option<EntityClass> {
    // "a jet called “Harrier”": an opening quote may stand before the name.
    let before = start.checked_sub(1)?;
    let before = if doc.opens_quote(before) { before.checked_sub(1)? } else { before };
    if let Some(class) = referred_to_as(doc, res, before) {
        return Some(class);
    }
    let verb = Some(before).filter(|&v| doc.word_is(v, Words::NamingParticiple))?;
    let comma = verb > 0 && doc.is_punct(verb - 1, ',');
    let at = if comma { verb - 1 } else { verb };
    // "its flagship platform is called Ostra", "a chatbot which it named
    // Pemberly": a copula, or a relative pronoun and its maker, between the
    // noun and the participle.
    // Not "was named" ("the sedan was named Car of the Year" is an award).
    let copula = at > 0
        && match doc.lower(at - 1) {
            "is" | "are" => true,
            "was" | "were" => doc.lower(verb) != "named",
            _ => false,
        };
    let relative =
        at >= 2 && matches!(doc.lower(at - 1), "it" | "they") && matches!(doc.lower(at - 2), "which" | "that");
    let at = match (copula, relative) {
        (true, _) => at - 1,
        (_, true) if at >= 3 && doc.is_punct(at - 3, ',') => at - 3,
        (_, true) => at - 2,
        _ => at,
    };
    let class = noun_ending_at(doc, res, at).filter(|&c| !copula || c != EntityClass::Organization)?;
    // "an AI chatbot named X": an acronym may describe the noun.
    let acronym = |k: usize| doc.word(k).bytes().all(|b| b.is_ascii_uppercase());
    let lower = |k: usize| {
        doc.tokens[k].kind == TokenKind::Word && (!doc.is_capitalized(k) || acronym(k)) || doc.is_punct(k, '-')
    };
    // "The drug, called Zolvatrin by…", "Acme's platform is called Ostra":
    // set off, stated or given in a relative clause, a name after "the" or an
    // owner's noun is the noun's too.
    let stated = |k: usize| (comma || copula || relative) && (doc.lower(k) == "the" || doc.is_possessive(k));
    let opened = (at.saturating_sub(6)..at)
        .rev()
        .take_while(|&k| lower(k) || stated(k))
        .any(|k| NEW_THING_DETERMINERS.contains(&doc.lower(k)) || stated(k));
    opened.then_some(class)
}

/// "Veltrana refers to its platform as Lumisk", "they referred to their
/// system as Ostra": a form of "refer", "to", a determiner, a thing noun
/// (lower-case words between) and "as" ending at `at`, right before the
/// name: the name is of the noun's kind.
fn referred_to_as(doc: &Doc, res: &Resources, at: usize) -> Option<EntityClass> {
    if doc.lower(at) != "as" {
        return None;
    }
    let s = (1..=3).find_map(|n| {
        let s = at.checked_sub(n)?;
        doc.lookup(&res.thing_nouns, s).filter(|&(l, _)| s + l == at && !doc.is_capitalized(s)).map(|(_, &c)| (s, c))
    });
    let (noun, class) = s?;
    let det = (noun.saturating_sub(3)..noun)
        .rev()
        .take_while(|&k| doc.is_lower_word(k) || doc.is_punct(k, '-'))
        .find(|&k| matches!(doc.lower(k), "its" | "their" | "the" | "his" | "her"))?;
    let to = det.checked_sub(1).filter(|&t| doc.lower(t) == "to")?;
    let verb = to.checked_sub(1)?;
    REFER_VERBS.contains(&doc.lower(verb)).then_some(class)
}

/// "the X chip", "X model": the class a thing noun right after the name gives.
/// A loose noun of models ("family") types nothing in an article with no
/// sign of AI, nor before a possessive: "the founding Hoeck family", "the
/// Marlow family's debts" are kin. A shared one ("model") there names a
/// product's model when the article speaks of products at all ("cars",
/// "plant"): "to make the Velta and Pico models", "the Kestra model's bodies".
pub(super) fn thing_noun_near(doc: &Doc, res: &Resources, stop: usize) -> Option<EntityClass> {
    let (len, &class) = doc.lookup(&res.thing_nouns, stop)?;
    let word = doc.lower(stop);
    let loose = len == 1 && LOOSE_MODEL_NOUNS.contains(&word);
    let shared = len == 1 && SHARED_MODEL_NOUNS.contains(&word);
    if shared && !*doc.strict_ai_sign.get_or_init(|| has_ai_sign(doc, res, false)) {
        // A shared noun names a product's model where the article speaks of products.
        return Some(if article_votes(doc, res)[0] > 0 { EntityClass::Product } else { class });
    }
    if loose && (doc.is_possessive(stop + 1) || !*doc.ai_sign.get_or_init(|| has_ai_sign(doc, res, true))) {
        return None;
    }
    Some(class)
}

/// "super-agent networks", "chatbot makers' shares": the thing noun of
/// `len` words at `k` only describes the noun after it, a lower-case plural
/// (not a verb's or a function word's shape: "a model that", "a chatbot
/// called"), so it does not say what the name is.
fn describes_next_noun(doc: &Doc, res: &Resources, k: usize, len: usize) -> bool {
    let next = k + len;
    let word = doc.lower(next);
    doc.tokens.get(next).is_some_and(|t| t.kind == TokenKind::Word)
        && !doc.is_capitalized(next)
        && doc.looks_plural(next)
        && !word.ends_with("us")
        && !word.ends_with("is")
        && !AUXILIARIES.contains(&word)
        && !COPULAS.contains(&word)
        && !res.common_words.contains(word)
}

/// "X, a startup that…" / "X, the chatbot" / "X, a chip developer": the class
/// of an appositive's noun.
pub(super) fn appositive_class(doc: &Doc, res: &Resources, stop: usize) -> Option<EntityClass> {
    let lead = doc.is_punct(stop, ',') || matches!(doc.lower(stop), "is" | "was");
    // "X, one of the largest banks", "X, one of Asia's biggest lenders".
    let one_of = usize::from(doc.lower(stop + 1) == "one" && doc.lower(stop + 2) == "of") * 2;
    let det = matches!(doc.lower(stop + 1 + one_of), "a" | "an" | "the" | "its" | "their" | "our" | "his" | "her");
    let owner = doc.is_capitalized(stop + 1 + one_of) && doc.is_possessive(stop + 2 + one_of);
    if !lead || !(det || owner) {
        return None;
    }
    let mut j = stop + one_of + if owner { 3 } else { 2 };
    while j < stop + 11 {
        if let Some((len, &e)) = doc.lookup(&res.names, j) {
            let class = res.entries[e].class;
            if matches!(class, EntityClass::AIModel | EntityClass::Product) {
                return Some(class);
            }
            if len > 1 {
                j += len;
                continue;
            }
        }
        if doc.tokens.get(j).is_none_or(|t| t.kind == TokenKind::Punct && !doc.is_punct(j, '-')) {
            break;
        }
        if doc.is_possessive(j + 1) {
            j += 1;
            continue;
        }
        if let Some((len, &class)) = doc.lookup(&res.thing_nouns, j) {
            // "a cloud firm", "a cloud computing firm" (a gerund or another
            // thing noun between; not "a model the company built"): the thing
            // is what the firm makes.
            let compound = |k: usize| {
                doc.is_lower_word(k) && (doc.lower(k).ends_with("ing") || doc.lookup(&res.thing_nouns, k).is_some())
            };
            let maker = doc.lookup(&res.org_nouns, j + len).is_some()
                || compound(j + len) && doc.lookup(&res.org_nouns, j + len + 1).is_some();
            if !maker && describes_next_noun(doc, res, j, len) {
                j += len;
                continue;
            }
            return Some(if maker { EntityClass::Organization } else { class });
        }
        if doc.lookup(&res.org_nouns, j).is_some() {
            return Some(EntityClass::Organization);
        }
        // "X, the president of Acme's cloud business unit": a top officer's
        // title and "of" or "at" describe a person, whatever noun ends the phrase.
        if let Some((len, _)) = doc.lookup(&res.titles, j) {
            let top = (j..j + len).any(|k| doc.word_is(k, Words::TopTitle));
            if top && matches!(doc.lower(j + len), "of" | "at") {
                return Some(EntityClass::Person);
            }
        }
        j += 1;
    }
    None
}

/// "its vaccine Corvexa", "the app Quillo was…", "their new phone Lumio.": a
/// product noun right before the name, behind "its", "their" or "the" (a few
/// describing words between), and a clause's end, a verb's helper, a
/// preposition or "and" after it ("the drug Mivara developed": the name may
/// be the next clause's subject). Without the determiner the noun must be
/// one no business is described by ("cancer drug Stelnira and arthritis
/// treatment Pavolex", not "delivery service Quickmart").
fn product_noun_before(doc: &Doc, res: &Resources, start: usize, stop: usize) -> bool {
    let Some(noun) = product_noun_ending_at(doc, res, start) else { return false };
    let owner = (noun.saturating_sub(3)..noun).rev().find(|&j| {
        !doc.tokens[j].kind.eq(&TokenKind::Word)
            || doc.is_capitalized(j)
            || matches!(doc.lower(j), "its" | "their" | "the")
    });
    let fronted = owner.is_some_and(|j| matches!(doc.lower(j), "its" | "their" | "the"));
    let plain = !(start - noun == 1 && doc.word_is(noun, Words::BusinessLikeProductNoun));
    let next = doc.lower(stop);
    let ends = doc.tokens.get(stop).is_none_or(|t| t.kind == TokenKind::Punct && !doc.is_punct(stop, '-'))
        || AUXILIARIES.contains(&next)
        || COPULAS.contains(&next)
        || matches!(next, "are" | "in" | "on" | "for" | "with" | "at" | "from" | "and" | "or");
    (fronted || plain) && ends
}

/// Where a product noun (a phrase of the thing nouns, "phone", "e-wallet")
/// that ends right before token `at` begins, if it is written in lower case.
pub(crate) fn product_noun_ending_at(doc: &Doc, res: &Resources, at: usize) -> Option<usize> {
    (1..=3).find_map(|n| {
        let s = at.checked_sub(n)?;
        let (len, &class) = doc.lookup(&res.thing_nouns, s)?;
        (s + len == at && class == EntityClass::Product && !(s..at).any(|k| doc.is_capitalized(k))).then_some(s)
    })
}

/// The class of a thing or organisation noun ending right before token `at`
/// ("its own model hub, Quillstore").
pub(super) fn noun_ending_at(doc: &Doc, res: &Resources, at: usize) -> Option<EntityClass> {
    if ends_phrase(doc, &res.org_nouns, at) && !doc.is_capitalized(at - 1) {
        return Some(EntityClass::Organization);
    }
    (1..=3).find_map(|n| {
        let s = at.checked_sub(n)?;
        let (len, &class) = doc.lookup(&res.thing_nouns, s)?;
        (s + len == at && !doc.is_capitalized(s)).then_some(class)
    })
}

/// Some phrase of `table` ends right before token `at`.
/// "insurer Zentrix", "Lender Zentrix Bank said": the word before the name
/// at `start` is lower-case, or capitalized only because it opens the
/// sentence (not "Business Vexo" when the article writes "Business Vexo" inside a sentence too).
fn plain_before(doc: &Doc, start: usize) -> bool {
    let Some(before) = start.checked_sub(1) else { return false };
    let opens = doc.sentences.get(doc.sentence_of[before]).is_some_and(|r| r.start == before);
    !doc.is_capitalized(before) || opens && !doc.written_inside_a_sentence(doc.word(before))
}

pub(super) fn ends_phrase<V>(doc: &Doc, table: &crate::extract::phrases::PhraseTable<V>, at: usize) -> bool {
    (1..=4).any(|n| {
        // The longest phrase is the first of `lookup_all`'s, without the list.
        at.checked_sub(n).and_then(|s| doc.lookup(table, s).map(|(len, _)| s + len == at)).unwrap_or(false)
    })
}

/// Gives unknown names the class of their neighbours: members of a list with
/// a known name ("Acme, Google and Helixor"), an owner before a title
/// ("Acme's CEO"), the organisation after a title ("CEO of Acme"), a cue
/// ("Helixor raised") unless the name is a sentence's first word met nowhere
/// else in the article ("Close partnerships have…": a capitalized common word).
///
/// `no_own_evidence[k]`: mention `k`'s own words (a title, a bracketed title,
/// a cue, a source) were asked and type nothing. The answer depends on the
/// mention and the article alone, not on the other mentions' classes, so a
/// later pass (or a later call on the same mentions, whose tokens the steps
/// between leave as they are) asks only its neighbours.
pub(super) fn type_by_neighbours(doc: &Doc, res: &Resources, mentions: &mut [Mention], no_own_evidence: &mut [bool]) {
    // How often each name is written, counted when a lone name opening a
    // sentence first asks (most articles have none of unknown kind).
    let mut seen: Option<rustc_hash::FxHashMap<&str, usize>> = None;
    for _ in 0..2 {
        for k in 0..mentions.len() {
            if mentions[k].class.is_some() {
                continue;
            }
            let m = &mentions[k];
            let lone_opener = doc.sentences.get(m.sentence).is_some_and(|r| r.start == m.tokens.start)
                && m.tokens.len() == 1
                && seen
                    .get_or_insert_with(|| {
                        let mut seen =
                            rustc_hash::FxHashMap::with_capacity_and_hasher(mentions.len(), Default::default());
                        for m in mentions.iter() {
                            *seen.entry(doc.slice(m.tokens.clone())).or_default() += 1;
                        }
                        seen
                    })
                    .get(doc.slice(m.tokens.clone()))
                    == Some(&1);
            // "Regardless, Acme…", "Separately, Acme…": an opening word and a comma list nothing.
            let comma_after = |n: &Mention| n.tokens.start == m.tokens.end + 1 && doc.is_punct(m.tokens.end, ',');
            let listed =
                [k.checked_sub(1), Some(k + 1)].into_iter().flatten().filter(|&n| n < mentions.len()).find(|&n| {
                    let first = k.min(n);
                    let (a, b) = (&mentions[first], &mentions[k.max(n)]);
                    let n = &mentions[n];
                    let appositive = doc.is_punct(a.tokens.end, ',') && doc.is_possessive(b.tokens.end);
                    let person_ok =
                        m.tokens.len() >= 2 && (m.tokens.clone()).all(|t| doc.tokens[t].kind == TokenKind::Word);
                    let fits =
                        n.class.is_some_and(|c| c != EntityClass::Place && (c != EntityClass::Person || person_ok));
                    let adverb = lone_opener && comma_after(n);
                    a.sentence == b.sentence
                        && !appositive
                        && !adverb
                        && is_list_gap(doc, a.tokens.end, b.tokens.start)
                        && !lone_comma_pair(doc, mentions, first)
                        && fits
                });
            let listed = listed.map(|n| &mentions[n]);
            // A class copied from a guess is a guess too ("N26 and Monzo").
            let guessed = listed.is_some_and(|n| n.guessed && n.class.is_some());
            let class = match listed.and_then(|n| n.class) {
                Some(class) => Some(class),
                None if no_own_evidence[k] => None,
                None => {
                    let own = org_by_title(doc, res, m)
                        .or_else(|| person_by_bracketed_title(doc, res, m))
                        .or_else(|| org_by_cue(doc, res, m).filter(|_| !lone_opener))
                        .or_else(|| org_by_source(doc, res, m))
                        .or_else(|| org_by_frame(doc, res, m))
                        .or_else(|| org_by_pronoun(doc, res, mentions, m))
                        .or_else(|| org_after_person(doc, mentions, m))
                        .or_else(|| org_by_opening_act(doc, res, m));
                    no_own_evidence[k] = own.is_none();
                    own
                }
            };
            mentions[k].class = class;
            mentions[k].guessed |= guessed;
        }
    }
}

/// "has acquired Orvane Italia", "rivals like Kestrel and Orvane Labs": a
/// known company's name and an unknown word after it were guessed a product
/// of that company; a cue that ties companies only (a purchase, a rivalry, an
/// investment, a company verb after it) or a list whose other members are
/// companies typed by evidence makes it the company's unit, an organisation.
pub(super) fn grown_units_by_context(doc: &Doc, res: &Resources, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let m = &mentions[k];
        let grown = m.guessed
            && m.entry.is_none()
            && m.class == Some(EntityClass::Product)
            && m.tokens.len() >= 2
            && !m.tokens.clone().any(|t| doc.has_digit(t))
            && doc
                .lookup(&res.names, m.tokens.start)
                .is_some_and(|(len, &e)| len < m.tokens.len() && res.entries[e].class == EntityClass::Organization);
        if !grown {
            continue;
        }
        let company = |n: &Mention| n.class == Some(EntityClass::Organization) && !n.guessed;
        let listed = [k.checked_sub(1), Some(k + 1)].into_iter().flatten().filter(|&n| n < mentions.len()).any(|n| {
            let (a, b) = (&mentions[k.min(n)], &mentions[k.max(n)]);
            a.sentence == b.sentence && is_list_gap(doc, a.tokens.end, b.tokens.start) && company(&mentions[n])
        });
        if listed || org_by_cue(doc, res, m).is_some() {
            mentions[k].class = Some(EntityClass::Organization);
            mentions[k].guessed = false;
        }
    }
}

/// "Founded in 1990 in Quellby, Acme employs…": mentions `first` and the
/// next, parted by a lone comma, with no other list member around them, are
/// a phrase and the clause it opens, not a list ("Acme, Zeta and Quill" is
/// one, and so is "Acme, Zeta, and others").
fn lone_comma_pair(doc: &Doc, mentions: &[Mention], first: usize) -> bool {
    let (a, b) = (&mentions[first], &mentions[first + 1]);
    let member = |x: &Mention, y: &Mention| x.sentence == y.sentence && is_list_gap(doc, x.tokens.end, y.tokens.start);
    let before = first.checked_sub(1).is_some_and(|p| member(&mentions[p], a));
    // "include Acme, Zeta, and mining companies": the list goes on past the names.
    let goes_on = matches!(doc.lower(b.tokens.end), "and" | "or")
        || doc.is_punct(b.tokens.end, ',') && matches!(doc.lower(b.tokens.end + 1), "and" | "or");
    let after = goes_on || mentions.get(first + 2).is_some_and(|c| member(b, c));
    b.tokens.start == a.tokens.end + 1 && doc.is_punct(a.tokens.end, ',') && !before && !after
}

/// "a statement from Oskar Lindqvist (chief executive of Brindle)": a name
/// of two or three capitalized words that no list knows, followed by a
/// bracket that opens with a job title and goes on with "of", "at", "for",
/// a comma or the closing bracket, is a person's. Not "Acme (CEO: X)", the
/// credit of a press release, where a colon follows the title.
fn person_by_bracketed_title(doc: &Doc, res: &Resources, m: &Mention) -> Option<EntityClass> {
    let end = m.tokens.end;
    let words = (2..=3).contains(&m.tokens.len())
        && m.tokens.clone().all(|t| doc.tokens[t].kind == TokenKind::Word && doc.is_capitalized(t));
    let (len, _) = doc.lookup(&res.titles, end + 1).filter(|_| doc.is_punct(end, '('))?;
    let after = end + 1 + len;
    let goes_on =
        matches!(doc.lower(after), "of" | "at" | "for") || doc.is_punct(after, ',') || doc.is_punct(after, ')');
    (words && goes_on).then_some(EntityClass::Person)
}

/// "in Quellby, Norby and Oslo", "stations in Quellby, Norby, Tarvik and
/// Ostley": names of unknown kind in a list are places when the list's other
/// names are all places (one at least known), or when "in", "across" or "near"
/// opens a list of three or more names none of which is typed otherwise (and
/// no money word before it: "invested in Acme, Zeta and Quill" lists companies).
pub(super) fn places_in_lists(doc: &Doc, res: &Resources, mentions: &mut [Mention]) {
    let mut k = 0;
    while k < mentions.len() {
        let last = list_end(doc, mentions, k);
        let list = &mentions[k..=last];
        let unknown = list.iter().filter(|m| m.class.is_none()).count();
        let places = list.iter().filter(|m| m.class == Some(EntityClass::Place) && !m.guessed).count();
        let others = list.len() - unknown - places;
        let first = list[0].tokens.start;
        let opener = first.checked_sub(1).filter(|&b| matches!(doc.lower(b), "in" | "across" | "near"));
        let money =
            opener.is_some_and(|b| b > 0 && (doc.word_is(b - 1, Words::Money) || doc.word_is(b - 1, Words::SoldPart)));
        let by_place = places >= 1 && others == 0 && (list.len() >= 3 || opener.is_some());
        let by_opener = opener.is_some() && !money && list.len() >= 3 && others == 0;
        if unknown > 0 && (by_place || by_opener) {
            for m in &mut mentions[k..=last] {
                let suffixed = res.org_suffixes.contains(doc.word(m.tokens.end - 1));
                // "North and South America": a lone region word is half of a name.
                let region = m.tokens.len() == 1 && doc.word_is(m.tokens.start, Words::RegionWord);
                if m.class.is_none() && m.tokens.len() <= 3 && !suffixed && !region {
                    m.class = Some(EntityClass::Place);
                }
            }
        }
        k = last + 1;
    }
}

/// "Helixor acquired…", "Helixor raised…", "…partnered with Helixor", "who
/// founded Helixor": a name right before a company verb, after "founded", or
/// around a cue that ties organisations only.
pub(super) fn org_by_cue(doc: &Doc, res: &Resources, m: &Mention) -> Option<EntityClass> {
    let business_verb = |at: usize| doc.word_is(at, Words::BusinessVerb);
    let org_only = |at: usize| {
        business_verb(at)
            || doc
                .lookup_all(&res.cues, at)
                .iter()
                .any(|(_, c)| matches!(c.predicate, Predicate::Acquired | Predicate::PartnersWith))
    };
    let mut after = m.tokens.end;
    while AUXILIARIES.contains(&doc.lower(after)) || COPULAS.contains(&doc.lower(after)) {
        after += 1;
    }
    let possessor =
        m.tokens.start >= 2 && doc.is_possessive(m.tokens.start - 1) && doc.is_capitalized(m.tokens.start - 2);
    let cue_end = if possessor { m.tokens.start - 2 } else { m.tokens.start };
    let before = (1..=4).any(|n| {
        cue_end.checked_sub(n).is_some_and(|s| {
            doc.lookup_all(&res.cues, s).iter().any(|(len, c)| {
                // "compete with X", "invested in X": rivals and investees are companies.
                s + len == cue_end
                    && matches!(
                        c.predicate,
                        Predicate::Acquired | Predicate::PartnersWith | Predicate::CompetesWith | Predicate::InvestedIn
                    )
            })
        })
    });
    let founded = m.tokens.start.checked_sub(1).is_some_and(|b| doc.word_is(b, Words::FoundVerb));
    // "Acme-backed Vexa", "Bergen, Norway-based Halvor": a hyphenated
    // participle of owning or locating describes the company after it.
    let owned = m.tokens.start >= 2
        && doc.is_punct(m.tokens.start - 2, '-')
        && (doc.word_is(m.tokens.start - 1, Words::OwnedVerb) || doc.word_is(m.tokens.start - 1, Words::BasedWord));
    let owner = possessor || m.tokens.start >= 1 && matches!(doc.lower(m.tokens.start - 1), "its" | "their");
    let unit_owner = doc.is_possessive(m.tokens.end)
        && (1..=2).any(|n| {
            (m.tokens.end + 1..m.tokens.end + 1 + n).all(|k| doc.is_capitalized(k) && !doc.joined(k))
                && owned_unit(doc, true, m.tokens.end + 1 + n)
        });
    (org_only(after) || before || founded || owned || unit_owner || owned_unit(doc, owner, m.tokens.end))
        .then_some(EntityClass::Organization)
}

/// "Zentra's Vexa subsidiary", "Acme's Quillon payments unit", "its Vexa
/// division" (and "Zentra", the owner, too): a name after an owner's possessive (or "its", "their") and before a noun of a unit (maybe one lower-case
/// word between) names the company's unit, an organisation.
fn owned_unit(doc: &Doc, owner: bool, stop: usize) -> bool {
    let lower = |k: usize| doc.is_lower_word(k);
    let unit = |k: usize| lower(k) && doc.word_is(k, Words::UnitNoun);
    // "its Middle Eastern unit" names where the unit works, not the unit.
    let region = (stop.saturating_sub(2)..stop).any(|k| doc.word_is(k, Words::RegionWord));
    owner && !region && (unit(stop) || lower(stop) && unit(stop + 1))
}

/// "as reported by Ledgerline", "figures cited by Brisk", "an email obtained
/// by Pellucid": the name after a participle of reporting or citing and
/// "by" is the outlet or firm the report comes from, unless it is shaped
/// like a person's (a given name first, or one word that is a surname).
pub(super) fn org_by_source(doc: &Doc, res: &Resources, m: &Mention) -> Option<EntityClass> {
    let by = m.tokens.start.checked_sub(1).filter(|&b| doc.lower(b) == "by")?;
    let source = by.checked_sub(1).is_some_and(|v| doc.word_is(v, Words::SourceVerb));
    let first = doc.word(m.tokens.start);
    let person = res.given_names.contains(first) || m.tokens.len() == 1 && res.surnames.contains(first);
    (source && !person).then_some(EntityClass::Organization)
}

/// "Velora said on Monday it would…", "Velora writes its…": a name that
/// speaks of itself as "it" is an organisation. The pronoun must come
/// within five words of the verb of speech, with no other name (a weekday
/// aside) between; the name must be no last word of a longer name in the
/// article (a person's surname) and pass `may_be_company`.
fn org_by_pronoun(doc: &Doc, res: &Resources, mentions: &[Mention], m: &Mention) -> Option<EntityClass> {
    let mut verb = bracketed_acronym_end(doc, m.tokens.end);
    while AUXILIARIES.contains(&doc.lower(verb)) {
        verb += 1;
    }
    let after_speech = words_after_speech_verb(doc, res, verb, 5);
    let spoke = after_speech.is_some();
    let it = match after_speech {
        Some(mut words) => words.find(|&j| THIRD_PERSON_PRONOUNS.contains(&doc.lower(j)))?,
        // "Velora is spending $7bn to buy Tarvik and bolster its…": a
        // sentence's subject, before a lower-case verb, whose sentence's
        // first pronoun is "its", when the article names it again.
        None => {
            let range = doc.sentences.get(m.sentence)?.clone();
            if range.start != m.tokens.start || !doc.is_lower_word(verb) {
                return None;
            }
            let first = (verb..range.end).find(|&j| THIRD_PERSON_PRONOUNS.contains(&doc.lower(j)));
            let its = first.filter(|&j| doc.lower(j) == "its")?;
            let name = doc.slice(m.tokens.clone());
            mentions.iter().filter(|o| doc.slice(o.tokens.clone()) == name).nth(1)?;
            its
        }
    };
    if !matches!(doc.lower(it), "it" | "its") || m.tokens.len() > 3 {
        return None;
    }
    let last = doc.word(m.tokens.end - 1);
    // A speaker's full name counts itself out ("Corvel Marsh (CMH) said its…");
    // a sentence's subject must be one word ("Nuevo Vale consolidates its…" may be a place).
    let shorter = if spoke { m.tokens.len() } else { 1 };
    let surname = mentions.iter().any(|o| o.tokens.len() > shorter && doc.word(o.tokens.end - 1) == last);
    (!surname && may_be_company(doc, res, m)).then_some(EntityClass::Organization)
}

/// "according to Velora,", "shares of Quorvex", "a unit of Marvenco",
/// "executives from Brenvik", "Bernvale analysts said", "Quorvex shares
/// rose": a frame in which news names a company. The name must not look
/// like a person's (a given name first, a lone surname) nor like a
/// capitalized common word (one the article also writes in lower case,
/// "Industry analysts"), and no headline counts.
pub(super) fn org_by_frame(doc: &Doc, res: &Resources, m: &Mention) -> Option<EntityClass> {
    let (start, end) = (m.tokens.start, m.tokens.end);
    let words = m
        .tokens
        .clone()
        .all(|k| doc.tokens[k].kind == TokenKind::Word && doc.is_capitalized(k) && doc.word(k).chars().count() > 1);
    if !words || m.tokens.len() > 3 {
        return None;
    }
    let before = |n: usize| start.checked_sub(n);
    let according = before(2).is_some_and(|b| doc.lower(b) == "according" && doc.lower(b + 1) == "to");
    // "shares of X", "a unit of X", "executives from X", "engineers at X".
    let owner_of = before(2).is_some_and(|b| {
        doc.lower(b + 1) == "of" && (doc.word_is(b, Words::StockNoun) || doc.word_is(b, Words::UnitNoun))
            || matches!(doc.lower(b + 1), "from" | "at") && doc.word_is(b, Words::StaffPlural)
    });
    // "Quorvex shares rose", "Bernvale analysts said" (not "Quorvex shares of").
    let owns_next =
        (doc.word_is(end, Words::StockNoun) || doc.word_is(end, Words::StaffPlural)) && doc.lower(end + 1) != "of";
    // "India's Galvo", "Ireland's Ferrow Air": a known place's possessive before a name
    // (not one describing a noun and a name after it: "Qatar's Skyteam partner Brindle").
    let attributive = doc.is_lower_word(end) && doc.is_capitalized(end + 1);
    let place_owner = !attributive
        && before(2).is_some_and(|b| {
            doc.is_possessive(b + 1)
                && (b.saturating_sub(2)..=b).any(|j| {
                    doc.lookup(&res.names, j)
                        .is_some_and(|(len, &e)| j + len == b + 1 && res.entries[e].class == EntityClass::Place)
                })
        });
    let maker = maker_of_described(doc, res, end);
    if !(according || owner_of || owns_next || place_owner || maker || business_preposition_frame(doc, start)) {
        return None;
    }
    // Asked only of a name in a frame: most names stand in none, and the
    // article's words are scanned for a lower-case one.
    may_be_company(doc, res, m).then_some(EntityClass::Organization)
}

/// "Vexon's tennis-like video game Quarro": a name's possessive at `end`,
/// describing words in lower case (no preposition, no "and"), then a noun
/// of a product kind right before a capitalized word: the possessor is the
/// product's maker.
fn maker_of_described(doc: &Doc, res: &Resources, end: usize) -> bool {
    if !doc.is_possessive(end) {
        return false;
    }
    let Some(name) = (end + 2..end + 12).find(|&j| doc.is_capitalized(j)) else { return false };
    let describing = |k: usize| {
        let word = doc.lower(k);
        doc.is_punct(k, '-') || doc.is_lower_word(k) && !PHRASE_OPENERS.contains(&word) && !ARTICLES.contains(&word)
    };
    product_noun_ending_at(doc, res, name).is_some_and(|noun| noun > end && (end + 1..noun).all(describing))
}

/// "joined the company from X", "hired Jane Doe from X", "acquired the
/// stores from X", "sold by X to Y", "sold to X", "worked at X", "has also
/// worked for X, Y and Z", "a merger with X": a preposition after a verb of
/// hiring, joining, buying, selling or working (up to five words before it,
/// in the sentence), or after a noun of a purchase, names the company the
/// person or business came from or went to (the list's other members
/// follow its first).
fn business_preposition_frame(doc: &Doc, start: usize) -> bool {
    let Some(prep) = start.checked_sub(1) else { return false };
    let opens = doc.sentences.get(doc.sentence_of[prep]).map_or(prep, |r| r.start);
    let verb_before = |is: &dyn Fn(usize) -> bool, reach: usize| {
        (prep.saturating_sub(reach).max(opens)..prep).rev().take_while(|&k| !doc.is_punct(k, ',')).any(is)
    };
    match doc.lower(prep) {
        "from" => verb_before(
            &|k| {
                doc.word_is(k, Words::HireVerb)
                    || doc.word_is(k, Words::JoinVerb)
                    || doc.word_is(k, Words::StakeBuyingWord)
            },
            6,
        ),
        "by" | "to" => verb_before(&|k| doc.word_is(k, Words::SellVerb), 2),
        "at" | "for" => verb_before(&|k| doc.word_is(k, Words::LeadVerb), 1),
        "with" => verb_before(&|k| doc.word_is(k, Words::PurchaseNoun), 1),
        _ => false,
    }
}

/// "Brannoch has struck two deals since May", "Plessard, which owns three
/// plants, …", "Ostrana also operates a bank": a one-word name opening a
/// sentence whose verb (after "has" or "also", or after ", which") is a
/// company's act is the company acting, though the article names it there
/// only. A verb in the past tense may follow a plural ("Regulators struck"):
/// a name ending in "s" (no acronym, no capital inside) counts then only
/// after "has" or ", which", or before a verb in "-s". The name must be
/// letters and digits only and pass `may_be_company`.
fn org_by_opening_act(doc: &Doc, res: &Resources, m: &Mention) -> Option<EntityClass> {
    let range = doc.sentences.get(m.sentence)?;
    if range.start != m.tokens.start || m.tokens.len() != 1 {
        return None;
    }
    let mut j = m.tokens.end;
    let which = doc.is_punct(j, ',') && doc.lower(j + 1) == "which";
    if which {
        j += 2;
    }
    let has = doc.lower(j) == "has";
    if has {
        j += 1;
    }
    if doc.lower(j) == "also" {
        j += 1;
    }
    if !doc.is_lower_word(j) || !doc.word_is(j, Words::CompanyActVerb) {
        return None;
    }
    let word = doc.word(m.tokens.start);
    // "We’ve announced deals": a contraction is no name.
    if !word.chars().all(char::is_alphanumeric) {
        return None;
    }
    let plural_like = word.ends_with('s') && !company_shaped(word);
    let singular = has || which || doc.lower(j).ends_with('s');
    ((singular || !plural_like) && may_be_company(doc, res, m)).then_some(EntityClass::Organization)
}

/// Name `m` looks like no person's (no given name first, no lone surname)
/// and like no capitalized common word (one the article also writes in
/// lower case, "Industry analysts"), and stands in no headline: a frame of
/// a company's may make it one.
fn may_be_company(doc: &Doc, res: &Resources, m: &Mention) -> bool {
    let first = doc.word(m.tokens.start);
    let personal = res.given_names.contains(first) || m.tokens.len() == 1 && res.surnames.contains(first);
    let lower = doc.lower(m.tokens.start);
    let common = res.common_words.contains(lower) || doc.written_in_lower_case(lower);
    let headline = doc.sentences.get(m.sentence).is_some_and(|r| is_title_case(doc, r.clone()));
    !personal && !common && !headline
}

/// Tokens `from..to` separate two members of a list: ",", "and", ", and", "or".
/// The last of the mentions from `k` on that make one list with it ("A, B
/// and C"): in the same sentence, each gap a list separator.
pub(super) fn list_end(doc: &Doc, mentions: &[Mention], k: usize) -> usize {
    let mut last = k;
    while last + 1 < mentions.len()
        && mentions[last + 1].sentence == mentions[k].sentence
        && is_list_gap(doc, mentions[last].tokens.end, mentions[last + 1].tokens.start)
    {
        last += 1;
    }
    last
}

pub(super) fn is_list_gap(doc: &Doc, from: usize, to: usize) -> bool {
    match to.checked_sub(from) {
        Some(1) => matches!(doc.lower(from), "," | "and" | "or"),
        Some(2) => doc.lower(from) == "," && matches!(doc.lower(from + 1), "and" | "or"),
        _ => false,
    }
}

/// "Acme's CEO", "Acme CEO Jane Doe", "Acme analyst Jane Doe", "CEO of Acme",
/// "chief scientist at Acme": an organisation.
pub(super) fn org_by_title(doc: &Doc, res: &Resources, m: &Mention) -> Option<EntityClass> {
    let owner = owns_title(doc, res, m.tokens.end);
    let headline = doc.sentences.get(m.sentence).is_some_and(|r| is_title_case(doc, r.clone()));
    let before_titled_name = title_before_name(doc, res, m.tokens.end).is_some() && !headline;
    let before_lower_title = lower_title_then_person(doc, res, m.tokens.end) && !headline;
    // "Quillon COO and Verano founder orchestrated the merger": an officer's
    // short title names the company before it, whoever follows.
    let before_officer = m.tokens.len() == 1
        && !headline
        && !doc.word_is(m.tokens.start, Words::RoleModifier)
        && doc.lookup(&res.titles, m.tokens.end).is_some_and(|(len, t)| {
            len == 1
                && *t == Tie::Work
                && doc.word(m.tokens.end).len() >= 3
                && doc.word(m.tokens.end).chars().all(|c| c.is_ascii_uppercase())
        });
    (owner || before_titled_name || before_lower_title || before_officer || after_title_at(doc, res, m.tokens.start))
        .then_some(EntityClass::Organization)
}

/// "Acme's president", "Acme's CEO": a possessive at `stop`, then a title
/// of the staff (not an adviser's or a partner's).
fn owns_title(doc: &Doc, res: &Resources, stop: usize) -> bool {
    if !doc.is_possessive(stop) {
        return false;
    }
    // "Acme's new CEO", "Acme's former chief executive": lower-case role
    // modifiers may stand between the owner and the title.
    let modifier = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
            && !doc.is_capitalized(k)
            && doc.word_is(k, Words::RoleModifier)
    };
    let staff = |k: usize| doc.lookup(&res.titles, k).is_some_and(|(_, t)| *t != Tie::Affiliate);
    for k in stop + 1..stop + 4 {
        if staff(k) {
            return true;
        }
        if !modifier(k) {
            break;
        }
    }
    false
}

/// "analyst Thomas Seidl", "chairman Jean Roe": a lower-case title at `j`,
/// then a person's name (a known given name and one more capitalized word).
fn lower_title_then_person(doc: &Doc, res: &Resources, j: usize) -> bool {
    let Some((len, _)) = doc.lookup(&res.titles, j) else { return false };
    let lower = (j..j + len).all(|k| doc.is_lower_word(k) || doc.is_punct(k, '-') && doc.joined(k));
    let name = j + len;
    lower
        && !doc.joined(j)
        && res.given_names.contains(doc.word(name))
        && doc.is_capitalized(name + 1)
        && !doc.joined(name + 1)
}

/// "CEO of X", "head of claims operations at X": a title, maybe with a few
/// lower-case words after it, then "of" or "at" right before token `start`.
pub(super) fn after_title_at(doc: &Doc, res: &Resources, start: usize) -> bool {
    let Some(p) = start.checked_sub(1).filter(|&p| matches!(doc.lower(p), "of" | "at")) else { return false };
    // "Chief Digital Officer at X": a title the list does not spell out.
    let title_ends = |e: usize| {
        ends_phrase(doc, &res.titles, e)
            || (3..=6).any(|l| e >= l && super::chief_officer_end(doc, res, e - l) == Some(e))
    };
    (0..=3).any(|n| p.checked_sub(n).is_some_and(|e| title_ends(e) && (e..p).all(|j| doc.is_lower_word(j))))
        || (2..=5).any(|n| p.checked_sub(n).is_some_and(|e| department_after_title(doc, res, e, p)))
}

/// "Head of Sales at X", "Vice President of M&A and Valuations at X": a
/// title, "of" and a department written in capitals (words and "&", no
/// known name among them) from `e` to `p`.
fn department_after_title(doc: &Doc, res: &Resources, e: usize, p: usize) -> bool {
    ends_phrase(doc, &res.titles, e)
        && doc.lower(e) == "of"
        && (e + 1..p).all(|j| {
            (doc.tokens[j].kind == TokenKind::Word || doc.is_punct(j, '&')) && doc.lookup(&res.names, j).is_none()
        })
}

/// "Ajai Puri, as its new chairman … Puri said": a full name of unknown kind
/// whose last word stands alone elsewhere as a person (a speaker, a name after
/// a title) is a person's name, though no list knows the given name.
pub(super) fn people_by_lone_surname(doc: &Doc, res: &Resources, mentions: &mut [Mention]) {
    // Most articles have no unknown name of two or three words: no lone
    // word's context is read then.
    let may_type = |m: &Mention| m.class.is_none() && (2..=3).contains(&m.tokens.len());
    if !mentions.iter().any(may_type) {
        return;
    }
    let surnames: rustc_hash::FxHashSet<&str> = mentions
        .iter()
        .filter(|m| m.class.is_none() && m.tokens.len() == 1 && doc.tokens[m.tokens.start].kind == TokenKind::Word)
        .filter(|m| context_class(doc, res, m.tokens.start, m.tokens.end) == Some(EntityClass::Person))
        .map(|m| doc.word(m.tokens.start))
        .collect();
    if surnames.is_empty() {
        return;
    }
    for m in mentions.iter_mut().filter(|m| may_type(m)) {
        let words = m.tokens.clone().all(|k| doc.tokens[k].kind == TokenKind::Word && doc.is_capitalized(k));
        let last = doc.word(m.tokens.end - 1);
        if words && surnames.contains(last) && !res.org_suffixes.contains(last) {
            m.class = Some(EntityClass::Person);
        }
    }
}

/// "Shares of Vossberg Hallqvist fell", "Vossberg Hallqvist stores",
/// "Greta Lundholm's subsidiary", "Oskar Brandt, which was founded in
/// 1952", "Talvani NBD": a name shaped like a person's (a given name, a
/// surname) that the article uses once at least as a company's, and never
/// after a job title or an honorific or before ", who", is a company named
/// after its founder, at every mention.
pub(super) fn companies_named_like_people(doc: &Doc, res: &Resources, mentions: &mut [Mention]) {
    let person_shaped = |m: &Mention| m.class == Some(EntityClass::Person) && m.entry.is_none() && m.tokens.len() >= 2;
    // With no such name, none is asked about.
    if !mentions.iter().any(person_shaped) {
        return;
    }
    let mut companies: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
    let mut people: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
    // "Laura Tenby of Harvey Nichols": where a person's full name ends.
    let person_ends: rustc_hash::FxHashSet<usize> = mentions
        .iter()
        .filter(|m| m.class == Some(EntityClass::Person) && m.tokens.len() >= 2)
        .map(|m| m.tokens.end)
        .collect();
    for (k, m) in mentions.iter().enumerate() {
        let text = doc.slice(m.tokens.clone());
        let company = |m: &Mention| {
            listed_among_companies(doc, res, mentions, k)
                || used_as_company(doc, m)
                || of_a_person(doc, &person_ends, m.tokens.start)
                || says_its(doc, res, m)
                || at_after_long_title(doc, res, m.tokens.start)
                || appositive_class(doc, res, m.tokens.end) == Some(EntityClass::Organization)
                    && !after_by(doc, m.tokens.start)
                || employer_by_title(doc, res, m)
        };
        if m.class == Some(EntityClass::Organization) && !m.guessed || person_shaped(m) && company(m) {
            companies.insert(text);
        }
        if person_shaped(m) && titled_person(doc, res, m) {
            people.insert(text);
        }
    }
    for m in mentions.iter_mut().filter(|m| person_shaped(m)) {
        let text = doc.slice(m.tokens.clone());
        if companies.contains(text) && !people.contains(text) {
            m.class = Some(EntityClass::Organization);
        }
    }
}

/// "customers included Harwick Corporation, Lockridge Tate, Pell University
/// and Orvane": a name shaped like a person's by its last word alone (no given
/// name first) listed among two organisations or more, and no person, is one
/// of them. The list's members are joined by commas, "and" or "or" (a "the"
/// after them, an acronym in brackets after a member).
fn listed_among_companies(doc: &Doc, res: &Resources, mentions: &[Mention], k: usize) -> bool {
    let m = &mentions[k];
    if m.class != Some(EntityClass::Person) || res.given_names.contains(doc.word(m.tokens.start)) {
        return false;
    }
    // The token where the list's next member may start after a member ending at `end`.
    let member_gap = |end: usize, next: &Mention| {
        let end = bracketed_acronym_end(doc, end);
        let start = next.tokens.start;
        let start = if start > 0 && doc.lower(start - 1) == "the" { start - 1 } else { start };
        start > end && is_list_gap(doc, end, start)
    };
    let same = |n: &Mention| n.sentence == m.sentence;
    let (mut orgs, mut people) = (0, 0);
    let mut count = |n: &Mention| match n.class {
        Some(EntityClass::Organization) if !n.guessed => orgs += 1,
        Some(EntityClass::Person) => people += 1,
        _ => {}
    };
    // Leftwards, then rightwards, while the gaps are a list's.
    let mut at = k;
    while let Some(prev) = at.checked_sub(1).filter(|&p| same(&mentions[p])) {
        let prev = if is_bracketed(doc, &mentions[prev]) && prev > 0 { prev - 1 } else { prev };
        if !same(&mentions[prev]) || !member_gap(mentions[prev].tokens.end, &mentions[at]) {
            break;
        }
        count(&mentions[prev]);
        at = prev;
    }
    let mut at = k;
    while let Some(mut next) = Some(at + 1).filter(|&n| n < mentions.len() && same(&mentions[n])) {
        if is_bracketed(doc, &mentions[next]) {
            next += 1;
            if next >= mentions.len() || !same(&mentions[next]) {
                break;
            }
        }
        if !member_gap(mentions[at].tokens.end, &mentions[next]) {
            break;
        }
        count(&mentions[next]);
        at = next;
    }
    orgs >= 2 && people == 0
}

/// "(ZTA)": a mention written inside brackets right around it.
fn is_bracketed(doc: &Doc, m: &Mention) -> bool {
    m.tokens.start >= 1 && doc.is_punct(m.tokens.start - 1, '(') && doc.is_punct(m.tokens.end, ')')
}

/// The words around mention `m` make it a company's name: an acronym ends
/// it ("Talvani NBD"), stock before it ("shares of"), a company's property
/// after it ("X stores", "X's new headquarters"), or ", which" after it as
/// the subject of its sentence.
fn used_as_company(doc: &Doc, m: &Mention) -> bool {
    let (start, stop) = (m.tokens.start, m.tokens.end);
    let last = doc.word(stop - 1);
    let roman = last.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    let acronym = last.chars().count() >= 2 && last.chars().all(|c| c.is_ascii_uppercase()) && !roman;
    let mixed = (start..stop).any(|k| doc.word(k).chars().any(char::is_lowercase));
    // "a stake in Japan's Pell Avery": a place's possessive may stand between
    // the preposition and the name (one to three capitalized words before it).
    let owner = (start >= 2 && doc.is_possessive(start - 1))
        .then(|| (2..=4).take_while(|&n| start > n && doc.is_capitalized(start - n)).last())
        .flatten()
        .map_or(start, |n| start - n);
    // "shares of X", "a 20% stake in X": people hold no stakes (but "a stake
    // in Jan Roe's firm" is the firm's).
    let stake = |k: usize| matches!(doc.lower(k), "stake" | "stakes") && !doc.is_possessive(stop);
    let holding = |k: usize| doc.word_is(k, Words::StockNoun) || stake(k);
    let stock = owner >= 2 && matches!(doc.lower(owner - 1), "of" | "in") && holding(owner - 2);
    let lower = |k: usize| doc.is_lower_word(k);
    let property = |k: usize| lower(k) && doc.word_is(k, Words::CompanyPropertyNoun);
    // "X stores her bike": a verb in "-s" takes an object; a noun does not.
    let object_after = |k: usize| matches!(doc.lower(k + 1), "a" | "an" | "the" | "his" | "her" | "their" | "its");
    let bare = property(stop) && !object_after(stop);
    let owned = doc.is_possessive(stop) && (property(stop + 1) || lower(stop + 1) && property(stop + 2));
    let subject = doc.sentences.get(m.sentence).is_some_and(|r| r.start == start);
    let which = subject && doc.is_punct(stop, ',') && doc.lower(stop + 1) == "which";
    acronym && mixed || stock || bare || owned || which
}

/// "Laura Tenby of Harvey Nichols", "Jan Roe at Corvel Marsh": a name
/// starting at `start` right after "of" or "at" that follows a person's
/// full name (one ends at `start - 1`, a key of `person_ends`) is where the
/// person works, not another person.
fn of_a_person(doc: &Doc, person_ends: &rustc_hash::FxHashSet<usize>, start: usize) -> bool {
    after_person_of(doc, start, |end| person_ends.contains(&end))
}

/// A name at `start` right after "of" or "at" that follows a person's full
/// name (`person_ends_at` says whether one ends at a token).
fn after_person_of(doc: &Doc, start: usize, person_ends_at: impl Fn(usize) -> bool) -> bool {
    start >= 1 && matches!(doc.word(start - 1), "of" | "at") && person_ends_at(start - 1)
}

/// "Corvel Marsh (CMH) said": the token after an acronym in brackets that
/// opens at `k`, or `k` when none does.
fn bracketed_acronym_end(doc: &Doc, k: usize) -> usize {
    let acronym = doc.is_punct(k, '(') && doc.is_punct(k + 2, ')') && doc.has_upper_case(k + 1);
    if acronym {
        k + 3
    } else {
        k
    }
}

/// "Paula Rusk of Dunmore Pike", "Tom Wren at Arlo Fenwick": a name of
/// unknown kind right after "of" or "at" that follows a person's full name
/// is the firm the person is with (see `of_a_person`).
fn org_after_person(doc: &Doc, mentions: &[Mention], m: &Mention) -> Option<EntityClass> {
    let full_name_ends = |end: usize| {
        mentions.iter().any(|p| p.tokens.end == end && p.tokens.len() >= 2 && p.class == Some(EntityClass::Person))
    };
    (m.tokens.len() <= 4 && after_person_of(doc, m.tokens.start, full_name_ends)).then_some(EntityClass::Organization)
}

/// "Corvel Marsh said its chief executive…", "Corvel Marsh (CMH) said on
/// Monday its…": a name whose verb of speech (after an acronym in
/// brackets, maybe) has "its" within four lower-case words (a weekday
/// aside) speaks of itself as a thing, a company. A given name first
/// keeps it a person's ("Jan Roe said its launch slipped").
fn says_its(doc: &Doc, res: &Resources, m: &Mention) -> bool {
    let verb = bracketed_acronym_end(doc, m.tokens.end);
    let Some(mut words) = words_after_speech_verb(doc, res, verb, 4) else { return false };
    words.any(|j| doc.lower(j) == "its") && !res.given_names.contains(doc.word(m.tokens.start))
}

/// The words right after a verb of speech at `verb` (at most `reach`),
/// while they are lower-case words or weekdays ("said on Monday its…"):
/// where a speaker's pronoun may stand. None when no verb of speech is there.
fn words_after_speech_verb<'a>(
    doc: &'a Doc,
    res: &Resources,
    verb: usize,
    reach: usize,
) -> Option<impl Iterator<Item = usize> + 'a> {
    let (len, _) = doc.lookup(&res.speech_verbs, verb)?;
    Some((verb + len..verb + len + reach).take_while(move |&j| {
        let word = doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word);
        word && (!doc.is_capitalized(j) || WEEKDAYS.contains(&doc.lower(j)))
    }))
}

/// "Harlow Jennings CEO Pat Keane", "Lyle Morrow analyst Pat Keane",
/// "Lyle Morrow analysts expect", "a research analyst with Harlow
/// Jennings": a name shaped like a person's that a job title and another
/// person's name follow, that a firm's staff in the plural follow, or that
/// comes right after a staff title and "with", names the employer, a firm
/// named after its founders. Not in a headline; not after a title used as
/// a verb ("to partner with", "will partner with").
fn employer_by_title(doc: &Doc, res: &Resources, m: &Mention) -> bool {
    let (start, stop) = (m.tokens.start, m.tokens.end);
    if doc.sentences.get(m.sentence).is_some_and(|r| is_title_case(doc, r.clone())) {
        return false;
    }
    let titled_name_after = title_before_name(doc, res, stop).is_some() || lower_title_then_person(doc, res, stop);
    let staff_after = doc.is_lower_word(stop) && doc.word_is(stop, Words::StaffPlural);
    let with_after_title = start >= 2 && doc.lower(start - 1) == "with" && doc.is_lower_word(start - 2) && {
        let e = start - 1;
        (1..=3).any(|len| {
            e.checked_sub(len).is_some_and(|t| {
                doc.lookup(&res.titles, t).is_some_and(|(l, tie)| l == len && *tie == Tie::Work)
                    && (t..e).all(|j| doc.is_lower_word(j))
                    && !t.checked_sub(1).is_some_and(|b| doc.lower(b) == "to" || AUXILIARIES.contains(&doc.lower(b)))
            })
        })
    };
    titled_name_after || staff_after || with_after_title
}

/// Mention `m` is a person's by a job title before it ("CEO X", "chief
/// executive X"), one in apposition after it, an honorific, or ", who".
fn titled_person(doc: &Doc, res: &Resources, m: &Mention) -> bool {
    let (start, stop) = (m.tokens.start, m.tokens.end);
    let honorific = (1..=2).any(|n| start.checked_sub(n).is_some_and(|b| after_honorific(doc, res, b) == Some(start)));
    let who = doc.is_punct(stop, ',') && doc.lower(stop + 1) == "who";
    let titled = ends_phrase(doc, &res.titles, start) && !verb_of_a_title(doc, res, start);
    titled || title_appositive(doc, res, stop) || honorific || who
}

/// "founded in 2023 by Mara Okafor, the Lyon-based startup": a name right
/// after "by" may be an agent whom the appositive after it does not describe.
fn after_by(doc: &Doc, start: usize) -> bool {
    start.checked_sub(1).is_some_and(|b| doc.lower(b) == "by")
}

/// "to lead Acme", "to head Acme", "to chair Acme": a title of one word in
/// lower case right after "to" is a verb, and the name after it what is led,
/// not a person the title names. The name starts at `start`.
fn verb_of_a_title(doc: &Doc, res: &Resources, start: usize) -> bool {
    start >= 2
        && doc.lower(start - 2) == "to"
        && doc.is_lower_word(start - 1)
        && doc.lookup(&res.titles, start - 1).is_some_and(|(len, _)| len == 1)
}

/// "head of global foreign exchange at X": a title, at most five words in
/// lower case (its field), then "at" right before token `start`: X is where
/// the title is held, a company.
fn at_after_long_title(doc: &Doc, res: &Resources, start: usize) -> bool {
    let Some(at) = start.checked_sub(1).filter(|&p| doc.word(p) == "at") else { return false };
    (0..=5).any(|n| {
        at.checked_sub(n).is_some_and(|e| ends_phrase(doc, &res.titles, e) && (e..at).all(|j| doc.is_lower_word(j)))
    })
}

/// "Pennyline, which allows users to send money", "Tovra, which lets
/// subscribers stream films": a clause set off after the name telling what
/// it lets its users do describes a service or an app, not its maker.
fn lets_users(doc: &Doc, stop: usize) -> bool {
    doc.is_punct(stop, ',')
        && matches!(doc.lower(stop + 1), "which" | "that")
        && matches!(doc.lower(stop + 2), "allows" | "lets" | "enables" | "allowed" | "let" | "enabled")
        && doc.word_is(stop + 3, Words::UserNoun)
}
