//! `--help` in Japanese: clap's command tree with renkei's about and help
//! texts, the usage line and the section headings replaced before
//! parsing. clap's errors are worded in Japanese by `usage`.

use clap::{Arg, ArgAction, Command};

use crate::msg::Lang;

/// The command tree in `lang`; English is the tree as declared.
#[must_use]
pub fn localise(cmd: Command, lang: Lang) -> Command {
    match lang {
        Lang::En => cmd,
        Lang::Ja => japanese(cmd, ""),
    }
}

const TEMPLATE: &str = "{about-with-newline}\n使い方: {usage}\n\n{all-args}{after-help}";

fn japanese(cmd: Command, parent: &str) -> Command {
    let name = cmd.get_name().to_owned();
    let path = if parent.is_empty() {
        name.clone()
    } else {
        format!("{parent} {name}")
    };
    let mut cmd = cmd
        .help_template(TEMPLATE)
        .subcommand_help_heading("コマンド")
        .subcommand_value_name("COMMAND")
        .disable_help_subcommand(true);
    if let Some(about) = about(&path) {
        cmd = cmd.about(about);
    }
    if path == "renkei" {
        cmd = cmd
            .after_help("サブコマンドがなければ、DIR（既定は networks）のブラウザを開きます。")
            // The second line lined up under 「使い方: 」, one cell wider
            // than `Usage: ` (使い方 is three wide characters).
            .override_usage("renkei [OPTIONS] [DIR]\n        renkei [OPTIONS] <COMMAND>")
            .disable_version_flag(true)
            .arg(
                Arg::new("version")
                    .short('V')
                    .long("version")
                    .action(ArgAction::Version)
                    .help("バージョンを表示します"),
            );
    }
    // clap adds its own `--help` when building; declared here, it speaks
    // Japanese.
    cmd = cmd.disable_help_flag(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help("ヘルプを表示します"),
    );
    let ids: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (id, positional) in ids {
        let heading = if positional {
            "引数"
        } else {
            "オプション"
        };
        let help = arg_help(&path, &id);
        cmd = cmd.mut_arg(id.as_str(), |a| {
            let a = a.help_heading(heading);
            match help {
                Some(h) => a.help(h),
                None => a,
            }
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for sub in subs {
        let p = path.clone();
        cmd = cmd.mut_subcommand(sub, move |s| japanese(s, &p));
    }
    cmd
}

/// A command's one-line description, by its path (`renkei export graph`).
fn about(path: &str) -> Option<&'static str> {
    Some(match path {
        "renkei" => "地域の産学官連携ネットワークを地図にします。",
        "renkei check" => "すべてのファイルを確認し、問題を FILE:LINE:COLUMN で報告します。",
        "renkei stats" => "都道府県・事業ごとのネットワーク数と、セクターごとの機関数を数えます。",
        "renkei browse" => "端末のブラウザを開きます（サブコマンドなしのときの既定）。",
        "renkei entities" => "名寄せした機関・人物・役職を一覧にします。",
        "renkei export" => "合同会議の連絡先一覧やグラフのファイルを書き出します。",
        "renkei export contacts" => "選んだネットワークの構成員の連絡先一覧を書き出します。",
        "renkei export graph" => "ネットワークと構成員のグラフを書き出します。",
        "renkei import" => "構成員名簿（xlsx、ods、CSV）をネットワークの YAML ファイルにします。",
        "renkei overlap" => "どのネットワークがどの機関・人物・役職を共有しているかを示します。",
        "renkei keypersons" => "ネットワークを結ぶ人物・役職（キーパーソン）を順位付けします。",
        "renkei network" => {
            "1 つのネットワークの構成員を、ほかに属するネットワークとともに示します。"
        }
        "renkei table" => "事業別の表: 事業ごとに 1 列、構成員をセクター別に並べます。",
        "renkei matrix" => "構成員 × ネットワークの所属表（橋渡し役が先）。",
        "renkei report" => "重なりを共有用の 1 つの HTML ページに書き出します。",
        "renkei schema" => "ネットワークと登録ファイルの JSON Schema を出力します。",
        "renkei generate" => "ベンチマーク用の合成データフォルダを書き出します。",
        _ => return None,
    })
}

/// An argument's help, by the command's path and the argument's id; the
/// same id means the same thing everywhere unless listed per command.
fn arg_help(path: &str, id: &str) -> Option<&'static str> {
    let cmd = path.rsplit(' ').next().unwrap_or(path);
    if let Some(h) = per_command(cmd, id) {
        return Some(h);
    }
    Some(match id {
        "help" => "ヘルプを表示します",
        "version" => "バージョンを表示します",
        "dir" => "ネットワークと登録ファイルの YAML があるデータフォルダ",
        "lang" => {
            "メッセージとブラウザの言語（既定: LC_ALL、LC_MESSAGES、LANG が ja で始まれば日本語）"
        }
        "color" => "色を付けるとき",
        "max_file_size" => "これより大きいファイルは読まずにエラーとします（バイト）",
        "input_encoding" => {
            "UTF-8 でないファイルの文字コード（UTF-8 として正しいファイルや BOM 付きのファイルはそのまま読みます）"
        }
        "format" => "出力の形式",
        "deny_warnings" => "警告も問題として扱います（終了コード 1）",
        "kind" | "kinds" => "この種類の実体だけ",
        "sector" | "sectors" => {
            "このセクターの実体だけ: academia、government、industry、finance、other"
        }
        "networks" => "この ID のネットワークだけ",
        "prefectures" => "この都道府県のネットワークだけ（広島県。広島でも可）",
        "programs" => "この事業のネットワークだけ: kofukin、coi-next、platform、other",
        "cities" => "この市町村（`city:`）のネットワークだけ",
        "year" => "YEAR 年に活動中のネットワークだけ（since ≤ YEAR ≤ until）",
        "min_shared" => "共有する実体が N 以上の組だけ",
        "output" => "標準出力ではなく FILE に書き出します（`-` は標準出力）",
        "force" => "FILE がすでにあれば置き換えます",
        "encoding" => "CSV の文字コード（既定: utf-8-bom）",
        "betweenness" => "媒介中心性: `auto`、`exact`、またはサンプルする起点の数",
        "limit" => "最初の N 件だけ表示します",
        "width" => "テキストの幅（端末のセル数。既定: $COLUMNS、なければ 100）",
        "id" => "ネットワークの ID（`hiroshima/kofukin`）",
        "all_pairs" => "組が 100,000 を超えてもすべて書き出します",
        "out" => "書き出すフォルダ（既存のファイルは上書きしません）",
        "members" => "ネットワークあたりの平均構成員数",
        "seed" => "乱数の種（同じ種なら同じファイル）",
        _ => return None,
    })
}

fn per_command(cmd: &str, id: &str) -> Option<&'static str> {
    Some(match (cmd, id) {
        ("generate", "networks") => "ネットワークの数",
        ("contacts" | "graph", "networks") => {
            "ネットワークの ID（`kochi/kofukin`）。繰り返すか、カンマで区切ります"
        }
        ("import", "file") => "構成員名簿: .xlsx、.xls、.ods、.csv（UTF-8 または Shift_JIS/CP932）",
        ("import", "output") => "書き出す YAML ファイル（既定: DIR/<FILE の名前>.yaml）",
        ("import", "force") => "出力先のファイルがあれば置き換えます",
        ("import", "name") => "ネットワークの名前（既定: ファイル名）",
        ("import", "program") => "事業: kofukin、coi-next、platform、other",
        ("import", "prefecture") => "都道府県（高知県。高知でも可）",
        ("import", "source") => "名簿の出典（URL や文書）。`source:` として書きます",
        ("import", "sheet") => "ブックのシート（名前か番号。1 が最初。既定: 1）",
        ("import", "header_row") => "見出しの行（1 が最初。既定: 見出しの名前から探します）",
        ("import", "maps") => "項目の列を見出しか番号で指定します（例: `--map org=勤務先`）",
        ("import", "dry_run") => "YAML と報告を表示するだけで、何も書き出しません",
        ("report", "output") => "書き出す HTML ファイル（`-` は標準出力）",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;
    use crate::cli::Cli;

    /// Every command and every visible argument has Japanese help.
    #[test]
    fn every_command_and_option_has_japanese_help() {
        fn walk(cmd: &Command, path: &str, missing: &mut Vec<String>) {
            if about(path).is_none() && !cmd.is_hide_set() {
                missing.push(format!("about of {path}"));
            }
            for a in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
                let id = a.get_id().as_str();
                if arg_help(path, id).is_none() {
                    missing.push(format!("{path} {id}"));
                }
            }
            for s in cmd.get_subcommands() {
                walk(s, &format!("{path} {}", s.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "renkei", &mut missing);
        assert!(missing.is_empty(), "{missing:#?}");
    }

    #[test]
    fn japanese_help_reads_japanese() {
        let mut cmd = localise(Cli::command(), Lang::Ja);
        let help = cmd.render_help().to_string();
        assert!(help.contains("使い方: renkei"), "{help}");
        assert!(help.contains("コマンド"), "{help}");
        assert!(help.contains("すべてのファイルを確認し"), "{help}");
        let check = cmd
            .find_subcommand_mut("check")
            .unwrap()
            .render_help()
            .to_string();
        assert!(check.contains("警告も問題として扱います"), "{check}");
        assert!(!check.contains("Treat warnings"), "{check}");
        let en = Cli::command().render_help().to_string();
        assert!(en.contains("Usage: renkei"), "{en}");
    }
}
