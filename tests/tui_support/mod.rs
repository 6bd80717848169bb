//! Shared by the browser tests: an app on a fixture, actions to reach a
//! prefecture, and the screen as text.

#![allow(dead_code)]

use std::path::Path;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use renkei::loader::LoadOptions;
use renkei::tui::action::Action;
use renkei::tui::app::App;
use renkei::tui::labels::Lang;
use renkei::tui::tasks;
use renkei::tui::theme::Theme;
use renkei::tui::views::Screen;
use renkei::workspace::Workspace;

/// 29 real networks with long Japanese names.
pub const RICH: &str = "tests/fixtures/tui/rich";

/// The app on `dir` at `width`×`height`, suggestions still pending.
pub fn pending(dir: &Path, lang: Lang, width: u16, height: u16) -> App {
    let ws = Workspace::load_staged(dir, &LoadOptions::default(), &|_| {}).unwrap();
    let mut app = App::new(ws, lang, Theme { color: false });
    app.update(Action::Resize { width, height });
    app
}

/// The app on `dir` with its suggestions in.
pub fn app(dir: &Path, lang: Lang, width: u16, height: u16) -> App {
    let mut app = pending(dir, lang, width, height);
    deliver(&mut app);
    app
}

/// Computes the pending suggestions inline, as the event loop would on
/// its thread, and hands them to the app.
pub fn deliver(app: &mut App) {
    if let Some(job) = app.wants_suggestions() {
        assert!(app.receive_suggestions(job.generation, job.run()));
    }
}

/// Feeds actions, running the tasks they ask for to the end (a reload
/// included), as the event loop would.
pub fn feed(app: &mut App, actions: &[Action]) {
    for a in actions {
        let t = app.update(*a);
        tasks::run_blocking(app, t);
    }
}

/// From the first prefecture row down to `name`, then into its networks.
pub fn to_pref(app: &App, name: &str) -> Vec<Action> {
    let i = app
        .browse
        .prefs
        .iter()
        .position(|p| p.is_some_and(|p| p.name() == name))
        .unwrap_or_else(|| panic!("{name} not in the fixture"));
    let mut v = vec![Action::Top];
    v.extend(std::iter::repeat_n(Action::Down, i));
    v.push(Action::Right);
    v
}

/// The screen as text, a wide character's covered cell skipped.
pub fn render(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| f.render_widget(&Screen(app), f.area())).unwrap();
    let buf = t.backend().buffer();
    let mut text = String::new();
    for y in 0..buf.area.height {
        let mut covered = 0;
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            if covered == 0 {
                text.push_str(cell.symbol());
                covered = renkei::tui::cells::width(cell.symbol()).saturating_sub(1);
            } else {
                covered -= 1;
            }
        }
        text.push('\n');
    }
    text
}

/// The status line's text, empty when there is none.
pub fn status(app: &App) -> String {
    app.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

/// A writable copy of a fixture folder.
pub fn copy(from: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_into(Path::new(from), tmp.path());
    tmp
}

fn copy_into(from: &Path, to: &Path) {
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            std::fs::create_dir(&target).unwrap();
            copy_into(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}
