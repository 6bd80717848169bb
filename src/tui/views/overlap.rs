//! The overlap matrix, the keypersons ranking and the ego graph.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::browse::{kind_label, program_label};
use super::{block, message};
use crate::text::{pad_left, sanitize, width};
use crate::tui::action::View;
use crate::tui::app::App;
use crate::tui::layout::offset;

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    match app.view {
        View::Overlap => matrix(app, body, buf),
        View::Keypersons => keypersons(app, body, buf),
        _ => super::graph::render(app, body, buf),
    }
}

/// Truncates to `cells` terminal cells without splitting a character.
pub fn clip(s: &str, cells: usize) -> String {
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = width(c.encode_utf8(&mut [0; 4]));
        if w + cw > cells {
            break;
        }
        w += cw;
        out.push(c);
    }
    out
}

/// Cells of the matrix grid: label column width and cell width.
const LABEL_W: u16 = 18;
const CELL_W: u16 = 3;

fn matrix(app: &App, body: Rect, buf: &mut Buffer) {
    let labels = app.labels();
    let [top, bottom] =
        Layout::vertical([Constraint::Percentage(62), Constraint::Min(0)]).areas(body);
    let frame = block(app, labels.overlap, true);
    let inner = frame.inner(top);
    frame.render(top, buf);
    if let Some(n) = app.overlap.too_many {
        let text = if app.lang == crate::tui::labels::Lang::Ja {
            format!(
                "{n} 件は多すぎます。都道府県か絞り込み (p y) を選んでください (最大 {})",
                crate::tui::overlap::MAX_MATRIX
            )
        } else {
            format!(
                "{n} networks are too many to compare; choose a prefecture or a filter (p y), at most {}",
                crate::tui::overlap::MAX_MATRIX
            )
        };
        message(inner, buf, &text);
        return;
    }
    if app.overlap.networks.len() < 2 {
        message(inner, buf, labels.no_overlap);
        return;
    }
    if inner.height < 2 || inner.width < 12 {
        message(inner, buf, labels.too_small);
        return;
    }
    // Names get what the cells leave, between 18 and 40 cells.
    let needed = u16::try_from(app.overlap.networks.len())
        .unwrap_or(u16::MAX)
        .saturating_mul(CELL_W);
    let label_w = inner
        .width
        .saturating_sub(needed)
        .clamp(LABEL_W, 40)
        .min(inner.width / 2);
    let cols = usize::from(inner.width.saturating_sub(label_w) / CELL_W).max(1);
    let rows = usize::from(inner.height.saturating_sub(1)).max(1);
    let first_row = offset(app.cursor.row, rows);
    let first_col = offset(app.cursor.col, cols);
    let visible_cols: Vec<usize> = (first_col..app.overlap.networks.len()).take(cols).collect();
    // Column headers are row numbers, so every column maps to a named row.
    for (k, &col) in visible_cols.iter().enumerate() {
        let x = inner.x + label_w + to_u16(k) * CELL_W;
        let style = if col == app.cursor.col {
            app.theme.title()
        } else {
            app.theme.dim()
        };
        let text = pad_left(&(col + 1).to_string(), 3);
        Line::from(Span::styled(text, style)).render(Rect::new(x, inner.y, CELL_W, 1), buf);
    }
    for (k, row) in (first_row..app.overlap.networks.len())
        .take(rows)
        .enumerate()
    {
        let line = Rect::new(inner.x, inner.y + 1 + to_u16(k), inner.width, 1);
        matrix_row(app, row, &visible_cols, label_w, line, buf);
    }
    pair_detail(app, bottom, buf);
}

fn to_u16(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}

/// One row: the network's number and name, then a heat cell per column.
fn matrix_row(app: &App, row: usize, cols: &[usize], label_w: u16, area: Rect, buf: &mut Buffer) {
    let st = &app.overlap;
    let net = app.data.network(st.networks[row]);
    let name = clip(
        &format!("{:>2} {}", row + 1, sanitize(&net.name)),
        usize::from(label_w) - 1,
    );
    let style = if row == app.cursor.row {
        app.theme.selected()
    } else {
        app.theme.program(net.program)
    };
    Line::from(Span::styled(name, style)).render(
        Rect {
            width: label_w,
            ..area
        },
        buf,
    );
    for (k, &col) in cols.iter().enumerate() {
        let x = area.x + label_w + to_u16(k) * CELL_W;
        let shared = st.count(row, col);
        let text = match (row == col, shared) {
            (true, _) => "  -".to_owned(),
            (false, 0) => "  .".to_owned(),
            (false, n) => pad_left(&n.to_string(), 3),
        };
        let style = if row == app.cursor.row && col == app.cursor.col {
            app.theme.selected()
        } else if row == col {
            app.theme.dim()
        } else {
            app.theme.heat(shared, st.max)
        };
        Line::from(Span::styled(text, style)).render(Rect::new(x, area.y, CELL_W, 1), buf);
    }
}

fn pair_detail(app: &App, area: Rect, buf: &mut Buffer) {
    let l = app.labels();
    let b = block(app, l.shared, false);
    let inner = b.inner(area);
    b.render(area, buf);
    let Some(p) = &app.overlap.pair else {
        message(inner, buf, l.no_overlap);
        return;
    };
    let r = &app.data.resolved;
    let via = |e: crate::identity::EntityId| -> String {
        let ent = r.entity(e);
        let through: Vec<&str> = [p.a, p.b]
            .iter()
            .filter_map(|&n| ent.presence_in(n))
            .filter(|pr| !pr.direct)
            .flat_map(|pr| pr.via.iter().map(|v| r.entity(*v).name.as_str()))
            .collect();
        if through.is_empty() {
            String::new()
        } else {
            format!(" ({} {})", l.present_via, through.join(", "))
        }
    };
    let names = |ids: &[crate::identity::EntityId]| -> String {
        ids.iter()
            .map(|e| {
                format!(
                    "{} {}{}",
                    kind_label(app, r.entity(*e).kind),
                    r.entity(*e).name,
                    via(*e)
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let title = |n: u32| {
        let net = app.data.network(n);
        Span::styled(
            sanitize(&net.name).into_owned(),
            app.theme.program(net.program),
        )
    };
    let mut lines = vec![Line::from(vec![
        title(p.a),
        Span::raw(" × "),
        title(p.b),
        Span::styled(format!("  Jaccard {:.2}", p.jaccard), app.theme.dim()),
    ])];
    lines.push(Line::from(format!(
        "{} ({}): {}",
        l.shared,
        p.shared.len(),
        sanitize(&names(&p.shared))
    )));
    if !p.brokers.is_empty() {
        lines.push(Line::from(Span::styled(
            format!("{}: {}", l.brokers, sanitize(&names(&p.brokers))),
            app.theme.shared(),
        )));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(inner, buf);
}

fn keypersons(app: &App, body: Rect, buf: &mut Buffer) {
    let l = app.labels();
    let kind = app
        .overlap
        .kind
        .map_or(l.keypersons, |k| kind_label(app, k));
    let b = block(app, kind, true);
    let inner = b.inner(body);
    b.render(body, buf);
    let list = &app.overlap.keypersons;
    if list.is_empty() {
        message(inner, buf, l.no_data);
        return;
    }
    let row = |i: usize| keyperson_row(app, i, &list[i]);
    super::browse::list(
        app,
        inner,
        buf,
        list.len(),
        app.cursor.keypersons,
        true,
        &row,
    );
}

/// Rank, a star for cross-program bridges, name, networks, betweenness and
/// the programs it spans.
fn keyperson_row(app: &App, i: usize, k: &crate::tui::overlap::KeyRow) -> Line<'static> {
    let l = app.labels();
    let e = app.data.resolved.entity(k.entity);
    let cross = k.programs.len() > 1;
    let name_style = if cross {
        app.theme.shared()
    } else {
        Style::new()
    };
    let stats = format!(
        "  {} {} · {:.3}  ",
        l.networks,
        k.networks.len(),
        k.betweenness
    );
    let mut spans = vec![
        Span::styled(format!("{:>3} ", i + 1), app.theme.dim()),
        Span::styled(if cross { "* " } else { "  " }, app.theme.shared()),
        Span::styled(sanitize(&e.name).into_owned(), name_style),
        Span::styled(stats, app.theme.dim()),
    ];
    for p in &k.programs {
        spans.push(Span::styled(
            format!("{} ", program_label(app, *p)),
            app.theme.program(*p),
        ));
    }
    Line::from(spans)
}
