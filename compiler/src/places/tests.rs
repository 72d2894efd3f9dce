use super::*;
use crate::problems::Problems;
use crate::source::SourceFile;
use crate::test_fixtures::gazetteer;
use crate::toml_records::{array_of_tables, parse};
use atlas_model::Coordinates;

fn places(text: &str) -> (Vec<Place>, Vec<String>) {
    let file = SourceFile::new("data/places.toml", text);
    let mut problems = Problems::default();
    let root = parse(&file, &mut problems).expect("valid TOML");
    let records = array_of_tables(&file, &root, "place", &mut problems);
    let gazetteer = gazetteer();
    let declared = validate(
        &mut Check::new(&file, &mut problems),
        &records,
        Some(&gazetteer),
    );
    (
        declared.places,
        problems.iter().map(ToString::to_string).collect(),
    )
}

#[test]
fn a_city_is_located_from_the_gazetteer_with_its_names_in_other_scripts() {
    let (places, problems) = places(
        "[[place]]\nid = \"osnabrueck\"\nkind = \"city\"\ncountry = \"DE\"\n\
         names = { de = \"Osnabrück\", en = \"Osnabrück\" }\ngazetteer = \"Osnabrück, DE\"\n\n\
         [[place]]\nid = \"hefei\"\nkind = \"city\"\ncountry = \"CN\"\n\
         names = { de = \"Hefei\", en = \"Hefei\", ja = \"合肥市\" }\ngeonames = 1808722\n",
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
    assert_eq!(places[0].names.native, None);
    assert_eq!(places[0].names.ko.as_deref(), Some("오스나브뤼크"));
    assert_eq!(places[1].names.native.as_deref(), Some("合肥"));
    assert_eq!(places[1].names.zh.as_deref(), Some("合肥"));
    assert_eq!(
        places[1].names.ja.as_deref(),
        Some("合肥市"),
        "declared names win"
    );
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
fn a_district_may_be_represented_by_its_seat() {
    let (places, problems) = places(
        "[[place]]\nid = \"saale-holzland-kreis\"\nkind = \"district\"\ncountry = \"DE\"\n\
         names = { de = \"Saale-Holzland-Kreis\", en = \"Saale-Holzland district\" }\n\
         represented_by = \"Hermsdorf, DE, Thüringen\"\n",
    );
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        places[0].origin,
        PlaceOrigin::Representative {
            geonames_id: 2905916
        }
    );
    assert_eq!(places[0].population, None);
    assert_eq!(places[0].location, Coordinates::lat_lon(50.89694, 11.85549));
}

#[test]
fn a_place_has_one_location() {
    let (_, problems) = places(
        "[[place]]\nid = \"kreis\"\nkind = \"district\"\ncountry = \"DE\"\n\
         names = { de = \"Kreis\", en = \"District\" }\n\
         represented_by = \"Hermsdorf, DE, 15\"\npoint = { lat = 51.0, lon = 7.0, source = \"x\" }\n\n\
         [[place]]\nid = \"hermsdorf\"\nkind = \"city\"\ncountry = \"DE\"\n\
         names = { de = \"Hermsdorf\", en = \"Hermsdorf\" }\nrepresented_by = \"Hermsdorf, DE, 15\"\n",
    );
    assert_eq!(
        problems,
        [
            "data/places.toml:7: point: give one location: a point, represented_by or a gazetteer location",
            "data/places.toml:14: represented_by: a city is located from the gazetteer: replace \
             represented_by with gazetteer = \"Name, CC\" or geonames = ID (the gazetteer has it: \
             2905904 Hermsdorf (DE, 16 Berlin, PPLX, population 16726))",
        ]
    );
}

#[test]
fn a_city_the_gazetteer_lacks_may_stand_at_a_sourced_point() {
    let (places, problems) = places(
        "[[place]]\nid = \"dujiangyan\"\nkind = \"city\"\ncountry = \"CN\"\n\
         names = { de = \"Dujiangyan\", en = \"Dujiangyan\" }\n\
         point = { lat = 31.0017, lon = 103.6053, source = \"en.wikipedia coordinates\" }\n\n\
         [[place]]\nid = \"hefei\"\nkind = \"city\"\ncountry = \"CN\"\n\
         names = { de = \"Hefei\", en = \"Hefei\" }\n\
         point = { lat = 31.0, lon = 117.0, source = \"guess\" }\n",
    );
    assert_eq!(places.len(), 1);
    assert_eq!(
        problems,
        [
            "data/places.toml:13: point: a city is located from the gazetteer: replace point with \
             gazetteer = \"Name, CC\" or geonames = ID (the gazetteer has it: \
             1808722 Hefei (CN, 01 Anhui, PPLA, population 5050000))"
        ]
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
            "data/places.toml:14: gazetteer: \"Hermsdorf, DE, 16\" does not name geonames = 2905916, \
             which is 2905916 Hermsdorf (DE, 15 Thüringen, PPLA4, population 7800)"
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
             1808722 Hefei (CN, 01 Anhui, PPLA, population 5050000)"
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

mod division {
    use super::*;

    #[test]
    fn a_place_located_from_the_gazetteer_lies_in_its_entrys_land() {
        let (places, problems) = places(
            "[[place]]\nid = \"osnabrueck\"\nkind = \"city\"\ncountry = \"DE\"\n\
             names = { de = \"Osnabrück\", en = \"Osnabrück\" }\ngeonames = 2856883\n\n\
             [[place]]\nid = \"saale-holzland-kreis\"\nkind = \"district\"\ncountry = \"DE\"\n\
             names = { de = \"Saale-Holzland-Kreis\", en = \"Saale-Holzland district\" }\n\
             represented_by = \"Hermsdorf, DE, Thüringen\"\n\n\
             [[place]]\nid = \"muensterland\"\nkind = \"region\"\ncountry = \"DE\"\n\
             names = { de = \"Münsterland\", en = \"Münsterland\" }\n\
             point = { lat = 51.97, lon = 7.40, source = \"mean of the district seats\" }\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let divisions: Vec<Option<&str>> = places.iter().map(|p| p.division.as_deref()).collect();
        assert_eq!(divisions, [Some("Niedersachsen"), Some("Thüringen"), None]);
    }

    #[test]
    fn a_declared_division_wins_under_its_shown_name() {
        let (places, problems) = places(
            "[[place]]\nid = \"muensterland\"\nkind = \"region\"\ncountry = \"DE\"\n\
             names = { de = \"Münsterland\", en = \"Münsterland\" }\n\
             division = \"North Rhine-Westphalia\"\n\
             point = { lat = 51.97, lon = 7.40, source = \"mean of the district seats\" }\n\n\
             [[place]]\nid = \"hermsdorf\"\nkind = \"city\"\ncountry = \"DE\"\n\
             names = { de = \"Hermsdorf\", en = \"Hermsdorf\" }\ngeonames = 2905916\n\
             division = \"Sachsen\"\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(places[0].division.as_deref(), Some("Nordrhein-Westfalen"));
        assert_eq!(places[1].division.as_deref(), Some("Sachsen"));
    }

    #[test]
    fn a_state_lies_in_none() {
        let (places, problems) = places(
            "[[place]]\nid = \"anhui\"\nkind = \"state\"\ncountry = \"CN\"\n\
             names = { de = \"Anhui\", en = \"Anhui\" }\nrepresented_by = \"Hefei, CN\"\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            places[0].division, None,
            "Hefei lies in Anhui, which is the place"
        );
    }

    #[test]
    fn a_declared_division_must_be_one_the_gazetteer_names() {
        let (places, problems) = places(
            "[[place]]\nid = \"kreis\"\nkind = \"district\"\ncountry = \"DE\"\n\
             names = { de = \"Kreis\", en = \"District\" }\ndivision = \"Niedersachen\"\n\
             represented_by = \"Osnabrück, DE\"\n\n\
             [[place]]\nid = \"anhui\"\nkind = \"state\"\ncountry = \"CN\"\n\
             names = { de = \"Anhui\", en = \"Anhui\" }\ndivision = \"Anhui\"\n\
             represented_by = \"Hefei, CN\"\n\n\
             [[place]]\nid = \"region\"\nkind = \"region\"\ncountry = \"DE\"\n\
             names = { de = \"Region\", en = \"Region\" }\ndivision = \" \"\n\
             represented_by = \"Osnabrück, DE\"\n",
        );
        assert!(places.is_empty());
        assert_eq!(
            problems,
            [
                "data/places.toml:6: division: \"Niedersachen\" is no first-level division of DE \
                 in data/gazetteer/admin1.tsv; did you mean \"Niedersachsen\"?",
                "data/places.toml:14: division: a state lies in no first-level division; \
                 remove division",
                "data/places.toml:22: division: is empty",
            ]
        );
    }

    #[test]
    fn a_division_outside_the_admin1_list_is_taken_as_written() {
        let (places, problems) = places(
            "[[place]]\nid = \"gwangmyeong\"\nkind = \"city\"\ncountry = \"KR\"\n\
             names = { de = \"Gwangmyeong\", en = \"Gwangmyeong\" }\ngeonames = 1948005\n\
             division = \"Gyeonggi-do\"\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(places[0].division.as_deref(), Some("Gyeonggi-do"));
    }
}

mod alternates {
    use super::*;

    #[test]
    fn declared_spellings_come_first_then_the_gazetteers() {
        let (places, problems) = places(
            "[[place]]\nid = \"osnabrueck\"\nkind = \"city\"\ncountry = \"DE\"\n\
             names = { de = \"Osnabrück\", en = \"Osnabrück\" }\ngeonames = 2856883\n\
             alternates = [\"Osnabrugge\", \"OSNABRUECK\", \"Osnaburg\"]\n\n\
             [[place]]\nid = \"saale-holzland-kreis\"\nkind = \"district\"\ncountry = \"DE\"\n\
             names = { de = \"Saale-Holzland-Kreis\", en = \"Saale-Holzland district\" }\n\
             alternates = [\"Saale-Holzland\", \"Saale Holzland\"]\n\
             represented_by = \"Hermsdorf, DE, Thüringen\"\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            places[0].names.alternates,
            ["Osnabrugge", "Osnaburg", "Osnabrik"],
            "the declared first, less the umlauts spelt out, which search finds anyway"
        );
        assert_eq!(
            places[1].names.alternates,
            ["Saale-Holzland"],
            "a represented place has none of its seat's spellings"
        );
    }

    #[test]
    fn at_most_three_may_be_declared_and_none_blank() {
        let (places, problems) = places(
            "[[place]]\nid = \"hefei\"\nkind = \"city\"\ncountry = \"CN\"\n\
             names = { de = \"Hefei\", en = \"Hefei\" }\ngeonames = 1808722\n\
             alternates = [\"Ho-fei\", \"Hofei\", \"Lu-chou\", \"Luchow\", \"Chefei\", \"Hefey\", \"Khefej\"]\n\n\
             [[place]]\nid = \"osnabrueck\"\nkind = \"city\"\ncountry = \"DE\"\n\
             names = { de = \"Osnabrück\", en = \"Osnabrück\" }\ngeonames = 2856883\n\
             alternates = [\"Osnabrueck\", \"\"]\n",
        );
        assert!(places.is_empty());
        assert_eq!(
            problems,
            [
                "data/places.toml:7: alternates: 7 spellings; give at most 3",
                "data/places.toml:15: alternates[1]: is empty",
            ]
        );
    }
}
