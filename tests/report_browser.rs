//! `renkei report` in a real browser: headless Chromium renders the page
//! of tests/fixtures/views to PNG, which must not be blank, and its DOM
//! must hold every network's name. Without Chromium the test fails when
//! CI=true (`.ci/run` installs Debian's `chromium`) and is skipped with a
//! note otherwise.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::run;

const DIR: &str = "tests/fixtures/views";
const NAMES: [&str; 4] = [
    "高知県Next次世代型施設園芸農業に関する産学官連携協議会",
    "SAWACHI型健康社会共創拠点",
    "しまんと海藻エコイノベーション共創拠点",
    "高知県・大学等連携協議会",
];

/// The first Chromium-like browser on PATH.
fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .iter()
    .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
    .find(|p| p.is_file())
}

/// Runs the browser headless on `page` with `mode` (`--screenshot=…` or
/// `--dump-dom`), offline and with a throw-away profile.
fn browse(browser: &Path, profile: &Path, mode: &str, page: &Path) -> std::process::Output {
    Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--window-size=1600,1000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(mode)
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap()
}

/// Pixels (of RGB or RGBA 8-bit) that are not near white.
fn ink_pixels(png_file: &Path) -> (usize, usize) {
    let file = std::io::BufReader::new(std::fs::File::open(png_file).unwrap());
    let mut reader = png::Decoder::new(file).read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!(info.bit_depth, png::BitDepth::Eight);
    let channels = info.color_type.samples();
    let pixels = &buf[..info.buffer_size()];
    let total = pixels.len() / channels;
    let ink = pixels
        .chunks(channels)
        .filter(|p| p[..3].iter().any(|&c| c < 200))
        .count();
    (ink, total)
}

#[test]
fn the_report_renders_in_chromium() {
    let Some(browser) = chromium() else {
        let msg =
            "Chromium is not installed (apt-get install chromium); the report was not rendered";
        assert!(std::env::var("CI").as_deref() != Ok("true"), "{msg}");
        eprintln!("note: skipped: {msg}");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("report.html");
    let r = run(&[
        "report",
        DIR,
        "--prefecture",
        "高知県",
        "-o",
        page.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);

    let shot = tmp.path().join("report.png");
    let out = browse(
        &browser,
        &tmp.path().join("p1"),
        &format!("--screenshot={}", shot.display()),
        &page,
    );
    assert!(
        shot.is_file(),
        "no screenshot: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (ink, total) = ink_pixels(&shot);
    // Headings, coloured program bars and text: far more than 1 % ink.
    assert!(
        ink * 100 > total,
        "page looks blank: {ink} of {total} pixels"
    );

    let out = browse(&browser, &tmp.path().join("p2"), "--dump-dom", &page);
    let dom = String::from_utf8(out.stdout).unwrap();
    assert!(dom.contains("<svg"), "no drawing in the DOM");
    for name in NAMES {
        assert!(dom.contains(name), "{name} missing from the rendered page");
    }
}
