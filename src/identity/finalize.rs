//! Resolution, last step: drafts become [`Entity`] values in their published
//! order, with display names, sectors and per-network lookups.

use std::collections::HashMap;

use super::entity::{
    Entity, EntityId, EntityKind, MemberEntities, NetworkEntities, Presence, Seen, Spelling,
};
use super::intern::KeyTable;
use super::resolve::{Builder, Draft, UNSET};
use super::resolved::Resolved;
use crate::model::Sector;

impl Builder<'_> {
    pub(super) fn finalize(mut self) -> Resolved {
        let order = self.publication_order();
        let mut remap = vec![UNSET; self.drafts.len()];
        for (new, &old) in (0u32..).zip(&order) {
            remap[old as usize] = new;
        }
        let at = |d: u32| EntityId(remap[d as usize]);
        let mut drafts: Vec<Option<Draft>> = std::mem::take(&mut self.drafts)
            .into_iter()
            .map(Some)
            .collect();
        let texts = Texts {
            orgs: &self.org_keys,
            people: &self.people,
            titles: &self.titles,
        };
        let mut entities: Vec<Entity> = Vec::with_capacity(order.len());
        for &old in &order {
            if let Some(draft) = drafts[old as usize].take() {
                let registry_name = draft.registry.map(|r| {
                    let reg = &self.ds.registry;
                    match draft.kind {
                        EntityKind::Person => reg.people[r as usize].name.as_str(),
                        _ => reg.organizations[r as usize].name.as_str(),
                    }
                });
                let entity = build_entity(draft, registry_name, &entities, &at, &texts);
                entities.push(entity);
            }
        }
        let members = self
            .members
            .iter()
            .map(|&(e, o)| {
                (e != UNSET).then(|| MemberEntities {
                    entity: at(e),
                    org: (o != UNSET).then(|| at(o)),
                })
            })
            .collect();
        let networks = network_entities(&entities, self.ds.networks.len());
        let mut splits: Vec<Vec<(EntityId, bool)>> = self
            .splits
            .iter()
            .map(|s| {
                let mut s: Vec<_> = s.iter().map(|&(d, r)| (at(d), r)).collect();
                s.sort_unstable();
                s
            })
            .collect();
        splits.sort_unstable();
        Resolved {
            entities,
            members,
            offsets: self.offsets,
            networks,
            notes: self.notes,
            splits,
        }
    }

    /// Draft indices sorted by stable id, which also sorts by kind since
    /// the prefixes `org:` < `person:` < `position:` do. Ids should be unique
    /// by construction; a clash (a key containing the separator) gets a `~n`
    /// suffix so lookups by id stay unambiguous.
    fn publication_order(&mut self) -> Vec<u32> {
        let mut order: Vec<u32> = (0u32..).take(self.drafts.len()).collect();
        let by_id = |drafts: &[Draft], order: &mut Vec<u32>| {
            order.sort_unstable_by(|&a, &b| {
                (&drafts[a as usize].id, a).cmp(&(&drafts[b as usize].id, b))
            });
        };
        by_id(&self.drafts, &mut order);
        let mut clashed = false;
        let (mut first, mut run) = (usize::MAX, 1);
        for &d in &order {
            let d = d as usize;
            if first != usize::MAX && self.drafts[first].id == self.drafts[d].id {
                run += 1;
                self.drafts[d].id = format!("{}~{run}", self.drafts[d].id);
                clashed = true;
            } else {
                (first, run) = (d, 1);
            }
        }
        if clashed {
            by_id(&self.drafts, &mut order);
        }
        order
    }
}

fn build_entity(
    mut draft: Draft,
    registry_name: Option<&str>,
    built: &[Entity],
    at: &impl Fn(u32) -> EntityId,
    texts: &Texts,
) -> Entity {
    let spellings = spellings(draft.kind, &mut draft.raw, texts);
    let org = draft.org.map(at);
    // Organisations sort first, so a person's or position's is built.
    let org_entity = org.and_then(|o| built.get(o.index()));
    let title = (draft.kind == EntityKind::Position).then(|| best_title(&draft.raw, texts));
    let name = match (&draft.kind, org_entity, &title, registry_name) {
        (EntityKind::Position, Some(o), Some(t), _) => format!("{} {t}", o.name),
        (_, _, _, Some(r)) => r.to_owned(),
        _ => spellings
            .first()
            .map(|s| s.text.clone())
            .unwrap_or_default(),
    };
    let (sector, sectors_seen) = sectors(&draft, org_entity.and_then(|o| o.sector));
    let mut orgs: Vec<EntityId> = draft.orgs.iter().map(|&o| at(o)).collect();
    orgs.sort_unstable();
    orgs.dedup();
    let presence: Vec<Presence> = draft
        .presence
        .into_iter()
        .map(|(network, direct, via)| {
            let mut via: Vec<EntityId> = via.into_iter().map(at).collect();
            via.sort_unstable();
            via.dedup();
            Presence {
                network,
                direct,
                via,
            }
        })
        .collect();
    let mut networks: Vec<u32> = if draft.kind == EntityKind::Organization {
        presence.iter().map(|p| p.network).collect()
    } else {
        draft.memberships.iter().map(|m| m.network).collect()
    };
    networks.dedup();
    Entity {
        kind: draft.kind,
        id: draft.id,
        name,
        key: draft.key,
        spellings,
        sector,
        sectors_seen,
        org,
        orgs,
        title,
        memberships: draft.memberships,
        networks,
        presence,
        registry: draft.registry,
    }
}

/// The spelling tables of a builder, to turn raw text ids back into text.
struct Texts<'b, 'a> {
    orgs: &'b KeyTable<'a>,
    people: &'b KeyTable<'a>,
    titles: &'b KeyTable<'a>,
}

impl Texts<'_, '_> {
    fn spelled(&self, kind: EntityKind, text: u32, title: u32) -> String {
        match kind {
            EntityKind::Organization => self.orgs.text(text).to_owned(),
            EntityKind::Person => self.people.text(text).to_owned(),
            EntityKind::Position => {
                format!("{} {}", self.orgs.text(text), self.titles.text(title))
            }
        }
    }
}

/// Groups raw sightings by spelling, most used by members first, ties by
/// Unicode order; sightings of one spelling stay in dataset order.
fn spellings(kind: EntityKind, raw: &mut [(u32, u32, Seen)], texts: &Texts) -> Vec<Spelling> {
    raw.sort_by_key(|r| (r.0, r.1));
    let mut out: Vec<(usize, Spelling)> = Vec::new();
    let mut last = None;
    for &(text, title, seen) in raw.iter() {
        let member = usize::from(matches!(seen, Seen::Member(_)));
        match out.last_mut() {
            Some((count, s)) if last == Some((text, title)) => {
                s.seen.push(seen);
                *count += member;
            }
            _ => out.push((
                member,
                Spelling {
                    text: texts.spelled(kind, text, title),
                    seen: vec![seen],
                },
            )),
        }
        last = Some((text, title));
    }
    out.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.text.cmp(&b.1.text)));
    out.into_iter().map(|(_, s)| s).collect()
}

/// Most frequent title spelling among a position's rows, ties by Unicode
/// order.
fn best_title(raw: &[(u32, u32, Seen)], texts: &Texts) -> String {
    let mut counts: HashMap<u32, usize> = HashMap::new();
    for &(_, title, _) in raw {
        *counts.entry(title).or_default() += 1;
    }
    counts
        .into_iter()
        .map(|(t, n)| (texts.titles.text(t), n))
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map(|(t, _)| t.to_owned())
        .unwrap_or_default()
}

/// The entity's sector: the most frequent one members gave (a tie goes to
/// the registry's if it is among the tied, else to the first in
/// [`Sector::ALL`]), else the registry's, else `fallback` (a person's or
/// position's organisation). Also every sector seen.
fn sectors(draft: &Draft, fallback: Option<Sector>) -> (Option<Sector>, Vec<Sector>) {
    let counts = draft.sector_counts;
    let top = counts.iter().copied().max().unwrap_or(0);
    let mut seen: Vec<Sector> = Sector::ALL
        .into_iter()
        .filter(|&s| counts[s as usize] > 0)
        .collect();
    if let Some(r) = draft.registry_sector
        && !seen.contains(&r)
    {
        seen.push(r);
        seen.sort_unstable();
    }
    let sector = if top == 0 {
        draft.registry_sector.or(fallback)
    } else {
        draft
            .registry_sector
            .filter(|&r| counts[r as usize] == top)
            .or_else(|| Sector::ALL.into_iter().find(|&s| counts[s as usize] == top))
    };
    (sector, seen)
}

/// Per network: organisations by presence, people and positions by rows.
fn network_entities(entities: &[Entity], networks: usize) -> Vec<NetworkEntities> {
    let mut out = vec![NetworkEntities::default(); networks];
    for (e, i) in entities.iter().zip(0u32..) {
        for &n in &e.networks {
            let list = &mut out[n as usize];
            match e.kind {
                EntityKind::Organization => list.orgs.push(EntityId(i)),
                EntityKind::Person => list.people.push(EntityId(i)),
                EntityKind::Position => list.positions.push(EntityId(i)),
            }
        }
    }
    out
}
