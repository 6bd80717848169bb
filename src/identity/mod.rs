//! Identity: who is who across spellings (FORMAT.md "Identity" and
//! "Overlap").
//!
//! [`key`] turns names into matching keys, [`resolve()`] groups every member
//! row of a dataset into organisations, people and positions, and
//! [`suggest()`] lists near-duplicates the rules deliberately leave apart,
//! each with the registry entry that would settle it.

mod best;
mod entity;
mod finalize;
pub(crate) mod intern;
pub mod key;
mod pairs;
mod people;
mod prefix;
mod resolve;
mod resolved;
mod suggest;
mod suggestion;

#[cfg(test)]
mod tests;

pub use crate::text::is_invisible;
pub use entity::{
    Contact, Entity, EntityId, EntityKind, MemberEntities, MemberRef, NetworkEntities, Note,
    Presence, Seen, Spelling,
};
pub use key::{kana_key, org_key, person_key, title_key};
pub use resolve::resolve;
pub use resolved::Resolved;
pub use suggest::{Cut, Suggestions, suggest, suggest_all, suggest_orgs};
pub use suggestion::{Occurrence, SHOWN_PER_KIND, Settle, Suggestion, SuggestionKind, shown};
