//! Suggestions: the required ones appear, merged entities never do, and the
//! registry snippets settle what they claim to.

use crate::identity::{Settle, Suggestion, SuggestionKind, resolve, suggest, suggest_orgs};
use crate::model::{Dataset, DistinctPair, Program, RegistryOrg, RegistryPerson};
use crate::testkit::{Data, org, person, position};

fn find<'s>(all: &'s [Suggestion], a: &str, b: &str) -> Option<&'s Suggestion> {
    all.iter()
        .find(|s| (s.a == a && s.b == b) || (s.a == b && s.b == a))
}

fn orgs_dataset() -> Dataset {
    Data::default()
        .net(
            "kochi",
            Program::Kofukin,
            vec![
                org("高知県公立大学法人高知工科大学"),
                org("四国大学"),
                org("徳島県商工会連合会"),
            ],
        )
        .net(
            "tokushima",
            Program::Platform,
            vec![
                org("高知工科大学"),
                org("四国大学短期大学部"),
                org("徳島県商工会議所連合会"),
                org("マツダ株式会社"),
                org("マツダ"),
            ],
        )
        .done()
}

#[test]
fn prefix_removal_is_suggested_with_reason_and_place() {
    let ds = orgs_dataset();
    let all = suggest(&ds, &resolve(&ds));
    let s = find(&all, "高知工科大学", "高知県公立大学法人高知工科大学").expect("suggested");
    assert_eq!(s.kind, SuggestionKind::Org);
    assert_eq!(s.a, "高知工科大学");
    assert_eq!(s.score, 90);
    assert!(s.reason.en().contains("高知県公立大学法人"), "{}", s.reason);
    assert_eq!(s.a_at.network_ids(&ds), vec!["tokushima"]);
    assert_eq!(s.b_at.network_ids(&ds), vec!["kochi"]);
    assert_eq!(s.a_at.entity.as_deref(), Some("org:高知工科大学"));
    assert_eq!(
        s.registry_yaml(),
        "organizations:\n  - name: 高知工科大学\n    aliases: [高知県公立大学法人高知工科大学]\n"
    );
}

#[test]
fn containment_and_near_misses_are_suggested_not_merged() {
    let ds = orgs_dataset();
    let all = suggest(&ds, &resolve(&ds));
    let s = find(&all, "四国大学", "四国大学短期大学部").expect("containment");
    assert!((55..90).contains(&s.score));
    find(&all, "徳島県商工会連合会", "徳島県商工会議所連合会").expect("near miss");
    // Merged spellings are one entity, so never a suggestion.
    assert!(find(&all, "マツダ", "マツダ株式会社").is_none());
    for w in all.windows(2) {
        assert!(w[0].score >= w[1].score);
    }
}

#[test]
fn settled_registry_pairs_are_not_suggested() {
    let mut d = Data::default();
    d.net(
        "a",
        Program::Kofukin,
        vec![org("四国大学"), org("四国大学短期大学部")],
    );
    for name in ["四国大学", "四国大学短期大学部"] {
        d.reg_org_full(RegistryOrg {
            name: name.into(),
            ..RegistryOrg::default()
        });
    }
    let ds = d.done();
    assert!(suggest(&ds, &resolve(&ds)).is_empty());
}

#[test]
fn snippet_extends_the_registered_side() {
    let ds = Data::default()
        .net(
            "a",
            Program::Kofukin,
            vec![org("学校法人広島工業大学"), org("広島工業大学")],
        )
        .reg_org("学校法人広島工業大学", &[], &[])
        .done();
    let all = suggest(&ds, &resolve(&ds));
    let s = find(&all, "広島工業大学", "学校法人広島工業大学").expect("suggested");
    assert!(s.b_at.in_registry && !s.a_at.in_registry);
    assert_eq!(
        s.registry_yaml(),
        "organizations:\n  - name: 学校法人広島工業大学\n    aliases: [広島工業大学]\n"
    );
}

fn suzuki() -> Dataset {
    Data::default()
        .net(
            "a",
            Program::Kofukin,
            vec![person("鈴木 次郎", Some("マツダ株式会社"))],
        )
        .net(
            "b",
            Program::CoiNext,
            vec![person("鈴木次郎", Some("広島銀行"))],
        )
        .done()
}

#[test]
fn same_name_at_two_companies_is_a_person_suggestion() {
    let ds = suzuki();
    let all = suggest(&ds, &resolve(&ds));
    let s = all
        .iter()
        .find(|s| s.kind == SuggestionKind::Person)
        .expect("person suggestion");
    assert_eq!(s.score, 80);
    assert_eq!(s.default_settle(), Settle::Different);
    let yaml = s.registry_yaml();
    assert!(yaml.starts_with("people:\n  - name: "), "{yaml}");
    assert!(yaml.contains("    org: マツダ株式会社\n"), "{yaml}");
    assert!(yaml.contains("    org: 広島銀行\n"), "{yaml}");
    let same = s.settle_yaml(Settle::Same);
    assert_eq!(same.matches("- name:").count(), 1, "{same}");
}

/// Pasting a snippet into the registry must make the suggestion go away.
fn settle_and_recheck(ds: &Dataset, how: Settle) -> (usize, Dataset) {
    let all = suggest(ds, &resolve(ds));
    let s = all
        .iter()
        .find(|s| s.kind == SuggestionKind::Person)
        .unwrap();
    let yaml = s.settle_yaml(how);
    let mut settled = ds.clone();
    let mut current: Option<RegistryPerson> = None;
    for line in yaml.lines() {
        if let Some(name) = line.strip_prefix("  - name: ") {
            settled.registry.people.extend(current.take());
            current = Some(RegistryPerson {
                name: name.into(),
                ..RegistryPerson::default()
            });
        } else if let Some(org) = line.strip_prefix("    org: ") {
            current.as_mut().unwrap().org = Some(org.into());
        }
    }
    settled.registry.people.extend(current);
    let left = suggest(&settled, &resolve(&settled))
        .iter()
        .filter(|s| s.kind == SuggestionKind::Person)
        .count();
    (left, settled)
}

#[test]
fn person_snippets_settle_both_ways() {
    let ds = suzuki();
    let (left, settled) = settle_and_recheck(&ds, Settle::Different);
    assert_eq!(left, 0);
    assert_eq!(
        resolve(&settled)
            .of_kind(crate::identity::EntityKind::Person)
            .count(),
        2
    );
    let (left, settled) = settle_and_recheck(&ds, Settle::Same);
    assert_eq!(left, 0);
    assert_eq!(
        resolve(&settled)
            .of_kind(crate::identity::EntityKind::Person)
            .count(),
        1
    );
}

#[test]
fn same_reading_written_differently_is_suggested() {
    let mut a = person("斉藤 元", Some("広島県"));
    a.kana = Some("サイトウ ハジメ".into());
    let mut b = person("斎藤 元", Some("広島県"));
    b.kana = Some("さいとう はじめ".into());
    let ds = Data::default()
        .net("a", Program::Kofukin, vec![a, b])
        .done();
    let all = suggest(&ds, &resolve(&ds));
    let s = find(&all, "斉藤 元", "斎藤 元").expect("reading");
    assert_eq!(s.kind, SuggestionKind::Person);
    assert_eq!(s.score, 75);
    assert!(s.registry_yaml().contains("aliases: ["));
}

#[test]
fn titles_contained_at_one_organization_are_suggested() {
    let ds = Data::default()
        .net(
            "a",
            Program::Kofukin,
            vec![
                position("マツダ", "社長"),
                position("マツダ株式会社", "代表取締役社長"),
            ],
        )
        .done();
    let all = suggest(&ds, &resolve(&ds));
    let s = all
        .iter()
        .find(|s| s.kind == SuggestionKind::Position)
        .expect("position");
    assert_eq!(s.score, 50);
    assert!(s.registry_yaml().starts_with('#'));
}

#[test]
fn bare_names_work_and_are_deterministic() {
    let names = [
        "高知工科大学",
        "高知県公立大学法人高知工科大学",
        "マツダ株式会社",
        "マツダ（株）",
        "四国大学",
        "四国大学短期大学部",
        "東京大学",
        "京都大学",
        "広島大学",
        "広島修道大学",
    ];
    let all = suggest_orgs(&names);
    assert_eq!(all, suggest_orgs(&names));
    assert_eq!(all[0].a, "高知工科大学");
    assert!(find(&all, "マツダ株式会社", "マツダ（株）").is_none());
    assert!(find(&all, "東京大学", "京都大学").is_none());
    assert!(find(&all, "広島大学", "広島修道大学").is_none());
    assert!(find(&all, "四国大学", "四国大学短期大学部").is_some());
}

#[test]
fn places_and_other_prefectures_are_not_near_misses() {
    let names = [
        "高知県",
        "高知県工業会",
        "北海道",
        "北海道大学",
        "名古屋市",
        "名古屋市立大学",
        "株式会社広島銀行",
        "徳島銀行",
        "広島県商工会議所連合会",
        "徳島県商工会議所連合会",
        "徳島県商工会連合会",
    ];
    let all = suggest_orgs(&names);
    let pairs: Vec<(&str, &str)> = all.iter().map(|s| (s.a.as_str(), s.b.as_str())).collect();
    assert_eq!(
        pairs,
        vec![("徳島県商工会連合会", "徳島県商工会議所連合会")]
    );
}

#[test]
fn bodies_listed_side_by_side_default_to_different() {
    let ds = Data::default()
        .net(
            "a",
            Program::Platform,
            vec![org("四国大学"), org("四国大学短期大学部")],
        )
        .done();
    let all = suggest(&ds, &resolve(&ds));
    let s = find(&all, "四国大学", "四国大学短期大学部").expect("suggested");
    assert_eq!(s.default_settle(), Settle::Different);
    assert_eq!(
        s.registry_yaml(),
        "distinct:\n  - [四国大学, 四国大学短期大学部]\n"
    );
}

#[test]
fn a_distinct_pair_is_not_suggested_whichever_way_round() {
    let mut d = Data::default();
    d.net(
        "a",
        Program::Platform,
        vec![org("四国大学"), org("四国大学短期大学部"), org("徳島大学")],
    );
    let mut ds = d.done();
    assert!(
        find(
            &suggest(&ds, &resolve(&ds)),
            "四国大学",
            "四国大学短期大学部"
        )
        .is_some()
    );
    // Written the other way round and spaced: matched by keys.
    ds.registry.distinct.push(DistinctPair {
        a: "四国大学　短期大学部".into(),
        b: "四国大学".into(),
        origin: None,
    });
    let all = suggest(&ds, &resolve(&ds));
    assert!(
        find(&all, "四国大学", "四国大学短期大学部").is_none(),
        "{all:#?}"
    );
    // A name that matches nothing settles nothing and breaks nothing.
    ds.registry.distinct.push(DistinctPair {
        a: "架空大学".into(),
        b: "四国大学".into(),
        origin: None,
    });
    assert_eq!(suggest(&ds, &resolve(&ds)), all);
}
