//! Bridges (entities in two or more networks) and keypersons (people and
//! positions that are bridges), ranked by programs, then networks, then
//! brokerage.

use std::cmp::Ordering;

use super::{Sampling, View};
use crate::identity::{EntityId, EntityKind, MemberRef};
use crate::model::{Dataset, Member, Program};

/// An entity present in two or more selected networks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bridge {
    pub entity: EntityId,
    /// Selected networks it is present in, ascending.
    pub networks: Vec<u32>,
    /// Their programs, in [`Program::ALL`] order, without repeats.
    pub programs: Vec<Program>,
}

impl Bridge {
    /// Whether its networks span two or more programs.
    #[must_use]
    pub fn is_cross_program(&self) -> bool {
        self.programs.len() >= 2
    }
}

/// One seat an entity holds: a member row of its own. Its `role` and
/// `title` are a lookup away ([`Seat::role`], [`Seat::title`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seat {
    pub network: u32,
    pub member: MemberRef,
}

impl Seat {
    /// The row's `role` in the network (代表機関, 委員 …).
    #[must_use]
    pub fn role<'d>(&self, ds: &'d Dataset) -> Option<&'d str> {
        row(ds, self.member).and_then(|m| m.role.as_deref())
    }

    /// The row's `title` (役職).
    #[must_use]
    pub fn title<'d>(&self, ds: &'d Dataset) -> Option<&'d str> {
        row(ds, self.member).and_then(|m| m.title.as_deref())
    }
}

fn row(ds: &Dataset, at: MemberRef) -> Option<&Member> {
    ds.networks
        .get(at.network as usize)?
        .members
        .get(at.member as usize)
}

/// A ranked bridge with its brokerage and seats.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyperson {
    pub bridge: Bridge,
    /// Normalised betweenness in the view's two-mode graph.
    pub betweenness: f64,
    /// Its member rows in selected networks, in dataset order. An
    /// organisation present only through its people has no seat there.
    pub seats: Vec<Seat>,
}

impl View<'_> {
    /// Counted entities in at least `min_shared` (and at least two)
    /// selected networks, most programs first, then most networks, then by
    /// entity id. No betweenness is computed.
    #[must_use]
    pub fn bridges(&self) -> Vec<Bridge> {
        let min = self.filter.min().max(2);
        let mut out: Vec<Bridge> = self
            .entities()
            .filter(|&e| self.networks_of(e).len() >= min)
            .map(|e| self.bridge(e))
            .collect();
        out.sort_by(|a, b| rank(a, b).then(a.entity.cmp(&b.entity)));
        out
    }

    fn bridge(&self, e: EntityId) -> Bridge {
        let networks = self.networks_of(e).to_vec();
        let mut seen = [false; Program::ALL.len()];
        for &n in &networks {
            seen[self.network(n).program as usize] = true;
        }
        let programs = Program::ALL
            .into_iter()
            .filter(|&p| seen[p as usize])
            .collect();
        Bridge {
            entity: e,
            networks,
            programs,
        }
    }

    /// Keypersons: bridges that are people or positions (or, when the
    /// filter names kinds, bridges of those kinds), ranked by programs,
    /// then networks, then betweenness (computed here, see
    /// [`View::betweenness`]), then entity id.
    #[must_use]
    pub fn keypersons(&self, sampling: Sampling) -> Vec<Keyperson> {
        let kinds: &[EntityKind] = if self.filter.kinds.is_empty() {
            &[EntityKind::Person, EntityKind::Position]
        } else {
            &self.filter.kinds
        };
        let bridges: Vec<Bridge> = self
            .bridges()
            .into_iter()
            .filter(|b| kinds.contains(&self.entity(b.entity).kind))
            .collect();
        if bridges.is_empty() {
            return Vec::new();
        }
        let centrality = self.betweenness(sampling);
        let mut out: Vec<Keyperson> = bridges
            .into_iter()
            .map(|bridge| Keyperson {
                betweenness: centrality.entity(bridge.entity),
                seats: self.seats(bridge.entity),
                bridge,
            })
            .collect();
        out.sort_by(|a, b| {
            rank(&a.bridge, &b.bridge)
                .then(b.betweenness.total_cmp(&a.betweenness))
                .then(a.bridge.entity.cmp(&b.bridge.entity))
        });
        out
    }

    /// An entity's own member rows in selected networks, in dataset
    /// order.
    #[must_use]
    pub fn seats(&self, e: EntityId) -> Vec<Seat> {
        self.entity(e)
            .memberships
            .iter()
            .filter(|m| self.has_network(m.network))
            .map(|&member| Seat {
                network: member.network,
                member,
            })
            .collect()
    }
}

/// More programs first, then more networks.
fn rank(a: &Bridge, b: &Bridge) -> Ordering {
    b.programs
        .len()
        .cmp(&a.programs.len())
        .then(b.networks.len().cmp(&a.networks.len()))
}
