//! Which registry file a decision goes into, and which insertion records
//! it: an existing entry grows when the decision is about a name it
//! already has, otherwise a new entry is appended.

use std::path::{Path, PathBuf};

use super::text::{Doc, Insert, Unsupported, add_to_entry_list, append_top};
use super::{Decision, EditError, files};
use crate::identity::{org_key, person_key};
use crate::loader::locate::Step;
use crate::loader::{LoadOptions, Loaded, load_bytes};
use crate::model::{FileKind, Registry};
use crate::msg::Msg;
use crate::yaml_out::scalar;

/// A registry file of the data directory, as read now.
pub(super) struct RegFile {
    /// As found below the data directory (what messages name).
    pub path: PathBuf,
    /// The regular file behind it (a link resolved).
    pub target: PathBuf,
    pub bytes: Vec<u8>,
    pub loaded: Loaded,
}

impl RegFile {
    fn registry(&self) -> &Registry {
        &self.loaded.dataset.registry
    }
}

/// The conventional registry file.
pub(super) const DEFAULT: &str = "registry.yaml";

/// Every registry file below `dir`, `registry.yaml` at the top first, then
/// in the loader's order. Files that are not regular are skipped, except a
/// top-level `registry.yaml`, which is an error (it is where a new
/// registry would go).
pub(super) fn registry_files(dir: &Path) -> Result<Vec<RegFile>, EditError> {
    files::regular_target(&dir.join(DEFAULT))?;
    let mut out = Vec::new();
    for (path, rel) in crate::loader::data_files(dir) {
        let Ok(Some(target)) = files::regular_target(&path) else {
            continue;
        };
        let Ok(bytes) = files::read(&target) else {
            continue;
        };
        // Network files are recognised without a full load.
        let text = String::from_utf8_lossy(&bytes);
        if text.lines().any(|l| l.starts_with("members:")) {
            continue;
        }
        let loaded = load_bytes(&path, &bytes, &LoadOptions::default());
        if loaded.dataset.files.first().map(|f| f.kind) == Some(FileKind::Registry) {
            let file = RegFile {
                path,
                target,
                bytes,
                loaded,
            };
            if rel == DEFAULT {
                out.insert(0, file);
            } else {
                out.push(file);
            }
        }
    }
    Ok(out)
}

/// The edit of one file that records a decision.
pub(super) struct Plan {
    /// Index into the registry files, or `None` for a new `registry.yaml`.
    pub file: Option<usize>,
    /// Applied in order, each to the result of the one before.
    pub edits: Vec<Edit>,
}

/// One insertion, described so it can be located in the current text.
pub(super) enum Edit {
    /// Append an item to a top-level list (`organizations`, `people`,
    /// `distinct`): block lines and the same item in flow style.
    Append {
        key: &'static str,
        block: Vec<String>,
        flow: String,
    },
    /// Add a name to `field` of entry `index` of the top-level list `key`.
    AddName {
        key: &'static str,
        index: u32,
        field: &'static str,
        value: String,
    },
}

impl Edit {
    pub fn locate(&self, doc: &Doc<'_>) -> Result<Insert, Unsupported> {
        match self {
            Edit::Append { key, block, flow } => append_top(doc, key, block, flow),
            Edit::AddName {
                key,
                index,
                field,
                value,
            } => {
                let entry = [Step::Key(key), Step::Index(*index as usize)];
                add_to_entry_list(doc, &entry, field, value)
            }
        }
    }
}

/// A registry organisation entry: file, index in the file's list, name.
struct Found<'f> {
    file: usize,
    index: u32,
    name: &'f str,
}

fn org_entry<'f>(files: &'f [RegFile], key: &str) -> Option<Found<'f>> {
    files.iter().enumerate().find_map(|(f, rf)| {
        rf.registry().organizations.iter().find_map(|o| {
            let names = std::iter::once(&o.name)
                .chain(&o.aliases)
                .chain(&o.formerly);
            let hit = names.into_iter().any(|n| org_key(n) == key);
            hit.then(|| Found {
                file: f,
                index: o.origin.map_or(0, |x| x.index),
                name: &o.name,
            })
        })
    })
}

fn people_entries<'f>(files: &'f [RegFile], keys: &[String]) -> Vec<Found<'f>> {
    let mut out = Vec::new();
    for (f, rf) in files.iter().enumerate() {
        for p in &rf.registry().people {
            let names = std::iter::once(&p.name).chain(&p.aliases);
            if names.into_iter().any(|n| keys.contains(&person_key(n))) {
                out.push(Found {
                    file: f,
                    index: p.origin.map_or(0, |x| x.index),
                    name: &p.name,
                });
            }
        }
    }
    out
}

/// The plan for `d` over the directory's registry `files`.
pub(super) fn plan(files: &[RegFile], d: &Decision) -> Result<Plan, EditError> {
    match d {
        Decision::SameOrg { canonical, alias } => same_org(files, canonical, alias),
        Decision::SamePerson { name, alias, org } => {
            same_person(files, name, alias.as_deref(), org.as_deref())
        }
        Decision::DifferentOrgs { a, b } => different_orgs(files, a, b),
        Decision::DifferentPeople {
            name_a,
            org_a,
            name_b,
            org_b,
        } => {
            let mut edits = Vec::new();
            for (n, o) in [(name_a, org_a), (name_b, org_b)] {
                if !has_person_at(files, n, o.as_deref()) {
                    edits.push(person_item(n, None, o.as_deref()));
                }
            }
            if edits.is_empty() {
                return Err(EditError::Already(Box::new(Msg::HaveOwnEntries {
                    a: name_a.clone(),
                    b: name_b.clone(),
                })));
            }
            Ok(new_entries(files, edits))
        }
    }
}

/// New entries go to `registry.yaml` at the top, else the first registry
/// file, else a new `registry.yaml` (`file: None`).
fn new_entries(files: &[RegFile], edits: Vec<Edit>) -> Plan {
    Plan {
        file: (!files.is_empty()).then_some(0),
        edits,
    }
}

fn same_org(files: &[RegFile], canonical: &str, alias: &str) -> Result<Plan, EditError> {
    let (kc, ka) = (org_key(canonical), org_key(alias));
    if kc == ka {
        return Err(EditError::Already(Box::new(Msg::AlreadyOneOrg {
            a: canonical.to_owned(),
            b: alias.to_owned(),
        })));
    }
    match (org_entry(files, &kc), org_entry(files, &ka)) {
        (Some(x), Some(y)) if x.file == y.file && x.index == y.index => {
            Err(EditError::Already(Box::new(Msg::AlreadyNameOf {
                alias: alias.to_owned(),
                name: x.name.to_owned(),
            })))
        }
        (Some(x), Some(y)) => Err(EditError::Conflict(Box::new(Msg::TwoEntries {
            a: canonical.to_owned(),
            b: alias.to_owned(),
            a_entry: x.name.to_owned(),
            a_file: files[x.file].path.display().to_string(),
            b_entry: y.name.to_owned(),
            b_file: files[y.file].path.display().to_string(),
        }))),
        (Some(x), None) => Ok(add_name(&x, "organizations", alias)),
        // Only the alias side is registered: the entry gains the other
        // name, so no second entry is ever made for one organisation.
        (None, Some(y)) => Ok(add_name(&y, "organizations", canonical)),
        (None, None) => Ok(new_entries(files, vec![org_item(canonical, alias)])),
    }
}

fn same_person(
    files: &[RegFile],
    name: &str,
    alias: Option<&str>,
    org: Option<&str>,
) -> Result<Plan, EditError> {
    let alias = alias.filter(|a| person_key(a) != person_key(name));
    let keys: Vec<String> = std::iter::once(name).chain(alias).map(person_key).collect();
    let found = people_entries(files, &keys);
    match found.as_slice() {
        [] => Ok(new_entries(files, vec![person_item(name, alias, org)])),
        [one] => {
            let entry = files[one.file]
                .registry()
                .people
                .iter()
                .find(|p| p.origin.map(|o| o.index) == Some(one.index));
            let has = |n: &str| {
                let k = person_key(n);
                entry.is_some_and(|p| {
                    std::iter::once(&p.name)
                        .chain(&p.aliases)
                        .any(|x| person_key(x) == k)
                })
            };
            match std::iter::once(name).chain(alias).find(|n| !has(n)) {
                Some(n) => Ok(add_name(one, "people", n)),
                None => Err(EditError::Already(Box::new(Msg::AlreadyOnePerson {
                    name: name.to_owned(),
                }))),
            }
        }
        many => Err(EditError::Conflict(Box::new(Msg::Namesakes {
            count: many.len(),
            name: name.to_owned(),
        }))),
    }
}

fn different_orgs(files: &[RegFile], a: &str, b: &str) -> Result<Plan, EditError> {
    let (ka, kb) = (org_key(a), org_key(b));
    if ka == kb {
        return Err(EditError::Conflict(Box::new(Msg::OneByRules {
            a: a.to_owned(),
            b: b.to_owned(),
        })));
    }
    if let (Some(x), Some(y)) = (org_entry(files, &ka), org_entry(files, &kb))
        && x.file == y.file
        && x.index == y.index
    {
        return Err(EditError::Conflict(Box::new(Msg::OneEntry {
            a: a.to_owned(),
            b: b.to_owned(),
            entry: x.name.to_owned(),
            file: files[x.file].path.display().to_string(),
        })));
    }
    if files.iter().any(|f| has_distinct(f.registry(), &ka, &kb)) {
        return Err(EditError::Already(Box::new(Msg::AlreadyDistinct {
            a: a.to_owned(),
            b: b.to_owned(),
        })));
    }
    let item = format!("[{}, {}]", scalar(a), scalar(b));
    Ok(new_entries(
        files,
        vec![Edit::Append {
            key: "distinct",
            block: vec![item.clone()],
            flow: item,
        }],
    ))
}

fn has_distinct(registry: &Registry, ka: &str, kb: &str) -> bool {
    registry.distinct.iter().any(|p| {
        let (x, y) = (org_key(&p.a), org_key(&p.b));
        (x == ka && y == kb) || (x == kb && y == ka)
    })
}

fn has_person_at(files: &[RegFile], name: &str, org: Option<&str>) -> bool {
    files.iter().any(|f| person_at(f.registry(), name, org))
}

/// A `people:` entry of `name` (or with it as an alias) at `org`.
fn person_at(registry: &Registry, name: &str, org: Option<&str>) -> bool {
    let key = person_key(name);
    let org = org.map(org_key);
    registry.people.iter().any(|p| {
        std::iter::once(&p.name)
            .chain(&p.aliases)
            .any(|n| person_key(n) == key)
            && p.org.as_deref().map(org_key) == org
    })
}

fn add_name(entry: &Found<'_>, key: &'static str, value: &str) -> Plan {
    Plan {
        file: Some(entry.file),
        edits: vec![Edit::AddName {
            key,
            index: entry.index,
            field: "aliases",
            value: scalar(value),
        }],
    }
}

fn org_item(canonical: &str, alias: &str) -> Edit {
    let (c, a) = (scalar(canonical), scalar(alias));
    Edit::Append {
        key: "organizations",
        block: vec![format!("name: {c}"), format!("aliases: [{a}]")],
        flow: format!("{{name: {c}, aliases: [{a}]}}"),
    }
}

/// A `people:` item.
fn person_item(name: &str, alias: Option<&str>, org: Option<&str>) -> Edit {
    let mut fields = vec![("name", scalar(name))];
    if let Some(a) = alias {
        fields.push(("aliases", format!("[{}]", scalar(a))));
    }
    if let Some(o) = org {
        fields.push(("org", scalar(o)));
    }
    let block = fields.iter().map(|(k, v)| format!("{k}: {v}")).collect();
    let flow = fields
        .iter()
        .map(|(k, v)| format!("{k}: {v}"))
        .collect::<Vec<_>>()
        .join(", ");
    Edit::Append {
        key: "people",
        block,
        flow: format!("{{{flow}}}"),
    }
}

/// Whether `registry` (one file, re-read after the edit) records `d`.
pub(super) fn takes_effect(registry: &Registry, others: &[&Registry], d: &Decision) -> bool {
    let all = || std::iter::once(registry).chain(others.iter().copied());
    match d {
        Decision::SameOrg { canonical, alias } => {
            let keys = [org_key(canonical), org_key(alias)];
            registry.organizations.iter().any(|o| {
                let names: Vec<String> = std::iter::once(&o.name)
                    .chain(&o.aliases)
                    .chain(&o.formerly)
                    .map(|n| org_key(n))
                    .collect();
                keys.iter().all(|k| names.contains(k))
            })
        }
        Decision::SamePerson { name, alias, .. } => {
            let keys: Vec<String> = std::iter::once(name)
                .chain(alias)
                .map(|n| person_key(n))
                .collect();
            registry.people.iter().any(|p| {
                let names: Vec<String> = std::iter::once(&p.name)
                    .chain(&p.aliases)
                    .map(|n| person_key(n))
                    .collect();
                keys.iter().all(|k| names.contains(k))
            })
        }
        Decision::DifferentOrgs { a, b } => has_distinct(registry, &org_key(a), &org_key(b)),
        Decision::DifferentPeople {
            name_a,
            org_a,
            name_b,
            org_b,
        } => [(name_a, org_a), (name_b, org_b)]
            .into_iter()
            .all(|(n, o)| all().any(|r| person_at(r, n, o.as_deref()))),
    }
}
