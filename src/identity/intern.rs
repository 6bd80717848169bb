//! Interning of spellings and keys, and a union-find over key ids: the
//! bookkeeping that keeps resolution linear in the number of members.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Maps spellings to dense text ids and key ids, computing each distinct
/// spelling's key once (a million members usually repeat a few thousand
/// spellings). Text ids let later steps group spellings without comparing
/// strings.
pub(super) struct KeyTable<'a> {
    keyer: fn(&str) -> String,
    by_text: FastMap<&'a str, (u32, u32)>,
    texts: Vec<&'a str>,
    by_key: FastMap<String, u32>,
    keys: Vec<String>,
}

impl<'a> KeyTable<'a> {
    pub(super) fn new(keyer: fn(&str) -> String) -> Self {
        KeyTable {
            keyer,
            by_text: FastMap::default(),
            texts: Vec::new(),
            by_key: FastMap::default(),
            keys: Vec::new(),
        }
    }

    /// Key id of a spelling.
    pub(super) fn id(&mut self, text: &'a str) -> u32 {
        self.spell(text).1
    }

    /// Text id and key id of a spelling.
    pub(super) fn spell(&mut self, text: &'a str) -> (u32, u32) {
        if let Some(&ids) = self.by_text.get(text) {
            return ids;
        }
        let key = (self.keyer)(text);
        let ids = (to_u32(self.texts.len()), self.id_of_key(key));
        self.texts.push(text);
        self.by_text.insert(text, ids);
        ids
    }

    /// The spelling behind a text id.
    pub(super) fn text(&self, id: u32) -> &'a str {
        self.texts[id as usize]
    }

    /// Key id of an already computed key.
    pub(super) fn id_of_key(&mut self, key: String) -> u32 {
        if let Some(&id) = self.by_key.get(&key) {
            return id;
        }
        let id = to_u32(self.keys.len());
        self.by_key.insert(key.clone(), id);
        self.keys.push(key);
        id
    }

    pub(super) fn key(&self, id: u32) -> &str {
        &self.keys[id as usize]
    }
}

/// Union-find with path halving. The root is whichever side `union` is
/// told to keep, so callers decide which key names a merged component.
pub(super) struct UnionFind {
    parent: Vec<u32>,
}

impl UnionFind {
    pub(super) fn new() -> Self {
        UnionFind { parent: Vec::new() }
    }

    fn grow(&mut self, id: u32) {
        while self.parent.len() <= id as usize {
            let next = to_u32(self.parent.len());
            self.parent.push(next);
        }
    }

    pub(super) fn find(&mut self, id: u32) -> u32 {
        self.grow(id);
        let mut x = id;
        while self.parent[x as usize] != x {
            let grand = self.parent[self.parent[x as usize] as usize];
            self.parent[x as usize] = grand;
            x = grand;
        }
        x
    }

    /// Merges the component of `other` into the one of `keep`.
    pub(super) fn union(&mut self, keep: u32, other: u32) {
        let (k, o) = (self.find(keep), self.find(other));
        if k != o {
            self.parent[o as usize] = k;
        }
    }
}

/// Ids are `u32` to halve the memory of the per-row tables; four billion
/// distinct spellings are out of reach of any YAML directory.
pub(super) fn to_u32(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// A hash map with [`FxHasher`]: identity resolution hashes millions of short
/// strings and small integers it made itself, where SipHash's protection
/// against crafted keys buys nothing and costs a third of the run time.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The Firefox/rustc hash: one rotate, xor and multiply per word.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
