//! Unit tests of `locate`, kept beside it in their own file.

use std::fmt::Write as _;

use super::*;

const SRC: &str = "\
name: 広島県地方大学・地域産業創生事業推進特別委員会
program: kofukinn
members:
  - org: 広島大学
    sector: academia
  - person: 山田 太郎
    sector: govt
name: again
";

#[test]
fn finds_keys_and_values_with_character_columns() {
    let loc = Locator::new(SRC);
    assert_eq!(
        loc.find(&[Step::Key("program")], Target::Value),
        Some(Pos::new(2, 10))
    );
    assert_eq!(
        loc.find(&[Step::Key("program")], Target::Key),
        Some(Pos::new(2, 1))
    );
    let path = [Step::Key("members"), Step::Index(1), Step::Key("sector")];
    assert_eq!(loc.find(&path, Target::Value), Some(Pos::new(7, 13)));
    assert_eq!(loc.find(&path, Target::Key), Some(Pos::new(7, 5)));
    assert_eq!(loc.scalar_len(&path), Some(4));
    let org = [Step::Key("members"), Step::Index(0), Step::Key("org")];
    assert_eq!(loc.find(&org, Target::Value), Some(Pos::new(4, 10)));
    assert_eq!(loc.scalar_len(&org), Some(4));
}

#[test]
fn nth_occurrence_points_at_the_duplicate() {
    let loc = Locator::new(SRC);
    assert_eq!(
        loc.find(&[Step::KeyNth("name", 1)], Target::Key),
        Some(Pos::new(8, 1))
    );
}

#[test]
fn missing_paths_fall_back_to_the_nearest_ancestor() {
    let loc = Locator::new(SRC);
    let path = [Step::Key("members"), Step::Index(1), Step::Key("email")];
    assert_eq!(loc.find(&path, Target::Value), None);
    assert_eq!(loc.find_or_near(&path, Target::Value), Pos::new(6, 5));
    assert_eq!(
        Locator::new(": : [").find_or_near(&path, Target::Key),
        Pos::new(1, 1)
    );
}

#[test]
fn a_tab_after_a_colon_keeps_positions() {
    let loc = Locator::new("name: 広島\nprogram:\tkofukinn\nprefecture: 広島県\n");
    assert_eq!(
        loc.find(&[Step::Key("program")], Target::Value),
        Some(Pos::new(2, 10))
    );
    assert_eq!(loc.scalar_len(&[Step::Key("program")]), Some(8));
}

#[test]
fn deep_nesting_does_not_overflow() {
    // yaml-rust2 stops flow nesting at 255 levels; block nesting (one
    // `- ` per level) it follows as deep as it goes.
    for depth in [5000, 100_000] {
        let src = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let loc = Locator::new(&src);
        assert!(loc.find(&[Step::Key("x")], Target::Key).is_none());
        let src = format!("{}x\n", "- ".repeat(depth));
        let loc = Locator::new(&src);
        assert_eq!(
            loc.find(&[Step::Index(0)], Target::Value),
            Some(Pos::new(1, 3))
        );
    }
    let src = format!("a: {}1{}\nb: 2\n", "[".repeat(100), "]".repeat(100));
    let loc = Locator::new(&src);
    assert_eq!(
        loc.find(&[Step::Key("b")], Target::Value),
        Some(Pos::new(2, 4))
    );
}

#[test]
fn aliases_are_leaves_not_expansions() {
    let mut src = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (prev, name) in ('a'..='h').zip('b'..='i') {
        let refs = vec![format!("*{prev}"); 10].join(", ");
        let _ = writeln!(src, "{name}: &{name} [{refs}]");
    }
    src.push_str("last: 1\n");
    let loc = Locator::new(&src);
    assert_eq!(
        loc.find(&[Step::Key("last")], Target::Value),
        Some(Pos::new(10, 7))
    );
    assert_eq!(
        loc.find(&[Step::Key("i"), Step::Index(9)], Target::Value),
        Some(Pos::new(9, 44))
    );
}

#[test]
fn tags_and_merge_keys_are_found_where_they_stand() {
    let src = "\
base: &b
  sector: academia
members:
  - org: !!binary aGVsbG8=
    <<: *b
  - {org: !x 高知大学, \"<<\": quoted}
  - org: '<<'
tagged: !!seq [a]
";
    let found = Locator::new(src).refused().to_vec();
    assert_eq!(
        found,
        [
            (Refused::Tag("!!binary".into()), Pos::new(4, 10)),
            (Refused::Merge, Pos::new(5, 5)),
            (Refused::Tag("!x".into()), Pos::new(6, 11)),
            (Refused::Tag("!!seq".into()), Pos::new(8, 9)),
        ]
    );
    let split = Locator::new("org: !!str\n  高知大学\n");
    assert_eq!(split.refused()[0].0, Refused::Tag("!!str".into()));
    assert!(Locator::new("name: x\nsummary: ok!\n").refused().is_empty());
}
