//! Hostile input, part 4: the budgets that bound the work on one file and
//! on the suggestion search, and the messages that say a budget was hit.
//! The figures for the full sizes are in docs/security.md (measured with
//! /usr/bin/time and `cargo bench --bench hostile`, not here).

mod hostile_support;

use hostile_support::{Case, alike, summary};

const HEAD: &str = "name: 生成\nprogram: other\nprefecture: 広島県\nmembers:\n";

#[test]
fn a_suggestion_search_cut_short_says_so_in_a_note() {
    let case = Case::new("many-diagnostics");
    // The good file alone: searched in full, no note.
    let (_, json) = case.check_json(&[]);
    assert!(json.get("notes").is_none(), "{json}");
    assert!(!case.check(&[]).out().contains("stopped at its bounds"));

    case.write("alike.yaml", alike(1001));
    let (code, json) = case.check_json(&[]);
    assert_eq!(code, 0);
    let notes = json["notes"].as_array().unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0]["code"], "suggestions-cut");
    // All 1,001 alike names, and no other (the good file's).
    assert_eq!(notes[0]["names"], 1001);
    let of = notes[0]["of"].as_u64().unwrap();
    assert!((1003..1010).contains(&of), "{of}");
    assert!(
        notes[0]["help"]
            .as_str()
            .unwrap()
            .starts_with("check one sub-folder")
    );

    let run = case.check(&[]);
    run.code(0);
    let out = run.out();
    let note = format!(
        "note: the search for possible duplicates stopped at its bounds: \
         1001 of {of} organization names were not compared with every name like them, \
         so some may be missing\n  \
         = help: check one sub-folder at a time (`renkei check DIR/SUB`): \
         with fewer names the search stays within its bounds\n"
    );
    assert!(out.contains(&note), "{out}");
    // The note comes before the summary, which keeps its counts.
    assert!(out.find(&note).unwrap() < out.find(summary(&out)).unwrap());

    let out = case.check(&["--lang", "ja"]).out();
    let note = format!(
        "注記: 重複の可能性の検索は上限で打ち切りました。組織名 {of} 件のうち 1001 件は、\
         似た名前すべてとは比べていないため、見落としがあるかもしれません\n  \
         = ヒント: サブフォルダーごとに確認してください"
    );
    assert!(out.contains(&note), "{out}");
}

#[test]
fn pairs_past_the_cap_are_not_kept_and_the_note_says_so() {
    let case = Case::new("many-diagnostics");
    // 500 alike names: 124,750 similar pairs, of which 100,000 are kept.
    case.write("alike.yaml", alike(500));
    let out = case.check(&[]).out();
    assert!(
        summary(&out).ends_with(", 100000 possible duplicates"),
        "{}",
        summary(&out)
    );
    assert!(
        out.contains("note: and 99800 more possible duplicates (org) not shown"),
        "{}",
        summary(&out)
    );
    assert!(
        out.contains("note: the search for possible duplicates stopped at its bounds: "),
        "{}",
        &out[out.len().saturating_sub(1500)..]
    );
}

#[test]
fn a_file_over_the_value_budget_is_refused_where_it_crosses_it() {
    let case = Case::new("many-diagnostics");
    // The top mapping, three fields and their values, `members` and its
    // list are nine values; item 249,992 is the 250,001st.
    let n = 300_000;
    let mut src = String::with_capacity(HEAD.len() + 4 * n);
    src.push_str(HEAD);
    for _ in 0..n {
        src.push_str("- x\n");
    }
    case.write("members.yaml", &src);
    let run = case.check(&[]);
    run.code(1);
    let out = run.out();
    assert!(
        out.starts_with(
            "error: the file holds more than 250000 YAML values (texts, lists and mappings) \
             by here; this file is not loaded\n"
        ),
        "{}",
        &out[..out.len().min(2000)]
    );
    assert!(out.contains("members.yaml:249996:3\n"), "{out}");
    assert!(out.contains("= help: split it into smaller files"), "{out}");
    assert!(
        summary(&out)
            .starts_with("checked 2 files (1 network, 0 registries, 1 not loaded): 1 error,"),
        "{}",
        summary(&out)
    );
    let (_, json) = case.check_json(&[]);
    assert_eq!(json["diagnostics"][0]["code"], "too-many-values");
}
