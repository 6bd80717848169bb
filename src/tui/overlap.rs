//! State of the overlap and keypersons (in `people`) views, computed from
//! `crate::graph` when a view opens or its scope changes — never while
//! drawing. The scope (prefecture and filters) is kept, so a cursor never
//! carries over to an unrelated pair.

use super::action::{Action, View};
use super::ctx::{Ctx, ScopeKey};
use super::effect::{Effect, Effects};
use super::pair::{SharedLine, shared_lines};
use super::people::PeopleState;
use crate::graph::Filter;
use crate::identity::EntityId;

/// The shared entities of the selected matrix cell.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PairInfo {
    pub a: u32,
    pub b: u32,
    pub shared: Vec<EntityId>,
    pub brokers: Vec<EntityId>,
    pub jaccard: f64,
    /// Matrix numbers (1-based) of `a` and `b`.
    pub numbers: (usize, usize),
    /// The shared entities with who carries each.
    pub lines: Vec<SharedLine>,
}

/// Most networks the matrix compares at once.
pub const MAX_MATRIX: usize = 400;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct OverlapState {
    /// Set when the selection has more than [`MAX_MATRIX`] networks.
    pub too_many: Option<usize>,
    /// Matrix rows and columns: network indices.
    pub networks: Vec<u32>,
    /// Dense shared counts, `networks.len()` squared, row-major.
    pub counts: Vec<usize>,
    pub max: usize,
    pub row: usize,
    pub col: usize,
    pub pair: Option<PairInfo>,
    /// The keypersons view.
    pub people: PeopleState,
    /// What the matrix was computed for.
    pub scope: Option<ScopeKey>,
    /// Cells the longest row label (number and name) takes.
    pub label_cells: usize,
}

impl OverlapState {
    #[must_use]
    pub fn count(&self, row: usize, col: usize) -> usize {
        let n = self.networks.len();
        if row < n && col < n {
            self.counts[row * n + col]
        } else {
            0
        }
    }

    /// The graph filter matching the browser's selection and filters.
    fn filter(&self, ctx: &Ctx<'_>) -> Filter {
        let f = ctx.filters;
        Filter {
            prefectures: ctx.selection.prefecture.into_iter().collect(),
            programs: f.program.into_iter().collect(),
            year: f.year,
            sectors: f.sector.into_iter().collect(),
            kinds: self.people.kind.into_iter().collect(),
            ..Filter::default()
        }
    }

    /// Recomputes `view`'s data.
    pub fn refresh(&mut self, view: View, ctx: &Ctx<'_>) {
        match view {
            View::Overlap => self.matrix(ctx),
            View::Keypersons => self.people.refresh(ctx),
            View::Graph | View::Browse | View::Problems | View::Table => {}
        }
    }

    fn matrix(&mut self, ctx: &Ctx<'_>) {
        let mut f = self.filter(ctx);
        f.kinds.clear();
        let scope = (ctx.selection.prefecture, ctx.filters);
        if self.scope != Some(scope) {
            // A new scope: the old row and column name other networks.
            self.row = 0;
            self.col = 1;
            self.scope = Some(scope);
        }
        let view = ctx.ws.view(&f);
        let networks = view.networks().to_vec();
        if networks.len() > MAX_MATRIX {
            // A matrix that large is unreadable and costly; the view asks
            // for a prefecture or a filter instead.
            self.too_many = Some(networks.len());
            self.networks.clear();
            self.counts.clear();
            self.pair = None;
            return;
        }
        self.too_many = None;
        let n = networks.len();
        let mut counts = vec![0; n * n];
        for c in &view.matrix().cells {
            let (Ok(i), Ok(j)) = (networks.binary_search(&c.a), networks.binary_search(&c.b))
            else {
                continue;
            };
            counts[i * n + j] = c.shared;
            counts[j * n + i] = c.shared;
        }
        self.max = counts.iter().copied().max().unwrap_or(0);
        self.label_cells = networks
            .iter()
            .enumerate()
            .map(|(i, &k)| {
                // As the row draws it: `{:>2} ` then the name.
                crate::tui::cells::width(&ctx.ws.network(k).name)
                    + (i + 1).to_string().len().max(2)
                    + 1
            })
            .max()
            .unwrap_or(0);
        self.networks = networks;
        self.counts = counts;
        self.row = self.row.min(n.saturating_sub(1));
        self.col = self.col.min(n.saturating_sub(1));
        if self.row == self.col && n > 1 {
            // Start off the diagonal, on a real pair.
            self.col = (self.row + 1) % n;
        }
        self.select_pair(ctx);
    }

    /// Fills the selected cell's pair detail.
    fn select_pair(&mut self, ctx: &Ctx<'_>) {
        let (Some(&a), Some(&b)) = (self.networks.get(self.row), self.networks.get(self.col))
        else {
            self.pair = None;
            return;
        };
        let mut f = self.filter(ctx);
        f.kinds.clear();
        let view = ctx.ws.view(&f);
        let number = |n: u32| self.networks.binary_search(&n).map_or(0, |i| i + 1);
        self.pair = view.pair(a, b).map(|p| {
            let numbers = (number(p.a), number(p.b));
            PairInfo {
                a: p.a,
                b: p.b,
                shared: p.shared.iter().map(|s| s.entity).collect(),
                lines: shared_lines(&view, &p, numbers, ctx.lang),
                brokers: p.brokers,
                jaccard: p.jaccard,
                numbers,
            }
        });
    }

    /// The next pair (row-major over the upper triangle, wrapping) that
    /// shares exactly one member: where one entity alone holds two
    /// networks together.
    fn next_sole_pair(&mut self) -> bool {
        let n = self.networks.len();
        let (r, c) = (self.row.min(self.col), self.row.max(self.col));
        let start = r * n + c;
        let found = (1..=n * n)
            .map(|k| (start + k) % (n * n))
            .map(|i| (i / n, i % n))
            .find(|&(i, j)| i < j && self.count(i, j) == 1);
        if let Some((i, j)) = found {
            (self.row, self.col) = (i, j);
        }
        found.is_some()
    }

    /// Applies an action in one of the two views.
    pub fn update(&mut self, view: View, action: Action, ctx: &Ctx<'_>) -> Effects {
        match (view, action) {
            (_, Action::Back) => vec![Effect::Show(View::Browse)],
            (View::Overlap, a) => self.matrix_move(a, ctx),
            (View::Keypersons, a) => self.people.update(a, ctx),
            _ => Vec::new(),
        }
    }

    fn matrix_move(&mut self, action: Action, ctx: &Ctx<'_>) -> Effects {
        let last = self.networks.len().saturating_sub(1);
        let (r, c) = (&mut self.row, &mut self.col);
        match action {
            Action::Up => *r = r.saturating_sub(1),
            Action::Down => *r = (*r + 1).min(last),
            Action::Left => *c = c.saturating_sub(1),
            Action::Right => *c = (*c + 1).min(last),
            Action::Top => *r = 0,
            Action::Bottom => *r = last,
            Action::NextSolePair => {
                if !self.next_sole_pair() {
                    return vec![Effect::Say(ctx.lang.words().no_sole_pair.to_owned())];
                }
            }
            Action::Activate => {
                // Enter on a cell shows the row network in the browser.
                return self
                    .networks
                    .get(*r)
                    .map(|&n| Effect::Jump {
                        network: n,
                        entity: None,
                    })
                    .into_iter()
                    .collect();
            }
            _ => return Vec::new(),
        }
        self.select_pair(ctx);
        Vec::new()
    }
}
