//! The page on hand-built data: escaping, self-containment, determinism,
//! and labels of the drawing that never overlap.

use super::{Report, html, svg};
use crate::graph::{Filter, Overlap, Sampling};
use crate::identity::resolve;
use crate::model::{Dataset, Network, Program, Sector};
use crate::testkit::{Data, org_in, person};

const HOSTILE: &str = "<script>alert(1)</script>協議会";

fn data() -> Dataset {
    let mut d = Data::default();
    d.net_in(
        "kochi/a",
        Program::Kofukin,
        "高知県",
        vec![
            org_in(
                "高知県公立大学法人高知工科大学地域連携機構産学官民連携センター",
                Sector::Academia,
            ),
            org_in("高知県", Sector::Government),
            org_in("<img src=x onerror=alert(1)>株式会社", Sector::Industry),
            person("受田 浩之", None),
        ],
    )
    .net_in(
        "kochi/b",
        Program::CoiNext,
        "高知県",
        vec![
            org_in(
                "高知県公立大学法人高知工科大学地域連携機構産学官民連携センター",
                Sector::Academia,
            ),
            org_in("高知県", Sector::Government),
            org_in("<img src=x onerror=alert(1)>株式会社", Sector::Industry),
            person("受田 浩之", None),
        ],
    )
    .net_in(
        "kochi/c",
        Program::Platform,
        "高知県",
        vec![
            org_in("高知県", Sector::Government),
            org_in("高知大学", Sector::Academia),
        ],
    );
    let mut ds = d.done();
    let first: &mut Network = &mut ds.networks[0];
    first.name = HOSTILE.into();
    first.source = Some("javascript:alert(1)".into());
    ds
}

fn page(ds: &Dataset) -> (String, Report) {
    let res = resolve(ds);
    let ov = Overlap::new(ds, &res);
    let view = ov.view(ds, &res, &Filter::default());
    let report = Report::build(
        &view,
        Sampling::Exact,
        &|_| Some("2026-12-01".into()),
        "9.9.9",
    );
    let mut out = Vec::new();
    html::write(&mut out, &report).unwrap();
    (String::from_utf8(out).unwrap(), report)
}

#[test]
fn every_data_string_stays_text() {
    let (html, _) = page(&data());
    assert!(!html.contains("<script"), "a script tag got through");
    assert!(!html.contains("<img"), "an img tag got through");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;協議会"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;株式会社"));
    // Not a web address: shown as text, never as a link.
    assert!(!html.contains("href=\"javascript"));
}

#[test]
fn the_page_needs_nothing_from_outside() {
    let (html, _) = page(&data());
    for forbidden in [
        "<link",
        " src=\"",
        "@import",
        "url(",
        "<script",
        "<iframe",
        "@font-face",
    ] {
        assert!(!html.contains(forbidden), "{forbidden}");
    }
    assert!(html.contains("Content-Security-Policy"));
    assert!(html.contains("@page { size: A4 landscape"));
    assert!(html.contains("\"Noto Sans CJK JP\""));
    assert!(html.contains("renkei 9.9.9") && html.contains("2026-12-01"));
}

#[test]
fn the_same_report_gives_the_same_bytes() {
    let ds = data();
    assert_eq!(page(&ds).0, page(&ds).0);
}

#[test]
fn labels_of_the_drawing_never_overlap() {
    let (html, report) = page(&data());
    assert!(html.contains("<svg"));
    let labels = svg::labels(&report.lanes);
    // A heading and a fold count per lane, a label per shared row.
    assert_eq!(labels.len(), 3 + report.lanes.rows.len() + 3);
    for (i, a) in labels.iter().enumerate() {
        for b in &labels[i + 1..] {
            assert!(!a.overlaps(b), "{a:?} overlaps {b:?}");
        }
    }
}
