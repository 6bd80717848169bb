//! The terminal browser. The only module that touches ratatui and
//! crossterm; everything it shows comes from the library's core.
//!
//! Elm style: keys become [`action::Action`]s through the pure
//! [`keymap::keymap`], [`app::App::update`] applies them, and
//! [`views::Screen`] draws an `&App`. The loop is synchronous; the one
//! slow computation after the first frame (duplicate suggestions) runs on
//! a plain thread that the loop starts when the app asks for it.

pub mod action;
pub mod app;
mod browse;
pub mod data;
mod export;
pub mod keymap;
pub mod labels;
pub mod layout;
mod overlap;
pub mod problems;
pub mod search;
mod suggest;
pub mod theme;
pub mod views;

use std::io;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError};
use std::time::Duration;

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use crossterm::execute;
use ratatui::DefaultTerminal;
use ratatui::text::Line;
use ratatui::widgets::{Gauge, Widget};

use self::app::App;
use self::data::{Data, Stage, SuggestJob};
use self::labels::Lang;
use self::theme::Theme;
use crate::identity::Suggestion;
use crate::loader::{LoadError, LoadOptions, Progress};

/// How to start the browser.
#[derive(Debug, Clone)]
pub struct Options {
    pub dir: PathBuf,
    pub lang: Lang,
    pub color: bool,
    pub load: LoadOptions,
}

/// Why the browser could not run.
#[derive(Debug, thiserror::Error)]
pub enum TuiError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("terminal: {0}")]
    Terminal(#[from] io::Error),
}

/// Runs the browser until the user quits. The terminal is restored on
/// every exit, including a panic.
///
/// # Errors
/// The data directory cannot be read, or the terminal fails.
pub fn run(opts: &Options) -> Result<(), TuiError> {
    install_panic_hook();
    let mut terminal = ratatui::try_init()?;
    let result = execute!(io::stdout(), EnableMouseCapture)
        .map_err(TuiError::from)
        .and_then(|()| session(&mut terminal, opts));
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

fn session(terminal: &mut DefaultTerminal, opts: &Options) -> Result<(), TuiError> {
    let (data, search) = load_with_progress(terminal, opts)?;
    let mut app = App::with_search(data, search, opts.lang, Theme { color: opts.color });
    let size = terminal.size()?;
    app.update(action::Action::Resize {
        width: size.width,
        height: size.height,
    });
    // Hidden, for timing start-up (docs/performance.md): quit as soon as
    // the first frame with data is drawn.
    let first_frame_only = std::env::var_os("RENKEI_EXIT_AFTER_FIRST_FRAME").is_some();
    let mut running: Option<Running> = None;
    while !app.quit {
        terminal.draw(|f| f.render_widget(&views::Screen(&app), f.area()))?;
        if first_frame_only {
            break;
        }
        // Started after the frame is drawn, so the frame never waits.
        match app.wants_suggestions() {
            None => running = None,
            Some(job)
                if running
                    .as_ref()
                    .is_none_or(|r| r.generation != job.generation) =>
            {
                running = Some(Running::start(job)?);
            }
            Some(_) => {}
        }
        match &running {
            Some(r) => wait(&mut app, r)?,
            None => {
                if let Some(a) = next_action(&app)? {
                    app.update(a);
                }
            }
        }
    }
    Ok(())
}

/// The suggestion job on its thread. Dropping it drops the receiver, so a
/// job made stale by a reload finishes unheard.
struct Running {
    generation: u64,
    result: Receiver<Vec<Suggestion>>,
}

impl Running {
    fn start(job: SuggestJob) -> io::Result<Running> {
        let (send, result) = std::sync::mpsc::channel();
        let generation = job.generation;
        std::thread::Builder::new()
            .name("suggest".into())
            .spawn(move || {
                // The loop may have stopped listening; nothing to do then.
                let _ = send.send(job.run());
            })?;
        Ok(Running { generation, result })
    }
}

/// Waits for the next input or the job's result, whichever comes first,
/// and applies it. Input is polled with a timeout so the result is taken
/// within 50 ms of arriving even when no key is pressed.
fn wait(app: &mut App, running: &Running) -> Result<(), TuiError> {
    loop {
        match running.result.try_recv() {
            Ok(list) => {
                app.receive_suggestions(running.generation, list);
                return Ok(());
            }
            Err(TryRecvError::Empty) => {}
            // The thread panicked; the panic hook has already restored the
            // terminal and asked for a report.
            Err(TryRecvError::Disconnected) => {
                return Err(io::Error::other("duplicate suggestions stopped unexpectedly").into());
            }
        }
        if event::poll(Duration::from_millis(50))? {
            if let Some(a) = next_action(app)? {
                app.update(a);
            }
            return Ok(());
        }
    }
}

fn next_action(app: &App) -> io::Result<Option<action::Action>> {
    Ok(match event::read()? {
        Event::Key(k) => keymap::keymap(k, app.mode),
        Event::Mouse(m) => keymap::mouse(m),
        Event::Resize(width, height) => Some(action::Action::Resize { width, height }),
        _ => None,
    })
}

/// Loads on a worker thread while the main thread draws a progress bar
/// and the current stage, so a national-scale directory does not look like
/// a hang. The search index is built there too.
fn load_with_progress(
    terminal: &mut DefaultTerminal,
    opts: &Options,
) -> Result<(Data, search::SearchUi), TuiError> {
    let progress = Arc::new(Progress::default());
    let stage = AtomicU8::new(0);
    let load = LoadOptions {
        progress: Some(progress.clone()),
        ..opts.load.clone()
    };
    let ja = opts.lang == Lang::Ja;
    // Dropped by the worker when it ends, which wakes the loop below at
    // once instead of at its next tick.
    let (finished, ended) = std::sync::mpsc::channel::<()>();
    std::thread::scope(|s| {
        let worker = s.spawn(|| {
            let _finished = finished;
            let data = Data::load_staged(&opts.dir, &load, &|st| {
                stage.store(st as u8, Ordering::Relaxed);
            })?;
            stage.store(Stage::Indexing as u8, Ordering::Relaxed);
            let search = search::SearchUi::new(&data);
            Ok::<_, LoadError>((data, search))
        });
        loop {
            let (done, total) = (
                progress.done.load(Ordering::Relaxed),
                progress.total.load(Ordering::Relaxed),
            );
            let label = Stage::from_u8(stage.load(Ordering::Relaxed)).label(ja);
            terminal.draw(|f| loading_frame(f, &opts.dir, label, done, total))?;
            if ended.recv_timeout(Duration::from_millis(50)) != Err(RecvTimeoutError::Timeout) {
                break;
            }
        }
        worker
            .join()
            .unwrap_or_else(|_| {
                Err(LoadError::Io {
                    path: opts.dir.clone(),
                    source: io::Error::other("the loader stopped unexpectedly"),
                })
            })
            .map_err(TuiError::from)
    })
}

fn loading_frame(
    f: &mut ratatui::Frame<'_>,
    dir: &std::path::Path,
    label: &str,
    done: usize,
    total: usize,
) {
    let ratio = if total == 0 {
        0.0
    } else {
        f64::from(u32::try_from(done).unwrap_or(0)) / f64::from(u32::try_from(total).unwrap_or(1))
    };
    let shown = crate::text::sanitize(&dir.display().to_string()).into_owned();
    let area = f.area();
    Line::from(format!("renkei: {shown}  {done}/{total}  {label}")).render(area, f.buffer_mut());
    if area.height > 1 {
        let bar = ratatui::layout::Rect {
            y: area.y + 1,
            height: 1,
            ..area
        };
        Gauge::default()
            .ratio(ratio.clamp(0.0, 1.0))
            .render(bar, f.buffer_mut());
    }
}

/// On a panic: leave raw mode and the alternate screen, switch the mouse
/// back, and say where to report it, before the usual panic message.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture);
        ratatui::restore();
        eprintln!(
            "renkei {} stopped because of a bug; the terminal has been restored.\n\
             Please report it to the renkei maintainers (the project's issue tracker) with\n\
             the message below and, if you can, the data files you opened.",
            env!("CARGO_PKG_VERSION")
        );
        previous(info);
    }));
}
