//! Runs the app's I/O tasks outside `update`: a reload starts on its own
//! thread; an export or a registry decision writes at once (small local
//! files, written only if regular) and a decision is followed by a reload.

use std::path::Path;

use super::app::App;
use super::decide;
use super::effect::Task;
use super::outcome::ExportOutcome;
use super::reload::Reload;
use crate::export::{ContactFormat, ContactList, Encoding, ExportError, contacts};
use crate::workspace::Workspace;

/// Runs one task, reporting to `app`.
pub fn run(app: &mut App, task: Task) {
    match task {
        Task::Reload => start_reload(app),
        Task::CancelReload => app.reloading = None,
        Task::Export {
            path,
            format,
            networks,
            force,
        } => {
            let result = export(&app.ws, &path, format, &networks, force, app.lang);
            app.exported(result);
        }
        Task::Decide { suggestion, how } => {
            let result = decide::apply(&app.ws.dir, &suggestion, how, app.lang);
            let ok = result.is_ok();
            app.decided(result);
            if ok {
                start_reload(app);
            }
        }
        Task::Undo => match app.decisions.pop() {
            None => {
                let text = app.labels().nothing_to_undo;
                app.fail(text);
            }
            Some(a) => {
                let result = decide::undo(&a, app.lang).map(|()| a);
                let ok = result.is_ok();
                app.undone(result);
                if ok {
                    start_reload(app);
                }
            }
        },
    }
}

/// Runs `tasks` and waits for any reload they start: for tests, which
/// have no event loop.
pub fn run_blocking(app: &mut App, tasks: Vec<Task>) {
    for t in tasks {
        run(app, t);
        if let Some(r) = app.reloading.take() {
            match r.wait() {
                Ok(fresh) => app.reloaded(fresh),
                Err(e) => app.fail(e.render(app.lang)),
            }
        }
    }
}

fn start_reload(app: &mut App) {
    match Reload::start(&app.ws.dir, &app.load) {
        Ok(r) => app.reload_started(r),
        Err(e) => app.fail(crate::msg::Msg::io(&e).render(app.lang)),
    }
}

fn export(
    ws: &Workspace,
    path: &Path,
    format: ContactFormat,
    networks: &[u32],
    force: bool,
    lang: crate::msg::Lang,
) -> Result<(std::path::PathBuf, usize), ExportOutcome> {
    let rows = contacts::build_for(&ws.ds, &ws.resolved, networks);
    let count = rows.len();
    let list = ContactList {
        networks: networks.to_vec(),
        rows,
    };
    match list.save(&ws.ds, path, force, format, Encoding::Utf8Bom) {
        Ok(written) => Ok((std::fs::canonicalize(&written).unwrap_or(written), count)),
        Err(ExportError::Exists { .. }) => Err(ExportOutcome::Exists),
        Err(e) => Err(ExportOutcome::Failed(e.render(lang))),
    }
}
