//! The ego graph: the selected entity or network in the middle, its
//! networks or neighbours around it, drawn with box lines and labels that
//! never overlap (each label has its own row). Small terminals get a list.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::overlap::clip;
use super::{block, message};
use crate::text::{sanitize, width};
use crate::tui::app::App;

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    let labels = app.labels();
    let frame = block(app, labels.graph, true);
    let inner = frame.inner(body);
    frame.render(body, buf);
    if app.overlap.ego.center.is_empty() {
        message(inner, buf, labels.no_data);
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
/// two labels can collide; what does not fit is counted in a corner.
fn star(app: &App, area: Rect, buf: &mut Buffer) {
    let ego = &app.overlap.ego;
    let col_w = area.width.saturating_sub(4) / 3;
    let geo = Geometry {
        area,
        col_w,
        center_x: area.x + col_w + 2,
        mid: area.y + area.height / 2,
    };
    let fit = usize::from(area.height) * 2;
    let shown = ego.nodes.len().min(fit);
    let left: Vec<_> = ego.nodes.iter().take(shown).step_by(2).collect();
    let right: Vec<_> = ego.nodes.iter().take(shown).skip(1).step_by(2).collect();
    side(app, &geo, &left, true, buf);
    side(app, &geo, &right, false, buf);
    let center = clip(&sanitize(&ego.center), usize::from(col_w));
    Line::from(Span::styled(center, app.theme.selected()))
        .centered()
        .render(Rect::new(geo.center_x, geo.mid, col_w, 1), buf);
    if ego.nodes.len() > shown {
        let more = format!("+{}", ego.nodes.len() - shown);
        let corner = Rect::new(area.x, area.y + area.height - 1, 8, 1);
        Line::from(Span::styled(more, app.theme.dim())).render(corner, buf);
    }
}

type Node = (String, Option<crate::model::Program>, usize);

/// One column of labels with their connectors towards the centre.
fn side(app: &App, geo: &Geometry, items: &[&Node], left: bool, buf: &mut Buffer) {
    let count = u16::try_from(items.len()).unwrap_or(u16::MAX);
    let top = geo.mid.saturating_sub(count / 2).max(geo.area.y);
    let bottom = geo.area.y + geo.area.height;
    for (k, (label, program, weight)) in items.iter().map(|n| (&n.0, n.1, n.2)).enumerate() {
        let y = top + u16::try_from(k).unwrap_or(u16::MAX);
        if y >= bottom {
            break;
        }
        let style = program.map_or(Style::new(), |p| app.theme.program(p));
        let text = clip(
            &format!("({weight}) {}", sanitize(label)),
            usize::from(geo.col_w),
        );
        let text_w = u16::try_from(width(&text)).unwrap_or(0);
        let (x, connector_x) = if left {
            (geo.area.x + geo.col_w - text_w, geo.area.x + geo.col_w)
        } else {
            (geo.center_x + geo.col_w + 2, geo.center_x + geo.col_w)
        };
        Line::from(Span::styled(text, style)).render(Rect::new(x, y, geo.col_w, 1), buf);
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
    let mut lines = vec![Line::from(Span::styled(
        sanitize(&ego.center).into_owned(),
        app.theme.title(),
    ))];
    for (label, program, weight) in &ego.nodes {
        let style = program.map_or(Style::new(), |p| app.theme.program(p));
        lines.push(Line::from(vec![
            Span::raw("- "),
            Span::styled(sanitize(label).into_owned(), style),
            Span::styled(format!(" ({weight})"), app.theme.dim()),
        ]));
    }
    for (i, line) in lines.into_iter().take(usize::from(area.height)).enumerate() {
        line.render(
            Rect::new(
                area.x,
                area.y + u16::try_from(i).unwrap_or(0),
                area.width,
                1,
            ),
            buf,
        );
    }
}
