//! What each sentence holds, read once per article: the word lists of its
//! words, the phrase tables they may begin, and a few plain words some rules
//! cannot fire without. A rule that needs a word a sentence lacks (a verb of
//! selling, a noun of a board, "whose") skips the sentence at a bit test
//! instead of asking each of its tokens; the test stands first in the rule.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::extract::doc::Doc;
use crate::extract::phrases::PhraseTable;
use crate::extract::resources::{WordKeys, Words};
use crate::text::words::{HOLDER_NOUNS, HOLD_VERBS, ROUND_FROM_NOUNS, STINT_NOUNS, WORK_VERBS};

/// Plain words (or sets of them) that a rule needs, one bit each.
#[derive(Clone, Copy)]
pub(super) enum Said {
    /// "at" (`worked_at`).
    At,
    /// "with" (`worked_at`).
    With,
    /// A noun of a spell of work or a verb of work or of holding a post (`worked_at`).
    Work,
    /// "set", as in "set up" (`founded_by`).
    Set,
    /// "owned", "controlled" (`owners`).
    Owned,
    /// "whose" (`owners`).
    Whose,
    /// A noun of money put in that `round_frame` takes for a round.
    RoundFrom,
    /// "both", "two", "three", "four" (`named_group`).
    Count,
    /// "participated", "invested", "joined" (`joined_including`).
    Participated,
    /// "including" (`joined_including`).
    Including,
    /// "shareholder", "investor" and the like (`holder_of`).
    Holder,
    /// "investment" (`announced_investment_in`).
    Investment,
    /// "backed", "funded", "owned" (`backed_the_firm`).
    Backed,
    /// "acquired", "bought", "backed" and the like (`passive_past_time`).
    DealParticiple,
    /// "joint" (`joint_undertaking`).
    Joint,
    /// "under" (`under_brands`).
    Under,
}

/// The words of each [`Said`], lower case; read from the lists the rules read.
struct SaidWords {
    bits: FxHashMap<&'static str, u32>,
    /// Bit `n` is set when some word is `n` bytes long, and bit `b` of
    /// `first` when some word begins with byte `b`: most tokens fail one of
    /// the two and are not hashed.
    lengths: u64,
    first: [u64; 4],
}

impl SaidWords {
    fn of(&self, word: &str) -> u32 {
        let (n, b) = (word.len(), usize::from(word.as_bytes().first().copied().unwrap_or(0)));
        if n >= 64 || self.lengths & (1 << n) == 0 || self.first[b / 64] & (1 << (b % 64)) == 0 {
            return 0;
        }
        self.bits.get(word).copied().unwrap_or(0)
    }
}

static SAID: LazyLock<SaidWords> = LazyLock::new(|| {
    let sets: &[(Said, &[&'static str])] = &[
        (Said::At, &["at"]),
        (Said::With, &["with"]),
        (Said::Work, STINT_NOUNS),
        (Said::Work, WORK_VERBS),
        (Said::Work, HOLD_VERBS),
        (Said::Set, &["set"]),
        (Said::Owned, &["owned", "controlled"]),
        (Said::Whose, &["whose"]),
        (Said::RoundFrom, ROUND_FROM_NOUNS),
        (Said::Count, &["both", "two", "three", "four"]),
        (Said::Participated, &["participated", "invested", "joined"]),
        (Said::Including, &["including"]),
        (Said::Holder, HOLDER_NOUNS),
        (Said::Investment, &["investment"]),
        (Said::Backed, &["backed", "funded", "owned"]),
        (Said::DealParticiple, &["acquired", "bought", "purchased", "backed", "funded", "financed"]),
        (Said::Joint, &["joint"]),
        (Said::Under, &["under"]),
    ];
    let mut said = SaidWords { bits: FxHashMap::default(), lengths: 0, first: [0; 4] };
    for (which, words) in sets {
        for w in *words {
            *said.bits.entry(*w).or_default() |= 1 << *which as u32;
            let b = usize::from(w.as_bytes()[0]);
            said.lengths |= 1 << w.len();
            said.first[b / 64] |= 1 << (b % 64);
        }
    }
    said
});

/// What one sentence holds.
#[derive(Clone, Copy, Default)]
pub(super) struct Held {
    keys: WordKeys,
    said: u32,
}

impl Held {
    /// What each sentence of `doc` holds.
    pub(super) fn of(doc: &Doc) -> Vec<Held> {
        let said_words = &*SAID;
        doc.sentences
            .iter()
            .map(|range| {
                let said = range.clone().fold(0, |a, i| a | said_words.of(doc.lower(i)));
                Held { keys: doc.keys_within(range.clone()), said }
            })
            .collect()
    }

    /// Some word of the sentence is of the list `list`.
    pub(super) fn has(&self, list: Words) -> bool {
        self.keys.words & (1u128 << list as u32) != 0
    }

    /// Some word of the sentence may begin a phrase of `table`.
    pub(super) fn may_begin<V>(&self, table: &PhraseTable<V>) -> bool {
        self.keys.firsts & (1 << table.slot()) != 0
    }

    /// Some word of the sentence is one of `said`'s.
    pub(super) fn says(&self, said: Said) -> bool {
        self.said & (1 << said as u32) != 0
    }

    /// What this sentence and `next` (the one after it, for a rule that may
    /// read a few words past the end) hold together.
    pub(super) fn with(self, next: Option<&Held>) -> Held {
        let Some(next) = next else { return self };
        let keys = WordKeys { words: self.keys.words | next.keys.words, firsts: self.keys.firsts | next.keys.firsts };
        Held { keys, said: self.said | next.said }
    }
}
