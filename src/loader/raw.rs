//! Raw serde types that mirror the YAML files field by field.
//!
//! Every field is a [`Loose`] value (or a lenient list of mappings), so the
//! validator can report each wrong type on its own line. Only
//! `loader::validate` looks inside these types.

use serde::de::MapAccess;

use super::loose::{Extras, Fields, List, Loose, fill};

/// The top level of any file: the union of the network and registry keys,
/// because which kind a file is depends on which keys it has.
#[derive(Debug, Default)]
pub struct RawTop {
    pub id: Option<Loose>,
    pub name: Option<Loose>,
    pub program: Option<Loose>,
    pub prefecture: Option<Loose>,
    pub city: Option<Loose>,
    pub plan: Option<Loose>,
    pub kind: Option<Loose>,
    pub summary: Option<Loose>,
    pub source: Option<Loose>,
    pub since: Option<Loose>,
    pub until: Option<Loose>,
    pub members: Option<List<RawMember>>,
    pub organizations: Option<List<RawOrg>>,
    pub people: Option<List<RawPerson>>,
    /// 1.1: pairs of organisation names settled as different.
    pub distinct: Option<Loose>,
    pub extras: Extras,
}

impl Fields for RawTop {
    fn read<'de, A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        let x = &mut self.extras;
        match key {
            "id" => fill(&mut self.id, "id", map, x),
            "name" => fill(&mut self.name, "name", map, x),
            "program" => fill(&mut self.program, "program", map, x),
            "prefecture" => fill(&mut self.prefecture, "prefecture", map, x),
            "city" => fill(&mut self.city, "city", map, x),
            "plan" => fill(&mut self.plan, "plan", map, x),
            "kind" => fill(&mut self.kind, "kind", map, x),
            "summary" => fill(&mut self.summary, "summary", map, x),
            "source" => fill(&mut self.source, "source", map, x),
            "since" => fill(&mut self.since, "since", map, x),
            "until" => fill(&mut self.until, "until", map, x),
            "members" => fill(&mut self.members, "members", map, x),
            "organizations" => fill(&mut self.organizations, "organizations", map, x),
            "people" => fill(&mut self.people, "people", map, x),
            "distinct" => fill(&mut self.distinct, "distinct", map, x),
            _ => Ok(false),
        }
    }
    fn extras(&mut self) -> &mut Extras {
        &mut self.extras
    }
}

/// One entry of `members:`.
#[derive(Debug, Default)]
pub struct RawMember {
    pub org: Option<Loose>,
    pub person: Option<Loose>,
    pub title: Option<Loose>,
    pub role: Option<Loose>,
    pub sector: Option<Loose>,
    pub kana: Option<Loose>,
    pub email: Option<Loose>,
    pub phone: Option<Loose>,
    pub note: Option<Loose>,
    pub extras: Extras,
}

impl Fields for RawMember {
    fn read<'de, A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        let x = &mut self.extras;
        match key {
            "org" => fill(&mut self.org, "org", map, x),
            "person" => fill(&mut self.person, "person", map, x),
            "title" => fill(&mut self.title, "title", map, x),
            "role" => fill(&mut self.role, "role", map, x),
            "sector" => fill(&mut self.sector, "sector", map, x),
            "kana" => fill(&mut self.kana, "kana", map, x),
            "email" => fill(&mut self.email, "email", map, x),
            "phone" => fill(&mut self.phone, "phone", map, x),
            "note" => fill(&mut self.note, "note", map, x),
            _ => Ok(false),
        }
    }
    fn extras(&mut self) -> &mut Extras {
        &mut self.extras
    }
}

/// One entry of a registry's `organizations:`.
#[derive(Debug, Default)]
pub struct RawOrg {
    pub name: Option<Loose>,
    pub kana: Option<Loose>,
    pub aliases: Option<Loose>,
    pub formerly: Option<Loose>,
    pub sector: Option<Loose>,
    pub prefecture: Option<Loose>,
    pub note: Option<Loose>,
    pub extras: Extras,
}

impl Fields for RawOrg {
    fn read<'de, A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        let x = &mut self.extras;
        match key {
            "name" => fill(&mut self.name, "name", map, x),
            "kana" => fill(&mut self.kana, "kana", map, x),
            "aliases" => fill(&mut self.aliases, "aliases", map, x),
            "formerly" => fill(&mut self.formerly, "formerly", map, x),
            "sector" => fill(&mut self.sector, "sector", map, x),
            "prefecture" => fill(&mut self.prefecture, "prefecture", map, x),
            "note" => fill(&mut self.note, "note", map, x),
            _ => Ok(false),
        }
    }
    fn extras(&mut self) -> &mut Extras {
        &mut self.extras
    }
}

/// One entry of a registry's `people:`.
#[derive(Debug, Default)]
pub struct RawPerson {
    pub name: Option<Loose>,
    pub kana: Option<Loose>,
    pub aliases: Option<Loose>,
    pub org: Option<Loose>,
    pub title: Option<Loose>,
    pub email: Option<Loose>,
    pub phone: Option<Loose>,
    pub note: Option<Loose>,
    pub extras: Extras,
}

impl Fields for RawPerson {
    fn read<'de, A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        let x = &mut self.extras;
        match key {
            "name" => fill(&mut self.name, "name", map, x),
            "kana" => fill(&mut self.kana, "kana", map, x),
            "aliases" => fill(&mut self.aliases, "aliases", map, x),
            "org" => fill(&mut self.org, "org", map, x),
            "title" => fill(&mut self.title, "title", map, x),
            "email" => fill(&mut self.email, "email", map, x),
            "phone" => fill(&mut self.phone, "phone", map, x),
            "note" => fill(&mut self.note, "note", map, x),
            _ => Ok(false),
        }
    }
    fn extras(&mut self) -> &mut Extras {
        &mut self.extras
    }
}
