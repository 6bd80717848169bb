//! The pairs the organisation search keeps, and where its bounds cut it
//! short: a cap on pairs so that names built to resemble each other cannot
//! give millions of suggestions, and the count of names the bounds left
//! not fully compared, which `check` reports.

use super::intern::FastMap;
use crate::msg::Msg;

/// Pairs one call keeps at most (see [`Best`]); far above what a person
/// can settle, far below what exhausts memory.
pub(super) const MAX_PAIRS: usize = 100_000;

/// Where the search stopped at its bounds: how many keys were not
/// compared with every key that shares a rare bigram with them, or had a
/// pair left out by the cap, of how many. Reported to the user, since a
/// pair missed this way is never suggested.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cut {
    pub names: usize,
    pub of: usize,
}

/// Best score and reason per ordered pair, at most `cap` pairs: names
/// built to resemble each other (a million `東西南北会`-like names) would
/// otherwise give millions of pairs, each a suggestion to build and show.
pub(super) struct Best {
    pub(super) pairs: FastMap<(usize, usize), (u8, Msg)>,
    cap: usize,
    /// Keys with a pair left out because the cap was reached.
    missed: Vec<bool>,
    /// Whether any pair was left out.
    dropped: bool,
    /// Keys whose pairs with each other are settled (empty: none).
    settled: Vec<bool>,
}

impl Best {
    pub(super) fn new(keys: usize, cap: usize) -> Best {
        Best {
            pairs: FastMap::default(),
            cap,
            missed: vec![false; keys],
            dropped: false,
            settled: Vec::new(),
        }
    }

    /// Whether any pair was left out: the search is cut anyway.
    pub(super) fn dropped(&self) -> bool {
        self.dropped
    }

    /// Marks the keys whose pairs with each other are settled.
    pub(super) fn settle(&mut self, settled: &[bool]) {
        self.settled = settled.to_vec();
    }

    fn full(&self) -> bool {
        self.pairs.len() >= self.cap
    }

    pub(super) fn offer(&mut self, a: usize, b: usize, score: u8, reason: impl FnOnce() -> Msg) {
        let settled = |i: usize| self.settled.get(i).copied().unwrap_or(false);
        if a == b || (settled(a) && settled(b)) {
            return;
        }
        let (a, b) = if self.pairs.contains_key(&(b, a)) {
            (b, a)
        } else {
            (a, b)
        };
        let full = self.full();
        match self.pairs.get_mut(&(a, b)) {
            Some(slot) if slot.0 >= score => {}
            Some(slot) => *slot = (score, reason()),
            None if full => {
                self.missed[a] = true;
                self.missed[b] = true;
                self.dropped = true;
            }
            None => {
                self.pairs.insert((a, b), (score, reason()));
            }
        }
    }
}

/// The keys left not fully compared, by the similarity bounds or by the
/// cap on pairs (in any of the three signals).
pub(super) fn cut_of(uncompared: &[bool], best: &Best) -> Option<Cut> {
    let names = uncompared
        .iter()
        .zip(&best.missed)
        .filter(|&(&u, &m)| u || m)
        .count();
    (names > 0).then_some(Cut {
        names,
        of: uncompared.len(),
    })
}
