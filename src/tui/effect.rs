//! What a sub-state's update asks of the app: state changes the app
//! applies, and I/O tasks the event loop runs outside `update`.

use std::path::PathBuf;

use super::action::{Mode, View};
use crate::export::ContactFormat;
use crate::identity::{EntityId, Settle, Suggestion};

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// A message for the status line.
    Say(String),
    /// An error for the status line.
    Fail(String),
    Mode(Mode),
    Show(View),
    /// Show network `network` in the browse view, `entity`'s row selected
    /// when it has one there.
    Jump {
        network: u32,
        entity: Option<EntityId>,
    },
    Task(Task),
}

/// I/O: reading the folder, writing an export or the registry.
#[derive(Debug, Clone, PartialEq)]
pub enum Task {
    /// Reload the data directory in the background.
    Reload,
    /// Stop a running reload; the data on screen stays.
    CancelReload,
    Export {
        path: PathBuf,
        format: ContactFormat,
        networks: Vec<u32>,
        /// Overwrite an existing file (the user said yes).
        force: bool,
    },
    /// Settle a suggestion in the registry, then reload.
    Decide {
        suggestion: Box<Suggestion>,
        how: Settle,
    },
    /// Take back the last decision, then reload.
    Undo,
}

/// Effects of one update, in order.
pub type Effects = Vec<Effect>;
