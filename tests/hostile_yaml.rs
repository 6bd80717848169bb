//! Hostile input, part 4: YAML features serde_yaml would read as something
//! other than their writer meant (tags, merge keys), and byte-order marks
//! where they do not belong. Each is named at its FILE:LINE:COLUMN; the
//! good file beside it still loads.

mod hostile_support;

use std::fmt::Write as _;

use hostile_support::{Case, assert_diag, summary};

#[test]
fn tags_are_refused_where_they_stand() {
    let case = Case::new("yaml-tags");
    let run = case.check(&[]);
    run.code(1);
    let out = run.out();
    let tags = case.shown("tags.yaml");
    assert_diag(
        &out,
        "error: YAML tags are not supported (`!!binary`); this file is not loaded",
        &format!("{tags}:7:10"),
        Some("!!binary"),
    );
    assert_diag(
        &out,
        "error: YAML tags are not supported (`!custom`); this file is not loaded",
        &format!("{tags}:9:11"),
        Some("!custom"),
    );
    run.says("write the plain value");
    assert!(
        summary(&out).starts_with(
            "checked 3 files (1 network, 0 registries, 2 not loaded): 3 errors, 0 warnings"
        ),
        "{out}"
    );
}

#[test]
fn merge_keys_are_refused_not_an_unknown_field() {
    let case = Case::new("yaml-tags");
    let out = case.check(&[]).out();
    let merge = case.shown("merge.yaml");
    assert_diag(
        &out,
        "error: YAML merge keys (`<<`) are not supported: the fields they bring would be missing; this file is not loaded",
        &format!("{merge}:10:5"),
        Some("<<"),
    );
    assert!(!out.contains("unknown field `<<`"), "{out}");
    // Quoted, `<<` is an ordinary key (an unknown field), and `!` in text
    // is text.
    case.write(
        "merge.yaml",
        "name: 高知\nprogram: platform\nprefecture: 高知県\nsummary: 大事! ok\nmembers:\n  - org: 高知大学\n    sector: academia\n    \"<<\": x\n",
    );
    let run = case.check(&[]);
    let out = run.out();
    assert!(out.contains("unknown field `<<`"), "{out}");
    assert!(!out.contains("merge keys"), "{out}");
}

#[test]
fn many_tags_are_capped_with_an_exact_count() {
    let case = Case::new("yaml-tags");
    let mut src = String::from("name: x\nprogram: platform\nprefecture: 高知県\nmembers:\n");
    for i in 0..500 {
        writeln!(src, "  - org: !!str 会社{i}").unwrap();
    }
    case.write("tags.yaml", src);
    let run = case.check(&[]);
    let out = run.out();
    let shown = out.matches("error: YAML tags are not supported").count();
    assert_eq!(shown, 200);
    assert!(
        out.contains("error: and 300 more of this kind: YAML tags are not supported (`…`)"),
        "{}",
        summary(&out)
    );
    // The 500 tags, and the merge key of merge.yaml.
    assert!(summary(&out).contains(": 501 errors"), "{}", summary(&out));
}

#[test]
fn two_leading_byte_order_marks_are_one_with_a_warning() {
    let case = Case::new("bom-misplaced");
    let run = case.check(&[]);
    run.code(1);
    let out = run.out();
    assert_diag(
        &out,
        "warning: the file starts with 2 byte-order marks (U+FEFF); renkei reads them as one",
        &format!("{}:1:1", case.shown("two-boms.yaml")),
        None,
    );
    assert!(!out.contains("more than one document"), "{out}");
    // The BOM in the middle of the other file is named where it stands.
    assert_diag(
        &out,
        "error: a byte-order mark (U+FEFF, invisible) in the middle of the file, where YAML cannot read it; this file is not loaded",
        &format!("{}:5:1", case.shown("joined.yaml")),
        None,
    );
    assert!(
        summary(&out).starts_with(
            "checked 3 files (2 networks, 0 registries, 1 not loaded): 1 error, 1 warning"
        ),
        "{out}"
    );
}

#[test]
fn a_byte_order_mark_before_a_second_network_is_named_not_a_second_document() {
    let case = Case::new("bom-misplaced");
    case.write(
        "joined.yaml",
        "name: x\nprogram: platform\nprefecture: 高知県\nmembers:\n  - org: 高知大学\n    sector: academia\n\u{feff}name: y\n",
    );
    let out = case.check(&[]).out();
    assert_diag(
        &out,
        "error: a byte-order mark (U+FEFF, invisible) in the middle of the file, where YAML cannot read it; this file is not loaded",
        &format!("{}:7:1", case.shown("joined.yaml")),
        None,
    );
}

/// `\u{feff}org` prints as `org`: "unknown field `org`, did you mean
/// `org`?" was a riddle. The invisible character is named, at its column
/// when the key stands as written (raw, or quoted without escapes).
#[test]
fn an_invisible_character_inside_a_key_is_named_not_an_unknown_field() {
    let case = Case::new("invisible-key");
    let run = case.check(&[]);
    let out = run.out();
    let keys = case.shown("keys.yaml");
    let head = |key: &str, what: &str| {
        format!("warning: the field name `{key}` holds {what}; the field is ignored")
    };
    for (at, key, what) in [
        (
            "6:1",
            "memo",
            "an invisible character, a zero-width space (U+200B)",
        ),
        (
            "9:5",
            "org",
            "an invisible character, a byte-order mark (U+FEFF)",
        ),
        (
            "11:8",
            "sector",
            "an invisible character, a zero-width space (U+200B)",
        ),
        (
            "14:7",
            "role",
            "an invisible character, a word joiner (U+2060)",
        ),
        (
            "17:8",
            "note",
            "an invisible character, a soft hyphen (U+00AD)",
        ),
        // Escapes in quotes: the column of the key.
        (
            "20:5",
            "phone",
            "2 invisible characters, the first a zero-width space (U+200B)",
        ),
    ] {
        assert_diag(&out, &head(key, what), &format!("{keys}:{at}"), None);
    }
    assert!(!out.contains("unknown field"), "{out}");
    assert!(!out.contains("did you mean `org`"), "{out}");
    run.says("= help: delete it (retype the name, or find it in an editor that shows invisible characters); then it is read as `org`");
    // `memo` is no field even without its ZWSP: the known fields are listed.
    let memo = hostile_support::block(
        &out,
        &head(
            "memo",
            "an invisible character, a zero-width space (U+200B)",
        ),
    );
    assert!(
        memo.contains("= help: known fields here: id, name"),
        "{memo}"
    );
    let ja = case.check(&["--lang", "ja"]).out();
    assert!(
        ja.contains("フィールド名「org」には見えない文字のバイトオーダーマーク（U+FEFF）が含まれています。このフィールドは無視します"),
        "{ja}"
    );
    assert!(ja.contains("削除すると `org` として読み込まれます"), "{ja}");
    assert!(
        summary(&out).starts_with("checked 2 files (2 networks"),
        "{out}"
    );
    // The issue's own shape: a BOM right after `- `, in JSON.
    case.write(
        "keys.yaml",
        "name: x\nprogram: other\nprefecture: 高知県\nmembers:\n  - \u{feff}org: 高知大学\n",
    );
    let (_, json) = case.check_json(&[]);
    let found: Vec<(&str, u64, u64, &str)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let n = |k: &str| d[k].as_u64().unwrap();
            let help = d["help"].as_str().unwrap_or_default();
            (d["code"].as_str().unwrap(), n("line"), n("column"), help)
        })
        .collect();
    assert!(
        found
            .iter()
            .any(|&(code, line, column, help)| code == "invisible-in-key"
                && (line, column) == (5, 5)
                && help.ends_with("then it is read as `org`")),
        "{found:?}"
    );
    assert!(found.iter().all(|d| d.0 != "unknown-field"), "{found:?}");
}

/// serde_yaml skips an unknown field's value (and a repeated key's) with
/// a loop of its own that has no depth limit: 100,000 levels of block
/// nesting under `extra:` were one "unknown field" warning. They are
/// "nested too deeply" at the 129th level, as anywhere else.
#[test]
fn the_nesting_limit_holds_under_unknown_fields_and_repeated_keys() {
    let case = Case::new("deep-nesting");
    let good = std::fs::read_to_string(case.path("good.yaml")).unwrap();
    let lines = good.lines().count();
    let dashes = "- ".repeat(100_000);
    case.write("unknown.yaml", format!("{good}extra:\n  {dashes}x\n"));
    case.write("repeated.yaml", format!("{good}members:\n  {dashes}x\n"));
    // One mapping level a line, under an unknown key of a member.
    let keys = (1..300).fold(String::new(), |mut s, i| {
        let _ = writeln!(s, "{}k:", " ".repeat(4 + i));
        s
    });
    case.write("mapping.yaml", format!("{good}    memo:\n{keys}"));
    let run = case.check(&[]);
    run.code(1);
    let out = run.out();
    let head = "error: lists and mappings are nested too deeply (over 128 levels); this file is not loaded";
    // Line 1 past the good file: `- ` number 128 starts at 2 + 2 * 127 + 1.
    for file in ["unknown.yaml", "repeated.yaml"] {
        let at = format!("{}:{}:257", case.shown(file), lines + 2);
        assert_diag(&out, head, &at, None);
    }
    assert_eq!(out.matches(head).count(), 3, "{out}");
    assert!(!out.contains("unknown field"), "{out}");
    assert!(
        summary(&out)
            .starts_with("checked 4 files (1 network, 0 registries, 3 not loaded): 3 errors"),
        "{out}"
    );
}
