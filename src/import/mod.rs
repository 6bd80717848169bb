//! `renkei import`: a member list from Excel, LibreOffice or CSV turned
//! into one network YAML file that `renkei check` passes, with a report of
//! how each row matches the entities already in the data.
//!
//! [`read::read`] gives rows of text, [`columns`] finds the header and
//! maps its columns, [`build`] makes the members (guessing sectors),
//! [`matching::report`] compares them with a loaded dataset, and
//! [`yaml::write`] writes the file.

pub mod columns;
pub mod matching;
pub mod read;
pub mod yaml;

use std::collections::HashMap;
use std::path::PathBuf;

use columns::{Field, find_header, guess_sector, map, sector_cell};
pub use read::{Table, read};

use crate::identity::{org_key, person_key, title_key};
use crate::model::{Member, Sector};

/// Why an import could not be done.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(
        "{}: renkei imports .xlsx, .xls, .ods and .csv files, not `.{ext}`; save the list in one of those formats",
        path.display()
    )]
    Format { path: PathBuf, ext: String },
    #[error("{}: cannot be read: {why}", path.display())]
    Unreadable { path: PathBuf, why: String },
    #[error(
        "{}: no sheet `{asked}`; the sheets are: {}; give --sheet NAME or --sheet NUMBER (1 is the first)",
        path.display(),
        sheets.join(", ")
    )]
    NoSheet {
        path: PathBuf,
        asked: String,
        sheets: Vec<String>,
    },
    #[error(
        "{}: no header row with a name or organisation column (氏名, 名前, 所属, 機関名, 団体名, 会社名, name, organization…) in the first 20 rows; \
         give --header-row N, or --map person=HEADER / --map org=HEADER",
        path.display()
    )]
    NoHeader { path: PathBuf },
    #[error(
        "{}: --header-row {row}: that row is empty or past the end (the last row with cells is {last}); \
         give the number of the row that holds the column names",
        path.display()
    )]
    HeaderRowMissing {
        path: PathBuf,
        row: usize,
        last: usize,
    },
}

/// A member read from one row, with where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// 1-based row number in the sheet.
    pub line: usize,
    pub member: Member,
    /// The sector was guessed from the name: the word that gave it away.
    pub guessed: Option<&'static str>,
}

/// What [`build`] made of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub header_row: usize,
    pub columns: Vec<(Field, String)>,
    pub rows: Vec<Row>,
    /// Rows skipped because they were empty or repeated the header.
    pub skipped: Vec<usize>,
    /// Rows with cells but no name and no organisation (1-based).
    pub without_name: Vec<usize>,
    /// Rows left out as the same member as an earlier row: (row, earlier
    /// row). `renkei check` refuses a member listed twice, with the keys
    /// used here.
    pub repeated: Vec<(usize, usize)>,
}

impl ImportError {
    /// What went wrong in `lang`, after the file's path; why a workbook
    /// could not be read keeps the words of the library that said it.
    #[must_use]
    pub fn render(&self, lang: crate::msg::Lang) -> String {
        use crate::msg::Msg;
        let (path, what) = match self {
            ImportError::Format { path, ext } => (path, Msg::ImportFormat { ext: ext.clone() }),
            ImportError::Unreadable { path, why } => {
                (path, Msg::ImportUnreadable { why: why.clone() })
            }
            ImportError::NoSheet {
                path,
                asked,
                sheets,
            } => (
                path,
                Msg::ImportNoSheet {
                    asked: asked.clone(),
                    sheets: sheets.join(", "),
                },
            ),
            ImportError::NoHeader { path } => (path, Msg::ImportNoHeader),
            ImportError::HeaderRowMissing { path, row, last } => (
                path,
                Msg::ImportHeaderRowMissing {
                    row: *row,
                    last: *last,
                },
            ),
        };
        Msg::AtPath {
            path: path.display().to_string(),
            what: Box::new(what),
        }
        .render(lang)
    }
}

/// Finds the header (`header_row` is 1-based; `None` looks for it), maps
/// the columns and turns each data row into a member.
///
/// # Errors
/// [`ImportError::NoHeader`] when no row maps a name or organisation.
pub fn build(
    table: &Table,
    path: &std::path::Path,
    header_row: Option<usize>,
    overrides: &[(Field, String)],
) -> Result<Imported, ImportError> {
    let at = match header_row {
        Some(n) => table
            .index_of(n)
            .ok_or_else(|| ImportError::HeaderRowMissing {
                path: path.into(),
                row: n,
                last: table.rows.len().checked_sub(1).map_or(0, |i| table.line(i)),
            })?,
        None => find_header(&table.rows, overrides)
            .ok_or_else(|| ImportError::NoHeader { path: path.into() })?,
    };
    let header = &table.rows[at];
    let cols = map(header, overrides);
    if !cols
        .iter()
        .any(|(f, _)| matches!(f, Field::Name | Field::Org))
    {
        return Err(ImportError::NoHeader { path: path.into() });
    }
    let folded: Vec<String> = header.iter().map(|h| columns::fold(h)).collect();
    let mut out = Imported {
        header_row: table.line(at),
        columns: cols.iter().map(|&(f, c)| (f, header[c].clone())).collect(),
        rows: Vec::new(),
        skipped: Vec::new(),
        without_name: Vec::new(),
        repeated: Vec::new(),
    };
    let mut seen: HashMap<(String, String, String), usize> = HashMap::new();
    for (i, cells) in table.rows.iter().enumerate().skip(at + 1) {
        let line = table.line(i);
        let blank = cells.iter().all(|c| c.trim().is_empty());
        let repeat = cells
            .iter()
            .map(|c| columns::fold(c))
            .eq(folded.iter().cloned());
        if blank || repeat {
            out.skipped.push(line);
            continue;
        }
        let get = |f: Field| {
            cols.iter()
                .find(|(g, _)| *g == f)
                .and_then(|&(_, c)| cells.get(c))
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        let mut member = Member {
            person: get(Field::Name),
            kana: get(Field::Kana),
            org: get(Field::Org),
            title: get(Field::Title),
            role: get(Field::Role),
            sector: get(Field::Sector).as_deref().and_then(sector_cell),
            email: get(Field::Email),
            phone: get(Field::Phone),
            note: get(Field::Note),
            ..Member::default()
        };
        if member.person.is_none() && member.org.is_none() {
            out.without_name.push(line);
            continue;
        }
        let key = member_key(&member);
        if let Some(&first) = seen.get(&key) {
            out.repeated.push((line, first));
            continue;
        }
        seen.insert(key, line);
        let mut guessed = None;
        if member.sector.is_none()
            && let Some((s, word)) = member.org.as_deref().and_then(guess_sector)
        {
            member.sector = Some(s);
            guessed = Some(word);
        }
        out.rows.push(Row {
            line,
            member,
            guessed,
        });
    }
    Ok(out)
}

/// What makes two members of one network the same for `renkei check`:
/// the organisation, the person, and without a person the title.
fn member_key(m: &Member) -> (String, String, String) {
    let key = |s: Option<&String>, f: fn(&str) -> String| s.map(|s| f(s)).unwrap_or_default();
    let title = if m.person.is_none() {
        key(m.title.as_ref(), title_key)
    } else {
        String::new()
    };
    (
        key(m.org.as_ref(), org_key),
        key(m.person.as_ref(), person_key),
        title,
    )
}

/// The sector's one-character label, for reports.
#[must_use]
pub fn sector_label(s: Option<Sector>) -> &'static str {
    s.map_or("-", Sector::label_ja)
}
