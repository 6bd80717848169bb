//! The generated dictionary (table.txt, from tools/gen_readings.py): words
//! and single characters with their readings, best first.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The committed table: `WORD<TAB>READING READING…` lines, sorted.
static TABLE: &str = include_str!("table.txt");

/// The table, parsed on first use (about 100,000 lines, a few milliseconds;
/// the readings themselves stay borrowed from the binary).
pub(super) struct Table {
    words: HashMap<&'static str, &'static str>,
    /// Longest word, in characters.
    pub longest: usize,
}

impl Table {
    pub(super) fn get() -> &'static Table {
        static PARSED: OnceLock<Table> = OnceLock::new();
        PARSED.get_or_init(|| Table::parse(TABLE))
    }

    fn parse(text: &'static str) -> Table {
        let mut words = HashMap::with_capacity(110_000);
        let mut longest = 1;
        for line in text.lines() {
            if line.starts_with('#') {
                continue;
            }
            if let Some((word, readings)) = line.split_once('\t') {
                longest = longest.max(word.chars().count());
                words.insert(word, readings);
            }
        }
        Table { words, longest }
    }

    /// The readings of `word`, best first; on readings of a single
    /// character are in katakana.
    pub(super) fn readings(&self, word: &str) -> impl Iterator<Item = &'static str> {
        self.words
            .get(word)
            .copied()
            .unwrap_or_default()
            .split(' ')
            .filter(|r| !r.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_characters_are_there() {
        let t = Table::get();
        assert_eq!(t.readings("大学").collect::<Vec<_>>(), ["だいがく"]);
        assert!(t.readings("田").any(|r| r == "た"));
        assert!(t.readings("受").any(|r| r == "うけ"));
        assert!(t.readings("受").any(|r| r == "ジュ"));
        assert_eq!(t.readings("存在しない語").count(), 0);
        assert!(t.longest >= 3);
    }
}
