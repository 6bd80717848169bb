//! Colours and emphasis that read on dark and light terminals alike.
//!
//! Only the terminal's named colours are used (the user's palette decides
//! the shade), never white, black or yellow text, and selection is shown by
//! reversing, which works on any background. With `NO_COLOR` every colour
//! goes and only bold/reverse/underline remain.

use ratatui::style::{Color, Modifier, Style};

use crate::model::Program;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    fn fg(self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    #[must_use]
    pub fn program(self, p: Program) -> Style {
        self.fg(match p {
            Program::Kofukin => Color::Magenta,
            Program::CoiNext => Color::Cyan,
            Program::Platform => Color::Green,
            Program::Other => Color::Blue,
        })
    }

    #[must_use]
    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// A member shared with other networks.
    #[must_use]
    pub fn shared(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    #[must_use]
    pub fn dim(self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    #[must_use]
    pub fn title(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    #[must_use]
    pub fn focus_border(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    #[must_use]
    pub fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    #[must_use]
    pub fn warning(self) -> Style {
        self.fg(Color::Magenta).add_modifier(Modifier::BOLD)
    }

    #[must_use]
    pub fn highlight(self) -> Style {
        self.fg(Color::Red)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    #[must_use]
    pub fn mark(self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }

    /// Heat-map cell for `n` shared entities out of a maximum `max`.
    #[must_use]
    pub fn heat(self, n: usize, max: usize) -> Style {
        if n == 0 {
            return self.dim();
        }
        let level = if max == 0 {
            0
        } else {
            (n * 3).div_ceil(max.max(1))
        };
        let base = if self.color {
            let bg = match level {
                0 | 1 => Color::Blue,
                2 => Color::Magenta,
                _ => Color::Red,
            };
            Style::new().bg(bg).fg(Color::Reset)
        } else {
            Style::new()
        };
        if level >= 3 {
            base.add_modifier(Modifier::BOLD)
        } else {
            base
        }
    }
}
