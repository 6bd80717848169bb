//! Frame integrity: random names (CJK, ASCII, emoji with flags and ZWJ
//! sequences, combining marks, U+FFFE, zero-width joiners between kanji)
//! rendered into every view at random sizes from 20×5 to 200×60. Every
//! box keeps its four edges, nothing unrenderable reaches the buffer, and
//! every cell is as wide per code point as per grapheme (what terminals
//! that count code points draw), so no stale cells are left.

mod tui_support;

use std::fmt::Write as _;

use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use renkei::loader::LoadOptions;
use renkei::tui::action::{Action, View};
use renkei::tui::app::App;
use renkei::tui::labels::Lang;
use renkei::tui::theme::Theme;
use renkei::tui::views::Screen;
use renkei::workspace::Workspace;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z0-9 ]{1,8}",
        proptest::collection::vec(0x4E00u32..0x9FFF, 1..8)
            .prop_map(|v| v.into_iter().filter_map(char::from_u32).collect()),
        proptest::collection::vec(0x3041u32..0x30FF, 1..6)
            .prop_map(|v| v.into_iter().filter_map(char::from_u32).collect()),
        (0x1F600u32..0x1F64F).prop_map(|c| char::from_u32(c).unwrap().to_string()),
        Just("🇯🇵".to_owned()),
        Just("🇺🇸🇯🇵".to_owned()),
        Just("👨\u{200D}👩\u{200D}👧".to_owned()),
        Just("高\u{200D}知".to_owned()),
        Just("e\u{301}\u{302}".to_owned()),
        Just("\u{301}".to_owned()),
        Just("a\u{FFFE}b".to_owned()),
        Just("❤\u{FE0F}".to_owned()),
        Just("ｶﾞｸ".to_owned()),
        Just("株式会社".to_owned()),
    ]
}

fn name() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 1..6).prop_map(|v| v.concat())
}

/// YAML double-quoted, every non-ASCII character as an escape.
fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if u32::from(c) <= 0xFFFF => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => {
                let _ = write!(out, "\\U{:08X}", u32::from(c));
            }
        }
    }
    out.push('"');
    out
}

/// Three networks in one prefecture sharing `orgs[0]`, plus one elsewhere.
fn write_dir(dir: &std::path::Path, nets: &[String], orgs: &[String]) {
    for (i, net) in nets.iter().enumerate() {
        let pref = if i < 3 { "高知県" } else { "徳島県" };
        let program = ["kofukin", "coi-next", "platform", "other"][i % 4];
        let mut y = format!(
            "name: {}\nprogram: {program}\nprefecture: {pref}\nmembers:\n",
            quoted(net)
        );
        for (k, org) in orgs.iter().enumerate() {
            if k == 0 || (k + i) % 2 == 0 {
                let _ = write!(y, "  - org: {}\n    sector: academia\n", quoted(org));
            }
        }
        let _ = write!(
            y,
            "  - person: {}\n    org: {}\n    title: {}\n",
            quoted(&orgs[orgs.len() - 1]),
            quoted(&orgs[0]),
            quoted(net)
        );
        std::fs::write(dir.join(format!("n{i}.yaml")), y).unwrap();
    }
}

type Rect = ratatui::layout::Rect;

/// The box whose top-left corner is at (x, y): its rectangle when its four
/// edges are whole, else the first cell where an edge breaks.
fn trace_box(buf: &Buffer, x: u16, y: u16) -> Result<Rect, (u16, u16)> {
    let a = buf.area;
    let sym = |x: u16, y: u16| buf[(x, y)].symbol().to_owned();
    let mut bottom = y + 1;
    while bottom < a.bottom() && sym(x, bottom) == "│" {
        bottom += 1;
    }
    if bottom >= a.bottom() || sym(x, bottom) != "└" {
        return Err((x, bottom.min(a.bottom() - 1)));
    }
    let mut right = x + 1;
    while right < a.right() && sym(right, bottom) == "─" {
        right += 1;
    }
    if right >= a.right() || sym(right, bottom) != "┘" {
        return Err((right.min(a.right() - 1), bottom));
    }
    if sym(right, y) != "┐" {
        return Err((right, y));
    }
    for row in y + 1..bottom {
        if sym(right, row) != "│" {
            return Err((right, row));
        }
    }
    Ok(Rect::new(x, y, right - x + 1, bottom - y + 1))
}

/// Every box keeps its edges — except where a whole box (a pop-up) lies
/// over it — and every cell is safe and as wide by code point as by
/// grapheme.
fn check_screen(buf: &Buffer) -> Result<(), String> {
    let a = buf.area;
    let mut whole = Vec::new();
    let mut broken = Vec::new();
    for y in a.top()..a.bottom() {
        for x in a.left()..a.right() {
            let s = buf[(x, y)].symbol();
            if s == "┌" && y + 1 < a.bottom() && buf[(x, y + 1)].symbol() == "│" {
                match trace_box(buf, x, y) {
                    Ok(r) => whole.push(r),
                    Err(at) => broken.push(((x, y), at)),
                }
            }
            for c in s.chars() {
                if matches!(c, '\u{200B}'..='\u{200D}' | '\u{FE0F}' | '\u{1F1E6}'..='\u{1F1FF}')
                    || (u32::from(c) & 0xFFFE) == 0xFFFE
                {
                    return Err(format!(
                        "U+{:04X} reached the buffer at {x},{y}",
                        u32::from(c)
                    ));
                }
            }
            let per_char: usize = s.chars().map(|c| c.width().unwrap_or(0)).sum();
            let per_grapheme: usize = s.graphemes(true).map(UnicodeWidthStr::width).sum();
            if per_char != per_grapheme {
                return Err(format!(
                    "{s:?} at {x},{y} is {per_char} cells by code point, {per_grapheme} by grapheme"
                ));
            }
        }
    }
    for (corner, (bx, by)) in broken {
        let covered = whole
            .iter()
            .any(|r: &Rect| bx >= r.x && bx < r.x + r.width && by >= r.y && by < r.y + r.height);
        if !covered {
            return Err(format!("the box at {corner:?} is broken at {bx},{by}"));
        }
    }
    Ok(())
}

fn frame(app: &App) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| f.render_widget(&Screen(app), f.area())).unwrap();
    t.backend().buffer().clone()
}

/// Every view and overlay, walked as a user would.
fn walks() -> Vec<Vec<Action>> {
    use Action::{Activate, Down, Right, Show, ToggleHelp};
    vec![
        vec![],
        vec![Down, Right],
        vec![Down, Right, Right, Down],
        vec![Down, Right, Right, Down, Right],
        vec![Show(View::Overlap)],
        vec![Show(View::Keypersons)],
        vec![Down, Right, Show(View::Overlap)],
        vec![Down, Right, Show(View::Overlap), Down, Right],
        vec![Down, Right, Show(View::Keypersons)],
        vec![Down, Right, Show(View::Keypersons), Action::NextPane, Down],
        vec![Down, Right, Show(View::Keypersons), Action::CycleKind],
        vec![Down, Right, Show(View::Overlap), Action::NextSolePair],
        vec![Down, Right, Right, Show(View::Graph)],
        vec![Down, Right, Show(View::Graph)],
        vec![Show(View::Graph), Down, Right, Right, Action::Bottom],
        vec![
            Down,
            Right,
            Show(View::Graph),
            Action::Up,
            Right,
            Right,
            Right,
        ],
        vec![
            Down,
            Right,
            Action::ToggleMark,
            Show(View::Graph),
            Action::NextPane,
        ],
        vec![Show(View::Problems), Down],
        vec![Show(View::Table)],
        vec![Down, Right, Show(View::Table), Down, Right, Down],
        vec![
            Down,
            Right,
            Action::ToggleMark,
            Show(View::Table),
            Action::Bottom,
        ],
        vec![ToggleHelp],
        vec![Action::OpenSearch, Action::Input('a')],
        vec![Down, Right, Action::ToggleMark, Action::Export],
        vec![Down, Right, Right, Activate],
    ]
}

/// Back to the browse view's first row, nothing open.
const RESET: [Action; 9] = [
    Action::Back,
    Action::Back,
    Action::ToggleHelp,
    Action::Back,
    Action::Show(View::Browse),
    Action::Left,
    Action::Left,
    Action::Left,
    Action::Top,
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]
    #[test]
    fn boxes_stay_whole_with_any_names(
        nets in proptest::collection::vec(name(), 4),
        orgs in proptest::collection::vec(name(), 3..6),
        sizes in proptest::collection::vec((20u16..=200, 5u16..=60), 2),
        en in any::<bool>(),
    ) {
        let tmp = tempfile::tempdir().unwrap();
        write_dir(tmp.path(), &nets, &orgs);
        let ws = Workspace::load_staged(tmp.path(), &LoadOptions::default(), &|_| {}).unwrap();
        let lang = if en { Lang::En } else { Lang::Ja };
        let mut app = App::new(ws, lang, Theme { color: false });
        tui_support::deliver(&mut app);
        for (w, h) in &sizes {
            app.update(Action::Resize { width: *w, height: *h });
            for walk in walks() {
                for a in RESET.iter().chain(&walk) {
                    app.update(*a);
                }
                let buf = frame(&app);
                let checked = check_screen(&buf);
                prop_assert!(checked.is_ok(), "{checked:?} at {w}x{h} after {walk:?}:\n{}", dump(&buf));
            }
        }
    }
}

fn dump(buf: &Buffer) -> String {
    let mut s = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            s.push_str(buf[(x, y)].symbol());
        }
        s.push('\n');
    }
    s
}

#[test]
fn the_checker_finds_a_broken_edge() {
    let mut buf = Buffer::empty(ratatui::layout::Rect::new(0, 0, 10, 4));
    ratatui::widgets::Widget::render(
        ratatui::widgets::Block::bordered(),
        ratatui::layout::Rect::new(0, 0, 6, 4),
        &mut buf,
    );
    assert!(check_screen(&buf).is_ok());
    buf[(5, 2)].set_symbol("x");
    assert!(check_screen(&buf).is_err());
}
