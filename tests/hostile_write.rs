//! Hostile output targets: `-o` naming a device, a named pipe, a private
//! file or a system folder. renkei writes into devices and pipes, never
//! replaces them, keeps a replaced file's mode and creates new files
//! readable by their owner only.

#![cfg(unix)]

use std::os::unix::fs::{FileTypeExt as _, PermissionsExt as _};
use std::path::Path;

use assert_cmd::Command;

const SMALL: &str = "tests/fixtures/export/small";

fn export(out: &Path, force: bool) -> (i32, String) {
    let mut args = vec!["export", "contacts", SMALL, "-o"];
    let out = out.to_str().unwrap();
    args.push(out);
    if force {
        args.push("--force");
    }
    let o = Command::cargo_bin("renkei")
        .unwrap()
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(&args)
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn dev_null_stays_a_device_with_and_without_force() {
    for force in [false, true] {
        let (code, err) = export(Path::new("/dev/null"), force);
        assert_eq!(code, 0, "{err}");
        assert!(!err.contains("already exists"), "{err}");
        let m = std::fs::metadata("/dev/null").unwrap();
        assert!(m.file_type().is_char_device());
    }
}

#[test]
fn force_over_a_private_file_keeps_it_private() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("名簿.csv");
    let (code, err) = export(&target, false);
    assert_eq!(code, 0, "{err}");
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&target) & !0o600, 0, "new file {:o}", mode(&target));
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o600)).unwrap();
    std::fs::write(&target, "old").unwrap();
    let (code, err) = export(&target, true);
    assert_eq!(code, 0, "{err}");
    assert_eq!(mode(&target), 0o600);
    assert_ne!(std::fs::read(&target).unwrap(), b"old");
}

#[cfg(target_os = "linux")]
#[test]
fn a_system_folder_is_named_not_no_such_file() {
    let (code, err) = export(Path::new("/proc/contacts.csv"), false);
    assert_eq!(code, 2);
    assert!(
        err.contains("/proc: the system does not allow new files in this folder"),
        "{err}"
    );
    assert!(!err.contains("No such file"), "{err}");
}

#[cfg(target_os = "linux")]
#[test]
fn an_existing_system_file_is_named_never_offered_force() {
    // /proc/version exists, so "use --force" would be the natural hint,
    // and --force could never work there.
    for force in [false, true] {
        let (code, err) = export(Path::new("/proc/version"), force);
        assert_eq!(code, 2, "{err}");
        assert!(
            err.contains("/proc: the system does not allow new files in this folder"),
            "{err}"
        );
        assert!(!err.contains("--force"), "{err}");
    }
}

#[test]
fn a_socket_is_refused_in_the_user_s_language_and_left_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let sock = tmp.path().join("contacts.csv");
    let _listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
    let (code, err) = export(&sock, true);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(
            "a socket, not a file; renkei writes only to files, character devices and named pipes"
        ),
        "{err}"
    );
    let o = Command::cargo_bin("renkei")
        .unwrap()
        .args(["--lang", "ja", "export", "contacts", SMALL, "--force", "-o"])
        .arg(&sock)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("ソケットで、ファイルではありません"), "{err}");
    assert!(
        std::fs::symlink_metadata(&sock)
            .unwrap()
            .file_type()
            .is_socket()
    );
}
