//! How the data names a place: a place id of `places.toml` (`muensterland`), a gazetteer name
//! with its country and optionally its region (`Hefei, CN`, `Münster, DE, Nordrhein-Westfalen`),
//! or a GeoNames id (`geonames:2867543`).

use crate::problems::quoted;
use atlas_model::is_slug;

/// The prefix of a reference by GeoNames id.
pub const GEONAMES_PREFIX: &str = "geonames:";

/// A reference to a place, parsed but not yet looked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceRef<'a> {
    Id(&'a str),
    Name(NameQuery<'a>),
    Geonames(u64),
}

/// The parts of a `"Name, CC[, region]"` reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameQuery<'a> {
    pub name: &'a str,
    pub country: &'a str,
    /// The first-level division: a GeoNames admin1 code (`07`) or its name.
    pub admin1: Option<&'a str>,
}

impl<'a> NameQuery<'a> {
    pub fn parse(text: &'a str) -> Result<Self, String> {
        let parts: Vec<&str> = text.split(',').map(str::trim).collect();
        let (name, country, admin1) = match parts[..] {
            [name, country] => (name, country, None),
            [name, country, admin1] => (name, country, Some(admin1)),
            _ => return Err(shape_message(text)),
        };
        let is_code = country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase());
        if name.is_empty() || !is_code || admin1.is_some_and(str::is_empty) {
            return Err(shape_message(text));
        }
        Ok(Self {
            name,
            country,
            admin1,
        })
    }
}

fn shape_message(text: &str) -> String {
    format!(
        "{} should be \"Name, CC\" or \"Name, CC, region\" (CC: ISO country code in capitals; \
         region: a state or province, or its GeoNames admin1 code)",
        quoted(text)
    )
}

impl<'a> PlaceRef<'a> {
    /// Parses a reference as written in `ties.csv`: an id, a name query or a GeoNames id.
    pub fn parse(text: &'a str) -> Result<Self, String> {
        let text = text.trim();
        if let Some(id) = text.strip_prefix(GEONAMES_PREFIX) {
            return geonames_id(text, id).map(PlaceRef::Geonames);
        }
        if text.contains(',') {
            return NameQuery::parse(text).map(PlaceRef::Name);
        }
        if is_slug(text) {
            return Ok(PlaceRef::Id(text));
        }
        Err(format!(
            "{} is neither a place id of places.toml nor a gazetteer reference; write \
             \"Name, CC\" (e.g. \"Hefei, CN\"), \"Name, CC, region\" or \"geonames:ID\"",
            quoted(text)
        ))
    }

    /// Parses a gazetteer reference as written in `places.toml`: a name query or a GeoNames id.
    pub fn parse_gazetteer(text: &'a str) -> Result<Self, String> {
        let text = text.trim();
        match text.strip_prefix(GEONAMES_PREFIX) {
            Some(id) => geonames_id(text, id).map(PlaceRef::Geonames),
            None => NameQuery::parse(text).map(PlaceRef::Name),
        }
    }
}

fn geonames_id(text: &str, digits: &str) -> Result<u64, String> {
    digits.trim().parse().map_err(|_| {
        format!(
            "{} should be \"geonames:\" and a GeoNames id, e.g. \"geonames:2867543\"",
            quoted(text)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_names_and_geonames_ids_are_told_apart() {
        assert_eq!(
            PlaceRef::parse("muensterland"),
            Ok(PlaceRef::Id("muensterland"))
        );
        assert_eq!(
            PlaceRef::parse(" Hefei, CN "),
            Ok(PlaceRef::Name(NameQuery {
                name: "Hefei",
                country: "CN",
                admin1: None
            }))
        );
        assert_eq!(
            PlaceRef::parse("Münster, DE, Nordrhein-Westfalen"),
            Ok(PlaceRef::Name(NameQuery {
                name: "Münster",
                country: "DE",
                admin1: Some("Nordrhein-Westfalen")
            }))
        );
        assert_eq!(
            PlaceRef::parse("geonames:2867543"),
            Ok(PlaceRef::Geonames(2867543))
        );
    }

    #[test]
    fn malformed_references_say_how_to_write_them() {
        assert_eq!(
            PlaceRef::parse("Hefei").unwrap_err(),
            "\"Hefei\" is neither a place id of places.toml nor a gazetteer reference; write \
             \"Name, CC\" (e.g. \"Hefei, CN\"), \"Name, CC, region\" or \"geonames:ID\""
        );
        assert_eq!(
            PlaceRef::parse("geonames:x1").unwrap_err(),
            "\"geonames:x1\" should be \"geonames:\" and a GeoNames id, e.g. \"geonames:2867543\""
        );
        assert!(PlaceRef::parse("Hefei, China").is_err());
        assert!(PlaceRef::parse("Osnabrück, de").is_err());
        assert!(PlaceRef::parse("A, DE, 07, x").is_err());
    }

    #[test]
    fn a_gazetteer_field_takes_no_place_id() {
        assert!(PlaceRef::parse_gazetteer("hefei").is_err());
        assert_eq!(
            PlaceRef::parse_gazetteer("geonames:1808722"),
            Ok(PlaceRef::Geonames(1808722))
        );
    }
}
