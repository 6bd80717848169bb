//! Finds the line and column of a key or value after a semantic check fails.
//!
//! serde_yaml does not tell a visitor where a value stood, so the loader
//! parses a file a second time, with a position-keeping event parser, only
//! when it has something to report about that file. Clean files never pay.

use yaml_rust2::parser::{Event, Parser, Tag};
use yaml_rust2::scanner::{Marker, TScalarStyle};

use crate::diag::Pos;

/// One step of a path into the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    /// The value under this key of a mapping (its first occurrence).
    Key(&'a str),
    /// The value under the n-th occurrence (0-based) of a key; used to point
    /// at the second copy of a duplicated key.
    KeyNth(&'a str, usize),
    /// The n-th item of a sequence.
    Index(usize),
}

/// Where to point once the path is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The key of the last `Key` step (e.g. the `prefecture` in
    /// `prefecture: 高知`), for "unknown field" or "duplicate key".
    Key,
    /// The value, for "not allowed here".
    Value,
}

#[derive(Debug)]
enum Node {
    Scalar(Pos, usize),
    Seq(Pos, Vec<Node>),
    Map(Pos, Vec<(String, Pos, Node)>),
    /// An alias (never expanded), or a collection nested too deep to index.
    Leaf(Pos),
}

impl Node {
    fn pos(&self) -> Pos {
        match self {
            Node::Scalar(p, _) | Node::Seq(p, _) | Node::Map(p, _) | Node::Leaf(p) => *p,
        }
    }
}

/// A YAML feature renkei refuses to read, since serde_yaml would read it
/// as something other than what its writer meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// A tag (`!!binary`, `!custom`): serde_yaml keeps the plain text and
    /// drops the tag, so `!!binary aGVsbG8=` would be the name "aGVsbG8=".
    /// The tag as written in the file.
    Tag(String),
    /// A merge key (`<<: *base`): serde_yaml does not merge, so the fields
    /// it should bring would be silently missing.
    Merge,
}

/// A position index of one document, built on demand.
#[derive(Debug)]
pub struct Locator {
    root: Option<Node>,
    refused: Vec<(Refused, Pos)>,
}

/// Nesting deeper than this is not indexed: positions inside it fall back
/// to the nearest indexed ancestor, and the recursion cannot exhaust the
/// stack on hostile input (deeper collections are skipped by a loop).
const MAX_DEPTH: usize = 64;

pub(super) fn pos_of(m: &Marker) -> Pos {
    let line = u32::try_from(m.line()).unwrap_or(u32::MAX);
    let column = u32::try_from(m.col() + 1).unwrap_or(u32::MAX);
    Pos::new(line, column)
}

impl Locator {
    /// Indexes `src`. A document the event parser cannot read gives an empty
    /// index, and every lookup then answers `None`.
    #[must_use]
    pub fn new(src: &str) -> Locator {
        // yaml-rust2 rejects tabs that libyaml (and so serde_yaml) accepts
        // as separators, e.g. `program:\tkofukin`, and would then lose every
        // position after them. A tab and a space are one character each, so
        // columns do not move.
        let spaced = if src.contains('\t') {
            std::borrow::Cow::Owned(src.replace('\t', " "))
        } else {
            std::borrow::Cow::Borrowed(src)
        };
        let mut events = Events {
            parser: Parser::new_from_str(&spaced),
            peeked: None,
            refused: RefusedScan::default(),
            src: &spaced,
            done: false,
        };
        while events.peek().is_some_and(|(e, _)| {
            matches!(
                e,
                Event::StreamStart | Event::DocumentStart | Event::Nothing
            )
        }) {
            events.next();
        }
        let root = build(&mut events, 0);
        // The rest of the stream, for tags and merge keys after the root
        // (a second document is a syntax error, but is still looked at).
        while events.next().is_some() {}
        let refused = events.refused.found;
        Locator { root, refused }
    }

    /// The tags and merge keys of the document, in order.
    #[must_use]
    pub fn refused(&self) -> &[(Refused, Pos)] {
        &self.refused
    }

    /// Position of the node at `path`, or `None` when the path is not in the
    /// document (then callers point at the nearest ancestor).
    #[must_use]
    pub fn find(&self, path: &[Step<'_>], target: Target) -> Option<Pos> {
        let mut node = self.root.as_ref()?;
        let mut key_pos = None;
        for step in path {
            match (step, node) {
                (Step::Key(k), Node::Map(_, entries)) => {
                    let (_, kp, v) = entries.iter().find(|(name, _, _)| name == k)?;
                    key_pos = Some(*kp);
                    node = v;
                }
                (Step::KeyNth(k, n), Node::Map(_, entries)) => {
                    let (_, kp, v) = entries.iter().filter(|(name, _, _)| name == k).nth(*n)?;
                    key_pos = Some(*kp);
                    node = v;
                }
                (Step::Index(i), Node::Seq(_, items)) => {
                    node = items.get(*i)?;
                    key_pos = None;
                }
                _ => return None,
            }
        }
        match target {
            Target::Key => key_pos.or(Some(node.pos())),
            Target::Value => Some(node.pos()),
        }
    }

    /// Like [`Locator::find`], but falls back to the deepest ancestor found,
    /// and to the file's first line, so a diagnostic always has a position.
    #[must_use]
    pub fn find_or_near(&self, path: &[Step<'_>], target: Target) -> Pos {
        (0..=path.len())
            .rev()
            .find_map(|n| {
                self.find(
                    &path[..n],
                    if n == path.len() { target } else { Target::Key },
                )
            })
            .unwrap_or(Pos::new(1, 1))
    }

    /// Length in characters of the scalar at `path`, for the caret marker.
    #[must_use]
    pub fn scalar_len(&self, path: &[Step<'_>]) -> Option<usize> {
        let mut node = self.root.as_ref()?;
        for step in path {
            node = match (step, node) {
                (Step::Key(k), Node::Map(_, e)) => &e.iter().find(|(n, _, _)| n == k)?.2,
                (Step::KeyNth(k, i), Node::Map(_, e)) => {
                    &e.iter().filter(|(n, _, _)| n == k).nth(*i)?.2
                }
                (Step::Index(i), Node::Seq(_, items)) => items.get(*i)?,
                _ => return None,
            };
        }
        match node {
            Node::Scalar(_, len) => Some(*len),
            _ => None,
        }
    }
}

/// The parser's events, one at a time: a file of a million items never
/// holds a million events at once. Each event passes the tag and merge
/// key scan on its way.
struct Events<'a> {
    parser: Parser<std::str::Chars<'a>>,
    peeked: Option<(Event, Pos)>,
    refused: RefusedScan,
    src: &'a str,
    done: bool,
}

impl Events<'_> {
    fn pull(&mut self) -> Option<(Event, Pos)> {
        if self.done {
            return None;
        }
        match self.parser.next_token() {
            Ok((Event::StreamEnd, _)) | Err(_) => {
                self.done = true;
                None
            }
            Ok((ev, mark)) => {
                let pos = pos_of(&mark);
                self.refused.see(&ev, pos, self.src);
                Some((ev, pos))
            }
        }
    }

    fn peek(&mut self) -> Option<&(Event, Pos)> {
        if self.peeked.is_none() {
            self.peeked = self.pull();
        }
        self.peeked.as_ref()
    }

    fn next(&mut self) -> Option<(Event, Pos)> {
        self.peeked.take().or_else(|| self.pull())
    }
}

/// Reads the events of one node, leaving the stream after it.
fn build(events: &mut Events<'_>, depth: usize) -> Option<Node> {
    let (ev, pos) = events.next()?;
    if depth >= MAX_DEPTH && matches!(ev, Event::SequenceStart(..) | Event::MappingStart(..)) {
        skip_collection(events);
        return Some(Node::Leaf(pos));
    }
    Some(match ev {
        Event::Scalar(s, ..) => Node::Scalar(pos, s.chars().count()),
        Event::Alias(_) => Node::Leaf(pos),
        Event::SequenceStart(..) => {
            let mut items = Vec::new();
            while let Some(node) = build_child(events, depth) {
                items.push(node);
            }
            items.shrink_to_fit();
            Node::Seq(pos, items)
        }
        Event::MappingStart(..) => {
            let mut entries = Vec::new();
            loop {
                let key_text = match events.peek() {
                    Some((Event::Scalar(k, ..), _)) => Some(k.clone()),
                    _ => None,
                };
                let Some(key) = build_child(events, depth) else {
                    break;
                };
                let Some(value) = build_child(events, depth) else {
                    break;
                };
                if let Some(k) = key_text {
                    entries.push((k, key.pos(), value));
                }
            }
            entries.shrink_to_fit();
            // A block mapping's start event sits oddly; its first key is
            // where a reader's eye goes.
            let start = entries.first().map_or(pos, |(_, kp, _)| *kp);
            Node::Map(start, entries)
        }
        _ => return None,
    })
}

/// Moves past the end of the collection whose start was just read,
/// without recursion.
fn skip_collection(events: &mut Events<'_>) {
    let mut open = 1usize;
    while open > 0 {
        match events.next() {
            None => return,
            Some((Event::SequenceStart(..) | Event::MappingStart(..), _)) => open += 1,
            Some((Event::SequenceEnd | Event::MappingEnd, _)) => open -= 1,
            Some(_) => {}
        }
    }
}

/// Reads the next child, or `None` at the end of the enclosing collection.
fn build_child(events: &mut Events<'_>, depth: usize) -> Option<Node> {
    match events.peek() {
        Some((Event::SequenceEnd | Event::MappingEnd, _)) | None => {
            events.next();
            None
        }
        _ => build(events, depth + 1),
    }
}

/// Finds tags and merge keys as the events pass, without recursion: a
/// stack says, for each open mapping, whether a key comes next.
#[derive(Default)]
struct RefusedScan {
    // `Some(true)`: a mapping expecting a key; `Some(false)`: its value;
    // `None`: a sequence.
    open: Vec<Option<bool>>,
    found: Vec<(Refused, Pos)>,
}

impl RefusedScan {
    fn see(&mut self, ev: &Event, pos: Pos, src: &str) {
        let (tag, merge_key) = match ev {
            Event::SequenceEnd | Event::MappingEnd => {
                self.open.pop();
                return;
            }
            Event::Scalar(text, style, _, tag) => (
                tag.as_ref(),
                *style == TScalarStyle::Plain
                    && text == "<<"
                    && self.open.last() == Some(&Some(true)),
            ),
            Event::SequenceStart(_, tag) | Event::MappingStart(_, tag) => (tag.as_ref(), false),
            Event::Alias(_) => (None, false),
            _ => return,
        };
        if let Some(Some(key_next)) = self.open.last_mut() {
            *key_next = !*key_next;
        }
        match ev {
            Event::SequenceStart(..) => self.open.push(None),
            Event::MappingStart(..) => self.open.push(Some(true)),
            _ => {}
        }
        if let Some(tag) = tag {
            let (text, at) = tag_as_written(src, pos, tag);
            self.found.push((Refused::Tag(text), at));
        }
        if merge_key {
            self.found.push((Refused::Merge, pos));
        }
    }
}

/// The tag before or at `pos` on its line as the file spells it
/// (`!!binary`, not the resolved `tag:yaml.org,2002:binary`), and where
/// it stands; the event's own position when the tag is on an earlier line.
fn tag_as_written(src: &str, pos: Pos, tag: &Tag) -> (String, Pos) {
    let spelled = || {
        let handle = tag.handle.replace("tag:yaml.org,2002:", "!!");
        format!("{handle}{}", tag.suffix)
    };
    let Some(line) = super::lines::source_line(src, pos.line) else {
        return (spelled(), pos);
    };
    let chars: Vec<char> = line.chars().collect();
    let upto = (pos.column as usize).min(chars.len());
    let start = (0..upto).rev().find(|&i| {
        chars[i] == '!' && (i == 0 || matches!(chars[i - 1], ' ' | '\t' | '[' | '{' | ','))
    });
    let Some(start) = start else {
        return (spelled(), pos);
    };
    let token: String = chars[start..]
        .iter()
        .take_while(|c| !matches!(c, ' ' | '\t' | ',' | '[' | ']' | '{' | '}'))
        .take(40)
        .collect();
    let column = u32::try_from(start + 1).unwrap_or(pos.column);
    (token, Pos::new(pos.line, column))
}

#[cfg(test)]
mod tests;
