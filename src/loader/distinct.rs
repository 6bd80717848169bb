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
use crate::text::sanitize;

const PAIR_HELP: &str = "write each pair as `- [名前1, 名前2]`: two organisation names";

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
                format!(
                    "`distinct` must be a list of pairs, found {}",
                    other.describe()
                ),
                Some(PAIR_HELP.into()),
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
                format!(
                    "a `distinct` entry must name two organisations, this one has {}; it is skipped",
                    names.len()
                ),
                Some(format!(
                    "{PAIR_HELP}; to settle three or more as different, write one pair for each two of them"
                )),
            );
            return None;
        }
        other => {
            ctx.error(
                &path,
                Target::Value,
                format!(
                    "a `distinct` entry must be a pair of names, found {}; it is skipped",
                    other.describe()
                ),
                Some(PAIR_HELP.into()),
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
            "a `distinct` entry needs two names, one is missing or empty; it is skipped".into(),
            Some(PAIR_HELP.into()),
        );
        return None;
    };
    if org_key(&a) == org_key(&b) {
        ctx.error(
            &[path[0], path[1], Step::Index(1)],
            Target::Value,
            format!(
                "`{}` and `{}` are one organisation (the same name once spaces and legal forms are removed); this pair is skipped",
                sanitize(&a),
                sanitize(&b)
            ),
            Some("a `distinct` pair names two different organisations; delete this one".into()),
        );
        return None;
    }
    Some(DistinctPair {
        a,
        b,
        origin: Some(origin),
    })
}
