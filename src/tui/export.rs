//! The `e` dialog's state: a joint-meeting contact list of the marked
//! networks. Writing is a task for the event loop, which never overwrites
//! without a yes.

use std::path::Path;

use super::action::{Action, Mode};
use super::effect::{Effect, Effects, Task};
use crate::export::ContactFormat;

/// What the dialog holds while open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportDialog {
    pub file: String,
    pub format: ContactFormat,
    /// The networks exported (the marks when the dialog opened).
    pub networks: Vec<u32>,
    /// The file exists and the dialog asks before overwriting it.
    pub confirm: bool,
}

const FORMATS: [ContactFormat; 4] = [
    ContactFormat::Csv,
    ContactFormat::Xlsx,
    ContactFormat::Vcard,
    ContactFormat::Markdown,
];

impl ExportDialog {
    #[must_use]
    pub fn new(networks: Vec<u32>) -> ExportDialog {
        ExportDialog {
            file: format!("renkei-contacts.{}", ContactFormat::Csv.extension()),
            format: ContactFormat::Csv,
            networks,
            confirm: false,
        }
    }

    /// Applies an action; `Mode::Normal` closes the dialog.
    pub fn update(&mut self, action: Action) -> Effects {
        match (self.confirm, action) {
            (false, Action::Input(c)) => self.file.push(c),
            (false, Action::Backspace) => {
                self.file.pop();
            }
            (false, Action::CycleFormat) => {
                let i = FORMATS.iter().position(|f| *f == self.format).unwrap_or(0);
                let next = FORMATS[(i + 1) % FORMATS.len()];
                self.file = with_extension(&self.file, next.extension());
                self.format = next;
            }
            (false, Action::Activate) => return self.save(false),
            (true, Action::Yes) => return self.save(true),
            (true, Action::No) => {
                self.confirm = false;
                return vec![Effect::Mode(Mode::Export)];
            }
            (_, Action::Back) => return vec![Effect::Mode(Mode::Normal)],
            _ => {}
        }
        Vec::new()
    }

    fn save(&self, force: bool) -> Effects {
        let file = self.file.trim();
        if file.is_empty() {
            return Vec::new();
        }
        vec![Effect::Task(Task::Export {
            path: file.into(),
            format: self.format,
            networks: self.networks.clone(),
            force,
        })]
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
