//! Acceptance tests of `renkei check` (and `stats`, `schema`) on the
//! fixtures in tests/fixtures/: one folder per diagnostic, each with a file
//! that has exactly that problem and, usually, a good file beside it.
//!
//! Every text diagnostic is checked for its message, its exact
//! `FILE:LINE:COLUMN`, the token the column points at, and a caret line
//! that sits under that token (CJK characters are two cells wide).

mod common;

use common::{renkei, run};
use renkei::text::width;
use serde_json::Value;

const FIXTURES: &str = "tests/fixtures";

fn fixture(case: &str) -> String {
    format!("{FIXTURES}/{case}")
}

/// One line per expected diagnostic, in output order:
/// `case | exit code | severity | FILE:LINE:COLUMN | token | message | help`.
/// FILE is relative to the fixture folder; `token` is the text that starts
/// at the column and that the carets underline (empty: no snippet, for
/// whole-file or undecodable files); `help` is part of the `= help:` line.
const EXPECTED: &str = "
missing-name | 1 | error | bad.yaml:2:1 | p | missing required field `name`; this network is not loaded | add the network's official name
missing-program | 1 | error | bad.yaml:2:1 | n | missing required field `program`; this network is not loaded | add `program: kofukin`
missing-prefecture | 1 | error | bad.yaml:1:1 | n | missing required field `prefecture`; this network is not loaded | add `prefecture: 広島県`
missing-members | 1 | error | bad.yaml:2:1 | n | missing required field `members`; this network is not loaded | add `members:`
unknown-program | 1 | error | bad.yaml:3:10 | kofukinn | unknown program `kofukinn` | did you mean `kofukin`?
unknown-prefecture | 1 | error | bad.yaml:3:13 | 広島 | unknown prefecture `広島` | did you mean `広島県`?
unknown-sector | 1 | error | bad.yaml:8:13 | 学 | unknown sector `学` | did you mean `academia`?
org-list | 1 | error | bad.yaml:5:10 | [北海道大学, 北大] | `org` must be text, found a list | add one member per value
era-year | 1 | error | bad.yaml:4:8 | 平成30年 | `since` must be a year as a number (1868–2200), found `平成30年` | write `since: 2018`
members-text | 1 | error | bad.yaml:4:10 | 静岡大学、浜松医科大学、静岡県 | `members` must be a list, found text | one `- org: …`
member-without-org-or-person | 1 | error | bad.yaml:7:5 | title: 理事長 | a member needs `org` or `person`; this one has neither and is skipped | add `org: 機関名`
duplicate-member | 1 | error | bad.yaml:11:5 | org: 名古屋大学 | the same member is listed twice (entries 1 and 4) | delete one of them
duplicate-id | 1 | error | b-kofukin-copy.yaml:2:5 | hiroshima/kofukin | network id `hiroshima/kofukin` is already used by tests/fixtures/duplicate-id/a-kofukin.yaml; this file is not loaded | different `id:`
duplicate-key-top | 1 | error | bad.yaml:4:1 | name | duplicate key `name` | a key may appear once per mapping
duplicate-key-member | 1 | error | bad.yaml:9:5 | org | duplicate key `org` | a key may appear once per mapping
unknown-field | 0 | warning | bad.yaml:4:1 | website | unknown field `website` | known fields here: id, name
unknown-field | 0 | warning | bad.yaml:11:5 | emial | unknown field `emial` | did you mean `email`?
invalid-email | 0 | warning | bad.yaml:11:12 | yamada＠example.jp | `yamada＠example.jp` does not look like an e-mail address: it has a full-width ＠ | half-width
since-after-until | 1 | error | bad.yaml:5:8 | 2019 | `until: 2019` is before `since: 2023` | swap the two years
yaml-syntax | 1 | error | bad.yaml:8:12 | : | YAML syntax error: mapping values are not allowed in this context | check the indentation
two-documents | 1 | error | bad.yaml:9:1 | --- | YAML syntax error: deserializing from YAML containing more than one document is not supported | put each network in its own file
top-level-list | 1 | error | bad.yaml:2:1 | - name: 高知県産学官民連携推進会議 | the top level must be a mapping of fields, found a list | start the file with `name: …`
registry-entry-without-name | 1 | error | registry.yaml:7:5 | aliases: [高知女子大学] | this `organizations` entry has no `name`; it is skipped | add `name: 正式名称`
registry-aliases-mapping | 1 | error | registry.yaml:7:7 | 旧称: 高知女子大学 | `aliases` must be a list of names, found a mapping | write `aliases: [名前1, 名前2]`
shift-jis | 1 | error | bad.yaml:2:7 |  | file is not UTF-8; it looks like Shift_JIS (CP932) (byte 0x8D) | iconv -f CP932 -t UTF-8
utf-16 | 1 | error | bad.yaml:1:1 |  | file is UTF-16 (little-endian), but renkei reads UTF-8 | iconv -f UTF-16 -t UTF-8
empty-file | 1 | error | bad.yaml |  | file is empty | add a network
comments-only | 1 | error | bad.yaml |  | file has only comments, no data | add a network
folder-named-yaml | 0 | warning | kochi.yaml |  | a folder is named like a YAML file; renkei looks inside it | rename the folder
broken-and-good | 1 | error | broken.yaml:2:10 | platfrom | unknown program `platfrom` | did you mean `platform`?
";

struct Expect<'a> {
    code: i32,
    severity: &'a str,
    at: &'a str,
    token: &'a str,
    message: &'a str,
    help: &'a str,
}

fn expected(case: &str) -> Vec<Expect<'static>> {
    let rows: Vec<_> = EXPECTED
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.split(" | ").map(str::trim).collect::<Vec<_>>())
        .filter(|f| f[0] == case)
        .map(|f| Expect {
            code: f[1].parse().unwrap(),
            severity: f[2],
            at: f[3],
            token: f[4],
            message: f[5],
            help: f[6],
        })
        .collect();
    assert!(!rows.is_empty(), "no expectations for {case}");
    rows
}

/// Runs `renkei check` on a fixture, as text and as JSON, and asserts the
/// exit code and that the output holds exactly the expected diagnostics,
/// in order.
fn check_case(case: &str) {
    let expected = expected(case);
    let r = run(&["check", &fixture(case)]);
    let blocks: Vec<&str> = r
        .stdout
        .split("\n\n")
        .filter(|b| b.contains("-->"))
        .collect();
    assert_eq!(blocks.len(), expected.len(), "{case}:\n{}", r.stdout);
    for (block, e) in blocks.iter().zip(&expected) {
        assert_block(case, block, e);
    }
    let code = expected[0].code;
    assert_eq!(r.code, code, "{case}: exit code\n{}{}", r.stdout, r.stderr);
    let errors = expected.iter().filter(|e| e.severity == "error").count();
    let plural = |n, what| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    let warnings = plural(expected.len() - errors, "warning");
    let summary = format!(": {}, {warnings}, ", plural(errors, "error"));
    assert!(
        r.stdout.contains(&summary),
        "{case}: {summary}\n{}",
        r.stdout
    );

    let json = json(case, code);
    assert_eq!(json.len(), expected.len(), "{case}: {json:?}");
    for (d, e) in json.iter().zip(&expected) {
        let (file, pos) = e.at.split_once(':').unwrap_or((e.at, "0:0"));
        assert_eq!(d["severity"], e.severity, "{d}");
        assert_eq!(d["file"], format!("{FIXTURES}/{case}/{file}"), "{d}");
        assert_eq!(format!("{}:{}", d["line"], d["column"]), pos, "{d}");
        assert_eq!(d["message"], e.message, "{d}");
        assert!(d["help"].as_str().unwrap().contains(e.help), "{d}");
    }
}

/// `check --format json`: the diagnostics of a fixture, after checking the
/// report's shape.
fn json(case: &str, code: i32) -> Vec<Value> {
    let r = run(&["check", "--format", "json", &fixture(case)]);
    assert_eq!(r.code, code, "{case}: {}", r.stdout);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(v["suggestions"].is_array(), "{v}");
    let diags = v["diagnostics"].as_array().unwrap().clone();
    for d in &diags {
        for key in ["severity", "file", "line", "column", "message"] {
            assert!(d.get(key).is_some(), "{case}: no `{key}` in {d}");
        }
        assert!(d["line"].is_u64() && d["column"].is_u64(), "{d}");
    }
    diags
}

fn assert_block(case: &str, block: &str, e: &Expect) {
    let lines: Vec<&str> = block.lines().collect();
    assert_eq!(
        lines[0],
        format!("{}: {}", e.severity, e.message),
        "{case}:\n{block}"
    );
    let location = format!("--> {FIXTURES}/{case}/{}", e.at);
    assert_eq!(lines[1].trim_start(), location, "{case}:\n{block}");
    let help = lines
        .iter()
        .find_map(|l| l.trim_start().strip_prefix("= help: "))
        .unwrap_or_else(|| panic!("{case}: no help\n{block}"));
    assert!(help.contains(e.help), "{case}: help `{help}`\n{block}");
    if e.token.is_empty() {
        assert!(
            !block.contains(" | "),
            "{case}: unexpected snippet\n{block}"
        );
        return;
    }
    let mut pos = e.at.rsplit(':').map(|n| n.parse::<usize>().unwrap());
    let (column, line) = (pos.next().unwrap(), pos.next().unwrap());
    let (gutter, source) = lines[3].split_once(" | ").unwrap();
    assert_eq!(
        gutter.trim(),
        line.to_string(),
        "{case}: snippet line\n{block}"
    );
    let before: String = source.chars().take(column - 1).collect();
    let at: String = source.chars().skip(column - 1).collect();
    let token = e.token;
    assert!(
        at.starts_with(token),
        "{case}: column {column} is not at `{token}`\n{block}"
    );
    let (_, marker) = lines[4].split_once(" | ").unwrap();
    let carets = format!("{}{}", " ".repeat(width(&before)), "^".repeat(width(token)));
    assert_eq!(marker, carets, "{case}: caret not under `{token}`\n{block}");
}

/// Fixture folders that belong to other test files.
const OTHER_SUITES: &[&str] = &[
    "suggestions",
    "export",
    "hostile",
    "registry",
    "seed",
    "tui",
    "views",
    "import",
    "readings",
];

/// One test per fixture folder, so a failure names its case.
macro_rules! cases {
    ($($test:ident: $case:literal,)*) => {
        $(#[test] fn $test() { check_case($case); })*

        #[test]
        fn every_fixture_folder_has_a_test() {
            let tested = [$($case),*];
            for entry in std::fs::read_dir(FIXTURES).unwrap().map(Result::unwrap) {
                if !entry.file_type().unwrap().is_dir() {
                    continue;
                }
                let name = entry.file_name().into_string().unwrap();
                if OTHER_SUITES.contains(&name.as_str()) {
                    continue;
                }
                assert!(tested.contains(&name.as_str()), "fixture {name} is not tested");
            }
        }
    };
}

cases! {
    missing_name: "missing-name",
    missing_program: "missing-program",
    missing_prefecture: "missing-prefecture",
    missing_members: "missing-members",
    unknown_program_suggests_kofukin: "unknown-program",
    unknown_prefecture_suggests_the_full_name: "unknown-prefecture",
    japanese_sector_label_suggests_the_id: "unknown-sector",
    a_list_where_text_belongs_is_one_error: "org-list",
    era_year_gets_the_western_year_as_hint: "era-year",
    members_given_as_text: "members-text",
    member_with_neither_org_nor_person: "member-without-org-or-person",
    the_same_member_twice_points_at_the_second: "duplicate-member",
    duplicate_network_ids_name_both_files: "duplicate-id",
    duplicate_top_level_key_points_at_the_second: "duplicate-key-top",
    duplicate_member_key_points_at_the_second: "duplicate-key-member",
    unknown_fields_are_warnings_with_a_hint: "unknown-field",
    full_width_at_sign_in_email_is_a_warning: "invalid-email",
    until_before_since_points_at_until: "since-after-until",
    over_indented_key_gets_an_indentation_hint: "yaml-syntax",
    a_list_at_the_top_level_is_rejected: "top-level-list",
    the_second_document_is_pointed_at: "two-documents",
    registry_entry_without_name: "registry-entry-without-name",
    registry_aliases_as_a_mapping: "registry-aliases-mapping",
    shift_jis_is_named_with_the_first_bad_byte: "shift-jis",
    utf16_is_named: "utf-16",
    empty_file: "empty-file",
    comment_only_file: "comments-only",
    folder_named_like_a_yaml_file_is_read_with_a_warning: "folder-named-yaml",
    one_broken_file_does_not_hide_the_good_one: "broken-and-good",
}

/// `case | summary line`: the good files beside the broken ones load.
const SUMMARIES: &str = "
duplicate-id | checked 2 files (1 network, 0 registries, 1 not loaded): 1 error
registry-entry-without-name | checked 2 files (1 network, 1 registry): 1 error
folder-named-yaml | checked 1 file (1 network, 0 registries): 0 errors, 1 warning
unknown-field | checked 2 files (2 networks, 0 registries): 0 errors, 2 warnings
broken-and-good | checked 2 files (1 network, 0 registries, 1 not loaded): 1 error
";

#[test]
fn good_files_beside_the_broken_ones_still_load() {
    for (case, summary) in SUMMARIES.lines().filter_map(|l| l.split_once(" | ")) {
        let r = run(&["check", &fixture(case)]);
        assert!(r.stdout.contains(summary), "{case}: {}", r.stdout);
    }
    // Never mojibake: the undecodable Shift_JIS line is not echoed.
    let sjis = run(&["check", &fixture("shift-jis")]).stdout;
    assert!(!sjis.contains('\u{fffd}'), "{sjis}");
}

#[test]
fn warnings_fail_only_with_deny_warnings() {
    assert_eq!(run(&["check", &fixture("unknown-field")]).code, 0);
    assert_eq!(
        run(&["check", "--deny-warnings", &fixture("unknown-field")]).code,
        1
    );
}

#[test]
fn stats_counts_the_good_network_and_exits_1() {
    let stats = run(&["stats", "--format", "json", &fixture("broken-and-good")]);
    assert_eq!(stats.code, 1, "{}", stats.stderr);
    let v: Value = serde_json::from_str(&stats.stdout).unwrap();
    assert_eq!(v["networks"], 1);
    assert_eq!(v["failed_files"], 1);
    assert_eq!(v["by_prefecture"][0][0], "広島県");
    assert!(
        stats.stderr.contains("unknown program `platfrom`"),
        "{}",
        stats.stderr
    );
    let text = run(&["stats", &fixture("broken-and-good")]);
    assert_eq!(text.code, 1);
    assert!(text.stdout.contains("広島県"), "{}", text.stdout);
}

#[test]
fn missing_directory_is_a_usage_error() {
    let r = run(&["check", "tests/fixtures/no-such-folder"]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr.trim(),
        "renkei: tests/fixtures/no-such-folder: no such directory"
    );
    assert!(r.stdout.is_empty());
    let r = run(&["check", "tests/fixtures/unknown-program/bad.yaml"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("not a directory"), "{}", r.stderr);
}

#[test]
fn schema_is_valid_json() {
    let r = run(&["schema"]);
    assert_eq!(r.code, 0);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(v["$schema"].as_str().unwrap().contains("json-schema.org"));
    assert_eq!(v["type"], "object", "the top level of a file is a mapping");
}

#[test]
fn the_seed_data_checks_clean() {
    let r = run(&["check", "tests/fixtures/seed"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(
        r.stdout
            .ends_with(": 0 errors, 0 warnings, 0 possible duplicates\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let case = fixture("unknown-program");
    assert!(
        !run(&["check", &case]).stdout.contains('\x1b'),
        "piped output is plain"
    );
    assert!(
        run(&["check", "--color", "always", &case])
            .stdout
            .contains("\x1b[1;31merror")
    );
    let never = renkei()
        .args(["check", "--color", "never", &case])
        .output()
        .unwrap();
    assert!(!never.stdout.contains(&0x1b));
    // An explicit `--color always` wins over NO_COLOR.
    let forced = renkei()
        .env("NO_COLOR", "1")
        .args(["check", "--color", "always", &case])
        .output()
        .unwrap();
    assert!(forced.stdout.contains(&0x1b));
}

/// Runs `renkei check` on a pseudo-terminal through util-linux `script`;
/// `None` when that is not possible here.
fn on_terminal(no_color: bool) -> Option<String> {
    let bin = assert_cmd::cargo::cargo_bin("renkei");
    let cmdline = format!("'{}' check {}", bin.display(), fixture("unknown-program"));
    let mut cmd = std::process::Command::new("script");
    cmd.args(["-qec", &cmdline, "/dev/null"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR");
    if no_color {
        cmd.env("NO_COLOR", "1");
    }
    let out = cmd.output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.contains("unknown program").then_some(text)
}

#[test]
fn no_color_disables_automatic_colour() {
    let Some(coloured) = on_terminal(false) else {
        eprintln!("skipped: no pseudo-terminal (util-linux `script`) available");
        return;
    };
    assert!(
        coloured.contains('\x1b'),
        "a terminal gets colour: {coloured:?}"
    );
    let plain = on_terminal(true).unwrap();
    assert!(!plain.contains('\x1b'), "NO_COLOR: {plain:?}");
}
