//! Which networks an export covers: ids, prefectures and programs.

use super::ExportError;
use crate::model::{Dataset, Prefecture, Program};
use crate::text::closest;

/// The networks an export covers. Each non-empty list is a condition a
/// network must meet (values within one list are alternatives), so
/// `programs: [kofukin], prefectures: [高知県]` is Kochi's 交付金 network.
/// An empty selection covers every network.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Network ids (`hiroshima/kofukin`); every one must exist.
    pub networks: Vec<String>,
    pub prefectures: Vec<Prefecture>,
    pub programs: Vec<Program>,
}

impl Selection {
    /// Exactly these networks, by id.
    pub fn of_networks<S: Into<String>>(ids: impl IntoIterator<Item = S>) -> Self {
        Selection {
            networks: ids.into_iter().map(Into::into).collect(),
            ..Selection::default()
        }
    }

    /// Indices into `ds.networks` of the selected networks, in dataset
    /// (id) order.
    ///
    /// # Errors
    /// [`ExportError::UnknownNetwork`] for an id that is not in `ds`, and
    /// [`ExportError::NothingSelected`] when no network is left.
    pub fn resolve(&self, ds: &Dataset) -> Result<Vec<u32>, ExportError> {
        for id in &self.networks {
            if ds.network(id).is_none() {
                let hint = closest(id, ds.networks.iter().map(|n| n.id.as_str()));
                return Err(ExportError::UnknownNetwork {
                    id: id.clone(),
                    hint: hint.map(str::to_owned),
                });
            }
        }
        let picked: Vec<u32> = ds
            .networks
            .iter()
            .enumerate()
            .filter(|(_, n)| {
                (self.networks.is_empty() || self.networks.contains(&n.id))
                    && (self.prefectures.is_empty() || self.prefectures.contains(&n.prefecture))
                    && (self.programs.is_empty() || self.programs.contains(&n.program))
            })
            .filter_map(|(i, _)| u32::try_from(i).ok())
            .collect();
        if picked.is_empty() {
            return Err(ExportError::NothingSelected);
        }
        Ok(picked)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Network;
    use crate::testkit;

    /// A memberless network named by its id.
    fn network(id: &str, program: Program, pref: &str) -> Network {
        Network {
            name: id.into(),
            ..testkit::network(id, program, pref, vec![])
        }
    }

    fn dataset() -> Dataset {
        Dataset {
            networks: vec![
                network("hiroshima/kofukin", Program::Kofukin, "広島県"),
                network("kochi/kofukin", Program::Kofukin, "高知県"),
                network("kochi/platform", Program::Platform, "高知県"),
            ],
            ..Dataset::default()
        }
    }

    #[test]
    fn conditions_combine_and_values_alternate() {
        let ds = dataset();
        assert_eq!(Selection::default().resolve(&ds).unwrap(), vec![0, 1, 2]);
        let kochi = Selection {
            prefectures: vec![Prefecture::from_name("高知県").unwrap()],
            ..Selection::default()
        };
        assert_eq!(kochi.resolve(&ds).unwrap(), vec![1, 2]);
        let kochi_kofukin = Selection {
            programs: vec![Program::Kofukin],
            ..kochi
        };
        assert_eq!(kochi_kofukin.resolve(&ds).unwrap(), vec![1]);
        let two = Selection::of_networks(["kochi/platform", "hiroshima/kofukin"]);
        assert_eq!(two.resolve(&ds).unwrap(), vec![0, 2]);
    }

    #[test]
    fn unknown_ids_and_empty_results_are_errors() {
        let ds = dataset();
        let err = Selection::of_networks(["kochi/kofukn"])
            .resolve(&ds)
            .unwrap_err();
        assert!(matches!(
            err,
            ExportError::UnknownNetwork { hint: Some(ref h), .. } if h == "kochi/kofukin"
        ));
        let none = Selection {
            networks: vec!["hiroshima/kofukin".into()],
            programs: vec![Program::Platform],
            ..Selection::default()
        };
        assert!(matches!(
            none.resolve(&ds),
            Err(ExportError::NothingSelected)
        ));
    }
}
