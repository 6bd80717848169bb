//! What a directory entry is, for the walk: a YAML file by its name, a
//! folder's identity (so one reached twice is read once), the kind of an
//! entry that is not a regular file, and the diagnostics about entries.

use std::fs::Metadata;
use std::path::Path;

use super::whole_file;
use crate::diag::{Diagnostic, Severity};
use crate::msg::{Msg, Special};

pub fn is_yaml(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// A folder's identity, so a folder reached twice is read once.
#[cfg(unix)]
pub fn dir_id(m: &Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt as _;
    (m.dev(), m.ino())
}

#[cfg(not(unix))]
pub fn dir_id(_: &Metadata) -> (u64, u64) {
    (0, 0)
}

pub fn cannot_read(path: &Path, e: &std::io::Error) -> Diagnostic {
    whole_file(
        Severity::Error,
        path,
        Msg::CannotRead {
            error: e.to_string(),
        },
        Some(Msg::HelpCheckReadable),
    )
}

/// What a non-regular directory entry is, for the message.
#[cfg(unix)]
pub fn kind_of(m: &Metadata) -> Special {
    use std::os::unix::fs::FileTypeExt as _;
    let t = m.file_type();
    if t.is_fifo() {
        Special::Pipe
    } else if t.is_socket() {
        Special::Socket
    } else if t.is_char_device() || t.is_block_device() {
        Special::Device
    } else {
        Special::Other
    }
}

#[cfg(not(unix))]
pub fn kind_of(_: &Metadata) -> Special {
    Special::Other
}

/// Warns about a path that holds control characters: it is shown escaped,
/// and the network id derived from it would hold them too.
pub fn odd_name(path: &Path, rel: &str, diags: &mut Vec<Diagnostic>) {
    if let Some(c) = rel.chars().find(|&c| crate::text::is_unsafe_char(c)) {
        diags.push(whole_file(
            Severity::Warning,
            path,
            Msg::PathControlChar { c },
            Some(Msg::HelpRenamePath),
        ));
    }
}
