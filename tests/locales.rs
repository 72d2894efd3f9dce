//! The interface's words: every language file in `src/locales/` says everything German says.

use atlas_model::Lang;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;

fn locale_file(lang: Lang) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("src/locales")
        .join(format!("{}.json", lang.tag()));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Every text of a file by its dotted key (`map.zoom_in`).
fn texts(value: &Value, prefix: &str, into: &mut BTreeMap<String, String>) {
    match value {
        Value::Object(members) => {
            for (key, member) in members {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                texts(member, &path, into);
            }
        }
        Value::String(text) => {
            into.insert(prefix.to_owned(), text.clone());
        }
        other => panic!("{prefix}: expected text, found {other}"),
    }
}

fn all_texts(lang: Lang) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    texts(&locale_file(lang), "", &mut found);
    found
}

/// The `{{ name }}` placeholders of a text, sorted: word order differs between languages.
fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split("{{")
        .skip(1)
        .filter_map(|rest| rest.split_once("}}"))
        .map(|(name, _)| name.trim())
        .collect();
    names.sort_unstable();
    names
}

#[test]
fn every_language_has_every_key_and_no_other() {
    let german = all_texts(Lang::De);
    assert!(german.len() > 50, "German has {} texts", german.len());
    for lang in Lang::ALL {
        let texts = all_texts(lang);
        let missing: Vec<_> = german
            .keys()
            .filter(|key| !texts.contains_key(*key))
            .collect();
        let extra: Vec<_> = texts
            .keys()
            .filter(|key| !german.contains_key(*key))
            .collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
        assert!(
            extra.is_empty(),
            "{} has unknown keys {extra:?}",
            lang.tag()
        );
    }
}

#[test]
fn every_text_is_written_and_keeps_its_placeholders() {
    let german = all_texts(Lang::De);
    for lang in Lang::ALL {
        for (key, text) in all_texts(lang) {
            assert!(!text.trim().is_empty(), "{}: {key} is empty", lang.tag());
            let expected = german.get(&key).map(|german| placeholders(german));
            assert_eq!(
                Some(placeholders(&text)),
                expected,
                "{}: {key} must keep the German placeholders",
                lang.tag()
            );
        }
    }
}

#[test]
fn the_kinds_of_tie_have_distinct_names_in_every_language() {
    for lang in Lang::ALL {
        let texts = all_texts(lang);
        let mut names: Vec<&String> = texts
            .iter()
            .filter(|(key, _)| key.starts_with("kind."))
            .map(|(_, name)| name)
            .collect();
        assert_eq!(names.len(), 6, "{}", lang.tag());
        names.sort();
        names.dedup();
        assert_eq!(names.len(), 6, "{}: two kinds share a name", lang.tag());
    }
}

#[test]
fn the_interface_is_translated_not_copied() {
    let english = all_texts(Lang::En);
    for lang in [Lang::Zh, Lang::Ko, Lang::Ja] {
        let texts = all_texts(lang);
        let copied = texts
            .iter()
            .filter(|(key, text)| {
                english.get(*key) == Some(text)
                    && text.chars().any(char::is_alphabetic)
                    && text.is_ascii()
            })
            .count();
        assert!(
            copied <= 2,
            "{}: {copied} texts are still English",
            lang.tag()
        );
    }
}
