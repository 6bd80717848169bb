//! Hostile file shapes of a given size, for the `hostile` benchmark and
//! the `hostile_shapes` example that writes them at the 16 MiB limit
//! (docs/security.md has the figures). Each shape repeats one unit until
//! the file reaches the size asked for, so N and 4N bytes compare.

use std::fmt::Write as _;
use std::path::Path;

/// The head every network file of a shape starts with.
const HEAD: &str = "name: 生成\nprogram: other\nprefecture: 広島県\n";

/// A shape of file (or folder) that once cost more than its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `- x` members, one per line: a million errors.
    Bare,
    /// `{org: a}` members on one line: one duplicate per member.
    FlowLine,
    /// One member with unknown fields `fN: 1`, one per line.
    UnknownFields,
    /// Every member listed twice.
    Duplicated,
    /// Distinct short organisation names from a small alphabet: every
    /// name is like hundreds of others (suggestion work).
    SimilarNames,
    /// A registry of organisations with an alias each.
    Registry,
    /// Members carrying 100 levels of flow nesting under an unknown field
    /// (the limit is 128).
    Deep,
    /// Members whose organisation names are 20,000 characters long (over
    /// the 10,000 limit).
    LongScalars,
    /// Small network files, one per `files`-th of the size.
    ManyFiles,
}

impl Shape {
    pub const ALL: [Shape; 9] = [
        Shape::Bare,
        Shape::FlowLine,
        Shape::UnknownFields,
        Shape::Duplicated,
        Shape::SimilarNames,
        Shape::Registry,
        Shape::Deep,
        Shape::LongScalars,
        Shape::ManyFiles,
    ];

    /// A short name, used as the folder name.
    pub fn name(self) -> &'static str {
        match self {
            Shape::Bare => "bare",
            Shape::FlowLine => "flow-line",
            Shape::UnknownFields => "unknown-fields",
            Shape::Duplicated => "duplicated",
            Shape::SimilarNames => "similar-names",
            Shape::Registry => "registry",
            Shape::Deep => "deep",
            Shape::LongScalars => "long-scalars",
            Shape::ManyFiles => "many-files",
        }
    }

    /// Writes the shape into `dir` (created), about `bytes` long in all
    /// and never longer; returns how many units (members, fields,
    /// organisations, files) it holds.
    ///
    /// # Errors
    /// Writing the files.
    pub fn write(self, dir: &Path, bytes: usize) -> std::io::Result<usize> {
        std::fs::create_dir_all(dir)?;
        if self == Shape::ManyFiles {
            return many_files(dir, bytes);
        }
        let (text, units) = self.text(bytes);
        std::fs::write(dir.join(format!("{}.yaml", self.name())), text)?;
        Ok(units)
    }

    /// The text of a one-file shape and its number of units.
    fn text(self, bytes: usize) -> (String, usize) {
        let (head, tail): (String, &str) = match self {
            Shape::FlowLine => (format!("{HEAD}members: ["), "]\n"),
            Shape::UnknownFields => (format!("{HEAD}members:\n  - org: 広島大学\n"), ""),
            Shape::Registry => ("organizations:\n".to_owned(), ""),
            _ => (format!("{HEAD}members:\n"), ""),
        };
        let mut out = head;
        let mut unit = String::new();
        let mut n = 0;
        loop {
            unit.clear();
            self.unit(n, &mut unit);
            if out.len() + unit.len() + tail.len() > bytes {
                break;
            }
            out.push_str(&unit);
            n += 1;
        }
        out.push_str(tail);
        (out, n)
    }

    /// The `i`-th repeated unit of a one-file shape.
    fn unit(self, i: usize, out: &mut String) {
        match self {
            Shape::Bare => out.push_str("- x\n"),
            Shape::FlowLine => out.push_str(if i == 0 { "{org: a}" } else { ", {org: a}" }),
            Shape::UnknownFields => {
                let _ = writeln!(out, "    f{i}: 1");
            }
            Shape::Duplicated => {
                let name = name_of(i / 2);
                let _ = writeln!(out, "- org: {name}");
            }
            Shape::SimilarNames => {
                let _ = writeln!(out, "- org: {}", similar_name(i));
            }
            Shape::Registry => {
                let name = name_of(i);
                let _ = writeln!(out, "  - name: {name}\n    aliases: [{name}株式会社]");
            }
            Shape::Deep => {
                let depth = 100;
                let _ = writeln!(
                    out,
                    "- org: {}\n  x: {}1{}",
                    name_of(i),
                    "[".repeat(depth),
                    "]".repeat(depth)
                );
            }
            Shape::LongScalars => {
                let _ = writeln!(out, "- org: {}", "長".repeat(20_000));
            }
            Shape::ManyFiles => {}
        }
    }
}

/// Small network files of about 300 bytes each, five members apiece, until
/// `bytes` are written.
fn many_files(dir: &Path, bytes: usize) -> std::io::Result<usize> {
    let mut written = 0;
    let mut n = 0;
    loop {
        let mut text = format!("name: 生成{n}\nprogram: other\nprefecture: 広島県\nmembers:\n");
        for m in 0..5 {
            let _ = writeln!(text, "  - org: {}", name_of(n * 5 + m));
        }
        if written + text.len() > bytes {
            return Ok(n);
        }
        written += text.len();
        let sub = dir.join(format!("d{}", n / 1000));
        std::fs::create_dir_all(&sub)?;
        std::fs::write(sub.join(format!("n{n}.yaml")), text)?;
        n += 1;
    }
}

/// A distinct organisation name for every `i`: 組織 and `i` in kanji digits.
fn name_of(i: usize) -> String {
    const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let digits: String = i
        .to_string()
        .bytes()
        .map(|b| DIGITS[usize::from(b - b'0')])
        .collect();
    format!("組織{digits}")
}

/// A distinct name of four characters from an alphabet of 40, so that each
/// bigram is shared by about 1 in 40 names: the hardest case for the
/// similarity blocking.
fn similar_name(i: usize) -> String {
    const ALPHABET: &str =
        "東西南北山川田中村木林森石井上下大小高長本松竹梅花鳥風月海空星雲金銀銅鉄水火土日";
    let chars: Vec<char> = ALPHABET.chars().collect();
    let base = chars.len();
    let mut n = i;
    let mut out = String::new();
    for _ in 0..4 {
        out.push(chars[n % base]);
        n /= base;
    }
    // Past 40^4 names a counter keeps them distinct.
    if n > 0 {
        let _ = write!(out, "{n}");
    }
    out.push('会');
    out
}
