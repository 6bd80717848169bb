//! Betweenness centrality in the two-mode graph (brokerage), by Brandes'
//! algorithm for unweighted graphs, exact or estimated from sampled pivots.
//!
//! The graph is the view's networks and every entity present in them, of
//! any kind: entity conditions choose whom a ranking reports, not which
//! paths exist, so a person only scores as a broker where no organisation
//! offers another route.
//!
//! Exact betweenness costs one breadth-first search per node, O(nodes ×
//! edges). Above a work budget, the estimate of Brandes and Pich (2007,
//! "Centrality estimation in large networks") is used instead: searches
//! from `k` pivots drawn without replacement by a fixed-seed generator,
//! scaled by nodes / k. The same data, filter and sampling always give the
//! same numbers, on any number of cores: pivots are split into a fixed
//! number of chunks and the chunks' sums are added in order.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::{Overlap, View, to_u32};
use crate::identity::EntityId;

/// How to compute betweenness.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Sampling {
    /// Exact up to [`WORK_BUDGET`] edge visits, else sampled with as many
    /// pivots as the budget allows (at least [`MIN_PIVOTS`]).
    #[default]
    Auto,
    Exact,
    /// Sample this many pivots (all nodes, so exact, when there are fewer).
    Pivots(usize),
}

/// How a [`Betweenness`] was computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Exact,
    Sampled { pivots: usize },
}

/// Work (pivots × directed edges) [`Sampling::Auto`] allows: a few tenths
/// of a second on one core.
pub const WORK_BUDGET: usize = 60_000_000;
/// Fewest pivots [`Sampling::Auto`] samples.
pub const MIN_PIVOTS: usize = 64;
/// Pivot chunks, fixed so results do not depend on the number of cores.
const CHUNKS: usize = 16;
const SEED: u64 = 0x9E37_79B9_7F4A_7C15;

/// Normalised betweenness (0 to 1, by (n − 1)(n − 2) / 2 for `n` nodes) of
/// every node of a view's two-mode graph.
#[derive(Debug, Clone, PartialEq)]
pub struct Betweenness {
    method: Method,
    nodes: usize,
    networks: u32,
    /// Per overlap node: networks, then entities.
    values: Vec<f64>,
}

impl Betweenness {
    #[must_use]
    pub fn method(&self) -> Method {
        self.method
    }

    /// Nodes of the graph it was computed on.
    #[must_use]
    pub fn nodes(&self) -> usize {
        self.nodes
    }

    #[must_use]
    pub fn entity(&self, e: EntityId) -> f64 {
        let i = self.networks as usize + e.0 as usize;
        self.values.get(i).copied().unwrap_or(0.0)
    }

    #[must_use]
    pub fn network(&self, n: u32) -> f64 {
        if n < self.networks {
            self.values.get(n as usize).copied().unwrap_or(0.0)
        } else {
            0.0
        }
    }
}

/// The last result, keyed by what it depends on.
pub(super) struct Cached {
    networks: Vec<u32>,
    sampling: Sampling,
    value: Arc<Betweenness>,
}

impl View<'_> {
    /// Betweenness of the view's two-mode graph; computed on first request
    /// and cached in the [`Overlap`] for the same networks and sampling.
    #[must_use]
    pub fn betweenness(&self, sampling: Sampling) -> Arc<Betweenness> {
        let Ok(mut cache) = self.ov.cache.lock() else {
            return Arc::new(self.compute(sampling));
        };
        if let Some(c) = cache.as_ref()
            && c.sampling == sampling
            && c.networks == self.networks()
        {
            return Arc::clone(&c.value);
        }
        let value = Arc::new(self.compute(sampling));
        *cache = Some(Cached {
            networks: self.networks().to_vec(),
            sampling,
            value: Arc::clone(&value),
        });
        value
    }

    fn compute(&self, sampling: Sampling) -> Betweenness {
        let g = Sub {
            view: self,
            all: self.networks().len() == self.ov.network_count(),
        };
        let nodes = g.nodes();
        let edges: usize = nodes.iter().map(|&v| g.degree(v)).sum();
        let n = nodes.len();
        let k = match sampling {
            Sampling::Exact => n,
            Sampling::Pivots(k) => k.clamp(1, n.max(1)),
            Sampling::Auto if n.saturating_mul(edges) <= WORK_BUDGET => n,
            Sampling::Auto => (WORK_BUDGET / edges.max(1)).clamp(MIN_PIVOTS, n),
        };
        let pivots = if k >= n {
            nodes.clone()
        } else {
            sample(&nodes, k)
        };
        let total = self.ov.graph.node_count();
        let mut values = run(&g, &pivots, total);
        #[allow(clippy::cast_precision_loss)]
        let scale = {
            let (n, k) = (n as f64, pivots.len().max(1) as f64);
            // Both directions of every pair are counted, hence the 2.
            let norm = if n > 2.0 { (n - 1.0) * (n - 2.0) } else { 1.0 };
            (n / k) / norm
        };
        for v in &mut values {
            *v *= scale;
        }
        Betweenness {
            method: if pivots.len() >= n {
                Method::Exact
            } else {
                Method::Sampled {
                    pivots: pivots.len(),
                }
            },
            nodes: n,
            networks: self.ov.networks,
            values,
        }
    }
}

/// The view's two-mode graph, in overlap node numbers.
struct Sub<'v, 'a> {
    view: &'v View<'a>,
    /// Every network is selected, so no edge needs checking.
    all: bool,
}

impl Sub<'_, '_> {
    fn ov(&self) -> &Overlap {
        self.view.ov
    }

    /// Selected networks, then every entity present in one of them.
    fn nodes(&self) -> Vec<u32> {
        let ov = self.ov();
        let mut out: Vec<u32> = self.view.networks().to_vec();
        let total = to_u32(ov.graph.node_count());
        out.extend((ov.networks..total).filter(|&v| self.neighbours(v).next().is_some()));
        out
    }

    fn neighbours(&self, v: u32) -> impl Iterator<Item = u32> + '_ {
        let ov = self.ov();
        let open = self.all || v < ov.networks;
        ov.neighbours(v)
            .iter()
            .copied()
            .filter(move |&x| open || self.view.has_network(x))
    }

    fn degree(&self, v: u32) -> usize {
        if v < self.ov().networks {
            self.ov().neighbours(v).len()
        } else {
            self.neighbours(v).count()
        }
    }
}

/// Deterministic sample of `k` nodes, ascending.
fn sample(nodes: &[u32], k: usize) -> Vec<u32> {
    let mut pool = nodes.to_vec();
    let mut state = SEED;
    for i in 0..k.min(pool.len()) {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        let r = state.wrapping_mul(0x2545_F491_4F6C_DD1D);
        let span = (pool.len() - i) as u64;
        let j = i + usize::try_from(r % span).unwrap_or(0);
        pool.swap(i, j);
    }
    pool.truncate(k);
    pool.sort_unstable();
    pool
}

/// Unnormalised sums of dependencies from `pivots`, per overlap node.
fn run(g: &Sub, pivots: &[u32], total: usize) -> Vec<f64> {
    let chunk = pivots.len().div_ceil(CHUNKS).max(1);
    let chunks: Vec<&[u32]> = pivots.chunks(chunk).collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(chunks.len())
        .max(1);
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, Vec<f64>)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut search = Search::new(total);
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(part) = chunks.get(i) else { break out };
                        let mut sums = vec![0.0; total];
                        for &p in *part {
                            search.from(g, p, &mut sums);
                        }
                        out.push((i, sums));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    let mut values = vec![0.0; total];
    for (_, sums) in done {
        for (v, x) in values.iter_mut().zip(sums) {
            *v += x;
        }
    }
    values
}

/// Buffers of one breadth-first search, reset after each pivot.
struct Search {
    dist: Vec<u32>,
    sigma: Vec<f64>,
    delta: Vec<f64>,
    order: Vec<u32>,
}

impl Search {
    fn new(total: usize) -> Self {
        Search {
            dist: vec![u32::MAX; total],
            sigma: vec![0.0; total],
            delta: vec![0.0; total],
            order: Vec::new(),
        }
    }

    /// Brandes' single-source step: adds the dependencies of every node on
    /// paths from `s` to `sums`.
    fn from(&mut self, g: &Sub, s: u32, sums: &mut [f64]) {
        self.order.clear();
        self.dist[s as usize] = 0;
        self.sigma[s as usize] = 1.0;
        self.order.push(s);
        let mut head = 0;
        while let Some(&v) = self.order.get(head) {
            head += 1;
            let (dv, sv) = (self.dist[v as usize], self.sigma[v as usize]);
            for w in g.neighbours(v) {
                let w = w as usize;
                if self.dist[w] == u32::MAX {
                    self.dist[w] = dv + 1;
                    self.order.push(to_u32(w));
                }
                if self.dist[w] == dv + 1 {
                    self.sigma[w] += sv;
                }
            }
        }
        // Reverse breadth-first order: every node after all it precedes.
        for &w in self.order.iter().rev() {
            let w = w as usize;
            let (dw, sw, coeff) = (self.dist[w], self.sigma[w], 1.0 + self.delta[w]);
            for v in g.neighbours(to_u32(w)) {
                let v = v as usize;
                if dw > 0 && self.dist[v] == dw - 1 {
                    self.delta[v] += self.sigma[v] / sw * coeff;
                }
            }
            if w != s as usize {
                sums[w] += self.delta[w];
            }
        }
        for &v in &self.order {
            let v = v as usize;
            self.dist[v] = u32::MAX;
            self.sigma[v] = 0.0;
            self.delta[v] = 0.0;
        }
    }
}
