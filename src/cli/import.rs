//! `renkei import FILE`: a member list (xlsx, xls, ods, CSV) into one
//! network YAML file, after a report of how its rows match the data.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::Args;

use super::{DataArgs, Status};
use crate::import::columns::Field;
use crate::import::yaml::{self, Header};
use crate::import::{self, Imported, matching, sector_label};
use crate::loader::{LoadOptions, Vocab, load_bytes, load_dir, vocab_help};
use crate::model::{Dataset, Prefecture, Program};
use crate::text::sanitize;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The member list: .xlsx, .xls, .ods or .csv (UTF-8, or Shift_JIS/CP932).
    pub file: PathBuf,
    #[command(flatten)]
    pub data: DataArgs,
    /// The network's name [default: the file name].
    #[arg(long)]
    pub name: Option<String>,
    /// Program: kofukin, coi-next, platform, other.
    #[arg(long, value_parser = parse_program)]
    pub program: Program,
    /// Prefecture (高知県; 高知 is accepted).
    #[arg(long, value_parser = parse_prefecture)]
    pub prefecture: Prefecture,
    /// Where the list comes from (a URL or a document), written as `source:`.
    #[arg(long)]
    pub source: Option<String>,
    /// Sheet of a workbook, by name or number (1 is the first) [default: 1].
    #[arg(long)]
    pub sheet: Option<String>,
    /// Row of the header (1 is the first) [default: found by its names].
    #[arg(long, value_name = "N")]
    pub header_row: Option<usize>,
    /// Column of a field by header text or number: person, kana, org,
    /// title, role, sector, email, phone, note (`--map org=勤務先`); repeatable.
    #[arg(long = "map", value_name = "FIELD=HEADER", value_parser = parse_map)]
    pub maps: Vec<(Field, String)>,
    /// The YAML file to write [default: DIR/<FILE's name>.yaml].
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
    /// Print the YAML and the report; write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// A program id, or what `renkei check` says about a wrong one.
fn parse_program(s: &str) -> Result<Program, String> {
    Program::from_id(s.trim())
        .ok_or_else(|| format!("unknown program `{s}`; {}", vocab_help(s, Vocab::Program)))
}

/// A prefecture's full name (高知 is taken for 高知県), or what
/// `renkei check` says about a wrong one.
fn parse_prefecture(s: &str) -> Result<Prefecture, String> {
    let s = s.trim();
    Prefecture::from_name(s)
        .or_else(|| {
            ["県", "府", "都"]
                .iter()
                .find_map(|suffix| Prefecture::from_name(&format!("{s}{suffix}")))
        })
        .ok_or_else(|| {
            format!(
                "unknown prefecture `{s}`; {}",
                vocab_help(s, Vocab::Prefecture)
            )
        })
}

fn parse_map(s: &str) -> Result<(Field, String), String> {
    let ids = Field::ALL.map(Field::id).join(", ");
    let (field, header) = s
        .split_once('=')
        .ok_or_else(|| format!("write FIELD=HEADER (e.g. org=勤務先); fields: {ids}"))?;
    let f = Field::from_id(field.trim()).ok_or_else(|| {
        let hint = crate::text::closest(field, Field::ALL.map(Field::id))
            .map_or_else(String::new, |c| format!("did you mean `{c}`? "));
        format!("unknown field `{field}`; {hint}fields: {ids}")
    })?;
    Ok((f, header.trim().to_owned()))
}

/// Runs `import`: the report (and with --dry-run the YAML) on `out`.
///
/// # Errors
/// Only errors writing `out`.
pub fn run<W: Write>(a: &ImportArgs, out: &mut W) -> io::Result<Status> {
    let bytes = match std::fs::read(&a.file) {
        Ok(b) => b,
        Err(e) => return Ok(fail(&format!("{}: {e}", a.file.display()))),
    };
    let built = import::read(&a.file, &bytes, a.sheet.as_deref())
        .and_then(|t| Ok((import::build(&t, &a.file, a.header_row, &a.maps)?, t)));
    let (imported, table) = match built {
        Ok(x) => x,
        Err(e) => return Ok(fail(&e.to_string())),
    };
    let target = a.output.clone().unwrap_or_else(|| default_target(a));
    let text = yaml::write(&header(a, &table), &imported.rows);
    // The file must pass `renkei check`: load it as the loader will.
    let checked = load_bytes(&target, text.as_bytes(), &LoadOptions::default());
    let Some(network) = checked.dataset.networks.first().cloned() else {
        return Ok(fail(
            "the generated file does not load; this is a bug in renkei",
        ));
    };
    if checked.has_errors() {
        let first = checked.diagnostics.iter().find(|d| d.is_error());
        return Ok(fail(&format!(
            "the generated file would not pass `renkei check`: {}",
            first.map_or_else(String::new, |d| d.message.clone())
        )));
    }
    let existing = match load_dir(&a.data.dir, &a.data.options()) {
        Ok(l) => l.dataset,
        Err(e) => return Ok(fail(&e.to_string())),
    };
    let lines: Vec<usize> = imported.rows.iter().map(|r| r.line).collect();
    let matches = matching::report(&existing, network, &lines);
    if a.dry_run {
        out.write_all(text.as_bytes())?;
        writeln!(out)?;
    }
    let name = &checked.dataset.networks[0].name;
    write_report(out, a, &imported, &table, &matches)?;
    if let Some(note) = same_name(&existing, name) {
        writeln!(out, "{note}")?;
    }
    if a.dry_run {
        return Ok(Status::Clean);
    }
    let written = crate::export::write_file(&target, a.force, |w| {
        w.write_all(text.as_bytes())?;
        Ok(())
    });
    match written {
        Ok(p) => {
            let _ = writeln!(
                io::stderr(),
                "renkei: wrote {} members to {}; `renkei check {}` checks it",
                imported.rows.len(),
                sanitize(&p.display().to_string()),
                sanitize(&a.data.dir.display().to_string())
            );
            Ok(Status::Clean)
        }
        Err(e) => Ok(fail(&e.to_string())),
    }
}

fn default_target(a: &ImportArgs) -> PathBuf {
    let stem = a
        .file
        .file_stem()
        .map_or_else(|| "import".into(), |s| s.to_string_lossy().into_owned());
    a.data.dir.join(format!("{stem}.yaml"))
}

fn header(a: &ImportArgs, table: &import::Table) -> Header {
    let file = a
        .file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut from = file.clone();
    if !table.sheet.is_empty() {
        let _ = write!(from, ", sheet {}", table.sheet);
    }
    if !table.encoding.is_empty() {
        let _ = write!(from, " ({})", table.encoding);
    }
    let stem = Path::new(&file)
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    Header {
        name: a.name.clone().unwrap_or(stem),
        program: a.program,
        prefecture: a.prefecture,
        source: a.source.clone(),
        from,
    }
}

fn write_report<W: Write>(
    out: &mut W,
    a: &ImportArgs,
    imported: &Imported,
    table: &import::Table,
    matches: &[matching::Line],
) -> io::Result<()> {
    let cols: Vec<String> = imported
        .columns
        .iter()
        .map(|(f, h)| format!("{}={}", f.id(), sanitize(h)))
        .collect();
    writeln!(
        out,
        "{}{}: header row {}, columns {}",
        sanitize(&a.file.display().to_string()),
        if table.sheet.is_empty() {
            String::new()
        } else {
            format!(" [{}]", sanitize(&table.sheet))
        },
        imported.header_row,
        cols.join(", ")
    )?;
    if !imported.skipped.is_empty() {
        writeln!(
            out,
            "skipped rows {} (empty or a repeated header)",
            list(&imported.skipped)
        )?;
    }
    if !imported.without_name.is_empty() {
        writeln!(
            out,
            "left out rows {} (no name and no organisation)",
            list(&imported.without_name)
        )?;
    }
    for r in imported.rows.iter().filter(|r| r.guessed.is_some()) {
        writeln!(
            out,
            "  row {:>4}  sector {} ({}) guessed from `{}` in {}",
            r.line,
            r.member.sector.map_or("", |s| s.id()),
            sector_label(r.member.sector),
            r.guessed.unwrap_or_default(),
            sanitize(r.member.org.as_deref().unwrap_or_default())
        )?;
    }
    writeln!(
        out,
        "matches in {}:",
        sanitize(&a.data.dir.display().to_string())
    )?;
    out.write_all(matching::text(matches).as_bytes())
}

/// A warning when the data already holds a network of this name, or of a
/// name one slip away (the same list imported twice, or a typo in --name).
fn same_name(existing: &Dataset, name: &str) -> Option<String> {
    let file = |n: &crate::model::Network| {
        existing
            .files
            .get(n.file.0 as usize)
            .map_or_else(String::new, |f| f.rel.clone())
    };
    if let Some(n) = existing.networks.iter().find(|n| n.name == name) {
        return Some(format!(
            "note: {} already has a network named `{}`; the import adds a second one; give --name to tell them apart",
            sanitize(&file(n)),
            sanitize(name)
        ));
    }
    let close = crate::text::closest(name, existing.networks.iter().map(|n| n.name.as_str()))?;
    let n = existing.networks.iter().find(|n| n.name == close)?;
    Some(format!(
        "note: --name `{}`: did you mean `{}` ({})? the import adds a network of its own either way",
        sanitize(name),
        sanitize(close),
        sanitize(&file(n))
    ))
}

fn list(rows: &[usize]) -> String {
    rows.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn fail(message: &str) -> Status {
    let _ = writeln!(io::stderr(), "renkei: {}", sanitize(message));
    Status::Failure
}
