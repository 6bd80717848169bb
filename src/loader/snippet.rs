//! The source lines of one file, for snippets: found through an index of
//! line starts (built once, on the first report), and cut to a window
//! around the column, so no diagnostic copies a megabyte line and none
//! costs more than its window, however long the line.

use std::collections::HashMap;

use crate::diag::SNIPPET_CHARS;

/// Characters kept before the column when a long line is cut.
const LEAD: usize = 60;
/// A line longer than this (in bytes) gets a sparse character index.
const LONG: usize = 4096;
/// Characters between two entries of that index.
const STRIDE: usize = 1024;

/// The part of a line a diagnostic keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    pub text: String,
    /// Characters of the line before `text`.
    pub from: u32,
    /// Whether the line goes on after `text`.
    pub cut: bool,
}

/// Byte offsets of the lines of a file, ending as [`super::context::lines`]
/// ends them.
pub struct Lines<'a> {
    src: &'a str,
    starts: Vec<usize>,
    /// Of each long line looked at: the byte offset of every STRIDE-th
    /// character, and its length in characters.
    long: HashMap<usize, (Vec<usize>, usize)>,
}

impl<'a> Lines<'a> {
    #[must_use]
    pub fn new(src: &'a str) -> Lines<'a> {
        let bytes = src.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    starts.push(i + 2);
                    i += 2;
                }
                b'\r' | b'\n' => {
                    starts.push(i + 1);
                    i += 1;
                }
                _ => i += 1,
            }
        }
        Lines {
            src,
            starts,
            long: HashMap::new(),
        }
    }

    /// The 1-based `line`, without its line break.
    #[must_use]
    pub fn line(&self, line: u32) -> Option<&'a str> {
        let n = usize::try_from(line).ok()?.checked_sub(1)?;
        let start = *self.starts.get(n)?;
        let end = match self.starts.get(n + 1) {
            Some(&next) if self.src[..next].ends_with("\r\n") => next - 2,
            Some(&next) => next - 1,
            None => self.src.len(),
        };
        Some(&self.src[start..end])
    }

    /// The window of `line` a snippet shows for `column` (1-based
    /// characters): at most [`SNIPPET_CHARS`] characters, starting up to
    /// [`LEAD`] characters before the column.
    pub fn window(&mut self, line: u32, column: u32) -> Option<Window> {
        let text = self.line(line)?;
        let col = (column.max(1) as usize) - 1;
        if text.len() <= SNIPPET_CHARS {
            return Some(Window {
                text: text.to_owned(),
                from: 0,
                cut: false,
            });
        }
        let total = self.char_len(line as usize, text);
        let start = if total <= SNIPPET_CHARS {
            0
        } else {
            col.saturating_sub(LEAD).min(total - SNIPPET_CHARS)
        };
        let at = self.byte_of_char(line as usize, text, start);
        let shown: String = text[at..].chars().take(SNIPPET_CHARS).collect();
        Some(Window {
            text: shown,
            from: u32::try_from(start).unwrap_or(u32::MAX),
            cut: start + SNIPPET_CHARS < total,
        })
    }

    fn char_len(&mut self, n: usize, text: &str) -> usize {
        if text.len() <= LONG {
            return text.chars().count();
        }
        self.index(n, text).1
    }

    /// The byte offset in `text` (line `n`) of its character `k`.
    fn byte_of_char(&mut self, n: usize, text: &str, k: usize) -> usize {
        let (from_byte, skip) = if text.len() <= LONG {
            (0, k)
        } else {
            let stops = &self.index(n, text).0;
            let i = (k / STRIDE).min(stops.len().saturating_sub(1));
            (stops.get(i).copied().unwrap_or(0), k - i * STRIDE)
        };
        text[from_byte..]
            .char_indices()
            .nth(skip)
            .map_or(text.len(), |(b, _)| from_byte + b)
    }

    fn index(&mut self, n: usize, text: &str) -> &(Vec<usize>, usize) {
        self.long.entry(n).or_insert_with(|| {
            let mut stops = Vec::with_capacity(text.len() / STRIDE + 1);
            let mut chars = 0;
            for (b, _) in text.char_indices() {
                if chars % STRIDE == 0 {
                    stops.push(b);
                }
                chars += 1;
            }
            (stops, chars)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_found_as_the_parsers_count_them() {
        let l = Lines::new("a\r\nb\rc\nd\u{2028}e");
        let got: Vec<_> = (1..=5).map(|n| l.line(n)).collect();
        assert_eq!(
            got,
            [Some("a"), Some("b"), Some("c"), Some("d\u{2028}e"), None]
        );
        assert_eq!(Lines::new("x\n").line(2), Some(""));
        assert_eq!(Lines::new("x").line(0), None);
    }

    #[test]
    fn a_long_line_is_cut_around_the_column() {
        for unit in ["a", "高"] {
            let long = format!("{}X{}", unit.repeat(50_000), unit.repeat(50_000));
            let src = format!("first\n{long}\nlast\n");
            let mut l = Lines::new(&src);
            let w = l.window(2, 50_001).unwrap();
            assert_eq!(w.from, 50_000 - 60);
            assert!(w.cut);
            assert_eq!(w.text.chars().count(), SNIPPET_CHARS);
            assert_eq!(w.text.chars().nth(60), Some('X'));
            // At the end, the window ends with the line.
            let w = l.window(2, 100_001).unwrap();
            assert!(!w.cut);
            assert_eq!(w.from as usize, 100_001 - SNIPPET_CHARS);
            let w = l.window(3, 1).unwrap();
            assert_eq!((w.text.as_str(), w.from, w.cut), ("last", 0, false));
        }
    }
}
