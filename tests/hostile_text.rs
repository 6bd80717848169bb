//! Hostile input, part 2: encodings and characters. Shift_JIS, EUC-JP,
//! UTF-16 and UTF-32 files are recognised and reported with the command to convert
//! them, or read with `--input-encoding`; a BOM is accepted; invalid UTF-8
//! is pinpointed; control characters in values are warned about and
//! printed escaped; lone CRs do not shift positions. The good file beside
//! each case still loads.

mod hostile_support;

use hostile_support::{Case, assert_diag, assert_terminal_safe, renkei, summary};

#[test]
fn a_utf8_bom_is_accepted() {
    let case = Case::new("encoding-bom");
    let run = case.check(&[]);
    run.code(0);
    assert!(
        summary(&run.out())
            .starts_with("checked 2 files (2 networks, 0 registries): 0 errors, 0 warnings")
    );
}

#[test]
fn shift_jis_is_named_with_the_command_to_convert_it_or_read_with_the_flag() {
    let case = Case::new("encoding-shift-jis");
    let run = case.check(&[]);
    run.code(1);
    let out = run.out();
    let file = case.shown("sjis.yaml");
    assert_diag(
        &out,
        "error: file is not UTF-8; it looks like Shift_JIS (CP932) (byte 0x8D)",
        &format!("{file}:1:7"),
        None,
    );
    run.says(&format!(
        "iconv -f CP932 -t UTF-8 '{file}' > tmp && mv tmp '{file}'"
    ))
    .says("--input-encoding shift_jis");
    assert!(!out.contains('\u{fffd}'), "mojibake in {out}");
    assert!(
        summary(&out)
            .starts_with("checked 2 files (1 network, 0 registries, 1 not loaded): 1 error")
    );
    for flag in ["shift_jis", "cp932", "sjis"] {
        let run = case.check(&["--input-encoding", flag]);
        run.code(0);
        assert!(
            summary(&run.out()).starts_with("checked 2 files (2 networks, 0 registries): 0 errors")
        );
    }
    // Both files read right: the Shift_JIS one and the UTF-8 one beside it.
    let dir = case.dir_arg();
    let names = renkei(&[
        "entities",
        &dir,
        "--input-encoding",
        "shift_jis",
        "--format",
        "csv",
    ])
    .out();
    for name in ["広島大学", "高知大学", "山田 太郎"] {
        assert!(names.contains(name), "{name} in {names}");
    }
}

#[test]
fn bytes_invalid_in_the_given_encoding_are_pinpointed() {
    let case = Case::new("encoding-shift-jis");
    let mut bytes = std::fs::read(case.path("sjis.yaml")).unwrap();
    bytes.extend_from_slice(b"    note: \x81\x20\n");
    case.write("sjis.yaml", bytes);
    let run = case.check(&["--input-encoding", "shift_jis"]);
    run.code(1);
    assert_diag(
        &run.out(),
        "error: file is not valid Shift_JIS (CP932) (byte 0x81)",
        &format!("{}:7:11", case.shown("sjis.yaml")),
        None,
    );
    assert!(
        summary(&run.out()).starts_with("checked 2 files (1 network, 0 registries, 1 not loaded)")
    );
}

#[test]
fn euc_jp_is_named_or_read_with_the_flag() {
    let case = Case::new("encoding-euc-jp");
    let run = case.check(&[]);
    run.code(1);
    assert_diag(
        &run.out(),
        "error: file is not UTF-8; it looks like EUC-JP (byte 0xB9)",
        &format!("{}:1:7", case.shown("eucjp.yaml")),
        None,
    );
    run.says("iconv -f EUC-JP -t UTF-8")
        .says("--input-encoding euc-jp");
    let run = case.check(&["--input-encoding", "euc-jp"]);
    run.code(0);
    assert!(
        summary(&run.out()).starts_with("checked 2 files (2 networks, 0 registries): 0 errors")
    );
}

#[test]
fn utf16_with_and_without_bom_is_named_or_read_with_the_flag() {
    let case = Case::new("encoding-utf-16");
    let run = case.check(&[]);
    run.code(1);
    let out = run.out();
    for (file, order, flag) in [
        ("utf16le.yaml", "little-endian", "utf-16le"),
        ("utf16be.yaml", "big-endian", "utf-16be"),
    ] {
        assert_diag(
            &out,
            &format!("error: file is UTF-16 ({order}), but renkei reads UTF-8"),
            &format!("{}:1:1", case.shown(file)),
            None,
        );
        assert!(out.contains(&format!("--input-encoding {flag}")), "{out}");
    }
    run.says("iconv -f UTF-16 -t UTF-8");
    assert!(
        summary(&out)
            .starts_with("checked 3 files (1 network, 0 registries, 2 not loaded): 2 errors")
    );
    // The byte-order mark, or the evident byte order, wins over the flag.
    for flag in ["utf-16le", "utf-16be"] {
        let run = case.check(&["--input-encoding", flag]);
        run.code(0);
        assert!(
            summary(&run.out()).starts_with("checked 3 files (3 networks, 0 registries): 0 errors")
        );
    }
}

#[test]
fn utf32_is_named_never_shift_jis() {
    let case = Case::new("encoding-utf-32");
    for extra in [&[][..], &["--input-encoding", "shift_jis"][..]] {
        let run = case.check(extra);
        run.code(1);
        let out = run.out();
        for (file, order, from) in [
            ("utf32le.yaml", "little-endian", "UTF-32LE"),
            ("utf32be-bom.yaml", "big-endian", "UTF-32"),
        ] {
            let shown = case.shown(file);
            assert_diag(
                &out,
                &format!("error: file is UTF-32 ({order}), but renkei reads UTF-8"),
                &format!("{shown}:1:1"),
                None,
            );
            run.says(&format!(
                "iconv -f {from} -t UTF-8 '{shown}' > tmp && mv tmp '{shown}'"
            ));
        }
        assert!(
            !out.contains("Shift_JIS") && !out.contains("CP932"),
            "{out}"
        );
        assert!(
            summary(&out)
                .starts_with("checked 3 files (1 network, 0 registries, 2 not loaded): 2 errors"),
            "{out}"
        );
    }
}

#[test]
fn invalid_utf8_is_pinpointed_by_line_and_column() {
    let case = Case::new("encoding-invalid-utf8");
    let run = case.check(&[]);
    run.code(1);
    assert_diag(
        &run.out(),
        "error: invalid UTF-8 (byte 0xFF)",
        &format!("{}:5:11", case.shown("damaged.yaml")),
        None,
    );
    run.says("= help: the file is damaged or in an unknown encoding; save it again as UTF-8");
    assert!(
        summary(&run.out())
            .starts_with("checked 2 files (1 network, 0 registries, 1 not loaded): 1 error")
    );
}

/// `FILE:LINE:COLUMN | token | message` for controls.yaml.
const CONTROL_WARNINGS: &[(&str, &str, &str)] = &[
    (
        "3:7",
        "\"高知",
        "`name` contains 2 control characters, the first ESC (U+001B)",
    ),
    (
        "6:10",
        "\"一行目",
        "`summary` contains a control character, ESC (U+001B)",
    ),
    (
        "8:10",
        "\"\\e[2J",
        "`org` contains 2 control characters, the first ESC (U+001B)",
    ),
    (
        "10:13",
        "\"山田",
        "`person` contains a control character, a right-to-left override (U+202E)",
    ),
    (
        "12:12",
        "\"課長",
        "`title` contains a control character, CSI (U+009B)",
    ),
    (
        "13:11",
        "\"委員",
        "`role` contains a control character, BEL (U+0007)",
    ),
    (
        "14:10",
        "高知銀行",
        "`org` contains a control character, a right-to-left override (U+202E)",
    ),
    (
        "16:10",
        "\"改行",
        "`org` contains a control character, a line break (U+000A)",
    ),
    (
        "17:11",
        "\"カーソル",
        "`note` contains a control character, a carriage return (U+000D)",
    ),
];

#[test]
fn control_characters_in_values_are_warnings_and_print_escaped() {
    let case = Case::new("control-chars");
    let run = case.check(&[]);
    run.code(0);
    assert_terminal_safe("check", &run.stdout);
    let out = run.out();
    let file = case.shown("controls.yaml");
    for (at, token, message) in CONTROL_WARNINGS {
        let b = hostile_support::block(&out, &format!("warning: {message}"));
        assert!(b.contains(&format!("--> {file}:{at}")), "{b}");
        assert!(b.lines().nth(3).unwrap().contains(token), "{b}");
    }
    assert!(
        out.contains("Line breaks belong only in `summary` and `note`."),
        "{out}"
    );
    assert!(
        out.contains("renkei prints them escaped (`\\u{1b}`)"),
        "{out}"
    );
    assert!(
        summary(&out)
            .starts_with("checked 2 files (2 networks, 0 registries): 0 errors, 9 warnings"),
        "{out}"
    );
    // The line break in `summary` is allowed; `--deny-warnings` fails.
    assert!(!out.contains("`summary` contains a control character, a line break"));
    case.check(&["--deny-warnings"]).code(1);
    let (code, json) = case.check_json(&[]);
    assert_eq!(code, 0);
    let diags = json["diagnostics"].as_array().unwrap();
    assert_eq!(diags.len(), CONTROL_WARNINGS.len());
    for (d, (at, _, message)) in diags.iter().zip(CONTROL_WARNINGS) {
        assert_eq!(d["message"], *message);
        assert_eq!(format!("{}:{}", d["line"], d["column"]), *at);
    }
}

#[test]
fn a_raw_control_byte_is_a_syntax_error_shown_escaped_where_it_stands() {
    let case = Case::new("raw-control-byte");
    let run = case.check(&[]);
    run.code(1);
    assert_terminal_safe("check", &run.stdout);
    assert_diag(
        &run.out(),
        "error: YAML syntax error: control characters are not allowed",
        &format!("{}:5:11", case.shown("raw.yaml")),
        Some("\\u{1b}"),
    );
    run.says("= help: delete the control character (shown as `\\u{…}`)");
    assert!(
        summary(&run.out())
            .starts_with("checked 2 files (1 network, 0 registries, 1 not loaded): 1 error")
    );
}

#[test]
fn lone_carriage_returns_end_lines_as_the_parsers_count_them() {
    // Found by fuzzing: a lone CR is a line break to both YAML parsers but
    // was not to the snippet, so the column pointed past its line.
    let case = Case::new("lone-cr");
    let run = case.check(&[]);
    run.code(1);
    let out = run.out();
    assert_diag(
        &out,
        "error: YAML syntax error: mapping values are not allowed in this context",
        &format!("{}:2:7", case.shown("cr.yaml")),
        Some(":"),
    );
    assert_diag(
        &out,
        "error: unknown program `kofukinn`",
        &format!("{}:2:10", case.shown("old-mac.yaml")),
        Some("kofukinn"),
    );
    assert!(
        summary(&out)
            .starts_with("checked 3 files (1 network, 0 registries, 2 not loaded): 2 errors")
    );
}

/// A zero-width space or soft hyphen inside 高知大学 used to make a second,
/// identical-looking organisation and lose the bridge.
#[test]
fn invisible_characters_are_warned_about_and_do_not_split_names() {
    let case = Case::new("invisible");
    let run = case.check(&[]);
    run.code(0);
    let out = run.out();
    assert_diag(
        &out,
        "warning: `org` contains an invisible character U+200B",
        &format!("{}:5:10", case.shown("zwsp.yaml")),
        None,
    );
    assert!(
        out.contains("warning: `org` contains an invisible character U+00AD"),
        "{out}"
    );
    let dir = case.dir_arg();
    let run = hostile_support::renkei(&["overlap", &dir]);
    let out = run.out();
    // Both organisations bridge the two networks.
    assert!(out.contains("  good  zwsp    2  0.667  "), "{out}");
}

/// Two names whose bytes are not UTF-8 would both print as `bad�.yaml`;
/// `check` shows the bytes escaped (`\xFF`, `\xFE`), in text and JSON.
#[cfg(unix)]
#[test]
fn file_names_that_are_not_utf8_stay_apart_in_check_output() {
    use std::os::unix::ffi::OsStrExt as _;
    let case = Case::new("odd-paths");
    for b in [0xFF_u8, 0xFE] {
        let bytes = [b'b', b'a', b'd', b, b'.', b'y', b'a', b'm', b'l'];
        let name = std::ffi::OsStr::from_bytes(&bytes);
        if std::fs::write(case.dir.join(name), "name: x\n").is_err() {
            eprintln!("skipped: the file system wants UTF-8 names");
            return;
        }
    }
    let run = case.check(&[]);
    run.code(1);
    let out = run.out();
    assert!(!out.contains('\u{fffd}'), "{out}");
    let head = "error: missing required field `members`; this network is not loaded";
    for name in ["bad\\xFF.yaml", "bad\\xFE.yaml"] {
        let at = format!("{}/{name}:1:1", case.dir_arg());
        assert_diag(&out, head, &at, None);
    }
    let (_, json) = case.check_json(&[]);
    let mut files: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["file"].as_str()?.rsplit('/').next())
        .collect();
    files.dedup();
    assert_eq!(files, ["bad\\xFE.yaml", "bad\\xFF.yaml"]);
}
