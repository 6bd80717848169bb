//! [`View`]: the two-mode graph seen through a [`Filter`], as two compact
//! adjacency lists (network → entities, entity → networks) that every query
//! walks.

use super::{Filter, Overlap, to_u32};
use crate::identity::{Entity, EntityId, Resolved};
use crate::model::{Dataset, Network};

/// The graph through a filter. Build with [`Overlap::view`]; all queries
/// (pairs, bridges, sets, ego networks) are methods of this type. Results
/// hold indices and [`EntityId`]s; [`View::network`] and [`View::entity`]
/// turn them into names.
#[derive(Debug)]
pub struct View<'a> {
    pub(super) ov: &'a Overlap,
    pub(super) ds: &'a Dataset,
    pub(super) res: &'a Resolved,
    pub(super) filter: Filter,
    /// Selected network indices, ascending (so ids ascending).
    nets: Vec<u32>,
    /// By network index.
    selected: Vec<bool>,
    /// By entity index: matches the entity conditions and sits in at least
    /// one selected network.
    eligible: Vec<bool>,
    /// Entity → selected networks, ascending; only eligible entities.
    ent_nets: Lists<u32>,
    /// Network → eligible entities, ascending; only selected networks.
    net_ents: Lists<EntityId>,
}

/// Adjacency lists in one vector: list `i` is
/// `items[start[i]..start[i + 1]]`.
#[derive(Debug, Default)]
struct Lists<T> {
    start: Vec<u32>,
    items: Vec<T>,
}

impl<T> Lists<T> {
    fn with_capacity(lists: usize) -> Self {
        Lists {
            start: Vec::with_capacity(lists + 1),
            items: Vec::new(),
        }
    }

    /// Appends the next list.
    fn push(&mut self, items: impl IntoIterator<Item = T>) -> usize {
        self.start.push(to_u32(self.items.len()));
        let before = self.items.len();
        self.items.extend(items);
        self.items.len() - before
    }

    /// Closes the last list.
    fn finish(mut self) -> Self {
        self.start.push(to_u32(self.items.len()));
        self
    }

    fn get(&self, i: usize) -> &[T] {
        match (self.start.get(i), self.start.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.items[a as usize..b as usize],
            _ => &[],
        }
    }
}

impl<'a> View<'a> {
    pub(super) fn new(
        ov: &'a Overlap,
        ds: &'a Dataset,
        res: &'a Resolved,
        filter: &Filter,
    ) -> Self {
        let fits = ov.fits(ds, res);
        let n = if fits { ov.networks as usize } else { 0 };
        let all = filter.selects_all_networks();
        let selected: Vec<bool> = ds.networks[..n]
            .iter()
            .map(|net| all || filter.network_matches(net))
            .collect();
        let nets: Vec<u32> = (0u32..)
            .zip(&selected)
            .filter_map(|(i, &s)| s.then_some(i))
            .collect();
        let entities = if fits { res.entities() } else { &[] };
        let (eligible, ent_nets) = entity_lists(ov, entities, filter, &selected);
        let mut net_ents = Lists::with_capacity(n);
        for (i, &sel) in (0u32..).zip(&selected) {
            let nodes = if sel { ov.neighbours(i) } else { &[] };
            net_ents.push(
                nodes
                    .iter()
                    .map(|&x| x - ov.networks)
                    .filter(|&e| eligible[e as usize])
                    .map(EntityId),
            );
        }
        View {
            ov,
            ds,
            res,
            filter: filter.clone(),
            nets,
            selected,
            eligible,
            ent_nets,
            net_ents: net_ents.finish(),
        }
    }

    /// The overlap this view looks at.
    #[must_use]
    pub fn overlap(&self) -> &'a Overlap {
        self.ov
    }

    #[must_use]
    pub fn dataset(&self) -> &'a Dataset {
        self.ds
    }

    #[must_use]
    pub fn resolved(&self) -> &'a Resolved {
        self.res
    }

    #[must_use]
    pub fn filter(&self) -> &Filter {
        &self.filter
    }

    /// The same graph through another filter (say, every kind counted).
    #[must_use]
    pub fn with_filter(&self, filter: &Filter) -> View<'a> {
        View::new(self.ov, self.ds, self.res, filter)
    }

    /// Selected network indices, ascending (and so in id order).
    #[must_use]
    pub fn networks(&self) -> &[u32] {
        &self.nets
    }

    /// Whether network index `n` is selected.
    #[must_use]
    pub fn has_network(&self, n: u32) -> bool {
        self.selected.get(n as usize).copied().unwrap_or(false)
    }

    /// Whether an entity passes the entity conditions and sits in a
    /// selected network.
    #[must_use]
    pub fn has_entity(&self, e: EntityId) -> bool {
        self.eligible.get(e.0 as usize).copied().unwrap_or(false)
    }

    /// Counted entities, ascending.
    pub fn entities(&self) -> impl Iterator<Item = EntityId> + '_ {
        (0u32..)
            .zip(&self.eligible)
            .filter_map(|(e, &ok)| ok.then_some(EntityId(e)))
    }

    /// Counted entities present in network `n` (organisations by presence),
    /// ascending: organisations, then people, then positions. Empty for a
    /// network that is not selected.
    #[must_use]
    pub fn entities_of(&self, n: u32) -> &[EntityId] {
        self.net_ents.get(n as usize)
    }

    /// Selected networks entity `e` is present in, ascending. Empty for an
    /// entity the filter leaves out.
    #[must_use]
    pub fn networks_of(&self, e: EntityId) -> &[u32] {
        self.ent_nets.get(e.0 as usize)
    }

    /// Selected networks an entity is present in whatever the entity
    /// conditions say (for listing members the filter does not count).
    pub fn all_networks_of(&self, e: EntityId) -> impl Iterator<Item = u32> + '_ {
        self.ov
            .neighbours(self.ov.networks + e.0)
            .iter()
            .copied()
            .filter(|&n| self.has_network(n))
    }

    /// A network by index.
    ///
    /// # Panics
    /// If `n` is not a network index of the dataset.
    #[must_use]
    pub fn network(&self, n: u32) -> &'a Network {
        &self.ds.networks[n as usize]
    }

    /// Index of the network with this id (selected or not).
    #[must_use]
    pub fn network_index(&self, id: &str) -> Option<u32> {
        self.ds
            .networks
            .binary_search_by(|n| n.id.as_str().cmp(id))
            .ok()
            .map(to_u32)
            .filter(|&i| i < self.ov.networks)
    }

    /// An entity by id.
    ///
    /// # Panics
    /// If `e` did not come from this dataset's resolution.
    #[must_use]
    pub fn entity(&self, e: EntityId) -> &'a Entity {
        self.res.entity(e)
    }

    /// Number of selected two-mode edges (network–entity presences).
    #[must_use]
    pub fn edge_count(&self) -> usize {
        self.ent_nets.items.len()
    }
}

/// Which entities count (entity conditions, and present in a selected
/// network), and each one's selected networks.
fn entity_lists(
    ov: &Overlap,
    entities: &[Entity],
    filter: &Filter,
    selected: &[bool],
) -> (Vec<bool>, Lists<u32>) {
    let mut eligible = vec![false; entities.len()];
    let mut lists = Lists::with_capacity(entities.len());
    for (e, entity) in (0u32..).zip(entities) {
        let nodes = if filter.entity_matches(entity) {
            ov.neighbours(ov.networks + e)
        } else {
            &[]
        };
        let found = lists.push(nodes.iter().copied().filter(|&x| selected[x as usize]));
        eligible[e as usize] = found > 0;
    }
    (eligible, lists.finish())
}
