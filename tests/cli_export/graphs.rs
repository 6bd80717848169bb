//! Graph files read back: GraphML and GEXF through roxmltree, JSON through
//! serde_json, DOT through Graphviz when it is installed.

use std::collections::BTreeSet;

use super::readers::{read_graphml, text};
use super::{SEED, TRICKY, export};

#[test]
fn graphml_imports_with_every_attribute() {
    let nodes = read_graphml(&export(&["export", "graph", SEED, "--format", "graphml"]));
    assert!(nodes["network:kochi/kofukin"]["program"] == "kofukin");
    assert_eq!(nodes["org:高知大学"]["kind"], "organization");
    assert!(nodes["org:高知大学"]["program"].contains("coi-next"));
    let nodes = read_graphml(&export(&["export", "graph", TRICKY]));
    assert_eq!(
        nodes["network:council"]["label"],
        "合同会議, \"テスト\"協議会"
    );
    let suzuki = nodes
        .values()
        .find(|n| n["label"].starts_with("鈴木"))
        .unwrap();
    assert_eq!(suzuki["label"], "鈴木\n花子");
    assert_eq!(suzuki["sector"], "academia");
}

#[test]
fn gexf_declares_and_fills_every_attribute() {
    for dir in [SEED, TRICKY] {
        let bytes = export(&["export", "graph", dir, "--format", "gexf"]);
        let doc = roxmltree::Document::parse(text(&bytes)).unwrap();
        let graph = doc.descendants().find(|n| n.has_tag_name("graph")).unwrap();
        let declared = |class: &str| -> BTreeSet<String> {
            graph
                .children()
                .filter(|a| a.has_tag_name("attributes") && a.attribute("class") == Some(class))
                .flat_map(|a| a.children().filter_map(|c| c.attribute("id")))
                .map(str::to_owned)
                .collect()
        };
        let mut ids = BTreeSet::new();
        for (tag, class) in [("node", "node"), ("edge", "edge")] {
            let want = declared(class);
            assert!(!want.is_empty());
            for n in doc.descendants().filter(|n| n.has_tag_name(tag)) {
                assert!(n.attribute("label").is_some());
                let got: BTreeSet<String> = n
                    .descendants()
                    .filter(|v| v.has_tag_name("attvalue"))
                    .map(|v| v.attribute("for").unwrap().to_owned())
                    .collect();
                assert_eq!(got, want);
                if tag == "node" {
                    ids.insert(n.attribute("id").unwrap().to_owned());
                } else {
                    assert!(ids.contains(n.attribute("source").unwrap()));
                    assert!(ids.contains(n.attribute("target").unwrap()));
                }
            }
        }
    }
}

#[test]
fn json_links_point_at_nodes() {
    let bytes = export(&["export", "graph", TRICKY, "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let ids: BTreeSet<&str> = doc["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    let links = doc["links"].as_array().unwrap();
    assert!(!links.is_empty());
    for l in links {
        assert!(ids.contains(l["source"].as_str().unwrap()));
        assert!(ids.contains(l["target"].as_str().unwrap()));
    }
    // 山田 sits in both networks: one node, two membership links.
    let yamada: Vec<_> = doc["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["label"].as_str().unwrap().starts_with("山田"))
        .collect();
    assert_eq!(yamada.len(), 1);
    assert_eq!(
        yamada[0]["program"],
        serde_json::json!(["kofukin", "platform"])
    );
}

#[test]
fn dot_renders_with_graphviz_when_installed() {
    let bytes = export(&["export", "graph", TRICKY, "--format", "dot"]);
    let dot = text(&bytes);
    assert!(dot.starts_with("digraph renkei {\n") && dot.ends_with("}\n"));
    assert!(dot.contains("fontname=\"Noto Sans CJK JP"));
    assert!(dot.contains("label=\"鈴木\\n花子\""));
    let Ok(mut child) = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
    else {
        eprintln!("graphviz not installed; only the text was checked");
        return;
    };
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), &bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("テスト・フォーラム"));
}

#[test]
fn seed_graph_exports_are_byte_identical_across_runs() {
    for format in ["graphml", "gexf", "dot", "json"] {
        let args = ["export", "graph", SEED, "--format", format];
        assert_eq!(export(&args), export(&args), "{format}");
    }
}

/// `dot -Tplain` (Graphviz, when installed; always under CI) lays the
/// graph out in two dimensions, not as one long row of members.
#[test]
fn graphviz_draws_a_readable_layout_with_plain_dot() {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    if std::process::Command::new("dot")
        .arg("-V")
        .output()
        .is_err()
    {
        assert!(!ci, "Graphviz (dot) is required under CI=true");
        eprintln!("skipped: graphviz not installed");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("g.dot");
    std::fs::write(
        &file,
        export(&[
            "export",
            "graph",
            "tests/fixtures/export/excel",
            "--format",
            "dot",
        ]),
    )
    .unwrap();
    let out = std::process::Command::new("dot")
        .arg("-Tplain")
        .arg(&file)
        .output()
        .unwrap();
    let plain = String::from_utf8(out.stdout).unwrap();
    let size: Vec<f64> = plain
        .lines()
        .next()
        .unwrap()
        .split(' ')
        .skip(2)
        .map(|v| v.parse().unwrap())
        .collect();
    let (w, h) = (size[0], size[1]);
    assert!(w / h < 3.0 && h / w < 3.0, "{w} x {h}: {plain}");
}
