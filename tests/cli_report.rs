//! `renkei report` on tests/fixtures/views: the file is written whole,
//! never over an existing one without --force, `-o -` is stdout, and the
//! page names every network of its scope and no other.

mod common;

use common::{renkei, run};

const DIR: &str = "tests/fixtures/views";
const KOCHI: [&str; 4] = [
    "高知県Next次世代型施設園芸農業に関する産学官連携協議会",
    "SAWACHI型健康社会共創拠点",
    "しまんと海藻エコイノベーション共創拠点",
    "高知県・大学等連携協議会",
];

#[test]
fn writes_the_page_and_never_overwrites_without_force() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("高知県.html");
    let p = path.to_str().unwrap();
    let r = run(&["report", DIR, "--prefecture", "高知県", "-o", p]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("wrote the report of 高知県 (4 networks)"),
        "{}",
        r.stderr
    );
    let page = std::fs::read_to_string(&path).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.trim_end().ends_with("</html>"));
    for name in KOCHI {
        assert!(page.contains(name), "{name}");
    }
    assert!(!page.contains("とくしま産学官連携プラットフォーム"));

    std::fs::write(&path, "mine").unwrap();
    let r = run(&["report", DIR, "--prefecture", "高知県", "-o", p]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("already exists"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");

    let r = run(&["report", DIR, "--prefecture", "高知県", "-o", p, "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        page,
        "deterministic"
    );
    // Nothing but the page is left in the folder.
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
}

#[test]
fn listed_networks_to_stdout() {
    let out = renkei()
        .args([
            "report",
            DIR,
            "--network",
            "kochi/kofukin,tokushima/platform",
            "-o",
            "-",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains(KOCHI[0]));
    assert!(page.contains("とくしま産学官連携プラットフォーム"));
    assert!(!page.contains(KOCHI[1]));
}

#[test]
fn an_unknown_network_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("x.html");
    let r = run(&[
        "report",
        DIR,
        "--network",
        "kochi/nope",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no network with id"), "{}", r.stderr);
    assert!(!path.exists());
}
