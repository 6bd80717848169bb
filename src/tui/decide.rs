//! Settling a duplicate suggestion in the registry, and taking it back:
//! the browser's one seam to `crate::registry_edit`.
//!
//! Written against `registry_edit::append_entry`; undo restores the file
//! as it was, and only when it still holds exactly what was written.

use std::path::{Path, PathBuf};

use crate::identity::{Settle, Suggestion};
use crate::registry_edit;

/// A decision written to the registry, enough to take it back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub file: PathBuf,
    before: Option<String>,
    after: String,
}

/// The text of `path` if it is a regular file; never opens a FIFO or a
/// device, which could block.
fn read_regular(path: &Path) -> Result<Option<String>, String> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_file() => std::fs::read_to_string(path)
            .map(Some)
            .map_err(|e| format!("{}: {e}", path.display())),
        Ok(_) => Err(format!("{}: not a regular file", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// Writes `s` settled as `how` into the registry of `dir`.
///
/// # Errors
/// The registry cannot be read or written; nothing is changed then.
pub fn apply(dir: &Path, s: &Suggestion, how: Settle) -> Result<Applied, String> {
    let candidates = ["registry.yaml", registry_edit::ACCEPTED].map(|n| dir.join(n));
    let mut before = Vec::new();
    for path in &candidates {
        before.push((path.clone(), read_regular(path)?));
    }
    let file = registry_edit::append_entry(dir, &s.settle_yaml(how))
        .map_err(|e| format!("{}: {e}", dir.display()))?;
    let after = read_regular(&file)?.unwrap_or_default();
    let before = before
        .into_iter()
        .find(|(p, _)| *p == file)
        .and_then(|(_, text)| text);
    Ok(Applied {
        file,
        before,
        after,
    })
}

/// Takes back `a`: the file as it was before, or gone if it was new.
///
/// # Errors
/// The file changed since (nothing is touched then), or I/O fails.
pub fn undo(a: &Applied) -> Result<(), String> {
    let now = read_regular(&a.file)?;
    if now.as_deref() != Some(a.after.as_str()) {
        return Err(format!(
            "{}: changed since the decision; not undone",
            a.file.display()
        ));
    }
    let done = match &a.before {
        Some(text) => std::fs::write(&a.file, text),
        None => std::fs::remove_file(&a.file),
    };
    done.map_err(|e| format!("{}: {e}", a.file.display()))
}
