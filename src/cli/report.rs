//! `renkei report`: one self-contained HTML page of a prefecture's (or
//! the listed networks') overlap, written whole or not at all and never
//! over an existing file without `--force`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::Args;

use super::Out;
use super::filters::{FilterArgs, Report as Written, report_view};
use super::keypersons::parse_sampling;
use super::{DataArgs, Status};
use crate::export::{self, ExportError};
use crate::graph::Sampling;
use crate::model::SourceFile;
use crate::msg::Msg;
use crate::report::{Report, date, html};
use crate::text::sanitize;

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// Usually `--prefecture NAME` or `--network ID...`.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// The HTML file to write (`-` writes to stdout).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// Replace FILE if it already exists.
    #[arg(long)]
    pub force: bool,
    /// Betweenness of keypersons: `auto`, `exact`, or a number of pivots.
    #[arg(long, value_name = "auto|exact|N", default_value = "auto", value_parser = parse_sampling)]
    pub betweenness: Sampling,
}

/// A file's modification date, if the file system knows it.
fn modified(file: &SourceFile) -> Option<String> {
    std::fs::metadata(&file.path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(date::ymd)
}

/// Runs `report`.
///
/// # Errors
/// Only errors writing `out` (stdout).
pub fn run<W: Write>(args: &ReportArgs, out: &mut W, errout: Out) -> io::Result<Status> {
    let mut failed: Option<String> = None;
    let status = report_view(&args.data, &args.filter, errout, |view| {
        let report = Report::build(view, args.betweenness, &modified, env!("CARGO_PKG_VERSION"));
        if args.output.as_os_str() == "-" {
            html::write(out, &report)?;
            return Ok(Written::Written);
        }
        match save(&args.output, args.force, &report) {
            Ok(path) => {
                let lang = errout.lang;
                let scope = crate::present::describe_in(view.filter(), view.networks().len(), lang);
                let line = Msg::ReportWrote {
                    scope,
                    path: path.display().to_string(),
                };
                let _ = writeln!(io::stderr(), "renkei: {}", sanitize(&line.render(lang)));
            }
            Err(e) => failed = Some(e.render(errout.lang)),
        }
        Ok(Written::Written)
    })?;
    if let Some(message) = failed {
        let _ = writeln!(io::stderr(), "renkei: {}", sanitize(&message));
        return Ok(Status::Failure);
    }
    Ok(status)
}

fn save(path: &Path, force: bool, report: &Report) -> Result<PathBuf, ExportError> {
    export::write_file(path, force, |w| {
        html::write(w, report).map_err(ExportError::from)
    })
}
