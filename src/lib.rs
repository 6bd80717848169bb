//! renkei: load, resolve and explore Japan's regional 産学官 networks.
//!
//! The loader turns a directory of YAML files into a checked
//! [`model::Dataset`] plus [`diag::Diagnostic`]s; `identity` resolves who is
//! who, `graph` finds overlaps, `export` writes files other tools read, and
//! `tui` is the terminal browser — the only module that uses ratatui or
//! crossterm, so everything else is testable without a terminal.

pub mod cli;
pub mod diag;
pub mod export;
pub mod graph;
pub mod identity;
pub mod import;
pub mod loader;
pub mod model;
pub mod present;
pub mod readings;
pub mod registry_edit;
pub mod report;
pub mod search;
pub mod synth;
#[cfg(test)]
pub(crate) mod testkit;
pub mod text;
pub mod tui;
pub mod workspace;
pub mod yaml_out;
