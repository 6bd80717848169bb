//! Serde helpers: kinds, sectors and programs as their file spellings
//! (`org`, `academia`, `coi-next`) in the JSON of every model.

// serde's `serialize_with` passes fields by reference.
#![allow(clippy::trivially_copy_pass_by_ref)]

use serde::Serializer;

use crate::identity::EntityKind;
use crate::model::{Program, Sector};

pub(super) fn kind<S: Serializer>(k: &EntityKind, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(k.as_str())
}

pub(super) fn sector<S: Serializer>(x: &Sector, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(x.id())
}

pub(super) fn program<S: Serializer>(p: &Program, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(p.id())
}
