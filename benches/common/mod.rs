//! Shared by the benchmarks: the generated data directories, written once
//! per run with the same seed so figures compare between runs and benches.

use std::path::PathBuf;
use std::sync::OnceLock;

use renkei::synth::{Spec, generate};

/// The generated directory of `networks` networks (33 members on average,
/// seed 1), written on first use and kept until the run ends.
pub fn generated_dir(networks: usize) -> PathBuf {
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
