//! Matching and ranking: score every candidate with `fuzzy_match` (no
//! positions), keep the best few, and only for those ask `fuzzy_indices` for
//! the matched characters.

use std::cmp::Ordering;
use std::ops::Range;

use fuzzy_matcher::FuzzyMatcher;

use super::filter::ReadingSets;
use super::one_char;
use super::{Field, Hit, Item, Query, SearchIndex, Segment};
use crate::readings::normalize::Bloom;
use crate::readings::normalize::joins_previous;

/// An item that matched, with its best score and the segment that gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Match {
    pub score: i64,
    pub item: u32,
    pub segment: u32,
}

impl SearchIndex {
    /// Every item matching `q`, in item order: all items, or only those of
    /// `among` (the matches of a query `q` extends).
    ///
    /// Large scans are split into contiguous parts scanned on scoped
    /// threads and joined in order, so the result does not depend on the
    /// number of threads.
    pub(super) fn scan(&self, q: &Query, among: Option<&[Match]>) -> Vec<Match> {
        let n = among.map_or(self.items.len(), <[Match]>::len);
        let parts = self.threads.min(n / self.min_per_thread.max(1)).max(1);
        if parts == 1 {
            return self.scan_part(q, among, 0..n);
        }
        let size = n.div_ceil(parts);
        std::thread::scope(|s| {
            let rest: Vec<_> = (1..parts)
                .map(|p| s.spawn(move || self.scan_part(q, among, p * size..n.min((p + 1) * size))))
                .collect();
            let mut out = self.scan_part(q, among, 0..size);
            for handle in rest {
                match handle.join() {
                    Ok(part) => out.extend(part),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
            out
        })
    }

    /// [`SearchIndex::scan`] over positions `range` of `among`, or over
    /// items `range`.
    fn scan_part(&self, q: &Query, among: Option<&[Match]>, range: Range<usize>) -> Vec<Match> {
        match among {
            Some(prev) => prev[range]
                .iter()
                .filter_map(|m| self.best(m.item, q))
                .collect(),
            None => range
                .filter_map(|i| self.best(u32::try_from(i).ok()?, q))
                .collect(),
        }
    }

    /// The best segment of item `i` for `q`, if any holds it.
    ///
    /// Segments come name first, and a segment is skipped when even a
    /// perfect match there could not beat the best so far once weighed.
    fn best(&self, i: u32, q: &Query) -> Option<Match> {
        let at = i as usize;
        let by_text = self.blooms[at] & q.bloom == q.bloom;
        let by_kana = !q.kana.is_empty()
            && self.kana_sets[at] & q.kana_set == q.kana_set
            && self.reading_sets[at].pairs & q.kana_pairs == q.kana_pairs;
        if !by_text && !by_kana {
            return None;
        }
        let (first, last) = (self.seg_start[at], self.seg_start[at + 1]);
        let mut best: Option<Match> = None;
        for s in first..last {
            // The segment's own set, checked against both forms of the
            // query, rejects most segments before their data is read:
            // those loads are most of a first keystroke's time.
            let set = self.seg_blooms[s as usize];
            let text_may = by_text && set & q.bloom == q.bloom;
            let kana_may = by_kana && set & q.kana_set == q.kana_set;
            if !text_may && !kana_may {
                continue;
            }
            let seg = &self.segments[s as usize];
            let ceiling = match seg.field {
                Field::Reading => reading_ceiling(q),
                _ => q.ceiling,
            };
            // Skipped when even a perfect match here could not beat the best.
            if best.is_some_and(|b| b.score >= weigh(ceiling, seg.field)) {
                continue;
            }
            let Some(score) = self.score(at, s, seg, q) else {
                continue;
            };
            if best.is_none_or(|b| score > b.score) {
                best = Some(Match {
                    score,
                    item: i,
                    segment: s,
                });
            }
        }
        best
    }

    /// Segment `s` (of item `item`)'s weighed score for `q`, if it holds
    /// the query.
    fn score(&self, item: usize, s: u32, seg: &Segment, q: &Query) -> Option<i64> {
        let set = self.seg_blooms[s as usize];
        if seg.field == Field::Reading {
            let sets = &self.reading_sets[item];
            if q.kana.is_empty()
                || set & q.kana_set != q.kana_set
                || sets.pairs & q.kana_pairs != q.kana_pairs
            {
                return None;
            }
            if q.kana_one {
                return Some(weigh(one_kana_score(sets, q.kana_set), seg.field));
            }
            return reading_match(self.seg_text(seg), q).map(|(score, _)| weigh(score, seg.field));
        }
        if set & q.bloom != q.bloom {
            return None;
        }
        let text = self.seg_text(seg);
        let raw = match q.one {
            Some(c) => one_char::score(text, c)?,
            None if holds(text, &q.text) => self.matcher.fuzzy_match(text, &q.text)?,
            None => return None,
        };
        Some(weigh(raw, seg.field))
    }

    /// The best `limit` of `matches`, ranked, with highlights.
    pub(super) fn rank(&self, q: &Query, matches: &[Match], limit: usize) -> Vec<Hit> {
        let mut top: Vec<Match> = matches.to_vec();
        let cmp = |a: &Match, b: &Match| self.compare(a, b);
        if top.len() > limit {
            top.select_nth_unstable_by(limit, cmp);
            top.truncate(limit);
        }
        top.sort_unstable_by(cmp);
        top.into_iter().map(|m| self.hit(m, q)).collect()
    }

    fn compare(&self, a: &Match, b: &Match) -> Ordering {
        b.score
            .cmp(&a.score)
            .then_with(|| self.orders[a.item as usize].cmp(&self.orders[b.item as usize]))
    }

    pub(super) fn hit(&self, m: Match, q: &Query) -> Hit {
        let item: &Item = &self.items[m.item as usize];
        let seg = &self.segments[m.segment as usize];
        let positions = match seg.field {
            Field::Name => self
                .matcher
                .fuzzy_indices(self.seg_text(seg), &q.text)
                .map(|(_, p)| p)
                .unwrap_or_default(),
            Field::Reading => {
                let text = self.seg_text(seg);
                reading_match(text, q)
                    .map(|(_, at)| {
                        let from = text[..at].chars().count();
                        (from..from + q.kana_chars).collect()
                    })
                    .unwrap_or_default()
            }
            Field::Id | Field::Org => Vec::new(),
        };
        let highlight = self.highlight(item, seg, &positions);
        Hit {
            target: item.target,
            kind: item.kind,
            score: m.score,
            label: item.label.to_string(),
            highlight,
            field: seg.field,
            count: item.count as usize,
            context: item.context.as_deref().map(str::to_owned),
            detail: item.detail.clone(),
        }
    }

    /// Label characters behind the matched segment characters, with any
    /// combining marks that follow them, sorted without repeats.
    fn highlight(&self, item: &Item, seg: &Segment, positions: &[usize]) -> Vec<usize> {
        let (start, end) = (seg.aux.0 as usize, seg.aux.1 as usize);
        let mut out: Vec<usize> = Vec::new();
        match seg.field {
            Field::Name => {
                let map = &self.maps[start..end];
                out.extend(
                    positions
                        .iter()
                        .filter_map(|&p| map.get(p))
                        .map(|&c| c as usize),
                );
            }
            Field::Reading => {
                for t in &self.tokens[start..end] {
                    let (from, to) = (t.chars.0 as usize, t.chars.1 as usize);
                    if positions.iter().any(|p| (from..to).contains(p)) {
                        out.extend(t.label.0 as usize..t.label.1 as usize);
                    }
                }
            }
            Field::Id | Field::Org => return out,
        }
        out.sort_unstable();
        out.dedup();
        with_marks(&item.label, out)
    }

    pub(super) fn seg_text(&self, seg: &Segment) -> &str {
        &self.text[seg.text.0 as usize..seg.text.1 as usize]
    }
}

/// Whether `text` holds `query` as a subsequence, which is exactly when the
/// matcher finds it; far cheaper than asking the matcher, which allocates.
fn holds(text: &str, query: &str) -> bool {
    let mut need = query.chars();
    let Some(mut want) = need.next() else {
        return true;
    };
    for c in text.chars() {
        if c == want {
            match need.next() {
                Some(next) => want = next,
                None => return true,
            }
        }
    }
    false
}

/// A reading match scores like a contiguous label match: per character,
/// a match and a run bonus, plus a bonus for starting a candidate and one
/// for being all of it.
pub(super) const READING_CHAR: i64 = 24;
pub(super) const READING_START: i64 = 16;
pub(super) const READING_WHOLE: i64 = 8;

fn reading_ceiling(q: &Query) -> i64 {
    let n = i64::try_from(q.kana_chars).unwrap_or(i64::MAX / READING_CHAR);
    n.saturating_mul(READING_CHAR) + READING_START + READING_WHOLE
}

/// What [`reading_match`] scores a one-kana query whose bit is `kana` in a
/// reading that holds it: a candidate that starts with it, or is it, is its
/// best place.
fn one_kana_score(sets: &ReadingSets, kana: Bloom) -> i64 {
    READING_CHAR
        + if sets.starts & kana != 0 {
            READING_START
        } else {
            0
        }
        + if sets.singles & kana != 0 {
            READING_WHOLE
        } else {
            0
        }
}

/// The best place of `q`'s kana in a reading segment (candidates apart by
/// spaces): its raw score and its byte position. Occurrences are the
/// leftmost non-overlapping ones, as `str::match_indices` gives.
fn reading_match(text: &str, q: &Query) -> Option<(i64, usize)> {
    let n = i64::try_from(q.kana_chars).ok()?;
    let bytes = text.as_bytes();
    let mut best: Option<(i64, usize)> = None;
    for at in q.kana_finder.find_iter(bytes) {
        let start = at == 0 || bytes[at - 1] == b' ';
        let end = at + q.kana.len();
        let whole = start && bytes.get(end).is_none_or(|&b| b == b' ');
        let score = n * READING_CHAR
            + if start { READING_START } else { 0 }
            + if whole { READING_WHOLE } else { 0 };
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, at));
        }
        if whole {
            break;
        }
    }
    best
}

/// Scores of extra text count less than the label's, so a name that matches
/// as well outranks it: readings by a point (they are the name, read), a
/// network id or a person's organisation by half.
pub(super) fn weigh(score: i64, field: Field) -> i64 {
    match field {
        Field::Name => score,
        Field::Reading => score - 1,
        Field::Id | Field::Org => score / 2,
    }
}

/// Adds to `chars` (sorted label character indices) the combining marks and
/// half-width sound marks that follow each, which belong to it on screen.
fn with_marks(label: &str, chars: Vec<usize>) -> Vec<usize> {
    if !label.chars().any(joins_previous) {
        return chars;
    }
    let all: Vec<char> = label.chars().collect();
    let mut out = Vec::with_capacity(chars.len() + 2);
    for c in chars {
        out.push(c);
        let mut next = c + 1;
        while all.get(next).is_some_and(|&n| joins_previous(n)) {
            out.push(next);
            next += 1;
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}
