//! State of the overlap, keypersons and graph views, computed from
//! `crate::graph` when a view opens or the selection or filters change —
//! never while drawing.

use super::action::{Action, View};
use super::app::App;
use super::browse;
use crate::graph::{Filter, Sampling};
use crate::identity::{EntityId, EntityKind};
use crate::model::Program;

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

/// What the graph view draws: a centre and its neighbours with a weight.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ego {
    pub center: String,
    /// Label, program colour (networks) and weight (shared count).
    pub nodes: Vec<(String, Option<Program>, usize)>,
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
    pub pair: Option<PairInfo>,
    pub keypersons: Vec<KeyRow>,
    /// Kind shown in the keypersons view; `None` is every kind.
    pub kind: Option<EntityKind>,
    pub ego: Ego,
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
}

/// The graph filter matching the browser's selection and filters.
fn filter(app: &App) -> Filter {
    let f = app.filters;
    Filter {
        prefectures: app.prefecture().into_iter().collect(),
        programs: f.program.into_iter().collect(),
        year: f.year,
        sectors: f.sector.into_iter().collect(),
        kinds: app.overlap.kind.into_iter().collect(),
        ..Filter::default()
    }
}

/// Recomputes the open view's data.
pub fn refresh(app: &mut App) {
    let mut f = filter(app);
    match app.view {
        View::Overlap => {
            f.kinds.clear();
            let view = app.data.view(&f);
            let networks = view.networks().to_vec();
            if networks.len() > MAX_MATRIX {
                // A matrix that large is unreadable and costly; the view
                // asks for a prefecture or a filter instead.
                app.overlap.too_many = Some(networks.len());
                app.overlap.networks.clear();
                app.overlap.counts.clear();
                app.overlap.pair = None;
                return;
            }
            app.overlap.too_many = None;
            let n = networks.len();
            let matrix = view.matrix();
            let mut counts = vec![0; n * n];
            for c in &matrix.cells {
                let (Ok(i), Ok(j)) = (networks.binary_search(&c.a), networks.binary_search(&c.b))
                else {
                    continue;
                };
                counts[i * n + j] = c.shared;
                counts[j * n + i] = c.shared;
            }
            app.overlap.max = counts.iter().copied().max().unwrap_or(0);
            app.overlap.networks = networks;
            app.overlap.counts = counts;
            app.cursor.row = app.cursor.row.min(n.saturating_sub(1));
            app.cursor.col = app.cursor.col.min(n.saturating_sub(1));
            if app.cursor.row == app.cursor.col && n > 1 {
                // Start off the diagonal, on a real pair.
                app.cursor.col = (app.cursor.row + 1) % n;
            }
            select_pair(app, &f);
        }
        View::Keypersons => {
            if f.kinds.is_empty() {
                // Every kind of bridge, institutions too: in most regions
                // the people are not (yet) recorded, the bodies are.
                f.kinds = vec![
                    EntityKind::Organization,
                    EntityKind::Person,
                    EntityKind::Position,
                ];
            }
            let view = app.data.view(&f);
            app.overlap.keypersons = view
                .keypersons(Sampling::Auto)
                .into_iter()
                .map(|k| KeyRow {
                    entity: k.bridge.entity,
                    networks: k.bridge.networks,
                    programs: k.bridge.programs,
                    betweenness: k.betweenness,
                })
                .collect();
            app.cursor.keypersons = app
                .cursor
                .keypersons
                .min(app.overlap.keypersons.len().saturating_sub(1));
        }
        View::Graph => {
            f.kinds.clear();
            app.overlap.ego = ego(app, &f);
        }
        View::Browse | View::Problems => {}
    }
}

/// Fills the selected cell's pair detail.
fn select_pair(app: &mut App, f: &Filter) {
    let nets = &app.overlap.networks;
    let (Some(&a), Some(&b)) = (nets.get(app.cursor.row), nets.get(app.cursor.col)) else {
        app.overlap.pair = None;
        return;
    };
    app.overlap.pair = app.data.view(f).pair(a, b).map(|p| PairInfo {
        a: p.a,
        b: p.b,
        shared: p.shared.iter().map(|s| s.entity).collect(),
        brokers: p.brokers,
        jaccard: p.jaccard,
    });
}

/// The ego network of the selected member's entity, else of the selected
/// network.
fn ego(app: &App, f: &Filter) -> Ego {
    let view = app.data.view(&Filter {
        prefectures: Vec::new(),
        ..f.clone()
    });
    let name = |n: u32| app.data.network(n).name.clone();
    if let Some(e) = browse::selected_entity(app)
        .filter(|_| app.member().is_some() && app.focus >= super::app::Pane::Members)
    {
        let ego = view.entity_ego(e);
        let nodes = ego
            .networks
            .iter()
            .map(|&n| (name(n), Some(app.data.network(n).program), 1))
            .collect();
        return Ego {
            center: app.data.resolved.entity(e).name.clone(),
            nodes,
        };
    }
    let Some(n) = app.network() else {
        return Ego::default();
    };
    let ego = view.network_ego(n);
    let nodes = ego
        .neighbours
        .iter()
        .map(|p| {
            let other = if p.a == n { p.b } else { p.a };
            (
                name(other),
                Some(app.data.network(other).program),
                p.shared.len(),
            )
        })
        .collect();
    Ego {
        center: name(n),
        nodes,
    }
}

/// Applies an action in the overlap views.
pub fn update(app: &mut App, action: Action) {
    match (app.view, action) {
        (_, Action::Back) => app.view = View::Browse,
        (View::Overlap, a) => matrix_move(app, a),
        (View::Keypersons, a) => keypersons(app, a),
        _ => {}
    }
}

fn matrix_move(app: &mut App, action: Action) {
    let last = app.overlap.networks.len().saturating_sub(1);
    let (r, c) = (&mut app.cursor.row, &mut app.cursor.col);
    match action {
        Action::Up => *r = r.saturating_sub(1),
        Action::Down => *r = (*r + 1).min(last),
        Action::Left => *c = c.saturating_sub(1),
        Action::Right => *c = (*c + 1).min(last),
        Action::Top => *r = 0,
        Action::Bottom => *r = last,
        Action::Activate => {
            // Enter on a cell shows the row network in the browser.
            if let Some(&n) = app.overlap.networks.get(*r) {
                app.view = View::Browse;
                browse::jump(app, n, None);
            }
            return;
        }
        _ => return,
    }
    let mut f = filter(app);
    f.kinds.clear();
    select_pair(app, &f);
}

fn keypersons(app: &mut App, action: Action) {
    let last = app.overlap.keypersons.len().saturating_sub(1);
    let c = &mut app.cursor.keypersons;
    match action {
        Action::Up => *c = c.saturating_sub(1),
        Action::Down => *c = (*c + 1).min(last),
        Action::PageUp => *c = c.saturating_sub(10),
        Action::PageDown => *c = (*c + 10).min(last),
        Action::Top => *c = 0,
        Action::Bottom => *c = last,
        Action::CycleKind => {
            app.overlap.kind = match app.overlap.kind {
                None => Some(EntityKind::Organization),
                Some(EntityKind::Organization) => Some(EntityKind::Person),
                Some(EntityKind::Person) => Some(EntityKind::Position),
                Some(EntityKind::Position) => None,
            };
            refresh(app);
        }
        Action::Activate => {
            if let Some(row) = app.overlap.keypersons.get(*c).cloned()
                && let Some(&n) = row.networks.first()
            {
                app.view = View::Browse;
                browse::jump(app, n, Some(row.entity));
            }
        }
        _ => {}
    }
}
