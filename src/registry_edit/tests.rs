//! Unit tests of decisions: how suggestions map onto them, and the YAML
//! they stand for.

use super::*;
use crate::identity::Occurrence;

fn suggestion(kind: SuggestionKind, a: &str, b: &str) -> Suggestion {
    Suggestion {
        kind,
        a: a.into(),
        b: b.into(),
        score: 80,
        reason: crate::msg::Msg::ReasonContains,
        a_at: Occurrence::default(),
        b_at: Occurrence::default(),
    }
}

#[test]
fn organisation_suggestions_map_to_an_alias_or_a_distinct_pair() {
    let mut s = suggestion(
        SuggestionKind::Org,
        "高知工科大学",
        "高知県公立大学法人高知工科大学",
    );
    assert_eq!(
        Decision::from_suggestion(&s, Settle::Same),
        Some(Decision::SameOrg {
            canonical: "高知工科大学".into(),
            alias: "高知県公立大学法人高知工科大学".into(),
        })
    );
    // The side with a registry entry stays the canonical name.
    s.b_at.in_registry = true;
    let Some(Decision::SameOrg { canonical, .. }) = Decision::from_suggestion(&s, Settle::Same)
    else {
        panic!()
    };
    assert_eq!(canonical, "高知県公立大学法人高知工科大学");
    let d = Decision::from_suggestion(&s, Settle::Different).unwrap();
    assert_eq!(
        d.yaml(),
        "distinct:\n  - [高知工科大学, 高知県公立大学法人高知工科大学]\n"
    );
}

#[test]
fn person_suggestions_carry_their_organisations() {
    let mut s = suggestion(SuggestionKind::Person, "鈴木 次郎", "鈴木次郎");
    s.a_at.org = Some("株式会社高知銀行".into());
    s.b_at.org = Some("株式会社四国銀行".into());
    assert_eq!(
        Decision::from_suggestion(&s, Settle::Same),
        Some(Decision::SamePerson {
            name: "鈴木 次郎".into(),
            alias: None,
            org: Some("株式会社高知銀行".into()),
        })
    );
    let d = Decision::from_suggestion(&s, Settle::Different).unwrap();
    assert_eq!(d.yaml(), s.settle_yaml(Settle::Different));
    assert!(
        Decision::from_suggestion(
            &suggestion(SuggestionKind::Position, "a", "b"),
            Settle::Same
        )
        .is_none()
    );
}

#[test]
fn names_that_need_quotes_are_quoted() {
    let d = Decision::DifferentOrgs {
        a: "R&D: センター".into(),
        b: "[株]".into(),
    };
    assert_eq!(d.yaml(), "distinct:\n  - [\"R&D: センター\", \"[株]\"]\n");
}
