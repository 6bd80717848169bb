//! `renkei check`: every problem in the data, then the likely duplicates
//! the identity rules leave apart, as text or JSON.

use std::io::{self, Write};

use serde::Serialize;

use super::output::{summary, write_diagnostics};
use super::{CheckArgs, Format, Out, Status, workspace};
use crate::diag::{self, JsonDiagnostic, Style};
use crate::identity::{self, Cut, Occurrence, Suggestion, SuggestionKind};
use crate::model::Dataset;
use crate::msg::{Kind, Lang, Msg};
use crate::text::sanitize;

#[derive(Serialize)]
struct Report<'a> {
    diagnostics: Vec<JsonDiagnostic>,
    suggestions: Vec<JsonSuggestion<'a>>,
    /// Notes about the check itself (the suggestion search cut short);
    /// absent when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    notes: Vec<JsonNote>,
}

/// A note about the check: `{"code", "message", "help"}` in English, and
/// for `suggestions-cut` the counts `names` (not compared with every name
/// like them) and `of` (organisation names in all).
#[derive(Serialize)]
struct JsonNote {
    code: &'static str,
    message: String,
    help: String,
    names: usize,
    of: usize,
}

impl JsonNote {
    fn cut(cut: Cut) -> JsonNote {
        let message = cut_msg(cut);
        JsonNote {
            code: message.code(),
            message: message.en(),
            help: Msg::HelpSuggestionsCut.en(),
            names: cut.names,
            of: cut.of,
        }
    }
}

fn cut_msg(cut: Cut) -> Msg {
    Msg::SuggestionsCut {
        names: cut.names,
        of: cut.of,
    }
}

/// The contract `{"kind", "a", "b", "score", "reason"}`, plus the
/// reason's stable `reason_code`, where each side occurs and the registry
/// entry that would settle it. `reason` stays English (docs/json.md).
#[derive(Serialize)]
struct JsonSuggestion<'a> {
    kind: &'static str,
    a: &'a str,
    b: &'a str,
    score: u8,
    reason: String,
    reason_code: &'static str,
    a_files: Vec<String>,
    b_files: Vec<String>,
    registry_yaml: String,
}

/// Runs `check`. Exit status: problems when there are errors (or warnings
/// with `--deny-warnings`); suggestions never fail a check.
///
/// # Errors
/// Only errors writing `out`.
pub fn run<W: Write>(
    args: &CheckArgs,
    out: &mut W,
    style: Style,
    lang: Lang,
) -> io::Result<Status> {
    let ws = match workspace(&args.data, lang) {
        Ok(w) => w,
        Err(status) => return Ok(status),
    };
    let ds = &*ws.ds;
    let identity::Suggestions {
        list: suggestions,
        cut,
    } = ws.suggest_all();
    match args.format {
        Format::Text => {
            write_diagnostics(out, &ws.diagnostics, Out { style, lang })?;
            let (shown, more) = identity::shown(&suggestions);
            for s in shown {
                write_suggestion(out, ds, s, Out { style, lang })?;
            }
            for (kind, count) in more {
                let more = Msg::MoreSuggestions {
                    count,
                    kind: kind_of(kind),
                };
                let note = Msg::SeverityNote.render(lang);
                writeln!(out, "{note}: {}\n", more.render(lang))?;
            }
            if let Some(cut) = cut {
                write_cut(out, cut, Out { style, lang })?;
            }
            let found = Msg::PossibleDuplicates {
                count: suggestions.len(),
            };
            let sep = if lang == Lang::Ja { "、" } else { ", " };
            writeln!(out, "{}{sep}{}", summary(&ws, lang), found.render(lang))?;
        }
        Format::Json => {
            let report = Report {
                diagnostics: ws.diagnostics.iter().map(JsonDiagnostic::from).collect(),
                suggestions: suggestions.iter().map(|s| json(ds, s)).collect(),
                notes: cut.map(JsonNote::cut).into_iter().collect(),
            };
            crate::text::write_json(out, &report)?;
            writeln!(out)?;
        }
    }
    let (errors, warnings) = diag::count(&ws.diagnostics);
    Ok(if errors > 0 || (args.deny_warnings && warnings > 0) {
        Status::Problems
    } else {
        Status::Clean
    })
}

/// Files a suggestion's text names per side, at most.
const FILES_SHOWN: usize = 5;

fn files(ds: &Dataset, at: &Occurrence) -> Vec<String> {
    at.files
        .iter()
        .map(|f| ds.file(*f).path.display().to_string())
        .collect()
}

fn json<'a>(ds: &Dataset, s: &'a Suggestion) -> JsonSuggestion<'a> {
    JsonSuggestion {
        kind: s.kind.as_str(),
        a: &s.a,
        b: &s.b,
        score: s.score,
        reason: s.reason.en(),
        reason_code: s.reason.code(),
        a_files: files(ds, &s.a_at),
        b_files: files(ds, &s.b_at),
        registry_yaml: s.registry_yaml(),
    }
}

/// A suggestion in the diagnostics' style:
///
/// ```text
/// note: possible duplicate (org, score 90): 高知工科大学 ~ 高知県公立大学法人高知工科大学
///   = why: …
///   = 高知工科大学 in networks/kochi/platform.yaml
///   = 高知県公立大学法人高知工科大学 in networks/kochi/kofukin.yaml
///   = to settle it, add to your registry file (a name with an entry: into that entry),
///     or decide with `a` (same) / `x` (different) in `renkei browse`:
///       organizations:
///         - name: 高知工科大学
///           aliases: [高知県公立大学法人高知工科大学]
/// ```
fn write_suggestion<W: Write>(w: &mut W, ds: &Dataset, s: &Suggestion, out: Out) -> io::Result<()> {
    let lang = out.lang;
    let label = note_label(out);
    let (a, b) = (sanitize(&s.a), sanitize(&s.b));
    let head = Msg::PossibleDuplicate {
        kind: kind_of(s.kind),
        score: s.score,
        a: a.to_string(),
        b: b.to_string(),
    };
    writeln!(w, "{label}: {}", head.render(lang))?;
    let why = Msg::Why {
        reason: s.reason.render(lang),
    };
    writeln!(w, "  = {}", sanitize(&why.render(lang)))?;
    for (name, at) in [(&a, &s.a_at), (&b, &s.b_at)] {
        let where_ = files(ds, at);
        let org = at
            .org
            .as_deref()
            .map(|o| format!(" ({})", sanitize(o)))
            .unwrap_or_default();
        // A name in thousands of files: the first few, and a count.
        let place = match where_.len() {
            0 => Msg::InRegistry.render(lang),
            count if count > FILES_SHOWN => Msg::AndMoreFiles {
                first: where_[..FILES_SHOWN].join(", "),
                more: count - FILES_SHOWN,
            }
            .render(lang),
            _ => where_.join(", "),
        };
        let line = Msg::OccursIn {
            name: format!("{name}{org}"),
            places: sanitize(&place).into_owned(),
        };
        writeln!(w, "  = {}", line.render(lang))?;
    }
    writeln!(w, "  = {}", Msg::HowToSettle.render(lang))?;
    for line in s.registry_yaml().lines() {
        writeln!(w, "      {}", sanitize(line))?;
    }
    writeln!(w)
}

/// `note` (`注記`), in the diagnostics' colour on a terminal.
fn note_label(out: Out) -> String {
    let note = Msg::SeverityNote.render(out.lang);
    if out.style.color {
        format!("\x1b[1;36m{note}\x1b[0m")
    } else {
        note
    }
}

/// The note that the suggestion search stopped at its bounds, with how to
/// narrow it, in the diagnostics' style.
fn write_cut<W: Write>(w: &mut W, cut: Cut, out: Out) -> io::Result<()> {
    let lang = out.lang;
    let label = note_label(out);
    writeln!(w, "{label}: {}", cut_msg(cut).render(lang))?;
    let help = Msg::HelpLabel.render(lang);
    writeln!(w, "  = {help}: {}\n", Msg::HelpSuggestionsCut.render(lang))
}

/// A suggestion kind as messages name it.
fn kind_of(k: SuggestionKind) -> Kind {
    match k {
        SuggestionKind::Org => Kind::Org,
        SuggestionKind::Person => Kind::Person,
        SuggestionKind::Position => Kind::Position,
    }
}
