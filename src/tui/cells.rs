//! The one text helper for screen cells: everything the browser draws
//! from data goes through [`clean`] and is cut to its width by [`clip`] or
//! [`clip_keep`], so no text runs past a border, no wide character or
//! grapheme cluster is split, and nothing the terminal would draw at a
//! width other than the buffer's (flags, ZWJ sequences, variation
//! selectors, noncharacters) reaches the buffer to leave stale cells.

use std::borrow::Cow;
use std::fmt::Write as _;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::text::is_unsafe_char;

/// The ellipsis that ends cut text.
pub const ELLIPSIS: &str = "…";

/// What `c` becomes on screen: `None` to drop it, or the text to draw.
fn replace(c: char) -> Option<Replacement> {
    let code = u32::from(c);
    Some(match c {
        '\t' => Replacement::Char(' '),
        _ if is_unsafe_char(c) => Replacement::Escape,
        // Zero-width joiners, spaces and marks and the variation selectors:
        // terminals disagree on how wide the sequences they build are.
        '\u{200B}'..='\u{200D}'
        | '\u{2060}'..='\u{2064}'
        | '\u{FEFF}'
        | '\u{00AD}'
        | '\u{034F}'
        | '\u{180E}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{E0000}'..='\u{E0FFF}'
        | '\u{1F3FB}'..='\u{1F3FF}' => return None,
        // Regional indicators pair into flags some terminals draw in one
        // cell, others in two or four: the letters they stand for.
        '\u{1F1E6}'..='\u{1F1FF}' => {
            Replacement::Char(char::from(b'A' + u8::try_from(code - 0x1F1E6).unwrap_or(0)))
        }
        _ if (code & 0xFFFE) == 0xFFFE || (0xFDD0..=0xFDEF).contains(&code) => {
            Replacement::Char('\u{FFFD}')
        }
        _ => Replacement::Char(c),
    })
}

enum Replacement {
    Char(char),
    Escape,
}

fn needs_cleaning(c: char) -> bool {
    !matches!(replace(c), Some(Replacement::Char(r)) if r == c)
}

/// A zero-width mark (combining accent and the like) with nothing to sit
/// on: at the start or after a space, ratatui's wrapping and the
/// terminal would count it differently.
fn is_orphan_mark(c: char, before: Option<char>) -> bool {
    c.width() == Some(0) && before.is_none_or(char::is_whitespace)
}

/// `s` as it may reach the screen: control and bidi characters as visible
/// escapes (see [`crate::text::sanitize`]), tabs as spaces, zero-width and
/// presentation characters dropped, flags as their letters and
/// noncharacters as U+FFFD. Borrowed when nothing changes.
#[must_use]
pub fn clean(s: &str) -> Cow<'_, str> {
    let mut before = None;
    let dirty = s.chars().any(|c| {
        let bad = needs_cleaning(c) || is_orphan_mark(c, before);
        before = Some(c);
        bad
    });
    if !dirty {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match replace(c) {
            None => {}
            Some(Replacement::Char(r)) if is_orphan_mark(r, out.chars().next_back()) => {}
            Some(Replacement::Char(r)) => out.push(r),
            Some(Replacement::Escape) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
        }
    }
    Cow::Owned(out)
}

/// Cells `s` takes once cleaned, counted per grapheme cluster as the
/// buffer counts them.
#[must_use]
pub fn width(s: &str) -> usize {
    clean(s).graphemes(true).map(UnicodeWidthStr::width).sum()
}

/// `s` cleaned and cut to at most `cells` cells, ending in `…` when cut.
#[must_use]
pub fn clip(s: &str, cells: usize) -> String {
    let s = clean(s);
    if cells == 0 {
        return String::new();
    }
    let full: usize = s.graphemes(true).map(UnicodeWidthStr::width).sum();
    if full <= cells {
        return s.into_owned();
    }
    let mut out = String::new();
    let mut w = 0;
    for g in s.graphemes(true) {
        let gw = g.width();
        if w + gw > cells - 1 {
            break;
        }
        w += gw;
        out.push_str(g);
    }
    out.push_str(ELLIPSIS);
    out
}

/// `name` cut so that `name` and `marker` (`+3`, `(12)`) fit in `cells`
/// together: the marker is what matters and is kept whole.
#[must_use]
pub fn clip_keep(name: &str, marker: &str, cells: usize) -> String {
    let mw = width(marker);
    if mw >= cells {
        return clip(marker, cells);
    }
    format!("{}{}", clip(name, cells - mw), clean(marker))
}

/// `s` clipped and padded with spaces to exactly `cells` cells.
#[must_use]
pub fn fit(s: &str, cells: usize) -> String {
    let mut out = clip(s, cells);
    let w = width(&out);
    out.extend(std::iter::repeat_n(' ', cells.saturating_sub(w)));
    out
}

/// Styled text broken into rows of at most `width` cells, at grapheme
/// boundaries (after a space when a Latin word would be cut), each
/// piece cleaned. Used instead of ratatui's wrapping, which can let a
/// wide character hang over the right edge.
#[must_use]
pub fn wrap<T: Copy + PartialEq>(parts: &[(&str, T)], width: usize) -> Vec<Vec<(String, T)>> {
    let mut rows: Vec<Vec<(String, T)>> = Vec::new();
    if width == 0 {
        return rows;
    }
    let mut row: Vec<(String, T)> = Vec::new();
    let mut used = 0;
    let push = |row: &mut Vec<(String, T)>, g: &str, style: T| match row.last_mut() {
        Some((text, s)) if *s == style => text.push_str(g),
        _ => row.push((g.to_owned(), style)),
    };
    for (text, style) in parts {
        let text = clean(text);
        for g in text.graphemes(true) {
            let gw = g.width();
            if used + gw > width {
                rows.push(std::mem::take(&mut row));
                used = 0;
                if g == " " {
                    continue;
                }
            }
            push(&mut row, g, *style);
            used += gw;
        }
    }
    if !row.is_empty() {
        rows.push(row);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_end_in_an_ellipsis_within_the_width() {
        let s = clip("高知県公立大学法人高知工科大学", 12);
        assert_eq!(s, "高知県公立…");
        assert!(width(&s) <= 12);
        assert_eq!(clip("abc", 3), "abc");
        assert_eq!(clip("abcd", 3), "ab…");
        assert_eq!(clip("abcd", 0), "");
    }

    #[test]
    fn a_wide_character_is_never_split() {
        // 11 cells: five kanji make 10, the ellipsis one.
        assert_eq!(clip("高知県公立大学法人", 11), "高知県公立…");
        assert_eq!(clip("高知県公立大学法人", 12), "高知県公立…");
        assert_eq!(width(&clip("高知県公立大学法人", 12)), 11);
    }

    #[test]
    fn the_marker_stays_and_the_name_is_cut() {
        let s = clip_keep("学 高知県公立大学法人高知工科大学", " +2", 20);
        assert!(s.ends_with(" +2"), "{s}");
        assert!(width(&s) <= 20);
        assert!(s.contains('…'));
    }

    #[test]
    fn flags_zwj_and_noncharacters_are_made_safe() {
        assert_eq!(clean("🇯🇵"), "JP");
        assert_eq!(clean("高\u{200D}知"), "高知");
        assert_eq!(clean("a\u{FFFE}b"), "a\u{FFFD}b");
        assert_eq!(clean("👨\u{200D}👩"), "👨👩");
        assert_eq!(clean("e\u{301}"), "e\u{301}");
        assert_eq!(clean("\u{301}a \u{301}b"), "a b");
        assert_eq!(clean("\u{1b}[31m"), "\\u{1b}[31m");
        assert!(matches!(clean("高知"), Cow::Borrowed(_)));
    }

    #[test]
    fn wrapped_rows_never_pass_the_width() {
        let rows = wrap(&[("共通 (2): 機関 踸湝俩坝USJPUSJPe, 人物 😔", 0u8)], 37);
        for r in &rows {
            let w: usize = r.iter().map(|(t, _)| width(t)).sum();
            assert!(w <= 37, "{r:?}");
        }
        assert_eq!(rows.len(), 2);
        let rows = wrap(&[("ab", 1u8), ("cd", 2u8)], 3);
        assert_eq!(
            rows,
            vec![
                vec![("ab".to_owned(), 1), ("c".to_owned(), 2)],
                vec![("d".to_owned(), 2)]
            ]
        );
    }

    #[test]
    fn combining_marks_stay_with_their_base() {
        let s = clip("e\u{301}e\u{301}e\u{301}e\u{301}", 3);
        assert_eq!(s, "e\u{301}e\u{301}…");
    }
}
