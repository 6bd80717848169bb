//! `renkei matrix`: members × shown networks, bridges first, as text that
//! fits the terminal, Markdown, CSV or JSON.

use std::io::{self, Write};

use super::cells::{clip_cells, fit};
use super::output::csv_cell;
use super::view_cmd::{Heading, Printers, ViewArgs, run_view};
use super::{Out, Status};
use crate::export::markdown::cell as md;
use crate::msg::Msg;
use crate::present::{MatrixRow, Membership, MembershipMatrix, ShownNetwork};
use crate::text::{pad_left, width};

/// `renkei matrix`'s options: those of every view command.
pub type MatrixArgs = ViewArgs;

/// Narrowest name column of the text form; with more networks than fit
/// beside it, they are printed in bands.
const MIN_LABEL: usize = 16;

/// Runs `matrix`.
///
/// # Errors
/// Only errors writing `out`.
pub fn run<W: Write>(args: &MatrixArgs, out: &mut W, errout: Out) -> io::Result<Status> {
    let print = Printers {
        text: write_text,
        markdown: write_markdown,
        csv: write_csv,
    };
    run_view(args, out, errout, MembershipMatrix::build, &print)
}

/// `1 交付金 kochi/kofukin 高知県Next…`, one line per network.
fn legend_lines<W: Write>(out: &mut W, nets: &[ShownNetwork], width: usize) -> io::Result<()> {
    let digits = nets.len().to_string().len();
    for (i, n) in (1..).zip(nets) {
        let line = format!(
            "{} {} {}  {}",
            pad_left(&i.to_string(), digits + 1),
            n.program.label_ja(),
            n.id,
            n.name
        );
        writeln!(out, "{}", clip_cells(&line, width))?;
    }
    Ok(())
}

fn write_text<W: Write>(
    out: &mut W,
    m: &MembershipMatrix,
    head: &Heading<'_>,
    width: usize,
) -> io::Result<()> {
    let lang = head.lang;
    let title = Msg::ViewMatrix {
        scope: head.scope.to_owned(),
    };
    writeln!(out, "{}", clip_cells(&title.render(lang), width))?;
    if m.networks.is_empty() {
        return writeln!(out, "{}", Msg::ViewNoNetworks.render(lang));
    }
    legend_lines(out, &m.networks, width)?;
    let cell = m.networks.len().to_string().len() + 1;
    // 学 + space, then marks, then the count.
    let fixed = 3 + 4;
    let per_band = ((width.saturating_sub(fixed + MIN_LABEL)) / cell).clamp(1, m.networks.len());
    let name_w = m
        .rows
        .iter()
        .map(width_of)
        .max()
        .unwrap_or(0)
        .min(width.saturating_sub(fixed + per_band * cell));
    let bands = m.networks.len().div_ceil(per_band);
    for b in 0..bands {
        let cols = b * per_band..((b + 1) * per_band).min(m.networks.len());
        if bands > 1 {
            let band = Msg::ViewNetworkBand {
                first: cols.start + 1,
                last: cols.end,
                of: m.networks.len(),
            };
            writeln!(out, "\n{}", band.render(lang))?;
        }
        let heads: String = cols
            .clone()
            .map(|i| pad_left(&(i + 1).to_string(), cell))
            .collect();
        writeln!(out, "{}{heads}  計", " ".repeat(3 + name_w))?;
        for r in &m.rows {
            let marks: String = cols
                .clone()
                .map(|i| pad_left(r.cells[i].mark(), cell))
                .collect();
            writeln!(
                out,
                "{} {}{marks}{}",
                r.sector.label_ja(),
                fit(&r.name, name_w),
                pad_left(&r.count.to_string(), 4)
            )?;
        }
    }
    let legend = Msg::ViewMatrixLegend.render(lang);
    writeln!(out, "{}", clip_cells(&legend, width))
}

fn width_of(r: &MatrixRow) -> usize {
    width(&crate::text::sanitize(&r.name))
}

fn write_markdown<W: Write>(
    out: &mut W,
    m: &MembershipMatrix,
    head: &Heading<'_>,
) -> io::Result<()> {
    writeln!(out, "## {}\n", md(head.scope))?;
    for (i, n) in (1..).zip(&m.networks) {
        writeln!(
            out,
            "{i}. {} `{}` {}",
            n.program.label_ja(),
            n.id.replace('`', "'"),
            md(&n.name)
        )?;
    }
    let nums: Vec<String> = (1..=m.networks.len()).map(|i| i.to_string()).collect();
    writeln!(out, "\n| 区分 | 名前 | {} | 計 |", nums.join(" | "))?;
    writeln!(out, "| --- | --- |{} ---: |", " :-: |".repeat(nums.len()))?;
    for r in &m.rows {
        let marks: Vec<&str> = r.cells.iter().map(Membership::mark).collect();
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            r.sector.label_ja(),
            md(&r.name),
            marks.join(" | "),
            r.count
        )?;
    }
    writeln!(out, "\n{}", Msg::ViewMatrixLegend.render(head.lang))
}

/// `member` (with its role), `via: 代表取締役会長`, or empty.
fn csv_membership(c: &Membership) -> String {
    match c {
        Membership::No => String::new(),
        Membership::Direct { role: None } => "member".to_owned(),
        Membership::Direct { role: Some(r) } => format!("member: {r}"),
        Membership::Via { via } => format!("via: {}", via.join(";")),
    }
}

fn write_csv<W: Write>(out: &mut W, m: &MembershipMatrix) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let mut head: Vec<String> = ["id", "kind", "name", "sector", "networks"]
        .map(str::to_owned)
        .to_vec();
    head.extend(m.networks.iter().map(|n| n.id.clone()));
    w.write_record(head.iter().map(|c| csv_cell(c)))?;
    for r in &m.rows {
        let mut cells = vec![
            r.entity_id.clone(),
            r.kind.as_str().to_owned(),
            r.name.clone(),
            r.sector.id().to_owned(),
            r.count.to_string(),
        ];
        cells.extend(r.cells.iter().map(csv_membership));
        w.write_record(cells.iter().map(|c| csv_cell(c)))?;
    }
    w.flush()
}
