//! Command lines clap rejects, in the user's language. clap has no
//! Japanese: in Japanese renkei words the error itself, from its kind and
//! context, through the catalogue; in English it is clap's text as clap
//! prints it. Either way every line is sanitised, because clap echoes the
//! offending value as given.

use std::error::Error as _;
use std::fmt::Write as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::msg::{Lang, Msg, NumberProblem};
use crate::text::sanitize;

/// The error as it goes to stderr: lines sanitised, each ending in `\n`.
#[must_use]
pub fn render(e: &clap::Error, lang: Lang) -> String {
    let english = e.render().to_string();
    let text = match lang {
        Lang::En => english,
        // The help shown for a bare `renkei export` is the (localised)
        // help text already.
        Lang::Ja if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => english,
        Lang::Ja => japanese(e, &english),
    };
    let mut out = String::with_capacity(text.len() + 16);
    for line in text.lines() {
        out.push_str(&sanitize(line));
        out.push('\n');
    }
    out
}

/// `renkei DIR COMMAND`, refused: DIR goes after the subcommand.
#[must_use]
pub fn dir_before_command(lang: Lang) -> String {
    format!(
        "{}: {}\n",
        Msg::SeverityError.render(lang),
        Msg::UsageDirBeforeCommand.render(lang)
    )
}

fn ja(m: &Msg) -> String {
    m.render(Lang::Ja)
}

fn japanese(e: &clap::Error, english: &str) -> String {
    let head = headline(e).unwrap_or_else(|| {
        // A kind renkei does not word: clap's first line, marked as such.
        let first = english.lines().next().unwrap_or_default();
        ja(&Msg::UsageOther {
            detail: first.strip_prefix("error: ").unwrap_or(first).to_owned(),
        })
    });
    let mut out = format!("{}: {head}", ja(&Msg::SeverityError));
    let tips = tips(e);
    if !tips.is_empty() {
        out.push('\n');
        let tip = ja(&Msg::HelpLabel);
        for t in tips {
            let _ = write!(out, "\n  {tip}: {t}");
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        out.push_str("\n\n");
        out.push_str(&usage_line(&usage.to_string()));
    }
    // clap names the help flag only when the command has one; the same
    // flag, taken from its own text.
    if let Some(flag) = english
        .split_once("For more information, try '")
        .and_then(|(_, rest)| rest.split_once('\''))
        .map(|(flag, _)| flag)
    {
        out.push_str("\n\n");
        out.push_str(&ja(&Msg::UsageMoreInfo {
            flag: flag.to_owned(),
        }));
    }
    out.push('\n');
    out
}

/// A context value that is one string.
fn string(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    }
}

/// A context value that is one or more strings.
fn strings(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    }
}

fn number(e: &clap::Error, kind: ContextKind) -> Option<usize> {
    match e.get(kind) {
        Some(ContextValue::Number(n)) => usize::try_from(*n).ok(),
        _ => None,
    }
}

/// `「a」、「b」`.
fn quoted(items: &[String]) -> String {
    items
        .iter()
        .map(|s| format!("「{s}」"))
        .collect::<Vec<_>>()
        .join("、")
}

/// What went wrong, from the error's kind and context; `None` when the
/// context is not there to say it.
fn headline(e: &clap::Error) -> Option<String> {
    let arg = || string(e, ContextKind::InvalidArg);
    let value = || string(e, ContextKind::InvalidValue);
    let m = match e.kind() {
        ErrorKind::ArgumentConflict => return conflict(e),
        ErrorKind::NoEquals => Msg::UsageEqualsNeeded { arg: arg()? },
        ErrorKind::InvalidValue => return invalid_value(e),
        ErrorKind::InvalidSubcommand => Msg::UsageUnknownSubcommand {
            name: string(e, ContextKind::InvalidSubcommand)?,
        },
        ErrorKind::MissingRequiredArgument => {
            let mut s = ja(&Msg::UsageRequired);
            for a in strings(e, ContextKind::InvalidArg) {
                let _ = write!(s, "\n  {a}");
            }
            return Some(s);
        }
        ErrorKind::MissingSubcommand => {
            let mut s = ja(&Msg::UsageSubcommandNeeded {
                name: string(e, ContextKind::InvalidSubcommand)?,
            });
            let valid = strings(e, ContextKind::ValidSubcommand);
            if !valid.is_empty() {
                let names = valid.join("、");
                let _ = write!(s, "\n  {}", ja(&Msg::UsageSubcommands { names }));
            }
            return Some(s);
        }
        ErrorKind::InvalidUtf8 => Msg::UsageNotUtf8,
        ErrorKind::TooManyValues => Msg::UsageExtraValue {
            arg: arg()?,
            value: value()?,
        },
        ErrorKind::TooFewValues => Msg::UsageValueCount {
            arg: arg()?,
            expected: number(e, ContextKind::MinValues)?,
            given: number(e, ContextKind::ActualNumValues)?,
        },
        ErrorKind::WrongNumberOfValues => Msg::UsageValueCount {
            arg: arg()?,
            expected: number(e, ContextKind::ExpectedNumValues)?,
            given: number(e, ContextKind::ActualNumValues)?,
        },
        ErrorKind::ValueValidation => Msg::UsageInvalidValue {
            arg: arg()?,
            value: value()?,
            why: e.source().map(reason),
        },
        ErrorKind::UnknownArgument => Msg::UsageUnexpectedArg { arg: arg()? },
        _ => return None,
    };
    Some(ja(&m))
}

fn conflict(e: &clap::Error) -> Option<String> {
    let arg =
        string(e, ContextKind::InvalidArg).or_else(|| string(e, ContextKind::InvalidSubcommand))?;
    let prior = strings(e, ContextKind::PriorArg);
    let m = if prior == [arg.clone()] {
        Msg::UsageRepeatedArg { arg }
    } else {
        Msg::UsageConflict {
            arg,
            with: if prior.is_empty() {
                "ほかの引数".to_owned()
            } else {
                quoted(&prior)
            },
        }
    };
    Some(ja(&m))
}

fn invalid_value(e: &clap::Error) -> Option<String> {
    let arg = string(e, ContextKind::InvalidArg)?;
    let value = string(e, ContextKind::InvalidValue)?;
    let mut s = ja(&if value.is_empty() {
        Msg::UsageValueMissing { arg }
    } else {
        Msg::UsageInvalidValue {
            arg,
            value,
            why: None,
        }
    });
    let valid = strings(e, ContextKind::ValidValue);
    if !valid.is_empty() {
        let values = valid.join("、");
        let _ = write!(s, "\n  {}", ja(&Msg::UsagePossibleValues { values }));
    }
    Some(s)
}

/// Why a value parser refused a value: renkei's own message, a number's
/// problem, or (from clap's ranges) the parser's words.
fn reason(source: &(dyn std::error::Error + 'static)) -> String {
    // Option parsers return a boxed message (clap keeps the box).
    if let Some(m) = source.downcast_ref::<Box<Msg>>() {
        return ja(m);
    }
    if let Some(m) = source.downcast_ref::<Msg>() {
        return ja(m);
    }
    if let Some(problem) = source
        .downcast_ref::<std::num::ParseIntError>()
        .and_then(NumberProblem::of)
    {
        return ja(&Msg::NotANumber { problem });
    }
    // clap's integer ranges say `V is not in A..=B`.
    let text = source.to_string();
    match text.split_once(" is not in ") {
        Some((value, range)) if range.contains("..") => ja(&Msg::OutOfRange {
            value: value.to_owned(),
            range: range.to_owned(),
        }),
        _ => text,
    }
}

/// The suggestions clap made: similar names, and its worded tips.
fn tips(e: &clap::Error) -> Vec<String> {
    let mut tips = Vec::new();
    for kind in [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ] {
        let names = strings(e, kind);
        if !names.is_empty() {
            tips.push(ja(&Msg::UsageSimilar {
                names: quoted(&names),
            }));
        }
    }
    if let Some(ContextValue::StyledStrs(worded)) = e.get(ContextKind::Suggested) {
        tips.extend(worded.iter().map(|t| suggestion(&t.to_string())));
    }
    tips
}

/// One of clap's worded tips in Japanese; one renkei does not know keeps
/// clap's words.
fn suggestion(tip: &str) -> String {
    let between = |s: &str, a: &str, b: &str| {
        s.strip_prefix(a)
            .and_then(|r| r.split_once(b))
            .map(|(x, rest)| (x.to_owned(), rest.to_owned()))
    };
    if let Some((arg, rest)) = between(tip, "to pass '", "' as a value, use '") {
        let write = rest.strip_suffix('\'').unwrap_or(&rest).to_owned();
        return ja(&Msg::UsagePassAsValue { arg, write });
    }
    if let Some((name, _)) = between(tip, "subcommand '", "' exists; to use it") {
        return ja(&Msg::UsageRemoveDashes { name });
    }
    if let Some(what) = tip
        .strip_prefix('\'')
        .and_then(|r| r.strip_suffix("' exists"))
    {
        return ja(&Msg::UsageExists {
            what: what.to_owned(),
        });
    }
    tip.to_owned()
}

/// clap's `Usage: …` lines under renkei's heading, continuation lines
/// lined up under the first.
fn usage_line(usage: &str) -> String {
    let body = usage.strip_prefix("Usage: ").unwrap_or(usage);
    let heading = ja(&Msg::UsageLine {
        usage: String::new(),
    });
    let pad = " ".repeat(crate::text::width(&heading));
    let mut lines = body.lines();
    let mut out = ja(&Msg::UsageLine {
        usage: lines.next().unwrap_or_default().to_owned(),
    });
    for l in lines {
        out.push('\n');
        out.push_str(&pad);
        out.push_str(l.trim_start());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn error(args: &[&str]) -> clap::Error {
        error_in(args, Lang::Ja)
    }

    fn error_in(args: &[&str], lang: Lang) -> clap::Error {
        let cmd = super::super::help_ja::localise(super::super::Cli::command(), lang);
        cmd.try_get_matches_from(args).unwrap_err()
    }

    #[test]
    fn a_bad_number_is_worded_in_japanese() {
        let e = error(&["renkei", "overlap", "--min-shared", "x", "networks"]);
        let text = render(&e, Lang::Ja);
        assert!(
            text.starts_with(
                "エラー: 「--min-shared <N>」の値「x」は使えません: 数字以外の文字があります"
            ),
            "{text}"
        );
        assert!(
            text.ends_with("詳しくは「--help」で確認してください。\n"),
            "{text}"
        );
    }

    #[test]
    fn possible_values_and_suggestions_are_listed() {
        let e = error(&["renkei", "check", "--format", "yaml"]);
        let text = render(&e, Lang::Ja);
        assert!(
            text.contains(
                "「--format <FORMAT>」の値「yaml」は使えません\n  ［使える値: text、json］"
            ),
            "{text}"
        );
        let e = error(&["renkei", "check", "--deny-warning"]);
        let text = render(&e, Lang::Ja);
        assert!(
            text.contains("想定外の引数「--deny-warning」があります"),
            "{text}"
        );
        assert!(
            text.contains("ヒント: 「--deny-warnings」のことですか？"),
            "{text}"
        );
        assert!(
            text.contains("\n\n使い方: renkei check --deny-warnings [DIR]\n"),
            "{text}"
        );
    }

    #[test]
    fn a_number_out_of_range_is_worded_too() {
        let e = error(&["renkei", "overlap", "--year", "99999999999"]);
        let text = render(&e, Lang::Ja);
        assert!(
            text.contains("99999999999 は -2147483648..=2147483647 の範囲にありません"),
            "{text}"
        );
    }

    #[test]
    fn english_is_clap_s_own_text() {
        let e = error_in(&["renkei", "overlap", "--min-shared", "x"], Lang::En);
        assert_eq!(render(&e, Lang::En), e.render().to_string());
    }

    #[test]
    fn clap_s_worded_tips_are_translated() {
        assert_eq!(
            suggestion("to pass '--x' as a value, use '-- --x'"),
            "「--x」を値として渡すなら「-- --x」と書いてください"
        );
        assert_eq!(
            suggestion("'export --to' exists"),
            "「export --to」ならあります"
        );
        assert_eq!(suggestion("something new"), "something new");
        assert_eq!(
            usage_line("Usage: renkei [OPTIONS] [DIR]\n       renkei <COMMAND>"),
            "使い方: renkei [OPTIONS] [DIR]\n        renkei <COMMAND>"
        );
    }
}
