//! The countries of the atlas: ISO 3166-1 alpha-2 code, English name, and the ISO numeric code
//! that Natural Earth's outlines (world-atlas) carry as their id.

/// One country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    pub code: &'static str,
    pub name: &'static str,
    pub numeric: &'static str,
}

/// Germany and the countries of its partners in the data.
pub const COUNTRIES: [Country; 13] = [
    Country {
        code: "DE",
        name: "Germany",
        numeric: "276",
    },
    Country {
        code: "CN",
        name: "China",
        numeric: "156",
    },
    Country {
        code: "IN",
        name: "India",
        numeric: "356",
    },
    Country {
        code: "ID",
        name: "Indonesia",
        numeric: "360",
    },
    Country {
        code: "IL",
        name: "Israel",
        numeric: "376",
    },
    Country {
        code: "JP",
        name: "Japan",
        numeric: "392",
    },
    Country {
        code: "MN",
        name: "Mongolia",
        numeric: "496",
    },
    Country {
        code: "PS",
        name: "Palestine",
        numeric: "275",
    },
    Country {
        code: "PH",
        name: "Philippines",
        numeric: "608",
    },
    Country {
        code: "KR",
        name: "South Korea",
        numeric: "410",
    },
    Country {
        code: "TW",
        name: "Taiwan",
        numeric: "158",
    },
    Country {
        code: "TR",
        name: "Turkey",
        numeric: "792",
    },
    Country {
        code: "VN",
        name: "Vietnam",
        numeric: "704",
    },
];

/// The country with this alpha-2 code, if the atlas knows it.
pub fn country(code: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|country| country.code == code)
}

/// `Japan`, or the code itself for a country the table lacks.
pub fn name(code: &str) -> &str {
    country(code).map_or(code, |country| country.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_names_fall_back_to_the_code() {
        for (index, a) in COUNTRIES.iter().enumerate() {
            assert!(
                COUNTRIES[index + 1..]
                    .iter()
                    .all(|b| a.code != b.code && a.numeric != b.numeric)
            );
        }
        assert_eq!(name("KR"), "South Korea");
        assert_eq!(name("FR"), "FR");
    }
}
