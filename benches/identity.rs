//! Identity benchmarks: matching keys, resolution and duplicate
//! suggestions, on generated names and directories.
//!
//! Run with `cargo bench --bench identity`.

use std::path::PathBuf;
use std::sync::OnceLock;

use renkei::identity::{org_key, resolve, suggest, suggest_orgs};
use renkei::loader::{LoadOptions, load_dir};
use renkei::model::Dataset;
use renkei::synth::{Spec, generate, org_names};

fn main() {
    divan::main();
}

fn names() -> &'static [String] {
    static NAMES: OnceLock<Vec<String>> = OnceLock::new();
    NAMES.get_or_init(|| org_names(100_000, 1))
}

/// A generated directory, loaded once per size.
fn dataset(networks: usize) -> Dataset {
    static ROOT: OnceLock<tempfile::TempDir> = OnceLock::new();
    let root = ROOT.get_or_init(|| tempfile::tempdir().expect("temporary folder"));
    let dir: PathBuf = root.path().join(format!("n{networks}"));
    if !dir.exists() {
        generate(
            &dir,
            Spec {
                networks,
                members: 33,
                seed: 1,
            },
        )
        .expect("generate");
    }
    load_dir(&dir, &LoadOptions::default())
        .expect("load")
        .dataset
}

#[divan::bench]
fn org_key_100k_names() -> usize {
    names().iter().map(|n| org_key(n).len()).sum()
}

#[divan::bench(sample_count = 5)]
fn suggest_orgs_100k_names() -> usize {
    let refs: Vec<&str> = names().iter().map(String::as_str).collect();
    suggest_orgs(&refs).len()
}

#[divan::bench(args = [300, 3_000, 30_000], sample_count = 5)]
fn resolve_generated(bencher: divan::Bencher, networks: usize) {
    let ds = dataset(networks);
    bencher.bench(|| resolve(&ds).entities().len());
}

#[divan::bench(args = [3_000, 30_000], sample_count = 5)]
fn suggest_generated(bencher: divan::Bencher, networks: usize) {
    let ds = dataset(networks);
    let resolved = resolve(&ds);
    bencher.bench(|| suggest(&ds, &resolved).len());
}
