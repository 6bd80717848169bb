//! A one-line description of what a view shows, for titles and headings:
//! `高知県`, `高知県 · 交付金, COI-NEXT · 2023年`, `3 networks`.

use crate::graph::Filter;
use crate::model::Prefecture;
use crate::msg::{Lang, Msg};

/// The scope of `filter` in words; `shown` is the number of networks the
/// view holds.
#[must_use]
pub fn describe(filter: &Filter, shown: usize) -> String {
    describe_in(filter, shown, Lang::En)
}

/// [`describe`] in `lang`, for text read by people (JSON keeps the
/// English form).
#[must_use]
pub fn describe_in(filter: &Filter, shown: usize, lang: Lang) -> String {
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
    Msg::ViewShown {
        parts: parts.join(" · "),
        shown,
    }
    .render(lang)
}

fn join<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(", ")
}
