//! End to end: the real binary in tmux, driven as a person would, on the
//! rich fixture. Where tmux is not installed the tests are skipped with a
//! message — unless `CI=true` or `RENKEI_REQUIRE_TMUX` is set (`.ci/run` sets
//! it), then they fail.

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

struct Tmux {
    session: String,
}

impl Tmux {
    fn start(tag: &str, width: u16, height: u16, command: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            let required = std::env::var_os("RENKEI_REQUIRE_TMUX").is_some()
                || std::env::var("CI").is_ok_and(|v| v == "true");
            assert!(
                !required,
                "tmux is not installed, and CI (CI=true or RENKEI_REQUIRE_TMUX) needs this test to run"
            );
            eprintln!("skipped: tmux is not installed");
            return None;
        }
        let session = format!("renkei-e2e-{}-{tag}", std::process::id());
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

    /// A tmux format variable of the pane, e.g. `alternate_on`.
    fn pane_flag(&self, name: &str) -> String {
        let out = Command::new("tmux")
            .args([
                "display-message",
                "-p",
                "-t",
                &self.session,
                &format!("#{{{name}}}"),
            ])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["capture-pane", "-p", "-t", &self.session])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    }

    /// Waits until the screen contains `what` and has settled (or fails
    /// after 10 s).
    fn wait_for(&self, what: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            // A frame can be caught half painted (seen under load: the new
            // view's title over the old view's rows), so the screen must
            // also hold still between two captures.
            if s.contains(what) {
                sleep(Duration::from_millis(100));
                if self.screen() == s {
                    return s;
                }
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
        "cd {} && {bin} tests/fixtures/tui/rich; echo renkei-exited-$?",
        env!("CARGO_MANIFEST_DIR")
    );
    let Some(t) = Tmux::start("browse", 100, 30, &cmd) else {
        return;
    };
    // The whole first frame: the last prefecture of the fixture is drawn.
    let start = t.wait_for("熊本県");
    assert!(start.contains("都道府県"), "{start}");
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
    // The program table of 高知県: 高知大学 marked in more than one network.
    t.keys(&["2"]);
    let table = t.wait_for("プログラム表 — 高知県");
    assert!(table.contains("◆5 高知大学"), "{table}");
    // The overlap view of 高知県, its title naming the scope.
    t.keys(&["3"]);
    let overlap = t.wait_for("共通 (");
    assert!(overlap.contains("重なり — 高知県"), "{overlap}");
    // A reload says so.
    t.keys(&["r"]);
    t.wait_for("再読み込みしました");
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

/// `kill -SIG` to the browser: it leaves the alternate screen and turns
/// mouse reporting off before it exits.
fn signal_restores_the_terminal(signal: &str) {
    let bin = env!("CARGO_BIN_EXE_renkei");
    let pidfile = tempfile::NamedTempFile::new().unwrap();
    let pid_path = pidfile.path().display().to_string();
    let cmd = format!(
        "cd {} && sh -c 'echo $$ > {pid_path}; exec {bin} tests/fixtures/tui/rich'; echo renkei-exited-$?",
        env!("CARGO_MANIFEST_DIR")
    );
    let Some(t) = Tmux::start(signal, 80, 24, &cmd) else {
        return;
    };
    t.wait_for("熊本県");
    assert_eq!(t.pane_flag("alternate_on"), "1");
    assert_eq!(
        t.pane_flag("mouse_any_flag"),
        "1",
        "mouse reporting while browsing"
    );
    let pid = std::fs::read_to_string(&pid_path)
        .unwrap()
        .trim()
        .to_owned();
    let ok = Command::new("kill")
        .args([&format!("-{signal}"), &pid])
        .status()
        .unwrap();
    assert!(ok.success());
    let after = t.wait_for("renkei-exited-");
    assert!(
        !after.contains("都道府県"),
        "browser still on screen:\n{after}"
    );
    assert_eq!(
        t.pane_flag("alternate_on"),
        "0",
        "still on the alternate screen"
    );
    assert_eq!(
        t.pane_flag("mouse_any_flag"),
        "0",
        "mouse reporting left on"
    );
    t.keys(&["echo shell-$((40+2))", "Enter"]);
    t.wait_for("shell-42");
}

#[test]
fn sigterm_restores_the_terminal() {
    signal_restores_the_terminal("TERM");
}

#[test]
fn sighup_restores_the_terminal() {
    signal_restores_the_terminal("HUP");
}

/// The terminal itself goes away (the tmux session is killed, as when an
/// ssh link drops): the browser must end, not spin on a dead terminal.
#[test]
fn the_browser_ends_when_its_terminal_is_closed() {
    let bin = env!("CARGO_BIN_EXE_renkei");
    let pidfile = tempfile::NamedTempFile::new().unwrap();
    let pid_path = pidfile.path().display().to_string();
    let cmd = format!(
        "cd {} && sh -c 'echo $$ > {pid_path}; exec {bin} tests/fixtures/tui/rich'",
        env!("CARGO_MANIFEST_DIR")
    );
    let Some(t) = Tmux::start("closed", 80, 24, &cmd) else {
        return;
    };
    t.wait_for("熊本県");
    let pid = std::fs::read_to_string(&pid_path)
        .unwrap()
        .trim()
        .to_owned();
    let alive = |pid: &str| {
        std::path::Path::new(&format!("/proc/{pid}")).exists()
            && !std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .unwrap_or_default()
                .contains(") Z ")
    };
    assert!(alive(&pid), "the browser is not running");
    drop(t); // kills the session: the pane's terminal is closed
    let start = Instant::now();
    while alive(&pid) && start.elapsed() < Duration::from_secs(10) {
        sleep(Duration::from_millis(50));
    }
    assert!(
        !alive(&pid),
        "the browser still runs 10 s after its terminal was closed"
    );
}
