//! The `/` search box: state and updates. Matching itself is
//! `crate::search`, run once per keystroke here, never while drawing.

use super::action::{Action, Mode};
use super::ctx::Ctx;
use super::effect::{Effect, Effects};
use crate::search::{Hit, Search, SearchIndex, Target};
use crate::workspace::Workspace;

/// Search box state: the index, what was typed, the hits, the cursor.
pub struct SearchUi {
    search: Search,
    pub query: String,
    pub cursor: usize,
}

impl SearchUi {
    #[must_use]
    pub fn new(ws: &Workspace) -> SearchUi {
        SearchUi {
            search: Search::new(SearchIndex::new(&ws.ds, &ws.resolved)),
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

    /// Opens the box with an empty query.
    pub fn open(&mut self) -> Effects {
        self.query.clear();
        self.rerun();
        vec![Effect::Mode(Mode::Search)]
    }

    /// Applies an action while the box is open.
    pub fn update(&mut self, action: Action, ctx: &Ctx<'_>) -> Effects {
        match action {
            Action::Input(c) => {
                self.query.push(c);
                self.rerun();
            }
            Action::Backspace => {
                self.query.pop();
                self.rerun();
            }
            Action::Up => self.cursor = self.cursor.saturating_sub(1),
            Action::Down => {
                self.cursor = (self.cursor + 1).min(self.hits().len().saturating_sub(1));
            }
            Action::Back => return vec![Effect::Mode(Mode::Normal)],
            Action::Activate => {
                let mut effects = vec![Effect::Mode(Mode::Normal)];
                let jump = match self.hits().get(self.cursor).map(|h| h.target) {
                    Some(Target::Network(n)) => Some(Effect::Jump {
                        network: n,
                        entity: None,
                    }),
                    Some(Target::Entity(e)) => {
                        ctx.ws
                            .resolved
                            .entity(e)
                            .networks
                            .first()
                            .map(|&n| Effect::Jump {
                                network: n,
                                entity: Some(e),
                            })
                    }
                    None => None,
                };
                effects.extend(jump);
                return effects;
            }
            _ => {}
        }
        Vec::new()
    }
}
