//! Lenient serde building blocks: any value, and mappings that record
//! unknown and duplicated keys.
//!
//! A wrong type in one member (a list where a name belongs) must become a
//! diagnostic for that field, not fail the whole file, so nothing here ever
//! rejects a well-formed YAML value.

use std::fmt;

use crate::msg::Found;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// Any YAML value, as parsed.
#[derive(Debug, Clone, PartialEq)]
pub enum Loose {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Loose>),
    Map(Vec<(Loose, Loose)>),
}

impl Loose {
    /// What the value is, for messages such as "expected text, found a list".
    #[must_use]
    pub fn describe(&self) -> Found {
        match self {
            Loose::Null => Found::Null,
            Loose::Bool(_) => Found::Bool,
            Loose::Int(_) | Loose::Float(_) => Found::Number,
            Loose::Str(_) => Found::Text,
            Loose::Seq(_) => Found::List,
            Loose::Map(_) => Found::Mapping,
        }
    }
}

#[allow(clippy::cast_precision_loss)] // only past i64::MAX: no year or id
fn from_u64(v: u64) -> Loose {
    i64::try_from(v).map_or(Loose::Float(v as f64), Loose::Int)
}

/// Scalar visits for the wrappers below: a scalar where a mapping or list
/// belongs is kept as [`Loose`] so the validator can say what was found.
macro_rules! other_scalars {
    () => {
        fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
            Ok(Self::Value::from(Loose::Bool(v)))
        }
        fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Self::Value::from(Loose::Int(v)))
        }
        fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Self::Value::from(from_u64(v)))
        }
        fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
            Ok(Self::Value::from(Loose::Float(v)))
        }
        fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Self::Value::from(Loose::Str(v.to_owned())))
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(Self::Value::from(Loose::Null))
        }
        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok(Self::Value::from(Loose::Null))
        }
    };
}

struct LooseVisitor;

impl<'de> Visitor<'de> for LooseVisitor {
    type Value = Loose;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Loose, E> {
        Ok(Loose::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Loose, E> {
        Ok(Loose::Int(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Loose, E> {
        Ok(from_u64(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Loose, E> {
        Ok(Loose::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Loose, E> {
        Ok(Loose::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Loose, E> {
        Ok(Loose::Str(v))
    }
    fn visit_unit<E>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }
    fn visit_none<E>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Loose, D::Error> {
        Loose::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Loose::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Loose::Map(entries))
    }
    // A tagged value (`!foo bar`): the tag means nothing to renkei, the
    // value still does.
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Loose, A::Error> {
        let (_tag, variant): (IgnoredAny, _) = data.variant()?;
        de::VariantAccess::newtype_variant(variant)
    }
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(LooseVisitor)
    }
}

/// Keys a mapping had that its type does not know, and keys it had twice.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extras {
    /// Unknown keys, in order, as written (a non-text key is described).
    pub unknown: Vec<String>,
    /// Duplicated keys with the 0-based occurrence that repeated them.
    pub duplicate: Vec<(&'static str, usize)>,
}

/// A mapping type whose fields are filled key by key.
pub trait Fields: Default {
    /// Reads the value of `key` if it is a known field. Returns `false` for
    /// an unknown key, whose value the caller then skips.
    ///
    /// # Errors
    /// Only what the deserializer reports (malformed YAML).
    fn read<'de, A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error>;

    fn extras(&mut self) -> &mut Extras;
}

/// Stores a field's value, or records the key as duplicated when the slot
/// is already full (the first value wins, as most YAML readers do).
///
/// # Errors
/// Only what the deserializer reports.
pub fn fill<'de, A, T>(
    slot: &mut Option<T>,
    key: &'static str,
    map: &mut A,
    extras: &mut Extras,
) -> Result<bool, A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    if slot.is_some() {
        map.next_value::<Skip>()?;
        // The last repeat of this key holds its count: a file repeating a
        // key a million times must not count them all again each time.
        let seen = extras
            .duplicate
            .iter()
            .rev()
            .find(|(k, _)| *k == key)
            .map_or(0, |(_, n)| *n);
        extras.duplicate.push((key, seen + 1));
    } else {
        *slot = Some(map.next_value()?);
    }
    Ok(true)
}

/// A value read and dropped (an unknown field's, a repeated key's).
/// Unlike `IgnoredAny`, which serde_yaml skips with a loop of its own and
/// no depth limit, it descends through `deserialize_any`, so the
/// 128-level recursion limit holds under an unknown field too: `extra:`
/// followed by 100,000 `- ` is "nested too deeply", as it is elsewhere.
/// Aliases are expanded on the way, which the alias budget bounds.
pub struct Skip;

impl<'de> Deserialize<'de> for Skip {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(SkipVisitor)
    }
}

struct SkipVisitor;

impl<'de> Visitor<'de> for SkipVisitor {
    type Value = Skip;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_str<E>(self, _: &str) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_unit<E>(self) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_none<E>(self) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Skip, D::Error> {
        Skip::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skip, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Skip)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(Skip)
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Skip, A::Error> {
        let (_tag, variant): (IgnoredAny, _) = data.variant()?;
        de::VariantAccess::newtype_variant(variant)
    }
}

/// A value that should be a mapping of type `T` but may be anything.
/// The mapping is boxed: a raw member is over 300 bytes, and a list of a
/// million bare `- x` items would otherwise cost that much per item.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry<T> {
    Map(Box<T>),
    Other(Loose),
}

impl<T> From<Loose> for Entry<T> {
    fn from(v: Loose) -> Self {
        Entry::Other(v)
    }
}

/// A value that should be a list of `T` mappings but may be anything.
#[derive(Debug, Clone, PartialEq)]
pub enum List<T> {
    Items(Vec<Entry<T>>),
    Other(Loose),
}

impl<T> From<Loose> for List<T> {
    fn from(v: Loose) -> Self {
        List::Other(v)
    }
}

struct FieldsVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: Fields> Visitor<'de> for FieldsVisitor<T> {
    type Value = Entry<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a mapping")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entry<T>, A::Error> {
        let mut value = T::default();
        while let Some(key) = map.next_key::<Loose>()? {
            let known = match &key {
                Loose::Str(k) => value.read(k, &mut map)?,
                _ => false,
            };
            if !known {
                map.next_value::<Skip>()?;
                let name = match key {
                    Loose::Str(k) => k,
                    other => format!("<{}>", other.describe().en()),
                };
                value.extras().unknown.push(name);
            }
        }
        Ok(Entry::Map(Box::new(value)))
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Entry<T>, A::Error> {
        let (_tag, variant): (IgnoredAny, _) = data.variant()?;
        de::VariantAccess::newtype_variant(variant)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Entry<T>, A::Error> {
        LooseVisitor.visit_seq(seq).map(Entry::Other)
    }
    other_scalars!();
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Entry<T>, D::Error> {
        Entry::deserialize(d)
    }
}

impl<'de, T: Fields> Deserialize<'de> for Entry<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FieldsVisitor(std::marker::PhantomData))
    }
}

struct ListVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: Fields> Visitor<'de> for ListVisitor<T> {
    type Value = List<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List<T>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(List::Items(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<List<T>, A::Error> {
        LooseVisitor.visit_map(map).map(List::Other)
    }
    other_scalars!();
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<List<T>, D::Error> {
        List::deserialize(d)
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<List<T>, A::Error> {
        let (_tag, variant): (IgnoredAny, _) = data.variant()?;
        de::VariantAccess::newtype_variant(variant)
    }
}

impl<'de, T: Fields> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ListVisitor(std::marker::PhantomData))
    }
}
