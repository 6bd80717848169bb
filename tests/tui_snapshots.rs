//! Screens of the browser rendered with ratatui's TestBackend, compared
//! with insta snapshots at 80×24, 120×40 and 20×5, on the bundled
//! Japanese data.

use std::path::Path;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use renkei::loader::LoadOptions;
use renkei::tui::action::{Action, View};
use renkei::tui::app::App;
use renkei::tui::data::Data;
use renkei::tui::labels::Lang;
use renkei::tui::theme::Theme;
use renkei::tui::views::Screen;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (20, 5)];

fn app(lang: Lang, width: u16, height: u16) -> App {
    let data = Data::load(Path::new("networks"), &LoadOptions::default()).unwrap();
    let mut app = App::new(data, lang, Theme { color: false });
    app.update(Action::Resize { width, height });
    app
}

fn render(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| f.render_widget(&Screen(app), f.area())).unwrap();
    let buf = t.backend().buffer();
    let mut text = String::new();
    for y in 0..buf.area.height {
        // The cell after a wide character is covered by it: skip it.
        let mut covered = 0;
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            if covered == 0 {
                text.push_str(cell.symbol());
                covered = renkei::text::width(cell.symbol()).saturating_sub(1);
            } else {
                covered -= 1;
            }
        }
        text.push('\n');
    }
    assert!(
        !text.contains('\u{FFFD}'),
        "replacement character on screen:\n{text}"
    );
    text
}

/// Renders the screen after `actions` at every size and snapshots each.
fn snap(name: &str, lang: Lang, actions: &[Action]) {
    for (w, h) in SIZES {
        let mut app = app(lang, w, h);
        for a in actions {
            app.update(*a);
        }
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), render(&app));
    }
}

/// Down to 高知県 (JIS order of the bundled prefectures), into its networks.
fn to_kochi() -> Vec<Action> {
    let mut v = vec![Action::Down; 14];
    v.push(Action::Right);
    v
}

#[test]
fn browse_start() {
    snap("browse_start", Lang::Ja, &[]);
}

#[test]
fn browse_kochi_members_with_detail() {
    let mut actions = to_kochi();
    actions.extend([Action::Right, Action::Down]);
    snap("browse_kochi_member", Lang::Ja, &actions);
}

#[test]
fn browse_in_english() {
    let mut actions = to_kochi();
    actions.push(Action::Right);
    snap("browse_en", Lang::En, &actions);
}

#[test]
fn search_overlay() {
    let mut actions = vec![Action::OpenSearch];
    actions.extend("高知".chars().map(Action::Input));
    snap("search", Lang::Ja, &actions);
}

#[test]
fn help_overlay() {
    snap("help", Lang::Ja, &[Action::ToggleHelp]);
}

#[test]
fn problems_view() {
    snap("problems", Lang::Ja, &[Action::Show(View::Problems)]);
}

/// Renders the screen as the browser first shows it, suggestions still
/// being computed, after `actions`, at every size.
fn snap_pending(name: &str, lang: Lang, actions: &[Action]) {
    for (w, h) in SIZES {
        let data = Data::load_staged(
            Path::new("tests/fixtures/suggestions"),
            &LoadOptions::default(),
            &|_| {},
        )
        .unwrap();
        let mut app = App::new(data, lang, Theme { color: false });
        app.update(Action::Resize {
            width: w,
            height: h,
        });
        for a in actions {
            app.update(*a);
        }
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), render(&app));
    }
}

#[test]
fn problems_while_suggestions_are_pending() {
    snap_pending(
        "problems_pending",
        Lang::Ja,
        &[Action::Show(View::Problems)],
    );
}

#[test]
fn browse_in_english_while_suggestions_are_pending() {
    snap_pending("browse_pending_en", Lang::En, &[]);
}

/// The suggestions fixture once its suggestions are in.
#[test]
fn problems_with_suggestions() {
    for (w, h) in SIZES {
        let data = Data::load(
            Path::new("tests/fixtures/suggestions"),
            &LoadOptions::default(),
        )
        .unwrap();
        let mut app = App::new(data, Lang::Ja, Theme { color: false });
        app.update(Action::Resize {
            width: w,
            height: h,
        });
        app.update(Action::Show(View::Problems));
        insta::assert_snapshot!(format!("problems_suggestions_{w}x{h}"), render(&app));
    }
}

#[test]
fn export_dialog() {
    let mut actions = to_kochi();
    actions.extend([Action::ToggleMark, Action::Export]);
    snap("export", Lang::Ja, &actions);
}

/// To 広島県, whose council and hub share three bodies.
fn to_hiroshima() -> Vec<Action> {
    let mut v = vec![Action::Down; 12];
    v.push(Action::Right);
    v
}

#[test]
fn overlap_matrix_of_hiroshima() {
    let mut actions = to_hiroshima();
    actions.push(Action::Show(View::Overlap));
    snap("overlap", Lang::Ja, &actions);
}

#[test]
fn keypersons_of_hiroshima() {
    let mut actions = to_hiroshima();
    actions.push(Action::Show(View::Keypersons));
    snap("keypersons", Lang::Ja, &actions);
}

#[test]
fn graph_of_the_hiroshima_council() {
    let mut actions = to_hiroshima();
    actions.extend([Action::Down, Action::Show(View::Graph)]);
    snap("graph", Lang::Ja, &actions);
}

#[test]
fn every_view_survives_tiny_and_odd_sizes() {
    let views = [
        View::Browse,
        View::Overlap,
        View::Keypersons,
        View::Graph,
        View::Problems,
    ];
    let mut app = app(Lang::Ja, 80, 24);
    for a in to_hiroshima() {
        app.update(a);
    }
    for (w, h) in [
        (1, 1),
        (2, 3),
        (10, 2),
        (19, 4),
        (20, 5),
        (33, 7),
        (64, 10),
        (109, 30),
        (200, 60),
    ] {
        app.update(Action::Resize {
            width: w,
            height: h,
        });
        for view in views {
            app.update(Action::Show(view));
            render(&app);
            app.update(Action::ToggleHelp);
            render(&app);
            app.update(Action::ToggleHelp);
            app.update(Action::OpenSearch);
            app.update(Action::Input('広'));
            render(&app);
            app.update(Action::Back);
        }
    }
}
