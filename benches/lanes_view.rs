//! The graph view's lane drawing for one crowded prefecture: 200
//! generated networks, all in 高知県, drawn at 120×40.
//!
//! Run with `cargo bench --bench lanes_view`. The app is built as the
//! browser builds it (`Workspace::load_staged`, then `App::new`), moved to
//! 高知県 and into the graph view with `Action`s, so the drawing is the
//! one a user sees; the cursor then sits on a lane header further right
//! (the window of lanes scrolled, its rows lit) for `render_on_a_lane`.
//! `render` draws into a fresh buffer (the view's own cost);
//! `terminal_draw` goes through ratatui's `Terminal` on a `TestBackend`
//! whose previous frame is blank, so every cell is diffed and sent.
//! `open_graph_view` is pressing `4`: the layout is built (lanes ordered
//! to cut crossings) — once per scope, never per frame.

#[path = "common/frame.rs"]
mod frame;

use std::sync::{Mutex, MutexGuard, OnceLock};

use renkei::loader::LoadOptions;
use renkei::synth::{Spec, generate_in};
use renkei::tui::action::{Action, View};
use renkei::tui::app::App;
use renkei::tui::labels::Lang;
use renkei::tui::theme::Theme;
use renkei::workspace::Workspace;

fn main() {
    divan::main();
}

const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;
const NETWORKS: usize = 200;
/// 高知県 in `PREFECTURES`.
const KOCHI: usize = 38;

/// The app on 200 generated networks of one prefecture, in the graph
/// view at 120×40.
fn app() -> MutexGuard<'static, App> {
    static APP: OnceLock<Mutex<App>> = OnceLock::new();
    APP.get_or_init(|| {
        let root = tempfile::tempdir().expect("temporary folder");
        let spec = Spec {
            networks: NETWORKS,
            members: 10,
            seed: 7,
        };
        generate_in(root.path(), spec, KOCHI).expect("generate");
        let ws =
            Workspace::load_staged(root.path(), &LoadOptions::default(), &|_| {}).expect("load");
        let mut app = App::new(ws, Lang::Ja, Theme { color: true });
        app.update(Action::Resize {
            width: WIDTH,
            height: HEIGHT,
        });
        // すべて, then 高知県 (the only other row), then the graph.
        for a in [Action::Down, Action::Show(View::Graph)] {
            app.update(a);
        }
        let layout = &app.lanes.layout;
        assert_eq!(layout.lanes.len(), NETWORKS, "every network is a lane");
        assert!(layout.rows.len() > 50, "{} shared rows", layout.rows.len());
        Mutex::new(app)
    })
    .lock()
    .expect("app")
}

/// On the first row, or on the header of lane 120 (the lanes scrolled).
fn place(app: &mut App, on_lane: bool) {
    app.update(Action::Top);
    for _ in 0..NETWORKS {
        app.update(Action::Left);
    }
    if on_lane {
        app.update(Action::Up);
        for _ in 0..120 {
            app.update(Action::Right);
        }
    }
}

#[divan::bench(args = [false, true], sample_count = 100)]
fn render(bencher: divan::Bencher, on_lane: bool) {
    let mut app = app();
    place(&mut app, on_lane);
    frame::render(bencher, &app, WIDTH, HEIGHT);
}

#[divan::bench(args = [false, true], sample_count = 100)]
fn terminal_draw(bencher: divan::Bencher, on_lane: bool) {
    let mut app = app();
    place(&mut app, on_lane);
    frame::terminal_draw(bencher, &app, WIDTH, HEIGHT);
}

/// Pressing `5` from the browse view: the lane layout of 200 networks is
/// built and ordered.
#[divan::bench(sample_count = 10)]
fn open_graph_view(bencher: divan::Bencher) {
    let mut app = app();
    bencher.bench_local(|| {
        app.update(Action::Show(View::Browse));
        app.update(Action::Show(View::Graph));
        app.lanes.layout.rows.len()
    });
}
