//! Per-file reporting: turns "this path is wrong" into a positioned
//! diagnostic with the offending source line, keeping only the first of
//! each kind (see `tally`) so a file of a million mistakes stays cheap.

pub use super::lines::{lines, source_line};
use std::cell::OnceCell;
use std::path::Path;

use super::locate::{Locator, Refused, Step, Target};
use super::snippet::Lines;
use super::tally::Tally;
use crate::diag::{Diagnostic, Pos, Severity};
use crate::msg::Msg;

/// Everything needed to report problems in one file.
pub struct FileCtx<'a> {
    pub shown: &'a Path,
    src: &'a str,
    // Built on the first report only; clean files never parse twice.
    locator: OnceCell<Locator>,
    lines: Option<Lines<'a>>,
    tally: Tally,
    pub diags: Vec<Diagnostic>,
}

impl<'a> FileCtx<'a> {
    #[must_use]
    pub fn new(shown: &'a Path, src: &'a str) -> FileCtx<'a> {
        FileCtx {
            shown,
            src,
            locator: OnceCell::new(),
            lines: None,
            tally: Tally::default(),
            diags: Vec::new(),
        }
    }

    /// The diagnostics kept, followed by the summaries of those only
    /// counted.
    #[must_use]
    pub fn finish(self) -> Vec<Diagnostic> {
        let mut diags = self.diags;
        diags.extend(self.tally.summaries(self.shown));
        diags
    }

    fn locator(&self) -> &Locator {
        self.locator.get_or_init(|| Locator::new(self.src))
    }

    /// Reports a problem at `path` in the document.
    pub fn report(
        &mut self,
        severity: Severity,
        path: &[Step<'_>],
        target: Target,
        message: Msg,
        help: Option<Msg>,
    ) {
        let Some(kind) = self.tally.admit(severity, &message) else {
            return;
        };
        let loc = self.locator();
        let pos = loc.find_or_near(path, target);
        let span = match target {
            Target::Value => loc.scalar_len(path),
            // The mapping as a whole (a missing field): one caret at its
            // first key, not an underline that blames that key.
            Target::Key => Some(key_name(path).map_or(1, |k| k.chars().count())),
        };
        self.push_at(severity, pos, span, (message, help), &kind);
    }

    /// Reports every tag and merge key of the file (which serde_yaml
    /// would read as something else than meant); true when there was one,
    /// and the file must not be loaded.
    pub fn refuse_tags_and_merges(&mut self) -> bool {
        let found = self.locator().refused().to_vec();
        for (what, pos) in &found {
            let (message, help, span) = match what {
                Refused::Tag(tag) => (
                    Msg::YamlTag { tag: tag.clone() },
                    Msg::HelpYamlTag,
                    tag.chars().count(),
                ),
                Refused::Merge => (Msg::MergeKey, Msg::HelpMergeKey, 2),
            };
            self.report_at(Severity::Error, *pos, Some(span), message, Some(help));
        }
        !found.is_empty()
    }

    /// Where `path` stands in the file, for a message that names another
    /// entry's line.
    #[must_use]
    pub fn position(&self, path: &[Step<'_>], target: Target) -> Pos {
        self.locator().find_or_near(path, target)
    }

    /// Reports a problem at a known position (e.g. one serde_yaml gave).
    pub fn report_at(
        &mut self,
        severity: Severity,
        pos: Pos,
        span: Option<usize>,
        message: Msg,
        help: Option<Msg>,
    ) {
        let Some(kind) = self.tally.admit(severity, &message) else {
            return;
        };
        self.push_at(severity, pos, span, (message, help), &kind);
    }

    /// Adds a diagnostic the tally has admitted.
    fn push_at(
        &mut self,
        severity: Severity,
        pos: Pos,
        span: Option<usize>,
        (message, help): (Msg, Option<Msg>),
        kind: &super::tally::KindKey,
    ) {
        let src = self.src;
        let window = self
            .lines
            .get_or_insert_with(|| Lines::new(src))
            .window(pos.line, pos.column);
        let span_chars = span
            .or_else(|| {
                window
                    .as_ref()
                    .map(|w| token_len(&w.text, pos.column.saturating_sub(w.from)))
            })
            .unwrap_or(1);
        self.tally.kept_at(kind, pos);
        let (source_line, source_from, source_cut) =
            window.map_or((None, 0, false), |w| (Some(w.text), w.from, w.cut));
        self.diags.push(Diagnostic {
            severity,
            file: self.shown.to_path_buf(),
            pos,
            message,
            help,
            source_line,
            span_chars: u32::try_from(span_chars.max(1)).unwrap_or(1),
            source_from,
            source_cut,
            more: 0,
        });
    }

    /// Warns about the key at `path`, pointing at its `nth` character when
    /// the key stands on its line as written (not quoted with escapes, where
    /// the offset would be wrong), else at the key.
    pub fn warn_at_char_of_key(
        &mut self,
        path: &[Step<'_>],
        nth: usize,
        message: Msg,
        help: Option<Msg>,
    ) {
        // Admitted first: a file of a million such keys must not locate
        // them all.
        let Some(kind) = self.tally.admit(Severity::Warning, &message) else {
            return;
        };
        let mut pos = self.locator().find_or_near(path, Target::Key);
        let key = key_name(path).unwrap_or_default();
        let mut span = key.chars().count();
        let from = usize::try_from(pos.column.saturating_sub(1)).unwrap_or(usize::MAX);
        // 0 when the key starts at the column, 1 when a quote opens it.
        let lead = usize::try_from(pos.line.saturating_sub(1))
            .ok()
            .and_then(|n| lines(self.src).nth(n))
            .and_then(|line| {
                let written = |skip| {
                    line.chars()
                        .skip(from.saturating_add(skip))
                        .take(span)
                        .eq(key.chars())
                };
                let quoted = line
                    .chars()
                    .nth(from)
                    .is_some_and(|c| c == '"' || c == '\'');
                if written(0) {
                    Some(0)
                } else {
                    (quoted && written(1)).then_some(1)
                }
            });
        if let Some(lead) = lead {
            let shift = u32::try_from(nth + lead).unwrap_or(u32::MAX);
            pos.column = pos.column.saturating_add(shift);
            span = 1;
        }
        self.push_at(
            Severity::Warning,
            pos,
            Some(span.max(1)),
            (message, help),
            &kind,
        );
    }

    pub fn error(&mut self, path: &[Step<'_>], target: Target, message: Msg, help: Option<Msg>) {
        self.report(Severity::Error, path, target, message, help);
    }

    pub fn warn(&mut self, path: &[Step<'_>], target: Target, message: Msg, help: Option<Msg>) {
        self.report(Severity::Warning, path, target, message, help);
    }
}

fn key_name<'p>(path: &[Step<'p>]) -> Option<&'p str> {
    match path.last()? {
        Step::Key(k) | Step::KeyNth(k, _) => Some(k),
        Step::Index(_) => None,
    }
}

/// The line and (character) column of byte `index` of `src`, counting
/// lines as [`lines`] does. libyaml counts NEL, LS and PS as line breaks
/// too, so its own line numbers are not used; its byte index is.
#[must_use]
pub fn pos_at_byte(src: &str, index: usize) -> Pos {
    let mut at = index.min(src.len());
    while !src.is_char_boundary(at) {
        at -= 1;
    }
    let before = &src[..at];
    let (line, start) = match before.rfind(['\n', '\r']) {
        Some(i) => {
            let breaks = before.matches('\n').count() + before.matches('\r').count()
                - before.matches("\r\n").count();
            (breaks + 1, i + 1)
        }
        None => (1, 0),
    };
    // A CR whose LF is the character at `index` ends the line before it.
    let (line, column) = if before.ends_with('\r') && src[at..].starts_with('\n') {
        let prev = &before[..before.len() - 1];
        let start = prev.rfind(['\n', '\r']).map_or(0, |i| i + 1);
        (line - 1, prev[start..].chars().count() + 1)
    } else {
        (line, before[start..].chars().count() + 1)
    };
    Pos::new(
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(column).unwrap_or(u32::MAX),
    )
}

/// Characters from `column` to the end of the token: the rest of the line
/// up to a comment, trimmed.
fn token_len(line: &str, column: u32) -> usize {
    let rest: String = line
        .chars()
        .skip(column.saturating_sub(1) as usize)
        .collect();
    let rest = rest.split(" #").next().unwrap_or("");
    rest.trim_end().chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_end_at_lf_crlf_and_lone_cr() {
        let src = "a\r\nb\rc\nd\u{2028}e";
        assert_eq!(
            lines(src).collect::<Vec<_>>(),
            ["a", "b", "c", "d\u{2028}e"]
        );
        assert_eq!(source_line(src, 3).as_deref(), Some("c"));
        assert_eq!(source_line("x\n", 2).as_deref(), Some(""));
    }

    #[test]
    fn byte_indexes_become_character_positions() {
        let src = "高知: x\r\nb: : y\rc\u{2028}: z";
        assert_eq!(pos_at_byte(src, 0), Pos::new(1, 1));
        assert_eq!(pos_at_byte(src, src.find('x').unwrap()), Pos::new(1, 5));
        assert_eq!(pos_at_byte(src, src.find('\n').unwrap()), Pos::new(1, 6));
        assert_eq!(
            pos_at_byte(src, src.find(": :").unwrap() + 2),
            Pos::new(2, 4)
        );
        assert_eq!(pos_at_byte(src, src.find(": z").unwrap()), Pos::new(3, 3));
        assert_eq!(pos_at_byte(src, 1), Pos::new(1, 1), "inside a character");
    }
}
