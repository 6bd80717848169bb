//! Accuracy of the reading estimator on names with known official readings
//! (tests/fixtures/readings/known.tsv). Prints the figures quoted in
//! docs/identity.md; run with `cargo test --test readings_accuracy -- --nocapture`.

use renkei::readings::{Style, candidates};

/// Candidates tried per name, as the search index keeps them.
const PERSON_CANDIDATES: usize = 6;
const OTHER_CANDIDATES: usize = 3;

struct Tally {
    names: usize,
    top1: usize,
    hit: usize,
}

fn measure(kind: &str, rows: &[(String, String, String)]) -> Tally {
    let mut t = Tally {
        names: 0,
        top1: 0,
        hit: 0,
    };
    for (k, name, want) in rows.iter().filter(|r| r.0 == kind) {
        let (style, limit) = if k == "person" {
            (Style::Person, PERSON_CANDIDATES)
        } else {
            (Style::Organization, OTHER_CANDIDATES)
        };
        let got: Vec<String> = candidates(name, style, limit)
            .into_iter()
            .map(|c| c.reading)
            .collect();
        t.names += 1;
        if got.first() == Some(want) {
            t.top1 += 1;
        } else {
            eprintln!("  {kind} {name}: want {want}, best {:?}", got.first());
        }
        if got.contains(want) {
            t.hit += 1;
        }
    }
    t
}

fn rows() -> Vec<(String, String, String)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/readings/known.tsv"
    );
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 3, "{l}");
            (f[0].to_owned(), f[1].to_owned(), f[2].to_owned())
        })
        .collect()
}

fn pct(n: usize, of: usize) -> f64 {
    #[allow(clippy::cast_precision_loss)]
    let r = n as f64 * 100.0 / of as f64;
    r
}

#[test]
fn accuracy_on_known_readings() {
    let rows = rows();
    assert!(rows.len() >= 200, "{} names", rows.len());
    let mut all = Tally {
        names: 0,
        top1: 0,
        hit: 0,
    };
    // Floors (percent): top-1, candidate hit; a little under the measured.
    for (kind, floor_top1, floor_hit) in [
        ("org", 88.0, 95.0),
        ("place", 65.0, 70.0),
        ("person", 62.0, 80.0),
    ] {
        let t = measure(kind, &rows);
        println!(
            "{kind}: {} names, top-1 {}/{} = {:.1} %, candidates {}/{} = {:.1} %",
            t.names,
            t.top1,
            t.names,
            pct(t.top1, t.names),
            t.hit,
            t.names,
            pct(t.hit, t.names)
        );
        assert!(pct(t.top1, t.names) >= floor_top1, "{kind} top-1");
        assert!(pct(t.hit, t.names) >= floor_hit, "{kind} candidates");
        all.names += t.names;
        all.top1 += t.top1;
        all.hit += t.hit;
    }
    println!(
        "all: {} names, top-1 {:.1} %, candidates {:.1} %",
        all.names,
        pct(all.top1, all.names),
        pct(all.hit, all.names)
    );
}
