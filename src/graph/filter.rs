//! What a query looks at: networks by place, program, year and id;
//! entities by kind and sector; and how much two things must share.

use crate::identity::{Entity, EntityKind, title_key};
use crate::model::{Network, Prefecture, Program, Sector};

/// A selection of networks and entities. Every list means "any of these";
/// an empty list does not restrict, so [`Filter::default`] is everything.
///
/// Network conditions (`prefectures`, `cities`, `programs`, `year`,
/// `networks`) choose which networks exist for a query: the graph,
/// projections and betweenness see only those. Entity conditions (`kinds`,
/// `sectors`) choose which entities are counted and reported (shared lists,
/// bridges, Jaccard); organisation presence through people and positions is
/// part of an organisation and holds whatever the kind filter says.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Filter {
    /// Networks of these prefectures.
    pub prefectures: Vec<Prefecture>,
    /// Networks whose `city` is one of these, compared by NFKC with white
    /// space removed. A network without `city` never matches.
    pub cities: Vec<String>,
    /// Networks of these programs.
    pub programs: Vec<Program>,
    /// Networks active in this year: `since` ≤ year ≤ `until`, each bound
    /// only where given.
    pub year: Option<i32>,
    /// Only the networks with these ids.
    pub networks: Vec<String>,
    /// Entities of these kinds.
    pub kinds: Vec<EntityKind>,
    /// Entities of these sectors; an entity without a known sector never
    /// matches.
    pub sectors: Vec<Sector>,
    /// Least amount two things must share to be reported together: entities
    /// for a network pair, networks for an entity pair, and networks for a
    /// bridge (never fewer than two). 0 and 1 both mean one.
    pub min_shared: usize,
}

impl Filter {
    /// Whether a network is selected.
    #[must_use]
    pub fn network_matches(&self, n: &Network) -> bool {
        (self.prefectures.is_empty() || self.prefectures.contains(&n.prefecture))
            && (self.programs.is_empty() || self.programs.contains(&n.program))
            && self.year.is_none_or(|y| n.active_in(y))
            && (self.networks.is_empty() || self.networks.contains(&n.id))
            && (self.cities.is_empty() || self.city_matches(n.city.as_deref()))
    }

    fn city_matches(&self, city: Option<&str>) -> bool {
        let Some(city) = city else { return false };
        let key = title_key(city);
        self.cities.iter().any(|c| title_key(c) == key)
    }

    /// Whether an entity is counted and reported (kind and sector only;
    /// where it sits is the network conditions' business).
    #[must_use]
    pub fn entity_matches(&self, e: &Entity) -> bool {
        (self.kinds.is_empty() || self.kinds.contains(&e.kind))
            && (self.sectors.is_empty() || e.sector.is_some_and(|s| self.sectors.contains(&s)))
    }

    /// Whether the network conditions are all empty, so every network is
    /// selected.
    #[must_use]
    pub fn selects_all_networks(&self) -> bool {
        self.prefectures.is_empty()
            && self.cities.is_empty()
            && self.programs.is_empty()
            && self.year.is_none()
            && self.networks.is_empty()
    }

    /// `min_shared`, at least one.
    #[must_use]
    pub fn min(&self) -> usize {
        self.min_shared.max(1)
    }
}
