//! A small real-world atlas for unit tests: Osnabrück, its friendship cities and the 2024 trip.

use atlas_model::{
    Atlas, Confidence, Coordinates, Localized, Place, PlaceId, PlaceKind, PlaceNames, PlaceOrigin,
    SCHEMA_VERSION, Source, Tie, TieKind, Visit, VisitId,
};

fn city(id: &str, name: &str, country: &str, lat: f64, lon: f64, geonames_id: u64) -> Place {
    Place {
        id: PlaceId::new(id),
        kind: PlaceKind::City,
        names: PlaceNames {
            de: name.into(),
            en: name.into(),
            native: None,
        },
        country: country.into(),
        location: Coordinates::lat_lon(lat, lon),
        population: None,
        origin: PlaceOrigin::Gazetteer { geonames_id },
    }
}

fn friendship(a: &str, b: &str, since: &str) -> Tie {
    let (a, b) = (PlaceId::new(a), PlaceId::new(b));
    Tie {
        id: Tie::id_for(&a, &b, TieKind::Friendship),
        a,
        b,
        kind: TieKind::Friendship,
        since: Some(since.parse().unwrap()),
        ended: None,
        confidence: Confidence::Verified,
        sources: vec![Source {
            url: "https://www.osnabrueck.de/".into(),
        }],
        note: None,
    }
}

pub fn osnabrueck_atlas() -> Atlas {
    Atlas {
        schema: SCHEMA_VERSION,
        places: vec![
            city("osnabrueck", "Osnabrück", "DE", 52.27264, 8.0498, 2856883),
            city("hefei", "Hefei", "CN", 31.86389, 117.28083, 1808722),
            city(
                "gwangmyeong",
                "Gwangmyeong",
                "KR",
                37.47722,
                126.86639,
                1948005,
            ),
        ],
        ties: vec![
            friendship("osnabrueck", "hefei", "2006"),
            friendship("osnabrueck", "gwangmyeong", "1997-09-29"),
        ],
        visits: vec![Visit {
            id: VisitId::new("osnabrueck-2024"),
            from: PlaceId::new("osnabrueck"),
            stops: vec![PlaceId::new("hefei"), PlaceId::new("gwangmyeong")],
            start: "2024-10-25".parse().unwrap(),
            end: Some("2024-10-31".parse().unwrap()),
            delegation_size: Some(35),
            organisations: vec![],
            topics: vec![Localized::new("Nachhaltigkeit", "Sustainability")],
        }],
        stories: vec![],
        credits: vec![],
    }
}
