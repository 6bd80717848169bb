//! The words of the keypersons view and the overlap matrix, in Japanese
//! and English: column headers, legends and the pair detail. Kept apart
//! from `labels` so those views can grow without that table growing.

use super::labels::Lang;
use crate::model::Program;

/// Words of views 2 and 3.
#[derive(Debug)]
pub struct Words {
    /// Ranking columns: rank, kind, name, organisation · title, networks,
    /// betweenness, programs.
    pub columns: [&'static str; 7],
    /// Short program tags for the ranking's last column, in
    /// [`Program::ALL`] order.
    pub program_tags: [&'static str; 4],
    /// The ranking's legend; `{method}` is how betweenness was computed.
    pub keypersons_legend: &'static str,
    /// The same for narrow screens.
    pub keypersons_legend_short: &'static str,
    pub exact: &'static str,
    /// `{pivots}` of `{nodes}` nodes.
    pub sampled: &'static str,
    pub nodes: &'static str,
    pub only_links: &'static str,
    pub only_links_none: &'static str,
    /// Before the pairs an only link alone holds.
    pub only_pairs: &'static str,
    pub pairs: &'static str,
    pub programs: &'static str,
    pub betweenness: &'static str,
    pub member: &'static str,
    /// The matrix legend.
    pub matrix_legend: &'static str,
    /// The status line when no pair shares exactly one member.
    pub no_sole_pair: &'static str,
    pub direct: &'static str,
    pub more: &'static str,
}

static JA: Words = Words {
    columns: ["#", "種別", "名前", "所属・役職", "NW", "媒介", "事業"],
    program_tags: ["交付金", "COI", "PF", "他"],
    keypersons_legend: "* 複数の事業にまたがる  NW 参加ネットワーク数  媒介 = 媒介中心性: 表示中のネットワークと構成員を結ぶ図で、2点間の最短経路のうちこの点を通る割合 (0〜1、高いほど橋渡し役)",
    keypersons_legend_short: "* 複数の事業  NW ネットワーク数  媒介 媒介中心性: 2点間の最短経路がこの点を通る割合 (0〜1)",
    exact: "厳密計算",
    sampled: "標本推定",
    nodes: "点",
    only_links: "唯一のつながり",
    only_links_none: "取り除くと2つのネットワークの共通点がなくなる構成員はいません",
    only_pairs: "これがなければ共通点のなくなる組み合わせ",
    pairs: "組",
    programs: "事業",
    betweenness: "媒介中心性",
    member: "構成員",
    matrix_legend: "数字 共通の構成員数 (濃いほど多い)  - 同じネットワーク  . 共通なし  1 一人だけが共通 (o で次へ)  Enter 行のネットワークへ",
    no_sole_pair: "共通の構成員が一つだけの組はありません",
    direct: "直接",
    more: "他",
};

static EN: Words = Words {
    columns: [
        "#",
        "kind",
        "name",
        "organisation · title",
        "NW",
        "betw.",
        "programs",
    ],
    program_tags: ["Kof", "COI", "PF", "Oth"],
    keypersons_legend: "* spans several programs  NW networks it sits in  betw. = betweenness: of the shortest paths between any two points of the graph of shown networks and members, the share through this one (0 to 1, higher bridges more)",
    keypersons_legend_short: "* several programs  NW networks  betw. betweenness: share of shortest paths through it (0 to 1)",
    exact: "exact",
    sampled: "sampled",
    nodes: "nodes",
    only_links: "Only links",
    only_links_none: "No member whose removal leaves two networks with nothing in common",
    only_pairs: "Pairs left with nothing in common without it",
    pairs: "pairs",
    programs: "programs",
    betweenness: "betweenness",
    member: "member",
    matrix_legend: "numbers: members shared (darker is more)  - same network  . nothing shared  1 one member shared (o: next)  Enter: the row's network",
    no_sole_pair: "No pair shares exactly one member",
    direct: "member",
    more: "more",
};

impl Lang {
    #[must_use]
    pub fn words(self) -> &'static Words {
        match self {
            Lang::Ja => &JA,
            Lang::En => &EN,
        }
    }
}

impl Words {
    #[must_use]
    pub fn program_tag(&self, p: Program) -> &'static str {
        self.program_tags[p as usize]
    }
}
