//! From mentions to entities: one entity per real-world thing in the article.
//!
//! Lexicon mentions group by their entry (so "Meta Platforms" and "Meta" are
//! one node); discovered names group by their text. Then short forms join the
//! full name met anywhere in the article: a person's surname or given name
//! ("Nicholson" → "Chris V. Nicholson", "von der Leyen" → "Ursula von der Leyen"), an organisation's name without its
//! suffix ("Acme Robotics" → "Acme Robotics Inc."), a model's variant name
//! ("Sonnet" → "Claude 3.5 Sonnet"); a discovered full name joins the
//! short name the lexicon knows ("Baichuan AI … Baichuan"). A former name ("Acme, formerly known as
//! Zentrix") is an alias of the entity it is given for; so is an acronym the
//! text defines or uses ("Zentrix Holdings Corp. (ZHC)", "GF" for
//! "GlobalFoundries"), and a misspelt repeat of a name ("Tobais Marquénth" for
//! "Tobias Marquenth"; short forms match without accents). Names of unknown
//! kind that join nothing are dropped.

use std::borrow::Cow;

use rustc_hash::{FxHashMap, FxHashSet};

use super::doc::Doc;
use super::mentions::{dotted_form_start, singular_model_number, Mention};
use super::model::{Entity, EntityClass};
use super::resources::{Resources, Words};
use crate::text::words::{COMPANY_PREFIXES, CONTINENTS, FORMER_GAP, INSTITUTION_FIELDS, INSTITUTION_HEADS};

/// The entities, and for each mention the entity it belongs to.
pub struct Resolved {
    pub entities: Vec<Entity>,
    pub of_mention: Vec<Option<usize>>,
}

/// How mentions are grouped before merging: by lexicon entry, or by the
/// folded text of a discovered name (the index of the first mention with that
/// text, so that keys are copied and hashed as numbers).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Key {
    Known(usize),
    Found(usize),
}

/// Groups the mentions into entities.
pub fn resolve(doc: &Doc, res: &Resources, mentions: &[Mention]) -> Resolved {
    let texts: Vec<&str> = mentions.iter().map(|m| doc.slice(m.tokens.clone())).collect();
    // Every mention's folded text in one buffer: one allocation, not one per mention.
    let mut buffer = String::with_capacity(texts.iter().map(|t| t.len()).sum());
    let mut spans = Vec::with_capacity(texts.len());
    for t in &texts {
        let start = buffer.len();
        fold_into(t, &mut buffer);
        spans.push(start..buffer.len());
    }
    let folded: Vec<&str> = spans.into_iter().map(|r| &buffer[r]).collect();
    // Short forms match without accents: "Galperín" is "Marcos Galperin"'s surname.
    // Borrowed from `folded` for the (most) names without accents.
    let plain: Vec<Cow<str>> = folded.iter().map(|f| unaccented(f)).collect();
    // Folded text of each discovered name → its group, also for mentions of the
    // same words whose kind was not known where they stood (a headline's "Lumio").
    let mut found: FxHashMap<&str, usize> = FxHashMap::with_capacity_and_hasher(mentions.len(), Default::default());
    let mut group_of: Vec<Option<Key>> = mentions
        .iter()
        .enumerate()
        .map(|(k, m)| match (m.entry, m.class) {
            (Some(e), _) => Some(Key::Known(e)),
            (None, Some(_)) => Some(Key::Found(*found.entry(folded[k]).or_insert(k))),
            _ => None,
        })
        .collect();
    let classes = group_classes(res, mentions, &group_of);
    let short = short_forms(doc, res, mentions, &group_of, &classes);
    // Where each name is first met, and each lone word outside a headline.
    let mut first_at: FxHashMap<Key, usize> = FxHashMap::default();
    let mut first_lone: FxHashMap<&str, usize> = FxHashMap::default();
    for (k, m) in mentions.iter().enumerate() {
        if let Some(g) = group_of[k] {
            first_at.entry(g).or_insert(m.tokens.start);
        }
        if m.tokens.len() == 1 && !doc.is_headline(m.sentence) {
            first_lone.entry(plain[k].as_ref()).or_insert(m.tokens.start);
        }
    }
    // "BRI Ventures, the venture arm of state bank BRI", "Lotte Homeshopping,
    // … owned by retail giant Lotte": a company's lone name that a sentence
    // tells apart from the longer name it begins (a word of a unit or an
    // owner between them) is the parent, not a short form of its unit.
    let parents = parents_told_apart(doc, mentions, &plain, &group_of, &short, &classes);
    for (k, m) in mentions.iter().enumerate() {
        if group_of[k].is_none() {
            group_of[k] = found.get(folded[k]).map(|&f| Key::Found(f));
        }
        if group_of[k].is_some_and(|g| parents.contains(&g)) {
            continue;
        }
        let own_class = group_of[k].and_then(|g| classes.get(&g)).copied();
        let may_join = m.entry.is_none() && own_class != Some(EntityClass::Place);
        // "Varnell said its sales rose … Tom Varnell founded it": a lone word
        // the article uses as a company's name, met before the person's full
        // name (a story names a person in full first), is the family's
        // company, not the person.
        // So is a lone company name met before a product's name that ends
        // with it ("Zelvo's Series B … Zelvo launched Pago Rapido Zelvo"):
        // the company named its product after itself.
        let firm_of_family = |g: &Key| {
            own_class == Some(EntityClass::Organization)
                && m.tokens.len() == 1
                && matches!(classes.get(g), Some(&EntityClass::Person | &EntityClass::Product))
                && first_lone.get(plain[k].as_ref()).zip(first_at.get(g)).is_some_and(|(lone, full)| lone < full)
        };
        if let Some(full) = short
            .get(plain[k].as_ref())
            .filter(|g| may_join && !firm_of_family(g))
            .map(|&g| fullest(res, &folded, &plain, &short, g))
        {
            let shorter = group_of[k].is_none_or(|g| key_len(res, &folded, g) < key_len(res, &folded, full));
            if group_of[k] != Some(full) && shorter {
                group_of[k] = Some(full);
            }
        } else if let Some(g) = same_but_legal_form(res, &short, &texts, texts[k])
            .filter(|g| may_join && classes.get(*g) == Some(&EntityClass::Organization))
        {
            group_of[k] = Some(*g);
        }
    }
    join_known_leads(doc, res, mentions, &mut group_of, &classes);
    join_acronyms(res, &texts, &mut group_of, &classes);
    join_misspelt(mentions, &plain, &mut group_of, &classes);
    let plurals = join_plural_models(&folded, &found, &mut group_of, &classes);
    let mut former = join_former_names(doc, res, mentions, &texts, &folded, &mut group_of);
    // A plural is an alias, never the name.
    for k in plurals {
        former[k] = true;
    }
    build(doc, res, mentions, &texts, &group_of, &classes, &former)
}

/// The group a short form's full name itself stands for, when that is a
/// short form of a still longer name ("Meridian" → "Meridian Systems" →
/// "Meridian Systems Inc.").
fn fullest(res: &Resources, folded: &[&str], plain: &[Cow<str>], short: &FxHashMap<String, Key>, g: Key) -> Key {
    let mut g = g;
    for _ in 0..4 {
        let Key::Found(f) = g else { break };
        match short.get(plain[f].as_ref()) {
            Some(&next) if key_len(res, folded, next) > key_len(res, folded, g) => g = next,
            _ => break,
        }
    }
    g
}

/// "101 Vantor A380s", "its A350s": a product's model number with a plural
/// "s" is the plural of the model the article names without it, one entity.
/// Returns the mentions joined so.
fn join_plural_models(
    folded: &[&str],
    found: &FxHashMap<&str, usize>,
    group_of: &mut [Option<Key>],
    classes: &FxHashMap<Key, EntityClass>,
) -> Vec<usize> {
    let mut joined = Vec::new();
    let product = |g: Option<Key>| g.and_then(|g| classes.get(&g)) == Some(&EntityClass::Product);
    for k in 0..group_of.len() {
        let Some(single) = singular_model_number(folded[k]) else { continue };
        let target = found.get(single).map(|&f| Key::Found(f));
        if product(group_of[k]) && product(target) {
            group_of[k] = target;
            joined.push(k);
        }
    }
    joined
}

/// "Acme, formerly known as Zentrix": the former name joins the entity of
/// the name before it, as an alias. Returns which mentions are former names.
fn join_former_names(
    doc: &Doc,
    res: &Resources,
    mentions: &[Mention],
    texts: &[&str],
    folded: &[&str],
    group_of: &mut [Option<Key>],
) -> Vec<bool> {
    let mut former = vec![false; mentions.len()];
    for k in 1..mentions.len() {
        let former_of = renamed(doc, mentions, k);
        let defined = former_of.is_none().then(|| defined_short_name(doc, res, mentions, texts, k)).flatten();
        if let Some(a) = defined.filter(|&a| known_defines(group_of, a, k)) {
            // A known company's short name defined after its full name keeps
            // its entry: the full name joins it.
            let (full, known) = (group_of[a], group_of[k]);
            group_of.iter_mut().filter(|g| **g == full).for_each(|g| *g = known);
            continue;
        }
        let Some(a) = former_of.or(defined) else { continue };
        let old_text = folded[k];
        if folded[a] == old_text {
            // A name is not its own former name: every mention would be
            // taken for a former one and the entity left without a name.
            continue;
        }
        let Some(key) = group_of[a] else { continue };
        let old = group_of[k].filter(|g| *g != key);
        for n in 0..mentions.len() {
            let same_text = folded[n] == old_text;
            if same_text || (old.is_some() && group_of[n] == old) {
                group_of[n] = Some(key);
                former[n] |= same_text;
            }
        }
    }
    former
}

/// Whether the short name at `k` is a known entry's and the full one before
/// it was discovered: the entry, with its identity, is the entity.
fn known_defines(group_of: &[Option<Key>], a: usize, k: usize) -> bool {
    matches!((group_of[a], group_of[k]), (Some(Key::Found(_)), Some(Key::Known(_))))
}

/// "Zentrix Holdings Corp. (“ZHC”)", "Zentrix Robotics Inc. (Zentrix)": a
/// short name the text defines in brackets right after the full one, as an
/// acronym of its capitals (with or without the initial of a legal form the
/// full name leaves out: "Taiwan Widget Manufacturing (TWMC)") or as its
/// first word, is an alias of it. Returns the mention of the full name.
fn defined_short_name(doc: &Doc, res: &Resources, mentions: &[Mention], texts: &[&str], k: usize) -> Option<usize> {
    let (a, b) = (&mentions[k - 1], &mentions[k]);
    let quote = |j: usize| matches!(doc.word(j), "\"" | "“" | "”" | "'" | "‘" | "’");
    let mut open = b.tokens.start.checked_sub(1)?;
    if quote(open) {
        open = open.checked_sub(1)?;
    }
    let mut close = b.tokens.end;
    if quote(close) {
        close += 1;
    }
    let end = a.tokens.end + usize::from(doc.is_punct(a.tokens.end, '.'));
    let bracketed = doc.is_punct(open, '(') && doc.is_punct(close, ')') && end == open;
    if !bracketed || a.sentence != b.sentence || texts[k].contains(' ') {
        return None;
    }
    let (full, short) = (texts[k - 1], texts[k]);
    let first_word = full.split_whitespace().next() == Some(short) && full.len() > short.len();
    let company = !matches!(a.class, Some(EntityClass::Person | EntityClass::Place));
    let drawn = company && (is_word_of(res, short, full) || is_drawn_from(short, full));
    (first_word || drawn || is_acronym_of(short, full) || is_acronym_and_form_of(res, short, full)).then_some(k - 1)
}

/// "Ostrava Velmark Holding Company (Velmark)": a capitalized word of the
/// full name other than its first, no legal form or company word, is the
/// name it goes by.
fn is_word_of(res: &Resources, short: &str, full: &str) -> bool {
    let generic = res.legal_suffixes.contains(short) || res.org_suffixes.contains(short);
    let plain = short.chars().count() >= 3 && short.chars().all(char::is_alphabetic);
    plain && !generic && short.starts_with(char::is_uppercase) && full.split_whitespace().skip(1).any(|w| w == short)
}

/// "Telefonos de Quirama (Telquir)", "Solvara Airlines (SVA)", "Anglo
/// Meridian Vestrum (Amvests)": a short name made of the full name's letters
/// in order (a plural "s" aside), beginning with its first letter, as
/// syllables or initials are taken from the words.
fn is_drawn_from(short: &str, full: &str) -> bool {
    let lower = |s: &str| s.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect::<Vec<char>>();
    let (letters, whole) = (lower(short), lower(full));
    let plain = short.starts_with(char::is_uppercase) && short.chars().all(char::is_alphabetic);
    if !plain || letters.len() < 3 || letters.len() >= whole.len() || letters.first() != whole.first() {
        return false;
    }
    let subsequence = |ls: &[char]| {
        let mut rest = whole.iter();
        ls.iter().all(|c| rest.any(|x| x == c))
    };
    subsequence(&letters) || (letters.last() == Some(&'s') && subsequence(&letters[..letters.len() - 1]))
}

/// "TWMC" for "Taiwan Widget Manufacturing": an acronym of the name and the
/// initial of a legal form (Co, Corp, Group …) it was written without.
fn is_acronym_and_form_of(res: &Resources, short: &str, full: &str) -> bool {
    let Some(last) = short.chars().next_back() else { return false };
    let head = &short[..short.len() - last.len_utf8()];
    head.len() >= 2 && res.legal_suffixes.iter().any(|f| f.starts_with(last)) && is_acronym_of(head, full)
}

/// "ZHC" for "Zentrix Holdings Corp", "SBG" for "SoftBank Group": the short
/// name's letters, all capitals or digits, are the full name's capitals in
/// order, starting with its first.
fn is_acronym_of(short: &str, full: &str) -> bool {
    let caps: Vec<char> = full.chars().filter(|c| c.is_uppercase() || c.is_ascii_digit()).collect();
    let letters: Vec<char> = short.chars().collect();
    if letters.len() < 2 || !letters.iter().all(|c| c.is_uppercase() || c.is_ascii_digit()) {
        return false;
    }
    let mut rest = caps.iter();
    caps.first() == letters.first() && letters.iter().all(|c| rest.any(|x| x == c))
}

/// "General Motors … GM", "Zentrix Holdings Corp … ZHC": an acronym the
/// article uses for an organisation whose full name it also writes (the
/// initials of its words or of its capitalized words, "RBC" for "Royal
/// Bank of Canada", with or without a final legal form) is that
/// organisation, though no bracket defined it; when one organisation only
/// has those initials. A known name keeps its entry: the other form joins it.
fn join_acronyms(res: &Resources, texts: &[&str], group_of: &mut [Option<Key>], classes: &FxHashMap<Key, EntityClass>) {
    let is_org = |g: &Option<Key>| g.as_ref().and_then(|g| classes.get(g)) == Some(&EntityClass::Organization);
    let acronym = |t: &str| (2..=6).contains(&t.len()) && t.chars().all(|c| c.is_ascii_uppercase());
    // Most articles use no acronym for an organisation: nothing to gather then.
    if !texts.iter().zip(group_of.iter()).any(|(t, g)| acronym(t) && is_org(g)) {
        return;
    }
    let mut fulls: Vec<(String, Key)> = Vec::new();
    let mut named_with: Vec<Key> = Vec::new();
    for (t, g) in texts.iter().zip(group_of.iter()) {
        if !is_org(g) {
            continue;
        }
        let words: Vec<&str> = t.split_whitespace().collect();
        let key = g.expect("an organisation's group");
        if let [word] = words.as_slice() {
            fulls.extend(camel_initials(word).into_iter().map(|i| (i, key)));
            continue;
        }
        let initials = |ws: &[&str]| ws.iter().filter_map(|w| w.chars().next()).collect::<String>();
        let mut n = words.len();
        // "GM Korea" begins with the acronym: a unit named with it, which
        // the acronym stands for only when no other name has its initials.
        if initials(&words).starts_with(words[0]) && words[0].len() >= 2 {
            named_with.push(key);
        }
        fulls.push((initials(&words), key));
        // "RBC" for "Royal Bank of Canada": the initials of its capitalized words.
        let capitals: Vec<&str> = words.iter().copied().filter(|w| w.starts_with(char::is_uppercase)).collect();
        if capitals.len() >= 2 && capitals.len() < words.len() {
            fulls.push((initials(&capitals), key));
        }
        while n > 2 && res.legal_suffixes.contains(words[n - 1].trim_end_matches('.')) {
            n -= 1;
            fulls.push((initials(&words[..n]), key));
        }
    }
    let mut done: Vec<String> = Vec::new();
    for k in 0..texts.len() {
        let short = texts[k];
        if !acronym(short) || !is_org(&group_of[k]) || done.iter().any(|d| d == short) {
            continue;
        }
        done.push(short.to_string());
        let own = group_of[k].expect("an organisation's group");
        let mut targets: Vec<Key> = Vec::new();
        for &(_, g) in fulls.iter().filter(|(i, g)| i == short && *g != own) {
            if !targets.contains(&g) {
                targets.push(g);
            }
        }
        if targets.len() > 1 {
            targets.retain(|g| !named_with.contains(g));
        }
        let [target] = targets.as_slice() else { continue };
        let (from, to) = match (own, *target) {
            (Key::Known(_), Key::Found(_)) => (*target, own),
            _ => (own, *target),
        };
        for g in group_of.iter_mut().filter(|g| **g == Some(from)) {
            *g = Some(to);
        }
    }
}

/// "GF" for "GlobalFoundries", "ST" and "STM" for "STMicroelectronics": the
/// initials a one-word name written in camel case may go by, its capitals and
/// the capitals before its last part. None for a word of one capital or all
/// capitals.
fn camel_initials(word: &str) -> Vec<String> {
    let caps: String = word.chars().filter(char::is_ascii_uppercase).collect();
    if caps.len() < 2 || !word.chars().any(|c| c.is_ascii_lowercase()) {
        return Vec::new();
    }
    let lead = word.chars().take_while(char::is_ascii_uppercase).count();
    let mut out = vec![caps];
    if lead >= 3 {
        out.push(word[..lead - 1].to_string());
    }
    out
}

/// The mention whose former name mention `k` is: the one right before the
/// words "formerly known as", or before the appositive those words end
/// ("Acme, the Lyon software company formerly known as Zentrix").
fn renamed(doc: &Doc, mentions: &[Mention], k: usize) -> Option<usize> {
    let b = &mentions[k];
    let mut p = b.tokens.start;
    while p > 0 && FORMER_GAP.contains(&doc.lower(p - 1)) && b.tokens.start - p < 6 {
        p -= 1;
    }
    let gap: Vec<&str> = (p..b.tokens.start).map(|j| doc.lower(j)).collect();
    let said = gap.iter().any(|w| matches!(*w, "formerly" | "previously" | "once" | "a.k.a" | "aka"))
        || gap.windows(2).any(|w| w == ["was", "known"] || w == ["was", "called"]);
    if !said || doc.is_possessive(b.tokens.end) {
        return None;
    }
    let ends_at = |at: usize| mentions[..k].iter().rposition(|m| m.tokens.end == at && m.sentence == b.sentence);
    if let Some(a) = ends_at(p) {
        return Some(a);
    }
    let comma = (p.saturating_sub(10)..p)
        .rev()
        .find(|&j| doc.tokens[j].kind == crate::text::TokenKind::Punct && !doc.is_punct(j, '-'))?;
    doc.is_punct(comma, ',').then(|| ends_at(comma)).flatten()
}

/// The class of each group: the one most of its mentions were given, guesses
/// counting only when no mention of the group was typed by evidence. A
/// service that shares its company's name (a `platform` entry) is the
/// company wherever one mention has it act as one ("funding from tech giants
/// Facebook and PayPal … Facebook's first investment"): the guidelines make a
/// company and its same-named product one organisation.
fn group_classes(res: &Resources, mentions: &[Mention], group_of: &[Option<Key>]) -> FxHashMap<Key, EntityClass> {
    let mut votes: FxHashMap<Key, [usize; 5]> = FxHashMap::default();
    let mut guesses: FxHashMap<Key, [usize; 5]> = FxHashMap::default();
    for (m, g) in mentions.iter().zip(group_of) {
        if let (Some(g), Some(c)) = (g, m.class) {
            let table = if m.guessed { &mut guesses } else { &mut votes };
            table.entry(*g).or_default()[c as usize] += 1;
        }
    }
    for (g, v) in guesses {
        votes.entry(g).or_insert(v);
    }
    votes
        .into_iter()
        .map(|(g, v)| {
            let org = EntityClass::Organization as usize;
            let platform = matches!(g, Key::Known(e) if res.entries[e].platform);
            if platform && v[org] > 0 {
                return (g, EntityClass::Organization);
            }
            let best = (0..5).max_by_key(|&i| (v[i], std::cmp::Reverse(i))).unwrap_or(0);
            (g, EntityClass::ALL[best])
        })
        .collect()
}

/// Length of the name a group stands for.
fn key_len(res: &Resources, folded: &[&str], g: Key) -> usize {
    match g {
        Key::Known(e) => res.entries[e].name.len(),
        Key::Found(f) => folded[f].len(),
    }
}

/// Short form (folded) → the group of the full name it stands for.
fn short_forms(
    doc: &Doc,
    res: &Resources,
    mentions: &[Mention],
    group_of: &[Option<Key>],
    classes: &FxHashMap<Key, EntityClass>,
) -> FxHashMap<String, Key> {
    let mut short = FxHashMap::default();
    let mut seen: rustc_hash::FxHashSet<Key> = Default::default();
    // The word tokens of each name and their words, in buffers kept across names.
    let (mut at, mut words): (Vec<usize>, Vec<&str>) = (Vec::new(), Vec::new());
    let mut leads: Vec<(String, Key, String, usize, bool)> = Vec::new();
    for (idx, (m, g)) in mentions.iter().zip(group_of).enumerate() {
        let &Some(g) = g else { continue };
        if !seen.insert(g) {
            continue;
        }
        let text = doc.slice(m.tokens.clone());
        at.clear();
        at.extend(m.tokens.clone().filter(|&k| doc.word(k).chars().any(char::is_alphanumeric)));
        words.clear();
        words.extend(at.iter().map(|&k| doc.word(k)));
        // The text from word `a` to word `b - 1`, marks inside kept ("S&T Mining").
        let part = |a: usize, b: usize| plain_fold(doc.slice(at[a]..at[b - 1] + 1));
        if words.len() < 2 {
            continue;
        }
        match classes.get(&g) {
            Some(EntityClass::Person) if text.split_whitespace().count() >= 2 => {
                let parts: Vec<&str> = text.split_whitespace().collect();
                let (first, last) = (parts[0], parts[parts.len() - 1]);
                let family = parts[1..].join(" ");
                for form in [last, first, &format!("{first} {last}"), &family] {
                    short.entry(plain_fold(form)).or_insert(g);
                }
                // "Saad al-Kaabi" is "Kaabi" too: an Arabic family name
                // goes without its article.
                if let Some(bare) = ["al-", "Al-", "el-", "El-"].iter().find_map(|p| last.strip_prefix(p)) {
                    short.entry(plain_fold(bare)).or_insert(g);
                }
            }
            Some(EntityClass::Organization) => {
                // "The Daily Ledger" is "Daily Ledger" too.
                if words[0] == "The" {
                    short.entry(part(1, words.len())).or_insert(g);
                }
                let mut n = words.len();
                // "Orvane Bank Polska S.A.": the name before a dotted legal form.
                if let Some(n_form) = dotted_form_words(doc, res, &at) {
                    n = n_form;
                    short.entry(part(0, n)).or_insert(g);
                }
                while n > 1 && res.org_suffixes.contains(words[n - 1]) {
                    n -= 1;
                    short.entry(part(0, n)).or_insert(g);
                }
                // "National Bank of Zembla" is "National Bank" too: a body's
                // name of two words or more before "of" and a known place.
                let of = (2..words.len().saturating_sub(1))
                    .find(|&i| words[i] == "of" && INSTITUTION_HEADS.contains(&words[i - 1]));
                if let Some(i) = of {
                    let last = at[words.len() - 1];
                    let place = doc.lookup(&res.names, at[i + 1]).is_some_and(|(len, &e)| {
                        res.entries[e].class == EntityClass::Place && at[i + 1] + len == last + 1
                    });
                    if place {
                        short.entry(part(0, i)).or_insert(g);
                    }
                }
                if let Some((lead, same)) = lead_name(doc, res, &at).filter(|_| matches!(g, Key::Found(_))) {
                    leads.push((lead, g, plain_fold(text), idx, same));
                }
            }
            Some(EntityClass::AIModel | EntityClass::Product) => {
                let last = words[words.len() - 1];
                if last.chars().next().is_some_and(char::is_uppercase) || last.chars().any(|c| c.is_ascii_digit()) {
                    short.entry(plain_fold(last)).or_insert(g);
                }
            }
            _ => {}
        }
    }
    if leads.is_empty() {
        return short;
    }
    // "Bradesco … Bradesco Cards": a word met alone before the longer name is
    // its parent (not in the headline, which names a company short:
    // "Halvexa's Deal Closes … Halvexa Mines said").
    let mut first_met: FxHashMap<String, usize> = FxHashMap::default();
    for (i, b) in mentions.iter().enumerate().filter(|(_, b)| b.tokens.len() == 1 && !doc.is_headline(b.sentence)) {
        first_met.entry(plain_fold(doc.slice(b.tokens.clone()))).or_insert(i);
    }
    // "Olmo Robotics" and "Olmo Robotics Inc." are one company's names.
    type Lead = (String, Key, String, usize, bool);
    let other = |(l, h, t, _, _): &Lead, (lead, g, text, _, _): &Lead| {
        l == lead && h != g && !t.starts_with(text.as_str()) && !text.starts_with(t.as_str())
    };
    for one in &leads {
        // "Zentrava … Grupo Zentrava S.A.": a name that only adds a company
        // prefix or legal forms to the word is the word's company, met
        // before or not.
        let met_before = !one.4 && first_met.get(&one.0).is_some_and(|&i| i < one.3);
        if !met_before && !leads.iter().any(|o| other(o, one)) {
            short.entry(one.0.clone()).or_insert(one.1);
        }
    }
    short
}

/// "Aerojet" for "Aerojet Rocketdyne Holdings", "Bimbo" for "Grupo Bimbo
/// SAB de CV": the first word of a discovered company's name of several
/// words (after a company prefix), used alone later, is the company, when
/// it is a word of a name (no common word, known name, given name, company
/// or field word: not "Bank" of "Bank of Zembla", "Robert" of "Robert Voss
/// GmbH") and the name holds no known place (a unit there, "Kestrel South
/// Africa", is not its parent); the caller keeps it only when one company
/// of the article begins with it ("Tata Steel" and "Tata Motors" leave
/// "Tata" to neither) and the word alone is not met before the long name
/// (then the long name is a unit of it: "Bradesco … Bradesco Cards"). `at`
/// are the name's word tokens. Also says whether the words after the lead
/// are legal forms only ("Grupo Zentrava S.A.", "PT Quorrabuy": the same
/// company's full name, which a prefix alone before the word makes too).
fn lead_name(doc: &Doc, res: &Resources, at: &[usize]) -> Option<(String, bool)> {
    let skip = usize::from(at.first().is_some_and(|&k| COMPANY_PREFIXES.contains(&doc.word(k))));
    let (&head, rest) = at[skip..].split_first()?;
    let form_from = dotted_form_words(doc, res, at).unwrap_or(at.len());
    let forms_only =
        at.get(skip + 1..form_from).is_some_and(|r| r.iter().all(|&k| res.legal_suffixes.contains(doc.word(k))));
    let word = doc.word(head);
    // "Brindle-Orvane" is no "Brindle"; a comma after a prefixed name ends it ("PT Quorrabuy,").
    let glued = doc.joined(head + 1) && (!rest.is_empty() || !",.;:)".chars().any(|c| doc.is_punct(head + 1, c)));
    let plain_word = word.chars().all(char::is_alphabetic) && word.chars().count() >= 3 && !glued;
    let generic = res.common_words.contains(doc.lower(head))
        || res.org_suffixes.contains(word)
        || res.given_names.contains(word)
        || res.demonyms.contains_key(word)
        || INSTITUTION_FIELDS.contains(&word)
        || doc.lookup(&res.names, head).is_some();
    let place_inside = rest.iter().any(|&k| {
        CONTINENTS.contains(&doc.word(k))
            || doc.lookup(&res.names, k).is_some_and(|(_, &e)| res.entries[e].class == EntityClass::Place)
    });
    let of_inside = rest.iter().any(|&k| doc.lower(k) == "of");
    let capitalized = doc.is_capitalized(head);
    let more = !rest.is_empty() || skip == 1;
    (more && capitalized && plain_word && !generic && !place_inside && !of_inside)
        .then(|| (plain_fold(word), forms_only && more))
}

/// "Orvane Bank Polska S.A.", "Grupo Zentrava S.A.": how many of the name's
/// word tokens `at` come before a dotted legal form that ends it ("S.A.",
/// "S.p.A.", whose letters the tokeniser keeps apart). None when no such
/// form ends the name.
fn dotted_form_words(doc: &Doc, res: &Resources, at: &[usize]) -> Option<usize> {
    let start = dotted_form_start(doc, res, *at.last()?)?;
    at.iter().position(|&k| k == start).filter(|&n| n >= 1)
}

/// "Mubadala Investment Company … Mubadala", where the lexicon knows the
/// short form: a discovered company's name whose first word (after a company
/// prefix) is alone a known company's name, met in the article, joins that
/// company, when the long name comes first (not counting the headline).
/// Not when another discovered name begins with the same word
/// ("Zentrix Music Group" and "Zentrix Pictures" leave "Zentrix" to itself),
/// nor when a sentence names both with a word of a unit or an owner between
/// them ("Zentrix Music Group, a unit of Zentrix": two companies).
fn join_known_leads(
    doc: &Doc,
    res: &Resources,
    mentions: &[Mention],
    group_of: &mut [Option<Key>],
    classes: &FxHashMap<Key, EntityClass>,
) {
    let is_org = |g: &Key| classes.get(g) == Some(&EntityClass::Organization);
    // Each discovered name's group → the known company its first word names
    // (names of any kind, as "Zentrix Steel" the product shares "Zentrix").
    let mut leads: Vec<(Key, usize)> = Vec::new();
    let mut seen: FxHashSet<Key> = FxHashSet::default();
    for g in group_of.iter() {
        let Some(g @ Key::Found(f)) = *g else { continue };
        if !seen.insert(g) {
            continue;
        }
        if let Some(e) = known_lead(doc, res, mentions[f].tokens.clone()) {
            leads.push((g, e));
        }
    }
    if leads.is_empty() {
        return;
    }
    for &(g, e) in &leads {
        let known = Key::Known(e);
        let met = is_org(&g) && group_of.contains(&Some(known)) && is_org(&known);
        let shared = leads.iter().any(|&(h, f)| f == e && h != g);
        // The known name used alone before the long one makes the long one
        // a unit of it ("Intel … Intel Foundry Services"), as in `lead_name`.
        let first = group_of.iter().position(|h| *h == Some(g)).unwrap_or(0);
        let before = (0..first).any(|k| group_of[k] == Some(known) && !doc.is_headline(mentions[k].sentence));
        if met && !shared && !before && !told_apart(doc, mentions, group_of, g, known) {
            for slot in group_of.iter_mut().filter(|s| **s == Some(g)) {
                *slot = Some(known);
            }
        }
    }
}

/// The known company's entry whose name (or a longer form of it: "Alibaba
/// Group"), of letters only and at least three ("LG Energy Solution" is a
/// unit of "LG"), begins the discovered name `tokens` (after a company
/// prefix: "Grupo"), when more words follow and none of them is "of" or a known place ("Zentrix South
/// Africa" is a unit of Zentrix).
fn known_lead(doc: &Doc, res: &Resources, tokens: std::ops::Range<usize>) -> Option<usize> {
    let alphanumeric = |k: &usize| doc.word(*k).chars().any(char::is_alphanumeric);
    let mut words = tokens.clone().filter(alphanumeric);
    let first = words.next()?;
    let head = if COMPANY_PREFIXES.contains(&doc.word(first)) { words.next()? } else { first };
    let (len, &e) = doc.lookup(&res.names, head)?;
    let word = doc.word(head);
    let plain_word = word.chars().all(char::is_alphabetic) && word.chars().count() >= 3;
    if res.entries[e].class != EntityClass::Organization || !plain_word || doc.joined(head + len) {
        return None;
    }
    // The words met are the known name or a longer form of it ("Alibaba
    // Group"), not a short form ("Reliance" of "Reliance Industries" leaves
    // "Reliance Foundation" apart).
    let (met, name) = (plain_fold(doc.slice(head..head + len)), plain_fold(&res.entries[e].name));
    let company = met == name || met.strip_prefix(name.as_str()).is_some_and(|r| r.starts_with(' '));
    let rest: Vec<usize> = tokens.filter(alphanumeric).filter(|&k| k >= head + len).collect();
    let place_inside = rest.iter().any(|&k| {
        CONTINENTS.contains(&doc.word(k))
            || doc.lookup(&res.names, k).is_some_and(|(_, &p)| res.entries[p].class == EntityClass::Place)
    });
    let of_inside = rest.iter().any(|&k| doc.lower(k) == "of");
    (company && !rest.is_empty() && !place_inside && !of_inside).then_some(e)
}

/// The groups of the lone company names whose full name (the discovered
/// company their word leads) a sentence tells apart from them: "BRI
/// Ventures, the venture arm of state bank BRI". Those names keep their own
/// group.
fn parents_told_apart(
    doc: &Doc,
    mentions: &[Mention],
    plain: &[Cow<str>],
    group_of: &[Option<Key>],
    short: &FxHashMap<String, Key>,
    classes: &FxHashMap<Key, EntityClass>,
) -> FxHashSet<Key> {
    let is_org = |g: &Key| classes.get(g) == Some(&EntityClass::Organization);
    let mut parents = FxHashSet::default();
    for (k, m) in mentions.iter().enumerate() {
        if m.tokens.len() != 1 || m.entry.is_some() {
            continue;
        }
        let Some(own) = group_of[k] else { continue };
        let Some(&full) = short.get(plain[k].as_ref()) else { continue };
        if own == full || parents.contains(&own) || !is_org(&own) || !is_org(&full) || !matches!(full, Key::Found(_)) {
            continue;
        }
        if told_apart(doc, mentions, group_of, own, full) {
            parents.insert(own);
        }
    }
    parents
}

/// Whether a sentence names both groups with a word of a unit or an owner
/// between them ("X, a unit of Y", "Y's music arm X", "X, owned by Y").
fn told_apart(doc: &Doc, mentions: &[Mention], group_of: &[Option<Key>], a: Key, b: Key) -> bool {
    let of = |g: Key| mentions.iter().zip(group_of).filter(move |(_, h)| **h == Some(g)).map(|(m, _)| m);
    of(a).any(|x| {
        of(b).filter(|y| y.sentence == x.sentence).any(|y| {
            let between = x.tokens.end.min(y.tokens.end)..x.tokens.start.max(y.tokens.start);
            between.into_iter().any(|k| {
                doc.word_is(k, Words::UnitNoun)
                    || doc.word_is(k, Words::OwnedPart)
                    || doc.word_is(k, Words::ParentNoun)
                    || doc.word_is(k, Words::OwnedVerb)
            })
        })
    })
}

/// "Acme Corp" beside "Acme Corporation": a name that differs from a longer
/// one only by its legal suffix (both stand for the name without it) is the
/// same company; the one the article names first keeps the group (the
/// caller takes it only when that group is an organisation's). The other
/// name must be the same name with legal suffixes too: "Brindle Group"
/// beside "Brindle Sons" (a group and its holding company, "Brindle" to
/// both) or "Brindle Bank" (its bank) names another company.
fn same_but_legal_form<'a>(
    res: &Resources,
    short: &'a FxHashMap<String, Key>,
    texts: &[&str],
    text: &str,
) -> Option<&'a Key> {
    // Most names end in no legal form: answer them without collecting words.
    let last = text.split_whitespace().next_back()?;
    if !res.legal_suffixes.contains(last.trim_end_matches('.')) {
        return None;
    }
    let base = plain_fold(&without_legal_suffixes(res, text));
    let g = short.get(&base)?;
    let same = match *g {
        Key::Found(f) => plain_fold(&without_legal_suffixes(res, texts[f])) == base,
        Key::Known(_) => true,
    };
    (same && plain_fold(text) != base).then_some(g)
}

/// The name without the legal suffixes that end it ("Acme Group Ltd" →
/// "Acme"), its first word always kept.
fn without_legal_suffixes(res: &Resources, text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut n = words.len();
    while n > 1 && res.legal_suffixes.contains(words[n - 1].trim_end_matches('.')) {
        n -= 1;
    }
    words[..n].join(" ")
}

/// Builds the entity list in order of first mention.
fn build(
    doc: &Doc,
    res: &Resources,
    mentions: &[Mention],
    texts: &[&str],
    group_of: &[Option<Key>],
    classes: &FxHashMap<Key, EntityClass>,
    former: &[bool],
) -> Resolved {
    let mut index: FxHashMap<Key, usize> = FxHashMap::with_capacity_and_hasher(mentions.len(), Default::default());
    let mut entities: Vec<Entity> = Vec::new();
    let mut of_mention = vec![None; mentions.len()];
    for (k, m) in mentions.iter().enumerate() {
        let Some(g) = group_of[k] else { continue };
        let Some(&class) = classes.get(&g) else { continue };
        let e = *index.entry(g).or_insert_with(|| {
            entities.push(new_entity(res, g, class));
            entities.len() - 1
        });
        of_mention[k] = Some(e);
        let ent = &mut entities[e];
        ent.mentions.push(doc.span(m.tokens.clone()));
        if former[k] {
            push_alias(ent, &collapsed(texts[k]));
        } else {
            add_form(ent, texts[k], matches!(g, Key::Found(_)));
        }
        if let Some(full) = &m.full {
            push_alias(ent, doc.slice(full.clone()));
        }
    }
    for e in &mut entities {
        // Names that are each other's former names ("A, formerly B … B,
        // formerly A") leave every mention a former one: the first is the name.
        if e.name.is_empty() && !e.aliases.is_empty() {
            e.name = e.aliases.remove(0);
        }
        let name = &e.name;
        e.aliases.retain(|a| !same_fold(a, name));
    }
    Resolved { entities, of_mention }
}

fn new_entity(res: &Resources, g: Key, class: EntityClass) -> Entity {
    let (name, wikidata) = match g {
        Key::Known(e) => (res.entries[e].name.clone(), res.entries[e].wikidata.clone()),
        Key::Found(_) => (String::new(), None),
    };
    Entity { name, class, aliases: Vec::new(), wikidata, mentions: Vec::new() }
}

/// Records a surface form: the fullest becomes the name of a discovered entity.
fn add_form(e: &mut Entity, form: &str, discovered: bool) {
    let form = collapsed(form);
    if discovered && (e.name.is_empty() || form.chars().count() > e.name.chars().count()) {
        if !e.name.is_empty() {
            let old = std::mem::replace(&mut e.name, form.into_owned());
            push_alias(e, &old);
        } else {
            e.name = form.into_owned();
        }
        return;
    }
    push_alias(e, &form);
}

/// The words of `s` with one space between them; borrowed when `s` is already
/// written so (nearly every name: this runs for every mention).
fn collapsed(s: &str) -> std::borrow::Cow<'_, str> {
    // One pass: no space first or last, none after another, no other white space.
    let mut after_space = true;
    let single = s.chars().all(|c| {
        let ok = if c == ' ' { !after_space } else { !c.is_whitespace() };
        after_space = c == ' ';
        ok
    });
    if single && (s.is_empty() || !after_space) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn push_alias(e: &mut Entity, form: &str) {
    if !same_fold(form, &e.name) && !e.aliases.iter().any(|a| same_fold(a, form)) {
        e.aliases.push(form.to_string());
    }
}

/// `fold(a) == fold(b)`, without making either (this runs for every mention
/// against every alias of its entity).
fn same_fold(a: &str, b: &str) -> bool {
    // Most often a name met again, written the same.
    if a == b {
        return true;
    }
    if a.is_ascii() && b.is_ascii() {
        return AsciiFolded::new(a).eq(AsciiFolded::new(b));
    }
    fn folded(s: &str) -> impl Iterator<Item = char> + '_ {
        s.split_whitespace()
            .enumerate()
            .flat_map(|(i, w)| (i > 0).then_some(' ').into_iter().chain(w.chars().flat_map(char::to_lowercase)))
    }
    folded(a).eq(folded(b))
}

/// "Macros Galperín" beside "Marcos Galperin", "Volkwagen Group" beside
/// "Volkswagen Group": a discovered name of two words or more that differs
/// from a name of the same class met earlier only by a slip in one word of
/// five letters or more (one letter added or dropped, or two swapped, past
/// the first letter; accents aside) is a misspelt repeat of it, and joins its
/// entity. A changed letter is no slip: "Garrow Labs" and "Jarrow Labs",
/// "Dana Kowal" and "Dina Kowal" are two.
fn join_misspelt(
    mentions: &[Mention],
    plain: &[Cow<str>],
    group_of: &mut [Option<Key>],
    classes: &FxHashMap<Key, EntityClass>,
) {
    let class_of = |g: &Option<Key>| g.as_ref().and_then(|g| classes.get(g)).copied();
    for k in 0..mentions.len() {
        let (Some(own @ Key::Found(f)), Some(class)) = (group_of[k], class_of(&group_of[k])) else { continue };
        if f != k || class == EntityClass::Place || !plain[k].contains(' ') {
            continue;
        }
        let earlier = (0..k).find(|&j| {
            group_of[j].is_some_and(|g| g != own)
                && class_of(&group_of[j]) == Some(class)
                && one_slip_apart(&plain[j], &plain[k])
        });
        let Some(to) = earlier.and_then(|j| group_of[j]) else { continue };
        for g in group_of.iter_mut().filter(|g| **g == Some(own)) {
            *g = Some(to);
        }
    }
}

/// Two names of the same words but one, which is a slip of the other.
fn one_slip_apart(a: &str, b: &str) -> bool {
    // Asked of every pair of names: the words are compared without collecting them.
    let (mut x, mut y) = (a.split(' '), b.split(' '));
    let mut differ = None;
    loop {
        match (x.next(), y.next()) {
            (None, None) => break,
            (Some(p), Some(q)) if p != q => {
                if differ.replace((p, q)).is_some() {
                    return false;
                }
            }
            (Some(_), Some(_)) => {}
            _ => return false,
        }
    }
    let Some((p, q)) = differ else { return false };
    p.chars().count().min(q.chars().count()) >= 5 && one_edit(p, q)
}

/// One letter added or dropped, or two neighbours swapped, after the first letter.
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let head = a.iter().zip(&b).take_while(|(p, q)| p == q).count();
    if head == 0 {
        return false;
    }
    let (p, q) = (&a[head..], &b[head..]);
    match (p.len(), q.len()) {
        (m, n) if m == n => m >= 2 && p[0] == q[1] && p[1] == q[0] && p[2..] == q[2..],
        (m, n) if m == n + 1 => p[1..] == *q,
        (m, n) if m + 1 == n => *p == q[1..],
        _ => false,
    }
}

/// `fold` without accents: the key short forms are matched by.
pub(crate) fn plain_fold(s: &str) -> String {
    let folded = fold(s);
    // `unaccented` borrows ASCII text: no copy of it.
    if folded.is_ascii() {
        return folded;
    }
    unaccented(&folded).into_owned()
}

/// Latin letters without their accents ("galperín" → "galperin"); borrowed
/// when there are none (nearly every name).
fn unaccented(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.chars().map(base_letter).collect())
}

/// The letter an accented lower-case Latin letter is written on.
fn base_letter(c: char) -> char {
    const TABLE: [(&str, char); 15] = [
        ("àáâãäåāăą", 'a'),
        ("çćĉċč", 'c'),
        ("ďđ", 'd'),
        ("èéêëēĕėęě", 'e'),
        ("ĝğġģ", 'g'),
        ("ìíîïĩīĭįı", 'i'),
        ("ĺļľŀł", 'l'),
        ("ñńņňŉ", 'n'),
        ("òóôõöøōŏő", 'o'),
        ("ŕŗř", 'r'),
        ("śŝşšș", 's'),
        ("ţťŧț", 't'),
        ("ùúûüũūŭůűų", 'u'),
        ("ýÿŷ", 'y'),
        ("źżž", 'z'),
    ];
    // Most letters of a name with one accent are plain: no search for them.
    if c.is_ascii() {
        return c;
    }
    TABLE.iter().find(|(set, _)| set.contains(c)).map_or(c, |&(_, base)| base)
}

/// Matching key of a name: lower-cased, white space collapsed.
pub fn fold(s: &str) -> String {
    // One allocation: this runs for every alias.
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Appends `fold(s)` to `out`.
fn fold_into(s: &str, out: &mut String) {
    let from = out.len();
    if s.is_ascii() {
        // Nearly every name is written with single spaces: lower-cased whole.
        let b = s.as_bytes();
        let single = b.first() != Some(&b' ')
            && b.last() != Some(&b' ')
            && !b.windows(2).any(|w| w == b"  ")
            && !b.iter().any(|c| matches!(c, b'\t'..=b'\r'));
        if single {
            out.push_str(s);
            out[from..].make_ascii_lowercase();
            return;
        }
        out.extend(AsciiFolded::new(s).map(char::from));
        return;
    }
    for word in s.split_whitespace() {
        if out.len() > from {
            out.push(' ');
        }
        if word.is_ascii() {
            let start = out.len();
            out.push_str(word);
            out[start..].make_ascii_lowercase();
        } else {
            out.extend(word.chars().flat_map(char::to_lowercase));
        }
    }
}

/// The bytes of `fold(s)` for an ASCII `s`, a byte at a time: lower-cased,
/// one space between words, none before the first or after the last.
struct AsciiFolded<'a> {
    bytes: &'a [u8],
    at: usize,
    started: bool,
}

impl<'a> AsciiFolded<'a> {
    fn new(s: &'a str) -> AsciiFolded<'a> {
        AsciiFolded { bytes: s.as_bytes(), at: 0, started: false }
    }
}

impl Iterator for AsciiFolded<'_> {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        // The ASCII characters `char::is_whitespace` (so `split_whitespace`) takes.
        let space = |b: u8| matches!(b, b' ' | b'\t'..=b'\r');
        let gap_from = self.at;
        while self.bytes.get(self.at).is_some_and(|&b| space(b)) {
            self.at += 1;
        }
        let b = *self.bytes.get(self.at)?;
        if self.at > gap_from && self.started {
            return Some(b' ');
        }
        self.started = true;
        self.at += 1;
        Some(b.to_ascii_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn same_fold_compares_as_fold_does() {
        assert!(same_fold("ACME  Labs ", "acme labs"));
        assert!(same_fold("İstanbul", "i̇stanbul"));
        assert!(!same_fold("Acme", "Acme Labs"));
        assert!(!same_fold("Acme Labs", "AcmeLabs"));
        assert!(same_fold("", " \t"));
    }

    #[test]
    fn slips_are_one_edit_apart() {
        assert!(one_edit("marcos", "macros") && one_edit("volkwagen", "volkswagen") && one_edit("kowal", "kowall"));
        assert!(!one_edit("marcos", "mascor") && !one_edit("kowal", "kowal12") && !one_edit("kowal", "kowel"));
        assert!(!one_edit("garrow", "jarrow") && !one_edit("anders", "nanders") && !one_edit("ab", "ab"));
        assert!(one_slip_apart("tobias marquenth", "tobais marquenth"));
        assert!(!one_slip_apart("dana kowal", "dina kowal") && !one_slip_apart("ana", "ana"));
        assert_eq!(unaccented("galperín çelik"), "galperin celik");
    }

    proptest! {
        #[test]
        fn same_fold_is_equality_of_folds(a in "[a-zA-Zİß \\t]{0,10}", b in "[a-zA-Zİß \\t]{0,10}") {
            prop_assert_eq!(same_fold(&a, &b), fold(&a) == fold(&b));
            let upper = a.to_uppercase();
            prop_assert_eq!(same_fold(&a, &upper), fold(&a) == fold(&upper));
        }

        #[test]
        fn fold_is_the_lower_cased_words_joined_by_one_space(a in "[a-zA-Zé \\t\\n\\r\\x0b\\x0c\\x1f]{0,12}") {
            let words: Vec<String> = a.split_whitespace().map(str::to_lowercase).collect();
            prop_assert_eq!(fold(&a), words.join(" "));
            prop_assert_eq!(same_fold(&a, &words.join(" ")), true);
        }

        #[test]
        fn collapsed_is_the_words_joined_by_one_space(a in "[a-zA-Zé \t\n]{0,12}") {
            let joined = a.split_whitespace().collect::<Vec<_>>().join(" ");
            let c = collapsed(&a);
            prop_assert_eq!(c.as_ref(), joined.as_str());
            prop_assert_eq!(matches!(c, std::borrow::Cow::Borrowed(_)), joined == a);
        }
    }
}
