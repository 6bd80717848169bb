//! State of the overlap and keypersons views, computed from
//! `crate::graph` when a view opens or its scope changes — never while
//! drawing. The scope (prefecture and filters) is kept, so a cursor never
//! carries over to an unrelated pair.

use super::action::{Action, View};
use super::ctx::{Ctx, Filters};
use super::effect::{Effect, Effects};
use crate::graph::{Filter, Sampling};
use crate::identity::{EntityId, EntityKind};
use crate::model::{Prefecture, Program};

/// The shared entities of the selected matrix cell.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PairInfo {
    pub a: u32,
    pub b: u32,
    pub shared: Vec<EntityId>,
    pub brokers: Vec<EntityId>,
    pub jaccard: f64,
}

/// One ranked bridge.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyRow {
    pub entity: EntityId,
    pub networks: Vec<u32>,
    pub programs: Vec<Program>,
    pub betweenness: f64,
}

/// Most networks the matrix compares at once.
pub const MAX_MATRIX: usize = 400;

/// The prefecture and filters a view was computed for.
pub type ScopeKey = (Option<Prefecture>, Filters);

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
    pub keypersons: Vec<KeyRow>,
    pub key_cursor: usize,
    /// Kind shown in the keypersons view; `None` is every kind.
    pub kind: Option<EntityKind>,
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
            kinds: self.kind.into_iter().collect(),
            ..Filter::default()
        }
    }

    /// Recomputes `view`'s data.
    pub fn refresh(&mut self, view: View, ctx: &Ctx<'_>) {
        match view {
            View::Overlap => self.matrix(ctx),
            View::Keypersons => self.keypersons(ctx),
            View::Graph | View::Browse | View::Problems => {}
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
                crate::tui::cells::width(&ctx.ws.network(k).name) + (i + 1).to_string().len() + 2
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

    fn keypersons(&mut self, ctx: &Ctx<'_>) {
        let mut f = self.filter(ctx);
        if f.kinds.is_empty() {
            // Every kind of bridge, institutions too: in most regions the
            // people are not (yet) recorded, the bodies are.
            f.kinds = vec![
                EntityKind::Organization,
                EntityKind::Person,
                EntityKind::Position,
            ];
        }
        self.keypersons = ctx
            .ws
            .view(&f)
            .keypersons(Sampling::Auto)
            .into_iter()
            .map(|k| KeyRow {
                entity: k.bridge.entity,
                networks: k.bridge.networks,
                programs: k.bridge.programs,
                betweenness: k.betweenness,
            })
            .collect();
        self.key_cursor = self.key_cursor.min(self.keypersons.len().saturating_sub(1));
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
        self.pair = ctx.ws.view(&f).pair(a, b).map(|p| PairInfo {
            a: p.a,
            b: p.b,
            shared: p.shared.iter().map(|s| s.entity).collect(),
            brokers: p.brokers,
            jaccard: p.jaccard,
        });
    }

    /// Applies an action in one of the two views.
    pub fn update(&mut self, view: View, action: Action, ctx: &Ctx<'_>) -> Effects {
        match (view, action) {
            (_, Action::Back) => vec![Effect::Show(View::Browse)],
            (View::Overlap, a) => self.matrix_move(a, ctx),
            (View::Keypersons, a) => self.keypersons_move(a, ctx),
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

    fn keypersons_move(&mut self, action: Action, ctx: &Ctx<'_>) -> Effects {
        let last = self.keypersons.len().saturating_sub(1);
        let c = &mut self.key_cursor;
        match action {
            Action::Up => *c = c.saturating_sub(1),
            Action::Down => *c = (*c + 1).min(last),
            Action::PageUp => *c = c.saturating_sub(10),
            Action::PageDown => *c = (*c + 10).min(last),
            Action::Top => *c = 0,
            Action::Bottom => *c = last,
            Action::CycleKind => {
                self.kind = match self.kind {
                    None => Some(EntityKind::Organization),
                    Some(EntityKind::Organization) => Some(EntityKind::Person),
                    Some(EntityKind::Person) => Some(EntityKind::Position),
                    Some(EntityKind::Position) => None,
                };
                self.keypersons(ctx);
            }
            Action::Activate => {
                if let Some(row) = self.keypersons.get(*c)
                    && let Some(&n) = row.networks.first()
                {
                    return vec![Effect::Jump {
                        network: n,
                        entity: Some(row.entity),
                    }];
                }
            }
            _ => {}
        }
        Vec::new()
    }
}
