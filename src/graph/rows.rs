//! One row of a projection of the two-mode graph, built by voting through
//! the inverted index and grouped by a counting sort, with buffers reused
//! from row to row.

use super::to_u32;

/// Buffers for rows whose partners are dense `u32` indices (networks, or
/// entities) and whose shared items are `L` (entities, or networks).
pub(super) struct Rows<L> {
    /// Per partner: votes in the current row.
    count: Vec<u32>,
    /// Per partner: next free slot in `slots`.
    cursor: Vec<u32>,
    /// Partners with enough votes in the current row, ascending.
    touched: Vec<u32>,
    /// Per partner, one bit: voted for in the current row. Reading the
    /// bits in order yields the partners sorted, cheaper than sorting
    /// when a row touches a good share of all partners.
    marks: Vec<u64>,
    /// Shared items of the row, grouped by partner.
    slots: Vec<L>,
}

impl<L: Copy> Rows<L> {
    pub(super) fn new(partners: usize) -> Self {
        Rows {
            count: vec![0; partners],
            cursor: vec![0; partners],
            touched: Vec::new(),
            marks: vec![0; partners.div_ceil(64)],
            slots: Vec::new(),
        }
    }

    /// Counts the row of `centre`: each of its `links` votes for every
    /// partner `partners(link)` yields. Keeps partners with at least `min`
    /// votes; the centre never partners itself.
    fn count<I, P, J>(&mut self, centre: u32, links: I, partners: &P, min: usize)
    where
        I: Iterator<Item = L>,
        P: Fn(L) -> J,
        J: Iterator<Item = u32>,
    {
        self.touched.clear();
        let (mut lo, mut hi) = (u32::MAX, 0);
        for link in links {
            for b in partners(link) {
                let c = &mut self.count[b as usize];
                if *c == 0 && b != centre {
                    self.touched.push(b);
                    self.marks[b as usize / 64] |= 1 << (b % 64);
                    (lo, hi) = (lo.min(b), hi.max(b));
                }
                *c += 1;
            }
        }
        if let Some(c) = self.count.get_mut(centre as usize) {
            *c = 0;
        }
        if self.touched.is_empty() {
            return;
        }
        let words = (lo as usize / 64)..=(hi as usize / 64);
        // Sorting costs about n log n, reading the marks one step per word.
        let n = self.touched.len();
        if words.clone().count() < n * (usize::BITS - n.leading_zeros()) as usize {
            self.touched.clear();
            for w in words {
                let mut bits = std::mem::take(&mut self.marks[w]);
                while bits != 0 {
                    let b = to_u32(w * 64) + bits.trailing_zeros();
                    bits &= bits - 1;
                    self.touched.push(b);
                }
            }
        } else {
            for &b in &self.touched {
                self.marks[b as usize / 64] = 0;
            }
            self.touched.sort_unstable();
        }
        let count = &mut self.count;
        self.touched.retain(|&b| {
            let keep = count[b as usize] as usize >= min;
            if !keep {
                count[b as usize] = 0;
            }
            keep
        });
    }

    /// Counts only: calls `f(partner, votes)` for each partner kept, in
    /// ascending order.
    pub(super) fn counts<I, P, J>(
        &mut self,
        centre: u32,
        links: I,
        partners: P,
        min: usize,
        mut f: impl FnMut(u32, usize),
    ) where
        I: Iterator<Item = L>,
        P: Fn(L) -> J,
        J: Iterator<Item = u32>,
    {
        self.count(centre, links, &partners, min);
        for &b in &self.touched {
            f(b, self.count[b as usize] as usize);
            self.count[b as usize] = 0;
        }
    }

    /// The row with its shared items: calls `f(partner, shared)` for each
    /// partner kept, in ascending order; `shared` keeps the order of
    /// `links`.
    pub(super) fn collect<I, P, J>(
        &mut self,
        centre: u32,
        links: I,
        partners: P,
        min: usize,
        mut f: impl FnMut(u32, &[L]),
    ) where
        I: Iterator<Item = L> + Clone,
        P: Fn(L) -> J,
        J: Iterator<Item = u32>,
    {
        self.count(centre, links.clone(), &partners, min);
        let Some(&filler) = links.clone().next().as_ref() else {
            return;
        };
        let mut next = 0u32;
        for &b in &self.touched {
            self.cursor[b as usize] = next;
            next += self.count[b as usize];
        }
        self.slots.clear();
        self.slots.resize(next as usize, filler);
        for link in links {
            for b in partners(link) {
                if b != centre && self.count[b as usize] > 0 {
                    let slot = &mut self.cursor[b as usize];
                    self.slots[*slot as usize] = link;
                    *slot += 1;
                }
            }
        }
        let mut start = 0usize;
        for &b in &self.touched {
            let n = self.count[b as usize] as usize;
            f(b, &self.slots[start..start + n]);
            start += n;
            self.count[b as usize] = 0;
        }
    }
}
