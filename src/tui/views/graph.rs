//! The ego graph: the selected entity or network in the middle, its
//! networks or neighbours around it, drawn with box lines and labels that
//! never overlap (each label has its own row). Small terminals get a list.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::common::{framed, message, row};
use crate::tui::app::App;
use crate::tui::cells;
use crate::tui::overlap::EgoNode;

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    let l = app.labels();
    let title = format!("{} — {}", l.graph, super::scope(app));
    let inner = framed(buf, body, app.theme, &title, true);
    if app.overlap.ego.center.is_empty() {
        message(inner, buf, l.no_data);
    } else if inner.width < 60 || inner.height < 7 {
        list(app, inner, buf);
    } else {
        star(app, inner, buf);
    }
}

/// Where the three columns of the star sit.
struct Geometry {
    area: Rect,
    col_w: u16,
    center_x: u16,
    mid: u16,
}

/// Neighbours alternate left and right of the centre, one row each, so no
/// two labels can collide; what does not fit is counted in a corner, and
/// the other corner says what `(N)` is.
fn star(app: &App, area: Rect, buf: &mut Buffer) {
    let ego = &app.overlap.ego;
    let col_w = area.width.saturating_sub(4) / 3;
    let geo = Geometry {
        area,
        col_w,
        center_x: area.x + col_w + 2,
        mid: area.y + area.height / 2,
    };
    // The first and last rows hold the legend and the overflow count.
    let fit = usize::from(area.height.saturating_sub(2)) * 2;
    let shown = ego.nodes.len().min(fit);
    let left: Vec<&EgoNode> = ego.nodes.iter().take(shown).step_by(2).collect();
    let right: Vec<&EgoNode> = ego.nodes.iter().take(shown).skip(1).step_by(2).collect();
    side(app, &geo, &left, true, buf);
    side(app, &geo, &right, false, buf);
    Line::from(Span::styled(
        cells::clip(&ego.center, usize::from(col_w)),
        app.theme.selected(),
    ))
    .centered()
    .render(Rect::new(geo.center_x, geo.mid, col_w, 1), buf);
    Line::from(Span::styled(
        cells::clip(app.labels().legend_rows[2], usize::from(area.width)),
        app.theme.dim(),
    ))
    .render(Rect { height: 1, ..area }, buf);
    if ego.nodes.len() > shown {
        let more = format!("+{}", ego.nodes.len() - shown);
        let corner = Rect::new(area.x, area.y + area.height - 1, 8.min(area.width), 1);
        Line::from(Span::styled(more, app.theme.dim())).render(corner, buf);
    }
}

/// One column of labels with their connectors towards the centre.
fn side(app: &App, geo: &Geometry, items: &[&EgoNode], left: bool, buf: &mut Buffer) {
    let count = u16::try_from(items.len()).unwrap_or(u16::MAX);
    let top = geo.mid.saturating_sub(count / 2).max(geo.area.y + 1);
    let bottom = geo.area.y + geo.area.height - 1;
    for (k, node) in items.iter().enumerate() {
        let y = top + u16::try_from(k).unwrap_or(u16::MAX);
        if y >= bottom {
            break;
        }
        let style = node.program.map_or(Style::new(), |p| app.theme.program(p));
        let line = row(
            vec![Span::styled(format!("({}) ", node.weight), style)],
            (&node.label, style),
            Vec::new(),
            geo.col_w,
        );
        let text_w = u16::try_from(line.width()).unwrap_or(0).min(geo.col_w);
        let (x, connector_x) = if left {
            (geo.area.x + geo.col_w - text_w, geo.area.x + geo.col_w)
        } else {
            (geo.center_x + geo.col_w + 2, geo.center_x + geo.col_w)
        };
        line.render(Rect::new(x, y, text_w, 1), buf);
        let glyph = match (y.cmp(&geo.mid), left) {
            (std::cmp::Ordering::Equal, _) => "──",
            (std::cmp::Ordering::Less, true) => "─┐",
            (std::cmp::Ordering::Less, false) => "┌─",
            (std::cmp::Ordering::Greater, true) => "─┘",
            (std::cmp::Ordering::Greater, false) => "└─",
        };
        Line::from(Span::styled(glyph, app.theme.dim()))
            .render(Rect::new(connector_x, y, 2, 1), buf);
    }
}

/// The readable fallback: the centre, then one neighbour per line.
fn list(app: &App, area: Rect, buf: &mut Buffer) {
    let ego = &app.overlap.ego;
    let mut lines = vec![row(
        Vec::new(),
        (&ego.center, app.theme.title()),
        Vec::new(),
        area.width,
    )];
    for node in &ego.nodes {
        let style = node.program.map_or(Style::new(), |p| app.theme.program(p));
        lines.push(row(
            vec![Span::raw("- ")],
            (&node.label, style),
            vec![Span::styled(format!(" ({})", node.weight), app.theme.dim())],
            area.width,
        ));
    }
    for (i, line) in lines.into_iter().take(usize::from(area.height)).enumerate() {
        let y = area.y + u16::try_from(i).unwrap_or(0);
        line.render(Rect::new(area.x, y, area.width, 1), buf);
    }
}
