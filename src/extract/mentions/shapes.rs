//! The shape of names: where a run of name tokens starts and ends, model
//! versions ("Llama 3.1 405B"), part numbers, acronyms, honorifics.

use super::*;

/// "ZTX", "QRB" (two to five capitals) or "DataVolt" (a capital inside).
pub(super) fn company_shaped(word: &str) -> bool {
    let acronym = (2..=5).contains(&word.chars().count()) && word.chars().all(|c| c.is_ascii_uppercase());
    let inner = word.chars().zip(word.chars().skip(1)).any(|(a, b)| a.is_lowercase() && b.is_uppercase());
    acronym || inner
}

/// A lexicon match may start here: not the tail of a longer word piece.
pub(super) fn starts_word(doc: &Doc, i: usize) -> bool {
    !(doc.joined(i) && i > 0 && doc.tokens[i - 1].kind != TokenKind::Punct)
}

/// "Ex-Zentrix executive X": "Ex" and a hyphen joined to a capitalized word
/// at token `i` mark a former tie, and are no part of the name after them.
pub(super) fn is_former_prefix(doc: &Doc, i: usize) -> bool {
    doc.lower(i) == "ex"
        && doc.is_punct(i + 1, '-')
        && doc.joined(i + 1)
        && doc.joined(i + 2)
        && doc.is_capitalized(i + 2)
}

/// A token that can follow a hyphen inside a model name: has a digit or a capital.
pub(super) fn is_model_piece(doc: &Doc, i: usize) -> bool {
    doc.has_digit(i) || doc.is_capitalized(i)
}

/// Extends a model name over its version and variant ("Llama" + " 3.1 405B",
/// "GPT" + "-4o", "Qwen2.5" + "-Max").
pub(super) fn extend_model(doc: &Doc, res: &Resources, start: usize, stop: usize, end: usize) -> usize {
    let mut j = stop;
    let mut seen_digit = (start..stop).any(|k| doc.has_digit(k));
    // "Acme Q3 profit": a quarter or a fiscal year is no version of a model.
    while j < end && !is_period(doc, j) {
        if doc.joined(j) && (doc.is_punct(j, '-') || doc.is_punct(j, '.')) && j + 1 < end && doc.joined(j + 1) {
            let piece = j + 1;
            let fits = doc.tokens[piece].kind != TokenKind::Punct
                && (is_model_piece(doc, piece) || seen_digit || res.model_variants.contains(doc.word(piece)));
            if !fits || doc.word_is(piece, Words::BasedWord) {
                break;
            }
            seen_digit |= doc.has_digit(piece);
            j += 2;
            continue;
        }
        if doc.joined(j) && doc.tokens[j].kind != TokenKind::Punct && !doc.is_possessive(j) {
            j += 1;
            continue;
        }
        if is_version(doc, j) {
            seen_digit = true;
            j = skip_decimal(doc, j);
            continue;
        }
        if model_number_before_noun(doc, res, j) {
            j += 1;
            break;
        }
        let variant = doc.is_capitalized(j) && (seen_digit || res.model_variants.contains(doc.word(j)));
        if variant && !res.common_words.contains(doc.lower(j)) && doc.lookup(&res.names, j).is_none() {
            j += 1;
            continue;
        }
        break;
    }
    j
}

/// "Velox 800 processor", "Corvo 9000 chipset": a number of three or four
/// digits (not a year) right before a noun of a product is the model number
/// of the name before it.
fn model_number_before_noun(doc: &Doc, res: &Resources, j: usize) -> bool {
    let word = doc.word(j);
    let year = word.len() == 4 && (word.starts_with("19") || word.starts_with("20"));
    doc.is_number(j)
        && (3..=4).contains(&word.len())
        && !year
        && !doc.joined(j + 1)
        && doc.lookup(&res.thing_nouns, j + 1).is_some_and(|(_, &c)| c == EntityClass::Product)
        && doc.is_lower_word(j + 1)
}

/// A version number: small ("4", "2.0", "3.5") or with letters ("405B", "4o").
pub(super) fn is_version(doc: &Doc, j: usize) -> bool {
    if !doc.has_digit(j) {
        return false;
    }
    if doc.tokens[j].kind == TokenKind::Word {
        return true;
    }
    let small = doc.word(j).len() <= 2;
    let decimal = doc.is_punct(j + 1, '.') && doc.joined(j + 1) && doc.joined(j + 2) && doc.is_number(j + 2);
    let after = if decimal { j + 3 } else { j + 1 };
    let unit_after = doc.word_is(after, Words::QuantityWord) || doc.is_percent_sign(after);
    (small || decimal) && !unit_after
}

/// Past a number and its decimal part ("2" "." "0").
pub(super) fn skip_decimal(doc: &Doc, j: usize) -> usize {
    if doc.has_digit(j) && doc.is_decimal_fraction(j + 2) {
        j + 3
    } else {
        j + 1
    }
}

/// Dr., Mr., Prof., H.E. before a capitalized word: where the name starts.
/// Honorifics stack ("HH Sheikh X", "YBhg. Datuk X", "Dato' Seri X"): the
/// name starts past the last of them.
pub(crate) fn after_honorific(doc: &Doc, res: &Resources, i: usize) -> Option<usize> {
    let mut next = honorific_end(doc, res, i)?;
    for _ in 0..3 {
        match honorific_end(doc, res, next) {
            Some(n) => next = n,
            None => break,
        }
    }
    (doc.is_capitalized(next) && !res.common_words.contains(doc.lower(next))).then_some(next)
}

/// One honorific at token `i`: the token past it and the period or
/// apostrophe ("Dato'") joined to its end.
fn honorific_end(doc: &Doc, res: &Resources, i: usize) -> Option<usize> {
    if !doc.is_capitalized(i) {
        return None;
    }
    let (len, _) = doc.lookup(&res.honorifics, i).filter(|_| starts_word(doc, i))?;
    let end = i + len;
    let mark = ['.', '\'', '\u{2019}'].iter().any(|&c| doc.is_punct(end, c)) && doc.joined(end);
    Some(end + usize::from(mark))
}

/// Token `i` may start a discovered name: capitalized (or an inner capital as
/// in "xAI"), not a common word.
pub(super) fn starts_name(doc: &Doc, res: &Resources, i: usize) -> bool {
    let hyphenated = is_joining_hyphen(doc, i + 1) && doc.is_capitalized(i + 2);
    if hyphenated && HYPHEN_PARTICLES.contains(&doc.word(i)) && starts_word(doc, i) {
        return true;
    }
    looks_like_name(doc, i)
        && (hyphenated || !res.common_words.contains(doc.lower(i)) || given_name_first(doc, res, i))
        && !is_demonym(res, doc.word(i))
        && (!res.generic_acronyms.contains(doc.word(i)) || heads_public_body(doc, i))
        && starts_word(doc, i)
}

/// "the ICT Authority", "the AI Safety Institute": capitalized words after
/// the acronym at token `i` run to the head of a public body.
fn heads_public_body(doc: &Doc, i: usize) -> bool {
    (i + 1..i + 4)
        .take_while(|&j| doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word) && doc.is_capitalized(j))
        .any(|j| INSTITUTION_HEADS.contains(&doc.word(j)))
}

/// "Chinese", and its plural "Canadians" ("told Canadians"): people of a
/// place, not a name.
fn is_demonym(res: &Resources, word: &str) -> bool {
    res.demonyms.contains_key(word) || word.strip_suffix('s').is_some_and(|w| res.demonyms.contains_key(w))
}

/// "said Jan Voskuil": a given name that is also a common word (a month's
/// short form) starts a name inside a sentence when a capitalized word that
/// is no common word, known name or number follows it (not "Jan 8").
fn given_name_first(doc: &Doc, res: &Resources, i: usize) -> bool {
    let next = i + 1;
    let opens = doc.sentences.get(doc.sentence_of[i]).is_some_and(|r| r.start == i);
    res.given_names.contains(doc.word(i))
        && !opens
        && doc.tokens.get(next).is_some_and(|t| t.kind == TokenKind::Word)
        && doc.is_capitalized(next)
        && !doc.joined(next)
        && !doc.has_digit(next)
        && !res.common_words.contains(doc.lower(next))
        && doc.lookup(&res.names, next).is_none()
}

/// A hyphen joining the tokens on both sides ("Jan-Willem", "al-Qasimi").
pub(super) fn is_joining_hyphen(doc: &Doc, j: usize) -> bool {
    doc.is_punct(j, '-') && doc.joined(j) && doc.joined(j + 1)
}

/// Capitalized, or a word with a capital inside ("xAI", "iPhone"): a word
/// not capitalized has its capitals inside.
pub(super) fn looks_like_name(doc: &Doc, i: usize) -> bool {
    doc.is_capitalized(i) || (doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) && doc.has_upper_case(i))
}

/// The end of the word pieces joined to token `start` ("Qwen2.5-Max").
pub(super) fn joined_end(doc: &Doc, start: usize, end: usize) -> usize {
    let mut j = start + 1;
    while j < end && doc.joined(j) && !doc.is_possessive(j) {
        let piece = doc.tokens[j].kind != TokenKind::Punct
            || (doc.joined(j + 1) && j + 1 < end && doc.tokens[j + 1].kind != TokenKind::Punct);
        if !piece || doc.is_punct(j, ',') || doc.is_punct(j, '.') && !doc.joined(j + 1) {
            break;
        }
        j += 1;
    }
    j
}

/// Where a run of name tokens starting at `start` ends (exclusive).
pub(super) fn run_end(doc: &Doc, res: &Resources, start: usize, end: usize) -> usize {
    let mut j = start + 1;
    let mut last_good = j;
    let mut seen_digit = doc.has_digit(start);
    while j < end {
        if wire_ticker_end(doc, j).is_some() {
            break;
        }
        let joined = doc.joined(j);
        if joined && (doc.is_punct(j, '-') || doc.is_punct(j, '.')) && doc.joined(j + 1) && j + 1 < end {
            let piece = j + 1;
            let ok = doc.tokens[piece].kind != TokenKind::Punct
                && (looks_like_name(doc, piece)
                    || doc.has_digit(piece)
                    || seen_digit
                    || is_syllable_pair(doc, start, j)
                    || given_pair_before_surname(doc, res, start, j));
            if !ok {
                break;
            }
            seen_digit |= doc.has_digit(piece);
            j += 2;
            last_good = j;
            continue;
        }
        if joined && doc.tokens[j].kind != TokenKind::Punct && !doc.is_possessive(j) {
            j += 1;
            last_good = j;
            continue;
        }
        if is_initial_dot(doc, j) || inner_form_dot(doc, res, j) {
            j += 1;
            continue;
        }
        // "Brindle A/S": a legal form spelled with a slash between its letters.
        if joined && doc.is_punct(j, '/') && super::dotted_form_start(doc, res, j + 1) == Some(j - 1) {
            j += 2;
            last_good = j;
            continue;
        }
        if doc.is_number(j) && doc.word(j).len() == 1 && !doc.joined(j) && is_version(doc, j) {
            j = skip_decimal(doc, j);
            last_good = j;
            break;
        }
        // "Quillon TV": a generic acronym that is a company suffix ends the name.
        let generic = res.generic_acronyms.contains(doc.word(j)) && !res.org_suffixes.contains(doc.word(j));
        if generic || is_period(doc, j) || title_before_name(doc, res, j).is_some() {
            break;
        }
        let after_connector = CONNECTORS.contains(&doc.word(j - 1));
        // "University of South Africa": a known name after "of" goes in whole.
        if doc.word(j - 1) == "of" && !joined {
            if let Some((len, _)) = doc.lookup(&res.names, j).filter(|&(len, _)| len >= 2 && j + len <= end) {
                j += len;
                last_good = j;
                continue;
            }
        }
        if j == start + 1 && !joined {
            if let Some(to) = unknown_unit_in_place(doc, res, start, j, end) {
                return to;
            }
        }
        if person_after_company(doc, res, start, j) || (!joined && surname_first_name_at(doc, res, j)) {
            break;
        }
        if j > start + 1 && !joined {
            if let Some(to) = institution_in_place(doc, res, start, j, end) {
                return to;
            }
        }
        if looks_like_name(doc, j)
            && !joined
            && (doc.lookup(&res.names, j).is_none()
                || after_connector
                || known_before_suffix(doc, res, j)
                || region_after_of(doc, j))
        {
            j += 1;
            let common = res.common_words.contains(doc.lower(j - 1));
            let kept = !common
                || res.org_suffixes.contains(doc.word(j - 1))
                || given_name_not_date(doc, res, start, j - 1)
                || common_word_after_suffix(doc, res, start, j - 1)
                || outlet_title_word(doc, start, j);
            if kept {
                last_good = j;
            }
            continue;
        }
        if let Some(to) = and_in_company(doc, res, start, j, end) {
            j = to;
            last_good = to;
            continue;
        }
        // "Kestrel Couriers of Aberdeen": where the company is from ends its name.
        if doc.word(j) == "of" && of_home_place(doc, res, start, j) {
            break;
        }
        // "Bank of Industry", "Ministry of Finance": a public body and what it is for.
        if doc.word(j) == "of" && INSTITUTION_HEADS.contains(&doc.word(j - 1)) {
            let to = body_of(doc, res, j, end);
            // "Royal Bank of Zembla Pieter Voss": a person named after the body's first word is no part of it.
            let to = if to > j + 2 && person_after_company(doc, res, start, j + 2) { j + 2 } else { to };
            if to > j + 1 {
                j = to;
                last_good = to;
                continue;
            }
        }
        // "Foundation for the Study of Labor", "Organization of the Petroleum
        // Exporting Countries": an organisation word, "of the" or "for the",
        // then a capitalized name (no known place: "Kestrel Group of the
        // Netherlands" is from there) go on as one name.
        if matches!(doc.word(j), "of" | "for") && doc.word(j + 1) == "the" && institution_goes_on(doc, res, j, end) {
            j += 2;
            continue;
        }
        // "Quellby & Company", "Tomas Harrow & Sons": a spaced "&" and a firm's
        // word close the name, even one opening with a given name.
        if doc.word(j) == "&"
            && !joined
            && j + 1 < end
            && !doc.joined(j + 1)
            && AMPERSAND_FIRM_ENDS.contains(&doc.word(j + 1))
            && !looks_like_name(doc, j + 2)
        {
            j += 2;
            last_good = j;
            continue;
        }
        // Connectors, one or a few in a row: "bin Talal", "van der Berg", "de la Cruz".
        let person_like = res.given_names.contains(doc.word(start));
        let connectors = if person_like { PERSON_CONNECTORS } else { CONNECTORS };
        let after = (j..end.min(j + 3)).find(|k| !connectors.contains(&doc.word(*k))).unwrap_or(j);
        // "al-Qasimi": a particle joined to the name by a hyphen.
        let after = if after > j && is_joining_hyphen(doc, after) { after + 1 } else { after };
        // "Orvik Industries for R1.6bn": a sum after "for" is a price, not the name's.
        let price = doc.lower(j) == "for" && doc.has_digit(after);
        if after > j && looks_like_name(doc, after) && !res.common_words.contains(doc.lower(after)) && !price {
            j = after;
            continue;
        }
        break;
    }
    last_good
}

/// At "of the" or "for the" at token `at`: an organisation word before it
/// and a capitalized word after it that starts no known place.
fn institution_goes_on(doc: &Doc, res: &Resources, at: usize, end: usize) -> bool {
    let name = at + 2;
    at >= 1
        && name < end
        && res.org_suffixes.contains(doc.word(at - 1))
        && looks_like_name(doc, name)
        && !doc.joined(name)
        && !doc.joined(at + 1)
        && doc.lookup(&res.names, name).is_none_or(|(_, &e)| res.entries[e].class != EntityClass::Place)
}

/// "Kestrel Couriers of Aberdeen", "Zentrix AG of Germany": at the "of" at
/// token `of`, a company's name of two words or more from `start` (its last
/// word of `company-of-place-end`), and a known place that ends the phrase
/// (not "of New York Mellon", "of Sweden's Orvane"): the place says where
/// the company is from and is no part of its name.
pub(crate) fn of_home_place(doc: &Doc, res: &Resources, start: usize, of: usize) -> bool {
    let last = if doc.is_punct(of - 1, '.') { of - 2 } else { of - 1 };
    if last <= start || !doc.word_is(last, Words::CompanyOfPlaceEnd) {
        return false;
    }
    let Some((len, &e)) = doc.lookup(&res.names, of + 1) else { return false };
    let end = of + 1 + len;
    let goes_on = looks_like_name(doc, end) || doc.is_possessive(end) || doc.is_punct(end, '-') && doc.joined(end);
    res.entries[e].class == EntityClass::Place && !goes_on
}

/// "Quellby Business radio station", "told The Kestrel Report.": a
/// capitalized common word ending a run (before token `j`) is part of a
/// news outlet's title when an outlet noun follows, or when the title,
/// after "told The", closes the clause.
fn outlet_title_word(doc: &Doc, start: usize, j: usize) -> bool {
    let closes = doc.tokens.get(j).is_none_or(|t| t.kind == TokenKind::Punct);
    super::kinds::outlet_noun_after(doc, j) || closes && super::kinds::told_the(doc, start)
}

/// "Royal Bank of Zembla Jon Ravel, and analysts", "Acme Bank Jane Doe":
/// a company's name that ends in a company word or in a known name after
/// "of" is not continued by two capitalized words shaped like a person's
/// (a given name first or a surname second), which a list of "company
/// chief" pairs writes with no title between.
fn person_after_company(doc: &Doc, res: &Resources, start: usize, j: usize) -> bool {
    let word = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
            && doc.is_capitalized(k)
            && !doc.joined(k)
            && !res.common_words.contains(doc.lower(k))
            && !res.org_suffixes.contains(doc.word(k))
    };
    let ends = || !doc.is_capitalized(j + 2) || doc.tokens.get(j + 2).is_some_and(|t| t.kind == TokenKind::Punct);
    let person = || res.given_names.contains(doc.word(j)) || res.surnames.contains(doc.word(j + 1));
    let company_end = || {
        res.org_suffixes.contains(doc.word(j - 1))
            || j >= start + 3 && doc.word(j - 2) == "of" && doc.is_capitalized(j - 1)
            || (1..=3).any(|n| {
                j >= start + n + 2
                    && doc.word(j - n - 1) == "of"
                    && doc.lookup(&res.names, j - n).is_some_and(|(len, _)| len == n)
            })
    };
    // Cheapest tests first: most capitalized runs fail on the shape.
    j > start
        && ends()
        && word(j + 1)
        && word(j)
        && person()
        && company_end()
        && doc.lookup(&res.names, j).is_none()
        && !doc.is_possessive(j + 2)
}

/// "led by Pellam Capital Today", "Quorra Ventures Now": a capitalized
/// common word right after the last word of a firm's name (`FIRM_ENDS`), inside a sentence and with no
/// capitalized word after it, ends the company's name (not a day, a month,
/// a title or a function word: "Acme Capital Monday said").
fn common_word_after_suffix(doc: &Doc, res: &Resources, start: usize, k: usize) -> bool {
    k > start
        && FIRM_ENDS.contains(&doc.word(k - 1))
        && !doc.is_capitalized(k + 1)
        && (!doc.joined(k + 1) || matches!(doc.word(k + 1), "," | "." | ";" | ":" | ")"))
        && plain_common_word(doc, res, k)
}

/// A capitalized common word that may be part of a company's name: no
/// day, month, function word, title or honorific ("Now", "Global", "Today").
pub(super) fn plain_common_word(doc: &Doc, res: &Resources, k: usize) -> bool {
    let word = doc.lower(k);
    doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
        && doc.is_capitalized(k)
        && word.chars().count() >= 3
        && res.common_words.contains(word)
        && !MONTHS.contains(&word)
        && !WEEKDAYS.contains(&word)
        && !ARTICLES.contains(&word)
        && !CONNECTORS.contains(&word)
        && !COPULAS.contains(&word)
        && !TITLE_CASE_LOWER.contains(&word)
        && doc.lookup(&res.titles, k).is_none()
        && doc.lookup(&res.honorifics, k).is_none()
}

/// "invested alongside Now Venture Partners", "Benchmark Capital and
/// Accel": a capitalized common word inside a sentence (after a lower-case
/// word, a comma, "&" or a bracket) that starts a run of capitalized words
/// ending in a firm's last word (`FIRM_ENDS`) is the first word of the firm's name.
pub(super) fn common_word_leads_company(doc: &Doc, res: &Resources, i: usize, end: usize) -> bool {
    let Some(before) = i.checked_sub(1) else { return false };
    let opens = doc.sentences.get(doc.sentence_of[i]).is_some_and(|r| r.start == i);
    let inside =
        doc.is_lower_word(before) || doc.is_punct(before, ',') || doc.word(before) == "&" || doc.is_punct(before, '(');
    if opens || !inside || doc.joined(i) || !doc.is_capitalized(i + 1) || !plain_common_word(doc, res, i) {
        return false;
    }
    let to = run_end(doc, res, i, end);
    to >= i + 2 && FIRM_ENDS.contains(&doc.word(to - 1)) && !doc.joined(to - 1)
}

/// "Zentrix Power and Industrial Solutions Ltd.": an "and" then an
/// adjective ("Industrial", "Chemical", "Automotive") and capitalized words
/// up to a company form join one company's name ("Acme Bank and Zentrix
/// Ltd." are two: a suffix before the "and", a name after it). So does an
/// "and" joining the fields an institution serves, when a field stands on
/// one side of it (`INSTITUTION_FIELDS`) and the capitalized words after it
/// end in an organisation suffix: "the Industrial and Commercial Bank of
/// Zembla", "Ministry of Information and Broadcasting", "Zembla Export and
/// Credit Insurance Corp." (not "Halvern Tools and Brisko Labs", nor "Acme
/// Energy and Brisko Power": a suffix before the "and" needs a field after
/// it too). Returns the end after the form or suffix.
fn and_in_company(doc: &Doc, res: &Resources, start: usize, j: usize, end: usize) -> Option<usize> {
    let adjective = |w: &str| w.chars().count() >= 6 && (w.ends_with("al") || w.ends_with("ic") || w.ends_with("ive"));
    let field = |k: usize| INSTITUTION_FIELDS.contains(&doc.word(k));
    if j <= start || doc.word(j) != "and" || !doc.is_capitalized(j - 1) {
        return None;
    }
    // "Ministry of Housing and Urban Development", "Ministry of Trade and
    // Industry": inside a public body's "of" phrase, an "and" between fields
    // joins them (one or two words after it, the last a field, then no capital).
    let in_body = (start + 1..j).any(|k| doc.word(k) == "of" && INSTITUTION_HEADS.contains(&doc.word(k - 1)));
    if in_body && field(j - 1) {
        let mut k = j + 1;
        while k < end.min(j + 3)
            && doc.tokens[k].kind == TokenKind::Word
            && doc.is_capitalized(k)
            && doc.lookup(&res.names, k).is_none()
            && !res.given_names.contains(doc.word(k))
        {
            k += 1;
        }
        if k > j + 1 && field(k - 1) && !(k < end && doc.is_capitalized(k)) {
            return Some(k);
        }
    }
    let suffix_before = res.org_suffixes.contains(doc.word(j - 1));
    let fields = if suffix_before { field(j - 1) && field(j + 1) } else { field(j - 1) || field(j + 1) };
    if !fields && (suffix_before || !adjective(doc.word(j + 1))) {
        return None;
    }
    let mut k = j + 1;
    while k < end.min(j + 6) && doc.is_capitalized(k) && doc.lookup(&res.names, k).is_none() {
        if res.given_names.contains(doc.word(k)) {
            return None;
        }
        let form = k > j + 1 && res.legal_forms.contains(doc.word(k));
        if form || fields && res.org_suffixes.contains(doc.word(k)) {
            return Some(k + 1);
        }
        k += 1;
    }
    None
}

/// "Min-jun", "Seo-yeon", "Ka-shing": a given name of two short syllables joined by a
/// hyphen, the second in lower case, after the first word of a name (the
/// hyphen at `hyphen`).
pub(super) fn is_syllable_pair(doc: &Doc, start: usize, hyphen: usize) -> bool {
    let short = |k: usize, most: usize| {
        (1..=most).contains(&doc.word(k).chars().count()) && doc.word(k).chars().all(char::is_alphabetic)
    };
    let first = hyphen - 1;
    // "Young-hyun", "Seong-ho": a syllable of five letters ends in "ng" (not "Tokyo-based").
    let syllable = short(first, 4) || short(first, 5) && doc.word(first).ends_with("ng");
    first > start
        && doc.is_capitalized(first)
        && syllable
        && short(hyphen + 1, 6)
        && doc.word(hyphen + 1).chars().all(char::is_lowercase)
}

/// "Jong-hyun Kim", "Su-bin Park": a given name of two syllables joined by
/// a hyphen opening the run at `start` (the hyphen at `hyphen`), then a known
/// surname written apart: the name's first word, not a compound's.
pub(super) fn given_pair_before_surname(doc: &Doc, res: &Resources, start: usize, hyphen: usize) -> bool {
    let short = |k: usize, most: usize| {
        (2..=most).contains(&doc.word(k).chars().count()) && doc.word(k).chars().all(char::is_alphabetic)
    };
    let surname = hyphen + 2;
    hyphen == start + 1
        && doc.is_capitalized(start)
        && short(start, 5)
        && short(hyphen + 1, 6)
        && doc.word(hyphen + 1).chars().all(char::is_lowercase)
        && !res.common_words.contains(doc.lower(start))
        && doc.tokens.get(surname).is_some_and(|t| t.kind == TokenKind::Word)
        && !doc.joined(surname)
        && res.surnames.contains(doc.word(surname))
}

/// "Kim Jong-hyun", "Cho Sung-hwan": a known surname, then a given name of
/// two syllables joined by a hyphen; after another capitalized word ("CEO of
/// Zentrix Energy Kim Jong-hyun") it starts a person's name, which ends the
/// company's.
pub(super) fn surname_first_name_at(doc: &Doc, res: &Resources, j: usize) -> bool {
    res.surnames.contains(doc.word(j))
        && doc.tokens.get(j + 3).is_some()
        && is_joining_hyphen(doc, j + 2)
        && is_syllable_pair(doc, j, j + 2)
}

/// The period of an initial ("V." in "Chris V. Nicholson").
pub(super) fn is_initial_dot(doc: &Doc, j: usize) -> bool {
    doc.is_punct(j, '.')
        && doc.joined(j)
        && j > 0
        && doc.word(j - 1).chars().count() == 1
        && doc.is_capitalized(j - 1)
        && doc.is_capitalized(j + 1)
}

/// The full stop of a company form the name goes on after ("Warner Bros.
/// Pictures"): the next word looks like a name and is no common word.
fn inner_form_dot(doc: &Doc, res: &Resources, j: usize) -> bool {
    doc.is_punct(j, '.')
        && doc.joined(j)
        && j > 0
        && doc.word_is(j - 1, Words::InnerForm)
        && !doc.joined(j + 1)
        && looks_like_name(doc, j + 1)
        && !res.common_words.contains(doc.lower(j + 1))
}

/// "its experimental drug velorimab": a word in lower case of seven letters
/// or more ending in a drug name's stem names a drug, a product.
#[inline]
pub(super) fn is_drug_name(doc: &Doc, i: usize) -> bool {
    let word = doc.word(i);
    // Asked of every word in lower case: most end in a letter no drug's
    // name ends in, which a bit tells.
    let last = word.as_bytes().last().map_or(0, |b| b.wrapping_sub(b'a'));
    last < 26
        && DRUG_LAST_LETTERS & (1 << last) != 0
        && doc.tokens[i].kind == TokenKind::Word
        && word.len() >= 7
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && DRUG_NAME_ENDS.iter().any(|end| word.ends_with(end))
}

/// Bit `n` is set when some ending of `DRUG_NAME_ENDS` ends in the `n`th
/// letter of the alphabet.
const DRUG_LAST_LETTERS: u32 = {
    let mut letters = 0;
    let mut k = 0;
    while k < DRUG_NAME_ENDS.len() {
        let end = DRUG_NAME_ENDS[k].as_bytes();
        assert!(!end.is_empty() && end[end.len() - 1].is_ascii_lowercase());
        letters |= 1 << (end[end.len() - 1] - b'a');
        k += 1;
    }
    letters
};

/// Chip part numbers: one to three capitals, then three or more digits
/// ("H100", "MI300X", "B200"): a product.
pub(super) fn chip_shaped(doc: &Doc, start: usize, stop: usize) -> Option<EntityClass> {
    let word = doc.word(start);
    let letters = word.chars().take_while(char::is_ascii_uppercase).count();
    let digits = word.chars().skip(letters).take_while(char::is_ascii_digit).count();
    (stop == start + 1 && (1..=3).contains(&letters) && digits >= 3).then_some(EntityClass::Product)
}

/// "University of Southern Queensland": a known place after "of" and a region
/// word is the end of the institution's name, not a place of its own.
fn region_after_of(doc: &Doc, j: usize) -> bool {
    j >= 2 && doc.word(j - 2) == "of" && doc.word_is(j - 1, Words::RegionWord)
}

/// "Acme ACMEn.DE", "Zeta ZETA.PA", "(7267.T)": a wire service's stock code
/// after a company's name (letters or digits, a period, a one- or
/// two-capital exchange code) is no part of the name nor a name. Returns
/// where it ends.
pub(super) fn wire_ticker_end(doc: &Doc, j: usize) -> Option<usize> {
    // Most tokens have no joined full stop after them: the cheap test first.
    if !(doc.is_punct(j + 1, '.') && doc.joined(j + 1)) {
        return None;
    }
    let code = doc.word(j);
    let upper = code.chars().filter(|c| c.is_ascii_uppercase() || c.is_ascii_digit()).count();
    let lower = code.chars().filter(char::is_ascii_lowercase).count();
    let exchange = doc.word(j + 2);
    let after_word = doc.joined(j + 3) && doc.tokens.get(j + 3).is_some_and(|t| t.kind != TokenKind::Punct);
    let shaped = upper >= 2
        && (lower == 0 || lower == 1 && code.ends_with(|c: char| c.is_ascii_lowercase()))
        && code.chars().all(|c| c.is_ascii_alphanumeric())
        && doc.is_punct(j + 1, '.')
        && doc.joined(j + 1)
        && doc.joined(j + 2)
        && (1..=2).contains(&exchange.len())
        && exchange.chars().all(|c| c.is_ascii_uppercase())
        && !after_word;
    shaped.then_some(j + 3)
}

/// "Quillon Africa and TLcom Capital", "the Astra Malaysia venture": a word no
/// list knows right before a known place's name (nothing capitalized or
/// hyphenated after it) is a company's unit in that place, one name, as
/// "Vodafone Spain" is for a known company. Not after a region word or a
/// demonym ("Southern Africa"), nor a given name. Returns the end of the place.
fn unknown_unit_in_place(doc: &Doc, res: &Resources, start: usize, j: usize, end: usize) -> Option<usize> {
    let first = doc.word(start);
    if doc.lookup(&res.names, start).is_some()
        || res.given_names.contains(first)
        || res.surnames.contains(first)
        || res.common_words.contains(doc.lower(start))
        || doc.word_is(start, Words::RegionWord)
        || res.demonyms.contains_key(first)
        || doc.tokens[start].kind != TokenKind::Word
    {
        return None;
    }
    let (len, &e) = doc.lookup(&res.names, j)?;
    let to = j + len;
    let place = res.entries[e].class == EntityClass::Place;
    // "Quillon Africa CEO Jane Doe": a title after the place's name still leaves it alone.
    let alone = to >= end
        || !doc.is_capitalized(to) && !doc.is_punct(to, '-') && !doc.is_punct(to, '$')
        || doc.lookup(&res.titles, to).is_some();
    (place && alone && to <= end).then_some(to)
}

/// "Imperial College London", "Acme Securities Korea", "University of
/// Technology Sydney": a name of two words or more holding an organisation
/// word (a school's, a firm's: `org-suffixes.txt`), then a known place's name
/// right after it with nothing capitalized or hyphenated after the place, is
/// the institution or the firm's unit named with its city or country, one
/// name (as `unknown_unit_in_place` makes of one word). Not after "of" (the
/// place the body is of), nor when a known place stands in the name already
/// ("Bank of Kenya Nairobi office"), nor for a person's name.
fn institution_in_place(doc: &Doc, res: &Resources, start: usize, j: usize, end: usize) -> Option<usize> {
    let (len, &e) = doc.lookup(&res.names, j)?;
    if res.entries[e].class != EntityClass::Place
        || doc.lower(j - 1) == "of"
        || res.given_names.contains(doc.word(start))
    {
        return None;
    }
    let place_at =
        |k: usize| doc.lookup(&res.names, k).is_some_and(|(_, &e)| res.entries[e].class == EntityClass::Place);
    let words = |k: &usize| doc.tokens[*k].kind == TokenKind::Word;
    let organisation =
        (start..j).filter(words).any(|k| doc.is_capitalized(k) && res.org_suffixes.contains(doc.word(k)));
    if !organisation || (start..j).any(place_at) {
        return None;
    }
    let to = j + len;
    let alone = to >= end
        || !doc.is_capitalized(to) && !doc.is_punct(to, '-') && !doc.is_punct(to, '$')
        || doc.lookup(&res.titles, to).is_some();
    (alone && to <= end).then_some(to)
}

/// A known name inside a longer one that ends in a company suffix: the place in
/// "Kagerou America Inc." or "Velto Europe Ltd.", a subsidiary's name.
fn known_before_suffix(doc: &Doc, res: &Resources, j: usize) -> bool {
    doc.lookup(&res.names, j).is_some_and(|(len, _)| {
        let next = doc.word(j + len);
        !doc.joined(j + len) && res.org_suffixes.contains(next)
    })
}

/// "Acme CEO Jane Doe", "Commerce Secretary Jane Doe": a capitalized job title
/// at `j` followed by a capitalized word (or a comma and a given name: "Acme
/// General Manager, Jane Doe"), which starts a person's name; the title is
/// part of neither name.
pub(crate) fn title_before_name(doc: &Doc, res: &Resources, j: usize) -> Option<usize> {
    if !doc.is_capitalized(j) || doc.joined(j) {
        return None;
    }
    let first = j;
    let j = after_role_modifiers(doc, res, j);
    let (len, tie) = doc.lookup(&res.titles, j)?;
    // "Acme Vice president Jane Doe": capitalized modifiers may head a title
    // in lower case; "Acme Vice-Chairman Jane Doe": a joining hyphen inside it.
    let all_capitals = j > first
        || (j..j + len)
            .all(|k| doc.is_capitalized(k) || CONNECTORS.contains(&doc.word(k)) || is_joining_hyphen(doc, k));
    let (next, stacked_work) = stacked_titles_end(doc, res, j + len);
    // "Acme General Manager, Jane Doe said": a comma may stand before a person's name.
    let next = if doc.is_punct(next, ',') && res.given_names.contains(doc.word(next + 1)) { next + 1 } else { next };
    let tie = if stacked_work { &Tie::Work } else { tie };
    let named = doc.is_capitalized(next)
        && !doc.joined(next)
        && !res.common_words.contains(doc.lower(next))
        && !res.org_suffixes.contains(doc.word(next));
    // "Acme Chairman Sello Moloko": a board title too, when a person's name
    // follows (a given name, or two or three capitalized words no list knows).
    let person = *tie != Tie::Affiliate
        || res.given_names.contains(doc.word(next))
        || super::unknown_name_after_title(doc, res, next);
    (person && all_capitals && named).then_some(next)
}

/// "Acme Chair, President and CEO Jane Doe", "Acme Chairwoman & Chief
/// Executive Officer Jane Doe": past more capitalized titles stacked after
/// one ending at `to` with ",", "and" or "&" (at most three). Returns where
/// the stack ends and whether a job (not only a board seat) is among the
/// stacked titles.
fn stacked_titles_end(doc: &Doc, res: &Resources, mut to: usize) -> (usize, bool) {
    let mut work = false;
    for _ in 0..3 {
        let gap = match doc.word(to) {
            "and" | "&" => 1,
            "," if doc.word(to + 1) == "and" => 2,
            "," => 1,
            _ => break,
        };
        let k = to + gap;
        if !doc.is_capitalized(k) || doc.joined(k) {
            break;
        }
        let k = after_role_modifiers(doc, res, k);
        let Some((len, tie)) = doc.lookup(&res.titles, k) else { break };
        if !(k..k + len).all(|t| doc.is_capitalized(t) || CONNECTORS.contains(&doc.word(t))) {
            break;
        }
        work |= *tie != Tie::Affiliate;
        to = k + len;
    }
    (to, work)
}

/// "Interim CEO", "Prime Minister", "Deputy Chairman": past the capitalized
/// role modifiers before a title (not a company suffix: "Acme Group CEO").
pub(crate) fn after_role_modifiers(doc: &Doc, res: &Resources, j: usize) -> usize {
    let mut k = j;
    while k < j + 3
        && doc.is_capitalized(k)
        && !doc.joined(k)
        && doc.word_is(k, Words::RoleModifier)
        && !res.org_suffixes.contains(doc.word(k))
    {
        k += 1;
    }
    if k > j && doc.lookup(&res.titles, k).is_some() {
        k
    } else {
        j
    }
}

/// "Lei Jun": a word that is also a common word (here a month's short form)
/// continues a name begun by a given name when it is a given name or surname
/// too and no number follows (not "Jun 5").
fn given_name_not_date(doc: &Doc, res: &Resources, start: usize, k: usize) -> bool {
    let word = doc.word(k);
    k == start + 1
        && res.given_names.contains(doc.word(start))
        && (res.given_names.contains(word) || res.surnames.contains(word))
        && !doc.is_number(k + 1)
}

/// An amount or a measure starting at token `i`: "16GB", "350kW", "5M" (a
/// number with a unit), "KES140", "R2bn" (a currency code with an amount),
/// "Rs 9,999", "Q4", "FY2024", or a unit right after a number ("700 MW", "36
/// exaFLOPS"). Returns where it ends: no name starts there.
pub(super) fn measure_end(doc: &Doc, res: &Resources, i: usize) -> Option<usize> {
    let is_word = doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word);
    let numbers_near = doc.has_digit(i) || doc.is_number(i + 1) || i > 0 && doc.is_number(i - 1);
    if !is_word || !numbers_near {
        return None;
    }
    let word = doc.lower(i);
    let letters = word.chars().take_while(char::is_ascii_alphabetic).count();
    let (head, rest) = word.split_at(letters);
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let (_, tail) = rest.split_at(digits);
    let end = past_amount(doc, i + 1);
    if digits > 0 && !tail.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let unit = |w: &str| w.is_empty() || res.is(Words::Unit, w);
    let multiplied =
        res.is(Words::Unit, tail) || doc.word_is(end + usize::from(doc.is_punct(end, '-')), Words::QuantityWord);
    // A one-letter multiplier only inside an amount ("$4.5M"): "3M" alone may be a name.
    let in_amount = tail.len() > 1 || doc.joined(i);
    if head.is_empty() && digits > 0 && !tail.is_empty() && res.is(Words::Unit, tail) && in_amount {
        return Some(end);
    }
    if !head.is_empty() && digits > 0 && res.is(Words::Currency, head) && unit(tail) && (head.len() > 2 || multiplied) {
        return Some(end);
    }
    // "Acme's Q2 unit" names a part of Acme, not a quarter.
    let owned = doc.lookup(&res.org_nouns, i + 1).is_some();
    if is_period(doc, i) && !owned {
        return Some(end);
    }
    if digits == 0 && res.is(Words::Currency, word) && doc.is_number(i + 1) && !doc.joined(i + 1) && head.len() > 1 {
        return Some(past_amount(doc, i + 2));
    }
    let after_number = i > 0 && doc.is_number(i - 1) && !doc.joined(i);
    (digits == 0 && after_number && res.is(Words::Unit, word) && word.len() > 1).then_some(i + 1)
}

/// A part of a business year at token `i`: a quarter ("Q3", "3Q"), a half
/// ("H1", "1H") or a fiscal year ("FY24", "FY2024"). Never a name nor part of
/// one: "the Acme Q3 profit" is Acme's, "third-quarter (3Q) earnings" no model.
pub(super) fn is_period(doc: &Doc, i: usize) -> bool {
    if !doc.has_digit(i) || doc.tokens.get(i).is_none_or(|t| t.kind != TokenKind::Word) {
        return false;
    }
    let word = doc.lower(i);
    let quarter = |d: &str| d.len() == 1 && ("1"..="4").contains(&d);
    let half = |d: &str| d == "1" || d == "2";
    match (word.get(..1), word.get(1..), word.get(..word.len() - 1), word.get(word.len() - 1..)) {
        (Some("q"), Some(d), ..) if quarter(d) => true,
        (Some("h"), Some(d), ..) if half(d) => true,
        (_, _, Some(d), Some("q")) if quarter(d) => true,
        (_, _, Some(d), Some("h")) if half(d) => true,
        _ => word
            .strip_prefix("fy")
            .is_some_and(|d| (d.len() == 2 || d.len() == 4) && d.bytes().all(|b| b.is_ascii_digit())),
    }
}

/// Past the pieces joined to an amount: ",999", ".9", "-million".
fn past_amount(doc: &Doc, mut j: usize) -> usize {
    while doc.joined(j) && (doc.is_punct(j, '.') || doc.is_punct(j, ',')) && doc.joined(j + 1) && doc.has_digit(j + 1) {
        j += 2;
    }
    j
}

/// "EVs", "SUVs": a product noun's acronym in the plural ("the Kestra
/// Electric and Torva 6 EVs" are cars).
pub(super) fn is_plural_acronym(doc: &Doc, i: usize) -> bool {
    let word = doc.word(i);
    let stem = word.strip_suffix('s').unwrap_or("");
    stem.len() >= 2 && stem.bytes().all(|b| b.is_ascii_uppercase()) && doc.word_is(i, Words::ProductPlural)
}
