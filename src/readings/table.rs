//! The generated dictionary (table.txt, from tools/gen_readings.py): words
//! and single characters with their readings, best first.

use std::sync::OnceLock;

/// The committed table: `WORD<TAB>READING READING…` lines, sorted by code
/// point (which is byte order in UTF-8).
static TABLE: &str = include_str!("table.txt");

/// The table, indexed on first use: only where each line starts (about
/// 100,000 offsets, found in a millisecond), so start-up does not pay for
/// building a hash map; words are found by binary search.
pub(super) struct Table {
    text: &'static str,
    lines: Vec<u32>,
    /// Longest word, in characters.
    pub longest: usize,
}

impl Table {
    pub(super) fn get() -> &'static Table {
        static PARSED: OnceLock<Table> = OnceLock::new();
        PARSED.get_or_init(|| Table::index(TABLE))
    }

    fn index(text: &'static str) -> Table {
        let mut lines = Vec::with_capacity(110_000);
        let mut longest = 1;
        let mut start = 0;
        for end in text.match_indices('\n').map(|(i, _)| i).chain([text.len()]) {
            let line = &text[start..end];
            if !line.starts_with('#')
                && let Some((word, _)) = line.split_once('\t')
            {
                longest = longest.max(word.chars().count());
                lines.push(u32::try_from(start).unwrap_or(u32::MAX));
            }
            start = end + 1;
        }
        Table {
            text,
            lines,
            longest,
        }
    }

    /// Line `i` as word and readings.
    fn line(&self, i: usize) -> (&'static str, &'static str) {
        let text: &'static str = self.text;
        let start = self.lines[i] as usize;
        let rest = &text[start..];
        let line = rest.split('\n').next().unwrap_or_default();
        line.split_once('\t').unwrap_or((line, ""))
    }

    /// Where `word` is or would be.
    fn find(&self, word: &str) -> usize {
        self.lines.partition_point(|&s| {
            let rest = &self.text[s as usize..];
            rest.split('\t').next().unwrap_or_default() < word
        })
    }

    /// Whether some word starts with `prefix` (so longer words are worth
    /// looking up).
    pub(super) fn has_prefix(&self, prefix: &str) -> bool {
        let i = self.find(prefix);
        i < self.lines.len() && self.line(i).0.starts_with(prefix)
    }

    /// The readings of `word`, best first; on readings of a single
    /// character are in katakana.
    pub(super) fn readings(&self, word: &str) -> impl Iterator<Item = &'static str> {
        let i = self.find(word);
        let found = (i < self.lines.len())
            .then(|| self.line(i))
            .filter(|(w, _)| *w == word)
            .map_or("", |(_, r)| r);
        found.split(' ').filter(|r| !r.is_empty())
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
        assert!(t.has_prefix("高知"));
        assert!(!t.has_prefix("存在しない語"));
    }
}
