//! `renkei stats`: what a data directory holds, at a glance.

use std::collections::{BTreeMap, HashSet};
use std::io::{self, Write};

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use super::output::{summary, write_diagnostics};
use super::{Format, StatsArgs, Status, load};
use crate::diag::Style;
use crate::model::{Dataset, FileKind, MemberKind, Program, Sector};
use crate::text::{pad_left, pad_right, sanitize, width};

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

fn key(s: &str) -> String {
    s.nfkc().filter(|c| !c.is_whitespace()).collect()
}

/// Counts a dataset.
#[must_use]
pub fn compute(ds: &Dataset) -> Stats {
    let mut by_pref: BTreeMap<_, BTreeMap<&'static str, usize>> = BTreeMap::new();
    let mut orgs: BTreeMap<String, Option<Sector>> = BTreeMap::new();
    let mut people = HashSet::new();
    let mut positions = HashSet::new();
    let mut memberships = 0;
    for n in &ds.networks {
        *by_pref
            .entry(n.prefecture)
            .or_default()
            .entry(n.program.id())
            .or_default() += 1;
        for m in &n.members {
            memberships += 1;
            if let Some(org) = &m.org {
                let slot = orgs.entry(key(org)).or_default();
                if m.kind() == MemberKind::Organization || slot.is_none() {
                    *slot = slot.or(m.sector);
                }
            }
            match m.kind() {
                MemberKind::Person => {
                    people.insert((
                        key(m.person.as_deref().unwrap_or("")),
                        m.org.as_deref().map(key),
                    ));
                }
                MemberKind::Position => {
                    positions.insert((m.org.as_deref().map(key), m.title.as_deref().map(key)));
                }
                MemberKind::Organization => {}
            }
        }
    }
    for o in &ds.registry.organizations {
        if let Some(slot) = orgs.get_mut(&key(&o.name)) {
            *slot = slot.or(o.sector);
        }
    }
    let mut organizations_by_sector = BTreeMap::new();
    for sector in orgs.values() {
        *organizations_by_sector
            .entry(sector.map_or("unknown", Sector::id))
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
        organizations_by_sector,
        organizations: orgs.len(),
        people: people.len(),
        positions: positions.len(),
        memberships,
    }
}

/// Runs `stats`: the figures on `out`, diagnostics on stderr.
///
/// # Errors
/// Only errors writing `out`.
pub fn run<W: Write>(args: &StatsArgs, out: &mut W, err_style: Style) -> io::Result<Status> {
    let loaded = match load(&args.data) {
        Ok(l) => l,
        Err(status) => return Ok(status),
    };
    let stats = compute(&loaded.dataset);
    match args.format {
        Format::Text => write_table(out, &stats, &args.data.dir.display().to_string())?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &stats)?;
            writeln!(out)?;
        }
    }
    if !loaded.diagnostics.is_empty() {
        let mut err = io::stderr().lock();
        // Diagnostics are secondary here; a closed stderr must not fail stats.
        let _ = write_diagnostics(&mut err, &loaded.diagnostics, err_style);
        let _ = writeln!(err, "{}", summary(&loaded));
    }
    Ok(if loaded.has_errors() {
        Status::Problems
    } else {
        Status::Clean
    })
}

fn write_table<W: Write>(out: &mut W, s: &Stats, dir: &str) -> io::Result<()> {
    writeln!(
        out,
        "{}: {} files ({} network, {} registry, {} not loaded)",
        sanitize(dir),
        s.files,
        s.network_files,
        s.registry_files,
        s.failed_files
    )?;
    writeln!(out, "\nNetworks by prefecture and program")?;
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
    writeln!(
        out,
        "\nOrganisations by sector ({} distinct)",
        s.organizations
    )?;
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
    writeln!(
        out,
        "\nPeople: {}   Positions: {}   Memberships: {}",
        s.people, s.positions, s.memberships
    )
}
