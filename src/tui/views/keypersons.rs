//! The keypersons view: the ranking with column headers and a legend
//! (betweenness explained), the selected row's roles network by network,
//! and the only links. Everything shown was built by `PeopleState`.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::common::{framed, list, paragraph, text};
use crate::identity::EntityKind;
use crate::tui::app::App;
use crate::tui::cells;
use crate::tui::people::{Focus, KeyRow, LinkRow};

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    if body.height < 14 {
        ranking(app, body, buf);
        return;
    }
    let [top, bottom] =
        Layout::vertical([Constraint::Percentage(58), Constraint::Min(0)]).areas(body);
    ranking(app, top, buf);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Min(0)]).areas(bottom);
    detail(app, left, buf);
    links(app, right, buf);
}

/// Column widths of the ranking for a given inner width.
struct Cols {
    kind: usize,
    name: usize,
    org: usize,
}

/// Rank, cross marker, kind; networks, betweenness: fixed cells.
const RANK: usize = 4;
const CROSS: usize = 2;
const NETS: usize = 4;
const BETW: usize = 6;

fn cols(app: &App, width: usize) -> Cols {
    let st = &app.overlap.people;
    let kind = [
        EntityKind::Organization,
        EntityKind::Person,
        EntityKind::Position,
    ]
    .iter()
    .map(|k| cells::width(app.lang.kind(*k)))
    .max()
    .unwrap_or(4)
        + 1;
    // Programs get at least their header's width, the rest is shared by
    // name and organisation · title.
    let programs = cells::width(app.lang.words().columns[6]).max(st.program_cells);
    let rest = width.saturating_sub(RANK + CROSS + kind + NETS + BETW + programs);
    let header = cells::width(app.lang.words().columns[2]);
    if st.org_cells == 0 || rest < 24 {
        return Cols {
            kind,
            name: rest.min((st.name_cells + 2).max(header + 1)),
            org: 0,
        };
    }
    // Each gets what its longest entry needs when there is room; else
    // the name keeps at least half.
    let room = rest - 2;
    let name = (st.name_cells + 1).min(room.saturating_sub(st.org_cells + 1).max(room / 2));
    Cols {
        kind,
        name,
        org: (room - name).min(st.org_cells + 1),
    }
}

fn ranking(app: &App, area: Rect, buf: &mut Buffer) {
    let (l, w) = (app.labels(), app.lang.words());
    let st = &app.overlap.people;
    let kind = st.kind.map_or(l.keypersons, |k| app.lang.kind(k));
    let title = format!("{kind} ({}) — {}", st.rows.len(), super::scope(app));
    let mut inner = framed(buf, area, app.theme, &title, st.focus == Focus::Ranking);
    if inner.height >= 5 {
        // The legend: the star, NW and what the betweenness figure is.
        let rows_of = |s: &str| cells::wrap(&[(s, ())], usize::from(inner.width)).len();
        let mut legend = format!("{} ({})", w.keypersons_legend, st.method);
        if rows_of(&legend) > 2 {
            legend = format!("{} ({})", w.keypersons_legend_short, st.method);
        }
        let rows = rows_of(&legend);
        let h = u16::try_from(rows)
            .unwrap_or(2)
            .min(inner.height / 4)
            .max(1);
        let at = Rect {
            y: inner.y + inner.height - h,
            height: h,
            ..inner
        };
        paragraph(at, buf, &[Line::from(text(&legend, app.theme.dim()))]);
        inner.height -= h;
    }
    let c = cols(app, usize::from(inner.width));
    if inner.height >= 2 {
        header(app, &c, Rect { height: 1, ..inner }, buf);
        inner.y += 1;
        inner.height -= 1;
    }
    let draw = |i: usize, width: u16| ranked_row(app, &c, i, &st.rows[i], width);
    list(
        inner,
        buf,
        app.theme,
        l.no_data,
        st.rows.len(),
        st.cursor,
        st.focus == Focus::Ranking,
        &draw,
    );
}

fn header(app: &App, c: &Cols, area: Rect, buf: &mut Buffer) {
    let h = app.lang.words().columns;
    let style = app.theme.title();
    let mut spans = vec![
        Span::styled(format!("{:>3} ", h[0]), style),
        Span::raw(" ".repeat(CROSS)),
        Span::styled(cells::fit(h[1], c.kind), style),
        Span::styled(cells::fit(h[2], c.name), style),
    ];
    if c.org > 0 {
        spans.push(Span::styled(
            format!("  {}", cells::fit(h[3], c.org)),
            style,
        ));
    }
    spans.push(Span::styled(
        format!(
            "{}{}{}",
            cells::fit(&format!("{:>3}", h[4]), NETS),
            cells::fit(h[5], BETW),
            h[6]
        ),
        style,
    ));
    Line::from(clip_spans(spans, usize::from(area.width))).render(area, buf);
}

/// Rank, `*` for a bridge across programs, kind, name, organisation ·
/// title, networks, betweenness, program tags: one cell-exact row.
fn ranked_row(app: &App, c: &Cols, i: usize, k: &KeyRow, width: u16) -> Line<'static> {
    let w = app.lang.words();
    let cross = k.programs.len() > 1;
    let name_style = if cross {
        app.theme.shared()
    } else {
        Style::new()
    };
    let mut spans = vec![
        Span::styled(format!("{:>3} ", i + 1), app.theme.dim()),
        Span::styled(if cross { "* " } else { "  " }, app.theme.shared()),
        Span::styled(cells::fit(app.lang.kind(k.kind), c.kind), app.theme.dim()),
        Span::styled(cells::fit(&k.name, c.name), name_style),
    ];
    if c.org > 0 {
        spans.push(Span::styled(
            format!("  {}", cells::fit(&k.org_title, c.org)),
            app.theme.dim(),
        ));
    }
    spans.push(Span::raw(format!(
        "{:>3} {:.3} ",
        k.networks.len(),
        k.betweenness
    )));
    for p in &k.programs {
        spans.push(Span::styled(
            format!("{} ", w.program_tag(*p)),
            app.theme.program(*p),
        ));
    }
    Line::from(clip_spans(spans, usize::from(width)))
}

/// `spans` cut to `width` cells, the last one that does not fit ending
/// in `…`.
fn clip_spans(spans: Vec<Span<'static>>, width: usize) -> Vec<Span<'static>> {
    let mut out = Vec::new();
    let mut used = 0;
    for s in spans {
        let sw = cells::width(&s.content);
        if used + sw <= width {
            used += sw;
            out.push(s);
            continue;
        }
        let cut = cells::clip(&s.content, width - used);
        if !cut.is_empty() {
            out.push(Span::styled(cut, s.style));
        }
        break;
    }
    out
}

/// The selected keyperson's organisation, programs, betweenness and role
/// in each network; or the pairs the selected only link holds.
fn detail(app: &App, area: Rect, buf: &mut Buffer) {
    let st = &app.overlap.people;
    let lines = match st.focus {
        Focus::Ranking => st.row().map(|k| keyperson_lines(app, k)),
        Focus::Links => st.link().map(|o| link_lines(app, o)),
    };
    let inner = framed(buf, area, app.theme, app.labels().detail, false);
    paragraph(inner, buf, &lines.unwrap_or_default());
}

fn keyperson_lines(app: &App, k: &KeyRow) -> Vec<Line<'static>> {
    let w = app.lang.words();
    let mut lines = vec![Line::from(vec![
        text(&k.name, app.theme.title()),
        Span::styled(format!("  {}", app.lang.kind(k.kind)), app.theme.dim()),
    ])];
    if !k.org_title.is_empty() {
        lines.push(Line::from(text(&k.org_title, Style::new())));
    }
    let mut programs = vec![Span::raw(format!("{}: ", w.programs))];
    for p in &k.programs {
        programs.push(Span::styled(
            format!("{} ", app.lang.program(*p)),
            app.theme.program(*p),
        ));
    }
    lines.push(Line::from(programs));
    lines.push(Line::from(Span::raw(format!(
        "{} {:.3} · NW {}",
        w.betweenness,
        k.betweenness,
        k.networks.len()
    ))));
    for (&n, role) in k.networks.iter().zip(&k.roles) {
        let net = app.ws.network(n);
        let mut spans = vec![
            Span::styled("■ ", app.theme.program(net.program)),
            text(&net.name, Style::new()),
        ];
        let role = if role.is_empty() { w.member } else { role };
        spans.push(text(&format!(" — {role}"), app.theme.dim()));
        lines.push(Line::from(spans));
    }
    lines
}

fn link_lines(app: &App, o: &LinkRow) -> Vec<Line<'static>> {
    let w = app.lang.words();
    let mut lines = vec![
        Line::from(vec![
            text(&o.name, app.theme.title()),
            Span::styled(format!("  {}", app.lang.kind(o.kind)), app.theme.dim()),
        ]),
        Line::from(Span::styled(format!("{}:", w.only_pairs), app.theme.dim())),
    ];
    for &(a, b) in &o.pairs {
        let (na, nb) = (app.ws.network(a), app.ws.network(b));
        lines.push(Line::from(vec![
            text(&na.name, app.theme.program(na.program)),
            Span::raw(" × "),
            text(&nb.name, app.theme.program(nb.program)),
        ]));
    }
    lines
}

fn links(app: &App, area: Rect, buf: &mut Buffer) {
    let w = app.lang.words();
    let st = &app.overlap.people;
    let title = format!("{} ({})", w.only_links, st.links.len());
    let inner = framed(buf, area, app.theme, &title, st.focus == Focus::Links);
    let draw = |i: usize, width: u16| {
        let o = &st.links[i];
        super::common::row(
            vec![Span::styled(
                format!("{} ", app.lang.kind(o.kind)),
                app.theme.dim(),
            )],
            (&o.name, Style::new()),
            vec![Span::styled(
                format!("  {}{}", o.pairs.len(), w.pairs),
                app.theme.dim(),
            )],
            width,
        )
    };
    list(
        inner,
        buf,
        app.theme,
        w.only_links_none,
        st.links.len(),
        st.link_cursor,
        st.focus == Focus::Links,
        &draw,
    );
}
