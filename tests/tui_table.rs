//! The program table view's behaviour: Actions fed to `App::update` on
//! the rich fixture (29 real networks), checked against the workspace
//! itself rather than against fixed numbers where it can be.

mod tui_support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use renkei::identity::EntityId;
use renkei::model::Program;
use renkei::tui::action::{Action, View};
use renkei::tui::app::App;
use renkei::tui::labels::Lang;
use renkei::tui::layout::Pane;
use renkei::tui::table::LineKind;
use tui_support::{RICH, app, feed, render, to_pref};

fn rich(width: u16, height: u16) -> App {
    app(Path::new(RICH), Lang::Ja, width, height)
}

fn go(app: &mut App, pref: &str) {
    let actions = to_pref(app, pref);
    feed(app, &actions);
}

fn name(app: &App, e: EntityId) -> String {
    app.ws.resolved.entity(e).name.clone()
}

/// The entity of the member line `line` of column `col`.
fn entity_at(app: &App, col: usize, line: usize) -> Option<EntityId> {
    app.table.columns[col].lines[line].entity
}

fn kochi_table() -> App {
    let mut app = rich(120, 40);
    go(&mut app, "高知県");
    feed(&mut app, &[Action::Show(View::Table)]);
    app
}

#[test]
fn kochi_has_one_column_per_program_present_and_only_its_networks() {
    let app = kochi_table();
    let programs: Vec<Program> = app.table.columns.iter().map(|c| c.program).collect();
    let mut expected: Vec<Program> = app
        .ws
        .ds
        .networks
        .iter()
        .filter(|n| n.prefecture.name() == "高知県")
        .map(|n| n.program)
        .collect();
    expected.sort();
    expected.dedup();
    assert_eq!(programs, expected);
    assert!(programs.len() >= 3, "{programs:?}");
    for col in &app.table.columns {
        let nets: BTreeSet<u32> = col.lines.iter().map(|l| l.network).collect();
        assert_eq!(nets.len(), col.networks);
        for n in nets {
            let net = app.ws.network(n);
            assert_eq!(net.prefecture.name(), "高知県");
            assert_eq!(net.program, col.program);
        }
    }
}

#[test]
fn the_first_member_lights_up_in_every_column_that_has_it() {
    let app = kochi_table();
    let e = app.table.entity().expect("a member under the cursor");
    assert_eq!(name(&app, e), "高知大学");
    for (c, lit) in app.table.lit.iter().enumerate() {
        let has = app.table.columns[c]
            .lines
            .iter()
            .any(|l| l.entity == Some(e));
        assert_eq!(lit.is_some(), has, "column {c}");
        if let Some(line) = lit {
            assert_eq!(entity_at(&app, c, *line), Some(e));
        }
    }
    // 高知大学 sits in every 高知県 program: lit in all three columns.
    assert!(app.table.lit.iter().all(Option::is_some));
}

#[test]
fn the_marker_counts_the_shown_networks_an_entity_sits_in() {
    let app = kochi_table();
    let mut seen: BTreeMap<EntityId, BTreeSet<u32>> = BTreeMap::new();
    for col in &app.table.columns {
        for l in col.lines.iter().filter(|l| l.kind == LineKind::Member) {
            seen.entry(l.entity.unwrap()).or_default().insert(l.network);
        }
    }
    for col in &app.table.columns {
        for l in col.lines.iter().filter(|l| l.kind == LineKind::Member) {
            let n = seen[&l.entity.unwrap()].len();
            assert_eq!(l.count, n, "{}", l.text);
            if n >= 2 {
                assert_eq!(l.marker, format!("◆{n} "));
            } else {
                assert!(l.marker.trim().is_empty());
            }
        }
    }
    // In this fixture 高知工科大学 is in no COI-NEXT hub (the bundled
    // data has it in all three; see the tmux check in docs/views.md).
    for shared in ["高知大学", "高知県"] {
        assert!(
            app.table.columns.iter().all(|c| c
                .lines
                .iter()
                .any(|l| l.count >= 2 && l.text.starts_with(shared))),
            "{shared} is not marked in every column"
        );
    }
}

#[test]
fn moving_across_stays_on_the_same_entity_and_n_cycles_its_columns() {
    let mut app = kochi_table();
    let e = app.table.entity().unwrap();
    feed(&mut app, &[Action::Right]);
    assert_eq!(app.table.col, 1);
    assert_eq!(app.table.entity(), Some(e));
    feed(&mut app, &[Action::JumpNext]);
    assert_eq!(app.table.col, 2);
    assert_eq!(app.table.entity(), Some(e));
    feed(&mut app, &[Action::JumpNext]);
    assert_eq!(app.table.col, 0, "n wraps round");
    feed(&mut app, &[Action::Left]);
    assert_eq!(app.table.col, 0, "no column left of the first");
    feed(&mut app, &[Action::Bottom]);
    let last = app.table.columns[0].members.len() - 1;
    assert_eq!(app.table.row, last);
    feed(&mut app, &[Action::Down, Action::PageDown]);
    assert_eq!(app.table.row, last, "the cursor stays on the last member");
    feed(&mut app, &[Action::Top, Action::Down]);
    assert_eq!(app.table.row, 1);
    assert_ne!(app.table.entity(), Some(e));
}

#[test]
fn enter_shows_the_member_in_browse() {
    let mut app = kochi_table();
    feed(&mut app, &[Action::Right, Action::Down, Action::Down]);
    let line = app.table.current().unwrap().clone();
    let e = line.entity.unwrap();
    feed(&mut app, &[Action::Activate]);
    assert_eq!(app.view, View::Browse);
    assert_eq!(app.browse.network(), Some(line.network));
    assert_eq!(app.browse.focus, Pane::Members);
    assert_eq!(app.browse.selection(&app.ws).entity, Some(e));
}

#[test]
fn a_new_prefecture_or_filter_rebuilds_the_table_and_resets_the_cursor() {
    let mut app = kochi_table();
    feed(&mut app, &[Action::Right, Action::Down]);
    assert_eq!((app.table.col, app.table.row), (1, 1));
    feed(&mut app, &[Action::CycleProgram]);
    assert_eq!(app.table.columns.len(), 1);
    assert_eq!(app.table.columns[0].program, Program::ALL[0]);
    assert_eq!((app.table.col, app.table.row), (0, 0));
    feed(
        &mut app,
        &[Action::ClearFilters, Action::Back, Action::Left],
    );
    go(&mut app, "徳島県");
    feed(&mut app, &[Action::Show(View::Table)]);
    for col in &app.table.columns {
        for l in &col.lines {
            assert_eq!(app.ws.network(l.network).prefecture.name(), "徳島県");
        }
    }
    assert_eq!((app.table.col, app.table.row), (0, 0));
}

#[test]
fn marked_networks_replace_the_prefecture() {
    let mut app = rich(120, 40);
    go(&mut app, "広島県");
    feed(
        &mut app,
        &[Action::ToggleMark, Action::Down, Action::ToggleMark],
    );
    let marks = app.browse.marks.clone();
    assert_eq!(marks.len(), 2);
    feed(&mut app, &[Action::Show(View::Table)]);
    assert_eq!(app.table.marked, 2);
    assert_eq!(app.table.shown, 2);
    let shown: BTreeSet<u32> = app
        .table
        .columns
        .iter()
        .flat_map(|c| c.lines.iter().map(|l| l.network))
        .collect();
    assert_eq!(shown, marks);
    let screen = render(&app);
    assert!(
        screen.lines().nth(1).unwrap().contains("選択 2"),
        "{screen}"
    );
}

#[test]
fn at_80_columns_two_program_columns_show_and_the_header_says_which() {
    let mut app = rich(80, 24);
    go(&mut app, "高知県");
    feed(&mut app, &[Action::Show(View::Table)]);
    let n = app.table.columns.len();
    let screen = render(&app);
    let head = screen.lines().nth(1).unwrap();
    assert!(head.contains(&format!("列 1–2 / {n}")), "{screen}");
    feed(&mut app, &[Action::Right, Action::Right]);
    let screen = render(&app);
    let head = screen.lines().nth(1).unwrap();
    assert!(head.contains(&format!("列 2–3 / {n}")), "{screen}");
    let boxes = screen.lines().nth(2).unwrap();
    assert!(boxes.contains("プラットフォーム"), "{screen}");
    assert!(!boxes.contains("交付金"), "{screen}");
}

#[test]
fn a_long_column_scrolls_to_keep_the_cursor_in_sight() {
    let mut app = rich(80, 24);
    go(&mut app, "高知県");
    feed(&mut app, &[Action::Show(View::Table), Action::Bottom]);
    let line = app.table.current().unwrap().text.clone();
    let screen = render(&app);
    let short: String = line.chars().take(4).collect();
    assert!(screen.contains(&short), "{short} not on\n{screen}");
    // The box's bottom edge says which lines are shown.
    let total = app.table.columns[0].lines.len();
    assert!(screen.contains(&format!("/{total} ")), "{screen}");
}
