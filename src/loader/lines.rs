//! Lines of a source text as the YAML parsers count them, for positions
//! and snippets: the lowest layer the locator and the reporters share.

/// The 1-based `line` of `src`, without its line break.
#[must_use]
pub fn source_line(src: &str, line: u32) -> Option<String> {
    let n = usize::try_from(line).ok()?.checked_sub(1)?;
    lines(src).nth(n).map(str::to_owned)
}

/// The lines of `src` as both YAML parsers count them for positions: a
/// line ends at LF, CRLF or a lone CR (a file from an old Mac, or a stray
/// CR, must not shift every position after it).
pub fn lines(src: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(src);
    std::iter::from_fn(move || {
        let s = rest?;
        let Some(i) = s.find(['\n', '\r']) else {
            rest = None;
            return Some(s);
        };
        let skip = if s[i..].starts_with("\r\n") { 2 } else { 1 };
        rest = Some(&s[i + skip..]);
        Some(&s[..i])
    })
}
