//! One value of each message of the registry, identity and the reports,
//! for the checks in `tests` (the second half of the catalogue; the
//! first is in `samples`).

use super::{Found, Kind, Msg};

/// Registry entries, identity and the reports (the second half of the
/// catalogue).
#[allow(clippy::too_many_lines)]
pub(super) fn samples() -> Vec<Msg> {
    vec![
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
}
