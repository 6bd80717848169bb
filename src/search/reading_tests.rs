//! Search by reading on real names without any kana
//! (tests/fixtures/readings/data): estimated readings, romaji, long vowels,
//! and result lines that tell namesakes apart.

use std::path::Path;

use super::{Field, Hit, HitKind, Search, SearchIndex};
use crate::identity::resolve;
use crate::loader::{LoadOptions, load_dir};

fn index() -> SearchIndex {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/readings/data");
    let ds = load_dir(&dir, &LoadOptions::default()).unwrap().dataset;
    assert!(
        ds.networks
            .iter()
            .flat_map(|n| &n.members)
            .all(|m| m.kana.is_none()),
        "the fixture must have no kana"
    );
    SearchIndex::new(&ds, &resolve(&ds))
}

/// The position of `label` among the hits for `query`, with the hit.
fn rank<'a>(hits: &'a [Hit], label: &str) -> Option<(usize, &'a Hit)> {
    hits.iter().enumerate().find(|(_, h)| h.label == label)
}

fn found_within(index: &SearchIndex, query: &str, label: &str, top: usize) -> Hit {
    let hits = index.search(query, 50);
    let labels: Vec<&str> = hits.iter().map(|h| h.label.as_str()).collect();
    let (at, hit) = rank(&hits, label).unwrap_or_else(|| panic!("{query}: {labels:?}"));
    assert!(at < top, "{query}: {label} is #{at}: {labels:?}");
    hit.clone()
}

#[test]
fn surnames_are_found_by_any_candidate_reading() {
    let index = index();
    for q in ["うけた", "うけだ", "ウケダ", "ｳｹﾀﾞ", "ukeda", "uketa"] {
        let hit = found_within(&index, q, "受田 浩之", 1);
        assert_eq!(hit.field, Field::Reading, "{q}");
        assert_eq!(hit.highlight, [0, 1], "{q}");
    }
    let hit = found_within(&index, "のじ", "野地", 1);
    assert_eq!(hit.kind, HitKind::Person);
    found_within(&index, "noji", "野地", 1);
}

#[test]
fn organisations_are_found_by_reading_and_romaji() {
    let index = index();
    let hit = found_within(&index, "こうちだいがく", "高知大学", 1);
    assert_eq!(hit.highlight, [0, 1, 2, 3]);
    for q in ["kouchi", "kochi", "kōchi", "こうち", "ｺｳﾁ", "コウチ"] {
        found_within(&index, q, "高知県", 5);
    }
    let hit = found_within(&index, "kouchiken", "高知県", 1);
    assert_eq!(hit.highlight, [0, 1, 2]);
    found_within(&index, "kouchidaigaku", "高知大学", 1);
}

#[test]
fn kana_named_networks_are_found_by_romaji() {
    let index = index();
    let hit = found_within(&index, "toku", "とくしま産学官連携プラットフォーム", 3);
    assert_eq!(hit.highlight, [0, 1]);
    found_within(
        &index,
        "hiroshima",
        "ひろしま自動車産学官連携推進会議（ひろ自連）",
        3,
    );
    found_within(
        &index,
        "さんがくかん",
        "とくしま産学官連携プラットフォーム",
        3,
    );
}

#[test]
fn namesakes_are_told_apart_by_organisation_and_title() {
    let index = index();
    let hits = index.search("山本", 10);
    let people: Vec<&Hit> = hits.iter().filter(|h| h.label == "山本 健").collect();
    assert_eq!(people.len(), 2, "{hits:?}");
    let details: Vec<(Option<&str>, Option<&str>)> = people
        .iter()
        .map(|h| (h.detail.org.as_deref(), h.detail.title.as_deref()))
        .collect();
    assert!(
        details.contains(&(Some("高知県"), Some("課長"))),
        "{details:?}"
    );
    assert!(
        details.contains(&(Some("高知大学"), Some("教授"))),
        "{details:?}"
    );
    let univ = found_within(&index, "高知大学", "高知大学", 1);
    assert_eq!(univ.detail.prefecture, Some("高知県"));
    assert!(univ.detail.sector.is_some());
}

#[test]
fn typing_romaji_narrows_like_fresh_searches() {
    let mut search = Search::with_limit(index(), 10);
    for text in [
        "kouchidaigaku",
        "ukeda",
        "tokushima",
        "hiroshima",
        "konnichiha",
        "のじ",
    ] {
        let chars: Vec<char> = text.chars().collect();
        for n in (1..=chars.len()).chain((1..chars.len()).rev()) {
            let q: String = chars[..n].iter().collect();
            let typed = search.query(&q).to_vec();
            let fresh = search.index().search(&q, search.limit());
            assert_eq!(typed, fresh, "{q}");
        }
    }
}
