//! Registry organisation entries that contradict each other, in one file
//! or across files: an alias cycle (A lists B, B lists A), one alias under
//! two entries, and an alias that is another entry's name.
//!
//! Resolution copes with each of them on its own (the first entry keeps
//! the name), but what it drops, such as the other entry's sector, is lost
//! silently, so each is an error at the later entry naming the earlier
//! one's FILE:LINE.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use super::locate::Step;
use super::reporter::Reporter;
use crate::diag::Severity;
use crate::identity::org_key;
use crate::model::{Dataset, Origin, RegistryOrg};
use crate::msg::Msg;
use crate::text::sanitize;

/// One alias or former name of an entry: its list and position there.
#[derive(Clone, Copy)]
struct Alias<'a> {
    entry: usize,
    list: &'static str,
    index: usize,
    text: &'a str,
}

/// Reports every conflict among `ds.registry.organizations`.
pub fn check(ds: &Dataset, rep: &mut Reporter<'_>) {
    let orgs = &ds.registry.organizations;
    let names: Vec<String> = orgs.iter().map(|o| org_key(&o.name)).collect();
    let mut entry_named: HashMap<&str, usize> = HashMap::new();
    for (i, key) in names.iter().enumerate() {
        entry_named.entry(key.as_str()).or_insert(i);
    }
    let mut claimed: HashMap<String, Alias<'_>> = HashMap::new();
    for (i, o) in orgs.iter().enumerate() {
        for alias in aliases(i, o) {
            let key = org_key(alias.text);
            if key == names[i] {
                continue;
            }
            if let Some(&y) = entry_named.get(key.as_str())
                && y != i
            {
                let lists_back = aliases(y, &orgs[y]).any(|a| org_key(a.text) == names[i]);
                match (lists_back, i > y) {
                    (true, true) => cycle(ds, rep, alias, y),
                    (true, false) => {}
                    (false, _) => is_a_name(ds, rep, alias, y),
                }
                continue;
            }
            match claimed.entry(key) {
                Entry::Vacant(v) => {
                    v.insert(alias);
                }
                Entry::Occupied(first) if first.get().entry != i => {
                    twice(ds, rep, alias, *first.get());
                }
                Entry::Occupied(_) => {}
            }
        }
    }
}

fn aliases(entry: usize, o: &RegistryOrg) -> impl Iterator<Item = Alias<'_>> {
    in_list(entry, "aliases", &o.aliases).chain(in_list(entry, "formerly", &o.formerly))
}

fn in_list<'a>(
    entry: usize,
    list: &'static str,
    items: &'a [String],
) -> impl Iterator<Item = Alias<'a>> {
    items.iter().enumerate().map(move |(index, text)| Alias {
        entry,
        list,
        index,
        text,
    })
}

fn entry_path(origin: Origin) -> [Step<'static>; 2] {
    [
        Step::Key("organizations"),
        Step::Index(origin.index as usize),
    ]
}

/// Reports at `alias` (of a later entry) a conflict with entry `other`.
fn report(
    ds: &Dataset,
    rep: &mut Reporter<'_>,
    alias: Alias<'_>,
    other: usize,
    message: impl FnOnce(Option<String>) -> Msg,
    help: Msg,
) {
    let orgs = &ds.registry.organizations;
    let Some(origin) = orgs[alias.entry].origin else {
        return;
    };
    let place = orgs[other].origin.map(|o| rep.line_of(o, &entry_path(o)));
    let [k, i] = entry_path(origin);
    let path = [k, i, Step::Key(alias.list), Step::Index(alias.index)];
    rep.report(Severity::Error, origin, &path, message(place), Some(help));
}

fn cycle(ds: &Dataset, rep: &mut Reporter<'_>, alias: Alias<'_>, other: usize) {
    let orgs = &ds.registry.organizations;
    let (here, there) = (
        sanitize(&orgs[alias.entry].name).into_owned(),
        sanitize(&orgs[other].name).into_owned(),
    );
    report(
        ds,
        rep,
        alias,
        other,
        |at| Msg::AliasCycle { here, there, at },
        Msg::HelpAliasCycle,
    );
}

fn is_a_name(ds: &Dataset, rep: &mut Reporter<'_>, alias: Alias<'_>, other: usize) {
    let orgs = &ds.registry.organizations;
    let (here, text) = (
        sanitize(&orgs[alias.entry].name).into_owned(),
        sanitize(alias.text).into_owned(),
    );
    // Resolution links registry entries in order: an alias naming a later
    // entry joins the two, one naming an earlier entry is not followed.
    let joins = other > alias.entry;
    report(
        ds,
        rep,
        alias,
        other,
        |at| Msg::AliasIsEntry {
            text,
            here,
            at,
            joins,
        },
        Msg::HelpAliasIsEntry,
    );
}

fn twice(ds: &Dataset, rep: &mut Reporter<'_>, alias: Alias<'_>, first: Alias<'_>) {
    let orgs = &ds.registry.organizations;
    let (here, there) = (
        sanitize(&orgs[alias.entry].name).into_owned(),
        sanitize(&orgs[first.entry].name).into_owned(),
    );
    let text = sanitize(alias.text).into_owned();
    report(
        ds,
        rep,
        alias,
        first.entry,
        |at| Msg::AliasTwice {
            text,
            here,
            there,
            at,
        },
        Msg::HelpAliasTwice,
    );
}
