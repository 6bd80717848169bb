//! Shared by the CLI tests: running the renkei binary from the crate root,
//! so relative fixture paths resolve, and capturing what it printed.

#![allow(dead_code)] // each test file uses part of this

use assert_cmd::Command;

/// The renkei binary, run from the crate root. NO_COLOR is removed so the
/// caller's environment cannot change what the tests see; a test that
/// wants it sets it again.
pub fn renkei() -> Command {
    let mut cmd = Command::cargo_bin("renkei").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    cmd
}

/// What one run printed, as text, and its exit code.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs renkei with `args` to the end.
pub fn run(args: &[&str]) -> Run {
    let out = renkei().args(args).output().unwrap();
    Run {
        code: out.status.code().unwrap(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}
