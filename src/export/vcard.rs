//! Contact list as vCard 3.0 (RFC 2426), the version iOS, Google Contacts
//! and Android import: CRLF, no BOM, text escaped, lines folded at 75
//! octets without splitting a character.

use std::io::Write;

use super::ExportError;
use super::contacts::{ContactRow, RowKind, UNREGISTERED};

/// Octets a physical line may hold, CRLF not counted (RFC 2425 §5.8.1).
pub const MAX_LINE: usize = 75;

/// Writes one vCard per row.
///
/// # Errors
/// [`ExportError::Write`] when `w` fails.
pub fn write<W: Write + ?Sized>(w: &mut W, rows: &[ContactRow]) -> Result<(), ExportError> {
    let mut out = String::new();
    for row in rows {
        card(&mut out, row);
    }
    w.write_all(out.as_bytes())?;
    Ok(())
}

fn card(out: &mut String, row: &ContactRow) {
    line(out, "BEGIN:VCARD");
    line(out, "VERSION:3.0");
    let (family, given) = split_name(&row.name);
    line(out, &format!("N:{};{};;;", escape(family), escape(given)));
    line(out, &format!("FN:{}", escape(&full_name(row))));
    if !row.kana.is_empty() {
        let (family, given) = split_name(&row.kana);
        property(out, "X-PHONETIC-LAST-NAME", family);
        property(out, "X-PHONETIC-FIRST-NAME", given);
        property(out, "SORT-STRING", &row.kana);
    }
    if !row.org.is_empty() {
        property(out, "ORG", &row.org);
    }
    property(out, "TITLE", &row.title);
    property(out, "EMAIL;TYPE=INTERNET", &row.email);
    property(out, "TEL;TYPE=WORK,VOICE", &row.phone);
    property(out, "NOTE", &note(row));
    if row.kind != RowKind::Person {
        // Apple Contacts lists cards without a person's name under the company.
        line(out, "X-ABShowAs:COMPANY");
    }
    line(out, "END:VCARD");
}

/// FN must not be empty: a person's name, else the organisation and post.
fn full_name(row: &ContactRow) -> String {
    match row.kind {
        RowKind::Person => row.name.clone(),
        RowKind::Position => format!("{} {}", row.org, row.title).trim().to_owned(),
        RowKind::Organization => row.org.clone(),
    }
}

/// The networks with roles, one per line, after the 担当者未登録 mark and
/// before the data's notes.
fn note(row: &ContactRow) -> String {
    let mut lines = Vec::new();
    if row.kind == RowKind::Organization {
        lines.push(UNREGISTERED.to_owned());
    }
    lines.extend(row.network_lines());
    lines.extend(row.notes.iter().cloned());
    lines.join("\n")
}

/// Family and given name: split at the first space (ASCII or U+3000);
/// a name written without one stays whole as the family name.
fn split_name(name: &str) -> (&str, &str) {
    let name = name.trim_matches([' ', '\u{3000}']);
    match name.split_once([' ', '\u{3000}']) {
        Some((family, given)) => (family, given.trim_matches([' ', '\u{3000}'])),
        None => (name, ""),
    }
}

/// A property whose value is text, left out when empty.
fn property(out: &mut String, name: &str, value: &str) {
    if !value.is_empty() {
        line(out, &format!("{name}:{}", escape(value)));
    }
}

/// RFC 2426 text escaping: `\` `,` `;` and line breaks.
#[must_use]
pub fn escape(value: &str) -> String {
    let mut s = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => s.push_str("\\\\"),
            ',' => s.push_str("\\,"),
            ';' => s.push_str("\\;"),
            '\n' => s.push_str("\\n"),
            '\r' => {}
            c => s.push(c),
        }
    }
    s
}

/// Appends a content line folded so that no physical line exceeds
/// [`MAX_LINE`] octets: a break goes before a character (never inside one,
/// nor inside a `\x` escape) and the continuation starts with a space.
fn line(out: &mut String, content: &str) {
    let mut used = 0;
    let mut chars = content.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let mut end = i + c.len_utf8();
        if c == '\\'
            && let Some((j, d)) = chars.next()
        {
            end = j + d.len_utf8();
        }
        let unit = &content[i..end];
        if used + unit.len() > MAX_LINE {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push_str(unit);
        used += unit.len();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn folds_at_75_octets_between_characters() {
        let mut out = String::new();
        let value = "あ".repeat(60);
        line(&mut out, &format!("NOTE:{value}"));
        let lines: Vec<&str> = out.split_terminator("\r\n").collect();
        assert!(lines.len() > 1);
        for (i, l) in lines.iter().enumerate() {
            assert!(l.len() <= MAX_LINE, "{i}: {} octets", l.len());
            assert_eq!(i > 0, l.starts_with(' '));
        }
        let unfolded: String = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("NOTE:{value}\r\n"));
    }

    #[test]
    fn never_splits_an_escape() {
        let mut out = String::new();
        line(&mut out, &format!("NOTE:{}\\n{}", "x".repeat(69), "y"));
        assert!(out.contains("\r\n \\n"), "{out:?}");
    }

    #[test]
    fn names_split_at_the_first_space() {
        assert_eq!(split_name("山田 太郎"), ("山田", "太郎"));
        assert_eq!(split_name("山田\u{3000}太郎"), ("山田", "太郎"));
        assert_eq!(split_name("山田太郎"), ("山田太郎", ""));
        assert_eq!(split_name(""), ("", ""));
    }
}
