//! Writing the imported network as YAML (FORMAT.md v1): every value a
//! double-quoted scalar, so nothing a spreadsheet held (`0888…`, `1/2`,
//! `yes`, `#`) changes meaning, and a header comment saying where it came
//! from.

use std::fmt::Write as _;

use super::Row;
use crate::model::{Prefecture, Program};

/// What the file's top level says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub name: String,
    pub program: Program,
    pub prefecture: Prefecture,
    pub source: Option<String>,
    /// Shown in the comment: the file and sheet imported.
    pub from: String,
}

/// The YAML text of the network.
#[must_use]
pub fn write(h: &Header, rows: &[Row]) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# Imported by `renkei import` from {}.",
        one_line(&h.from)
    );
    s.push_str("# Check it with `renkei check`; edit freely, renkei never rewrites it.\n");
    let _ = writeln!(s, "name: {}", quote(&h.name));
    let _ = writeln!(s, "program: {}", h.program.id());
    let _ = writeln!(s, "prefecture: {}", h.prefecture.name());
    if let Some(src) = &h.source {
        let _ = writeln!(s, "source: {}", quote(src));
    }
    s.push_str("members:\n");
    for row in rows {
        let m = &row.member;
        let fields = [
            ("person", m.person.as_deref()),
            ("kana", m.kana.as_deref()),
            ("org", m.org.as_deref()),
            ("title", m.title.as_deref()),
            ("role", m.role.as_deref()),
            ("sector", m.sector.map(crate::model::Sector::id)),
            ("email", m.email.as_deref()),
            ("phone", m.phone.as_deref()),
            ("note", m.note.as_deref()),
        ];
        let mut first = true;
        for (key, value) in fields {
            let Some(v) = value else { continue };
            let lead = if first { "  - " } else { "    " };
            first = false;
            let v = if key == "sector" {
                v.to_owned()
            } else {
                quote(v)
            };
            let _ = write!(s, "{lead}{key}: {v}");
            if key == "sector" && row.guessed.is_some() {
                s.push_str("  # guessed from the name");
            }
            s.push('\n');
        }
    }
    s
}

fn one_line(s: &str) -> String {
    s.replace(['\r', '\n'], " ")
}

/// A YAML double-quoted scalar; line breaks and controls escaped.
#[must_use]
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            '\t' => out.push_str("\\t"),
            c if c.is_control() || crate::text::is_unsafe_char(c) => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_keeps_every_value_a_string() {
        assert_eq!(quote("0888230000"), "\"0888230000\"");
        assert_eq!(quote("a\"b\\c\nd"), "\"a\\\"b\\\\c\\nd\"");
        assert_eq!(quote("\u{1b}"), "\"\\u001B\"");
    }
}
