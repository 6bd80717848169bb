//! `renkei check` in both languages: snapshots of the text output on the
//! bad-input fixtures in Japanese and English, how the language is chosen
//! (`--lang` over `LC_ALL`/`LC_MESSAGES`/`LANG`), and the JSON contract
//! that stays English with a stable `code` whatever the language.

mod common;

use common::renkei;
use serde_json::Value;

/// Fixture folders with one kind of bad input each.
const CASES: &[&str] = &[
    "unknown-program",
    "unknown-prefecture",
    "unknown-sector",
    "unknown-field",
    "duplicate-member",
    "duplicate-key-top",
    "duplicate-id",
    "missing-name",
    "missing-members",
    "members-text",
    "member-without-org-or-person",
    "org-list",
    "era-year",
    "since-after-until",
    "invalid-email",
    "yaml-syntax",
    "two-documents",
    "top-level-list",
    "registry-entry-without-name",
    "registry-aliases-mapping",
    "shift-jis",
    "utf-16",
    "empty-file",
    "comments-only",
    "folder-named-yaml",
    "suggestions",
];

/// `renkei check` on a fixture, with the language given as arguments and
/// environment, colour off.
fn check(case: &str, args: &[&str], env: &[(&str, &str)]) -> (i32, String) {
    let mut cmd = renkei();
    cmd.arg("check")
        .arg(format!("tests/fixtures/{case}"))
        .args(args)
        .env("NO_COLOR", "1");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[test]
fn check_output_in_japanese_and_english() {
    for case in CASES {
        let (code_ja, ja) = check(case, &["--lang", "ja"], &[]);
        let (code_en, en) = check(case, &["--lang", "en"], &[]);
        assert_eq!(
            code_ja, code_en,
            "{case}: the language changed the exit code"
        );
        insta::assert_snapshot!(format!("{case}_ja"), ja);
        insta::assert_snapshot!(format!("{case}_en"), en);
    }
}

#[test]
fn japanese_output_is_japanese_throughout() {
    let (_, ja) = check("unknown-program", &["--lang", "ja"], &[]);
    assert!(
        ja.starts_with("エラー: 事業「kofukinn」は定義されていません\n"),
        "{ja}"
    );
    assert!(
        ja.contains("= ヒント: 「kofukin」ではありませんか？"),
        "{ja}"
    );
    assert!(ja.contains("ファイルを確認しました"), "{ja}");
    for english in [
        "error:",
        "help:",
        "unknown program",
        "did you mean",
        "checked",
    ] {
        assert!(!ja.contains(english), "{english} left in: {ja}");
    }
    let (_, dup) = check("duplicate-member", &["--lang", "ja"], &[]);
    assert!(dup.contains("構成員が重複しています"), "{dup}");
}

#[test]
fn lang_ja_in_the_environment_picks_japanese_and_the_flag_overrides_it() {
    let ja_env = [("LANG", "ja_JP.UTF-8")];
    let (_, from_env) = check("unknown-program", &[], &ja_env);
    assert!(from_env.starts_with("エラー: "), "{from_env}");
    let (_, flag) = check("unknown-program", &["--lang", "en"], &ja_env);
    assert!(
        flag.starts_with("error: unknown program `kofukinn`"),
        "{flag}"
    );
    // LC_ALL comes first; LC_MESSAGES before LANG.
    let (_, all) = check(
        "unknown-program",
        &[],
        &[("LC_ALL", "C"), ("LANG", "ja_JP.UTF-8")],
    );
    assert!(all.starts_with("error: "), "{all}");
    let (_, messages) = check(
        "unknown-program",
        &[],
        &[("LC_MESSAGES", "ja_JP.UTF-8"), ("LANG", "en_US.UTF-8")],
    );
    assert!(messages.starts_with("エラー: "), "{messages}");
    let (_, none) = check("unknown-program", &[], &[]);
    assert!(none.starts_with("error: "), "{none}");
}

#[test]
fn json_keeps_english_text_and_gains_a_stable_code() {
    for lang in ["ja", "en"] {
        let (_, out) = check(
            "unknown-program",
            &["--lang", lang, "--format", "json"],
            &[],
        );
        let v: Value = serde_json::from_str(&out).unwrap();
        let d = &v["diagnostics"][0];
        assert_eq!(d["code"], "unknown-program", "{out}");
        assert_eq!(d["message"], "unknown program `kofukinn`", "{out}");
        assert!(
            d["help"]
                .as_str()
                .unwrap()
                .starts_with("did you mean `kofukin`?")
        );
    }
    let (_, out) = check(
        "duplicate-member",
        &["--format", "json", "--lang", "ja"],
        &[],
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["diagnostics"][0]["code"], "duplicate-member", "{out}");
    let (_, out) = check("suggestions", &["--format", "json", "--lang", "ja"], &[]);
    let v: Value = serde_json::from_str(&out).unwrap();
    let s = &v["suggestions"][0];
    assert!(
        s["reason_code"].as_str().unwrap().starts_with("reason-"),
        "{out}"
    );
    // Machine-readable output does not depend on the language at all.
    for case in CASES {
        let (_, ja) = check(case, &["--format", "json", "--lang", "ja"], &[]);
        let (_, en) = check(case, &["--format", "json"], &[("LANG", "en_US.UTF-8")]);
        assert_eq!(ja, en, "{case}");
    }
}

#[test]
fn every_command_takes_the_lang_flag() {
    let out = renkei()
        .args(["stats", "tests/fixtures/unknown-program", "--lang", "ja"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stdout.contains("都道府県・事業別のネットワーク数"),
        "{stdout}"
    );
    assert!(stderr.starts_with("エラー: "), "{stderr}");
    assert!(stderr.contains("ファイルを確認しました"), "{stderr}");
    let out = renkei().args(["check", "--lang", "fr"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn help_is_japanese_under_ja() {
    let out = renkei()
        .args(["check", "--help"])
        .env("LANG", "ja_JP.UTF-8")
        .output()
        .unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("使い方: renkei check"), "{help}");
    assert!(help.contains("警告も問題として扱います"), "{help}");
    let out = renkei()
        .args(["check", "--help", "--lang", "en"])
        .env("LANG", "ja_JP.UTF-8")
        .output()
        .unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("Treat warnings as problems too"), "{help}");
}
