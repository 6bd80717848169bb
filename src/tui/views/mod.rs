//! Drawing: the whole screen as a widget over an `&App`. Nothing here
//! changes state or computes more than a lookup; everything drawn was
//! prepared by `App::update`. One file per view, helpers in `common`.

mod browse;
mod common;
mod detail;
mod graph;
mod keypersons;
mod matrix;
mod overlay;
mod problems;
mod table;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Gauge, Widget};

pub use self::problems::diagnostic_text;
use super::action::{Mode, View};
use super::app::App;
use super::cells;
use super::layout;

/// The whole screen.
pub struct Screen<'a>(pub &'a App);

impl Widget for &Screen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.0;
        let f = layout::frame(area);
        tabs(app, f.tabs, buf);
        match app.view {
            View::Browse => browse::render(app, f.body, buf),
            View::Overlap => matrix::render(app, f.body, buf),
            View::Keypersons => keypersons::render(app, f.body, buf),
            View::Graph => graph::render(app, f.body, buf),
            View::Problems => problems::render(app, f.body, buf),
            View::Table => table::render(app, f.body, buf),
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

/// What views 2–4 are about: the prefecture (or all Japan) and the
/// filters, for their titles.
#[must_use]
pub fn scope(app: &App) -> String {
    let l = app.labels();
    let place = app.browse.prefecture().map_or(l.scope_all, |p| p.name());
    let filters = filter_words(app);
    if filters.is_empty() {
        place.to_owned()
    } else {
        format!("{place} · {}", filters.join(" "))
    }
}

fn filter_words(app: &App) -> Vec<String> {
    let (l, f) = (app.labels(), app.filters);
    let mut parts = Vec::new();
    if let Some(p) = f.program {
        parts.push(format!("{}={}", l.program, app.lang.program(p)));
    }
    if let Some(s) = f.sector {
        parts.push(format!("{}={}", l.sector, app.lang.sector(s)));
    }
    if let Some(y) = f.year {
        parts.push(format!("{}={y}", l.year));
    }
    parts
}

fn tabs(app: &App, area: Rect, buf: &mut Buffer) {
    let l = app.labels();
    // "(3…)": three so far, suggestions still being computed.
    let (problems, more) = app.problems.count(&app.suggestions);
    let more = if more { "…" } else { "" };
    let names = [
        l.browse.to_owned(),
        crate::tui::table::words(app.lang).tab.to_owned(),
        l.overlap.to_owned(),
        l.keypersons.to_owned(),
        l.graph.to_owned(),
        format!("{} ({problems}{more})", l.problems),
    ];
    let mut spans = vec![Span::styled(" renkei ", app.theme.title())];
    for (i, (name, view)) in names.iter().zip(View::ALL).enumerate() {
        let style = if view == app.view {
            app.theme.selected()
        } else {
            app.theme.dim()
        };
        spans.push(Span::styled(format!(" {} {name} ", i + 1), style));
    }
    Line::from(spans).render(area, buf);
}

/// The prefecture and filters, marks and the last message, a reload's
/// progress; the help hint on the right when there is room.
fn status(app: &App, area: Rect, buf: &mut Buffer) {
    let l = app.labels();
    let place = app.browse.prefecture().map_or(l.all, |p| p.name());
    let filters = filter_words(app);
    let filters = if filters.is_empty() {
        l.none.to_owned()
    } else {
        filters.join(" ")
    };
    let mut spans = vec![Span::raw(format!("{place} · {}: {filters}", l.filter))];
    if !app.browse.marks.is_empty() {
        spans.push(Span::styled(
            format!("  {}: {}", l.marked, app.browse.marks.len()),
            app.theme.mark(),
        ));
    }
    // The problems view says it in its list; elsewhere the tab's "…"
    // needs this to be understood.
    if app.suggestions.is_pending() && app.view != View::Problems && app.reloading.is_none() {
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
        spans.push(Span::styled(format!("  {}", cells::clean(&s.text)), style));
    }
    let hint = l.help_hint;
    let hint_w = u16::try_from(cells::width(hint)).unwrap_or(0);
    let mut text_area = area;
    if let Some(r) = &app.reloading {
        // The bar takes the right third, the words stay readable.
        let bar_w = (area.width / 3).max(10).min(area.width);
        let (done, total, _) = r.state();
        let bar = Rect::new(area.x + area.width - bar_w, area.y, bar_w, 1);
        Gauge::default()
            .ratio(ratio(done, total))
            .label(cells::clip(
                &format!("{} {done}/{total}", l.reloading),
                usize::from(bar_w),
            ))
            .render(bar, buf);
        text_area.width -= bar_w;
    } else if area.width > hint_w + 40 {
        let x = area.x + area.width - hint_w;
        Line::from(Span::styled(hint, app.theme.dim()))
            .render(Rect::new(x, area.y, hint_w, 1), buf);
        text_area.width -= hint_w + 1;
    }
    let line = common::row(
        Vec::new(),
        (&join(&spans), ratatui::style::Style::new()),
        Vec::new(),
        text_area.width,
    );
    // Styles per part matter less than never running into the hint.
    if cells::width(&join(&spans)) <= usize::from(text_area.width) {
        Line::from(spans).render(text_area, buf);
    } else {
        line.render(text_area, buf);
    }
}

fn join(spans: &[Span<'_>]) -> String {
    spans.iter().map(|s| s.content.as_ref()).collect()
}

fn ratio(done: usize, total: usize) -> f64 {
    if total == 0 {
        return 0.0;
    }
    let (d, t) = (
        u32::try_from(done).unwrap_or(u32::MAX),
        u32::try_from(total).unwrap_or(u32::MAX),
    );
    (f64::from(d) / f64::from(t)).clamp(0.0, 1.0)
}

/// The loading screen before the first frame: what is happening and a
/// progress bar.
pub fn loading(area: Rect, buf: &mut Buffer, text: &str, done: usize, total: usize) {
    Line::from(cells::clip(text, usize::from(area.width))).render(area, buf);
    if area.height > 1 {
        let bar = Rect {
            y: area.y + 1,
            height: 1,
            ..area
        };
        Gauge::default().ratio(ratio(done, total)).render(bar, buf);
    }
}
