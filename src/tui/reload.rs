//! Loading a data directory on a worker thread: the browser keeps drawing
//! and taking keys, with the old data usable, until the new data is ready.
//! Dropping a [`Reload`] cancels it: the worker's result goes unheard.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};

use super::search::SearchUi;
use crate::loader::{LoadError, LoadOptions, Progress};
use crate::workspace::{Stage, Workspace};

/// A freshly loaded directory with its search index.
pub struct Fresh {
    pub ws: Workspace,
    pub search: SearchUi,
}

/// A load running on its thread.
pub struct Reload {
    dir: PathBuf,
    pub progress: Arc<Progress>,
    stage: Arc<AtomicU8>,
    result: Receiver<Result<Fresh, LoadError>>,
}

impl Reload {
    /// Starts loading `dir` on a new thread.
    ///
    /// # Errors
    /// The thread cannot be started.
    pub fn start(dir: &Path, opts: &LoadOptions) -> std::io::Result<Reload> {
        let progress = Arc::new(Progress::default());
        let stage = Arc::new(AtomicU8::new(0));
        let (send, result) = std::sync::mpsc::channel();
        let opts = LoadOptions {
            progress: Some(progress.clone()),
            ..opts.clone()
        };
        let (owned, st) = (dir.to_path_buf(), stage.clone());
        std::thread::Builder::new()
            .name("reload".into())
            .spawn(move || {
                let fresh = load(&owned, &opts, &st);
                // The browser may have stopped listening (cancelled).
                let _ = send.send(fresh);
            })?;
        Ok(Reload {
            dir: dir.to_path_buf(),
            progress,
            stage,
            result,
        })
    }

    /// The result, once the worker is done.
    #[must_use]
    pub fn try_take(&self) -> Option<Result<Fresh, LoadError>> {
        match self.result.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(stopped(&self.dir))),
        }
    }

    /// Waits for the result (tests and the first load).
    ///
    /// # Errors
    /// The load failed.
    pub fn wait(self) -> Result<Fresh, LoadError> {
        self.result
            .recv()
            .unwrap_or_else(|_| Err(stopped(&self.dir)))
    }

    /// Files read so far, files in all, and the stage.
    #[must_use]
    pub fn state(&self) -> (usize, usize, Stage) {
        (
            self.progress.done.load(Ordering::Relaxed),
            self.progress.total.load(Ordering::Relaxed),
            Stage::from_u8(self.stage.load(Ordering::Relaxed)),
        )
    }
}

/// Loads `dir` with its search index, telling `stage` how far it got.
///
/// # Errors
/// The directory cannot be read.
pub fn load(dir: &Path, opts: &LoadOptions, stage: &AtomicU8) -> Result<Fresh, LoadError> {
    let ws = Workspace::load_staged(dir, opts, &|s| stage.store(s as u8, Ordering::Relaxed))?;
    stage.store(Stage::Indexing as u8, Ordering::Relaxed);
    let search = SearchUi::new(&ws);
    Ok(Fresh { ws, search })
}

/// The loader thread ended without a result: it panicked (the panic hook
/// has reported it).
fn stopped(dir: &Path) -> LoadError {
    LoadError::Io {
        path: dir.to_path_buf(),
        source: std::io::Error::other(crate::msg::Msg::LoaderStopped),
    }
}
