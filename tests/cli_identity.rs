//! CLI tests of identity: suggestions in `check` and the `entities` listing.

mod common;

use common::run;
use serde_json::Value;

const DIR: &str = "tests/fixtures/suggestions";

/// The exit code and stdout of a run.
fn renkei(args: &[&str]) -> (i32, String) {
    let r = run(args);
    (r.code, r.stdout)
}

fn suggestions() -> Vec<Value> {
    let (code, out) = renkei(&["check", "--format", "json", DIR]);
    assert_eq!(code, 0, "{out}");
    let v: Value = serde_json::from_str(&out).unwrap();
    v["suggestions"].as_array().unwrap().clone()
}

fn find<'a>(list: &'a [Value], kind: &str, a: &str, b: &str) -> &'a Value {
    list.iter()
        .find(|s| {
            s["kind"] == kind && ((s["a"] == a && s["b"] == b) || (s["a"] == b && s["b"] == a))
        })
        .unwrap_or_else(|| panic!("no {kind} suggestion {a} ~ {b} in {list:#?}"))
}

#[test]
fn json_suggests_the_required_near_misses() {
    let list = suggestions();
    let kochi = find(
        &list,
        "org",
        "高知工科大学",
        "高知県公立大学法人高知工科大学",
    );
    assert!(kochi["score"].as_u64().unwrap() >= 80, "{kochi}");
    assert!(!kochi["reason"].as_str().unwrap().is_empty());
    let yaml = kochi["registry_yaml"].as_str().unwrap();
    assert!(yaml.contains("- name: 高知工科大学"), "{yaml}");
    assert!(
        yaml.contains("aliases: [高知県公立大学法人高知工科大学]"),
        "{yaml}"
    );
    let suzuki = find(&list, "person", "鈴木 次郎", "鈴木次郎");
    assert!(
        suzuki["reason"].as_str().unwrap().contains("same name at"),
        "{suzuki}"
    );
    // A company spelled two ways is one entity, never a suggestion.
    assert!(
        list.iter()
            .all(|s| !s["a"].as_str().unwrap().contains("マツダ"))
    );
}

#[test]
fn text_lists_files_and_a_ready_registry_snippet() {
    let (code, out) = renkei(&["check", DIR]);
    assert_eq!(code, 0);
    assert!(
        out.contains("note: possible duplicate (org, score"),
        "{out}"
    );
    assert!(
        out.contains(
            "高知県公立大学法人高知工科大学 in tests/fixtures/suggestions/kochi/kofukin.yaml"
        ),
        "{out}"
    );
    assert!(
        out.contains("高知工科大学 in tests/fixtures/suggestions/kochi/platform.yaml"),
        "{out}"
    );
    assert!(
        out.contains("      organizations:\n        - name: 高知工科大学\n"),
        "{out}"
    );
    assert!(out.contains("possible duplicates"), "{out}");
}

#[test]
fn pasting_the_snippet_settles_the_suggestion() {
    let tmp = tempfile::tempdir().unwrap();
    for f in ["kofukin.yaml", "platform.yaml"] {
        std::fs::copy(format!("{DIR}/kochi/{f}"), tmp.path().join(f)).unwrap();
    }
    let list = suggestions();
    let yaml = find(
        &list,
        "org",
        "高知工科大学",
        "高知県公立大学法人高知工科大学",
    )["registry_yaml"]
        .as_str()
        .unwrap()
        .to_owned();
    std::fs::write(tmp.path().join("registry.yaml"), yaml).unwrap();
    let dir = tmp.path().to_str().unwrap();
    let (code, out) = renkei(&["check", "--format", "json", dir]);
    assert_eq!(code, 0, "{out}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert!(
        v["suggestions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["kind"] != "org"),
        "{v:#}"
    );
    let (_, listing) = renkei(&["entities", "--kind", "org", "--format", "json", dir]);
    let orgs: Vec<Value> = serde_json::from_str(&listing).unwrap();
    let kochi = orgs.iter().find(|o| o["name"] == "高知工科大学").unwrap();
    assert_eq!(kochi["networks"].as_array().unwrap().len(), 2, "{kochi}");
}

#[test]
fn entities_merge_spellings_and_count_presence() {
    let (code, out) = renkei(&["entities", "--format", "json", DIR]);
    assert_eq!(code, 0);
    let rows: Vec<Value> = serde_json::from_str(&out).unwrap();
    let mazda = rows
        .iter()
        .find(|r| r["kind"] == "org" && r["id"] == "org:マツダ")
        .unwrap();
    // Present directly in one network, through its chairman in the other.
    assert_eq!(mazda["networks"].as_array().unwrap().len(), 2, "{mazda}");
    let spellings = mazda["spellings"].as_array().unwrap();
    assert!(spellings.contains(&Value::from("マツダ（株）")), "{mazda}");
    assert!(
        spellings.contains(&Value::from("マツダ株式会社")),
        "{mazda}"
    );
    let people: Vec<&Value> = rows.iter().filter(|r| r["kind"] == "person").collect();
    assert_eq!(
        people.len(),
        2,
        "namesakes at two banks stay apart: {people:#?}"
    );
}

#[test]
fn entities_filter_and_csv() {
    let (code, out) = renkei(&["entities", "--kind", "position", "--format", "csv", DIR]);
    assert_eq!(code, 0);
    let mut r = csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][1], "position");
    assert!(rows[0][2].contains("代表取締役会長"));
    let (_, table) = renkei(&["entities", "--sector", "academia", DIR]);
    assert!(table.contains("高知工科大学"), "{table}");
    // Near-misses are listed apart until the registry links them.
    assert!(table.contains("高知県公立大学法人高知工科大学"), "{table}");
    assert!(!table.contains("also written"), "{table}");
    assert!(!table.contains("高知県 "), "{table}");
    let (code, _) = renkei(&["entities", "--sector", "banks", DIR]);
    assert_eq!(code, 2);
}
