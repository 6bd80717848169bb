//! What an export says about the data: one line counting the problems
//! (`renkei check` lists them), and why a chosen network is missing when
//! its file failed to load.

use std::path::Path;

use super::super::output::plural;
use crate::diag::{self, display_path};
use crate::model::FileKind;
use crate::workspace::Workspace;

/// `N problems (E errors, W warnings) in M files; `renkei check DIR` lists
/// them`, or `None` for clean data.
#[must_use]
pub fn problems_line(ws: &Workspace, dir: &Path) -> Option<String> {
    if ws.diagnostics.is_empty() {
        return None;
    }
    let (errors, warnings) = diag::count(&ws.diagnostics);
    let mut files: Vec<&Path> = ws.diagnostics.iter().map(|d| d.file.as_path()).collect();
    files.sort_unstable();
    files.dedup();
    Some(format!(
        "{} ({}, {}) in {}; `renkei check {}` lists them",
        plural(ws.diagnostics.len(), "problem", "problems"),
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings"),
        plural(files.len(), "file", "files"),
        display_path(dir),
    ))
}

/// For a `--network` id that names no network: when a file that failed to
/// load would have been that network (its path without `.yaml`), says so
/// with the file's first error.
#[must_use]
pub fn failed_network(ws: &Workspace, id: &str, dir: &Path) -> Option<String> {
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
        .map_or_else(
            || "see `renkei check`".to_owned(),
            |d| format!("{}: {}", d.location(), d.message),
        );
    Some(format!(
        "network `{id}` was not exported: its file {} failed to load ({why}); \
         fix it and export again (`renkei check {}` shows how)",
        display_path(&file.path),
        display_path(dir),
    ))
}
