//! Loading a data directory: find files, read, decode, parse, validate.
//!
//! Parse, then validate: serde turns each file into lenient raw types
//! (`raw`), and `validate` turns those into the checked model plus
//! diagnostics. One bad file never hides the others, and nothing after this
//! module sees a raw type.

mod context;
mod convert;
mod decode;
pub mod locate;
mod loose;
mod raw;
mod validate;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

// The one place that names the YAML crate: serde_norway is an API-identical
// fork, so switching is this line plus Cargo.toml.
use serde_yaml as yaml;

use self::context::FileCtx;
use self::locate::{Step, Target};
use self::loose::Entry;
use self::raw::RawTop;
use crate::diag::{self, Diagnostic, Pos, Severity};
use crate::model::{Dataset, FileId, FileKind, Network, RegistryOrg, RegistryPerson, SourceFile};

/// Knobs for [`load_dir`].
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Files larger than this are reported and skipped, so a stray dump
    /// cannot exhaust memory.
    pub max_file_bytes: u64,
    /// Worker threads for reading and parsing; 0 means one per core.
    pub threads: usize,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_file_bytes: 16 * 1024 * 1024,
            threads: 0,
        }
    }
}

/// A loaded directory: everything that could be checked, and what could not.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub dataset: Dataset,
    /// Sorted by file and position.
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    #[must_use]
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Why a directory could not be loaded at all (as opposed to problems in
/// its files, which are diagnostics).
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{0}: no such directory")]
    NotFound(PathBuf),
    #[error("{0}: not a directory (give the folder that holds the YAML files)")]
    NotADirectory(PathBuf),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Loads every `*.yaml`/`*.yml` file below `dir`.
///
/// # Errors
/// Only when `dir` itself is missing or unreadable; problems inside files
/// are returned as diagnostics.
pub fn load_dir(dir: &Path, opts: &LoadOptions) -> Result<Loaded, LoadError> {
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => return Err(LoadError::NotADirectory(dir.to_path_buf())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(LoadError::NotFound(dir.to_path_buf()));
        }
        Err(source) => {
            return Err(LoadError::Io {
                path: dir.to_path_buf(),
                source,
            });
        }
    }
    let (found, mut diagnostics) = find_files(dir);
    let outcomes = parse_all(&found, opts);
    let mut dataset = Dataset::default();
    let mut networks = Vec::new();
    for (i, (found, outcome)) in found.into_iter().zip(outcomes).enumerate() {
        diagnostics.extend(outcome.diags);
        dataset.files.push(SourceFile {
            path: found.path,
            rel: found.rel,
            kind: outcome.kind,
        });
        if let Some(n) = outcome.network {
            networks.push((n, outcome.explicit_id, i));
        }
        dataset.registry.organizations.extend(outcome.orgs);
        dataset.registry.people.extend(outcome.people);
    }
    dataset.networks = unique_ids(networks, &dataset.files, &mut diagnostics);
    diag::sort(&mut diagnostics);
    Ok(Loaded {
        dataset,
        diagnostics,
    })
}

struct Found {
    path: PathBuf,
    rel: String,
}

fn is_yaml(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// Lists the YAML files in a stable order. Hidden folders (`.git`) are
/// skipped; links are followed, and a link loop is reported, not followed.
fn find_files(dir: &Path) -> (Vec<Found>, Vec<Diagnostic>) {
    let mut found = Vec::new();
    let mut diags = Vec::new();
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() && is_yaml(e.path()) => {
                let rel = e.path().strip_prefix(dir).unwrap_or(e.path());
                let rel = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                found.push(Found {
                    path: e.path().to_path_buf(),
                    rel,
                });
            }
            Ok(e) if e.file_type().is_dir() && e.depth() > 0 && is_yaml(e.path()) => {
                diags.push(whole_file(
                    Severity::Warning,
                    e.path(),
                    "a folder is named like a YAML file; renkei looks inside it".into(),
                    Some("rename the folder if this was not meant".into()),
                ));
            }
            Ok(_) => {}
            Err(err) => {
                let path = err.path().unwrap_or(dir).to_path_buf();
                let (message, help) = if err.loop_ancestor().is_some() {
                    (
                        "a folder link points back to a folder above it (a loop); not followed"
                            .to_owned(),
                        "remove the link or point it elsewhere",
                    )
                } else {
                    (
                        format!("cannot read: {}", io_reason(&err)),
                        "check that the file exists and that you may read it",
                    )
                };
                diags.push(whole_file(
                    Severity::Error,
                    &path,
                    message,
                    Some(help.into()),
                ));
            }
        }
    }
    (found, diags)
}

fn io_reason(err: &walkdir::Error) -> String {
    err.io_error()
        .map_or_else(|| err.to_string(), ToString::to_string)
}

fn whole_file(
    severity: Severity,
    path: &Path,
    message: String,
    help: Option<String>,
) -> Diagnostic {
    Diagnostic {
        severity,
        file: path.to_path_buf(),
        pos: Pos::default(),
        message,
        help,
        source_line: None,
        span_chars: 1,
    }
}

/// What loading one file produced.
struct Outcome {
    kind: FileKind,
    network: Option<Network>,
    explicit_id: bool,
    orgs: Vec<RegistryOrg>,
    people: Vec<RegistryPerson>,
    diags: Vec<Diagnostic>,
}

impl Outcome {
    fn failed(diags: Vec<Diagnostic>) -> Outcome {
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

/// Parses files on every core: each worker takes the next unparsed file,
/// and results land in their file's slot so the order stays stable.
fn parse_all(found: &[Found], opts: &LoadOptions) -> Vec<Outcome> {
    let threads = match opts.threads {
        0 => std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
        n => n,
    }
    .min(found.len().max(1));
    if threads <= 1 {
        return found
            .iter()
            .enumerate()
            .map(|(i, f)| load_file(f, file_id(i), opts))
            .collect();
    }
    let next = AtomicUsize::new(0);
    let mut parts: Vec<Vec<(usize, Outcome)>> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(f) = found.get(i) else { break done };
                        done.push((i, load_file(f, file_id(i), opts)));
                    }
                })
            })
            .collect();
        // A worker only panics on a bug; its files then count as failed
        // below rather than taking the whole load down.
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_default())
            .collect()
    });
    let mut slots: Vec<Option<Outcome>> = (0..found.len()).map(|_| None).collect();
    for (i, outcome) in parts.drain(..).flatten() {
        slots[i] = Some(outcome);
    }
    slots
        .into_iter()
        .zip(found)
        .map(|(slot, f)| {
            slot.unwrap_or_else(|| {
                Outcome::failed(vec![whole_file(
                    Severity::Error,
                    &f.path,
                    "internal error while loading this file".into(),
                    Some("please report this with the file attached".into()),
                )])
            })
        })
        .collect()
}

fn file_id(i: usize) -> FileId {
    FileId(u32::try_from(i).unwrap_or(u32::MAX))
}

/// Reads, decodes, parses and validates one file.
fn load_file(f: &Found, id: FileId, opts: &LoadOptions) -> Outcome {
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
        ctx.report_at(
            Severity::Error,
            Pos::default(),
            None,
            "file is empty".into(),
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
            let pos = e.location().map_or(Pos::new(1, 1), |l| {
                Pos::new(to_u32(l.line()), to_u32(l.column()))
            });
            let (message, help) = syntax_message(&e.to_string());
            ctx.report_at(Severity::Error, pos, Some(1), message, Some(help));
            return Outcome::failed(Vec::new());
        }
    };
    let is_registry =
        top.members.is_none() && (top.organizations.is_some() || top.people.is_some());
    if is_registry {
        let (orgs, people) = validate::registry(ctx, top, id);
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

/// Only white space and comments.
fn is_blank(src: &str) -> bool {
    src.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || t == "---" || t == "..."
    })
}

/// serde_yaml's message without its trailing position (shown separately),
/// plus a hint for the mistakes people make most.
fn syntax_message(raw: &str) -> (String, String) {
    let msg = raw
        .split(" at line ")
        .next()
        .unwrap_or(raw)
        .trim()
        .to_owned();
    let help = if msg.contains("mapping values are not allowed") {
        "a value that contains `: ` must be quoted, e.g. `summary: \"…: …\"`"
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

/// Keeps the first network per id (in path order) and reports the others,
/// naming both files.
fn unique_ids(
    mut networks: Vec<(Network, bool, usize)>,
    files: &[SourceFile],
    diags: &mut Vec<Diagnostic>,
) -> Vec<Network> {
    networks.sort_by(|a, b| a.0.id.cmp(&b.0.id).then(a.2.cmp(&b.2)));
    let mut out: Vec<Network> = Vec::with_capacity(networks.len());
    let mut first_file = 0;
    for (n, explicit, file) in networks {
        if out.last().is_some_and(|prev| prev.id == n.id) {
            diags.push(clash(
                &n.id,
                explicit,
                &files[file].path,
                &files[first_file].path,
            ));
            continue;
        }
        first_file = file;
        out.push(n);
    }
    out
}

fn clash(id: &str, explicit: bool, path: &Path, first: &Path) -> Diagnostic {
    let message = format!(
        "network id `{}` is already used by {}; this file is not loaded",
        crate::text::sanitize(id),
        first.display()
    );
    let help = Some("give one of the two files a different `id:` (ids must be unique across the data directory)".to_owned());
    let src = std::fs::read(path)
        .ok()
        .and_then(|b| decode::decode(&b, "").ok().map(str::to_owned));
    match (explicit, src) {
        (true, Some(src)) => {
            let mut ctx = FileCtx::new(path, &src);
            ctx.error(&[Step::Key("id")], Target::Value, message, help);
            ctx.diags
                .pop()
                .unwrap_or_else(|| whole_file(Severity::Error, path, String::new(), None))
        }
        _ => whole_file(Severity::Error, path, message, help),
    }
}
