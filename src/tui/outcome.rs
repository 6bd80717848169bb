//! How the app takes the results of the I/O the event loop ran for it:
//! a reload, an export, a registry decision or its undo, and the
//! duplicate suggestions computed after a load.

use super::action::Mode;
use super::app::{App, ctx};
use super::ctx::{Ctx, Suggestions};
use super::decide::Applied;
use super::reload::{Fresh, Reload};

impl App {
    /// A reload started by the event loop.
    pub fn reload_started(&mut self, r: Reload) {
        self.reloading = Some(r);
    }

    /// Takes a finished background reload's result, if there is one.
    pub fn poll_reload(&mut self) -> bool {
        let Some(result) = self.reloading.as_ref().and_then(Reload::try_take) else {
            return false;
        };
        self.reloading = None;
        match result {
            Ok(fresh) => self.reloaded(fresh),
            Err(e) => self.fail(format!(
                "{}: {}",
                self.labels().reload_failed,
                e.render(self.lang)
            )),
        }
        true
    }

    /// Replaces the data, keeping view, filters, marks and cursors; says
    /// what the reload found.
    pub fn reloaded(&mut self, fresh: Fresh) {
        let was = self.browse.remember(&ctx!(self));
        self.ws = fresh.ws;
        self.search = fresh.search;
        self.suggestions = Suggestions::Pending;
        self.generation = self.generation.wrapping_add(1);
        self.browse.restore(&ctx!(self), &was);
        self.problems.refresh(&ctx!(self));
        self.overlap.refresh(self.view, &ctx!(self));
        self.refresh_table();
        self.refresh_lanes();
        let l = self.labels();
        let failed = self.ws.failed_files();
        let note = self
            .status
            .take()
            .filter(|s| !s.error)
            .map(|s| format!("{}  ", s.text));
        let note = note.unwrap_or_default();
        if failed.is_empty() {
            let text = format!(
                "{note}{}: {} {}",
                l.reloaded,
                self.ws.ds.networks.len(),
                l.networks
            );
            self.say(text);
        } else {
            let names: Vec<&str> = failed.iter().map(|f| f.rel.as_str()).collect();
            let text = format!(
                "{note}{} ({}): {}",
                l.reload_broken,
                failed.len(),
                names.join(", ")
            );
            self.fail(text);
        }
    }

    /// The result of an export task.
    pub fn exported(&mut self, result: Result<(std::path::PathBuf, usize), ExportOutcome>) {
        match result {
            Ok((path, count)) => {
                self.export = None;
                self.mode = Mode::Normal;
                let wrote = self.labels().export_wrote;
                self.say(format!("{wrote}: {} ({count})", path.display()));
            }
            Err(ExportOutcome::Exists) => {
                if let Some(d) = self.export.as_mut() {
                    d.confirm = true;
                }
                self.mode = Mode::Confirm;
            }
            Err(ExportOutcome::Failed(e)) => {
                self.mode = Mode::Export;
                self.fail(e);
            }
        }
    }

    /// The result of a decision; the loop reloads after a success.
    pub fn decided(&mut self, result: Result<Applied, String>) {
        match result {
            Ok(a) => {
                let text = format!("{}: {}", self.labels().decided, a.file.display());
                self.decisions.push(a);
                self.say(text);
            }
            Err(e) => {
                self.problems.resume = None;
                self.fail(e);
            }
        }
    }

    /// The result of an undo; the loop reloads after a success.
    pub fn undone(&mut self, result: Result<Applied, String>) {
        match result {
            Ok(a) => {
                let text = format!("{}: {}", self.labels().undone, a.file.display());
                self.say(text);
            }
            Err(e) => self.fail(e),
        }
    }

    /// The suggestion job the app is waiting for, if any: its generation
    /// and shared handles on the data.
    #[must_use]
    pub fn wants_suggestions(&self) -> Option<SuggestJob> {
        self.suggestions.is_pending().then(|| SuggestJob {
            generation: self.generation,
            ds: std::sync::Arc::clone(&self.ws.ds),
            resolved: std::sync::Arc::clone(&self.ws.resolved),
        })
    }

    /// Takes the suggestions computed for `generation`. A result for an
    /// earlier load or one that arrives twice is dropped; returns whether
    /// it was taken.
    pub fn receive_suggestions(
        &mut self,
        generation: u64,
        found: crate::identity::Suggestions,
    ) -> bool {
        if generation != self.generation || !self.suggestions.is_pending() {
            return false;
        }
        self.suggestions = Suggestions::Ready(found.list, found.cut);
        self.problems.refresh(&ctx!(self));
        true
    }
}

/// Why an export was not written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportOutcome {
    /// The file exists; the dialog asks before overwriting.
    Exists,
    Failed(String),
}

/// Computing one load's duplicate suggestions, away from the app: it owns
/// shared handles on the data, so it can move to another thread.
#[derive(Clone)]
pub struct SuggestJob {
    pub generation: u64,
    pub ds: std::sync::Arc<crate::model::Dataset>,
    pub resolved: std::sync::Arc<crate::identity::Resolved>,
}

impl SuggestJob {
    /// Runs [`crate::identity::suggest_all`]; slow on big directories.
    #[must_use]
    pub fn run(&self) -> crate::identity::Suggestions {
        crate::identity::suggest_all(&self.ds, &self.resolved)
    }
}
