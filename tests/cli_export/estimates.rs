//! Estimated readings order the exports but are never written as if they
//! were given: on data without a single `kana`, the ふりがな column stays
//! empty and vCards carry no phonetic field, while rows still follow
//! 五十音 order by the estimates.

use super::export;
use super::readers::read_csv;

/// Real names without any `kana` (see the fixture's README comment).
const NO_KANA: &str = "tests/fixtures/readings/data";

#[test]
fn csv_rows_follow_estimated_readings_and_leave_furigana_empty() {
    let rows = read_csv(&export(&["export", "contacts", NO_KANA]), true);
    assert!(rows.len() > 5, "{rows:?}");
    for row in &rows {
        assert_eq!(row[1], "", "an estimate was written as ふりがな: {row:?}");
    }
    let academia: Vec<&str> = rows
        .iter()
        .filter(|r| r[4] == "学")
        .map(|r| r[2].as_str())
        .collect();
    // こうちこうか… < こうちだいがく < とくしま… < なると… < ひろしま…;
    // code-point order would put 広 (U+5E83) first and 高 (U+9AD8) late.
    assert_eq!(
        academia,
        [
            "高知工科大学",
            "高知大学",
            "高知大学",
            "徳島大学",
            "鳴門教育大学",
            "広島大学"
        ]
    );
}

#[test]
fn vcards_carry_no_estimated_phonetic_name() {
    let cards = String::from_utf8(export(&[
        "export", "contacts", NO_KANA, "--format", "vcard",
    ]))
    .unwrap();
    assert!(cards.contains("FN:受田 浩之"), "{cards}");
    for field in ["SORT-STRING", "X-PHONETIC", "X-FURIGANA", "うけた"] {
        assert!(!cards.contains(field), "{field} in:\n{cards}");
    }
}
