//! Command-line interface: argument types, dispatch and exit codes.
//!
//! Each subcommand writes to a `Write` it is given and returns a
//! [`Status`]; only [`main`] touches the process (streams, exit code), so
//! commands are testable in-process and a closed pipe is never an error.

mod browse;
mod cells;
mod check;
mod entities;
mod export;
mod filters;
mod generate;
mod help_ja;
mod import;
mod keypersons;
mod matrix;
mod network;
mod only_links;
mod output;
mod overlap;
mod report;
mod stats;
mod table;
mod usage;
mod view_cmd;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::diag::Style;
use crate::loader::{InputEncoding, LoadOptions, Loaded, load_dir};
use crate::msg::Lang;
use crate::workspace::Workspace;

/// Map Japan's regional industry–academia–government (産学官) networks.
#[derive(Debug, Parser)]
// `--lang` and `--color` are global, so DIR cannot be made to conflict
// with the subcommands in clap (a global option before the subcommand
// would conflict too): `main` refuses `renkei DIR COMMAND` itself.
#[command(name = "renkei", version)]
#[command(override_usage = "renkei [OPTIONS] [DIR]\n       renkei [OPTIONS] <COMMAND>")]
#[command(
    after_help = "With no subcommand, renkei shows the statistics of DIR (default: networks)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Data directory with network and registry YAML files.
    pub dir: Option<PathBuf>,
    /// Language of messages and the browser (default: Japanese when
    /// LC_ALL, LC_MESSAGES or LANG starts with `ja`).
    #[arg(long, value_enum, global = true)]
    pub lang: Option<LangArg>,
    /// When to colour output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check every file and report problems as FILE:LINE:COLUMN.
    Check(CheckArgs),
    /// Count networks per prefecture and program, organisations per sector.
    Stats(StatsArgs),
    /// Open the terminal browser (the default without a subcommand).
    Browse(BrowseArgs),
    /// List the resolved organisations, people and positions.
    Entities(entities::EntitiesArgs),
    /// Export a joint-meeting contact list or a graph file.
    Export(export::ExportArgs),
    /// Turn a member list (xlsx, ods, CSV) into a network YAML file.
    Import(import::ImportArgs),
    /// Which networks share which organisations, people and positions.
    Overlap(overlap::OverlapArgs),
    /// Keypersons: people and positions tying networks together, ranked.
    Keypersons(keypersons::KeypersonsArgs),
    /// One network, each member marked by the other networks it sits in.
    Network(network::NetworkArgs),
    /// The program table: one column per program, members by sector.
    Table(table::TableArgs),
    /// The membership matrix: members × networks, bridges first.
    Matrix(matrix::MatrixArgs),
    /// Write one self-contained HTML page of the overlap to share.
    Report(report::ReportArgs),
    /// Print the JSON Schema of network and registry files.
    Schema,
    /// Write a synthetic data directory (for benchmarks).
    #[command(hide = true)]
    Generate(generate::GenerateArgs),
}

#[derive(Debug, Args)]
pub struct DataArgs {
    /// Data directory with network and registry YAML files.
    #[arg(default_value = "networks")]
    pub dir: PathBuf,
    /// Skip files larger than this many bytes (reported as an error).
    #[arg(long, default_value_t = LoadOptions::default().max_file_bytes, value_name = "BYTES")]
    pub max_file_size: u64,
    /// Encoding of files that are not UTF-8; files that are valid UTF-8 or
    /// start with a byte-order mark are still read as such.
    #[arg(long, value_enum, default_value_t = InputEncodingArg::Utf8, value_name = "ENCODING")]
    pub input_encoding: InputEncodingArg,
}

impl DataArgs {
    fn options(&self) -> LoadOptions {
        LoadOptions {
            max_file_bytes: self.max_file_size,
            input_encoding: self.input_encoding.into(),
            ..LoadOptions::default()
        }
    }
}

/// `--input-encoding` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputEncodingArg {
    /// UTF-8 only; other encodings are reported with how to convert them.
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// Shift_JIS as Windows writes it.
    #[value(name = "shift_jis", aliases = ["shift-jis", "sjis", "cp932"])]
    ShiftJis,
    #[value(name = "euc-jp", alias = "euc_jp")]
    EucJp,
    /// UTF-16 little-endian (when the file has no byte-order mark).
    #[value(name = "utf-16le")]
    Utf16Le,
    /// UTF-16 big-endian (when the file has no byte-order mark).
    #[value(name = "utf-16be")]
    Utf16Be,
}

impl From<InputEncodingArg> for InputEncoding {
    fn from(a: InputEncodingArg) -> InputEncoding {
        match a {
            InputEncodingArg::Utf8 => InputEncoding::Utf8,
            InputEncodingArg::ShiftJis => InputEncoding::ShiftJis,
            InputEncodingArg::EucJp => InputEncoding::EucJp,
            InputEncodingArg::Utf16Le => InputEncoding::Utf16Le,
            InputEncodingArg::Utf16Be => InputEncoding::Utf16Be,
        }
    }
}

#[derive(Debug, Args)]
pub struct BrowseArgs {
    #[command(flatten)]
    pub data: DataArgs,
}

/// `--lang` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Ja,
    En,
}

impl From<LangArg> for Lang {
    fn from(a: LangArg) -> Lang {
        match a {
            LangArg::Ja => Lang::Ja,
            LangArg::En => Lang::En,
        }
    }
}

impl Cli {
    /// The language asked for, else the environment's.
    #[must_use]
    pub fn lang(&self) -> Lang {
        self.lang.map_or_else(Lang::from_env, Lang::from)
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Treat warnings as problems too (exit code 1).
    #[arg(long)]
    pub deny_warnings: bool,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Colour for a stream: `auto` means a terminal and no `NO_COLOR`.
    fn style(self, is_terminal: bool) -> Style {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Style {
            color: match self {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => is_terminal && !no_color,
            },
        }
    }
}

/// How a command writes what goes to stderr: colour and language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Out {
    pub style: Style,
    pub lang: Lang,
}

/// How a command ended, mapped to the exit code at the very end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// 0: everything fine.
    Clean,
    /// 1: problems found in the data.
    Problems,
    /// 2: usage or I/O error.
    Failure,
}

impl From<Status> for ExitCode {
    fn from(s: Status) -> ExitCode {
        ExitCode::from(match s {
            Status::Clean => 0,
            Status::Problems => 1,
            Status::Failure => 2,
        })
    }
}

/// Entry point used by the binary.
#[must_use]
pub fn main() -> ExitCode {
    // The language is read before parsing, so `--help` can speak it.
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = Lang::from_args(&argv);
    let command = help_ja::localise(Cli::command(), lang);
    let parsed = command
        .try_get_matches_from(&argv)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version: renkei's own text.
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            // clap echoes the offending value as given: `usage` escapes it
            // as data is escaped, or `--prefecture "$(printf 'x\e]0;PWN\a')"`
            // sets the terminal's title.
            let _ = io::stderr()
                .lock()
                .write_all(usage::render(&e, lang).as_bytes());
            return ExitCode::from(2);
        }
    };
    if cli.dir.is_some() && cli.command.is_some() {
        let _ = io::stderr().write_all(usage::dir_before_command(lang).as_bytes());
        return ExitCode::from(2);
    }
    // The browser owns the terminal; everything else writes to a stream.
    match cli.command {
        None => {
            let data = DataArgs {
                dir: cli.dir.clone().unwrap_or_else(|| PathBuf::from("networks")),
                max_file_size: LoadOptions::default().max_file_bytes,
                input_encoding: InputEncodingArg::Utf8,
            };
            return browse::run(&BrowseArgs { data }, cli.color, cli.lang()).into();
        }
        Some(Command::Browse(ref browse)) => {
            return browse::run(browse, cli.color, cli.lang()).into();
        }
        _ => {}
    }
    let stdout = io::stdout();
    let out_style = cli.color.style(stdout.is_terminal());
    let err_style = cli.color.style(io::stderr().is_terminal());
    let mut out = io::BufWriter::new(stdout.lock());
    let result = run(cli, &mut out, out_style, err_style).and_then(|s| out.flush().map(|()| s));
    match result {
        Ok(status) => status.into(),
        // The reader went away (`renkei stats | head`): not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(
                io::stderr(),
                "renkei: {}",
                crate::msg::Msg::io(&e).render(lang)
            );
            ExitCode::from(2)
        }
    }
}

/// Runs a parsed command line, writing its output to `out`. Diagnostics
/// of commands other than `check` go to stderr.
///
/// # Errors
/// Only errors writing `out`.
pub fn run<W: Write>(
    cli: Cli,
    out: &mut W,
    out_style: Style,
    err_style: Style,
) -> io::Result<Status> {
    let lang = cli.lang();
    let err = Out {
        style: err_style,
        lang,
    };
    match cli.command {
        Some(Command::Check(args)) => check::run(&args, out, out_style, lang),
        Some(Command::Stats(args)) => stats::run(&args, out, err),
        Some(Command::Entities(args)) => entities::run(&args, out, err),
        Some(Command::Export(args)) => export::run(&args, out, err),
        Some(Command::Import(args)) => import::run(&args, out, lang),
        Some(Command::Overlap(args)) => overlap::run(&args, out, err),
        Some(Command::Keypersons(args)) => keypersons::run(&args, out, err),
        Some(Command::Network(args)) => network::run(&args, out, err),
        Some(Command::Table(args)) => table::run(&args, out, err),
        Some(Command::Matrix(args)) => matrix::run(&args, out, err),
        Some(Command::Report(args)) => report::run(&args, out, err),
        Some(Command::Schema) => {
            out.write_all(SCHEMA.as_bytes())?;
            Ok(Status::Clean)
        }
        Some(Command::Generate(a)) => Ok(generate::run(&a, lang)),
        // Handled in `main`, which owns the terminal.
        None | Some(Command::Browse(_)) => Ok(Status::Failure),
    }
}

/// The JSON Schema printed by `renkei schema`, kept in docs/ so editors can
/// also point at the file directly.
pub const SCHEMA: &str = include_str!("../../docs/renkei.schema.json");

/// Loads the data directory with who is who (the overlap graph on first
/// use), or reports why it cannot be loaded.
fn workspace(data: &DataArgs, lang: Lang) -> Result<Workspace, Status> {
    load(data, lang).map(|loaded| Workspace::from_loaded(&data.dir, loaded))
}

/// Loads the data directory, or reports why it cannot be loaded.
fn load(data: &DataArgs, lang: Lang) -> Result<Loaded, Status> {
    load_dir(&data.dir, &data.options()).map_err(|e| {
        let _ = writeln!(
            io::stderr(),
            "renkei: {}",
            crate::text::sanitize(&e.render(lang))
        );
        Status::Failure
    })
}
