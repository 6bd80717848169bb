//! Text from data made safe for files other programs read: line breaks
//! normalised, terminal and bidi controls shown as visible escapes.

use crate::text::sanitize;

/// Line breaks become LF (CRLF and lone CR included) and are kept; every
/// other unsafe character (ESC, BEL, C1, bidi overrides; see
/// [`crate::text::is_unsafe_char`]) becomes a visible `\u{…}` escape, so
/// nothing is lost silently and nothing can drive a terminal or reorder
/// text. Each format then writes LF its own way.
#[must_use]
pub fn clean(s: &str) -> String {
    let unified = s.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(unified.len());
    for (i, line) in unified.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&sanitize(line));
    }
    out
}

/// [`clean`], with line breaks turned into spaces, for values that must
/// stay on one line.
#[must_use]
pub fn one_line(s: &str) -> String {
    clean(s).replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_line_breaks_and_escapes_controls() {
        assert_eq!(clean("広島\r\n大学\r高知"), "広島\n大学\n高知");
        assert_eq!(clean("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(clean("\u{202e}abc\u{85}"), "\\u{202e}abc\\u{85}");
        assert_eq!(clean("tab\tkept"), "tab\tkept");
        assert_eq!(one_line("山田\n太郎"), "山田 太郎");
    }
}
