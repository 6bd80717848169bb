//! The value budget of one file: how many YAML values (texts, numbers,
//! lists, mappings, aliases) it may hold, counted before serde_yaml sees
//! it.
//!
//! serde_yaml collects every event of a document, about 100 bytes each,
//! before deserialising any of it, and the raw types cost more per value
//! on top. A 16 MiB file of `- x` lines holds four million values and took
//! 2 GB and 19 s; `[[]]` or `{a}` packs a value into a byte or two. So a
//! file over the budget is refused with its position, as alias bombs are,
//! and memory stays bounded by the budget rather than by what fits in the
//! file-size limit.

use yaml_rust2::parser::{Event, Parser};

use super::locate::pos_of;
use crate::diag::Pos;

/// Values one file may hold. The largest real network files hold a few
/// thousand; a registry of 100,000 organisations with a name, one alias
/// and a sector each holds 800,000 (one richer than that can be split over
/// several registry files). At this budget a file stays under about
/// 500 MB whatever its shape (docs/security.md has the measurements).
pub const MAX_VALUES: u64 = 1_000_000;

/// A value costs the file at least a third of a byte (`[:,:]` packs three
/// into two bytes), so a file shorter than this cannot cross the budget
/// and is not counted.
const MIN_BYTES_PER_BUDGET: u64 = MAX_VALUES / 3;

/// Where `src` first holds more than [`MAX_VALUES`] values: the value that
/// crosses the budget. `None` for ordinary files.
#[must_use]
pub fn too_many(src: &str) -> Option<Pos> {
    if (src.len() as u64) <= MIN_BYTES_PER_BUDGET {
        return None;
    }
    over(src, MAX_VALUES)
}

/// Where the `budget + 1`-th value of `src` stands, by yaml-rust2's event
/// parser (which streams: nothing is kept but the count).
fn over(src: &str, budget: u64) -> Option<Pos> {
    // As in the locator: yaml-rust2 rejects tabs libyaml accepts.
    let spaced = if src.contains('\t') {
        std::borrow::Cow::Owned(src.replace('\t', " "))
    } else {
        std::borrow::Cow::Borrowed(src)
    };
    let mut parser = Parser::new_from_str(&spaced);
    let mut seen: u64 = 0;
    loop {
        // A document yaml-rust2 cannot read is left to serde_yaml, which
        // reports the syntax error (up to it, the count stayed within the
        // budget).
        let Ok((event, mark)) = parser.next_token() else {
            return None;
        };
        match event {
            Event::StreamEnd => return None,
            Event::Scalar(..)
            | Event::SequenceStart(..)
            | Event::MappingStart(..)
            | Event::Alias(_) => {
                seen += 1;
                if seen > budget {
                    return Some(pos_of(&mark));
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_value_past_the_budget_is_found() {
        // The top mapping, `members`, its list: three values, then one per
        // item.
        let src = format!("members:\n{}", "- x\n".repeat(10));
        assert_eq!(over(&src, 13), None);
        assert_eq!(over(&src, 12), Some(Pos::new(11, 3)));
        // The top mapping, `a`, two lists, a mapping, `b`, its empty
        // value, `x` and its alias: nine.
        let flow = "a: [[], {b}, &c x, *c]\n";
        assert_eq!(over(flow, 9), None);
        assert_eq!(over(flow, 8), Some(Pos::new(1, 20)));
    }

    #[test]
    fn small_files_are_not_counted() {
        // Far more values per byte than any file can hold, yet short.
        let src = "[:,".repeat(1000);
        assert_eq!(too_many(&src), None);
    }

    #[test]
    fn a_syntax_error_is_left_to_serde_yaml() {
        assert_eq!(over("a: [\n- x\n", 10), None);
    }
}
