//! Text helpers shared by every printer: control characters, widths, hints.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io;

use serde::Serialize;

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

/// Names an unsafe or invisible character for a message, e.g. `ESC
/// (U+001B)`, `a right-to-left override (U+202E)` or `a byte-order mark
/// (U+FEFF)`.
#[must_use]
pub fn describe_char(c: char) -> String {
    let name = match c {
        '\u{1b}' => "ESC",
        '\u{7}' => "BEL",
        '\u{8}' => "backspace",
        '\n' => "a line break",
        '\r' => "a carriage return",
        '\u{7f}' => "DEL",
        '\u{9b}' => "CSI",
        '\u{0}'..='\u{1f}' => "a C0 control",
        '\u{80}'..='\u{9f}' => "a C1 control",
        '\u{202e}' => "a right-to-left override",
        '\u{202d}' => "a left-to-right override",
        '\u{202a}'..='\u{202c}' | '\u{2066}'..='\u{2069}' => "a bidirectional control",
        '\u{200e}' | '\u{200f}' | '\u{61c}' => "a bidirectional mark",
        '\u{feff}' => "a byte-order mark",
        '\u{200b}' => "a zero-width space",
        '\u{200c}' => "a zero-width non-joiner",
        '\u{200d}' => "a zero-width joiner",
        '\u{2060}' => "a word joiner",
        '\u{ad}' => "a soft hyphen",
        '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}' => "a variation selector",
        c if is_invisible(c) => "an invisible character",
        _ => "a control character",
    };
    format!("{name} (U+{:04X})", u32::from(c))
}

/// At most `max` characters of `s`, with `…` when cut: for echoing data
/// in a message without echoing a whole runaway value.
#[must_use]
pub fn clip(s: &str, max: usize) -> Cow<'_, str> {
    match s.char_indices().nth(max) {
        None => Cow::Borrowed(s),
        Some((at, _)) => Cow::Owned(format!("{}…", &s[..at])),
    }
}

/// Writes `value` as pretty JSON (like `serde_json::to_writer_pretty`) with every unsafe
/// character as a `\uXXXX` escape (see [`json_escape_unsafe`]). JSON
/// readers get the real value; a terminal showing the JSON gets no control.
///
/// # Errors
/// Whatever serialising or the writer returns.
pub fn write_json<W: io::Write + ?Sized, T: Serialize + ?Sized>(
    w: &mut W,
    value: &T,
) -> io::Result<()> {
    let json = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
    w.write_all(json_escape_unsafe(&json).as_bytes())
}

/// serde_json escapes C0 controls (ESC becomes `\u001b`) but writes DEL,
/// C1 controls (the one-byte CSI, U+009B) and bidirectional overrides raw.
/// This writes those as `\uXXXX` too. Outside strings serde_json writes
/// only ASCII punctuation, digits, letters, spaces and line breaks, so any
/// such character stands inside a string, where the escape means the same
/// character.
#[must_use]
pub fn json_escape_unsafe(json: &str) -> Cow<'_, str> {
    let escape = |c: char| c != '\n' && is_unsafe_char(c);
    if !json.chars().any(escape) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if escape(c) {
            // All unsafe characters are in the Basic Multilingual Plane.
            let _ = write!(out, "\\u{:04x}", u32::from(c));
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

/// Unicode's default-ignorable code points: characters that show as
/// nothing (zero-width space U+200B, word joiner U+2060, soft hyphen
/// U+00AD, a BOM U+FEFF inside a name, joiners, variation selectors, bidi
/// marks). A name holding one looks the same as one without it, so the
/// identity keys drop them: 広<ZWSP>島大学 is 広島大学.
#[must_use]
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{AD}' | '\u{34F}' | '\u{61C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF0}'..='\u{FFF8}' | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E0FFF}')
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
    fn characters_are_named_and_values_clipped() {
        assert_eq!(describe_char('\u{1b}'), "ESC (U+001B)");
        assert_eq!(describe_char('\u{9b}'), "CSI (U+009B)");
        assert_eq!(describe_char('\u{85}'), "a C1 control (U+0085)");
        assert_eq!(
            describe_char('\u{202e}'),
            "a right-to-left override (U+202E)"
        );
        assert_eq!(clip("高知県", 3), "高知県");
        assert_eq!(clip("高知県庁", 3), "高知県…");
    }

    #[test]
    fn json_keeps_values_but_escapes_every_control() {
        let value = ["a\u{1b}[31m", "b\u{9b}c\u{202e}d\u{7f}", "高知\n県"];
        let mut out = Vec::new();
        write_json(&mut out, &value).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            !text.chars().any(|c| c != '\n' && is_unsafe_char(c)),
            "{text}"
        );
        assert!(
            text.contains("\\u009b") && text.contains("\\u202e"),
            "{text}"
        );
        let back: Vec<String> = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
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
