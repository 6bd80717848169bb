//! Checks of registry entries that need every file loaded first: `distinct`
//! names that match no organisation, and entries that contradict each other
//! across files.
//!
//! Positions are looked up only for what is reported, in the registry
//! files' texts kept for this pass, so a clean directory pays one hash
//! lookup per name and nothing else.

use std::collections::HashMap;

use super::locate::Step;
use super::reporter::Reporter;
use crate::diag::{Diagnostic, Severity};
use crate::identity::org_key;
use crate::model::{Dataset, Origin};
use crate::msg::Msg;
use crate::text::sanitize;

/// Diagnostics across registry files. `sources[f]` is the text of file `f`
/// when it is a registry file.
pub fn check(ds: &Dataset, sources: &[Option<String>]) -> Vec<Diagnostic> {
    let mut rep = Reporter::new(ds, sources);
    distinct_names(ds, &mut rep);
    super::conflicts::check(ds, &mut rep);
    rep.finish()
}

/// `distinct` names: each must match an organisation somewhere (a member,
/// a registry name, alias or former name, or a person's `org`), and the two
/// names of a pair must not be one registry entry.
fn distinct_names(ds: &Dataset, rep: &mut Reporter<'_>) {
    if ds.registry.distinct.is_empty() {
        return;
    }
    let mut found: HashMap<String, bool> = HashMap::new();
    for p in &ds.registry.distinct {
        found.insert(org_key(&p.a), false);
        found.insert(org_key(&p.b), false);
    }
    // Which registry entry each of its names belongs to (the first entry
    // that lists it, as resolution keeps it).
    let mut entry_of: HashMap<String, usize> = HashMap::new();
    for (i, o) in ds.registry.organizations.iter().enumerate() {
        for name in std::iter::once(&o.name)
            .chain(&o.aliases)
            .chain(&o.formerly)
        {
            let key = org_key(name);
            if let Some(seen) = found.get_mut(&key) {
                *seen = true;
                entry_of.entry(key).or_insert(i);
            }
        }
    }
    let mut left = found.values().filter(|seen| !**seen).count();
    let orgs = ds
        .registry
        .people
        .iter()
        .filter_map(|p| p.org.as_deref())
        .chain(
            ds.networks
                .iter()
                .flat_map(|n| n.members.iter().filter_map(|m| m.org.as_deref())),
        );
    // Popular organisations are written the same way in file after file;
    // a spelling's key is computed once.
    let mut spellings: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for name in orgs {
        if left == 0 {
            break;
        }
        if !spellings.insert(name) {
            continue;
        }
        if let Some(seen) = found.get_mut(&org_key(name))
            && !*seen
        {
            *seen = true;
            left -= 1;
        }
    }
    for p in &ds.registry.distinct {
        let Some(origin) = p.origin else { continue };
        let at = |j| {
            [
                Step::Key("distinct"),
                Step::Index(origin.index as usize),
                Step::Index(j),
            ]
        };
        let (ka, kb) = (org_key(&p.a), org_key(&p.b));
        for (j, (name, key)) in [(&p.a, &ka), (&p.b, &kb)].into_iter().enumerate() {
            if found.get(key) == Some(&false) {
                rep.report(
                    Severity::Warning,
                    origin,
                    &at(j),
                    Msg::DistinctUnmatched {
                        name: sanitize(name).into_owned(),
                    },
                    Some(Msg::HelpDistinctUnmatched),
                );
            }
        }
        if let (Some(&x), Some(&y)) = (entry_of.get(&ka), entry_of.get(&kb))
            && x == y
        {
            same_entry(ds, rep, origin, &at(1), (&p.a, &p.b), x);
        }
    }
}

/// A `distinct` pair whose names one registry entry joins.
fn same_entry(
    ds: &Dataset,
    rep: &mut Reporter<'_>,
    origin: Origin,
    path: &[Step<'_>],
    (a, b): (&str, &str),
    entry: usize,
) {
    let e = &ds.registry.organizations[entry];
    let place = e.origin.map(|o| {
        let at = [Step::Key("organizations"), Step::Index(o.index as usize)];
        rep.line_of(o, &at)
    });
    rep.report(
        Severity::Error,
        origin,
        path,
        Msg::DistinctOneEntry {
            a: sanitize(a).into_owned(),
            b: sanitize(b).into_owned(),
            entry: sanitize(&e.name).into_owned(),
            at: place,
        },
        Some(Msg::HelpDistinctOneEntry),
    );
}
