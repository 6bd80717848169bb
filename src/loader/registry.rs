//! Checks registry files (`organizations:` / `people:` / `distinct:`) and
//! builds their entries.

use super::context::FileCtx;
use super::convert::{Vocab, Word, field, text, text_list, word};
use super::locate::{Step, Target};
use super::loose::{Entry, List, Loose};
use super::raw::{RawOrg, RawPerson, RawTop};
use super::validate::{ORG_KEYS, PERSON_KEYS, check_email, check_kana, extras};
use crate::model::{DistinctPair, FileId, Origin, RegistryOrg, RegistryPerson};
use crate::msg::Msg;

/// What one registry file contributes.
#[derive(Debug, Default)]
pub struct Entries {
    pub orgs: Vec<RegistryOrg>,
    pub people: Vec<RegistryPerson>,
    pub distinct: Vec<DistinctPair>,
}

/// Validates a registry file's entries.
pub fn registry(ctx: &mut FileCtx<'_>, raw: RawTop, file: FileId) -> Entries {
    extras(ctx, &raw.extras, &[], "organizations, people, distinct");
    let distinct = super::distinct::distinct(ctx, raw.distinct, file);
    let orgs = entries(
        ctx,
        raw.organizations,
        "organizations",
        |ctx, e, path, i| org(ctx, e, path, Origin { file, index: i }),
    );
    let people = entries(ctx, raw.people, "people", |ctx, e, path, i| {
        person(ctx, e, path, Origin { file, index: i })
    });
    Entries {
        orgs,
        people,
        distinct,
    }
}

fn entries<T, R>(
    ctx: &mut FileCtx<'_>,
    list: Option<List<R>>,
    key: &'static str,
    mut each: impl FnMut(&mut FileCtx<'_>, R, &[Step<'_>], u32) -> Option<T>,
) -> Vec<T> {
    let items = match list {
        None | Some(List::Other(Loose::Null)) => return Vec::new(),
        Some(List::Other(other)) => {
            ctx.error(
                &[Step::Key(key)],
                Target::Value,
                Msg::EntriesNotList {
                    key,
                    found: other.describe(),
                },
                Some(Msg::HelpOneEntryPerLine),
            );
            return Vec::new();
        }
        Some(List::Items(items)) => items,
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        let path = [Step::Key(key), Step::Index(i)];
        match item {
            Entry::Map(raw) => {
                out.extend(each(ctx, *raw, &path, u32::try_from(i).unwrap_or(u32::MAX)));
            }
            Entry::Other(other) => ctx.error(
                &path,
                Target::Value,
                Msg::EntryNotMapping {
                    key,
                    found: other.describe(),
                },
                Some(Msg::HelpWriteEntry),
            ),
        }
    }
    out
}

fn org(
    ctx: &mut FileCtx<'_>,
    raw: RawOrg,
    path: &[Step<'_>],
    origin: Origin,
) -> Option<RegistryOrg> {
    extras(ctx, &raw.extras, path, ORG_KEYS);
    let at = |k| [path[0], path[1], Step::Key(k)];
    let name = entry_name(ctx, raw.name, path)?;
    let kana = text(ctx, raw.kana, &at("kana"));
    if let Some(k) = &kana {
        check_kana(ctx, k, &at("kana"));
    }
    Some(RegistryOrg {
        name,
        kana,
        aliases: text_list(ctx, raw.aliases, &at("aliases")),
        formerly: text_list(ctx, raw.formerly, &at("formerly")),
        sector: word(ctx, raw.sector, &at("sector"), Vocab::Sector).and_then(|w| {
            if let Word::Sector(s) = w {
                Some(s)
            } else {
                None
            }
        }),
        prefecture: word(ctx, raw.prefecture, &at("prefecture"), Vocab::Prefecture).and_then(|w| {
            if let Word::Prefecture(p) = w {
                Some(p)
            } else {
                None
            }
        }),
        origin: Some(origin),
    })
}

fn person(
    ctx: &mut FileCtx<'_>,
    raw: RawPerson,
    path: &[Step<'_>],
    origin: Origin,
) -> Option<RegistryPerson> {
    extras(ctx, &raw.extras, path, PERSON_KEYS);
    let at = |k| [path[0], path[1], Step::Key(k)];
    let name = entry_name(ctx, raw.name, path)?;
    let p = RegistryPerson {
        name,
        kana: text(ctx, raw.kana, &at("kana")),
        aliases: text_list(ctx, raw.aliases, &at("aliases")),
        org: text(ctx, raw.org, &at("org")),
        title: text(ctx, raw.title, &at("title")),
        email: text(ctx, raw.email, &at("email")),
        phone: text(ctx, raw.phone, &at("phone")),
        origin: Some(origin),
    };
    let _ = text(ctx, raw.note, &at("note"));
    if let Some(email) = &p.email {
        check_email(ctx, email, &at("email"));
    }
    if let Some(kana) = &p.kana {
        check_kana(ctx, kana, &at("kana"));
    }
    Some(p)
}

fn entry_name(ctx: &mut FileCtx<'_>, v: Option<Loose>, path: &[Step<'_>]) -> Option<String> {
    let at = [path[0], path[1], Step::Key("name")];
    let name = text(ctx, v, &at);
    if name.is_none() {
        ctx.error(
            path,
            Target::Value,
            Msg::EntryWithoutName {
                key: field(&path[..1]).to_owned(),
            },
            Some(Msg::HelpAddName),
        );
    }
    name
}
