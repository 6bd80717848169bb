//! Hostile input, part 4: spreadsheet formula injection. The fixture
//! tests/fixtures/hostile/csv-injection/payloads.yaml puts known payloads
//! (OWASP "CSV injection", DDE, HYPERLINK and IMPORTXML exfiltration,
//! full-width and space-prefixed forms) in every exported column. Every
//! CSV cell that a spreadsheet could run must be neutralised with a leading
//! `'`, and nothing may be lost: each payload is still there, as text.

mod hostile_support;

use hostile_support::{Case, renkei};

/// Characters a spreadsheet may read as the start of a formula (or that
/// hide one), half- and full-width; see `renkei::export::csv::neutralise`.
fn starts_formula(cell: &str) -> bool {
    let risky = |c: char| "=+-@\t\r\n＝＋－＠".contains(c);
    cell.chars().next().is_some_and(risky)
        || cell
            .trim_start_matches([' ', '\u{3000}'])
            .chars()
            .next()
            .is_some_and(risky)
}

fn cells(csv_text: &str) -> Vec<Vec<String>> {
    let body = csv_text.strip_prefix('\u{feff}').unwrap_or(csv_text);
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn every_payload_is_exported_as_text_not_as_a_formula() {
    let case = Case::new("csv-injection");
    let dir = case.dir_arg();
    for encoding in ["utf-8-bom", "utf-8"] {
        let run = renkei(&[
            "export",
            "contacts",
            &dir,
            "--format",
            "csv",
            "--encoding",
            encoding,
        ]);
        run.code(0);
        let rows = cells(&run.out());
        assert!(rows.len() > 19, "{}", run.out());
        for row in &rows {
            for cell in row {
                assert!(
                    !starts_formula(cell),
                    "{encoding}: live formula `{cell}` in {row:?}"
                );
            }
        }
        // Nothing lost: every payload is there, behind the `'`.
        let text = run.out();
        for payload in [
            "'=HYPERLINK(",
            "'=cmd|",
            "'=DDE(",
            "'@SUM(1+9)*cmd|",
            "'＝1+1",
            "'＠SUM(",
            "'=IMPORTXML(",
        ] {
            assert!(
                text.contains(payload),
                "{encoding}: no {payload} in\n{text}"
            );
        }
    }
}

#[test]
fn the_entities_csv_is_neutralised_too() {
    let case = Case::new("csv-injection");
    let run = renkei(&["entities", &case.dir_arg(), "--format", "csv"]);
    run.code(0);
    for row in cells(&run.out()) {
        for cell in &row {
            assert!(!starts_formula(cell), "live formula `{cell}` in {row:?}");
        }
    }
}

#[test]
fn the_neutraliser_covers_the_known_payloads() {
    use renkei::export::csv::neutralise;
    let payloads = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(hostile_support::HOSTILE)
            .join("csv-injection/payloads.yaml"),
    )
    .unwrap();
    let mut seen = 0;
    for line in payloads
        .lines()
        .filter_map(|l| l.strip_prefix("    title: "))
    {
        let value = line
            .trim_matches(['\'', '"'])
            .replace("''", "'")
            .replace("\\n", "\n");
        let value = value.trim_start_matches('\u{3000}');
        assert!(neutralise(value).starts_with('\''), "{value}");
        seen += 1;
    }
    assert_eq!(seen, 19);
    for text in ["広島大学", "082-000-0000", "yamada@example.jp", "'quoted"] {
        assert_eq!(neutralise(text), text);
    }
    for risky in ["\t=1", " =1", "\u{3000}=1", "-", "\r=1"] {
        assert!(neutralise(risky).starts_with('\''), "{risky:?}");
    }
}
