//! Resolution, first half: registry links, organisations and positions, and
//! the single pass over all members that records what each row names.
//!
//! Entities are built as [`Draft`]s indexed by a temporary number;
//! `finalize` sorts them into their published order once everything is known.

use super::entity::{EntityKind, MemberRef, Note, Seen};
use super::intern::{FastMap, KeyTable, UnionFind};
use super::key::{org_key, person_key, title_key};
use super::resolved::Resolved;
use crate::model::{Dataset, MemberKind, Sector};

/// Marks a member row whose entity is not known yet (people wait for
/// grouping), and a raw spelling without a title.
pub(super) const UNSET: u32 = u32::MAX;

/// An entity under construction.
pub(super) struct Draft {
    pub kind: EntityKind,
    pub id: String,
    pub key: String,
    pub registry: Option<u32>,
    pub registry_sector: Option<Sector>,
    pub org: Option<u32>,
    pub orgs: Vec<u32>,
    /// (text id, title text id, where): text ids of the table of the
    /// draft's kind; the title is `UNSET` except for positions, whose text
    /// is the organisation as written.
    pub raw: Vec<(u32, u32, Seen)>,
    pub sector_counts: [u32; 5],
    pub memberships: Vec<MemberRef>,
    pub presence: Vec<(u32, bool, Vec<u32>)>,
}

impl Draft {
    pub(super) fn new(kind: EntityKind, id: String, key: String) -> Self {
        Draft {
            kind,
            id,
            key,
            registry: None,
            registry_sector: None,
            org: None,
            orgs: Vec::new(),
            raw: Vec::new(),
            sector_counts: [0; 5],
            memberships: Vec::new(),
            presence: Vec::new(),
        }
    }

    pub(super) fn count_sector(&mut self, sector: Option<Sector>) {
        if let Some(s) = sector {
            self.sector_counts[s as usize] += 1;
        }
    }
}

/// A person row waiting to be grouped.
pub(super) struct Mention {
    pub key: u32,
    pub org: Option<u32>,
    pub at: MemberRef,
    pub text: u32,
}

/// Everything resolution accumulates.
pub(super) struct Builder<'a> {
    pub ds: &'a Dataset,
    pub drafts: Vec<Draft>,
    pub notes: Vec<Note>,
    /// Flat per-member (entity, org) drafts; see `offsets`.
    pub members: Vec<(u32, u32)>,
    /// Start of each network's rows in `members`.
    pub offsets: Vec<usize>,
    pub mentions: Vec<Mention>,
    /// Same-key people kept apart: (drafts, which are registry entries).
    pub splits: Vec<Vec<(u32, bool)>>,
    pub people: KeyTable<'a>,
    pub org_keys: KeyTable<'a>,
    org_links: UnionFind,
    org_owner: FastMap<u32, u32>,
    /// Organisation draft per root key id, `UNSET` where none yet.
    org_draft: Vec<u32>,
    pub titles: KeyTable<'a>,
    positions: FastMap<(u32, u32), u32>,
}

/// Resolves every mention in `ds` to organisations, people and positions
/// following FORMAT.md "Identity", and records presence ("Overlap").
#[must_use]
pub fn resolve(ds: &Dataset) -> Resolved {
    let mut b = Builder::new(ds);
    b.link_registry_orgs();
    b.add_registry_people_orgs();
    b.scan_members();
    b.group_people();
    b.record_presence();
    b.finalize()
}

impl<'a> Builder<'a> {
    fn new(ds: &'a Dataset) -> Self {
        Builder {
            ds,
            drafts: Vec::new(),
            notes: Vec::new(),
            members: Vec::new(),
            offsets: Vec::new(),
            mentions: Vec::new(),
            splits: Vec::new(),
            people: KeyTable::new(person_key),
            org_keys: KeyTable::new(org_key),
            org_links: UnionFind::new(),
            org_owner: FastMap::default(),
            org_draft: Vec::new(),
            titles: KeyTable::new(title_key),
            positions: FastMap::default(),
        }
    }

    /// Links registry names, `aliases` and `formerly` by org key. An alias
    /// already claimed by another entry is not followed (that would merge
    /// two registry entries behind the author's back) and is noted instead.
    fn link_registry_orgs(&mut self) {
        let ds = self.ds;
        for (ri, entry) in (0u32..).zip(&ds.registry.organizations) {
            let root = self.org_links.find(self.org_keys.id(&entry.name));
            let owner = *self.org_owner.entry(root).or_insert(ri);
            if owner != ri {
                let first = &ds.registry.organizations[owner as usize].name;
                self.note(
                    format!(
                        "registry organization {} has the same key as {first}; treated as one",
                        entry.name
                    ),
                    entry.origin,
                );
            }
            for alias in entry.aliases.iter().chain(&entry.formerly) {
                let other = self.org_links.find(self.org_keys.id(alias));
                if other == root {
                    continue;
                }
                if let Some(&claimed) = self.org_owner.get(&other) {
                    let by = &ds.registry.organizations[claimed as usize].name;
                    self.note(
                        format!(
                            "{alias} is listed under both {} and {by}; kept with {by}",
                            entry.name
                        ),
                        entry.origin,
                    );
                    continue;
                }
                self.org_links.union(root, other);
            }
        }
        for (ri, entry) in (0u32..).zip(&ds.registry.organizations) {
            let seen = Seen::Registry(entry.origin);
            let d = self.org(&entry.name, seen);
            let draft = &mut self.drafts[d as usize];
            if draft.registry.is_none() {
                draft.registry = Some(ri);
            }
            draft.registry_sector = draft.registry_sector.or(entry.sector);
            for alias in entry.aliases.iter().chain(&entry.formerly) {
                self.org(alias, seen);
            }
        }
    }

    fn add_registry_people_orgs(&mut self) {
        let ds = self.ds;
        for entry in &ds.registry.people {
            if let Some(org) = &entry.org {
                self.org(org, Seen::Registry(entry.origin));
            }
        }
    }

    pub(super) fn note(&mut self, message: String, origin: Option<crate::model::Origin>) {
        self.notes.push(Note { message, origin });
    }

    /// The organisation draft a spelling names, creating it on first sight,
    /// and records the spelling.
    pub(super) fn org(&mut self, text: &'a str, seen: Seen) -> u32 {
        self.org_spelled(text, seen).0
    }

    /// Like [`Builder::org`], also giving the spelling's text id.
    fn org_spelled(&mut self, text: &'a str, seen: Seen) -> (u32, u32) {
        let (text_id, key) = self.org_keys.spell(text);
        let root = self.org_links.find(key);
        let slot = root as usize;
        if self.org_draft.len() <= slot {
            self.org_draft.resize(slot + 1, UNSET);
        }
        let mut d = self.org_draft[slot];
        if d == UNSET {
            let key = self.org_keys.key(root).to_owned();
            d = self.push(Draft::new(
                EntityKind::Organization,
                format!("org:{key}"),
                key,
            ));
            self.org_draft[slot] = d;
        }
        self.drafts[d as usize].raw.push((text_id, UNSET, seen));
        (d, text_id)
    }

    pub(super) fn push(&mut self, draft: Draft) -> u32 {
        let id = u32::try_from(self.drafts.len()).unwrap_or(UNSET);
        self.drafts.push(draft);
        id
    }

    /// One pass over every member row.
    fn scan_members(&mut self) {
        let ds = self.ds;
        for (ni, net) in (0u32..).zip(&ds.networks) {
            self.offsets.push(self.members.len());
            for (mi, m) in (0u32..).zip(&net.members) {
                let at = MemberRef {
                    network: ni,
                    member: mi,
                };
                let spelled = m
                    .org
                    .as_deref()
                    .map(|o| self.org_spelled(o, Seen::Member(at)));
                let org = spelled.map(|s| s.0);
                if let Some(o) = org {
                    self.drafts[o as usize].count_sector(m.sector);
                }
                let entity = match (m.kind(), org) {
                    (MemberKind::Organization, Some(o)) => o,
                    (MemberKind::Position, Some(o)) => {
                        let title = m.title.as_deref().unwrap_or_default();
                        let org_text = spelled.map_or(UNSET, |s| s.1);
                        let p = self.position(o, org_text, title, at);
                        self.drafts[p as usize].count_sector(m.sector);
                        p
                    }
                    (MemberKind::Person, _) => {
                        let person = m.person.as_deref().unwrap_or_default();
                        let (text, key) = self.people.spell(person);
                        self.mentions.push(Mention { key, org, at, text });
                        UNSET
                    }
                    // The loader never produces a position or organisation
                    // row without `org`; such a row names nothing.
                    _ => UNSET,
                };
                if entity != UNSET && m.kind() != MemberKind::Person {
                    self.drafts[entity as usize].memberships.push(at);
                }
                self.members.push((entity, org.unwrap_or(UNSET)));
            }
        }
        self.offsets.push(self.members.len());
    }

    fn position(&mut self, org: u32, org_text: u32, title: &'a str, at: MemberRef) -> u32 {
        let (title, t) = self.titles.spell(title);
        if let Some(&p) = self.positions.get(&(org, t)) {
            self.drafts[p as usize]
                .raw
                .push((org_text, title, Seen::Member(at)));
            return p;
        }
        let org_key = &self.drafts[org as usize].key;
        let title_key = self.titles.key(t).to_owned();
        let mut draft = Draft::new(
            EntityKind::Position,
            format!("position:{org_key}/{title_key}"),
            title_key,
        );
        draft.org = Some(org);
        draft.raw.push((org_text, title, Seen::Member(at)));
        let p = self.push(draft);
        self.positions.insert((org, t), p);
        p
    }

    /// Presence per network: direct rows, then people and positions naming
    /// the organisation. Also fills `networks` for every draft.
    fn record_presence(&mut self) {
        for ni in 0..self.offsets.len().saturating_sub(1) {
            let rows = self.offsets[ni]..self.offsets[ni + 1];
            let mut here: FastMap<u32, (bool, Vec<u32>)> = FastMap::default();
            for &(entity, org) in &self.members[rows] {
                if entity == UNSET || org == UNSET {
                    continue;
                }
                let slot = here.entry(org).or_default();
                if entity == org {
                    slot.0 = true;
                } else {
                    slot.1.push(entity);
                }
            }
            let mut here: Vec<_> = here.into_iter().collect();
            here.sort_unstable_by_key(|(org, _)| *org);
            let network = u32::try_from(ni).unwrap_or(UNSET);
            for (org, (direct, mut via)) in here {
                via.sort_unstable();
                via.dedup();
                self.drafts[org as usize]
                    .presence
                    .push((network, direct, via));
            }
        }
    }
}
