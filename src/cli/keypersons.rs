//! `renkei keypersons`: people and positions that tie networks together,
//! ranked by programs, networks and brokerage (betweenness).

use std::io::{self, Write};

use clap::Args;
use serde::Serialize;

use super::Out;
use super::entities::TableFormat;
use super::filters::{FilterArgs, Report, joined, report_view};
use super::only_links::{self, JsonOnlyLink};
use super::output::csv_cell;
use super::{DataArgs, Status};
use crate::graph::{Betweenness, Keyperson, Method, Sampling, Seat, View};
use crate::model::Dataset;
use crate::msg::{Lang, Msg};
use crate::text::{pad_left, pad_right, sanitize, width};

#[derive(Debug, Args)]
pub struct KeypersonsArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// Entity filters pick whom to rank: people and positions unless
    /// `--kind` says otherwise (`--kind org` ranks organisations).
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Betweenness: `auto` (exact on small graphs, else sampled), `exact`,
    /// or a number of sampled pivots.
    #[arg(long, value_name = "auto|exact|N", default_value = "auto", value_parser = parse_sampling)]
    pub betweenness: Sampling,
    /// Show only the first N.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
}

/// Parses `auto`, `exact` or a pivot count.
///
/// # Errors
/// A message naming the allowed values.
pub fn parse_sampling(s: &str) -> Result<Sampling, Box<Msg>> {
    match s {
        "auto" => Ok(Sampling::Auto),
        "exact" => Ok(Sampling::Exact),
        n => n
            .parse::<usize>()
            .ok()
            .filter(|&n| n > 0)
            .map(Sampling::Pivots)
            .ok_or_else(|| Box::new(Msg::ArgSampling)),
    }
}

/// Runs `keypersons`.
///
/// # Errors
/// Only errors writing `out`.
pub fn run<W: Write>(args: &KeypersonsArgs, out: &mut W, errout: Out) -> io::Result<Status> {
    report_view(&args.data, &args.filter, errout, |view| {
        let mut ranked = view.keypersons(args.betweenness);
        ranked.truncate(args.limit.unwrap_or(usize::MAX));
        let centrality = view.betweenness(args.betweenness);
        match args.format {
            TableFormat::Table => {
                write_table(out, view, &ranked, (&centrality, errout.lang))?;
                let links = only_links::only_links(view);
                only_links::write_table(out, view, &links, errout.lang)?;
            }
            TableFormat::Json => write_json(out, view, &ranked, &centrality)?,
            TableFormat::Csv => write_csv(out, view, &ranked)?,
        }
        Ok(Report::Written)
    })
}

fn method(b: &Betweenness) -> Msg {
    let nodes = b.nodes();
    match b.method() {
        Method::Exact => Msg::BetweennessExact { nodes },
        Method::Sampled { pivots } => Msg::BetweennessSampled { pivots, nodes },
    }
}

/// `role / title` of a seat, whichever are given.
fn seat_text(ds: &Dataset, seat: &Seat) -> String {
    match (seat.role(ds), seat.title(ds)) {
        (Some(r), Some(t)) => format!("{r} / {t}"),
        (Some(x), None) | (None, Some(x)) => x.to_owned(),
        (None, None) => String::new(),
    }
}

fn write_table<W: Write>(
    out: &mut W,
    view: &View,
    ranked: &[Keyperson],
    (centrality, lang): (&Betweenness, Lang),
) -> io::Result<()> {
    let ds = view.dataset();
    let head = Msg::ReportKeypersons {
        count: ranked.len(),
        method: Box::new(method(centrality)),
    };
    writeln!(out, "{}", head.render(lang))?;
    let name_w = ranked
        .iter()
        .map(|k| width(&sanitize(&view.entity(k.bridge.entity).name)))
        .max()
        .unwrap_or(0);
    for (rank, k) in (1..).zip(ranked) {
        let entity = view.entity(k.bridge.entity);
        let programs: Vec<&str> = k.bridge.programs.iter().map(|p| p.label_ja()).collect();
        writeln!(
            out,
            "{}  {}  {}  {}  {:.4}  {}",
            pad_left(&rank.to_string(), 4),
            pad_right(entity.kind.as_str(), 8),
            pad_right(&sanitize(&entity.name), name_w),
            Msg::InNetworks {
                count: k.bridge.networks.len()
            }
            .render(lang),
            k.betweenness,
            programs.join("・"),
        )?;
        for seat in &k.seats {
            let text = seat_text(ds, seat);
            let id = sanitize(&view.network(seat.network).id);
            if text.is_empty() {
                writeln!(out, "      {id}")?;
            } else {
                writeln!(out, "      {id}  {}", sanitize(&text))?;
            }
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonReport<'a> {
    betweenness: JsonMethod,
    keypersons: Vec<JsonKeyperson<'a>>,
    only_links: Vec<JsonOnlyLink<'a>>,
}

#[derive(Serialize)]
struct JsonMethod {
    method: &'static str,
    pivots: usize,
    nodes: usize,
}

#[derive(Serialize)]
struct JsonKeyperson<'a> {
    rank: usize,
    kind: &'static str,
    id: &'a str,
    name: &'a str,
    programs: Vec<&'static str>,
    networks: Vec<&'a str>,
    betweenness: f64,
    seats: Vec<JsonSeat<'a>>,
}

#[derive(Serialize)]
struct JsonSeat<'a> {
    network: &'a str,
    role: Option<&'a str>,
    title: Option<&'a str>,
}

fn write_json<W: Write>(
    out: &mut W,
    view: &View,
    ranked: &[Keyperson],
    centrality: &Betweenness,
) -> io::Result<()> {
    let ds = view.dataset();
    let links = only_links::only_links(view);
    let (method, pivots) = match centrality.method() {
        Method::Exact => ("exact", centrality.nodes()),
        Method::Sampled { pivots } => ("sampled", pivots),
    };
    let report = JsonReport {
        betweenness: JsonMethod {
            method,
            pivots,
            nodes: centrality.nodes(),
        },
        keypersons: (1..)
            .zip(ranked)
            .map(|(rank, k)| {
                let entity = view.entity(k.bridge.entity);
                JsonKeyperson {
                    rank,
                    kind: entity.kind.as_str(),
                    id: &entity.id,
                    name: &entity.name,
                    programs: k.bridge.programs.iter().map(|p| p.id()).collect(),
                    networks: k
                        .bridge
                        .networks
                        .iter()
                        .map(|&n| view.network(n).id.as_str())
                        .collect(),
                    betweenness: k.betweenness,
                    seats: k
                        .seats
                        .iter()
                        .map(|s| JsonSeat {
                            network: &view.network(s.network).id,
                            role: s.role(ds),
                            title: s.title(ds),
                        })
                        .collect(),
                }
            })
            .collect(),
        only_links: only_links::json(view, &links),
    };
    crate::text::write_json(&mut *out, &report)?;
    writeln!(out)
}

fn write_csv<W: Write>(out: &mut W, view: &View, ranked: &[Keyperson]) -> io::Result<()> {
    let ds = view.dataset();
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "rank",
        "kind",
        "id",
        "name",
        "programs",
        "networks",
        "network_ids",
        "betweenness",
        "seats",
    ])?;
    for (rank, k) in (1usize..).zip(ranked) {
        let entity = view.entity(k.bridge.entity);
        let seats: Vec<String> = k
            .seats
            .iter()
            .map(|s| format!("{}: {}", view.network(s.network).id, seat_text(ds, s)))
            .collect();
        let networks = k
            .bridge
            .networks
            .iter()
            .map(|&n| view.network(n).id.as_str());
        let cells = [
            rank.to_string(),
            entity.kind.as_str().to_owned(),
            entity.id.clone(),
            entity.name.clone(),
            joined(k.bridge.programs.iter().map(|p| p.id())),
            k.bridge.networks.len().to_string(),
            joined(networks),
            format!("{:.6}", k.betweenness),
            joined(seats.iter().map(String::as_str)),
        ];
        w.write_record(cells.iter().map(|c| csv_cell(c)))?;
    }
    w.flush()
}
