//! Hostile command lines: clap echoes an invalid option value, which must
//! reach the terminal escaped like data; the browser says which stream is
//! not a terminal.

mod hostile_support;

use hostile_support::renkei;

#[test]
fn invalid_option_values_are_echoed_escaped() {
    let evil = "x\u{1b}]0;PWN\u{7}\u{9b}31m";
    for opt in [
        "--prefecture",
        "--program",
        "--sector",
        "--kind",
        "--year",
        "--min-shared",
        "--format",
    ] {
        let run = renkei(&["overlap", opt, evil, "tests/fixtures/export/small"]);
        run.code(2);
        let err = &run.stderr;
        assert!(
            !err.contains(&0x1b) && !err.contains(&0x07),
            "{opt}: {}",
            run.err()
        );
        assert!(!run.err().contains('\u{9b}'), "{opt}");
        // What is left of the value shows its C1 CSI escaped.
        assert!(run.err().contains("\\u{9b}31m"), "{opt}: {}", run.err());
    }
    let run = renkei(&[
        "check",
        "--max-file-size",
        evil,
        "tests/fixtures/export/small",
    ]);
    run.code(2);
    assert!(!run.stderr.contains(&0x1b), "{}", run.err());
}

#[test]
fn the_browser_blames_the_stream_that_is_not_a_terminal() {
    // Under the test harness neither stream is a terminal.
    let run = renkei(&["browse", "tests/fixtures/export/small"]);
    run.code(2);
    assert!(
        run.err().starts_with(
            "renkei: the browser needs a terminal, and neither standard input nor standard output is one."
        ),
        "{}",
        run.err()
    );
}
