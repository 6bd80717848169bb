//! Hand-built datasets for unit tests: the model types filled in directly,
//! without the loader, so a test states exactly the members it needs and
//! every module's tests spell networks and members the same way.

use std::path::PathBuf;

use crate::model::{
    Dataset, FileId, FileKind, Member, Network, Prefecture, Program, RegistryOrg, RegistryPerson,
    Sector, SourceFile,
};

/// An organisation member.
pub fn org(name: &str) -> Member {
    Member {
        org: Some(name.into()),
        ..Member::default()
    }
}

/// An organisation member with its sector.
pub fn org_in(name: &str, sector: Sector) -> Member {
    Member {
        sector: Some(sector),
        ..org(name)
    }
}

/// A position: an organisation's title, nobody named.
pub fn position(org_name: &str, title: &str) -> Member {
    Member {
        title: Some(title.into()),
        ..org(org_name)
    }
}

/// A person, with the organisation they belong to if any.
pub fn person(name: &str, org_name: Option<&str>) -> Member {
    Member {
        person: Some(name.into()),
        org: org_name.map(Into::into),
        ..Member::default()
    }
}

/// A network named `{id} 協議会` in file 0, with no optional field set.
/// Members are numbered in list order, as the loader numbers them, so
/// callers need not set `index`; they override `name` or `file` with struct
/// update syntax where a test needs other values.
pub fn network(id: &str, program: Program, prefecture: &str, members: Vec<Member>) -> Network {
    Network {
        id: id.into(),
        name: format!("{id} 協議会"),
        program,
        prefecture: Prefecture::from_name(prefecture)
            .unwrap_or_else(|| panic!("no prefecture {prefecture}")),
        city: None,
        plan: None,
        kind: None,
        summary: None,
        source: None,
        since: None,
        until: None,
        members: members
            .into_iter()
            .zip(0u32..)
            .map(|(m, index)| Member { index, ..m })
            .collect(),
        file: FileId(0),
    }
}

/// A dataset under construction: each network gets its own source file,
/// and networks stay sorted by id, as the loader leaves them.
#[derive(Default)]
pub struct Data {
    pub ds: Dataset,
}

impl Data {
    /// Adds a network of 広島県.
    pub fn net(&mut self, id: &str, program: Program, members: Vec<Member>) -> &mut Self {
        self.net_in(id, program, "広島県", members)
    }

    /// Adds a network of `prefecture`, with its file `networks/{id}.yaml`.
    pub fn net_in(
        &mut self,
        id: &str,
        program: Program,
        prefecture: &str,
        members: Vec<Member>,
    ) -> &mut Self {
        let file = FileId(u32::try_from(self.ds.files.len()).unwrap());
        let rel = format!("{id}.yaml");
        self.ds.files.push(SourceFile {
            path: PathBuf::from("networks").join(&rel),
            rel,
            kind: FileKind::Network,
        });
        self.ds.networks.push(Network {
            file,
            ..network(id, program, prefecture, members)
        });
        self.ds.networks.sort_by(|a, b| a.id.cmp(&b.id));
        self
    }

    /// Adds a registry organisation with its aliases and former names.
    pub fn reg_org(&mut self, name: &str, aliases: &[&str], formerly: &[&str]) -> &mut Self {
        self.reg_org_full(RegistryOrg {
            name: name.into(),
            aliases: aliases.iter().map(|s| (*s).into()).collect(),
            formerly: formerly.iter().map(|s| (*s).into()).collect(),
            ..RegistryOrg::default()
        })
    }

    pub fn reg_org_full(&mut self, entry: RegistryOrg) -> &mut Self {
        self.ds.registry.organizations.push(entry);
        self
    }

    pub fn reg_person(&mut self, entry: RegistryPerson) -> &mut Self {
        self.ds.registry.people.push(entry);
        self
    }

    /// The dataset built so far, leaving an empty one behind.
    pub fn done(&mut self) -> Dataset {
        std::mem::take(&mut self.ds)
    }
}
