//! Browser state tests: feed actions to `App::update`, assert the state.

use std::path::Path;

use renkei::loader::LoadOptions;
use renkei::tui::action::{Action, Mode, View};
use renkei::tui::app::{App, Pane};
use renkei::tui::data::Data;
use renkei::tui::labels::Lang;
use renkei::tui::problems::{self, Item};
use renkei::tui::theme::Theme;

fn app() -> App {
    let data = Data::load(Path::new("networks"), &LoadOptions::default()).unwrap();
    let mut app = App::new(data, Lang::Ja, Theme { color: false });
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    app
}

fn feed(app: &mut App, actions: &[Action]) {
    for a in actions {
        app.update(*a);
    }
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Input(c));
    }
}

/// Selects a prefecture by name in the left pane.
fn select_prefecture(app: &mut App, name: &str) {
    app.focus = Pane::Prefectures;
    app.update(Action::Top);
    while app.prefecture().map(renkei::model::Prefecture::name) != Some(name) {
        let before = app.cursor.pref;
        app.update(Action::Down);
        assert_ne!(before, app.cursor.pref, "{name} not found");
    }
}

fn network_name(app: &App) -> String {
    app.data.network(app.network().unwrap()).name.clone()
}

#[test]
fn starts_on_all_prefectures_with_every_network() {
    let app = app();
    assert_eq!(app.view, View::Browse);
    assert_eq!(app.prefecture(), None);
    assert_eq!(app.nets.len(), app.data.ds.networks.len());
}

#[test]
fn choosing_a_prefecture_lists_its_networks_by_program() {
    let mut app = app();
    select_prefecture(&mut app, "広島県");
    let programs: Vec<&str> = app
        .nets
        .iter()
        .map(|&n| app.data.network(n).program.id())
        .collect();
    assert_eq!(programs, ["kofukin", "coi-next", "other"]);
    app.update(Action::Right);
    assert_eq!(app.focus, Pane::Networks);
    assert!(network_name(&app).contains("広島県地方大学"));
}

#[test]
fn jump_follows_a_shared_member_to_its_other_network() {
    let mut app = app();
    select_prefecture(&mut app, "広島県");
    feed(&mut app, &[Action::Right, Action::Right]);
    // The council's first member is 広島大学, also in the バイオDX hub.
    let e = renkei::tui::app::App::member(&app)
        .and_then(|m| app.data.member_entity(app.network().unwrap(), m))
        .unwrap();
    assert_eq!(app.data.resolved.entity(e).name, "広島大学");
    let before = app.network();
    app.update(Action::JumpNext);
    assert_ne!(app.network(), before);
    assert_eq!(app.focus, Pane::Members);
    let m = app.member().unwrap();
    assert_eq!(app.data.member_entity(app.network().unwrap(), m), Some(e));
}

#[test]
fn program_filter_hides_networks_and_status_shows_it() {
    let mut app = app();
    app.update(Action::CycleProgram);
    assert!(
        app.nets
            .iter()
            .all(|&n| app.data.network(n).program.id() == "kofukin")
    );
    assert_eq!(app.nets.len(), 4);
    app.update(Action::ClearFilters);
    assert_eq!(app.nets.len(), app.data.ds.networks.len());
}

#[test]
fn search_finds_kochi_tech_and_enter_jumps_there() {
    let mut app = app();
    app.update(Action::OpenSearch);
    assert_eq!(app.mode, Mode::Search);
    type_text(&mut app, "高知工科");
    let first = &app.search.hits()[0];
    assert_eq!(first.label, "高知工科大学");
    app.update(Action::Activate);
    assert_eq!(app.mode, Mode::Normal);
    let e = app
        .data
        .member_entity(app.network().unwrap(), app.member().unwrap())
        .unwrap();
    assert_eq!(app.data.resolved.entity(e).name, "高知工科大学");
    assert_eq!(
        app.prefecture().map(renkei::model::Prefecture::name),
        Some("高知県")
    );
}

#[test]
fn kana_search_finds_tokushima() {
    let mut app = app();
    app.update(Action::OpenSearch);
    type_text(&mut app, "ﾄｸｼﾏ");
    assert!(app.search.hits().iter().any(|h| h.label.contains("徳島")));
}

#[test]
fn marks_toggle_and_help_opens_and_closes() {
    let mut app = app();
    feed(
        &mut app,
        &[
            Action::Right,
            Action::ToggleMark,
            Action::Down,
            Action::ToggleMark,
        ],
    );
    assert_eq!(app.marks.len(), 2);
    app.update(Action::ToggleMark);
    assert_eq!(app.marks.len(), 1);
    app.update(Action::ToggleHelp);
    assert_eq!(app.mode, Mode::Help);
    app.update(Action::Down);
    assert_eq!(app.mode, Mode::Normal);
}

#[test]
fn export_writes_marked_networks_and_asks_before_overwriting() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("joint.csv");
    let mut app = app();
    select_prefecture(&mut app, "高知県");
    feed(
        &mut app,
        &[
            Action::Right,
            Action::ToggleMark,
            Action::Down,
            Action::ToggleMark,
            Action::Export,
        ],
    );
    assert_eq!(app.mode, Mode::Export);
    let dialog = app.export.as_mut().unwrap();
    dialog.file = file.display().to_string();
    app.update(Action::Activate);
    assert_eq!(app.mode, Mode::Normal, "{:?}", app.status);
    let first = std::fs::read(&file).unwrap();
    assert!(first.starts_with(b"\xEF\xBB\xBF"));
    std::fs::write(&file, "keep me").unwrap();
    app.update(Action::Export);
    app.export.as_mut().unwrap().file = file.display().to_string();
    app.update(Action::Activate);
    assert_eq!(app.mode, Mode::Confirm);
    app.update(Action::No);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep me");
    feed(&mut app, &[Action::Activate, Action::Yes]);
    assert_eq!(std::fs::read(&file).unwrap(), first);
    assert!(app.status.as_ref().unwrap().text.contains("joint.csv"));
}

#[test]
fn clicks_select_rows_and_panes() {
    let mut app = app();
    // Row 3 of the screen is the third line inside the prefecture pane.
    app.update(Action::Click { column: 3, row: 4 });
    assert_eq!(app.focus, Pane::Prefectures);
    assert_eq!(app.cursor.pref, 2);
    app.update(Action::Click { column: 30, row: 2 });
    assert_eq!(app.focus, Pane::Networks);
    assert_eq!(app.cursor.net, 0);
    app.update(Action::ScrollDown { column: 30, row: 5 });
    assert_eq!(app.cursor.net, 1.min(app.nets.len() - 1));
}

#[test]
fn quit_sets_the_flag() {
    let mut app = app();
    app.update(Action::Quit);
    assert!(app.quit);
}

/// The app on `dir` as the browser opens it: suggestions still pending.
fn pending_app(dir: &Path) -> App {
    let data = Data::load_staged(dir, &LoadOptions::default(), &|_| {}).unwrap();
    let mut app = App::new(data, Lang::Ja, Theme { color: false });
    app.update(Action::Show(View::Problems));
    app
}

/// A writable copy of the fixture with two duplicate suggestions (an
/// organisation, then a person), for accepting.
fn suggestions_copy() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let from = Path::new("tests/fixtures/suggestions/kochi");
    let to = tmp.path().join("kochi");
    std::fs::create_dir(&to).unwrap();
    for f in ["platform.yaml", "kofukin.yaml"] {
        std::fs::copy(from.join(f), to.join(f)).unwrap();
    }
    tmp
}

/// Runs the job the app asks for inline, as the loop's thread would.
fn deliver(app: &mut App) {
    let job = app.wants_suggestions().expect("a job");
    assert!(app.receive_suggestions(job.generation, job.run()));
    assert!(app.wants_suggestions().is_none());
}

fn suggestion_pairs(app: &App) -> Vec<(String, String)> {
    app.problems
        .items
        .iter()
        .filter_map(|&i| problems::suggestion(app, Some(i)))
        .map(|s| (s.a.clone(), s.b.clone()))
        .collect()
}

#[test]
fn pending_suggestions_show_a_row_until_they_arrive() {
    let mut app = pending_app(Path::new("tests/fixtures/suggestions"));
    assert!(app.data.suggestions.is_pending());
    assert_eq!(app.problems.items, [Item::Pending]);
    // Nothing to accept or dismiss yet.
    feed(&mut app, &[Action::Accept, Action::Dismiss]);
    assert!(app.status.is_none());
    assert!(app.problems.dismissed.is_empty());
    assert_eq!(app.wants_suggestions().unwrap().generation, 0);
    deliver(&mut app);
    assert_eq!(suggestion_pairs(&app).len(), 2);
    assert_eq!(app.cursor.problems, 0);
    assert!(!app.problems.items.contains(&Item::Pending));
}

#[test]
fn a_result_from_before_a_reload_is_dropped() {
    let mut app = pending_app(Path::new("tests/fixtures/suggestions"));
    let stale = app.wants_suggestions().unwrap();
    app.update(Action::Reload);
    let job = app.wants_suggestions().unwrap();
    assert!(job.generation > stale.generation);
    assert!(!app.receive_suggestions(stale.generation, stale.run()));
    assert!(app.data.suggestions.is_pending());
    assert_eq!(app.problems.items, [Item::Pending]);
    let list = job.run();
    assert!(app.receive_suggestions(job.generation, list.clone()));
    // A second delivery of the same generation changes nothing.
    assert!(!app.receive_suggestions(job.generation, Vec::new()));
    assert_eq!(app.data.suggestions.list(), list);
}

#[test]
fn accept_reloads_and_the_new_suggestions_keep_dismissals() {
    let tmp = suggestions_copy();
    let mut app = pending_app(tmp.path());
    deliver(&mut app);
    let pairs = suggestion_pairs(&app);
    assert!(pairs[0].0.contains("高知工科大学"), "{pairs:?}");
    // Dismiss the person, accept the organisation.
    feed(&mut app, &[Action::Down, Action::Dismiss, Action::Accept]);
    let status = app.status.clone().unwrap();
    assert!(!status.error, "{status:?}");
    assert!(app.data.suggestions.is_pending());
    assert_eq!(app.data.generation, 1);
    assert_eq!(app.problems.items, [Item::Pending]);
    deliver(&mut app);
    assert!(app.problems.dismissed.contains(&pairs[1]));
    assert_eq!(suggestion_pairs(&app), []);
    assert!(app.problems.items.is_empty());
}

#[test]
fn after_accepting_the_cursor_lands_on_the_next_suggestion() {
    let tmp = suggestions_copy();
    // A third suggestion, so the accepted one has one after it.
    std::fs::write(
        tmp.path().join("kochi/other.yaml"),
        "name: 第三のネットワーク\nprogram: other\nprefecture: 高知県\nmembers:\n  \
         - person: 田中 花子\n    org: 高知大学\n  - person: 田中花子\n    org: 高知工科大学\n",
    )
    .unwrap();
    let mut app = pending_app(tmp.path());
    deliver(&mut app);
    let pairs = suggestion_pairs(&app);
    assert_eq!(pairs.len(), 3, "{pairs:?}");
    feed(&mut app, &[Action::Down, Action::Accept]);
    deliver(&mut app);
    assert_eq!(suggestion_pairs(&app), [pairs[0].clone(), pairs[2].clone()]);
    assert_eq!(app.cursor.problems, 1);
    let registry = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_file())
        .unwrap();
    assert!(
        std::fs::read_to_string(registry)
            .unwrap()
            .contains(&pairs[1].1)
    );
}
