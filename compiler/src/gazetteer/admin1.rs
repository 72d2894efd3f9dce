//! Names of first-level divisions (`data/gazetteer/admin1.tsv`): the states, provinces and
//! prefectures that GeoNames numbers as `admin1`, so that an editor can write
//! `Münster, DE, Nordrhein-Westfalen` instead of `Münster, DE, 07`.

use super::tsv::rows;
use crate::nearest::name_key;
use crate::problems::Problems;
use crate::source::SourceFile;
use atlas_model::Localized;
use std::collections::HashMap;

/// The columns of `admin1.tsv`: `names` holds the names a reference may use, separated by `|`
/// (the first is the one shown); `en`, `zh`, `ko`, `ja` the name a reader of that language sees
/// (`en` may be empty where it is the first of `names`).
pub const COLUMNS: [&str; 7] = ["country", "admin1", "names", "en", "zh", "ko", "ja"];

/// (country, admin1 code) to the division's names, the first being the one shown, and its
/// name in each language.
#[derive(Debug, Clone, Default)]
pub struct Admin1Names(HashMap<(String, String), (Vec<String>, Localized)>);

impl Admin1Names {
    pub fn parse(file: &SourceFile, problems: &mut Problems) -> Self {
        let mut names = HashMap::new();
        for (line_number, line) in rows(file, &COLUMNS, problems) {
            match line.split('\t').collect::<Vec<_>>()[..] {
                [country, code, list, en, zh, ko, ja]
                    if !list.is_empty() && ![zh, ko, ja].contains(&"") =>
                {
                    let list: Vec<String> = list.split('|').map(str::to_owned).collect();
                    let english = if en.is_empty() { &list[0] } else { en };
                    let shown = Localized::of([&list[0], english, zh, ko, ja]);
                    names.insert((country.to_owned(), code.to_owned()), (list, shown));
                }
                _ => problems.push(file.problem_on(
                    line_number,
                    "row",
                    "expected a country, an admin1 code, names, and the names in English \
                     (may be empty), Chinese, Korean and Japanese, separated by tabs",
                )),
            }
        }
        Self(names)
    }

    /// The name shown for a division, if known.
    pub fn name(&self, country: &str, code: &str) -> Option<&str> {
        self.0
            .get(&(country.to_owned(), code.to_owned()))
            .and_then(|(names, _)| names.first())
            .map(String::as_str)
    }

    /// The names in each language of the country's division shown as `shown`.
    pub fn localized(&self, country: &str, shown: &str) -> Option<&Localized> {
        self.0
            .iter()
            .find(|((known, _), (names, _))| known == country && names[0] == shown)
            .map(|(_, (_, localized))| localized)
    }

    /// True when `admin1.tsv` names divisions of this country.
    pub fn covers(&self, country: &str) -> bool {
        self.0.keys().any(|(known, _)| known == country)
    }

    /// The shown name of the country's division that `text` is the code or a name of (loosely):
    /// `Lower Saxony` and `niedersachsen` give `Niedersachsen`.
    pub fn find(&self, country: &str, text: &str) -> Option<&str> {
        self.0
            .keys()
            .filter(|(known, _)| known == country)
            .find(|(_, code)| self.matches(country, code, text))
            .and_then(|(_, code)| self.name(country, code))
    }

    /// The shown names of a country's divisions.
    pub fn shown_names<'a>(&'a self, country: &'a str) -> impl Iterator<Item = &'a str> {
        self.0
            .iter()
            .filter(move |((known, _), _)| known == country)
            .filter_map(|(_, (names, _))| names.first().map(String::as_str))
    }

    /// True when `text` is the division's code or one of its names (loosely).
    pub fn matches(&self, country: &str, code: &str, text: &str) -> bool {
        if text == code {
            return true;
        }
        let wanted = name_key(text);
        self.0
            .get(&(country.to_owned(), code.to_owned()))
            .is_some_and(|(names, _)| names.iter().any(|name| name_key(name) == wanted))
    }

    /// `07 Nordrhein-Westfalen`, or `admin1 07` where the name is not known.
    pub fn describe(&self, country: &str, code: &str) -> String {
        match self.name(country, code) {
            Some(name) => format!("{code} {name}"),
            None => format!("admin1 {code}"),
        }
    }

    /// How to write the division in a reference: its name where known, else its code.
    pub fn written(&self, country: &str, code: &str) -> String {
        self.name(country, code).unwrap_or(code).to_owned()
    }
}
