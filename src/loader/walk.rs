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
                odd_name(e.path(), &rel, &mut diags);
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
            // A FIFO would block the read forever, a device never ends.
            Ok(e) if !e.file_type().is_dir() && is_yaml(e.path()) => {
                diags.push(whole_file(
                    Severity::Error,
                    e.path(),
                    format!("not a regular file ({}); not read", kind_of(&e)),
                    Some(
                        "renkei reads only regular files; remove it or replace it with the file"
                            .into(),
                    ),
                ));
            }
            Ok(_) => {}
            Err(err) => diags.push(walk_error(dir, &err)),
        }
    }
    (found, diags)
}

fn walk_error(dir: &Path, err: &walkdir::Error) -> Diagnostic {
    let path = err.path().unwrap_or(dir);
    let dangling = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
        && std::fs::metadata(path).is_err();
    let (message, help) = if err.loop_ancestor().is_some() {
        (
            "a folder link points back to a folder above it (a loop); not followed".to_owned(),
            "remove the link or point it elsewhere".to_owned(),
        )
    } else if dangling {
        let target = std::fs::read_link(path)
            .map(|t| t.display().to_string())
            .unwrap_or_default();
        (
            format!("a link to `{target}`, which does not exist; not read"),
            "remove the link or point it at the file".to_owned(),
        )
    } else {
        (
            format!("cannot read: {}", io_reason(err)),
            "check that the file exists and that you may read it".to_owned(),
        )
    };
    whole_file(Severity::Error, path, message, Some(help))
}

/// What a non-regular directory entry is, for the message.
#[cfg(unix)]
fn kind_of(e: &walkdir::DirEntry) -> &'static str {
    use std::os::unix::fs::FileTypeExt as _;
    let t = e.file_type();
    if t.is_fifo() {
        "a named pipe"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else {
        "not a file"
    }
}

#[cfg(not(unix))]
fn kind_of(_: &walkdir::DirEntry) -> &'static str {
    "not a file"
}

/// Warns about a path that holds control characters: it is shown escaped,
/// and the network id derived from it would hold them too.
fn odd_name(path: &Path, rel: &str, diags: &mut Vec<Diagnostic>) {
    if let Some(c) = rel.chars().find(|&c| crate::text::is_unsafe_char(c)) {
        diags.push(whole_file(
            Severity::Warning,
            path,
            format!(
                "the file's path contains a control character, {}",
                crate::text::describe_char(c)
            ),
            Some("rename it; renkei shows such characters escaped".into()),
        ));
    }
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
