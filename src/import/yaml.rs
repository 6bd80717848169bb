//! Writing the imported network as YAML (FORMAT.md v1): every value a
//! double-quoted scalar, so nothing a spreadsheet held (`0888…`, `1/2`,
//! `yes`, `#`) changes meaning, and a header comment saying where it came
//! from.

use std::fmt::Write as _;

use super::Row;
use crate::model::{Prefecture, Program};
use crate::yaml_out::quoted;

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
    let _ = writeln!(s, "name: {}", quoted(&h.name));
    let _ = writeln!(s, "program: {}", h.program.id());
    let _ = writeln!(s, "prefecture: {}", h.prefecture.name());
    if let Some(src) = &h.source {
        let _ = writeln!(s, "source: {}", quoted(src));
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
            // A CRLF inside an Excel cell is one line break.
            let v = if key == "sector" {
                v.to_owned()
            } else {
                quoted(&v.replace("\r\n", "\n"))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Member;

    #[test]
    fn values_are_quoted_and_guesses_marked() {
        let h = Header {
            name: "高知県\n委員会".into(),
            program: Program::Kofukin,
            prefecture: Prefecture::from_name("高知県").unwrap(),
            source: None,
            from: "名簿.xlsx\n, sheet 1".into(),
        };
        let row = Row {
            line: 3,
            member: Member {
                org: Some("高知大学".into()),
                phone: Some("0888230000".into()),
                note: Some("a\r\nb".into()),
                sector: Some(crate::model::Sector::Academia),
                ..Member::default()
            },
            guessed: Some("大学"),
        };
        let y = write(&h, &[row]);
        assert!(
            y.starts_with("# Imported by `renkei import` from 名簿.xlsx , sheet 1.\n"),
            "{y}"
        );
        assert!(y.contains("name: \"高知県\\n委員会\"\n"), "{y}");
        assert!(
            y.contains("  - org: \"高知大学\"\n    sector: academia  # guessed from the name\n"),
            "{y}"
        );
        assert!(
            y.contains("    phone: \"0888230000\"\n    note: \"a\\nb\"\n"),
            "{y}"
        );
    }
}
