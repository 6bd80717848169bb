//! The graph view: the lane drawing. Shown networks are vertical lanes,
//! headed (in a staircase, so no two names overlap) and coloured by
//! program with a letter that reads without colour; every entity two or
//! more of them share is a row, its label at the left and a mark in each
//! of its lanes joined by a line. Under the lanes, how many members each
//! has that no other shown network has. Everything drawn comes from
//! [`LanesState`](crate::tui::lanes::LanesState); only what fits the
//! window of rows and lanes around the cursor is touched.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use super::common::{framed, message};
use crate::model::Program;
use crate::present::Membership;
use crate::present::lanes::{Lane, LaneRow};
use crate::tui::app::App;
use crate::tui::cells;
use crate::tui::lanes::{self, LaneWords, LanesState};
use crate::tui::layout::offset;

/// Cells per lane: line, mark, line.
const LANE_W: u16 = 3;

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    let (l, w) = (app.labels(), lanes::words(app.lang));
    let s = &app.lanes;
    let shown = s.layout.lanes.len();
    let scope = if s.marked() > 0 {
        let filters = super::filter_words(app).join(" ");
        format!("{} {} {filters}", w.marked, s.marked())
    } else {
        super::scope(app)
    };
    let title = format!(
        "{} — {} ({shown} {})",
        l.graph,
        scope.trim_end(),
        w.networks
    );
    let inner = framed(buf, body, app.theme, &title, true);
    if let Some(n) = s.too_many {
        message(
            inner,
            buf,
            &format!("{n} {} {}", l.too_many, lanes::MAX_LANES),
        );
        return;
    }
    if shown == 0 {
        message(inner, buf, l.no_data);
        return;
    }
    // Two lines of legend on small screens, three where there is room;
    // what does not fit is left out from the end.
    let most = if inner.height < 30 { 2 } else { 3 };
    let legend = legend_lines(w.legend, usize::from(inner.width), most);
    let Some(geo) = Geo::new(s, inner, legend.len()) else {
        message(inner, buf, l.too_small);
        return;
    };
    let d = Draw {
        app,
        s,
        w,
        geo,
        buf,
    };
    d.draw(&legend);
}

/// The legend's items packed into at most `most` lines of `width` cells,
/// never cut inside an item.
fn legend_lines(items: &[&str], width: usize, most: usize) -> Vec<String> {
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
struct Geo {
    area: Rect,
    label_w: u16,
    /// x of the first lane's left cell.
    lanes_x: u16,
    first_lane: usize,
    lanes: usize,
    first_row: usize,
    /// Rows on screen; 1 for the "nothing shared" line when there are none.
    rows: usize,
    legend: u16,
}

impl Geo {
    fn new(s: &LanesState, area: Rect, legend: usize) -> Option<Geo> {
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
    fn mark_x(&self, v: usize) -> u16 {
        self.lanes_x + LANE_W * u16::try_from(v).unwrap_or(0) + 1
    }

    fn header_y(&self) -> u16 {
        self.area.y + 1
    }

    fn rows_y(&self) -> u16 {
        self.header_y() + u16::try_from(self.lanes).unwrap_or(0)
    }

    fn counts_y(&self) -> u16 {
        self.rows_y() + u16::try_from(self.rows).unwrap_or(0)
    }

    /// On-screen lanes: (position on screen, lane index).
    fn window(&self) -> impl Iterator<Item = (usize, usize)> {
        (0..self.lanes).map(|v| (v, self.first_lane + v))
    }
}

/// The program's letter, which tells lanes apart without colour.
fn code(p: Program) -> &'static str {
    match p {
        Program::Kofukin => "K",
        Program::CoiNext => "C",
        Program::Platform => "P",
        Program::Other => "O",
    }
}

struct Draw<'a, 'b> {
    app: &'a App,
    s: &'a LanesState,
    w: &'static LaneWords,
    geo: Geo,
    buf: &'b mut Buffer,
}

impl Draw<'_, '_> {
    fn draw(mut self, legend: &[String]) {
        self.window_line();
        self.headers();
        if self.s.layout.rows.is_empty() {
            let text = self.app.labels().no_overlap;
            self.put(
                self.geo.area.x,
                self.geo.rows_y(),
                text,
                0,
                self.app.theme.dim(),
            );
        }
        for k in 0..self.geo.rows {
            let r = self.geo.first_row + k;
            if let Some(row) = self.s.layout.rows.get(r) {
                self.row(r, row, self.geo.rows_y() + u16::try_from(k).unwrap_or(0));
            }
        }
        self.counts();
        self.detail();
        let bottom = self.geo.area.y + self.geo.area.height;
        for (i, line) in legend.iter().take(usize::from(self.geo.legend)).enumerate() {
            let y = bottom - self.geo.legend + u16::try_from(i).unwrap_or(0);
            self.put(self.geo.area.x, y, line, 0, self.app.theme.dim());
        }
    }

    /// Writes `text` (cleaned, cut to `max` cells, or to the area's edge
    /// when `max` is 0) at (x, y); returns where it ended.
    fn put(&mut self, x: u16, y: u16, text: &str, max: u16, style: Style) -> u16 {
        let a = self.geo.area;
        if y < a.y || y >= a.y + a.height || x >= a.x + a.width {
            return x;
        }
        let room = a.x + a.width - x;
        let max = if max == 0 { room } else { max.min(room) };
        let text = cells::clip(text, usize::from(max));
        self.buf.set_stringn(x, y, &text, usize::from(max), style).0
    }

    fn lane_style(&self, lane: &Lane, lit: bool) -> Style {
        let style = self.app.theme.program(lane.network.program);
        if lit {
            style.patch(self.app.theme.title())
        } else {
            style.patch(self.app.theme.dim())
        }
    }

    /// `レーン 1–6 / 14 · 行 1–10 / 32 · 交差 3 (並べ替え前 7)`.
    fn window_line(&mut self) {
        let (g, w, l) = (self.geo, self.w, &self.s.layout);
        let range = |first: usize, n: usize, total: usize| {
            if n == 0 {
                format!("0 / {total}")
            } else {
                format!("{}–{} / {total}", first + 1, first + n)
            }
        };
        let text = format!(
            "{} {} · {} {} · {} {} ({} {})",
            w.lanes,
            range(g.first_lane, g.lanes, l.lanes.len()),
            w.rows,
            range(g.first_row, g.rows.min(l.rows.len()), l.rows.len()),
            w.crossings,
            l.crossings,
            w.before,
            l.input_crossings,
        );
        self.put(g.area.x, g.area.y, &text, 0, self.app.theme.dim());
    }

    /// The staircase: the rightmost lane's name on the first line, each
    /// name running right to a corner above its lane, the lanes to its
    /// right already going down.
    fn headers(&mut self) {
        let g = self.geo;
        let on_headers = self.s.cursor.row.is_none();
        for (v, i) in g.window() {
            let y = g.header_y() + u16::try_from(g.lanes - 1 - v).unwrap_or(0);
            let lane = &self.s.layout.lanes[i];
            let lit = self.s.lane_lit(i);
            let style = self.lane_style(lane, lit);
            let name = format!("{} {}", code(lane.network.program), lane.network.name);
            let x = g.mark_x(v);
            let room = x.saturating_sub(g.area.x + 1);
            // The cursor's lane: reversed on the headers, underlined when
            // the cursor is on a row.
            let name_style = match (i == self.s.cursor.lane, on_headers) {
                (true, true) => style.patch(self.app.theme.selected()),
                (true, false) => style.add_modifier(Modifier::UNDERLINED),
                _ => style,
            };
            let end = self.put(g.area.x, y, &name, room, name_style);
            for lx in (end + 1)..x {
                self.put(lx, y, "─", 1, style);
            }
            self.put(x, y, "┐", 1, style);
            for (v2, i2) in g.window().skip(v + 1) {
                let st = self.lane_style(&self.s.layout.lanes[i2], self.s.lane_lit(i2));
                self.put(g.mark_x(v2), y, "│", 1, st);
            }
        }
    }

    /// One shared entity: label, then its line across the lanes on screen.
    fn row(&mut self, index: usize, row: &LaneRow, y: u16) {
        let g = self.geo;
        let theme = self.app.theme;
        let lit = self.s.row_lit(index);
        let base = if lit { Style::new() } else { theme.dim() };
        let label = format!("{} {}", self.app.lang.sector_tag(row.sector), row.name);
        let on_row = self.s.cursor.row == Some(index);
        let label_style = if on_row { theme.selected() } else { base };
        self.put(g.area.x, y, &label, g.label_w, label_style);
        let (first, last) = row.span;
        if first < g.first_lane {
            self.put(g.lanes_x - 1, y, "‹", 1, base);
        }
        if last >= g.first_lane + g.lanes {
            self.put(g.mark_x(g.lanes - 1) + 2, y, "›", 1, base);
        }
        for (v, lane) in g.window() {
            let x = g.mark_x(v);
            if (first..=last).contains(&lane) {
                if lane > first {
                    self.put(x - 1, y, "─", 1, base);
                }
                if lane < last {
                    self.put(x + 1, y, "─", 1, base);
                }
            }
            let (glyph, style) = self.cell(index, row, lane, base);
            let style = if on_row && lane == self.s.cursor.lane {
                style.patch(theme.selected())
            } else {
                style
            };
            self.put(x, y, glyph, 1, style);
        }
    }

    /// What row `index` shows in lane `lane`: its mark, a crossing, the
    /// lane's line or, outside the lane's first and last mark, only a
    /// guide that a row's line passes without crossing.
    fn cell(&self, index: usize, row: &LaneRow, lane: usize, base: Style) -> (&'static str, Style) {
        let (first, last) = row.span;
        let passes = first < lane && lane < last;
        let in_span = self.s.spans[lane].is_some_and(|(a, b)| a < index && index < b);
        let info = &self.s.layout.lanes[lane];
        let lane_style = self.lane_style(info, self.s.lane_lit(lane));
        match &row.marks[lane] {
            Membership::No if passes && in_span => ("┼", base),
            Membership::No if passes => ("─", base),
            Membership::No if in_span => ("│", lane_style),
            Membership::No => ("┆", lane_style),
            m => (m.mark(), self.lane_style(info, self.s.row_lit(index))),
        }
    }

    /// Under each lane, its members no other shown network has.
    fn counts(&mut self) {
        let g = self.geo;
        let y = g.counts_y();
        self.put(
            g.area.x,
            y,
            self.w.only_here,
            g.label_w,
            self.app.theme.dim(),
        );
        for (v, i) in g.window() {
            let lane = &self.s.layout.lanes[i];
            let n = lane.folded;
            let text = if n >= 1000 {
                format!("{}k", n / 1000)
            } else {
                n.to_string()
            };
            let back = u16::try_from(text.len().saturating_sub(1) / 2).unwrap_or(0);
            let style = self.lane_style(lane, self.s.lane_lit(i));
            self.put(g.mark_x(v) - back, y, &text, LANE_W, style);
        }
    }

    /// The cursor's row or lane in full: what the cut labels leave out.
    fn detail(&mut self) {
        let s = self.s;
        let Some(lane) = s.layout.lanes.get(s.cursor.lane) else {
            return;
        };
        let text = if let Some(row) = s.cursor.row.and_then(|r| s.layout.rows.get(r)) {
            self.row_detail(row, lane)
        } else {
            self.lane_detail(lane)
        };
        let y = self.geo.counts_y() + 1;
        self.put(self.geo.area.x, y, &text, 0, self.app.theme.title());
    }

    /// `学 高知大学 — 5 ネットワーク · K 高知県Next…: ● 代表機関`.
    fn row_detail(&self, row: &LaneRow, lane: &Lane) -> String {
        let (w, net) = (self.w, &lane.network);
        let count = row.marks.iter().filter(|m| m.is_member()).count();
        let here = match &row.marks[self.s.cursor.lane] {
            Membership::No => format!("· {}", w.not_member),
            Membership::Direct { role } => format!("● {}", role.as_deref().unwrap_or("")),
            Membership::Via { via } => format!("○ {} {}", w.via, via.join("、")),
        };
        format!(
            "{} {} — {count} {} · {} {}: {}",
            self.app.lang.sector_tag(row.sector),
            row.name,
            w.networks,
            code(net.program),
            net.name,
            here.trim_end()
        )
    }

    /// `K 高知県Next… · 交付金 · 2019–2023 · 共通 4 · ここだけ 12`.
    fn lane_detail(&self, lane: &Lane) -> String {
        let (w, net) = (self.w, &lane.network);
        let years = net
            .years
            .as_deref()
            .map(|y| format!(" · {y}"))
            .unwrap_or_default();
        format!(
            "{} {} · {}{years} · {} {} · {} {}",
            code(net.program),
            net.name,
            self.app.lang.program(net.program),
            w.shared,
            lane.shared,
            w.only_here,
            lane.folded
        )
    }
}
