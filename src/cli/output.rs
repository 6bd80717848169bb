//! Output shared by subcommands: diagnostics lists and summary lines.

use std::io::{self, Write};

use super::Out;
use crate::diag::{self, Diagnostic};
use crate::model::FileKind;
use crate::msg::{Lang, Msg};
use crate::workspace::Workspace;

/// Writes every diagnostic in text form.
///
/// # Errors
/// Whatever the writer returns.
pub fn write_diagnostics<W: Write>(w: &mut W, diags: &[Diagnostic], out: Out) -> io::Result<()> {
    for d in diags {
        diag::write_text(w, d, out.style, out.lang)?;
    }
    Ok(())
}

/// One line: what was read and what was found, e.g.
/// `checked 12 files (11 networks, 1 registry): 1 error, 2 warnings`.
#[must_use]
pub fn summary(ws: &Workspace, lang: Lang) -> String {
    let files = &ws.ds.files;
    let count = |kind| files.iter().filter(|f| f.kind == kind).count();
    let (errors, warnings) = diag::count(&ws.diagnostics);
    Msg::Checked {
        files: files.len(),
        networks: ws.ds.networks.len(),
        registries: count(FileKind::Registry),
        failed: count(FileKind::Failed),
        errors,
        warnings,
    }
    .render(lang)
}

/// A CSV cell from data: control characters shown escaped and formula
/// starts neutralised, as in exports, so a spreadsheet opening it runs
/// nothing.
#[must_use]
pub fn csv_cell(s: &str) -> String {
    crate::export::csv::neutralise(&crate::text::sanitize(s))
}
