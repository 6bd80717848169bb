//! Building the index: one item per network and per entity, each with its
//! folded name, readings and extra text.

use fuzzy_matcher::skim::SkimMatcherV2;

use super::filter::{ReadingSets, kana_set};
use super::{Detail, Field, HitKind, Item, SearchIndex, Segment, Target, Token};
use crate::identity::{Entity, EntityId, EntityKind, Resolved};
use crate::model::{Dataset, Prefecture};
use crate::readings::normalize::{bloom, fold, push_key};
use crate::readings::{self, Style, push_matching};

/// Candidate readings indexed per name: people's short names are the most
/// ambiguous (受田: うけた, うけだ, じゅでん…).
const PERSON_CANDIDATES: usize = 6;
const OTHER_CANDIDATES: usize = 3;

/// What an item is made of before folding.
struct Source<'a> {
    target: Target,
    kind: HitKind,
    label: &'a str,
    context: Option<&'a str>,
    count: usize,
    /// A given reading (a person's kana, an organisation's registry kana).
    kana: Option<&'a str>,
    /// What tells the item apart on a result line.
    detail: Detail,
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
                detail: Detail {
                    prefecture: Some(network.prefecture.name()),
                    ..Detail::default()
                },
                extra: Some((Field::Id, &network.id)),
            });
        }
        for (i, e) in (0u32..).zip(resolved.entities()) {
            b.add(&entity_source(ds, resolved, EntityId(i), e));
        }
        let mut index = b.index;
        index.orders = tie_break_order(&index.items);
        index
    }
}

/// An entity's item: people with their reading, organisation and title,
/// organisations with their prefecture and sector.
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
    let detail = match e.kind {
        EntityKind::Person => Detail {
            org: org.map(Into::into),
            title: e
                .memberships
                .iter()
                .find_map(|&at| resolved.row(ds, at)?.title.as_deref())
                .map(Into::into),
            ..Detail::default()
        },
        EntityKind::Organization => Detail {
            prefecture: main_prefecture(ds, &e.networks),
            sector: e.sector,
            ..Detail::default()
        },
        EntityKind::Position => Detail::default(),
    };
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
        kana: resolved.reading(ds, id),
        detail,
        extra: org.map(|o| (Field::Org, o)),
    }
}

/// The prefecture most of `networks` are in (ties: JIS order).
fn main_prefecture(ds: &Dataset, networks: &[u32]) -> Option<&'static str> {
    let mut counts: Vec<(Prefecture, usize)> = Vec::new();
    for &n in networks {
        let Some(p) = ds.networks.get(n as usize).map(|n| n.prefecture) else {
            continue;
        };
        match counts.iter_mut().find(|(q, _)| *q == p) {
            Some((_, c)) => *c += 1,
            None => counts.push((p, 1)),
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(p, _)| p.name())
}

struct Builder {
    index: SearchIndex,
}

impl Builder {
    fn new(items: usize) -> Builder {
        let index = SearchIndex {
            items: Vec::with_capacity(items),
            blooms: Vec::with_capacity(items),
            kana_sets: Vec::with_capacity(items),
            reading_sets: Vec::with_capacity(items),
            seg_start: vec![0],
            seg_blooms: Vec::new(),
            orders: Vec::new(),
            segments: Vec::new(),
            text: String::new(),
            maps: Vec::new(),
            tokens: Vec::new(),
            matcher: SkimMatcherV2::default().respect_case(),
            threads: std::thread::available_parallelism().map_or(1, |n| n.get().min(8)),
            min_per_thread: 8_000,
        };
        Builder { index }
    }

    fn add(&mut self, src: &Source<'_>) {
        let first = to_u32(self.index.segments.len());
        self.name_segment(src.label);
        self.reading_segment(src.label, src.kind, src.kana);
        if let Some((field, text)) = src.extra {
            self.plain_segment(field, text);
        }
        let last = to_u32(self.index.segments.len());
        let (mut bloom, mut kana) = (0, 0);
        let mut sets = ReadingSets::default();
        for s in first as usize..last as usize {
            let seg = self.index.segments[s];
            match seg.field {
                Field::Reading => {
                    kana |= self.index.seg_blooms[s];
                    sets =
                        ReadingSets::of(&self.index.text[seg.text.0 as usize..seg.text.1 as usize]);
                }
                _ => bloom |= self.index.seg_blooms[s],
            }
        }
        self.index.items.push(Item {
            target: src.target,
            kind: src.kind,
            label: src.label.into(),
            context: src.context.map(Into::into),
            count: to_u32(src.count),
            detail: src.detail.clone(),
        });
        self.index.blooms.push(bloom);
        self.index.kana_sets.push(kana);
        self.index.reading_sets.push(sets);
        self.index.seg_start.push(last);
    }

    fn name_segment(&mut self, label: &str) {
        let start = self.index.text.len();
        let map_start = self.index.maps.len();
        push_key(label, &mut self.index.text, &mut self.index.maps);
        let map_end = self.index.maps.len();
        self.push_segment(Field::Name, start, (map_start, map_end));
    }

    /// The name's readings in matching form (see `readings::matching`),
    /// candidates apart by spaces: a person's given kana alone, else the
    /// estimated candidates, each part tied to the label characters it reads.
    fn reading_segment(&mut self, label: &str, kind: HitKind, kana: Option<&str>) {
        let mut reading = Reading::default();
        if let Some(k) = kana.map(fold).filter(|k| !k.is_empty()) {
            reading.push(&k, (0, 0));
        } else {
            let (style, limit) = match kind {
                HitKind::Person => (Style::Person, PERSON_CANDIDATES),
                _ => (Style::Organization, OTHER_CANDIDATES),
            };
            for c in readings::candidates(label, style, limit) {
                let chars: Vec<char> = c.reading.chars().collect();
                let mut part = String::new();
                for span in &c.spans {
                    part.clear();
                    part.extend(&chars[span.reading.0 as usize..span.reading.1 as usize]);
                    reading.push(&part, span.label);
                }
                reading.gap();
            }
        }
        if reading.text.is_empty() {
            return;
        }
        let start = self.index.text.len();
        self.index.text.push_str(reading.text.trim_end());
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
        let text = &self.index.text[start..end];
        self.index.seg_blooms.push(match field {
            Field::Reading => kana_set(text),
            _ => bloom(text),
        });
        self.index.segments.push(Segment {
            field,
            text: (to_u32(start), to_u32(end)),
            aux: (to_u32(aux.0), to_u32(aux.1)),
        });
    }
}

/// Reading text under construction: candidates in matching form separated
/// by spaces (which no folded query holds).
#[derive(Default)]
struct Reading {
    text: String,
    chars: u32,
    /// The character before, for long vowels across parts.
    last: Option<char>,
    tokens: Vec<Token>,
}

impl Reading {
    fn push(&mut self, kana: &str, label: (u32, u32)) {
        let start = self.chars;
        self.chars += push_matching(&mut self.text, &mut self.last, kana);
        if self.chars > start {
            self.tokens.push(Token {
                chars: (start, self.chars),
                label,
            });
        }
    }

    fn gap(&mut self) {
        self.text.push(' ');
        self.chars += 1;
        self.last = None;
    }
}

/// Each item's rank for tie-breaks: networks first, then shorter labels,
/// then Unicode order, then target.
fn tie_break_order(items: &[Item]) -> Vec<u32> {
    let mut by: Vec<(bool, usize, u32)> = items
        .iter()
        .zip(0u32..)
        .map(|(it, i)| (it.kind != HitKind::Network, it.label.chars().count(), i))
        .collect();
    by.sort_unstable_by(|a, b| {
        let (x, y) = (&items[a.2 as usize], &items[b.2 as usize]);
        (a.0, a.1, &x.label, x.target).cmp(&(b.0, b.1, &y.label, y.target))
    });
    let mut orders = vec![0; items.len()];
    for (rank, (_, _, i)) in (0u32..).zip(by) {
        orders[i as usize] = rank;
    }
    orders
}

fn to_u32(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}
