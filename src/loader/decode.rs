//! Turns a file's bytes into text, or explains why they are not UTF-8.
//!
//! Japanese files written on Windows are often Shift_JIS (CP932) and
//! sometimes UTF-16; reading them as UTF-8 would give mojibake, so they are
//! recognised and the message says how to convert them. With an explicit
//! `--input-encoding` they are decoded instead; a file that is valid UTF-8
//! (or starts with a byte-order mark) is still read as what it is, so a
//! folder mixing encodings reads right.

use std::borrow::Cow;

use encoding_rs::{DecoderResult, EUC_JP, Encoding, SHIFT_JIS, UTF_16BE, UTF_16LE};

use crate::diag::Pos;
use crate::msg::Msg;

/// Why a file's bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub pos: Pos,
    pub message: Msg,
    pub help: Msg,
}

/// The encoding of files that are not UTF-8 (`--input-encoding`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputEncoding {
    /// UTF-8 only: other encodings are recognised and reported.
    #[default]
    Utf8,
    /// Shift_JIS as Windows writes it (CP932).
    ShiftJis,
    EucJp,
    /// UTF-16 little-endian when the file has no byte-order mark.
    Utf16Le,
    /// UTF-16 big-endian when the file has no byte-order mark.
    Utf16Be,
}

impl InputEncoding {
    /// The name messages use.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            InputEncoding::Utf8 => "UTF-8",
            InputEncoding::ShiftJis => "Shift_JIS (CP932)",
            InputEncoding::EucJp => "EUC-JP",
            InputEncoding::Utf16Le => "UTF-16 (little-endian)",
            InputEncoding::Utf16Be => "UTF-16 (big-endian)",
        }
    }

    fn encoding(self) -> Option<&'static Encoding> {
        match self {
            InputEncoding::Utf8 => None,
            // encoding_rs's Shift_JIS is the WHATWG one, i.e. CP932.
            InputEncoding::ShiftJis => Some(SHIFT_JIS),
            InputEncoding::EucJp => Some(EUC_JP),
            InputEncoding::Utf16Le => Some(UTF_16LE),
            InputEncoding::Utf16Be => Some(UTF_16BE),
        }
    }
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Returns the text of a file (a BOM is dropped), or what is wrong.
/// `shown` is the path as printed in the conversion hint; `enc` is the
/// encoding to assume for files that are not UTF-8.
///
/// # Errors
/// With [`InputEncoding::Utf8`]: UTF-16 (with or without BOM), Shift_JIS,
/// EUC-JP or otherwise invalid UTF-8. With another encoding: bytes that are
/// not valid in it. Either way pointing at the first bad byte's line and
/// column.
// A file fails to decode at most once per load: boxing the error would
// buy nothing measurable.
#[allow(clippy::result_large_err)]
pub fn decode<'a>(
    bytes: &'a [u8],
    shown: &str,
    enc: InputEncoding,
) -> Result<Cow<'a, str>, DecodeError> {
    if bytes.starts_with(UTF8_BOM) {
        // Two marks (a file saved twice by a tool that adds one) are read
        // as one; the loader warns about the extra ones.
        return utf8(strip_boms(bytes), shown).map(Cow::Borrowed);
    }
    if let Some((little, bom)) = utf32(bytes) {
        return Err(utf32_error(little, bom, shown));
    }
    let explicit_utf16 = matches!(enc, InputEncoding::Utf16Le | InputEncoding::Utf16Be);
    if let Some(order) = utf16(bytes) {
        if !explicit_utf16 {
            let le = order == InputEncoding::Utf16Le;
            // Without a BOM, iconv's `UTF-16` means big-endian: name the
            // order so the command cannot garble the file.
            let from = match (
                bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF"),
                le,
            ) {
                (true, _) => "UTF-16",
                (false, true) => "UTF-16LE",
                (false, false) => "UTF-16BE",
            };
            return Err(DecodeError {
                pos: Pos::new(1, 1),
                message: Msg::Utf16NotUtf8 {
                    encoding: order.label(),
                },
                help: Msg::HelpConvertUtf16 {
                    from,
                    file: shell_quote(shown),
                    flag: if le { "utf-16le" } else { "utf-16be" },
                },
            });
        }
        // The byte-order mark, or the evident byte order, wins over the flag.
        let body = bytes
            .strip_prefix(b"\xFF\xFE")
            .or_else(|| bytes.strip_prefix(b"\xFE\xFF"))
            .unwrap_or(bytes);
        return decode_as(order, body).map(Cow::Owned);
    }
    match enc {
        InputEncoding::Utf8 => utf8(bytes, shown).map(Cow::Borrowed),
        other => match std::str::from_utf8(bytes) {
            // Valid UTF-8 is read as UTF-8 whatever the flag says: Japanese
            // text in another encoding is practically never valid UTF-8.
            Ok(text) if !bytes.contains(&0) => Ok(Cow::Borrowed(text)),
            _ => decode_as(other, bytes).map(Cow::Owned),
        },
    }
}

#[allow(clippy::result_large_err)] // as for `decode`
fn utf8<'a>(body: &'a [u8], shown: &str) -> Result<&'a str, DecodeError> {
    std::str::from_utf8(body).map_err(|e| {
        let good = &body[..e.valid_up_to()];
        // The prefix is valid UTF-8 by construction.
        let prefix = std::str::from_utf8(good).unwrap_or_default();
        let (message, help) = explain(body, &body[e.valid_up_to()..], shown);
        DecodeError {
            pos: end_of(prefix),
            message,
            help,
        }
    })
}

/// Decodes `bytes` as `enc`, or points at the first invalid sequence.
#[allow(clippy::result_large_err)] // as for `decode`
fn decode_as(enc: InputEncoding, bytes: &[u8]) -> Result<String, DecodeError> {
    let Some(encoding) = enc.encoding() else {
        return Ok(String::from_utf8_lossy(bytes).into_owned());
    };
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(usize::MAX / 2);
    let mut out = String::new();
    if out.try_reserve_exact(capacity).is_err() {
        return Err(DecodeError {
            pos: Pos::new(1, 1),
            message: Msg::TooLargeToDecode {
                encoding: enc.label(),
            },
            help: Msg::HelpConvertFirst,
        });
    }
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        DecoderResult::InputEmpty => Ok(out),
        DecoderResult::Malformed(bad, after) => {
            let at = read.saturating_sub(usize::from(bad) + usize::from(after));
            let byte = bytes.get(at).copied().unwrap_or(0);
            Err(DecodeError {
                pos: end_of(&out),
                message: Msg::InvalidInEncoding {
                    encoding: enc.label(),
                    byte,
                },
                help: Msg::HelpCheckEncoding {
                    encoding: enc.label(),
                },
            })
        }
        DecoderResult::OutputFull => Err(DecodeError {
            pos: end_of(&out),
            message: Msg::CannotDecode {
                encoding: enc.label(),
            },
            help: Msg::HelpConvertFirst,
        }),
    }
}

/// The position just after `prefix`: where the first bad byte stands.
fn end_of(prefix: &str) -> Pos {
    super::context::pos_at_byte(prefix, prefix.len())
}

fn explain(body: &[u8], bad: &[u8], shown: &str) -> (Msg, Msg) {
    let byte = bad.first().copied().unwrap_or(0);
    let (name, from, flag) = if SHIFT_JIS
        .decode_without_bom_handling_and_without_replacement(body)
        .is_some()
    {
        ("Shift_JIS (CP932)", "CP932", "shift_jis")
    } else if EUC_JP
        .decode_without_bom_handling_and_without_replacement(body)
        .is_some()
    {
        ("EUC-JP", "EUC-JP", "euc-jp")
    } else {
        return (Msg::InvalidUtf8 { byte }, Msg::HelpDamaged);
    };
    (
        Msg::NotUtf8 { name, byte },
        Msg::HelpConvertFrom {
            from,
            file: shell_quote(shown),
            flag,
        },
    )
}

/// `s` in single quotes for a POSIX shell, so a file name with a quote or
/// `;` in it cannot turn the suggested command into another one.
fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// `bytes` without its leading UTF-8 byte-order marks.
#[must_use]
pub fn strip_boms(mut bytes: &[u8]) -> &[u8] {
    while let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        bytes = rest;
    }
    bytes
}

/// How many UTF-8 byte-order marks `bytes` starts with.
#[must_use]
pub fn leading_boms(bytes: &[u8]) -> usize {
    (bytes.len() - strip_boms(bytes).len()) / UTF8_BOM.len()
}

/// Detects UTF-32 (little-endian when `.0`, with a BOM when `.1`): by its
/// BOM (checked before UTF-16's, which `FF FE 00 00` starts with too), or
/// by its characters, which below U+10000 all have two NUL bytes on the
/// same side. Nothing else renkei reads looks like that.
fn utf32(bytes: &[u8]) -> Option<(bool, bool)> {
    if bytes.starts_with(b"\xFF\xFE\x00\x00") {
        return Some((true, true));
    }
    if bytes.starts_with(b"\x00\x00\xFE\xFF") {
        return Some((false, true));
    }
    let head = &bytes[..bytes.len().min(4096)];
    let units = head.chunks_exact(4);
    let n = units.len();
    if n < 2 {
        return None;
    }
    let (mut le, mut be) = (0, 0);
    for u in units {
        if u[2] == 0 && u[3] == 0 && u[..2] != [0, 0] {
            le += 1;
        }
        if u[0] == 0 && u[1] == 0 && u[2..] != [0, 0] {
            be += 1;
        }
    }
    // Nine in ten units: a stray character above U+FFFF, or a file cut
    // mid-character at 4 KB, still counts.
    if le * 10 >= n * 9 {
        Some((true, false))
    } else if be * 10 >= n * 9 {
        Some((false, false))
    } else {
        None
    }
}

fn utf32_error(little: bool, bom: bool, shown: &str) -> DecodeError {
    let label = if little {
        "little-endian"
    } else {
        "big-endian"
    };
    // iconv reads a BOM under `UTF-32`; without one, name the order.
    let from = match (bom, little) {
        (true, _) => "UTF-32",
        (false, true) => "UTF-32LE",
        (false, false) => "UTF-32BE",
    };
    DecodeError {
        pos: Pos::new(1, 1),
        message: Msg::Utf32NotUtf8 {
            little: label == "little-endian",
        },
        help: Msg::HelpConvertUtf32 {
            from,
            file: shell_quote(shown),
        },
    }
}

/// Detects UTF-16 by its BOM, or by the NUL bytes its ASCII characters
/// (keys, `:`, line breaks) have on one side: the odd bytes for
/// little-endian, the even ones for big-endian. Japanese text has few NULs,
/// so the whole head counts, and one side must clearly dominate (binary
/// garbage has NULs on both).
fn utf16(bytes: &[u8]) -> Option<InputEncoding> {
    if bytes.starts_with(b"\xFF\xFE") {
        return Some(InputEncoding::Utf16Le);
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return Some(InputEncoding::Utf16Be);
    }
    let head = &bytes[..bytes.len().min(4096)];
    let zeros_at = |parity: usize| {
        head.iter()
            .enumerate()
            .filter(|(i, b)| i % 2 == parity && **b == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    if odd >= 2 && odd > 3 * even {
        Some(InputEncoding::Utf16Le)
    } else if even >= 2 && even > 3 * odd {
        Some(InputEncoding::Utf16Be)
    } else {
        None
    }
}

#[cfg(test)]
mod tests;
