//! 五十音 order for contact lists: the one place that turns a name and its
//! reading into a sort key, so a better reading (an estimated one, say)
//! only has to be plugged in here.

use crate::identity::{kana_key, org_key};
use crate::readings::{self, Style};

/// Where a name sorts: first by [`Class`], then by the key text.
pub type SortKey = (Class, String);

/// Names with a reading (given, or the name itself is kana) sort in
/// 五十音 order before names renkei cannot read (kanji, Latin), which sort
/// by code point after them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Class {
    Read,
    Unread,
}

/// The sort key of `name` with its `reading` (organisations' 1.1 `kana`,
/// people's `kana`). With a reading: the reading folded to hiragana.
/// Without one, the fallback: legal-form designators removed (株式会社,
/// 国立大学法人, …, so 株式会社オーテック sorts under オ), then the best
/// estimated reading ([`crate::readings::best`]; kana names are their own),
/// used for the order only. A name whose estimate does not start with kana
/// (NTT西日本) sorts after every read name, in code-point order.
#[must_use]
pub fn sort_key(name: &str, reading: Option<&str>, style: Style) -> SortKey {
    if let Some(r) = reading.map(kana_key).filter(|r| !r.is_empty()) {
        return (Class::Read, long_vowels(&r));
    }
    let stripped = org_key(name);
    let estimated = readings::best(&stripped, style);
    if estimated.chars().next().is_some_and(is_kana) {
        (Class::Read, long_vowels(&estimated))
    } else {
        (Class::Unread, stripped)
    }
}

/// The prolonged sound mark `ー` sorts as the vowel it lengthens
/// (オーテック as おおてっく), as in dictionaries.
fn long_vowels(kana: &str) -> String {
    const VOWELS: [(char, &str); 5] = [
        ('あ', "あぁかがさざただなはばぱまやゃらわゎ"),
        ('い', "いぃきぎしじちぢにひびぴみりゐ"),
        ('う', "うぅくぐすずつっづぬふぶぷむゆゅるゔ"),
        ('え', "えぇけげせぜてでねへべぺめれゑ"),
        ('お', "おぉこごそぞとどのほぼぽもよょろを"),
    ];
    let mut out = String::with_capacity(kana.len());
    let mut last = None;
    for c in kana.chars() {
        let c = match (c, last) {
            ('ー', Some(prev)) => VOWELS
                .iter()
                .find(|(_, row)| row.contains(prev))
                .map_or(c, |&(v, _)| v),
            _ => c,
        };
        out.push(c);
        last = Some(c);
    }
    out
}

/// Hiragana (after folding katakana) and the prolonged sound mark.
fn is_kana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{309F}' | 'ー')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted<'a>(names: &[(&'a str, Option<&str>)]) -> Vec<&'a str> {
        let mut v = names.to_vec();
        v.sort_by_key(|(n, r)| sort_key(n, *r, Style::Organization));
        v.into_iter().map(|(n, _)| n).collect()
    }

    #[test]
    fn readings_given_or_estimated_give_gojuon_order() {
        assert_eq!(
            sorted(&[
                ("高知大学", Some("こうちだいがく")),
                ("東京科学大学", Some("とうきょうかがくだいがく")),
                ("大阪大学", Some("おおさかだいがく")),
                ("岡山大学", Some("おかやまだいがく")),
                ("株式会社オーテック", None),
                ("マツダ株式会社", None),
                ("愛媛大学", None),
                ("NTT西日本", None),
            ]),
            [
                "愛媛大学",
                "大阪大学",
                "株式会社オーテック",
                "岡山大学",
                "高知大学",
                "東京科学大学",
                "マツダ株式会社",
                "NTT西日本",
            ]
        );
    }

    #[test]
    fn katakana_and_hiragana_readings_sort_alike() {
        let org = Style::Organization;
        assert_eq!(
            sort_key("佐藤", Some("サトウ ハナコ"), Style::Person),
            sort_key("x", Some("さとうはなこ"), Style::Person)
        );
        assert_eq!(sort_key("オーテック", None, org).1, "おおてっく");
        assert_eq!(sort_key("x", Some("ミュージアム"), org).1, "みゅうじあむ");
    }

    #[test]
    fn given_readings_win_over_estimates() {
        let org = Style::Organization;
        assert_eq!(sort_key("高知県", Some(""), org).1, "こうちけん");
        // A given reading is used as given, even when the estimate differs.
        assert_eq!(
            sort_key("受田 浩之", Some("うけだ ひろゆき"), Style::Person).1,
            "うけだひろゆき"
        );
        assert_eq!(sort_key("NTT西日本", None, org).0, Class::Unread);
    }
}
