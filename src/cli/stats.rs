//! `renkei stats`: what a data directory holds, at a glance.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use super::Out;
use super::output::{summary, write_diagnostics};
use super::{Format, StatsArgs, Status, workspace};
use crate::identity::EntityKind;
use crate::model::{FileKind, Program, Sector};
use crate::msg::{Lang, Msg};
use crate::text::{pad_left, pad_right, sanitize, width};
use crate::workspace::Workspace;

/// The figures `stats` prints.
#[derive(Debug, Serialize)]
pub struct Stats {
    pub files: usize,
    pub network_files: usize,
    pub registry_files: usize,
    pub failed_files: usize,
    pub networks: usize,
    /// Prefecture → program id → count, prefectures in JIS order.
    pub by_prefecture: Vec<(String, BTreeMap<&'static str, usize>)>,
    /// Distinct organisations per sector id (`unknown` when no sector).
    pub organizations_by_sector: BTreeMap<&'static str, usize>,
    pub organizations: usize,
    pub people: usize,
    pub positions: usize,
    pub memberships: usize,
}

/// Counts a dataset; organisations, people and positions are counted once
/// each however they are spelled (see `identity`).
#[must_use]
pub fn compute(ws: &Workspace) -> Stats {
    let ds = &ws.ds;
    let mut by_pref: BTreeMap<_, BTreeMap<&'static str, usize>> = BTreeMap::new();
    for n in &ds.networks {
        *by_pref
            .entry(n.prefecture)
            .or_default()
            .entry(n.program.id())
            .or_default() += 1;
    }
    let resolved = &ws.resolved;
    let mut organizations_by_sector = BTreeMap::new();
    for (_, e) in resolved.of_kind(EntityKind::Organization) {
        *organizations_by_sector
            .entry(e.sector.map_or("unknown", Sector::id))
            .or_default() += 1;
    }
    let count = |k| ds.files.iter().filter(|f| f.kind == k).count();
    Stats {
        files: ds.files.len(),
        network_files: count(FileKind::Network),
        registry_files: count(FileKind::Registry),
        failed_files: count(FileKind::Failed),
        networks: ds.networks.len(),
        by_prefecture: by_pref
            .into_iter()
            .map(|(p, m)| (p.name().to_owned(), m))
            .collect(),
        organizations: resolved.of_kind(EntityKind::Organization).count(),
        organizations_by_sector,
        people: resolved.of_kind(EntityKind::Person).count(),
        positions: resolved.of_kind(EntityKind::Position).count(),
        memberships: ds.networks.iter().map(|n| n.members.len()).sum(),
    }
}

/// Runs `stats`: the figures on `out`, diagnostics on stderr.
///
/// # Errors
/// Only errors writing `out`.
pub fn run<W: Write>(args: &StatsArgs, out: &mut W, errout: Out) -> io::Result<Status> {
    let ws = match workspace(&args.data, errout.lang) {
        Ok(w) => w,
        Err(status) => return Ok(status),
    };
    let stats = compute(&ws);
    match args.format {
        Format::Text => write_table(
            out,
            &stats,
            &args.data.dir.display().to_string(),
            errout.lang,
        )?,
        Format::Json => {
            crate::text::write_json(out, &stats)?;
            writeln!(out)?;
        }
    }
    if !ws.diagnostics.is_empty() {
        let mut err = io::stderr().lock();
        // Diagnostics are secondary here; a closed stderr must not fail stats.
        let _ = write_diagnostics(&mut err, &ws.diagnostics, errout);
        let _ = writeln!(err, "{}", summary(&ws, errout.lang));
    }
    Ok(if ws.has_errors() {
        Status::Problems
    } else {
        Status::Clean
    })
}

fn write_table<W: Write>(out: &mut W, s: &Stats, dir: &str, lang: Lang) -> io::Result<()> {
    let head = Msg::StatsFiles {
        dir: sanitize(dir).into_owned(),
        files: s.files,
        networks: s.network_files,
        registries: s.registry_files,
        failed: s.failed_files,
    };
    writeln!(out, "{}", head.render(lang))?;
    writeln!(out, "\n{}", Msg::StatsByPrefecture.render(lang))?;
    let first = s
        .by_prefecture
        .iter()
        .map(|(p, _)| width(p))
        .max()
        .unwrap_or(0)
        .max(width("都道府県"));
    let cols: Vec<(&str, &str)> = Program::ALL
        .iter()
        .map(|p| (p.id(), p.label_ja()))
        .collect();
    let widths: Vec<usize> = cols.iter().map(|(_, l)| width(l).max(4)).collect();
    write!(out, "  {}", pad_right("都道府県", first))?;
    for ((_, label), w) in cols.iter().zip(&widths) {
        write!(out, "  {}", pad_left(label, *w))?;
    }
    writeln!(out, "  {}", pad_left("計", 4))?;
    let mut totals = vec![0; cols.len()];
    for (pref, counts) in &s.by_prefecture {
        write!(out, "  {}", pad_right(pref, first))?;
        for (i, ((id, _), w)) in cols.iter().zip(&widths).enumerate() {
            let n = counts.get(id).copied().unwrap_or(0);
            totals[i] += n;
            write!(out, "  {}", pad_left(&n.to_string(), *w))?;
        }
        writeln!(
            out,
            "  {}",
            pad_left(&counts.values().sum::<usize>().to_string(), 4)
        )?;
    }
    write!(out, "  {}", pad_right("計", first))?;
    for (n, w) in totals.iter().zip(&widths) {
        write!(out, "  {}", pad_left(&n.to_string(), *w))?;
    }
    writeln!(out, "  {}", pad_left(&s.networks.to_string(), 4))?;
    let by_sector = Msg::StatsBySector {
        distinct: s.organizations,
    };
    writeln!(out, "\n{}", by_sector.render(lang))?;
    for sector in Sector::ALL {
        let n = s
            .organizations_by_sector
            .get(sector.id())
            .copied()
            .unwrap_or(0);
        writeln!(
            out,
            "  {} {}  {}",
            sector.label_ja(),
            pad_right(sector.id(), 10),
            pad_left(&n.to_string(), 5)
        )?;
    }
    if let Some(n) = s.organizations_by_sector.get("unknown") {
        writeln!(
            out,
            "  ? {}  {}",
            pad_right("unknown", 10),
            pad_left(&n.to_string(), 5)
        )?;
    }
    let people = Msg::StatsPeople {
        people: s.people,
        positions: s.positions,
        memberships: s.memberships,
    };
    writeln!(out, "\n{}", people.render(lang))
}
