//! Presentation models of the overlap: the program table, the membership
//! matrix, the lane layout, the heat map and keypersons in detail.
//!
//! Each model is plain data built once from a [`View`](crate::graph::View):
//! rows and cells with the strings to show and the
//! [`EntityId`](crate::identity::EntityId)s and network indices behind
//! them, in a deterministic order, so a terminal view, a CLI printer and
//! the HTML report render the same thing from read-only state. Strings are
//! the data as written; each renderer sanitises or escapes for its medium.
//!
//! "Members" here are what the government's 「地域の産学官ネットワークの
//! 可視化」 table lists: organisations (with the people and positions
//! through whom they are present) and people or positions that belong to
//! no organisation shown in that network.

mod crossing;
pub mod heat;
pub mod lanes;
pub mod matrix;
pub mod members;
pub mod people;
pub mod scope;
mod ser;
pub mod table;

#[cfg(test)]
mod tests;

pub use heat::HeatMap;
pub use lanes::{LaneLayout, crossings};
pub use matrix::{MatrixRow, Membership, MembershipMatrix};
pub use members::{MemberCell, ShownNetwork, Who};
pub use people::{KeypersonDetail, OnlyLink, People};
pub use scope::{describe, describe_in};
pub use table::{ProgramColumn, ProgramTable, SectorGroup, TableNetwork};
