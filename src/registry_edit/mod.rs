//! Recording a decision about a suggestion in the registry, so it lasts:
//! "same" becomes an alias, "different" a `distinct:` pair or two `people:`
//! entries (FORMAT.md 1.1).
//!
//! The edit goes into the registry file the user already has (the entry
//! that already names one side, else `registry.yaml` at the top, else the
//! first registry file), as an insertion that keeps every existing line,
//! comment and document marker; a new `registry.yaml` is made only when
//! the directory has no registry. The result is re-read with the loader
//! and refused, with nothing written, unless it still loads and records
//! the decision. Only regular files are opened, never a FIFO or device.

mod files;
mod plan;
mod text;

use std::path::{Path, PathBuf};

use crate::identity::{Settle, Suggestion, SuggestionKind, person_key};
use crate::loader::{LoadOptions, load_bytes};
use crate::model::FileKind;
use crate::msg::{Lang, Msg, Special};
use crate::yaml_out::scalar;

/// What a person decided about a suggestion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Both spellings are one organisation: `alias` becomes an alias of `canonical`.
    SameOrg { canonical: String, alias: String },
    /// Both spellings are one person (same person key or an alias); org optional.
    SamePerson {
        name: String,
        alias: Option<String>,
        org: Option<String>,
    },
    /// Two different organisations: a `distinct:` pair.
    DifferentOrgs { a: String, b: String },
    /// Namesakes: two `people:` entries with different `org`.
    DifferentPeople {
        name_a: String,
        org_a: Option<String>,
        name_b: String,
        org_b: Option<String>,
    },
}

impl Decision {
    /// The decision that settles `s` as `how` says; `None` for positions,
    /// which the registry cannot settle (their titles must be written alike).
    #[must_use]
    pub fn from_suggestion(s: &Suggestion, how: Settle) -> Option<Decision> {
        Some(match (s.kind, how) {
            (SuggestionKind::Org, Settle::Same) => {
                // The registered side keeps its name, as `settle_yaml` says.
                let (canonical, alias) = if s.b_at.in_registry && !s.a_at.in_registry {
                    (&s.b, &s.a)
                } else {
                    (&s.a, &s.b)
                };
                Decision::SameOrg {
                    canonical: canonical.clone(),
                    alias: alias.clone(),
                }
            }
            (SuggestionKind::Org, Settle::Different) => Decision::DifferentOrgs {
                a: s.a.clone(),
                b: s.b.clone(),
            },
            (SuggestionKind::Person, Settle::Same) => Decision::SamePerson {
                name: s.a.clone(),
                alias: (person_key(&s.a) != person_key(&s.b)).then(|| s.b.clone()),
                org: s.a_at.org.clone().or_else(|| s.b_at.org.clone()),
            },
            (SuggestionKind::Person, Settle::Different) => Decision::DifferentPeople {
                name_a: s.a.clone(),
                org_a: s.a_at.org.clone(),
                name_b: s.b.clone(),
                org_b: s.b_at.org.clone(),
            },
            (SuggestionKind::Position, _) => return None,
        })
    }

    /// The registry YAML that records the decision in a new file, as
    /// `renkei check` prints it ([`Suggestion::settle_yaml`] gives the same).
    #[must_use]
    pub fn yaml(&self) -> String {
        let mut out = String::new();
        let mut line = |s: String| {
            out.push_str(&s);
            out.push('\n');
        };
        match self {
            Decision::SameOrg { canonical, alias } => {
                line("organizations:".into());
                line(format!("  - name: {}", scalar(canonical)));
                line(format!("    aliases: [{}]", scalar(alias)));
            }
            Decision::SamePerson { name, alias, org } => {
                line("people:".into());
                line(format!("  - name: {}", scalar(name)));
                if let Some(a) = alias.as_ref().filter(|a| person_key(a) != person_key(name)) {
                    line(format!("    aliases: [{}]", scalar(a)));
                }
                if let Some(o) = org {
                    line(format!("    org: {}", scalar(o)));
                }
            }
            Decision::DifferentOrgs { a, b } => {
                line("distinct:".into());
                line(format!("  - [{}, {}]", scalar(a), scalar(b)));
            }
            Decision::DifferentPeople {
                name_a,
                org_a,
                name_b,
                org_b,
            } => {
                line("people:".into());
                for (n, o) in [(name_a, org_a), (name_b, org_b)] {
                    line(format!("  - name: {}", scalar(n)));
                    if let Some(o) = o {
                        line(format!("    org: {}", scalar(o)));
                    }
                }
            }
        }
        out
    }
}

/// A decision written to disk, with what [`undo`] needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The registry file written, as found below the data directory.
    pub file: PathBuf,
    /// The regular file behind `file` (a link resolved).
    target: PathBuf,
    /// The file's bytes before, or `None` when `apply` created it.
    before: Option<Vec<u8>>,
    after: Vec<u8>,
}

/// Why a decision was not written. Nothing was changed in any case.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}", not_a_file(path, *what, *link))]
    NotAFile {
        path: PathBuf,
        /// What is there instead; `None` for a link that leads nowhere.
        what: Option<Special>,
        /// Whether `path` is a link to it.
        link: bool,
    },
    #[error("{path} is too large to be a registry file (over 16 MiB); not edited")]
    TooBig { path: PathBuf },
    #[error("{path} is not UTF-8; convert it (iconv -t UTF-8) before recording decisions in it")]
    NotUtf8 { path: PathBuf },
    #[error("{path} changed since renkei read it; nothing was written (reload and decide again)")]
    Changed { path: PathBuf },
    #[error(
        "{path} exists but is not a registry file, and the folder has no other; add the entry by hand to a registry file:\n{snippet}"
    )]
    NoPlace { path: PathBuf, snippet: String },
    #[error("nothing to record: {0}")]
    Already(Box<Msg>),
    #[error("not recorded: {0}")]
    Conflict(Box<Msg>),
    #[error(
        "{path}: not recorded, because {reason}; nothing was written. Add it by hand:\n{snippet}"
    )]
    Refused {
        path: PathBuf,
        reason: Box<Msg>,
        snippet: String,
    },
}

fn not_a_file(path: &Path, what: Option<Special>, link: bool) -> Msg {
    let path = path.display().to_string();
    match what {
        Some(what) => Msg::EditNotAFile { path, what, link },
        None => Msg::EditLinkNowhere { path },
    }
}

impl EditError {
    /// What went wrong in `lang`, as the browser's status line shows it;
    /// in English the error's own text.
    #[must_use]
    pub fn render(&self, lang: Lang) -> String {
        let shown = |p: &Path| p.display().to_string();
        let msg = match self {
            EditError::Io { path, source } => Msg::EditIo {
                path: shown(path),
                error: Box::new(Msg::io(source)),
            },
            EditError::NotAFile { path, what, link } => not_a_file(path, *what, *link),
            EditError::NoPlace { path, snippet } => Msg::EditNoPlace {
                path: shown(path),
                snippet: snippet.clone(),
            },
            EditError::Refused {
                path,
                reason,
                snippet,
            } => Msg::EditRefused {
                path: shown(path),
                reason: reason.clone(),
                snippet: snippet.clone(),
            },
            EditError::Already(what) => Msg::NothingToRecord { what: what.clone() },
            EditError::Conflict(what) => Msg::NotRecorded { what: what.clone() },
            EditError::Changed { path } => Msg::EditChanged {
                path: path.display().to_string(),
            },
            EditError::NotUtf8 { path } => Msg::EditNotUtf8 {
                path: path.display().to_string(),
            },
            EditError::TooBig { path } => Msg::EditTooBig {
                path: path.display().to_string(),
            },
        };
        msg.render(lang)
    }

    fn io(path: &Path, source: std::io::Error) -> EditError {
        EditError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// The top of a registry file renkei creates.
const HEADER: &str = "# 名寄せ台帳 (renkei registry): canonical names, aliases and near-misses\n# settled as different. See docs/format.md, section 3.\n";

/// Records `d` in the registry of the data directory `dir`.
///
/// # Errors
/// See [`EditError`]; on any error no file was changed.
pub fn apply(dir: &Path, d: &Decision) -> Result<Applied, EditError> {
    let files = plan::registry_files(dir)?;
    let plan = plan::plan(&files, d)?;
    let (path, target, before) = if let Some(i) = plan.file {
        let f = &files[i];
        (f.path.clone(), f.target.clone(), Some(f.bytes.clone()))
    } else {
        let path = dir.join(plan::DEFAULT);
        if files::regular_target(&path)?.is_some() {
            return Err(EditError::NoPlace {
                path,
                snippet: d.yaml(),
            });
        }
        (path.clone(), path, None)
    };
    let refused = |reason: Box<Msg>| EditError::Refused {
        path: path.clone(),
        reason,
        snippet: d.yaml(),
    };
    let after = edited(&path, before.as_deref(), &plan).map_err(|e| match e {
        Err(reason) => refused(reason),
        Ok(e) => e,
    })?;
    let others: Vec<_> = files
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != plan.file)
        .map(|(_, f)| &f.loaded.dataset.registry)
        .collect();
    let errors_before = plan.file.map_or(0, |i| errors(&files[i].loaded));
    verify(&path, &after, errors_before, &others, d).map_err(refused)?;
    match &before {
        Some(b) => files::replace(&target, b, &after)?,
        None => files::create(&target, &after)?,
    }
    Ok(Applied {
        file: path,
        target,
        before,
        after,
    })
}

fn errors(loaded: &crate::loader::Loaded) -> usize {
    loaded.diagnostics.iter().filter(|x| x.is_error()).count()
}

/// The file's bytes with the plan's insertions made (a byte order mark
/// kept); `Err(Err(reason))` when an insertion cannot be placed.
fn edited(
    path: &Path,
    before: Option<&[u8]>,
    plan: &plan::Plan,
) -> Result<Vec<u8>, Result<EditError, Box<Msg>>> {
    let (bom, mut text) = match before {
        Some(bytes) => {
            let s = std::str::from_utf8(bytes).map_err(|_| {
                Ok(EditError::NotUtf8 {
                    path: path.to_path_buf(),
                })
            })?;
            match s.strip_prefix('\u{feff}') {
                Some(rest) => ("\u{feff}", rest.to_owned()),
                None => ("", s.to_owned()),
            }
        }
        None => ("", HEADER.to_owned()),
    };
    for edit in &plan.edits {
        let insert = edit.locate(&text::Doc::new(&text)).map_err(Err)?;
        text = text::apply(&text, &insert);
    }
    Ok(format!("{bom}{text}").into_bytes())
}

/// Re-reads the edited file with the loader: it must still be a registry,
/// gain no error, and record the decision.
fn verify(
    path: &Path,
    after: &[u8],
    errors_before: usize,
    others: &[&crate::model::Registry],
    d: &Decision,
) -> Result<(), Box<Msg>> {
    let reread = load_bytes(path, after, &LoadOptions::default());
    if reread.dataset.files.first().map(|f| f.kind) != Some(FileKind::Registry) {
        return Err(Box::new(Msg::EditNoLongerRegistry));
    }
    if errors(&reread) > errors_before {
        return Err(Box::new(Msg::EditNewErrors));
    }
    if !plan::takes_effect(&reread.dataset.registry, others, d) {
        return Err(Box::new(Msg::EditNoEffect));
    }
    Ok(())
}

/// Takes back a decision: the file is restored byte for byte as it was
/// before [`apply`], or removed if `apply` created it.
///
/// # Errors
/// [`EditError::Changed`] when the file changed since (nothing is done),
/// and I/O errors.
pub fn undo(a: &Applied) -> Result<(), EditError> {
    if files::regular_target(&a.target)?.is_none() {
        return Err(EditError::Changed {
            path: a.file.clone(),
        });
    }
    match &a.before {
        Some(before) => files::replace(&a.target, &a.after, before),
        None => files::remove(&a.target, &a.after),
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod text_tests;
