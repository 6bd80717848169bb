//! Just enough YAML writing for registry snippets: scalars that survive
//! being pasted into a block or a flow sequence.

/// `s` as a YAML scalar: plain when that reads back as the same string,
/// else double-quoted.
pub(crate) fn scalar(s: &str) -> String {
    if is_plain_safe(s) {
        s.to_owned()
    } else {
        quoted(s)
    }
}

fn is_plain_safe(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    let last = s.chars().next_back().unwrap_or(first);
    if first.is_whitespace() || last.is_whitespace() || "-?:,[]{}#&*!|>'\"%@`".contains(first) {
        return false;
    }
    if s.contains(": ") || s.contains(" #") || s.ends_with(':') {
        return false;
    }
    if s.chars().any(|c| c.is_control() || ",[]{}".contains(c)) {
        return false;
    }
    !looks_typed(s)
}

/// Plain scalars YAML 1.1 or 1.2 readers would take for something other
/// than a string.
fn looks_typed(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "~" | "null" | "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n"
    ) || s.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == '+')
}

fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                // Control characters are all below U+10000, so YAML's
                // four-digit escape is enough.
                let code = u32::from(c);
                out.push_str("\\u");
                for shift in [12, 8, 4, 0] {
                    out.push(char::from_digit((code >> shift) & 0xF, 16).unwrap_or('0'));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::scalar;

    #[test]
    fn japanese_names_stay_plain() {
        assert_eq!(scalar("高知工科大学"), "高知工科大学");
        assert_eq!(scalar("山田 太郎"), "山田 太郎");
        assert_eq!(scalar("マツダ（株）"), "マツダ（株）");
        assert_eq!(scalar("NTT"), "NTT");
    }

    #[test]
    fn risky_names_are_quoted() {
        assert_eq!(scalar("A, B"), "\"A, B\"");
        assert_eq!(scalar("3M"), "\"3M\"");
        assert_eq!(scalar("yes"), "\"yes\"");
        assert_eq!(scalar("-x"), "\"-x\"");
        assert_eq!(scalar("a: b"), "\"a: b\"");
        assert_eq!(scalar("\"hi\""), "\"\\\"hi\\\"\"");
        assert_eq!(scalar(""), "\"\"");
        assert_eq!(scalar("a\u{7}b"), "\"a\\u0007b\"");
    }
}
