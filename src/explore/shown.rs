//! The part of the atlas the map shows under the reader's filters.

use super::filters::Filters;
use atlas_model::{Atlas, PlaceId};
use std::collections::HashSet;

/// The ties and visits that pass `filters`, and only the places they join: a place with no
/// shown tie or visit has no marker either. Stories stay with the whole atlas.
pub fn shown_atlas(atlas: &Atlas, filters: &Filters) -> Atlas {
    let ties: Vec<_> = atlas
        .ties
        .iter()
        .filter(|tie| filters.tie_passes(atlas, tie))
        .cloned()
        .collect();
    let visits: Vec<_> = atlas
        .visits
        .iter()
        .filter(|visit| filters.visit_passes(atlas, visit))
        .cloned()
        .collect();
    let joined: HashSet<&PlaceId> = ties
        .iter()
        .flat_map(|tie| [&tie.german, &tie.partner])
        .chain(
            visits
                .iter()
                .flat_map(|visit| std::iter::once(&visit.from).chain(&visit.stops)),
        )
        .collect();
    let places = atlas
        .places
        .iter()
        .filter(|place| joined.contains(&place.id))
        .cloned()
        .collect();
    Atlas {
        schema: atlas.schema,
        places,
        ties,
        visits,
        stories: Vec::new(),
        divisions: atlas.divisions.clone(),
        credits: atlas.credits.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_atlas::osnabrueck_atlas;

    #[test]
    fn nothing_filtered_shows_every_tie_visit_and_joined_place() {
        let atlas = osnabrueck_atlas();
        let shown = shown_atlas(&atlas, &Filters::default());
        assert_eq!(shown.ties, atlas.ties);
        assert_eq!(shown.visits, atlas.visits);
        let joined = atlas
            .places
            .iter()
            .filter(|place| atlas.ties.iter().any(|tie| tie.touches(&place.id)))
            .count();
        assert_eq!(shown.places.len(), joined);
    }

    #[test]
    fn a_country_filter_drops_the_other_countries_places_and_ties() {
        let atlas = osnabrueck_atlas();
        let filters = Filters {
            countries: ["KR".to_owned()].into(),
            visits: false,
            ..Filters::default()
        };
        let shown = shown_atlas(&atlas, &filters);
        assert!(!shown.ties.is_empty());
        assert!(shown.ties.iter().all(|tie| filters.tie_passes(&atlas, tie)));
        assert!(shown.visits.is_empty());
        assert!(
            shown
                .places
                .iter()
                .all(|place| place.country == "KR" || place.country == "DE")
        );
        assert!(shown.place(&PlaceId::new("hefei")).is_none());
    }
}
