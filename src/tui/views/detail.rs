//! The detail pane: the selected member's entity (names, contact, every
//! network it sits in and how), or the selected network.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::browse::{kind_label, network_line, program_label};
use super::message;
use crate::identity::{Entity, EntityId, EntityKind};
use crate::text::sanitize;
use crate::tui::app::{App, Pane};
use crate::tui::browse::selected_entity;

pub fn render(app: &App, area: Rect, buf: &mut Buffer, focused: bool) {
    let entity = if matches!(app.focus, Pane::Members | Pane::Detail) {
        selected_entity(app)
    } else {
        None
    };
    match (entity, app.network()) {
        (Some(e), _) => entity_detail(app, e, area, buf, focused),
        (None, Some(n)) => network_detail(app, n, area, buf),
        (None, None) => message(area, buf, app.labels().no_data),
    }
}

fn entity_detail(app: &App, id: EntityId, area: Rect, buf: &mut Buffer, focused: bool) {
    let l = app.labels();
    let r = &app.data.resolved;
    let e = r.entity(id);
    let mut lines = vec![Line::from(Span::styled(
        sanitize(&e.name).into_owned(),
        app.theme.title(),
    ))];
    let sector = e.sector.map_or("-", |s| {
        if app.lang == crate::tui::labels::Lang::Ja {
            s.label_ja()
        } else {
            s.id()
        }
    });
    lines.push(Line::from(format!(
        "{} · {} {sector}",
        kind_label(app, e.kind),
        l.sector
    )));
    if e.spellings.len() > 1 {
        let all: Vec<&str> = e.spellings.iter().map(|s| s.text.as_str()).collect();
        lines.push(Line::from(format!(
            "{}: {}",
            l.spellings,
            sanitize(&all.join(" / "))
        )));
    }
    if let Some(org) = e.org.filter(|_| e.kind == EntityKind::Person) {
        lines.push(Line::from(format!(
            "{}: {}",
            l.affiliation,
            sanitize(&r.entity(org).name)
        )));
    }
    if e.kind == EntityKind::Person {
        let c = r.contact(&app.data.ds, id);
        let parts: Vec<&str> = [c.kana, c.email, c.phone].into_iter().flatten().collect();
        if !parts.is_empty() {
            lines.push(Line::from(format!(
                "{}: {}",
                l.contact,
                sanitize(&parts.join("  "))
            )));
        }
    }
    lines.push(Line::from(Span::styled(
        format!("{} ({})", l.in_networks, e.networks.len()),
        app.theme.title(),
    )));
    let header = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .min(area.height);
    Paragraph::new(lines).render(
        Rect {
            height: header,
            ..area
        },
        buf,
    );
    let rest = Rect {
        y: area.y + header,
        height: area.height - header,
        ..area
    };
    let rows: Vec<Line<'static>> = e
        .networks
        .iter()
        .map(|&n| {
            let net = app.data.network(n);
            let program = program_label(app, net.program);
            let mut spans = vec![Span::styled(
                format!("{program} "),
                app.theme.program(net.program),
            )];
            let role = role_text(app, e, id, n);
            if !role.is_empty() {
                spans.push(Span::styled(format!("[{role}] "), app.theme.dim()));
            }
            spans.push(Span::raw(sanitize(&net.name).into_owned()));
            Line::from(spans)
        })
        .collect();
    let focus = focused && app.focus == Pane::Detail;
    super::browse::list(app, rest, buf, rows.len(), app.cursor.detail, focus, &|i| {
        rows[i].clone()
    });
}

/// Role and title in network `n`, and for organisations how they are
/// present there.
fn role_text(app: &App, e: &Entity, id: EntityId, n: u32) -> String {
    let l = app.labels();
    let r = &app.data.resolved;
    let mut parts: Vec<String> = r
        .roles(&app.data.ds, id)
        .filter(|(net, _, _)| *net == n)
        .flat_map(|(_, role, title)| [role, title])
        .flatten()
        .map(|s| sanitize(s).into_owned())
        .collect();
    if let Some(p) = e.presence_in(n).filter(|p| !p.via.is_empty()) {
        let via: Vec<String> = p
            .via
            .iter()
            .map(|v| sanitize(&r.entity(*v).name).into_owned())
            .collect();
        parts.push(format!("{} {}", l.present_via, via.join(", ")));
    }
    parts.join(" / ")
}

fn network_detail(app: &App, n: u32, area: Rect, buf: &mut Buffer) {
    let l = app.labels();
    let net = app.data.network(n);
    let mut lines = vec![
        Line::from(Span::styled(
            sanitize(&net.name).into_owned(),
            app.theme.title(),
        )),
        Line::from(vec![
            Span::styled(
                program_label(app, net.program),
                app.theme.program(net.program),
            ),
            Span::raw(format!(
                " · {}{}",
                net.prefecture.name(),
                net.city
                    .as_deref()
                    .map(|c| format!(" {}", sanitize(c)))
                    .unwrap_or_default()
            )),
        ]),
    ];
    let years = match (net.since, net.until) {
        (None, None) => None,
        (s, u) => Some(format!(
            "{}–{}",
            s.map(|y| y.to_string()).unwrap_or_default(),
            u.map(|y| y.to_string()).unwrap_or_default()
        )),
    };
    for text in [net.plan.as_deref(), net.kind.as_deref(), years.as_deref()]
        .into_iter()
        .flatten()
    {
        lines.push(Line::from(sanitize(text).into_owned()));
    }
    lines.push(Line::from(format!("{}: {}", l.members, net.members.len())));
    let shared = shared_with(app, n);
    if !shared.is_empty() {
        lines.push(Line::from(Span::styled(
            l.shared_with.to_owned(),
            app.theme.title(),
        )));
        for (other, count) in shared.iter().take(8) {
            lines.push(network_line(
                app,
                *other,
                Some((format!("  {} {count}", l.shared), app.theme.shared())),
            ));
        }
    }
    if let Some(s) = &net.summary {
        lines.push(Line::from(sanitize(s).into_owned()));
    }
    if let Some(s) = &net.source {
        lines.push(Line::from(Span::styled(
            sanitize(s).into_owned(),
            app.theme.dim(),
        )));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// Networks sharing entities with `n`, most shared first.
fn shared_with(app: &App, n: u32) -> Vec<(u32, usize)> {
    let r = &app.data.resolved;
    let mut counts: std::collections::BTreeMap<u32, usize> = std::collections::BTreeMap::new();
    if let Some(list) = r.network(n) {
        for e in list.all() {
            for &other in r.entity(e).networks.iter().filter(|&&o| o != n) {
                *counts.entry(other).or_default() += 1;
            }
        }
    }
    let mut v: Vec<(u32, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v
}
