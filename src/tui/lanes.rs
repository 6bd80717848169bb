//! State of the graph view, the lane drawing: the shown networks as
//! lanes and the entities two or more of them share as rows
//! ([`LaneLayout`]), built when the scope (prefecture, filters, marks)
//! changes — never while drawing — and a cursor on a row or on the lane
//! headers.

use std::collections::BTreeSet;

use super::action::{Action, View};
use super::ctx::{Ctx, Filters};
use super::effect::{Effect, Effects};
use super::labels::Lang;
use crate::graph::Filter;
use crate::model::Prefecture;
use crate::present::{LaneLayout, Membership};

/// Most networks drawn as lanes at once; more asks for a narrower scope.
pub const MAX_LANES: usize = 400;

/// What the drawing was built for: the prefecture and filters, or the
/// marked networks when there are any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LanesScope {
    pub prefecture: Option<Prefecture>,
    pub filters: Filters,
    pub marks: Vec<u32>,
}

/// Where the cursor is: on a row (an entity), or on the lane headers;
/// `lane` is the lane under it either way.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LaneCursor {
    /// `None`: on the lane headers.
    pub row: Option<usize>,
    pub lane: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LanesState {
    pub layout: LaneLayout,
    /// Set, with the number of networks, when the scope holds more than
    /// [`MAX_LANES`].
    pub too_many: Option<usize>,
    pub scope: Option<LanesScope>,
    pub cursor: LaneCursor,
    /// Cells the widest row label (sector tag and name) takes, or the
    /// widest lane heading (letter, name, leader) when that is wider: the
    /// label column holds both.
    pub label_cells: usize,
    /// Per lane, its first and last row with a mark: where its line runs.
    pub spans: Vec<Option<(usize, usize)>>,
}

impl LanesState {
    /// Whether the drawing shows the marked networks (not a prefecture).
    #[must_use]
    pub fn marked(&self) -> usize {
        self.scope.as_ref().map_or(0, |s| s.marks.len())
    }

    /// Rebuilds the drawing for the browser's scope; a new scope puts the
    /// cursor on the first row, the same one keeps it where it was.
    pub fn refresh(&mut self, ctx: &Ctx<'_>, marks: &BTreeSet<u32>) {
        let scope = LanesScope {
            prefecture: ctx.selection.prefecture,
            filters: ctx.filters,
            marks: marks.iter().copied().collect(),
        };
        let view = ctx.ws.view(&filter(ctx, &scope));
        let shown = view.networks().len();
        if shown > MAX_LANES {
            self.too_many = Some(shown);
            self.layout = LaneLayout::default();
        } else {
            self.too_many = None;
            self.layout = LaneLayout::build(&view);
        }
        self.label_cells = self
            .layout
            .rows
            .iter()
            .map(|r| super::cells::width(&r.name) + 3)
            .chain(
                self.layout
                    .lanes
                    .iter()
                    .map(|l| super::cells::width(&l.network.name) + 4),
            )
            .max()
            .unwrap_or(0);
        self.spans = spans(&self.layout);
        if self.scope.as_ref() == Some(&scope) {
            self.clamp();
        } else {
            self.scope = Some(scope);
            self.cursor = LaneCursor {
                row: (!self.layout.rows.is_empty()).then_some(0),
                lane: 0,
            };
        }
    }

    fn clamp(&mut self) {
        let rows = self.layout.rows.len();
        self.cursor.row = self
            .cursor
            .row
            .and_then(|r| (rows > 0).then(|| r.min(rows - 1)));
        self.cursor.lane = self
            .cursor
            .lane
            .min(self.layout.lanes.len().saturating_sub(1));
    }

    /// Applies an action in the graph view.
    pub fn update(&mut self, action: Action, ctx: &Ctx<'_>) -> Effects {
        let page = usize::from(ctx.size.1.saturating_sub(14)).max(1);
        match action {
            Action::Back => return vec![Effect::Show(View::Browse)],
            Action::Up | Action::ScrollUp { .. } => self.up(1),
            Action::Down | Action::ScrollDown { .. } => self.down(1),
            Action::PageUp => self.up(page),
            Action::PageDown => self.down(page),
            Action::Top => self.cursor.row = (!self.layout.rows.is_empty()).then_some(0),
            Action::Bottom => self.cursor.row = self.layout.rows.len().checked_sub(1),
            Action::Left => self.cursor.lane = self.cursor.lane.saturating_sub(1),
            Action::Right => {
                let last = self.layout.lanes.len().saturating_sub(1);
                self.cursor.lane = (self.cursor.lane + 1).min(last);
            }
            Action::NextPane => self.next_mark(true),
            Action::PrevPane => self.next_mark(false),
            Action::Activate => return self.activate().into_iter().collect(),
            _ => {}
        }
        Vec::new()
    }

    /// Up from the first row is the lane headers; a page up from further
    /// down stops on the first row.
    fn up(&mut self, by: usize) {
        self.cursor.row = match self.cursor.row {
            None | Some(0) => None,
            Some(r) => Some(r.saturating_sub(by)),
        };
    }

    fn down(&mut self, by: usize) {
        let Some(last) = self.layout.rows.len().checked_sub(1) else {
            return;
        };
        self.cursor.row = Some(match self.cursor.row {
            None => by.saturating_sub(1).min(last),
            Some(r) => (r + by).min(last),
        });
    }

    /// Tab on a row: the next (or previous) lane it has a mark in.
    fn next_mark(&mut self, forward: bool) {
        let Some(row) = self.cursor.row.and_then(|r| self.layout.rows.get(r)) else {
            return;
        };
        let here = self.cursor.lane;
        let lanes = (0..row.marks.len()).filter(|&l| row.marks[l].is_member());
        let next = if forward {
            lanes
                .clone()
                .find(|&l| l > here)
                .or_else(|| lanes.clone().next())
        } else {
            lanes
                .clone()
                .rfind(|&l| l < here)
                .or_else(|| lanes.clone().next_back())
        };
        if let Some(l) = next {
            self.cursor.lane = l;
        }
    }

    /// Enter: a row's entity in the lane under the cursor (or its first
    /// lane when it has no mark there); on the headers, the lane's network.
    fn activate(&self) -> Option<Effect> {
        let lane = |l: usize| self.layout.lanes.get(l).map(|x| x.network.index);
        let Some(r) = self.cursor.row else {
            return lane(self.cursor.lane).map(|network| Effect::Jump {
                network,
                entity: None,
            });
        };
        let row = self.layout.rows.get(r)?;
        let at = if row
            .marks
            .get(self.cursor.lane)
            .is_some_and(Membership::is_member)
        {
            self.cursor.lane
        } else {
            row.span.0
        };
        lane(at).map(|network| Effect::Jump {
            network,
            entity: Some(row.entity),
        })
    }

    /// Whether lane `l` is lit (the rest is dimmed): the cursor's lane on
    /// the headers, the lanes of the cursor's row on a row.
    #[must_use]
    pub fn lane_lit(&self, l: usize) -> bool {
        match self.cursor.row.and_then(|r| self.layout.rows.get(r)) {
            None => l == self.cursor.lane,
            Some(row) => row.marks.get(l).is_some_and(Membership::is_member),
        }
    }

    /// Whether row `r` is lit: the cursor's row, or on the headers every
    /// row with a mark in the cursor's lane.
    #[must_use]
    pub fn row_lit(&self, r: usize) -> bool {
        match self.cursor.row {
            Some(c) => c == r,
            None => self
                .layout
                .rows
                .get(r)
                .and_then(|row| row.marks.get(self.cursor.lane))
                .is_some_and(Membership::is_member),
        }
    }
}

/// Each lane's first and last row with a mark in it.
fn spans(layout: &LaneLayout) -> Vec<Option<(usize, usize)>> {
    let mut out = vec![None; layout.lanes.len()];
    for (r, row) in layout.rows.iter().enumerate() {
        for (l, m) in row.marks.iter().enumerate() {
            if m.is_member()
                && let Some(span) = out.get_mut(l)
            {
                *span = Some(span.map_or((r, r), |(first, _)| (first, r)));
            }
        }
    }
    out
}

/// The graph filter of a scope: the marked networks, else the
/// prefecture; the browser's filters either way.
fn filter(ctx: &Ctx<'_>, scope: &LanesScope) -> Filter {
    let f = scope.filters;
    Filter {
        prefectures: if scope.marks.is_empty() {
            scope.prefecture.into_iter().collect()
        } else {
            Vec::new()
        },
        networks: scope
            .marks
            .iter()
            .map(|&n| ctx.ws.network(n).id.clone())
            .collect(),
        programs: f.program.into_iter().collect(),
        year: f.year,
        sectors: f.sector.into_iter().collect(),
        ..Filter::default()
    }
}

/// The graph view's words, kept here so the view's text stays in one
/// place.
#[derive(Debug)]
pub struct LaneWords {
    pub lanes: &'static str,
    pub rows: &'static str,
    pub crossings: &'static str,
    pub before: &'static str,
    /// The label of the line of folded counts under the lanes.
    pub only_here: &'static str,
    pub marked: &'static str,
    pub not_member: &'static str,
    pub via: &'static str,
    pub shared: &'static str,
    pub networks: &'static str,
    /// What every mark means, one item each, in the order shown.
    pub legend: &'static [&'static str],
}

pub static JA: LaneWords = LaneWords {
    lanes: "レーン",
    rows: "行",
    crossings: "交差",
    before: "並べ替え前",
    only_here: "ここだけ",
    marked: "印付き",
    not_member: "不参加",
    via: "経由",
    shared: "共通",
    networks: "ネットワーク",
    legend: &[
        "● 構成員",
        "○ 所属者経由",
        "─ 同じ構成員",
        "┼ 交差",
        "┆ 印の外",
        "‹ › 画面外にも印",
        "K 交付金",
        "C COI-NEXT",
        "P プラットフォーム",
        "O その他",
        "ここだけ: 単独の構成員数",
        "暗: カーソル外",
    ],
};

pub static EN: LaneWords = LaneWords {
    lanes: "lanes",
    rows: "rows",
    crossings: "crossings",
    before: "before ordering",
    only_here: "only here",
    marked: "marked",
    not_member: "not a member",
    via: "via",
    shared: "shared",
    networks: "networks",
    legend: &[
        "● member",
        "○ through its people",
        "─ one entity",
        "┼ crossing",
        "┆ no marks here",
        "‹ › more off screen",
        "K Kofukin",
        "C COI-NEXT",
        "P Platform",
        "O Other",
        "only here: in no other lane",
        "dim: not the cursor's",
    ],
};

/// The words in `lang`.
#[must_use]
pub fn words(lang: Lang) -> &'static LaneWords {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}
