//! The command line in the user's language beyond `check`: clap's usage
//! errors (rendered by renkei in Japanese), the import report, `generate`
//! and the browser's start-up errors. Each is run three ways: `--lang ja`,
//! `LANG=ja_JP.UTF-8` with no flag, and `LANG=C` (English).

mod common;

use common::renkei;

const SMALL: &str = "tests/fixtures/export/small";

/// How the language is chosen.
#[derive(Clone, Copy, Debug)]
enum Via {
    /// `--lang ja` before the subcommand.
    Flag,
    /// `LANG=ja_JP.UTF-8`, no flag.
    Env,
    /// `LANG=C`: English.
    C,
}

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(via: Via, args: &[&str]) -> Out {
    let mut cmd = renkei();
    match via {
        Via::Flag => {
            cmd.args(["--lang", "ja"]);
        }
        Via::Env => {
            cmd.env("LANG", "ja_JP.UTF-8");
        }
        Via::C => {
            cmd.env("LANG", "C");
        }
    }
    let out = cmd.args(args).env("NO_COLOR", "1").output().unwrap();
    Out {
        code: out.status.code().unwrap(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// Runs `args` in Japanese both ways and in English; each stderr must hold
/// its texts, and the exit code is `code` throughout.
fn says(args: &[&str], code: i32, ja: &[&str], en: &[&str]) {
    for (via, texts) in [(Via::Flag, ja), (Via::Env, ja), (Via::C, en)] {
        let out = run(via, args);
        assert_eq!(out.code, code, "{via:?} {args:?}\n{}", out.stderr);
        for t in texts {
            assert!(
                out.stderr.contains(t),
                "{via:?} {args:?}: no `{t}` in\n{}",
                out.stderr
            );
        }
    }
}

#[test]
fn a_bad_number_is_explained_in_the_user_s_language() {
    says(
        &["overlap", "--min-shared", "x", SMALL],
        2,
        &[
            "エラー: 「--min-shared <N>」の値「x」は使えません: 数字以外の文字があります",
            "詳しくは「--help」で確認してください。",
        ],
        &[
            "error: invalid value 'x' for '--min-shared <N>': invalid digit found in string",
            "For more information, try '--help'.",
        ],
    );
}

#[test]
fn an_unknown_option_gets_the_similar_one() {
    says(
        &["check", "--deny-warning", SMALL],
        2,
        &[
            "エラー: 想定外の引数「--deny-warning」があります",
            "ヒント: 「--deny-warnings」のことですか？",
            "使い方: renkei check --deny-warnings [DIR]",
        ],
        &[
            "error: unexpected argument '--deny-warning' found",
            "tip: a similar argument exists: '--deny-warnings'",
            "Usage: renkei check --deny-warnings [DIR]",
        ],
    );
}

#[test]
fn missing_arguments_are_listed() {
    says(
        &["import"],
        2,
        &[
            "エラー: 次の引数が必要です:\n  --program <PROGRAM>",
            "使い方: renkei import",
        ],
        &[
            "error: the following required arguments were not provided:\n  --program <PROGRAM>",
            "Usage: renkei import",
        ],
    );
}

#[test]
fn an_invalid_value_lists_the_possible_ones() {
    says(
        &["check", "--format", "yaml", SMALL],
        2,
        &["「--format <FORMAT>」の値「yaml」は使えません\n  ［使える値: text、json］"],
        &["invalid value 'yaml' for '--format <FORMAT>'\n  [possible values: text, json]"],
    );
}

#[test]
fn renkei_s_own_value_checks_speak_the_language_too() {
    says(
        &["overlap", "--prefecture", "広島x", SMALL],
        2,
        &["都道府県「広島x」が見つかりません。「広島県」ではありませんか？"],
        &["unknown prefecture `広島x`; did you mean `広島県`?"],
    );
    says(
        &[
            "import",
            "a.csv",
            "--program",
            "kofukin",
            "--prefecture",
            "高知県",
            "--map",
            "orgg=x",
        ],
        2,
        &["項目「orgg」はありません。「org」のことですか？"],
        &["unknown field `orgg`; did you mean `org`? fields: person, kana"],
    );
}

#[test]
fn an_unknown_subcommand_gets_the_similar_one() {
    says(
        &[SMALL, "stat"],
        2,
        &[
            "エラー: サブコマンド「stat」はありません",
            "ヒント: 「stats」のことですか？",
        ],
        &[
            "error: unrecognized subcommand 'stat'",
            "tip: a similar subcommand exists: 'stats'",
        ],
    );
    // DIR goes after the subcommand; before it renkei says so.
    says(
        &[SMALL, "stats"],
        2,
        &["DIR はサブコマンドの後に書いてください"],
        &["give DIR after the subcommand"],
    );
}

#[test]
fn lang_before_the_subcommand_is_taken() {
    let out = run(Via::Flag, &["stats", SMALL]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("人物: 2"), "{}", out.stdout);
}

#[test]
fn help_and_version_still_exit_0() {
    for via in [Via::Flag, Via::Env, Via::C] {
        assert_eq!(run(via, &["--version"]).code, 0);
        let help = run(via, &["overlap", "--help"]);
        assert_eq!(help.code, 0);
        assert!(help.stderr.is_empty(), "{}", help.stderr);
    }
}

#[test]
fn an_escape_in_a_value_is_shown_escaped_in_japanese_too() {
    let evil = "x\u{1b}]0;PWN\u{7}\u{9b}31m";
    for via in [Via::Flag, Via::Env, Via::C] {
        for opt in ["--prefecture", "--min-shared", "--format", "--kind"] {
            let out = run(via, &["overlap", opt, evil, SMALL]);
            assert_eq!(out.code, 2, "{via:?} {opt}");
            assert!(
                !out.stderr.contains(['\u{1b}', '\u{7}', '\u{9b}']),
                "{via:?} {opt}: {:?}",
                out.stderr
            );
        }
        let out = run(via, &["overlap", "--prefecture", evil, SMALL]);
        assert!(out.stderr.contains("\\u{9b}31m"), "{via:?}: {}", out.stderr);
    }
}

#[test]
fn the_import_report_is_in_the_user_s_language() {
    let args = [
        "import",
        "tests/fixtures/import/委員名簿_utf8.csv",
        "--program",
        "kofukin",
        "--prefecture",
        "高知県",
        "--dry-run",
        "tests/fixtures/import/data",
    ];
    for via in [Via::Flag, Via::Env] {
        let out = run(via, &args);
        assert_eq!(out.code, 0, "{}", out.stderr);
        for t in [
            "委員名簿_utf8.csv: 見出しは 3 行目、列は person=氏名",
            "6、7 行目は飛ばしました（空の行か、繰り返しの見出し）",
            "13 行目は除きました（氏名も所属もありません）",
            "     4 行目  区分 government (官) は「高知県」の「県」から推定",
            "tests/fixtures/import/data との照合:",
            "     5 行目  新規       長宗我部 元親之介",
            "     9 行目  重複候補   高知工科大学 ～ 高知県公立大学法人高知工科大学（スコア 90:",
            "既存 1 件、重複の可能性 2 件、新規 4 件",
        ] {
            assert!(
                out.stdout.contains(t),
                "{via:?}: no `{t}` in\n{}",
                out.stdout
            );
        }
        assert!(!out.stdout.contains("row "), "{}", out.stdout);
    }
    let out = run(Via::C, &args);
    for t in [
        "委員名簿_utf8.csv: header row 3, columns person=氏名",
        "skipped rows 6, 7 (empty or a repeated header)",
        "left out rows 13 (no name and no organisation)",
        "  row    4  sector government (官) guessed from `県` in 高知県",
        "matches in tests/fixtures/import/data:",
        "  row    5  new        長宗我部 元親之介",
        "1 existing, 2 possible duplicates, 4 new",
    ] {
        assert!(out.stdout.contains(t), "no `{t}` in\n{}", out.stdout);
    }
    // Files that cannot be imported.
    says(
        &[
            "import",
            "README.md",
            "--program",
            "kofukin",
            "--prefecture",
            "高知県",
            SMALL,
        ],
        2,
        &["renkei: README.md: renkei が取り込めるのは .xlsx、.xls、.ods、.csv のファイルで"],
        &["renkei: README.md: renkei imports .xlsx, .xls, .ods and .csv files, not `.md`"],
    );
    says(
        &[
            "import",
            "nothing.csv",
            "--program",
            "kofukin",
            "--prefecture",
            "高知県",
            SMALL,
        ],
        2,
        &["renkei: nothing.csv: 見つかりません"],
        &["renkei: nothing.csv: No such file or directory"],
    );
}

#[test]
fn generate_says_why_it_wrote_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("file");
    std::fs::write(&file, "x").unwrap();
    let into = file.join("data");
    let into = into.to_str().unwrap();
    says(
        &["generate", into, "--networks", "1"],
        2,
        &["/file/data: フォルダではありません"],
        &["/file/data: Not a directory"],
    );
    assert_eq!(std::fs::read(&file).unwrap(), b"x");
}

#[test]
fn the_browser_without_a_terminal_says_what_to_use() {
    says(
        &["browse", SMALL],
        2,
        &[
            "renkei: ブラウザには端末が必要ですが、標準入力も標準出力も端末ではありません。",
            "代わりにサブコマンドを使ってください:\n  renkei check [DIR]        データの問題",
        ],
        &[
            "renkei: the browser needs a terminal, and neither standard input nor standard output is one.",
            "Use a subcommand instead:\n  renkei check [DIR]",
        ],
    );
}

#[test]
fn overlap_and_keypersons_head_their_text_in_the_user_s_language() {
    says(&["overlap", SMALL], 0, &[], &[]);
    for via in [Via::Flag, Via::Env] {
        let out = run(via, &["overlap", SMALL]);
        for t in [
            "ネットワーク: 2（ID、事業、都道府県、数えた構成員、名前）",
            "ネットワークの組（共通する数、Jaccard 係数、共通するもの）",
            "広島県（hiroshima-council では「山田 太郎」を通じて）",
            "橋渡し: 4（うち事業をまたぐもの 4）",
        ] {
            assert!(
                out.stdout.contains(t),
                "{via:?}: no `{t}` in\n{}",
                out.stdout
            );
        }
        let out = run(via, &["keypersons", SMALL]);
        for t in [
            "キーパーソン: 1（媒介中心性: 9 ノードで厳密に計算）",
            "  2 ネットワーク  0.0536",
            "唯一のつながり: 0（",
        ] {
            assert!(
                out.stdout.contains(t),
                "{via:?}: no `{t}` in\n{}",
                out.stdout
            );
        }
    }
    let out = run(Via::C, &["overlap", SMALL]);
    assert!(
        out.stdout.starts_with("Networks: 2 (id, program"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains(" (in hiroshima-council through 山田 太郎)")
    );
    let out = run(Via::C, &["keypersons", SMALL]);
    assert!(
        out.stdout
            .starts_with("Keypersons: 1 (betweenness exact over 9 nodes)")
    );
    assert!(
        out.stdout.contains("  2 networks  0.0536"),
        "{}",
        out.stdout
    );
}

#[test]
fn table_and_matrix_head_their_text_in_the_user_s_language() {
    for via in [Via::Flag, Via::Env] {
        let out = run(via, &["table", SMALL, "--width", "100"]);
        assert!(
            out.stdout.starts_with("事業表: すべて（ネットワーク 2）\n"),
            "{}",
            out.stdout
        );
        assert!(
            out.stdout
                .contains("◆N: 表示中のほかのネットワークにもいる（全部で N）")
        );
        let out = run(via, &["matrix", SMALL, "--width", "100"]);
        assert!(
            out.stdout
                .starts_with("構成員の行列: すべて（ネットワーク 2）\n"),
            "{}",
            out.stdout
        );
        assert!(
            out.stdout
                .contains("● 構成員  ○ ほかの構成員を通じて参加  · 構成員でない")
        );
        let out = run(via, &["table", SMALL, "--program", "other"]);
        assert!(
            out.stdout.contains("条件に合うネットワークはありません"),
            "{}",
            out.stdout
        );
        // JSON stays English.
        let out = run(via, &["table", SMALL, "--format", "json"]);
        assert!(
            out.stdout.contains("\"scope\": \"すべて (2 networks)\""),
            "{}",
            out.stdout
        );
    }
    let out = run(Via::C, &["table", SMALL, "--width", "100"]);
    assert!(
        out.stdout
            .starts_with("Program table: すべて (2 networks)\n"),
        "{}",
        out.stdout
    );
    let out = run(Via::C, &["matrix", SMALL, "--width", "100"]);
    assert!(
        out.stdout
            .contains("● member  ○ present through someone  · not a member")
    );
}

#[test]
fn entities_and_network_summaries_are_in_the_user_s_language() {
    for via in [Via::Flag, Via::Env] {
        let out = run(via, &["entities", SMALL]);
        assert!(
            out.stdout.contains("別の表記: マツダ（株）"),
            "{}",
            out.stdout
        );
        assert!(out.stdout.ends_with("\n7 件\n"), "{}", out.stdout);
        // Headings, kinds and sectors too: 機関 · 学 rather than org · academia.
        assert!(out.stdout.starts_with("種別 "), "{}", out.stdout);
        assert!(out.stdout.contains("ネットワーク\n"), "{}", out.stdout);
        let hiroshima_u = out.stdout.lines().find(|l| l.contains("広島大学")).unwrap();
        assert!(hiroshima_u.starts_with("機関 "), "{hiroshima_u}");
        assert!(hiroshima_u.contains(" 学 "), "{hiroshima_u}");
        assert!(!out.stdout.contains("academia"), "{}", out.stdout);
        let out = run(via, &["network", "hiroshima-council", SMALL]);
        assert!(
            out.stdout
                .contains("構成員 4、うちほかのネットワークにもいるもの 3\n"),
            "{}",
            out.stdout
        );
    }
    let out = run(Via::C, &["entities", SMALL]);
    assert!(out.stdout.contains("also written: マツダ（株）"));
    assert!(out.stdout.ends_with("\n7 entities\n"), "{}", out.stdout);
    assert!(out.stdout.starts_with("KIND "), "{}", out.stdout);
    assert!(out.stdout.contains("\norg "), "{}", out.stdout);
    let out = run(Via::C, &["network", "hiroshima-council", SMALL]);
    assert!(out.stdout.contains("4 members, 3 also sit elsewhere\n"));
}

#[test]
fn report_says_where_it_wrote_in_the_user_s_language() {
    for (via, words) in [
        (Via::Flag, "のレポートを "),
        (Via::Env, "のレポートを "),
        (
            Via::C,
            "renkei: wrote the report of すべて (2 networks) to ",
        ),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("r.html");
        let out = run(via, &["report", SMALL, "-o", file.to_str().unwrap()]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(out.stderr.contains(words), "{via:?}: {}", out.stderr);
        let again = run(via, &["report", SMALL, "-o", file.to_str().unwrap()]);
        assert_eq!(again.code, 2);
        let exists = if matches!(via, Via::C) {
            "already exists; use --force"
        } else {
            "はすでにあります"
        };
        assert!(again.stderr.contains(exists), "{via:?}: {}", again.stderr);
    }
}

#[test]
fn export_refuses_a_file_name_in_the_user_s_language() {
    let tmp = tempfile::tempdir().unwrap();
    let tsv = tmp.path().join("a.tsv");
    says(
        &["export", "contacts", SMALL, "-o", tsv.to_str().unwrap()],
        2,
        &["renkei は `.tsv` のファイルを書きません。連絡先一覧の形式: xlsx (.xlsx)"],
        &["renkei does not write `.tsv` files; contact list formats: xlsx (.xlsx)"],
    );
    assert!(!tsv.exists());
}

#[test]
fn export_says_why_no_file_could_be_made_in_the_user_s_language() {
    says(
        &[
            "export",
            "contacts",
            SMALL,
            "-o",
            "/nonexistent-renkei/out.csv",
        ],
        2,
        &["/nonexistent-renkei: そのフォルダはありません。先に作るか、別のパスを指定してください"],
        &["/nonexistent-renkei: no such folder; create it first or give another path"],
    );
}
