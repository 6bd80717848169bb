//! Every stage of renkei's work, one after the other, on generated
//! directories of 300, 3,000 and 30,000 networks (about 10,000, 100,000 and
//! 1,000,000 memberships), so the growth is visible.
//!
//! Run with `cargo bench --bench stages`; a subset with a filter
//! (`cargo bench --bench stages -- parse_floor load`) and fewer sizes with
//! `RENKEI_BENCH_SIZES=300,3000`. Data is generated once per run (seed 1,
//! 33 members on average: `renkei generate DIR --networks N --seed 1`
//! writes the same files), then loaded and resolved once per size for the
//! stages after loading, which start from that result.
//!
//! The loading stages are best run one size per process
//! (`RENKEI_BENCH_SIZES=3000 cargo bench --bench stages -- read_files
//! parse_floor parse_value load`): with every size's dataset held in memory
//! the allocator is slower on the main thread, which inflates the
//! one-thread figures (by up to 2× at 3,000 networks).
//!
//! - `read_files`: find and read every file, nothing else.
//! - `parse_floor`: find, read and parse every file with serde_yaml into
//!   `IgnoredAny`, over the same worker pool as renkei's loader (1 and 2
//!   threads). renkei cannot load faster than this without a faster YAML
//!   parser; `parse_value` builds a `serde_yaml::Value` tree instead.
//! - `load`: renkei's `load_dir` (read, parse, validate; 1 and 2 threads),
//!   so validation costs `load` − `parse_floor`.
//! - `resolve`, `suggest`, `graph_build`, `keypersons`, `search_index`:
//!   identity resolution, duplicate suggestions, the overlap graph with its
//!   unfiltered view, keypersons ranked with betweenness, the search index.
//! - `overlap_json`: the graph plus `renkei overlap --format json` for every
//!   network; `end_to_end` adds loading and resolution, as the command does.
//! - `export_contacts` and `export_graph`: building and writing each export
//!   format for every network.

mod common;
#[path = "common/count.rs"]
mod count;

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use common::generated_dir;
use count::Count;
use renkei::export::{ContactFormat, ContactList, Encoding, GraphFormat, Selection, graphdata};
use renkei::graph::{Filter, Overlap, Sampling, write_json};
use renkei::identity::{Resolved, resolve, suggest};
use renkei::loader::{LoadOptions, load_dir};
use renkei::model::Dataset;
use renkei::search::SearchIndex;

// The allocator the `renkei` binary uses, so the stages cost what they cost
// there.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

/// Network counts; `RENKEI_BENCH_SIZES=300,3000` runs fewer.
fn sizes() -> Vec<usize> {
    std::env::var("RENKEI_BENCH_SIZES").ok().map_or_else(
        || vec![300, 3_000, 30_000],
        |s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect(),
    )
}

/// A generated directory, loaded and resolved.
struct Data {
    ds: Dataset,
    res: Resolved,
}

/// Loaded and resolved once per size and kept for the whole run.
fn data(networks: usize) -> &'static Data {
    static DATA: OnceLock<Mutex<HashMap<usize, &'static Data>>> = OnceLock::new();
    let mut cache = DATA
        .get_or_init(|| Mutex::new(HashMap::new()))
        .lock()
        .expect("cache");
    cache.entry(networks).or_insert_with(|| {
        let dir = generated_dir(networks);
        let loaded = load_dir(&dir, &LoadOptions::default()).expect("load");
        assert!(loaded.diagnostics.is_empty(), "generated data has problems");
        let ds = loaded.dataset;
        let res = resolve(&ds);
        Box::leak(Box::new(Data { ds, res }))
    })
}

/// The YAML files below `dir`, in path order, as the loader finds them.
fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(walkdir::DirEntry::into_path)
        .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
        .collect()
}

/// Finds the files and runs `work` on each one's bytes, the way the loader
/// does: inline on one thread, else each worker takes the next file.
fn each_file(dir: &Path, threads: usize, work: impl Fn(&[u8]) -> usize + Sync) -> usize {
    let paths = yaml_files(dir);
    let next = AtomicUsize::new(0);
    let run = || {
        let mut sum = 0;
        while let Some(p) = paths.get(next.fetch_add(1, Ordering::Relaxed)) {
            sum += work(&std::fs::read(p).expect("read"));
        }
        sum
    };
    if threads <= 1 {
        return run();
    }
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads).map(|_| s.spawn(run)).collect();
        workers.into_iter().map(|w| w.join().expect("worker")).sum()
    })
}

#[divan::bench(args = sizes(), sample_count = 10, sample_size = 1)]
fn read_files(bencher: divan::Bencher, networks: usize) {
    let path = generated_dir(networks);
    bencher.bench(|| each_file(&path, 2, <[u8]>::len));
}

#[divan::bench(consts = [1, 2], args = sizes(), sample_count = 10, sample_size = 1)]
fn parse_floor<const THREADS: usize>(bencher: divan::Bencher, networks: usize) {
    let path = generated_dir(networks);
    bencher.bench(|| {
        each_file(&path, THREADS, |b| {
            serde_yaml::from_slice::<serde::de::IgnoredAny>(b).expect("YAML");
            1
        })
    });
}

#[divan::bench(args = sizes(), sample_count = 10, sample_size = 1)]
fn parse_value(bencher: divan::Bencher, networks: usize) {
    let path = generated_dir(networks);
    bencher.bench(|| {
        each_file(&path, 2, |b| {
            let v: serde_yaml::Value = serde_yaml::from_slice(b).expect("YAML");
            v.as_mapping().map_or(0, serde_yaml::Mapping::len)
        })
    });
}

#[divan::bench(consts = [1, 2], args = sizes(), sample_count = 10, sample_size = 1)]
fn load<const THREADS: usize>(bencher: divan::Bencher, networks: usize) {
    let path = generated_dir(networks);
    let opts = LoadOptions {
        threads: THREADS,
        ..LoadOptions::default()
    };
    // The loaded data is returned, so divan drops it outside the timing
    // (as a process exits without freeing it).
    bencher.bench(|| load_dir(&path, &opts).expect("load"));
}

#[divan::bench(name = "resolve", args = sizes(), sample_count = 10, sample_size = 1)]
fn resolve_entities(bencher: divan::Bencher, networks: usize) {
    let d = data(networks);
    bencher.bench(|| resolve(&d.ds).entities().len());
}

#[divan::bench(name = "suggest", args = sizes(), sample_count = 5, sample_size = 1)]
fn suggest_duplicates(bencher: divan::Bencher, networks: usize) {
    let d = data(networks);
    bencher.bench(|| suggest(&d.ds, &d.res).len());
}

#[divan::bench(args = sizes(), sample_count = 10, sample_size = 1)]
fn graph_build(bencher: divan::Bencher, networks: usize) {
    let d = data(networks);
    bencher.bench(|| {
        let ov = Overlap::new(&d.ds, &d.res);
        ov.view(&d.ds, &d.res, &Filter::default()).edge_count()
    });
}

#[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
fn keypersons(bencher: divan::Bencher, networks: usize) {
    let d = data(networks);
    bencher.bench(|| {
        // A fresh graph each time, so the betweenness cache is cold.
        let ov = Overlap::new(&d.ds, &d.res);
        ov.view(&d.ds, &d.res, &Filter::default())
            .keypersons(Sampling::Auto)
            .len()
    });
}

#[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
fn search_index(bencher: divan::Bencher, networks: usize) {
    let d = data(networks);
    bencher.bench(|| SearchIndex::new(&d.ds, &d.res).len());
}

/// The overlap JSON of every network, into a byte counter.
fn overlap_json(ds: &Dataset, res: &Resolved) -> usize {
    let ov = Overlap::new(ds, res);
    let mut out = io::BufWriter::with_capacity(1 << 16, Count::default());
    write_json(&mut out, &ov.view(ds, res, &Filter::default())).expect("write");
    out.into_inner().map_or(0, |c| c.0)
}

#[divan::bench(name = "overlap_json", args = sizes(), sample_count = 3, sample_size = 1)]
fn overlap_json_bench(bencher: divan::Bencher, networks: usize) {
    let d = data(networks);
    bencher.bench(|| overlap_json(&d.ds, &d.res));
}

#[divan::bench(args = sizes(), sample_count = 3, sample_size = 1)]
fn end_to_end(bencher: divan::Bencher, networks: usize) {
    let path = generated_dir(networks);
    bencher.bench(|| {
        let ds = load_dir(&path, &LoadOptions::default())
            .expect("load")
            .dataset;
        let res = resolve(&ds);
        overlap_json(&ds, &res)
    });
}

/// Builds the contact list of every network and writes it in `format`.
fn contacts(d: &Data, format: ContactFormat) -> usize {
    let list = ContactList::build(&d.ds, &d.res, &Selection::default()).expect("contacts");
    let mut out = io::BufWriter::with_capacity(1 << 16, Count::default());
    list.write(&mut out, &d.ds, format, Encoding::Utf8Bom)
        .expect("write");
    out.into_inner().map_or(0, |c| c.0)
}

/// Builds the graph of every network and writes it in `format`.
fn graph(d: &Data, format: GraphFormat) -> usize {
    let g = graphdata::build(&d.ds, &d.res, &Selection::default()).expect("graph");
    let mut out = io::BufWriter::with_capacity(1 << 16, Count::default());
    g.write(&mut out, format).expect("write");
    out.into_inner().map_or(0, |c| c.0)
}

mod export_contacts {
    use super::{ContactFormat, contacts, data, sizes};

    #[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
    fn csv(bencher: divan::Bencher, networks: usize) {
        let d = data(networks);
        bencher.bench(|| contacts(d, ContactFormat::Csv));
    }

    #[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
    fn vcard(bencher: divan::Bencher, networks: usize) {
        let d = data(networks);
        bencher.bench(|| contacts(d, ContactFormat::Vcard));
    }

    #[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
    fn markdown(bencher: divan::Bencher, networks: usize) {
        let d = data(networks);
        bencher.bench(|| contacts(d, ContactFormat::Markdown));
    }
}

mod export_graph {
    use super::{GraphFormat, data, graph, sizes};

    #[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
    fn graphml(bencher: divan::Bencher, networks: usize) {
        let d = data(networks);
        bencher.bench(|| graph(d, GraphFormat::Graphml));
    }

    #[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
    fn gexf(bencher: divan::Bencher, networks: usize) {
        let d = data(networks);
        bencher.bench(|| graph(d, GraphFormat::Gexf));
    }

    #[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
    fn dot(bencher: divan::Bencher, networks: usize) {
        let d = data(networks);
        bencher.bench(|| graph(d, GraphFormat::Dot));
    }

    #[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
    fn json(bencher: divan::Bencher, networks: usize) {
        let d = data(networks);
        bencher.bench(|| graph(d, GraphFormat::Json));
    }
}
