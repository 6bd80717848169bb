//! Strict readers for the export round trips: CSV through the csv crate,
//! vCard by RFC 2426's line rules, GraphML through roxmltree.

use std::collections::{BTreeMap, BTreeSet};

pub const BOM: &[u8] = b"\xEF\xBB\xBF";
pub const HEADER: [&str; 9] = [
    "氏名",
    "ふりがな",
    "所属",
    "役職",
    "区分",
    "ネットワーク（役割）",
    "メール",
    "電話",
    "備考",
];

pub fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap()
}

/// Reads a CSV export with the csv crate, checking the BOM, CRLF record
/// ends and the column count; returns the data rows.
pub fn read_csv(bytes: &[u8], bom: bool) -> Vec<Vec<String>> {
    assert_eq!(bytes.starts_with(BOM), bom, "BOM");
    let body = if bom { &bytes[BOM.len()..] } else { bytes };
    assert_crlf_records(body);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body);
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.unwrap();
        assert_eq!(record.len(), HEADER.len(), "{record:?}");
        rows.push(record.iter().map(str::to_owned).collect::<Vec<_>>());
    }
    assert_eq!(rows.remove(0), HEADER);
    rows
}

/// Outside quoted fields every line break is CRLF, and the file ends with
/// one; inside quotes (a note's line break) LF is kept as is.
fn assert_crlf_records(body: &[u8]) {
    assert!(body.ends_with(b"\r\n"), "file ends with CRLF");
    let mut quoted = false;
    for (i, &b) in body.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => assert_eq!(body[i - 1], b'\r', "bare LF at byte {i}"),
            b'\r' if !quoted => assert_eq!(body[i + 1], b'\n', "bare CR at byte {i}"),
            _ => {}
        }
    }
    assert!(!quoted);
}

pub fn assert_no_formula_cell(rows: &[Vec<String>]) {
    let starts = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];
    for row in rows {
        for cell in row {
            let trimmed = cell.trim_start_matches([' ', '\u{3000}']);
            assert!(!trimmed.starts_with(starts), "formula cell {cell:?}");
        }
    }
}

/// A strict reader for RFC 2426 / RFC 2425 content lines: CRLF only, at
/// most 75 octets per physical line, folding by CRLF + one space, no BOM,
/// only the escapes `\\ \, \; \n`, and BEGIN/VERSION:3.0/N/FN/END.
pub fn read_vcards(bytes: &[u8]) -> Vec<BTreeMap<String, Vec<String>>> {
    assert!(!bytes.starts_with(BOM), "no BOM");
    let s = text(bytes);
    assert!(s.ends_with("\r\n"));
    let mut logical: Vec<String> = Vec::new();
    for line in s[..s.len() - 2].split("\r\n") {
        assert!(!line.contains(['\r', '\n']), "bare line break in {line:?}");
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        if let Some(rest) = line.strip_prefix(' ') {
            logical.last_mut().expect("fold at start").push_str(rest);
        } else {
            logical.push(line.to_owned());
        }
    }
    let mut cards = Vec::new();
    let mut card: Option<BTreeMap<String, Vec<String>>> = None;
    for (i, line) in logical.iter().enumerate() {
        let (name, value) = line.split_once(':').expect("name:value");
        assert!(
            name.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-;=,".contains(c)),
            "{name}"
        );
        match (name, value) {
            ("BEGIN", "VCARD") => {
                assert!(card.is_none());
                assert_eq!(logical[i + 1], "VERSION:3.0", "VERSION follows BEGIN");
                card = Some(BTreeMap::new());
            }
            ("END", "VCARD") => {
                let c = card.take().expect("END without BEGIN");
                assert_eq!(c["N"].len(), 1);
                assert_eq!(c["FN"].len(), 1);
                assert!(!c["FN"][0].is_empty());
                cards.push(c);
            }
            _ => {
                let c = card.as_mut().expect("property outside a card");
                let structured = matches!(name, "N" | "ORG");
                let value = unescape(value, structured);
                c.entry(name.to_owned()).or_default().push(value);
            }
        }
    }
    assert!(card.is_none());
    cards
}

/// Undoes RFC 2426 escaping; a structured value keeps `;` between its
/// components (unescaped `;`), a text value may not have one.
fn unescape(value: &str, structured: bool) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('\\') => out.push('\\'),
                Some(',') => out.push(','),
                Some(';') => out.push_str(if structured { "\\;" } else { ";" }),
                Some('n' | 'N') => out.push('\n'),
                other => panic!("bad escape \\{other:?} in {value:?}"),
            },
            ',' => panic!("unescaped comma in {value:?}"),
            ';' => {
                assert!(structured, "unescaped semicolon in {value:?}");
                out.push(';');
            }
            c => out.push(c),
        }
    }
    out
}

/// Parses GraphML with roxmltree: typed keys, every node and edge with a
/// value for every key of its kind, edges between existing nodes. Returns
/// node id → attribute name → value.
pub fn read_graphml(bytes: &[u8]) -> BTreeMap<String, BTreeMap<String, String>> {
    let doc = roxmltree::Document::parse(text(bytes)).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "graphml");
    let mut keys: BTreeMap<&str, (&str, &str)> = BTreeMap::new();
    for k in root.children().filter(|n| n.has_tag_name("key")) {
        assert_eq!(k.attribute("attr.type"), Some("string"));
        keys.insert(
            k.attribute("id").unwrap(),
            (
                k.attribute("for").unwrap(),
                k.attribute("attr.name").unwrap(),
            ),
        );
    }
    let of = |what: &str| -> BTreeSet<&str> {
        keys.iter()
            .filter(|(_, (f, _))| *f == what)
            .map(|(id, _)| *id)
            .collect()
    };
    let (node_keys, edge_keys) = (of("node"), of("edge"));
    let graph = root.children().find(|n| n.has_tag_name("graph")).unwrap();
    let mut nodes = BTreeMap::new();
    for n in graph.children().filter(|n| n.has_tag_name("node")) {
        let data: BTreeMap<String, String> = n
            .children()
            .filter(|d| d.has_tag_name("data"))
            .map(|d| {
                let key = d.attribute("key").unwrap();
                (keys[key].1.to_owned(), d.text().unwrap_or("").to_owned())
            })
            .collect();
        let present: BTreeSet<&str> = n.children().filter_map(|d| d.attribute("key")).collect();
        assert_eq!(present, node_keys, "node {:?}", n.attribute("id"));
        let id = n.attribute("id").unwrap().to_owned();
        assert!(nodes.insert(id, data).is_none(), "duplicate node id");
    }
    for e in graph.children().filter(|n| n.has_tag_name("edge")) {
        let present: BTreeSet<&str> = e.children().filter_map(|d| d.attribute("key")).collect();
        assert_eq!(present, edge_keys);
        assert!(nodes.contains_key(e.attribute("source").unwrap()));
        assert!(nodes.contains_key(e.attribute("target").unwrap()));
    }
    nodes
}
