//! Pop-ups over the current view: search, help and the export dialog.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget, Wrap};

use super::block;
use super::browse::kind_label;
use crate::search::Target;
use crate::text::sanitize;
use crate::tui::action::Mode;
use crate::tui::app::App;
use crate::tui::labels::Lang;

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
                && crate::text::width(cell.symbol()) > 1
            {
                cell.set_symbol(" ");
            }
        }
    }
    r
}

pub fn search(app: &App, area: Rect, buf: &mut Buffer) {
    let rect = popup(area, buf, 70, 20);
    let b = block(app, app.labels().search, true);
    let inner = b.inner(rect);
    b.render(rect, buf);
    if inner.height == 0 {
        return;
    }
    let s = &app.search;
    Line::from(vec![
        Span::styled("/ ", app.theme.title()),
        Span::raw(sanitize(&s.query).into_owned()),
        Span::styled("_", app.theme.dim()),
    ])
    .render(Rect { height: 1, ..inner }, buf);
    let list = Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    };
    let hits = s.hits();
    if hits.is_empty() {
        return;
    }
    super::browse::list(app, list, buf, hits.len(), s.cursor, true, &|i| {
        hit_line(app, &hits[i])
    });
}

/// A hit: kind, then the label with the matched characters highlighted.
fn hit_line(app: &App, h: &crate::search::Hit) -> Line<'static> {
    let kind = match h.target {
        Target::Network(n) => {
            super::browse::program_label(app, app.data.network(n).program).to_owned()
        }
        Target::Entity(e) => kind_label(app, app.data.resolved.entity(e).kind).to_owned(),
    };
    let mut spans = vec![Span::styled(format!("{kind} "), app.theme.dim())];
    for (i, c) in h.label.chars().enumerate() {
        let text = sanitize(c.encode_utf8(&mut [0; 4])).into_owned();
        if h.highlight.contains(&i) {
            spans.push(Span::styled(text, app.theme.highlight()));
        } else {
            spans.push(Span::raw(text));
        }
    }
    Line::from(spans)
}

const HELP_JA: &[(&str, &str)] = &[
    ("j k / 上下", "移動"),
    ("h l / 左右, Tab", "ペイン切替"),
    ("Enter", "開く・ジャンプ"),
    ("Esc", "戻る・閉じる"),
    ("n", "選択した構成員の次のネットワークへ"),
    ("/", "検索 (ひらがな・カタカナ・ローマ字可)"),
    ("1-5", "一覧・重なり・キーパーソン・関係図・問題"),
    ("p s y [ ] c", "絞り込み: 事業・区分・年度・解除"),
    ("t", "キーパーソンの種別 (機関・人物・役職)"),
    ("Space", "ネットワークを選択"),
    ("e", "選択したネットワークの連絡先を書き出す"),
    ("a x", "重複候補を採用・却下 (問題画面)"),
    ("r", "再読み込み"),
    ("g G PgUp PgDn", "先頭・末尾・ページ"),
    ("マウス", "クリックで選択・ホイールで移動"),
    ("q", "終了"),
];

const HELP_EN: &[(&str, &str)] = &[
    ("j k / Up Down", "move"),
    ("h l / Left Right, Tab", "switch pane"),
    ("Enter", "open / jump"),
    ("Esc", "back / close"),
    ("n", "next network of the selected member"),
    ("/", "search (kanji, kana or romaji)"),
    ("1-5", "browse, overlap, keypersons, graph, problems"),
    ("p s y [ ] c", "filter: program, sector, year, clear"),
    ("t", "keyperson kind (org, person, position)"),
    ("Space", "mark a network"),
    ("e", "export contacts of the marked networks"),
    ("a x", "accept / dismiss a duplicate (problems)"),
    ("r", "reload the data"),
    ("g G PgUp PgDn", "top, bottom, page"),
    ("mouse", "click to select, wheel to scroll"),
    ("q", "quit"),
];

pub fn help(app: &App, area: Rect, buf: &mut Buffer) {
    let keys = if app.lang == Lang::Ja {
        HELP_JA
    } else {
        HELP_EN
    };
    let rect = popup(area, buf, 64, u16::try_from(keys.len()).unwrap_or(20) + 2);
    let b = block(app, app.labels().help, true);
    let inner = b.inner(rect);
    b.render(rect, buf);
    let w = keys
        .iter()
        .map(|(k, _)| crate::text::width(k))
        .max()
        .unwrap_or(0);
    let lines: Vec<Line<'static>> = keys
        .iter()
        .map(|(k, v)| {
            Line::from(vec![
                Span::styled(crate::text::pad_right(k, w + 2), app.theme.title()),
                Span::raw(*v),
            ])
        })
        .collect();
    Paragraph::new(lines).render(inner, buf);
}

pub fn export(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(d) = &app.export else { return };
    let l = app.labels();
    let rect = popup(area, buf, 64, 7);
    let b = block(app, l.export_title, true);
    let inner = b.inner(rect);
    b.render(rect, buf);
    let format = match d.format {
        crate::export::ContactFormat::Csv => "CSV (Excel, UTF-8 BOM)",
        crate::export::ContactFormat::Vcard => "vCard 3.0",
        crate::export::ContactFormat::Markdown => "Markdown",
        crate::export::ContactFormat::Xlsx => "Excel (.xlsx)",
    };
    let mut lines = vec![
        Line::from(format!("{}: {}", l.marked, app.marks.len())),
        Line::from(vec![
            Span::raw(format!("{}: ", l.export_file)),
            Span::styled(sanitize(&d.file).into_owned(), app.theme.title()),
            Span::styled("_", app.theme.dim()),
        ]),
        Line::from(format!("{}: {format}  (Tab)", l.export_format)),
    ];
    if app.mode == Mode::Confirm {
        lines.push(Line::from(Span::styled(
            format!("{} {}", sanitize(&d.file), l.export_overwrite),
            app.theme.error(),
        )));
    } else {
        lines.push(Line::from(Span::styled("Enter / Esc", app.theme.dim())));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(inner, buf);
}
