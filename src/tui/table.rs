//! State of the program table view (プログラム表), after the Cabinet
//! Office's 「地域の産学官ネットワークの可視化」: one column per program
//! present, each listing its networks and their members by sector.
//!
//! The model ([`ProgramTable`]) and the lines each column draws are built
//! when the scope (prefecture or marked networks, filters) changes or the
//! data is reloaded — never while drawing. The cursor sits on a member;
//! the line of the same entity in every other column is worked out when
//! the cursor moves, so the view only looks it up.

use std::collections::BTreeSet;

use super::action::{Action, View};
use super::ctx::{Ctx, Filters};
use super::effect::{Effect, Effects};
use super::labels::Lang;
use crate::graph::Filter;
use crate::identity::EntityId;
use crate::model::{Prefecture, Program, Sector};
use crate::present::{MemberCell, ProgramTable, TableNetwork};

/// Narrowest program column, in cells with its borders: two columns fit
/// an 80-cell terminal, three 120, four 200.
pub const MIN_COLUMN: usize = 38;

/// The view's own words (the tab's, the title's, the legend's), kept
/// here rather than in `labels` so the view stays in two files.
#[derive(Debug)]
pub struct Words {
    pub tab: &'static str,
    pub title: &'static str,
    pub columns: &'static str,
    pub plan: &'static str,
    pub members: &'static str,
    pub networks: &'static str,
    pub legend: &'static str,
    /// The view's own keys, shown after the legend when there is room.
    pub keys: &'static str,
    pub empty: &'static str,
}

pub static JA: Words = Words {
    tab: "事業表",
    title: "プログラム表",
    columns: "列",
    plan: "計画",
    members: "構成員",
    networks: "ネットワーク",
    legend: "◆N 表示中の N 個のネットワークに参加 · > 選択中と同じ · A — B: B を通じて参加",
    keys: "h l 列 · n 同じ構成員の次の列 · Enter 一覧で開く",
    empty: "表示するネットワークがありません",
};

pub static EN: Words = Words {
    tab: "Table",
    title: "Program table",
    columns: "columns",
    plan: "plan",
    members: "members",
    networks: "networks",
    legend: "◆N in N shown networks · > same as the cursor · A — B: A present through B",
    keys: "h l column · n its next column · Enter open in browse",
    empty: "No networks to show",
};

#[must_use]
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

/// What one line of a column shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// A network's name.
    Network,
    /// Its plan, kind and years.
    Meta,
    /// 【学】 and the like.
    Sector,
    Member,
    /// Space between two networks.
    Blank,
}

/// One line of a column, its text ready to clip to the column's width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableLine {
    pub kind: LineKind,
    pub text: String,
    /// The network the line belongs to.
    pub network: u32,
    /// The member's entity, on member lines.
    pub entity: Option<EntityId>,
    /// `◆3 ` when the member sits in three shown networks, blanks of the
    /// same width when in one only: kept whole when the name is cut.
    pub marker: String,
    /// Shown networks the member sits in (0 on other lines).
    pub count: usize,
}

/// One program's column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableColumn {
    pub program: Program,
    /// Networks in the column.
    pub networks: usize,
    pub lines: Vec<TableLine>,
    /// Indices into `lines` of the member lines, top to bottom.
    pub members: Vec<usize>,
}

/// What the table was built for: the prefecture, the filters and the
/// marked networks (which take precedence when there are any).
pub type TableScope = (Option<Prefecture>, Filters, Vec<u32>);

#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableState {
    pub columns: Vec<TableColumn>,
    /// Column of the cursor.
    pub col: usize,
    /// Member of that column under the cursor (index into `members`).
    pub row: usize,
    /// For each column, the first line holding the cursor's entity.
    pub lit: Vec<Option<usize>>,
    /// Networks shown.
    pub shown: usize,
    /// Marked networks the table is limited to (0: the prefecture's).
    pub marked: usize,
    pub scope: Option<TableScope>,
}

/// Program columns that fit `width` cells side by side, out of `n`.
#[must_use]
pub fn columns_fit(width: u16, n: usize) -> usize {
    (usize::from(width) / MIN_COLUMN).clamp(1, n.max(1))
}

impl TableState {
    /// Rebuilds the table for the current scope. A new scope puts the
    /// cursor back on the first member; the same one keeps it in range.
    pub fn refresh(&mut self, ctx: &Ctx<'_>, marks: &BTreeSet<u32>) {
        let marked: Vec<u32> = marks.iter().copied().collect();
        let scope = (ctx.selection.prefecture, ctx.filters, marked);
        let filter = filter(ctx, &scope.2);
        let view = ctx.ws.view(&filter);
        let table = ProgramTable::build(&view);
        self.shown = view.networks().len();
        self.marked = scope.2.len();
        self.columns = table
            .columns
            .iter()
            .map(|c| column(ctx.lang, c.program, &c.networks))
            .collect();
        if self.scope.as_ref() != Some(&scope) {
            self.col = 0;
            self.row = 0;
            self.scope = Some(scope);
        }
        self.col = self.col.min(self.columns.len().saturating_sub(1));
        self.row = self.row.min(self.member_count().saturating_sub(1));
        self.light();
    }

    fn member_count(&self) -> usize {
        self.columns.get(self.col).map_or(0, |c| c.members.len())
    }

    /// The line under the cursor: its column's index into `lines`.
    #[must_use]
    pub fn cursor_line(&self) -> Option<usize> {
        self.columns.get(self.col)?.members.get(self.row).copied()
    }

    /// The member line under the cursor.
    #[must_use]
    pub fn current(&self) -> Option<&TableLine> {
        let line = self.cursor_line()?;
        self.columns.get(self.col)?.lines.get(line)
    }

    /// The entity under the cursor.
    #[must_use]
    pub fn entity(&self) -> Option<EntityId> {
        self.current().and_then(|l| l.entity)
    }

    /// Finds the cursor's entity in every column.
    fn light(&mut self) {
        let e = self.entity();
        self.lit = self
            .columns
            .iter()
            .map(|c| {
                e.and_then(|e| {
                    c.members
                        .iter()
                        .copied()
                        .find(|&i| c.lines[i].entity == Some(e))
                })
            })
            .collect();
    }

    /// Applies an action in the table view.
    pub fn update(&mut self, action: Action, ctx: &Ctx<'_>) -> Effects {
        let last = self.member_count().saturating_sub(1);
        let page = usize::from(ctx.size.1.saturating_sub(8)).max(1);
        match action {
            Action::Back => return vec![Effect::Show(View::Browse)],
            Action::Up | Action::ScrollUp { .. } => self.row = self.row.saturating_sub(1),
            Action::Down | Action::ScrollDown { .. } => self.row = (self.row + 1).min(last),
            Action::PageUp => self.row = self.row.saturating_sub(page),
            Action::PageDown => self.row = (self.row + page).min(last),
            Action::Top => self.row = 0,
            Action::Bottom => self.row = last,
            Action::Left | Action::PrevPane => self.move_to_column(self.col.checked_sub(1)),
            Action::Right | Action::NextPane => self.move_to_column(Some(self.col + 1)),
            Action::JumpNext => self.next_occurrence(),
            Action::Activate => {
                return self
                    .current()
                    .and_then(|l| {
                        l.entity.map(|e| Effect::Jump {
                            network: l.network,
                            entity: Some(e),
                        })
                    })
                    .into_iter()
                    .collect();
            }
            _ => return Vec::new(),
        }
        self.light();
        Vec::new()
    }

    /// Moves to column `to` (if there is one): onto the same entity when
    /// it is there, else onto the member nearest the cursor's line.
    fn move_to_column(&mut self, to: Option<usize>) {
        let Some(to) = to.filter(|&c| c < self.columns.len()) else {
            return;
        };
        let here = self.cursor_line().unwrap_or(0);
        let target = &self.columns[to];
        self.row = match self.lit.get(to).copied().flatten() {
            Some(line) => target.members.iter().position(|&i| i == line),
            None => target
                .members
                .iter()
                .enumerate()
                .min_by_key(|(_, i)| i.abs_diff(here))
                .map(|(k, _)| k),
        }
        .unwrap_or(0);
        self.col = to;
    }

    /// Moves to the cursor's entity in the next column that has it,
    /// wrapping round.
    fn next_occurrence(&mut self) {
        let n = self.columns.len();
        let next = (1..n)
            .map(|k| (self.col + k) % n)
            .find(|&c| self.lit.get(c).copied().flatten().is_some());
        if let Some(c) = next {
            self.move_to_column(Some(c));
        }
    }
}

/// The graph filter of the scope: the marked networks when there are
/// any, else the selected prefecture (all of Japan when none).
fn filter(ctx: &Ctx<'_>, marked: &[u32]) -> Filter {
    let f = ctx.filters;
    let (prefectures, networks) = if marked.is_empty() {
        (ctx.selection.prefecture.into_iter().collect(), Vec::new())
    } else {
        let ids = marked.iter().map(|&n| ctx.ws.network(n).id.clone());
        (Vec::new(), ids.collect())
    };
    Filter {
        prefectures,
        networks,
        programs: f.program.into_iter().collect(),
        year: f.year,
        sectors: f.sector.into_iter().collect(),
        ..Filter::default()
    }
}

fn column(lang: Lang, program: Program, networks: &[TableNetwork]) -> TableColumn {
    let mut lines = Vec::new();
    for (i, net) in networks.iter().enumerate() {
        if i > 0 {
            lines.push(plain(LineKind::Blank, String::new(), net.network.index));
        }
        network_lines(lang, net, &mut lines);
    }
    let members = (0..lines.len())
        .filter(|&i| lines[i].kind == LineKind::Member)
        .collect();
    TableColumn {
        program,
        networks: networks.len(),
        lines,
        members,
    }
}

fn plain(kind: LineKind, text: String, network: u32) -> TableLine {
    TableLine {
        kind,
        text,
        network,
        entity: None,
        marker: String::new(),
        count: 0,
    }
}

fn network_lines(lang: Lang, net: &TableNetwork, lines: &mut Vec<TableLine>) {
    let n = &net.network;
    let w = words(lang);
    let (plan_word, members_word) = (w.plan, w.members);
    let count = net.members().count();
    lines.push(plain(LineKind::Network, n.name.clone(), net.network.index));
    if let Some(plan) = &n.plan {
        let text = format!("{plan_word}: {plan}");
        lines.push(plain(LineKind::Meta, text, n.index));
    }
    let mut meta: Vec<&str> = [n.kind.as_deref(), n.years.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let members = format!("{members_word} {count}");
    meta.push(&members);
    lines.push(plain(LineKind::Meta, meta.join(" · "), n.index));
    for group in &net.groups {
        lines.push(plain(
            LineKind::Sector,
            sector_head(lang, group.sector),
            n.index,
        ));
        lines.extend(group.members.iter().map(|m| member_line(n.index, m)));
    }
}

fn sector_head(lang: Lang, s: Sector) -> String {
    match lang {
        Lang::Ja => format!("【{}】", s.label_ja()),
        Lang::En => format!("[{}]", s.id()),
    }
}

/// `◆3 マツダ株式会社 — 代表取締役会長 · 代表機関`.
fn member_line(network: u32, m: &MemberCell) -> TableLine {
    let mut text = m.label();
    if let Some(role) = &m.role {
        text.push_str(" · ");
        text.push_str(role);
    }
    let marker = if m.is_shared() {
        format!("◆{} ", m.networks)
    } else {
        // As wide as `◆2 `, so names line up.
        "   ".to_owned()
    };
    TableLine {
        kind: LineKind::Member,
        text,
        network,
        entity: Some(m.entity),
        marker,
        count: m.networks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_columns_fit_eighty_cells_and_four_two_hundred() {
        assert_eq!(columns_fit(80, 3), 2);
        assert_eq!(columns_fit(120, 3), 3);
        assert_eq!(columns_fit(200, 4), 4);
        assert_eq!(columns_fit(200, 6), 5);
        assert_eq!(columns_fit(20, 3), 1);
        assert_eq!(columns_fit(200, 0), 1);
    }
}
