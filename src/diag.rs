//! Diagnostics: what the loader found wrong, and how to print it.
