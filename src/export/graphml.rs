//! The graph as GraphML, which Gephi and Cytoscape import: typed keys, and
//! every key's value written on every node and edge (no defaults to guess).

use std::fmt::Write as _;
use std::io::Write;

use super::ExportError;
use super::graphdata::GraphData;
use super::xml::escape;

/// Node keys: (key id, attribute name).
const NODE_KEYS: [(&str, &str); 5] = [
    ("kind", "kind"),
    ("label", "label"),
    ("program", "program"),
    ("sector", "sector"),
    ("prefecture", "prefecture"),
];

/// Edge keys: (key id, attribute name).
const EDGE_KEYS: [(&str, &str); 3] = [("edge_kind", "kind"), ("role", "role"), ("title", "title")];

/// Writes `g` as GraphML.
///
/// # Errors
/// [`ExportError::Write`] when `w` fails.
pub fn write<W: Write + ?Sized>(w: &mut W, g: &GraphData) -> Result<(), ExportError> {
    let mut s = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"",
        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
        " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns",
        " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    ));
    for (for_, keys) in [("node", &NODE_KEYS[..]), ("edge", &EDGE_KEYS[..])] {
        for (id, name) in keys {
            let _ = writeln!(
                s,
                "  <key id=\"{id}\" for=\"{for_}\" attr.name=\"{name}\" attr.type=\"string\"/>"
            );
        }
    }
    s.push_str("  <graph id=\"renkei\" edgedefault=\"directed\">\n");
    for n in &g.nodes {
        let _ = writeln!(s, "    <node id=\"{}\">", escape(&n.id));
        let program = n.program_text();
        let values = [
            n.kind.as_str(),
            &n.label,
            &program,
            n.sector_text(),
            &n.prefecture,
        ];
        data(&mut s, &NODE_KEYS, &values);
        s.push_str("    </node>\n");
    }
    for (i, e) in g.edges.iter().enumerate() {
        let (Some(source), Some(target)) = (g.nodes.get(e.source), g.nodes.get(e.target)) else {
            continue;
        };
        let _ = writeln!(
            s,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
            escape(&source.id),
            escape(&target.id)
        );
        data(&mut s, &EDGE_KEYS, &[e.kind.as_str(), &e.role, &e.title]);
        s.push_str("    </edge>\n");
    }
    s.push_str("  </graph>\n</graphml>\n");
    w.write_all(s.as_bytes())?;
    Ok(())
}

fn data(s: &mut String, keys: &[(&str, &str)], values: &[&str]) {
    for ((key, _), value) in keys.iter().zip(values) {
        let _ = writeln!(s, "      <data key=\"{key}\">{}</data>", escape(value));
    }
}
