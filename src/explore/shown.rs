//! The part of the atlas the map shows under the reader's filters.

use super::filters::Filters;
use crate::map::scene::Scene;
use atlas_model::{Atlas, PlaceId};
use std::collections::HashSet;

/// The map's shapes for what passes `filters`, taken from `whole`, the scene of the whole
/// atlas: no arc is computed again, and none moves when others are filtered out.
pub fn shown_scene(atlas: &Atlas, whole: &Scene, filters: &Filters) -> Scene {
    let ties = filters.passing_ties(atlas).map(|tie| &tie.id).collect();
    let visits = atlas
        .visits
        .iter()
        .filter(|visit| filters.visit_passes(atlas, visit))
        .map(|visit| &visit.id)
        .collect();
    whole.only(atlas, &ties, &visits)
}

/// The ties and visits that pass `filters`, and only the places they join: a place with no
/// shown tie or visit has no marker either. Stories stay with the whole atlas.
pub fn shown_atlas(atlas: &Atlas, filters: &Filters) -> Atlas {
    let ties: Vec<_> = filters.passing_ties(atlas).cloned().collect();
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
        index: Default::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_atlas::osnabrueck_atlas;
    use atlas_model::{TieId, TieKind};

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
    fn the_shown_scene_has_the_arcs_and_markers_of_the_shown_atlas_where_the_whole_has_them() {
        // Two ties between Osnabrück and Hefei: the whole atlas bows them apart.
        let mut atlas = osnabrueck_atlas();
        let mut twin = atlas.ties[0].clone();
        twin.id = TieId::new("osnabrueck--hefei--twin_town");
        twin.kind = TieKind::TwinTown;
        atlas.ties.push(twin);
        let whole = Scene::build(&atlas);
        for filters in [
            Filters::default(),
            Filters {
                kinds: [TieKind::Friendship].into(),
                ..Filters::default()
            },
            Filters {
                countries: ["KR".to_owned()].into(),
                ..Filters::default()
            },
            Filters {
                visits: false,
                ..Filters::default()
            },
            Filters {
                countries: ["CN".to_owned()].into(),
                visits: false,
                ..Filters::default()
            },
        ] {
            let shown = shown_scene(&atlas, &whole, &filters);
            let built = Scene::build(&shown_atlas(&atlas, &filters));
            let features = |scene: &Scene| {
                scene
                    .arcs()
                    .map(|arc| arc.feature.clone())
                    .collect::<Vec<_>>()
            };
            assert_eq!(features(&shown), features(&built), "{filters:?}");
            let markers = |scene: &Scene| {
                scene
                    .markers
                    .iter()
                    .map(|marker| (marker.place.clone(), marker.degree, marker.at))
                    .collect::<Vec<_>>()
            };
            assert_eq!(markers(&shown), markers(&built), "{filters:?}");
            assert_eq!(shown.tie_markers.len(), shown.ties.len());
            for arc in shown.arcs() {
                // A visit has an arc for each leg, under one feature.
                let in_whole = whole
                    .arcs()
                    .any(|each| each.feature == arc.feature && each.path == arc.path);
                assert!(in_whole, "{:?} keeps its place", arc.feature);
            }
        }
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
