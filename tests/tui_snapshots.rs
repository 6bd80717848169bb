//! Screens of the browser rendered with ratatui's TestBackend, compared
//! with insta snapshots at 80×24, 120×40 and 200×60, on the rich fixture
//! (29 real networks with long Japanese names).

mod tui_support;

use std::path::Path;

use renkei::tui::action::{Action, View};
use renkei::tui::labels::Lang;
use tui_support::{RICH, app, feed, pending, render, to_pref};

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];

/// Renders the screen after `to` (a prefecture, or none) and `actions` at
/// every size and snapshots each.
fn snap(name: &str, lang: Lang, to: Option<&str>, actions: &[Action]) {
    for (w, h) in SIZES {
        let mut app = app(Path::new(RICH), lang, w, h);
        if let Some(p) = to {
            let go = to_pref(&app, p);
            feed(&mut app, &go);
        }
        feed(&mut app, actions);
        let screen = render(&app);
        assert!(
            !screen.contains('\u{FFFD}'),
            "replacement character:\n{screen}"
        );
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen);
    }
}

#[test]
fn browse_start() {
    snap("browse_start", Lang::Ja, None, &[]);
}

#[test]
fn browse_kochi_member_with_detail() {
    snap(
        "browse_kochi_member",
        Lang::Ja,
        Some("高知県"),
        &[Action::Down, Action::Right, Action::Down],
    );
}

#[test]
fn browse_in_english() {
    snap("browse_en", Lang::En, Some("徳島県"), &[Action::Right]);
}

#[test]
fn search_overlay() {
    let mut actions = vec![Action::OpenSearch];
    actions.extend("高知".chars().map(Action::Input));
    snap("search", Lang::Ja, None, &actions);
}

#[test]
fn help_overlay_in_both_languages() {
    snap("help", Lang::Ja, None, &[Action::ToggleHelp]);
    snap("help_en", Lang::En, None, &[Action::ToggleHelp]);
}

#[test]
fn problems_view() {
    snap("problems", Lang::Ja, None, &[Action::Show(View::Problems)]);
}

#[test]
fn problems_while_suggestions_are_pending() {
    for (w, h) in SIZES {
        let mut app = pending(Path::new(RICH), Lang::Ja, w, h);
        feed(&mut app, &[Action::Show(View::Problems)]);
        insta::assert_snapshot!(format!("problems_pending_{w}x{h}"), render(&app));
    }
}

#[test]
fn problems_on_a_suggestion() {
    snap(
        "problems_suggestion",
        Lang::Ja,
        None,
        &[Action::Show(View::Problems), Action::Bottom],
    );
}

#[test]
fn export_dialog() {
    snap(
        "export",
        Lang::Ja,
        Some("高知県"),
        &[Action::ToggleMark, Action::Export],
    );
}

#[test]
fn overlap_matrix_of_kochi() {
    snap(
        "overlap",
        Lang::Ja,
        Some("高知県"),
        &[Action::Show(View::Overlap)],
    );
}

#[test]
fn program_table_of_kochi() {
    snap(
        "table",
        Lang::Ja,
        Some("高知県"),
        &[Action::Show(View::Table)],
    );
}

#[test]
fn program_table_on_a_shared_member_in_english() {
    // 高知大学 sits in several 高知県 networks: lit in each column.
    snap(
        "table_en_shared",
        Lang::En,
        Some("高知県"),
        &[Action::Show(View::Table), Action::Right, Action::Down],
    );
}

#[test]
fn program_table_of_marked_networks() {
    snap(
        "table_marked",
        Lang::Ja,
        Some("広島県"),
        &[
            Action::ToggleMark,
            Action::Down,
            Action::ToggleMark,
            Action::Show(View::Table),
        ],
    );
}

#[test]
fn keypersons_of_tokushima() {
    snap(
        "keypersons",
        Lang::Ja,
        Some("徳島県"),
        &[Action::Show(View::Keypersons)],
    );
}

#[test]
fn keypersons_of_kochi_with_roles() {
    snap(
        "keypersons_kochi",
        Lang::Ja,
        Some("高知県"),
        &[Action::Show(View::Keypersons)],
    );
}

#[test]
fn keypersons_only_links_of_tokushima() {
    snap(
        "keypersons_links",
        Lang::Ja,
        Some("徳島県"),
        &[Action::Show(View::Keypersons), Action::NextPane],
    );
}

#[test]
fn keypersons_in_english() {
    snap(
        "keypersons_en",
        Lang::En,
        Some("高知県"),
        &[Action::Show(View::Keypersons)],
    );
}

#[test]
fn overlap_of_hiroshima_on_a_sole_pair() {
    snap(
        "overlap_sole",
        Lang::Ja,
        Some("広島県"),
        &[Action::Show(View::Overlap), Action::NextSolePair],
    );
}

#[test]
fn graph_of_a_kochi_network() {
    snap(
        "graph",
        Lang::Ja,
        Some("高知県"),
        &[Action::Down, Action::Show(View::Graph)],
    );
}
