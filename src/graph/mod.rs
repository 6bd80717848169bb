//! The overlap graph: networks and the entities they share (FORMAT.md
//! "Overlap").
//!
//! [`Overlap`] is built once from a dataset and its resolution. It holds the
//! two-mode graph (every network linked to every organisation, person and
//! position present in it; organisations also through their people and
//! positions) as a petgraph compressed sparse row graph, which doubles as
//! the inverted index entity → networks. Everything else asks a [`View`],
//! the graph seen through a [`Filter`]:
//!
//! * network × network: [`View::for_each_pair`], [`View::pairs`],
//!   [`View::matrix`], [`View::pair`] (shared entities with presence and
//!   brokers), [`View::network_ego`];
//! * entity × entity: [`View::for_each_entity_pair`], [`View::entity_ego`];
//! * bridges and keypersons: [`View::bridges`], [`View::keypersons`],
//!   [`View::betweenness`]; only links over every pair: [`View::only_links`];
//! * set views: [`View::sets`]; one network's members: [`View::roster`].
//!
//! Pairs are built through the inverted index, so their cost grows with the
//! sum over entities of their degree squared, never with the number of
//! networks squared, and they stream row by row. petgraph never shows
//! through: callers see network indices (into `Dataset::networks`, as in
//! `identity`), [`EntityId`](crate::identity::EntityId)s and the plain
//! structs below.

mod betweenness;
mod bridges;
mod ego;
mod filter;
mod json;
mod json_pairs;
mod links;
mod pairs;
mod rows;
mod sets;
mod view;

#[cfg(test)]
mod tests;

use std::sync::Mutex;

use petgraph::Undirected;
use petgraph::csr::Csr;

use crate::identity::Resolved;
use crate::model::Dataset;

pub use betweenness::{Betweenness, MIN_PIVOTS, Method, Sampling, WORK_BUDGET};
pub use bridges::{Bridge, Keyperson, Seat};
pub use ego::{CoMember, EntityEgo, EntityPair, EntityPairRef, NetworkEgo, Roster, RosterRow};
pub use filter::Filter;
pub use json::write_json;
pub use links::OnlyLink;
pub use pairs::{Cell, Matrix, NetworkPair, PairDetail, PairRef, Shared};
pub use sets::{Region, SetView};
pub use view::View;

/// Edges carry nothing: how an organisation is present is in
/// `Entity::presence`.
type TwoMode = Csr<(), (), Undirected, u32>;

/// The overlap graph of one dataset. Build it once per load and keep it
/// next to the dataset and resolution; ask it through [`Overlap::view`].
///
/// It owns only what it derived (the two-mode graph and a betweenness
/// cache), so it can live in the same struct as the [`Dataset`] and
/// [`Resolved`] it was built from; queries take those two again.
pub struct Overlap {
    /// Nodes `0..networks` are networks (same index as `Dataset::networks`),
    /// node `networks + e` is entity `e`.
    graph: TwoMode,
    networks: u32,
    entities: u32,
    /// The last betweenness computed, keyed by its network selection and
    /// sampling, so asking again for the same networks is free.
    cache: Mutex<Option<betweenness::Cached>>,
}

impl std::fmt::Debug for Overlap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Overlap")
            .field("networks", &self.networks)
            .field("entities", &self.entities)
            .field("edges", &self.graph.edge_count())
            .finish_non_exhaustive()
    }
}

impl Overlap {
    /// Builds the two-mode graph of `ds` as `res` (its resolution) sees it:
    /// O(memberships).
    #[must_use]
    pub fn new(ds: &Dataset, res: &Resolved) -> Self {
        let networks = to_u32(ds.networks.len().min(res.networks().len()));
        let entities = to_u32(res.entities().len());
        let mut edges: Vec<(u32, u32)> = Vec::new();
        for (n, list) in (0..networks).zip(res.networks()) {
            // Organisations, people, positions: ascending entity ids.
            edges.extend(list.all().map(|e| (n, networks + e.0)));
        }
        for (e, entity) in (0u32..).zip(res.entities()) {
            edges.extend(
                entity
                    .networks
                    .iter()
                    .filter(|&&n| n < networks)
                    .map(|&n| (networks + e, n)),
            );
        }
        // Sorted by construction (entity ids ascend by kind); checking
        // costs one pass, and sorting keeps the graph whole if that ever
        // changes.
        if !edges.is_sorted() {
            edges.sort_unstable();
        }
        edges.dedup();
        let mut graph = TwoMode::from_sorted_edges(&edges).unwrap_or_default();
        drop(edges);
        while graph.node_count() < (networks + entities) as usize {
            graph.add_node(());
        }
        Overlap {
            graph,
            networks,
            entities,
            cache: Mutex::new(None),
        }
    }

    /// Number of networks.
    #[must_use]
    pub fn network_count(&self) -> usize {
        self.networks as usize
    }

    /// Number of entities.
    #[must_use]
    pub fn entity_count(&self) -> usize {
        self.entities as usize
    }

    /// The graph through `filter`: O(memberships) to build, then every query
    /// is cheap to repeat. `ds` and `res` must be the ones the overlap was
    /// built from; given others of a different size, the view is empty.
    #[must_use]
    pub fn view<'a>(&'a self, ds: &'a Dataset, res: &'a Resolved, filter: &Filter) -> View<'a> {
        View::new(self, ds, res, filter)
    }

    /// Whether `ds` and `res` are the size this overlap was built for.
    fn fits(&self, ds: &Dataset, res: &Resolved) -> bool {
        ds.networks.len() >= self.networks as usize
            && res.networks().len() >= self.networks as usize
            && res.entities().len() == self.entities as usize
    }

    /// Neighbour nodes in the two-mode graph, ascending.
    fn neighbours(&self, node: u32) -> &[u32] {
        if (node as usize) < self.graph.node_count() {
            self.graph.neighbors_slice(node)
        } else {
            &[]
        }
    }
}

fn to_u32(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}
