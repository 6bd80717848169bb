//! The models on a hand-built 高知県-like set: three programs, a company
//! present only through its chairman, a person in two networks.

use super::*;
use crate::graph::{Filter, Overlap, Sampling};
use crate::identity::{Resolved, resolve};
use crate::model::{Dataset, Program, Sector};
use crate::testkit::{Data, org_in, person, position};

fn data() -> Dataset {
    let mut d = Data::default();
    d.net_in(
        "kochi/kofukin",
        Program::Kofukin,
        "高知県",
        vec![
            org_in("高知大学", Sector::Academia),
            org_in("高知県", Sector::Government),
            org_in("株式会社四国銀行", Sector::Finance),
            position("マツダ株式会社", "代表取締役会長"),
        ],
    )
    .net_in(
        "kochi/coi",
        Program::CoiNext,
        "高知県",
        vec![
            org_in("高知工科大学", Sector::Academia),
            org_in("高知大学", Sector::Academia),
            org_in("高知県", Sector::Government),
            org_in("マツダ株式会社", Sector::Industry),
            person("山田 太郎", None),
        ],
    )
    .net_in(
        "kochi/platform",
        Program::Platform,
        "高知県",
        vec![
            org_in("高知工科大学", Sector::Academia),
            org_in("高知県", Sector::Government),
            person("山田 太郎", None),
        ],
    )
    .net_in(
        "tokushima/x",
        Program::Other,
        "徳島県",
        vec![org_in("高知大学", Sector::Academia)],
    );
    d.done()
}

fn with_view<T>(filter: &Filter, f: impl FnOnce(&crate::graph::View<'_>) -> T) -> T {
    let ds = data();
    let res: Resolved = resolve(&ds);
    let ov = Overlap::new(&ds, &res);
    f(&ov.view(&ds, &res, filter))
}

fn kochi() -> Filter {
    Filter {
        prefectures: vec![crate::model::Prefecture::from_name("高知県").unwrap()],
        ..Filter::default()
    }
}

#[test]
fn the_table_has_one_column_per_program_and_members_by_sector() {
    let t = with_view(&kochi(), ProgramTable::build);
    let labels: Vec<&str> = t.columns.iter().map(|c| c.label).collect();
    assert_eq!(labels, ["交付金", "COI-NEXT", "プラットフォーム"]);
    let kofukin = &t.columns[0].networks[0];
    let groups: Vec<&str> = kofukin.groups.iter().map(|g| g.label).collect();
    assert_eq!(groups, ["学", "官", "産", "金"]);
    let mazda = &kofukin.groups[2].members[0];
    assert_eq!(mazda.label(), "マツダ株式会社 — 代表取締役会長");
    assert!(!mazda.direct);
    assert_eq!(mazda.networks, 2);
    // 高知県 sits in all three shown networks (徳島 is not shown).
    let pref = &kofukin.groups[1].members[0];
    assert_eq!((pref.name.as_str(), pref.networks), ("高知県", 3));
    assert_eq!(t.find(pref.entity).len(), 3);
    // The chairman is inside マツダ's cell, not a member of its own.
    assert!(
        kofukin
            .members()
            .all(|m| m.kind == crate::identity::EntityKind::Organization)
    );
    let coi = &t.columns[1].networks[0];
    let person = coi.members().find(|m| m.name == "山田 太郎").unwrap();
    assert_eq!((person.sector, person.networks), (Sector::Other, 2));
}

#[test]
fn the_matrix_puts_bridges_first() {
    let m = with_view(&kochi(), MembershipMatrix::build);
    let ids: Vec<&str> = m.networks.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["kochi/kofukin", "kochi/coi", "kochi/platform"]);
    let names: Vec<(&str, usize)> = m.rows.iter().map(|r| (r.name.as_str(), r.count)).collect();
    assert_eq!(names[0], ("高知県", 3));
    assert!(m.rows.windows(2).all(|w| w[0].count >= w[1].count));
    assert_eq!(m.bridges().len(), 5, "{names:?}");
    let mazda = m.rows.iter().find(|r| r.name == "マツダ株式会社").unwrap();
    let marks: Vec<&str> = mazda.cells.iter().map(Membership::mark).collect();
    assert_eq!(marks, ["○", "●", "·"]);
}

#[test]
fn lanes_draw_only_shared_members_and_fold_the_rest() {
    let l = with_view(&kochi(), LaneLayout::build);
    assert_eq!(l.lanes.len(), 3);
    assert_eq!(l.rows.len(), 5);
    assert!(l.crossings <= l.input_crossings);
    assert_eq!(crossings(&l), l.crossings);
    let kofukin = l
        .lanes
        .iter()
        .find(|x| x.network.id == "kochi/kofukin")
        .unwrap();
    // 四国銀行 only.
    assert_eq!((kofukin.folded, kofukin.shared), (1, 3));
    for row in &l.rows {
        assert!(row.marks.iter().filter(|m| m.is_member()).count() >= 2);
        assert!(row.marks[row.span.0].is_member() && row.marks[row.span.1].is_member());
    }
    let programs: Vec<Program> = l.lanes.iter().map(|x| x.network.program).collect();
    assert!(programs.is_sorted());
}

#[test]
fn keypersons_and_only_links() {
    let p = with_view(&kochi(), |v| People::build(v, Sampling::Exact));
    let names: Vec<&str> = p.keypersons.iter().map(|k| k.name.as_str()).collect();
    assert_eq!(names, ["山田 太郎"]);
    assert_eq!(p.keypersons[0].roles.len(), 2);
    assert_eq!(p.keypersons[0].programs, ["coi-next", "platform"]);
    // kofukin × coi share 高知大学, 高知県 and マツダ: no single link.
    assert!(
        p.only_links
            .iter()
            .all(|o| o.pairs.iter().all(|(a, b)| a != b))
    );
    let shown = with_view(&kochi(), |v| describe(v.filter(), v.networks().len()));
    assert_eq!(shown, "高知県 (3 networks)");
}

#[test]
fn a_sole_shared_member_is_an_only_link() {
    let filter = Filter {
        networks: vec!["kochi/kofukin".into(), "tokushima/x".into()],
        ..Filter::default()
    };
    let p = with_view(&filter, |v| People::build(v, Sampling::Exact));
    assert_eq!(p.only_links.len(), 1);
    assert_eq!(p.only_links[0].name, "高知大学");
    assert_eq!(
        p.only_links[0].pairs,
        [("kochi/kofukin".to_owned(), "tokushima/x".to_owned())]
    );
    let h = with_view(&filter, HeatMap::build);
    assert_eq!((h.shared[0][1], h.shared[1][0], h.max), (1, 1, 1));
}
