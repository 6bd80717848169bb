//! The list of messages: one variant per message, its arguments, and its
//! stable code. The macro keeps variant and code side by side, so a new
//! message cannot be added without a code.

use super::{EmailProblem, Example, Found, Kind, Special, Vocab};

macro_rules! catalogue {
    ($( $(#[doc = $doc:literal])* $code:literal => $name:ident
        $({ $($field:ident : $ty:ty),* $(,)? })? ),* $(,)?) => {
        /// A user-facing message with its arguments (see the module docs).
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum Msg {
            $( $(#[doc = $doc])* $name $({ $($field: $ty),* })? ),*
        }

        impl Msg {
            /// Every code, in catalogue order.
            pub const CODES: &'static [&'static str] = &[$($code),*];

            /// The stable, kebab-case name of this message.
            #[must_use]
            pub fn code(&self) -> &'static str {
                match self {
                    $( Msg::$name { .. } => $code ),*
                }
            }
        }
    };
}

catalogue! {
    // ---- reading files (loader/file.rs, decode.rs, walk.rs) ----
    "nested-too-deeply" => NestedTooDeeply,
    "help-nesting" => HelpNesting,
    "file-would-block" => FileWouldBlock,
    "help-ordinary-files" => HelpOrdinaryFiles,
    "cannot-read" => CannotRead { error: String },
    "help-check-readable" => HelpCheckReadable,
    "not-regular-file-changed" => NotRegularChanged,
    "help-regular-files" => HelpRegularFiles,
    "file-too-large" => FileTooLarge { bytes: Option<u64>, max: u64 },
    "help-file-too-large" => HelpFileTooLarge,
    "empty-file" => EmptyFile,
    "only-comments" => OnlyComments,
    "help-add-network" => HelpAddNetwork,
    "alias-bomb" => AliasBomb { max: u64 },
    "help-alias-bomb" => HelpAliasBomb,
    "top-level-not-mapping" => TopNotMapping { found: Found },
    "help-top-level" => HelpTopLevel,
    "yaml-syntax" => YamlSyntax { detail: String },
    "help-quote-colon" => HelpQuoteColon,
    "help-indent-key" => HelpIndentKey,
    "help-indent-list" => HelpIndentList,
    "help-no-tabs" => HelpNoTabs,
    "help-yaml-control" => HelpYamlControl,
    "help-one-document" => HelpOneDocument,
    "help-alias-repeat" => HelpAliasRepeat,
    "help-fix-syntax" => HelpFixSyntax,
    "internal-error" => InternalError,
    "help-report-bug" => HelpReportBug,
    "utf16-not-utf8" => Utf16NotUtf8 { encoding: &'static str },
    "help-convert-utf16" => HelpConvertUtf16 { file: String, flag: &'static str },
    "too-large-to-decode" => TooLargeToDecode { encoding: &'static str },
    "help-convert-first" => HelpConvertFirst,
    "invalid-in-encoding" => InvalidInEncoding { encoding: &'static str, byte: u8 },
    "help-check-encoding" => HelpCheckEncoding { encoding: &'static str },
    "cannot-decode" => CannotDecode { encoding: &'static str },
    "invalid-utf8" => InvalidUtf8 { byte: u8 },
    "help-damaged" => HelpDamaged,
    "not-utf8" => NotUtf8 { name: &'static str, byte: u8 },
    "help-convert-from" => HelpConvertFrom { from: &'static str, file: String, flag: &'static str },
    "too-many-files" => TooManyFiles { files: usize, entries: usize },
    "help-point-at-networks" => HelpPointAtNetworks,
    "not-regular-file" => NotRegular { kind: Special },
    "dangling-link" => DanglingLink { to: String },
    "help-fix-link" => HelpFixLink,
    "link-outside" => LinkOutside { to: String },
    "help-link-outside" => HelpLinkOutside,
    "folder-loop" => FolderLoop,
    "help-remove-link" => HelpRemoveLink,
    "folder-twice" => FolderTwice { first: String },
    "help-folder-twice" => HelpFolderTwice,
    "folder-named-yaml" => FolderNamedYaml,
    "help-rename-folder" => HelpRenameFolder,
    "path-control-char" => PathControlChar { c: char },
    "help-rename-path" => HelpRenamePath,
    "duplicate-id" => DuplicateId { id: String, first: String },
    "help-duplicate-id" => HelpDuplicateId,
    // ---- fields (loader/validate.rs, convert.rs) ----
    "unknown-field" => UnknownField { key: String },
    "help-known-fields" => HelpKnownFields { known: &'static str },
    "help-did-you-mean-field" => HelpDidYouMeanField { name: String },
    "duplicate-key" => DuplicateKey { key: String },
    "help-duplicate-key" => HelpDuplicateKey,
    "ignored-in-network" => IgnoredInNetwork { key: &'static str },
    "help-registry-elsewhere" => HelpRegistryElsewhere,
    "until-before-since" => UntilBeforeSince { since: i32, until: i32 },
    "help-swap-years" => HelpSwapYears,
    "empty-field" => EmptyField { key: &'static str },
    "help-give" => HelpGive { example: Example },
    "missing-field" => MissingField { key: &'static str },
    "help-add" => HelpAdd { example: Example },
    "members-not-list" => MembersNotList { found: Found },
    "help-members-list" => HelpMembersList,
    "duplicate-member" => DuplicateMember { first: usize, second: usize },
    "help-duplicate-member" => HelpDuplicateMember,
    "member-not-mapping" => MemberNotMapping { found: Found },
    "help-write-org" => HelpWriteOrg { text: String },
    "help-member-mapping" => HelpMemberMapping,
    "member-without-name" => MemberWithoutName,
    "help-member-without-name" => HelpMemberWithoutName,
    "bad-email" => BadEmail { email: String, problem: EmailProblem },
    "help-email" => HelpEmail,
    "bad-kana" => BadKana { kana: String },
    "help-kana" => HelpKana,
    "not-text" => NotText { field: String, found: Found },
    "help-one-value" => HelpOneValue,
    "help-same-line" => HelpSameLine,
    "not-quoted" => NotQuoted { field: String },
    "help-quote" => HelpQuote { field: String },
    "too-long" => TooLong { field: String, chars: usize, max: usize },
    "help-shorten" => HelpShorten { max: usize },
    "control-char" => ControlChar { field: String, count: usize, first: char },
    "help-control-char" => HelpControlChar { shown: String, line_break: bool },
    "invisible-char" => InvisibleChar { field: String, count: usize, first: char },
    "help-invisible-char" => HelpInvisibleChar,
    "not-a-list" => NotAList { field: String },
    "help-write-list" => HelpWriteList { field: String },
    "not-a-name-list" => NotANameList { field: String, found: Found },
    "help-write-name-list" => HelpWriteNameList { field: String },
    "year-not-number" => YearNotNumber { field: String, found: Found },
    "help-year-example" => HelpYearExample { field: String },
    "bad-year" => BadYear { field: String, raw: String },
    "help-four-digit-year" => HelpFourDigitYear { field: String },
    "help-write-year" => HelpWriteYear { field: String, year: i32 },
    "unknown-program" => UnknownProgram { value: String },
    "unknown-sector" => UnknownSector { value: String },
    "unknown-prefecture" => UnknownPrefecture { value: String },
    "help-allowed" => HelpAllowed { vocab: Vocab, guess: Option<String> },
    // ---- registry files (loader/registry.rs, distinct.rs, crossref.rs, conflicts.rs) ----
    "entries-not-list" => EntriesNotList { key: &'static str, found: Found },
    "help-one-entry-per-line" => HelpOneEntryPerLine,
    "entry-not-mapping" => EntryNotMapping { key: &'static str, found: Found },
    "help-write-entry" => HelpWriteEntry,
    "entry-without-name" => EntryWithoutName { key: String },
    "help-add-name" => HelpAddName,
    "distinct-not-list" => DistinctNotList { found: Found },
    "help-distinct-pair" => HelpDistinctPair,
    "distinct-count" => DistinctCount { count: usize },
    "help-distinct-many" => HelpDistinctMany,
    "distinct-not-pair" => DistinctNotPair { found: Found },
    "distinct-name-missing" => DistinctNameMissing,
    "distinct-same" => DistinctSame { a: String, b: String },
    "help-distinct-same" => HelpDistinctSame,
    "distinct-unmatched" => DistinctUnmatched { name: String },
    "help-distinct-unmatched" => HelpDistinctUnmatched,
    "distinct-one-entry" => DistinctOneEntry { a: String, b: String, entry: String, at: Option<String> },
    "help-distinct-one-entry" => HelpDistinctOneEntry,
    "alias-cycle" => AliasCycle { here: String, there: String, at: Option<String> },
    "help-alias-cycle" => HelpAliasCycle,
    "alias-is-entry" => AliasIsEntry { text: String, here: String, at: Option<String>, joins: bool },
    "help-alias-is-entry" => HelpAliasIsEntry,
    "alias-twice" => AliasTwice { text: String, here: String, there: String, at: Option<String> },
    "help-alias-twice" => HelpAliasTwice,
    // ---- summaries of diagnostics only counted (loader/tally.rs) ----
    "more-of-kind" => MoreOfKind { more: usize, first: Box<Msg> },
    "more-none-shown" => MoreNoneShown { more: usize, error: bool, shown: usize, first: Box<Msg> },
    "help-more" => HelpMore { per_kind: usize, per_file: usize },
    // ---- why two names may be one (identity) ----
    "reason-prefix" => ReasonPrefix { removed: String },
    "reason-contains" => ReasonContains,
    "reason-similar" => ReasonSimilar { percent: u8 },
    "reason-same-name-orgs" => ReasonSameNameOrgs { a: String, b: String },
    "reason-same-name-no-org" => ReasonSameNameNoOrg,
    "reason-same-reading" => ReasonSameReading { reading: String },
    "reason-title-contains" => ReasonTitleContains,
    // ---- renkei check ----
    "possible-duplicate" => PossibleDuplicate { kind: Kind, score: u8, a: String, b: String },
    "why" => Why { reason: String },
    "occurs-in" => OccursIn { name: String, places: String },
    "in-registry" => InRegistry,
    "and-more-files" => AndMoreFiles { first: String, more: usize },
    "how-to-settle" => HowToSettle,
    "more-suggestions" => MoreSuggestions { count: usize, kind: Kind },
    "checked" => Checked { files: usize, networks: usize, registries: usize, failed: usize, errors: usize, warnings: usize },
    "possible-duplicates" => PossibleDuplicates { count: usize },
    "severity-error" => SeverityError,
    "severity-warning" => SeverityWarning,
    "severity-note" => SeverityNote,
    "help-label" => HelpLabel,
}
