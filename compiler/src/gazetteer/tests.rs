use super::*;
use crate::test_fixtures::gazetteer;

#[test]
fn indexes_by_id_and_by_name_ignoring_case() {
    let gazetteer = gazetteer();
    assert_eq!(
        gazetteer.by_id(1808722).map(|e| e.name.as_str()),
        Some("Hefei")
    );
    assert_eq!(gazetteer.named("münster", "DE").len(), 3);
    assert!(gazetteer.named("Münster", "CN").is_empty());
    assert_eq!(gazetteer.countries(), ["CN", "DE", "KR"]);
}

#[test]
fn reads_names_in_other_scripts_and_alternate_spellings() {
    let gazetteer = gazetteer();
    let hefei = gazetteer.by_id(1808722).expect("Hefei");
    assert_eq!(hefei.native.as_deref(), Some("合肥"));
    assert_eq!(hefei.ko.as_deref(), Some("허페이 시"));
    let osnabrueck = gazetteer.by_id(2856883).expect("Osnabrück");
    assert_eq!(osnabrueck.native, None);
    assert_eq!(osnabrueck.ja.as_deref(), Some("オスナブリュック"));
    assert!(osnabrueck.alternates.contains(&"Osnabrueck".to_owned()));
}

#[test]
fn loose_and_alternate_matches_are_kept_apart() {
    let gazetteer = gazetteer();
    let ids = |how, name| -> Vec<u64> {
        gazetteer
            .matching(how, name, "DE")
            .iter()
            .map(|e| e.geonames_id)
            .collect()
    };
    assert_eq!(ids(Match::Name, "MUNSTER"), [2867542]);
    assert_eq!(
        ids(Match::LooseName, "Munster"),
        [2867542, 2867543, 2867548, 2867555]
    );
    assert_eq!(
        ids(Match::LooseName, "Muenster"),
        [2867543, 2867548, 2867555]
    );
    assert_eq!(ids(Match::Alternate, "Ossenbrügge"), [2856883]);
    let korean = gazetteer.matching(Match::Alternate, "광명", "KR");
    assert_eq!(korean.len(), 1);
    assert_eq!(gazetteer.countries_naming("Kwangmyong"), ["KR"]);
}

#[test]
fn reports_malformed_rows_with_their_line() {
    let header = COLUMNS.join("\t");
    let text = format!(
        "{header}\n1808722\tHefei\tCN\t01\tPPLA\t31.86389\t117.28083\t5050000\t合肥\t合肥\t\t\t\n\
         123\tNowhere\tDE\t01\tPPL\tnorth\t8.0\t0\t\t\t\t\t\n42\tShort\n"
    );
    let mut problems = Problems::default();
    let gazetteer = Gazetteer::parse(&SourceFile::new("g.tsv", text), &mut problems);
    assert_eq!(gazetteer.len(), 1);
    let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "g.tsv:3: lat: \"north\" is not a number",
            "g.tsv:4: row: expected 13 tab-separated columns, found 2",
        ]
    );
}

#[test]
fn a_wrong_header_is_one_problem() {
    let mut problems = Problems::default();
    let gazetteer = Gazetteer::parse(
        &SourceFile::new("g.tsv", "geonameid\tname\n1\tX\n"),
        &mut problems,
    );
    assert!(gazetteer.is_empty());
    assert_eq!(problems.len(), 1);
}

#[test]
fn admin1_names_match_by_code_or_name() {
    let gazetteer = gazetteer();
    let admin1 = &gazetteer.admin1;
    assert!(admin1.matches("DE", "07", "07"));
    assert!(admin1.matches("DE", "07", "nordrhein-westfalen"));
    assert!(admin1.matches("DE", "07", "North Rhine-Westphalia"));
    assert!(!admin1.matches("DE", "06", "Nordrhein-Westfalen"));
    assert_eq!(admin1.describe("DE", "07"), "07 Nordrhein-Westfalen");
    assert_eq!(admin1.describe("KR", "13"), "admin1 13");
}
