//! FORMAT 1.1 in registry files: organisations' `kana` and `distinct:`
//! pairs, loaded from fixtures, checked, and honoured by suggestions.

mod common;

use std::path::Path;

use renkei::diag::{Diagnostic, Severity};
use renkei::identity::{self, EntityKind};
use renkei::loader::{LoadOptions, Loaded, load_dir};

fn load(dir: &str) -> Loaded {
    load_dir(Path::new(dir), &LoadOptions::default()).unwrap()
}

fn pairs(loaded: &Loaded) -> Vec<(String, String)> {
    let ds = &loaded.dataset;
    identity::suggest(ds, &identity::resolve(ds))
        .into_iter()
        .map(|s| (s.a, s.b))
        .collect()
}

fn has_pair(list: &[(String, String)], a: &str, b: &str) -> bool {
    list.iter()
        .any(|(x, y)| (x == a && y == b) || (x == b && y == a))
}

#[test]
fn a_distinct_pair_is_never_suggested_and_the_rest_still_is() {
    let loaded = load("tests/fixtures/registry/1.1");
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    let reg = &loaded.dataset.registry;
    assert_eq!(reg.distinct.len(), 1);
    assert_eq!(reg.distinct[0].a, "徳島県商工会連合会");
    assert_eq!(reg.distinct[0].b, "徳島県商工会議所連合会");
    let with = pairs(&loaded);
    assert!(
        !has_pair(&with, "徳島県商工会連合会", "徳島県商工会議所連合会"),
        "{with:?}"
    );
    assert!(has_pair(
        &with,
        "高知工科大学",
        "高知県公立大学法人高知工科大学"
    ));
    // The same data without the pair: it is suggested, so the pair is what
    // keeps it out.
    let mut without = loaded.clone();
    without.dataset.registry.distinct.clear();
    assert!(has_pair(
        &pairs(&without),
        "徳島県商工会連合会",
        "徳島県商工会議所連合会"
    ));
}

#[test]
fn organisation_kana_reaches_the_entry_and_the_entity() {
    let loaded = load("tests/fixtures/registry/1.1");
    let ds = &loaded.dataset;
    assert_eq!(
        ds.registry.organizations[0].kana.as_deref(),
        Some("こうちだいがく")
    );
    let r = identity::resolve(ds);
    let reading = |name: &str| {
        let (id, _) = r
            .of_kind(EntityKind::Organization)
            .find(|(_, e)| e.name == name)
            .unwrap();
        r.reading(ds, id)
    };
    assert_eq!(reading("高知大学"), Some("こうちだいがく"));
    assert_eq!(
        reading("徳島県商工会議所連合会"),
        Some("とくしまけんしょうこうかいぎしょれんごうかい")
    );
    assert_eq!(reading("高知工科大学"), None);
}

fn at(d: &Diagnostic) -> String {
    format!(
        "{}:{}:{}",
        d.file.file_name().unwrap().to_string_lossy(),
        d.pos.line,
        d.pos.column
    )
}

#[test]
fn bad_shapes_are_reported_where_they_stand_and_the_good_pair_is_kept() {
    let loaded = load("tests/fixtures/registry/1.1-bad");
    let got: Vec<(Severity, String, String)> = loaded
        .diagnostics
        .iter()
        .map(|d| (d.severity, at(d), d.message.en()))
        .collect();
    let expect: [(Severity, &str, &str); 6] = [
        (
            Severity::Warning,
            "registry.yaml:3:11",
            "`kana` should be hiragana or katakana",
        ),
        (
            Severity::Error,
            "registry.yaml:7:5",
            "must name two organisations, this one has 1",
        ),
        (
            Severity::Error,
            "registry.yaml:8:5",
            "must be a pair of names, found text",
        ),
        (
            Severity::Error,
            "registry.yaml:9:12",
            "are one organisation (the same name",
        ),
        (
            Severity::Warning,
            "registry.yaml:10:12",
            "`架空の研究機構` in `distinct` matches no organisation",
        ),
        (
            Severity::Error,
            "registry.yaml:11:14",
            "one organisation in the registry (the entry `高知工科大学` at tests/fixtures/registry/1.1-bad/registry.yaml:4)",
        ),
    ];
    assert_eq!(got.len(), expect.len(), "{got:#?}");
    for ((sev, pos, msg), (esev, epos, emsg)) in got.iter().zip(expect) {
        assert_eq!((*sev, pos.as_str()), (esev, epos), "{msg}");
        assert!(msg.contains(emsg), "{msg}");
    }
    // The valid pairs stay (the unknown name and the contradiction are
    // reported, not dropped silently).
    let reg = &loaded.dataset.registry;
    assert_eq!(reg.distinct.len(), 3);
    assert_eq!(reg.distinct[2].a, "徳島県商工会連合会");
    assert_eq!(
        reg.organizations[0].kana.as_deref(),
        Some("Kochi University")
    );
}

#[test]
fn a_file_with_only_distinct_is_a_registry() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("net.yaml"),
        "name: 徳島\nprogram: other\nprefecture: 徳島県\nmembers:\n  - org: 四国大学\n  - org: 四国大学短期大学部\n",
    )
    .unwrap();
    let loaded = load(dir.path().to_str().unwrap());
    assert!(has_pair(&pairs(&loaded), "四国大学", "四国大学短期大学部"));
    std::fs::write(
        dir.path().join("settled.yaml"),
        "distinct:\n  - [四国大学, 四国大学短期大学部]\n",
    )
    .unwrap();
    let loaded = load(dir.path().to_str().unwrap());
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    assert!(pairs(&loaded).is_empty());
}

#[test]
fn distinct_in_a_network_file_is_ignored_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("net.yaml"),
        "name: 徳島\nprogram: other\nprefecture: 徳島県\nmembers: []\ndistinct:\n  - [a, b]\n",
    )
    .unwrap();
    let loaded = load(dir.path().to_str().unwrap());
    let [d] = loaded.diagnostics.as_slice() else {
        panic!("{:#?}", loaded.diagnostics)
    };
    assert_eq!((d.severity, d.pos.line), (Severity::Warning, 5));
    assert!(
        d.message
            .en()
            .contains("`distinct` is ignored in a network file")
    );
}

#[test]
fn check_no_longer_suggests_a_distinct_pair() {
    let r = common::run(&["check", "tests/fixtures/registry/1.1"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(!r.stdout.contains("徳島県商工会連合会 ~"), "{}", r.stdout);
    assert!(
        r.stdout.contains(
            "checked 2 files (1 network, 1 registry): 0 errors, 0 warnings, 1 possible duplicate"
        ),
        "{}",
        r.stdout
    );
    let r = common::run(&["check", "tests/fixtures/registry/1.1-bad"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout
            .contains("tests/fixtures/registry/1.1-bad/registry.yaml:10:12"),
        "{}",
        r.stdout
    );
}

#[test]
fn contradicting_registry_entries_are_errors_naming_both_lines() {
    let loaded = load("tests/fixtures/registry/conflicts");
    let dir = "tests/fixtures/registry/conflicts";
    let got: Vec<(String, String)> = loaded
        .diagnostics
        .iter()
        .map(|d| {
            assert_eq!(d.severity, Severity::Error, "{d:?}");
            (at(d), d.message.en())
        })
        .collect();
    let expect = [
        (
            "registry.yaml:11:9",
            format!(
                "`高知大学医学部` is listed under `高知大学`, but it is the name of another registry entry at {dir}/registry2.yaml:8; renkei takes the two entries as one organisation named `高知大学`"
            ),
        ),
        (
            "registry2.yaml:4:15",
            format!(
                "alias cycle: `高知女子大学` lists `高知県立大学` as another name, and the entry `高知県立大学` at {dir}/registry.yaml:6 lists `高知女子大学`"
            ),
        ),
        (
            "registry2.yaml:7:15",
            format!(
                "`工科大` is listed under both `香美工科大` and `高知工科大学` (at {dir}/registry.yaml:3); renkei keeps it with `高知工科大学`"
            ),
        ),
    ];
    assert_eq!(got.len(), expect.len(), "{got:#?}");
    for ((pos, msg), (epos, emsg)) in got.iter().zip(&expect) {
        assert_eq!(pos, epos, "{msg}");
        assert!(msg.starts_with(emsg.as_str()), "{msg}\n{emsg}");
    }
    // What the messages claim is what resolution does.
    let ds = &loaded.dataset;
    let r = identity::resolve(ds);
    let org_named = |name: &str| {
        r.of_kind(EntityKind::Organization)
            .find(|(_, e)| e.spellings.iter().any(|s| s.text == name))
            .map(|(_, e)| e.name.clone())
    };
    assert_eq!(org_named("高知大学医学部").as_deref(), Some("高知大学"));
    assert_eq!(org_named("高知女子大学").as_deref(), Some("高知県立大学"));
    assert_eq!(org_named("工科大").as_deref(), Some("高知工科大学"));
    assert_eq!(org_named("香美工科大").as_deref(), Some("香美工科大"));
}

#[test]
fn an_alias_naming_an_earlier_entry_is_not_followed_as_the_error_says() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("registry.yaml"),
        "organizations:\n  - name: 高知大学医学部\n  - name: 高知大学\n    aliases: [高知大学医学部]\n",
    )
    .unwrap();
    let loaded = load(dir.path().to_str().unwrap());
    let [d] = loaded.diagnostics.as_slice() else {
        panic!("{:#?}", loaded.diagnostics)
    };
    assert_eq!((d.pos.line, d.pos.column), (4, 15));
    assert!(
        d.message
            .en()
            .contains("registry.yaml:2; renkei does not follow this name"),
        "{}",
        d.message
    );
    let r = identity::resolve(&loaded.dataset);
    assert_eq!(r.of_kind(EntityKind::Organization).count(), 2);
}

#[test]
fn ordinary_aliases_raise_no_conflict() {
    let loaded = load("tests/fixtures/suggestions");
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("registry.yaml"),
        "organizations:\n  - name: 東京科学大学\n    formerly: [東京工業大学, 東京医科歯科大学]\n    aliases: [東京工業大学]\n  - name: 北海道大学\n    aliases: [北大, 国立大学法人北海道大学]\n",
    )
    .unwrap();
    let loaded = load(dir.path().to_str().unwrap());
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
}
