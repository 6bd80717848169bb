//! Field conversions from loose YAML values to checked values, each
//! reporting what is wrong and how to fix it.

use unicode_normalization::UnicodeNormalization;

use super::context::FileCtx;
use super::locate::{Step, Target};
use super::loose::Loose;
use crate::model::{PREFECTURES, Prefecture, Program, Sector};
use crate::text::{clip, closest, describe_char, is_unsafe_char, sanitize};

/// The most characters one value may hold. Far more than any name, title or
/// summary needs (Excel holds 32,767 per cell), and little enough that one
/// runaway value cannot flood a terminal or a table.
pub const MAX_TEXT_CHARS: usize = 10_000;

/// Fields whose text may span lines.
const MULTI_LINE: [&str; 2] = ["summary", "note"];

/// A text field. Numbers and booleans are accepted with a warning (YAML
/// reads `phone: 0820000000` as a number and drops the leading zero);
/// lists and mappings are errors. Empty text counts as absent. Text over
/// [`MAX_TEXT_CHARS`] is an error and dropped; control characters are a
/// warning (printers show them escaped).
pub fn text(ctx: &mut FileCtx<'_>, value: Option<Loose>, path: &[Step<'_>]) -> Option<String> {
    let scalar = match value? {
        Loose::Str(s) => {
            let t = s.trim();
            if t.is_empty() || too_long(ctx, t, path) {
                return None;
            }
            unsafe_chars(ctx, t, path);
            invisible_chars(ctx, t, path);
            return Some(if t.len() == s.len() { s } else { t.to_owned() });
        }
        Loose::Null => return None,
        Loose::Int(i) => i.to_string(),
        Loose::Float(f) => f.to_string(),
        Loose::Bool(b) => b.to_string(),
        other @ (Loose::Seq(_) | Loose::Map(_)) => {
            let what = other.describe();
            ctx.error(
                path,
                Target::Value,
                format!("`{}` must be text, found {what}", field(path)),
                Some(match other {
                    Loose::Seq(_) => {
                        "write one value; to record several, add one member per value".to_owned()
                    }
                    _ => "write the value on the same line as the key".to_owned(),
                }),
            );
            return None;
        }
    };
    ctx.warn(
        path,
        Target::Value,
        format!(
            "`{}` is read as a number or true/false, not text",
            field(path)
        ),
        Some(format!(
            "quote it to keep it exactly as written: `{}: \"…\"`",
            field(path)
        )),
    );
    Some(scalar)
}

/// Reports a value over [`MAX_TEXT_CHARS`].
fn too_long(ctx: &mut FileCtx<'_>, s: &str, path: &[Step<'_>]) -> bool {
    if s.len() <= MAX_TEXT_CHARS {
        return false;
    }
    let chars = s.chars().count();
    if chars <= MAX_TEXT_CHARS {
        return false;
    }
    ctx.error(
        path,
        Target::Value,
        format!(
            "`{}` is {chars} characters long, over the limit of {MAX_TEXT_CHARS}; the value is ignored",
            field(path)
        ),
        Some(format!(
            "shorten it; renkei reads at most {MAX_TEXT_CHARS} characters per value"
        )),
    );
    true
}

/// Warns about characters that could drive a terminal or reorder text:
/// C0/C1 controls, DEL and bidirectional controls (see
/// [`is_unsafe_char`]); line breaks are fine in `summary` and `note`.
fn unsafe_chars(ctx: &mut FileCtx<'_>, s: &str, path: &[Step<'_>]) {
    let name = field(path);
    let lines_ok = MULTI_LINE.contains(&name);
    let mut bad = s
        .chars()
        .filter(|&c| is_unsafe_char(c) && !(lines_ok && c == '\n'));
    let Some(first) = bad.next() else {
        return;
    };
    let more = bad.count();
    let what = if more == 0 {
        format!("a control character, {}", describe_char(first))
    } else {
        format!(
            "{} control characters, the first {}",
            more + 1,
            describe_char(first)
        )
    };
    let line_hint = if first == '\n' {
        format!(
            " Line breaks belong only in {}.",
            MULTI_LINE.map(|f| format!("`{f}`")).join(" and ")
        )
    } else {
        String::new()
    };
    ctx.warn(
        path,
        Target::Value,
        format!("`{name}` contains {what}"),
        Some(format!(
            "delete it; such characters can change what a terminal shows or reorder text, so renkei prints them escaped (`{}`).{line_hint}",
            sanitize(&first.to_string())
        )),
    );
}

/// Warns about characters that show as nothing (zero-width space, word
/// joiner, soft hyphen, a BOM) in a name: they are left out when names
/// are compared, but the text keeps them. Bidi controls, already warned
/// about as control characters, are not warned about twice.
fn invisible_chars(ctx: &mut FileCtx<'_>, s: &str, path: &[Step<'_>]) {
    let mut found = s
        .chars()
        .filter(|&c| crate::identity::is_invisible(c) && !is_unsafe_char(c));
    let Some(first) = found.next() else {
        return;
    };
    let more = found.count();
    let name = field(path);
    let what = if more == 0 {
        "an invisible character".to_owned()
    } else {
        format!("{} invisible characters, the first", more + 1)
    };
    ctx.warn(
        path,
        Target::Value,
        format!("`{name}` contains {what} U+{:04X}", u32::from(first)),
        Some("delete it; it shows as nothing, and renkei ignores it when it compares names, so this name still matches the one without it".into()),
    );
}

/// A list of text (`aliases`, `formerly`). A single text is accepted as a
/// one-item list with a warning.
pub fn text_list(ctx: &mut FileCtx<'_>, value: Option<Loose>, path: &[Step<'_>]) -> Vec<String> {
    match value {
        None | Some(Loose::Null) => Vec::new(),
        Some(Loose::Seq(items)) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.into_iter().enumerate() {
                let mut p = path.to_vec();
                p.push(Step::Index(i));
                out.extend(text(ctx, Some(item), &p));
            }
            out
        }
        Some(single @ Loose::Str(_)) => {
            ctx.warn(
                path,
                Target::Value,
                format!("`{}` should be a list", field(path)),
                Some(format!(
                    "write `{}: [名前]` or one `- 名前` per line",
                    field(path)
                )),
            );
            text(ctx, Some(single), path).into_iter().collect()
        }
        Some(other) => {
            ctx.error(
                path,
                Target::Value,
                format!(
                    "`{}` must be a list of names, found {}",
                    field(path),
                    other.describe()
                ),
                Some(format!("write `{}: [名前1, 名前2]`", field(path))),
            );
            Vec::new()
        }
    }
}

/// A year such as `since: 2018`. Japanese era years and full-width digits
/// are not guessed silently, but the hint gives the Western year.
pub fn year(ctx: &mut FileCtx<'_>, value: Option<Loose>, path: &[Step<'_>]) -> Option<i32> {
    let name = field(path);
    let raw = match value? {
        Loose::Null => return None,
        Loose::Int(y) => match i32::try_from(y) {
            Ok(y) if (1868..=2200).contains(&y) => return Some(y),
            _ => y.to_string(),
        },
        Loose::Str(s) => s,
        other => {
            ctx.error(
                path,
                Target::Value,
                format!(
                    "`{name}` must be a year as a number, found {}",
                    other.describe()
                ),
                Some(format!("write e.g. `{name}: 2021`")),
            );
            return None;
        }
    };
    let hint = western_year(&raw).map_or_else(
        || format!("write a four-digit year, e.g. `{name}: 2021`"),
        |y| format!("write `{name}: {y}`"),
    );
    ctx.error(
        path,
        Target::Value,
        format!(
            "`{name}` must be a year as a number (1868–2200), found `{}`",
            sanitize(&clip(&raw, 80))
        ),
        Some(hint),
    );
    None
}

/// Reads "2018", "２０１８", "平成30年", "令和3", "R3", "H30年度" as a
/// Western year, for hints only.
#[must_use]
pub fn western_year(raw: &str) -> Option<i32> {
    let s: String = raw.nfkc().filter(|c| !c.is_whitespace()).collect();
    let s = s.trim_end_matches('度').trim_end_matches('年');
    if let Ok(y) = s.parse::<i32>() {
        return (1868..=2200).contains(&y).then_some(y);
    }
    let eras = [
        ("令和", 2018),
        ("平成", 1988),
        ("昭和", 1925),
        ("大正", 1911),
        ("明治", 1867),
        ("R", 2018),
        ("H", 1988),
        ("S", 1925),
    ];
    eras.iter().find_map(|(era, base)| {
        let n = s.strip_prefix(era)?;
        let n = if n == "元" {
            1
        } else {
            n.parse::<i32>().ok()?
        };
        (1..=64).contains(&n).then_some(base + n)
    })
}

/// Which of the three closed vocabularies a field uses.
#[derive(Clone, Copy)]
pub enum Vocab {
    Program,
    Sector,
    Prefecture,
}

/// Parsed value of a closed-vocabulary field.
pub enum Word {
    Program(Program),
    Sector(Sector),
    Prefecture(Prefecture),
}

/// A value from a closed vocabulary, with a "did you mean" hint.
pub fn word(
    ctx: &mut FileCtx<'_>,
    value: Option<Loose>,
    path: &[Step<'_>],
    vocab: Vocab,
) -> Option<Word> {
    let raw = text(ctx, value, path)?;
    if let Some(w) = lookup(&raw, vocab) {
        return Some(w);
    }
    let help = vocab_help(&raw, vocab);
    ctx.error(
        path,
        Target::Value,
        format!("unknown {} `{}`", field(path), sanitize(&clip(&raw, 80))),
        Some(help),
    );
    None
}

/// The help `renkei check` gives for an unknown value of `vocab`: the
/// likely intended value, then the allowed ones. Also used by commands
/// that take these values as options, so both say the same.
#[must_use]
pub fn vocab_help(raw: &str, vocab: Vocab) -> String {
    let allowed = allowed(vocab);
    match guess(raw, vocab) {
        Some(g) => format!("did you mean `{g}`? allowed: {allowed}"),
        None => format!("allowed: {allowed}"),
    }
}

fn lookup(raw: &str, vocab: Vocab) -> Option<Word> {
    match vocab {
        Vocab::Program => Program::from_id(raw).map(Word::Program),
        Vocab::Sector => Sector::from_id(raw).map(Word::Sector),
        Vocab::Prefecture => Prefecture::from_name(raw).map(Word::Prefecture),
    }
}

fn allowed(vocab: Vocab) -> String {
    match vocab {
        Vocab::Program => "kofukin, coi-next, platform, other".to_owned(),
        Vocab::Sector => {
            "academia (学), government (官), industry (産), finance (金), other".to_owned()
        }
        Vocab::Prefecture => {
            "the full name of one of the 47 都道府県, e.g. 広島県, 東京都, 大阪府, 北海道"
                .to_owned()
        }
    }
}

/// The likely intended value: Japanese labels, case and separator slips,
/// a missing 県/府/都, and small typos.
fn guess(raw: &str, vocab: Vocab) -> Option<String> {
    let norm: String = raw
        .nfkc()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
        .replace('_', "-");
    if let Some(w) = lookup(&norm, vocab) {
        return Some(word_id(&w));
    }
    match vocab {
        Vocab::Program => {
            let by_label = Program::ALL.into_iter().find(|p| {
                norm == p.label_ja().to_lowercase()
                    || norm == "地方大学・地域産業創生交付金" && *p == Program::Kofukin
                    || (norm == "共創の場形成支援プログラム" || norm == "coinext")
                        && *p == Program::CoiNext
                    || norm == "地域連携プラットフォーム" && *p == Program::Platform
            });
            by_label
                .map(|p| p.id().to_owned())
                .or_else(|| closest(&norm, Program::ALL.map(Program::id)).map(str::to_owned))
        }
        Vocab::Sector => {
            let by_label = Sector::ALL.into_iter().find(|s| {
                norm == s.label_ja()
                    || matches!(
                        (norm.as_str(), s),
                        ("大学" | "学術", Sector::Academia)
                            | ("行政" | "自治体" | "gov" | "govt", Sector::Government)
                            | ("企業" | "産業", Sector::Industry)
                            | ("金融" | "銀行", Sector::Finance)
                    )
            });
            by_label
                .map(|s| s.id().to_owned())
                .or_else(|| closest(&norm, Sector::ALL.map(Sector::id)).map(str::to_owned))
        }
        Vocab::Prefecture => guess_prefecture(&norm),
    }
}

fn guess_prefecture(norm: &str) -> Option<String> {
    let stem = |p: &str| p.strip_suffix(['県', '府', '都']).unwrap_or(p).to_owned();
    PREFECTURES
        .iter()
        .find(|p| norm == stem(p) || (norm == "東京" && **p == "東京都"))
        .map(|p| (*p).to_owned())
        .or_else(|| closest(norm, PREFECTURES).map(str::to_owned))
}

fn word_id(w: &Word) -> String {
    match w {
        Word::Program(p) => p.id().to_owned(),
        Word::Sector(s) => s.id().to_owned(),
        Word::Prefecture(p) => p.name().to_owned(),
    }
}

/// The field name a path ends in, for messages.
#[must_use]
pub fn field<'p>(path: &[Step<'p>]) -> &'p str {
    path.iter()
        .rev()
        .find_map(|s| match s {
            Step::Key(k) | Step::KeyNth(k, _) => Some(*k),
            Step::Index(_) => None,
        })
        .unwrap_or("value")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn era_years_become_hints() {
        assert_eq!(western_year("平成30年"), Some(2018));
        assert_eq!(western_year("令和3"), Some(2021));
        assert_eq!(western_year("令和元年度"), Some(2019));
        assert_eq!(western_year("R3"), Some(2021));
        assert_eq!(western_year("２０１８"), Some(2018));
        assert_eq!(western_year("昨年"), None);
    }

    #[test]
    fn guesses_cover_labels_typos_and_suffixes() {
        assert_eq!(
            guess("kofukinn", Vocab::Program).as_deref(),
            Some("kofukin")
        );
        assert_eq!(
            guess("COI_NEXT", Vocab::Program).as_deref(),
            Some("coi-next")
        );
        assert_eq!(guess("交付金", Vocab::Program).as_deref(), Some("kofukin"));
        assert_eq!(guess("広島", Vocab::Prefecture).as_deref(), Some("広島県"));
        assert_eq!(guess("東京", Vocab::Prefecture).as_deref(), Some("東京都"));
        assert_eq!(guess("京都", Vocab::Prefecture).as_deref(), Some("京都府"));
        assert_eq!(guess("学", Vocab::Sector).as_deref(), Some("academia"));
        assert_eq!(
            guess("Industry", Vocab::Sector).as_deref(),
            Some("industry")
        );
        assert_eq!(guess("bank", Vocab::Sector), None);
    }
}
