//! End to end: the real binary in tmux, driven as a person would. Skipped
//! (with a message) where tmux is not installed.

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

struct Tmux {
    session: String,
}

impl Tmux {
    fn start(width: u16, height: u16, command: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("skipped: tmux is not installed");
            return None;
        }
        let session = format!("renkei-e2e-{}", std::process::id());
        let ok = Command::new("tmux")
            .args([
                "new-session",
                "-d",
                "-s",
                &session,
                "-x",
                &width.to_string(),
                "-y",
                &height.to_string(),
            ])
            .args(["-e", "LANG=ja_JP.UTF-8", "-e", "TERM=xterm-256color", "sh"])
            .status()
            .unwrap()
            .success();
        assert!(ok, "tmux new-session failed");
        let t = Tmux { session };
        t.keys(&[command, "Enter"]);
        Some(t)
    }

    fn keys(&self, keys: &[&str]) {
        let status = Command::new("tmux")
            .args(["send-keys", "-t", &self.session])
            .args(keys)
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Types text literally (no key-name lookup), e.g. Japanese.
    fn text(&self, text: &str) {
        let status = Command::new("tmux")
            .args(["send-keys", "-t", &self.session, "-l", text])
            .status()
            .unwrap();
        assert!(status.success());
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["capture-pane", "-p", "-t", &self.session])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    }

    /// Waits until the screen contains `what` (or fails after 10 s).
    fn wait_for(&self, what: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(what) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "never saw {what:?}; screen:\n{s}"
            );
            sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.session])
            .status();
    }
}

#[test]
fn browse_search_overlap_and_quit_in_a_real_terminal() {
    let bin = env!("CARGO_BIN_EXE_renkei");
    let cmd = format!(
        "cd {} && {bin} networks; echo renkei-exited-$?",
        env!("CARGO_MANIFEST_DIR")
    );
    let Some(t) = Tmux::start(100, 30, &cmd) else {
        return;
    };
    let start = t.wait_for("都道府県");
    assert!(start.contains("高知県"), "{start}");
    // Navigate: into the networks pane and down.
    t.keys(&["l", "j", "j"]);
    // Search 高知工科 and jump to it.
    t.keys(&["/"]);
    t.wait_for("検索");
    t.text("高知工科");
    let hits = t.wait_for("高知工科大学");
    assert!(!hits.contains('\u{FFFD}'), "replacement character:\n{hits}");
    t.keys(&["Enter"]);
    let found = t.wait_for("所属ネットワーク");
    assert!(found.contains("高知工科大学"), "{found}");
    // The overlap view of 高知県.
    t.keys(&["2"]);
    let overlap = t.wait_for("共通 (");
    assert!(overlap.contains("高知大学"), "{overlap}");
    assert!(
        !overlap.contains('\u{FFFD}'),
        "replacement character:\n{overlap}"
    );
    t.keys(&["q"]);
    t.wait_for("renkei-exited-0");
    // The shell is usable again: it echoes and the alternate screen is gone.
    t.keys(&["echo shell-$((40+2))", "Enter"]);
    let after = t.wait_for("shell-42");
    assert!(
        !after.contains("都道府県"),
        "browser still on screen:\n{after}"
    );
}
