//! Every word the browser shows, in Japanese and English.
//!
//! One struct per language instead of lookups by key: a missing label is a
//! compile error, and switching language is swapping one reference.

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
};
