//! Escaping for the report's HTML and SVG: one function both writers share.

/// Escapes text for HTML and XML content and quoted attributes, and
/// drops characters that can reorder or hide text (controls, bidi
/// overrides) by showing them escaped.
#[must_use]
pub fn esc(s: &str) -> String {
    let s = crate::text::sanitize(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
