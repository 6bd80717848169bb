//! A per-worker cache of identity keys for the duplicate-member check.
//!
//! Popular organisations are listed in thousands of files, and their keys
//! (NFKC, legal forms, variant folds) cost far more than a hash lookup, so
//! each loader worker remembers the key of every spelling it has seen. Keys
//! are interned to small ids so that comparing members within a network
//! compares three integers instead of allocating three strings.

use crate::identity::intern::FastMap;
use crate::identity::{org_key, person_key, title_key};
use crate::model::Member;

/// Spellings (of all three kinds) after which the cache starts over, so a
/// directory of unique names cannot grow it without limit. Generated data of
/// 3,000 networks has some 21,000 distinct spellings; starting over within
/// such a load costs more key computations than the memory is worth (some
/// ten megabytes per worker at this limit, for names of ordinary length).
const MAX_SPELLINGS: usize = 65_536;

/// Bytes of cached text after which the cache starts over: a name may be
/// 10,000 characters long, and the count of spellings alone would then allow
/// gigabytes per worker.
const MAX_TEXT_BYTES: usize = 4 * 1024 * 1024;

/// The id of the empty key, which is also what a missing field compares as
/// (the check always treated a missing field and an empty key alike).
const EMPTY: u32 = 0;

/// A member's identity within one network: key ids of its organisation,
/// person and (for a member without a person) title.
pub type MemberKey = (u32, u32, u32);

/// Spelling → key id, separately per kind of name since each has its own
/// key function; key text → id, shared, since ids are only compared within
/// one kind.
pub struct KeyCache {
    orgs: FastMap<Box<str>, u32>,
    people: FastMap<Box<str>, u32>,
    titles: FastMap<Box<str>, u32>,
    keys: FastMap<Box<str>, u32>,
    text_bytes: usize,
    limit: Limit,
}

/// When the cache starts over; a field so tests can reach it quickly.
#[derive(Clone, Copy)]
struct Limit {
    spellings: usize,
    text_bytes: usize,
}

impl Default for KeyCache {
    fn default() -> Self {
        KeyCache::with_limit(Limit {
            spellings: MAX_SPELLINGS,
            text_bytes: MAX_TEXT_BYTES,
        })
    }
}

impl KeyCache {
    fn with_limit(limit: Limit) -> Self {
        KeyCache {
            orgs: FastMap::default(),
            people: FastMap::default(),
            titles: FastMap::default(),
            keys: FastMap::default(),
            text_bytes: 0,
            limit,
        }
    }

    /// Starts a network: ids handed out before and after this call must not
    /// be compared, because the cache may start over here. It never does so
    /// within a network, so one network's ids always agree.
    pub fn start_network(&mut self) {
        let spellings = self.orgs.len() + self.people.len() + self.titles.len();
        if spellings > self.limit.spellings || self.text_bytes > self.limit.text_bytes {
            // A fresh value rather than `clear`, which would keep the tables'
            // capacity (and so the memory) of an outsized network.
            *self = KeyCache::with_limit(self.limit);
        }
    }

    /// The identity of a member for the duplicate check: the same keys
    /// identity resolution uses.
    pub fn member(&mut self, m: &Member) -> MemberKey {
        let org = m.org.as_deref().map_or(EMPTY, |s| self.id(Kind::Org, s));
        let person = m
            .person
            .as_deref()
            .map_or(EMPTY, |s| self.id(Kind::Person, s));
        let title = match (&m.person, &m.title) {
            (None, Some(t)) => self.id(Kind::Title, t),
            _ => EMPTY,
        };
        (org, person, title)
    }

    /// The key id of a spelling, computing its key only the first time.
    fn id(&mut self, kind: Kind, spelling: &str) -> u32 {
        let (spellings, keyer): (_, fn(&str) -> String) = match kind {
            Kind::Org => (&mut self.orgs, org_key),
            Kind::Person => (&mut self.people, person_key),
            Kind::Title => (&mut self.titles, title_key),
        };
        if let Some(&id) = spellings.get(spelling) {
            return id;
        }
        let key = keyer(spelling);
        self.text_bytes += spelling.len() + key.len();
        let id = intern(&mut self.keys, key);
        spellings.insert(spelling.into(), id);
        id
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Org,
    Person,
    Title,
}

/// The id of a key, new ids counting up from 1 ([`EMPTY`] is 0).
fn intern(keys: &mut FastMap<Box<str>, u32>, key: String) -> u32 {
    if key.is_empty() {
        return EMPTY;
    }
    if let Some(&id) = keys.get(key.as_str()) {
        return id;
    }
    let id = u32::try_from(keys.len() + 1).unwrap_or(u32::MAX);
    keys.insert(key.into_boxed_str(), id);
    id
}

#[cfg(test)]
mod tests {
    use super::{KeyCache, Limit};
    use crate::identity::{org_key, person_key, title_key};
    use crate::model::Member;

    fn member(org: Option<&str>, person: Option<&str>, title: Option<&str>) -> Member {
        Member {
            org: org.map(str::to_owned),
            person: person.map(str::to_owned),
            title: title.map(str::to_owned),
            ..Member::default()
        }
    }

    /// The key strings the check compared before there was a cache.
    fn uncached(m: &Member) -> (String, String, String) {
        let org = m.org.as_deref().map(org_key).unwrap_or_default();
        let person = m.person.as_deref().map(person_key).unwrap_or_default();
        let title = match (&m.person, &m.title) {
            (None, Some(t)) => title_key(t),
            _ => String::new(),
        };
        (org, person, title)
    }

    #[test]
    fn cached_ids_agree_with_the_uncached_keys() {
        let names = [
            Some("マツダ"),
            Some("マツダ株式会社"),
            Some("株式会社マツダ"),
            Some("ﾏﾂﾀﾞ"),
            Some("広島大学"),
            Some("広島 大学"),
            Some("株式会社"),
            Some("・"),
            None,
        ];
        let people = [
            Some("山田 太郎"),
            Some("山田太郎"),
            Some("髙橋"),
            Some("高橋"),
            None,
        ];
        let titles = [Some("理事長"), Some("理事 長"), Some("学長"), None];
        let mut members = Vec::new();
        for org in names {
            for person in people {
                for title in titles {
                    members.push(member(org, person, title));
                }
            }
        }
        let mut cache = KeyCache::default();
        cache.start_network();
        // Twice, so the second round is answered from the cache.
        let ids: Vec<_> = members.iter().map(|m| cache.member(m)).collect();
        let again: Vec<_> = members.iter().map(|m| cache.member(m)).collect();
        assert_eq!(ids, again);
        for (a, ida) in members.iter().zip(&ids) {
            for (b, idb) in members.iter().zip(&ids) {
                assert_eq!(uncached(a) == uncached(b), ida == idb, "{a:?} vs {b:?}");
            }
        }
    }

    fn small(spellings: usize, text_bytes: usize) -> KeyCache {
        KeyCache::with_limit(Limit {
            spellings,
            text_bytes,
        })
    }

    #[test]
    fn the_cache_starts_over_between_networks_once_full() {
        let mut cache = small(100, usize::MAX);
        for i in 0..=100 {
            cache.start_network();
            cache.member(&member(Some(&format!("機関{i}")), None, None));
        }
        assert_eq!(cache.orgs.len(), 101);
        cache.start_network();
        let id = cache.member(&member(Some("広島大学"), None, None));
        assert_eq!((cache.orgs.len(), cache.keys.len()), (1, 1));
        assert_eq!(id, cache.member(&member(Some("広島 大学"), None, None)));
    }

    #[test]
    fn the_cache_never_starts_over_within_a_network() {
        let mut cache = small(10, 100);
        cache.start_network();
        let first = cache.member(&member(Some("広島大学"), None, None));
        for i in 0..100 {
            cache.member(&member(Some(&format!("機関{i}")), None, None));
        }
        assert_eq!(first, cache.member(&member(Some("広島 大学"), None, None)));
        assert_eq!(cache.orgs.len(), 102);
    }

    #[test]
    fn long_names_fill_the_cache_by_bytes() {
        let mut cache = small(usize::MAX, 1_000);
        let long = "あ".repeat(200);
        for i in 0..50 {
            cache.start_network();
            cache.member(&member(Some(&format!("{long}{i}")), None, None));
            // One more name past the limit at most: 1,000 bytes, then two
            // copies (spelling and key) of a 600-odd-byte name.
            assert!(cache.text_bytes <= 1_000 + 2 * (long.len() + 2));
            assert!(cache.orgs.len() <= 2, "{}", cache.orgs.len());
        }
    }
}
