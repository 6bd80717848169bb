//! Unit tests of `safe_write`, kept beside it in their own file.

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
    assert!(matches!(err, ExportError::CannotCreate { .. }), "{err}");
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt as _;
    fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

#[cfg(unix)]
#[test]
fn devices_are_written_into_never_replaced() {
    use std::os::unix::fs::FileTypeExt as _;
    let null = Path::new("/dev/null");
    for force in [false, true] {
        write_file(null, force, |w| Ok(w.write_all(b"x")?)).unwrap();
        assert!(fs::metadata(null).unwrap().file_type().is_char_device());
    }
    // /dev/full refuses the bytes: an error, and still a device.
    let full = Path::new("/dev/full");
    if full.exists() {
        let err = write_file(full, true, |w| Ok(w.write_all(&[b'x'; 10_000])?));
        assert!(err.is_err());
        assert!(fs::metadata(full).unwrap().file_type().is_char_device());
    }
}

#[cfg(unix)]
#[test]
fn a_named_pipe_gets_the_bytes() {
    use std::os::unix::fs::FileTypeExt as _;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.csv");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: no mkfifo");
        return;
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read(fifo).unwrap())
    };
    write_file(&fifo, true, |w| Ok(w.write_all(b"a,b\r\n")?)).unwrap();
    assert_eq!(reader.join().unwrap(), b"a,b\r\n");
    assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
    assert_eq!(names(dir.path()), ["pipe.csv"]);
}

#[cfg(unix)]
#[test]
fn force_keeps_the_mode_and_new_files_are_private() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("contacts.csv");
    write_file(&target, false, |w| Ok(w.write_all(b"new")?)).unwrap();
    // 0600 unless the umask takes more away; never more than 0600.
    assert_eq!(mode(&target) & !0o600, 0, "{:o}", mode(&target));
    assert_ne!(mode(&target) & 0o600, 0);
    for kept in [0o600, 0o640, 0o444] {
        fs::set_permissions(&target, fs::Permissions::from_mode(kept)).unwrap();
        write_file(&target, true, |w| Ok(w.write_all(b"again")?)).unwrap();
        assert_eq!(mode(&target), kept);
    }
    assert_eq!(fs::read_to_string(&target).unwrap(), "again");
}

#[cfg(unix)]
#[test]
fn force_through_a_link_replaces_the_file_it_points_to() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("real.csv"), "old").unwrap();
    let link = dir.path().join("link.csv");
    std::os::unix::fs::symlink("real.csv", &link).unwrap();
    write_file(&link, true, |w| Ok(w.write_all(b"new")?)).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("real.csv")).unwrap(),
        "new"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_system_folder_is_named_as_such() {
    let err = write_file(Path::new("/proc/renkei-out.csv"), false, |_| Ok(())).unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.starts_with("/proc: the system does not allow new files"),
        "{msg}"
    );
}
