//! Identity: who is who across spellings.
