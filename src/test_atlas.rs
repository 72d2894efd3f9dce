//! Small real-world atlases for unit tests: Osnabrück, its friendship cities and the 2024 trip;
//! and the same widened by a few more German and Asian cities.
//!
//! Written as the JSON the compiler emits, so the fixture follows the schema's defaults.

use atlas_model::Atlas;

const OSNABRUECK_ATLAS: &str = r#"{
  "schema": 2,
  "places": [
    { "id": "osnabrueck", "kind": "city",
      "names": { "de": "Osnabrück", "en": "Osnabrück", "alternates": ["Osnabrueck"] },
      "country": "DE", "division": "Niedersachsen", "location": { "lat": 52.27264, "lon": 8.0498 },
      "origin": { "by": "gazetteer", "geonames_id": 2856883 } },
    { "id": "hefei", "kind": "city", "names": { "de": "Hefei", "en": "Hefei", "native": "合肥" },
      "country": "CN", "location": { "lat": 31.86389, "lon": 117.28083 },
      "origin": { "by": "gazetteer", "geonames_id": 1808722 } },
    { "id": "gwangmyeong", "kind": "city", "names": { "de": "Gwangmyeong", "en": "Gwangmyeong", "native": "광명시" },
      "country": "KR", "location": { "lat": 37.47722, "lon": 126.86639 },
      "origin": { "by": "gazetteer", "geonames_id": 1948005 } }
  ],
  "ties": [
    { "id": "osnabrueck--hefei--friendship", "a": "osnabrueck", "b": "hefei", "kind": "friendship",
      "since": "2006", "confidence": "verified", "sources": [{ "url": "https://www.osnabrueck.de/" }] },
    { "id": "osnabrueck--gwangmyeong--friendship", "a": "osnabrueck", "b": "gwangmyeong", "kind": "friendship",
      "since": "1997-09-29", "confidence": "verified", "sources": [{ "url": "https://www.gm.go.kr/" }] }
  ],
  "visits": [
    { "id": "osnabrueck-2024", "from": "osnabrueck", "stops": ["hefei", "gwangmyeong"],
      "start": "2024-10-25", "end": "2024-10-31", "delegation_size": 35,
      "topics": [{ "de": "Nachhaltigkeit", "en": "Sustainability", "zh": "可持续发展",
        "ko": "지속 가능성", "ja": "持続可能性" }] }
  ],
  "stories": [],
  "credits": []
}"#;

pub fn osnabrueck_atlas() -> Atlas {
    serde_json::from_str(OSNABRUECK_ATLAS).expect("the test atlas fits the schema")
}

/// Places and ties added to Osnabrück's atlas in [`wider_atlas`].
const WIDER_PLACES: &str = r#"[
    { "id": "hannover", "kind": "city",
      "names": { "de": "Hannover", "en": "Hanover", "ja": "ハノーファー" },
      "country": "DE", "division": "Niedersachsen", "location": { "lat": 52.37052, "lon": 9.73322 },
      "population": 535061, "origin": { "by": "gazetteer", "geonames_id": 2910831 } },
    { "id": "duisburg", "kind": "city", "names": { "de": "Duisburg", "en": "Duisburg" },
      "country": "DE", "division": "Nordrhein-Westfalen", "location": { "lat": 51.43247, "lon": 6.76516 },
      "population": 498686, "origin": { "by": "gazetteer", "geonames_id": 2934691 } },
    { "id": "hiroshima", "kind": "city",
      "names": { "de": "Hiroshima", "en": "Hiroshima", "native": "広島", "ja": "広島市",
                 "ko": "히로시마 시", "zh": "広島" },
      "country": "JP", "location": { "lat": 34.39627, "lon": 132.45937 },
      "population": 1199391, "origin": { "by": "gazetteer", "geonames_id": 1862415 } },
    { "id": "tokyo", "kind": "city",
      "names": { "de": "Tokio", "en": "Tokyo", "native": "東京", "ja": "東京都", "ko": "도쿄", "zh": "东京" },
      "country": "JP", "location": { "lat": 35.6895, "lon": 139.69171 },
      "population": 13960000, "origin": { "by": "gazetteer", "geonames_id": 1850147 } },
    { "id": "wuhan", "kind": "city",
      "names": { "de": "Wuhan", "en": "Wuhan", "native": "武汉", "zh": "武汉", "ja": "武漢市", "ko": "우한" },
      "country": "CN", "location": { "lat": 30.58333, "lon": 114.26667 },
      "population": 11081000, "origin": { "by": "gazetteer", "geonames_id": 1791247 } }
]"#;

const WIDER_TIES: &str = r#"[
    { "id": "hannover--hiroshima--twin_town", "a": "hannover", "b": "hiroshima", "kind": "twin_town",
      "since": "1983", "confidence": "verified", "sources": [{ "url": "https://www.hannover.de/" }] },
    { "id": "duisburg--wuhan--twin_town", "a": "duisburg", "b": "wuhan", "kind": "twin_town",
      "confidence": "list_only", "sources": [{ "url": "https://www.wikidata.org/" }] }
]"#;

const WIDER_VISITS: &str = r#"[
    { "id": "hannover-2018", "from": "hannover", "stops": ["tokyo", "hiroshima"],
      "start": "2018-08-03", "end": "2018-08-07" }
]"#;

/// Osnabrück's atlas widened to two Länder and three partner countries: Hannover's twin town
/// Hiroshima (1983), Duisburg–Wuhan as a bulk list gives it (no year, `list_only`), Tokyo
/// without a tie, and Hannover's 2018 trip to Tokyo and Hiroshima.
pub fn wider_atlas() -> Atlas {
    let mut atlas = osnabrueck_atlas();
    let parse = "the wider test atlas fits the schema";
    atlas
        .places
        .extend(serde_json::from_str::<Vec<_>>(WIDER_PLACES).expect(parse));
    atlas
        .ties
        .extend(serde_json::from_str::<Vec<_>>(WIDER_TIES).expect(parse));
    atlas
        .visits
        .extend(serde_json::from_str::<Vec<_>>(WIDER_VISITS).expect(parse));
    atlas
}

/// The wider atlas with a story about each of its ties and visits, and one about no record,
/// each naming the places it is about.
pub fn storied_atlas() -> Atlas {
    use atlas_model::{Localized, Story, StoryId, StorySource, StorySubject};
    let mut atlas = wider_atlas();
    let story = |id: String, subject, places| Story {
        id: StoryId::new(id),
        title: Localized::same("Besuch"),
        text: Localized::same("Eine Delegation reiste."),
        date: atlas_model::PartialDate::year(2024),
        places,
        subject,
        source: StorySource {
            publisher: "Stadt".into(),
            title: "Bericht".into(),
            date: None,
            url: None,
            seed: None,
        },
    };
    let about_ties = atlas.ties.iter().map(|tie| {
        let subject = Some(StorySubject::Tie(tie.id.clone()));
        story(
            format!("story-{}", tie.id),
            subject,
            vec![tie.german.clone(), tie.partner.clone()],
        )
    });
    let about_visits = atlas.visits.iter().map(|visit| {
        let subject = Some(StorySubject::Visit(visit.id.clone()));
        story(format!("story-{}", visit.id), subject, visit.stops.clone())
    });
    let general = story(
        "story-general".into(),
        None,
        vec![atlas.places[0].id.clone()],
    );
    let stories: Vec<Story> = about_ties.chain(about_visits).chain([general]).collect();
    atlas.stories = stories;
    atlas
}
