//! Writing an export to a file so that it is whole or absent: into a
//! temporary file beside the target, synced, then renamed into place; an
//! existing file is replaced only when asked.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use super::ExportError;

/// Writes `path` through `fill`: the bytes go to a new temporary file in
/// the same folder, which is flushed, synced and renamed onto `path` only
/// when `fill` succeeded. Without `force` an existing `path` is an error
/// (checked before writing and again, atomically where the file system
/// allows, when the file is put in place). On any error, including a
/// panic in `fill`, the temporary file is removed and `path` is untouched.
///
/// Returns the path written.
///
/// # Errors
/// [`ExportError::Exists`] without `force` when `path` exists,
/// [`ExportError::IsDir`] when it is a folder, [`ExportError::Io`] when the
/// folder cannot be written, and whatever `fill` returns.
pub fn write_file(
    path: &Path,
    force: bool,
    fill: impl FnOnce(&mut dyn Write) -> Result<(), ExportError>,
) -> Result<PathBuf, ExportError> {
    match fs::metadata(path) {
        Ok(m) if m.is_dir() => return Err(ExportError::IsDir { path: path.into() }),
        Ok(_) if !force => return Err(ExportError::Exists { path: path.into() }),
        _ => {}
    }
    if !force && fs::symlink_metadata(path).is_ok() {
        // A dangling symlink: still something we would replace.
        return Err(ExportError::Exists { path: path.into() });
    }
    let (temp_file, temp) = create_temp(path)?;
    let mut guard = TempGuard(Some(temp.clone()));
    let mut out = BufWriter::new(temp_file);
    fill(&mut out)?;
    let written = out
        .into_inner()
        .map_err(|e| ExportError::io(&temp, e.into_error()))?;
    written.sync_all().map_err(|e| ExportError::io(&temp, e))?;
    drop(written);
    put_in_place(&temp, path, force)?;
    guard.0 = None;
    sync_dir(path);
    Ok(path.to_path_buf())
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
        match File::create_new(&temp) {
            Ok(f) => return Ok((f, temp)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && n < 10_000 => {}
            Err(e) => return Err(ExportError::io(folder, e)),
        }
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
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn writes_whole_file_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.csv");
        let written = write_file(&target, false, |w| Ok(w.write_all(b"a,b\r\n")?)).unwrap();
        assert_eq!(written, target);
        assert_eq!(fs::read(&target).unwrap(), b"a,b\r\n");
        assert_eq!(names(dir.path()), ["out.csv"]);
    }

    #[test]
    fn refuses_to_overwrite_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.csv");
        fs::write(&target, "old").unwrap();
        let err = write_file(&target, false, |w| Ok(w.write_all(b"new")?)).unwrap_err();
        assert!(matches!(err, ExportError::Exists { .. }));
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
        write_file(&target, true, |w| Ok(w.write_all(b"new")?)).unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(names(dir.path()), ["out.csv"]);
    }

    #[test]
    fn failure_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.csv");
        let err = write_file(&target, false, |w| {
            w.write_all(b"partial")?;
            Err(ExportError::NothingSelected)
        })
        .unwrap_err();
        assert!(matches!(err, ExportError::NothingSelected));
        assert!(names(dir.path()).is_empty());
        fs::write(&target, "old").unwrap();
        let _ = write_file(&target, true, |_| Err(ExportError::NothingSelected));
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
        assert_eq!(names(dir.path()), ["out.csv"]);
    }

    #[test]
    fn a_panic_removes_the_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.csv");
        let r = std::panic::catch_unwind(|| {
            let _ = write_file(&target, false, |_| panic!("boom"));
        });
        assert!(r.is_err());
        assert!(names(dir.path()).is_empty());
    }

    #[test]
    fn folders_and_missing_folders_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_file(dir.path(), true, |_| Ok(())).unwrap_err();
        assert!(matches!(err, ExportError::IsDir { .. }));
        let missing = dir.path().join("no/such/out.csv");
        let err = write_file(&missing, false, |_| Ok(())).unwrap_err();
        assert!(matches!(err, ExportError::Io { .. }), "{err}");
    }
}
