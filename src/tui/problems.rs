//! The problems view: load errors, warnings and duplicate suggestions;
//! suggestions can be accepted into the registry or dismissed.

use std::collections::BTreeSet;

use super::action::Action;
use super::app::App;
use crate::identity::Suggestion;

/// Suggestions dismissed in this session, by their two spellings, so a
/// reload does not bring them back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProblemsState {
    pub dismissed: BTreeSet<(String, String)>,
    /// The rows shown, recomputed by [`refresh`].
    pub items: Vec<Item>,
}

/// One row of the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Diagnostic(usize),
    Suggestion(usize),
}

/// Recomputes the rows after a load or a dismissal.
pub fn refresh(app: &mut App) {
    app.problems.items = items(app);
    let last = app.problems.items.len().saturating_sub(1);
    app.cursor.problems = app.cursor.problems.min(last);
}

/// The rows, diagnostics first.
fn items(app: &App) -> Vec<Item> {
    let d = (0..app.data.diagnostics.len()).map(Item::Diagnostic);
    let s = app
        .data
        .suggestions
        .iter()
        .enumerate()
        .filter(|(_, s)| !app.problems.dismissed.contains(&pair(s)))
        .map(|(i, _)| Item::Suggestion(i));
    d.chain(s).collect()
}

fn pair(s: &Suggestion) -> (String, String) {
    (s.a.clone(), s.b.clone())
}

/// Applies an action in the problems view.
pub fn update(app: &mut App, action: Action) {
    let end = app.problems.items.len().saturating_sub(1);
    let selected = app.problems.items.get(app.cursor.problems).copied();
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
            if let Some(Item::Suggestion(i)) = selected {
                accept(app, i);
            }
        }
        Action::Dismiss => {
            if let Some(Item::Suggestion(i)) = selected {
                let key = pair(&app.data.suggestions[i]);
                app.problems.dismissed.insert(key);
                refresh(app);
            }
        }
        _ => {}
    }
}

/// Appends the suggestion's registry entry and reloads.
fn accept(app: &mut App, i: usize) {
    let snippet = app.data.suggestions[i].registry_yaml();
    match crate::registry_edit::append_entry(&app.data.dir, &snippet) {
        Ok(path) => {
            let dismissed = std::mem::take(&mut app.problems.dismissed);
            app.reload();
            app.problems.dismissed = dismissed;
            refresh(app);
            let text = format!("{}: {}", app.labels().appended, path.display());
            app.say(text);
        }
        Err(e) => app.fail(e.to_string()),
    }
}
