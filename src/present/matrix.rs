//! The membership matrix: members × shown networks, bridges (members of
//! two or more shown networks) first, each cell saying whether and how the
//! member sits in the network.

use serde::Serialize;

use super::members::{ShownNetwork, Who, cell, member_ids, order, reads_as_who, sector_of};
use crate::graph::View;
use crate::identity::EntityId;
use crate::model::Sector;

/// Rows by number of shown networks (most first), then sector and reading;
/// columns by program, then id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MembershipMatrix {
    pub networks: Vec<ShownNetwork>,
    pub rows: Vec<MatrixRow>,
}

/// One member and its cells, one per column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MatrixRow {
    #[serde(flatten)]
    pub who: Who,
    #[serde(serialize_with = "super::ser::sector")]
    pub sector: Sector,
    /// Shown networks it sits in.
    pub count: usize,
    pub cells: Vec<Membership>,
}

/// Whether and how a member sits in a network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "in", rename_all = "lowercase")]
pub enum Membership {
    /// Not a member.
    No,
    /// A member row of its own.
    Direct { role: Option<String> },
    /// An organisation present only through these people or positions.
    Via { via: Vec<String> },
}

impl Membership {
    /// `●` member, `○` through someone, `·` not: marks that read without
    /// colour.
    #[must_use]
    pub fn mark(&self) -> &'static str {
        match self {
            Membership::No => "·",
            Membership::Direct { .. } => "●",
            Membership::Via { .. } => "○",
        }
    }

    #[must_use]
    pub fn is_member(&self) -> bool {
        !matches!(self, Membership::No)
    }
}

reads_as_who!(MatrixRow);

impl MatrixRow {
    /// Whether it is a bridge (two or more shown networks).
    #[must_use]
    pub fn is_bridge(&self) -> bool {
        self.count >= 2
    }
}

impl MembershipMatrix {
    #[must_use]
    pub fn build(view: &View<'_>) -> Self {
        let networks = ShownNetwork::all(view);
        let mut ids: Vec<EntityId> = networks
            .iter()
            .flat_map(|n| member_ids(view, n.index))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        let rows_of = |e: EntityId| -> Vec<u32> {
            networks
                .iter()
                .filter(|n| member_ids_contains(view, n.index, e))
                .map(|n| n.index)
                .collect()
        };
        let mut rows: Vec<(EntityId, Vec<u32>)> =
            ids.into_iter().map(|e| (e, rows_of(e))).collect();
        rows.sort_by(|(a, na), (b, nb)| nb.len().cmp(&na.len()).then(order(view, *a, *b)));
        let rows = rows
            .into_iter()
            .map(|(e, nets)| row(view, &networks, e, &nets))
            .collect();
        MembershipMatrix { networks, rows }
    }

    /// The bridges: the first rows, up to the first member of one network.
    #[must_use]
    pub fn bridges(&self) -> &[MatrixRow] {
        let end = self.rows.partition_point(MatrixRow::is_bridge);
        &self.rows[..end]
    }
}

/// How entity `e` sits in network `n`, `No` unless it is a `member`.
pub(super) fn membership(view: &View<'_>, n: u32, e: EntityId, member: bool) -> Membership {
    if !member {
        return Membership::No;
    }
    let c = cell(view, n, e);
    if c.direct {
        Membership::Direct { role: c.role }
    } else {
        Membership::Via { via: c.via }
    }
}

fn member_ids_contains(view: &View<'_>, n: u32, e: EntityId) -> bool {
    view.entities_of(n).binary_search(&e).is_ok()
}

fn row(view: &View<'_>, networks: &[ShownNetwork], e: EntityId, nets: &[u32]) -> MatrixRow {
    let cells = networks
        .iter()
        .map(|n| membership(view, n.index, e, nets.contains(&n.index)))
        .collect();
    MatrixRow {
        who: Who::of(view, e),
        sector: sector_of(view, e),
        count: nets.len(),
        cells,
    }
}
