//! The map's shapes, as a pure function of the atlas: arcs and markers in world coordinates.
//!
//! Painting and hit-testing both use these shapes, so what a person clicks is what they see.

use super::arcs::{great_circle_world, lifted};
use super::projection::{WorldPoint, project_lon_lat};
use atlas_model::{Atlas, Confidence, PlaceId, PlaceKind, TieId, TieKind, VisitId};
use std::collections::HashMap;

/// How far a visit arc bows away from the great circle, as a share of its chord.
const VISIT_LIFT: f64 = 0.09;

/// Something on the map a person can choose.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Feature {
    Place(PlaceId),
    Tie(TieId),
    Visit(VisitId),
}

impl Feature {
    /// A stable text key: `place:hefei`, `tie:osnabrueck--hefei--friendship`, `visit:…`.
    pub fn key(&self) -> String {
        match self {
            Feature::Place(id) => format!("place:{id}"),
            Feature::Tie(id) => format!("tie:{id}"),
            Feature::Visit(id) => format!("visit:{id}"),
        }
    }

    pub fn from_key(key: &str) -> Option<Feature> {
        let (kind, id) = key.split_once(':')?;
        match kind {
            "place" => Some(Feature::Place(PlaceId::new(id))),
            "tie" => Some(Feature::Tie(TieId::new(id))),
            "visit" => Some(Feature::Visit(VisitId::new(id))),
            _ => None,
        }
    }
}

/// How an arc is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArcStyle {
    Tie {
        kind: TieKind,
        confidence: Confidence,
    },
    Visit,
}

/// One arc: a tie, or one leg of a visit.
#[derive(Debug, Clone, PartialEq)]
pub struct ArcShape {
    pub feature: Feature,
    pub style: ArcStyle,
    pub path: Vec<WorldPoint>,
}

/// A place's marker.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub place: PlaceId,
    pub kind: PlaceKind,
    pub at: WorldPoint,
    /// How many ties and visit legs meet here.
    pub degree: usize,
    /// Larger is more important: decides which labels win when they would collide.
    pub importance: f64,
}

/// Everything the map draws, in drawing order: ties under visits under markers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scene {
    pub ties: Vec<ArcShape>,
    pub visits: Vec<ArcShape>,
    pub markers: Vec<Marker>,
}

impl Scene {
    pub fn build(atlas: &Atlas) -> Scene {
        let location = |id: &PlaceId| atlas.place(id).map(|place| place.location);
        let mut degree: HashMap<&PlaceId, usize> = HashMap::new();

        let ties = atlas
            .ties
            .iter()
            .filter_map(|tie| {
                let path = great_circle_world(location(&tie.a)?, location(&tie.b)?);
                *degree.entry(&tie.a).or_default() += 1;
                *degree.entry(&tie.b).or_default() += 1;
                Some(ArcShape {
                    feature: Feature::Tie(tie.id.clone()),
                    style: ArcStyle::Tie {
                        kind: tie.kind,
                        confidence: tie.confidence,
                    },
                    path,
                })
            })
            .collect();

        let visits = atlas
            .visits
            .iter()
            .flat_map(|visit| visit.legs().map(move |leg| (visit, leg)))
            .filter_map(|(visit, (from, to))| {
                let path = lifted(
                    &great_circle_world(location(from)?, location(to)?),
                    VISIT_LIFT,
                );
                *degree.entry(from).or_default() += 1;
                *degree.entry(to).or_default() += 1;
                Some(ArcShape {
                    feature: Feature::Visit(visit.id.clone()),
                    style: ArcStyle::Visit,
                    path,
                })
            })
            .collect();

        let mut markers: Vec<Marker> = atlas
            .places
            .iter()
            .map(|place| {
                let links = degree.get(&place.id).copied().unwrap_or(0);
                let population = place.population.unwrap_or(0) as f64;
                Marker {
                    place: place.id.clone(),
                    kind: place.kind,
                    at: project_lon_lat(place.location.lon, place.location.lat),
                    degree: links,
                    importance: links as f64 * 10.0 + (population + 1.0).log10(),
                }
            })
            .collect();
        markers.sort_by(|a, b| b.importance.total_cmp(&a.importance));

        Scene {
            ties,
            visits,
            markers,
        }
    }

    /// Every arc, ties first.
    pub fn arcs(&self) -> impl Iterator<Item = &ArcShape> {
        self.ties.iter().chain(self.visits.iter())
    }

    /// The world box around every arc and marker, if there is anything.
    pub fn bounds(&self) -> Option<(WorldPoint, WorldPoint)> {
        let points = self
            .arcs()
            .flat_map(|arc| arc.path.iter())
            .chain(self.markers.iter().map(|marker| &marker.at));
        points.fold(None, |bounds, point| {
            let (low, high) = bounds.unwrap_or((*point, *point));
            Some((
                WorldPoint::new(low.x.min(point.x), low.y.min(point.y)),
                WorldPoint::new(high.x.max(point.x), high.y.max(point.y)),
            ))
        })
    }

    pub fn marker(&self, place: &PlaceId) -> Option<&Marker> {
        self.markers.iter().find(|marker| &marker.place == place)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_atlas::osnabrueck_atlas;

    #[test]
    fn every_tie_and_visit_leg_becomes_an_arc() {
        let scene = Scene::build(&osnabrueck_atlas());
        assert_eq!(scene.ties.len(), 2);
        assert_eq!(
            scene.visits.len(),
            2,
            "Osnabrück → Hefei → Gwangmyeong has two legs"
        );
        assert!(scene.arcs().all(|arc| arc.path.len() >= 3));
    }

    #[test]
    fn the_busiest_place_comes_first() {
        let scene = Scene::build(&osnabrueck_atlas());
        assert_eq!(scene.markers[0].place.as_str(), "osnabrueck");
        assert_eq!(scene.markers[0].degree, 3);
    }

    #[test]
    fn bounds_hold_every_place_and_the_arcs_that_bow_north() {
        let scene = Scene::build(&osnabrueck_atlas());
        let (top_left, bottom_right) = scene.bounds().unwrap();
        for marker in &scene.markers {
            assert!(marker.at.x >= top_left.x && marker.at.x <= bottom_right.x);
            assert!(marker.at.y >= top_left.y && marker.at.y <= bottom_right.y);
        }
        let osnabrueck = scene.marker(&PlaceId::new("osnabrueck")).unwrap().at;
        assert!(
            top_left.y < osnabrueck.y,
            "the great circle to Hefei passes north of Osnabrück"
        );
        assert_eq!(Scene::default().bounds(), None);
    }

    #[test]
    fn feature_keys_round_trip() {
        for feature in [
            Feature::Place(PlaceId::new("hefei")),
            Feature::Tie(TieId::new("osnabrueck--hefei--friendship")),
            Feature::Visit(VisitId::new("osnabrueck-2024")),
        ] {
            assert_eq!(Feature::from_key(&feature.key()), Some(feature));
        }
        assert_eq!(Feature::from_key("story"), None);
    }
}
