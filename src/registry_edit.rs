//! Appending an accepted suggestion's entry to a registry file, as text:
//! the user's lines are never rewritten, only new lines added at the end.
//!
//! A YAML mapping may not repeat a key, so new `organizations:` items can
//! only go at the end of a file whose last top-level key is
//! `organizations:` (likewise `people:`). When the conventional
//! `registry.yaml` does not end that way, the entry goes to
//! `registry-accepted.yaml`, which renkei creates and appends to.

use std::io;
use std::path::{Path, PathBuf};

/// The registry file renkei appends to when `registry.yaml` cannot take
/// the entry at its end.
pub const ACCEPTED: &str = "registry-accepted.yaml";

/// Appends `snippet` (a registry document with one top-level key,
/// `organizations:` or `people:`, as `Suggestion::registry_yaml` gives) to
/// the data directory's registry and returns the file written.
///
/// # Errors
/// I/O errors, or a snippet that is not of that shape (nothing is written).
pub fn append_entry(dir: &Path, snippet: &str) -> io::Result<PathBuf> {
    let (key, items) = split_snippet(snippet)
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a registry entry"))?;
    for name in ["registry.yaml", ACCEPTED] {
        let path = dir.join(name);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => Some(t),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(e),
        };
        let Some(addition) = addition(text.as_deref(), key, items) else {
            continue;
        };
        let mut new =
            text.unwrap_or_else(|| "# Registry entries accepted in renkei's browser.\n".to_owned());
        new.push_str(&addition);
        write_whole(&path, &new)?;
        return Ok(path);
    }
    Err(io::Error::other(format!(
        "{} cannot take new entries at its end; move its `{key}` list last",
        dir.join(ACCEPTED).display()
    )))
}

/// `("organizations", "  - name: …\n")` from a snippet.
fn split_snippet(snippet: &str) -> Option<(&str, &str)> {
    let (first, items) = snippet.split_once('\n')?;
    let key = first.strip_suffix(':')?;
    let ok = matches!(key, "organizations" | "people")
        && !items.trim().is_empty()
        && items
            .lines()
            .all(|l| l.starts_with("  ") || l.trim().is_empty());
    ok.then_some((key, items))
}

/// The text to append to a file so that it gains `items` under `key`, or
/// `None` when that would need an edit in the middle.
fn addition(text: Option<&str>, key: &str, items: &str) -> Option<String> {
    let Some(text) = text else {
        return Some(format!("{key}:\n{items}"));
    };
    let sep = if text.is_empty() || text.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    let tops: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with([' ', '\t', '#', '-']) && l.contains(':'))
        .filter_map(|(i, l)| l.split(':').next().map(|k| (i, k.trim())))
        .collect();
    match tops.last() {
        Some((_, last)) if *last == key => {
            let indent = item_indent(text, key)?;
            Some(format!("{sep}{}", reindent(items, indent)))
        }
        Some(_) if tops.iter().any(|(_, k)| *k == key) => None,
        _ => Some(format!("{sep}{key}:\n{items}")),
    }
}

/// The indentation of the `- ` items under `key` (0 or more spaces); `None`
/// when the list is written inline (`key: [...]`), which cannot be
/// extended at the end.
fn item_indent(text: &str, key: &str) -> Option<usize> {
    let mut lines = text
        .lines()
        .skip_while(|l| !l.starts_with(&format!("{key}:")));
    let head = lines.next()?;
    if !head[key.len() + 1..].trim().is_empty()
        && !head[key.len() + 1..].trim_start().starts_with('#')
    {
        return None;
    }
    let first = lines.find(|l| l.trim_start().starts_with("- "))?;
    Some(first.len() - first.trim_start().len())
}

/// Moves snippet items (indented by two) to `indent` spaces.
fn reindent(items: &str, indent: usize) -> String {
    let pad = " ".repeat(indent);
    let mut out = String::with_capacity(items.len() + indent * 4);
    for l in items.lines() {
        out.push_str(&pad);
        out.push_str(l.strip_prefix("  ").unwrap_or(l));
        out.push('\n');
    }
    out
}

/// Replaces `path` with `text` through a temporary file, so a crash cannot
/// leave it half written.
fn write_whole(path: &Path, text: &str) -> io::Result<()> {
    crate::export::write_file(path, true, |w| {
        w.write_all(text.as_bytes())
            .map_err(crate::export::ExportError::Write)
    })
    .map(|_| ())
    .map_err(|e| io::Error::other(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SNIPPET: &str =
        "organizations:\n  - name: 高知工科大学\n    aliases: [高知県公立大学法人高知工科大学]\n";

    #[test]
    fn creates_the_registry_when_there_is_none() {
        let dir = tempfile::tempdir().unwrap();
        let path = append_entry(dir.path(), SNIPPET).unwrap();
        assert_eq!(path, dir.path().join("registry.yaml"));
        assert!(std::fs::read_to_string(path).unwrap().ends_with(SNIPPET));
    }

    #[test]
    fn appends_items_under_a_last_list_keeping_every_old_line() {
        let dir = tempfile::tempdir().unwrap();
        let old =
            "# 手で書いた行\npeople: []\norganizations:\n- name: 広島大学\n  sector: academia\n";
        std::fs::write(dir.path().join("registry.yaml"), old).unwrap();
        append_entry(dir.path(), SNIPPET).unwrap();
        let new = std::fs::read_to_string(dir.path().join("registry.yaml")).unwrap();
        assert!(new.starts_with(old));
        assert_eq!(
            &new[old.len()..],
            "- name: 高知工科大学\n  aliases: [高知県公立大学法人高知工科大学]\n"
        );
    }

    #[test]
    fn a_list_in_the_middle_sends_the_entry_to_its_own_file() {
        let dir = tempfile::tempdir().unwrap();
        let old = "organizations:\n  - name: 広島大学\npeople:\n  - name: 山田 太郎\n";
        std::fs::write(dir.path().join("registry.yaml"), old).unwrap();
        let path = append_entry(dir.path(), SNIPPET).unwrap();
        assert_eq!(path, dir.path().join(ACCEPTED));
        assert_eq!(
            std::fs::read_to_string(dir.path().join("registry.yaml")).unwrap(),
            old
        );
        append_entry(
            dir.path(),
            "organizations:\n  - name: 四国大学\n  - name: 四国大学短期大学部\n",
        )
        .unwrap();
        let own = std::fs::read_to_string(path).unwrap();
        assert_eq!(own.matches("organizations:").count(), 1, "{own}");
        assert!(own.ends_with("  - name: 四国大学短期大学部\n"));
    }

    #[test]
    fn rejects_what_is_not_an_entry() {
        let dir = tempfile::tempdir().unwrap();
        assert!(append_entry(dir.path(), "name: x\n").is_err());
        assert!(!dir.path().join("registry.yaml").exists());
    }
}
