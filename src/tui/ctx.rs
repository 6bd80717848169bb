//! What a sub-state may read while it updates: the workspace and the
//! browser-wide settings, read-only. Sub-states never see the `App`.

use crate::identity::{EntityId, Suggestion};
use crate::model::{Prefecture, Program, Sector};
use crate::workspace::{Scope, Workspace};

use super::labels::{Labels, Lang};

/// The prefecture and filters a view was computed for, so a view can tell
/// that its scope changed and reset its cursor.
pub type ScopeKey = (Option<Prefecture>, Filters);

/// The filters every view applies; the status line always shows them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Filters {
    pub program: Option<Program>,
    pub sector: Option<Sector>,
    pub year: Option<i32>,
}

impl Filters {
    /// The network-level part.
    #[must_use]
    pub fn scope(self) -> Scope {
        Scope {
            program: self.program,
            year: self.year,
        }
    }

    #[must_use]
    pub fn is_empty(self) -> bool {
        self == Filters::default()
    }
}

/// Duplicate suggestions: computed on a worker thread after the first
/// frame, because they are the slowest part of loading.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Suggestions {
    #[default]
    Pending,
    /// The list, and where the search stopped at its bounds (the browser
    /// says so, as `check` does).
    Ready(Vec<Suggestion>, Option<crate::identity::Cut>),
}

impl Suggestions {
    /// The suggestions, empty while they are being computed.
    #[must_use]
    pub fn list(&self) -> &[Suggestion] {
        match self {
            Suggestions::Pending => &[],
            Suggestions::Ready(v, _) => v,
        }
    }

    /// Where the search stopped at its bounds, if it did.
    #[must_use]
    pub fn cut(&self) -> Option<crate::identity::Cut> {
        match self {
            Suggestions::Pending => None,
            Suggestions::Ready(_, cut) => *cut,
        }
    }

    #[must_use]
    pub fn is_pending(&self) -> bool {
        matches!(self, Suggestions::Pending)
    }
}

/// What the browse view has selected, for the views that follow it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Selection {
    pub prefecture: Option<Prefecture>,
    pub network: Option<u32>,
    /// The selected member's entity, when the member pane has the focus.
    pub entity: Option<EntityId>,
}

/// The read-only context of an update.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub ws: &'a Workspace,
    pub suggestions: &'a Suggestions,
    pub filters: Filters,
    pub selection: Selection,
    pub lang: Lang,
    pub size: (u16, u16),
}

impl Ctx<'_> {
    #[must_use]
    pub fn labels(&self) -> &'static Labels {
        self.lang.labels()
    }
}
