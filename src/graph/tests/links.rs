//! Only links over a view: hand-checked on the マツダ set, and against
//! their definition on generated sets (take a person's or position's rows
//! out of the data, resolve again, and see which pairs are left with
//! nothing in common).

use std::collections::BTreeSet;

use proptest::prelude::*;

use super::data::names;
use super::props::{dataset, network};
use crate::graph::{Filter, OnlyLink, Overlap};
use crate::identity::{EntityKind, resolve};
use crate::model::{Dataset, Member, Program};
use crate::testkit::{Data, org, person, position};

#[test]
fn only_links_gather_every_pair_an_entity_alone_holds() {
    let mut d = Data::default();
    d.net(
        "council",
        Program::Kofukin,
        vec![
            org("広島大学"),
            position("マツダ株式会社", "代表取締役会長"),
        ],
    )
    .net(
        "hub",
        Program::CoiNext,
        vec![org("マツダ"), org("県立広島大学")],
    )
    .net(
        "platform",
        Program::Platform,
        vec![
            org("広島大学"),
            person("山田 太郎", Some("マツダ（株）")),
            person("鈴木 一郎", Some("マツダ（株）")),
        ],
    )
    .net(
        "lab",
        Program::Other,
        vec![
            org("県立広島大学"),
            person("山田 太郎", Some("マツダ（株）")),
        ],
    );
    let res = resolve(&d.ds);
    let ov = Overlap::new(&d.ds, &res);
    let view = ov.view(&d.ds, &res, &Filter::default());
    let [council, hub, platform, lab] =
        ["council", "hub", "platform", "lab"].map(|n| view.network_index(n).unwrap());
    let links = view.only_links();
    let by_name: Vec<(String, Vec<(u32, u32)>)> = links
        .iter()
        .map(|l| (names(&res, &[l.entity])[0].clone(), l.pairs.clone()))
        .collect();
    let pair = |a: u32, b: u32| (a.min(b), a.max(b));
    // マツダ alone holds council–hub (with the chairman it comes through)
    // and hub–platform (through two people, so neither person does).
    // hub–lab share 県立広島大学 and マツダ (through 山田): redundant.
    // platform–lab share 山田 and マツダ through him: 山田 alone.
    let pairs_of = |name: &str| {
        by_name.iter().find(|(n, _)| n == name).map_or_else(
            || panic!("{name} is no only link: {by_name:?}"),
            |(_, p)| p.clone(),
        )
    };
    // council–lab share only マツダ, through the chairman on one side and
    // 山田 on the other: any of the three parts them.
    let sorted = |mut v: Vec<(u32, u32)>| {
        v.sort_unstable();
        v
    };
    assert_eq!(
        pairs_of("マツダ（株）"),
        sorted(vec![
            pair(council, hub),
            pair(hub, platform),
            pair(council, lab)
        ])
    );
    assert_eq!(
        pairs_of("マツダ（株） 代表取締役会長"),
        sorted(vec![pair(council, hub), pair(council, lab)])
    );
    assert_eq!(
        pairs_of("山田 太郎"),
        sorted(vec![pair(platform, lab), pair(council, lab)])
    );
    assert_eq!(links.len(), 3, "{by_name:?}");
    // Ordered by entity, each pair a < b and ascending.
    assert!(links.windows(2).all(|w| w[0].entity < w[1].entity));
    for l in &links {
        assert!(l.pairs.iter().all(|(a, b)| a < b));
        assert!(l.pairs.is_sorted());
        for &(a, b) in &l.pairs {
            assert!(view.brokers(a, b).contains(&l.entity));
        }
    }
    // A pair that must share two entities to count has no single link.
    let two = ov.view(
        &d.ds,
        &res,
        &Filter {
            min_shared: 2,
            ..Filter::default()
        },
    );
    let held: Vec<(u32, u32)> = two.only_links().into_iter().flat_map(|l| l.pairs).collect();
    assert!(!held.contains(&pair(hub, platform)), "{held:?}");
    assert!(held.contains(&pair(platform, lab)), "{held:?}");
}

/// `ds` without member `m` of network `n`, for each `(n, m)`.
fn without(ds: &Dataset, rows: &[(u32, u32)]) -> Dataset {
    let mut out = ds.clone();
    for (n, net) in (0u32..).zip(out.networks.iter_mut()) {
        net.members.retain(|m| !rows.contains(&(n, m.index)));
    }
    out
}

fn with_org(m: Member) -> Member {
    if m.person.is_some() && m.org.is_none() {
        Member {
            org: Some("広島大学".into()),
            ..m
        }
    } else {
        m
    }
}

proptest! {
    #[test]
    fn a_person_or_position_is_an_only_link_exactly_where_removing_it_parts_a_pair(
        nets in prop::collection::vec(network(), 2..6),
    ) {
        // A person without an organisation is taken for their one namesake
        // with one, so taking a namesake out would change who the others
        // are: everyone here has an organisation.
        let nets: Vec<(usize, Vec<Member>)> = nets
            .into_iter()
            .map(|(p, ms)| (p, ms.into_iter().map(with_org).collect()))
            .collect();
        let d = dataset(&nets);
        let res = resolve(&d.ds);
        let ov = Overlap::new(&d.ds, &res);
        let view = ov.view(&d.ds, &res, &Filter::default());
        let links = view.only_links();
        let pairs: Vec<(u32, u32)> = view.pairs().iter().map(|p| (p.a, p.b)).collect();
        for e in view.entities() {
            let entity = res.entity(e);
            if entity.kind == EntityKind::Organization {
                continue;
            }
            let rows: Vec<(u32, u32)> =
                entity.memberships.iter().map(|m| (m.network, m.member)).collect();
            let cut = without(&d.ds, &rows);
            let res2 = resolve(&cut);
            let ov2 = Overlap::new(&cut, &res2);
            let after = ov2.view(&cut, &res2, &Filter::default());
            let parted: BTreeSet<(u32, u32)> = pairs
                .iter()
                .copied()
                .filter(|&(a, b)| after.shared(a, b).is_empty())
                .collect();
            let held: BTreeSet<(u32, u32)> = links
                .iter()
                .find(|l: &&OnlyLink| l.entity == e)
                .map(|l| l.pairs.iter().copied().collect())
                .unwrap_or_default();
            prop_assert_eq!(&held, &parted, "{} ({:?})", &entity.name, entity.kind);
        }
    }
}
