//! Shared by the hostile-input tests: copies of the fixture folders in
//! tests/fixtures/hostile/, running renkei on them, and the checks every
//! case makes (exit code, message, the good file beside still loads).

#![allow(dead_code)] // each test file uses part of this

pub mod invariants;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

pub const HOSTILE: &str = "tests/fixtures/hostile";

/// The output of one run, stdout and stderr as bytes and as text.
pub struct Run {
    pub code: i32,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl Run {
    pub fn out(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
    pub fn err(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
    /// Asserts the exit code, showing the output when it differs.
    pub fn code(&self, code: i32) -> &Run {
        assert_eq!(self.code, code, "{}{}", self.out(), self.err());
        self
    }
    /// Asserts that stdout holds `text`.
    pub fn says(&self, text: &str) -> &Run {
        assert!(self.out().contains(text), "no `{text}` in\n{}", self.out());
        self
    }
}

/// Runs the renkei binary with `args`.
pub fn renkei(args: &[&str]) -> Run {
    let out = Command::cargo_bin("renkei")
        .unwrap()
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: out.stdout,
        stderr: out.stderr,
    }
}

/// A fixture folder copied into a temporary directory, so a test can add
/// what git cannot hold (links, pipes, huge files, odd names).
pub struct Case {
    pub tmp: TempDir,
    pub dir: PathBuf,
}

impl Case {
    pub fn new(name: &str) -> Case {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join(name);
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(HOSTILE)
            .join(name);
        assert!(from.is_dir(), "no fixture {}", from.display());
        copy_dir(&from, &dir);
        Case { tmp, dir }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.join(rel)
    }

    pub fn shown(&self, rel: &str) -> String {
        self.path(rel).display().to_string()
    }

    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) {
        std::fs::write(self.path(rel), bytes).unwrap();
    }

    pub fn dir_arg(&self) -> String {
        self.dir.display().to_string()
    }

    /// `renkei check DIR extra…`.
    pub fn check(&self, extra: &[&str]) -> Run {
        let dir = self.dir_arg();
        let mut args = vec!["check", &dir];
        args.extend_from_slice(extra);
        renkei(&args)
    }

    /// `renkei check --format json DIR extra…`, parsed.
    pub fn check_json(&self, extra: &[&str]) -> (i32, serde_json::Value) {
        let dir = self.dir_arg();
        let mut args = vec!["check", "--format", "json", &dir];
        args.extend_from_slice(extra);
        let run = renkei(&args);
        let v =
            serde_json::from_slice(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.out()));
        (run.code, v)
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().map(Result::unwrap) {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The diagnostic block of `out` that starts with `head` (e.g.
/// `error: …`), up to the blank line that ends it.
pub fn block<'a>(out: &'a str, head: &str) -> &'a str {
    out.split("\n\n")
        .map(|b| b.trim_start_matches('\n'))
        .find(|b| b.starts_with(head))
        .unwrap_or_else(|| panic!("no `{head}` in\n{out}"))
}

/// Asserts a diagnostic: the block whose location line is
/// `--> FILE:LINE:COLUMN` (`at`) starts with `head`, and, when a token is
/// given, its caret line underlines that token.
pub fn assert_diag(out: &str, head: &str, at: &str, token: Option<&str>) {
    let location = format!("--> {at}");
    let b = out
        .split("\n\n")
        .map(|b| b.trim_start_matches('\n'))
        .find(|b| b.lines().nth(1).is_some_and(|l| l.trim_start() == location))
        .unwrap_or_else(|| panic!("no diagnostic at {at} in\n{out}"));
    let lines: Vec<&str> = b.lines().collect();
    assert_eq!(lines[0], head, "{b}");
    if let Some(token) = token {
        let (_, source) = lines[3].split_once(" | ").unwrap_or_else(|| panic!("{b}"));
        let (_, marker) = lines[4].split_once(" | ").unwrap_or_else(|| panic!("{b}"));
        let col = marker.len() - marker.trim_start().len();
        let mut cells = 0;
        let mut from = None;
        for (i, c) in source.char_indices() {
            if cells == col {
                from = Some(i);
                break;
            }
            cells += renkei::text::width(&c.to_string());
        }
        let from = from.unwrap_or_else(|| panic!("caret past the line\n{b}"));
        assert!(
            source[from..].starts_with(token),
            "caret not under `{token}`\n{b}"
        );
        assert_eq!(
            marker.trim(),
            "^".repeat(renkei::text::width(token)),
            "caret length\n{b}"
        );
    }
}

/// The summary line `check` ends with.
pub fn summary(out: &str) -> &str {
    out.lines()
        .rev()
        .find(|l| l.starts_with("checked "))
        .unwrap_or_else(|| panic!("no summary in\n{out}"))
}

/// Asserts that no byte sequence in `bytes` can drive a terminal: no ESC,
/// no BEL, no C1 control (U+0080–U+009F; the output must be UTF-8, so a
/// lone 0x9B byte fails too), no bidirectional override or isolate.
pub fn assert_terminal_safe(what: &str, bytes: &[u8]) {
    assert!(
        !bytes.contains(&0x1b),
        "{what}: raw ESC in\n{}",
        String::from_utf8_lossy(bytes)
    );
    assert!(!bytes.contains(&0x07), "{what}: raw BEL");
    let text = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{what}: not UTF-8: {e}"));
    for c in text.chars() {
        assert!(
            !matches!(c, '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'),
            "{what}: raw U+{:04X} in\n{text}",
            u32::from(c)
        );
    }
}

/// `n` organisation names alike but for their last character, so that the
/// bigrams they share are among the rarest of more than 1,000 names.
pub fn alike(n: u32) -> String {
    use std::fmt::Write as _;
    let mut src = String::from("name: 生成\nprogram: other\nprefecture: 広島県\nmembers:\n");
    for i in 0..n {
        let last = char::from_u32(0x4E00 + i).unwrap();
        let _ = writeln!(
            src,
            "- {{org: あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほ{last}, sector: industry}}"
        );
    }
    src
}
