//! The atlas's countries are listed where each part needs them — the compiler's table, the
//! gazetteer script that cuts GeoNames down to them, the app's names for them in every
//! language — and those lists must agree: a country added to one and not the others would be
//! located but unnamed, or named but never located.

mod common;

use atlas_compiler::countries::COUNTRIES;
use common::root;
use std::collections::BTreeSet;

fn compiler_codes() -> BTreeSet<String> {
    COUNTRIES
        .iter()
        .map(|country| country.code.to_owned())
        .collect()
}

/// The strings quoted in `text` between `start` and the next `end`.
fn quoted_between(text: &str, start: &str, end: &str) -> Vec<String> {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start:?}")) + start.len();
    let list = &text[from..][..text[from..].find(end).expect("a closed list")];
    list.split(['"', '\''])
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_gazetteer_script_keeps_the_compilers_countries() {
    let script = std::fs::read_to_string(root().join("scripts/gazetteer.mjs")).expect("the script");
    let listed: BTreeSet<String> = quoted_between(&script, "const COUNTRIES = [", "]")
        .into_iter()
        .collect();
    assert_eq!(listed, compiler_codes());
}

/// Each code the app names, with the locale key of its name: `"CN" => tr!(lang, country.cn)`.
fn app_names() -> Vec<(String, String)> {
    let words = std::fs::read_to_string(root().join("src/ui/words.rs")).expect("the app's words");
    let country = &words[words.find("pub fn country(").expect("fn country")..];
    let body = &country[..country.find("\n}").expect("its end")];
    body.lines()
        .filter_map(|line| {
            let (code, name) = line.trim().split_once(" => tr!(lang, country.")?;
            Some((
                code.trim_matches('"').to_owned(),
                name.trim_end_matches("),").to_owned(),
            ))
        })
        .collect()
}

#[test]
fn the_app_names_every_country_in_every_language() {
    let names = app_names();
    let named: BTreeSet<String> = names.iter().map(|(code, _)| code.clone()).collect();
    assert_eq!(named, compiler_codes());
    for lang in ["de", "en", "zh", "ko", "ja"] {
        let path = root().join(format!("src/locales/{lang}.json"));
        let locale: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        for (code, key) in &names {
            let name = locale["country"][key].as_str().unwrap_or("");
            assert!(
                !name.is_empty(),
                "{lang}: no name for {code} (country.{key})"
            );
        }
    }
}
