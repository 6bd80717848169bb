//! `renkei overlap`, `keypersons` and `network` on the frozen seed data in
//! tests/fixtures/seed (hand-checked facts), on small data directories written here, and the
//! JSON contract of `overlap`.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::run;
use serde_json::Value;

/// The 44 networks first bundled, frozen so the bundled data can grow.
const SEED: &str = "tests/fixtures/seed";

fn json(args: &[&str]) -> Value {
    let r = run(args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    serde_json::from_str(&r.stdout).unwrap()
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect()
}

fn shared_names(pair: &Value) -> BTreeSet<&str> {
    pair["shared"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect()
}

fn find_pair<'v>(report: &'v Value, a: &str, b: &str) -> &'v Value {
    report["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["a"] == a && p["b"] == b)
        .unwrap_or_else(|| panic!("no pair {a} {b}"))
}

fn bridge<'v>(report: &'v Value, name: &str) -> Option<&'v Value> {
    report["bridges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["name"] == name)
}

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[test]
fn hiroshima_council_and_bio_dx_hub_share_hiroshima_university_prefecture_and_mazda() {
    let report = json(&[
        "overlap",
        SEED,
        "--prefecture",
        "広島県",
        "--format",
        "json",
    ]);
    let pair = find_pair(&report, "hiroshima/coi-next-bio-dx", "hiroshima/kofukin");
    assert_eq!(
        shared_names(pair),
        BTreeSet::from(["マツダ株式会社", "広島大学", "広島県"])
    );
    assert!(
        pair["shared"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["kind"] == "org")
    );
    // マツダ sits on the council only through its chairman; the table says so.
    let table = run(&["overlap", SEED, "--prefecture", "広島県"]);
    assert_eq!(table.code, 0);
    assert!(
        table.stdout.contains(
            "マツダ株式会社 (in hiroshima/kofukin through マツダ株式会社 代表取締役会長)"
        ),
        "{}",
        table.stdout
    );
}

#[test]
fn kochi_university_and_prefecture_sit_in_all_three_programs() {
    let report = json(&[
        "overlap",
        SEED,
        "--prefecture",
        "高知県",
        "--format",
        "json",
    ]);
    for name in ["高知大学", "高知県"] {
        let b = bridge(&report, name).unwrap();
        assert_eq!(strs(&b["programs"]), ["kofukin", "coi-next", "platform"]);
        assert_eq!(
            strs(&b["networks"]),
            ["kochi/coi-next-sawachi", "kochi/kofukin", "kochi/platform"]
        );
    }
}

#[test]
fn tokushima_chamber_federation_is_no_bridge() {
    let report = json(&["overlap", SEED, "--format", "json"]);
    assert!(bridge(&report, "徳島県商工会議所連合会").is_none());
    // The similarly named 徳島県商工会連合会 is one (交付金 and platform).
    assert!(bridge(&report, "徳島県商工会連合会").is_some());
}

#[test]
fn json_follows_the_contract() {
    let report = json(&["overlap", SEED, "--format", "json"]);
    let top: Vec<&String> = report.as_object().unwrap().keys().collect();
    assert_eq!(top, ["bridges", "networks", "pairs"]);
    let mut ids = BTreeSet::new();
    for n in report["networks"].as_array().unwrap() {
        let keys: Vec<&String> = n.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["id", "name", "prefecture", "program"]);
        ids.insert(n["id"].as_str().unwrap());
    }
    assert_eq!(ids.len(), 44);
    let pairs = report["pairs"].as_array().unwrap();
    assert!(!pairs.is_empty());
    let mut seen = BTreeSet::new();
    for p in pairs {
        let keys: Vec<&String> = p.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["a", "b", "jaccard", "shared"]);
        let (a, b) = (p["a"].as_str().unwrap(), p["b"].as_str().unwrap());
        assert!(a < b, "{a} {b}");
        assert!(ids.contains(a) && ids.contains(b));
        assert!(seen.insert((a, b)), "pair twice: {a} {b}");
        let shared = p["shared"].as_array().unwrap();
        assert!(!shared.is_empty());
        for s in shared {
            assert!(["org", "person", "position"].contains(&s["kind"].as_str().unwrap()));
            assert!(!s["name"].as_str().unwrap().is_empty());
        }
        let j = p["jaccard"].as_f64().unwrap();
        assert!(j > 0.0 && j <= 1.0);
    }
    for b in report["bridges"].as_array().unwrap() {
        let nets = strs(&b["networks"]);
        assert!(nets.len() >= 2);
        assert!(nets.iter().all(|n| ids.contains(n)));
        assert!(!strs(&b["programs"]).is_empty());
    }
}

#[test]
fn failed_files_are_left_out_with_exit_code_1() {
    let dir = tempfile::tempdir().unwrap();
    let good =
        "program: kofukin\nprefecture: 高知県\nmembers:\n  - org: 高知大学\n  - org: 高知県\n";
    write(dir.path(), "kochi/a.yaml", &format!("name: A\n{good}"));
    write(dir.path(), "kochi/b.yaml", &format!("name: B\n{good}"));
    write(
        dir.path(),
        "kochi/broken.yaml",
        "name: C\nprogram: kofukinn\nprefecture: 高知県\nmembers:\n  - org: 高知大学\n",
    );
    let dir = dir.path().to_str().unwrap();
    let r = run(&["overlap", dir, "--format", "json"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("unknown program `kofukinn`"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("broken.yaml"));
    let report: Value = serde_json::from_str(&r.stdout).unwrap();
    let ids: Vec<&str> = report["networks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["kochi/a", "kochi/b"]);
    let pairs = report["pairs"].as_array().unwrap();
    assert_eq!(pairs.len(), 1);
    assert_eq!(
        shared_names(&pairs[0]),
        BTreeSet::from(["高知大学", "高知県"])
    );
    assert_eq!(pairs[0]["jaccard"], 1.0);
    let b = bridge(&report, "高知大学").unwrap();
    assert_eq!(strs(&b["networks"]), ["kochi/a", "kochi/b"]);
}

#[test]
fn csv_has_one_row_per_shared_entity() {
    let report = json(&["overlap", SEED, "--format", "json"]);
    let expected: usize = report["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["shared"].as_array().unwrap().len())
        .sum();
    let r = run(&["overlap", SEED, "--format", "csv"]);
    assert_eq!(r.code, 0);
    let mut rd = csv::Reader::from_reader(r.stdout.as_bytes());
    let header: Vec<String> = rd.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(header, ["a", "b", "shared", "jaccard", "kind", "name"]);
    assert_eq!(rd.records().count(), expected);
}

#[test]
fn filters_narrow_networks_and_pairs() {
    let all = json(&["overlap", SEED, "--format", "json"]);
    let kofukin = json(&["overlap", SEED, "--program", "kofukin", "--format", "json"]);
    let n = |r: &Value| r["networks"].as_array().unwrap().len();
    assert!(n(&kofukin) < n(&all));
    assert!(
        kofukin["networks"]
            .as_array()
            .unwrap()
            .iter()
            .all(|x| x["program"] == "kofukin")
    );
    // COI STREAM hubs ran 2013–2021: none of them in 2024.
    let y2024 = json(&["overlap", SEED, "--year", "2024", "--format", "json"]);
    assert!(n(&y2024) < n(&all));
    let two = json(&["overlap", SEED, "--min-shared", "2", "--format", "json"]);
    assert!(
        two["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["shared"].as_array().unwrap().len() >= 2)
    );
    let chosen = json(&[
        "overlap",
        SEED,
        "--network",
        "kochi/kofukin,kochi/platform",
        "--format",
        "json",
    ]);
    assert_eq!(n(&chosen), 2);
    assert_eq!(chosen["pairs"].as_array().unwrap().len(), 1);
    let people = json(&[
        "overlap",
        SEED,
        "--kind",
        "person",
        "--prefecture",
        "高知県",
        "--format",
        "json",
    ]);
    assert!(people["pairs"].as_array().unwrap().is_empty());
}

#[test]
fn usage_errors_exit_2() {
    let r = run(&["overlap", SEED, "--prefecture", "広島"]);
    assert_eq!(r.code, 0, "広島 is accepted for 広島県: {}", r.stderr);
    let r = run(&["overlap", SEED, "--prefecture", "広嶋県"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("did you mean `広島県`"), "{}", r.stderr);
    let r = run(&["overlap", SEED, "--program", "kofukinn"]);
    assert_eq!(r.code, 2);
    let r = run(&["overlap", SEED, "--network", "kochi/kofukn"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("did you mean `kochi/kofukin`"),
        "{}",
        r.stderr
    );
    let r = run(&["overlap", "/nonexistent/renkei"]);
    assert_eq!(r.code, 2);
}

/// Three networks around one person, one position and a company.
fn people_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "x/council.yaml",
        "name: 協議会\nprogram: kofukin\nprefecture: 広島県\nmembers:\n  - person: 山田 太郎\n    org: 広島県\n    title: 商工労働局長\n    role: 委員\n  - org: マツダ株式会社\n    title: 代表取締役会長\n",
    );
    write(
        dir.path(),
        "x/hub.yaml",
        "name: 拠点\nprogram: coi-next\nprefecture: 広島県\nmembers:\n  - person: 山田太郎\n    org: 広島県\n    role: 副PL\n  - org: マツダ\n",
    );
    write(
        dir.path(),
        "x/platform.yaml",
        "name: PF\nprogram: platform\nprefecture: 広島県\nmembers:\n  - org: マツダ（株）\n    title: 代表取締役会長\n    role: 幹事\n",
    );
    dir
}

#[test]
fn keypersons_are_ranked_with_networks_programs_roles_and_titles() {
    let dir = people_dir();
    let dir = dir.path().to_str().unwrap();
    let report = json(&["keypersons", dir, "--format", "json"]);
    assert_eq!(report["betweenness"]["method"], "exact");
    let ranked = report["keypersons"].as_array().unwrap();
    let names: Vec<&str> = ranked.iter().map(|k| k["name"].as_str().unwrap()).collect();
    // Both sit in two networks of two programs; the chairman ranks first
    // on brokerage: the platform hangs on him alone, while 山田's council
    // and hub are also linked through マツダ.
    assert_eq!(names, ["マツダ 代表取締役会長", "山田 太郎"]);
    assert!(
        ranked[0]["betweenness"].as_f64().unwrap() > ranked[1]["betweenness"].as_f64().unwrap()
    );
    let yamada = &ranked[1];
    assert_eq!(yamada["kind"], "person");
    assert_eq!(strs(&yamada["programs"]), ["kofukin", "coi-next"]);
    assert_eq!(strs(&yamada["networks"]), ["x/council", "x/hub"]);
    let seats = yamada["seats"].as_array().unwrap();
    assert_eq!(seats[0]["role"], "委員");
    assert_eq!(seats[0]["title"], "商工労働局長");
    assert_eq!(seats[1]["role"], "副PL");
    let table = run(&["keypersons", dir]);
    assert_eq!(table.code, 0);
    assert!(
        table.stdout.contains("x/council  委員 / 商工労働局長"),
        "{}",
        table.stdout
    );
    let csv = run(&["keypersons", dir, "--format", "csv", "--limit", "1"]);
    assert_eq!(csv.stdout.lines().count(), 2);
    let orgs = json(&["keypersons", dir, "--kind", "org", "--format", "json"]);
    assert_eq!(orgs["keypersons"][0]["name"], "マツダ");
}

#[test]
fn the_only_link_is_named() {
    let dir = people_dir();
    let dir = dir.path().to_str().unwrap();
    let r = run(&["overlap", dir]);
    assert_eq!(r.code, 0);
    // Council and hub share 山田, 広島県 (through 山田) and マツダ: no single
    // link. Council and platform share the chairman and マツダ through him.
    let lines: Vec<&str> = r.stdout.lines().collect();
    let below = |pair: &str| {
        let i = lines.iter().position(|l| l.starts_with(pair)).unwrap();
        lines.get(i + 1).copied().unwrap_or_default()
    };
    assert!(!below("  x/council   x/hub ").contains("only link"));
    assert!(below("  x/council   x/platform ").ends_with("only link: マツダ 代表取締役会長"));
    assert!(
        below("  x/hub       x/platform ").ends_with("only link: マツダ / マツダ 代表取締役会長")
    );
}

#[test]
fn network_marks_where_else_members_sit() {
    let r = run(&["network", "hiroshima/kofukin", SEED]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mazda = r
        .stdout
        .lines()
        .find(|l| l.contains("代表取締役会長"))
        .unwrap();
    assert!(
        mazda.contains("マツダ株式会社: hiroshima/coi-next-bio-dx"),
        "{mazda}"
    );
    let report = json(&["network", "kochi/kofukin", SEED, "--format", "json"]);
    assert_eq!(report["id"], "kochi/kofukin");
    let members = report["members"].as_array().unwrap();
    let kochi = members.iter().find(|m| m["name"] == "高知大学").unwrap();
    assert_eq!(
        strs(&kochi["also_in"]),
        ["kochi/coi-next-sawachi", "kochi/platform"]
    );
    let only_platform = json(&[
        "network",
        "kochi/kofukin",
        SEED,
        "--program",
        "platform",
        "--format",
        "json",
    ]);
    let kochi = only_platform["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == "高知大学")
        .unwrap();
    assert_eq!(strs(&kochi["also_in"]), ["kochi/platform"]);
    let r = run(&["network", "kochi/kofuki", SEED]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("did you mean `kochi/kofukin`"),
        "{}",
        r.stderr
    );
}

#[test]
fn keypersons_list_the_only_links_in_text_and_json() {
    let dir = people_dir();
    let dir = dir.path().to_str().unwrap();
    let report = json(&["keypersons", dir, "--format", "json"]);
    let links = report["only_links"].as_array().unwrap();
    let by_name = |name: &str| {
        links
            .iter()
            .find(|l| l["name"] == name)
            .unwrap_or_else(|| panic!("{name} not in {links:?}"))
    };
    // The same facts `overlap` names per pair, gathered per entity.
    let chairman = by_name("マツダ 代表取締役会長");
    assert_eq!(chairman["kind"], "position");
    let pairs: Vec<Vec<&str>> = chairman["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(strs)
        .collect();
    assert_eq!(
        pairs,
        [vec!["x/council", "x/platform"], vec!["x/hub", "x/platform"]]
    );
    assert_eq!(by_name("マツダ")["pairs"].as_array().unwrap().len(), 1);
    assert_eq!(links.len(), 2, "{links:?}");
    let table = run(&["keypersons", dir]);
    assert!(table.stdout.contains("Only links: 2"), "{}", table.stdout);
    let line = table
        .stdout
        .lines()
        .find(|l| l.contains("position") && l.contains("x/council × x/platform"))
        .unwrap_or_else(|| panic!("{}", table.stdout));
    assert!(line.ends_with("x/council × x/platform, x/hub × x/platform"));
    // `--kind` picks whom to list; every kind still counts as shared.
    let orgs = json(&["keypersons", dir, "--kind", "org", "--format", "json"]);
    let names: Vec<&str> = orgs["only_links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["マツダ"]);
}
