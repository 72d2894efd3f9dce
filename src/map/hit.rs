//! Which feature (or flow of ties) lies under a pointer, and where a feature is on screen.

use super::flows::{Flow, flow_width};
use super::projection::{Projector, ScreenPoint, WorldPoint};
use super::scene::{ArcShape, Feature, Scene};

/// What a pointer can land on: a feature, or one of the flows drawn (its index).
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    Feature(Feature),
    Flow(usize),
}

/// The feature nearest to `at` within `tolerance` pixels: places win over visits, visits over ties.
pub fn feature_at(
    scene: &Scene,
    projector: &Projector,
    at: ScreenPoint,
    tolerance: f64,
) -> Option<Feature> {
    place_at(scene, projector, at, tolerance)
        .or_else(|| nearest_arc(&scene.visits, projector, at, tolerance))
        .or_else(|| nearest_arc(&scene.ties, projector, at, tolerance))
}

/// What is under `at` where the map draws `flows` (or the pairs, where there are none): a
/// place first; else whichever stroke's edge is nearest — a visit, a pair drawn as such, or a
/// flow added up, whose broad stroke is under the pointer wherever it covers it. A tie inside
/// a flow is not drawn, so it is not hit.
pub fn target_at(
    scene: &Scene,
    flows: Option<&[Flow]>,
    projector: &Projector,
    at: ScreenPoint,
    tolerance: f64,
) -> Option<Target> {
    let Some(flows) = flows else {
        return feature_at(scene, projector, at, tolerance).map(Target::Feature);
    };
    if let Some(place) = place_at(scene, projector, at, tolerance) {
        return Some(Target::Feature(place));
    }
    let pairs = flows.iter().filter(|flow| flow.is_pairs());
    let pair_ties = pairs.flat_map(|flow| flow.ties.iter().filter_map(|&tie| scene.ties.get(tie)));
    let arcs = scene.visits.iter().chain(pair_ties).map(|arc| {
        let distance = distance_to_path(&arc.path, projector, at);
        ((distance, distance), Target::Feature(arc.feature.clone()))
    });
    let added_up = flows
        .iter()
        .enumerate()
        .filter(|(_, flow)| !flow.is_pairs());
    let broad = added_up.map(|(index, flow)| {
        let middle = distance_to_path(&flow.path, projector, at);
        let edge = (middle - flow_width(flow.count()) / 2.0).max(0.0);
        ((edge, middle), Target::Flow(index))
    });
    // Nearest edge first; among strokes the pointer is inside, the nearest middle.
    arcs.chain(broad)
        .filter(|((edge, _), _)| *edge <= tolerance)
        .min_by(|(a, _), (b, _)| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)))
        .map(|(_, target)| target)
}

fn place_at(
    scene: &Scene,
    projector: &Projector,
    at: ScreenPoint,
    tolerance: f64,
) -> Option<Feature> {
    scene
        .markers
        .iter()
        .map(|marker| (projector.to_screen_near(marker.at).distance_to(at), marker))
        .filter(|(distance, _)| *distance <= tolerance)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, marker)| Feature::Place(marker.place.clone()))
}

fn nearest_arc<'a>(
    arcs: impl IntoIterator<Item = &'a ArcShape>,
    projector: &Projector,
    at: ScreenPoint,
    tolerance: f64,
) -> Option<Feature> {
    arcs.into_iter()
        .map(|arc| (distance_to_path(&arc.path, projector, at), arc))
        .filter(|(distance, _)| *distance <= tolerance)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, arc)| arc.feature.clone())
}

/// The whole turns of the world to draw an arc shifted by, so that its middle is nearest the view.
pub fn arc_turns(arc: &ArcShape, projector: &Projector) -> f64 {
    path_turns(&arc.path, projector)
}

/// The whole turns of the world to draw a path shifted by, so that its middle is nearest the view.
pub fn path_turns(path: &[WorldPoint], projector: &Projector) -> f64 {
    path.get(path.len() / 2)
        .map_or(0.0, |middle| projector.turns_toward_center(middle.x))
}

/// The middle of a path on screen, in the world copy nearest the view.
pub fn middle_on_screen(path: &[WorldPoint], projector: &Projector) -> Option<ScreenPoint> {
    let turns = path_turns(path, projector);
    path.get(path.len() / 2)
        .map(|middle| projector.to_screen(WorldPoint::new(middle.x + turns, middle.y)))
}

fn distance_to_path(path: &[WorldPoint], projector: &Projector, at: ScreenPoint) -> f64 {
    let turns = path_turns(path, projector);
    let on_screen =
        |point: &WorldPoint| projector.to_screen(WorldPoint::new(point.x + turns, point.y));
    path.windows(2)
        .map(|pair| distance_to_segment(at, on_screen(&pair[0]), on_screen(&pair[1])))
        .fold(f64::INFINITY, f64::min)
}

fn distance_to_segment(point: ScreenPoint, start: ScreenPoint, end: ScreenPoint) -> f64 {
    let (dx, dy) = (end.x - start.x, end.y - start.y);
    let length_squared = dx * dx + dy * dy;
    if length_squared == 0.0 {
        return point.distance_to(start);
    }
    let t =
        (((point.x - start.x) * dx + (point.y - start.y) * dy) / length_squared).clamp(0.0, 1.0);
    point.distance_to(ScreenPoint::new(start.x + t * dx, start.y + t * dy))
}

/// A point on screen where `feature` can be pointed at: a marker's centre, or the middle of
/// the first arc drawn for it. Used by the automation interface and keyboard focus.
pub fn anchor_of(scene: &Scene, projector: &Projector, feature: &Feature) -> Option<ScreenPoint> {
    if let Feature::Place(place) = feature {
        return scene
            .marker(place)
            .map(|marker| projector.to_screen_near(marker.at));
    }
    let arc = scene.arcs().find(|arc| &arc.feature == feature)?;
    middle_on_screen(&arc.path, projector)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::view::{View, Viewport};
    use crate::test_atlas::osnabrueck_atlas;
    use atlas_model::{PlaceId, VisitId};

    const SCREEN: Viewport = Viewport {
        width: 1280.0,
        height: 720.0,
    };

    fn setup() -> (Scene, Projector) {
        let scene = Scene::build(&osnabrueck_atlas());
        let projector = View::germany_and_east_asia(SCREEN).projector(SCREEN);
        (scene, projector)
    }

    #[test]
    fn the_anchor_of_a_visit_hits_that_visit() {
        let (scene, projector) = setup();
        let visit = Feature::Visit(VisitId::new("osnabrueck-2024"));
        let anchor = anchor_of(&scene, &projector, &visit).unwrap();
        assert_eq!(feature_at(&scene, &projector, anchor, 6.0), Some(visit));
    }

    #[test]
    fn places_win_over_the_arcs_that_start_there() {
        let (scene, projector) = setup();
        let hefei = Feature::Place(PlaceId::new("hefei"));
        let anchor = anchor_of(&scene, &projector, &hefei).unwrap();
        assert_eq!(feature_at(&scene, &projector, anchor, 6.0), Some(hefei));
    }

    #[test]
    fn empty_sea_hits_nothing() {
        let (scene, projector) = setup();
        // The bottom-left corner of the opening frame lies in Africa, far from every arc.
        assert_eq!(
            feature_at(&scene, &projector, ScreenPoint::new(5.0, 715.0), 6.0),
            None
        );
    }

    #[test]
    fn an_arc_over_the_antimeridian_is_hit_where_it_is_drawn() {
        let mut atlas = osnabrueck_atlas();
        let mut honolulu = atlas.places[1].clone();
        honolulu.id = PlaceId::new("honolulu");
        honolulu.location = atlas_model::Coordinates::lat_lon(21.30694, -157.85833);
        let mut tokyo = atlas.places[1].clone();
        tokyo.id = PlaceId::new("tokyo");
        tokyo.location = atlas_model::Coordinates::lat_lon(35.6895, 139.69171);
        let mut tie = atlas.ties[0].clone();
        (tie.german, tie.partner) = (tokyo.id.clone(), honolulu.id.clone());
        tie.id = atlas_model::Tie::id_for(&tie.german, &tie.partner, tie.kind);
        atlas.places.extend([honolulu, tokyo]);
        atlas.ties = vec![tie.clone()];
        atlas.visits.clear();
        let scene = Scene::build(&atlas);
        let pacific = View {
            center: crate::map::projection::project_lon_lat(-178.0, 30.0),
            zoom: 4.0,
        };
        let projector = pacific.projector(SCREEN);
        let feature = Feature::Tie(tie.id.clone());
        let anchor = anchor_of(&scene, &projector, &feature).unwrap();
        assert!(
            (0.0..SCREEN.width).contains(&anchor.x),
            "the arc's middle is in view: {}",
            anchor.x
        );
        assert_eq!(feature_at(&scene, &projector, anchor, 6.0), Some(feature));
        let honolulu_on_screen = anchor_of(
            &scene,
            &projector,
            &Feature::Place(PlaceId::new("honolulu")),
        )
        .unwrap();
        let tokyo_on_screen =
            anchor_of(&scene, &projector, &Feature::Place(PlaceId::new("tokyo"))).unwrap();
        assert!(
            tokyo_on_screen.x < anchor.x && anchor.x < honolulu_on_screen.x,
            "west to east across 180°"
        );
    }

    #[test]
    fn over_flows_a_tie_inside_a_flow_is_not_hit_but_its_flow_is() {
        use crate::map::flows::{FlowLevel, flows};
        let (scene, projector) = setup();
        let tie = scene.ties[0].feature.clone();
        let anchor = anchor_of(&scene, &projector, &tie).unwrap();
        assert_eq!(
            target_at(&scene, None, &projector, anchor, 6.0),
            Some(Target::Feature(tie.clone())),
            "where pairs are drawn, the tie is hit"
        );
        let wide = flows(&scene, FlowLevel::Countries, None);
        let on_flow = middle_on_screen(&wide[0].path, &projector).unwrap();
        assert_eq!(
            target_at(&scene, Some(&wide), &projector, on_flow, 6.0),
            Some(Target::Flow(0))
        );
        let chosen = PlaceId::new("osnabrueck");
        let split = flows(&scene, FlowLevel::Countries, Some(&chosen));
        assert_eq!(
            target_at(&scene, Some(&split), &projector, anchor, 6.0),
            Some(Target::Feature(tie)),
            "a chosen place's pairs are drawn, so they are hit"
        );
    }

    #[test]
    fn segment_distance_is_perpendicular_inside_and_to_the_end_outside() {
        let (a, b) = (ScreenPoint::new(0.0, 0.0), ScreenPoint::new(10.0, 0.0));
        assert!((distance_to_segment(ScreenPoint::new(5.0, 3.0), a, b) - 3.0).abs() < 1e-12);
        assert!((distance_to_segment(ScreenPoint::new(13.0, 4.0), a, b) - 5.0).abs() < 1e-12);
    }
}
