//! Finding near-duplicate organisation keys without comparing all pairs.
//!
//! Three signals, each with its own blocking:
//! * **prefix removal**: a key equals another after removing a prefecture
//!   or corporate-body prefix from its start (hash lookup of each stripped
//!   form) — score 90;
//! * **containment**: one key is a substring of another (hash lookup of
//!   each substring whose length some key has) — score 55 to 84 by length
//!   ratio; a key contained in more than [`GENERIC`] others is taken to be a
//!   generic word and skipped, and so are place names (高知県 is in every
//!   高知県〇〇会);
//! * **similarity**: character-bigram Jaccard, each bigram weighted by its
//!   rarity (IDF), at least [`SIMILAR`], found with prefix filtering (only
//!   keys sharing one of their rarest bigrams are compared), scored
//!   `70 × Jaccard + 30 × fuzzy`, where fuzzy is the SkimMatcherV2 score of
//!   the shorter key in the longer one relative to the shorter key's own
//!   score; at most 85.
//!
//! Containment and similarity skip pairs naming different prefectures
//! (広島銀行 / 徳島銀行): a body of another prefecture is another body. They
//! also skip place names, which resemble every body named after the place.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

pub use super::best::Cut;
use super::best::{Best, MAX_PAIRS, cut_of};
use super::intern::{FastMap, to_u32};
use super::prefix::{is_place, prefectures_in, stripped_offsets};
use crate::msg::Msg;

/// A key contained in more keys than this is a generic word (商工会議所),
/// not a candidate duplicate.
pub(super) const GENERIC: usize = 20;

/// Least IDF-weighted bigram Jaccard for two keys to count as similar.
const SIMILAR: f64 = 0.5;

/// Shortest key, in characters, that containment looks for.
const MIN_CONTAINED: usize = 3;

/// A bigram among the rarest of more keys than this does not bring them
/// together as candidates: so common a pair of characters says nothing,
/// and comparing every key that has it is what made 987,000 short names
/// take minutes. Keys alike only through such bigrams are not suggested.
pub(super) const MAX_POSTING: usize = 1000;

/// Similarity comparisons one call makes at most; past it the remaining
/// keys are not compared (a bound on the work, whatever the names).
pub(super) const MAX_COMPARISONS: usize = 20_000_000;

/// Two keys worth a look; `a` is the shorter (the likelier canonical name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct NamePair {
    pub a: usize,
    pub b: usize,
    pub score: u8,
    pub reason: Msg,
}

/// Near-duplicate pairs among distinct `keys`, best score per pair, sorted
/// by key indices, and where the search was cut short. Pairs of two keys
/// marked `settled` (both with a registry entry) are never kept, so they
/// do not use up the cap on pairs.
pub(super) fn org_pairs(keys: &[&str], settled: &[bool]) -> (Vec<NamePair>, Option<Cut>) {
    let index: FastMap<&str, usize> = keys.iter().enumerate().map(|(i, k)| (*k, i)).collect();
    let places: Vec<u64> = keys.iter().map(|k| prefectures_in(k)).collect();
    let place: Vec<bool> = keys.iter().map(|k| is_place(k)).collect();
    // Pairs containment and similarity leave alone: one side a place, or
    // the two tied to different prefectures.
    let apart = |a: usize, b: usize| {
        place[a] || place[b] || (places[a] & places[b] == 0 && places[a] != 0 && places[b] != 0)
    };
    let mut best = Best::new(keys.len(), MAX_PAIRS);
    best.settle(settled);
    prefix_pairs(keys, &index, &mut best);
    containment_pairs(keys, &index, &apart, &mut best);
    let cut = similar_pairs(keys, &apart, &mut best, MAX_COMPARISONS);
    let mut pairs: Vec<NamePair> = best
        .pairs
        .into_iter()
        .map(|((a, b), (score, reason))| NamePair {
            a,
            b,
            score,
            reason,
        })
        .collect();
    // Hash-map order differs between runs; callers keep the first of equals.
    pairs.sort_unstable_by_key(|p| (p.a, p.b));
    (pairs, cut)
}

fn prefix_pairs(keys: &[&str], index: &FastMap<&str, usize>, best: &mut Best) {
    for (b, key) in keys.iter().enumerate() {
        for off in stripped_offsets(key) {
            if let Some(&a) = index.get(&key[off..]) {
                best.offer(a, b, 90, || Msg::ReasonPrefix {
                    removed: key[..off].to_owned(),
                });
            }
        }
    }
}

/// Containment, except of places (see [`is_place`]) and between names tied
/// to different prefectures.
pub(super) fn containment_pairs(
    keys: &[&str],
    index: &FastMap<&str, usize>,
    apart: &impl Fn(usize, usize) -> bool,
    best: &mut Best,
) {
    let char_len = |k: &str| k.chars().count();
    let mut lengths = [false; 65];
    for k in keys {
        if let Some(slot) = lengths.get_mut(char_len(k)) {
            *slot = true;
        }
    }
    let mut hits: Vec<(usize, usize)> = Vec::new();
    let mut containers = vec![0usize; keys.len()];
    let mut bounds: Vec<usize> = Vec::new();
    for (b, key) in keys.iter().enumerate() {
        bounds.clear();
        bounds.extend(key.char_indices().map(|(i, _)| i));
        bounds.push(key.len());
        let n = bounds.len() - 1;
        for start in 0..n {
            for len in MIN_CONTAINED..(n - start + 1).min(n) {
                if !lengths.get(len).copied().unwrap_or(false) {
                    continue;
                }
                if let Some(&a) = index.get(&key[bounds[start]..bounds[start + len]]) {
                    // A generic word's hits are only counted: it is
                    // skipped below, and a short key in every name would
                    // otherwise keep a hit per name.
                    if containers[a] <= GENERIC {
                        hits.push((a, b));
                    }
                    containers[a] += 1;
                }
            }
        }
    }
    for (a, b) in hits {
        if containers[a] > GENERIC || apart(a, b) {
            continue;
        }
        let ratio = ratio(char_len(keys[a]), char_len(keys[b]));
        let score = 55 + to_score(29.0 * ratio);
        best.offer(a, b, score, || Msg::ReasonContains);
    }
}

/// Bigram sets of all keys as token ranks, each sorted ascending so the
/// rarest bigrams come first, and the weight of each rank.
fn ranked_bigrams(keys: &[&str]) -> (Vec<Vec<u32>>, Vec<f64>) {
    let mut ids: FastMap<(char, char), u32> = FastMap::default();
    let mut sets: Vec<Vec<u32>> = keys
        .iter()
        .map(|k| {
            let chars: Vec<char> = k.chars().collect();
            let grams: Vec<(char, char)> = if chars.len() < 2 {
                chars.iter().map(|&c| (c, '\0')).collect()
            } else {
                chars.windows(2).map(|w| (w[0], w[1])).collect()
            };
            let mut set: Vec<u32> = grams
                .into_iter()
                .map(|g| {
                    let next = to_u32(ids.len());
                    *ids.entry(g).or_insert(next)
                })
                .collect();
            set.sort_unstable();
            set.dedup();
            set
        })
        .collect();
    let mut df = vec![0u32; ids.len()];
    for set in &sets {
        for &t in set {
            df[t as usize] += 1;
        }
    }
    let mut by_rarity: Vec<u32> = (0u32..).take(df.len()).collect();
    by_rarity.sort_unstable_by_key(|&t| (df[t as usize], t));
    let mut rank = vec![0u32; df.len()];
    for (r, &t) in (0u32..).zip(&by_rarity) {
        rank[t as usize] = r;
    }
    for set in &mut sets {
        for t in set.iter_mut() {
            *t = rank[*t as usize];
        }
        set.sort_unstable();
    }
    let n = ratio(keys.len(), 1);
    let weights = by_rarity
        .iter()
        .map(|&t| (1.0 + n / f64::from(df[t as usize])).ln())
        .collect();
    (sets, weights)
}

/// How many of a set's rarest tokens to index: enough that the weight
/// left outside is below the threshold share of the set's weight, so two
/// sets similar enough must share an indexed token (prefix filtering).
fn prefix_len(set: &[u32], weights: &[f64], total: f64) -> usize {
    let mut rest = total;
    for (i, &t) in set.iter().enumerate() {
        // The margin keeps rounding from cutting a prefix one token short.
        if rest < SIMILAR * total - 1e-9 {
            return i;
        }
        rest -= weights[t as usize];
    }
    set.len()
}

/// Weighted Jaccard of two sorted rank sets: shared weight over union
/// weight.
fn weighted_jaccard(x: &[u32], y: &[u32], weights: &[f64], wx: f64, wy: f64) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0.0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += weights[x[i] as usize];
                i += 1;
                j += 1;
            }
        }
    }
    let union = wx + wy - shared;
    if union <= 0.0 { 0.0 } else { shared / union }
}

/// Pairs whose bigram sets have an IDF-weighted Jaccard of at least
/// [`SIMILAR`]. Weighting makes bigrams every name has (大学, 株式, 協会)
/// count for little, so 〇〇商工会議所連合会 and △△商工会議所連合会 are not
/// similar merely for their shared ending, and keeps indexed prefixes to
/// rare bigrams, which keeps candidate lists short.
///
/// Two bounds keep the work linear: a bigram among the rarest of over
/// [`MAX_POSTING`] keys brings none of them together, and at most `budget`
/// comparisons are made. The keys either bound left not fully compared are
/// counted in the [`Cut`].
pub(super) fn similar_pairs(
    keys: &[&str],
    apart: &impl Fn(usize, usize) -> bool,
    best: &mut Best,
    mut budget: usize,
) -> Option<Cut> {
    let (sets, weights) = ranked_bigrams(keys);
    let totals: Vec<f64> = sets
        .iter()
        .map(|s| s.iter().map(|&t| weights[t as usize]).sum())
        .collect();
    let prefixes: Vec<usize> = sets
        .iter()
        .zip(&totals)
        .map(|(s, &w)| prefix_len(s, &weights, w))
        .collect();
    let mut postings: FastMap<u32, Vec<usize>> = FastMap::default();
    for (i, set) in sets.iter().enumerate() {
        for &t in &set[..prefixes[i]] {
            postings.entry(t).or_default().push(i);
        }
    }
    let mut uncompared = vec![false; keys.len()];
    postings.retain(|_, list| {
        let keep = list.len() <= MAX_POSTING;
        if !keep {
            for &i in list.iter() {
                uncompared[i] = true;
            }
        }
        keep
    });
    let matcher = SkimMatcherV2::default();
    let mut stamp = vec![usize::MAX; keys.len()];
    for (x, set) in sets.iter().enumerate() {
        if best.dropped() {
            // Pairs are being left out: the search is cut anyway, and
            // this key and every later one are left.
            uncompared[x..].fill(true);
            break;
        }
        for t in &set[..prefixes[x]] {
            let Some(list) = postings.get(t) else {
                continue;
            };
            for &y in list {
                if y <= x || stamp[y] == x {
                    continue;
                }
                stamp[y] = x;
                let Some(left) = budget.checked_sub(1) else {
                    // This key and every later one are not finished.
                    uncompared[x..].fill(true);
                    return cut_of(&uncompared, best);
                };
                budget = left;
                let (wx, wy) = (totals[x], totals[y]);
                if wx.min(wy) < SIMILAR * wx.max(wy) || apart(x, y) {
                    continue;
                }
                let jaccard = weighted_jaccard(set, &sets[y], &weights, wx, wy);
                if jaccard < SIMILAR {
                    continue;
                }
                let (a, b) = shorter_first(keys, x, y);
                let fuzzy = fuzzy_ratio(&matcher, keys[a], keys[b]);
                let score = to_score(70.0 * jaccard + 30.0 * fuzzy).min(85);
                best.offer(a, b, score, || Msg::ReasonSimilar {
                    percent: to_score(100.0 * jaccard),
                });
            }
        }
    }
    cut_of(&uncompared, best)
}

/// The pair with the shorter key (then the Unicode-smaller) first.
pub(super) fn shorter_first(keys: &[&str], x: usize, y: usize) -> (usize, usize) {
    let k = |i: usize| (keys[i].chars().count(), keys[i]);
    if k(x) <= k(y) { (x, y) } else { (y, x) }
}

/// How well the shorter key matches inside the longer one, 0 to 1, as a
/// share of the shorter key's score against itself.
#[allow(clippy::cast_precision_loss)]
fn fuzzy_ratio(matcher: &SkimMatcherV2, short: &str, long: &str) -> f64 {
    let own = matcher.fuzzy_match(short, short).unwrap_or(0);
    let got = matcher.fuzzy_match(long, short).unwrap_or(0);
    if own <= 0 || got <= 0 {
        return 0.0;
    }
    (got.min(own) as f64 / own as f64).clamp(0.0, 1.0)
}

#[allow(clippy::cast_precision_loss)]
fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Rounds a 0–100 value to a score.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
pub(super) fn to_score(x: f64) -> u8 {
    x.round().clamp(0.0, 100.0) as u8
}
