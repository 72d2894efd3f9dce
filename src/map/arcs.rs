//! Arcs between places: great circles (stepped along the circle's plane, `geo`'s haversine
//! where no one circle runs), and lifted arcs for visits.

use super::projection::{MAX_LATITUDE, WorldPoint, project_lon_lat};
use atlas_model::Coordinates;
use geo::{Distance, Haversine, InterpolatePoint, Point};
use std::f64::consts::PI;

/// The mean radius of the earth in kilometres, as `geo`'s haversine takes it.
const EARTH_KM: f64 = 6_371.008_8;
/// A great circle is drawn in a segment per this many kilometres, and at most [`MOST_SEGMENTS`].
const KM_PER_SEGMENT: f64 = 120.0;
const MOST_SEGMENTS: usize = 96;

/// The great circle from `from` to `to` as `(lon, lat)` degrees, with longitudes unwrapped so
/// that consecutive points never jump by more than 180° (an arc over the antimeridian runs on
/// past ±180° instead of breaking in two).
pub fn great_circle(from: Coordinates, to: Coordinates) -> Vec<(f64, f64)> {
    match along(from, to, MOST_SEGMENTS) {
        Some(points) => points
            .into_iter()
            .map(|(lon, sine)| (lon, sine.clamp(-1.0, 1.0).asin().to_degrees()))
            .collect(),
        None => great_circle_by_geo(from, to, MOST_SEGMENTS),
    }
}

/// The great circle in world coordinates.
pub fn great_circle_world(from: Coordinates, to: Coordinates) -> Vec<WorldPoint> {
    great_circle_world_in(from, to, MOST_SEGMENTS)
}

/// The great circle in world coordinates, in at most `most` segments (at least 2).
pub fn great_circle_world_in(from: Coordinates, to: Coordinates, most: usize) -> Vec<WorldPoint> {
    let Some(points) = along(from, to, most) else {
        return great_circle_by_geo(from, to, most)
            .into_iter()
            .map(|(lon, lat)| project_lon_lat(lon, lat))
            .collect();
    };
    // Web Mercator's y is the inverse hyperbolic tangent of the latitude's sine, which the
    // points already have: no latitude is worked out and turned back into a sine.
    let highest = MAX_LATITUDE.to_radians().sin();
    points
        .into_iter()
        .map(|(lon, sine)| {
            let sine = sine.clamp(-highest, highest);
            WorldPoint::new((lon + 180.0) / 360.0, 0.5 - sine.atanh() / (2.0 * PI))
        })
        .collect()
}

/// Evenly spaced points of the great circle as `(lon, sine of lat)`, longitudes unwrapped: a
/// rotation in the circle's plane, stepped by one angle, so that a point costs one arctangent
/// where `geo`'s interpolation works each out from scratch (with 20,000 ties, a third of the
/// time to the first arcs went there). `None` for the same place or antipodes, where no one
/// circle runs.
fn along(from: Coordinates, to: Coordinates, most: usize) -> Option<Vec<(f64, f64)>> {
    let (start, end) = (unit_vector(from), unit_vector(to));
    let cosine = dot(start, end).clamp(-1.0, 1.0);
    // The direction from `start` towards `end`, at right angles to `start`.
    let towards = [0, 1, 2].map(|axis| end[axis] - cosine * start[axis]);
    let length = dot(towards, towards).sqrt();
    if length < 1e-12 {
        return None;
    }
    let towards = towards.map(|value| value / length);
    let angle = length.atan2(cosine);
    let segments = segments_for(angle * EARTH_KM, most);
    let (step_cos, step_sin) = (
        (angle / segments as f64).cos(),
        (angle / segments as f64).sin(),
    );
    let (mut cos, mut sin) = (1.0_f64, 0.0_f64);
    let mut points: Vec<(f64, f64)> = Vec::with_capacity(segments + 1);
    for _ in 0..segments {
        let point = [0, 1, 2].map(|axis| cos * start[axis] + sin * towards[axis]);
        points.push((point[1].atan2(point[0]).to_degrees(), point[2]));
        (cos, sin) = (
            cos * step_cos - sin * step_sin,
            sin * step_cos + cos * step_sin,
        );
    }
    points.push((to.lon, end[2]));
    points[0].0 = from.lon;
    unwrap_longitudes(&mut points);
    Some(points)
}

/// The segments of a great circle `kilometres` long, drawn in at most `most`.
fn segments_for(kilometres: f64, most: usize) -> usize {
    ((kilometres / KM_PER_SEGMENT).ceil() as usize).clamp(2, most.max(2))
}

fn unit_vector(at: Coordinates) -> [f64; 3] {
    let (lat, lon) = (at.lat.to_radians(), at.lon.to_radians());
    [lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()]
}

fn dot(a: [f64; 3], b: [f64; 3]) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

/// The great circle by `geo`'s haversine interpolation: where [`along`] has no one circle.
fn great_circle_by_geo(from: Coordinates, to: Coordinates, most: usize) -> Vec<(f64, f64)> {
    let start = Point::new(from.lon, from.lat);
    let end = Point::new(to.lon, to.lat);
    let kilometres = Haversine.distance(start, end) / 1000.0;
    let segments = segments_for(kilometres, most);
    let mut points: Vec<(f64, f64)> = (0..=segments)
        .map(|step| {
            let ratio = step as f64 / segments as f64;
            let point = Haversine.point_at_ratio_between(start, end, ratio);
            (point.x(), point.y())
        })
        .collect();
    unwrap_longitudes(&mut points);
    points
}

/// Shifts longitudes by whole turns so that each differs from the one before by at most 180°.
pub fn unwrap_longitudes(points: &mut [(f64, f64)]) {
    for index in 1..points.len() {
        let previous = points[index - 1].0;
        let mut lon = points[index].0;
        while lon - previous > 180.0 {
            lon -= 360.0;
        }
        while lon - previous < -180.0 {
            lon += 360.0;
        }
        points[index].0 = lon;
    }
}

/// Bows a path sideways, to the left of its direction of travel, by `lift` times its chord at
/// the middle and smoothly less towards the ends. A→B and B→A therefore bow to opposite sides.
pub fn lifted(path: &[WorldPoint], lift: f64) -> Vec<WorldPoint> {
    let (Some(first), Some(last)) = (path.first(), path.last()) else {
        return Vec::new();
    };
    let (dx, dy) = (last.x - first.x, last.y - first.y);
    let chord = dx.hypot(dy);
    if chord == 0.0 || path.len() < 2 {
        return path.to_vec();
    }
    // Left of travel on a screen whose y axis points down.
    let (normal_x, normal_y) = (dy / chord, -dx / chord);
    let last_index = (path.len() - 1) as f64;
    path.iter()
        .enumerate()
        .map(|(index, point)| {
            let bow = (std::f64::consts::PI * index as f64 / last_index).sin() * lift * chord;
            WorldPoint::new(point.x + normal_x * bow, point.y + normal_y * bow)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    fn osnabrueck() -> Coordinates {
        Coordinates::lat_lon(52.27264, 8.0498)
    }

    fn hefei() -> Coordinates {
        Coordinates::lat_lon(31.86389, 117.28083)
    }

    mod great_circle {
        use super::*;

        #[test]
        fn lies_where_geos_haversine_interpolation_puts_it() {
            let places = [
                osnabrueck(),
                hefei(),
                Coordinates::lat_lon(35.6895, 139.69171),
                Coordinates::lat_lon(21.30694, -157.85833),
                Coordinates::lat_lon(-33.86785, 151.20732),
                Coordinates::lat_lon(64.13548, -21.89541),
                Coordinates::lat_lon(1.28967, 103.85007),
                Coordinates::lat_lon(52.27264, 8.0499),
            ];
            for &from in &places {
                for &to in &places {
                    let ours = great_circle(from, to);
                    let geos = great_circle_by_geo(from, to, MOST_SEGMENTS);
                    assert_eq!(ours.len(), geos.len(), "{from:?} → {to:?}");
                    for (a, b) in ours.iter().zip(&geos) {
                        assert_relative_eq!(a.0, b.0, epsilon = 1e-7);
                        assert_relative_eq!(a.1, b.1, epsilon = 1e-7);
                    }
                    let world = great_circle_world(from, to);
                    for (point, (lon, lat)) in world.iter().zip(&geos) {
                        let projected = project_lon_lat(*lon, *lat);
                        assert_relative_eq!(point.x, projected.x, epsilon = 1e-9);
                        assert_relative_eq!(point.y, projected.y, epsilon = 1e-9);
                    }
                }
            }
        }

        #[test]
        fn starts_and_ends_at_the_places() {
            let arc = great_circle(osnabrueck(), hefei());
            let (first, last) = (arc[0], arc[arc.len() - 1]);
            assert_relative_eq!(first.0, 8.0498, epsilon = 1e-9);
            assert_relative_eq!(first.1, 52.27264, epsilon = 1e-9);
            assert_relative_eq!(last.0, 117.28083, epsilon = 1e-9);
            assert_relative_eq!(last.1, 31.86389, epsilon = 1e-9);
        }

        #[test]
        fn bows_north_of_the_straight_line_between_europe_and_china() {
            // The great circle from Osnabrück to Hefei passes over Siberia, far north of both ends.
            let arc = great_circle(osnabrueck(), hefei());
            let northmost = arc.iter().map(|p| p.1).fold(f64::MIN, f64::max);
            assert!(northmost > 55.0, "northmost latitude {northmost}");
        }

        #[test]
        fn crosses_the_antimeridian_without_a_jump() {
            // Tokyo to Honolulu crosses 180°.
            let tokyo = Coordinates::lat_lon(35.6895, 139.69171);
            let honolulu = Coordinates::lat_lon(21.30694, -157.85833);
            let arc = great_circle(tokyo, honolulu);
            for pair in arc.windows(2) {
                assert!((pair[1].0 - pair[0].0).abs() < 10.0, "jump in {pair:?}");
            }
            let last = arc[arc.len() - 1];
            assert_relative_eq!(last.0, -157.85833 + 360.0, epsilon = 1e-9);
            assert!(arc.iter().any(|p| p.0 > 180.0) && arc[0].0 < 180.0);
            // Every point is still the right place on the globe once wrapped.
            let wrapped = (last.0 + 180.0).rem_euclid(360.0) - 180.0;
            assert_relative_eq!(wrapped, -157.85833, epsilon = 1e-9);
        }

        #[test]
        fn long_arcs_get_more_points_than_short_ones() {
            let gwangmyeong = Coordinates::lat_lon(37.47722, 126.86639);
            let seoul = Coordinates::lat_lon(37.566, 126.9784);
            assert!(
                great_circle(osnabrueck(), hefei()).len() > great_circle(gwangmyeong, seoul).len()
            );
        }
    }

    mod lifted_arcs {
        use super::*;

        #[test]
        fn keep_their_ends_and_bow_in_the_middle() {
            let path = great_circle_world(osnabrueck(), hefei());
            let bowed = lifted(&path, 0.2);
            assert_eq!(bowed.len(), path.len());
            assert_relative_eq!(bowed[0].x, path[0].x, epsilon = 1e-12);
            let last = path.len() - 1;
            assert_relative_eq!(bowed[last].y, path[last].y, epsilon = 1e-12);
            let middle = path.len() / 2;
            let shift = (bowed[middle].x - path[middle].x).hypot(bowed[middle].y - path[middle].y);
            assert!(shift > 0.01, "shift {shift}");
        }

        #[test]
        fn there_and_back_bow_to_opposite_sides() {
            let out = lifted(&great_circle_world(osnabrueck(), hefei()), 0.2);
            let back = lifted(&great_circle_world(hefei(), osnabrueck()), 0.2);
            let middle_out = out[out.len() / 2];
            let middle_back = back[back.len() / 2];
            let apart = (middle_out.x - middle_back.x).hypot(middle_out.y - middle_back.y);
            assert!(apart > 0.02, "apart {apart}");
        }
    }
}
