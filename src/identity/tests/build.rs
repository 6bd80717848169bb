//! Hand-built datasets: the model types filled in directly, no loader.

use std::path::PathBuf;

use crate::model::{
    Dataset, FileId, FileKind, Member, Network, Prefecture, Program, RegistryOrg, RegistryPerson,
    Sector, SourceFile,
};

/// A dataset under construction.
#[derive(Default)]
pub struct Data {
    pub ds: Dataset,
}

pub fn org(name: &str) -> Member {
    Member {
        org: Some(name.into()),
        ..Member::default()
    }
}

pub fn org_in(name: &str, sector: Sector) -> Member {
    Member {
        sector: Some(sector),
        ..org(name)
    }
}

pub fn position(org_name: &str, title: &str) -> Member {
    Member {
        title: Some(title.into()),
        ..org(org_name)
    }
}

pub fn person(name: &str, org_name: Option<&str>) -> Member {
    Member {
        person: Some(name.into()),
        org: org_name.map(Into::into),
        ..Member::default()
    }
}

impl Data {
    fn file(&mut self, rel: &str, kind: FileKind) -> FileId {
        let id = FileId(u32::try_from(self.ds.files.len()).unwrap());
        self.ds.files.push(SourceFile {
            path: PathBuf::from("networks").join(rel),
            rel: rel.into(),
            kind,
        });
        id
    }

    /// Adds a network; keeps `networks` sorted by id as the loader does.
    pub fn net(&mut self, id: &str, program: Program, members: Vec<Member>) -> &mut Self {
        let file = self.file(&format!("{id}.yaml"), FileKind::Network);
        let members = members
            .into_iter()
            .zip(0u32..)
            .map(|(m, index)| Member { index, ..m })
            .collect();
        self.ds.networks.push(Network {
            id: id.into(),
            name: format!("{id} 協議会"),
            program,
            prefecture: Prefecture::from_name("広島県").unwrap(),
            city: None,
            plan: None,
            kind: None,
            summary: None,
            source: None,
            since: None,
            until: None,
            members,
            file,
        });
        self.ds.networks.sort_by(|a, b| a.id.cmp(&b.id));
        self
    }

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

    pub fn done(&mut self) -> Dataset {
        std::mem::take(&mut self.ds)
    }
}
