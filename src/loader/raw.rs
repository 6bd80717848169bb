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

/// A field of a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberField {
    Org,
    Person,
    Title,
    Role,
    Sector,
    Kana,
    Email,
    Phone,
    Note,
}

impl MemberField {
    fn of(key: &str) -> Option<(MemberField, &'static str)> {
        use MemberField as F;
        Some(match key {
            "org" => (F::Org, "org"),
            "person" => (F::Person, "person"),
            "title" => (F::Title, "title"),
            "role" => (F::Role, "role"),
            "sector" => (F::Sector, "sector"),
            "kana" => (F::Kana, "kana"),
            "email" => (F::Email, "email"),
            "phone" => (F::Phone, "phone"),
            "note" => (F::Note, "note"),
            _ => return None,
        })
    }
}

/// One entry of `members:`: only the fields it has. Most members have one
/// to four of the nine, and a file may list a third of a million, so a
/// slot per field (over 300 bytes a member) cost more than the file.
#[derive(Debug, Default)]
pub struct RawMember {
    fields: Vec<(MemberField, Loose)>,
    pub extras: Extras,
}

impl RawMember {
    /// The value of `field`, if the member has it.
    #[must_use]
    pub fn get(&self, field: MemberField) -> Option<&Loose> {
        self.fields
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, v)| v)
    }

    /// Takes the value of `field` out of the member.
    pub fn take(&mut self, field: MemberField) -> Option<Loose> {
        let i = self.fields.iter().position(|(f, _)| *f == field)?;
        Some(self.fields.swap_remove(i).1)
    }
}

impl Fields for RawMember {
    fn read<'de, A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        let Some((field, name)) = MemberField::of(key) else {
            return Ok(false);
        };
        // `fill` records a repeated key; a first one fills the slot.
        let present = self.get(field).is_some();
        let mut slot = present.then_some(Loose::Null);
        fill(&mut slot, name, map, &mut self.extras)?;
        if let (false, Some(value)) = (present, slot) {
            // One field at a time: no spare capacity per member.
            self.fields.reserve_exact(1);
            self.fields.push((field, value));
        }
        Ok(true)
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
