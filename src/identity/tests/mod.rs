//! Tests of the identity stage, on keys, hand-built datasets and bare names.

mod key;
mod pairs;
mod people;
mod props;
mod resolve;
mod suggest;
