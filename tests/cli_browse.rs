//! `renkei` without a terminal: a clear message naming the subcommands,
//! exit code 2, and no hang.

use std::time::Duration;

use assert_cmd::Command;
use predicates::prelude::*;

#[test]
fn without_a_terminal_the_browser_explains_and_exits_2() {
    for args in [
        &[][..],
        &["tests/fixtures/seed"][..],
        &["browse", "tests/fixtures/seed"][..],
    ] {
        Command::cargo_bin("renkei")
            .unwrap()
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .args(args)
            .timeout(Duration::from_secs(20))
            .assert()
            .code(2)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains("needs a terminal"))
            .stderr(predicate::str::contains("renkei check"))
            .stderr(predicate::str::contains("renkei export"));
    }
}

#[test]
fn browse_rejects_an_unknown_language() {
    Command::cargo_bin("renkei")
        .unwrap()
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(["browse", "--lang", "fr"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("ja"));
}
