//! 五十音 order for contact lists: the one place that turns a name and its
//! reading into a sort key, so a better reading (an estimated one, say)
//! only has to be plugged in here.

use crate::identity::{kana_key, org_key};

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
/// 国立大学法人, …, so 株式会社オーテック sorts under オ), and a name that then
/// starts with kana is its own reading; anything else sorts after every
/// read name, in code-point order of the stripped name.
#[must_use]
pub fn sort_key(name: &str, reading: Option<&str>) -> SortKey {
    if let Some(r) = reading.map(kana_key).filter(|r| !r.is_empty()) {
        return (Class::Read, long_vowels(&r));
    }
    let stripped = org_key(name);
    let folded = kana_key(&stripped);
    if folded.chars().next().is_some_and(is_kana) {
        (Class::Read, long_vowels(&folded))
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
        v.sort_by_key(|(n, r)| sort_key(n, *r));
        v.into_iter().map(|(n, _)| n).collect()
    }

    #[test]
    fn readings_give_gojuon_order_and_kanji_without_one_come_last() {
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
                "大阪大学",
                "株式会社オーテック",
                "岡山大学",
                "高知大学",
                "東京科学大学",
                "マツダ株式会社",
                "NTT西日本",
                "愛媛大学",
            ]
        );
    }

    #[test]
    fn katakana_and_hiragana_readings_sort_alike() {
        assert_eq!(
            sort_key("佐藤", Some("サトウ ハナコ")),
            sort_key("x", Some("さとうはなこ"))
        );
        assert_eq!(sort_key("高知県", Some("")).0, Class::Unread);
        assert_eq!(sort_key("オーテック", None).1, "おおてっく");
        assert_eq!(sort_key("x", Some("ミュージアム")).1, "みゅうじあむ");
    }
}
