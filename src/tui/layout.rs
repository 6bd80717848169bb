//! Screen geometry as a pure function of the terminal size, shared by the
//! views (to draw) and by `App::update` (to map mouse clicks).

use ratatui::layout::{Constraint, Layout, Rect};

/// The panes of the browse view, left to right.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Pane {
    #[default]
    Prefectures,
    Networks,
    Members,
    Detail,
}

impl Pane {
    pub const ALL: [Pane; 4] = [
        Pane::Prefectures,
        Pane::Networks,
        Pane::Members,
        Pane::Detail,
    ];

    /// The next pane to the right (`forward`) or left, wrapping.
    #[must_use]
    pub fn step(self, forward: bool) -> Pane {
        let i = Pane::ALL.iter().position(|p| *p == self).unwrap_or(0);
        let n = Pane::ALL.len();
        Pane::ALL[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }]
    }
}

/// The frame: a tab bar, the body and a status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frame {
    pub tabs: Rect,
    pub body: Rect,
    pub status: Rect,
}

#[must_use]
pub fn frame(area: Rect) -> Frame {
    let [tabs, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    Frame { tabs, body, status }
}

/// Where each pane of the browse view is drawn; panes that do not fit are
/// left out (small terminals show the focused pane alone).
#[must_use]
pub fn panes(body: Rect, focus: Pane) -> Vec<(Pane, Rect)> {
    if body.width >= 110 {
        let [p, n, m, d] = Layout::horizontal([
            Constraint::Length(14),
            Constraint::Percentage(36),
            Constraint::Percentage(27),
            Constraint::Min(20),
        ])
        .areas(body);
        vec![
            (Pane::Prefectures, p),
            (Pane::Networks, n),
            (Pane::Members, m),
            (Pane::Detail, d),
        ]
    } else if body.width >= 64 && body.height >= 10 {
        let [p, n, right] = Layout::horizontal([
            Constraint::Length(14),
            Constraint::Percentage(38),
            Constraint::Min(20),
        ])
        .areas(body);
        let [m, d] =
            Layout::vertical([Constraint::Percentage(55), Constraint::Min(3)]).areas(right);
        vec![
            (Pane::Prefectures, p),
            (Pane::Networks, n),
            (Pane::Members, m),
            (Pane::Detail, d),
        ]
    } else {
        vec![(focus, body)]
    }
}

/// Rows of a bordered list inside `rect`.
#[must_use]
pub fn inner_rows(rect: Rect) -> usize {
    usize::from(rect.height.saturating_sub(2))
}

/// First row shown so that `cursor` is visible in `rows` rows.
#[must_use]
pub fn offset(cursor: usize, rows: usize) -> usize {
    (cursor + 1).saturating_sub(rows.max(1))
}

/// Which pane holds a screen cell, and the list row under it.
#[must_use]
pub fn hit(panes: &[(Pane, Rect)], column: u16, row: u16) -> Option<(Pane, Option<usize>)> {
    let (pane, rect) = panes.iter().find(|(_, r)| {
        column >= r.x && column < r.x + r.width && row >= r.y && row < r.y + r.height
    })?;
    let inside = row > rect.y && row + 1 < rect.y + rect.height;
    Some((*pane, inside.then(|| usize::from(row - rect.y - 1))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_screens_show_four_panes_small_ones_one() {
        let body = Rect::new(0, 1, 120, 38);
        assert_eq!(panes(body, Pane::Members).len(), 4);
        assert_eq!(panes(Rect::new(0, 1, 80, 22), Pane::Members).len(), 4);
        let small = panes(Rect::new(0, 1, 20, 3), Pane::Members);
        assert_eq!(small, vec![(Pane::Members, Rect::new(0, 1, 20, 3))]);
    }

    #[test]
    fn offsets_keep_the_cursor_visible() {
        assert_eq!(offset(0, 10), 0);
        assert_eq!(offset(9, 10), 0);
        assert_eq!(offset(10, 10), 1);
        assert_eq!(offset(5, 0), 5);
    }

    #[test]
    fn hits_map_rows_inside_borders() {
        let p = vec![(Pane::Networks, Rect::new(10, 1, 20, 10))];
        assert_eq!(hit(&p, 12, 3), Some((Pane::Networks, Some(1))));
        assert_eq!(hit(&p, 12, 1), Some((Pane::Networks, None)));
        assert_eq!(hit(&p, 5, 3), None);
    }
}
