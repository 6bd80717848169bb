//! The walk's tests: links out of the folder, folders reached twice, the
//! budget, names that are not UTF-8.

use std::os::unix::fs::symlink;

use super::*;
use crate::diag::{Diagnostic, Severity};

fn messages(diags: &[Diagnostic]) -> Vec<String> {
    diags.iter().map(|d| d.message.en()).collect()
}

#[test]
fn links_outside_the_folder_are_reported_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("data");
    fs::create_dir(&root).unwrap();
    fs::write(root.join("good.yaml"), "x").unwrap();
    symlink("/", root.join("root")).unwrap();
    symlink("/proc/self", root.join("self.yaml")).unwrap();
    fs::write(dir.path().join("outside.yaml"), "x").unwrap();
    symlink("../outside.yaml", root.join("out.yaml")).unwrap();
    // A link to something else outside (not a folder, not *.yaml) is not news.
    symlink("/etc/hostname", root.join("hostname")).unwrap();
    let (found, diags) = find_files(&root);
    let rels: Vec<&str> = found.iter().map(|f| f.rel.as_str()).collect();
    assert_eq!(rels, ["good.yaml"]);
    let m = messages(&diags);
    assert_eq!(m.len(), 3, "{m:?}");
    assert!(
        m.iter()
            .all(|m| m.contains("outside the data folder; not followed")),
        "{m:?}"
    );
    assert!(m.iter().any(|m| m.starts_with("a link to `/`,")), "{m:?}");
}

#[test]
fn a_folder_reached_twice_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("a")).unwrap();
    fs::write(dir.path().join("a/n.yaml"), "x").unwrap();
    symlink("a", dir.path().join("b")).unwrap();
    let (found, diags) = find_files(dir.path());
    assert_eq!(found.len(), 1);
    assert_eq!(diags.len(), 1);
    assert!(
        diags[0]
            .message
            .en()
            .starts_with("this folder was already read as"),
        "{}",
        diags[0].message.en()
    );
    assert_eq!(diags[0].severity, Severity::Warning);
}

#[test]
fn the_walk_stops_at_its_budget_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..10 {
        fs::write(dir.path().join(format!("{i}.yaml")), "x").unwrap();
    }
    let (found, diags) = find_files_within(
        dir.path(),
        Budget {
            entries: 100,
            files: 4,
        },
    );
    assert_eq!(found.len(), 4);
    assert_eq!(
        messages(&diags),
        ["the data folder holds more than 4 YAML files or 100 entries; the rest is not read"]
    );
    let (found, diags) = find_files_within(
        dir.path(),
        Budget {
            entries: 5,
            files: 100,
        },
    );
    assert_eq!(found.len(), 5);
    assert_eq!(diags.len(), 1);
    let (found, diags) = find_files_within(
        dir.path(),
        Budget {
            entries: 10,
            files: 10,
        },
    );
    assert_eq!((found.len(), diags.len()), (10, 0));
}

#[test]
fn names_that_are_not_utf8_stay_apart() {
    use std::os::unix::ffi::OsStrExt as _;
    let dir = tempfile::tempdir().unwrap();
    for b in [0xFF_u8, 0xFE] {
        let bytes = [b'n', b, b'.', b'y', b'a', b'm', b'l'];
        let name = std::ffi::OsStr::from_bytes(&bytes);
        if fs::write(dir.path().join(name), "x").is_err() {
            eprintln!("skipped: the file system wants UTF-8 names");
            return;
        }
    }
    let (found, _) = find_files(dir.path());
    let rels: Vec<&str> = found.iter().map(|f| f.rel.as_str()).collect();
    assert_eq!(rels, ["n\\xFE.yaml", "n\\xFF.yaml"]);
}
