//! The browse view: prefectures, networks, members and the detail pane.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::common::{framed, list, network_row, row};
use super::detail;
use crate::identity::MemberRef;
use crate::model::MemberKind;
use crate::tui::app::App;
use crate::tui::layout::{self, Pane};

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    let (l, b) = (app.labels(), &app.browse);
    for (pane, rect) in layout::panes(body, b.focus) {
        let focused = pane == b.focus;
        let title = match pane {
            Pane::Prefectures => l.prefectures,
            Pane::Networks => l.networks,
            Pane::Members => l.members,
            Pane::Detail => l.detail,
        };
        let inner = framed(buf, rect, app.theme, title, focused);
        let (len, cursor) = match pane {
            Pane::Prefectures => (b.prefs.len(), b.cursor.pref),
            Pane::Networks => (b.network_rows(), b.cursor.net),
            Pane::Members => (b.members.len(), b.cursor.member),
            Pane::Detail => {
                detail::render(app, inner, buf, focused);
                continue;
            }
        };
        let draw = |i: usize, w: u16| match pane {
            Pane::Prefectures => prefecture_row(app, i, w),
            Pane::Networks => network_line(app, i, w),
            _ => member_row(app, i, w),
        };
        list(
            inner, buf, app.theme, l.no_data, len, cursor, focused, &draw,
        );
    }
}

fn prefecture_row(app: &App, i: usize, width: u16) -> Line<'static> {
    let b = &app.browse;
    let name = b
        .prefs
        .get(i)
        .copied()
        .flatten()
        .map_or(app.labels().all, |p| p.name());
    let count = b.pref_counts.get(i).copied().unwrap_or(0);
    row(
        Vec::new(),
        (name, Style::new()),
        vec![Span::styled(format!(" {count}"), app.theme.dim())],
        width,
    )
}

fn network_line(app: &App, i: usize, width: u16) -> Line<'static> {
    let b = &app.browse;
    let Some(&n) = b.nets.get(i) else {
        // A file that failed to load, where its networks were.
        let Some(f) = i.checked_sub(b.nets.len()).and_then(|k| b.failed.get(k)) else {
            return Line::default();
        };
        return row(
            vec![Span::styled("! ", app.theme.error())],
            (&f.rel, app.theme.error()),
            vec![Span::styled(
                format!(" ({})", app.labels().failed_file),
                app.theme.error(),
            )],
            width,
        );
    };
    let mark = if b.marks.contains(&n) {
        Span::styled("* ", app.theme.mark())
    } else {
        Span::raw("  ")
    };
    network_row(
        &app.ws,
        app.lang,
        app.theme,
        n,
        vec![mark],
        Vec::new(),
        width,
    )
}

fn member_row(app: &App, i: usize, width: u16) -> Line<'static> {
    let b = &app.browse;
    let (Some(n), Some(&m)) = (b.network(), b.members.get(i)) else {
        return Line::default();
    };
    let member = &app.ws.network(n).members[m as usize];
    let at = MemberRef {
        network: n,
        member: m,
    };
    let sector = app.ws.resolved.member_sector(&app.ws.ds, at);
    let tag = sector.map_or("?", |s| app.lang.sector_tag(s));
    let others = app.ws.others(n, m);
    let suffix = if others > 0 {
        vec![Span::styled(format!(" +{others}"), app.theme.shared())]
    } else {
        Vec::new()
    };
    row(
        vec![Span::styled(format!("{tag} "), app.theme.dim())],
        (&member_label(member), Style::new()),
        suffix,
        width,
    )
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
