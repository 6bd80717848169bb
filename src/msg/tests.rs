//! Every message exists in both languages, and codes are stable names.
//! `samples` is regenerated from the catalogue; the first test fails if a
//! variant is missing from it, so no message escapes these checks.

use std::collections::HashSet;

use super::{EmailProblem, Example, Found, Kind, Lang, Msg, Special, Vocab};

/// One value of every variant.
#[allow(clippy::too_many_lines)]
fn samples() -> Vec<Msg> {
    vec![
        Msg::NestedTooDeeply,
        Msg::HelpNesting,
        Msg::FileWouldBlock,
        Msg::HelpOrdinaryFiles,
        Msg::CannotRead {
            error: "高知大学".into(),
        },
        Msg::HelpCheckReadable,
        Msg::NotRegularChanged,
        Msg::HelpRegularFiles,
        Msg::FileTooLarge {
            bytes: Some(10),
            max: 10,
        },
        Msg::HelpFileTooLarge,
        Msg::EmptyFile,
        Msg::OnlyComments,
        Msg::HelpAddNetwork,
        Msg::AliasBomb { max: 10 },
        Msg::HelpAliasBomb,
        Msg::TooManyValues { max: 10 },
        Msg::HelpTooManyValues,
        Msg::TopNotMapping { found: Found::List },
        Msg::HelpTopLevel,
        Msg::YamlSyntax {
            detail: "高知大学".into(),
        },
        Msg::YamlTag {
            tag: "高知大学".into(),
        },
        Msg::HelpYamlTag,
        Msg::MergeKey,
        Msg::HelpMergeKey,
        Msg::StrayBom,
        Msg::HelpStrayBom,
        Msg::ExtraBoms { count: 2 },
        Msg::HelpExtraBoms,
        Msg::HelpQuoteColon,
        Msg::HelpIndentKey,
        Msg::HelpIndentList,
        Msg::HelpNoTabs,
        Msg::HelpYamlControl,
        Msg::HelpOneDocument,
        Msg::HelpAliasRepeat,
        Msg::HelpFixSyntax,
        Msg::InternalError,
        Msg::HelpReportBug,
        Msg::Utf16NotUtf8 { encoding: "utf-8" },
        Msg::HelpConvertUtf16 {
            from: "utf-8",
            file: "高知大学".into(),
            flag: "utf-8",
        },
        Msg::Utf32NotUtf8 { little: true },
        Msg::HelpConvertUtf32 {
            from: "utf-8",
            file: "高知大学".into(),
        },
        Msg::TooLargeToDecode { encoding: "utf-8" },
        Msg::HelpConvertFirst,
        Msg::InvalidInEncoding {
            encoding: "utf-8",
            byte: 0x82,
        },
        Msg::HelpCheckEncoding { encoding: "utf-8" },
        Msg::CannotDecode { encoding: "utf-8" },
        Msg::InvalidUtf8 { byte: 0x82 },
        Msg::HelpDamaged,
        Msg::NotUtf8 {
            name: "utf-8",
            byte: 0x82,
        },
        Msg::HelpConvertFrom {
            from: "utf-8",
            file: "高知大学".into(),
            flag: "utf-8",
        },
        Msg::TooManyFiles {
            files: 2,
            entries: 2,
        },
        Msg::HelpPointAtNetworks,
        Msg::NotRegular {
            kind: Special::Pipe,
        },
        Msg::DanglingLink {
            to: "高知大学".into(),
        },
        Msg::HelpFixLink,
        Msg::LinkOutside {
            to: "高知大学".into(),
        },
        Msg::HelpLinkOutside,
        Msg::FolderLoop,
        Msg::HelpRemoveLink,
        Msg::FolderTwice {
            first: "高知大学".into(),
        },
        Msg::HelpFolderTwice,
        Msg::FolderNamedYaml,
        Msg::HelpRenameFolder,
        Msg::PathControlChar { c: '\u{1b}' },
        Msg::HelpRenamePath,
        Msg::NoSuchDir {
            path: "高知大学".into(),
        },
        Msg::NotADir {
            path: "高知大学".into(),
        },
        Msg::DuplicateId {
            id: "高知大学".into(),
            first: "高知大学".into(),
        },
        Msg::HelpDuplicateId,
        Msg::UnknownField {
            key: "高知大学".into(),
        },
        Msg::HelpKnownFields { known: "utf-8" },
        Msg::HelpDidYouMeanField {
            name: "高知大学".into(),
        },
        Msg::DuplicateKey {
            key: "高知大学".into(),
        },
        Msg::HelpDuplicateKey,
        Msg::IgnoredInNetwork { key: "utf-8" },
        Msg::HelpRegistryElsewhere,
        Msg::UntilBeforeSince {
            since: 2021,
            until: 2021,
        },
        Msg::HelpSwapYears,
        Msg::EmptyField { key: "utf-8" },
        Msg::HelpGive {
            example: Example::Program,
        },
        Msg::MissingField { key: "utf-8" },
        Msg::HelpAdd {
            example: Example::Program,
        },
        Msg::MembersNotList { found: Found::List },
        Msg::HelpMembersList,
        Msg::DuplicateMember {
            first: 2,
            second: 2,
        },
        Msg::HelpDuplicateMember,
        Msg::MemberNotMapping { found: Found::List },
        Msg::HelpWriteOrg {
            text: "高知大学".into(),
        },
        Msg::HelpMemberMapping,
        Msg::MemberWithoutName,
        Msg::HelpMemberWithoutName,
        Msg::BadEmail {
            email: "高知大学".into(),
            problem: EmailProblem::NoDot,
        },
        Msg::HelpEmail,
        Msg::BadKana {
            kana: "高知大学".into(),
        },
        Msg::HelpKana,
        Msg::NotText {
            field: "高知大学".into(),
            found: Found::List,
        },
        Msg::HelpOneValue,
        Msg::HelpSameLine,
        Msg::NotQuoted {
            field: "高知大学".into(),
        },
        Msg::HelpQuote {
            field: "高知大学".into(),
        },
        Msg::TooLong {
            field: "高知大学".into(),
            chars: 2,
            max: 2,
        },
        Msg::HelpShorten { max: 2 },
        Msg::ControlChar {
            field: "高知大学".into(),
            count: 2,
            first: '\u{1b}',
        },
        Msg::HelpControlChar {
            shown: "高知大学".into(),
            line_break: true,
        },
        Msg::InvisibleChar {
            field: "高知大学".into(),
            count: 2,
            first: '\u{1b}',
        },
        Msg::HelpInvisibleChar,
        Msg::InvisibleInKey {
            key: "org".into(),
            count: 2,
            first: '\u{feff}',
        },
        Msg::HelpInvisibleInKey { name: "org".into() },
        Msg::NotAList {
            field: "高知大学".into(),
        },
        Msg::HelpWriteList {
            field: "高知大学".into(),
        },
        Msg::NotANameList {
            field: "高知大学".into(),
            found: Found::List,
        },
        Msg::HelpWriteNameList {
            field: "高知大学".into(),
        },
        Msg::YearNotNumber {
            field: "高知大学".into(),
            found: Found::List,
        },
        Msg::HelpYearExample {
            field: "高知大学".into(),
        },
        Msg::BadYear {
            field: "高知大学".into(),
            raw: "高知大学".into(),
        },
        Msg::HelpFourDigitYear {
            field: "高知大学".into(),
        },
        Msg::HelpWriteYear {
            field: "高知大学".into(),
            year: 2021,
        },
        Msg::UnknownProgram {
            value: "高知大学".into(),
        },
        Msg::UnknownSector {
            value: "高知大学".into(),
        },
        Msg::UnknownPrefecture {
            value: "高知大学".into(),
        },
        Msg::HelpAllowed {
            vocab: Vocab::Program,
            guess: Some("networks/r.yaml:3".into()),
        },
        Msg::EntriesNotList {
            key: "utf-8",
            found: Found::List,
        },
        Msg::HelpOneEntryPerLine,
        Msg::EntryNotMapping {
            key: "utf-8",
            found: Found::List,
        },
        Msg::HelpWriteEntry,
        Msg::EntryWithoutName {
            key: "高知大学".into(),
        },
        Msg::HelpAddName,
        Msg::DistinctNotList { found: Found::List },
        Msg::HelpDistinctPair,
        Msg::DistinctCount { count: 2 },
        Msg::HelpDistinctMany,
        Msg::DistinctNotPair { found: Found::List },
        Msg::DistinctNameMissing,
        Msg::DistinctSame {
            a: "高知大学".into(),
            b: "高知大学".into(),
        },
        Msg::HelpDistinctSame,
        Msg::DistinctUnmatched {
            name: "高知大学".into(),
        },
        Msg::HelpDistinctUnmatched,
        Msg::DistinctOneEntry {
            a: "高知大学".into(),
            b: "高知大学".into(),
            entry: "高知大学".into(),
            at: Some("networks/r.yaml:3".into()),
        },
        Msg::HelpDistinctOneEntry,
        Msg::AliasCycle {
            here: "高知大学".into(),
            there: "高知大学".into(),
            at: Some("networks/r.yaml:3".into()),
        },
        Msg::HelpAliasCycle,
        Msg::AliasIsEntry {
            text: "高知大学".into(),
            here: "高知大学".into(),
            at: Some("networks/r.yaml:3".into()),
            joins: true,
        },
        Msg::HelpAliasIsEntry,
        Msg::AliasTwice {
            text: "高知大学".into(),
            here: "高知大学".into(),
            there: "高知大学".into(),
            at: Some("networks/r.yaml:3".into()),
        },
        Msg::HelpAliasTwice,
        Msg::MoreOfKind {
            more: 2,
            first: Box::new(Msg::UnknownField {
                key: "notes".into(),
            }),
        },
        Msg::MoreNoneShown {
            more: 2,
            error: true,
            shown: 2,
            across: false,
            first: Box::new(Msg::UnknownField {
                key: "notes".into(),
            }),
        },
        Msg::HelpMore {
            per_kind: 2,
            per_file: 2,
            across: true,
        },
        Msg::ReasonPrefix {
            removed: "高知大学".into(),
        },
        Msg::ReasonContains,
        Msg::ReasonSimilar { percent: 0x82 },
        Msg::ReasonSameNameOrgs {
            a: "高知大学".into(),
            b: "高知大学".into(),
        },
        Msg::ReasonSameNameNoOrg,
        Msg::ReasonSameReading {
            reading: "高知大学".into(),
        },
        Msg::ReasonTitleContains,
        Msg::PossibleDuplicate {
            kind: Kind::Org,
            score: 0x82,
            a: "高知大学".into(),
            b: "高知大学".into(),
        },
        Msg::Why {
            reason: "高知大学".into(),
        },
        Msg::OccursIn {
            name: "高知大学".into(),
            places: "高知大学".into(),
        },
        Msg::InRegistry,
        Msg::AndMoreFiles {
            first: "高知大学".into(),
            more: 2,
        },
        Msg::HowToSettle,
        Msg::MoreSuggestions {
            count: 2,
            kind: Kind::Org,
        },
        Msg::SuggestionsCut { names: 2, of: 3 },
        Msg::HelpSuggestionsCut,
        Msg::Checked {
            files: 2,
            networks: 2,
            registries: 2,
            failed: 2,
            errors: 2,
            warnings: 2,
        },
        Msg::PossibleDuplicates { count: 2 },
        Msg::SeverityError,
        Msg::SeverityWarning,
        Msg::SeverityNote,
        Msg::HelpLabel,
        Msg::ExportProblems {
            problems: 2,
            errors: 2,
            warnings: 2,
            files: 2,
            dir: "高知大学".into(),
        },
        Msg::Wrote {
            what: Box::new(Msg::UnknownField {
                key: "notes".into(),
            }),
            path: "高知大学".into(),
        },
        Msg::ContactsCount {
            contacts: 2,
            networks: 2,
        },
        Msg::GraphCount { nodes: 2, edges: 2 },
        Msg::NetworkNotExported {
            id: "高知大学".into(),
            file: "高知大学".into(),
            why: Some("networks/r.yaml:3".into()),
            dir: "高知大学".into(),
        },
        Msg::NoSuchNetwork {
            id: "高知大学".into(),
            guess: Some("networks/r.yaml:3".into()),
        },
        Msg::EncodingCsvOnly,
        Msg::XlsxNotOnTerminal,
        Msg::StatsFiles {
            dir: "高知大学".into(),
            files: 2,
            networks: 2,
            registries: 2,
            failed: 2,
        },
        Msg::StatsByPrefecture,
        Msg::StatsBySector { distinct: 2 },
        Msg::StatsPeople {
            people: 2,
            positions: 2,
            memberships: 2,
        },
        Msg::ImportWrote {
            members: 2,
            path: "高知大学".into(),
            dir: "高知大学".into(),
        },
        Msg::ImportTally {
            existing: 2,
            possible: 2,
            new: 2,
        },
        Msg::ExportExists {
            path: "高知大学".into(),
        },
        Msg::ExportIsFolder {
            path: "高知大学".into(),
        },
        Msg::ExportNotShiftJis {
            row: 2,
            column: "高知大学".into(),
            ch: '\u{1b}',
        },
        Msg::ExportUnknownNetwork {
            id: "高知大学".into(),
            hint: Some("networks/r.yaml:3".into()),
        },
        Msg::ExportNothingSelected,
        Msg::NothingToRecord {
            what: Box::new(Msg::UnknownField {
                key: "notes".into(),
            }),
        },
        Msg::NotRecorded {
            what: Box::new(Msg::UnknownField {
                key: "notes".into(),
            }),
        },
        Msg::EditChanged {
            path: "高知大学".into(),
        },
        Msg::EditNotUtf8 {
            path: "高知大学".into(),
        },
        Msg::EditTooBig {
            path: "高知大学".into(),
        },
        Msg::CannotRecord {
            a: "高知大学".into(),
            b: "高知大学".into(),
        },
        Msg::HaveOwnEntries {
            a: "高知大学".into(),
            b: "高知大学".into(),
        },
        Msg::AlreadyOneOrg {
            a: "高知大学".into(),
            b: "高知大学".into(),
        },
        Msg::AlreadyNameOf {
            alias: "高知大学".into(),
            name: "高知大学".into(),
        },
        Msg::TwoEntries {
            a: "高知大学".into(),
            b: "高知大学".into(),
            a_entry: "高知大学".into(),
            a_file: "高知大学".into(),
            b_entry: "高知大学".into(),
            b_file: "高知大学".into(),
        },
        Msg::AlreadyOnePerson {
            name: "高知大学".into(),
        },
        Msg::Namesakes {
            count: 2,
            name: "高知大学".into(),
        },
        Msg::OneByRules {
            a: "高知大学".into(),
            b: "高知大学".into(),
        },
        Msg::OneEntry {
            a: "高知大学".into(),
            b: "高知大学".into(),
            entry: "高知大学".into(),
            file: "高知大学".into(),
        },
        Msg::AlreadyDistinct {
            a: "高知大学".into(),
            b: "高知大学".into(),
        },
    ]
    .into_iter()
    .chain(super::samples_cli::samples())
    .collect()
}

#[test]
fn samples_cover_every_code() {
    let got: HashSet<&str> = samples().iter().map(Msg::code).collect();
    let all: HashSet<&str> = Msg::CODES.iter().copied().collect();
    let missing: Vec<_> = all.difference(&got).collect();
    assert!(missing.is_empty(), "no sample for {missing:?}");
}

#[test]
fn codes_are_unique_kebab_case() {
    let mut seen = HashSet::new();
    for code in Msg::CODES {
        assert!(seen.insert(code), "code {code} used twice");
        assert!(
            !code.is_empty()
                && code
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !code.starts_with('-')
                && !code.ends_with('-')
                && !code.contains("--"),
            "{code} is not kebab-case"
        );
    }
}

#[test]
fn every_message_renders_in_both_languages() {
    for m in samples() {
        let (en, ja) = (m.render(Lang::En), m.render(Lang::Ja));
        assert!(!en.trim().is_empty(), "{} empty in English", m.code());
        assert!(!ja.trim().is_empty(), "{} empty in Japanese", m.code());
        // Japanese text is Japanese, not the English left in place; labels
        // of one or two words may coincide (none do today).
        assert_ne!(en, ja, "{} is not translated", m.code());
        assert!(
            ja.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)
                || ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{} has no Japanese: {ja}",
            m.code()
        );
        assert_eq!(m.to_string(), en);
    }
}

#[test]
fn lang_comes_from_the_first_set_variable() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    assert_eq!(Lang::from_vars(env(&[("LANG", "ja_JP.UTF-8")])), Lang::Ja);
    assert_eq!(Lang::from_vars(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
    assert_eq!(Lang::from_vars(env(&[])), Lang::En);
    // LC_ALL wins over LANG; an empty one is skipped.
    assert_eq!(
        Lang::from_vars(env(&[("LC_ALL", "C"), ("LANG", "ja_JP.UTF-8")])),
        Lang::En
    );
    assert_eq!(
        Lang::from_vars(env(&[
            ("LC_ALL", ""),
            ("LC_MESSAGES", "ja_JP"),
            ("LANG", "C")
        ])),
        Lang::Ja
    );
}

#[test]
fn lang_flag_wins_over_the_environment() {
    let ja = || Lang::Ja;
    assert_eq!(
        Lang::from_args_or(&["renkei", "check", "--lang", "en"], ja),
        Lang::En
    );
    assert_eq!(
        Lang::from_args_or(&["renkei", "--lang=en", "stats"], ja),
        Lang::En
    );
    assert_eq!(Lang::from_args_or(&["renkei", "check"], ja), Lang::Ja);
    assert_eq!(
        Lang::from_args_or(&["renkei", "--", "--lang", "en"], ja),
        Lang::Ja
    );
    assert_eq!(
        Lang::from_args_or(&["renkei", "--lang", "xx"], || Lang::En),
        Lang::En
    );
}

#[test]
fn mask_takes_out_quoted_parts_and_numbers() {
    assert_eq!(
        super::mask("unknown field `notes` at 12"),
        "unknown field `…` at N"
    );
    assert_eq!(
        super::mask("フィールド「no「te」s」は定義されていません"),
        "フィールド「…」は定義されていません"
    );
}
