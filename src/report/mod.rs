//! The shareable report: every presentation model of one view gathered
//! with the sources of its networks and an "as of" line, and written as
//! one self-contained HTML page ([`html::write`]) with an SVG lane drawing
//! ([`svg`]).
//!
//! Building reads nothing from disk: file dates come from the caller, so
//! the same data, dates and version always give the same bytes.

pub mod date;
mod escape;
pub mod html;
mod html_people;
pub mod svg;

#[cfg(test)]
mod tests;

use crate::graph::{Sampling, View};
use crate::model::SourceFile;
use crate::present::{
    HeatMap, LaneLayout, MembershipMatrix, People, ProgramTable, ShownNetwork, describe,
};

/// Everything the page shows.
#[derive(Debug, Clone)]
pub struct Report {
    /// `高知県 (3 networks)`.
    pub scope: String,
    pub table: ProgramTable,
    pub matrix: MembershipMatrix,
    pub heat: HeatMap,
    pub lanes: LaneLayout,
    pub people: People,
    /// One per shown network, by program then id.
    pub sources: Vec<Source>,
    pub as_of: AsOf,
}

/// Where one network's data comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub network: ShownNetwork,
    /// The file, relative to the data directory.
    pub file: String,
    /// Its modification date, `2026-12-01`.
    pub modified: Option<String>,
}

/// How current the page is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AsOf {
    /// The renkei version that wrote it.
    pub version: String,
    /// Oldest and newest modification dates of the shown networks' files.
    pub oldest: Option<String>,
    pub newest: Option<String>,
}

impl Report {
    /// Builds the report of `view`. `modified` gives a file's
    /// modification date (the CLI reads it from disk; tests pass fixed
    /// dates).
    #[must_use]
    pub fn build(
        view: &View<'_>,
        sampling: Sampling,
        modified: &dyn Fn(&SourceFile) -> Option<String>,
        version: &str,
    ) -> Report {
        let ds = view.dataset();
        let sources: Vec<Source> = ShownNetwork::all(view)
            .into_iter()
            .map(|network| {
                let file = ds.file(view.network(network.index).file);
                Source {
                    file: file.rel.clone(),
                    modified: modified(file),
                    network,
                }
            })
            .collect();
        let dates = || sources.iter().filter_map(|s| s.modified.clone());
        Report {
            scope: describe(view.filter(), view.networks().len()),
            table: ProgramTable::build(view),
            matrix: MembershipMatrix::build(view),
            heat: HeatMap::build(view),
            lanes: LaneLayout::build(view),
            people: People::build(view, sampling),
            as_of: AsOf {
                version: version.to_owned(),
                oldest: dates().min(),
                newest: dates().max(),
            },
            sources,
        }
    }
}
