//! The JSON of `renkei overlap`, a contract for scripts:
//! `{"networks": [{"id", "name", "program", "prefecture"}], "pairs": [{"a",
//! "b", "shared": [{"kind", "name"}], "jaccard"}], "bridges": [{"kind",
//! "name", "networks", "programs"}]}`, streamed one element per line.

use std::io::{self, Write};

use serde::Serialize;

use super::View;
use super::json_pairs::{safe_json, write_pairs};

#[derive(Serialize)]
struct JsonNetwork<'a> {
    id: &'a str,
    name: &'a str,
    program: &'static str,
    prefecture: &'static str,
}

#[derive(Serialize)]
struct JsonBridge<'a> {
    kind: &'static str,
    name: &'a str,
    networks: Vec<&'a str>,
    programs: Vec<&'static str>,
}

/// Writes a view's networks, pairs and bridges as the overlap JSON. Pairs
/// stream row by row, so memory stays flat however many there are; `kind`
/// is `org`, `person` or `position`, `name` the canonical display name,
/// networks are given by id, pairs once with `a` < `b`.
///
/// Characters that could drive a terminal (DEL, C1 controls,
/// bidirectional overrides) are written as `\uXXXX` escapes, so the output
/// is safe to print as it is.
///
/// # Errors
/// Whatever `out` returns.
pub fn write_json<W: Write>(out: &mut W, view: &View) -> io::Result<()> {
    out.write_all(b"{\n  \"networks\": [")?;
    networks(out, view)?;
    out.write_all(b",\n  \"pairs\": [")?;
    let any = write_pairs(out, view)?;
    out.write_all(if any { b"\n  ]" } else { b"]" })?;
    out.write_all(b",\n  \"bridges\": [")?;
    bridges(out, view)?;
    out.write_all(b"\n}\n")
}

fn networks<W: Write>(out: &mut W, view: &View) -> io::Result<()> {
    let mut sep = Sep::default();
    for &n in view.networks() {
        let net = view.network(n);
        sep.next(out)?;
        out.write_all(&safe_json(&JsonNetwork {
            id: &net.id,
            name: &net.name,
            program: net.program.id(),
            prefecture: net.prefecture.name(),
        }))?;
    }
    sep.close(out)
}

fn bridges<W: Write>(out: &mut W, view: &View) -> io::Result<()> {
    let mut sep = Sep::default();
    for b in view.bridges() {
        let entity = view.entity(b.entity);
        sep.next(out)?;
        out.write_all(&safe_json(&JsonBridge {
            kind: entity.kind.as_str(),
            name: &entity.name,
            networks: b
                .networks
                .iter()
                .map(|&n| view.network(n).id.as_str())
                .collect(),
            programs: b.programs.iter().map(|p| p.id()).collect(),
        }))?;
    }
    sep.close(out)
}

/// Commas and line breaks between array elements.
#[derive(Default)]
struct Sep {
    started: bool,
}

impl Sep {
    fn next<W: Write>(&mut self, out: &mut W) -> io::Result<()> {
        out.write_all(if self.started { b",\n    " } else { b"\n    " })?;
        self.started = true;
        Ok(())
    }

    fn close<W: Write>(&self, out: &mut W) -> io::Result<()> {
        out.write_all(if self.started { b"\n  ]" } else { b"]" })
    }
}
