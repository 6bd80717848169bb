//! The terminal browser. The only module that touches ratatui and
//! crossterm; everything it shows comes from the library's
//! [`crate::workspace::Workspace`].
//!
//! Elm style: keys become [`action::Action`]s through the pure
//! [`keymap::keymap`], [`app::App::update`] applies them and returns the
//! I/O they ask for, which [`tasks`] runs here, outside `update`; reloads
//! and duplicate suggestions run on threads while input is polled with a
//! timeout, so no key waits for them. [`views::Screen`] draws an `&App`.

pub mod action;
pub mod app;
pub mod browse;
pub mod cells;
pub mod ctx;
pub mod decide;
pub mod effect;
pub mod export;
pub mod keep;
pub mod keymap;
pub mod labels;
pub mod lanes;
pub mod layout;
pub mod outcome;
pub mod overlap;
pub mod pair;
pub mod people;
pub mod problems;
pub mod reload;
pub mod search;
pub mod table;
pub mod tasks;
pub mod theme;
pub mod views;
pub mod words;

use std::io::{self, IsTerminal as _};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Duration;

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use crossterm::execute;
use ratatui::Terminal;
use ratatui::backend::Backend;

use self::app::App;
use self::labels::Lang;
use self::outcome::SuggestJob;
use self::theme::Theme;
use crate::loader::{LoadError, LoadOptions};

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

impl TuiError {
    /// What went wrong in `lang`.
    #[must_use]
    pub fn render(&self, lang: Lang) -> String {
        match self {
            TuiError::Load(e) => e.render(lang),
            // A reason of renkei's own (a worker that stopped) is not the
            // terminal's fault.
            TuiError::Terminal(e) if crate::msg::Msg::carried(e).is_some() => {
                crate::msg::Msg::io(e).render(lang)
            }
            TuiError::Terminal(e) => crate::msg::Msg::BrowseTerminal {
                error: Box::new(crate::msg::Msg::io(e)),
            }
            .render(lang),
        }
    }
}

/// How long the loop waits for input before looking at its background
/// work again: the longest a finished reload or a signal waits unseen.
pub const TICK: Duration = Duration::from_millis(20);

/// Runs the browser until the user quits or a SIGTERM, SIGHUP or SIGINT
/// arrives. The terminal is restored on every exit, including a panic.
///
/// # Errors
/// The data directory cannot be read, or the terminal fails.
pub fn run(opts: &Options) -> Result<(), TuiError> {
    install_panic_hook(opts.lang);
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        // A second signal while the first is being handled ends the
        // process at once, should the loop be stuck.
        signal_hook::flag::register_conditional_shutdown(sig, 1, Arc::clone(&stop))?;
        signal_hook::flag::register(sig, Arc::clone(&stop))?;
    }
    let mut terminal = ratatui::try_init()?;
    let done = Arc::new(AtomicBool::new(false));
    watch_for_hangup(Arc::clone(&done));
    let result = execute!(io::stdout(), EnableMouseCapture)
        .map_err(TuiError::from)
        .and_then(|()| session(&mut terminal, opts, &stop));
    done.store(true, Ordering::Relaxed);
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

/// How often the hang-up watch looks at the terminal.
const HANGUP_CHECK: Duration = Duration::from_millis(250);

/// Ends the process when its terminal goes away (a killed tmux session, a
/// dropped ssh link) while the browser runs. A hung-up terminal reads as
/// endless end-of-file, and crossterm's reader then loops inside `poll`
/// without returning, so neither the loop nor the SIGHUP flag it checks
/// would ever be seen: the process would spin until killed. Nothing is
/// left to restore or to tell, so it exits quietly.
fn watch_for_hangup(done: Arc<AtomicBool>) {
    let spawned = std::thread::Builder::new()
        .name("hangup-watch".into())
        .spawn(move || {
            while !done.load(Ordering::Relaxed) {
                std::thread::sleep(HANGUP_CHECK);
                if !done.load(Ordering::Relaxed) && !io::stdout().is_terminal() {
                    std::process::exit(0);
                }
            }
        });
    // Without the watch the browser works as before; only a hang-up is
    // not noticed, so a failed spawn is not worth refusing to start.
    drop(spawned);
}

fn session(
    terminal: &mut ratatui::DefaultTerminal,
    opts: &Options,
    stop: &AtomicBool,
) -> Result<(), TuiError> {
    let Some(fresh) = first_load(terminal, opts, stop)? else {
        return Ok(());
    };
    let mut app = App::with_search(
        fresh.ws,
        fresh.search,
        opts.lang,
        Theme { color: opts.color },
    );
    app.load = opts.load.clone();
    let size = terminal.size()?;
    app.update(action::Action::Resize {
        width: size.width,
        height: size.height,
    });
    // Hidden, for timing start-up (docs/performance.md): quit as soon as
    // the first frame with data is drawn.
    if std::env::var_os("RENKEI_EXIT_AFTER_FIRST_FRAME").is_some() {
        draw(terminal, &app)?;
        return Ok(());
    }
    drive(terminal, &mut app, &mut TerminalInput, stop)?;
    Ok(())
}

/// Where the loop's events come from: the terminal, or a test's script.
pub trait Input {
    /// The next event, waiting at most `timeout`. `app` is what the loop
    /// shows now (a script reads it; the terminal does not).
    ///
    /// # Errors
    /// Reading the terminal failed.
    fn next(&mut self, app: &App, timeout: Duration) -> io::Result<Option<Event>>;
}

/// The real terminal's events.
pub struct TerminalInput;

impl Input for TerminalInput {
    fn next(&mut self, _app: &App, timeout: Duration) -> io::Result<Option<Event>> {
        if event::poll(timeout)? {
            event::read().map(Some)
        } else {
            Ok(None)
        }
    }
}

fn draw<B: Backend>(terminal: &mut Terminal<B>, app: &App) -> io::Result<()>
where
    B::Error: std::fmt::Display,
{
    terminal
        .draw(|f| f.render_widget(&views::Screen(app), f.area()))
        .map(|_| ())
        .map_err(|e| io::Error::other(e.to_string()))
}

/// The event loop: draw, start the suggestion job when one is wanted,
/// take finished background work, then wait at most [`TICK`] for one
/// event and apply it, running the tasks it asks for. Ends when the app
/// quits or `stop` is set (by a signal).
///
/// # Errors
/// The terminal fails.
pub fn drive<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    input: &mut dyn Input,
    stop: &AtomicBool,
) -> io::Result<()>
where
    B::Error: std::fmt::Display,
{
    let mut running: Option<Running> = None;
    let mut dirty = true;
    while !app.quit && !stop.load(Ordering::Relaxed) {
        // While a reload runs its progress bar moves: draw every tick.
        if dirty || app.reloading.is_some() {
            draw(terminal, app)?;
            dirty = false;
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
        if let Some(r) = &running
            && let Some(list) = r.try_take()?
        {
            app.receive_suggestions(r.generation, list);
            dirty = true;
        }
        dirty |= app.poll_reload();
        let Some(ev) = input.next(app, TICK)? else {
            continue;
        };
        let action = match ev {
            Event::Key(k) => keymap::keymap(k, app.mode),
            Event::Mouse(m) => keymap::mouse(m),
            Event::Resize(width, height) => Some(action::Action::Resize { width, height }),
            _ => None,
        };
        if let Some(a) = action {
            for task in app.update(a) {
                tasks::run(app, task);
            }
            dirty = true;
        }
    }
    Ok(())
}

/// The suggestion job on its thread. Dropping it drops the receiver, so a
/// job made stale by a reload finishes unheard.
struct Running {
    generation: u64,
    result: Receiver<crate::identity::Suggestions>,
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

    fn try_take(&self) -> io::Result<Option<crate::identity::Suggestions>> {
        match self.result.try_recv() {
            Ok(list) => Ok(Some(list)),
            Err(TryRecvError::Empty) => Ok(None),
            // The thread panicked; the panic hook has already restored the
            // terminal and asked for a report.
            Err(TryRecvError::Disconnected) => {
                Err(io::Error::other(crate::msg::Msg::SuggestionsStopped))
            }
        }
    }
}

/// Loads on a worker thread while drawing a progress bar and the current
/// stage. `q`, Esc, Ctrl-C or a signal give up (`None`): a folder that
/// never finishes reading cannot hold the terminal.
fn first_load(
    terminal: &mut ratatui::DefaultTerminal,
    opts: &Options,
    stop: &AtomicBool,
) -> Result<Option<reload::Fresh>, TuiError> {
    let r = reload::Reload::start(&opts.dir, &opts.load)?;
    let labels = opts.lang.labels();
    loop {
        if let Some(result) = r.try_take() {
            return result.map(Some).map_err(TuiError::from);
        }
        if stop.load(Ordering::Relaxed) {
            return Ok(None);
        }
        let (done, total, stage) = r.state();
        let text = format!(
            "renkei: {}  {done}/{total}  {}",
            cells::clean(&opts.dir.display().to_string()),
            labels.stage(stage)
        );
        terminal.draw(|f| views::loading(f.area(), f.buffer_mut(), &text, done, total))?;
        if event::poll(TICK)?
            && let Event::Key(k) = event::read()?
            && keymap::keymap(k, action::Mode::Normal)
                .is_some_and(|a| matches!(a, action::Action::Quit | action::Action::Back))
        {
            return Ok(None);
        }
    }
}

/// On a panic: leave raw mode and the alternate screen, switch the mouse
/// back, and say where to report it, before the usual panic message.
fn install_panic_hook(lang: Lang) {
    let previous = std::panic::take_hook();
    let words = crate::msg::Msg::BrowseBug {
        version: env!("CARGO_PKG_VERSION"),
    }
    .render(lang);
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture);
        ratatui::restore();
        eprintln!("{words}");
        previous(info);
    }));
}
