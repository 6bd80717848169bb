//! The Japanese words messages are built from: what a YAML value was,
//! the allowed values of a vocabulary, the kinds of things named, the
//! names of control characters.

use super::{
    EmailProblem, Example, Found, IoProblem, Kind, NoTerminal, NumberProblem, Special, Vocab,
};

pub(super) fn found_ja(f: Found) -> &'static str {
    match f {
        Found::Null => "値なし（null）",
        Found::Bool => "真偽値（true/false）",
        Found::Number => "数値",
        Found::Text => "文字列",
        Found::List => "リスト",
        Found::Mapping => "マッピング",
    }
}

pub(super) fn special_ja(s: Special) -> &'static str {
    match s {
        Special::Pipe => "名前付きパイプ",
        Special::Socket => "ソケット",
        Special::Device => "デバイス",
        Special::Disk => "ブロックデバイス（ディスク）",
        Special::Folder => "フォルダ",
        Special::Other => "ファイル以外",
    }
}

pub(super) fn example_ja(e: Example) -> &'static str {
    match e {
        Example::NetworkName => "ネットワークの正式名称（例: `name: 高知県・大学等連携協議会`）",
        Example::Program => "`program: kofukin`（または coi-next、platform、other）",
        Example::Prefecture => "`prefecture: 広島県`（正式な名前）",
        Example::Sector => "`sector: academia`",
        Example::Members => "`members:` と、構成員ごとに `- org: …`（不明なら `members: []`）",
    }
}

pub(super) fn email_ja(p: EmailProblem) -> &'static str {
    match p {
        EmailProblem::FullWidthAt => "全角の＠が使われています",
        EmailProblem::NotOneAt => "@ はちょうど 1 つ必要です",
        EmailProblem::EmptyPart => "@ の前か後ろがありません",
        EmailProblem::NoDot => "@ の後ろのドメインには example.jp のようにドットが必要です",
        EmailProblem::SpacesOrNonAscii => "空白か半角英数字以外の文字が含まれています",
    }
}

pub(super) fn allowed_ja(v: Vocab) -> &'static str {
    match v {
        Vocab::Program => "kofukin、coi-next、platform、other",
        Vocab::Sector => "academia（学）、government（官）、industry（産）、finance（金）、other",
        Vocab::Prefecture => "47 都道府県の正式な名前（例: 広島県、東京都、大阪府、北海道）",
    }
}

pub(super) fn kind_ja(k: Kind) -> &'static str {
    match k {
        Kind::Org => "機関",
        Kind::Person => "人物",
        Kind::Position => "役職",
    }
}

/// A control or invisible character named in Japanese, with its code
/// point.
pub(super) fn char_ja(c: char) -> String {
    let name = match c {
        '\u{1b}' => "ESC",
        '\u{7}' => "BEL",
        '\u{8}' => "バックスペース",
        '\n' => "改行",
        '\r' => "復帰（CR）",
        '\u{7f}' => "DEL",
        '\u{9b}' => "CSI",
        '\u{0}'..='\u{1f}' => "C0 制御文字",
        '\u{80}'..='\u{9f}' => "C1 制御文字",
        '\u{202e}' => "右から左への上書き",
        '\u{202d}' => "左から右への上書き",
        '\u{202a}'..='\u{202c}' | '\u{2066}'..='\u{2069}' => "双方向テキストの制御文字",
        '\u{200e}' | '\u{200f}' | '\u{61c}' => "双方向テキストの記号",
        '\u{feff}' => "バイトオーダーマーク",
        '\u{200b}' => "ゼロ幅スペース",
        '\u{200c}' => "ゼロ幅非接合子",
        '\u{200d}' => "ゼロ幅接合子",
        '\u{2060}' => "単語結合子",
        '\u{ad}' => "ソフトハイフン",
        '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}' => "異体字セレクタ",
        c if crate::text::is_invisible(c) => "見えない文字",
        _ => "制御文字",
    };
    format!("{name}（U+{:04X}）", u32::from(c))
}

/// What to run instead of the browser without a terminal.
pub(super) const BROWSE_SUBCOMMANDS: &str = "代わりにサブコマンドを使ってください:
  renkei check [DIR]        データの問題（ファイル:行:桁）
  renkei stats [DIR]        都道府県・事業ごとのネットワーク数
  renkei entities [DIR]     機関・人物・役職の一覧
  renkei overlap [DIR]      ネットワーク間で共通する構成員
  renkei keypersons [DIR]   ネットワークや事業をつなぐキーパーソン
  renkei network ID [DIR]   1 つのネットワークと、構成員のほかの所属
  renkei export ...         連絡先リストとグラフのファイル
  renkei schema             エディタ用の JSON Schema
詳しくは `renkei --help` を見てください。";

/// The formats `export contacts` and `export graph` write.
pub(super) const CONTACT_LIST: &str = "xlsx (.xlsx), csv (.csv), vcard (.vcf), markdown (.md)";
pub(super) const GRAPH_LIST: &str =
    "graphml (.graphml), gexf (.gexf), dot (.dot, .gv), json (.json)";

/// `export`'s formats of one kind, for "`.x` のファイルを書きません".
pub(super) fn formats_ja(graph: bool) -> String {
    if graph {
        format!("グラフの形式: {GRAPH_LIST}")
    } else {
        format!("連絡先一覧の形式: {CONTACT_LIST}")
    }
}

/// Row numbers, `4、7、9`.
pub(super) fn rows_ja(rows: &[usize]) -> String {
    rows.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("、")
}

/// Why a number on the command line is not one.
pub(super) fn number_ja(p: NumberProblem) -> &'static str {
    match p {
        NumberProblem::Empty => "数が空です",
        NumberProblem::InvalidDigit => "数字以外の文字があります。半角の数字で書いてください",
        NumberProblem::TooLarge => "数が大きすぎます",
        NumberProblem::TooSmall => "数が小さすぎます",
        NumberProblem::Zero => "0 は指定できません",
    }
}

/// A file-system error by its kind; the system's words when the kind
/// says nothing.
pub(super) fn io_ja(p: IoProblem, detail: &str) -> String {
    match p {
        IoProblem::NotFound => "見つかりません".into(),
        IoProblem::PermissionDenied => "アクセスする権限がありません".into(),
        IoProblem::AlreadyExists => "すでに存在します".into(),
        IoProblem::IsADirectory => "フォルダです".into(),
        IoProblem::NotADirectory => "フォルダではありません".into(),
        IoProblem::ReadOnly => "読み取り専用のファイルシステムです".into(),
        IoProblem::StorageFull => "ディスクの空きがありません".into(),
        IoProblem::Other => format!("入出力エラー（{detail}）"),
    }
}

pub(super) fn no_terminal_ja(w: NoTerminal) -> &'static str {
    match w {
        NoTerminal::Stdin => "標準入力が端末ではありません（キーはそこから読みます）",
        NoTerminal::Stdout => "標準出力が端末ではありません",
        NoTerminal::Neither => "標準入力も標準出力も端末ではありません",
    }
}
