//! Matching keys: the normalised forms FORMAT.md "Identity" compares names by.
//!
//! Every key function is idempotent (`k(k(x)) == k(x)`): each one repeats its
//! normalisation step until the output stops changing, because removing a
//! character or lower-casing a letter can leave a string that NFKC would
//! recompose (a base letter meeting a combining mark). Real names settle after
//! one step; the loop only matters for odd input.

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

use crate::text::is_invisible;

/// Legal-form designators removed from organisation keys, as they look after
/// NFKC (so `（株）`, `㈱` and `(株)` are all `(株)`, and `㍿` is `株式会社`).
///
/// The bracketed abbreviations include (一社)/(一財)/(公社)/(公財), the usual
/// short forms of the 社団/財団 designators FORMAT.md lists.
/// Longer forms come first so that 地方独立行政法人 is removed whole rather than
/// leaving 地方 behind. 学校法人 and 公立大学法人 are deliberately absent:
/// FORMAT.md wants 高知県公立大学法人高知工科大学 and 高知工科大学 to stay
/// apart, so such body prefixes only feed duplicate suggestions.
pub const ORG_DESIGNATORS: [&str; 25] = [
    "地方独立行政法人",
    "国立研究開発法人",
    "一般社団法人",
    "公益社団法人",
    "一般財団法人",
    "公益財団法人",
    "国立大学法人",
    "独立行政法人",
    "株式会社",
    "有限会社",
    "合同会社",
    "合資会社",
    "合名会社",
    "(株)",
    "(有)",
    "(同)",
    "(資)",
    "(名)",
    "(社)",
    "(財)",
    "(学)",
    "(一社)",
    "(一財)",
    "(公社)",
    "(公財)",
];

/// Variant kanji folded in person keys: old or decorative forms that appear
/// in the same family name depending on who typed it. Only pairs that are
/// universally read as the same name are listed; look-alikes that are
/// distinct surnames (斉藤/斎藤, 崎/埼, 竜/龍) stay apart.
pub const PERSON_KANJI_FOLDS: [(char, char); 24] = [
    ('髙', '高'),
    ('﨑', '崎'),
    ('嵜', '崎'),
    ('邊', '辺'),
    ('邉', '辺'),
    ('濵', '浜'),
    ('濱', '浜'),
    ('齋', '斎'),
    ('齊', '斎'),
    ('德', '徳'),
    ('廣', '広'),
    ('澤', '沢'),
    ('嶋', '島'),
    ('嶌', '島'),
    ('櫻', '桜'),
    ('國', '国'),
    ('眞', '真'),
    ('惠', '恵'),
    ('榮', '栄'),
    ('冨', '富'),
    ('瀨', '瀬'),
    ('藏', '蔵'),
    ('黑', '黒'),
    ('\u{20BB7}', '吉'),
];

/// Organisation key (FORMAT.md "Identity", organisation key steps 1–4).
///
/// A name that is nothing but designators (`株式会社`) keeps its normalised
/// form rather than becoming empty, so it never collides with every other
/// designator-only name.
#[must_use]
pub fn org_key(name: &str) -> String {
    settle(name, org_step)
}

/// Person key: NFKC, no white space or middle dots, lower-case Latin, and
/// [`PERSON_KANJI_FOLDS`] applied.
#[must_use]
pub fn person_key(name: &str) -> String {
    settle(name, person_step)
}

/// Title key: NFKC without white space (FORMAT.md compares titles this way).
#[must_use]
pub fn title_key(title: &str) -> String {
    settle(title, |s| {
        nfkc(s)
            .chars()
            .filter(|&c| !c.is_whitespace() && !is_invisible(c))
            .collect()
    })
}

/// Reading key: NFKC, no white space or middle dots, katakana folded to
/// hiragana so `ヤマダ タロウ` and `やまだたろう` compare equal. Romaji is
/// not guessed.
#[must_use]
pub fn kana_key(kana: &str) -> String {
    settle(kana, |s| {
        nfkc(s)
            .chars()
            .filter(|&c| !is_gap(c))
            .map(katakana_to_hiragana)
            .collect()
    })
}

/// Whether `c` separates name parts without meaning anything: white space
/// (including U+3000), the middle-dot variants, and the invisible
/// characters of [`is_invisible`].
#[must_use]
pub fn is_gap(c: char) -> bool {
    c.is_whitespace() || matches!(c, '・' | '･' | '·' | '‧' | '•') || is_invisible(c)
}

/// Applies `step` until its output is stable. The quick NFKC check saves the
/// second pass for ordinary names, since every step ends on text that only
/// changes again if it is not in NFKC.
fn settle(input: &str, step: impl Fn(&str) -> String) -> String {
    let mut current = step(input);
    for _ in 0..8 {
        if is_nfkc(&current) {
            return current;
        }
        let next = step(&current);
        if next == current {
            return current;
        }
        current = next;
    }
    current
}

/// NFKC, without copying text that is already normalised (most names are).
fn nfkc(s: &str) -> Cow<'_, str> {
    if is_nfkc(s) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfkc().collect())
    }
}

/// Whether NFKC leaves `s` unchanged. Names are mostly ASCII, kana and
/// common kanji, which NFKC never changes, so those are checked by range
/// before the quick check's per-character table lookups (a large share of
/// loading and resolving time otherwise).
fn is_nfkc(s: &str) -> bool {
    s.chars().all(is_nfkc_plain) || is_nfkc_quick(s.chars()) == IsNormalized::Yes
}

/// Characters that are NFKC on their own and never combine: ASCII, hiragana
/// and katakana letters, ー, and the CJK unified ideographs of the BMP.
fn is_nfkc_plain(c: char) -> bool {
    matches!(
        c,
        '\0'..='\u{7F}'
            | '\u{3041}'..='\u{3096}'
            | '\u{30A1}'..='\u{30FA}'
            | '\u{30FC}'
            | '\u{3400}'..='\u{4DBF}'
            | '\u{4E00}'..='\u{9FFF}'
    )
}

/// NFKC and Latin lower case; NFKC again because lower-casing can make a
/// letter composable with a following mark (J + caron has no precomposed
/// form, j + caron does).
fn nfkc_lower(s: &str) -> Cow<'_, str> {
    let normal = nfkc(s);
    if let Cow::Owned(lower) = lower_latin(&normal) {
        return Cow::Owned(nfkc(&lower).into_owned());
    }
    normal
}

fn org_step(s: &str) -> String {
    let normal: String = nfkc_lower(s).chars().filter(|&c| !is_gap(c)).collect();
    let stripped = strip_designators(&normal);
    if stripped.is_empty() {
        normal
    } else {
        stripped
    }
}

fn person_step(s: &str) -> String {
    nfkc_lower(s)
        .chars()
        .filter(|&c| !is_gap(c))
        .map(fold_person_kanji)
        .collect()
}

/// Removes every designator until none is left, since removing one can join
/// the halves of another (`株式株式会社会社`).
fn strip_designators(s: &str) -> String {
    let mut out = s.to_owned();
    // Every designator holds one of these; most names hold none of them.
    if !out.contains(['会', '法', '(']) {
        return out;
    }
    loop {
        let before = out.len();
        // Bit `i`: `out` contains designator `i`, kept up to date after
        // each removal, so designators go in the same order as checking
        // each with `contains` would remove them, at a fraction of the cost.
        let mut found = designators_in(&out);
        for (i, d) in ORG_DESIGNATORS.iter().enumerate() {
            if found & (1 << i) != 0 {
                out = out.replace(d, "");
                found = designators_in(&out);
            }
        }
        if out.len() == before {
            return out;
        }
    }
}

/// First characters of [`ORG_DESIGNATORS`].
const DESIGNATOR_STARTS: [char; 9] = ['地', '国', '一', '公', '独', '株', '有', '合', '('];

/// Which [`ORG_DESIGNATORS`] occur in `s`, as bits, in one pass.
fn designators_in(s: &str) -> u32 {
    let mut found = 0;
    for (at, c) in s.char_indices() {
        if DESIGNATOR_STARTS.contains(&c) {
            for (i, d) in ORG_DESIGNATORS.iter().enumerate() {
                if s[at..].starts_with(d) {
                    found |= 1 << i;
                }
            }
        }
    }
    found
}

/// Lower-cases Latin letters only: FORMAT.md asks for Latin, and folding
/// Greek or Cyrillic case is not this tool's business.
fn lower_latin(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| is_latin(c) && !c.is_lowercase()) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_latin(c) {
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}') && c.is_alphabetic()
}

fn fold_person_kanji(c: char) -> char {
    PERSON_KANJI_FOLDS
        .iter()
        .find(|(from, _)| *from == c)
        .map_or(c, |&(_, to)| to)
}

/// Katakana ァ..ヶ map onto hiragana ぁ..ゖ by a fixed offset; ヷ..ヺ and the
/// prolonged sound mark have no hiragana letter and are kept.
fn katakana_to_hiragana(c: char) -> char {
    if ('\u{30A1}'..='\u{30F6}').contains(&c) {
        char::from_u32(u32::from(c) - 0x60).unwrap_or(c)
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    use super::{
        DESIGNATOR_STARTS, IsNormalized, ORG_DESIGNATORS, designators_in, is_nfkc_plain,
        is_nfkc_quick, strip_designators,
    };

    #[test]
    fn designators_are_found_as_contains_finds_them() {
        assert!(ORG_DESIGNATORS.len() <= 32);
        for d in ORG_DESIGNATORS {
            assert!(d.starts_with(DESIGNATOR_STARTS), "{d}");
        }
        for s in [
            "マツダ株式会社",
            "(一社)中国経済連合会(株)",
            "株式株式会社会社",
            "広島県",
        ] {
            let expected = (0..)
                .zip(ORG_DESIGNATORS)
                .filter(|(_, d)| s.contains(d))
                .fold(0, |bits, (i, _)| bits | 1 << i);
            assert_eq!(designators_in(s), expected, "{s}");
        }
        assert_eq!(strip_designators("株式株式会社会社マツダ"), "マツダ");
        assert_eq!(strip_designators("(一社)中国経済連合会"), "中国経済連合会");
    }

    #[test]
    fn plain_characters_are_what_the_quick_check_calls_normalised() {
        let plain = (0..=0x0010_FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_nfkc_plain(c));
        for c in plain {
            // On their own and after any other plain character.
            assert_eq!(is_nfkc_quick([c].into_iter()), IsNormalized::Yes, "{c:?}");
            assert_eq!(
                is_nfkc_quick(['a', c, '漢'].into_iter()),
                IsNormalized::Yes,
                "{c:?}"
            );
        }
    }
}

#[cfg(test)]
mod invisible_tests {
    use super::*;

    #[test]
    fn invisible_characters_do_not_split_an_organisation() {
        let plain = org_key("広島大学");
        for c in [
            '\u{200B}', '\u{2060}', '\u{AD}', '\u{FEFF}', '\u{200D}', '\u{FE0F}',
        ] {
            let name = format!("広島{c}大学");
            assert_eq!(org_key(&name), plain, "U+{:04X}", u32::from(c));
            assert_eq!(person_key(&format!("山田{c}太郎")), person_key("山田太郎"));
            assert_eq!(title_key(&format!("部{c}長")), title_key("部長"));
            assert_eq!(kana_key(&format!("やま{c}だ")), kana_key("やまだ"));
        }
    }
}
