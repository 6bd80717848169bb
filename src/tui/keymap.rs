//! Keys to actions: a pure function of the key and the current mode.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind};

use super::action::{Action, Mode, View};

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
        Mode::Normal => normal(key.code, ctrl),
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

fn normal(code: KeyCode, ctrl: bool) -> Option<Action> {
    Some(match code {
        KeyCode::Char('d' | 'f') if ctrl => Action::PageDown,
        KeyCode::Char('u' | 'b') if ctrl => Action::PageUp,
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Esc => Action::Back,
        KeyCode::Char('j') | KeyCode::Down => Action::Down,
        KeyCode::Char('k') | KeyCode::Up => Action::Up,
        KeyCode::Char('h') | KeyCode::Left => Action::Left,
        KeyCode::Char('l') | KeyCode::Right => Action::Right,
        KeyCode::Tab => Action::NextPane,
        KeyCode::BackTab => Action::PrevPane,
        KeyCode::Char('g') | KeyCode::Home => Action::Top,
        KeyCode::Char('G') | KeyCode::End => Action::Bottom,
        KeyCode::PageDown => Action::PageDown,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::Enter => Action::Activate,
        KeyCode::Char('/') => Action::OpenSearch,
        KeyCode::Char('?') | KeyCode::F(1) => Action::ToggleHelp,
        KeyCode::Char(' ') => Action::ToggleMark,
        KeyCode::Char('e') => Action::Export,
        KeyCode::Char('p') => Action::CycleProgram,
        KeyCode::Char('s') => Action::CycleSector,
        KeyCode::Char('t') => Action::CycleKind,
        KeyCode::Char('y') => Action::ToggleYear,
        KeyCode::Char('[') => Action::YearBack,
        KeyCode::Char(']') => Action::YearForward,
        KeyCode::Char('c') => Action::ClearFilters,
        KeyCode::Char('n') => Action::JumpNext,
        KeyCode::Char('a') => Action::Accept,
        KeyCode::Char('x') => Action::Dismiss,
        KeyCode::Char('r') => Action::Reload,
        KeyCode::Char(c @ '1'..='5') => Action::Show(View::ALL[usize::from(c as u8 - b'1')]),
        _ => return None,
    })
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
            keymap(key(KeyCode::Char('3')), Mode::Normal),
            Some(Action::Show(View::Keypersons))
        );
    }
}
