//! The overlap heat map: shown networks × shown networks, each cell the
//! number of members two networks share and their Jaccard index.

use serde::Serialize;

use super::members::ShownNetwork;
use crate::graph::View;

/// A symmetric matrix over the shown networks (by program, then id).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HeatMap {
    pub networks: Vec<ShownNetwork>,
    /// `shared[i][j]`: entities networks `i` and `j` share (0 on the
    /// diagonal).
    pub shared: Vec<Vec<usize>>,
    /// Jaccard index of the same pairs.
    pub jaccard: Vec<Vec<f64>>,
    /// The largest off-diagonal count, for scaling colours.
    pub max: usize,
}

impl HeatMap {
    #[must_use]
    pub fn build(view: &View<'_>) -> Self {
        let networks = ShownNetwork::all(view);
        let n = networks.len();
        let mut shared = vec![vec![0; n]; n];
        let mut jaccard = vec![vec![0.0; n]; n];
        let at = |index: u32| networks.iter().position(|x| x.index == index);
        let mut max = 0;
        for cell in view.matrix().cells {
            if let (Some(i), Some(j)) = (at(cell.a), at(cell.b)) {
                shared[i][j] = cell.shared;
                shared[j][i] = cell.shared;
                jaccard[i][j] = cell.jaccard;
                jaccard[j][i] = cell.jaccard;
                max = max.max(cell.shared);
            }
        }
        HeatMap {
            networks,
            shared,
            jaccard,
            max,
        }
    }
}
