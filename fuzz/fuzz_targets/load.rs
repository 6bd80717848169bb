//! Fuzz target: one file's bytes through the whole loader (decode, alias
//! check, parse, validate, locate), identity resolution and suggestions,
//! and every diagnostic rendered as text and JSON.
//!
//! Besides "no panic, no hang", it asserts what tests/no_panic.rs asserts:
//! a file that is not loaded has an error, positions lie inside their
//! line, and rendered text never carries a raw ESC or BEL from the data.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use renkei::diag::{JsonDiagnostic, Style, write_text};
use renkei::loader::{InputEncoding, LoadOptions, load_bytes};
use renkei::model::FileKind;

fuzz_target!(|data: &[u8]| {
    // Bytes that are not UTF-8 also go through the explicit decoders.
    let encodings: &[InputEncoding] = if std::str::from_utf8(data).is_ok() {
        &[InputEncoding::Utf8]
    } else {
        &[
            InputEncoding::Utf8,
            InputEncoding::ShiftJis,
            InputEncoding::Utf16Le,
        ]
    };
    for &input_encoding in encodings {
        let opts = LoadOptions {
            threads: 1,
            input_encoding,
            ..LoadOptions::default()
        };
        check(data, &opts);
    }
});

fn check(data: &[u8], opts: &LoadOptions) {
    let loaded = load_bytes(Path::new("fuzz/network.yaml"), data, opts);
    let failed = loaded.dataset.files[0].kind == FileKind::Failed;
    assert!(!failed || loaded.has_errors(), "dropped without an error");
    for d in &loaded.diagnostics {
        if let Some(line) = &d.source_line {
            let chars = u32::try_from(line.chars().count()).unwrap_or(u32::MAX);
            assert!(
                d.pos.column >= 1 && d.pos.column <= chars.saturating_add(1),
                "column {} outside a line of {chars} characters: {}",
                d.pos.column,
                d.message
            );
        }
        let mut out = Vec::new();
        write_text(&mut out, d, Style { color: false }).unwrap();
        assert!(!out.contains(&0x1b) && !out.contains(&0x07), "raw control");
        assert!(!String::from_utf8(out).unwrap().contains('\u{9b}'));
        serde_json::to_string(&JsonDiagnostic::from(d)).unwrap();
    }
    let resolved = renkei::identity::resolve(&loaded.dataset);
    let _ = renkei::identity::suggest(&loaded.dataset, &resolved);
}
