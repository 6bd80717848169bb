//! One value of each message of the command line, the import report,
//! the browser's start and its registry writes, for the checks in
//! `tests` (kept apart so that file does not keep growing).

use super::{IoProblem, Msg, NoTerminal, NumberProblem, Special};

fn s() -> String {
    "高知大学".into()
}

fn boxed() -> Box<Msg> {
    Box::new(Msg::IoError {
        problem: IoProblem::NotFound,
        detail: "No such file or directory (os error 2)".into(),
    })
}

/// Usage errors and option values.
fn usage() -> Vec<Msg> {
    vec![
        Msg::UsageUnexpectedArg { arg: s() },
        Msg::UsageRepeatedArg { arg: s() },
        Msg::UsageConflict {
            arg: s(),
            with: s(),
        },
        Msg::UsageEqualsNeeded { arg: s() },
        Msg::UsageValueMissing { arg: s() },
        Msg::UsageInvalidValue {
            arg: s(),
            value: s(),
            why: Some(s()),
        },
        Msg::UsagePossibleValues { values: s() },
        Msg::UsageUnknownSubcommand { name: s() },
        Msg::UsageSubcommandNeeded { name: s() },
        Msg::UsageSubcommands { names: s() },
        Msg::UsageRequired,
        Msg::UsageExtraValue {
            arg: s(),
            value: s(),
        },
        Msg::UsageValueCount {
            arg: s(),
            expected: 2,
            given: 1,
        },
        Msg::UsageNotUtf8,
        Msg::UsageOther { detail: s() },
        Msg::UsageDirBeforeCommand,
        Msg::UsageSimilar { names: s() },
        Msg::UsageFolderLikeCommand { command: s() },
        Msg::LoaderStopped,
        Msg::SuggestionsStopped,
        Msg::NoTempName,
        Msg::ExportNotAFile {
            kind: Special::Disk,
        },
        Msg::ExportNotAFile {
            kind: Special::Other,
        },
        Msg::UsagePassAsValue {
            arg: s(),
            write: s(),
        },
        Msg::UsageExists { what: s() },
        Msg::UsageRemoveDashes { name: s() },
        Msg::UsageLine { usage: s() },
        Msg::UsageMoreInfo { flag: s() },
        Msg::NotANumber {
            problem: NumberProblem::InvalidDigit,
        },
        Msg::OutOfRange {
            value: "99999999999".into(),
            range: "0..=10".into(),
        },
        Msg::ArgUnknown {
            problem: Box::new(Msg::UnknownProgram { value: s() }),
            help: Box::new(Msg::HelpAllowed {
                vocab: super::Vocab::Program,
                guess: None,
            }),
        },
        Msg::ArgSampling,
        Msg::ArgMapEquals { fields: s() },
        Msg::ArgMapField {
            field: s(),
            guess: Some(s()),
            fields: s(),
        },
        Msg::IoError {
            problem: IoProblem::Other,
            detail: "Broken pipe".into(),
        },
        Msg::AtPath {
            path: s(),
            what: boxed(),
        },
    ]
}

/// The import report.
fn import() -> Vec<Msg> {
    vec![
        Msg::ImportColumns {
            file: s(),
            header_row: 2,
            columns: s(),
        },
        Msg::ImportSkipped { rows: vec![6, 7] },
        Msg::ImportNoName { rows: vec![13] },
        Msg::ImportRepeated { rows: vec![(5, 3)] },
        Msg::ImportSectorGuessed {
            row: 4,
            sector: s(),
            word: "大学",
            org: s(),
        },
        Msg::ImportMatchesIn { dir: s() },
        Msg::ImportRowExisting {
            row: 3,
            what: s(),
            entity: s(),
            networks: None,
        },
        Msg::ImportRowPossible {
            row: 3,
            what: s(),
            other: s(),
            score: 90,
            reason: s(),
        },
        Msg::ImportRowNew { row: 3, what: s() },
        Msg::ImportSameName {
            file: s(),
            name: s(),
        },
        Msg::ImportCloseName {
            name: s(),
            close: s(),
            file: s(),
        },
        Msg::ImportGeneratedBroken,
        Msg::ImportFailsCheck { first: s() },
        Msg::ImportFormat { ext: "txt".into() },
        Msg::ImportUnreadable { why: s() },
        Msg::ImportNoSheet {
            asked: s(),
            sheets: s(),
        },
        Msg::ImportNoHeader,
        Msg::ExportSystemFolder,
        Msg::ExportNoFolder,
        Msg::ExportCannotCreate { error: boxed() },
        Msg::FormatDisagrees {
            format: "csv",
            ext: "xlsx".into(),
            want: "csv",
        },
        Msg::OtherKindOfExport {
            ext: "graphml".into(),
            graph: true,
        },
        Msg::UnknownExtension {
            ext: "tsv".into(),
            graph: false,
        },
        Msg::ImportHeaderRowMissing { row: 30, last: 12 },
    ]
}

/// The text of overlap and keypersons.
fn reports() -> Vec<Msg> {
    vec![
        Msg::ReportNetworks { count: 2 },
        Msg::ReportPairs,
        Msg::ReportNone,
        Msg::ReportThrough {
            network: s(),
            via: s(),
        },
        Msg::ReportOnlyLink { names: s() },
        Msg::ReportBridges { count: 4, cross: 2 },
        Msg::TooManyPairs {
            max: 100,
            networks: 20,
        },
        Msg::ReportKeypersons {
            count: 1,
            method: Box::new(Msg::BetweennessExact { nodes: 9 }),
        },
        Msg::BetweennessExact { nodes: 9 },
        Msg::BetweennessSampled {
            pivots: 10,
            nodes: 900,
        },
        Msg::InNetworks { count: 2 },
        Msg::ReportOnlyLinks { count: 0 },
        Msg::ViewShown {
            parts: s(),
            shown: 2,
        },
        Msg::ViewProgramTable { scope: s() },
        Msg::ViewMatrix { scope: s() },
        Msg::ViewNoNetworks,
        Msg::ViewColumns {
            first: 1,
            last: 2,
            of: 3,
            names: s(),
        },
        Msg::ViewNetworkBand {
            first: 1,
            last: 2,
            of: 3,
        },
        Msg::ViewTableLegend,
        Msg::ViewTableLegendShort,
        Msg::ViewMatrixLegend,
        Msg::AlsoWritten { names: s() },
        Msg::EntitiesCount { count: 7 },
        Msg::EntitiesHeadKind,
        Msg::EntitiesHeadName,
        Msg::EntitiesHeadSector,
        Msg::EntitiesHeadCount,
        Msg::EntitiesHeadNetworks,
        Msg::EntityKindWord {
            kind: "person".into(),
        },
        Msg::SectorWord {
            sector: "academia".into(),
        },
        Msg::ReportWrote {
            scope: s(),
            path: s(),
        },
        Msg::Since { year: 2020 },
        Msg::Until { year: 2024 },
        Msg::NetworkMembers {
            members: 4,
            linked: 3,
        },
    ]
}

/// `generate`, the browser's start and registry writes.
fn browser() -> Vec<Msg> {
    vec![
        Msg::GenerateFailed {
            dir: s(),
            error: boxed(),
        },
        Msg::BrowseNeedsTerminal {
            which: NoTerminal::Neither,
        },
        Msg::BrowseUseSubcommand,
        Msg::BrowseTerminal { error: boxed() },
        Msg::BrowseBug { version: "1.0.0" },
        Msg::EditIo {
            path: s(),
            error: boxed(),
        },
        Msg::EditNotAFile {
            path: s(),
            what: Special::Folder,
            link: true,
        },
        Msg::EditLinkNowhere { path: s() },
        Msg::EditNoPlace {
            path: s(),
            snippet: s(),
        },
        Msg::EditRefused {
            path: s(),
            reason: Box::new(Msg::EditNewErrors),
            snippet: s(),
        },
        Msg::EditNoLongerRegistry,
        Msg::EditNewErrors,
        Msg::EditNoEffect,
        Msg::EditUnclosed { open: "[" },
        Msg::EditNotAList { key: s() },
        Msg::EditNullList {
            key: s(),
            value: "~".into(),
        },
        Msg::EditItemWithoutDash,
        Msg::EditEntryMoved,
        Msg::EditNoColon,
        Msg::EditNotAnItem,
    ]
}

/// Every message of this part of the catalogue.
pub(super) fn samples() -> Vec<Msg> {
    let mut v = usage();
    v.extend(import());
    v.extend(reports());
    v.extend(browser());
    v
}
