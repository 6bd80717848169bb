//! Duplicate suggestions: pairs the identity rules leave apart but a person
//! should look at, each with the registry entry that would settle it.
//! Nothing here ever merges anything.
//!
//! Scores run from 0 to 100; higher is likelier to be one entity:
//! * 90: organisation names equal after removing a prefecture or body prefix;
//! * 85: same person name, one row without an organisation;
//! * 80: same person name at two organisations;
//! * 55–84: one organisation name contains the other (by length ratio);
//! * up to 85: similar organisation names (bigram Jaccard and fuzzy match);
//! * 75 / 60 / 45: people with the same reading written differently, at the
//!   same organisation / one without one / at different ones;
//! * 50: one title contains the other at the same organisation.
//!
//! Settled pairs are left out: two organisations that each have a registry
//! entry of their own, and people the registry lists one by one with their
//! organisations.

use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

use super::entity::{EntityId, EntityKind};
use super::key::{kana_key, org_key, title_key};
pub use super::pairs::Cut;
use super::pairs::{org_pairs, shorter_first};
use super::resolved::Resolved;
use super::suggestion::{Occurrence, Suggestion, SuggestionKind};
use crate::model::{Dataset, FileId};
use crate::msg::Msg;

/// Largest group of same-name or same-reading people compared pairwise;
/// bigger groups are compared against their first member only, so a very
/// common name cannot flood the list.
const PAIRWISE: usize = 8;

/// Largest number of positions of one organisation compared pairwise.
const TITLES_PAIRWISE: usize = 64;

/// Every suggestion for a resolved dataset, best first (score descending,
/// then kind and names).
#[must_use]
pub fn suggest(ds: &Dataset, resolved: &Resolved) -> Vec<Suggestion> {
    suggest_all(ds, resolved).list
}

/// The suggestions of a dataset and whether the search for them was cut
/// short by its bounds.
#[derive(Debug, Clone, Default)]
pub struct Suggestions {
    /// Best first, as [`suggest`] gives them.
    pub list: Vec<Suggestion>,
    /// Set when the similar-name search stopped at its bounds: some
    /// organisation names were not compared with every name like them,
    /// so pairs may be missing (`check` says so in a note).
    pub cut: Option<Cut>,
}

/// Like [`suggest`], also saying whether the search was exhaustive.
#[must_use]
pub fn suggest_all(ds: &Dataset, resolved: &Resolved) -> Suggestions {
    let (mut list, cut) = org_suggestions(ds, resolved);
    list.extend(namesake_suggestions(ds, resolved));
    list.extend(reading_suggestions(ds, resolved));
    list.extend(title_suggestions(ds, resolved));
    sort(&mut list);
    Suggestions { list, cut }
}

/// Organisation suggestions among bare names, as a benchmark or a quick
/// check of a list. Names with the same key are one organisation and are
/// not suggested; the first spelling of each key stands for it.
#[must_use]
pub fn suggest_orgs(names: &[&str]) -> Vec<Suggestion> {
    let mut keys: Vec<String> = Vec::new();
    let mut spelled: Vec<&str> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for &name in names {
        let key = org_key(name);
        if seen.insert(key.clone()) {
            keys.push(key);
            spelled.push(name);
        }
    }
    let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
    let mut out: Vec<Suggestion> = org_pairs(&refs, &[])
        .0
        .into_iter()
        .map(|p| Suggestion {
            kind: SuggestionKind::Org,
            a: spelled[p.a].to_owned(),
            b: spelled[p.b].to_owned(),
            score: p.score,
            reason: p.reason,
            a_at: Occurrence::default(),
            b_at: Occurrence::default(),
        })
        .collect();
    sort(&mut out);
    out
}

fn sort(out: &mut [Suggestion]) {
    out.sort_by(|x, y| {
        (
            Reverse(x.score),
            x.kind,
            &x.a,
            &x.b,
            &x.a_at.entity,
            &x.b_at.entity,
        )
            .cmp(&(
                Reverse(y.score),
                y.kind,
                &y.a,
                &y.b,
                &y.a_at.entity,
                &y.b_at.entity,
            ))
    });
}

fn occurrence(ds: &Dataset, resolved: &Resolved, id: EntityId) -> Occurrence {
    let e = resolved.entity(id);
    let mut files: Vec<FileId> = e
        .networks
        .iter()
        .map(|&n| ds.networks[n as usize].file)
        .collect();
    files.sort_unstable();
    files.dedup();
    Occurrence {
        entity: Some(e.id.clone()),
        org: match e.kind {
            EntityKind::Person => e.org.map(|o| resolved.entity(o).name.clone()),
            _ => None,
        },
        networks: e.networks.clone(),
        files,
        in_registry: e.registry.is_some(),
    }
}

fn make(
    ds: &Dataset,
    resolved: &Resolved,
    kind: SuggestionKind,
    (a, b): (EntityId, EntityId),
    (a_text, b_text): (&str, &str),
    score: u8,
    reason: Msg,
) -> Suggestion {
    Suggestion {
        kind,
        a: a_text.to_owned(),
        b: b_text.to_owned(),
        score,
        reason,
        a_at: occurrence(ds, resolved, a),
        b_at: occurrence(ds, resolved, b),
    }
}

/// Organisation pairs over every key an organisation is known by (its
/// spellings' keys, registry aliases included). Two organisations that
/// both have their own registry entry are taken as settled, and so is a
/// registry `distinct:` pair.
fn org_suggestions(ds: &Dataset, resolved: &Resolved) -> (Vec<Suggestion>, Option<Cut>) {
    let mut keys: Vec<String> = Vec::new();
    let mut owner: Vec<(EntityId, &str)> = Vec::new();
    let mut index: HashMap<String, EntityId> = HashMap::new();
    for (id, e) in resolved.of_kind(EntityKind::Organization) {
        for s in &e.spellings {
            let key = org_key(&s.text);
            if let std::collections::hash_map::Entry::Vacant(v) = index.entry(key) {
                keys.push(v.key().clone());
                v.insert(id);
                owner.push((id, &s.text));
            }
        }
    }
    let distinct = distinct_pairs(ds, &index);
    let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
    let mut best: HashMap<(EntityId, EntityId), (u8, usize, usize, Msg)> = HashMap::new();
    let registered = |e: EntityId| resolved.entity(e).registry.is_some();
    let settled: Vec<bool> = owner.iter().map(|&(e, _)| registered(e)).collect();
    let (pairs, cut) = org_pairs(&refs, &settled);
    for p in pairs {
        let (ea, eb) = (owner[p.a].0, owner[p.b].0);
        let slot = (ea.min(eb), ea.max(eb));
        if ea == eb || (registered(ea) && registered(eb)) || distinct.contains(&slot) {
            continue;
        }
        if best.get(&slot).is_none_or(|b| b.0 < p.score) {
            best.insert(slot, (p.score, p.a, p.b, p.reason));
        }
    }
    let list = best
        .into_values()
        .map(|(score, a, b, reason)| {
            let ids = (owner[a].0, owner[b].0);
            make(
                ds,
                resolved,
                SuggestionKind::Org,
                ids,
                (owner[a].1, owner[b].1),
                score,
                reason,
            )
        })
        .collect();
    (list, cut)
}

/// The organisations of each registry `distinct:` pair, smaller id first;
/// names that match no organisation are left out (the loader warns).
fn distinct_pairs(
    ds: &Dataset,
    index: &HashMap<String, EntityId>,
) -> HashSet<(EntityId, EntityId)> {
    ds.registry
        .distinct
        .iter()
        .filter_map(|p| {
            let a = *index.get(&org_key(&p.a))?;
            let b = *index.get(&org_key(&p.b))?;
            Some((a.min(b), a.max(b)))
        })
        .collect()
}

/// Pairs to compare in a group: all of them when small, else each against
/// the first.
fn group_pairs<T: Copy>(group: &[T]) -> Vec<(T, T)> {
    let mut out = Vec::new();
    for (i, &x) in group.iter().enumerate() {
        for &y in &group[i + 1..] {
            out.push((x, y));
        }
        if group.len() > PAIRWISE {
            break;
        }
    }
    out
}

/// People with one name kept apart because their organisations differ.
fn namesake_suggestions(ds: &Dataset, resolved: &Resolved) -> Vec<Suggestion> {
    let mut out = Vec::new();
    for split in resolved.person_splits() {
        for ((a, ra), (b, rb)) in group_pairs(split) {
            if ra && rb {
                continue;
            }
            let (ea, eb) = (resolved.entity(a), resolved.entity(b));
            let org_name = |e: &super::Entity| e.org.map(|o| resolved.entity(o).name.clone());
            let (score, reason) = match (org_name(ea), org_name(eb)) {
                (Some(a), Some(b)) => (80, Msg::ReasonSameNameOrgs { a, b }),
                _ => (85, Msg::ReasonSameNameNoOrg),
            };
            let texts = (ea.name.as_str(), eb.name.as_str());
            out.push(make(
                ds,
                resolved,
                SuggestionKind::Person,
                (a, b),
                texts,
                score,
                reason,
            ));
        }
    }
    out
}

/// People whose readings agree but whose names are written differently.
fn reading_suggestions(ds: &Dataset, resolved: &Resolved) -> Vec<Suggestion> {
    let mut by_reading: HashMap<String, Vec<EntityId>> = HashMap::new();
    for (id, _) in resolved.of_kind(EntityKind::Person) {
        if let Some(kana) = resolved.contact(ds, id).kana {
            let key = kana_key(kana);
            if !key.is_empty() {
                by_reading.entry(key).or_default().push(id);
            }
        }
    }
    let mut out = Vec::new();
    for (reading, group) in &by_reading {
        for (a, b) in group_pairs(group) {
            let (ea, eb) = (resolved.entity(a), resolved.entity(b));
            if ea.key == eb.key || (ea.registry.is_some() && eb.registry.is_some()) {
                continue;
            }
            let score = match (ea.org, eb.org) {
                (Some(x), Some(y)) if x == y => 75,
                (Some(_), Some(_)) => 45,
                _ => 60,
            };
            let reason = Msg::ReasonSameReading {
                reading: reading.clone(),
            };
            let texts = (ea.name.as_str(), eb.name.as_str());
            out.push(make(
                ds,
                resolved,
                SuggestionKind::Person,
                (a, b),
                texts,
                score,
                reason,
            ));
        }
    }
    out
}

/// Positions of one organisation where one title contains the other
/// (社長 / 代表取締役社長).
fn title_suggestions(ds: &Dataset, resolved: &Resolved) -> Vec<Suggestion> {
    let mut by_org: HashMap<EntityId, Vec<EntityId>> = HashMap::new();
    for (id, e) in resolved.of_kind(EntityKind::Position) {
        if let Some(org) = e.org {
            by_org.entry(org).or_default().push(id);
        }
    }
    let mut out = Vec::new();
    for group in by_org.values().filter(|g| g.len() <= TITLES_PAIRWISE) {
        let titles: Vec<String> = group
            .iter()
            .map(|&p| title_key(resolved.entity(p).title.as_deref().unwrap_or_default()))
            .collect();
        let refs: Vec<&str> = titles.iter().map(String::as_str).collect();
        for i in 0..group.len() {
            for j in i + 1..group.len() {
                let (s, l) = shorter_first(&refs, i, j);
                if refs[s].chars().count() < 2 || !refs[l].contains(refs[s]) {
                    continue;
                }
                let (a, b) = (group[s], group[l]);
                let texts = (
                    resolved.entity(a).name.as_str(),
                    resolved.entity(b).name.as_str(),
                );
                let reason = Msg::ReasonTitleContains;
                out.push(make(
                    ds,
                    resolved,
                    SuggestionKind::Position,
                    (a, b),
                    texts,
                    50,
                    reason,
                ));
            }
        }
    }
    out
}
