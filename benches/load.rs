//! Loading benchmarks: the bundled networks and generated directories.
//!
//! Run with `cargo bench --bench load`. Generated data is written once per
//! run into a temporary folder with the same seed, so figures compare.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use renkei::loader::{LoadOptions, load_dir};
use renkei::synth::{Spec, generate};

fn main() {
    divan::main();
}

/// Generated directories live for the whole run.
fn generated(networks: usize) -> PathBuf {
    static ROOT: OnceLock<tempfile::TempDir> = OnceLock::new();
    let root = ROOT.get_or_init(|| tempfile::tempdir().expect("temporary folder"));
    let dir = root.path().join(format!("n{networks}"));
    if !dir.exists() {
        let spec = Spec {
            networks,
            members: 33,
            seed: 1,
        };
        generate(&dir, spec).expect("generate data");
    }
    dir
}

fn load(dir: &Path, threads: usize) -> usize {
    let opts = LoadOptions {
        threads,
        ..LoadOptions::default()
    };
    let loaded = load_dir(dir, &opts).expect("load");
    assert!(!loaded.has_errors());
    loaded.dataset.networks.len()
}

#[divan::bench]
fn bundled_networks() -> usize {
    load(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/networks")),
        0,
    )
}

#[divan::bench(args = [300, 3_000], sample_count = 20)]
fn generated_directory(bencher: divan::Bencher, networks: usize) {
    let dir = generated(networks);
    bencher.bench(|| load(&dir, 0));
}

#[divan::bench(args = [3_000], sample_count = 20)]
fn generated_one_thread(bencher: divan::Bencher, networks: usize) {
    let dir = generated(networks);
    bencher.bench(|| load(&dir, 1));
}
