//! The parts of the world the atlas covers: Germany and four regions of Asia.

use serde::{Deserialize, Serialize};

/// Where a partner lies. Israel, Palestine and Türkiye count as West Asia (the United
/// Nations' geoscheme); a tie between two German places has its partner in Germany.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    EastAsia,
    SoutheastAsia,
    SouthAsia,
    WestAsia,
    Germany,
}

impl Region {
    pub const ALL: [Region; 5] = [
        Region::EastAsia,
        Region::SoutheastAsia,
        Region::SouthAsia,
        Region::WestAsia,
        Region::Germany,
    ];

    /// The region of a country by its ISO 3166-1 alpha-2 code; `None` for a country the atlas
    /// does not cover.
    pub fn of_country(code: &str) -> Option<Region> {
        // Matched as two bytes, not as text: the filters ask this of every tie on each change,
        // and a two-byte pattern is a pair of integer tests where a text pattern is a call.
        let code: &[u8; 2] = code.as_bytes().try_into().ok()?;
        Some(match code {
            b"CN" | b"JP" | b"KR" | b"KP" | b"MN" | b"TW" | b"HK" | b"MO" => Region::EastAsia,
            b"VN" | b"TH" | b"ID" | b"PH" | b"MY" | b"SG" | b"KH" | b"LA" | b"MM" | b"BN"
            | b"TL" => Region::SoutheastAsia,
            b"IN" | b"PK" | b"BD" | b"LK" | b"NP" | b"BT" | b"MV" | b"AF" | b"IR" => {
                Region::SouthAsia
            }
            b"IL" | b"PS" | b"TR" | b"JO" | b"LB" | b"SY" | b"IQ" | b"SA" | b"AE" | b"QA"
            | b"KW" | b"BH" | b"OM" | b"YE" | b"GE" | b"AM" | b"AZ" | b"CY" => Region::WestAsia,
            b"DE" => Region::Germany,
            _ => return None,
        })
    }

    /// The name used in links (`region=west_asia`).
    pub fn name(self) -> &'static str {
        match self {
            Region::EastAsia => "east_asia",
            Region::SoutheastAsia => "southeast_asia",
            Region::SouthAsia => "south_asia",
            Region::WestAsia => "west_asia",
            Region::Germany => "germany",
        }
    }

    pub fn from_name(name: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|region| region.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_fall_into_the_regions_the_atlas_names() {
        assert_eq!(Region::of_country("CN"), Some(Region::EastAsia));
        assert_eq!(Region::of_country("VN"), Some(Region::SoutheastAsia));
        assert_eq!(Region::of_country("IN"), Some(Region::SouthAsia));
        assert_eq!(Region::of_country("TR"), Some(Region::WestAsia));
        assert_eq!(Region::of_country("PS"), Some(Region::WestAsia));
        assert_eq!(Region::of_country("DE"), Some(Region::Germany));
        assert_eq!(Region::of_country("FR"), None);
    }

    #[test]
    fn region_names_read_back() {
        for region in Region::ALL {
            assert_eq!(Region::from_name(region.name()), Some(region));
        }
    }
}
