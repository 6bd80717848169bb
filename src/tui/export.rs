//! The `e` dialog: export a joint-meeting contact list of the marked
//! networks through `crate::export`, never overwriting without a yes.

use std::path::{Path, PathBuf};

use super::action::{Action, Mode};
use super::app::App;
use crate::export::{ContactFormat, ContactList, Encoding, ExportError, contacts};

/// What the dialog holds while open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportDialog {
    pub file: String,
    pub format: ContactFormat,
}

const FORMATS: [ContactFormat; 4] = [
    ContactFormat::Csv,
    ContactFormat::Xlsx,
    ContactFormat::Vcard,
    ContactFormat::Markdown,
];

/// Opens the dialog, or explains that nothing is marked. With nothing
/// marked, the selected network is taken, so one keystroke exports it.
pub fn open(app: &mut App) {
    if app.marks.is_empty() {
        let Some(n) = app.network() else {
            let text = app.labels().export_nothing_marked;
            app.fail(text);
            return;
        };
        app.marks.insert(n);
    }
    app.export = Some(ExportDialog {
        file: format!("renkei-contacts.{}", ContactFormat::Csv.extension()),
        format: ContactFormat::Csv,
    });
    app.mode = Mode::Export;
}

/// Applies an action while the dialog (or its overwrite question) is open.
pub fn update(app: &mut App, action: Action) {
    let Some(dialog) = app.export.as_mut() else {
        app.mode = Mode::Normal;
        return;
    };
    match (app.mode, action) {
        (Mode::Export, Action::Input(c)) => dialog.file.push(c),
        (Mode::Export, Action::Backspace) => {
            dialog.file.pop();
        }
        (Mode::Export, Action::CycleFormat) => {
            let i = FORMATS
                .iter()
                .position(|f| *f == dialog.format)
                .unwrap_or(0);
            let next = FORMATS[(i + 1) % FORMATS.len()];
            dialog.file = with_extension(&dialog.file, next.extension());
            dialog.format = next;
        }
        (Mode::Export, Action::Activate) => save(app, false),
        (Mode::Confirm, Action::Yes) => save(app, true),
        (Mode::Confirm, Action::No) => app.mode = Mode::Export,
        (_, Action::Back) => {
            app.export = None;
            app.mode = Mode::Normal;
        }
        _ => {}
    }
}

fn with_extension(file: &str, ext: &str) -> String {
    let path = Path::new(file);
    let known = ["csv", "xlsx", "vcf", "md"];
    match path.extension().and_then(|e| e.to_str()) {
        Some(e) if known.contains(&e) => path.with_extension(ext).to_string_lossy().into_owned(),
        _ => file.to_owned(),
    }
}

fn save(app: &mut App, force: bool) {
    let Some(dialog) = app.export.clone() else {
        return;
    };
    if dialog.file.trim().is_empty() {
        return;
    }
    let networks: Vec<u32> = app.marks.iter().copied().collect();
    let rows = contacts::build_for(&app.data.ds, &app.data.resolved, &networks);
    let count = rows.len();
    let list = ContactList { networks, rows };
    let path = PathBuf::from(dialog.file.trim());
    match list.save(&app.data.ds, &path, force, dialog.format, Encoding::Utf8Bom) {
        Ok(written) => {
            let shown = std::fs::canonicalize(&written).unwrap_or(written);
            app.export = None;
            app.mode = Mode::Normal;
            let wrote = app.labels().export_wrote;
            app.say(format!("{wrote}: {} ({count})", shown.display()));
        }
        Err(ExportError::Exists { .. }) => app.mode = Mode::Confirm,
        Err(e) => {
            app.mode = Mode::Export;
            app.fail(e.to_string());
        }
    }
}
