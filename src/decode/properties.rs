//! Properties of the decoder over generated and damaged files: whatever the bytes, it never
//! panics and every refusal names the file; one about the JSON or its shape names the line and
//! column, a line the file has; and whatever it accepts the check takes without a panic.

use super::*;
use crate::atlas_check::checked;
use crate::property_cases::cases;
use crate::test_atlas::storied_atlas;
use atlas_model::SCHEMA_VERSION;
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;

const URL: &str = "https://www.stadt.de/atlas/atlas.json";

/// The storied atlas as the compiler writes it, over many lines.
fn sound_file() -> String {
    serde_json::to_string_pretty(&storied_atlas()).expect("an atlas serialises")
}

/// One way a file is damaged on its way: cut short, a byte changed, a value put where
/// another was.
#[derive(Debug, Clone)]
enum Damage {
    Cut(Index),
    Byte(Index, u8),
    Value(Vec<Index>, Value),
}

/// A JSON value of any kind, nested a little.
fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "\\PC{0,6}".prop_map(Value::String),
        prop_oneof![
            Just("2024-02-30"),
            Just("1990"),
            Just("osnabrueck"),
            Just("twin_town")
        ]
        .prop_map(|text| Value::String(text.to_owned())),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z]{1,6}", inner, 0..3)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        any::<Index>().prop_map(Damage::Cut),
        (
            any::<Index>(),
            prop_oneof![
                Just(b'{'),
                Just(b']'),
                Just(b'"'),
                Just(b','),
                Just(b':'),
                Just(b'0'),
                Just(0xff),
                any::<u8>()
            ]
        )
            .prop_map(|(at, byte)| Damage::Byte(at, byte)),
        (proptest::collection::vec(any::<Index>(), 1..5), any_value())
            .prop_map(|(path, value)| Damage::Value(path, value)),
    ]
}

/// Puts `value` at the place `path` picks, walking down from the top through objects and
/// arrays until the path or the nesting ends.
fn put(document: &mut Value, path: &[Index], value: Value) {
    let child = match (document, path.split_first()) {
        (Value::Object(map), Some((at, rest))) if !map.is_empty() && !rest.is_empty() => {
            let key = map.keys().nth(at.index(map.len())).cloned();
            key.and_then(|key| map.get_mut(&key))
                .map(|child| (child, rest))
        }
        (Value::Array(items), Some((at, rest))) if !items.is_empty() && !rest.is_empty() => {
            let count = items.len();
            items.get_mut(at.index(count)).map(|child| (child, rest))
        }
        (document, _) => {
            *document = value;
            return;
        }
    };
    if let Some((child, rest)) = child {
        put(child, rest, value);
    }
}

fn damaged(file: &str, damage: &Damage) -> Vec<u8> {
    let mut bytes = file.as_bytes().to_vec();
    match damage {
        Damage::Cut(at) => bytes.truncate(at.index(bytes.len())),
        Damage::Byte(at, byte) => {
            let count = bytes.len();
            bytes[at.index(count)] = *byte;
        }
        Damage::Value(path, value) => {
            let mut document: Value = serde_json::from_str(file).expect("the sound file is JSON");
            put(&mut document, path, value.clone());
            bytes = serde_json::to_vec_pretty(&document).expect("a value serialises");
        }
    }
    bytes
}

/// The line a serde_json message ends on (`… at line 12 column 5`), if it names one.
fn named_line(why: &str) -> Option<usize> {
    let (_, place) = why.rsplit_once(" at line ")?;
    let (line, column) = place.split_once(" column ")?;
    column.trim_end_matches(')').parse::<usize>().ok()?;
    line.parse().ok()
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn any_bytes_are_refused_with_the_file_named(
        bytes in proptest::collection::vec(any::<u8>(), 0..64)
    ) {
        if let Err(why) = decode::<Atlas>(URL, &bytes, SCHEMA_VERSION) {
            prop_assert!(why.0.starts_with(URL), "{}", why.0);
        }
    }

    #[test]
    fn a_damaged_atlas_is_refused_at_a_line_it_has_or_checked(damage in damage()) {
        let bytes = damaged(&sound_file(), &damage);
        let lines = 1 + bytes.iter().filter(|&&byte| byte == b'\n').count();
        match decode::<Atlas>(URL, &bytes, SCHEMA_VERSION) {
            Ok(atlas) => {
                let _ = checked(atlas);
            }
            Err(LoadError(why)) => {
                prop_assert!(why.starts_with(URL), "{}", why);
                if why.contains("is not valid JSON") || why.contains("does not fit the schema") {
                    let line = named_line(&why);
                    prop_assert!(
                        line.is_some_and(|line| (1..=lines).contains(&line)),
                        "{} names no line of the {} the file has", why, lines
                    );
                }
            }
        }
    }
}
