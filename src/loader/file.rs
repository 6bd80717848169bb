//! Loading one file: read, decode, parse, then validate.

use std::io::Read as _;
use std::path::Path;

use super::context::FileCtx;
use super::keys::KeyCache;
use super::locate::Target;
use super::loose::Entry;
use super::raw::RawTop;
use super::walk::{Found, whole_file};
use super::{LoadOptions, alias, decode, depth, registry, syntax, validate, values, yaml};
use crate::diag::{Diagnostic, Pos, Severity};
use crate::model::{DistinctPair, FileId, FileKind, Network, RegistryOrg, RegistryPerson};
use crate::msg::Msg;

/// What loading one file produced.
pub struct Outcome {
    pub kind: FileKind,
    pub network: Option<Network>,
    pub explicit_id: bool,
    pub orgs: Vec<RegistryOrg>,
    pub people: Vec<RegistryPerson>,
    pub distinct: Vec<DistinctPair>,
    /// A registry file's text, for the checks across files (`crossref`),
    /// which report on registry entries only once every file is loaded.
    pub registry_src: Option<String>,
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
            distinct: Vec::new(),
            registry_src: None,
            diags,
        }
    }
}

/// Reads, decodes, parses and validates one file. `keys` is the calling
/// worker's cache, kept across its files.
pub fn load_file(f: &Found, id: FileId, opts: &LoadOptions, keys: &mut KeyCache) -> Outcome {
    match read_capped(&f.path, opts.max_file_bytes) {
        Ok(bytes) => load_source(&f.path, &f.rel, &bytes, id, opts, keys),
        Err((message, help)) => failed(&f.path, message, help),
    }
}

/// A message and its help.
type Problem = (Msg, Msg);

/// Reads a file, but never more than `max` bytes of it: the size is
/// checked first, and the read stops past the limit too, for files whose
/// size the system does not know in advance or that grow meanwhile. The
/// file is opened without blocking and its type checked after the open,
/// since what the walk saw may have been swapped for a pipe meanwhile, and
/// some system files (`/proc/kmsg`) look regular yet wait for data.
#[allow(clippy::result_large_err)] // once per unreadable file, never in a loop
fn read_capped(path: &Path, max: u64) -> Result<Vec<u8>, Problem> {
    let cannot_read = |e: std::io::Error| {
        if e.kind() == std::io::ErrorKind::WouldBlock {
            return (Msg::FileWouldBlock, Msg::HelpOrdinaryFiles);
        }
        (
            Msg::CannotRead {
                error: e.to_string(),
            },
            Msg::HelpCheckReadable,
        )
    };
    let file = open_nonblocking(path).map_err(cannot_read)?;
    let meta = file.metadata().map_err(cannot_read)?;
    if !meta.is_file() {
        return Err((Msg::NotRegularChanged, Msg::HelpRegularFiles));
    }
    let len = meta.len();
    if len > max {
        return Err(too_big(Some(len), max));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(cannot_read)?;
    if bytes.len() as u64 > max {
        return Err(too_big(None, max));
    }
    Ok(bytes)
}

fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut opts, libc::O_NONBLOCK);
    opts.open(path)
}

/// The problem of a file over `--max-file-size`.
pub fn too_big(len: Option<u64>, max: u64) -> Problem {
    (Msg::FileTooLarge { bytes: len, max }, Msg::HelpFileTooLarge)
}

/// A file that could not be read at all.
pub fn failed(path: &Path, message: Msg, help: Msg) -> Outcome {
    Outcome::failed(vec![whole_file(Severity::Error, path, message, Some(help))])
}

/// Decodes, parses and validates the bytes of one file. `shown` is the
/// path diagnostics name, `rel` the path below the data directory (the
/// default network id).
pub fn load_source(
    shown: &Path,
    rel: &str,
    bytes: &[u8],
    id: FileId,
    opts: &LoadOptions,
    keys: &mut KeyCache,
) -> Outcome {
    let src = match decode::decode(bytes, &shown.to_string_lossy(), opts.input_encoding) {
        Ok(s) => s,
        Err(e) => {
            let mut d = whole_file(Severity::Error, shown, e.message, Some(e.help));
            d.pos = e.pos;
            return Outcome::failed(vec![d]);
        }
    };
    let mut ctx = FileCtx::new(shown, &src);
    let boms = decode::leading_boms(bytes);
    if boms > 1 {
        ctx.report_at(
            Severity::Warning,
            Pos::new(1, 1),
            Some(1),
            Msg::ExtraBoms { count: boms },
            Some(Msg::HelpExtraBoms),
        );
    }
    let outcome = parse_and_validate(&mut ctx, &src, rel, id, keys);
    let diags = ctx.finish();
    let registry_src = (outcome.kind == FileKind::Registry).then(|| src.into_owned());
    Outcome {
        registry_src,
        diags,
        ..outcome
    }
}

/// An empty or comments-only file: one error for the file as a whole.
fn report_blank(ctx: &mut FileCtx<'_>, src: &str) {
    let message = if src.trim().is_empty() {
        Msg::EmptyFile
    } else {
        Msg::OnlyComments
    };
    ctx.report_at(
        Severity::Error,
        Pos::default(),
        None,
        message,
        Some(Msg::HelpAddNetwork),
    );
}

fn parse_and_validate(
    ctx: &mut FileCtx<'_>,
    src: &str,
    rel: &str,
    id: FileId,
    keys: &mut KeyCache,
) -> Outcome {
    if is_blank(src) {
        report_blank(ctx, src);
        return Outcome::failed(Vec::new());
    }
    let found = depth::scan(src);
    if let Some(at) = found.too_deep {
        ctx.report_at(
            Severity::Error,
            super::context::pos_at_byte(src, at),
            Some(1),
            Msg::NestedTooDeeply,
            Some(Msg::HelpNesting),
        );
        return Outcome::failed(Vec::new());
    }
    if (found.may_have_tags || src.contains("<<")) && ctx.refuse_tags_and_merges() {
        return Outcome::failed(Vec::new());
    }
    if let Some(pos) = alias::bomb(src) {
        // Underline the alias (`*name`), not the rest of its line.
        let span = super::context::source_line(src, pos.line).map(|l| {
            l.chars()
                .skip(pos.column.saturating_sub(1) as usize)
                .take_while(|c| !matches!(c, ' ' | '\t' | ',' | ']' | '}'))
                .count()
        });
        ctx.report_at(
            Severity::Error,
            pos,
            span,
            Msg::AliasBomb {
                max: alias::MAX_ALIAS_VALUES,
            },
            Some(Msg::HelpAliasBomb),
        );
        return Outcome::failed(Vec::new());
    }
    if over_value_budget(ctx, src) {
        return Outcome::failed(Vec::new());
    }
    let top = match yaml::from_str::<Entry<RawTop>>(src) {
        Ok(Entry::Map(top)) => *top,
        Ok(Entry::Other(other)) => {
            ctx.error(
                &[],
                Target::Value,
                Msg::TopNotMapping {
                    found: other.describe(),
                },
                Some(Msg::HelpTopLevel),
            );
            return Outcome::failed(Vec::new());
        }
        Err(e) => {
            report_syntax_error(ctx, src, &e);
            return Outcome::failed(Vec::new());
        }
    };
    let is_registry = top.members.is_none()
        && (top.organizations.is_some() || top.people.is_some() || top.distinct.is_some());
    if is_registry {
        let entries = registry::registry(ctx, top, id);
        return Outcome {
            kind: FileKind::Registry,
            orgs: entries.orgs,
            people: entries.people,
            distinct: entries.distinct,
            ..Outcome::failed(Vec::new())
        };
    }
    let explicit_id = top.id.is_some();
    let default_id = rel.rsplit_once('.').map_or(rel, |(stem, _)| stem);
    let network = validate::network(ctx, top, default_id, id, keys);
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

/// Reports a file holding more values than the budget allows, at the
/// value past it; true when it does (the file is then not parsed).
fn over_value_budget(ctx: &mut FileCtx<'_>, src: &str) -> bool {
    let Some(pos) = values::too_many(src) else {
        return false;
    };
    ctx.report_at(
        Severity::Error,
        pos,
        Some(1),
        Msg::TooManyValues {
            max: values::MAX_VALUES,
        },
        Some(Msg::HelpTooManyValues),
    );
    true
}

/// Reports serde_yaml's error at its position, named as what it is
/// (nesting too deep, a stray byte-order mark) when that is known.
fn report_syntax_error(ctx: &mut FileCtx<'_>, src: &str, e: &yaml::Error) {
    let raw = e.to_string();
    let (pos, span) = match (syntax::reader_offset(&raw), e.location()) {
        // libyaml's reader errors (a raw control character) give their
        // byte offset in the message only.
        (Some(at), _) => (super::context::pos_at_byte(src, at), 1),
        (None, Some(l)) => (super::context::pos_at_byte(src, l.index()), 1),
        // serde_yaml gives no position for a second document; point at
        // the `---` that starts it, or at the BOM libyaml took for one.
        (None, None) => {
            if let Some(at) = syntax::stray_bom(src, None) {
                return report_stray_bom(ctx, src, at);
            }
            syntax::second_document(src).map_or((Pos::new(1, 1), 1), |p| (p, 3))
        }
    };
    let line = super::context::source_line(src, pos.line).unwrap_or_default();
    let (message, help) = if raw.contains("recursion limit exceeded") {
        (Msg::NestedTooDeeply, Msg::HelpNesting)
    } else if let Some(at) = syntax::stray_bom(src, Some(pos.line)) {
        return report_stray_bom(ctx, src, at);
    } else {
        syntax::syntax_message(&raw, &line, pos.column)
    };
    ctx.report_at(Severity::Error, pos, Some(span), message, Some(help));
}

fn report_stray_bom(ctx: &mut FileCtx<'_>, src: &str, at: usize) {
    ctx.report_at(
        Severity::Error,
        super::context::pos_at_byte(src, at),
        Some(1),
        Msg::StrayBom,
        Some(Msg::HelpStrayBom),
    );
}

/// Only white space and comments.
fn is_blank(src: &str) -> bool {
    super::context::lines(src).all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || t == "---" || t == "..."
    })
}

#[cfg(all(test, unix))]
mod read_tests {
    use super::read_capped;

    #[test]
    fn a_pipe_is_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("p.yaml");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("skipped: no mkfifo");
            return;
        }
        let message = read_capped(&fifo, 1 << 20).unwrap_err().0.en();
        assert!(message.starts_with("not a regular file"), "{message}");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn proc_kmsg_does_not_block() {
        // Regular by its type, yet a read waits for the next kernel message.
        // Without the rights to open it, the error says so; either way this
        // returns at once.
        let message = read_capped(std::path::Path::new("/proc/kmsg"), 1 << 20)
            .unwrap_err()
            .0
            .en();
        assert!(
            message.starts_with("the file gives no data without waiting")
                || message.starts_with("cannot read"),
            "{message}"
        );
    }
}
