//! What the reader chose or points at, and what of the map it brings forward: its arcs drawn
//! at full strength, its places marked and labelled, a visit's stops numbered in order, and
//! everything else stepped back.

use super::projection::WorldPoint;
use super::scene::{Feature, Scene};
use super::world_box::WorldBox;
use atlas_model::PlaceId;
use std::collections::HashSet;

/// The emphasised part of a scene.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Emphasis {
    /// Indices into [`Scene::arcs`], in drawing order.
    pub arcs: Vec<usize>,
    /// The places marked, the chosen one (or a tie's and a trip's places) first.
    pub places: Vec<PlaceId>,
    /// A chosen visit's stops, numbered from 1 in the order they were visited.
    pub stops: Vec<(PlaceId, usize)>,
    /// The world box around the chosen feature's arcs and places: what framing it must show.
    pub bounds: Option<WorldBox>,
    marked: HashSet<PlaceId>,
}

impl Emphasis {
    /// The emphasis of the `selected` feature and the network of the `hovered` place.
    pub fn of(scene: &Scene, selected: Option<&Feature>, hovered: Option<&PlaceId>) -> Emphasis {
        let mut emphasis = Emphasis::default();
        if let Some(feature) = selected {
            emphasis.add_choice(scene, feature);
            emphasis.bounds = emphasis.box_in(scene);
        }
        if let Some(place) = hovered {
            emphasis.add_network(scene, place);
        }
        emphasis
    }

    /// True when something is emphasised, so that the rest of the map steps back.
    pub fn steps_back(&self) -> bool {
        !self.arcs.is_empty() || !self.places.is_empty()
    }

    /// Whether `place` is one of the emphasised places.
    pub fn marks(&self, place: &PlaceId) -> bool {
        self.marked.contains(place)
    }

    /// The number of a chosen visit's stop, if `place` is one.
    pub fn stop_number(&self, place: &PlaceId) -> Option<usize> {
        self.stops
            .iter()
            .find(|(stop, _)| stop == place)
            .map(|(_, number)| *number)
    }

    fn add_choice(&mut self, scene: &Scene, feature: &Feature) {
        match feature {
            Feature::Place(place) => self.add_network(scene, place),
            Feature::Tie(_) | Feature::Visit(_) => {
                let legs: Vec<usize> = scene
                    .arcs()
                    .enumerate()
                    .filter(|(_, arc)| &arc.feature == feature)
                    .map(|(index, _)| index)
                    .collect();
                for &index in &legs {
                    let arc = scene.arc(index);
                    self.add_place(&arc.ends.0);
                    self.add_place(&arc.ends.1);
                    if matches!(feature, Feature::Visit(_))
                        && !self.stops.iter().any(|(stop, _)| stop == &arc.ends.1)
                    {
                        let number = self.stops.len() + 1;
                        self.stops.push((arc.ends.1.clone(), number));
                    }
                }
                self.add_arcs(legs);
            }
        }
    }

    /// A place, its ties and every leg of the visits it is part of, and the places they join.
    fn add_network(&mut self, scene: &Scene, place: &PlaceId) {
        self.add_place(place);
        let visits: HashSet<&Feature> = scene
            .visits
            .iter()
            .filter(|arc| arc.touches(place))
            .map(|arc| &arc.feature)
            .collect();
        let lit: Vec<usize> = scene
            .arcs()
            .enumerate()
            .filter(|(_, arc)| arc.touches(place) || visits.contains(&arc.feature))
            .map(|(index, _)| index)
            .collect();
        for &index in &lit {
            let arc = scene.arc(index);
            self.add_place(&arc.ends.0);
            self.add_place(&arc.ends.1);
        }
        self.add_arcs(lit);
    }

    fn add_place(&mut self, place: &PlaceId) {
        if self.marked.insert(place.clone()) {
            self.places.push(place.clone());
        }
    }

    fn add_arcs(&mut self, arcs: Vec<usize>) {
        for index in arcs {
            if !self.arcs.contains(&index) {
                self.arcs.push(index);
            }
        }
        self.arcs.sort_unstable();
    }

    fn box_in(&self, scene: &Scene) -> Option<WorldBox> {
        let arcs = self
            .arcs
            .iter()
            .flat_map(|&index| scene.arc(index).path.iter());
        let places: Vec<WorldPoint> = self
            .places
            .iter()
            .filter_map(|place| scene.marker(place).map(|marker| marker.at))
            .collect();
        WorldBox::around(arcs.chain(places.iter()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_atlas::osnabrueck_atlas;
    use atlas_model::{TieId, VisitId};

    fn scene() -> Scene {
        Scene::build(&osnabrueck_atlas())
    }

    fn ids(places: &[PlaceId]) -> Vec<&str> {
        places.iter().map(PlaceId::as_str).collect()
    }

    #[test]
    fn nothing_chosen_steps_nothing_back() {
        let emphasis = Emphasis::of(&scene(), None, None);
        assert!(!emphasis.steps_back());
        assert_eq!(emphasis.bounds, None);
    }

    #[test]
    fn a_tie_brings_forward_its_arc_and_both_towns() {
        let scene = scene();
        let tie = Feature::Tie(TieId::new("osnabrueck--hefei--friendship"));
        let emphasis = Emphasis::of(&scene, Some(&tie), None);
        assert!(emphasis.steps_back());
        assert_eq!(emphasis.arcs.len(), 1);
        assert_eq!(scene.arc(emphasis.arcs[0]).feature, tie);
        assert_eq!(ids(&emphasis.places), ["osnabrueck", "hefei"]);
        assert!(emphasis.marks(&PlaceId::new("hefei")));
        assert!(!emphasis.marks(&PlaceId::new("gwangmyeong")));
        assert!(emphasis.stops.is_empty(), "a tie has no stops");
    }

    #[test]
    fn a_visit_numbers_its_stops_in_the_order_of_the_trip() {
        let scene = scene();
        let visit = Feature::Visit(VisitId::new("osnabrueck-2024"));
        let emphasis = Emphasis::of(&scene, Some(&visit), None);
        assert_eq!(emphasis.arcs.len(), 2, "both legs");
        assert_eq!(
            ids(&emphasis.places),
            ["osnabrueck", "hefei", "gwangmyeong"]
        );
        assert_eq!(emphasis.stop_number(&PlaceId::new("hefei")), Some(1));
        assert_eq!(emphasis.stop_number(&PlaceId::new("gwangmyeong")), Some(2));
        assert_eq!(
            emphasis.stop_number(&PlaceId::new("osnabrueck")),
            None,
            "the start is not a stop"
        );
    }

    #[test]
    fn a_place_brings_forward_its_whole_network_and_frames_it() {
        let scene = scene();
        let osnabrueck = PlaceId::new("osnabrueck");
        let emphasis = Emphasis::of(&scene, Some(&Feature::Place(osnabrueck.clone())), None);
        assert_eq!(emphasis.arcs.len(), 4, "two ties and both legs of its trip");
        assert_eq!(emphasis.places[0], osnabrueck, "the place itself first");
        let bounds = emphasis.bounds.unwrap();
        for marker in &scene.markers {
            assert!(marker.at.x >= bounds.low.x && marker.at.x <= bounds.high.x);
            assert!(marker.at.y >= bounds.low.y && marker.at.y <= bounds.high.y);
        }
    }

    #[test]
    fn hovering_adds_a_network_but_does_not_move_the_frame() {
        let scene = scene();
        let tie = Feature::Tie(TieId::new("osnabrueck--hefei--friendship"));
        let chosen = Emphasis::of(&scene, Some(&tie), None);
        let hovered = Emphasis::of(&scene, Some(&tie), Some(&PlaceId::new("gwangmyeong")));
        assert!(hovered.arcs.len() > chosen.arcs.len());
        assert!(hovered.marks(&PlaceId::new("gwangmyeong")));
        assert_eq!(hovered.bounds, chosen.bounds);
        assert!(Emphasis::of(&scene, None, Some(&PlaceId::new("hefei"))).steps_back());
    }
}
