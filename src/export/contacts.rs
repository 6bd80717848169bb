//! Contact rows for a joint meeting: one per person or position across the
//! selected networks (deduplicated by identity), plus one per organisation
//! for the networks it is a direct member of without anybody of its own.

use std::collections::{BTreeMap, BTreeSet};

use super::clean::clean;
use super::order::sort_key;
use super::titles::{self, TitleSource};
use super::{ExportError, Selection};
use crate::identity::{EntityId, EntityKind, MemberRef, Resolved};
use crate::model::{Dataset, Sector};
use crate::readings::Style;

/// Marks the row of an organisation with no person or position listed.
pub const UNREGISTERED: &str = "担当者未登録";

/// What a row stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RowKind {
    Person,
    /// A post (`org` + `title`) whose holder is not named.
    Position,
    /// An organisation that is a member with nobody listed ([`UNREGISTERED`]).
    Organization,
}

/// A network a row sits in and its role there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkRole {
    pub id: String,
    pub name: String,
    /// Roles of its rows in that network joined by `、`; empty when none.
    pub role: String,
}

impl NetworkRole {
    /// `名称（役割）`, or the name alone.
    #[must_use]
    pub fn display(&self) -> String {
        if self.role.is_empty() {
            self.name.clone()
        } else {
            format!("{}（{}）", self.name, self.role)
        }
    }
}

/// One line of a contact list. Text is already cleaned (see
/// [`super::clean::clean`]): line breaks are LF, controls are escaped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactRow {
    pub kind: RowKind,
    /// Stable entity id (`person:山田太郎@ひろしまけん`).
    pub id: String,
    /// 氏名; empty for positions and organisations.
    pub name: String,
    /// ふりがな as written.
    pub kana: String,
    /// 所属: the organisation's display name.
    pub org: String,
    /// The organisation's reading (registry `kana`), for 五十音 order.
    pub org_kana: String,
    /// 役職 for a letter: the current title (see [`ContactRow::titles`]).
    pub title: String,
    /// Every distinct title with the networks giving it, current first.
    pub titles: Vec<TitleSource>,
    pub sector: Option<Sector>,
    /// Selected networks the row sits in, in dataset order.
    pub networks: Vec<NetworkRole>,
    pub email: String,
    pub phone: String,
    /// Distinct `note`s of its rows in the selected networks.
    pub notes: Vec<String>,
}

impl ContactRow {
    /// 区分 as one character (学官産金他), empty when unknown.
    #[must_use]
    pub fn sector_label(&self) -> &'static str {
        self.sector.map_or("", Sector::label_ja)
    }

    /// The 役職 cell: one title alone, several each with its networks.
    #[must_use]
    pub fn title_text(&self) -> String {
        titles::text(&self.titles)
    }

    /// The networks as `名称（役割）`, one per entry.
    #[must_use]
    pub fn network_lines(&self) -> Vec<String> {
        self.networks.iter().map(NetworkRole::display).collect()
    }
}

/// Builds the contact rows of the networks `sel` picks, sorted by sector
/// (学官産金他, unknown last), then organisation and person in 五十音 order.
///
/// # Errors
/// When the selection names an unknown network or picks none.
pub fn build(
    ds: &Dataset,
    res: &Resolved,
    sel: &Selection,
) -> Result<Vec<ContactRow>, ExportError> {
    let picked = sel.resolve(ds)?;
    Ok(build_for(ds, res, &picked))
}

/// [`build`] for network indices already chosen.
#[must_use]
pub fn build_for(ds: &Dataset, res: &Resolved, networks: &[u32]) -> Vec<ContactRow> {
    let mut rows_of: BTreeMap<EntityId, Vec<MemberRef>> = BTreeMap::new();
    // Networks where someone of an organisation is listed (by the row's
    // `org` or the person's main affiliation): there they speak for it.
    let mut covered: BTreeSet<(EntityId, u32)> = BTreeSet::new();
    for &network in networks {
        let count = ds
            .networks
            .get(network as usize)
            .map_or(0, |n| n.members.len());
        for member in (0..count).filter_map(|m| u32::try_from(m).ok()) {
            let at = MemberRef { network, member };
            let Some(found) = res.member(at) else {
                continue;
            };
            let entity = res.entity(found.entity);
            if entity.kind != EntityKind::Organization {
                covered.extend(found.org.map(|o| (o, network)));
                covered.extend(entity.org.map(|o| (o, network)));
            }
            rows_of.entry(found.entity).or_default().push(at);
        }
    }
    // An organisation keeps a row for the networks it is in without anyone
    // of its own, so a direct membership is never lost from the list.
    for (id, at) in &mut rows_of {
        if res.entity(*id).kind == EntityKind::Organization {
            at.retain(|a| !covered.contains(&(*id, a.network)));
        }
    }
    let mut rows: Vec<ContactRow> = rows_of
        .iter()
        .filter(|(_, at)| !at.is_empty())
        .map(|(&id, at)| row(ds, res, id, at))
        .collect();
    sort(&mut rows);
    rows
}

fn row(ds: &Dataset, res: &Resolved, id: EntityId, at: &[MemberRef]) -> ContactRow {
    let entity = res.entity(id);
    let contact = res.contact(ds, id);
    let kind = match entity.kind {
        EntityKind::Person => RowKind::Person,
        EntityKind::Position => RowKind::Position,
        EntityKind::Organization => RowKind::Organization,
    };
    let org_id = match entity.kind {
        EntityKind::Organization => Some(id),
        _ => entity.org,
    };
    let org = org_id
        .map(|o| res.entity(o).name.clone())
        .unwrap_or_default();
    let org_kana = org_id.and_then(|o| res.reading(ds, o)).unwrap_or_default();
    let mut titles = titles::from_rows(ds, res, at);
    let fallback = match kind {
        RowKind::Person => entity
            .registry
            .and_then(|r| ds.registry.people.get(r as usize))
            .and_then(|p| p.title.clone()),
        RowKind::Position => entity.title.clone(),
        RowKind::Organization => None,
    };
    if titles.is_empty() {
        titles.extend(fallback.map(|t| TitleSource {
            title: clean(&t),
            networks: Vec::new(),
        }));
    }
    ContactRow {
        kind,
        id: entity.id.clone(),
        name: if kind == RowKind::Person {
            clean(&entity.name)
        } else {
            String::new()
        },
        kana: clean(contact.kana.unwrap_or_default()),
        org: clean(&org),
        org_kana: clean(org_kana),
        title: titles.first().map(|t| t.title.clone()).unwrap_or_default(),
        titles,
        sector: entity.sector,
        networks: network_roles(ds, res, at),
        email: clean(contact.email.unwrap_or_default()),
        phone: clean(contact.phone.unwrap_or_default()),
        notes: distinct(at.iter().filter_map(|&a| res.row(ds, a)?.note.as_deref()))
            .iter()
            .map(|n| clean(n))
            .collect(),
    }
}

/// The networks of `at` (grouped, in dataset order) with their roles.
fn network_roles(ds: &Dataset, res: &Resolved, at: &[MemberRef]) -> Vec<NetworkRole> {
    let mut out: Vec<NetworkRole> = Vec::new();
    let mut roles: Vec<Vec<String>> = Vec::new();
    for &a in at {
        let Some(network) = ds.networks.get(a.network as usize) else {
            continue;
        };
        if out.last().is_none_or(|n| n.id != network.id) {
            out.push(NetworkRole {
                id: clean(&network.id),
                name: clean(&network.name),
                role: String::new(),
            });
            roles.push(Vec::new());
        }
        let role = res.row(ds, a).and_then(|m| m.role.as_deref());
        if let (Some(role), Some(list)) = (role, roles.last_mut())
            && !list.iter().any(|r| r == role)
        {
            list.push(role.to_owned());
        }
    }
    for (n, r) in out.iter_mut().zip(roles) {
        n.role = clean(&r.join("、"));
    }
    out
}

/// Distinct values in first-seen order.
fn distinct<'a>(values: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        if !v.is_empty() && !out.iter().any(|o| o == v) {
            out.push(v.to_owned());
        }
    }
    out
}

/// 区分 (学官産金他, unknown last), then organisation and person in 五十音
/// order ([`sort_key`]), then the rest to make the order total.
fn sort(rows: &mut [ContactRow]) {
    rows.sort_by_cached_key(|r| {
        (
            r.sector.map_or(Sector::ALL.len(), |s| s as usize),
            r.org.is_empty(),
            sort_key(&r.org, Some(r.org_kana.as_str()), Style::Organization),
            r.org.clone(),
            r.kind,
            sort_key(&r.name, Some(r.kana.as_str()), Style::Person),
            r.name.clone(),
            r.title.clone(),
            r.id.clone(),
        )
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testdata::dataset;

    fn summary(rows: &[ContactRow]) -> Vec<(RowKind, &str, &str, &str)> {
        rows.iter()
            .map(|r| (r.kind, r.sector_label(), r.org.as_str(), r.name.as_str()))
            .collect()
    }

    #[test]
    fn one_row_per_person_or_position_and_unlisted_organisations() {
        let (ds, res) = dataset();
        let rows = build(&ds, &res, &Selection::default()).unwrap();
        assert_eq!(
            summary(&rows),
            [
                (RowKind::Person, "学", "広島大学", "佐藤 花子"),
                (RowKind::Organization, "学", "広島大学", ""),
                (RowKind::Person, "官", "広島県", "山田 太郎"),
                (RowKind::Position, "産", "マツダ株式会社", ""),
                (RowKind::Organization, "産", "マツダ株式会社", ""),
                (RowKind::Organization, "金", "広島銀行", ""),
            ]
        );
        // 広島大学 leads `a` with nobody of its own there (佐藤 sits in `b`
        // only), and マツダ's 会長 is listed in `a` but not `b`: each keeps a
        // row for just the network where nobody speaks for it.
        assert_eq!(rows[1].network_lines(), ["a 協議会（代表機関）"]);
        assert_eq!(rows[4].network_lines(), ["b 協議会（参画機関）"]);
        assert_eq!(rows[5].network_lines(), ["a 協議会（参画機関）"]);
        let yamada = &rows[2];
        assert_eq!(yamada.kana, "やまだ たろう");
        assert_eq!(yamada.title, "局長");
        let roles: Vec<String> = yamada.network_lines();
        assert_eq!(roles, ["a 協議会（委員長）", "b 協議会（幹事）"]);
        assert_eq!(rows[0].email, "sato@example.jp");
        assert_eq!(rows[3].title, "代表取締役会長");
    }

    #[test]
    fn an_organisation_row_appears_when_its_people_are_not_selected() {
        let (ds, res) = dataset();
        let rows = build(&ds, &res, &Selection::of_networks(["a"])).unwrap();
        assert_eq!(
            summary(&rows),
            [
                (RowKind::Organization, "学", "広島大学", ""),
                (RowKind::Person, "官", "広島県", "山田 太郎"),
                (RowKind::Position, "産", "マツダ株式会社", ""),
                (RowKind::Organization, "金", "広島銀行", ""),
            ]
        );
        assert_eq!(rows[1].network_lines(), ["a 協議会（委員長）"]);
    }
}
