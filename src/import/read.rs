//! Reading a member list into rows of text: xlsx/xls/ods through calamine,
//! CSV through the csv crate (UTF-8 with or without BOM, else CP932).
//! Every cell comes back as text as the user sees it: whole numbers
//! without `.0`, date serials as dates, never a float or a serial number.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader, open_workbook_auto_from_rs};
use encoding_rs::SHIFT_JIS;

use super::ImportError;

/// The cells of one sheet, row by row, and how the text was encoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub sheet: String,
    pub rows: Vec<Vec<String>>,
    /// The 1-based row number of each row where it is not its place in
    /// `rows`: CSV's blank lines give no record, yet Excel shows them as
    /// rows, so a CSV row is numbered by the line it starts on.
    pub lines: Vec<usize>,
    /// `UTF-8`, `UTF-8 with BOM`, `CP932` for CSV; empty for spreadsheets.
    pub encoding: &'static str,
}

impl Table {
    /// The 1-based row number of `rows[i]` as the user sees it.
    #[must_use]
    pub fn line(&self, i: usize) -> usize {
        self.lines.get(i).copied().unwrap_or(i + 1)
    }

    /// The index in `rows` of the row numbered `line`.
    #[must_use]
    pub fn index_of(&self, line: usize) -> Option<usize> {
        (0..self.rows.len()).find(|&i| self.line(i) == line)
    }
}

/// Reads `bytes` of `path` (the extension decides the reader); `sheet`
/// picks a sheet of a workbook by name or 1-based number.
///
/// # Errors
/// An unknown extension, an unreadable file, a missing sheet, or CSV that
/// is neither UTF-8 nor CP932.
pub fn read(path: &Path, bytes: &[u8], sheet: Option<&str>) -> Result<Table, ImportError> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "csv" | "txt" => read_csv(path, bytes),
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => read_book(path, bytes, sheet),
        _ => Err(ImportError::Format {
            path: path.into(),
            ext,
        }),
    }
}

fn read_book(path: &Path, bytes: &[u8], sheet: Option<&str>) -> Result<Table, ImportError> {
    let bad = |e: &dyn std::fmt::Display| ImportError::Unreadable {
        path: path.into(),
        why: e.to_string(),
    };
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).map_err(|e| bad(&e))?;
    let names = book.sheet_names();
    let name = match sheet {
        None => names.first().cloned(),
        Some(s) => names.iter().find(|n| *n == s).cloned().or_else(|| {
            s.parse::<usize>()
                .ok()
                .and_then(|i| names.get(i.checked_sub(1)?).cloned())
        }),
    }
    .ok_or_else(|| ImportError::NoSheet {
        path: path.into(),
        asked: sheet.unwrap_or("").to_owned(),
        sheets: names.clone(),
    })?;
    let range = book.worksheet_range(&name).map_err(|e| bad(&e))?;
    // Rows and columns before the used range are blank in the sheet too.
    let (top, left) = range.start().unwrap_or((0, 0));
    let pad_left = left as usize;
    let mut rows: Vec<Vec<String>> = vec![Vec::new(); top as usize];
    rows.extend(range.rows().map(|r| {
        let mut cells = vec![String::new(); pad_left];
        cells.extend(r.iter().map(text));
        cells
    }));
    Ok(Table {
        sheet: name,
        rows,
        lines: Vec::new(),
        encoding: "",
    })
}

/// A cell as text: numbers as written (no `.0`, no exponent for whole
/// numbers), dates and times as `2024-04-01` / `2024-04-01 09:30`.
#[must_use]
pub fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => float(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(d) => date(d.as_f64()),
        Data::Error(e) => format!("#{e:?}"),
    }
}

fn float(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{f:.0}")
    } else {
        f.to_string()
    }
}

/// An Excel date serial (1900 system, days since 1899-12-30) as text.
fn date(serial: f64) -> String {
    let days = serial.floor();
    // Civil-from-days (Howard Hinnant's algorithm) on days since 1970-01-01.
    #[allow(clippy::cast_possible_truncation)]
    let z = days as i64 - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    #[allow(clippy::cast_possible_truncation)]
    let minutes = ((serial - days) * 1440.0).round() as i64;
    if minutes == 0 {
        format!("{year:04}-{month:02}-{day:02}")
    } else {
        format!(
            "{year:04}-{month:02}-{day:02} {:02}:{:02}",
            minutes / 60,
            minutes % 60
        )
    }
}

fn read_csv(path: &Path, bytes: &[u8]) -> Result<Table, ImportError> {
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        (String::from_utf8_lossy(rest).into_owned(), "UTF-8 with BOM")
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        (s.to_owned(), "UTF-8")
    } else {
        let (s, had_errors) = SHIFT_JIS.decode_without_bom_handling(bytes);
        if had_errors {
            return Err(ImportError::Unreadable {
                path: path.into(),
                why: "the CSV is neither UTF-8 nor Shift_JIS (CP932); save it as \
                      「CSV UTF-8 (コンマ区切り)」 and import again"
                    .into(),
            });
        }
        (s.into_owned(), "CP932")
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut lines = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| ImportError::Unreadable {
            path: path.into(),
            why: e.to_string(),
        })?;
        let line = record
            .position()
            .map_or(rows.len() as u64 + 1, csv::Position::line);
        lines.push(usize::try_from(line).unwrap_or(usize::MAX));
        rows.push(record.iter().map(str::to_owned).collect());
    }
    Ok(Table {
        sheet: String::new(),
        rows,
        lines,
        encoding,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_dates_come_back_as_written() {
        assert_eq!(text(&Data::Float(888_230_000.0)), "888230000");
        assert_eq!(text(&Data::Float(1.5)), "1.5");
        assert_eq!(text(&Data::String("0888230000".into())), "0888230000");
        assert_eq!(date(45_383.0), "2024-04-01");
        assert_eq!(date(45_383.5), "2024-04-01 12:00");
        assert_eq!(date(25_569.0), "1970-01-01");
    }

    #[test]
    fn cp932_csv_is_detected() {
        let (sjis, _, _) = SHIFT_JIS.encode("氏名,所属\r\n山田 太郎,高知県\r\n");
        let t = read_csv(Path::new("a.csv"), &sjis).unwrap();
        assert_eq!(t.encoding, "CP932");
        assert_eq!(t.rows[1], ["山田 太郎", "高知県"]);
        let t = read_csv(Path::new("a.csv"), "題\n\n氏名\n\"a\nb\"\nc\n".as_bytes()).unwrap();
        assert_eq!(t.rows.len(), 4);
        assert_eq!((0..4).map(|i| t.line(i)).collect::<Vec<_>>(), [1, 3, 4, 6]);
        assert_eq!(t.index_of(3), Some(1));
        let t = read_csv(Path::new("a.csv"), "\u{feff}氏名\n".as_bytes()).unwrap();
        assert_eq!(
            (t.encoding, t.rows[0][0].as_str()),
            ("UTF-8 with BOM", "氏名")
        );
    }
}
