//! Acceptance tests of `renkei import`: the member lists of
//! tests/fixtures/import (xlsx, ods, CSV in three encodings) imported
//! against tests/fixtures/import/data, every message of the command, and
//! the round trip from `renkei export contacts --format xlsx`.

#[path = "cli_import/fixtures.rs"]
mod fixtures;
#[path = "cli_import/messages.rs"]
mod messages;
#[path = "cli_import/writing.rs"]
mod writing;

use assert_cmd::Command;
use fixtures::DIR;

const DATA: &str = "tests/fixtures/import/data";
const XLSX: &str = "tests/fixtures/import/委員名簿.xlsx";

/// What a run of renkei printed.
pub struct Run {
    pub code: i32,
    pub out: String,
    pub err: String,
}

/// Runs renkei from the crate root.
pub fn renkei(args: &[&str]) -> Run {
    let out = Command::cargo_bin("renkei")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("RENKEI_DIR")
        .args(args)
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap(),
        out: String::from_utf8(out.stdout).unwrap(),
        err: String::from_utf8(out.stderr).unwrap(),
    }
}

/// `renkei import FILE DATA --program kofukin --prefecture 高知県
/// --dry-run EXTRA…`, which must succeed.
pub fn dry_run(file: &str, extra: &[&str]) -> Run {
    let mut args = vec![
        "import",
        file,
        DATA,
        "--program",
        "kofukin",
        "--prefecture",
        "高知県",
        "--dry-run",
    ];
    args.extend_from_slice(extra);
    let run = renkei(&args);
    assert_eq!(run.code, 0, "{file}: {}", run.err);
    run
}

/// The `members:` block of a dry run's YAML.
pub fn members(out: &str) -> &str {
    let start = out.find("members:\n").expect("a members block");
    let end = out[start..]
        .find("\n\n")
        .expect("a blank line before the report");
    &out[start..start + end]
}

/// The report after a dry run's YAML.
pub fn report(out: &str) -> &str {
    let end = out.find("\n\n").expect("YAML, a blank line, the report");
    &out[end + 2..]
}

#[test]
fn every_format_gives_the_same_members() {
    let xlsx = dry_run(XLSX, &[]);
    assert!(
        xlsx.out
            .starts_with("# Imported by `renkei import` from 委員名簿.xlsx, sheet 委員名簿.\n"),
        "{}",
        xlsx.out
    );
    for (file, from) in [
        ("委員名簿.ods", "委員名簿.ods, sheet 委員名簿"),
        ("委員名簿_utf8.csv", "委員名簿_utf8.csv (UTF-8)"),
        ("委員名簿_bom.csv", "委員名簿_bom.csv (UTF-8 with BOM)"),
        ("委員名簿_cp932.csv", "委員名簿_cp932.csv (CP932)"),
    ] {
        let run = dry_run(&format!("{DIR}/{file}"), &[]);
        assert!(
            run.out
                .starts_with(&format!("# Imported by `renkei import` from {from}.\n")),
            "{file}: {}",
            run.out
        );
        assert_eq!(members(&run.out), members(&xlsx.out), "{file}");
        let stem = file.trim_end_matches(".ods").trim_end_matches(".csv");
        assert!(
            run.out.contains(&format!("\nname: \"{stem}\"\n")),
            "{file}: name from the file"
        );
    }
}

#[test]
fn the_report_lists_columns_skipped_rows_guesses_and_matches() {
    let run = dry_run(XLSX, &[]);
    let expected = "\
tests/fixtures/import/委員名簿.xlsx [委員名簿]: header row 3, columns person=氏名, kana=ふりがな, org=所属, title=役職, role=役割, email=メール, phone=電話, note=備考
skipped rows 6, 7 (empty or a repeated header)
left out rows 13 (no name and no organisation)
  row    4  sector government (官) guessed from `県` in 高知県
  row    5  sector academia (学) guessed from `大学` in 国立大学法人高知大学
  row    8  sector finance (金) guessed from `銀行` in 株式会社高知銀行
  row    9  sector academia (学) guessed from `大学` in 高知工科大学
  row   10  sector industry (産) guessed from `㈱` in ㈱土佐電子工業
  row   11  sector government (官) guessed from `市` in 香美市
matches in tests/fixtures/import/data:
  row    4  existing   山田 太郎（高知県） = person:山田太郎@高知県 (in kochi-council)
  row    5  new        長宗我部 元親之介（国立大学法人高知大学）
  row    8  duplicate? 鈴木 次郎（株式会社高知銀行） ~ 鈴木 次郎 (score 80: same name at 株式会社四国銀行 and at 株式会社高知銀行)
  row    9  duplicate? 高知工科大学 ~ 高知県公立大学法人高知工科大学 (score 90: one name contains the other after removing 高知県公立大学法人)
  row   10  new        田中 美咲（㈱土佐電子工業）
  row   11  new        西村 健（香美市）
  row   12  new        高知県工業会
1 existing, 2 possible duplicates, 4 new
";
    assert_eq!(report(&run.out), expected);
    // A guessed sector is marked in the file; 高知県工業会 gets none.
    assert_eq!(run.out.matches("  # guessed from the name").count(), 6);
    assert!(
        run.out
            .contains("  - org: \"高知県工業会\"\n    role: \"オブザーバー\"\n")
    );
}

#[test]
fn a_sector_column_is_read_not_guessed() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("list.csv");
    std::fs::write(&csv, "氏名,所属,区分\n山田 太郎,高知県工業会,産\n").unwrap();
    let run = dry_run(csv.to_str().unwrap(), &[]);
    assert!(run.out.contains("    sector: industry\n"), "{}", run.out);
    assert!(!run.out.contains("guessed"), "{}", run.out);
}

#[test]
fn typed_cells_come_back_as_text() {
    // The fixture really holds a number and a date cell.
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let mut book: Xlsx<_> = open_workbook(XLSX).unwrap();
    let range = book.worksheet_range("委員名簿").unwrap();
    assert!(matches!(range.get_value((4, 6)), Some(Data::Float(_))));
    assert!(matches!(range.get_value((3, 8)), Some(Data::DateTime(_))));
    for file in [XLSX, "tests/fixtures/import/委員名簿.ods"] {
        let run = dry_run(file, &[]);
        let m = members(&run.out);
        assert!(
            m.contains("    phone: \"0888230000\"\n"),
            "{file}: leading zero kept"
        );
        assert!(
            m.contains("    phone: \"888445566\"\n"),
            "{file}: a number, not 888445566.0"
        );
        assert!(
            m.contains("    note: \"2024-04-01\"\n"),
            "{file}: a date, not 45383"
        );
    }
}

#[test]
fn the_english_sheet_by_name_or_number() {
    let by_name = dry_run(XLSX, &["--sheet", "English"]);
    let by_number = dry_run(XLSX, &["--sheet", "2"]);
    assert_eq!(members(&by_name.out), members(&by_number.out));
    assert!(by_name.out.contains(
        "[English]: header row 1, columns person=Name, org=Organization, title=Title, email=E-mail, phone=Phone\n"
    ), "{}", by_name.out);
    assert!(members(&by_name.out).ends_with("    phone: \"0888230000\""));
    assert!(
        by_name
            .out
            .contains("1 existing, 0 possible duplicates, 0 new\n")
    );
    assert!(
        by_name
            .out
            .starts_with("# Imported by `renkei import` from 委員名簿.xlsx, sheet English.\n")
    );
}
