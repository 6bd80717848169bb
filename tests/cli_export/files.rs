//! Safe writing (no overwrite without --force, no partial files) and exit
//! codes.

use std::fs;
use std::path::Path;

use super::readers::{read_csv, read_graphml};
use super::{SMALL, TRICKY, run, run_in};

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn data(dir: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(dir)
        .display()
        .to_string()
}

#[test]
fn an_existing_file_is_replaced_only_with_force() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("list.csv"), "keep me").unwrap();
    let r = run_in(
        tmp.path(),
        &["export", "contacts", &data(SMALL), "-o", "list.csv"],
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("list.csv: already exists; use --force"),
        "{}",
        r.stderr
    );
    assert_eq!(
        fs::read_to_string(tmp.path().join("list.csv")).unwrap(),
        "keep me"
    );
    assert_eq!(names(tmp.path()), ["list.csv"]);
    let r = run_in(
        tmp.path(),
        &[
            "export",
            "contacts",
            &data(SMALL),
            "-o",
            "list.csv",
            "--force",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("wrote 6 contacts from 2 networks to list.csv")
    );
    let written = fs::read(tmp.path().join("list.csv")).unwrap();
    assert_eq!(read_csv(&written, true).len(), 6);
    assert_eq!(names(tmp.path()), ["list.csv"]);
}

#[test]
fn a_failed_export_leaves_no_file() {
    let tmp = tempfile::tempdir().unwrap();
    let args = [
        "export",
        "contacts",
        &data(TRICKY),
        "--encoding",
        "shift_jis",
        "-o",
        "list.csv",
    ];
    let r = run_in(tmp.path(), &args);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("row 5, column 氏名"), "{}", r.stderr);
    assert!(names(tmp.path()).is_empty(), "{:?}", names(tmp.path()));
    fs::write(tmp.path().join("list.csv"), "old").unwrap();
    let mut forced = args.to_vec();
    forced.push("--force");
    assert_eq!(run_in(tmp.path(), &forced).code, 2);
    assert_eq!(
        fs::read_to_string(tmp.path().join("list.csv")).unwrap(),
        "old"
    );
    assert_eq!(names(tmp.path()), ["list.csv"]);
}

#[test]
fn the_format_follows_the_file_extension() {
    let tmp = tempfile::tempdir().unwrap();
    for (file, start) in [
        ("g.gexf", "<?xml"),
        ("g.dot", "digraph"),
        ("g.json", "{"),
        ("g.graphml", "<?xml"),
    ] {
        let r = run_in(tmp.path(), &["export", "graph", &data(SMALL), "-o", file]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(
            fs::read_to_string(tmp.path().join(file))
                .unwrap()
                .starts_with(start)
        );
    }
    let r = run_in(
        tmp.path(),
        &["export", "contacts", &data(SMALL), "-o", "c.vcf"],
    );
    assert_eq!(r.code, 0);
    assert!(
        fs::read_to_string(tmp.path().join("c.vcf"))
            .unwrap()
            .starts_with("BEGIN:VCARD\r\n")
    );
}

// ---------------------------------------------------------------- exit codes

#[test]
fn data_errors_give_exit_1_but_the_export_is_written() {
    let r = run(&["export", "graph", "tests/fixtures/broken-and-good"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("error"), "{}", r.stderr);
    assert!(!read_graphml(&r.stdout).is_empty());
}

#[test]
fn usage_errors_give_exit_2() {
    let r = run(&["export", "contacts", SMALL, "--network", "hiroshima-councl"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("did you mean `hiroshima-council`?"),
        "{}",
        r.stderr
    );
    let r = run(&[
        "export",
        "contacts",
        SMALL,
        "--format",
        "vcard",
        "--encoding",
        "shift_jis",
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--encoding applies to CSV only"));
    let r = run(&["export", "contacts", SMALL, "--program", "platform"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no network matches"));
    let r = run(&["export", "graph", SMALL, "--prefecture", "広嶋県"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("did you mean `広島県`?"), "{}", r.stderr);
    let r = run(&[
        "export",
        "graph",
        SMALL,
        "--prefecture",
        "広島",
        "--program",
        "kofukin,coi-next",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = run(&["export", "graph", "no/such/dir"]);
    assert_eq!(r.code, 2);
}

#[test]
fn an_extension_of_no_format_or_of_another_is_an_error_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let cases: [(&[&str], &str); 5] = [
        (
            &["contacts", "-o", "名簿.tsv"],
            "renkei does not write `.tsv` files; contact list formats: xlsx (.xlsx), csv (.csv), vcard (.vcf), markdown (.md)",
        ),
        (
            &["contacts", "--format", "csv", "-o", "名簿.xlsx"],
            "--format csv disagrees with the extension `.xlsx` of the output file; drop --format or name the file `.csv`",
        ),
        (
            &["contacts", "-o", "g.graphml"],
            "`.graphml` is a graph format; use `renkei export graph`",
        ),
        (
            &["graph", "-o", "g.net"],
            "renkei does not write `.net` files; graph formats: graphml (.graphml), gexf (.gexf), dot (.dot, .gv), json (.json)",
        ),
        (
            &["graph", "--format", "dot", "-o", "g.graphml"],
            "--format dot disagrees with the extension `.graphml`",
        ),
    ];
    for (args, message) in cases {
        let dir = data(SMALL);
        let mut all = vec!["export", args[0], &dir];
        all.extend(&args[1..]);
        let r = run_in(tmp.path(), &all);
        assert_eq!(r.code, 2, "{all:?}");
        assert!(r.stderr.contains(message), "{all:?}: {}", r.stderr);
        assert!(names(tmp.path()).is_empty());
    }
    // An explicit --format may write under any other name.
    let r = run_in(
        tmp.path(),
        &[
            "export",
            "contacts",
            &data(SMALL),
            "--format",
            "csv",
            "-o",
            "名簿.txt",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(names(tmp.path()), ["名簿.txt"]);
}

#[test]
fn problems_are_counted_not_listed_and_a_failed_network_says_why() {
    let r = run(&["export", "contacts", "tests/fixtures/broken-and-good"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "renkei: 1 problem (1 error, 0 warnings) in 1 file; \
         `renkei check tests/fixtures/broken-and-good` lists them\n"
    );
    let r = run(&[
        "export",
        "contacts",
        "tests/fixtures/broken-and-good",
        "--network",
        "broken",
    ]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(
            "network `broken` was not exported: its file tests/fixtures/broken-and-good/broken.yaml \
             failed to load (tests/fixtures/broken-and-good/broken.yaml:2:10: unknown program `platfrom`)"
        ),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("no network with id"), "{}", r.stderr);
    // A network that does not exist at all keeps the "did you mean".
    let r = run(&[
        "export",
        "graph",
        "tests/fixtures/broken-and-good",
        "--network",
        "godo",
    ]);
    assert!(r.stderr.contains("did you mean `good`?"), "{}", r.stderr);
}
