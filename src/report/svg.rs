//! The lane drawing as SVG: lanes (shown networks) as columns headed in a
//! staircase, shared members as rows with a mark in each of their lanes.
//!
//! Labels cannot overlap by construction: row labels each have their own
//! row at the left, lane headings each their own line above the grid and
//! run rightwards from their lane, where only later (lower) headings'
//! connectors start. Widths are measured in display cells (kanji are two)
//! at a conservative em fraction per cell; [`labels`] returns every
//! label's box so a test can check.

use std::fmt::Write as _;

use super::escape::esc;
use crate::present::{LaneLayout, Membership};
use crate::text::width;

const FONT: f64 = 13.0;
const ROW: f64 = 24.0;
const HEAD: f64 = 19.0;
const MARGIN: f64 = 12.0;
const MARK: f64 = 6.0;
/// Longest row label and lane heading, in cells; longer ones end in `…`
/// with the whole name in a tooltip.
const ROW_CELLS: usize = 30;
const HEAD_CELLS: usize = 44;

/// A label's box: left, top, width, height.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Label {
    /// Whether two boxes share any area.
    #[must_use]
    pub fn overlaps(&self, o: &Label) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }
}

/// Pixel width of text: a wide (two-cell) character a full em, a narrow
/// one 0.62 em, more than most sans-serif fonts need.
fn text_px(s: &str) -> f64 {
    s.chars()
        .map(|c| {
            if width(c.encode_utf8(&mut [0; 4])) >= 2 {
                FONT
            } else {
                FONT * 0.62
            }
        })
        .sum()
}

/// The geometry of one drawing.
struct Geometry {
    label_w: f64,
    lane_gap: f64,
    grid_top: f64,
}

impl Geometry {
    fn new(l: &LaneLayout) -> Self {
        let label_w = l
            .rows
            .iter()
            .map(|r| text_px(&clip(&r.name, ROW_CELLS)))
            .fold(0.0, f64::max);
        let widest_fold = l
            .lanes
            .iter()
            .map(|x| text_px(&format!("+{}", x.folded)))
            .fold(0.0, f64::max);
        Geometry {
            label_w: label_w + 16.0,
            lane_gap: (widest_fold + 10.0).max(40.0),
            grid_top: MARGIN + HEAD * to_f64(l.lanes.len()) + 12.0,
        }
    }

    fn lane_x(&self, i: usize) -> f64 {
        MARGIN + self.label_w + self.lane_gap * (to_f64(i) + 0.5)
    }

    fn row_y(&self, r: usize) -> f64 {
        self.grid_top + ROW * (to_f64(r) + 0.5)
    }

    fn head_y(i: usize) -> f64 {
        MARGIN + HEAD * to_f64(i) + FONT
    }
}

#[allow(clippy::cast_precision_loss)]
fn to_f64(i: usize) -> f64 {
    i as f64
}

fn clip(s: &str, cells: usize) -> String {
    if width(s) <= cells {
        return s.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = width(c.encode_utf8(&mut [0; 4]));
        if used + w + 1 > cells {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

fn heading(i: usize, name: &str) -> String {
    format!("{} {}", i + 1, clip(name, HEAD_CELLS))
}

/// Every text label of the drawing, with its box.
#[must_use]
pub fn labels(l: &LaneLayout) -> Vec<Label> {
    let g = Geometry::new(l);
    let mut out = Vec::new();
    for (i, lane) in l.lanes.iter().enumerate() {
        let text = heading(i, &lane.network.name);
        let x = g.lane_x(i) - MARK;
        out.push(Label {
            w: text_px(&text) + 14.0,
            x,
            y: Geometry::head_y(i) - FONT,
            h: FONT + 4.0,
            text,
        });
    }
    for (r, row) in l.rows.iter().enumerate() {
        let text = clip(&row.name, ROW_CELLS);
        out.push(Label {
            w: text_px(&text),
            x: MARGIN,
            y: g.row_y(r) - FONT * 0.7,
            h: FONT + 2.0,
            text,
        });
    }
    let fold_y = g.row_y(l.rows.len()) + 4.0;
    for (i, lane) in l.lanes.iter().enumerate() {
        let text = format!("+{}", lane.folded);
        let w = text_px(&text);
        out.push(Label {
            x: g.lane_x(i) - w / 2.0,
            y: fold_y - FONT * 0.7,
            w,
            h: FONT + 2.0,
            text,
        });
    }
    out
}

/// Writes the drawing as an `<svg>` element.
#[must_use]
pub fn render(layout: &LaneLayout) -> String {
    let geo = Geometry::new(layout);
    let boxes = labels(layout);
    let right = boxes.iter().map(|b| b.x + b.w).fold(0.0, f64::max);
    let width = right.max(geo.lane_x(layout.lanes.len())) + MARGIN;
    let height = geo.row_y(layout.rows.len()) + ROW + MARGIN;
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="lanes" xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" role="img" aria-label="重なりの図">"#
    );
    lanes(&mut out, layout, &geo, &boxes);
    rows(&mut out, layout, &geo, &boxes[layout.lanes.len()..]);
    for b in &boxes[layout.lanes.len() + layout.rows.len()..] {
        let _ = write!(
            out,
            r#"<text class="fold" x="{:.1}" y="{:.1}">{}</text>"#,
            b.x,
            b.y + FONT * 0.7,
            esc(&b.text)
        );
    }
    out.push_str("</svg>");
    out
}

/// Each lane: its heading, a dotted connector down to its first mark and
/// its line from the first mark to the last.
fn lanes(out: &mut String, layout: &LaneLayout, geo: &Geometry, heads: &[Label]) {
    for (i, lane) in layout.lanes.iter().enumerate() {
        let x = geo.lane_x(i);
        let class = lane.network.program.id();
        let hy = Geometry::head_y(i);
        let marked: Vec<usize> = (0..layout.rows.len())
            .filter(|&r| layout.rows[r].marks[i].is_member())
            .collect();
        let (top, bottom) = match (marked.first(), marked.last()) {
            (Some(&a), Some(&b)) => (geo.row_y(a), geo.row_y(b)),
            _ => (geo.grid_top, geo.grid_top),
        };
        let _ = write!(
            out,
            r#"<g class="lane p-{class}"><title>{}</title><line class="conn" x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{top:.1}"/><line class="rail" x1="{x:.1}" y1="{top:.1}" x2="{x:.1}" y2="{bottom:.1}"/><rect class="key" x="{:.1}" y="{:.1}" width="9" height="9"/><text x="{:.1}" y="{hy:.1}">{}</text></g>"#,
            esc(&lane.network.name),
            hy + 4.0,
            x - MARK,
            hy - 9.0,
            x + 7.0,
            esc(&heads[i].text),
        );
    }
}

/// Each shared member: its label, its line and a mark per lane.
fn rows(out: &mut String, layout: &LaneLayout, geo: &Geometry, names: &[Label]) {
    for (r, row) in layout.rows.iter().enumerate() {
        let y = geo.row_y(r);
        let _ = write!(
            out,
            r#"<g class="row"><title>{}</title><text x="{MARGIN}" y="{:.1}">{}</text><line class="link" x1="{:.1}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}"/>"#,
            esc(&row.name),
            y + FONT * 0.35,
            esc(&names[r].text),
            geo.lane_x(row.span.0),
            geo.lane_x(row.span.1),
        );
        for (i, mark) in row.marks.iter().enumerate() {
            let (class, tip) = match mark {
                Membership::No => continue,
                Membership::Direct { role } => ("direct", role.clone().unwrap_or_default()),
                Membership::Via { via } => ("via", via.join("、")),
            };
            let program = layout.lanes[i].network.program.id();
            let _ = write!(
                out,
                r#"<circle class="{class} p-{program}" cx="{:.1}" cy="{y:.1}" r="{MARK}"><title>{}</title></circle>"#,
                geo.lane_x(i),
                esc(&tip),
            );
        }
        out.push_str("</g>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clipping_counts_cells_and_ends_in_an_ellipsis() {
        assert_eq!(clip("高知大学", 8), "高知大学");
        let c = clip("高知県Next次世代型施設園芸農業に関する産学官連携協議会", 20);
        assert!(width(&c) <= 20, "{c}");
        assert!(c.ends_with('…'));
        assert!(text_px("高知") > text_px("ab"));
    }
}
