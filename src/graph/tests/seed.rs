//! Hand-checked facts about the seed networks (see the files in
//! tests/fixtures/seed/hiroshima, …/kochi and …/tokushima).

use super::data::{names, seed};
use crate::graph::{Filter, Overlap};
use crate::identity::{EntityKind, resolve};
use crate::model::{Prefecture, Program};

fn prefecture(name: &str) -> Filter {
    Filter {
        prefectures: vec![Prefecture::from_name(name).unwrap()],
        ..Filter::default()
    }
}

#[test]
fn hiroshima_council_and_bio_dx_hub_share_university_prefecture_and_mazda() {
    let ds = seed();
    let res = resolve(&ds);
    let ov = Overlap::new(&ds, &res);
    let view = ov.view(&ds, &res, &prefecture("広島県"));
    let council = view.network_index("hiroshima/kofukin").unwrap();
    let hub = view.network_index("hiroshima/coi-next-bio-dx").unwrap();
    let shared = view.shared(council, hub);
    let mut got = names(&res, &shared);
    got.sort();
    println!("{got:?}");
    assert_eq!(got, ["マツダ株式会社", "広島大学", "広島県"]);
    let detail = view.pair(hub, council).unwrap();
    assert_eq!((detail.a, detail.b), (hub.min(council), hub.max(council)));
    let mazda = detail
        .shared
        .iter()
        .find(|s| res.entity(s.entity).name == "マツダ株式会社")
        .unwrap();
    let (in_council, in_hub) = if detail.a == council {
        (mazda.in_a.as_ref().unwrap(), mazda.in_b.as_ref().unwrap())
    } else {
        (mazda.in_b.as_ref().unwrap(), mazda.in_a.as_ref().unwrap())
    };
    assert!(in_hub.direct);
    assert!(!in_council.direct);
    let via = names(&res, &in_council.via);
    assert_eq!(via, ["マツダ株式会社 代表取締役会長"]);
    // Three shared organisations: nobody is the only link.
    assert!(detail.brokers.is_empty());
}

#[test]
fn kochi_university_and_prefecture_sit_in_all_three_programs() {
    let ds = seed();
    let res = resolve(&ds);
    let ov = Overlap::new(&ds, &res);
    let view = ov.view(&ds, &res, &prefecture("高知県"));
    let bridges = view.bridges();
    let all_three: Vec<String> = bridges
        .iter()
        .filter(|b| b.programs == [Program::Kofukin, Program::CoiNext, Program::Platform])
        .map(|b| res.entity(b.entity).name.clone())
        .collect();
    // 高知工科大学 too, since the registry makes 高知県公立大学法人高知工科大学
    // (the 交付金 council's spelling) an alias of it.
    assert_eq!(all_three, ["高知大学", "高知工科大学", "高知県"]);
    // Ranked first: three programs beat two.
    assert!(bridges[..3].iter().all(|b| b.programs.len() == 3));
    assert!(bridges.iter().all(|b| b.networks.len() >= 2));
}

#[test]
fn tokushima_chamber_federation_is_no_bridge() {
    let ds = seed();
    let res = resolve(&ds);
    let ov = Overlap::new(&ds, &res);
    for filter in [Filter::default(), prefecture("徳島県")] {
        let view = ov.view(&ds, &res, &filter);
        let bridges: Vec<String> = view
            .bridges()
            .iter()
            .map(|b| res.entity(b.entity).name.clone())
            .collect();
        assert!(!bridges.iter().any(|n| n == "徳島県商工会議所連合会"));
        // Its near-namesake 徳島県商工会連合会 is in two networks.
        assert!(bridges.iter().any(|n| n == "徳島県商工会連合会"));
    }
}

#[test]
fn kind_filter_keeps_presence_through_people() {
    let ds = seed();
    let res = resolve(&ds);
    let ov = Overlap::new(&ds, &res);
    let filter = Filter {
        kinds: vec![EntityKind::Organization],
        ..prefecture("広島県")
    };
    let view = ov.view(&ds, &res, &filter);
    let council = view.network_index("hiroshima/kofukin").unwrap();
    let hub = view.network_index("hiroshima/coi-next-bio-dx").unwrap();
    assert_eq!(view.shared(council, hub).len(), 3);
    let positions = Filter {
        kinds: vec![EntityKind::Position],
        ..prefecture("広島県")
    };
    assert!(
        ov.view(&ds, &res, &positions)
            .shared(council, hub)
            .is_empty()
    );
}
