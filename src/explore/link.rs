//! The view as query parameters of the page's address, so a copied link reopens it.
//!
//! `?lang=en&open=place:hefei&kinds=twin_town,friendship&visits=0&regions=east_asia&countries=CN,KR`
//! `&states=Niedersachsen&confidence=verified&years=1990-2010&at=8.0498,52.2726,4.5`
//! `&focus=osnabrueck` (only the ties and visits of one place; the app also takes a place's
//! name there and resolves it to the place)

use super::filters::Filters;
use crate::map::scene::Feature;
use atlas_model::{Confidence, PlaceId, Region, TieKind};
use std::collections::BTreeSet;

const LANG: &str = "lang";
const OPEN: &str = "open";
const KINDS: &str = "kinds";
const VISITS: &str = "visits";
const REGIONS: &str = "regions";
const COUNTRIES: &str = "countries";
const STATES: &str = "states";
const CONFIDENCE: &str = "confidence";
const YEARS: &str = "years";
const AT: &str = "at";
const FOCUS: &str = "focus";

/// Every parameter this module reads and writes: the page replaces exactly these and keeps
/// the others (`atlas=`, `basemap=`).
pub const PARAMETERS: [&str; 11] = [
    LANG, OPEN, FOCUS, KINDS, VISITS, REGIONS, COUNTRIES, STATES, CONFIDENCE, YEARS, AT,
];

/// The zooms a link may ask for; others are brought into this range.
pub const ZOOMS: (f64, f64) = (0.0, 12.0);
/// The latitudes the map can show (Web Mercator).
const LATITUDE_LIMIT: f64 = 85.051_128_78;

/// What a link remembers of the app.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LinkState {
    /// The interface language's tag as given (`de`, `en`, `zh`, `ko`, `ja`).
    pub lang: Option<String>,
    /// The open feature, written as its key: `place:hefei`, `tie:a--b--kind`, `visit:id`.
    pub open: Option<Feature>,
    pub filters: Filters,
    /// Where the map looks.
    pub view: Option<LinkedView>,
}

/// The map's centre and zoom as a link writes them (`at=lon,lat,zoom`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinkedView {
    pub lon: f64,
    pub lat: f64,
    pub zoom: f64,
}

impl LinkState {
    /// The parameters for this state, leaving out whatever is as a fresh page has it.
    pub fn to_query(&self) -> Vec<(&'static str, String)> {
        let filters = &self.filters;
        let mut query = Vec::new();
        let mut put = |name: &'static str, value: Option<String>| {
            if let Some(value) = value.filter(|value| !value.is_empty()) {
                query.push((name, value));
            }
        };
        put(LANG, self.lang.clone());
        put(OPEN, self.open.as_ref().map(Feature::key));
        put(FOCUS, filters.place.as_ref().map(PlaceId::to_string));
        put(
            KINDS,
            Some(joined(filters.kinds.iter().map(|kind| kind.name()))),
        );
        put(VISITS, (!filters.visits).then(|| "0".to_string()));
        put(
            REGIONS,
            Some(joined(filters.regions.iter().map(|region| region.name()))),
        );
        put(
            COUNTRIES,
            Some(joined(filters.countries.iter().map(String::as_str))),
        );
        put(
            STATES,
            Some(joined(filters.states.iter().map(String::as_str))),
        );
        put(
            CONFIDENCE,
            Some(joined(filters.confidences.iter().map(|c| c.name()))),
        );
        put(
            YEARS,
            filters.years.map(|(first, last)| format!("{first}-{last}")),
        );
        put(
            AT,
            self.view.map(|LinkedView { lon, lat, zoom }| {
                format!(
                    "{},{},{}",
                    decimals(lon, 4),
                    decimals(lat, 4),
                    decimals(zoom, 2)
                )
            }),
        );
        query
    }

    /// The state a link asks for, reading each parameter through `get`. Lenient, as links are
    /// typed and trimmed by people: unknown names are skipped, numbers that do not parse are
    /// ignored, a reversed year range is turned round, and the view is brought onto the map.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> LinkState {
        let text = |name: &str| get(name).map(|value| value.trim().to_string());
        let listed = |name: &str| -> Vec<String> {
            text(name)
                .map(|value| {
                    value
                        .split(',')
                        .map(str::trim)
                        .filter(|item| !item.is_empty())
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default()
        };
        let filters = Filters {
            // `twin-town` is read as `twin_town`: people write both.
            kinds: listed(KINDS)
                .iter()
                .filter_map(|name| TieKind::from_name(&name.replace('-', "_")))
                .collect(),
            visits: !matches!(text(VISITS).as_deref(), Some("0" | "false" | "no")),
            // `east-asia` is read as `east_asia`, as with kinds.
            regions: listed(REGIONS)
                .iter()
                .filter_map(|name| Region::from_name(&name.replace('-', "_")))
                .collect(),
            countries: listed(COUNTRIES)
                .into_iter()
                .filter(|code| code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic()))
                .map(|code| code.to_ascii_uppercase())
                .collect(),
            states: listed(STATES).into_iter().collect::<BTreeSet<_>>(),
            confidences: listed(CONFIDENCE)
                .iter()
                .filter_map(|name| Confidence::from_name(name))
                .collect(),
            years: text(YEARS).and_then(|value| year_range(&value)),
            place: text(FOCUS)
                .filter(|place| !place.is_empty())
                .map(PlaceId::new),
        };
        LinkState {
            lang: text(LANG).filter(|tag| !tag.is_empty()),
            open: text(OPEN).and_then(|key| Feature::from_key(&key)),
            filters,
            view: text(AT).and_then(|value| view(&value)),
        }
    }
}

fn joined<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(",")
}

/// `value` with at most `places` decimals and no trailing zeros: `4.5`, `8.0498`, `0`.
fn decimals(value: f64, places: usize) -> String {
    let fixed = format!("{value:.places$}");
    let trimmed = if fixed.contains('.') {
        fixed.trim_end_matches('0').trim_end_matches('.')
    } else {
        &fixed
    };
    match trimmed {
        "-0" => "0".to_string(),
        _ => trimmed.to_string(),
    }
}

/// `1990-2010`, `2010-1990` (turned round) or `2006` (that year alone). A year is written in
/// digits alone: the dash stands between two years, so a year before zero could not be
/// written back.
fn year_range(value: &str) -> Option<(i32, i32)> {
    let (first, last) = value.split_once('-').unwrap_or((value, value));
    let year = |text: &str| -> Option<i32> {
        let text = text.trim();
        let digits = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
        digits.then_some(text)?.parse::<u16>().ok().map(i32::from)
    };
    let (first, last) = (year(first)?, year(last)?);
    Some(if first <= last {
        (first, last)
    } else {
        (last, first)
    })
}

/// `lon,lat,zoom`, with the longitude wrapped, the latitude and the zoom clamped to the map.
fn view(value: &str) -> Option<LinkedView> {
    let numbers: Vec<f64> = value
        .split(',')
        .map(|part| part.trim().parse::<f64>().ok().filter(|n| n.is_finite()))
        .collect::<Option<_>>()?;
    let [lon, lat, zoom] = numbers[..] else {
        return None;
    };
    let lon = if (-180.0..=180.0).contains(&lon) {
        lon
    } else {
        (lon + 180.0).rem_euclid(360.0) - 180.0
    };
    Some(LinkedView {
        lon,
        lat: lat.clamp(-LATITUDE_LIMIT, LATITUDE_LIMIT),
        zoom: zoom.clamp(ZOOMS.0, ZOOMS.1),
    })
}

#[cfg(test)]
mod properties;

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;
    use atlas_model::TieId;
    use std::collections::HashMap;

    /// Reads a state back from the parameters `to_query` wrote, as the page would.
    fn reopened(state: &LinkState) -> LinkState {
        let query: HashMap<&str, String> = state.to_query().into_iter().collect();
        LinkState::from_query(|name| query.get(name).cloned())
    }

    fn from(pairs: &[(&str, &str)]) -> LinkState {
        let query: HashMap<&str, &str> = pairs.iter().copied().collect();
        LinkState::from_query(|name| query.get(name).map(|value| value.to_string()))
    }

    fn everything() -> LinkState {
        LinkState {
            lang: Some("ko".into()),
            open: Some(Feature::Tie(TieId::new("osnabrueck--hefei--friendship"))),
            filters: Filters {
                kinds: BTreeSet::from([TieKind::TwinTown, TieKind::ProjectPartnership]),
                visits: false,
                regions: BTreeSet::from([Region::EastAsia]),
                countries: BTreeSet::from(["CN".into(), "KR".into()]),
                states: BTreeSet::from(["Niedersachsen".into(), "Baden-Württemberg".into()]),
                confidences: BTreeSet::from([Confidence::Verified, Confidence::WeakMention]),
                years: Some((1990, 2010)),
                place: Some(PlaceId::new("osnabrueck")),
            },
            view: Some(LinkedView {
                lon: 8.0498,
                lat: 52.2726,
                zoom: 4.5,
            }),
        }
    }

    mod writing {
        use super::*;

        #[test]
        fn a_fresh_page_needs_no_parameters() {
            assert!(LinkState::default().to_query().is_empty());
        }

        #[test]
        fn every_part_has_its_parameter() {
            let query = everything().to_query();
            let expected = [
                ("lang", "ko"),
                ("open", "tie:osnabrueck--hefei--friendship"),
                ("focus", "osnabrueck"),
                ("kinds", "twin_town,project_partnership"),
                ("visits", "0"),
                ("regions", "east_asia"),
                ("countries", "CN,KR"),
                ("states", "Baden-Württemberg,Niedersachsen"),
                ("confidence", "verified,weak_mention"),
                ("years", "1990-2010"),
                ("at", "8.0498,52.2726,4.5"),
            ];
            let written: Vec<(&str, &str)> = query
                .iter()
                .map(|(name, value)| (*name, value.as_str()))
                .collect();
            assert_eq!(written, expected);
            let names: Vec<&str> = query.iter().map(|(name, _)| *name).collect();
            assert_eq!(names, PARAMETERS, "PARAMETERS lists every one");
        }

        #[test]
        fn the_view_is_rounded_to_what_a_screen_shows() {
            let state = LinkState {
                view: Some(LinkedView {
                    lon: 117.280_834_9,
                    lat: -0.000_01,
                    zoom: 5.125_9,
                }),
                ..LinkState::default()
            };
            assert_eq!(state.to_query(), [("at", "117.2808,0,5.13".to_string())]);
        }
    }

    mod round_trip {
        use super::*;

        #[test]
        fn keeps_every_part() {
            assert_eq!(reopened(&everything()), everything());
            assert_eq!(reopened(&LinkState::default()), LinkState::default());
        }

        #[test]
        fn keeps_single_choices_and_visits_shown() {
            let state = LinkState {
                filters: Filters {
                    kinds: BTreeSet::from([TieKind::LetterOfIntent]),
                    years: Some((2006, 2006)),
                    ..Filters::default()
                },
                ..LinkState::default()
            };
            assert_eq!(reopened(&state), state);
        }

        #[test]
        fn keeps_the_view_to_its_rounding() {
            let state = LinkState {
                view: Some(LinkedView {
                    lon: -157.858_33,
                    lat: 21.306_94,
                    zoom: 7.777,
                }),
                ..LinkState::default()
            };
            let LinkedView { lon, lat, zoom } = reopened(&state).view.unwrap();
            assert_relative_eq!(lon, -157.8583);
            assert_relative_eq!(lat, 21.3069);
            assert_relative_eq!(zoom, 7.78);
        }
    }

    mod reading {
        use super::*;

        #[test]
        fn skips_unknown_kinds_and_confidences() {
            let state = from(&[
                ("kinds", "twin_town,,sister_city, friendship "),
                ("confidence", "rumour,list_only"),
            ]);
            assert_eq!(
                state.filters.kinds,
                BTreeSet::from([TieKind::TwinTown, TieKind::Friendship])
            );
            assert_eq!(
                state.filters.confidences,
                BTreeSet::from([Confidence::ListOnly])
            );
        }

        #[test]
        fn reads_kinds_written_with_hyphens() {
            let state = from(&[("kinds", "twin-town,letter-of-intent")]);
            assert_eq!(
                state.filters.kinds,
                BTreeSet::from([TieKind::TwinTown, TieKind::LetterOfIntent])
            );
        }

        #[test]
        fn reads_the_focus_as_given_for_the_app_to_resolve() {
            let state = from(&[("focus", " Osnabrück ")]);
            assert_eq!(state.filters.place, Some(PlaceId::new("Osnabrück")));
            assert_eq!(from(&[("focus", "")]).filters.place, None);
        }

        #[test]
        fn takes_country_codes_in_any_case_and_drops_others() {
            let state = from(&[("countries", "cn,Kr,Korea,1A")]);
            assert_eq!(
                state.filters.countries,
                BTreeSet::from(["CN".to_string(), "KR".to_string()])
            );
        }

        #[test]
        fn turns_a_reversed_year_range_round_and_ignores_bad_years() {
            assert_eq!(
                from(&[("years", "2010-1990")]).filters.years,
                Some((1990, 2010))
            );
            assert_eq!(from(&[("years", "1997")]).filters.years, Some((1997, 1997)));
            for bad in ["", "19x0-2000", "1990-", "-", "0--1", "+1990", "99999"] {
                assert_eq!(from(&[("years", bad)]).filters.years, None, "{bad}");
            }
        }

        #[test]
        fn reads_visits_hidden_only_when_asked() {
            for hidden in ["0", "false", "no"] {
                assert!(!from(&[("visits", hidden)]).filters.visits, "{hidden}");
            }
            for shown in ["1", "", "yes"] {
                assert!(from(&[("visits", shown)]).filters.visits, "{shown}");
            }
        }

        #[test]
        fn brings_the_view_onto_the_map_or_ignores_it() {
            assert_eq!(
                from(&[("at", "8,52,30")]).view,
                Some(LinkedView {
                    lon: 8.0,
                    lat: 52.0,
                    zoom: 12.0
                })
            );
            assert_eq!(
                from(&[("at", "8,52,-3")]).view,
                Some(LinkedView {
                    lon: 8.0,
                    lat: 52.0,
                    zoom: 0.0
                })
            );
            let LinkedView { lon, lat, .. } = from(&[("at", "190,89,3")]).view.unwrap();
            assert_relative_eq!(lon, -170.0);
            assert_relative_eq!(lat, LATITUDE_LIMIT);
            for bad in ["8,52", "8,52,3,1", "8,north,3", "NaN,52,3", "inf,1,1", ""] {
                assert_eq!(from(&[("at", bad)]).view, None, "{bad}");
            }
        }

        #[test]
        fn leaves_out_empty_language_and_feature() {
            let state = from(&[("lang", " "), ("open", "")]);
            assert_eq!((state.lang, state.open), (None, None));
            assert!(from(&[("atlas", "other.json")]).filters.is_default());
        }

        #[test]
        fn opens_only_what_the_map_can_open() {
            let hefei = Feature::Place(PlaceId::new("hefei"));
            assert_eq!(from(&[("open", " place:hefei ")]).open, Some(hefei));
            for unknown in ["story:osnabrueck-2024", "hefei", "place"] {
                assert_eq!(from(&[("open", unknown)]).open, None, "{unknown}");
            }
        }
    }
}
