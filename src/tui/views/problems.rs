//! The problems view: diagnostics with FILE:LINE, then duplicate
//! suggestions with their registry snippet.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{block, message};
use crate::diag::Severity;
use crate::text::sanitize;
use crate::tui::app::App;
use crate::tui::problems::{Item, suggestion};

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    let l = app.labels();
    let list = &app.problems.items;
    let split = if list.is_empty() { 100 } else { 60 };
    let [top, bottom] =
        Layout::vertical([Constraint::Percentage(split), Constraint::Min(0)]).areas(body);
    let b = block(app, l.problems, true);
    let inner = b.inner(top);
    b.render(top, buf);
    if list.is_empty() {
        message(inner, buf, l.no_problems);
        return;
    }
    super::browse::list(
        app,
        inner,
        buf,
        list.len(),
        app.cursor.problems,
        true,
        &|i| row(app, list[i]),
    );
    let b = block(app, l.detail, false);
    let inner = b.inner(bottom);
    b.render(bottom, buf);
    if let Some(item) = list.get(app.cursor.problems) {
        Paragraph::new(detail(app, *item))
            .wrap(Wrap { trim: false })
            .render(inner, buf);
    }
}

fn row(app: &App, item: Item) -> Line<'static> {
    match item {
        Item::Diagnostic(i) => {
            let d = &app.data.diagnostics[i];
            let (tag, style) = match d.severity {
                Severity::Error => ("error", app.theme.error()),
                Severity::Warning => ("warning", app.theme.warning()),
            };
            Line::from(vec![
                Span::styled(format!("{tag} "), style),
                Span::raw(sanitize(&format!("{} {}", d.location(), d.message)).into_owned()),
            ])
        }
        Item::Suggestion(_) => {
            let Some(s) = suggestion(app, Some(item)) else {
                return Line::default();
            };
            Line::from(vec![
                Span::styled(format!("{} ", app.labels().suggestion), app.theme.title()),
                Span::raw(sanitize(&format!("{} ~ {} ({})", s.a, s.b, s.score)).into_owned()),
            ])
        }
        Item::Pending => Line::from(Span::styled(
            app.labels().suggestions_pending,
            app.theme.dim(),
        )),
    }
}

fn detail(app: &App, item: Item) -> Vec<Line<'static>> {
    let l = app.labels();
    match item {
        Item::Diagnostic(i) => {
            let d = &app.data.diagnostics[i];
            let mut v = vec![
                Line::from(sanitize(&d.location()).into_owned()),
                Line::from(sanitize(&d.message).into_owned()),
            ];
            // A minified or hostile line can be megabytes long: the part
            // around the column, as `check` shows it.
            if let Some(shown) = d.snippet_text() {
                v.push(Line::from(Span::styled(
                    sanitize(&shown).into_owned(),
                    app.theme.dim(),
                )));
            }
            if let Some(h) = &d.help {
                v.push(Line::from(format!("help: {}", sanitize(h))));
            }
            v
        }
        // The row itself says it all.
        Item::Pending => Vec::new(),
        Item::Suggestion(_) => {
            let Some(s) = suggestion(app, Some(item)) else {
                return Vec::new();
            };
            let mut v = vec![Line::from(sanitize(&s.reason).into_owned())];
            for line in s.registry_yaml().lines() {
                v.push(Line::from(Span::styled(
                    sanitize(line).into_owned(),
                    app.theme.dim(),
                )));
            }
            v.push(Line::from(format!("a: {}  x: {}", l.accept, l.dismiss)));
            v
        }
    }
}
