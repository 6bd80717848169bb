//! The detail pane: the selected member's entity (names, contact, every
//! network it sits in and how), the selected network, or a file that
//! failed to load — all prepared in `BrowseState::detail`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::common::{list, message, network_row, paragraph, text};
use crate::identity::{EntityId, EntityKind};
use crate::tui::app::App;
use crate::tui::browse::Detail;
use crate::tui::layout::Pane;
use crate::workspace::FailedFile;

pub fn render(app: &App, area: Rect, buf: &mut Buffer, focused: bool) {
    match &app.browse.detail {
        Detail::Entity {
            entity,
            networks,
            roles,
        } => entity_detail(app, *entity, networks, roles, area, buf, focused),
        Detail::Network { network, shared } => network_detail(app, *network, shared, area, buf),
        Detail::Failed(f) => failed_detail(app, f, area, buf),
        Detail::Nothing => message(area, buf, app.labels().no_data),
    }
}

fn entity_detail(
    app: &App,
    id: EntityId,
    networks: &[u32],
    roles: &[String],
    area: Rect,
    buf: &mut Buffer,
    focused: bool,
) {
    let (l, r, th) = (app.labels(), &app.ws.resolved, app.theme);
    let e = r.entity(id);
    let mut lines = vec![Line::from(text(&e.name, th.title()))];
    let sector = e.sector.map_or("-", |s| app.lang.sector(s));
    lines.push(Line::from(format!(
        "{} · {} {sector}",
        app.lang.kind(e.kind),
        l.sector
    )));
    if e.spellings.len() > 1 {
        let all: Vec<&str> = e.spellings.iter().map(|s| s.text.as_str()).collect();
        lines.push(Line::from(text(
            &format!("{}: {}", l.spellings, all.join(" / ")),
            th.dim(),
        )));
    }
    if let Some(org) = e.org.filter(|_| e.kind == EntityKind::Person) {
        lines.push(Line::from(text(
            &format!("{}: {}", l.affiliation, r.entity(org).name),
            th.dim(),
        )));
    }
    if e.kind == EntityKind::Person {
        let c = r.contact(&app.ws.ds, id);
        let parts: Vec<&str> = [c.kana, c.email, c.phone].into_iter().flatten().collect();
        if !parts.is_empty() {
            lines.push(Line::from(text(
                &format!("{}: {}", l.contact, parts.join("  ")),
                th.dim(),
            )));
        }
    }
    lines.push(Line::from(Span::styled(
        format!("{} ({})", l.in_networks, networks.len()),
        th.title(),
    )));
    // The header is cut to its lines so the network list below keeps
    // its room; each header line is one row, clipped.
    let header = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .min(area.height);
    for (k, line) in lines.into_iter().take(usize::from(header)).enumerate() {
        let y = area.y + u16::try_from(k).unwrap_or(0);
        let name: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        let style = line.spans.first().map(|s| s.style).unwrap_or_default();
        super::common::row(Vec::new(), (&name, style), Vec::new(), area.width)
            .render(Rect::new(area.x, y, area.width, 1), buf);
    }
    let rest = Rect {
        y: area.y + header,
        height: area.height - header,
        ..area
    };
    let focus = focused && app.browse.focus == Pane::Detail;
    let draw = |i: usize, w: u16| {
        let role = roles.get(i).filter(|r| !r.is_empty());
        let prefix = role
            .map(|r| {
                vec![Span::styled(
                    format!(
                        "[{}] ",
                        crate::tui::cells::clip(r, usize::from(w / 3).max(4))
                    ),
                    th.dim(),
                )]
            })
            .unwrap_or_default();
        network_row(&app.ws, app.lang, th, networks[i], prefix, Vec::new(), w)
    };
    list(
        rest,
        buf,
        th,
        l.no_data,
        networks.len(),
        app.browse.cursor.detail,
        focus,
        &draw,
    );
}

fn network_detail(app: &App, n: u32, shared: &[(u32, usize)], area: Rect, buf: &mut Buffer) {
    let (l, th) = (app.labels(), app.theme);
    let net = app.ws.network(n);
    let place = match &net.city {
        Some(c) => format!("{} {c}", net.prefecture.name()),
        None => net.prefecture.name().to_owned(),
    };
    let mut lines = vec![
        Line::from(text(&net.name, th.title())),
        Line::from(vec![
            Span::styled(app.lang.program(net.program), th.program(net.program)),
            text(&format!(" · {place}"), ratatui::style::Style::new()),
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
    for t in [net.plan.as_deref(), net.kind.as_deref(), years.as_deref()]
        .into_iter()
        .flatten()
    {
        lines.push(Line::from(text(t, ratatui::style::Style::new())));
    }
    lines.push(Line::from(format!("{}: {}", l.members, net.members.len())));
    if !shared.is_empty() {
        lines.push(Line::from(Span::styled(
            l.shared_with.to_owned(),
            th.title(),
        )));
        let w = area.width;
        for (other, count) in shared.iter().take(8) {
            let suffix = vec![Span::styled(format!(" ({count})"), th.shared())];
            lines.push(network_row(
                &app.ws,
                app.lang,
                th,
                *other,
                Vec::new(),
                suffix,
                w,
            ));
        }
    }
    if let Some(s) = &net.summary {
        lines.push(Line::from(text(s, ratatui::style::Style::new())));
    }
    if let Some(s) = &net.source {
        lines.push(Line::from(text(s, th.dim())));
    }
    paragraph(area, buf, &lines);
}

fn failed_detail(app: &App, f: &FailedFile, area: Rect, buf: &mut Buffer) {
    let th = app.theme;
    let lines = vec![
        Line::from(text(&f.path.display().to_string(), th.error())),
        Line::from(text(app.labels().failed_file, th.error())),
        Line::from(text(
            &f.message
                .as_ref()
                .map_or_else(String::new, |m| m.render(app.lang)),
            ratatui::style::Style::new(),
        )),
    ];
    paragraph(area, buf, &lines);
}
