//! The messages of `renkei import` on wrong options and unusable files:
//! each says what is wrong and how to fix it.

use super::{DATA, XLSX, dry_run, members, renkei};

/// `renkei import FILE DATA --program P --prefecture Q EXTRA…` run to fail.
fn failing(file: &str, program: &str, prefecture: &str, extra: &[&str]) -> super::Run {
    let mut args = vec![
        "import",
        file,
        DATA,
        "--program",
        program,
        "--prefecture",
        prefecture,
        "--dry-run",
    ];
    args.extend_from_slice(extra);
    let run = renkei(&args);
    assert_ne!(run.code, 0, "{file} {extra:?} should fail:\n{}", run.out);
    assert!(run.out.is_empty(), "nothing on stdout: {}", run.out);
    run
}

/// The `= help:` text `renkei check` gives for `key: value` in a network.
fn check_help(key: &str, value: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let (program, prefecture) = match key {
        "program" => (value, "高知県"),
        _ => ("kofukin", value),
    };
    let yaml = format!(
        "name: x\nprogram: {program}\nprefecture: {prefecture}\nmembers:\n  - org: 高知大学\n"
    );
    std::fs::write(dir.path().join("n.yaml"), yaml).unwrap();
    let run = renkei(&["check", dir.path().to_str().unwrap()]);
    let line = run
        .out
        .lines()
        .find_map(|l| l.trim().strip_prefix("= help: "))
        .unwrap_or_else(|| panic!("a help line:\n{}", run.out));
    line.to_owned()
}

#[test]
fn program_and_prefecture_get_the_same_hint_as_check() {
    let run = failing(XLSX, "kofukn", "高知県", &[]);
    let help = check_help("program", "kofukn");
    assert!(help.starts_with("did you mean `kofukin`?"), "{help}");
    assert!(
        run.err
            .contains(&format!("unknown program `kofukn`; {help}")),
        "{}",
        run.err
    );
    let run = failing(XLSX, "kofukin", "高地県", &[]);
    let help = check_help("prefecture", "高地県");
    assert!(help.starts_with("did you mean `高知県`?"), "{help}");
    assert!(
        run.err
            .contains(&format!("unknown prefecture `高地県`; {help}")),
        "{}",
        run.err
    );
}

#[test]
fn a_prefecture_without_its_suffix_is_taken() {
    let run = renkei(&[
        "import",
        XLSX,
        DATA,
        "--program",
        "kofukin",
        "--prefecture",
        "高知",
        "--dry-run",
    ]);
    assert_eq!(run.code, 0, "{}", run.err);
    assert!(run.out.contains("\nprefecture: 高知県\n"), "{}", run.out);
}

#[test]
fn name_and_source_go_into_the_file_and_a_known_name_is_noted() {
    let run = dry_run(XLSX, &[]);
    assert!(!run.out.contains("\nsource:"), "no source unless given");
    assert!(!run.out.contains("\nnote: "), "{}", run.out);
    let src = "https://www.pref.kochi.lg.jp/meibo.pdf";
    let run = dry_run(
        XLSX,
        &["--name", "高知県産学官連携推進会議", "--source", src],
    );
    assert!(run.out.contains("\nname: \"高知県産学官連携推進会議\"\n"));
    assert!(
        run.out.contains(&format!("\nsource: \"{src}\"\n")),
        "{}",
        run.out
    );
    let known = "高知県地方大学・地域産業創生交付金事業推進協議会";
    let run = dry_run(XLSX, &["--name", known]);
    assert!(
        run.out.ends_with(&format!(
            "note: kochi-council.yaml already has a network named `{known}`; the import adds a second one; give --name to tell them apart\n"
        )),
        "{}",
        run.out
    );
    let slip = "高知県地方大学・地域産業創成交付金事業推進協議会";
    let run = dry_run(XLSX, &["--name", slip]);
    assert!(
        run.out.ends_with(&format!(
            "note: --name `{slip}`: did you mean `{known}` (kochi-council.yaml)? the import adds a network of its own either way\n"
        )),
        "{}",
        run.out
    );
}

#[test]
fn sheet_and_header_row_can_be_chosen() {
    let run = failing(XLSX, "kofukin", "高知県", &["--sheet", "3"]);
    assert!(
        run.err.contains(
            "委員名簿.xlsx: no sheet `3`; the sheets are: 委員名簿, English; give --sheet NAME or --sheet NUMBER (1 is the first)"
        ),
        "{}",
        run.err
    );
    // The repeated header on row 7 as the header: rows 8 on are read.
    let run = dry_run(XLSX, &["--header-row", "7"]);
    assert!(
        run.out.contains(": header row 7, columns person=氏名"),
        "{}",
        run.out
    );
    assert!(!run.out.contains("山田 太郎"), "{}", run.out);
    assert!(
        run.out.contains("\n  row    8  duplicate? 鈴木 次郎"),
        "{}",
        run.out
    );
    assert!(!run.out.contains("skipped rows"), "{}", run.out);
    let run = failing(XLSX, "kofukin", "高知県", &["--header-row", "1"]);
    assert!(
        run.err
            .contains("委員名簿.xlsx: no header row with a name or organisation column"),
        "{}",
        run.err
    );
    assert!(
        run.err
            .contains("give --header-row N, or --map person=HEADER"),
        "{}",
        run.err
    );
    let run = failing(XLSX, "kofukin", "高知県", &["--header-row", "40"]);
    assert!(
        run.err.contains(
            "委員名簿.xlsx: --header-row 40: that row is empty or past the end (the last row with cells is 13); give the number of the row that holds the column names"
        ),
        "{}",
        run.err
    );
}

#[test]
fn columns_can_be_mapped_by_header_or_number() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("参加者.csv");
    std::fs::write(
        &csv,
        "番号,お名前,勤務先,連絡先\r\n1,山田 太郎,高知県,0888230000\r\n",
    )
    .unwrap();
    let csv = csv.to_str().unwrap();
    let plain = dry_run(csv, &[]);
    assert!(
        plain
            .out
            .contains(": header row 1, columns person=お名前\n"),
        "{}",
        plain.out
    );
    assert!(!members(&plain.out).contains("org:"));
    let mapped = dry_run(csv, &["--map", "org=勤務先", "--map", "phone=4"]);
    assert!(
        mapped
            .out
            .contains(": header row 1, columns person=お名前, org=勤務先, phone=連絡先\n"),
        "{}",
        mapped.out
    );
    assert!(members(&mapped.out).contains("    org: \"高知県\"\n    sector: government"));
    assert!(members(&mapped.out).contains("    phone: \"0888230000\""));
    let run = failing(csv, "kofukin", "高知県", &["--map", "orgg=勤務先"]);
    assert!(
        run.err.contains("unknown field `orgg`; did you mean `org`? fields: person, kana, org, title, role, sector, email, phone, note"),
        "{}",
        run.err
    );
}

#[test]
fn unusable_files_say_why() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("名簿.pdf");
    std::fs::write(&pdf, "%PDF-1.4").unwrap();
    let run = failing(pdf.to_str().unwrap(), "kofukin", "高知県", &[]);
    assert!(
        run.err
            .contains("名簿.pdf: renkei imports .xlsx, .xls, .ods and .csv files, not `.pdf`"),
        "{}",
        run.err
    );
    let euc = dir.path().join("euc.csv");
    // 氏名 in EUC-JP, then 0xFF: neither UTF-8 nor CP932.
    std::fs::write(&euc, b"\xbb\xe1\xcc\xbe\r\n\xff\xfe\r\n").unwrap();
    let run = failing(euc.to_str().unwrap(), "kofukin", "高知県", &[]);
    assert!(
        run.err
            .contains("euc.csv: cannot be read: the CSV is neither UTF-8 nor Shift_JIS (CP932)"),
        "{}",
        run.err
    );
    let fake = dir.path().join("壊れた.xlsx");
    std::fs::write(&fake, "not a zip").unwrap();
    let run = failing(fake.to_str().unwrap(), "kofukin", "高知県", &[]);
    assert!(
        run.err.contains("壊れた.xlsx: cannot be read: "),
        "{}",
        run.err
    );
    let run = failing("tests/fixtures/import/ない.xlsx", "kofukin", "高知県", &[]);
    assert!(run.err.contains("ない.xlsx: "), "{}", run.err);
}
