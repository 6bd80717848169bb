//! The browser's words in the interface language where they come from
//! the catalogue: the problems view (rendered once per load, not per
//! frame) and the status line when a decision cannot be written.

mod hostile_support;
mod tui_support;

use std::path::Path;

use renkei::msg::Lang;
use renkei::tui::action::{Action, View};
use tui_support::{app, copy, feed, render, status};

#[test]
fn the_problems_view_shows_diagnostics_in_the_interface_language() {
    for (lang, words) in [
        (Lang::Ja, "事業「platfrom」は定義されていません"),
        (Lang::En, "unknown program `platfrom`"),
    ] {
        let mut app = app(Path::new("tests/fixtures/broken-and-good"), lang, 120, 40);
        feed(&mut app, &[Action::Show(View::Problems)]);
        // Rendered when the diagnostics were loaded, one per diagnostic.
        assert_eq!(app.problems.texts.len(), app.ws.diagnostics.len());
        let first = &app.problems.texts[0];
        assert_eq!(first.message, app.ws.diagnostics[0].text(lang));
        assert!(first.row.ends_with(words), "{}", first.row);
        let screen = render(&app);
        assert!(screen.contains(words), "{screen}");
        let help = if lang == Lang::Ja {
            "ヒント: "
        } else {
            "help: "
        };
        assert!(first.help.as_deref().unwrap().starts_with(help));
    }
}

#[test]
fn the_cached_words_follow_a_reload() {
    let tmp = copy("tests/fixtures/broken-and-good");
    let mut app = app(tmp.path(), Lang::Ja, 120, 40);
    assert!(!app.problems.texts.is_empty());
    let broken = tmp.path().join("broken.yaml");
    let fixed = std::fs::read_to_string(&broken)
        .unwrap()
        .replace("platfrom", "platform")
        .replace(
            "徳島大学",
            "徳島大学\n  - org: 阿南工業高等専門学校\n    sector: 学",
        );
    std::fs::write(&broken, fixed).unwrap();
    feed(&mut app, &[Action::Reload]);
    assert_eq!(app.problems.texts.len(), app.ws.diagnostics.len());
    let rows: Vec<&str> = app.problems.texts.iter().map(|t| t.row.as_str()).collect();
    assert!(rows.iter().all(|r| !r.contains("platfrom")), "{rows:?}");
    assert!(
        rows.iter().any(|r| r.contains("セクター「学」")),
        "{rows:?}"
    );
}

#[test]
fn suggestion_reasons_are_rendered_when_they_arrive() {
    for lang in [Lang::Ja, Lang::En] {
        let app = app(Path::new("tests/fixtures/suggestions"), lang, 120, 40);
        let list = app.suggestions.list();
        assert!(!list.is_empty());
        let want: Vec<String> = list.iter().map(|s| s.reason.render(lang)).collect();
        assert_eq!(app.problems.reasons, want);
    }
    let app = app(Path::new("tests/fixtures/suggestions"), Lang::Ja, 120, 40);
    assert!(
        app.problems.reasons.iter().all(|r| !r.is_ascii()),
        "{:?}",
        app.problems.reasons
    );
}

#[test]
fn a_decision_that_cannot_be_written_is_explained_in_the_status_line() {
    for (lang, words) in [
        (
            Lang::Ja,
            "ため、記録しませんでした。何も書き込んでいません。次の項目を手で追加してください:",
        ),
        (Lang::En, "not recorded, because "),
    ] {
        let tmp = copy("tests/fixtures/suggestions");
        let registry = tmp.path().join("registry.yaml");
        // Lists written as `~` cannot grow in place: renkei refuses.
        let mine = "# mine\norganizations: ~\npeople: ~\n";
        std::fs::write(&registry, mine).unwrap();
        let mut app = app(tmp.path(), lang, 120, 40);
        feed(&mut app, &[Action::Show(View::Problems), Action::Accept]);
        let text = status(&app);
        assert!(app.status.as_ref().unwrap().error, "{text}");
        assert!(text.contains(words), "{text}");
        if lang == Lang::Ja {
            assert!(text.contains("が空（`~`）である"), "{text}");
        }
        assert_eq!(std::fs::read_to_string(&registry).unwrap(), mine);
        assert!(app.decisions.is_empty());
    }
}

#[test]
fn the_problems_view_says_when_the_duplicate_search_was_cut_short() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("alike.yaml"), hostile_support::alike(1001)).unwrap();
    for (lang, note) in [(Lang::Ja, "注記"), (Lang::En, "note")] {
        let mut app = app(tmp.path(), lang, 160, 40);
        feed(&mut app, &[Action::Show(View::Problems)]);
        let cut = app.problems.cut.clone().expect("a cut note");
        assert_eq!(cut.label, note);
        assert!(cut.note.contains("1001"), "{}", cut.note);
        // The last row, after every suggestion, and not counted as a problem.
        let suggestions = app.suggestions.list().len();
        assert_eq!(app.problems.items.len(), suggestions + 1);
        assert_eq!(app.problems.count(&app.suggestions), (suggestions, false));
        feed(&mut app, &[Action::Bottom]);
        let screen = render(&app);
        assert!(screen.contains(&format!("{note} ")), "{screen}");
        let help_start: String = cut.help.chars().take(8).collect();
        assert!(screen.contains(&help_start), "{screen}");
    }
    // Searched in full: no note.
    let mut app = app(Path::new("tests/fixtures/suggestions"), Lang::Ja, 120, 40);
    feed(&mut app, &[Action::Show(View::Problems)]);
    assert!(app.problems.cut.is_none());
}
