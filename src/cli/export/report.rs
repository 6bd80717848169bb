//! What an export says about the data: one line counting the problems
//! (`renkei check` lists them), and why a chosen network is missing when
//! its file failed to load.

use std::path::Path;

use crate::diag::{self, display_path};
use crate::model::FileKind;
use crate::msg::{Lang, Msg};
use crate::workspace::Workspace;

/// `N problems (E errors, W warnings) in M files; `renkei check DIR` lists
/// them`, or `None` for clean data.
#[must_use]
pub fn problems_line(ws: &Workspace, dir: &Path, lang: Lang) -> Option<String> {
    if ws.diagnostics.is_empty() {
        return None;
    }
    let (errors, warnings) = diag::count(&ws.diagnostics);
    let mut files: Vec<&Path> = ws.diagnostics.iter().map(|d| d.file.as_path()).collect();
    files.sort_unstable();
    files.dedup();
    let line = Msg::ExportProblems {
        problems: ws.diagnostics.len(),
        errors,
        warnings,
        files: files.len(),
        dir: display_path(dir),
    };
    Some(line.render(lang))
}

/// For a `--network` id that names no network: when a file that failed to
/// load would have been that network (its path without `.yaml`), says so
/// with the file's first error.
#[must_use]
pub fn failed_network(ws: &Workspace, id: &str, dir: &Path, lang: Lang) -> Option<String> {
    let file = ws.ds.files.iter().find(|f| {
        f.kind == FileKind::Failed
            && [".yaml", ".yml"]
                .iter()
                .any(|ext| f.rel.strip_suffix(ext) == Some(id))
    })?;
    let why = ws
        .diagnostics
        .iter()
        .find(|d| d.is_error() && d.file == file.path)
        .map(|d| format!("{}: {}", d.location(), d.text(lang)));
    let line = Msg::NetworkNotExported {
        id: id.to_owned(),
        file: display_path(&file.path),
        why,
        dir: display_path(dir),
    };
    Some(line.render(lang))
}
