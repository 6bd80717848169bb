//! Readings of place names, so that とくしま, ﾄｸｼﾏ and tokushima find 徳島.
//!
//! Kanji have no reading a program can guess, so the search only knows the
//! places listed here: the 47 prefectures (both 徳島県 and the stem 徳島)
//! and the larger cities. [`Readings::find`] spots them in a folded key,
//! longest first and left to right, so 東京都 is 東京 + 都 and never 京都.

use std::collections::HashMap;

use crate::model::PREFECTURES;

/// Hiragana and romaji of each prefecture's stem, in JIS order (parallel to
/// [`PREFECTURES`]).
#[rustfmt::skip]
const PREFECTURE_READINGS: [(&str, &str); 47] = [
    ("ほっかいどう", "hokkaido"), ("あおもり", "aomori"), ("いわて", "iwate"),
    ("みやぎ", "miyagi"), ("あきた", "akita"), ("やまがた", "yamagata"),
    ("ふくしま", "fukushima"), ("いばらき", "ibaraki"), ("とちぎ", "tochigi"),
    ("ぐんま", "gunma"), ("さいたま", "saitama"), ("ちば", "chiba"),
    ("とうきょう", "tokyo"), ("かながわ", "kanagawa"), ("にいがた", "niigata"),
    ("とやま", "toyama"), ("いしかわ", "ishikawa"), ("ふくい", "fukui"),
    ("やまなし", "yamanashi"), ("ながの", "nagano"), ("ぎふ", "gifu"),
    ("しずおか", "shizuoka"), ("あいち", "aichi"), ("みえ", "mie"),
    ("しが", "shiga"), ("きょうと", "kyoto"), ("おおさか", "osaka"),
    ("ひょうご", "hyogo"), ("なら", "nara"), ("わかやま", "wakayama"),
    ("とっとり", "tottori"), ("しまね", "shimane"), ("おかやま", "okayama"),
    ("ひろしま", "hiroshima"), ("やまぐち", "yamaguchi"), ("とくしま", "tokushima"),
    ("かがわ", "kagawa"), ("えひめ", "ehime"), ("こうち", "kochi"),
    ("ふくおか", "fukuoka"), ("さが", "saga"), ("ながさき", "nagasaki"),
    ("くまもと", "kumamoto"), ("おおいた", "oita"), ("みやざき", "miyazaki"),
    ("かごしま", "kagoshima"), ("おきなわ", "okinawa"),
];

/// Cities (and a few towns) whose readings are beyond doubt; designated
/// cities, prefectural capitals whose name differs from the prefecture's,
/// and other regional centres.
#[rustfmt::skip]
const CITIES: [(&str, &str, &str); 56] = [
    ("札幌", "さっぽろ", "sapporo"), ("函館", "はこだて", "hakodate"),
    ("旭川", "あさひかわ", "asahikawa"), ("帯広", "おびひろ", "obihiro"),
    ("室蘭", "むろらん", "muroran"), ("弘前", "ひろさき", "hirosaki"),
    ("八戸", "はちのへ", "hachinohe"), ("盛岡", "もりおか", "morioka"),
    ("仙台", "せんだい", "sendai"), ("鶴岡", "つるおか", "tsuruoka"),
    ("米沢", "よねざわ", "yonezawa"), ("郡山", "こおりやま", "koriyama"),
    ("会津", "あいづ", "aizu"), ("水戸", "みと", "mito"),
    ("日立", "ひたち", "hitachi"), ("宇都宮", "うつのみや", "utsunomiya"),
    ("前橋", "まえばし", "maebashi"), ("高崎", "たかさき", "takasaki"),
    ("船橋", "ふなばし", "funabashi"), ("八王子", "はちおうじ", "hachioji"),
    ("横浜", "よこはま", "yokohama"), ("川崎", "かわさき", "kawasaki"),
    ("相模原", "さがみはら", "sagamihara"), ("鎌倉", "かまくら", "kamakura"),
    ("長岡", "ながおか", "nagaoka"), ("金沢", "かなざわ", "kanazawa"),
    ("甲府", "こうふ", "kofu"), ("松本", "まつもと", "matsumoto"),
    ("浜松", "はままつ", "hamamatsu"), ("沼津", "ぬまづ", "numazu"),
    ("名古屋", "なごや", "nagoya"), ("豊橋", "とよはし", "toyohashi"),
    ("岡崎", "おかざき", "okazaki"), ("四日市", "よっかいち", "yokkaichi"),
    ("大津", "おおつ", "otsu"), ("神戸", "こうべ", "kobe"),
    ("姫路", "ひめじ", "himeji"), ("尼崎", "あまがさき", "amagasaki"),
    ("西宮", "にしのみや", "nishinomiya"), ("倉敷", "くらしき", "kurashiki"),
    ("東広島", "ひがしひろしま", "higashihiroshima"), ("福山", "ふくやま", "fukuyama"),
    ("松江", "まつえ", "matsue"), ("下関", "しものせき", "shimonoseki"),
    ("高松", "たかまつ", "takamatsu"), ("松山", "まつやま", "matsuyama"),
    ("新居浜", "にいはま", "niihama"), ("北九州", "きたきゅうしゅう", "kitakyushu"),
    ("久留米", "くるめ", "kurume"), ("佐世保", "させぼ", "sasebo"),
    ("延岡", "のべおか", "nobeoka"), ("都城", "みやこのじょう", "miyakonojo"),
    ("那覇", "なは", "naha"), ("東松島", "ひがしまつしま", "higashimatsushima"),
    ("豊明", "とよあけ", "toyoake"), ("西之表", "にしのおもて", "nishinoomote"),
];

/// A place name and how to read it.
struct Place {
    name: Vec<char>,
    kana: &'static str,
    romaji: &'static str,
    /// The administrative suffix that may follow (県, 府, 都) and its reading.
    suffix: Option<(char, &'static str, &'static str)>,
}

/// A place found in a key: its character range there and its readings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Found {
    pub start: usize,
    /// End of the stem (徳島).
    pub stem_end: usize,
    /// End including the suffix when present (徳島県), else `stem_end`.
    pub end: usize,
    pub kana: &'static str,
    pub romaji: &'static str,
    /// Readings of the suffix when it was present.
    pub suffix: Option<(&'static str, &'static str)>,
}

/// The place table, indexed by first character.
pub(super) struct Readings {
    places: Vec<Place>,
    /// First character to indices into `places`, longest name first.
    by_first: HashMap<char, Vec<usize>>,
}

impl Readings {
    pub(super) fn new() -> Readings {
        let mut places: Vec<Place> = PREFECTURES
            .iter()
            .zip(PREFECTURE_READINGS)
            .map(|(name, (kana, romaji))| prefecture(name, kana, romaji))
            .collect();
        places.extend(CITIES.iter().map(|&(name, kana, romaji)| Place {
            name: name.chars().collect(),
            kana,
            romaji,
            suffix: None,
        }));
        let mut by_first: HashMap<char, Vec<usize>> = HashMap::new();
        for (i, p) in places.iter().enumerate() {
            if let Some(&c) = p.name.first() {
                by_first.entry(c).or_default().push(i);
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|&i| std::cmp::Reverse(places[i].name.len()));
        }
        Readings { places, by_first }
    }

    /// Places named in `key` (a folded key, as chars), left to right,
    /// without overlaps; each name is reported once, at its first place.
    pub(super) fn find(&self, key: &[char]) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::new();
        let mut i = 0;
        while i < key.len() {
            let hit = self.by_first.get(&key[i]).and_then(|list| {
                list.iter()
                    .map(|&p| &self.places[p])
                    .find(|p| key[i..].starts_with(&p.name))
            });
            let Some(place) = hit else {
                i += 1;
                continue;
            };
            let stem_end = i + place.name.len();
            let suffix = place
                .suffix
                .filter(|(c, _, _)| key.get(stem_end) == Some(c));
            let end = stem_end + usize::from(suffix.is_some());
            if !out.iter().any(|f| f.kana == place.kana) {
                out.push(Found {
                    start: i,
                    stem_end,
                    end,
                    kana: place.kana,
                    romaji: place.romaji,
                    suffix: suffix.map(|(_, k, r)| (k, r)),
                });
            }
            i = end;
        }
        out
    }
}

fn prefecture(name: &str, kana: &'static str, romaji: &'static str) -> Place {
    let suffix = [
        ('県', "けん", "ken"),
        ('府', "ふ", "fu"),
        ('都', "と", "to"),
    ]
    .into_iter()
    .find(|(c, _, _)| name.ends_with(*c));
    let mut chars: Vec<char> = name.chars().collect();
    if suffix.is_some() {
        chars.pop();
    }
    Place {
        name: chars,
        kana,
        romaji,
        suffix,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(text: &str) -> Vec<(&'static str, bool)> {
        let key: Vec<char> = text.chars().collect();
        Readings::new()
            .find(&key)
            .into_iter()
            .map(|f| (f.romaji, f.suffix.is_some()))
            .collect()
    }

    #[test]
    fn stems_and_full_names_are_found() {
        assert_eq!(places("徳島大学"), [("tokushima", false)]);
        assert_eq!(places("徳島県"), [("tokushima", true)]);
        assert_eq!(places("北海道大学"), [("hokkaido", false)]);
        assert_eq!(places("高知県公立大学法人高知工科大学"), [("kochi", true)]);
    }

    #[test]
    fn longest_name_wins_and_names_do_not_overlap() {
        assert_eq!(places("東京都立大学"), [("tokyo", true)]);
        assert_eq!(places("京都府"), [("kyoto", true)]);
        assert_eq!(places("東広島市"), [("higashihiroshima", false)]);
        assert_eq!(
            places("広島県北九州"),
            [("hiroshima", true), ("kitakyushu", false)]
        );
    }

    #[test]
    fn every_prefecture_has_a_reading() {
        let r = Readings::new();
        for name in PREFECTURES {
            let key: Vec<char> = name.chars().collect();
            let found = r.find(&key);
            assert_eq!(found.len(), 1, "{name}");
            assert_eq!(found[0].end, key.len(), "{name}");
        }
    }
}
