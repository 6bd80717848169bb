//! Options shared by `overlap`, `keypersons` and `network`: the filters
//! (converted to [`graph::Filter`]), and [`report_view`], which loads a
//! [`Workspace`] and runs a report over the filtered view, so the three
//! commands start and end alike.

use std::io::{self, Write};

use clap::{Args, ValueEnum};

use super::Out;
use super::output::{summary, write_diagnostics};
use super::{DataArgs, Status, workspace};
use crate::graph::{self, View};
use crate::identity::EntityKind;
use crate::loader::{Vocab, vocab_msg};
use crate::model::{Prefecture, Program, Sector};
use crate::msg::{Lang, Msg};
use crate::text::{closest, sanitize};
use crate::workspace::Workspace;

/// Which networks and entities a command looks at. Each option may be
/// repeated or given comma-separated values; values of one option are
/// alternatives, different options must all hold.
#[derive(Debug, Clone, Default, Args)]
pub struct FilterArgs {
    /// Only networks of this prefecture (広島県; 広島 is accepted).
    #[arg(long = "prefecture", value_name = "NAME", value_delimiter = ',', value_parser = parse_prefecture)]
    pub prefectures: Vec<Prefecture>,
    /// Only networks of this municipality (their `city:`).
    #[arg(long = "city", value_name = "NAME", value_delimiter = ',')]
    pub cities: Vec<String>,
    /// Only networks of this program: kofukin, coi-next, platform, other.
    #[arg(long = "program", value_name = "PROGRAM", value_delimiter = ',', value_parser = parse_program)]
    pub programs: Vec<Program>,
    /// Only networks active in YEAR (since ≤ YEAR ≤ until, where given).
    #[arg(long, value_name = "YEAR")]
    pub year: Option<i32>,
    /// Only the network with this id.
    #[arg(long = "network", value_name = "ID", value_delimiter = ',')]
    pub networks: Vec<String>,
    /// Only entities of this kind.
    #[arg(long = "kind", value_enum, value_delimiter = ',')]
    pub kinds: Vec<KindArg>,
    /// Only entities of this sector: academia, government, industry,
    /// finance, other.
    #[arg(long = "sector", value_name = "SECTOR", value_delimiter = ',', value_parser = parse_sector)]
    pub sectors: Vec<Sector>,
    /// Only pairs sharing at least N entities (entity pairs: N networks;
    /// bridges: in at least N networks).
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub min_shared: usize,
}

impl FilterArgs {
    #[must_use]
    pub fn to_filter(&self) -> graph::Filter {
        graph::Filter {
            prefectures: self.prefectures.clone(),
            cities: self.cities.clone(),
            programs: self.programs.clone(),
            year: self.year,
            networks: self.networks.clone(),
            kinds: self.kinds.iter().map(|&k| EntityKind::from(k)).collect(),
            sectors: self.sectors.clone(),
            min_shared: self.min_shared,
        }
    }
}

/// Parses a prefecture's full name, or the name without 都/府/県.
///
/// # Errors
/// What `renkei check` says of the value, with the closest prefecture.
pub fn parse_prefecture(s: &str) -> Result<Prefecture, Box<Msg>> {
    let s = s.trim();
    Prefecture::from_name(s)
        .or_else(|| {
            ["県", "府", "都"]
                .iter()
                .find_map(|suffix| Prefecture::from_name(&format!("{s}{suffix}")))
        })
        .ok_or_else(|| {
            unknown(
                Msg::UnknownPrefecture { value: s.into() },
                s,
                Vocab::Prefecture,
            )
        })
}

/// Parses a program id.
///
/// # Errors
/// What `renkei check` says of the value: the allowed values.
pub fn parse_program(s: &str) -> Result<Program, Box<Msg>> {
    Program::from_id(s.trim())
        .ok_or_else(|| unknown(Msg::UnknownProgram { value: s.into() }, s, Vocab::Program))
}

/// Parses `academia`, `government`, `industry`, `finance`, `other`.
///
/// # Errors
/// What `renkei check` says of the value: the allowed values.
pub fn parse_sector(s: &str) -> Result<Sector, Box<Msg>> {
    Sector::from_id(s.trim())
        .ok_or_else(|| unknown(Msg::UnknownSector { value: s.into() }, s, Vocab::Sector))
}

/// An option value not in its vocabulary, with `renkei check`'s help.
/// Boxed: clap keeps it as the error's source, for `usage` to render.
fn unknown(problem: Msg, raw: &str, vocab: Vocab) -> Box<Msg> {
    Box::new(Msg::ArgUnknown {
        problem: Box::new(problem),
        help: Box::new(vocab_msg(raw, vocab)),
    })
}

/// How a report over a view went, short of an error writing it.
pub enum Report<'a> {
    /// The report is written.
    Written,
    /// Nothing is written: the command names a network, this id, that the
    /// view does not hold.
    NoSuchNetwork(&'a str),
    /// Nothing is written, for the reason given (printed after the
    /// diagnostics, as `renkei: …`).
    Refused(String),
}

/// Runs a report over the view through `filter`: loads `data` and checks
/// every `--network` id (either failing ends the command with its status),
/// lets `write` write the report, then prints the load diagnostics to
/// stderr. An unknown network `write` reports is named after the
/// diagnostics, so it is the last thing on stderr, and fails the command.
///
/// # Errors
/// Only the errors of `write`; the diagnostics are not printed then.
pub fn report_view<'a>(
    data: &DataArgs,
    filter: &FilterArgs,
    errout: Out,
    write: impl FnOnce(&View<'_>) -> io::Result<Report<'a>>,
) -> io::Result<Status> {
    let ws = match workspace(data, errout.lang) {
        Ok(w) => w,
        Err(status) => return Ok(status),
    };
    if let Err(status) = check_ids(&ws, &filter.networks, errout.lang) {
        return Ok(status);
    }
    let report = write(&ws.view(&filter.to_filter()))?;
    let status = finish(&ws, errout);
    Ok(match report {
        Report::Written => status,
        Report::NoSuchNetwork(id) => {
            no_such_network(&ws.ds, id, errout.lang);
            Status::Failure
        }
        Report::Refused(why) => {
            let _ = writeln!(io::stderr(), "renkei: {why}");
            Status::Failure
        }
    })
}

/// Checks that every `--network` id exists, with a hint on stderr for the
/// first that does not.
fn check_ids(ws: &Workspace, ids: &[String], lang: Lang) -> Result<(), Status> {
    match ids.iter().find(|id| ws.ds.network(id).is_none()) {
        None => Ok(()),
        Some(id) => {
            no_such_network(&ws.ds, id, lang);
            Err(Status::Failure)
        }
    }
}

/// Prints the load diagnostics to stderr; problems when there were errors.
fn finish(ws: &Workspace, errout: Out) -> Status {
    if !ws.diagnostics.is_empty() {
        let mut err = io::stderr().lock();
        // Diagnostics are secondary here; a closed stderr must not fail
        // the command.
        let _ = write_diagnostics(&mut err, &ws.diagnostics, errout);
        let _ = writeln!(err, "{}", summary(ws, errout.lang));
    }
    if ws.has_errors() {
        Status::Problems
    } else {
        Status::Clean
    }
}

/// Reports an unknown network id on stderr, with the closest id.
pub fn no_such_network(ds: &crate::model::Dataset, id: &str, lang: Lang) {
    let guess = closest(id, ds.networks.iter().map(|n| n.id.as_str()));
    let line = Msg::NoSuchNetwork {
        id: sanitize(id).into_owned(),
        guess: guess.map(|c| sanitize(c).into_owned()),
    };
    let _ = writeln!(io::stderr(), "renkei: {}", line.render(lang));
}

/// `a; b; c` for CSV cells.
#[must_use]
pub fn joined<'s>(items: impl IntoIterator<Item = &'s str>) -> String {
    items.into_iter().collect::<Vec<_>>().join(";")
}

/// The kind of entity a filter keeps (`--kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    Org,
    Person,
    Position,
}

impl From<KindArg> for EntityKind {
    fn from(k: KindArg) -> EntityKind {
        match k {
            KindArg::Org => EntityKind::Organization,
            KindArg::Person => EntityKind::Person,
            KindArg::Position => EntityKind::Position,
        }
    }
}
