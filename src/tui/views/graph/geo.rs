//! Where the lane drawing's parts sit: a pure function of the state's
//! cursor and sizes and of the area, so nothing is measured while drawing
//! beyond these few sums; and the small pieces of text it places.

use ratatui::layout::Rect;

use crate::model::Program;
use crate::tui::cells;
use crate::tui::lanes::LanesState;
use crate::tui::layout::offset;

/// Cells per lane: line, mark, line.
pub const LANE_W: u16 = 3;

/// The legend's items packed into at most `most` lines of `width` cells,
/// never cut inside an item.
pub fn legend_lines(items: &[&str], width: usize, most: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for item in items {
        let need = cells::width(item) + if line.is_empty() { 0 } else { 2 };
        if !line.is_empty() && cells::width(&line) + need > width {
            lines.push(std::mem::take(&mut line));
        }
        if lines.len() == most {
            return lines;
        }
        if !line.is_empty() {
            line.push_str("  ");
        }
        line.push_str(item);
    }
    if !line.is_empty() && lines.len() < most {
        lines.push(line);
    }
    lines
}

/// Where everything sits, from the cursor and the area alone.
#[derive(Debug, Clone, Copy)]
pub struct Geo {
    pub area: Rect,
    pub label_w: u16,
    /// x of the first lane's left cell.
    pub lanes_x: u16,
    pub first_lane: usize,
    pub lanes: usize,
    pub first_row: usize,
    /// Rows on screen; 1 for the "nothing shared" line when there are none.
    pub rows: usize,
    pub legend: u16,
}

impl Geo {
    pub fn new(s: &LanesState, area: Rect, legend: usize) -> Option<Geo> {
        let legend = u16::try_from(legend).unwrap_or(3);
        // The window line, the counts and the detail line.
        let avail = usize::from(area.height.saturating_sub(3 + legend));
        if area.width < 30 || avail < 3 {
            return None;
        }
        let width = usize::from(area.width);
        let label_w = s.label_cells.clamp(8, (width * 2 / 5).max(8));
        // A gutter on each side for ‹ and ›.
        let by_width = (width.saturating_sub(label_w + 2) / usize::from(LANE_W)).max(1);
        let total_rows = s.layout.rows.len().max(1);
        let by_height = avail.saturating_sub(total_rows.min(avail / 2)).max(1);
        let lanes = s.layout.lanes.len().min(by_width).min(by_height);
        let rows_room = avail.saturating_sub(lanes).max(1);
        let first_row = offset(s.cursor.row.unwrap_or(0), rows_room);
        Some(Geo {
            area,
            label_w: u16::try_from(label_w).unwrap_or(8),
            lanes_x: area.x + u16::try_from(label_w + 1).unwrap_or(9),
            first_lane: offset(s.cursor.lane, lanes),
            lanes,
            first_row,
            rows: (total_rows - first_row).min(rows_room),
            legend,
        })
    }

    /// The mark's column of on-screen lane `v`.
    pub fn mark_x(&self, v: usize) -> u16 {
        self.lanes_x + LANE_W * u16::try_from(v).unwrap_or(0) + 1
    }

    pub fn header_y(&self) -> u16 {
        self.area.y + 1
    }

    pub fn rows_y(&self) -> u16 {
        self.header_y() + u16::try_from(self.lanes).unwrap_or(0)
    }

    pub fn counts_y(&self) -> u16 {
        self.rows_y() + u16::try_from(self.rows).unwrap_or(0)
    }

    /// On-screen lanes: (position on screen, lane index).
    pub fn window(&self) -> impl Iterator<Item = (usize, usize)> {
        (0..self.lanes).map(|v| (v, self.first_lane + v))
    }
}

/// The program's letter, which tells lanes apart without colour.
pub fn code(p: Program) -> &'static str {
    match p {
        Program::Kofukin => "K",
        Program::CoiNext => "C",
        Program::Platform => "P",
        Program::Other => "O",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity::{EntityId, EntityKind};
    use crate::model::Sector;
    use crate::present::lanes::{Lane, LaneLayout, LaneRow};
    use crate::present::{Membership, ShownNetwork, Who};
    use proptest::prelude::*;

    fn state(lanes: usize, rows: usize, row: Option<usize>, lane: usize) -> LanesState {
        let network = |i: usize| ShownNetwork {
            index: u32::try_from(i).unwrap(),
            id: format!("n{i}"),
            name: "高知県Next次世代型施設園芸農業に関する産学官連携協議会".to_owned(),
            program: Program::Kofukin,
            prefecture: "高知県",
            plan: None,
            kind: None,
            years: None,
            source: None,
        };
        let layout = LaneLayout {
            lanes: (0..lanes)
                .map(|i| Lane {
                    network: network(i),
                    folded: 0,
                    shared: 0,
                })
                .collect(),
            rows: (0..rows)
                .map(|r| LaneRow {
                    who: Who {
                        entity: EntityId(u32::try_from(r).unwrap()),
                        entity_id: format!("org:{r}"),
                        kind: EntityKind::Organization,
                        name: "国立研究開発法人農業・食品産業技術総合研究機構".to_owned(),
                    },
                    sector: Sector::Academia,
                    marks: vec![Membership::Direct { role: None }; lanes],
                    span: (0, lanes - 1),
                })
                .collect(),
            crossings: 0,
            input_crossings: 0,
        };
        let mut s = LanesState {
            layout,
            ..LanesState::default()
        };
        s.label_cells = 50;
        s.cursor.row = row.map(|r| r.min(rows.saturating_sub(1)));
        s.cursor.lane = lane.min(lanes - 1);
        s
    }

    #[test]
    fn the_legend_is_cut_between_items_only() {
        let items = [
            "● 構成員",
            "○ 所属者経由",
            "K 交付金",
            "ここだけ: 単独の構成員数",
        ];
        let lines = legend_lines(&items, 24, 3);
        assert_eq!(
            lines,
            [
                "● 構成員  ○ 所属者経由",
                "K 交付金",
                "ここだけ: 単独の構成員数"
            ]
        );
        assert_eq!(legend_lines(&items, 24, 2).len(), 2, "the rest is left out");
        assert!(legend_lines(&items, 200, 3).len() == 1);
    }

    proptest! {
        /// The window of lanes and rows fits the area and holds the cursor.
        #[test]
        fn the_window_fits_and_holds_the_cursor(
            lanes in 1usize..250,
            rows in 0usize..300,
            row in proptest::option::of(0usize..300),
            lane in 0usize..250,
            width in 30u16..240,
            height in 6u16..70,
            legend in 0usize..4,
        ) {
            let s = state(lanes, rows, row, lane);
            let area = Rect::new(1, 2, width, height);
            let Some(g) = Geo::new(&s, area, legend) else {
                prop_assert!(height < 9);
                return Ok(());
            };
            prop_assert!(g.lanes >= 1 && g.rows >= 1);
            // The › gutter after the last lane stays inside.
            prop_assert!(g.mark_x(g.lanes - 1) + 2 < area.x + area.width);
            // Window line, headers, rows, counts, detail and legend.
            let used = 1 + g.lanes + g.rows + 2 + usize::from(g.legend);
            prop_assert!(used <= usize::from(height), "{used} lines in {height}");
            let c = s.cursor.lane;
            prop_assert!(g.first_lane <= c && c < g.first_lane + g.lanes);
            if let Some(r) = s.cursor.row {
                prop_assert!(g.first_row <= r && r < g.first_row + g.rows);
            }
            prop_assert!(g.first_row + g.rows <= rows.max(1));
        }
    }
}
