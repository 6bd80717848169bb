//! The program table, after the Cabinet Office's 「地域の産学官ネットワーク
//! の可視化」: one column per program present, each holding its networks
//! and their members grouped 【学】【官】【産】【金】【他】.

use serde::Serialize;

use super::members::{MemberCell, ShownNetwork, cell, member_ids};
use crate::graph::View;
use crate::identity::EntityId;
use crate::model::{Program, Sector};

/// Every shown network, by program.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProgramTable {
    /// Programs with at least one shown network, in [`Program::ALL`] order.
    pub columns: Vec<ProgramColumn>,
}

/// One program's networks, by id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProgramColumn {
    #[serde(serialize_with = "super::ser::program")]
    pub program: Program,
    /// 交付金, COI-NEXT, プラットフォーム, その他.
    pub label: &'static str,
    pub networks: Vec<TableNetwork>,
}

/// One network: its header and its members by sector.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableNetwork {
    #[serde(flatten)]
    pub network: ShownNetwork,
    /// Non-empty groups in 学官産金他 order.
    pub groups: Vec<SectorGroup>,
}

/// Members of one sector, by reading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectorGroup {
    #[serde(serialize_with = "super::ser::sector")]
    pub sector: Sector,
    /// 学, 官, 産, 金, 他.
    pub label: &'static str,
    pub members: Vec<MemberCell>,
}

impl ProgramTable {
    /// The table of the view's networks.
    #[must_use]
    pub fn build(view: &View<'_>) -> Self {
        let mut columns: Vec<ProgramColumn> = Vec::new();
        for network in ShownNetwork::all(view) {
            let groups = groups(view, network.index);
            let entry = TableNetwork { network, groups };
            match columns.last_mut() {
                Some(c) if c.program == entry.network.program => c.networks.push(entry),
                _ => columns.push(ProgramColumn {
                    program: entry.network.program,
                    label: entry.network.program.label_ja(),
                    networks: vec![entry],
                }),
            }
        }
        ProgramTable { columns }
    }

    /// Every network of every column, in column order.
    pub fn networks(&self) -> impl Iterator<Item = &TableNetwork> {
        self.columns.iter().flat_map(|c| &c.networks)
    }

    /// The columns and positions where an entity appears, so a cursor on
    /// it can light up the same entity everywhere: (column, network in
    /// column, group, member).
    #[must_use]
    pub fn find(&self, e: EntityId) -> Vec<(usize, usize, usize, usize)> {
        let mut out = Vec::new();
        for (c, col) in self.columns.iter().enumerate() {
            for (n, net) in col.networks.iter().enumerate() {
                for (g, group) in net.groups.iter().enumerate() {
                    for (m, cell) in group.members.iter().enumerate() {
                        if cell.entity == e {
                            out.push((c, n, g, m));
                        }
                    }
                }
            }
        }
        out
    }
}

impl TableNetwork {
    /// Every member, group by group.
    pub fn members(&self) -> impl Iterator<Item = &MemberCell> {
        self.groups.iter().flat_map(|g| &g.members)
    }
}

fn groups(view: &View<'_>, n: u32) -> Vec<SectorGroup> {
    let mut out: Vec<SectorGroup> = Vec::new();
    // member_ids sorts by sector first, so groups come out in order.
    for e in member_ids(view, n) {
        let c = cell(view, n, e);
        match out.last_mut() {
            Some(g) if g.sector == c.sector => g.members.push(c),
            _ => out.push(SectorGroup {
                sector: c.sector,
                label: c.sector.label_ja(),
                members: vec![c],
            }),
        }
    }
    out
}
