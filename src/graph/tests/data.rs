//! Datasets for tests: the frozen seed data (tests/fixtures/seed, the 44
//! networks first bundled), and lookups by name in a resolution.
//! Hand-built datasets come from `crate::testkit`.

use std::path::Path;

use crate::identity::{EntityId, Resolved};
use crate::loader::{LoadOptions, load_dir};
use crate::model::Dataset;

/// The seed networks, frozen so the bundled `networks/` can grow without
/// changing these hand-checked facts.
pub fn seed() -> Dataset {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed");
    let loaded = load_dir(&dir, &LoadOptions::default()).unwrap();
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    loaded.dataset
}

/// Entity id by stable id.
pub fn id(res: &Resolved, stable: &str) -> EntityId {
    res.by_id(stable)
        .unwrap_or_else(|| panic!("no entity {stable}"))
}

/// Display names of entities.
pub fn names(res: &Resolved, ids: &[EntityId]) -> Vec<String> {
    ids.iter().map(|&e| res.entity(e).name.clone()).collect()
}
