//! Reading and writing registry files without ever blocking or damaging
//! them: only regular files (or links to them) are opened, reads never
//! wait (a FIFO or device is refused before any byte is read), and a
//! write goes to a temporary file beside the target, synced and renamed
//! over it with the original's permissions.

use std::fs::{self, File, OpenOptions};
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

use super::EditError;
use crate::msg::Special;

/// Registry files larger than this are not edited (the loader's default
/// file limit).
const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// Where a link leads, when `path` is a regular file or a link to one;
/// `None` when nothing is there.
///
/// # Errors
/// [`EditError::NotAFile`] for folders, FIFOs, devices, sockets and links
/// to them or to nothing.
pub(super) fn regular_target(path: &Path) -> Result<Option<PathBuf>, EditError> {
    let not_a_file = |what: Option<Special>, link: bool| EditError::NotAFile {
        path: path.to_path_buf(),
        what,
        link,
    };
    let meta = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(EditError::io(path, e)),
    };
    if meta.file_type().is_symlink() {
        return match fs::metadata(path) {
            Ok(m) if m.is_file() => fs::canonicalize(path)
                .map(Some)
                .map_err(|e| EditError::io(path, e)),
            Ok(m) => Err(not_a_file(Some(kind(&m)), true)),
            Err(_) => Err(not_a_file(None, true)),
        };
    }
    if meta.is_file() {
        Ok(Some(path.to_path_buf()))
    } else {
        Err(not_a_file(Some(kind(&meta)), false))
    }
}

fn kind(m: &fs::Metadata) -> Special {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        let t = m.file_type();
        if t.is_fifo() {
            return Special::Pipe;
        }
        if t.is_char_device() || t.is_block_device() {
            return Special::Device;
        }
        if t.is_socket() {
            return Special::Socket;
        }
    }
    if m.is_dir() {
        Special::Folder
    } else {
        Special::Other
    }
}

/// The bytes of a regular file. Opened non-blocking and checked again
/// after opening, so a file swapped for a FIFO meanwhile cannot hang.
pub(super) fn read(path: &Path) -> Result<Vec<u8>, EditError> {
    let mut opts = OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut opts, libc::O_NONBLOCK);
    let file = opts.open(path).map_err(|e| EditError::io(path, e))?;
    let meta = file.metadata().map_err(|e| EditError::io(path, e))?;
    if !meta.is_file() {
        return Err(EditError::NotAFile {
            path: path.to_path_buf(),
            what: Some(kind(&meta)),
            link: false,
        });
    }
    if meta.len() > MAX_BYTES {
        return Err(EditError::TooBig {
            path: path.to_path_buf(),
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| EditError::io(path, e))?;
    Ok(bytes)
}

/// Replaces the regular file `target` with `bytes`, provided it still
/// holds `expected`; keeps its permissions.
pub(super) fn replace(target: &Path, expected: &[u8], bytes: &[u8]) -> Result<(), EditError> {
    let meta = fs::metadata(target).map_err(|e| EditError::io(target, e))?;
    let (temp, file) = temp_beside(target)?;
    let guard = Remove(Some(temp.clone()));
    fill(&file, &temp, bytes)?;
    file.set_permissions(meta.permissions())
        .map_err(|e| EditError::io(&temp, e))?;
    drop(file);
    if read(target)? != expected {
        return Err(EditError::Changed {
            path: target.to_path_buf(),
        });
    }
    fs::rename(&temp, target).map_err(|e| EditError::io(target, e))?;
    guard.keep();
    sync_dir(target);
    Ok(())
}

/// Creates `target` holding `bytes`; refuses when something appeared there.
pub(super) fn create(target: &Path, bytes: &[u8]) -> Result<(), EditError> {
    let (temp, file) = temp_beside(target)?;
    let guard = Remove(Some(temp.clone()));
    fill(&file, &temp, bytes)?;
    // New registry files are shared data, not secrets: the usual mode.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let _ = file.set_permissions(fs::Permissions::from_mode(0o644));
    }
    drop(file);
    // A hard link puts the file in place only if the name is still free.
    match fs::hard_link(&temp, target) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(EditError::Changed {
                path: target.to_path_buf(),
            });
        }
        Err(_) if fs::symlink_metadata(target).is_err() => {
            fs::rename(&temp, target).map_err(|e| EditError::io(target, e))?;
            guard.keep();
            sync_dir(target);
            return Ok(());
        }
        Err(e) => return Err(EditError::io(target, e)),
    }
    drop(guard);
    sync_dir(target);
    Ok(())
}

/// Removes the file `target` if it still holds `expected`.
pub(super) fn remove(target: &Path, expected: &[u8]) -> Result<(), EditError> {
    if regular_target(target)?.is_none() {
        return Err(EditError::Changed {
            path: target.to_path_buf(),
        });
    }
    if read(target)? != expected {
        return Err(EditError::Changed {
            path: target.to_path_buf(),
        });
    }
    fs::remove_file(target).map_err(|e| EditError::io(target, e))
}

fn temp_beside(target: &Path) -> Result<(PathBuf, File), EditError> {
    let dir = target.parent().unwrap_or_else(|| Path::new("."));
    let name = target
        .file_name()
        .map_or_else(|| "registry".into(), |n| n.to_string_lossy().into_owned());
    for n in 0..100u32 {
        let temp = dir.join(format!(".{name}.renkei-{}-{n}.tmp", std::process::id()));
        match OpenOptions::new().write(true).create_new(true).open(&temp) {
            Ok(f) => return Ok((temp, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(EditError::io(&temp, e)),
        }
    }
    Err(EditError::io(
        target,
        std::io::Error::other(crate::msg::Msg::NoTempName),
    ))
}

fn fill(mut file: &File, temp: &Path, bytes: &[u8]) -> Result<(), EditError> {
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| EditError::io(temp, e))
}

/// Makes the rename durable; failure only weakens that, so it is ignored.
fn sync_dir(target: &Path) {
    if let Some(dir) = target.parent()
        && let Ok(d) = File::open(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        })
    {
        let _ = d.sync_all();
    }
}

/// Removes a temporary file unless told to keep it (it was renamed).
struct Remove(Option<PathBuf>);

impl Remove {
    fn keep(mut self) {
        self.0 = None;
    }
}

impl Drop for Remove {
    fn drop(&mut self) {
        if let Some(p) = self.0.take() {
            let _ = fs::remove_file(p);
        }
    }
}
