//! Properties every key must have, whatever the input.

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

use crate::identity::key::{ORG_DESIGNATORS, kana_key, org_key, person_key, title_key};

/// Names built from the characters that matter here: kana in both widths,
/// kanji with variants, full-width Latin, spaces, dots, brackets and the
/// enclosed designators, plus arbitrary Unicode.
fn name() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("株式会社".to_owned()),
        Just("（株）".to_owned()),
        Just("㈱".to_owned()),
        Just("㍿".to_owned()),
        Just("地方独立行政法人".to_owned()),
        Just("国立大学法人".to_owned()),
        Just("　".to_owned()),
        Just("・".to_owned()),
        Just("ﾏﾂﾀﾞ".to_owned()),
        Just("マツダ".to_owned()),
        Just("髙﨑".to_owned()),
        Just("ＮＴＴ".to_owned()),
        Just("e\u{301}".to_owned()),
        Just("J\u{30C}".to_owned()),
        Just("カ\u{3099}".to_owned()),
        "[a-zA-Zａ-ｚ0-9 ()（）]{0,3}",
        "\\PC{0,3}",
        any::<String>(),
    ];
    prop::collection::vec(pieces, 0..6).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn keys_are_idempotent(s in name()) {
        for key in [org_key, person_key, title_key, kana_key] {
            let once = key(&s);
            prop_assert_eq!(key(&once), once.clone(), "input {:?}", s);
        }
    }

    #[test]
    fn nfkc_equivalent_inputs_share_keys(s in name()) {
        let nfkc: String = s.nfkc().collect();
        let nfd: String = s.nfd().collect();
        for key in [org_key, person_key, title_key, kana_key] {
            prop_assert_eq!(key(&s), key(&nfkc));
            prop_assert_eq!(key(&s), key(&nfd));
        }
    }

    #[test]
    fn designator_only_names_never_get_an_empty_key(
        parts in prop::collection::vec(prop::sample::select(ORG_DESIGNATORS.to_vec()), 1..4),
        gaps in "[ 　・]{0,2}",
    ) {
        let name = parts.join(&gaps);
        prop_assert!(!org_key(&name).is_empty());
    }

    #[test]
    fn non_empty_names_get_non_empty_org_keys(s in "\\PC{1,12}") {
        let visible = s.nfkc().any(|c| !crate::identity::key::is_gap(c));
        if visible {
            prop_assert!(!org_key(&s).is_empty(), "input {:?}", s);
        }
    }
}
