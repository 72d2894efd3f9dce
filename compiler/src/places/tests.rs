use super::*;
use crate::problems::Problems;
use crate::source::SourceFile;
use crate::test_fixtures::gazetteer;
use crate::toml_records::{array_of_tables, parse};

fn places(text: &str) -> (Vec<Place>, Vec<String>) {
    let file = SourceFile::new("data/places.toml", text);
    let mut problems = Problems::default();
    let root = parse(&file, &mut problems).expect("valid TOML");
    let records = array_of_tables(&file, &root, "place", &mut problems);
    let gazetteer = gazetteer();
    let (places, _) = validate(
        &mut Check::new(&file, &mut problems),
        &records,
        Some(&gazetteer),
    );
    (places, problems.iter().map(ToString::to_string).collect())
}

#[test]
fn a_city_is_located_from_the_gazetteer() {
    let (places, problems) = places(
        "[[place]]\nid = \"osnabrueck\"\nkind = \"city\"\ncountry = \"DE\"\n\
         names = { de = \"Osnabrück\", en = \"Osnabrück\" }\ngazetteer = \"Osnabrück, DE\"\n\n\
         [[place]]\nid = \"hefei\"\nkind = \"city\"\ncountry = \"CN\"\n\
         names = { de = \"Hefei\", en = \"Hefei\", native = \"合肥\" }\ngeonames = 1808722\n",
    );
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        places[0].origin,
        PlaceOrigin::Gazetteer {
            geonames_id: 2856883
        }
    );
    assert_eq!(places[0].population, Some(166462));
    assert_eq!(places[0].location, Coordinates::lat_lon(52.27264, 8.0498));
    assert_eq!(places[1].names.native.as_deref(), Some("合肥"));
}

#[test]
fn a_region_may_declare_a_point_with_its_source() {
    let (places, problems) = places(
        "[[place]]\nid = \"muensterland\"\nkind = \"region\"\ncountry = \"DE\"\n\
         names = { de = \"Münsterland\", en = \"Münsterland\" }\n\
         point = { lat = 51.97, lon = 7.40, source = \"mean of the district seats\" }\n",
    );
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        places[0].origin,
        PlaceOrigin::Declared {
            source: "mean of the district seats".into()
        }
    );
}

#[test]
fn geonames_and_gazetteer_must_agree() {
    let (places, problems) = places(
        "[[place]]\nid = \"muenster\"\nkind = \"city\"\ncountry = \"DE\"\n\
         names = { de = \"Münster\", en = \"Münster\" }\ngazetteer = \"Münster, DE\"\ngeonames = 2867543\n\n\
         [[place]]\nid = \"hermsdorf\"\nkind = \"city\"\ncountry = \"DE\"\n\
         names = { de = \"Hermsdorf\", en = \"Hermsdorf\" }\ngazetteer = \"Hermsdorf, DE, 16\"\ngeonames = 2905916\n",
    );
    assert_eq!(places.len(), 1);
    assert_eq!(
        problems,
        [
            "data/places.toml:14: gazetteer: \"Hermsdorf, DE, 16\" does not name geonames = 2905916, which is \
         2905916 Hermsdorf (DE, admin1 15, PPLA4, population 7800)"
        ]
    );
}

#[test]
fn the_gazetteer_entry_must_be_in_the_places_country() {
    let (_, problems) = places(
        "[[place]]\nid = \"hefei\"\nkind = \"city\"\ncountry = \"KR\"\n\
         names = { de = \"Hefei\", en = \"Hefei\" }\ngeonames = 1808722\n",
    );
    assert_eq!(
        problems,
        [
            "data/places.toml:4: country: is KR, but the gazetteer entry is in CN: \
         1808722 Hefei (CN, admin1 01, PPLA, population 3310268)"
        ]
    );
}

#[test]
fn missing_fields_are_reported_at_the_record() {
    let (_, problems) = places("[[place]]\nid = \"hefei\"\n");
    assert_eq!(
        problems,
        [
            "data/places.toml:1: kind: missing",
            "data/places.toml:1: country: missing",
            "data/places.toml:1: names: missing",
        ]
    );
}

#[test]
fn a_blank_native_name_is_a_problem() {
    let (places, problems) = places(
        "[[place]]\nid = \"hefei\"\nkind = \"city\"\ncountry = \"CN\"\n\
         names = { de = \"Hefei\", en = \"Hefei\", native = \" \" }\ngeonames = 1808722\n",
    );
    assert!(places.is_empty());
    assert_eq!(problems, ["data/places.toml:5: names.native: is empty"]);
}

#[test]
fn two_places_may_not_share_a_gazetteer_entry() {
    let (places, problems) = places(
        "[[place]]\nid = \"osnabrueck\"\nkind = \"city\"\ncountry = \"DE\"\n\
         names = { de = \"Osnabrück\", en = \"Osnabrück\" }\ngazetteer = \"Osnabrück, DE\"\n\n\
         [[place]]\nid = \"osnabrueck-city\"\nkind = \"city\"\ncountry = \"DE\"\n\
         names = { de = \"Osnabrück\", en = \"Osnabrück\" }\ngeonames = 2856883\n",
    );
    assert_eq!(places.len(), 1);
    assert_eq!(
        problems,
        [
            "data/places.toml:8: geonames: GeoNames 2856883 already locates \"osnabrueck\" (line 1); one place per city"
        ]
    );
}
