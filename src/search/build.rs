//! Building the index: one item per network and per entity, each with its
//! folded name, readings and extra text.

use fuzzy_matcher::skim::SkimMatcherV2;

use super::normalize::{bloom, fold, push_key};
use super::readings::Readings;
use super::{Field, HitKind, Item, SearchIndex, Segment, Target, Token};
use crate::identity::{Entity, EntityId, EntityKind, Resolved};
use crate::model::Dataset;

/// What an item is made of before folding.
struct Source<'a> {
    target: Target,
    kind: HitKind,
    label: &'a str,
    context: Option<&'a str>,
    count: usize,
    /// A person's kana reading.
    kana: Option<&'a str>,
    /// Extra searchable text without highlights (network id, person's org).
    extra: Option<(Field, &'a str)>,
}

impl SearchIndex {
    /// Indexes every network of `ds` and every entity of `resolved` (which
    /// must have been resolved from `ds`).
    #[must_use]
    pub fn new(ds: &Dataset, resolved: &Resolved) -> SearchIndex {
        let mut b = Builder::new(ds.networks.len() + resolved.entities().len());
        for (n, network) in (0u32..).zip(&ds.networks) {
            b.add(&Source {
                target: Target::Network(n),
                kind: HitKind::Network,
                label: &network.name,
                context: Some(network.prefecture.name()),
                count: network.members.len(),
                kana: None,
                extra: Some((Field::Id, &network.id)),
            });
        }
        for (i, e) in (0u32..).zip(resolved.entities()) {
            b.add(&entity_source(ds, resolved, EntityId(i), e));
        }
        let mut index = b.index;
        assign_order(&mut index.items);
        index
    }
}

/// An entity's item: people with their kana and organisation.
fn entity_source<'a>(
    ds: &'a Dataset,
    resolved: &'a Resolved,
    id: EntityId,
    e: &'a Entity,
) -> Source<'a> {
    let person = e.kind == EntityKind::Person;
    let org = e
        .org
        .filter(|_| person)
        .map(|o| resolved.entity(o).name.as_str());
    Source {
        target: Target::Entity(id),
        kind: match e.kind {
            EntityKind::Organization => HitKind::Organization,
            EntityKind::Person => HitKind::Person,
            EntityKind::Position => HitKind::Position,
        },
        label: &e.name,
        context: org,
        count: e.networks.len(),
        kana: if person {
            resolved.contact(ds, id).kana
        } else {
            None
        },
        extra: org.map(|o| (Field::Org, o)),
    }
}

struct Builder {
    index: SearchIndex,
    readings: Readings,
    /// Scratch: the name key as characters.
    chars: Vec<char>,
}

impl Builder {
    fn new(items: usize) -> Builder {
        let index = SearchIndex {
            items: Vec::with_capacity(items),
            blooms: Vec::with_capacity(items),
            seg_start: vec![0],
            seg_blooms: Vec::new(),
            segments: Vec::new(),
            text: String::new(),
            maps: Vec::new(),
            tokens: Vec::new(),
            matcher: SkimMatcherV2::default().respect_case(),
            threads: std::thread::available_parallelism().map_or(1, |n| n.get().min(8)),
            min_per_thread: 8_000,
        };
        Builder {
            index,
            readings: Readings::new(),
            chars: Vec::new(),
        }
    }

    fn add(&mut self, src: &Source<'_>) {
        let first = to_u32(self.index.segments.len());
        self.name_segment(src.label);
        self.reading_segment(first, src.kana);
        if let Some((field, text)) = src.extra {
            self.plain_segment(field, text);
        }
        let last = to_u32(self.index.segments.len());
        let bloom = self.index.seg_blooms[first as usize..last as usize]
            .iter()
            .fold(0, |acc, b| acc | b);
        self.index.items.push(Item {
            target: src.target,
            kind: src.kind,
            label: src.label.into(),
            context: src.context.map(Into::into),
            count: to_u32(src.count),
            order: 0,
        });
        self.index.blooms.push(bloom);
        self.index.seg_start.push(last);
    }

    fn name_segment(&mut self, label: &str) {
        let start = self.index.text.len();
        let map_start = self.index.maps.len();
        push_key(label, &mut self.index.text, &mut self.index.maps);
        let map_end = self.index.maps.len();
        self.push_segment(Field::Name, start, (map_start, map_end));
    }

    /// Readings of the places in the name segment just pushed (at `name`),
    /// then the kana; nothing when there are neither.
    fn reading_segment(&mut self, name: u32, kana: Option<&str>) {
        let seg = self.index.segments[name as usize];
        self.chars.clear();
        self.chars
            .extend(self.index.text[seg.text.0 as usize..seg.text.1 as usize].chars());
        let found = self.readings.find(&self.chars);
        let kana = kana.map(fold).filter(|k| !k.is_empty());
        if found.is_empty() && kana.is_none() {
            return;
        }
        let map = &self.index.maps[seg.aux.0 as usize..seg.aux.1 as usize];
        let mut reading = Reading::default();
        for f in &found {
            let stem = (map[f.start], map[f.stem_end - 1] + 1);
            let suffix_at = (map[f.stem_end.min(f.end - 1)], map[f.end - 1] + 1);
            let (suffix_kana, suffix_romaji) = f.suffix.unzip();
            for (text, suffix) in [(f.kana, suffix_kana), (f.romaji, suffix_romaji)] {
                reading.push(text, stem);
                if let Some(s) = suffix {
                    reading.push(s, suffix_at);
                }
                reading.gap();
            }
        }
        if let Some(k) = &kana {
            reading.push(k, (0, 0));
        }
        let start = self.index.text.len();
        self.index.text.push_str(&reading.text);
        let first = self.index.tokens.len();
        self.index.tokens.extend(reading.tokens);
        let last = self.index.tokens.len();
        self.push_segment(Field::Reading, start, (first, last));
    }

    fn plain_segment(&mut self, field: Field, text: &str) {
        let start = self.index.text.len();
        let mut map = Vec::new();
        push_key(text, &mut self.index.text, &mut map);
        self.push_segment(field, start, (0, 0));
    }

    fn push_segment(&mut self, field: Field, start: usize, aux: (usize, usize)) {
        let end = self.index.text.len();
        if end == start && field != Field::Name {
            return;
        }
        self.index
            .seg_blooms
            .push(bloom(&self.index.text[start..end]));
        self.index.segments.push(Segment {
            field,
            text: (to_u32(start), to_u32(end)),
            aux: (to_u32(aux.0), to_u32(aux.1)),
        });
    }
}

/// Reading text under construction: readings separated by spaces (which no
/// folded query holds, and which give word-start bonuses).
#[derive(Default)]
struct Reading {
    text: String,
    chars: u32,
    tokens: Vec<Token>,
}

impl Reading {
    fn push(&mut self, text: &str, label: (u32, u32)) {
        let start = self.chars;
        self.text.push_str(text);
        self.chars += to_u32(text.chars().count());
        self.tokens.push(Token {
            chars: (start, self.chars),
            label,
        });
    }

    fn gap(&mut self) {
        self.text.push(' ');
        self.chars += 1;
    }
}

/// Ranks items for tie-breaks: networks first, then shorter labels, then
/// Unicode order, then target.
fn assign_order(items: &mut [Item]) {
    let mut by: Vec<(bool, usize, u32)> = items
        .iter()
        .zip(0u32..)
        .map(|(it, i)| (it.kind != HitKind::Network, it.label.chars().count(), i))
        .collect();
    by.sort_unstable_by(|a, b| {
        let (x, y) = (&items[a.2 as usize], &items[b.2 as usize]);
        (a.0, a.1, &x.label, x.target).cmp(&(b.0, b.1, &y.label, y.target))
    });
    for (rank, (_, _, i)) in (0u32..).zip(by) {
        items[i as usize].order = rank;
    }
}

fn to_u32(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}
