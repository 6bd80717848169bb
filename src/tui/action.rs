//! Everything a user can ask of the browser, as plain values.
//!
//! Keys and mouse events become `Action`s in `keymap`; only
//! `App::update` changes state, so every behaviour can be tested by feeding
//! actions without a terminal.

/// The browser's screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Browse,
    /// The program table (プログラム表).
    Table,
    Overlap,
    Keypersons,
    Graph,
    Problems,
}

impl View {
    pub const ALL: [View; 6] = [
        View::Browse,
        View::Table,
        View::Overlap,
        View::Keypersons,
        View::Graph,
        View::Problems,
    ];
}

/// What the keyboard is talking to right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Search,
    Help,
    /// Typing a file name in the export dialog.
    Export,
    /// Answering a yes/no question.
    Confirm,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Esc: close what is open, or step back one pane.
    Back,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Left,
    Right,
    NextPane,
    PrevPane,
    /// Enter: open, jump or confirm, depending on where the cursor is.
    Activate,
    Show(View),
    OpenSearch,
    /// Text typed into the search box or the export file name.
    Input(char),
    Backspace,
    ToggleHelp,
    ToggleMark,
    Export,
    /// Next export format in the dialog.
    CycleFormat,
    CycleProgram,
    CycleSector,
    /// Next entity kind in the keypersons view.
    CycleKind,
    ToggleYear,
    YearBack,
    YearForward,
    ClearFilters,
    /// Jump to the next other network of the selected member.
    JumpNext,
    /// In the overlap matrix: the next pair sharing exactly one member.
    NextSolePair,
    /// Record the selected duplicate suggestion as one entity.
    Accept,
    /// Record the selected duplicate suggestion as two different ones.
    Dismiss,
    /// Take back the last decision written to the registry.
    Undo,
    Reload,
    Yes,
    No,
    /// Mouse click at a screen cell.
    Click {
        column: u16,
        row: u16,
    },
    ScrollUp {
        column: u16,
        row: u16,
    },
    ScrollDown {
        column: u16,
        row: u16,
    },
    Resize {
        width: u16,
        height: u16,
    },
}
