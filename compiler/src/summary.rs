//! The short report printed after a successful compilation.

use atlas_model::{Atlas, PlaceOrigin, TieKind};
use std::fmt::Write;

/// Counts of places by origin, ties by kind, visits and stories.
pub fn summary(atlas: &Atlas) -> String {
    let from_gazetteer = atlas
        .places
        .iter()
        .filter(|place| matches!(place.origin, PlaceOrigin::Gazetteer { .. }))
        .count();
    let declared = atlas.places.len() - from_gazetteer;
    let mut text = format!(
        "places: {} ({from_gazetteer} from the gazetteer, {declared} declared points)\n",
        atlas.places.len()
    );
    let kinds: Vec<String> = TieKind::ALL
        .iter()
        .map(|&kind| {
            (
                kind,
                atlas.ties.iter().filter(|tie| tie.kind == kind).count(),
            )
        })
        .filter(|&(_, count)| count > 0)
        .map(|(kind, count)| format!("{count} {}", kind.name()))
        .collect();
    let kinds = if kinds.is_empty() {
        String::new()
    } else {
        format!(" ({})", kinds.join(", "))
    };
    let _ = writeln!(text, "ties: {}{kinds}", atlas.ties.len());
    let _ = writeln!(text, "visits: {}", atlas.visits.len());
    let _ = write!(text, "stories: {}", atlas.stories.len());
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_model::{
        Confidence, Coordinates, Place, PlaceId, PlaceKind, PlaceNames, Source, Tie,
    };

    #[test]
    fn counts_places_by_origin_and_ties_by_kind() {
        let place = |id: &str, origin: PlaceOrigin| Place {
            id: PlaceId::new(id),
            kind: PlaceKind::City,
            names: PlaceNames {
                de: id.into(),
                en: id.into(),
                native: None,
            },
            country: "DE".into(),
            location: Coordinates::lat_lon(52.27, 8.05),
            population: None,
            origin,
        };
        let (a, b) = (PlaceId::new("osnabrueck"), PlaceId::new("hefei"));
        let atlas = Atlas {
            schema: 1,
            places: vec![
                place(
                    "osnabrueck",
                    PlaceOrigin::Gazetteer {
                        geonames_id: 2856883,
                    },
                ),
                place(
                    "hefei",
                    PlaceOrigin::Gazetteer {
                        geonames_id: 1808722,
                    },
                ),
                place(
                    "muensterland",
                    PlaceOrigin::Declared {
                        source: "centre".into(),
                    },
                ),
            ],
            ties: vec![Tie {
                id: Tie::id_for(&a, &b, TieKind::Friendship),
                a,
                b,
                kind: TieKind::Friendship,
                since: None,
                ended: None,
                confidence: Confidence::Verified,
                sources: vec![Source {
                    url: "http://osnabrueck.de/20974.asp".into(),
                }],
                note: None,
            }],
            visits: vec![],
            stories: vec![],
            credits: vec![],
        };
        assert_eq!(
            summary(&atlas),
            "places: 3 (2 from the gazetteer, 1 declared points)\nties: 1 (1 friendship)\nvisits: 0\nstories: 0"
        );
    }
}
