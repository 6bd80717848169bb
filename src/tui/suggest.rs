//! Duplicate suggestions arrive after the first frame: the app says which
//! job it wants and takes the result, the event loop runs the job.
//!
//! Like an Elm command: `App` never starts threads itself, so state tests
//! can run the job inline and feed the result back.

use super::app::App;
use super::data::{SuggestJob, Suggestions};
use crate::identity::Suggestion;

impl App {
    /// The suggestion job the app is waiting for, if any. Asking again
    /// gives the same generation until a reload, so the loop starts each
    /// job once by comparing generations.
    #[must_use]
    pub fn wants_suggestions(&self) -> Option<SuggestJob> {
        self.data
            .suggestions
            .is_pending()
            .then(|| self.data.suggest_job())
    }

    /// Takes the suggestions computed for `generation`. A result for an
    /// earlier load (the directory was reloaded meanwhile) or one that
    /// arrives twice is dropped; returns whether it was taken.
    pub fn receive_suggestions(&mut self, generation: u64, list: Vec<Suggestion>) -> bool {
        if generation != self.data.generation || !self.data.suggestions.is_pending() {
            return false;
        }
        self.data.suggestions = Suggestions::Ready(list);
        super::problems::refresh(self);
        true
    }
}
