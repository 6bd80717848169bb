//! The synthetic data generator writes directories that load without a
//! single diagnostic and resolve, so benchmarks measure clean data.

use renkei::identity::resolve;
use renkei::loader::{LoadOptions, load_dir};
use renkei::synth::{Spec, generate};

#[test]
fn generated_directory_loads_cleanly_and_resolves() {
    let root = tempfile::tempdir().unwrap();
    let spec = Spec {
        networks: 200,
        members: 33,
        seed: 7,
    };
    generate(root.path(), spec).unwrap();
    let loaded = load_dir(root.path(), &LoadOptions::default()).unwrap();
    assert!(
        loaded.diagnostics.is_empty(),
        "diagnostics: {:?}",
        &loaded.diagnostics[..loaded.diagnostics.len().min(5)]
    );
    let ds = &loaded.dataset;
    assert_eq!(ds.networks.len(), 200);
    let memberships: usize = ds.networks.iter().map(|n| n.members.len()).sum();
    assert!(memberships > 200 * 10, "{memberships} memberships");

    let res = resolve(ds);
    assert_eq!(res.networks().len(), 200);
    assert!(!res.entities().is_empty());
    // Popularity is skewed: some organisation sits in many networks (the
    // prefectures, flagship universities and national bodies do).
    let widest = res
        .entities()
        .iter()
        .map(|e| e.networks.len())
        .max()
        .unwrap_or(0);
    assert!(
        widest >= 20,
        "the most shared entity is in {widest} networks"
    );
}

#[test]
fn the_same_seed_writes_the_same_files() {
    let spec = Spec {
        networks: 20,
        members: 10,
        seed: 3,
    };
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    generate(a.path(), spec).unwrap();
    generate(b.path(), spec).unwrap();
    let files = |root: &std::path::Path| {
        let mut v: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(root)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let rel = e.path().strip_prefix(root).unwrap().display().to_string();
                (rel, std::fs::read(e.path()).unwrap())
            })
            .collect();
        v.sort();
        v
    };
    let (fa, fb) = (files(a.path()), files(b.path()));
    assert_eq!(fa.len(), 20);
    assert!(fa == fb, "same seed, different files");
}
