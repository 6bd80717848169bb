//! Every user-facing message, typed, in Japanese and English.
//!
//! A message is a [`Msg`] value carrying its arguments; [`en`] and [`ja`]
//! each render it with one exhaustive `match`, so a message without a
//! translation does not compile. Each variant has a stable kebab-case
//! [`Msg::code`] that machine-readable output carries (`--format json`),
//! while the English text stays the wording scripts have always seen.

mod catalogue;
mod en;
mod en_words;
mod ja;
mod ja_words;
#[cfg(test)]
mod samples;
#[cfg(test)]
mod samples_cli;
#[cfg(test)]
mod samples_registry;
#[cfg(test)]
mod tests;

pub use catalogue::Msg;

/// The language messages are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    Ja,
    #[default]
    En,
}

impl Lang {
    /// `ja` or `en`.
    #[must_use]
    pub fn from_code(s: &str) -> Option<Lang> {
        match s {
            "ja" => Some(Lang::Ja),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Japanese when the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is
    /// set and not empty starts with `ja`; English otherwise.
    #[must_use]
    pub fn from_env() -> Lang {
        Lang::from_vars(|k| std::env::var(k).ok())
    }

    /// [`Lang::from_env`] over any variable lookup (testable without
    /// touching the process environment).
    #[must_use]
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|k| var(k).filter(|v| !v.is_empty()))
            .unwrap_or_default();
        if value.starts_with("ja") {
            Lang::Ja
        } else {
            Lang::En
        }
    }

    /// The language a command line asks for: the last `--lang ja|en` (or
    /// `--lang=…`) before a lone `--`, else the environment. Read before
    /// clap parses, so clap's own help can be in that language too.
    #[must_use]
    pub fn from_args<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Lang {
        Lang::from_args_or(args, Lang::from_env)
    }

    /// [`Lang::from_args`] with the fallback given.
    #[must_use]
    pub fn from_args_or<S: AsRef<std::ffi::OsStr>>(
        args: &[S],
        fallback: impl FnOnce() -> Lang,
    ) -> Lang {
        let mut found = None;
        let mut it = args.iter().map(|a| a.as_ref().to_str().unwrap_or(""));
        while let Some(a) = it.next() {
            if a == "--" {
                break;
            }
            if a == "--lang" {
                if let Some(l) = it.next().and_then(Lang::from_code) {
                    found = Some(l);
                }
            } else if let Some(l) = a.strip_prefix("--lang=").and_then(Lang::from_code) {
                found = Some(l);
            }
        }
        found.unwrap_or_else(fallback)
    }
}

/// What a YAML value turned out to be, for "must be a list, found …".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    Null,
    Bool,
    Number,
    Text,
    List,
    Mapping,
}

/// What a directory entry that is not a regular file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Special {
    Pipe,
    Socket,
    Device,
    /// A block device: a disk or a partition.
    Disk,
    Folder,
    Other,
}

/// Why a number given on the command line is not one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberProblem {
    Empty,
    InvalidDigit,
    TooLarge,
    TooSmall,
    Zero,
}

impl NumberProblem {
    /// What a parse error of an integer says, when it is one.
    #[must_use]
    pub fn of(e: &std::num::ParseIntError) -> Option<NumberProblem> {
        use std::num::IntErrorKind as K;
        Some(match e.kind() {
            K::Empty => NumberProblem::Empty,
            K::InvalidDigit => NumberProblem::InvalidDigit,
            K::PosOverflow => NumberProblem::TooLarge,
            K::NegOverflow => NumberProblem::TooSmall,
            K::Zero => NumberProblem::Zero,
            _ => return None,
        })
    }
}

/// The kinds of file-system errors a person can act on; the rest keep
/// the system's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoProblem {
    NotFound,
    PermissionDenied,
    AlreadyExists,
    IsADirectory,
    NotADirectory,
    ReadOnly,
    StorageFull,
    Other,
}

/// Which standard stream is not a terminal, for the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoTerminal {
    Stdin,
    Stdout,
    Neither,
}

/// The vocabularies a value must come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vocab {
    Program,
    Sector,
    Prefecture,
}

/// What a required field should look like, for "add …" and "give …".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Example {
    NetworkName,
    Program,
    Prefecture,
    Sector,
    Members,
}

/// Why an e-mail address does not look like one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailProblem {
    FullWidthAt,
    NotOneAt,
    EmptyPart,
    NoDot,
    SpacesOrNonAscii,
}

/// The kinds of duplicate suggestions, as messages name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Org,
    Person,
    Position,
}

impl Msg {
    /// The message in `lang`.
    #[must_use]
    pub fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::render(self),
            Lang::Ja => ja::render(self),
        }
    }

    /// The message in English: the text `--format json` keeps.
    #[must_use]
    pub fn en(&self) -> String {
        en::render(self)
    }
}

impl Msg {
    /// The message an `io::Error` carries, when the error is one of
    /// renkei's own reasons (a worker that stopped, say) rather than the
    /// system's.
    #[must_use]
    pub fn carried(e: &std::io::Error) -> Option<&Msg> {
        e.get_ref().and_then(|inner| inner.downcast_ref::<Msg>())
    }

    /// An I/O error: in English as the system words it, in Japanese by
    /// its kind (with the system's words when the kind says nothing); one
    /// of renkei's own reasons in its own words.
    #[must_use]
    pub fn io(e: &std::io::Error) -> Msg {
        use std::io::ErrorKind as K;
        if let Some(m) = Msg::carried(e) {
            return m.clone();
        }
        let problem = match e.kind() {
            K::NotFound => IoProblem::NotFound,
            K::PermissionDenied => IoProblem::PermissionDenied,
            K::AlreadyExists => IoProblem::AlreadyExists,
            K::IsADirectory => IoProblem::IsADirectory,
            K::NotADirectory => IoProblem::NotADirectory,
            K::ReadOnlyFilesystem => IoProblem::ReadOnly,
            K::StorageFull | K::QuotaExceeded => IoProblem::StorageFull,
            _ => IoProblem::Other,
        };
        Msg::IoError {
            problem,
            detail: e.to_string(),
        }
    }
}

// A message is the error value parsers of command-line options return:
// clap keeps it as the error's source, and renkei renders it in the
// user's language (cli/usage.rs).
impl std::error::Error for Msg {}

impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.en())
    }
}

/// A message with what it is about taken out: the quoted parts (`` `…` ``
/// in English, 「…」 in Japanese) become `…` and runs of digits `N`, so
/// "unknown field `a`" and "unknown field `b`" read as one kind.
#[must_use]
pub fn mask(message: &str) -> String {
    let mut kind = String::with_capacity(message.len().min(120));
    let mut backtick = false;
    let mut bracket = 0usize;
    for c in message.chars() {
        match c {
            '`' if bracket == 0 => {
                if !backtick {
                    kind.push_str("`…`");
                }
                backtick = !backtick;
            }
            '「' if !backtick => {
                if bracket == 0 {
                    kind.push_str("「…」");
                }
                bracket += 1;
            }
            '」' if !backtick && bracket > 0 => bracket -= 1,
            _ if backtick || bracket > 0 => {}
            c if c.is_ascii_digit() => {
                if !kind.ends_with('N') {
                    kind.push('N');
                }
            }
            c => kind.push(c),
        }
    }
    kind
}
