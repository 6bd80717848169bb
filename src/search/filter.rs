//! Exact kana sets: which hiragana a reading holds, one bit each, so a
//! reading that lacks a kana of the query is rejected without reading its
//! text (the hashed bloom of other texts lets about one in seven through).

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
    }
}
