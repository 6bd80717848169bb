//! What can go wrong in an export, each message saying what to do about it.

use std::io;
use std::path::PathBuf;

use crate::msg::Msg;

/// Why an export was not written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The target exists and replacing it was not asked for.
    #[error("{}: already exists; use --force to replace it, or choose another file name", path.display())]
    Exists { path: PathBuf },
    /// The target is a folder, not a file.
    #[error("{}: is a folder; give a file name inside it", path.display())]
    IsDir { path: PathBuf },
    /// A character the chosen encoding cannot hold. `row` counts lines of the
    /// spreadsheet as Excel numbers them (the header is row 1).
    #[error(
        "row {row}, column {column}: `{ch}` (U+{code:04X}) cannot be written in Shift_JIS (CP932); \
         use --encoding utf-8-bom (the default, which Excel opens too), or replace the character in the data",
        code = u32::from(*ch)
    )]
    Encoding {
        row: usize,
        column: String,
        ch: char,
    },
    /// A `--network` id that is not in the data.
    #[error(
        "no network with id `{id}`{}; a network's id is its `id:` field, else its file's path \
         below the data folder without `.yaml` (kochi/kofukin)",
        hint.as_ref().map(|h| format!(" (did you mean `{h}`?)")).unwrap_or_default()
    )]
    UnknownNetwork { id: String, hint: Option<String> },
    /// The filters left nothing to export.
    #[error("no network matches the filters; loosen --network, --prefecture or --program")]
    NothingSelected,
    /// The spreadsheet library refused the workbook (Excel's limits).
    #[error("cannot build the xlsx workbook: {0}")]
    Spreadsheet(String),
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// No file can be made in the target's folder, and why.
    #[error("{}: {why}", path.display())]
    CannotCreate { path: PathBuf, why: Box<Msg> },
    /// Writing the export to its stream failed.
    #[error("cannot write the export: {0}")]
    Write(#[from] io::Error),
}

impl ExportError {
    /// What went wrong in `lang`; workbook errors keep the words of the
    /// library that gave them, I/O errors in English those of the system.
    #[must_use]
    pub fn render(&self, lang: crate::msg::Lang) -> String {
        let msg = match self {
            ExportError::Exists { path } => Msg::ExportExists {
                path: path.display().to_string(),
            },
            ExportError::IsDir { path } => Msg::ExportIsFolder {
                path: path.display().to_string(),
            },
            ExportError::Encoding { row, column, ch } => Msg::ExportNotShiftJis {
                row: *row,
                column: column.clone(),
                ch: *ch,
            },
            ExportError::UnknownNetwork { id, hint } => Msg::ExportUnknownNetwork {
                id: id.clone(),
                hint: hint.clone(),
            },
            ExportError::NothingSelected => Msg::ExportNothingSelected,
            ExportError::Io { path, source } => Msg::AtPath {
                path: path.display().to_string(),
                what: Box::new(Msg::io(source)),
            },
            ExportError::CannotCreate { path, why } => Msg::AtPath {
                path: path.display().to_string(),
                what: why.clone(),
            },
            other => return other.to_string(),
        };
        msg.render(lang)
    }

    /// An I/O error on `path`.
    pub(crate) fn io(path: impl Into<PathBuf>, source: io::Error) -> Self {
        ExportError::Io {
            path: path.into(),
            source,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_say_what_to_do() {
        let e = ExportError::Exists {
            path: "out.csv".into(),
        };
        assert_eq!(
            e.to_string(),
            "out.csv: already exists; use --force to replace it, or choose another file name"
        );
        let e = ExportError::Encoding {
            row: 3,
            column: "氏名".into(),
            ch: '𠮷',
        };
        assert!(
            e.to_string()
                .starts_with("row 3, column 氏名: `𠮷` (U+20BB7)")
        );
        assert!(e.to_string().contains("--encoding utf-8-bom"));
        let e = ExportError::UnknownNetwork {
            id: "kochi/kofukn".into(),
            hint: Some("kochi/kofukin".into()),
        };
        assert!(e.to_string().contains("did you mean `kochi/kofukin`?"));
        // The catalogue's English is the error's own text.
        assert_eq!(e.render(crate::msg::Lang::En), e.to_string());
        assert!(
            e.render(crate::msg::Lang::Ja)
                .contains("「kochi/kofukin」ではありませんか？")
        );
    }
}
