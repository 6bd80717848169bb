//! Keypersons in detail (organisation, title, role in each network,
//! programs, betweenness) and the only links: entities whose removal
//! leaves a pair of shown networks with nothing in common.

use serde::Serialize;

use crate::graph::{Method, Sampling, View};
use crate::identity::{EntityId, EntityKind};

/// Keypersons and only links of a view.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct People {
    /// How betweenness was computed: `exact` or `sampled`.
    pub betweenness: &'static str,
    /// Nodes of the two-mode graph betweenness ran over.
    pub nodes: usize,
    pub keypersons: Vec<KeypersonDetail>,
    /// Ascending by the name's key, then id.
    pub only_links: Vec<OnlyLink>,
}

/// A person or position in two or more shown networks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeypersonDetail {
    #[serde(skip)]
    pub entity: EntityId,
    #[serde(rename = "id")]
    pub entity_id: String,
    #[serde(serialize_with = "super::ser::kind")]
    pub kind: EntityKind,
    pub name: String,
    /// Their organisation's name.
    pub org: Option<String>,
    /// A position's title, or the first title a person's rows give.
    pub title: Option<String>,
    /// Program ids, in program order.
    pub programs: Vec<&'static str>,
    /// One per seat (member row), in dataset order.
    pub roles: Vec<RoleIn>,
    /// Normalised betweenness (0–1) in the two-mode graph of the shown
    /// networks: the share of shortest paths between any two nodes that
    /// pass through this one.
    pub betweenness: f64,
}

/// A keyperson's seat in one network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoleIn {
    pub network: String,
    pub network_name: String,
    pub role: Option<String>,
    pub title: Option<String>,
}

/// An entity that alone links one or more pairs of shown networks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OnlyLink {
    #[serde(skip)]
    pub entity: EntityId,
    #[serde(rename = "id")]
    pub entity_id: String,
    #[serde(serialize_with = "super::ser::kind")]
    pub kind: EntityKind,
    pub name: String,
    /// Network id pairs it alone links, each `a < b`, ascending.
    pub pairs: Vec<(String, String)>,
}

impl People {
    #[must_use]
    pub fn build(view: &View<'_>, sampling: Sampling) -> Self {
        let centrality = view.betweenness(sampling);
        let betweenness = match centrality.method() {
            Method::Exact => "exact",
            Method::Sampled { .. } => "sampled",
        };
        let keypersons = view
            .keypersons(sampling)
            .into_iter()
            .map(|k| detail(view, &k))
            .collect();
        People {
            betweenness,
            nodes: centrality.nodes(),
            keypersons,
            only_links: only_links(view),
        }
    }
}

fn detail(view: &View<'_>, k: &crate::graph::Keyperson) -> KeypersonDetail {
    let ds = view.dataset();
    let entity = view.entity(k.bridge.entity);
    let roles: Vec<RoleIn> = k
        .seats
        .iter()
        .map(|s| RoleIn {
            network: view.network(s.network).id.clone(),
            network_name: view.network(s.network).name.clone(),
            role: s.role(ds).map(str::to_owned),
            title: s.title(ds).map(str::to_owned),
        })
        .collect();
    let title = entity
        .title
        .clone()
        .or_else(|| roles.iter().find_map(|r| r.title.clone()));
    KeypersonDetail {
        entity: k.bridge.entity,
        entity_id: entity.id.clone(),
        kind: entity.kind,
        name: entity.name.clone(),
        org: entity.org.map(|o| view.entity(o).name.clone()),
        title,
        programs: k.bridge.programs.iter().map(|p| p.id()).collect(),
        roles,
        betweenness: k.betweenness,
    }
}

fn only_links(view: &View<'_>) -> Vec<OnlyLink> {
    let mut out: Vec<OnlyLink> = view
        .only_links()
        .into_iter()
        .map(|l| {
            let entity = view.entity(l.entity);
            OnlyLink {
                entity: l.entity,
                entity_id: entity.id.clone(),
                kind: entity.kind,
                name: entity.name.clone(),
                pairs: l
                    .pairs
                    .iter()
                    .map(|&(a, b)| (view.network(a).id.clone(), view.network(b).id.clone()))
                    .collect(),
            }
        })
        .collect();
    out.sort_by(|x, y| {
        let (ex, ey) = (view.entity(x.entity), view.entity(y.entity));
        ex.key.cmp(&ey.key).then(ex.id.cmp(&ey.id))
    });
    out
}
