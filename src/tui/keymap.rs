//! Keys to actions: a pure function of the key and the current mode,
//! read from one table ([`NORMAL`]) that the help overlay is generated
//! from, so the two cannot drift apart.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind};

use super::action::{Action, Mode, View};

/// A key as the table names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Code(KeyCode),
    Ctrl(char),
}

impl Key {
    /// How the help writes the key.
    #[must_use]
    pub fn name(self) -> String {
        match self {
            Key::Char(' ') => "Space".into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("C-{c}"),
            Key::Code(code) => match code {
                KeyCode::Up => "Up".into(),
                KeyCode::Down => "Down".into(),
                KeyCode::Left => "Left".into(),
                KeyCode::Right => "Right".into(),
                KeyCode::Tab => "Tab".into(),
                KeyCode::BackTab => "S-Tab".into(),
                KeyCode::Home => "Home".into(),
                KeyCode::End => "End".into(),
                KeyCode::PageUp => "PgUp".into(),
                KeyCode::PageDown => "PgDn".into(),
                KeyCode::Enter => "Enter".into(),
                KeyCode::Esc => "Esc".into(),
                KeyCode::F(n) => format!("F{n}"),
                other => format!("{other:?}"),
            },
        }
    }

    fn matches(self, code: KeyCode, ctrl: bool) -> bool {
        match self {
            Key::Char(c) => !ctrl && code == KeyCode::Char(c),
            Key::Ctrl(c) => ctrl && code == KeyCode::Char(c),
            Key::Code(k) => code == k,
        }
    }
}

/// What a binding is for, as the help groups it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    Move,
    Page,
    Pane,
    Open,
    Back,
    JumpNext,
    Search,
    Views,
    Filter,
    Kind,
    Mark,
    Export,
    Decide,
    Undo,
    Reload,
    Help,
    Quit,
    SolePair,
}

/// One row of the table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub topic: Topic,
}

const fn b(keys: &'static [Key], action: Action, topic: Topic) -> Binding {
    Binding {
        keys,
        action,
        topic,
    }
}

use Key::{Char as C, Code, Ctrl};

/// Every key of the normal mode.
pub const NORMAL: &[Binding] = &[
    b(&[C('j'), Code(KeyCode::Down)], Action::Down, Topic::Move),
    b(&[C('k'), Code(KeyCode::Up)], Action::Up, Topic::Move),
    b(&[C('g'), Code(KeyCode::Home)], Action::Top, Topic::Page),
    b(&[C('G'), Code(KeyCode::End)], Action::Bottom, Topic::Page),
    b(
        &[Code(KeyCode::PageUp), Ctrl('u'), Ctrl('b')],
        Action::PageUp,
        Topic::Page,
    ),
    b(
        &[Code(KeyCode::PageDown), Ctrl('d'), Ctrl('f')],
        Action::PageDown,
        Topic::Page,
    ),
    b(&[C('h'), Code(KeyCode::Left)], Action::Left, Topic::Pane),
    b(&[C('l'), Code(KeyCode::Right)], Action::Right, Topic::Pane),
    b(&[Code(KeyCode::Tab)], Action::NextPane, Topic::Pane),
    b(&[Code(KeyCode::BackTab)], Action::PrevPane, Topic::Pane),
    b(&[Code(KeyCode::Enter)], Action::Activate, Topic::Open),
    b(&[Code(KeyCode::Esc)], Action::Back, Topic::Back),
    b(&[C('n')], Action::JumpNext, Topic::JumpNext),
    b(&[C('/')], Action::OpenSearch, Topic::Search),
    b(&[C('1')], Action::Show(View::Browse), Topic::Views),
    b(&[C('2')], Action::Show(View::Table), Topic::Views),
    b(&[C('3')], Action::Show(View::Overlap), Topic::Views),
    b(&[C('4')], Action::Show(View::Keypersons), Topic::Views),
    b(&[C('5')], Action::Show(View::Graph), Topic::Views),
    b(&[C('6')], Action::Show(View::Problems), Topic::Views),
    b(&[C('p')], Action::CycleProgram, Topic::Filter),
    b(&[C('s')], Action::CycleSector, Topic::Filter),
    b(&[C('y')], Action::ToggleYear, Topic::Filter),
    b(&[C('[')], Action::YearBack, Topic::Filter),
    b(&[C(']')], Action::YearForward, Topic::Filter),
    b(&[C('c')], Action::ClearFilters, Topic::Filter),
    b(&[C('t')], Action::CycleKind, Topic::Kind),
    b(&[C('o')], Action::NextSolePair, Topic::SolePair),
    b(&[C(' ')], Action::ToggleMark, Topic::Mark),
    b(&[C('e')], Action::Export, Topic::Export),
    b(&[C('a')], Action::Accept, Topic::Decide),
    b(&[C('x')], Action::Dismiss, Topic::Decide),
    b(&[C('u')], Action::Undo, Topic::Undo),
    b(&[C('r')], Action::Reload, Topic::Reload),
    b(
        &[C('?'), Code(KeyCode::F(1))],
        Action::ToggleHelp,
        Topic::Help,
    ),
    b(&[C('q')], Action::Quit, Topic::Quit),
];

/// The help's rows: each topic once, in table order, with its keys.
#[must_use]
pub fn help_rows() -> Vec<(Topic, String)> {
    let mut rows: Vec<(Topic, Vec<String>)> = Vec::new();
    for binding in NORMAL {
        let names = binding.keys.iter().map(|k| k.name());
        match rows.iter_mut().find(|(t, _)| *t == binding.topic) {
            Some((_, keys)) => keys.extend(names),
            None => rows.push((binding.topic, names.collect())),
        }
    }
    rows.into_iter().map(|(t, k)| (t, k.join(" "))).collect()
}

/// The action a key press means in `mode`, if any.
#[must_use]
pub fn keymap(key: KeyEvent, mode: Mode) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    match mode {
        Mode::Normal => NORMAL
            .iter()
            .find(|b| b.keys.iter().any(|k| k.matches(key.code, ctrl)))
            .map(|b| b.action),
        Mode::Search => text_entry(key.code, ctrl),
        Mode::Export => match key.code {
            KeyCode::Tab => Some(Action::CycleFormat),
            code => text_entry(code, ctrl),
        },
        Mode::Help => Some(Action::ToggleHelp),
        Mode::Confirm => match key.code {
            KeyCode::Char('y' | 'Y') => Some(Action::Yes),
            KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Action::No),
            _ => None,
        },
    }
}

fn text_entry(code: KeyCode, ctrl: bool) -> Option<Action> {
    Some(match code {
        KeyCode::Esc => Action::Back,
        KeyCode::Enter => Action::Activate,
        KeyCode::Backspace => Action::Backspace,
        KeyCode::Up => Action::Up,
        KeyCode::Down => Action::Down,
        KeyCode::Char('p') if ctrl => Action::Up,
        KeyCode::Char('n') if ctrl => Action::Down,
        KeyCode::Char(c) if !ctrl => Action::Input(c),
        _ => return None,
    })
}

/// The action a mouse event means: clicks and wheel scrolls.
#[must_use]
pub fn mouse(ev: MouseEvent) -> Option<Action> {
    let (column, row) = (ev.column, ev.row);
    match ev.kind {
        MouseEventKind::Down(_) => Some(Action::Click { column, row }),
        MouseEventKind::ScrollUp => Some(Action::ScrollUp { column, row }),
        MouseEventKind::ScrollDown => Some(Action::ScrollDown { column, row }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn vim_keys_and_arrows_agree() {
        for (a, b) in [
            ('j', KeyCode::Down),
            ('k', KeyCode::Up),
            ('h', KeyCode::Left),
            ('l', KeyCode::Right),
        ] {
            assert_eq!(
                keymap(key(KeyCode::Char(a)), Mode::Normal),
                keymap(key(b), Mode::Normal)
            );
        }
    }

    #[test]
    fn typing_in_search_is_text_not_commands() {
        assert_eq!(
            keymap(key(KeyCode::Char('q')), Mode::Search),
            Some(Action::Input('q'))
        );
        assert_eq!(
            keymap(key(KeyCode::Char('高')), Mode::Search),
            Some(Action::Input('高'))
        );
        assert_eq!(keymap(key(KeyCode::Esc), Mode::Search), Some(Action::Back));
        assert_eq!(
            keymap(key(KeyCode::Char('q')), Mode::Normal),
            Some(Action::Quit)
        );
    }

    #[test]
    fn ctrl_c_always_quits_and_help_closes_on_any_key() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for mode in [
            Mode::Normal,
            Mode::Search,
            Mode::Help,
            Mode::Export,
            Mode::Confirm,
        ] {
            assert_eq!(keymap(ctrl_c, mode), Some(Action::Quit));
        }
        assert_eq!(
            keymap(key(KeyCode::Char('x')), Mode::Help),
            Some(Action::ToggleHelp)
        );
        assert_eq!(
            keymap(key(KeyCode::Char('4')), Mode::Normal),
            Some(Action::Show(View::Keypersons))
        );
        assert_eq!(
            keymap(key(KeyCode::Char('2')), Mode::Normal),
            Some(Action::Show(View::Table))
        );
        let ctrl_d = KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL);
        assert_eq!(keymap(ctrl_d, Mode::Normal), Some(Action::PageDown));
    }

    #[test]
    fn no_key_is_bound_twice_and_every_topic_has_help() {
        let mut seen = Vec::new();
        for b in NORMAL {
            for k in b.keys {
                assert!(!seen.contains(k), "{k:?} bound twice");
                seen.push(*k);
            }
        }
        let rows = help_rows();
        assert!(rows.iter().any(|(t, k)| *t == Topic::Undo && k == "u"));
        assert!(rows.iter().any(|(t, k)| *t == Topic::Decide && k == "a x"));
    }
}
