//! The checked data model: what every stage after the loader works on.
//!
//! Nothing here knows about YAML. The loader (`crate::loader`) is the only
//! code that builds these values, and it only builds them from input that
//! passed validation, so downstream code can rely on the invariants noted on
//! each type.

use std::path::PathBuf;

mod vocab;

pub use vocab::{PREFECTURES, Prefecture, Program, Sector};

/// Index of a source file in [`Dataset::files`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub u32);

/// Where a member was written: which file and which entry of `members:`.
/// Line numbers are looked up lazily (see `loader::locate`), because clean
/// files never need them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Origin {
    pub file: FileId,
    /// Zero-based index in the file's `members:` (or `organizations:` /
    /// `people:` / `distinct:` for registry entries).
    pub index: u32,
}

/// One entry of a network's `members:`. Invariant: `org` or `person` is set.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Member {
    pub org: Option<String>,
    pub person: Option<String>,
    pub title: Option<String>,
    pub role: Option<String>,
    pub sector: Option<Sector>,
    pub kana: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub note: Option<String>,
    /// Zero-based position in the file's `members:` list, so a line can be
    /// found for it later even when earlier entries were rejected.
    pub index: u32,
}

/// The three kinds of member FORMAT.md distinguishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MemberKind {
    /// `org` only.
    Organization,
    /// `person`, optionally with `org` as affiliation.
    Person,
    /// `org` + `title`, no `person`.
    Position,
}

impl Member {
    /// Which kind of member this is. A `title` without `org` or `person`
    /// cannot occur (the loader rejects members with neither).
    #[must_use]
    pub fn kind(&self) -> MemberKind {
        if self.person.is_some() {
            MemberKind::Person
        } else if self.title.is_some() {
            MemberKind::Position
        } else {
            MemberKind::Organization
        }
    }
}

/// One network file, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Network {
    /// `id:` or the path relative to the data directory without extension,
    /// with `/` separators. Unique in a dataset.
    pub id: String,
    pub name: String,
    pub program: Program,
    pub prefecture: Prefecture,
    pub city: Option<String>,
    pub plan: Option<String>,
    pub kind: Option<String>,
    pub summary: Option<String>,
    pub source: Option<String>,
    pub since: Option<i32>,
    pub until: Option<i32>,
    pub members: Vec<Member>,
    pub file: FileId,
}

impl Network {
    /// Whether the network is active in `year` (`since` ≤ year ≤ `until`,
    /// each bound only where given).
    #[must_use]
    pub fn active_in(&self, year: i32) -> bool {
        self.since.is_none_or(|s| s <= year) && self.until.is_none_or(|u| year <= u)
    }
}

/// An `organizations:` entry of a registry file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RegistryOrg {
    pub name: String,
    /// The reading (1.1), hiragana or katakana, for 五十音 sorting and search.
    pub kana: Option<String>,
    pub aliases: Vec<String>,
    pub formerly: Vec<String>,
    pub sector: Option<Sector>,
    pub prefecture: Option<Prefecture>,
    pub origin: Option<Origin>,
}

/// A `people:` entry of a registry file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RegistryPerson {
    pub name: String,
    pub kana: Option<String>,
    pub aliases: Vec<String>,
    pub org: Option<String>,
    pub title: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub origin: Option<Origin>,
}

/// A `distinct:` pair (1.1): two organisation names settled as different
/// bodies, so they are never suggested as one again. Invariant: the two
/// names have different organisation keys.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DistinctPair {
    pub a: String,
    pub b: String,
    /// The registry file, and the pair's index in its `distinct:` list.
    pub origin: Option<Origin>,
}

/// Every registry file merged, in file order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Registry {
    pub organizations: Vec<RegistryOrg>,
    pub people: Vec<RegistryPerson>,
    /// Organisation pairs settled as different (1.1 `distinct:`).
    pub distinct: Vec<DistinctPair>,
}

/// What kind of file a source was recognised as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Network,
    Registry,
    /// Could not be loaded at all (see the diagnostics).
    Failed,
}

/// A file the loader looked at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Path as given to the loader (data directory joined with the relative
    /// path), used in diagnostics so editors can jump to it.
    pub path: PathBuf,
    /// Path relative to the data directory, `/`-separated.
    pub rel: String,
    pub kind: FileKind,
}

/// A loaded, checked directory of network and registry files.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Dataset {
    pub files: Vec<SourceFile>,
    /// Sorted by id.
    pub networks: Vec<Network>,
    pub registry: Registry,
}

impl Dataset {
    #[must_use]
    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// Looks a network up by id.
    #[must_use]
    pub fn network(&self, id: &str) -> Option<&Network> {
        self.networks
            .binary_search_by(|n| n.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.networks[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefecture_codes_round_trip() {
        let hiroshima = Prefecture::from_name("広島県").unwrap();
        assert_eq!(hiroshima.code(), 34);
        assert_eq!(hiroshima.name(), "広島県");
        assert_eq!(Prefecture::all().count(), 47);
        assert!(Prefecture::from_name("広島").is_none());
        assert_eq!(Prefecture::from_name("北海道").unwrap().code(), 1);
        assert_eq!(Prefecture::from_name("沖縄県").unwrap().code(), 47);
    }

    #[test]
    fn member_kind_follows_format() {
        let org = Member {
            org: Some("広島大学".into()),
            ..Member::default()
        };
        assert_eq!(org.kind(), MemberKind::Organization);
        let pos = Member {
            org: Some("マツダ株式会社".into()),
            title: Some("代表取締役会長".into()),
            ..Member::default()
        };
        assert_eq!(pos.kind(), MemberKind::Position);
        let person = Member {
            person: Some("山田 太郎".into()),
            title: Some("局長".into()),
            ..Member::default()
        };
        assert_eq!(person.kind(), MemberKind::Person);
    }

    #[test]
    fn active_in_respects_open_bounds() {
        let mut n = Network {
            id: "x".into(),
            name: "x".into(),
            program: Program::Kofukin,
            prefecture: Prefecture::from_name("高知県").unwrap(),
            city: None,
            plan: None,
            kind: None,
            summary: None,
            source: None,
            since: Some(2018),
            until: None,
            members: vec![],
            file: FileId(0),
        };
        assert!(!n.active_in(2017));
        assert!(n.active_in(2040));
        n.until = Some(2027);
        assert!(!n.active_in(2028));
        assert!(n.active_in(2027));
    }
}
