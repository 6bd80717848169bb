//! The browse view: prefectures, networks, members and the detail pane.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{block, detail, message};
use crate::identity::{EntityKind, MemberRef};
use crate::model::MemberKind;
use crate::text::sanitize;
use crate::tui::app::{App, Pane};
use crate::tui::labels::Lang;
use crate::tui::layout;

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    for (pane, rect) in layout::panes(body, app.focus) {
        let focused = pane == app.focus;
        let title = match pane {
            Pane::Prefectures => app.labels().prefectures,
            Pane::Networks => app.labels().networks,
            Pane::Members => app.labels().members,
            Pane::Detail => app.labels().detail,
        };
        let b = block(app, title, focused);
        let inner = b.inner(rect);
        b.render(rect, buf);
        let (len, cursor) = match pane {
            Pane::Prefectures => (app.prefs.len(), app.cursor.pref),
            Pane::Networks => (app.nets.len(), app.cursor.net),
            Pane::Members => (app.members.len(), app.cursor.member),
            Pane::Detail => {
                detail::render(app, inner, buf, focused);
                continue;
            }
        };
        let row = |i| match pane {
            Pane::Prefectures => prefecture_row(app, i),
            Pane::Networks => network_row(app, i),
            _ => member_row(app, i),
        };
        list(app, inner, buf, len, cursor, focused, &row);
    }
}

/// Draws the visible rows of a `len`-row list, the cursor's row
/// highlighted and kept in sight. Rows are built on demand by `row`, so a
/// list of 200,000 costs only the rows on screen.
pub fn list(
    app: &App,
    area: Rect,
    buf: &mut Buffer,
    len: usize,
    cursor: usize,
    focused: bool,
    row: &dyn Fn(usize) -> Line<'static>,
) {
    if len == 0 {
        message(area, buf, app.labels().no_data);
        return;
    }
    let height = usize::from(area.height);
    let first = layout::offset(cursor, height);
    for i in (first..len).take(height) {
        let y = area.y + u16::try_from(i - first).unwrap_or(0);
        let line_area = Rect::new(area.x, y, area.width, 1);
        row(i).render(line_area, buf);
        if i == cursor {
            let style = if focused {
                app.theme.selected()
            } else {
                app.theme.title()
            };
            buf.set_style(line_area, style);
        }
    }
}

fn prefecture_row(app: &App, i: usize) -> Line<'static> {
    let name = app
        .prefs
        .get(i)
        .copied()
        .flatten()
        .map_or(app.labels().all, |p| p.name());
    let count = app.pref_counts.get(i).copied().unwrap_or(0);
    Line::from(vec![
        Span::raw(format!("{name} ")),
        Span::styled(count.to_string(), app.theme.dim()),
    ])
}

/// Program label for the current language.
pub fn program_label(app: &App, p: crate::model::Program) -> &'static str {
    if app.lang == Lang::Ja {
        p.label_ja()
    } else {
        p.label_en()
    }
}

fn network_row(app: &App, i: usize) -> Line<'static> {
    let Some(&n) = app.nets.get(i) else {
        return Line::default();
    };
    let net = app.data.network(n);
    let mark = if app.marks.contains(&n) {
        Span::styled("* ", app.theme.mark())
    } else {
        Span::raw("  ")
    };
    let program = Span::styled(
        format!("{} ", program_label(app, net.program)),
        app.theme.program(net.program),
    );
    Line::from(vec![
        mark,
        program,
        Span::raw(sanitize(&net.name).into_owned()),
    ])
}

fn member_row(app: &App, i: usize) -> Line<'static> {
    let (Some(n), Some(&m)) = (app.network(), app.members.get(i)) else {
        return Line::default();
    };
    let member = &app.data.network(n).members[m as usize];
    let at = MemberRef {
        network: n,
        member: m,
    };
    let sector = app.data.resolved.member_sector(&app.data.ds, at);
    let tag = sector.map_or("? ", |s| {
        if app.lang == Lang::Ja {
            s.label_ja()
        } else {
            &s.id()[..1]
        }
    });
    let mut spans = vec![Span::styled(format!("{tag} "), app.theme.dim())];
    spans.push(Span::raw(sanitize(&member_label(member)).into_owned()));
    let others = app.data.others(n, m);
    if others > 0 {
        spans.push(Span::styled(format!(" +{others}"), app.theme.shared()));
    }
    Line::from(spans)
}

/// How a member reads in a list: the organisation, the position, or the
/// person with their affiliation and title.
#[must_use]
pub fn member_label(m: &crate::model::Member) -> String {
    match m.kind() {
        MemberKind::Organization => m.org.clone().unwrap_or_default(),
        MemberKind::Position => format!(
            "{} {}",
            m.org.as_deref().unwrap_or(""),
            m.title.as_deref().unwrap_or("")
        ),
        MemberKind::Person => {
            let extra: Vec<&str> = [m.org.as_deref(), m.title.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            let name = m.person.as_deref().unwrap_or("");
            if extra.is_empty() {
                name.to_owned()
            } else {
                format!("{name} ({})", extra.join(" "))
            }
        }
    }
}

/// Short kind label for an entity.
#[must_use]
pub fn kind_label(app: &App, k: EntityKind) -> &'static str {
    match (app.lang, k) {
        (Lang::Ja, EntityKind::Organization) => "機関",
        (Lang::Ja, EntityKind::Person) => "人物",
        (Lang::Ja, EntityKind::Position) => "役職",
        (Lang::En, EntityKind::Organization) => "org",
        (Lang::En, EntityKind::Person) => "person",
        (Lang::En, EntityKind::Position) => "position",
    }
}

/// A styled label for one network: program tag and name.
#[must_use]
pub fn network_line(app: &App, n: u32, extra: Option<(String, Style)>) -> Line<'static> {
    let net = app.data.network(n);
    let mut spans = vec![
        Span::styled(
            format!("{} ", program_label(app, net.program)),
            app.theme.program(net.program),
        ),
        Span::raw(sanitize(&net.name).into_owned()),
    ];
    if let Some((text, style)) = extra {
        spans.push(Span::styled(text, style));
    }
    Line::from(spans)
}
