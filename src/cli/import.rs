//! `renkei import FILE`: a member list (xlsx, xls, ods, CSV) into one
//! network YAML file, after a report of how its rows match the data.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::Args;

use super::filters::{parse_prefecture, parse_program};
use super::{DataArgs, Status};
use crate::import::columns::Field;
use crate::import::yaml::{self, Header};
use crate::import::{self, Imported, matching, sector_label};
use crate::loader::{LoadOptions, load_bytes, load_dir};
use crate::model::{Dataset, Prefecture, Program};
use crate::msg::{Lang, Msg};
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

fn parse_map(s: &str) -> Result<(Field, String), Box<Msg>> {
    let fields = Field::ALL.map(Field::id).join(", ");
    let Some((field, header)) = s.split_once('=') else {
        return Err(Box::new(Msg::ArgMapEquals { fields }));
    };
    let f = Field::from_id(field.trim()).ok_or_else(|| {
        Box::new(Msg::ArgMapField {
            field: field.to_owned(),
            guess: crate::text::closest(field, Field::ALL.map(Field::id)).map(str::to_owned),
            fields,
        })
    })?;
    Ok((f, header.trim().to_owned()))
}

/// Runs `import`: the report (and with --dry-run the YAML) on `out`.
///
/// # Errors
/// Only errors writing `out`.
pub fn run<W: Write>(a: &ImportArgs, out: &mut W, lang: Lang) -> io::Result<Status> {
    let bytes = match std::fs::read(&a.file) {
        Ok(b) => b,
        Err(e) => {
            let m = Msg::AtPath {
                path: a.file.display().to_string(),
                what: Box::new(Msg::io(&e)),
            };
            return Ok(fail(&m.render(lang)));
        }
    };
    let built = import::read(&a.file, &bytes, a.sheet.as_deref())
        .and_then(|t| Ok((import::build(&t, &a.file, a.header_row, &a.maps)?, t)));
    let (imported, table) = match built {
        Ok(x) => x,
        Err(e) => return Ok(fail(&e.render(lang))),
    };
    let target = a.output.clone().unwrap_or_else(|| default_target(a));
    let text = yaml::write(&header(a, &table), &imported.rows);
    // The file must pass `renkei check`: load it as the loader will.
    let checked = load_bytes(&target, text.as_bytes(), &LoadOptions::default());
    let Some(network) = checked.dataset.networks.first().cloned() else {
        return Ok(fail(&Msg::ImportGeneratedBroken.render(lang)));
    };
    if checked.has_errors() {
        let first = checked.diagnostics.iter().find(|d| d.is_error());
        let first = first.map_or_else(String::new, |d| d.text(lang));
        return Ok(fail(&Msg::ImportFailsCheck { first }.render(lang)));
    }
    let existing = match load_dir(&a.data.dir, &a.data.options()) {
        Ok(l) => l.dataset,
        Err(e) => return Ok(fail(&e.render(lang))),
    };
    let lines: Vec<usize> = imported.rows.iter().map(|r| r.line).collect();
    let matches = matching::report(&existing, network, &lines);
    if a.dry_run {
        out.write_all(text.as_bytes())?;
        writeln!(out)?;
    }
    let name = &checked.dataset.networks[0].name;
    write_report(out, a, &imported, &table, (&matches, lang))?;
    if let Some(note) = same_name(&existing, name) {
        writeln!(out, "{}", note.render(lang))?;
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
            let line = Msg::ImportWrote {
                members: imported.rows.len(),
                path: sanitize(&p.display().to_string()).into_owned(),
                dir: sanitize(&a.data.dir.display().to_string()).into_owned(),
            };
            let _ = writeln!(io::stderr(), "renkei: {}", line.render(lang));
            Ok(Status::Clean)
        }
        Err(e) => Ok(fail(&e.render(lang))),
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
    (matches, lang): (&[matching::Line], Lang),
) -> io::Result<()> {
    let cols: Vec<String> = imported
        .columns
        .iter()
        .map(|(f, h)| format!("{}={}", f.id(), sanitize(h)))
        .collect();
    let mut file = sanitize(&a.file.display().to_string()).into_owned();
    if !table.sheet.is_empty() {
        let _ = write!(file, " [{}]", sanitize(&table.sheet));
    }
    let mut lines = vec![Msg::ImportColumns {
        file,
        header_row: imported.header_row,
        columns: cols.join(", "),
    }];
    if !imported.skipped.is_empty() {
        lines.push(Msg::ImportSkipped {
            rows: imported.skipped.clone(),
        });
    }
    if !imported.without_name.is_empty() {
        lines.push(Msg::ImportNoName {
            rows: imported.without_name.clone(),
        });
    }
    if !imported.repeated.is_empty() {
        lines.push(Msg::ImportRepeated {
            rows: imported.repeated.clone(),
        });
    }
    for r in imported.rows.iter().filter(|r| r.guessed.is_some()) {
        lines.push(Msg::ImportSectorGuessed {
            row: r.line,
            sector: format!(
                "{} ({})",
                r.member.sector.map_or("", |s| s.id()),
                sector_label(r.member.sector)
            ),
            word: r.guessed.unwrap_or_default(),
            org: sanitize(r.member.org.as_deref().unwrap_or_default()).into_owned(),
        });
    }
    lines.push(Msg::ImportMatchesIn {
        dir: sanitize(&a.data.dir.display().to_string()).into_owned(),
    });
    for line in lines {
        writeln!(out, "{}", line.render(lang))?;
    }
    out.write_all(matching::text(matches, lang).as_bytes())
}

/// A warning when the data already holds a network of this name, or of a
/// name one slip away (the same list imported twice, or a typo in --name).
fn same_name(existing: &Dataset, name: &str) -> Option<Msg> {
    let file = |n: &crate::model::Network| {
        let rel = existing
            .files
            .get(n.file.0 as usize)
            .map_or_else(String::new, |f| f.rel.clone());
        sanitize(&rel).into_owned()
    };
    if let Some(n) = existing.networks.iter().find(|n| n.name == name) {
        return Some(Msg::ImportSameName {
            file: file(n),
            name: sanitize(name).into_owned(),
        });
    }
    let close = crate::text::closest(name, existing.networks.iter().map(|n| n.name.as_str()))?;
    let n = existing.networks.iter().find(|n| n.name == close)?;
    Some(Msg::ImportCloseName {
        name: sanitize(name).into_owned(),
        close: sanitize(close).into_owned(),
        file: file(n),
    })
}

fn fail(message: &str) -> Status {
    let _ = writeln!(io::stderr(), "renkei: {}", sanitize(message));
    Status::Failure
}
