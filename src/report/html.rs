//! The report as one self-contained HTML page: inline style, inline SVG,
//! no script, no external resource (a Content-Security-Policy says so to
//! the browser), every data string escaped, the same bytes for the same
//! report.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::escape::esc;
use super::html_people::{people_section, sources_section};
use super::{Report, svg};
use crate::present::{HeatMap, Membership, MembershipMatrix, ProgramTable, TableNetwork};

const STYLE: &str = include_str!("style.css");

/// Writes the page.
///
/// # Errors
/// Whatever the writer returns.
pub fn write<W: Write + ?Sized>(w: &mut W, r: &Report) -> io::Result<()> {
    let mut s = String::with_capacity(64 * 1024);
    head(&mut s, r);
    table_section(&mut s, &r.table);
    s.push_str("<section id=\"lanes\"><h2>重なりの図（共通の構成員）</h2>");
    if r.lanes.rows.is_empty() {
        s.push_str("<p class=\"note\">2つ以上のネットワークに属する構成員はいません。</p>");
    } else {
        s.push_str(&svg::render(&r.lanes));
    }
    let _ = write!(
        s,
        "<p class=\"legend\">列＝ネットワーク（番号は見出しの順、色はプログラム）、行＝2つ以上に属する構成員。\
         ● 構成員　○ 役職者・個人を通じて参加　+N そのネットワークだけの構成員の数。\
         線の交差 {}（並べ替え前 {}）。</p></section>",
        r.lanes.crossings, r.lanes.input_crossings
    );
    heat_section(&mut s, &r.heat);
    matrix_section(&mut s, &r.matrix);
    people_section(&mut s, &r.people);
    sources_section(&mut s, &r.sources, &r.as_of);
    s.push_str("</body></html>\n");
    w.write_all(s.as_bytes())
}

fn head(s: &mut String, r: &Report) {
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"generator\" content=\"renkei {v}\">\
         <title>産学官ネットワークの重なり — {scope}</title><style>{STYLE}</style></head><body>\
         <header><h1>産学官ネットワークの重なり — {scope}</h1>",
        v = esc(&r.as_of.version),
        scope = esc(&r.scope),
    );
    let dates = match (&r.as_of.oldest, &r.as_of.newest) {
        (Some(a), Some(b)) if a == b => format!("データ更新日 {}", esc(a)),
        (Some(a), Some(b)) => format!("データ更新日 {} 〜 {}", esc(a), esc(b)),
        _ => "データ更新日 不明".to_owned(),
    };
    let _ = write!(
        s,
        "<p class=\"asof\">{dates} · renkei {} · ネットワーク {} 件</p></header>",
        esc(&r.as_of.version),
        r.sources.len()
    );
}

fn table_section(s: &mut String, t: &ProgramTable) {
    s.push_str("<section id=\"table\"><h2>地域の産学官ネットワーク（プログラム別）</h2>");
    if t.columns.is_empty() {
        s.push_str("<p class=\"note\">該当するネットワークはありません。</p></section>");
        return;
    }
    let _ = write!(
        s,
        "<div class=\"ptable\" style=\"grid-template-columns: repeat({}, minmax(0, 1fr))\">",
        t.columns.len()
    );
    for col in &t.columns {
        let _ = write!(
            s,
            "<div class=\"pcol p-{}\"><h3>{}</h3>",
            col.program.id(),
            esc(col.label)
        );
        for net in &col.networks {
            network_cell(s, net);
        }
        s.push_str("</div>");
    }
    s.push_str(
        "</div><p class=\"legend\">網掛け・◆N：表示中の他のネットワークにも属する（計 N）。\
         「A — B」：A は B を通じて参加。</p></section>",
    );
}

fn network_cell(s: &mut String, net: &TableNetwork) {
    let n = &net.network;
    let _ = write!(s, "<article class=\"net\"><h4>{}</h4>", esc(&n.name));
    if let Some(plan) = &n.plan {
        let _ = write!(s, "<p class=\"meta\">計画名：{}</p>", esc(plan));
    }
    let meta: Vec<String> = [n.kind.as_deref(), n.years.as_deref(), Some(n.id.as_str())]
        .into_iter()
        .flatten()
        .map(esc)
        .collect();
    let _ = write!(s, "<p class=\"meta\">{}</p>", meta.join(" · "));
    for g in &net.groups {
        let _ = write!(
            s,
            "<div class=\"grp\"><span class=\"sec\">【{}】</span><ul>",
            g.label
        );
        for m in &g.members {
            if m.is_shared() {
                let _ = write!(
                    s,
                    "<li class=\"shared\">{} <span class=\"badge\">◆{}</span></li>",
                    esc(&m.label()),
                    m.networks
                );
            } else {
                let _ = write!(s, "<li>{}</li>", esc(&m.label()));
            }
        }
        s.push_str("</ul></div>");
    }
    s.push_str("</article>");
}

fn numbered_heads(s: &mut String, nets: &[crate::present::ShownNetwork]) {
    for (i, n) in (1..).zip(nets) {
        let _ = write!(
            s,
            "<th class=\"c p-{}\" title=\"{}\"><span class=\"tag\"></span>{i}</th>",
            n.program.id(),
            esc(&n.name)
        );
    }
}

fn network_key(s: &mut String, nets: &[crate::present::ShownNetwork]) {
    s.push_str("<p class=\"legend\">");
    let items: Vec<String> = (1..)
        .zip(nets)
        .map(|(i, n)| format!("{i} = {}（{}）", esc(&n.name), esc(n.program.label_ja())))
        .collect();
    s.push_str(&items.join("　"));
    s.push_str("</p>");
}

fn heat_section(s: &mut String, h: &HeatMap) {
    s.push_str("<section id=\"heat\"><h2>ネットワーク間の重なり（共通の構成員の数）</h2><table class=\"heat\"><tr><th></th>");
    numbered_heads(s, &h.networks);
    s.push_str("</tr>");
    for (i, n) in h.networks.iter().enumerate() {
        let _ = write!(s, "<tr><th>{} {}</th>", i + 1, esc(&n.name));
        for j in 0..h.networks.len() {
            if i == j {
                s.push_str("<td class=\"c\">–</td>");
                continue;
            }
            let v = h.shared[i][j];
            let alpha = if h.max == 0 {
                0.0
            } else {
                ratio(v, h.max) * 0.85
            };
            let ink = if alpha > 0.5 { "#fff" } else { "inherit" };
            let _ = write!(
                s,
                "<td class=\"c\" style=\"background: rgba(31,97,141,{alpha:.2}); color: {ink}\" title=\"Jaccard {:.3}\">{v}</td>",
                h.jaccard[i][j]
            );
        }
        s.push_str("</tr>");
    }
    s.push_str("</table>");
    network_key(s, &h.networks);
    s.push_str("<p class=\"legend\">数字は2つのネットワークに共通する機関・人・役職の数。色が濃いほど多い。</p></section>");
}

#[allow(clippy::cast_precision_loss)]
fn ratio(a: usize, b: usize) -> f64 {
    a as f64 / b as f64
}

fn matrix_section(s: &mut String, m: &MembershipMatrix) {
    s.push_str("<section id=\"matrix\"><h2>構成員 × ネットワーク（複数に属するものを先に）</h2><table><tr><th>区分</th><th>名前</th>");
    numbered_heads(s, &m.networks);
    s.push_str("<th>計</th></tr>");
    for r in &m.rows {
        let class = if r.is_bridge() {
            " class=\"bridge\""
        } else {
            ""
        };
        let _ = write!(
            s,
            "<tr{class}><td class=\"c\">{}</td><td class=\"name\">{}</td>",
            r.sector.label_ja(),
            esc(&r.name)
        );
        for c in &r.cells {
            let tip = match c {
                Membership::No => String::new(),
                Membership::Direct { role } => role.clone().unwrap_or_default(),
                Membership::Via { via } => via.join("、"),
            };
            let _ = write!(
                s,
                "<td class=\"c\" title=\"{}\">{}</td>",
                esc(&tip),
                c.mark()
            );
        }
        let _ = write!(s, "<td class=\"n\">{}</td></tr>", r.count);
    }
    s.push_str("</table>");
    network_key(s, &m.networks);
    s.push_str(
        "<p class=\"legend\">● 構成員　○ 役職者・個人を通じて参加　· 属さない</p></section>",
    );
}
