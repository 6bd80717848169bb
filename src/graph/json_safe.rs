//! Pieces both halves of the overlap JSON use (`json` and `json_pairs`):
//! terminal-safe serialisation and the `{"kind", "name"}` object.

use serde::Serialize;

use crate::text::json_escape_unsafe;

/// JSON of a value with every character that could drive a terminal
/// (DEL, C1 controls, bidirectional overrides) written as `\uXXXX`, which
/// serde_json leaves raw. Everything `write_json` writes from data goes
/// through here, so its output is safe to print without a second pass.
pub(super) fn safe_json<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    let text = serde_json::to_string(value).unwrap_or_default();
    json_escape_unsafe(&text).into_owned().into_bytes()
}

#[derive(Serialize)]
pub(super) struct Named<'a> {
    pub kind: &'static str,
    pub name: &'a str,
}
