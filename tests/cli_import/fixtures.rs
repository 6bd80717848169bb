//! The member list behind tests/fixtures/import/: one table written as an
//! xlsx workbook (with typed cells: a number in the phone column, a date
//! in 備考) and as CSV in UTF-8, UTF-8 with BOM and CP932. The committed
//! files are made by `cargo test --test cli_import -- --ignored
//! regenerate_fixtures`; the .ods is LibreOffice's conversion of the .xlsx
//! (tests/fixtures/import/README.md).

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

pub const DIR: &str = "tests/fixtures/import";

/// A cell as the organiser typed it.
#[derive(Clone, Copy)]
pub enum Cell {
    Text(&'static str),
    /// A number cell: Excel stores it as a float.
    Number(f64),
    /// A date cell: Excel stores a serial number with a date format.
    Date(u16, u8, u8),
    Empty,
}

use Cell::{Date, Empty, Number, Text};

const HEADER: [Cell; 9] = [
    Text("No."),
    Text("氏名"),
    Text("ふりがな"),
    Text("所属"),
    Text("役職"),
    Text("役割"),
    Text("電話"),
    Text("メール"),
    Text("備考"),
];

/// The main sheet, 委員名簿: a title, a blank row, the header, members,
/// a blank row and the header repeated (as after a printed page break),
/// and a row with neither name nor organisation.
pub const LIST: [[Cell; 9]; 13] = [
    [
        Text("令和6年度 高知県産学官連携推進会議 委員名簿"),
        Empty,
        Empty,
        Empty,
        Empty,
        Empty,
        Empty,
        Empty,
        Empty,
    ],
    [Empty; 9],
    HEADER,
    [
        Number(1.0),
        Text("山田 太郎"),
        Text("やまだ たろう"),
        Text("高知県"),
        Text("商工労働部長"),
        Text("会長"),
        Text("0888230000"),
        Text("yamada@example.jp"),
        Date(2024, 4, 1),
    ],
    [
        Number(2.0),
        Text("長宗我部 元親之介"),
        Text("ちょうそかべ もとちかのすけ"),
        Text("国立大学法人高知大学"),
        Text("理事・副学長（研究・社会連携担当）"),
        Text("委員"),
        Number(888_445_566.0),
        Empty,
        Empty,
    ],
    [Empty; 9],
    HEADER,
    [
        Number(3.0),
        Text("鈴木 次郎"),
        Text("すずき じろう"),
        Text("株式会社高知銀行"),
        Text("地域連携部長"),
        Text("委員"),
        Text("088-822-1111"),
        Empty,
        Empty,
    ],
    [
        Number(4.0),
        Empty,
        Empty,
        Text("高知工科大学"),
        Empty,
        Text("参画機関"),
        Empty,
        Empty,
        Text("担当者未定"),
    ],
    [
        Number(5.0),
        Text("田中 美咲"),
        Text("たなか みさき"),
        Text("㈱土佐電子工業"),
        Text("代表取締役社長"),
        Text("委員"),
        Text("088-855-0000"),
        Empty,
        Empty,
    ],
    [
        Number(6.0),
        Text("西村 健"),
        Empty,
        Text("香美市"),
        Text("市長"),
        Text("委員"),
        Empty,
        Empty,
        Empty,
    ],
    [
        Number(7.0),
        Empty,
        Empty,
        Text("高知県工業会"),
        Empty,
        Text("オブザーバー"),
        Empty,
        Empty,
        Empty,
    ],
    [
        Number(8.0),
        Empty,
        Empty,
        Empty,
        Empty,
        Empty,
        Empty,
        Empty,
        Text("欠番"),
    ],
];

/// The second sheet, English: English headers from row 1.
pub const ENGLISH: [[&str; 5]; 2] = [
    ["Name", "Organization", "Title", "E-mail", "Phone"],
    [
        "山田 太郎",
        "高知県",
        "商工労働部長",
        "yamada@example.jp",
        "0888230000",
    ],
];

/// The workbook: 委員名簿 (typed cells) and English.
pub fn xlsx() -> Vec<u8> {
    let mut book = Workbook::new();
    let date = Format::new().set_num_format("yyyy/m/d");
    let sheet = book.add_worksheet();
    sheet.set_name("委員名簿").unwrap();
    for (r, row) in LIST.iter().enumerate() {
        let r = u32::try_from(r).unwrap();
        for (c, cell) in row.iter().enumerate() {
            let c = u16::try_from(c).unwrap();
            match *cell {
                Text(s) => drop(sheet.write_string(r, c, s).unwrap()),
                Number(n) => drop(sheet.write_number(r, c, n).unwrap()),
                Date(y, m, d) => {
                    let when = ExcelDateTime::from_ymd(y, m, d).unwrap();
                    drop(
                        sheet
                            .write_datetime_with_format(r, c, &when, &date)
                            .unwrap(),
                    );
                }
                Empty => {}
            }
        }
    }
    let sheet = book.add_worksheet();
    sheet.set_name("English").unwrap();
    for (r, row) in ENGLISH.iter().enumerate() {
        for (c, s) in row.iter().enumerate() {
            let (r, c) = (u32::try_from(r).unwrap(), u16::try_from(c).unwrap());
            sheet.write_string(r, c, *s).unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

/// The main sheet as CSV text (CRLF, as Excel saves it): each cell as a
/// spreadsheet shows it.
pub fn csv() -> String {
    let mut out = String::new();
    for row in &LIST {
        let cells: Vec<String> = row
            .iter()
            .map(|c| match *c {
                Text(s) => s.to_owned(),
                Number(n) => format!("{n:.0}"),
                Date(y, m, d) => format!("{y:04}-{m:02}-{d:02}"),
                Empty => String::new(),
            })
            .collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The committed CSV files and their bytes.
pub fn csv_files() -> [(&'static str, Vec<u8>); 3] {
    let text = csv();
    let (cp932, _, unmappable) = encoding_rs::SHIFT_JIS.encode(&text);
    assert!(!unmappable, "every character is in CP932");
    [
        ("委員名簿_utf8.csv", text.clone().into_bytes()),
        (
            "委員名簿_bom.csv",
            [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        ),
        ("委員名簿_cp932.csv", cp932.into_owned()),
    ]
}

#[test]
#[ignore = "rewrites the committed fixtures; run by hand after changing LIST"]
fn regenerate_fixtures() {
    std::fs::write(format!("{DIR}/委員名簿.xlsx"), xlsx()).unwrap();
    for (name, bytes) in csv_files() {
        std::fs::write(format!("{DIR}/{name}"), bytes).unwrap();
    }
}

#[test]
fn committed_csv_files_are_what_the_generator_makes() {
    for (name, bytes) in csv_files() {
        let on_disk = std::fs::read(format!("{DIR}/{name}")).unwrap();
        assert!(on_disk == bytes, "{name} differs; run regenerate_fixtures");
    }
}
