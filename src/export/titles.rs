//! A contact's titles with where each comes from: a person listed as 学長
//! in one network and 副学長 in an older one must not become 「学長、副学長」,
//! which nobody can address a letter from.

use super::clean::clean;
use crate::identity::{MemberRef, Resolved};
use crate::model::{Dataset, Network};

/// One distinct title and the networks that give it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TitleSource {
    pub title: String,
    /// Names of the networks, current first; empty for a registry title.
    pub networks: Vec<String>,
}

/// How current a network is: running ones (no `until`) first, then by
/// `until` and `since`, latest first. Smaller sorts first.
fn recency(n: &Network) -> (bool, i32, i32) {
    (
        n.until.is_some(),
        -n.until.unwrap_or(i32::MAX),
        -n.since.unwrap_or(i32::MIN + 1),
    )
}

/// The distinct titles of the rows `at`, the current one first (see
/// [`recency`]; ties keep dataset order), each with its networks.
#[must_use]
pub fn from_rows(ds: &Dataset, res: &Resolved, at: &[MemberRef]) -> Vec<TitleSource> {
    let mut found: Vec<(&Network, &str)> = at
        .iter()
        .filter_map(|&a| {
            let title = res.row(ds, a)?.title.as_deref()?;
            let network = ds.networks.get(a.network as usize)?;
            (!title.trim().is_empty()).then_some((network, title))
        })
        .collect();
    // A stable sort keeps dataset order among equally current networks.
    found.sort_by_key(|(n, _)| recency(n));
    let mut out: Vec<TitleSource> = Vec::new();
    for (network, title) in found {
        let title = clean(title);
        let name = label(network);
        match out.iter_mut().find(|t| t.title == title) {
            Some(t) if !t.networks.contains(&name) => t.networks.push(name),
            Some(_) => {}
            None => out.push(TitleSource {
                title,
                networks: vec![name],
            }),
        }
    }
    out
}

/// The network as a title's source: its name, with its last year when it
/// has ended (`〜2023`), so an old title reads as old.
fn label(n: &Network) -> String {
    let name = super::clean::one_line(&n.name);
    match n.until {
        Some(year) => format!("{name}、〜{year}"),
        None => name,
    }
}

/// The 役職 cell: a single title alone; several titles one per line, each
/// followed by its networks in brackets, the current one first.
#[must_use]
pub fn text(titles: &[TitleSource]) -> String {
    match titles {
        [] => String::new(),
        [only] => only.title.clone(),
        many => many
            .iter()
            .map(|t| {
                if t.networks.is_empty() {
                    t.title.clone()
                } else {
                    format!("{}（{}）", t.title, t.networks.join("・"))
                }
            })
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity;
    use crate::model::{Member, Program};
    use crate::testkit::network;

    fn person(title: &str) -> Member {
        Member {
            org: Some("高知大学".into()),
            person: Some("佐藤 花子".into()),
            title: Some(title.into()),
            ..Member::default()
        }
    }

    #[test]
    fn the_current_title_comes_first_and_each_names_its_networks() {
        let mut old = network(
            "old",
            Program::Platform,
            "高知県",
            vec![person("副学長 (2019時点)")],
        );
        old.until = Some(2021);
        let mut older = network(
            "older",
            Program::Other,
            "高知県",
            vec![person("理事・副学長")],
        );
        older.until = Some(2019);
        let now = network("now", Program::Kofukin, "高知県", vec![person("学長")]);
        let also = network("also", Program::CoiNext, "高知県", vec![person("学長")]);
        let ds = Dataset {
            networks: vec![also, now, old, older],
            ..Dataset::default()
        };
        let res = identity::resolve(&ds);
        let at: Vec<MemberRef> = (0..4)
            .map(|network| MemberRef { network, member: 0 })
            .collect();
        let titles = from_rows(&ds, &res, &at);
        assert_eq!(
            text(&titles),
            "学長（also 協議会・now 協議会）\n副学長 (2019時点)（old 協議会、〜2021）\n理事・副学長（older 協議会、〜2019）"
        );
        assert_eq!(text(&titles[..1]), "学長");
        assert_eq!(text(&[]), "");
    }
}
