//! The graph as GEXF 1.2 for Gephi: declared attributes with a value on
//! every node and edge, and colours (networks by program, the rest by
//! sector).

use std::fmt::Write as _;
use std::io::Write;

use super::ExportError;
use super::graphdata::GraphData;
use super::xml::escape;

const NODE_ATTRS: [&str; 4] = ["kind", "program", "sector", "prefecture"];
const EDGE_ATTRS: [&str; 3] = ["kind", "role", "title"];

/// Writes `g` as GEXF 1.2.
///
/// # Errors
/// [`ExportError::Write`] when `w` fails.
pub fn write<W: Write + ?Sized>(w: &mut W, g: &GraphData) -> Result<(), ExportError> {
    let mut s = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<gexf xmlns=\"http://www.gexf.net/1.2draft\"",
        " xmlns:viz=\"http://www.gexf.net/1.2draft/viz\"",
        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
        " xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\"",
        " version=\"1.2\">\n",
        "  <meta>\n    <creator>renkei</creator>\n",
        "    <description>産学官 networks: networks, organisations, people and positions</description>\n",
        "  </meta>\n",
        "  <graph mode=\"static\" defaultedgetype=\"directed\">\n",
    ));
    for (class, attrs) in [("node", &NODE_ATTRS[..]), ("edge", &EDGE_ATTRS[..])] {
        let _ = writeln!(s, "    <attributes class=\"{class}\">");
        for a in attrs {
            let _ = writeln!(
                s,
                "      <attribute id=\"{a}\" title=\"{a}\" type=\"string\"/>"
            );
        }
        s.push_str("    </attributes>\n");
    }
    s.push_str("    <nodes>\n");
    for n in &g.nodes {
        let _ = writeln!(
            s,
            "      <node id=\"{}\" label=\"{}\">",
            escape(&n.id),
            escape(&n.label)
        );
        let program = n.program_text();
        attvalues(
            &mut s,
            &NODE_ATTRS,
            &[n.kind.as_str(), &program, n.sector_text(), &n.prefecture],
        );
        let (red, green, blue) = n.color();
        let _ = writeln!(
            s,
            "        <viz:color r=\"{red}\" g=\"{green}\" b=\"{blue}\"/>"
        );
        s.push_str("      </node>\n");
    }
    s.push_str("    </nodes>\n    <edges>\n");
    for (i, e) in g.edges.iter().enumerate() {
        let (Some(source), Some(target)) = (g.nodes.get(e.source), g.nodes.get(e.target)) else {
            continue;
        };
        let _ = writeln!(
            s,
            "      <edge id=\"e{i}\" source=\"{}\" target=\"{}\" label=\"{}\">",
            escape(&source.id),
            escape(&target.id),
            escape(&e.role)
        );
        attvalues(&mut s, &EDGE_ATTRS, &[e.kind.as_str(), &e.role, &e.title]);
        s.push_str("      </edge>\n");
    }
    s.push_str("    </edges>\n  </graph>\n</gexf>\n");
    w.write_all(s.as_bytes())?;
    Ok(())
}

fn attvalues(s: &mut String, attrs: &[&str], values: &[&str]) {
    s.push_str("        <attvalues>\n");
    for (a, v) in attrs.iter().zip(values) {
        let _ = writeln!(
            s,
            "          <attvalue for=\"{a}\" value=\"{}\"/>",
            escape(v)
        );
    }
    s.push_str("        </attvalues>\n");
}
