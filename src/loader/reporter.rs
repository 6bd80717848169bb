//! Where the cross-file registry checks report: into the file of the
//! entry concerned, locating the path in that file's kept text only when
//! something is reported.

use std::collections::HashMap;

use super::context::FileCtx;
use super::locate::{Step, Target};
use super::tally::Tally;
use super::walk::whole_file;
use crate::diag::{Diagnostic, Pos, Severity};
use crate::model::{Dataset, Origin};
use crate::msg::Msg;

/// Reports into the right file, locating paths in its kept text.
pub(super) struct Reporter<'a> {
    ds: &'a Dataset,
    sources: &'a [Option<String>],
    ctxs: HashMap<u32, FileCtx<'a>>,
    loose: Vec<Diagnostic>,
    // A conflict repeated in thousands of files is capped like a mistake
    // repeated in one.
    tally: Tally,
}

impl<'a> Reporter<'a> {
    pub(super) fn new(ds: &'a Dataset, sources: &'a [Option<String>]) -> Self {
        Reporter {
            ds,
            sources,
            ctxs: HashMap::new(),
            loose: Vec::new(),
            tally: Tally::across_files(),
        }
    }

    fn ctx(&mut self, origin: Origin) -> Option<&mut FileCtx<'a>> {
        let (ds, sources) = (self.ds, self.sources);
        let src = sources.get(origin.file.0 as usize)?.as_deref()?;
        let file = ds.files.get(origin.file.0 as usize)?;
        Some(
            self.ctxs
                .entry(origin.file.0)
                .or_insert_with(|| FileCtx::new(&file.path, src)),
        )
    }

    /// Reports at `path` in the file of `origin`.
    pub(super) fn report(
        &mut self,
        severity: Severity,
        origin: Origin,
        path: &[Step<'_>],
        message: Msg,
        help: Option<Msg>,
    ) {
        let Some(kind) = self.tally.admit(severity, &message) else {
            return;
        };
        let file = &self.ds.file(origin.file).path;
        let pos = if let Some(ctx) = self.ctx(origin) {
            ctx.report(severity, path, Target::Value, message, help);
            ctx.diags.last().map(|d| d.pos).unwrap_or_default()
        } else {
            self.loose.push(whole_file(severity, file, message, help));
            Pos::default()
        };
        self.tally.kept_in(&kind, file, pos);
    }

    /// `FILE:LINE` of `path` in the file of `origin`, for a message that
    /// points at a second entry.
    pub(super) fn line_of(&mut self, origin: Origin, path: &[Step<'_>]) -> String {
        let file = self.ds.file(origin.file).path.display().to_string();
        match self.ctx(origin) {
            Some(ctx) => format!("{file}:{}", ctx.position(path, Target::Value).line),
            None => file,
        }
    }

    pub(super) fn finish(self) -> Vec<Diagnostic> {
        let mut out = self.loose;
        let none = std::path::PathBuf::new();
        out.extend(self.tally.summaries(&none));
        for (_, ctx) in self.ctxs {
            out.extend(ctx.finish());
        }
        out
    }
}
