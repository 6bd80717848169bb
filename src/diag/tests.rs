//! Unit tests of `diag`, kept beside it in their own file.

use super::*;

fn sample() -> Diagnostic {
    Diagnostic {
        pos: Pos::new(3, 13),
        source_line: Some("prefecture: 高知".into()),
        span_chars: 2,
        ..Diagnostic::whole_file(
            Severity::Error,
            PathBuf::from("networks/kochi/kofukin.yaml"),
            Msg::UnknownPrefecture {
                value: "高知".into(),
            },
            Some(Msg::HelpAllowed {
                vocab: crate::msg::Vocab::Prefecture,
                guess: Some("高知県".into()),
            }),
        )
    }
}

#[test]
fn text_has_location_snippet_and_aligned_marker() {
    let mut out = Vec::new();
    write_text(&mut out, &sample(), Style { color: false }, Lang::En).unwrap();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("error: unknown prefecture `高知`"), "{out}");
    assert!(
        out.contains("--> networks/kochi/kofukin.yaml:3:13"),
        "{out}"
    );
    assert!(out.contains("3 | prefecture: 高知"), "{out}");
    // "prefecture: " is 12 cells; 高知 is 4 cells wide.
    assert!(out.contains("  |             ^^^^\n"), "{out}");
    assert!(out.contains("= help: did you mean `高知県`?"), "{out}");
    let mut ja = Vec::new();
    write_text(&mut ja, &sample(), Style { color: false }, Lang::Ja).unwrap();
    let ja = String::from_utf8(ja).unwrap();
    assert!(
        ja.starts_with("エラー: 都道府県「高知」が見つかりません\n"),
        "{ja}"
    );
    assert!(
        ja.contains("= ヒント: 「高知県」ではありませんか？"),
        "{ja}"
    );
    assert!(!out.contains('\x1b'));
}

#[test]
fn data_cannot_inject_escape_sequences() {
    let mut d = sample();
    d.message = Msg::UnknownPrefecture {
        value: "\x1b]0;pwned\x07".into(),
    };
    d.source_line = Some("prefecture: \x1b]0;pwned\x07".into());
    let mut out = Vec::new();
    write_text(&mut out, &d, Style { color: false }, Lang::En).unwrap();
    assert!(!out.contains(&0x1b), "{}", String::from_utf8_lossy(&out));
    assert!(!out.contains(&0x07));
}

#[test]
fn long_lines_are_cut_around_the_column() {
    let mut d = sample();
    let long = format!("summary: {}高知{}", "あ".repeat(5000), "い".repeat(5000));
    d.pos = Pos::new(3, 5010);
    d.span_chars = 2;
    d.source_line = Some(long);
    let mut out = Vec::new();
    write_text(&mut out, &d, Style { color: false }, Lang::En).unwrap();
    let out = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    let (_, shown) = lines[3].split_once(" | ").unwrap();
    assert!(
        shown.starts_with("...あ") && shown.ends_with("い..."),
        "{shown}"
    );
    assert_eq!(shown.chars().count(), SNIPPET_CHARS + 6);
    let (_, marker) = lines[4].split_once(" | ").unwrap();
    let at = shown.find("高知").unwrap();
    assert_eq!(marker, format!("{}^^^^", " ".repeat(width(&shown[..at]))));
    // A line ending in the window's last characters is cut at the start only.
    d.pos = Pos::new(3, 10_010);
    d.span_chars = 1;
    let mut out = Vec::new();
    write_text(&mut out, &d, Style { color: false }, Lang::En).unwrap();
    let out = String::from_utf8(out).unwrap();
    assert!(out.lines().nth(3).unwrap().ends_with("いい"), "{out}");
}

#[test]
fn colour_only_when_asked() {
    let mut out = Vec::new();
    write_text(&mut out, &sample(), Style { color: true }, Lang::En).unwrap();
    assert!(out.contains(&0x1b));
}
