//! Explaining why YAML could not be read: serde_yaml's syntax errors
//! without their trailing position, with a hint for the common mistakes,
//! and byte-order marks where YAML does not expect them.

use crate::diag::Pos;

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The `---` line that starts a second document, if there is one: the
/// first one after some content (a leading `---` only opens the first).
pub fn second_document(src: &str) -> Option<Pos> {
    let mut content = false;
    for (i, line) in super::context::lines(src).enumerate() {
        if line == "---" || line.starts_with("--- ") {
            if content {
                return Some(Pos::new(to_u32(i + 1), 1));
            }
        } else if !line.trim().is_empty() && !line.trim_start().starts_with(['#', '%']) {
            content = true;
        }
    }
    None
}

/// The byte offset in a libyaml reader error (`… at position 71`).
pub fn reader_offset(raw: &str) -> Option<usize> {
    raw.rsplit_once(" at position ")?.1.trim().parse().ok()
}

/// serde_yaml's message without its trailing position (shown separately),
/// plus a hint for the mistakes people make most. `line` is the source line
/// of the error and `column` its 1-based character column.
pub fn syntax_message(raw: &str, line: &str, column: u32) -> (String, String) {
    let msg = raw
        .split(" at line ")
        .next()
        .unwrap_or(raw)
        .split(" at position ")
        .next()
        .unwrap_or(raw)
        .trim()
        .to_owned();
    let help = if msg.contains("mapping values are not allowed") {
        // A stray `: ` after an earlier `key: ` on the same line is a value
        // that needs quotes; a line's first `:` is a key at the wrong indent.
        let before: String = line
            .chars()
            .take(column.saturating_sub(1) as usize)
            .collect();
        if before.contains(": ") {
            "a value that contains `: ` must be quoted, e.g. `summary: \"…: …\"`"
        } else {
            "check the indentation: this key must line up with the keys of its mapping above"
        }
    } else if msg.contains("did not find expected key") || msg.contains("did not find expected '-'")
    {
        "check the indentation: keys of one mapping line up, list items start with `- ` at the same column"
    } else if msg.contains("tab") {
        "indent with spaces; YAML does not allow tabs for indentation"
    } else if msg.contains("control characters are not allowed") {
        "delete the control character (shown as `\\u{…}`); to keep one on purpose, write it as an escape in double quotes"
    } else if msg.contains("more than one document") {
        "put each network in its own file (remove the extra `---`)"
    } else if msg.contains("repetition limit") {
        "the file's aliases (`*name`) repeat too much to be a network file; write the values out"
    } else {
        "fix the YAML syntax at this position (an editor with YAML support shows the problem)"
    };
    (format!("YAML syntax error: {msg}"), help.to_owned())
}

/// The text of the byte-order mark diagnostics, in one place.
pub const STRAY_BOM: &str = "a byte-order mark (U+FEFF, invisible) in the middle of the file, where YAML cannot read it; this file is not loaded";
pub const STRAY_BOM_HELP: &str = "delete it (it is left over from joining two files, or pasting from one saved with a BOM); an editor that shows invisible characters finds it";
pub const EXTRA_BOMS_HELP: &str =
    "delete the extra marks (save the file again as UTF-8 without BOM, or with one)";

/// The warning for a file that starts with `n` (> 1) byte-order marks.
#[must_use]
pub fn extra_boms(n: usize) -> String {
    format!("the file starts with {n} byte-order marks (U+FEFF); renkei reads them as one")
}

/// The byte offset of the first U+FEFF that stands where YAML expects a
/// key, an item or a value (at a line's start, after a `- ` or `: `), or
/// on `line` (1-based) when given: libyaml stops there with a syntax
/// error that does not name it. One inside a value is only an invisible
/// character (a warning of its own).
#[must_use]
pub fn stray_bom(src: &str, line: Option<u32>) -> Option<usize> {
    if !src.contains('\u{feff}') {
        return None;
    }
    let mut offset = 0;
    for (i, text) in super::context::lines(src).enumerate() {
        let start = offset;
        // `lines` drops the break (LF, CRLF or CR): find where the next
        // line starts in `src`.
        offset += text.len();
        offset += match src.as_bytes().get(offset) {
            Some(b'\r') if src.as_bytes().get(offset + 1) == Some(&b'\n') => 2,
            Some(_) => 1,
            None => 0,
        };
        let Some(at) = text.find('\u{feff}') else {
            continue;
        };
        let before = text[..at].trim_end_matches([' ', '\t']);
        let on_line = line.is_some_and(|l| usize::try_from(l).is_ok_and(|l| l == i + 1));
        if on_line || before.is_empty() || before.ends_with([':', '-']) {
            return Some(start + at);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{Pos, second_document, stray_bom, syntax_message};

    #[test]
    fn a_bom_where_yaml_expects_a_node_is_found() {
        let src = "name: x\r\n\u{feff}members:\n";
        assert_eq!(stray_bom(src, None), Some(9));
        assert_eq!(stray_bom("a:\n  - \u{feff}x\n", None), Some(7));
        // Inside a value it is only an invisible character.
        assert_eq!(stray_bom("org: 高知\u{feff}大学\n", None), None);
        assert_eq!(stray_bom("org: 高知\u{feff}大学\n", Some(1)), Some(11));
        assert_eq!(stray_bom("name: x\n", Some(1)), None);
    }

    #[test]
    fn mapping_value_hint_tells_quoting_from_indentation() {
        let raw = "mapping values are not allowed in this context at line 2 column 12";
        let (message, help) = syntax_message(raw, "summary: 目的: 地域の課題解決", 12);
        assert_eq!(
            message,
            "YAML syntax error: mapping values are not allowed in this context"
        );
        assert!(help.contains("must be quoted"), "{help}");
        let (_, help) = syntax_message(raw, "     sector: academia", 12);
        assert!(help.contains("indentation"), "{help}");
    }

    #[test]
    fn the_second_document_is_found_after_content() {
        let src = "# c\n---\nname: 広島\n---\nname: 高知\n";
        assert_eq!(second_document(src), Some(Pos::new(4, 1)));
        assert_eq!(second_document("---\nname: 広島\n"), None);
    }
}
