//! Contact list as a printable Markdown attendance table (出席者名簿).

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
    for n in networks {
        let _ = writeln!(
            s,
            "- {}（{}、{}）",
            cell(&super::clean::one_line(&n.name)),
            n.program.label_ja(),
            n.prefecture.name()
        );
    }
    s.push_str("\n## 名簿\n\n");
    s.push_str("| No. | 区分 | 所属 | 役職 | 氏名 | ふりがな | ネットワーク（役割） | 出欠 |\n");
    s.push_str("| ---: | :---: | --- | --- | --- | --- | --- | :---: |\n");
    for (i, row) in rows.iter().enumerate() {
        let name = if row.kind == RowKind::Organization {
            format!("（{UNREGISTERED}）")
        } else {
            cell(&row.name)
        };
        let networks: Vec<String> = row.network_lines().iter().map(|l| cell(l)).collect();
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} | {} |  |",
            i + 1,
            row.sector_label(),
            cell(&row.org),
            cell(&row.title_text()),
            name,
            cell(&row.kana),
            networks.join("<br>"),
        );
    }
    let _ = writeln!(s, "\n計 {} 件", rows.len());
    w.write_all(s.as_bytes())?;
    Ok(())
}

/// Text safe inside a table cell: Markdown and HTML punctuation escaped
/// with a backslash (CommonMark allows it before any ASCII punctuation),
/// line breaks as `<br>`.
#[must_use]
pub fn cell(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => s.push_str("<br>"),
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
        assert_eq!(cell("1行目\n2行目"), "1行目<br>2行目");
        assert_eq!(cell("[x](javascript:y)"), "\\[x\\](javascript:y)");
        assert_eq!(cell("広島大学"), "広島大学");
    }
}
