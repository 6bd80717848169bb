//! Tests of the overlap graph: hand-checked facts on the seed networks,
//! hand-built datasets, and properties of generated ones.

mod data;
mod links;
mod props;
mod seed;
mod small;
