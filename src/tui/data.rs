//! What the browser shows, computed once per load: the dataset, who is
//! who, problems and, in the browser after the first frame, duplicate
//! suggestions.

use std::path::{Path, PathBuf};
use std::sync::Arc;

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

    /// What the loading screen says.
    #[must_use]
    pub fn label(self, ja: bool) -> &'static str {
        match (self, ja) {
            (Stage::Reading, true) => "ファイルを読み込み中",
            (Stage::Resolving, true) => "表記の名寄せ中",
            (Stage::Graph, true) => "重なりを計算中",
            (Stage::Indexing, true) => "検索索引を作成中",
            (Stage::Reading, false) => "Reading files",
            (Stage::Resolving, false) => "Resolving names",
            (Stage::Graph, false) => "Building the overlap graph",
            (Stage::Indexing, false) => "Indexing for search",
        }
    }
}

/// Duplicate suggestions. The browser computes them on a worker thread
/// after the first frame, because they are the slowest part of loading.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Suggestions {
    #[default]
    Pending,
    Ready(Vec<Suggestion>),
}

impl Suggestions {
    /// The suggestions, empty while they are being computed.
    #[must_use]
    pub fn list(&self) -> &[Suggestion] {
        match self {
            Suggestions::Pending => &[],
            Suggestions::Ready(v) => v,
        }
    }

    #[must_use]
    pub fn is_pending(&self) -> bool {
        matches!(self, Suggestions::Pending)
    }
}

/// A loaded directory and everything derived from it.
pub struct Data {
    pub dir: PathBuf,
    /// Shared with the thread that computes the suggestions.
    pub ds: Arc<Dataset>,
    /// Shared with the thread that computes the suggestions.
    pub resolved: Arc<Resolved>,
    pub diagnostics: Vec<Diagnostic>,
    pub suggestions: Suggestions,
    /// Which load this is: the app increases it on every reload, so a
    /// suggestion list computed for an earlier load is recognised and
    /// dropped.
    pub generation: u64,
    /// The overlap graph, built once per load.
    pub overlap: Overlap,
}

impl Data {
    /// Loads and resolves `dir`, suggestions included.
    ///
    /// # Errors
    /// When the directory itself cannot be read.
    pub fn load(dir: &Path, opts: &LoadOptions) -> Result<Data, LoadError> {
        let mut data = Data::load_staged(dir, opts, &|_| {})?;
        data.suggest_now();
        Ok(data)
    }

    /// Like [`Data::load`], telling `stage` what it is doing after the files
    /// are read (the loading screen shows it), and leaving the suggestions
    /// pending: the browser computes them after its first frame.
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

    /// Builds the derived data for an already loaded dataset, suggestions
    /// included.
    #[must_use]
    pub fn from_parts(dir: &Path, ds: Dataset, diagnostics: Vec<Diagnostic>) -> Data {
        let mut data = Data::from_parts_staged(dir, ds, diagnostics, &|_| {});
        data.suggest_now();
        data
    }

    fn from_parts_staged(
        dir: &Path,
        ds: Dataset,
        diagnostics: Vec<Diagnostic>,
        stage: &(dyn Fn(Stage) + Sync),
    ) -> Data {
        stage(Stage::Resolving);
        let resolved = identity::resolve(&ds);
        stage(Stage::Graph);
        let overlap = Overlap::new(&ds, &resolved);
        Data {
            dir: dir.to_path_buf(),
            ds: Arc::new(ds),
            resolved: Arc::new(resolved),
            diagnostics,
            suggestions: Suggestions::Pending,
            generation: 0,
            overlap,
        }
    }

    /// Computes the suggestions on this thread.
    fn suggest_now(&mut self) {
        self.suggestions = Suggestions::Ready(self.suggest_job().run());
    }

    /// What a worker thread needs to compute this load's suggestions.
    #[must_use]
    pub fn suggest_job(&self) -> SuggestJob {
        SuggestJob {
            generation: self.generation,
            ds: Arc::clone(&self.ds),
            resolved: Arc::clone(&self.resolved),
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

/// Computing the duplicate suggestions of one load, away from the app:
/// it owns shared handles on the data, so it can move to another thread.
#[derive(Clone)]
pub struct SuggestJob {
    /// The [`Data::generation`] the result belongs to.
    pub generation: u64,
    pub ds: Arc<Dataset>,
    pub resolved: Arc<Resolved>,
}

impl SuggestJob {
    /// Runs [`identity::suggest`]; slow on big directories.
    #[must_use]
    pub fn run(&self) -> Vec<Suggestion> {
        identity::suggest(&self.ds, &self.resolved)
    }
}
