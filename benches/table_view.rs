//! The program table view of a 200-network prefecture: drawing one frame
//! at 120×40 (and 200×60), opening the view (the model built), and moving
//! the cursor across columns.
//!
//! Run with `cargo bench --bench table_view`. The data is generated
//! (`renkei::synth::generate_in`, seed 1, 33 members on average) with all
//! 200 networks in 高知県, loaded as the browser loads it, and the app is
//! moved with `Action`s: 高知県 selected, then `2`. `render` draws into a
//! fresh buffer (the view's own cost); `terminal_draw` draws through
//! ratatui's `Terminal` on a `TestBackend` whose previous frame is blank,
//! so every cell is diffed and sent.

#[path = "common/frame.rs"]
mod frame;

use std::sync::{Mutex, MutexGuard, OnceLock};

use renkei::loader::LoadOptions;
use renkei::model::PREFECTURES;
use renkei::synth::{Spec, generate_in};
use renkei::tui::action::{Action, View};
use renkei::tui::app::App;
use renkei::tui::labels::Lang;
use renkei::tui::theme::Theme;
use renkei::workspace::Workspace;

fn main() {
    divan::main();
}

const NETWORKS: usize = 200;
const SIZES: [(u16, u16); 2] = [(120, 40), (200, 60)];

/// The app on 200 generated 高知県 networks, in the table view.
fn app() -> MutexGuard<'static, App> {
    static APP: OnceLock<Mutex<App>> = OnceLock::new();
    APP.get_or_init(|| {
        let root = tempfile::tempdir().expect("temporary folder");
        let spec = Spec {
            networks: NETWORKS,
            members: 33,
            seed: 1,
        };
        let kochi = PREFECTURES
            .iter()
            .position(|p| *p == "高知県")
            .expect("高知県");
        generate_in(root.path(), spec, kochi).expect("generate");
        let ws =
            Workspace::load_staged(root.path(), &LoadOptions::default(), &|_| {}).expect("load");
        let mut app = App::new(ws, Lang::Ja, Theme { color: true });
        // すべて, then 高知県, then the table.
        for a in [Action::Down, Action::Right, Action::Show(View::Table)] {
            app.update(a);
        }
        assert_eq!(app.table.shown, NETWORKS, "the table shows every network");
        assert!(app.table.columns.len() >= 3, "several program columns");
        Mutex::new(app)
    })
    .lock()
    .expect("app")
}

fn sized(app: &mut App, (width, height): (u16, u16)) {
    app.update(Action::Resize { width, height });
}

#[divan::bench(args = SIZES, sample_count = 100)]
fn render(bencher: divan::Bencher, size: (u16, u16)) {
    let mut app = app();
    sized(&mut app, size);
    frame::render(bencher, &app, size.0, size.1);
}

#[divan::bench(args = SIZES, sample_count = 100)]
fn terminal_draw(bencher: divan::Bencher, size: (u16, u16)) {
    let mut app = app();
    sized(&mut app, size);
    frame::terminal_draw(bencher, &app, size.0, size.1);
}

/// Pressing `2` from the browse view: the program table of 200 networks
/// is built (the view model, not part of a frame).
#[divan::bench(sample_count = 20)]
fn open_table_view(bencher: divan::Bencher) {
    let mut app = app();
    bencher.bench_local(|| {
        app.update(Action::Show(View::Browse));
        app.update(Action::Show(View::Table));
        app.table.columns.len()
    });
}

/// Moving the cursor one column: the same entity found in every column.
#[divan::bench(sample_count = 50)]
fn column_step(bencher: divan::Bencher) {
    let mut app = app();
    let mut right = true;
    bencher.bench_local(|| {
        right = !right;
        app.update(if right { Action::Right } else { Action::Left });
        app.table.col
    });
}
