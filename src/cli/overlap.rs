//! `renkei overlap`: which networks share which organisations, people and
//! positions, and who the bridges are.

use std::io::{self, Write};

use clap::Args;

use super::Out;
use super::entities::TableFormat;
use super::filters::{FilterArgs, Report, report_view};
use super::output::csv_cell;
use super::{DataArgs, Status};
use crate::graph::{self, PairRef, View};
use crate::identity::{EntityId, EntityKind};
use crate::msg::{Lang, Msg};
use crate::text::{pad_left, pad_right, sanitize, width};

#[derive(Debug, Args)]
pub struct OverlapArgs {
    #[command(flatten)]
    pub data: DataArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Output format. JSON: {"networks", "pairs", "bridges"}; CSV: one row
    /// per shared entity of each pair.
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
    /// Write every pair even when there are more than 100,000 (the pairs
    /// grow with the square of the networks: 50,000 networks sharing one
    /// organisation make 1.25 billion).
    #[arg(long)]
    pub all_pairs: bool,
}

/// Pairs `overlap` writes without `--all-pairs`.
pub const MAX_PAIRS: usize = 100_000;

/// Runs `overlap`: the report on `out`, load problems on stderr (the
/// networks of files that failed to load are simply left out).
///
/// # Errors
/// Only errors writing `out`.
pub fn run<W: Write>(args: &OverlapArgs, out: &mut W, errout: Out) -> io::Result<Status> {
    report_view(&args.data, &args.filter, errout, |view| {
        if !args.all_pairs && more_pairs_than(view, MAX_PAIRS) {
            return Ok(Report::Refused(too_many(view).render(errout.lang)));
        }
        match args.format {
            TableFormat::Table => write_table(out, view, errout.lang)?,
            // Escapes terminal-driving characters itself, fragment by
            // fragment: a wrapper scanning every byte would cost minutes on
            // 32 GB.
            TableFormat::Json => graph::write_json(out, view)?,
            TableFormat::Csv => write_csv(out, view)?,
        }
        Ok(Report::Written)
    })
}

/// Whether the view holds more than `limit` pairs; counts only up to the
/// first past it, so the answer costs about as much as writing `limit`
/// pairs, whatever the total.
fn more_pairs_than(view: &View, limit: usize) -> bool {
    let mut n = 0usize;
    view.try_for_each_pair(|_| {
        n += 1;
        if n > limit { Err(()) } else { Ok(()) }
    })
    .is_err()
}

fn too_many(view: &View) -> Msg {
    Msg::TooManyPairs {
        max: MAX_PAIRS,
        networks: view.networks().len(),
    }
}

/// One row per shared entity of each pair.
fn write_csv<W: Write>(out: &mut W, view: &View) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(["a", "b", "shared", "jaccard", "kind", "name"])?;
    view.try_for_each_pair(|p| -> io::Result<()> {
        let (a, b) = (&view.network(p.a).id, &view.network(p.b).id);
        let (count, jaccard) = (p.shared.len().to_string(), format!("{:.4}", p.jaccard()));
        for &e in p.shared {
            let entity = view.entity(e);
            let (a, b, name) = (csv_cell(a), csv_cell(b), csv_cell(&entity.name));
            w.write_record([&a, &b, &count, &jaccard, entity.kind.as_str(), &name])?;
        }
        Ok(())
    })?;
    w.flush()
}

fn write_table<W: Write>(out: &mut W, view: &View, lang: Lang) -> io::Result<()> {
    let nets = view.networks();
    let id_w = nets
        .iter()
        .map(|&n| width(&sanitize(&view.network(n).id)))
        .max()
        .unwrap_or(0);
    let prog_w = nets
        .iter()
        .map(|&n| width(view.network(n).program.label_ja()))
        .max()
        .unwrap_or(0);
    let count = nets.len();
    writeln!(out, "{}", Msg::ReportNetworks { count }.render(lang))?;
    for &n in nets {
        let net = view.network(n);
        writeln!(
            out,
            "  {}  {}  {}  {}  {}",
            pad_right(&sanitize(&net.id), id_w),
            pad_right(net.program.label_ja(), prog_w),
            net.prefecture.name(),
            pad_left(&view.entities_of(n).len().to_string(), 4),
            sanitize(&net.name)
        )?;
    }
    writeln!(out, "\n{}", Msg::ReportPairs.render(lang))?;
    let mut pairs = 0usize;
    view.try_for_each_pair(|p| -> io::Result<()> {
        pairs += 1;
        write_pair(out, view, &p, (id_w, lang))
    })?;
    if pairs == 0 {
        writeln!(out, "  {}", Msg::ReportNone.render(lang))?;
    }
    write_bridges(out, view, lang)
}

fn write_pair<W: Write>(
    out: &mut W,
    view: &View,
    p: &PairRef<'_>,
    (id_w, lang): (usize, Lang),
) -> io::Result<()> {
    let shared: Vec<String> = p
        .shared
        .iter()
        .map(|&e| described(view, e, (p.a, p.b), lang))
        .collect();
    writeln!(
        out,
        "  {}  {}  {}  {:.3}  {}",
        pad_right(&sanitize(&view.network(p.a).id), id_w),
        pad_right(&sanitize(&view.network(p.b).id), id_w),
        pad_left(&p.shared.len().to_string(), 3),
        p.jaccard(),
        shared.join("、")
    )?;
    let brokers = view.brokers(p.a, p.b);
    if !brokers.is_empty() {
        let names: Vec<String> = brokers
            .iter()
            .map(|&e| sanitize(&view.entity(e).name).into_owned())
            .collect();
        let names = names.join(" / ");
        let line = Msg::ReportOnlyLink { names }.render(lang);
        writeln!(out, "  {}  {line}", " ".repeat(id_w * 2 + 2))?;
    }
    Ok(())
}

/// An entity's name, and for an organisation present on a side only
/// through people or positions, through whom.
fn described(view: &View, e: EntityId, (a, b): (u32, u32), lang: Lang) -> String {
    let entity = view.entity(e);
    let mut s = sanitize(&entity.name).into_owned();
    if entity.kind == EntityKind::Organization {
        for n in [a, b] {
            if let Some(p) = entity.presence_in(n).filter(|p| !p.direct) {
                let via: Vec<String> = p
                    .via
                    .iter()
                    .map(|&v| sanitize(&view.entity(v).name).into_owned())
                    .collect();
                let through = Msg::ReportThrough {
                    network: sanitize(&view.network(n).id).into_owned(),
                    via: via.join(", "),
                };
                s.push_str(&through.render(lang));
            }
        }
    }
    s
}

fn write_bridges<W: Write>(out: &mut W, view: &View, lang: Lang) -> io::Result<()> {
    let bridges = view.bridges();
    let cross = bridges.iter().filter(|b| b.is_cross_program()).count();
    let count = bridges.len();
    writeln!(
        out,
        "\n{}",
        Msg::ReportBridges { count, cross }.render(lang)
    )?;
    let name_w = bridges
        .iter()
        .map(|b| width(&sanitize(&view.entity(b.entity).name)))
        .max()
        .unwrap_or(0);
    for b in &bridges {
        let entity = view.entity(b.entity);
        let programs: Vec<&str> = b.programs.iter().map(|p| p.label_ja()).collect();
        writeln!(
            out,
            "  {}  {}  {}  {}",
            pad_right(entity.kind.as_str(), 8),
            pad_right(&sanitize(&entity.name), name_w),
            pad_left(&b.networks.len().to_string(), 3),
            programs.join("・")
        )?;
    }
    Ok(())
}
