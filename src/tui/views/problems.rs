//! The problems view: diagnostics with FILE:LINE, then duplicate
//! suggestions with the registry entry each decision writes.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::common::{framed, list, message, paragraph, row, text};
use crate::diag::{Diagnostic, Severity};
use crate::identity::Settle;
use crate::tui::app::App;
use crate::tui::labels::Lang;
use crate::tui::problems::{DiagText, Item, suggestion};

/// The one place a diagnostic's words are taken for the screen: its
/// message and help in the interface language, from the catalogue.
#[must_use]
pub fn diagnostic_text(d: &Diagnostic, lang: Lang) -> (String, Option<String>) {
    (d.text(lang), d.help_text(lang))
}

/// A diagnostic's words as refreshed with the diagnostics (rendered now
/// only if the cache somehow lacks them).
fn words(app: &App, i: usize) -> std::borrow::Cow<'_, DiagText> {
    match app.problems.texts.get(i) {
        Some(t) => std::borrow::Cow::Borrowed(t),
        None => std::borrow::Cow::Owned(DiagText::of(&app.ws.diagnostics[i], app.lang)),
    }
}

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    let l = app.labels();
    let items = &app.problems.items;
    let split = if items.is_empty() { 100 } else { 60 };
    let [top, bottom] =
        Layout::vertical([Constraint::Percentage(split), Constraint::Min(0)]).areas(body);
    let inner = framed(buf, top, app.theme, l.problems, true);
    if items.is_empty() {
        message(inner, buf, l.no_problems);
        return;
    }
    let draw = |i: usize, w: u16| item_row(app, items[i], w);
    list(
        inner,
        buf,
        app.theme,
        l.no_problems,
        items.len(),
        app.problems.cursor,
        true,
        &draw,
    );
    let inner = framed(buf, bottom, app.theme, l.detail, false);
    if let Some(item) = items.get(app.problems.cursor) {
        paragraph(inner, buf, &detail(app, *item));
    }
}

fn item_row(app: &App, item: Item, width: u16) -> Line<'static> {
    match item {
        Item::Diagnostic(i) => {
            let style = match app.ws.diagnostics[i].severity {
                Severity::Error => app.theme.error(),
                Severity::Warning => app.theme.warning(),
            };
            let said = words(app, i);
            row(
                vec![Span::styled(format!("{} ", said.severity), style)],
                (&said.row, ratatui::style::Style::new()),
                Vec::new(),
                width,
            )
        }
        Item::Suggestion(_) => {
            let Some(s) = suggestion(&app.suggestions, Some(item)) else {
                return Line::default();
            };
            row(
                vec![Span::styled(
                    format!("{} ", app.labels().suggestion),
                    app.theme.title(),
                )],
                (&format!("{} ~ {}", s.a, s.b), ratatui::style::Style::new()),
                vec![Span::styled(format!(" ({})", s.score), app.theme.dim())],
                width,
            )
        }
        Item::Pending => Line::from(Span::styled(
            app.labels().suggestions_pending,
            app.theme.dim(),
        )),
        Item::Cut => {
            let Some(cut) = &app.problems.cut else {
                return Line::default();
            };
            row(
                vec![Span::styled(format!("{} ", cut.label), app.theme.dim())],
                (&cut.note, ratatui::style::Style::new()),
                Vec::new(),
                width,
            )
        }
    }
}

fn detail(app: &App, item: Item) -> Vec<Line<'static>> {
    let (l, th) = (app.labels(), app.theme);
    let plain = ratatui::style::Style::new();
    match item {
        Item::Diagnostic(i) => {
            let d = &app.ws.diagnostics[i];
            let said = words(app, i);
            let mut v = vec![
                Line::from(text(&d.location(), th.title())),
                Line::from(text(&said.message, plain)),
            ];
            // A minified or hostile line can be megabytes long: the part
            // around the column, as `check` shows it.
            if let Some(shown) = d.snippet_text() {
                v.push(Line::from(text(&shown, th.dim())));
            }
            if let Some(h) = &said.help {
                v.push(Line::from(text(h, plain)));
            }
            v
        }
        // The row itself says it all.
        Item::Pending => Vec::new(),
        Item::Cut => app.problems.cut.as_ref().map_or_else(Vec::new, |cut| {
            vec![
                Line::from(text(&cut.note, plain)),
                Line::from(text(&cut.help, plain)),
            ]
        }),
        Item::Suggestion(_) => {
            let Some(s) = suggestion(&app.suggestions, Some(item)) else {
                return Vec::new();
            };
            let reason = match item {
                Item::Suggestion(i) => app.problems.reasons.get(i).cloned(),
                _ => None,
            }
            .unwrap_or_else(|| s.reason.render(app.lang));
            let mut v = vec![Line::from(text(&reason, plain))];
            for (key, how, word) in [
                ("a", Settle::Same, l.same),
                ("x", Settle::Different, l.different),
            ] {
                v.push(Line::from(Span::styled(
                    format!("{key}: {word}"),
                    th.title(),
                )));
                for line in s.settle_yaml(how).lines() {
                    v.push(Line::from(text(&format!("  {line}"), th.dim())));
                }
            }
            v.push(Line::from(format!("u: {}", l.undo)));
            v
        }
    }
}
