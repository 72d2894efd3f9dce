//! Resolving the place references of `ties.csv` and `rejected.csv`: to a place of
//! `places.toml`, or to a gazetteer entry that becomes a place of its own. A reference that
//! finds the entry a declared place is located at means that declared place.

use crate::gazetteer::{Gazetteer, Match};
use crate::known::Known;
use crate::locate::{by_id, by_name};
use crate::nearest::did_you_mean;
use crate::places::DeclaredPlaces;
use crate::problems::quoted;
use crate::reference::PlaceRef;
use atlas_model::{Place, PlaceOrigin};
use std::collections::HashMap;

/// What a reference means.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum End {
    /// A place of `places.toml`, by id.
    Declared(String),
    /// A gazetteer entry no declared place is located at, by GeoNames id.
    Entry(u64),
}

/// A resolved reference and, for a gazetteer name, how it matched which GeoNames name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub end: End,
    pub matched: Option<(Match, String)>,
}

/// Resolves references against the declared places and the gazetteer.
pub struct Resolver<'a> {
    pub ids: &'a Known,
    pub places: &'a [Place],
    pub gazetteer: Option<&'a Gazetteer>,
    located_at: HashMap<u64, &'a str>,
}

impl<'a> Resolver<'a> {
    pub fn new(declared: &'a DeclaredPlaces, gazetteer: Option<&'a Gazetteer>) -> Self {
        let located_at = declared
            .places
            .iter()
            .filter_map(|place| match place.origin {
                PlaceOrigin::Gazetteer { geonames_id } => Some((geonames_id, place.id.as_str())),
                _ => None,
            })
            .collect();
        Self {
            ids: &declared.ids,
            places: &declared.places,
            gazetteer,
            located_at,
        }
    }

    /// What a reference means; `Err(None)` when it cannot be checked (its file is broken).
    pub fn resolve(&self, text: &str) -> Result<Resolved, Option<String>> {
        if self.ids.contains(text.trim()) && !self.is_valid(text.trim()) {
            // A place whose record has problems of its own, reported there.
            return Err(None);
        }
        let reference = PlaceRef::parse(text).map_err(|message| Some(self.hint(text, message)))?;
        let gazetteer = || self.gazetteer.ok_or(None);
        let (entry, how) = match reference {
            PlaceRef::Id(id) if self.ids.contains(id) => {
                return Ok(Resolved {
                    end: End::Declared(id.to_owned()),
                    matched: None,
                });
            }
            PlaceRef::Id(_) if !self.ids.is_complete() => return Err(None),
            PlaceRef::Id(id) => return Err(Some(self.unknown_id(id))),
            PlaceRef::Name(query) => {
                let found = by_name(gazetteer()?, text.trim(), &query)?;
                (found.entry, Some(found.how))
            }
            PlaceRef::Geonames(id) => (by_id(gazetteer()?, id)?, None),
        };
        let matched = how.map(|how| (how, entry.name.clone()));
        let end = match self.located_at.get(&entry.geonames_id) {
            Some(id) => End::Declared((*id).to_owned()),
            None => End::Entry(entry.geonames_id),
        };
        Ok(Resolved { end, matched })
    }

    fn is_valid(&self, id: &str) -> bool {
        self.places.iter().any(|place| place.id.as_str() == id)
    }

    /// The country of a resolved place.
    pub fn country(&self, end: &End) -> Option<&str> {
        match end {
            End::Declared(id) => self
                .places
                .iter()
                .find(|place| place.id.as_str() == id)
                .map(|place| place.country.as_str()),
            End::Entry(geonames_id) => self
                .gazetteer
                .and_then(|gazetteer| gazetteer.by_id(*geonames_id))
                .map(|entry| entry.country.as_str()),
        }
    }

    fn unknown_id(&self, id: &str) -> String {
        let hint = did_you_mean(id, self.ids.iter());
        if hint.is_empty() {
            format!(
                "unknown place {}: no place of places.toml has this id (to locate a city from \
                 the gazetteer, write \"Name, CC\")",
                quoted(id)
            )
        } else {
            format!("unknown place {}{hint}", quoted(id))
        }
    }

    /// Adds where the gazetteer has a name written without its country.
    fn hint(&self, text: &str, message: String) -> String {
        let name = text.trim();
        let countries = self
            .gazetteer
            .filter(|_| !name.contains(',') && !name.contains(':'))
            .map(|gazetteer| gazetteer.countries_naming(name))
            .unwrap_or_default();
        if countries.is_empty() {
            return message;
        }
        let written: Vec<String> = countries
            .iter()
            .map(|country| quoted(&format!("{name}, {country}")))
            .collect();
        format!("{message}; the gazetteer has {}", written.join(" and "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Check;
    use crate::places;
    use crate::problems::Problems;
    use crate::source::SourceFile;
    use crate::test_fixtures::gazetteer;
    use crate::toml_records::{array_of_tables, parse};

    const PLACES: &str = "[[place]]\nid = \"osnabrueck\"\nkind = \"city\"\ncountry = \"DE\"\n\
        names = { de = \"Osnabrück\", en = \"Osnabrück\" }\ngeonames = 2856883\n\n\
        [[place]]\nid = \"muensterland\"\nkind = \"region\"\ncountry = \"DE\"\n\
        names = { de = \"Münsterland\", en = \"Münsterland\" }\n\
        represented_by = \"Münster, DE, 07\"\n";

    fn declared(gazetteer: &Gazetteer) -> DeclaredPlaces {
        let file = SourceFile::new("data/places.toml", PLACES);
        let mut problems = Problems::default();
        let root = parse(&file, &mut problems).expect("valid TOML");
        let records = array_of_tables(&file, &root, "place", &mut problems);
        let declared = places::validate(
            &mut Check::new(&file, &mut problems),
            &records,
            Some(gazetteer),
        );
        assert!(problems.is_empty(), "{problems:?}");
        declared
    }

    #[test]
    fn a_name_that_finds_a_declared_places_entry_means_that_place() {
        let gazetteer = gazetteer();
        let declared = declared(&gazetteer);
        let resolver = Resolver::new(&declared, Some(&gazetteer));
        let end = |text| resolver.resolve(text).map(|resolved| resolved.end);
        assert_eq!(
            end("Osnabrueck, DE"),
            Ok(End::Declared("osnabrueck".into()))
        );
        assert_eq!(end("osnabrueck"), Ok(End::Declared("osnabrueck".into())));
        assert_eq!(
            end("Münster, DE, Nordrhein-Westfalen"),
            Ok(End::Entry(2867543)),
            "a place drawn at an entry that represents it is not that entry"
        );
        assert_eq!(end("geonames:1808722"), Ok(End::Entry(1808722)));
        assert_eq!(resolver.country(&End::Entry(1808722)), Some("CN"));
    }

    #[test]
    fn unknown_ids_and_names_without_a_country_say_what_to_write() {
        let gazetteer = gazetteer();
        let declared = declared(&gazetteer);
        let resolver = Resolver::new(&declared, Some(&gazetteer));
        let message = |text| resolver.resolve(text).err().flatten().unwrap_or_default();
        assert_eq!(
            message("osnabruck"),
            "unknown place \"osnabruck\"; did you mean \"osnabrueck\"?"
        );
        assert_eq!(
            message("wuxi"),
            "unknown place \"wuxi\": no place of places.toml has this id (to locate a city from \
             the gazetteer, write \"Name, CC\")"
        );
        assert!(
            message("Kwangmyong").ends_with("; the gazetteer has \"Kwangmyong, KR\""),
            "{}",
            message("Kwangmyong")
        );
    }
}
