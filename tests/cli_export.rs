//! Acceptance tests of `renkei export`: every format is read back with a
//! real parser (the csv crate, roxmltree, serde_json, a strict RFC 2426
//! reader), tricky Japanese text survives, outputs are deterministic
//! (insta snapshots), and files are written whole or not at all.

use std::collections::BTreeMap;
use std::path::Path;

use assert_cmd::Command;

#[path = "cli_export/estimates.rs"]
mod estimates;
#[path = "cli_export/files.rs"]
mod files;
#[path = "cli_export/graphs.rs"]
mod graphs;
#[path = "cli_export/readers.rs"]
mod readers;

use readers::{BOM, assert_no_formula_cell, read_csv, read_vcards, text};

const TRICKY: &str = "tests/fixtures/export/tricky";
const SMALL: &str = "tests/fixtures/export/small";
/// The 44 networks first bundled, frozen so the bundled data can grow.
const SEED: &str = "tests/fixtures/seed";

struct Run {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn run_in(dir: &Path, args: &[&str]) -> Run {
    let out = Command::cargo_bin("renkei")
        .unwrap()
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap(),
        stdout: out.stdout,
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// Runs an export that must succeed cleanly and returns its bytes.
fn export(args: &[&str]) -> Vec<u8> {
    let r = run(args);
    assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    r.stdout
}

// ---------------------------------------------------------------- CSV

fn row_of<'a>(rows: &'a [Vec<String>], name: &str) -> &'a [String] {
    rows.iter()
        .find(|r| r[0] == name)
        .unwrap_or_else(|| panic!("no row for {name:?}"))
}

#[test]
fn csv_of_the_seed_networks_opens_in_excel() {
    let rows = read_csv(&export(&["export", "contacts", SEED]), true);
    assert!(rows.len() > 100, "{} rows", rows.len());
    assert_no_formula_cell(&rows);
    // Sorted by sector: 学, 官, 産, 金, 他, unknown last.
    let order = ["学", "官", "産", "金", "他", ""];
    let ranks: Vec<usize> = rows
        .iter()
        .map(|r| order.iter().position(|s| *s == r[4]).unwrap())
        .collect();
    assert!(ranks.is_sorted(), "sector order");
    let kochi = read_csv(
        &export(&[
            "export",
            "contacts",
            SEED,
            "--network",
            "kochi/kofukin,kochi/platform",
        ]),
        true,
    );
    let kochi_univ: Vec<_> = kochi.iter().filter(|r| r[2] == "高知大学").collect();
    assert_eq!(kochi_univ.len(), 1, "deduplicated across networks");
    assert_eq!(kochi_univ[0][8], "担当者未登録");
    assert_eq!(
        kochi_univ[0][5].lines().count(),
        2,
        "{:?}",
        kochi_univ[0][5]
    );
}

#[test]
fn csv_keeps_tricky_japanese_text_and_neutralises_formulas() {
    let rows = read_csv(&export(&["export", "contacts", TRICKY]), true);
    assert_no_formula_cell(&rows);
    let yamada = row_of(&rows, "山田, 太郎");
    assert_eq!(yamada[2], "株式会社\"引用\"商事");
    assert_eq!(yamada[3], "代表取締役,社長;CEO");
    assert_eq!(
        yamada[5],
        "合同会議, \"テスト\"協議会（委員長）\nテスト・フォーラム（副会長）"
    );
    assert_eq!(yamada[7], "'+81-88-000-0000");
    assert_eq!(yamada[8], "1行目, \"引用\"\n2行目\\終わり");
    assert_eq!(rows.iter().filter(|r| r[0].starts_with("山田")).count(), 1);
    let suzuki = row_of(&rows, "鈴木\n花子");
    assert_eq!(suzuki[8], "'=HYPERLINK(\"http://evil.example\",\"click\")");
    assert_eq!(row_of(&rows, "𠮷田 一郎")[3], "'+cmd|' /C calc'!A0");
    assert_eq!(row_of(&rows, "𠮷田 一郎")[8], "'@SUM(1+1)");
    let emoji = row_of(&rows, "絵文字 太郎");
    assert_eq!(
        (emoji[2].as_str(), emoji[3].as_str()),
        ("株式会社😀ラボ", "'－1＋1")
    );
    assert_eq!(emoji[8], "'＝1+1");
    // The registry fills 佐藤's blanks; terminal escapes become visible.
    let sato = row_of(&rows, "佐藤 次郎");
    assert_eq!(sato[1..4], ["さとう じろう", "高知県", "'-1+1"]);
    assert_eq!(sato[6..8], ["sato@example.jp", "088-111-2222"]);
    assert_eq!(sato[8], "危険\\u{1b}[31m文字\\u{202e}と\\u{7}ベル");
    // 四国銀行 has nobody listed anywhere.
    let banks: Vec<_> = rows.iter().filter(|r| r[2] == "四国銀行").collect();
    assert_eq!(banks.len(), 1);
    assert_eq!(banks[0][8], "担当者未登録");
    // 高知県 has 佐藤 and 𠮷田 in the council but nobody in the forum, where
    // it is the 幹事自治体: its own row lists just the forum.
    let kochi: Vec<_> = rows
        .iter()
        .filter(|r| r[2] == "高知県" && r[0].is_empty())
        .collect();
    assert_eq!(kochi.len(), 1);
    assert_eq!(kochi[0][5], "テスト・フォーラム（幹事自治体）");
    assert_eq!(kochi[0][8], "担当者未登録");
}

#[test]
fn dash_output_is_stdout_and_never_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("renkei")
        .unwrap()
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .current_dir(dir.path())
        .args(["export", "contacts"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join(TRICKY))
        .args(["--format", "csv", "-o", "-"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("氏名,ふりがな,所属"));
    assert!(!dir.path().join("-").exists());
}

#[test]
fn csv_utf8_has_no_bom_but_crlf() {
    let rows = read_csv(
        &export(&["export", "contacts", TRICKY, "--encoding", "utf-8"]),
        false,
    );
    assert_eq!(row_of(&rows, "𠮷田 一郎")[1], "よしだ いちろう");
}

#[test]
fn shift_jis_names_the_row_and_column_it_cannot_write() {
    let r = run(&[
        "export",
        "contacts",
        TRICKY,
        "--network",
        "council",
        "--encoding",
        "shift_jis",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty(), "nothing written");
    assert!(
        r.stderr.contains("row 5, column 氏名: `𠮷` (U+20BB7)"),
        "{}",
        r.stderr
    );
    let r = run(&[
        "export",
        "contacts",
        TRICKY,
        "--network",
        "forum",
        "--encoding",
        "shift_jis",
    ]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("row 4, column 所属: `😀` (U+1F600)"),
        "{}",
        r.stderr
    );
}

#[test]
fn shift_jis_round_trips_through_cp932() {
    let sjis = export(&["export", "contacts", SMALL, "--encoding", "shift_jis"]);
    let utf8 = export(&["export", "contacts", SMALL, "--encoding", "utf-8"]);
    assert!(!sjis.starts_with(BOM));
    let (decoded, _, had_errors) = encoding_rs::SHIFT_JIS.decode(&sjis);
    assert!(!had_errors);
    // 〜 (WAVE DASH) is written as CP932's 0x8160, which Windows reads as ～.
    assert_eq!(decoded, text(&utf8).replace('〜', "～"));
    assert_eq!(read_csv(decoded.as_bytes(), false).len(), 6);
}

// ---------------------------------------------------------------- vCard

fn card_named<'a>(
    cards: &'a [BTreeMap<String, Vec<String>>],
    fn_: &str,
) -> &'a BTreeMap<String, Vec<String>> {
    cards
        .iter()
        .find(|c| c["FN"][0] == fn_)
        .unwrap_or_else(|| panic!("no card {fn_:?}"))
}

#[test]
fn vcards_follow_rfc_2426_and_keep_tricky_text() {
    let cards = read_vcards(&export(&[
        "export", "contacts", TRICKY, "--format", "vcard",
    ]));
    assert_eq!(cards.len(), 8);
    let yamada = card_named(&cards, "山田, 太郎");
    assert_eq!(yamada["N"], ["山田,;太郎;;;"]);
    assert_eq!(yamada["ORG"], ["株式会社\"引用\"商事"]);
    assert_eq!(yamada["TITLE"], ["代表取締役,社長;CEO"]);
    assert_eq!(yamada["X-PHONETIC-LAST-NAME"], ["やまだ"]);
    assert_eq!(yamada["X-PHONETIC-FIRST-NAME"], ["たろう"]);
    assert_eq!(yamada["SORT-STRING"], ["やまだ たろう"]);
    assert_eq!(yamada["EMAIL;TYPE=INTERNET"], ["yamada@example.jp"]);
    assert_eq!(yamada["TEL;TYPE=WORK,VOICE"], ["+81-88-000-0000"]);
    assert_eq!(
        yamada["NOTE"],
        [
            "合同会議, \"テスト\"協議会（委員長）\nテスト・フォーラム（副会長）\n1行目, \"引用\"\n2行目\\終わり"
        ]
    );
    let suzuki = card_named(&cards, "鈴木\n花子");
    assert_eq!(suzuki["ORG"], ["高知大学"]);
    let position = card_named(&cards, "高知大学 学長; 理事長");
    assert_eq!(position["N"], [";;;;"]);
    assert_eq!(position["TITLE"], ["学長; 理事長"]);
    let bank = card_named(&cards, "四国銀行");
    assert!(bank["NOTE"][0].starts_with("担当者未登録\n"));
    assert_eq!(card_named(&cards, "𠮷田 一郎")["N"], ["𠮷田;一郎;;;"]);
    assert_eq!(card_named(&cards, "絵文字 太郎")["ORG"], ["株式会社😀ラボ"]);
}

#[test]
fn vcards_of_the_seed_networks_are_well_formed() {
    let cards = read_vcards(&export(&["export", "contacts", SEED, "--format", "vcard"]));
    assert!(cards.len() > 100);
}

// ---------------------------------------------------------------- Markdown

#[test]
fn markdown_is_one_table_row_per_contact() {
    let md = export(&["export", "contacts", TRICKY, "--format", "markdown"]);
    let md = text(&md);
    let rows: Vec<&str> = md.lines().filter(|l| l.starts_with("| ")).collect();
    assert_eq!(rows.len(), 2 + 8, "{md}");
    for row in &rows {
        let cells = row.replace("\\|", "").matches('|').count();
        // 6 leading columns, one per network (2), 出欠.
        assert_eq!(cells, 10, "{row}");
    }
    assert!(md.contains("| 鈴木 ／ 花子 |"), "{md}");
    assert!(!md.contains("<br>"), "no raw HTML: {md}");
    assert!(md.contains("（担当者未登録）"));
    assert!(md.ends_with("計 8 件\n"));
}

/// pandoc (when installed; always under CI) converts the table to a Word
/// document and back to plain text with every network's role in its own
/// cell.
#[test]
fn pandoc_keeps_networks_in_separate_cells() {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    if std::process::Command::new("pandoc")
        .arg("--version")
        .output()
        .is_err()
    {
        assert!(!ci, "pandoc is required under CI=true");
        eprintln!("skipped: pandoc not installed");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let md = tmp.path().join("出席者名簿.md");
    let docx = tmp.path().join("出席者名簿.docx");
    std::fs::write(
        &md,
        export(&[
            "export",
            "contacts",
            "tests/fixtures/export/excel",
            "--format",
            "markdown",
        ]),
    )
    .unwrap();
    let ok = std::process::Command::new("pandoc")
        .arg(&md)
        .arg("-o")
        .arg(&docx)
        .status()
        .unwrap();
    assert!(ok.success());
    let plain = std::process::Command::new("pandoc")
        .arg(&docx)
        .args(["-t", "plain", "--columns", "400"])
        .output()
        .unwrap();
    let plain = String::from_utf8(plain.stdout).unwrap();
    let yamada = plain.lines().find(|l| l.contains("山田 太郎")).unwrap();
    let cells: Vec<&str> = yamada
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(
        cells,
        [
            "3",
            "官",
            "高知県",
            "商工労働部長",
            "山田 太郎",
            "やまだ たろう",
            "会長",
            "委員"
        ],
        "{plain}"
    );
}

// ---------------------------------------------------------------- determinism

/// Shows CR and the BOM so a snapshot pins the exact bytes.
fn visible(bytes: &[u8]) -> String {
    let s = text(bytes);
    let s = s
        .strip_prefix('\u{feff}')
        .map_or(s.to_owned(), |r| format!("<BOM>{r}"));
    s.replace('\r', "␍")
}

#[test]
fn exports_are_deterministic_snapshots() {
    let cases: [(&str, &[&str]); 8] = [
        ("contacts_csv", &["contacts", "--format", "csv"]),
        ("contacts_vcard", &["contacts", "--format", "vcard"]),
        ("contacts_markdown", &["contacts", "--format", "markdown"]),
        ("graph_graphml", &["graph", "--format", "graphml"]),
        ("graph_gexf", &["graph", "--format", "gexf"]),
        ("graph_dot", &["graph", "--format", "dot"]),
        ("graph_json", &["graph", "--format", "json"]),
        ("tricky_csv", &["contacts", "--encoding", "utf-8"]),
    ];
    for (name, args) in cases {
        let dir = if name.starts_with("tricky") {
            TRICKY
        } else {
            SMALL
        };
        let mut full = vec!["export", args[0], dir];
        full.extend(&args[1..]);
        let first = export(&full);
        assert_eq!(first, export(&full), "{name}: same data, same bytes");
        insta::assert_snapshot!(name, visible(&first));
    }
    let sjis = export(&["export", "contacts", SMALL, "--encoding", "shift_jis"]);
    insta::assert_snapshot!(
        "contacts_csv_shift_jis",
        visible(encoding_rs::SHIFT_JIS.decode(&sjis).0.as_bytes())
    );
}

#[test]
fn titles_from_different_networks_name_their_network() {
    let rows = read_csv(
        &export(&["export", "contacts", "tests/fixtures/export/excel"]),
        true,
    );
    let sato = row_of(&rows, "佐藤 花子");
    assert_eq!(
        sato[3],
        "理事・副学長（高知県地方大学・地域産業創生交付金事業推進協議会）\n\
         副学長 (2019時点)（高知地域連携プラットフォーム、〜2023）"
    );
    let md = export(&[
        "export",
        "contacts",
        "tests/fixtures/export/excel",
        "--format",
        "vcard",
    ]);
    // A card has one TITLE: the current one.
    assert!(
        text(&md).contains("TITLE:理事・副学長\r\n"),
        "{}",
        text(&md)
    );
}

#[test]
fn organisations_sort_in_gojuon_order_by_their_reading() {
    let rows = read_csv(
        &export(&["export", "contacts", "tests/fixtures/export/excel"]),
        true,
    );
    let orgs: Vec<&str> = rows.iter().map(|r| r[2].as_str()).collect();
    // 高知工科大学 (こうちこうか…) before 高知大学 (こうちだい…), although
    // 工 comes after 大 in code-point order; 株式会社オーテック sorts under
    // オ; 土佐電子工業株式会社 has no reading and comes after the read names.
    assert_eq!(
        orgs,
        [
            "高知工科大学",
            "高知大学",
            "高知県",
            "株式会社オーテック",
            "一般社団法人高知県工業会",
            "土佐電子工業株式会社",
            "株式会社四国銀行",
        ]
    );
}
