//! Navigation in the browse view: prefectures → networks → members →
//! detail, marks, jumps and the mouse.

use super::action::Action;
use super::app::{App, Pane};
use super::layout;
use crate::identity::{EntityId, MemberRef};

/// Applies a browse-view action.
pub fn update(app: &mut App, action: Action) {
    let page = layout::inner_rows(layout::frame(area(app)).body).max(1);
    match action {
        Action::Up => move_cursor(app, -1),
        Action::Down => move_cursor(app, 1),
        Action::PageUp => move_cursor(app, -isize::try_from(page).unwrap_or(1)),
        Action::PageDown => move_cursor(app, isize::try_from(page).unwrap_or(1)),
        Action::Top => move_cursor(app, isize::MIN / 2),
        Action::Bottom => move_cursor(app, isize::MAX / 2),
        Action::Left | Action::Back if app.focus != Pane::Prefectures => app.focus_step(false),
        Action::Right if app.focus != Pane::Detail => app.focus_step(true),
        Action::NextPane => app.focus_step(true),
        Action::PrevPane => app.focus_step(false),
        Action::Activate => activate(app),
        Action::ToggleMark => toggle_mark(app),
        Action::JumpNext => jump_next(app),
        Action::Click { column, row } => click(app, column, row),
        Action::ScrollUp { column, row } | Action::ScrollDown { column, row } => {
            if let Some((pane, _)) = layout::hit(&panes(app), column, row) {
                app.focus = pane;
                move_cursor(
                    app,
                    if matches!(action, Action::ScrollUp { .. }) {
                        -3
                    } else {
                        3
                    },
                );
            }
        }
        _ => {}
    }
}

fn area(app: &App) -> ratatui::layout::Rect {
    ratatui::layout::Rect::new(0, 0, app.size.0, app.size.1)
}

fn panes(app: &App) -> Vec<(Pane, ratatui::layout::Rect)> {
    layout::panes(layout::frame(area(app)).body, app.focus)
}

fn len(app: &App, pane: Pane) -> usize {
    match pane {
        Pane::Prefectures => app.prefs.len(),
        Pane::Networks => app.nets.len(),
        Pane::Members => app.members.len(),
        Pane::Detail => app.detail_networks().len(),
    }
}

/// Moves the focused pane's cursor by `delta`, clamped, and refreshes the
/// panes to its right.
fn move_cursor(app: &mut App, delta: isize) {
    let n = len(app, app.focus);
    let cursor = match app.focus {
        Pane::Prefectures => &mut app.cursor.pref,
        Pane::Networks => &mut app.cursor.net,
        Pane::Members => &mut app.cursor.member,
        Pane::Detail => &mut app.cursor.detail,
    };
    let before = *cursor;
    *cursor = cursor.saturating_add_signed(delta).min(n.saturating_sub(1));
    if *cursor == before {
        return;
    }
    match app.focus {
        Pane::Prefectures => {
            app.cursor.net = 0;
            app.cursor.member = 0;
            app.refresh();
        }
        Pane::Networks => {
            app.cursor.member = 0;
            app.refresh_members();
        }
        Pane::Members => app.cursor.detail = 0,
        Pane::Detail => {}
    }
}

fn activate(app: &mut App) {
    match app.focus {
        Pane::Prefectures | Pane::Networks | Pane::Members => app.focus_step(true),
        Pane::Detail => {
            let nets = app.detail_networks();
            let entity = selected_entity(app);
            if let Some(&n) = nets.get(app.cursor.detail) {
                jump(app, n, entity);
            }
        }
    }
}

fn toggle_mark(app: &mut App) {
    if let Some(n) = app.network() {
        if !app.marks.remove(&n) {
            app.marks.insert(n);
        }
        let count = app.marks.len();
        app.say(format!("{}: {count}", app.labels().marked));
    }
}

/// The entity of the selected member row.
#[must_use]
pub fn selected_entity(app: &App) -> Option<EntityId> {
    app.data.member_entity(app.network()?, app.member()?)
}

/// `n`: to the next network the selected member also sits in.
fn jump_next(app: &mut App) {
    let (Some(current), Some(entity)) = (app.network(), selected_entity(app)) else {
        return;
    };
    let nets = &app.data.resolved.entity(entity).networks;
    let next = nets
        .iter()
        .copied()
        .find(|&n| n > current)
        .or_else(|| nets.first().copied());
    if let Some(n) = next.filter(|&n| n != current) {
        jump(app, n, Some(entity));
    }
}

/// Shows network `n` in its prefecture, with `entity`'s row selected when
/// it has one there. Filters that would hide the network are cleared, and
/// the status line says so.
pub fn jump(app: &mut App, n: u32, entity: Option<EntityId>) {
    let net = app.data.network(n);
    let (prefecture, program) = (net.prefecture, net.program);
    let hidden = app.filters.program.is_some_and(|p| p != program)
        || app.filters.year.is_some_and(|y| !net.active_in(y));
    if hidden {
        app.filters.program = None;
        app.filters.year = None;
        app.say(format!("{}: {}", app.labels().filter, app.labels().none));
    }
    app.refresh();
    if app.prefecture() != Some(prefecture) {
        app.cursor.pref = app
            .prefs
            .iter()
            .position(|p| *p == Some(prefecture))
            .unwrap_or(0);
        app.refresh();
    }
    app.cursor.net = app.nets.iter().position(|&x| x == n).unwrap_or(0);
    app.cursor.member = 0;
    app.refresh_members();
    app.focus = Pane::Networks;
    if let Some(e) = entity {
        let row = app.members.iter().position(|&m| {
            app.data
                .resolved
                .member(MemberRef {
                    network: n,
                    member: m,
                })
                .is_some_and(|me| me.entity == e || me.org == Some(e))
        });
        if let Some(row) = row {
            app.cursor.member = row;
            app.focus = Pane::Members;
        }
    }
}

/// Selects the network with this id, if it is visible.
pub fn select_network_id(app: &mut App, id: &str) {
    if let Some(n) = app.data.ds.networks.iter().position(|x| x.id == id) {
        jump(app, u32::try_from(n).unwrap_or(0), None);
    }
}

fn click(app: &mut App, column: u16, row: u16) {
    let panes = panes(app);
    let Some((pane, line)) = layout::hit(&panes, column, row) else {
        return;
    };
    app.focus = pane;
    let Some(line) = line else { return };
    let rect = panes
        .iter()
        .find(|(p, _)| *p == pane)
        .map(|(_, r)| *r)
        .unwrap_or_default();
    let rows = layout::inner_rows(rect);
    let cursor = match pane {
        Pane::Prefectures => app.cursor.pref,
        Pane::Networks => app.cursor.net,
        Pane::Members => app.cursor.member,
        Pane::Detail => app.cursor.detail,
    };
    let target = layout::offset(cursor, rows) + line;
    if target < len(app, pane) {
        move_cursor(
            app,
            isize::try_from(target).unwrap_or(0) - isize::try_from(cursor).unwrap_or(0),
        );
    }
}
