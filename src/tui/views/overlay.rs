//! Pop-ups over the current view: search, help (generated from the
//! keymap table) and the export dialog.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use super::common::{framed, list, paragraph, row, text};
use crate::search::Target;
use crate::tui::action::Mode;
use crate::tui::app::App;
use crate::tui::cells;
use crate::tui::keymap::help_rows;

/// A centred rectangle of at most `w`×`h` cells, cleared.
fn popup(area: Rect, buf: &mut Buffer, w: u16, h: u16) -> Rect {
    let [v] = Layout::vertical([Constraint::Length(h.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [r] = Layout::horizontal([Constraint::Length(w.min(area.width))])
        .flex(Flex::Center)
        .areas(v);
    Clear.render(r, buf);
    // A wide character just left of the pop-up would be cut in half by its
    // border; blank it so no half glyph is left on screen.
    if r.x > area.x {
        for y in r.y..r.y + r.height {
            if let Some(cell) = buf.cell_mut((r.x - 1, y))
                && cells::width(cell.symbol()) > 1
            {
                cell.set_symbol(" ");
            }
        }
    }
    r
}

pub fn search(app: &App, area: Rect, buf: &mut Buffer) {
    let rect = popup(area, buf, 70, 20);
    let inner = framed(buf, rect, app.theme, app.labels().search, true);
    if inner.height == 0 {
        return;
    }
    let s = &app.search;
    row(
        vec![Span::styled("/ ", app.theme.title())],
        (&s.query, Style::new()),
        vec![Span::styled("_", app.theme.dim())],
        inner.width,
    )
    .render(Rect { height: 1, ..inner }, buf);
    let below = Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    };
    let hits = s.hits();
    if hits.is_empty() {
        return;
    }
    let draw = |i: usize, w: u16| hit_line(app, &hits[i], w);
    list(below, buf, app.theme, "", hits.len(), s.cursor, true, &draw);
}

/// A hit: kind, then the label with the matched characters highlighted,
/// then (dim) what tells it apart: organisation and title, prefecture and
/// sector; all cut to the width.
fn hit_line(app: &App, h: &crate::search::Hit, width: u16) -> Line<'static> {
    let kind = match h.target {
        Target::Network(n) => app.lang.program(app.ws.network(n).program),
        Target::Entity(e) => app.lang.kind(app.ws.resolved.entity(e).kind),
    };
    let mut spans = vec![Span::styled(format!("{kind} "), app.theme.dim())];
    let mut room = usize::from(width).saturating_sub(cells::width(kind) + 1);
    let total = cells::width(&h.label);
    for (i, c) in h.label.chars().enumerate() {
        let piece = cells::clean(c.encode_utf8(&mut [0; 4])).into_owned();
        let w = cells::width(&piece);
        // Keep one cell for the ellipsis when the label does not fit.
        if w + usize::from(total > room) > room {
            spans.push(Span::raw(cells::ELLIPSIS));
            return Line::from(spans);
        }
        room -= w;
        let style = if h.highlight.contains(&i) {
            app.theme.highlight()
        } else {
            Style::new()
        };
        spans.push(Span::styled(piece, style));
    }
    let detail = detail_text(app, &h.detail);
    if !detail.is_empty() && room > 3 {
        spans.push(Span::styled(
            cells::clip(&format!("  {detail}"), room),
            app.theme.dim(),
        ));
    }
    Line::from(spans)
}

/// A hit's detail as one short text: 高知大学 教授, 高知県 · 学.
fn detail_text(app: &App, d: &crate::search::Detail) -> String {
    let parts: Vec<&str> = [
        d.org.as_deref(),
        d.title.as_deref(),
        d.prefecture,
        d.sector.map(|s| app.lang.sector_tag(s)),
    ]
    .into_iter()
    .flatten()
    .collect();
    cells::clean(&parts.join(" · ")).into_owned()
}

/// Widest the help's key column gets; longer key lists wrap under it.
const KEY_COLUMN: usize = 24;

pub fn help(app: &App, area: Rect, buf: &mut Buffer) {
    let lines = help_lines(app, usize::from(area.width.min(80)).saturating_sub(2));
    let widest = lines.iter().map(Line::width).max().unwrap_or(0);
    let w = u16::try_from(widest + 2).unwrap_or(u16::MAX).min(80);
    let h = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let rect = popup(area, buf, w, h);
    let inner = framed(buf, rect, app.theme, app.labels().help, true);
    for (k, line) in lines
        .into_iter()
        .take(usize::from(inner.height))
        .enumerate()
    {
        let y = inner.y + u16::try_from(k).unwrap_or(0);
        let mut spans = line.spans;
        let last = spans.pop().unwrap_or_default();
        row(spans, (&last.content, last.style), Vec::new(), inner.width)
            .render(Rect::new(inner.x, y, inner.width, 1), buf);
    }
}

/// The help's lines for a box `room` cells wide: each topic of the
/// keymap table with its keys (wrapped within [`KEY_COLUMN`]), then the
/// dialog keys and the legend, legend items sharing a line when they fit.
fn help_lines(app: &App, room: usize) -> Vec<Line<'static>> {
    let l = app.labels();
    let rows = help_rows();
    let key_w = rows
        .iter()
        .map(|(_, k)| cells::width(k))
        .max()
        .unwrap_or(0)
        .min(KEY_COLUMN)
        + 2;
    let mut lines = Vec::new();
    for (topic, keys) in &rows {
        let mut chunks = wrap_words(keys, key_w - 2).into_iter();
        let first = chunks.next().unwrap_or_default();
        lines.push(Line::from(vec![
            Span::styled(cells::fit(&first, key_w), app.theme.title()),
            text(l.topic(*topic), Style::new()),
        ]));
        for more in chunks {
            lines.push(Line::from(vec![
                Span::styled(cells::fit(&more, key_w), app.theme.title()),
                Span::raw(""),
            ]));
        }
    }
    lines.push(Line::from(text(l.keys_in_dialogs, app.theme.dim())));
    let mut legend = String::new();
    for item in l.legend_rows {
        if !legend.is_empty() && cells::width(&legend) + 3 + cells::width(item) > room {
            lines.push(Line::from(text(&legend, app.theme.dim())));
            legend.clear();
        }
        if !legend.is_empty() {
            legend.push_str("   ");
        }
        legend.push_str(item);
    }
    lines.push(Line::from(text(&legend, app.theme.dim())));
    lines
}

/// `s`'s space-separated words in lines of at most `width` cells.
fn wrap_words(s: &str, width: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in s.split(' ') {
        match out.last_mut() {
            Some(line) if cells::width(line) + 1 + cells::width(word) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => out.push(word.to_owned()),
        }
    }
    out
}

pub fn export(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(d) = &app.export else { return };
    let l = app.labels();
    let rect = popup(area, buf, 64, 7);
    let inner = framed(buf, rect, app.theme, l.export_title, true);
    let format = match d.format {
        crate::export::ContactFormat::Csv => "CSV (Excel, UTF-8 BOM)",
        crate::export::ContactFormat::Vcard => "vCard 3.0",
        crate::export::ContactFormat::Markdown => "Markdown",
        crate::export::ContactFormat::Xlsx => "Excel (.xlsx)",
    };
    let mut lines = vec![
        Line::from(format!("{}: {}", l.marked, d.networks.len())),
        Line::from(vec![
            Span::raw(format!("{}: ", l.export_file)),
            text(&d.file, app.theme.title()),
            Span::styled("_", app.theme.dim()),
        ]),
        Line::from(format!("{}: {format}  (Tab)", l.export_format)),
    ];
    if app.mode == Mode::Confirm {
        lines.push(Line::from(text(
            &format!("{} {}", d.file, l.export_overwrite),
            app.theme.error(),
        )));
    } else {
        lines.push(Line::from(Span::styled("Enter / Esc", app.theme.dim())));
    }
    paragraph(inner, buf, &lines);
}
