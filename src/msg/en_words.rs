//! The English words messages are built from: what a YAML value was,
//! the allowed values of a vocabulary, the kinds of things named.

use super::{EmailProblem, Example, Found, Kind, Special, Vocab};

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
