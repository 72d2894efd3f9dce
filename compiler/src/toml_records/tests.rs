use super::*;
use crate::raw::{RawPlace, RawStory, RawVisit};

fn messages(problems: &Problems) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

fn places(text: &str) -> (Option<Records<RawPlace>>, Vec<String>) {
    let file = SourceFile::new("data/places.toml", text);
    let mut problems = Problems::default();
    let records = parse(&file, &mut problems)
        .map(|root| array_of_tables(&file, &root, "place", &mut problems));
    (records, messages(&problems))
}

#[test]
fn syntax_errors_are_reported_with_their_line() {
    let (records, problems) = places("[[place]]\nid = \"hefei\"\nkind = city\n");
    assert!(records.is_none());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("data/places.toml:3: syntax: "),
        "{problems:?}"
    );
}

#[test]
fn every_unknown_field_is_reported_at_its_key() {
    let text = "[[place]]\nid = \"hefei\"\ncolour = \"red\"\nnames = { de = \"Hefei\", fr = \"Hefei\" }\n\
                \n[[place]]\nid = \"wuhu\"\n[place.point]\nlat = 31.3\nsoruce = \"x\"\n";
    let (records, problems) = places(text);
    assert_eq!(records.map(|r| r.read.len()), Some(2));
    assert_eq!(
        problems,
        [
            "data/places.toml:3: colour: unknown field \"colour\"",
            "data/places.toml:4: names.fr: unknown field \"fr\"",
            "data/places.toml:10: point.soruce: unknown field \"soruce\"",
        ]
    );
}

#[test]
fn unknown_fields_in_arrays_name_the_index() {
    let text = "[[visit]]\nid = \"v\"\n\n[[visit.organisations]]\nname = \"Stadt Osnabrück\"\nrole = \"host\"\n\n\
                [[visit.organisations]]\nname = \"IHK\"\nrolle = \"host\"\n";
    let file = SourceFile::new("data/visits.toml", text);
    let mut problems = Problems::default();
    let root = parse(&file, &mut problems).unwrap();
    let records: Records<RawVisit> = array_of_tables(&file, &root, "visit", &mut problems);
    assert_eq!(records.read.len(), 1);
    assert_eq!(
        messages(&problems),
        ["data/visits.toml:10: organisations[1].rolle: unknown field \"rolle\""]
    );
}

#[test]
fn a_type_error_names_the_field_and_keeps_the_id() {
    let text = "[[place]]\nid = \"hefei\"\ngeonames = \"1808722\"\n\n[[place]]\nid = \"wuhu\"\n";
    let (records, problems) = places(text);
    let records = records.unwrap();
    assert_eq!(records.read.len(), 1);
    assert_eq!(records.unreadable_ids, ["hefei"]);
    assert_eq!(
        problems,
        ["data/places.toml:3: geonames: invalid type: string \"1808722\", expected u64"]
    );
}

#[test]
fn top_level_keys_other_than_the_records_are_unknown() {
    let (_, problems) = places("title = \"Places\"\n[[places]]\nid = \"hefei\"\n");
    assert_eq!(
        problems,
        [
            "data/places.toml:1: title: unknown field \"title\"; expected [[place]] records",
            "data/places.toml:2: places: unknown field \"places\"; expected [[place]] records",
        ]
    );
}

#[test]
fn documents_report_unknown_nested_fields() {
    let text = "id = \"s\"\n[title]\nde = \"T\"\nen = \"T\"\nfr = \"T\"\n[source]\npublisher = \"P\"\nseeds = \"x\"\n";
    let file = SourceFile::new("data/stories/s.toml", text);
    let mut problems = Problems::default();
    let root = parse(&file, &mut problems).unwrap();
    let story = document::<RawStory>(&file, root, &mut problems).unwrap();
    assert_eq!(
        story.get_ref().id.as_ref().map(|id| id.get_ref().as_str()),
        Some("s")
    );
    assert_eq!(
        messages(&problems),
        [
            "data/stories/s.toml:5: title.fr: unknown field \"fr\"",
            "data/stories/s.toml:8: source.seeds: unknown field \"seeds\"",
        ]
    );
}

#[test]
fn a_type_error_inside_a_list_names_the_item() {
    let text = "[[visit]]\nid = \"v\"\nto = [\"hefei\",\n  3]\n";
    let file = SourceFile::new("data/visits.toml", text);
    let mut problems = Problems::default();
    let root = parse(&file, &mut problems).unwrap();
    let records: Records<RawVisit> = array_of_tables(&file, &root, "visit", &mut problems);
    assert_eq!(records.unreadable_ids, ["v"]);
    assert_eq!(
        messages(&problems),
        ["data/visits.toml:4: to[1]: invalid type: integer `3`, expected a string"]
    );
}
