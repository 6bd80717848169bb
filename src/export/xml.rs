//! XML escaping shared by the GraphML and GEXF writers.

use std::fmt::Write as _;

/// Whether XML 1.0 allows `c` at all (§2.2 `Char`).
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Escapes text for element content and for attribute values in double
/// quotes. Line breaks and TAB become character references, so attribute
/// normalisation keeps them; characters XML cannot hold at all become a
/// visible `\u{…}`.
#[must_use]
pub fn escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            '\'' => s.push_str("&apos;"),
            '\n' => s.push_str("&#10;"),
            '\r' => s.push_str("&#13;"),
            '\t' => s.push_str("&#9;"),
            c if !is_xml_char(c) => {
                let _ = write!(s, "\\u{{{:x}}}", u32::from(c));
            }
            c => s.push(c),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_breaks_and_non_characters() {
        assert_eq!(escape("a<b>&\"'"), "a&lt;b&gt;&amp;&quot;&apos;");
        assert_eq!(escape("1\n2"), "1&#10;2");
        assert_eq!(escape("x\u{fffe}\u{1}"), "x\\u{fffe}\\u{1}");
        assert_eq!(escape("𠮷😀"), "𠮷😀");
    }
}
