//! Estimator tests on real names (the accuracy figure is measured by
//! tests/readings_accuracy.rs over a larger list).

use super::{Style, best, candidates};

fn readings(name: &str, style: Style) -> Vec<String> {
    candidates(name, style, 8)
        .into_iter()
        .map(|c| c.reading)
        .collect()
}

#[test]
fn dictionary_words_and_places_read_whole() {
    assert_eq!(best("高知大学", Style::Organization), "こうちだいがく");
    assert_eq!(best("徳島県", Style::Organization), "とくしまけん");
    assert_eq!(
        best("ひろしま自動車産学官連携推進会議", Style::Organization),
        "ひろしまじどうしゃさんがくかんれんけいすいしんかいぎ"
    );
}

#[test]
fn surnames_have_every_candidate() {
    let ukeda = readings("受田", Style::Person);
    assert!(ukeda.iter().any(|r| r == "うけた"), "{ukeda:?}");
    assert!(ukeda.iter().any(|r| r == "うけだ"), "{ukeda:?}");
    let noji = readings("野地 浩", Style::Person);
    assert!(noji.iter().any(|r| r.starts_with("のじ")), "{noji:?}");
}

#[test]
fn spans_point_at_label_characters() {
    let c = &candidates("高知 大学", Style::Organization, 1)[0];
    assert_eq!(c.reading, "こうちだいがく");
    let labels: Vec<(u32, u32)> = c.spans.iter().map(|s| s.label).collect();
    assert_eq!(labels, [(0, 2), (3, 5)]);
    assert_eq!(c.spans[1].reading, (3, 7));
}

#[test]
fn kana_latin_and_brackets_pass_through() {
    assert_eq!(best("ＮＴＴデータ", Style::Organization), "nttでーた");
    assert_eq!(best("ﾄｸｼﾏ", Style::Organization), "とくしま");
    assert!(!best("（株）", Style::Organization).contains('('));
    assert_eq!(best("", Style::Person), "");
    assert_eq!(best("・ ", Style::Person), "");
}
