//! Sets that let a scan judge a reading without reading it: which hiragana
//! it holds, one bit each (the hashed bloom of other texts would let about
//! one in seven through), which start a candidate, and which pairs follow
//! each other.

use super::Bloom;

/// Bit of `ー`; hiragana U+3041..=U+3096 take bits 0..=85.
const LONG_VOWEL: u32 = 86;
/// Every other character shares the top bit, so the set stays a sound
/// filter for any text: a query needs each of its bits in the reading's.
const OTHER: u32 = 127;

fn kana_bit(c: char) -> Bloom {
    let bit = match c {
        '\u{3041}'..='\u{3096}' => u32::from(c) - 0x3041,
        'ー' => LONG_VOWEL,
        // Candidates are apart by spaces, which no folded query holds.
        ' ' => return 0,
        _ => OTHER,
    };
    1 << bit
}

/// The kana of `text` as a set; `kana_set(q) & !kana_set(r) != 0` means
/// `r` cannot hold `q`.
pub(super) fn kana_set(text: &str) -> Bloom {
    text.chars().fold(0, |acc, c| acc | kana_bit(c))
}

/// Whether `c` has a bit of its own in a kana set.
pub(super) fn has_own_bit(c: char) -> bool {
    kana_bit(c) & !(1 << OTHER) != 0
}

/// More about a reading's candidates (apart by spaces): the kana that
/// start one, those that are one on their own, and a bloom of adjacent
/// pairs. A one-kana query's score needs only the first two, so the first
/// keystroke reads no reading text; a longer query needs every pair of
/// its own in the third.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct ReadingSets {
    pub starts: Bloom,
    pub singles: Bloom,
    pub pairs: Bloom,
}

impl ReadingSets {
    pub(super) fn of(text: &str) -> ReadingSets {
        let mut sets = ReadingSets::default();
        for candidate in text.split(' ') {
            let mut chars = candidate.chars();
            let Some(first) = chars.next() else {
                continue;
            };
            sets.starts |= kana_bit(first);
            if chars.as_str().is_empty() {
                sets.singles |= kana_bit(first);
            }
            sets.pairs |= pairs(candidate);
        }
        sets
    }
}

/// Every adjacent pair of characters of `text` as a bloom.
pub(super) fn pairs(text: &str) -> Bloom {
    let mut out = 0;
    let mut chars = text.chars();
    let Some(mut prev) = chars.next() else {
        return 0;
    };
    for c in chars {
        // Fibonacci hashing of both characters: the top seven bits.
        let h = (u64::from(prev) << 21 | u64::from(c)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        out |= 1 << (h >> 57);
        prev = c;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kana_has_its_own_bit() {
        let all: Vec<char> = ('\u{3041}'..='\u{3096}').chain(['ー']).collect();
        let sets: Vec<Bloom> = all.iter().map(|&c| kana_bit(c)).collect();
        for (i, a) in sets.iter().enumerate() {
            assert_eq!(a.count_ones(), 1);
            assert!(sets[i + 1..].iter().all(|b| a & b == 0), "{}", all[i]);
        }
        assert_eq!(kana_set("とく しま"), kana_set("とくしま"));
        assert_eq!(kana_set("高"), kana_set("x"));
        assert_eq!(kana_set("とう") & kana_set("と"), kana_set("と"));
        assert_ne!(kana_set("とう") & kana_set("こ"), kana_set("こ"));
        assert!(has_own_bit('と') && has_own_bit('ー') && !has_own_bit('a'));
    }

    #[test]
    fn reading_sets_know_starts_singles_and_pairs() {
        let sets = ReadingSets::of("とう ひがし と");
        assert_eq!(sets.starts, kana_set("とひ"));
        assert_eq!(sets.singles, kana_set("と"));
        assert_eq!(sets.pairs & pairs("がし"), pairs("がし"));
        assert_eq!(sets.pairs, pairs("とう") | pairs("ひがし"));
        assert_eq!(pairs("と"), 0);
    }
}
