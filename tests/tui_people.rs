//! The keypersons view and the overlap matrix without a terminal: Actions
//! fed to `App::update` on the rich fixture and on a small set written
//! here, checking the models the views draw.

mod tui_support;

use std::path::Path;

use renkei::identity::EntityKind;
use renkei::tui::action::{Action, Mode, View};
use renkei::tui::app::App;
use renkei::tui::labels::Lang;
use renkei::tui::people::Focus;
use tui_support::{RICH, app, feed, render, to_pref};

fn rich() -> App {
    app(Path::new(RICH), Lang::Ja, 120, 40)
}

fn go(app: &mut App, pref: &str) {
    feed(
        app,
        &[Action::Show(View::Browse), Action::Left, Action::Left],
    );
    let actions = to_pref(app, pref);
    feed(app, &actions);
}

/// A council with マツダ only through its chairman and 広島県 only
/// through 山田, a hub with both themselves.
fn mazda() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, body: &str| std::fs::write(dir.path().join(name), body).unwrap();
    write(
        "council.yaml",
        "name: ひろしま自動車産学官連携推進会議\nprogram: kofukin\nprefecture: 広島県\nmembers:\n  - person: 山田 太郎\n    org: 広島県\n    title: 商工労働局長\n    role: 委員\n  - org: マツダ株式会社\n    title: 代表取締役会長\n",
    );
    write(
        "hub.yaml",
        "name: 広島から世界最先端のバイオエコノミー社会を実現する共創拠点\nprogram: coi-next\nprefecture: 広島県\nmembers:\n  - person: 山田太郎\n    org: 広島県\n    role: 副PL\n  - org: マツダ\n  - org: 広島県\n",
    );
    dir
}

#[test]
fn keypersons_rows_carry_organisation_title_roles_and_programs() {
    let mut app = rich();
    go(&mut app, "高知県");
    feed(&mut app, &[Action::Show(View::Keypersons)]);
    let st = &app.overlap.people;
    let ueda = st
        .rows
        .iter()
        .find(|r| r.name == "受田 浩之")
        .expect("受田 浩之 sits in three 高知県 networks");
    assert_eq!(ueda.kind, EntityKind::Person);
    assert!(
        ueda.org_title.starts_with("高知大学 · "),
        "{}",
        ueda.org_title
    );
    assert_eq!(ueda.roles.len(), ueda.networks.len());
    assert!(
        ueda.roles.iter().any(|r| r.starts_with("事業責任者")),
        "{:?}",
        ueda.roles
    );
    assert!(ueda.programs.len() >= 2);
    assert!(st.method.starts_with("厳密計算"), "{}", st.method);
    // Ranked: more programs first.
    assert!(
        st.rows
            .windows(2)
            .all(|w| w[0].programs.len() >= w[1].programs.len())
    );
    let screen = render(&app);
    for header in ["種別", "名前", "所属・役職", "媒介", "事業", "媒介中心性"] {
        assert!(screen.contains(header), "{header} missing:\n{screen}");
    }
}

#[test]
fn the_only_links_list_jumps_to_the_entity_in_a_network_it_holds() {
    let mut app = rich();
    go(&mut app, "徳島県");
    feed(
        &mut app,
        &[Action::Show(View::Keypersons), Action::NextPane],
    );
    let st = &app.overlap.people;
    assert_eq!(st.focus, Focus::Links);
    let link = st
        .link()
        .expect("徳島大学 alone links pairs of 徳島県")
        .clone();
    assert_eq!(link.name, "徳島大学");
    assert_eq!(link.pairs.len(), 3);
    let screen = render(&app);
    assert!(
        screen.contains("これがなければ共通点のなくなる組み合わせ"),
        "{screen}"
    );
    feed(&mut app, &[Action::Activate]);
    assert_eq!(app.view, View::Browse);
    let sel = app.ctx().selection;
    assert_eq!(sel.network, Some(link.pairs[0].0));
    assert_eq!(sel.entity, Some(link.entity));
}

#[test]
fn the_kind_key_narrows_both_lists_and_a_new_scope_resets_the_cursors() {
    let mut app = rich();
    go(&mut app, "高知県");
    feed(
        &mut app,
        &[Action::Show(View::Keypersons), Action::CycleKind],
    );
    let st = &app.overlap.people;
    assert_eq!(st.kind, Some(EntityKind::Organization));
    assert!(!st.rows.is_empty());
    assert!(st.rows.iter().all(|r| r.kind == EntityKind::Organization));
    feed(&mut app, &[Action::CycleKind]);
    let st = &app.overlap.people;
    assert!(st.rows.iter().all(|r| r.kind == EntityKind::Person));
    assert!(st.links.iter().all(|r| r.kind == EntityKind::Person));
    feed(
        &mut app,
        &[Action::CycleKind, Action::CycleKind, Action::Bottom],
    );
    assert!(app.overlap.people.cursor > 0);
    go(&mut app, "徳島県");
    feed(&mut app, &[Action::Show(View::Keypersons)]);
    assert_eq!(app.overlap.people.cursor, 0);
    assert_eq!(app.overlap.people.focus, Focus::Ranking);
}

#[test]
fn o_walks_the_pairs_that_share_exactly_one_member_and_wraps() {
    let mut app = rich();
    go(&mut app, "広島県");
    feed(&mut app, &[Action::Show(View::Overlap)]);
    let n = app.overlap.networks.len();
    let sole: Vec<(usize, usize)> = (0..n)
        .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
        .filter(|&(i, j)| app.overlap.count(i, j) == 1)
        .collect();
    assert!(sole.len() >= 2, "{sole:?}");
    let mut seen = Vec::new();
    for _ in 0..=sole.len() {
        feed(&mut app, &[Action::NextSolePair]);
        let st = &app.overlap;
        seen.push((st.row, st.col));
        let pair = st.pair.as_ref().unwrap();
        assert_eq!(pair.lines.len(), 1);
        assert!(pair.lines[0].only, "a sole shared member is the only link");
    }
    let mut visited = seen[..sole.len()].to_vec();
    visited.sort_unstable();
    assert_eq!(visited, sole);
    assert_eq!(seen[sole.len()], seen[0], "wraps round");
    // Where no pair shares exactly one member, the status line says so.
    go(&mut app, "高知県");
    feed(&mut app, &[Action::Show(View::Overlap)]);
    let before = (app.overlap.row, app.overlap.col);
    feed(&mut app, &[Action::NextSolePair]);
    assert_eq!((app.overlap.row, app.overlap.col), before);
    let status = app.status.as_ref().map(|s| s.text.as_str());
    assert_eq!(status, Some("共通の構成員が一つだけの組はありません"));
}

#[test]
fn the_matrix_cursor_resets_when_a_filter_changes_in_the_view() {
    let mut app = rich();
    go(&mut app, "広島県");
    feed(
        &mut app,
        &[
            Action::Show(View::Overlap),
            Action::Down,
            Action::Down,
            Action::Right,
        ],
    );
    assert_ne!((app.overlap.row, app.overlap.col), (0, 1));
    feed(&mut app, &[Action::CycleSector]);
    assert_eq!((app.overlap.row, app.overlap.col), (0, 1));
    feed(&mut app, &[Action::Down, Action::ClearFilters]);
    assert_eq!((app.overlap.row, app.overlap.col), (0, 1));
    // The same scope again keeps the cursor (row 1, moved off the
    // diagonal to column 2).
    feed(
        &mut app,
        &[
            Action::Down,
            Action::Show(View::Browse),
            Action::Show(View::Overlap),
        ],
    );
    assert_eq!((app.overlap.row, app.overlap.col), (1, 2));
}

#[test]
fn the_shared_list_names_who_carries_each_organisation() {
    let dir = mazda();
    let mut app = app(dir.path(), Lang::Ja, 120, 40);
    go(&mut app, "広島県");
    feed(&mut app, &[Action::Show(View::Overlap)]);
    let pair = app.overlap.pair.as_ref().expect("council and hub share");
    let texts: Vec<&str> = pair.lines.iter().map(|l| l.text.as_str()).collect();
    assert!(
        texts.contains(&"マツダ (1: 代表取締役会長 経由 / 2: 直接)"),
        "{texts:?}"
    );
    assert!(
        texts.contains(&"広島県 (1: 山田 太郎 (商工労働局長) 経由 / 2: 直接)"),
        "{texts:?}"
    );
    assert!(
        texts.contains(&"山田 太郎 (広島県 · 商工労働局長)"),
        "{texts:?}"
    );
    let screen = render(&app);
    assert!(screen.contains("代表取締役会長 経由"), "{screen}");
    // In the keypersons view, マツダ's role in the council is its chairman.
    feed(&mut app, &[Action::Show(View::Keypersons)]);
    let st = &app.overlap.people;
    let mazda = st
        .rows
        .iter()
        .find(|r| r.name.starts_with("マツダ"))
        .unwrap();
    assert_eq!(mazda.roles[0], "経由 代表取締役会長");
}

#[test]
fn the_help_lists_the_sole_pair_key() {
    let mut app = rich();
    feed(&mut app, &[Action::ToggleHelp]);
    assert_eq!(app.mode, Mode::Help);
    let screen = render(&app);
    let line = screen
        .lines()
        .find(|l| l.contains("共通の構成員が一つだけの次の組へ"))
        .unwrap_or_else(|| panic!("{screen}"));
    let keys = line
        .split('│')
        .find(|c| c.contains("共通の構成員が一つだけ"))
        .unwrap();
    assert!(keys.trim_start().starts_with("o "), "{line}");
}
