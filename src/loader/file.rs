//! Loading one file: read, decode, parse, then validate.

use super::context::FileCtx;
use super::locate::Target;
use super::loose::Entry;
use super::raw::RawTop;
use super::walk::{Found, whole_file};
use super::{LoadOptions, decode, registry, validate, yaml};
use crate::diag::{Diagnostic, Pos, Severity};
use crate::model::{FileId, FileKind, Network, RegistryOrg, RegistryPerson};

/// What loading one file produced.
pub struct Outcome {
    pub kind: FileKind,
    pub network: Option<Network>,
    pub explicit_id: bool,
    pub orgs: Vec<RegistryOrg>,
    pub people: Vec<RegistryPerson>,
    pub diags: Vec<Diagnostic>,
}

impl Outcome {
    pub fn failed(diags: Vec<Diagnostic>) -> Outcome {
        Outcome {
            kind: FileKind::Failed,
            network: None,
            explicit_id: false,
            orgs: Vec::new(),
            people: Vec::new(),
            diags,
        }
    }
}

/// Reads, decodes, parses and validates one file.
pub fn load_file(f: &Found, id: FileId, opts: &LoadOptions) -> Outcome {
    let fail = |message: String, help: &str| {
        Outcome::failed(vec![whole_file(
            Severity::Error,
            &f.path,
            message,
            Some(help.into()),
        )])
    };
    match std::fs::metadata(&f.path) {
        Ok(m) if m.len() > opts.max_file_bytes => {
            return fail(
                format!(
                    "file is {} bytes, over the limit of {} bytes",
                    m.len(),
                    opts.max_file_bytes
                ),
                "split it into one file per network, or raise the limit with --max-file-size",
            );
        }
        Ok(_) => {}
        Err(e) => {
            return fail(
                format!("cannot read: {e}"),
                "check that the file exists and that you may read it",
            );
        }
    }
    let bytes = match std::fs::read(&f.path) {
        Ok(b) => b,
        Err(e) => {
            return fail(
                format!("cannot read: {e}"),
                "check that the file exists and that you may read it",
            );
        }
    };
    let shown = f.path.to_string_lossy();
    let src = match decode::decode(&bytes, &shown) {
        Ok(s) => s,
        Err(e) => {
            let mut d = whole_file(Severity::Error, &f.path, e.message, Some(e.help));
            d.pos = e.pos;
            return Outcome::failed(vec![d]);
        }
    };
    let mut ctx = FileCtx::new(&f.path, src);
    let outcome = parse_and_validate(&mut ctx, src, &f.rel, id);
    Outcome {
        diags: ctx.diags,
        ..outcome
    }
}

fn parse_and_validate(ctx: &mut FileCtx<'_>, src: &str, rel: &str, id: FileId) -> Outcome {
    if is_blank(src) {
        let message = if src.trim().is_empty() {
            "file is empty"
        } else {
            "file has only comments, no data"
        };
        ctx.report_at(
            Severity::Error,
            Pos::default(),
            None,
            message.into(),
            Some(
                "add a network (`name:`, `program:`, `prefecture:`, `members:`) or delete the file"
                    .into(),
            ),
        );
        return Outcome::failed(Vec::new());
    }
    let top = match yaml::from_str::<Entry<RawTop>>(src) {
        Ok(Entry::Map(top)) => top,
        Ok(Entry::Other(other)) => {
            ctx.error(&[], Target::Value, format!("the top level must be a mapping of fields, found {}", other.describe()), Some("start the file with `name: …`, `program: …`, `prefecture: …` and `members:` (see docs/format.md)".into()));
            return Outcome::failed(Vec::new());
        }
        Err(e) => {
            let (pos, span) = match e.location() {
                Some(l) => (Pos::new(to_u32(l.line()), to_u32(l.column())), 1),
                // serde_yaml gives no position for a second document; point
                // at the `---` that starts it.
                None => second_document(src).map_or((Pos::new(1, 1), 1), |p| (p, 3)),
            };
            let line = super::context::source_line(src, pos.line).unwrap_or_default();
            let (message, help) = syntax_message(&e.to_string(), &line, pos.column);
            ctx.report_at(Severity::Error, pos, Some(span), message, Some(help));
            return Outcome::failed(Vec::new());
        }
    };
    let is_registry =
        top.members.is_none() && (top.organizations.is_some() || top.people.is_some());
    if is_registry {
        let (orgs, people) = registry::registry(ctx, top, id);
        return Outcome {
            kind: FileKind::Registry,
            orgs,
            people,
            ..Outcome::failed(Vec::new())
        };
    }
    let explicit_id = top.id.is_some();
    let default_id = rel.rsplit_once('.').map_or(rel, |(stem, _)| stem);
    let network = validate::network(ctx, top, default_id, id);
    Outcome {
        kind: if network.is_some() {
            FileKind::Network
        } else {
            FileKind::Failed
        },
        network,
        explicit_id,
        ..Outcome::failed(Vec::new())
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The `---` line that starts a second document, if there is one: the
/// first one after some content (a leading `---` only opens the first).
fn second_document(src: &str) -> Option<Pos> {
    let mut content = false;
    for (i, line) in src.lines().enumerate() {
        if line == "---" || line.starts_with("--- ") {
            if content {
                return Some(Pos::new(to_u32(i + 1), 1));
            }
        } else if !line.trim().is_empty() && !line.trim_start().starts_with(['#', '%']) {
            content = true;
        }
    }
    None
}

/// Only white space and comments.
fn is_blank(src: &str) -> bool {
    src.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || t == "---" || t == "..."
    })
}

/// serde_yaml's message without its trailing position (shown separately),
/// plus a hint for the mistakes people make most. `line` is the source line
/// of the error and `column` its 1-based character column.
fn syntax_message(raw: &str, line: &str, column: u32) -> (String, String) {
    let msg = raw
        .split(" at line ")
        .next()
        .unwrap_or(raw)
        .trim()
        .to_owned();
    let help = if msg.contains("mapping values are not allowed") {
        // A stray `: ` after an earlier `key: ` on the same line is a value
        // that needs quotes; a line's first `:` is a key at the wrong indent.
        let before: String = line
            .chars()
            .take(column.saturating_sub(1) as usize)
            .collect();
        if before.contains(": ") {
            "a value that contains `: ` must be quoted, e.g. `summary: \"…: …\"`"
        } else {
            "check the indentation: this key must line up with the keys of its mapping above"
        }
    } else if msg.contains("did not find expected key") || msg.contains("did not find expected '-'")
    {
        "check the indentation: keys of one mapping line up, list items start with `- ` at the same column"
    } else if msg.contains("tab") {
        "indent with spaces; YAML does not allow tabs for indentation"
    } else if msg.contains("more than one document") {
        "put each network in its own file (remove the extra `---`)"
    } else if msg.contains("recursion limit") || msg.contains("repetition limit") {
        "the file nests or repeats too deeply to be a network file"
    } else {
        "fix the YAML syntax at this position (an editor with YAML support shows the problem)"
    };
    (format!("YAML syntax error: {msg}"), help.to_owned())
}

#[cfg(test)]
mod tests {
    use super::{Pos, second_document, syntax_message};

    #[test]
    fn mapping_value_hint_tells_quoting_from_indentation() {
        let raw = "mapping values are not allowed in this context at line 2 column 12";
        let (message, help) = syntax_message(raw, "summary: 目的: 地域の課題解決", 12);
        assert_eq!(
            message,
            "YAML syntax error: mapping values are not allowed in this context"
        );
        assert!(help.contains("must be quoted"), "{help}");
        let (_, help) = syntax_message(raw, "     sector: academia", 12);
        assert!(help.contains("indentation"), "{help}");
    }

    #[test]
    fn the_second_document_is_found_after_content() {
        let src = "# c\n---\nname: 広島\n---\nname: 高知\n";
        assert_eq!(second_document(src), Some(Pos::new(4, 1)));
        assert_eq!(second_document("---\nname: 広島\n"), None);
    }
}
