//! Output shared by subcommands: diagnostics lists and summary lines.

use std::io::{self, Write};

use crate::diag::{self, Diagnostic, Style};
use crate::model::FileKind;
use crate::workspace::Workspace;

/// Writes every diagnostic in text form.
///
/// # Errors
/// Whatever the writer returns.
pub fn write_diagnostics<W: Write>(
    w: &mut W,
    diags: &[Diagnostic],
    style: Style,
) -> io::Result<()> {
    for d in diags {
        diag::write_text(w, d, style)?;
    }
    Ok(())
}

/// One line: what was read and what was found, e.g.
/// `checked 12 files (11 networks, 1 registry): 1 error, 2 warnings`.
#[must_use]
pub fn summary(ws: &Workspace) -> String {
    let files = &ws.ds.files;
    let registries = files
        .iter()
        .filter(|f| f.kind == FileKind::Registry)
        .count();
    let failed = files.iter().filter(|f| f.kind == FileKind::Failed).count();
    let (errors, warnings) = diag::count(&ws.diagnostics);
    let mut parts = vec![
        plural(ws.ds.networks.len(), "network", "networks"),
        plural(registries, "registry", "registries"),
    ];
    if failed > 0 {
        parts.push(format!("{failed} not loaded"));
    }
    format!(
        "checked {} ({}): {}, {}",
        plural(files.len(), "file", "files"),
        parts.join(", "),
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings"),
    )
}

/// A CSV cell from data: control characters shown escaped and formula
/// starts neutralised, as in exports, so a spreadsheet opening it runs
/// nothing.
#[must_use]
pub fn csv_cell(s: &str) -> String {
    crate::export::csv::neutralise(&crate::text::sanitize(s))
}

#[must_use]
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
