//! The browser's state and the one place it changes: [`App::update`].
//!
//! Views only read an `App`. Everything a view needs that costs more than a
//! lookup (visible lists, search hits, overlap tables) is computed here when
//! the action that changes it arrives, never while drawing.

use std::collections::BTreeSet;

use super::action::{Action, Mode, View};
use super::data::Data;
use super::labels::{Labels, Lang};
use super::theme::Theme;
use crate::model::{Prefecture, Program, Sector};

/// The panes of the browse view, left to right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Pane {
    Prefectures,
    Networks,
    Members,
    Detail,
}

impl Pane {
    pub const ALL: [Pane; 4] = [
        Pane::Prefectures,
        Pane::Networks,
        Pane::Members,
        Pane::Detail,
    ];

    fn step(self, forward: bool) -> Pane {
        let i = Pane::ALL.iter().position(|p| *p == self).unwrap_or(0);
        let n = Pane::ALL.len();
        Pane::ALL[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }]
    }
}

/// The filters every view applies; the status line always shows them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Filters {
    pub program: Option<Program>,
    pub sector: Option<Sector>,
    pub year: Option<i32>,
}

/// Cursor positions, one per list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursors {
    pub pref: usize,
    pub net: usize,
    pub member: usize,
    pub detail: usize,
    pub problems: usize,
    pub keypersons: usize,
    pub row: usize,
    pub col: usize,
}

/// A one-line message for the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

pub struct App {
    pub data: Data,
    pub lang: Lang,
    pub theme: Theme,
    pub view: View,
    pub focus: Pane,
    pub mode: Mode,
    pub filters: Filters,
    pub cursor: Cursors,
    /// Visible rows, recomputed by [`App::refresh`]: `None` is "all".
    pub prefs: Vec<Option<Prefecture>>,
    /// Networks passing the filters in each of `prefs`.
    pub pref_counts: Vec<usize>,
    /// Network indices of the selected prefecture that pass the filters.
    pub nets: Vec<u32>,
    /// Member positions of the selected network that pass the filters.
    pub members: Vec<u32>,
    /// Marked networks, for export.
    pub marks: BTreeSet<u32>,
    pub search: super::search::SearchUi,
    pub export: Option<super::export::ExportDialog>,
    pub overlap: super::overlap::OverlapState,
    pub problems: super::problems::ProblemsState,
    pub status: Option<Status>,
    pub size: (u16, u16),
    pub quit: bool,
}

impl App {
    #[must_use]
    pub fn new(data: Data, lang: Lang, theme: Theme) -> App {
        let search = super::search::SearchUi::new(&data);
        App::with_search(data, search, lang, theme)
    }

    /// An app whose search index was built elsewhere (on the loading
    /// thread).
    #[must_use]
    pub fn with_search(
        data: Data,
        search: super::search::SearchUi,
        lang: Lang,
        theme: Theme,
    ) -> App {
        let mut app = App {
            data,
            lang,
            theme,
            view: View::Browse,
            focus: Pane::Prefectures,
            mode: Mode::Normal,
            filters: Filters::default(),
            cursor: Cursors::default(),
            prefs: Vec::new(),
            pref_counts: Vec::new(),
            nets: Vec::new(),
            members: Vec::new(),
            marks: BTreeSet::new(),
            search,
            export: None,
            overlap: super::overlap::OverlapState::default(),
            problems: super::problems::ProblemsState::default(),
            status: None,
            size: (80, 24),
            quit: false,
        };
        app.refresh();
        super::problems::refresh(&mut app);
        app
    }

    #[must_use]
    pub fn labels(&self) -> &'static Labels {
        self.lang.labels()
    }

    /// The selected prefecture (`None` for "all" or nothing).
    #[must_use]
    pub fn prefecture(&self) -> Option<Prefecture> {
        self.prefs.get(self.cursor.pref).copied().flatten()
    }

    /// The selected network's index into `Dataset::networks`.
    #[must_use]
    pub fn network(&self) -> Option<u32> {
        self.nets.get(self.cursor.net).copied()
    }

    /// The selected member's position in the selected network.
    #[must_use]
    pub fn member(&self) -> Option<u32> {
        self.members.get(self.cursor.member).copied()
    }

    /// The networks of the selected member's entity, for the detail pane
    /// and jumps.
    #[must_use]
    pub fn detail_networks(&self) -> Vec<u32> {
        let (Some(n), Some(m)) = (self.network(), self.member()) else {
            return Vec::new();
        };
        self.data
            .member_entity(n, m)
            .map(|e| self.data.resolved.entity(e).networks.clone())
            .unwrap_or_default()
    }

    /// Applies one action. The only function that changes the state.
    pub fn update(&mut self, action: Action) {
        if let Action::Resize { width, height } = action {
            self.size = (width, height);
            return;
        }
        if action == Action::Quit {
            self.quit = true;
            return;
        }
        match self.mode {
            Mode::Help => self.mode = Mode::Normal,
            Mode::Search => super::search::update(self, action),
            Mode::Export | Mode::Confirm => super::export::update(self, action),
            Mode::Normal => self.normal(action),
        }
    }

    fn normal(&mut self, action: Action) {
        self.status = None;
        match action {
            Action::ToggleHelp => self.mode = Mode::Help,
            Action::OpenSearch => super::search::open(self),
            Action::Export => super::export::open(self),
            Action::Show(view) => self.show(view),
            Action::CycleProgram => {
                self.filters.program = cycle(&Program::ALL, self.filters.program);
                self.filters_changed();
            }
            Action::CycleSector => {
                self.filters.sector = cycle(&Sector::ALL, self.filters.sector);
                self.filters_changed();
            }
            Action::ToggleYear => {
                self.filters.year = match self.filters.year {
                    Some(_) => None,
                    None => Some(self.default_year()),
                };
                self.filters_changed();
            }
            Action::YearBack | Action::YearForward => {
                let step = if action == Action::YearBack { -1 } else { 1 };
                self.filters.year =
                    Some(self.filters.year.unwrap_or_else(|| self.default_year()) + step);
                self.filters_changed();
            }
            Action::ClearFilters => {
                self.filters = Filters::default();
                self.filters_changed();
            }
            Action::Reload => self.reload(),
            other => match self.view {
                View::Browse => super::browse::update(self, other),
                View::Overlap | View::Keypersons | View::Graph => {
                    super::overlap::update(self, other);
                }
                View::Problems => super::problems::update(self, other),
            },
        }
    }

    fn show(&mut self, view: View) {
        self.view = view;
        if matches!(view, View::Overlap | View::Keypersons | View::Graph) {
            super::overlap::refresh(self);
        }
    }

    /// The year the year filter starts at: the latest `since` in the data,
    /// so the first press shows the networks running most recently.
    fn default_year(&self) -> i32 {
        self.data
            .ds
            .networks
            .iter()
            .filter_map(|n| n.since)
            .max()
            .unwrap_or(2024)
    }

    fn filters_changed(&mut self) {
        self.refresh();
        if self.view != View::Browse {
            super::overlap::refresh(self);
        }
    }

    /// Reloads the data directory, keeping the view and what can be kept.
    /// The suggestions are left pending, for the loop to compute in the
    /// background (see [`App::wants_suggestions`]).
    pub fn reload(&mut self) {
        let opts = crate::loader::LoadOptions::default();
        match Data::load_staged(&self.data.dir, &opts, &|_| {}) {
            Ok(mut data) => {
                data.generation = self.data.generation.wrapping_add(1);
                let selected = self.network().map(|n| self.data.network(n).id.clone());
                self.search = super::search::SearchUi::new(&data);
                self.data = data;
                self.marks.clear();
                // Dismissals outlive a reload: the same pair is still not
                // a duplicate.
                self.problems.items.clear();
                self.refresh();
                super::problems::refresh(self);
                if let Some(id) = selected {
                    super::browse::select_network_id(self, &id);
                }
                if self.view != View::Browse {
                    super::overlap::refresh(self);
                }
            }
            Err(e) => self.fail(e.to_string()),
        }
    }

    /// Recomputes the visible lists after the selection or filters changed,
    /// and keeps every cursor inside its list.
    pub fn refresh(&mut self) {
        let f = self.filters;
        let passes = |n: &crate::model::Network| {
            f.program.is_none_or(|p| n.program == p) && f.year.is_none_or(|y| n.active_in(y))
        };
        // One pass over the networks counts every prefecture.
        let mut counts = [0usize; 48];
        for n in self.data.ds.networks.iter().filter(|n| passes(n)) {
            counts[usize::from(n.prefecture.code())] += 1;
        }
        counts[0] = counts.iter().sum();
        self.prefs = std::iter::once(None)
            .chain(
                Prefecture::all()
                    .filter(|p| counts[usize::from(p.code())] > 0)
                    .map(Some),
            )
            .collect();
        self.pref_counts = self
            .prefs
            .iter()
            .map(|p| counts[p.map_or(0, |p| usize::from(p.code()))])
            .collect();
        self.cursor.pref = self.cursor.pref.min(self.prefs.len().saturating_sub(1));
        let pref = self.prefecture();
        let mut nets: Vec<u32> = (0u32..)
            .zip(&self.data.ds.networks)
            .filter(|(_, n)| pref.is_none_or(|p| n.prefecture == p) && passes(n))
            .map(|(i, _)| i)
            .collect();
        nets.sort_by(|a, b| {
            let (x, y) = (self.data.network(*a), self.data.network(*b));
            (x.prefecture, x.program, &x.name).cmp(&(y.prefecture, y.program, &y.name))
        });
        self.nets = nets;
        self.cursor.net = self.cursor.net.min(self.nets.len().saturating_sub(1));
        self.refresh_members();
    }

    /// Recomputes the member rows of the selected network.
    pub fn refresh_members(&mut self) {
        let sector = self.filters.sector;
        self.members = match self.network() {
            Some(n) => (0u32..)
                .zip(&self.data.network(n).members)
                .filter(|(m, _)| {
                    sector.is_none_or(|s| {
                        self.data.resolved.member_sector(
                            &self.data.ds,
                            crate::identity::MemberRef {
                                network: n,
                                member: *m,
                            },
                        ) == Some(s)
                    })
                })
                .map(|(m, _)| m)
                .collect(),
            None => Vec::new(),
        };
        self.cursor.member = self.cursor.member.min(self.members.len().saturating_sub(1));
        self.cursor.detail = 0;
    }

    pub fn focus_step(&mut self, forward: bool) {
        self.focus = self.focus.step(forward);
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
