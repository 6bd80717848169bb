//! One value of every message of the loader, the identity checks and the
//! reports, for the checks in `tests` (the command line's are in
//! `samples_cli`).

use super::{EmailProblem, Example, Found, Msg, Special, Vocab};

/// One value of every variant.
#[allow(clippy::too_many_lines)]
pub(super) fn samples() -> Vec<Msg> {
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
    ]
    .into_iter()
    .chain(super::samples_registry::samples())
    .chain(super::samples_cli::samples())
    .collect()
}
