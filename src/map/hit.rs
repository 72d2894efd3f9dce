//! Which feature lies under a pointer, and where a feature is on screen.

use super::projection::{Projector, ScreenPoint, WorldPoint};
use super::scene::{ArcShape, Feature, Scene};

/// The feature nearest to `at` within `tolerance` pixels: places win over visits, visits over ties.
pub fn feature_at(
    scene: &Scene,
    projector: &Projector,
    at: ScreenPoint,
    tolerance: f64,
) -> Option<Feature> {
    let place = scene
        .markers
        .iter()
        .map(|marker| (projector.to_screen_near(marker.at).distance_to(at), marker))
        .filter(|(distance, _)| *distance <= tolerance)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, marker)| Feature::Place(marker.place.clone()));
    place
        .or_else(|| nearest_arc(&scene.visits, projector, at, tolerance))
        .or_else(|| nearest_arc(&scene.ties, projector, at, tolerance))
}

fn nearest_arc(
    arcs: &[ArcShape],
    projector: &Projector,
    at: ScreenPoint,
    tolerance: f64,
) -> Option<Feature> {
    arcs.iter()
        .map(|arc| (distance_to_path(arc, projector, at), arc))
        .filter(|(distance, _)| *distance <= tolerance)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, arc)| arc.feature.clone())
}

/// The whole turns of the world to draw an arc shifted by, so that its middle is nearest the view.
pub fn arc_turns(arc: &ArcShape, projector: &Projector) -> f64 {
    arc.path
        .get(arc.path.len() / 2)
        .map_or(0.0, |middle| projector.turns_toward_center(middle.x))
}

fn distance_to_path(arc: &ArcShape, projector: &Projector, at: ScreenPoint) -> f64 {
    let turns = arc_turns(arc, projector);
    let on_screen =
        |point: &WorldPoint| projector.to_screen(WorldPoint::new(point.x + turns, point.y));
    arc.path
        .windows(2)
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
    let turns = arc_turns(arc, projector);
    arc.path
        .get(arc.path.len() / 2)
        .map(|middle| projector.to_screen(WorldPoint::new(middle.x + turns, middle.y)))
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
    fn segment_distance_is_perpendicular_inside_and_to_the_end_outside() {
        let (a, b) = (ScreenPoint::new(0.0, 0.0), ScreenPoint::new(10.0, 0.0));
        assert!((distance_to_segment(ScreenPoint::new(5.0, 3.0), a, b) - 3.0).abs() < 1e-12);
        assert!((distance_to_segment(ScreenPoint::new(13.0, 4.0), a, b) - 5.0).abs() < 1e-12);
    }
}
