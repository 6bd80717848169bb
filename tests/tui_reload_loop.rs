//! The event loop during a background reload, instrumented: a scripted
//! keyboard presses `r`, then a key every 5 ms, and records how long each
//! key waited for the loop to take it. The reload must not hold keys
//! back: keys are handled while it runs, and the longest wait is printed
//! (docs/performance.md has the 3,000-network figure from
//! `cargo bench --bench reload`).

use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use renkei::loader::LoadOptions;
use renkei::synth::{Spec, generate};
use renkei::tui::app::App;
use renkei::tui::labels::Lang;
use renkei::tui::theme::Theme;
use renkei::tui::{Input, drive};
use renkei::workspace::Workspace;

/// Presses `r`, then `j`/`k` every 5 ms; `q` once the reload is done.
struct Script {
    next_key: Instant,
    presses: usize,
    started: Option<Instant>,
    generation: u64,
    longest: Duration,
    during_reload: usize,
    reload_took: Duration,
}

fn key(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

impl Input for Script {
    fn next(&mut self, app: &App, timeout: Duration) -> std::io::Result<Option<Event>> {
        let now = Instant::now();
        if self.presses == 0 {
            self.presses = 1;
            self.generation = app.generation;
            self.next_key = now + Duration::from_millis(5);
            return Ok(Some(key('r')));
        }
        if self.started.is_none() && app.reloading.is_some() {
            self.started = Some(now);
        }
        if app.generation != self.generation {
            self.reload_took = self.started.map_or(Duration::ZERO, |s| now - s);
            return Ok(Some(key('q')));
        }
        if now < self.next_key {
            std::thread::sleep((self.next_key - now).min(timeout));
            return Ok(None);
        }
        // The key was pressed at `next_key`; the loop asks only now.
        let waited = now - self.next_key;
        if app.reloading.is_some() {
            self.longest = self.longest.max(waited);
            self.during_reload += 1;
        }
        self.presses += 1;
        self.next_key = now + Duration::from_millis(5);
        Ok(Some(key(if self.presses.is_multiple_of(2) {
            'j'
        } else {
            'k'
        })))
    }
}

/// Reloads `networks` generated networks under the scripted keyboard:
/// the longest wait of a key during the reload, the keys handled during
/// it, and how long it took.
///
/// # Panics
/// The generated folder cannot be written or loaded.
#[must_use]
pub fn run(networks: usize) -> (Duration, usize, Duration) {
    let root = tempfile::tempdir().unwrap();
    generate(
        root.path(),
        Spec {
            networks,
            members: 33,
            seed: 7,
        },
    )
    .unwrap();
    let ws = Workspace::load_staged(root.path(), &LoadOptions::default(), &|_| {}).unwrap();
    let mut app = App::new(ws, Lang::Ja, Theme { color: false });
    app.update(renkei::tui::action::Action::Resize {
        width: 120,
        height: 40,
    });
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut script = Script {
        next_key: Instant::now(),
        presses: 0,
        started: None,
        generation: 0,
        longest: Duration::ZERO,
        during_reload: 0,
        reload_took: Duration::ZERO,
    };
    drive(
        &mut terminal,
        &mut app,
        &mut script,
        &AtomicBool::new(false),
    )
    .unwrap();
    assert!(app.quit, "the script quits once the reload is in");
    assert_eq!(app.generation, 1, "the reload finished");
    (script.longest, script.during_reload, script.reload_took)
}

#[test]
fn keys_are_taken_while_a_reload_runs() {
    let (longest, keys, took) = run(300);
    eprintln!(
        "reload of 300 networks: {took:?}; {keys} keys handled meanwhile; longest wait {longest:?}"
    );
    // Structural, not a timing: the loop kept taking keys during the load
    // instead of waiting for it.
    assert!(
        keys >= 2,
        "only {keys} keys handled during a {took:?} reload"
    );
}
