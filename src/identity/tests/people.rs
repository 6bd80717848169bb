//! The person policy: who is merged, who is kept apart, what the registry
//! settles, and contact details.

use super::resolve::{count, id_of};
use crate::identity::{EntityKind, MemberRef, Resolved, resolve};
use crate::model::{Dataset, Program, RegistryPerson};
use crate::testkit::{Data, person};

fn three_networks_of_people(extra: impl FnOnce(&mut Data)) -> (Dataset, Resolved) {
    let mut d = Data::default();
    d.net(
        "a",
        Program::Kofukin,
        vec![person("髙橋 一郎", Some("マツダ株式会社"))],
    )
    .net(
        "b",
        Program::CoiNext,
        vec![person("高橋一郎", Some("マツダ"))],
    )
    .net("c", Program::Platform, vec![person("高橋 一郎", None)]);
    extra(&mut d);
    let ds = d.done();
    let r = resolve(&ds);
    (ds, r)
}

#[test]
fn same_person_key_and_organization_merge() {
    let (_, r) = three_networks_of_people(|_| {});
    assert_eq!(count(&r, EntityKind::Person), 1);
    let p = r.entity(id_of(&r, "person:高橋一郎@マツダ"));
    assert_eq!(p.networks, vec![0, 1, 2]);
    assert_eq!(p.org, Some(id_of(&r, "org:マツダ")));
    assert!(r.person_splits().is_empty());
}

#[test]
fn same_name_at_two_organizations_is_kept_apart() {
    let (_, r) = three_networks_of_people(|d| {
        d.net(
            "d",
            Program::Other,
            vec![person("高橋 一郎", Some("広島銀行"))],
        );
    });
    assert_eq!(count(&r, EntityKind::Person), 3);
    id_of(&r, "person:高橋一郎@マツダ");
    id_of(&r, "person:高橋一郎@広島銀行");
    let orgless = r.entity(id_of(&r, "person:高橋一郎"));
    assert_eq!(orgless.networks, vec![2]);
    assert_eq!(r.person_splits().len(), 1);
    assert_eq!(r.person_splits()[0].len(), 3);
}

#[test]
fn one_registry_entry_merges_across_organizations() {
    let (ds, r) = three_networks_of_people(|d| {
        d.net(
            "d",
            Program::Other,
            vec![person("高橋 一郎", Some("広島銀行"))],
        )
        .reg_person(RegistryPerson {
            name: "高橋 一郎".into(),
            org: Some("広島銀行".into()),
            email: Some("takahashi@example.jp".into()),
            kana: Some("たかはし いちろう".into()),
            ..RegistryPerson::default()
        });
    });
    assert_eq!(count(&r, EntityKind::Person), 1);
    let id = id_of(&r, "person:高橋一郎@広島銀行");
    let p = r.entity(id);
    assert_eq!(p.name, "高橋 一郎");
    assert_eq!(p.networks, vec![0, 1, 2, 3]);
    assert_eq!(p.orgs.len(), 2);
    assert!(r.person_splits().is_empty());
    assert_eq!(r.contact(&ds, id).email, Some("takahashi@example.jp"));
}

#[test]
fn registry_entries_with_different_orgs_are_namesakes() {
    let (_, r) = three_networks_of_people(|d| {
        d.net(
            "d",
            Program::Other,
            vec![person("高橋 一郎", Some("広島銀行"))],
        );
        for org in ["マツダ株式会社", "広島銀行"] {
            d.reg_person(RegistryPerson {
                name: "高橋 一郎".into(),
                org: Some(org.into()),
                ..RegistryPerson::default()
            });
        }
    });
    let mazda = r.entity(id_of(&r, "person:高橋一郎@マツダ"));
    assert_eq!(mazda.networks, vec![0, 1]);
    assert_eq!(mazda.registry, Some(0));
    let bank = r.entity(id_of(&r, "person:高橋一郎@広島銀行"));
    assert_eq!(bank.registry, Some(1));
    // The org-less row matches neither entry and stays on its own.
    assert_eq!(r.entity(id_of(&r, "person:高橋一郎")).networks, vec![2]);
    assert!(r.person_splits()[0].iter().filter(|s| s.1).count() == 2);
}

#[test]
fn registry_person_aliases_link_names() {
    let ds = Data::default()
        .net(
            "a",
            Program::Kofukin,
            vec![person("佐藤 花子", Some("広島大学"))],
        )
        .net(
            "b",
            Program::Kofukin,
            vec![person("鈴木 花子", Some("広島大学"))],
        )
        .reg_person(RegistryPerson {
            name: "佐藤 花子".into(),
            aliases: vec!["鈴木 花子".into()],
            ..RegistryPerson::default()
        })
        .done();
    let r = resolve(&ds);
    assert_eq!(count(&r, EntityKind::Person), 1);
    let p = r.entity(id_of(&r, "person:佐藤花子"));
    assert_eq!(p.name, "佐藤 花子");
    assert_eq!(p.networks, vec![0, 1]);
    assert_eq!(p.org, Some(id_of(&r, "org:広島大学")));
}

#[test]
fn member_contact_wins_over_registry() {
    let mut row = person("山田 太郎", Some("広島県"));
    row.phone = Some("082-111-1111".into());
    let ds = Data::default()
        .net("a", Program::Kofukin, vec![row])
        .reg_person(RegistryPerson {
            name: "山田太郎".into(),
            kana: Some("やまだ たろう".into()),
            email: Some("yamada@example.jp".into()),
            phone: Some("082-000-0000".into()),
            ..RegistryPerson::default()
        })
        .done();
    let r = resolve(&ds);
    let at = MemberRef {
        network: 0,
        member: 0,
    };
    let c = r.member_contact(&ds, at);
    assert_eq!(c.phone, Some("082-111-1111"));
    assert_eq!(c.email, Some("yamada@example.jp"));
    assert_eq!(c.kana, Some("やまだ たろう"));
    let id = r.member(at).unwrap().entity;
    assert_eq!(r.contact(&ds, id), c);
}
