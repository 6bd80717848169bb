//! The match report: each imported row against the data directory, with
//! the identity rules and duplicate suggestions the rest of renkei uses.
//! The imported network is added to the loaded dataset and everything is
//! resolved together, so a row matches exactly as it will after import.

use std::collections::HashMap;

use crate::identity::{self, EntityKind, Resolved};
use crate::model::{Dataset, FileKind, Network, SourceFile};

/// How one imported row relates to the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Match {
    /// Already there: the entity's id and the networks it sits in.
    Existing {
        entity: String,
        networks: Vec<String>,
    },
    /// Maybe the same as `other` (suggestion score 0–100 and why).
    Possible {
        other: String,
        score: u8,
        reason: crate::msg::Msg,
    },
    New,
}

/// One line of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// 1-based row in the sheet.
    pub row: usize,
    /// What the row is (`山田 太郎（高知県）`, `高知大学`).
    pub what: String,
    pub found: Match,
}

/// Matches each member of `imported` (a network loaded from the generated
/// YAML) against `existing`; `lines[i]` is the sheet row of member `i`.
#[must_use]
pub fn report(existing: &Dataset, mut imported: Network, lines: &[usize]) -> Vec<Line> {
    let mut ds = existing.clone();
    let file = u32::try_from(ds.files.len()).unwrap_or(u32::MAX);
    ds.files.push(SourceFile {
        path: "(import)".into(),
        rel: "(import)".into(),
        kind: FileKind::Network,
    });
    imported.file = crate::model::FileId(file);
    // Network ids are unique and sorted; the import gets one of its own.
    imported.id = format!("(import)/{}", imported.id);
    let at = ds.networks.partition_point(|n| n.id < imported.id);
    ds.networks.insert(at, imported);
    let res = identity::resolve(&ds);
    let suggestions = identity::suggest(&ds, &res);
    let best = best_suggestions(&suggestions);
    let new_net = u32::try_from(at).unwrap_or(u32::MAX);
    let count = ds.networks[at].members.len();
    (0..count)
        .filter_map(|m| {
            let member = u32::try_from(m).ok()?;
            let found = res.member(identity::MemberRef {
                network: new_net,
                member,
            })?;
            let e = res.entity(found.entity);
            let mut networks: Vec<String> = e
                .memberships
                .iter()
                .filter(|r| r.network != new_net)
                .filter_map(|r| ds.networks.get(r.network as usize))
                .map(|n| n.id.clone())
                .collect();
            networks.dedup();
            let matched = if !networks.is_empty() || e.registry.is_some() {
                Match::Existing {
                    entity: e.id.clone(),
                    networks,
                }
            } else {
                best.get(e.id.as_str())
                    .map_or(Match::New, |&(s, other)| Match::Possible {
                        other: other.clone(),
                        score: s.score,
                        reason: s.reason.clone(),
                    })
            };
            Some(Line {
                row: lines.get(m).copied().unwrap_or(0),
                what: describe(&res, found.entity),
                found: matched,
            })
        })
        .collect()
}

/// For each entity id, the best-scored suggestion pairing it with
/// something else, and that other name: one pass over the suggestions, so
/// a sheet of many new rows is not matched in time rows × suggestions.
fn best_suggestions(
    suggestions: &[identity::Suggestion],
) -> HashMap<&str, (&identity::Suggestion, &String)> {
    let mut best: HashMap<&str, (&identity::Suggestion, &String)> = HashMap::new();
    for s in suggestions {
        for (id, other) in [(&s.a_at.entity, &s.b), (&s.b_at.entity, &s.a)] {
            let Some(id) = id.as_deref() else { continue };
            let slot = best.entry(id).or_insert((s, other));
            // Of equal scores the last wins, as with `max_by_key`.
            if s.score >= slot.0.score {
                *slot = (s, other);
            }
        }
    }
    best
}

/// `氏名（所属）`, or the organisation's or position's name.
fn describe(res: &Resolved, id: identity::EntityId) -> String {
    let e = res.entity(id);
    let org = e.org.map(|o| res.entity(o).name.clone());
    match (e.kind, org) {
        (EntityKind::Person, Some(o)) => format!("{}（{o}）", e.name),
        (EntityKind::Position, Some(o)) => format!("{o} {}", e.title.clone().unwrap_or_default()),
        _ => e.name.clone(),
    }
}

/// The report as text, one line per row, then a count.
#[must_use]
pub fn text(lines: &[Line], lang: crate::msg::Lang) -> String {
    use crate::msg::Msg;
    use std::fmt::Write as _;
    let mut s = String::new();
    let (mut existing, mut possible, mut new) = (0, 0, 0);
    for l in lines {
        let what = crate::text::sanitize(&l.what).into_owned();
        let row = l.row;
        let line = match &l.found {
            Match::Existing { entity, networks } => {
                existing += 1;
                Msg::ImportRowExisting {
                    row,
                    what,
                    entity: entity.clone(),
                    networks: (!networks.is_empty()).then(|| networks.join(", ")),
                }
            }
            Match::Possible {
                other,
                score,
                reason,
            } => {
                possible += 1;
                Msg::ImportRowPossible {
                    row,
                    what,
                    other: crate::text::sanitize(other).into_owned(),
                    score: *score,
                    reason: reason.render(lang),
                }
            }
            Match::New => {
                new += 1;
                Msg::ImportRowNew { row, what }
            }
        };
        let _ = writeln!(s, "{}", line.render(lang));
    }
    let tally = Msg::ImportTally {
        existing,
        possible,
        new,
    };
    let _ = writeln!(s, "{}", tally.render(lang));
    s
}
