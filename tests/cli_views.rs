//! `renkei table` and `renkei matrix` on tests/fixtures/views (four 高知県
//! networks across three programs, long Japanese names, a keyperson and a
//! bank present through its president, plus one 徳島県 network): snapshots
//! of every format, widths that fit, and the JSON contract.

mod common;

use common::run;
use serde_json::Value;

const DIR: &str = "tests/fixtures/views";

fn ok(args: &[&str]) -> String {
    let r = run(args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.stdout
}

fn cells(s: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    s.width()
}

#[test]
fn table_text_fits_80_and_200_cells() {
    for (w, name) in [(80, "table_text_80"), (200, "table_text_200")] {
        let out = ok(&[
            "table",
            DIR,
            "--prefecture",
            "高知県",
            "--width",
            &w.to_string(),
        ]);
        for line in out.lines() {
            assert!(cells(line) <= w, "{} cells > {w}: {line}", cells(line));
        }
        insta::assert_snapshot!(name, out);
    }
}

#[test]
fn table_markdown_csv_json() {
    let args = ["table", DIR, "--prefecture", "高知県", "--format"];
    insta::assert_snapshot!("table_markdown", ok(&[&args[..], &["markdown"]].concat()));
    insta::assert_snapshot!("table_csv", ok(&[&args[..], &["csv"]].concat()));
    insta::assert_snapshot!("table_json", ok(&[&args[..], &["json"]].concat()));
}

#[test]
fn table_json_contract() {
    let v: Value = serde_json::from_str(&ok(&[
        "table",
        DIR,
        "--prefecture",
        "高知県",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(v["scope"], "高知県 (4 networks)");
    let programs: Vec<&str> = v["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["program"].as_str().unwrap())
        .collect();
    assert_eq!(programs, ["kofukin", "coi-next", "platform"]);
    // The three bodies the Cabinet Office table shows in every column.
    for col in v["columns"].as_array().unwrap() {
        for net in col["networks"].as_array().unwrap() {
            let members: Vec<&Value> = net["groups"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|g| g["members"].as_array().unwrap())
                .collect();
            let names: Vec<&str> = members
                .iter()
                .map(|m| m["name"].as_str().unwrap())
                .collect();
            assert!(names.contains(&"高知大学"), "{names:?}");
            assert!(names.contains(&"高知県"), "{names:?}");
        }
    }
    let platform = &v["columns"][2]["networks"][0];
    let bank = platform["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["sector"] == "finance")
        .unwrap();
    assert_eq!(bank["members"][0]["direct"], false);
    assert_eq!(bank["members"][0]["via"][0], "取締役頭取");
    assert_eq!(bank["members"][0]["networks"], 2);
}

#[test]
fn table_sector_filter_and_narrow_width() {
    let out = ok(&[
        "table",
        DIR,
        "--prefecture",
        "高知県",
        "--sector",
        "academia",
        "--width",
        "40",
    ]);
    assert!(out.contains("column 1 of 3"), "{out}");
    assert!(!out.contains("高知県\n"), "{out}");
    for line in out.lines() {
        assert!(cells(line) <= 40, "{line}");
    }
}

#[test]
fn matrix_text_fits_and_puts_bridges_first() {
    let out = ok(&["matrix", DIR, "--prefecture", "高知県", "--width", "80"]);
    for line in out.lines() {
        assert!(cells(line) <= 80, "{line}");
    }
    insta::assert_snapshot!("matrix_text_80", out);
}

#[test]
fn matrix_markdown_csv_json() {
    let args = ["matrix", DIR, "--prefecture", "高知県", "--format"];
    insta::assert_snapshot!("matrix_markdown", ok(&[&args[..], &["markdown"]].concat()));
    insta::assert_snapshot!("matrix_csv", ok(&[&args[..], &["csv"]].concat()));
    insta::assert_snapshot!("matrix_json", ok(&[&args[..], &["json"]].concat()));
}

#[test]
fn matrix_json_contract() {
    let v: Value = serde_json::from_str(&ok(&[
        "matrix",
        DIR,
        "--network",
        "kochi/kofukin,kochi/platform",
        "--format",
        "json",
    ]))
    .unwrap();
    let ids: Vec<&str> = v["networks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["kochi/kofukin", "kochi/platform"]);
    let rows = v["rows"].as_array().unwrap();
    let counts: Vec<u64> = rows.iter().map(|r| r["count"].as_u64().unwrap()).collect();
    assert!(
        counts.is_sorted_by(|a, b| a >= b),
        "bridges first: {counts:?}"
    );
    let bank = rows
        .iter()
        .find(|r| r["name"] == "株式会社四国銀行")
        .unwrap();
    assert_eq!(bank["cells"][0]["in"], "direct");
    assert_eq!(bank["cells"][1]["in"], "via");
    assert_eq!(bank["cells"][1]["via"][0], "取締役頭取");
}

#[test]
fn an_unknown_network_fails_with_a_hint() {
    let r = run(&["matrix", DIR, "--network", "kochi/kofukn"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("did you mean `kochi/kofukin`"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.is_empty());
}
