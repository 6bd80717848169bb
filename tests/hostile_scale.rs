//! Hostile input, part 3: shapes whose cost used to grow faster than the
//! file. Each case is generated with a small N that still shows the shape;
//! the figures for the full sizes are in docs/security.md (measured with
//! /usr/bin/time, not here).

mod hostile_support;

use std::fmt::Write as _;

use hostile_support::{Case, summary};

const HEAD: &str = "name: 生成\nprogram: other\nprefecture: 広島県\n";

/// Counts the diagnostic blocks of `out` whose first line is `head`.
fn shown(out: &str, head: &str) -> usize {
    out.split("\n\n")
        .filter(|b| b.trim_start_matches('\n').starts_with(head))
        .count()
}

#[test]
fn a_million_mistakes_are_shown_two_hundred_times_and_counted_exactly() {
    let case = Case::new("many-diagnostics");
    let n = 20_000;
    let mut src = format!("{HEAD}members:\n");
    for _ in 0..n {
        src.push_str("- x\n");
    }
    case.write("members.yaml", &src);
    let run = case.check(&[]);
    run.code(1);
    let out = run.out();
    assert_eq!(
        shown(&out, "error: a member must be a mapping, found text"),
        200
    );
    let more = format!(
        "error: and {} more of this kind: a member must be a mapping, found text",
        n - 200
    );
    assert_eq!(
        shown(&out, &more),
        1,
        "{}",
        &out[out.len().saturating_sub(2000)..]
    );
    assert!(
        summary(&out).starts_with(&format!(
            "checked 2 files (2 networks, 0 registries): {n} errors, 0 warnings"
        )),
        "{}",
        summary(&out)
    );
    assert!(out.len() < 200_000, "{} bytes of output", out.len());
    let (_, json) = case.check_json(&[]);
    let diags = json["diagnostics"].as_array().unwrap();
    assert_eq!(diags.len(), 201);
    assert_eq!(diags.last().unwrap()["more"], n - 200);
}

#[test]
fn one_long_line_of_members_keeps_only_a_window_of_it() {
    let case = Case::new("many-diagnostics");
    // 5,000 copies of one member on one line: every copy after the first
    // is a duplicate, each once pointing at the same 50 KB line.
    let n = 5_000;
    let members = vec!["{org: 広島大学}"; n].join(", ");
    case.write("line.yaml", format!("{HEAD}members: [{members}]\n"));
    // And 10,000 unknown fields in one member, on one line.
    let mut fields = String::from("{org: 広島大学");
    for i in 0..10_000 {
        let _ = write!(fields, ", f{i}: 1");
    }
    case.write("fields.yaml", format!("{HEAD}members: [{fields}}}]\n"));
    let run = case.check(&["--format", "json"]);
    run.code(1);
    let json: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let diags = json["diagnostics"].as_array().unwrap();
    let weight = |d: &serde_json::Value| d["more"].as_u64().unwrap_or(1);
    let of = |file: &str, sev: &str| -> u64 {
        diags
            .iter()
            .filter(|d| d["file"].as_str().unwrap().ends_with(file) && d["severity"] == sev)
            .map(weight)
            .sum()
    };
    assert_eq!(of("line.yaml", "error"), (n - 1) as u64);
    assert_eq!(of("fields.yaml", "warning"), 10_000);
    assert!(diags.len() < 450, "{} diagnostics kept", diags.len());
    // The text snippets are windows: the output stays small.
    let run = case.check(&[]);
    assert!(run.stdout.len() < 600_000, "{} bytes", run.stdout.len());
    let out = run.out();
    assert!(
        out.contains("\n4 | ...広島大学}, {org:"),
        "{}",
        &out[..3000]
    );
    let longest = out.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(longest < 500, "a line of {longest} characters");
}

#[test]
fn suggestions_are_shown_two_hundred_per_kind_and_counted() {
    let case = Case::new("many-diagnostics");
    let n = 300;
    let mut src = format!("{HEAD}members:\n");
    for i in 0..n {
        let _ = writeln!(src, "- {{org: 研究会{i:04}, sector: other}}");
        let _ = writeln!(src, "- {{org: 広島県研究会{i:04}, sector: other}}");
    }
    case.write("pairs.yaml", &src);
    let (_, json) = case.check_json(&[]);
    // The 300 pairs of score 90, and similar names among them.
    let total = json["suggestions"].as_array().unwrap().len();
    assert!(total >= n, "{total}");
    let run = case.check(&[]);
    run.code(0);
    let out = run.out();
    assert_eq!(
        out.matches("note: possible duplicate (org, score 90)")
            .count(),
        200
    );
    assert_eq!(out.matches("note: possible duplicate").count(), 200);
    assert!(
        out.contains(&format!(
            "note: and {} more possible duplicates (org) not shown; `--format json` lists them all",
            total - 200
        )),
        "{}",
        &out[out.len().saturating_sub(1500)..]
    );
    assert!(
        summary(&out).ends_with(&format!("{total} possible duplicates")),
        "{}",
        summary(&out)
    );
}

/// 50,000 networks sharing one organisation wrote 78 GB of JSON. Pairs are
/// counted first; past 100,000 the report is refused unless asked for.
#[test]
fn overlap_refuses_more_pairs_than_its_limit_unless_asked() {
    let case = Case::new("many-diagnostics");
    let n = 450; // 450 × 449 / 2 = 101,025 pairs
    for i in 0..n {
        case.write(
            &format!("n{i:03}.yaml"),
            format!("name: 会議{i}\nprogram: other\nprefecture: 広島県\nmembers:\n- {{org: 広島大学, sector: academia}}\n"),
        );
    }
    let dir = case.dir_arg();
    let run = hostile_support::renkei(&["overlap", &dir, "--format", "json"]);
    run.code(2);
    assert!(run.stdout.is_empty());
    assert!(
        run.err().contains(
            "renkei: more than 100000 pairs of networks share something (451 networks selected); \
             narrow the report with --min-shared N"
        ),
        "{}",
        run.err()
    );
    assert!(run.err().contains("--all-pairs"));
    let run = hostile_support::renkei(&["overlap", &dir, "--min-shared", "2", "--format", "csv"]);
    run.code(0);
    let run = hostile_support::renkei(&["overlap", &dir, "--all-pairs", "--format", "csv"]);
    run.code(0);
    // good.yaml (高知大学, 高知県) pairs with none of them.
    assert_eq!(run.out().lines().count(), 1 + n * (n - 1) / 2);
}

#[test]
fn network_ids_used_by_many_files_are_capped_across_files_with_an_exact_count() {
    let case = Case::new("many-diagnostics");
    for i in 0..250 {
        case.write(
            &format!("dup{i:03}.yaml"),
            "id: 同じ\nname: 同じ会議\nprogram: platform\nprefecture: 高知県\nmembers:\n  - org: 高知大学\n    sector: academia\n",
        );
    }
    let out = case.check(&[]).out();
    assert_eq!(
        out.matches("error: network id `同じ` is already used by")
            .count(),
        200
    );
    assert!(
        out.contains("error: and 49 more of this kind: network id `…` is already used by another file; this file is not loaded"),
        "{}",
        summary(&out)
    );
    assert!(out.contains("of a kind (and 2000 in all) across the data folder"));
}
