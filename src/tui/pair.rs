//! What the matrix's pair detail says about each shared entity, built when
//! the cursor moves: who carries the link. An organisation present on a
//! side only through people or positions names them with their titles
//! (`マツダ株式会社 (3: 代表取締役会長 経由 / 5: 直接)`); a person shows
//! their organisation and title.

use super::labels::Lang;
use super::people::carriers;
use crate::graph::{PairDetail, View};
use crate::identity::{EntityId, EntityKind, Presence};

/// One shared entity as the pair detail lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedLine {
    pub entity: EntityId,
    pub kind: EntityKind,
    /// Name and who carries it on each side.
    pub text: String,
    /// Whether it alone holds the pair together.
    pub only: bool,
}

/// The lines of `d`; `numbers` are the matrix numbers of `d.a` and `d.b`.
#[must_use]
pub fn shared_lines(
    view: &View<'_>,
    d: &PairDetail,
    numbers: (usize, usize),
    lang: Lang,
) -> Vec<SharedLine> {
    d.shared
        .iter()
        .map(|s| {
            let e = view.entity(s.entity);
            let text = match e.kind {
                EntityKind::Organization => organisation(
                    view,
                    &e.name,
                    [(numbers.0, &s.in_a), (numbers.1, &s.in_b)],
                    lang,
                ),
                EntityKind::Person => person(view, s.entity, [d.a, d.b]),
                EntityKind::Position => e.name.clone(),
            };
            SharedLine {
                entity: s.entity,
                kind: e.kind,
                text,
                only: d.brokers.contains(&s.entity),
            }
        })
        .collect()
}

/// `name`, then per side how it is there when either side is through
/// someone.
fn organisation(
    view: &View<'_>,
    name: &str,
    sides: [(usize, &Option<Presence>); 2],
    lang: Lang,
) -> String {
    let through = sides
        .iter()
        .any(|(_, p)| p.as_ref().is_some_and(|p| !p.direct));
    if !through {
        return name.to_owned();
    }
    let via = lang.labels().present_via;
    let direct = lang.words().direct;
    let parts: Vec<String> = sides
        .iter()
        .map(|(n, p)| match p {
            Some(p) if !p.direct => match lang {
                Lang::Ja => format!("{n}: {} {via}", carriers(view, p)),
                Lang::En => format!("{n}: {via} {}", carriers(view, p)),
            },
            _ => format!("{n}: {direct}"),
        })
        .collect();
    format!("{name} ({})", parts.join(" / "))
}

/// `name (organisation · title)`, the title from the person's row in
/// either network, whichever gives one.
fn person(view: &View<'_>, e: EntityId, nets: [u32; 2]) -> String {
    let entity = view.entity(e);
    let ds = view.dataset();
    let title = view
        .seats(e)
        .iter()
        .filter(|s| nets.contains(&s.network))
        .find_map(|s| s.title(ds))
        .or(entity.title.as_deref());
    let org = entity.org.map(|o| view.entity(o).name.as_str());
    let about: Vec<&str> = [org, title].into_iter().flatten().collect();
    if about.is_empty() {
        entity.name.clone()
    } else {
        format!("{} ({})", entity.name, about.join(" · "))
    }
}
