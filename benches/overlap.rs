//! Overlap benchmarks: building the graph and writing the overlap JSON for
//! generated directories of 300 and 3,000 networks.
//!
//! Run with `cargo bench --bench overlap`. Data is generated once per run
//! (same seed, same files), loaded once, and resolved once per size;
//! `resolve_build_json` includes identity resolution, the others start
//! from the resolved dataset. The whole 30,000-network process is measured
//! with `/usr/bin/time -v` (see docs/performance.md).

mod common;
#[path = "common/count.rs"]
mod count;

use std::collections::HashMap;
use std::io;
use std::sync::{Mutex, OnceLock};

use common::generated_dir;
use count::Count;
use renkei::graph::{Filter, Overlap, Sampling, write_json};
use renkei::identity::{Resolved, resolve};
use renkei::loader::{LoadOptions, load_dir};
use renkei::model::Dataset;

fn main() {
    divan::main();
}

/// A loaded and resolved generated directory, made once per size.
fn data(networks: usize) -> &'static (Dataset, Resolved) {
    static DATA: OnceLock<Mutex<HashMap<usize, &'static (Dataset, Resolved)>>> = OnceLock::new();
    let cache = DATA.get_or_init(|| Mutex::new(HashMap::new()));
    let mut cache = cache.lock().expect("cache");
    cache.entry(networks).or_insert_with(|| {
        let dir = generated_dir(networks);
        let loaded = load_dir(&dir, &LoadOptions::default()).expect("load");
        assert!(!loaded.has_errors());
        let res = resolve(&loaded.dataset);
        Box::leak(Box::new((loaded.dataset, res)))
    })
}

#[divan::bench(args = [300, 3_000], sample_count = 10)]
fn build_graph(bencher: divan::Bencher, networks: usize) {
    let (ds, res) = data(networks);
    bencher.bench(|| {
        let ov = Overlap::new(ds, res);
        ov.view(ds, res, &Filter::default()).edge_count()
    });
}

#[divan::bench(args = [300, 3_000], sample_count = 10)]
fn build_and_json(bencher: divan::Bencher, networks: usize) {
    let (ds, res) = data(networks);
    bencher.bench(|| {
        let ov = Overlap::new(ds, res);
        let mut out = io::BufWriter::with_capacity(1 << 16, Count::default());
        write_json(&mut out, &ov.view(ds, res, &Filter::default())).expect("write");
        out.into_inner().map_or(0, |c| c.0)
    });
}

#[divan::bench(args = [300, 3_000], sample_count = 5)]
fn resolve_build_json(bencher: divan::Bencher, networks: usize) {
    let (ds, _) = data(networks);
    bencher.bench(|| {
        let res = resolve(ds);
        let ov = Overlap::new(ds, &res);
        let mut out = io::BufWriter::with_capacity(1 << 16, Count::default());
        write_json(&mut out, &ov.view(ds, &res, &Filter::default())).expect("write");
        out.into_inner().map_or(0, |c| c.0)
    });
}

#[divan::bench(args = [300, 3_000], sample_count = 5)]
fn keypersons(bencher: divan::Bencher, networks: usize) {
    let (ds, res) = data(networks);
    bencher.bench(|| {
        // A fresh overlap each time, so the betweenness cache is cold.
        let ov = Overlap::new(ds, res);
        ov.view(ds, res, &Filter::default())
            .keypersons(Sampling::Auto)
            .len()
    });
}
