//! Browser frames: drawing one 120×40 screen of a generated directory of
//! 2,000 networks (the browse view and the overlap matrix), and opening
//! the overlap view.
//!
//! Run with `cargo bench --bench render`. The app is built once, as the
//! browser builds it (`Workspace::load_staged`, then `App::new`), and moved with
//! `Action`s: the browse view shows every prefecture (すべて, 2,000
//! networks) with a member and its detail selected; the overlap view shows
//! the 交付金 networks of all prefectures (program filter `p` once, 220
//! networks, under the matrix's 400-network cap), as does the keypersons
//! view. `render` draws into a fresh buffer (the views' own cost);
//! `terminal_draw` draws through ratatui's `Terminal` on a `TestBackend`
//! whose previous frame is blank, so every cell is diffed and sent.

#[path = "common/frame.rs"]
mod frame;

use std::sync::{Mutex, MutexGuard, OnceLock};

use renkei::loader::LoadOptions;
use renkei::synth::{Spec, generate};
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

/// The app on 2,000 generated networks, at 120×40, in the browse view.
fn app() -> MutexGuard<'static, App> {
    static APP: OnceLock<Mutex<App>> = OnceLock::new();
    APP.get_or_init(|| {
        let root = tempfile::tempdir().expect("temporary folder");
        let spec = Spec {
            networks: 2_000,
            members: 33,
            seed: 1,
        };
        generate(root.path(), spec).expect("generate");
        let ws =
            Workspace::load_staged(root.path(), &LoadOptions::default(), &|_| {}).expect("load");
        let mut app = App::new(ws, Lang::Ja, Theme { color: true });
        app.update(Action::Resize {
            width: WIDTH,
            height: HEIGHT,
        });
        Mutex::new(app)
    })
    .lock()
    .expect("app")
}

/// Puts the app in `view`: browse with a member selected, or the 交付金
/// networks of every prefecture for the other views.
fn show(app: &mut App, view: View) {
    app.update(Action::ClearFilters);
    app.update(Action::Show(View::Browse));
    // Back to the prefecture pane, on すべて.
    for _ in 0..3 {
        app.update(Action::Left);
    }
    app.update(Action::Top);
    if view == View::Browse {
        for a in [Action::Right, Action::Right, Action::Down, Action::Down] {
            app.update(a);
        }
    } else {
        app.update(Action::CycleProgram);
        app.update(Action::Show(view));
        if view == View::Overlap {
            assert!(
                app.overlap.too_many.is_none() && app.overlap.networks.len() > 100,
                "the matrix should show the 交付金 networks"
            );
        }
    }
}

const VIEWS: [View; 3] = [View::Browse, View::Overlap, View::Keypersons];

#[divan::bench(args = VIEWS, sample_count = 100)]
fn render(bencher: divan::Bencher, view: View) {
    let mut app = app();
    show(&mut app, view);
    frame::render(bencher, &app, WIDTH, HEIGHT);
}

#[divan::bench(args = VIEWS, sample_count = 100)]
fn terminal_draw(bencher: divan::Bencher, view: View) {
    let mut app = app();
    show(&mut app, view);
    frame::terminal_draw(bencher, &app, WIDTH, HEIGHT);
}

/// Pressing `3` in the browse view with the 交付金 filter on: the matrix of
/// 220 networks and the first pair's detail are computed.
#[divan::bench(sample_count = 20)]
fn open_overlap_view(bencher: divan::Bencher) {
    let mut app = app();
    show(&mut app, View::Overlap);
    bencher.bench_local(|| {
        app.update(Action::Show(View::Browse));
        app.update(Action::Show(View::Overlap));
        app.overlap.networks.len()
    });
}

/// Moving the matrix cursor one cell: the new pair's detail.
#[divan::bench(sample_count = 50)]
fn matrix_step(bencher: divan::Bencher) {
    let mut app = app();
    show(&mut app, View::Overlap);
    let mut right = true;
    bencher.bench_local(|| {
        right = !right;
        app.update(if right { Action::Right } else { Action::Left });
        app.overlap.pair.as_ref().map_or(0, |p| p.shared.len())
    });
}
