//! `renkei import` of a 10,000-row member list: reading the workbook
//! alone, and the whole command (read, map, write the YAML, check it, load
//! the data and match every row) against the small import fixture and the
//! bundled networks.
//!
//! Run with `cargo bench --bench import`. The workbook is generated with a
//! fixed seed and also written to target/import-10k.xlsx, the file the
//! hyperfine command in docs/performance.md imports.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use clap::Parser;
use renkei::cli::{Cli, run};
use renkei::diag::Style;
use renkei::synth::org_names;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

const ROWS: usize = 10_000;

fn main() {
    divan::main();
}

/// A small deterministic generator (xorshift), so every run benches the
/// same sheet.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % n as u64).expect("small")
    }
}

const FAMILY: [&str; 12] = [
    "山田",
    "佐藤",
    "鈴木",
    "高橋",
    "田中",
    "伊藤",
    "渡辺",
    "長宗我部",
    "西村",
    "岡本",
    "坂本",
    "中岡",
];
const GIVEN: [&str; 10] = [
    "太郎",
    "花子",
    "次郎",
    "美咲",
    "健",
    "一郎",
    "由美",
    "龍馬",
    "慎太郎",
    "千代",
];
const TITLES: [&str; 6] = ["会長", "理事", "部長", "課長", "教授", "代表取締役社長"];

/// The workbook: a title row, the header, then `ROWS` members whose
/// phone is sometimes a number cell and whose 備考 is sometimes a date.
fn workbook() -> &'static Path {
    static FILE: OnceLock<PathBuf> = OnceLock::new();
    FILE.get_or_init(|| {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let orgs = org_names(ROWS / 4, 1);
        let mut book = Workbook::new();
        let date = Format::new().set_num_format("yyyy/m/d");
        let sheet = book.add_worksheet();
        sheet
            .write_string(0, 0, "令和6年度 委員名簿")
            .expect("cell");
        let header = ["No.", "氏名", "所属", "役職", "電話", "備考"];
        for (c, h) in (0u16..).zip(header) {
            sheet.write_string(1, c, h).expect("cell");
        }
        for (r, i) in (2u32..).zip(0..ROWS) {
            let name = format!(
                "{} {}",
                FAMILY[rng.below(FAMILY.len())],
                GIVEN[rng.below(GIVEN.len())]
            );
            sheet.write_number(r, 0, f64::from(r - 1)).expect("cell");
            sheet.write_string(r, 1, &name).expect("cell");
            sheet
                .write_string(r, 2, &orgs[rng.below(orgs.len())])
                .expect("cell");
            sheet
                .write_string(r, 3, TITLES[rng.below(TITLES.len())])
                .expect("cell");
            if i % 2 == 0 {
                let phone = format!("088{:07}", rng.below(10_000_000));
                sheet.write_string(r, 4, &phone).expect("cell");
            } else {
                let phone = 880_000_000 + u32::try_from(rng.below(9_999_999)).expect("small");
                sheet.write_number(r, 4, f64::from(phone)).expect("cell");
            }
            if i % 5 == 0 {
                let d = ExcelDateTime::from_ymd(2024, 4, 1).expect("date");
                sheet
                    .write_datetime_with_format(r, 5, &d, &date)
                    .expect("cell");
            }
        }
        let bytes = book.save_to_buffer().expect("workbook");
        let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/import-10k.xlsx");
        std::fs::write(&file, bytes).expect("write target/import-10k.xlsx");
        file
    })
}

#[divan::bench(sample_count = 10)]
fn read_10k_xlsx(bencher: divan::Bencher) {
    let file = workbook();
    let bytes = std::fs::read(file).expect("read");
    bencher.bench(|| {
        renkei::import::read(file, &bytes, None)
            .expect("readable")
            .rows
            .len()
    });
}

/// The whole command with --dry-run, against `dir`.
#[divan::bench(args = ["tests/fixtures/import/data", "networks"], sample_count = 10)]
fn import_10k_xlsx_dry_run(bencher: divan::Bencher, dir: &str) {
    let file = workbook().to_string_lossy().into_owned();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let dir = dir.to_string_lossy().into_owned();
    let args = [
        "renkei",
        "import",
        &file,
        &dir,
        "--program",
        "other",
        "--prefecture",
        "高知県",
        "--dry-run",
    ];
    let style = Style { color: false };
    bencher.bench(|| {
        let cli = Cli::try_parse_from(args).expect("arguments");
        let mut out = Vec::new();
        run(cli, &mut out, style, style).expect("run");
        out.len()
    });
}
