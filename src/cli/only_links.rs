//! The only links `renkei keypersons` prints after its ranking: entities
//! whose removal leaves a pair of shown networks with nothing in common.
//! Every kind counts as in common (as in `overlap`); `--kind` only picks
//! which of them are listed.

use std::io::{self, Write};

use serde::Serialize;

use crate::graph::{Filter, View};
use crate::identity::EntityId;
use crate::msg::{Lang, Msg};
use crate::text::{pad_right, sanitize, width};

/// An only link with the network id pairs it alone holds.
#[derive(Debug, Serialize)]
pub struct JsonOnlyLink<'a> {
    kind: &'static str,
    id: &'a str,
    name: &'a str,
    /// `[a, b]` network ids, `a < b`.
    pairs: Vec<[&'a str; 2]>,
}

/// The view's only links, counted over every kind and listed for the
/// kinds the filter names, by reading key then id.
#[must_use]
pub fn only_links(view: &View<'_>) -> Vec<(EntityId, Vec<(u32, u32)>)> {
    let counted = view.with_filter(&Filter {
        kinds: Vec::new(),
        ..view.filter().clone()
    });
    let kinds = &view.filter().kinds;
    let mut out: Vec<(EntityId, Vec<(u32, u32)>)> = counted
        .only_links()
        .into_iter()
        .filter(|l| kinds.is_empty() || kinds.contains(&view.entity(l.entity).kind))
        .map(|l| (l.entity, l.pairs))
        .collect();
    out.sort_by(|(x, _), (y, _)| {
        let (ex, ey) = (view.entity(*x), view.entity(*y));
        ex.key.cmp(&ey.key).then(ex.id.cmp(&ey.id))
    });
    out
}

/// `Only links: N …` and one line per entity: kind, name, pairs.
///
/// # Errors
/// Only errors writing `out`.
pub fn write_table<W: Write>(
    out: &mut W,
    view: &View<'_>,
    links: &[(EntityId, Vec<(u32, u32)>)],
    lang: Lang,
) -> io::Result<()> {
    let count = links.len();
    writeln!(out, "\n{}", Msg::ReportOnlyLinks { count }.render(lang))?;
    let name_w = links
        .iter()
        .map(|(e, _)| width(&sanitize(&view.entity(*e).name)))
        .max()
        .unwrap_or(0);
    for (e, pairs) in links {
        let entity = view.entity(*e);
        let pairs: Vec<String> = pairs
            .iter()
            .map(|&(a, b)| {
                format!(
                    "{} × {}",
                    sanitize(&view.network(a).id),
                    sanitize(&view.network(b).id)
                )
            })
            .collect();
        writeln!(
            out,
            "  {}  {}  {}",
            pad_right(entity.kind.as_str(), 8),
            pad_right(&sanitize(&entity.name), name_w),
            pairs.join(", ")
        )?;
    }
    Ok(())
}

/// The JSON rows of `links`.
#[must_use]
pub fn json<'a>(
    view: &View<'a>,
    links: &'a [(EntityId, Vec<(u32, u32)>)],
) -> Vec<JsonOnlyLink<'a>> {
    links
        .iter()
        .map(|(e, pairs)| {
            let entity = view.entity(*e);
            JsonOnlyLink {
                kind: entity.kind.as_str(),
                id: &entity.id,
                name: &entity.name,
                pairs: pairs
                    .iter()
                    .map(|&(a, b)| [view.network(a).id.as_str(), view.network(b).id.as_str()])
                    .collect(),
            }
        })
        .collect()
}
