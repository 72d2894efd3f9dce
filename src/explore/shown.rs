//! The part of the atlas the map shows under the reader's filters.

use super::filters::Filters;
use crate::map::scene::Scene;
use atlas_model::{Atlas, PlaceId};
use std::collections::HashSet;

/// The map's shapes for what passes `filters`, taken from `whole`, the scene of the whole
/// atlas: no arc is computed again, and none moves when others are filtered out.
pub fn shown_scene(atlas: &Atlas, whole: &Scene, filters: &Filters) -> Scene {
    let ties = filters.tie_verdicts(atlas);
    let visits: Vec<bool> = atlas
        .visits
        .iter()
        .map(|visit| filters.visit_passes(atlas, visit))
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
    use crate::test_atlas::{osnabrueck_atlas, wider_atlas};
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
            same_as_built(&atlas, &whole, &filters);
        }
    }

    #[test]
    fn every_single_filter_over_the_wider_atlas_shows_what_the_shown_atlas_would_build() {
        let atlas = wider_atlas();
        let whole = Scene::build(&atlas);
        let mut each: Vec<Filters> = vec![Filters::default()];
        each.extend(TieKind::ALL.map(|kind| Filters {
            kinds: [kind].into(),
            ..Filters::default()
        }));
        each.extend(atlas.places.iter().map(|place| Filters {
            countries: [place.country.clone()].into(),
            ..Filters::default()
        }));
        each.extend(atlas.places.iter().map(|place| Filters {
            place: Some(place.id.clone()),
            visits: false,
            ..Filters::default()
        }));
        each.extend(
            [(1900, 1999), (2000, 2030), (1961, 1961)].map(|years| Filters {
                years: Some(years),
                ..Filters::default()
            }),
        );
        for filters in each {
            same_as_built(&atlas, &whole, &filters);
        }
    }

    /// The scene shown under `filters`, taken from `whole`, against the scene built from the
    /// shown atlas: the same arcs in the same order, the same markers with the same degree,
    /// place and order, each tie's markers its own ends, and every arc where `whole` has it.
    fn same_as_built(atlas: &Atlas, whole: &Scene, filters: &Filters) {
        let shown = shown_scene(atlas, whole, filters);
        let built = Scene::build(&shown_atlas(atlas, filters));
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
        for (arc, ends) in shown.ties.iter().zip(&shown.tie_markers) {
            let places = ends.map(|marker| shown.markers[marker].place.clone());
            assert_eq!(
                places,
                [arc.ends.0.clone(), arc.ends.1.clone()],
                "{filters:?}"
            );
        }
        for arc in shown.arcs() {
            // A visit has an arc for each leg, under one feature.
            let in_whole = whole
                .arcs()
                .any(|each| each.feature == arc.feature && each.path == arc.path);
            assert!(in_whole, "{:?} keeps its place", arc.feature);
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
