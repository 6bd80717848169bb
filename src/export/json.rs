//! The graph as node-link JSON (the shape d3 and NetworkX's
//! `node_link_graph` read): `nodes` with attributes, `links` by node id.

use std::io::Write;

use serde::Serialize;

use super::ExportError;
use super::graphdata::GraphData;
use crate::model::Sector;

#[derive(Serialize)]
struct Document<'a> {
    directed: bool,
    multigraph: bool,
    graph: Meta,
    nodes: Vec<JsonNode<'a>>,
    links: Vec<JsonLink<'a>>,
}

#[derive(Serialize)]
struct Meta {
    name: &'static str,
}

#[derive(Serialize)]
struct JsonNode<'a> {
    id: &'a str,
    kind: &'static str,
    label: &'a str,
    /// Program ids; several for an entity in networks of several programs.
    program: Vec<&'static str>,
    sector: Option<&'static str>,
    prefecture: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonLink<'a> {
    source: &'a str,
    target: &'a str,
    kind: &'static str,
    role: &'a str,
    title: &'a str,
}

/// Writes `g` as pretty-printed node-link JSON ending in a newline.
///
/// # Errors
/// [`ExportError::Write`] when `w` fails.
pub fn write<W: Write + ?Sized>(w: &mut W, g: &GraphData) -> Result<(), ExportError> {
    let nodes = g
        .nodes
        .iter()
        .map(|n| JsonNode {
            id: &n.id,
            kind: n.kind.as_str(),
            label: &n.label,
            program: n.programs.iter().map(|p| p.id()).collect(),
            sector: n.sector.map(Sector::id),
            prefecture: Some(n.prefecture.as_str()).filter(|p| !p.is_empty()),
        })
        .collect();
    let links = g
        .edges
        .iter()
        .filter_map(|e| {
            Some(JsonLink {
                source: &g.nodes.get(e.source)?.id,
                target: &g.nodes.get(e.target)?.id,
                kind: e.kind.as_str(),
                role: &e.role,
                title: &e.title,
            })
        })
        .collect();
    let doc = Document {
        directed: true,
        multigraph: false,
        graph: Meta { name: "renkei" },
        nodes,
        links,
    };
    serde_json::to_writer_pretty(&mut *w, &doc).map_err(std::io::Error::from)?;
    w.write_all(b"\n")?;
    Ok(())
}
