//! renkei: load, resolve and explore Japan's regional 産学官 networks.
//!
//! The library holds everything but the terminal: the loader turns a
//! directory of YAML files into a checked [`model::Dataset`] plus
//! [`diag::Diagnostic`]s; later stages work only on the checked model.

pub mod cli;
pub mod diag;
pub mod export;
pub mod identity;
pub mod loader;
pub mod model;
pub mod search;
pub mod synth;
pub mod text;
