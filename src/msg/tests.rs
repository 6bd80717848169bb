//! Every message exists in both languages, and codes are stable names.
//! `samples` is regenerated from the catalogue; the first test fails if a
//! variant is missing from it, so no message escapes these checks.

use std::collections::HashSet;

use super::samples::samples;
use super::{Lang, Msg};

#[test]
fn samples_cover_every_code() {
    let got: HashSet<&str> = samples().iter().map(Msg::code).collect();
    let all: HashSet<&str> = Msg::CODES.iter().copied().collect();
    let missing: Vec<_> = all.difference(&got).collect();
    assert!(missing.is_empty(), "no sample for {missing:?}");
}

#[test]
fn codes_are_unique_kebab_case() {
    let mut seen = HashSet::new();
    for code in Msg::CODES {
        assert!(seen.insert(code), "code {code} used twice");
        assert!(
            !code.is_empty()
                && code
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !code.starts_with('-')
                && !code.ends_with('-')
                && !code.contains("--"),
            "{code} is not kebab-case"
        );
    }
}

#[test]
fn every_message_renders_in_both_languages() {
    for m in samples() {
        let (en, ja) = (m.render(Lang::En), m.render(Lang::Ja));
        assert!(!en.trim().is_empty(), "{} empty in English", m.code());
        assert!(!ja.trim().is_empty(), "{} empty in Japanese", m.code());
        // Japanese text is Japanese, not the English left in place; labels
        // of one or two words may coincide (none do today).
        assert_ne!(en, ja, "{} is not translated", m.code());
        assert!(
            ja.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)
                || ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{} has no Japanese: {ja}",
            m.code()
        );
        assert_eq!(m.to_string(), en);
    }
}

#[test]
fn lang_comes_from_the_first_set_variable() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    assert_eq!(Lang::from_vars(env(&[("LANG", "ja_JP.UTF-8")])), Lang::Ja);
    assert_eq!(Lang::from_vars(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
    assert_eq!(Lang::from_vars(env(&[])), Lang::En);
    // LC_ALL wins over LANG; an empty one is skipped.
    assert_eq!(
        Lang::from_vars(env(&[("LC_ALL", "C"), ("LANG", "ja_JP.UTF-8")])),
        Lang::En
    );
    assert_eq!(
        Lang::from_vars(env(&[
            ("LC_ALL", ""),
            ("LC_MESSAGES", "ja_JP"),
            ("LANG", "C")
        ])),
        Lang::Ja
    );
}

#[test]
fn lang_flag_wins_over_the_environment() {
    let ja = || Lang::Ja;
    assert_eq!(
        Lang::from_args_or(&["renkei", "check", "--lang", "en"], ja),
        Lang::En
    );
    assert_eq!(
        Lang::from_args_or(&["renkei", "--lang=en", "stats"], ja),
        Lang::En
    );
    assert_eq!(Lang::from_args_or(&["renkei", "check"], ja), Lang::Ja);
    assert_eq!(
        Lang::from_args_or(&["renkei", "--", "--lang", "en"], ja),
        Lang::Ja
    );
    assert_eq!(
        Lang::from_args_or(&["renkei", "--lang", "xx"], || Lang::En),
        Lang::En
    );
}

#[test]
fn mask_takes_out_quoted_parts_and_numbers() {
    assert_eq!(
        super::mask("unknown field `notes` at 12"),
        "unknown field `…` at N"
    );
    assert_eq!(
        super::mask("フィールド「no「te」s」は定義されていません"),
        "フィールド「…」は定義されていません"
    );
}

#[test]
fn a_message_carried_in_an_io_error_keeps_its_words() {
    let e = std::io::Error::other(Msg::LoaderStopped);
    assert_eq!(Msg::io(&e), Msg::LoaderStopped);
    assert!(
        Msg::io(&e)
            .render(Lang::Ja)
            .starts_with("読み込みが予期せず止まりました")
    );
    // A system error still keeps the system's words in English.
    let sys = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
    assert!(matches!(Msg::io(&sys), Msg::IoError { .. }));
}
