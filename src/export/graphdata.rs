//! The two-mode graph every graph format writes: networks, organisations,
//! people and positions as nodes; membership and affiliation edges. Built
//! from [`Resolved`] alone, in a deterministic order.

use std::collections::{BTreeMap, BTreeSet};

use super::clean::clean;
use super::{ExportError, Selection};
use crate::identity::{EntityId, EntityKind, MemberRef, NetworkEntities, Resolved};
use crate::model::{Dataset, Program, Sector};

/// What a node stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeKind {
    Network,
    Organization,
    Person,
    Position,
}

impl NodeKind {
    /// The value of the `kind` attribute.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Network => "network",
            NodeKind::Organization => "organization",
            NodeKind::Person => "person",
            NodeKind::Position => "position",
        }
    }
}

/// What an edge stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EdgeKind {
    /// Member → network, with the role.
    Membership,
    /// Person or position → organisation.
    Affiliation,
}

impl EdgeKind {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Membership => "membership",
            EdgeKind::Affiliation => "affiliation",
        }
    }
}

/// A node; text is cleaned (LF line breaks, controls escaped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// `network:hiroshima/kofukin`, or the entity's stable id.
    pub id: String,
    pub kind: NodeKind,
    pub label: String,
    /// A network's program; for entities, the programs of the selected
    /// networks they are in (several for a cross-program bridge).
    pub programs: Vec<Program>,
    pub sector: Option<Sector>,
    /// A network's prefecture; for organisations the registry's, for people
    /// and positions their organisation's; empty when unknown.
    pub prefecture: String,
}

impl Node {
    /// Program ids joined by `,` (`coi-next,kofukin`).
    #[must_use]
    pub fn program_text(&self) -> String {
        let ids: Vec<&str> = self.programs.iter().map(|p| p.id()).collect();
        ids.join(",")
    }

    /// The sector id, empty when unknown.
    #[must_use]
    pub fn sector_text(&self) -> &'static str {
        self.sector.map_or("", Sector::id)
    }

    /// Display colour: networks by program, others by sector.
    #[must_use]
    pub fn color(&self) -> (u8, u8, u8) {
        match (self.kind, self.programs.first(), self.sector) {
            (NodeKind::Network, Some(p), _) => program_color(*p),
            (_, _, Some(s)) => sector_color(s),
            _ => (0xbb, 0xbb, 0xbb),
        }
    }
}

/// An edge between two nodes, by index into [`GraphData::nodes`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    pub source: usize,
    pub target: usize,
    pub kind: EdgeKind,
    /// Roles in the network joined by `、` (memberships only).
    pub role: String,
    /// 役職 given on the rows behind the edge, joined by `、`.
    pub title: String,
}

/// Nodes (networks first, then organisations, people, positions, each by
/// id) and edges (memberships by network, then affiliations).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GraphData {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

/// Colour of a program in DOT and GEXF.
#[must_use]
pub fn program_color(p: Program) -> (u8, u8, u8) {
    match p {
        Program::Kofukin => (0xd6, 0x27, 0x28),
        Program::CoiNext => (0x1f, 0x77, 0xb4),
        Program::Platform => (0x2c, 0xa0, 0x2c),
        Program::Other => (0x9a, 0x6f, 0x3f),
    }
}

/// Colour of a sector in DOT and GEXF (light, for filled shapes).
#[must_use]
pub fn sector_color(s: Sector) -> (u8, u8, u8) {
    match s {
        Sector::Academia => (0xc6, 0xdb, 0xef),
        Sector::Government => (0xfd, 0xd0, 0xa2),
        Sector::Industry => (0xc7, 0xe9, 0xc0),
        Sector::Finance => (0xfc, 0xf2, 0xa0),
        Sector::Other => (0xe0, 0xe0, 0xe0),
    }
}

/// The graph of the networks `sel` picks.
///
/// # Errors
/// When the selection names an unknown network or picks none.
pub fn build(ds: &Dataset, res: &Resolved, sel: &Selection) -> Result<GraphData, ExportError> {
    let picked = sel.resolve(ds)?;
    Ok(build_for(ds, res, &picked))
}

/// Rows behind one edge: roles and titles in first-seen order.
#[derive(Default)]
struct Texts {
    roles: Vec<String>,
    titles: Vec<String>,
}

impl Texts {
    fn add(&mut self, role: Option<&str>, title: Option<&str>) {
        for (list, v) in [(&mut self.roles, role), (&mut self.titles, title)] {
            if let Some(v) = v.filter(|v| !v.is_empty())
                && !list.iter().any(|x| x == v)
            {
                list.push(v.to_owned());
            }
        }
    }
}

/// What the member rows of the selected networks say, grouped by edge.
#[derive(Default)]
struct Collected {
    /// Programs of the selected networks each entity is present in.
    programs: BTreeMap<EntityId, BTreeSet<Program>>,
    /// (network, member entity) → rows.
    member_of: BTreeMap<(u32, EntityId), Texts>,
    /// (person or position, organisation) → rows.
    works_at: BTreeMap<(EntityId, EntityId), Texts>,
}

fn collect(ds: &Dataset, res: &Resolved, networks: &[u32]) -> Collected {
    let mut c = Collected::default();
    for &n in networks {
        let Some(network) = ds.networks.get(n as usize) else {
            continue;
        };
        for id in res.network(n).into_iter().flat_map(NetworkEntities::all) {
            c.programs.entry(id).or_default().insert(network.program);
        }
        for member in (0..network.members.len()).filter_map(|m| u32::try_from(m).ok()) {
            let at = MemberRef { network: n, member };
            let (Some(found), Some(row)) = (res.member(at), res.row(ds, at)) else {
                continue;
            };
            let (role, title) = (row.role.as_deref(), row.title.as_deref());
            c.member_of
                .entry((n, found.entity))
                .or_default()
                .add(role, title);
            let entity = res.entity(found.entity);
            if entity.kind != EntityKind::Organization
                && let Some(org) = found.org.or(entity.org)
            {
                c.works_at
                    .entry((found.entity, org))
                    .or_default()
                    .add(None, title);
            }
        }
    }
    c
}

/// [`build`] for network indices already chosen.
#[must_use]
pub fn build_for(ds: &Dataset, res: &Resolved, networks: &[u32]) -> GraphData {
    let mut c = collect(ds, res, networks);
    let mut entities: BTreeSet<EntityId> = c.programs.keys().copied().collect();
    entities.extend(c.works_at.keys().map(|&(_, org)| org));
    let mut g = GraphData::default();
    for net in networks.iter().filter_map(|&n| ds.networks.get(n as usize)) {
        g.nodes.push(Node {
            id: clean(&format!("network:{}", net.id)),
            kind: NodeKind::Network,
            label: clean(&net.name),
            programs: vec![net.program],
            sector: None,
            prefecture: net.prefecture.name().to_owned(),
        });
    }
    let network_at: BTreeMap<u32, usize> = networks.iter().copied().zip(0..).collect();
    let entity_at: BTreeMap<EntityId, usize> =
        entities.iter().copied().zip(g.nodes.len()..).collect();
    for &id in &entities {
        g.nodes
            .push(entity_node(ds, res, id, c.programs.remove(&id)));
    }
    for ((n, id), t) in &c.member_of {
        if let (Some(&s), Some(&t_at)) = (entity_at.get(id), network_at.get(n)) {
            g.edges.push(edge(s, t_at, EdgeKind::Membership, t));
        }
    }
    for ((id, org), t) in &c.works_at {
        if let (Some(&s), Some(&o)) = (entity_at.get(id), entity_at.get(org)) {
            g.edges.push(edge(s, o, EdgeKind::Affiliation, t));
        }
    }
    g
}

fn edge(source: usize, target: usize, kind: EdgeKind, t: &Texts) -> Edge {
    Edge {
        source,
        target,
        kind,
        role: clean(&t.roles.join("、")),
        title: clean(&t.titles.join("、")),
    }
}

fn entity_node(
    ds: &Dataset,
    res: &Resolved,
    id: EntityId,
    programs: Option<BTreeSet<Program>>,
) -> Node {
    let e = res.entity(id);
    let kind = match e.kind {
        EntityKind::Organization => NodeKind::Organization,
        EntityKind::Person => NodeKind::Person,
        EntityKind::Position => NodeKind::Position,
    };
    let org = if e.kind == EntityKind::Organization {
        Some(e)
    } else {
        e.org.map(|o| res.entity(o))
    };
    let prefecture = org
        .and_then(|o| o.registry)
        .and_then(|r| ds.registry.organizations.get(r as usize))
        .and_then(|r| r.prefecture)
        .map_or_else(String::new, |p| p.name().to_owned());
    Node {
        id: clean(&e.id),
        kind,
        label: clean(&e.name),
        programs: programs.into_iter().flatten().collect(),
        sector: e.sector,
        prefecture,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testdata::dataset;

    #[test]
    fn nodes_and_edges_of_the_two_mode_graph() {
        let (ds, res) = dataset();
        let g = build(&ds, &res, &Selection::default()).unwrap();
        let ids: Vec<&str> = g.nodes.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(&ids[..2], ["network:a", "network:b"]);
        assert_eq!(g.nodes.len(), 2 + 4 + 2 + 1, "{ids:?}");
        let node = |id: &str| g.nodes.iter().find(|n| n.id == id).unwrap();
        assert_eq!(node("org:広島大学").program_text(), "kofukin,coi-next");
        assert_eq!(node("org:広島銀行").program_text(), "kofukin");
        let edges = |kind| g.edges.iter().filter(move |e| e.kind == kind);
        assert_eq!(edges(EdgeKind::Membership).count(), 8);
        let affiliations: Vec<(&str, &str)> = edges(EdgeKind::Affiliation)
            .map(|e| {
                (
                    g.nodes[e.source].label.as_str(),
                    g.nodes[e.target].label.as_str(),
                )
            })
            .collect();
        assert_eq!(affiliations.len(), 3, "{affiliations:?}");
        assert!(affiliations.contains(&("山田 太郎", "広島県")));
        let yamada_b = edges(EdgeKind::Membership)
            .find(|e| g.nodes[e.source].label == "山田 太郎" && g.nodes[e.target].id == "network:b")
            .unwrap();
        assert_eq!(yamada_b.role, "幹事");
    }

    #[test]
    fn a_selection_keeps_only_its_networks() {
        let (ds, res) = dataset();
        let g = build(&ds, &res, &Selection::of_networks(["b"])).unwrap();
        assert_eq!(g.nodes[0].id, "network:b");
        assert!(
            g.nodes
                .iter()
                .all(|n| n.id != "network:a" && n.label != "広島銀行")
        );
        assert!(
            g.edges
                .iter()
                .all(|e| e.source < g.nodes.len() && e.target < g.nodes.len())
        );
    }
}
