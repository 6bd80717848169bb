//! Drawing helpers every view shares: framed boxes, lists, messages and
//! rows whose name is cut (with `…`) so their markers stay. All text goes
//! through [`crate::tui::cells`].

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use crate::tui::cells;
use crate::tui::labels::Lang;
use crate::tui::layout;
use crate::tui::theme::Theme;
use crate::workspace::Workspace;

/// Draws a bordered box titled `title` (cut to fit) and returns its
/// inside.
pub fn framed(buf: &mut Buffer, area: Rect, theme: Theme, title: &str, focused: bool) -> Rect {
    let room = usize::from(area.width.saturating_sub(4));
    let title = cells::clip(title, room.saturating_sub(2));
    let mut b = Block::default().borders(Borders::ALL);
    if !title.is_empty() {
        b = b.title(Span::styled(format!(" {title} "), theme.title()));
    }
    if focused {
        b = b.border_style(theme.focus_border());
    }
    let inner = b.inner(area);
    b.render(area, buf);
    inner
}

/// Text inside `area`, wrapped, cleaned.
pub fn message(area: Rect, buf: &mut Buffer, text: &str) {
    paragraph(area, buf, &[Line::from(text.to_owned())]);
}

/// Lines inside `area`, each wrapped to its width by [`cells::wrap`];
/// what does not fit below is left out.
pub fn paragraph(area: Rect, buf: &mut Buffer, lines: &[Line<'static>]) {
    let mut y = area.y;
    for line in lines {
        let parts: Vec<(&str, Style)> = line
            .spans
            .iter()
            .map(|s| (s.content.as_ref(), line.style.patch(s.style)))
            .collect();
        let rows = cells::wrap(&parts, usize::from(area.width));
        // An empty line still takes its row.
        let rows = if rows.is_empty() {
            vec![Vec::new()]
        } else {
            rows
        };
        for r in rows {
            if y >= area.y + area.height {
                return;
            }
            let spans: Vec<Span<'static>> =
                r.into_iter().map(|(t, s)| Span::styled(t, s)).collect();
            Line::from(spans).render(Rect::new(area.x, y, area.width, 1), buf);
            y += 1;
        }
    }
}

/// One row: `prefix` and `suffix` spans kept whole, `name` cut to what
/// they leave of `width`.
#[must_use]
pub fn row(
    prefix: Vec<Span<'static>>,
    name: (&str, Style),
    suffix: Vec<Span<'static>>,
    width: u16,
) -> Line<'static> {
    let w = |spans: &[Span<'static>]| {
        spans
            .iter()
            .map(|s| cells::width(&s.content))
            .sum::<usize>()
    };
    let (pw, sw) = (w(&prefix), w(&suffix));
    let room = usize::from(width).saturating_sub(pw + sw);
    let mut spans = prefix;
    spans.push(Span::styled(cells::clip(name.0, room), name.1));
    spans.extend(suffix);
    Line::from(spans)
}

/// A span of cleaned text.
#[must_use]
pub fn text(s: &str, style: Style) -> Span<'static> {
    Span::styled(cells::clean(s).into_owned(), style)
}

/// Draws the visible rows of a `len`-row list, the cursor's row
/// highlighted and kept in sight. Rows are built on demand for the width
/// they get, so a list of 200,000 costs only the rows on screen.
#[allow(clippy::too_many_arguments)]
pub fn list(
    area: Rect,
    buf: &mut Buffer,
    theme: Theme,
    empty: &str,
    len: usize,
    cursor: usize,
    focused: bool,
    row: &dyn Fn(usize, u16) -> Line<'static>,
) {
    if len == 0 {
        message(area, buf, empty);
        return;
    }
    let height = usize::from(area.height);
    let first = layout::offset(cursor, height);
    for i in (first..len).take(height) {
        let y = area.y + u16::try_from(i - first).unwrap_or(0);
        let line_area = Rect::new(area.x, y, area.width, 1);
        row(i, area.width).render(line_area, buf);
        if i == cursor {
            buf.set_style(
                line_area,
                if focused {
                    theme.selected()
                } else {
                    theme.title()
                },
            );
        }
    }
}

/// A network's program tag and name, the name cut to leave `suffix`.
#[must_use]
pub fn network_row(
    ws: &Workspace,
    lang: Lang,
    theme: Theme,
    n: u32,
    prefix: Vec<Span<'static>>,
    suffix: Vec<Span<'static>>,
    width: u16,
) -> Line<'static> {
    let net = ws.network(n);
    let mut pre = prefix;
    pre.push(Span::styled(
        format!("{} ", lang.program(net.program)),
        theme.program(net.program),
    ));
    row(pre, (&net.name, Style::new()), suffix, width)
}
