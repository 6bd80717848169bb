//! The browser's state and the one place it changes: [`App::update`].
//!
//! Each view's state lives in its own type and updates itself against a
//! read-only [`Ctx`], returning effects; the app applies them and hands
//! the I/O ones ([`Task`]s) back to the event loop, which runs them
//! outside `update` and reports with the methods in `outcome`.

use super::action::{Action, Mode, View};
use super::browse::BrowseState;
use super::ctx::{Ctx, Filters, Suggestions};
use super::decide::Applied;
use super::effect::{Effect, Effects, Task};
use super::export::ExportDialog;
use super::labels::{Labels, Lang};
use super::lanes::LanesState;
use super::overlap::OverlapState;
use super::problems::ProblemsState;
use super::reload::Reload;
use super::search::SearchUi;
use super::table::TableState;
use super::theme::Theme;
use crate::identity::EntityId;
use crate::loader::LoadOptions;
use crate::model::{Program, Sector};
use crate::workspace::Workspace;

/// A one-line message for the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

/// The read-only context of the app's current state. A macro, not a
/// method, so the borrow stays on the fields it reads and the sub-state
/// being updated can be borrowed mutably beside it.
macro_rules! ctx {
    ($app:expr) => {
        Ctx {
            ws: &$app.ws,
            suggestions: &$app.suggestions,
            filters: $app.filters,
            selection: $app.browse.selection(&$app.ws),
            lang: $app.lang,
            size: $app.size,
        }
    };
}
pub(super) use ctx;

pub struct App {
    pub ws: Workspace,
    pub suggestions: Suggestions,
    /// Which load this is, so suggestions computed for an earlier one are
    /// recognised and dropped.
    pub generation: u64,
    pub lang: Lang,
    pub theme: Theme,
    pub view: View,
    pub mode: Mode,
    pub filters: Filters,
    pub browse: BrowseState,
    pub search: SearchUi,
    pub overlap: OverlapState,
    /// The graph view's lane drawing.
    pub lanes: LanesState,
    pub problems: ProblemsState,
    pub table: TableState,
    pub export: Option<ExportDialog>,
    pub status: Option<Status>,
    /// A reload running in the background; the data above stays usable.
    pub reloading: Option<Reload>,
    /// Decisions written this session, the last one first to undo.
    pub decisions: Vec<Applied>,
    /// How the directory is read again on a reload.
    pub load: LoadOptions,
    pub size: (u16, u16),
    pub quit: bool,
}

impl App {
    #[must_use]
    pub fn new(ws: Workspace, lang: Lang, theme: Theme) -> App {
        let search = SearchUi::new(&ws);
        App::with_search(ws, search, lang, theme)
    }

    /// An app whose search index was built elsewhere (on the loading
    /// thread).
    #[must_use]
    pub fn with_search(ws: Workspace, search: SearchUi, lang: Lang, theme: Theme) -> App {
        let ctx = Ctx {
            ws: &ws,
            suggestions: &Suggestions::Pending,
            filters: Filters::default(),
            selection: super::ctx::Selection::default(),
            lang,
            size: (80, 24),
        };
        let browse = BrowseState::new(&ctx);
        let mut app = App {
            ws,
            suggestions: Suggestions::Pending,
            generation: 0,
            lang,
            theme,
            view: View::Browse,
            mode: Mode::Normal,
            filters: Filters::default(),
            browse,
            search,
            overlap: OverlapState::default(),
            lanes: LanesState::default(),
            problems: ProblemsState::default(),
            table: TableState::default(),
            export: None,
            status: None,
            reloading: None,
            decisions: Vec::new(),
            load: LoadOptions::default(),
            size: (80, 24),
            quit: false,
        };
        app.problems.refresh(&ctx!(app));
        app
    }

    #[must_use]
    pub fn labels(&self) -> &'static Labels {
        self.lang.labels()
    }

    /// The read-only context views and sub-states see.
    #[must_use]
    pub fn ctx(&self) -> Ctx<'_> {
        ctx!(self)
    }

    /// Applies one action and returns the I/O it asks for. The only
    /// function that changes the state.
    pub fn update(&mut self, action: Action) -> Vec<Task> {
        match action {
            Action::Resize { width, height } => {
                self.size = (width, height);
                return Vec::new();
            }
            Action::Quit => {
                self.quit = true;
                return Vec::new();
            }
            _ => {}
        }
        let effects = match self.mode {
            Mode::Help => vec![Effect::Mode(Mode::Normal)],
            Mode::Search => self.search.update(action, &ctx!(self)),
            Mode::Export | Mode::Confirm => match self.export.as_mut() {
                Some(d) => d.update(action),
                None => vec![Effect::Mode(Mode::Normal)],
            },
            Mode::Normal => self.normal(action),
        };
        self.apply(effects)
    }

    fn apply(&mut self, effects: Effects) -> Vec<Task> {
        let mut tasks = Vec::new();
        for e in effects {
            match e {
                Effect::Say(text) => self.say(text),
                Effect::Fail(text) => self.fail(text),
                Effect::Mode(m) => {
                    if m == Mode::Normal {
                        self.export = None;
                    }
                    self.mode = m;
                }
                Effect::Show(v) => self.show(v),
                Effect::Jump { network, entity } => self.jump(network, entity),
                Effect::Task(t) => tasks.push(t),
            }
        }
        tasks
    }

    fn normal(&mut self, action: Action) -> Effects {
        self.status = None;
        match action {
            Action::ToggleHelp => vec![Effect::Mode(Mode::Help)],
            Action::OpenSearch => self.search.open(),
            Action::Export => self.open_export(),
            Action::Show(view) => vec![Effect::Show(view)],
            Action::CycleProgram => {
                self.filters.program = cycle(&Program::ALL, self.filters.program);
                self.filters_changed()
            }
            Action::CycleSector => {
                self.filters.sector = cycle(&Sector::ALL, self.filters.sector);
                self.filters_changed()
            }
            Action::ToggleYear => {
                self.filters.year = match self.filters.year {
                    Some(_) => None,
                    None => Some(self.default_year()),
                };
                self.filters_changed()
            }
            Action::YearBack | Action::YearForward => {
                let step = if action == Action::YearBack { -1 } else { 1 };
                self.filters.year =
                    Some(self.filters.year.unwrap_or_else(|| self.default_year()) + step);
                self.filters_changed()
            }
            Action::ClearFilters => {
                self.filters = Filters::default();
                self.filters_changed()
            }
            Action::Reload if self.reloading.is_none() => vec![Effect::Task(Task::Reload)],
            Action::Reload => Vec::new(),
            Action::Back if self.reloading.is_some() => {
                self.reloading = None;
                vec![Effect::Say(self.labels().reload_cancelled.to_owned())]
            }
            Action::Undo => vec![Effect::Task(Task::Undo)],
            other => self.in_view(other),
        }
    }

    fn in_view(&mut self, action: Action) -> Effects {
        match self.view {
            View::Browse => self.browse.update(action, &ctx!(self)),
            View::Overlap | View::Keypersons => self.overlap.update(self.view, action, &ctx!(self)),
            View::Graph => self.lanes.update(action, &ctx!(self)),
            View::Problems => self.problems.update(action, &ctx!(self)),
            View::Table => self.table.update(action, &ctx!(self)),
        }
    }

    fn show(&mut self, view: View) {
        self.view = view;
        self.overlap.refresh(view, &ctx!(self));
        self.refresh_table();
        self.refresh_lanes();
    }

    /// Rebuilds the program table when it is on screen (the marks may
    /// have changed since it was last built).
    pub(super) fn refresh_table(&mut self) {
        if self.view == View::Table {
            self.table.refresh(&ctx!(self), &self.browse.marks);
        }
    }

    /// Rebuilds the lane drawing when the graph view is showing (it
    /// follows the marks, so it is rebuilt each time it opens).
    pub(super) fn refresh_lanes(&mut self) {
        if self.view == View::Graph {
            self.lanes.refresh(&ctx!(self), &self.browse.marks);
        }
    }

    /// Opens the export dialog, or explains that nothing is marked. With
    /// nothing marked, the selected network is taken, so one keystroke
    /// exports it.
    fn open_export(&mut self) -> Effects {
        if self.browse.marks.is_empty() {
            let Some(n) = self.browse.network() else {
                return vec![Effect::Fail(self.labels().export_nothing_marked.to_owned())];
            };
            self.browse.marks.insert(n);
        }
        self.export = Some(ExportDialog::new(
            self.browse.marks.iter().copied().collect(),
        ));
        vec![Effect::Mode(Mode::Export)]
    }

    /// Shows network `n` in the browse view. Filters that would hide it
    /// are cleared, and the status line says so.
    fn jump(&mut self, n: u32, entity: Option<EntityId>) {
        let net = self.ws.network(n);
        let hidden = self.filters.program.is_some_and(|p| p != net.program)
            || self.filters.year.is_some_and(|y| !net.active_in(y));
        if hidden {
            self.filters.program = None;
            self.filters.year = None;
            let l = self.labels();
            self.say(format!("{}: {}", l.filter, l.none));
        }
        self.view = View::Browse;
        self.browse.jump(&ctx!(self), n, entity);
    }

    /// The year the year filter starts at: the latest `since` in the data,
    /// so the first press shows the networks running most recently.
    fn default_year(&self) -> i32 {
        self.ws.latest_year().unwrap_or(2024)
    }

    fn filters_changed(&mut self) -> Effects {
        self.browse.refresh(&ctx!(self));
        self.overlap.refresh(self.view, &ctx!(self));
        self.refresh_table();
        self.refresh_lanes();
        Vec::new()
    }

    pub fn say(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
        });
    }

    pub fn fail(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: true,
        });
    }
}

/// Next value of a filter: none, then each value in turn, then none again.
fn cycle<T: Copy + PartialEq>(all: &[T], current: Option<T>) -> Option<T> {
    match current {
        None => all.first().copied(),
        Some(v) => all
            .iter()
            .position(|x| *x == v)
            .and_then(|i| all.get(i + 1))
            .copied(),
    }
}
