//! Properties of the projection on generated small datasets: symmetric,
//! equal to set intersection, monotone when networks are added; and
//! Brandes against a brute-force betweenness.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use proptest::prelude::*;

use crate::graph::{Filter, Overlap, Sampling, View};
use crate::identity::{EntityKind, resolve};
use crate::model::{Member, Program};
use crate::testkit::Data;

const ORGS: [&str; 6] = [
    "広島大学",
    "マツダ株式会社",
    "マツダ",
    "広島県",
    "広島銀行",
    "中国経済連合会",
];
const PEOPLE: [&str; 4] = ["山田 太郎", "山田太郎", "佐藤 花子", "髙橋 誠"];
const TITLES: [&str; 3] = ["会長", "代表取締役社長", "頭取"];

/// One member drawn from small pools, so networks overlap often: an
/// organisation, a position, or a person with or without an affiliation.
fn member() -> impl Strategy<Value = Member> {
    (0..4u8, 0..ORGS.len(), 0..PEOPLE.len(), 0..TITLES.len()).prop_map(|(kind, o, p, t)| {
        let org = Some(ORGS[o].to_owned());
        match kind {
            0 | 1 => Member {
                org,
                ..Member::default()
            },
            2 => Member {
                org,
                title: Some(TITLES[t].into()),
                ..Member::default()
            },
            _ => Member {
                person: Some(PEOPLE[p].into()),
                org: (o % 3 != 0).then_some(ORGS[o].to_owned()),
                ..Member::default()
            },
        }
    })
}

pub(super) fn network() -> impl Strategy<Value = (usize, Vec<Member>)> {
    (0..Program::ALL.len(), prop::collection::vec(member(), 0..6))
}

pub(super) fn dataset(nets: &[(usize, Vec<Member>)]) -> Data {
    let mut d = Data::default();
    for (i, (p, members)) in nets.iter().enumerate() {
        let mut seen = BTreeSet::new();
        let members = members
            .iter()
            .filter(|m| seen.insert((m.org.clone(), m.person.clone(), m.title.clone())))
            .cloned()
            .collect();
        d.net(&format!("n{i:02}"), Program::ALL[*p], members);
    }
    d
}

fn filter() -> impl Strategy<Value = Filter> {
    (prop::collection::vec(0..3usize, 0..3), 0..3usize).prop_map(|(kinds, min_shared)| {
        let all = [
            EntityKind::Organization,
            EntityKind::Person,
            EntityKind::Position,
        ];
        let mut kinds: Vec<EntityKind> = kinds.into_iter().map(|k| all[k]).collect();
        kinds.sort();
        kinds.dedup();
        Filter {
            kinds,
            min_shared,
            ..Filter::default()
        }
    })
}

/// A network's counted entities, straight from the resolution.
fn entity_set(view: &View, n: u32) -> BTreeSet<u32> {
    let res = view.resolved();
    res.network(n)
        .unwrap()
        .all()
        .filter(|&e| view.filter().entity_matches(res.entity(e)))
        .map(|e| e.0)
        .collect()
}

/// Organisation stable ids shared, per pair of network ids.
fn shared_orgs(d: &Data) -> BTreeMap<(String, String), BTreeSet<String>> {
    let res = resolve(&d.ds);
    let ov = Overlap::new(&d.ds, &res);
    let mut out = BTreeMap::new();
    let view = ov.view(&d.ds, &res, &Filter::default());
    view.for_each_pair(|p| {
        let orgs = p
            .shared
            .iter()
            .map(|&e| res.entity(e))
            .filter(|e| e.kind == EntityKind::Organization)
            .map(|e| e.id.clone())
            .collect();
        let key = (view.network(p.a).id.clone(), view.network(p.b).id.clone());
        out.insert(key, orgs);
    });
    out
}

proptest! {
    #[test]
    fn projection_is_symmetric_and_equals_intersection(
        nets in prop::collection::vec(network(), 0..7),
        filter in filter(),
    ) {
        let d = dataset(&nets);
        let res = resolve(&d.ds);
        let ov = Overlap::new(&d.ds, &res);
        let view = ov.view(&d.ds, &res, &filter);
        let pairs = view.pairs();
        let matrix = view.matrix();
        let mut expected = 0;
        for &a in view.networks() {
            for &b in view.networks() {
                prop_assert_eq!(view.shared(a, b), view.shared(b, a));
                prop_assert_eq!(matrix.get(a, b), matrix.get(b, a));
                if a >= b {
                    continue;
                }
                let inter: Vec<u32> = entity_set(&view, a)
                    .intersection(&entity_set(&view, b))
                    .copied()
                    .collect();
                let got = pairs.iter().find(|p| (p.a, p.b) == (a, b));
                if inter.len() >= filter.min() {
                    expected += 1;
                    let got = got.map(|p| p.shared.iter().map(|e| e.0).collect::<Vec<_>>());
                    prop_assert_eq!(got, Some(inter));
                } else {
                    prop_assert!(got.is_none());
                }
            }
        }
        prop_assert_eq!(pairs.len(), expected);
        prop_assert_eq!(matrix.cells.len(), expected);
        for p in &pairs {
            let ego = view.network_ego(p.b);
            let back = ego.neighbours.iter().find(|q| q.b == p.a);
            prop_assert_eq!(back.map(|q| &q.shared), Some(&p.shared));
        }
    }

    #[test]
    fn adding_a_network_never_removes_a_shared_organisation(
        nets in prop::collection::vec(network(), 1..6),
        extra in network(),
        at in 0..7usize,
    ) {
        let before = shared_orgs(&dataset(&nets));
        // `n{at}x` sorts between the old ids, so network indices shift.
        let mut d = dataset(&nets);
        d.net(&format!("n{at:02}x"), Program::ALL[extra.0], extra.1);
        let after = shared_orgs(&d);
        for (pair, orgs) in before {
            let now = after.get(&pair).cloned().unwrap_or_default();
            prop_assert!(orgs.is_subset(&now), "{:?}: {:?} → {:?}", pair, orgs, now);
        }
    }

    #[test]
    fn brandes_matches_brute_force(nets in prop::collection::vec(network(), 0..6)) {
        let d = dataset(&nets);
        let res = resolve(&d.ds);
        let ov = Overlap::new(&d.ds, &res);
        let view = ov.view(&d.ds, &res, &Filter::default());
        let bc = view.betweenness(Sampling::Exact);
        let brute = brute_force(&view);
        for (node, want) in brute {
            let got = match node {
                Node::Net(n) => bc.network(n),
                Node::Ent(e) => bc.entity(crate::identity::EntityId(e)),
            };
            prop_assert!((got - want).abs() < 1e-9, "{:?}: {} vs {}", node, got, want);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Node {
    Net(u32),
    Ent(u32),
}

/// Betweenness from its definition: for every pair s < t and every v,
/// σ(s,v)·σ(v,t)/σ(s,t) when v lies on a shortest s–t path.
#[allow(clippy::cast_precision_loss)]
fn brute_force(view: &View) -> BTreeMap<Node, f64> {
    let mut adj: BTreeMap<Node, Vec<Node>> = BTreeMap::new();
    let res = view.resolved();
    for &n in view.networks() {
        adj.entry(Node::Net(n)).or_default();
        for e in res.network(n).unwrap().all() {
            adj.entry(Node::Net(n)).or_default().push(Node::Ent(e.0));
            adj.entry(Node::Ent(e.0)).or_default().push(Node::Net(n));
        }
    }
    let nodes: Vec<Node> = adj.keys().copied().collect();
    let bfs = |s: Node| {
        let mut dist = BTreeMap::from([(s, 0usize)]);
        let mut sigma = BTreeMap::from([(s, 1.0f64)]);
        let mut queue = VecDeque::from([s]);
        while let Some(v) = queue.pop_front() {
            for &w in &adj[&v] {
                if !dist.contains_key(&w) {
                    dist.insert(w, dist[&v] + 1);
                    queue.push_back(w);
                }
                if dist[&w] == dist[&v] + 1 {
                    *sigma.entry(w).or_default() += sigma[&v];
                }
            }
        }
        (dist, sigma)
    };
    let all: BTreeMap<Node, _> = nodes.iter().map(|&s| (s, bfs(s))).collect();
    let n = nodes.len() as f64;
    let norm = if n > 2.0 {
        (n - 1.0) * (n - 2.0) / 2.0
    } else {
        1.0
    };
    let mut out = BTreeMap::new();
    for &v in &nodes {
        let mut sum = 0.0;
        for (i, &s) in nodes.iter().enumerate() {
            for &t in &nodes[i + 1..] {
                let (ds, ss) = &all[&s];
                let (dt, st) = &all[&t];
                if v == s || v == t || !ds.contains_key(&t) {
                    continue;
                }
                if let (Some(a), Some(b)) = (ds.get(&v), dt.get(&v))
                    && a + b == ds[&t]
                {
                    sum += ss[&v] * st[&v] / ss[&t];
                }
            }
        }
        out.insert(v, sum / norm);
    }
    out
}
