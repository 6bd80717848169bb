//! Set views of a selection of networks: what all of them share, what only
//! one has, the union, and every Venn region in between.

use super::View;
use crate::identity::EntityId;

/// The entities found in exactly one combination of the selected networks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// Ascending network indices.
    pub networks: Vec<u32>,
    /// Ascending.
    pub entities: Vec<EntityId>,
}

/// A Venn read-out of some networks (counted entities only).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SetView {
    /// The networks compared, ascending, without repeats.
    pub networks: Vec<u32>,
    /// In every one of them.
    pub common: Vec<EntityId>,
    /// Per network (same order as `networks`): in that one and no other.
    pub only: Vec<(u32, Vec<EntityId>)>,
    /// In any of them.
    pub union: Vec<EntityId>,
    /// Every non-empty region: most networks first, then by the networks.
    pub regions: Vec<Region>,
}

impl View<'_> {
    /// Compares `networks` (indices; those the view does not select are
    /// left out; an empty list means all of the view's networks).
    #[must_use]
    pub fn sets(&self, networks: &[u32]) -> SetView {
        let mut nets: Vec<u32> = if networks.is_empty() {
            self.networks().to_vec()
        } else {
            networks
                .iter()
                .copied()
                .filter(|&n| self.has_network(n))
                .collect()
        };
        nets.sort_unstable();
        nets.dedup();
        let mut seen: Vec<(EntityId, u32)> = nets
            .iter()
            .flat_map(|&n| self.entities_of(n).iter().map(move |&e| (e, n)))
            .collect();
        seen.sort_unstable();
        let mut by_entity: Vec<(EntityId, Vec<u32>)> = Vec::new();
        for (e, n) in seen {
            match by_entity.last_mut() {
                Some((prev, nets_of)) if *prev == e => nets_of.push(n),
                _ => by_entity.push((e, vec![n])),
            }
        }
        let mut out = SetView {
            common: by_entity
                .iter()
                .filter(|(_, l)| !nets.is_empty() && l.len() == nets.len())
                .map(|(e, _)| *e)
                .collect(),
            only: nets.iter().map(|&n| (n, Vec::new())).collect(),
            union: by_entity.iter().map(|(e, _)| *e).collect(),
            ..SetView::default()
        };
        for (e, list) in &by_entity {
            if let [n] = list[..]
                && let Ok(i) = nets.binary_search(&n)
            {
                out.only[i].1.push(*e);
            }
        }
        by_entity.sort_by(|(x, a), (y, b)| b.len().cmp(&a.len()).then(a.cmp(b)).then(x.cmp(y)));
        for (e, list) in by_entity {
            match out.regions.last_mut() {
                Some(r) if r.networks == list => r.entities.push(e),
                _ => out.regions.push(Region {
                    networks: list,
                    entities: vec![e],
                }),
            }
        }
        out.networks = nets;
        out
    }
}
