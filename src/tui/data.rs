//! What the browser shows, computed once per load: the dataset, who is
//! who, problems and suggestions.

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::graph::{Filter, Overlap, View};
use crate::identity::{self, EntityId, MemberRef, Resolved, Suggestion};
use crate::loader::{LoadError, LoadOptions, load_dir};
use crate::model::{Dataset, Network, Prefecture};

/// What loading is doing once the files are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Reading = 0,
    Resolving = 1,
    Suggesting = 2,
    Graph = 3,
    Indexing = 4,
}

impl Stage {
    #[must_use]
    pub fn from_u8(v: u8) -> Stage {
        match v {
            1 => Stage::Resolving,
            2 => Stage::Suggesting,
            3 => Stage::Graph,
            4 => Stage::Indexing,
            _ => Stage::Reading,
        }
    }

    /// What the loading screen says.
    #[must_use]
    pub fn label(self, ja: bool) -> &'static str {
        match (self, ja) {
            (Stage::Reading, true) => "ファイルを読み込み中",
            (Stage::Resolving, true) => "表記の名寄せ中",
            (Stage::Suggesting, true) => "重複候補を探索中",
            (Stage::Graph, true) => "重なりを計算中",
            (Stage::Indexing, true) => "検索索引を作成中",
            (Stage::Reading, false) => "Reading files",
            (Stage::Resolving, false) => "Resolving names",
            (Stage::Suggesting, false) => "Looking for duplicates",
            (Stage::Graph, false) => "Building the overlap graph",
            (Stage::Indexing, false) => "Indexing for search",
        }
    }
}

/// A loaded directory and everything derived from it.
pub struct Data {
    pub dir: PathBuf,
    pub ds: Dataset,
    pub resolved: Resolved,
    pub diagnostics: Vec<Diagnostic>,
    pub suggestions: Vec<Suggestion>,
    /// The overlap graph, built once per load.
    pub overlap: Overlap,
}

impl Data {
    /// Loads and resolves `dir`.
    ///
    /// # Errors
    /// When the directory itself cannot be read.
    pub fn load(dir: &Path, opts: &LoadOptions) -> Result<Data, LoadError> {
        Data::load_staged(dir, opts, &|_| {})
    }

    /// Like [`Data::load`], telling `stage` what it is doing after the files
    /// are read (the loading screen shows it).
    ///
    /// # Errors
    /// When the directory itself cannot be read.
    pub fn load_staged(
        dir: &Path,
        opts: &LoadOptions,
        stage: &(dyn Fn(Stage) + Sync),
    ) -> Result<Data, LoadError> {
        let loaded = load_dir(dir, opts)?;
        Ok(Data::from_parts_staged(
            dir,
            loaded.dataset,
            loaded.diagnostics,
            stage,
        ))
    }

    /// Builds the derived data for an already loaded dataset.
    #[must_use]
    pub fn from_parts(dir: &Path, ds: Dataset, diagnostics: Vec<Diagnostic>) -> Data {
        Data::from_parts_staged(dir, ds, diagnostics, &|_| {})
    }

    fn from_parts_staged(
        dir: &Path,
        ds: Dataset,
        diagnostics: Vec<Diagnostic>,
        stage: &(dyn Fn(Stage) + Sync),
    ) -> Data {
        stage(Stage::Resolving);
        let resolved = identity::resolve(&ds);
        stage(Stage::Suggesting);
        let suggestions = identity::suggest(&ds, &resolved);
        stage(Stage::Graph);
        let overlap = Overlap::new(&ds, &resolved);
        Data {
            dir: dir.to_path_buf(),
            ds,
            resolved,
            diagnostics,
            suggestions,
            overlap,
        }
    }

    /// The overlap graph seen through `filter`.
    #[must_use]
    pub fn view(&self, filter: &Filter) -> View<'_> {
        self.overlap.view(&self.ds, &self.resolved, filter)
    }

    #[must_use]
    pub fn network(&self, i: u32) -> &Network {
        &self.ds.networks[i as usize]
    }

    /// Prefectures that have networks, in JIS order.
    #[must_use]
    pub fn prefectures(&self) -> Vec<Prefecture> {
        let mut p: Vec<Prefecture> = self.ds.networks.iter().map(|n| n.prefecture).collect();
        p.sort_unstable();
        p.dedup();
        p
    }

    /// The entity a member row stands for (the person or position itself,
    /// or the organisation), and the networks it sits in.
    #[must_use]
    pub fn member_entity(&self, network: u32, member: u32) -> Option<EntityId> {
        self.resolved
            .member(MemberRef { network, member })
            .map(|m| m.entity)
    }

    /// How many networks other than `network` the member's entity is in.
    #[must_use]
    pub fn others(&self, network: u32, member: u32) -> usize {
        self.member_entity(network, member).map_or(0, |e| {
            self.resolved.entity(e).networks.len().saturating_sub(1)
        })
    }
}
