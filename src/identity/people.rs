//! Resolution of people: which person rows are the same human being.
//!
//! Policy (FORMAT.md leaves the details to the registry):
//! * Rows with the same person key (or keys linked by registry `aliases`)
//!   form a *name group*.
//! * No registry entry for the group: rows at one organisation, plus rows
//!   with no `org`, are one person. Rows at two or more organisations are
//!   one person per organisation, with the org-less rows as one more; these
//!   are reported as a split (a duplicate suggestion), never merged.
//! * One registry entry (or several naming the same `org`): the registry
//!   vouches that the name is one person, so every row merges into it,
//!   whatever organisation it gives. That is how "moved between posts" is
//!   settled.
//! * Registry entries with two or more different `org`s: each is its own
//!   person (namesakes settled); a row joins the entry with its organisation,
//!   and rows matching no entry fall back to one person per organisation.

use super::entity::{EntityKind, Seen};
use super::intern::{FastMap, UnionFind};
use super::resolve::{Builder, Draft, Mention, UNSET};

/// One name group: registry entries (index, organisation draft) and person
/// rows (indices into `Builder::mentions`).
struct Group {
    /// Canonical person key: first registry entry's name key, else the key.
    key: String,
    registry: Vec<(u32, Option<u32>)>,
    mentions: Vec<usize>,
}

impl Builder<'_> {
    pub(super) fn group_people(&mut self) {
        let groups = self.name_groups();
        for group in groups {
            self.resolve_group(&group);
        }
    }

    /// Name groups, in order of first appearance (registry, then rows).
    fn name_groups(&mut self) -> Vec<Group> {
        let ds = self.ds;
        let mut links = UnionFind::new();
        let mut entry_keys = Vec::with_capacity(ds.registry.people.len());
        for entry in &ds.registry.people {
            let k = self.people.id(&entry.name);
            for alias in &entry.aliases {
                let a = self.people.id(alias);
                links.union(k, a);
            }
            entry_keys.push(k);
        }
        let mut index: FastMap<u32, usize> = FastMap::default();
        let mut groups: Vec<Group> = Vec::new();
        for (ri, &k) in (0u32..).zip(&entry_keys) {
            let entry = &ds.registry.people[ri as usize];
            let org = entry
                .org
                .as_deref()
                .map(|o| self.org(o, Seen::Registry(entry.origin)));
            let root = links.find(k);
            let g = *index.entry(root).or_insert_with(|| {
                groups.push(Group {
                    key: self.people.key(k).to_owned(),
                    registry: Vec::new(),
                    mentions: Vec::new(),
                });
                groups.len() - 1
            });
            groups[g].registry.push((ri, org));
        }
        for (i, m) in self.mentions.iter().enumerate() {
            let root = links.find(m.key);
            let g = *index.entry(root).or_insert_with(|| {
                groups.push(Group {
                    key: self.people.key(m.key).to_owned(),
                    registry: Vec::new(),
                    mentions: Vec::new(),
                });
                groups.len() - 1
            });
            groups[g].mentions.push(i);
        }
        groups
    }

    fn resolve_group(&mut self, group: &Group) {
        let mut reg_orgs: Vec<Option<u32>> = group.registry.iter().map(|r| r.1).collect();
        reg_orgs.sort_unstable();
        reg_orgs.dedup();
        let mut slots: Vec<(Option<u32>, u32)> = Vec::new();
        let mut from_registry = Vec::new();
        if reg_orgs.len() == 1 {
            let entries: Vec<u32> = group.registry.iter().map(|r| r.0).collect();
            let d = self.person_draft(group, reg_orgs[0], &entries);
            for &i in &group.mentions {
                self.assign(i, d);
            }
            return;
        }
        for &(ri, org) in &group.registry {
            if slots.iter().all(|s| s.0 != org) {
                let d = self.person_draft(group, org, &[ri]);
                slots.push((org, d));
                from_registry.push(d);
            }
        }
        let mut orgs: Vec<u32> = group
            .mentions
            .iter()
            .filter_map(|&i| self.mentions[i].org)
            .collect();
        orgs.sort_unstable();
        orgs.dedup();
        // With no registry word and at most one organisation, org-less rows
        // are taken to be that organisation's person.
        let single = slots.is_empty() && orgs.len() <= 1;
        for &i in &group.mentions {
            let org = if single {
                orgs.first().copied()
            } else {
                self.mentions[i].org
            };
            let d = if let Some(s) = slots.iter().find(|s| s.0 == org) {
                s.1
            } else {
                let d = self.person_draft(group, org, &[]);
                slots.push((org, d));
                d
            };
            self.assign(i, d);
        }
        if slots.len() > 1 {
            let split = slots
                .iter()
                .map(|s| (s.1, from_registry.contains(&s.1)))
                .collect();
            self.splits.push(split);
        }
    }

    /// A person draft for a group at `org`, backed by registry `entries`
    /// (the first one is the person's registry entry).
    fn person_draft(&mut self, group: &Group, org: Option<u32>, entries: &[u32]) -> u32 {
        // Built by hand: this runs once per person, and `format!` showed up
        // in profiles of a million rows.
        let mut id = String::with_capacity(8 + group.key.len() * 2);
        id.push_str("person:");
        id.push_str(&group.key);
        if let Some(o) = org {
            id.push('@');
            id.push_str(&self.drafts[o as usize].key);
        }
        let mut draft = Draft::new(EntityKind::Person, id, group.key.clone());
        draft.org = org;
        draft.orgs.extend(org);
        draft.registry = entries.first().copied();
        let ds = self.ds;
        for &ri in entries {
            let entry = &ds.registry.people[ri as usize];
            let seen = Seen::Registry(entry.origin);
            for name in std::iter::once(&entry.name).chain(&entry.aliases) {
                draft.raw.push((self.people.spell(name).0, UNSET, seen));
            }
        }
        self.push(draft)
    }

    /// Puts person row `i` into draft `d`.
    fn assign(&mut self, i: usize, d: u32) {
        let Mention { org, at, text, .. } = self.mentions[i];
        let ds = self.ds;
        let member = &ds.networks[at.network as usize].members[at.member as usize];
        let draft = &mut self.drafts[d as usize];
        draft.raw.push((text, UNSET, Seen::Member(at)));
        draft.memberships.push(at);
        draft.count_sector(member.sector);
        if let Some(o) = org
            && !draft.orgs.contains(&o)
        {
            draft.orgs.push(o);
        }
        // A person the registry gives no organisation takes the one of
        // their first row as main affiliation.
        if draft.org.is_none() {
            draft.org = org;
        }
        let row = self.offsets[at.network as usize] + at.member as usize;
        self.members[row].0 = d;
    }
}
