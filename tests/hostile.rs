//! Hostile input, part 1: limits. Each case is a folder in
//! tests/fixtures/hostile/ with a good file beside the hostile one; what
//! git cannot hold (links, pipes, huge or deep files, odd names) is made
//! in a copy of the folder at test time. Every case asserts the exit code,
//! the message and that the good file still loads.

mod hostile_support;

use std::time::{Duration, Instant};

use hostile_support::{Case, assert_diag, assert_terminal_safe, summary};

/// One network from good.yaml, the hostile file counted but not loaded.
const GOOD_ONLY: &str =
    "checked 2 files (1 network, 0 registries, 1 not loaded): 1 error, 0 warnings";

#[test]
fn billion_laughs_is_refused_at_the_alias_that_crosses_the_budget() {
    let case = Case::new("alias-bomb");
    let started = Instant::now();
    let run = case.check(&[]);
    run.code(1);
    assert!(started.elapsed() < Duration::from_secs(20));
    let out = run.out();
    assert_diag(
        &out,
        "error: YAML aliases expand to more than 100000 values here (an \"alias bomb\"); this file is not loaded",
        &format!("{}:7:9", case.shown("bomb.yaml")),
        Some("*e"),
    );
    assert!(summary(&out).starts_with(GOOD_ONLY), "{out}");
}

#[test]
fn one_anchor_aliased_many_times_is_refused_too() {
    // serde_yaml's repetition limit does not see this one: 20,000 aliases
    // of a 20,000-item list (180 KB) took minutes and gigabytes before.
    let case = Case::new("alias-quadratic");
    let items = vec!["x"; 20_000].join(",");
    let aliases = "  - *a\n".repeat(20_000);
    case.write(
        "huge.yaml",
        format!(
            "name: x\nprogram: other\nprefecture: 高知県\nnote: &a [{items}]\nmembers:\n{aliases}"
        ),
    );
    let started = Instant::now();
    let run = case.check(&[]);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    run.code(1);
    let out = run.out();
    let head = "error: YAML aliases expand to more than 100000 values here (an \"alias bomb\"); this file is not loaded";
    assert_diag(
        &out,
        head,
        &format!("{}:10:5", case.shown("huge.yaml")),
        Some("*a"),
    );
    assert_diag(
        &out,
        head,
        &format!("{}:106:5", case.shown("many-aliases.yaml")),
        Some("*a"),
    );
    assert!(
        summary(&out)
            .starts_with("checked 3 files (1 network, 0 registries, 2 not loaded): 2 errors"),
        "{out}"
    );
}

#[test]
fn nesting_100000_deep_is_a_syntax_error_with_a_short_snippet() {
    let case = Case::new("deep-nesting");
    let depth = 100_000;
    case.write(
        "flow.yaml",
        format!("{}{}", "[".repeat(depth), "]".repeat(depth)),
    );
    case.write("block.yaml", format!("{}x\n", "- ".repeat(depth)));
    // Block mappings, one level per line (the indentation restarts every
    // 200 lines, which closes them all).
    case.write(
        "mapping.yaml",
        std::iter::once("summary:\n".to_owned())
            .chain((1..depth).map(|i| format!("{}k:\n", " ".repeat(i % 200))))
            .collect::<String>(),
    );
    let run = case.check(&[]);
    run.code(1);
    let out = run.out();
    let head = "error: lists and mappings are nested too deeply (over 128 levels); this file is not loaded";
    for (file, at) in [("block.yaml", "1:257"), ("flow.yaml", "1:129")] {
        assert_diag(&out, head, &format!("{}:{at}", case.shown(file)), None);
    }
    assert_eq!(out.matches(head).count(), 3, "{out}");
    assert!(out.contains("= help: a network file needs a few levels"));
    // The 200,000-character line is cut to a window around the column.
    assert!(out.lines().all(|l| l.chars().count() < 600), "{out}");
    assert!(
        summary(&out)
            .starts_with("checked 4 files (1 network, 0 registries, 3 not loaded): 3 errors"),
        "{out}"
    );
}

/// libyaml's scanner is quadratic in flow depth: 100,000 `[` took seconds,
/// under a skipped field (`note:`) with no limit at all. The byte-level
/// pre-pass refuses them at the 129th opener.
#[test]
fn deep_flow_nesting_is_refused_before_the_parser_even_under_a_skipped_field() {
    let case = Case::new("deep-nesting");
    let depth = 100_000;
    let good = std::fs::read_to_string(case.path("good.yaml")).unwrap();
    case.write(
        "note.yaml",
        format!(
            "{good}    note: {}x{}\n",
            "[".repeat(depth),
            "]".repeat(depth)
        ),
    );
    case.write(
        "braces.yaml",
        format!("{}{}", "{a: ".repeat(50_000), "}".repeat(50_000)),
    );
    let started = Instant::now();
    let run = case.check(&[]);
    assert!(started.elapsed() < Duration::from_secs(20));
    run.code(1);
    let out = run.out();
    let head = "error: lists and mappings are nested too deeply (over 128 levels); this file is not loaded";
    let note_line = good.lines().count() + 1;
    assert_diag(
        &out,
        head,
        &format!("{}:{note_line}:{}", case.shown("note.yaml"), 11 + 128),
        None,
    );
    assert_diag(
        &out,
        head,
        &format!("{}:1:{}", case.shown("braces.yaml"), 4 * 128 + 1),
        None,
    );
    assert!(
        summary(&out).starts_with(
            GOOD_ONLY
                .replace("2 files", "3 files")
                .replace("1 not loaded): 1 error", "2 not loaded): 2 errors")
                .as_str()
        ),
        "{out}"
    );
}

#[test]
fn a_file_over_the_size_limit_is_named_with_the_limit() {
    let case = Case::new("large-file");
    let size = std::fs::metadata(case.path("large.yaml")).unwrap().len();
    let run = case.check(&["--max-file-size", "1000"]);
    run.code(1);
    assert_diag(
        &run.out(),
        &format!("error: file is {size} bytes, over the limit of 1000 bytes (--max-file-size)"),
        &case.shown("large.yaml"),
        None,
    );
    run.says("= help: split it into one file per network, or raise the limit with --max-file-size");
    assert!(summary(&run.out()).starts_with(GOOD_ONLY));
    // Raising the limit loads it.
    let run = case.check(&["--max-file-size", "100000"]);
    run.code(0)
        .says("checked 2 files (2 networks, 0 registries): 0 errors");
}

#[test]
fn the_default_size_limit_is_16_mib() {
    let case = Case::new("large-file");
    let big = std::fs::File::create(case.path("dump.yaml")).unwrap();
    big.set_len(17 * 1024 * 1024).unwrap(); // sparse: costs no disk
    let run = case.check(&[]);
    run.code(1);
    run.says(&format!(
        "error: file is {} bytes, over the limit of 16777216 bytes (--max-file-size)",
        17 * 1024 * 1024
    ));
    assert!(
        summary(&run.out()).starts_with("checked 3 files (2 networks, 0 registries, 1 not loaded)")
    );
}

#[test]
fn an_overlong_value_is_an_error_naming_the_limit_and_the_rest_loads() {
    let case = Case::new("long-string");
    let long = "あ".repeat(200_000);
    case.write(
        "summary.yaml",
        format!(
            "name: 長い概要\nprogram: other\nprefecture: 高知県\nsummary: {long}\nmembers: []\n"
        ),
    );
    case.write(
        "name.yaml",
        format!(
            "name: {}\nprogram: other\nprefecture: 高知県\nmembers: []\n",
            "名".repeat(10_001)
        ),
    );
    let run = case.check(&[]);
    run.code(1);
    let out = run.out();
    assert_diag(
        &out,
        "error: `summary` is 200000 characters long, over the limit of 10000; the value is ignored",
        &format!("{}:4:10", case.shown("summary.yaml")),
        None,
    );
    assert_diag(
        &out,
        "error: `name` is 10001 characters long, over the limit of 10000; the value is ignored",
        &format!("{}:1:7", case.shown("name.yaml")),
        None,
    );
    // One error for the name, not a second "`name` is empty".
    assert!(!out.contains("is empty"), "{out}");
    assert!(
        out.lines().all(|l| l.chars().count() < 600),
        "snippet not cut"
    );
    // The network whose summary was dropped still loads.
    assert!(
        summary(&out)
            .starts_with("checked 3 files (2 networks, 0 registries, 1 not loaded): 2 errors"),
        "{out}"
    );
}

#[test]
fn a_megabyte_line_is_cut_in_the_snippet_with_the_caret_in_place() {
    let case = Case::new("long-string");
    let line = format!("summary: \"{}\" : oops\n", "い".repeat(1_000_000));
    case.write(
        "line.yaml",
        format!("name: x\nprogram: other\nprefecture: 高知県\n{line}members: []\n"),
    );
    let run = case.check(&[]);
    run.code(1);
    let out = run.out();
    assert!(
        out.lines().all(|l| l.chars().count() < 600),
        "snippet not cut"
    );
    let b = hostile_support::block(&out, "error: YAML syntax error:");
    let lines: Vec<&str> = b.lines().collect();
    assert!(lines[1].ends_with(":4:1000013"), "{b}");
    let (_, shown) = lines[3].split_once(" | ").unwrap();
    let (_, marker) = lines[4].split_once(" | ").unwrap();
    assert!(
        shown.starts_with("...い") && shown.ends_with(" : oops"),
        "{shown}"
    );
    let col = marker.len() - marker.trim_start().len();
    let before: String = shown.chars().take_while(|&c| c != '"').collect();
    assert_eq!(col, renkei::text::width(&before) + 2, "{b}");
    assert!(summary(&out).starts_with(GOOD_ONLY), "{out}");
}

#[cfg(unix)]
#[test]
fn a_folder_link_loop_is_reported_not_followed() {
    let case = Case::new("symlink-loop");
    std::os::unix::fs::symlink(".", case.path("loop")).unwrap();
    std::fs::create_dir(case.path("sub")).unwrap();
    std::os::unix::fs::symlink("..", case.path("sub/up")).unwrap();
    let run = case.check(&[]);
    run.code(1);
    let out = run.out();
    let head = "error: a folder link points back to a folder above it (a loop); not followed";
    assert_diag(&out, head, &case.shown("loop"), None);
    assert_diag(&out, head, &case.shown("sub/up"), None);
    assert!(
        summary(&out).starts_with("checked 1 file (1 network, 0 registries): 2 errors"),
        "{out}"
    );
}

#[cfg(unix)]
#[test]
fn links_to_nothing_pipes_devices_and_unreadable_files_are_reported() {
    let case = Case::new("unreadable");
    std::os::unix::fs::symlink("nowhere.yaml", case.path("missing.yaml")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", case.path("zero.yaml")).unwrap();
    let fifo = std::process::Command::new("mkfifo")
        .arg(case.path("pipe.yaml"))
        .status()
        .is_ok_and(|s| s.success());
    let run = case.check(&[]);
    run.code(1);
    let out = run.out();
    assert_diag(
        &out,
        "error: a link to `nowhere.yaml`, which does not exist; not read",
        &case.shown("missing.yaml"),
        None,
    );
    assert_diag(
        &out,
        "error: a link to `/dev/zero`, outside the data folder; not followed",
        &case.shown("zero.yaml"),
        None,
    );
    if fifo {
        assert_diag(
            &out,
            "error: not a regular file (a named pipe); not read",
            &case.shown("pipe.yaml"),
            None,
        );
    } else {
        eprintln!("skipped the named pipe: no mkfifo here");
    }
    assert!(
        summary(&out).starts_with("checked 1 file (1 network, 0 registries)"),
        "{out}"
    );
}

/// Links to `/`, `/sys/bus` and `/proc/self` used to be walked forever.
#[cfg(unix)]
#[test]
fn links_leading_outside_the_data_folder_are_not_followed() {
    let case = Case::new("unreadable");
    for (link, to) in [
        ("root", "/"),
        ("bus", "/sys/bus"),
        ("self.yaml", "/proc/self"),
    ] {
        std::os::unix::fs::symlink(to, case.path(link)).unwrap();
    }
    let started = Instant::now();
    let run = case.check(&[]);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "walked outside"
    );
    run.code(1);
    let out = run.out();
    assert_diag(
        &out,
        "error: a link to `/`, outside the data folder; not followed",
        &case.shown("root"),
        None,
    );
    // `/proc/self` resolves to renkei's own process.
    let at = out.find("error: a link to `/proc/").expect(&out);
    assert!(
        out[at..].lines().nth(1).unwrap().ends_with("self.yaml"),
        "{out}"
    );
    assert!(
        summary(&out).starts_with("checked 1 file (1 network, 0 registries)"),
        "{out}"
    );
}

#[cfg(unix)]
#[test]
fn a_file_without_read_permission_is_reported() {
    use std::os::unix::fs::PermissionsExt as _;
    let case = Case::new("unreadable");
    case.write("secret.yaml", "name: x\n");
    let path = case.path("secret.yaml");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        eprintln!("skipped: running as root, which reads files without permission");
        return;
    }
    let run = case.check(&[]);
    run.code(1);
    assert_diag(
        &run.out(),
        "error: cannot read: Permission denied (os error 13)",
        &case.shown("secret.yaml"),
        None,
    );
    assert!(summary(&run.out()).starts_with(GOOD_ONLY));
}

#[test]
fn odd_file_names_load_and_print_escaped() {
    let case = Case::new("odd-paths");
    let good = std::fs::read(case.path("good.yaml")).unwrap();
    std::fs::create_dir(case.path("日本語 フォルダ")).unwrap();
    let names = [
        "with space.yaml",
        "日本語 フォルダ/ネットワーク.yml",
        "quote'; rm -rf ~; '.yaml",
        "new\nline.yaml",
        "esc\u{1b}]0;pwned\u{7}.yaml",
        "rlo\u{202e}lmay.yaml",
    ];
    for name in names {
        case.write(name, &good);
    }
    let run = case.check(&[]);
    run.code(0);
    assert_terminal_safe("check", &run.stdout);
    let out = run.out();
    for (name, c) in [
        ("new\\u{a}line.yaml", "a line break (U+000A)"),
        ("esc\\u{1b}]0;pwned\\u{7}.yaml", "ESC (U+001B)"),
        ("rlo\\u{202e}lmay.yaml", "a right-to-left override (U+202E)"),
    ] {
        assert_diag(
            &out,
            &format!("warning: the file's path contains a control character, {c}"),
            &format!("{}/{name}", case.dir_arg()),
            None,
        );
    }
    assert!(
        summary(&out)
            .starts_with("checked 7 files (7 networks, 0 registries): 0 errors, 3 warnings"),
        "{out}"
    );
    let (code, json) = case.check_json(&[]);
    assert_eq!(code, 0);
    let files: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    assert!(
        files
            .iter()
            .any(|f| f.ends_with("esc\u{1b}]0;pwned\u{7}.yaml")),
        "{files:?}"
    );
}

#[test]
fn a_folder_named_like_a_yaml_file_is_read_with_a_warning() {
    let case = Case::new("folder-named-yaml");
    let run = case.check(&[]);
    run.code(0);
    assert_diag(
        &run.out(),
        "warning: a folder is named like a YAML file; renkei looks inside it",
        &case.shown("trap.yaml"),
        None,
    );
    assert!(
        summary(&run.out())
            .starts_with("checked 2 files (2 networks, 0 registries): 0 errors, 1 warning")
    );
}
