//! The resolved entities: organisations, people and positions, with every
//! spelling and membership that led to them.

use crate::model::{Origin, Sector};

/// Index of an entity in [`super::Resolved::entities`].
///
/// Entities are sorted by kind, then by [`Entity::id`], so an `EntityId` is
/// deterministic for a given dataset; it shifts when files are added, so keep
/// [`Entity::id`] for anything that outlives one run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntityId(pub u32);

impl EntityId {
    pub(super) fn index(self) -> usize {
        self.0 as usize
    }
}

/// The three kinds of entity, matching the three kinds of member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    Organization,
    Person,
    Position,
}

impl EntityKind {
    /// Prefix of stable ids and the `kind` of suggestions.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Organization => "org",
            EntityKind::Person => "person",
            EntityKind::Position => "position",
        }
    }
}

/// A member row: index into `Dataset::networks`, and position in that
/// network's `members` vector (not `Member::index`, which counts the file's
/// entries including rejected ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MemberRef {
    pub network: u32,
    pub member: u32,
}

/// Where a spelling was seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seen {
    Member(MemberRef),
    /// A registry entry (name, alias, `formerly`, or a person's `org`).
    Registry(Option<Origin>),
}

/// One way an entity was written, and everywhere it was written so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spelling {
    pub text: String,
    pub seen: Vec<Seen>,
}

impl Spelling {
    /// How often members used this spelling (registry mentions excluded).
    #[must_use]
    pub fn member_count(&self) -> usize {
        self.seen
            .iter()
            .filter(|s| matches!(s, Seen::Member(_)))
            .count()
    }
}

/// How an organisation is present in one network (FORMAT.md "Overlap").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presence {
    /// Index into `Dataset::networks`.
    pub network: u32,
    /// The organisation itself is a member.
    pub direct: bool,
    /// People and positions through which it is present, sorted, no repeats.
    pub via: Vec<EntityId>,
}

/// An organisation, person or position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub kind: EntityKind,
    /// Stable id, `kind:key`: `org:まつだ`, `person:鈴木次郎@まつだ`,
    /// `position:まつだ/代表取締役会長`. Built from matching keys only, so it
    /// does not change when unrelated files are added.
    pub id: String,
    /// Canonical display name: registry name, else the most frequent
    /// spelling (ties by Unicode order). For a position, the organisation's
    /// display name and the most frequent title spelling.
    pub name: String,
    /// The matching key ([`super::org_key`], [`super::person_key`], or the
    /// [`super::title_key`] for positions).
    pub key: String,
    /// Most frequent first, then Unicode order.
    pub spellings: Vec<Spelling>,
    /// Most frequent sector members gave, else the registry's (for people and
    /// positions, else their organisation's).
    pub sector: Option<Sector>,
    /// Every sector seen for it, members and registry; more than one is a
    /// conflict worth showing.
    pub sectors_seen: Vec<Sector>,
    /// A person's main affiliation (the registry's `org`, else the one
    /// their first row gives), or a position's organisation.
    pub org: Option<EntityId>,
    /// A person's affiliations as seen anywhere, sorted.
    pub orgs: Vec<EntityId>,
    /// A position's title as displayed.
    pub title: Option<String>,
    /// Member rows that are this entity itself (for an organisation: rows
    /// with `org` only), in dataset order.
    pub memberships: Vec<MemberRef>,
    /// Networks the entity is in, sorted indices into `Dataset::networks`;
    /// for organisations this counts presence through people and positions.
    pub networks: Vec<u32>,
    /// Organisations only: how it is present in each of [`Entity::networks`].
    pub presence: Vec<Presence>,
    /// Index into `Registry::organizations` or `Registry::people`.
    pub registry: Option<u32>,
}

impl Entity {
    /// Presence in one network, for organisations.
    #[must_use]
    pub fn presence_in(&self, network: u32) -> Option<&Presence> {
        self.presence
            .binary_search_by_key(&network, |p| p.network)
            .ok()
            .map(|i| &self.presence[i])
    }
}

/// What a member row resolved to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberEntities {
    /// The organisation, person or position the row is.
    pub entity: EntityId,
    /// The organisation named in the row's `org`, if any.
    pub org: Option<EntityId>,
}

/// The entities present in one network, each list sorted without repeats.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NetworkEntities {
    /// Organisations present directly or through people and positions.
    pub orgs: Vec<EntityId>,
    pub people: Vec<EntityId>,
    pub positions: Vec<EntityId>,
}

impl NetworkEntities {
    /// All three lists chained.
    pub fn all(&self) -> impl Iterator<Item = EntityId> + '_ {
        self.orgs
            .iter()
            .chain(&self.people)
            .chain(&self.positions)
            .copied()
    }
}

/// Effective contact details: the member's own value, else the registry's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Contact<'a> {
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub kana: Option<&'a str>,
}

/// Something about the registry that resolution had to decide by itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub message: String,
    pub origin: Option<Origin>,
}
