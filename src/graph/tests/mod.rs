//! Tests of the overlap graph: hand-checked facts on the bundled networks,
//! hand-built datasets, and properties of generated ones.

mod bundled;
mod data;
mod props;
mod small;
