//! Decisions written into registry files (`registry_edit`): each rule on a
//! fixture copied to a temporary folder, the user's lines kept, undo exact,
//! nothing ever blocks on a FIFO, and the 農研機構 pair becomes one entity.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use proptest::prelude::*;
use renkei::identity::{self, EntityKind, Settle};
use renkei::loader::{LoadOptions, load_dir};
use renkei::registry_edit::{Decision, EditError, apply, undo};

const FIXTURES: &str = "tests/fixtures/registry/edit";

/// A copy of fixture `name` in a temporary folder.
fn copy(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let from = Path::new(FIXTURES).join(name);
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
    }
    dir
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// Every line of `old` is in `new`, in order; a line may have grown by one
/// inserted run of text (a flow list extended in place).
fn lines_kept(old: &str, new: &str) -> bool {
    let mut new_lines = new.lines();
    old.lines().all(|o| {
        new_lines.any(|n| {
            let p = o.bytes().zip(n.bytes()).take_while(|(a, b)| a == b).count();
            let q = o
                .bytes()
                .rev()
                .zip(n.bytes().rev())
                .take_while(|(a, b)| a == b)
                .count();
            n == o || (n.len() > o.len() && p + q >= o.len())
        })
    })
}

fn org_entities(dir: &Path) -> Vec<identity::Entity> {
    let loaded = load_dir(dir, &LoadOptions::default()).unwrap();
    assert!(!loaded.has_errors(), "{:#?}", loaded.diagnostics);
    let r = identity::resolve(&loaded.dataset);
    r.of_kind(EntityKind::Organization)
        .map(|(_, e)| e.clone())
        .collect()
}

fn same_org(canonical: &str, alias: &str) -> Decision {
    Decision::SameOrg {
        canonical: canonical.into(),
        alias: alias.into(),
    }
}

#[test]
fn an_alias_joins_an_entry_with_a_flow_list_keeping_every_line() {
    let dir = copy("flow");
    let path = dir.path().join("registry.yaml");
    let old = read(&path);
    let applied = apply(
        dir.path(),
        &same_org("高知工科大学", "高知工科大学香美キャンパス"),
    )
    .unwrap();
    assert_eq!(applied.file, path);
    let new = read(&path);
    assert_eq!(
        new,
        old.replace(
            "[高知県公立大学法人高知工科大学]",
            "[高知県公立大学法人高知工科大学, 高知工科大学香美キャンパス]"
        )
    );
    assert!(lines_kept(&old, &new));
    let orgs = org_entities(dir.path());
    let kut: Vec<_> = orgs.iter().filter(|e| e.name == "高知工科大学").collect();
    assert_eq!(kut.len(), 1);
    assert!(
        kut[0]
            .spellings
            .iter()
            .any(|s| s.text == "高知工科大学香美キャンパス")
    );
    assert!(!orgs.iter().any(|e| e.name == "高知工科大学香美キャンパス"));
}

#[test]
fn an_alias_joins_an_entry_with_a_block_list() {
    let dir = copy("block");
    let path = dir.path().join("registry.yaml");
    let old = read(&path);
    apply(
        dir.path(),
        &same_org(
            "高知県公立大学法人高知工科大学",
            "高知工科大学香美キャンパス",
        ),
    )
    .unwrap();
    assert_eq!(
        read(&path),
        old.replace(
            "  - 高知県公立大学法人高知工科大学\n",
            "  - 高知県公立大学法人高知工科大学\n  - 高知工科大学香美キャンパス\n"
        )
    );
}

#[test]
fn the_registered_side_keeps_its_entry_whichever_side_it_is() {
    let dir = copy("block");
    let path = dir.path().join("registry.yaml");
    apply(dir.path(), &same_org("北海道大学札幌キャンパス", "北大")).unwrap();
    let new = read(&path);
    assert!(
        new.contains("  aliases: [北大, 北海道大学札幌キャンパス]\n"),
        "{new}"
    );
    assert_eq!(new.matches("- name:").count(), 2, "{new}");
}

#[test]
fn a_new_entry_goes_before_the_document_end_marker() {
    let dir = copy("flow");
    let path = dir.path().join("registry.yaml");
    let old = read(&path);
    apply(dir.path(), &same_org("四国大学", "四国大学短期大学部")).unwrap();
    let new = read(&path);
    assert!(lines_kept(&old, &new));
    assert!(
        new.ends_with(
            "people:\n  - name: 山田 太郎\n    kana: やまだ たろう\n    org: 広島県\n...\n"
        ),
        "{new}"
    );
    assert!(
        new.contains("    formerly: [東京工業大学, 東京医科歯科大学]\n  - name: 四国大学\n    aliases: [四国大学短期大学部]\npeople:\n"),
        "{new}"
    );
    assert_eq!(
        org_entities(dir.path())
            .iter()
            .filter(|e| e.name == "四国大学")
            .count(),
        1
    );
}

#[test]
fn a_distinct_pair_creates_the_key_or_joins_the_list() {
    let dir = copy("flow");
    let path = dir.path().join("registry.yaml");
    let old = read(&path);
    let d = Decision::DifferentOrgs {
        a: "四国大学".into(),
        b: "四国大学短期大学部".into(),
    };
    apply(dir.path(), &d).unwrap();
    let new = read(&path);
    assert_eq!(
        new,
        old.replace(
            "\n...\n",
            "\ndistinct:\n  - [四国大学, 四国大学短期大学部]\n...\n"
        )
    );
    let loaded = load_dir(dir.path(), &LoadOptions::default()).unwrap();
    let ds = &loaded.dataset;
    let left = identity::suggest(ds, &identity::resolve(ds));
    assert!(
        !left.iter().any(|s| s.a.starts_with("四国大学")),
        "{left:#?}"
    );
    assert!(matches!(apply(dir.path(), &d), Err(EditError::Already(_))));

    let dir = copy("block");
    let path = dir.path().join("registry.yaml");
    let d = Decision::DifferentOrgs {
        a: "八戸工業高等専門学校".into(),
        b: "高知工業高等専門学校".into(),
    };
    apply(dir.path(), &d).unwrap();
    assert!(read(&path).ends_with(
        "- [徳島県商工会連合会, 徳島県商工会議所連合会]\n- [八戸工業高等専門学校, 高知工業高等専門学校]\n"
    ));
}

#[test]
fn people_decisions_write_people_entries() {
    let dir = copy("none");
    let path = dir.path().join("registry.yaml");
    let d = Decision::DifferentPeople {
        name_a: "鈴木 次郎".into(),
        org_a: Some("株式会社高知銀行".into()),
        name_b: "鈴木次郎".into(),
        org_b: Some("株式会社四国銀行".into()),
    };
    let applied = apply(dir.path(), &d).unwrap();
    let new = read(&path);
    assert!(new.ends_with("people:\n  - name: 鈴木 次郎\n    org: 株式会社高知銀行\n  - name: 鈴木次郎\n    org: 株式会社四国銀行\n"), "{new}");
    let loaded = load_dir(dir.path(), &LoadOptions::default()).unwrap();
    let ds = &loaded.dataset;
    let r = identity::resolve(ds);
    assert_eq!(r.of_kind(EntityKind::Person).count(), 2);
    assert!(
        !identity::suggest(ds, &r)
            .iter()
            .any(|s| s.a.starts_with("鈴木"))
    );
    undo(&applied).unwrap();
    assert!(!path.exists());

    // The same person: one entry, then an alias added to it.
    let d = Decision::SamePerson {
        name: "鈴木 次郎".into(),
        alias: None,
        org: Some("株式会社高知銀行".into()),
    };
    apply(dir.path(), &d).unwrap();
    let r = {
        let loaded = load_dir(dir.path(), &LoadOptions::default()).unwrap();
        identity::resolve(&loaded.dataset)
    };
    assert_eq!(r.of_kind(EntityKind::Person).count(), 1);
    let d = Decision::SamePerson {
        name: "鈴木 次郎".into(),
        alias: Some("鈴木治郎".into()),
        org: None,
    };
    apply(dir.path(), &d).unwrap();
    let new = read(&path);
    assert!(
        new.ends_with(
            "people:\n  - name: 鈴木 次郎\n    org: 株式会社高知銀行\n    aliases: [鈴木治郎]\n"
        ),
        "{new}"
    );
}

#[test]
fn accepting_the_noken_pair_makes_one_entity() {
    let dir = copy("noken");
    let long = "国立研究開発法人農業・食品産業技術総合研究機構(農研機構)";
    let loaded = load_dir(dir.path(), &LoadOptions::default()).unwrap();
    let ds = &loaded.dataset;
    let r = identity::resolve(ds);
    assert_eq!(r.of_kind(EntityKind::Organization).count(), 3);
    let all = identity::suggest(ds, &r);
    let s = all
        .iter()
        .find(|s| [&s.a, &s.b].contains(&&"農研機構".to_owned()))
        .expect("the pair is suggested");
    let d = Decision::from_suggestion(s, Settle::Same).unwrap();
    let old = read(&dir.path().join("registry.yaml"));
    apply(dir.path(), &d).unwrap();
    let new = read(&dir.path().join("registry.yaml"));
    assert!(lines_kept(&old, &new));
    assert!(new.ends_with("...\n"), "{new}");
    assert_eq!(new.matches("- name:").count(), 2, "one new entry: {new}");
    let orgs = org_entities(dir.path());
    assert_eq!(orgs.len(), 2, "{orgs:#?}");
    let noken = orgs.iter().find(|e| e.name != "高知大学").unwrap();
    let spelled: Vec<&str> = noken.spellings.iter().map(|s| s.text.as_str()).collect();
    assert!(
        spelled.contains(&"農研機構") && spelled.contains(&long),
        "{spelled:?}"
    );
}

#[test]
fn undo_restores_the_bytes_and_refuses_after_a_change() {
    let dir = copy("flow");
    let path = dir.path().join("registry.yaml");
    let old = std::fs::read(&path).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    }
    let applied = apply(dir.path(), &same_org("四国大学", "四国大学短期大学部")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640, "the file keeps its permissions");
    }
    assert_ne!(std::fs::read(&path).unwrap(), old);
    undo(&applied).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), old);
    assert!(matches!(undo(&applied), Err(EditError::Changed { .. })));
    assert_eq!(std::fs::read(&path).unwrap(), old);
    // No temporary file is left behind.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn a_new_registry_is_made_only_when_there_is_none() {
    let dir = copy("none");
    let d = same_org("四国大学", "四国大学短期大学部");
    let applied = apply(dir.path(), &d).unwrap();
    let path = dir.path().join("registry.yaml");
    assert_eq!(applied.file, path);
    let text = read(&path);
    assert!(text.starts_with('#'));
    assert!(text.ends_with(&d.yaml()), "{text}");
    // A registry under another name (the old browser's file) is used as it is.
    let dir = copy("none");
    let own = dir.path().join("registry-accepted.yaml");
    std::fs::write(&own, "organizations:\n  - name: 高知銀行\n").unwrap();
    let applied = apply(dir.path(), &d).unwrap();
    assert_eq!(applied.file, own);
    assert!(!dir.path().join("registry.yaml").exists());
    assert!(
        read(&own).ends_with(
            "  - name: 高知銀行\n  - name: 四国大学\n    aliases: [四国大学短期大学部]\n"
        )
    );
}

#[test]
fn an_edit_that_cannot_be_made_writes_nothing() {
    let dir = copy("none");
    let path = dir.path().join("registry.yaml");
    let old = "# 空\norganizations: ~\npeople:\n  - name: 山田 太郎\n";
    std::fs::write(&path, old).unwrap();
    let err = apply(dir.path(), &same_org("四国大学", "四国大学短期大学部")).unwrap_err();
    assert!(matches!(err, EditError::Refused { .. }), "{err}");
    assert!(
        err.to_string().contains("aliases: [四国大学短期大学部]"),
        "{err}"
    );
    // The browser shows it in its language: the reason and the entry.
    assert_eq!(err.render(renkei::msg::Lang::En), err.to_string());
    let ja = err.render(renkei::msg::Lang::Ja);
    assert!(
        ja.contains("`organizations` が空（`~`）である（`organizations:` と書けば記録できます）ため、記録しませんでした")
            && ja.contains("aliases: [四国大学短期大学部]"),
        "{ja}"
    );
    assert_eq!(read(&path), old);
}

/// Runs `f` on another thread and fails if it does not finish promptly.
fn promptly<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(10))
        .expect("blocked for 10 s")
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    use std::os::unix::ffi::OsStrExt as _;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
}

#[cfg(unix)]
#[test]
fn a_fifo_named_registry_yaml_is_refused_without_blocking() {
    let dir = copy("none");
    let fifo = dir.path().join("registry.yaml");
    mkfifo(&fifo);
    let root: PathBuf = dir.path().to_path_buf();
    let d = same_org("四国大学", "四国大学短期大学部");
    let err = promptly(move || apply(&root, &d)).unwrap_err();
    assert!(matches!(err, EditError::NotAFile { .. }), "{err}");
    assert!(err.to_string().contains("named pipe"), "{err}");

    // A link to a FIFO under another name is skipped as a registry and
    // refused as a place to write.
    let dir = copy("none");
    let fifo = dir.path().join("pipe");
    mkfifo(&fifo);
    std::os::unix::fs::symlink(&fifo, dir.path().join("registry.yaml")).unwrap();
    let root: PathBuf = dir.path().to_path_buf();
    let d = same_org("四国大学", "四国大学短期大学部");
    let err = promptly(move || apply(&root, &d)).unwrap_err();
    assert!(err.to_string().contains("a link to a named pipe"), "{err}");
    let ja = err.render(renkei::msg::Lang::Ja);
    assert!(
        ja.contains("名前付きパイプへのリンクで、通常のファイルではありません"),
        "{ja}"
    );
}

#[test]
fn decisions_print_what_check_prints() {
    let dir = copy("none");
    let loaded = load_dir(dir.path(), &LoadOptions::default()).unwrap();
    let ds = &loaded.dataset;
    let all = identity::suggest(ds, &identity::resolve(ds));
    assert!(all.len() >= 2);
    for s in &all {
        for how in [Settle::Same, Settle::Different] {
            let d = Decision::from_suggestion(s, how).unwrap();
            assert_eq!(d.yaml(), s.settle_yaml(how), "{s:?} {how:?}");
        }
    }
}

fn name() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "高知工科大学",
        "高知県公立大学法人高知工科大学",
        "四国大学",
        "四国大学短期大学部",
        "徳島県商工会連合会",
        "徳島県商工会議所連合会",
        "Kochi Bank",
        "農研機構",
    ])
    .prop_map(str::to_owned)
}

/// A registry file: entries in flow or block form, comments, markers.
fn registry() -> impl Strategy<Value = String> {
    let entry = (name(), prop::option::of(name()), 0..3u8, any::<bool>());
    (
        prop::collection::vec(entry, 0..4),
        any::<bool>(),
        any::<bool>(),
        0..3u8,
    )
        .prop_map(|(entries, start, end, indent)| {
            let pad = "  ".repeat(usize::from(indent) % 2);
            let mut s = String::from("# 登録簿\n");
            if start {
                s.push_str("---\n");
            }
            s.push_str("organizations:\n");
            let mut seen = std::collections::HashSet::new();
            for (name, alias, form, comment) in entries {
                if !seen.insert(name.clone()) {
                    continue;
                }
                let _ = writeln!(s, "{pad}- name: {name}");
                match (alias.filter(|a| seen.insert(a.clone())), form) {
                    (Some(a), 0) => writeln!(s, "{pad}  aliases: [{a}]"),
                    (Some(a), 1) => writeln!(s, "{pad}  aliases:\n{pad}  - {a}"),
                    _ => writeln!(s, "{pad}  sector: academia"),
                }
                .unwrap();
                if comment {
                    s.push_str("# コメント\n");
                }
            }
            s.push_str("people: []\n");
            if end {
                s.push_str("...\n");
            }
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn apply_keeps_every_original_line_in_order(
        src in registry(),
        a in name(),
        b in name(),
        different in any::<bool>(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("registry.yaml");
        std::fs::write(&path, &src).unwrap();
        let d = if different {
            Decision::DifferentOrgs { a, b }
        } else {
            same_org(&a, &b)
        };
        match apply(dir.path(), &d) {
            Ok(applied) => {
                let new = read(&path);
                prop_assert!(lines_kept(&src, &new), "{}\n---\n{}", src, new);
                let loaded = load_dir(dir.path(), &LoadOptions::default()).unwrap();
                prop_assert!(!loaded.has_errors(), "{:#?}\n{}", loaded.diagnostics, new);
                undo(&applied).unwrap();
                prop_assert_eq!(read(&path), src);
            }
            Err(EditError::Already(_) | EditError::Conflict(_)) => prop_assert_eq!(read(&path), src),
            Err(e) => prop_assert!(false, "{}\n{}", e, src),
        }
    }
}
