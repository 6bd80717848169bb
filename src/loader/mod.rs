//! Loading a data directory: find files, read, decode, parse, validate.
//!
//! Parse, then validate: serde turns each file into lenient raw types
//! (`raw`), and `validate` turns those into the checked model plus
//! diagnostics. One bad file never hides the others, and nothing after this
//! module sees a raw type.

mod alias;
mod conflicts;
mod context;
mod convert;
mod crossref;
mod decode;
mod depth;
mod distinct;
mod file;
mod keys;
mod lines;
pub mod locate;
mod loose;
mod raw;
mod registry;
mod reporter;
mod snippet;
mod syntax;
mod tally;
mod validate;
mod values;
mod walk;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

// The one place that names the YAML crate: serde_norway is an API-identical
// fork, so switching is this line plus Cargo.toml.
use serde_yaml as yaml;

use self::context::FileCtx;
use self::file::{Outcome, load_file};
use self::keys::KeyCache;
use self::locate::{Step, Target};
use self::walk::{Found, find_files, whole_file};
use crate::diag::{self, Diagnostic, Severity};
use crate::model::{Dataset, FileId, FileKind, Network, SourceFile};
use crate::msg::Msg;

pub use self::alias::MAX_ALIAS_VALUES;
pub use self::convert::{MAX_TEXT_CHARS, Vocab, vocab_help, vocab_msg};
pub use self::decode::InputEncoding;
pub use self::values::MAX_VALUES;

/// Knobs for [`load_dir`].
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Files larger than this are reported and skipped, so a stray dump
    /// cannot exhaust memory.
    pub max_file_bytes: u64,
    /// Worker threads for reading and parsing; 0 means one per core.
    pub threads: usize,
    /// Counters another thread can watch (the browser's loading screen).
    pub progress: Option<std::sync::Arc<Progress>>,
    /// How to read files that are not UTF-8 (`--input-encoding`).
    pub input_encoding: InputEncoding,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_file_bytes: 16 * 1024 * 1024,
            threads: 0,
            progress: None,
            input_encoding: InputEncoding::Utf8,
        }
    }
}

/// Files found and files loaded so far, updated while loading.
#[derive(Debug, Default)]
pub struct Progress {
    pub total: AtomicUsize,
    pub done: AtomicUsize,
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

impl LoadError {
    /// Why the folder cannot be read, in `lang` (system errors keep the
    /// system's words).
    #[must_use]
    pub fn render(&self, lang: crate::msg::Lang) -> String {
        match self {
            LoadError::NotFound(p) => Msg::NoSuchDir {
                path: p.display().to_string(),
            }
            .render(lang),
            LoadError::NotADirectory(p) => Msg::NotADir {
                path: p.display().to_string(),
            }
            .render(lang),
            // renkei's own reason, carried as a message, in `lang`.
            LoadError::Io { path, source } if Msg::carried(source).is_some() => {
                format!("{}: {}", path.display(), Msg::io(source).render(lang))
            }
            LoadError::Io { .. } => self.to_string(),
        }
    }
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
    let mut sources = Vec::with_capacity(outcomes.len());
    for (i, (found, outcome)) in found.into_iter().zip(outcomes).enumerate() {
        diagnostics.extend(outcome.diags);
        sources.push(outcome.registry_src);
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
        dataset.registry.distinct.extend(outcome.distinct);
    }
    dataset.networks = unique_ids(networks, &mut dataset.files, &mut diagnostics, opts);
    diagnostics.extend(crossref::check(&dataset, &sources));
    drop(sources);
    diag::sort(&mut diagnostics);
    Ok(Loaded {
        dataset,
        diagnostics,
    })
}

/// The YAML files below `dir` (path, path relative to `dir`), in the order
/// [`load_dir`] reads them and under the same rules (links that leave
/// `dir` are not followed, the walk has a budget). For tools that edit
/// files in place, such as `registry_edit`.
#[must_use]
pub fn data_files(dir: &Path) -> Vec<(PathBuf, String)> {
    find_files(dir)
        .0
        .into_iter()
        .map(|f| (f.path, f.rel))
        .collect()
}

/// Loads one file's bytes as if it were the only file of a data directory
/// (`path` is the name diagnostics use; its file name without extension is
/// the default network id). For input that is not on disk, and for fuzzing.
#[must_use]
pub fn load_bytes(path: &Path, bytes: &[u8], opts: &LoadOptions) -> Loaded {
    let rel = path
        .file_name()
        .map_or_else(|| "input".to_owned(), |n| n.to_string_lossy().into_owned());
    let outcome = if bytes.len() as u64 > opts.max_file_bytes {
        let (message, help) = file::too_big(Some(bytes.len() as u64), opts.max_file_bytes);
        file::failed(path, message, help)
    } else {
        file::load_source(
            path,
            &rel,
            bytes,
            file_id(0),
            opts,
            &mut KeyCache::default(),
        )
    };
    let mut diagnostics = outcome.diags;
    let mut dataset = Dataset::default();
    dataset.files.push(SourceFile {
        path: path.to_path_buf(),
        rel,
        kind: outcome.kind,
    });
    dataset.networks.extend(outcome.network);
    dataset.registry.organizations = outcome.orgs;
    dataset.registry.people = outcome.people;
    dataset.registry.distinct = outcome.distinct;
    diagnostics.extend(crossref::check(&dataset, &[outcome.registry_src]));
    diag::sort(&mut diagnostics);
    Loaded {
        dataset,
        diagnostics,
    }
}

/// Parses files on every core: each worker takes the next unparsed file,
/// and results land in their file's slot so the order stays stable. Each
/// worker keeps one key cache across its files, since the same
/// organisations recur in file after file.
fn parse_all(found: &[Found], opts: &LoadOptions) -> Vec<Outcome> {
    if let Some(p) = &opts.progress {
        p.total.store(found.len(), Ordering::Relaxed);
    }
    let threads = match opts.threads {
        0 => std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
        n => n,
    }
    .min(found.len().max(1));
    if threads <= 1 {
        let mut keys = KeyCache::default();
        return found
            .iter()
            .enumerate()
            .map(|(i, f)| load_one(f, i, opts, &mut keys))
            .collect();
    }
    let next = AtomicUsize::new(0);
    let mut parts: Vec<Vec<(usize, Outcome)>> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    let mut keys = KeyCache::default();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(f) = found.get(i) else { break done };
                        done.push((i, load_one(f, i, opts, &mut keys)));
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
                    Msg::InternalError,
                    Some(Msg::HelpReportBug),
                )])
            })
        })
        .collect()
}

fn load_one(f: &Found, i: usize, opts: &LoadOptions, keys: &mut KeyCache) -> Outcome {
    let outcome = load_file(f, file_id(i), opts, keys);
    if let Some(p) = &opts.progress {
        p.done.fetch_add(1, Ordering::Relaxed);
    }
    outcome
}

fn file_id(i: usize) -> FileId {
    FileId(u32::try_from(i).unwrap_or(u32::MAX))
}

/// Keeps the first network per id (in path order) and reports the others,
/// naming both files; the files of the others count as not loaded.
fn unique_ids(
    mut networks: Vec<(Network, bool, usize)>,
    files: &mut [SourceFile],
    diags: &mut Vec<Diagnostic>,
    opts: &LoadOptions,
) -> Vec<Network> {
    networks.sort_by(|a, b| a.0.id.cmp(&b.0.id).then(a.2.cmp(&b.2)));
    let mut out: Vec<Network> = Vec::with_capacity(networks.len());
    let mut first_file = 0;
    // Capped across files: each clash re-reads its file to point at `id:`.
    let mut tally = tally::Tally::across_files();
    for (n, explicit, file) in networks {
        if out.last().is_some_and(|prev| prev.id == n.id) {
            files[file].kind = FileKind::Failed;
            // One kind for every clash, whichever file came first.
            let kind_of = Msg::DuplicateId {
                id: crate::text::sanitize(&n.id).into_owned(),
                first: CLASH_FIRST.to_owned(),
            };
            let Some(kind) = tally.admit(Severity::Error, &kind_of) else {
                continue;
            };
            let d = clash(
                &n.id,
                explicit,
                &files[file].path,
                &files[first_file].path,
                opts,
            );
            tally.kept_in(&kind, &d.file, d.pos);
            diags.push(d);
            continue;
        }
        first_file = file;
        out.push(n);
    }
    diags.extend(tally.summaries(Path::new("")));
    out
}

/// Stands for the first file in the kind of [`clash`] for the cap across
/// files (its message names a file, which is not part of the kind).
const CLASH_FIRST: &str = "another file";

fn clash(id: &str, explicit: bool, path: &Path, first: &Path, opts: &LoadOptions) -> Diagnostic {
    let message = Msg::DuplicateId {
        id: crate::text::sanitize(id).into_owned(),
        first: first.display().to_string(),
    };
    let help = Some(Msg::HelpDuplicateId);
    let src = std::fs::read(path).ok().and_then(|b| {
        decode::decode(&b, "", opts.input_encoding)
            .ok()
            .map(std::borrow::Cow::into_owned)
    });
    match (explicit, src) {
        (true, Some(src)) => {
            let mut ctx = FileCtx::new(path, &src);
            ctx.error(&[Step::Key("id")], Target::Value, message, help);
            ctx.finish()
                .pop()
                .unwrap_or_else(|| whole_file(Severity::Error, path, Msg::InternalError, None))
        }
        _ => whole_file(Severity::Error, path, message, help),
    }
}
