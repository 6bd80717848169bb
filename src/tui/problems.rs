//! The problems view's state: load errors, warnings and duplicate
//! suggestions. Settling a suggestion (`a` same, `x` different) and undoing
//! it (`u`) are registry writes, handed to the event loop as tasks.

use super::action::{Action, View};
use super::ctx::{Ctx, Suggestions};
use super::effect::{Effect, Effects, Task};
use super::labels::Lang;
use crate::diag::{Diagnostic, Severity};
use crate::identity::{Settle, Suggestion};
use crate::msg::Msg;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProblemsState {
    /// The rows shown, recomputed by [`ProblemsState::refresh`].
    pub items: Vec<Item>,
    /// Each diagnostic's words, by its index in the workspace: rendered
    /// from the catalogue when the diagnostics change, not in each frame.
    pub texts: Vec<DiagText>,
    /// Why each suggestion was made, by its index, rendered when the
    /// suggestions arrive.
    pub reasons: Vec<String>,
    /// The note that the duplicate search stopped at its bounds, and its
    /// help, as `check` words them; rendered when the suggestions arrive.
    pub cut: Option<CutNote>,
    pub cursor: usize,
    /// Where the cursor goes when the suggestions arrive: the row of a
    /// settled suggestion, so the cursor lands on the next one instead of
    /// on the first. Cleared when the user moves.
    pub resume: Option<usize>,
}

/// A diagnostic's words in the interface language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiagText {
    /// `エラー` or `警告` (`error`, `warning`).
    pub severity: String,
    /// `FILE:LINE:COLUMN message`, the row of the list.
    pub row: String,
    pub message: String,
    /// The help line, with its label.
    pub help: Option<String>,
}

impl DiagText {
    /// The words of `d` in `lang`.
    #[must_use]
    pub fn of(d: &Diagnostic, lang: Lang) -> DiagText {
        let severity = match d.severity {
            Severity::Error => Msg::SeverityError,
            Severity::Warning => Msg::SeverityWarning,
        };
        let message = d.text(lang);
        let label = Msg::HelpLabel.render(lang);
        DiagText {
            severity: severity.render(lang),
            row: format!("{} {message}", d.location()),
            help: d.help_text(lang).map(|h| format!("{label}: {h}")),
            message,
        }
    }
}

/// The note that the duplicate search stopped at its bounds, in the
/// interface language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CutNote {
    /// `注記` (`note`).
    pub label: String,
    pub note: String,
    /// The help line, with its label.
    pub help: String,
}

/// One row of the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Diagnostic(usize),
    Suggestion(usize),
    /// The suggestions are still being computed.
    Pending,
    /// The duplicate search stopped at its bounds: some pairs may be
    /// missing from the list above.
    Cut,
}

impl ProblemsState {
    /// Recomputes the rows after a load or the arrival of the suggestions.
    pub fn refresh(&mut self, ctx: &Ctx<'_>) {
        // Pending suggestions mean a fresh load: new diagnostics.
        if ctx.suggestions.is_pending() || self.texts.len() != ctx.ws.diagnostics.len() {
            self.texts = ctx
                .ws
                .diagnostics
                .iter()
                .map(|d| DiagText::of(d, ctx.lang))
                .collect();
        }
        self.reasons = ctx
            .suggestions
            .list()
            .iter()
            .map(|s| s.reason.render(ctx.lang))
            .collect();
        self.cut = ctx.suggestions.cut().map(|cut| {
            let note = Msg::SuggestionsCut {
                names: cut.names,
                of: cut.of,
            };
            let help = Msg::HelpSuggestionsCut.render(ctx.lang);
            CutNote {
                label: Msg::SeverityNote.render(ctx.lang),
                note: note.render(ctx.lang),
                help: format!("{}: {help}", Msg::HelpLabel.render(ctx.lang)),
            }
        });
        let d = (0..ctx.ws.diagnostics.len()).map(Item::Diagnostic);
        self.items = if ctx.suggestions.is_pending() {
            d.chain([Item::Pending]).collect()
        } else {
            let cut = self.cut.as_ref().map(|_| Item::Cut);
            d.chain((0..ctx.suggestions.list().len()).map(Item::Suggestion))
                .chain(cut)
                .collect()
        };
        if !ctx.suggestions.is_pending()
            && let Some(row) = self.resume.take()
        {
            self.cursor = row;
        }
        self.cursor = self.cursor.min(self.items.len().saturating_sub(1));
    }

    /// How many problems the tab shows, and whether more may come.
    #[must_use]
    pub fn count(&self, suggestions: &Suggestions) -> (usize, bool) {
        let pending = suggestions.is_pending();
        // Neither the pending row nor the cut note is a problem of its own.
        let extra = usize::from(pending) + usize::from(self.cut.is_some() && !pending);
        (self.items.len().saturating_sub(extra), pending)
    }

    /// The suggestion on the cursor's row, if it is one.
    #[must_use]
    pub fn selected<'s>(&self, suggestions: &'s Suggestions) -> Option<&'s Suggestion> {
        suggestion(suggestions, self.items.get(self.cursor).copied())
    }

    /// Applies an action in the problems view.
    pub fn update(&mut self, action: Action, ctx: &Ctx<'_>) -> Effects {
        let end = self.items.len().saturating_sub(1);
        let c = &mut self.cursor;
        let before = *c;
        match action {
            Action::Up | Action::ScrollUp { .. } => *c = c.saturating_sub(1),
            Action::Down | Action::ScrollDown { .. } => *c = (*c + 1).min(end),
            Action::PageUp => *c = c.saturating_sub(10),
            Action::PageDown => *c = (*c + 10).min(end),
            Action::Top => *c = 0,
            Action::Bottom => *c = end,
            Action::Back => return vec![Effect::Show(View::Browse)],
            Action::Accept | Action::Activate => return self.decide(ctx, Settle::Same),
            Action::Dismiss => return self.decide(ctx, Settle::Different),
            _ => {}
        }
        if *c != before {
            self.resume = None;
        }
        Vec::new()
    }

    fn decide(&mut self, ctx: &Ctx<'_>, how: Settle) -> Effects {
        let Some(s) = self.selected(ctx.suggestions) else {
            return Vec::new();
        };
        self.resume = Some(self.cursor);
        vec![Effect::Task(Task::Decide {
            suggestion: Box::new(s.clone()),
            how,
        })]
    }
}

/// The suggestion on a row, if it is one.
#[must_use]
pub fn suggestion(suggestions: &Suggestions, item: Option<Item>) -> Option<&Suggestion> {
    match item {
        Some(Item::Suggestion(i)) => suggestions.list().get(i),
        _ => None,
    }
}
