//! Loading a data directory: read, decode, parse, validate.
