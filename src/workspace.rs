//! A loaded data directory and what is derived from it — dataset, who is
//! who, overlap graph, diagnostics — built once and asked questions, so
//! the CLI commands and the browser share one way of loading and looking.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::diag::Diagnostic;
use crate::graph::{Filter, Overlap, View};
use crate::identity::{self, EntityId, MemberRef, Resolved, Suggestion};
use crate::loader::{LoadError, LoadOptions, Loaded, load_dir};
use crate::model::{Dataset, FileKind, Network, Prefecture, Program, Sector};

/// What loading is doing once the files are read (for progress screens).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Reading = 0,
    Resolving = 1,
    Graph = 2,
    Indexing = 3,
}

impl Stage {
    #[must_use]
    pub fn from_u8(v: u8) -> Stage {
        match v {
            1 => Stage::Resolving,
            2 => Stage::Graph,
            3 => Stage::Indexing,
            _ => Stage::Reading,
        }
    }
}

/// Which networks a question is about: the browser's filters, the
/// network-level part of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scope {
    pub program: Option<Program>,
    pub year: Option<i32>,
}

impl Scope {
    #[must_use]
    pub fn passes(self, n: &Network) -> bool {
        self.program.is_none_or(|p| n.program == p) && self.year.is_none_or(|y| n.active_in(y))
    }
}

/// A file that could not be loaded, with the first error the loader gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailedFile {
    pub path: PathBuf,
    pub rel: String,
    /// Its first error (rendered in the reader's language when shown).
    pub message: Option<crate::msg::Msg>,
}

/// A loaded directory, its resolution and overlap graph.
pub struct Workspace {
    pub dir: PathBuf,
    /// Shared with threads that compute suggestions.
    pub ds: Arc<Dataset>,
    /// Shared with threads that compute suggestions.
    pub resolved: Arc<Resolved>,
    /// Sorted by file and position.
    pub diagnostics: Vec<Diagnostic>,
    /// Built on first use: `check`, `stats` and `entities` never need it.
    overlap: OnceLock<Overlap>,
}

impl Workspace {
    /// Loads, resolves and builds the overlap graph of `dir`.
    ///
    /// # Errors
    /// When the directory itself cannot be read.
    pub fn load(dir: &Path, opts: &LoadOptions) -> Result<Workspace, LoadError> {
        Ok(Workspace::from_loaded(dir, load_dir(dir, opts)?))
    }

    /// Like [`Workspace::load`], telling `stage` what it is doing after the
    /// files are read, and building the overlap graph now (a browser wants
    /// it before its first frame).
    ///
    /// # Errors
    /// When the directory itself cannot be read.
    pub fn load_staged(
        dir: &Path,
        opts: &LoadOptions,
        stage: &(dyn Fn(Stage) + Sync),
    ) -> Result<Workspace, LoadError> {
        let loaded = load_dir(dir, opts)?;
        let ws = Workspace::from_loaded_staged(dir, loaded, stage);
        stage(Stage::Graph);
        let _ = ws.overlap();
        Ok(ws)
    }

    /// Builds the derived data of an already loaded directory.
    #[must_use]
    pub fn from_loaded(dir: &Path, loaded: Loaded) -> Workspace {
        Workspace::from_loaded_staged(dir, loaded, &|_| {})
    }

    fn from_loaded_staged(dir: &Path, loaded: Loaded, stage: &(dyn Fn(Stage) + Sync)) -> Workspace {
        stage(Stage::Resolving);
        let resolved = identity::resolve(&loaded.dataset);
        Workspace {
            dir: dir.to_path_buf(),
            ds: Arc::new(loaded.dataset),
            resolved: Arc::new(resolved),
            diagnostics: loaded.diagnostics,
            overlap: OnceLock::new(),
        }
    }

    /// The overlap graph, built on the first call.
    #[must_use]
    pub fn overlap(&self) -> &Overlap {
        self.overlap
            .get_or_init(|| Overlap::new(&self.ds, &self.resolved))
    }

    /// Whether any diagnostic is an error.
    #[must_use]
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The overlap graph seen through `filter`.
    #[must_use]
    pub fn view(&self, filter: &Filter) -> View<'_> {
        self.overlap().view(&self.ds, &self.resolved, filter)
    }

    /// Duplicate suggestions (slow on big directories).
    #[must_use]
    pub fn suggest(&self) -> Vec<Suggestion> {
        identity::suggest(&self.ds, &self.resolved)
    }

    /// Duplicate suggestions, and whether their search was cut short.
    #[must_use]
    pub fn suggest_all(&self) -> identity::Suggestions {
        identity::suggest_all(&self.ds, &self.resolved)
    }

    #[must_use]
    pub fn network(&self, i: u32) -> &Network {
        &self.ds.networks[i as usize]
    }

    /// The index of the network with this id.
    #[must_use]
    pub fn network_index(&self, id: &str) -> Option<u32> {
        self.ds
            .networks
            .iter()
            .position(|n| n.id == id)
            .and_then(|i| u32::try_from(i).ok())
    }

    /// Networks passing `scope` per prefecture code (index 0: all).
    #[must_use]
    pub fn prefecture_counts(&self, scope: Scope) -> [usize; 48] {
        let mut counts = [0usize; 48];
        for n in self.ds.networks.iter().filter(|n| scope.passes(n)) {
            counts[usize::from(n.prefecture.code())] += 1;
        }
        counts[0] = counts.iter().sum();
        counts
    }

    /// Networks of `pref` (every prefecture for `None`) passing `scope`,
    /// by prefecture, program and name.
    #[must_use]
    pub fn networks_in(&self, pref: Option<Prefecture>, scope: Scope) -> Vec<u32> {
        let mut nets: Vec<u32> = (0u32..)
            .zip(self.ds.networks.iter())
            .filter(|(_, n)| pref.is_none_or(|p| n.prefecture == p) && scope.passes(n))
            .map(|(i, _)| i)
            .collect();
        nets.sort_by(|a, b| {
            let (x, y) = (self.network(*a), self.network(*b));
            (x.prefecture, x.program, &x.name).cmp(&(y.prefecture, y.program, &y.name))
        });
        nets
    }

    /// Member positions of `network`, only those of `sector` when given.
    #[must_use]
    pub fn members(&self, network: u32, sector: Option<Sector>) -> Vec<u32> {
        (0u32..)
            .zip(&self.network(network).members)
            .filter(|(m, _)| {
                sector.is_none_or(|s| {
                    let at = MemberRef {
                        network,
                        member: *m,
                    };
                    self.resolved.member_sector(&self.ds, at) == Some(s)
                })
            })
            .map(|(m, _)| m)
            .collect()
    }

    /// The entity a member row stands for (the person or position itself,
    /// or the organisation).
    #[must_use]
    pub fn member_entity(&self, network: u32, member: u32) -> Option<EntityId> {
        self.resolved
            .member(MemberRef { network, member })
            .map(|m| m.entity)
    }

    /// The row of `network` whose entity (or organisation) is `entity`.
    #[must_use]
    pub fn member_row_of(&self, network: u32, rows: &[u32], entity: EntityId) -> Option<usize> {
        rows.iter().position(|&member| {
            self.resolved
                .member(MemberRef { network, member })
                .is_some_and(|me| me.entity == entity || me.org == Some(entity))
        })
    }

    /// How many networks other than `network` the member's entity is in.
    #[must_use]
    pub fn others(&self, network: u32, member: u32) -> usize {
        self.member_entity(network, member).map_or(0, |e| {
            self.resolved.entity(e).networks.len().saturating_sub(1)
        })
    }

    /// Networks sharing entities with `n`, most shared first.
    #[must_use]
    pub fn shared_with(&self, n: u32) -> Vec<(u32, usize)> {
        let r = &self.resolved;
        let mut counts: BTreeMap<u32, usize> = BTreeMap::new();
        if let Some(list) = r.network(n) {
            for e in list.all() {
                for &other in r.entity(e).networks.iter().filter(|&&o| o != n) {
                    *counts.entry(other).or_default() += 1;
                }
            }
        }
        let mut v: Vec<(u32, usize)> = counts.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    }

    /// The latest `since` in the data.
    #[must_use]
    pub fn latest_year(&self) -> Option<i32> {
        self.ds.networks.iter().filter_map(|n| n.since).max()
    }

    /// Files that could not be loaded, each with its first error.
    #[must_use]
    pub fn failed_files(&self) -> Vec<FailedFile> {
        self.ds
            .files
            .iter()
            .filter(|f| f.kind == FileKind::Failed)
            .map(|f| FailedFile {
                path: f.path.clone(),
                rel: f.rel.clone(),
                message: self
                    .diagnostics
                    .iter()
                    .find(|d| d.is_error() && d.file == f.path)
                    .map(|d| d.message.clone()),
            })
            .collect()
    }

    /// Where each network file's networks sit, by relative path: lets a
    /// reload say in which prefecture a file that now fails used to be.
    #[must_use]
    pub fn prefecture_of_files(&self) -> BTreeMap<String, Prefecture> {
        self.ds
            .networks
            .iter()
            .filter_map(|n| {
                let f = self.ds.files.get(n.file.0 as usize)?;
                Some((f.rel.clone(), n.prefecture))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ws(dir: &str) -> Workspace {
        Workspace::load(Path::new(dir), &LoadOptions::default()).expect("fixture loads")
    }

    #[test]
    fn a_broken_file_is_named_with_its_error_and_the_good_one_stays() {
        let w = ws("tests/fixtures/broken-and-good");
        let failed = w.failed_files();
        assert_eq!(failed.len(), 1, "{failed:?}");
        assert!(failed[0].message.is_some());
        assert!(!w.ds.networks.is_empty());
        assert!(w.has_errors());
    }

    #[test]
    fn networks_are_sorted_and_counted_per_prefecture() {
        let w = ws("tests/fixtures/suggestions");
        let all = w.networks_in(None, Scope::default());
        assert_eq!(all.len(), w.ds.networks.len());
        let counts = w.prefecture_counts(Scope::default());
        assert_eq!(counts[0], all.len());
        let keys: Vec<_> = all
            .iter()
            .map(|&i| (w.network(i).prefecture, w.network(i).program))
            .collect();
        assert!(keys.windows(2).all(|p| p[0] <= p[1]));
    }
}
