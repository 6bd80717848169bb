//! Search benchmarks: building the index, and each keystroke of typing
//! three queries, on a generated directory of 30,000 networks (about
//! 257,000 networks and entities).
//!
//! Run with `cargo bench --bench search`. `keystroke` times the query that
//! follows typing all but the last character (so it narrows the previous
//! matches, as in the browser); `fresh` times the same query from scratch.

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

/// The generated directory, loaded and resolved once.
fn data() -> &'static (Dataset, Resolved) {
    static DATA: OnceLock<(Dataset, Resolved)> = OnceLock::new();
    DATA.get_or_init(|| {
        let root = tempfile::tempdir().expect("temporary folder");
        let spec = Spec {
            networks: 30_000,
            members: 33,
            seed: 1,
        };
        generate(root.path(), spec).expect("generate");
        let ds = load_dir(root.path(), &LoadOptions::default())
            .expect("load")
            .dataset;
        let resolved = resolve(&ds);
        (ds, resolved)
    })
}

fn search() -> MutexGuard<'static, Search> {
    static SEARCH: OnceLock<Mutex<Search>> = OnceLock::new();
    let search = SEARCH.get_or_init(|| {
        let (ds, resolved) = data();
        Mutex::new(Search::new(SearchIndex::new(ds, resolved)))
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
