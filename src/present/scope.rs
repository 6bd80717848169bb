//! A one-line description of what a view shows, for titles and headings:
//! `高知県`, `高知県 · 交付金, COI-NEXT · 2023年`, `3 networks`.

use crate::graph::Filter;
use crate::model::Prefecture;

/// The scope of `filter` in words; `shown` is the number of networks the
/// view holds.
#[must_use]
pub fn describe(filter: &Filter, shown: usize) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !filter.prefectures.is_empty() {
        parts.push(join(
            filter.prefectures.iter().map(|p: &Prefecture| p.name()),
        ));
    }
    if !filter.cities.is_empty() {
        parts.push(join(filter.cities.iter().map(String::as_str)));
    }
    if !filter.networks.is_empty() {
        parts.push(join(filter.networks.iter().map(String::as_str)));
    }
    if !filter.programs.is_empty() {
        parts.push(join(filter.programs.iter().map(|p| p.label_ja())));
    }
    if let Some(y) = filter.year {
        parts.push(format!("{y}年"));
    }
    if !filter.sectors.is_empty() {
        parts.push(join(filter.sectors.iter().map(|s| s.label_ja())));
    }
    if parts.is_empty() {
        parts.push("すべて".to_owned());
    }
    format!("{} ({shown} networks)", parts.join(" · "))
}

fn join<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(", ")
}
