//! Writing the imported file: `renkei check` passes it, nothing is
//! replaced without --force, --dry-run writes nothing, and an xlsx contact
//! list exported by renkei comes back as the same members.

use std::fs;
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook};

use super::{DATA, XLSX, renkei};

/// A copy of the import data folder to write into.
fn data_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in fs::read_dir(DATA).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    dir
}

fn import_into(dir: &Path, extra: &[&str]) -> super::Run {
    let mut args = vec![
        "import",
        XLSX,
        dir.to_str().unwrap(),
        "--program",
        "kofukin",
        "--prefecture",
        "高知県",
    ];
    args.extend_from_slice(extra);
    renkei(&args)
}

#[test]
fn the_written_file_passes_check_and_is_never_replaced_without_force() {
    let dir = data_copy();
    let target = dir.path().join("委員名簿.yaml");
    let run = import_into(dir.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.err);
    assert!(
        run.out
            .contains("1 existing, 2 possible duplicates, 4 new\n"),
        "{}",
        run.out
    );
    assert!(
        !run.out.contains("members:"),
        "the YAML is not printed: {}",
        run.out
    );
    assert!(
        run.err.contains(&format!(
            "renkei: wrote 7 members to {}; `renkei check {}` checks it",
            target.display(),
            dir.path().display()
        )),
        "{}",
        run.err
    );
    let written = fs::read_to_string(&target).unwrap();
    assert!(
        written.starts_with("# Imported by `renkei import` from 委員名簿.xlsx, sheet 委員名簿.\n")
    );
    let check = renkei(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(check.code, 0, "{}{}", check.out, check.err);
    assert!(check.out.contains("0 errors"), "{}", check.out);
    // `renkei check` sees the imported network and its duplicates.
    assert!(
        check.out.contains("checked 2 files (2 networks"),
        "{}",
        check.out
    );
    assert!(check.out.contains("2 possible duplicates"), "{}", check.out);

    fs::write(&target, "# my edits\n").unwrap();
    let again = import_into(dir.path(), &[]);
    assert_ne!(again.code, 0, "an existing file is kept");
    assert!(again.err.contains("--force"), "{}", again.err);
    assert!(again.err.contains("委員名簿.yaml"), "{}", again.err);
    assert_eq!(fs::read_to_string(&target).unwrap(), "# my edits\n");
    let forced = import_into(dir.path(), &["--force"]);
    assert_eq!(forced.code, 0, "{}", forced.err);
    assert_eq!(fs::read_to_string(&target).unwrap(), written);
}

#[test]
fn output_names_the_file_and_a_folder_is_refused() {
    let dir = data_copy();
    let target = dir.path().join("kochi").join("suishin.yaml");
    fs::create_dir(dir.path().join("kochi")).unwrap();
    let run = import_into(dir.path(), &["-o", target.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.err);
    assert!(target.exists());
    let run = import_into(
        dir.path(),
        &["-o", dir.path().join("kochi").to_str().unwrap()],
    );
    assert_ne!(run.code, 0);
    assert!(run.err.contains("kochi"), "{}", run.err);
}

#[test]
fn dry_run_prints_the_file_and_the_report_and_writes_nothing() {
    let dir = data_copy();
    let before: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let run = import_into(dir.path(), &["--dry-run"]);
    assert_eq!(run.code, 0, "{}", run.err);
    assert!(
        run.out.starts_with("# Imported by `renkei import`"),
        "{}",
        run.out
    );
    assert!(run.out.contains("\nmembers:\n"));
    assert!(
        run.out
            .ends_with("1 existing, 2 possible duplicates, 4 new\n")
    );
    assert!(run.err.is_empty(), "{}", run.err);
    let after: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(before, after);
}

/// The 名簿 sheet of a contact list as (氏名, ふりがな, 所属, 役職, メール,
/// 電話, 備考) rows, empty cells as "".
fn contact_rows(xlsx: &Path) -> Vec<[String; 7]> {
    let mut book: Xlsx<_> = open_workbook(xlsx).unwrap();
    let range = book.worksheet_range("名簿").unwrap();
    let mut rows = range.rows();
    let header: Vec<String> = rows
        .next()
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let cols = ["氏名", "ふりがな", "所属", "役職", "メール", "電話", "備考"].map(col);
    rows.map(|r| {
        cols.map(|c| match &r[c] {
            Data::String(s) => s.clone(),
            Data::Empty => String::new(),
            other => panic!("not text: {other:?}"),
        })
    })
    .collect()
}

/// The imported members in the same shape.
fn imported_rows(yaml: &str) -> Vec<[String; 7]> {
    let doc: serde_yaml::Value = serde_yaml::from_str(yaml).unwrap();
    let keys = ["person", "kana", "org", "title", "email", "phone", "note"];
    doc["members"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|m| keys.map(|k| m.get(k).and_then(|v| v.as_str()).unwrap_or("").to_owned()))
        .collect()
}

#[test]
fn an_exported_contact_list_imports_as_the_same_members() {
    let source = "tests/fixtures/export/excel";
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("名簿.xlsx");
    let export = renkei(&["export", "contacts", source, "-o", xlsx.to_str().unwrap()]);
    assert_eq!(export.code, 0, "{}", export.err);
    let mut contacts = contact_rows(&xlsx);
    assert!(contacts.len() >= 5, "{contacts:?}");
    let run = renkei(&[
        "import",
        xlsx.to_str().unwrap(),
        source,
        "--program",
        "platform",
        "--prefecture",
        "高知県",
        "--dry-run",
    ]);
    assert_eq!(run.code, 0, "{}", run.err);
    let yaml = &run.out[..run.out.find("\n\n").unwrap()];
    let mut imported = imported_rows(yaml);
    contacts.sort();
    imported.sort();
    assert_eq!(imported, contacts);
    // Every row is an entity the data already has, none new.
    let n = contacts.len();
    assert!(
        run.out
            .ends_with(&format!("{n} existing, 0 possible duplicates, 0 new\n")),
        "{}",
        run.out
    );
    // The leading zero and the date-looking texts survive both ways.
    assert!(yaml.contains("    phone: \"0888230000\"\n"));
    assert!(yaml.contains("    phone: \"1/2\"\n"));
    assert!(yaml.contains("    note: \"2024/4/1\"\n"));
}
