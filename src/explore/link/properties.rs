//! Properties of the link parser over generated addresses. It refuses nothing aloud: a link is
//! typed and trimmed by people, so what does not parse is left out. What it reads must never
//! panic, must lie on the map, and must read the same once written back into a link; and any
//! view a page can have survives the round trip to the precision a link keeps.

use super::*;
use crate::property_cases::cases;
use proptest::prelude::*;
use std::collections::HashMap;

/// A parameter's value as people type, trim and paste them: words and names, numbers with
/// signs and exponents, commas, dashes and colons, spaces, and text in other scripts.
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::string::string_regex("[a-zA-Z0-9_ ,:.+\\-eé合광]{0,24}").expect("valid pattern"),
        (any::<f64>(), any::<f64>(), any::<f64>())
            .prop_map(|(lon, lat, zoom)| format!("{lon},{lat},{zoom}")),
        (any::<i32>(), any::<i32>()).prop_map(|(first, last)| format!("{first}-{last}")),
        Just("twin-town, friendship,,EAST-ASIA".to_owned()),
        "\\PC{0,12}",
    ]
}

/// A query: each parameter the link reads, present or not, with a typed value.
fn query() -> impl Strategy<Value = HashMap<&'static str, String>> {
    proptest::collection::vec(proptest::option::weighted(0.6, typed()), PARAMETERS.len()).prop_map(
        |values| {
            PARAMETERS
                .iter()
                .zip(values)
                .filter_map(|(name, value)| value.map(|value| (*name, value)))
                .collect()
        },
    )
}

fn read(query: &HashMap<&str, String>) -> LinkState {
    LinkState::from_query(|name| query.get(name).cloned())
}

fn written_and_read(state: &LinkState) -> LinkState {
    let query: HashMap<&str, String> = state.to_query().into_iter().collect();
    read(&query)
}

proptest! {
    #![proptest_config(cases(512))]

    #[test]
    fn what_a_link_gives_lies_on_the_map(query in query()) {
        let state = read(&query);
        if let Some(LinkedView { lon, lat, zoom }) = state.view {
            prop_assert!((-180.0..=180.0).contains(&lon), "longitude {}", lon);
            prop_assert!((-LATITUDE_LIMIT..=LATITUDE_LIMIT).contains(&lat), "latitude {}", lat);
            prop_assert!((ZOOMS.0..=ZOOMS.1).contains(&zoom), "zoom {}", zoom);
        }
        if let Some((first, last)) = state.filters.years {
            prop_assert!(first <= last);
        }
        for country in &state.filters.countries {
            prop_assert!(country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()));
        }
    }

    #[test]
    fn what_a_link_gives_reads_the_same_once_written_back(query in query()) {
        let state = read(&query);
        let again = written_and_read(&state);
        prop_assert_eq!(&again.lang, &state.lang);
        prop_assert_eq!(&again.open, &state.open);
        prop_assert_eq!(&again.filters, &state.filters);
        prop_assert_eq!(again.view.is_some(), state.view.is_some());
        prop_assert_eq!(written_and_read(&again), again);
    }

    #[test]
    fn any_view_survives_a_link_to_its_precision(
        lon in -180.0..=180.0f64,
        lat in -LATITUDE_LIMIT..=LATITUDE_LIMIT,
        zoom in ZOOMS.0..=ZOOMS.1,
    ) {
        let state = LinkState { view: Some(LinkedView { lon, lat, zoom }), ..LinkState::default() };
        let view = written_and_read(&state).view.expect("a view is written");
        // A longitude next to the date line may be written as the other side's 180.
        let across = view.lon.abs() == 180.0 && lon.abs() > 179.9999;
        prop_assert!((view.lon - lon).abs() <= 5e-5 || across);
        prop_assert!((view.lat - lat).abs() <= 5e-5);
        prop_assert!((view.zoom - zoom).abs() <= 5e-3);
    }
}
