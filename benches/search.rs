//! Search benchmarks: building the index, and each keystroke of typing
//! kanji, kana and romaji queries, on a generated directory of 10,000
//! networks (100,508 entities: 110,508 searchable items with the networks),
//! the 100,000 entities issue 17 asks for.
//!
//! Run with `cargo bench --bench search`; `RENKEI_BENCH_NETWORKS=30000`
//! runs the larger 30,000-network directory (257,466 items) instead. The
//! item count is printed when the index is first built. `keystroke` times
//! the query that follows typing all but the last character (so it narrows
//! the previous matches, as in the browser); `fresh` times the same query
//! from scratch; `first` times more first keystrokes.

use std::sync::{Mutex, MutexGuard, OnceLock};

use renkei::identity::{Resolved, resolve};
use renkei::loader::{LoadOptions, load_dir};
use renkei::model::Dataset;
use renkei::search::{Search, SearchIndex};
use renkei::synth::{Spec, generate};

fn main() {
    divan::main();
}

/// Kanji, kana and Latin, typed one character at a time; the kana and
/// romaji also match every item's estimated readings.
const KEYS: [&str; 19] = [
    "高",
    "高知",
    "高知工",
    "高知工科",
    "と",
    "とく",
    "とくし",
    "とくしま",
    "k",
    "ko",
    "koc",
    "koch",
    "kochi",
    "う",
    "うけ",
    "うけた",
    "kou",
    "kouc",
    "kouchi",
];

/// Networks generated: `RENKEI_BENCH_NETWORKS`, else 10,000 (the smallest
/// round count with over 100,000 entities at seed 1).
fn networks() -> usize {
    std::env::var("RENKEI_BENCH_NETWORKS")
        .ok()
        .map_or(10_000, |v| {
            v.trim().parse().expect("RENKEI_BENCH_NETWORKS: a number")
        })
}

/// First keystrokes beyond `KEYS`: romaji vowels and `n` (one kana each),
/// common kana and kanji of names. A first keystroke scans every item.
const FIRST: [&str; 12] = [
    "a", "i", "u", "e", "o", "n", "s", "い", "ん", "し", "大", "会",
];

/// The generated directory, loaded and resolved once.
fn data() -> &'static (Dataset, Resolved) {
    static DATA: OnceLock<(Dataset, Resolved)> = OnceLock::new();
    DATA.get_or_init(|| {
        let root = tempfile::tempdir().expect("temporary folder");
        let spec = Spec {
            networks: networks(),
            members: 33,
            seed: 1,
        };
        generate(root.path(), spec).expect("generate");
        let ds = load_dir(root.path(), &LoadOptions::default())
            .expect("load")
            .dataset;
        let resolved = resolve(&ds);
        eprintln!(
            "search bench: {} networks, {} entities, {} items",
            ds.networks.len(),
            resolved.entities().len(),
            ds.networks.len() + resolved.entities().len()
        );
        (ds, resolved)
    })
}

fn search() -> MutexGuard<'static, Search> {
    static SEARCH: OnceLock<Mutex<Search>> = OnceLock::new();
    let search = SEARCH.get_or_init(|| {
        let (ds, resolved) = data();
        let mut search = Search::new(SearchIndex::new(ds, resolved));
        // How many items each query matches: the work of its first scan.
        for typed in KEYS.iter().chain(&FIRST) {
            search.clear();
            search.query(typed);
            eprintln!("search bench: {typed} matches {} items", search.matched());
        }
        search.clear();
        Mutex::new(search)
    });
    search.lock().expect("search lock")
}

#[divan::bench(sample_count = 5)]
fn build_index(bencher: divan::Bencher) {
    let (ds, resolved) = data();
    bencher.bench(|| SearchIndex::new(ds, resolved).len());
}

#[divan::bench(args = KEYS, sample_count = 40, sample_size = 1)]
fn keystroke(bencher: divan::Bencher, typed: &str) {
    let before: String = typed
        .chars()
        .take(typed.chars().count().saturating_sub(1))
        .collect();
    bencher
        .with_inputs(|| {
            let mut s = search();
            s.clear();
            if !before.is_empty() {
                s.query(&before);
            }
        })
        .bench_local_values(|()| search().query(typed).len());
}

#[divan::bench(args = KEYS, sample_count = 20)]
fn fresh(bencher: divan::Bencher, typed: &str) {
    let s = search();
    bencher.bench_local(|| s.index().search(typed, Search::DEFAULT_LIMIT).len());
}

#[divan::bench(args = FIRST, sample_count = 20)]
fn first(bencher: divan::Bencher, typed: &str) {
    let s = search();
    bencher.bench_local(|| s.index().search(typed, Search::DEFAULT_LIMIT).len());
}
