//! The report's keypersons, only links and sources sections.

use std::fmt::Write as _;

use super::escape::esc;
use super::{AsOf, Source};
use crate::model::Program;
use crate::present::People;

pub(super) fn people_section(s: &mut String, p: &People) {
    s.push_str(
        "<section id=\"people\"><h2>キーパーソン（複数のネットワークに属する人・役職）</h2>",
    );
    if p.keypersons.is_empty() {
        s.push_str("<p class=\"note\">2つ以上のネットワークに属する人・役職はいません。</p>");
    } else {
        s.push_str(
            "<table><tr><th>名前</th><th>所属</th><th>役職</th><th>各ネットワークでの役割</th>\
             <th>プログラム</th><th>媒介中心性</th></tr>",
        );
        for k in &p.keypersons {
            let roles: Vec<String> = k
                .roles
                .iter()
                .map(|r| {
                    let what: Vec<&str> = [r.role.as_deref(), r.title.as_deref()]
                        .into_iter()
                        .flatten()
                        .collect();
                    let what = if what.is_empty() {
                        "構成員".to_owned()
                    } else {
                        what.join(" / ")
                    };
                    format!("{}：{}", esc(&r.network_name), esc(&what))
                })
                .collect();
            let programs: Vec<&str> = k
                .programs
                .iter()
                .filter_map(|id| Program::from_id(id))
                .map(Program::label_ja)
                .collect();
            let _ = write!(
                s,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{:.4}</td></tr>",
                esc(&k.name),
                esc(k.org.as_deref().unwrap_or("")),
                esc(k.title.as_deref().unwrap_or("")),
                roles.join("<br>"),
                esc(&programs.join("・")),
                k.betweenness
            );
        }
        s.push_str("</table>");
    }
    let method = if p.betweenness == "exact" {
        "厳密計算"
    } else {
        "標本からの推定"
    };
    let _ = write!(
        s,
        "<p class=\"legend\">媒介中心性：表示中のネットワークと構成員をつないだ図で、2点間の最短経路のうちこの人・役職を通るものの割合（0〜1、{method}、{} 点）。高いほど橋渡し役。</p>",
        p.nodes
    );
    s.push_str("<h3 style=\"color: inherit; padding: .6rem 0 .2rem\">唯一のつながり</h3>");
    if p.only_links.is_empty() {
        s.push_str(
            "<p class=\"note\">取り除くと2つのネットワークの共通点がなくなる構成員はいません。</p>",
        );
    } else {
        s.push_str(
            "<table><tr><th>構成員</th><th>これがなければ共通点のなくなる組み合わせ</th></tr>",
        );
        for o in &p.only_links {
            let pairs: Vec<String> = o
                .pairs
                .iter()
                .map(|(a, b)| format!("{} × {}", esc(a), esc(b)))
                .collect();
            let _ = write!(
                s,
                "<tr><td>{}</td><td>{}</td></tr>",
                esc(&o.name),
                pairs.join("<br>")
            );
        }
        s.push_str("</table>");
    }
    s.push_str("</section>");
}

/// A source as a link when it is a web address, else as text.
fn source_cell(source: Option<&str>) -> String {
    match source {
        None => "—".to_owned(),
        Some(u)
            if (u.starts_with("https://") || u.starts_with("http://"))
                && !u.contains(char::is_whitespace) =>
        {
            format!("<a href=\"{0}\" rel=\"noreferrer\">{0}</a>", esc(u))
        }
        Some(t) => esc(t),
    }
}

pub(super) fn sources_section(s: &mut String, sources: &[Source], as_of: &AsOf) {
    s.push_str(
        "<section id=\"sources\"><h2>出典</h2><table><tr><th>ネットワーク</th><th>プログラム</th>\
         <th>出典</th><th>ファイル</th><th>更新日</th></tr>",
    );
    for src in sources {
        let n = &src.network;
        let _ = write!(
            s,
            "<tr><td>{}<br><small>{}</small></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&n.name),
            esc(&n.id),
            esc(n.program.label_ja()),
            source_cell(n.source.as_deref()),
            esc(&src.file),
            esc(src.modified.as_deref().unwrap_or("不明")),
        );
    }
    let _ = write!(
        s,
        "</table><p class=\"asof\">renkei {} が作成。データはファイルの更新日時点のものです。</p></section>",
        esc(&as_of.version)
    );
}
