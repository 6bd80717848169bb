//! The lane layout of the overlap drawing: shown networks as vertical
//! lanes (by program), each member shared by two or more of them as a row
//! with a mark in each of its lanes, rows and lanes ordered to cut line
//! crossings (see [`crossing`](super::crossing)), and under each lane the
//! count of its members folded away because they sit in no other lane.
//!
//! Lanes are columns and rows are lines, so no two labels can overlap:
//! row labels stack at the left, lane headings stack at the top.

use serde::Serialize;

use super::crossing::{Incidence, Orders};
use super::matrix::Membership;
use super::members::{ShownNetwork, cell, member_ids, order};
use crate::graph::View;
use crate::identity::{EntityId, EntityKind};
use crate::model::Sector;

/// The drawing's data, in drawing order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LaneLayout {
    pub lanes: Vec<Lane>,
    pub rows: Vec<LaneRow>,
    /// Line crossings of this order.
    pub crossings: usize,
    /// Line crossings of the starting order (lanes by program and id, rows
    /// by sector and reading), for comparison.
    pub input_crossings: usize,
}

/// One shown network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Lane {
    #[serde(flatten)]
    pub network: ShownNetwork,
    /// Members in this lane only, not drawn as rows.
    pub folded: usize,
    /// Rows with a mark in this lane.
    pub shared: usize,
}

/// One shared member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LaneRow {
    #[serde(skip)]
    pub entity: EntityId,
    #[serde(rename = "id")]
    pub entity_id: String,
    #[serde(serialize_with = "super::ser::kind")]
    pub kind: EntityKind,
    pub name: String,
    #[serde(serialize_with = "super::ser::sector")]
    pub sector: Sector,
    /// One per lane, in lane order.
    pub marks: Vec<Membership>,
    /// First and last lane with a mark: the line to draw.
    pub span: (usize, usize),
}

impl LaneLayout {
    #[must_use]
    pub fn build(view: &View<'_>) -> Self {
        let networks = ShownNetwork::all(view);
        let members: Vec<Vec<EntityId>> =
            networks.iter().map(|n| member_ids(view, n.index)).collect();
        let mut shared: Vec<EntityId> = members
            .iter()
            .flatten()
            .copied()
            .filter(|&e| view.networks_of(e).len() >= 2)
            .collect();
        shared.sort_by(|&a, &b| order(view, a, b));
        shared.dedup();
        let incidence = Incidence {
            rows: shared
                .iter()
                .map(|&e| {
                    let nets = view.networks_of(e);
                    (0..networks.len())
                        .filter(|&l| nets.binary_search(&networks[l].index).is_ok())
                        .collect()
                })
                .collect(),
            groups: networks.iter().map(|n| n.program as usize).collect(),
        };
        let input_crossings = incidence.crossings(&incidence.input_order());
        let orders = incidence.arrange();
        let crossings = incidence.crossings(&orders);
        let lanes = lanes(&networks, &members, &incidence, &orders, view);
        let rows = orders
            .rows
            .iter()
            .map(|&r| row(view, &lanes, shared[r], &incidence.rows[r], &orders))
            .collect();
        LaneLayout {
            lanes,
            rows,
            crossings,
            input_crossings,
        }
    }
}

fn lanes(
    networks: &[ShownNetwork],
    members: &[Vec<EntityId>],
    incidence: &Incidence,
    orders: &Orders,
    view: &View<'_>,
) -> Vec<Lane> {
    orders
        .lanes
        .iter()
        .map(|&l| Lane {
            network: networks[l].clone(),
            folded: members[l]
                .iter()
                .filter(|&&e| view.networks_of(e).len() < 2)
                .count(),
            shared: incidence.rows.iter().filter(|r| r.contains(&l)).count(),
        })
        .collect()
}

fn row(view: &View<'_>, lanes: &[Lane], e: EntityId, in_lanes: &[usize], o: &Orders) -> LaneRow {
    let entity = view.entity(e);
    let marks: Vec<Membership> = lanes
        .iter()
        .zip(&o.lanes)
        .map(|(lane, l)| {
            if !in_lanes.contains(l) {
                return Membership::No;
            }
            let c = cell(view, lane.network.index, e);
            if c.direct {
                Membership::Direct { role: c.role }
            } else {
                Membership::Via { via: c.via }
            }
        })
        .collect();
    let first = marks.iter().position(Membership::is_member).unwrap_or(0);
    let last = marks.iter().rposition(Membership::is_member).unwrap_or(0);
    LaneRow {
        entity: e,
        entity_id: entity.id.clone(),
        kind: entity.kind,
        name: entity.name.clone(),
        sector: entity.sector.unwrap_or(Sector::Other),
        marks,
        span: (first, last),
    }
}

/// Crossings of a layout as drawn, counted again from its marks: what a
/// test (or a curious reader) can check against [`LaneLayout::crossings`].
#[must_use]
pub fn crossings(layout: &LaneLayout) -> usize {
    let incidence = Incidence {
        rows: layout
            .rows
            .iter()
            .map(|r| {
                (0..r.marks.len())
                    .filter(|&l| r.marks[l].is_member())
                    .collect()
            })
            .collect(),
        groups: vec![0; layout.lanes.len()],
    };
    incidence.crossings(&incidence.input_order())
}
