//! The Japanese text of every message, written as a Japanese tool would
//! say it rather than word for word: data values in 「」, YAML and
//! commands in backticks, the fix phrased as a request (〜してください).

use super::ja_words::{
    BROWSE_SUBCOMMANDS, CONTACT_LIST, GRAPH_LIST, allowed_ja, char_ja, email_ja, example_ja,
    formats_ja, found_ja, io_ja, kind_ja, no_terminal_ja, number_ja, rows_ja, special_ja,
};
use super::{Msg, Special, mask};

/// The Japanese text of `m`.
#[allow(clippy::too_many_lines)] // one arm per message, nothing else
pub(super) fn render(m: &Msg) -> String {
    use Msg as M;
    let at = |a: &Option<String>| a.clone().unwrap_or_else(|| "登録ファイル".to_owned());
    match m {
        M::NestedTooDeeply => "リストやマッピングの入れ子が深すぎます（128 段を超えています）。このファイルは読み込みません".into(),
        M::HelpNesting => "ネットワークのファイルに必要な入れ子は数段です。閉じていない `[`、`{`、`- ` の連続がないか確認してください".into(),
        M::FileWouldBlock => "待たないとデータが得られないファイルです（/proc/kmsg のようなシステムファイル？）。読み込みません".into(),
        M::HelpOrdinaryFiles | M::HelpRegularFiles => "renkei は通常のファイルだけを読みます。削除するか、実際のファイルに置き換えてください".into(),
        M::CannotRead { error } => format!("読み込めません: {error}"),
        M::HelpCheckReadable => "ファイルが存在し、読み取り権限があるか確認してください".into(),
        M::NotRegularChanged => "通常のファイルではありません（フォルダを読んだ後に変わりました）。読み込みません".into(),
        M::FileTooLarge { bytes, max } => match bytes {
            Some(n) => format!("ファイルが {n} バイトあり、上限の {max} バイト（--max-file-size）を超えています"),
            None => format!("ファイルが上限の {max} バイト（--max-file-size）を超えています"),
        },
        M::HelpFileTooLarge => "ネットワークごとにファイルを分けるか、--max-file-size で上限を上げてください".into(),
        M::EmptyFile => "ファイルが空です".into(),
        M::OnlyComments => "ファイルにコメントしかなく、データがありません".into(),
        M::HelpAddNetwork => "ネットワーク（`name:`、`program:`、`prefecture:`、`members:`）を書くか、ファイルを削除してください".into(),
        M::AliasBomb { max } => format!("YAML のエイリアスがここで {max} 個を超える値に展開されます（「エイリアス爆弾」）。このファイルは読み込みません"),
        M::TooManyValues { max } => format!("このファイルはここまでで YAML の値（文字列・リスト・マッピング）が {max} 個を超えています。このファイルは読み込みません"),
        M::HelpTooManyValues => "ファイルを分けてください（ネットワークは 1 ファイルに 1 つ、登録ファイルは複数に分けられます）。1 ファイルでメモリを使い果たさないよう、renkei は 1 ファイルの値の数を制限しています".into(),
        M::HelpAliasBomb => "`*alias` の参照を繰り返さず、値をそのまま書いてください。小さなファイルでメモリを使い果たさないよう、renkei はエイリアスで増える量を制限しています".into(),
        M::TopNotMapping { found } => format!("最上位はフィールドのマッピングでなければなりませんが、{}になっています", found_ja(*found)),
        M::HelpTopLevel => "ファイルを `name: …`、`program: …`、`prefecture: …`、`members:` で始めてください（docs/format.md 参照）".into(),
        M::YamlSyntax { detail } => format!("YAML の構文エラーです: {detail}"),
        M::YamlTag { tag } => format!("YAML のタグ（`{tag}`）には対応していません。このファイルは読み込みません"),
        M::HelpYamlTag => "タグを削除して、値をそのまま書いてください（文字列として残すなら引用符で囲みます。例: `since: \"2024\"`）。書いたとおりに読めるよう、renkei はタグなしの YAML だけを読みます".into(),
        M::MergeKey => "YAML のマージキー（`<<`）には対応していません。それで加わるはずのフィールドが欠けます。このファイルは読み込みません".into(),
        M::HelpMergeKey => "`<<: *name` の代わりに、各項目にフィールドを書いてください（値全体のアンカーとエイリアスは使えます）".into(),
        M::StrayBom => "ファイルの途中にバイト順マーク（U+FEFF、見えない文字）があり、YAML として読めません。このファイルは読み込みません".into(),
        M::HelpStrayBom => "削除してください（2 つのファイルをつないだときや、BOM 付きのファイルから貼り付けたときに残ります）。見えない文字を表示するエディタで見つかります".into(),
        M::ExtraBoms { count } => format!("ファイルの先頭にバイト順マーク（U+FEFF）が {count} 個あります。1 個として読みます"),
        M::HelpExtraBoms => "余分なマークを削除してください（BOM なし、または BOM 1 つの UTF-8 で保存し直します）".into(),
        M::HelpQuoteColon => "`: ` を含む値は引用符で囲んでください。例: `summary: \"…: …\"`".into(),
        M::HelpIndentKey => "字下げを確認してください。このキーは上のマッピングのキーと桁をそろえる必要があります".into(),
        M::HelpIndentList => "字下げを確認してください。同じマッピングのキーは桁をそろえ、リストの項目は同じ桁の `- ` で始めます".into(),
        M::HelpNoTabs => "字下げには空白を使ってください。YAML ではタブで字下げできません".into(),
        M::HelpYamlControl => "制御文字（`\\u{…}` と表示）を削除してください。意図して残す場合は、二重引用符の中でエスケープして書きます".into(),
        M::HelpOneDocument => "ネットワークは 1 ファイルに 1 つにしてください（余分な `---` を削除）".into(),
        M::HelpAliasRepeat => "エイリアス（`*name`）の繰り返しが多すぎ、ネットワークのファイルとは考えられません。値をそのまま書いてください".into(),
        M::HelpFixSyntax => "この位置の YAML の構文を直してください（YAML 対応のエディタで問題箇所がわかります）".into(),
        M::InternalError => "このファイルの読み込み中に内部エラーが起きました".into(),
        M::HelpReportBug => "お手数ですが、このファイルを添えて報告してください".into(),
        M::Utf16NotUtf8 { encoding } => format!("ファイルが {encoding} です。renkei が読むのは UTF-8 です"),
        M::Utf32NotUtf8 { little } => format!(
            "ファイルが UTF-32（{}）です。renkei が読むのは UTF-8 です",
            if *little { "リトルエンディアン" } else { "ビッグエンディアン" }
        ),
        M::HelpConvertUtf32 { from, file } => format!(
            "`iconv -f {from} -t UTF-8 {file} > tmp && mv tmp {file}` などで変換するか、エディタで「UTF-8 で保存」を選んでください（`--input-encoding` では UTF-32 は読めません）"
        ),
        M::HelpConvertUtf16 { from, file, flag } => format!(
            "`iconv -f {from} -t UTF-8 {file} > tmp && mv tmp {file}` などで変換するか、エディタで「UTF-8 で保存」を選んでください（そのまま読むなら `--input-encoding {flag}`）"
        ),
        M::TooLargeToDecode { encoding } => format!("ファイルが大きすぎて {encoding} として変換できません"),
        M::HelpConvertFirst => "先に UTF-8 に変換してください".into(),
        M::InvalidInEncoding { encoding, byte } => format!("ファイルが正しい {encoding} ではありません（バイト 0x{byte:02X}）"),
        M::HelpCheckEncoding { encoding } => format!("`--input-encoding` を確認してください。指定は {encoding} ですが、別の文字コードか、ファイルが壊れている可能性があります"),
        M::CannotDecode { encoding } => format!("ファイルを {encoding} として変換できませんでした"),
        M::InvalidUtf8 { byte } => format!("UTF-8 として正しくありません（バイト 0x{byte:02X}）"),
        M::HelpDamaged => "ファイルが壊れているか、不明な文字コードです。UTF-8 で保存し直してください".into(),
        M::NotUtf8 { name, byte } => format!("ファイルが UTF-8 ではありません。{name} のようです（バイト 0x{byte:02X}）"),
        M::HelpConvertFrom { from, file, flag } => format!(
            "`iconv -f {from} -t UTF-8 {file} > tmp && mv tmp {file}`（または `nkf -w --overwrite {file}`）で変換するか、Excel やメモ帳で「UTF-8」として保存してください（そのまま読むなら `--input-encoding {flag}`）"
        ),
        M::TooManyFiles { files, entries } => format!("データフォルダに YAML ファイルが {files} 個、または項目が {entries} 個を超えてあります。残りは読み込みません"),
        M::HelpPointAtNetworks => "その上のフォルダではなく、ネットワークのフォルダを指定してください".into(),
        M::NotRegular { kind } => format!("通常のファイルではありません（{}）。読み込みません", special_ja(*kind)),
        M::DanglingLink { to } => format!("存在しない「{to}」へのリンクです。読み込みません"),
        M::HelpFixLink => "リンクを削除するか、ファイルを指すように直してください".into(),
        M::LinkOutside { to } => format!("データフォルダの外の「{to}」へのリンクです。たどりません"),
        M::HelpLinkOutside => "renkei はデータフォルダの中だけを読みます。ファイルをコピーするか、両方を含むフォルダを指定してください".into(),
        M::FolderLoop => "フォルダのリンクが上位のフォルダを指しています（循環）。たどりません".into(),
        M::HelpRemoveLink => "リンクを削除するか、別の場所を指すように直してください".into(),
        M::FolderTwice { first } => format!("このフォルダは（リンク経由で）「{first}」として読み込み済みです。二度は読みません"),
        M::HelpFolderTwice => "リンクを削除してください（人が使うための別名なら、そのままで構いません）".into(),
        M::FolderNamedYaml => "YAML ファイルのような名前のフォルダです。中を読みます".into(),
        M::HelpRenameFolder => "意図したものでなければ、フォルダの名前を変えてください".into(),
        M::PathControlChar { c } => format!("ファイルのパスに制御文字が含まれています: {}", char_ja(*c)),
        M::HelpRenamePath => "名前を変えてください。renkei はこうした文字をエスケープして表示します".into(),
        M::NoSuchDir { path } => format!("{path}: そのようなフォルダはありません"),
        M::NotADir { path } => format!("{path}: フォルダではありません（YAML ファイルのあるフォルダを指定してください）"),
        M::DuplicateId { id, first } => format!("ネットワーク ID「{id}」はすでに {first} で使われています。このファイルは読み込みません"),
        M::HelpDuplicateId => "どちらかのファイルに別の `id:` を付けてください（ID はデータフォルダ全体で一意です）".into(),
        M::UnknownField { key } => format!("フィールド「{key}」は定義されていません"),
        M::InvisibleInKey { key, count, first } => {
            let what = if *count == 1 { format!("見えない文字の{}が含まれています", char_ja(*first)) } else { format!("見えない文字が {count} 個含まれています（最初は{}）", char_ja(*first)) };
            format!("フィールド名「{key}」には{what}。このフィールドは無視します")
        }
        M::HelpInvisibleInKey { name } => format!("見えない文字を削除してください（フィールド名を打ち直すか、見えない文字を表示できるエディタで探してください）。削除すると `{name}` として読み込まれます"),
        M::HelpKnownFields { known } => format!("ここで使えるフィールド: {known}。このフィールドは無視されます"),
        M::HelpDidYouMeanField { name } => format!("`{name}` ではありませんか？ 定義されていないフィールドは無視されます"),
        M::DuplicateKey { key } => format!("キー「{key}」が重複しています"),
        M::HelpDuplicateKey => "キーは 1 つのマッピングに 1 回だけ書けます。最初の値を使うので、もう一方を削除するかまとめてください".into(),
        M::IgnoredInNetwork { key } => format!("ネットワークのファイルでは `{key}` は無視されます"),
        M::HelpRegistryElsewhere => "登録の項目は、`members:` のない別のファイルに書いてください".into(),
        M::UntilBeforeSince { since, until } => format!("`until: {until}` が `since: {since}` より前になっています"),
        M::HelpSwapYears => "2 つの年を入れ替えるか、誤っている方を直してください".into(),
        M::EmptyField { key } => format!("`{key}` が空です"),
        M::HelpGive { example } | M::HelpAdd { example } => format!("{}を書いてください", example_ja(*example)),
        M::MissingField { key } => format!("必須フィールド `{key}` がありません。このネットワークは読み込みません"),
        M::MembersNotList { found } => format!("`members` はリストでなければなりませんが、{}になっています", found_ja(*found)),
        M::HelpMembersList => "`members:` の下に `- org: …` か `- person: …` を 1 行に 1 つずつ書いてください".into(),
        M::DuplicateMember { first, second } => format!("構成員が重複しています（{first} 番目と {second} 番目）"),
        M::HelpDuplicateMember => "どちらかを削除してください。renkei は最初の方を使います".into(),
        M::MemberNotMapping { found } => format!("構成員はマッピングでなければなりませんが、{}になっています", found_ja(*found)),
        M::HelpWriteOrg { text } => format!("`- org: {text}`（または `- person: …`）と書いてください"),
        M::HelpMemberMapping => "構成員は `- org: 広島大学` のようなマッピングで書きます".into(),
        M::MemberWithoutName => "構成員に `org` も `person` もないため、読み飛ばします".into(),
        M::HelpMemberWithoutName => "`org: 機関名`（機関）か `person: 氏名`（人物）を書いてください".into(),
        M::BadEmail { email, problem } => format!("「{email}」はメールアドレスとして正しくないようです: {}", email_ja(*problem)),
        M::HelpEmail => "name@example.jp のように半角で書いてください".into(),
        M::BadKana { kana } => format!("`kana` はひらがなかカタカナで書きますが、「{kana}」になっています"),
        M::HelpKana => "読みを書いてください。例: `kana: やまだ たろう`".into(),
        M::NotText { field, found } => format!("`{field}` は文字列でなければなりませんが、{}になっています", found_ja(*found)),
        M::HelpOneValue => "値は 1 つだけ書いてください。複数あるときは、値ごとに構成員を分けます".into(),
        M::HelpSameLine => "値はキーと同じ行に書いてください".into(),
        M::NotQuoted { field } => format!("`{field}` が文字列ではなく、数値か true/false として読まれます"),
        M::HelpQuote { field } => format!("書いたとおりに残すには引用符で囲んでください: `{field}: \"…\"`"),
        M::TooLong { field, chars, max } => format!("`{field}` が {chars} 文字あり、上限の {max} 文字を超えています。この値は無視します"),
        M::HelpShorten { max } => format!("短くしてください。renkei が 1 つの値から読むのは {max} 文字までです"),
        M::ControlChar { field, count, first } => {
            if *count == 1 {
                format!("`{field}` に制御文字が含まれています: {}", char_ja(*first))
            } else {
                format!("`{field}` に制御文字が {count} 個含まれています。最初は {}", char_ja(*first))
            }
        }
        M::HelpControlChar { shown, line_break } => format!(
            "削除してください。こうした文字は端末の表示を変えたり文字の並びを入れ替えたりするため、renkei はエスケープして表示します（`{shown}`）。{}",
            if *line_break { "改行を書けるのは `summary` と `note` だけです。" } else { "" }
        ),
        M::InvisibleChar { field, count, first } => {
            if *count == 1 {
                format!("`{field}` に見えない文字 U+{:04X} が含まれています", u32::from(*first))
            } else {
                format!("`{field}` に見えない文字が {count} 個含まれています。最初は U+{:04X}", u32::from(*first))
            }
        }
        M::HelpInvisibleChar => "削除してください。画面には何も表示されず、名前を比べるときも無視されるので、この名前は見えない文字のない名前と同じものとして扱われます".into(),
        M::NotAList { field } => format!("`{field}` はリストで書いてください"),
        M::HelpWriteList { field } => format!("`{field}: [名前]` と書くか、1 行に 1 つずつ `- 名前` と書いてください"),
        M::NotANameList { field, found } => format!("`{field}` は名前のリストでなければなりませんが、{}になっています", found_ja(*found)),
        M::HelpWriteNameList { field } => format!("`{field}: [名前1, 名前2]` と書いてください"),
        M::YearNotNumber { field, found } => format!("`{field}` は数値の年でなければなりませんが、{}になっています", found_ja(*found)),
        M::HelpYearExample { field } => format!("`{field}: 2021` のように書いてください"),
        M::BadYear { field, raw } => format!("`{field}` は数値の年（1868〜2200）でなければなりませんが、「{raw}」になっています"),
        M::HelpFourDigitYear { field } => format!("西暦 4 桁で書いてください。例: `{field}: 2021`"),
        M::HelpWriteYear { field, year } => format!("`{field}: {year}` と書いてください"),
        M::UnknownProgram { value } => format!("事業「{value}」は定義されていません"),
        M::UnknownSector { value } => format!("セクター「{value}」は定義されていません"),
        M::UnknownPrefecture { value } => format!("都道府県「{value}」が見つかりません"),
        M::HelpAllowed { vocab, guess } => {
            let allowed = allowed_ja(*vocab);
            match guess {
                Some(g) => format!("「{g}」ではありませんか？ 使えるもの: {allowed}"),
                None => format!("使えるもの: {allowed}"),
            }
        }
        M::EntriesNotList { key, found } => format!("`{key}` はリストでなければなりませんが、{}になっています", found_ja(*found)),
        M::HelpOneEntryPerLine => "`- name: …` を 1 行に 1 つずつ書いてください".into(),
        M::EntryNotMapping { key, found } => format!("`{key}` の項目はマッピングでなければなりませんが、{}になっています", found_ja(*found)),
        M::HelpWriteEntry => "`- name: 正式名称` と書いてください".into(),
        M::EntryWithoutName { key } => format!("この `{key}` の項目には `name` がないため、読み飛ばします"),
        M::HelpAddName => "`name: 正式名称`（正式な名前）を書いてください".into(),
        M::DistinctNotList { found } => format!("`distinct` は組のリストでなければなりませんが、{}になっています", found_ja(*found)),
        M::HelpDistinctPair => PAIR_HELP.into(),
        M::DistinctCount { count } => format!("`distinct` の項目には機関を 2 つ書きますが、この項目は {count} つあるため、読み飛ばします"),
        M::HelpDistinctMany => format!("{PAIR_HELP}。3 つ以上を別の機関とするときは、2 つずつ組にして書きます"),
        M::DistinctNotPair { found } => format!("`distinct` の項目は名前の組でなければなりませんが、{}になっているため、読み飛ばします", found_ja(*found)),
        M::DistinctNameMissing => "`distinct` の項目に名前が 2 つそろっていない（片方がないか空）ため、読み飛ばします".into(),
        M::DistinctSame { a, b } => format!("「{a}」と「{b}」は同じ機関です（空白や法人格を除くと同じ名前）。この組は読み飛ばします"),
        M::HelpDistinctSame => "`distinct` の組には別々の機関を書きます。この組は削除してください".into(),
        M::DistinctUnmatched { name } => format!("`distinct` の「{name}」は、データフォルダのどの機関とも一致しません"),
        M::HelpDistinctUnmatched => "ネットワークのファイルや登録ファイルの表記と見比べてください。一致するまで、この組は何も決めません".into(),
        M::DistinctOneEntry { a, b, entry, at: a_at } => {
            let place = a_at.as_ref().map_or_else(String::new, |p| format!("、{p}"));
            format!("「{a}」と「{b}」は登録ファイルで 1 つの機関（項目「{entry}」{place}）にまとめられているので、別の機関にはできません")
        }
        M::HelpDistinctOneEntry => "この組を削除するか、本当に別の団体なら、その項目の `aliases`/`formerly` から名前を外してください".into(),
        M::AliasCycle { here, there, at: a } => format!(
            "別名が循環しています: 「{here}」は「{there}」を別名に挙げ、{} の項目「{there}」は「{here}」を挙げています。両者を「{there}」という 1 つの機関として扱い、両方の項目にあるフィールド（`sector` など）はこの項目の値を捨てます",
            at(a)
        ),
        M::HelpAliasCycle => "機関ごとに項目を 1 つにしてください。この項目の名前とフィールドをもう一方に移し、この項目を削除します".into(),
        M::AliasIsEntry { text, here, at: a, joins } => {
            let effect = if *joins {
                format!("2 つの項目を「{here}」という 1 つの機関として扱います")
            } else {
                "この名前はたどりません".to_owned()
            };
            format!("「{text}」は「{here}」の下に挙げられていますが、{} にある別の登録項目の名前です。{effect}", at(a))
        }
        M::HelpAliasIsEntry => "同じ機関なら 2 つの項目を 1 つにまとめ、違うならこの名前をリストから削除してください".into(),
        M::AliasTwice { text, here, there, at: a } => format!("「{text}」が「{here}」と「{there}」（{}）の両方に挙げられています。「{there}」の方に残します", at(a)),
        M::HelpAliasTwice => "名前は 1 つの機関にだけ属します。どちらかの項目から削除してください".into(),
        M::MoreOfKind { more, first } => format!("同じ種類の問題がほかに {more} 件あります: {}", mask(&render(first))),
        M::MoreNoneShown { more, error, shown, across, first } => format!(
            "同じ種類の{}がほかに {more} 件あります（{}ではすでに {shown} 件を表示したため省略）: {}",
            if *error { "エラー" } else { "警告" },
            if *across { "データフォルダ全体" } else { "このファイル" },
            render(first)
        ),
        M::HelpMore { per_kind, per_file, across } => format!(
            "{}、同じ種類は最初の {per_kind} 件（全体で {per_file} 件）まで表示します。件数は正確です。これらを直してから、もう一度確認してください",
            if *across { "データフォルダ全体で" } else { "1 つのファイルにつき" }
        ),
        M::ReasonPrefix { removed } => format!("「{removed}」を除くと一方が他方を含みます"),
        M::ReasonContains => "一方の名前が他方を含みます".into(),
        M::ReasonSimilar { percent } => format!("似た名前です（まれな文字の組で {percent}% 一致）"),
        M::ReasonSameNameOrgs { a, b } => format!("同じ名前で、所属が「{a}」と「{b}」です"),
        M::ReasonSameNameNoOrg => "同じ名前で、一方は所属なしです".into(),
        M::ReasonSameReading { reading } => format!("読み「{reading}」が同じで、表記が違います"),
        M::ReasonTitleContains => "同じ機関で、一方の役職名が他方を含みます".into(),
        M::PossibleDuplicate { kind, score, a, b } => format!("重複の可能性があります（{}、スコア {score}）: {a} ～ {b}", kind_ja(*kind)),
        M::Why { reason } => format!("理由: {reason}"),
        M::OccursIn { name, places } => format!("{name}: {places}"),
        M::InRegistry => "登録ファイル".into(),
        M::AndMoreFiles { first, more } => format!("{first} ほか {more} ファイル"),
        M::HowToSettle => "決めるには、登録ファイルに次を加えるか（項目のある名前はその項目の中へ）、\n    `renkei browse` で `a`（同じ）/ `x`（別）を選んでください:".into(),
        M::MoreSuggestions { count, kind } => format!("重複の可能性（{}）がほかに {count} 件あります。すべて見るには `--format json` を使ってください", kind_ja(*kind)),
        M::SuggestionsCut { names, of } => format!("重複の可能性の検索は上限で打ち切りました。組織名 {of} 件のうち {names} 件は、似た名前すべてとは比べていないため、見落としがあるかもしれません"),
        M::HelpSuggestionsCut => "サブフォルダーごとに確認してください（`renkei check DIR/SUB`）。名前が少なければ上限内で検索を終えられます".into(),
        M::Checked { files, networks, registries, failed, errors, warnings } => {
            let not_loaded = if *failed > 0 { format!("、読み込めなかったもの {failed}") } else { String::new() };
            format!("{files} ファイルを確認しました（ネットワーク {networks}、登録ファイル {registries}{not_loaded}）: エラー {errors} 件、警告 {warnings} 件")
        }
        M::PossibleDuplicates { count } => format!("重複の可能性 {count} 件"),
        M::SeverityError => "エラー".into(),
        M::SeverityWarning => "警告".into(),
        M::SeverityNote => "注記".into(),
        M::HelpLabel => "ヒント".into(),
        M::ExportProblems { problems, errors, warnings, files, dir } => format!(
            "{files} ファイルに問題が {problems} 件あります（エラー {errors} 件、警告 {warnings} 件）。一覧は `renkei check {dir}` で確認できます"
        ),
        M::Wrote { what, path } => format!("{} を {path} に書き出しました", render(what)),
        M::ContactsCount { contacts, networks } => format!("{networks} ネットワークの連絡先 {contacts} 件"),
        M::GraphCount { nodes, edges } => format!("ノード {nodes} 個とエッジ {edges} 本"),
        M::NetworkNotExported { id, file, why, dir } => format!(
            "ネットワーク「{id}」は書き出していません。ファイル {file} を読み込めませんでした（{}）。直してからもう一度書き出してください（直し方は `renkei check {dir}` でわかります）",
            why.as_deref().unwrap_or("`renkei check` を参照")
        ),
        M::NoSuchNetwork { id, guess } => {
            let hint = guess.as_ref().map(|g| format!("（「{g}」ではありませんか？）")).unwrap_or_default();
            format!("ID が「{id}」のネットワークはありません{hint}")
        }
        M::EncodingCsvOnly => "--encoding は CSV にだけ使えます。xlsx、vCard、Markdown は常に UTF-8 です".into(),
        M::XlsxNotOnTerminal => "xlsx ブックはバイナリなので端末には表示しません。-o FILE.xlsx を指定するか、標準出力をリダイレクトしてください".into(),
        M::StatsFiles { dir, files, networks, registries, failed } => format!("{dir}: {files} ファイル（ネットワーク {networks}、登録ファイル {registries}、読み込めなかったもの {failed}）"),
        M::StatsByPrefecture => "都道府県・事業別のネットワーク数".into(),
        M::StatsBySector { distinct } => format!("セクター別の機関数（重複を除き {distinct}）"),
        M::ImportWrote { members, path, dir } => format!("構成員 {members} 件を {path} に書き出しました。`renkei check {dir}` で確認できます"),
        M::ImportTally { existing, possible, new } => format!("既存 {existing} 件、重複の可能性 {possible} 件、新規 {new} 件"),
        M::ExportExists { path } => format!("{path} はすでにあります。置き換えるなら --force を付けるか、別のファイル名にしてください"),
        M::ExportIsFolder { path } => format!("{path} はフォルダです。その中のファイル名を指定してください"),
        M::ExportNotShiftJis { row, column, ch } => format!(
            "{row} 行目、列「{column}」: 「{ch}」（U+{:04X}）は Shift_JIS（CP932）で書けません。--encoding utf-8-bom（既定。Excel でも開けます）を使うか、データの文字を置き換えてください",
            u32::from(*ch)
        ),
        M::ExportUnknownNetwork { id, hint } => format!(
            "ID が「{id}」のネットワークはありません{}。ネットワークの ID は `id:` フィールド、なければデータフォルダからのファイルのパスから `.yaml` を除いたもの（kochi/kofukin）です",
            hint.as_ref().map(|h| format!("（「{h}」ではありませんか？）")).unwrap_or_default()
        ),
        M::FormatDisagrees { format, ext, want } => format!("--format {format} が出力ファイルの拡張子 `.{ext}` と合いません。--format を外すか、ファイル名を `.{want}` にしてください"),
        M::OtherKindOfExport { ext, graph: true } => format!("`.{ext}` はグラフの形式です。`renkei export graph` を使うか、連絡先一覧なら次のいずれかにしてください: {CONTACT_LIST}"),
        M::OtherKindOfExport { ext, graph: false } => format!("`.{ext}` は連絡先一覧の形式です。`renkei export contacts` を使うか、グラフなら次のいずれかにしてください: {GRAPH_LIST}"),
        M::UnknownExtension { ext, graph } => format!("renkei は `.{ext}` のファイルを書きません。{}（この名前で書くなら --format で形式を指定してください）", formats_ja(*graph)),
        M::ExportSystemFolder => "このフォルダにはシステムが新しいファイルを作らせません（/proc や /sys のようなシステムのフォルダ）。別の場所に書き出してください".into(),
        M::ExportNoFolder => "そのフォルダはありません。先に作るか、別のパスを指定してください".into(),
        M::ExportCannotCreate { error } => format!("このフォルダにファイルを作れません: {}", render(error)),
        M::ExportNothingSelected => "条件に合うネットワークがありません。--network、--prefecture、--program を緩めてください".into(),
        M::UsageUnexpectedArg { arg } => format!("想定外の引数「{arg}」があります"),
        M::UsageRepeatedArg { arg } => format!("引数「{arg}」は 1 回しか指定できません"),
        M::UsageConflict { arg, with } => format!("引数「{arg}」は{with}と一緒には使えません"),
        M::UsageEqualsNeeded { arg } => format!("「{arg}」の値は `=` でつないで指定してください"),
        M::UsageValueMissing { arg } => format!("「{arg}」に値がありません"),
        M::UsageInvalidValue { arg, value, why } => format!("「{arg}」の値「{value}」は使えません{}", why.as_ref().map(|w| format!(": {w}")).unwrap_or_default()),
        M::UsagePossibleValues { values } => format!("［使える値: {values}］"),
        M::UsageUnknownSubcommand { name } => format!("サブコマンド「{name}」はありません"),
        M::UsageSubcommandNeeded { name } => format!("「{name}」にはサブコマンドが必要です"),
        M::UsageSubcommands { names } => format!("［サブコマンド: {names}］"),
        M::UsageRequired => "次の引数が必要です:".into(),
        M::UsageExtraValue { arg, value } => format!("「{arg}」の値「{value}」は余分です（これ以上の値は取りません）"),
        M::UsageValueCount { arg, expected, given } => format!("「{arg}」には値が {expected} 個必要ですが、{given} 個しかありません"),
        M::UsageNotUtf8 => "引数に UTF-8 でない文字があります".into(),
        M::UsageOther { detail } => format!("コマンドラインを解釈できません: {detail}"),
        M::UsageDirBeforeCommand => "DIR はサブコマンドの後に書いてください（例: `renkei stats networks`）".into(),
        M::UsageSimilar { names } => format!("{names}のことですか？"),
        M::LoaderStopped => "読み込みが予期せず止まりました（上の報告を参照してください）".into(),
        M::SuggestionsStopped => "重複候補の検索が予期せず止まりました（上の報告を参照してください）".into(),
        M::NoTempName => "隣に一時ファイルを作れません（100 個の名前を試しました）。そこにある古い `.*.renkei-*.tmp` ファイルを削除してください".into(),
        M::ExportNotAFile { kind } => {
            let what = if *kind == Special::Other { "通常のファイルではありません".to_owned() } else { format!("{}で、ファイルではありません", special_ja(*kind)) };
            format!("{what}。renkei が書き出せるのはファイル、文字デバイス、名前付きパイプだけです")
        }
        M::UsageFolderLikeCommand { command } => format!("コマンド `renkei {command}` のことですか？"),
        M::UsagePassAsValue { arg, write } => format!("「{arg}」を値として渡すなら「{write}」と書いてください"),
        M::UsageExists { what } => format!("「{what}」ならあります"),
        M::UsageRemoveDashes { name } => format!("サブコマンド「{name}」があります。使うには前の「--」を外してください"),
        M::UsageLine { usage } => format!("使い方: {usage}"),
        M::UsageMoreInfo { flag } => format!("詳しくは「{flag}」で確認してください。"),
        M::OutOfRange { value, range } => format!("{value} は {range} の範囲にありません"),
        M::NotANumber { problem } => number_ja(*problem).into(),
        M::ArgUnknown { problem, help } => format!("{}。{}", render(problem), render(help)),
        M::ArgSampling => "auto、exact、または基点の数（1 以上）を指定してください".into(),
        M::ArgMapEquals { fields } => format!("項目=見出し の形で書いてください（例: org=勤務先）。項目: {fields}"),
        M::ArgMapField { field, guess, fields } => format!("項目「{field}」はありません。{}項目: {fields}", guess.as_ref().map(|c| format!("「{c}」のことですか？ ")).unwrap_or_default()),
        M::IoError { problem, detail } => io_ja(*problem, detail),
        M::AtPath { path, what } => format!("{path}: {}", render(what)),
        M::ImportColumns { file, header_row, columns } => format!("{file}: 見出しは {header_row} 行目、列は {columns}"),
        M::ImportSkipped { rows } => format!("{} 行目は飛ばしました（空の行か、繰り返しの見出し）", rows_ja(rows)),
        M::ImportNoName { rows } => format!("{} 行目は除きました（氏名も所属もありません）", rows_ja(rows)),
        M::ImportRepeated { rows } => {
            let rows: Vec<String> = rows.iter().map(|(r, first)| format!("{r}（= {first} 行目）")).collect();
            format!("{} 行目は除きました（前の行と同じ構成員）", rows.join("、"))
        }
        M::ImportSectorGuessed { row, sector, word, org } => format!("  {row:>4} 行目  区分 {sector} は「{org}」の「{word}」から推定"),
        M::ImportMatchesIn { dir } => format!("{dir} との照合:"),
        M::ImportRowExisting { row, what, entity, networks } => format!("  {row:>4} 行目  既存       {what} = {entity}（{}）", networks.as_deref().unwrap_or("登録ファイル")),
        M::ImportRowPossible { row, what, other, score, reason } => format!("  {row:>4} 行目  重複候補   {what} ～ {other}（スコア {score}: {reason}）"),
        M::ImportRowNew { row, what } => format!("  {row:>4} 行目  新規       {what}"),
        M::ImportSameName { file, name } => format!("注意: {file} にすでに「{name}」という名前のネットワークがあります。取り込むと 2 つ目になります。区別するには --name を指定してください"),
        M::ImportCloseName { name, close, file } => format!("注意: --name「{name}」は「{close}」（{file}）のことですか？ どちらにしても、取り込みでは別のネットワークになります"),
        M::ImportGeneratedBroken => "生成したファイルが読み込めません。renkei の不具合です".into(),
        M::ImportFailsCheck { first } => format!("生成したファイルは `renkei check` を通りません: {first}"),
        M::ImportFormat { ext } => format!("renkei が取り込めるのは .xlsx、.xls、.ods、.csv のファイルで、`.{ext}` は取り込めません。いずれかの形式で保存し直してください"),
        M::ImportUnreadable { why } => format!("読み込めません: {why}"),
        M::ImportNoSheet { asked, sheets } => format!("シート「{asked}」はありません。シートは {sheets} です。--sheet 名前 か --sheet 番号（1 が最初）で指定してください"),
        M::ImportNoHeader => "最初の 20 行に、氏名か所属の列（氏名、名前、所属、機関名、団体名、会社名、name、organization…）のある見出し行がありません。--header-row N か、--map person=見出し / --map org=見出し で指定してください".into(),
        M::ImportHeaderRowMissing { row, last } => format!("--header-row {row}: その行は空か、最後の行より後です（値のある最後の行は {last} 行目）。列名のある行の番号を指定してください"),
        M::ReportNetworks { count } => format!("ネットワーク: {count}（ID、事業、都道府県、数えた構成員、名前）"),
        M::ReportPairs => "ネットワークの組（共通する数、Jaccard 係数、共通するもの）".into(),
        M::ReportNone => "なし".into(),
        M::ReportThrough { network, via } => format!("（{network} では「{via}」を通じて）"),
        M::ReportOnlyLink { names } => format!("唯一のつながり: {names}"),
        M::ReportBridges { count, cross } => format!("橋渡し: {count}（うち事業をまたぐもの {cross}）"),
        M::TooManyPairs { max, networks } => format!("何かを共有するネットワークの組が {max} を超えます（選んだネットワークは {networks}）。--min-shared N（N 以上を共有する組）、--prefecture 名前、--network ID で絞り込むか、すべて書き出すなら --all-pairs を指定してください"),
        M::ReportKeypersons { count, method } => format!("キーパーソン: {count}（媒介中心性: {}）", render(method)),
        M::BetweennessExact { nodes } => format!("{nodes} ノードで厳密に計算"),
        M::BetweennessSampled { pivots, nodes } => format!("{nodes} ノードから抽出した {pivots} 基点で推定"),
        M::InNetworks { count } => format!("{count:>3} ネットワーク"),
        M::ReportOnlyLinks { count } => format!("唯一のつながり: {count}（1 つ除くと、何も共有しないネットワークの組ができるもの）"),
        M::ViewShown { parts, shown } => format!("{parts}（ネットワーク {shown}）"),
        M::ViewProgramTable { scope } => format!("事業表: {scope}"),
        M::ViewMatrix { scope } => format!("構成員の行列: {scope}"),
        M::ViewNoNetworks => "条件に合うネットワークはありません".into(),
        M::ViewColumns { first, last, of, names } if first == last => format!("列 {first}（全 {of} 列）: {names}"),
        M::ViewColumns { first, last, of, names } => format!("列 {first}–{last}（全 {of} 列）: {names}"),
        M::ViewNetworkBand { first, last, of } => format!("ネットワーク {first}–{last}（全 {of}）"),
        M::ViewTableLegend => "◆N: 表示中のほかのネットワークにもいる（全部で N） · A — B: A は B を通じて参加".into(),
        M::ViewTableLegendShort => "◆N: 表示中のほかのネットワークにもいる（全部で N）。".into(),
        M::ViewMatrixLegend => "● 構成員  ○ ほかの構成員を通じて参加  · 構成員でない".into(),
        M::AlsoWritten { names } => format!("別の表記: {names}"),
        M::EntitiesCount { count } => format!("{count} 件"),
        M::EntitiesHeadKind => "種別".into(),
        M::EntitiesHeadName => "名前".into(),
        M::EntitiesHeadSector => "区分".into(),
        M::EntitiesHeadCount => "数".into(),
        M::EntitiesHeadNetworks => "ネットワーク".into(),
        M::EntityKindWord { kind } => entity_kind_ja(kind),
        M::SectorWord { sector } => sector_ja(sector),
        M::ReportWrote { scope, path } => format!("{scope} のレポートを {path} に書き出しました"),
        M::Since { year } => format!("{year} 年から"),
        M::Until { year } => format!("{year} 年まで"),
        M::NetworkMembers { members, linked } => format!("構成員 {members}、うちほかのネットワークにもいるもの {linked}"),
        M::GenerateFailed { dir, error } => format!("{dir}: {}", render(error)),
        M::BrowseNeedsTerminal { which } => format!("ブラウザには端末が必要ですが、{}。", no_terminal_ja(*which)),
        M::BrowseUseSubcommand => BROWSE_SUBCOMMANDS.into(),
        M::BrowseTerminal { error } => format!("端末: {}", render(error)),
        M::BrowseBug { version } => format!("renkei {version} は不具合のため停止しました。端末は元に戻してあります。\nお手数ですが、下のメッセージと、できれば開いていたデータファイルを添えて、\nrenkei の開発者（プロジェクトの issue トラッカー）に報告してください。"),
        M::EditIo { path, error } => format!("{path}: {}", render(error)),
        M::EditNotAFile { path, what, link } => format!("{path} は{}{}で、通常のファイルではありません。renkei が書き込むのは通常の登録ファイルだけです", special_ja(*what), if *link { "へのリンク" } else { "" }),
        M::EditLinkNowhere { path } => format!("{path} はどこも指していないリンクで、通常のファイルではありません。renkei が書き込むのは通常の登録ファイルだけです"),
        M::EditNoPlace { path, snippet } => format!("{path} はありますが登録ファイルではなく、フォルダにほかの登録ファイルもありません。登録ファイルに次の項目を手で追加してください:\n{snippet}"),
        M::EditRefused { path, reason, snippet } => format!("{path}: {}ため、記録しませんでした。何も書き込んでいません。次の項目を手で追加してください:\n{snippet}", render(reason)),
        M::EditNoLongerRegistry => "編集すると登録ファイルとして読めなくなる".into(),
        M::EditNewErrors => "編集するとファイルに新しいエラーができる".into(),
        M::EditNoEffect => "編集しても判断が記録されない".into(),
        M::EditUnclosed { open } => format!("閉じていない `{open}` がある"),
        M::EditNotAList { key } => format!("`{key}` がリストでない"),
        M::EditNullList { key, value } => format!("`{key}` が空（`{value}`）である（`{key}:` と書けば記録できます）"),
        M::EditItemWithoutDash => "`-` のないリスト項目がある".into(),
        M::EditEntryMoved => "項目が読み込んだときの位置にない".into(),
        M::EditNoColon => "`:` がない".into(),
        M::EditNotAnItem => "項目が `- name: …` の形でない".into(),
        M::NothingToRecord { what } => format!("記録することはありません: {}", render(what)),
        M::NotRecorded { what } => format!("記録しませんでした: {}", render(what)),
        M::EditChanged { path } => format!("{path} は renkei が読んだ後に変更されました。何も書き込んでいません（再読み込みしてから、もう一度決めてください）"),
        M::EditNotUtf8 { path } => format!("{path} が UTF-8 ではありません。決定を記録する前に変換してください（iconv -t UTF-8）"),
        M::EditTooBig { path } => format!("{path} は登録ファイルとしては大きすぎます（16 MiB 超）。編集しません"),
        M::CannotRecord { a, b } => format!("{a} ～ {b}: この方法では記録できません"),
        M::HaveOwnEntries { a, b } => format!("「{a}」と「{b}」には、すでにそれぞれの登録項目があります"),
        M::AlreadyOneOrg { a, b } => format!("「{a}」と「{b}」はすでに同じ機関です（空白や法人格を除くと同じ名前）"),
        M::AlreadyNameOf { alias, name } => format!("「{alias}」はすでに「{name}」の名前の一つです"),
        M::TwoEntries { a, b, a_entry, a_file, b_entry, b_file } => format!("「{a}」と「{b}」にはそれぞれ登録項目があります（{a_file} の「{a_entry}」と {b_file} の「{b_entry}」）。2 つの項目を手でまとめてください"),
        M::AlreadyOnePerson { name } => format!("「{name}」はすでに登録ファイルで 1 人の人物です"),
        M::Namesakes { count, name } => format!("登録ファイルには「{name}」の項目がすでに {count} つあります（所属の違う同姓同名）。手で編集してください"),
        M::OneByRules { a, b } => format!("「{a}」と「{b}」は名寄せの規則で同じ機関になります（空白や法人格を除くと同じ名前）"),
        M::OneEntry { a, b, entry, file } => format!("「{a}」と「{b}」は 1 つの登録項目です（{file} の「{entry}」）。先にその別名を外してください"),
        M::AlreadyDistinct { a, b } => format!("「{a}」と「{b}」はすでに別の機関として記録されています"),
        M::StatsPeople { people, positions, memberships } => format!("人物: {people}   役職: {positions}   構成員の延べ数: {memberships}"),
    }
}

const PAIR_HELP: &str = "組は `- [名前1, 名前2]` のように機関の名前を 2 つ書いてください";

/// An entity kind id (`org`, `person`, `position`) as a Japanese table
/// writes it; an id renkei does not know is shown as it is.
fn entity_kind_ja(kind: &str) -> String {
    match kind {
        "org" => "機関",
        "person" => "人物",
        "position" => "役職",
        other => other,
    }
    .to_owned()
}

/// A sector id as the one-character label of Japanese member lists.
fn sector_ja(sector: &str) -> String {
    crate::model::Sector::from_id(sector)
        .map_or_else(|| sector.to_owned(), |s| s.label_ja().to_owned())
}
