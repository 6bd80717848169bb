//! The reading lattice of one name and its best paths.

use super::kana::{hiragana, is_on, rendaku};
use super::normalize::push_key;
use super::places::places;
use super::table::Table;
use super::{Candidate, Span, Style};

/// Paths kept per lattice node.
const BEAM: usize = 8;
/// Costs: a curated place, a dictionary word, and a single character; each
/// further reading of a word or character costs a little more.
const PLACE: u32 = 6;
const WORD: u32 = 10;
const WORD_RANK: u32 = 3;
const CHAR: u32 = 13;
const CHAR_RANK: u32 = 2;
/// Extra for a voiced reading, for mixing on and kun readings of adjacent
/// single characters, and for a reading of the kind the style disfavours.
const RENDAKU: u32 = 3;
const MIXED: u32 = 4;
const STYLE: u32 = 3;
/// A kanji with no reading at all stands for itself.
const UNKNOWN: u32 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Kana, Latin, a word: neither on nor kun.
    Other,
    On,
    Kun,
}

struct Edge {
    to: usize,
    reading: String,
    cost: u32,
    class: Class,
}

/// One of the best paths into a node.
#[derive(Clone, Copy)]
struct State {
    cost: u32,
    /// The node it came from, the state there, and the edge taken.
    from: usize,
    prev: usize,
    edge: usize,
    class: Class,
}

pub(super) struct Lattice {
    /// The folded name and, per character, its byte offset and label index.
    key: String,
    offsets: Vec<usize>,
    map: Vec<u32>,
    chars: Vec<char>,
    /// Whether a word may not span from character `i - 1` into `i`.
    breaks: Vec<bool>,
    style: Style,
}

impl Lattice {
    pub(super) fn new(name: &str, style: Style) -> Lattice {
        let (mut key, mut map) = (String::new(), Vec::new());
        push_key(name, &mut key, &mut map);
        let offsets: Vec<usize> = key
            .char_indices()
            .map(|(i, _)| i)
            .chain([key.len()])
            .collect();
        let chars: Vec<char> = key.chars().collect();
        let breaks = (0..chars.len())
            .map(|i| {
                i > 0 && (map[i] > map[i - 1] + 1 || !readable(chars[i]) || !readable(chars[i - 1]))
            })
            .collect();
        Lattice {
            key,
            offsets,
            map,
            chars,
            breaks,
            style,
        }
    }

    /// Up to `limit` distinct readings, best first.
    pub(super) fn best_paths(&self, limit: usize) -> Vec<Candidate> {
        let n = self.chars.len();
        if n == 0 || limit == 0 {
            return Vec::new();
        }
        let edges: Vec<Vec<Edge>> = (0..n).map(|i| self.edges_from(i)).collect();
        let mut states: Vec<Vec<State>> = vec![Vec::new(); n + 1];
        states[0].push(State {
            cost: 0,
            from: 0,
            prev: 0,
            edge: 0,
            class: Class::Other,
        });
        for i in 0..n {
            for (k, s) in states[i].clone().into_iter().enumerate() {
                for (e, edge) in edges[i].iter().enumerate() {
                    let mixed = matches!(
                        (s.class, edge.class),
                        (Class::On, Class::Kun) | (Class::Kun, Class::On)
                    );
                    let cost = s.cost + edge.cost + if mixed { MIXED } else { 0 };
                    keep(
                        &mut states[edge.to],
                        State {
                            cost,
                            from: i,
                            prev: k,
                            edge: e,
                            class: edge.class,
                        },
                    );
                }
            }
        }
        let mut out: Vec<Candidate> = Vec::new();
        for k in 0..states[n].len() {
            let c = self.path(&states, &edges, k);
            if !c.reading.is_empty() && !out.iter().any(|o| o.reading == c.reading) {
                out.push(c);
                if out.len() == limit {
                    break;
                }
            }
        }
        out
    }

    /// Follows state `k` of the last node back to the start.
    fn path(&self, states: &[Vec<State>], edges: &[Vec<Edge>], k: usize) -> Candidate {
        let mut taken = Vec::new();
        let (mut node, mut k) = (self.chars.len(), k);
        while node > 0 {
            let s = states[node][k];
            taken.push((s.from, &edges[s.from][s.edge]));
            (node, k) = (s.from, s.prev);
        }
        let mut reading = String::new();
        let mut spans = Vec::with_capacity(taken.len());
        let mut at = 0u32;
        for (from, edge) in taken.into_iter().rev() {
            if edge.reading.is_empty() {
                continue;
            }
            reading.push_str(&edge.reading);
            let len = u32::try_from(edge.reading.chars().count()).unwrap_or(u32::MAX);
            spans.push(Span {
                label: (self.map[from], self.map[edge.to - 1] + 1),
                reading: (at, at + len),
            });
            at += len;
        }
        Candidate { reading, spans }
    }

    fn edges_from(&self, i: usize) -> Vec<Edge> {
        let c = self.chars[i];
        if !is_kanji(c) {
            let reading = if readable(c) {
                c.to_string()
            } else {
                String::new()
            };
            return vec![Edge {
                to: i + 1,
                reading,
                cost: 0,
                class: Class::Other,
            }];
        }
        let mut out = Vec::new();
        self.word_edges(i, &mut out);
        self.char_edges(i, &mut out);
        out
    }

    /// Words of two or more characters starting at `i`, within its run.
    fn word_edges(&self, i: usize, out: &mut Vec<Edge>) {
        let table = Table::get();
        let mut end = i + 1;
        while end < self.chars.len() && end - i < table.longest && !self.breaks[end] {
            end += 1;
            let word = &self.key[self.offsets[i]..self.offsets[end]];
            if let Some(kana) = places().get(word) {
                out.push(word_edge(end, kana.clone(), PLACE));
                continue;
            }
            for (rank, r) in (0u32..).zip(table.readings(word)) {
                out.push(word_edge(end, hiragana(r), WORD + rank * WORD_RANK));
            }
        }
    }

    /// The readings of the single character at `i` (々 repeats the one
    /// before it), voiced too after another kanji.
    fn char_edges(&self, i: usize, out: &mut Vec<Edge>) {
        let mut c = self.chars[i];
        if c == '々' && i > 0 && !self.breaks[i] {
            c = self.chars[i - 1];
        }
        let mut buf = [0; 4];
        let after_kanji = i > 0 && !self.breaks[i] && is_kanji(self.chars[i - 1]);
        let before = out.len();
        let favoured = match self.style {
            Style::Organization => Class::On,
            Style::Person => Class::Kun,
        };
        let mut ranks = [0u32; 2];
        for r in Table::get().readings(c.encode_utf8(&mut buf)) {
            let class = if is_on(r) { Class::On } else { Class::Kun };
            let slot = usize::from(class == Class::Kun);
            let rank = ranks[slot];
            ranks[slot] += 1;
            let cost = CHAR + rank * CHAR_RANK + if class == favoured { 0 } else { STYLE };
            let reading = hiragana(r);
            if after_kanji && let Some(voiced) = rendaku(&reading) {
                out.push(Edge {
                    to: i + 1,
                    reading: voiced,
                    cost: cost + RENDAKU,
                    class,
                });
            }
            out.push(Edge {
                to: i + 1,
                reading,
                cost,
                class,
            });
        }
        if out.len() == before {
            out.push(Edge {
                to: i + 1,
                reading: c.to_string(),
                cost: UNKNOWN,
                class: Class::Other,
            });
        }
    }
}

fn word_edge(to: usize, reading: String, cost: u32) -> Edge {
    Edge {
        to,
        reading,
        cost,
        class: Class::Other,
    }
}

/// Inserts `s` among the best [`BEAM`] states of a node, cheapest first
/// (ties keep the earlier, so results are deterministic).
fn keep(states: &mut Vec<State>, s: State) {
    let at = states.partition_point(|o| o.cost <= s.cost);
    if at < BEAM {
        states.insert(at, s);
        states.truncate(BEAM);
    }
}

/// CJK ideographs (with the iteration mark 々 and 〆).
fn is_kanji(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3134F}' | '々' | '〆')
}

/// Characters that are read (kana, kanji, letters, digits); the rest
/// (brackets, punctuation) only separate words.
fn readable(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, 'ー' | 'ゝ' | 'ゞ')
}
