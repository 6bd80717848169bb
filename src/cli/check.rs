//! `renkei check`: every problem in the data, as text or JSON.

use std::io::{self, Write};

use serde::Serialize;

use super::output::{summary, write_diagnostics};
use super::{CheckArgs, Format, Status, load};
use crate::diag::{self, JsonDiagnostic, Style};

#[derive(Serialize)]
struct Report<'a> {
    diagnostics: Vec<JsonDiagnostic<'a>>,
    suggestions: Vec<serde_json::Value>,
}

/// Runs `check`. Exit status: problems when there are errors (or warnings
/// with `--deny-warnings`).
///
/// # Errors
/// Only errors writing `out`.
pub fn run<W: Write>(args: &CheckArgs, out: &mut W, style: Style) -> io::Result<Status> {
    let loaded = match load(&args.data) {
        Ok(l) => l,
        Err(status) => return Ok(status),
    };
    match args.format {
        Format::Text => {
            write_diagnostics(out, &loaded.diagnostics, style)?;
            writeln!(out, "{}", summary(&loaded))?;
        }
        Format::Json => {
            let report = Report {
                diagnostics: loaded
                    .diagnostics
                    .iter()
                    .map(JsonDiagnostic::from)
                    .collect(),
                suggestions: Vec::new(),
            };
            serde_json::to_writer_pretty(&mut *out, &report)?;
            writeln!(out)?;
        }
    }
    let (errors, warnings) = diag::count(&loaded.diagnostics);
    Ok(if errors > 0 || (args.deny_warnings && warnings > 0) {
        Status::Problems
    } else {
        Status::Clean
    })
}
