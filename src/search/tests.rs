//! Search tests: folding across scripts and widths, readings, highlights,
//! ranking on the seed data (tests/fixtures/seed), and incremental narrowing.

use std::path::{Path, PathBuf};

use proptest::prelude::*;

use super::{Field, Hit, HitKind, Search, SearchIndex, Target};
use crate::identity::resolve;
use crate::loader::{LoadOptions, load_dir};
use crate::model::{
    Dataset, FileId, FileKind, Member, Network, Program, RegistryPerson, SourceFile,
};
use crate::testkit::{self, org};

fn person(name: &str, org_name: &str, kana: Option<&str>) -> Member {
    Member {
        kana: kana.map(Into::into),
        ..testkit::person(name, Some(org_name))
    }
}

fn network(id: &str, name: &str, pref: &str, members: Vec<Member>, file: u32) -> Network {
    Network {
        name: name.into(),
        file: FileId(file),
        ..testkit::network(id, Program::Platform, pref, members)
    }
}

/// Two small networks in 徳島 and 高知, and one registry person.
fn small() -> Dataset {
    let networks = vec![
        network(
            "kochi/platform",
            "高知地域連携プラットフォーム",
            "高知県",
            vec![
                org("高知工科大学"),
                org("高知県"),
                org("ＮＴＴデータ"),
                person("高橋 花子", "高知工科大学", None),
            ],
            0,
        ),
        network(
            "tokushima/kofukin",
            "徳島県地方大学・地域産業創生事業",
            "徳島県",
            vec![
                org("徳島大学"),
                org("徳島県"),
                org("株式会社ﾄﾞｺﾓ四国"),
                person("山田 太郎", "徳島大学", Some("ヤマダ タロウ")),
            ],
            1,
        ),
    ];
    let files = networks
        .iter()
        .map(|n| SourceFile {
            path: PathBuf::from("networks").join(&n.id),
            rel: format!("{}.yaml", n.id),
            kind: FileKind::Network,
        })
        .collect();
    let mut ds = Dataset {
        files,
        networks,
        ..Dataset::default()
    };
    ds.registry.people.push(RegistryPerson {
        name: "鈴木 一郎".into(),
        kana: Some("すずき いちろう".into()),
        ..RegistryPerson::default()
    });
    ds
}

fn index_of(ds: &Dataset) -> SearchIndex {
    SearchIndex::new(ds, &resolve(ds))
}

/// The seed networks (tests/fixtures/seed), frozen so the bundled data can grow.
fn seed() -> (Dataset, SearchIndex) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed");
    let ds = load_dir(&dir, &LoadOptions::default()).unwrap().dataset;
    let index = index_of(&ds);
    (ds, index)
}

fn labels(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.label.as_str()).collect()
}

fn find<'a>(hits: &'a [Hit], label: &str) -> Option<&'a Hit> {
    hits.iter().find(|h| h.label == label)
}

#[test]
fn every_spelling_of_tokushima_finds_it() {
    let index = index_of(&small());
    for q in [
        "ﾄｸｼﾏ",
        "トクシマ",
        "とくしま",
        "tokushima",
        "徳島",
        "ＴＯＫＵＳＨＩＭＡ",
    ] {
        let hits = index.search(q, 10);
        for want in ["徳島大学", "徳島県"] {
            assert!(find(&hits, want).is_some(), "{q}: {:?}", labels(&hits));
        }
        assert!(find(&hits, "高知工科大学").is_none(), "{q}");
    }
}

#[test]
fn reading_matches_highlight_the_place() {
    let index = index_of(&small());
    let hits = index.search("とくしま", 10);
    let univ = find(&hits, "徳島大学").unwrap();
    assert_eq!(univ.field, Field::Reading);
    assert_eq!(univ.highlight, [0, 1]);
    let hits = index.search("tokushimaken", 10);
    assert_eq!(find(&hits, "徳島県").unwrap().highlight, [0, 1, 2]);
    assert!(find(&hits, "徳島大学").is_none());
}

#[test]
fn highlights_point_at_display_characters() {
    let index = index_of(&small());
    let hits = index.search("工科", 10);
    assert_eq!(hits[0].label, "高知工科大学");
    assert_eq!(hits[0].highlight, [2, 3]);
    assert_eq!(hits[0].field, Field::Name);
    // ﾄﾞ is two characters on screen; both light up.
    let hits = index.search("ドコモ", 10);
    assert_eq!(hits[0].label, "株式会社ﾄﾞｺﾓ四国");
    assert_eq!(hits[0].highlight, [4, 5, 6, 7]);
}

#[test]
fn full_and_half_width_latin_meet() {
    let index = index_of(&small());
    for q in ["NTT", "ntt", "ＮＴＴ", "ｎｔｔ"] {
        let hits = index.search(q, 10);
        let hit = find(&hits, "ＮＴＴデータ").unwrap_or_else(|| panic!("{q}"));
        assert_eq!(hit.highlight, [0, 1, 2], "{q}");
        assert_eq!(hit.kind, HitKind::Organization);
    }
}

#[test]
fn people_are_found_by_kana_and_name() {
    let index = index_of(&small());
    for q in ["やまだ", "ﾔﾏﾀﾞﾀﾛｳ", "yamada"] {
        let hits = index.search(q, 10);
        let hit = find(&hits, "山田 太郎");
        let hit = hit.unwrap_or_else(|| panic!("{q}: {:?}", labels(&hits)));
        assert_eq!(hit.field, Field::Reading);
        assert!(hit.highlight.is_empty());
        assert_eq!(hit.context.as_deref(), Some("徳島大学"));
    }
    let hits = index.search("すずき", 10);
    assert_eq!(labels(&hits), ["鈴木 一郎"]);
    let hits = index.search("山田太郎", 10);
    assert_eq!(hits[0].highlight, [0, 1, 3, 4]);
}

#[test]
fn networks_are_found_by_id_and_come_first_on_ties() {
    let index = index_of(&small());
    let hits = index.search("kochi/platform", 10);
    assert_eq!(hits[0].target, Target::Network(0));
    assert_eq!(hits[0].field, Field::Id);
    assert_eq!(hits[0].context.as_deref(), Some("高知県"));
    assert_eq!(hits[0].count, 4);
}

#[test]
fn ties_put_networks_first_then_shorter_labels() {
    let index = index_of(&small());
    let hits = index.search("高知", 10);
    assert_eq!(
        labels(&hits),
        [
            "高知地域連携プラットフォーム",
            "高知県",
            "高知工科大学",
            "高橋 花子"
        ]
    );
    assert_eq!(hits[1].score, hits[0].score);
    assert_eq!(hits[3].field, Field::Org);
}

#[test]
fn threads_do_not_change_results() {
    let (_, mut index) = seed();
    let one = ["大学", "k", "とうきょう", "会議"].map(|q| index.search(q, 500));
    index.threads = 3;
    index.min_per_thread = 1;
    let many = ["大学", "k", "とうきょう", "会議"].map(|q| index.search(q, 500));
    assert_eq!(one, many);
}

#[test]
fn empty_query_finds_nothing() {
    let mut search = Search::new(index_of(&small()));
    assert!(search.query("").is_empty());
    assert!(search.query(" 　").is_empty());
    assert!(!search.query("高").is_empty());
    assert!(search.query("").is_empty());
    assert_eq!(search.matched(), 0);
}

#[test]
fn kochi_koka_finds_the_university_first_in_seed_data() {
    let (ds, index) = seed();
    let hits = index.search("高知工科", 20);
    assert_eq!(hits[0].label, "高知工科大学", "{:?}", labels(&hits));
    assert_eq!(hits[0].kind, HitKind::Organization);
    assert_eq!(hits[0].highlight, [0, 1, 2, 3]);
    let hits = index.search("こうち", 50);
    assert!(find(&hits, "高知工科大学").is_some());
    assert!(hits.iter().any(|h| matches!(h.target, Target::Network(n)
        if ds.networks[n as usize].prefecture.name() == "高知県")));
}

/// Types `text` one character at a time (and back) and checks each step
/// against a fresh search.
fn assert_incremental(search: &mut Search, text: &str) {
    let chars: Vec<char> = text.chars().collect();
    let steps = (1..=chars.len()).chain((1..chars.len()).rev());
    for n in steps {
        let q: String = chars[..n].iter().collect();
        let typed = search.query(&q).to_vec();
        let fresh = search.index().search(&q, search.limit());
        assert_eq!(typed, fresh, "{q}");
    }
}

#[test]
fn typing_gives_the_same_hits_as_fresh_searches() {
    let (_, index) = seed();
    let mut search = Search::with_limit(index, 15);
    for text in [
        "高知工科大学",
        "ﾄｸｼﾏﾀﾞｲｶﾞｸ",
        "hiroshima",
        "とくしまけん",
        "協議会 ＮＴＴ",
    ] {
        assert_incremental(&mut search, text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn incremental_equals_fresh(text in "[高知工科大学徳島県ｶﾞかがアイ a-zA-Zｔ・]{1,8}") {
        let mut search = Search::with_limit(index_of(&small()), 3);
        assert_incremental(&mut search, &text);
    }
}
