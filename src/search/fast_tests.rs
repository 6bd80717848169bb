//! The scan against a plain one: every segment of every item scored, no
//! set, bloom or ceiling consulted, readings found with
//! `str::match_indices` and other texts scored by the matcher alone. For
//! random queries the hits must be the same, in the same order, whether
//! searched fresh or typed one character at a time.

use std::path::Path;
use std::sync::{Mutex, OnceLock};

use fuzzy_matcher::FuzzyMatcher;
use proptest::prelude::*;

use super::scan::{Match, READING_CHAR, READING_START, READING_WHOLE, weigh};
use super::{Field, Hit, Query, Search, SearchIndex};
use crate::identity::resolve;
use crate::loader::{LoadOptions, load_dir};

/// The readings fixture (no kana given, so every name has estimated
/// readings) and the seed networks, each indexed once; the second search
/// of each splits every scan over three threads.
fn searches() -> &'static [Mutex<Search>; 4] {
    static SEARCHES: OnceLock<[Mutex<Search>; 4]> = OnceLock::new();
    SEARCHES.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let build = |dir: &str, threads: usize| {
            let ds = load_dir(&root.join(dir), &LoadOptions::default())
                .unwrap()
                .dataset;
            let mut index = SearchIndex::new(&ds, &resolve(&ds));
            if threads > 1 {
                index.threads = threads;
                index.min_per_thread = 1;
            }
            Mutex::new(Search::new(index))
        };
        [
            build("readings/data", 1),
            build("readings/data", 3),
            build("seed", 1),
            build("seed", 3),
        ]
    })
}

/// The raw reading score, the way it was first written.
fn plain_reading(text: &str, kana: &str) -> Option<i64> {
    let n = i64::try_from(kana.chars().count()).ok()?;
    let mut best: Option<i64> = None;
    for (at, _) in text.match_indices(kana) {
        let start = at == 0 || text[..at].ends_with(' ');
        let end = at + kana.len();
        let whole = start && (end == text.len() || text[end..].starts_with(' '));
        let score = n * READING_CHAR
            + if start { READING_START } else { 0 }
            + if whole { READING_WHOLE } else { 0 };
        best = best.max(Some(score));
    }
    best
}

fn plain_search(index: &SearchIndex, raw: &str, limit: usize) -> Vec<Hit> {
    let q = Query::new(raw);
    if q.is_empty() {
        return Vec::new();
    }
    let mut matches: Vec<Match> = Vec::new();
    for item in 0..index.items.len() {
        let mut best: Option<Match> = None;
        for s in index.seg_start[item]..index.seg_start[item + 1] {
            let seg = &index.segments[s as usize];
            let text = index.seg_text(seg);
            let raw = match seg.field {
                Field::Reading if q.kana.is_empty() => None,
                Field::Reading => plain_reading(text, &q.kana),
                _ => index.matcher.fuzzy_match(text, &q.text),
            };
            let Some(score) = raw.map(|r| weigh(r, seg.field)) else {
                continue;
            };
            if best.is_none_or(|b| score > b.score) {
                best = Some(Match {
                    score,
                    item: u32::try_from(item).unwrap(),
                    segment: s,
                });
            }
        }
        matches.extend(best);
    }
    matches.sort_by_key(|m| (-m.score, index.orders[m.item as usize]));
    matches.truncate(limit);
    matches.into_iter().map(|m| index.hit(m, &q)).collect()
}

/// Checks `text` typed one character at a time (the best 200), and each
/// prefix fresh (the best `limit`), against the plain scan on every index.
fn assert_same_as_plain(text: &str, limit: usize) {
    let chars: Vec<char> = text.chars().collect();
    for search in searches() {
        let mut search = search
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        search.clear();
        for n in 1..=chars.len() {
            let q: String = chars[..n].iter().collect();
            let plain = plain_search(search.index(), &q, search.limit());
            let fresh = search.index().search(&q, limit);
            assert_eq!(fresh[..], plain[..plain.len().min(limit)], "fresh {q:?}");
            assert_eq!(search.query(&q), plain, "typed {q:?}");
        }
    }
}

#[test]
fn queries_from_the_benchmark_match_the_plain_scan() {
    for text in [
        "高知工科",
        "とくしま",
        "kochi",
        "うけた",
        "kouchi",
        "ｺｳﾁ",
        "ukeda",
        "kōchi",
        "ひろしま",
        "大学",
        "nn",
        "ー",
        "x",
    ] {
        assert_same_as_plain(text, 20);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Kana, romaji, kanji and widths that occur in the fixtures' names
    /// and readings, and some that do not.
    #[test]
    fn random_queries_match_the_plain_scan(
        text in "[こうちとくしまひろだいがけたのじんーコウチｺｳﾁ高知徳島広大学受田野地県kouchitsaeimnrdgy -]{1,6}",
        limit in prop_oneof![Just(3usize), Just(40usize)],
    ) {
        assert_same_as_plain(&text, limit);
    }
}
