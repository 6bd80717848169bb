//! Settling a duplicate suggestion in the registry, and taking it back:
//! the browser's one seam to `crate::registry_edit`.
//!
//! The edit keeps every line of the user's registry; undo restores the
//! file byte for byte, and only when it still holds what was written.

use std::path::Path;

use crate::identity::{Settle, Suggestion};
use crate::registry_edit::{self, Decision};

pub use crate::registry_edit::Applied;

/// Writes `s` settled as `how` into the registry of `dir`.
///
/// # Errors
/// The registry cannot be read or written, or the decision cannot be
/// recorded (positions are matched by title, not by the registry);
/// nothing is changed then.
pub fn apply(dir: &Path, s: &Suggestion, how: Settle) -> Result<Applied, String> {
    let d = Decision::from_suggestion(s, how).ok_or_else(|| {
        "positions are matched by organisation and title; write the title the same way in the network files"
            .to_owned()
    })?;
    registry_edit::apply(dir, &d).map_err(|e| e.to_string())
}

/// Takes back `a`: the file as it was before, or gone if it was new.
///
/// # Errors
/// The file changed since (nothing is touched then), or I/O fails.
pub fn undo(a: &Applied) -> Result<(), String> {
    registry_edit::undo(a).map_err(|e| e.to_string())
}
