//! Caps the diagnostics of one file: the first [`PER_KIND`] of a kind are
//! kept, the rest only counted, and one summary per kind says how many
//! more there were. A file of a million bad members then costs a million
//! counts, not a million located, copied diagnostics.

use std::collections::HashMap;

use crate::diag::{Diagnostic, Pos, Severity};

/// Diagnostics of one kind kept per file.
pub const PER_KIND: usize = 200;
/// Diagnostics kept per file, whatever their kinds.
pub const PER_FILE: usize = 2000;

/// What a diagnostic is, without what it is about: its message with the
/// quoted parts (`` `…` ``) and the numbers taken out, so "unknown field
/// `a`" and "unknown field `b`" are one kind.
#[must_use]
pub fn kind_of(severity: Severity, message: &str) -> (Severity, String) {
    let mut kind = String::with_capacity(message.len().min(120));
    let mut quoted = false;
    for c in message.chars() {
        match c {
            '`' => {
                if !quoted {
                    kind.push_str("`…`");
                }
                quoted = !quoted;
            }
            _ if quoted => {}
            c if c.is_ascii_digit() => {
                if !kind.ends_with('N') {
                    kind.push('N');
                }
            }
            c => kind.push(c),
        }
    }
    (severity, kind)
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
    first_message: String,
}

/// The counts of one file.
#[derive(Default)]
pub struct Tally {
    kinds: HashMap<(Severity, String), Kind>,
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
    pub fn kept_in(&mut self, severity: Severity, message: &str, file: &std::path::Path, pos: Pos) {
        if let Some(k) = self.kinds.get_mut(&kind_of(severity, message)) {
            k.last = pos;
            k.file = Some(file.to_path_buf());
        }
    }

    /// Whether to keep a diagnostic of this kind; when not, it is counted.
    pub fn admit(&mut self, severity: Severity, message: &str) -> bool {
        let full = self.kept >= PER_FILE;
        let key = kind_of(severity, message);
        let kind = self.kinds.entry(key).or_default();
        if kind.kept >= PER_KIND || full {
            kind.more += 1;
            if kind.first_message.is_empty() {
                message.clone_into(&mut kind.first_message);
            }
            return false;
        }
        kind.kept += 1;
        self.kept += 1;
        if kind.first_message.is_empty() {
            message.clone_into(&mut kind.first_message);
        }
        true
    }

    /// Remembers where the last kept diagnostic of its kind stands.
    pub fn kept_at(&mut self, severity: Severity, message: &str, pos: Pos) {
        if let Some(k) = self.kinds.get_mut(&kind_of(severity, message)) {
            k.last = pos;
        }
    }

    /// One summary per kind that had more than were kept, in a stable order.
    pub fn summaries(self, file: &std::path::Path) -> Vec<Diagnostic> {
        let scope = if self.across {
            "across the data folder"
        } else {
            "per file"
        };
        let mut out: Vec<Diagnostic> = self
            .kinds
            .into_iter()
            .filter(|(_, k)| k.more > 0)
            .map(|((severity, kind), k)| {
                let what = if k.kept == 0 {
                    // Past the file-wide cap: none of this kind is shown.
                    format!(
                        "and {} more {} of this kind, none shown ({PER_FILE} shown {} already): {}",
                        k.more,
                        plural(k.more, severity),
                        if self.across { "across the data folder" } else { "in this file" },
                        k.first_message
                    )
                } else {
                    format!("and {} more of this kind: {kind}", k.more)
                };
                Diagnostic {
                    severity,
                    file: k.file.unwrap_or_else(|| file.to_path_buf()),
                    pos: k.last,
                    message: what,
                    help: Some(format!(
                        "renkei shows the first {PER_KIND} of a kind (and {PER_FILE} in all) {scope}; the count is exact, fix these and check again"
                    )),
                    more: u32::try_from(k.more).unwrap_or(u32::MAX),
                    ..Diagnostic::default()
                }
            })
            .collect();
        out.sort_by(|a, b| (a.pos, &a.message).cmp(&(b.pos, &b.message)));
        out
    }
}

fn plural(n: usize, s: Severity) -> &'static str {
    match (s, n) {
        (Severity::Error, 1) => "error",
        (Severity::Error, _) => "errors",
        (Severity::Warning, 1) => "warning",
        (Severity::Warning, _) => "warnings",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_ignore_what_they_are_about() {
        let (_, a) = kind_of(Severity::Warning, "unknown field `aa`");
        let (_, b) = kind_of(Severity::Warning, "unknown field `広島`");
        assert_eq!(a, b);
        assert_eq!(a, "unknown field `…`");
        let (_, c) = kind_of(Severity::Error, "`summary` is 200000 characters long");
        assert_eq!(c, "`…` is N characters long");
    }

    #[test]
    fn the_first_of_a_kind_are_kept_and_the_rest_counted() {
        let mut t = Tally::default();
        let kept = (0..1000)
            .filter(|i| t.admit(Severity::Warning, &format!("unknown field `f{i}`")))
            .count();
        assert_eq!(kept, PER_KIND);
        assert!(t.admit(Severity::Error, "duplicate key `x`"));
        let s = t.summaries(std::path::Path::new("a.yaml"));
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].more, 800);
        assert_eq!(s[0].message, "and 800 more of this kind: unknown field `…`");
    }
}
