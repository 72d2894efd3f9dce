use super::*;
use crate::problems::Problem;
use atlas_model::{Coordinates, Place, PlaceId, PlaceKind, PlaceNames, Source};

fn place(id: &str, country: &str, origin: PlaceOrigin) -> Place {
    Place {
        id: PlaceId::new(id),
        kind: PlaceKind::City,
        names: PlaceNames {
            de: id.into(),
            en: id.into(),
            ..PlaceNames::default()
        },
        country: country.into(),
        division: None,
        in_europe: false,
        location: Coordinates::lat_lon(52.27, 8.05),
        population: None,
        origin,
    }
}

fn tie(a: &str, b: &str, kind: TieKind, since: Option<&str>, confidence: Confidence) -> Tie {
    let (a, b) = (PlaceId::new(a), PlaceId::new(b));
    Tie {
        id: Tie::id_for(&a, &b, kind),
        german: a,
        partner: b,
        kind,
        since: since.map(|date| date.parse().unwrap()),
        ended: None,
        ended_undated: false,
        confidence,
        sources: vec![Source::new("http://osnabrueck.de/20974.asp")],
        note: None,
    }
}

#[test]
fn counts_places_by_origin_and_ties_by_country_and_kind() {
    let gazetteer = |geonames_id| PlaceOrigin::Gazetteer { geonames_id };
    let compiled = Compiled {
        atlas: Atlas {
            schema: 1,
            divisions: vec![],
            places: vec![
                place("osnabrueck", "DE", gazetteer(2856883)),
                place(
                    "kreis-borken",
                    "DE",
                    PlaceOrigin::Representative {
                        geonames_id: 2946228,
                    },
                ),
                place(
                    "muensterland",
                    "DE",
                    PlaceOrigin::Declared {
                        source: "centre".into(),
                    },
                ),
                place("hefei", "CN", gazetteer(1808722)),
                place("gwangmyeong", "KR", gazetteer(1948005)),
            ],
            ties: vec![
                tie(
                    "osnabrueck",
                    "hefei",
                    TieKind::Friendship,
                    Some("2006"),
                    Confidence::Verified,
                ),
                tie(
                    "kreis-borken",
                    "hefei",
                    TieKind::TwinTown,
                    None,
                    Confidence::ListOnly,
                ),
                tie(
                    "osnabrueck",
                    "gwangmyeong",
                    TieKind::Friendship,
                    Some("1997-09-29"),
                    Confidence::Verified,
                ),
                tie(
                    "muensterland",
                    "osnabrueck",
                    TieKind::Cooperation,
                    Some("2016"),
                    Confidence::WeakMention,
                ),
            ],
            visits: vec![],
            stories: vec![],
            credits: vec![],
            index: Default::default(),
        },
        created: 1,
        warnings: vec![Problem::new(
            "data/places.toml",
            Some(12),
            "id",
            "\"saarland\" is used by no tie, visit or story; it is left out of the atlas",
        )],
    };
    assert_eq!(
        summary(&compiled),
        "places: 5 (3 located from the gazetteer, of them 1 created from ties.csv; 1 drawn at a \
         gazetteer entry that represents them; 1 at a declared point)\n\
         ties: 4 (2 verified, 1 weak_mention, 1 list_only); 1 without a year; 0 ended\n  \
         country         total twin_town friendship contact project_partnership cooperation letter_of_intent no year\n  \
         CN China            2         1          1       0                   0           0                0       1\n  \
         DE Germany          1         0          0       0                   0           1                0       0\n  \
         KR South Korea      1         0          1       0                   0           0                0       0\n\
         visits: 0\nstories: 0\nwarnings: 1\n  \
         data/places.toml:12: id: \"saarland\" is used by no tie, visit or story; it is left out of the atlas"
    );
}
