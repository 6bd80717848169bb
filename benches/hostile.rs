//! The hostile shapes of docs/security.md at N and 4N bytes: `check`'s
//! work (load, resolve, suggestions) on each, to show the time grows
//! linearly with the file. Both sizes stay under the value budget (4N is
//! also over the 666 KB from which values are counted, a linear pass).
//!
//! Run with `cargo bench --bench hostile`; the shapes are written once per
//! run into a temporary folder. The 16 MiB figures come from the
//! `hostile_shapes` example and /usr/bin/time instead.

#[path = "common/shapes.rs"]
#[allow(dead_code)] // the example uses the rest
mod shapes;

use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

use renkei::loader::LoadOptions;
use renkei::workspace::Workspace;
use shapes::Shape;

fn main() {
    divan::main();
}

/// The folder of `shape` at `bytes`, written on first use.
fn dir(shape: Shape, bytes: usize) -> PathBuf {
    static ROOT: OnceLock<tempfile::TempDir> = OnceLock::new();
    static WRITING: Mutex<()> = Mutex::new(());
    let root = ROOT.get_or_init(|| tempfile::tempdir().expect("temporary folder"));
    let dir = root.path().join(format!("{}-{bytes}", shape.name()));
    let _guard = WRITING.lock().expect("lock");
    if !dir.exists() {
        shape.write(&dir, bytes).expect("write the shape");
    }
    dir
}

/// What `renkei check` computes before printing: the problems and the
/// suggestions. Returns their counts so nothing is optimised away.
fn check(shape: Shape, bytes: usize, bencher: divan::Bencher) {
    let dir = dir(shape, bytes);
    bencher.bench(|| {
        let ws = Workspace::load(&dir, &LoadOptions::default()).expect("load");
        let found = ws.suggest_all();
        (ws.diagnostics.len(), found.list.len())
    });
}

/// Large enough that the names of the name-heavy shapes share bigrams
/// with over 1,000 others at 4N, where the similarity blocking stops
/// growing (below that, the candidate lists still grow with N); small
/// enough that 4N stays under the value budget for every shape.
const N: usize = 384 * 1024;
const SIZES: [usize; 2] = [N, 4 * N];

macro_rules! shape_benches {
    ($($name:ident => $shape:expr),* $(,)?) => {$(
        #[divan::bench(args = SIZES, sample_count = 5)]
        fn $name(bencher: divan::Bencher, bytes: usize) {
            check($shape, bytes, bencher);
        }
    )*};
}

shape_benches! {
    bare => Shape::Bare,
    flow_line => Shape::FlowLine,
    unknown_fields => Shape::UnknownFields,
    duplicated => Shape::Duplicated,
    similar_names => Shape::SimilarNames,
    registry => Shape::Registry,
    deep => Shape::Deep,
    long_scalars => Shape::LongScalars,
    many_files => Shape::ManyFiles,
}
