//! Drawing: the whole screen as a widget over an `&App`. Nothing here
//! changes state; everything drawn was prepared by `App::update`.

mod browse;
mod detail;
mod graph;
mod overlap;
mod overlay;
mod problems;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use super::action::{Mode, View};
use super::app::App;
use super::layout;
use crate::text::sanitize;

/// The whole screen.
pub struct Screen<'a>(pub &'a App);

impl Widget for &Screen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.0;
        let f = layout::frame(area);
        tabs(app, f.tabs, buf);
        match app.view {
            View::Browse => browse::render(app, f.body, buf),
            View::Problems => problems::render(app, f.body, buf),
            View::Overlap | View::Keypersons | View::Graph => {
                overlap::render(app, f.body, buf);
            }
        }
        status(app, f.status, buf);
        match app.mode {
            Mode::Search => overlay::search(app, area, buf),
            Mode::Help => overlay::help(app, area, buf),
            Mode::Export | Mode::Confirm => overlay::export(app, area, buf),
            Mode::Normal => {}
        }
    }
}

fn tabs(app: &App, area: Rect, buf: &mut Buffer) {
    let l = app.labels();
    // "(3…)": three so far, suggestions still being computed.
    let (problems, more) = crate::tui::problems::count(app);
    let more = if more { "…" } else { "" };
    let names = [
        l.browse.to_owned(),
        l.overlap.to_owned(),
        l.keypersons.to_owned(),
        l.graph.to_owned(),
        format!("{} ({problems}{more})", l.problems),
    ];
    let mut spans = vec![Span::styled(" renkei ", app.theme.title())];
    for (i, (name, view)) in names.iter().zip(View::ALL).enumerate() {
        let text = format!(" {} {name} ", i + 1);
        let style = if view == app.view {
            app.theme.selected()
        } else {
            app.theme.dim()
        };
        spans.push(Span::styled(text, style));
    }
    Line::from(spans).render(area, buf);
}

/// Filters, marks and the last message; the help hint on the right.
fn status(app: &App, area: Rect, buf: &mut Buffer) {
    let l = app.labels();
    let f = app.filters;
    let mut parts = Vec::new();
    if let Some(p) = f.program {
        let label = if app.lang == super::labels::Lang::Ja {
            p.label_ja()
        } else {
            p.label_en()
        };
        parts.push(format!("{}={label}", l.program));
    }
    if let Some(s) = f.sector {
        parts.push(format!(
            "{}={}",
            l.sector,
            if app.lang == super::labels::Lang::Ja {
                s.label_ja()
            } else {
                s.id()
            }
        ));
    }
    if let Some(y) = f.year {
        parts.push(format!("{}={y}", l.year));
    }
    let filters = if parts.is_empty() {
        l.none.to_owned()
    } else {
        parts.join(" ")
    };
    let mut spans = vec![Span::raw(format!("{}: {filters}", l.filter))];
    if !app.marks.is_empty() {
        spans.push(Span::styled(
            format!("  {}: {}", l.marked, app.marks.len()),
            app.theme.mark(),
        ));
    }
    // The problems view says it in its list; elsewhere the tab's "…"
    // needs this to be understood.
    if app.data.suggestions.is_pending() && app.view != View::Problems {
        spans.push(Span::styled(
            format!("  {}", l.suggestions_pending),
            app.theme.dim(),
        ));
    }
    if let Some(s) = &app.status {
        let style = if s.error {
            app.theme.error()
        } else {
            app.theme.title()
        };
        spans.push(Span::styled(format!("  {}", sanitize(&s.text)), style));
    }
    let hint = l.help_hint;
    let hint_w = u16::try_from(crate::text::width(hint)).unwrap_or(0);
    Line::from(spans).render(area, buf);
    if area.width > hint_w + 40 {
        let x = area.x + area.width - hint_w;
        Line::from(Span::styled(hint, app.theme.dim()))
            .render(Rect::new(x, area.y, hint_w, 1), buf);
    }
}

/// A bordered block, highlighted when it has the focus.
fn block<'a>(app: &App, title: &'a str, focused: bool) -> Block<'a> {
    let b = Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {title} "), app.theme.title()));
    if focused {
        b.border_style(app.theme.focus_border())
    } else {
        b
    }
}

/// A centred message for empty panes and tiny terminals.
fn message(area: Rect, buf: &mut Buffer, text: &str) {
    Paragraph::new(text.to_owned()).render(area, buf);
}
