// What must hold for any input, whatever its bytes. Shared by the fuzz
// targets (fuzz/fuzz_targets/*.rs include this file) and by
// tests/hostile_fuzz.rs, which replays every input the fuzzers found.
// No inner doc comment here: `include!` does not allow one.

/// One file's bytes through the whole loader (in UTF-8 and, when they
/// are not UTF-8, in the explicit encodings too), identity resolution and
/// suggestions, and every diagnostic rendered as text and JSON.
pub fn check_bytes(data: &[u8]) {
    use renkei::loader::InputEncoding;
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
        let opts = renkei::loader::LoadOptions {
            threads: 1,
            input_encoding,
            ..renkei::loader::LoadOptions::default()
        };
        check_loaded(data, &opts);
    }
}

/// A file that is not loaded has an error; every position lies inside its
/// line; rendered text holds no raw ESC, BEL or CSI; JSON serialises.
fn check_loaded(data: &[u8], opts: &renkei::loader::LoadOptions) {
    use renkei::diag::{JsonDiagnostic, Style, write_text};
    use renkei::msg::Lang;
    let loaded = renkei::loader::load_bytes(std::path::Path::new("fuzz/network.yaml"), data, opts);
    let failed = loaded.dataset.files[0].kind == renkei::model::FileKind::Failed;
    assert!(!failed || loaded.has_errors(), "dropped without an error");
    for d in &loaded.diagnostics {
        if let Some(line) = &d.source_line {
            // A long line is kept from `source_from` on.
            let chars = u32::try_from(line.chars().count())
                .unwrap_or(u32::MAX)
                .saturating_add(d.source_from);
            assert!(
                d.pos.column > d.source_from && d.pos.column <= chars.saturating_add(1),
                "column {} outside a line of {chars} characters: {}",
                d.pos.column,
                d.message
            );
        }
        for lang in [Lang::En, Lang::Ja] {
            let mut out = Vec::new();
            write_text(&mut out, d, Style { color: false }, lang).unwrap();
            assert!(!out.contains(&0x1b) && !out.contains(&0x07), "raw control");
            assert!(
                !String::from_utf8(out).unwrap().contains('\u{9b}'),
                "raw CSI"
            );
        }
        serde_json::to_string(&JsonDiagnostic::from(d)).unwrap();
    }
    let resolved = renkei::identity::resolve(&loaded.dataset);
    let _ = renkei::identity::suggest(&loaded.dataset, &resolved);
}

/// The name normaliser: every identity key is idempotent and holds no
/// white space; the near-miss finder takes up to 16 names (one a line).
pub fn check_names(input: &str) {
    type Key = fn(&str) -> String;
    let keys: [(&str, Key); 4] = [
        ("org", renkei::identity::org_key),
        ("person", renkei::identity::person_key),
        ("title", renkei::identity::title_key),
        ("kana", renkei::identity::kana_key),
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
    let _ = renkei::identity::suggest_orgs(&names);
}
