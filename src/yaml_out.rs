//! Just enough YAML writing for the files renkei writes itself (registry
//! snippets, imported networks): scalars that read back as the same
//! string, whether pasted into a block or a flow sequence.

/// `s` as a YAML scalar: plain when that reads back as the same string,
/// else double-quoted.
#[must_use]
pub fn scalar(s: &str) -> String {
    if is_plain_safe(s) {
        s.to_owned()
    } else {
        quoted(s)
    }
}

fn is_plain_safe(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    let last = s.chars().next_back().unwrap_or(first);
    if first.is_whitespace() || last.is_whitespace() || "-?:,[]{}#&*!|>'\"%@`".contains(first) {
        return false;
    }
    if s.contains(": ") || s.contains(" #") || s.ends_with(':') {
        return false;
    }
    if s.chars().any(|c| c.is_control() || ",[]{}".contains(c)) {
        return false;
    }
    !looks_typed(s)
}

/// Plain scalars YAML 1.1 or 1.2 readers would take for something other
/// than a string.
fn looks_typed(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "~" | "null" | "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n"
    ) || s.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == '+')
}

/// `s` as a YAML double-quoted scalar, always: line breaks, controls and
/// the characters that could reorder or hide text (bidi overrides) are
/// escaped, so the file shows what the value holds.
#[must_use]
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if crate::text::is_unsafe_char(c) => push_escape(&mut out, c),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// YAML's `\uXXXX`, or `\UXXXXXXXX` beyond the first plane.
fn push_escape(out: &mut String, c: char) {
    let code = u32::from(c);
    let (lead, digits) = if code > 0xFFFF {
        ("\\U", 8)
    } else {
        ("\\u", 4)
    };
    out.push_str(lead);
    for i in (0..digits).rev() {
        out.push(
            char::from_digit((code >> (4 * i)) & 0xF, 16).map_or('0', |d| d.to_ascii_uppercase()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{quoted, scalar};

    #[test]
    fn japanese_names_stay_plain() {
        assert_eq!(scalar("高知工科大学"), "高知工科大学");
        assert_eq!(scalar("山田 太郎"), "山田 太郎");
        assert_eq!(scalar("マツダ（株）"), "マツダ（株）");
        assert_eq!(scalar("NTT"), "NTT");
    }

    #[test]
    fn risky_names_are_quoted() {
        assert_eq!(scalar("A, B"), "\"A, B\"");
        assert_eq!(scalar("3M"), "\"3M\"");
        assert_eq!(scalar("yes"), "\"yes\"");
        assert_eq!(scalar("-x"), "\"-x\"");
        assert_eq!(scalar("a: b"), "\"a: b\"");
        assert_eq!(scalar("\"hi\""), "\"\\\"hi\\\"\"");
        assert_eq!(scalar(""), "\"\"");
        assert_eq!(scalar("a\u{7}b"), "\"a\\u0007b\"");
    }

    #[test]
    fn quoted_keeps_every_value_a_string() {
        assert_eq!(quoted("0888230000"), "\"0888230000\"");
        assert_eq!(quoted("高知大学"), "\"高知大学\"");
        assert_eq!(quoted("a\"b\\c\r\nd"), "\"a\\\"b\\\\c\\r\\nd\"");
        assert_eq!(quoted("\u{1b}\u{202e}"), "\"\\u001B\\u202E\"");
        assert_eq!(quoted("tab\there"), "\"tab\\there\"");
    }
}
