//! The map's shapes, as a pure function of the atlas: arcs and markers in world coordinates.
//!
//! Painting and hit-testing both use these shapes, so what a person clicks is what they see.

use super::arcs::{great_circle_world, lifted};
use super::projection::{WorldPoint, project_lon_lat};
use super::world_box::WorldBox;
use atlas_model::{Atlas, Confidence, Place, PlaceId, PlaceKind, TieId, TieKind, VisitId};
use std::collections::HashMap;
use std::sync::Arc;

/// How far a visit arc bows away from the great circle, as a share of its chord.
const VISIT_LIFT: f64 = 0.09;
/// How far apart arcs between the same two places fan out, as a share of their chord.
const FAN_STEP: f64 = 0.05;

/// Bows for the arcs of one group: several ties between the same two places fan out
/// symmetrically around the great circle; further visits on the same leg bow further.
struct Fan<K> {
    sizes: HashMap<K, usize>,
    seen: HashMap<K, usize>,
}

impl<K: std::hash::Hash + Eq + Clone> Fan<K> {
    fn new(keys: impl Iterator<Item = K>) -> Self {
        let mut sizes = HashMap::new();
        for key in keys {
            *sizes.entry(key).or_insert(0) += 1;
        }
        Fan {
            sizes,
            seen: HashMap::new(),
        }
    }

    /// The next member's place in its group: (index, group size).
    fn next(&mut self, key: K) -> (usize, usize) {
        let size = self.sizes.get(&key).copied().unwrap_or(1);
        let index = self.seen.entry(key).or_insert(0);
        *index += 1;
        (*index - 1, size)
    }
}

/// The two places of a tie in a fixed order, and whether the tie runs against it.
fn unordered<'a>(a: &'a PlaceId, b: &'a PlaceId) -> ((&'a PlaceId, &'a PlaceId), bool) {
    if a <= b {
        ((a, b), false)
    } else {
        ((b, a), true)
    }
}

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
    /// The places the arc joins, in the direction it is drawn.
    pub ends: (PlaceId, PlaceId),
    /// Shared, so that the scene of a filter takes its arcs from the whole atlas's scene.
    pub path: Arc<[WorldPoint]>,
    /// The position of its tie (or visit) in the atlas the scene was built from.
    pub source: usize,
}

impl ArcShape {
    pub fn touches(&self, place: &PlaceId) -> bool {
        &self.ends.0 == place || &self.ends.1 == place
    }
}

/// A place's marker.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub place: PlaceId,
    pub kind: PlaceKind,
    /// The place's country (ISO code) and first-level division, which name a group of markers.
    pub country: String,
    pub division: Option<String>,
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
    /// Most important first.
    pub markers: Vec<Marker>,
    /// Each tie's two ends as indices into `markers`, beside `ties`.
    pub tie_markers: Vec<[usize; 2]>,
    marker_index: HashMap<PlaceId, usize>,
}

impl Scene {
    pub fn build(atlas: &Atlas) -> Scene {
        let location = |id: &PlaceId| atlas.place(id).map(|place| place.location);

        let mut tie_fan = Fan::new(
            atlas
                .ties
                .iter()
                .map(|tie| unordered(&tie.german, &tie.partner).0),
        );
        // Each tie's arc, and its two places' positions among the atlas's places.
        let (ties, tie_ends): (Vec<ArcShape>, Vec<[usize; 2]>) = atlas
            .ties
            .iter()
            .enumerate()
            .filter_map(|(source, tie)| {
                let (pair, reversed) = unordered(&tie.german, &tie.partner);
                let (index, size) = tie_fan.next(pair);
                let bow = (index as f64 - (size - 1) as f64 / 2.0) * FAN_STEP;
                let ends = [
                    atlas.place_position(&tie.german)?,
                    atlas.place_position(&tie.partner)?,
                ];
                let [german, partner] = ends.map(|at| atlas.places[at].location);
                let great_circle = great_circle_world(german, partner);
                let path = if bow == 0.0 {
                    great_circle
                } else {
                    lifted(&great_circle, if reversed { -bow } else { bow })
                };
                let arc = ArcShape {
                    feature: Feature::Tie(tie.id.clone()),
                    ends: (tie.german.clone(), tie.partner.clone()),
                    style: ArcStyle::Tie {
                        kind: tie.kind,
                        confidence: tie.confidence,
                    },
                    path: path.into(),
                    source,
                };
                Some((arc, ends))
            })
            .unzip();

        let mut leg_fan = Fan::new(atlas.visits.iter().flat_map(|visit| visit.legs()));
        let visits = atlas
            .visits
            .iter()
            .enumerate()
            .flat_map(|(source, visit)| visit.legs().map(move |leg| (source, visit, leg)))
            .filter_map(|(source, visit, (from, to))| {
                let (index, _) = leg_fan.next((from, to));
                let path = lifted(
                    &great_circle_world(location(from)?, location(to)?),
                    VISIT_LIFT + index as f64 * FAN_STEP,
                );
                Some(ArcShape {
                    feature: Feature::Visit(visit.id.clone()),
                    ends: (from.clone(), to.clone()),
                    style: ArcStyle::Visit,
                    path: path.into(),
                    source,
                })
            })
            .collect();

        let places: Vec<(&Place, WorldPoint)> = atlas
            .places
            .iter()
            .map(|place| {
                let at = project_lon_lat(place.location.lon, place.location.lat);
                (place, at)
            })
            .collect();
        Scene::of_arcs(ties, tie_ends, visits, places)
    }

    /// The scene of part of the atlas: the arcs of the ties and visits whose positions in
    /// `atlas` (the atlas this scene was built from) `ties` and `visits` mark, as this scene
    /// draws them (so that arcs keep their places when a filter leaves some out), and a marker
    /// for each place they join. Everything is found by position: with 20,000 ties, looking
    /// each arc and end up by id took 5 ms of every filter change (natively).
    pub fn only(&self, atlas: &Atlas, ties: &[bool], visits: &[bool]) -> Scene {
        let marked = |flags: &[bool], arc: &ArcShape| flags.get(arc.source) == Some(&true);
        let kept_ties: Vec<usize> = (0..self.ties.len())
            .filter(|&index| marked(ties, &self.ties[index]))
            .collect();
        let visits: Vec<ArcShape> = self
            .visits
            .iter()
            .filter(|arc| marked(visits, arc))
            .cloned()
            .collect();
        // This scene's markers the kept arcs join.
        let mut joined = vec![false; self.markers.len()];
        for &index in &kept_ties {
            for marker in self.tie_markers[index] {
                joined[marker] = true;
            }
        }
        for end in visits.iter().flat_map(|arc| [&arc.ends.0, &arc.ends.1]) {
            if let Some(marker) = self.marker_position(end) {
                joined[marker] = true;
            }
        }
        // Their places in the atlas's order, and where each of this scene's markers went.
        let mut place_of_marker = vec![usize::MAX; self.markers.len()];
        let mut places: Vec<(&Place, WorldPoint)> = Vec::new();
        for place in &atlas.places {
            if let Some(marker) = self.marker_position(&place.id)
                && joined[marker]
                && place_of_marker[marker] == usize::MAX
            {
                place_of_marker[marker] = places.len();
                places.push((place, self.markers[marker].at));
            }
        }
        let tie_ends = kept_ties
            .iter()
            .map(|&index| self.tie_markers[index].map(|marker| place_of_marker[marker]))
            .collect();
        let ties = kept_ties
            .iter()
            .map(|&index| self.ties[index].clone())
            .collect();
        Scene::of_arcs(ties, tie_ends, visits, places)
    }

    /// The scene of these arcs and places (each with where it lies in the world), each tie's
    /// ends given as positions in `places`; the places with the most arcs come first.
    fn of_arcs(
        ties: Vec<ArcShape>,
        tie_ends: Vec<[usize; 2]>,
        visits: Vec<ArcShape>,
        places: Vec<(&Place, WorldPoint)>,
    ) -> Scene {
        let mut degree = vec![0_usize; places.len()];
        for &[german, partner] in &tie_ends {
            degree[german] += 1;
            degree[partner] += 1;
        }
        if !visits.is_empty() {
            let position: HashMap<&PlaceId, usize> = places
                .iter()
                .enumerate()
                .map(|(at, (place, _))| (&place.id, at))
                .collect();
            for end in visits.iter().flat_map(|arc| [&arc.ends.0, &arc.ends.1]) {
                if let Some(&at) = position.get(end) {
                    degree[at] += 1;
                }
            }
        }
        let mut order: Vec<usize> = (0..places.len()).collect();
        let importance: Vec<f64> = places
            .iter()
            .zip(&degree)
            .map(|((place, _), &links)| {
                let population = place.population.unwrap_or(0) as f64;
                links as f64 * 10.0 + (population + 1.0).log10()
            })
            .collect();
        // Stable: places as important as each other keep the order they came in.
        order.sort_by(|&a, &b| importance[b].total_cmp(&importance[a]));
        let mut marker_of_place = vec![0; places.len()];
        for (marker, &place) in order.iter().enumerate() {
            marker_of_place[place] = marker;
        }
        let markers: Vec<Marker> = order
            .iter()
            .map(|&at| {
                let (place, world) = places[at];
                Marker {
                    place: place.id.clone(),
                    kind: place.kind,
                    country: place.country.clone(),
                    division: place.division.clone(),
                    at: world,
                    degree: degree[at],
                    importance: importance[at],
                }
            })
            .collect();
        let marker_index: HashMap<PlaceId, usize> = markers
            .iter()
            .enumerate()
            .map(|(index, marker)| (marker.place.clone(), index))
            .collect();
        let tie_markers = tie_ends
            .iter()
            .map(|ends| ends.map(|place| marker_of_place[place]))
            .collect();
        Scene {
            ties,
            visits,
            markers,
            tie_markers,
            marker_index,
        }
    }

    /// Every arc, ties first.
    pub fn arcs(&self) -> impl Iterator<Item = &ArcShape> {
        self.ties.iter().chain(self.visits.iter())
    }

    /// The arc at `index` of [`Scene::arcs`].
    pub fn arc(&self, index: usize) -> &ArcShape {
        match index.checked_sub(self.ties.len()) {
            Some(visit) => &self.visits[visit],
            None => &self.ties[index],
        }
    }

    /// The world box around every arc and marker, if there is anything.
    pub fn bounds(&self) -> Option<WorldBox> {
        let points = self
            .arcs()
            .flat_map(|arc| arc.path.iter())
            .chain(self.markers.iter().map(|marker| &marker.at));
        WorldBox::around(points)
    }

    pub fn marker(&self, place: &PlaceId) -> Option<&Marker> {
        self.marker_position(place)
            .map(|index| &self.markers[index])
    }

    /// Where the marker of `place` is in `markers`.
    pub fn marker_position(&self, place: &PlaceId) -> Option<usize> {
        self.marker_index.get(place).copied()
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
        let WorldBox {
            low: top_left,
            high: bottom_right,
        } = scene.bounds().unwrap();
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
    fn ties_between_the_same_places_fan_apart_symmetrically() {
        let mut atlas = osnabrueck_atlas();
        let mut second = atlas.ties[0].clone();
        second.kind = atlas_model::TieKind::Cooperation;
        second.id = atlas_model::Tie::id_for(&second.german, &second.partner, second.kind);
        atlas.ties.push(second);
        let scene = Scene::build(&atlas);
        let straight = Scene::build(&osnabrueck_atlas()).ties[0].path.clone();
        let (first, second) = (&scene.ties[0].path, &scene.ties[2].path);
        let middle = straight.len() / 2;
        let offset = |path: &[WorldPoint]| {
            (
                path[middle].x - straight[middle].x,
                path[middle].y - straight[middle].y,
            )
        };
        let (a, b) = (offset(first), offset(second));
        assert!(
            a.0.hypot(a.1) > 0.005,
            "the first moved off the great circle"
        );
        assert!(
            (a.0 + b.0).abs() < 1e-9 && (a.1 + b.1).abs() < 1e-9,
            "to opposite sides, equally"
        );
        assert_eq!(
            scene.ties[1].path,
            Scene::build(&osnabrueck_atlas()).ties[1].path,
            "a lone tie stays on its great circle"
        );
    }

    #[test]
    fn a_second_visit_on_the_same_leg_bows_further() {
        let mut atlas = osnabrueck_atlas();
        let mut again = atlas.visits[0].clone();
        again.id = VisitId::new("osnabrueck-2025");
        atlas.visits.push(again);
        let scene = Scene::build(&atlas);
        assert_eq!(scene.visits.len(), 4);
        assert_ne!(scene.visits[0].path, scene.visits[2].path);
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
