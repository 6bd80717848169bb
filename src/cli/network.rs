//! `renkei network ID`: one network, each member marked by the other
//! networks it (or its organisation) also sits in.

use std::fmt::Write as _;
use std::io::{self, Write};

use clap::Args;
use serde::Serialize;

use super::Out;
use super::entities::TableFormat;
use super::filters::{FilterArgs, Report, joined, report_view};
use super::output::csv_cell;
use super::{DataArgs, Status};
use crate::graph::{Roster, RosterRow, View};
use crate::model::{Member, Network};
use crate::msg::{Lang, Msg};
use crate::text::{pad_left, pad_right, sanitize, width};

#[derive(Debug, Args)]
pub struct NetworkArgs {
    /// The network's id (`hiroshima/kofukin`).
    pub id: String,
    #[command(flatten)]
    pub data: DataArgs,
    /// Network filters choose which other networks count; entity filters do
    /// not hide members.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
}

/// Runs `network`. An unknown id is a usage error (exit code 2).
///
/// # Errors
/// Only errors writing `out`.
pub fn run<W: Write>(args: &NetworkArgs, out: &mut W, errout: Out) -> io::Result<Status> {
    report_view(&args.data, &args.filter, errout, |view| {
        let Some(roster) = view.network_index(&args.id).and_then(|n| view.roster(n)) else {
            return Ok(Report::NoSuchNetwork(&args.id));
        };
        let rows: Vec<Row> = roster
            .rows
            .iter()
            .map(|r| Row::new(view, &roster, r))
            .collect();
        let net = view.network(roster.network);
        match args.format {
            TableFormat::Table => write_table(out, net, &rows, errout.lang)?,
            TableFormat::Json => write_json(out, net, &rows)?,
            TableFormat::Csv => write_csv(out, &rows)?,
        }
        Ok(Report::Written)
    })
}

/// One member as printed.
#[derive(Serialize)]
struct Row<'a> {
    kind: &'static str,
    /// Canonical name of what the row is.
    name: &'a str,
    /// Canonical name of the organisation a person or position belongs to.
    org: Option<&'a str>,
    role: Option<&'a str>,
    title: Option<&'a str>,
    also_in: Vec<&'a str>,
    org_also_in: Vec<&'a str>,
}

impl<'a> Row<'a> {
    fn new(view: &View<'a>, roster: &Roster, r: &RosterRow) -> Self {
        let member: Option<&'a Member> = view
            .dataset()
            .networks
            .get(roster.network as usize)
            .and_then(|n| n.members.get(r.member.member as usize));
        let entity = r.entity.map(|e| view.entity(e));
        let ids = |list: &[u32]| -> Vec<&'a str> {
            list.iter().map(|&n| view.network(n).id.as_str()).collect()
        };
        Row {
            kind: entity.map_or("?", |e| e.kind.as_str()),
            name: entity.map_or("", |e| e.name.as_str()),
            org: r
                .org
                .filter(|&o| Some(o) != r.entity)
                .map(|o| view.entity(o).name.as_str()),
            role: member.and_then(|m| m.role.as_deref()),
            title: member.and_then(|m| m.title.as_deref()),
            also_in: ids(&r.elsewhere),
            org_also_in: ids(&r.org_elsewhere),
        }
    }
}

fn write_table<W: Write>(out: &mut W, net: &Network, rows: &[Row], lang: Lang) -> io::Result<()> {
    write_header(out, net, rows, lang)?;
    let names: Vec<String> = rows.iter().map(name_cell).collect();
    let name_w = names.iter().map(|n| width(n)).max().unwrap_or(0);
    let role_w = rows
        .iter()
        .map(|r| width(&sanitize(r.role.unwrap_or(""))))
        .max()
        .unwrap_or(0);
    for ((i, r), name) in (1..).zip(rows).zip(&names) {
        writeln!(
            out,
            "{}  {}  {}  {}  {}",
            pad_left(&i.to_string(), 3),
            pad_right(r.kind, 8),
            pad_right(name, name_w),
            pad_right(&sanitize(r.role.unwrap_or("")), role_w),
            elsewhere_cell(r)
        )?;
    }
    Ok(())
}

fn write_header<W: Write>(out: &mut W, net: &Network, rows: &[Row], lang: Lang) -> io::Result<()> {
    writeln!(out, "{}  {}", sanitize(&net.id), sanitize(&net.name))?;
    let years = match (net.since, net.until) {
        (Some(s), Some(u)) => format!("   {s}–{u}"),
        (Some(year), None) => format!("   {}", Msg::Since { year }.render(lang)),
        (None, Some(year)) => format!("   {}", Msg::Until { year }.render(lang)),
        (None, None) => String::new(),
    };
    writeln!(
        out,
        "{} ({})   {}{years}",
        net.program.label_ja(),
        net.program.id(),
        net.prefecture.name()
    )?;
    let linked = rows
        .iter()
        .filter(|r| !r.also_in.is_empty() || !r.org_also_in.is_empty())
        .count();
    let members = Msg::NetworkMembers {
        members: rows.len(),
        linked,
    };
    writeln!(out, "{}\n", members.render(lang))
}

/// The member's name, with its organisation when the name does not show it.
fn name_cell(r: &Row) -> String {
    let mut s = sanitize(r.name).into_owned();
    if let Some(o) = r.org.filter(|o| !r.name.starts_with(*o)) {
        let _ = write!(s, " ({})", sanitize(o));
    }
    s
}

/// Where else the member sits, then where else its organisation does.
fn elsewhere_cell(r: &Row) -> String {
    let ids = |list: &[&str]| -> String {
        let list: Vec<String> = list.iter().map(|s| sanitize(s).into_owned()).collect();
        list.join(", ")
    };
    let mut also = ids(&r.also_in);
    if !r.org_also_in.is_empty() {
        if !also.is_empty() {
            also.push_str("; ");
        }
        let _ = write!(
            also,
            "{}: {}",
            sanitize(r.org.unwrap_or("org")),
            ids(&r.org_also_in)
        );
    }
    if also.is_empty() {
        "—".to_owned()
    } else {
        also
    }
}

#[derive(Serialize)]
struct JsonReport<'a> {
    id: &'a str,
    name: &'a str,
    program: &'static str,
    prefecture: &'static str,
    members: &'a [Row<'a>],
}

fn write_json<W: Write>(out: &mut W, net: &Network, rows: &[Row]) -> io::Result<()> {
    let report = JsonReport {
        id: &net.id,
        name: &net.name,
        program: net.program.id(),
        prefecture: net.prefecture.name(),
        members: rows,
    };
    crate::text::write_json(&mut *out, &report)?;
    writeln!(out)
}

fn write_csv<W: Write>(out: &mut W, rows: &[Row]) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "kind",
        "name",
        "org",
        "role",
        "title",
        "also_in",
        "org_also_in",
    ])?;
    for r in rows {
        let cells = [
            r.kind,
            r.name,
            r.org.unwrap_or(""),
            r.role.unwrap_or(""),
            r.title.unwrap_or(""),
            &joined(r.also_in.iter().copied()),
            &joined(r.org_also_in.iter().copied()),
        ];
        w.write_record(cells.map(csv_cell))?;
    }
    w.flush()
}
