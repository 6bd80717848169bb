//! Fuzz target: the name normaliser (identity keys) and the near-miss
//! finder that works on its output; the invariants are in
//! tests/hostile_support/invariants.rs.

#![no_main]

use libfuzzer_sys::fuzz_target;

include!("../../tests/hostile_support/invariants.rs");

fuzz_target!(|input: &str| check_names(input));
