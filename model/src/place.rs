//! Places: cities, districts, regions, states and countries, with names and a location.

use crate::ids::PlaceId;
use serde::{Deserialize, Serialize};

/// What sort of place this is; drawn and described differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    City,
    District,
    Region,
    State,
    Country,
}

impl PlaceKind {
    pub fn from_name(name: &str) -> Option<PlaceKind> {
        match name {
            "city" => Some(PlaceKind::City),
            "district" => Some(PlaceKind::District),
            "region" => Some(PlaceKind::Region),
            "state" => Some(PlaceKind::State),
            "country" => Some(PlaceKind::Country),
            _ => None,
        }
    }
}

/// A point on the globe in degrees (WGS 84).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

impl Coordinates {
    pub fn lat_lon(lat: f64, lon: f64) -> Self {
        Self { lat, lon }
    }

    /// True when latitude is within ±90° and longitude within ±180°.
    pub fn is_valid(&self) -> bool {
        self.lat.is_finite()
            && self.lon.is_finite()
            && (-90.0..=90.0).contains(&self.lat)
            && (-180.0..=180.0).contains(&self.lon)
    }
}

/// A place's names: German and English always; the native name where it differs from them
/// (in script or spelling: `合肥`, `광명시`, `Hà Nội`); and its names in Chinese, Korean and
/// Japanese where known, for search and for an interface in those languages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceNames {
    pub de: String,
    pub en: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub native: Option<String>,
    /// Chinese, in Han characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zh: Option<String>,
    /// Korean, in Hangul.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ko: Option<String>,
    /// Japanese, in kanji or kana.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ja: Option<String>,
    /// Other Latin spellings a reader might search for (`Osnabrueck`, `Kwangmyong`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternates: Vec<String>,
}

/// Where a place's coordinates came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum PlaceOrigin {
    /// The place is this entry of the GeoNames gazetteer.
    Gazetteer { geonames_id: u64 },
    /// A place that is not a city (a district, a state) drawn at the point of a gazetteer entry
    /// that stands for it, such as its seat.
    Representative { geonames_id: u64 },
    /// A representative point declared in the data, with what it is based on.
    Declared { source: String },
}

impl PlaceOrigin {
    /// The GeoNames entry the place's point comes from, if any.
    pub fn geonames_id(&self) -> Option<u64> {
        match self {
            PlaceOrigin::Gazetteer { geonames_id }
            | PlaceOrigin::Representative { geonames_id } => Some(*geonames_id),
            PlaceOrigin::Declared { .. } => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub id: PlaceId,
    pub kind: PlaceKind,
    pub names: PlaceNames,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// The first-level division the place lies in (a German Land, a Chinese province), as
    /// the gazetteer names it or `places.toml` declares it; `None` where neither says it, and
    /// for a state or country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub division: Option<String>,
    /// True for a place of Türkiye that lies in Europe (East Thrace), west of the Bosphorus and
    /// the Dardanelles.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub in_europe: bool,
    pub location: Coordinates,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<u64>,
    pub origin: PlaceOrigin,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_outside_the_globe_are_invalid() {
        assert!(Coordinates::lat_lon(52.27, 8.05).is_valid());
        assert!(Coordinates::lat_lon(-90.0, 180.0).is_valid());
        assert!(!Coordinates::lat_lon(91.0, 8.0).is_valid());
        assert!(!Coordinates::lat_lon(52.0, 181.0).is_valid());
        assert!(!Coordinates::lat_lon(f64::NAN, 8.0).is_valid());
    }

    #[test]
    fn names_in_other_scripts_are_optional_in_json() {
        let names: PlaceNames =
            serde_json::from_str(r#"{"de":"Hefei","en":"Hefei","native":"合肥"}"#).unwrap();
        assert_eq!(names.zh, None);
        let names = PlaceNames {
            ko: Some("광명".into()),
            ..PlaceNames::default()
        };
        assert_eq!(
            serde_json::to_string(&names).unwrap(),
            r#"{"de":"","en":"","ko":"광명"}"#
        );
    }

    #[test]
    fn origins_say_which_gazetteer_entry() {
        let seat = PlaceOrigin::Representative {
            geonames_id: 2946228,
        };
        assert_eq!(
            serde_json::to_string(&seat).unwrap(),
            r#"{"by":"representative","geonames_id":2946228}"#
        );
        assert_eq!(seat.geonames_id(), Some(2946228));
        let declared = PlaceOrigin::Declared {
            source: "centre".into(),
        };
        assert_eq!(declared.geonames_id(), None);
    }

    #[test]
    fn kinds_have_their_data_names() {
        assert_eq!(PlaceKind::from_name("district"), Some(PlaceKind::District));
        assert_eq!(PlaceKind::from_name("town"), None);
    }
}
