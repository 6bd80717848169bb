//! Settling a duplicate suggestion in the registry, and taking it back:
//! the browser's one seam to `crate::registry_edit`, which edits the
//! user's registry in place and refuses what it cannot do safely.

use std::path::Path;

use crate::identity::{Settle, Suggestion};
use crate::msg::{Lang, Msg};
use crate::registry_edit::{self, Decision};

pub use crate::registry_edit::Applied;

/// Writes `s` settled as `how` into the registry of `dir`.
///
/// # Errors
/// The suggestion cannot be settled that way, or the registry cannot be
/// read or written; nothing is changed then.
pub fn apply(dir: &Path, s: &Suggestion, how: Settle, lang: Lang) -> Result<Applied, String> {
    let d = Decision::from_suggestion(s, how).ok_or_else(|| {
        Msg::CannotRecord {
            a: s.a.clone(),
            b: s.b.clone(),
        }
        .render(lang)
    })?;
    registry_edit::apply(dir, &d).map_err(|e| e.render(lang))
}

/// Takes back `a`.
///
/// # Errors
/// The file changed since (nothing is touched then), or I/O fails.
pub fn undo(a: &Applied, lang: Lang) -> Result<(), String> {
    registry_edit::undo(a).map_err(|e| e.render(lang))
}
