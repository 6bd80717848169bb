//! `renkei entities`: the resolved organisations, people and positions
//! with their spellings and networks.

use std::io::{self, Write};

use clap::{Args, ValueEnum};
use serde::Serialize;

use super::Out;
use super::filters::{KindArg, parse_sector};
use super::output::write_diagnostics;
use super::{DataArgs, Status, workspace};
use crate::identity::{Entity, EntityKind, Resolved};
use crate::model::{Dataset, Sector};
use crate::msg::{Lang, Msg};
use crate::text::{pad_left, pad_right, sanitize, width};

#[derive(Debug, Args)]
pub struct EntitiesArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// Only this kind of entity.
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// Only this sector.
    #[arg(long, value_parser = parse_sector)]
    pub sector: Option<Sector>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    Table,
    Json,
    Csv,
}

/// One entity as printed.
#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    kind: &'static str,
    name: &'a str,
    sector: Option<&'static str>,
    org: Option<&'a str>,
    title: Option<&'a str>,
    networks: Vec<&'a str>,
    spellings: Vec<&'a str>,
}

fn row<'a>(ds: &'a Dataset, r: &'a Resolved, e: &'a Entity) -> Row<'a> {
    Row {
        id: &e.id,
        kind: e.kind.as_str(),
        name: &e.name,
        sector: e.sector.map(Sector::id),
        org: e
            .org
            .filter(|_| e.kind == EntityKind::Person)
            .map(|o| r.entity(o).name.as_str()),
        title: e.title.as_deref(),
        networks: e
            .networks
            .iter()
            .filter_map(|&n| ds.networks.get(n as usize))
            .map(|n| n.id.as_str())
            .collect(),
        spellings: e.spellings.iter().map(|s| s.text.as_str()).collect(),
    }
}

/// Runs `entities`.
///
/// # Errors
/// Only errors writing `out`.
pub fn run<W: Write>(args: &EntitiesArgs, out: &mut W, errout: Out) -> io::Result<Status> {
    let ws = match workspace(&args.data, errout.lang) {
        Ok(w) => w,
        Err(status) => return Ok(status),
    };
    let (ds, resolved) = (&*ws.ds, &*ws.resolved);
    let kind = args.kind.map(EntityKind::from);
    let rows: Vec<Row<'_>> = resolved
        .entities()
        .iter()
        .filter(|e| kind.is_none_or(|k| e.kind == k))
        .filter(|e| args.sector.is_none_or(|s| e.sector == Some(s)))
        .map(|e| row(ds, resolved, e))
        .collect();
    match args.format {
        TableFormat::Table => write_table(out, &rows, errout.lang)?,
        TableFormat::Json => {
            crate::text::write_json(out, &rows)?;
            writeln!(out)?;
        }
        TableFormat::Csv => write_csv(out, &rows)?,
    }
    if !ws.diagnostics.is_empty() {
        let _ = write_diagnostics(&mut io::stderr().lock(), &ws.diagnostics, errout);
    }
    Ok(if ws.has_errors() {
        Status::Problems
    } else {
        Status::Clean
    })
}

fn write_table<W: Write>(out: &mut W, rows: &[Row<'_>], lang: Lang) -> io::Result<()> {
    let label = |r: &Row<'_>| match r.org {
        Some(org) => format!("{} ({org})", r.name),
        None => r.name.to_owned(),
    };
    let name_w = rows
        .iter()
        .map(|r| width(&label(r)))
        .max()
        .unwrap_or(4)
        .clamp(4, 48);
    let head = |m: Msg| m.render(lang);
    writeln!(
        out,
        "{}  {}  {}  {}  {}",
        pad_right(&head(Msg::EntitiesHeadKind), 8),
        pad_right(&head(Msg::EntitiesHeadName), name_w),
        pad_right(&head(Msg::EntitiesHeadSector), 10),
        pad_left(&head(Msg::EntitiesHeadCount), 3),
        head(Msg::EntitiesHeadNetworks)
    )?;
    for r in rows {
        let name = sanitize(&label(r)).into_owned();
        let kind = Msg::EntityKindWord {
            kind: r.kind.to_owned(),
        }
        .render(lang);
        let sector = r.sector.map_or_else(
            || "-".to_owned(),
            |s| {
                Msg::SectorWord {
                    sector: s.to_owned(),
                }
                .render(lang)
            },
        );
        writeln!(
            out,
            "{}  {}  {}  {}  {}",
            pad_right(&kind, 8),
            pad_right(&name, name_w),
            pad_right(&sector, 10),
            pad_left(&r.networks.len().to_string(), 3),
            sanitize(&r.networks.join(", "))
        )?;
        let others: Vec<&str> = r
            .spellings
            .iter()
            .copied()
            .filter(|s| *s != r.name)
            .collect();
        if !others.is_empty() {
            let names = sanitize(&others.join(", ")).into_owned();
            let also = Msg::AlsoWritten { names }.render(lang);
            writeln!(out, "{}  {also}", " ".repeat(8))?;
        }
    }
    let count = rows.len();
    writeln!(out, "{}", Msg::EntitiesCount { count }.render(lang))
}

fn write_csv<W: Write>(out: &mut W, rows: &[Row<'_>]) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "id",
        "kind",
        "name",
        "sector",
        "org",
        "title",
        "networks",
        "spellings",
    ])?;
    for r in rows {
        let networks = r.networks.join("; ");
        let spellings = r.spellings.join("; ");
        // Controls shown escaped, formula starts neutralised, as in exports.
        w.write_record(
            [
                r.id,
                r.kind,
                r.name,
                r.sector.unwrap_or(""),
                r.org.unwrap_or(""),
                r.title.unwrap_or(""),
                &networks,
                &spellings,
            ]
            .map(|cell| crate::export::csv::neutralise(&sanitize(cell))),
        )?;
    }
    w.flush()
}
