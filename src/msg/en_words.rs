//! The English words messages are built from: what a YAML value was,
//! the allowed values of a vocabulary, the kinds of things named.

use super::{EmailProblem, Example, Found, Kind, NoTerminal, NumberProblem, Special, Vocab};

pub(super) fn found_en(f: Found) -> &'static str {
    match f {
        Found::Null => "nothing (null)",
        Found::Bool => "true/false",
        Found::Number => "a number",
        Found::Text => "text",
        Found::List => "a list",
        Found::Mapping => "a mapping",
    }
}

pub(super) fn special_en(s: Special) -> &'static str {
    match s {
        Special::Pipe => "a named pipe",
        Special::Socket => "a socket",
        Special::Device => "a device",
        Special::Disk => "a block device (a disk)",
        Special::Folder => "a folder",
        Special::Other => "not a file",
    }
}

pub(super) fn example_en(e: Example) -> &'static str {
    match e {
        Example::NetworkName => {
            "the network's official name, e.g. `name: 高知県・大学等連携協議会`"
        }
        Example::Program => "`program: kofukin` (or coi-next, platform, other)",
        Example::Prefecture => "`prefecture: 広島県` (the full name)",
        Example::Sector => "`sector: academia`",
        Example::Members => {
            "`members:` with one `- org: …` entry per member (`members: []` when none are known)"
        }
    }
}

pub(super) fn email_en(p: EmailProblem) -> &'static str {
    match p {
        EmailProblem::FullWidthAt => "it has a full-width ＠",
        EmailProblem::NotOneAt => "it needs exactly one @",
        EmailProblem::EmptyPart => "a part before or after @ is missing",
        EmailProblem::NoDot => "the domain after @ needs a dot, like example.jp",
        EmailProblem::SpacesOrNonAscii => "it has spaces or non-ASCII characters",
    }
}

pub(super) fn allowed_en(v: Vocab) -> &'static str {
    match v {
        Vocab::Program => "kofukin, coi-next, platform, other",
        Vocab::Sector => "academia (学), government (官), industry (産), finance (金), other",
        Vocab::Prefecture => {
            "the full name of one of the 47 都道府県, e.g. 広島県, 東京都, 大阪府, 北海道"
        }
    }
}

pub(super) fn kind_en(k: Kind) -> &'static str {
    match k {
        Kind::Org => "org",
        Kind::Person => "person",
        Kind::Position => "position",
    }
}

/// What to run instead of the browser without a terminal.
pub(super) const BROWSE_SUBCOMMANDS: &str = "Use a subcommand instead:
  renkei check [DIR]        problems in the data, as FILE:LINE:COLUMN
  renkei stats [DIR]        networks per prefecture and program
  renkei entities [DIR]     organisations, people and positions
  renkei overlap [DIR]      shared members between networks
  renkei keypersons [DIR]   bridges between networks and programs
  renkei network ID [DIR]   one network and where its members also sit
  renkei export ...         contact lists and graph files
  renkei schema             JSON Schema for editors
See `renkei --help`.";

/// The formats `export contacts` and `export graph` write.
pub(super) const CONTACT_LIST: &str = "xlsx (.xlsx), csv (.csv), vcard (.vcf), markdown (.md)";
pub(super) const GRAPH_LIST: &str =
    "graphml (.graphml), gexf (.gexf), dot (.dot, .gv), json (.json)";

/// `export`'s formats of one kind, for "renkei does not write …".
pub(super) fn formats_en(graph: bool) -> String {
    if graph {
        format!("graph formats: {GRAPH_LIST}")
    } else {
        format!("contact list formats: {CONTACT_LIST}")
    }
}

/// Row numbers, `4, 7, 9`.
pub(super) fn rows_en(rows: &[usize]) -> String {
    rows.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// What `str::parse` says of a number, as the standard library words it.
pub(super) fn number_en(p: NumberProblem) -> &'static str {
    match p {
        NumberProblem::Empty => "cannot parse integer from empty string",
        NumberProblem::InvalidDigit => "invalid digit found in string",
        NumberProblem::TooLarge => "number too large to fit in target type",
        NumberProblem::TooSmall => "number too small to fit in target type",
        NumberProblem::Zero => "number would be zero for non-zero type",
    }
}

pub(super) fn no_terminal_en(w: NoTerminal) -> &'static str {
    match w {
        NoTerminal::Stdin => "standard input is not one (the keys are read from it)",
        NoTerminal::Stdout => "standard output is not one",
        NoTerminal::Neither => "neither standard input nor standard output is one",
    }
}

pub(super) const PAIR_HELP: &str = "write each pair as `- [名前1, 名前2]`: two organisation names";

/// `n one` or `n many`.
#[must_use]
pub(super) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Found {
    /// In English, e.g. "a list".
    #[must_use]
    pub fn en(self) -> &'static str {
        found_en(self)
    }
}
