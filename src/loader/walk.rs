//! Finding the YAML files of a data directory, in a stable order, without
//! ever leaving it: links that lead outside are reported, not followed;
//! loops and folders already read are skipped; the walk has a budget.

use std::collections::HashMap;
use std::fs::{self, Metadata};
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Severity, display_path};
use crate::msg::{Msg, Special};

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

fn is_yaml(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// A folder's identity, so a folder reached twice is read once.
#[cfg(unix)]
fn dir_id(m: &Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt as _;
    (m.dev(), m.ino())
}

#[cfg(not(unix))]
fn dir_id(_: &Metadata) -> (u64, u64) {
    (0, 0)
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

fn cannot_read(path: &Path, e: &std::io::Error) -> Diagnostic {
    whole_file(
        Severity::Error,
        path,
        Msg::CannotRead {
            error: e.to_string(),
        },
        Some(Msg::HelpCheckReadable),
    )
}

/// What a non-regular directory entry is, for the message.
#[cfg(unix)]
fn kind_of(m: &Metadata) -> Special {
    use std::os::unix::fs::FileTypeExt as _;
    let t = m.file_type();
    if t.is_fifo() {
        Special::Pipe
    } else if t.is_socket() {
        Special::Socket
    } else if t.is_char_device() || t.is_block_device() {
        Special::Device
    } else {
        Special::Other
    }
}

#[cfg(not(unix))]
fn kind_of(_: &Metadata) -> Special {
    Special::Other
}

/// Warns about a path that holds control characters: it is shown escaped,
/// and the network id derived from it would hold them too.
fn odd_name(path: &Path, rel: &str, diags: &mut Vec<Diagnostic>) {
    if let Some(c) = rel.chars().find(|&c| crate::text::is_unsafe_char(c)) {
        diags.push(whole_file(
            Severity::Warning,
            path,
            Msg::PathControlChar { c },
            Some(Msg::HelpRenamePath),
        ));
    }
}

pub fn whole_file(severity: Severity, path: &Path, message: Msg, help: Option<Msg>) -> Diagnostic {
    Diagnostic::whole_file(severity, path.to_path_buf(), message, help)
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::symlink;

    use super::*;

    fn messages(diags: &[Diagnostic]) -> Vec<String> {
        diags.iter().map(|d| d.message.en()).collect()
    }

    #[test]
    fn links_outside_the_folder_are_reported_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("data");
        fs::create_dir(&root).unwrap();
        fs::write(root.join("good.yaml"), "x").unwrap();
        symlink("/", root.join("root")).unwrap();
        symlink("/proc/self", root.join("self.yaml")).unwrap();
        fs::write(dir.path().join("outside.yaml"), "x").unwrap();
        symlink("../outside.yaml", root.join("out.yaml")).unwrap();
        // A link to something else outside (not a folder, not *.yaml) is not news.
        symlink("/etc/hostname", root.join("hostname")).unwrap();
        let (found, diags) = find_files(&root);
        let rels: Vec<&str> = found.iter().map(|f| f.rel.as_str()).collect();
        assert_eq!(rels, ["good.yaml"]);
        let m = messages(&diags);
        assert_eq!(m.len(), 3, "{m:?}");
        assert!(
            m.iter()
                .all(|m| m.contains("outside the data folder; not followed")),
            "{m:?}"
        );
        assert!(m.iter().any(|m| m.starts_with("a link to `/`,")), "{m:?}");
    }

    #[test]
    fn a_folder_reached_twice_is_read_once() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("a")).unwrap();
        fs::write(dir.path().join("a/n.yaml"), "x").unwrap();
        symlink("a", dir.path().join("b")).unwrap();
        let (found, diags) = find_files(dir.path());
        assert_eq!(found.len(), 1);
        assert_eq!(diags.len(), 1);
        assert!(
            diags[0]
                .message
                .en()
                .starts_with("this folder was already read as"),
            "{}",
            diags[0].message
        );
        assert_eq!(diags[0].severity, Severity::Warning);
    }

    #[test]
    fn the_walk_stops_at_its_budget_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..10 {
            fs::write(dir.path().join(format!("{i}.yaml")), "x").unwrap();
        }
        let (found, diags) = find_files_within(
            dir.path(),
            Budget {
                entries: 100,
                files: 4,
            },
        );
        assert_eq!(found.len(), 4);
        assert_eq!(
            messages(&diags),
            ["the data folder holds more than 4 YAML files or 100 entries; the rest is not read"]
        );
        let (found, diags) = find_files_within(
            dir.path(),
            Budget {
                entries: 5,
                files: 100,
            },
        );
        assert_eq!(found.len(), 5);
        assert_eq!(diags.len(), 1);
        let (found, diags) = find_files_within(
            dir.path(),
            Budget {
                entries: 10,
                files: 10,
            },
        );
        assert_eq!((found.len(), diags.len()), (10, 0));
    }

    #[test]
    fn names_that_are_not_utf8_stay_apart() {
        use std::os::unix::ffi::OsStrExt as _;
        let dir = tempfile::tempdir().unwrap();
        for b in [0xFF_u8, 0xFE] {
            let bytes = [b'n', b, b'.', b'y', b'a', b'm', b'l'];
            let name = std::ffi::OsStr::from_bytes(&bytes);
            if fs::write(dir.path().join(name), "x").is_err() {
                eprintln!("skipped: the file system wants UTF-8 names");
                return;
            }
        }
        let (found, _) = find_files(dir.path());
        let rels: Vec<&str> = found.iter().map(|f| f.rel.as_str()).collect();
        assert_eq!(rels, ["n\\xFE.yaml", "n\\xFF.yaml"]);
    }
}
