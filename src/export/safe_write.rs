//! Writing an export to a file so that it is whole or absent: into a
//! temporary file beside the target, synced, then renamed into place; an
//! existing file is replaced only when asked, and only if it is a regular
//! file. A device or a named pipe is written into, never replaced.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use super::ExportError;
use crate::msg::{Msg, Special};

/// Writes `path` through `fill`: the bytes go to a new temporary file in
/// the same folder, which is flushed, synced and renamed onto `path` only
/// when `fill` succeeded. Without `force` an existing `path` is an error
/// (checked before writing and again, atomically where the file system
/// allows, when the file is put in place). On any error, including a
/// panic in `fill`, the temporary file is removed and `path` is untouched.
///
/// A character device (`/dev/null`, a terminal) or a named pipe is not a
/// file to replace: the bytes are written into it, with or without
/// `force`. A block device or a socket is refused. A link to a regular
/// file replaces the file it points to, so the link stays. A new file is
/// created readable by its owner only (0600, or stricter by the umask:
/// contact lists are personal data); a replaced file keeps its mode and,
/// where the system allows, its owner and group.
///
/// Returns the path written.
///
/// # Errors
/// [`ExportError::Exists`] without `force` when `path` exists,
/// [`ExportError::IsDir`] when it is a folder,
/// [`ExportError::CannotCreate`] when the folder takes no new files (also
/// for an existing file of `/proc` or `/sys`) or `path` is neither a file
/// nor a device or pipe, [`ExportError::Io`] when writing fails, and
/// whatever `fill` returns.
pub fn write_file(
    path: &Path,
    force: bool,
    fill: impl FnOnce(&mut dyn Write) -> Result<(), ExportError>,
) -> Result<PathBuf, ExportError> {
    let existing = match fs::metadata(path) {
        Ok(m) if m.is_dir() => return Err(ExportError::IsDir { path: path.into() }),
        Ok(m) if !m.is_file() => return write_into(path, &m, fill),
        Ok(_) if in_system_folder(path) => {
            let folder = path.parent().unwrap_or(path);
            return Err(ExportError::CannotCreate {
                path: folder.into(),
                why: Box::new(Msg::ExportSystemFolder),
            });
        }
        Ok(_) if !force => return Err(ExportError::Exists { path: path.into() }),
        Ok(m) => Some(m),
        Err(_) => None,
    };
    if !force && fs::symlink_metadata(path).is_ok() {
        // A dangling symlink: still something we would replace.
        return Err(ExportError::Exists { path: path.into() });
    }
    // Replace what a link points to, not the link.
    let target = match &existing {
        Some(_) if is_link(path) => fs::canonicalize(path).map_err(|e| ExportError::io(path, e))?,
        _ => path.to_path_buf(),
    };
    let (temp_file, temp) = create_temp(&target)?;
    let mut guard = TempGuard(Some(temp.clone()));
    if let Some(m) = &existing {
        keep_mode_and_owner(&temp_file, m).map_err(|e| ExportError::io(&temp, e))?;
    }
    let mut out = BufWriter::new(temp_file);
    fill(&mut out)?;
    let written = out
        .into_inner()
        .map_err(|e| ExportError::io(&temp, e.into_error()))?;
    written.sync_all().map_err(|e| ExportError::io(&temp, e))?;
    drop(written);
    put_in_place(&temp, &target, force)?;
    guard.0 = None;
    sync_dir(&target);
    Ok(path.to_path_buf())
}

fn is_link(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// Writes into a character device or a named pipe as it is (no temporary
/// file, no truncation); refuses anything else that is not a file.
fn write_into(
    path: &Path,
    meta: &fs::Metadata,
    fill: impl FnOnce(&mut dyn Write) -> Result<(), ExportError>,
) -> Result<PathBuf, ExportError> {
    if let Some(kind) = refused_kind(meta) {
        return Err(ExportError::CannotCreate {
            path: path.into(),
            why: Box::new(Msg::ExportNotAFile { kind }),
        });
    }
    let device = fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(|e| ExportError::io(path, e))?;
    let mut out = BufWriter::new(device);
    fill(&mut out)?;
    out.flush().map_err(|e| ExportError::io(path, e))?;
    Ok(path.to_path_buf())
}

/// What a non-file target is when renkei will not write to it.
#[cfg(unix)]
fn refused_kind(meta: &fs::Metadata) -> Option<Special> {
    use std::os::unix::fs::FileTypeExt as _;
    let t = meta.file_type();
    if t.is_char_device() || t.is_fifo() {
        None
    } else if t.is_block_device() {
        Some(Special::Disk)
    } else if t.is_socket() {
        Some(Special::Socket)
    } else {
        Some(Special::Other)
    }
}

#[cfg(not(unix))]
fn refused_kind(_: &fs::Metadata) -> Option<Special> {
    Some(Special::Other)
}

/// Whether `path` is a file of the kernel's own file systems (`/proc`,
/// `/sys`, where Linux mounts them): such a file exists, but renkei could
/// never replace it, so "use --force" would lead nowhere.
fn in_system_folder(path: &Path) -> bool {
    fs::canonicalize(path).is_ok_and(|p| p.starts_with("/proc") || p.starts_with("/sys"))
}

/// Gives the temporary file the permissions, owner and group of the file
/// it will replace. Changing the owner needs rights renkei rarely has, so
/// a refusal there is not an error; the group is tried on its own then.
#[cfg(unix)]
fn keep_mode_and_owner(temp: &File, old: &fs::Metadata) -> io::Result<()> {
    use std::os::unix::fs::MetadataExt as _;
    if std::os::unix::fs::fchown(temp, Some(old.uid()), Some(old.gid())).is_err() {
        let _ = std::os::unix::fs::fchown(temp, None, Some(old.gid()));
    }
    temp.set_permissions(old.permissions())
}

#[cfg(not(unix))]
fn keep_mode_and_owner(temp: &File, old: &fs::Metadata) -> io::Result<()> {
    temp.set_permissions(old.permissions())
}

/// Removes the temporary file unless disarmed (`.0 = None`).
struct TempGuard(Option<PathBuf>);

impl Drop for TempGuard {
    fn drop(&mut self) {
        if let Some(p) = self.0.take() {
            let _ = fs::remove_file(p);
        }
    }
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// A fresh `.NAME.renkei-PID-N.tmp` beside `path`, created exclusively.
fn create_temp(path: &Path) -> Result<(File, PathBuf), ExportError> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let name = path
        .file_name()
        .map_or_else(|| "export".into(), |n| n.to_string_lossy().into_owned());
    let folder = folder_of(path);
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp = folder.join(format!(".{name}.renkei-{}-{n}.tmp", std::process::id()));
        match private_new(&temp) {
            Ok(f) => return Ok((f, temp)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && n < 10_000 => {}
            Err(e) => return Err(cannot_create(folder, &e)),
        }
    }
}

/// Creates `path`, which must not exist, readable and writable by its
/// owner only (the umask may take more away).
fn private_new(path: &Path) -> io::Result<File> {
    let mut opts = fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    opts.open(path)
}

/// Why no file could be made in `folder`. A folder that exists but
/// answers "no such file" is a system one (`/proc`, `/sys`).
fn cannot_create(folder: &Path, e: &io::Error) -> ExportError {
    let exists = fs::metadata(folder).is_ok_and(|m| m.is_dir());
    let why = match e.kind() {
        io::ErrorKind::NotFound if exists => Msg::ExportSystemFolder,
        io::ErrorKind::NotFound => Msg::ExportNoFolder,
        _ => Msg::ExportCannotCreate {
            error: Box::new(Msg::io(e)),
        },
    };
    ExportError::CannotCreate {
        path: folder.to_path_buf(),
        why: Box::new(why),
    }
}

/// Renames `temp` onto `path`; without `force` through a hard link, which
/// fails rather than replace a file that appeared meanwhile.
fn put_in_place(temp: &Path, path: &Path, force: bool) -> Result<(), ExportError> {
    if force {
        return fs::rename(temp, path).map_err(|e| ExportError::io(path, e));
    }
    match fs::hard_link(temp, path) {
        Ok(()) => {
            // The target is complete; a leftover temp name would only be litter.
            let _ = fs::remove_file(temp);
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            Err(ExportError::Exists { path: path.into() })
        }
        // No hard links here (some network and FAT file systems): check, then rename.
        Err(_) if fs::symlink_metadata(path).is_ok() => {
            Err(ExportError::Exists { path: path.into() })
        }
        Err(_) => fs::rename(temp, path).map_err(|e| ExportError::io(path, e)),
    }
}

/// Makes the rename durable where the platform allows; best effort.
fn sync_dir(path: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(folder_of(path)) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = path;
}

#[cfg(test)]
mod tests;
