//! The problems view: load errors, warnings and duplicate suggestions;
//! suggestions can be accepted into the registry or dismissed.

use std::collections::BTreeSet;

use super::action::Action;
use super::app::App;
use crate::identity::Suggestion;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProblemsState {
    /// Suggestions dismissed in this session, by their two spellings, so a
    /// reload does not bring them back.
    pub dismissed: BTreeSet<(String, String)>,
    /// The rows shown, recomputed by [`refresh`].
    pub items: Vec<Item>,
    /// Where the cursor goes when the suggestions arrive: the row of an
    /// accepted suggestion, so the cursor lands on the next one instead of
    /// on the first. Cleared when the user moves.
    pub resume: Option<usize>,
}

/// One row of the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Diagnostic(usize),
    Suggestion(usize),
    /// The suggestions are still being computed.
    Pending,
}

/// Recomputes the rows after a load, a dismissal or the arrival of the
/// suggestions.
pub fn refresh(app: &mut App) {
    app.problems.items = items(app);
    if !app.data.suggestions.is_pending()
        && let Some(row) = app.problems.resume.take()
    {
        app.cursor.problems = row;
    }
    let last = app.problems.items.len().saturating_sub(1);
    app.cursor.problems = app.cursor.problems.min(last);
}

/// The rows, diagnostics first, then the suggestions or the row saying
/// they are being computed.
fn items(app: &App) -> Vec<Item> {
    let d = (0..app.data.diagnostics.len()).map(Item::Diagnostic);
    if app.data.suggestions.is_pending() {
        return d.chain([Item::Pending]).collect();
    }
    let s = app
        .data
        .suggestions
        .list()
        .iter()
        .enumerate()
        .filter(|(_, s)| !app.problems.dismissed.contains(&pair(s)))
        .map(|(i, _)| Item::Suggestion(i));
    d.chain(s).collect()
}

/// How many problems the tab shows, and whether more may come.
#[must_use]
pub fn count(app: &App) -> (usize, bool) {
    let pending = app.data.suggestions.is_pending();
    (
        app.problems
            .items
            .len()
            .saturating_sub(usize::from(pending)),
        pending,
    )
}

fn pair(s: &Suggestion) -> (String, String) {
    (s.a.clone(), s.b.clone())
}

/// Applies an action in the problems view.
pub fn update(app: &mut App, action: Action) {
    let end = app.problems.items.len().saturating_sub(1);
    let selected = app.problems.items.get(app.cursor.problems).copied();
    if matches!(
        action,
        Action::Up
            | Action::Down
            | Action::ScrollUp { .. }
            | Action::ScrollDown { .. }
            | Action::PageUp
            | Action::PageDown
            | Action::Top
            | Action::Bottom
    ) {
        app.problems.resume = None;
    }
    let c = &mut app.cursor.problems;
    match action {
        Action::Up | Action::ScrollUp { .. } => *c = c.saturating_sub(1),
        Action::Down | Action::ScrollDown { .. } => *c = (*c + 1).min(end),
        Action::PageUp => *c = c.saturating_sub(10),
        Action::PageDown => *c = (*c + 10).min(end),
        Action::Top => *c = 0,
        Action::Bottom => *c = end,
        Action::Back => app.view = super::action::View::Browse,
        Action::Accept | Action::Activate => {
            if let Some(d) = suggestion(app, selected).and_then(|s| {
                crate::registry_edit::Decision::from_suggestion(s, s.default_settle())
            }) {
                accept(app, &d);
            }
        }
        Action::Dismiss => {
            if let Some(s) = suggestion(app, selected) {
                let key = pair(s);
                app.problems.dismissed.insert(key);
                refresh(app);
            }
        }
        _ => {}
    }
}

/// The suggestion on a row, if it is one.
#[must_use]
pub fn suggestion(app: &App, item: Option<Item>) -> Option<&Suggestion> {
    match item {
        Some(Item::Suggestion(i)) => app.data.suggestions.list().get(i),
        _ => None,
    }
}

/// Appends a suggestion's registry entry and reloads; the new suggestions
/// follow in the background.
fn accept(app: &mut App, decision: &crate::registry_edit::Decision) {
    match crate::registry_edit::apply(&app.data.dir, decision) {
        Ok(applied) => {
            let path = applied.file;
            let row = app.cursor.problems;
            app.reload();
            // A failed reload leaves the old data and says why; keep that.
            if app.data.suggestions.is_pending() {
                app.problems.resume = Some(row);
                let text = format!("{}: {}", app.labels().appended, path.display());
                app.say(text);
            }
        }
        Err(e) => app.fail(e.to_string()),
    }
}
