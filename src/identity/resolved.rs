//! The result of resolution and the lookups later stages (overlap, export,
//! the CLI) ask of it.

use super::entity::{
    Contact, Entity, EntityId, EntityKind, MemberEntities, MemberRef, NetworkEntities, Note,
};
use crate::model::{Dataset, Member, Sector};

/// Every entity of a dataset and how member rows map onto them.
///
/// Holds indices into the [`Dataset`] it was resolved from; methods that
/// return member data take that dataset again rather than borrowing it, so a
/// `Resolved` can be stored next to its dataset.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// Sorted by id (and so by kind).
    pub(super) entities: Vec<Entity>,
    /// One per member row, flat; `offsets[n]..offsets[n + 1]` are network
    /// `n`'s rows.
    pub(super) members: Vec<Option<MemberEntities>>,
    pub(super) offsets: Vec<usize>,
    pub(super) networks: Vec<NetworkEntities>,
    pub(super) notes: Vec<Note>,
    pub(super) splits: Vec<Vec<(EntityId, bool)>>,
}

impl Resolved {
    /// All entities: organisations, then people, then positions, each sorted
    /// by stable id.
    #[must_use]
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// # Panics
    /// If `id` did not come from this `Resolved`.
    #[must_use]
    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id.index()]
    }

    /// Looks an entity up by its stable id (`org:まつだ`).
    #[must_use]
    pub fn by_id(&self, id: &str) -> Option<EntityId> {
        self.entities
            .binary_search_by(|e| e.id.as_str().cmp(id))
            .ok()
            .map(|i| EntityId(to_u32(i)))
    }

    /// Entities of one kind, in stable-id order.
    pub fn of_kind(&self, kind: EntityKind) -> impl Iterator<Item = (EntityId, &Entity)> {
        let start = self.entities.partition_point(|e| e.kind < kind);
        let end = self.entities.partition_point(|e| e.kind <= kind);
        (start..end).map(move |i| (EntityId(to_u32(i)), &self.entities[i]))
    }

    /// What member row `member` (position in `members`) of network index
    /// `network` resolved to.
    #[must_use]
    pub fn member(&self, at: MemberRef) -> Option<MemberEntities> {
        let start = *self.offsets.get(at.network as usize)?;
        let end = *self.offsets.get(at.network as usize + 1)?;
        let row = start + at.member as usize;
        if row >= end {
            return None;
        }
        self.members[row]
    }

    /// Like [`Resolved::member`], with the network given by id.
    #[must_use]
    pub fn member_in(&self, ds: &Dataset, network: &str, member: u32) -> Option<MemberEntities> {
        let n = ds
            .networks
            .binary_search_by(|n| n.id.as_str().cmp(network))
            .ok()?;
        self.member(MemberRef {
            network: to_u32(n),
            member,
        })
    }

    /// Entities present in network index `network`.
    #[must_use]
    pub fn network(&self, network: u32) -> Option<&NetworkEntities> {
        self.networks.get(network as usize)
    }

    /// Entities present in each network, parallel to `Dataset::networks`.
    #[must_use]
    pub fn networks(&self) -> &[NetworkEntities] {
        &self.networks
    }

    /// Registry oddities resolution decided on its own (an alias listed
    /// under two entries, duplicate entries).
    #[must_use]
    pub fn notes(&self) -> &[Note] {
        &self.notes
    }

    /// People with one person key kept apart (see `people` module policy),
    /// each with whether the registry vouched for that person.
    #[must_use]
    pub fn person_splits(&self) -> &[Vec<(EntityId, bool)>] {
        &self.splits
    }

    /// The member row behind a reference.
    #[must_use]
    pub fn row<'d>(&self, ds: &'d Dataset, at: MemberRef) -> Option<&'d Member> {
        ds.networks
            .get(at.network as usize)?
            .members
            .get(at.member as usize)
    }

    /// Each row of an entity with its network index, `role` and `title`.
    pub fn roles<'d>(
        &self,
        ds: &'d Dataset,
        id: EntityId,
    ) -> impl Iterator<Item = (u32, Option<&'d str>, Option<&'d str>)> {
        self.entity(id).memberships.iter().filter_map(move |&at| {
            let m = self.row(ds, at)?;
            Some((at.network, m.role.as_deref(), m.title.as_deref()))
        })
    }

    /// Contact details of one person row: the row's own, blanks filled from
    /// the person's registry entry.
    #[must_use]
    pub fn member_contact<'d>(&self, ds: &'d Dataset, at: MemberRef) -> Contact<'d> {
        let Some(m) = self.row(ds, at) else {
            return Contact::default();
        };
        let reg = self.registry_contact(ds, self.member(at).map(|r| r.entity));
        Contact {
            email: m.email.as_deref().or(reg.email),
            phone: m.phone.as_deref().or(reg.phone),
            kana: m.kana.as_deref().or(reg.kana),
        }
    }

    /// A person's effective contact details: for each field the first value
    /// a row of theirs gives (rows in dataset order), else the registry's.
    #[must_use]
    pub fn contact<'d>(&self, ds: &'d Dataset, id: EntityId) -> Contact<'d> {
        let mut c = Contact::default();
        for &at in &self.entity(id).memberships {
            if let Some(m) = self.row(ds, at) {
                c.email = c.email.or(m.email.as_deref());
                c.phone = c.phone.or(m.phone.as_deref());
                c.kana = c.kana.or(m.kana.as_deref());
            }
        }
        let reg = self.registry_contact(ds, Some(id));
        Contact {
            email: c.email.or(reg.email),
            phone: c.phone.or(reg.phone),
            kana: c.kana.or(reg.kana),
        }
    }

    fn registry_contact<'d>(&self, ds: &'d Dataset, id: Option<EntityId>) -> Contact<'d> {
        let entry = id
            .map(|id| self.entity(id))
            .filter(|e| e.kind == EntityKind::Person)
            .and_then(|e| e.registry)
            .and_then(|r| ds.registry.people.get(r as usize));
        entry.map_or_else(Contact::default, |p| Contact {
            email: p.email.as_deref(),
            phone: p.phone.as_deref(),
            kana: p.kana.as_deref(),
        })
    }

    /// An entity's reading (kana), for 五十音 sorting and search: an
    /// organisation's from its registry entry (1.1 `kana`), a person's from
    /// their rows or registry entry; positions have none.
    #[must_use]
    pub fn reading<'d>(&self, ds: &'d Dataset, id: EntityId) -> Option<&'d str> {
        let e = self.entity(id);
        match e.kind {
            EntityKind::Organization => e
                .registry
                .and_then(|r| ds.registry.organizations.get(r as usize))
                .and_then(|o| o.kana.as_deref()),
            EntityKind::Person => self.contact(ds, id).kana,
            EntityKind::Position => None,
        }
    }

    /// A row's sector: its own, else its entity's (which falls back to the
    /// registry and then the organisation).
    #[must_use]
    pub fn member_sector(&self, ds: &Dataset, at: MemberRef) -> Option<Sector> {
        let own = self.row(ds, at).and_then(|m| m.sector);
        own.or_else(|| self.member(at).and_then(|r| self.entity(r.entity).sector))
    }
}

fn to_u32(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}
