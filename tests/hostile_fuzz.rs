//! Fuzz regressions: every input the fuzz targets (fuzz/) found to crash,
//! kept in tests/fixtures/hostile/fuzz-regressions/<target>/ and replayed
//! through the same invariants the targets check. docs/security.md says
//! how to run the fuzzers and what they found.

mod hostile_support;

use std::path::{Path, PathBuf};

use hostile_support::invariants::{check_bytes, check_names};

fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(hostile_support::HOSTILE)
        .join("fuzz-regressions")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

#[test]
fn loader_regressions_hold() {
    let files = inputs("load");
    assert!(!files.is_empty());
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        let result = std::panic::catch_unwind(|| check_bytes(&bytes));
        assert!(result.is_ok(), "{} fails again", file.display());
    }
}

#[test]
fn normaliser_regressions_hold() {
    for file in inputs("normalise") {
        let bytes = std::fs::read(&file).unwrap();
        // libFuzzer gives `&str` targets only valid UTF-8.
        if let Ok(text) = std::str::from_utf8(&bytes) {
            check_names(text);
        }
    }
}

#[test]
fn a_lone_cr_keeps_the_snippet_on_the_reported_line() {
    // The first fuzz finding, minimised: libyaml and yaml-rust2 count a
    // lone CR as a line break, so the error is on line 2, and line 2 must
    // be the text shown under it.
    let loaded = renkei::loader::load_bytes(
        Path::new("cr.yaml"),
        b"\rname: : x\n",
        &renkei::loader::LoadOptions::default(),
    );
    let d = &loaded.diagnostics[0];
    assert_eq!((d.pos.line, d.pos.column), (2, 7), "{}", d.message);
    assert_eq!(d.source_line.as_deref(), Some("name: : x"));
}
