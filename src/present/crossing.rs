//! Ordering rows and lanes of a lane drawing to cut line crossings, on a
//! bare incidence (row → lanes), so it can be tested on any input.
//!
//! In the drawing every lane is a vertical line from its first row to its
//! last, every row a horizontal line from its first lane to its last. A
//! crossing is a row line passing over a lane line where neither has a
//! mark: row `r` strictly between the lane's first and last row, lane `l`
//! strictly between the row's first and last lane, and `r` not in `l`.
//! Rows are reordered by the barycentre (mean position) of their lanes,
//! lanes (within their group, the program) by the barycentre of their
//! rows, alternately for a few rounds; the best order seen, the input
//! order included, is kept, so the result never has more crossings than
//! the input. Among orders with as few crossings, the one with fewer gaps
//! wins: places where a lane's line passes a row it has no mark in, so
//! rows of the same lanes end up together.

use std::cmp::Ordering;

/// Rounds of row-then-lane reordering.
const ROUNDS: usize = 6;
/// Most rows² × lanes for which neighbouring rows are also tried swapped.
const SWAP_BUDGET: usize = 4_000_000;

/// An incidence to lay out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incidence {
    /// Per row, the lanes it has a mark in (any order, no repeats).
    pub rows: Vec<Vec<usize>>,
    /// Per lane, its group; lanes move only among lanes of their group,
    /// and groups stay in ascending order.
    pub groups: Vec<usize>,
}

/// A row order and a lane order: positions → row or lane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Orders {
    pub rows: Vec<usize>,
    pub lanes: Vec<usize>,
}

impl Incidence {
    /// The input order: rows and lanes as numbered, lanes sorted by group
    /// (stable).
    #[must_use]
    pub fn input_order(&self) -> Orders {
        let mut lanes: Vec<usize> = (0..self.groups.len()).collect();
        lanes.sort_by_key(|&l| self.groups[l]);
        Orders {
            rows: (0..self.rows.len()).collect(),
            lanes,
        }
    }

    /// Crossings of the drawing in `orders`.
    #[must_use]
    pub fn crossings(&self, orders: &Orders) -> usize {
        let lane_pos = positions(&orders.lanes, self.groups.len());
        let row_pos = positions(&orders.rows, self.rows.len());
        // Each lane's first and last row position.
        let mut lane_span = vec![(usize::MAX, 0usize); self.groups.len()];
        for (r, lanes) in self.rows.iter().enumerate() {
            for &l in lanes {
                let s = &mut lane_span[l];
                *s = (s.0.min(row_pos[r]), s.1.max(row_pos[r]));
            }
        }
        let mut total = 0;
        for (r, lanes) in self.rows.iter().enumerate() {
            let (Some(lo), Some(hi)) = (
                lanes.iter().map(|&l| lane_pos[l]).min(),
                lanes.iter().map(|&l| lane_pos[l]).max(),
            ) else {
                continue;
            };
            if hi <= lo + 1 {
                continue;
            }
            for &l in &orders.lanes[lo + 1..hi] {
                let (first, last) = lane_span[l];
                if !lanes.contains(&l) && first < row_pos[r] && row_pos[r] < last {
                    total += 1;
                }
            }
        }
        total
    }

    /// Gaps of the drawing in `orders`: (row, lane) places where the
    /// lane's line, from its first to its last row, passes a row without
    /// a mark in it.
    #[must_use]
    pub fn gaps(&self, orders: &Orders) -> usize {
        let row_pos = positions(&orders.rows, self.rows.len());
        let mut span = vec![(usize::MAX, 0usize, 0usize); self.groups.len()];
        for (r, lanes) in self.rows.iter().enumerate() {
            for &l in lanes {
                let s = &mut span[l];
                *s = (s.0.min(row_pos[r]), s.1.max(row_pos[r]), s.2 + 1);
            }
        }
        span.iter()
            .filter(|s| s.2 > 0)
            .map(|&(first, last, marks)| last - first + 1 - marks)
            .sum()
    }

    fn score(&self, orders: &Orders) -> (usize, usize) {
        (self.crossings(orders), self.gaps(orders))
    }

    /// The order with the fewest crossings (then gaps) found, starting from the input
    /// order; ties keep the earlier order, so equal inputs give equal
    /// outputs.
    #[must_use]
    pub fn arrange(&self) -> Orders {
        let mut current = self.input_order();
        let mut best = current.clone();
        let mut best_count = self.score(&best);
        for _ in 0..ROUNDS {
            if best_count == (0, 0) {
                break;
            }
            current.rows = self.rows_by_barycentre(&current);
            self.keep_better(&current, &mut best, &mut best_count);
            current.lanes = self.lanes_by_barycentre(&current);
            self.keep_better(&current, &mut best, &mut best_count);
        }
        self.swap_rows(&mut best, &mut best_count);
        best
    }

    /// Swaps neighbouring rows while that removes crossings, when the
    /// input is small enough for it to stay cheap.
    fn swap_rows(&self, best: &mut Orders, best_count: &mut (usize, usize)) {
        let work = self.rows.len() * self.rows.len() * self.groups.len();
        if work > SWAP_BUDGET {
            return;
        }
        let mut improved = true;
        while improved && *best_count > (0, 0) {
            improved = false;
            for i in 1..best.rows.len() {
                best.rows.swap(i - 1, i);
                let c = self.score(best);
                if c < *best_count {
                    *best_count = c;
                    improved = true;
                } else {
                    best.rows.swap(i - 1, i);
                }
            }
        }
    }

    fn keep_better(&self, candidate: &Orders, best: &mut Orders, best_count: &mut (usize, usize)) {
        let c = self.score(candidate);
        if c < *best_count {
            *best_count = c;
            best.clone_from(candidate);
        }
    }

    /// Rows by the mean position of their lanes; ties keep the current
    /// order (whose first ordering is the caller's tie-break).
    fn rows_by_barycentre(&self, o: &Orders) -> Vec<usize> {
        let lane_pos = positions(&o.lanes, self.groups.len());
        let key: Vec<f64> = self
            .rows
            .iter()
            .map(|lanes| mean(lanes.iter().map(|&l| lane_pos[l])))
            .collect();
        let mut rows = o.rows.clone();
        // Among equal barycentres, rows with more lanes go first: a wide
        // row at the edge of a lane crosses nothing.
        rows.sort_by(|&a, &b| {
            key[a]
                .total_cmp(&key[b])
                .then(self.rows[b].len().cmp(&self.rows[a].len()))
        });
        rows
    }

    /// Lanes by group, then the mean position of their rows; a lane
    /// without rows keeps its place relative to its group's start.
    fn lanes_by_barycentre(&self, o: &Orders) -> Vec<usize> {
        let row_pos = positions(&o.rows, self.rows.len());
        let mut sum = vec![(0usize, 0usize); self.groups.len()];
        for (r, lanes) in self.rows.iter().enumerate() {
            for &l in lanes {
                sum[l].0 += row_pos[r];
                sum[l].1 += 1;
            }
        }
        let key = |l: usize| -> f64 {
            let (s, n) = sum[l];
            if n == 0 { f64::INFINITY } else { ratio(s, n) }
        };
        let mut lanes = o.lanes.clone();
        lanes.sort_by(|&a, &b| {
            self.groups[a]
                .cmp(&self.groups[b])
                .then_with(|| key(a).partial_cmp(&key(b)).unwrap_or(Ordering::Equal))
        });
        lanes
    }
}

/// Inverse of an order: item → position.
fn positions(order: &[usize], len: usize) -> Vec<usize> {
    let mut pos = vec![0; len];
    for (p, &x) in order.iter().enumerate() {
        pos[x] = p;
    }
    pos
}

fn mean(values: impl Iterator<Item = usize>) -> f64 {
    let (mut s, mut n) = (0, 0);
    for v in values {
        s += v;
        n += 1;
    }
    if n == 0 { f64::INFINITY } else { ratio(s, n) }
}

#[allow(clippy::cast_precision_loss)]
fn ratio(s: usize, n: usize) -> f64 {
    s as f64 / n as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn inc(rows: &[&[usize]], groups: &[usize]) -> Incidence {
        Incidence {
            rows: rows.iter().map(|r| r.to_vec()).collect(),
            groups: groups.to_vec(),
        }
    }

    #[test]
    fn a_row_over_a_lane_it_skips_is_a_crossing() {
        // Lanes 0 1 2; row 0 joins 0 and 2 over lane 1, which runs from
        // row 1 to row 2 past it... only when row 0 is between them.
        let i = inc(&[&[1], &[0, 2], &[1]], &[0, 0, 0]);
        assert_eq!(i.crossings(&i.input_order()), 1);
        let arranged = i.arrange();
        assert_eq!(i.crossings(&arranged), 0);
    }

    #[test]
    fn rows_of_the_same_lanes_end_up_together() {
        // Lane 0's line passes rows 1 and 3, which it has no mark in.
        let i = inc(
            &[&[0, 1, 2], &[1, 2], &[0, 1, 2], &[1, 2], &[0, 1, 2]],
            &[0, 1, 2],
        );
        assert_eq!(
            (i.crossings(&i.input_order()), i.gaps(&i.input_order())),
            (0, 2)
        );
        let o = i.arrange();
        assert_eq!((i.crossings(&o), i.gaps(&o)), (0, 0));
    }

    #[test]
    fn lanes_stay_inside_their_group() {
        let i = inc(&[&[0, 2], &[1], &[0, 2], &[1]], &[0, 1, 1]);
        let o = i.arrange();
        assert_eq!(o.lanes[0], 0, "group 0 stays first");
    }

    #[test]
    fn empty_and_single_inputs() {
        let i = inc(&[], &[]);
        assert_eq!(i.crossings(&i.arrange()), 0);
        let i = inc(&[&[0]], &[0]);
        assert_eq!(i.arrange(), i.input_order());
    }

    fn incidence() -> impl Strategy<Value = Incidence> {
        (1usize..8).prop_flat_map(|lanes| {
            (
                proptest::collection::vec(
                    proptest::sample::subsequence((0..lanes).collect::<Vec<_>>(), 0..=lanes),
                    0..20,
                ),
                proptest::collection::vec(0usize..3, lanes),
            )
                .prop_map(|(rows, mut groups)| {
                    groups.sort_unstable();
                    Incidence { rows, groups }
                })
        })
    }

    proptest! {
        #[test]
        fn arranging_never_adds_crossings(i in incidence()) {
            let before = i.crossings(&i.input_order());
            let o = i.arrange();
            prop_assert!(i.crossings(&o) <= before);
            // Still a permutation of rows and lanes, groups in order.
            let mut r = o.rows.clone(); r.sort_unstable();
            prop_assert_eq!(r, (0..i.rows.len()).collect::<Vec<_>>());
            let mut l = o.lanes.clone(); l.sort_unstable();
            prop_assert_eq!(l, (0..i.groups.len()).collect::<Vec<_>>());
            prop_assert!(o.lanes.windows(2).all(|w| i.groups[w[0]] <= i.groups[w[1]]));
            prop_assert_eq!(i.arrange(), o, "deterministic");
        }
    }
}
