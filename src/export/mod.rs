//! Exports: contact lists for joint meetings (xlsx, CSV, vCard, Markdown) and
//! graph files for Gephi, Cytoscape, Graphviz and scripts (GraphML, GEXF,
//! DOT, node-link JSON).
//!
//! Everything is built from a [`Dataset`] and its [`Resolved`] entities
//! for a [`Selection`] of networks, in a deterministic order, so the same
//! data always gives the same bytes. [`contacts`] and [`graphdata`] build
//! the rows and the node/edge lists; one module per format writes them to
//! any `Write`; [`write_file`] puts a file in place whole or not at all.
//!
//! The browser and the CLI call the same functions:
//!
//! ```no_run
//! # use renkei::export::{self, ContactFormat, Encoding, Selection};
//! # fn demo(ds: &renkei::model::Dataset) -> Result<(), export::ExportError> {
//! let res = renkei::identity::resolve(ds);
//! let sel = Selection::of_networks(["kochi/kofukin", "kochi/platform"]);
//! let list = export::ContactList::build(ds, &res, &sel)?;
//! list.save(ds, "kochi.csv".as_ref(), false, ContactFormat::Csv, Encoding::Utf8Bom)?;
//! # Ok(()) }
//! ```

pub mod clean;
pub mod contacts;
pub mod csv;
pub mod dot;
mod error;
pub mod gexf;
pub mod graphdata;
pub mod graphml;
pub mod json;
pub mod markdown;
pub mod order;
mod safe_write;
mod selection;
#[cfg(test)]
mod testdata;
pub mod titles;
pub mod vcard;
pub mod xlsx;
mod xml;

use std::io::Write;
use std::path::{Path, PathBuf};

pub use contacts::{ContactRow, NetworkRole, RowKind, UNREGISTERED};
pub use csv::Encoding;
pub use error::ExportError;
pub use graphdata::{Edge, EdgeKind, GraphData, Node, NodeKind};
pub use safe_write::write_file;
pub use selection::Selection;

use crate::identity::Resolved;
use crate::model::{Dataset, Network};

/// Formats of a contact list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ContactFormat {
    /// For Excel (see [`Encoding`]).
    #[default]
    Csv,
    /// vCard 3.0, for phones and address books.
    Vcard,
    /// A printable attendance table.
    Markdown,
    /// An Excel workbook with typed text cells and a column per network.
    Xlsx,
}

impl ContactFormat {
    /// The usual file extension, without the dot.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            ContactFormat::Csv => "csv",
            ContactFormat::Vcard => "vcf",
            ContactFormat::Markdown => "md",
            ContactFormat::Xlsx => "xlsx",
        }
    }
}

/// Formats of a graph file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GraphFormat {
    /// Gephi and Cytoscape.
    #[default]
    Graphml,
    /// Gephi.
    Gexf,
    /// Graphviz.
    Dot,
    /// Node-link JSON for scripts and d3.
    Json,
}

impl GraphFormat {
    /// The usual file extension, without the dot.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            GraphFormat::Graphml => "graphml",
            GraphFormat::Gexf => "gexf",
            GraphFormat::Dot => "dot",
            GraphFormat::Json => "json",
        }
    }
}

/// The contact list of a selection: the networks it covers and its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactList {
    /// Indices into `Dataset::networks`, in dataset order.
    pub networks: Vec<u32>,
    /// Sorted by sector, organisation, reading.
    pub rows: Vec<ContactRow>,
}

impl ContactList {
    /// Builds the deduplicated rows of the networks `sel` picks.
    ///
    /// # Errors
    /// When the selection names an unknown network or picks none.
    pub fn build(ds: &Dataset, res: &Resolved, sel: &Selection) -> Result<Self, ExportError> {
        let networks = sel.resolve(ds)?;
        let rows = contacts::build_for(ds, res, &networks);
        Ok(ContactList { networks, rows })
    }

    /// Writes the list in `format`; `encoding` applies to CSV only (vCard
    /// and Markdown are always UTF-8 without BOM, xlsx is a zip of XML).
    ///
    /// # Errors
    /// [`ExportError::Encoding`] for a character Shift_JIS cannot hold
    /// (nothing is written then), [`ExportError::Write`] when `w` fails.
    pub fn write<W: Write + ?Sized>(
        &self,
        w: &mut W,
        ds: &Dataset,
        format: ContactFormat,
        encoding: Encoding,
    ) -> Result<(), ExportError> {
        match format {
            ContactFormat::Csv => csv::write(w, &self.rows, encoding),
            ContactFormat::Vcard => vcard::write(w, &self.rows),
            ContactFormat::Markdown => markdown::write(w, &self.selected(ds), &self.rows),
            ContactFormat::Xlsx => xlsx::write(w, &self.selected(ds), &self.rows),
        }
    }

    /// The networks of the list, in order.
    #[must_use]
    pub fn selected<'d>(&self, ds: &'d Dataset) -> Vec<&'d Network> {
        self.networks
            .iter()
            .filter_map(|&n| ds.networks.get(n as usize))
            .collect()
    }

    /// Writes the list to `path` with [`write_file`]: whole or not at all,
    /// an existing file replaced only with `force`.
    ///
    /// # Errors
    /// As [`write_file`] and [`ContactList::write`].
    pub fn save(
        &self,
        ds: &Dataset,
        path: &Path,
        force: bool,
        format: ContactFormat,
        encoding: Encoding,
    ) -> Result<PathBuf, ExportError> {
        write_file(path, force, |w| self.write(w, ds, format, encoding))
    }
}

impl GraphData {
    /// Writes the graph in `format`.
    ///
    /// # Errors
    /// [`ExportError::Write`] when `w` fails.
    pub fn write<W: Write + ?Sized>(
        &self,
        w: &mut W,
        format: GraphFormat,
    ) -> Result<(), ExportError> {
        match format {
            GraphFormat::Graphml => graphml::write(w, self),
            GraphFormat::Gexf => gexf::write(w, self),
            GraphFormat::Dot => dot::write(w, self),
            GraphFormat::Json => json::write(w, self),
        }
    }

    /// Writes the graph to `path` with [`write_file`].
    ///
    /// # Errors
    /// As [`write_file`] and [`GraphData::write`].
    pub fn save(
        &self,
        path: &Path,
        force: bool,
        format: GraphFormat,
    ) -> Result<PathBuf, ExportError> {
        write_file(path, force, |w| self.write(w, format))
    }
}

/// Exports the contact list of `sel` to `path` in one call.
///
/// # Errors
/// As [`ContactList::build`] and [`ContactList::save`].
pub fn contacts_to_file(
    ds: &Dataset,
    res: &Resolved,
    sel: &Selection,
    path: &Path,
    force: bool,
    format: ContactFormat,
    encoding: Encoding,
) -> Result<PathBuf, ExportError> {
    ContactList::build(ds, res, sel)?.save(ds, path, force, format, encoding)
}

/// Exports the graph of `sel` to `path` in one call.
///
/// # Errors
/// As [`graphdata::build`] and [`GraphData::save`].
pub fn graph_to_file(
    ds: &Dataset,
    res: &Resolved,
    sel: &Selection,
    path: &Path,
    force: bool,
    format: GraphFormat,
) -> Result<PathBuf, ExportError> {
    graphdata::build(ds, res, sel)?.save(path, force, format)
}
