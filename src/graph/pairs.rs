//! Network × network: which networks share which entities.
//!
//! Pairs are produced row by row through the inverted index: for network
//! `a`, every entity of `a` votes for the other networks it sits in, so a
//! row costs the sum of its entities' degrees and the whole projection the
//! sum over entities of their degree squared. Only one row is held at a
//! time.

use super::View;
use super::rows::Rows;
use crate::identity::{EntityId, EntityKind, Presence};

/// One pair of networks and what they share, borrowed from a row buffer
/// (see [`View::for_each_pair`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PairRef<'r> {
    /// Network indices; `a < b` except in [`View::network_ego`], where `a`
    /// is the centre.
    pub a: u32,
    pub b: u32,
    /// Shared counted entities, ascending (organisations, people,
    /// positions).
    pub shared: &'r [EntityId],
    /// Counted entities of `a` and of `b`.
    pub size_a: usize,
    pub size_b: usize,
}

impl PairRef<'_> {
    /// |A ∩ B| / |A ∪ B| over counted entities.
    #[must_use]
    pub fn jaccard(&self) -> f64 {
        jaccard(self.shared.len(), self.size_a, self.size_b)
    }

    #[must_use]
    pub fn to_owned(&self) -> NetworkPair {
        NetworkPair {
            a: self.a,
            b: self.b,
            shared: self.shared.to_vec(),
            size_a: self.size_a,
            size_b: self.size_b,
        }
    }
}

/// An owned [`PairRef`].
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkPair {
    pub a: u32,
    pub b: u32,
    pub shared: Vec<EntityId>,
    pub size_a: usize,
    pub size_b: usize,
}

impl NetworkPair {
    #[must_use]
    pub fn jaccard(&self) -> f64 {
        jaccard(self.shared.len(), self.size_a, self.size_b)
    }
}

/// Shared counts of a set of networks: a sparse, upper-triangular matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct Matrix {
    /// The view's networks, ascending: rows and columns.
    pub networks: Vec<u32>,
    /// Pairs sharing at least `min_shared` entities, by `a` then `b`.
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cell {
    pub a: u32,
    pub b: u32,
    pub shared: usize,
    pub jaccard: f64,
}

impl Matrix {
    /// Shared count of two networks in either order (0 when none).
    #[must_use]
    pub fn get(&self, a: u32, b: u32) -> usize {
        let key = (a.min(b), a.max(b));
        self.cells
            .binary_search_by(|c| (c.a, c.b).cmp(&key))
            .map_or(0, |i| self.cells[i].shared)
    }
}

/// One shared entity of a pair and how it is present on each side
/// (organisations only; people and positions are simply members).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared {
    pub entity: EntityId,
    pub in_a: Option<Presence>,
    pub in_b: Option<Presence>,
}

/// Everything about one pair: the shared entities with their presence, and
/// the brokers whose removal would leave the two without a shared entity.
#[derive(Debug, Clone, PartialEq)]
pub struct PairDetail {
    pub a: u32,
    pub b: u32,
    pub shared: Vec<Shared>,
    /// See [`View::brokers`].
    pub brokers: Vec<EntityId>,
    pub jaccard: f64,
}

#[allow(clippy::cast_precision_loss)]
fn jaccard(shared: usize, a: usize, b: usize) -> f64 {
    let union = a + b - shared;
    if union == 0 {
        0.0
    } else {
        shared as f64 / union as f64
    }
}

impl View<'_> {
    /// Network `a`'s partners `after` it (or all), each with what they
    /// share.
    pub(super) fn row(
        &self,
        a: u32,
        after: bool,
        rows: &mut Rows<EntityId>,
        mut f: impl FnMut(PairRef<'_>),
    ) {
        let size_a = self.entities_of(a).len();
        rows.collect(
            a,
            self.entities_of(a).iter().copied(),
            |e| self.partners(e, a, after),
            self.filter.min(),
            |b, shared| {
                f(PairRef {
                    a,
                    b,
                    shared,
                    size_a,
                    size_b: self.entities_of(b).len(),
                });
            },
        );
    }

    /// The networks of `e` after `a` (or all of them).
    fn partners(
        &self,
        e: EntityId,
        a: u32,
        after: bool,
    ) -> std::iter::Copied<std::slice::Iter<'_, u32>> {
        let nets = self.networks_of(e);
        let from = if after {
            nets.partition_point(|&x| x <= a)
        } else {
            0
        };
        nets[from..].iter().copied()
    }

    /// Calls `f` for every pair of selected networks sharing at least
    /// `min_shared` counted entities, once per pair with `a < b`, ordered by
    /// `a` then `b`. Memory stays at one row, whatever the number of pairs.
    pub fn for_each_pair(&self, mut f: impl FnMut(PairRef<'_>)) {
        let mut rows = Rows::new(self.ov.network_count());
        for &a in self.networks() {
            self.row(a, true, &mut rows, &mut f);
        }
    }

    /// Like [`View::for_each_pair`], stopping at the first error `f`
    /// returns (say, a closed pipe), which it returns.
    ///
    /// # Errors
    /// The first error of `f`.
    pub fn try_for_each_pair<E>(
        &self,
        mut f: impl FnMut(PairRef<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut rows = Rows::new(self.ov.network_count());
        let mut failed = None;
        for &a in self.networks() {
            self.row(a, true, &mut rows, |p| {
                if failed.is_none() {
                    failed = f(p).err();
                }
            });
            if let Some(e) = failed {
                return Err(e);
            }
        }
        Ok(())
    }

    /// All pairs of [`View::for_each_pair`], collected.
    #[must_use]
    pub fn pairs(&self) -> Vec<NetworkPair> {
        let mut out = Vec::new();
        self.for_each_pair(|p| out.push(p.to_owned()));
        out
    }

    /// Shared counts and Jaccard of every pair, without the entity lists.
    #[must_use]
    pub fn matrix(&self) -> Matrix {
        let mut rows = Rows::new(self.ov.network_count());
        let mut cells = Vec::new();
        for &a in self.networks() {
            let size_a = self.entities_of(a).len();
            rows.counts(
                a,
                self.entities_of(a).iter().copied(),
                |e| self.partners(e, a, true),
                self.filter.min(),
                |b, shared| {
                    cells.push(Cell {
                        a,
                        b,
                        shared,
                        jaccard: jaccard(shared, size_a, self.entities_of(b).len()),
                    });
                },
            );
        }
        Matrix {
            networks: self.networks().to_vec(),
            cells,
        }
    }

    /// Counted entities two networks share, ascending; the same in either
    /// order. Ignores `min_shared`.
    #[must_use]
    pub fn shared(&self, a: u32, b: u32) -> Vec<EntityId> {
        let (left, right) = (self.entities_of(a), self.entities_of(b));
        let (mut i, mut j, mut out) = (0, 0, Vec::new());
        while let (Some(l), Some(r)) = (left.get(i), right.get(j)) {
            match l.cmp(r) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    out.push(*l);
                    i += 1;
                    j += 1;
                }
            }
        }
        out
    }

    /// One pair in detail, `None` when the two share nothing (either order;
    /// the result has `a` < `b`).
    #[must_use]
    pub fn pair(&self, a: u32, b: u32) -> Option<PairDetail> {
        let (a, b) = (a.min(b), a.max(b));
        let ids = self.shared(a, b);
        if ids.is_empty() || a == b {
            return None;
        }
        let shared = ids
            .iter()
            .map(|&e| Shared {
                entity: e,
                in_a: self.entity(e).presence_in(a).cloned(),
                in_b: self.entity(e).presence_in(b).cloned(),
            })
            .collect();
        Some(PairDetail {
            a,
            b,
            jaccard: jaccard(
                ids.len(),
                self.entities_of(a).len(),
                self.entities_of(b).len(),
            ),
            brokers: self.brokers_of(a, b, &ids),
            shared,
        })
    }

    /// The only links between two networks: entities whose removal (their
    /// own member rows) would leave `a` and `b` without any shared counted
    /// entity. An entity qualifies when every shared entity is either the
    /// entity itself or an organisation present on one side only through
    /// it, as マツダ is present in a council only through its chairman.
    /// Empty when the link is redundant or there is none. Ascending.
    #[must_use]
    pub fn brokers(&self, a: u32, b: u32) -> Vec<EntityId> {
        self.brokers_of(a, b, &self.shared(a, b))
    }

    pub(super) fn brokers_of(&self, a: u32, b: u32, shared: &[EntityId]) -> Vec<EntityId> {
        let Some((first, rest)) = shared.split_first() else {
            return Vec::new();
        };
        let mut candidates = self.removals(*first, a, b);
        for &s in rest {
            let kills = self.removals(s, a, b);
            candidates.retain(|c| kills.contains(c));
            if candidates.is_empty() {
                break;
            }
        }
        candidates
    }

    /// The entities whose removal alone makes `s` stop being shared by `a`
    /// and `b`: `s`, and for an organisation the one person or position it
    /// is present through on a side where it is not a member itself.
    fn removals(&self, s: EntityId, a: u32, b: u32) -> Vec<EntityId> {
        let mut out = vec![s];
        let entity = self.entity(s);
        if entity.kind == EntityKind::Organization {
            for n in [a, b] {
                if let Some(p) = entity.presence_in(n)
                    && !p.direct
                    && let [only] = p.via[..]
                {
                    out.push(only);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}
