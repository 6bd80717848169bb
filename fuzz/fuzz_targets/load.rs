//! Fuzz target: one file's bytes through the whole loader (decode, alias
//! check, parse, validate, locate), identity resolution and suggestions,
//! every diagnostic rendered as text and JSON. Besides "no panic, no hang"
//! it checks the invariants in tests/hostile_support/invariants.rs, which
//! tests/hostile_fuzz.rs replays on every input found.

#![no_main]

use libfuzzer_sys::fuzz_target;

include!("../../tests/hostile_support/invariants.rs");

fuzz_target!(|data: &[u8]| check_bytes(data));
