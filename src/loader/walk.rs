//! Finding the YAML files of a data directory, in a stable order.

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Pos, Severity};

pub struct Found {
    pub path: PathBuf,
    pub rel: String,
}

fn is_yaml(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// Lists the YAML files in a stable order. Hidden folders (`.git`) are
/// skipped; links are followed, and a link loop is reported, not followed.
pub fn find_files(dir: &Path) -> (Vec<Found>, Vec<Diagnostic>) {
    let mut found = Vec::new();
    let mut diags = Vec::new();
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() && is_yaml(e.path()) => {
                let rel = e.path().strip_prefix(dir).unwrap_or(e.path());
                let rel = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                found.push(Found {
                    path: e.path().to_path_buf(),
                    rel,
                });
            }
            Ok(e) if e.file_type().is_dir() && e.depth() > 0 && is_yaml(e.path()) => {
                diags.push(whole_file(
                    Severity::Warning,
                    e.path(),
                    "a folder is named like a YAML file; renkei looks inside it".into(),
                    Some("rename the folder if this was not meant".into()),
                ));
            }
            Ok(_) => {}
            Err(err) => {
                let path = err.path().unwrap_or(dir).to_path_buf();
                let (message, help) = if err.loop_ancestor().is_some() {
                    (
                        "a folder link points back to a folder above it (a loop); not followed"
                            .to_owned(),
                        "remove the link or point it elsewhere",
                    )
                } else {
                    (
                        format!("cannot read: {}", io_reason(&err)),
                        "check that the file exists and that you may read it",
                    )
                };
                diags.push(whole_file(
                    Severity::Error,
                    &path,
                    message,
                    Some(help.into()),
                ));
            }
        }
    }
    (found, diags)
}

fn io_reason(err: &walkdir::Error) -> String {
    err.io_error()
        .map_or_else(|| err.to_string(), ToString::to_string)
}

pub fn whole_file(
    severity: Severity,
    path: &Path,
    message: String,
    help: Option<String>,
) -> Diagnostic {
    Diagnostic {
        severity,
        file: path.to_path_buf(),
        pos: Pos::default(),
        message,
        help,
        source_line: None,
        span_chars: 1,
    }
}
