//! What the browse view keeps over a reload or a registry decision:
//! marks, the selected network and member (by id and name, since indices
//! change), cursors and focus.

use super::browse::{BrowseState, Cursors};
use super::ctx::Ctx;
use super::layout::Pane;

impl BrowseState {
    /// Marks as network ids, to carry them over a reload.
    #[must_use]
    pub fn remember(&self, ctx: &Ctx<'_>) -> Remembered {
        let id = |n: u32| ctx.ws.network(n).id.clone();
        Remembered {
            marks: self.marks.iter().map(|&n| id(n)).collect(),
            network: self.network().map(id),
            member: self
                .network()
                .zip(self.member())
                .and_then(|(n, m)| ctx.ws.member_entity(n, m))
                .map(|e| ctx.ws.resolved.entity(e).name.clone()),
            cursor: self.cursor,
            focus: self.focus,
        }
    }

    /// After a reload: the same prefecture, network, member and marks,
    /// found again by id and name.
    pub fn restore(&mut self, ctx: &Ctx<'_>, was: &Remembered) {
        self.file_prefectures.extend(ctx.ws.prefecture_of_files());
        self.marks = was
            .marks
            .iter()
            .filter_map(|id| ctx.ws.network_index(id))
            .collect();
        self.cursor = was.cursor;
        self.focus = was.focus;
        self.refresh(ctx);
        if let Some(n) = was
            .network
            .as_deref()
            .and_then(|id| ctx.ws.network_index(id))
        {
            if let Some(i) = self.nets.iter().position(|&x| x == n) {
                self.cursor.net = i;
            }
            self.refresh_members(ctx);
            let row = was.member.as_deref().and_then(|name| {
                self.members.iter().position(|&m| {
                    ctx.ws
                        .member_entity(n, m)
                        .is_some_and(|e| ctx.ws.resolved.entity(e).name == name)
                })
            });
            if let Some(row) = row {
                self.cursor.member = row;
            }
        }
        self.refresh_members(ctx);
    }
}

/// What a reload keeps, by id and name rather than by index.
#[derive(Debug, Clone, Default)]
pub struct Remembered {
    marks: Vec<String>,
    network: Option<String>,
    member: Option<String>,
    cursor: Cursors,
    focus: Pane,
}
