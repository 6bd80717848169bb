//! Loading benchmarks: the bundled networks and generated directories.
//!
//! Run with `cargo bench --bench load`. Generated data is written once per
//! run into a temporary folder with the same seed, so figures compare.

mod common;

use std::path::Path;

use common::generated_dir;
use renkei::loader::{LoadOptions, load_dir};

fn main() {
    divan::main();
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
    let dir = generated_dir(networks);
    bencher.bench(|| load(&dir, 0));
}

#[divan::bench(args = [3_000], sample_count = 20)]
fn generated_one_thread(bencher: divan::Bencher, networks: usize) {
    let dir = generated_dir(networks);
    bencher.bench(|| load(&dir, 1));
}
