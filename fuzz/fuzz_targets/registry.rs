//! Fuzz target: one file's bytes read as a registry (`organizations:` and
//! `people:` prepended when the input lacks them), through the loader,
//! identity resolution and suggestions, with the invariants of
//! tests/hostile_support/invariants.rs.

#![no_main]

use libfuzzer_sys::fuzz_target;

include!("../../tests/hostile_support/invariants.rs");

fuzz_target!(|data: &[u8]| {
    check_bytes(data);
    let mut registry = b"organizations:\n".to_vec();
    registry.extend_from_slice(data);
    check_bytes(&registry);
});
