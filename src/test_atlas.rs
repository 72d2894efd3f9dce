//! A small real-world atlas for unit tests: Osnabrück, its friendship cities and the 2024 trip.
//!
//! Written as the JSON the compiler emits, so the fixture follows the schema's defaults.

use atlas_model::Atlas;

const OSNABRUECK_ATLAS: &str = r#"{
  "schema": 1,
  "places": [
    { "id": "osnabrueck", "kind": "city", "names": { "de": "Osnabrück", "en": "Osnabrück" },
      "country": "DE", "location": { "lat": 52.27264, "lon": 8.0498 },
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
      "topics": [{ "de": "Nachhaltigkeit", "en": "Sustainability" }] }
  ],
  "stories": [],
  "credits": []
}"#;

pub fn osnabrueck_atlas() -> Atlas {
    serde_json::from_str(OSNABRUECK_ATLAS).expect("the test atlas fits the schema")
}
