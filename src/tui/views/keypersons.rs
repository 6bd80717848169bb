//! The keypersons ranking: who bridges the networks in scope, with a
//! legend for the star and the betweenness figure.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::common::{framed, list, row};
use crate::tui::app::App;
use crate::tui::cells;
use crate::tui::overlap::KeyRow;

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    let l = app.labels();
    let kind = app.overlap.kind.map_or(l.keypersons, |k| app.lang.kind(k));
    let title = format!("{kind} — {}", super::scope(app));
    let mut inner = framed(buf, body, app.theme, &title, true);
    if inner.height > 2 {
        // The legend: what `*` and the figure mean.
        Line::from(Span::styled(
            cells::clip(l.keypersons_legend, usize::from(inner.width)),
            app.theme.dim(),
        ))
        .render(Rect { height: 1, ..inner }, buf);
        inner.y += 1;
        inner.height -= 1;
    }
    let rows = &app.overlap.keypersons;
    let draw = |i: usize, w: u16| keyperson_row(app, i, &rows[i], w);
    list(
        inner,
        buf,
        app.theme,
        l.no_data,
        rows.len(),
        app.overlap.key_cursor,
        true,
        &draw,
    );
}

/// Rank, a star for cross-program bridges, name (cut), then the networks
/// count, betweenness and programs, which are kept.
fn keyperson_row(app: &App, i: usize, k: &KeyRow, width: u16) -> Line<'static> {
    let l = app.labels();
    let e = app.ws.resolved.entity(k.entity);
    let cross = k.programs.len() > 1;
    let name_style = if cross {
        app.theme.shared()
    } else {
        Style::new()
    };
    let mut suffix = vec![Span::styled(
        format!(
            "  {} {} · {:.3} ",
            l.networks,
            k.networks.len(),
            k.betweenness
        ),
        app.theme.dim(),
    )];
    for p in &k.programs {
        suffix.push(Span::styled(
            format!("{} ", app.lang.program(*p)),
            app.theme.program(*p),
        ));
    }
    row(
        vec![
            Span::styled(format!("{:>3} ", i + 1), app.theme.dim()),
            Span::styled(if cross { "* " } else { "  " }, app.theme.shared()),
        ],
        (&e.name, name_style),
        suffix,
        width,
    )
}
