//! Fitting data into terminal cells for `table` and `matrix`: display
//! widths (kanji are two cells), clipping with an ellipsis, the output
//! width, and the formats both commands share.

use clap::ValueEnum;
use unicode_width::UnicodeWidthChar;

use crate::text::{sanitize, width};

/// Output formats of `table` and `matrix`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ViewFormat {
    /// Fits the terminal width.
    Text,
    Markdown,
    Csv,
    Json,
}

/// Width used when neither `--width` nor `COLUMNS` says.
const DEFAULT_WIDTH: usize = 100;
/// Narrowest output that still shows anything useful.
const MIN_WIDTH: usize = 20;

/// The width to fit: `--width`, else `COLUMNS` (set by shells for
/// terminals), else 100 cells.
#[must_use]
pub fn output_width(arg: Option<usize>) -> usize {
    arg.or_else(|| std::env::var("COLUMNS").ok()?.trim().parse().ok())
        .unwrap_or(DEFAULT_WIDTH)
        .max(MIN_WIDTH)
}

/// `s` made safe for a terminal and cut to at most `cells` display cells,
/// ending in `…` when cut.
#[must_use]
pub fn clip_cells(s: &str, cells: usize) -> String {
    let s = sanitize(s);
    if width(&s) <= cells {
        return s.into_owned();
    }
    if cells == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > cells {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// [`clip_cells`], then padded with spaces to exactly `cells`.
#[must_use]
pub fn fit(s: &str, cells: usize) -> String {
    let clipped = clip_cells(s, cells);
    let pad = cells.saturating_sub(width(&clipped));
    let mut out = clipped;
    out.extend(std::iter::repeat_n(' ', pad));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kanji_count_two_cells_and_clipping_ends_in_an_ellipsis() {
        assert_eq!(clip_cells("高知工科大学", 12), "高知工科大学");
        assert_eq!(clip_cells("高知工科大学", 11), "高知工科大…");
        assert_eq!(clip_cells("高知工科大学", 10), "高知工科…");
        assert_eq!(width(&clip_cells("高知工科大学", 10)), 9);
        assert_eq!(fit("高知", 6), "高知  ");
        assert_eq!(fit("a\u{1b}", 9), "a\\u{1b}  ");
        assert_eq!(clip_cells("abc", 0), "");
    }
}
