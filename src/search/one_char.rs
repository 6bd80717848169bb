//! `SkimMatcherV2`'s score for a one-character query, without its matrix:
//! a first keystroke such as `会` holds in most names, and the matcher's
//! dynamic programme for each of them was most of that keystroke's time.
//!
//! With one pattern character the matrix has one row, and its best cell
//! is a match plus the gap-extension start (16 − 1) plus the in-place bonus
//! of the matched character (fuzzy-matcher 0.3, default score
//! configuration, case respected). The proptest below holds it to the
//! matcher itself.

/// What `SkimMatcherV2::default().respect_case().fuzzy_match(text, p)`
/// returns when `p` is one character.
pub(super) fn score(text: &str, p: char) -> Option<i64> {
    let mut best: Option<i64> = None;
    let mut prev = '\0';
    for (i, c) in text.chars().enumerate() {
        if c == p {
            let bonus = bonus(prev, c) * if i == 0 { 2 } else { 1 };
            best = best.max(Some(15 + bonus));
        }
        prev = c;
    }
    best
}

/// The matcher's in-place bonus: a word head 8, after a soft separator 7,
/// a camel-case hump 6, inside a word nothing.
fn bonus(prev: char, cur: char) -> i64 {
    match (kind(prev), kind(cur)) {
        (Kind::Empty | Kind::HardSep, _) => 8,
        (Kind::SoftSep, _) => 7,
        (Kind::Lower | Kind::Number, Kind::Upper) => 6,
        _ => 0,
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Empty,
    Upper,
    Lower,
    Number,
    HardSep,
    SoftSep,
}

/// The matcher's character classes (anything else counts as lower case).
fn kind(c: char) -> Kind {
    match c {
        '\0' => Kind::Empty,
        ' ' | '/' | '\\' | '|' | '(' | ')' | '[' | ']' | '{' | '}' => Kind::HardSep,
        '!'..='\'' | '*'..='.' | ':'..='@' | '^'..='`' | '~' => Kind::SoftSep,
        '0'..='9' => Kind::Number,
        'A'..='Z' => Kind::Upper,
        _ => Kind::Lower,
    }
}

#[cfg(test)]
mod tests {
    use fuzzy_matcher::FuzzyMatcher;
    use fuzzy_matcher::skim::SkimMatcherV2;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Every character class, separators of both kinds, kana and kanji.
        #[test]
        fn one_char_scores_are_the_matchers(
            text in "[aAbB0 /.(_:~会議高知こうちコ\\-]{0,12}",
            p in "[aAb0 /._会高こコ\\-]",
        ) {
            let matcher = SkimMatcherV2::default().respect_case();
            let p = p.chars().next().unwrap();
            prop_assert_eq!(super::score(&text, p), matcher.fuzzy_match(&text, &p.to_string()));
        }
    }
}
