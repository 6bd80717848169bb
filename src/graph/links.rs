//! Only links over a whole view: every entity whose removal leaves some
//! pair of the view's networks with nothing in common, with those pairs.
//! One pass over the pairs ([`View::for_each_pair`]), each pair asking
//! [`View::brokers`]' test with the shared list it already has.

use super::View;
use crate::identity::EntityId;

/// An entity that alone links one or more pairs of a view's networks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnlyLink {
    pub entity: EntityId,
    /// Network index pairs it alone links, each `a < b`, ascending.
    pub pairs: Vec<(u32, u32)>,
}

impl View<'_> {
    /// The only links of every pair of selected networks that shares
    /// something (at least `min_shared`), by entity id. A pair whose link
    /// is redundant (two shared entities, neither present through the
    /// other) contributes nothing; a pair sharing one entity contributes
    /// it, and for an organisation present there through one person or
    /// position, that one too.
    #[must_use]
    pub fn only_links(&self) -> Vec<OnlyLink> {
        let mut found: Vec<(EntityId, u32, u32)> = Vec::new();
        self.for_each_pair(|p| {
            for e in self.brokers_of(p.a, p.b, p.shared) {
                found.push((e, p.a, p.b));
            }
        });
        found.sort_unstable();
        let mut out: Vec<OnlyLink> = Vec::new();
        for (entity, a, b) in found {
            match out.last_mut() {
                Some(l) if l.entity == entity => l.pairs.push((a, b)),
                _ => out.push(OnlyLink {
                    entity,
                    pairs: vec![(a, b)],
                }),
            }
        }
        out
    }
}
