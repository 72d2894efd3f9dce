use super::*;
use crate::test_fixtures::gazetteer;

fn id(gazetteer: &Gazetteer, text: &str) -> Result<u64, String> {
    find(gazetteer, text).map(|found| found.entry.geonames_id)
}

#[test]
fn finds_a_unique_name_ignoring_case() {
    let gazetteer = gazetteer();
    assert_eq!(id(&gazetteer, "osnabrück, DE"), Ok(2856883));
    let hefei = find(&gazetteer, "Hefei, CN").unwrap();
    assert_eq!(hefei.entry.population, 5050000);
    assert_eq!(hefei.how, Match::Name);
    assert_eq!(id(&gazetteer, "geonames:1948005"), Ok(1948005));
}

#[test]
fn ascii_and_other_spellings_find_the_place() {
    let gazetteer = gazetteer();
    let loose = find(&gazetteer, "Osnabrueck, DE").unwrap();
    assert_eq!(
        (loose.entry.geonames_id, loose.how),
        (2856883, Match::LooseName)
    );
    assert_eq!(id(&gazetteer, "Osnabruck, DE"), Ok(2856883));
    let alternate = find(&gazetteer, "Gwangmyeong, KR").unwrap();
    assert_eq!(
        (alternate.entry.geonames_id, alternate.how),
        (1948005, Match::ExactAlternate)
    );
    let loose_alternate = find(&gazetteer, "Gwang-Myeong, KR").unwrap();
    assert_eq!(loose_alternate.how, Match::Alternate);
    assert_eq!(id(&gazetteer, "광명, KR"), Ok(1948005));
    assert_eq!(id(&gazetteer, "Munster, DE"), Ok(2867542));
}

#[test]
fn a_loose_name_and_an_exact_alternate_name_are_equally_good() {
    let gazetteer = gazetteer();
    // "Minster" is an alternate name of Münster (NRW) and loosely no GeoNames name; "Munster"
    // loosely is all four, but its exact name wins first.
    assert_eq!(id(&gazetteer, "Minster, DE"), Ok(2867543));
    let message = id(&gazetteer, "Münsters, DE").unwrap_err();
    assert!(
        message.starts_with("\"Münsters, DE\" is not in the gazetteer"),
        "{message}"
    );
}

#[test]
fn a_region_picks_one_of_several_by_code_or_name() {
    let gazetteer = gazetteer();
    assert_eq!(id(&gazetteer, "Münster, DE, 07"), Ok(2867543));
    assert_eq!(
        id(&gazetteer, "Münster, DE, Nordrhein-Westfalen"),
        Ok(2867543)
    );
    assert_eq!(id(&gazetteer, "Muenster, DE, Hessen"), Ok(2867548));
    assert_eq!(id(&gazetteer, "Hermsdorf, DE, Thüringen"), Ok(2905916));
    assert_eq!(
        id(&gazetteer, "Münster, DE, Sachsen").unwrap_err(),
        "\"Münster, DE, Sachsen\" is not in the gazetteer: \"Münster\" in DE is only in \
         02 Bayern, 05 Hessen, 07 Nordrhein-Westfalen"
    );
}

#[test]
fn an_ambiguous_name_lists_the_candidates_and_how_to_pick_one() {
    let gazetteer = gazetteer();
    assert_eq!(
        id(&gazetteer, "Münster, DE").unwrap_err(),
        "\"Münster, DE\" is ambiguous: 3 places match: \
         2867543 Münster (DE, 07 Nordrhein-Westfalen, PPLA2, population 308258); \
         2867548 Münster (DE, 05 Hessen, PPLA4, population 14018); \
         2867555 Münster (DE, 02 Bayern, PPL, population 1078); \
         pick one by its GeoNames id (\"geonames:2867543\") or add its region \
         (\"Münster, DE, Nordrhein-Westfalen\")"
    );
    let wuhu = id(&gazetteer, "Wuhu, CN").unwrap_err();
    assert!(
        wuhu.ends_with("; pick one by its GeoNames id (\"geonames:1791236\")"),
        "{wuhu}"
    );
}

#[test]
fn a_missing_name_suggests_the_nearest_in_its_country() {
    let gazetteer = gazetteer();
    assert_eq!(
        id(&gazetteer, "Osnabrüch, DE").unwrap_err(),
        "\"Osnabrüch, DE\" is not in the gazetteer; nearest names in DE: \"Osnabrück\""
    );
    assert_eq!(
        id(&gazetteer, "Minsterr, DE").unwrap_err(),
        "\"Minsterr, DE\" is not in the gazetteer; nearest names in DE: \"Munster\", \"Münster\""
    );
    assert_eq!(
        id(&gazetteer, "Tokyo, DE").unwrap_err(),
        "\"Tokyo, DE\" is not in the gazetteer, and no name in DE is close"
    );
}

#[test]
fn unknown_countries_ids_and_bad_shapes_are_explained() {
    let gazetteer = gazetteer();
    assert_eq!(
        id(&gazetteer, "Paris, FR").unwrap_err(),
        "country FR is not in the gazetteer (it covers CN, DE, KR)"
    );
    assert!(
        id(&gazetteer, "Osnabrück")
            .unwrap_err()
            .starts_with("\"Osnabrück\" should be \"Name, CC\" or \"Name, CC, region\"")
    );
    assert_eq!(
        id(&gazetteer, "geonames:1").unwrap_err(),
        "GeoNames id 1 is not in the gazetteer (it covers CN, DE, KR; data/gazetteer/README.md says which places it keeps)"
    );
}

#[test]
fn descriptions_name_the_region_where_known() {
    let gazetteer = gazetteer();
    let wuhu = gazetteer.by_id(7069199).unwrap();
    assert_eq!(
        describe(&gazetteer, wuhu),
        "7069199 Wuhu (CN, 01 Anhui, PPLA3, population 0)"
    );
    let gwangmyeong = gazetteer.by_id(1948005).unwrap();
    assert_eq!(
        describe(&gazetteer, gwangmyeong),
        "1948005 Kwangmyŏng (KR, admin1 13, PPL, population 357545)"
    );
}
