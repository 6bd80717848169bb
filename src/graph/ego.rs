//! Entity × entity (who sits together, and where), ego networks of an
//! entity or a network, and one network's members marked by where else
//! they sit.

use super::rows::Rows;
use super::{NetworkPair, View};
use crate::identity::{EntityId, MemberRef};

/// Two entities that sit together, borrowed from a row buffer (see
/// [`View::for_each_entity_pair`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntityPairRef<'r> {
    /// `a < b`.
    pub a: EntityId,
    pub b: EntityId,
    /// Selected networks both are present in, ascending.
    pub networks: &'r [u32],
}

/// An owned [`EntityPairRef`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityPair {
    pub a: EntityId,
    pub b: EntityId,
    pub networks: Vec<u32>,
}

/// Someone an entity sits with, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoMember {
    pub entity: EntityId,
    /// Selected networks both are present in, ascending.
    pub networks: Vec<u32>,
}

/// An entity, its networks and everyone it sits with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityEgo {
    pub entity: EntityId,
    pub networks: Vec<u32>,
    /// Most shared networks first, then ascending entity.
    pub neighbours: Vec<CoMember>,
}

/// A network, its counted entities and the networks it shares them with.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkEgo {
    pub network: u32,
    pub entities: Vec<EntityId>,
    /// Each with `a` = this network; most shared first, then by index.
    pub neighbours: Vec<NetworkPair>,
}

/// One member row of a network and where else what it names sits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterRow {
    pub member: MemberRef,
    /// The organisation, person or position the row is.
    pub entity: Option<EntityId>,
    /// The organisation the row names in `org`, if any.
    pub org: Option<EntityId>,
    /// Other selected networks `entity` is present in, ascending.
    pub elsewhere: Vec<u32>,
    /// For a person or position: other selected networks its
    /// organisation is present in (directly or through anyone).
    pub org_elsewhere: Vec<u32>,
}

/// A network's member rows in file order (whatever the entity conditions
/// say), each marked by the other networks of the view it also sits in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Roster {
    pub network: u32,
    pub rows: Vec<RosterRow>,
}

impl View<'_> {
    /// Calls `f` for every pair of counted entities present together in at
    /// least `min_shared` selected networks, once per pair with `a < b`,
    /// ordered by `a` then `b`. Costs the sum over networks of their size
    /// squared; memory stays at one row.
    pub fn for_each_entity_pair(&self, mut f: impl FnMut(EntityPairRef<'_>)) {
        let mut rows = Rows::new(self.ov.entity_count());
        for a in self.entities() {
            self.entity_row(a, true, &mut rows, &mut f);
        }
    }

    /// All pairs of [`View::for_each_entity_pair`], collected.
    #[must_use]
    pub fn entity_pairs(&self) -> Vec<EntityPair> {
        let mut out = Vec::new();
        self.for_each_entity_pair(|p| {
            out.push(EntityPair {
                a: p.a,
                b: p.b,
                networks: p.networks.to_vec(),
            });
        });
        out
    }

    fn entity_row(
        &self,
        a: EntityId,
        after: bool,
        rows: &mut Rows<u32>,
        mut f: impl FnMut(EntityPairRef<'_>),
    ) {
        // The network projection with the two node sets swapped: entities
        // are the partners, networks what they share.
        let partners = |n: u32| {
            let list = self.entities_of(n);
            let from = if after {
                list.partition_point(|&x| x <= a)
            } else {
                0
            };
            list[from..].iter().map(|e| e.0)
        };
        rows.collect(
            a.0,
            self.networks_of(a).iter().copied(),
            partners,
            self.filter.min(),
            |b, networks| {
                f(EntityPairRef {
                    a,
                    b: EntityId(b),
                    networks,
                });
            },
        );
    }

    /// An entity's selected networks and everyone it sits with there
    /// (counted entities, at least `min_shared` networks together).
    #[must_use]
    pub fn entity_ego(&self, e: EntityId) -> EntityEgo {
        let mut rows = Rows::new(self.ov.entity_count());
        let mut neighbours = Vec::new();
        self.entity_row(e, false, &mut rows, |p| {
            neighbours.push(CoMember {
                entity: p.b,
                networks: p.networks.to_vec(),
            });
        });
        neighbours.sort_by(|x, y| {
            y.networks
                .len()
                .cmp(&x.networks.len())
                .then(x.entity.cmp(&y.entity))
        });
        EntityEgo {
            entity: e,
            networks: self.networks_of(e).to_vec(),
            neighbours,
        }
    }

    /// A network's counted entities and the networks sharing at least
    /// `min_shared` of them.
    #[must_use]
    pub fn network_ego(&self, n: u32) -> NetworkEgo {
        let mut rows = Rows::new(self.ov.network_count());
        let mut neighbours = Vec::new();
        self.row(n, false, &mut rows, |p| neighbours.push(p.to_owned()));
        neighbours.sort_by(|x, y| y.shared.len().cmp(&x.shared.len()).then(x.b.cmp(&y.b)));
        NetworkEgo {
            network: n,
            entities: self.entities_of(n).to_vec(),
            neighbours,
        }
    }

    /// Network `n`'s member rows, each with the other selected networks its
    /// entity (and, for people and positions, its organisation) is present
    /// in. `None` for an index out of range; the network itself need not be
    /// selected.
    #[must_use]
    pub fn roster(&self, n: u32) -> Option<Roster> {
        let res = self.res;
        let net = self.ds.networks.get(n as usize)?;
        let elsewhere = |e: Option<EntityId>| -> Vec<u32> {
            e.map(|e| self.all_networks_of(e).filter(|&x| x != n).collect())
                .unwrap_or_default()
        };
        let rows = (0u32..)
            .zip(&net.members)
            .map(|(i, _)| {
                let member = MemberRef {
                    network: n,
                    member: i,
                };
                let found = res.member(member);
                let entity = found.map(|m| m.entity);
                let org = found.and_then(|m| m.org).filter(|&o| Some(o) != entity);
                RosterRow {
                    member,
                    entity,
                    org: found.and_then(|m| m.org),
                    elsewhere: elsewhere(entity),
                    org_elsewhere: elsewhere(org),
                }
            })
            .collect();
        Some(Roster { network: n, rows })
    }
}
