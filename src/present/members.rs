//! The pieces every model shares: a shown network's header and one member
//! cell (an organisation with the people and positions it is present
//! through, or an unaffiliated person or position), in sector-then-reading
//! order.

use std::cmp::Ordering;

use serde::Serialize;

use crate::graph::View;
use crate::identity::{EntityId, EntityKind};
use crate::model::{Network, Program, Sector};

/// A shown network's header: what a column, lane or matrix heading needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShownNetwork {
    /// Index into `Dataset::networks`.
    #[serde(skip)]
    pub index: u32,
    pub id: String,
    pub name: String,
    #[serde(serialize_with = "super::ser::program")]
    pub program: Program,
    pub prefecture: &'static str,
    pub plan: Option<String>,
    pub kind: Option<String>,
    /// `2019–2023`, `2019–`, `–2023`, or none.
    pub years: Option<String>,
    pub source: Option<String>,
}

impl ShownNetwork {
    #[must_use]
    pub fn new(index: u32, n: &Network) -> Self {
        let years = match (n.since, n.until) {
            (None, None) => None,
            (Some(a), Some(b)) => Some(format!("{a}–{b}")),
            (Some(a), None) => Some(format!("{a}–")),
            (None, Some(b)) => Some(format!("–{b}")),
        };
        ShownNetwork {
            index,
            id: n.id.clone(),
            name: n.name.clone(),
            program: n.program,
            prefecture: n.prefecture.name(),
            plan: n.plan.clone(),
            kind: n.kind.clone(),
            years,
            source: n.source.clone(),
        }
    }

    /// The view's networks, by program then id.
    #[must_use]
    pub fn all(view: &View<'_>) -> Vec<ShownNetwork> {
        let mut out: Vec<ShownNetwork> = view
            .networks()
            .iter()
            .map(|&n| ShownNetwork::new(n, view.network(n)))
            .collect();
        out.sort_by(|a, b| a.program.cmp(&b.program).then(a.id.cmp(&b.id)));
        out
    }
}

/// Who a row or cell is about: the fields every model's member rows
/// start with (flattened into their JSON as `id`, `kind`, `name`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Who {
    #[serde(skip)]
    pub entity: EntityId,
    /// The entity's stable id (`org:まつだ`).
    #[serde(rename = "id")]
    pub entity_id: String,
    #[serde(serialize_with = "super::ser::kind")]
    pub kind: EntityKind,
    pub name: String,
}

impl Who {
    #[must_use]
    pub fn of(view: &View<'_>, e: EntityId) -> Who {
        let entity = view.entity(e);
        Who {
            entity: e,
            entity_id: entity.id.clone(),
            kind: entity.kind,
            name: entity.name.clone(),
        }
    }
}

/// An entity's sector; one without a known sector counts as 他.
#[must_use]
pub fn sector_of(view: &View<'_>, e: EntityId) -> Sector {
    view.entity(e).sector.unwrap_or(Sector::Other)
}

/// Lets a row be read as the entity it is about (`row.name`,
/// `cell.entity`), so renderers need not know the rows share a [`Who`].
macro_rules! reads_as_who {
    ($($row:ty),*) => {$(
        impl std::ops::Deref for $row {
            type Target = $crate::present::members::Who;
            fn deref(&self) -> &Self::Target {
                &self.who
            }
        }
    )*};
}
pub(super) use reads_as_who;

reads_as_who!(MemberCell);

/// One member of one network as the table shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MemberCell {
    #[serde(flatten)]
    pub who: Who,
    /// 学官産金他; an entity without a known sector is 他.
    #[serde(serialize_with = "super::ser::sector")]
    pub sector: Sector,
    /// The `role` of its own row here (代表機関), if any.
    pub role: Option<String>,
    /// Whether the organisation is a member itself (always true for people
    /// and positions).
    pub direct: bool,
    /// Through whom an organisation is present: titles of positions and
    /// names (with title) of people, in entity order.
    pub via: Vec<String>,
    /// Shown networks it sits in (this one included).
    pub networks: usize,
}

impl MemberCell {
    /// `マツダ株式会社 — 代表取締役会長`: the name, and through whom when the
    /// organisation is not a member itself.
    #[must_use]
    pub fn label(&self) -> String {
        if self.via.is_empty() || self.direct {
            self.name.clone()
        } else {
            format!("{} — {}", self.name, self.via.join("、"))
        }
    }

    /// Whether it also sits in another shown network.
    #[must_use]
    pub fn is_shared(&self) -> bool {
        self.networks >= 2
    }
}

/// The sort key of an entity: sector (学官産金他), then reading (the
/// matching key until readings exist), then id.
#[must_use]
pub fn order(view: &View<'_>, a: EntityId, b: EntityId) -> Ordering {
    let (x, y) = (view.entity(a), view.entity(b));
    let sx = x.sector.unwrap_or(Sector::Other);
    let sy = y.sector.unwrap_or(Sector::Other);
    sx.cmp(&sy).then(x.key.cmp(&y.key)).then(x.id.cmp(&y.id))
}

/// The members of network `n` as the table lists them: organisations
/// present (directly or through someone), and people and positions whose
/// organisation is not counted here, in [`order`].
#[must_use]
pub fn member_ids(view: &View<'_>, n: u32) -> Vec<EntityId> {
    let here = view.entities_of(n);
    let mut out: Vec<EntityId> = here
        .iter()
        .copied()
        .filter(|&e| {
            let entity = view.entity(e);
            entity.kind == EntityKind::Organization
                || entity.org.is_none_or(|o| here.binary_search(&o).is_err())
        })
        .collect();
    out.sort_by(|&a, &b| order(view, a, b));
    out
}

/// One cell for entity `e` in network `n`.
#[must_use]
pub fn cell(view: &View<'_>, n: u32, e: EntityId) -> MemberCell {
    let ds = view.dataset();
    let entity = view.entity(e);
    let presence = entity.presence_in(n);
    let via = presence
        .map(|p| p.via.iter().map(|&v| via_text(view, n, v)).collect())
        .unwrap_or_default();
    let role = entity
        .memberships
        .iter()
        .filter(|m| m.network == n)
        .find_map(|&m| view.resolved().row(ds, m).and_then(|r| r.role.clone()));
    MemberCell {
        who: Who::of(view, e),
        sector: sector_of(view, e),
        role,
        direct: presence.is_none_or(|p| p.direct),
        via,
        networks: view.networks_of(e).len(),
    }
}

/// How a person or position makes its organisation present: a position
/// by its title, a person by name and the title of their row in `n`.
fn via_text(view: &View<'_>, n: u32, v: EntityId) -> String {
    let entity = view.entity(v);
    if entity.kind == EntityKind::Position {
        return entity.title.clone().unwrap_or_else(|| entity.name.clone());
    }
    let title = view
        .resolved()
        .roles(view.dataset(), v)
        .find_map(|(net, _, title)| (net == n).then_some(title).flatten());
    match title {
        Some(t) => format!("{t} {}", entity.name),
        None => entity.name.clone(),
    }
}
