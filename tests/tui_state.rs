//! The browser's behaviour without a terminal: Actions fed to
//! `App::update` on fixture datasets, the I/O tasks they ask for run as
//! the event loop runs them.

mod tui_support;

use std::path::Path;

use renkei::tui::action::{Action, Mode, View};
use renkei::tui::app::App;
use renkei::tui::labels::Lang;
use renkei::tui::layout::Pane;
use renkei::tui::problems::{Item, suggestion};
use tui_support::{RICH, app, copy, deliver, feed, pending, render, status, to_pref};

fn rich() -> App {
    app(Path::new(RICH), Lang::Ja, 120, 40)
}

fn go(app: &mut App, pref: &str) {
    let actions = to_pref(app, pref);
    feed(app, &actions);
}

fn network_name(app: &App) -> String {
    app.ws.network(app.browse.network().unwrap()).name.clone()
}

#[test]
fn starts_on_all_prefectures_with_every_network() {
    let app = rich();
    assert_eq!(app.browse.prefecture(), None);
    assert_eq!(app.browse.nets.len(), app.ws.ds.networks.len());
    assert_eq!(app.browse.focus, Pane::Prefectures);
}

#[test]
fn choosing_a_prefecture_lists_its_networks_and_the_status_line_names_it() {
    let mut app = rich();
    go(&mut app, "高知県");
    assert_eq!(app.browse.focus, Pane::Networks);
    assert!(app.browse.nets.len() >= 3);
    for &n in &app.browse.nets {
        assert_eq!(app.ws.network(n).prefecture.name(), "高知県");
    }
    let screen = render(&app);
    let last = screen.lines().last().unwrap();
    assert!(last.contains("高知県"), "{last}");
}

#[test]
fn jump_follows_a_shared_member_to_its_other_network() {
    let mut app = rich();
    go(&mut app, "高知県");
    feed(&mut app, &[Action::Right]);
    // Find a member that sits in another network too.
    let n = app.browse.network().unwrap();
    let row = app
        .browse
        .members
        .iter()
        .position(|&m| app.ws.others(n, m) > 0)
        .expect("a shared member in 高知県");
    for _ in 0..row {
        feed(&mut app, &[Action::Down]);
    }
    let before = network_name(&app);
    let entity = app.ws.member_entity(n, app.browse.member().unwrap());
    feed(&mut app, &[Action::JumpNext]);
    assert_ne!(network_name(&app), before);
    let now = app
        .ws
        .member_entity(app.browse.network().unwrap(), app.browse.member().unwrap());
    assert_eq!(now, entity);
}

#[test]
fn program_filter_hides_networks_and_clearing_brings_them_back() {
    let mut app = rich();
    let all = app.browse.nets.len();
    feed(&mut app, &[Action::CycleProgram]);
    assert!(app.browse.nets.len() < all);
    assert!(
        app.browse
            .nets
            .iter()
            .all(|&n| Some(app.ws.network(n).program) == app.filters.program)
    );
    feed(&mut app, &[Action::ClearFilters]);
    assert_eq!(app.browse.nets.len(), all);
}

#[test]
fn search_finds_kochi_tech_and_enter_jumps_there() {
    let mut app = rich();
    feed(&mut app, &[Action::OpenSearch]);
    assert_eq!(app.mode, Mode::Search);
    feed(
        &mut app,
        &"高知工科".chars().map(Action::Input).collect::<Vec<_>>(),
    );
    assert!(app.search.hits()[0].label.contains("高知工科大学"));
    feed(&mut app, &[Action::Activate]);
    assert_eq!(app.mode, Mode::Normal);
    let e = app
        .ws
        .member_entity(app.browse.network().unwrap(), app.browse.member().unwrap())
        .unwrap();
    assert!(app.ws.resolved.entity(e).name.contains("高知工科大学"));
    assert_eq!(
        app.browse.prefecture().map(renkei::model::Prefecture::name),
        Some("高知県")
    );
}

#[test]
fn marks_show_once_in_the_status_line_and_help_opens_and_closes() {
    let mut app = rich();
    go(&mut app, "高知県");
    feed(
        &mut app,
        &[Action::ToggleMark, Action::Down, Action::ToggleMark],
    );
    assert_eq!(app.browse.marks.len(), 2);
    let screen = render(&app);
    let last = screen.lines().last().unwrap();
    assert_eq!(last.matches("選択: 2").count(), 1, "{last}");
    feed(&mut app, &[Action::ToggleHelp]);
    assert_eq!(app.mode, Mode::Help);
    feed(&mut app, &[Action::Down]);
    assert_eq!(app.mode, Mode::Normal);
}

#[test]
fn export_writes_marked_networks_and_asks_before_overwriting() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("joint.csv");
    let mut app = rich();
    go(&mut app, "高知県");
    feed(
        &mut app,
        &[
            Action::ToggleMark,
            Action::Down,
            Action::ToggleMark,
            Action::Export,
        ],
    );
    assert_eq!(app.mode, Mode::Export);
    app.export.as_mut().unwrap().file = file.display().to_string();
    feed(&mut app, &[Action::Activate]);
    assert_eq!(app.mode, Mode::Normal, "{:?}", app.status);
    let first = std::fs::read(&file).unwrap();
    assert!(first.starts_with(b"\xEF\xBB\xBF"));
    std::fs::write(&file, "keep me").unwrap();
    feed(&mut app, &[Action::Export]);
    app.export.as_mut().unwrap().file = file.display().to_string();
    feed(&mut app, &[Action::Activate]);
    assert_eq!(app.mode, Mode::Confirm);
    feed(&mut app, &[Action::No]);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep me");
    feed(&mut app, &[Action::Activate, Action::Yes]);
    assert_eq!(std::fs::read(&file).unwrap(), first);
    assert!(status(&app).contains("joint.csv"));
}

#[test]
fn clicks_select_rows_and_panes() {
    let mut app = rich();
    // Screen row 4 is the third line inside the prefecture pane.
    feed(&mut app, &[Action::Click { column: 3, row: 4 }]);
    assert_eq!(app.browse.focus, Pane::Prefectures);
    assert_eq!(app.browse.cursor.pref, 2);
    feed(&mut app, &[Action::Click { column: 30, row: 2 }]);
    assert_eq!(app.browse.focus, Pane::Networks);
    assert_eq!(app.browse.cursor.net, 0);
}

#[test]
fn the_matrix_cursor_resets_when_the_prefecture_changes() {
    let mut app = rich();
    go(&mut app, "高知県");
    feed(
        &mut app,
        &[
            Action::Show(View::Overlap),
            Action::Down,
            Action::Right,
            Action::Right,
        ],
    );
    assert!(app.overlap.row > 0 || app.overlap.col > 1);
    let screen = render(&app);
    assert!(
        screen.lines().nth(1).unwrap().contains("高知県"),
        "{screen}"
    );
    feed(&mut app, &[Action::Show(View::Browse), Action::Left]);
    go(&mut app, "徳島県");
    feed(&mut app, &[Action::Show(View::Overlap)]);
    assert_eq!((app.overlap.row, app.overlap.col), (0, 1));
    let pair = app.overlap.pair.as_ref().map(|p| (p.a, p.b));
    if let Some((a, b)) = pair {
        assert_eq!(app.ws.network(a).prefecture.name(), "徳島県");
        assert_eq!(app.ws.network(b).prefecture.name(), "徳島県");
    }
}

#[test]
fn a_reload_keeps_view_filters_marks_and_cursor_and_says_so() {
    let tmp = copy(RICH);
    let mut app = app(tmp.path(), Lang::Ja, 120, 40);
    go(&mut app, "高知県");
    feed(
        &mut app,
        &[
            Action::Down,
            Action::ToggleMark,
            Action::Right,
            Action::Down,
        ],
    );
    let (net, member, marks) = (
        network_name(&app),
        app.browse.member(),
        app.browse.marks.len(),
    );
    feed(&mut app, &[Action::CycleSector, Action::CycleSector]);
    let filters = app.filters;
    feed(&mut app, &[Action::ClearFilters, Action::Reload]);
    assert!(app.reloading.is_none());
    assert_eq!(network_name(&app), net);
    assert_eq!(app.browse.member(), member);
    assert_eq!(app.browse.marks.len(), marks);
    assert_eq!(app.browse.focus, Pane::Members);
    assert!(
        status(&app).contains("再読み込みしました"),
        "{}",
        status(&app)
    );
    assert!(!app.status.as_ref().unwrap().error);
    assert_ne!(filters, app.filters);
}

#[test]
fn a_file_broken_before_a_reload_is_shown_as_failed_where_it_was() {
    let tmp = copy(RICH);
    let mut app = app(tmp.path(), Lang::Ja, 120, 40);
    go(&mut app, "高知県");
    let before = app.browse.nets.len();
    let n = app.browse.nets[0];
    let file = app.ws.ds.files[app.ws.network(n).file.0 as usize]
        .path
        .clone();
    std::fs::write(&file, "name: [unclosed\n").unwrap();
    let problems_before = app.problems.count(&app.suggestions).0;
    feed(&mut app, &[Action::Reload]);
    assert!(app.status.as_ref().unwrap().error);
    let rel = file.file_name().unwrap().to_string_lossy().into_owned();
    assert!(status(&app).contains(&rel), "{}", status(&app));
    assert_eq!(app.browse.nets.len(), before - 1);
    assert_eq!(app.browse.failed.len(), 1);
    assert_eq!(app.browse.network_rows(), before);
    assert!(app.problems.count(&app.suggestions).0 > problems_before.min(1));
    let screen = render(&app);
    assert!(screen.contains(&rel) || screen.contains('!'), "{screen}");
}

#[test]
fn a_reload_in_progress_leaves_the_data_usable_and_esc_cancels_it() {
    let mut app = rich();
    let tasks = app.update(Action::Reload);
    assert_eq!(tasks.len(), 1);
    for t in tasks {
        renkei::tui::tasks::run(&mut app, t);
    }
    assert!(app.reloading.is_some());
    // A second `r` while one runs starts nothing.
    assert!(app.update(Action::Reload).is_empty());
    feed(&mut app, &[Action::Down]);
    assert_eq!(app.browse.cursor.pref, 1);
    feed(&mut app, &[Action::Back]);
    assert!(app.reloading.is_none());
    assert!(status(&app).contains("中止"));
}

fn suggestion_pairs(app: &App) -> Vec<(String, String)> {
    app.problems
        .items
        .iter()
        .filter_map(|&i| suggestion(&app.suggestions, Some(i)))
        .map(|s| (s.a.clone(), s.b.clone()))
        .collect()
}

#[test]
fn pending_suggestions_show_a_row_until_they_arrive() {
    let mut app = pending(Path::new("tests/fixtures/suggestions"), Lang::Ja, 120, 40);
    feed(&mut app, &[Action::Show(View::Problems)]);
    assert_eq!(app.problems.items, [Item::Pending]);
    // Nothing to settle yet: no task.
    assert!(app.update(Action::Accept).is_empty());
    assert!(app.update(Action::Dismiss).is_empty());
    deliver(&mut app);
    assert_eq!(suggestion_pairs(&app).len(), 2);
    assert!(!app.problems.items.contains(&Item::Pending));
}

#[test]
fn a_result_from_before_a_reload_is_dropped() {
    let mut app = pending(Path::new("tests/fixtures/suggestions"), Lang::Ja, 120, 40);
    let stale = app.wants_suggestions().unwrap();
    feed(&mut app, &[Action::Reload]);
    let job = app.wants_suggestions().unwrap();
    assert!(job.generation > stale.generation);
    assert!(!app.receive_suggestions(stale.generation, stale.run()));
    assert!(app.suggestions.is_pending());
    let found = job.run();
    let list = found.list.clone();
    assert!(app.receive_suggestions(job.generation, found));
    assert!(!app.receive_suggestions(job.generation, renkei::identity::Suggestions::default()));
    assert_eq!(app.suggestions.list(), list);
}

#[test]
fn same_is_written_to_the_registry_survives_a_restart_and_undo_restores_it() {
    let tmp = copy("tests/fixtures/suggestions");
    let mut app = app(tmp.path(), Lang::Ja, 120, 40);
    go(&mut app, "高知県");
    let marks_before = {
        feed(&mut app, &[Action::ToggleMark]);
        app.browse.marks.len()
    };
    feed(&mut app, &[Action::Show(View::Problems)]);
    let first = suggestion_pairs(&app)[0].clone();
    feed(&mut app, &[Action::Accept]);
    assert!(status(&app).contains("レジストリ"), "{}", status(&app));
    deliver(&mut app);
    assert!(!suggestion_pairs(&app).contains(&first));
    // Marks survive a decision.
    assert_eq!(app.browse.marks.len(), marks_before);
    assert_eq!(app.view, View::Problems);
    // A new browser on the folder does not bring it back.
    let again = tui_support::app(tmp.path(), Lang::Ja, 120, 40);
    assert!(!suggestion_pairs(&again).contains(&first));
    // Undo takes the entry back out.
    feed(&mut app, &[Action::Undo]);
    deliver(&mut app);
    assert!(suggestion_pairs(&app).contains(&first), "{}", status(&app));
    let registry: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with("registry"))
        .collect();
    assert!(
        registry.is_empty(),
        "a registry renkei created is removed again"
    );
    feed(&mut app, &[Action::Undo]);
    assert!(app.status.as_ref().unwrap().error);
}

#[test]
fn different_is_written_to_the_registry_and_undone_byte_for_byte() {
    let tmp = copy("tests/fixtures/suggestions");
    let registry = tmp.path().join("registry.yaml");
    let mine = "# my registry\norganizations:\n  - name: 高知大学\n";
    std::fs::write(&registry, mine).unwrap();
    let mut app = app(tmp.path(), Lang::Ja, 120, 40);
    feed(
        &mut app,
        &[
            Action::Show(View::Problems),
            Action::Bottom,
            Action::Dismiss,
        ],
    );
    assert!(!app.decisions.is_empty(), "{}", status(&app));
    let file = app.decisions[0].file.clone();
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.len() > mine.len() || file != registry);
    feed(&mut app, &[Action::Undo]);
    assert_eq!(std::fs::read_to_string(&registry).unwrap(), mine);
}

#[test]
fn quit_sets_the_flag() {
    let mut app = rich();
    feed(&mut app, &[Action::Quit]);
    assert!(app.quit);
}
