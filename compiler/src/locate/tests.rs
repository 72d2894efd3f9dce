use super::*;
use crate::test_fixtures::gazetteer;

#[test]
fn finds_a_unique_name_ignoring_case() {
    let gazetteer = gazetteer();
    let entry = by_name(&gazetteer, "osnabrück, DE").unwrap();
    assert_eq!(entry.geonames_id, 2856883);
    assert_eq!(
        by_name(&gazetteer, "Hefei, CN").unwrap().population,
        3310268
    );
}

#[test]
fn admin1_picks_one_of_several() {
    let gazetteer = gazetteer();
    assert_eq!(
        by_name(&gazetteer, "Münster, DE, 07").unwrap().geonames_id,
        2867543
    );
    assert_eq!(
        by_name(&gazetteer, "Hermsdorf, DE, 15")
            .unwrap()
            .geonames_id,
        2905916
    );
    assert_eq!(
        by_name(&gazetteer, "Münster, DE, 09").unwrap_err(),
        "\"Münster, DE, 09\" is not in the gazetteer: \"Münster\" in DE is only in admin1 02, 05, 07"
    );
}

#[test]
fn an_ambiguous_name_lists_the_candidates() {
    let gazetteer = gazetteer();
    assert_eq!(
        by_name(&gazetteer, "Münster, DE").unwrap_err(),
        "\"Münster, DE\" is ambiguous: 3 places match: \
         2867543 Münster (DE, admin1 07, PPLA2, population 270184); \
         2867548 Münster (DE, admin1 05, PPLA4, population 14018); \
         2867555 Münster (DE, admin1 02, PPL, population 1078); \
         use geonames = ID or \"Münster, DE, 07\""
    );
    let wuhu = by_name(&gazetteer, "Wuhu, CN").unwrap_err();
    assert!(wuhu.ends_with("; use geonames = ID"), "{wuhu}");
}

#[test]
fn a_missing_name_suggests_the_nearest_in_its_country() {
    let gazetteer = gazetteer();
    assert_eq!(
        by_name(&gazetteer, "Gwangmyeong, KR").unwrap_err(),
        "\"Gwangmyeong, KR\" is not in the gazetteer; nearest names in KR: \"Kwangmyŏng\""
    );
    assert_eq!(
        by_name(&gazetteer, "Muenster, DE").unwrap_err(),
        "\"Muenster, DE\" is not in the gazetteer; nearest names in DE: \"Munster\", \"Münster\""
    );
    assert_eq!(
        by_name(&gazetteer, "Tokyo, DE").unwrap_err(),
        "\"Tokyo, DE\" is not in the gazetteer, and no name in DE is close"
    );
}

#[test]
fn unknown_countries_and_bad_shapes_are_explained() {
    let gazetteer = gazetteer();
    assert_eq!(
        by_name(&gazetteer, "Paris, FR").unwrap_err(),
        "country FR is not in the gazetteer (it covers CN, DE, KR)"
    );
    assert_eq!(
        by_name(&gazetteer, "Osnabrück").unwrap_err(),
        "\"Osnabrück\" should be \"Name, CC\" or \"Name, CC, admin1\" (CC: ISO country code in capitals)"
    );
    assert!(NameQuery::parse("Osnabrück, de").is_err());
}

#[test]
fn ids_are_looked_up_directly() {
    let gazetteer = gazetteer();
    assert_eq!(by_id(&gazetteer, 1948005).unwrap().name, "Kwangmyŏng");
    assert_eq!(
        by_id(&gazetteer, 1).unwrap_err(),
        "GeoNames id 1 is not in the gazetteer (cities of at least 1000 people in CN, DE, KR)"
    );
}
