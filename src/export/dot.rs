//! The graph as Graphviz DOT: a 2-D layout (`layout=neato`, so plain
//! `dot -Tpng` does not draw every member in one row), a CJK-capable font
//! list, networks filled in
//! their program's colour, organisations in their sector's, and the data
//! attributes (kind, program, sector, prefecture, role) kept on each
//! statement for scripts.

use std::fmt::Write as _;
use std::io::Write;

use super::ExportError;
use super::graphdata::{EdgeKind, GraphData, NodeKind, program_color};

/// Font families tried in order (a Pango family list): Noto/Source Han on
/// Linux, Hiragino on macOS, Yu Gothic and Meiryo on Windows.
pub const FONT: &str =
    "Noto Sans CJK JP,Source Han Sans JP,Hiragino Sans,Yu Gothic,Meiryo,IPAexGothic,sans-serif";

/// Writes `g` as a DOT digraph.
///
/// # Errors
/// [`ExportError::Write`] when `w` fails.
pub fn write<W: Write + ?Sized>(w: &mut W, g: &GraphData) -> Result<(), ExportError> {
    let mut s = String::from("digraph renkei {\n");
    let _ = writeln!(
        s,
        "  graph [layout=neato, overlap=false, sep=\"+8\", splines=true, rankdir=LR, charset=\"UTF-8\", fontname=\"{FONT}\"];"
    );
    let _ = writeln!(
        s,
        "  node [fontname=\"{FONT}\", style=filled, fontsize=10];"
    );
    let _ = writeln!(
        s,
        "  edge [fontname=\"{FONT}\", fontsize=8, arrowsize=0.5];"
    );
    for n in &g.nodes {
        let (shape, extra) = match n.kind {
            NodeKind::Network => ("box", ", fontcolor=\"white\", penwidth=0"),
            NodeKind::Organization => ("ellipse", ""),
            NodeKind::Person => ("ellipse", ", style=\"filled,bold\""),
            NodeKind::Position => ("box", ", style=\"filled,rounded,dashed\""),
        };
        let _ = writeln!(
            s,
            "  {} [label={}, shape={shape}, fillcolor=\"{}\"{extra}, kind={}, program={}, sector={}, prefecture={}];",
            quote(&n.id),
            quote(&n.label),
            hex(n.color()),
            quote(n.kind.as_str()),
            quote(&n.program_text()),
            quote(n.sector_text()),
            quote(&n.prefecture),
        );
    }
    for e in &g.edges {
        let (Some(source), Some(target)) = (g.nodes.get(e.source), g.nodes.get(e.target)) else {
            continue;
        };
        let look = match (e.kind, target.programs.first()) {
            (EdgeKind::Membership, Some(&p)) => format!("color=\"{}\"", hex(program_color(p))),
            (EdgeKind::Membership, None) => "color=\"#888888\"".to_owned(),
            (EdgeKind::Affiliation, _) => "color=\"#888888\", style=dashed".to_owned(),
        };
        let _ = writeln!(
            s,
            "  {} -> {} [{look}, tooltip={}, kind={}, role={}, title={}];",
            quote(&source.id),
            quote(&target.id),
            quote(&e.role),
            quote(e.kind.as_str()),
            quote(&e.role),
            quote(&e.title),
        );
    }
    s.push_str("}\n");
    w.write_all(s.as_bytes())?;
    Ok(())
}

fn hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// A DOT double-quoted string. Backslashes are doubled so Graphviz's label
/// escapes (`\N`, `\l` …) cannot be triggered by data; line breaks become
/// the `\n` escape.
#[must_use]
pub fn quote(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 2);
    s.push('"');
    for c in text.chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\r' => {}
            c => s.push(c),
        }
    }
    s.push('"');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_escape_quotes_backslashes_and_breaks() {
        assert_eq!(quote("a\"b"), "\"a\\\"b\"");
        assert_eq!(quote("\\N"), "\"\\\\N\"");
        assert_eq!(quote("1\n2"), "\"1\\n2\"");
        assert_eq!(quote("広島大学"), "\"広島大学\"");
    }
}
