//! Fuzzy search over networks, organisations, people and positions, fast
//! enough to rerun on every keystroke.
//!
//! [`SearchIndex::new`] folds every name once (see `readings::normalize`:
//! NFKC, katakana to hiragana, Latin lower case, no spaces or middle dots)
//! and keeps a map from each folded character back to the display
//! character, so highlights land on what the user sees. Every name also gets
//! its readings: a person's given kana, or else the candidates of
//! [`crate::readings`] (受田: うけた, うけだ, …), in matching form (long
//! vowels and ぢ/づ folded, so kouchi, kochi and こうち meet).
//!
//! Readings are matched as a contiguous run of the query's kana form (the
//! query itself, or its romaji read as kana: toku → とく), not as a fuzzy
//! subsequence: a reading spells every sound, so scattered hits would be
//! noise. Labels, ids and organisations are matched fuzzily.
//!
//! [`Search`] holds the state of one search box. Each query is folded the
//! same way and scored with `fuzzy_matcher`'s [`SkimMatcherV2`] against every
//! item whose character set (a 128-bit bloom, for readings an exact set of
//! kana) can hold it; only the best
//! [`Search::limit`] are ranked and get highlights. A query that extends the
//! previous one rescans only the previous matches, since text that holds
//! `abc` as a subsequence holds `ab`. Scans of many items are split over
//! scoped threads and joined in order.
//!
//! An item has up to three texts ([`Field`]): its label, readings, and a
//! network's id or a person's organisation. The best counts, readings one
//! point below the label and ids and organisations at half, so a label that
//! matches as well wins. A query narrows the previous matches only when
//! both its folded text and its kana form extend the previous query's.
//!
//! Order: score (higher first), then networks before entities, shorter
//! labels before longer, labels in Unicode order, and finally the target,
//! so the same data and query always give the same list.
//!
//! The empty query (or one that folds to nothing, such as white space)
//! matches nothing: the browser shows its own lists until something is typed.

mod build;
#[cfg(test)]
mod fast_tests;
mod filter;
mod one_char;
#[cfg(test)]
mod reading_tests;
mod scan;
#[cfg(test)]
mod tests;

use std::fmt;

use fuzzy_matcher::skim::SkimMatcherV2;
use memchr::memmem::Finder;

use crate::identity::EntityId;
use crate::model::Sector;
use crate::readings::normalize::{self, Bloom};
use crate::readings::query_kana;

/// Where a hit leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Target {
    /// Index into `Dataset::networks`.
    Network(u32),
    Entity(EntityId),
}

/// What a hit is, for the browser's icon or column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HitKind {
    Network,
    Organization,
    Person,
    Position,
}

/// Which text of an item the query matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// The label itself; [`Hit::highlight`] marks the matched characters.
    Name,
    /// Readings: estimated (the characters read are highlighted) or a
    /// person's given kana (nothing is highlighted).
    Reading,
    /// A network's id (`kochi/kofukin`); nothing is highlighted.
    Id,
    /// A person's organisation; nothing is highlighted.
    Org,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub target: Target,
    pub kind: HitKind,
    /// Higher is better; only comparable within one query.
    pub score: i64,
    /// Display text: the network's name or the entity's display name
    /// (a position's is "organisation title").
    pub label: String,
    /// Indices (in `char`s) of the label characters to highlight, sorted.
    pub highlight: Vec<usize>,
    /// What matched.
    pub field: Field,
    /// Networks: number of members; entities: number of networks.
    pub count: usize,
    /// Networks: the prefecture; people: their organisation; else `None`.
    pub context: Option<String>,
    /// What tells this hit apart from others of the same name.
    pub detail: Detail,
}

/// What a result line shows after the label, so that two 山本 健 or two
/// 協議会 can be told apart: a person's organisation and title, an
/// organisation's prefecture (where most of its networks are) and sector,
/// a network's prefecture (its program is the line's kind).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Detail {
    pub org: Option<Box<str>>,
    pub title: Option<Box<str>>,
    pub prefecture: Option<&'static str>,
    pub sector: Option<Sector>,
}

/// Everything searchable, folded once. Build it after loading and keep it
/// next to the dataset; it holds no borrows.
pub struct SearchIndex {
    items: Vec<Item>,
    /// Per item, the union of its name's, id's and organisation's blooms.
    /// This and the next three are apart from `items` and `segments` so
    /// that a scan, which rejects most items on these alone, reads little
    /// memory.
    blooms: Vec<Bloom>,
    /// Per item, the kana of its readings (`filter::kana_set`).
    kana_sets: Vec<Bloom>,
    /// Per item, what else its readings hold (`filter::ReadingSets`).
    reading_sets: Vec<filter::ReadingSets>,
    /// Item `i`'s segments are `seg_start[i]..seg_start[i + 1]`.
    seg_start: Vec<u32>,
    /// Per segment, its characters: a bloom, or a reading's kana set.
    seg_blooms: Vec<Bloom>,
    /// Per item, its rank in the tie-break order (networks, shorter,
    /// Unicode, target); apart from `items` because ranking compares the
    /// ranks of every match.
    orders: Vec<u32>,
    segments: Vec<Segment>,
    /// Every segment's folded text, end to end.
    text: String,
    /// Name segments: folded character to label character.
    maps: Vec<u32>,
    /// Reading segments: which label characters each reading stands for.
    tokens: Vec<Token>,
    matcher: SkimMatcherV2,
    /// Threads a large scan may use (the machine's parallelism, at most 8).
    threads: usize,
    /// Fewer candidates than this per thread are not worth a thread.
    min_per_thread: usize,
}

impl fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SearchIndex")
            .field("items", &self.items.len())
            .field("text_bytes", &self.text.len())
            .finish_non_exhaustive()
    }
}

/// One searchable thing.
struct Item {
    target: Target,
    kind: HitKind,
    label: Box<str>,
    context: Option<Box<str>>,
    count: u32,
    detail: Detail,
}

/// One folded text of an item.
#[derive(Clone, Copy)]
struct Segment {
    field: Field,
    /// Byte range in `SearchIndex::text`.
    text: (u32, u32),
    /// Start in `maps` (names) or range in `tokens` (readings).
    aux: (u32, u32),
}

/// A run of reading characters and the label characters it reads.
#[derive(Clone, Copy)]
struct Token {
    /// Character range within the segment's text.
    chars: (u32, u32),
    /// Character range in the label; empty for a person's kana.
    label: (u32, u32),
}

impl SearchIndex {
    /// Number of searchable items (networks plus entities).
    #[must_use]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// A fresh search for `query`, the best `limit` hits in order; no state.
    #[must_use]
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let q = Query::new(query);
        if q.is_empty() {
            return Vec::new();
        }
        let matches = self.scan(&q, None);
        self.rank(&q, &matches, limit)
    }
}

/// A folded query, its character set, and the highest score the matcher
/// can give it; the same for its kana form, matched against readings
/// (empty when the query is no reading), with its substring finder.
struct Query {
    text: String,
    /// `text`'s character when it has only one (`one_char`).
    one: Option<char>,
    bloom: Bloom,
    ceiling: i64,
    kana: String,
    /// Characters in `kana`.
    kana_chars: usize,
    kana_set: Bloom,
    /// `kana`'s adjacent pairs (`filter::pairs`).
    kana_pairs: Bloom,
    /// `kana` is one character with a bit of its own in a kana set, so
    /// the sets alone give its score (`filter::ReadingSets`).
    kana_one: bool,
    kana_finder: Finder<'static>,
}

/// No matched character scores more than this in `SkimMatcherV2`'s default
/// configuration: a match (16) plus the largest bonus (a word start, 8,
/// doubled for the first character).
const MAX_CHAR_SCORE: i64 = 32;

impl Query {
    fn new(raw: &str) -> Query {
        let text = normalize::fold(raw);
        let bloom = normalize::bloom(&text);
        let chars = i64::try_from(text.chars().count()).unwrap_or(i64::MAX / MAX_CHAR_SCORE);
        let kana = query_kana(&text).unwrap_or_default();
        let one = {
            let mut chars = text.chars();
            chars.next().filter(|_| chars.next().is_none())
        };
        Query {
            one,
            kana_set: filter::kana_set(&kana),
            kana_finder: Finder::new(kana.as_bytes()).into_owned(),
            kana_chars: kana.chars().count(),
            kana_pairs: filter::pairs(&kana),
            kana_one: {
                let mut chars = kana.chars();
                chars.next().is_some_and(filter::has_own_bit) && chars.next().is_none()
            },
            kana,
            text,
            bloom,
            ceiling: chars.saturating_mul(MAX_CHAR_SCORE),
        }
    }

    fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Whether every item matching `self` matches `before` too, so a scan
    /// may narrow `before`'s matches: both texts extend `before`'s (a query
    /// with no kana form matches fewer readings than any).
    fn narrows(&self, before: &Query) -> bool {
        self.text.starts_with(&before.text)
            && (self.kana.is_empty()
                || (!before.kana.is_empty() && self.kana.starts_with(&before.kana)))
    }
}

/// The state of one search box: the index, the last query, every item it
/// matched (for incremental narrowing) and the ranked hits.
#[derive(Debug)]
pub struct Search {
    index: SearchIndex,
    limit: usize,
    last: Option<Query>,
    matches: Vec<scan::Match>,
    hits: Vec<Hit>,
}

impl fmt::Debug for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Search {
    /// Hits shown by default: more than a terminal has lines.
    pub const DEFAULT_LIMIT: usize = 200;

    #[must_use]
    pub fn new(index: SearchIndex) -> Search {
        Search::with_limit(index, Search::DEFAULT_LIMIT)
    }

    /// Keeps the best `limit` hits per query (at least one).
    #[must_use]
    pub fn with_limit(index: SearchIndex, limit: usize) -> Search {
        Search {
            index,
            limit: limit.max(1),
            last: None,
            matches: Vec::new(),
            hits: Vec::new(),
        }
    }

    #[must_use]
    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    #[must_use]
    pub fn limit(&self) -> usize {
        self.limit
    }

    /// Runs `query` and returns the best hits, best first. Narrows the
    /// previous matches when the folded query extends the previous one,
    /// returns the previous hits when it folds to the same text.
    pub fn query(&mut self, query: &str) -> &[Hit] {
        let q = Query::new(query);
        if q.is_empty() {
            self.clear();
            return &self.hits;
        }
        match &self.last {
            Some(last) if last.text == q.text => return &self.hits,
            Some(last) if q.narrows(last) => {
                self.matches = self.index.scan(&q, Some(&self.matches));
            }
            _ => self.matches = self.index.scan(&q, None),
        }
        self.hits = self.index.rank(&q, &self.matches, self.limit);
        self.last = Some(q);
        &self.hits
    }

    /// The hits of the last query.
    #[must_use]
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// How many items the last query matched, ranked or not.
    #[must_use]
    pub fn matched(&self) -> usize {
        self.matches.len()
    }

    /// Forgets the last query, as when the search box closes.
    pub fn clear(&mut self) {
        self.last = None;
        self.matches.clear();
        self.hits.clear();
    }
}
