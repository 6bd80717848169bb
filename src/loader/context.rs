//! Per-file reporting: turns "this path is wrong" into a positioned
//! diagnostic with the offending source line.

use std::cell::OnceCell;
use std::path::Path;

use super::locate::{Locator, Step, Target};
use crate::diag::{Diagnostic, Pos, Severity};

/// Everything needed to report problems in one file.
pub struct FileCtx<'a> {
    pub shown: &'a Path,
    src: &'a str,
    // Built on the first report only; clean files never parse twice.
    locator: OnceCell<Locator>,
    pub diags: Vec<Diagnostic>,
}

impl<'a> FileCtx<'a> {
    #[must_use]
    pub fn new(shown: &'a Path, src: &'a str) -> FileCtx<'a> {
        FileCtx {
            shown,
            src,
            locator: OnceCell::new(),
            diags: Vec::new(),
        }
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
        message: String,
        help: Option<String>,
    ) {
        let loc = self.locator();
        let pos = loc.find_or_near(path, target);
        let span = match target {
            Target::Value => loc.scalar_len(path),
            // The mapping as a whole (a missing field): one caret at its
            // first key, not an underline that blames that key.
            Target::Key => Some(key_name(path).map_or(1, |k| k.chars().count())),
        };
        self.report_at(severity, pos, span, message, help);
    }

    /// Reports a problem at a known position (e.g. one serde_yaml gave).
    pub fn report_at(
        &mut self,
        severity: Severity,
        pos: Pos,
        span: Option<usize>,
        message: String,
        help: Option<String>,
    ) {
        let source_line = source_line(self.src, pos.line);
        let span_chars = span
            .or_else(|| source_line.as_deref().map(|l| token_len(l, pos.column)))
            .unwrap_or(1);
        self.diags.push(Diagnostic {
            severity,
            file: self.shown.to_path_buf(),
            pos,
            message,
            help,
            source_line,
            span_chars: u32::try_from(span_chars.max(1)).unwrap_or(1),
        });
    }

    pub fn error(
        &mut self,
        path: &[Step<'_>],
        target: Target,
        message: String,
        help: Option<String>,
    ) {
        self.report(Severity::Error, path, target, message, help);
    }

    pub fn warn(
        &mut self,
        path: &[Step<'_>],
        target: Target,
        message: String,
        help: Option<String>,
    ) {
        self.report(Severity::Warning, path, target, message, help);
    }
}

fn key_name<'p>(path: &[Step<'p>]) -> Option<&'p str> {
    match path.last()? {
        Step::Key(k) | Step::KeyNth(k, _) => Some(k),
        Step::Index(_) => None,
    }
}

/// The 1-based `line` of `src`, without its line break.
#[must_use]
pub fn source_line(src: &str, line: u32) -> Option<String> {
    let n = usize::try_from(line).ok()?.checked_sub(1)?;
    src.split('\n')
        .nth(n)
        .map(|l| l.strip_suffix('\r').unwrap_or(l).to_owned())
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
