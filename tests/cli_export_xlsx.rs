//! Acceptance tests of `renkei export contacts --format xlsx`: the workbook
//! is read back with calamine (cell types and values) and, where
//! LibreOffice is installed (always under CI), converted to CSV by
//! `soffice --headless`, and every cell must equal the value in the YAML.

use std::io::{Cursor, Read};
use std::path::Path;
use std::process::Command as Process;

use assert_cmd::Command;
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};

const EXCEL: &str = "tests/fixtures/export/excel";
const NET1: &str = "高知県地方大学・地域産業創生交付金事業推進協議会";
const NET2: &str = "高知地域連携プラットフォーム";

fn export(args: &[&str]) -> (i32, Vec<u8>, String) {
    let out = Command::cargo_bin("renkei")
        .unwrap()
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        out.stdout,
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn workbook() -> Vec<u8> {
    let (code, bytes, err) = export(&["export", "contacts", EXCEL, "--format", "xlsx"]);
    assert_eq!(code, 0, "{err}");
    bytes
}

/// Every cell of a sheet as text, failing on a cell that is not a string
/// (a number, a date or a formula result would be one).
fn sheet(bytes: &[u8], name: &str) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    let range = book.worksheet_range(name).unwrap();
    assert_eq!(range.start(), Some((0, 0)));
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::String(s) => s.clone(),
                    Data::Empty => String::new(),
                    other => panic!("{name}: a cell that is not text: {other:?}"),
                })
                .collect()
        })
        .collect()
}

fn row<'a>(rows: &'a [Vec<String>], org: &str, name: &str) -> &'a [String] {
    rows.iter()
        .find(|r| r[2] == org && r[0] == name)
        .unwrap_or_else(|| panic!("no row {org} {name}"))
}

/// The zip member `name` of the workbook, as text.
fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn cells_are_text_exactly_as_written() {
    let bytes = workbook();
    assert!(bytes.starts_with(b"PK"), "a zip file");
    let rows = sheet(&bytes, "名簿");
    assert_eq!(
        rows[0],
        [
            "氏名",
            "ふりがな",
            "所属",
            "役職",
            "区分",
            NET1,
            NET2,
            "メール",
            "電話",
            "出欠",
            "備考"
        ]
    );
    let yamada = row(&rows, "高知県", "山田 太郎");
    assert_eq!(yamada[8], "0888230000", "leading zero kept");
    assert_eq!(yamada[5..7], ["会長", "委員"], "role per network");
    let sato = row(&rows, "高知大学", "佐藤 花子");
    assert_eq!(sato[8], "1/2", "not a date");
    assert_eq!(sato[10], "2024/4/1", "not a date");
    // Two titles, each with its network, the running network's first.
    assert_eq!(
        sato[3],
        format!("理事・副学長（{NET1}）\n副学長 (2019時点)（{NET2}、〜2023）")
    );
    assert_eq!(yamada[3], "商工労働部長", "one title needs no source");
    let suzuki = row(&rows, "株式会社四国銀行", "鈴木 一郎");
    assert_eq!(suzuki[8], "+81-88-000-0000", "no apostrophe");
    assert_eq!(suzuki[10], "=SUM(1,2)", "text, not a formula");
    assert_eq!(suzuki[6], "", "not in the platform");
    let unlisted = row(&rows, "高知工科大学", "");
    assert_eq!(unlisted[6], "参画機関");
    assert_eq!(unlisted[10], "担当者未登録");
    assert!(rows[1..].iter().all(|r| r[9].is_empty()), "出欠 is blank");
    // No cell anywhere is a formula.
    let xml = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(!xml.contains("<f>"), "{xml}");
    assert!(!xml.contains("t=\"n\""));
}

#[test]
fn header_is_frozen_and_filtered_and_columns_fit() {
    let bytes = workbook();
    let xml = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(xml.contains("state=\"frozen\""), "{xml}");
    assert!(xml.contains("ySplit=\"1\""));
    assert!(xml.contains("<autoFilter ref=\"A1:K8\"/>"), "{xml}");
    // 所属 holds 一般社団法人高知県工業会 (24 cells wide): its column is
    // wider than the one-character 区分 column.
    let widths = column_widths(&xml);
    assert!(widths.len() >= 11, "{xml}");
    assert!(widths[2] > 24.0 && widths[4] < 10.0, "{widths:?}");
}

/// The width of each column, from the `<col min max width>` elements.
fn column_widths(xml: &str) -> Vec<f64> {
    let attr = |el: &str, name: &str| -> String {
        let at = el.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        el[at..at + el[at..].find('"').unwrap()].to_owned()
    };
    let mut widths = Vec::new();
    for el in xml.split("<col ").skip(1) {
        let el = format!(" {}", &el[..el.find("/>").unwrap()]);
        let el = el.as_str();
        let min: usize = attr(el, "min").parse().unwrap();
        let max: usize = attr(el, "max").parse().unwrap();
        assert_eq!(min, widths.len() + 1, "columns in order");
        let width: f64 = attr(el, "width").parse().unwrap();
        widths.extend(std::iter::repeat_n(width, max - min + 1));
    }
    widths
}

#[test]
fn second_sheet_lists_the_networks() {
    let rows = sheet(&workbook(), "ネットワーク");
    assert_eq!(rows[0], ["No.", "ID", "名称", "制度", "都道府県", "出典"]);
    assert_eq!(
        rows[1],
        [
            "1",
            "kochi-council",
            NET1,
            "交付金",
            "高知県",
            "https://www.chisou.go.jp/sousei/about/daigaku_kouhukin/"
        ]
    );
    assert_eq!(
        rows[2][2..],
        [
            NET2,
            "プラットフォーム",
            "高知県",
            "高知大学 地域連携推進センター 資料"
        ]
    );
}

#[test]
fn the_extension_chooses_xlsx_and_the_bytes_are_deterministic() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("名簿.xlsx");
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join(EXCEL);
    let (code, _, err) = export(&[
        "export",
        "contacts",
        data.to_str().unwrap(),
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let written = std::fs::read(&file).unwrap();
    assert_eq!(written, workbook(), "same bytes from the same data");
    assert_eq!(sheet(&written, "名簿")[2][0], "佐藤 花子");
}

/// Converts the workbook with LibreOffice and compares every cell with
/// calamine's reading. Under CI LibreOffice must be there (.ci/run
/// installs it): a missing soffice fails instead of skipping.
#[test]
fn libreoffice_reads_the_same_cells() {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    if Process::new("soffice").arg("--version").output().is_err() {
        assert!(!ci, "soffice (LibreOffice) is required under CI=true");
        eprintln!("skipped: soffice not installed (apt-get install libreoffice-calc-nogui)");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let bytes = workbook();
    let file = tmp.path().join("list.xlsx");
    std::fs::write(&file, &bytes).unwrap();
    let profile = format!(
        "-env:UserInstallation=file://{}/profile",
        tmp.path().display()
    );
    let out = Process::new("soffice")
        .args([
            profile.as_str(),
            "--headless",
            "--convert-to",
            // 44 = comma, 34 = quote, 76 = UTF-8, 1 = start at line 1.
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
        ])
        .arg(tmp.path())
        .arg(&file)
        .output()
        .unwrap();
    let csv = std::fs::read(tmp.path().join("list.csv")).unwrap_or_else(|_| {
        panic!(
            "soffice wrote no CSV: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv.as_slice());
    let converted: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    assert_eq!(converted, sheet(&bytes, "名簿"));
    assert!(
        converted
            .iter()
            .any(|r| r.contains(&"0888230000".to_owned()))
    );
}
