//! The loader never panics and always returns, whatever the bytes: random
//! bytes, YAML-like token soup, every seed file (tests/fixtures/seed) cut short, and seed
//! files with a few bytes changed. Every diagnostic must also render (text
//! and JSON) and point inside its file.

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use renkei::diag::{JsonDiagnostic, Style, write_text};
use renkei::loader::{LoadOptions, load_dir};
use renkei::model::FileKind;
use renkei::msg::{Lang, Msg};
use tempfile::TempDir;

/// A data directory holding one file, rewritten for each input.
struct Sandbox {
    dir: TempDir,
}

impl Sandbox {
    fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// Loads `bytes` as the directory's only file and checks the result.
    fn load(&self, bytes: &[u8]) {
        std::fs::write(self.dir.path().join("network.yaml"), bytes).unwrap();
        // One thread, so a panic in the loader fails the test instead of
        // being turned into an "internal error" diagnostic.
        let opts = LoadOptions {
            threads: 1,
            ..LoadOptions::default()
        };
        let loaded = load_dir(self.dir.path(), &opts).unwrap();
        let failed = loaded.dataset.files[0].kind == FileKind::Failed;
        assert!(
            !failed || loaded.has_errors(),
            "a file was dropped without an error: {:?}",
            String::from_utf8_lossy(bytes)
        );
        for d in &loaded.diagnostics {
            assert!(d.message != Msg::InternalError, "{}", d.message);
            if let Some(line) = &d.source_line {
                // A long line is kept from `source_from` on.
                let chars = u32::try_from(line.chars().count()).unwrap() + d.source_from;
                assert!(
                    d.pos.column > d.source_from && d.pos.column <= chars + 1,
                    "column {} outside line {line:?} ({})",
                    d.pos.column,
                    d.message
                );
            }
            let mut out = Vec::new();
            write_text(&mut out, d, Style { color: false }, Lang::En).unwrap();
            write_text(&mut out, d, Style { color: true }, Lang::Ja).unwrap();
            serde_json::to_string(&JsonDiagnostic::from(d)).unwrap();
        }
    }
}

/// The frozen seed data: real files, kept apart from the growing networks/.
fn seed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed")
}

fn seed_files() -> Vec<PathBuf> {
    let root = seed_dir();
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|x| x == "yaml"))
        .map(walkdir::DirEntry::into_path)
        .collect();
    files.sort();
    assert!(files.len() > 10, "tests/fixtures/seed not found");
    files
}

fn seed(name: &str) -> String {
    let path = seed_dir().join(name);
    std::fs::read_to_string(path).unwrap()
}

/// Every prefix of `src` that ends on a character boundary.
fn load_every_prefix(src: &str) {
    let sandbox = Sandbox::new();
    for (at, _) in src.char_indices() {
        sandbox.load(&src.as_bytes()[..at]);
    }
    sandbox.load(src.as_bytes());
}

#[test]
fn every_prefix_of_a_network_file_loads() {
    load_every_prefix(&seed("hiroshima/kofukin.yaml"));
}

#[test]
fn every_prefix_of_the_registry_loads() {
    load_every_prefix(&seed("registry.yaml"));
}

#[test]
fn every_seed_file_loads_cut_mid_character_too() {
    let sandbox = Sandbox::new();
    for path in seed_files() {
        let bytes = std::fs::read(&path).unwrap();
        // Byte cuts, so multi-byte characters are split as well.
        for at in (0..bytes.len()).step_by(7) {
            sandbox.load(&bytes[..at]);
        }
    }
}

/// YAML fragments that reach the parser's and validator's corners.
const TOKENS: &[&str] = &[
    "name: ",
    "program: ",
    "prefecture: ",
    "members:",
    "organizations:",
    "people:",
    "id: ",
    "since: ",
    "until: ",
    "- ",
    "org: ",
    "person: ",
    "title: ",
    "sector: ",
    "email: ",
    "kana: ",
    "aliases: ",
    "kofukin",
    "広島県",
    "広島",
    "学",
    "academia",
    "平成30年",
    "2018",
    "99999999999999999999",
    "-1",
    "~",
    "null",
    "true",
    "[",
    "]",
    "{",
    "}",
    ", ",
    ": ",
    ":",
    "? ",
    "\n",
    "\n  ",
    "\n    ",
    "  ",
    "\t",
    "\r\n",
    "#",
    "'",
    "\"",
    "|\n",
    ">-\n",
    "&a ",
    "*a",
    "!tag ",
    "!!str ",
    "<<: ",
    "---\n",
    "...\n",
    "%YAML 1.2\n",
    "\u{feff}",
    "\u{1b}[31m",
    "\u{202e}",
    "ｱ",
    "＠",
    "𠮷",
];

fn token_soup() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(TOKENS), 0..60).prop_map(|t| t.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        Sandbox::new().load(&bytes);
    }

    #[test]
    fn token_soup_never_panics(src in token_soup()) {
        Sandbox::new().load(src.as_bytes());
    }

    #[test]
    fn seed_files_with_changed_bytes_never_panic(
        file in any::<proptest::sample::Index>(),
        edits in proptest::collection::vec((any::<proptest::sample::Index>(), any::<u8>()), 1..6),
    ) {
        let files = seed_files();
        let mut bytes = std::fs::read(file.get(&files)).unwrap();
        for (at, byte) in edits {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        Sandbox::new().load(&bytes);
    }

    #[test]
    fn seed_files_with_a_token_spliced_in_never_panic(
        file in any::<proptest::sample::Index>(),
        at in any::<proptest::sample::Index>(),
        token in proptest::sample::select(TOKENS),
    ) {
        let files = seed_files();
        let src = std::fs::read_to_string(file.get(&files)).unwrap();
        let boundaries: Vec<usize> = src.char_indices().map(|(i, _)| i).collect();
        let cut = *at.get(&boundaries);
        let spliced = format!("{}{token}{}", &src[..cut], &src[cut..]);
        Sandbox::new().load(spliced.as_bytes());
    }
}
