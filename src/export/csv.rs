//! Contact list as CSV that Japanese Excel opens by double-click: UTF-8
//! with BOM (or CP932 on request), CRLF, formula cells neutralised.

use std::io::Write;

use encoding_rs::{EncoderResult, SHIFT_JIS};

use super::ExportError;
use super::contacts::{ContactRow, RowKind, UNREGISTERED};

/// The header row.
pub const HEADER: [&str; 9] = [
    "氏名",
    "ふりがな",
    "所属",
    "役職",
    "区分",
    "ネットワーク（役割）",
    "メール",
    "電話",
    "備考",
];

/// How the CSV's text is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    /// UTF-8 with a byte-order mark: Excel (2016 and later) recognises it
    /// on double-click.
    #[default]
    Utf8Bom,
    /// Plain UTF-8, for scripts.
    Utf8,
    /// Shift_JIS as Windows writes it (CP932), for old Excel. A character
    /// it cannot hold is an error.
    ShiftJis,
}

/// Writes `rows` as CSV. Every cell is encoded and checked before the
/// first byte is written, so an encoding error leaves `w` untouched.
///
/// # Errors
/// [`ExportError::Encoding`] naming the row and column of a character
/// Shift_JIS cannot hold; [`ExportError::Write`] when `w` fails.
pub fn write<W: Write + ?Sized>(
    w: &mut W,
    rows: &[ContactRow],
    encoding: Encoding,
) -> Result<(), ExportError> {
    let mut records = Vec::with_capacity(rows.len() + 1);
    records.push(encode_record(&HEADER.map(str::to_owned), 1, encoding)?);
    for (i, row) in rows.iter().enumerate() {
        records.push(encode_record(&cells(row), i + 2, encoding)?);
    }
    if encoding == Encoding::Utf8Bom {
        w.write_all("\u{feff}".as_bytes())?;
    }
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(w);
    for record in &records {
        out.write_record(record).map_err(std::io::Error::from)?;
    }
    out.flush()?;
    Ok(())
}

/// The cells of one row, neutralised against formula injection.
#[must_use]
pub fn cells(row: &ContactRow) -> [String; 9] {
    let mut remarks = Vec::new();
    if row.kind == RowKind::Organization {
        remarks.push(UNREGISTERED.to_owned());
    }
    remarks.extend(row.notes.iter().cloned());
    [
        row.name.clone(),
        row.kana.clone(),
        row.org.clone(),
        row.title_text(),
        row.sector_label().to_owned(),
        row.network_lines().join("\n"),
        row.email.clone(),
        row.phone.clone(),
        remarks.join("\n"),
    ]
    .map(|c| neutralise(&c))
}

/// Whether a spreadsheet could read a cell starting with `c` as a formula
/// (or, for TAB/CR/LF, hide such a start).
fn is_formula_start(c: char) -> bool {
    matches!(
        c,
        '=' | '+' | '-' | '@' | '\t' | '\r' | '\n' | '＝' | '＋' | '－' | '＠'
    )
}

/// Prefixes `'` to a cell that starts with a formula character, also after
/// leading spaces, so spreadsheets show it as text (OWASP's advice).
#[must_use]
pub fn neutralise(cell: &str) -> String {
    let first = cell.trim_start_matches([' ', '\u{3000}']).chars().next();
    if cell.chars().next().is_some_and(is_formula_start) || first.is_some_and(is_formula_start) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

fn encode_record(
    cells: &[String],
    row: usize,
    encoding: Encoding,
) -> Result<Vec<Vec<u8>>, ExportError> {
    cells
        .iter()
        .zip(HEADER)
        .map(|(cell, column)| match encoding {
            Encoding::Utf8Bom | Encoding::Utf8 => Ok(cell.as_bytes().to_vec()),
            Encoding::ShiftJis => to_cp932(cell).map_err(|ch| ExportError::Encoding {
                row,
                column: column.to_owned(),
                ch,
            }),
        })
        .collect()
}

/// JIS code points CP932 writes under another code point: the bytes are
/// the same, so Excel shows the character the data meant.
fn cp932_variant(c: char) -> char {
    match c {
        '\u{301C}' => '\u{FF5E}', // 〜 WAVE DASH → ～
        '\u{2016}' => '\u{2225}', // ‖ → ∥
        '\u{2014}' => '\u{2015}', // — EM DASH → ―
        '\u{00A2}' => '\u{FFE0}', // ¢ → ￠
        '\u{00A3}' => '\u{FFE1}', // £ → ￡
        '\u{00AC}' => '\u{FFE2}', // ¬ → ￢
        c => c,
    }
}

/// Encodes `s` as CP932, or returns the first character it cannot hold.
/// The CSV structure bytes (`"` `,` CR LF) never occur inside a CP932
/// double-byte character, so the csv writer can quote these bytes as is.
fn to_cp932(s: &str) -> Result<Vec<u8>, char> {
    let text: String = s.chars().map(cp932_variant).collect();
    let mut encoder = SHIFT_JIS.new_encoder();
    let size = encoder
        .max_buffer_length_from_utf8_without_replacement(text.len())
        .unwrap_or(text.len() * 2 + 16);
    let mut out = vec![0; size];
    let (result, _, written) = encoder.encode_from_utf8_without_replacement(&text, &mut out, true);
    match result {
        EncoderResult::InputEmpty => {
            out.truncate(written);
            Ok(out)
        }
        EncoderResult::Unmappable(c) => Err(c),
        // Cannot happen: the buffer has the size the encoder asked for.
        EncoderResult::OutputFull => Err('\u{FFFD}'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_neutralised() {
        for bad in [
            "=HYPERLINK(\"x\")",
            "+cmd",
            "-1+1",
            "@SUM(A1)",
            "\tx",
            "＝1",
            "＋1",
            "－1",
            "＠x",
            "  =1",
            "\u{3000}=1",
        ] {
            assert!(neutralise(bad).starts_with('\''), "{bad:?}");
        }
        for good in ["山田 太郎", "082-000-0000", "a=b", "", "'quoted"] {
            assert_eq!(neutralise(good), good);
        }
    }

    #[test]
    fn cp932_maps_variants_and_rejects_the_rest() {
        assert_eq!(
            to_cp932("髙橋").unwrap(),
            SHIFT_JIS.encode("髙橋").0.to_vec()
        );
        assert_eq!(
            to_cp932("9:00〜17:00").unwrap(),
            SHIFT_JIS.encode("9:00～17:00").0.to_vec()
        );
        assert_eq!(to_cp932("𠮷田"), Err('𠮷'));
        assert_eq!(to_cp932("会議😀"), Err('😀'));
    }
}
