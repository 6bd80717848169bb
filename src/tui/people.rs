//! State of the keypersons view: the ranking (who sits in two or more
//! networks in scope, with organisation, title, role in each network,
//! programs and betweenness) and the only links (who alone holds a pair of
//! networks together), built from `crate::graph` when the view opens or
//! its scope changes, never while drawing.

use super::action::Action;
use super::ctx::{Ctx, ScopeKey};
use super::effect::{Effect, Effects};
use crate::graph::{Filter, Keyperson, Method, Sampling, View};
use crate::identity::{EntityId, EntityKind, Presence};
use crate::model::Program;

/// One ranked bridge, with the strings its row and detail show.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyRow {
    pub entity: EntityId,
    pub kind: EntityKind,
    pub name: String,
    /// `organisation · title` for people and positions, empty for
    /// organisations.
    pub org_title: String,
    pub networks: Vec<u32>,
    pub programs: Vec<Program>,
    pub betweenness: f64,
    /// Per network of `networks`: what it is there (`委員 / 商工労働局長`,
    /// `経由 代表取締役会長`), empty for a plain member.
    pub roles: Vec<String>,
}

/// An entity that alone holds pairs of networks in scope together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRow {
    pub entity: EntityId,
    pub kind: EntityKind,
    pub name: String,
    /// Network index pairs, `a < b`, ascending.
    pub pairs: Vec<(u32, u32)>,
}

/// Which list has the cursor.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Focus {
    #[default]
    Ranking,
    Links,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct PeopleState {
    pub rows: Vec<KeyRow>,
    pub cursor: usize,
    pub links: Vec<LinkRow>,
    pub link_cursor: usize,
    pub focus: Focus,
    /// Kind shown; `None` is every kind.
    pub kind: Option<EntityKind>,
    /// How betweenness was computed, for the legend (`厳密計算 44 点`).
    pub method: String,
    /// Widest name and `organisation · title`, in cells, for the columns.
    pub name_cells: usize,
    pub org_cells: usize,
    /// Widest list of program tags (each with a space after it).
    pub program_cells: usize,
    scope: Option<ScopeKey>,
}

impl PeopleState {
    /// The networks in scope, every kind of entity counted.
    fn filter(ctx: &Ctx<'_>) -> Filter {
        let f = ctx.filters;
        Filter {
            prefectures: ctx.selection.prefecture.into_iter().collect(),
            programs: f.program.into_iter().collect(),
            year: f.year,
            sectors: f.sector.into_iter().collect(),
            ..Filter::default()
        }
    }

    /// Recomputes both lists; a new scope puts the cursors back on top.
    pub fn refresh(&mut self, ctx: &Ctx<'_>) {
        let scope = (ctx.selection.prefecture, ctx.filters);
        if self.scope != Some(scope) {
            self.cursor = 0;
            self.link_cursor = 0;
            self.focus = Focus::Ranking;
            self.scope = Some(scope);
        }
        let counted = ctx.ws.view(&Self::filter(ctx));
        // Every kind of bridge, institutions too, unless `t` chose one: in
        // most regions the people are not (yet) recorded, the bodies are.
        let kinds = self.kind.map_or_else(
            || {
                vec![
                    EntityKind::Organization,
                    EntityKind::Person,
                    EntityKind::Position,
                ]
            },
            |k| vec![k],
        );
        let ranked = counted.with_filter(&Filter {
            kinds: kinds.clone(),
            ..Self::filter(ctx)
        });
        let words = ctx.lang.words();
        let centrality = ranked.betweenness(Sampling::Auto);
        self.method = match centrality.method() {
            Method::Exact => format!("{} {} {}", words.exact, centrality.nodes(), words.nodes),
            Method::Sampled { pivots } => format!(
                "{} {pivots}/{} {}",
                words.sampled,
                centrality.nodes(),
                words.nodes
            ),
        };
        let via = ctx.labels().present_via;
        self.rows = ranked
            .keypersons(Sampling::Auto)
            .iter()
            .map(|k| key_row(&ranked, k, via))
            .collect();
        self.links = link_rows(&counted, &kinds);
        self.name_cells = widest(self.rows.iter().map(|r| r.name.as_str()));
        self.org_cells = widest(self.rows.iter().map(|r| r.org_title.as_str()));
        self.program_cells = self
            .rows
            .iter()
            .map(|r| {
                r.programs
                    .iter()
                    .map(|p| super::cells::width(words.program_tag(*p)) + 1)
                    .sum()
            })
            .max()
            .unwrap_or(0);
        self.cursor = self.cursor.min(self.rows.len().saturating_sub(1));
        self.link_cursor = self.link_cursor.min(self.links.len().saturating_sub(1));
    }

    /// Applies an action in the keypersons view.
    pub fn update(&mut self, action: Action, ctx: &Ctx<'_>) -> Effects {
        match action {
            Action::NextPane | Action::PrevPane | Action::Left | Action::Right => {
                self.focus = match (action, self.focus) {
                    (Action::Left, _) | (Action::NextPane | Action::PrevPane, Focus::Links) => {
                        Focus::Ranking
                    }
                    _ => Focus::Links,
                };
            }
            Action::CycleKind => {
                self.kind = match self.kind {
                    None => Some(EntityKind::Organization),
                    Some(EntityKind::Organization) => Some(EntityKind::Person),
                    Some(EntityKind::Person) => Some(EntityKind::Position),
                    Some(EntityKind::Position) => None,
                };
                self.cursor = 0;
                self.link_cursor = 0;
                self.refresh(ctx);
            }
            Action::Activate => return self.jump().into_iter().collect(),
            other => self.step(other),
        }
        Vec::new()
    }

    fn step(&mut self, action: Action) {
        let (c, len) = match self.focus {
            Focus::Ranking => (&mut self.cursor, self.rows.len()),
            Focus::Links => (&mut self.link_cursor, self.links.len()),
        };
        let last = len.saturating_sub(1);
        *c = match action {
            Action::Up => c.saturating_sub(1),
            Action::Down => (*c + 1).min(last),
            Action::PageUp => c.saturating_sub(10),
            Action::PageDown => (*c + 10).min(last),
            Action::Top => 0,
            Action::Bottom => last,
            _ => *c,
        };
    }

    /// Enter: the entity in its first network (an only link: in the first
    /// network of the first pair it holds).
    fn jump(&self) -> Option<Effect> {
        let (entity, network) = match self.focus {
            Focus::Ranking => {
                let r = self.rows.get(self.cursor)?;
                (r.entity, *r.networks.first()?)
            }
            Focus::Links => {
                let l = self.links.get(self.link_cursor)?;
                (l.entity, l.pairs.first()?.0)
            }
        };
        Some(Effect::Jump {
            network,
            entity: Some(entity),
        })
    }

    /// The row under the ranking's cursor.
    #[must_use]
    pub fn row(&self) -> Option<&KeyRow> {
        self.rows.get(self.cursor)
    }

    /// The only link under the cursor of its list.
    #[must_use]
    pub fn link(&self) -> Option<&LinkRow> {
        self.links.get(self.link_cursor)
    }
}

fn widest<'a>(names: impl Iterator<Item = &'a str>) -> usize {
    names.map(super::cells::width).max().unwrap_or(0)
}

fn key_row(view: &View<'_>, k: &Keyperson, via: &str) -> KeyRow {
    let e = view.entity(k.bridge.entity);
    let ds = view.dataset();
    let title = e
        .title
        .as_deref()
        .or_else(|| k.seats.iter().find_map(|s| s.title(ds)));
    let org_title = match e.kind {
        EntityKind::Organization => String::new(),
        _ => [e.org.map(|o| view.entity(o).name.as_str()), title]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · "),
    };
    let roles = k
        .bridge
        .networks
        .iter()
        .map(|&n| {
            let seats: Vec<String> = k
                .seats
                .iter()
                .filter(|s| s.network == n)
                .map(|s| {
                    [s.role(ds), s.title(ds)]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" / ")
                })
                .filter(|s| !s.is_empty())
                .collect();
            if seats.is_empty() {
                e.presence_in(n)
                    .filter(|p| !p.direct)
                    .map(|p| format!("{via} {}", carriers(view, p)))
                    .unwrap_or_default()
            } else {
                seats.join("; ")
            }
        })
        .collect();
    KeyRow {
        entity: k.bridge.entity,
        kind: e.kind,
        name: e.name.clone(),
        org_title,
        networks: k.bridge.networks.clone(),
        programs: k.bridge.programs.clone(),
        betweenness: k.betweenness,
        roles,
    }
}

/// Through whom an organisation is present in `p.network`: positions by
/// their title, people by name with the title their row there gives
/// (`山田 太郎 (商工労働局長)`).
#[must_use]
pub fn carriers(view: &View<'_>, p: &Presence) -> String {
    let ds = view.dataset();
    p.via
        .iter()
        .map(|&v| {
            let e = view.entity(v);
            let title = view
                .seats(v)
                .iter()
                .filter(|s| s.network == p.network)
                .find_map(|s| s.title(ds))
                .or(e.title.as_deref());
            match (e.kind, title) {
                (EntityKind::Position, Some(t)) => t.to_owned(),
                (EntityKind::Person, Some(t)) => format!("{} ({t})", e.name),
                _ => e.name.clone(),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The only links of `counted` (every kind counts as in common) of the
/// kinds shown, by reading then id.
fn link_rows(counted: &View<'_>, kinds: &[EntityKind]) -> Vec<LinkRow> {
    let mut rows: Vec<LinkRow> = counted
        .only_links()
        .into_iter()
        .filter_map(|l| {
            let e = counted.entity(l.entity);
            kinds.contains(&e.kind).then(|| LinkRow {
                entity: l.entity,
                kind: e.kind,
                name: e.name.clone(),
                pairs: l.pairs,
            })
        })
        .collect();
    rows.sort_by(|x, y| {
        let (ex, ey) = (counted.entity(x.entity), counted.entity(y.entity));
        ex.key.cmp(&ey.key).then(ex.id.cmp(&ey.id))
    });
    rows
}
