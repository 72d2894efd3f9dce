//! The map's persistent view: where it looks and how close, and the moves a person makes.

use super::projection::{Projector, ScreenPoint, TILE_SIZE, WorldPoint, project_lon_lat};
use super::world_box::WorldBox;

pub const MIN_ZOOM: f64 = 1.0;
pub const MAX_ZOOM: f64 = 12.0;

/// The centre and zoom of the map, independent of the viewport's size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub center: WorldPoint,
    pub zoom: f64,
}

/// A viewport's size in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    pub width: f64,
    pub height: f64,
}

impl View {
    /// The view that shows the world box from `top_left` to `bottom_right`, with `padding`
    /// pixels to spare on every side.
    pub fn fitting(
        top_left: WorldPoint,
        bottom_right: WorldPoint,
        viewport: Viewport,
        padding: f64,
    ) -> View {
        let world_width = (bottom_right.x - top_left.x).max(1e-9);
        let world_height = (bottom_right.y - top_left.y).max(1e-9);
        let usable_width = (viewport.width - 2.0 * padding).max(1.0);
        let usable_height = (viewport.height - 2.0 * padding).max(1.0);
        let scale = (usable_width / world_width).min(usable_height / world_height);
        View {
            center: WorldPoint::new(
                (top_left.x + bottom_right.x) / 2.0,
                (top_left.y + bottom_right.y) / 2.0,
            ),
            zoom: (scale / TILE_SIZE).log2(),
        }
        .clamped()
    }

    /// The box from Germany to Japan, in world coordinates.
    pub fn germany_and_east_asia_bounds() -> (WorldPoint, WorldPoint) {
        (project_lon_lat(2.0, 57.0), project_lon_lat(145.0, 18.0))
    }

    /// Germany and East Asia, and everything `extra` spans (say, the arcs between them):
    /// the atlas's opening frame.
    pub fn opening(extra: Option<WorldBox>, viewport: Viewport) -> View {
        let (low, high) = View::germany_and_east_asia_bounds();
        let bounds = WorldBox { low, high };
        let WorldBox { low, high } = extra.map_or(bounds, |extra| bounds.union(extra));
        View::fitting(low, high, viewport, 28.0)
    }

    /// Germany and East Asia alone.
    pub fn germany_and_east_asia(viewport: Viewport) -> View {
        View::opening(None, viewport)
    }

    pub fn projector(&self, viewport: Viewport) -> Projector {
        Projector::new(self.center, self.zoom, viewport.width, viewport.height)
    }

    /// Moves the map with the pointer: the content follows by (`dx`, `dy`) pixels.
    pub fn panned(self, dx: f64, dy: f64) -> View {
        let scale = TILE_SIZE * self.zoom.exp2();
        View {
            center: WorldPoint::new(self.center.x - dx / scale, self.center.y - dy / scale),
            zoom: self.zoom,
        }
        .clamped()
    }

    /// Zooms by `delta` steps while the world point under `anchor` stays where it is.
    pub fn zoomed_around(self, anchor: ScreenPoint, delta: f64, viewport: Viewport) -> View {
        let before = self.projector(viewport);
        let fixed = before.to_world(anchor);
        let zoom = (self.zoom + delta).clamp(MIN_ZOOM, MAX_ZOOM);
        let scale = TILE_SIZE * zoom.exp2();
        View {
            center: WorldPoint::new(
                fixed.x - (anchor.x - viewport.width / 2.0) / scale,
                fixed.y - (anchor.y - viewport.height / 2.0) / scale,
            ),
            zoom,
        }
        .clamped()
    }

    /// Keeps the zoom within its limits and the centre on the world (north–south).
    pub fn clamped(self) -> View {
        View {
            center: WorldPoint::new(self.center.x.rem_euclid(1.0), self.center.y.clamp(0.0, 1.0)),
            zoom: self.zoom.clamp(MIN_ZOOM, MAX_ZOOM),
        }
    }
}

/// The world copies (whole turns east or west) that overlap the viewport.
pub fn world_copies(projector: &Projector, viewport: Viewport) -> impl Iterator<Item = f64> {
    let west = projector.to_world(ScreenPoint::new(0.0, 0.0)).x;
    let east = projector.to_world(ScreenPoint::new(viewport.width, 0.0)).x;
    (west.floor() as i64..=east.floor() as i64).map(|copy| copy as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    const SCREEN: Viewport = Viewport {
        width: 1280.0,
        height: 720.0,
    };

    #[test]
    fn the_opening_frame_shows_germany_and_east_asia() {
        let view = View::germany_and_east_asia(SCREEN);
        let projector = view.projector(SCREEN);
        for (lon, lat) in [
            (8.05, 52.27),
            (13.4, 52.5),
            (117.28, 31.86),
            (139.7, 35.7),
            (126.98, 37.57),
        ] {
            let on_screen = projector.to_screen(project_lon_lat(lon, lat));
            assert!(
                (0.0..=SCREEN.width).contains(&on_screen.x),
                "{lon},{lat} x={}",
                on_screen.x
            );
            assert!(
                (0.0..=SCREEN.height).contains(&on_screen.y),
                "{lon},{lat} y={}",
                on_screen.y
            );
        }
    }

    #[test]
    fn the_opening_frame_grows_to_take_in_what_is_given() {
        let far_north = WorldBox {
            low: project_lon_lat(60.0, 75.0),
            high: project_lon_lat(61.0, 74.0),
        };
        let view = View::opening(Some(far_north), SCREEN);
        let on_screen = view
            .projector(SCREEN)
            .to_screen(project_lon_lat(60.0, 74.5));
        assert!(on_screen.y >= 0.0, "y={}", on_screen.y);
        assert!(view.zoom < View::germany_and_east_asia(SCREEN).zoom);
    }

    #[test]
    fn panning_moves_content_with_the_pointer() {
        let view = View::germany_and_east_asia(SCREEN);
        let hefei = project_lon_lat(117.28, 31.86);
        let before = view.projector(SCREEN).to_screen(hefei);
        let after = view.panned(40.0, -25.0).projector(SCREEN).to_screen(hefei);
        assert_relative_eq!(after.x - before.x, 40.0, epsilon = 1e-6);
        assert_relative_eq!(after.y - before.y, -25.0, epsilon = 1e-6);
    }

    #[test]
    fn zooming_keeps_the_point_under_the_cursor() {
        let view = View::germany_and_east_asia(SCREEN);
        let cursor = ScreenPoint::new(300.0, 200.0);
        let under_cursor = view.projector(SCREEN).to_world(cursor);
        let zoomed = view.zoomed_around(cursor, 1.5, SCREEN);
        assert_relative_eq!(zoomed.zoom, view.zoom + 1.5, epsilon = 1e-12);
        let still = zoomed.projector(SCREEN).to_screen(under_cursor);
        assert_relative_eq!(still.x, cursor.x, epsilon = 1e-6);
        assert_relative_eq!(still.y, cursor.y, epsilon = 1e-6);
    }

    #[test]
    fn zoom_stays_within_its_limits() {
        let view = View::germany_and_east_asia(SCREEN);
        let middle = ScreenPoint::new(640.0, 360.0);
        assert_relative_eq!(view.zoomed_around(middle, 50.0, SCREEN).zoom, MAX_ZOOM);
        assert_relative_eq!(view.zoomed_around(middle, -50.0, SCREEN).zoom, MIN_ZOOM);
    }
}
