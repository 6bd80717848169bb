//! The one test that reads the bundled networks/: every file names its
//! source, the directory loads without a single diagnostic or open duplicate
//! suggestion, and no network is described by two files. Every other test
//! uses tests/fixtures/, so the bundled data can grow without breaking them.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use renkei::loader::{LoadOptions, load_dir};
use unicode_normalization::UnicodeNormalization;

fn bundled() -> renkei::loader::Loaded {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("networks");
    load_dir(&dir, &LoadOptions::default()).unwrap()
}

/// A network's name as compared for duplicates: NFKC, without white space
/// or middle dots, so 「ひろ自連」 written with a full-width space still clashes.
fn name_key(name: &str) -> String {
    name.nfkc()
        .filter(|c| !c.is_whitespace() && !matches!(c, '・' | '･'))
        .collect()
}

#[test]
fn every_network_names_its_source() {
    let loaded = bundled();
    // A floor, not the count: the data only grows.
    assert!(
        loaded.dataset.networks.len() >= 80,
        "the bundled data is there"
    );
    let missing: Vec<&str> = loaded
        .dataset
        .networks
        .iter()
        .filter(|n| n.source.as_deref().is_none_or(|s| s.trim().is_empty()))
        .map(|n| n.id.as_str())
        .collect();
    assert!(
        missing.is_empty(),
        "networks without `source:`: {missing:?}"
    );
}

#[test]
fn the_bundled_directory_loads_without_a_diagnostic() {
    let loaded = bundled();
    let shown: Vec<String> = loaded
        .diagnostics
        .iter()
        .map(|d| format!("{d:?}"))
        .collect();
    assert!(shown.is_empty(), "{shown:#?}");
    let r = common::run(&["check", "networks"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(
        r.stdout
            .ends_with(": 0 errors, 0 warnings, 0 possible duplicates\n"),
        "every suggestion is settled in networks/registry.yaml:\n{}",
        r.stdout
    );
}

#[test]
fn no_network_is_described_by_two_files() {
    let loaded = bundled();
    let mut seen: BTreeMap<(String, &str), &str> = BTreeMap::new();
    let mut clashes = Vec::new();
    for n in &loaded.dataset.networks {
        let key = (name_key(&n.name), n.prefecture.name());
        if let Some(first) = seen.insert(key, &n.id) {
            clashes.push(format!(
                "{first} and {} ({} in {})",
                n.id,
                n.name,
                n.prefecture.name()
            ));
        }
    }
    assert!(clashes.is_empty(), "one network, two files: {clashes:#?}");
}
