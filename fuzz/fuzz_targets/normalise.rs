//! Fuzz target: the name normaliser (identity keys) and the near-miss
//! finder that works on its output.
//!
//! Asserts the properties docs/identity.md promises: every key is
//! idempotent and holds no white space. The input is split at line breaks
//! into up to 16 names for the suggestion pass.

#![no_main]

use libfuzzer_sys::fuzz_target;
use renkei::identity::{kana_key, org_key, person_key, suggest_orgs, title_key};

fuzz_target!(|input: &str| {
    let keys: [(&str, fn(&str) -> String); 4] = [
        ("org", org_key),
        ("person", person_key),
        ("title", title_key),
        ("kana", kana_key),
    ];
    for (what, key) in keys {
        let k = key(input);
        assert_eq!(key(&k), k, "{what} key is not idempotent for {input:?}");
        assert!(
            !k.chars().any(char::is_whitespace),
            "{what} key {k:?} holds white space"
        );
    }
    let names: Vec<&str> = input.split('\n').take(16).collect();
    let _ = suggest_orgs(&names);
});
