//! Checks a registry file's `distinct:` list (FORMAT.md 1.1): pairs of
//! organisation names settled as different bodies.
//!
//! Only the shape is checked here, file by file; whether each name matches
//! an organisation of the directory is known once every file is loaded
//! (`crossref`).

use super::context::FileCtx;
use super::convert::text;
use super::locate::{Step, Target};
use super::loose::Loose;
use crate::identity::org_key;
use crate::model::{DistinctPair, FileId, Origin};
use crate::msg::Msg;
use crate::text::sanitize;

/// The valid pairs of `distinct:`; every other entry is reported and
/// skipped, the good ones beside it kept.
pub fn distinct(ctx: &mut FileCtx<'_>, value: Option<Loose>, file: FileId) -> Vec<DistinctPair> {
    let items = match value {
        None | Some(Loose::Null) => return Vec::new(),
        Some(Loose::Seq(items)) => items,
        Some(other) => {
            ctx.error(
                &[Step::Key("distinct")],
                Target::Value,
                Msg::DistinctNotList {
                    found: other.describe(),
                },
                Some(Msg::HelpDistinctPair),
            );
            return Vec::new();
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        let origin = Origin {
            file,
            index: u32::try_from(i).unwrap_or(u32::MAX),
        };
        out.extend(pair(ctx, item, i, origin));
    }
    out
}

fn pair(ctx: &mut FileCtx<'_>, item: Loose, i: usize, origin: Origin) -> Option<DistinctPair> {
    let path = [Step::Key("distinct"), Step::Index(i)];
    let names = match item {
        Loose::Seq(names) if names.len() == 2 => names,
        Loose::Seq(names) => {
            ctx.error(
                &path,
                Target::Value,
                Msg::DistinctCount { count: names.len() },
                Some(Msg::HelpDistinctMany),
            );
            return None;
        }
        other => {
            ctx.error(
                &path,
                Target::Value,
                Msg::DistinctNotPair {
                    found: other.describe(),
                },
                Some(Msg::HelpDistinctPair),
            );
            return None;
        }
    };
    let mut it = names.into_iter();
    let a = text(ctx, it.next(), &[path[0], path[1], Step::Index(0)]);
    let b = text(ctx, it.next(), &[path[0], path[1], Step::Index(1)]);
    let (Some(a), Some(b)) = (a, b) else {
        ctx.error(
            &path,
            Target::Value,
            Msg::DistinctNameMissing,
            Some(Msg::HelpDistinctPair),
        );
        return None;
    };
    if org_key(&a) == org_key(&b) {
        ctx.error(
            &[path[0], path[1], Step::Index(1)],
            Target::Value,
            Msg::DistinctSame {
                a: sanitize(&a).into_owned(),
                b: sanitize(&b).into_owned(),
            },
            Some(Msg::HelpDistinctSame),
        );
        return None;
    }
    Some(DistinctPair {
        a,
        b,
        origin: Some(origin),
    })
}
