//! Contact list as an Excel workbook: every cell a typed text cell, so
//! phone numbers keep their leading zero and nothing turns into a date or
//! a formula; one column per network to filter and tick, an 出欠 column,
//! and a second sheet describing the networks.

use std::io::Write;

use rust_xlsxwriter::{
    ColNum, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, RowNum, Workbook,
    Worksheet, XlsxError,
};

use super::ExportError;
use super::contacts::{ContactRow, RowKind, UNREGISTERED};
use crate::model::Network;
use crate::text::width;

/// Name of the sheet with the contacts.
pub const CONTACTS_SHEET: &str = "名簿";
/// Name of the sheet describing the networks.
pub const NETWORKS_SHEET: &str = "ネットワーク";
/// Columns before the network columns.
pub const LEADING: [&str; 5] = ["氏名", "ふりがな", "所属", "役職", "区分"];
/// Columns after the network columns.
pub const TRAILING: [&str; 4] = ["メール", "電話", "出欠", "備考"];
/// Header of the networks sheet.
pub const NETWORK_HEADER: [&str; 6] = ["No.", "ID", "名称", "制度", "都道府県", "出典"];
/// What a network column holds for a member without a role there.
pub const MEMBER_MARK: &str = "○";

/// Widest a column is made, in Excel character units; longer text wraps.
const MAX_WIDTH: f64 = 48.0;
/// Network columns are narrower: their header wraps, their cells are short.
const NETWORK_WIDTH: f64 = 16.0;

/// Writes the workbook for `networks` (the selection, in order) and
/// `rows`. The file is built in memory and written in one go.
///
/// # Errors
/// [`ExportError::Spreadsheet`] when the workbook cannot be built (more
/// rows or columns than Excel allows), [`ExportError::Write`] when `w` fails.
pub fn write<W: Write + ?Sized>(
    w: &mut W,
    networks: &[&Network],
    rows: &[ContactRow],
) -> Result<(), ExportError> {
    let bytes = workbook(networks, rows).map_err(|e| ExportError::Spreadsheet(e.to_string()))?;
    w.write_all(&bytes)?;
    Ok(())
}

/// The header of the contacts sheet: the leading columns, one column per
/// network (its name), then the trailing columns.
#[must_use]
pub fn header(networks: &[&Network]) -> Vec<String> {
    LEADING
        .iter()
        .map(|s| (*s).to_owned())
        .chain(networks.iter().map(|n| super::clean::one_line(&n.name)))
        .chain(TRAILING.iter().map(|s| (*s).to_owned()))
        .collect()
}

/// The cells of one contact row, in [`header`] order. Text is written as
/// is: an xlsx text cell is never read as a formula, number or date.
#[must_use]
pub fn cells(networks: &[&Network], row: &ContactRow) -> Vec<String> {
    let mut remarks = Vec::new();
    if row.kind == RowKind::Organization {
        remarks.push(UNREGISTERED.to_owned());
    }
    remarks.extend(row.notes.iter().cloned());
    let mut out = vec![
        row.name.clone(),
        row.kana.clone(),
        row.org.clone(),
        row.title_text(),
        row.sector_label().to_owned(),
    ];
    for n in networks {
        let here = row
            .networks
            .iter()
            .find(|r| r.id == super::clean::clean(&n.id));
        out.push(match here {
            Some(r) if !r.role.is_empty() => r.role.clone(),
            Some(_) => MEMBER_MARK.to_owned(),
            None => String::new(),
        });
    }
    out.extend([
        row.email.clone(),
        row.phone.clone(),
        String::new(),
        remarks.join("\n"),
    ]);
    out
}

fn workbook(networks: &[&Network], rows: &[ContactRow]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    // A fixed creation date keeps the bytes deterministic, like every export.
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    book.set_properties(
        &DocProperties::new()
            .set_title("連絡先名簿")
            .set_creation_datetime(&created),
    );
    let header = header(networks);
    let body: Vec<Vec<String>> = rows.iter().map(|r| cells(networks, r)).collect();
    let sheet = book.add_worksheet();
    sheet.set_name(CONTACTS_SHEET)?;
    let network_cols = (LEADING.len()..LEADING.len() + networks.len()).collect::<Vec<_>>();
    fill(sheet, &header, &body, &network_cols)?;
    let listed: Vec<Vec<String>> = networks
        .iter()
        .enumerate()
        .map(|(i, n)| network_cells(i, n))
        .collect();
    let sheet = book.add_worksheet();
    sheet.set_name(NETWORKS_SHEET)?;
    fill(sheet, &NETWORK_HEADER.map(str::to_owned), &listed, &[])?;
    book.save_to_buffer()
}

/// One line of the networks sheet.
#[must_use]
pub fn network_cells(i: usize, n: &Network) -> Vec<String> {
    use super::clean::one_line;
    vec![
        (i + 1).to_string(),
        one_line(&n.id),
        one_line(&n.name),
        n.program.label_ja().to_owned(),
        n.prefecture.name().to_owned(),
        n.source.as_deref().map(one_line).unwrap_or_default(),
    ]
}

/// Writes a header row (bold, frozen, filtered) and text cells, and fits
/// the column widths to the text (kanji count two units, as in Excel).
fn fill(
    sheet: &mut Worksheet,
    header: &[String],
    body: &[Vec<String>],
    narrow: &[usize],
) -> Result<(), XlsxError> {
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color("#DDEBF7")
        .set_border(FormatBorder::Thin);
    // Text format (`@`) on every cell and column, so what a user types
    // later into the sheet stays text too.
    let text = Format::new()
        .set_num_format("@")
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    for (c, title) in header.iter().enumerate() {
        let col = col_num(c)?;
        sheet.write_string_with_format(0, col, title, &head)?;
        sheet.set_column_format(col, &text)?;
        let widest = body
            .iter()
            .filter_map(|r| r.get(c))
            .chain([title])
            .flat_map(|cell| cell.lines())
            .map(width)
            .max()
            .unwrap_or(0);
        let cap = if narrow.contains(&c) {
            NETWORK_WIDTH
        } else {
            MAX_WIDTH
        };
        sheet.set_column_width(col, fitted(widest, cap))?;
    }
    for (r, cells) in body.iter().enumerate() {
        let row = row_num(r + 1)?;
        for (c, cell) in cells.iter().enumerate() {
            if !cell.is_empty() {
                sheet.write_string_with_format(row, col_num(c)?, cell, &text)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    let last_col = col_num(header.len().saturating_sub(1))?;
    sheet.autofilter(0, 0, row_num(body.len())?, last_col)?;
    Ok(())
}

/// A column width for text `cells` wide: a little padding, at least 6.
fn fitted(cells: usize, cap: f64) -> f64 {
    let cells = u32::try_from(cells).unwrap_or(u32::MAX);
    (f64::from(cells) + 2.0).clamp(6.0, cap)
}

fn col_num(c: usize) -> Result<ColNum, XlsxError> {
    ColNum::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)
}

fn row_num(r: usize) -> Result<RowNum, XlsxError> {
    RowNum::try_from(r).map_err(|_| XlsxError::RowColumnLimitError)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::contacts::build_for;
    use crate::export::testdata::dataset;

    #[test]
    fn network_columns_hold_the_role_or_a_mark() {
        let (ds, res) = dataset();
        let rows = build_for(&ds, &res, &[0, 1]);
        let nets: Vec<&Network> = ds.networks.iter().collect();
        let h = header(&nets);
        assert_eq!(h[5..7], ["a 協議会", "b 協議会"]);
        assert_eq!(h[7..], TRAILING);
        let yamada = rows.iter().find(|r| r.name == "山田 太郎").unwrap();
        let c = cells(&nets, yamada);
        assert_eq!(c[5..7], ["委員長", "幹事"]);
        assert_eq!(c.len(), h.len());
    }

    #[test]
    fn widths_fit_japanese_text_within_bounds() {
        assert!((fitted(0, MAX_WIDTH) - 6.0).abs() < f64::EPSILON);
        assert!((fitted(width("広島大学"), MAX_WIDTH) - 10.0).abs() < f64::EPSILON);
        assert!((fitted(200, NETWORK_WIDTH) - NETWORK_WIDTH).abs() < f64::EPSILON);
    }
}
