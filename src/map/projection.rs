//! Web Mercator: longitude and latitude ↔ world coordinates ↔ screen pixels.
//!
//! World coordinates run from 0 to 1 west to east and north to south; a longitude unwrapped
//! past ±180° simply lands outside that range, which keeps arcs over the antimeridian whole.

use std::f64::consts::PI;

/// The latitude where Web Mercator's square world ends.
pub const MAX_LATITUDE: f64 = 85.051_128_779_806_59;

/// The size of the whole world in pixels at zoom 0.
pub const TILE_SIZE: f64 = 256.0;

/// A point in world coordinates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WorldPoint {
    pub x: f64,
    pub y: f64,
}

impl WorldPoint {
    pub fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }
}

/// A point on screen in CSS pixels from the map's top-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScreenPoint {
    pub x: f64,
    pub y: f64,
}

impl ScreenPoint {
    pub fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }

    pub fn distance_to(self, other: ScreenPoint) -> f64 {
        (self.x - other.x).hypot(self.y - other.y)
    }
}

/// Projects longitude and latitude in degrees; latitudes are clamped to the Mercator square.
pub fn project_lon_lat(lon: f64, lat: f64) -> WorldPoint {
    let lat = lat.clamp(-MAX_LATITUDE, MAX_LATITUDE).to_radians();
    let y = 0.5 - (lat.tan() + 1.0 / lat.cos()).ln() / (2.0 * PI);
    WorldPoint::new((lon + 180.0) / 360.0, y)
}

/// The longitude and latitude in degrees of a world point.
pub fn unproject(point: WorldPoint) -> (f64, f64) {
    let lon = point.x * 360.0 - 180.0;
    let lat = (PI * (1.0 - 2.0 * point.y)).sinh().atan().to_degrees();
    (lon, lat)
}

/// Turns world coordinates into screen pixels for one view and viewport.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projector {
    /// Pixels per world unit.
    pub scale: f64,
    offset_x: f64,
    offset_y: f64,
    center_x: f64,
}

impl Projector {
    /// A projector that puts `center` in the middle of a `width` × `height` viewport.
    pub fn new(center: WorldPoint, zoom: f64, width: f64, height: f64) -> Self {
        let scale = TILE_SIZE * zoom.exp2();
        Self {
            scale,
            offset_x: width / 2.0 - center.x * scale,
            offset_y: height / 2.0 - center.y * scale,
            center_x: center.x,
        }
    }

    /// The whole turns of the world to add to `x` so that it lies within half a world of the
    /// view's centre: where on a repeating world a place or an arc is seen.
    pub fn turns_toward_center(&self, x: f64) -> f64 {
        (self.center_x - x).round()
    }

    /// A point on screen in the copy of the world nearest the view's centre.
    pub fn to_screen_near(&self, point: WorldPoint) -> ScreenPoint {
        let turns = self.turns_toward_center(point.x);
        self.to_screen(WorldPoint::new(point.x + turns, point.y))
    }

    pub fn to_screen(&self, point: WorldPoint) -> ScreenPoint {
        ScreenPoint::new(
            point.x * self.scale + self.offset_x,
            point.y * self.scale + self.offset_y,
        )
    }

    pub fn to_world(&self, point: ScreenPoint) -> WorldPoint {
        WorldPoint::new(
            (point.x - self.offset_x) / self.scale,
            (point.y - self.offset_y) / self.scale,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    #[test]
    fn the_equator_and_greenwich_meet_in_the_middle() {
        let middle = project_lon_lat(0.0, 0.0);
        assert_relative_eq!(middle.x, 0.5);
        assert_relative_eq!(middle.y, 0.5);
    }

    #[test]
    fn north_is_up_and_east_is_right() {
        let osnabrueck = project_lon_lat(8.05, 52.27);
        let hefei = project_lon_lat(117.28, 31.86);
        assert!(hefei.x > osnabrueck.x);
        assert!(osnabrueck.y < hefei.y);
    }

    #[test]
    fn lon_lat_round_trips_through_the_world() {
        for (lon, lat) in [
            (8.05, 52.27),
            (117.28, 31.86),
            (126.86, 37.48),
            (-179.5, -16.8),
        ] {
            let (back_lon, back_lat) = unproject(project_lon_lat(lon, lat));
            assert_relative_eq!(back_lon, lon, epsilon = 1e-9);
            assert_relative_eq!(back_lat, lat, epsilon = 1e-9);
        }
    }

    #[test]
    fn poles_are_clamped_to_the_square() {
        assert_relative_eq!(project_lon_lat(0.0, 90.0).y, 0.0, epsilon = 1e-9);
        assert_relative_eq!(project_lon_lat(0.0, -90.0).y, 1.0, epsilon = 1e-9);
    }

    #[test]
    fn screen_round_trips_through_the_projector() {
        let projector = Projector::new(project_lon_lat(60.0, 40.0), 3.5, 1280.0, 720.0);
        let hefei = project_lon_lat(117.28, 31.86);
        let back = projector.to_world(projector.to_screen(hefei));
        assert_relative_eq!(back.x, hefei.x, epsilon = 1e-12);
        assert_relative_eq!(back.y, hefei.y, epsilon = 1e-12);
    }

    #[test]
    fn places_are_seen_in_the_copy_of_the_world_nearest_the_view() {
        // A view over the Pacific, centred just west of the antimeridian.
        let pacific = project_lon_lat(175.0, 20.0);
        let projector = Projector::new(pacific, 3.0, 1000.0, 600.0);
        let honolulu = project_lon_lat(-157.86, 21.31);
        let tokyo = project_lon_lat(139.69, 35.69);
        let (east, west) = (
            projector.to_screen_near(honolulu),
            projector.to_screen_near(tokyo),
        );
        assert!(
            east.x > 500.0 && east.x < 1000.0,
            "Honolulu east of the centre: {}",
            east.x
        );
        assert!(
            west.x < 500.0 && west.x > 0.0,
            "Tokyo west of the centre: {}",
            west.x
        );
        assert_relative_eq!(projector.turns_toward_center(honolulu.x), 1.0);
        assert_relative_eq!(projector.turns_toward_center(tokyo.x), 0.0);
    }

    #[test]
    fn the_center_lands_in_the_middle_of_the_viewport() {
        let center = project_lon_lat(8.05, 52.27);
        let projector = Projector::new(center, 5.0, 800.0, 600.0);
        let on_screen = projector.to_screen(center);
        assert_relative_eq!(on_screen.x, 400.0, epsilon = 1e-9);
        assert_relative_eq!(on_screen.y, 300.0, epsilon = 1e-9);
        assert_relative_eq!(projector.scale, 256.0 * 32.0);
    }
}
