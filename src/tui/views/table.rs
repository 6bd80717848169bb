//! The program table: a header saying which program columns are on
//! screen, as many columns as fit side by side (each a box headed by its
//! program), the selected member across the table, and a legend. Only
//! lookups and clipping happen here; the lines come from `TableState`.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use super::common::{message, row};
use crate::identity::EntityId;
use crate::tui::app::App;
use crate::tui::cells;
use crate::tui::layout::offset;
use crate::tui::table::{LineKind, TableColumn, TableLine, columns_fit, words};

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    let st = &app.table;
    let w = words(app.lang);
    if body.height < 6 || body.width < 12 {
        message(body, buf, app.labels().too_small);
        return;
    }
    let [head, boxes, selected, legend] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(body);
    let n = st.columns.len();
    let fit = columns_fit(body.width, n);
    let first = offset(st.col, fit).min(n.saturating_sub(fit));
    header(app, head, buf, first, fit);
    if n == 0 {
        message(boxes, buf, w.empty);
    } else {
        let areas = Layout::horizontal(vec![Constraint::Ratio(1, to_u32(fit)); fit]).split(boxes);
        for (k, area) in areas.iter().enumerate() {
            if let Some(col) = st.columns.get(first + k) {
                column(app, first + k, col, *area, buf);
            }
        }
    }
    selection(app, selected, buf);
    let room = usize::from(legend.width);
    let text = if cells::width(w.legend) + 3 + cells::width(w.keys) <= room {
        format!("{}   {}", w.legend, w.keys)
    } else {
        w.legend.to_owned()
    };
    Line::from(Span::styled(cells::clip(&text, room), app.theme.dim())).render(legend, buf);
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// `プログラム表 — 高知県 · 列 1–2 / 3`.
fn header(app: &App, area: Rect, buf: &mut Buffer, first: usize, fit: usize) {
    let (st, w, l) = (&app.table, words(app.lang), app.labels());
    let scope = if st.marked > 0 {
        format!("{} {}", l.marked, st.marked)
    } else {
        super::scope(app)
    };
    let n = st.columns.len();
    let shown = fit.min(n);
    let which = match shown {
        0 => String::new(),
        1 => format!(" · {} {} / {n}", w.columns, first + 1),
        _ => format!(" · {} {}–{} / {n}", w.columns, first + 1, first + shown),
    };
    let text = format!("{} — {scope} · {} {}{which}", w.title, st.shown, w.networks);
    Line::from(Span::styled(
        cells::clip(&text, usize::from(area.width)),
        app.theme.title(),
    ))
    .render(area, buf);
}

/// One program's box: its networks and members from the row that keeps
/// the cursor (or, in another column, the cursor's entity) in sight.
fn column(app: &App, index: usize, col: &TableColumn, area: Rect, buf: &mut Buffer) {
    let st = &app.table;
    let focused = index == st.col;
    let program = app.theme.program(col.program);
    let height = usize::from(area.height.saturating_sub(2));
    let anchor = if focused {
        st.cursor_line()
    } else {
        st.lit.get(index).copied().flatten()
    };
    let top = anchor.map_or(0, |a| offset(a, height));
    // Which lines are shown, when not all: in the title, as the bottom
    // edge stays a plain line.
    let range = if col.lines.len() > height {
        format!(
            " · {}–{}/{}",
            top + 1,
            (top + height).min(col.lines.len()),
            col.lines.len()
        )
    } else {
        String::new()
    };
    let title = format!(
        " {} ({}){range} ",
        app.lang.program(col.program),
        col.networks
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(
            cells::clip(&title, usize::from(area.width.saturating_sub(2))),
            program.patch(app.theme.title()),
        ))
        .border_style(if focused {
            app.theme.focus_border()
        } else {
            program
        });
    let inner = block.inner(area);
    block.render(area, buf);
    let cursor = focused.then(|| st.cursor_line()).flatten();
    let lit = st.entity();
    for (k, i) in (top..col.lines.len()).take(height).enumerate() {
        let y = inner.y + u16::try_from(k).unwrap_or(0);
        let rect = Rect::new(inner.x, y, inner.width, 1);
        line(app, &col.lines[i], Some(i) == cursor, lit, inner.width).render(rect, buf);
        if Some(i) == cursor {
            buf.set_style(rect, app.theme.selected());
        }
    }
}

/// One line: network names in their program's colour, plans and years
/// dim, members with their marker kept whole and their name cut.
fn line(
    app: &App,
    l: &TableLine,
    cursor: bool,
    lit: Option<EntityId>,
    width: u16,
) -> Line<'static> {
    let theme = app.theme;
    match l.kind {
        LineKind::Network => row(
            Vec::new(),
            (
                &l.text,
                theme
                    .title()
                    .patch(theme.program(app.ws.network(l.network).program)),
            ),
            Vec::new(),
            width,
        ),
        LineKind::Meta => row(
            vec![Span::raw("  ")],
            (&l.text, theme.dim()),
            Vec::new(),
            width,
        ),
        LineKind::Sector => row(
            vec![Span::raw(" ")],
            (&l.text, theme.title()),
            Vec::new(),
            width,
        ),
        LineKind::Blank => Line::default(),
        LineKind::Member => {
            let same = l.entity.is_some() && l.entity == lit;
            let style = if same && !cursor {
                theme.highlight()
            } else if l.count >= 2 {
                theme.shared()
            } else {
                Style::new()
            };
            let pointer = if same { ">" } else { " " };
            row(
                vec![
                    Span::styled(pointer, style),
                    Span::styled(l.marker.clone(), style),
                ],
                (&l.text, style),
                Vec::new(),
                width,
            )
        }
    }
}

/// The member under the cursor in full, and the columns it sits in.
fn selection(app: &App, area: Rect, buf: &mut Buffer) {
    let st = &app.table;
    let Some(current) = st.current() else {
        return;
    };
    let programs: Vec<&str> = st
        .lit
        .iter()
        .zip(&st.columns)
        .filter(|(lit, _)| lit.is_some())
        .map(|(_, c)| app.lang.program(c.program))
        .collect();
    let suffix = format!(
        "  {} {} · {}",
        words(app.lang).networks,
        current.count,
        programs.join(" · ")
    );
    row(
        vec![Span::styled("> ", app.theme.highlight())],
        (&current.text, app.theme.title()),
        vec![Span::styled(suffix, app.theme.dim())],
        area.width,
    )
    .render(area, buf);
}
