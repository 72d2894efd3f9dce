//! Every place of the compiled atlas lies inside the bounding box of its country's Natural Earth
//! outline, give or take a quarter of a degree for coasts. The 1:50m outlines are used: the app's
//! 1:110m basemap leaves out islands such as Jeju.

mod common;

use atlas_compiler::basemap;
use atlas_compiler::countries::country;
use atlas_model::Basemap;
use common::{compile_real_data, root};
use std::collections::HashMap;

/// Degrees a place may lie outside its country's box.
const TOLERANCE: f64 = 0.25;

/// (west, south, east, north) of each country's rings, by ISO numeric code.
fn boxes(basemap: &Basemap) -> HashMap<&str, (f64, f64, f64, f64)> {
    basemap
        .countries
        .iter()
        .filter_map(|country| Some((country.id.as_str(), country.bounds(basemap.scale)?)))
        .collect()
}

#[test]
fn every_place_lies_within_its_countrys_bounds() {
    let topojson = root().join("node_modules/world-atlas/countries-50m.json");
    assert!(
        topojson.exists(),
        "{} is missing: run `npm ci` first",
        topojson.display()
    );
    let basemap = basemap::from_file(&topojson).expect("the Natural Earth outlines");
    let boxes = boxes(&basemap);
    let (atlas, _, _) = compile_real_data("bounds");
    let mut outside = Vec::new();
    for place in &atlas.places {
        let numeric = country(&place.country)
            .unwrap_or_else(|| {
                panic!(
                    "{}: country {} is not in the table",
                    place.id, place.country
                )
            })
            .numeric;
        let (west, south, east, north) = boxes
            .get(numeric)
            .copied()
            .unwrap_or_else(|| panic!("no outline {numeric} for {}", place.country));
        let (lat, lon) = (place.location.lat, place.location.lon);
        let inside = (west - TOLERANCE..=east + TOLERANCE).contains(&lon)
            && (south - TOLERANCE..=north + TOLERANCE).contains(&lat);
        if !inside {
            outside.push(format!(
                "{} ({}) at {lat}, {lon}: box {west}..{east} E, {south}..{north} N",
                place.id, place.country
            ));
        }
    }
    assert!(
        outside.is_empty(),
        "places outside their country:\n{}",
        outside.join("\n")
    );
    assert!(atlas.places.len() > 300);
}
