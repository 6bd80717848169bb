//! The overlap matrix: shared members between the networks in scope, as
//! a heat map, and what the pair under the cursor shares.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::common::{framed, message, paragraph, row, text};
use crate::text::pad_left;
use crate::tui::app::App;
use crate::tui::cells;
use crate::tui::layout::offset;
use crate::tui::overlap::MAX_MATRIX;

/// Cells of one matrix column.
const CELL_W: u16 = 3;

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    let l = app.labels();
    let st = &app.overlap;
    let [top, bottom] =
        Layout::vertical([Constraint::Percentage(62), Constraint::Min(0)]).areas(body);
    let title = format!("{} — {}", l.overlap, super::scope(app));
    let inner = framed(buf, top, app.theme, &title, true);
    if let Some(n) = st.too_many {
        message(inner, buf, &format!("{n} {} {MAX_MATRIX}", l.too_many));
        return;
    }
    if st.networks.len() < 2 {
        message(inner, buf, l.no_overlap);
        return;
    }
    if inner.height < 2 || inner.width < 12 {
        message(inner, buf, l.too_small);
        return;
    }
    let mut inner = inner;
    if inner.height >= 5 {
        // The legend: what the numbers, `-`, `.` and `1` mean, and `o`.
        let legend = app.lang.words().matrix_legend;
        let rows = cells::wrap(&[(legend, ())], usize::from(inner.width)).len();
        let h = u16::try_from(rows)
            .unwrap_or(1)
            .min(inner.height / 4)
            .max(1);
        paragraph(
            Rect {
                y: inner.y + inner.height - h,
                height: h,
                ..inner
            },
            buf,
            &[Line::from(text(legend, app.theme.dim()))],
        );
        inner.height -= h;
    }
    // Names get what the columns leave, at least a third of the width,
    // and no more than the longest name needs.
    let needed = u16::try_from(st.networks.len())
        .unwrap_or(u16::MAX)
        .saturating_mul(CELL_W);
    let longest = u16::try_from(st.label_cells + 1).unwrap_or(u16::MAX);
    let label_w = inner
        .width
        .saturating_sub(needed)
        .max(inner.width / 3)
        .min(longest)
        .min(inner.width.saturating_sub(CELL_W));
    let cols = usize::from(inner.width.saturating_sub(label_w) / CELL_W).max(1);
    let rows = usize::from(inner.height.saturating_sub(1)).max(1);
    let (first_row, first_col) = (offset(st.row, rows), offset(st.col, cols));
    let visible: Vec<usize> = (first_col..st.networks.len()).take(cols).collect();
    // The corner counts the rows; column headers are row numbers.
    Line::from(Span::styled(
        cells::clip(
            &format!("{} ({})", l.networks, st.networks.len()),
            usize::from(label_w.saturating_sub(1)),
        ),
        app.theme.dim(),
    ))
    .render(Rect::new(inner.x, inner.y, label_w, 1), buf);
    for (k, &col) in visible.iter().enumerate() {
        let x = inner.x + label_w + to_u16(k) * CELL_W;
        let style = if col == st.col {
            app.theme.title()
        } else {
            app.theme.dim()
        };
        Line::from(Span::styled(pad_left(&(col + 1).to_string(), 3), style))
            .render(Rect::new(x, inner.y, CELL_W, 1), buf);
    }
    for (k, r) in (first_row..st.networks.len()).take(rows).enumerate() {
        let line = Rect::new(inner.x, inner.y + 1 + to_u16(k), inner.width, 1);
        matrix_row(app, r, &visible, label_w, line, buf);
    }
    pair_detail(app, bottom, buf);
}

fn to_u16(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}

/// One row: the network's number and name, then a heat cell per column.
fn matrix_row(app: &App, r: usize, cols: &[usize], label_w: u16, area: Rect, buf: &mut Buffer) {
    let st = &app.overlap;
    let net = app.ws.network(st.networks[r]);
    let style = if r == st.row {
        app.theme.selected()
    } else {
        app.theme.program(net.program)
    };
    row(
        vec![Span::styled(format!("{:>2} ", r + 1), style)],
        (&net.name, style),
        Vec::new(),
        label_w.saturating_sub(1),
    )
    .render(
        Rect {
            width: label_w,
            ..area
        },
        buf,
    );
    for (k, &col) in cols.iter().enumerate() {
        let x = area.x + label_w + to_u16(k) * CELL_W;
        let shared = st.count(r, col);
        let t = match (r == col, shared) {
            (true, _) => "  -".to_owned(),
            (false, 0) => "  .".to_owned(),
            (false, n) => pad_left(&n.to_string(), 3),
        };
        let style = if r == st.row && col == st.col {
            app.theme.selected()
        } else if r == col {
            app.theme.dim()
        } else {
            app.theme.heat(shared, st.max)
        };
        Line::from(Span::styled(t, style)).render(Rect::new(x, area.y, CELL_W, 1), buf);
    }
}

fn pair_detail(app: &App, area: Rect, buf: &mut Buffer) {
    let l = app.labels();
    let inner = framed(buf, area, app.theme, l.shared, false);
    let Some(p) = &app.overlap.pair else {
        message(inner, buf, l.no_overlap);
        return;
    };
    let title = |n: u32, number: usize| {
        let net = app.ws.network(n);
        vec![
            Span::styled(format!("{number} "), app.theme.dim()),
            text(&net.name, app.theme.program(net.program)),
        ]
    };
    let mut head = title(p.a, p.numbers.0);
    head.push(Span::raw(" × "));
    head.extend(title(p.b, p.numbers.1));
    head.push(Span::styled(
        format!("  Jaccard {:.2}", p.jaccard),
        app.theme.dim(),
    ));
    let mut lines = vec![Line::from(head)];
    let only: Vec<String> = p
        .lines
        .iter()
        .filter(|s| s.only)
        .map(|s| format!("{} {}", app.lang.kind(s.kind), s.text))
        .collect();
    if !only.is_empty() {
        lines.push(Line::from(text(
            &format!("{}: {}", l.brokers, only.join(", ")),
            app.theme.shared(),
        )));
    }
    lines.push(Line::from(Span::raw(format!(
        "{} ({}):",
        l.shared,
        p.lines.len()
    ))));
    let width = usize::from(inner.width);
    let used: usize = lines.iter().map(|x| rows_of(x, width)).sum();
    let mut room = usize::from(inner.height).saturating_sub(used);
    for (i, s) in p.lines.iter().enumerate() {
        let line = Line::from(vec![
            Span::styled(format!("  {} ", app.lang.kind(s.kind)), app.theme.dim()),
            text(&s.text, Style::new()),
        ]);
        let rows = rows_of(&line, width);
        let left = p.lines.len() - i;
        // Keep a row to say how many did not fit.
        if rows > room || (left > 1 && rows + 1 > room) {
            lines.push(Line::from(Span::styled(
                format!("  … {} {left}", app.lang.words().more),
                app.theme.dim(),
            )));
            break;
        }
        room -= rows;
        lines.push(line);
    }
    paragraph(inner, buf, &lines);
}

/// Rows `line` takes wrapped to `width`.
fn rows_of(line: &Line<'_>, width: usize) -> usize {
    let parts: Vec<(&str, ())> = line
        .spans
        .iter()
        .map(|s| (s.content.as_ref(), ()))
        .collect();
    cells::wrap(&parts, width).len().max(1)
}
