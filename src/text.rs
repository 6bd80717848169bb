//! Text helpers shared by every printer: control characters, widths, hints.

use std::borrow::Cow;
use std::fmt::Write as _;

use unicode_width::UnicodeWidthChar;

/// Whether `c` could change a terminal's state or the visual order of text:
/// C0/C1 controls (other than TAB), DEL, and the bidirectional overrides and
/// isolates. Such characters from data are never printed raw.
#[must_use]
pub fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Replaces every unsafe character (see [`is_unsafe_char`]) by a visible
/// escape such as `\u{1b}`, so text from a data file cannot drive the
/// terminal. Borrowed when nothing needs escaping, which is the usual case.
#[must_use]
pub fn sanitize(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_unsafe_char(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Display width in terminal cells; CJK characters count two.
#[must_use]
pub fn width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Pads `s` with spaces on the right to `cells` terminal cells.
#[must_use]
pub fn pad_right(s: &str, cells: usize) -> String {
    let w = width(s);
    let mut out = String::with_capacity(s.len() + cells.saturating_sub(w));
    out.push_str(s);
    out.extend(std::iter::repeat_n(' ', cells.saturating_sub(w)));
    out
}

/// Pads `s` with spaces on the left to `cells` terminal cells.
#[must_use]
pub fn pad_left(s: &str, cells: usize) -> String {
    let w = width(s);
    let mut out: String = std::iter::repeat_n(' ', cells.saturating_sub(w)).collect();
    out.push_str(s);
    out
}

/// Levenshtein distance over characters (not bytes), for "did you mean"
/// hints. Inputs are short identifiers, so the quadratic table is fine.
#[must_use]
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The candidate closest to `input` if it is close enough to be a plausible
/// typo: at most a third of the longer string, and at least one edit away
/// from being something else entirely.
#[must_use]
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let n = input.chars().count();
    candidates
        .into_iter()
        .map(|c| (edit_distance(input, c), c))
        .filter(|(d, c)| *d <= n.max(c.chars().count()).div_ceil(3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_escapes_terminal_controls() {
        assert_eq!(sanitize("広島大学"), "広島大学");
        assert!(matches!(sanitize("広島大学"), Cow::Borrowed(_)));
        assert_eq!(sanitize("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(sanitize("x\u{7}\u{9b}y"), "x\\u{7}\\u{9b}y");
        assert_eq!(sanitize("\u{202E}abc"), "\\u{202e}abc");
        assert_eq!(sanitize("tab\tok"), "tab\tok");
        assert_eq!(sanitize("line\nbreak"), "line\\u{a}break");
    }

    #[test]
    fn width_counts_wide_characters_twice() {
        assert_eq!(width("広島"), 4);
        assert_eq!(width("ﾋﾛｼﾏ"), 4);
        assert_eq!(width("COI-NEXT"), 8);
        assert_eq!(pad_right("高知", 6), "高知  ");
        assert_eq!(pad_left("高知", 5), " 高知");
    }

    #[test]
    fn closest_finds_typos_but_not_strangers() {
        let programs = ["kofukin", "coi-next", "platform", "other"];
        assert_eq!(closest("kofukinn", programs), Some("kofukin"));
        assert_eq!(closest("coinext", programs), Some("coi-next"));
        assert_eq!(closest("platfrom", programs), Some("platform"));
        assert_eq!(closest("xyz", programs), None);
        assert_eq!(edit_distance("広島", "広島県"), 1);
    }
}
