//! Turns a file's bytes into text, or explains why they are not UTF-8.
//!
//! Japanese files written on Windows are often Shift_JIS (CP932) and
//! sometimes UTF-16; reading them as UTF-8 would give mojibake, so they are
//! recognised and the message says how to convert them.

use encoding_rs::{EUC_JP, SHIFT_JIS};

use crate::diag::Pos;

/// Why a file's bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub pos: Pos,
    pub message: String,
    pub help: String,
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Returns the text of a UTF-8 file (a BOM is dropped), or what is wrong.
/// `shown` is the path as printed in the conversion hint.
///
/// # Errors
/// UTF-16 (with or without BOM), Shift_JIS, EUC-JP or otherwise invalid
/// UTF-8, pointing at the first bad byte's line and column.
pub fn decode<'a>(bytes: &'a [u8], shown: &str) -> Result<&'a str, DecodeError> {
    if let Some(enc) = utf16(bytes) {
        return Err(DecodeError {
            pos: Pos::new(1, 1),
            message: format!("file is {enc}, but renkei reads UTF-8"),
            help: format!(
                "convert it, e.g. `iconv -f UTF-16 -t UTF-8 '{shown}' > tmp && mv tmp '{shown}'`, \
                 or in your editor choose \"Save with encoding: UTF-8\""
            ),
        });
    }
    let body = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    match std::str::from_utf8(body) {
        Ok(text) => Ok(text),
        Err(e) => {
            let good = &body[..e.valid_up_to()];
            // The prefix is valid UTF-8 by construction.
            let prefix = std::str::from_utf8(good).unwrap_or_default();
            let line = prefix.matches('\n').count() + 1;
            let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let pos = Pos::new(
                u32::try_from(line).unwrap_or(u32::MAX),
                u32::try_from(column).unwrap_or(u32::MAX),
            );
            let (message, help) = explain(body, &body[e.valid_up_to()..], shown);
            Err(DecodeError { pos, message, help })
        }
    }
}

fn explain(body: &[u8], bad: &[u8], shown: &str) -> (String, String) {
    let byte = bad.first().copied().unwrap_or(0);
    let (name, from) = if SHIFT_JIS
        .decode_without_bom_handling_and_without_replacement(body)
        .is_some()
    {
        ("Shift_JIS (CP932)", "CP932")
    } else if EUC_JP
        .decode_without_bom_handling_and_without_replacement(body)
        .is_some()
    {
        ("EUC-JP", "EUC-JP")
    } else {
        return (
            format!("invalid UTF-8 (byte 0x{byte:02X})"),
            "the file is damaged or in an unknown encoding; save it again as UTF-8".to_owned(),
        );
    };
    (
        format!("file is not UTF-8; it looks like {name} (byte 0x{byte:02X})"),
        format!(
            "convert it, e.g. `iconv -f {from} -t UTF-8 '{shown}' > tmp && mv tmp '{shown}'` \
             (or `nkf -w --overwrite '{shown}'`), or in Excel/Notepad save as \"UTF-8\""
        ),
    )
}

/// Detects UTF-16 by its BOM, or by the NUL bytes that ASCII text has in
/// every other position when it is UTF-16 without one.
fn utf16(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\xFF\xFE") {
        return Some("UTF-16 (little-endian)");
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return Some("UTF-16 (big-endian)");
    }
    let head = &bytes[..bytes.len().min(64)];
    if head.len() < 4 {
        return None;
    }
    let zeros_at = |parity: usize| {
        head.iter()
            .enumerate()
            .filter(|(i, b)| i % 2 == parity && **b == 0)
            .count()
    };
    let half = head.len() / 2;
    if zeros_at(1) * 2 > half {
        Some("UTF-16 (little-endian)")
    } else if zeros_at(0) * 2 > half {
        Some("UTF-16 (big-endian)")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("name: 高知".as_bytes(), "f").unwrap(), "name: 高知");
        let mut bom = UTF8_BOM.to_vec();
        bom.extend_from_slice("name: 高知".as_bytes());
        assert_eq!(decode(&bom, "f").unwrap(), "name: 高知");
    }

    #[test]
    fn shift_jis_is_named_and_pinpointed() {
        let (sjis, _, _) = SHIFT_JIS.encode("name: x\norg: 高知大学\n");
        let err = decode(&sjis, "a.yaml").unwrap_err();
        assert!(err.message.contains("Shift_JIS"), "{}", err.message);
        assert_eq!(err.pos, Pos::new(2, 6));
        assert!(err.help.contains("iconv -f CP932 -t UTF-8 'a.yaml'"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let le: Vec<u8> = "\u{feff}name: x\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert!(
            decode(&le, "f")
                .unwrap_err()
                .message
                .contains("UTF-16 (little-endian)")
        );
        let be: Vec<u8> = "name: abcdef\n"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert!(
            decode(&be, "f")
                .unwrap_err()
                .message
                .contains("UTF-16 (big-endian)")
        );
    }

    #[test]
    fn garbage_is_invalid_utf8_not_a_panic() {
        let err = decode(b"ok\n\xFF\xFF\xFF", "f").unwrap_err();
        assert_eq!(err.pos, Pos::new(2, 1));
    }
}
