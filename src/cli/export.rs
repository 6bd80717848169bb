//! `renkei export`: contact lists and graph files, to stdout or to a file
//! written whole or not at all.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueEnum};

mod format;
mod report;

use super::Out;
use super::filters::{parse_prefecture, parse_program};
use super::{DataArgs, Status, workspace};
use crate::export::{self, ContactFormat, ContactList, Encoding, ExportError, Selection};
use crate::model::{Prefecture, Program};
use crate::msg::{Lang, Msg};
use crate::text::sanitize;
use crate::workspace::Workspace;
use format::{contact_format, graph_format};

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(subcommand)]
    pub command: ExportCommand,
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// One deduplicated contact list for a joint meeting of several networks.
    Contacts(ContactsArgs),
    /// The graph of networks, organisations, people and positions.
    Graph(GraphArgs),
}

/// Which networks to export; conditions combine, repeated values are
/// alternatives; none means every network.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Network id (`kochi/kofukin`); repeat or separate with commas.
    #[arg(long = "network", value_name = "ID", value_delimiter = ',')]
    pub networks: Vec<String>,
    /// Only networks of this prefecture (高知県; 高知 is accepted); repeatable.
    #[arg(long = "prefecture", value_name = "P", value_delimiter = ',', value_parser = parse_prefecture)]
    pub prefectures: Vec<Prefecture>,
    /// Only networks of this program (kofukin, coi-next, platform, other); repeatable.
    #[arg(long = "program", value_name = "X", value_delimiter = ',', value_parser = parse_program)]
    pub programs: Vec<Program>,
}

impl FilterArgs {
    fn selection(&self) -> Selection {
        Selection {
            networks: self.networks.clone(),
            prefectures: self.prefectures.clone(),
            programs: self.programs.clone(),
        }
    }
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Write to FILE instead of stdout (`-` is stdout); the format follows
    /// its extension unless --format is given.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace FILE if it already exists.
    #[arg(long, requires = "output")]
    pub force: bool,
}

impl OutputArgs {
    /// The file to write, `None` for stdout: `-o -` means stdout, as in
    /// most tools, and must never create a file named `-`.
    fn file(&self) -> Option<&Path> {
        self.output.as_deref().filter(|p| p.as_os_str() != "-")
    }
}

#[derive(Debug, Args)]
pub struct ContactsArgs {
    #[command(flatten)]
    pub data: DataArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Output format [default: csv, or from the extension of FILE].
    #[arg(long, value_enum)]
    pub format: Option<ContactFormatArg>,
    /// Text encoding of the CSV [default: utf-8-bom].
    #[arg(long, value_enum)]
    pub encoding: Option<EncodingArg>,
    #[command(flatten)]
    pub out: OutputArgs,
}

#[derive(Debug, Args)]
pub struct GraphArgs {
    #[command(flatten)]
    pub data: DataArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Output format [default: graphml, or from the extension of FILE].
    #[arg(long, value_enum)]
    pub format: Option<GraphFormatArg>,
    #[command(flatten)]
    pub out: OutputArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ContactFormatArg {
    /// For Excel.
    Csv,
    /// vCard 3.0 for phones and address books.
    Vcard,
    /// A printable attendance table.
    Markdown,
    /// Excel workbook: numbers kept as written, a column per network.
    Xlsx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EncodingArg {
    /// UTF-8 with BOM: Excel opens it by double-click.
    #[value(name = "utf-8-bom")]
    Utf8Bom,
    /// UTF-8 without BOM.
    #[value(name = "utf-8")]
    Utf8,
    /// Shift_JIS (CP932) for old Excel; characters it lacks are an error.
    #[value(
        name = "shift_jis",
        alias = "shift-jis",
        alias = "cp932",
        alias = "sjis"
    )]
    ShiftJis,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormatArg {
    /// Gephi and Cytoscape.
    Graphml,
    /// Gephi.
    Gexf,
    /// Graphviz.
    Dot,
    /// Node-link JSON for scripts and d3.
    Json,
}

/// Runs `export`: the file on `out` (or in FILE), a count of the data's
/// problems on stderr.
///
/// # Errors
/// Only errors writing `out`.
pub fn run<W: Write>(args: &ExportArgs, out: &mut W, errout: Out) -> io::Result<Status> {
    match &args.command {
        ExportCommand::Contacts(a) => contacts(a, out, errout.lang),
        ExportCommand::Graph(a) => graph(a, out, errout.lang),
    }
}

fn contacts<W: Write>(a: &ContactsArgs, out: &mut W, lang: Lang) -> io::Result<Status> {
    let format = match contact_format(a.format, a.out.file()) {
        Ok(f) => f,
        Err(message) => return Ok(fail(&message.render(lang))),
    };
    if a.encoding.is_some() && format != ContactFormat::Csv {
        return Ok(fail(&Msg::EncodingCsvOnly.render(lang)));
    }
    if format == ContactFormat::Xlsx && a.out.file().is_none() && io::stdout().is_terminal() {
        return Ok(fail(&Msg::XlsxNotOnTerminal.render(lang)));
    }
    let encoding = match a.encoding {
        None | Some(EncodingArg::Utf8Bom) => Encoding::Utf8Bom,
        Some(EncodingArg::Utf8) => Encoding::Utf8,
        Some(EncodingArg::ShiftJis) => Encoding::ShiftJis,
    };
    let Some(loaded) = load_and_report(&a.data, lang) else {
        return Ok(Status::Failure);
    };
    let (ds, res) = (&*loaded.ds, &*loaded.resolved);
    let result = ContactList::build(ds, res, &a.filter.selection()).and_then(|list| {
        let what = Msg::ContactsCount {
            contacts: list.rows.len(),
            networks: list.networks.len(),
        };
        emit(out, &a.out, (what, lang), |w| {
            list.write(w, ds, format, encoding)
        })
    });
    finish(result, &loaded, &a.data.dir, lang)
}

fn graph<W: Write>(a: &GraphArgs, out: &mut W, lang: Lang) -> io::Result<Status> {
    let format = match graph_format(a.format, a.out.file()) {
        Ok(f) => f,
        Err(message) => return Ok(fail(&message.render(lang))),
    };
    let Some(loaded) = load_and_report(&a.data, lang) else {
        return Ok(Status::Failure);
    };
    let (ds, res) = (&*loaded.ds, &*loaded.resolved);
    let result = export::graphdata::build(ds, res, &a.filter.selection()).and_then(|g| {
        let what = Msg::GraphCount {
            nodes: g.nodes.len(),
            edges: g.edges.len(),
        };
        emit(out, &a.out, (what, lang), |w| g.write(w, format))
    });
    finish(result, &loaded, &a.data.dir, lang)
}

/// Loads the data; its problems are counted on stderr (`renkei check`
/// lists them) before anything is written.
fn load_and_report(data: &DataArgs, lang: Lang) -> Option<Workspace> {
    let ws = workspace(data, lang).ok()?;
    if let Some(line) = report::problems_line(&ws, &data.dir, lang) {
        // Secondary here; a closed stderr must not fail the export.
        let _ = writeln!(io::stderr(), "renkei: {}", sanitize(&line));
    }
    Some(ws)
}

/// Writes the export to FILE (whole or not at all) or to `out`. On stdout
/// the bytes are produced first, so a failed export prints nothing.
fn emit<W: Write>(
    out: &mut W,
    target: &OutputArgs,
    (what, lang): (Msg, Lang),
    fill: impl FnOnce(&mut dyn Write) -> Result<(), ExportError>,
) -> Result<(), ExportError> {
    if let Some(path) = target.file() {
        let written = export::write_file(path, target.force, fill)?;
        let line = Msg::Wrote {
            what: Box::new(what),
            path: written.display().to_string(),
        };
        let _ = writeln!(io::stderr(), "renkei: {}", sanitize(&line.render(lang)));
        return Ok(());
    }
    let mut bytes = Vec::new();
    fill(&mut bytes)?;
    out.write_all(&bytes)?;
    Ok(())
}

/// The exit status: 2 when nothing was exported, 1 when the data had
/// errors (what loaded was still exported), else 0. A closed stdout is
/// passed up so `main` treats it as the reader going away.
fn finish(
    result: Result<(), ExportError>,
    loaded: &Workspace,
    dir: &Path,
    lang: Lang,
) -> io::Result<Status> {
    match result {
        Err(ExportError::Write(e)) if e.kind() == io::ErrorKind::BrokenPipe => Err(e),
        Err(e) => {
            let failed = match &e {
                ExportError::UnknownNetwork { id, .. } => {
                    report::failed_network(loaded, id, dir, lang)
                }
                _ => None,
            };
            Ok(fail(&failed.unwrap_or_else(|| e.render(lang))))
        }
        Ok(()) if loaded.has_errors() => Ok(Status::Problems),
        Ok(()) => Ok(Status::Clean),
    }
}

fn fail(message: &str) -> Status {
    let _ = writeln!(io::stderr(), "renkei: {}", sanitize(message));
    Status::Failure
}
