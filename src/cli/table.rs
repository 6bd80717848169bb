//! `renkei table`: the program table (one column per program, members by
//! sector) as text that fits the terminal, Markdown, CSV or JSON.

use std::io::{self, Write};

use super::cells::{clip_cells, fit};
use super::output::csv_cell;
use super::view_cmd::{Heading, Printers, ViewArgs, run_view};
use super::{Out, Status};
use crate::export::markdown::cell as md;
use crate::msg::Msg;
use crate::present::{MemberCell, ProgramColumn, ProgramTable, TableNetwork};

/// `renkei table`'s options: those of every view command.
pub type TableArgs = ViewArgs;

/// Narrowest column of the text form; below it columns go in bands.
const MIN_COLUMN: usize = 26;
const SEPARATOR: &str = " │ ";

/// Runs `table`.
///
/// # Errors
/// Only errors writing `out`.
pub fn run<W: Write>(args: &TableArgs, out: &mut W, errout: Out) -> io::Result<Status> {
    let print = Printers {
        text: write_text,
        markdown: write_markdown,
        csv: write_csv,
    };
    run_view(args, out, errout, ProgramTable::build, &print)
}

/// `◆3 ` for a member of three shown networks, blanks otherwise: a marker
/// that reads without colour.
fn marker(m: &MemberCell) -> String {
    if m.is_shared() {
        format!("◆{} ", m.networks)
    } else {
        "   ".to_owned()
    }
}

/// The lines of one program column, each exactly `w` cells.
fn column_lines(col: &ProgramColumn, w: usize) -> Vec<String> {
    let mut lines = vec![
        fit(&format!("■ {} ({})", col.label, col.networks.len()), w),
        "─".repeat(w),
    ];
    for net in &col.networks {
        network_lines(net, w, &mut lines);
        lines.push(" ".repeat(w));
    }
    lines
}

fn network_lines(net: &TableNetwork, w: usize, lines: &mut Vec<String>) {
    let n = &net.network;
    lines.push(fit(&n.name, w));
    if let Some(plan) = &n.plan {
        lines.push(fit(&format!("  計画: {plan}"), w));
    }
    let meta: Vec<&str> = [n.kind.as_deref(), n.years.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !meta.is_empty() {
        lines.push(fit(&format!("  {}", meta.join(" · ")), w));
    }
    lines.push(fit(&format!("  {}", n.id), w));
    for group in &net.groups {
        lines.push(fit(&format!(" 【{}】", group.label), w));
        for m in &group.members {
            lines.push(fit(&format!("  {}{}", marker(m), m.label()), w));
        }
    }
}

fn write_text<W: Write>(
    out: &mut W,
    t: &ProgramTable,
    head: &Heading<'_>,
    width: usize,
) -> io::Result<()> {
    let lang = head.lang;
    let title = Msg::ViewProgramTable {
        scope: head.scope.to_owned(),
    };
    writeln!(out, "{}", clip_cells(&title.render(lang), width))?;
    if t.columns.is_empty() {
        writeln!(out, "{}", Msg::ViewNoNetworks.render(lang))?;
        return Ok(());
    }
    let sep = crate::text::width(SEPARATOR);
    let per_band = ((width + sep) / (MIN_COLUMN + sep)).clamp(1, t.columns.len());
    let bands = t.columns.len().div_ceil(per_band);
    for (b, band) in t.columns.chunks(per_band).enumerate() {
        let w = (width + sep) / band.len() - sep;
        if bands > 1 {
            let first = b * per_band + 1;
            let last = first + band.len() - 1;
            let names: Vec<&str> = band.iter().map(|c| c.label).collect();
            let which = Msg::ViewColumns {
                first,
                last,
                of: t.columns.len(),
                names: names.join(", "),
            };
            writeln!(out, "\n{}", clip_cells(&which.render(lang), width))?;
        }
        let cols: Vec<Vec<String>> = band.iter().map(|c| column_lines(c, w)).collect();
        let height = cols.iter().map(Vec::len).max().unwrap_or(0);
        for i in 0..height {
            let parts: Vec<String> = cols
                .iter()
                .map(|c| c.get(i).cloned().unwrap_or_else(|| " ".repeat(w)))
                .collect();
            writeln!(out, "{}", parts.join(SEPARATOR).trim_end())?;
        }
    }
    let legend = Msg::ViewTableLegend.render(lang);
    writeln!(out, "{}", clip_cells(&legend, width))
}

fn markdown_cell(net: &TableNetwork) -> String {
    let n = &net.network;
    let mut parts = vec![format!("**{}**", md(&n.name))];
    if let Some(plan) = &n.plan {
        parts.push(format!("計画: {}", md(plan)));
    }
    for x in [&n.kind, &n.years].into_iter().flatten() {
        parts.push(md(x));
    }
    for g in &net.groups {
        let names: Vec<String> = g
            .members
            .iter()
            .map(|m| {
                if m.is_shared() {
                    format!("**{}** ◆{}", md(&m.label()), m.networks)
                } else {
                    md(&m.label())
                }
            })
            .collect();
        parts.push(format!("【{}】{}", g.label, names.join("、")));
    }
    parts.join("<br>")
}

fn write_markdown<W: Write>(out: &mut W, t: &ProgramTable, head: &Heading<'_>) -> io::Result<()> {
    writeln!(out, "## {}\n", md(head.scope))?;
    if t.columns.is_empty() {
        return writeln!(out, "{}", Msg::ViewNoNetworks.render(head.lang));
    }
    let heads: Vec<&str> = t.columns.iter().map(|c| c.label).collect();
    writeln!(out, "| {} |", heads.join(" | "))?;
    writeln!(out, "|{}", " --- |".repeat(heads.len()))?;
    let rows = t
        .columns
        .iter()
        .map(|c| c.networks.len())
        .max()
        .unwrap_or(0);
    for i in 0..rows {
        let cells: Vec<String> = t
            .columns
            .iter()
            .map(|c| c.networks.get(i).map(markdown_cell).unwrap_or_default())
            .collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    writeln!(out, "\n{}", Msg::ViewTableLegendShort.render(head.lang))
}

fn write_csv<W: Write>(out: &mut W, t: &ProgramTable) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "program",
        "network",
        "network_name",
        "plan",
        "kind",
        "years",
        "sector",
        "id",
        "member_kind",
        "name",
        "present_through",
        "role",
        "networks",
    ])?;
    for col in &t.columns {
        for net in &col.networks {
            let n = &net.network;
            for m in net.members() {
                let through = if m.direct {
                    String::new()
                } else {
                    m.via.join(";")
                };
                let cells = [
                    col.program.id(),
                    &n.id,
                    &n.name,
                    n.plan.as_deref().unwrap_or(""),
                    n.kind.as_deref().unwrap_or(""),
                    n.years.as_deref().unwrap_or(""),
                    m.sector.id(),
                    &m.entity_id,
                    m.kind.as_str(),
                    &m.name,
                    &through,
                    m.role.as_deref().unwrap_or(""),
                    &m.networks.to_string(),
                ];
                w.write_record(cells.iter().map(|c| csv_cell(c)))?;
            }
        }
    }
    w.flush()
}
