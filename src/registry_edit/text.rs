//! Text-level edits of a registry file: every change is an insertion, so
//! every existing line, comment and document marker stays as written
//! (a flow list such as `aliases: [a]` grows inside its line).
//!
//! Positions come from the loader's locator; the caller re-reads the result
//! with the loader and refuses it when an edit did not do what it meant.

use crate::loader::locate::{Locator, Step, Target};
use crate::msg::Msg;

/// A registry file's text with what the edits need to know about it.
pub(super) struct Doc<'a> {
    /// The text after a byte order mark, which is kept as it is.
    src: &'a str,
    /// Byte offset of each line start in `src`.
    starts: Vec<usize>,
    pub eol: &'static str,
    loc: Locator,
}

/// Text to insert at a byte offset of the text after the BOM.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Insert {
    pub at: usize,
    pub text: String,
}

/// Why an edit cannot be made by insertion alone.
pub(super) type Unsupported = Box<Msg>;

impl<'a> Doc<'a> {
    pub fn new(src: &'a str) -> Doc<'a> {
        let mut starts = vec![0];
        starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        if starts.last() == Some(&src.len()) && !src.is_empty() {
            starts.pop();
        }
        let eol = if src.contains("\r\n") { "\r\n" } else { "\n" };
        Doc {
            src,
            starts,
            eol,
            loc: Locator::new(src),
        }
    }

    /// Line `n` (0-based) without its line break.
    fn line(&self, n: usize) -> &'a str {
        let start = self.starts[n];
        let end = self.starts.get(n + 1).copied().unwrap_or(self.src.len());
        self.src[start..end].trim_end_matches(['\n', '\r'])
    }

    fn lines(&self) -> usize {
        self.starts.len()
    }

    /// Byte offset just after line `n` and its line break.
    fn after_line(&self, n: usize) -> usize {
        self.starts.get(n + 1).copied().unwrap_or(self.src.len())
    }

    /// Byte offset of a 1-based line and character column.
    fn offset(&self, line: u32, column: u32) -> Option<usize> {
        let n = usize::try_from(line).ok()?.checked_sub(1)?;
        let text = self.line(n);
        let skip = usize::try_from(column).ok()?.saturating_sub(1);
        let within = text.char_indices().nth(skip).map_or(text.len(), |(i, _)| i);
        Some(self.starts[n] + within)
    }

    fn find(&self, path: &[Step<'_>], target: Target) -> Option<usize> {
        let pos = self.loc.find(path, target)?;
        self.offset(pos.line, pos.column)
    }

    fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// Where text added at the end of the document goes: before a closing
    /// `...` (only comments or blank lines after it), else at the end.
    fn end(&self) -> (usize, bool) {
        for n in (0..self.lines()).rev() {
            let t = self.line(n).trim();
            if t == "..." || t.starts_with("... #") {
                return (self.starts[n], false);
            }
            if !(t.is_empty() || t.starts_with('#')) {
                break;
            }
        }
        let needs_break = !self.src.is_empty() && !self.src.ends_with('\n');
        (self.src.len(), needs_break)
    }

    /// The last line of the block starting at line `first`: following lines
    /// belong to it while blank, comments, or indented more than `indent`.
    /// Trailing blank and comment lines are left to what follows.
    fn block_end(&self, first: usize, indent: usize) -> usize {
        let mut last = first;
        for n in first + 1..self.lines() {
            let l = self.line(n);
            let t = l.trim_start();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            if indent_of(l) > indent {
                last = n;
            } else {
                break;
            }
        }
        last
    }

    /// Inserts `lines` (already indented) after line `n`.
    fn after(&self, n: usize, lines: &[String]) -> Insert {
        let at = self.after_line(n);
        let mut text = String::new();
        if at == self.src.len() && !self.src.ends_with('\n') {
            text.push_str(self.eol);
        }
        for l in lines {
            text.push_str(l);
            text.push_str(self.eol);
        }
        Insert { at, text }
    }

    /// The text of a line after `key:` (comment removed, trimmed).
    fn value_after_key(&self, key_at: usize, key: &str) -> &'a str {
        let n = self.line_of(key_at);
        let line = self.line(n);
        let from = key_at - self.starts[n] + key.len();
        let rest = line.get(from..).unwrap_or("");
        let rest = rest.trim_start().strip_prefix(':').unwrap_or(rest);
        strip_comment(rest).trim()
    }
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// `text` without a trailing ` # comment` (outside quotes).
fn strip_comment(text: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut prev = ' ';
    for (i, c) in text.char_indices() {
        match (quote, c) {
            (None, '#') if prev.is_whitespace() => return &text[..i],
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
        prev = c;
    }
    text
}

/// The offset of the bracket closing the flow collection that opens at
/// `open` (`[` or `{`), skipping quoted text and comments.
pub(super) fn closing(src: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut comment = false;
    let mut escaped = false;
    let mut prev = ' ';
    for (i, c) in src[open..].char_indices() {
        let at = open + i;
        if comment {
            comment = c != '\n';
        } else if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if q == '"' && c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
        } else {
            match c {
                '[' | '{' => depth += 1,
                ']' | '}' => {
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        return Some(at);
                    }
                }
                '\'' | '"' => quote = Some(c),
                '#' if prev.is_whitespace() => comment = true,
                _ => {}
            }
        }
        prev = c;
    }
    None
}

/// Adds `item` inside the flow collection opening at `open`.
fn into_flow(doc: &Doc<'_>, open: usize, item: &str) -> Result<Insert, Unsupported> {
    let close = closing(doc.src, open).ok_or_else(|| {
        let brace = doc.src.as_bytes().get(open) == Some(&b'{');
        Box::new(Msg::EditUnclosed {
            open: if brace { "{" } else { "[" },
        })
    })?;
    let inside = &doc.src[open + 1..close];
    let empty = inside.lines().all(|l| strip_comment(l).trim().is_empty());
    let text = if empty {
        item.to_owned()
    } else {
        // After the last item, not after a trailing comma or line break.
        let trimmed = inside.trim_end();
        let at = open + 1 + trimmed.len();
        let sep = if trimmed.ends_with(',') { " " } else { ", " };
        return Ok(Insert {
            at,
            text: format!("{sep}{item}"),
        });
    };
    Ok(Insert { at: close, text })
}

/// Column (in bytes, all spaces) of the `-` of the sequence item whose
/// content starts at `at`.
fn dash_column(doc: &Doc<'_>, at: usize) -> Option<usize> {
    let mut n = doc.line_of(at);
    loop {
        let l = doc.line(n);
        if l.trim_start().starts_with('-') {
            return Some(indent_of(l));
        }
        n = n.checked_sub(1)?;
    }
}

/// The offset of the last item's content in the sequence at `path`.
fn last_item(doc: &Doc<'_>, path: &[Step<'_>]) -> Option<usize> {
    let mut last = None;
    let mut p = path.to_vec();
    for i in 0.. {
        p.push(Step::Index(i));
        match doc.find(&p, Target::Value) {
            Some(at) => last = Some(at),
            None => break,
        }
        p.pop();
    }
    last
}

/// Appends an item to the top-level list `key` (creating the key at the
/// end of the document when it is missing). `block` is the item as block
/// lines (first line after `- `, the others indented by two), `flow` as a
/// flow value.
pub(super) fn append_top(
    doc: &Doc<'_>,
    key: &str,
    block: &[String],
    flow: &str,
) -> Result<Insert, Unsupported> {
    let path = [Step::Key(key)];
    let Some(key_at) = doc.find(&path, Target::Key) else {
        let (at, needs_break) = doc.end();
        let mut text = String::new();
        if needs_break {
            text.push_str(doc.eol);
        }
        text.push_str(key);
        text.push(':');
        text.push_str(doc.eol);
        for l in item_lines(2, block) {
            text.push_str(&l);
            text.push_str(doc.eol);
        }
        return Ok(Insert { at, text });
    };
    append_list(doc, &path, key_at, key, block, flow, 2)
}

/// Appends to the list under `key` at `path` (the key found at `key_at`);
/// a list with no items yet gets them at `indent`.
fn append_list(
    doc: &Doc<'_>,
    path: &[Step<'_>],
    key_at: usize,
    key: &str,
    block: &[String],
    flow: &str,
    indent: usize,
) -> Result<Insert, Unsupported> {
    let value = doc.value_after_key(key_at, key);
    if value.starts_with('[') {
        let open = doc.src[key_at..].find('[').map(|i| key_at + i);
        return into_flow(
            doc,
            open.ok_or_else(|| Box::new(Msg::EditUnclosed { open: "[" }))?,
            flow,
        );
    }
    if !value.is_empty() && value != "~" && value != "null" {
        return Err(not_a_list(key));
    }
    let key_line = doc.line_of(key_at);
    match last_item(doc, path) {
        Some(at) if value.is_empty() => {
            let dash = dash_column(doc, at).ok_or_else(|| Box::new(Msg::EditItemWithoutDash))?;
            let end = doc.block_end(doc.line_of(at), dash);
            Ok(doc.after(end, &item_lines(dash, block)))
        }
        Some(_) => Err(not_a_list(key)),
        None if value.is_empty() => {
            let base = indent_of(doc.line(key_line));
            Ok(doc.after(key_line, &item_lines(base + indent, block)))
        }
        // `key: ~` or `key: null`: one line that cannot grow in place.
        None => Err(Box::new(Msg::EditNullList {
            key: key.to_owned(),
            value: value.to_owned(),
        })),
    }
}

fn not_a_list(key: &str) -> Unsupported {
    Box::new(Msg::EditNotAList {
        key: key.to_owned(),
    })
}

fn item_lines(dash: usize, block: &[String]) -> Vec<String> {
    let pad = " ".repeat(dash);
    block
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                format!("{pad}- {l}")
            } else {
                format!("{pad}  {l}")
            }
        })
        .collect()
}

/// Adds `value` (a YAML scalar) to the list `field` of the entry at
/// `entry` (`[top key, Index(i)]`), creating `field: [value]` when the
/// entry has none.
pub(super) fn add_to_entry_list(
    doc: &Doc<'_>,
    entry: &[Step<'_>],
    field: &str,
    value: &str,
) -> Result<Insert, Unsupported> {
    let start = doc
        .find(entry, Target::Value)
        .ok_or_else(|| Box::new(Msg::EditEntryMoved))?;
    let mut path = entry.to_vec();
    path.push(Step::Key(field));
    if let Some(key_at) = doc.find(&path, Target::Key) {
        let v = doc.value_after_key(key_at, field);
        if v.is_empty() && last_item(doc, &path).is_none() {
            // `aliases:` with nothing after it: the list starts on this line.
            let n = doc.line_of(key_at);
            let end_of_key = key_at + field.len();
            let colon = doc.src[end_of_key..].find(':').map(|i| end_of_key + i + 1);
            let at = colon
                .filter(|&c| doc.line_of(c) == n)
                .ok_or_else(|| Box::new(Msg::EditNoColon))?;
            return Ok(Insert {
                at,
                text: format!(" [{value}]"),
            });
        }
        return append_list(doc, &path, key_at, field, &[value.to_owned()], value, 2);
    }
    // The locator points at a flow mapping's first key, after its `{`.
    let before = doc.src[..start].trim_end();
    if let Some(open) = before.strip_suffix('{').map(str::len) {
        let close =
            closing(doc.src, open).ok_or_else(|| Box::new(Msg::EditUnclosed { open: "{" }))?;
        let inside = doc.src[open + 1..close].trim_end();
        let at = open + 1 + inside.len();
        return Ok(Insert {
            at,
            text: format!(", {field}: [{value}]"),
        });
    }
    // A block mapping: a new key line at the end of the entry, lined up
    // with its first key.
    let n = doc.line_of(start);
    let column = start - doc.starts[n];
    if !doc.line(n)[..column].trim_start().starts_with('-') {
        return Err(Box::new(Msg::EditNotAnItem));
    }
    let end = doc.block_end(n, column.saturating_sub(1));
    let line = format!("{}{field}: [{value}]", " ".repeat(column));
    Ok(doc.after(end, &[line]))
}

/// `src` with `edit` applied.
pub(super) fn apply(src: &str, edit: &Insert) -> String {
    let mut out = String::with_capacity(src.len() + edit.text.len());
    out.push_str(&src[..edit.at]);
    out.push_str(&edit.text);
    out.push_str(&src[edit.at..]);
    out
}
