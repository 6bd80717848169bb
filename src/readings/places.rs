//! Place names whose readings are beyond doubt: the 47 prefectures (both
//! 徳島県 and the stem 徳島) and the larger cities. The estimator prefers
//! these to any dictionary word, so 高知 is always こうち.

use std::collections::HashMap;
use std::sync::OnceLock;

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

/// Every place, name to hiragana reading: stems, full prefecture names and
/// cities. Romaji stay in the tables above for documentation; queries in
/// romaji are turned into kana instead (`readings::kana`).
pub(super) fn places() -> &'static HashMap<String, String> {
    static PLACES: OnceLock<HashMap<String, String>> = OnceLock::new();
    PLACES.get_or_init(|| {
        let mut map = HashMap::new();
        for (name, (kana, _)) in PREFECTURES.iter().zip(PREFECTURE_READINGS) {
            let suffix = [('県', "けん"), ('府', "ふ"), ('都', "と")]
                .into_iter()
                .find(|(c, _)| name.ends_with(*c));
            if let Some((c, reading)) = suffix {
                map.insert(name.trim_end_matches(c).to_owned(), kana.to_owned());
                map.insert((*name).to_owned(), format!("{kana}{reading}"));
            } else {
                map.insert((*name).to_owned(), kana.to_owned());
            }
        }
        for (name, kana, _) in CITIES {
            map.insert(name.to_owned(), kana.to_owned());
        }
        map
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_prefecture_and_its_stem_is_read() {
        let p = places();
        assert_eq!(p["徳島県"], "とくしまけん");
        assert_eq!(p["徳島"], "とくしま");
        assert_eq!(p["東京都"], "とうきょうと");
        assert_eq!(p["北海道"], "ほっかいどう");
        for name in PREFECTURES {
            assert!(p.contains_key(name), "{name}");
        }
    }
}
