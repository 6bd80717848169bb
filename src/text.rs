//! Text helpers shared by every printer: control characters, widths, hints.
