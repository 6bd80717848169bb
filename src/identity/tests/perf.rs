//! Timing on generated data; run in release mode with
//! `cargo test --release --lib identity::tests::perf -- --ignored --nocapture`.

use std::time::Instant;

use super::build::{Data, org, person, position};
use crate::identity::{EntityKind, resolve, suggest, suggest_orgs};
use crate::model::{Member, PREFECTURES};

/// A small deterministic generator (xorshift), so runs are comparable.
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % n as u64).unwrap()
    }
}

const KANJI: &str = "山川田中村本小林高橋鈴木佐藤伊渡辺加吉松井上森清水池野石原岡崎西東南北大新日光明和平安成長谷浜島津宮城坂口道雄健一郎次三春夏秋冬花月星雪風雲海空地産業技術研究開発総合未来創造環境情報通信電機化学精密金属建設運輸食品";
const SUFFIXES: [&str; 16] = [
    "大学",
    "工業",
    "製作所",
    "銀行",
    "商工会",
    "協会",
    "研究所",
    "センター",
    "機構",
    "財団",
    "電機",
    "建設",
    "商事",
    "信用金庫",
    "短期大学部",
    "商工会議所連合会",
];
const FORMS: [&str; 6] = [
    "株式会社",
    "（株）",
    "一般社団法人",
    "学校法人",
    "公立大学法人",
    "",
];

fn org_name(rng: &mut Rng, kanji: &[char]) -> String {
    let mut s = String::new();
    if rng.next(4) == 0 {
        s.push_str(FORMS[rng.next(FORMS.len())]);
    }
    if rng.next(3) == 0 {
        s.push_str(PREFECTURES[rng.next(47)]);
    }
    for _ in 0..2 + rng.next(3) {
        s.push(kanji[rng.next(kanji.len())]);
    }
    s.push_str(SUFFIXES[rng.next(SUFFIXES.len())]);
    s
}

fn names(n: usize) -> Vec<String> {
    let kanji: Vec<char> = KANJI.chars().collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    (0..n).map(|_| org_name(&mut rng, &kanji)).collect()
}

#[test]
#[ignore = "timing; run in release mode"]
fn suggest_on_100k_names() {
    let names = names(100_000);
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let start = Instant::now();
    let all = suggest_orgs(&refs);
    let took = start.elapsed();
    eprintln!(
        "suggest_orgs: {} names, {} suggestions in {took:?}",
        refs.len(),
        all.len()
    );
    for s in all.iter().step_by((all.len() / 8).max(1)).take(8) {
        eprintln!("  {} | {} | {} | {}", s.score, s.a, s.b, s.reason);
    }
}

/// A million rows over 10,000 networks and 20,000 organisations. With
/// `pool`, people come from that many names, each with a home organisation
/// (realistic); without, every person row draws a fresh random name (the
/// worst case: a third of a million people).
fn million(pool: Option<usize>) -> crate::model::Dataset {
    let names = names(20_000);
    let kanji: Vec<char> = KANJI.chars().collect();
    let mut rng = Rng(42);
    let person_name = |rng: &mut Rng| -> String { (0..4).map(|_| kanji[rng.next(60)]).collect() };
    let people: Vec<(String, usize)> = (0..pool.unwrap_or(0))
        .map(|_| (person_name(&mut rng), rng.next(names.len())))
        .collect();
    let mut d = Data::default();
    for n in 0..10_000 {
        let members: Vec<Member> = (0..100)
            .map(|_| {
                let o = &names[rng.next(names.len())];
                match rng.next(3) {
                    0 => org(o),
                    1 => position(o, ["会長", "社長", "学長", "理事長"][rng.next(4)]),
                    _ if people.is_empty() => person(&person_name(&mut rng), Some(o)),
                    _ => {
                        let (p, home) = &people[rng.next(people.len())];
                        person(p, Some(&names[*home]))
                    }
                }
            })
            .collect();
        let mut net = Data::net_template();
        net.id = format!("n{n:05}");
        net.members = members;
        d.ds.networks.push(net);
    }
    d.done()
}

fn time_resolve_and_suggest(ds: &crate::model::Dataset) {
    let start = Instant::now();
    let r = resolve(ds);
    let took = start.elapsed();
    eprintln!(
        "resolve: 1,000,000 rows → {} orgs, {} people, {} positions in {took:?}",
        r.of_kind(EntityKind::Organization).count(),
        r.of_kind(EntityKind::Person).count(),
        r.of_kind(EntityKind::Position).count(),
    );
    let start = Instant::now();
    let all = suggest(ds, &r);
    eprintln!(
        "suggest: {} suggestions in {:?}",
        all.len(),
        start.elapsed()
    );
}

#[test]
#[ignore = "timing; run in release mode"]
fn resolve_a_million_memberships() {
    time_resolve_and_suggest(&million(Some(60_000)));
}

#[test]
#[ignore = "timing; run in release mode"]
fn resolve_a_million_memberships_worst_case() {
    time_resolve_and_suggest(&million(None));
}

#[test]
#[ignore = "timing; run in release mode"]
fn key_speed() {
    let kanji: Vec<char> = KANJI.chars().collect();
    let mut rng = Rng(7);
    let names: Vec<String> = (0..333_000)
        .map(|_| (0..4).map(|_| kanji[rng.next(60)]).collect())
        .collect();
    let start = Instant::now();
    let total: usize = names
        .iter()
        .map(|n| crate::identity::person_key(n).len())
        .sum();
    eprintln!(
        "person_key x{}: {:?} ({total})",
        names.len(),
        start.elapsed()
    );
    let orgs = super::perf::names(333_000);
    let start = Instant::now();
    let total: usize = orgs.iter().map(|n| crate::identity::org_key(n).len()).sum();
    eprintln!("org_key x{}: {:?} ({total})", orgs.len(), start.elapsed());
}
