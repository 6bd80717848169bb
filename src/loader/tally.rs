//! Caps the diagnostics of one file: the first [`PER_KIND`] of a kind are
//! kept, the rest only counted, and one summary per kind says how many
//! more there were. A file of a million bad members then costs a million
//! counts, not a million located, copied diagnostics.

use std::collections::HashMap;

use crate::diag::{Diagnostic, Pos, Severity};
use crate::msg::{Msg, mask};

/// Diagnostics of one kind kept per file.
pub const PER_KIND: usize = 200;
/// Diagnostics kept per file, whatever their kinds.
pub const PER_FILE: usize = 2000;

/// What a diagnostic is, without what it is about: its severity and its
/// English message with the quoted parts (`` `…` ``) and the numbers
/// taken out, so "unknown field `a`" and "unknown field `b`" are one kind.
pub type KindKey = (Severity, String);

#[must_use]
pub fn kind_of(severity: Severity, message: &Msg) -> KindKey {
    (severity, mask(&message.en()))
}

#[derive(Default)]
struct Kind {
    kept: usize,
    /// Not kept, only counted.
    more: usize,
    /// The last one kept: where the summary goes.
    last: Pos,
    /// For a tally across files: the file of the last one kept.
    file: Option<std::path::PathBuf>,
    first_message: Option<Msg>,
}

/// The counts of one file.
#[derive(Default)]
pub struct Tally {
    kinds: HashMap<KindKey, Kind>,
    kept: usize,
    /// Counts the checks across files (registry conflicts, network ids
    /// used twice), whose summaries go into the file of the last one kept.
    across: bool,
}

impl Tally {
    /// A tally for the checks across the files of the data folder.
    #[must_use]
    pub fn across_files() -> Tally {
        Tally {
            across: true,
            ..Tally::default()
        }
    }

    /// Remembers the file and position of the last kept diagnostic of its
    /// kind, for a tally across files.
    pub fn kept_in(&mut self, kind: &KindKey, file: &std::path::Path, pos: Pos) {
        if let Some(k) = self.kinds.get_mut(kind) {
            k.last = pos;
            k.file = Some(file.to_path_buf());
        }
    }

    /// The kind of a diagnostic to keep; `None` when it is only counted.
    pub fn admit(&mut self, severity: Severity, message: &Msg) -> Option<KindKey> {
        let full = self.kept >= PER_FILE;
        let key = kind_of(severity, message);
        let kind = self.kinds.entry(key.clone()).or_default();
        if kind.first_message.is_none() {
            kind.first_message = Some(message.clone());
        }
        if kind.kept >= PER_KIND || full {
            kind.more += 1;
            return None;
        }
        kind.kept += 1;
        self.kept += 1;
        Some(key)
    }

    /// Remembers where the last kept diagnostic of its kind stands.
    pub fn kept_at(&mut self, kind: &KindKey, pos: Pos) {
        if let Some(k) = self.kinds.get_mut(kind) {
            k.last = pos;
        }
    }

    /// One summary per kind that had more than were kept, in a stable order.
    pub fn summaries(self, file: &std::path::Path) -> Vec<Diagnostic> {
        let across = self.across;
        let mut out: Vec<Diagnostic> = self
            .kinds
            .into_iter()
            .filter(|(_, k)| k.more > 0)
            .filter_map(|((severity, _), k)| {
                let first = Box::new(k.first_message?);
                let message = if k.kept == 0 {
                    // Past the file-wide cap: none of this kind is shown.
                    Msg::MoreNoneShown {
                        more: k.more,
                        error: severity == Severity::Error,
                        shown: PER_FILE,
                        across,
                        first,
                    }
                } else {
                    Msg::MoreOfKind {
                        more: k.more,
                        first,
                    }
                };
                let mut d = Diagnostic::whole_file(
                    severity,
                    k.file.unwrap_or_else(|| file.to_path_buf()),
                    message,
                    Some(Msg::HelpMore {
                        per_kind: PER_KIND,
                        per_file: PER_FILE,
                        across,
                    }),
                );
                d.pos = k.last;
                d.span_chars = 0;
                d.more = u32::try_from(k.more).unwrap_or(u32::MAX);
                Some(d)
            })
            .collect();
        out.sort_by_cached_key(|d| (d.pos, d.message.en()));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_ignore_what_they_are_about() {
        let field = |key: &str| Msg::UnknownField { key: key.into() };
        let (_, a) = kind_of(Severity::Warning, &field("aa"));
        let (_, b) = kind_of(Severity::Warning, &field("広島"));
        assert_eq!(a, b);
        assert_eq!(a, "unknown field `…`");
        let long = Msg::TooLong {
            field: "summary".into(),
            chars: 200_000,
            max: 10_000,
        };
        let (_, c) = kind_of(Severity::Error, &long);
        assert!(c.starts_with("`…` is N characters long"), "{c}");
    }

    #[test]
    fn the_first_of_a_kind_are_kept_and_the_rest_counted() {
        let mut t = Tally::default();
        let kept = (0..1000)
            .filter(|i| {
                let m = Msg::UnknownField {
                    key: format!("f{i}"),
                };
                t.admit(Severity::Warning, &m).is_some()
            })
            .count();
        assert_eq!(kept, PER_KIND);
        let dup = Msg::DuplicateKey { key: "x".into() };
        assert!(t.admit(Severity::Error, &dup).is_some());
        let s = t.summaries(std::path::Path::new("a.yaml"));
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].more, 800);
        assert_eq!(
            s[0].message.en(),
            "and 800 more of this kind: unknown field `…`"
        );
        assert_eq!(
            s[0].message.render(crate::msg::Lang::Ja),
            "同じ種類の問題がほかに 800 件あります: フィールド「…」は定義されていません"
        );
    }
}
