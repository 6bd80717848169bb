//! The graph view's lane drawing: actions fed to `App::update` on the rich
//! fixture (29 real networks with long Japanese names), what the model
//! holds against an independent reading of the data, the cursor, the
//! jumps, the scrolling, and snapshots at 80×24, 120×40 and 200×60.

mod tui_support;

use std::collections::BTreeSet;
use std::path::Path;

use renkei::graph::Filter;
use renkei::model::{Prefecture, Program};
use renkei::present::{LaneLayout, MembershipMatrix};
use renkei::tui::action::{Action, View};
use renkei::tui::app::App;
use renkei::tui::labels::Lang;
use renkei::tui::layout::Pane;
use tui_support::{RICH, app, feed, render, to_pref};

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];

fn rich(w: u16, h: u16) -> App {
    app(Path::new(RICH), Lang::Ja, w, h)
}

/// The graph view of `pref` (or every network when `None`).
fn graph_of(pref: Option<&str>, w: u16, h: u16) -> App {
    let mut app = rich(w, h);
    if let Some(p) = pref {
        let go = to_pref(&app, p);
        feed(&mut app, &go);
    }
    feed(&mut app, &[Action::Show(View::Graph)]);
    app
}

fn filter_of(pref: &str) -> Filter {
    Filter {
        prefectures: vec![Prefecture::from_name(pref).unwrap()],
        ..Filter::default()
    }
}

#[test]
fn one_row_per_shared_entity_with_a_mark_in_each_of_its_networks() {
    let app = graph_of(Some("高知県"), 120, 40);
    let layout = &app.lanes.layout;
    // Read the same prefecture through the matrix model: its bridges
    // (count ≥ 2) are exactly the rows, whatever their order.
    let view = app.ws.view(&filter_of("高知県"));
    let matrix = MembershipMatrix::build(&view);
    let bridges: BTreeSet<&str> = matrix
        .rows
        .iter()
        .filter(|r| r.count >= 2)
        .map(|r| r.entity_id.as_str())
        .collect();
    let rows: BTreeSet<&str> = layout.rows.iter().map(|r| r.entity_id.as_str()).collect();
    assert!(!rows.is_empty());
    assert_eq!(rows, bridges);
    assert_eq!(rows.len(), layout.rows.len(), "each entity once");
    assert_eq!(layout.lanes.len(), view.networks().len());
    for row in &layout.rows {
        let nets = view.networks_of(row.entity);
        for (lane, mark) in layout.lanes.iter().zip(&row.marks) {
            assert_eq!(
                mark.is_member(),
                nets.contains(&lane.network.index),
                "{} in {}",
                row.name,
                lane.network.name
            );
        }
    }
    // Each lane's folded count plus its rows is its member count.
    for lane in &layout.lanes {
        let members = MembershipMatrix::build(&view)
            .rows
            .iter()
            .filter(|r| {
                let col = matrix
                    .networks
                    .iter()
                    .position(|n| n.index == lane.network.index)
                    .unwrap();
                r.cells[col].is_member()
            })
            .count();
        assert_eq!(lane.folded + lane.shared, members, "{}", lane.network.name);
    }
}

#[test]
fn the_order_is_stable_and_crosses_no_more_than_the_naive_one() {
    let app = rich(120, 40);
    for p in app.browse.prefs.iter().flatten() {
        let view = app.ws.view(&filter_of(p.name()));
        let a = LaneLayout::build(&view);
        let b = LaneLayout::build(&view);
        assert_eq!(a, b, "{}: the same data, the same drawing", p.name());
        assert!(a.crossings <= a.input_crossings, "{}", p.name());
        assert_eq!(renkei::present::crossings(&a), a.crossings, "{}", p.name());
        // Lanes stay grouped by program.
        let programs: Vec<Program> = a.lanes.iter().map(|l| l.network.program).collect();
        assert!(programs.windows(2).all(|w| w[0] <= w[1]), "{}", p.name());
    }
}

#[test]
fn the_cursor_goes_up_to_the_headers_and_a_lane_lights_its_rows() {
    let mut app = graph_of(Some("高知県"), 120, 40);
    assert_eq!(app.lanes.cursor.row, Some(0), "starts on the first row");
    // On a row: its lanes are lit, the others dimmed.
    let first = app.lanes.layout.rows[0].clone();
    for (l, m) in first.marks.iter().enumerate() {
        assert_eq!(app.lanes.lane_lit(l), m.is_member());
    }
    assert!(app.lanes.row_lit(0) && !app.lanes.row_lit(1));
    feed(&mut app, &[Action::Up, Action::Right, Action::Right]);
    assert_eq!(app.lanes.cursor.row, None, "up from the first row: headers");
    assert_eq!(app.lanes.cursor.lane, 2);
    for (r, row) in app.lanes.layout.rows.iter().enumerate() {
        assert_eq!(app.lanes.row_lit(r), row.marks[2].is_member());
    }
    assert!(app.lanes.lane_lit(2) && !app.lanes.lane_lit(1));
    // Right stops at the last lane, Down comes back to the first row.
    feed(&mut app, &[Action::Right; 40]);
    assert_eq!(app.lanes.cursor.lane, app.lanes.layout.lanes.len() - 1);
    feed(&mut app, &[Action::Down]);
    assert_eq!(app.lanes.cursor.row, Some(0));
    feed(&mut app, &[Action::Bottom]);
    assert_eq!(app.lanes.cursor.row, Some(app.lanes.layout.rows.len() - 1));
}

#[test]
fn enter_on_a_lane_header_shows_the_network() {
    let mut app = graph_of(Some("高知県"), 120, 40);
    feed(&mut app, &[Action::Up, Action::Right]);
    let lane = app.lanes.layout.lanes[1].network.index;
    feed(&mut app, &[Action::Activate]);
    assert_eq!(app.view, View::Browse);
    assert_eq!(app.browse.network(), Some(lane));
}

#[test]
fn enter_on_a_row_shows_the_entity_in_the_lane_under_the_cursor() {
    let mut app = graph_of(Some("高知県"), 120, 40);
    // Tab: to the row's next lane with a mark.
    feed(&mut app, &[Action::NextPane]);
    let row = app.lanes.layout.rows[0].clone();
    let lane = app.lanes.cursor.lane;
    assert!(lane > 0 && row.marks[lane].is_member());
    let network = app.lanes.layout.lanes[lane].network.index;
    feed(&mut app, &[Action::Activate]);
    assert_eq!(app.view, View::Browse);
    assert_eq!(app.browse.network(), Some(network));
    assert_eq!(app.browse.focus, Pane::Members);
    let member = app.browse.member().unwrap();
    let e = app.ws.member_entity(network, member).unwrap();
    let entity = app.ws.resolved.entity(e);
    assert!(e == row.entity || entity.org == Some(row.entity));
}

#[test]
fn a_filter_rebuilds_the_drawing_and_the_title_says_so() {
    let mut app = graph_of(Some("高知県"), 120, 40);
    let all = app.lanes.layout.lanes.len();
    feed(&mut app, &[Action::Down, Action::CycleProgram]);
    let lanes = &app.lanes.layout.lanes;
    assert!(lanes.len() < all);
    assert!(lanes.iter().all(|l| l.network.program == Program::Kofukin));
    assert_eq!(
        app.lanes.cursor.row,
        (!app.lanes.layout.rows.is_empty()).then_some(0)
    );
    let screen = render(&app);
    assert!(screen.contains("関係図 — 高知県 · 事業=交付金"), "{screen}");
    feed(&mut app, &[Action::ClearFilters]);
    assert_eq!(app.lanes.layout.lanes.len(), all);
}

#[test]
fn marked_networks_are_the_lanes() {
    let mut app = rich(120, 40);
    let go = to_pref(&app, "高知県");
    feed(&mut app, &go);
    feed(
        &mut app,
        &[Action::ToggleMark, Action::Down, Action::ToggleMark],
    );
    let go = to_pref(&app, "徳島県");
    feed(&mut app, &go);
    feed(&mut app, &[Action::ToggleMark, Action::Show(View::Graph)]);
    let mut lanes: Vec<u32> = app
        .lanes
        .layout
        .lanes
        .iter()
        .map(|l| l.network.index)
        .collect();
    lanes.sort_unstable();
    let marks: Vec<u32> = app.browse.marks.iter().copied().collect();
    assert_eq!(lanes, marks);
    assert!(render(&app).contains("関係図 — 印付き 3"));
}

#[test]
fn lanes_and_rows_scroll_to_the_cursor_at_80x24() {
    // Every network of the fixture: more lanes and rows than fit.
    let mut app = graph_of(None, 80, 24);
    let (lanes, rows) = (app.lanes.layout.lanes.len(), app.lanes.layout.rows.len());
    assert!(lanes > 20 && rows > 10, "{lanes} lanes, {rows} rows");
    let screen = render(&app);
    assert!(screen.contains("レーン 1–"), "{screen}");
    assert!(screen.contains(&format!("/ {lanes} · 行 1–")), "{screen}");
    feed(&mut app, &[Action::Bottom]);
    feed(&mut app, &vec![Action::Right; lanes]);
    let screen = render(&app);
    assert!(screen.contains(&format!("–{lanes} / {lanes}")), "{screen}");
    assert!(screen.contains(&format!("–{rows} / {rows}")), "{screen}");
    let last = &app.lanes.layout.rows[rows - 1].name;
    let shown: String = last.chars().take(4).collect();
    assert!(
        screen.contains(&shown),
        "the last row is on screen:\n{screen}"
    );
    for (w, h) in SIZES {
        app.update(Action::Resize {
            width: w,
            height: h,
        });
        assert!(!render(&app).contains('\u{FFFD}'));
    }
}

fn snap(name: &str, lang: Lang, pref: Option<&str>, actions: &[Action]) {
    for (w, h) in SIZES {
        let mut app = app(Path::new(RICH), lang, w, h);
        if let Some(p) = pref {
            let go = to_pref(&app, p);
            feed(&mut app, &go);
        }
        feed(&mut app, &[Action::Show(View::Graph)]);
        feed(&mut app, actions);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), render(&app));
    }
}

#[test]
fn snapshot_every_network_scrolled_to_a_lane_header() {
    let mut actions = vec![Action::Up];
    actions.extend([Action::Right; 9]);
    snap("lanes_all_header", Lang::Ja, None, &actions);
}

#[test]
fn snapshot_tokushima_in_english_on_a_row() {
    snap(
        "lanes_tokushima_en",
        Lang::En,
        Some("徳島県"),
        &[Action::Down, Action::NextPane],
    );
}
