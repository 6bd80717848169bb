//! Search keys: display text folded so that every way of typing a name meets
//! the same characters, with a map from each key character back to the
//! display character it came from.
//!
//! Folding, per display character (with any combining marks that follow):
//! NFKC (half-width ｶﾅ to full-width, ＡＢＣ to ABC, ㈱ to (株)), katakana to
//! hiragana, Latin to lower case, the variant kanji of
//! [`PERSON_KANJI_FOLDS`] to their common forms, and white space and middle
//! dots dropped. Queries are folded by the same function, so a key holds a
//! query as a subsequence exactly when the display text does up to folding.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

use crate::identity::key::{PERSON_KANJI_FOLDS, is_gap};

/// Appends the folded form of `display` to `key`, pushing onto `map`, for
/// every character appended, the index of the display character it came
/// from (counted in `char`s).
pub(crate) fn push_key(display: &str, key: &mut String, map: &mut Vec<u32>) {
    let mut chars = display.char_indices().zip(0u32..).peekable();
    while let Some(((start, c), at)) = chars.next() {
        let mut end = start + c.len_utf8();
        while let Some(&((i, next), _)) = chars.peek() {
            if !joins_previous(next) {
                break;
            }
            end = i + next.len_utf8();
            chars.next();
        }
        if end == start + c.len_utf8() && is_stable(c) {
            push_char(c, at, key, map);
        } else {
            for n in display[start..end].nfkc() {
                push_char(n, at, key, map);
            }
        }
    }
}

/// Whether NFKC leaves `c` alone when nothing joins it (most kanji and kana).
fn is_stable(c: char) -> bool {
    c.is_ascii() || is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes
}

/// Folds a query the way [`push_key`] folds display text.
pub(crate) fn fold(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    let mut map = Vec::new();
    push_key(text, &mut key, &mut map);
    key
}

/// Whether `c` belongs to the character before it: combining marks,
/// half-width (semi-)voiced sound marks (NFKC turns ﾞ into a combining mark,
/// which then composes with the kana before it) and variation selectors.
pub(crate) fn joins_previous(c: char) -> bool {
    is_combining_mark(c) || matches!(c, 'ﾞ' | 'ﾟ') || is_variation_selector(c)
}

fn is_variation_selector(c: char) -> bool {
    matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

fn push_char(c: char, at: u32, key: &mut String, map: &mut Vec<u32>) {
    if is_gap(c) || is_variation_selector(c) {
        return;
    }
    if c.is_ascii() {
        key.push(c.to_ascii_lowercase());
        map.push(at);
    } else if is_latin(c) && c.is_alphabetic() {
        for l in c.to_lowercase() {
            key.push(l);
            map.push(at);
        }
    } else {
        key.push(fold_kanji(katakana_to_hiragana(c)));
        map.push(at);
    }
}

fn is_latin(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}')
}

/// Katakana ァ..ヶ map onto hiragana ぁ..ゖ by a fixed offset.
fn katakana_to_hiragana(c: char) -> char {
    if ('\u{30A1}'..='\u{30F6}').contains(&c) {
        char::from_u32(u32::from(c) - 0x60).unwrap_or(c)
    } else {
        c
    }
}

fn fold_kanji(c: char) -> char {
    if u32::from(c) < 0x4E00 {
        return c;
    }
    PERSON_KANJI_FOLDS
        .iter()
        .find(|(from, _)| *from == c)
        .map_or(c, |&(_, to)| to)
}

/// A set of characters in 128 bits: one each for ASCII letters and digits,
/// the other characters hashed into the remaining 92.
pub(crate) type Bloom = u128;

/// The characters of `text` as a [`Bloom`]; a query can only match text
/// whose set holds every bit of the query's.
pub(crate) fn bloom(text: &str) -> Bloom {
    text.chars().fold(0, |acc, c| acc | bit(c))
}

fn bit(c: char) -> Bloom {
    // Romaji and ids are typed in ASCII, which Japanese names hardly hold:
    // its own bits make every romaji keystroke exact against names, where
    // a shared bit let `u` through every item holding 委 (all positions).
    match c {
        'a'..='z' => 1 << (u32::from(c) - u32::from('a')),
        '0'..='9' => 1 << (26 + u32::from(c) - u32::from('0')),
        _ => {
            // Fibonacci hashing, its top 32 bits scaled to the other 92.
            let h = u64::from(c).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32;
            1 << (36 + ((h * 92) >> 32))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key_and_map(s: &str) -> (String, Vec<u32>) {
        let (mut k, mut m) = (String::new(), Vec::new());
        push_key(s, &mut k, &mut m);
        (k, m)
    }

    #[test]
    fn widths_scripts_and_case_fold_together() {
        for q in ["ﾄｸｼﾏ", "トクシマ", "とくしま"] {
            assert_eq!(fold(q), "とくしま");
        }
        assert_eq!(fold("ＴＯＫＵＳＨＩＭＡ"), "tokushima");
        assert_eq!(fold("ＮＴＴ"), "ntt");
        assert_eq!(fold("ｶﾞｽ"), "がす");
        assert_eq!(fold("山田 太郎"), "山田太郎");
        assert_eq!(fold("ヤマダ・タロウ"), "やまだたろう");
        assert_eq!(fold("髙橋"), "高橋");
        assert_eq!(fold("Åland"), "åland");
    }

    #[test]
    fn map_points_at_display_characters() {
        let (k, m) = key_and_map("株式会社 ﾄﾞｺﾓ");
        assert_eq!(k, "株式会社どこも");
        // ﾄﾞ is two display characters (5, 6) folded into one key character.
        assert_eq!(m, [0, 1, 2, 3, 5, 7, 8]);
        let (k, m) = key_and_map("㈱Ａ");
        assert_eq!(k, "(株)a");
        assert_eq!(m, [0, 0, 0, 1]);
    }

    #[test]
    fn bloom_holds_every_character() {
        let b = bloom("高知工科大学");
        assert_eq!(b & bloom("工科"), bloom("工科"));
        assert_eq!(bloom(""), 0);
        let letters = bloom("abcdefghijklmnopqrstuvwxyz0123456789");
        assert_eq!(letters.count_ones(), 36);
        assert_eq!(letters & bloom("委高知会大学立用日市"), 0);
    }
}
