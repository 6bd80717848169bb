//! The `/` search box: state and updates. Matching itself is
//! `crate::search`, run once per keystroke here, never while drawing.

use super::action::{Action, Mode};
use super::app::{App, Pane};
use super::browse;
use super::data::Data;
use crate::search::{Hit, Search, SearchIndex, Target};

/// Search box state: the index, what was typed, the hits, the cursor.
pub struct SearchUi {
    search: Search,
    pub query: String,
    pub cursor: usize,
}

impl SearchUi {
    #[must_use]
    pub fn new(data: &Data) -> SearchUi {
        SearchUi {
            search: Search::new(SearchIndex::new(&data.ds, &data.resolved)),
            query: String::new(),
            cursor: 0,
        }
    }

    /// The hits of the current query, best first.
    #[must_use]
    pub fn hits(&self) -> &[Hit] {
        self.search.hits()
    }

    fn rerun(&mut self) {
        self.search.query(&self.query);
        self.cursor = 0;
    }
}

/// Opens the box with an empty query.
pub fn open(app: &mut App) {
    app.mode = Mode::Search;
    app.search.query.clear();
    app.search.rerun();
}

/// Applies an action while the box is open.
pub fn update(app: &mut App, action: Action) {
    let s = &mut app.search;
    match action {
        Action::Input(c) => {
            s.query.push(c);
            s.rerun();
        }
        Action::Backspace => {
            s.query.pop();
            s.rerun();
        }
        Action::Up => s.cursor = s.cursor.saturating_sub(1),
        Action::Down => s.cursor = (s.cursor + 1).min(s.hits().len().saturating_sub(1)),
        Action::Back => app.mode = Mode::Normal,
        Action::Activate => {
            let target = s.hits().get(s.cursor).map(|h| h.target);
            app.mode = Mode::Normal;
            if let Some(t) = target {
                go(app, t);
            }
        }
        _ => {}
    }
}

/// Shows a hit in the browse view.
fn go(app: &mut App, target: Target) {
    app.view = super::action::View::Browse;
    match target {
        Target::Network(n) => {
            browse::jump(app, n, None);
            app.focus = Pane::Networks;
        }
        Target::Entity(e) => {
            if let Some(&n) = app.data.resolved.entity(e).networks.first() {
                browse::jump(app, n, Some(e));
            }
        }
    }
}
