//! Datasets for tests: the bundled networks, and hand-built ones (model
//! types filled in directly, no loader).

use std::path::{Path, PathBuf};

use crate::identity::{EntityId, Resolved};
use crate::loader::{LoadOptions, load_dir};
use crate::model::{Dataset, FileId, FileKind, Member, Network, Prefecture, Program, SourceFile};

/// The bundled `networks/` folder.
pub fn bundled() -> Dataset {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("networks");
    let loaded = load_dir(&dir, &LoadOptions::default()).unwrap();
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    loaded.dataset
}

pub fn org(name: &str) -> Member {
    Member {
        org: Some(name.into()),
        ..Member::default()
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

/// A dataset under construction.
#[derive(Default)]
pub struct Data {
    pub ds: Dataset,
}

impl Data {
    /// Adds a network of 広島県 without years; keeps networks sorted by id.
    pub fn net(&mut self, id: &str, program: Program, members: Vec<Member>) -> &mut Self {
        self.net_in(id, program, "広島県", members)
    }

    pub fn net_in(
        &mut self,
        id: &str,
        program: Program,
        prefecture: &str,
        members: Vec<Member>,
    ) -> &mut Self {
        let file = FileId(u32::try_from(self.ds.files.len()).unwrap());
        self.ds.files.push(SourceFile {
            path: PathBuf::from("networks").join(format!("{id}.yaml")),
            rel: format!("{id}.yaml"),
            kind: FileKind::Network,
        });
        let members = members
            .into_iter()
            .zip(0u32..)
            .map(|(m, index)| Member { index, ..m })
            .collect();
        self.ds.networks.push(Network {
            id: id.into(),
            name: format!("{id} 協議会"),
            program,
            prefecture: Prefecture::from_name(prefecture).unwrap(),
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
}

/// Entity id by stable id.
pub fn id(res: &Resolved, stable: &str) -> EntityId {
    res.by_id(stable)
        .unwrap_or_else(|| panic!("no entity {stable}"))
}

/// Display names of entities.
pub fn names(res: &Resolved, ids: &[EntityId]) -> Vec<String> {
    ids.iter().map(|&e| res.entity(e).name.clone()).collect()
}
