//! Alias bombs: YAML aliases (`*a`) that expand a small file into a huge
//! value, found before serde_yaml expands them.
//!
//! serde_yaml stops "billion laughs" (aliases of aliases) with its
//! repetition limit, which allows a hundred alias jumps per event of the
//! file. That does not stop one large anchor aliased many times: 20,000
//! `*a` of a 20,000-item list stay under the limit yet expand to 400
//! million values (minutes and gigabytes from a 180 KB file). So the loader
//! counts what the aliases of a file would add, with yaml-rust2's event
//! parser that does not expand them, and refuses past a fixed budget.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, Parser};

use super::locate::pos_of;
use crate::diag::Pos;

/// Values that aliases may add to a file. Real network files use a few
/// aliases at most (a shared `<<: *defaults`); this is far above that and
/// far below what hurts.
pub const MAX_ALIAS_VALUES: u64 = 100_000;

/// Where the aliases of `src` first expand past [`MAX_ALIAS_VALUES`]: the
/// alias that crosses the budget. `None` for ordinary files.
#[must_use]
pub fn bomb(src: &str) -> Option<Pos> {
    // No anchor or no alias, no expansion: most files stop here.
    if !src.contains('&') || !src.contains('*') {
        return None;
    }
    // As in the locator: yaml-rust2 rejects tabs libyaml accepts.
    let spaced = src.replace('\t', " ");
    let mut parser = Parser::new_from_str(&spaced);
    // Values each anchor stands for, and the open collections with the
    // values counted in them so far.
    let mut sizes: HashMap<usize, u64> = HashMap::new();
    let mut open: Vec<(usize, u64)> = Vec::new();
    let mut added: u64 = 0;
    loop {
        // A document yaml-rust2 cannot read is left to serde_yaml, which
        // reports the syntax error.
        let Ok((event, mark)) = parser.next_token() else {
            return None;
        };
        let done = match event {
            Event::StreamEnd => return None,
            Event::Scalar(_, _, anchor, _) => Some((anchor, 1)),
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                open.push((anchor, 1));
                None
            }
            Event::SequenceEnd | Event::MappingEnd => open.pop(),
            Event::Alias(anchor) => {
                let n = sizes.get(&anchor).copied().unwrap_or(1);
                added = added.saturating_add(n);
                if added > MAX_ALIAS_VALUES {
                    return Some(pos_of(&mark));
                }
                if let Some(top) = open.last_mut() {
                    top.1 = top.1.saturating_add(n);
                }
                None
            }
            _ => None,
        };
        if let Some((anchor, n)) = done {
            if anchor > 0 {
                sizes.insert(anchor, n);
            }
            if let Some(top) = open.last_mut() {
                top.1 = top.1.saturating_add(n);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use super::*;
    use crate::loader::loose::Loose;
    use crate::loader::yaml;

    fn laughs() -> String {
        let mut src = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (prev, name) in ('a'..='h').zip('b'..='i') {
            let refs = vec![format!("*{prev}"); 10].join(", ");
            let _ = writeln!(src, "{name}: &{name} [{refs}]");
        }
        src
    }

    #[test]
    fn serde_yaml_itself_stops_billion_laughs_and_deep_nesting() {
        let err = yaml::from_str::<Loose>(&laughs()).unwrap_err();
        assert!(
            err.to_string().contains("repetition limit exceeded"),
            "{err}"
        );
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        let err = yaml::from_str::<Loose>(&deep).unwrap_err();
        assert!(
            err.to_string().contains("recursion limit exceeded"),
            "{err}"
        );
    }

    #[test]
    fn serde_yaml_lets_one_anchor_aliased_often_through() {
        // 1,000 aliases of a 1,000-item list: a million values from 8 KB,
        // within serde_yaml's limit (100 jumps per event). The cost grows
        // with the square of the file's size.
        let items = vec!["x"; 1000].join(",");
        let src = format!("a: &a [{items}]\nb:\n{}", "  - *a\n".repeat(1000));
        let Ok(Loose::Map(top)) = yaml::from_str::<Loose>(&src) else {
            panic!("serde_yaml refused it");
        };
        let Loose::Seq(b) = &top[1].1 else { panic!() };
        assert_eq!(b.len(), 1000);
        assert!(bomb(&src).is_some());
    }

    #[test]
    fn ordinary_aliases_pass() {
        let src = "base: &b {sector: academia}\nmembers:\n  - <<: *b\n    org: 高知大学\n";
        assert_eq!(bomb(src), None);
        assert_eq!(bomb("name: R&D *center*\n"), None);
    }

    #[test]
    fn billion_laughs_is_caught() {
        let at = bomb(&laughs()).unwrap();
        assert!(at.line >= 5, "{at:?}");
    }

    #[test]
    fn one_large_anchor_aliased_often_is_caught() {
        let items = vec!["x"; 1000].join(", ");
        let aliases = "  - *a\n".repeat(200);
        let src = format!("note: &a [{items}]\nmembers:\n{aliases}");
        // 100 aliases of 1,001 values each cross the budget.
        assert_eq!(bomb(&src), Some(Pos::new(3 + 99, 5)));
    }
}
