//! Resolution on hand-built datasets: merges, non-merges, presence, the
//! registry, display names and the person policy.

use crate::identity::{EntityKind, MemberRef, Resolved, resolve};
use crate::model::{Program, RegistryOrg, Sector};
use crate::testkit::{Data, org, org_in, person, position};

pub(super) fn id_of(r: &Resolved, id: &str) -> crate::identity::EntityId {
    r.by_id(id).unwrap_or_else(|| {
        let ids: Vec<&str> = r.entities().iter().map(|e| e.id.as_str()).collect();
        panic!("no {id} among {ids:?}")
    })
}

pub(super) fn count(r: &Resolved, kind: EntityKind) -> usize {
    r.of_kind(kind).count()
}

#[test]
fn spellings_with_one_key_are_one_organization() {
    let ds = Data::default()
        .net(
            "a",
            Program::Kofukin,
            vec![org("マツダ株式会社"), org("広島大学")],
        )
        .net("b", Program::CoiNext, vec![org("マツダ（株）")])
        .net("c", Program::Platform, vec![org("マツダ"), org("マツダ㈱")])
        .done();
    let r = resolve(&ds);
    assert_eq!(count(&r, EntityKind::Organization), 2);
    let mazda = r.entity(id_of(&r, "org:マツダ"));
    assert_eq!(mazda.networks, vec![0, 1, 2]);
    assert_eq!(mazda.spellings.len(), 4);
    assert_eq!(mazda.memberships.len(), 4);
    // Four spellings once each: the tie goes to Unicode order.
    assert_eq!(mazda.name, "マツダ");
}

#[test]
fn near_misses_stay_apart() {
    let ds = Data::default()
        .net(
            "a",
            Program::Kofukin,
            vec![
                org("四国大学"),
                org("四国大学短期大学部"),
                org("徳島県商工会連合会"),
                org("徳島県商工会議所連合会"),
                org("高知県公立大学法人高知工科大学"),
                org("高知工科大学"),
            ],
        )
        .done();
    assert_eq!(count(&resolve(&ds), EntityKind::Organization), 6);
}

#[test]
fn registry_alias_merges_and_names() {
    let ds = Data::default()
        .net(
            "a",
            Program::Kofukin,
            vec![org("高知県公立大学法人高知工科大学")],
        )
        .net("b", Program::Kofukin, vec![org("高知工科大学")])
        .reg_org("高知工科大学", &["高知県公立大学法人高知工科大学"], &[])
        .done();
    let r = resolve(&ds);
    assert_eq!(count(&r, EntityKind::Organization), 1);
    let e = r.entity(id_of(&r, "org:高知工科大学"));
    assert_eq!(e.name, "高知工科大学");
    assert_eq!(e.networks, vec![0, 1]);
    assert_eq!(e.registry, Some(0));
}

#[test]
fn registry_formerly_maps_old_names() {
    let ds = Data::default()
        .net("a", Program::CoiNext, vec![org("東京工業大学")])
        .net(
            "b",
            Program::CoiNext,
            vec![org("国立大学法人東京医科歯科大学")],
        )
        .net("c", Program::Other, vec![org("東京科学大学")])
        .reg_org("東京科学大学", &[], &["東京工業大学", "東京医科歯科大学"])
        .done();
    let r = resolve(&ds);
    assert_eq!(count(&r, EntityKind::Organization), 1);
    let e = r.entity(id_of(&r, "org:東京科学大学"));
    assert_eq!(e.name, "東京科学大学");
    assert_eq!(e.networks, vec![0, 1, 2]);
}

#[test]
fn display_name_is_the_most_frequent_spelling() {
    let ds = Data::default()
        .net(
            "a",
            Program::Kofukin,
            vec![org("マツダ株式会社"), org("広島大学")],
        )
        .net(
            "b",
            Program::Kofukin,
            vec![org("マツダ株式会社"), org("国立大学法人広島大学")],
        )
        .net("c", Program::Kofukin, vec![org("マツダ")])
        .done();
    let r = resolve(&ds);
    assert_eq!(r.entity(id_of(&r, "org:マツダ")).name, "マツダ株式会社");
    // One each: Unicode order puts 国 (U+56FD) before 広 (U+5E83).
    assert_eq!(
        r.entity(id_of(&r, "org:広島大学")).name,
        "国立大学法人広島大学"
    );
}

#[test]
fn positions_put_their_organization_in_the_network() {
    let ds = Data::default()
        .net(
            "a",
            Program::Kofukin,
            vec![
                org("広島大学"),
                position("マツダ株式会社", "代表取締役会長"),
            ],
        )
        .net(
            "b",
            Program::CoiNext,
            vec![org("マツダ"), position("マツダ（株）", "代表取締役 会長")],
        )
        .done();
    let r = resolve(&ds);
    assert_eq!(count(&r, EntityKind::Position), 1);
    let pos = id_of(&r, "position:マツダ/代表取締役会長");
    let mazda_id = id_of(&r, "org:マツダ");
    let mazda = r.entity(mazda_id);
    assert_eq!(mazda.networks, vec![0, 1]);
    let in_a = mazda.presence_in(0).unwrap();
    assert!(!in_a.direct);
    assert_eq!(in_a.via, vec![pos]);
    let in_b = mazda.presence_in(1).unwrap();
    assert!(in_b.direct);
    assert_eq!(in_b.via, vec![pos]);
    assert!(r.network(0).unwrap().orgs.contains(&mazda_id));
    assert_eq!(r.network(0).unwrap().positions, vec![pos]);
    let p = r.entity(pos);
    assert_eq!(p.org, Some(mazda_id));
    assert_eq!(p.networks, vec![0, 1]);
    assert!(p.name.starts_with("マツダ"));
    assert_eq!(mazda.memberships.len(), 1, "only the direct row");
}

#[test]
fn people_put_their_organization_in_the_network() {
    let ds = Data::default()
        .net(
            "a",
            Program::Kofukin,
            vec![person("山田 太郎", Some("広島県"))],
        )
        .done();
    let r = resolve(&ds);
    let pref = r.entity(id_of(&r, "org:広島県"));
    let yamada = id_of(&r, "person:山田太郎@広島県");
    assert_eq!(pref.presence_in(0).unwrap().via, vec![yamada]);
    assert!(!pref.presence_in(0).unwrap().direct);
    let row = r
        .member(MemberRef {
            network: 0,
            member: 0,
        })
        .unwrap();
    assert_eq!(row.entity, yamada);
    assert_eq!(row.org, Some(id_of(&r, "org:広島県")));
    assert_eq!(r.member_in(&ds, "a", 0), Some(row));
    assert_eq!(r.member_in(&ds, "a", 1), None);
    assert_eq!(r.member_in(&ds, "zzz", 0), None);
}

#[test]
fn sectors_come_from_members_then_registry() {
    let ds = Data::default()
        .net(
            "a",
            Program::Kofukin,
            vec![org_in("マツダ", Sector::Industry), org("広島大学")],
        )
        .net(
            "b",
            Program::Kofukin,
            vec![org_in("マツダ株式会社", Sector::Industry)],
        )
        .net("c", Program::Kofukin, vec![org_in("マツダ", Sector::Other)])
        .reg_org_full(RegistryOrg {
            name: "広島大学".into(),
            sector: Some(Sector::Academia),
            ..RegistryOrg::default()
        })
        .done();
    let r = resolve(&ds);
    let mazda = r.entity(id_of(&r, "org:マツダ"));
    assert_eq!(mazda.sector, Some(Sector::Industry));
    assert_eq!(mazda.sectors_seen, vec![Sector::Industry, Sector::Other]);
    let hu = r.entity(id_of(&r, "org:広島大学"));
    assert_eq!(hu.sector, Some(Sector::Academia));
    let at = MemberRef {
        network: 0,
        member: 1,
    };
    assert_eq!(r.member_sector(&ds, at), Some(Sector::Academia));
}

#[test]
fn stable_ids_survive_unrelated_files() {
    let base = |d: &mut Data| {
        d.net(
            "m",
            Program::Kofukin,
            vec![org("マツダ"), person("山田 太郎", Some("広島県"))],
        );
    };
    let mut one = Data::default();
    base(&mut one);
    let mut two = Data::default();
    two.net(
        "a",
        Program::Other,
        vec![org("広島銀行"), position("広島県", "知事")],
    );
    base(&mut two);
    let (r1, r2) = (resolve(&one.done()), resolve(&two.done()));
    for e in r1.entities() {
        assert!(r2.by_id(&e.id).is_some(), "{} lost", e.id);
    }
}

#[test]
fn lookups_by_kind_and_network() {
    let ds = Data::default()
        .net(
            "a",
            Program::Kofukin,
            vec![
                org("広島大学"),
                person("山田 太郎", Some("広島県")),
                position("マツダ", "会長"),
            ],
        )
        .done();
    let r = resolve(&ds);
    assert_eq!(count(&r, EntityKind::Organization), 3);
    assert_eq!(count(&r, EntityKind::Person), 1);
    assert_eq!(count(&r, EntityKind::Position), 1);
    let net = r.network(0).unwrap();
    assert_eq!(net.orgs.len(), 3);
    assert_eq!(net.all().count(), 5);
    let roles: Vec<_> = r.roles(&ds, id_of(&r, "position:マツダ/会長")).collect();
    assert_eq!(roles, vec![(0, None, Some("会長"))]);
}

#[test]
fn conflicting_registry_aliases_are_noted_not_merged() {
    let ds = Data::default()
        .net("a", Program::Kofukin, vec![org("県立大学")])
        .reg_org("広島県立大学", &["県立大学"], &[])
        .reg_org("高知県立大学", &["県立大学"], &[])
        .done();
    let r = resolve(&ds);
    assert_eq!(count(&r, EntityKind::Organization), 2);
    assert_eq!(r.notes().len(), 1);
    assert!(r.entity(id_of(&r, "org:広島県立大学")).networks == vec![0]);
}
