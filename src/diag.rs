//! Diagnostics: what the loader found wrong, and how to print it.
//!
//! A diagnostic carries everything a person needs to act without opening
//! another tool: severity, `FILE:LINE:COLUMN`, what is wrong, how to fix it,
//! and the offending source line. Text from data files is sanitised on
//! output, never stored escaped, so JSON consumers get the real value.

use std::fmt;
use std::io::{self, Write};
use std::path::PathBuf;

use serde::Serialize;

use crate::msg::{Lang, Msg};
use crate::text::{sanitize, width};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    #[default]
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// A 1-based line and column; the column counts characters, as editors do.
/// `line == 0` means the position is unknown (the file as a whole).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
}

impl Pos {
    #[must_use]
    pub fn new(line: u32, column: u32) -> Pos {
        Pos { line, column }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: PathBuf,
    pub pos: Pos,
    /// What is wrong, rendered in the reader's language on output.
    pub message: Msg,
    /// How to fix it, when renkei can tell.
    pub help: Option<Msg>,
    /// The source line at `pos`, for the snippet; of a long line, only the
    /// part around the column (see `source_from`, `source_cut`).
    pub source_line: Option<String>,
    /// Characters the marker under the source line spans (at least one).
    pub span_chars: u32,
    /// Characters of the line before `source_line` (0: it starts the line).
    pub source_from: u32,
    /// Whether the line goes on after `source_line`.
    pub source_cut: bool,
    /// For the summary of diagnostics not kept one by one ("and N more of
    /// this kind"), how many it stands for; 0 for an ordinary diagnostic.
    pub more: u32,
}

impl Diagnostic {
    /// A diagnostic about a file as a whole (no position, no snippet).
    #[must_use]
    pub fn whole_file(
        severity: Severity,
        file: PathBuf,
        message: Msg,
        help: Option<Msg>,
    ) -> Diagnostic {
        Diagnostic {
            severity,
            file,
            pos: Pos::default(),
            message,
            help,
            source_line: None,
            span_chars: 1,
            source_from: 0,
            source_cut: false,
            more: 0,
        }
    }

    /// The message in `lang`.
    #[must_use]
    pub fn text(&self, lang: Lang) -> String {
        self.message.render(lang)
    }

    /// The help in `lang`, when there is one.
    #[must_use]
    pub fn help_text(&self, lang: Lang) -> Option<String> {
        self.help.as_ref().map(|h| h.render(lang))
    }

    #[must_use]
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// How many problems this diagnostic counts for: one, or the number a
    /// summary stands for.
    #[must_use]
    pub fn weight(&self) -> usize {
        if self.more == 0 {
            1
        } else {
            self.more as usize
        }
    }

    /// The part of the source line a snippet shows: at most
    /// [`SNIPPET_CHARS`] characters around the column, `...` where cut,
    /// raw (sanitise before display).
    #[must_use]
    pub fn snippet_text(&self) -> Option<String> {
        let src = self.source_line.as_deref()?;
        let (window, lead, tail, _) = self.window(src);
        Some(format!("{lead}{window}{tail}"))
    }

    /// The shown window of `src` (this diagnostic's stored line), its cut
    /// markers and the column inside the window (0-based characters).
    fn window(&self, src: &str) -> (String, &'static str, &'static str, usize) {
        let col = (self.pos.column.max(1) - 1).saturating_sub(self.source_from) as usize;
        let total = src.chars().count();
        let start = if total <= SNIPPET_CHARS {
            0
        } else {
            col.saturating_sub(SNIPPET_LEAD).min(total - SNIPPET_CHARS)
        };
        let window: String = src.chars().skip(start).take(SNIPPET_CHARS).collect();
        let lead = if start > 0 || self.source_from > 0 {
            "..."
        } else {
            ""
        };
        let tail = if self.source_cut || start + SNIPPET_CHARS < total {
            "..."
        } else {
            ""
        };
        (window, lead, tail, col.saturating_sub(start))
    }

    /// `FILE:LINE:COLUMN` (or just `FILE` when the position is unknown).
    #[must_use]
    pub fn location(&self) -> String {
        let file = display_path(&self.file);
        if self.pos.line == 0 {
            file
        } else {
            format!("{file}:{}:{}", self.pos.line, self.pos.column)
        }
    }
}

/// A path as text, with the bytes of a name that is not UTF-8 escaped as
/// `\xFF` rather than all shown as U+FFFD, so two such names can be told
/// apart. Control characters are left to [`sanitize`].
#[must_use]
pub fn display_path(path: &std::path::Path) -> String {
    use std::fmt::Write as _;
    let bytes = path.as_os_str().as_encoded_bytes();
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02X}");
        }
    }
    out
}

/// Orders diagnostics by file, then position, then severity, so output is
/// stable whatever order the files were parsed in.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        // A summary ("and N more") after the last one it follows; the
        // English text breaks ties, rendered only when needed.
        (&a.file, a.pos, a.severity, a.more.min(1))
            .cmp(&(&b.file, b.pos, b.severity, b.more.min(1)))
            .then_with(|| a.message.en().cmp(&b.message.en()))
    });
}

/// Counts errors and warnings, a summary ("and N more") as the N it
/// stands for.
#[must_use]
pub fn count(diags: &[Diagnostic]) -> (usize, usize) {
    diags.iter().fold((0, 0), |(e, w), d| {
        if d.is_error() {
            (e + d.weight(), w)
        } else {
            (e, w + d.weight())
        }
    })
}

/// Whether to use ANSI colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    }
}

/// Writes one diagnostic the way compilers do:
///
/// ```text
/// error: unknown program `kofukinn`
///   --> networks/hiroshima/kofukin.yaml:2:10
///    |
///  2 | program: kofukinn
///    |          ^^^^^^^^
///    = help: did you mean `kofukin`?
/// ```
///
/// # Errors
/// Whatever the writer returns.
pub fn write_text<W: Write>(w: &mut W, d: &Diagnostic, style: Style, lang: Lang) -> io::Result<()> {
    let (label, code) = match d.severity {
        Severity::Error => (Msg::SeverityError, "1;31"),
        Severity::Warning => (Msg::SeverityWarning, "1;33"),
    };
    let label = label.render(lang);
    let text = d.text(lang);
    let message = sanitize(&text);
    writeln!(
        w,
        "{}: {}",
        style.paint(code, &label),
        style.paint("1", &message)
    )?;
    let gutter = d.pos.line.max(1).to_string().len();
    let blank = " ".repeat(gutter);
    writeln!(
        w,
        "{blank}{} {}",
        style.paint("1;34", "-->"),
        sanitize(&d.location())
    )?;
    if let Some(src) = d.source_line.as_deref().filter(|_| d.pos.line > 0) {
        write_snippet(w, d, src, &blank, style)?;
    }
    if let Some(help) = d.help_text(lang) {
        let first = format!("= {}:", Msg::HelpLabel.render(lang));
        let rest = " ".repeat(width(&first));
        for (i, line) in sanitize(&help).lines().enumerate() {
            let lead = if i == 0 { &first } else { &rest };
            writeln!(w, "{blank} {} {line}", style.paint("1;34", lead))?;
        }
    }
    writeln!(w)
}

/// Characters of a source line a snippet shows at most; a longer line is
/// cut to a window around the column, marked with `...` at each cut.
pub const SNIPPET_CHARS: usize = 200;
/// Characters kept before the column when a long line is cut.
const SNIPPET_LEAD: usize = 60;

fn write_snippet<W: Write>(
    w: &mut W,
    d: &Diagnostic,
    src: &str,
    blank: &str,
    style: Style,
) -> io::Result<()> {
    let (window, lead, tail, col) = d.window(src);
    // Escape first, then measure, so the caret sits under the escaped text
    // that is actually shown.
    let before: String = window.chars().take(col).collect();
    let marked: String = window
        .chars()
        .skip(col)
        .take(d.span_chars.max(1) as usize)
        .collect();
    let before = format!("{lead}{}", sanitize(&before).replace('\t', " "));
    let marked = sanitize(&marked).replace('\t', " ");
    let shown = format!("{lead}{}{tail}", sanitize(&window).replace('\t', " "));
    let bar = style.paint("1;34", "|");
    writeln!(w, "{blank} {bar}")?;
    writeln!(
        w,
        "{} {bar} {shown}",
        style.paint("1;34", &d.pos.line.to_string())
    )?;
    let carets = "^".repeat(width(&marked).max(1));
    let code = if d.is_error() { "1;31" } else { "1;33" };
    writeln!(
        w,
        "{blank} {bar} {}{}",
        " ".repeat(width(&before)),
        style.paint(code, &carets)
    )
}

/// The fields of the JSON contract, `{"severity", "code", "file", "line",
/// "column", "message"}`, plus `help` when there is one (docs/json.md).
/// `message` and `help` are always English, whatever `--lang` says, so
/// scripts can rely on them; `code` names the message for good.
#[derive(Serialize)]
pub struct JsonDiagnostic {
    pub severity: Severity,
    pub code: &'static str,
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// How many problems a summary ("and N more of this kind") stands for.
    #[serde(skip_serializing_if = "is_zero")]
    pub more: u32,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's signature
fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl From<&Diagnostic> for JsonDiagnostic {
    fn from(d: &Diagnostic) -> Self {
        JsonDiagnostic {
            severity: d.severity,
            code: d.message.code(),
            file: display_path(&d.file),
            line: d.pos.line,
            column: d.pos.column,
            message: d.message.en(),
            help: d.help.as_ref().map(Msg::en),
            more: d.more,
        }
    }
}

#[cfg(test)]
mod tests;
