//! Name prefixes that often stand in front of the same organisation name:
//! prefectures and corporate-body forms the key deliberately keeps.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::model::PREFECTURES;

/// Corporate-body prefixes the org key does not remove (FORMAT.md keeps
/// 高知県公立大学法人高知工科大学 and 高知工科大学 apart), as they look in a key:
/// NFKC, Latin lower-cased. Longest first, so 医療法人社団 wins over 医療法人.
const BODY_PREFIXES: [&str; 15] = [
    "特定非営利活動法人",
    "医療法人社団",
    "医療法人財団",
    "公立大学法人",
    "社会福祉法人",
    "社会医療法人",
    "農事組合法人",
    "学校法人",
    "医療法人",
    "宗教法人",
    "社団法人",
    "財団法人",
    "npo法人",
    "(公社)",
    "(公財)",
];

/// Byte offsets at which `key` continues after one or more prefixes
/// (prefecture names, full or short, and corporate-body forms) are removed
/// from its start. The remainder is never empty and never shorter than two
/// characters, since a one-character rest matches far too much.
pub(super) fn stripped_offsets(key: &str) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    let mut frontier = vec![0usize];
    // Real names carry at most a prefecture and a body form or two.
    for _ in 0..4 {
        let mut next = Vec::new();
        for &at in &frontier {
            let rest = &key[at..];
            for p in prefixes() {
                if rest.starts_with(p) && rest[p.len()..].chars().nth(1).is_some() {
                    let off = at + p.len();
                    if !out.contains(&off) {
                        out.push(off);
                        next.push(off);
                    }
                }
            }
        }
        if next.is_empty() {
            break;
        }
        frontier = next;
    }
    out.sort_unstable();
    out
}

/// Every prefix, full prefecture names first.
fn prefixes() -> impl Iterator<Item = &'static str> {
    PREFECTURES
        .iter()
        .copied()
        .chain(PREFECTURES.iter().filter_map(|p| short_prefecture(p)))
        .chain(BODY_PREFIXES)
}

/// Which prefectures a key names, full or short, anywhere, one bit per
/// prefecture. Two bodies tied to different prefectures (広島県商工会議所連合会,
/// 徳島県商工会議所連合会) are different bodies however alike their names.
pub(super) fn prefectures_in(key: &str) -> u64 {
    let starts = prefecture_starts();
    let mut mask = 0u64;
    for (at, c) in key.char_indices() {
        let Some(candidates) = starts.get(&c) else {
            continue;
        };
        for &(bit, name) in candidates {
            if key[at..].starts_with(name) {
                mask |= 1 << bit;
            }
        }
    }
    mask
}

/// Short prefecture names (北海道 in full) by first character, so
/// [`prefectures_in`] looks only where a name can start.
fn prefecture_starts() -> &'static HashMap<char, Vec<(usize, &'static str)>> {
    static STARTS: OnceLock<HashMap<char, Vec<(usize, &'static str)>>> = OnceLock::new();
    STARTS.get_or_init(|| {
        let mut starts: HashMap<char, Vec<(usize, &'static str)>> = HashMap::new();
        for (bit, full) in PREFECTURES.iter().enumerate() {
            let name = short_prefecture(full).unwrap_or(full);
            if let Some(first) = name.chars().next() {
                starts.entry(first).or_default().push((bit, name));
            }
        }
        starts
    })
}

/// Whether a key is a place: a prefecture (full or short name) or a short
/// name ending in 市, 町, 村 or 区. Places are contained in the names of
/// countless bodies based there (高知県 in 高知県工業会), so containment
/// says nothing about them.
pub(super) fn is_place(key: &str) -> bool {
    let prefecture = PREFECTURES
        .iter()
        .any(|full| key == *full || short_prefecture(full) == Some(key));
    prefecture || (key.chars().count() <= 8 && key.ends_with(['市', '町', '村', '区']))
}

/// 高知県 → 高知, 東京都 → 東京, 大阪府 → 大阪; 北海道 has no short form.
fn short_prefecture(full: &'static str) -> Option<&'static str> {
    full.strip_suffix('県')
        .or_else(|| full.strip_suffix('都'))
        .or_else(|| full.strip_suffix('府'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rests(key: &str) -> Vec<&str> {
        stripped_offsets(key)
            .into_iter()
            .map(|o| &key[o..])
            .collect()
    }

    #[test]
    fn strips_prefecture_then_body_form() {
        let r = rests("高知県公立大学法人高知工科大学");
        assert!(r.contains(&"高知工科大学"), "{r:?}");
        assert!(r.contains(&"公立大学法人高知工科大学"), "{r:?}");
    }

    #[test]
    fn short_prefecture_names_count() {
        assert_eq!(rests("高知工科大学"), vec!["工科大学"]);
        assert_eq!(rests("京都大学"), vec!["大学"]);
        assert!(rests("北海道大学").contains(&"大学"));
    }

    #[test]
    fn finds_prefectures_and_places() {
        assert_eq!(
            prefectures_in("高知県公立大学法人高知工科大学").count_ones(),
            1
        );
        assert_ne!(prefectures_in("広島銀行"), prefectures_in("徳島銀行"));
        assert_eq!(prefectures_in("マツダ"), 0);
        assert!(is_place("高知県") && is_place("高知") && is_place("名古屋市"));
        assert!(!is_place("高知大学") && !is_place("名古屋市立大学"));
    }

    #[test]
    fn never_leaves_a_single_character() {
        assert!(rests("高知県").is_empty());
        assert_eq!(rests("高知県庁"), vec!["県庁"]);
        assert!(rests("学校法人").is_empty());
    }
}
