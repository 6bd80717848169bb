//! Finding the YAML files of a data directory, in a stable order, without
//! ever leaving it: links that lead outside are reported, not followed;
//! loops and folders already read are skipped; the walk has a budget.

use std::collections::HashMap;
use std::fs::{self, Metadata};
use std::path::{Path, PathBuf};

use self::entry::{cannot_read, dir_id, is_yaml, kind_of, odd_name};
use crate::diag::{Diagnostic, Severity, display_path};
use crate::msg::Msg;

mod entry;
#[cfg(all(test, unix))]
mod tests;

pub struct Found {
    pub path: PathBuf,
    pub rel: String,
}

/// Directory entries the walk looks at, at most: a folder of a million
/// entries is not a data folder (it is a link to `/` or a mount of one).
pub const MAX_ENTRIES: usize = 1_000_000;
/// YAML files read, at most.
pub const MAX_FILES: usize = 200_000;

/// How much one walk may look at.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    pub entries: usize,
    pub files: usize,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            entries: MAX_ENTRIES,
            files: MAX_FILES,
        }
    }
}

struct Walk {
    budget: Budget,
    root: PathBuf,
    /// The canonical root: a link is followed only when its target is below it.
    canon: PathBuf,
    /// Folders read so far, with the path they were read under.
    seen: HashMap<(u64, u64), PathBuf>,
    entries: usize,
    exhausted: bool,
    found: Vec<Found>,
    diags: Vec<Diagnostic>,
}

/// Lists the YAML files in a stable order (by file name, folders read
/// where they sort). Hidden entries (`.git`) are skipped.
pub fn find_files(dir: &Path) -> (Vec<Found>, Vec<Diagnostic>) {
    find_files_within(dir, Budget::default())
}

/// [`find_files`] with another budget.
pub fn find_files_within(dir: &Path, budget: Budget) -> (Vec<Found>, Vec<Diagnostic>) {
    let canon = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let mut w = Walk {
        budget,
        root: dir.to_path_buf(),
        canon,
        seen: HashMap::new(),
        entries: 0,
        exhausted: false,
        found: Vec::new(),
        diags: Vec::new(),
    };
    if let Ok(m) = fs::metadata(dir) {
        w.seen.insert(dir_id(&m), dir.to_path_buf());
    }
    // Depth first without recursion: each level is the sorted, reversed
    // list of its entries still to visit, and the folders open above it.
    let mut stack: Vec<(Vec<PathBuf>, (u64, u64))> = Vec::new();
    if let Some(level) = w.read_level(dir) {
        stack.push((
            level,
            fs::metadata(dir).map(|m| dir_id(&m)).unwrap_or_default(),
        ));
    }
    while let Some((level, _)) = stack.last_mut() {
        let Some(path) = level.pop() else {
            stack.pop();
            continue;
        };
        let ancestors: Vec<(u64, u64)> = stack.iter().map(|(_, id)| *id).collect();
        if let Some((sub, id)) = w.visit(&path, &ancestors) {
            stack.push((sub, id));
        }
    }
    (w.found, w.diags)
}

impl Walk {
    /// The entries of a folder, sorted by name and reversed (popped from
    /// the end), hidden ones left out.
    fn read_level(&mut self, dir: &Path) -> Option<Vec<PathBuf>> {
        if self.exhausted {
            return None;
        }
        let rd = match fs::read_dir(dir) {
            Ok(rd) => rd,
            Err(e) => {
                self.diags.push(cannot_read(dir, &e));
                return None;
            }
        };
        let mut names: Vec<std::ffi::OsString> = Vec::new();
        for entry in rd {
            self.entries += 1;
            if self.entries > self.budget.entries {
                self.exhaust();
                break;
            }
            match entry {
                Ok(e) if !e.file_name().as_encoded_bytes().starts_with(b".") => {
                    names.push(e.file_name());
                }
                Ok(_) => {}
                Err(e) => self.diags.push(cannot_read(dir, &e)),
            }
        }
        names.sort();
        Some(names.into_iter().rev().map(|n| dir.join(n)).collect())
    }

    /// Stops the walk, reporting why once.
    fn exhaust(&mut self) {
        if self.exhausted {
            return;
        }
        self.exhausted = true;
        let Budget { entries, files } = self.budget;
        self.diags.push(whole_file(
            Severity::Error,
            &self.root,
            Msg::TooManyFiles { files, entries },
            Some(Msg::HelpPointAtNetworks),
        ));
    }

    /// Looks at one entry; a folder to descend into is returned as its
    /// level and identity.
    fn visit(
        &mut self,
        path: &Path,
        ancestors: &[(u64, u64)],
    ) -> Option<(Vec<PathBuf>, (u64, u64))> {
        let link = fs::symlink_metadata(path).ok()?;
        let meta = if link.file_type().is_symlink() {
            self.follow(path)?
        } else {
            link
        };
        if meta.is_dir() {
            return self.enter(path, &meta, ancestors);
        }
        if !is_yaml(path) {
            return None;
        }
        if meta.is_file() {
            if self.found.len() >= self.budget.files {
                self.exhaust();
                return None;
            }
            let rel = self.rel(path);
            odd_name(path, &rel, &mut self.diags);
            self.found.push(Found {
                path: path.to_path_buf(),
                rel,
            });
        } else {
            // A FIFO would block the read forever, a device never ends.
            self.diags.push(whole_file(
                Severity::Error,
                path,
                Msg::NotRegular {
                    kind: kind_of(&meta),
                },
                Some(Msg::HelpRegularFiles),
            ));
        }
        None
    }

    /// The metadata of what a link points to, when that is below the data
    /// folder; otherwise the link is reported (if it could matter) and
    /// `None` returned.
    fn follow(&mut self, path: &Path) -> Option<Metadata> {
        let Ok(target) = fs::canonicalize(path) else {
            if is_yaml(path) {
                let to = fs::read_link(path)
                    .map(|t| display_path(&t))
                    .unwrap_or_default();
                self.diags.push(whole_file(
                    Severity::Error,
                    path,
                    Msg::DanglingLink { to },
                    Some(Msg::HelpFixLink),
                ));
            }
            return None;
        };
        if !target.starts_with(&self.canon) {
            let meta = fs::metadata(&target).ok();
            // Links to other things than folders and YAML files are not read anyway.
            if meta.as_ref().is_some_and(Metadata::is_dir) || is_yaml(path) {
                self.diags.push(whole_file(
                    Severity::Error,
                    path,
                    Msg::LinkOutside {
                        to: display_path(&target),
                    },
                    Some(Msg::HelpLinkOutside),
                ));
            }
            return None;
        }
        match fs::metadata(path) {
            Ok(m) => Some(m),
            Err(e) => {
                self.diags.push(cannot_read(path, &e));
                None
            }
        }
    }

    fn enter(
        &mut self,
        path: &Path,
        meta: &Metadata,
        ancestors: &[(u64, u64)],
    ) -> Option<(Vec<PathBuf>, (u64, u64))> {
        let id = dir_id(meta);
        if ancestors.contains(&id) {
            self.diags.push(whole_file(
                Severity::Error,
                path,
                Msg::FolderLoop,
                Some(Msg::HelpRemoveLink),
            ));
            return None;
        }
        if let Some(first) = self.seen.get(&id) {
            let first = display_path(first);
            self.diags.push(whole_file(
                Severity::Warning,
                path,
                Msg::FolderTwice { first },
                Some(Msg::HelpFolderTwice),
            ));
            return None;
        }
        self.seen.insert(id, path.to_path_buf());
        if is_yaml(path) {
            self.diags.push(whole_file(
                Severity::Warning,
                path,
                Msg::FolderNamedYaml,
                Some(Msg::HelpRenameFolder),
            ));
        }
        self.read_level(path).map(|level| (level, id))
    }

    /// The path below the data folder, `/`-separated; bytes that are not
    /// UTF-8 are escaped (`\xFF`), so two such names stay apart.
    fn rel(&self, path: &Path) -> String {
        let rel = path.strip_prefix(&self.root).unwrap_or(path);
        rel.components()
            .map(|c| display_path(Path::new(c.as_os_str())))
            .collect::<Vec<_>>()
            .join("/")
    }
}

pub fn whole_file(severity: Severity, path: &Path, message: Msg, help: Option<Msg>) -> Diagnostic {
    Diagnostic::whole_file(severity, path.to_path_buf(), message, help)
}
