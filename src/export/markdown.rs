//! Contact list as a printable Markdown attendance table (出席者名簿):
//! plain CommonMark/GFM with no raw HTML, one column per network.

use std::fmt::Write as _;
use std::io::Write;

use super::ExportError;
use super::contacts::{ContactRow, RowKind, UNREGISTERED};
use crate::model::Network;

/// Writes the title, the networks covered, and one table row per contact
/// with an empty 出欠 column to tick.
///
/// # Errors
/// [`ExportError::Write`] when `w` fails.
pub fn write<W: Write + ?Sized>(
    w: &mut W,
    networks: &[&Network],
    rows: &[ContactRow],
) -> Result<(), ExportError> {
    let mut s = String::from("# 出席者名簿\n\n## 対象ネットワーク\n\n");
    for (i, n) in networks.iter().enumerate() {
        let _ = writeln!(
            s,
            "{}. {}（{}、{}）",
            i + 1,
            cell(&super::clean::one_line(&n.name)),
            n.program.label_ja(),
            n.prefecture.name()
        );
    }
    s.push_str("\n## 名簿\n\n");
    s.push_str(
        "ネットワーク欄の番号は上の一覧の番号、欄の中は役割（役割の記載がなければ ○）。\n\n",
    );
    let numbers = (1..=networks.len()).fold(String::new(), |mut acc, i| {
        let _ = write!(acc, " {i} |");
        acc
    });
    let aligns = " :---: |".repeat(networks.len());
    let _ = writeln!(
        s,
        "| No. | 区分 | 所属 | 役職 | 氏名 | ふりがな |{numbers} 出欠 |"
    );
    let _ = writeln!(
        s,
        "| ---: | :---: | --- | --- | --- | --- |{aligns} :---: |"
    );
    for (i, row) in rows.iter().enumerate() {
        let name = if row.kind == RowKind::Organization {
            format!("（{UNREGISTERED}）")
        } else {
            cell(&row.name)
        };
        let marks: String = networks
            .iter()
            .map(|n| {
                let id = super::clean::clean(&n.id);
                match row.networks.iter().find(|r| r.id == id) {
                    Some(r) if !r.role.is_empty() => format!(" {} |", cell(&r.role)),
                    Some(_) => " ○ |".to_owned(),
                    None => "  |".to_owned(),
                }
            })
            .collect();
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} |{marks}  |",
            i + 1,
            row.sector_label(),
            cell(&row.org),
            cell(&row.title_text()),
            name,
            cell(&row.kana),
        );
    }
    let _ = writeln!(s, "\n計 {} 件", rows.len());
    w.write_all(s.as_bytes())?;
    Ok(())
}

/// Text safe inside a table cell: Markdown and HTML punctuation escaped
/// with a backslash (CommonMark allows it before any ASCII punctuation).
/// A table cell cannot hold a line break and raw `<br>` is dropped by
/// converters such as pandoc, so lines are separated by ` ／ `.
#[must_use]
pub fn cell(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => s.push_str(" ／ "),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '~' | '#' | '!' | '$' => {
                s.push('\\');
                s.push(c);
            }
            c => s.push(c),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_break_the_table_or_inject_html() {
        assert_eq!(cell("a|b"), "a\\|b");
        assert_eq!(cell("<script>"), "\\<script\\>");
        assert_eq!(cell("1行目\n2行目"), "1行目 ／ 2行目");
        assert_eq!(cell("[x](javascript:y)"), "\\[x\\](javascript:y)");
        assert_eq!(cell("広島大学"), "広島大学");
    }
}
