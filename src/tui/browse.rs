//! The browse view's state: prefectures → networks → members → detail,
//! the cursors, the marks, and the detail rows (computed when the
//! selection changes, never while drawing).

use std::collections::{BTreeMap, BTreeSet};

use super::action::Action;
use super::ctx::{Ctx, Selection};
use super::effect::{Effect, Effects};
use super::layout::{self, Pane};
use crate::identity::EntityId;
use crate::model::Prefecture;
use crate::workspace::{FailedFile, Workspace};

/// Cursor positions, one per list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursors {
    pub pref: usize,
    pub net: usize,
    pub member: usize,
    pub detail: usize,
}

/// What the detail pane shows, prepared when the selection changes.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Detail {
    #[default]
    Nothing,
    /// A network and the networks it shares entities with, most first.
    Network {
        network: u32,
        shared: Vec<(u32, usize)>,
    },
    /// An entity and, per network it sits in, its role text there.
    Entity {
        entity: EntityId,
        networks: Vec<u32>,
        roles: Vec<String>,
    },
    /// A file that failed to load.
    Failed(FailedFile),
}

#[derive(Debug, Clone, Default)]
pub struct BrowseState {
    pub focus: Pane,
    pub cursor: Cursors,
    /// Visible rows: `None` is "all".
    pub prefs: Vec<Option<Prefecture>>,
    /// Networks passing the filters in each of `prefs`.
    pub pref_counts: Vec<usize>,
    /// Network indices of the selected prefecture that pass the filters.
    pub nets: Vec<u32>,
    /// Files of the selected prefecture that failed to load, listed after
    /// `nets`.
    pub failed: Vec<FailedFile>,
    /// Member positions of the selected network that pass the filters.
    pub members: Vec<u32>,
    /// Marked networks, for export.
    pub marks: BTreeSet<u32>,
    pub detail: Detail,
    /// The prefecture each file's networks were in at an earlier load, so
    /// a file that breaks stays listed where it was.
    pub file_prefectures: BTreeMap<String, Prefecture>,
}

impl BrowseState {
    #[must_use]
    pub fn new(ctx: &Ctx<'_>) -> BrowseState {
        let mut s = BrowseState {
            file_prefectures: ctx.ws.prefecture_of_files(),
            ..BrowseState::default()
        };
        s.refresh(ctx);
        s
    }

    /// The selected prefecture (`None` for "all" or nothing).
    #[must_use]
    pub fn prefecture(&self) -> Option<Prefecture> {
        self.prefs.get(self.cursor.pref).copied().flatten()
    }

    /// The selected network's index into `Dataset::networks`.
    #[must_use]
    pub fn network(&self) -> Option<u32> {
        self.nets.get(self.cursor.net).copied()
    }

    /// The selected member's position in the selected network.
    #[must_use]
    pub fn member(&self) -> Option<u32> {
        self.members.get(self.cursor.member).copied()
    }

    /// Rows of the network pane: networks, then failed files.
    #[must_use]
    pub fn network_rows(&self) -> usize {
        self.nets.len() + self.failed.len()
    }

    /// The selection the other views follow.
    #[must_use]
    pub fn selection(&self, ws: &Workspace) -> Selection {
        let entity = match (self.network(), self.member()) {
            (Some(n), Some(m)) if self.focus >= Pane::Members => ws.member_entity(n, m),
            _ => None,
        };
        Selection {
            prefecture: self.prefecture(),
            network: self.network(),
            entity,
        }
    }

    /// Recomputes the visible lists after the data, the selection or the
    /// filters changed, keeping every cursor inside its list.
    pub fn refresh(&mut self, ctx: &Ctx<'_>) {
        // A filter changes which prefectures are listed; the selected one
        // stays selected while it is.
        let was = self.prefecture();
        let counts = ctx.ws.prefecture_counts(ctx.filters.scope());
        let failed = ctx.ws.failed_files();
        let failed_in = |p: Prefecture| {
            failed
                .iter()
                .any(|f| self.file_prefectures.get(&f.rel) == Some(&p))
        };
        self.prefs = std::iter::once(None)
            .chain(
                Prefecture::all()
                    .filter(|p| counts[usize::from(p.code())] > 0 || failed_in(*p))
                    .map(Some),
            )
            .collect();
        self.pref_counts = self
            .prefs
            .iter()
            .map(|p| counts[p.map_or(0, |p| usize::from(p.code()))])
            .collect();
        self.cursor.pref = self
            .prefs
            .iter()
            .position(|p| *p == was)
            .unwrap_or_else(|| self.cursor.pref.min(self.prefs.len().saturating_sub(1)));
        let pref = self.prefecture();
        self.nets = ctx.ws.networks_in(pref, ctx.filters.scope());
        self.failed = failed
            .into_iter()
            .filter(|f| pref.is_none() || self.file_prefectures.get(&f.rel) == pref.as_ref())
            .collect();
        self.cursor.net = self.cursor.net.min(self.network_rows().saturating_sub(1));
        self.refresh_members(ctx);
    }

    /// Recomputes the member rows of the selected network and the detail.
    pub fn refresh_members(&mut self, ctx: &Ctx<'_>) {
        self.members = self
            .network()
            .map(|n| ctx.ws.members(n, ctx.filters.sector))
            .unwrap_or_default();
        self.cursor.member = self.cursor.member.min(self.members.len().saturating_sub(1));
        self.refresh_detail(ctx);
    }

    /// Recomputes what the detail pane shows.
    pub fn refresh_detail(&mut self, ctx: &Ctx<'_>) {
        let ws = ctx.ws;
        let entity = match (self.network(), self.member()) {
            (Some(n), Some(m)) if self.focus >= Pane::Members => ws.member_entity(n, m),
            _ => None,
        };
        self.detail = if let Some(e) = entity {
            let networks = ws.resolved.entity(e).networks.clone();
            let roles = networks.iter().map(|&n| role_text(ctx, e, n)).collect();
            Detail::Entity {
                entity: e,
                networks,
                roles,
            }
        } else if let Some(n) = self.network() {
            Detail::Network {
                network: n,
                shared: ws.shared_with(n),
            }
        } else if let Some(f) = self
            .cursor
            .net
            .checked_sub(self.nets.len())
            .and_then(|i| self.failed.get(i))
        {
            Detail::Failed(f.clone())
        } else {
            Detail::Nothing
        };
        let rows = match &self.detail {
            Detail::Entity { networks, .. } => networks.len(),
            _ => 0,
        };
        self.cursor.detail = self.cursor.detail.min(rows.saturating_sub(1));
    }

    fn len(&self, pane: Pane) -> usize {
        match pane {
            Pane::Prefectures => self.prefs.len(),
            Pane::Networks => self.network_rows(),
            Pane::Members => self.members.len(),
            Pane::Detail => match &self.detail {
                Detail::Entity { networks, .. } => networks.len(),
                _ => 0,
            },
        }
    }

    /// Applies a browse-view action.
    pub fn update(&mut self, action: Action, ctx: &Ctx<'_>) -> Effects {
        let area = ratatui::layout::Rect::new(0, 0, ctx.size.0, ctx.size.1);
        let body = layout::frame(area).body;
        let page = isize::try_from(layout::inner_rows(body).max(1)).unwrap_or(1);
        match action {
            Action::Up => self.move_cursor(ctx, -1),
            Action::Down => self.move_cursor(ctx, 1),
            Action::PageUp => self.move_cursor(ctx, -page),
            Action::PageDown => self.move_cursor(ctx, page),
            Action::Top => self.move_cursor(ctx, isize::MIN / 2),
            Action::Bottom => self.move_cursor(ctx, isize::MAX / 2),
            Action::Left | Action::Back if self.focus != Pane::Prefectures => {
                self.focus_to(ctx, self.focus.step(false));
            }
            Action::Right if self.focus != Pane::Detail => {
                self.focus_to(ctx, self.focus.step(true));
            }
            Action::NextPane => self.focus_to(ctx, self.focus.step(true)),
            Action::PrevPane => self.focus_to(ctx, self.focus.step(false)),
            Action::Activate => return self.activate(ctx),
            Action::ToggleMark => return self.toggle_mark(),
            Action::JumpNext => return self.jump_next(ctx),
            Action::Click { column, row } => self.click(ctx, body, column, row),
            Action::ScrollUp { column, row } | Action::ScrollDown { column, row } => {
                if let Some((pane, _)) = layout::hit(&layout::panes(body, self.focus), column, row)
                {
                    self.focus_to(ctx, pane);
                    let up = matches!(action, Action::ScrollUp { .. });
                    self.move_cursor(ctx, if up { -3 } else { 3 });
                }
            }
            _ => {}
        }
        Vec::new()
    }

    fn focus_to(&mut self, ctx: &Ctx<'_>, pane: Pane) {
        if pane != self.focus {
            self.focus = pane;
            self.refresh_detail(ctx);
        }
    }

    /// Moves the focused pane's cursor by `delta`, clamped, and refreshes
    /// the panes to its right.
    fn move_cursor(&mut self, ctx: &Ctx<'_>, delta: isize) {
        let n = self.len(self.focus);
        let cursor = match self.focus {
            Pane::Prefectures => &mut self.cursor.pref,
            Pane::Networks => &mut self.cursor.net,
            Pane::Members => &mut self.cursor.member,
            Pane::Detail => &mut self.cursor.detail,
        };
        let before = *cursor;
        *cursor = cursor.saturating_add_signed(delta).min(n.saturating_sub(1));
        if *cursor == before {
            return;
        }
        match self.focus {
            Pane::Prefectures => {
                self.cursor.net = 0;
                self.cursor.member = 0;
                self.refresh(ctx);
            }
            Pane::Networks => {
                self.cursor.member = 0;
                self.refresh_members(ctx);
            }
            Pane::Members => {
                self.cursor.detail = 0;
                self.refresh_detail(ctx);
            }
            Pane::Detail => {}
        }
    }

    fn activate(&mut self, ctx: &Ctx<'_>) -> Effects {
        match (&self.focus, &self.detail) {
            (
                Pane::Detail,
                Detail::Entity {
                    entity, networks, ..
                },
            ) => networks
                .get(self.cursor.detail)
                .map(|&n| Effect::Jump {
                    network: n,
                    entity: Some(*entity),
                })
                .into_iter()
                .collect(),
            (Pane::Detail, _) => Vec::new(),
            _ => {
                self.focus_to(ctx, self.focus.step(true));
                Vec::new()
            }
        }
    }

    /// The status line shows the count, so nothing is said here.
    fn toggle_mark(&mut self) -> Effects {
        if let Some(n) = self.network()
            && !self.marks.remove(&n)
        {
            self.marks.insert(n);
        }
        Vec::new()
    }

    /// `n`: to the next network the selected member also sits in.
    fn jump_next(&self, ctx: &Ctx<'_>) -> Effects {
        let (Some(current), Some(m)) = (self.network(), self.member()) else {
            return Vec::new();
        };
        let Some(entity) = ctx.ws.member_entity(current, m) else {
            return Vec::new();
        };
        let nets = &ctx.ws.resolved.entity(entity).networks;
        let next = nets
            .iter()
            .copied()
            .find(|&n| n > current)
            .or_else(|| nets.first().copied());
        next.filter(|&n| n != current)
            .map(|n| Effect::Jump {
                network: n,
                entity: Some(entity),
            })
            .into_iter()
            .collect()
    }

    /// Shows network `n` in its prefecture, with `entity`'s row selected
    /// when it has one there. The caller has cleared filters hiding it.
    pub fn jump(&mut self, ctx: &Ctx<'_>, n: u32, entity: Option<EntityId>) {
        let prefecture = ctx.ws.network(n).prefecture;
        self.refresh(ctx);
        if self.prefecture() != Some(prefecture) {
            self.cursor.pref = self
                .prefs
                .iter()
                .position(|p| *p == Some(prefecture))
                .unwrap_or(0);
            self.refresh(ctx);
        }
        self.cursor.net = self.nets.iter().position(|&x| x == n).unwrap_or(0);
        self.cursor.member = 0;
        self.focus = Pane::Networks;
        self.refresh_members(ctx);
        if let Some(row) = entity.and_then(|e| ctx.ws.member_row_of(n, &self.members, e)) {
            self.cursor.member = row;
            self.focus = Pane::Members;
            self.refresh_detail(ctx);
        }
    }

    fn click(&mut self, ctx: &Ctx<'_>, body: ratatui::layout::Rect, column: u16, row: u16) {
        let panes = layout::panes(body, self.focus);
        let Some((pane, line)) = layout::hit(&panes, column, row) else {
            return;
        };
        self.focus_to(ctx, pane);
        let Some(line) = line else { return };
        let rect = panes
            .iter()
            .find(|(p, _)| *p == pane)
            .map(|(_, r)| *r)
            .unwrap_or_default();
        let cursor = match pane {
            Pane::Prefectures => self.cursor.pref,
            Pane::Networks => self.cursor.net,
            Pane::Members => self.cursor.member,
            Pane::Detail => self.cursor.detail,
        };
        let target = layout::offset(cursor, layout::inner_rows(rect)) + line;
        if target < self.len(pane) {
            self.move_cursor(
                ctx,
                isize::try_from(target).unwrap_or(0) - isize::try_from(cursor).unwrap_or(0),
            );
        }
    }
}

/// Role and title in network `n`, and for organisations how they are
/// present there.
fn role_text(ctx: &Ctx<'_>, id: EntityId, n: u32) -> String {
    let r = &ctx.ws.resolved;
    let mut parts: Vec<String> = r
        .roles(&ctx.ws.ds, id)
        .filter(|(net, _, _)| *net == n)
        .flat_map(|(_, role, title)| [role, title])
        .flatten()
        .map(str::to_owned)
        .collect();
    if let Some(p) = r.entity(id).presence_in(n).filter(|p| !p.via.is_empty()) {
        let via: Vec<&str> = p.via.iter().map(|v| r.entity(*v).name.as_str()).collect();
        parts.push(format!("{} {}", ctx.labels().present_via, via.join(", ")));
    }
    parts.join(" / ")
}
