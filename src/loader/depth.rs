//! A byte-level scan for flow collections (`[`, `{`) nested too deeply,
//! and for nodes that may carry a YAML tag (`!!binary`, `!x`), before
//! serde_yaml sees the file. libyaml's scanner spends time in the
//! square of the flow depth (its simple-key bookkeeping), so 100,000 `[`
//! took seconds before serde_yaml's recursion limit of 128 applied, and
//! under a field renkei skips (`note:`) that limit never applied at all.
//! This scan is linear and reads every byte once.
//!
//! It follows just enough YAML to know where a flow collection can start:
//! at a node's start in block context (after `key: `, `- `, `? `, an
//! anchor or tag, or at a line's start), anywhere in flow context;
//! never inside quotes, comments or block scalars (`|`, `>`). The rare
//! line of a multi-line plain scalar that starts with 129 `[` is refused
//! too; nothing else that libyaml reads is. A `!` where a node starts is
//! only a hint that the file may hold a tag (such a continuation line
//! gives one too): the position locator then confirms it.

/// Deepest flow nesting accepted, as serde_yaml's recursion limit.
pub const MAX_FLOW_DEPTH: usize = 128;

/// What the scan found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Findings {
    /// The byte offset of the first `[` or `{` nested deeper than
    /// [`MAX_FLOW_DEPTH`], if any.
    pub too_deep: Option<usize>,
    /// A `!` stands where a node starts: the file may hold a tag.
    pub may_have_tags: bool,
}

/// Scans `src` once (or not at all when it holds too few openers to nest
/// too deeply and no `!`).
#[must_use]
pub fn scan(src: &str) -> Findings {
    let b = src.as_bytes();
    // Fewer openers than the limit cannot nest past it.
    let deep = b.iter().filter(|&&c| c == b'[' || c == b'{').count() > MAX_FLOW_DEPTH;
    if !deep && !b.contains(&b'!') {
        return Findings::default();
    }
    let mut scan = Scan {
        b,
        i: 0,
        depth: 0,
        tagged: false,
    };
    let too_deep = scan.run();
    Findings {
        too_deep,
        may_have_tags: scan.tagged,
    }
}

struct Scan<'a> {
    b: &'a [u8],
    i: usize,
    depth: usize,
    tagged: bool,
}

impl Scan<'_> {
    fn peek(&self, k: usize) -> u8 {
        self.b.get(self.i + k).copied().unwrap_or(b'\n')
    }

    fn run(&mut self) -> Option<usize> {
        while self.i < self.b.len() {
            if let Some(at) = self.block_line() {
                return Some(at);
            }
        }
        None
    }

    /// Scans one line in block context (and any flow collection that
    /// starts on it, to its end); leaves `i` at the next line.
    fn block_line(&mut self) -> Option<usize> {
        let line_start = self.i;
        let indent = self.skip_spaces();
        let mut node_start = true;
        // The column a block scalar's content must be deeper than: of the
        // `- ` or `? ` before it, or of the key whose value it is.
        let mut parent = indent;
        let mut key_col = indent;
        loop {
            let c = self.peek(0);
            match c {
                b'\n' | b'\r' => {
                    self.i += 1;
                    return None;
                }
                b'#' if node_start || self.after_space() => {
                    self.skip_line();
                    return None;
                }
                b'-' | b'?' | b':' if node_start && is_blank(self.peek(1)) => {
                    parent = self.i - line_start;
                    self.i += 1;
                    self.skip_spaces();
                }
                b'&' | b'!' if node_start => {
                    self.tagged |= c == b'!';
                    self.skip_token();
                    self.skip_spaces();
                }
                b'[' | b'{' if node_start => {
                    key_col = self.i - line_start;
                    if let Some(at) = self.flow() {
                        return Some(at);
                    }
                    node_start = false;
                }
                b'"' | b'\'' if node_start => {
                    key_col = self.i - line_start;
                    self.quoted(c);
                    node_start = false;
                }
                b'|' | b'>' if node_start => {
                    self.block_scalar(parent);
                    return None;
                }
                b':' if is_blank(self.peek(1)) => {
                    self.i += 1;
                    parent = key_col;
                    self.skip_spaces();
                    node_start = true;
                }
                _ => {
                    if node_start {
                        key_col = self.i - line_start;
                    }
                    self.i += 1;
                    node_start = false;
                }
            }
        }
    }

    /// Reads a flow collection from its opener to its close (or the end
    /// of the file); `Some` at the first opener past the limit.
    fn flow(&mut self) -> Option<usize> {
        let mut token_start = true;
        loop {
            let &c = self.b.get(self.i)?;
            match c {
                b'[' | b'{' => {
                    self.depth += 1;
                    if self.depth > MAX_FLOW_DEPTH {
                        return Some(self.i);
                    }
                    self.i += 1;
                    token_start = true;
                }
                b']' | b'}' => {
                    self.i += 1;
                    self.depth = self.depth.saturating_sub(1);
                    if self.depth == 0 {
                        return None;
                    }
                    token_start = false;
                }
                b'"' | b'\'' if token_start => {
                    self.quoted(c);
                    token_start = false;
                }
                b'#' if self.after_space() => self.skip_line(),
                // An anchor or a tag leaves the node still to come.
                b'&' | b'!' if token_start => {
                    self.tagged |= c == b'!';
                    self.skip_flow_token();
                }
                b',' | b':' | b'?' => {
                    self.i += 1;
                    token_start = true;
                }
                b' ' | b'\t' | b'\n' | b'\r' => self.i += 1,
                _ => {
                    self.i += 1;
                    token_start = false;
                }
            }
        }
    }

    /// Skips a quoted scalar, which may span lines.
    fn quoted(&mut self, q: u8) {
        self.i += 1;
        while let Some(&c) = self.b.get(self.i) {
            self.i += 1;
            if q == b'"' && c == b'\\' {
                self.i += 1;
            } else if c == q {
                if q == b'\'' && self.b.get(self.i) == Some(&b'\'') {
                    self.i += 1;
                } else {
                    return;
                }
            }
        }
    }

    /// Skips a block scalar: its header line, then every line that is
    /// blank or indented at least as its first content line, when that is
    /// deeper than the parent's column.
    fn block_scalar(&mut self, parent: usize) {
        self.skip_line();
        let mut content: Option<usize> = None;
        while self.i < self.b.len() {
            let start = self.i;
            let n = self.skip_spaces();
            let blank = matches!(self.peek(0), b'\n' | b'\r');
            let inside = match content {
                _ if blank => true,
                Some(c) => n >= c,
                None if n > parent => {
                    content = Some(n);
                    true
                }
                None => false,
            };
            if !inside {
                self.i = start;
                return;
            }
            self.skip_line();
        }
    }

    fn skip_spaces(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(0), b' ' | b'\t') && self.i < self.b.len() {
            self.i += 1;
        }
        self.i - start
    }

    fn skip_token(&mut self) {
        while !is_blank(self.peek(0)) && self.i < self.b.len() {
            self.i += 1;
        }
    }

    fn skip_flow_token(&mut self) {
        while !matches!(
            self.peek(0),
            b' ' | b'\t' | b'\n' | b'\r' | b',' | b'[' | b']' | b'{' | b'}'
        ) && self.i < self.b.len()
        {
            self.i += 1;
        }
    }

    fn skip_line(&mut self) {
        while let Some(&c) = self.b.get(self.i) {
            self.i += 1;
            if c == b'\n' || (c == b'\r' && self.b.get(self.i) != Some(&b'\n')) {
                return;
            }
        }
    }

    fn after_space(&self) -> bool {
        self.i == 0 || matches!(self.b[self.i - 1], b' ' | b'\t' | b'\n' | b'\r')
    }
}

fn is_blank(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn too_deep(src: &str) -> Option<usize> {
        scan(src).too_deep
    }

    fn nest(open: &str, close: &str, n: usize) -> String {
        format!("{}x{}", open.repeat(n), close.repeat(n))
    }

    #[test]
    fn deep_flow_is_found_at_the_opener_past_the_limit() {
        let src = format!("name: a\nmembers: {}\n", nest("[", "]", 100_000));
        assert_eq!(
            too_deep(&src),
            Some("name: a\nmembers: ".len() + MAX_FLOW_DEPTH)
        );
        let src = format!("note: {}\n", nest("{a: ", "}", 50_000));
        assert!(too_deep(&src).is_some());
        // Under an unknown field, in a list item, after an anchor or tag.
        for lead in ["note: ", "- ", "x: &a ", "x: !!seq ", "? ", ""] {
            let src = format!("{lead}{}\n", nest("[", "]", 200));
            assert!(too_deep(&src).is_some(), "{lead}");
        }
    }

    #[test]
    fn the_limit_itself_and_brackets_in_text_pass() {
        let at_limit = format!("a: {}\n", nest("[", "]", MAX_FLOW_DEPTH));
        assert_eq!(too_deep(&at_limit), None);
        let many = "[".repeat(300);
        for src in [
            format!("summary: a{many}\n"),
            format!("summary: \"{many}\"\n"),
            format!("summary: '{many}'\n"),
            format!("summary: 'it''s {many}'\n"),
            format!("summary: a # {many}\n"),
            format!("# {many}\n"),
            format!("summary: |\n  {many}\n  more\nname: x\n"),
            format!("- note: >-\n    {many}\n"),
            format!("a: [\"{many}\", '{many}']\n"),
            format!("key{many}: 1\n"),
        ] {
            assert_eq!(too_deep(&src), None, "{src}");
        }
    }

    #[test]
    fn a_block_scalar_ends_where_its_indentation_does() {
        let deep = nest("[", "]", 200);
        let src = format!("a: |\n  text\nb: {deep}\n");
        assert!(too_deep(&src).is_some());
        // Content at the parent's own column is not the scalar's.
        let src = format!("- a: |\n  {deep}\n");
        assert!(too_deep(&src).is_some());
    }

    #[test]
    fn a_bang_where_a_node_starts_hints_at_a_tag() {
        for src in [
            "org: !!binary aGVsbG8=\n",
            "- !x 高知大学\n",
            "a: [b, !!str 1]\n",
            "a: {k: &x !t v}\n",
            "!!map\nname: x\n",
        ] {
            assert!(scan(src).may_have_tags, "{src}");
        }
        for src in [
            "summary: 大事です!\n",
            "summary: \"!x\"\n",
            "summary: a # !x\n",
            "summary: |\n  !x\n",
            "a: [b!, 'c !d']\n",
            "name: x\n",
        ] {
            assert!(!scan(src).may_have_tags, "{src}");
        }
    }
}
