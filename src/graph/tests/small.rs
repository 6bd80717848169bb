//! Hand-built datasets: brokers, sets, ego networks, betweenness, filters.

use std::sync::Arc;

use super::data::{id, names};
use crate::graph::{Filter, Method, Overlap, Sampling};
use crate::identity::{EntityKind, resolve};
use crate::model::{Prefecture, Program, Sector};
use crate::testkit::{Data, org, person, position};

/// A council with マツダ only through its chairman, a hub with マツダ itself.
fn mazda() -> Data {
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
    );
    d
}

#[test]
fn the_only_link_is_the_shared_entity_or_the_one_it_comes_through() {
    let d = mazda();
    let res = resolve(&d.ds);
    let ov = Overlap::new(&d.ds, &res);
    let view = ov.view(&d.ds, &res, &Filter::default());
    let [council, hub, platform] =
        ["council", "hub", "platform"].map(|n| view.network_index(n).unwrap());
    // Displayed as the most frequent spelling.
    assert_eq!(names(&res, &view.shared(council, hub)), ["マツダ（株）"]);
    // Removing マツダ, or its chairman, leaves council and hub apart.
    let brokers = names(&res, &view.brokers(council, hub));
    assert_eq!(brokers, ["マツダ（株）", "マツダ（株） 代表取締役会長"]);
    // The platform has マツダ through two people: neither alone is a link.
    assert_eq!(names(&res, &view.brokers(hub, platform)), ["マツダ（株）"]);
    // Council and platform share 広島大学 and マツダ: no single link.
    assert_eq!(view.shared(council, platform).len(), 2);
    assert!(view.brokers(council, platform).is_empty());
    assert_eq!(view.pair(platform, council).unwrap().brokers, vec![]);
}

#[test]
fn pairs_matrix_and_ego_agree() {
    let d = mazda();
    let res = resolve(&d.ds);
    let ov = Overlap::new(&d.ds, &res);
    let view = ov.view(&d.ds, &res, &Filter::default());
    let pairs = view.pairs();
    assert_eq!(pairs.len(), 3);
    assert!(pairs.iter().all(|p| p.a < p.b));
    let matrix = view.matrix();
    for p in &pairs {
        assert_eq!(matrix.get(p.a, p.b), p.shared.len());
        assert_eq!(matrix.get(p.b, p.a), p.shared.len());
        let ego = view.network_ego(p.b);
        let back = ego.neighbours.iter().find(|q| q.b == p.a).unwrap();
        assert_eq!(back.shared, p.shared);
        assert!((back.jaccard() - p.jaccard()).abs() < 1e-12);
    }
    let council = view.network_index("council").unwrap();
    let hub = view.network_index("hub").unwrap();
    // council {広島大学, マツダ, chairman}, hub {マツダ, 県立広島大学}.
    let p = pairs.iter().find(|p| (p.a, p.b) == (council, hub)).unwrap();
    assert!((p.jaccard() - 0.25).abs() < 1e-12);
}

#[test]
fn min_shared_and_entity_filters_apply_to_pairs_and_bridges() {
    let d = mazda();
    let res = resolve(&d.ds);
    let ov = Overlap::new(&d.ds, &res);
    let two = ov.view(
        &d.ds,
        &res,
        &Filter {
            min_shared: 2,
            ..Filter::default()
        },
    );
    assert_eq!(two.pairs().len(), 1);
    assert_eq!(two.matrix().cells.len(), 1);
    let three = ov.view(
        &d.ds,
        &res,
        &Filter {
            min_shared: 3,
            ..Filter::default()
        },
    );
    assert_eq!(
        names(
            &res,
            &three.bridges().iter().map(|b| b.entity).collect::<Vec<_>>()
        ),
        ["マツダ（株）"]
    );
    let academia = ov.view(
        &d.ds,
        &res,
        &Filter {
            sectors: vec![Sector::Academia],
            ..Filter::default()
        },
    );
    assert!(academia.pairs().is_empty(), "no sectors given in the data");
    let people = ov.view(
        &d.ds,
        &res,
        &Filter {
            kinds: vec![EntityKind::Person],
            ..Filter::default()
        },
    );
    assert!(people.pairs().is_empty());
    assert_eq!(people.entities().count(), 2);
}

#[test]
fn network_filters_select_by_program_place_year_and_id() {
    let mut d = mazda();
    d.net_in("kochi", Program::Platform, "高知県", vec![org("マツダ")]);
    d.ds.networks[0].since = Some(2020);
    d.ds.networks[0].until = Some(2022);
    d.ds.networks[0].city = Some("東広島市".into());
    let res = resolve(&d.ds);
    let ov = Overlap::new(&d.ds, &res);
    let count = |f: Filter| ov.view(&d.ds, &res, &f).networks().len();
    assert_eq!(count(Filter::default()), 4);
    assert_eq!(
        count(Filter {
            programs: vec![Program::Platform],
            ..Filter::default()
        }),
        2
    );
    let kochi = Prefecture::from_name("高知県").unwrap();
    assert_eq!(
        count(Filter {
            prefectures: vec![kochi],
            ..Filter::default()
        }),
        1
    );
    assert_eq!(
        count(Filter {
            year: Some(2019),
            ..Filter::default()
        }),
        3
    );
    assert_eq!(
        count(Filter {
            year: Some(2021),
            ..Filter::default()
        }),
        4
    );
    assert_eq!(
        count(Filter {
            cities: vec!["東広島市 ".into()],
            ..Filter::default()
        }),
        1
    );
    let ids = Filter {
        networks: vec!["hub".into(), "kochi".into()],
        ..Filter::default()
    };
    let view = ov.view(&d.ds, &res, &ids);
    assert_eq!(view.networks().len(), 2);
    assert_eq!(view.pairs().len(), 1);
    let mazda = id(&res, "org:マツダ");
    assert_eq!(view.networks_of(mazda).len(), 2);
}

#[test]
fn set_views_read_like_a_venn_diagram() {
    let mut d = Data::default();
    d.net("a", Program::Kofukin, vec![org("X"), org("Y"), org("A")])
        .net("b", Program::CoiNext, vec![org("X"), org("Y"), org("B")])
        .net("c", Program::Platform, vec![org("X"), org("C")]);
    let res = resolve(&d.ds);
    let ov = Overlap::new(&d.ds, &res);
    let view = ov.view(&d.ds, &res, &Filter::default());
    let sets = view.sets(&[2, 0, 1, 1]);
    assert_eq!(sets.networks, [0, 1, 2]);
    assert_eq!(names(&res, &sets.common), ["X"]);
    let only: Vec<Vec<String>> = sets.only.iter().map(|(_, e)| names(&res, e)).collect();
    assert_eq!(only, [["A"], ["B"], ["C"]]);
    assert_eq!(sets.union.len(), 5);
    let regions: Vec<(Vec<u32>, Vec<String>)> = sets
        .regions
        .iter()
        .map(|r| (r.networks.clone(), names(&res, &r.entities)))
        .collect();
    assert_eq!(regions[0], (vec![0, 1, 2], vec!["X".to_owned()]));
    assert_eq!(regions[1], (vec![0, 1], vec!["Y".to_owned()]));
    assert_eq!(regions.len(), 5);
    assert_eq!(view.sets(&[]).networks, [0, 1, 2]);
}

#[test]
fn entity_projection_counts_networks_together() {
    let mut d = Data::default();
    d.net("a", Program::Kofukin, vec![org("X"), org("Y"), org("Z")])
        .net("b", Program::CoiNext, vec![org("X"), org("Y")])
        .net("c", Program::Platform, vec![org("X")]);
    let res = resolve(&d.ds);
    let ov = Overlap::new(&d.ds, &res);
    let view = ov.view(&d.ds, &res, &Filter::default());
    let pairs = view.entity_pairs();
    let shown: Vec<(String, String, usize)> = pairs
        .iter()
        .map(|p| {
            (
                res.entity(p.a).name.clone(),
                res.entity(p.b).name.clone(),
                p.networks.len(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            ("X".into(), "Y".into(), 2),
            ("X".into(), "Z".into(), 1),
            ("Y".into(), "Z".into(), 1)
        ]
    );
    let ego = view.entity_ego(id(&res, "org:x"));
    assert_eq!(ego.networks, [0, 1, 2]);
    assert_eq!(
        names(
            &res,
            &ego.neighbours.iter().map(|c| c.entity).collect::<Vec<_>>()
        ),
        ["Y", "Z"]
    );
    assert_eq!(ego.neighbours[0].networks, [0, 1]);
}

#[test]
fn betweenness_of_a_path_is_exact() {
    // a – X – b – Y – c: a path of five nodes.
    let mut d = Data::default();
    d.net("a", Program::Kofukin, vec![org("X")])
        .net("b", Program::CoiNext, vec![org("X"), org("Y")])
        .net("c", Program::Platform, vec![org("Y")]);
    let res = resolve(&d.ds);
    let ov = Overlap::new(&d.ds, &res);
    let view = ov.view(&d.ds, &res, &Filter::default());
    let bc = view.betweenness(Sampling::Auto);
    assert_eq!(bc.method(), Method::Exact);
    assert_eq!(bc.nodes(), 5);
    // Pairs through b: (a,Y) (a,c) (X,Y) (X,c) = 4; through X: (a,b) (a,Y) (a,c) = 3.
    assert!((bc.network(1) - 4.0 / 6.0).abs() < 1e-12);
    assert!((bc.entity(id(&res, "org:x")) - 3.0 / 6.0).abs() < 1e-12);
    assert!(bc.network(0).abs() < 1e-12);
    // Cached: the same view asks again for free.
    assert!(Arc::ptr_eq(&bc, &view.betweenness(Sampling::Auto)));
    let sampled = view.betweenness(Sampling::Pivots(2));
    assert_eq!(sampled.method(), Method::Sampled { pivots: 2 });
    assert_eq!(*sampled, *view.betweenness(Sampling::Pivots(2)));
}

#[test]
fn keypersons_rank_by_programs_then_networks_then_brokerage() {
    let mut d = Data::default();
    d.net(
        "a",
        Program::Kofukin,
        vec![person("山田 太郎", Some("A")), person("佐藤 花子", None)],
    )
    .net(
        "b",
        Program::Kofukin,
        vec![person("山田 太郎", Some("A")), person("佐藤 花子", None)],
    )
    .net(
        "c",
        Program::CoiNext,
        vec![person("佐藤 花子", None), position("A", "社長")],
    )
    .net("d", Program::CoiNext, vec![position("A", "社長")]);
    let res = resolve(&d.ds);
    let ov = Overlap::new(&d.ds, &res);
    let view = ov.view(&d.ds, &res, &Filter::default());
    let ranked = view.keypersons(Sampling::Auto);
    let shown = names(
        &res,
        &ranked.iter().map(|k| k.bridge.entity).collect::<Vec<_>>(),
    );
    assert_eq!(shown, ["佐藤 花子", "A 社長", "山田 太郎"]);
    assert!(ranked[0].bridge.is_cross_program());
    assert_eq!(ranked[0].seats.len(), 3);
    assert!(ranked.iter().all(|k| k.betweenness >= 0.0));
    let orgs = ov.view(
        &d.ds,
        &res,
        &Filter {
            kinds: vec![EntityKind::Organization],
            ..Filter::default()
        },
    );
    assert_eq!(
        names(&res, &[orgs.keypersons(Sampling::Exact)[0].bridge.entity]),
        ["A"]
    );
}

#[test]
fn roster_marks_where_else_each_member_sits() {
    let d = mazda();
    let res = resolve(&d.ds);
    let ov = Overlap::new(&d.ds, &res);
    let view = ov.view(&d.ds, &res, &Filter::default());
    let council = view.network_index("council").unwrap();
    let roster = view.roster(council).unwrap();
    assert_eq!(roster.rows.len(), 2);
    let platform = view.network_index("platform").unwrap();
    let hub = view.network_index("hub").unwrap();
    assert_eq!(roster.rows[0].elsewhere, [platform]);
    // The chairman sits nowhere else, but マツダ does.
    assert!(roster.rows[1].elsewhere.is_empty());
    assert_eq!(roster.rows[1].org_elsewhere, [hub, platform]);
    assert!(view.roster(99).is_none());
}

#[test]
fn empty_dataset_is_fine() {
    let d = Data::default();
    let res = resolve(&d.ds);
    let ov = Overlap::new(&d.ds, &res);
    let view = ov.view(&d.ds, &res, &Filter::default());
    assert!(view.pairs().is_empty());
    assert!(view.bridges().is_empty());
    assert!(view.keypersons(Sampling::Auto).is_empty());
    assert_eq!(view.betweenness(Sampling::Auto).nodes(), 0);
    assert!(view.sets(&[]).union.is_empty());
}

#[test]
fn overlap_json_matches_the_view() {
    use crate::graph::write_json;
    // Enough networks for several blocks, so the parallel writer runs.
    let mut d = Data::default();
    for i in 0..40 {
        let members = vec![
            org("広島大学"),
            org(&format!("企業{}", i % 7)),
            position(&format!("企業{}", i % 5), "社長"),
        ];
        d.net(&format!("n{i:02}"), Program::ALL[i % 4], members);
    }
    d.net("solo", Program::Other, vec![org("どこにもない")]);
    let res = resolve(&d.ds);
    let ov = Overlap::new(&d.ds, &res);
    let view = ov.view(&d.ds, &res, &Filter::default());
    let mut out = Vec::new();
    write_json(&mut out, &view).unwrap();
    let got: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let pairs: Vec<serde_json::Value> = view
        .pairs()
        .iter()
        .map(|p| {
            let shared: Vec<serde_json::Value> = p
                .shared
                .iter()
                .map(|&e| serde_json::json!({"kind": res.entity(e).kind.as_str(), "name": res.entity(e).name}))
                .collect();
            serde_json::json!({
                "a": view.network(p.a).id, "b": view.network(p.b).id,
                "shared": shared, "jaccard": p.jaccard(),
            })
        })
        .collect();
    assert_eq!(got["pairs"], serde_json::Value::Array(pairs));
    assert_eq!(got["networks"].as_array().unwrap().len(), 41);
    assert_eq!(
        got["bridges"].as_array().unwrap().len(),
        view.bridges().len()
    );
    // Nothing shared: empty arrays.
    let lonely = ov.view(
        &d.ds,
        &res,
        &Filter {
            networks: vec!["solo".into()],
            ..Filter::default()
        },
    );
    let mut out = Vec::new();
    write_json(&mut out, &lonely).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("\"pairs\": [],"), "{text}");
    assert!(text.ends_with("\"bridges\": []\n}\n"), "{text}");
}

#[test]
fn overlap_json_escapes_characters_that_drive_terminals() {
    use crate::graph::write_json;
    let name = "悪\u{9b}31m\u{202e}社\u{7f}";
    let mut d = Data::default();
    d.net("a", Program::Kofukin, vec![org(name)])
        .net("b", Program::CoiNext, vec![org(name)]);
    let res = resolve(&d.ds);
    let ov = Overlap::new(&d.ds, &res);
    let mut out = Vec::new();
    write_json(&mut out, &ov.view(&d.ds, &res, &Filter::default())).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(
        !text
            .chars()
            .any(|c| c != '\n' && crate::text::is_unsafe_char(c)),
        "{text}"
    );
    assert!(text.contains("\\u009b"), "{text}");
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["pairs"][0]["shared"][0]["name"], name);
    assert_eq!(json["bridges"][0]["name"], name);
}
