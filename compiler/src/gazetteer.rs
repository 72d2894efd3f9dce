//! The GeoNames gazetteer (`data/gazetteer/geonames.tsv`): places with their points, their names
//! in other scripts and the spellings they can be found by, indexed for lookups by name.

mod admin1;
mod row;
mod tsv;

pub use admin1::Admin1Names;
pub use row::COLUMNS;

use crate::nearest::{german_key, name_key};
use crate::problems::{Problem, Problems};
use crate::source::SourceFile;
use atlas_model::Coordinates;
use std::collections::HashMap;
use std::path::Path;

/// One GeoNames place.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub geonames_id: u64,
    pub name: String,
    pub country: String,
    pub admin1: String,
    /// GeoNames feature code (`PPLA`, `PPLX`, …); empty where the source does not give it.
    pub feature_code: String,
    pub location: Coordinates,
    pub population: u64,
    pub native: Option<String>,
    pub zh: Option<String>,
    pub ko: Option<String>,
    pub ja: Option<String>,
    /// Other Latin spellings the place is known by (`Osnabrueck`, `Kwangmyong`).
    pub alternates: Vec<String>,
}

/// How a name matched an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Match {
    /// The GeoNames name, ignoring case.
    Name,
    /// The GeoNames name ignoring diacritics, punctuation and German umlaut spellings.
    LooseName,
    /// One of the alternate names or the names in other scripts, ignoring case.
    ExactAlternate,
    /// One of the alternate names or the names in other scripts, loosely.
    Alternate,
}

/// The steps of a lookup by name: the first that finds something decides. A loose match of the
/// GeoNames name and an exact match of an alternate name are one step, so that `Naruto` finds
/// both GeoNames' `Narutō` and the `Narutochō-mitsuishi` also called Naruto, and is ambiguous.
pub const STEPS: [&[Match]; 3] = [
    &[Match::Name],
    &[Match::LooseName, Match::ExactAlternate],
    &[Match::Alternate],
];

/// All entries, indexed by GeoNames id and by (country, name) in the ways of [`Match`].
#[derive(Debug, Default)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    by_id: HashMap<u64, usize>,
    by_name: HashMap<(Match, String, String), Vec<usize>>,
    /// Names of first-level divisions (`07` = `Nordrhein-Westfalen`), where known.
    pub admin1: Admin1Names,
}

impl Gazetteer {
    /// Parses the TSV, reporting each malformed row.
    pub fn parse(file: &SourceFile, problems: &mut Problems) -> Gazetteer {
        let mut gazetteer = Gazetteer::default();
        for entry in row::parse(file, problems) {
            gazetteer.insert(entry);
        }
        gazetteer
    }

    fn insert(&mut self, entry: Entry) {
        let index = self.entries.len();
        self.by_id.insert(entry.geonames_id, index);
        let mut keys = vec![
            (Match::Name, entry.name.to_lowercase()),
            (Match::LooseName, name_key(&entry.name)),
            (Match::LooseName, german_key(&entry.name)),
        ];
        let scripts = [&entry.native, &entry.zh, &entry.ko, &entry.ja];
        let other_names = entry.alternates.iter().chain(scripts.into_iter().flatten());
        keys.extend(other_names.flat_map(|alternate| {
            [
                (Match::ExactAlternate, alternate.to_lowercase()),
                (Match::Alternate, name_key(alternate)),
                (Match::Alternate, german_key(alternate)),
            ]
        }));
        keys.sort();
        keys.dedup();
        for (how, key) in keys {
            let indices = self
                .by_name
                .entry((how, entry.country.clone(), key))
                .or_default();
            if indices.last() != Some(&index) {
                indices.push(index);
            }
        }
        self.entries.push(entry);
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn by_id(&self, geonames_id: u64) -> Option<&Entry> {
        self.by_id
            .get(&geonames_id)
            .map(|&index| &self.entries[index])
    }

    /// The shown name of the first-level division an entry lies in (`Niedersachsen`, `Anhui`),
    /// where `admin1.tsv` names it.
    pub fn division(&self, entry: &Entry) -> Option<&str> {
        self.admin1.name(&entry.country, &entry.admin1)
    }

    /// Entries of a country whose name matches in the given way.
    pub fn matching(&self, how: Match, name: &str, country: &str) -> Vec<&Entry> {
        let keys = match how {
            Match::Name | Match::ExactAlternate => vec![name.to_lowercase()],
            Match::LooseName | Match::Alternate => vec![name_key(name), german_key(name)],
        };
        let mut indices: Vec<usize> = keys
            .into_iter()
            .filter_map(|key| self.by_name.get(&(how, country.to_owned(), key)))
            .flatten()
            .copied()
            .collect();
        indices.sort_unstable();
        indices.dedup();
        indices
            .into_iter()
            .map(|index| &self.entries[index])
            .collect()
    }

    /// Entries of a country with this GeoNames name, ignoring case.
    pub fn named(&self, name: &str, country: &str) -> Vec<&Entry> {
        self.matching(Match::Name, name, country)
    }

    /// The countries where some entry has this name, loosely or as an alternate name.
    pub fn countries_naming(&self, name: &str) -> Vec<&str> {
        let mut countries: Vec<&str> = self
            .countries()
            .into_iter()
            .filter(|country| {
                STEPS
                    .iter()
                    .flat_map(|step| step.iter())
                    .any(|&how| !self.matching(how, name, country).is_empty())
            })
            .collect();
        countries.dedup();
        countries
    }

    /// Every entry of a country.
    pub fn in_country<'a>(&'a self, country: &'a str) -> impl Iterator<Item = &'a Entry> {
        self.entries
            .iter()
            .filter(move |entry| entry.country == country)
    }

    pub fn has_country(&self, country: &str) -> bool {
        self.entries.iter().any(|entry| entry.country == country)
    }

    /// The countries the gazetteer covers, sorted.
    pub fn countries(&self) -> Vec<&str> {
        let mut countries: Vec<&str> = self.entries.iter().map(|e| e.country.as_str()).collect();
        countries.sort_unstable();
        countries.dedup();
        countries
    }
}

/// Loads the gazetteer file and, beside it, `admin1.tsv` if there is one; `None` (with a
/// problem) when the gazetteer cannot be read.
pub fn load(path: &Path, problems: &mut Problems) -> Option<Gazetteer> {
    let mut gazetteer = match SourceFile::read(path) {
        Ok(file) => Gazetteer::parse(&file, problems),
        Err(problem) => {
            problems.push(Problem {
                message: format!(
                    "{}; regenerate it with `node scripts/gazetteer.mjs` (see data/gazetteer/README.md)",
                    problem.message
                ),
                ..problem
            });
            return None;
        }
    };
    let admin1 = path.with_file_name("admin1.tsv");
    if admin1.exists() {
        match SourceFile::read(&admin1) {
            Ok(file) => gazetteer.admin1 = Admin1Names::parse(&file, problems),
            Err(problem) => problems.push(problem),
        }
    }
    Some(gazetteer)
}

#[cfg(test)]
mod tests;
