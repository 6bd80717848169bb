//! Every word the browser shows, in Japanese and English.
//!
//! One struct per language instead of lookups by key: a missing label is a
//! compile error, and switching language is swapping one reference.

use super::keymap::Topic;
use crate::identity::EntityKind;
use crate::model::{Program, Sector};
use crate::workspace::Stage;

/// Interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Ja,
    En,
}

impl Lang {
    /// Japanese when `LANG` (or `LC_ALL`, `LC_MESSAGES`) starts with `ja`.
    #[must_use]
    pub fn from_env() -> Lang {
        let var = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
            .unwrap_or_default();
        if var.starts_with("ja") {
            Lang::Ja
        } else {
            Lang::En
        }
    }

    #[must_use]
    pub fn labels(self) -> &'static Labels {
        match self {
            Lang::Ja => &JA,
            Lang::En => &EN,
        }
    }

    #[must_use]
    pub fn program(self, p: Program) -> &'static str {
        match self {
            Lang::Ja => p.label_ja(),
            Lang::En => p.label_en(),
        }
    }

    /// A sector's one-character tag (学官産金他 or a letter).
    #[must_use]
    pub fn sector_tag(self, s: Sector) -> &'static str {
        match self {
            Lang::Ja => s.label_ja(),
            Lang::En => &s.id()[..1],
        }
    }

    #[must_use]
    pub fn sector(self, s: Sector) -> &'static str {
        match self {
            Lang::Ja => s.label_ja(),
            Lang::En => s.id(),
        }
    }

    #[must_use]
    pub fn kind(self, k: EntityKind) -> &'static str {
        let kinds = self.labels().kinds;
        match k {
            EntityKind::Organization => kinds[0],
            EntityKind::Person => kinds[1],
            EntityKind::Position => kinds[2],
        }
    }
}

impl Labels {
    /// What a help topic says.
    #[must_use]
    pub fn topic(&self, t: Topic) -> &'static str {
        self.topics[t as usize]
    }

    /// What the loading bar says at `stage`.
    #[must_use]
    pub fn stage(&self, stage: Stage) -> &'static str {
        self.stages[stage as usize]
    }
}

/// The browser's words.
#[derive(Debug)]
pub struct Labels {
    pub prefectures: &'static str,
    pub networks: &'static str,
    pub members: &'static str,
    pub detail: &'static str,
    pub browse: &'static str,
    pub overlap: &'static str,
    pub keypersons: &'static str,
    pub graph: &'static str,
    pub problems: &'static str,
    pub search: &'static str,
    pub help: &'static str,
    pub all: &'static str,
    pub none: &'static str,
    pub filter: &'static str,
    pub program: &'static str,
    pub sector: &'static str,
    pub year: &'static str,
    pub marked: &'static str,
    pub spellings: &'static str,
    pub in_networks: &'static str,
    pub role: &'static str,
    pub title: &'static str,
    pub affiliation: &'static str,
    pub contact: &'static str,
    pub present_directly: &'static str,
    pub present_via: &'static str,
    pub shared_with: &'static str,
    pub no_data: &'static str,
    pub too_small: &'static str,
    pub help_hint: &'static str,
    pub export_title: &'static str,
    pub export_file: &'static str,
    pub export_format: &'static str,
    pub export_overwrite: &'static str,
    pub export_wrote: &'static str,
    pub export_nothing_marked: &'static str,
    pub loading: &'static str,
    pub accept: &'static str,
    pub dismiss: &'static str,
    pub suggestion: &'static str,
    pub no_problems: &'static str,
    pub suggestions_pending: &'static str,
    pub appended: &'static str,
    pub shared: &'static str,
    pub brokers: &'static str,
    pub no_overlap: &'static str,
    pub reloaded: &'static str,
    pub reload_broken: &'static str,
    pub reload_failed: &'static str,
    pub reload_cancelled: &'static str,
    pub reloading: &'static str,
    pub decided: &'static str,
    pub undone: &'static str,
    pub nothing_to_undo: &'static str,
    pub failed_file: &'static str,
    pub same: &'static str,
    pub different: &'static str,
    pub undo: &'static str,
    pub legend: &'static str,
    /// What `+N`, `*`, `(N)`, a betweenness and the heat map mean.
    pub legend_rows: [&'static str; 5],
    pub keys_in_dialogs: &'static str,
    /// The keypersons view's one-line legend.
    pub keypersons_legend: &'static str,
    pub scope_all: &'static str,
    pub too_many: &'static str,
    pub stages: [&'static str; 4],
    /// Per help topic, in `keymap::Topic` order.
    pub topics: [&'static str; 18],
    pub kinds: [&'static str; 3],
}

pub static JA: Labels = Labels {
    prefectures: "都道府県",
    networks: "ネットワーク",
    members: "構成員",
    detail: "詳細",
    browse: "一覧",
    overlap: "重なり",
    keypersons: "キーパーソン",
    graph: "関係図",
    problems: "問題",
    search: "検索",
    help: "ヘルプ",
    all: "すべて",
    none: "なし",
    filter: "絞り込み",
    program: "事業",
    sector: "区分",
    year: "年度",
    marked: "選択",
    spellings: "表記",
    in_networks: "所属ネットワーク",
    role: "役割",
    title: "役職",
    affiliation: "所属",
    contact: "連絡先",
    present_directly: "直接参加",
    present_via: "経由",
    shared_with: "他のネットワーク",
    no_data: "データがありません",
    too_small: "画面が小さすぎます",
    help_hint: "?:ヘルプ q:終了",
    export_title: "連絡先リストの書き出し",
    export_file: "ファイル名",
    export_format: "形式",
    export_overwrite: "既にあります。上書きしますか? (y/n)",
    export_wrote: "書き出しました",
    export_nothing_marked: "スペースでネットワークを選択してください",
    loading: "読み込み中",
    accept: "採用",
    dismiss: "却下",
    suggestion: "重複候補",
    no_problems: "問題はありません",
    suggestions_pending: "重複候補を計算中…",
    appended: "レジストリに追記しました",
    shared: "共通",
    brokers: "唯一のつながり",
    no_overlap: "共通の構成員はありません",
    reloaded: "再読み込みしました",
    reload_broken: "再読み込み: 読み込めないファイルがあります",
    reload_failed: "再読み込みできません",
    reload_cancelled: "再読み込みを中止しました",
    reloading: "再読み込み中 (Escで中止)",
    decided: "レジストリに記録しました",
    undone: "取り消しました",
    nothing_to_undo: "取り消す決定はありません",
    failed_file: "読み込み失敗",
    same: "同一",
    different: "別物",
    undo: "取り消し",
    legend: "記号",
    legend_rows: [
        "+N 他の N 個のネットワークにも参加",
        "* 印付きネットワーク / 複数事業にまたがる機関・人物",
        "(N) 関係図: 共通の構成員数",
        "0.241 媒介中心性 (0〜1、高いほど橋渡し役)",
        "重なりの数字: 共通の構成員数",
    ],
    keys_in_dialogs: "検索・書き出し: 文字入力, Enter 決定, Esc 閉じる, Tab 形式",
    keypersons_legend: "* 複数の事業にまたがる  0.241 媒介中心性 (0〜1)",
    scope_all: "全国",
    too_many: "件は多すぎます。都道府県か絞り込み (p y) を選んでください。最大",
    stages: [
        "ファイルを読み込み中",
        "表記の名寄せ中",
        "重なりを計算中",
        "検索索引を作成中",
    ],
    topics: [
        "移動",
        "先頭・末尾・ページ",
        "ペイン切替",
        "開く・ジャンプ・決定",
        "戻る・閉じる・再読み込み中止",
        "選択した構成員の次のネットワークへ",
        "検索 (漢字・かな・ローマ字)",
        "一覧・事業表・重なり・キーパーソン・関係図・問題",
        "絞り込み: 事業・区分・年度 (前後)・解除",
        "キーパーソンの種別",
        "ネットワークに印を付ける",
        "印を付けたネットワークの連絡先を書き出す",
        "重複候補: a 同一 / x 別物 (レジストリに記録)",
        "最後の決定を取り消す",
        "再読み込み",
        "このヘルプ",
        "終了",
        "重なり: 共通の構成員が一つだけの次の組へ",
    ],
    kinds: ["機関", "人物", "役職"],
};

pub static EN: Labels = Labels {
    prefectures: "Prefectures",
    networks: "Networks",
    members: "Members",
    detail: "Detail",
    browse: "Browse",
    overlap: "Overlap",
    keypersons: "Keypersons",
    graph: "Graph",
    problems: "Problems",
    search: "Search",
    help: "Help",
    all: "all",
    none: "none",
    filter: "Filter",
    program: "program",
    sector: "sector",
    year: "year",
    marked: "marked",
    spellings: "Spellings",
    in_networks: "Networks",
    role: "role",
    title: "title",
    affiliation: "Affiliation",
    contact: "Contact",
    present_directly: "member",
    present_via: "via",
    shared_with: "other networks",
    no_data: "No data",
    too_small: "Window too small",
    help_hint: "?:help q:quit",
    export_title: "Export contact list",
    export_file: "File",
    export_format: "Format",
    export_overwrite: "exists. Overwrite? (y/n)",
    export_wrote: "Wrote",
    export_nothing_marked: "Mark networks with Space first",
    loading: "Loading",
    accept: "accept",
    dismiss: "dismiss",
    suggestion: "Possible duplicate",
    no_problems: "No problems",
    suggestions_pending: "Computing duplicate suggestions…",
    appended: "Appended to the registry",
    shared: "Shared",
    brokers: "Only link",
    no_overlap: "Nothing shared",
    reloaded: "Reloaded",
    reload_broken: "Reloaded; some files could not be read",
    reload_failed: "Cannot reload",
    reload_cancelled: "Reload cancelled",
    reloading: "Reloading (Esc cancels)",
    decided: "Recorded in the registry",
    undone: "Undone",
    nothing_to_undo: "No decision to undo",
    failed_file: "not loaded",
    same: "same",
    different: "different",
    undo: "undo",
    legend: "Symbols",
    legend_rows: [
        "+N in N other networks too",
        "* marked network / bridge across programs",
        "(N) graph: members shared",
        "0.241 betweenness (0 to 1, higher bridges more)",
        "overlap numbers: members shared",
    ],
    keys_in_dialogs: "search, export: type, Enter accepts, Esc closes, Tab format",
    keypersons_legend: "* spans several programs  0.241 betweenness (0 to 1)",
    scope_all: "all Japan",
    too_many: "networks are too many to compare; choose a prefecture or a filter (p y). At most",
    stages: [
        "Reading files",
        "Resolving names",
        "Building the overlap graph",
        "Indexing for search",
    ],
    topics: [
        "move",
        "top, bottom, page",
        "switch pane",
        "open, jump, accept",
        "back, close, cancel a reload",
        "next network of the selected member",
        "search (kanji, kana or romaji)",
        "browse, program table, overlap, keypersons, graph, problems",
        "filter: program, sector, year (step), clear",
        "kind in the keypersons view",
        "mark a network",
        "export the marked networks' contacts",
        "duplicate: a same / x different (in the registry)",
        "undo the last decision",
        "reload the data",
        "this help",
        "quit",
        "overlap: next pair sharing exactly one member",
    ],
    kinds: ["org", "person", "position"],
};
